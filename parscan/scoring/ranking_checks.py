"""Recompute a ranking table: row totals, indices, ranks and classes.

Recomputation is chained (components -> total -> index -> rank -> class) so one printed mistake
is reported once: a wrong total does not also make its index, rank and class "wrong".  When a
row's components disagree with a total that its printed index confirms, the components are the
suspect (typically a misread cell) and the chain continues from the printed total.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from decimal import Decimal

from parscan.normalizers.names import fold
from parscan.schemas.records import RankingRow
from parscan.scoring.context import AuditContext, Doubt, doubt_note_en, doubt_note_vi, severity_for, table_context
from parscan.scoring.methodology import Band, Classification
from parscan.scoring.numeric import agreement, dec, fmt, round_to, total

_SURVEY_KEYS = ("khao sat", "hai long", "dieu tra", "survey", "xhh", "sipas")
_APPRAISAL_KEYS = ("tham dinh", "appraisal", "tu danh gia", "cham diem")


@dataclass
class UnitResult:
    """One ranked unit after recomputation (`index` is the audit's best value for it)."""

    row: RankingRow
    name: str
    index: Decimal | None
    published_index: Decimal | None
    total: Decimal | None
    max_points: Decimal | None
    doubt: Doubt
    klass: dict[str, str] = field(default_factory=dict)  # classification id -> band name
    confirmed: bool = False  # its printed total and index agree with its components: doubtful cells read right
    shown: Decimal | None = None  # the index as the table prints it (else recomputed, rounded): what ranks,
    #                               classes and prose are checked against, so a wrong row accuses only itself


@dataclass
class RankedGroup:
    name: str  # the key rows are grouped by: the printed group heading, else the table's id
    units: list[UnitResult]
    label: str = ""  # what a reader calls it: the group heading, else "Bảng 2, trang 1"

    def __post_init__(self) -> None:
        self.label = self.label or self.name

    @property
    def indexed(self) -> list[UnitResult]:
        return [u for u in self.units if u.index is not None]

    @property
    def shown(self) -> list[UnitResult]:
        return [u for u in self.units if u.shown is not None]


def part_of(label: str) -> str | None:
    key = fold(label)
    if any(k in key for k in _SURVEY_KEYS):
        return "survey"
    if any(k in key for k in _APPRAISAL_KEYS):
        return "appraisal"
    return None


def group_rows(rows: list[RankingRow]) -> dict[str, list[RankingRow]]:
    """Rows per ranking group, in table order.

    Ranks are per group in every PAR report, so a rank sequence that restarts at 1 starts a new
    group even when no group header was recognised, and rows without a group whose ranks continue
    the previous group (a table carried over a page break) stay in it.
    """
    groups: dict[str, list[RankingRow]] = {}
    active: str | None = None
    last = 0
    for row in rows:
        if row.group is not None:
            key = row.group
            if key == active and row.rank == 1 and last >= 1:
                key = f"{row.group} ({sum(k.startswith(row.group) for k in groups) + 1})"
        elif active is not None and not (row.rank == 1 and last >= 1):
            key = active
        else:
            key = row.table_id or ""
            if key in groups:
                key = f"{key} ({sum(k.startswith(key) for k in groups) + 1})"
        if key != active:
            last = 0
        active = key
        last = row.rank if row.rank is not None else last
        groups.setdefault(key, []).append(row)
    return groups


_OTHER_INDICES = {"sipas", "papi", "pci", "ddci", "ict", "dti"}


def check_rankings(ctx: AuditContext) -> list[RankedGroup]:
    """Recompute every ranking group of a PAR table; a table of another index (PCI, PAPI ...) is not held to
    the PAR methodology: its rows go into the ledger as unverifiable, with the index named."""
    from parscan.extractors.context import stated_part_maxima

    groups = []
    stated = {part: dec(value) for part, value in stated_part_maxima(ctx.doc).items()}
    warned: set[str] = set()
    classifications = ctx.methodology.classifications or stated_classifications(ctx.doc.claims)
    for name, rows in group_rows(ctx.doc.rankings).items():
        kind = _index_kind(ctx, rows[0].table_id)
        # most rows' components adding up past the maximum are sub-indices of another index, not PAR parts
        if kind in _OTHER_INDICES or _past_the_maximum(ctx, rows):
            for row in rows:
                ctx.record("index_kind", "unverifiable", published=kind.upper() if kind in _OTHER_INDICES else None,
                           unit=_label(row), evidence=[row.evidence], reason="no_methodology")
            continue
        groups.append(_check_group(ctx, name, rows, _part_limits(ctx, name, stated, warned), classifications))
    return groups


def _part_limits(ctx: AuditContext, group: str, stated: dict[str, Decimal], warned: set[str]) -> dict[str, Decimal]:
    """The maxima of the appraisal and survey parts: the methodology's, unless the document states its own
    (both parts, adding up to the total) and they differ - then the document's, with one warning that the
    methodology may not apply (none when the methodology sets no parts).  A row is not accused of passing a
    maximum its own document does not set."""
    cset = ctx.methodology.criteria_for(group)
    if cset is None:
        return {}
    limits = dict(cset.parts)
    if set(stated) != {"appraisal", "survey"} or sum(stated.values()) != cset.total_max or stated == limits:
        return limits  # type: ignore[return-value]
    if not limits:  # a methodology without parts (generic): the document's own are the only ones
        return stated
    if cset.id not in warned:
        warned.add(cset.id)
        said = {part: fmt(limits.get(part)) for part in ("appraisal", "survey")}
        ctx.add("component_max", "warning",
                f"Văn bản nêu điểm thẩm định tối đa {fmt(stated['appraisal'])}, điểm khảo sát tối đa "
                f"{fmt(stated['survey'])}; phương pháp {ctx.methodology.id} quy định {said['appraisal']} và "
                f"{said['survey']}: các điểm thành phần được kiểm tra theo văn bản, phương pháp có thể không áp dụng.",
                f"The document states appraisal maximum {stated['appraisal']} and survey maximum {stated['survey']};"
                f" methodology {ctx.methodology.id} says {limits.get('appraisal')} and {limits.get('survey')}: the "
                "parts are checked against the document, the methodology may not apply.",
                published=f"{fmt(stated['appraisal'])} + {fmt(stated['survey'])}",
                expected=f"{said['appraisal']} + {said['survey']}", reason="methodology_differs")
    return stated


def _past_the_maximum(ctx: AuditContext, rows: list[RankingRow]) -> bool:
    sums = [total(dec(v) for v in r.components.values()) for r in rows if len(r.components) >= 2]
    limit = ctx.methodology.total_max
    return len(sums) >= 3 and sum(x > limit for x in sums) >= 0.8 * len(sums)


def _index_kind(ctx: AuditContext, table_id: str | None) -> str:
    """The index the table reports, decided once per table (the reason is kept in its warnings)."""
    from parscan.extractors.index_kind import kind_of_table

    table = ctx.table(table_id)
    if table is None:
        return "par"
    if table.index_kind is None:
        kind, why = kind_of_table(table, table_context(ctx.doc, table))
        table.index_kind = kind
        table.warnings.append(f"index: {kind} ({why})")
    return table.index_kind


def _check_group(ctx: AuditContext, name: str, rows: list[RankingRow], limits: dict[str, Decimal],
                 classifications: list[Classification]) -> RankedGroup:
    units = [_check_row(ctx, name, row, limits) for row in rows]
    _check_ranks(ctx, units)
    for classification in classifications:
        _check_classes(ctx, name, units, classification)
    return RankedGroup(name=name, units=units, label=_reader_label(ctx, name, rows))


_GROUP_VI = {"departments": "Khối sở, ban, ngành", "districts": "Khối UBND cấp huyện",
             "provinces": "Các tỉnh, thành phố", "ministries": "Các bộ, cơ quan ngang bộ"}


def _reader_label(ctx: AuditContext, name: str, rows: list[RankingRow]) -> str:
    """A group without a printed heading is named by its table as a reader finds it ("Bảng 2, trang 1"), never
    by the table's internal id; a table whose ranks restart holds several groups ("Bảng 1, trang 1, phần 2")."""
    if rows[0].group is not None:
        key, part = re.fullmatch(r"(.*?)(?: \((\d+)\))?", name).groups()  # type: ignore[union-attr]
        label = _GROUP_VI.get(key, key)  # the group's heading: its kind of units, in the words a report prints
        return f"{label}, phần {part}" if part else label
    table = ctx.table(rows[0].table_id)
    if table is None:
        return name
    number = ctx.doc.tables.index(table) + 1
    page = table.pages[0] if table.pages else (rows[0].evidence.page if rows[0].evidence else None)
    part = re.search(r" \((\d+)\)$", name)
    return (f"Bảng {number}" + (f", trang {page}" if page is not None else "")
            + (f", phần {part.group(1)}" if part else ""))


def _label(row: RankingRow) -> str:
    return row.unit.canonical or row.unit.printed


def _check_row(ctx: AuditContext, group: str, row: RankingRow, limits: dict[str, Decimal]) -> UnitResult:
    meth = ctx.methodology
    unit = _label(row)
    doubt = ctx.doubt(row)
    ev = [row.evidence]
    comps = {k: dec(v) for k, v in row.components.items()}
    values = [v for v in comps.values() if v is not None]
    published_total, published_index = dec(row.total), dec(row.index_pct)
    summed = total(values) if values else None
    chain_total = published_total if published_total is not None else summed

    for label, value in comps.items():
        part = part_of(label)
        limit = limits.get(part) if part else None
        if value is not None and limit is not None and value > limit:
            ctx.add("component_max", severity_for(doubt),
                    f"{unit}: điểm '{label}' là {fmt(value)}, vượt điểm tối đa {fmt(limit)} của phần này."
                    + doubt_note_vi(doubt),
                    f"{unit}: '{label}' score {value} exceeds this part's maximum {limit}." + doubt_note_en(doubt),
                    published=value, expected=limit, unit=unit, ocr_doubt=bool(doubt), evidence=ev)

    known_max = dec(row.max_points) or meth.scale_for(unit, row.marks)
    # a row marked as assessed on a reduced scale whose maximum neither the document nor the methodology
    # gives: its index cannot be recomputed (the general maximum would accuse a consistent row)
    reduced_unknown = known_max is None and _reduced_scale(row)
    max_points = known_max or meth.total_max
    if summed is not None and published_total is not None and summed == published_total:
        ctx.passed("row_total", published=published_total, expected=summed, unit=unit, evidence=ev,
                   reason=" + ".join(fmt(v) for v in values))
    if summed is not None and published_total is not None and summed != published_total:
        tolerance = Decimal("0.005") * len(values)
        if abs(summed - published_total) <= tolerance:
            ctx.add("row_total", "info",
                    f"{unit}: tổng các thành phần {fmt(summed)} khác tổng in {fmt(published_total)} trong phạm vi làm tròn.",
                    f"{unit}: components add up to {summed}, printed total {published_total} (within rounding).",
                    published=published_total, expected=summed, unit=unit, evidence=ev)
        else:
            index_confirms_total = published_index is not None and not reduced_unknown and agreement(
                published_index, published_total / max_points * meth.index.scale, meth.index.decimals,
                meth.index.rounding) != "no"
            rescued = _alternate_rescue(doubt, values, published_total)
            if not doubt and index_confirms_total:  # two printed figures agree: the components are the suspects
                second = ctx.second_look(row, values)
                if _alternate_rescue(second, values, published_total):
                    doubt, rescued = second, True
            suspect = bool(doubt) or rescued
            note_vi = doubt_note_vi(doubt) if doubt else ""
            note_en = doubt_note_en(doubt) if doubt else ""
            if rescued:
                note_vi += " Một cách đọc khác của ô làm phép cộng đúng."
                note_en += " A second reading of a cell makes the sum hold."
            ctx.add("row_total", "warning" if suspect else "error",
                    f"{unit}: các điểm thành phần cộng lại được {fmt(summed)}, nhưng tổng điểm in là "
                    f"{fmt(published_total)} (chênh {fmt(published_total - summed)})." + note_vi,
                    f"{unit}: components add up to {summed} but the printed total is {published_total} "
                    f"(difference {published_total - summed})." + note_en,
                    published=published_total, expected=summed, unit=unit, ocr_doubt=suspect, evidence=ev)
            chain_total = published_total if (index_confirms_total or suspect) else summed

    if chain_total is not None and chain_total > max_points:
        ctx.add("total_max", severity_for(doubt),
                f"{unit}: tổng điểm {fmt(chain_total)} vượt điểm tối đa {fmt(max_points)}." + doubt_note_vi(doubt),
                f"{unit}: total {chain_total} exceeds the maximum {max_points}." + doubt_note_en(doubt),
                published=chain_total, expected=max_points, unit=unit, ocr_doubt=bool(doubt), evidence=ev)

    index = None
    if chain_total is not None and (published_index is not None or not reduced_unknown):  # else nothing to compare
        exact = chain_total / max_points * meth.index.scale
        index = exact
        if published_index is not None:
            verdict = agreement(published_index, exact, meth.index.decimals, meth.index.rounding)
            rounded = round_to(exact, meth.index.decimals, meth.index.rounding)
            if verdict in ("exact", "rounding"):
                ctx.passed("index", published=published_index, expected=rounded, unit=unit, evidence=ev,
                           reason=f"{fmt(chain_total)}/{fmt(max_points)} × {fmt(meth.index.scale)}")
            elif verdict == "other_rounding":
                ctx.add("index", "info",
                        f"{unit}: chỉ số in {fmt(published_index)} làm tròn khác quy định (tính được {fmt(exact, 4)}).",
                        f"{unit}: printed index {published_index} uses another rounding (exact {exact:.4f}).",
                        published=published_index, expected=rounded, unit=unit, evidence=ev)
            elif verdict == "no" and reduced_unknown:
                index = _reduced_index(ctx, unit, chain_total, published_index, ev)
            elif verdict == "no":
                alt_max = _other_scale(ctx, chain_total, published_index)
                if alt_max is not None:
                    ctx.add("index", "warning",
                            f"{unit}: chỉ số {fmt(published_index)} chỉ khớp nếu điểm tối đa là {fmt(alt_max)} "
                            f"(không phải {fmt(max_points)}); kiểm tra ký hiệu thang điểm của đơn vị.",
                            f"{unit}: index {published_index} only holds on a {alt_max}-point scale, "
                            f"not {max_points}; check the unit's scale mark.",
                            published=published_index, expected=rounded, unit=unit, evidence=ev)
                    index = chain_total / alt_max * meth.index.scale
                else:
                    rescued = _alternate_rescue_index(doubt, chain_total, max_points, published_index, ctx)
                    suspect = bool(doubt) or rescued
                    ctx.add("index", "warning" if suspect else "error",
                            f"{unit}: chỉ số in là {fmt(published_index)} nhưng {fmt(chain_total)}/{fmt(max_points)}"
                            f" × 100 = {fmt(rounded)}." + doubt_note_vi(doubt),
                            f"{unit}: printed index {published_index} but {chain_total}/{max_points} × 100 = "
                            f"{rounded}." + doubt_note_en(doubt),
                            published=published_index, expected=rounded, unit=unit, ocr_doubt=suspect, evidence=ev)
                    if rescued:  # a second reading of a cell makes the printed index hold: it is the best value
                        index = published_index
    elif published_index is not None:
        index = published_index
    shown = published_index if published_index is not None else (
        round_to(index, meth.index.decimals, meth.index.rounding) if index is not None else None)
    confirmed = (summed is not None and published_total is not None and summed == published_total and
                 (published_index is None or agreement(published_index, published_total / max_points * meth.index.scale,
                                                      meth.index.decimals, meth.index.rounding) in ("exact", "rounding")))
    return UnitResult(row=row, name=unit, index=index, published_index=published_index, total=chain_total,
                      max_points=max_points, doubt=doubt, shown=shown, confirmed=confirmed)


def _reduced_scale(row: RankingRow) -> bool:
    """Does the row say it was assessed on a reduced scale?  A component printed "X" (not assessed: no
    survey for a unit without public services, criteria not applicable) or the footnote star on its
    figures.  Such a unit's index is its total over its own maximum, not over the general one."""
    return "X" in row.marks or "*" in row.marks


def _reduced_index(ctx: AuditContext, unit: str, chain_total: Decimal, published_index: Decimal,
                   ev: list) -> Decimal:
    """The index of a reduced-scale row whose maximum is not given: consistent when the maximum it implies
    is a reduced scale the methodology knows, else unverifiable (never an error: the row says its maximum
    is not the general one).  Returns the index ranks and classes go on: the printed one."""
    meth = ctx.methodology
    scale = _other_scale(ctx, chain_total, published_index)
    if scale is not None:
        ctx.passed("index", published=published_index, unit=unit, evidence=ev,
                   expected=round_to(chain_total / scale * meth.index.scale, meth.index.decimals, meth.index.rounding),
                   reason=f"{fmt(chain_total)}/{fmt(scale)} × {fmt(meth.index.scale)}")
    else:
        ctx.record("index", "unverifiable", published=published_index, unit=unit, evidence=ev,
                   reason="unknown_reduced_max")
    return published_index


def _other_scale(ctx: AuditContext, chain_total: Decimal, published_index: Decimal) -> Decimal | None:
    """The reduced maximum, among those known (the methodology's unit scales, the document's star footnote),
    on which the printed index holds."""
    from parscan.extractors.context import footnote_max_points

    meth = ctx.methodology
    known = [scale.max_points for scale in meth.unit_scales]
    footnote = dec(footnote_max_points(ctx.doc))
    for max_points in known + ([footnote] if footnote is not None and footnote not in known else []):
        exact = chain_total / max_points * meth.index.scale
        if agreement(published_index, exact, meth.index.decimals, meth.index.rounding) != "no":
            return max_points
    return None


def _alternate_rescue(doubt: Doubt, values: list[Decimal], published_total: Decimal) -> bool:
    """Would one second reading of a cell make components add up to the total?"""
    summed = total(values)
    for value, alternates in doubt.alternates.items():
        for alt in alternates:
            if value in values and summed - value + alt == published_total:
                return True
            if value == published_total and alt == summed:
                return True
    return False


def _alternate_rescue_index(doubt: Doubt, chain_total: Decimal, max_points: Decimal, published: Decimal,
                            ctx: AuditContext) -> bool:
    meth = ctx.methodology
    candidates = [(chain_total, a) for a in doubt.alternates.get(published, [])]
    candidates += [(a, published) for a in doubt.alternates.get(chain_total, [])]
    return any(
        agreement(pub, tot / max_points * meth.index.scale, meth.index.decimals, meth.index.rounding) != "no"
        for tot, pub in candidates
    )


def _check_ranks(ctx: AuditContext, units: list[UnitResult]) -> None:
    """Ranks against the indices as printed: a row whose own figures are wrong is reported once (its total
    or index), and never moves its neighbours' ranks."""
    indexed = [u for u in units if u.shown is not None]
    if len(indexed) < 2:
        return
    shown = {id(u): u.shown for u in indexed}
    ties = ctx.methodology.ranks.ties
    if all(u.row.rank is None for u in indexed):
        for before, after in zip(indexed, indexed[1:]):
            if shown[id(after)] > shown[id(before)]:  # type: ignore[operator]
                ctx.add("rank_order", severity_for(after.doubt),
                        f"{after.name} ({fmt(shown[id(after)])}) đứng sau {before.name} ({fmt(shown[id(before)])}) "
                        "dù có chỉ số cao hơn.",
                        f"{after.name} ({shown[id(after)]}) is listed below {before.name} ({shown[id(before)]}) "
                        "despite a higher index.",
                        unit=after.name, ocr_doubt=bool(after.doubt), evidence=[after.row.evidence])
            else:
                ctx.passed("rank_order", unit=after.name, evidence=[after.row.evidence],
                           reason="listed in descending order")
        return
    for unit in indexed:
        if unit.row.rank is None:
            continue
        mine = shown[id(unit)]
        higher = sum(1 for o in indexed if shown[id(o)] > mine)  # type: ignore[operator]
        equal = sum(1 for o in indexed if shown[id(o)] == mine)
        low, high = higher + 1, higher + (1 if ties == "shared" else equal)
        expected = str(low) if low == high else f"{low}–{high}"
        if not low <= unit.row.rank <= high:
            ctx.add("rank_order", severity_for(unit.doubt),
                    f"{unit.name}: xếp hạng {unit.row.rank} nhưng với chỉ số {fmt(mine)} phải là hạng {expected}."
                    + doubt_note_vi(unit.doubt),
                    f"{unit.name}: ranked {unit.row.rank} but its index {mine} gives rank {expected}."
                    + doubt_note_en(unit.doubt),
                    published=unit.row.rank, expected=expected, unit=unit.name, ocr_doubt=bool(unit.doubt),
                    evidence=[unit.row.evidence])
        else:
            ctx.passed("rank_order", published=unit.row.rank, expected=expected, unit=unit.name,
                       evidence=[unit.row.evidence])


def field_pcts(ctx: AuditContext, group: str, row: RankingRow) -> list[Decimal] | None:
    """Field indices (% of each field's maximum) when the table prints per-field scores."""
    cset = ctx.methodology.criteria_for(group)
    if cset is None:
        return None
    maxima = {fold(f.code): f.max_points for f in cset.fields} | {fold(f.name): f.max_points for f in cset.fields}
    pcts = [dec(v) / maxima[fold(k)] * 100 for k, v in row.components.items()  # type: ignore[operator]
            if v is not None and maxima.get(fold(k))]
    return pcts or None


def stated_classifications(claims: list) -> list[Classification]:
    """The classes the document itself states with their bounds ("Xuất sắc (từ 90% trở lên) …; Tốt (từ 80% đến
    dưới 90%) …"), for a methodology that sets none: only a clean ladder - two or more named classes, each
    class's lower bound the upper bound of the class below it - so that a bound read with the wrong class never
    becomes a rule to accuse a table by."""
    bounds: dict[str, tuple[float | None, float | None]] = {}
    for claim in claims:
        if claim.band and claim.bounds and claim.bounds != (None, None):
            if bounds.setdefault(claim.band, claim.bounds) != claim.bounds:
                return []  # one class given two ranges
    ladder = sorted(bounds.items(), key=lambda kv: -1 if kv[1][0] is None else kv[1][0], reverse=True)
    if len(ladder) < 2 or ladder[0][1][1] is not None:
        return []
    for (_, (low, _)), (_, (_, high)) in zip(ladder, ladder[1:]):
        if low is None or high != low:
            return []
    if ladder[-1][1][0] is not None and ladder[-1][1][1] is None:
        return []
    bands = [Band(name=name, min=Decimal(str(low)) if low is not None else None,
                  max=Decimal(str(high)) if high is not None else None) for name, (low, high) in ladder]
    return [Classification(id="stated", name="xếp loại nêu trong văn bản", bands=bands)]


def published_band(ctx: AuditContext, classification: Classification, row: RankingRow) -> Band | None:
    """The class printed for the row: a mark, or the table's classification column."""
    texts = list(row.marks)
    table = ctx.table(row.table_id)
    if table is not None and "classification" in table.columns:
        col = table.columns.index("classification")
        if col < len(row.raw_cells):
            texts.append(row.raw_cells[col])
    for text in texts:
        band = classification.band_named(text) if text else None
        if band is not None:
            return band
    for text in row.raw_cells:  # a class column the extractor did not label: the cell is just the name
        key = fold(text)
        band = next((b for b in classification.bands if key and key in b.keys()), None)
        if band is not None:
            return band
    return None


def _check_classes(ctx: AuditContext, group: str, units: list[UnitResult], classification: Classification) -> None:
    decimals, mode = ctx.methodology.index.decimals, ctx.methodology.index.rounding
    for unit in units:
        if unit.shown is None:
            continue
        shown = unit.shown
        pcts = field_pcts(ctx, group, unit.row)
        band = classification.classify(shown, pcts)
        if band is None:
            continue
        unit.klass[classification.id] = band.name
        printed = published_band(ctx, classification, unit.row)
        # a row whose printed index is itself wrong (reported as such) may carry the class of its true index
        recomputed = classification.classify(round_to(unit.index, decimals, mode), pcts) if unit.index is not None else None
        if printed is not None and printed.name != band.name and not (recomputed and printed.name == recomputed.name):
            ctx.add("class_band", severity_for(unit.doubt),
                    f"{unit.name}: xếp loại in là '{printed.name}' nhưng chỉ số {fmt(shown)} thuộc loại '{band.name}'."
                    + doubt_note_vi(unit.doubt),
                    f"{unit.name}: printed class '{printed.name}' but index {shown} falls in '{band.name}'."
                    + doubt_note_en(unit.doubt),
                    published=printed.name, expected=band.name, unit=unit.name, ocr_doubt=bool(unit.doubt),
                    evidence=[unit.row.evidence])
        elif printed is not None:
            ctx.passed("class_band", published=printed.name, expected=band.name, unit=unit.name,
                       evidence=[unit.row.evidence])
