"""Is `parscan repair FILE` of this checkout byte-identical to a reference, with the C kernels and without?

Why: the speed work on repair (issue 13) must change no output. Each file is repaired by a new
`parscan repair FILE` process of the checkout this script lives in, once through the compiled kernels
and once with them switched off (`kernels.COMPILED = None`: the numpy fallback, what runs where no C
compiler built `_kernels.so`), and both are compared with the reference outputs written before the
change (`--write`, by the same script, from the checkout of the start). Files: the five seed files,
an empty file and, with `--synthetic`, the held-out synthetic texts (repair_misses.py's pickle).
Exit status 1 on any difference or failed run.
Usage: python benchmarks/check_repair_identical.py REFERENCE_DIR [--write] [--synthetic PICKLE] [--seeds DIR]
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
# the repair command with the kernels switched off before anything imports them
NUMPY_ONLY = ("import sys; from pathlib import Path; import parscan.normalizers.kernels as k; k.COMPILED = None; "
              "from parscan.cli import plain; plain.run(plain.repair, file=Path(sys.argv[1]))")


def inputs(tmp: Path, seeds: Path, synthetic: Path | None) -> dict[str, Path]:
    files = {path.stem: path for path in sorted(seeds.glob("[0-9]*.txt"))}
    if not files:
        sys.exit(f"no seed files in {seeds}")
    if synthetic is not None:
        for name, pairs in pickle.loads(synthetic.read_bytes()).items():
            path = tmp / (name.replace(", degraded scan", "_degraded").replace(" ", "_") + ".txt")
            path.write_text("\n".join(ocr for ocr, _ in pairs) + "\n", encoding="utf-8")
            files[f"synthetic_{path.stem}"] = path
    files["empty"] = tmp / "empty.txt"
    files["empty"].write_text("", encoding="utf-8")
    return files


def repaired(path: Path, compiled: bool, cwd: Path) -> bytes | None:
    """stdout of a new repair process (None when it failed); a stale `_kernels.so` is an error here,
    not a silent fall back to numpy."""
    command = ["-m", "parscan.cli", "repair"] if compiled else ["-c", NUMPY_ONLY]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-W", "error::RuntimeWarning", *command, str(path)], env=env, cwd=cwd,
                          capture_output=True)
    return done.stdout if done.returncode == 0 else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("reference", type=Path, help="where the reference outputs are (or go, with --write)")
    parser.add_argument("--write", action="store_true", help="write this checkout's outputs as the reference")
    parser.add_argument("--synthetic", type=Path, help="held-out pairs (repair_misses.py --write-synthetic)")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="the seed files' folder")
    args = parser.parse_args()
    bad = 0
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)  # also where the processes run: no other checkout's package shadows this one
        for stem, path in inputs(tmp, args.seeds, args.synthetic).items():
            reference = args.reference / f"{stem}.out"
            if args.write:
                out = repaired(path, True, tmp)
                if out is None:
                    sys.exit(f"failed: {stem}")
                args.reference.mkdir(parents=True, exist_ok=True)
                reference.write_bytes(out)
                continue
            for compiled in (True, False):
                out = repaired(path, compiled, tmp)
                same = out is not None and out == reference.read_bytes()
                bad += not same
                print(f"{'same' if same else 'FAILED' if out is None else 'DIFFERS'} {'C' if compiled else 'numpy':5} {stem}")
    if not args.write:
        print("all identical" if not bad else f"{bad} differ or failed")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
