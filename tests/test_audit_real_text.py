"""Real published texts about PAR results (../shared/dev/real_text): every figure their annotation says
holds and can be checked from the text alone is verified, and nothing they state is called wrong.

The annotations (not this test) say which statements hold: for each `sum` / `difference` / `count`
statement with a stated value that holds, the audit must have a passed check whose published or expected
figure is that value, and no check may fail.  More texts of the same kinds are kept aside to measure the
same way, so nothing here is tuned to these five."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parscan.pipeline.run import extract
from parscan.scoring.audit import audit_documents

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "dev" / "real_text"
TEXTS = sorted(REAL.glob("*.txt")) if REAL.is_dir() else []
pytestmark = pytest.mark.skipif(not TEXTS, reason="../shared/dev/real_text not available")


def _checkable(annotation: dict) -> list[float]:
    """Stated values the text alone can verify (the annotator computed them from the text's own figures)."""
    out = []
    for claim in annotation["claims"]:
        if claim.get("holds") is True and claim.get("type") in ("sum", "difference", "count") \
                and claim.get("expected") is not None and "derived" not in claim.get("text", ""):
            out.append(abs(float(claim["expected"])))
    return out


@pytest.fixture(scope="module")
def audited() -> dict[str, object]:
    docs = {p.stem: extract(p) for p in TEXTS}
    audit_documents(list(docs.values()))
    return docs


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_no_false_error_and_every_checkable_figure_verified(audited, path):
    doc = audited[path.stem]
    annotation = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert [f.message_en for f in doc.findings if f.severity == "error"] == []
    assert not [c for c in doc.checks if c.status == "fail"]
    verified = {abs(float(v)) for c in doc.checks if c.status == "pass"
                for v in (c.published, c.expected) if isinstance(v, (int, float))}
    missing = [v for v in _checkable(annotation) if v not in verified]
    assert missing == [], f"{path.stem}: stated figures not verified: {missing}"
    assert doc.coverage is not None and doc.coverage.correct >= len(_checkable(annotation))
