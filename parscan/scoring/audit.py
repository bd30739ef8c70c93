"""Audit entry point: recompute what each document publishes and record the discrepancies.

`audit_documents` fills `doc.findings` for every document.  When several documents are audited
together, a claim about an earlier year ("tăng 0,61 điểm so với năm 2021 (88,99 điểm)") is also
checked against the earlier year's document when it is among them.
"""

from __future__ import annotations

from parscan.schemas.document import ParscanDocument
from parscan.schemas.findings import Coverage
from parscan.scoring.claim_checks import check_claims, claim_subject, current_value, ledger_unit, resolve_group
from parscan.scoring.claim_consistency import check_consistency
from parscan.scoring.context import AuditContext
from parscan.scoring.criteria_checks import check_criteria
from parscan.scoring.methodology import Methodology, select_methodology
from parscan.scoring.numeric import dec, fmt, round_to
from parscan.scoring.ranking_checks import RankedGroup, check_rankings

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def audit_document(doc: ParscanDocument, methodology: str | None = None) -> tuple[AuditContext, list[RankedGroup]]:
    """Audit one document; returns the context (findings, methodology) and the recomputed groups."""
    ctx = AuditContext(doc=doc, methodology=select_methodology(doc, methodology))
    groups = check_rankings(ctx)
    check_criteria(ctx)
    ctx.against_table = True
    check_claims(ctx, groups)
    ctx.against_table = False
    check_consistency(ctx)
    return ctx, groups


def audit_documents(docs: list[ParscanDocument], methodology: str | None = None) -> list[ParscanDocument]:
    """Fill `findings` of every document (replacing earlier ones) and return the documents."""
    audited = [audit_document(doc, methodology) for doc in docs]
    _cross_year(audited)
    for ctx, groups in audited:
        _unchecked_claims(ctx, groups)
        ctx.findings.sort(key=lambda f: _SEVERITY_ORDER[f.severity])
        ctx.doc.findings = ctx.findings
        ctx.doc.checks = ctx.checks
        ctx.doc.coverage = Coverage.of(ctx.checks, stated_figures(ctx.doc))
    return docs


def stated_figures(doc: ParscanDocument) -> int:
    """How many figures the document states that the audit read: prose claims and printed table cells."""
    n = 0
    for c in doc.claims:
        n += (c.value is not None) + (c.previous_value is not None) + len(c.parts) + bool(c.members)
    for r in doc.rankings:
        n += (r.rank is not None) + (r.total is not None) + (r.index_pct is not None)
        n += sum(v is not None for v in r.components.values())
    for r in doc.criteria:
        n += (r.max_points is not None) + sum(v is not None for v in r.values.values())
    return n


def _unchecked_claims(ctx: AuditContext, groups: list[RankedGroup]) -> None:
    """A stated figure no check could reach is still in the ledger, as unverifiable, with the reason."""
    for claim in ctx.doc.claims:
        if id(claim) in ctx.covered or (claim.value is None and not claim.members):
            continue
        table_only = claim.kind in ("highest", "lowest", "ratio", "rank", "average", "gap") or (
            claim.kind in ("count", "members") and not claim.members)
        reason = "no_table" if not groups and table_only else "no_relation"
        ctx.record(f"claim_{claim.kind}", "unverifiable", published=claim.value, unit=ledger_unit(claim),
                   reason=reason, evidence=[claim.evidence], claims=[claim])


def methodology_of(doc: ParscanDocument, methodology: str | None = None) -> Methodology:
    return select_methodology(doc, methodology)


def _year(doc: ParscanDocument) -> int | None:
    meta = doc.document
    if meta.year_assessed:
        return meta.year_assessed
    return int(meta.date[:4]) if meta.date and meta.date[:4].isdigit() else None


def _cross_year(audited: list[tuple[AuditContext, list[RankedGroup]]]) -> None:
    """Previous-year values stated in one document vs. the earlier year's document itself."""
    by_key = {}
    for ctx, groups in audited:
        year = _year(ctx.doc)
        if year is not None:
            by_key[(ctx.methodology.province, year)] = (ctx, groups)
    for ctx, groups in audited:
        year = _year(ctx.doc)
        for claim in ctx.doc.claims:
            previous = dec(claim.previous_value)
            if previous is None or claim.kind not in ("delta", "average", "gap"):
                continue
            earlier_year = claim.previous_year or (year - 1 if year else None)
            earlier = by_key.get((ctx.methodology.province, earlier_year))
            if earlier is None or earlier[0] is ctx:
                continue
            e_ctx, e_groups = earlier
            group = resolve_group(claim, e_groups)
            then = current_value(e_ctx, claim, group, e_groups)
            if then is None:
                continue
            value, what = then
            d, mode = e_ctx.methodology.index.decimals, e_ctx.methodology.index.rounding
            if round_to(value, d, mode) != previous:
                ctx.add("claim_delta", "error",
                        f"'{claim_subject(claim)}': giá trị năm {earlier_year} nêu là {fmt(previous)}, "
                        f"nhưng báo cáo năm {earlier_year} cho {fmt(round_to(value, d, mode))}.",
                        f"'{claim_subject(claim)}': the {earlier_year} value is given as {previous}, "
                        f"but the {earlier_year} report gives {round_to(value, d, mode)}.",
                        published=previous, expected=round_to(value, d, mode),
                        unit=what if what not in ("gap", "average") else (group.name if group else None),
                        evidence=[claim.evidence], claims=[claim])
            else:
                ctx.passed("claim_delta", published=previous, expected=round_to(value, d, mode),
                           unit=what if what not in ("gap", "average") else (group.name if group else None),
                           evidence=[claim.evidence], claims=[claim], reason=f"năm {earlier_year}")
