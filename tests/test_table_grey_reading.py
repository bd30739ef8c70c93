"""A table whose ink reading is poor (a light or unevenly lit copy) is read again from its flattened grey
levels, cell by cell keeping the better reading (`parscan/pipeline/tables/cells.py`)."""

from __future__ import annotations

import numpy as np

from parscan.pipeline.tables.cells import _better, _clean, _flattened, _poorly_read
from parscan.schemas.geometry import Box
from parscan.schemas.records import Cell


def _cell(text: str, conf: float, col: int = 1) -> Cell:
    return Cell(row=1, col=col, text=text, conf=conf, box=Box(x0=0, y0=0, x1=10, y1=10))


def test_flattened_paper_is_white_and_ink_keeps_its_contrast_under_a_light_falloff() -> None:
    height, width = 600, 900
    paper = np.tile(np.linspace(150, 230, width, dtype=np.float32), (height, 1))  # light falls off leftwards
    gray = paper.copy()
    gray[200:210, 100:800] = paper[200:210, 100:800] * 0.6  # a 10-px stroke across the whole falloff
    gray = gray.astype(np.uint8)
    box = (50, 100, 850, 500)
    flat = _flattened(gray, box)
    assert flat.shape == gray.shape and flat.dtype == np.uint8
    assert flat[300:400, 60:840].min() >= 250  # bare paper inside the table: white, dark side and light side
    stroke = flat[202:208, 110:790].astype(int)
    assert 140 <= stroke.min() and stroke.max() <= 165  # the same ink level on both sides (0.6 of the paper)
    assert (flat[:, :20] == 255).all() and (flat[560:, :] == 255).all()  # outside the table: white
    # the page's one threshold keeps the stroke on the dark side only as ink it can tell from paper
    assert gray[202:208, 110:200].max() < gray[300:400, 700:800].min()


def test_clean_readings() -> None:
    for text in ("7,43", "743", "7/43", "19", "CS1"):
        assert _clean(_cell(text, 10.0))
    assert _clean(_cell("Vĩnh Long", 85.0))
    assert not _clean(_cell("Và Long", 47.0))  # words read without confidence
    for text in ("$5L", "&51", "7,%6", "&I5", "5,6@"):
        assert not _clean(_cell(text, 90.0))  # digits among letters or marks: a fused glyph
    assert _clean(None)


def test_a_table_is_poorly_read_when_few_of_its_readings_are_clean() -> None:
    good = [_cell("7,43", 90.0, k) for k in range(18)] + [_cell("Vĩnh Long", 90.0, 0), None]
    assert not _poorly_read(good)
    garbage = [_cell(t, 60.0, k) for k, t in enumerate(("s46", "&I5", "«Ạo", "724", "$5L", "Và Long"))]
    assert _poorly_read(garbage + good[:6])
    assert not _poorly_read([None, None])


def test_better_reading_is_the_clean_one_else_the_surer_one() -> None:
    ink, grey = _cell("&51", 82.0), _cell("6,51", 40.0)
    assert _better(ink, grey) is grey  # clean beats a surer garbled reading
    assert _better(grey, ink) is grey
    assert _better(_cell("6,51", 60.0), _cell("6,57", 80.0)).text == "6,57"
    assert _better(_cell("6,51", 80.0), _cell("6,57", 80.0)).text == "6,51"  # a tie keeps the ink reading
    assert _better(None, grey) is grey and _better(ink, None) is ink


def test_two_clean_readings_that_disagree_are_settled_by_a_third_reading() -> None:
    ink, grey = _cell("8,81", 60.0), _cell("9,81", 90.0)
    assert _better(ink, grey, lambda: "8,81") is ink  # the third agrees with the less sure reading
    assert _better(ink, grey, lambda: "9,81") is grey
    assert _better(ink, grey, lambda: "7,81") is grey  # agrees with neither: the surer one, as without it
    assert _better(ink, grey, lambda: "") is grey
    asked: list[str] = []

    def third() -> str:
        asked.append("read")
        return "9,81"

    assert _better(_cell("9,81", 60.0), grey, third).text == "9,81"  # same value: no third reading made
    assert _better(_cell("&81", 95.0), grey, third) is grey  # only one clean: settled without it
    assert asked == []
