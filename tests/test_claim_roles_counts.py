"""Counts, parts and totals, members and ballots stated the way the cellar set's writers state them, each
construction in other words (two variants or more, their vocabulary and order apart from each other).

Same case format as `test_claim_roles.py`: a consistent version must pass its check with no error, a version
with one figure changed must give exactly one error on that figure; the quiet cases look like the construction
and must give no error.
"""

from __future__ import annotations

import pytest

from test_claim_frames import _assert_consistent, _assert_one_error, _assert_quiet, _doc

NATIONAL_LEAD = "Năm 2022, Bộ Nội vụ đánh giá, xếp hạng 63 tỉnh, thành phố trực thuộc Trung ương.\n"

CASES = [
    # head, text with {x}, the consistent x, a wrong x, the check, the figure the error names
    # ballots named by who answered, a bare number after the label's colon (no "phiếu" after it)
    pytest.param("province", "Tổng hợp phiếu điều tra (4.120 phiếu):\n+ Cán bộ, công chức, viên chức: 1.880\n"
                 "+ Người dân, doanh nghiệp: {x}", "2.240", "2.420", "survey_count", 4120.0,
                 id="ballots-heading-then-respondent-bullets"),
    pytest.param("national", "Số phiếu thu về hợp lệ là 31.540. Cụ thể, đại biểu, lãnh đạo các cấp: 12.300; hộ gia "
                 "đình, cá nhân: {x}.", "19.240", "19.420", "survey_count", 31540.0,
                 id="ballots-total-then-respondents-after-cu-the"),
    pytest.param("province", "Về khảo sát:\n- Người dân, tổ chức: {x};\n- Lãnh đạo, quản lý: 640;\n"
                 "- Tổng cộng: 2.095 phiếu.", "1.455", "1.545", "survey_count", 2095.0,
                 id="ballots-respondent-bullets-closed-by-their-sum"),
    # kinds of unit, one short sentence or bullet each, closed by their sum
    pytest.param("ministries", "Đối tượng được xếp hạng năm nay thế nào?\n+ Bộ: 15\n+ Cơ quan ngang bộ: {x}\n"
                 "+ Cộng: 19 bộ, ngành", "4", "5", "claim_total_sum", 19.0, id="kinds-as-bullets-after-a-question"),
    pytest.param("national", "Tỉnh: 58. Thành phố trực thuộc Trung ương: {x}. Tổng cộng: 63 địa phương.", "5", "6",
                 "claim_total_sum", 63.0, id="kinds-as-short-sentences-then-tong-cong"),
]

QUIET = [
    pytest.param("province", "Phiếu khảo sát (2.000 phiếu):\n- Người dân, tổ chức: 120 ý kiến góp ý\n"
                 "- Lãnh đạo, quản lý: 85,40", id="a-respondents-label-before-other-figures-is-no-ballot-count"),
    pytest.param("province", "Nhóm A: 5. Nhóm B: 16. Cộng: 21 đơn vị.", id="groups-closed-by-a-sum-are-no-kinds"),
    pytest.param("ministries", "Bộ Tư pháp: 16. Bộ Nội vụ: 3. Cộng: 20 lượt kiểm tra.", id="units-with-figures-then-a-sum"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", CASES)
def test_count_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


@pytest.mark.parametrize("head, text", QUIET)
def test_words_that_look_like_a_count_give_no_error(tmp_path, head, text):
    _assert_quiet(_doc(tmp_path, text, head))
