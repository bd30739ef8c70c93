"""Audit results: every check the audit made (the ledger), the findings among them, and coverage.

A finding says what is wrong; a check says what was verified, including what holds, so that an audit
that reports nothing still says how much it looked at ("38 số liệu được kiểm tra: 36 đúng, 1 sai, 1 không
kiểm chứng được")."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from parscan.schemas.geometry import Evidence

Severity = Literal["error", "warning", "info"]


ReviewStatus = Literal["confirmed", "dismissed"]


class Review(BaseModel):
    """An auditor's decision on a finding (stored as a correction in the batch store, `parscan serve`)."""

    status: ReviewStatus
    by: str
    at: str = Field(description="ISO time of the decision (UTC)")
    note: str | None = None


class Finding(BaseModel):
    check: str = Field(description="stable id: row_total, index, rank_order, class_band, criteria_rollup, claim_* ...")
    severity: Severity
    message_vi: str
    message_en: str
    published: float | str | None = None
    expected: float | str | None = None
    unit: str | None = None
    code: str | None = None
    ocr_doubt: bool = Field(default=False, description="True when the finding may come from an OCR misreading")
    evidence: list[Evidence] = Field(default_factory=list)
    review: Review | None = Field(default=None, description="confirmed or dismissed by an auditor, with a note")


CheckStatus = Literal["pass", "fail", "unverifiable"]


class Check(BaseModel):
    """One verification of one stated figure: it holds, it does not, or it cannot be decided (and why)."""

    check: str = Field(description="same ids as findings: row_total, rank_order, claim_average, claim_sum ...")
    status: CheckStatus
    published: float | str | None = None
    expected: float | str | None = None
    unit: str | None = None
    code: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    reason: str | None = Field(default=None, description="why unverifiable (no table, OCR doubt, no methodology ...)"
                                                         " or the relation that was checked")
    figures: list[float] = Field(default_factory=list, description="every stated figure the check compared")


_REASONS_VI = {
    "not_in_table": "không có trong bảng",
    "ocr_doubt": "nghi lỗi nhận dạng",
    "no_methodology": "không có phương pháp cho chỉ số này",
    "no_table": "văn bản không có bảng số liệu",
    "no_relation": "không có số liệu khác để đối chiếu",
    "other_scale": "thang điểm khác",
    "unknown_reduced_max": "không rõ điểm tối đa của đơn vị chấm theo thang rút gọn",
    "methodology_differs": "văn bản nêu thang điểm khác phương pháp",
    "no_document": "không có văn bản của năm đó để đối chiếu",
    "derived_from_misquote": "suy ra từ số liệu đã trích sai",
    "partial_list": "danh sách sau \"trong đó có\" có thể chỉ nêu một phần",
    "cue_only": "câu chỉ được đọc theo từ khóa, số liệu không khớp",
    "conflicting_levels": "văn bản nêu hai mức điểm khác nhau cho cùng một đơn vị",
    "table_rows_differ": "số đơn vị nêu trong văn bản khác số dòng của bảng",
    "other_index": "số liệu của một chỉ số khác (SIPAS, PAPI, PCI…), không có trong bảng Chỉ số CCHC",
    "other_measure": "số liệu về một chỉ tiêu khác (tỷ lệ hồ sơ, dịch vụ công…), không phải Chỉ số CCHC",
}


class Coverage(BaseModel):
    """How many stated figures the audit checked and how they came out."""

    stated: int = Field(default=0, description="figures the document states that the audit read (prose and tables)")
    checked: int = Field(default=0, description="checks made: correct + wrong + unverifiable")
    correct: int = 0
    wrong: int = 0
    unverifiable: int = 0
    unverifiable_reasons: dict[str, int] = Field(default_factory=dict)

    @classmethod
    def of(cls, checks: list[Check], stated: int) -> "Coverage":
        reasons: dict[str, int] = {}
        for c in checks:
            if c.status == "unverifiable":
                key = c.reason or "other"
                reasons[key] = reasons.get(key, 0) + 1
        return cls(stated=stated, checked=len(checks), correct=sum(c.status == "pass" for c in checks),
                   wrong=sum(c.status == "fail" for c in checks), unverifiable=sum(reasons.values()),
                   unverifiable_reasons=reasons)

    def line_vi(self) -> str:
        why = "; ".join(f"{_REASONS_VI.get(k, k)}: {n}" for k, n in sorted(self.unverifiable_reasons.items()))
        return (f"{self.checked} số liệu được kiểm tra: {self.correct} đúng, {self.wrong} sai, "
                f"{self.unverifiable} không kiểm chứng được" + (f" ({why})" if why else "") + ".")

    def line_en(self) -> str:
        why = "; ".join(f"{k.replace('_', ' ')}: {n}" for k, n in sorted(self.unverifiable_reasons.items()))
        return (f"{self.checked} figures checked: {self.correct} correct, {self.wrong} wrong, "
                f"{self.unverifiable} unverifiable" + (f" ({why})" if why else "") + ".")
