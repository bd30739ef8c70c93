"""National units registry: ministries and provinces as national PAR INDEX texts print them, and member lists."""

from __future__ import annotations

import pytest

from parscan.registries import match_national_unit, national_scope_size, split_unit_list, unit_registry
from parscan.registries.national import abbreviation_key, national_units

MINISTRY_FORMS = {
    "bo_thong_tin_truyen_thong": ["TT-TT", "TT&TT", "TTTT", "Bộ TT&TT", "Thông tin và Truyền thông",
                                  "Bộ Thông tin - Truyền thông", "Ministry of Information and Communications", "MIC"],
    "bo_tai_nguyen_moi_truong": ["TN-MT", "TN&MT", "TNMT", "Bộ Tài nguyên và Môi truờng", "MONRE"],
    "bo_nong_nghiep_ptnt": ["NN-PTNT", "NN&PTNT", "NNPTNT", "Nông nghiệp và PTNT",
                            "Bộ Nông nghiệp và Phát triển Nông thôn", "MARD"],
    "bo_giao_thong_van_tai": ["GTVT", "Bộ GTVT", "Giao thông vận tải", "Bộ Giao thông - Vận tải", "Ministry of Transport"],
    "bo_ke_hoach_dau_tu": ["KH-ĐT", "KH&ĐT", "KHĐT", "Kế hoạch và Đầu tư", "MPI"],
    "bo_lao_dong_tbxh": ["LĐTB-XH", "LĐ-TB&XH", "LĐ-TBXH", "LĐTBXH", "Bộ Lao động - Thương binh và Xã hội",
                         "Lao động, Thương binh và Xã hội", "Ministry of Labour, Invalids and Social Affairs", "MOLISA"],
    "bo_van_hoa_tt_dl": ["VH-TT-DL", "VHTTDL", "VH-TT&DL", "Bộ Văn hóa, Thể thao và Du lịch",
                         "Văn hóa - Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism"],
    "bo_giao_duc_dao_tao": ["GD-ĐT", "GD&ĐT", "GDĐT", "Bo Giao duc va Dao tao", "MoET"],
    "bo_khoa_hoc_cong_nghe": ["KH-CN", "KH&CN", "KHCN", "Bộ Khoa hoc và Công nghê", "MoST"],
    "ngan_hang_nha_nuoc": ["NHNN", "Ngân hàng Nhà nước", "Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước (NHNN)",
                           "State Bank of Vietnam", "SBV"],
    "thanh_tra_chinh_phu": ["TTCP", "Thanh tra Chính phủ", "Government Inspectorate"],
    "van_phong_chinh_phu": ["VPCP", "Văn phòng Chính phủ", "Government Office"],
    "uy_ban_dan_toc": ["UBDT", "Ủy ban Dân tộc", "Uỷ ban dân tộc", "CEMA"],
    "bo_cong_thuong": ["Công thương", "Bộ Công Thương", "Bộ Công thương", "MoIT"],
    "bo_tai_chinh": ["Tài chính", "Bộ Tài chính", "Bộ Tài Chinh", "MoF", "Ministry of Finance"],
    "bo_tu_phap": ["Tư pháp", "Bộ Tư pháp", "Ministry of Justice", "MoJ"],
    "bo_noi_vu": ["Nội vụ", "Bộ Nội vụ", "BQ NOI VU", "Ministry of Home Affairs", "MoHA"],
    "bo_ngoai_giao": ["Ngoại giao", "Bộ Ngoại giao", "Ministry of Foreign Affairs"],
    "bo_xay_dung": ["Xây dựng", "Bộ Xây dựng", "Ministry of Construction"],
    "bo_y_te": ["Y tế", "Bộ Y Tế", "Ministry of Health"],
}


@pytest.mark.parametrize(("unit_id", "printed"), [(k, p) for k, forms in MINISTRY_FORMS.items() for p in forms])
def test_each_ministry_form_matches_its_ministry(unit_id: str, printed: str) -> None:
    m = match_national_unit(printed, "ministries")
    assert m.registry_id == unit_id, (printed, m)
    assert m.canonical is not None and m.printed == printed


@pytest.mark.parametrize(("printed", "canonical"), [
    ("TP. Hồ Chí Minh", "Hồ Chí Minh"), ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"), ("TP HCM", "Hồ Chí Minh"),
    ("TP.HCM", "Hồ Chí Minh"), ("Ho Chi Minh City", "Hồ Chí Minh"),
    ("Thừa Thiên - Huế", "Thừa Thiên Huế"), ("Huế", "Thừa Thiên Huế"), ("Thua Thien Hue", "Thừa Thiên Huế"),
    ("Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("BR-VT", "Bà Rịa - Vũng Tàu"), ("Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("Đắc Lắc", "Đắk Lắk"), ("Đắk Lắk", "Đắk Lắk"), ("Daklak", "Đắk Lắk"),
    ("tỉnh Quảng Ninh", "Quảng Ninh"), ("Quang Ninh", "Quảng Ninh"), ("Quang Ninh province", "Quảng Ninh"),
    ("thành phố Hải Phòng", "Hải Phòng"), ("Hai Phong", "Hải Phòng"), ("Hài Phòng", "Hải Phòng"),
    ("UBND tỉnh Hà Giang", "Hà Giang"), ("Hậu Giang", "Hậu Giang"), ("Danang", "Đà Nẵng"), ("Bắc Cạn", "Bắc Kạn"),
])
def test_provinces_with_prefixes_variants_and_english(printed: str, canonical: str) -> None:
    m = match_national_unit(printed, "provinces")
    assert m.canonical == canonical, (printed, m)
    assert match_national_unit(printed).canonical == canonical  # no scope: both lists


def test_provinces_are_units_yaml_provinces_and_2025_has_34() -> None:
    ids = {p.id for p in unit_registry().provinces}
    assert {u.id for u in national_units("provinces")} == ids and len(ids) == 63
    assert len(national_units("provinces", 2024)) == 63
    after = national_units("provinces", 2025)
    assert len(after) == 34 and {u.id for u in after} <= ids
    assert sum(u.canonical(2025) in ("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ") for u in after) == 6
    assert national_scope_size("provinces", 2024) == 63 and national_scope_size("provinces", 2019) == 63
    assert national_scope_size("provinces", 2025) == 34 and national_scope_size("provinces", None) is None
    assert national_scope_size("ministries", 2023) is None and national_scope_size("ministries", 2025) is None


def test_year_refuses_units_that_did_not_exist() -> None:
    # merged away in 2025: no match, and no fall-back to a look-alike ("Quảng Bình" is not "Quảng Ninh")
    assert match_national_unit("Quảng Bình", "provinces", 2025).canonical is None
    assert match_national_unit("Quảng Bình", "provinces", 2024).canonical == "Quảng Bình"
    assert match_national_unit("Bà Rịa - Vũng Tàu", "provinces", 2025).canonical is None
    assert match_national_unit("Thừa Thiên Huế", "provinces", 2025).canonical == "Huế"
    assert match_national_unit("TN-MT", "ministries", 2025).canonical is None
    assert match_national_unit("Bộ Kế hoạch và Đầu tư", "ministries", 2025).canonical is None
    assert match_national_unit("NN&MT", "ministries", 2025).registry_id == "bo_nong_nghiep_moi_truong"
    assert match_national_unit("Bộ Nông nghiệp và Môi trường", "ministries", 2024).canonical is None
    assert match_national_unit("Bộ Dân tộc và Tôn giáo", "ministries", 2025).registry_id == "bo_dan_toc_ton_giao"
    assert match_national_unit("Ủy ban Dân tộc", "ministries", 2023).registry_id == "uy_ban_dan_toc"
    assert len(national_units("ministries", 2024)) == 20 and len(national_units("ministries", 2025)) == 15


@pytest.mark.parametrize("printed", ["Bộ Quốc phòng", "Bộ Công an", "Foo", "Sở Nội vụ tỉnh Hà Nam", "", "  ;  ", "TT",
                                     "Bộ Giáo dục", "Hà"])
def test_unknowns_stay_unknown(printed: str) -> None:
    assert match_national_unit(printed).canonical is None
    assert match_national_unit(printed, "ministries").canonical is None


def test_scope_keeps_lists_apart() -> None:
    assert match_national_unit("Quảng Ninh", "ministries").canonical is None
    assert match_national_unit("TT-TT", "provinces").canonical is None
    assert match_national_unit("HCM", "ministries").canonical is None


def test_abbreviation_key_ignores_separators_case_and_head() -> None:
    assert abbreviation_key("TT-TT") == abbreviation_key("TT&TT") == abbreviation_key("Bộ TT&TT") == "tttt"
    assert abbreviation_key("LĐ-TB&XH") == abbreviation_key("LĐTB-XH") == "ldtbxh"
    assert abbreviation_key("VH,TT&DL") == abbreviation_key("VH-TT-DL") == "vhttdl"
    assert abbreviation_key("TP. HCM") == abbreviation_key("HCM") == "hcm"


def test_no_abbreviation_or_name_is_shared_by_two_units() -> None:
    from parscan.registries.national import _index

    index = _index(None)
    assert all(len(owners) == 1 for owners in index.abbr.values())
    seen: dict[str, str] = {}
    for key, unit in zip(index.keys, index.owners):
        assert seen.setdefault(key, unit.id) == unit.id, key


def _ids(matches) -> list[str | None]:
    return [m.registry_id for m in matches]


def test_list_with_mixed_separators_and_abbreviations() -> None:
    out = split_unit_list("Tài chính, Nội vụ; TT-TT, TN-MT; NN-PTNT; Xây dựng; GTVT; KH-ĐT; LĐTB-XH; VH-TT-DL; "
                          "Công thương", "ministries")
    assert _ids(out) == ["bo_tai_chinh", "bo_noi_vu", "bo_thong_tin_truyen_thong", "bo_tai_nguyen_moi_truong",
                         "bo_nong_nghiep_ptnt", "bo_xay_dung", "bo_giao_thong_van_tai", "bo_ke_hoach_dau_tu",
                         "bo_lao_dong_tbxh", "bo_van_hoa_tt_dl", "bo_cong_thuong"]
    assert [m.printed for m in out][:3] == ["Tài chính", "Nội vụ", "TT-TT"]


def test_list_keeps_names_with_commas_and_va_whole() -> None:
    out = split_unit_list("Bộ Ngoại giao; Bộ Tài nguyên và Môi trường; Bộ Kế hoạch và Đầu tư; Bộ Văn hóa, Thể thao "
                          "và Du lịch; Bộ Khoa học và Công nghệ; Bộ Y tế và Bộ Giáo dục và Đào tạo", "ministries")
    assert _ids(out) == ["bo_ngoai_giao", "bo_tai_nguyen_moi_truong", "bo_ke_hoach_dau_tu", "bo_van_hoa_tt_dl",
                         "bo_khoa_hoc_cong_nghe", "bo_y_te", "bo_giao_duc_dao_tao"]
    assert out[3].printed == "Bộ Văn hóa, Thể thao và Du lịch" and out[2].printed == "Bộ Kế hoạch và Đầu tư"
    out = split_unit_list("Văn hóa, Thể thao và Du lịch, Y tế, Lao động, Thương binh và Xã hội và Kế hoạch và Đầu tư",
                          "ministries")
    assert _ids(out) == ["bo_van_hoa_tt_dl", "bo_y_te", "bo_lao_dong_tbxh", "bo_ke_hoach_dau_tu"]
    out = split_unit_list("Ministry of Labour, Invalids and Social Affairs, Ministry of Culture, Sports and Tourism "
                          "and SBV", "ministries")
    assert _ids(out) == ["bo_lao_dong_tbxh", "bo_van_hoa_tt_dl", "ngan_hang_nha_nuoc"]


def test_province_lists() -> None:
    assert [m.canonical for m in split_unit_list("Quảng Ninh, Hải Phòng và Đà Nẵng", "provinces")] == [
        "Quảng Ninh", "Hải Phòng", "Đà Nẵng"]
    out = split_unit_list("Hà Nội; TP. Hồ Chí Minh, Bà Rịa - Vũng Tàu", "provinces", 2024)
    assert [m.canonical for m in out] == ["Hà Nội", "Hồ Chí Minh", "Bà Rịa - Vũng Tàu"]
    assert [m.printed for m in out] == ["Hà Nội", "TP. Hồ Chí Minh", "Bà Rịa - Vũng Tàu"]
    out = split_unit_list("tỉnh Thừa Thiên - Huế, thành phố Cần Thơ; Đắc Lắc và TP HCM.", "provinces")
    assert _ids(out) == ["thua_thien_hue", "can_tho", "dak_lak", "ho_chi_minh"]


def test_all_63_provinces_as_a_list() -> None:
    names = [p.name for p in unit_registry().provinces]
    out = split_unit_list(", ".join(names[:-1]) + " và " + names[-1], "provinces", 2024)
    assert [m.canonical for m in out] == names


def test_unknown_items_stay_in_the_list_as_unmatched() -> None:
    out = split_unit_list("Tài chính, Foo Bar, Nội vụ, Baz", "ministries")
    assert [(m.printed, m.registry_id) for m in out] == [
        ("Tài chính", "bo_tai_chinh"), ("Foo Bar", None), ("Nội vụ", "bo_noi_vu"), ("Baz", None)]
    out = split_unit_list("Bộ Quốc phòng, Bộ Tư pháp", "ministries")
    assert _ids(out) == [None, "bo_tu_phap"]
    assert split_unit_list("", "ministries") == [] and split_unit_list(" ; , ", "provinces") == []
