"""The documents of a generated archive, as OCR text: an authority's announcement of its units' ranking and a
unit's own report quoting it (samples/generator/archive.py decides the figures and the faults).

Two kinds of document, for every scope the audit across an archive knows:

* an announcement - the national one for the provinces or for the ministries (Bộ Nội vụ), or a province's
  ranking of its departments and districts (UBND tỉnh) - with one ranking table per group, the group's
  average and its change since the previous year, and the count above a threshold with its change (and, for a
  province's groups, the names of the units above the threshold: the member list another year's count meets);
* a unit's report (UBND tỉnh, a ministry, a department, a district) quoting the announcement it cites: its
  index and change, its rank out of the group and its rank move, the group's average.
"""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from samples.generator.numbers import fmt

Rows = dict[str, dict[str, Any]]  # unit name -> {index, rank, appraisal, survey}


@dataclass
class Group:
    """One ranked group of an announcement and what its prose states about it."""

    heading: str | None  # "Các sở, ban, ngành" above its rows; None for a single group
    units_phrase: str  # "tỉnh, thành phố", "sở, ban, ngành" ... after a count
    rows: Rows
    prev: Rows | None
    threshold: Decimal
    list_members: bool = False  # name the units above the threshold
    count_change: int | None = None  # a stated change of the count (a planted fault); None: the true one


@dataclass
class Quote:
    """What a unit's report states about itself, and where it may be wrong (a planted fault)."""

    unit_phrase: str  # "tỉnh Hà Nam", "Bộ Tư pháp", "Sở Tư pháp", "huyện Thanh Liêm"
    unit: str  # the unit's name in the rows
    group_phrase: str  # "tỉnh, thành phố" after "xếp thứ 5/63"
    index_text: str | None = None  # the index as printed, when misquoted
    change: Decimal | None = None  # a wrong change since the previous year
    move: int | None = None  # a wrong rank move


def mean(rows: Rows) -> Decimal:
    return (sum((r["index"] for r in rows.values()), Decimal(0)) / len(rows)).quantize(Decimal("0.01"))


def above(rows: Rows, threshold: Decimal) -> list[str]:
    """Units above the threshold, in rank order."""
    return [u for u in sorted(rows, key=lambda q: rows[q]["rank"]) if rows[u]["index"] > threshold]


def change_words(value: Decimal, unit: str = "%") -> str:
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


def announcement(rng: random.Random, year: int, *, issuer: list[str], who: str, place: str, number: str,
                 title: str, subject: str, name_column: str, groups: list[Group], signature: list[str],
                 decision: bool = False) -> str:
    """An authority's (`who`) ranking of its units for `year`, published the year after: a report with the
    national methodology's component scores, or a decision (`decision`) that announces the total and index alone, as
    provinces publish their departments' and districts' ranking (each province scores them its own way)."""
    date = dt.date(year + 1, rng.randint(2, 5), rng.randint(1, 28))
    lines = _header(issuer, number, place, date)
    if decision:
        lines += ["QUYẾT ĐỊNH", f"Về việc công bố Chỉ số cải cách hành chính năm {year}", title, "",
                  f"CHỦ TỊCH {who.upper()}", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                  "QUYẾT ĐỊNH:", f"Điều 1. Công bố Chỉ số CCHC năm {year} của {subject} như sau:"]
    else:
        lines += ["BÁO CÁO", f"Kết quả Chỉ số cải cách hành chính năm {year}", title, "",
                  f"{who} báo cáo kết quả Chỉ số CCHC năm {year} của {subject} như sau:"]
    if decision:
        lines += [f"1. Kết quả Chỉ số CCHC năm {year}", f"Xếp hạng {name_column} Tổng điểm Chỉ số CCHC năm {year} (%)"]
    else:
        lines += ["Chỉ số CCHC được đánh giá trên thang điểm 100, gồm điểm thẩm định và điểm điều tra xã hội học; "
                  "Chỉ số CCHC (%) bằng tổng điểm đạt được.",
                  f"1. Kết quả Chỉ số CCHC năm {year}",
                  f"Xếp hạng {name_column} Điểm thành phần Tổng điểm Chỉ số CCHC năm {year} (%)",
                  "Điểm thẩm định Điểm điều tra XHH"]
    for group in groups:
        if group.heading:
            lines.append(group.heading)
        rows = group.rows
        for u in sorted(rows, key=lambda q: rows[q]["rank"]):
            r = rows[u]
            scores = [r["index"]] * 2 if decision else [r["appraisal"], r["survey"], r["index"], r["index"]]
            lines.append(" ".join([str(r["rank"]), u, *map(fmt, scores)]))
        lines.append(f"Trung bình {fmt(mean(rows))}")
    lines += ["", "2. Phân tích kết quả"]
    for group in groups:
        lines.extend(_group_prose(year, group))
    closing = ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký./." if decision
               else f"{who} báo cáo kết quả Chỉ số CCHC năm {year} của {subject}./.")
    lines += [closing, "Nơi nhận:", "- Như trên;", "- Lưu: VT, CCHC.", *signature, ""]
    return _wrap(lines)


def _group_prose(year: int, group: Group) -> list[str]:
    rows, prev, n = group.rows, group.prev, len(group.rows)
    lead = f"{group.heading}: năm {year}" if group.heading else f"Năm {year}"
    avg = f"{lead}, giá trị trung bình Chỉ số CCHC của {n} {group.units_phrase} đạt {fmt(mean(rows))}%"
    if prev is not None:
        avg += f", {change_words(mean(rows) - mean(prev))} so với năm {year - 1}"
    members = above(rows, group.threshold)
    sentence = f"Có {len(members):02d} {group.units_phrase} đạt Chỉ số CCHC trên {fmt(group.threshold, 0)}%"
    if prev is not None:
        change = group.count_change
        if change is None:
            change = len(members) - len(above(prev, group.threshold))
        if change:
            sentence += f", {'tăng' if change > 0 else 'giảm'} {abs(change):02d} đơn vị so với năm {year - 1}"
    lines = [avg + ".", sentence + "."]
    if group.list_members and members:
        lines.append(f"Các {group.units_phrase} đạt trên {fmt(group.threshold, 0)}% gồm: {'; '.join(members)}.")
    return lines


def unit_report(rng: random.Random, year: int, *, issuer: list[str], place: str, number: str, cited: str,
                cited_about: str, rows: Rows, prev: Rows | None, quote: Quote, signature: list[str]) -> str:
    """A unit's report on its own index for `year`, quoting the announcement it cites."""
    date = dt.date(year + 1, rng.randint(6, 11), rng.randint(1, 28))
    r = rows[quote.unit]
    lines = _header(issuer, number, place, date)
    lines += ["BÁO CÁO", f"Kết quả Chỉ số cải cách hành chính năm {year} của {quote.unit_phrase}", "",
              f"Căn cứ {cited} về kết quả Chỉ số cải cách hành chính năm {year} của {cited_about}, "
              f"{quote.unit_phrase} báo cáo như sau:"]
    sentence = f"Năm {year}, Chỉ số CCHC của {quote.unit_phrase} đạt {quote.index_text or fmt(r['index'])}%"
    if prev is not None:
        change = quote.change if quote.change is not None else r["index"] - prev[quote.unit]["index"]
        sentence += f", {change_words(change)} so với năm {year - 1}"
    sentence += f", xếp thứ {r['rank']}/{len(rows)} {quote.group_phrase}"
    if prev is not None:
        move = quote.move if quote.move is not None else prev[quote.unit]["rank"] - r["rank"]
        if move:
            sentence += f", {'tăng' if move > 0 else 'giảm'} {abs(move)} bậc so với năm {year - 1}"
        else:
            sentence += f", giữ nguyên thứ hạng so với năm {year - 1}"
    lines.append(sentence + ".")
    lines.append(f"Giá trị trung bình Chỉ số CCHC năm {year} của {len(rows)} {quote.group_phrase} đạt "
                 f"{fmt(mean(rows))}%.")
    lines += [f"Trên đây là báo cáo kết quả Chỉ số CCHC năm {year} của {quote.unit_phrase}./.", "Nơi nhận:",
              "- Như trên;", "- Lưu: VT.", *signature, ""]
    return _wrap(lines)


def plan(rng: random.Random, year: int, *, issuer: list[str], place: str, number: str, cited: str, rows: Rows,
         quote: Quote, signature: list[str]) -> str:
    """A unit's plan for the year after `year` (Kế hoạch CCHC năm year+1), which opens with `year`'s results."""
    date = dt.date(year + 1, 1, rng.randint(2, 28))
    r = rows[quote.unit]
    lines = _header(issuer, number, place, date)
    lines += ["KẾ HOẠCH", f"Cải cách hành chính năm {year + 1}", "", "I. KẾT QUẢ NĂM TRƯỚC",
              f"Theo {cited}, năm {year}, Chỉ số CCHC của {quote.unit_phrase} đạt "
              f"{quote.index_text or fmt(r['index'])}%, xếp thứ {r['rank']}/{len(rows)} {quote.group_phrase}.",
              f"II. MỤC TIÊU NĂM {year + 1}",
              f"Phấn đấu nâng cao Chỉ số CCHC năm {year + 1} của {quote.unit_phrase}; thực hiện đầy đủ các nhiệm "
              "vụ đề ra trong Kế hoạch.",
              "Nơi nhận:", "- Bộ Nội vụ;", "- Lưu: VT.", *signature, ""]
    return _wrap(lines)
