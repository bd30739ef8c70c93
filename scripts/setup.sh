#!/usr/bin/env bash
# Set up parscan on a fresh Debian/Ubuntu machine: system packages, a virtualenv, the package.
# Installs missing Debian packages when run as root; otherwise prints the exact command to run.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd tesseract-ocr-eng fonts-liberation fonts-liberation2 poppler-utils)
if [ "${PARSCAN_WITH_BROWSER:-0}" = "1" ]; then APT_PACKAGES+=(chromium); fi

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "setup: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing system packages. Run:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.parscan-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".[dev]"
  touch "$stamp"
fi
# repair's inner loops in C (parscan/normalizers/kernels.c: candidate scoring and the beam search, loaded
# with ctypes, which checks the source hash); without a compiler the numpy paths do the same work, slower.
# -ffp-contract=off: no fused multiply-add (p * keep + share, score + weight * prior), so that the doubles,
# and the choices made on them, are the numpy paths' on every machine (gcc fuses by default where the CPU
# has it, as on arm64; the same binary on x86-64)
if command -v cc >/dev/null; then
  if [ ! -f parscan/normalizers/_kernels.so ] || [ parscan/normalizers/kernels.c -nt parscan/normalizers/_kernels.so ]; then
    source_sha256=$(sha256sum parscan/normalizers/kernels.c | cut -d' ' -f1)
    cc -O2 -ffp-contract=off -shared -fPIC -DKERNELS_SOURCE_SHA256="\"$source_sha256\"" \
      -o parscan/normalizers/_kernels.so parscan/normalizers/kernels.c -lm
  fi
else
  echo "setup: no C compiler (cc): repair runs its numpy paths, about 1.5x slower" >&2
fi
echo "setup: ok ($(tesseract --version 2>&1 | head -1), langs: $(tesseract --list-langs 2>/dev/null | tail -n +2 | tr '\n' ' '))" >&2
