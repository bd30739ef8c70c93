"""Figures checked against the document's own other statements, with no table needed.

Real announcements state most figures twice over: an average with last year's value and the change,
group counts and the total they share, a count "above 80 %" and the groups above 80 %, a count and
its member list, the highest, the lowest and the gap between them, this year's count per class and
the change since last year's.  Each such relation is a check.  A relation is only asserted when the
document states all of its terms for the same year and the same units (provinces, ministries,
departments or districts) and, for sums of groups, when the groups found cover every unit; otherwise
it is recorded as unverifiable, never as an error.  One piece of knowledge comes from outside the
text: the Ministry's grouping of provinces and ministries (nhóm A from 90 %, B from 80 %, C from 70 %,
data/band_conventions.yaml), used for groups the text names without their ranges, only where every range
the text does print agrees with it; the finding then says so ("theo cách phân nhóm thông thường").
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from functools import lru_cache
from importlib import resources

import yaml

from parscan.extractors.claim_roles import EXTREMES, REST_OF_UNITS, names_extremes
from parscan.extractors.claim_shapes import PARTIAL_LIST_CUE
from parscan.normalizers.names import fold
from parscan.schemas.records import Claim
from parscan.scoring.context import AuditContext
from parscan.scoring.numeric import dec, decimals_of, fmt

_CLASS_SET = {"tot", "kha", "trung binh", "yeu"}
_SCOPE_VI = {"provinces": "tỉnh, thành phố", "ministries": "bộ, cơ quan ngang bộ", "departments": "sở, ban, ngành",
             "districts": "huyện, thị xã, thành phố", None: "đơn vị"}
_SCOPE_EN = {"provinces": "provinces", "ministries": "ministries", "departments": "departments",
             "districts": "districts", None: "units"}


def check_consistency(ctx: AuditContext) -> None:
    table_checked = set(ctx.covered)  # a rank move checked below says nothing of the rank's denominator
    pools: dict[str, list[Claim]] = {}
    for c in ctx.doc.claims:
        if c.frame:  # what the frame catalogue read, index by index: a PCI leader and the PAR lowest have no gap
            pools.setdefault("par" if c.index_kind in (None, "par") else c.index_kind, []).append(c)
    for kind, claims in pools.items():
        if kind != "measure":  # (a rate of records on time is no index: nothing to relate it to)
            _check_pool(ctx, claims, table_checked)


def _check_pool(ctx: AuditContext, claims: list[Claim], table_checked: set[int]) -> None:
    _value_changes(ctx, claims)
    _average_change_apart(ctx, claims)
    _member_counts(ctx, claims)
    _partitions(ctx, claims)
    _gaps(ctx, claims)
    _comparisons(ctx, claims)
    _count_changes(ctx, claims)
    _rose_fell(ctx, claims)
    _rank_moves(ctx, claims)
    _window_changes(ctx, claims)
    _denominators(ctx, claims, table_checked)
    _restated_totals(ctx, claims)
    _restated_band_counts(ctx, claims)
    _repeated(ctx, claims)


def _tolerance(*values: Decimal | None) -> Decimal:
    """One unit in the last printed place of the least precise figure: published changes are often
    worked out from unrounded values."""
    places = max([decimals_of(v) for v in values if v is not None] + [2])  # 84,50 is stored as 84.5
    return Decimal(1).scaleb(-places)


def _label(claim: Claim) -> str:
    return claim.subject if claim.subject and claim.kind in ("highest", "lowest", "comparison") else (
        claim.band or _bounds_label(claim) or claim.text[:60])


def _named(claim: Claim) -> tuple[str, str]:
    """What a finding is about, in Vietnamese and in English: the unit, the average, the class, or the printed
    words of the statement cut at a word (never a folded or half-word quote)."""
    if claim.subject and claim.kind in ("value", "delta", "highest", "lowest", "comparison", "rank", "rank_move"):
        vi = en = claim.subject
    elif claim.kind == "average":
        vi, en = "Giá trị trung bình", "The average"
    elif claim.band or claim.bounds:
        vi = en = claim.band or _bounds_label(claim) or ""
    else:
        text = " ".join(claim.text.split())
        vi = en = text if len(text) <= 70 else text[:70].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"
    if claim.year:
        return f"{vi} năm {claim.year}", f"{en} ({claim.year})"
    return vi, en


def _bounds_label(claim: Claim) -> str | None:
    if not claim.bounds:
        return None
    low, high = claim.bounds
    if low is not None and high is not None:
        return f"từ {fmt(low)}% đến dưới {fmt(high)}%"
    return f"từ {fmt(low)}% trở lên" if low is not None else f"dưới {fmt(high)}%"


def _earlier(claims: list[Claim], c: Claim) -> Claim | None:
    """The same figure stated for the earlier year elsewhere in the text ("Năm 2017, Chỉ số CCHC của Bộ Y tế
    là 84,07%" for "Năm 2018, Bộ Y tế đạt 86,46%, tăng 2,39% so với năm trước")."""
    year = c.previous_year or (c.year - 1 if c.year else None)
    if year is None:
        return None
    unit = c.kind in ("value", "highest", "lowest")  # a named unit is itself whatever scope its sentence spoke of
    # (an average's scope may be named in one statement and not the other: "trung bình năm 2019 là …" beside "…
    # của khối huyện năm 2020"; one figure of that year either way is the one compared with)
    same = [o for o in claims if o is not c and o.year == year and o.value is not None
            and (unit or o.scope == c.scope or None in (o.scope, c.scope))
            and (o.kind == c.kind or {o.kind, c.kind} <= {"value", "highest", "lowest"})
            and (o.subject == c.subject if unit else o.kind == c.kind)]
    return same[0] if len(same) == 1 else None


def _value_changes(ctx: AuditContext, claims: list[Claim]) -> None:
    """"đạt 86,37%, cao hơn 2,65% so với năm 2020 (83,72%)": the three figures must agree."""
    for c in claims:
        sources = [c]
        if c.kind in ("average", "highest", "lowest", "gap", "value") and c.change is not None \
                and c.previous_value is None and c.value is not None:
            then = _earlier(claims, c)
            if then is not None:  # the evidence names both statements: where last year's figure was read too
                sources = [c, then]
                c = c.model_copy(update={"previous_value": then.value, "previous_year": then.year})
        if c.kind not in ("average", "highest", "lowest", "gap", "value") or c.change is None or c.previous_value is None:
            continue
        value = dec(c.value)
        if value is None:
            continue
        stated, previous = dec(c.change), dec(c.previous_value)
        actual = value - previous  # type: ignore[operator]
        what, what_en = _named(c)
        if abs(actual - stated) <= _tolerance(value, previous, stated) / 2 or actual == stated:  # type: ignore[operator]
            ctx.passed("claim_delta", published=stated, expected=actual, unit=c.subject,
                       evidence=[x.evidence for x in sources], claims=sources, reason=f"{fmt(value)} − {fmt(previous)}")
        elif abs(actual - stated) <= _tolerance(value, previous, stated):  # type: ignore[operator]
            ctx.add("claim_delta", "info",
                    f"{what}: mức thay đổi {fmt(stated)} khác {fmt(value)} − {fmt(previous)} = {fmt(actual)} "
                    "trong phạm vi làm tròn.",
                    f"{what_en}: the change {stated} differs from {value} − {previous} = {actual} within rounding.",
                    published=stated, expected=actual, unit=c.subject, evidence=[x.evidence for x in sources],
                    claims=sources)
        else:
            ctx.add("claim_delta", "error",
                    f"{what}: văn bản nêu mức thay đổi {fmt(stated)} so với "
                    f"{f'năm {c.previous_year}' if c.previous_year else 'năm trước'} ({fmt(previous)}), nhưng "
                    f"{fmt(value)} − {fmt(previous)} = {fmt(actual)}.",
                    f"{what_en}: the text states a change of {stated} against {c.previous_year or 'the year before'} "
                    f"({previous}), but {value} − {previous} = {actual}.",
                    published=stated, expected=actual, unit=c.subject, evidence=[x.evidence for x in sources],
                    claims=sources)


# (the average also as "mặt bằng chung / điểm / chỉ số"; the change in any of the catalogue's words of a rise or a fall)
_AVERAGE_CHANGE_RE = re.compile(r"\b(?:binh quan|trung binh|mat bang)\b[^;.]{0,120}?\b(?:tang|giam|nhich|cai thien|sut|tut|di lui|"
                                r"nang len|keo xuong|ha xuong|kha hon|tot hon|kem di|xau di|di len|di xuong|tien bo|cao hon|"
                                r"thap hon|nhinh hon|kem hon)\b")


def _clause_of(c: Claim) -> str:
    """The claim's words up to the end of their clause in its evidence: a change's own text may stop inside its word
    ("… điểm trung bình khá hơ"), the clause does not."""
    text = c.text or ""
    line = c.evidence.text if c.evidence and c.evidence.text else ""
    at = line.find(text) if text else -1
    return re.split(r"[.;](?!\d)", line[at:], maxsplit=1)[0] if at >= 0 else text


def _average_change_apart(ctx: AuditContext, claims: list[Claim]) -> None:
    """"Năm 2021, Chỉ số bình quân là 81,07%; năm nay mức bình quân tăng 1,83 điểm phần trăm." with this year's
    average stated in another paragraph: a change of the average, no level beside it, in a document that states
    the average of exactly two consecutive years (one figure each) is the change between them."""
    averages: dict[int, set[Decimal]] = defaultdict(set)
    stated_of: dict[int, list[Claim]] = defaultdict(list)
    for a in claims:
        if a.kind == "average" and a.value is not None and a.year is not None and not a.field:
            averages[a.year].add(dec(a.value))  # type: ignore[arg-type]
            stated_of[a.year].append(a)
            if a.previous_value is not None and a.previous_year is not None:
                # "bình quân năm 2023 là 84,62%, năm 2022 là 83,30%": last year's average, read with this year's
                averages[a.previous_year].add(dec(a.previous_value))  # type: ignore[arg-type]
                stated_of[a.previous_year].append(a)
    years = sorted(averages)
    if len(years) != 2 or years[1] - years[0] != 1 or any(len(averages[y]) != 1 for y in years):
        return
    now, then = next(iter(averages[years[1]])), next(iter(averages[years[0]]))
    for c in claims:
        if c.kind != "delta" or c.change is None or c.subject or c.previous_value is not None or id(c) in ctx.covered \
                or not _AVERAGE_CHANGE_RE.search(fold(_clause_of(c))):
            continue
        stated, actual = dec(c.change), now - then  # type: ignore[operator]
        sources = list({id(x): x for x in (c, stated_of[years[1]][0], stated_of[years[0]][0])}.values())
        label = f"{fmt(now)} − {fmt(then)}"
        if abs(actual - stated) <= _tolerance(now, then, stated) / 2:  # type: ignore[operator]
            ctx.passed("claim_delta", published=stated, expected=actual, unit="trung bình",
                       evidence=[x.evidence for x in sources], claims=sources, reason=label)
        elif abs(actual - stated) > _tolerance(now, then, stated):  # type: ignore[operator]
            ctx.add("claim_delta", "error",
                    f"Văn bản nêu giá trị trung bình thay đổi {fmt(stated)}, nhưng trung bình năm {years[1]} và năm "
                    f"{years[0]} nêu trong văn bản cho {label} = {fmt(actual)}.",
                    f"The text states the average changed by {stated}, but the averages it states for {years[1]} and "
                    f"{years[0]} give {label} = {actual}.",
                    published=stated, expected=actual, unit="trung bình", evidence=[x.evidence for x in sources],
                    claims=sources)


def _member_counts(ctx: AuditContext, claims: list[Claim]) -> None:
    """A count and the list it introduces ("có 4 bộ là: GD-ĐT, Y tế; Ngoại giao, KH-CN").

    Names hold commas and "và" ("Bộ Văn hóa, Thể thao và Du lịch"), so the list is counted three ways
    (as the registry splits it, at every comma and semicolon, and at "và" too); the count holds when one of
    them gives it, and a mismatch is an error only when every item of the registry's split is a known unit."""
    for c in claims:
        if not c.members or c.value is None:
            continue
        stated, listed = dec(c.value), len(c.members)
        joined = "; ".join(c.members)
        clean = all(_is_unit_name(m) for m in c.members)
        # when every item is a known unit the registry's split is the reading; otherwise any plausible one
        readings = {listed} if clean else {listed, len(re.split(r"\s*[,;]\s*", joined)),
                                           len(re.split(r"\s*[,;]\s*|\s+và\s+", joined)), len(_HEAD_SPLIT_RE.split(joined))}
        if stated in readings:
            ctx.passed("claim_count", published=stated, expected=stated, unit=_label(c), evidence=[c.evidence],
                       claims=[c], reason="số đơn vị được liệt kê")
            continue
        if listed < stated and re.search(PARTIAL_LIST_CUE, fold(c.text)):
            # "có 6 địa phương, trong đó có A, B": the list may name only some of them (never more)
            ctx.record("claim_count", "unverifiable", published=stated, expected=Decimal(listed), unit=_label(c),
                       evidence=[c.evidence], claims=[c], reason="partial_list")
            continue
        cause = next((f for f in ctx.findings if f.check == "claim_members" and f.severity == "error"
                      and f.evidence and f.evidence[0] == c.evidence), None)
        if cause is not None:  # the list names a unit of another group: that error is the cause, not a second fault
            ctx.add("claim_count", "info",
                    f"'{_label(c)}': văn bản nêu {fmt(stated, 0)} đơn vị nhưng liệt kê {listed}, do {cause.unit} "
                    "không thuộc nhóm (xem lỗi danh sách).",
                    f"'{_label(c)}': states {stated} units but lists {listed}, because {cause.unit} is not in the "
                    "group (see the list error).",
                    published=stated, expected=listed, unit=_label(c), evidence=[c.evidence], claims=[c],
                    status="fail", reason=f"do {cause.unit}")
            continue
        ctx.add("claim_count", "error" if clean else "warning",
                f"'{_label(c)}': văn bản nêu {fmt(stated, 0)} đơn vị nhưng liệt kê {listed}: {joined}."
                + ("" if clean else " Có tên trong danh sách không nhận ra được, có thể do tách danh sách sai."),
                f"'{_label(c)}': the text states {stated} units but lists {listed}: {joined}."
                + ("" if clean else " Some listed names were not recognised; the list may be split wrongly."),
                published=stated, expected=listed, unit=_label(c), evidence=[c.evidence], claims=[c],
                ocr_doubt=not clean, reason=None if clean else "ambiguous_list")


# a list item starts with a unit word ("Sở …", "UBND huyện …"): split only there, so names that hold commas
# and "và" ("Sở Văn hóa, Thể thao và Du lịch") stay whole
_HEAD_SPLIT_RE = re.compile(r"\s*;\s*|(?:,|\s+và)\s+(?=(?:Sở|Bộ|UBND|Ủy ban|Uỷ ban|Ban|Văn phòng|Thanh tra|Ngân hàng|huyện|"
                            r"quận|thị xã|thành phố|Huyện|Quận|Thị xã|Thành phố|tỉnh|Tỉnh)\b)")


def _is_unit_name(name: str) -> bool:
    """Did the registry recognise this list item (its canonical form starts with a unit word)?"""
    key = fold(name)
    heads = ("bo ", "so ", "ban ", "ngan hang", "thanh tra", "van phong", "uy ban", "ubnd ", "huyen ", "quan ", "thi xa ",
             "thanh pho ", "tinh ")
    if key.startswith(heads):
        return True
    from parscan.registries import unit_registry

    return any(fold(p.name) == key for p in unit_registry().provinces)


def _count_of(c: Claim) -> Decimal | None:
    if c.value is not None:
        return dec(c.value)
    if c.members and all(_is_unit_name(m) for m in c.members):
        return Decimal(len(c.members))
    return None


def _band_key(c: Claim) -> str | None:
    if c.band:
        return fold(c.band)
    if c.bounds:
        return f"{c.bounds[0]}-{c.bounds[1]}"
    return None


def _family(c: Claim) -> str:
    key = fold(c.band or "")
    if key.startswith("nhom thu"):
        return "ordinals"
    if key.startswith("nhom"):
        return "letters"
    return "classes" if key else "bounds"


def _groups(claims: list[Claim]) -> dict[tuple, dict[str, Claim]]:
    """Band counts by (year, scope, family of labels): one claim per band.  A band stated twice with two
    different counts makes its group undecidable (it is left out); a count stated by bounds only that matches
    a labelled band's bounds is that band."""
    out: dict[tuple, dict[str, Claim]] = defaultdict(dict)
    conflicts: set[tuple] = set()
    labelled_bounds = {(c.year, c.scope, c.bounds) for c in claims if c.band and c.bounds}
    for c in claims:
        if c.kind not in ("count", "members") or c.frame in ("rose", "fell", "window_change") or _count_of(c) is None:
            continue
        if not c.band and not c.bounds:
            continue
        if not c.band and (c.year, c.scope, c.bounds) in labelled_bounds:
            continue
        if c.bounds and c.bounds[0] is not None and c.bounds[1] is None and not c.band and c.frame == "band_count" \
                and not c.members and _is_threshold(c, claims):
            continue  # "62 địa phương đạt trên 80%": a sum over groups, checked by `_thresholds`
        group = (c.year, c.scope, _family(c))
        key = _band_key(c)
        first = out[group].setdefault(key, c)  # type: ignore[arg-type]
        if first is not c and _count_of(first) != _count_of(c):
            conflicts.add(group)
    return {k: v for k, v in out.items() if k not in conflicts}


_NEAR_LINES = 20  # statements that depend on each other are made within a paragraph or two


def _line_of(c: Claim) -> tuple[int, int]:
    return (c.evidence.page, c.evidence.line_start or 0) if c.evidence else (0, 0)


def _near(a: Claim, bands: list[Claim]) -> bool:
    """Is `a` stated close to the bands (same page, or the next), within a few paragraphs?"""
    pa, la = _line_of(a)
    for b in bands:
        pb, lb = _line_of(b)
        if pa == pb and abs(la - lb) <= _NEAR_LINES or abs(pa - pb) == 1 and min(la, lb) <= _NEAR_LINES:
            return True
    return False


def _is_threshold(c: Claim, claims: list[Claim]) -> bool:
    """A count above a bound that other bands of the same units split further, or that holds a narrower count
    above a higher bound ("58 tỉnh trên 80%, trong đó 3 tỉnh trên 90%")."""
    low = c.bounds[0] if c.bounds else None
    return any(o is not c and o.year == c.year and o.scope == c.scope and o.bounds and o.bounds[0] is not None
               and low is not None and o.bounds[0] >= low
               and (o.band or o.bounds[1] is not None or o.bounds[0] > low) for o in claims)


def _overlapping(bands: dict[str, Claim]) -> bool:
    """Do two bands' printed ranges overlap?  Then they are no partition of the units ("trên 80%" and "trên 90%"
    both counted), and their counts are not summed."""
    ranges = sorted((b.bounds[0] if b.bounds[0] is not None else float("-inf"),
                     b.bounds[1] if b.bounds[1] is not None else float("inf")) for b in bands.values() if b.bounds)
    return any(nxt[0] < prev[1] for prev, nxt in zip(ranges, ranges[1:]))


def _totals(claims: list[Claim], year: int | None, scope: str | None,
            bands: dict[str, Claim]) -> list[tuple[Decimal, str, Claim | None]]:
    """What the document says the number of units is: a stated total (of the same units, or "loose": of units
    it does not name, "26 cơ quan, đơn vị"), a ratio's denominator, or the number of provinces in that year (a
    fact of the country, not of the document)."""
    out: list[tuple[Decimal, str, Claim | None]] = []
    near = list(bands.values())
    for c in [*bands.values(), *(c for c in claims if c.kind == "ratio" and c.year == year and c.scope == scope
                                  and _near(c, near))]:
        if c.denominator is not None:
            out.append((dec(c.denominator), "denominator", c))  # type: ignore[arg-type]
    for c in claims:
        if c.year != year or c.kind != "total" or c.unit != "đơn vị" or c.value is None:
            continue
        if not _near(c, near):
            if c.scope == scope and scope is not None:  # the same units' total stated elsewhere: it may confirm
                out.append((dec(c.value), "loose", c))  # type: ignore[arg-type]
            continue
        if c.scope == scope:
            out.append((dec(c.value), "stated", c))  # type: ignore[arg-type]
        elif c.scope is None or scope is None:  # "26 cơ quan, đơn vị" beside "15 đơn vị xếp loại Tốt" of the sở
            out.append((dec(c.value), "loose", c))  # type: ignore[arg-type]
    if scope == "provinces" and year is not None and all(source == "loose" for _, source, _ in out):
        from parscan.registries.national import national_scope_size

        size = national_scope_size("provinces", year)
        if size:
            out.append((Decimal(size), "national", None))
    return out


def _complete(claims: list[Claim], bands: dict[str, Claim], year: int | None) -> bool:
    """Do the bands found cover every unit?  Yes when their number is the number of groups the text
    announces, when they are the four classes, or when their bounds leave no gap from the top down to
    the bottom (or down to a bound below which the text says there is no unit)."""
    first = min((b.evidence.page, b.evidence.line_start or 0) for b in bands.values() if b.evidence) \
        if any(b.evidence for b in bands.values()) else None
    stated_groups = [c for c in claims if c.frame == "group_count" and c.year == year and c.value and c.evidence
                     and first and c.evidence.page == first[0] and 0 <= first[1] - (c.evidence.line_start or 0) <= 6]
    if stated_groups and len(bands) == int(stated_groups[-1].value):  # type: ignore[arg-type]
        return True
    keys = {fold(c.band) for c in bands.values() if c.band}
    if _CLASS_SET <= keys:
        return True
    bounded = sorted((c.bounds for c in bands.values() if c.bounds), key=lambda b: -(b[0] if b[0] is not None else -1))
    if not bounded or bounded[0][1] is not None:
        return False
    for upper, lower in zip(bounded, bounded[1:]):
        if upper[0] is None or lower[1] != upper[0]:
            return False
    return bounded[-1][0] is None


def _rest_empty(claims: list[Claim], bands: dict[str, Claim], year: int | None) -> bool:
    """Are the groups the text leaves unsaid empty?  So when, on every usual grading the groups can follow,
    each unsaid group lies wholly below the lowest score the text states or above the highest ("nhóm A 2,
    nhóm B 13, nhóm C 3" with the lowest at 77,61 %: nobody is in nhóm D, under 70 %)."""
    scopes = {b.scope for b in bands.values()}
    if len(scopes) != 1:
        return False
    scope = scopes.pop()
    fits = _fitting_ladders(bands, scope)
    lowest, highest = _extreme(claims, "lowest", year, scope), _extreme(claims, "highest", year, scope)
    low = lowest.value if lowest is not None else None
    high = highest.value if highest is not None else None

    def empty(lo: float | None, hi: float | None) -> bool:
        return (hi is not None and low is not None and low >= hi) or (lo is not None and high is not None and high < lo)

    return bool(fits) and all(empty(*ladder[g]) for ladder in fits for g in ladder if g not in {_grade(b) for b in bands.values()})


def _partitions(ctx: AuditContext, claims: list[Claim]) -> None:
    """Counts per group add up to the number of units ("nhóm A 2, nhóm B 56, nhóm C 5" of 63 provinces)."""
    for (year, scope, _), bands in _groups(claims).items():
        if len(bands) < 2 or _overlapping(bands):
            continue
        summed = sum((_count_of(c) for c in bands.values()), Decimal(0))  # type: ignore[misc]
        parts = " + ".join(fmt(_count_of(c), 0) for c in bands.values())
        members = list(bands.values())
        complete = _complete(claims, bands, year)
        # groups left unsaid that lie beyond the stated lowest or highest are empty: then the groups are all of them
        inferred = not complete and _rest_empty(claims, bands, year)
        complete = complete or inferred
        why_vi = " (các nhóm không được nêu không có đơn vị nào: theo cách phân nhóm thông thường, chúng nằm ngoài " \
                 "điểm cao nhất và thấp nhất văn bản nêu)" if inferred else ""
        why_en = " (the groups left unsaid are empty: on the usual grouping they lie beyond the stated highest and " \
                 "lowest)" if inferred else ""
        totals = _totals(claims, year, scope, bands)
        _thresholds(ctx, claims, bands, year, scope)
        _group_count(ctx, claims, bands, year)
        largest = max(_count_of(c) for c in bands.values())  # type: ignore[type-var]
        # a "total" smaller than one of its groups is a total of something else
        first_of: dict[Decimal, tuple[Decimal, str, Claim | None]] = {}
        for t in sorted(totals, key=lambda t: t[1] == "loose"):  # a total of the same units before a loose one
            first_of.setdefault(t[0], t)
        distinct = [t for t in first_of.values() if t[0] >= largest and t[0] >= len(bands)]
        for total, source, claim in distinct[:1] if not complete else distinct:
            same = [c for v, _, c in totals if v == total and c is not None and c is not claim]  # restatements
            evidence = [c.evidence for c in members] + ([claim.evidence] if claim else []) + [c.evidence for c in same]
            cited = members + same
            where = f"{_SCOPE_VI[scope]} năm {year}" if year else _SCOPE_VI[scope]
            src_vi = {"stated": "văn bản nêu", "loose": "văn bản nêu", "denominator": "văn bản nêu",
                      "national": "cả nước có"}[source]
            if summed == total:
                ctx.passed("claim_sum", published=total, expected=summed, unit=where, evidence=evidence,
                           claims=cited + ([claim] if claim else []), reason=parts)
            elif source == "loose":  # a total that may count other units as well: it confirms, never accuses
                ctx.record("claim_sum", "unverifiable", published=summed, expected=total, unit=where,
                           evidence=evidence, claims=cited, reason="partial")
            elif _weak(claim) and not same:
                ctx.record("claim_sum", "unverifiable", published=summed, expected=total, unit=where,
                           evidence=evidence, claims=cited, reason="doubtful")  # a total read by its role only
            elif any(_count_of(c) == total for c in bands.values()):
                # one group said to hold every unit while another holds some: the whole read as a group's count
                # (a reading to doubt before it accuses), not two statements that contradict each other
                ctx.record("claim_sum", "unverifiable", published=summed, expected=total, unit=where,
                           evidence=evidence, claims=cited, reason="doubtful")
            elif complete or (summed > total and _one_statement(members)):
                # more units in the groups than there are: wrong whatever groups may be missing (when the groups
                # are one statement, so no count of another year or section was taken for one of them)
                ctx.add("claim_sum", "error",
                        f"Số {where} theo từng nhóm cộng lại {parts} = {fmt(summed, 0)}, nhưng {src_vi} "
                        f"{fmt(total, 0)}{why_vi if summed < total else ''}.",
                        f"The {_SCOPE_EN[scope]} per group add up to {parts} = {summed}, but the total is {total}"
                        f" ({'stated' if source != 'national' else 'the number of provinces that year'})"
                        f"{why_en if summed < total else ''}.",
                        published=summed, expected=total, unit=where, evidence=evidence,
                        claims=cited + ([claim] if claim else []))
            elif claim is not None and summed < total and _one_statement(members + [claim]):
                # "Trong 63 tỉnh, thành phố, có 4 … nhóm A, 49 … nhóm B và 8 … nhóm C": the statement splits the
                # total it names, yet leaves units out; another group may hold them, so a warning, not an error
                ctx.add("claim_sum", "warning",
                        f"Số {where} theo từng nhóm cộng lại {parts} = {fmt(summed, 0)}, ít hơn {fmt(total, 0)} "
                        f"mà chính câu đó nêu: {fmt(total - summed, 0)} đơn vị không thuộc nhóm nào được nêu.",
                        f"The {_SCOPE_EN[scope]} per group add up to {parts} = {int(summed)}, fewer than the "
                        f"{int(total)} the same sentence states: {int(total - summed)} are in no group it names.",
                        published=summed, expected=total, unit=where, evidence=evidence, claims=cited + [claim])
            else:
                ctx.record("claim_sum", "unverifiable", published=summed, expected=total, unit=where,
                           evidence=evidence, claims=cited, reason="partial")


def _weak(claim: Claim | None) -> bool:
    """A total read from the words around it (`claim_roles`, `claim_windows`) rather than a frame: it confirms
    what agrees with it, and accuses only where another statement gives the same total."""
    if claim is not None and claim.frame == "window_total" and claim.parts and claim.value is not None \
            and sum(claim.parts) == claim.value:
        return False  # a whole its stated parts add up to ("58 tỉnh và 5 thành phố … (cộng 63)") is corroborated
    return claim is not None and bool(claim.frame) and claim.frame.startswith(("role_", "window_"))


def _one_statement(bands: list[Claim]) -> bool:
    """One sentence, or one list of items a line each right below one another ("- 3 địa phương: nhóm A;" /
    "- 51 địa phương: nhóm B;" / …): no count of another year or section among them."""
    lines = {(b.evidence.page, b.evidence.line_start) for b in bands if b.evidence}
    if len(lines) > 1 and len(lines) == len(bands) and all(b.evidence and b.evidence.line_end == b.evidence.line_start
                                                            for b in bands):
        pages, numbers = {p for p, _ in lines}, sorted(n for _, n in lines if n is not None)
        return len(pages) == 1 and len(numbers) == len(lines) and numbers[-1] - numbers[0] == len(numbers) - 1 \
            and _ITEM_LINES_RE.match(bands[0].evidence.text or "") is not None  # type: ignore[union-attr]
    return len(lines) == 1 and len(bands) >= 2


_ITEM_LINES_RE = re.compile(r"\s*(?:[-+•–*]|\d{1,2}[.)]|[a-zđ]\))\s")  # each group's line a bullet


def _group_count(ctx: AuditContext, claims: list[Claim], bands: dict[str, Claim], year: int | None) -> None:
    """"được phân theo 3 nhóm" and the groups the text then describes."""
    for c in claims:
        if c.frame == "group_count" and c.year == year and c.value is not None and id(c) not in ctx.covered \
                and len(bands) == int(c.value):
            ctx.passed("claim_count", published=c.value, expected=len(bands), unit="nhóm", evidence=[c.evidence],
                       claims=[c], reason=", ".join(_label(b) for b in bands.values()))


_SHARE_RE = re.compile(r"\b(?:chiem|tuong duong|tuong ung|bang)\s*(?:khoang |gan |hon |tren |xap xi )?[\d.,]+\s*%")


def _thresholds(ctx: AuditContext, claims: list[Claim], bands: dict[str, Claim], year: int | None,
                scope: str | None) -> None:
    """"62 địa phương đạt trên 80%" against the groups whose bounds lie above 80 %."""
    for c in claims:
        if c.year != year or c.scope != scope or c.band or not c.bounds or c.bounds[1] is not None \
                or c.bounds[0] is None or c.value is None or any(c is b for b in bands.values()):
            continue
        conditions = _SHARE_RE.sub("", fold(c.text)).count("%")  # "…, chiếm 87,3%": a share, not a condition
        named = _NAMED_GROUPS_RE.search(fold(c.text))
        if named and conditions <= 1:  # "… từ 80% trở lên: 56 địa phương, gồm các địa phương thuộc nhóm A và nhóm B"
            _threshold_of_named_groups(ctx, c, bands, named.group(1, 2))
            continue
        if re.search(r"\bnhom (?:[a-d]|thu|\d)\b", fold(c.text)) or conditions > 1 or not _near(c, list(bands.values())):
            continue  # a group of its own ("Nhóm ... trên 90%"), or a compound condition: not a sum of groups
        low = c.bounds[0]
        above = sorted((b for b in bands.values() if b.bounds and b.bounds[0] is not None and b.bounds[0] >= low),
                       key=lambda b: -b.bounds[0])  # type: ignore[index]
        tiled = bool(above) and above[-1].bounds[0] == low and all(  # type: ignore[index]
            a.bounds[0] == b.bounds[1] for a, b in zip(above, above[1:]))  # type: ignore[index]
        # the top group is open ("từ 90% trở lên"), or the groups stated hold every unit the text counts ("Tốt
        # (85–95%): 14; Khá (75–85%): 13" of 27 units): none lies above the top one
        covered = tiled and (above[0].bounds[1] is None or _all_counted(claims, bands, year, scope))  # type: ignore[index]
        if not covered:
            if not _threshold_by_ladder(ctx, c, claims, bands, year, scope) \
                    and not _threshold_by_lowest(ctx, c, claims, bands, year, scope):
                _threshold_by_rank_of_groups(ctx, c, bands)
            continue
        _threshold_sum(ctx, c, above, " + ".join(fmt(_count_of(b), 0) for b in above),
                       ("", "các nhóm trong khoảng đó cộng lại "), ("", "the groups in that range add up to "))


# the groups a count above a threshold is said to be made of: "…, thuộc nhóm A và nhóm B"
_NAMED_GROUPS_RE = re.compile(r"\d[^.;]{0,60}?\b(?:thuoc|gom|bao gom)\b[^.;]{0,40}?\bnhom ([a-d])\s*(?:va|,)\s*(?:thuoc\s*)?"
                              r"(?:nhom\s*)?([a-d])\b(?!\s*(?:,|va)\s*(?:nhom\s*)?[a-d]\b)")


def _threshold_of_named_groups(ctx: AuditContext, c: Claim, bands: dict[str, Claim], letters: tuple[str, str]) -> None:
    """A count above a threshold the text itself says is two groups' units: it must be their sum."""
    named = [b for b in bands.values() if b.band and fold(b.band).removeprefix("nhom ").strip() in letters]
    if len(named) != 2 or len({fold(b.band or "") for b in named}) != 2:
        return
    _threshold_sum(ctx, c, named, " + ".join(f"{b.band} {fmt(_count_of(b), 0)}" for b in named),
                   (f", gồm {' và '.join(b.band or '' for b in named)}", ""),
                   (f", made of {' and '.join(b.band or '' for b in named)}", ""))


def _threshold_sum(ctx: AuditContext, c: Claim, groups: list[Claim], parts: str, vi: tuple[str, str],
                   en: tuple[str, str]) -> None:
    """A count above a threshold against the sum of the groups it is made of; `vi` and `en` are what the message
    says the count is made of and how the sum is named."""
    summed = sum((_count_of(b) for b in groups), Decimal(0))  # type: ignore[misc]
    stated = dec(c.value)
    evidence = [c.evidence] + [b.evidence for b in groups]
    if stated == summed:
        ctx.passed("claim_count", published=stated, expected=summed, unit=_bounds_label(c), evidence=evidence,
                   claims=[c, *groups], reason=parts)
    else:
        ctx.add("claim_count", "error",
                f"Văn bản nêu {fmt(stated, 0)} đơn vị đạt {_bounds_label(c)}{vi[0]}, nhưng {vi[1]}{parts} = {fmt(summed, 0)}.",
                f"The text states {stated} units at {fmt(c.bounds[0])} % or above{en[0]}, but {en[1]}{parts} = "  # type: ignore[index]
                f"{summed}.",
                published=stated, expected=summed, unit=_bounds_label(c), evidence=evidence, claims=[c, *groups])


@lru_cache(maxsize=1)
def _ladders() -> dict[str, list[dict[str, tuple[float | None, float | None]]]]:
    """The usual gradings by family of group names (data/band_conventions.yaml), keyed by folded name."""
    with resources.files("parscan.scoring").joinpath("data", "band_conventions.yaml").open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return {family: [{fold(name): (lo, hi) for name, (lo, hi) in ladder.items()} for ladder in ladders]
            for family, ladders in data.items()}


def _ladder(bands: dict[str, Claim], low: float, scope: str | None) -> dict[str, tuple[float | None, float | None]] | None:
    """The one usual grading the groups follow, when the document prints no range for some of them: the
    threshold must be a step of exactly one ladder they fit."""
    if not any(not b.bounds for b in bands.values()):
        return None
    fits = [ladder for ladder in _fitting_ladders(bands, scope) if any(lo == low for lo, _ in ladder.values())]
    return fits[0] if len(fits) == 1 else None


def _fitting_ladders(bands: dict[str, Claim], scope: str | None) -> list[dict[str, tuple[float | None, float | None]]]:
    """The usual gradings of the groups' family that every group fits (its name on the ladder, its printed range,
    if any, the ladder's).  Letters (nhóm A-D) are the Ministry's grouping of provinces and ministries only (a
    province may call its classes nhóm A, B, C on its own ladder)."""
    family = {_family(b) for b in bands.values()}
    if len(family) != 1:
        return []
    family_name = family.pop()
    if family_name == "letters" and scope not in ("provinces", "ministries"):
        return []
    return [ladder for ladder in _ladders().get(family_name, [])
            if all(_grade(b) in ladder and (not b.bounds or tuple(b.bounds) == ladder[_grade(b)]) for b in bands.values())]


def _grade(b: Claim) -> str:
    return fold(b.band or "").removeprefix("loai ").strip()


def _threshold_by_ladder(ctx: AuditContext, c: Claim, claims: list[Claim], bands: dict[str, Claim],
                         year: int | None, scope: str | None) -> bool:
    """"55 địa phương đạt trên 80%" beside nhóm A 3, nhóm B 50, nhóm C 10 printed without ranges: on the one
    usual grading the threshold is a step of, the groups from 80 % up are A and B.  Every group of that range
    must be stated, or the groups stated must hold every unit the text counts (the others are then empty)."""
    ladder = _ladder(bands, c.bounds[0], scope)  # type: ignore[index]
    if ladder is None:
        return False
    by_grade = {_grade(b): b for b in bands.values()}
    wanted = [g for g, (lo, _) in ladder.items() if lo is not None and lo >= c.bounds[0]]  # type: ignore[index]
    above = [by_grade[g] for g in wanted if g in by_grade]
    if not above or (len(above) < len(wanted) and not _all_counted(claims, bands, year, scope)):
        return False
    steps = ", ".join(f"{b.band} từ {fmt(ladder[_grade(b)][0])}%" for b in above)
    _threshold_sum(ctx, c, above, " + ".join(f"{b.band} {fmt(_count_of(b), 0)}" for b in above),
                   (f" (theo cách phân nhóm thông thường: {steps})", ""),
                   (f" (on the usual grading: {steps})", ""))
    return True


def _threshold_by_lowest(ctx: AuditContext, c: Claim, claims: list[Claim], bands: dict[str, Claim], year: int | None,
                         scope: str | None) -> bool:
    """"30 đơn vị vượt ngưỡng 80 điểm" where the lowest stated is 81,41 of 30 units: every unit lies above the
    threshold, so the count is the number of units.  Decided only when the lowest lies strictly above it (at the
    threshold, "trên" and "từ … trở lên" would disagree) and the text states the number of units."""
    lowest = _extreme(claims, "lowest", year, scope)
    stated_totals = [t for t, source, _ in _totals(claims, year, scope, bands) if source in ("stated", "denominator")]
    if lowest is None or lowest.value is None or not lowest.value > c.bounds[0] or len(set(stated_totals)) != 1:  # type: ignore[index]
        return False
    total, stated = stated_totals[0], dec(c.value)
    evidence = [c.evidence, lowest.evidence]
    if stated == total:
        ctx.passed("claim_count", published=stated, expected=total, unit=_bounds_label(c), evidence=evidence,
                   claims=[c, lowest], reason=f"thấp nhất {fmt(dec(lowest.value))}")
    else:
        ctx.add("claim_count", "error",
                f"Văn bản nêu {fmt(stated, 0)} đơn vị đạt {_bounds_label(c)}, nhưng đơn vị thấp nhất cũng đạt "
                f"{fmt(dec(lowest.value))}, nên cả {fmt(total, 0)} đơn vị đều đạt.",
                f"The text states {stated} units at {fmt(c.bounds[0])} or above, but the lowest unit scores "  # type: ignore[index]
                f"{lowest.value}, so all {total} units do.",
                published=stated, expected=total, unit=_bounds_label(c), evidence=evidence, claims=[c, lowest])
    return True


def _all_counted(claims: list[Claim], bands: dict[str, Claim], year: int | None, scope: str | None) -> bool:
    """Do the groups' counts add up to the number of units the text itself states (not one it may leave
    some units out of)?"""
    summed = sum((_count_of(b) for b in bands.values()), Decimal(0))  # type: ignore[misc]
    return any(total == summed for total, source, _ in _totals(claims, year, scope, bands) if source in ("stated", "denominator"))


def _threshold_by_rank_of_groups(ctx: AuditContext, c: Claim, bands: dict[str, Claim]) -> None:
    """Groups named by letter and printed without bounds are ranked A (best), B, C, and classes Xuất sắc, Tốt,
    Khá, Trung bình, Yếu: a count above a threshold that equals the first groups' sum ("14 bộ đạt trên 80%" with
    nhóm A 3, nhóm B 11; "24 đơn vị từ 80 điểm" with Xuất sắc 5, Tốt 19) agrees with them.  Which groups lie
    above the threshold is not printed, so another sum proves nothing: it is left unverifiable."""
    ranked = [b for b in bands.values() if b.band and not b.bounds and _group_rank(b.band) is not None]
    letters = sorted(ranked, key=lambda b: _group_rank(b.band))  # type: ignore[arg-type, return-value]
    if len(letters) < 2 or len(letters) != len(bands) or (
            letters[0].band.startswith("Nhóm") and letters[0].band != "Nhóm A"):  # type: ignore[union-attr]
        return
    stated, running = dec(c.value), Decimal(0)
    for k, b in enumerate(letters[:-1]):
        running += _count_of(b)  # type: ignore[operator]
        if running == stated:
            first = letters[: k + 1]
            ctx.passed("claim_count", published=stated, expected=running, unit=_bounds_label(c),
                       evidence=[c.evidence] + [x.evidence for x in first], claims=[c, *first],
                       reason=" + ".join(f"{x.band} {fmt(_count_of(x), 0)}" for x in first))
            return


_CLASS_ORDER = ("xuat sac", "tot", "kha", "trung binh", "yeu", "kem")


def _group_rank(band: str) -> int | None:
    """The place of a group in the order best first: Nhóm A, B, C, D; Xuất sắc, Tốt, Khá, Trung bình, Yếu."""
    if re.fullmatch(r"Nhóm [A-D]", band):
        return "ABCD".index(band[-1])
    key = fold(band).removeprefix("loai ").strip()
    return _CLASS_ORDER.index(key) if key in _CLASS_ORDER else None


def _extreme(claims: list[Claim], kind: str, year: int | None, scope: str | None) -> Claim | None:
    found = [c for c in claims if c.kind == kind and c.value is not None and c.year == year and c.scope == scope]
    return found[0] if len(found) == 1 else None


def _extremes_of(claims: list[Claim], gap: Claim) -> tuple[Claim | None, Claim | None]:
    """The highest and the lowest a gap lies between: those of its own year and units, else, where the sentence's
    year or units were read loosely ("Năm 2018, nhóm C có … . Đầu bảng và cuối bảng chênh nhau 15,23%"; "Theo UBND
    tỉnh …, khoảng cách …"), the one highest and the one lowest the document states, of the same units."""
    high, low = _extreme(claims, "highest", gap.year, gap.scope), _extreme(claims, "lowest", gap.year, gap.scope)
    if high is not None and low is not None:
        return high, low
    highs = {(c.subject, c.value, c.year, c.scope): c for c in claims if c.kind == "highest" and c.value is not None}
    lows = {(c.subject, c.value, c.year, c.scope): c for c in claims if c.kind == "lowest" and c.value is not None}
    if len(highs) == 1 and len(lows) == 1:
        (h,), (lo,) = highs.values(), lows.values()
        # (a province's two groups, sở and huyện, are one ranking: a scope carried over from a sentence about one
        # group does not make the document's one highest and one lowest of different units)
        same_units = h.scope == lo.scope or {h.scope, lo.scope} <= {None, "departments", "districts"}
        if same_units and (h.year == lo.year or None in (h.year, lo.year) or gap.year in (h.year, lo.year)):
            return h, lo
    return high, low


def _stated_before(claims: list[Claim], c: Claim, value: Decimal) -> Claim:
    """The unit's level a difference was read beside, where one of the three lines before it states that value
    ("- Sở Y tế: 90,15%;" above "- Chênh lệch: 9,78%"); else the difference itself, which printed both."""
    line = _line_of(c)
    near = [o for o in claims if o.kind == "value" and o.value is not None and dec(o.value) == value and o.evidence
            and _line_of(o)[0] == line[0] and 0 < line[1] - _line_of(o)[1] <= 3]
    return near[-1] if len(near) == 1 else c


def _gaps(ctx: AuditContext, claims: list[Claim]) -> None:
    """A stated gap against the stated highest and lowest of the same units."""
    for c in claims:
        if c.kind != "gap" or c.value is None:
            continue
        if c.other:  # "khoảng cách giữa Bộ Tài chính và Bộ Công Thương là 13,39": their own stated values
            a, b = _value_of(claims, c.subject, c.year), _value_of(claims, c.other, c.year)
            if a is not None and b is not None:
                hi, lo = (a, b) if a.value >= b.value else (b, a)  # type: ignore[operator]
                _difference(ctx, c, "claim_gap", dec(hi.value), dec(lo.value), hi, lo,  # type: ignore[arg-type]
                            also=_restated(claims, hi, lo))
            elif len(c.between) == 2:  # "… là 7,94 điểm, với điểm số tương ứng 87,14 và 79,20": the two levels it printed
                hi_v, lo_v = sorted((dec(v) for v in c.between), reverse=True)
                _difference(ctx, c, "claim_gap", hi_v, lo_v, c, c)
            continue
        high, low = _extremes_of(claims, c)
        if c.between:  # "Bắc Giang năm nay: 84,97%; năm trước: 81,63%; chênh lệch 3,34%": the figures just stated
            hi, lo = sorted((dec(v) for v in c.between), reverse=True)[:2] if len(c.between) == 2 else (None, None)
            if high is not None and low is not None and dec(c.value) == dec(high.value) - dec(low.value) \
                    and (hi is None or abs(hi - lo - dec(c.value)) > _tolerance(hi, lo)):  # type: ignore[operator]
                # the figures beside it do not give it, the extremes stated elsewhere do: the gap is theirs
                _difference(ctx, c, "claim_gap", dec(high.value), dec(low.value), high, low)  # type: ignore[arg-type]
            elif hi is not None:  # the levels' own statements, where the lines just before print them
                # (and the highest and the lowest stated elsewhere with those very levels)
                extremes = [x for x in (high, low) if x is not None and dec(x.value) in (hi, lo)]
                _difference(ctx, c, "claim_gap", hi, lo, _stated_before(claims, c, hi), _stated_before(claims, c, lo),  # type: ignore[arg-type]
                            also=extremes)
            else:  # more figures, or one beside the extremes: which two it separates is not said
                ctx.record("claim_gap", "unverifiable", published=dec(c.value), expected=None, unit=None,
                           evidence=[c.evidence], claims=[c], reason="ambiguous")
            continue
        # "… chênh lệch giữa hai tỉnh (này) là …" beside the highest and the lowest: the gap between them
        named_back = re.search(r"\bhai (?:dia phuong|don vi|tinh|bo|so|huyen|co quan)\b", fold(c.text)) and \
            high is not None and low is not None and _same_line(high, c) and _same_line(low, c)
        if not is_extremes_gap(c) and not named_back:
            pair = [o for o in claims if o.kind == "value" and o.value is not None and o.evidence and c.evidence
                    and o.evidence.page == c.evidence.page and o.evidence.line_start == c.evidence.line_start]
            if len(pair) == 2 and re.search(r"\bhai (?:dia phuong|don vi|tinh|bo|so|huyen|co quan)", fold(c.text)) \
                    and pair[0].subject != pair[1].subject:
                # "A đạt 86,91%, trong khi B đạt 81,53%; chênh lệch giữa hai địa phương là 5,38"
                hi, lo = sorted(pair, key=lambda o: -o.value)  # type: ignore[operator]
                _difference(ctx, c, "claim_gap", dec(hi.value), dec(lo.value), hi, lo)  # type: ignore[arg-type]
            continue
        if high is None or low is None:
            continue
        _difference(ctx, c, "claim_gap", dec(high.value), dec(low.value), high, low,  # type: ignore[arg-type]
                    also=_restated(claims, high, low))


def _same_line(a: Claim, b: Claim) -> bool:
    return bool(a.evidence and b.evidence and a.evidence.page == b.evidence.page
                and abs((a.evidence.line_start or 0) - (b.evidence.line_start or 0)) <= 1)


def is_extremes_gap(c: Claim) -> bool:
    """Is a stated gap the one between the highest and the lowest (not between two named units)?"""
    key = fold(c.text)
    if c.subject == EXTREMES or names_extremes(key):
        return True
    return bool(re.search(r"cao nhat|dan dau|dung dau|thu nhat", key) and re.search(r"thap nhat|cuoi", key)) or (
        not re.search(r"\bhai (?:dia phuong|don vi|tinh|bo|so|huyen|co quan)|\bgiua\b.{3,60}\bva\b", key))


def _value_of(claims: list[Claim], unit: str | None, year: int | None) -> Claim | None:
    if not unit:
        return None
    found = [c for c in claims if c.kind in ("highest", "lowest", "value") and c.subject == unit and c.year == year
             and c.value is not None]
    return found[0] if found else None


def _comparisons(ctx: AuditContext, claims: list[Claim]) -> None:
    """"A cao hơn 19,12% so với B" when A's and B's own values are stated."""
    for c in claims:
        if c.kind != "comparison" or c.change is None:
            continue
        a, b = _value_of(claims, c.subject, c.year), _value_of(claims, c.other, c.year)
        torn = [(x, _stated_apart(claims, x)) for x in (a, b) if x is not None]
        torn = [(x, others) for x, others in torn if others]
        if (a is None or b is None or torn) and len(c.between) == 2:  # "A cao hơn B 4,82% (tương ứng 86,22% và 81,40%)"
            # (and where the text gives a unit two levels: the two its own sentence sets side by side)
            hi, lo = sorted((dec(v) for v in c.between), reverse=True)
            _difference(ctx, c, "claim_gap", hi, lo, c, c)  # type: ignore[arg-type]
            continue
        if a is None or b is None:
            continue
        if torn:  # a unit given two levels for the year: which one the comparison means is not sure, nor the reading
            x, others = torn[0]
            levels = ", ".join(fmt(dec(v)) for v in dict.fromkeys([x.value, *(o.value for o in others)]))
            ctx.add("claim_gap", "warning",
                    f"{x.subject} ({x.year}): văn bản nêu hai mức điểm khác nhau ({levels}); chênh lệch "
                    f"{fmt(dec(c.value))} nêu trong câu so sánh chưa thể đối chiếu.",
                    f"{x.subject} ({x.year}): the text gives two different levels ({levels}); the stated difference "
                    f"{fmt(dec(c.value))} cannot be checked.",
                    published=dec(c.value), evidence=[c.evidence, x.evidence, *(o.evidence for o in others)],
                    claims=[c, x, *others], status="unverifiable", reason="conflicting_levels")
            continue
        _difference(ctx, c, "claim_gap", dec(a.value), dec(b.value), a, b, signed=True,  # type: ignore[arg-type]
                    also=_restated(claims, a, b))


def _stated_apart(claims: list[Claim], level: Claim) -> list[Claim]:
    """The other statements of a unit's level for the same year with ANOTHER value ("Bộ X thấp nhất với 76,76%" and,
    lines on, "Bộ X: 93,08%"): the document (or its reading: two units' levels restated in one line may swap) gives
    the unit two levels, so a difference built on one of them accuses no one."""
    return [o for o in _other_levels(claims, level) if dec(o.value) != dec(level.value)]


def _other_levels(claims: list[Claim], level: Claim) -> list[Claim]:
    """The other statements of the same unit's level for the same year (a highest, a lowest or a value)."""
    return [o for o in claims if o is not level and o.kind in ("highest", "lowest", "value") and o.subject == level.subject
            and o.year == level.year and o.value is not None]


def _restated(claims: list[Claim], *levels: Claim | None) -> list[Claim]:
    """The other statements of the same units' levels, of the same year and value ("Bộ X đạt 92,84%, cao nhất" and "- Bộ
    X: 92,84%"): a check that uses one of them checks them all, and cites them."""
    out: list[Claim] = []
    for x in levels:
        if x is None or x.value is None or not x.subject:
            continue
        out += [o for o in _other_levels(claims, x) if o not in out and dec(o.value) == dec(x.value)]
    return out


def _difference(ctx: AuditContext, c: Claim, check: str, high: Decimal, low: Decimal, hc: Claim, lc: Claim,
                signed: bool = False, also: list[Claim] | None = None) -> None:
    """`also`: other statements of the same two levels, cited with them (`_restated`)."""
    also = also or []
    stated = dec(c.change if signed else c.value)
    actual = high - low
    shown = stated if signed else abs(stated)  # type: ignore[arg-type]
    evidence = [c.evidence, hc.evidence, lc.evidence, *(x.evidence for x in also)]
    who = f"{hc.subject or fmt(high)} − {lc.subject or fmt(low)}"
    if abs(actual - shown) <= _tolerance(high, low, stated) / 2:  # type: ignore[operator]
        ctx.passed(check, published=stated, expected=actual, unit=who, evidence=evidence, claims=[c, hc, lc, *also],
                   reason=f"{fmt(high)} − {fmt(low)}")
    elif signed and abs(abs(actual) - abs(shown)) <= _tolerance(high, low, stated) / 2:  # type: ignore[operator]
        # the size agrees, only the direction does not: which unit the comparative speaks of was read from the
        # wording around it, so the reading is doubted before the document is
        ctx.add(check, "warning",
                f"Văn bản nêu chênh lệch {fmt(stated)} giữa {who}, nhưng {fmt(high)} − {fmt(low)} = {fmt(actual)}. "
                "Chiều so sánh cần được đối chiếu lại.",
                f"The text states a difference of {stated} ({who}), but {high} − {low} = {actual}. The direction of "
                "the comparison needs a second look.",
                published=stated, expected=actual, unit=who, evidence=evidence, claims=[c, hc, lc])
    else:
        ctx.add(check, "error",
                f"Văn bản nêu chênh lệch {fmt(stated)} giữa {who}, nhưng {fmt(high)} − {fmt(low)} = {fmt(actual)}.",
                f"The text states a difference of {stated} ({who}), but {high} − {low} = {actual}.",
                published=stated, expected=actual, unit=who, evidence=evidence, claims=[c, hc, lc])


def _count_changes(ctx: AuditContext, claims: list[Claim]) -> None:
    """"30 đơn vị xếp loại Tốt (tăng 01 đơn vị so với năm 2020)" against the 2020 count of Tốt."""
    counts = [c for c in claims if c.kind in ("count", "members") and (c.band or c.bounds) and c.value is not None
              and c.frame != "window_change"]
    windowed = {(_class_of(c), c.year, c.value, c.change) for c in claims if c.frame == "window_change"}
    for c in counts:
        if c.change is None or (_class_of(c), c.year, c.value, c.change) in windowed:
            continue  # read again across the sentence's clauses (claim_windows): one statement, one check
        then_year = c.previous_year or (c.year - 1 if c.year else None)
        then = [o for o in counts if o.year == then_year and _class_of(o) == _class_of(c)
                and (o.scope == c.scope or o.scope is None or c.scope is None)]
        if len(then) == 1:
            before, sources = dec(then[0].value), [c, then[0]]
        elif c.previous_value is not None:  # last year's count stated with the change: "giảm 3 so với con số 10"
            before, sources = dec(c.previous_value), [c]
        else:
            continue
        now, stated = dec(c.value), dec(c.change)
        actual = now - before  # type: ignore[operator]
        label = f"{c.band or _bounds_label(c)} ({then_year} → {c.year})"
        evidence = [s.evidence for s in sources]
        if actual == stated:
            ctx.passed("claim_delta", published=stated, expected=actual, unit=label, evidence=evidence,
                       claims=sources, reason=f"{fmt(now, 0)} − {fmt(before, 0)}")
        else:
            ctx.add("claim_delta", "error",
                    f"'{label}': văn bản nêu thay đổi {fmt(stated, 0)} đơn vị, nhưng {fmt(now, 0)} − {fmt(before, 0)} = "
                    f"{fmt(actual, 0)}.",
                    f"'{label}': the text states a change of {stated} units, but {now} − {before} = {actual}.",
                    published=stated, expected=actual, unit=label, evidence=evidence, claims=sources)


def _class_of(c: Claim) -> tuple:
    """What a count counts: a named class ("Nhóm A", folded) or a range of the index ("từ 90% trở lên")."""
    return ("band", fold(c.band)) if c.band else ("bounds", tuple(c.bounds or ()))


def _repeated(ctx: AuditContext, claims: list[Claim]) -> None:
    """The same figure stated twice with two values (the average of the same units in the same year)."""
    seen: dict[tuple, Claim] = {}
    for c in claims:
        if c.kind != "average" or c.value is None or c.index_kind not in (None, "par") or c.field is not None \
                or not 50 <= c.value <= 100:
            continue
        key = (c.year, c.scope, c.group)
        first = seen.setdefault(key, c)
        if first is c:
            continue
        if dec(first.value) != dec(c.value) and (first.unit == c.unit):
            ctx.add("claim_repeated", "warning",
                    f"Giá trị trung bình năm {c.year} được nêu hai lần với hai giá trị: {fmt(first.value)} và {fmt(c.value)}.",
                    f"The {c.year} average is stated twice with two values: {first.value} and {c.value}.",
                    published=c.value, expected=first.value, evidence=[first.evidence, c.evidence],
                    claims=[first, c], reason="stated_twice")


def _stated_totals(claims: list[Claim], year: int | None, scope: str | None, loose: bool = False) -> list[Claim]:
    """Totals of units the text states for a year ("đánh giá 63 tỉnh, thành phố"): of the same scope, else, when the
    text states one total only for the year, that one ("xác định đối với 31 cơ quan, đơn vị")."""
    same = [c for c in claims if c.kind == "total" and c.unit == "đơn vị" and c.value is not None and c.year == year]
    exact = [c for c in same if c.scope == scope and scope is not None]
    if exact or not loose:
        return exact
    return same if len({c.value for c in same}) == 1 else []


def _rose_fell(ctx: AuditContext, claims: list[Claim]) -> None:
    """"43 địa phương tăng điểm, 20 giảm" against the number of units: more than all of them is wrong, fewer
    may leave some unchanged (not an error)."""
    for c in claims:
        if c.frame != "rose" or c.value is None:
            continue
        fell = [o for o in claims if o.frame == "fell" and o.year == c.year and o.value is not None
                and (o.scope == c.scope or o.scope is None or c.scope is None)]
        if len(fell) > 1:  # several statements of the year: the one beside this one is its pair
            fell = [o for o in fell if _same_line(o, c)]
        if len(fell) != 1:
            continue
        stated = _stated_totals(claims, c.year, c.scope)
        totals = {dec(t.value) for t in stated}
        # a total of another or no scope, or one read by its role only: it may confirm the counts, never accuse them
        loose = not totals or all(_weak(t) for t in stated)
        if loose:
            stated = _stated_totals(claims, c.year, c.scope, loose=True)
            totals = {dec(t.value) for t in stated}
            # "Trong 26 đơn vị, … 18 tăng, 8 giảm": a total stated with the counts is theirs, whatever its noun
            loose = not any(_same_line(t, c) and not _weak(t) for t in stated)
        denominators = {d for d in (c.denominator, fell[0].denominator) if d is not None}
        if not totals and len(denominators) == 1 and _same_line(c, fell[0]):
            # "18/26 đơn vị tăng điểm, 8/26 đơn vị giảm", "6 trong số 9 huyện tăng điểm, 3 đơn vị còn lại giảm":
            # the units assessed, stated with the counts
            totals, loose = {dec(denominators.pop())}, False
        if not totals and c.scope == "provinces" and c.year:
            from parscan.registries.national import national_scope_size

            size = national_scope_size("provinces", c.year)
            totals, loose = ({Decimal(size)}, False) if size else (set(), loose)
        if len(totals) != 1:
            continue
        total, summed = totals.pop(), dec(c.value) + dec(fell[0].value)  # type: ignore[operator]
        evidence = [c.evidence, fell[0].evidence]
        label = f"tăng {fmt(c.value, 0)} + giảm {fmt(fell[0].value, 0)}"
        if summed == total:
            of_total = [t for t in stated if dec(t.value) == total]  # the statements of the total it confirms
            ctx.passed("claim_sum", published=summed, expected=total, unit=label,
                       evidence=evidence + [t.evidence for t in of_total], claims=[c, fell[0], *of_total], reason=label)
        elif summed > total and not loose and total >= max(dec(c.value), dec(fell[0].value)):  # type: ignore[operator]
            ctx.add("claim_sum", "error",
                    f"Số đơn vị tăng và giảm điểm ({label} = {fmt(summed, 0)}) nhiều hơn số đơn vị được đánh giá "
                    f"({fmt(total, 0)}).",
                    f"Units that rose and fell ({summed}) outnumber the units assessed ({total}).",
                    published=summed, expected=total, unit=label, evidence=evidence, claims=[c, fell[0]])
        elif summed < total and not loose and any((x.subject or "").startswith(REST_OF_UNITS) for x in (c, fell[0])):
            # "15 đơn vị giảm; các đơn vị còn lại (10) đều tăng": the two make up every unit, none is left unchanged
            ctx.add("claim_sum", "error",
                    f"Số đơn vị tăng và giảm điểm ({label} = {fmt(summed, 0)}) được nêu là toàn bộ các đơn vị, nhưng số "
                    f"đơn vị được đánh giá là {fmt(total, 0)}.",
                    f"Units that rose and fell ({label} = {fmt(summed, 0)}) are stated to be all the units, but "
                    f"{fmt(total, 0)} were assessed.",
                    published=summed, expected=total, unit=label, evidence=evidence, claims=[c, fell[0]])
        else:
            ctx.record("claim_sum", "unverifiable", published=summed, expected=total, unit=label, evidence=evidence,
                       claims=[c, fell[0]], reason="partial")


def _denominators(ctx: AuditContext, claims: list[Claim], table_checked: set[int]) -> None:
    """"11/17 bộ" and "xếp thứ 5/63" against the number of units the text states for the same year (unless the
    table has checked the statement already)."""
    for c in claims:
        if c.kind not in ("ratio", "rank", "count", "members") or c.denominator is None or id(c) in table_checked \
                or c.kind != "rank" and id(c) in ctx.covered:
            continue
        whole = c.scope in ("provinces", "ministries")
        # a province's report counts sub-groups ("02/06 đơn vị"): there a denominator equal to the units the text
        # assessed confirms both, and one that differs may count a group (no accusation)
        stated_totals = _stated_totals(claims, c.year, c.scope, loose=not whole)
        # a national text's whole named by a noun of no scope ("63 địa phương") confirms the denominator of a
        # count of provinces, and proves nothing against it (it may count other units)
        unscoped = whole and not stated_totals
        if unscoped:
            stated_totals = [t for t in _stated_totals(claims, c.year, None, loose=True) if t.scope is None]
        # the share's own whole read as a total too ("Trong 60 địa phương, có 33 … vượt mức bình quân") is held to
        # the totals stated elsewhere, where there are any
        stated_totals = [t for t in stated_totals if not _same_figure(t, c)] or stated_totals
        totals = {dec(t.value) for t in stated_totals}
        if len(totals) != 1:
            continue
        total, stated = totals.pop(), dec(c.denominator)
        if stated != total and (not whole or unscoped or all(_weak(t) for t in stated_totals)):
            continue  # a total read by its role only may confirm a denominator, never accuse it
        if stated == total:
            ctx.passed("claim_ratio", published=stated, expected=total, unit=_label(c),
                       evidence=[c.evidence, *(t.evidence for t in stated_totals)], claims=[c, *stated_totals],
                       reason="mẫu số")
        else:
            ctx.add("claim_ratio", "error",
                    f"'{_label(c)}': mẫu số {fmt(stated, 0)} khác số đơn vị được đánh giá mà văn bản nêu ({fmt(total, 0)}).",
                    f"'{_label(c)}': the denominator {stated} differs from the number of units the text states ({total}).",
                    published=stated, expected=total, unit=_label(c), evidence=[c.evidence], claims=[c])


def _same_figure(total: Claim, c: Claim) -> bool:
    """Is this total the printed whole of `c` (the same number, on the same line)?"""
    return bool(total.evidence and c.evidence and total.evidence.page == c.evidence.page
                and total.evidence.line_start == c.evidence.line_start and total.value == c.denominator)


def _rank_moves(ctx: AuditContext, claims: list[Claim]) -> None:
    """"tăng 4 bậc, từ vị trí thứ 9 lên vị trí thứ 5": moving up four places is 9 − 5."""
    for c in claims:
        if c.kind != "rank_move" or c.value is None or not c.subject:
            continue
        now = [r for r in claims if r.kind == "rank" and r.frame != "window_change" and r.subject == c.subject
               and r.year == c.year
               and r.value is not None and r.evidence and c.evidence and r.evidence.page == c.evidence.page
               and abs((r.evidence.line_start or 0) - (c.evidence.line_start or 0)) <= 2]
        if not now:  # "Năm nay Bộ X đứng thứ 16/18. … Năm 2019, Bộ X đứng thứ 11; như vậy bộ này đã giảm 5 bậc"
            now = [r for r in claims if r.kind == "rank" and r.frame != "window_change" and r.subject == c.subject
                   and r.year == c.year and r.value is not None]
            now = now[:1] if len({r.value for r in now}) == 1 else []
        if len(now) != 1:
            continue
        before = c.previous_value if c.previous_value is not None else now[0].previous_value
        used = [c, now[0]]
        if before is None and c.year is not None:  # "… Thứ hạng năm 2022 của Long An là 13": last year's, stated apart
            then = [r for r in claims if r.kind == "rank" and r.subject == c.subject and r.year == c.year - 1
                    and r.value is not None]
            if len({r.value for r in then}) == 1:
                before, used = then[0].value, used + then
        if before is None:
            continue
        stated, actual = dec(c.value), dec(before) - dec(now[0].value)  # type: ignore[operator]
        label = f"{c.subject}: hạng {fmt(before, 0)} → {fmt(now[0].value, 0)}"
        if stated == actual:
            ctx.passed("claim_rank", published=stated, expected=actual, unit=c.subject,
                       evidence=[x.evidence for x in used], claims=used, reason=label)
        else:
            ctx.add("claim_rank", "error",
                    f"{label}: văn bản nêu {'tăng' if stated > 0 else 'giảm'} {fmt(abs(stated), 0)} bậc, nhưng "  # type: ignore[arg-type]
                    f"{fmt(before, 0)} − {fmt(now[0].value, 0)} = {fmt(actual, 0)}.",
                    f"{c.subject}: the text says it moved {stated} places, but rank {before} → {now[0].value} "
                    f"is {actual}.",
                    published=stated, expected=actual, unit=c.subject, evidence=[x.evidence for x in used], claims=used)


def _window_changes(ctx: AuditContext, claims: list[Claim]) -> None:
    """A class's count or a unit's rank in two years and the change stated between them, read across the
    clauses of a paragraph ("Năm 2016, Thanh tra tỉnh đứng thứ 10; năm nay … vị trí 18/29, tụt 8 bậc")."""
    for c in claims:
        if c.frame != "window_change" or c.value is None or c.previous_value is None or c.change is None:
            continue
        now, before, stated = dec(c.value), dec(c.previous_value), dec(c.change)
        count = c.kind == "count"
        actual = (now - before) if count else (before - now)  # type: ignore[operator]
        what = f"{c.subject} ({c.previous_year} → {c.year})"
        if count:
            relation = f"{fmt(now, 0)} − {fmt(before, 0)}"
            vi = f"'{what}': văn bản nêu thay đổi {fmt(stated, 0)} đơn vị, nhưng {relation} = {fmt(actual, 0)}."
            en = f"'{what}': the text states a change of {stated} units, but {now} − {before} = {actual}."
        else:
            relation = f"hạng {fmt(before, 0)} → {fmt(now, 0)}"
            vi = (f"{c.subject}: {relation}; văn bản nêu {'tăng' if stated > 0 else 'giảm'} "  # type: ignore[operator]
                  f"{fmt(abs(stated), 0)} bậc, nhưng {fmt(before, 0)} − {fmt(now, 0)} = {fmt(actual, 0)}.")  # type: ignore[arg-type]
            en = f"{c.subject}: the text says it moved {stated} places, but rank {before} → {now} is {actual}."
        check = "claim_delta" if count else "claim_rank"
        if actual == stated:
            ctx.passed(check, published=stated, expected=actual, unit=c.subject, evidence=[c.evidence], claims=[c],
                       reason=relation)
        elif actual == -stated:  # type: ignore[operator]
            # the size agrees and only the direction does not: which of the two years each figure belongs to was
            # read from the wording around it, so the reading is doubted before the document is
            ctx.add(check, "warning", f"{vi} Chiều thay đổi cần được đối chiếu lại.",
                    f"{en} The direction of the change needs a second look.", published=stated, expected=actual,
                    unit=c.subject, evidence=[c.evidence], claims=[c])
        else:
            ctx.add(check, "error", vi, en, published=stated, expected=actual, unit=c.subject, evidence=[c.evidence],
                    claims=[c])


def _join_unscoped_totals(by_key: dict[tuple, list[tuple[Decimal, Claim]]]) -> None:
    """A total whose units were not named ("… tổng số là 18") restates the total of the one kind of units the text
    names that year when it is the same number ("bao quát 18 bộ, cơ quan ngang bộ"): it joins that statement, so the
    two are checked together; a different number stays apart (it may count other units)."""
    for (year, scope), stated in list(by_key.items()):
        if scope is not None:
            continue
        scoped = [k for k in by_key if k[0] == year and k[1] is not None and any(c.kind == "total" for _, c in by_key[k])]
        if len(scoped) != 1:
            continue
        values = {v for v, _ in by_key[scoped[0]]}
        joined = [(v, c) for v, c in stated if c.kind == "total" and v in values]
        by_key[scoped[0]].extend(joined)
        by_key[(year, scope)] = [(v, c) for v, c in stated if not any(c is o for _, o in joined)]


def _restated_band_counts(ctx: AuditContext, claims: list[Claim]) -> None:
    """A band's count for a year stated on two lines or more ("Năm nay nhóm A có 3 bộ, ngành …" and, a paragraph on,
    "Có 3 cái tên thuộc nhóm A."): statements that agree confirm each other.  Only agreement is recorded: two
    different numbers may be a count read under the wrong band, so they accuse nothing here."""
    by_key: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind in ("count", "members") and c.band and c.bounds is None and c.value is not None and c.evidence \
                and c.frame in ("band_count", "window_change") and c.year is not None:
            by_key[(c.year, fold(c.band))].append(c)
    for (year, _), group in by_key.items():
        lines = {(c.evidence.page, c.evidence.line_start) for c in group}  # type: ignore[union-attr]
        if len(lines) < 2 or len({dec(c.value) for c in group}) != 1:  # type: ignore[arg-type]
            continue  # (two readings of one printed figure share its line: no second statement)
        ctx.passed("claim_count", published=group[0].value, expected=group[0].value, unit=f"{group[0].band} năm {year}",
                   evidence=[c.evidence for c in group], claims=group, reason="nêu lại / stated again")


_PROVINCIAL_SCOPES = ("departments", "districts", None)


def _provincial_totals_agree(ctx: AuditContext, by_key: dict[tuple, list[tuple[Decimal, Claim]]]) -> None:
    """A province's report states the number of its units assessed more than once, with nouns that name the
    departments, the districts, both or neither ("28 bộ hồ sơ … của các sở, ban, ngành và UBND các huyện", "28 đơn
    vị (19 sở …; 9 UBND huyện …)"), so the totals' scopes differ though they count the same units: the same number
    stated under two of these scopes confirms each statement.  Only an agreement is recorded (different numbers may
    count different units, as within one scope)."""
    for year in {y for y, _ in by_key}:
        keys = [k for k in by_key if k[0] == year and k[1] in _PROVINCIAL_SCOPES]
        totals = [(v, c, k) for k in keys for v, c in by_key[k] if c.kind == "total"]
        for value in {v for v, _, _ in totals}:
            same = [(c, k) for v, c, k in totals if v == value]
            if len({k for _, k in same}) < 2:
                continue
            group = list({id(c): c for c, _ in same}.values())
            where = f"đơn vị năm {year}" if year else "đơn vị"
            ctx.passed("claim_total", published=value, expected=value, unit=where,
                       evidence=[c.evidence for c in group], claims=group, reason="nêu lại / stated again")


def _restated_totals(ctx: AuditContext, claims: list[Claim]) -> None:
    """The number of units assessed, stated more than once for the same year and units ("đánh giá 63 tỉnh,
    thành phố" in the lead, "trong tổng số 63" later, "32/63"): the statements must agree.  Two different
    numbers may count different units (a total with or without a group), so a disagreement is a warning."""
    by_key: dict[tuple, list[tuple[Decimal, Claim]]] = defaultdict(list)
    for c in claims:
        if c.kind == "total" and c.unit == "đơn vị" and c.value is not None and not c.approximate:
            # (of units it does not name, "28 cơ quan, đơn vị", only an agreement is recorded: two different
            # numbers may count different units)
            by_key[(c.year, c.scope)].append((dec(c.value), c))  # type: ignore[arg-type]
        elif c.kind in ("ratio", "count", "members", "rank") and c.denominator is not None \
                and c.scope in ("provinces", "ministries"):  # a province's report counts sub-groups ("02/06 đơn vị")
            by_key[(c.year, c.scope)].append((dec(c.denominator), c))  # type: ignore[arg-type]
    _join_unscoped_totals(by_key)
    _provincial_totals_agree(ctx, by_key)
    for (year, scope), stated in by_key.items():
        if len(stated) < 2 or not any(c.kind == "total" for _, c in stated):
            continue
        values = {v for v, _ in stated}
        group = [c for _, c in stated]
        where = f"{_SCOPE_VI[scope]} năm {year}" if year else _SCOPE_VI[scope]
        if len(values) == 1:
            ctx.passed("claim_total", published=stated[0][0], expected=stated[0][0], unit=where,
                       evidence=[c.evidence for c in group], claims=group, reason="nêu lại / stated again")
        elif scope in ("provinces", "ministries"):
            shown = ", ".join(fmt(v, 0) for v in sorted(values))
            ctx.add("claim_total", "warning", f"Số {where} được đánh giá được nêu với các giá trị khác nhau: {shown}.",
                    f"The number of {_SCOPE_EN[scope]} assessed is stated as {shown}.", unit=where,
                    evidence=[c.evidence for c in group], claims=group, reason="stated_twice")
