"""Numbers stated in the prose, checked against the table they summarise.

Each claim is first tied to a ranking group (by its members or the unit it names, by the group the
extractor found for it from its section heading or sentence, by the group named in its subject or text,
or by a unit count that equals the group's size), then recomputed: averages, highest
and lowest, gaps, counts and member lists per class, year-on-year deltas and sums of parts
(survey ballots).  Averages are accepted when they hold from either the exact or the printed
(rounded) indices - reports do both.  Claims about one PAR field ("Cải cách thể chế (tối đa 10 điểm)")
are on that field's scale, which the ranking table does not give: they are not checked against it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from parscan.normalizers.names import fold, strip_diacritics
from parscan.schemas.records import Claim
from parscan.scoring.claim_consistency import is_extremes_gap
from parscan.scoring.context import AuditContext, severity_for
from parscan.scoring.methodology import Band
from parscan.scoring.numeric import agreement, dec, fmt, round_to
from parscan.scoring.ranking_checks import RankedGroup, UnitResult, part_of
from parscan.scoring.unit_names import best_match

_DISTRICT = ("huyen", "thi xa", "thanh pho", "cap huyen", "quan", "district")
_DEPARTMENT = re.compile(r"\b(?:sở|ban|ngành|cơ quan|departments?)\b")  # not folded: "sở" and "số" fold alike
_DOWN = ("giam", "thap hon", "ha ", "sut")
_NAMES_A_UNIT = ("highest", "lowest", "delta", "value", "rank", "comparison")  # their subject is the unit (when the extractor matched one)
_BROKEN_NAME_RE = re.compile(r"(?:va|and)\b")  # a list item starting with "và" is the tail of a broken name
_GROUP_SIZE_RE = re.compile(r"\b(\d{1,3})\s*(?:đơn vị|don vi|sở|huyện|cơ quan|co quan)")


def _kind_words(text: str) -> set[str]:
    key = f" {fold(text)} ".replace(" co quan", " ")  # "cơ quan, đơn vị" is not a "quận"
    kinds = set()
    if any(f" {w}" in key for w in _DISTRICT):
        kinds.add("district")
    if _DEPARTMENT.search(text.lower()):
        kinds.add("department")
    return kinds


def _group_kind_words(group: RankedGroup) -> set[str]:
    """The kind of units a group ranks: from its heading, else (a table printed with no group heading) from the
    names of most of its units ("UBND huyện …" rows are districts, "Sở …" rows departments)."""
    named = _kind_words(group.name)
    if named or not group.units:
        return named
    kinds = [frozenset(_kind_words(u.name)) for u in group.units]
    for kind in ("district", "department"):
        if sum(k == {kind} for k in kinds) >= 0.6 * len(kinds):
            return {kind}
    return set()


def resolve_group(claim: Claim, groups: list[RankedGroup]) -> RankedGroup | None:
    if not groups:
        return None
    if len(groups) == 1:
        return groups[0]
    named = claim.members or ([claim.subject] if claim.subject and claim.kind in _NAMES_A_UNIT else [])
    if named:
        scores = [sum(best_match(m, [u.name for u in g.units]) is not None for m in named) for g in groups]
        if max(scores) > 0 and scores.count(max(scores)) == 1:
            return groups[scores.index(max(scores))]
    if claim.group:
        wanted = _kind_words(claim.group)
        hits = [g for g in groups if g.name == claim.group] or (
            [g for g in groups if _group_kind_words(g) == wanted] if len(wanted) == 1 else [])
        if len(hits) == 1:
            return hits[0]
    for text in (claim.subject or "", claim.text):
        wanted = _kind_words(text)
        if len(wanted) == 1:
            hits = [g for g in groups if _group_kind_words(g) == wanted]
            if len(hits) == 1:
                return hits[0]
        if claim.kind in ("count", "members"):
            continue  # their number is the count itself, not the size of the group
        numbers = {int(n) for n in _GROUP_SIZE_RE.findall(text)}
        hits = [g for g in groups if len(g.units) in numbers]
        if len(hits) == 1:
            return hits[0]
    return None


_ALL_GROUPS: dict[int, list[RankedGroup]] = {}


def check_claims(ctx: AuditContext, groups: list[RankedGroup]) -> None:
    _ALL_GROUPS[id(ctx)] = groups
    try:
        _check_all(ctx, groups)
    finally:
        _ALL_GROUPS.pop(id(ctx), None)


def _check_all(ctx: AuditContext, groups: list[RankedGroup]) -> None:
    previous: RankedGroup | None = None
    checked: dict[tuple, Claim] = {}  # a statistic stated twice alike (table row and prose) is checked once
    for claim in sorted(ctx.doc.claims, key=_position):  # in reading order, for "the group last named"
        if claim.parts:
            _check_parts(ctx, claim)
        handler = _HANDLERS.get(claim.kind)
        if handler is None or not _on_table_scale(claim):
            continue
        if claim.index_kind not in (None, "par") and claim.value is not None:
            # "Chỉ số PCI của Quảng Ninh dẫn đầu với 73,02 điểm": another index's figure, which no PAR table holds
            ctx.record(f"claim_{claim.kind}", "unverifiable", published=claim.value, unit=ledger_unit(claim),
                       reason="other_measure" if claim.index_kind == "measure" else "other_index",
                       evidence=_ev(claim), claims=[claim])
            continue
        group = resolve_group(claim, groups) if groups else None
        # prose runs group by group: a claim naming no group is about the one last named
        group = group or (previous if claim.evidence is None or claim.evidence.line_start is None
                          or _after_table(ctx, claim) else None)
        previous = group or previous
        if group is None:
            if claim.kind in ("count", "members") and claim.value is not None and claim.members and not claim.frame:
                _count_vs_list(ctx, claim)  # the catalogue's claims are checked by claim_consistency
            continue
        if claim.scope in ("provinces", "ministries") and claim.kind in _NAMES_A_UNIT and claim.subject \
                and _group_kind_words(group) and claim.value is not None:
            # "Chỉ số CCHC của tỉnh Quảng Ngãi đạt 83,46%, xếp thứ 35/63" in the province's own report: its place
            # among the provinces, which a table of its departments or districts does not hold (nor its capital's row)
            ctx.record(f"claim_{claim.kind}", "unverifiable", published=claim.value, unit=ledger_unit(claim),
                       reason="not_in_table", evidence=_ev(claim), claims=[claim])
            continue
        if claim.kind in ("average", "gap") and claim.value is not None and not _is_survey(claim):
            key = (claim.kind, id(group), claim.value)
            if key in checked:
                ctx.covered.add(id(claim))
                continue
            checked[key] = claim
        handler(ctx, claim, group)


def _position(claim: Claim) -> tuple[int, int]:
    ev = claim.evidence
    return (ev.page, ev.line_start or 0) if ev is not None else (0, 0)


def _on_table_scale(claim: Claim) -> bool:
    """A claim about one PAR field is checkable only when the table has that part (the survey score)."""
    return claim.field is None or part_of(claim.field) == "survey"


def _after_table(ctx: AuditContext, claim: Claim) -> bool:
    """Is the claim in the prose after the ranking table (where the group-by-group analysis is)?"""
    rows = [r.evidence for r in ctx.doc.rankings if r.evidence is not None]
    if not rows or claim.evidence is None:
        return True
    first = min((e.page, e.line_start or 0) for e in rows)
    return (claim.evidence.page, claim.evidence.line_start or 0) >= first


def _stated(ctx: AuditContext, kind: str, group: RankedGroup, groups: list[RankedGroup]) -> Decimal | None:
    """The value the document itself states for a group statistic (an average or gap claim)."""
    for claim in ctx.doc.claims:
        if claim.kind == kind and claim.value is not None and resolve_group(claim, groups) is group:
            return dec(claim.value)
    return None


_INTERNAL_SUBJECTS = {"departments", "districts", "above_average", "below_average"}


def claim_subject(claim: Claim) -> str:
    """What the message quotes: the printed words of the statement, never a matching key."""
    subject = claim.subject
    if subject and subject not in _INTERNAL_SUBJECTS and _is_printed(subject) and len(subject) <= 60 \
            and claim.kind in ("highest", "lowest", "delta", "comparison", "rank", "rank_move"):
        return subject
    text = " ".join((claim.evidence.text if claim.evidence and claim.evidence.text else claim.text).split())
    if len(text) > 90 and claim.text:  # a long line (a paragraph of a text file): the statement's own words
        text = " ".join(claim.text.split())
    return _cut(text, 90)


def ledger_unit(claim: Claim) -> str | None:
    """What a ledger row names, as printed: the unit or group the statement names, the class it counts, else the
    statement's own words - never a folded matching key ("so, ban, nganh", "tot") or an internal label."""
    subject = claim.subject
    if subject and subject not in _INTERNAL_SUBJECTS and _is_printed(subject):
        return _cut(subject, 60)
    if claim.band:
        return claim.band
    text = " ".join(claim.text.split())
    return _cut(text, 60) if text else None


def _is_printed(subject: str) -> bool:
    """Printed words, not a matching key: Vietnamese as printed carries marks or capitals ("Sở Y tế", "các tỉnh");
    a key is folded to bare lower case ("so, ban, nganh", "tot")."""
    return subject != strip_diacritics(subject).lower()


def _cut(text: str, size: int) -> str:
    return text if len(text) <= size else text[:size - 3].rsplit(" ", 1)[0] + " …"


def _ev(claim: Claim) -> list:
    return [claim.evidence]


def _is_survey(claim: Claim) -> bool:
    return part_of(f"{claim.field or ''} {claim.subject or ''} {claim.text}") == "survey"


def _values(ctx: AuditContext, claim: Claim, group: RankedGroup) -> list[tuple[UnitResult, Decimal]]:
    """The per-unit figures a claim is about: survey scores or indices."""
    if _is_survey(claim):
        out = []
        for unit in group.units:
            survey = [dec(v) for k, v in unit.row.components.items() if part_of(k) == "survey" and v is not None]
            if survey:
                out.append((unit, survey[0]))
        return out
    return [(u, u.index) for u in group.indexed]  # type: ignore[misc]


def _holds(ctx: AuditContext, published: Decimal, candidates: list[Decimal]) -> str:
    verdicts = [agreement(published, c, ctx.methodology.index.decimals, ctx.methodology.index.rounding)
                for c in candidates]
    for best in ("exact", "rounding", "other_rounding"):
        if best in verdicts:
            return best
    return "no"


def _average(ctx: AuditContext, claim: Claim, group: RankedGroup) -> None:
    """A stated average against the mean of the indices as the table prints them.  One that holds only from
    unrounded values (which the reader of the table cannot see) is still a discrepancy, named as such."""
    value = dec(claim.value)
    pairs = _values(ctx, claim, group)
    if value is None or not pairs:
        return
    d, mode = ctx.methodology.index.decimals, ctx.methodology.index.rounding
    exact = sum((v for _, v in pairs), Decimal(0)) / len(pairs)
    shown = [u.shown if u.shown is not None and not _is_survey(claim) else round_to(v, d, mode) for u, v in pairs]
    printed = sum(shown, Decimal(0)) / len(pairs)
    expected = round_to(printed, d, mode)
    if not _same_scale(value, [v for _, v in pairs]):
        ctx.record("claim_average", "unverifiable", published=value, expected=expected, unit=group.label,
                   evidence=_ev(claim), claims=[claim], reason="other_scale")
        return
    verdict = _holds(ctx, value, [printed])
    if verdict in ("exact", "rounding"):
        ctx.passed("claim_average", published=value, expected=expected, unit=group.label, evidence=_ev(claim),
                   claims=[claim], reason=f"trung bình của {len(pairs)} đơn vị")
        return
    if verdict == "other_rounding":
        ctx.add("claim_average", "info",
                f"'{claim_subject(claim)}': trung bình {fmt(value)} khớp với cách làm tròn khác (tính được {fmt(printed, 4)}).",
                f"'{claim_subject(claim)}': average {value} holds under another rounding (computed {printed:.4f}).",
                published=value, expected=expected, unit=group.label, evidence=_ev(claim), claims=[claim])
        return
    elsewhere = _holds_for_other_group(ctx, claim, group, value)
    if elsewhere is not None:
        ctx.record("claim_average", "unverifiable", published=value, expected=expected, unit=elsewhere,
                   evidence=_ev(claim), claims=[claim], reason="ambiguous_group")
        return
    doubt = any(u.doubt and not u.confirmed for u, _ in pairs)
    from_exact = _holds(ctx, value, [exact]) != "no"
    note_vi = (f" Giá trị này chỉ khớp khi tính từ chỉ số chưa làm tròn ({fmt(exact, 4)}), không phải từ các chỉ số "
               "in trong bảng." if from_exact else "")
    note_en = (f" It only holds from unrounded indices ({exact:.4f}), not from the indices printed in the table."
               if from_exact else "")
    ctx.add("claim_average", "warning" if doubt else "error",
            f"'{claim_subject(claim)}': trung bình công bố {fmt(value)}, tính từ {len(pairs)} chỉ số in trong bảng được "
            f"{fmt(expected)} ({fmt(printed, 4)}).{note_vi}",
            f"'{claim_subject(claim)}': published average {value}, the {len(pairs)} indices printed in the table give "
            f"{expected} ({printed:.4f}).{note_en}",
            published=value, expected=expected, unit=group.label, ocr_doubt=doubt, evidence=_ev(claim), claims=[claim])


def _holds_for_other_group(ctx: AuditContext, claim: Claim, group: RankedGroup, value: Decimal) -> str | None:
    """The group whose average the figure is, when it is not the one the claim was tied to: a sentence that
    gives both groups' averages ("Cấp sở 9,45; cấp huyện 9,65") may be tied to the wrong one."""
    d, mode = ctx.methodology.index.decimals, ctx.methodology.index.rounding
    for other in _ALL_GROUPS.get(id(ctx), []):
        if other is group:
            continue
        pairs = _values(ctx, claim, other)
        if pairs and _holds(ctx, value, [sum((round_to(v, d, mode) for _, v in pairs), Decimal(0)) / len(pairs),
                                         sum((v for _, v in pairs), Decimal(0)) / len(pairs)]) != "no":
            return other.label
    return None


def _same_scale(value: Decimal, values: list[Decimal]) -> bool:
    """Could `value` be a statistic of `values`?  A figure far outside their range is on another scale (a
    PAR field's points, a sub-index) that the prose names but the extractor did not tie to it."""
    low, high = min(values), max(values)
    margin = max(Decimal(1), (high - low) / 2)
    return low - margin <= value <= high + margin


def _extreme(ctx: AuditContext, claim: Claim, group: RankedGroup) -> None:
    pairs = _values(ctx, claim, group)
    if not pairs:
        return
    d, mode = ctx.methodology.index.decimals, ctx.methodology.index.rounding
    pick = max if claim.kind == "highest" else min
    target = pick(round_to(v, d, mode) for _, v in pairs)
    holders = [u.name for u, v in pairs if round_to(v, d, mode) == target]
    word_vi, word_en = ("cao nhất", "highest") if claim.kind == "highest" else ("thấp nhất", "lowest")
    check = f"claim_{claim.kind}"
    value = dec(claim.value)
    if value is not None and value != target:
        ctx.add(check, "error",
                f"'{claim_subject(claim)}': giá trị {word_vi} công bố {fmt(value)}, bảng cho {fmt(target)} "
                f"({', '.join(holders)}).",
                f"'{claim_subject(claim)}': published {word_en} {value}, the table gives {target} ({', '.join(holders)}).",
                published=value, expected=target, unit=holders[0], evidence=_ev(claim), claims=[claim])
    elif value is not None:
        ctx.passed(check, published=value, expected=target, unit=holders[0], evidence=_ev(claim), claims=[claim])
    named = [m for m in claim.members] or ([claim.subject] if claim.subject else [])
    for name in named:
        match = best_match(name, [u.name for u in group.units])
        if match is not None and match not in holders:
            ctx.add(check, "error",
                    f"'{name}' được nêu là đơn vị {word_vi}, nhưng theo bảng là {', '.join(holders)} ({fmt(target)}).",
                    f"'{name}' is named {word_en}, but the table gives {', '.join(holders)} ({target}).",
                    published=name, expected=", ".join(holders), unit=match, evidence=_ev(claim), claims=[claim])
        elif match is not None:
            ctx.passed(check, published=name, expected=", ".join(holders), unit=match, evidence=_ev(claim),
                       claims=[claim])


def _gap(ctx: AuditContext, claim: Claim, group: RankedGroup) -> None:
    value = dec(claim.value)
    pairs = _values(ctx, claim, group)
    if value is None or len(pairs) < 2 or not is_extremes_gap(claim):
        return
    d, mode = ctx.methodology.index.decimals, ctx.methodology.index.rounding
    shown = [round_to(v, d, mode) for _, v in pairs]
    expected = max(shown) - min(shown)
    if abs(value) != expected:
        ctx.add("claim_gap", "error",
                f"'{claim_subject(claim)}': chênh lệch cao nhất - thấp nhất công bố {fmt(value)}, bảng cho {fmt(expected)}.",
                f"'{claim_subject(claim)}': published gap {value}, the table gives {expected}.",
                published=value, expected=expected, unit=group.label, evidence=_ev(claim), claims=[claim])
    else:
        ctx.passed("claim_gap", published=value, expected=expected, unit=group.label, evidence=_ev(claim),
                   claims=[claim])


def _band_of(ctx: AuditContext, claim: Claim) -> Band | None:
    for classification in ctx.methodology.classifications:
        for text in (claim.subject or "", claim.text):
            band = classification.band_named(text) if text else None
            if band is not None:
                return band
    return None


def _in_claim_range(ctx: AuditContext, claim: Claim, group: RankedGroup) -> tuple[list[UnitResult], str] | None:
    """Units the claim's class covers: by printed bounds, else by the named class, else above-average."""
    d, mode = ctx.methodology.index.decimals, ctx.methodology.index.rounding
    units = group.indexed
    if claim.bounds is not None:
        low, high = (dec(b) for b in claim.bounds)
        inside = [u for u in units if (low is None or round_to(u.index, d, mode) >= low)  # type: ignore[arg-type]
                  and (high is None or round_to(u.index, d, mode) < high)]  # type: ignore[arg-type]
        return inside, f"[{fmt(low)}; {fmt(high)})"
    if "trung binh" in fold(f"{claim.subject or ''} {claim.text}") and "cao hon" in fold(f"{claim.subject} {claim.text}"):
        mean = sum((u.index for u in units), Decimal(0)) / len(units)  # type: ignore[misc]
        return [u for u in units if u.index > mean], "> trung bình"  # type: ignore[operator]
    band = _band_of(ctx, claim)
    if band is not None:
        if any(band.name not in u.klass.values() for u in units) and not any(u.klass for u in units):
            return None  # compound class that needs field indices the table does not give
        return [u for u in units if band.name in u.klass.values()], band.name
    return None


def _count(ctx: AuditContext, claim: Claim, group: RankedGroup) -> None:
    scope = _in_claim_range(ctx, claim, group)
    value = dec(claim.value)
    if scope is None:
        if value is not None and claim.members and not claim.frame:
            _count_vs_list(ctx, claim)
        return
    inside, label = scope
    _threshold(ctx, claim, group)
    if value is not None and value != len(inside):
        doubt = any(u.doubt and not u.confirmed for u in group.units)
        ctx.add("claim_count", "warning" if doubt else "error",
                f"'{claim_subject(claim)}': công bố {fmt(value, 0)} đơn vị thuộc {label}, theo bảng có {len(inside)}.",
                f"'{claim_subject(claim)}': published {value} units in {label}, the table has {len(inside)}.",
                published=value, expected=len(inside), unit=ledger_unit(claim), ocr_doubt=doubt, evidence=_ev(claim),
                claims=[claim])
    elif value is not None:
        ctx.passed("claim_count", published=value, expected=len(inside), unit=ledger_unit(claim), evidence=_ev(claim),
                   claims=[claim], reason=label)
    if claim.members:
        _members(ctx, claim, group, inside, label)


def _members(ctx: AuditContext, claim: Claim, group: RankedGroup, inside: list[UnitResult], label: str) -> None:
    names = [u.name for u in group.units]
    listed: list[str] = []
    unreadable = 0
    for member in claim.members:
        match = best_match(member, names)
        unreadable += match is None or _BROKEN_NAME_RE.match(fold(member)) is not None
        if match is None:
            ctx.add("claim_members", "warning",
                    f"'{claim_subject(claim)}': không tìm thấy '{member}' trong bảng xếp hạng (tên đọc được không khớp).",
                    f"'{claim_subject(claim)}': '{member}' is not found in the ranking table (name does not match).",
                    published=member, unit=member, ocr_doubt=True, evidence=_ev(claim), claims=[claim],
                    reason="not_in_table")
            continue
        listed.append(match)
        if match not in {u.name for u in inside}:
            unit = next(u for u in group.units if u.name == match)
            doubt = bool(unit.doubt) and not unit.confirmed
            ctx.add("claim_members", "warning" if doubt else "error",
                    f"'{claim_subject(claim)}': {match} được liệt kê trong nhóm {label} nhưng chỉ số in trong bảng "
                    f"({fmt(unit.shown)}) không thuộc nhóm này.",
                    f"'{claim_subject(claim)}': {match} is listed in {label} but its printed index ({unit.shown}) is "
                    "outside it.",
                    published=match, expected=", ".join(unit.klass.values()) or None, unit=match,
                    ocr_doubt=doubt, evidence=_ev(claim) + [unit.row.evidence], claims=[claim])
        else:
            ctx.passed("claim_members", published=match, expected=label, unit=match, evidence=_ev(claim),
                       claims=[claim])
    missing = [u for u in inside if u.name not in listed]
    stated = dec(claim.value)
    # a list shorter than its own count is a lost OCR line only when the list shows damage (a name
    # that matches no unit, or the "và PTNT" left of a name broken over the lost line); a list of
    # clean names that leaves a unit out is the report's own omission
    truncated = unreadable > 0  # a name the list holds but we could not read may be the one "missing"
    for unit in missing:
        ctx.add("claim_members", "warning" if truncated else "error",
                f"'{claim_subject(claim)}': thiếu {unit.name} (chỉ số {fmt(unit.index)}) trong danh sách {label}."
                + (" Danh sách đọc được ngắn hơn số lượng công bố - có thể mất dòng khi nhận dạng (OCR)."
                   if truncated else ""),
                f"'{claim_subject(claim)}': {unit.name} (index {fmt(unit.index)}) is missing from the {label} list."
                + (" The list as read is shorter than the stated count - a line may be lost in OCR." if truncated else ""),
                expected=unit.name, unit=unit.name, ocr_doubt=truncated, evidence=_ev(claim), claims=[claim])


def _count_vs_list(ctx: AuditContext, claim: Claim) -> None:
    """A report-pattern claim's count against its list (the frame catalogue's are checked, with several
    readings of the list, in claim_consistency; these lists are only as good as the pattern that cut them)."""
    value = dec(claim.value)
    if value is not None and value != len(claim.members):
        ctx.add("claim_count", "warning",
                f"'{claim_subject(claim)}': công bố {fmt(value, 0)} đơn vị nhưng liệt kê {len(claim.members)}.",
                f"'{claim_subject(claim)}': states {value} units but lists {len(claim.members)}.",
                published=value, expected=len(claim.members), unit=ledger_unit(claim), evidence=_ev(claim),
                claims=[claim], reason="ambiguous_list")
    elif value is not None:
        ctx.passed("claim_count", published=value, expected=len(claim.members), unit=ledger_unit(claim),
                   evidence=_ev(claim), claims=[claim], reason="số đơn vị được liệt kê")


def current_value(ctx: AuditContext, claim: Claim, group: RankedGroup | None,
                  groups: list[RankedGroup] | None = None) -> tuple[Decimal, str] | None:
    """What a delta claim is about, recomputed: a unit's index, a group average or gap."""
    if group is None:
        return None
    key = fold(f"{claim.subject or ''} {claim.text}")
    d, mode = ctx.methodology.index.decimals, ctx.methodology.index.rounding
    pairs = _values(ctx, claim, group)
    if not pairs:
        return None
    groups = groups or _ALL_GROUPS.get(id(ctx), [group])
    if "chenh lech" in key:
        shown = [round_to(v, d, mode) for _, v in pairs]
        return _stated(ctx, "gap", group, groups) or max(shown) - min(shown), "gap"
    if "trung binh" in key:
        stated = _stated(ctx, "average", group, groups)
        return stated or sum((v for _, v in pairs), Decimal(0)) / len(pairs), "average"
    match = best_match(claim.subject or "", [u.name for u in group.units]) if claim.subject else None
    if match is not None:
        unit = next(u for u in group.units if u.name == match)
        return (round_to(unit.index, d, mode), match) if unit.index is not None else None
    return None


def _direction(text: str) -> int:
    key = f" {fold(text)} "
    if any(w in key for w in _DOWN):
        return -1
    return 1 if " tang" in key or "cao hon" in key else 0


def _trend(ctx: AuditContext, claim: Claim, group: RankedGroup) -> None:
    """A qualitative trend ("có xu hướng tăng") against the group's own stated change of its average
    (a delta claim, or an average stated with last year's value)."""
    said = _direction(claim.subject or "") or _direction(claim.text)
    if not said:
        return
    for other in ctx.doc.claims:
        if other is claim or other.kind not in ("delta", "average") or other.value is None \
                or other.previous_value is None or other.field is not None:
            continue
        if "trung binh" not in fold(f"{other.subject or ''} {other.text}") or resolve_group(other, [group]) is None:
            continue
        if resolve_group(other, _ALL_GROUPS.get(id(ctx), [group])) is not group:
            continue
        change = dec(other.value) - dec(other.previous_value) if other.kind == "average" else dec(other.value)  # type: ignore[operator]
        actual = -1 if (change < 0 or (other.kind == "delta" and _direction(other.text) < 0)) else 1  # type: ignore[operator]
        if actual != said:
            ctx.add("claim_trend", "warning",
                    f"'{claim_subject(claim)}': văn bản nói xu hướng {'tăng' if said > 0 else 'giảm'}, nhưng giá trị "
                    f"trung bình của nhóm {'giảm' if actual < 0 else 'tăng'} {fmt(abs(change))} điểm.",  # type: ignore[arg-type]
                    f"'{claim_subject(claim)}': the text states a {'rising' if said > 0 else 'falling'} trend, but the "
                    f"group average {'fell' if actual < 0 else 'rose'} by {abs(change)}.",  # type: ignore[arg-type]
                    published="tăng" if said > 0 else "giảm", expected="giảm" if actual < 0 else "tăng",
                    unit=group.label, evidence=_ev(claim) + _ev(other), claims=[claim])
        else:
            ctx.passed("claim_trend", published="tăng" if said > 0 else "giảm", unit=group.label,
                       evidence=_ev(claim) + _ev(other), claims=[claim])
        return


def _delta(ctx: AuditContext, claim: Claim, group: RankedGroup) -> None:
    value, previous = dec(claim.value), dec(claim.previous_value)
    if value is None and previous is None:
        _trend(ctx, claim, group)
        return
    if value is None or previous is None:
        return
    current = current_value(ctx, claim, group)
    if current is None:
        return
    now, what = current
    d, mode = ctx.methodology.index.decimals, ctx.methodology.index.rounding
    change = round_to(now, d, mode) - previous
    down = value < 0 or any(w in f" {fold(claim.text)} " for w in _DOWN)
    signed = -abs(value) if down else abs(value)
    if signed != change and _holds(ctx, signed, [now - previous]) == "no":
        ctx.add("claim_delta", "error",
                f"'{claim_subject(claim)}': mức thay đổi công bố {fmt(signed)}, nhưng {fmt(round_to(now, d, mode))} − "
                f"{fmt(previous)} = {fmt(change)}.",
                f"'{claim_subject(claim)}': published change {signed}, but {round_to(now, d, mode)} − {previous} = {change}.",
                published=signed, expected=change, unit=what if what not in ("gap", "average") else group.label,
                evidence=_ev(claim), claims=[claim])
    else:
        ctx.passed("claim_delta", published=signed, expected=change,
                   unit=what if what not in ("gap", "average") else group.label, evidence=_ev(claim), claims=[claim])


_BOUND_WORDS = {"at_least": ("hơn ", "more than "), "at_most": ("gần ", "nearly "), "about": ("khoảng ", "about ")}


def _precision(value: Decimal) -> Decimal:
    """The rounding step a printed whole number shows: 86.000 → 1.000, 47.436 → 1."""
    step = Decimal(1)
    n = abs(int(value))
    while n and n % 10 == 0 and step < 10_000:
        n //= 10
        step *= 10
    return step


def _bounds_meet(claim: Claim, value: Decimal) -> bool:
    """Can an approximate total and its parts both be true? Each round figure may stand for anything within
    one step of its rounding (any way the writer rounded); the total's own word fixes its side ("hơn 53.000"
    is 53.000 up to 54.000). Only when even these readings cannot agree is the sum wrong."""
    step = _precision(value)
    low, high = {"at_least": (value, value + step), "at_most": (value - step, value)}.get(
        claim.bound or "", (value - step, value + step))
    parts = [dec(p) for p in claim.parts]
    part_low = sum((p - _precision(p) for p in parts), Decimal(0))  # type: ignore[operator]
    part_high = sum((p + _precision(p) for p in parts), Decimal(0))  # type: ignore[operator]
    return part_low <= high and low <= part_high


def _check_parts(ctx: AuditContext, claim: Claim) -> None:
    value = dec(claim.value)
    if value is None:
        return
    summed = sum((dec(p) for p in claim.parts), Decimal(0))  # type: ignore[misc]
    if summed != value and claim.approximate and _bounds_meet(claim, value):
        # "hơn 86.000 phiếu": a bound, not a sum to check exactly
        ctx.record(f"claim_{claim.kind}_sum" if claim.kind != "survey_count" else "survey_count", "unverifiable",
                   published=value, expected=summed, unit=ledger_unit(claim), evidence=_ev(claim), claims=[claim],
                   reason="approximate")
        return
    if summed != value:
        check = "survey_count" if claim.kind == "survey_count" else f"claim_{claim.kind}_sum"
        word_vi, word_en = _BOUND_WORDS.get(claim.bound or "", ("", ""))
        rounded_vi = ", kể cả khi các số đã được làm tròn" if claim.approximate else ""
        rounded_en = ", even allowing for rounding" if claim.approximate else ""
        ctx.add(check, "error",
                f"'{claim_subject(claim)}': tổng công bố {word_vi}{fmt(value, 0)} nhưng các thành phần cộng lại {fmt(summed, 0)} "
                f"({' + '.join(fmt(dec(p), 0) for p in claim.parts)}){rounded_vi}.",
                f"'{claim_subject(claim)}': stated total {word_en}{fmt(value, 0)} but the parts add up to {fmt(summed, 0)}"
                f"{rounded_en}.",
                published=value, expected=summed, unit=ledger_unit(claim), evidence=_ev(claim), claims=[claim])
    else:
        ctx.passed("survey_count" if claim.kind == "survey_count" else f"claim_{claim.kind}_sum", published=value,
                   expected=summed, unit=ledger_unit(claim), evidence=_ev(claim), claims=[claim],
                   reason=" + ".join(fmt(dec(p), 0) for p in claim.parts))


def _threshold(ctx: AuditContext, claim: Claim, group: RankedGroup) -> None:
    band = _band_of(ctx, claim)
    if band is None or claim.bounds is None:
        return
    low = dec(claim.bounds[0])
    if low is not None and band.min is not None and low != band.min:
        ctx.add("claim_threshold", "error",
                f"'{claim_subject(claim)}': ngưỡng công bố {fmt(low)}, phương pháp {ctx.methodology.id} quy định "
                f"{fmt(band.min)} cho loại '{band.name}'.",
                f"'{claim_subject(claim)}': published threshold {low}, methodology says {band.min} for '{band.name}'.",
                published=low, expected=band.min, unit=band.name, evidence=_ev(claim), claims=[claim])
    elif low is not None and band.min is not None:
        ctx.passed("claim_threshold", published=low, expected=band.min, unit=band.name, evidence=_ev(claim),
                   claims=[claim])


def _unit_in(group: RankedGroup, name: str | None) -> UnitResult | None:
    match = best_match(name, [u.name for u in group.units]) if name else None
    return next((u for u in group.units if u.name == match), None) if match else None


def _value(ctx: AuditContext, claim: Claim, group: RankedGroup) -> None:
    """A unit's own figure ("Sở Y tế đạt 86,46%") against its row: the printed index, or its printed total."""
    unit, value = _unit_in(group, claim.subject), dec(claim.value)
    if unit is None or value is None or unit.shown is None:
        return
    if not _same_scale(value, [u.shown for u in group.shown]):  # type: ignore[misc]
        ctx.record("claim_value", "unverifiable", published=value, expected=unit.shown, unit=unit.name,
                   evidence=_ev(claim), claims=[claim], reason="other_scale")
        return
    printed = {unit.shown, dec(unit.row.total)} - {None}
    if value in printed:
        ctx.passed("claim_value", published=value, expected=unit.shown, unit=unit.name, evidence=_ev(claim),
                   claims=[claim])
        return
    ctx.add("claim_value", severity_for(unit.doubt and not unit.confirmed),
            f"{unit.name}: văn bản nêu {fmt(value)}, bảng in chỉ số {fmt(unit.shown)}.",
            f"{unit.name}: the text states {value}, the table prints the index {unit.shown}.",
            published=value, expected=unit.shown, unit=unit.name, evidence=_ev(claim) + [unit.row.evidence],
            claims=[claim])


def _rank(ctx: AuditContext, claim: Claim, group: RankedGroup) -> None:
    """"xếp thứ 5/63" against the unit's printed rank and the number of units ranked."""
    unit, rank = _unit_in(group, claim.subject), dec(claim.value)
    if unit is None or rank is None or unit.row.rank is None:
        return
    if rank == unit.row.rank:
        ctx.passed("claim_rank", published=rank, expected=unit.row.rank, unit=unit.name, evidence=_ev(claim),
                   claims=[claim])
    else:
        ctx.add("claim_rank", "error",
                f"{unit.name}: văn bản nêu xếp thứ {fmt(rank, 0)}, bảng xếp hạng in thứ {unit.row.rank}.",
                f"{unit.name}: the text says rank {rank}, the ranking table prints {unit.row.rank}.",
                published=rank, expected=unit.row.rank, unit=unit.name, evidence=_ev(claim) + [unit.row.evidence],
                claims=[claim])


def _comparison(ctx: AuditContext, claim: Claim, group: RankedGroup) -> None:
    """"A cao hơn 19,12% so với B" against A's and B's printed indices."""
    a, b = _unit_in(group, claim.subject), _unit_in(group, claim.other)
    stated = dec(claim.change)
    if a is None or b is None or stated is None or a.shown is None or b.shown is None:
        return
    actual = a.shown - b.shown
    if actual == stated:
        ctx.passed("claim_gap", published=stated, expected=actual, unit=f"{a.name} − {b.name}", evidence=_ev(claim),
                   claims=[claim])
    else:
        ctx.add("claim_gap", "error",
                f"Văn bản nêu {a.name} {'cao' if stated > 0 else 'thấp'} hơn {b.name} {fmt(abs(stated))}, bảng cho "
                f"{fmt(a.shown)} − {fmt(b.shown)} = {fmt(actual)}.",
                f"The text puts {a.name} {abs(stated)} {'above' if stated > 0 else 'below'} {b.name}; the table gives "
                f"{a.shown} − {b.shown} = {actual}.",
                published=stated, expected=actual, unit=f"{a.name} − {b.name}", evidence=_ev(claim), claims=[claim])


def _ratio(ctx: AuditContext, claim: Claim, group: RankedGroup) -> None:
    """"11/19 tỉnh trên mức trung bình": the numerator against the units above the group's mean (as printed),
    the denominator against the units ranked."""
    value, den = dec(claim.value), dec(claim.denominator)
    units = group.shown
    if not units or value is None:
        return
    if den is not None and den != len(group.units):
        # "22/25 đơn vị, gồm: 16 sở; 6 huyện": a count of some other set of units than this table's group
        ctx.record("claim_ratio", "unverifiable", published=den, expected=len(group.units), unit=group.label,
                   evidence=_ev(claim), claims=[claim], reason="not_in_table")
        return
    if claim.subject not in ("above_average", "below_average"):
        return
    mean = sum((u.shown for u in units), Decimal(0)) / len(units)  # type: ignore[misc]
    inside = [u for u in units if (u.shown > mean if claim.subject == "above_average" else u.shown < mean)]  # type: ignore[operator]
    where_vi = "trên" if claim.subject == "above_average" else "dưới"
    if value == len(inside):
        ctx.passed("claim_ratio", published=value, expected=len(inside), unit=group.label, evidence=_ev(claim),
                   claims=[claim], reason=f"{where_vi} trung bình {fmt(mean, 2)}")
    else:
        doubt = any(u.doubt and not u.confirmed for u in units)
        ctx.add("claim_ratio", "warning" if doubt else "error",
                f"'{claim_subject(claim)}': văn bản nêu {fmt(value, 0)} đơn vị {where_vi} mức trung bình, theo bảng có "
                f"{len(inside)} (trung bình {fmt(mean, 2)}).",
                f"'{claim_subject(claim)}': the text states {value} units {'above' if where_vi == 'trên' else 'below'} "
                f"the average, the table has {len(inside)} (mean {mean:.2f}).",
                published=value, expected=len(inside), unit=group.label, ocr_doubt=doubt, evidence=_ev(claim),
                claims=[claim])


_KIND_OF_SCOPE = {"departments": {"department"}, "districts": {"district"}}


def _total(ctx: AuditContext, claim: Claim, group: RankedGroup) -> None:
    """The number of units stated as assessed ("19 sở, ban, ngành được đánh giá") against the rows of their table.

    Only where the group is known apart from that number (the one table, or the kind of units the claim and the
    table's rows name), so a group picked by its size never confirms its own size.  A table may leave units out
    or run on a page not read, so a difference is left unverifiable with the reason, never an accusation."""
    if claim.unit != "đơn vị" or claim.value is None or claim.approximate or claim.parts:
        return
    if len(_ALL_GROUPS.get(id(ctx), [])) != 1 and (
            claim.scope not in _KIND_OF_SCOPE or _group_kind_words(group) != _KIND_OF_SCOPE[claim.scope]):
        return
    value, rows = dec(claim.value), len(group.units)
    if value == rows:
        ctx.passed("claim_total", published=value, expected=rows, unit=group.label, evidence=_ev(claim),
                   claims=[claim], reason=f"{rows} dòng của bảng")
    else:
        ctx.record("claim_total", "unverifiable", published=value, expected=rows, unit=group.label,
                   evidence=_ev(claim), claims=[claim], reason="table_rows_differ")


_HANDLERS = {
    "total": _total,
    "value": _value,
    "rank": _rank,
    "comparison": _comparison,
    "ratio": _ratio,
    "average": _average,
    "highest": _extreme,
    "lowest": _extreme,
    "gap": _gap,
    "count": _count,
    "members": _count,
    "delta": _delta,
    "threshold": _threshold,
}
