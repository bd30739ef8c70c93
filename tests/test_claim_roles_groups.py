"""Counts per band, member lists, counts at a threshold, parts of the whole and ballots, stated the way the attic
set's writers state them: each construction in other words (two variants or more, their vocabulary and order apart
from each other and from the set's sentences).

Same case format as `test_claim_roles.py`: a consistent version must pass its check with no error, a version with
one figure changed must give exactly one error on that figure; the quiet cases look like the construction and must
give no error.
"""

from __future__ import annotations

import pytest

from test_claim_frames import _assert_consistent, _assert_one_error, _assert_quiet, _doc

NATIONAL_LEAD = "Năm 2022, Bộ Nội vụ đánh giá, xếp hạng 63 tỉnh, thành phố trực thuộc Trung ương.\n"
MINISTRIES_LEAD = "Năm 2022, Bộ Nội vụ đánh giá, xếp hạng 17 bộ, cơ quan ngang bộ.\n"
PROVINCE_LEAD = "Năm 2022, Sở Nội vụ đánh giá 27 cơ quan, đơn vị.\n"

CASES = [
    # head, text with {x}, the consistent x, a wrong x, the check, the figure the error names
    # an act of assessing between a count's noun and the band it was put in
    pytest.param("province", PROVINCE_LEAD + "Theo kết quả, 4 đơn vị được đánh giá đạt loại Xuất sắc, {x} đơn vị chính thức "
                 "được xếp loại Tốt và 3 đơn vị được xác định thuộc loại Khá.", "20", "21", "claim_sum", 28.0,
                 id="counts-then-duoc-danh-gia-dat-loai"),
    pytest.param("ministries", MINISTRIES_LEAD + "Có 2 bộ, ngành được ghi nhận ở nhóm A, {x} bộ, ngành được công nhận là "
                 "nhóm B, còn 3 bộ, ngành được đưa vào nhóm C.", "12", "13", "claim_sum", 18.0,
                 id="counts-then-duoc-ghi-nhan-o-nhom"),
    pytest.param("national", NATIONAL_LEAD + "Xét theo kết quả chung cuộc, {x} tỉnh, thành phố chính thức được xếp vào nhóm C, "
                 "50 tỉnh, thành phố được công nhận thuộc nhóm B và 4 tỉnh, thành phố được công nhận thuộc nhóm A.", "9",
                 "10", "claim_sum", 64.0, id="counts-then-chinh-thuc-duoc-xep-vao-nhom"),
    # counts in square brackets after their band, and parts of the whole in square brackets
    pytest.param("national", NATIONAL_LEAD + "Phân bố theo nhóm: nhóm B [50], nhóm C [{x}], nhóm A [3].", "10", "11",
                 "claim_sum", 64.0, id="band-then-count-in-square-brackets"),
    pytest.param("province", PROVINCE_LEAD + "Kết quả xếp loại – Tốt [19 đơn vị], Khá [{x} đơn vị], Xuất sắc [2 đơn vị].",
                 "6", "7", "claim_sum", 28.0, id="class-then-count-and-noun-in-square-brackets"),
    pytest.param("national", "Tất cả 63 địa phương [{x} tỉnh và 5 thành phố trực thuộc Trung ương] đã được đánh giá.", "58",
                 "57", "claim_total_sum", 63.0, id="whole-then-its-parts-in-square-brackets"),
    pytest.param("province", "Xếp loại Khá năm 2022 [{x} đơn vị]: Sở Y tế, Sở Tư pháp và UBND huyện Tứ Kỳ.", "3", "4",
                 "claim_count", 4.0, id="members-after-a-count-in-square-brackets"),
    # kinds joined one to the next ("cộng thêm", "thêm vào đó", "tính thêm"), then their sum after a word that sums
    pytest.param("national", "Bảng điểm năm 2022 có {x} tỉnh; cộng thêm 5 thành phố trực thuộc Trung ương, con số là 63.",
                 "58", "59", "claim_total_sum", 63.0, id="kinds-cong-them-then-con-so-la"),
    pytest.param("ministries", "Danh sách xếp hạng gồm 15 bộ, thêm vào đó {x} cơ quan ngang bộ, gộp lại thành 18.", "3", "4",
                 "claim_total_sum", 18.0, id="kinds-them-vao-do-then-gop-lai-thanh"),
    pytest.param("province", "Có 19 sở, ban, ngành được chấm điểm; tính thêm {x} UBND huyện, thị xã, thành phố thì tổng số "
                 "lên 28 cơ quan, đơn vị.", "9", "8", "claim_total_sum", 28.0, id="kinds-tinh-them-then-thi-tong-so-len"),
    # the whole in one paragraph, "who was assessed" in another, each kind before a dash and its count
    pytest.param("province", "Tổng số đơn vị được đánh giá là 27.\n\nGhi chú về đối tượng: UBND cấp huyện – {x}; sở, ban, "
                 "ngành – 18.", "9", "10", "claim_total_sum", 27.0, id="make-up-ve-doi-tuong-kind-dash-count"),
    pytest.param("ministries", "Năm 2022, Bộ Nội vụ xếp hạng 18 bộ, ngành.\n\nTheo đối tượng xếp hạng, bộ – 15, cơ quan ngang "
                 "bộ – {x}.", "3", "2", "claim_total_sum", 18.0, id="make-up-theo-doi-tuong-after-the-whole"),
    # a heading, its items one per bullet, the last a bare sum (no noun; ballots printed with their thousands dot)
    pytest.param("ministries", "Ý kiến khảo sát thu về:\n+ Người dân, doanh nghiệp: 21.460\n+ Công chức, viên chức: {x}\n"
                 "+ Tổng: 33.100\nKết quả được công bố rộng rãi.", "11.640", "11.460", "survey_count", 33100.0,
                 id="ballot-bullets-closed-by-a-bare-sum"),
    pytest.param("ministries", "Cơ cấu đối tượng:\n– Cơ quan ngang bộ: {x}\n– Bộ: 15\n– Tổng: 19\nKết quả được công bố rộng rãi.",
                 "4", "3", "claim_total_sum", 19.0, id="kind-bullets-closed-by-a-bare-sum"),
    # each item a count, a colon or a dash, and the band alone
    pytest.param("national", NATIONAL_LEAD + "\nPhân bố theo nhóm:\n- {x} địa phương: nhóm C;\n- 51 địa phương: nhóm B;\n"
                 "- 3 địa phương: nhóm A.", "9", "10", "claim_sum", 64.0, id="count-colon-band-bullets"),
    pytest.param("province", PROVINCE_LEAD + "Kết quả: 20 đơn vị – loại Tốt; 4 đơn vị – loại Xuất sắc; {x} đơn vị – loại Khá.",
                 "3", "4", "claim_sum", 28.0, id="count-dash-class-items"),
    # last year's count of a class, after "so với năm …, khi": no second count of this year's class
    pytest.param("province", "Năm 2022 có tất cả 30 cơ quan, đơn vị được đánh giá. Số đơn vị loại Tốt tăng 5 so với năm 2021, "
                 "khi loại Tốt có 12 đơn vị. Kết quả: loại Tốt – 17 đơn vị; loại Khá – {x} đơn vị; loại Trung bình – một đơn vị.",
                 "12", "13", "claim_sum", 31.0, id="class-count-last-year-after-khi-then-this-years-classes"),
    # a count in words at or above a threshold the words name
    pytest.param("province", "Có 6 đơn vị xếp loại Xuất sắc (từ 90% trở lên), 14 đơn vị xếp loại Tốt (từ 85% đến dưới 90%), 10 "
                 "đơn vị xếp loại Khá (từ 70% đến dưới 85%). Số lượng đơn vị có kết quả từ 85% trở lên được xác định là {x}.",
                 "hai mươi", "hai mươi mốt", "claim_count", 21.0, id="threshold-count-in-words-after-la"),
    pytest.param("ministries", "Nhóm A có 3 bộ, ngành (từ 90% trở lên), nhóm B có 12 bộ, ngành (từ 80% đến dưới 90%), nhóm C có 2 "
                 "bộ, ngành. Số bộ, ngành vượt mốc 80%: {x}.", "mười lăm", "mười sáu", "claim_count", 16.0,
                 id="threshold-count-in-words-after-a-colon"),
    # ballots by respondents in one sentence, their sum on a short closing line that opens on it
    pytest.param("province", "Số phiếu hợp lệ theo nhóm: người dân, doanh nghiệp {x} phiếu, cán bộ, công chức 1.120 phiếu. "
                 "Tất cả: 3.430 phiếu.", "2.310", "2.130", "survey_count", 3430.0, id="ballot-groups-then-tat-ca-line"),
    pytest.param("national", "Phiếu thu về gồm: 1) đại biểu, lãnh đạo các cấp: 20.150 phiếu; 2) hộ gia đình, cá nhân: {x} "
                 "phiếu. Cộng: 45.300 phiếu.", "25.150", "25.510", "survey_count", 45300.0, id="numbered-ballot-groups-then-cong-line"),
    # each respondent group a sentence naming the ballots that came back, then the sum
    pytest.param("province", "Với nhóm cán bộ, công chức, số phiếu thu về là 1.850. Với nhóm người dân, doanh nghiệp, số "
                 "phiếu hợp lệ là {x}. Tổng số phiếu: 4.090.", "2.240", "2.420", "survey_count", 4090.0,
                 id="ballots-returned-sentence-by-sentence-then-the-sum"),
    pytest.param("national", "Khối lãnh đạo, quản lý gửi về {x} phiếu. Khối người dân, tổ chức gửi về 27.900 phiếu. Khối đại "
                 "biểu Quốc hội gửi về 1.300 phiếu. Toàn bộ khảo sát có 47.700 phiếu.", "18.500", "18.050", "survey_count",
                 47700.0, id="ballots-gui-ve-by-group-then-the-whole"),
    # a class named first, its count after ", con số là"
    pytest.param("province", PROVINCE_LEAD + "Ở loại Tốt, số đơn vị là 19; ở loại Khá, số lượng là {x}; còn ở loại Xuất "
                 "sắc, con số là 4.", "4", "5", "claim_sum", 28.0, id="class-first-then-con-so-la"),
    # a heading line that is nothing but a count of ballots, then who sent them back
    pytest.param("province", "Sự hài lòng của người dân được cải thiện.\n4.120 phiếu khảo sát\nCán bộ, công chức trả lời {x} "
                 "phiếu, còn người dân, doanh nghiệp gửi lại 2.240 phiếu.\nViệc công bố được kỳ vọng tạo động lực.", "1.880",
                 "1.808", "survey_count", 4120.0, id="ballots-heading-line-then-respondents"),
    # members separated by slashes, or set off by dashes between the count and its band
    pytest.param("national", "Nhóm C năm 2022 – {x} địa phương: Cao Bằng / Hà Giang / Lai Châu.", "3", "4", "claim_count", 4.0,
                 id="members-separated-by-slashes"),
    pytest.param("province", "Loại Khá gồm {x} đơn vị: Sở Y tế / Sở Tư pháp / UBND huyện Tứ Kỳ.", "3", "2", "claim_count", 2.0,
                 id="members-after-gom-separated-by-slashes"),
    pytest.param("national", NATIONAL_LEAD + "{x} tỉnh, thành phố – Cao Bằng, Hà Giang và Lai Châu – rơi vào nhóm C.", "Ba",
                 "Bốn", "claim_count", 4.0, id="count-then-members-between-dashes-then-band"),
    pytest.param("province", "{x} đơn vị – Sở Y tế và UBND huyện Tứ Kỳ – được xếp loại Khá.", "Hai", "Ba", "claim_count", 3.0,
                 id="count-dashed-members-duoc-xep-loai"),
    # a band's members in one sentence (or an answer), its count in a later one
    pytest.param("province", "Loại Khá năm 2022 gồm những đơn vị sau: Sở Y tế; Sở Tư pháp và UBND huyện Tứ Kỳ. Kết quả phản "
                 "ánh đúng thực chất. Tổng số đơn vị xếp loại Khá năm 2022: {x}.", "3", "4", "claim_count", 4.0,
                 id="band-list-then-its-count-two-sentences-on"),
    pytest.param("national", "Những ai ở nhóm C? Cao Bằng, Hà Giang và Lai Châu. Tổng cộng {x} địa phương.", "3", "2",
                 "claim_count", 2.0, id="question-bare-answer-then-tong-cong"),
    pytest.param("ministries", "Nhóm A gồm những bộ nào? Bộ Y tế và Bộ Tư pháp. Tất cả có {x} bộ, ngành.", "2", "3",
                 "claim_count", 3.0, id="question-bare-answer-then-tat-ca-co"),
    # a band's count, then its members in the next sentence or on the next line
    pytest.param("province", "Số đơn vị xếp loại Khá: {x}. Đó là Sở Y tế, Sở Tư pháp và UBND huyện Tứ Kỳ.", "3", "4",
                 "claim_count", 4.0, id="band-count-then-do-la-members"),
    pytest.param("ministries", "Năm nay nhìn lại.\nNhóm A: {x} cái tên\nBộ Y tế và Bộ Tư pháp.\nKết quả phản ánh nỗ lực chung.",
                 "2", "1", "claim_count", 1.0, id="band-count-line-then-names-line"),
    pytest.param("national", "Thống kê cho thấy, nằm trong nhóm C năm nay: Cao Bằng; Hà Giang và Lai Châu – cả thảy {x}.", "3",
                 "4", "claim_count", 4.0, id="members-then-ca-thay-bare"),
    # kinds of unit named in a row, their counts "lần lượt" in the same order, then the whole
    pytest.param("national", "Tỉnh và thành phố trực thuộc Trung ương lần lượt có {x} và 5 đại diện trong bảng 63 địa phương.",
                 "58", "57", "claim_total_sum", 63.0, id="kinds-lan-luot-co-then-trong-bang"),
    pytest.param("ministries", "Bộ và cơ quan ngang bộ lần lượt chiếm 15 và {x} vị trí trong tổng số 18 bộ, ngành được xếp hạng.",
                 "3", "4", "claim_total_sum", 18.0, id="kinds-lan-luot-chiem-then-trong-tong-so"),
    # each kind with its count in brackets, then the whole they make
    pytest.param("national", "Thành phố trực thuộc Trung ương ({x}) và tỉnh (58) hợp thành 63 địa phương được đánh giá.", "5", "6",
                 "claim_total_sum", 63.0, id="kinds-bracketed-counts-hop-thanh"),
    pytest.param("province", "Huyện, thị xã, thành phố (9) và sở, ban, ngành ({x}) tạo thành 28 cơ quan, đơn vị được chấm điểm.",
                 "19", "18", "claim_total_sum", 28.0, id="kinds-bracketed-counts-tao-thanh"),
    # the whole first, one kind's count, then the rest and its kind
    pytest.param("ministries", "Trong tổng số 17 bộ, ngành, bộ chiếm {x}, còn lại 1 là cơ quan ngang bộ.", "16", "15",
                 "claim_total_sum", 17.0, id="whole-then-kind-chiem-then-con-lai-la"),
    pytest.param("province", "Trong tổng số 28 đơn vị, sở, ban, ngành có 19, còn lại {x} thuộc UBND cấp huyện.", "9", "10",
                 "claim_total_sum", 28.0, id="whole-then-kind-co-then-con-lai-thuoc"),
    # a count of "the units" named after "trong số các", at a threshold; an interview's answer after a dash
    pytest.param("ministries", "Nhóm A có 2 bộ, ngành (từ 90% trở lên), nhóm B có 15 bộ, ngành (từ 80% đến dưới 90%), nhóm C có "
                 "2 bộ, ngành. Có {x} trong số các bộ, ngành đạt điểm trên 80%.", "17", "16", "claim_count", 16.0,
                 id="threshold-count-trong-so-cac"),
    pytest.param("ministries", "Nhóm A có 2 bộ, ngành (từ 90% trở lên), nhóm B có 15 bộ, ngành (từ 80% đến dưới 90%), nhóm C có "
                 "2 bộ, ngành.\nPV: Bao nhiêu bộ, ngành đạt từ 80% trở lên?\n– {x} bộ, ngành.\nKết quả đáng ghi nhận.", "17",
                 "18", "claim_count", 18.0, id="threshold-asked-then-a-dashed-answer"),
    # an agency's name ends where "và" or a comma opens another agency's
    pytest.param("province", "Các đơn vị đạt loại Xuất sắc: Sở Công Thương; Sở Giáo dục và Đào tạo và Sở Tư pháp – tổng cộng "
                 "{x}.", "3", "2", "claim_count", 2.0, id="members-va-before-another-agency"),
    pytest.param("province", "Năm nay nhìn lại.\nLoại Tốt: {x} cái tên\nSở Nội vụ, Sở Tư pháp, UBND huyện Tứ Kỳ và Văn phòng "
                 "UBND tỉnh.\nKết quả tốt.", "4", "5", "claim_count", 5.0, id="members-comma-before-another-agency"),
    # a band's list, then the band's count in a sentence that also states its change
    pytest.param("ministries", "Nhóm C năm 2022 gồm những bộ, ngành sau: Bộ Y tế và Bộ Tư pháp. Số bộ, ngành thuộc nhóm C năm "
                 "2022 ({x}) vẫn ít hơn năm 2021 (5).", "2", "1", "claim_count", 1.0,
                 id="band-list-then-its-count-with-a-change"),
    # a bare sum in brackets after kinds whose noun holds "có"-like words ("cơ quan ngang sở")
    pytest.param("province", "Kỳ này có 16 sở, cơ quan ngang sở và {x} UBND cấp huyện (cộng 26) tham gia xếp hạng.", "10", "11",
                 "claim_total_sum", 26.0, id="kinds-with-co-quan-then-a-bracketed-bare-sum"),
    # a class with no unit, its label before "không có đơn vị nào": all four classes named, so their sum is complete
    pytest.param("province", "Năm 2022, Sở Nội vụ đánh giá 25 cơ quan, đơn vị. Các đơn vị phân bố ở loại Tốt (3 đơn vị), loại "
                 "Khá ({x} đơn vị) và loại Trung bình (1 đơn vị); loại Yếu không có đơn vị nào.", "21", "20", "claim_sum", 24.0,
                 id="classes-then-the-empty-class-named-first"),
    pytest.param("province", "Năm 2022, Sở Nội vụ đánh giá 25 cơ quan, đơn vị. Bảng điểm chia thành: loại Tốt với 3 đơn vị; loại "
                 "Khá với {x} đơn vị; loại Trung bình với 1 đơn vị. Loại Yếu năm nay vắng bóng.", "21", "20", "claim_sum", 24.0,
                 id="classes-then-a-sentence-that-says-one-is-empty"),
    # a class and its year, the count in brackets, then the list after a colon
    pytest.param("national", "Nhóm A năm 2022 [{x}]: Quảng Nam, Lai Châu, Đắk Nông và Bắc Giang.", "4", "5", "claim_count", 5.0,
                 id="band-and-year-then-bracketed-count-then-list"),
    pytest.param("province", "Loại Khá năm 2022 ({x}): Sở Y tế, Sở Tư pháp và UBND huyện Tứ Kỳ.", "3", "2", "claim_count", 2.0,
                 id="class-and-year-then-bracketed-count-then-list"),
    # the names right after the count's noun, before what is said of them
    pytest.param("national", "{x} địa phương Quảng Ninh, Hải Phòng và Đà Nẵng thuộc nhóm A.", "Ba", "Bốn", "claim_count", 4.0,
                 id="count-noun-then-apposed-names-thuoc"),
    pytest.param("province", "{x} đơn vị Sở Y tế và Sở Tư pháp được xếp loại Khá.", "2", "3", "claim_count", 3.0,
                 id="count-noun-then-apposed-names-duoc-xep-loai"),
    pytest.param("national", NATIONAL_LEAD + "{x} địa phương đứng trong nhóm A, 50 địa phương nằm ở nhóm B, còn lại 8 địa phương "
                 "ở nhóm C.", "5", "6", "claim_sum", 64.0, id="counts-dung-trong-nam-o-band"),
    # a band's count stated apart from its list, the list sentences later; "tổng số đơn vị xếp loại Khá" is no whole
    pytest.param("province", "Tổng số đơn vị xếp loại Khá năm 2022: {x}. Kết quả tốt hơn năm trước. Các đơn vị khác đều cố gắng. "
                 "Loại Khá năm 2022 gồm những đơn vị sau: Sở Y tế; Thanh tra tỉnh và Sở Giáo dục và Đào tạo.", "3", "4",
                 "claim_count", 4.0, id="band-count-then-its-list-sentences-later"),
    # the whole "được đánh giá", then its classes after "trong đó" in the same clause
    pytest.param("province", "Năm 2022 có 27 đơn vị được đánh giá, trong đó 4 đơn vị Xuất sắc, {x} đơn vị Tốt và 3 đơn vị Khá.",
                 "20", "21", "claim_sum", 28.0, id="whole-duoc-danh-gia-then-trong-do-classes"),
    pytest.param("national", "Năm 2022 có 63 tỉnh, thành phố được đánh giá, trong đó nhóm A có 5 địa phương, nhóm B có {x} địa "
                 "phương, nhóm C có 8 địa phương.", "50", "51", "claim_sum", 64.0, id="whole-then-trong-do-groups"),
]

QUIET = [
    pytest.param("province", "Tổng số đơn vị xếp loại Khá năm 2022: 5. Kết quả tốt hơn năm trước. Loại Khá năm 2022 gồm các "
                 "đơn vị như: Sở Y tế; Sở Tư pháp.", id="a-list-of-examples-is-not-the-whole-band"),
    pytest.param("province", "Năm 2022, 5 đơn vị có nhiều cải thiện thuộc loại Tốt.", id="words-after-the-noun-are-no-names"),
    pytest.param("province", "Năm 2022, Sở Nội vụ đánh giá 25 cơ quan, đơn vị. Loại Tốt có 3 đơn vị, loại Khá có 20 đơn vị, loại "
                 "Trung bình có 1 đơn vị. Ở loại Yếu, không có ai phản hồi kiến nghị.", id="no-one-answered-is-no-empty-class"),
    pytest.param("province", "Trong tổng số 28 đơn vị, 19 đơn vị tăng điểm, còn lại 9 giảm điểm.", id="whole-then-risers-and-the-rest"),
    pytest.param("national", "Nhóm A và nhóm B lần lượt có 3 và 50 địa phương trong 63 địa phương.", id="groups-lan-luot-are-no-kinds"),
    pytest.param("province", "Loại Khá gồm những đơn vị sau: Sở Y tế; Sở Tư pháp. Tổng cộng 5 lượt kiểm tra đã thực hiện.",
                 id="a-list-then-a-sum-of-something-else"),
    pytest.param("ministries", "Nhóm A: 2 cái tên\nBộ Y tế nộp hồ sơ sớm nhất.", id="a-count-line-then-a-sentence-on-one-unit"),
    pytest.param("province", "Số phiếu phát ra là 4.500. Với nhóm cán bộ, công chức, số phiếu thu về là 1.850. Với nhóm người "
                 "dân, doanh nghiệp, số phiếu thu về là 2.240.", id="ballots-returned-are-no-parts-of-those-sent-out"),
    pytest.param("national", NATIONAL_LEAD + "\nHai nhóm đầu:\n- 3 địa phương: nhóm A;\n- 51 địa phương: nhóm B.",
                 id="bullets-of-groups-that-leave-one-out"),
    pytest.param("national", NATIONAL_LEAD + "\nNhóm A qua các năm:\n- 5 địa phương: năm 2021;\n- 7 địa phương: năm 2022.",
                 id="bullets-of-one-group-over-the-years"),
    pytest.param("province", "Có 12 sở nộp đúng hạn; cộng thêm 3 huyện nộp muộn, con số là 20 lượt.",
                 id="units-that-did-something-then-con-so-of-another-thing"),
    pytest.param("province", "Tổng số đơn vị được đánh giá là 27.\n\nĐối tượng được khen thưởng: 3 sở, ban, ngành và 2 UBND "
                 "cấp huyện.", id="doi-tuong-of-an-award-is-no-make-up"),
    pytest.param("province", PROVINCE_LEAD + "Có 4 đơn vị không được xếp loại Xuất sắc vì chậm nộp hồ sơ.",
                 id="a-count-not-put-in-a-class"),
    pytest.param("national", NATIONAL_LEAD + "Theo quy định [1], 5 địa phương được đề nghị khen thưởng.",
                 id="a-footnote-in-square-brackets"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", CASES)
def test_count_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


@pytest.mark.parametrize("head, text", QUIET)
def test_words_that_look_like_a_count_give_no_error(tmp_path, head, text):
    _assert_quiet(_doc(tmp_path, text, head))


# ---------------------------------------------------------------------------------------------------------
# session 15: constructions of the loft set's misses (parts of the whole, quoted classes, the whole beside a count
# above the average), each in other words than the set's

CASES_15 = [
    # kinds of unit added up in words ("cộng", "cộng với"; or opened by "Cộng … với …"), then the count they make
    pytest.param("ministries", "Xếp hạng năm 2022 gồm {x} bộ cộng với 3 cơ quan ngang bộ, thành 18 bộ, ngành.", "15", "16",
                 "claim_total_sum", 18.0, id="s15-kinds-cong-voi-then-thanh-the-sum"),
    pytest.param("province", "Cộng 19 sở, ban, ngành với {x} UBND cấp huyện, ta có 27 cơ quan, đơn vị được chấm điểm.", "8", "9",
                 "claim_total_sum", 27.0, id="s15-cong-x-voi-y-then-ta-co-the-sum"),
    # the whole first, then "bằng / là tổng (số) của" its parts
    pytest.param("national", "Số tỉnh, thành phố được xếp hạng (63) đúng bằng tổng của {x} tỉnh và 5 thành phố trực thuộc "
                 "Trung ương.", "58", "57", "claim_total_sum", 63.0, id="s15-whole-bang-tong-cua-parts"),
    pytest.param("province", "Có 27 đơn vị được chấm điểm, là tổng số của 19 sở, ban, ngành và {x} UBND cấp huyện.", "8", "7",
                 "claim_total_sum", 27.0, id="s15-whole-la-tong-so-cua-parts"),
    # each kind with its count in brackets behind a label of quantity, then the sum
    pytest.param("ministries", "Danh sách xếp hạng có bộ (số lượng 15) cùng cơ quan ngang bộ (số lượng {x}), tổng cộng 18 bộ, "
                 "ngành.", "3", "4", "claim_total_sum", 18.0, id="s15-kinds-so-luong-in-brackets-then-tong-cong"),
    pytest.param("province", "Đối tượng chấm điểm: UBND cấp huyện (số lượng: {x}) và sở, ban, ngành (số lượng: 19); tổng: 27 "
                 "đơn vị.", "8", "9", "claim_total_sum", 27.0, id="s15-kinds-so-luong-colon-then-tong-colon"),
    # the whole in one sentence or paragraph, what each kind takes of it ("chiếm") in another
    pytest.param("province", "Năm 2022 có tất cả 27 đơn vị được xếp hạng.\n\nTrong bảng, sở, ban, ngành chiếm {x}, còn UBND cấp "
                 "huyện chiếm 8.", "19", "18", "claim_total_sum", 27.0, id="s15-whole-then-kinds-chiem-another-paragraph"),
    pytest.param("national", "Cả nước có 63 địa phương được đánh giá năm 2022. Trong số đó, thành phố trực thuộc Trung ương "
                 "chiếm {x}, tỉnh chiếm 58.", "5", "4", "claim_total_sum", 63.0, id="s15-whole-then-kinds-chiem-next-sentence"),
    # a class named in quotation marks, with or without a word of class before it
    pytest.param("province", PROVINCE_LEAD + "Xếp loại “Tốt”: {x} đơn vị; xếp loại “Khá”: 4 đơn vị; xếp loại “Xuất sắc”: 3 "
                 "đơn vị.", "20", "21", "claim_sum", 28.0, id="s15-quoted-classes-after-xep-loai"),
    pytest.param("province", PROVINCE_LEAD + 'Theo bảng tổng hợp: "Xuất sắc" – 3 đơn vị, "Khá" – {x} đơn vị, "Tốt" – 20 đơn vị.',
                 "4", "5", "claim_sum", 28.0, id="s15-bare-quoted-classes-dash-count"),
    pytest.param("province", PROVINCE_LEAD + "Hạng ‘Xuất sắc’: 3 đơn vị. Hạng ‘Tốt’: {x} đơn vị. Hạng ‘Khá’: 4 đơn vị.",
                 "20", "22", "claim_sum", 29.0, id="s15-quoted-classes-one-per-sentence"),
    # bands named in a row, their counts after "tương ứng (là)" / "theo thứ tự" in the same order
    pytest.param("national", NATIONAL_LEAD + "Số tỉnh, thành phố thuộc nhóm A, nhóm B và nhóm C tương ứng là 5, {x} và 8.",
                 "50", "51", "claim_sum", 64.0, id="s15-bands-then-tuong-ung-la-counts"),
    pytest.param("province", PROVINCE_LEAD + "Loại Tốt, loại Xuất sắc và loại Khá có số đơn vị theo thứ tự 20, 3 và {x}.",
                 "4", "5", "claim_sum", 28.0, id="s15-classes-then-theo-thu-tu-counts"),
    # a bare count after "còn" and its group, the group's noun left to the first item
    pytest.param("ministries", MINISTRIES_LEAD + "Theo công bố, nhóm B có 12 bộ, ngành, nhóm A 3, còn nhóm C {x}.", "2", "3",
                 "claim_sum", 18.0, id="s15-bare-count-after-con-and-its-group"),
    # a class named in the first clause of a conditional, its count this year in the second with the change
    pytest.param("province", PROVINCE_LEAD + "Loại Xuất sắc có 3 đơn vị, loại Khá có {x} đơn vị. Nếu năm 2021 loại Tốt chỉ có "
                 "17 đơn vị thì năm 2022 con số ấy là 20 đơn vị, tăng 3 đơn vị.", "4", "5", "claim_sum", 28.0,
                 id="s15-class-of-the-if-clause-not-the-last-sentences"),
    # a bare count named after it ("đó là số … thuộc nhóm C"), after a sentence about another group
    pytest.param("national", NATIONAL_LEAD + "Nhóm A năm nay có 5 địa phương, nhóm B có {x} địa phương. Năm 2021: 10; năm 2022: "
                 "8 – đó là số địa phương thuộc nhóm C, giảm 2.", "50", "51", "claim_sum", 64.0,
                 id="s15-bare-counts-named-after-by-do-la-so"),
    # members set apart by dashes (a name's own hyphen, or a name that holds a dash, is no separator)
    pytest.param("ministries", "Nhóm A năm 2022 ({x} bộ, ngành): Bộ Tư pháp – Bộ Lao động - Thương binh và Xã hội.", "2", "3",
                 "claim_count", 3.0, id="s15-members-dashes-beside-a-hyphenated-name"),
    pytest.param("province", "Loại Tốt năm 2022 ({x} đơn vị): Sở Tư pháp – Sở Y tế – UBND huyện Tứ Kỳ.", "3", "2",
                 "claim_count", 2.0, id="s15-members-dashes-provincial"),
    pytest.param("national", "Bà Rịa – Vũng Tàu và Quảng Ninh thuộc nhóm A, tổng cộng {x} địa phương.", "2", "3",
                 "claim_count", 3.0, id="s15-a-name-that-holds-a-dash-stays-whole"),
    # the list opens the sentence, its band closes the clause, the count refers back ("mức này", "tất cả")
    pytest.param("national", "Bắc Ninh và Quảng Ninh được xếp vào nhóm A; số tỉnh, thành phố ở nhóm này là {x}.", "2", "3",
                 "claim_count", 3.0, id="s15-leading-list-then-band-then-o-nhom-nay"),
    pytest.param("province", "Với Sở Y tế, Sở Tư pháp và UBND huyện Tứ Kỳ, loại Khá năm 2022 có tất cả {x} đơn vị.", "3",
                 "4", "claim_count", 4.0, id="s15-voi-list-then-band-then-tat-ca"),
    pytest.param("ministries", "Bộ Lao động – Thương binh và Xã hội thuộc nhóm A; số bộ, ngành thuộc mức đó là {x}.", "1",
                 "2", "claim_count", 2.0, id="s15-one-name-with-a-dash-then-muc-do"),
    # a list split by semicolons after "gồm:", its count in brackets after "tổng số:"
    pytest.param("province", "Các đơn vị xếp loại Tốt gồm: Sở Tư pháp; Sở Nội vụ và UBND huyện Nam Sách (tổng số: {x}).", "3",
                 "4", "claim_count", 4.0, id="s15-semicolon-list-then-tong-so-in-brackets"),
    # a band's count in one paragraph, its list (the band closing the head before a colon) in another
    pytest.param("national", "Số địa phương thuộc nhóm C năm 2022 là {x}.\n\nNhững địa phương thuộc nhóm C năm 2022: Cao Bằng, "
                 "Hà Giang và Lai Châu.", "3", "4", "claim_count", 4.0, id="s15-count-then-list-headed-by-the-band"),
    # the whole, then what each kind of unit takes of it ("chiếm", "là"; the first share may be a ratio of the whole)
    pytest.param("national", "Bảng năm 2022 có 63 cái tên; tỉnh chiếm {x}, còn thành phố trực thuộc Trung ương là 5.", "58",
                 "57", "claim_total_sum", 63.0, id="s15-whole-then-kinds-chiem-and-la"),
    pytest.param("province", "Có 27 đơn vị được chấm điểm năm 2022; sở, ban, ngành là 19, còn UBND cấp huyện chiếm {x}.", "8",
                 "9", "claim_total_sum", 27.0, id="s15-whole-then-kinds-la-and-chiem"),
    pytest.param("national", "Năm 2022, tỉnh chiếm 58/63 địa phương được xếp hạng, còn lại {x} là thành phố trực thuộc Trung "
                 "ương.", "5", "6", "claim_total_sum", 63.0, id="s15-kind-chiem-a-ratio-then-con-lai"),
    pytest.param("province", "Về cơ cấu, sở, ban, ngành chiếm 19/27 đơn vị, UBND cấp huyện chiếm {x}.", "8", "7",
                 "claim_total_sum", 27.0, id="s15-kind-chiem-a-ratio-then-kind-chiem"),
    # the whole, its parts set off by dashes
    pytest.param("national", "Năm 2022, 63 tỉnh, thành phố – {x} tỉnh và 5 thành phố trực thuộc Trung ương – đã được xếp hạng.",
                 "58", "59", "claim_total_sum", 63.0, id="s15-whole-then-dashed-parts"),
    pytest.param("ministries", "Cả 18 bộ, ngành – 15 bộ và {x} cơ quan ngang bộ – được chấm điểm trong năm 2022.", "3", "2",
                 "claim_total_sum", 18.0, id="s15-ca-whole-then-dashed-parts"),
    # the whole, then a sentence that opens "Trong số này / đó" on its parts
    pytest.param("ministries", "Năm 2022, Bộ Nội vụ đánh giá 18 bộ, cơ quan ngang bộ. Trong số này có 15 bộ; {x} cơ quan ngang "
                 "bộ.", "3", "4", "claim_total_sum", 18.0, id="s15-whole-then-trong-so-nay"),
    pytest.param("province", "Năm 2022, Sở Nội vụ đánh giá 27 cơ quan, đơn vị. Trong số đó có {x} sở, ban, ngành và 8 UBND cấp "
                 "huyện.", "19", "20", "claim_total_sum", 27.0, id="s15-whole-then-trong-so-do"),
    # a question on which units make the whole, its parts the bare answer
    pytest.param("ministries", "18 bộ, ngành được xếp hạng là những bộ, ngành nào? Bộ: 15; cơ quan ngang bộ: {x}.", "3", "4",
                 "claim_total_sum", 18.0, id="s15-which-ones-question-then-kinds"),
    pytest.param("national", "63 địa phương được đánh giá gồm những ai? Tỉnh: {x}; thành phố trực thuộc Trung ương: 5.", "58",
                 "56", "claim_total_sum", 63.0, id="s15-gom-nhung-ai-question-then-kinds"),
    # a count at or above a threshold: the answer "Con số là N" to a question on it, or "N – số … có điểm từ …"
    pytest.param("national", NATIONAL_LEAD + "Nhóm A có 4 địa phương (từ 90% trở lên), nhóm B có 50 địa phương (từ 80% đến "
                 "dưới 90%), nhóm C có 9 địa phương. Bao nhiêu tỉnh, thành phố đạt từ 80% trở lên? Con số là {x}.", "54", "53",
                 "claim_count", 53.0, id="s15-threshold-asked-then-con-so-la"),
    pytest.param("province", "Có 6 đơn vị xếp loại Xuất sắc (từ 90% trở lên), 14 đơn vị xếp loại Tốt (từ 80% đến dưới 90%), 7 "
                 "đơn vị xếp loại Khá (từ 70% đến dưới 80%). {x} – số đơn vị có điểm từ 80% trở lên.", "20", "21",
                 "claim_count", 21.0, id="s15-bare-count-then-dash-so-don-vi-with-a-bound"),
    # a band's head, its count in brackets, the members one bullet each below
    pytest.param("province", "Loại Tốt gồm các đơn vị sau (tổng số {x}):\n- Sở Tư pháp;\n- Sở Y tế;\n- UBND huyện Tứ Kỳ.", "3",
                 "4", "claim_count", 4.0, id="s15-band-head-tong-so-in-brackets-then-bullets"),
    pytest.param("ministries", "Nhóm B gồm những bộ, ngành dưới đây (tổng cộng {x}):\n+ Bộ Tư pháp\n+ Bộ Y tế", "2", "3",
                 "claim_count", 3.0, id="s15-band-head-tong-cong-in-brackets-then-plus-items"),
    # the list opens the sentence ("Năm nay, …"), the count in brackets after the band; one unit "là … duy nhất"
    pytest.param("national", "Năm nay, Quảng Ninh; Hải Phòng và Đà Nẵng là những địa phương thuộc nhóm A ({x} địa phương).",
                 "3", "4", "claim_count", 4.0, id="s15-leading-list-then-band-then-bracketed-count"),
    pytest.param("ministries", "Bộ Tư pháp là bộ, ngành duy nhất thuộc nhóm A ({x} bộ, ngành).", "1", "2", "claim_count", 2.0,
                 id="s15-one-unit-la-duy-nhat-then-bracketed-count"),
    pytest.param("province", "UBND huyện Tứ Kỳ là đơn vị xếp loại Khá; tổng cộng {x} đơn vị.", "01", "02", "claim_count", 2.0,
                 id="s15-one-unit-la-don-vi-then-tong-cong"),
    # a list after a colon, its count in brackets after "tất cả"
    pytest.param("province", "Có mặt ở loại Xuất sắc: Sở Tư pháp; Sở Y tế và UBND huyện Tứ Kỳ (tất cả {x} đơn vị).", "3", "2",
                 "claim_count", 2.0, id="s15-list-then-tat-ca-in-brackets"),
    # the whole in brackets after "trên", and after ", trên tổng số" when the count "vượt qua" the average
    pytest.param("national", NATIONAL_LEAD + "Số địa phương trên mức trung bình: 33 (trên {x}).", "63", "62", "claim_ratio",
                 62.0, id="s15-above-average-then-tren-whole-in-brackets"),
    pytest.param("ministries", MINISTRIES_LEAD + "Vượt qua điểm bình quân có 9 bộ, ngành, trên tổng số {x}.", "17", "16",
                 "claim_ratio", 16.0, id="s15-vuot-qua-binh-quan-then-tren-tong-so"),
    # each kind and its count a sentence of its own, then their sum
    pytest.param("national", "Năm 2022 có những đổi mới. Tỉnh: {x}. Thành phố trực thuộc Trung ương: 5. Tổng số địa phương: 63.",
                 "58", "57", "claim_total_sum", 63.0, id="s15-kind-count-sentences-then-tong-so"),
    pytest.param("province", "Kết quả năm 2022 như sau. Sở, ban, ngành – 19. UBND cấp huyện – {x}. Cộng: 27 đơn vị.", "8", "9",
                 "claim_total_sum", 27.0, id="s15-kind-dash-count-sentences-then-cong"),
    # a class's change said with "thưa đi" is no count of the class
    pytest.param("national", NATIONAL_LEAD + "Nhóm A có 5 địa phương, nhóm B có {x} địa phương, nhóm C có 8 địa phương. So với "
                 "năm trước, nhóm C thưa đi 3 địa phương.", "50", "51", "claim_sum", 64.0, id="s15-thua-di-is-a-change"),
    # a count above (below) the average, the whole beside it in the next clause or after "tổng số:"
    pytest.param("national", NATIONAL_LEAD + "Có 33 địa phương vượt điểm trung bình, trong khi cả bảng có {x} địa phương.",
                 "63", "62", "claim_ratio", 62.0, id="s15-above-average-trong-khi-ca-bang-co"),
    pytest.param("ministries", "Năm 2022, Bộ Nội vụ xếp hạng 18 bộ, ngành. Trên mặt bằng chung có 8 bộ, ngành; tổng số: {x}.",
                 "18", "17", "claim_ratio", 17.0, id="s15-tren-mat-bang-chung-then-tong-so"),
    pytest.param("national", "Năm 2022, Bộ Nội vụ xếp hạng 63 tỉnh, thành phố. So với điểm trung bình, 30 địa phương nằm phía "
                 "trên, trên tổng số {x}.", "63", "64", "claim_ratio", 64.0, id="s15-so-voi-trung-binh-nam-phia-tren"),
]

QUIET_15 = [
    pytest.param("province", "Năm 2022, 12 sở cộng tác với 3 huyện: 15 đợt kiểm tra đã hoàn thành.",
                 id="s15-units-that-worked-together-then-a-count-of-visits"),
    pytest.param("ministries", "Năm 2022, bộ (số lượng: 15) và cơ quan ngang bộ (số lượng: 3) nộp báo cáo đúng hạn; tổng: 20 lượt.",
                 id="s15-kinds-in-brackets-then-a-sum-of-something-else"),
    pytest.param("province", PROVINCE_LEAD + "Số đơn vị trên trung bình đạt 16, trong khi năm trước có 14 đơn vị.",
                 id="s15-above-average-then-last-years-count-is-no-whole"),
    pytest.param("province", PROVINCE_LEAD + "Ở tiêu chí công khai, 5 đơn vị được đánh giá “Tốt” về hình thức.",
                 id="s15-a-quoted-word-of-praise-is-no-class-count"),
    pytest.param("province", "Có 27 đơn vị được chấm điểm; đơn vị tăng điểm là 19, đơn vị giảm điểm là 6.",
                 id="s15-whole-then-risers-and-fallers-are-no-kinds"),
    pytest.param("national", "63 địa phương được đánh giá có gì mới? Tỉnh: 12 sáng kiến; thành phố: 5 sáng kiến.",
                 id="s15-a-question-on-something-else-then-counts"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm A có 4 địa phương, nhóm B có 50 địa phương. Hà Nội là một trong năm địa "
                 "phương thuộc nhóm A.", id="s15-one-of-several-is-no-list-of-one"),
    pytest.param("province", PROVINCE_LEAD + "Bao nhiêu đơn vị nộp hồ sơ đúng hạn? Con số là 25.",
                 id="s15-con-so-la-answers-a-question-on-something-else"),
    pytest.param("province", "Năm 2022 có nhiều đoàn kiểm tra. Sở Tư pháp: 4. Sở Y tế: 3. Tổng số: 9 lượt.",
                 id="s15-named-units-figures-then-a-sum-are-no-kinds"),
    pytest.param("national", "Hà Nội và Hải Phòng thuộc nhóm A, tổng cộng 5 lượt kiểm tra đã thực hiện.",
                 id="s15-leading-list-then-a-sum-of-something-else"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm A năm 2022 có 4 địa phương.\n\nTheo một cách tính khác, 5 tỉnh, thành phố "
                 "thuộc nhóm A năm 2022.", id="s15-a-band-count-stated-twice-apart-accuses-nothing"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", CASES_15)
def test_session15_count_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


@pytest.mark.parametrize("head, text", QUIET_15)
def test_session15_words_that_look_like_a_count_give_no_error(tmp_path, head, text):
    _assert_quiet(_doc(tmp_path, text, head))


def test_session15_a_band_count_restated_on_another_line_confirms_itself(tmp_path):
    doc = _doc(tmp_path, NATIONAL_LEAD + "Nhóm A năm 2022 có 4 địa phương.\n\nNhư đã nêu, 4 tỉnh, thành phố thuộc nhóm A năm 2022.",
               "national")
    _assert_consistent(doc, "claim_count")
    assert [c for c in doc.checks if c.check == "claim_count" and c.status == "pass" and "stated again" in (c.reason or "")]


# session 16: constructions of the spire set's misses (kinds and their sum as labelled items, a group's bare count
# after a verb of what it took in)
CASES_16 = [
    # kinds, each with its count after a label's colon, a dash, "=" or in square brackets, the last item a sum word
    pytest.param("ministries", "Phạm vi xếp hạng gồm bộ [{x}], cơ quan ngang bộ [3], tổng cộng [18].", "15", "14",
                 "claim_total_sum", 18.0, id="s16-kinds-in-square-brackets-then-tong-cong-in-brackets"),
    pytest.param("province", "Cơ cấu: sở, ban, ngành = {x}; UBND cấp huyện = 8; tổng số = 27.", "19", "20",
                 "claim_total_sum", 27.0, id="s16-kinds-equals-count-then-tong-so-equals"),
    pytest.param("national", "Thành phần: tỉnh – {x}, thành phố trực thuộc Trung ương – 5, cộng – 63.", "58", "59",
                 "claim_total_sum", 63.0, id="s16-kinds-dash-count-then-cong-dash"),
    # … the items set apart by bars (a line of labelled counts, no table row)
    pytest.param("province", "Đơn vị được chấm: sở, ban, ngành: {x} | UBND huyện, thị xã, thành phố: 8 | tổng: 27", "19", "18",
                 "claim_total_sum", 27.0, id="s16-kinds-colon-count-between-bars-then-tong"),
    pytest.param("national", "Tỉnh – {x} | thành phố trực thuộc Trung ương – 5 | tất cả – 63", "58", "57",
                 "claim_total_sum", 63.0, id="s16-kinds-dash-count-between-bars-then-tat-ca"),
    # a group or class, a verb of what it took in (one or two words), its bare count
    pytest.param("ministries", MINISTRIES_LEAD + "Năm 2022, nhóm A thu nạp 2, nhóm B tiếp nhận {x}, nhóm C ghi nhận 3.", "12",
                 "13", "claim_sum", 18.0, id="s16-group-verb-bare-count"),
    pytest.param("province", PROVINCE_LEAD + "Loại Xuất sắc quy tụ 4; loại Tốt năm nay gom được {x}, còn loại Khá giữ 5.",
                 "18", "19", "claim_sum", 28.0, id="s16-class-year-words-verb-bare-count"),
    # the sum of the counts before it in brackets after the last group: no second count of that group
    pytest.param("ministries", "Năm 2022, Bộ Nội vụ xếp hạng 17 bộ, ngành. Phân bố: nhóm A được 3, nhóm B được 11, nhóm C được 3 "
                 "(tổng cộng 17). Từ 80% trở lên có {x} bộ, ngành.", "14", "15", "claim_count", 15.0,
                 id="s16-groups-then-bracketed-sum-then-a-threshold"),
    # a range up to the top of the scale is a threshold; a range named as such needs no "từ"; "lớn hơn hoặc bằng"
    pytest.param("national", NATIONAL_LEAD + "Nhóm A có 4 địa phương (từ 90% trở lên), nhóm B có 49 địa phương (từ 80% đến dưới "
                 "90%), nhóm C có 10 địa phương. Số địa phương có điểm từ 80% tới 100% là {x}.", "53", "52", "claim_count", 52.0,
                 id="s16-range-to-the-top-of-the-scale-is-a-threshold"),
    pytest.param("ministries", MINISTRIES_LEAD + "Nhóm A có 2 bộ, ngành (từ 90% trở lên), nhóm B có 12 bộ, ngành (từ 80% đến "
                 "dưới 90%), nhóm C có 3 bộ, ngành. Trong phạm vi 80%–100% có {x} bộ, ngành.", "14", "13", "claim_count", 13.0,
                 id="s16-range-named-pham-vi-without-tu"),
    pytest.param("province", PROVINCE_LEAD + "Có 5 đơn vị xếp loại Xuất sắc (từ 90% trở lên), 17 đơn vị xếp loại Tốt (từ 85% "
                 "đến dưới 90%), 5 đơn vị xếp loại Khá (từ 70% đến dưới 85%). {x} đơn vị có điểm lớn hơn hoặc bằng 85%.", "22", "23", "claim_count", 23.0,
                 id="s16-lon-hon-hoac-bang-a-bound"),
    # the average as the subject: lower than (passed by) the units above it, higher than the ones below it
    pytest.param("national", NATIONAL_LEAD + "Điểm bình quân cả nước kém hơn điểm số của 31 tỉnh, thành phố (trên tổng số {x}).",
                 "63", "64", "claim_ratio", 64.0, id="s16-average-lower-than-the-units-above-it"),
    pytest.param("ministries", "Năm 2022, Bộ Nội vụ xếp hạng 18 bộ, ngành. Giá trị trung bình bị 10 bộ, ngành vượt qua; bảng xếp "
                 "hạng có {x} bộ, ngành.", "18", "17", "claim_ratio", 17.0, id="s16-average-passed-by-units-then-bang-co"),
    # a count of representatives before the group and its list; names "bên cạnh / ngoài" the group's others
    pytest.param("national", NATIONAL_LEAD + "Có {x} đại diện, nhóm C năm 2022 gồm: Hà Giang, Lai Châu và Cao Bằng.", "3", "4",
                 "claim_count", 4.0, id="s16-count-of-representatives-then-group-list"),
    pytest.param("ministries", MINISTRIES_LEAD + "Ngoài Bộ Tư pháp, nhóm A năm 2022 có thêm Bộ Tài chính và Bộ Y tế; cả thảy "
                 "{x} bộ, ngành.", "3", "2", "claim_count", 2.0, id="s16-ngoai-first-then-group-has-more"),
    pytest.param("province", PROVINCE_LEAD + "Cùng với Sở Y tế, loại Xuất sắc gồm Sở Tư pháp (tất cả {x} đơn vị).", "2", "3",
                 "claim_count", 3.0, id="s16-cung-voi-first-then-class-gom"),
    pytest.param("ministries", MINISTRIES_LEAD + "Ngoài Bộ Lao động - Thương binh và Xã hội, nhóm A còn có Bộ Tư pháp, Bộ Y tế, "
                 "Bộ Tài chính và Bộ Nội vụ – tất cả {x} bộ, ngành.", "5", "6", "claim_count", 6.0,
                 id="s16-ngoai-first-then-a-long-comma-list"),
    # "có mặt" (present in a group) is no loss; a bounded count with its group in brackets keeps the bounds' sum
    pytest.param("ministries", MINISTRIES_LEAD + "Nhóm A có 3 bộ, ngành, nhóm C có 2 bộ, ngành. Trong nhóm B (từ 80% đến dưới "
                 "90%) năm nay có mặt {x} bộ, ngành.", "12", "13", "claim_sum", 18.0, id="s16-co-mat-in-a-group-is-its-count"),
    pytest.param("national", NATIONAL_LEAD + "Từ 90% trở lên có 3 địa phương; từ 80% đến dưới 90% có {x} địa phương và từ 70% "
                 "đến dưới 80% có 10 địa phương. Có ba địa phương đạt từ 90% trở lên (nhóm A), gồm: Hà Nội; Hải Phòng và Đà Nẵng.",
                 "50", "51", "claim_sum", 64.0, id="s16-bounded-count-with-its-group-in-brackets-then-a-list"),
    # a group that "lost" units: a change of its count, no second count of it
    pytest.param("national", NATIONAL_LEAD + "Nhóm A có 4 địa phương, nhóm B có 49 địa phương, nhóm C có {x} địa phương. So với "
                 "năm ngoái, nhóm C đã mất ba địa phương.", "10", "11", "claim_sum", 64.0, id="s16-group-mat-units-is-a-change"),
    pytest.param("ministries", MINISTRIES_LEAD + "Nhóm A có 3 bộ, ngành, nhóm B có {x} bộ, ngành, nhóm C có 2 bộ, ngành. Năm "
                 "nay nhóm A mất đi hai bộ, ngành.", "12", "13", "claim_sum", 18.0, id="s16-group-mat-di-units-is-a-change"),
    # a list of bullets ends where bullets of another kind begin (a numbered heading after "•" items)
    pytest.param("ministries", MINISTRIES_LEAD + "Nhóm A – {x} bộ, ngành:\n• Bộ Tư pháp;\n• Bộ Tài chính;\n• Bộ Y tế.\n2. Kết quả "
                 "cụ thể theo lĩnh vực", "3", "4", "claim_count", 4.0, id="s16-bullets-end-at-a-numbered-heading"),
    pytest.param("province", PROVINCE_LEAD + "Loại Xuất sắc có {x} đơn vị:\n- Sở Tư pháp\n- Sở Y tế\na) Về chỉ đạo, điều hành",
                 "2", "3", "claim_count", 3.0, id="s16-dashes-end-at-a-lettered-heading"),
    # a class's list headed "Danh sách <class>:" with no year of its own is this year's, its count stated apart
    pytest.param("province", PROVINCE_LEAD + "Năm 2022 trung bình đạt 84,38%, trong khi năm 2021 là 83,12%. Danh sách loại Tốt: "
                 "Sở Tư pháp và Sở Y tế. Có {x} đơn vị lọt vào loại Tốt năm nay.", "2", "3", "claim_count", 3.0,
                 id="s16-class-list-after-last-years-figure-then-its-count"),
    # the bare answer to a question on how many stand above the average, the whole beside it
    pytest.param("national", NATIONAL_LEAD + "* Xin hỏi, có bao nhiêu tỉnh, thành phố vượt mức trung bình?\n– 30, trong tổng số "
                 "{x}.", "63", "62", "claim_ratio", 62.0, id="s16-answer-bare-count-then-trong-tong-so"),
    pytest.param("ministries", "Năm 2022, Bộ Nội vụ xếp hạng 18 bộ, ngành. Có mấy bộ, ngành cao hơn mức bình quân? 9 – tính trên "
                 "{x} bộ, ngành.", "18", "17", "claim_ratio", 17.0, id="s16-may-question-then-count-dash-tinh-tren"),
]

QUIET_16 = [
    pytest.param("national", NATIONAL_LEAD + "Nhóm A năm nay tăng 2, nhóm B có thêm 3 so với năm trước.",
                 id="s16-group-then-a-change-is-no-count"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm A đón 3 đoàn kiểm tra, nhóm B nhận 12 bằng khen trong năm 2022.",
                 id="s16-group-verb-count-of-something-else"),
    pytest.param("ministries", "Năm 2022, Bộ Nội vụ xếp hạng 17 bộ, ngành.\nBộ Tư pháp: 16 | Bộ Y tế: 3 | cộng: 20",
                 id="s16-named-units-between-bars-are-no-kinds"),
    pytest.param("province", PROVINCE_LEAD + "Lượt kiểm tra theo quý: sở, ban, ngành: 12 | 15 | tổng: 30",
                 id="s16-bars-with-an-unlabelled-piece-are-no-kinds"),
    pytest.param("national", NATIONAL_LEAD + "Giá trị trung bình năm 2022 cao hơn năm 2021 là 1,20 điểm; 12 tỉnh giảm điểm.",
                 id="s16-average-higher-than-a-year-is-no-count-below-it"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm A (tổng số 4): Hải Phòng, Quảng Ninh, Bắc Ninh và Đà Nẵng.",
                 id="s16-a-groups-head-with-its-bracketed-count-stays-its-count"),
    pytest.param("province", PROVINCE_LEAD + "Điểm số các đơn vị nằm trong khoảng 70% đến 96%; 20 đơn vị đạt trên 85%.",
                 id="s16-a-range-of-scores-is-no-count"),
    pytest.param("national", NATIONAL_LEAD + "Bên cạnh Hà Nội, nhóm A còn có các địa phương khác – tổng cộng 5 địa phương.",
                 id="s16-besides-a-unit-then-no-names-is-no-list"),
    pytest.param("province", PROVINCE_LEAD + "Ngoài Sở Lao động - Thương binh và Xã hội, loại Tốt còn có Sở Y tế, Sở Tư pháp, Ban "
                 "Dân tộc và UBND huyện Kim Bảng – tất cả 5 đơn vị.", id="s16-besides-list-with-names-not-all-known-accuses-nothing"),
    pytest.param("province", PROVINCE_LEAD + "Có bao nhiêu đơn vị trên mức trung bình? Điểm trung bình là 84,10%, 15 đơn vị vượt "
                 "qua, trên tổng số 30 lượt kiểm tra.", id="s16-an-answer-that-opens-on-a-score-is-no-bare-count"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", CASES_16)
def test_session16_count_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


@pytest.mark.parametrize("head, text", QUIET_16)
def test_session16_words_that_look_like_a_count_give_no_error(tmp_path, head, text):
    _assert_quiet(_doc(tmp_path, text, head))


@pytest.mark.parametrize("head, text, side", [
    pytest.param("province", PROVINCE_LEAD + "Mức trung bình năm 2022 cao hơn kết quả của 12 đơn vị, trong tổng số 27.",
                 "below_average", id="s16-average-higher-than-the-units-below-it"),
    pytest.param("national", NATIONAL_LEAD + "Giá trị bình quân thấp hơn điểm số của 12 tỉnh, thành phố, trong tổng số 63.",
                 "above_average", id="s16-average-lower-than-the-units-above-it"),
])
def test_session16_the_average_as_the_subject_names_the_side_of_the_units(tmp_path, head, text, side):
    doc = _doc(tmp_path, text, head)
    ratios = [c for c in doc.claims if c.kind == "ratio"]
    assert [(c.subject, c.value) for c in ratios] == [(side, 12.0)]
    _assert_quiet(doc)
