"""Statements read by role (`claim_roles.py`) and across clauses and sentences (`claim_windows.py`).

Each case is a small text in words another writer would use for a statement the frame catalogue also reads
(the figure first and its role after it, a change standing in the next sentence, a breakdown in brackets,
a list "lần lượt"), in a consistent version that must pass its check with no error and a version with one
figure changed that must give exactly one error on that figure.  The last cases are words that look like a
role and are not (a field's maximum, "cải cách", a table row read as text): they give no error.
"""

from __future__ import annotations

import pytest

from test_claim_frames import _assert_consistent, _assert_one_error, _assert_quiet, _doc

NATIONAL_LEAD = "Năm 2022, Bộ Nội vụ đánh giá, xếp hạng 63 tỉnh, thành phố trực thuộc Trung ương.\n"

CASES = [
    # head, text with {x}, the consistent x, a wrong x, the check, the figure the error names
    pytest.param("province", "84,44% là điểm trung bình của các sở, ban, ngành năm 2022, nhỉnh hơn năm 2021 "
                 "(83,46%) {x} điểm phần trăm.", "0,98", "1,98", "claim_delta", 1.98, id="average-figure-first"),
    pytest.param("province", "Năm 2021, Sở Tư pháp đạt 89,34 điểm; sang năm 2022, kết quả là 88,76 điểm. Điểm số "
                 "của đơn vị này vì thế giảm {x} điểm sau một năm.", "0,58", "0,85", "claim_delta", -0.85,
                 id="change-next-sentence"),
    pytest.param("province", "Với 93,40 điểm, Sở Nội vụ đứng đầu bảng xếp hạng. Chỉ đạt 75,01 điểm, Sở Ngoại vụ "
                 "xếp chót bảng. Đơn vị xếp cuối còn cách đơn vị dẫn đầu tới {x} điểm.", "18,39", "18,93",
                 "claim_gap", 18.93, id="extremes-after-figure"),
    pytest.param("province", "Sở Xây dựng chỉ đạt 84,20 điểm, kém Sở Tư pháp {x} điểm (Sở Tư pháp đạt 84,72 "
                 "điểm).", "0,52", "0,25", "claim_gap", -0.25, id="comparison-kem"),
    pytest.param("province", "Chênh lệch giữa Sở Y tế và Sở Tư pháp là {x} điểm (88,50 so với 86,40 điểm).",
                 "2,10", "2,01", "claim_gap", 2.01, id="paired-values-after"),
    pytest.param("province", "Sở Tư pháp tăng {x} điểm, từ 86,40 điểm năm 2021 lên 88,50 điểm năm 2022.",
                 "2,10", "2,01", "claim_delta", 2.01, id="from-to"),
    pytest.param("province", "Xếp loại Tốt năm 2022 có 13 đơn vị, ít hơn năm trước {x} đơn vị. Năm 2021, con số "
                 "này là 14.", "một", "hai", "claim_delta", -2.0, id="count-change-window"),
    pytest.param("province", "Năm 2021, Sở Tư pháp đứng thứ 10; năm nay, đơn vị này ở vị trí 18/29, tụt {x} bậc.",
                 "8", "6", "claim_rank", -6.0, id="rank-move-window"),
    pytest.param("province", "Đã phát ra và thu về 4.393 phiếu (lãnh đạo: 1.624; người dân: 1.202; đại biểu: "
                 "{x}).", "1.567", "1.576", "survey_count", 4393.0, id="ballots-breakdown"),
    pytest.param("province", "Nhóm lãnh đạo đóng góp 1.624 phiếu; nhóm người dân 1.202 phiếu; nhóm đại biểu "
                 "1.567 phiếu. Cộng lại có {x} phiếu khảo sát.", "4.393", "4.339", "survey_count", 4339.0,
                 id="ballots-total-next-sentence"),
    pytest.param("national", NATIONAL_LEAD + "Kết quả cho thấy 41 địa phương cải thiện điểm số, trong khi {x} "
                 "địa phương sụt giảm.", "22", "25", "claim_sum", 66.0, id="rose-fell-words"),
    pytest.param("national", NATIONAL_LEAD + "Số địa phương ở nhóm A, nhóm B và nhóm C lần lượt là 2, 54 và {x}.",
                 "7", "9", "claim_sum", 65.0, id="respectively"),
    pytest.param("national", NATIONAL_LEAD + "Có 32 trong số {x} tỉnh, thành phố đạt chỉ số cao hơn mức trung "
                 "bình.", "63", "62", "claim_ratio", 62.0, id="ratio-in-words"),
    pytest.param("province", "Năm 2022, Sở Y tế đứng thứ 3. Năm 2021, Thanh tra tỉnh đứng thứ 9; năm nay, đơn vị "
                 "này ở vị trí 17/29, tụt {x} bậc.", "8", "7", "claim_rank", -7.0,
                 id="this-unit-named-earlier-in-the-sentence"),
    pytest.param("national", "Việc đánh giá dựa trên {x} phiếu hợp lệ; số phiếu của lãnh đạo, quản lý và của người "
                 "dân, tổ chức lần lượt là 19.257 và 28.179.", "47.436", "47.346", "survey_count", 47346.0,
                 id="ballots-respectively"),
    pytest.param("national", "Tổng cộng hơn {x} phiếu đã được xử lý: lãnh đạo, quản lý chiếm 27.000 phiếu, người "
                 "dân, tổ chức chiếm 23.000 phiếu.", "50.000", "53.000", "survey_count", 53000.0,
                 id="ballots-more-than-beyond-rounding"),
    pytest.param("national", "Khảo sát thu được {x} phiếu; trong số này, 12.480 phiếu của cán bộ, công chức, 20.115 "
                 "phiếu của người dân và 9.605 phiếu của doanh nghiệp.", "42.200", "43.200", "survey_count", 43200.0,
                 id="ballots-by-respondent-group"),
    pytest.param("province", "Năm 2021, điểm bình quân của các cơ quan là 83,10 điểm. Sang năm 2022, con số này là "
                 "85,20 điểm, tăng {x} điểm.", "2,10", "2,30", "claim_delta", 2.3, id="average-referred-to-next-sentence"),
    pytest.param("province", "Sở Xây dựng cải thiện rõ: 79,60% năm 2021 và 83,90% năm 2022, tức tăng {x}%.", "4,30",
                 "4,03", "claim_delta", 4.03, id="one-unit-series-of-years"),
    pytest.param("province", "Số đơn vị xếp loại Khá giảm từ 15 xuống 11, tức bớt {x} đơn vị.", "4", "3",
                 "claim_delta", -3.0, id="count-from-to"),
    pytest.param("national", NATIONAL_LEAD + "Bình Dương dẫn đầu với 91,20%, Cao Bằng xếp cuối với 79,40%; "
                 "khoảng cách giữa hai địa phương là {x}%.", "11,80", "11,08", "claim_gap", 11.08,
                 id="gap-between-the-two-named-extremes"),
    pytest.param("national", NATIONAL_LEAD + "Đà Nẵng leo lên vị trí thứ 2, tăng {x} bậc so với năm 2021 (vị trí "
                 "thứ 5).", "3", "4", "claim_rank", 4.0, id="rank-after-a-verb-of-motion"),
    pytest.param("national", NATIONAL_LEAD + "Hậu Giang tăng {x} bậc (từ 15 lên 9).", "6", "5", "claim_rank", 5.0,
                 id="rank-move-bare-from-to"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm C chỉ còn 4 địa phương, giảm {x} địa phương so với năm 2021 khi "
                 "có tới 9 địa phương.", "5", "4", "claim_delta", -4.0, id="count-of-the-year-compared-with"),
    pytest.param("national", NATIONAL_LEAD + "Năm 2021 nhóm A có 9 tỉnh; sang năm 2022, con số này là 12, tăng {x} "
                 "tỉnh.", "3", "2", "claim_delta", 2.0, id="bare-count-of-the-one-group-named"),
    pytest.param("province", "Năm 2022, Sở Nội vụ đánh giá 26 cơ quan, đơn vị. Kết quả xếp loại: Xuất sắc {x} đơn "
                 "vị; Tốt 14 đơn vị; Khá 7 đơn vị.", "5", "6", "claim_sum", 27.0, id="class-names-as-names"),
    pytest.param("province", "Trong tổng số 26 cơ quan, đơn vị, có {x} đơn vị được xếp loại Xuất sắc, 14 đơn vị được "
                 "xếp loại Tốt và 7 đơn vị được xếp loại Khá.", "5", "6", "claim_sum", 27.0, id="classes-duoc-xep-loai"),
    pytest.param("province", "Năm 2022, Sở Nội vụ đánh giá hai mươi sáu cơ quan, đơn vị: {x} đơn vị xếp loại Tốt, 10 "
                 "đơn vị xếp loại Khá, 1 đơn vị xếp loại Trung bình, không có đơn vị xếp loại Yếu.", "15", "16",
                 "claim_sum", 27.0, id="total-in-words-with-tens"),
    pytest.param("province", "Trong 26 đơn vị được đánh giá năm 2022, số đơn vị cải thiện kết quả là {x}, còn lại 8 "
                 "đơn vị giảm điểm.", "18", "19", "claim_sum", 27.0, id="risers-of-the-units-in-a-lead"),
    pytest.param("province", "Trong 26 đơn vị được đánh giá năm 2022, điểm số tăng ở {x} đơn vị và giảm ở 8 đơn vị.",
                 "18", "19", "claim_sum", 27.0, id="rose-at-fell-at"),
    pytest.param("province", "Sở Tư pháp tăng {x}% so với năm trước, đạt 88,40% (năm 2021: 86,10%).", "2,30", "2,03",
                 "claim_delta", 2.03, id="this-years-value-after-so-voi-nam-truoc"),
    pytest.param("province", "Năm 2021 Sở Tư pháp đạt 86,10%; năm 2022 đạt 88,40%. Như vậy, Sở Tư pháp tăng {x}%.",
                 "2,30", "3,20", "claim_delta", 3.2, id="year-clause-of-the-unit-before"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm A (từ 90% trở lên) có 10 tỉnh; nhóm B (từ 80% đến dưới 90%) có 42 "
                 "tỉnh; nhóm C (dưới 80%) có 11 tỉnh. Năm nay, số tỉnh không dưới 80% đã lên tới {x}.", "52", "53",
                 "claim_count", 53.0, id="threshold-count-after-len-toi"),
    pytest.param("province", "Năm 2022 có {x} cơ quan, đơn vị được đánh giá, trong đó khối sở 18, khối huyện 8.", "26",
                 "27", "claim_total_sum", 27.0, id="total-after-a-year-by-blocks"),
    pytest.param("province", "Số cơ quan, đơn vị được đánh giá là {x}, với 18 sở, ngành và 8 huyện, thị xã, thành phố.",
                 "26", "25", "claim_total_sum", 25.0, id="total-with-voi"),
    pytest.param("province", "{x} đơn vị được xếp hạng năm 2022 gồm hai khối: 18 sở, ngành và 8 huyện.", "26", "28",
                 "claim_total_sum", 28.0, id="total-year-between-and-colon"),
    pytest.param("province", "Năm trước có 20 đơn vị xếp loại Khá; năm nay là 16. Như vậy số đơn vị xếp loại Khá đã "
                 "giảm {x}.", "bốn", "ba", "claim_delta", -3.0, id="change-in-words-without-its-noun"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm C năm nay vắng đi {x} gương mặt, chỉ còn 2. Một năm trước, nhóm C "
                 "có 4 tỉnh.", "hai", "ba", "claim_delta", -3.0, id="faces-of-a-group"),
    pytest.param("ministries", "Bộ Kế hoạch và Đầu tư đứng ở vị trí 8/17; so với vị trí 7 năm 2021, thứ "
                 "hạng bị lùi {x} bậc.", "1", "2", "claim_rank", -2.0, id="dau-tu-is-no-tu"),
    pytest.param("ministries", "Vị trí thứ 2 trong tổng số 17 bộ thuộc về Bộ Tư pháp, thấp hơn {x} bậc so "
                 "với thứ hạng năm 2021 (hạng 1).", "1", "2", "claim_rank", -2.0, id="rank-thap-hon-is-down"),
    pytest.param("ministries", "Bộ Y tế có cú nhảy vọt {x} bậc: từ hạng 10 lên hạng 4.", "sáu", "năm",
                 "claim_rank", 5.0, id="leap-in-words"),
    pytest.param("national", NATIONAL_LEAD + "Tây Ninh (84,19%) và Vĩnh Long (81,30%) cách nhau {x} điểm phần trăm.",
                 "2,89", "2,98", "claim_gap", 2.98, id="short-sentence-of-three-figures-is-no-table-row"),
    pytest.param("national", NATIONAL_LEAD + "Giữa Bến Tre và Tuyên Quang có khoảng cách {x} điểm phần trăm: 88,03% so "
                 "với 85,71%.", "2,32", "2,23", "claim_gap", 2.23, id="gap-giua-before-the-cue"),
    pytest.param("province", "Đơn vị cao nhất (Sở Tư pháp, 93,90 điểm) bỏ xa đơn vị thấp nhất (UBND huyện Kim Thành, "
                 "71,42 điểm) tới {x} điểm.", "22,48", "24,28", "claim_gap", 24.28, id="gap-cue-before-a-bracket"),
    pytest.param("province", "Mức chênh giữa điểm cao nhất (93,90) và điểm thấp nhất (71,42) là {x} điểm.", "22,48",
                 "22,84", "claim_gap", 22.84, id="gap-cue-opens-the-clause"),
    pytest.param("province", "Sở Tư pháp dẫn đầu (93,90 điểm), hơn đơn vị xếp cuối là UBND huyện Kim Thành (71,42 "
                 "điểm) {x} điểm.", "22,48", "21,48", "claim_gap", 21.48, id="comparison-bare-hon"),
    pytest.param("province", "Khoảng cách giữa đơn vị dẫn đầu và đơn vị xếp cuối đã thu hẹp còn {x} điểm (93,90 so "
                 "với 71,42).", "22,48", "23,48", "claim_gap", 23.48, id="extremes-gap-with-its-paired-values"),
    pytest.param("province", "Kết quả của Sở Văn hóa, Thể thao và Du lịch (86,11 điểm) vượt UBND huyện Nam Sách (83,43 "
                 "điểm) tới {x} điểm.", "2,68", "2,86", "claim_gap", 2.86, id="agency-name-with-a-comma"),
    pytest.param("province", "Có 18/26 đơn vị tăng điểm so với năm trước, {x}/26 đơn vị giảm điểm.", "8", "9",
                 "claim_sum", 27.0, id="risers-as-ratios"),
    pytest.param("national", "Bộ Nội vụ đã phát ra và thu về {x} phiếu hợp lệ; lãnh đạo, quản lý các cấp trả lời "
                 "19.257 phiếu, người dân, tổ chức trả lời 28.179 phiếu.", "47.436", "47.634", "survey_count", 47634.0,
                 id="ballots-one-count-with-its-stages"),
    pytest.param("national", NATIONAL_LEAD + "10 tỉnh lọt vào nhóm A, {x} tỉnh ở nhóm B và 11 tỉnh rơi vào nhóm C.", "42",
                 "43", "claim_sum", 64.0, id="groups-after-verbs-of-falling-into"),
    pytest.param("national", NATIONAL_LEAD + "Số địa phương thuộc nhóm A, B, C lần lượt là 10, {x}, 11.", "42", "44",
                 "claim_sum", 65.0, id="group-letters-after-one-nhom"),
    pytest.param("province", "Trong 26 cơ quan, đơn vị được đánh giá năm 2022, số đơn vị tiến bộ là 18; số đơn vị "
                 "thụt lùi là {x}.", "8", "9", "claim_sum", 27.0, id="risers-in-other-words"),
    pytest.param("province", "Số lượng phiếu khảo sát năm 2023 là {x} phiếu. Trong đó, 700 phiếu khảo sát lãnh đạo, "
                 "quản lý; 600 phiếu khảo sát người dân, tổ chức.", "1.300", "1.330", "survey_count", 1330.0,
                 id="breakdown-in-the-next-sentence"),
    pytest.param("province", "Năm 2023 có {x} cơ quan, đơn vị được đánh giá. Cụ thể: 18 sở, ban, ngành và 8 UBND cấp "
                 "huyện.", "26", "28", "claim_total_sum", 28.0, id="breakdown-by-kind-in-the-next-sentence"),
    pytest.param("province", "Sở Nội vụ khảo sát {x} phiếu với 2 nhóm đối tượng: lãnh đạo, quản lý (600 phiếu); người "
                 "dân, doanh nghiệp (600 phiếu).", "1.200", "1.250", "survey_count", 1250.0,
                 id="ballots-with-the-number-of-groups"),
    pytest.param("national", NATIONAL_LEAD + "Trong số 63 tỉnh, thành phố, tăng điểm có 40 địa phương, giảm điểm có "
                 "{x} địa phương.", "23", "25", "claim_sum", 65.0, id="risers-cue-before-the-count"),
    pytest.param("national", NATIONAL_LEAD + "Có 42/63 tỉnh, thành phố tăng điểm so với năm 2021; {x}/63 tỉnh, thành "
                 "phố giảm điểm.", "21", "23", "claim_sum", 65.0, id="risers-as-ratios-of-a-noun-with-a-comma"),
    pytest.param("province", "Đối với khối huyện, 6 trong số 9 huyện, thị xã, thành phố tăng điểm, {x} đơn vị còn "
                 "lại giảm điểm.", "3", "4", "claim_sum", 10.0, id="risers-of-a-total-in-words"),
    pytest.param("province", "Tổng số 29 đơn vị, số đơn vị có kết quả tăng là 17, có kết quả giảm là {x}.", "12", "13",
                 "claim_sum", 30.0, id="tong-so-is-the-whole"),
    pytest.param("national", NATIONAL_LEAD + "Trong 63 địa phương, 40 địa phương ghi nhận điểm số tăng so với năm "
                 "2021 (tăng từ 0,12 đến 5,6 điểm) và {x} địa phương giảm.", "23", "24", "claim_sum", 64.0,
                 id="range-of-changes-is-no-class"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm A (từ 90% trở lên): 5 tỉnh, thành phố. Nhóm B (từ 80% đến dưới "
                 "90%): 50 tỉnh, thành phố. Nhóm C (từ 70% đến dưới 80%): 8 tỉnh, thành phố. Số địa phương đạt "
                 "trên 80% là {x}, chiếm 87,3%.", "55", "57", "claim_count", 57.0, id="threshold-with-its-share"),
    pytest.param("province", "Kết quả: loại Xuất sắc 3 đơn vị (từ 90% trở lên), loại Tốt 15 đơn vị (từ 80% đến dưới "
                 "90%), loại Khá 9 đơn vị (từ 70% đến dưới 80%). Số sở, ban, ngành và UBND cấp huyện đạt trên 80% là "
                 "{x}.", "18", "19", "claim_count", 19.0, id="threshold-of-two-kinds-of-units"),
    pytest.param("province", "Năm 2021 có 3 đơn vị xếp loại Khá.\n\nRiêng loại Khá, năm 2022 bớt đi {x} đơn vị, chỉ "
                 "còn 1.", "hai", "ba", "claim_delta", -3.0, id="change-and-new-level-last-year-elsewhere"),
    pytest.param("province", "Năm 2021, 3 đơn vị đạt loại Xuất sắc.\n\nCon số 4 đơn vị đạt loại Xuất sắc năm nay "
                 "nhiều hơn năm trước {x} đơn vị.", "1", "2", "claim_delta", 2.0, id="more-than-last-year-by"),
    pytest.param("national", "Số địa phương thuộc nhóm B tăng {x} so với năm trước, lên 51. Năm 2021, có 41 địa "
                 "phương.", "10", "11", "claim_delta", 11.0, id="new-level-after-len-and-an-elliptical-year"),
    pytest.param("ministries", "Bộ Tư pháp đạt 86,37%. Thứ hạng của Bộ Giao thông vận tải năm 2022 là 11/17. Đặt cạnh "
                 "vị trí thứ 9 của năm 2021, bộ này đã lùi {x} bậc.", "hai", "ba", "claim_rank", -3.0,
                 id="this-unit-is-the-one-whose-rank-was-named"),
    pytest.param("national", NATIONAL_LEAD + "Tăng điểm so với năm 2021 có 41 địa phương, còn giảm điểm có {x} địa "
                 "phương.", "22", "24", "claim_sum", 65.0, id="risers-cue-and-year-before-the-count"),
    pytest.param("national", NATIONAL_LEAD + "Số địa phương tăng và giảm điểm so với năm 2021 lần lượt là 53 và {x}.",
                 "10", "12", "claim_sum", 65.0, id="risers-respectively-after-a-year"),
    pytest.param("province", "Xếp loại Tốt năm 2022 có 13 đơn vị, ít hơn năm trước một đơn vị. Năm 2021, con số này "
                 "là 14. Sở Tư pháp dẫn đầu với 93,81 điểm, UBND huyện Kim Thành thấp nhất với 75,01 điểm. Chênh "
                 "lệch giữa đơn vị cao nhất và thấp nhất là {x} điểm.", "18,80", "18,08", "claim_gap", 18.08,
                 id="an-earlier-year-in-mid-paragraph-is-an-aside"),
    pytest.param("national", "Lãnh đạo, quản lý trả lời 19.257 phiếu. Người dân, tổ chức trả lời 28.179 phiếu. Tổng "
                 "cộng có {x} phiếu hợp lệ.", "47.436", "47.463", "survey_count", 47463.0,
                 id="ballots-one-sentence-each"),
    pytest.param("national", "Bộ Nội vụ đã thu về {x} phiếu hợp lệ. Số phiếu của lãnh đạo, quản lý là 19.257. Số "
                 "phiếu của người dân, tổ chức là 28.179.", "47.436", "47.346", "survey_count", 47346.0,
                 id="ballots-thousands-dot-with-the-noun-before"),
    pytest.param("province", "Số phiếu khảo sát phát ra năm 2022 ({x} phiếu):\n- Lãnh đạo, quản lý các sở, ngành: 600 "
                 "phiếu;\n- Người dân, tổ chức: 700 phiếu.", "1.300", "1.310", "survey_count", 1310.0,
                 id="ballots-items-after-a-bracketed-total"),
    pytest.param("national", "Bảng xếp hạng năm nay gồm 63 tỉnh, thành: nhóm A 5, nhóm B {x}, nhóm C 8.", "50", "52",
                 "claim_sum", 65.0, id="group-labels-with-bare-counts"),
    pytest.param("ministries", "Năm 2022, Bộ Nội vụ đánh giá 16 bộ và 1 cơ quan ngang bộ ({x} bộ, ngành).", "17", "18",
                 "claim_total_sum", 18.0, id="parts-then-their-sum-in-brackets"),
    pytest.param("national", NATIONAL_LEAD + "{x}% là khoảng cách giữa Hải Phòng (đạt 88,83%) và Bắc Ninh (đạt "
                 "82,10%).", "6,73", "6,37", "claim_gap", 6.37, id="gap-percent-first-then-what-it-is"),
    pytest.param("national", NATIONAL_LEAD + "Kết quả của tỉnh Hải Phòng (88,83%) xếp trên tỉnh Bến Tre (74,02%) tới "
                 "{x}%.", "14,81", "14,18", "claim_gap", 14.18, id="ranked-above-is-a-comparison"),
    pytest.param("national", NATIONAL_LEAD + "Thứ hạng của tỉnh Bình Thuận: 33 (năm 2021: 29); giảm {x} bậc.", "4", "5",
                 "claim_rank", -5.0, id="rank-with-last-year-in-brackets"),
    pytest.param("national", "Kết quả xếp loại năm 2022 cụ thể như sau: Nhóm A – 5; Nhóm B – {x}; Nhóm C – 8.", "50",
                 "51", "claim_sum", 64.0, id="group-label-dash-count"),
    pytest.param("province", "Số đơn vị loại Khá tăng từ 9 (năm 2021) lên thành 12 (năm 2022), tức {x} đơn vị.", "3",
                 "4", "claim_delta", 4.0, id="from-to-with-years-and-the-change-after-tuc"),
    pytest.param("province", "Kết quả của Sở Tư pháp: năm 2021 đạt 86,40%; năm 2022 đạt 88,50%; tăng {x}%.", "2,10",
                 "2,01", "claim_delta", 2.01, id="a-unit-its-years-in-clauses-then-the-change"),
    pytest.param("province", "Từ 86,40% năm 2021, điểm số của Sở Tư pháp đã lên 88,50%. Tức tăng {x}%.", "2,10", "2,20",
                 "claim_delta", 2.2, id="from-a-year-to-this-year-and-the-change-in-the-next-sentence"),
    pytest.param("national", "Về phân nhóm, nhóm A (từ 90% trở lên) gồm 3 tỉnh; nhóm B (từ 80% đến dưới 90%) gồm 55 "
                 "tỉnh; nhóm C (từ 70% đến dưới 80%) gồm 5 tỉnh. Tổng cộng {x} tỉnh, thành phố đạt kết quả Chỉ số từ "
                 "80% trở lên.", "58", "57", "claim_count", 57.0, id="a-total-with-a-bound-after-it-is-a-threshold"),
    pytest.param("national", "Số lượng địa phương đạt trên 90% là 3; từ 80% đến dưới 90% là {x}; từ 70% đến dưới 80% "
                 "là 5.", "55", "56", "claim_sum", 64.0, id="the-next-items-of-a-list-keep-the-first-items-noun"),
    pytest.param("national", "Mức tăng của giá trị trung bình so với năm 2021 là {x}%, từ 85,29% lên 86,52%.", "1,23",
                 "1,32", "claim_delta", 1.32, id="the-rise-of-the-average-is-a-change"),
    pytest.param("national", "Tỉnh Quảng Ninh đạt 91,86%, xếp vị trí số 1; tỉnh Cao Bằng đạt 78,03%, xếp cuối bảng. "
                 "Chênh lệch giữa hai tỉnh là {x}%.", "13,83", "13,38", "claim_gap", 13.38,
                 id="the-first-place-is-the-highest"),
    pytest.param("national", "Chỉ số của Bắc Giang năm 2021 là: 85,32% so với mức 85,44% năm 2022, tăng {x}%.", "0,12",
                 "0,21", "claim_delta", 0.21, id="a-compared-figure-of-a-later-year-is-the-later-one"),
    pytest.param("national", "Bắc Ninh thua Hải Dương {x}%, đạt 82,93% (Hải Dương đạt kết quả là 83,93%).", "1,00",
                 "1,10", "claim_gap", -1.1, id="the-unit-compared-with-is-no-subject-of-what-follows"),
    pytest.param("national", "Thái Bình hơn Hà Nam {x}%, khi đạt 83,93% (Hà Nam chỉ đạt 82,93%).", "1,00", "1,10",
                 "claim_gap", 1.1, id="ha-nam-is-no-fall"),
    pytest.param("national", "Bình Dương có kết quả cao nhất, đạt 95,38%, thấp nhất là Cao Bằng với 76,25%.\nChỉ số "
                 "của tỉnh Bắc Giang năm nay: 84,97%; năm ngoái: 81,63%; cách biệt {x}%.", "3,34", "3,43", "claim_delta",
                 3.43, id="a-gap-after-two-figures-is-their-difference"),  # last year's value read as such: a change
    pytest.param("national", "Năm nay, Hải Phòng đứng thứ 5. Địa phương này vượt Hải Dương {x}%, với 83,93% (Hải Dương "
                 "chỉ đạt 82,93%).", "1,00", "1,10", "claim_gap", 1.1, id="this-province-compared-then-its-score"),
    pytest.param("national", "Năm nay, Hải Phòng đứng thứ 5. Đơn vị này dẫn trước Hải Dương {x}%, khi đạt 83,93% (so "
                 "với 82,93% của Hải Dương).", "1,00", "1,10", "claim_gap", 1.1, id="a-score-owned-by-the-unit-after-cua"),
    pytest.param("national", "Chỉ số CCHC năm nay của tỉnh Bắc Giang được ghi nhận ở mức: 85,32% thấp hơn một chút so "
                 "với 85,44% năm 2021, chênh {x}%.", "0,12", "0,21", "claim_delta", -0.21,
                 id="chenh-is-a-size-not-a-direction"),
    pytest.param("national", "Lâm Đồng có kết quả thấp nhất với 76,98%. Cao hơn Nghệ An {x}%, Quảng Trị đạt 83,93% "
                 "(Nghệ An chỉ đạt được 82,93%).", "1,00", "1,10", "claim_gap", 1.1,
                 id="a-comparison-before-its-subject-named-next"),
    pytest.param("ministries", "Nhóm B năm nay có 15 bộ, ngành, tăng {x} so với cùng kỳ. Năm ngoái, số bộ, ngành thuộc "
                 "nhóm B là 13.", "hai", "ba", "claim_delta", 3.0, id="a-count-change-in-words-before-so-voi"),
    pytest.param("ministries", "Nhóm B: năm 2021 có 14 bộ, ngành; năm 2022 có 17 bộ, ngành; tăng {x} bộ, ngành.", "3",
                 "4", "claim_delta", 4.0, id="a-group-heading-its-years-in-clauses-then-the-change"),
    pytest.param("ministries", "Có 2 bộ, ngành thuộc nhóm A trong năm 2022 (năm 2021 là 1 bộ, ngành), tức tăng {x} bộ, "
                 "ngành.", "1", "2", "claim_delta", 2.0, id="last-years-count-in-brackets-is-an-aside"),
    pytest.param("ministries", "Năm 2022, số bộ, ngành thuộc nhóm C giảm đi {x} bộ, ngành so với năm trước, đạt 2 bộ, "
                 "ngành. Nhóm C năm 2021 gồm có 3 bộ, ngành.", "một", "hai", "claim_delta", -2.0,
                 id="giam-di-a-count-then-its-new-level"),
    pytest.param("national", "TP. Hồ Chí Minh đạt 87,12%, xếp thứ 14/63; năm 2021 thành phố xếp thứ 20, như vậy đã tăng "
                 "{x} bậc.", "6", "5", "claim_rank", 5.0, id="a-year-in-a-later-clause-is-that-clauses"),
    pytest.param("national", "So với cùng kỳ, chỉ số trung bình tăng {x} điểm phần trăm, đạt 83,32% (cùng kỳ: 81,31%).",
                 "2,01", "2,10", "claim_delta", 2.1, id="last-years-value-in-brackets-named-in-words"),
    pytest.param("national", "Các tỉnh, thành phố đạt trung bình 84,59%. Con số của năm 2021 là 83,07%. Chênh lệch: "
                 "+{x} điểm phần trăm.", "1,52", "1,25", "claim_delta", 1.25, id="the-figure-of-an-earlier-year"),
    pytest.param("national", "Về giá trị trung bình:\n- Năm 2022: 84,59%;\n- Năm 2021: 83,07%;\n- Tăng {x} điểm phần "
                 "trăm.", "1,52", "1,62", "claim_delta", 1.62, id="a-heading-names-the-average-of-its-items"),
    pytest.param("ministries", "Bộ Xây dựng tụt {x} bậc, xếp thứ 12/17 (năm ngoái: 9).", "ba", "hai", "claim_rank", -2.0,
                 id="last-years-rank-in-brackets-named-in-words"),
    pytest.param("ministries", "Thứ hạng của Bộ Nội vụ bị kéo xuống {x} bậc: từ 5 xuống 7/17.", "2", "3", "claim_rank",
                 -3.0, id="a-move-then-bare-ranks-after-a-colon"),
    pytest.param("national", "Mức trung bình năm 2022 là 84,59%, nhỉnh hơn mức 83,07% của năm liền trước là {x}%.",
                 "1,52", "1,25", "claim_delta", 1.25, id="higher-than-last-years-figure-by"),
    pytest.param("national", "Năm 2022, Long An tăng {x} bậc, xếp vị trí 10/63. Kết quả được ghi nhận. Thứ hạng năm 2021 "
                 "của Long An là 13.", "3", "4", "claim_rank", 4.0, id="last-years-rank-in-another-sentence"),
    pytest.param("national", "Quảng Ninh đạt 90,80%, cao nhất cả nước. Hải Dương đạt 76,57%, thấp nhất cả nước.\nChỉ số "
                 "trung bình năm 2022 đạt 84,16%, tăng 1,39% so với năm 2021 (82,77%). Mức chênh lệch là {x}%.", "14,23",
                 "14,32", "claim_gap", 14.32, id="a-gap-after-an-average-with-its-change-is-the-extremes"),
    pytest.param("national", "Năm 2022, Chỉ số CCHC của Bắc Kạn là 83,66%, tăng {x}% so với năm liền kề (81,63%).",
                 "2,03", "2,30", "claim_delta", 2.3, id="last-years-value-after-nam-lien-ke"),
    pytest.param("ministries", "Bộ Nội vụ giảm {x} điểm phần trăm, đạt 75,62% (năm ngoái 76,81%).", "1,19", "1,91",
                 "claim_delta", -1.91, id="last-years-value-in-brackets-without-a-colon"),
    pytest.param("national", "Bắc Kạn đạt 83,66%, thấp hơn năm 2021 {x} điểm (khi đó là 84,66 điểm).", "1,00", "1,10",
                 "claim_delta", -1.1, id="last-years-value-as-khi-do"),
    pytest.param("ministries", "Bộ Công Thương đạt 90,60%, cao nhất. Bộ Tư pháp thấp nhất với 75,20%. So với bộ thấp "
                 "nhất, bộ cao nhất có Chỉ số CCHC cao hơn {x} điểm phần trăm.", "15,40", "15,04", "claim_gap", 15.04,
                 id="the-highest-higher-than-the-lowest-by"),
    pytest.param("ministries", "Về đích đầu tiên là Bộ Công Thương với 90,60%. Bộ Tư pháp thấp nhất với 75,20%. Giữa vị "
                 "trí số một và vị trí cuối cùng có độ chênh {x}%.", "15,40", "15,04", "claim_gap", 15.04,
                 id="number-one-and-last-place-are-the-extremes"),
    pytest.param("ministries", "Đứng số một: Bộ Công Thương, 90,60%. Bộ Tư pháp thấp nhất với 75,20%. Từ đỉnh bảng "
                 "xuống đáy bảng là một khoảng cách {x}%.", "15,40", "15,04", "claim_gap", 15.04,
                 id="top-to-bottom-of-the-table"),
    pytest.param("national", NATIONAL_LEAD + "Năm nay, 11 địa phương thuộc nhóm C, giảm {x} địa phương so với cùng kỳ, "
                 "khi có tới 16.", "5", "4", "claim_delta", -4.0, id="last-years-count-in-a-when-clause"),
    pytest.param("national", NATIONAL_LEAD + "Từ 40 địa phương năm 2021, nhóm B đã có 52 địa phương năm 2022 (tăng {x}).",
                 "12", "13", "claim_delta", 13.0, id="from-a-count-to-da-co-another"),
    pytest.param("national", "Vĩnh Phúc: 86.75%, thấp hơn năm 2021 {x} điểm phần trăm (khi đó là 91.26%).", "4.51",
                 "4.15", "claim_delta", -4.15, id="a-units-value-after-its-name-and-a-colon"),
    pytest.param("national", "Với 89,04%, Vĩnh Phúc giảm {x} điểm phần trăm so với cùng kỳ (93,47%).", "4,43", "4,34",
                 "claim_delta", -4.34, id="last-years-value-in-brackets-after-cung-ky"),
    pytest.param("national", "- Thừa Thiên Huế: 90,03% (năm 2021) → 90,92% (năm 2022), tăng {x}%.", "0,89", "0,98",
                 "claim_delta", 0.98, id="a-units-two-years-with-an-arrow"),
    pytest.param("province", "Trong 27 đơn vị được đánh giá, số lượng đơn vị theo từng mức: Xuất sắc – 6 đơn vị; "
                 "Tốt – {x} đơn vị; Khá – 4 đơn vị; không có đơn vị nào xếp loại Trung bình.", "17", "18", "claim_sum",
                 27.0, id="classes-each-with-a-dash-before-its-count"),
    pytest.param("ministries", "Trong số 18 bộ, cơ quan ngang bộ có tên trong bảng xếp hạng, nhóm A, nhóm B và nhóm C lần "
                 "lượt có 1, {x} và 4 bộ, ngành.", "13", "14", "claim_sum", 18.0,
                 id="respectively-with-co-and-a-noun-after-the-last"),
    pytest.param("national", "Trong 63 tỉnh, thành phố, có 4 địa phương thuộc nhóm A (từ 90% trở lên), 50 địa phương thuộc "
                 "nhóm B (từ 80% đến dưới 90%) và 9 địa phương thuộc nhóm C (từ 70% đến dưới 80%). Các địa phương có "
                 "Chỉ số CCHC trên 80% (tổng cộng {x} địa phương) được đề nghị khen thưởng.", "54", "56", "claim_count",
                 56.0, id="a-threshold-count-in-brackets-is-no-total"),
    pytest.param("national", "Giá trị trung bình Chỉ số CCHC năm 2022 đạt 84,50%. Năm 2021, giá trị này là 83,20%. Như "
                 "vậy, chỉ số trung bình đã tăng {x}%.", "1,30", "1,03", "claim_delta", 1.03,
                 id="gia-tri-nay-is-the-average-last-year"),
    pytest.param("national", "Chỉ số trung bình của các tỉnh, thành phố là 84,50%. Mức tăng so với năm 2021 là {x}% (năm "
                 "2021: 83,20%).", "1,30", "1,03", "claim_delta", 1.03, id="a-named-change-then-last-years-value"),
    pytest.param("national", "Bình quân chung đạt 84,50%. So với năm trước, tăng {x}% (từ 83,20%).", "1,30", "1,03",
                 "claim_delta", 1.03, id="last-years-value-as-tu-in-brackets"),
    pytest.param("province", "Loại Khá năm nay có 6 đơn vị, ít hơn {x} so với năm 2021 (9).", "3", "4", "claim_delta",
                 -4.0, id="last-years-count-in-brackets-after-its-year"),
    pytest.param("province", "Loại Khá năm nay có 6 đơn vị, giảm {x} đơn vị so với năm trước (9 đơn vị).", "3", "4",
                 "claim_delta", -4.0, id="a-count-change-read-twice-is-checked-once"),
    pytest.param("national", "Điểm của Long An là 85,42%, trong khi Bến Tre đạt 90,39%, nhiều hơn {x}%.", "4,97", "4,79",
                 "claim_gap", 4.79, id="a-comparative-after-the-second-of-two-units"),
    pytest.param("national", "Kết quả của Tuyên Quang là 86,72%, trong khi Bình Dương là 85,67%, tức Tuyên Quang cao "
                 "hơn {x}%.", "1,05", "1,50", "claim_gap", 1.5, id="the-unit-named-before-the-comparative-is-its-subject"),
    pytest.param("national", "Nếu Long An đạt 89,90% thì Bến Tre chỉ đạt 84,23%, thấp hơn {x}%.", "5,67", "5,76",
                 "claim_gap", -5.76, id="a-comparative-after-a-condition"),
    pytest.param("national", "Bến Tre vượt Long An – tỉnh xếp cuối bảng – {x} điểm phần trăm (90,60% và 78,45%).",
                 "12,15", "12,51", "claim_gap", 12.51, id="compared-values-in-brackets-beside-an-extreme"),
    pytest.param("ministries", "Nhóm A (từ 90% trở lên) có {x} bộ, ngành, cụ thể:\n- Bộ Tư pháp;\n- Bộ Nội vụ;\n- Bộ Y tế."
                 "\nNhóm B có 12 bộ, ngành.", "03", "04", "claim_count", 4.0, id="members-as-bullets-below-their-count"),
    pytest.param("national", "Đắk Lắk và Yên Bái là các địa phương thuộc nhóm A (tổng số {x} địa phương).", "2", "3",
                 "claim_count", 3.0, id="members-opening-the-sentence-with-their-total-after"),
    pytest.param("national", "Trong năm 2022, Quảng Ninh, Hải Phòng; Bắc Ninh và Đồng Nai là những địa phương thuộc nhóm "
                 "A; tổng cộng {x} địa phương.", "04", "05", "claim_count", 5.0, id="members-opening-after-the-year"),
    pytest.param("ministries", "Nhóm A có {x} bộ, ngành, cụ thể:\n- Bộ Tư pháp;\n- Bộ Nội vụ;\n- Bộ Y tế.\n- Nhóm B: 12 bộ, "
                 "ngành.", "03", "04", "claim_count", 4.0, id="bullets-end-at-a-bullet-that-states-a-group"),
    pytest.param("national", "Có {x} địa phương thuộc nhóm C, trong số đó có Thanh Hóa, Cà Mau và Điện Biên.", "ba", "hai",
                 "claim_count", 2.0, id="a-list-after-trong-do-co-confirms-its-count"),
    pytest.param("ministries", "Nhóm C năm nay có 4 bộ, ngành ({x} so với năm trước, khi có 6 bộ, ngành).", "-2", "-3",
                 "claim_delta", -3.0, id="a-counts-change-signed-in-brackets"),
    pytest.param("ministries", "Năm 2021, nhóm B có 12 bộ, ngành. Năm 2022, nhóm B có 14 bộ, ngành ({x} so với năm "
                 "trước).", "+2", "+3", "claim_delta", 3.0, id="a-signed-count-change-against-last-years-count"),
    pytest.param("national", "Năm 2022, số địa phương thuộc nhóm A là ba, trong khi năm 2021 là hai; như vậy tăng {x} địa "
                 "phương.", "một", "hai", "claim_delta", 2.0, id="counts-in-words-after-la-in-a-count-sentence"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm B: 38 → 54 địa phương (tăng {x}).", "16", "15", "claim_delta", 15.0,
                 id="a-count-from-last-year-with-an-arrow"),
    pytest.param("province", "Số phiếu khảo sát: 2.312 (lãnh đạo, công chức); 1.405 (người dân, tổ chức); 1.028 (đại "
                 "biểu HĐND tỉnh); tổng số {x} phiếu.", "4.745", "4.754", "survey_count", 4754.0,
                 id="ballot-parts-each-with-its-label-in-brackets"),
    pytest.param("national", "Bình quân cả nước đạt 84,16%, năm trước là 82,77%, tăng {x} điểm phần trăm.", "1,39",
                 "1,93", "claim_delta", 1.93, id="binh-quan-is-no-province-and-last-year-in-words"),
    pytest.param("national", "Điểm trung bình của 63 tỉnh, thành phố là 84,16%, cao hơn {x}% so với mức 82,77% của năm "
                 "2021.", "1,39", "1,93", "claim_delta", 1.93, id="the-averages-population-and-its-change"),
    pytest.param("national", "Địa phương thấp nhất là Hải Dương, đạt 76,57%. Năm 2022, giá trị trung bình là 82,77%; năm "
                 "2023, con số này là 84,16%, tăng {x}%.", "1,39", "1,93", "claim_delta", 1.93,
                 id="con-so-nay-is-the-average-not-a-department"),
    pytest.param("province", "Số lượng đơn vị xếp loại Tốt tăng thêm {x} (từ 9 đơn vị năm 2022 lên 12 đơn vị năm "
                 "2023).", "3", "4", "claim_delta", 4.0, id="count-change-then-from-to-in-brackets"),
    pytest.param("province", "Năm 2023, số đơn vị xếp loại Khá là 7, giảm {x} so với con số 10 của năm 2022.", "3", "2",
                 "claim_delta", -2.0, id="count-change-against-last-years-count"),
    pytest.param("ministries", "Đối chiếu hai bộ: Bộ Tư pháp đạt 88,30%, Bộ Xây dựng đạt 79,69%; Bộ Tư pháp cao hơn "
                 "{x}%.", "8,61", "8,16", "claim_gap", 8.16, id="bare-comparative-after-two-units"),
    pytest.param("ministries", "Đối chiếu hai bộ: Bộ Tư pháp đạt 88.30%, Bộ Xây dựng đạt 79.69%; Bộ Xây dựng thấp "
                 "hơn {x}%.", "8.61", "8.16", "claim_gap", -8.16, id="bare-comparative-decimal-points"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm A có {x} tỉnh: Quảng Ninh (91,20%), Hải Phòng (90,50%) và Bắc "
                 "Ninh (90,02%).", "3", "4", "claim_count", 4.0, id="members-with-their-figures-in-brackets"),
    pytest.param("province", "Có {x} đơn vị xếp loại Xuất sắc: Sở Tư pháp đạt 91.20 điểm, Sở Y tế đạt 90.50 điểm.",
                 "2", "3", "claim_count", 3.0, id="members-with-their-figures-decimal-points"),
    # session 9: count changes whose levels stand in other clauses, brackets or words
    pytest.param("national", "Hai địa phương vào nhóm A, 55 địa phương ở nhóm B và 6 địa phương ở nhóm C. Nếu năm 2021 "
                 "nhóm A chỉ có 1 địa phương thì năm 2022 con số này là 2 (tăng {x}).", "1", "3", "claim_delta", 3.0,
                 id="count-change-after-counts-whose-labels-follow-them"),
    pytest.param("national", "Năm 2022 có 5 địa phương thuộc nhóm A và 50 địa phương thuộc nhóm B. Năm 2021 nhóm B có "
                 "44 địa phương; năm 2022 con số này là 50, tức nhiều hơn {x} địa phương.", "6", "4", "claim_delta", 4.0,
                 id="count-change-in-a-clause-that-refers-back"),
    pytest.param("province", "So với năm 2021 (12), số đơn vị xếp loại Tốt năm 2022 tăng {x}, lên 15.", "3", "5",
                 "claim_delta", 5.0, id="count-change-last-years-count-bracketed-after-its-year"),
    pytest.param("province", "Loại Khá: năm 2022 là 9 đơn vị, năm 2021 là 13 đơn vị; chênh lệch {x} đơn vị.", "4", "3",
                 "claim_delta", -3.0, id="count-change-without-its-direction"),
    pytest.param("national", "Số địa phương thuộc nhóm C giảm từ 11 địa phương (năm 2021) xuống 7 địa phương (năm 2022), "
                 "tương ứng {x} địa phương.", "4", "5", "claim_delta", -5.0, id="count-from-to-then-tuong-ung"),
    pytest.param("national", "Số địa phương thuộc nhóm A tăng {x}: từ 4 lên 6.", "hai", "ba", "claim_delta", 3.0,
                 id="count-change-in-words-before-a-colon"),
    pytest.param("ministries", "Nhóm B năm nay có 12 bộ, ngành, giảm {x} so với năm 2021 (17).", "năm", "bốn",
                 "claim_delta", -4.0, id="nam-after-a-word-of-change-is-five"),
    # averages whose last year's value or change stands apart
    pytest.param("province", "Từ 81,45% năm 2021, điểm bình quân của các cơ quan đã nhích lên 83,02% năm 2022, tức mức "
                 "tăng {x} điểm phần trăm.", "1,57", "1,75", "claim_delta", 1.75, id="average-opening-on-last-years-value"),
    pytest.param("province", "Điểm trung bình (2022: 85.12%; 2021: 84.05%) cho thấy mức cải thiện {x} điểm phần trăm.",
                 "1.07", "1.70", "claim_delta", 1.70, id="average-two-years-as-a-list-in-brackets"),
    pytest.param("province", "Điểm bình quân của các cơ quan, đơn vị tăng từ 80,10 điểm (năm 2021) lên 82,35 điểm (năm "
                 "2022), tương ứng {x} điểm.", "2,25", "2,52", "claim_delta", 2.52, id="average-from-to-then-tuong-ung"),
    pytest.param("province", "Năm 2021, Chỉ số CCHC bình quân là 81,30%; năm nay mức bình quân tăng {x} điểm phần "
                 "trăm.\nChỉ số CCHC bình quân năm 2022 của các cơ quan, đơn vị đạt 83,10%.", "1,80", "1,08",
                 "claim_delta", 1.08, id="average-change-before-this-years-average-on-the-next-line"),
    # totals and their parts
    pytest.param("ministries", "Năm 2022, {x} bộ và 1 cơ quan ngang bộ, tức 17 bộ, ngành, được xác định Chỉ số CCHC.",
                 "16", "15", "claim_total_sum", 17.0, id="parts-then-their-sum-after-tuc"),
    pytest.param("ministries", "Trong số 17 bộ, ngành được đánh giá năm 2022, {x} là cơ quan ngang bộ, còn lại 13 là "
                 "bộ.", "4", "3", "claim_total_sum", 17.0, id="the-whole-first-then-con-lai"),
    pytest.param("province", "Tổng số đơn vị (31) được chia thành hai khối: {x} sở, ban, ngành và 12 UBND cấp huyện.",
                 "19", "18", "claim_total_sum", 31.0, id="total-in-brackets-after-tong-so"),
    pytest.param("national", "Tham gia đánh giá năm 2022 có 63 địa phương; trong số đó, tỉnh chiếm {x}, thành phố trực "
                 "thuộc Trung ương chiếm 5.", "58", "57", "claim_total_sum", 63.0, id="the-whole-then-trong-so-do-chiem"),
    pytest.param("province", "Trong 31 cơ quan, đơn vị được chấm điểm năm 2022 có {x} sở, ngành và 13 UBND cấp huyện.",
                 "18", "17", "claim_total_sum", 31.0, id="trong-the-whole-then-its-kinds"),
    pytest.param("ministries", "Kết quả năm 2022 được xác định cho 19 bộ, ngành, trong đó bộ là {x}, cơ quan ngang bộ là "
                 "3.", "16", "15", "claim_total_sum", 19.0, id="the-whole-after-cho-then-its-breakdown"),
    pytest.param("province", "Bình quân các cơ quan, đơn vị: 86,43 điểm ({x} điểm so với năm 2021, khi đạt 84,92 điểm).",
                 "+1,51", "+1,15", "claim_delta", 1.15, id="last-years-value-after-so-voi-nam-khi-dat"),
    # a unit's two levels and its change in one sentence, in any order (claim_unit_change)
    pytest.param("province", "Đáng chú ý là Sở Tư pháp: từ 83,50% ở năm 2021, Chỉ số CCHC năm 2022 vươn lên 85,29%, tương "
                 "ứng mức tăng {x} điểm phần trăm.", "1,79", "1,97", "claim_delta", 1.97, id="unit-from-level-then-level"),
    pytest.param("province", "Với {x} điểm phần trăm, Sở Y tế vươn lên mức 79,81% từ 79,24%.", "+0,57", "+0,75",
                 "claim_delta", 0.75, id="unit-change-first-then-to-from"),
    pytest.param("province", "Năm 2021 đạt 78,60%, năm nay Sở Xây dựng vươn lên 81,11% – tăng {x} điểm phần trăm.",
                 "2,51", "2,15", "claim_delta", 2.15, id="unit-last-year-then-nam-nay"),
    pytest.param("province", "Sở Tài chính ghi nhận mức tăng {x} điểm phần trăm, lên 84,02% từ mức 82,59% của năm ngoái.",
                 "1,43", "1,34", "claim_delta", 1.34, id="unit-change-then-to-from-last-year"),
    pytest.param("province", "Một số đơn vị tăng điểm so với năm 2021, như UBND huyện Kim Thành (82,79 điểm → 86,92 điểm; "
                 "{x} điểm).", "+4,13", "+4,31", "claim_delta", 4.31, id="unit-levels-with-an-arrow"),
    # rank moves and extremes in other words
    pytest.param("national", "Hà Giang đánh rơi {x} bậc, từ hạng 47 năm 2021 xuống hạng 52 năm 2022.", "năm", "bốn",
                 "claim_rank", -4.0, id="rank-move-danh-roi-in-words"),
    pytest.param("ministries", "Một bậc là mức {x} thứ hạng của Bộ Xây dựng: từ thứ 8 năm 2021 lên thứ 7/18 năm 2022.",
                 "tăng", "giảm", "claim_rank", -1.0, id="rank-move-named-before-its-direction"),
    pytest.param("national", "Từ vị trí 51 năm ngoái, Lào Cai rơi {x} bậc, xuống vị trí 55/63.", "4", "3", "claim_rank",
                 -3.0, id="rank-move-the-rank-in-the-next-clause"),
    pytest.param("national", "Năm 2022, Ninh Bình giữ vị trí dẫn đầu với 90,95%. Thấp hơn tất cả các địa phương còn lại, "
                 "Thanh Hóa chỉ đạt 75,94%.\nKhoảng cách giữa Ninh Bình và Thanh Hóa (cao nhất và thấp nhất) là {x} "
                 "điểm phần trăm.", "15,01", "15,10", "claim_gap", 15.10, id="lowest-as-thap-hon-tat-ca"),
    pytest.param("national", "Hưng Yên dẫn đầu với 90,67%, Hà Nam đứng cuối với 75,44%.\nNăm 2021, nhóm C có tới 26 "
                 "địa phương; năm nay con số này là 8. Đầu bảng và cuối bảng chênh nhau {x}%.", "15.23", "15.32",
                 "claim_gap", 15.32, id="extremes-gap-after-an-earlier-years-sentence"),
    pytest.param("national", "So với Bạc Liêu (85,08%), Hải Dương có kết quả cao hơn {x} điểm phần trăm, đạt 85,31%.",
                 "0,23", "0,32", "claim_gap", 0.32, id="comparison-whose-subjects-value-follows-it"),
    pytest.param("province", "Văn phòng UBND tỉnh và UBND huyện Kim Thành lần lượt đạt 88,96 điểm và 83,28 điểm, cách "
                 "nhau {x} điểm.", "5,68", "5,86", "claim_gap", 5.86, id="two-units-values-lan-luot"),
    # a unit's change whose levels stand apart
    pytest.param("province", "Năm 2021, kết quả của UBND huyện Kim Thành là 82,46%.\nCác sở, ban, ngành tiếp tục cải "
                 "thiện.\nUBND huyện Kim Thành đạt 82,92% ({x} điểm so với năm 2021).", "+0,46", "+0,64", "claim_delta",
                 0.64, id="a-districts-change-against-its-value-stated-lines-before"),
    pytest.param("province", "Giảm {x} điểm so với năm trước, UBND huyện Nam Sách hiện đạt 83,66 điểm (năm 2021: 84,51 "
                 "điểm).", "0,85", "0,58", "claim_delta", -0.58, id="change-first-then-the-unit-and-last-years-value"),
    pytest.param("province", "Sở Xây dựng là đơn vị có sự cải thiện đáng chú ý. Năm 2022, đơn vị này đạt 80,63%, cao "
                 "hơn năm 2021 (76,76%) {x} điểm phần trăm.", "3,87", "3,78", "claim_delta", 3.78,
                 id="don-vi-nay-after-a-sentence-that-introduces-the-unit"),
    pytest.param("province", "Sở Tư pháp; Sở Y tế và UBND huyện Kim Thành là {x} đơn vị xếp loại Xuất sắc năm 2022.",
                 "ba", "bốn", "claim_count", 4.0, id="a-list-of-units-then-their-count"),
    # session 10: constructions of the sealed set (diagnosed), written anew
    pytest.param("province", "Năm 2022 có 27 đơn vị được đánh giá. Loại Tốt (từ 85% đến dưới 95%): 14 đơn vị; loại Khá "
                 "(từ 75% đến dưới 85%): 13 đơn vị. Toàn tỉnh có {x} đơn vị đạt từ 85% trở lên.", "14", "15",
                 "claim_count", 15.0, id="threshold-over-bounded-groups-that-hold-every-unit"),
    pytest.param("province", "Năm 2022, Chỉ số CCHC được xác định cho 30 cơ quan, đơn vị. Loại Tốt có 23 đơn vị, loại "
                 "Xuất sắc có 7 đơn vị. Ngưỡng 80 điểm đã được {x} đơn vị vượt qua. Kết quả thấp nhất thuộc về UBND "
                 "huyện Kim Thành, với 81,41 điểm.", "30", "29",
                 "claim_count", 29.0, id="threshold-below-the-lowest-is-every-unit"),
    pytest.param("national", NATIONAL_LEAD + "Tiền Giang rớt {x} hạng, từ vị trí 17 xuống vị trí 52/63.", "35", "34",
                 "claim_rank", -34.0, id="rot-hang-from-to"),
    pytest.param("ministries", "Trong 17 bộ, cơ quan ngang bộ, Bộ Xây dựng xếp thứ mười hai, tăng {x} bậc so với năm liền "
                 "kề, khi xếp thứ mười lăm.", "ba", "hai", "claim_rank", 2.0, id="ranks-in-words-last-year-after-khi"),
    pytest.param("ministries", "Thứ hạng của Bộ Y tế: 12/18, tăng {x} bậc (năm ngoái xếp 13).", "1", "2", "claim_rank",
                 2.0, id="last-years-rank-in-brackets-after-xep"),
    pytest.param("national", NATIONAL_LEAD + "Tuyên Quang cao hơn Quảng Ninh {x}% (tương ứng 86,22% và 81,40%).",
                 "4,82", "4,28", "claim_gap", 4.28, id="comparison-with-both-levels-after-tuong-ung"),
    pytest.param("province", "So sánh Sở Tư pháp với UBND huyện Kim Thành: 88,93% và 79,96%, chênh lệch {x} điểm phần "
                 "trăm.", "8,97", "9,87", "claim_gap", 9.87, id="so-sanh-two-units-their-levels-and-the-gap"),
    pytest.param("province", "19 sở, ban, ngành và 10 UBND cấp huyện, tổng số {x} đơn vị, đã được thẩm định kết quả tự "
                 "đánh giá.", "29", "28", "claim_total_sum", 28.0, id="parts-then-tong-so-without-la"),
    pytest.param("ministries", "Trong số {x} bộ, ngành, bộ chiếm 16, cơ quan ngang bộ chiếm 2.", "18", "19",
                 "claim_total_sum", 19.0, id="whole-first-then-parts-after-chiem"),
    pytest.param("province", "Tổng số 31 đơn vị được đánh giá. 7 đơn vị giảm điểm và {x} đơn vị tăng điểm – đó là kết quả "
                 "so sánh với năm 2021.", "24", "25", "claim_sum", 32.0, id="risers-fallers-so-sanh-voi-is-no-their-year"),
    pytest.param("ministries", "Năm 2022, Bộ Nội vụ đánh giá 17 bộ, ngành. So với cùng kỳ, số bộ, ngành tăng điểm là {x}, "
                 "giảm điểm là 6.", "11", "12", "claim_sum", 18.0, id="so-bo-nganh-tang-diem-la-after-so-voi"),
    pytest.param("ministries", "Nhóm A có 3 bộ. Thuộc nhóm B năm 2022 có 13 bộ, ngành; năm 2021 có 11; tăng {x}.", "02",
                 "03", "claim_delta", 3.0, id="bare-last-year-count-in-a-one-group-sentence"),
    pytest.param("national", "Nhóm A có 5 địa phương. Năm 2021, có 44 địa phương thuộc nhóm B. Đến năm 2022, số lượng đã "
                 "tăng lên 52, nhiều hơn {x} địa phương.", "8", "9", "claim_delta", 9.0, id="so-luong-da-tang-len"),
    pytest.param("ministries", "Có tên trong nhóm C là Bộ Ngoại giao; Bộ Nội vụ; Bộ Công Thương và Bộ Kế hoạch và Đầu tư "
                 "– tổng cộng {x} bộ, ngành.", "4", "5", "claim_count", 5.0, id="a-list-closed-by-tong-cong-its-count"),
    pytest.param("ministries", "Mức trung bình năm 2022 đạt 83,15% – cao hơn {x}% so với năm 2021, khi chỉ số bình quân "
                 "dừng ở 81,52%.", "1,63", "1,36", "claim_delta", 1.36, id="last-years-average-after-khi-dung-o"),
    pytest.param("province", "Tính bình quân, mỗi đơn vị đạt 83,79% trong năm 2022; mức này cao hơn năm trước (82,33%) là "
                 "{x} điểm phần trăm.", "1,46", "1,64", "claim_delta", 1.64, id="cao-hon-nam-truoc-bracketed-value"),
    pytest.param("province", "Ở chiều tăng, Sở Y tế ghi nhận {x}% (năm 2022: 81,12%, năm 2021: 79,50%).", "1,62", "1,26",
                 "claim_delta", 1.26, id="a-change-then-two-labelled-years-in-brackets"),
    pytest.param("province", "Nhóm A gồm 3 đơn vị. Nhóm C có 08 đơn vị (giảm {x} đơn vị so với năm trước, khi có 12 đơn "
                 "vị).", "04", "05", "claim_delta", -5.0, id="last-years-count-after-khi-co"),
    pytest.param("province", "Đơn vị thấp nhất là UBND huyện Kim Thành, đạt 76,91 điểm; đơn vị này cần khắc phục. Kết quả "
                 "của Sở Y tế tăng từ 87,70 điểm năm 2021 lên 89,38 điểm năm 2022; mức tăng là {x} điểm.", "1,68",
                 "1,86", "claim_delta", 1.86, id="a-from-to-with-years-after-don-vi-nay"),
    pytest.param("national", NATIONAL_LEAD + "Chỉ số CCHC của Hải Phòng là 85,38%, của Tiền Giang là 81,88%; như vậy Hải "
                 "Phòng cao hơn {x} điểm phần trăm.", "3,50", "3,05", "claim_gap", 3.05, id="cua-a-la-x-cua-b-la-y"),
    pytest.param("national", "Năm 2021, Chỉ số CCHC bình quân là 81,07%; năm nay mức bình quân tăng {x} điểm phần trăm.\n"
                 "Các tỉnh, thành phố được đánh giá đầy đủ. Chỉ số CCHC bình quân năm 2022 của các tỉnh, thành phố "
                 "đạt 82,90%.", "1,83", "1,38", "claim_delta", 1.38, id="the-averages-change-and-this-years-average-apart"),
    pytest.param("national", NATIONAL_LEAD + "Tổng số {x} phiếu khảo sát, chia theo đối tượng:\n+ Lãnh đạo, quản lý các "
                 "cấp: 7.613 phiếu\n+ Người dân, tổ chức: 9.408 phiếu\nKết quả được công bố.", "17.021", "17.012",
                 "survey_count", 17012.0, id="ballots-chia-theo-doi-tuong-then-items"),
    pytest.param("province", "Năm 2022, {x} đơn vị đạt từ 70% đến dưới 80% là: Sở Nông nghiệp và Phát triển nông thôn; "
                 "Sở Giao thông vận tải.", "2", "3", "claim_count", 3.0, id="a-list-after-the-bounds-of-its-count"),
    pytest.param("national", "Năm 2022, Bộ Nội vụ đánh giá 50 tỉnh, thành phố. Số địa phương tăng điểm ({x}) nhiều hơn "
                 "số địa phương giảm điểm (16) so với năm 2021.", "34", "35", "claim_sum", 51.0,
                 id="risers-and-fallers-in-brackets-after-their-nouns"),
    pytest.param("ministries", "Năm 2022, Bộ Nội vụ đánh giá 19 bộ, ngành. Kết quả năm 2022 của 14 bộ, ngành cao hơn năm "
                 "2021, của {x} bộ, ngành thấp hơn năm 2021.", "5", "6", "claim_sum", 20.0,
                 id="risers-and-fallers-cao-hon-thap-hon-nam"),
    pytest.param("ministries", "Năm 2022, Bộ Nội vụ đánh giá 17 bộ, ngành. Về biến động so với năm 2021: mười sáu bộ, "
                 "ngành tăng, {x} bộ, ngành giảm.", "một", "hai", "claim_sum", 18.0, id="risers-and-fallers-bare-direction"),
    pytest.param("national", NATIONAL_LEAD + "Chỉ số CCHC của 31 địa phương (trong số 63) cao hơn mức bình quân chung. "
                 "Có 45 địa phương tăng điểm và {x} địa phương giảm điểm.", "18", "19", "claim_sum", 64.0,
                 id="a-count-with-its-whole-in-brackets-is-no-whole"),
    pytest.param("province", "Phiếu của lãnh đạo, quản lý các cấp: 1.310; phiếu của người dân, doanh nghiệp: 2.450. Tổng "
                 "cộng: {x} phiếu.", "3.760", "3.670", "survey_count", 3670.0, id="quan-ly-is-no-quan-district"),
    pytest.param("national", NATIONAL_LEAD + "Bình Định đứng cuối với 78,10%. Từ vị trí 40 năm 2021, Cà Mau tụt {x} bậc, "
                 "xuống vị trí 45/63.", "5", "4", "claim_rank", -4.0, id="the-unit-named-between-two-ranks"),
    pytest.param("province", "UBND huyện Kim Thành đạt 92,15/100 điểm, cao nhất toàn tỉnh. Thấp nhất là Sở Xây dựng với "
                 "78,40 điểm. Hai đơn vị cách nhau {x} điểm.", "13,75", "13,57", "claim_gap", 13.57,
                 id="a-score-over-its-maximum"),
    pytest.param("national", NATIONAL_LEAD + "Quảng Ninh tiếp tục giữ ngôi đầu. Địa phương này đạt 91,20%. Đứng cuối là "
                 "Sóc Trăng với 75,05%. Khoảng cách giữa hai đầu bảng là {x} điểm phần trăm.", "16,15", "16,51",
                 "claim_gap", 16.51, id="the-first-place-then-its-figure-in-the-next-sentence"),
    pytest.param("province", "Khoảng cách giữa Sở Tư pháp (88,12 điểm) và UBND huyện Gia Lộc (85,70 điểm) là {x} điểm.",
                 "2,42", "2,24", "claim_gap", 2.24, id="a-gap-between-two-bracketed-levels"),
    pytest.param("province", "Sở Công Thương đạt 86,55 điểm. Con số này cao hơn {x} điểm so với Sở Y tế (84,90 điểm).",
                 "1,65", "1,56", "claim_gap", 1.56, id="con-so-nay-compared-with-another-unit"),
    pytest.param("national", NATIONAL_LEAD + "Kiên Giang (38/63) đánh mất {x} bậc so với năm 2021, khi xếp thứ 30.",
                 "8", "9", "claim_rank", -9.0, id="a-place-in-brackets-after-the-name-then-danh-mat"),
    pytest.param("national", NATIONAL_LEAD + "Về vị trí thấp nhất: Cà Mau (80,10%). Điểm số 91,20% của Hải Phòng cao hơn "
                 "điểm số 80,10% của Cà Mau đúng {x} điểm phần trăm.", "11,10", "11,01", "claim_gap", 11.01,
                 id="a-figure-then-cua-and-the-unit-it-belongs-to"),
    pytest.param("national", NATIONAL_LEAD + "So với cùng kỳ, chỉ số bình quân tăng {x} điểm phần trăm và đạt 83,50% (cùng "
                 "kỳ năm 2021: 82,30%).", "1,20", "1,02", "claim_delta", 1.02, id="last-years-average-after-cung-ky-nam"),
    pytest.param("national", NATIONAL_LEAD + "Đặt cạnh Long An với 88,40%, Bạc Liêu chỉ có 80,15%, thấp hơn {x}%.", "8,25",
                 "8,52", "claim_gap", -8.52, id="dat-canh-a-unit-is-no-earlier-year"),
    pytest.param("ministries", "Cao hơn Bộ Nông nghiệp và Phát triển nông thôn {x}%, Bộ Y tế đạt 85,51% (trong khi Bộ Nông "
                 "nghiệp và Phát triển nông thôn đạt 79,15%).", "6,36", "6,63", "claim_gap", 6.63,
                 id="nong-thon-ends-in-no-hon"),
    pytest.param("province", "Năm 2022, tỉnh đánh giá 27 đơn vị. Trong số đó, 15 đơn vị đạt loại Tốt (Chỉ số từ 85% đến dưới "
                 "95%), {x} đơn vị đạt loại Khá (Chỉ số từ 75% đến dưới 85%).", "12", "13", "claim_sum", 28.0,
                 id="each-class-with-its-bounds-in-brackets"),
    pytest.param("province", "Loại Tốt năm nay có 12 đơn vị, tăng {x} so với cùng kỳ.\n\nNăm ngoái, số đơn vị đạt loại Tốt là "
                 "mười.", "hai", "ba", "claim_delta", 3.0, id="last-years-count-in-words-in-another-paragraph"),
    pytest.param("province", "Danh sách đơn vị xếp loại Xuất sắc (số lượng: {x}): Sở Nội vụ.", "1", "2", "claim_count", 2.0,
                 id="so-luong-in-brackets-counts-the-list"),
    pytest.param("national", NATIONAL_LEAD + "Năm 2022 có 3 địa phương đạt từ 90% trở lên, giảm {x} địa phương so với cùng kỳ "
                 "(4 địa phương).", "1", "2", "claim_delta", -2.0, id="the-change-of-a-count-above-a-bound"),
    pytest.param("ministries", "Năm nay, nhóm C mất đi {x} bộ, ngành, hiện có 3.\n\nNăm 2021, nhóm C có 5 bộ, ngành.", "2", "1",
                 "claim_delta", -1.0, id="mat-di-then-hien-co-and-last-years-count-apart"),
    pytest.param("national", NATIONAL_LEAD + "Ở nhóm A năm 2022: năm địa phương; năm 2021: 2 địa phương – tăng {x}.", "ba", "hai",
                 "claim_delta", 2.0, id="a-classs-counts-by-year-then-the-change"),
    pytest.param("ministries", "Điểm của Bộ Tư pháp năm 2022 là 85,58%, cao hơn điểm của Bộ Y tế là 82,52%; mức chênh lệch: "
                 "{x}%.", "3,06", "3,60", "claim_gap", 3.6, id="cao-hon-the-others-level-then-the-gap"),
    pytest.param("ministries", "Cùng được xếp hạng năm 2022, Bộ Tư pháp đạt 87,71% còn Bộ Y tế đạt 86,01%; Bộ Tư pháp hơn "
                 "{x} điểm phần trăm.", "1,70", "1,07", "claim_gap", 1.07, id="a-name-then-hon-compares"),
    pytest.param("province", "13 UBND huyện, thị xã, thành phố và {x} sở, cơ quan ngang sở: đó là 32 đơn vị có tên trên bảng "
                 "xếp hạng năm 2022.", "19", "18", "claim_total_sum", 32.0, id="the-parts-then-do-la-their-sum"),
    pytest.param("province", "Cơ cấu: 17 sở, cơ quan ngang sở + {x} UBND huyện, thành phố = 25 đơn vị.", "8", "9",
                 "claim_total_sum", 25.0, id="parts-plus-parts-equals-the-sum"),
    pytest.param("national", "Năm 2022, Bộ Nội vụ đánh giá 58 tỉnh cùng {x} thành phố trực thuộc Trung ương (63 địa phương).",
                 "05", "06", "claim_total_sum", 63.0, id="parts-joined-by-cung-then-the-sum-in-brackets"),
    pytest.param("national", "Với 58 tỉnh và {x} thành phố trực thuộc Trung ương, tổng số địa phương thuộc phạm vi thẩm định "
                 "năm 2022 là 63.", "5", "6", "claim_total_sum", 63.0, id="tong-so-with-a-year-before-its-figure"),
    pytest.param("national", NATIONAL_LEAD + "Hòa Bình leo {x} bậc – năm nay xếp thứ 40/63, năm ngoái thứ 42.", "hai", "ba",
                 "claim_rank", 3.0, id="last-years-rank-after-nam-ngoai-in-the-moves-tail"),
    pytest.param("ministries", "Năm nay Bộ Xây dựng đứng thứ 16/18.\n\nBộ Tư pháp đạt 88,10%.\n\nNăm 2021, Bộ Xây dựng đứng thứ "
                 "11; như vậy bộ này đã giảm {x} bậc.", "5", "4", "claim_rank", -4.0,
                 id="a-move-after-last-years-rank-and-this-years-rank-apart"),
    pytest.param("ministries", "Thứ hạng Bộ Công Thương giảm {x} bậc: năm ngoái 5, năm nay 7/17.", "2", "3", "claim_rank",
                 -3.0, id="ranks-labelled-by-year-words-after-the-move"),
    pytest.param("ministries", "Thứ hạng của Bộ Y tế bị giảm {x} bậc: năm 2021 là 7, năm 2022 là 10/17.", "3", "2",
                 "claim_rank", -2.0, id="ranks-labelled-by-years-after-the-move"),
    pytest.param("national", NATIONAL_LEAD + "Ai đứng đầu? Câu trả lời là Nam Định, với 92,57%. Ai đứng cuối? Đó là Thanh Hóa, "
                 "với 76,54%. Đầu bảng hơn cuối bảng bao nhiêu? Câu trả lời: {x}%.", "16,03", "16,30", "claim_gap", 16.3,
                 id="questions-and-their-answers"),
    pytest.param("national", NATIONAL_LEAD + "Với 92,80%, Quảng Ninh vượt qua tất cả để xếp số một. Hà Giang khép lại bảng xếp "
                 "hạng với 77,90%. Điểm của đơn vị đứng đầu hơn điểm của đơn vị đứng cuối {x}%.", "14,90", "14,09",
                 "claim_gap", 14.09, id="the-extremes-in-the-clause-after-their-figure"),
    pytest.param("national", NATIONAL_LEAD + "Mặt bằng chung có được cải thiện? Giá trị trung bình năm nay là 85,04%, so với "
                 "83,38% của năm 2021 ({x} điểm phần trăm).", "+1,66", "+1,56", "claim_delta", 1.56,
                 id="a-signed-change-in-brackets-after-the-year-is-no-level"),
    pytest.param("province", "Trung bình cộng điểm số của các cơ quan, đơn vị năm 2022 dừng ở 85,34 điểm, cao hơn cùng kỳ {x} "
                 "điểm.\n\nTrước đó, năm 2021, điểm trung bình là 83,79 điểm.", "1,55", "1,45", "claim_delta", 1.45,
                 id="cao-hon-cung-ky-then-the-change"),
    pytest.param("national", NATIONAL_LEAD + "Số địa phương thuộc nhóm A: {x}; danh sách: Bình Phước; Hải Phòng; Cà Mau; Đắk "
                 "Nông.", "04", "03", "claim_count", 3.0, id="a-count-then-danh-sach-and-its-list"),
    pytest.param("ministries", "Đợt đánh giá năm 2022 gồm 16 bộ và {x} cơ quan ngang bộ; tính chung 18 bộ, ngành.", "2", "3",
                 "claim_total_sum", 18.0, id="tinh-chung-is-no-about"),
    pytest.param("ministries", "Những bộ, ngành nào thuộc nhóm C? Đó là Bộ Thông tin và Truyền thông, tổng cộng {x} bộ, ngành.",
                 "1", "2", "claim_count", 2.0, id="a-question-names-the-class-its-answer-lists"),
    pytest.param("national", "Năm 2022, nhóm A có 7 địa phương, nhóm B có 49 địa phương, nhóm C có 7 địa phương. Điểm từ 80% "
                 "trở lên: {x} địa phương, gồm các địa phương thuộc nhóm A và thuộc nhóm B.", "56", "57", "claim_count", 57.0,
                 id="a-threshold-count-made-of-the-groups-it-names"),
    pytest.param("province", "Theo bảng tổng hợp xếp loại năm 2022: Xuất sắc – 3; Tốt – {x}; Khá – 9; cộng 30.", "18", "19",
                 "claim_sum", 31.0, id="classes-with-dashed-counts-and-their-sum"),
    pytest.param("province", "Bảng phân loại năm 2022: Xuất sắc 04, Tốt {x}, Khá 06 (tổng 26 đơn vị).", "16", "17",
                 "claim_sum", 27.0, id="bare-class-names-each-before-its-count"),
    pytest.param("province", "Năm 2022, trong số 24 đơn vị có 5 đạt loại Xuất sắc; còn lại {x} đạt loại Tốt.", "19", "20",
                 "claim_sum", 25.0, id="a-count-with-no-noun-before-dat-loai"),
    pytest.param("national", NATIONAL_LEAD + "Phân nhóm: Nhóm A 3 – Nhóm B {x} – Nhóm C 6.", "54", "55", "claim_sum", 64.0,
                 id="groups-and-counts-joined-by-dashes"),
    pytest.param("national", NATIONAL_LEAD + "Trong 63 địa phương: bốn thuộc nhóm A; {x} thuộc nhóm B; năm thuộc nhóm C. "
                 "Thấp nhất là Cao Bằng với 76,12%.", "54", "53", "claim_sum", 62.0,
                 id="number-words-before-thuoc-and-no-group-under-the-lowest"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm A có 3 địa phương, nhóm B có 52 địa phương, nhóm C có 8 địa phương. Có {x} "
                 "địa phương đạt trên 80%.", "55", "57", "claim_count", 57.0, id="a-threshold-on-the-ministrys-grouping"),
    pytest.param("province", "Năm 2022, Sở Tư pháp dẫn đầu với 93,10 điểm; Sở Y tế đứng cuối với 77,60 điểm. So với Sở Y tế, Sở "
                 "Tư pháp có kết quả cao hơn {x} điểm.", "15,50", "15,05", "claim_gap", 15.05,
                 id="so-voi-the-other-unit-first-then-the-subject"),
    pytest.param("national", NATIONAL_LEAD + "Quảng Ninh đứng đầu (93,50%), Cao Bằng đứng cuối (76,25%). Từ Quảng Ninh đến Cao "
                 "Bằng, điểm số trải dài trên một khoảng {x}%.", "17,25", "17,52", "claim_gap", 17.52,
                 id="a-range-from-one-unit-to-another"),
    pytest.param("ministries", "Năm 2022, điểm số cao nhất (91,20%) là của Bộ Tư pháp; điểm số thấp nhất (78,05%) thuộc về Bộ "
                 "Y tế. Mức chênh giữa Bộ Tư pháp và Bộ Y tế là {x}%.", "13,15", "13,51", "claim_gap", 13.51,
                 id="extremes-owned-after-their-bracketed-figure"),
    pytest.param("national", NATIONAL_LEAD + "Đứng trên cùng bảng điểm là Quảng Ninh (93,50%). Cao Bằng có điểm thấp nhất, "
                 "76,25%. Chênh lệch giữa hai địa phương này là {x}%.", "17,25", "17,35", "claim_gap", 17.35,
                 id="tren-cung-bang-diem"),
    pytest.param("national", NATIONAL_LEAD + "Quảng Ninh đứng đầu với 93,50%, Cao Bằng đứng cuối với 76,25%. Nhóm A (2):\n"
                 "• Quảng Ninh\n• Hải Phòng\n{x}% – khoảng cách giữa Quảng Ninh và Cao Bằng.", "17,25", "17,52", "claim_gap",
                 17.52, id="a-figure-opening-the-line-after-a-list-item"),
    pytest.param("province", "Năm 2022, Sở Nội vụ dẫn đầu với 95,10%. So sánh Sở Nội vụ với Sở Y tế: 95,10% và 78,20%, chênh "
                 "{x} điểm phần trăm.", "16,90", "16,09", "claim_gap", 16.09, id="two-units-then-their-two-levels-in-order"),
    pytest.param("ministries", "Bộ Tư pháp đạt 90,12%, Bộ Công Thương đạt 80,02%, hơn kém 10,10 điểm phần trăm. Bộ Tài chính "
                 "năm nay được bao nhiêu điểm? 86,40%, so với 84,30% năm ngoái – tăng {x} điểm phần trăm.", "2,10", "2,01",
                 "claim_delta", 2.01, id="a-question-about-a-unit-and-its-answer"),
    pytest.param("national", "Năm 2022, có 63 địa phương được đánh giá: tỉnh 58; thành phố trực thuộc Trung ương {x}.", "5",
                 "6", "claim_total_sum", 63.0, id="kinds-of-units-with-their-counts-are-no-member-list"),
    pytest.param("province", "Bớt 2 đơn vị so với năm 2021: loại Trung bình năm nay có 1, năm trước {x}.", "3", "4",
                 "claim_delta", -2.0, id="a-class-count-labelled-by-its-years"),
    pytest.param("province", "So với cùng kỳ, số đơn vị đạt loại Tốt năm 2022 tăng 3, hiện là 17 (cùng kỳ: {x}).", "14", "15",
                 "claim_delta", 3.0, id="last-years-count-labelled-cung-ky-in-brackets"),
    pytest.param("national", NATIONAL_LEAD + "Tăng điểm: 41 – giảm điểm: {x} (so với năm 2021).", "22", "23", "claim_sum", 64.0,
                 id="units-that-rose-and-fell-as-labels"),
    pytest.param("ministries", "Năm 2022, Bộ Nội vụ đánh giá, xếp hạng 17 bộ, cơ quan ngang bộ. Theo bảng so sánh kết quả với năm 2021, số bộ, ngành "
                 "tăng điểm là 10, giảm điểm là {x}.", "7", "8", "claim_sum", 18.0, id="so-sanh-ket-qua-voi-names-the-earlier-year"),
    pytest.param("ministries", "Năm 2022, Bộ Nội vụ đánh giá, xếp hạng 17 bộ, cơ quan ngang bộ. Năm nay, số bộ, ngành tăng điểm là mười hai, số giảm "
                 "điểm là {x}.", "năm", "sáu", "claim_sum", 18.0, id="words-for-the-counts-that-rose-and-fell"),
    pytest.param("ministries", "Năm 2022 có 19 bộ, ngành được đánh giá.\nĐối tượng xếp hạng:\n• Bộ: 16\n• Cơ quan ngang bộ: "
                 "{x}\n• Tổng cộng: 19 bộ, ngành", "3", "4", "claim_total_sum", 19.0, id="items-closing-on-their-total"),
    pytest.param("national", "Năm 2022, 63 địa phương được đánh giá gồm tỉnh (58) và thành phố trực thuộc Trung ương ({x}).",
                 "5", "6", "claim_total_sum", 63.0, id="counts-in-brackets-after-their-nouns"),
    pytest.param("national", "Năm 2022, với 63 địa phương được xếp hạng, tỉnh là 58, còn lại {x} thành phố trực thuộc Trung "
                 "ương.", "5", "4", "claim_total_sum", 63.0, id="a-comma-then-a-noun-and-its-count"),
    pytest.param("ministries", "Năm 2022, 16 bộ cùng {x} cơ quan ngang bộ làm nên danh sách 18 bộ, ngành được chấm điểm.", "2",
                 "3", "claim_total_sum", 18.0, id="parts-that-make-up-the-list"),
    pytest.param("ministries", "Điểm của Bộ Y tế năm 2022 là 84,90% ({x} điểm phần trăm so với năm 2021 – 88,54%).", "-3,64",
                 "-3,46", "claim_delta", -3.46, id="last-years-level-after-a-dash-in-brackets"),
    pytest.param("national", NATIONAL_LEAD + "Tại Đà Nẵng, kết quả năm nay là 80,66%; con số năm trước là 84,59%; mức giảm {x}%.",
                 "3,93", "3,39", "claim_delta", -3.39, id="con-so-nam-truoc-la"),
    pytest.param("national", NATIONAL_LEAD + "Theo bảng tổng hợp, dòng “Giá trị trung bình” ghi 86,07% ở cột năm 2022 và 83,95% ở "
                 "cột năm 2021, tức tăng {x} điểm phần trăm.", "2,12", "2,21", "claim_delta", 2.21, id="levels-labelled-by-their-columns"),
    pytest.param("national", NATIONAL_LEAD + "{x} bậc là mức tăng thứ hạng của Hòa Bình (từ 18 lên 15/63).", "3", "4", "claim_rank",
                 4.0, id="the-move-first-then-its-ranks-in-brackets"),
    pytest.param("national", NATIONAL_LEAD + "So với năm 2021, Bến Tre tăng {x} bậc (từ thứ 41 lên thứ mười sáu trong 63 địa "
                 "phương).", "25", "24", "claim_rank", 24.0, id="ranks-in-words-after-tu-thu-and-len-thu"),
    pytest.param("province", "Năm 2022, Sở Tư pháp: hạng 9/28 (↑ {x} bậc so với hạng 10 năm ngoái).", "1", "2", "claim_rank", 2.0,
                 id="an-arrow-for-the-move-and-so-voi-last-years-rank"),
    pytest.param("ministries", "Vị trí của Bộ Tư pháp trong bảng xếp hạng 17 bộ, ngành năm 2022 là 15, cao hơn {x} bậc so với năm "
                 "2021 (hạng 17).", "2", "3", "claim_rank", 3.0, id="vi-tri-cua-a-unit-is-its-rank"),
    pytest.param("province", "Năm 2022, so sánh Sở Y tế và Sở Tài chính:\n- Sở Y tế: 90,15%;\n- Sở Tài chính: 80,37%;\n- Chênh "
                 "lệch: {x}%.", "9,78", "9,87", "claim_gap", 9.87, id="a-dashed-comparison"),
    pytest.param("province", "{x} đơn vị xếp loại Xuất sắc năm 2022 là những ai? Đó là Sở Tư pháp, Sở Y tế và Sở Nội vụ.", "3",
                 "4", "claim_count", 4.0, id="who-are-they-and-the-answer-lists-them"),
    pytest.param("national", "Thuộc nhóm A năm 2022 có Cà Mau, Đắk Nông; Bắc Kạn và Hải Dương, tổng cộng {x} địa phương.", "04",
                 "05", "claim_count", 5.0, id="a-group-has-then-its-list-then-the-count"),
    pytest.param("province", "Bớt 2 đơn vị so với năm 2021: loại Tốt năm nay có 12, năm trước {x}.", "14", "15", "claim_delta",
                 -2.0, id="a-change-then-a-class-this-year-and-last"),
    pytest.param("national", NATIONAL_LEAD + "Bao nhiêu địa phương thuộc nhóm A? Câu trả lời là 3; nhóm B có 52 và nhóm C có {x}.",
                 "8", "9", "claim_sum", 64.0, id="cau-tra-loi-la-a-count"),
    pytest.param("ministries", "Năm 2022 có 17 bộ, ngành được đánh giá, trong đó 12 bộ, ngành tăng điểm, {x} bộ, ngành giảm điểm.",
                 "5", "6", "claim_sum", 18.0, id="units-assessed-then-those-that-rose-and-fell"),
    pytest.param("national", NATIONAL_LEAD + "Khoảng cách giữa địa phương cao nhất (Quảng Ninh, 93,50%) và thấp nhất (Cao Bằng, "
                 "76,25%) là {x} điểm phần trăm.", "17,25", "17,52", "claim_gap", 17.52, id="extremes-named-in-the-gaps-brackets"),
    pytest.param("province", "Năm 2022, xếp loại Xuất sắc có 3 đơn vị, xếp loại Tốt có 19 đơn vị và xếp loại Khá có 5 đơn vị "
                 "(tổng 27 đơn vị). Thuộc loại Xuất sắc năm 2022 có Sở Tư pháp; Sở Y tế và Sở Xây dựng, tổng cộng 03 đơn vị. "
                 "Số đơn vị xếp loại Tốt năm 2022 là 19 (năm 2021: 15), tăng {x} đơn vị.", "4", "3", "claim_delta", 3.0,
                 id="last-years-count-labelled-by-its-year-is-no-count-of-the-class-named-before"),
    pytest.param("national", "Thêm {x} địa phương so với năm 2021: nhóm B năm nay có 54, năm trước 46.", "8", "7", "claim_delta",
                 7.0, id="them-opening-the-sentence-is-the-change"),
    pytest.param("national", NATIONAL_LEAD + "Nếu năm 2021 điểm trung bình là 81,65% thì năm nay con số này đã tăng lên 83,41%, tức "
                 "nhiều hơn {x} điểm phần trăm.", "1,76", "1,67", "claim_delta", 1.67, id="a-year-before-diem-is-no-score"),
    pytest.param("province", "Năm 2022 có 27 cơ quan, đơn vị được đánh giá, xếp loại như sau: Xuất sắc: 03; Tốt: {x}; Khá: 04.",
                 "20", "21", "claim_sum", 28.0, id="units-assessed-then-their-classes-after-a-colon"),
    pytest.param("province", "Có {x} đơn vị đạt loại Khá năm 2022, đó là: Văn phòng UBND tỉnh; Sở Lao động - Thương binh và Xã hội "
                 "và Sở Ngoại vụ.", "ba", "bốn", "claim_count", 4.0, id="a-count-its-year-then-do-la-and-its-list"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", CASES)
def test_role_read_and_checked(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


QUIET = [
    pytest.param("province", "Có 23 cơ quan, đơn vị đạt từ 80 điểm trở lên (gồm 3 đơn vị Xuất sắc và 20 đơn vị Tốt).",
                 id="a-bound-after-one-count-is-not-the-next-counts"),
    pytest.param("ministries", "Năm 2022 có 17 bộ, ngành được đánh giá. Số bộ, ngành thuộc nhóm B tăng thêm 3 so với năm 2021 "
                 "(10 bộ, ngành). Số bộ, ngành tăng điểm là 9, giảm điểm là 8.",
                 id="the-compared-years-count-in-brackets-is-no-count-that-rose"),
    pytest.param("ministries", "Thứ hạng của Bộ Tư pháp giảm 2 bậc: năm ngoái 5, năm nay 7/17. Nhóm B năm nay có 12 bộ, ngành.",
                 id="a-rank-labelled-by-its-year-is-no-count"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm A có 3 địa phương, nhóm B có 52 địa phương, nhóm C có 8 địa phương. Có 20 "
                 "địa phương đạt trên 85%.", id="a-threshold-that-is-no-step-of-the-grouping"),
    pytest.param("province", "Năm 2022 có 4 đơn vị xếp loại Xuất sắc, 20 đơn vị xếp loại Tốt và 6 đơn vị xếp loại Khá. Số "
                 "đơn vị đạt từ 85 điểm trở lên là 25.", id="a-provinces-classes-have-no-usual-ladder"),
    pytest.param("province", "Năm 2022, nhóm A có 4 đơn vị, nhóm B có 20 đơn vị và nhóm C có 6 đơn vị. Số đơn vị đạt từ 80 "
                 "điểm trở lên là 25.", id="a-provinces-letter-groups-are-not-the-ministrys"),
    pytest.param("province", "Sở Y tế 79,81 79,24 0,57 tăng", id="a-table-row-with-a-change-column-is-no-move"),
    pytest.param("province", "Sở Y tế đạt 79,81%, Sở Tư pháp đạt 79,24%, chênh lệch 0,57 điểm phần trăm.",
                 id="two-units-levels-are-no-move-of-one"),
    pytest.param("province", "Trong 31 đơn vị, có 18 đơn vị xếp loại Tốt và 10 đơn vị xếp loại Khá.",
                 id="classes-after-the-whole-need-not-be-all-of-them"),
    pytest.param("national", "Đáng chú ý, nhóm A có 4 địa phương, trong đó có Quảng Ninh, Đắk Nông và Hà Nội.",
                 id="a-list-after-trong-do-co-may-name-only-some"),
    pytest.param("national", "Nhóm A có 2 tỉnh, cụ thể:\n- Quảng Ninh;\n- Hải Phòng (91,20%).\nNhóm B có 50 tỉnh.",
                 id="a-bulleted-list-with-a-figure-in-an-item-is-left-unread"),
    pytest.param("province", "b) Cải cách thể chế (tối đa 10 điểm): nhóm các sở đạt điểm tối đa 60 điểm, tương "
                 "đương 100%.", id="maximum-and-cai-cach"),
    pytest.param("province", "Đơn vị tăng điểm nhiều nhất là Sở Xây dựng (+3,46 điểm), giảm điểm nhiều nhất là "
                 "Sở Y tế (- 5,27 điểm).", id="per-unit-changes-are-no-comparison"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm B chiếm ưu thế với 53 địa phương, bỏ lại phía sau nhóm C (6) "
                 "và nhóm A (4).", id="groups-in-brackets-are-no-breakdown"),
    pytest.param("province", "Ở vị trí thấp nhất, UBND huyện Kim Thành chỉ đạt 72,53 điểm. Kết quả của Sở Ngoại vụ "
                 "Trung ương (86,11 điểm) vượt UBND huyện Nam Sách (83,43 điểm) tới 2,68 điểm.",
                 id="an-unknown-unit-borrows-no-earlier-one"),
    pytest.param("province", "Trong khối huyện, 8 đơn vị có chỉ số tăng so với năm 2021, 3 đơn vị giảm điểm. "
                 "Tổng cộng 12 huyện, thị xã, thành phố được đánh giá.", id="risers-are-no-breakdown"),
    pytest.param("national", "Nhóm lãnh đạo đóng góp 1.624 phiếu; nhóm người dân, tổ chức 1.202 phiếu; nhóm đại "
                 "biểu 1.567 phiếu.", id="ballot-parts-without-their-total"),
    pytest.param("national", "Bộ Nội vụ phát ra 30.000 phiếu, thu về 28.500 phiếu, trong đó 27.900 phiếu hợp lệ của "
                 "người dân, tổ chức và lãnh đạo, quản lý.", id="ballots-sent-returned-valid-are-nested"),
    pytest.param("national", "Có 5 năm liên tiếp, Quảng Ninh đứng thứ 1; năm thứ 2 liên tiếp Hải Phòng giữ vị trí thứ "
                 "2.", id="year-ordinal-is-no-rank"),
    pytest.param("province", "Kết quả xếp loại nhìn chung khá tốt: 14 đơn vị đạt loại Tốt, 7 đơn vị khá ổn định.",
                 id="lower-case-khá-is-no-class"),
    pytest.param("province", "Năm 2022 có 26 đơn vị được đánh giá: 18 đơn vị tăng điểm và 7 đơn vị giảm điểm.",
                 id="risers-after-a-colon-are-no-breakdown"),
    pytest.param("province", "Phát ra 1.300 phiếu. Trong đó, thu về 1.250 phiếu hợp lệ, 50 phiếu không hợp lệ.",
                 id="stages-in-the-next-sentence-are-no-breakdown"),
    pytest.param("province", "Năm 2023 có 26 đơn vị được đánh giá. Trong đó, 5 đơn vị đạt loại Tốt, 15 đơn vị loại Khá.",
                 id="classes-in-the-next-sentence-are-no-breakdown"),
    pytest.param("province", "Về xếp loại, có 5 đơn vị đạt loại Xuất sắc, 19 đơn vị đạt loại Tốt và 1 đơn vị đạt loại "
                 "Khá. Tổng số đơn vị có kết quả không thấp hơn 80 điểm: 23.",
                 id="a-threshold-unlike-the-best-classes-is-not-accused"),
    pytest.param("province", "Với 31 đơn vị, kết quả xếp loại năm 2022 cụ thể như sau: Xuất sắc (từ 90% trở lên) – 4 "
                 "đơn vị; Tốt (từ 80% đến dưới 90%) – 22 đơn vị; Khá (từ 70% đến dưới 80%) – 5 đơn vị.",
                 id="a-bound-after-a-colon-belongs-to-the-next-item"),
    pytest.param("national", "Hà Nội đạt 85,80%. Tăng 4,39% so với năm trước, TP. Hồ Chí Minh đạt 84,22% (năm 2021: "
                 "79,83%).", id="a-change-before-its-unit-is-not-the-previous-units"),
    pytest.param("national", "Kết quả cho thấy 58 tỉnh, thành phố có Chỉ số CCHC trên 80%, trong đó 3 tỉnh trên 90%. "
                 "Các tỉnh còn lại (5 tỉnh) đạt từ 70% đến dưới 80%.", id="nested-bounds-are-no-partition"),
    pytest.param("national", "Bình Dương có kết quả cao nhất, đạt 95,38%, thấp nhất là Cao Bằng với 76,25%.\nTỉnh Bắc "
                 "Giang:\n- Năm nay: 84,97%\n- Năm trước: 81,63%\n- Chênh lệch: 3,34%",
                 id="a-gap-listed-after-two-figures-is-not-the-extremes"),
]


QUIET += [
    pytest.param("province", "Với 32 đơn vị được đánh giá, số lượng ở từng nhóm lần lượt: Xuất sắc – 2; Tốt – 16; Khá – 14.",
                 id="counts-by-class-after-a-colon-are-no-member-list"),

    pytest.param("province", "Cơ cấu gồm 20 sở, cơ quan ngang sở và 6 UBND huyện, thị xã, thành phố.",
                 id="a-breakdown-by-kind-is-no-member-list"),
    pytest.param("national", "Bình Thuận đạt 83,17%. Điểm số 87,55% giúp Lào Cai vượt Bình Thuận – địa phương đạt 83,17%.",
                 id="diem-so-before-a-unit-named-after-it-borrows-no-unit"),
    pytest.param("ministries", "Danh sách nhóm B gồm ba bộ, ngành: Bộ Tư pháp; Bộ Y tế và Bộ Công Thương. Nhóm B có thêm 2 "
                 "bộ, ngành so với năm 2021, hiện có 3.", id="hien-co-is-this-years-count"),
    pytest.param("national", "Thuộc nhóm C, số địa phương đã giảm 3 so với năm 2021: từ 12 xuống 9 địa phương.\nSo với cùng "
                 "kỳ, chỉ số bình quân tăng 1,20 điểm phần trăm và đạt 83,50% (cùng kỳ năm 2021: 82,30%). Đông nhất là nhóm "
                 "B với 50 địa phương, tiếp theo là nhóm C (9).", id="a-bracketed-cung-ky-year-leaves-the-next-counts-this-years"),
]


@pytest.mark.parametrize("head, text", QUIET)
def test_words_that_look_like_a_role_give_no_error(tmp_path, head, text):
    _assert_quiet(_doc(tmp_path, text, head))


def test_a_total_of_unnamed_units_confirms_a_partition_and_never_accuses_it(tmp_path):
    """"26 cơ quan, đơn vị" names no kind of unit; the classes of "đơn vị" beside it may count the same units
    (then the sum is confirmed) or a part of them (then nothing is said against either)."""
    text = ("Năm 2022 có 26 cơ quan, đơn vị được xác định Chỉ số CCHC, gồm các sở, ngành và UBND cấp huyện. "
            "Về xếp loại, {x} đơn vị xếp loại Tốt và 11 đơn vị xếp loại Khá.")
    consistent = _doc(tmp_path, text.format(x="15"), "province")
    assert [c for c in consistent.checks if c.check == "claim_sum" and c.status == "pass" and c.published == 26]
    _assert_quiet(_doc(tmp_path, text.format(x="12"), "province"))


def test_groups_that_leave_out_units_of_the_total_they_split_are_a_warning(tmp_path):
    """"Trong 63 tỉnh, thành phố, có 4 … nhóm A, 49 … nhóm B và 8 … nhóm C": two provinces are in no group named.
    Another group may hold them, so it is a warning citing the sentence once, never an error."""
    doc = _doc(tmp_path, "Trong 63 tỉnh, thành phố, có 4 địa phương thuộc nhóm A, 49 địa phương thuộc nhóm B và 8 "
               "địa phương thuộc nhóm C.", "national")
    warnings = [f for f in doc.findings if f.check == "claim_sum" and f.severity == "warning"]
    assert len(warnings) == 1 and warnings[0].published == 61 and len(warnings[0].evidence) == 1
    assert not [f for f in doc.findings if f.severity == "error"]


def test_the_unit_a_figure_belongs_to_is_the_one_named_after_thuoc_ve(tmp_path):
    """"Điểm cao nhất 91,20% thuộc về Quảng Ninh, điểm thấp nhất 79,40% thuộc về Cao Bằng": each extreme is the unit
    named after its own figure, never the one named earlier in the sentence."""
    doc = _doc(tmp_path, NATIONAL_LEAD + "Điểm cao nhất 91,20% thuộc về Quảng Ninh, điểm thấp nhất 79,40% thuộc về "
               "Cao Bằng.", "national")
    assert {(c.kind, c.subject) for c in doc.claims if c.kind in ("highest", "lowest")} == {
        ("highest", "Quảng Ninh"), ("lowest", "Cao Bằng")}


def test_table_rows_read_as_text_are_no_statements(tmp_path):
    """Rows of a table that reached the prose (a unit and its cells) are the table's figures: no role is given."""
    doc = _doc(tmp_path, "3 Sở Xây dựng 56,18 32,04 88,22 88,22\n4 Sở Tư pháp 54,08 33,24 87,32 87,32")
    assert [c.frame for c in doc.claims if c.frame and c.frame.startswith(("role_", "window_"))] == []


def test_a_count_above_a_threshold_that_equals_the_best_classes_is_confirmed(tmp_path):
    """Classes printed without bounds are ranked Xuất sắc, Tốt, Khá…: a count from a threshold that is the sum of
    the best of them agrees with them (the quiet case above: a sum that is not proves nothing)."""
    doc = _doc(tmp_path, "Về xếp loại, có 5 đơn vị đạt loại Xuất sắc, 19 đơn vị đạt loại Tốt và 1 đơn vị đạt loại "
                         "Khá. Tổng số đơn vị có kết quả không thấp hơn 80 điểm: 24.", "province")
    _assert_consistent(doc, "claim_count")
    passed = [c for c in doc.checks if c.check == "claim_count" and c.status == "pass" and c.published == 24]
    assert passed and "Xuất sắc 5 + Tốt 19" in (passed[0].reason or "")


def test_this_year_after_an_earlier_year_is_the_year_reported_on(tmp_path):
    doc = _doc(tmp_path, "Năm 2021 có 24 đơn vị xếp loại Khá. Năm nay, con số này là 21, giảm 3. Sở Thông tin và "
                         "Truyền thông dẫn đầu bảng xếp hạng với 93,81 điểm.", "province")
    highest = [c for c in doc.claims if c.kind == "highest"]
    assert [c.year for c in highest] == [2022]  # the year of the heading, not the 2021 of the sentence before


def test_da_nang_is_no_rise(tmp_path):
    """"Đà Nẵng" folds to "da nang": "nâng" (raise) only with what it raises."""
    doc = _doc(tmp_path, "Phạm vi đánh giá năm 2022: 26 cơ quan, đơn vị trên địa bàn thành phố Đà Nẵng. Có 18 đơn vị "
                         "tăng điểm, 8 đơn vị giảm điểm.", "province")
    assert sorted(c.value for c in doc.claims if c.frame in ("rose", "fell")) == [8.0, 18.0]
    _assert_consistent(doc, "claim_sum")


def test_a_count_long_after_its_noun_and_a_colon_is_the_units_assessed(tmp_path):
    """"Theo đó, số tỉnh, thành phố … được đánh giá, xếp hạng … năm nay: 63.": the noun is 90 characters before
    the figure; read by its role it confirms what agrees with it (a total read by role never accuses)."""
    doc = _doc(tmp_path, "Theo đó, số tỉnh, thành phố trực thuộc Trung ương được đánh giá, xếp hạng Chỉ số cải cách "
                         "hành chính năm nay: 63. Cả nước có 63 tỉnh, thành phố có tên trong bảng xếp hạng.", "national")
    assert [c.value for c in doc.claims if c.kind == "total" and c.value == 63.0 and c.scope == "provinces"] == [63.0, 63.0]
    _assert_consistent(doc, "claim_total")


def test_units_below_the_average_are_no_fallers(tmp_path):
    """"… cao hơn mức trung bình; 31 địa phương còn lại thấp hơn" compares with the average, not with last year:
    the 31 are no count of units whose index fell (which would be summed with the risers)."""
    doc = _doc(tmp_path, "Năm nay, 32 trong số 63 tỉnh, thành phố có chỉ số cao hơn mức trung bình 86,37%; 31 địa "
                         "phương còn lại thấp hơn. Có 40 địa phương tăng điểm, 23 địa phương giảm điểm.", "national")
    fallers = [c.value for c in doc.claims if c.frame == "fell"]
    assert fallers == [23.0]
    _assert_quiet(doc)


def test_last_years_count_in_brackets_after_the_compared_year_is_no_count_of_this_year(tmp_path):
    """"… giảm 1 đơn vị so với năm 2021 (16 đơn vị)": the 16 is last year's count of the class the sentence names,
    never a count of the class the sentence before it ended on, so the classes still add up to the total."""
    text = ("Năm 2022 có 27 cơ quan, đơn vị được đánh giá.\nKết quả phân loại như sau:\n"
            "- Loại Tốt (từ 85 đến dưới 95 điểm): 11 đơn vị;\n- Loại Khá (từ 75 đến dưới 85 điểm): 15 đơn vị;\n"
            "- Loại Trung bình (từ 70 đến dưới 75 điểm): 01 đơn vị.\n"
            "Số đơn vị đạt loại Khá năm 2022 là 15, giảm 1 đơn vị so với năm 2021 (16 đơn vị).")
    doc = _doc(tmp_path, text, "province")
    _assert_consistent(doc, "claim_sum")
    _assert_consistent(doc, "claim_delta")


@pytest.mark.parametrize("head, text, rose, fell", [
    pytest.param("province", "Năm 2022 có 29 đơn vị được đánh giá. Kết quả so với năm 2021: tăng điểm 22 đơn vị, giảm "
                 "điểm 7 đơn vị.", 22.0, 7.0, id="tang-diem-then-giam-diem"),
    pytest.param("province", "Năm 2022 có 27 đơn vị được đánh giá. Trong năm 2022, số đơn vị có điểm số được cải thiện "
                 "là 19, số đơn vị bị giảm điểm là 8.", 19.0, 8.0, id="duoc-cai-thien-la"),
    pytest.param("ministries", "Năm 2022 có 17 bộ, ngành được đánh giá. Có 15 bộ, ngành \"lên điểm\", 2 bộ, ngành "
                 "\"xuống điểm\" so với năm 2021.", 15.0, 2.0, id="len-diem-xuong-diem"),
])
def test_units_that_rose_and_fell_each_with_its_own_direction(tmp_path, head, text, rose, fell):
    """The direction printed before a count ("tăng điểm 22 đơn vị, giảm điểm 7") is that count's, never the next
    item's: 22 units that rose are no units that fell (a table of last year's scores would accuse them)."""
    doc = _doc(tmp_path, text, head)
    read = sorted((c.band, c.value) for c in doc.claims if c.frame in ("rose", "fell"))
    assert read == sorted([("tăng", rose), ("giảm", fell)])
    _assert_consistent(doc, "claim_sum")


def test_a_name_found_inside_a_longer_one_is_not_read_again(tmp_path):
    """"Bắc Ninh giành ngôi đầu": the words from "Ninh" on ("Ninh giành") resemble Ninh Bình; once "Bắc Ninh" is read,
    its words start no other name (a highest naming the wrong province would accuse the right one)."""
    doc = _doc(tmp_path, NATIONAL_LEAD + "Bắc Ninh giành ngôi đầu với 93,10%.", "national")
    assert [c.subject for c in doc.claims if c.kind == "highest"] == ["Bắc Ninh"]


@pytest.mark.parametrize("sentence", [
    "Cứ 63 địa phương thì có 32 địa phương đạt trên trung bình.",
    "Tính trên 63 địa phương, số vượt giá trị trung bình là 32.",
    "Vượt điểm trung bình có 32 địa phương, trên tổng số 63.",
    "Kết quả có 32 địa phương/63 địa phương cao hơn giá trị trung bình.",
], ids=["cu", "tinh-tren", "tren-tong-so", "slash"])
def test_the_whole_a_count_above_the_average_is_of(tmp_path, sentence):
    """The 63 of "cứ 63 …", "tính trên 63 …", "trên tổng số 63", "…/63 địa phương" is the whole, never a count of
    units above the average (a table would then accuse it); the 32 is read with it as a ratio."""
    doc = _doc(tmp_path, NATIONAL_LEAD + sentence, "national")
    above = [(c.value, c.denominator) for c in doc.claims if c.subject == "above_average"]
    assert above == [(32.0, 63.0)]
    _assert_consistent(doc, "claim_ratio")


@pytest.mark.parametrize("head, sentence, values", [
    pytest.param("national", NATIONAL_LEAD + "Bắc Giang vượt Lâm Đồng 17,35% (đạt 94,07%, còn Lâm Đồng đạt 76,72%).",
                 {("Bắc Giang", 94.07), ("Lâm Đồng", 76.72)}, id="subjects-value-first-in-the-bracket"),
    pytest.param("ministries", "Điểm của Bộ Tài chính là 93,15%, cao hơn Thanh tra Chính phủ 10,62% (đạt 82,53%).",
                 {("Bộ Tài chính", 93.15), ("Thanh tra Chính phủ", 82.53)}, id="subjects-value-given-before"),
])
def test_the_level_in_brackets_after_a_difference(tmp_path, head, sentence, values):
    """"A vượt B 17,35% (đạt 94,07%, …)": the bracket gives A's level; "A là 93,15%, cao hơn B 10,62% (đạt 82,53%)":
    A's level was given, so the bracket is B's.  A level given to the wrong unit would be accused by a table."""
    doc = _doc(tmp_path, sentence, head)
    assert {(c.subject, c.value) for c in doc.claims if c.kind == "value"} == values
    _assert_consistent(doc, "claim_gap")


def test_the_sentence_that_ends_on_the_year_reported_on_hands_it_on(tmp_path):
    """"Năm 2021 … là 82,10%, năm 2022 là 83,00%. Có 63 địa phương, trong đó …": the counts after it are of 2022."""
    doc = _doc(tmp_path, "Năm 2021, Chỉ số CCHC bình quân là 82,10%, năm 2022 là 83,00%. Các tỉnh, thành phố có 63 địa "
               "phương, trong đó: 2 địa phương đạt từ 90% trở lên; 55 địa phương đạt từ 80% đến dưới 90%; 6 địa phương "
               "đạt dưới 80%.", "national")
    counts = [c for c in doc.claims if c.kind == "count" and c.bounds]
    assert sorted(c.value for c in counts) == [2, 6, 55] and {c.year for c in counts} == {2022}


@pytest.mark.parametrize("head, text, right, wrong, check", [
    pytest.param("province", "Năm 2022, 28 cơ quan, đơn vị trong tỉnh vừa nhận bảng điểm cải cách hành chính. Có 21 đơn "
                 "vị tăng điểm và {x} đơn vị giảm điểm so với năm trước.", "7", "8", "claim_sum",
                 id="the-units-that-received-their-scores-are-the-whole"),
    pytest.param("province", "Hơn {x} phiếu khảo sát đã được gửi tới lãnh đạo, quản lý (hơn 1.200 phiếu) và người dân, "
                 "tổ chức (hơn 2.300 phiếu).", "3.500", "3.700", "survey_count",
                 id="ballots-with-hon-in-brackets-are-parts-not-changes"),
])
def test_read_and_confirmed_but_never_accused(tmp_path, head, text, right, wrong, check):
    """A total read by its role only ("… vừa nhận bảng điểm") or figures that are lower bounds ("hơn 3.500 phiếu")
    confirm the statement when it agrees, and prove nothing when it does not."""
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    doc = _doc(tmp_path, text.format(x=wrong), head)
    _assert_quiet(doc)
    assert [c for c in doc.checks if c.check == check and c.status == "unverifiable"]


def test_a_heading_names_the_unit_of_the_items_below_it(tmp_path):
    """"Kết quả của Sở Tư pháp:" and its dashed items are that unit's, not the one the sentence before named."""
    doc = _doc(tmp_path, "UBND huyện Kim Thành đạt 80,10 điểm, thấp nhất toàn tỉnh.\nKết quả của Sở Tư pháp:\n- Năm 2021: "
               "89,51 điểm;\n- Năm 2022: 86,76 điểm;\n- Giảm: 2,75 điểm.")
    values = [c for c in doc.claims if c.kind == "value" and c.value in (89.51, 86.76)]
    assert values and {c.subject for c in values} == {"Sở Tư pháp"}


def test_a_year_in_a_later_clause_is_not_the_earlier_figures(tmp_path):
    """"Số địa phương thuộc nhóm A là 3, trong khi năm 2021 là 2": the 3 is of the year reported on."""
    doc = _doc(tmp_path, "Số địa phương thuộc nhóm A là 3, trong khi năm 2021 là 2.", "national")
    assert [(c.value, c.year) for c in doc.claims if c.kind == "count" and c.value == 3] == [(3.0, 2022)]


def test_the_comma_of_a_counts_noun_is_no_clause_break(tmp_path):
    """"Có 13 bộ, ngành đạt kết quả năm 2022 cao hơn năm 2021": the year after "bộ, ngành" is the count's."""
    doc = _doc(tmp_path, "Năm trước Bộ Tư pháp đứng thứ 17. Có 13 bộ, ngành đạt kết quả năm 2022 cao hơn năm 2021.", "ministries")
    assert [(c.value, c.year) for c in doc.claims if c.kind == "count" and c.value == 13] == [(13.0, 2022)]


def test_a_sentence_that_arrives_at_the_year_reported_on_hands_it_on(tmp_path):
    """"Nếu như năm 2021 … mới ở mức 82,18% thì đến năm 2022 đã đạt 84,08%": the groups after it are of 2022, and
    they are checked against the number of provinces the text states elsewhere, which the check cites."""
    doc = _doc(tmp_path, "Năm 2022, Bộ Nội vụ thẩm định 63 tỉnh, thành phố.\n\nNếu như năm 2021 giá trị trung bình Chỉ số "
               "CCHC mới ở mức 82,18% thì đến năm 2022 đã đạt 84,08%, tăng 1,90 điểm phần trăm. Kết quả xếp loại: Nhóm A: "
               "04 địa phương; Nhóm B: 52 địa phương; Nhóm C: 07 địa phương.", "national")
    assert {c.year for c in doc.claims if c.kind == "count" and c.band} == {2022}
    sums = [c for c in doc.checks if c.check == "claim_sum" and c.status == "pass"]
    assert sums and any(63.0 in c.figures for c in sums)


def test_tuc_after_a_from_to_is_the_change_not_a_count(tmp_path):
    """"… nhóm B tăng từ 11 lên 14, tức 3 bộ, ngành": no second count of Nhóm B, so the groups are summed."""
    doc = _doc(tmp_path, "Năm 2022, Bộ Nội vụ đánh giá 18 bộ, ngành. Nhóm A có 3 bộ, ngành; nhóm B có 14 bộ, ngành; nhóm C "
               "có 1 bộ, ngành. So với cùng kỳ, số bộ, ngành thuộc nhóm B tăng từ 11 lên 14, tức 3 bộ, ngành.", "ministries")
    assert sorted(c.value for c in doc.claims if c.kind == "count" and c.band == "Nhóm B" and c.frame == "band_count") == [14.0]
    assert [c for c in doc.checks if c.check == "claim_sum" and c.status == "pass"]
    _assert_quiet(doc)
