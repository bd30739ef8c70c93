"""Changes over a year whose pieces stand apart: the average with last year's, a unit's score and its change, a
class's count and its change.

Each case is a small text in words another writer would use (session 14's constructions: a level labelled only by
its year after an item mark, a connective or a year word, of the average spoken of just before; a bare difference
after the averages of two years; a level in the bracket a compared year opens, or after "của năm Y là"; the change
printed after the level it is measured from; a unit that reached a figure in a relative clause), in a consistent
version that must pass its check with no error and a version with one figure changed that must give exactly one
error on that figure.  The quiet cases look like these and must give no error.
"""

from __future__ import annotations

import pytest

from test_claim_frames import _assert_consistent, _assert_one_error, _assert_quiet, _doc

NATIONAL_LEAD = "Năm 2022, Bộ Nội vụ đánh giá, xếp hạng 63 tỉnh, thành phố trực thuộc Trung ương.\n"

CASES = [
    # head, text with {x}, the consistent x, a wrong x, the check, the figure the error names
    # ---- the average: a later level labelled only by its year, after a connective or an item mark
    pytest.param("province", "Trước tiên, bình quân năm 2021 là 81,40%. Kế đến, năm 2022 đạt 83,05%. Rốt cuộc, độ chênh "
                 "giữa hai năm là {x} điểm theo hướng tăng.", "1,65", "1,56", "claim_delta", 1.56,
                 id="year-level-after-a-connective-then-the-change"),
    pytest.param("ministries", "Giá trị trung bình của các bộ, ngành: 1) năm 2022 – 84,30%; 2) năm 2021 – 82,90%; 3) mức "
                 "tăng – {x}%.", "1,40", "1,04", "claim_delta", 1.04, id="numbered-items-of-the-average"),
    pytest.param("province", "Bình quân của các huyện năm nay: 83,60 điểm. Năm trước: 82,15 điểm. Độ chênh: {x} điểm.",
                 "1,45", "1,54", "claim_delta", 1.54, id="year-word-label-then-a-bare-difference"),
    # ---- a level in the bracket a compared year opens, or after "của năm Y là"
    pytest.param("province", "Điểm chung (trung bình 85,10%) nhích thêm {x} điểm so với năm 2021 (trung bình 83,95%).",
                 "1,15", "1,51", "claim_delta", 1.51, id="compared-years-average-in-its-bracket"),
    pytest.param("national", NATIONAL_LEAD + "Năm 2022 ghi nhận bình quân 84,90%; số liệu tương ứng của năm 2021 là "
                 "83,40%, tức đã tăng {x}%.", "1,50", "1,05", "claim_delta", 1.05, id="cua-nam-labels-the-figure"),
    # ---- the change printed after the level it is measured from
    pytest.param("province", "Năm 2022 bình quân là 85,50% – vượt mức 84,20% của năm 2021 tới {x} điểm.", "1,30", "1,03",
                 "claim_delta", 1.03, id="change-after-the-compared-average"),
    pytest.param("province", "Năm nay Sở Công Thương đạt 82,40%, kém hơn mức 83,10% của năm ngoái {x} điểm.", "0,70",
                 "0,07", "claim_delta", -0.07, id="kem-hon-a-units-compared-level-then-the-change"),
    pytest.param("ministries", "Bộ Y tế năm nay có 88,05%, nhỉnh hơn năm trước (86,45%) tới {x} điểm.", "1,60", "1,06",
                 "claim_delta", 1.06, id="nhinh-hon-compared-year-bracket-then-the-change"),
    pytest.param("province", "Đầu tiên, điểm bình quân năm 2021 đạt 80,90 điểm. Sau đó, năm 2022 là 82,05 điểm. Sau cùng, "
                 "hai năm chênh nhau {x} điểm, theo hướng tăng.", "1,15", "1,51", "claim_delta", 1.51,
                 id="sau-cung-opening-a-sentence-is-a-connective-not-the-last-place"),
    pytest.param("ministries", "Bình quân các bộ, ngành năm nay nhích {x} điểm phần trăm.\n\nNăm 2022 có 17 bộ, ngành được "
                 "đánh giá.\n\nSố liệu cụ thể: bình quân năm 2022 là 84,15%, năm 2021 là 83,20%.", "0,95", "0,59",
                 "claim_delta", 0.59, id="change-apart-from-an-average-read-with-last-years"),
    pytest.param("province", "Năm 2021, điểm trung bình chung là 82,70%.\n\nBình quân của khối UBND cấp huyện năm 2022 là "
                 "84,00% (tăng {x}%).", "1,30", "1,03", "claim_delta", 1.03,
                 id="last-years-average-named-without-the-scope-of-this-years"),
    # ---- a unit's score: the level it replaced, or levels opening the sentence before the unit is named
    pytest.param("province", "Với mức giảm {x} điểm, Sở Y tế nay đạt 80,15 điểm, thay vì 80,60 điểm như năm 2021.", "0,45",
                 "0,54", "claim_delta", -0.54, id="thay-vi-the-level-it-replaced"),
    pytest.param("province", "Năm 2021 81,40%, năm 2022 83,10%: Sở Tư pháp có bước tiến {x} điểm phần trăm.", "1,70", "1,07",
                 "claim_delta", 1.07, id="dated-levels-open-the-sentence-the-unit-after-a-colon"),
    pytest.param("province", "79,90 điểm (năm 2021) và 79,35 điểm (năm 2022) – UBND huyện Thanh Hà lùi {x} điểm.", "0,55",
                 "0,45", "claim_delta", -0.45, id="levels-with-bracketed-years-then-a-dash-and-the-unit"),
    # ---- a class's count and its change
    pytest.param("province", "Loại Tốt: 9 đơn vị (năm 2021: 6; chênh lệch: +{x}).", "3", "4", "claim_delta", 4.0,
                 id="signed-change-after-last-years-count-in-brackets"),
    pytest.param("ministries", "Nhóm C năm 2022 có 2 bộ, ngành (năm 2021: 5, thay đổi: -{x}).", "3", "2", "claim_delta", -2.0,
                 id="signed-change-thay-doi"),
    pytest.param("province", "Năm 2021, số đơn vị xếp loại Khá là 12. Năm 2022, con số này là 9. Như vậy, loại Khá bớt {x} "
                 "đơn vị.", "3", "2", "claim_delta", -2.0, id="a-concluding-sentence-reaches-both-years"),
    pytest.param("national", NATIONAL_LEAD + "Năm 2021 nhóm A có 4 tỉnh. Năm 2022, con số này tăng lên 7. Tính ra, nhóm A "
                 "nhiều hơn {x} tỉnh.", "3", "4", "claim_delta", 4.0, id="tinh-ra-sums-up-the-two-sentences-before"),
    pytest.param("province", "Số đơn vị loại Tốt năm 2022 [14] nhiều hơn năm 2021 [11] là {x} đơn vị.", "3", "4",
                 "claim_delta", 4.0, id="counts-in-square-brackets-after-their-years"),
    pytest.param("ministries", "Số bộ, ngành thuộc nhóm B [12] giảm {x} so với năm 2021 [14].", "2", "1", "claim_delta", -1.0,
                 id="count-in-square-brackets-after-its-class"),
    pytest.param("province", "Số đơn vị xếp loại Khá năm 2022 là 8.\n\nSố liệu này giảm {x} đơn vị so với năm 2021, khi loại "
                 "Khá có 11 đơn vị.", "03", "04", "claim_delta", -4.0, id="so-voi-nam-khi-the-compared-years-count"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm B năm 2022 có 50 tỉnh.\n\nCon số đó nhiều hơn {x} tỉnh so với năm 2021, lúc "
                 "nhóm B chỉ có 41 tỉnh.", "9", "8", "claim_delta", 8.0, id="so-voi-nam-luc-the-compared-years-count"),
    pytest.param("ministries", "So với năm 2021, nhóm C giảm {x} bộ, ngành; năm 2022 có 4 bộ, ngành, năm 2021 có 6.", "2",
                 "3", "claim_delta", -3.0, id="change-first-then-each-years-count-with-its-noun"),
    pytest.param("province", "So với năm trước, loại Tốt tăng {x} đơn vị; năm 2022 có mười đơn vị, năm 2021 có bảy.", "ba",
                 "hai", "claim_delta", 2.0, id="counts-in-words-after-nam-y-co"),
    pytest.param("province", "Số đơn vị xếp loại Khá giảm từ mười một (năm 2021) xuống chín (năm 2022), tức bớt {x} đơn vị.",
                 "hai", "ba", "claim_delta", -3.0, id="from-to-in-words-with-bracketed-years"),
    # ---- a reply on its own line answers the question on the line before
    pytest.param("province", "Số đơn vị loại Tốt biến động ra sao so với năm trước?\n– Từ 11 lên 15, tức tăng {x}.", "4", "3",
                 "claim_delta", 3.0, id="a-reply-line-takes-the-class-its-question-named"),
    pytest.param("ministries", "Nhóm C năm nay thế nào so với năm 2021?\n- Trả lời: giảm từ 6 xuống 4 bộ, ngành, tức bớt {x}.",
                 "2", "3", "claim_delta", -3.0, id="a-tra-loi-line-takes-the-group-its-question-named"),
    pytest.param("province", "Hỏi: Điểm số của Sở Nội vụ thay đổi thế nào?\n– Năm 2021 là 84,10 điểm, năm nay 83,35 điểm, "
                 "giảm {x} điểm.", "0,75", "0,57", "claim_delta", -0.57, id="a-reply-line-takes-the-unit-its-question-named"),
    pytest.param("province", "Sở Tư pháp năm nay có gì khác?\n– Năm 2021 đạt 80,20%, năm nay 82,00%, nhích {x} điểm phần trăm.",
                 "1,80", "1,08", "claim_delta", 1.08, id="a-reply-after-a-question-naming-a-unit-and-no-figure"),
    # ---- a quotation of a unit's head on the unit's own result
    pytest.param("province", "“Điểm số 83,40% năm nay, cao hơn năm trước {x} điểm phần trăm, là công sức của cả tập thể”, "
                 "Giám đốc Sở Tài chính chia sẻ. Năm 2021, Sở Tài chính đạt 82,20%.", "1,20", "1,02", "claim_delta", 1.02,
                 id="a-heads-quotation-on-the-units-own-result"),
    pytest.param("ministries", "“Năm nay kết quả là 86,10%, giảm {x} điểm so với năm trước” – Bộ trưởng Bộ Tư pháp cho biết."
                 "\n\nBộ Tư pháp năm 2021 đạt 86,90%.", "0,80", "0,08", "claim_delta", -0.08,
                 id="a-heads-quotation-after-a-dash-last-year-in-another-paragraph"),
    # ---- a change with the unit's two years stated in another paragraph
    pytest.param("ministries", "Điểm của Bộ Xây dựng tăng {x} điểm phần trăm.\n\nCụ thể: Bộ Xây dựng năm 2022 đạt 84,75%, "
                 "năm 2021 đạt 83,05%.", "1,70", "1,07", "claim_delta", 1.07,
                 id="a-units-change-apart-from-its-two-years"),
    pytest.param("national", NATIONAL_LEAD + "Năm 2021 82,51%, năm 2022 81,53%: Yên Bái có bước lùi {x} điểm phần trăm.",
                 "0,98", "0,89", "claim_delta", -0.89, id="buoc-lui-after-dated-levels-few-words"),
    pytest.param("province", "Dòng Sở Y tế trong Phụ lục: cột năm 2021 ghi 81,60%, cột năm 2022 ghi 81,20%, cột Tăng/giảm "
                 "ghi -{x} điểm phần trăm.", "0,40", "0,04", "claim_delta", -0.04, id="a-table-row-told-column-by-column"),
    pytest.param("province", "Sở Tư pháp: 82,10 điểm (2021) → 84,00 điểm (2022), tăng {x} điểm.", "1,90", "1,09",
                 "claim_delta", 1.09, id="arrow-between-levels-with-bare-bracketed-years"),
    pytest.param("province", "Sở Y tế nhảy vọt với mức tăng {x} điểm. Nếu năm 2021 sở này dừng ở 80,00 điểm thì năm nay con "
                 "số này là 81,80 điểm.", "1,80", "1,08", "claim_delta", 1.08, id="so-nay-refers-back-not-a-name"),
    # ---- a unit that reached the figure, named in a relative clause after it
    pytest.param("province", "Số điểm 81,20 mà UBND huyện Thanh Hà giành được năm nay thấp hơn năm 2021 (82,00 điểm) là "
                 "{x} điểm.", "0,80", "0,70", "claim_delta", -0.7, id="relative-clause-owner"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", CASES)
def test_change_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


QUIET = [
    pytest.param("province", "Bình quân năm nay: 84,00%. Năm ngoái: 82,50%. Sở Y tế: 90,00%. Chênh lệch: 6,00 điểm.",
                 id="a-units-level-between-the-averages-and-a-difference"),
    pytest.param("ministries", "Trung bình các bộ năm 2022 là 84,30%. Tiếp đó, năm 2022 Bộ Tư pháp đạt 91,20%, hơn "
                 "bình quân 6,90 điểm.", id="a-connective-then-a-named-units-level"),
    pytest.param("national", NATIONAL_LEAD + "Điểm trung bình năm 2022 là 84,20%. So với năm 2021 (tăng 1,20 điểm), kết "
                 "quả này tốt hơn.", id="a-change-in-the-compared-years-bracket-is-no-level"),
    pytest.param("province", "Sở Y tế đứng cuối cùng, với 75,20%. Sau cùng, năm 2022 có 26 đơn vị được đánh giá.",
                 id="cuoi-cung-after-a-verb-is-still-the-last-place"),
    pytest.param("province", "Năm 2021 81,40%, năm 2022 83,10%: Sở Tư pháp và Sở Y tế đều tăng điểm.",
                 id="dated-levels-before-two-units-and-no-figure"),
    pytest.param("province", "Năm 2021 có 12 đơn vị loại Khá. Năm 2022 có 26 đơn vị được đánh giá. Như vậy, loại Khá năm "
                 "2022 có 9 đơn vị.", id="a-concluding-sentence-with-no-change"),
    pytest.param("province", "Loại Tốt: 9 đơn vị (năm 2021: 6; mã số: -3).", id="a-signed-number-after-another-label"),
    pytest.param("ministries", "“Kết quả 84,30% năm nay, tăng 1,10 điểm so với năm trước”, Thứ trưởng Bộ Nội vụ cho biết. Bộ "
                 "Nội vụ năm 2021 đạt 88,00%.", id="a-quotation-read-out-by-the-announcing-ministrys-deputy"),
    pytest.param("province", "“Các sở đạt 85,00% năm nay, tăng 2,00 điểm”, Giám đốc Sở Nội vụ nói. Năm 2021, Sở Nội vụ đạt "
                 "90,00%.", id="a-heads-quotation-on-all-the-departments"),
    pytest.param("province", "Số đơn vị xếp loại Khá năm 2022 là 8.\n\nSố liệu này giảm 3 đơn vị so với năm 2020, khi loại "
                 "Khá có 10 đơn vị.", id="a-count-compared-with-two-years-before-is-not-joined"),
    pytest.param("province", "Loại Tốt tăng dần từ năm (năm 2019) đến nay; năm 2022 có 26 đơn vị được đánh giá.",
                 id="a-word-before-a-bracketed-year-with-no-count-noun-near"),
    pytest.param("province", "Sở Tư pháp và Sở Y tế năm nay có gì khác?\n– Năm 2021 đạt 80,20%, năm nay 82,00%, tăng 1,10 "
                 "điểm phần trăm.", id="a-reply-after-a-question-naming-two-units"),
]


@pytest.mark.parametrize("head, text", QUIET)
def test_words_that_look_like_a_change_give_no_error(tmp_path, head, text):
    _assert_quiet(_doc(tmp_path, text, head))


def test_a_change_joined_to_two_bulleted_years_cites_both_lines(tmp_path):
    """"Sở Tài chính:\n• 2021: …\n• 2022: …\n• +…": the check of the change cites the line of last year's level too,
    so a reader sees both figures it compared."""
    doc = _doc(tmp_path, "Kết quả của Sở Tài chính:\n• 2021: 80,65%\n• 2022: 83,51%\n• +2,86 điểm phần trăm")
    passed = [c for c in doc.checks if c.check == "claim_delta" and c.status == "pass"]
    assert len(passed) == 1
    first = min(e.line_start for e in passed[0].evidence)
    last = max(e.line_end or e.line_start for e in passed[0].evidence)
    lines = [n for p in doc.pages for n, line in enumerate(p.lines, 1) if "80,65" in line.text or "+2,86" in line.text]
    assert first <= min(lines) and max(lines) <= last


# ---------------------------------------------------------------------------------------------------------
# session 15: the average and a unit's change read in more words and more orders (the loft set's constructions,
# written again in other words): a change read with last year's level whose this-year level stands in another
# paragraph; words of change "tiến bộ", "khá hơn", "tốt hơn", "kém đi", "xấu đi", "đi xuống"; "mặt bằng (chung, điểm,
# chỉ số, này)" as the average; a difference naming no unit after the average ("Con số này …", a bullet "Tăng: …")
# is the average's, not the unit spoken of before it; a year, a comma and its figure ("năm 2021, 82,34%").

CASES_15 = [
    # ---- a change read with last year's level; this year's level stated in another paragraph
    pytest.param("province", "Năm nay, UBND huyện Nam Sách được 81,20%.\n\nSo với năm trước, khi huyện đạt 82,00%, UBND "
                 "huyện Nam Sách giảm {x} điểm.", "0,80", "0,08", "claim_delta", -0.08,
                 id="s15-change-with-last-years-level-this-years-apart-before"),
    pytest.param("ministries", "Bộ Công Thương tăng {x} điểm so với mức 80,00% của năm 2021.\n\nNăm 2022, Bộ Công Thương "
                 "đạt 81,50%.", "1,50", "1,05", "claim_delta", 1.05,
                 id="s15-change-with-last-years-level-this-years-apart-after"),
    # ---- more words of change, the levels stated apart
    pytest.param("province", "Sở Nội vụ tiến bộ {x} điểm so với năm 2021.\n\nCụ thể, Sở Nội vụ năm nay đạt 84,00 điểm, "
                 "năm 2021 đạt 82,80 điểm.", "1,20", "2,10", "claim_delta", 2.1, id="s15-tien-bo-a-units-change"),
    pytest.param("province", "So với năm trước, điểm của UBND huyện Kim Thành khá hơn {x} điểm.\n\nUBND huyện Kim Thành: năm "
                 "2022 là 83,40 điểm (năm 2021: 82,50 điểm).", "0,90", "0,09", "claim_delta", 0.09,
                 id="s15-kha-hon-a-units-change"),
    pytest.param("ministries", "So với năm ngoái, điểm bình quân kém đi {x}%.\n\nBình quân năm 2022: 82,10% (năm 2021: "
                 "82,65%).", "0,55", "0,45", "claim_delta", -0.45, id="s15-kem-di-the-averages-change"),
    pytest.param("national", NATIONAL_LEAD + "Mặt bằng chung năm nay tốt hơn {x} điểm so với năm 2021.\n\nĐiểm trung bình "
                 "năm 2022 là 84,00 điểm; năm 2021 là 82,90 điểm.", "1,10", "1,01", "claim_delta", 1.01,
                 id="s15-tot-hon-mat-bang-chung"),
    # ---- "mặt bằng" is the average
    pytest.param("province", "Mặt bằng điểm năm 2022 là 84,10 điểm, thấp hơn năm 2021 {x} điểm; năm 2021, mặt bằng này ở "
                 "mức 84,50 điểm.", "0,40", "0,04", "claim_delta", -0.04, id="s15-mat-bang-diem-and-mat-bang-nay"),
    pytest.param("national", NATIONAL_LEAD + "Quảng Ninh đạt 91,10%.\nChỉ số CCHC 2022: mặt bằng chung nhích lên {x}%\n"
                 "Điểm bình quân năm nay là 84,10%, so với 82,90% năm 2021.", "1,20", "1,02", "claim_delta", 1.02,
                 id="s15-a-headline-on-mat-bang-chung-not-the-unit-before"),
    pytest.param("province", "Năm 2022, mặt bằng chỉ số của các sở là 83,30%, năm 2021 là 82,00%, tăng {x}%.", "1,30",
                 "3,10", "claim_delta", 3.1, id="s15-mat-bang-chi-so-both-years-one-sentence"),
    # ---- a difference naming no unit, right after the average: the average's, not the unit spoken of before
    pytest.param("province", "Sở Y tế có 88,00 điểm.\n\nĐiểm trung bình năm 2022 đạt 84,10 điểm. Con số này thấp hơn năm "
                 "2021 {x} điểm. Năm 2021, điểm trung bình là 84,50 điểm.", "0,40", "0,14", "claim_delta", -0.14,
                 id="s15-con-so-nay-after-the-average"),
    pytest.param("ministries", "Bộ Tài chính có 88,00%.\nSố liệu chính:\n– Bình quân 2022: 84,10%\n– Bình quân 2021: 83,20%"
                 "\n– Tăng: {x}%", "0,90", "0,19", "claim_delta", 0.19, id="s15-a-bullet-change-after-two-averages"),
    pytest.param("province", "Sở Y tế có 88,00 điểm.\n\nNăm 2021, bình quân các sở là 82,00 điểm. Mức này năm nay cao hơn "
                 "{x} điểm, lên 83,30 điểm.", "1,30", "1,03", "claim_delta", 1.03, id="s15-muc-nay-after-the-average"),
    # ---- a year, a comma and its figure
    pytest.param("province", "Về bình quân chung: năm 2021, 81,90 điểm; năm 2022, 83,10 điểm; chênh lệch +{x} điểm.",
                 "1,20", "1,02", "claim_delta", 1.02, id="s15-year-comma-figure-both-years"),
    pytest.param("province", "Bình quân các sở năm 2022 đạt 83,00 điểm; năm trước, 83,50 điểm; giảm {x} điểm.", "0,50",
                 "0,05", "claim_delta", -0.05, id="s15-year-word-comma-figure"),
    # ---- the average's change stated paragraphs away from the averages, in words of change the catalogue has
    pytest.param("ministries", "Bình quân năm 2022: 85,20% (năm 2021: 84,00%).\n\nBộ Tư pháp dẫn đầu với 92,00%.\n\nBộ Y tế "
                 "xếp cuối với 78,00%.\n\nSo với năm trước, mặt bằng chung khá hơn {x} điểm phần trăm.", "1,20", "2,10",
                 "claim_delta", 2.1, id="s15-kha-hon-of-the-average-paragraphs-away"),
    pytest.param("province", "Điểm trung bình năm 2022 là 83,40 điểm, năm 2021 là 82,00 điểm.\n\nSở Tư pháp đứng đầu, 90,10 "
                 "điểm.\n\nNhìn chung, mặt bằng chỉ số của các sở năm 2022 đã được nâng lên {x} điểm so với năm trước.",
                 "1,40", "1,04", "claim_delta", 1.04, id="s15-nang-len-of-the-average-far-from-its-noun"),
    # ---- a bullet line with no stop ends before a line that opens on a quotation
    pytest.param("ministries", "Số liệu nổi bật:\n– Bình quân 2022: 84,60%\n– Bình quân 2021: 83,90%\n– Tăng: {x}%\n“Bộ Tư "
                 "pháp giữ vững vị trí dẫn đầu”, lãnh đạo Bộ Nội vụ nhận xét.", "0,70", "0,07", "claim_delta", 0.07,
                 id="s15-a-bullet-change-before-a-quoted-line"),
    # ---- "năm ngoái" is the year before the report's, even after a sentence on an earlier year
    pytest.param("province", "Năm 2021, loại Tốt có 8 đơn vị. Năm ngoái, Sở Xây dựng có 84,60%.\n\nSở Xây dựng lùi {x}%, "
                 "hiện dừng ở 83,20%.", "1,40", "1,04", "claim_delta", -1.04, id="s15-nam-ngoai-after-an-earlier-year"),
    pytest.param("ministries", "Năm 2020, nhóm A có 3 bộ, ngành. Năm ngoái, Bộ Tư pháp được 82,30%.\n\nBộ Tư pháp năm nay có "
                 "83,00%, nhích {x} điểm.", "0,70", "0,07", "claim_delta", 0.07, id="s15-nam-ngoai-before-a-units-change"),
    # ---- a change set off by dashes before the level; last year's level in brackets after it
    pytest.param("ministries", "Bộ Công Thương – đơn vị tăng {x}% so với năm trước – đạt 85,10% (năm 2021: 82,60%).", "2,50",
                 "5,20", "claim_delta", 5.2, id="s15-a-change-in-an-aside-then-the-level"),
    pytest.param("province", "Sở Y tế - nơi giảm {x} điểm so với năm 2021 - dừng ở 80,40 điểm (năm 2021: 81,30 điểm).",
                 "0,90", "0,09", "claim_delta", -0.09, id="s15-a-fall-in-an-aside-with-hyphens"),
    # ---- the average far from the words of its change in one clause, last year's stated elsewhere
    pytest.param("province", "Năm 2021, điểm trung bình đạt 82,10 điểm.\n\nCó 20 sở và 12 huyện được đánh giá năm 2022. Điểm "
                 "trung bình chung của các sở, ban, ngành và UBND các huyện, thị xã, thành phố là 83,70 điểm, cao hơn năm "
                 "2021 {x} điểm.", "1,60", "1,06", "claim_delta", 1.06, id="s15-average-far-from-its-change-word"),
    # ---- the answer to a question on the average
    pytest.param("province", "Sở Y tế đạt 90,00%.\nĐiểm bình quân năm 2022 tăng bao nhiêu? Tăng {x} điểm phần trăm, từ 82,00% "
                 "lên 83,50%.", "1,50", "1,05", "claim_delta", 1.05, id="s15-answer-to-a-question-on-the-average"),
    pytest.param("ministries", "Bộ Y tế đạt 90,00%.\nHỏi: Bình quân chung năm nay thay đổi thế nào?\nĐáp: Từ 82,00% lên "
                 "83,50%, tăng {x} điểm phần trăm.", "1,50", "1,60", "claim_delta", 1.6,
                 id="s15-reply-line-to-a-question-on-the-average"),
    # ---- a change opening its clause before the unit whose level follows
    pytest.param("national", NATIONAL_LEAD + "Quảng Ninh đạt 90,00%. Giảm {x} điểm phần trăm so với năm trước, TP. Cần Thơ "
                 "nay đạt 80,10% (năm 2021: 81,00%).", "0,90", "0,09", "claim_delta", -0.09,
                 id="s15-a-change-before-the-unit-and-its-level"),
    pytest.param("province", "Cao hơn năm 2021 {x} điểm, Sở Tài chính năm nay có 86,20 điểm; năm 2021, sở này có 84,70 "
                 "điểm.", "1,50", "1,05", "claim_delta", 1.05, id="s15-a-comparative-change-before-the-unit"),
    # ---- a slide is a fall; the level it took the unit to after "xuống"
    pytest.param("ministries", "Cú trượt của Bộ Ngoại giao: {x} điểm, kéo kết quả xuống 83,10% (năm 2021: 84,00%).", "-0,90",
                 "-0,80", "claim_delta", -0.8, id="s15-cu-truot-then-the-level-it-fell-to"),
    # ---- "chỉ còn / còn đạt" before a unit's level
    pytest.param("province", "Đáng chú ý là Sở Công Thương: năm 2021 còn đạt 85,00 điểm, năm nay chỉ còn 83,40 điểm, giảm {x} "
                 "điểm.", "1,60", "1,06", "claim_delta", -1.06, id="s15-chi-con-this-years-level"),
    pytest.param("ministries", "Bình quân các bộ đạt 84,00% trong năm 2022, tăng 0,50 điểm phần trăm so với cùng kỳ (83,50%). "
                 "Một cái tên đáng chú ý là Bộ Tài chính: năm 2021 còn đạt 85,00%, năm nay chỉ còn 83,40%, giảm {x} điểm "
                 "phần trăm.", "1,60", "1,06", "claim_delta", -1.06, id="s15-chi-con-after-the-average-and-a-colon"),
    # ---- the average's change in the next clause, compared with the year before
    pytest.param("ministries", "Năm 2021, bình quân các bộ là 82,60%.\n\nCó 17 bộ, ngành được đánh giá. Chỉ số CCHC bình quân "
                 "năm 2022 đạt 83,90%; so với năm trước, nhích {x}%.", "1,30", "3,10", "claim_delta", 3.1,
                 id="s15-the-averages-change-in-the-next-clause"),
    pytest.param("province", "Về điểm bình quân, năm 2022 các sở, ban, ngành đạt 83,70%; so với năm trước (82,40%), cao hơn "
                 "{x} điểm phần trăm.", "1,30", "1,03", "claim_delta", 1.03,
                 id="s15-the-averages-change-in-the-next-clause-with-last-years-level"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", CASES_15)
def test_session_15_change_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


QUIET_15 = [
    pytest.param("province", "So với năm 2021 (đạt 80,00%), Sở Y tế tăng 1,50 điểm.\n\nNăm 2022, Sở Tư pháp đạt 83,00%.",
                 id="s15-a-change-and-another-units-level-apart"),
    pytest.param("province", "Sở Y tế tăng 1,50 điểm so với mức 80,00% của năm 2021.\n\nNăm 2022, Sở Y tế đạt 81,50%; "
                 "năm 2022, theo một cách tính khác, Sở Y tế đạt 82,00%.", id="s15-two-levels-of-the-unit-that-year"),
    pytest.param("province", "Điểm trung bình năm 2022 đạt 84,10 điểm. Sở Y tế cao hơn năm 2021 2,00 điểm.",
                 id="s15-a-named-units-change-after-the-average"),
    pytest.param("province", "Các lĩnh vực có nhiều tiến bộ. Sở Tư pháp đạt 85,00 điểm, tốt hơn so với kỳ trước.",
                 id="s15-words-of-change-with-no-figure"),
    pytest.param("province", "Tiếp cận mặt bằng sản xuất được cải thiện. Bình quân các sở năm 2022 là 83,00 điểm.",
                 id="s15-mat-bang-of-something-else"),
]


# totals and ballots: the whole named by a count after a comma and before "được xếp hạng / chấm điểm", after "của" in a
# clause on its publication ("được công khai"), or opening a line that ends on a colon and a bare number; ballots
# listed under a title line with no colon and closed by their sum
TOTALS_15 = [
    pytest.param("ministries", "Thành tích của {x} bộ, ngành – tức các bộ và cơ quan ngang bộ – nay đã được công khai."
                 "\nNhóm A có 3 bộ, ngành, nhóm B có 14 bộ, ngành và nhóm C có 2 bộ, ngành.", "19", "18", "claim_sum", 19.0,
                 id="s15-cua-n-units-in-a-clause-on-publication"),
    pytest.param("ministries", "Theo công bố của Bộ Nội vụ, {x} bộ, cơ quan ngang bộ được chấm điểm trong năm.\nNhóm A có 3 bộ, "
                 "ngành, nhóm B có 14 bộ, ngành và nhóm C có 2 bộ, ngành.", "19", "18", "claim_sum", 19.0,
                 id="s15-count-after-a-comma-then-duoc-cham-diem"),
    pytest.param("province", "Sở, ban, ngành tham gia xác định Chỉ số CCHC năm 2022: {x}.\nLoại Tốt có 5 sở, loại Khá có 12 "
                 "sở, loại Trung bình có 2 sở, loại Yếu có 1 sở.", "20", "21", "claim_sum", 20.0,
                 id="s15-units-assessed-open-the-line-colon-bare-number"),
    pytest.param("province", "Phiếu điều tra xã hội học năm 2022\n– Cán bộ, công chức: 820\n– Người dân, tổ chức: 1.480\n"
                 "– Tổng cộng: {x}", "2.300", "2.400", "survey_count", 2400.0, id="s15-ballots-under-a-title-line"),
    pytest.param("ministries", "Số phiếu khảo sát\n+ Đại biểu Quốc hội: 450\n+ Lãnh đạo, quản lý cấp vụ: 1.100\n+ Người dân, "
                 "doanh nghiệp: 3.250\n+ Cộng: {x}\nKết quả được tổng hợp theo từng bộ.", "4.800", "4.080", "survey_count",
                 4080.0, id="s15-ballots-under-a-title-line-three-groups"),
    pytest.param("ministries", "Đợt khảo sát thu về {x} phiếu hợp lệ. Trong số đó, 2.150 phiếu do cán bộ, công chức gửi lại và "
                 "4.300 phiếu do người dân, doanh nghiệp gửi lại.", "6.450", "6.540", "survey_count", 6540.0,
                 id="s15-trong-so-do-opens-the-breakdown-of-ballots"),
    pytest.param("province", "Tổng cộng {x} phiếu đã được xử lý. Trong số này, 780 phiếu của lãnh đạo, quản lý; 1.020 phiếu "
                 "của người dân, tổ chức.", "1.800", "1.900", "survey_count", 1900.0,
                 id="s15-trong-so-nay-opens-the-breakdown-of-ballots"),
    pytest.param("ministries", "Sau cuộc họp của hội đồng, {x} bộ, cơ quan ngang bộ đã được cho điểm đầy đủ.\nNhóm A có 3 bộ, "
                 "ngành, nhóm B có 14 bộ, ngành và nhóm C có 2 bộ, ngành.", "19", "18", "claim_sum", 19.0,
                 id="s15-duoc-cho-diem-makes-the-whole"),
    pytest.param("province", "Theo báo cáo của Sở Nội vụ, {x} cơ quan, đơn vị trên địa bàn tỉnh Hải Dương đã được chấm điểm "
                 "trong năm.\nLoại Tốt có 10 đơn vị, loại Khá có 15 đơn vị, loại Trung bình có 3 đơn vị, loại Yếu có 1 "
                 "đơn vị.", "29", "30", "claim_sum", 29.0, id="s15-count-with-where-the-units-are-then-duoc-cham-diem"),
    pytest.param("province", "Các cơ quan, đơn vị trên địa bàn tỉnh Hải Dương được chấm điểm năm 2022: {x}.\nLoại Tốt có 10 đơn vị, loại Khá "
                 "có 15 đơn vị, loại Trung bình có 3 đơn vị, loại Yếu có 1 đơn vị.", "29", "28", "claim_sum", 29.0,
                 id="s15-units-on-the-provinces-territory-open-the-line"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", TOTALS_15)
def test_session_15_total_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


# self-assessment dossiers, one per unit assessed, count those units: read by the roles of their clause, such a total
# confirms the classes' sum and never accuses (a total read by its role only is "doubtful" when they differ)
DOSSIERS_15 = [
    pytest.param("ministries", "Hội đồng thẩm định đã xem xét {x} hồ sơ tự đánh giá của các bộ, cơ quan ngang bộ.\nNhóm A có 3 "
                 "bộ, ngành, nhóm B có 14 bộ, ngành và nhóm C có 2 bộ, ngành.", "19", "18",
                 id="s15-self-assessment-dossiers-of-the-units"),
    pytest.param("national", NATIONAL_LEAD.replace("63 tỉnh", "các tỉnh") + "Số hồ sơ tự chấm điểm được tiếp nhận là {x} bộ "
                 "hồ sơ, ứng với các tỉnh, thành phố trực thuộc Trung ương.\nCó 4 tỉnh thuộc nhóm A, 51 tỉnh thuộc nhóm "
                 "B và 8 tỉnh thuộc nhóm C.", "63", "64", id="s15-dossiers-ung-voi-the-provinces"),
]


@pytest.mark.parametrize("head, text, right, wrong", DOSSIERS_15)
def test_session_15_dossiers_count_the_units(tmp_path, head, text, right, wrong):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), "claim_sum")
    doc = _doc(tmp_path, text.format(x=wrong), head)
    _assert_quiet(doc)
    assert [c.reason for c in doc.checks if c.check == "claim_sum" and c.expected == float(wrong)] == ["doubtful"]


QUIET_15 += [
    pytest.param("province", "Loại Tốt có 10 đơn vị, loại Khá có 12 đơn vị, loại Trung bình có 3 đơn vị, loại Yếu có 1 đơn "
                 "vị. Trong quý III, 15 đơn vị được đánh giá lại.", id="s15-units-assessed-again-are-no-total"),
    pytest.param("province", "Loại Tốt có 10 đơn vị, loại Khá có 12 đơn vị, loại Trung bình có 3 đơn vị, loại Yếu có 1 đơn "
                 "vị. Theo Sở Nội vụ, 12 đơn vị được đánh giá xếp loại Khá.", id="s15-a-class-count-after-a-comma"),
    pytest.param("province", "Số lượt kiểm tra\n– Quý I: 12\n– Quý II: 15\n– Cộng: 30", id="s15-items-that-count-no-units"),
    pytest.param("province", "Tỉnh Hải Dương được xếp hạng năm 2022: 12.\nLoại Tốt có 10 đơn vị, loại Khá có 12 đơn vị.",
                 id="s15-a-named-province-and-its-rank-is-no-total"),
    pytest.param("province", "Năm 2022, Bộ phận một cửa đã giải quyết 120 hồ sơ thủ tục hành chính của các sở, ban, ngành.\n"
                 "Loại Tốt có 10 đơn vị, loại Khá có 12 đơn vị, loại Trung bình có 3 đơn vị, loại Yếu có 1 đơn vị.",
                 id="s15-dossiers-of-another-kind-are-no-count-of-units"),
    pytest.param("province", "Năm 2021, điểm bình quân là 82,00 điểm.\n\nBình quân năm 2022 đạt 83,90 điểm; so với năm trước, "
                 "Sở Y tế nhích 1,30 điểm.", id="s15-a-named-units-change-in-the-clause-after-the-average"),
    pytest.param("province", "Năm 2021, Sở Y tế đạt 84,00 điểm.\n\nTăng 1,50 điểm so với năm trước, Sở Y tế và Sở Tư pháp "
                 "lần lượt đạt 85,00 và 84,00 điểm.", id="s15-a-change-before-two-units-levels"),
]


@pytest.mark.parametrize("head, text", QUIET_15)
def test_session_15_words_that_look_like_a_change_give_no_error(tmp_path, head, text):
    _assert_quiet(_doc(tmp_path, text, head))


def test_session_15_a_provinces_totals_under_two_nouns_confirm_each_other(tmp_path):
    """A province's report counts its units once with the departments' and districts' nouns and once as "đơn vị" with
    their breakdown: the same number is an agreement (a pass citing both); a different number is no accusation (the
    two may count different units)."""
    text = ("Hội đồng thẩm định đã tiếp nhận {x} bộ hồ sơ tự chấm điểm của các sở, ban, ngành và UBND các huyện, thị xã, "
            "thành phố, rồi hoàn thiện bảng điểm năm 2022.\nBảng điểm năm 2022 tập hợp 25 đơn vị (17 sở, cơ quan ngang "
            "sở; 8 UBND huyện, thị xã, thành phố).")
    doc = _doc(tmp_path, text.format(x="25"))
    passed = [c for c in doc.checks if c.check == "claim_total" and c.status == "pass"]
    assert passed and len({e.line_start for e in passed[0].evidence}) == 2
    _assert_quiet(_doc(tmp_path, text.format(x="24")))


# ---------------------------------------------------------------------------------------------------------
# session 16: ballots, totals, the average and a unit's change read in more constructions (the spire set's, written
# again in other words): ballots counted as opinions heard ("lượt ý kiến", "ý kiến"); the whole of the ballots
# stated apart from its parts by a count the survey's words qualify ("… phiếu điều tra hợp lệ"); items marked "a)",
# "1)" or set apart by a bar, closed by a line or an item that sums them; two years named, then their levels in the
# same order ("năm 2021 và năm 2022 … lần lượt là X và Z").

BALLOTS_16 = [
    # ---- ballots counted as opinions
    pytest.param("province", "Có {x} lượt ý kiến được tổng hợp; trong số đó người dân, tổ chức đóng góp 1.320 lượt và lãnh "
                 "đạo, công chức đóng góp 580 lượt.", "1.900", "1.990", "survey_count", 1990.0,
                 id="s16-luot-y-kien-whole-then-its-parts"),
    pytest.param("ministries", "Cán bộ, công chức các bộ góp 6.150 lượt ý kiến, người dân, doanh nghiệp góp 9.020 lượt ý "
                 "kiến; tổng cộng {x} lượt ý kiến.", "15.170", "15.710", "survey_count", 15710.0,
                 id="s16-luot-y-kien-parts-then-their-sum"),
    # ---- the whole qualified by the survey's words, its parts in another paragraph (before or after it)
    pytest.param("ministries", "Cơ cấu như sau: người dân, doanh nghiệp trả lời 7.400 phiếu, lãnh đạo cấp vụ trả lời 5.100 "
                 "phiếu.\n\nBộ Tư pháp dẫn đầu với 90,10%.\n\nKết thúc đợt khảo sát, {x} phiếu điều tra hợp lệ đã được "
                 "tổng hợp.", "12.500", "12.600", "survey_count", 12600.0, id="s16-whole-qualified-after-its-parts"),
    pytest.param("national", "Năm 2022, Bộ Nội vụ thu được {x} phiếu khảo sát hợp lệ.\n\nQuảng Ninh dẫn đầu với 91,20%.\n\n"
                 "Số phiếu đó chia ra: đại biểu Quốc hội, lãnh đạo các cấp gửi 21.000 phiếu; người dân, tổ chức gửi "
                 "30.500 phiếu.", "51.500", "51.050", "survey_count", 51050.0, id="s16-whole-qualified-before-its-parts"),
    # ---- lettered or numbered items, the sum on a line of its own after the last item's semicolon
    pytest.param("province", "Số phiếu thu được:\na) Người dân, tổ chức: 1.240 phiếu;\nb) Cán bộ, công chức: 860 phiếu;\n"
                 "Tổng cộng: {x} phiếu.", "2.100", "2.010", "survey_count", 2010.0, id="s16-lettered-items-then-the-sum"),
    pytest.param("province", "Phiếu điều tra xã hội học năm 2022\n1) Lãnh đạo, quản lý: 700;\n2) Người dân, doanh nghiệp: "
                 "1.450;\nCộng: {x} phiếu.", "2.150", "2.250", "survey_count", 2250.0, id="s16-numbered-items-bare-counts"),
    # ---- items set apart by bars or semicolons in one line, the last one summing them
    pytest.param("ministries", "Phiếu hợp lệ theo đối tượng\nNgười dân, tổ chức: 12.300 | Lãnh đạo, quản lý cấp vụ: 8.200 | "
                 "Tổng cộng: {x}", "20.500", "20.050", "survey_count", 20050.0, id="s16-items-set-apart-by-bars"),
    pytest.param("province", "Về phiếu khảo sát, cán bộ, công chức: 640; người dân, tổ chức: 1.160; tất cả: {x}.", "1.800",
                 "1.880", "survey_count", 1880.0, id="s16-items-set-apart-by-semicolons-sum-last"),
    pytest.param("ministries", "Đại biểu Quốc hội, lãnh đạo cấp vụ: 9.400 | Người dân, doanh nghiệp: 13.100 | Tổng: {x}",
                 "22.500", "22.050", "survey_count", 22050.0, id="s16-bars-closed-by-tong"),
    # ---- a line of bars ends with its line, before a line that opens on a capital or a figure
    pytest.param("province", "Phiếu điều tra\nCông chức, viên chức: 930 | Người dân, tổ chức: 1.370 | Cộng: {x}\nKết quả "
                 "được gửi tới các sở, ngành", "2.300", "2.030", "survey_count", 2030.0, id="s16-bar-line-then-prose"),
    pytest.param("province", "Sở Y tế | 2021: 84,10% | 2022: 85,00%\n2.450 phiếu của người dân, tổ chức và 1.050 phiếu của "
                 "lãnh đạo, công chức – tổng cộng {x} phiếu.", "3.500", "3.550", "survey_count", 3550.0,
                 id="s16-bar-line-then-a-line-opening-on-a-figure"),
    pytest.param("province", "Phiếu đã nhận:\n– Người dân, tổ chức: 1.010 phiếu;\n– Công chức, viên chức: 990 phiếu.\nCả thảy: "
                 "{x} phiếu.", "2.000", "2.100", "survey_count", 2100.0, id="s16-last-item-closed-by-a-stop-then-the-sum"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", BALLOTS_16)
def test_session_16_ballots_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


QUIET_16 = [
    # a group's ballots after a whole are not its sum; ballots of one group stated apart are no parts of the whole
    pytest.param("province", "Tổng số phiếu: 3.000 | Người dân, tổ chức: 2.100", id="s16-one-group-after-the-whole"),
    pytest.param("province", "Người dân, tổ chức gửi 700 phiếu.\n\nSở Tư pháp đứng đầu với 90,00 điểm.\n\nTổng hợp lại, "
                 "1.300 phiếu khảo sát hợp lệ của lãnh đạo, công chức đã được thu về.",
                 id="s16-a-groups-qualified-ballots-are-no-whole"),
    pytest.param("province", "Sở Y tế đạt 88,00 điểm; Sở Tư pháp: 1.200; cộng: 3.000.", id="s16-a-sum-of-no-ballots"),
    pytest.param("province", "Người dân góp 12 ý kiến tại hội nghị. Sở Tư pháp đạt 88,00 điểm; Sở Y tế đạt 86,00 điểm.",
                 id="s16-opinions-at-a-meeting"),
]


@pytest.mark.parametrize("head, text", QUIET_16)
def test_session_16_words_that_look_like_a_sum_give_no_error(tmp_path, head, text):
    _assert_quiet(_doc(tmp_path, text, head))


# two years named, then a unit's levels in the same order, and the change
RESPECTIVE_16 = [
    pytest.param("ministries", "Kết quả năm 2021 và năm 2022 của Bộ Y tế lần lượt là 83,10% và 84,60%, tăng {x} điểm phần "
                 "trăm.", "1,50", "1,05", "claim_delta", 1.05, id="s16-years-then-levels-respectively"),
    pytest.param("province", "Điểm của Sở Tài chính các năm 2022, 2021 theo thứ tự là 84,20 điểm và 85,00 điểm; như vậy "
                 "giảm {x} điểm.", "0,80", "0,08", "claim_delta", -0.08, id="s16-later-year-first-theo-thu-tu"),
    pytest.param("national", NATIONAL_LEAD + "Năm 2021 và năm 2022, Thái Bình đạt tương ứng 82,40% và 81,70%; giảm {x}%.",
                 "0,70", "0,07", "claim_delta", -0.07, id="s16-years-open-the-sentence-tuong-ung"),
    pytest.param("province", "Kết quả năm nay và năm ngoái của UBND huyện Thanh Miện theo thứ tự là 86,10 điểm và 84,90 "
                 "điểm, cải thiện {x} điểm.", "1,20", "2,10", "claim_delta", 2.1, id="s16-period-words-then-levels-in-order"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", RESPECTIVE_16)
def test_session_16_respective_levels_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


QUIET_16 += [
    pytest.param("ministries", "Năm 2021 và năm 2022, Bộ Y tế và Bộ Tư pháp lần lượt đạt 83,10% và 84,60%; tăng 1,00 điểm "
                 "phần trăm so với kỳ trước.", id="s16-two-units-respectively-no-pair-of-years"),
    pytest.param("ministries", "Chỉ số năm 2022 và năm 2022 điều chỉnh của Bộ Y tế lần lượt là 83,10% và 84,60%, tăng 1,00 "
                 "điểm phần trăm.", id="s16-one-year-named-twice"),
]


# the average's levels and change: a word of change set in quotation marks for effect; figures labelled by a bar
# ("2022 | 83,58%"); last year's level inside a quotation a unit's head opens ("con số này" is the average there, not
# the speaker's unit)
AVERAGES_16 = [
    pytest.param("province", "Bình quân của các sở năm nay ‘tụt’ {x} điểm, từ 84,10 điểm xuống 83,50 điểm.", "0,60", "0,06",
                 "claim_delta", -0.06, id="s16-scare-quoted-fall-of-the-average"),
    pytest.param("ministries", "Năm 2022, điểm trung bình của các bộ đã “tăng nhẹ” {x}% so với năm trước, lên 84,90% (năm "
                 "2021: 84,20%).", "0,70", "0,17", "claim_delta", 0.17, id="s16-scare-quoted-rise-then-the-levels"),
    pytest.param("province", "Bình quân chung theo năm – năm 2021 | 80,90 điểm; năm 2022 | 82,30 điểm; mức tăng | {x} điểm.",
                 "1,40", "1,04", "claim_delta", 1.04, id="s16-bar-labels-years-then-the-change"),
    pytest.param("national", NATIONAL_LEAD + "Chỉ số bình quân: 2021 | 83,05%; 2022 | 84,15%; chênh | +{x} điểm phần trăm.",
                 "1,10", "1,01", "claim_delta", 1.01, id="s16-bar-labels-bare-years"),
    pytest.param("ministries", "Vụ trưởng Vụ Cải cách hành chính, Bộ Nội vụ cho biết: “Bình quân năm nay đạt 85,40%, cao "
                 "hơn {x} điểm phần trăm; năm 2021, con số này chỉ là 84,60%.”", "0,80", "0,08", "claim_delta", 0.08,
                 id="s16-last-years-average-in-a-heads-quotation"),
    pytest.param("province", "Phó Giám đốc Sở Nội vụ chia sẻ: “Điểm bình quân năm 2022 là 82,40 điểm, thấp hơn năm trước "
                 "{x} điểm. Năm 2021, mức này đạt 83,00 điểm.”", "0,60", "0,16", "claim_delta", -0.16,
                 id="s16-last-years-average-next-sentence-of-the-quotation"),
    pytest.param("national", NATIONAL_LEAD + "“Mặt bằng chung năm nay đạt 84,20%, nhỉnh hơn {x} điểm phần trăm; năm 2021, "
                 "con số này là 83,30%”, Bộ trưởng Bộ Nội vụ phát biểu.", "0,90", "0,09", "claim_delta", 0.09,
                 id="s16-last-years-average-in-a-quotation-its-speaker-after"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", AVERAGES_16)
def test_session_16_average_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


QUIET_16 += [
    pytest.param("province", "1 | Sở Tư pháp | 90,10 | 1\n2 | Sở Y tế | 88,00 | 2", id="s16-bar-cells-of-a-table-row"),
    pytest.param("province", "Người dân gọi đó là “cú tăng tốc”. Sở Tư pháp đạt 88,00 điểm; Sở Y tế đạt 86,50 điểm.",
                 id="s16-a-quoted-phrase-with-no-figure"),
]


# the units assessed named apart from their count: after a word in quotation marks and a dash or a bracket, or as
# the rows of a table, each one unit's
TOTALS_16 = [
    pytest.param("province", "Đường đua xếp hạng năm 2022 có {x} “vận động viên” – các sở, ban, ngành và UBND các huyện, thành phố."
                 "\nLoại Tốt có 6 đơn vị, loại Khá có 15 đơn vị, loại Trung bình có 4 đơn vị.", "25", "26", "claim_sum",
                 26.0, id="s16-count-a-quoted-figure-of-speech-then-the-units"),
    pytest.param("ministries", "Năm 2022 có {x} ‘ứng viên’ (các bộ, cơ quan ngang bộ) bước vào bảng xếp hạng.\nNhóm A có 3 "
                 "bộ, ngành, nhóm B có 13 bộ, ngành và nhóm C có 1 bộ, ngành.", "17", "18", "claim_sum", 18.0,
                 id="s16-count-a-quoted-word-then-the-units-in-brackets"),
    pytest.param("ministries", "Phụ lục kèm theo có {x} dòng, mỗi dòng ứng với kết quả của từng bộ, cơ quan ngang bộ được chấm "
                 "điểm năm 2022."
                 "\nNhóm A có 4 bộ, ngành, nhóm B có 12 bộ, ngành và nhóm C có 2 bộ, ngành.", "18", "17", "claim_sum", 17.0,
                 id="s16-rows-of-the-table-each-one-units"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", TOTALS_16)
def test_session_16_total_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    """Such a total is read by the roles of its clause: it confirms the classes' sum and, when they differ, is
    "doubtful" (no accusation), as session 15's dossiers are."""
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    doc = _doc(tmp_path, text.format(x=wrong), head)
    _assert_quiet(doc)
    assert [c.reason for c in doc.checks if c.check == check and c.expected == figure] == ["doubtful"]


QUIET_16 += [
    pytest.param("province", "Sở Tư pháp có 3 “điểm sáng” – cải cách thể chế, thủ tục hành chính và chuyển đổi số.\nLoại "
                 "Tốt có 6 đơn vị, loại Khá có 15 đơn vị, loại Trung bình có 4 đơn vị.", id="s16-a-quoted-word-before-no-units"),
    pytest.param("province", "Báo cáo có 12 dòng ghi chú ở cuối.\nLoại Tốt có 6 đơn vị, loại Khá có 15 đơn vị, loại Trung "
                 "bình có 4 đơn vị.", id="s16-rows-that-are-no-units"),
]


QUIET_16 += [
    # the ballots of another year or round stated apart are no whole of this year's parts
    pytest.param("province", "Người dân, tổ chức gửi 700 phiếu, lãnh đạo, công chức gửi 600 phiếu.\n\nSở Tư pháp đứng đầu "
                 "với 90,00 điểm.\n\nNăm ngoái có 1.200 phiếu khảo sát hợp lệ.", id="s16-last-years-ballots-apart"),
    pytest.param("province", "Năm nay người dân, tổ chức gửi 700 phiếu, lãnh đạo, công chức gửi 600 phiếu.\n\nNăm 2021 có "
                 "1.200 phiếu khảo sát hợp lệ.", id="s16-an-earlier-years-ballots-apart"),
    pytest.param("province", "Người dân, tổ chức gửi 700 phiếu, lãnh đạo, công chức gửi 600 phiếu.\n\nĐợt trước, 1.200 phiếu "
                 "điều tra hợp lệ đã được thu về.", id="s16-an-earlier-rounds-ballots-apart"),
]


# a change inside a quotation that names no unit, its speaker one unit's head named right after it: that unit's change
QUOTED_16 = [
    pytest.param("province", "“Năm nay chúng ta nhích thêm {x} điểm so với năm ngoái”, Giám đốc Sở Xây dựng phấn khởi cho "
                 "biết. Đơn vị này năm 2022 đạt 84,70 điểm, năm 2021 đạt 83,90 điểm.", "0,80", "0,08", "claim_delta", 0.08,
                 id="s16-a-heads-quoted-change-then-the-levels"),
    pytest.param("ministries", "Năm 2021, Bộ Công Thương đạt 82,10%; năm nay, bộ này có 83,60%.\n\n“Giảm khoảng cách, tăng "
                 "{x} điểm phần trăm là nỗ lực lớn”, Bộ trưởng Bộ Công Thương chia sẻ.", "1,50", "1,05", "claim_delta", 1.05,
                 id="s16-levels-first-then-a-heads-quoted-change"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", QUOTED_16)
def test_session_16_quoted_change_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


QUIET_16 += [
    pytest.param("province", "Sở Xây dựng năm 2022 đạt 84,70 điểm, năm 2021 đạt 83,90 điểm.\n\n“Bình quân toàn tỉnh tăng "
                 "1,50 điểm”, Giám đốc Sở Xây dựng cho biết.", id="s16-a-heads-quote-on-the-average"),
    pytest.param("province", "Sở Nội vụ năm 2022 đạt 84,70 điểm, năm 2021 đạt 83,90 điểm.\n\n“Sở Y tế tăng 1,50 điểm”, Giám "
                 "đốc Sở Nội vụ cho biết.", id="s16-a-heads-quote-on-another-unit"),
]
