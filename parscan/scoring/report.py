"""Audit report writers: JSON (machine), Markdown (review in a merge request), HTML (one file).

The HTML report is self-contained (inline CSS, crops as data: URIs) so it opens from a mail or a
USB stick without a server: a summary, the recomputed table beside the published one with the
differing cells highlighted, and every finding with a crop of the scan where the figure was read.
"""

from __future__ import annotations

import html
import io
import json
from pathlib import Path
from typing import IO, Literal

from parscan.errors import BadInputError
from parscan.schemas.archive import ArchiveAudit
from parscan.schemas.document import ParscanDocument
from parscan.schemas.findings import Finding
from parscan.scoring.context import AuditContext
from parscan.scoring.crops import crop_png
from parscan.scoring.methodology import select_methodology
from parscan.scoring.numeric import dec, fmt, round_to
from parscan.scoring.ranking_checks import check_rankings

ReportFormat = Literal["json", "html", "md"]
_ICONS = {"error": "✖", "warning": "⚠", "info": "ℹ"}


def summary(doc: ParscanDocument) -> dict[str, int]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in doc.findings:
        counts[finding.severity] += 1
    return counts


def review_counts(doc: ParscanDocument) -> dict[str, int]:
    """Findings an auditor confirmed or dismissed (`parscan serve`) and those still open."""
    counts = {"confirmed": 0, "dismissed": 0, "open": 0}
    for finding in doc.findings:
        counts[finding.review.status if finding.review else "open"] += 1
    return counts


def report_json(docs: list[ParscanDocument], methodology: str | None = None, archive: ArchiveAudit | None = None) -> str:
    payload = {
        "documents": [
            {
                "source": doc.source.path,
                "sha256": doc.source.sha256,
                "methodology": select_methodology(doc, methodology).id,
                "coverage": doc.coverage.model_dump(mode="json") if doc.coverage else None,
                "coverage_vi": doc.coverage.line_vi() if doc.coverage else None,
                "coverage_en": doc.coverage.line_en() if doc.coverage else None,
                "summary": summary(doc),
                "review": review_counts(doc),
                "findings": [f.model_dump(mode="json") for f in doc.findings],
                "checks": [c.model_dump(mode="json") for c in doc.checks],
            }
            for doc in docs
        ]
    }
    if archive is not None:
        from parscan.scoring.archive_report import archive_json

        payload["archive"] = archive_json(archive)  # type: ignore[assignment]
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def review_line(finding: Finding) -> str:
    """An auditor's decision on the finding (`parscan serve`), in words; empty when none was recorded."""
    r = finding.review
    if r is None:
        return ""
    said = "Đã xác nhận" if r.status == "confirmed" else "Đã bác bỏ"
    return f"{said} ({r.status}) bởi {r.by}, {r.at}" + (f": “{r.note}”" if r.note else "")


def _where(finding: Finding) -> str:
    parts = []
    for ev in finding.evidence[:1]:
        parts.append(f"tr. {ev.page}" + (f", dòng {ev.line_start}" if ev.line_start else ""))
    return "; ".join(parts)


def report_md(docs: list[ParscanDocument], methodology: str | None = None, archive: ArchiveAudit | None = None) -> str:
    out = io.StringIO()
    out.write("# Báo cáo kiểm tra số liệu Chỉ số CCHC\n\n")
    for doc in docs:
        counts = summary(doc)
        meth = select_methodology(doc, methodology)
        out.write(f"## {Path(doc.source.path).name}\n\n")
        if doc.coverage is not None:
            out.write(f"**{doc.coverage.line_vi()}**  \n")
        out.write(f"Phương pháp: `{meth.id}` — {meth.title}  \n")
        reviews = review_counts(doc)
        out.write(f"Lỗi: {counts['error']} · Cảnh báo: {counts['warning']} · Thông tin: {counts['info']}"
                  f" · Đã xác nhận: {reviews['confirmed']} · Đã bác bỏ: {reviews['dismissed']}"
                  f" · Chưa kiểm tra: {reviews['open']}\n\n")
        if not doc.findings:
            out.write("Không phát hiện sai lệch.\n\n")
            out.write(_passed_md(doc))
            continue
        out.write("| Mức | Kiểm tra | Đơn vị / mục | Công bố | Tính lại | Nội dung | Vị trí | Kiểm tra viên |\n")
        out.write("|---|---|---|---|---|---|---|---|\n")
        for f in doc.findings:
            cells = [f"{_ICONS[f.severity]} {f.severity}" + (" (OCR?)" if f.ocr_doubt else ""), f"`{f.check}`",
                     f.unit or f.code or "", _show(f.published), _show(f.expected), f.message_vi, _where(f),
                     review_line(f)]
            out.write("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |\n")
        out.write("\n")
        out.write(_passed_md(doc))
    if archive is not None:
        from parscan.scoring.archive_report import archive_md

        out.write(archive_md(archive))
    return out.getvalue()


def _passed_md(doc: ParscanDocument) -> str:
    """The checks that hold, folded away (GitHub and most viewers render <details>)."""
    passed = [c for c in doc.checks if c.status == "pass"]
    if not passed:
        return ""
    rows = [f"| `{c.check}` | {(c.unit or c.code or '').replace('|', '/')} | {_show(c.published)} | "
            f"{(c.reason or '').replace('|', '/')} |" for c in passed]
    return ("<details><summary>" + f"{len(passed)} số liệu khớp" + "</summary>\n\n| Kiểm tra | Đơn vị / mục | Công bố | "
            "Đối chiếu |\n|---|---|---|---|\n" + "\n".join(rows) + "\n\n</details>\n\n")


def _show(value: float | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return fmt(value)
    return str(value)


_CSS = """
body{font-family:'Liberation Serif','Times New Roman',serif;margin:24px;color:#222;max-width:1200px}
h1{font-size:24px}h2{font-size:20px;border-bottom:2px solid #345;padding-bottom:4px;margin-top:32px}
.summary span{display:inline-block;padding:4px 10px;margin-right:8px;border-radius:4px;font-weight:bold}
.s-error{background:#fde2e2;color:#a40000}.s-warning{background:#fff3cd;color:#7a5a00}.s-info{background:#e2ecfd;color:#1d4f91}
table{border-collapse:collapse;margin:8px 0 16px;font-size:14px}td,th{border:1px solid #aaa;padding:3px 6px}
th{background:#eef}td.num{text-align:right;font-variant-numeric:tabular-nums}
td.diff{background:#ffb3b3;font-weight:bold}td.doubt{background:#ffe9a8}
.finding{border-left:6px solid #999;padding:6px 12px;margin:10px 0;background:#fafafa}
.finding.error{border-color:#c00}.finding.warning{border-color:#d9a400}.finding.info{border-color:#4a7bd0}
.finding .en{color:#555;font-size:13px}.finding .review{color:#135;font-weight:bold}.finding img{display:block;margin-top:6px;border:1px solid #ccc;max-width:100%}
.tag{font-family:monospace;background:#eee;padding:1px 4px;border-radius:3px}
.coverage{font-size:17px}.coverage .en{color:#555;font-size:13px}details{margin:8px 0}summary{cursor:pointer}
"""


def _ranking_table(doc: ParscanDocument, methodology: str | None) -> str:
    """Published vs recomputed figures per unit; differing cells highlighted."""
    if not doc.rankings:
        return ""
    # only the recomputed ranking groups are shown: the rows' checks, not the whole audit again
    ctx = AuditContext(doc=doc.model_copy(deep=True), methodology=select_methodology(doc, methodology))
    groups = check_rankings(ctx)
    flagged = {(f.unit, f.check): f for f in doc.findings if f.unit}
    d, mode = ctx.methodology.index.decimals, ctx.methodology.index.rounding
    rows = ["<table><tr><th>Nhóm</th><th>Hạng</th><th>Đơn vị</th><th>Tổng in</th><th>Tổng tính lại</th>"
            "<th>Chỉ số in</th><th>Chỉ số tính lại</th><th>Hạng tính lại</th><th>Xếp loại tính lại</th></tr>"]
    for group in groups:
        shown = sorted((round_to(u.index, d, mode) for u in group.indexed), reverse=True)
        for unit in group.units:
            row = unit.row
            comps = [dec(v) for v in row.components.values() if v is not None]
            summed = sum(comps) if comps else None
            index = round_to(unit.index, d, mode) if unit.index is not None else None
            rank = shown.index(index) + 1 if index is not None else None

            def cell(value, check: str) -> str:
                f = flagged.get((unit.name, check))
                cls = "num" + ((" doubt" if f.ocr_doubt else " diff") if f and f.severity != "info" else "")
                return f'<td class="{cls}">{html.escape(fmt(value) if value is not None else "—")}</td>'

            rows.append(
                f"<tr><td>{html.escape(group.name)}</td>{cell(row.rank, 'rank_order')}<td>{html.escape(unit.name)}</td>"
                f"{cell(dec(row.total), 'row_total')}<td class=\"num\">{fmt(summed)}</td>"
                f"{cell(dec(row.index_pct), 'index')}<td class=\"num\">{fmt(index)}</td>"
                f"<td class=\"num\">{rank if rank is not None else '—'}</td>"
                f"<td>{html.escape(', '.join(unit.klass.values()))}</td></tr>"
            )
    rows.append("</table>")
    return "\n".join(rows)


def report_html(docs: list[ParscanDocument], methodology: str | None = None, archive: ArchiveAudit | None = None) -> str:
    out = io.StringIO()
    out.write('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
              f"<title>parscan — kiểm tra Chỉ số CCHC</title><style>{_CSS}</style></head><body>")
    out.write("<h1>Báo cáo kiểm tra số liệu Chỉ số CCHC</h1>")
    for doc in docs:
        counts = summary(doc)
        meth = select_methodology(doc, methodology)
        out.write(f"<h2>{html.escape(Path(doc.source.path).name)}</h2>")
        if doc.coverage is not None:
            out.write(f'<p class="coverage"><b>{html.escape(doc.coverage.line_vi())}</b><br>'
                      f'<span class="en">{html.escape(doc.coverage.line_en())}</span></p>')
        out.write(f"<p>Phương pháp: <span class=\"tag\">{html.escape(meth.id)}</span> {html.escape(meth.title)}</p>")
        out.write('<p class="summary">' + "".join(
            f'<span class="s-{sev}">{_ICONS[sev]} {label}: {counts[sev]}</span>'
            for sev, label in (("error", "Lỗi"), ("warning", "Cảnh báo"), ("info", "Thông tin"))) + "</p>")
        out.write(_ranking_table(doc, methodology))
        if not doc.findings:
            out.write("<p>Không phát hiện sai lệch.</p>")
        for f in doc.findings:
            out.write(f'<div class="finding {f.severity}"><b>{_ICONS[f.severity]} {html.escape(f.severity)}</b> '
                      f'<span class="tag">{html.escape(f.check)}</span> '
                      f"{html.escape(f.unit or f.code or '')}"
                      + (" <i>(có thể do OCR)</i>" if f.ocr_doubt else "")
                      + f"<div>{html.escape(f.message_vi)}</div><div class=\"en\">{html.escape(f.message_en)}</div>")
            if f.published is not None or f.expected is not None:
                out.write(f"<div>Công bố: <b>{html.escape(_show(f.published))}</b> · "
                          f"Tính lại: <b>{html.escape(_show(f.expected))}</b></div>")
            if f.review is not None:
                out.write(f'<div class="review">{html.escape(review_line(f))}</div>')
            for ev in f.evidence[:2]:
                out.write(f"<div class=\"en\">{html.escape(_where(Finding(check='', severity='info', message_vi='', message_en='', evidence=[ev])))}"
                          f"{(' — ' + html.escape(ev.text[:200])) if ev.text else ''}</div>")
                png = crop_png(doc, ev)
                if png:
                    out.write(f'<img alt="vùng ảnh trang {ev.page}" src="data:image/png;base64,{png}">')
            out.write("</div>")
        out.write(_passed_html(doc))
    if archive is not None:
        from parscan.scoring.archive_report import archive_html

        out.write(archive_html(archive))
    out.write("</body></html>\n")
    return out.getvalue()


def _passed_html(doc: ParscanDocument) -> str:
    passed = [c for c in doc.checks if c.status == "pass"]
    unverifiable = [c for c in doc.checks if c.status == "unverifiable"]
    out = []
    for items, label in ((passed, "số liệu khớp"), (unverifiable, "số liệu không kiểm chứng được")):
        if not items:
            continue
        rows = "".join(f"<tr><td><span class=\"tag\">{html.escape(c.check)}</span></td>"
                       f"<td>{html.escape(c.unit or c.code or '')}</td><td class=\"num\">{html.escape(_show(c.published))}</td>"
                       f"<td>{html.escape(c.reason or '')}</td>"
                       f"<td>{html.escape(_where(Finding(check='', severity='info', message_vi='', message_en='', evidence=c.evidence[:1])))}</td></tr>"
                       for c in items)
        out.append(f"<details><summary>{len(items)} {label}</summary><table><tr><th>Kiểm tra</th><th>Đơn vị / mục"
                   f"</th><th>Công bố</th><th>Đối chiếu / lý do</th><th>Vị trí</th></tr>{rows}</table></details>")
    return "".join(out)


def write_report(docs: list[ParscanDocument], path_or_stream: str | Path | IO[str], fmt: ReportFormat = "json",
                 methodology: str | None = None, archive: ArchiveAudit | None = None) -> None:
    """Write the audit report of already audited documents (see `audit_documents`); `archive`: the checks
    across them (`archive_audit.audit_archive`), written after the documents."""
    writers = {"json": report_json, "html": report_html, "md": report_md}
    if fmt not in writers:
        raise BadInputError(f"unknown report format '{fmt}' (json, html or md)")
    text = writers[fmt](docs, methodology, archive)
    if isinstance(path_or_stream, (str, Path)):
        path = Path(path_or_stream)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    else:
        path_or_stream.write(text)
