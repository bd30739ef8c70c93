"""Registries: data files load, printed names match through OCR damage, unknowns stay unknown."""

from __future__ import annotations

import pytest

from parscan.normalizers.names import fold
from parscan.registries import criteria_set, match_unit, unit_registry


def test_fold_makes_raw_ocr_and_clean_names_meet() -> None:
    assert fold("Sở Giáo dục và Đào tạo") == fold("S& Giao duc va Pao tao") == fold("SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    assert fold("Ban Quản lý") == fold("Ban Quan 1y")
    assert fold("thị xã") == fold("thi x4")


def test_criteria_sets_load_with_consistent_points() -> None:
    old = criteria_set("provincial_2017_2021")
    fields = [i for i in old.items if i.level == "field"]
    assert len(fields) == 8 and sum(i.max_points for i in fields) == pytest.approx(100)
    # every criterion's children sum to it where the set lists children with points
    for item in old.items:
        children = [c for c in old.items if c.code.rsplit(".", 1)[0] == item.code and c.code.count(".") == item.code.count(".") + 1]
        if children and item.level == "criterion":
            assert sum(c.max_points for c in children) == pytest.approx(item.max_points), item.code
    new = criteria_set("provincial_2022_2030")
    assert [i.code for i in new.items if i.level == "field"] == [str(n) for n in range(1, 9)]


def test_63_provinces_and_seed_districts() -> None:
    reg = unit_registry()
    assert len(reg.provinces) == 63
    assert len(reg.province("ha_nam").districts) == 6
    assert len(reg.province("hai_duong").districts) == 12
    assert len(reg.province("ha_tinh").districts) == 13
    assert len(reg.province("dak_lak").districts) == 15
    assert len(reg.province("hai_phong").districts) == 15


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("S& Thong tin va Truyén thong", "Sở Thông tin và Truyền thông"),
        ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"),
        ("S¢ Lao dong-TBXH", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở VH-TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("BQL các KCN", "Ban Quản lý các khu công nghiệp"),
        ("VP UBND tỉnh", "Văn phòng UBND tỉnh"),
        ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Ban Quan 1y khu dai hoc NC", "Ban Quản lý Khu đại học Nam Cao"),
        ("Ủy ban nhân dân thành phố Phủ Lý", "thành phố Phủ Lý"),
        ("Kim Bang", "huyện Kim Bảng"),
    ],
)
def test_unit_matching(printed: str, canonical: str) -> None:
    match = match_unit(printed, "ha_nam")
    assert match.canonical == canonical and match.score is not None and match.score >= 82


def test_unknown_names_are_not_invented() -> None:
    match = match_unit("Hội Cựu chiến binh tỉnh", "ha_nam")
    assert match.canonical is None and match.registry_id is None and match.printed == "Hội Cựu chiến binh tỉnh"


def test_province_found_in_header_text() -> None:
    assert unit_registry().find_province("UBND TINH HA NAM").id == "ha_nam"
    assert unit_registry().find_province("TINH PAK LAK").id == "dak_lak"
