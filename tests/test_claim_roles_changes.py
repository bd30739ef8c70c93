"""Changes over a year read by role and across clauses: a class's count, a unit's rank, the average, a unit's score.

Each case is a small text in words another writer would use (session 13's constructions: words of change the
reader did not know, a compared year's count in brackets before the change, years printed after a count's noun
or after a dash, a year-and-count sentence between the levels and the change, the move named as a noun, ranks
labelled by their year or named only by it, a change whose later year's level stands in another paragraph, a
quotation's figures), in a consistent version that must pass its check with no error and a version with one
figure changed that must give exactly one error on that figure.  The quiet cases look like these and must give
no error.
"""

from __future__ import annotations

import pytest

from test_claim_frames import _assert_consistent, _assert_one_error, _assert_quiet, _doc

NATIONAL_LEAD = "Năm 2022, Bộ Nội vụ đánh giá, xếp hạng 63 tỉnh, thành phố trực thuộc Trung ương.\n"

CASES = [
    # head, text with {x}, the consistent x, a wrong x, the check, the figure the error names
    # ---- a class's count and its change
    pytest.param("national", NATIONAL_LEAD + "So với năm trước, nhóm C ít đi {x} tỉnh, thành phố, chỉ còn 6 (năm 2021 có "
                 "10).", "4", "3", "claim_delta", -3.0, id="it-di"),
    pytest.param("province", "Loại Khá năm 2022 đã thu hẹp {x} đơn vị so với năm 2021: từ 12 thành 7.", "5", "6",
                 "claim_delta", -6.0, id="thu-hep"),
    pytest.param("ministries", "Số bộ, ngành thuộc nhóm B đã nhiều lên {x} so với năm 2021, từ 9 lên 13.", "4", "3",
                 "claim_delta", 3.0, id="nhieu-len-is-no-level"),
    pytest.param("ministries", "Số bộ, ngành thuộc nhóm B năm 2022 là 14, nhiều hơn năm 2021 (11) {x} bộ, ngành.",
                 "3", "4", "claim_delta", 4.0, id="compared-years-count-in-brackets-before-the-change"),
    pytest.param("province", "Số đơn vị xếp loại Tốt: năm 2021 – 12; năm 2022 – 15 (tăng {x}).", "3", "5",
                 "claim_delta", 5.0, id="year-dash-count"),
    pytest.param("province", "Loại Khá: 9 đơn vị (năm 2021), 6 đơn vị (năm 2022), giảm {x}.", "3", "2",
                 "claim_delta", -2.0, id="year-in-brackets-after-the-noun"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm B tăng {x} địa phương là thay đổi đáng kể (48 địa phương năm 2021, 53 "
                 "địa phương năm 2022).", "5", "6", "claim_delta", 6.0, id="year-after-the-noun"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm C giảm {x} tỉnh so với năm trước: 5 (năm 2022) so với 9 (năm 2021).",
                 "4", "3", "claim_delta", -3.0, id="bracketed-years-inside-so-voi"),
    pytest.param("province", "Năm 2022, số đơn vị xếp loại Xuất sắc là 4, so với 2 của năm 2021, tương ứng {x} đơn vị.",
                 "2", "3", "claim_delta", 3.0, id="tuong-ung-takes-the-levels-sign"),
    pytest.param("ministries", "Năm 2021: 11 bộ, ngành thuộc nhóm B. Năm 2022: 14 bộ, ngành. Mức tăng: {x} bộ, ngành.",
                 "3", "2", "claim_delta", 2.0, id="year-and-count-sentence-between"),
    pytest.param("national", NATIONAL_LEAD + "Năm 2021 có 5, nay nhóm A có 8 tỉnh, tăng {x}.", "3", "4", "claim_delta",
                 4.0, id="nay-opens-this-years-clause"),
    pytest.param("province", "Loại Tốt biến động thế nào? Trả lời: tăng {x}, từ 11 lên 15 đơn vị.", "4", "5",
                 "claim_delta", 5.0, id="answer-takes-the-class-of-its-question"),
    pytest.param("province", "Loại Tốt năm 2022 gồm 18 đơn vị.\n\nNếu so với năm 2021 (13 đơn vị) thì loại Tốt năm 2022 tăng "
                 "{x} đơn vị.", "5", "4", "claim_delta", 4.0, id="compared-count-and-change-this-years-count-apart"),
    pytest.param("province", "Theo bảng xếp loại hai năm: Khá – năm 2021 có 9, năm 2022 có 6, giảm {x} đơn vị.", "3", "2",
                 "claim_delta", -2.0, id="class-name-heading-its-years-counts"),
    pytest.param("province", "Số cơ quan, đơn vị xếp loại Khá:\n+ Năm 2021: 11;\n+ Năm 2022: 8;\n+ Giảm: {x}.", "3", "4",
                 "claim_delta", -4.0, id="items-under-a-heading-naming-the-class"),
    pytest.param("province", "Số đơn vị loại Trung bình rớt xuống 2, bớt {x} so với mức 5 của năm trước.", "3", "2",
                 "claim_delta", -2.0, id="level-after-rot-xuong-compared-with-muc"),
    # ---- a unit's rank and its move
    pytest.param("province", "Vị trí xếp hạng của Sở Tài chính:\n• Năm 2022: 4/29;\n• Năm 2021: 9;\n• Tăng {x} bậc.", "5", "4",
                 "claim_rank", 4.0, id="items-under-a-heading-naming-the-units-rank"),
    pytest.param("province", "Sở Nội vụ năm nay xếp thứ 9/29.\n\nĐặt cạnh năm 2021 (xếp thứ 15), Sở Nội vụ đã tiến {x} bậc.",
                 "6", "5", "claim_rank", 5.0, id="compared-years-rank-in-brackets-this-years-apart"),
    pytest.param("ministries", "Cú tụt hạng của Bộ Tư pháp: {x} bậc, từ vị trí 5 xuống vị trí 8.", "3", "4",
                 "claim_rank", -4.0, id="move-as-a-noun"),
    pytest.param("province", "Bước tiến của Sở Y tế là {x} bậc (từ hạng 12 lên hạng 7).", "năm", "bốn", "claim_rank", 4.0,
                 id="move-as-a-noun-in-words"),
    pytest.param("province", "Sở Tư pháp đứng ở vị trí nào năm nay? Trả lời: thứ 6/29, lùi {x} bậc so với năm trước (thứ 4).",
                 "2", "3", "claim_rank", -3.0, id="answer-takes-the-unit-of-its-question"),
    pytest.param("national", NATIONAL_LEAD + "Còn Cà Mau? Hạng 50/63, tụt {x} bậc so với hạng 41 năm 2021.", "9", "8",
                 "claim_rank", -8.0, id="con-x-question-its-answer-opening-on-the-rank"),
    pytest.param("national", NATIONAL_LEAD + "Nếu năm trước Long An xếp thứ 20 thì năm nay là 12/63, tăng {x} bậc.", "8", "9",
                 "claim_rank", 9.0, id="neu-last-year-thi-this-year"),
    pytest.param("province", "Sở Nội vụ (8/29) thuộc nhóm đơn vị có thứ hạng tăng, {x} bậc.\n\nNăm 2021, Sở Nội vụ đứng thứ "
                 "13.", "5", "4", "claim_rank", 4.0, id="bracketed-rank-after-the-unit-its-move-after-a-comma"),
    pytest.param("province", "Sở Xây dựng tăng {x} bậc (từ hạng 20 thành hạng 14 trong 29 đơn vị).", "6", "5", "claim_rank",
                 5.0, id="tu-hang-thanh-hang"),
    pytest.param("province", "Sở Y tế xếp hạng 7/29 (giảm {x} bậc; hạng năm 2021: 4).", "3", "2", "claim_rank", -2.0,
                 id="rank-labelled-by-its-year"),
    pytest.param("province", "Vị trí xếp hạng năm 2022 của Sở Tư pháp là 12/29; năm 2021 là 16; thay đổi: tăng {x} bậc.",
                 "4", "3", "claim_rank", 3.0, id="rank-named-only-by-its-year"),
    pytest.param("ministries", "Thứ hạng của Bộ Y tế: 9 (năm 2021) và 6/17 (năm 2022); tăng {x} bậc.", "3", "2",
                 "claim_rank", 2.0, id="second-of-two-ranks"),
    pytest.param("province", "Sở Tài chính (15/29) giảm {x} bậc; năm ngoái sở này đứng thứ 11.", "4", "5", "claim_rank",
                 -5.0, id="bracketed-ratio-after-the-moving-unit"),
    pytest.param("ministries", "Bộ Tài chính hiện đứng thứ 3/17, cao hơn năm 2021 {x} bậc (khi đó xếp 5).", "2", "1",
                 "claim_rank", 1.0, id="khi-do-is-the-compared-year"),
    # ---- the average and its change
    pytest.param("province", "Theo số liệu tổng hợp, bình quân năm 2021 là 82,70%; sang năm 2022 tăng {x}%.\n\nCông tác "
                 "cải cách hành chính có nhiều chuyển biến.\n\nBình quân năm 2022 của các sở, ngành là 84,12%.", "1,42",
                 "1,24", "claim_delta", 1.24, id="change-up-to-a-later-year-stated-apart"),
    pytest.param("province", "Bình quân các sở năm 2022 đạt 85,20%, tăng {x}% so với mốc 83,90% năm 2021.", "1,30", "1,03",
                 "claim_delta", 1.03, id="moc"),
    pytest.param("national", NATIONAL_LEAD + "So với năm 2021, khi giá trị trung bình ở mức 81,40%, năm nay đạt 83,05%, "
                 "cao hơn {x}%.", "1,65", "1,56", "claim_delta", 1.56, id="khi-o-muc-is-last-years-level"),
    pytest.param("national", NATIONAL_LEAD + "Điểm trung bình các năm:\n• Năm 2021: 80,25%\n• Năm 2022: 82,75%\n• Mức "
                 "tăng: {x}%", "2,50", "2,05", "claim_delta", 2.05, id="bulleted-years-under-an-average-heading"),
    # ---- how many units rose and how many fell, against the units assessed
    pytest.param("province", "Năm 2022 có 26 sở, ngành được đánh giá. So với năm 2021, 9 đơn vị giảm điểm; những đơn vị còn "
                 "lại ({x}) đều cải thiện.", "17", "15", "claim_sum", 15.0, id="the-rest-in-brackets-a-shortfall-is-wrong"),
    pytest.param("province", "Năm 2022 có 26 sở, ngành được đánh giá. So với năm 2021, 19 đơn vị tăng điểm, {x} đơn vị còn "
                 "lại đều giảm điểm.", "7", "5", "claim_sum", 5.0, id="the-rest-after-its-count"),
    pytest.param("province", "Năm 2022 có 26 sở, ngành được đánh giá. Tăng: {x}. Giảm: 5. Đó là so sánh điểm năm 2022 với "
                 "năm 2021.", "21", "23", "claim_sum", 23.0, id="bare-labels-tang-giam"),
    pytest.param("province", "Năm 2022 có 26 sở, ngành được đánh giá. Biến động điểm so với năm 2021:\n- Tăng: {x};\n- Giảm: "
                 "7.", "19", "21", "claim_sum", 21.0, id="rise-and-fall-items-under-a-heading-naming-no-class"),
    pytest.param("province", "Năm 2022 có 26 sở, ngành được đánh giá. {x} giảm, 19 tăng: đó là số đơn vị có điểm thay đổi "
                 "so với năm 2021.", "7", "9", "claim_sum", 9.0, id="bare-counts-each-with-its-direction-after-it"),
    pytest.param("province", "Năm 2022 có 26 sở, ngành được đánh giá. Giảm – tăng điểm năm nay: 7 – {x}.", "19", "21",
                 "claim_sum", 21.0, id="paired-labels-then-paired-counts"),
    pytest.param("province", "Năm 2022 có 26 sở, ngành được đánh giá. Có bao nhiêu đơn vị giảm điểm? Câu trả lời là {x}; "
                 "tăng điểm: 19.", "7", "9", "claim_sum", 9.0, id="count-answering-how-many-fell"),
    pytest.param("province", "Xét cả hai năm, điểm bình quân năm 2021 và năm 2022 lần lượt đạt 81,90% và 83,35%, chênh "
                 "lệch {x} điểm phần trăm.", "1,45", "1,54", "claim_delta", 1.54, id="years-then-averages-respectively"),
    pytest.param("national", NATIONAL_LEAD + "Giá trị trung bình năm nay ra sao? Đạt 82,95%, cao hơn {x}% so với mức 81,70% "
                 "của năm 2021.", "1,25", "1,52", "claim_delta", 1.52, id="answer-to-a-question-on-the-average"),
    pytest.param("province", "Chỉ số CCHC bình quân theo từng năm: 2021 – 83,40%; 2022 – 85,05% (tăng {x}%).", "1,65", "1,56",
                 "claim_delta", 1.56, id="bare-years-and-dashes-under-an-average"),
    pytest.param("province", "Năm 2021: 80,15%. Năm 2022: 82,40%. Đây là giá trị bình quân Chỉ số CCHC hai năm liền, cao "
                 "hơn {x} điểm phần trăm.", "2,25", "2,52", "claim_delta", 2.52, id="levels-first-named-the-average-after"),
    pytest.param("national", NATIONAL_LEAD + "Năm 2021 là 81,30%; năm 2022 là 83,10% – đây chính là mức bình quân chung cả "
                 "nước, tức tăng {x}%.", "1,80", "1,08", "claim_delta", 1.08, id="levels-then-do-chinh-la-the-average"),
    pytest.param("national", NATIONAL_LEAD + "Năm 2021: 80,95%. Năm 2022: 82,60%. Giá trị bình quân như vậy đã tăng {x} điểm "
                 "phần trăm.", "1,65", "1,56", "claim_delta", 1.56, id="levels-then-the-average-rose-in-the-next-sentence"),
    # ---- a unit's score and its change
    pytest.param("national", NATIONAL_LEAD + "Bến Tre giảm {x}% so với năm trước, xuống 80,20%. Năm 2021, tỉnh này đạt 82,05%.",
                 "1,85", "1,58", "claim_delta", -1.58, id="change-then-xuong-the-level-it-reached"),
    pytest.param("ministries", "Bộ Ngoại giao có mức tăng {x}% so với năm 2021. Cụ thể, năm 2021 đạt 84,10%, năm 2022 đạt "
                 "86,35%.", "2,25", "2,52", "claim_delta", 2.52, id="cu-the-years-levels-of-the-unit-before"),
    pytest.param("province", "Sở Y tế là một trong các đơn vị có điểm số tăng {x} điểm so với năm 2021.\n\nTheo bảng tổng "
                 "hợp, Sở Y tế năm 2021 đạt 80,10 điểm và năm 2022 đạt 83,40 điểm.", "3,30", "3,03", "claim_delta", 3.03,
                 id="unit-change-its-levels-in-another-paragraph"),
    pytest.param("province", "Sở Công Thương có bước chuyển rõ nét qua hai năm: năm 2022 84,05 điểm, năm 2021 79,15 điểm, "
                 "chênh {x} điểm.", "4,90", "4,09", "claim_delta", 4.09, id="unsigned-chenh-after-two-dated-levels"),
    pytest.param("province", "Đặt cạnh năm trước, Sở Nội vụ làm kém hơn {x}%: năm ngoái 88,20%, năm nay 86,70%.", "1,50",
                 "1,05", "claim_delta", -1.05, id="lam-kem-hon-levels-labelled-by-period-words"),
    pytest.param("province", "“Năm 2022 chúng tôi đạt 85,30 điểm, cao hơn năm trước {x} điểm”, lãnh đạo Sở Tài chính nói. "
                 "Năm 2021, Sở Tài chính đạt 83,10 điểm.", "2,20", "2,02", "claim_delta", 2.02,
                 id="quotation-of-the-unit-named-after-it"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", CASES)
def test_change_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


QUIET = [
    pytest.param("province", "Năm 2021, điểm bình quân đạt 82,29%, tăng 1,50% so với năm 2020.\n\nĐiểm bình quân năm 2022 "
                 "là 85,00%.", id="an-earlier-years-own-change-is-not-the-later-years"),
    pytest.param("province", "Sở Tài chính (15/29) đạt 84,10 điểm; năm ngoái sở này đứng thứ 11.",
                 id="a-bracketed-ratio-with-no-move-is-no-rank"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm A có 5 tỉnh, tương ứng 7,94% số tỉnh; năm 2021 có 2 tỉnh.",
                 id="tuong-ung-a-share-is-no-change"),
    pytest.param("province", "“Điểm bình quân của tỉnh đạt 84,10%, tăng 1,20%”, Giám đốc Sở Tư pháp cho biết. Năm 2021, Sở "
                 "Tư pháp đạt 80,00 điểm.", id="a-quotation-not-about-the-speakers-own-unit"),
    pytest.param("ministries", "Năm 2021: 11 bộ, ngành thuộc nhóm B. Năm 2022: 17 bộ, ngành được đánh giá. Mức tăng: 3 bộ, "
                 "ngành.", id="a-year-sentence-about-the-units-assessed-is-no-class-count"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm B năm 2022: 50 tỉnh.\n\nNăm 2021 nhóm B có 40 tỉnh, tăng 13 so với năm "
                 "2020.", id="an-earlier-years-count-with-its-own-change-is-not-compared-with-this-year"),
    pytest.param("province", "Năm 2022 có 26 sở, ngành được đánh giá. So với năm 2021, 19 đơn vị tăng điểm, 5 đơn vị giảm "
                 "điểm.", id="rose-and-fell-short-of-the-total-leave-room-for-the-unchanged"),
    pytest.param("province", "Năm 2022 có 26 sở, ngành được đánh giá. Tăng: 2,50 điểm. Giảm: 5 bậc.",
                 id="labels-before-a-score-or-places-count-no-units"),
    pytest.param("province", "Năm 2021: 82,83 điểm. Năm 2022: 84,61 điểm. Đây là kết quả của Sở Tư pháp; trung bình các sở "
                 "tăng 1,20 điểm.", id="levels-named-a-units-not-the-average"),
    pytest.param("province", "Sở Y tế tăng 3,30 điểm so với năm 2021.\n\nSở Y tế đạt 83,40 điểm về cải cách thể chế năm 2022 "
                 "và 80,00 điểm về cải cách thủ tục hành chính năm 2022.", id="two-figures-of-the-year-leave-the-change-apart"),
]


@pytest.mark.parametrize("head, text", QUIET)
def test_words_that_look_like_a_change_give_no_error(tmp_path, head, text):
    _assert_quiet(_doc(tmp_path, text, head))
