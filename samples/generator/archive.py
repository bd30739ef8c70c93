"""A multi-year archive of PAR documents, as OCR text, consistent across documents - or with one planted
cross-document fault - for the audit across an archive (issue 12).

    arch = build_archive(seed, fault="misquote", scope="departments")   # ArchiveSpec: documents + truth
    arch.write(Path("out/archive"))                                       # one .txt per document

Documents (samples/generator/archive_documents.py writes them), for each year 2019-2024:

* the national announcements (Bộ Nội vụ, published the year after the year they assess): the ranking of the
  provinces, and the ranking of the ministries;
* a report of each sampled province (UBND tỉnh) and of each sampled ministry, quoting its announcement;
* each sampled province's plan for the next year (Kế hoạch CCHC), opening with the year's results;
* one province's decision announcing the ranking of its departments and districts (UBND tỉnh: the authority
  for them), with the names of the units above 90 %, and the report of one of its departments and one of its
  districts quoting the decision they cite.

Every figure is consistent with every other document: the stated changes are the differences of the two
years' printed figures, the rank moves the differences of the two years' ranks, the counts' changes the
differences of the two years' lists.  A fault changes one printed statement in one document about a unit or
group of `scope` (provinces, ministries, departments, districts), which only another document can contradict:

    misquote     a unit's report quotes its index with two digits swapped (86,25 -> 68,25, 82,65 or 86,52)
    delta        a unit's report states a change since the previous year that does not match that year's
                 announcement (its current figure stays right)
    rank_move    a unit's report states a rank move that does not match the two years' rankings
    count        an announcement states a change of the count above the threshold that disagrees with the
                 previous year's list (the ranking; for a province's groups also the member list it prints)
    plan_quote   (provinces only) a province's plan for the next year quotes the year's index with two digits
                 swapped (the plan's previous-year score against that year's announcement)

`ArchiveSpec.faults` names the check that must fire, the unit or group, the year, and the two documents.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from samples.generator.archive_documents import Group, Quote, Rows, above, announcement, unit_report
from samples.generator.archive_documents import plan as plan_document
from samples.generator.national import PROVINCES_63
from samples.generator.numbers import fmt
from samples.generator.units import PROVINCES, departments, districts

ARCHIVE_FAULTS = ("misquote", "delta", "rank_move", "count", "plan_quote")
FAULT_SCOPES = ("provinces", "ministries", "departments", "districts")
YEARS = tuple(range(2019, 2025))
THRESHOLD = Decimal(80)
LOCAL_THRESHOLD = Decimal(90)  # a province's groups: the units above 90 % are named
MINISTRIES = ("Bộ Ngoại giao", "Bộ Tư pháp", "Bộ Tài chính", "Bộ Công Thương", "Bộ Nông nghiệp và Phát triển nông thôn",
              "Bộ Giao thông vận tải", "Bộ Xây dựng", "Bộ Tài nguyên và Môi trường", "Bộ Thông tin và Truyền thông",
              "Bộ Lao động - Thương binh và Xã hội", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Khoa học và Công nghệ",
              "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Kế hoạch và Đầu tư", "Bộ Nội vụ", "Ngân hàng Nhà nước Việt Nam",
              "Thanh tra Chính phủ", "Ủy ban Dân tộc")
_CITY = {"Hà Nội", "TP. Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}
_MINISTER = ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trương Hải Long"]
_CHAIR = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"]


@dataclass
class ArchiveDoc:
    name: str
    text: str
    year: int  # assessed
    kind: str  # national | ministries | provincial | ministry | local_ranking | department | district
    province: str | None = None
    unit: str | None = None  # the unit a report is about


@dataclass
class ArchiveSpec:
    seed: int
    documents: list[ArchiveDoc]
    scores: dict[int, Rows]  # year -> province -> {index, rank, appraisal, survey}
    faults: list[dict[str, Any]] = field(default_factory=list)

    def write(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for doc in self.documents:
            path = folder / doc.name
            path.write_text(doc.text, encoding="utf-8")
            paths.append(path)
        return paths

    def doc(self, name: str) -> ArchiveDoc:
        return next(d for d in self.documents if d.name == name)


def _d(x: float) -> Decimal:
    return Decimal(str(round(x, 2))).quantize(Decimal("0.01"))


def _scores(rng: random.Random, units: list[str], years: tuple[int, ...], low: float = 76.0,
            high: float = 90.0) -> dict[int, Rows]:
    """Each unit's index per year: a level of its own plus a yearly drift, distinct within a year."""
    level = {p: rng.uniform(low, high) for p in units}
    out: dict[int, Rows] = {}
    for year in years:
        used: set[Decimal] = set()
        rows = {}
        for p in units:
            level[p] = min(95.5, max(70.5, level[p] + rng.gauss(0.4, 1.6)))
            index = _d(level[p])
            while index in used or index in (THRESHOLD, LOCAL_THRESHOLD, Decimal(70)):
                index += Decimal("0.01")
            used.add(index)
            survey_max = Decimal("38") if year >= 2022 else Decimal("33.5")
            survey = _d(float(index * survey_max / 100) + rng.uniform(-1.5, 1.5))
            rows[p] = {"index": index, "survey": survey, "appraisal": index - survey}
        for rank, p in enumerate(sorted(rows, key=lambda q: -rows[q]["index"]), 1):
            rows[p]["rank"] = rank
        out[year] = rows
    return out


def digit_swaps(text: str) -> list[str]:
    """Every misquote of a figure with two neighbouring digits swapped (the comma stays where it is) that
    changes the figure and does not start with 0: 86,25 -> 68,25, 82,65, 86,52."""
    digits = text.replace(",", "")
    comma = text.index(",")
    out = []
    for i in range(len(digits) - 1):
        if digits[i] == digits[i + 1] or (i == 0 and digits[1] == "0"):
            continue
        swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
        out.append(f"{swapped[:comma]},{swapped[comma:]}")
    return out


def _slug(name: str) -> str:
    from parscan.normalizers.names import fold

    return fold(name).replace(" ", "_")


@dataclass
class _Plan:
    """Where the fault goes: the scope's unit or group and year, and the planted figure."""

    fault: str | None
    scope: str
    year: int
    unit: str | None
    rng: random.Random
    swap: int | None
    faults: list[dict[str, Any]] = field(default_factory=list)

    def hits(self, scope: str, year: int, unit: str | None = None) -> bool:
        return self.fault is not None and scope == self.scope and year == self.year and unit == self.unit

    def quote(self, quote: Quote, rows: Rows, prev: Rows | None, year: int, name: str, publication: str,
              previous: str) -> Quote:
        """The unit's quote, with the planted fault when it goes there."""
        if self.fault not in ("misquote", "delta", "rank_move") or not self.hits(self.scope, year, quote.unit):
            return quote
        r = rows[quote.unit]
        base = {"year": year, "unit": quote.unit, "scope": self.scope}
        if self.fault == "misquote":
            self._misquote(quote, r, year, name, publication)
        elif self.fault == "delta":
            true = r["index"] - prev[quote.unit]["index"]  # type: ignore[index]
            quote.change = true + Decimal(self.rng.choice([-1, 1])) * _d(self.rng.uniform(0.2, 1.5))
            self.faults.append({**base, "check": "archive_delta", "year": year - 1, "figure": "index",
                                "documents": [name, previous],
                                "description": f"change stated {fmt(quote.change)}, the two announcements give "
                                               f"{fmt(true)}"})
        else:
            true_move = prev[quote.unit]["rank"] - r["rank"]  # type: ignore[index]
            quote.move = true_move + self.rng.choice([-2, -1, 1, 2]) or true_move + 3
            self.faults.append({**base, "check": "archive_rank_move", "figure": "rank_move",
                                "documents": [name, previous, publication],
                                "description": f"rank move stated {quote.move}, the rankings give {true_move}"})
        return quote

    def plan_quote(self, quote: Quote, rows: Rows, year: int, name: str, publication: str) -> Quote:
        """A plan's quote of the year's results, misquoted when the fault goes there."""
        if self.fault == "plan_quote" and self.hits("provinces", year, quote.unit):
            self._misquote(quote, rows[quote.unit], year, name, publication)
        return quote

    def _misquote(self, quote: Quote, row: dict[str, Any], year: int, name: str, publication: str) -> None:
        swaps = digit_swaps(fmt(row["index"]))
        quote.index_text = swaps[self.swap % len(swaps)] if self.swap is not None else self.rng.choice(swaps)
        self.faults.append({"year": year, "unit": quote.unit, "scope": self.scope, "check": "archive_quote",
                            "figure": "index", "documents": [name, publication], "stated": quote.index_text,
                            "description": f"index quoted as {quote.index_text}, published {fmt(row['index'])}"})

    def group(self, group: Group, scope: str, year: int, name: str, previous: str) -> Group:
        """The announcement's group, with a wrong change of its count when the fault goes there."""
        if self.fault != "count" or not self.hits(scope, year) or group.prev is None:
            return group
        true = len(above(group.rows, group.threshold)) - len(above(group.prev, group.threshold))
        group.count_change = true + self.rng.choice([-2, -1, 1, 2]) or true + 3
        self.faults.append({"check": "archive_count", "year": year - 1, "unit": None, "scope": scope,
                            "figure": f"count[{fmt(group.threshold, 0)},)", "documents": [name, previous],
                            "description": f"count above {group.threshold} % said to change by {group.count_change}, "
                                           f"the two years' lists give {true}"})
        return group


def fault_cases() -> list[tuple[str, str]]:
    """Every (fault, scope) a generated archive can plant."""
    return [(f, s) for s in FAULT_SCOPES for f in ARCHIVE_FAULTS if f != "plan_quote" or s == "provinces"]


def build_archive(seed: int, fault: str | None = None, *, scope: str = "provinces", n_provinces: int = 63,
                  n_reports: int = 4, n_ministry_reports: int = 2, years: tuple[int, ...] = YEARS,
                  swap: int | None = None) -> ArchiveSpec:
    """The archive of the module doc over `years`: `n_provinces` provinces with `n_reports` provinces'
    reports, the ministries with `n_ministry_reports` ministries' reports, one province's departments and
    districts; consistent, or with one planted `fault` about a unit or group of `scope` (a misquote swaps the
    digits at position `swap` of those that can be swapped, else a random pair)."""
    if fault is not None and fault not in ARCHIVE_FAULTS:
        raise ValueError(f"unknown archive fault {fault!r}; known: {', '.join(ARCHIVE_FAULTS)}")
    if scope not in FAULT_SCOPES:
        raise ValueError(f"unknown scope {scope!r}; known: {', '.join(FAULT_SCOPES)}")
    if fault == "plan_quote" and scope != "provinces":
        raise ValueError("plan_quote is planted in a province's plan: scope must be provinces")
    rng = random.Random(f"archive:{seed}")
    provinces = sorted(rng.sample(PROVINCES_63, n_provinces), key=PROVINCES_63.index)
    scores = _scores(rng, provinces, years)
    reporters = rng.sample(provinces, n_reports)
    ministry_scores = _scores(rng, list(MINISTRIES), years)
    ministry_reporters = rng.sample(MINISTRIES, n_ministry_reports)
    local = rng.choice(sorted(PROVINCES))
    local_units = {"departments": [u.label for u in departments(local, rng.randint(14, 19), rng)],
                   "districts": [u.label for u in districts(local, 12)]}
    local_scores = {g: _scores(rng, units, years, 82.0, 93.0) for g, units in local_units.items()}
    local_reporters = {g: rng.choice(units) for g, units in local_units.items()}
    numbers = {(k, y): f"{rng.randint(1200, 2900)}/{k}" for y in years for k in ("BC-BNV", "BC-BNV-B", "QĐ-UBND")}

    frng = random.Random(f"archive-fault:{seed}:{fault}:{scope}")
    target_year = frng.choice(years[1:])
    pool = {"provinces": reporters, "ministries": ministry_reporters, "departments": [local_reporters["departments"]],
            "districts": [local_reporters["districts"]]}[scope]
    table = {"provinces": scores, "ministries": ministry_scores}.get(scope) or local_scores[scope]
    target_unit = None if fault == "count" else frng.choice(pool)
    if fault in ("misquote", "plan_quote") and swap is None:  # a figure with two digits that differ, so that a swap changes it
        spots = [(y, u) for y in years[1:] for u in pool if digit_swaps(fmt(table[y][u]["index"]))]
        target_year, target_unit = frng.choice(spots)
    plan = _Plan(fault, scope, target_year, target_unit, frng, swap)

    docs: list[ArchiveDoc] = []
    for year in years:
        docs.extend(_national_documents(rng, year, plan, scores, reporters, ministry_scores, ministry_reporters,
                                        numbers))
        docs.extend(_local_documents(rng, year, plan, local, local_scores, local_reporters, numbers))
    return ArchiveSpec(seed, docs, scores, plan.faults)


def _national_documents(rng: random.Random, year: int, plan: _Plan, scores: dict[int, Rows], reporters: list[str],
                        ministry_scores: dict[int, Rows], ministry_reporters: list[str],
                        numbers: dict[tuple[str, int], str]) -> list[ArchiveDoc]:
    docs = []
    for scope, table, who, name in (("provinces", scores, "tỉnh, thành phố", "national"),
                                    ("ministries", ministry_scores, "bộ, cơ quan ngang bộ", "ministries")):
        rows, prev = table[year], table.get(year - 1)
        doc_name = f"{name}_{year}.txt"
        about = (f"các {who} trực thuộc Trung ương" if scope == "provinces" else f"các {who}")
        group = plan.group(Group(None, who, rows, prev, THRESHOLD), scope, year, doc_name, f"{name}_{year - 1}.txt")
        number = numbers[("BC-BNV" if scope == "provinces" else "BC-BNV-B", year)]
        text = announcement(rng, year, issuer=["BỘ NỘI VỤ"], who="Bộ Nội vụ", place="Hà Nội", number=number,
                            title=f"của {about}", subject=about,
                            name_column="Tên tỉnh, thành phố" if scope == "provinces" else "Tên bộ, cơ quan ngang bộ",
                            groups=[group], signature=_MINISTER)
        docs.append(ArchiveDoc(doc_name, text, year, name))
        cited = f"Báo cáo số {number} của Bộ Nội vụ"
        for unit in (reporters if scope == "provinces" else ministry_reporters):
            report = f"{_slug(unit)}_{year}.txt"
            if scope == "provinces":
                city = unit in _CITY
                plain = unit.replace("TP. ", "")
                lower = "thành phố" if city else "tỉnh"
                issuer = ["ỦY BAN NHÂN DÂN", f"{'THÀNH PHỐ' if city else 'TỈNH'} {plain.upper()}"]
                phrase, place, sign, number_r = f"{lower} {plain}", plain, _CHAIR, f"{rng.randint(10, 400)}/BC-UBND"
            else:
                issuer, phrase, place, sign = [unit.upper()], unit, "Hà Nội", _MINISTER
                number_r = f"{rng.randint(10, 400)}/BC-{''.join(w[0] for w in unit.split()).upper()}"
            quote = plan.quote(Quote(phrase, unit, who), rows, prev, year, report, doc_name, f"{name}_{year - 1}.txt")
            text = unit_report(rng, year, issuer=issuer, place=place, number=number_r, cited=cited,
                               cited_about=about, rows=rows, prev=prev, quote=quote, signature=sign)
            docs.append(ArchiveDoc(report, text, year, "provincial" if scope == "provinces" else "ministry",
                                   unit if scope == "provinces" else None, unit))
            if scope == "provinces":
                plan_name = f"{_slug(unit)}_plan_{year + 1}.txt"
                quote = plan.plan_quote(Quote(phrase, unit, who), rows, year, plan_name, doc_name)
                text = plan_document(rng, year, issuer=issuer, place=place, number=f"{rng.randint(10, 400)}/KH-UBND",
                                     cited=cited, rows=rows, quote=quote, signature=sign)
                docs.append(ArchiveDoc(plan_name, text, year, "plan", unit, unit))
    return docs


_LOCAL = {"departments": ("Các sở, ban, ngành", "sở, ban, ngành"),
          "districts": ("UBND các huyện, thị xã, thành phố", "huyện, thị xã, thành phố")}


def _local_documents(rng: random.Random, year: int, plan: _Plan, province: str, scores: dict[str, dict[int, Rows]],
                     reporters: dict[str, str], numbers: dict[tuple[str, int], str]) -> list[ArchiveDoc]:
    """The province's ranking of its departments and districts, and one department's and one district's report."""
    slug = _slug(province)
    name, previous = f"{slug}_ranking_{year}.txt", f"{slug}_ranking_{year - 1}.txt"
    groups = [plan.group(Group(heading, phrase, scores[g][year], scores[g].get(year - 1), LOCAL_THRESHOLD,
                               list_members=True), g, year, name, previous)
              for g, (heading, phrase) in _LOCAL.items()]
    number = numbers[("QĐ-UBND", year)]
    about = f"các sở, ban, ngành và UBND các huyện, thị xã, thành phố tỉnh {province}"
    issuer = ["ỦY BAN NHÂN DÂN", f"TỈNH {province.upper()}"]
    docs = [ArchiveDoc(name, announcement(rng, year, issuer=issuer, who=f"Ủy ban nhân dân tỉnh {province}",
                                          place=province, number=number, title=f"của {about}", subject=about,
                                          name_column="Cơ quan, đơn vị", groups=groups, signature=_CHAIR,
                                          decision=True),
                       year, "local_ranking", province)]
    for g, unit in reporters.items():
        rows, prev = scores[g][year], scores[g].get(year - 1)
        report = f"{_slug(unit)}_{year}.txt"
        if g == "departments":
            header = ["ỦY BAN NHÂN DÂN TỈNH " + province.upper(), unit.upper()]
            phrase, place = unit, province
        else:
            header = ["ỦY BAN NHÂN DÂN", unit.upper()]
            kind = next(k for k in ("Thành phố ", "Thị xã ", "Huyện ", "Quận ") if unit.startswith(k))
            phrase, place = kind.lower() + unit[len(kind):], unit[len(kind):]
        quote = plan.quote(Quote(phrase, unit, _LOCAL[g][1]), rows, prev, year, report, name, previous)
        text = unit_report(rng, year, issuer=header, place=place, number=f"{rng.randint(10, 400)}/BC",
                           cited=f"Quyết định số {number} của Chủ tịch Ủy ban nhân dân tỉnh {province}",
                           cited_about=f"các sở, ban, ngành và UBND các huyện, thị xã, thành phố tỉnh {province}",
                           rows=rows, prev=prev, quote=quote,
                           signature=["GIÁM ĐỐC" if g == "departments" else "CHỦ TỊCH", "Trần Văn Bình"])
        docs.append(ArchiveDoc(report, text, year, g.removesuffix("s").replace("ie", "y"), province, unit))
    return docs
