"""A table of another index is never audited as a PAR ranking (the PCI table read as PAR gave 31 false
errors: "total 149.34 exceeds the maximum 100", rank order on summed sub-indices)."""

from __future__ import annotations

import random

from parscan.schemas import Cell, Match, ParscanDocument, RankingRow, Source, Table
from parscan.scoring.audit import audit_documents

PCI_HEADER = ["STT", "Tỉnh, thành phố", "Gia nhập thị trường", "Tiếp cận đất đai", "Tính minh bạch",
              "Chi phí thời gian", "Chi phí không chính thức", "Cạnh tranh bình đẳng", "Tính năng động",
              "Dịch vụ hỗ trợ doanh nghiệp", "Đào tạo lao động", "Thiết chế pháp lý", "PCI", "Xếp hạng"]
PROVINCES = ["Quảng Ninh", "Hải Phòng", "Bắc Giang", "Đà Nẵng", "Long An", "Đồng Tháp", "Bình Dương", "Hà Nội",
             "Bắc Ninh", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu", "Vĩnh Long", "Cần Thơ", "Lào Cai", "Hưng Yên",
             "Thái Nguyên", "Hải Dương", "Nam Định", "Ninh Bình", "Phú Thọ", "Khánh Hòa"]


def _pci_document(header: list[str], composite_as_component: bool = False) -> ParscanDocument:
    rng = random.Random(7)
    doc = ParscanDocument(source=Source(path="pci.txt", sha256="0" * 64, kind="text", page_count=1))
    cells = [Cell(row=0, col=c, text=h, page=1, line_start=1) for c, h in enumerate(header)]
    composites = sorted((round(rng.uniform(62, 74), 2) for _ in PROVINCES), reverse=True)
    for r, (name, pci) in enumerate(zip(PROVINCES, composites), 1):
        subs = [round(rng.uniform(5.2, 8.9), 2) for _ in range(10)]
        values = [str(r), name, *(f"{v:.2f}".replace(".", ",") for v in subs), f"{pci:.2f}".replace(".", ","), str(r)]
        cells += [Cell(row=r, col=c, text=t, page=1, line_start=r + 1) for c, t in enumerate(values)]
        components = dict(zip(header[2:12], subs))
        if composite_as_component:  # the composite column not recognised as the total: read as one more part
            components[header[12]] = pci
        doc.rankings.append(RankingRow(table_id="t1", rank=r, unit=Match(printed=name), components=components,
                                       total=None if composite_as_component else pci))
    doc.tables.append(Table(id="t1", kind="ranking", pages=[1], header=header, n_rows=len(PROVINCES) + 1,
                            n_cols=len(header), cells=cells))
    return doc


def test_a_pci_table_named_by_its_header_is_unverifiable_not_wrong():
    doc = audit_documents([_pci_document(PCI_HEADER)])[0]
    assert [f for f in doc.findings if f.severity == "error"] == []
    assert doc.tables[0].index_kind == "pci"
    kinds = [c for c in doc.checks if c.check == "index_kind"]
    assert len(kinds) == len(PROVINCES) and all(c.status == "unverifiable" and c.reason == "no_methodology"
                                                  for c in kinds)
    assert doc.coverage.unverifiable_reasons["no_methodology"] == len(PROVINCES)


def test_sub_indices_that_add_up_past_the_maximum_are_not_par_parts():
    header = ["STT", "Tỉnh, thành phố", *(f"Chỉ số thành phần {i}" for i in range(1, 11)), "Tổng", "Xếp hạng"]
    doc = audit_documents([_pci_document(header, composite_as_component=True)])[0]
    assert [f for f in doc.findings if f.severity == "error"] == []
    assert not [c for c in doc.checks if c.check in ("row_total", "total_max", "rank_order")]


def test_a_par_ranking_is_still_audited():
    doc = ParscanDocument(source=Source(path="par.txt", sha256="0" * 64, kind="text", page_count=1))
    header = ["Xếp hạng", "Tỉnh, thành phố", "Điểm thẩm định", "Điểm điều tra XHH", "Chỉ số CCHC (%)"]
    doc.tables.append(Table(id="t1", kind="ranking", pages=[1], header=header, n_cols=5,
                            cells=[Cell(row=0, col=c, text=h, page=1, line_start=1) for c, h in enumerate(header)]))
    for rank, (name, a, s) in enumerate([("Quảng Ninh", 60.10, 32.30), ("Hải Phòng", 59.00, 31.20),
                                         ("Bắc Giang", 58.00, 30.15)], 1):
        doc.rankings.append(RankingRow(table_id="t1", rank=rank, unit=Match(printed=name),
                                       components={"Điểm thẩm định": a, "Điểm điều tra XHH": s},
                                       total=round(a + s + (0.5 if name == "Hải Phòng" else 0), 2),
                                       index_pct=round(a + s + (0.5 if name == "Hải Phòng" else 0), 2)))
    doc = audit_documents([doc])[0]
    errors = [(f.check, f.unit) for f in doc.findings if f.severity == "error"]
    assert errors == [("row_total", "Hải Phòng")]  # one wrong figure, one accusation: no rank error for anyone
