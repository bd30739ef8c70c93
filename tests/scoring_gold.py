"""Build extracted-record documents from the dev gold (../shared/dev) for the scoring tests.

These stand in for the extractors' output so the audit engine is tested on the real documents'
numbers; the end-to-end tests run the real `extract()` on the seeds.
"""

from __future__ import annotations

import json
from pathlib import Path

from parscan.schemas import Claim, CriterionRow, DocumentMeta, Evidence, Match, ParscanDocument, RankingRow, Source


def _doc(name: str, meta: DocumentMeta) -> ParscanDocument:
    return ParscanDocument(source=Source(path=name, sha256="0" * 64, kind="text", page_count=1), document=meta)


def hanam_document(dev: Path) -> ParscanDocument:
    gold = json.loads((dev / "hanam_2022_ranking.json").read_text(encoding="utf-8"))
    doc = _doc(gold["doc"], DocumentMeta(issuer="Sở Nội vụ tỉnh Hà Nam", place="Hà Nam", year_assessed=2022,
                                         date="2022-12-14"))
    for group in gold["groups"]:
        for row in group["rows"]:
            doc.rankings.append(RankingRow(
                table_id="t1", group=group["group"], rank=row["rank"],
                unit=Match(printed=row["unit_label_in_table"]),
                components={"Điểm thẩm định": row["appraisal_score"], "Điểm khảo sát sự hài lòng": row["survey_score"]},
                total=row["total_points"], index_pct=row["index_2022_pct"],
                marks=(["*", "X"] if row["starred"] else []),
                evidence=Evidence(page=4, line_start=row["source_line"], text=row["unit_label_in_table"]),
            ))
    claims = {c["id"]: c for c in gold["narrative_claims"]}

    def ev(cid: str) -> Evidence:
        return Evidence(page=5, line_start=claims[cid]["source_lines"][0], text=claims[cid]["text"])

    so, dist = "các sở, ban, ngành", "các huyện, thị xã, thành phố"
    a, b, c = (claims[k]["numbers"] for k in ("so_group_A", "so_group_B", "so_group_C"))
    doc.claims += [
        Claim(kind="members", subject=f"Nhóm A {so}", value=a["count"], bounds=(95, None), members=a["units"],
              text=claims["so_group_A"]["text"], evidence=ev("so_group_A")),
        Claim(kind="members", subject=f"Nhóm B {so}", value=b["count"], bounds=(85, 95),
              members=[u for u in b["units_legible_in_text"] if not u.startswith("(")] + ["và PTNT"],
              text=claims["so_group_B"]["text"], evidence=ev("so_group_B")),
        Claim(kind="members", subject=f"Nhóm C {so}", value=c["count"], bounds=(75, 85), members=c["units"],
              text=claims["so_group_C"]["text"], evidence=ev("so_group_C")),
        Claim(kind="average", subject="19 đơn vị", value=89.60, previous_value=88.99, previous_year=2021,
              text=claims["so_average"]["text"], evidence=ev("so_average")),
        Claim(kind="delta", subject="giá trị trung bình chỉ số CCHC của 19 đơn vị", value=0.61, previous_value=88.99,
              previous_year=2021, text=claims["so_average"]["text"], evidence=ev("so_average")),
        Claim(kind="count", subject="đơn vị cao hơn giá trị trung bình của nhóm các sở, ban ngành", value=10,
              text=claims["so_above_average"]["text"], evidence=ev("so_above_average")),
        Claim(kind="highest", subject="Sở Thông tin và Truyền thông", value=95.39, text="đơn vị cao nhất của các sở",
              evidence=ev("so_max_min")),
        Claim(kind="lowest", subject="Sở Lao động — Thương binh và Xã hội", value=77.33,
              text="đơn vị thấp nhất của các sở", evidence=ev("so_max_min")),
        Claim(kind="gap", subject="chênh lệch điểm số các sở", value=18.06, previous_value=18.40,
              text=claims["so_gap"]["text"], evidence=ev("so_gap")),
        Claim(kind="delta", subject="chênh lệch điểm số giữa đơn vị cao nhất và thấp nhất của các sở", value=-0.34,
              previous_value=18.40, text=claims["so_gap"]["text"], evidence=ev("so_gap")),
        Claim(kind="lowest", subject="huyện Kim Bang", value=86.29, text="đơn vị thấp nhất các huyện",
              evidence=ev("district_min_max")),
        Claim(kind="highest", subject="thành phố Phủ Lý", value=96.59, text="đơn vị cao nhất các huyện",
              evidence=ev("district_min_max")),
        Claim(kind="average", subject="06 huyện, thị xã, thành phố", value=90.70, previous_value=91.13,
              text=claims["district_average"]["text"], evidence=ev("district_average")),
        Claim(kind="delta", subject="giá trị trung bình chỉ số CCHC của 06 huyện, thị xã, thành phố", value=0.43,
              previous_value=91.13, text="thấp hơn giá trị trung bình kết quả năm 2021 (91,13 điểm) là 0,43 điểm",
              evidence=ev("district_average")),
        Claim(kind="gap", subject="chênh lệch các huyện", value=10.30, previous_value=8.21,
              text=claims["district_gap"]["text"], evidence=ev("district_gap")),
        Claim(kind="delta", subject="chênh lệch giữa đơn vị cao nhất và thấp nhất các huyện", value=2.09,
              previous_value=8.21, text=claims["district_gap"]["text"], evidence=ev("district_gap")),
        Claim(kind="average", subject="khảo sát sự hài lòng cấp sở", value=9.45, text="Cấp sở 9,45 điểm",
              evidence=ev("survey_average_so")),
        Claim(kind="average", subject="khảo sát sự hài lòng cấp huyện", value=9.65, text="Cấp huyện: 9,65 điểm",
              evidence=ev("survey_average_district")),
        Claim(kind="survey_count", subject="phiếu khảo sát", value=2124, parts=[984, 1140],
              text=claims["survey_ballots"]["text"], evidence=ev("survey_ballots")),
        Claim(kind="delta", subject="chỉ số CCHC của UBND các huyện, thị xã, thành phố", value=None,
              text=claims["district_trend"]["text"], evidence=ev("district_trend")),
    ]
    return doc


def daklak_document(dev: Path, garbled: bool = True) -> ParscanDocument:
    """Phụ lục I; with `garbled`, values the gold had to reconstruct are unreadable (None) as OCR left them."""
    gold = json.loads((dev / "daklak_2020_criteria.json").read_text(encoding="utf-8"))
    doc = _doc(gold["doc"], DocumentMeta(issuer="UBND tỉnh Đắk Lắk", place="Đắk Lắk", date="2020-08-19",
                                         year_assessed=2020))
    for row in gold["rows"]:
        lost = set(row["derived_fields"]) if garbled else set()
        values = {k: (None if k in lost else row[k]) for k in ("score_2019", "target_2020")}
        doc.criteria.append(CriterionRow(
            table_id="pl1", code=row["code"], level=row["level"], name=Match(printed=row["name"]),
            max_points=None if "max_points" in lost else row["max_points"], values=values,
            warnings=[f"uncertain: unreadable {', '.join(sorted(lost))}"] if lost else [],
            evidence=Evidence(page=1, line_start=row["source_lines"][0], text=row["name"]),
        ))
    printed = gold["total"]["printed"]
    doc.criteria.append(CriterionRow(table_id="pl1", level="total", name=Match(printed="Tổng cộng"),
                                     max_points=printed["max_points"],
                                     values={"score_2019": printed["score_2019"], "target_2020": printed["target_2020"]},
                                     evidence=Evidence(page=1, line_start=gold["total"]["source_line"])))
    return doc
