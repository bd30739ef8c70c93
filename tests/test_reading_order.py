"""The two-column national header reads left block, then right block, then the body."""

from __future__ import annotations

from parscan.pipeline.reading_order import order_footer_columns, order_header_columns
from parscan.schemas.geometry import Box
from parscan.schemas.ocr import Line, Page, Word


def line(y: int, *spans: tuple[int, str]) -> Line:
    """Words laid out from x positions: each span is (x0, text), words 20 px apart."""
    words = []
    for x0, text in spans:
        x = x0
        for token in text.split():
            width = 30 * len(token)
            words.append(Word(text=token, box=Box(x0=x, y0=y, x1=x + width, y1=y + 50), conf=95))
            x += width + 20
    box = words[0].box
    for word in words[1:]:
        box = box.union(word.box)
    return Line(text=" ".join(w.text for w in words), box=box, words=words)


def test_facing_header_lines_are_split_and_reordered() -> None:
    page = Page(number=1, width=2480, height=3508, lines=[
        line(200, (300, "UBND TỈNH HÀ NAM"), (1150, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
        line(280, (380, "SỞ NỘI VỤ"), (1350, "Độc lập - Tự do - Hạnh phúc")),
        line(400, (300, "Số: 251/BC-SNV"), (1300, "Hà Nam, ngày 14 tháng 12 năm 2022")),
        line(600, (1120, "BÁO CÁO")),
        line(700, (250, "Thực hiện Kế hoạch số 2555/KH-UBND ngày 22/9/2022 của UBND tỉnh triển khai")),
    ])
    order_header_columns(page)
    assert [l.text for l in page.lines] == [
        "UBND TỈNH HÀ NAM",
        "SỞ NỘI VỤ",
        "Số: 251/BC-SNV",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hà Nam, ngày 14 tháng 12 năm 2022",
        "BÁO CÁO",
        "Thực hiện Kế hoạch số 2555/KH-UBND ngày 22/9/2022 của UBND tỉnh triển khai",
    ]
    assert {l.block for l in page.lines[:3]} == {1} and {l.block for l in page.lines[3:6]} == {2}


def test_page_without_two_columns_is_untouched() -> None:
    lines = [
        line(200, (250, "Thực hiện Kế hoạch số 2555/KH-UBND ngày 22/9/2022 của UBND tỉnh triển khai")),
        line(300, (250, "xác định Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành")),
    ]
    page = Page(number=2, width=2480, height=3508, lines=list(lines))
    order_header_columns(page)
    assert [l.text for l in page.lines] == [l.text for l in lines]


def test_a_lone_low_confidence_mark_in_the_signature_block_is_not_text() -> None:
    def alone(y: int, x: int, text: str, conf: float) -> Line:
        mark = line(y, (x, text))
        mark.words[0].conf = conf
        return mark

    page = Page(number=1, width=2480, height=3508, lines=[
        line(1712, (354, "Nơi nhận:"), (1595, "GIÁM ĐỐC")),
        line(1783, (355, "- Bộ Nội vụ (để b/c);")),
        alone(2035, 1864, "sở:", 18.3),  # the demo's signature, read as a word
        line(2062, (355, "- Lưu: VT, CCHC."), (1510, "Nguyễn Thị Thu Hà")),
        alone(2200, 1600, "Hà", 96.0),  # short but read with confidence: text
        alone(2300, 355, "12", 30.0),  # unsure but a number: kept for the reader to judge
    ])
    order_footer_columns(page)
    assert [l.text for l in page.lines] == [
        "Nơi nhận:", "- Bộ Nội vụ (để b/c);", "- Lưu: VT, CCHC.", "12", "GIÁM ĐỐC", "Nguyễn Thị Thu Hà", "Hà",
    ]
