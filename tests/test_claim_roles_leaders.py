"""The first, the last, the gap between them, a unit compared with the first or the last, the whole a count is out
of and the number of units assessed, in constructions the reader missed (`claim_frames.yaml` cues, `claim_roles.py`
role rules, `claim_frames.py` frame rules).

Each case is written in words of its own for one construction (two or more variants per construction, in other
words and another order): a consistent version must pass its check with no error, and the same text with one
figure changed must give exactly one error naming that figure.  The quiet cases are sentences that look like one
of these constructions and are not: they give no error.
"""

from __future__ import annotations

import pytest

from test_claim_frames import _assert_consistent, _assert_one_error, _assert_quiet, _doc

NATIONAL_LEAD = "Năm 2022, Bộ Nội vụ đánh giá, xếp hạng 63 tỉnh, thành phố trực thuộc Trung ương.\n"

CASES = [
    # head, text with {x}, the consistent x, a wrong x, the check, the figure the error names
    # -- a mark no unit passed (or fell below), owned by the unit named after it: the first (the last)
    pytest.param("national", NATIONAL_LEAD + "Long An xếp cuối với 76,10%. Không có địa phương nào vượt được ngưỡng "
                 "{x}% mà Hải Dương đạt được. Hai đầu bảng cách nhau 16,30%.", "92,40", "92,80", "claim_gap", 16.3,
                 id="no-unit-passed-the-mark-its-owner-reached"),
    pytest.param("province", "Sở Y tế xếp cuối với 75,10 điểm. Không đơn vị nào qua được mức 91,00 điểm của Sở Tư pháp. "
                 "Hai đơn vị này cách nhau {x} điểm.", "15,90", "15,60", "claim_gap", 15.6,
                 id="no-unit-got-past-the-mark-of"),
    pytest.param("province", "Chẳng sở nào xuống dưới ngưỡng {x} điểm của Sở Y tế. Sở Tư pháp dẫn đầu với 91,00 điểm. Hai "
                 "đơn vị này cách nhau 15,90 điểm.", "75,10", "75,70", "claim_gap", 15.9,
                 id="no-unit-fell-below-the-mark-of"),
    pytest.param("ministries", "Bộ Tư pháp dẫn đầu với 91,30%. Chưa bộ nào có kết quả thấp hơn mức 77,60% của Bộ Y tế. "
                 "Khoảng cách giữa bộ cao nhất và bộ thấp nhất là {x}%.", "13,70", "13,40", "claim_gap", 13.4,
                 id="none-yet-below-the-level-of"),
    # -- words of a gap: "khoảng trống", "lệch nhau", "độ lệch", "hiệu số"
    pytest.param("ministries", "Bộ Tư pháp dẫn đầu với 91,30%. Bộ Y tế xếp cuối với 77,60%. Khoảng trống từ đầu bảng "
                 "xuống cuối bảng năm 2022: {x}%.", "13,70", "13,75", "claim_gap", 13.75, id="khoang-trong"),
    pytest.param("national", NATIONAL_LEAD + "Hải Dương dẫn đầu với 92,40%. Long An xếp cuối với 76,10%. Bét bảng và đầu "
                 "bảng lệch nhau {x}%.", "16,30", "16,03", "claim_gap", 16.03, id="lech-nhau"),
    pytest.param("province", "Sở Tư pháp dẫn đầu với 91,00 điểm; Sở Y tế xếp cuối với 75,10 điểm. Độ lệch giữa đầu bảng "
                 "và cuối bảng: {x} điểm.", "15,90", "15,99", "claim_gap", 15.99, id="do-lech-colon"),
    pytest.param("province", "Sở Tư pháp dẫn đầu với 91,00 điểm; Sở Y tế xếp cuối với 75,10 điểm. {x} điểm là hiệu số "
                 "của đơn vị cao nhất (Sở Tư pháp) và đơn vị thấp nhất (Sở Y tế).", "15,90", "14,90", "claim_gap", 14.9,
                 id="figure-then-hieu-so"),
    # -- the first and the last named before a colon, the figure after it: what lies between them
    pytest.param("ministries", "Bộ Tư pháp dẫn đầu với 91,30%. Bộ Y tế xếp cuối với 77,60%. Từ đỉnh (Bộ Tư pháp) xuống "
                 "đáy (Bộ Y tế): {x}%.", "13,70", "13,77", "claim_gap", 13.77, id="top-to-bottom-colon"),
    pytest.param("province", "Cao nhất là Sở Tư pháp (91,00 điểm), thấp nhất là Sở Y tế (75,10 điểm). Khoảng từ đầu bảng "
                 "tới cuối bảng là {x} điểm.", "15,90", "15,50", "claim_gap", 15.5, id="head-to-foot-is"),
    # -- "năm nay" only dates a gap between the first and the last
    pytest.param("province", "Sở Tư pháp dẫn đầu với 91,00 điểm; Sở Y tế xếp cuối với 75,10 điểm. Khoảng cách đầu – cuối "
                 "năm nay là {x} điểm.", "15,90", "19,50", "claim_gap", 19.5, id="head-foot-gap-this-year"),
    pytest.param("ministries", "Bộ Tư pháp dẫn đầu với 91,30%. Bộ Y tế xếp cuối với 77,60%. Chênh lệch đầu - cuối bảng "
                 "năm nay: {x}%.", "13,70", "13,07", "claim_gap", 13.07, id="head-foot-difference-this-year-colon"),
    # -- a unit compared with the first (the last) named only by its place
    pytest.param("national", NATIONAL_LEAD + "Hải Dương dẫn đầu với 92,40%. Long An xếp cuối với 76,10%. Long An thua "
                 "tỉnh dẫn đầu {x}%.", "16,30", "16,80", "claim_gap", -16.8, id="below-the-leading-province"),
    pytest.param("province", "Sở Tư pháp dẫn đầu với 91,00 điểm; Sở Nội vụ đạt 83,00 điểm. Sở Nội vụ thấp hơn đơn vị xếp "
                 "đầu tới {x} điểm.", "8,00", "8,50", "claim_gap", -8.5, id="a-middle-unit-below-the-first"),
    pytest.param("ministries", "Bộ Tư pháp dẫn đầu với 91,30%. Bộ Y tế xếp cuối với 77,60%. So với bộ đứng đầu, Bộ Y tế "
                 "kém {x}%.", "13,70", "12,70", "claim_gap", -12.7, id="compared-with-the-first-named-first"),
    pytest.param("province", "Sở Y tế xếp cuối với 75,10 điểm. Sở Nội vụ đạt 86,30 điểm, hơn đơn vị đứng cuối {x} điểm.",
                 "11,20", "12,10", "claim_gap", 12.1, id="above-the-last"),
    # -- a climb that ends on the figure: the level of the first
    pytest.param("province", "Sở Y tế xếp cuối với 75,10 điểm. Bứt lên mạnh mẽ, Sở Tư pháp vượt lên với 91,00 điểm, cao "
                 "nhất toàn tỉnh. Hai đơn vị cách nhau {x} điểm.", "15,90", "15,80", "claim_gap", 15.8,
                 id="climbed-with-the-figure-highest"),
    pytest.param("ministries", "Bộ Y tế xếp cuối với 77,60%. Năm nay Bộ Tư pháp vươn lên đạt 91,30% – cao nhất khối bộ. "
                 "Khoảng cách giữa bộ cao nhất và bộ thấp nhất là {x}%.", "13,70", "13,90", "claim_gap", 13.9,
                 id="rose-to-the-figure-highest"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", CASES)
def test_role_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


QUIET = [
    pytest.param("national", NATIONAL_LEAD + "Chẳng tỉnh nào vượt được mốc 95%. Long An xếp cuối với 76,10%. Không "
                 "địa phương nào có điểm dưới mức 70%. Hải Dương dẫn đầu với 92,40%. Hai đầu bảng cách nhau 16,30%.",
                 id="marks-nobody-passed-own-no-unit"),
    pytest.param("province", "Sở Tư pháp dẫn đầu với 91,00 điểm; Sở Y tế xếp cuối với 75,10 điểm. Năm nay khoảng cách đầu "
                 "– cuối thu hẹp 1,20 điểm.", id="a-gap-narrowed-this-year-is-no-gap"),
    pytest.param("province", "Sở Tư pháp dẫn đầu với 91,00 điểm. Sở Nội vụ vượt lên 3,20 điểm so với năm trước, đạt 85,00 "
                 "điểm.", id="a-climb-by-a-figure-is-a-change"),
    pytest.param("ministries", "Bộ Tư pháp dẫn đầu với 91,30%, Bộ Y tế đạt 88,00%. Bộ Nội vụ đứng đầu năm 2021; năm nay "
                 "Bộ Nội vụ kém bộ dẫn đầu 4,30%.", id="compared-with-the-first-of-this-year"),
]


@pytest.mark.parametrize("head, text", QUIET)
def test_words_that_look_like_these_give_no_error(tmp_path, head, text):
    _assert_quiet(_doc(tmp_path, text, head))
