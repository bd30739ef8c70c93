"""The compiled beam search (kernels.c) makes the numpy search's choices (decoder.py, the reference)."""

from __future__ import annotations

import pytest

from parscan.normalizers import decoder, kernels
from parscan.normalizers.repair import get_repairer
from parscan.normalizers.vietnamese import split_edges

# legacy OCR as Tesseract `eng` garbles Vietnamese, written for this test
LINES = [
    "Chi s6 cai cach hanh chinh cua tinh nam 2021 dat 85,5 diem",
    "Ket qua danh gia ctia cac co quan, don vi thuoc UBND thanh ph6",
    "1-Chi dao, dieu hanh cong tac CCHC; 2.Cai cach the ché",
    "Quyét dinh s6 1952/Qb-UBND ngay 26thang 8 nam 2020 cua Chu tich",
    "tiép tuc day manh ting dung cong nghé thong tin trong hoat dong",
]


@pytest.mark.skipif(kernels.COMPILED is None, reason="_kernels.so not built (scripts/setup.sh builds it)")
def test_compiled_search_chooses_as_the_numpy_search() -> None:
    repairer = get_repairer()
    cache = decoder.DocumentCache()
    for line in LINES * 2:  # the second pass with the document cache filled by the first
        readings = [r for r in (repairer._readings(split_edges(t)[1], "legacy") for t in line.split())
                    if r.first is not None]
        for use_cache, end in ((None, repairer.lm.id("</s>")), (cache, None)):
            start = repairer.lm.id("<s>")
            compiled = decoder._compiled(readings, repairer.lm, start, end, use_cache).tolist()
            assert compiled == decoder._search(readings, repairer.lm, start, end, use_cache)
        cache.add([repairer.lm.id(split_edges(t)[1].lower()) for t in line.split()], repairer.lm.unknown + 1)


@pytest.mark.skipif(kernels.COMPILED is None, reason="_kernels.so not built (scripts/setup.sh builds it)")
def test_repair_is_the_same_without_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    repairer = get_repairer()
    compiled = repairer.repair_lines(LINES)
    monkeypatch.setattr(kernels, "COMPILED", None)
    assert repairer.repair_lines(LINES) == compiled
    assert compiled != LINES
