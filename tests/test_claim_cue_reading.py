"""Stated figures read from the cue words of their clause (`claim_cues.py`), and how the audit trusts them.

The cue reader sees a figure only when no claim covers it; to test it apart from the frames (which grow every
session), these cases give it no claims at all (`read_cues(doc, [])`) and look at the one role it gives a
figure.  The audit cases keep the document's other claims, take out those of the figures under test and let
the cue reader read them: an agreement is a pass, a disagreement never an error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parscan.extractors.claim_cues import read_cues
from parscan.schemas.records import Claim
from parscan.scoring.audit import audit_documents
from test_claim_frames import _doc

NATIONAL_LEAD = "Năm 2022, Bộ Nội vụ đánh giá, xếp hạng 63 tỉnh, thành phố trực thuộc Trung ương.\n"


def _read(tmp_path: Path, text: str, head: str = "province") -> list[Claim]:
    return read_cues(_doc(tmp_path, text, head), [])


def _of(claims: list[Claim], figure: float) -> list[Claim]:
    """The cue-read claims whose own figure (the value, or the change it states) is `figure`."""
    return [c for c in claims if figure in (c.value, c.change, -(c.change or 0))]


ROLES = [
    # head, text, the figure, what its one claim must say
    pytest.param("province", "Điểm bình quân của khối sở năm 2022 ghi nhận ở mức 85,40%.", 85.40,
                 dict(kind="average", year=2022), id="average-official"),
    pytest.param("province", "85,40 điểm – đó là mức trung bình các sở đạt được năm nay.", 85.40,
                 dict(kind="average"), id="average-press-figure-first"),
    pytest.param("province", "Sở Tư pháp dẫn đầu toàn tỉnh, 93,10 điểm.", 93.10,
                 dict(kind="highest", subject="Sở Tư pháp"), id="highest-unit-first"),
    pytest.param("province", "Với 93,10 điểm, Sở Tư pháp là đơn vị cao nhất.", 93.10,
                 dict(kind="highest", subject="Sở Tư pháp"), id="highest-figure-first"),
    pytest.param("province", "Sở Ngoại vụ đội sổ, chỉ 75,20 điểm.", 75.20,
                 dict(kind="lowest", subject="Sở Ngoại vụ"), id="lowest-press"),
    pytest.param("province", "Khoảng cách từ đầu bảng xuống cuối bảng là 17,90 điểm.", 17.90,
                 dict(kind="gap"), id="gap-both-extremes"),
    pytest.param("province", "Mức chênh lệch về điểm số ở mức 17,90 điểm.", 17.90, dict(kind="gap"), id="gap-word"),
    pytest.param("province", "Sở Xây dựng giảm 1,25 điểm so với năm 2021.", 1.25,
                 dict(kind="delta", subject="Sở Xây dựng", change=-1.25), id="change-of-a-unit"),
    pytest.param("province", "Sở Công Thương tụt 4 bậc.", 4.0,
                 dict(kind="rank_move", subject="Sở Công Thương", change=-4.0), id="rank-move-down"),
    pytest.param("province", "Đã có 12.345 phiếu được thu về.", 12345.0, dict(kind="survey_count"), id="ballots"),
    pytest.param("province", "Sở Tài chính năm nay đạt 88,15 điểm.", 88.15,
                 dict(kind="value", subject="Sở Tài chính"), id="value-of-a-unit"),
    pytest.param("province", "Loại Tốt: 12 đơn vị.", 12.0, dict(kind="count", band="Tốt"), id="class-before-count"),
    pytest.param("province", "Có 12 đơn vị được xếp vào loại Tốt.", 12.0, dict(kind="count", band="Tốt"),
                 id="class-after-count"),
    pytest.param("national", NATIONAL_LEAD + "Cả nước có 20 địa phương tăng điểm, 43 địa phương giảm điểm.", 43.0,
                 dict(kind="count", frame="fell"), id="units-that-fell"),
    pytest.param("province", "Số đơn vị đạt trên 80% là 20 đơn vị.", 20.0, dict(kind="count", bounds=(80.0, None)),
                 id="count-above-a-bound"),
    pytest.param("ministries", "Số lượng: 18 bộ, ngành.", 18.0, dict(kind="total", scope="ministries"), id="total"),
    pytest.param("province", "Sở Tư pháp [7/29] được biểu dương.", 7.0,
                 dict(kind="rank", subject="Sở Tư pháp", denominator=29), id="rank-in-brackets"),
    pytest.param("ministries", "Bộ Y tế lùi 2 bậc (5 → 7/17).", 5.0, dict(kind="rank", subject="Bộ Y tế", year=2021),
                 id="last-years-rank-before-an-arrow"),
    pytest.param("ministries", "Bộ Y tế lùi 2 bậc (5 → 7/17).", 7.0,
                 dict(kind="rank", subject="Bộ Y tế", year=2022, denominator=17), id="this-years-rank-after-an-arrow"),
    pytest.param("province", "So với năm trước: tăng điểm [20], giảm điểm [9].", 9.0, dict(kind="count", frame="fell"),
                 id="units-that-fell-in-brackets"),
    pytest.param("province", "Sở Nội vụ xếp thứ 3/29.", 3.0, dict(kind="rank", subject="Sở Nội vụ", denominator=29),
                 id="rank-with-denominator"),
]


@pytest.mark.parametrize("head,text,figure,expected", ROLES)
def test_one_role_from_the_cues(tmp_path, head, text, figure, expected):
    claims = _of(_read(tmp_path, text, head), figure)
    assert len(claims) == 1, [(c.kind, c.value, c.change) for c in claims]
    claim = claims[0]
    assert claim.reading == "cue"
    for name, value in expected.items():
        assert getattr(claim, name) == value, (name, claim)


NOT_FIGURES = [
    pytest.param("Theo Quyết định số 1234/QĐ-UBND ngày 15/3/2023, năm 2022 có đánh giá.", {1234, 15, 3, 2023, 2022},
                 id="document-number-date-year"),
    pytest.param("Số đơn vị đạt trên 80% là 20 đơn vị.", {80}, id="bound"),
    pytest.param("Lĩnh vực cải cách thể chế tối đa 14 điểm.", {14}, id="scale-maximum"),
    pytest.param("Kinh phí thực hiện là 250 triệu đồng.", {250}, id="money"),
    pytest.param("Theo Điều 5 của Quy định, Sở Tư pháp báo cáo.", {5}, id="article-number"),
    pytest.param("Mọi thắc mắc xin gọi số 0220 3852 123.", {220, 3852, 123}, id="phone"),
    pytest.param("Sở Nội vụ giữ ngôi đầu lần thứ 4 liên tiếp.", {4}, id="ordinal-of-times"),
]


@pytest.mark.parametrize("text,values", NOT_FIGURES)
def test_not_a_figure_to_read(tmp_path, text, values):
    read = _read(tmp_path, text)
    assert not [c for c in read if c.value in values or c.change in values], [(c.kind, c.value) for c in read]


def test_a_figure_a_frame_read_is_left_alone(tmp_path):
    doc = _doc(tmp_path, "Giá trị trung bình Chỉ số CCHC năm 2022 của các sở, ban, ngành đạt 86,37%, tăng 2,65% so với "
                         "năm 2021 (83,72%).")
    framed = [c for c in doc.claims if c.reading == "frame"]
    assert framed and {86.37, 2.65, 83.72} <= {v for c in framed for v in (c.value, c.change, c.previous_value)}
    assert read_cues(doc, framed) == []
    assert [c for c in doc.claims if c.reading == "cue"] == []


BANDS = NATIONAL_LEAD + "Có {a} địa phương được xếp vào nhóm A, {b} địa phương được xếp vào nhóm B và {c} địa phương được " \
                        "xếp vào nhóm C."


def _audited_by_cues(tmp_path: Path, text: str) -> object:
    """The document audited with its class counts read from the cues only (the frames' counts taken out)."""
    doc = _doc(tmp_path, text, "national")
    kept = [c for c in doc.claims if c.reading == "frame" and c.kind != "count"]
    doc.claims = kept + read_cues(doc, kept)
    audit_documents([doc])
    return doc


def test_a_cue_read_figure_that_agrees_is_verified(tmp_path):
    doc = _audited_by_cues(tmp_path, BANDS.format(a=5, b=49, c=9))
    assert {c.value for c in doc.claims if c.reading == "cue"} == {5.0, 49.0, 9.0}
    passed = [c for c in doc.checks if c.status == "pass" and c.check == "claim_sum"]
    assert passed and {5.0, 49.0, 9.0, 63.0} <= set(passed[0].figures)
    assert [f for f in doc.findings if f.severity == "error"] == []


def test_a_cue_read_figure_that_disagrees_is_unverifiable_never_an_error(tmp_path):
    doc = _audited_by_cues(tmp_path, BANDS.format(a=5, b=49, c=12))
    assert [f.message_en for f in doc.findings if f.severity == "error"] == []
    assert not [c for c in doc.checks if c.status == "fail"]
    undecided = [c for c in doc.checks if c.reason == "cue_only"]
    assert len(undecided) == 1 and undecided[0].status == "unverifiable"
    assert {undecided[0].published, undecided[0].expected} == {66.0, 63.0}
    warning = next(f for f in doc.findings if f.check == undecided[0].check)
    assert warning.severity == "warning" and "66" in warning.message_vi and "63" in warning.message_vi
    assert "cue words" in warning.message_en


def test_the_reading_is_in_the_json(tmp_path):
    doc = _audited_by_cues(tmp_path, BANDS.format(a=5, b=49, c=9))
    dumped = [c["reading"] for c in doc.model_dump(mode="json")["claims"]]
    assert "cue" in dumped and "frame" in dumped
    assert Claim(kind="average").model_dump()["reading"] == "frame"


# ---------------------------------------------------------------- session 15: more figures, the same one-role rule

MINISTRIES_LEAD = "Năm 2022, Bộ Nội vụ xác định Chỉ số CCHC của 17 bộ, cơ quan ngang bộ.\n"

ROLES_15 = [
    # a rank labelled by its year, in a sentence about one unit's rank: year before the figure, after it, a list
    pytest.param("province", "Sở Công Thương – vị trí xếp hạng: năm 2021 – 11; năm 2022 – 8/29.", 11.0,
                 dict(kind="rank", subject="Sở Công Thương", year=2021), id="rank-labelled-year-before"),
    pytest.param("province", "Sở Công Thương – vị trí xếp hạng: năm 2021 – 11; năm 2022 – 8/29.", 8.0,
                 dict(kind="rank", subject="Sở Công Thương", year=2022, denominator=29), id="rank-labelled-this-year"),
    pytest.param("ministries", "Trên bảng xếp hạng, Bộ Tài chính vượt 3 bậc (9 năm 2021; 6/17 năm 2022).", 9.0,
                 dict(kind="rank", subject="Bộ Tài chính", year=2021), id="rank-labelled-year-after"),
    pytest.param("province", "Vị trí của Sở Xây dựng\n– Năm nay: 6/29\n– Năm trước: 9", 9.0,
                 dict(kind="rank", subject="Sở Xây dựng", year=2021), id="rank-in-a-list-under-its-unit"),
    # the two ranks of a move and its direction from the words of ranks
    pytest.param("province", "Cú thăng hạng của Sở Nội vụ: 3 bậc, từ 9 lên 6/29.", 3.0,
                 dict(kind="rank_move", subject="Sở Nội vụ", change=3.0), id="rank-move-up-by-its-words"),
    pytest.param("province", "Cú thăng hạng của Sở Nội vụ: 3 bậc, từ 9 lên 6/29.", 9.0,
                 dict(kind="rank", subject="Sở Nội vụ", year=2021), id="rank-a-move-starts-from"),
    pytest.param("ministries", "Bộ Y tế bị tụt hạng: 2 bậc, từ 4 xuống 6/17.", 6.0,
                 dict(kind="rank", subject="Bộ Y tế", year=2022, denominator=17), id="rank-a-move-ends-at"),
    # an extreme named in the clause before its score
    pytest.param("province", "Đơn vị có kết quả cao nhất là Sở Tư pháp; điểm số đạt 92,40%.", 92.40,
                 dict(kind="highest", subject="Sở Tư pháp"), id="highest-named-in-the-clause-before"),
    pytest.param("ministries", "Xếp chót bảng là Bộ Ngoại giao; chỉ được 71,05 điểm.", 71.05,
                 dict(kind="lowest", subject="Bộ Ngoại giao"), id="lowest-named-in-the-clause-before-press"),
    # class labels in quotation marks, the count after its label
    pytest.param("province", "Mức “Tốt” có 15 đơn vị.", 15.0, dict(kind="count", band="Tốt"), id="quoted-class"),
    pytest.param("province", "Phân loại: “Xuất sắc” – 4 đơn vị, “Khá” – 10 đơn vị.", 10.0,
                 dict(kind="count", band="Khá"), id="quoted-classes-in-a-row"),
    # all the units: the scores of a count whose noun names them all, with no qualifier; the units that took part
    pytest.param("ministries", "Năm nay, điểm số của 17 bộ, ngành – các bộ, cơ quan ngang bộ – đều được công khai.", 17.0,
                 dict(kind="total", scope="ministries"), id="total-the-scores-of-all"),
    pytest.param("ministries", "Theo báo cáo thẩm định, 17 bộ, cơ quan ngang bộ đều đã được chấm điểm đầy đủ.", 17.0,
                 dict(kind="total", scope="ministries"), id="total-all-assessed"),
    # a score standing alone, named by the sentence after it
    pytest.param("province", "88,60 điểm! Đây là kết quả đưa Sở Nội vụ lên ngôi đầu năm nay.", 88.60,
                 dict(kind="highest", subject="Sở Nội vụ"), id="score-alone-named-after-press"),
    pytest.param("ministries", "70,12%. Đó là mức điểm khiến Bộ Xây dựng đứng cuối bảng năm 2022.", 70.12,
                 dict(kind="lowest", subject="Bộ Xây dựng", year=2022), id="score-alone-named-after-lowest"),
    # the answer to a question "bao nhiêu …?": the count of the one bound or class it asks about
    pytest.param("province", "Có bao nhiêu đơn vị vượt mốc 85%? Câu trả lời: 11.", 11.0,
                 dict(kind="count", bounds=(85.0, None)), id="answer-a-bound"),
    pytest.param("national", NATIONAL_LEAD + "Bao nhiêu tỉnh, thành phố lọt vào nhóm C? Tất cả là 8.", 8.0,
                 dict(kind="count", band="Nhóm C"), id="answer-a-class"),
    pytest.param("national", NATIONAL_LEAD + "Bao nhiêu tỉnh, thành phố lọt vào nhóm C? 8, so với 11 của năm 2021.", 11.0,
                 dict(kind="count", band="Nhóm C", year=2021), id="answer-a-class-last-year"),
]


@pytest.mark.parametrize("head,text,figure,expected", ROLES_15)
def test_one_role_from_the_cues_session_15(tmp_path, head, text, figure, expected):
    test_one_role_from_the_cues(tmp_path, head, text, figure, expected)


NOT_READ_15 = [
    # a count with its noun labelled by a year in a sentence about ranks is no rank
    pytest.param("province", "Bảng xếp hạng của Sở Y tế năm 2022 – 29 đơn vị tham gia.", {29}, id="count-in-a-rank-sentence"),
    # a question that asks for a change, or names two classes, is answered by no one count
    pytest.param("province", "Bao nhiêu đơn vị tăng điểm so với năm trước? Con số là 12.", {12}, id="answer-a-change"),
    pytest.param("province", "Bao nhiêu đơn vị loại Tốt và loại Khá? Tất cả là 20.", {20}, id="answer-two-classes"),
    # all assessed, but only some of them: a level in the clause
    pytest.param("province", "5 đơn vị được đánh giá cao về chuyển đổi số.", {5}, id="some-assessed-well"),
    # two units in a rank sentence: whose rank is not said by one cue
    pytest.param("province", "Xếp hạng của Sở Y tế và Sở Tư pháp: năm 2021 – 4.", {4}, id="rank-of-two-units"),
    # a list under a heading that names no rank is not that unit's ranks
    pytest.param("province", "Sở Xây dựng\n– Năm nay: 6\n– Năm trước: 9", {6, 9}, id="list-under-a-name-alone"),
    # the clause before names both extremes: the score is not one of them
    pytest.param("province", "Cao nhất là Sở Tư pháp, thấp nhất là Sở Y tế; mức điểm 80,10%.", {80.10},
                 id="both-extremes-before"),
    # "Hà" of "Hà Giang" is no "hạ" (a fall): the score has no change word
    pytest.param("national", "Hà Giang khởi sắc 0,84% so với năm trước.", {-0.84}, id="a-fall-word-in-a-name"),
    # a year, a date and a document number in a sentence about ranks
    pytest.param("province", "Vị trí xếp hạng của Sở Y tế theo Quyết định số 12/QĐ-UBND ngày 15/3/2023 năm 2022.",
                 {12, 15, 3, 2023, 2022}, id="document-number-in-a-rank-sentence"),
]


@pytest.mark.parametrize("head,text,values", NOT_READ_15)
def test_not_read_session_15(tmp_path, head, text, values):
    read = _read(tmp_path, text, head)
    assert not [c for c in read if c.value in values or c.change in values], [(c.kind, c.value, c.change) for c in read]


def test_score_alone_named_by_the_next_sentence_is_no_extreme(tmp_path):
    """"88,60 điểm! Đó là kết quả của Sở Nội vụ.": the frames read the score as that unit's (session 15); with no
    extreme named, neither the frames nor the cue reader make it the highest or the lowest."""
    read = _of(_read(tmp_path, "88,60 điểm! Đó là kết quả của Sở Nội vụ.", "province"), 88.60)
    assert read and all(c.kind == "value" and c.subject == "Sở Nội vụ" for c in read), \
        [(c.kind, c.subject, c.reading) for c in read]


@pytest.mark.parametrize("text", [
    pytest.param("Điểm số của 3 đơn vị đạt trên 90% đã được công khai.", id="scores-of-a-bounded-few"),
    pytest.param("Điểm số của 4 đơn vị xếp cuối đã được công khai.", id="scores-of-the-last-few"),
])
def test_the_scores_of_some_units_are_no_total(tmp_path, text):
    read = _read(tmp_path, text)
    assert not [c for c in read if c.kind == "total"], [(c.kind, c.value) for c in read]


def test_a_whole_before_the_count_of_a_bound_is_not_that_count(tmp_path):
    read = _read(tmp_path, "Khối sở có 21 cơ quan, trong đó: 3 cơ quan đạt từ 90 điểm trở lên.")
    assert [(c.value, c.bounds) for c in read if c.bounds] == [(3.0, (90.0, None))]


def test_a_score_labelled_by_a_year_in_a_rank_sentence_is_no_rank(tmp_path):
    read = _read(tmp_path, "Thứ hạng và điểm của Sở Y tế: năm 2022 – 85,20%.")
    assert not [c for c in read if c.kind == "rank"], [(c.kind, c.value) for c in read]


def test_the_reported_year_after_a_sentence_that_ends_on_it(tmp_path):
    read = _read(tmp_path, "Năm 2021, điểm trung bình là 82,10%; sang năm 2022 là 84,30%. Mức “Khá”: 9 đơn vị.")
    assert [(c.band, c.year) for c in _of(read, 9.0)] == [("Khá", 2022)]


def _stated(doc, **want) -> list[Claim]:
    return [c for c in doc.claims if all(getattr(c, k) == v for k, v in want.items())]


def test_a_class_count_restated_for_another_year_and_its_change(tmp_path):
    """The class's count of last year, restated after this year's, and the change of the class's count: read once
    each (by a frame or by the cues; last year's count on its own or as the change's previous value), and the change
    agrees with the two counts."""
    doc = _doc(tmp_path, NATIONAL_LEAD + "Nhóm A năm nay có 7 địa phương, năm 2021 có 5.\n"
                                         "Nhóm A mở cửa rộng hơn: tăng 2 địa phương.", "national")
    assert len(_stated(doc, kind="count", band="Nhóm A", year=2021, value=5.0)
               + _stated(doc, kind="count", band="Nhóm A", previous_year=2021, previous_value=5.0)) == 1
    assert len(_stated(doc, kind="count", band="Nhóm A", year=2022, change=2.0)) == 1
    assert [c for c in doc.checks if c.check == "claim_delta" and c.status == "pass" and 2.0 in c.figures]
    assert [f for f in doc.findings if f.severity == "error"] == []


@pytest.mark.parametrize("head,text,parts,total", [
    pytest.param("national", NATIONAL_LEAD + "Về cơ cấu, tỉnh chiếm 58 và thành phố trực thuộc Trung ương chiếm 5.",
                 [58.0, 5.0], 63.0, id="parts-national"),
    pytest.param("ministries", MINISTRIES_LEAD + "Danh sách gồm bộ (số lượng: 13) và cơ quan ngang bộ (số lượng: 4).",
                 [13.0, 4.0], 17.0, id="parts-ministries-kind-before"),
])
def test_the_parts_of_the_units_assessed_against_the_stated_total(tmp_path, head, text, parts, total):
    doc = _doc(tmp_path, text, head)
    claims = [c for c in doc.claims if c.parts == parts]
    assert len(claims) == 1 and claims[0].value == total and claims[0].kind == "total"
    passed = [c for c in doc.checks if c.check == "claim_total_sum" and c.status == "pass"]
    assert passed and set(parts) <= set(passed[0].figures)


def test_cue_read_parts_that_disagree_are_unverifiable_never_an_error(tmp_path):
    doc = _doc(tmp_path, NATIONAL_LEAD + "Về cơ cấu, tỉnh chiếm 58 và thành phố trực thuộc Trung ương chiếm 6.",
               "national")
    assert [f.message_en for f in doc.findings if f.severity == "error"] == []
    undecided = [c for c in doc.checks if c.check == "claim_total_sum"]
    assert undecided and all(c.status == "unverifiable" and c.reason == "cue_only" for c in undecided)


def test_parts_with_no_stated_total_are_not_read(tmp_path):
    doc = _doc(tmp_path, "Về cơ cấu, sở chiếm 19 và UBND cấp huyện chiếm 9.")
    assert not [c for c in doc.claims if c.parts]


def test_ranks_labelled_by_their_years_are_read_by_the_frames_since_session_15(tmp_path):
    """Once read from the cues (session 15's first part), this construction is read by the frames now: a move that
    agrees with its two ranks is verified, one that does not is an error (each rank labelled by its year: a sure
    reading, not a guess from cue words)."""
    agrees = _doc(tmp_path, "Sở Công Thương – vị trí xếp hạng: năm 2021 – 11; năm 2022 – 8/29; tăng 3 bậc.")
    assert [c for c in agrees.checks if c.status == "pass" and {11.0, 8.0} <= set(c.figures)]
    assert all(c.reading == "frame" for c in agrees.claims if c.value in (11.0, 8.0))
    wrong = _doc(tmp_path, "Sở Công Thương – vị trí xếp hạng: năm 2021 – 11; năm 2022 – 8/29; tăng 4 bậc.")
    assert len([f for f in wrong.findings if f.severity == "error" and f.check == "claim_rank"]) == 1


def test_a_failing_cue_reader_keeps_the_frames_claims(tmp_path, monkeypatch):
    """The cue reader only adds figures: if it raises, the frames' claims stay and the document says why."""
    from parscan.extractors import claims as claims_module

    def broken(*_args, **_kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(claims_module, "read_cues", broken)
    doc = _doc(tmp_path, "Sở Tư pháp dẫn đầu với 92,50%; thấp nhất là Sở Y tế với 75,20%.", "province")
    assert {c.kind for c in doc.claims} >= {"highest", "lowest"}
    assert any("cue-word reader failed (ValueError: boom)" in w for w in doc.warnings), doc.warnings


# ---------------------------------------------------------------- session 16: stories of one class, one unit's ranks

ROLES_16 = [
    # a class's count with last year's and the change, each from the words right around it
    pytest.param("province", "Loại Tốt năm nay còn 9 đơn vị, mất đi 3 đơn vị; năm ngoái là 12.", 9.0,
                 dict(kind="count", band="Tốt", change=-3.0, previous_value=12.0, year=2022), id="class-story-official"),
    pytest.param("national", NATIONAL_LEAD + "Đối chiếu hai năm, nhóm B: 45 → 48 (+3).", 48.0,
                 dict(kind="count", band="Nhóm B", change=3.0, previous_value=45.0), id="class-story-arrow"),
    pytest.param("national", NATIONAL_LEAD + "Nhóm C có thu hẹp không?\nGiảm 2 địa phương: từ 10 xuống 8.", 8.0,
                 dict(kind="count", band="Nhóm C", change=-2.0, previous_value=10.0), id="class-story-under-a-question"),
    pytest.param("province", "Với 14 đơn vị, loại Khá năm nay chưa bằng năm ngoái (16); chênh 2 đơn vị.", 14.0,
                 dict(kind="count", band="Khá", change=-2.0, previous_value=16.0), id="class-story-figure-first-press"),
    pytest.param("province", "Số đơn vị xếp loại Tốt: năm 2021 (8), năm 2022 (11), tăng (3).", 11.0,
                 dict(kind="count", band="Tốt", change=3.0, previous_value=8.0), id="class-story-year-labels"),
    # one unit's ranks and its move: years from their labels, the sign from the sentence's move words
    pytest.param("province", "Năm nay Sở Tài chính đứng thứ 5/20 – kém năm 2021 (hạng 2) đúng 3 bậc.", 3.0,
                 dict(kind="rank_move", subject="Sở Tài chính", change=-3.0), id="rank-story-move-down"),
    pytest.param("province", "Năm nay Sở Tài chính đứng thứ 5/20 – kém năm 2021 (hạng 2) đúng 3 bậc.", 2.0,
                 dict(kind="rank", subject="Sở Tài chính", year=2021), id="rank-story-last-year"),
    pytest.param("ministries", "Bộ Y tế đạt vị trí 4 trong 17 bộ, cao hơn thứ hạng 9 của năm trước tới 5 bậc.", 4.0,
                 dict(kind="rank", subject="Bộ Y tế", year=2022), id="rank-story-this-year-unlabelled"),
    pytest.param("ministries", "Bộ Y tế đạt vị trí 4 trong 17 bộ, cao hơn thứ hạng 9 của năm trước tới 5 bậc.", 5.0,
                 dict(kind="rank_move", subject="Bộ Y tế", change=5.0, previous_value=9.0), id="rank-story-move-up"),
    pytest.param("province", "Vị trí của Sở Nội vụ\nNăm 2021: hạng 7; năm 2022: hạng 3/20; +4 bậc.", 4.0,
                 dict(kind="rank_move", subject="Sở Nội vụ", change=4.0), id="rank-story-under-a-heading"),
    pytest.param("province", "Thứ hạng của Sở Nội vụ\n• Hạng 2021: 7\n• Hạng 2022: 3/20", 7.0,
                 dict(kind="rank", subject="Sở Nội vụ", year=2021), id="rank-a-year-printed-as-a-rank"),
    # the whole the units are counted out of
    pytest.param("national", NATIONAL_LEAD + "Kết quả của 35 tỉnh, thành phố cao hơn trung bình, trên tổng số 63.", 63.0,
                 dict(kind="total", scope="provinces"), id="total-out-of-all"),
    # (a bare count after its class label and a verb of having, "loại Khá đón 11", is read by the frames since the
    # groups' session 16 work: tests/test_claim_roles_groups.py)
    # units that rose or fell: a bare count before the word, a column's word before the count
    pytest.param("province", "Đối chiếu với năm 2021: 14 tăng, 6 giảm.", 6.0, dict(kind="count", frame="fell"),
                 id="bare-count-before-its-move"),
    pytest.param("province", "Giảm điểm | 6 đơn vị", 6.0, dict(kind="count", frame="fell"), id="count-after-a-column"),
]


@pytest.mark.parametrize("head,text,figure,expected", ROLES_16)
def test_one_role_from_the_cues_session_16(tmp_path, head, text, figure, expected):
    test_one_role_from_the_cues(tmp_path, head, text, figure, expected)


NOT_READ_16 = [
    # no role for money, a document number and a date beside a class's change
    pytest.param("province", "Loại Tốt năm nay nhận thưởng 50 triệu đồng, năm ngoái 30 triệu đồng.", {50, 30},
                 id="money-beside-a-class"),
    pytest.param("province", "Theo Quyết định số 15/QĐ-UBND ngày 10/3/2023, loại Tốt giảm 2 đơn vị.", {15, 10, 3, 2023},
                 id="document-number-beside-a-class-change"),
    # a rank of a year neither this nor last, and a move whose sentence names no direction
    pytest.param("province", "Năm nay Sở Y tế đứng thứ 6/20, năm 2019 là 11.", {11}, id="rank-of-an-older-year"),
    pytest.param("province", "Sở Y tế ở vị trí 5/20 năm 2022, năm 2021 là 8; thay đổi 3 bậc.", {3, -3},
                 id="move-without-direction"),
    pytest.param("province", "Sau năm 2021 (hạng 8), năm nay Sở Y tế đứng thứ 5/20 – 3 bậc.", {3, -3},
                 id="after-is-no-fall"),
    # a bare count before "tăng" in a clause that compares nothing is no count of units that rose
    pytest.param("province", "Điểm thưởng 3 tăng, điểm trừ 2 giảm.", {3, 2}, id="bare-number-before-a-rise-no-comparison"),
]


@pytest.mark.parametrize("head,text,values", NOT_READ_16)
def test_not_read_session_16(tmp_path, head, text, values):
    read = _read(tmp_path, text, head)
    assert not [c for c in read if c.value in values or c.change in values], [(c.kind, c.value, c.change) for c in read]


def test_two_classes_give_no_class_story(tmp_path):
    read = _read(tmp_path, NATIONAL_LEAD + "So với năm ngoái, nhóm A tăng 2, nhóm B giảm 2.", "national")
    assert not [c for c in read if c.change is not None], [(c.kind, c.band, c.change) for c in read]


@pytest.mark.parametrize("head,text,check", [
    pytest.param("national", NATIONAL_LEAD + "Đối chiếu hai năm, nhóm B: 45 → 48 (+3).", "claim_delta",
                 id="class-story"),
    pytest.param("province", "Năm nay Sở Tài chính đứng thứ 5/20 – kém năm 2021 (hạng 2) đúng 3 bậc.", "claim_rank",
                 id="rank-story"),
])
def test_a_story_that_agrees_is_verified(tmp_path, head, text, check):
    doc = _doc(tmp_path, text, head)
    assert [c for c in doc.checks if c.check == check and c.status == "pass"], \
        [(c.check, c.status, c.reason) for c in doc.checks]
    assert [f for f in doc.findings if f.severity == "error"] == []


def test_a_class_story_read_by_the_frames_that_disagrees_is_one_error(tmp_path):
    """"nhóm B: 45 → 48 (+4)": since the moves' session 16 work the frames read the arrow and its signed change, so
    the text's own contradiction is reported once, on the change (no longer a cue reading's undecided check)."""
    doc = _doc(tmp_path, NATIONAL_LEAD + "Đối chiếu hai năm, nhóm B: 45 → 48 (+4).", "national")
    assert [(f.check, f.published) for f in doc.findings if f.severity == "error"] == [("claim_delta", 4.0)]


@pytest.mark.parametrize("head,text,check", [
    pytest.param("province", "Năm nay Sở Tài chính đứng thứ 5/20 – kém năm 2021 (hạng 2) đúng 4 bậc.", "claim_rank",
                 id="rank-story"),
])
def test_a_story_that_disagrees_is_unverifiable_never_an_error(tmp_path, head, text, check):
    doc = _doc(tmp_path, text, head)
    assert [f.message_en for f in doc.findings if f.severity == "error"] == []
    undecided = [c for c in doc.checks if c.check == check and c.published is not None and abs(c.published) == 4.0]
    assert undecided and all(c.status == "unverifiable" and c.reason == "cue_only" for c in undecided)


def test_a_cue_read_figure_of_another_measure_does_not_excuse_a_wrong_count(tmp_path):
    """A class stated as 1 unit and listed with 2 is an error even when a rank move of "2 bậc" elsewhere is read from
    its cue words: the 2 compared with is the list's, not that move's."""
    doc = _doc(tmp_path, "Loại Xuất sắc có 1 đơn vị: Sở Tư pháp và Sở Y tế.\n"
                         "Từ vị trí 9 năm 2021, năm 2022 Sở Nội vụ được nâng lên vị trí 7/20, tương đương 2 bậc.")
    assert any(c.reading == "cue" and c.kind == "rank_move" for c in doc.claims)
    assert [f for f in doc.findings if f.severity == "error" and f.check == "claim_count"]


@pytest.mark.parametrize("head,text,kind,whole,parts", [
    pytest.param("province", "Cơ cấu đơn vị được đánh giá: khối sở [20], khối huyện [9], cộng lại [29].", "total", 29.0,
                 [20.0, 9.0], id="parts-then-their-sum"),
    pytest.param("province", "Tổng số 3.450 phiếu đã thu về, gồm: cán bộ 1.200 phiếu và người dân 2.250 phiếu.",
                 "survey_count", 3450.0, [1200.0, 2250.0], id="ballots-whole-first"),
    pytest.param("ministries", "Ý kiến khảo sát | cán bộ, công chức: 21.000 | người dân: 30.500 | cộng: 51.500",
                 "survey_count", 51500.0, [21000.0, 30500.0], id="ballots-in-a-row"),
])
def test_parts_and_their_whole_in_one_sentence(tmp_path, head, text, kind, whole, parts):
    read = [c for c in _read(tmp_path, text, head) if c.parts]
    assert [(c.kind, c.value, c.parts) for c in read] == [(kind, whole, parts)]


def test_numbers_inside_names_are_no_parts(tmp_path):
    read = _read(tmp_path, "– Có 3 đơn vị: Sở Y tế; UBND Quận 4; UBND Quận 10.")
    assert not [c for c in read if c.parts], [(c.kind, c.value, c.parts) for c in read]


def test_ballot_parts_closed_by_their_sum_that_disagree_are_one_error(tmp_path):
    """Items set apart by bars and closed by "cộng" are read by the frames since the deltas' session 16 work (no
    longer the cue reader's guess): a sum the listed parts do not make is reported once, on the stated total."""
    doc = _doc(tmp_path, "Ý kiến khảo sát | cán bộ, công chức: 21.000 | người dân: 30.500 | cộng: 52.500")
    errors = [(f.check, f.published) for f in doc.findings if f.severity == "error"]
    assert errors == [("survey_count", 52500.0)]
