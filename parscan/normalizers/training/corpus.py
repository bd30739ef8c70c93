"""The repair model's training text: written by this project or shipped by a PyPI package.

Sources (licences in data/NOTICE.md): the administrative sentences in data/admin_corpus_*.txt,
the names in the unit and criteria registries, documents rendered by the sample generator, and
pyvi's Vietnamese word list (MIT). The dev gold lines in ../shared/dev are never used here.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import yaml

from parscan.normalizers import DATA

REPO = Path(__file__).resolve().parents[3]  # the checkout: samples/generator lives there
REGISTRIES = Path(__file__).resolve().parents[2] / "registries" / "data"


def admin_lines() -> Iterator[str]:
    for path in sorted(DATA.glob("admin_corpus_*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield line.strip()


def _strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def registry_lines() -> Iterator[str]:
    for path in sorted(REGISTRIES.glob("*.yaml")):
        for text in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            if any(ch.isalpha() for ch in text) and " " in text.strip():
                yield text.strip()


def generated_lines(count: int = 40) -> Iterator[str]:
    """Text of generated reports, plans and letters (the generator is part of this repository)."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from samples.generator import build_criteria_plan, build_letter, build_report, render_text

    for seed in range(count):
        for spec in (build_report(seed), build_criteria_plan(seed), build_letter(seed)):
            for line in render_text(spec).replace("\f", "\n").splitlines():
                if line.strip():
                    yield line.strip()


def pyvi_words() -> Iterator[str]:
    import pyvi

    path = Path(pyvi.__file__).with_name("models") / "words.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield line.strip()


def sentence_lines(generated: int = 40) -> list[str]:
    """Running text (for the language model's word order and the OCR training pairs)."""
    lines = list(admin_lines()) + list(registry_lines()) + list(generated_lines(generated))
    return list(dict.fromkeys(lines))
