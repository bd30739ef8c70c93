"""Constructions that once made the audit accuse a consistent text, each in words of its own: read and
checked when they can be, never an error when the text is right, and one error on the figure when one is
wrong.

- a list whose every item is a unit and its move ("A tăng 2 bậc, B tăng 1 bậc và C …"): the names are the list;
- a list whose last name follows "cùng" / "cùng với" instead of "và";
- a gap "giữa hai năm" / "giữa các kỳ", or after two years' levels, or "theo hướng tăng": one figure's change over
  time, joined to its two years, not the gap between the first and the last unit;
- a count after "trong" ("… trong 25 đơn vị: Sở X tăng một bậc"): the whole a move is among, no list of a class;
- "khá hơn" is no fall (the "ha" of "khá" is no "hạ");
- "chúng tôi" comparing itself in a quotation: the unit of the speaker named after it, never the unit the sentence
  before spoke of (and no one when the speaker names no unit); with no one named after it, the unit of the head
  who speaks before it ("Chánh Thanh tra tỉnh phát biểu: “… chúng tôi …”"), and a quotation closed after its full
  stop ends its sentence, so the next line's unit never joins it;
- a bare gap ("Chênh …") right after two sentences that each give one unit's level: the gap between those two, not
  between the first and the last;
- a class's bound after a highest/lowest cue ("Ở mức cao nhất, nhóm A (từ 90% trở lên) …"): no unit's extreme;
- a place moved to, after the place moved from ("từ hạng 4 xuống 12/20"): a rank, not a count of units, and the
  one unit named after the colon that follows is the one that moved, not the unit of the sentence before; a clause
  after a colon that names one unit with a figure of its own is no list of one;
- a level printed first with its period after the unit ("X% là điểm của Sở Y năm nay; năm trước …"): each level
  takes the period word of its own clause;
- a comparison of a unit the text gives two levels (its own reading may have swapped two units restated in one
  line): checked by the two levels its own sentence gives, else undecided with both levels shown, never an error;
- "hạ xuống" before a difference: a fall (the sign is read where the cue stands, so "hạ" sees the "xuống" after it);
- units listed after the first with places of their own ("…, Bình Dương đứng thứ hai (91,75%), Hà Nội thứ ba"):
  their levels, never more highest units.
"""

from __future__ import annotations

import pytest

from parscan.scoring.audit import audit_documents
from test_claim_frames import _assert_consistent, _assert_one_error, _assert_quiet, _doc

CASES = [
    # head, text with {x}, the consistent x, a wrong x, the check, the figure the error names
    pytest.param("province", "Xếp loại Tốt có 15 đơn vị.\nCó {x} đơn vị tăng hạng: Sở Tư pháp tăng 2 bậc, Sở Khoa học "
                 "và Công nghệ tăng 1 bậc và Sở Tài chính tăng 4 bậc.", "3", "4", "claim_count", 4.0,
                 id="list-of-units-and-their-moves"),
    pytest.param("province", "Năm nay loại Tốt có {x} đơn vị là Sở Tư pháp, Sở Nội vụ cùng với Sở Xây dựng.",
                 "3", "4", "claim_count", 4.0, id="last-name-after-cung-voi"),
    pytest.param("ministries", "Nhóm B gồm {x} bộ, ngành: Bộ Tư pháp, Bộ Công Thương, Bộ Tài chính cùng Bộ Y tế.",
                 "4", "5", "claim_count", 5.0, id="last-ministry-after-cung"),
    pytest.param("province", "Trước tiên, bình quân năm 2021 đạt 82,00%. Tiếp theo, bình quân năm 2022 đạt 83,50%. "
                 "Sau đó, độ chênh giữa hai năm là {x} điểm phần trăm.\nDẫn đầu là Sở Tư pháp với 92,50%.\n"
                 "Thấp nhất là Sở Y tế với 75,20%.", "1,50", "1,70", "claim_delta", 1.7, id="gap-between-the-years"),
    pytest.param("province", "Thấp nhất là Sở Y tế với 75,20%.\n“Năm nay chúng tôi được 86,10%, cao hơn Sở Tư pháp "
                 "(85,40%) {x}%”, Giám đốc Sở Xây dựng chia sẻ.", "0,70", "0,90", "claim_gap", 0.9,
                 id="we-in-a-quote-are-the-speakers-unit"),
    pytest.param("ministries", "Bộ Y tế xếp cuối với 77,10%. “Bộ chúng tôi đạt 84,20%, vượt Bộ Tư pháp (83,05%) {x} "
                 "điểm phần trăm”, Thứ trưởng Bộ Công Thương phát biểu.", "1,15", "1,51", "claim_gap", 1.51,
                 id="our-ministry-in-a-quote"),
    pytest.param("ministries", "Tại hội nghị, Vụ trưởng Vụ Cải cách hành chính (Bộ Nội vụ) phát biểu: “Năm 2022, bình "
                 "quân đạt 84,50%; con số của năm 2021 là 83,10%; chênh lệch {x}% theo hướng tăng”.\nKết quả cao nhất "
                 "thuộc về Bộ Tư pháp, đạt 90,10%. Xếp cuối là Bộ Y tế (75,00%).",
                 "1,40", "1,60", "claim_delta", 1.6, id="gap-after-two-years-levels"),
    pytest.param("province", "Chánh Thanh tra tỉnh phát biểu: “Với 95,20%, chúng tôi xếp trên Sở Y tế (80,10%) tới {x} "
                 "điểm phần trăm.”\nUBND huyện Bình Lục đạt 82,54%, giảm 0,21 điểm phần trăm so với năm trước.",
                 "15,10", "15,40", "claim_gap", 15.4, id="we-in-a-quote-after-the-speaking-head"),
    pytest.param("ministries", "Phó Giám đốc Sở Y tế khẳng định: “Chúng tôi đạt 88,40%, cao hơn Sở Xây dựng (81,30%) {x} "
                 "điểm phần trăm.” Nhìn chung kết quả khả quan.", "7,10", "7,30", "claim_gap", 7.3,
                 id="we-opening-a-quote-after-the-head"),
    pytest.param("province", "Sở Tư pháp dẫn đầu với 94,20%. Thấp nhất là Sở Xây dựng với 75,10%.\nĐáng chú ý, Sở Y tế: "
                 "88,10%. Sở Công Thương: 80,05%. Chênh {x} điểm phần trăm.", "8,05", "8,25", "claim_gap", 8.25,
                 id="bare-gap-after-two-units-levels"),
    pytest.param("province", "81,50% là kết quả của Sở Tư pháp năm nay; năm trước sở này đạt 80,10%, tức tăng {x} điểm "
                 "phần trăm.", "1,40", "1,60", "claim_delta", 1.6, id="level-first-its-period-after-the-unit"),
    pytest.param("ministries", "Với Bộ Y tế, con số năm nay chỉ là 78,00%; còn năm ngoái, bộ có 79,50%, nghĩa là giảm {x} "
                 "điểm.", "1,50", "1,20", "claim_delta", -1.2, id="each-level-its-own-period-clause"),
    pytest.param("province", "Sở Tư pháp dẫn đầu với 92,00%.\nTụt từ hạng 4 xuống 12/20: UBND huyện Bình Lục lùi {x} bậc.", "8", "6",
                 "claim_rank", -6.0,
                 id="ranks-before-a-colon-and-the-unit-after"),
    pytest.param("province", "Sở Nội vụ dẫn đầu với 93,00%.\nTừ vị trí 9 vươn lên 2/20: Sở Xây dựng tiến {x} bậc.", "7",
                 "5", "claim_rank", 5.0, id="unit-after-the-colon-not-the-sentence-before"),
    pytest.param("ministries", "Bộ Y tế thấp nhất với 76,76%.\nBộ Y tế đạt 93,08%, cao hơn Bộ Tư pháp (80,00%) {x} điểm.",
                 "13,08", "13,50", "claim_gap", 13.5, id="comparison-by-its-own-levels-where-a-unit-has-two"),
]


@pytest.mark.parametrize("head, text, right, wrong, check, figure", CASES)
def test_read_checked_and_accused_only_when_wrong(tmp_path, head, text, right, wrong, check, figure):
    _assert_consistent(_doc(tmp_path, text.format(x=right), head), check)
    _assert_one_error(_doc(tmp_path, text.format(x=wrong), head), check, figure)


QUIET = [
    pytest.param("province", "Xếp loại Tốt có 15 đơn vị.\nTừ thứ chín lên thứ sáu trong 25 đơn vị: Sở Tư pháp tăng "
                 "ba bậc.", id="move-among-the-whole"),
    pytest.param("ministries", "Nhóm C có 3 bộ, ngành.\nXét trong 17 bộ, ngành: Bộ Y tế lùi một bậc, từ thứ tư xuống "
                 "thứ năm.", id="move-among-the-ministries"),
    pytest.param("province", "Bình quân năm 2022 đạt 84,10%, năm 2021 là 83,00%; mức chênh giữa các kỳ đánh giá "
                 "là 1,10 điểm.\nCao nhất là Sở Tư pháp với 92,50%; thấp nhất là Sở Y tế với 75,20%.",
                 id="gap-between-assessments"),
    pytest.param("province", "Thấp nhất là Sở Y tế với 75,20%.\n“Năm nay chúng tôi được 86,10%, cao hơn Sở Tư pháp "
                 "(85,40%) 0,90%”, một cán bộ chia sẻ.", id="we-in-a-quote-with-no-unit-named"),
    pytest.param("ministries", "Điểm bình quân năm nay: 86,20% (năm trước: 84,00%).\nSo với năm trước, điểm bình quân "
                 "khá hơn 2,20 điểm phần trăm.", id="kha-hon-is-no-fall"),
    pytest.param("province", "Loại Tốt có 9 đơn vị.\nRơi từ thứ 3 về 15/21: Sở Công Thương mất 12 bậc.",
                 id="place-moved-to-is-no-count-with-a-list"),
]


@pytest.mark.parametrize("head, text", QUIET)
def test_no_accusation(tmp_path, head, text):
    _assert_quiet(_doc(tmp_path, text, head))


@pytest.mark.parametrize("head, text, bound", [
    pytest.param("ministries", "Ở mức cao nhất, nhóm A (từ 90% trở lên) có 3 bộ, ngành. Nhóm B có 14 bộ, ngành.", 90.0,
                 id="from-and-up"),
    pytest.param("province", "Xếp thấp nhất, loại Trung bình (dưới 70 điểm) có 1 đơn vị; loại Khá có 9 đơn vị.", 70.0,
                 id="under"),
])
def test_class_bound_after_an_extreme_cue_is_no_extreme(tmp_path, head, text, bound):
    doc = _doc(tmp_path, text, head)
    assert not [c for c in doc.claims if c.kind in ("highest", "lowest") and c.value == bound], doc.claims


@pytest.mark.parametrize("text", [
    pytest.param("So với năm 2021, điểm số của Sở Y tế hạ xuống 2,80 điểm phần trăm.", id="ha-xuong"),
    pytest.param("Sở Xây dựng năm nay bị hạ 2,80 điểm so với năm trước.", id="ha-before-the-figure"),
])
def test_ha_xuong_is_a_fall(tmp_path, text):
    """"hạ" is a fall only before a figure or "xuống" (Hà Giang, Hạ Long are none), so its sign is read where the cue
    stands in the clause, not in the cue's own word."""
    doc = _doc(tmp_path, text, "province")
    changes = [c.change for c in doc.claims if c.kind in ("delta", "value") and c.change is not None]
    assert changes == [-2.8], [(c.kind, c.value, c.change) for c in doc.claims]


def test_a_unit_given_two_levels_makes_its_comparison_undecided(tmp_path):
    doc = _doc(tmp_path, "Bộ Y tế thấp nhất với 76,76%. Bộ Tư pháp đạt 80,00%.\nTheo báo cáo khác, Bộ Y tế có 93,08%; "
               "Bộ Y tế hơn Bộ Tư pháp 13,08 điểm.", "ministries")
    assert not [f.message_en for f in doc.findings if f.severity == "error"]
    torn = [c for c in doc.checks if c.reason == "conflicting_levels"]
    assert [(c.check, c.status, c.published) for c in torn] == [("claim_gap", "unverifiable", 13.08)]
    assert any("76,76, 93,08" in f.message_en for f in doc.findings if f.severity == "warning")


@pytest.mark.parametrize("text", [
    pytest.param("Có 12 đơn vị đạt trên 85% (trên tổng số 20 đơn vị).", id="whole-in-brackets-after"),
    pytest.param("Mười hai trong số 20 đơn vị đạt trên 85%.", id="count-in-words-out-of-the-whole"),
    pytest.param("Vượt mốc 85% có 12 đơn vị [trong 20 đơn vị được đánh giá].", id="whole-in-square-brackets"),
])
def test_the_whole_a_count_is_out_of_is_no_count_above_the_bound(tmp_path, text):
    """The number of units assessed printed beside a count above a bound ("trên tổng số 20", "trong số 20") is the
    whole the count is out of: never a second count above the bound (which a table would then contradict)."""
    doc = _doc(tmp_path, text, "province")
    counts = [c.value for c in doc.claims if c.kind in ("count", "members") and c.bounds]
    assert counts == [12.0], [(c.kind, c.value, c.bounds) for c in doc.claims]


@pytest.mark.parametrize("head, text, first, followers", [
    pytest.param("ministries", "Ngân hàng Nhà nước Việt Nam giữ vị trí quán quân với 92,95%, theo sau là Bộ Tư pháp "
                 "(91,80%) và Bộ Tài chính (91,05%).", 92.95, [91.8, 91.05], id="followed-after-the-first"),
    pytest.param("province", "Sở Y tế thấp nhất với 75,20%; liền trên là Sở Xây dựng, đạt 76,05%.", 75.2, [76.05],
                 id="just-above-the-last"),
    pytest.param("province", "Dẫn đầu là Sở Nội vụ (94,10%), kế đến Sở Tư pháp với 93,00%.", 94.1, [93.0],
                 id="next-after-the-first"),
    pytest.param("national", "Đà Nẵng giữ ngôi đầu với 92,40%, Bình Dương đứng thứ hai (91,75%), Hà Nội thứ ba "
                 "(90,66%).", 92.4, [91.75, 90.66], id="second-and-third-by-their-own-places"),
    pytest.param("province", "Cao nhất là Sở Tư pháp (90,20 điểm); Sở Xây dựng xếp hạng 2 với 89,10 điểm; về nhì "
                 "còn có Sở Y tế với 89,10 điểm.", 90.2, [89.1, 89.1], id="placed-second-after-the-highest"),
])
def test_units_that_follow_the_first_or_the_last_are_not_extremes(tmp_path, head, text, first, followers):
    """"… quán quân với 92,95%, theo sau là Bộ Tư pháp (91,80%)": the units after a word of following are ranked
    after the first (or just above the last): their levels, never a second highest (a table would contradict it)."""
    doc = _doc(tmp_path, text, head)
    extremes = sorted(c.value for c in doc.claims if c.kind in ("highest", "lowest"))
    assert extremes == [first], [(c.kind, c.subject, c.value) for c in doc.claims]
    assert sorted(c.value for c in doc.claims if c.kind == "value") == sorted(followers)


@pytest.mark.parametrize("text", [
    pytest.param("Trao đổi với phóng viên, Giám đốc Sở Nội vụ cho biết: “Điểm trung bình của khối huyện năm nay là "
                 "85,90%, thấp hơn khối sở 0,40 điểm”.", id="two-groups-averages-in-a-heads-quote"),
    pytest.param("Tại hội nghị, Chủ tịch UBND huyện Bình Lục phát biểu: “Bình quân toàn tỉnh năm nay nhỉnh hơn 0,60 "
                 "điểm”.", id="the-provinces-average-in-a-heads-quote"),
])
def test_a_heads_unit_owns_no_change_quoted_about_others(tmp_path, text):
    """A difference inside a quotation that a unit's head opens, speaking of no unit and not of "chúng tôi": the unit
    named before the quotation is whose head speaks, so no change is given to it (its table row would be checked)."""
    doc = _doc(tmp_path, text, "province")
    assert not [(c.kind, c.subject, c.change) for c in doc.claims if c.kind == "delta" and c.subject]


def test_a_group_said_to_hold_every_unit_is_a_reading_to_doubt_not_an_accusation(tmp_path):
    """"nhóm C: 63" beside "nhóm B: 52" of 63 provinces: the whole taken for a group's count is far likelier than a
    text that contradicts itself, so the sum is left undecided (doubtful), with no error."""
    doc = _doc(tmp_path, "Năm 2019 có 63 tỉnh, thành phố được đánh giá. Nhóm B có 52 tỉnh, thành phố; nhóm C có 63 "
                         "tỉnh, thành phố.", "national")
    audit_documents([doc])
    sums = [c for c in doc.checks if c.check == "claim_sum"]
    assert sums and all((c.status, c.reason) == ("unverifiable", "doubtful") for c in sums)
    assert not [f for f in doc.findings if f.severity == "error"]
