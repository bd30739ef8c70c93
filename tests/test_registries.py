"""Registries: data files load, printed names match through OCR damage, unknowns stay unknown."""

from __future__ import annotations

import unicodedata

import pytest

from parscan.normalizers.names import fold
from parscan.registries import DISTRICT_PREFIX, criteria_set, match_unit, unit_registry


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


def _districts() -> list[tuple[str, str, str]]:
    """(province id, kind, name) of every district the registry lists."""
    return [(p.id, kind, name) for p in unit_registry().provinces for kind, name in p.districts]


def test_every_province_lists_its_districts_once_in_nfc() -> None:
    for prov in unit_registry().provinces:
        assert prov.districts, prov.name
        assert len(set(prov.districts)) == len(prov.districts), prov.name
        assert all(kind in DISTRICT_PREFIX and unicodedata.normalize("NFC", name) == name for kind, name in prov.districts)
    ids = [match_unit(f"{DISTRICT_PREFIX[k]} {n}", p, "district").registry_id for p, k, n in _districts()]
    assert None not in ids and len(set(ids)) == len(ids)  # thị xã and huyện Kỳ Anh: two units, two ids


def test_every_district_matches_itself_with_and_without_its_kind_word() -> None:
    for prov, kind, name in _districts():
        own = f"{DISTRICT_PREFIX[kind]} {name}"
        for printed in (f"UBND {own}", own, f"Ủy ban nhân dân {own}".upper()):
            assert match_unit(printed, prov).canonical == own, printed
        if not name.isdigit():  # "Quận 1" is no name without its kind word
            bare = match_unit(name, prov)
            assert bare.registry_id.startswith(f"{prov}/") and bare.canonical.endswith(f" {name}"), name


def test_a_printed_district_never_matches_another_unit_when_no_province_is_known() -> None:
    """With no province known every province's districts are candidates: a name is taken only when it is not
    another unit's too (Phong Điền is Cần Thơ's and Thừa Thiên Huế's); a wrong unit is worse than none."""
    taken = 0
    for prov, kind, name in _districts():
        own = f"{DISTRICT_PREFIX[kind]} {name}"
        match = match_unit(f"UBND {own}", None, "district")
        assert match.canonical is None or (match.canonical == own and match.registry_id.startswith(f"{prov}/")), own
        taken += match.canonical is not None
    assert taken >= 0.9 * len(_districts())
    same = [p for p, _, n in _districts() if fold(n) == fold("Phong Điền")]
    assert len(same) >= 2 and match_unit("UBND huyện Phong Điền", None).canonical is None
    assert all(match_unit("UBND huyện Phong Điền", p).registry_id.startswith(f"{p}/") for p in same)


def test_the_kind_word_does_not_make_another_provinces_district_look_alike() -> None:
    """The kind word is compared apart from the name: "huyện Minh Long" (Quảng Ngãi) scored 83.9 against Vĩnh
    Phúc's "huyện Vĩnh Tường" when both were compared whole, over the 82 threshold."""
    assert match_unit("UBND huyện Minh Long", "vinh_phuc").canonical is None
    assert match_unit("UBND huyện Minh Long", None).registry_id.startswith("quang_ngai/")
    provinces = unit_registry().provinces
    wrong = 0
    for n, prov in enumerate(provinces):
        other = provinces[(n + 1) % len(provinces)]
        for kind, name in prov.districts:
            if not any(fold(name) == fold(theirs) for _, theirs in other.districts):
                wrong += match_unit(f"UBND {DISTRICT_PREFIX[kind]} {name}", other.id).canonical is not None
    assert wrong <= 0.01 * len(_districts())  # one letter apart (Thanh Hà, Thạch Hà) is OCR noise's distance


def test_a_district_keeps_its_kind_and_a_noisy_name_its_unit() -> None:
    assert match_unit("UBND thị xã Kỳ Anh", "ha_tinh").canonical == "thị xã Kỳ Anh"
    assert match_unit("UBND huyện Kỳ Anh", "ha_tinh").canonical == "huyện Kỳ Anh"
    assert match_unit("TX. Đức Phổ", "quang_ngai").canonical == "thị xã Đức Phổ"
    assert match_unit("huyện Đức Phổ", "quang_ngai").canonical == "thị xã Đức Phổ"  # its kind before 2020
    assert match_unit("UBND huyen Minh Lonng", "quang_ngai").canonical == "huyện Minh Long"
