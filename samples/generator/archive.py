"""A multi-year archive of PAR documents, as OCR text, consistent across documents - or with one planted
cross-document fault - for the audit across an archive (issue 12).

    arch = build_archive(seed, fault="misquote")        # ArchiveSpec: documents (name, text) + truth
    arch.write(Path("out/archive"))                      # one .txt per document

Documents:

* the national announcement of each year 2019-2024 (Bộ Nội vụ, published the year after the year it
  assesses): the ranking of the provinces (thẩm định + điều tra XHH = tổng điểm = Chỉ số), the average and
  its change since the previous year, the count above 80 % and its change since the previous year;
* a report of each sampled province for each year (UBND tỉnh), quoting the national announcement: its index
  and the change since the previous year, its rank out of all provinces and the rank move, the national
  average and the count above 80 %.

Every figure is consistent with every other document: the stated changes are the differences of the two
years' printed figures, the rank moves the differences of the two years' ranks.  A fault changes one printed
statement in one document, which only another document can contradict:

    misquote     a provincial report quotes its index with the two decimals swapped (81,37 -> 81,73)
    delta        a provincial report states a change since the previous year that does not match that
                 year's announcement (its current figure stays right)
    rank_move    a provincial report states a rank move that does not match the two years' rankings
    count        a national announcement states a change of the count above 80 % that disagrees with the
                 previous year's list

`ArchiveSpec.faults` names the check that must fire, the unit or group, the year, and the two documents.
"""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from samples.generator.national import PROVINCES_63
from samples.generator.numbers import fmt

ARCHIVE_FAULTS = ("misquote", "delta", "rank_move", "count")
YEARS = tuple(range(2019, 2025))
THRESHOLD = Decimal(80)
_CITY = {"Hà Nội", "TP. Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}


@dataclass
class ArchiveDoc:
    name: str
    text: str
    year: int  # assessed
    kind: str  # national | provincial
    province: str | None = None


@dataclass
class ArchiveSpec:
    seed: int
    documents: list[ArchiveDoc]
    scores: dict[int, dict[str, dict[str, Any]]]  # year -> province -> {index, rank, appraisal, survey}
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


def _scores(rng: random.Random, provinces: list[str], years: tuple[int, ...]) -> dict[int, dict[str, dict[str, Any]]]:
    """Each province's index per year: a level of its own plus a yearly drift, distinct within a year."""
    level = {p: rng.uniform(76.0, 90.0) for p in provinces}
    out: dict[int, dict[str, dict[str, Any]]] = {}
    for year in years:
        used: set[Decimal] = set()
        rows = {}
        for p in provinces:
            level[p] = min(95.5, max(70.5, level[p] + rng.gauss(0.4, 1.6)))
            index = _d(level[p])
            while index in used or index in (THRESHOLD, Decimal(90), Decimal(70)):
                index += Decimal("0.01")
            used.add(index)
            survey_max = Decimal("38") if year >= 2022 else Decimal("33.5")
            survey = _d(float(index * survey_max / 100) + rng.uniform(-1.5, 1.5))
            rows[p] = {"index": index, "survey": survey, "appraisal": index - survey}
        for rank, p in enumerate(sorted(rows, key=lambda q: -rows[q]["index"]), 1):
            rows[p]["rank"] = rank
        out[year] = rows
    return out


def _mean(rows: dict[str, dict[str, Any]]) -> Decimal:
    return (sum((r["index"] for r in rows.values()), Decimal(0)) / len(rows)).quantize(Decimal("0.01"))


def _count(rows: dict[str, dict[str, Any]]) -> int:
    return sum(r["index"] > THRESHOLD for r in rows.values())


def _change(value: Decimal, unit: str = "%") -> str:
    if value > 0:
        return f"tăng {fmt(value)}{unit}"
    if value < 0:
        return f"giảm {fmt(-value)}{unit}"
    return "không thay đổi"


def _wrap(lines: list[str]) -> str:
    """Prose wrapped as a printed page is (about 80 characters a line); table rows kept whole."""
    out: list[str] = []
    for line in lines:
        out.extend(textwrap.wrap(line, 80) if len(line) > 80 else [line])
    return "\n".join(out)


def _header(issuer: list[str], number: str, place: str, date: dt.date) -> list[str]:
    return [*issuer, f"Số: {number}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            f"{place}, ngày {date.day:02d} tháng {date.month} năm {date.year}"]


def _national(rng: random.Random, year: int, rows: dict[str, dict[str, Any]], prev: dict[str, dict[str, Any]] | None,
              number: str, count_change: int | None = None, avg_change: Decimal | None = None) -> str:
    date = dt.date(year + 1, rng.randint(2, 5), rng.randint(1, 28))
    n = len(rows)
    lines = _header(["BỘ NỘI VỤ"], number, "Hà Nội", date)
    lines += ["BÁO CÁO", f"Kết quả Chỉ số cải cách hành chính năm {year}",
              "của các tỉnh, thành phố trực thuộc Trung ương", "",
              f"Bộ Nội vụ báo cáo kết quả Chỉ số CCHC năm {year} của {n} tỉnh, thành phố trực thuộc Trung ương "
              "như sau:",
              "Chỉ số CCHC được đánh giá trên thang điểm 100, gồm điểm thẩm định và điểm điều tra xã hội học; "
              "Chỉ số CCHC (%) bằng tổng điểm đạt được.",
              f"1. Kết quả Chỉ số CCHC năm {year}",
              f"Xếp hạng Tên tỉnh, thành phố Điểm thành phần Tổng điểm Chỉ số CCHC năm {year} (%)",
              "Điểm thẩm định Điểm điều tra XHH"]
    for p in sorted(rows, key=lambda q: rows[q]["rank"]):
        r = rows[p]
        lines.append(f"{r['rank']} {p} {fmt(r['appraisal'])} {fmt(r['survey'])} {fmt(r['index'])} {fmt(r['index'])}")
    mean = _mean(rows)
    lines.append(f"Trung bình {fmt(mean)}")
    lines += ["", "2. Phân tích kết quả"]
    avg = f"Năm {year}, giá trị trung bình Chỉ số CCHC của {n} tỉnh, thành phố đạt {fmt(mean)}%"
    if prev is not None:
        change = avg_change if avg_change is not None else mean - _mean(prev)
        avg += f", {_change(change)} so với năm {year - 1}"
    lines.append(avg + ".")
    count = _count(rows)
    sentence = f"Có {count:02d} tỉnh, thành phố đạt Chỉ số CCHC trên 80%"
    if prev is not None:
        change_n = count_change if count_change is not None else count - _count(prev)
        if change_n:
            sentence += f", {'tăng' if change_n > 0 else 'giảm'} {abs(change_n):02d} đơn vị so với năm {year - 1}"
    lines.append(sentence + ".")
    lines += [f"Bộ Nội vụ báo cáo kết quả Chỉ số CCHC năm {year} của các tỉnh, thành phố trực thuộc Trung ương./.",
              "Nơi nhận:", "- Thủ tướng Chính phủ (để b/c);", "- UBND các tỉnh, thành phố;", "- Lưu: VT, CCHC.",
              "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trương Hải Long", ""]
    return _wrap(lines)


def _provincial(rng: random.Random, year: int, province: str, rows: dict[str, dict[str, Any]],
                prev: dict[str, dict[str, Any]] | None, national_no: str, number: str, *,
                index_text: str | None = None, change: Decimal | None = None, move: int | None = None) -> str:
    date = dt.date(year + 1, rng.randint(6, 11), rng.randint(1, 28))
    word = "THÀNH PHỐ" if province in _CITY else "TỈNH"
    lower = "thành phố" if province in _CITY else "tỉnh"
    plain = province.replace("TP. ", "")
    r = rows[province]
    lines = _header(["ỦY BAN NHÂN DÂN", f"{word} {plain.upper()}"], number, plain, date)
    lines += ["BÁO CÁO", f"Kết quả Chỉ số cải cách hành chính năm {year} của {lower} {plain}", "",
              f"Căn cứ Báo cáo số {national_no} của Bộ Nội vụ về kết quả Chỉ số cải cách hành chính năm {year} "
              f"của các tỉnh, thành phố trực thuộc Trung ương, Ủy ban nhân dân {lower} báo cáo như sau:"]
    sentence = f"Năm {year}, Chỉ số CCHC của {lower} {plain} đạt {index_text or fmt(r['index'])}%"
    if prev is not None:
        ch = change if change is not None else r["index"] - prev[province]["index"]
        sentence += f", {_change(ch)} so với năm {year - 1}"
    sentence += f", xếp thứ {r['rank']}/{len(rows)} tỉnh, thành phố"
    if prev is not None:
        mv = move if move is not None else prev[province]["rank"] - r["rank"]
        if mv:
            sentence += f", {'tăng' if mv > 0 else 'giảm'} {abs(mv)} bậc so với năm {year - 1}"
        else:
            sentence += f", giữ nguyên thứ hạng so với năm {year - 1}"
    lines.append(sentence + ".")
    lines.append(f"Giá trị trung bình Chỉ số CCHC năm {year} của {len(rows)} tỉnh, thành phố đạt {fmt(_mean(rows))}%.")
    lines += ["Trên đây là báo cáo kết quả Chỉ số CCHC của Ủy ban nhân dân tỉnh./.", "Nơi nhận:", "- Bộ Nội vụ;",
              "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An", ""]
    return _wrap(lines)


def _swap_digits(text: str) -> str | None:
    """The two decimals swapped (81,37 -> 81,73): the misquote a typist makes that still reads as an index;
    None when they are the same digit."""
    whole, frac = text.split(",")
    return None if frac[0] == frac[1] else f"{whole},{frac[1]}{frac[0]}"


def build_archive(seed: int, fault: str | None = None, *, n_provinces: int = 63, n_reports: int = 4,
                  years: tuple[int, ...] = YEARS) -> ArchiveSpec:
    """National announcements for `years` over `n_provinces` provinces and `n_reports` provinces' reports per
    year, consistent; with `fault`, one planted cross-document fault (see the module doc)."""
    if fault is not None and fault not in ARCHIVE_FAULTS:
        raise ValueError(f"unknown archive fault {fault!r}; known: {', '.join(ARCHIVE_FAULTS)}")
    rng = random.Random(f"archive:{seed}")
    provinces = sorted(rng.sample(PROVINCES_63, n_provinces), key=PROVINCES_63.index)
    scores = _scores(rng, provinces, years)
    reporters = rng.sample(provinces, n_reports)
    numbers = {y: f"{rng.randint(1200, 2900)}/BC-BNV" for y in years}
    frng = random.Random(f"archive-fault:{seed}:{fault}")
    target_year = frng.choice(years[1:])
    target_prov = frng.choice(reporters)
    if fault == "misquote":  # a quote whose two decimals differ, so that the swap changes the figure
        spots = [(y, p) for y in years[1:] for p in reporters if _swap_digits(fmt(scores[y][p]["index"]))]
        target_year, target_prov = frng.choice(spots)
    faults: list[dict[str, Any]] = []
    docs: list[ArchiveDoc] = []
    for year in years:
        rows, prev = scores[year], scores.get(year - 1)
        count_change = None
        nat_name = f"national_{year}.txt"
        if fault == "count" and year == target_year:
            true = _count(rows) - _count(prev)
            count_change = true + frng.choice([-2, -1, 1, 2])
            if count_change == 0:
                count_change = true + 3
            faults.append({"check": "archive_count", "year": year - 1, "unit": None, "figure": "count[80,)",
                           "documents": [nat_name, f"national_{year - 1}.txt"],
                           "description": f"count above 80 % said to change by {count_change}, the lists give {true}"})
        docs.append(ArchiveDoc(nat_name, _national(rng, year, rows, prev, numbers[year], count_change),
                               year, "national"))
        for p in reporters:
            kwargs: dict[str, Any] = {}
            name = f"{_slug(p)}_{year}.txt"
            if year == target_year and p == target_prov and fault in ("misquote", "delta", "rank_move"):
                r = rows[p]
                if fault == "misquote":
                    kwargs["index_text"] = _swap_digits(fmt(r["index"]))
                    faults.append({"check": "archive_quote", "year": year, "unit": p, "figure": "index",
                                   "documents": [name, nat_name],
                                   "description": f"index quoted as {kwargs['index_text']}, published {fmt(r['index'])}"})
                elif fault == "delta":
                    true = r["index"] - prev[p]["index"]
                    wrong = true + Decimal(frng.choice([-1, 1])) * Decimal(str(round(frng.uniform(0.2, 1.5), 2)))
                    kwargs["change"] = wrong
                    faults.append({"check": "archive_delta", "year": year - 1, "unit": p, "figure": "index",
                                   "documents": [name, f"national_{year - 1}.txt"],
                                   "description": f"change stated {fmt(wrong)}, the two announcements give {fmt(true)}"})
                else:
                    true_move = prev[p]["rank"] - r["rank"]
                    wrong_move = true_move + frng.choice([-2, -1, 1, 2])
                    if wrong_move == 0:
                        wrong_move = true_move + 3
                    kwargs["move"] = wrong_move
                    faults.append({"check": "archive_rank_move", "year": year, "unit": p, "figure": "rank_move",
                                   "documents": [name, f"national_{year - 1}.txt", nat_name],
                                   "description": f"rank move stated {wrong_move}, the rankings give {true_move}"})
            docs.append(ArchiveDoc(name, _provincial(rng, year, p, rows, prev, numbers[year],
                                                     f"{rng.randint(10, 400)}/BC-UBND", **kwargs), year, "provincial", p))
    return ArchiveSpec(seed, docs, scores, faults)


def _slug(name: str) -> str:
    from parscan.normalizers.names import fold

    return fold(name).replace(" ", "_")
