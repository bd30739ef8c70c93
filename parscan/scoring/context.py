"""What every check needs: the document, its methodology, evidence and OCR-doubt lookup.

A discrepancy is only an accusation when the figures involved were read reliably.  `doubts`
collects why a figure may be misread (low OCR confidence, a second reading of its cell, a
separator the number parser had to restore, extractor warnings on the row), so that a check can
report "maybe OCR" as a warning instead of an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from parscan.normalizers.numbers import parse_number
from parscan.registries.national import national_scope_size
from parscan.schemas.document import ParscanDocument
from parscan.schemas.findings import Check, CheckStatus, Finding, Severity
from parscan.schemas.geometry import Evidence
from parscan.schemas.records import Cell, Claim, CriterionRow, RankingRow, Table
from parscan.scoring.methodology import Methodology
from parscan.scoring.numeric import dec

LOW_CONF = 60.0  # word/cell confidence below which a figure is treated as doubtful
SURE_CONF = 90.0  # below it, a cell a discrepancy hangs on is read again before an error is raised
LOW_PAGE_CONF = 45.0
_SPLIT_DECIMAL_RE = re.compile(r"(?<![\d.,])\d{1,3},\s+\d{1,2}\s*%")  # "88, 16%": 88,16 with a space read in it
# extractor / number-parser notes that mean "this value was reconstructed, not read cleanly"
_DOUBT_NOTES = ("decimal_restored", "restored", "ocr_digit_fix", "no readable number", "uncertain", "garbled", "unreadable", "low_conf", "derived",
                "ambiguous", "guess")


@dataclass
class Doubt:
    """Why a record's figures may be misread, and second readings of its cells (text -> value)."""

    reasons: list[str] = field(default_factory=list)  # English
    reasons_vi: list[str] = field(default_factory=list)  # the same, in Vietnamese
    alternates: dict[Decimal, list[Decimal]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.reasons)

    def add(self, en: str, vi: str) -> None:
        self.reasons.append(en)
        self.reasons_vi.append(vi)


def _distinct(evidence: list[Evidence | None] | None) -> list[Evidence]:
    """Each place once: several statements of one line (three group counts in one sentence) cite it once."""
    out: list[Evidence] = []
    for e in evidence or []:
        if e is not None and e not in out:
            out.append(e)
    return out


_STATUS_OF = {"error": "fail", "warning": "unverifiable", "info": "pass"}


@dataclass
class AuditContext:
    doc: ParscanDocument
    methodology: Methodology
    findings: list[Finding] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    covered: set[int] = field(default_factory=set)  # id() of the claims some check has verified
    against_table: bool = False  # claims are being checked against the tables (not against each other)
    misquoted: dict[int, tuple[str, str]] = field(default_factory=dict)  # id() of a claim the table contradicts:
    #                                        what was stated and what the table gives, to name as a later cause

    def record(
        self,
        check: str,
        status: CheckStatus,
        *,
        published: float | str | Decimal | None = None,
        expected: float | str | Decimal | None = None,
        unit: str | None = None,
        code: str | None = None,
        reason: str | None = None,
        evidence: list[Evidence | None] | None = None,
        claims: list[Claim] | tuple[Claim, ...] = (),
    ) -> Check:
        """Enter one verification in the ledger (a passed one too); `claims` are the statements it covers."""
        figures = {float(v) for c in claims for v in (c.value, c.previous_value, c.change, c.denominator, *c.parts,
                                                     *c.between) if v is not None}
        if isinstance(_plain(published), float) or isinstance(published, int):
            figures.add(float(published))  # type: ignore[arg-type]
        entry = Check(check=check, status=status, published=_plain(published), expected=_plain(expected), unit=unit,
                      code=code, reason=reason, evidence=_distinct(evidence), figures=sorted(figures))
        self.checks.append(entry)
        self.covered.update(id(c) for c in claims)
        return entry

    def passed(self, check: str, **kw) -> Check:
        return self.record(check, "pass", **kw)

    def add(
        self,
        check: str,
        severity: Severity,
        message_vi: str,
        message_en: str,
        *,
        published: float | str | Decimal | None = None,
        expected: float | str | Decimal | None = None,
        unit: str | None = None,
        code: str | None = None,
        ocr_doubt: bool = False,
        evidence: list[Evidence | None] | None = None,
        claims: list[Claim] | tuple[Claim, ...] = (),
        status: CheckStatus | None = None,
        reason: str | None = None,
    ) -> Finding:
        """A finding, entered in the ledger as well: an error is a failed check, a warning one that cannot be
        decided (OCR doubt, unless `reason` says otherwise), an info one that holds with a remark.

        Verify before accusing: an error about a statement whose printed figure looks split by OCR ("đạt 88,
        16%": a space after the decimal comma, read as 16 %) is a warning that quotes the printed figure."""
        split = next((m.group(0) for c in claims for m in [_SPLIT_DECIMAL_RE.search(c.text or "")] if m), None)
        if severity == "error" and split is not None:
            severity, ocr_doubt = "warning", True
            message_vi += f" Số liệu in có thể bị tách khi nhận dạng (OCR): '{split}'."
            message_en += f" A printed figure may be split by OCR: '{split}'."
        if severity == "error" and self._rests_on_cue(claims, expected):
            # no accusation rests on a guess: a statement read from its cue words alone is verified when its
            # check agrees, and left undecided, with both figures shown, when it does not
            severity, status, reason = "warning", "unverifiable", "cue_only"
            message_vi += (f" Một câu của phép kiểm tra này chỉ được đọc theo từ khóa, không theo một mẫu câu đã biết (số nêu "
                           f"{_plain(published)}, số đối chiếu {_plain(expected)}): chưa đủ căn cứ để kết luận sai.")
            message_en += (f" A sentence of this check was read from its cue words only, not by a known construction "
                           f"(stated {_plain(published)}, compared with {_plain(expected)}): not enough to call it wrong.")
        if severity == "error" and self.against_table:
            for c in claims:
                self.misquoted.setdefault(id(c), (f"{_plain(published)} (bảng: {_plain(expected)})",
                                                  f"{_plain(published)} (table: {_plain(expected)})"))
        elif severity == "error" and not self.against_table:
            cause = next((self.misquoted[id(c)] for c in claims if id(c) in self.misquoted), None)
            if cause is not None:
                # one wrong figure, one accusation: a relation between statements that fails only because one of
                # them is already reported wrong against the table names that cause instead of accusing again
                severity, status, reason = "info", "unverifiable", "derived_from_misquote"
                message_vi += f" Sai lệch này suy ra từ một số liệu đã được báo sai so với bảng: {cause[0]}."
                message_en += f" This follows from a figure already reported wrong against the table: {cause[1]}."
        status = status or _STATUS_OF[severity]  # type: ignore[assignment]
        if status == "unverifiable" and reason is None:
            reason = "ocr_doubt" if ocr_doubt else "doubtful"
        self.record(check, status, published=published, expected=expected, unit=unit, code=code,  # type: ignore[arg-type]
                    reason=reason, evidence=evidence, claims=claims)
        finding = Finding(
            check=check,
            severity=severity,
            message_vi=message_vi,
            message_en=message_en,
            published=_plain(published),
            expected=_plain(expected),
            unit=unit,
            code=code,
            ocr_doubt=ocr_doubt,
            evidence=_distinct(evidence),
        )
        self.findings.append(finding)
        return finding

    def _rests_on_cue(self, claims: list[Claim] | tuple[Claim, ...], expected: object) -> bool:
        """Does a discrepancy rest on a cue-read statement: one of its claims, or the figure it was compared with
        when only a cue-read statement prints it (a check may name only the statement it accuses, and take the
        figure it expects from another)?"""
        if any(c.reading == "cue" for c in claims):
            return True
        computed = _plain(expected)  # type: ignore[arg-type]
        if not isinstance(computed, (int, float)):
            return False
        units = {c.unit for c in claims}  # a figure of another measure ("2 bậc" beside a list of 2) is not it
        stated_by = {"frame" if _known_total(c) else c.reading for c in self.doc.claims
                     if abs(float(computed)) in _stated_figures(c) and (not units or c.unit in units)}
        return stated_by == {"cue"}  # the compared figure is printed only where the cue reader read it

    # ---- OCR doubt ---------------------------------------------------------------------------

    def table(self, table_id: str | None) -> Table | None:
        return next((t for t in self.doc.tables if t.id == table_id), None) if table_id else None

    def row_cells(self, record: RankingRow | CriterionRow) -> list[Cell]:
        """Cells of the record's table that lie on the record's line (by box, else by text)."""
        table = self.table(record.table_id)
        if table is None:
            return []
        box = record.evidence.box if record.evidence else None
        if box is not None:
            cells = [c for c in table.cells if c.box and c.box.y0 < box.y1 and c.box.y1 > box.y0]
            if cells:
                return cells
        raw = set(record.raw_cells)
        if not raw:
            return []
        by_row: dict[int, list[Cell]] = {}
        for cell in table.cells:
            by_row.setdefault(cell.row, []).append(cell)
        best = max(by_row.values(), key=lambda cells: sum(c.text in raw for c in cells), default=[])
        return best if sum(c.text in raw for c in best) >= max(2, len(raw) // 2) else []

    def doubt(self, record: RankingRow | CriterionRow) -> Doubt:
        doubt = Doubt()
        for note in record.warnings:
            if any(key in note.lower() for key in _DOUBT_NOTES):
                doubt.add(f"extractor: {note}", f"ghi chú khi đọc bảng: {_note_vi(note)}")
        for cell in self.row_cells(record):
            value = dec(parse_number(cell.text))
            if cell.conf is not None and cell.conf < LOW_CONF:
                self._low_confidence(doubt, cell, value)
            if cell.alt_text and cell.alt_text != cell.text:
                alt = dec(parse_number(cell.alt_text))
                doubt.add(f"'{cell.text}' / '{cell.alt_text}'", f"'{cell.text}' / '{cell.alt_text}'")
                if value is not None and alt is not None:
                    doubt.alternates.setdefault(value, []).append(alt)
        page = self._page(record.evidence)
        if page is not None and page.mean_conf is not None and page.mean_conf < LOW_PAGE_CONF:
            doubt.add(f"page {page.number} OCR confidence {page.mean_conf:.0f}",
                      f"trang {page.number} có độ tin cậy OCR {page.mean_conf:.0f}")
        return doubt

    def _low_confidence(self, doubt: Doubt, cell: Cell, value: Decimal | None) -> None:
        """Verify before accusing: a number cell read with low confidence is read again from the scan
        (`reread.py`). Re-readings that all agree with it clear the doubt (the figure stands); one that
        differs is quoted next to the cell's reading and becomes an alternate value; without two
        re-readings (text input, source gone, not a number) the low confidence stays a doubt.
        """
        readings: list[str] = []
        if value is not None:
            from parscan.scoring.reread import reread_cell

            readings = reread_cell(self.doc, cell)
        other = list(dict.fromkeys(r for r in readings if not _same_figure(r, cell.text)))
        conf, conf_vi = f"(conf {cell.conf:.0f})", f"(độ tin cậy {cell.conf:.0f})"
        if other:
            readings_text = " / ".join(f"'{t}'" for t in [cell.text, *other])
            doubt.add(f"{readings_text} {conf}", f"{readings_text} {conf_vi}")
            for alt in (dec(parse_number(r)) for r in other):
                if value is not None and alt is not None and alt != value:
                    known = doubt.alternates.setdefault(value, [])
                    if alt not in known:
                        known.append(alt)
        elif len(readings) < 2:
            doubt.add(f"'{cell.text}' {conf}", f"'{cell.text}' {conf_vi}")

    def second_look(self, record: RankingRow | CriterionRow, figures: list[Decimal]) -> Doubt:
        """Verify before accusing, past the low-confidence cells: the record's cells holding `figures` (the ones a
        discrepancy hangs on) that OCR read with less than full confidence are read again from the scan; a
        re-reading that differs is quoted and becomes an alternate value.  Empty when they all agree, when
        no cell can be read again (text input) or none is below SURE_CONF."""
        from parscan.scoring.reread import reread_cell

        doubt = Doubt()
        for cell in self.row_cells(record):
            value = dec(parse_number(cell.text))
            if value is None or value not in figures or cell.conf is None or not LOW_CONF <= cell.conf < SURE_CONF:
                continue
            other = [r for r in dict.fromkeys(reread_cell(self.doc, cell)) if not _same_figure(r, cell.text)]
            alternates = [a for a in (dec(parse_number(r)) for r in other) if a is not None and a != value]
            if alternates:
                readings_text = " / ".join(f"'{t}'" for t in [cell.text, *other])
                doubt.add(f"{readings_text} (conf {cell.conf:.0f})", f"{readings_text} (độ tin cậy {cell.conf:.0f})")
                doubt.alternates.setdefault(value, []).extend(a for a in alternates
                                                              if a not in doubt.alternates.get(value, []))
        return doubt

    def _page(self, evidence: Evidence | None):
        if evidence is None:
            return None
        return next((p for p in self.doc.pages if p.number == evidence.page), None)


def _same_figure(reading: str, text: str) -> bool:
    """A re-reading says the same figure: the same value, or the same digits with the separator not seen
    (single-word OCR often drops the decimal comma: '9477' for '94,77')."""
    if parse_number(reading) == parse_number(text):
        return True
    digits = [ch for ch in reading if ch.isdigit() or ch == "-"]
    return not any(ch in ".," for ch in reading) and digits == [ch for ch in text if ch.isdigit() or ch == "-"]


def _known_total(c: Claim) -> bool:
    """A total of provinces equal to the registry's count for its year (63, 34 from 2025) is a fact, however read."""
    return c.kind == "total" and c.scope == "provinces" and c.value == national_scope_size("provinces", c.year)


def _stated_figures(c: Claim) -> set[float]:
    return {abs(v) for v in (c.value, c.change, c.previous_value, c.denominator, *c.parts) if v is not None}


def _plain(value: float | str | Decimal | None) -> float | str | None:
    if isinstance(value, Decimal):
        return float(value)
    return value


def severity_for(doubt: Doubt | bool) -> Severity:
    return "warning" if doubt else "error"


_NOTES_VI = (("decimal separator restored", "đã khôi phục dấu thập phân"), ("registry", "lấy theo danh mục"),
             ("unreadable", "không đọc được"), ("garbled", "chữ bị lỗi"), ("uncertain", "chưa chắc chắn"),
             ("low_conf", "độ tin cậy thấp"), ("ocr_digit_fix", "đã sửa chữ số đọc nhầm"), ("derived", "suy ra"))


def _note_vi(note: str) -> str:
    """An extractor's note, in Vietnamese where the note is one of the known kinds (its quoted cell kept)."""
    for en, vi in _NOTES_VI:
        if en in note.lower():
            quoted = re.findall(r"'[^']*'", note)
            return vi + (f" {' '.join(quoted)}" if quoted else "")
    return note


def doubt_note_vi(doubt: Doubt) -> str:
    return f" Có thể do lỗi nhận dạng (OCR): {'; '.join(doubt.reasons_vi)}." if doubt else ""


def doubt_note_en(doubt: Doubt) -> str:
    return f" Possibly an OCR misreading: {'; '.join(doubt.reasons)}." if doubt else ""


def table_context(doc: ParscanDocument, table: Table) -> str:
    """The words a reader sees around a table to know what it is: the document's subject and the lines just
    above the table (its caption), caption last."""
    page_no = table.pages[0] if table.pages else (table.evidence.page if table.evidence else None)
    page = next((p for p in doc.pages if p.number == page_no), None)
    above: list[str] = []
    if page is not None:
        first_line = min((c.line_start for c in table.cells if c.line_start), default=None)
        top = min((c.box.y0 for c in table.cells if c.box), default=None)
        for n, line in enumerate(page.lines, 1):
            if (first_line is not None and n < first_line) or (top is not None and line.box is not None
                                                               and line.box.y1 <= top):
                above.append(line.text)
    return " ".join([doc.document.subject or "", *above[-4:]])
