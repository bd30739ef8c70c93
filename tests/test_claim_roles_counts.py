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
    pytest.param("ministries", "Cơ quan ngang bộ: {x}. Bộ: 14. Tất cả: 18 bộ, ngành.", "4", "5",
                 "claim_total_sum", 18.0, id="kinds-as-short-sentences-then-tat-ca"),
    # a question naming the whole, its parts in the answer
    pytest.param("ministries", "Câu hỏi đặt ra: 19 bộ, ngành được chia thế nào? Trả lời: {x} bộ và 2 cơ quan ngang bộ.",
                 "17", "16", "claim_total_sum", 19.0, id="question-on-the-whole-answered-by-its-kinds"),
    pytest.param("province", "Vậy 31 đơn vị được chấm điểm là những đơn vị nào? Đáp: 20 sở, ban, ngành cùng {x} UBND "
                 "cấp huyện.", "11", "12", "claim_total_sum", 31.0, id="which-units-answered-sở-and-huyện"),
    # counts by kind of unit, then their sum in the same sentence after a word that sums
    pytest.param("province", "Năm 2022 có 19 sở, ban, ngành cộng với {x} UBND huyện, thị xã, thành phố, tất cả 28 cơ quan, "
                 "đơn vị được chấm điểm.", "9", "8", "claim_total_sum", 28.0, id="kinds-then-tat-ca"),
    pytest.param("ministries", "Bộ Nội vụ chấm điểm {x} bộ và 4 cơ quan ngang bộ (cộng lại 18 bộ, ngành).", "14", "15",
                 "claim_total_sum", 18.0, id="kinds-then-cong-lai-in-brackets"),
    pytest.param("national", "Danh sách gồm khối tỉnh (58) và khối thành phố trực thuộc Trung ương ({x}), tức 63 địa "
                 "phương.", "5", "4", "claim_total_sum", 63.0, id="kinds-in-brackets-after-a-heading-word-then-tuc"),
    # the whole first, then each kind with its count
    pytest.param("province", "Trên tổng số 30 đơn vị được xếp hạng, số sở, ban, ngành là 21, số huyện, thị xã, thành phố "
                 "là {x}.", "9", "10", "claim_total_sum", 30.0, id="whole-first-then-so-x-la"),
    pytest.param("ministries", "Trong tổng số 18 bộ, ngành năm 2022, bộ có 15, cơ quan ngang bộ có {x}.", "3", "4",
                 "claim_total_sum", 18.0, id="whole-first-then-kind-co"),
    # the whole in one paragraph, its make-up (or its ballots by respondent) in another
    pytest.param("province", "Năm 2022, Sở Nội vụ đánh giá 27 cơ quan, đơn vị.\n\nXét theo loại hình, sở, ban, ngành có 18, "
                 "huyện, thị xã, thành phố có {x}.", "9", "8", "claim_total_sum", 27.0, id="make-up-apart-from-the-whole"),
    pytest.param("province", "Có tổng số 3.500 phiếu khảo sát hợp lệ được đưa vào tính toán.\n\nTheo đối tượng, đại biểu "
                 "HĐND tỉnh trả lời 420 phiếu, cán bộ, công chức 1.380 phiếu, người dân, doanh nghiệp {x} phiếu.",
                 "1.700", "1.770", "survey_count", 3500.0, id="ballots-by-respondent-apart-from-their-total"),
    # counts in words after a class's colon, "năm" among them
    pytest.param("province", "Năm 2022, Sở Nội vụ đánh giá 30 cơ quan, đơn vị. Kết quả phân loại: loại Tốt: hai mươi; "
                 "loại Khá: {x}; loại Xuất sắc: năm (đơn vị tính: cơ quan, đơn vị).", "năm", "sáu", "claim_sum", 31.0,
                 id="class-counts-in-words-after-colons"),
    pytest.param("ministries", "Năm 2022, Bộ Nội vụ đánh giá, xếp hạng 17 bộ, cơ quan ngang bộ. Phân nhóm: nhóm B: mười; "
                 "nhóm A: {x} và nhóm C: hai.", "năm", "sáu", "claim_sum", 18.0, id="group-counts-in-words-nam-is-five"),
    pytest.param("national", NATIONAL_LEAD + "Về số lượng, nhóm C có {x} địa phương, nhóm B năm mươi mốt, nhóm A bốn.", "tám",
                 "chín", "claim_sum", 64.0, id="group-count-nam-muoi-after-its-label"),
    # classes with their counts in brackets or after "chiếm", closed by a dash and their sum
    pytest.param("province", "Năm 2022, Sở Nội vụ đánh giá 27 cơ quan, đơn vị. Xếp loại: Khá (5 đơn vị), Xuất sắc ({x} đơn vị), "
                 "Tốt (20 đơn vị).", "2", "3", "claim_sum", 28.0, id="class-names-then-counts-in-brackets"),
    pytest.param("ministries", "Trong số 18 bộ, ngành, nhóm C chiếm 2, nhóm B chiếm {x}, nhóm A chiếm 3.", "13", "14",
                 "claim_sum", 19.0, id="groups-chiem-counts"),
    pytest.param("province", "Năm 2022, Sở Nội vụ đánh giá 28 cơ quan, đơn vị. Kết quả: 2 đơn vị Xuất sắc, {x} đơn vị Tốt, 6 "
                 "đơn vị Khá – tổng 28.", "20", "21", "claim_sum", 29.0, id="classes-then-a-dash-and-their-sum"),
    # a member list, then the count that restates its size
    pytest.param("province", "Loại Tốt – gồm Sở Y tế, Sở Tư pháp và UBND huyện Gia Lộc – có tổng cộng {x} đơn vị.", "3", "4",
                 "claim_count", 4.0, id="list-between-dashes-then-tong-cong"),
    pytest.param("ministries", "Những bộ sau thuộc nhóm C: Bộ Y tế; Bộ Tài chính và Bộ Công Thương; số lượng {x} bộ, ngành.",
                 "3", "2", "claim_count", 2.0, id="list-after-colon-then-so-luong"),
    pytest.param("province", "Ở loại Xuất sắc, có mặt Sở Nội vụ và UBND huyện Kim Thành; như vậy loại này có {x} đơn vị.",
                 "2", "3", "claim_count", 3.0, id="co-mat-list-then-nhu-vay"),
    pytest.param("ministries", "Hỏi: Nhóm B gồm những bộ nào? Trả lời: Bộ Nội vụ, Bộ Tư pháp, tổng cộng {x}.", "2", "3",
                 "claim_count", 3.0, id="answer-list-then-tong-cong"),
    pytest.param("province", "Sở Xây dựng và Sở Công Thương là các đơn vị xếp loại Trung bình; tổng số đơn vị của loại này: "
                 "{x}.", "2", "1", "claim_count", 1.0, id="list-la-cac-then-tong-so-cua-loai-nay"),
    pytest.param("province", "Loại Khá ({x} đơn vị) gồm: a) Sở Y tế; b) UBND huyện Tứ Kỳ.", "2", "3", "claim_count", 3.0,
                 id="lettered-members-after-gom"),
    # a quote that closes right after the list: who spoke is no member
    pytest.param("ministries", "“Nhóm A năm nay có {x} bộ, ngành: Bộ Tư pháp và Bộ Xây dựng”, đại diện Bộ Nội vụ cho biết.", "2",
                 "3", "claim_count", 3.0, id="members-in-a-quote-then-the-speaker"),
    pytest.param("province", "\"Loại Xuất sắc gồm {x} đơn vị: Sở Y tế, Sở Công Thương\", ông Nguyễn Văn A, Giám đốc Sở Nội vụ, "
                 "nói.", "2", "1", "claim_count", 1.0, id="members-in-straight-quotes-then-the-speaker"),
    # a count at or above a threshold: the threshold named as a line or a level passed, or asked about
    pytest.param("national", "Nhóm A có 4 địa phương, nhóm B có 50 địa phương, nhóm C có 9 địa phương. Đã có {x} tỉnh, thành "
                 "phố vượt qua vạch 80%.", "54", "55", "claim_count", 55.0, id="threshold-as-a-line-passed"),
    pytest.param("ministries", "Nhóm A có 3 bộ, ngành, nhóm B có 12 bộ, ngành, nhóm C có 2 bộ, ngành. Số bộ, ngành vượt mức "
                 "80% năm nay: {x}.", "15", "14", "claim_count", 14.0, id="threshold-vuot-muc-then-colon"),
    pytest.param("province", "Có 6 đơn vị xếp loại Xuất sắc (từ 90% trở lên), 14 đơn vị xếp loại Tốt (từ 85% đến dưới 90%), "
                 "10 đơn vị xếp loại Khá (từ 70% đến dưới 85%). Số lượng đơn vị đạt từ 85% trở lên, tính đến năm 2022 có "
                 "{x}.", "20", "21", "claim_count", 21.0, id="threshold-count-after-a-year-and-co"),
    pytest.param("ministries", "Nhóm A có 3 bộ, ngành, nhóm B có 12 bộ, ngành, nhóm C có 2 bộ, ngành. Câu hỏi: có bao nhiêu bộ, "
                 "ngành đạt từ 80% trở lên? Trả lời: {x}.", "15", "16", "claim_count", 16.0, id="threshold-asked-then-answered"),
    pytest.param("national", "Nhóm A có 4 địa phương, nhóm B có 50 địa phương, nhóm C có 9 địa phương. Hỏi: Năm nay có bao "
                 "nhiêu tỉnh, thành phố được xếp hạng? Trả lời: {x} địa phương.", "63", "62", "claim_sum", 62.0,
                 id="the-whole-asked-then-answered"),
    # ballots: each group's share after "chiếm", the last joined by "và"; the groups' labels after their counts
    pytest.param("province", "Trong tổng số 4.000 phiếu, phiếu của cán bộ, công chức chiếm 1.150; phiếu của hộ gia đình, cá "
                 "nhân chiếm 1.600 và phiếu của đại biểu HĐND chiếm {x}.", "1.250", "1.205", "survey_count", 4000.0,
                 id="ballots-each-group-chiem-last-after-va"),
    pytest.param("province", "Có 4.800 phiếu hợp lệ. Chia theo đối tượng: công chức {x}; người dân, doanh nghiệp 2.900.",
                 "1.900", "1.990", "survey_count", 4800.0, id="ballots-chia-theo-doi-tuong-labels-without-colons"),
    pytest.param("national", "Tổng số phiếu khảo sát là 40.000. Phân theo nhóm trả lời: đại biểu, lãnh đạo các cấp 15.500; hộ "
                 "gia đình, cá nhân {x}.", "24.500", "25.400", "survey_count", 40000.0, id="ballots-phan-theo-nhom"),
    pytest.param("national", "Với 22.410 phiếu của lãnh đạo các cấp và {x} phiếu của người dân, doanh nghiệp, tổng số phiếu "
                 "thu về đạt 45.000.", "22.590", "22.950", "survey_count", 45000.0, id="ballots-labels-after-then-tong-so"),
    # a class's change stated beside its counts is no count of the class (it left the classes unsummed)
    pytest.param("national", NATIONAL_LEAD + "Nhóm A có {x} địa phương, nhóm B có 52 địa phương, nhóm C có 8 địa phương. "
                 "Nhóm C ít đi 4 địa phương: năm nay 8, năm ngoái 12.", "3", "4", "claim_sum", 64.0,
                 id="groups-then-a-group-it-di"),
    pytest.param("ministries", "Năm 2022, Bộ Nội vụ đánh giá, xếp hạng 18 bộ, cơ quan ngang bộ. Nhóm A: {x} bộ, ngành; nhóm B: "
                 "13 bộ, ngành; nhóm C: 3 bộ, ngành. So với năm trước, nhóm B thu hẹp 1 bộ, ngành.", "2", "3", "claim_sum",
                 19.0, id="groups-then-a-group-thu-hep"),
    # the whole as the table's last place, or after "chấm điểm"
    pytest.param("national", "Bảng điểm năm nay kéo dài từ vị trí số một đến vị trí thứ {x}. Nhóm A có 4 địa phương, nhóm B có "
                 "50 địa phương, nhóm C có 9 địa phương.", "63", "62", "claim_sum", 63.0, id="whole-as-the-last-place"),
    pytest.param("ministries", "Bảng xếp hạng các bộ, ngành năm nay kéo dài từ hạng nhất tới hạng {x}. Nhóm A có 3 bộ, ngành, "
                 "nhóm B có 12 bộ, ngành, nhóm C có 2 bộ, ngành.", "17", "16", "claim_sum", 17.0,
                 id="whole-as-the-last-rank-hang-nhat"),
    pytest.param("province", "Sở Nội vụ đã chấm điểm {x} cơ quan, đơn vị. Có 4 đơn vị xếp loại Xuất sắc, 19 đơn vị xếp loại "
                 "Tốt, 3 đơn vị xếp loại Khá.", "26", "25", "claim_sum", 26.0, id="whole-after-cham-diem"),
    # one kind's count out of the whole, then the rest
    pytest.param("ministries", "Ở bảng điểm năm nay, bộ chiếm 15 trong 18 cơ quan được chấm; phần còn lại ({x}) là cơ quan "
                 "ngang bộ.", "3", "4", "claim_total_sum", 18.0, id="one-kind-out-of-the-whole-then-the-rest-in-brackets"),
    # a quote's "Giám đốc" is no fall; "UBND quận, huyện, thành phố" is a kind of unit
    pytest.param("province", "“Năm nay Sở thu về 2.400 phiếu của cán bộ, công chức và {x} phiếu của người dân, doanh nghiệp, "
                 "tổng cộng 5.100 phiếu”, Giám đốc Sở Nội vụ cho biết.", "2.700", "2.900", "survey_count", 5100.0,
                 id="ballots-in-a-quote-of-the-giam-doc"),
    pytest.param("province", "Trong tổng số 27 cơ quan, đơn vị, số UBND quận, huyện, thành phố là {x} và số sở, ngành là 15.",
                 "12", "11", "claim_total_sum", 27.0, id="ubnd-quan-huyen-thanh-pho-is-a-kind"),
    # a whole its kinds add up to holds the units that rose and fell to it
    pytest.param("ministries", "Năm nay, 15 bộ và 3 cơ quan ngang bộ (cộng 18) cùng được chấm điểm. Có 12 bộ, ngành tăng điểm "
                 "và {x} bộ, ngành giảm điểm.", "6", "8", "claim_sum", 20.0, id="risers-and-fallers-against-a-summed-whole"),
    pytest.param("province", "Khối huyện, thị xã chiếm 9 trong 27 đơn vị được xếp hạng, còn lại {x} là sở, ngành.", "18", "17",
                 "claim_total_sum", 27.0, id="one-kind-out-of-the-whole-then-con-lai"),
]

QUIET = [
    pytest.param("province", "Phiếu khảo sát (2.000 phiếu):\n- Người dân, tổ chức: 120 ý kiến góp ý\n"
                 "- Lãnh đạo, quản lý: 85,40", id="a-respondents-label-before-other-figures-is-no-ballot-count"),
    pytest.param("province", "Nhóm A: 5. Nhóm B: 16. Cộng: 21 đơn vị.", id="groups-closed-by-a-sum-are-no-kinds"),
    pytest.param("ministries", "Bộ Tư pháp: 16. Bộ Nội vụ: 3. Cộng: 20 lượt kiểm tra.", id="units-with-figures-then-a-sum"),
    pytest.param("province", "Hỏi: 26 đơn vị năm nay có gì khác? Đáp: 15 đơn vị tăng điểm, 8 đơn vị giảm điểm.",
                 id="an-answer-of-units-that-rose-and-fell-is-no-breakdown"),
    pytest.param("province", "Năm 2022 có 5 đơn vị xếp loại Xuất sắc và 20 đơn vị xếp loại Tốt, tất cả 28 đơn vị được "
                 "đánh giá.", id="classes-that-leave-one-out-before-tat-ca"),
    pytest.param("province", "Có 18 sở tăng điểm và 7 huyện giảm điểm, tổng 26 đơn vị.", id="risers-and-fallers-before-a-sum"),
    pytest.param("province", "Có 5 sở và 3 huyện chưa nộp hồ sơ đúng hạn trong tổng số 40 đơn vị.",
                 id="some-units-of-each-kind-out-of-the-whole"),
    pytest.param("province", "Trong số 40 đơn vị được đánh giá, 5 sở và 3 huyện còn chậm nộp hồ sơ.",
                 id="the-whole-first-then-some-units-of-each-kind"),
    pytest.param("province", "Năm 2022, Sở Nội vụ đánh giá 19 sở, ban, ngành; 10 đơn vị tăng điểm. Đơn vị tăng hạng nhiều nhất "
                 "là Sở Xây dựng tăng 14 bậc, đơn vị giảm hạng nhiều nhất 13 Sở Văn hóa, Thể thao và Du lịch giảm 7 bậc.",
                 id="the-unit-that-fell-most-is-no-count-of-fallers"),
    pytest.param("province", "Năm 2022 có 27 đơn vị được đánh giá.\n\n12 sở và 6 huyện có hồ sơ đầy đủ.",
                 id="some-units-of-each-kind-are-no-make-up"),
    pytest.param("province", "Tổng số phiếu phát ra là 5.000.\n\nNgười dân gửi lại 2.100 phiếu, công chức gửi lại 2.400 phiếu.",
                 id="ballots-returned-are-no-parts-of-those-sent"),
    pytest.param("province", "Năm 2022, Sở Nội vụ đánh giá 33 cơ quan, đơn vị. Loại Xuất sắc có 2 đơn vị, loại Tốt 15, loại "
                 "Khá 15, loại Trung bình 1.\nKết quả còn hạn chế.\nTrong 33 đơn vị được xếp hạng, Sở Tư pháp ở vị trí 11, "
                 "tăng 5 bậc so với năm trước (vị trí 16).", id="a-rank-move-after-classes-is-no-count-of-the-last-class"),
    pytest.param("province", "Loại Tốt: năm 2022 có 12 đơn vị, năm 2021 có 10 đơn vị.", id="a-year-after-a-label-colon"),
    pytest.param("ministries", "Nhóm A – gồm các bộ có kết quả nổi bật – có tổng cộng 5 bộ, ngành.", id="a-dashed-clause-with-no-names"),
    pytest.param("national", "Nhóm A có 4 địa phương, nhóm B có 50 địa phương, nhóm C có 9 địa phương. Hỏi: Có bao nhiêu "
                 "địa phương nộp báo cáo đúng hạn? Đáp: 30.", id="an-answer-to-another-question-is-no-groups-count"),
    pytest.param("national", "Nhóm A có 4 địa phương, nhóm B có 50 địa phương, nhóm C có 9 địa phương. Hà Giang đi từ ngôi "
                 "đầu tới vị trí thứ 5.", id="a-units-fall-from-the-top-is-no-whole"),
    pytest.param("national", "Có 32 trong 63 địa phương vượt trung bình, còn lại 30 thấp hơn.", id="above-and-below-the-average-is-no-make-up"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", CASES)
def test_count_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


@pytest.mark.parametrize("head, text", QUIET)
def test_words_that_look_like_a_count_give_no_error(tmp_path, head, text):
    _assert_quiet(_doc(tmp_path, text, head))


@pytest.mark.parametrize("head, text, share", [
    pytest.param("province", "Năm 2022, Sở Nội vụ đánh giá 28 đơn vị; điểm trung bình là 84,20%. Có 15 đơn vị đạt trên mức "
                 "trung bình, chiếm 53,57%.", 53.57, id="share-after-a-count-above-the-average"),
    pytest.param("national", NATIONAL_LEAD + "Số tỉnh, thành phố đạt từ 80% trở lên là 57, tương đương 90,48% cả nước.", 90.48,
                 id="share-after-a-threshold-count"),
])
def test_a_share_after_a_count_is_no_average_or_level(tmp_path, head, text, share):
    """"…, chiếm 53,57%" is the share of the whole the count makes: no average (stated twice with two values) and
    no unit's level."""
    doc = _doc(tmp_path, text, head)
    assert not [c for c in doc.claims if c.value == share], [(c.kind, c.value) for c in doc.claims]
    assert [f for f in doc.findings if f.severity in ("error", "warning")] == []
