"""The archive section of the audit report: checks across documents, grouped by unit.

Each unit (or group, for averages and counts) lists its findings first, then its passed checks folded away;
every row names both documents - the quoting one and the publication - with page and role.
"""

from __future__ import annotations

import html
import io
from pathlib import Path
from typing import Any

from parscan.schemas.archive import ArchiveAudit, ArchiveCheck, CitedEvidence
from parscan.scoring.archive_audit import units_of
from parscan.scoring.numeric import fmt

_ROLE_VI = {"publication": "văn bản công bố", "quote": "trích dẫn"}
_ICONS = {"error": "✖", "warning": "⚠", "info": "ℹ"}


def archive_json(archive: ArchiveAudit) -> dict[str, Any]:
    return {
        "coverage": archive.coverage.model_dump(mode="json"),
        "coverage_vi": archive.coverage.line_vi(),
        "coverage_en": archive.coverage.line_en(),
        "documents": [d.model_dump(mode="json") for d in archive.documents],
        "findings": [f.model_dump(mode="json") for f in archive.findings],
        "checks": [c.model_dump(mode="json") for c in archive.checks],
    }


def _show(value: float | str | None) -> str:
    if value is None:
        return ""
    return fmt(value) if isinstance(value, float) else str(value)


def _where(ev: CitedEvidence) -> str:
    line = f", dòng {ev.line_start}" if ev.line_start else ""
    role = _ROLE_VI.get(ev.role, ev.role) + (", được dẫn chiếu" if ev.cited else "")
    return f"{Path(ev.path).name} tr. {ev.page}{line} ({role})"


def _sources(check: ArchiveCheck) -> str:
    return "; ".join(_where(ev) for ev in check.evidence)


def _findings_for(archive: ArchiveAudit, checks: list[ArchiveCheck]) -> list:
    """The findings of one unit's group of checks (group-level figures: by scope)."""
    unit = checks[0].unit
    scopes = {c.scope for c in checks}
    return [f for f in archive.findings if (f.unit == unit if unit else (not f.unit and f.scope in scopes))]


def archive_md(archive: ArchiveAudit) -> str:
    out = io.StringIO()
    out.write("## Đối chiếu giữa các văn bản\n\n")
    out.write(f"**{archive.coverage.line_vi()}**  \n{len(archive.documents)} văn bản; "
              f"lỗi: {sum(f.severity == 'error' for f in archive.findings)} · "
              f"cảnh báo: {sum(f.severity == 'warning' for f in archive.findings)}\n\n")
    failed = {id(c) for c in archive.checks if c.status != "pass"}
    for unit, checks in units_of(archive).items():
        bad = [c for c in checks if id(c) in failed]
        good = [c for c in checks if id(c) not in failed]
        out.write(f"### {unit}\n\n")
        for f in _findings_for(archive, checks):
            out.write(f"- {_ICONS[f.severity]} `{f.check}` {f.message_vi}\n")
        rows = [f"| `{c.check}` | {c.year or ''} | {_show(c.published)} | {_show(c.expected)} | {c.status} | "
                f"{_sources(c).replace('|', '/')} |" for c in bad]
        if rows:
            out.write("\n| Kiểm tra | Năm | Nêu | Văn bản công bố | Kết quả | Văn bản |\n|---|---|---|---|---|---|\n")
            out.write("\n".join(rows) + "\n")
        if good:
            out.write(f"\n<details><summary>{len(good)} số liệu khớp</summary>\n\n"
                      "| Kiểm tra | Năm | Nêu | Đối chiếu | Văn bản |\n|---|---|---|---|---|\n")
            out.write("\n".join(f"| `{c.check}` | {c.year or ''} | {_show(c.published)} | {_show(c.expected)} | "
                                f"{_sources(c).replace('|', '/')} |" for c in good))
            out.write("\n\n</details>\n")
        out.write("\n")
    return out.getvalue()


def archive_html(archive: ArchiveAudit) -> str:
    out = io.StringIO()
    out.write('<h2 id="archive">Đối chiếu giữa các văn bản</h2>')
    out.write(f'<p class="coverage"><b>{html.escape(archive.coverage.line_vi())}</b><br>'
              f'<span class="en">{html.escape(archive.coverage.line_en())}</span></p>')
    for unit, checks in units_of(archive).items():
        out.write(f"<h3>{html.escape(unit)}</h3>")
        for f in _findings_for(archive, checks):
            out.write(f'<div class="finding {f.severity}"><b>{_ICONS[f.severity]} {html.escape(f.severity)}</b> '
                      f'<span class="tag">{html.escape(f.check)}</span><div>{html.escape(f.message_vi)}</div>'
                      f'<div class="en">{html.escape(f.message_en)}</div>'
                      + "".join(f'<div class="en">{html.escape(_where(ev))} — {html.escape(ev.text[:200])} '
                                f'<span class="tag">{html.escape(ev.sha256[:12])}</span></div>' for ev in f.evidence)
                      + "</div>")
        rows = "".join(
            f"<tr><td><span class=\"tag\">{html.escape(c.check)}</span></td><td>{c.year or ''}</td>"
            f"<td class=\"num\">{html.escape(_show(c.published))}</td><td class=\"num\">{html.escape(_show(c.expected))}</td>"
            f"<td>{html.escape(c.status)}</td><td>{html.escape(_sources(c))}</td></tr>" for c in checks)
        passed = sum(c.status == "pass" for c in checks)
        out.write(f"<details><summary>{len(checks)} kiểm tra ({passed} khớp)</summary><table><tr><th>Kiểm tra</th>"
                  f"<th>Năm</th><th>Nêu</th><th>Đối chiếu</th><th>Kết quả</th><th>Văn bản</th></tr>{rows}"
                  "</table></details>")
    return out.getvalue()
