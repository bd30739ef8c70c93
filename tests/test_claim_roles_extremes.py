"""The first, the last, the gap between them, two units compared and a count over its whole, in constructions
the catalogue's plain frames did not read (`claim_frames.yaml` cues, `claim_roles.py` role rules).

Each case is written in words of its own for one construction (two or more variants per construction, in other
words and another order): a consistent version must pass its check with no error, and the same text with one
figure changed must give exactly one error naming that figure.  The quiet cases are sentences that look like one
of these constructions and are not: they give no error.
"""

from __future__ import annotations

import pytest

from parscan.pipeline.options import ExtractOptions
from parscan.pipeline.run import extract
from parscan.scoring.audit import audit_documents
from test_claim_frames import _assert_consistent, _assert_one_error, _assert_quiet, _doc

NATIONAL_LEAD = "Năm 2022, Bộ Nội vụ đánh giá, xếp hạng 63 tỉnh, thành phố trực thuộc Trung ương.\n"

CASES = [
    # head, text with {x}, the consistent x, a wrong x, the check, the figure the error names
    # -- the first row of the ranking is the highest
    pytest.param("national", NATIONAL_LEAD + "Dòng đầu tiên trong bảng tổng hợp thuộc về Quảng Ninh với 93,50%. Thấp nhất là "
                 "Cao Bằng với 76,25%. Chênh lệch giữa địa phương cao nhất và thấp nhất là {x}%.", "17,25", "17,52",
                 "claim_gap", 17.52, id="first-row-of-the-table"),
    pytest.param("province", "Sở Y tế xếp cuối với 75,10 điểm. Nằm ở dòng thứ nhất của bảng xếp hạng năm 2022 là Sở Tư "
                 "pháp, 91,00 điểm. Khoảng cách giữa đơn vị cao nhất và đơn vị thấp nhất là {x} điểm.", "15,90", "15,09",
                 "claim_gap", 15.09, id="first-row-named-after-the-last"),
    # -- "về chót" (last place) as a headline
    pytest.param("ministries", "Về chót năm nay: Bộ Y tế (77,60%). Bộ Tư pháp dẫn đầu với 91,30%. Khoảng cách giữa bộ "
                 "cao nhất và bộ thấp nhất là {x}%.", "13,70", "13,07", "claim_gap", 13.07, id="ve-chot-headline"),
    pytest.param("national", NATIONAL_LEAD + "Quảng Ninh đứng đầu với 93,50%, còn Cao Bằng về chót với 76,25%; hai đầu "
                 "bảng cách nhau {x}%.", "17,25", "17,35", "claim_gap", 17.35, id="ve-chot-after-the-unit"),
    # -- the first and the last of the appendix that ranks them ("đầu / cuối phụ lục")
    pytest.param("province", "Đứng cuối Phụ lục xếp hạng là Sở Y tế với 75,10 điểm. Sở Tư pháp dẫn đầu với 91,00 điểm. "
                 "Hai đơn vị này cách nhau {x} điểm.", "15,90", "15,09", "claim_gap", 15.09, id="cuoi-phu-luc"),
    pytest.param("province", "Ở đầu phụ lục kết quả là Sở Tư pháp, đạt 91,00 điểm; cuối phụ lục là Sở Y tế với 75,10 "
                 "điểm; đầu và cuối chênh nhau {x} điểm.", "15,90", "15,80", "claim_gap", 15.8, id="dau-cuoi-phu-luc"),
    # -- the bottom of the table ("đáy bảng")
    pytest.param("ministries", "Bộ Tư pháp đứng đầu với 91,30%. Bộ Y tế nằm ở đáy bảng với 77,60%. Khoảng cách giữa bộ cao "
                 "nhất và bộ thấp nhất là {x}%.", "13,70", "13,80", "claim_gap", 13.8, id="day-bang"),
    pytest.param("province", "Ở đáy bảng xếp hạng năm 2022 là Sở Y tế, 75,10 điểm. Sở Tư pháp dẫn đầu với 91,00 điểm. Hai "
                 "đầu bảng cách nhau {x} điểm.", "15,90", "15,80", "claim_gap", 15.8, id="o-day-bang-first"),
    # -- nobody above it: the highest
    pytest.param("national", NATIONAL_LEAD + "Không ai vượt qua được Quảng Ninh (93,50%) trong năm nay. Thấp nhất là Cao "
                 "Bằng với 76,25%. Khoảng cách giữa hai đầu bảng là {x}%.", "17,25", "17,20", "claim_gap", 17.2,
                 id="nobody-passed-it"),
    pytest.param("province", "Sở Y tế xếp cuối với 75,10 điểm. Không có đơn vị nào cao hơn Sở Tư pháp, đơn vị đạt "
                 "91,00 điểm. Điểm cao nhất hơn điểm thấp nhất {x} điểm.", "15,90", "16,90", "claim_gap", 16.9,
                 id="no-unit-higher-than-it"),
    # -- crowned
    pytest.param("province", "Với 92,10 điểm, Sở Tư pháp “lên ngôi” năm 2022. Xếp cuối là Sở Y tế, 75,40 điểm. Khoảng cách "
                 "giữa đơn vị dẫn đầu và đơn vị xếp cuối là {x} điểm.", "16,70", "16,07", "claim_gap", 16.07,
                 id="len-ngoi-after-its-figure"),
    pytest.param("ministries", "Bộ Y tế xếp cuối với 77,60%. Bộ Tư pháp đăng quang với 91,30%. Chênh lệch giữa bộ cao nhất "
                 "và bộ thấp nhất là {x}%.", "13,70", "13,80", "claim_gap", 13.8, id="dang-quang-before-its-figure"),
    # -- "A và B ở đầu và cuối bảng, cách nhau X": the two extremes' gap, not the lowest
    pytest.param("province", "Sở Tư pháp đạt 92,10 điểm, cao nhất tỉnh. Sở Y tế thấp nhất với 75,40 điểm. Hai đơn vị "
                 "đầu và cuối bảng cách nhau {x} điểm.", "16,70", "17,60", "claim_gap", 17.6, id="head-and-foot-apart"),
    pytest.param("national", NATIONAL_LEAD + "Quảng Ninh đứng đầu (93,50%), Cao Bằng xếp cuối (76,25%). Từ đầu đến cuối "
                 "bảng chỉ cách nhau {x}%.", "17,25", "18,25", "claim_gap", 18.25, id="from-head-to-foot"),
    # -- a comparative with the leader: the gap of the lowest to the first
    pytest.param("national", NATIONAL_LEAD + "Quảng Ninh dẫn đầu với 93,50%. Thấp nhất là Cao Bằng với 76,25%. Cao Bằng kém "
                 "tỉnh đứng đầu là Quảng Ninh tới {x}%.", "17,25", "17,52", "claim_gap", -17.52,
                 id="lowest-below-the-leader"),
    pytest.param("province", "Cao nhất là Sở Tư pháp với 91,00 điểm, thấp nhất là Sở Nội vụ với 75,10 điểm. Sở Nội vụ thấp "
                 "hơn đơn vị dẫn đầu (Sở Tư pháp) {x} điểm.", "15,90", "15,99", "claim_gap", -15.99,
                 id="lowest-below-the-leader-in-brackets"),
    # -- the spread of the scores ("độ vênh", "phổ điểm … rộng")
    pytest.param("province", "Sở Tư pháp dẫn đầu với 92,10 điểm; Sở Y tế xếp cuối với 75,40 điểm. Độ vênh giữa đầu bảng "
                 "và cuối bảng là {x} điểm.", "16,70", "16,77", "claim_gap", 16.77, id="do-venh"),
    pytest.param("ministries", "Bộ Tư pháp dẫn đầu với 91,30%. Bộ Y tế xếp cuối với 77,60%. Phổ điểm năm 2022 rộng {x}%, "
                 "từ bộ thấp nhất tới bộ cao nhất.", "13,70", "14,70", "claim_gap", 14.7, id="pho-diem-rong"),
    # -- an official quoted in the first person: "chúng tôi đạt" is no "tối đa"
    pytest.param("province", "“Chúng tôi đạt 92,10 điểm, cao nhất toàn tỉnh”, Giám đốc Sở Tư pháp chia sẻ. Xếp cuối là Sở "
                 "Y tế, 75,40 điểm. Độ chênh giữa đơn vị cao nhất và thấp nhất là {x} điểm.", "16,70", "16,60",
                 "claim_gap", 16.6, id="quoted-first-person-highest"),
    pytest.param("ministries", "Bộ Tư pháp dẫn đầu với 91,30%. Lãnh đạo Bộ Y tế nói: “Năm nay chúng tôi đạt 77,60%, thấp "
                 "nhất khối bộ, ngành”. Chênh lệch giữa bộ cao nhất và bộ thấp nhất là {x}%.", "13,70", "13,60",
                 "claim_gap", 13.6, id="quoted-first-person-lowest"),
    # -- a question on an extreme, answered with a unit and its figure
    pytest.param("province", "Hỏi: Đơn vị nào thấp điểm nhất? Đáp: Sở Y tế, 75,40 điểm. Sở Tư pháp dẫn đầu với 92,10 "
                 "điểm. Chênh lệch giữa đơn vị cao nhất và thấp nhất là {x} điểm.", "16,70", "16,75", "claim_gap", 16.75,
                 id="answer-to-which-is-last"),
    pytest.param("national", NATIONAL_LEAD + "Tỉnh nào giữ ngôi đầu năm nay? Trả lời: Quảng Ninh với 93,50%. Cao Bằng xếp "
                 "cuối với 76,25%. Khoảng cách giữa hai đầu bảng là {x}%.", "17,25", "17,15", "claim_gap", 17.15,
                 id="answer-to-which-is-first"),
    # -- the extreme named in the clause before a semicolon, its figure after it
    pytest.param("ministries", "Đứng đầu khối bộ, ngành là Bộ Tư pháp; kết quả đạt 91,30%. Bộ Y tế xếp cuối với 77,60%. "
                 "Đầu bảng và cuối bảng chênh nhau {x}%.", "13,70", "13,90", "claim_gap", 13.9,
                 id="first-then-its-result-after-a-semicolon"),
    pytest.param("national", NATIONAL_LEAD + "Quảng Ninh dẫn đầu với 93,50%. Xếp cuối bảng năm 2022 là Cao Bằng; điểm số "
                 "chỉ đạt 76,25%. Khoảng cách giữa địa phương cao nhất và thấp nhất là {x}%.", "17,25", "17,26",
                 "claim_gap", 17.26, id="last-then-its-score-after-a-semicolon"),
    # -- a subtraction spelled out
    pytest.param("ministries", "Bộ Tư pháp dẫn đầu với 91,30%. Bộ Y tế xếp cuối với 77,60%. Lấy kết quả của Bộ Tư pháp trừ "
                 "đi kết quả của Bộ Y tế, ta có {x} điểm phần trăm.", "13,70", "13,40", "claim_gap", 13.4,
                 id="a-minus-b"),
    pytest.param("province", "Sở Nội vụ đạt 85,20 điểm, Sở Xây dựng đạt 81,70 điểm. Nếu lấy điểm Sở Nội vụ trừ điểm Sở "
                 "Xây dựng sẽ được {x} điểm.", "3,50", "3,05", "claim_gap", 3.05, id="a-minus-b-two-units"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", CASES)
def test_role_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


QUIET = [
    pytest.param("national", NATIONAL_LEAD + "Không có địa phương nào vượt qua ngưỡng 95%. Cao nhất là Quảng Ninh với "
                 "93,50%. Thấp nhất là Cao Bằng với 76,25%. Khoảng cách giữa hai đầu bảng là 17,25%.",
                 id="a-threshold-nobody-passed-is-no-highest"),
    pytest.param("province", "Không có đơn vị nào vượt qua mức 95 điểm. Sở Y tế xếp cuối với 76,00 điểm. Khoảng cách giữa đơn vị "
                 "cao nhất và đơn vị thấp nhất là 16,00 điểm.", id="a-mark-no-unit-reached-is-no-highest"),
    pytest.param("national", NATIONAL_LEAD + "Không tỉnh nào cao hơn 95%. Cao Bằng xếp cuối với 76,25%. Chênh lệch giữa tỉnh "
                 "cao nhất và tỉnh thấp nhất là 17,25%.", id="no-province-above-a-mark-is-no-highest"),
    pytest.param("province", "Sở Tư pháp đạt 88,40 điểm – cao nhất khối sở – và Sở Y tế đạt 85,10 điểm – thấp nhất. Sở Nội vụ "
                 "xếp cuối bảng với 76,00 điểm. Chênh lệch giữa đơn vị cao nhất và thấp nhất là 12,40 điểm.",
                 id="a-cue-between-dashes-after-a-figure-is-that-figures"),
    pytest.param("province", "Sở Nội vụ đạt 88,20 điểm, Sở Y tế đạt 85,10 điểm. Sở Nội vụ hơn Sở Y tế bao nhiêu? Năm nay, "
                 "khoảng cách này đã thu hẹp 1,20 điểm.", id="how-much-a-gap-narrowed-is-no-gap-nor-an-answer"),
    pytest.param("national", NATIONAL_LEAD + "Quảng Ninh dẫn đầu với 93,50%, Cao Bằng xếp cuối với 76,25%. So với năm trước, "
                 "chênh lệch giữa hai đầu bảng nới rộng thêm 0,80%.", id="how-much-a-gap-widened-is-no-gap"),
    pytest.param("province", "Sở Y tế đứng đầu năm 2021; năm 2022 kết quả đạt 85,20 điểm. Thấp nhất là Sở Nội vụ với 75,10 "
                 "điểm. Cao nhất là Sở Tư pháp với 91,00 điểm. Chênh lệch giữa cao nhất và thấp nhất là 15,90 điểm.",
                 id="an-earlier-years-first-place-before-a-semicolon"),
    pytest.param("province", "Trừ Sở Y tế, các sở đều tăng điểm. Sở Tư pháp đạt 88,50 điểm, Sở Nội vụ đạt 86,40 điểm; Sở "
                 "Tư pháp hơn 2,10 điểm.", id="tru-as-except-is-no-subtraction"),
    pytest.param("province", "Hỏi: Đơn vị nào thấp điểm nhất? Đáp: xin xem phụ lục. Sở Tư pháp đạt 88,50 điểm. Cao nhất là "
                 "Sở Nội vụ với 92,00 điểm, thấp nhất là Sở Y tế với 76,00 điểm; chênh lệch 16,00 điểm.",
                 id="a-later-units-figure-is-no-answer"),
]


@pytest.mark.parametrize("head, text", QUIET)
def test_words_that_look_like_an_extreme_give_no_error(tmp_path, head, text):
    _assert_quiet(_doc(tmp_path, text, head))


COMPARISONS = [
    # -- a question on two units, answered in the next sentence with their difference (and their levels)
    pytest.param("province", "Sở Nội vụ hơn Sở Y tế bao nhiêu điểm? Câu trả lời: {x} điểm (88,20 so với 85,10 điểm).",
                 "3,10", "3,01", "claim_gap", 3.01, id="question-on-two-units-answered-with-levels"),
    pytest.param("ministries", "Bộ Y tế thấp hơn Bộ Tư pháp bao nhiêu? {x}%, tức 84,84% và 85,11%.", "0,27", "0,72",
                 "claim_gap", 0.72, id="question-lower-than-answered"),
    # -- a question on the gap between two units (no direction), answered next
    pytest.param("province", "Chênh lệch giữa Sở Nội vụ và Sở Y tế là bao nhiêu? Câu trả lời là {x} điểm: Sở Nội vụ đạt 88,20 "
                 "điểm, Sở Y tế đạt 85,10 điểm.", "3,10", "3,20", "claim_gap", 3.2, id="question-on-a-gap-answered-with-levels"),
    pytest.param("national", NATIONAL_LEAD + "Hải Dương và Long An cách nhau bao nhiêu điểm? {x}% (86,40% và 85,20%).", "1,20",
                 "2,10", "claim_gap", 2.1, id="question-how-far-apart"),
    # -- two units' levels after "là", in the order the units were named
    pytest.param("province", "Sở Y tế kém Sở Tư pháp {x} điểm. Điểm của Sở Tư pháp và Sở Y tế năm 2022 là 88,50 và 86,40 "
                 "điểm.", "2,10", "2,40", "claim_gap", -2.4, id="levels-named-in-order-after-la"),
    pytest.param("national", NATIONAL_LEAD + "Trong năm 2022, chỉ số CCHC của Hà Nam và Ninh Bình là 85,30% và 82,10%. Ninh "
                 "Bình thấp hơn Hà Nam {x}%.", "3,20", "2,30", "claim_gap", -2.3, id="levels-in-order-before-the-comparison"),
    # -- two levels, then the difference between them
    pytest.param("province", "Đọ điểm giữa Sở Tư pháp và Sở Y tế: 88,50 so với 86,40 điểm, chênh nhau {x} điểm.", "2,10",
                 "2,20", "claim_gap", 2.2, id="two-levels-then-chenh-nhau"),
    pytest.param("province", "Sở Nội vụ vượt Sở Xây dựng: 85,20% và 81,70%, tức {x}%.", "3,50", "3,60", "claim_gap", 3.6,
                 id="two-levels-then-tuc"),
    pytest.param("national", NATIONAL_LEAD + "So kè Bình Định – Hà Tĩnh: 85,30% so với 82,10%, hơn kém {x}%.", "3,20", "3,25",
                 "claim_gap", 3.25, id="two-units-joined-by-a-dash"),
    pytest.param("national", NATIONAL_LEAD + "Cặp đôi Tây Ninh - Hà Nam: 85,30% và 82,10%, cách nhau {x}%.", "3,20", "3,02",
                 "claim_gap", 3.02, id="two-units-joined-by-a-hyphen"),
    # -- a gap between two named units, with their levels "tương ứng" after it
    pytest.param("province", "Khoảng cách giữa Sở Y tế và Sở Tư pháp là {x} điểm, điểm số tương ứng 88,50 và 86,40.", "2,10",
                 "2,01", "claim_gap", 2.01, id="gap-between-two-named-then-their-levels"),
    # -- a province named with a dash in it stays one unit
    pytest.param("national", NATIONAL_LEAD + "Bà Rịa – Vũng Tàu đạt 85,30%, tăng {x}% so với năm 2021 (84,10%).", "1,20", "1,02",
                 "claim_delta", 1.02, id="a-dash-inside-one-name"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", COMPARISONS)
def test_two_units_compared(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


def test_a_question_on_two_units_answered_in_words_gives_nothing(tmp_path):
    doc = _doc(tmp_path, "Sở Nội vụ hơn Sở Y tế bao nhiêu điểm? Xin xem phụ lục kèm theo. Sở Tư pháp đạt 88,50 điểm, "
                         "tăng 2,10 điểm so với năm 2021 (86,40 điểm).", "province")
    _assert_quiet(doc)
    assert not [c for c in doc.claims if c.kind == "comparison"]


MINISTRIES_LEAD = "Năm 2022, Bộ Nội vụ đánh giá 19 bộ, cơ quan ngang bộ.\n"

SHARES = [
    # -- the whole a count above or below the average is of: "xét (trên) N", "trên tổng N", "(trong N)"
    pytest.param("national", NATIONAL_LEAD + "Xét trên {x} địa phương, số đạt trên mức trung bình là 30.", "63", "62",
                 "claim_ratio", 62.0, id="xet-tren-the-whole"),
    pytest.param("ministries", MINISTRIES_LEAD + "Xét cả {x} bộ, ngành thì số bộ có điểm vượt mức bình quân là 10.", "19",
                 "18", "claim_ratio", 18.0, id="xet-ca-the-whole"),
    pytest.param("national", NATIONAL_LEAD + "Các tỉnh, thành phố cao hơn bình quân chung: 32 trên tổng {x}.", "63", "64",
                 "claim_ratio", 64.0, id="tren-tong-without-so"),
    pytest.param("ministries", MINISTRIES_LEAD + "Những bộ có kết quả dưới trung bình gồm 9 bộ, ngành (trong {x}).", "19",
                 "17", "claim_ratio", 17.0, id="trong-the-whole-in-brackets"),
    # -- the average named first, the comparative after the count
    pytest.param("national", NATIONAL_LEAD + "So với mức bình quân, có 30 trong tổng số {x} địa phương đạt cao hơn.", "63",
                 "61", "claim_ratio", 61.0, id="compared-with-the-average-then-higher"),
    pytest.param("ministries", MINISTRIES_LEAD + "Đối chiếu với giá trị trung bình, 9/{x} bộ, ngành có kết quả thấp hơn.",
                 "19", "20", "claim_ratio", 20.0, id="compared-with-the-average-then-lower"),
    # -- a question on how many are above the average, answered next
    pytest.param("national", NATIONAL_LEAD + "Hỏi: Có bao nhiêu địa phương vượt trung bình? Đáp: 31 trong {x}.", "63", "60",
                 "claim_ratio", 60.0, id="answer-to-how-many-above"),
    pytest.param("ministries", MINISTRIES_LEAD + "Bao nhiêu bộ, ngành thấp hơn mức bình quân? Trả lời: 9 trên tổng số {x}.",
                 "19", "18", "claim_ratio", 18.0, id="answer-to-how-many-below"),
    # -- "Trong N …, có M … vượt mức bình quân": N is the share's whole, checked as its denominator (no second total)
    pytest.param("national", NATIONAL_LEAD + "Trong {x} địa phương, có 32 địa phương vượt mức bình quân.", "63", "61",
                 "claim_ratio", 61.0, id="trong-the-whole-opening-the-sentence"),
    pytest.param("ministries", MINISTRIES_LEAD + "Trong tổng số {x} bộ, ngành, chỉ 8 bộ, ngành có điểm dưới mức trung bình.",
                 "19", "20", "claim_ratio", 20.0, id="trong-tong-so-the-whole-opening-the-sentence"),
    # -- the count in words, then its whole
    pytest.param("ministries", MINISTRIES_LEAD + "Bộ, ngành có kết quả trên mức bình quân: tám trong tổng số {x}.", "19", "18",
                 "claim_ratio", 18.0, id="count-in-words-trong-tong-so"),
    pytest.param("national", NATIONAL_LEAD + "Địa phương dưới trung bình cả nước: ba mươi hai trên tổng {x}.", "63", "65",
                 "claim_ratio", 65.0, id="count-in-words-tren-tong"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", SHARES)
def test_the_whole_of_a_share(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


RESTATED = [
    # -- the whole stated again beside the share: confirmed when it agrees, never accused
    pytest.param("ministries", MINISTRIES_LEAD + "{x} bộ, ngành được chấm điểm, trong đó 9 bộ, ngành đạt cao hơn mức trung "
                 "bình.", "19", "18", "claim_total", id="count-opening-the-sentence-is-the-whole"),
    pytest.param("province", "Năm 2022 có 30 cơ quan, đơn vị được đánh giá. {x} đơn vị được xếp hạng, trong đó 14 đơn vị trên "
                 "mức trung bình.", "30", "31", "claim_total", id="units-ranked-opening-the-sentence"),
    pytest.param("ministries", MINISTRIES_LEAD + "Vượt mức bình quân: 10 bộ, ngành. Tổng số được đánh giá: {x}.", "19", "18",
                 "claim_total", id="total-assessed-without-its-noun"),
    pytest.param("province", "Năm 2022 có 30 cơ quan, đơn vị được đánh giá. Trên trung bình có 14 đơn vị; tổng số đơn vị được "
                 "xếp hạng là {x}.", "30", "29", "claim_total", id="total-ranked-after-la"),
]


@pytest.mark.parametrize("head, text, right, wrong, check", RESTATED)
def test_the_whole_stated_again_is_confirmed_never_accused(tmp_path, head, text, right, wrong, check):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_quiet(_doc(tmp_path, text.format(x=wrong), head))


def test_a_count_opening_a_sentence_without_being_assessed_is_no_whole(tmp_path):
    doc = _doc(tmp_path, MINISTRIES_LEAD + "12 bộ, ngành tăng điểm so với năm 2021, trong đó 5 bộ tăng trên 2%.", "ministries")
    _assert_quiet(doc)
    assert not [c for c in doc.claims if c.kind == "total" and c.value == 12]



def test_a_whole_of_no_scope_confirms_a_share_and_never_accuses_it(tmp_path):
    """"63 địa phương" names no scope: in a national text it confirms the denominator of a share of provinces, and
    a denominator it does not equal proves nothing (the noun may count other units)."""
    head = "BỘ NỘI VỤ\nBÁO CÁO\nVề việc công bố Chỉ số cải cách hành chính năm 2022\n\n"
    text = head + ("Số lượng địa phương thuộc diện đánh giá năm 2022: 63.\nCác tỉnh, thành phố có điểm trên mức bình quân: "
                   "31 trên tổng số {x}.")
    for x, check in ((63, _assert_consistent), (62, None)):
        path = tmp_path / f"r{x}.txt"
        path.write_text(text.format(x=x), encoding="utf-8")
        doc = extract(path, ExtractOptions(repair=False))
        audit_documents([doc])
        if check:
            check(doc, "claim_ratio")
        else:
            _assert_quiet(doc)


MORE = [
    # -- "xếp đầu" / "xếp cuối" name the two extremes of a gap
    pytest.param("national", NATIONAL_LEAD + "Quảng Ninh dẫn đầu với 93,50%, Cao Bằng xếp cuối với 76,25%. Khoảng cách giữa tỉnh "
                 "xếp đầu và tỉnh xếp cuối là {x}%.", "17,25", "17,45", "claim_gap", 17.45, id="xep-dau-xep-cuoi-gap"),
    pytest.param("province", "Sở Tư pháp xếp đầu với 91,00 điểm. Sở Y tế xếp chót với 75,10 điểm. Giữa đơn vị xếp đầu và đơn "
                 "vị xếp chót có độ chênh {x} điểm.", "15,90", "15,19", "claim_gap", 15.19, id="xep-dau-xep-chot-gap"),
    # -- a unit whose name holds a word of difference ("Thừa Thiên Huế": "thua")
    pytest.param("national", NATIONAL_LEAD + "Năm nay Thừa Thiên Huế xếp chót với 77,50%. Quảng Ninh dẫn đầu với 93,50%. Khoảng "
                 "cách giữa hai đầu bảng là {x}%.", "16,00", "16,50", "claim_gap", 16.5, id="a-name-with-a-difference-word-last"),
    pytest.param("national", NATIONAL_LEAD + "Thừa Thiên Huế dẫn đầu với 92,10%. Thấp nhất là Cao Bằng với 76,25%. Chênh lệch "
                 "giữa tỉnh cao nhất và tỉnh thấp nhất là {x}%.", "15,85", "15,58", "claim_gap", 15.58,
                 id="a-name-with-a-difference-word-first"),
    # -- the owner after ", của" when no figure follows in the clause
    pytest.param("national", NATIONAL_LEAD + "Mức thấp nhất năm 2022 là 76,25%, của Cao Bằng. Quảng Ninh dẫn đầu với 93,50%. "
                 "Cao Bằng kém Quảng Ninh {x}%.", "17,25", "17,35", "claim_gap", -17.35, id="lowest-then-comma-cua-owner"),
    pytest.param("province", "Điểm cao nhất toàn tỉnh là 91,00 điểm, của Sở Tư pháp. Sở Y tế xếp cuối với 75,10 điểm. Sở Tư "
                 "pháp hơn Sở Y tế {x} điểm.", "15,90", "16,90", "claim_gap", 16.9, id="highest-then-comma-cua-owner"),
    # -- the level of the unit compared with set off between dashes, the difference after it
    pytest.param("province", "Với 88,40 điểm, Sở Tư pháp vượt Sở Y tế – 85,10 điểm – {x} điểm.", "3,30", "3,03", "claim_gap",
                 3.03, id="level-between-dashes"),
    pytest.param("national", NATIONAL_LEAD + "Kết quả 86,40% giúp Hải Dương vượt Long An – tỉnh đạt 85,20% – {x}%.", "1,20",
                 "1,30", "claim_gap", 1.3, id="figure-helps-the-unit-and-a-level-between-dashes"),
    # -- "dừng ở": where a unit's score stopped
    pytest.param("province", "Trong khi Sở Y tế dừng ở 85,10 điểm, Sở Tư pháp đạt 88,40 điểm, tức cao hơn {x} điểm.", "3,30",
                 "3,50", "claim_gap", 3.5, id="dung-o-then-a-higher-unit"),
    pytest.param("ministries", "Bộ Y tế dừng lại ở 84,20%; Bộ Tư pháp đạt 86,00%. Bộ Y tế kém Bộ Tư pháp {x}%.", "1,80",
                 "1,08", "claim_gap", -1.08, id="dung-lai-o-then-a-comparison"),
    # -- the unit compared with first, then a subject whose name has commas in it
    pytest.param("ministries", "So với Bộ Tư pháp, Bộ Văn hóa, Thể thao và Du lịch có kết quả cao hơn {x}%. Bộ Tư pháp đạt "
                 "85,00%; Bộ Văn hóa, Thể thao và Du lịch đạt 87,50%.", "2,50", "2,05", "claim_gap", 2.05,
                 id="compared-first-subject-with-commas"),
    pytest.param("ministries", "Bộ Y tế đạt 86,40%, Bộ Lao động - Thương binh và Xã hội đạt 84,10%. So với Bộ Y tế, Bộ Lao "
                 "động - Thương binh và Xã hội thấp hơn {x}%.", "2,30", "3,20", "claim_gap", -3.2,
                 id="compared-first-subject-with-a-hyphen"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", MORE)
def test_more_extremes_and_comparisons(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


def _press(tmp_path, text: str, name: str):
    """A news item with no "63 tỉnh" nor "trực thuộc Trung ương": only the provinces it names make it national."""
    path = tmp_path / f"{name}.txt"
    path.write_text("Công bố Chỉ số cải cách hành chính năm 2022\n\n" + text, encoding="utf-8")
    doc = extract(path, ExtractOptions(repair=False))
    audit_documents([doc])
    return doc


@pytest.mark.parametrize("text, right, wrong, figure", [
    pytest.param("Hải Dương dẫn đầu với 92,40%. Long An xếp cuối với 76,10%. Bình Định đạt 85,20%. Hai đầu bảng cách nhau "
                 "{x}%.", "16,30", "16,03", 16.03, id="extremes-of-a-national-news-item"),
    pytest.param("Điểm của Hải Dương và Long An lần lượt là 86,40% và 85,20%; Bình Định đạt 84,00%. Long An kém Hải Dương "
                 "{x} điểm phần trăm.", "1,20", "1,40", -1.4, id="comparison-in-a-national-news-item"),
])
def test_a_news_item_naming_three_provinces_is_national(tmp_path, text, right, wrong, figure):
    _assert_consistent(_press(tmp_path, text.format(x=right), "ok"), "claim_gap")
    _assert_one_error(_press(tmp_path, text.format(x=wrong), "bad"), "claim_gap", figure)
