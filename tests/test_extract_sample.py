"""Generalisation on the repo's generated report (samples/demo_report.txt, its truth beside it)."""

from __future__ import annotations

import json
from pathlib import Path

from parscan.pipeline.options import ExtractOptions
from parscan.pipeline.run import extract

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_demo_report_rankings_and_claims() -> None:
    truth = json.loads((SAMPLES / "demo_report.truth.json").read_text(encoding="utf-8"))
    doc = extract(SAMPLES / "demo_report.txt", ExtractOptions(repair=False))
    assert len(doc.rankings) == len(truth["rankings"])
    for got, want in zip(doc.rankings, truth["rankings"]):
        assert got.rank == want["rank"]
        assert got.components == want["components"]
        assert (got.total, got.max_points, got.index_pct) == (want["total"], want["max_points"], want["index_pct"])
        assert got.unit.canonical is not None
    members = {tuple(c.members) for c in doc.claims if c.kind == "members"}
    assert ("Sở Tư pháp", "Sở Kế hoạch và Đầu tư") in members
    values = {(c.kind, c.value) for c in doc.claims}
    for want in truth["claims"]:
        if want["kind"] in ("average", "highest", "lowest", "gap"):
            assert (want["kind"], want["value"]) in values
    meta = truth["document"]
    assert (doc.document.kind, doc.document.number_symbol, doc.document.date) == (meta["kind"], meta["number_symbol"], meta["date"])
    assert doc.document.signer.name == meta["signer"]["name"]
