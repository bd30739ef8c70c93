"""What the document template draws: pages with boxes in percent of the page (so zooming is scaling one
element), tables as grids with their doubtful and failing cells marked, lines with their OCR reading, and
findings with the boxes of their evidence.  Pure data from the audited document; no HTML here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from parscan.archive.corrections import cell_target, finding_target, line_target
from parscan.archive.store import Correction
from parscan.schemas.archive import ArchiveAudit, ArchiveFinding, CitedEvidence
from parscan.schemas.document import ParscanDocument
from parscan.schemas.findings import Finding
from parscan.schemas.geometry import Box, Evidence
from parscan.schemas.records import Cell, Table

LOW_CONF = 60.0
HIGH_CONF = 85.0


@dataclass
class Overlay:
    """A box on a page image, in percent of the page: left, top, width, height."""

    left: float
    top: float
    width: float
    height: float
    css: str
    title: str = ""
    finding: str | None = None  # the finding's index in the panel; "aN" for the N-th across documents
    target: str | None = None


@dataclass
class PageView:
    number: int
    has_image: bool
    aspect: float  # height / width
    overlays: list[Overlay] = field(default_factory=list)
    lines: list[dict[str, object]] = field(default_factory=list)


@dataclass
class GridCell:
    text: str
    target: str
    css: str
    row_span: int
    col_span: int
    original: str | None  # the OCR reading when corrected
    title: str


@dataclass
class TableView:
    id: str
    kind: str
    index_kind: str | None
    pages: list[int]
    header: list[str]
    rows: list[list[GridCell]]


@dataclass
class FindingView:
    index: int
    finding: Finding
    target: str
    where: str


def conf_class(conf: float | None) -> str:
    if conf is None:
        return "conf-none"
    return "conf-low" if conf < LOW_CONF else "conf-mid" if conf < HIGH_CONF else "conf-high"


def _percent(box: Box, width: int, height: int, css: str, **extra: object) -> Overlay:
    return Overlay(round(100 * box.x0 / width, 3), round(100 * box.y0 / height, 3),
                   round(100 * box.width / width, 3), round(100 * box.height / height, 3), css, **extra)  # type: ignore[arg-type]


def _inside(inner: Box, outer: Box, slack: int = 4) -> bool:
    return (inner.x0 >= outer.x0 - slack and inner.y0 >= outer.y0 - slack and inner.x1 <= outer.x1 + slack
            and inner.y1 <= outer.y1 + slack)


def _cell_page(table: Table, cell: Cell) -> int | None:
    return cell.page or (table.pages[0] if table.pages else None)


def _evidence_holds(ev: Evidence, table: Table, cell: Cell) -> bool:
    """Is the cell part of what a finding cites (its row on a scan, its line on text input)?"""
    if ev.page != _cell_page(table, cell):
        return False
    if ev.box is not None and cell.box is not None:
        return _inside(cell.box, ev.box)
    return ev.line_start is not None and cell.line_start is not None and (
        ev.line_start <= cell.line_start <= (ev.line_end or ev.line_start))


def page_views(doc: ParscanDocument, findings: list[Finding], corrected: dict[str, Correction],
               across: ArchiveAudit | None = None) -> list[PageView]:
    sha = doc.source.sha256
    across_marks = [(f"a{n}", f, ev) for n, f in enumerate(across.findings if across else [])
                    for ev in f.evidence if ev.sha256 == sha]
    views = []
    for page in doc.pages:
        has_image = doc.source.kind != "text" and bool(page.width and page.height)
        view = PageView(page.number, has_image, (page.height or 1) / (page.width or 1))
        for i, line in enumerate(page.lines):
            target = line_target(page.number, i)
            view.lines.append({"index": i, "text": line.text, "ocr_text": line.ocr_text, "conf": line.conf,
                               "css": conf_class(line.conf), "target": target,
                               "corrected": target in corrected})
            if has_image and line.box is not None:
                for word in line.words:
                    if word.box is not None:
                        view.overlays.append(_percent(word.box, page.width, page.height,  # type: ignore[arg-type]
                                                      f"word {conf_class(word.conf)}",
                                                      title=f"{word.text} ({word.conf if word.conf is not None else '–'})"))
                view.overlays.append(_percent(line.box, page.width, page.height, "line",  # type: ignore[arg-type]
                                              title=line.text, target=target))
        if has_image:
            for table in doc.tables:
                for cell in table.cells:
                    if cell.box is not None and _cell_page(table, cell) == page.number:
                        view.overlays.append(_percent(cell.box, page.width, page.height,  # type: ignore[arg-type]
                                                      f"cell {conf_class(cell.conf)}", title=cell.text,
                                                      target=cell_target(table.id, cell)))
            for n, finding in enumerate(findings):
                for ev in finding.evidence:
                    if ev.page == page.number and ev.box is not None:
                        view.overlays.append(_percent(ev.box, page.width, page.height,  # type: ignore[arg-type]
                                                      f"evidence {finding.severity}", title=finding.message_vi,
                                                      finding=str(n)))
            for key, finding, ev in across_marks:
                if ev.page == page.number and ev.box is not None:
                    view.overlays.append(_percent(ev.box, page.width, page.height,  # type: ignore[arg-type]
                                                  f"evidence across {finding.severity}", title=finding.message_vi,
                                                  finding=key))
        views.append(view)
    return views


def table_views(doc: ParscanDocument, findings: list[Finding], corrected: dict[str, Correction]) -> list[TableView]:
    cited = [ev for f in findings if f.review is None or f.review.status != "dismissed" for ev in f.evidence]
    out = []
    for table in doc.tables:
        n_rows = max((c.row for c in table.cells), default=-1) + 1
        grid: list[list[GridCell]] = [[] for _ in range(n_rows)]
        for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
            target = cell_target(table.id, cell)
            css = [conf_class(cell.conf)]
            if cell.ocr_doubt or (cell.kind in ("score", "rank", "count") and cell.value is None and cell.text.strip()):
                css.append("doubt")
            if any(_evidence_holds(ev, table, cell) for ev in cited):
                css.append("failing")
            fix = corrected.get(target)
            if fix is not None:
                css.append("corrected")
            title = "; ".join(filter(None, [f"độ tin cậy {cell.conf:.0f}" if cell.conf is not None else None,
                                            cell.ocr_doubt, f"OCR: {fix.old_value}" if fix else None]))
            grid[cell.row].append(GridCell(cell.text, target, " ".join(css), cell.row_span, cell.col_span,
                                           fix.old_value if fix else None, title))
        out.append(TableView(table.id, table.kind, table.index_kind, table.pages, table.header, grid))
    return out


def finding_views(findings: list[Finding]) -> list[FindingView]:
    views = []
    for n, f in enumerate(findings):
        ev = f.evidence[0] if f.evidence else None
        where = ""
        if ev is not None:
            where = f"tr. {ev.page}" + (f", dòng {ev.line_start}" if ev.line_start else "")
        views.append(FindingView(n, f, finding_target(f), where))
    return views


@dataclass
class AcrossView:
    """A finding across documents as the document view lists it: where it is in this document (for the
    highlight) and the other documents it cites (links)."""

    key: str
    finding: ArchiveFinding
    here: list[CitedEvidence]
    others: list[CitedEvidence]


def across_views(across: ArchiveAudit, sha256: str) -> list[AcrossView]:
    return [AcrossView(f"a{n}", f, [ev for ev in f.evidence if ev.sha256 == sha256],
                       [ev for ev in f.evidence if ev.sha256 != sha256])
            for n, f in enumerate(across.findings)]
