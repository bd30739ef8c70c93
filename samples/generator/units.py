"""Provinces and the official names of their agencies, so generated reports read like real ones.

A unit has the label printed in the ranking table (often shortened, like the real Hà Nam table) and its
full official name (what a registry would match to).
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    label: str
    name: str
    starred: bool = False  # scored on a 60-point scale (no public services to survey): printed "*" and "X"


@dataclass(frozen=True)
class Province:
    name: str  # "Hà Nam"
    districts: tuple[tuple[str, str], ...]  # (kind, name): ("thành phố", "Phủ Lý")
    signer_names: tuple[str, ...]


PROVINCES: dict[str, Province] = {
    p.name: p
    for p in [
        Province(
            "Hà Nam",
            (("thành phố", "Phủ Lý"), ("thị xã", "Duy Tiên"), ("huyện", "Thanh Liêm"), ("huyện", "Bình Lục"),
             ("huyện", "Lý Nhân"), ("huyện", "Kim Bang")),
            ("Trương Công Khai", "Nguyễn Thị Thu Hà", "Trần Văn Tuấn"),
        ),
        Province(
            "Hải Dương",
            (("thành phố", "Hải Dương"), ("thành phố", "Chí Linh"), ("thị xã", "Kinh Môn"), ("huyện", "Nam Sách"),
             ("huyện", "Kim Thành"), ("huyện", "Thanh Hà"), ("huyện", "Cẩm Giàng"), ("huyện", "Bình Giang"),
             ("huyện", "Gia Lộc"), ("huyện", "Tứ Kỳ"), ("huyện", "Ninh Giang"), ("huyện", "Thanh Miện")),
            ("Vũ Văn Tùng", "Phạm Thị Hồng Nhung", "Lê Quang Huy"),
        ),
        Province(
            "Hà Tĩnh",
            (("thành phố", "Hà Tĩnh"), ("thị xã", "Hồng Lĩnh"), ("thị xã", "Kỳ Anh"), ("huyện", "Hương Sơn"),
             ("huyện", "Đức Thọ"), ("huyện", "Vũ Quang"), ("huyện", "Nghi Xuân"), ("huyện", "Can Lộc"),
             ("huyện", "Hương Khê"), ("huyện", "Thạch Hà"), ("huyện", "Cẩm Xuyên"), ("huyện", "Lộc Hà")),
            ("Nguyễn Văn Lạng", "Đặng Thị Quỳnh Diệp", "Hoàng Văn Quý"),
        ),
        Province(
            "Đắk Lắk",
            (("thành phố", "Buôn Ma Thuột"), ("thị xã", "Buôn Hồ"), ("huyện", "Ea H'leo"), ("huyện", "Krông Năng"),
             ("huyện", "Buôn Đôn"), ("huyện", "Cư M'gar"), ("huyện", "Ea Kar"), ("huyện", "M'Đrắk"),
             ("huyện", "Krông Pắc"), ("huyện", "Krông Bông"), ("huyện", "Krông Ana"), ("huyện", "Lắk")),
            ("Phạm Ngọc Nghị", "H'Yim Kđoh", "Nguyễn Tuấn Hà"),
        ),
        Province(
            "Ninh Bình",
            (("thành phố", "Ninh Bình"), ("thành phố", "Tam Điệp"), ("huyện", "Nho Quan"), ("huyện", "Gia Viễn"),
             ("huyện", "Hoa Lư"), ("huyện", "Yên Khánh"), ("huyện", "Kim Sơn"), ("huyện", "Yên Mô")),
            ("Đinh Văn Điến", "Bùi Thị Mai Hương", "Trần Song Tùng"),
        ),
    ]
}

# (short label as tables print it, official name); "{p}" is the province.
_DEPARTMENTS: list[tuple[str, str, bool]] = [
    ("Sở Nội vụ", "Sở Nội vụ", False),
    ("Sở Tư pháp", "Sở Tư pháp", False),
    ("Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư", False),
    ("Sở Tài chính", "Sở Tài chính", False),
    ("Sở Công Thương", "Sở Công Thương", False),
    ("Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Phát triển nông thôn", False),
    ("Sở Giao thông vận tải", "Sở Giao thông vận tải", False),
    ("Sở Xây dựng", "Sở Xây dựng", False),
    ("Sở Tài nguyên và Môi trường", "Sở Tài nguyên và Môi trường", False),
    ("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông", False),
    ("Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội", False),
    ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch", False),
    ("Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ", False),
    ("Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo", False),
    ("Sở Y tế", "Sở Y tế", False),
    ("Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh {p}", True),
    ("Thanh tra tỉnh", "Thanh tra tỉnh {p}", True),
    ("Ban Quản lý các khu công nghiệp", "Ban Quản lý các khu công nghiệp tỉnh {p}", False),
    ("Ban Dân tộc", "Ban Dân tộc tỉnh {p}", False),
    ("Sở Ngoại vụ", "Sở Ngoại vụ", False),
]


def departments(province: str, count: int, rng: random.Random) -> list[Unit]:
    """`count` departments: the core ones (Nội vụ, Tư pháp, KH&ĐT, Tài chính, the two 60-point units) always,
    the rest drawn with `rng`, so a table usually has starred rows and long names that wrap."""
    count = max(6, min(count, len(_DEPARTMENTS)))
    core = [d for d in _DEPARTMENTS if d[2]] + _DEPARTMENTS[:4]
    rest = [d for d in _DEPARTMENTS if d not in core]
    chosen = core + rng.sample(rest, count - len(core))
    return [Unit(label, name.format(p=province), starred) for label, name, starred in chosen]


def districts(province: str, count: int) -> list[Unit]:
    prov = PROVINCES[province]
    count = max(2, min(count, len(prov.districts)))
    return [Unit(f"{kind.capitalize()} {name}", f"Ủy ban nhân dân {kind} {name}")
            for kind, name in prov.districts[:count]]
