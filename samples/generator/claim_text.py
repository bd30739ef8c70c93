"""PAR prose with known truth: every stated figure, what it must agree with, and one optional planted fault.

    doc = build_claim_doc(7, register="press", scope="provincial", held_out=True, fault="gap")
    doc.text        # a short báo cáo (official) or news article (press), NFC, full diacritics
    doc.figures     # every stated figure: id, kind, value, text (as printed), subject, checkable, relation, year
    doc.relations   # the arithmetic the text itself makes checkable (diff / sum / len / equal)
    doc.fault       # None, or {"kind", "figure", "published", "true"}
    doc.phrasings   # phrasing ids used ("gap.press.7"); held-out and tuning ids never mix in one document
    build_claim_doc(7, phrasings="unseen")  # a third set, `claim_phrasings_unseen.py` ("gap.press.u3")
    build_claim_doc(7, phrasings="fresh")   # a fourth set, `claim_phrasings_fresh.py` ("gap.press.f3")
    build_claim_doc(7, phrasings="blind")   # a fifth, blind set, `claim_phrasings_blind.py` ("gap.press.b3")
    build_claim_doc(7, phrasings="probe")   # a sixth, blind set, `claim_phrasings_probe.py` ("gap.press.p3")
    build_claim_doc(7, phrasings="sealed")  # a seventh set, `claim_phrasings_sealed.py` ("gap.press.s3")
    build_claim_doc(7, phrasings="vault")   # an eighth set, `claim_phrasings_vault.py` ("gap.press.v3")
    build_claim_doc(7, phrasings="crypt")   # a ninth set, `claim_phrasings_crypt.py` ("gap.press.c3")
    build_claim_doc(7, phrasings="cellar")  # a tenth set, `claim_phrasings_cellar.py` ("gap.press.k3")
    build_claim_doc(7, phrasings="attic")   # an eleventh set, `claim_phrasings_attic.py` ("gap.press.q3")
    build_claim_doc(7, phrasings="loft")    # a twelfth, blind set, `claim_phrasings_loft.py` ("gap.press.w3")
    build_claim_doc(7, phrasings="spire")   # a thirteenth, blind set, `claim_phrasings_spire.py` ("gap.press.z3")
    build_claim_doc(7, phrasings="tower")   # a fourteenth, blind set, `claim_phrasings_tower.py` ("gap.press.t3")
    build_claim_doc(7, phrasings="dome")    # a fifteenth, blind set, `claim_phrasings_dome.py` ("gap.press.d3")

The figures come from one consistent world (units with this year's and last year's scores, ranks, bands,
survey ballots), so whatever a document states agrees with everything else it states. A figure is
`checkable` when it takes part in a relation all of whose figures are printed in the same text (a delta
with both values, a total with all its parts, a count with its member list, the same fact stated twice);
a lone highest value is not. A fault changes ONE printed figure (or one member list) so that exactly one
relation breaks. Phrasings live in `claim_phrasings.py`; about 40 % per kind and register are held out
(`held_out=True` documents use only those, `held_out=False` documents never do). A third set, "unseen"
(`claim_phrasings_unseen.py`, `phrasings="unseen"`), is written apart from the extractor and from the people
who tune it; its documents have `held_out=True` and `phrasing_set == "unseen"`. Its misses have since been
looked at, so a fourth set, "fresh" (`claim_phrasings_fresh.py`, `phrasings="fresh"`), written blind to the
extractor, was the blind measure until it was used to diagnose the extractor; a fifth set, "blind"
(`claim_phrasings_blind.py`, `phrasings="blind"`), written blind to the extractor and to every other set's
sentences, was the blind measure next; a sixth, "probe" (`claim_phrasings_probe.py`, `phrasings="probe"`),
written the same way with more variety per kind (9 phrasings per kind and register), is a further
blind measure (`held_out=True`, `phrasing_set == "probe"`); a seventh, "sealed" (`claim_phrasings_sealed.py`,
`phrasings="sealed"`), written blind to the extractor and apart from all six (10 phrasings per kind and register,
new word orders and constructions), was the blind measure until it was used to diagnose the extractor; an
eighth, "vault" (`claim_phrasings_vault.py`, `phrasings="vault"`), written blind to the extractor and apart from
all seven (11 phrasings per kind and register), was the blind measure until it was used to diagnose the
extractor; a ninth, "crypt" (`claim_phrasings_crypt.py`, `phrasings="crypt"`), written blind to the extractor and
apart from all eight (12 phrasings per kind and register), was the blind measure until it was used to diagnose
the extractor; a tenth, "cellar" (`claim_phrasings_cellar.py`, `phrasings="cellar"`), written blind to the
extractor and apart from all nine (12 phrasings per kind and register), was the blind measure until it was used
to diagnose the extractor; an eleventh, "attic" (`claim_phrasings_attic.py`, `phrasings="attic"`), written blind
to the extractor and apart from all ten (12 phrasings per kind and register), was the blind measure until it was
used to diagnose the extractor; a twelfth, "loft" (`claim_phrasings_loft.py`, `phrasings="loft"`), written blind
to the extractor and apart from all eleven (12 phrasings per kind and register), is a blind measure too
(`held_out=True`, `phrasing_set == "loft"`); a thirteenth, "spire" (`claim_phrasings_spire.py`,
`phrasings="spire"`), written blind to the extractor and apart from all twelve (12 phrasings per kind and
register), is a blind measure too (`held_out=True`, `phrasing_set == "spire"`); a fourteenth, "tower"
(`claim_phrasings_tower.py`, `phrasings="tower"`), written blind to the extractor and apart from all thirteen (12
phrasings per kind and register), is a blind measure too (`held_out=True`, `phrasing_set == "tower"`); a
fifteenth, "dome" (`claim_phrasings_dome.py`, `phrasings="dome"`), written blind to the extractor and apart from
all fourteen (12 phrasings per kind and register), is the newest blind measure (`held_out=True`,
`phrasing_set == "dome"`).

Deterministic from (seed, register, scope, phrasing set, fault).
"""

from __future__ import annotations

import importlib
import itertools
import random
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from samples.generator.claim_phrasings import FILLERS, PHRASINGS, TITLES

SCOPES = ("national_provinces", "national_ministries", "provincial")
PHRASING_SETS = ("tuning", "heldout", "unseen", "fresh", "blind", "probe", "sealed", "vault", "crypt", "cellar",
                 "attic", "loft", "spire", "tower", "dome")
REGISTERS = ("official", "press")
FRAME_KINDS = (
    "total", "average_with_previous", "delta_only", "highest", "lowest", "gap", "comparison", "band_counts",
    "band_members", "threshold_count", "ratio", "parts_total", "count_change", "rank_move", "up_down_counts",
    "ballots",
)
FAULT_KINDS = (
    "average_with_previous", "delta_only", "gap", "comparison", "band_counts", "band_members", "threshold_count",
    "ratio", "parts_total", "count_change", "rank_move", "up_down_counts", "ballots",
)
# frames a frame's relation needs stated elsewhere in the document
_NEEDS = {"gap": ("highest", "lowest"), "threshold_count": ("band_counts",)}
# the role a fault of each kind misprints (band_members alters the member list instead)
_FAULT_ROLES = {
    "average_with_previous": ("delta",), "delta_only": ("delta",), "gap": ("gap",), "comparison": ("diff",),
    "band_counts": ("c0", "c1", "c2", "c3", "c4"), "band_members": ("count",), "threshold_count": ("thr",),
    "ratio": ("den",), "parts_total": ("p0", "p1"), "count_change": ("chg",), "rank_move": ("move",),
    "up_down_counts": ("up", "down"), "ballots": ("total",),
}
_ORDER = ("parts_total", "average_with_previous", "band_counts", "threshold_count", "band_members", "count_change",
          "highest", "lowest", "gap", "comparison", "delta_only", "rank_move", "ratio", "up_down_counts", "ballots")
_UNITS_YAML = Path(__file__).resolve().parents[2] / "parscan" / "registries" / "data" / "units.yaml"
_MARK = re.compile("\ue000(\\d+)\ue001")


# ---------------------------------------------------------------- numbers


_DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def vn_words(n: int) -> str:
    """Vietnamese number words up to 99: 1 một, 10 mười, 15 mười lăm, 21 hai mươi mốt, 24 hai mươi tư."""
    if not 0 <= n < 100:
        raise ValueError(n)
    if n < 10:
        return _DIGITS[n]
    tens, unit = divmod(n, 10)
    head = "mười" if tens == 1 else f"{_DIGITS[tens]} mươi"
    if unit == 0:
        return head
    tail = {5: "lăm"}.get(unit) if tens == 1 else {1: "mốt", 4: "tư", 5: "lăm"}.get(unit)
    return f"{head} {tail or _DIGITS[unit]}"


def fmt_number(value: float | int, decimals: int, *, point: bool = False) -> str:
    """95,39 / 95.39 (decimal point when asked); integers with a thousands dot: 86.000."""
    if decimals == 0:
        return f"{int(value):,}".replace(",", ".")
    text = f"{value:.{decimals}f}"
    return text if point else text.replace(".", ",")


def _hundredths(x: int) -> float:
    return round(x / 100, 2)


# ---------------------------------------------------------------- the world


@dataclass
class Unit:
    key: str
    name: str  # as prose names it: "Quảng Ninh", "Bộ Tư pháp", "UBND huyện Kim Bảng"
    short: str  # in a list after "các bộ:": "Tư pháp"
    cat: str  # tinh / thanh_pho / bo / cqnb / so / huyen
    cur: int = 0  # hundredths
    prev: int = 0
    rank: int = 0
    prev_rank: int = 0


@dataclass
class Band:
    key: str
    low: int  # hundredths, inclusive
    high: int | None
    title: str  # "Nhóm A" / "Xuất sắc"
    grp: str  # "nhóm A" / "loại Xuất sắc"
    inb: str  # "thuộc nhóm A" / "xếp loại Xuất sắc"
    span: str  # "từ 90% trở lên"

    @property
    def Grp(self) -> str:  # noqa: N802 - sentence-initial form
        return self.grp[:1].upper() + self.grp[1:]

    @property
    def Inb(self) -> str:  # noqa: N802
        return self.inb[:1].upper() + self.inb[1:]

    @property
    def reach(self) -> str:
        return "đạt " + self.span


@dataclass
class Vocab:
    units: str  # "tỉnh, thành phố"
    cn: str  # counting noun: "địa phương"
    coll: str  # "các tỉnh, thành phố trực thuộc Trung ương"
    coll_s: str  # "các tỉnh, thành phố"
    this: str  # "địa phương này"
    where: str  # "cả nước"
    ev: str  # evaluator: "Bộ Nội vụ"
    listof: str  # before a member list: "các tỉnh, thành phố"
    grouping: str  # "các nhóm" / "các mức xếp loại"
    place: str  # "tỉnh Hà Nam" or ""
    issuer_top: str  # header line
    one: str = "đơn vị"  # singular: "địa phương" / "bộ" / "đơn vị"

    @property
    def Cn(self) -> str:  # noqa: N802
        return self.cn[:1].upper() + self.cn[1:]

    @property
    def Units(self) -> str:  # noqa: N802
        return self.units[:1].upper() + self.units[1:]


@dataclass
class World:
    scope: str
    year: int
    units: list[Unit]  # by rank
    bands: list[Band]
    counts: dict[str, int]
    prev_counts: dict[str, int]
    avg: int
    prev_avg: int
    threshold: int
    pct: bool  # scores printed in % (else điểm)
    parts: list[tuple[int, str, str]]  # (count, noun, fact)
    ballots_exact: list[int]
    ballots_round: list[int]
    ballot_labels: list[str]
    vocab: Vocab
    province: str | None = None

    @property
    def total(self) -> int:
        return len(self.units)

    @property
    def above_avg(self) -> int:
        return sum(u.cur > self.avg for u in self.units)

    @property
    def up(self) -> int:
        return sum(u.cur > u.prev for u in self.units)

    @property
    def down(self) -> int:
        return sum(u.cur < u.prev for u in self.units)

    def band_of(self, score: int) -> Band:
        return next(b for b in self.bands if score >= b.low and (b.high is None or score < b.high))


@lru_cache(maxsize=1)
def _registry() -> dict[str, Any]:
    return yaml.safe_load(_UNITS_YAML.read_text(encoding="utf-8"))


_CITIES = {"ha_noi", "ho_chi_minh", "hai_phong", "da_nang", "can_tho"}
_MINISTRIES = [
    ("Bộ Ngoại giao", "Ngoại giao"), ("Bộ Tư pháp", "Tư pháp"), ("Bộ Tài chính", "Tài chính"),
    ("Bộ Công Thương", "Công Thương"), ("Bộ Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Phát triển nông thôn"),
    ("Bộ Giao thông vận tải", "Giao thông vận tải"), ("Bộ Xây dựng", "Xây dựng"),
    ("Bộ Tài nguyên và Môi trường", "Tài nguyên và Môi trường"),
    ("Bộ Thông tin và Truyền thông", "Thông tin và Truyền thông"),
    ("Bộ Lao động - Thương binh và Xã hội", "Lao động - Thương binh và Xã hội"),
    ("Bộ Văn hóa, Thể thao và Du lịch", "Văn hóa, Thể thao và Du lịch"),
    ("Bộ Khoa học và Công nghệ", "Khoa học và Công nghệ"), ("Bộ Giáo dục và Đào tạo", "Giáo dục và Đào tạo"),
    ("Bộ Y tế", "Y tế"), ("Bộ Kế hoạch và Đầu tư", "Kế hoạch và Đầu tư"), ("Bộ Nội vụ", "Nội vụ"),
]
_AGENCIES = [("Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước"), ("Thanh tra Chính phủ", "Thanh tra Chính phủ"),
             ("Ủy ban Dân tộc", "Ủy ban Dân tộc")]
_SKIP_DEPTS = {"so_van_hoa_the_thao", "so_du_lich", "bql_kkt", "cuc_thue"}
_DISTRICT_KIND = {"quan": "quận", "huyen": "huyện", "thi_xa": "thị xã", "thanh_pho": "thành phố"}


# the provinces a provincial claim document is drawn from: those whose districts the registry listed when the
# claim sets were written (it lists every province's since session 16); kept so that every set's documents, and
# the benchmark rows measured on them, stay what they were
_DRAWN_PROVINCES = ("ha_noi", "ho_chi_minh", "hai_phong", "da_nang", "can_tho", "ha_nam", "hai_duong", "ha_tinh",
                    "dak_lak", "bac_ninh", "hung_yen", "thai_binh", "nam_dinh", "ninh_binh", "vinh_phuc", "quang_ninh",
                    "thua_thien_hue")


def _province_units(rng: random.Random) -> tuple[str, str, list[Unit], list[str]]:
    reg = _registry()
    provs = [p for p in reg["provinces"] if p["id"] in _DRAWN_PROVINCES]
    prov = rng.choice(provs)
    level = "thành phố" if prov["kind"] == "thanh_pho" else "tỉnh"
    templates = [t for t in reg["department_templates"] if t["id"] not in _SKIP_DEPTS]
    core, rest = templates[:4], templates[4:]
    depts = core + rng.sample(rest, rng.randint(13, len(rest)))
    units = [Unit(t["id"], t["name"].replace("{unit}", level), t["name"].replace("{unit}", level), "so")
             for t in depts]
    kinds_seen: list[str] = []
    for kind, name in prov["districts"]:
        label = _DISTRICT_KIND[kind]
        if label not in kinds_seen:
            kinds_seen.append(label)
        shown = f"{label.capitalize()} {name}" if name.isdigit() else f"{label} {name}"
        units.append(Unit(f"{kind}_{name}", f"UBND {shown}", f"UBND {shown}", "huyen"))
    return prov["name"], level, units, kinds_seen


def _draw_scores(rng: random.Random, units: list[Unit], mean: float, sd: float, bounds: set[int]) -> None:
    used_cur: set[int] = set()
    used_prev: set[int] = set()
    for u in units:
        while True:
            cur = int(round(min(9720, max(6650, rng.gauss(mean, sd)))))
            prev = cur - int(round(rng.gauss(160, 260)))
            prev = min(9790, max(6000, prev))
            if (cur in used_cur or prev in used_prev or cur == prev or cur in bounds or prev in bounds
                    or abs(cur - prev) < 3):
                continue
            used_cur.add(cur)
            used_prev.add(prev)
            u.cur, u.prev = cur, prev
            break
    units.sort(key=lambda u: -u.cur)
    for i, u in enumerate(units, 1):
        u.rank = i
    for i, u in enumerate(sorted(units, key=lambda u: -u.prev), 1):
        u.prev_rank = i


def _mean(values: list[int]) -> int:
    total, n = sum(values), len(values)
    return (2 * total + n) // (2 * n)  # half up, all positive


def _bands(scope: str, rng: random.Random, pct: bool) -> list[Band]:
    unit = "%" if pct else " điểm"
    if scope != "provincial":
        names = [("A", 9000, None), ("B", 8000, 9000), ("C", 7000, 8000), ("D", 0, 7000)]
        return [Band(k, lo, hi, f"Nhóm {k}", f"nhóm {k}", f"thuộc nhóm {k}", _span(lo, hi, unit)) for k, lo, hi in names]
    if rng.random() < 0.5:
        names = [("Xuất sắc", 9000, None), ("Tốt", 8000, 9000), ("Khá", 7000, 8000), ("Trung bình", 5000, 7000),
                 ("Yếu", 0, 5000)]
    else:
        names = [("Xuất sắc", 9500, None), ("Tốt", 8500, 9500), ("Khá", 7500, 8500), ("Trung bình", 7000, 7500),
                 ("Yếu", 0, 7000)]
    verb = rng.choice(["xếp loại", "đạt loại"])
    return [Band(k, lo, hi, k, f"loại {k}", f"{verb} {k}", _span(lo, hi, unit)) for k, lo, hi in names]


def _span(lo: int, hi: int | None, unit: str) -> str:
    a = fmt_number(lo // 100, 0)
    if hi is None:
        return f"từ {a}{unit} trở lên"
    b = fmt_number(hi // 100, 0)
    if lo == 0:
        return f"dưới {b}{unit}"
    return f"từ {a}{unit} đến dưới {b}{unit}" if unit == "%" else f"từ {a} đến dưới {b}{unit}"


def build_world(rng: random.Random, scope: str) -> World:
    year = rng.randint(2017, 2023)
    province = None
    if scope == "national_provinces":
        units = []
        for p in _registry()["provinces"]:
            name = "TP. Hồ Chí Minh" if p["id"] == "ho_chi_minh" else p["name"]
            units.append(Unit(p["id"], name, name, "thanh_pho" if p["id"] in _CITIES else "tinh"))
        pct, mean, sd = True, 8400, 360
        n_tinh = sum(u.cat == "tinh" for u in units)
        parts = [(n_tinh, "tỉnh", "count.part.tinh"),
                 (len(units) - n_tinh, "thành phố trực thuộc Trung ương", "count.part.thanh_pho")]
        vocab = Vocab("tỉnh, thành phố", "địa phương", "các tỉnh, thành phố trực thuộc Trung ương",
                      "các tỉnh, thành phố", "địa phương này", "cả nước", "Bộ Nội vụ", "các tỉnh, thành phố",
                      "các nhóm", "", "BỘ NỘI VỤ", "địa phương")
        labels = ["đại biểu Quốc hội, lãnh đạo, quản lý các cấp", "người dân, tổ chức"]
        ballot_scale = (18000, 40000)
    elif scope == "national_ministries":
        extra = rng.sample(_AGENCIES[1:], rng.choice([0, 0, 1, 2]))
        units = [Unit(f"bo{i}", n, s, "bo") for i, (n, s) in enumerate(_MINISTRIES)]
        units += [Unit(f"cq{i}", n, s, "cqnb") for i, (n, s) in enumerate([_AGENCIES[0], *extra])]
        pct, mean, sd = True, 8450, 430
        n_bo = sum(u.cat == "bo" for u in units)
        parts = [(n_bo, "bộ", "count.part.bo"), (len(units) - n_bo, "cơ quan ngang bộ", "count.part.cqnb")]
        vocab = Vocab("bộ, cơ quan ngang bộ", "bộ, ngành", "các bộ, cơ quan ngang bộ", "các bộ, ngành", "bộ này",
                      "khối bộ, ngành", "Bộ Nội vụ", "các bộ, ngành", "các nhóm", "", "BỘ NỘI VỤ", "bộ")
        labels = ["lãnh đạo, quản lý cấp vụ, cấp sở", "người dân, tổ chức"]
        ballot_scale = (6000, 16000)
    else:
        province, level, units, kinds = _province_units(rng)
        pct, mean, sd = rng.random() < 0.5, 8500, 470
        n_so = sum(u.cat == "so" for u in units)
        kinds = [k for k in ("quận", "huyện", "thị xã", "thành phố") if k in kinds]  # the order reports use
        district_noun = ", ".join(kinds)
        dept_noun = rng.choice(["sở, ban, ngành", "sở, cơ quan ngang sở"])
        parts = [(n_so, dept_noun, "count.part.so"),
                 (len(units) - n_so, rng.choice([f"UBND {district_noun}", "UBND cấp huyện"]), "count.part.huyen")]
        place = f"{level} {province}"
        vocab = Vocab("cơ quan, đơn vị", "đơn vị", f"các sở, ban, ngành và UBND các {district_noun}",
                      "các cơ quan, đơn vị", "đơn vị này", f"toàn {level}", "Sở Nội vụ", "các cơ quan, đơn vị",
                      "các mức xếp loại", place, f"ỦY BAN NHÂN DÂN {level.upper()} {province.upper()}")
        labels = ["lãnh đạo, công chức", "người dân, tổ chức", f"đại biểu HĐND {level}"][: rng.choice([2, 2, 3])]
        ballot_scale = (700, 2600)
    bands = _bands(scope, rng, pct)
    bounds = {b.low for b in bands}
    for _ in range(200):
        _draw_scores(rng, units, mean, sd, bounds)
        counts = {b.key: 0 for b in bands}
        prev_counts = dict(counts)
        world = World(scope, year, units, bands, counts, prev_counts, 0, 0, 0, pct, parts, [], [], labels, vocab,
                      province)
        for u in units:
            counts[world.band_of(u.cur).key] += 1
            prev_counts[world.band_of(u.prev).key] += 1
        nonzero = [b for b in bands if counts[b.key]]
        if len(nonzero) >= 2 and any(counts[b.key] != prev_counts[b.key] and counts[b.key] and prev_counts[b.key]
                                     for b in bands):
            break
    world.avg = _mean([u.cur for u in units])
    world.prev_avg = _mean([u.prev for u in units])
    # threshold: the low bound of the second band (A+B, Xuất sắc+Tốt), so the count sums two bands
    world.threshold = bands[1].low
    exact = [rng.randint(*ballot_scale) for _ in labels]
    world.ballots_exact = exact
    step = 1000 if ballot_scale[0] >= 5000 else 100
    world.ballots_round = [max(step, (x // step) * step) for x in exact]
    return world


# ---------------------------------------------------------------- statements and rendering


@dataclass
class Role:
    fact: str
    value: float | int
    decimals: int
    subject: str
    year: int
    sign: int | None = None  # for signed differences printed with tăng/giảm: sign * value = a - b
    measure: str = "count"  # score / delta / count / rank / ballots


@dataclass
class Phrasing:
    id: str
    kind: str
    register: str
    held_out: bool
    fn: Any
    phrasing_set: str = "tuning"  # one of PHRASING_SETS


class Stmt:
    """One frame instance: its roles (the figures it may print) and the data its phrasing names."""

    def __init__(self, kind: str, phrasing: Phrasing, roles: dict[str, Role], seed: int, **data: Any):
        self.kind, self.phrasing, self.roles, self.seed = kind, phrasing, roles, seed
        self.data = data
        self.index = 0
        self._r: Renderer | None = None
        self.rng = random.Random(seed)

    def __getattr__(self, name: str) -> Any:
        data = self.__dict__.get("data", {})
        if name in data:
            return data[name]
        raise AttributeError(name)

    def __call__(self, role: str, fmt: str = "") -> str:
        assert self._r is not None
        return self._r.show(self, role, fmt)

    def t(self, role: str, up: str, down: str) -> str:
        """`up` when the signed figure is an increase (or the first value is the higher), else `down`."""
        return up if (self.roles[role].sign or 1) > 0 else down

    def big(self, role: str) -> int | float:
        return self.roles[role].value

    def ml(self, style: str | None = None, short: bool = False) -> str:
        """The member list as printed, with the separators real documents mix."""
        names = [m.short if short else m.name for m in self._r.members_of(self)]
        style = style or self.rng.choice(["comma", "semi", "mixed"])
        if len(names) == 1:
            return names[0]
        if style == "semi":
            return "; ".join(names[:-1]) + " và " + names[-1]
        if style == "mixed":
            seps = [self.rng.choice([", ", "; "]) for _ in names[:-2]] + [" và "]
            return "".join(n + s for n, s in zip(names, seps)) + names[-1]
        if style == "semi_only":
            return "; ".join(names)
        return ", ".join(names[:-1]) + " và " + names[-1]


class Renderer:
    """Turns statements into text with markers, collecting one figure per marker."""

    def __init__(self, world: World, register: str, doc_rng: random.Random):
        w = world
        self.world, self.register = w, register
        self.V = w.vocab
        self.Y, self.Y1 = w.year, w.year - 1
        self.pct = w.pct
        self.point = doc_rng.random() < (0.2 if register == "press" else 0.06)
        self.pu = "%" if w.pct else " điểm"
        self.dp = " điểm phần trăm" if w.pct else " điểm"
        self.du = (doc_rng.choice(["%", "%", " điểm phần trăm"]) if w.pct else " điểm")
        self.thr = fmt_number(w.threshold // 100, 0) + ("%" if w.pct else " điểm")
        self.idx = "Chỉ số CCHC"
        self.figs: list[dict[str, Any]] = []
        self.overrides: dict[tuple[int, str], float | int] = {}
        self.member_overrides: dict[int, list[Unit]] = {}

    def members_of(self, stmt: Stmt) -> list[Unit]:
        return self.member_overrides.get(stmt.index, stmt.data["members"])

    def value(self, stmt: Stmt, role: str) -> float | int:
        return self.overrides.get((stmt.index, role), stmt.roles[role].value)

    def show(self, stmt: Stmt, role: str, fmt: str) -> str:
        r = stmt.roles[role]
        value = self.value(stmt, role)
        suffix = ""
        if r.decimals:
            text = fmt_number(value, r.decimals, point=self.point or "p" in fmt)
            if "+" in fmt:
                text = ("+" if (r.sign or 1) > 0 else "-") + text
            if "u" in fmt:
                unit = self.du if r.measure == "delta" else self.pu
                if unit == "%":
                    text += "%"
                else:
                    suffix = unit
            elif "%" in fmt:
                text += "%"
        else:
            n = int(value)
            if (("w" in fmt or "W" in fmt) and n <= 10) or ("v" in fmt and n < 20):  # v: "mười hai" too
                text = vn_words(n)
                if "W" in fmt:
                    text = text[:1].upper() + text[1:]
            elif "z" in fmt and n < 10:
                text = f"{n:02d}"
            else:
                text = fmt_number(n, 0)
        self.figs.append({"stmt": stmt.index, "role": role, "text": text, "value": value})
        return f"\ue000{len(self.figs) - 1}\ue001{suffix}"


def _role_score(fact: str, cents: int, subject: str, year: int) -> Role:
    return Role(fact, _hundredths(cents), 2, subject, year, measure="score")


def _role_delta(fact: str, cents: int, subject: str, year: int) -> Role:
    return Role(fact, _hundredths(abs(cents)), 2, subject, year, sign=1 if cents >= 0 else -1, measure="delta")


def _role_count(fact: str, n: int, subject: str, year: int, sign: int | None = None, measure: str = "count") -> Role:
    return Role(fact, n, 0, subject, year, sign=sign, measure=measure)


def _pick_phrasing(rng: random.Random, kind: str, register: str, pset: str, scope: str) -> Phrasing:
    table = _set_table(pset)
    pool = [p for p in table[(kind, register)] if p.phrasing_set == pset]
    pool = [p for p in pool if scope in getattr(p.fn, "scopes", SCOPES)]
    return rng.choice(pool)


@lru_cache(maxsize=1)
def _phrasing_table() -> dict[tuple[str, str], list[Phrasing]]:
    table: dict[tuple[str, str], list[Phrasing]] = {}
    for kind, by_register in PHRASINGS.items():
        for register, entries in by_register.items():
            table[(kind, register)] = [Phrasing(f"{kind}.{register}.{i}", kind, register, held, fn,
                                                "heldout" if held else "tuning")
                                       for i, (held, fn) in enumerate(entries, 1)]
    return table


# the sets written apart from the extractor, each in its own module (imported only when asked for, so that
# nobody tuning the extractor loads their sentences by accident): module, id letter ("gap.press.u3")
_APART = {"unseen": ("samples.generator.claim_phrasings_unseen", "u"),
          "fresh": ("samples.generator.claim_phrasings_fresh", "f"),
          "blind": ("samples.generator.claim_phrasings_blind", "b"),
          "probe": ("samples.generator.claim_phrasings_probe", "p"),
          "sealed": ("samples.generator.claim_phrasings_sealed", "s"),
          "vault": ("samples.generator.claim_phrasings_vault", "v"),
          "crypt": ("samples.generator.claim_phrasings_crypt", "c"),
          "cellar": ("samples.generator.claim_phrasings_cellar", "k"),
          "attic": ("samples.generator.claim_phrasings_attic", "q"),
          "loft": ("samples.generator.claim_phrasings_loft", "w"),
          "spire": ("samples.generator.claim_phrasings_spire", "z"),
          "tower": ("samples.generator.claim_phrasings_tower", "t"),
          "dome": ("samples.generator.claim_phrasings_dome", "d")}


@lru_cache(maxsize=None)
def _apart_table(pset: str) -> dict[tuple[str, str], list[Phrasing]]:
    module, letter = _APART[pset]
    entries_by_kind = importlib.import_module(module).PHRASINGS
    return {(kind, register): [Phrasing(f"{kind}.{register}.{letter}{i}", kind, register, True, fn, pset)
                               for i, fn in enumerate(entries, 1)]
            for kind, by_register in entries_by_kind.items() for register, entries in by_register.items()}


def _set_table(pset: str) -> dict[tuple[str, str], list[Phrasing]]:
    return _apart_table(pset) if pset in _APART else _phrasing_table()


def phrasing_ids(held_out: bool | None = None, phrasing_set: str | None = None) -> set[str]:
    """All tuning and held-out phrasing ids (or only the held-out / tuning ones); or those of one set."""
    if phrasing_set is not None:
        table = _set_table(phrasing_set)
        return {p.id for ps in table.values() for p in ps if p.phrasing_set == phrasing_set}
    return {p.id for ps in _phrasing_table().values() for p in ps if held_out is None or p.held_out == held_out}


def _build_stmt(kind: str, w: World, rng: random.Random, register: str, pset: str,
                used: dict[str, Any]) -> Stmt:
    ph = _pick_phrasing(rng, kind, register, pset, w.scope)
    seed = rng.randrange(1 << 30)
    Y, Y1 = w.year, w.year - 1
    units = w.units
    if kind == "total":
        return Stmt(kind, ph, {"total": _role_count("total", w.total, "tổng số", Y)}, seed)
    if kind == "average_with_previous":
        return Stmt(kind, ph, {"avg": _role_score("avg.cur", w.avg, "trung bình", Y),
                               "prev": _role_score("avg.prev", w.prev_avg, "trung bình", Y1),
                               "delta": _role_delta("delta.avg", w.avg - w.prev_avg, "trung bình", Y)}, seed)
    if kind == "highest":
        u = units[0]
        return Stmt(kind, ph, {"top": _role_score(f"score.cur.{u.key}", u.cur, u.name, Y)}, seed, T=u)
    if kind == "lowest":
        u = units[-1]
        return Stmt(kind, ph, {"bot": _role_score(f"score.cur.{u.key}", u.cur, u.name, Y)}, seed, B=units[-1])
    if kind == "gap":
        t, b = units[0], units[-1]
        return Stmt(kind, ph, {"gap": _role_delta("gap", t.cur - b.cur, "cao nhất − thấp nhất", Y)}, seed,
                    T=t, B=b)
    if kind == "delta_only":
        choices = [u for u in units[1:-1] if abs(u.cur - u.prev) >= 10 and u.key not in used["units"]]
        u = rng.choice(choices)
        used["units"].add(u.key)
        return Stmt(kind, ph, {"cur": _role_score(f"score.cur.{u.key}", u.cur, u.name, Y),
                               "prev": _role_score(f"score.prev.{u.key}", u.prev, u.name, Y1),
                               "delta": _role_delta(f"delta.{u.key}", u.cur - u.prev, u.name, Y)}, seed, U=u)
    if kind == "comparison":
        n = len(units)
        extremes = used["no_gap"] and rng.random() < 0.35  # first against last; a stated gap would say it twice
        if extremes:
            a, b = units[0], units[-1]
        else:
            pool = [u for u in units[: max(2, n // 2)] if u.key not in used["units"]]
            a = rng.choice(pool)
            rest = [u for u in units if u.cur < a.cur and u.key not in used["units"] and a.cur - u.cur >= 20]
            b = rng.choice(rest)
        used["units"].update({a.key, b.key})
        return Stmt(kind, ph, {"a": _role_score(f"score.cur.{a.key}", a.cur, a.name, Y),
                               "b": _role_score(f"score.cur.{b.key}", b.cur, b.name, Y),
                               "diff": _role_delta(f"cmp.{a.key}.{b.key}", a.cur - b.cur, f"{a.name} − {b.name}", Y)},
                    seed, A=a, B=b, extremes=extremes)
    if kind == "band_counts":
        nonzero = [b for b in w.bands if w.counts[b.key]]
        roles = {"total": _role_count("total", w.total, "tổng số", Y)}
        bands = []
        for i, b in enumerate(nonzero):
            roles[f"c{i}"] = _role_count(f"count.cur.{b.key}", w.counts[b.key], b.title, Y)
            bands.append((b, f"c{i}"))
        zero = [b for b in w.bands if not w.counts[b.key] and b.low > 0]  # an empty lowest band goes unsaid
        return Stmt(kind, ph, roles, seed, bands=bands, zero=zero)
    if kind == "band_members":
        small = [b for b in w.bands if 1 <= w.counts[b.key] <= 8]
        band = small[0] if small and rng.random() < 0.6 else (rng.choice(small) if small else
                                                               min((b for b in w.bands if w.counts[b.key]),
                                                                   key=lambda b: w.counts[b.key]))
        members = [u for u in units if w.band_of(u.cur) is band]
        if rng.random() < 0.3:  # lists are not always in rank order
            rng.shuffle(members)
        return Stmt(kind, ph, {"count": _role_count(f"count.cur.{band.key}", len(members), band.title, Y)}, seed,
                    b=band, members=members)
    if kind == "threshold_count":
        n = sum(w.counts[b.key] for b in w.bands if b.low >= w.threshold)
        return Stmt(kind, ph, {"thr": _role_count("count.cur.ge_threshold", n, f"từ {w.threshold // 100} trở lên",
                                                  Y)}, seed)
    if kind == "ratio":
        return Stmt(kind, ph, {"num": _role_count("count.above_avg", w.above_avg, "trên trung bình", Y),
                               "den": _role_count("total", w.total, "tổng số", Y)}, seed)
    if kind == "parts_total":
        roles = {"total": _role_count("total", w.total, "tổng số", Y)}
        nouns = []
        for i, (n, noun, fact) in enumerate(w.parts):
            roles[f"p{i}"] = _role_count(fact, n, noun, Y)
            nouns.append(noun)
        return Stmt(kind, ph, roles, seed, nouns=nouns)
    if kind == "count_change":
        bands = [b for b in w.bands if w.counts[b.key] and w.prev_counts[b.key]
                 and w.counts[b.key] != w.prev_counts[b.key]]
        b = rng.choice(bands)
        cur, prev = w.counts[b.key], w.prev_counts[b.key]
        return Stmt(kind, ph, {"cur": _role_count(f"count.cur.{b.key}", cur, b.title, Y),
                               "chg": _role_count(f"change.{b.key}", abs(cur - prev), b.title, Y,
                                                  sign=1 if cur > prev else -1),
                               "prev": _role_count(f"count.prev.{b.key}", prev, b.title, Y1)}, seed, b=b)
    if kind == "rank_move":
        pool = [u for u in units[1:] if u.rank != u.prev_rank and u.key not in used["units"]]
        u = rng.choice(pool)
        used["units"].add(u.key)
        move = u.prev_rank - u.rank
        return Stmt(kind, ph, {"r": _role_count(f"rank.cur.{u.key}", u.rank, u.name, Y, measure="rank"),
                               "den": _role_count("total", w.total, "tổng số", Y),
                               "move": _role_count(f"move.{u.key}", abs(move), u.name, Y, sign=1 if move > 0 else -1,
                                                   measure="rank"),
                               "pr": _role_count(f"rank.prev.{u.key}", u.prev_rank, u.name, Y1, measure="rank")},
                    seed, U=u)
    if kind == "up_down_counts":
        return Stmt(kind, ph, {"up": _role_count("count.up", w.up, "tăng điểm", Y),
                               "down": _role_count("count.down", w.down, "giảm điểm", Y)}, seed)
    if kind == "ballots":
        approx = getattr(ph.fn, "approx", False)
        parts = w.ballots_round if approx else w.ballots_exact
        roles = {"total": _role_count("ballots.total", sum(parts), "phiếu khảo sát", Y, measure="ballots")}
        for i, (n, label) in enumerate(zip(parts, w.ballot_labels)):
            roles[f"b{i}"] = _role_count(f"ballots.part.{i}", n, label, Y, measure="ballots")
        return Stmt(kind, ph, roles, seed, lab=w.ballot_labels, k=len(parts))
    raise ValueError(kind)


# fact-level relations of the world: (kind, op, result fact, operand facts)
def _world_relations(w: World, stmts: list[Stmt]) -> list[tuple[str, str, str, list[str]]]:
    rels = [("average_with_previous", "diff", "delta.avg", ["avg.cur", "avg.prev"]),
            ("gap", "diff", "gap", [f"score.cur.{w.units[0].key}", f"score.cur.{w.units[-1].key}"]),
            ("band_counts", "sum", "total", [f"count.cur.{b.key}" for b in w.bands if w.counts[b.key]]),
            ("threshold_count", "sum", "count.cur.ge_threshold",
             [f"count.cur.{b.key}" for b in w.bands if b.low >= w.threshold and w.counts[b.key]]),
            ("parts_total", "sum", "total", [fact for _, _, fact in w.parts]),
            ("up_down_counts", "sum", "total", ["count.up", "count.down"]),
            ("ballots", "sum", "ballots.total", [f"ballots.part.{i}" for i in range(len(w.ballot_labels))])]
    for u in w.units:
        rels.append(("delta_only", "diff", f"delta.{u.key}", [f"score.cur.{u.key}", f"score.prev.{u.key}"]))
        rels.append(("rank_move", "diff", f"move.{u.key}", [f"rank.prev.{u.key}", f"rank.cur.{u.key}"]))
    for b in w.bands:
        rels.append(("count_change", "diff", f"change.{b.key}", [f"count.cur.{b.key}", f"count.prev.{b.key}"]))
    for s in stmts:
        if s.kind == "comparison":
            a, b = s.data["A"], s.data["B"]
            rels.append(("comparison", "diff", f"cmp.{a.key}.{b.key}", [f"score.cur.{a.key}", f"score.cur.{b.key}"]))
    return rels


# ---------------------------------------------------------------- the document


@dataclass
class ClaimDoc:
    seed: int
    register: str
    scope: str
    held_out: bool
    year: int
    text: str
    figures: list[dict[str, Any]]
    relations: list[dict[str, Any]]
    fault: dict[str, Any] | None
    phrasings: list[str]
    title: str = ""
    world: World | None = field(default=None, repr=False)
    phrasing_set: str = "tuning"  # one of PHRASING_SETS

    def figure(self, fid: str) -> dict[str, Any]:
        return next(f for f in self.figures if f["id"] == fid)


def _layout(w: World, r: Renderer, stmts: list[Stmt], register: str, rng: random.Random) -> tuple[str, str]:
    """Title, headings, paragraphs and filler around the statements' text (still with markers)."""
    lead, body = stmts[0], stmts[1:]
    texts: dict[int, str | tuple[str, str]] = {}
    for s in stmts:
        s._r = r
        s.rng = random.Random(s.seed)
        texts[s.index] = s.phrasing.fn(r, s)
    elsewhere = [t[1] for t in texts.values() if isinstance(t, tuple)]
    main = {i: (t[0] if isinstance(t, tuple) else t) for i, t in texts.items()}
    fill = list(FILLERS[register])
    rng.shuffle(fill)
    fillers = itertools.cycle([f(r) for f in fill])
    title = rng.choice(TITLES[register])(r, w)
    lines: list[str] = []
    if register == "official":
        lines += [w.vocab.issuer_top] + (["SỞ NỘI VỤ"] if w.scope == "provincial" else []) + ["", "BÁO CÁO", title, ""]
        lines.append(rng.choice(["I. KẾT QUẢ CHUNG", "1. Kết quả chung", "I. TÌNH HÌNH CHUNG"]))
    else:
        lines += [title, ""]
    first = main[lead.index] + " " + next(fillers)
    lines.append(first)
    if elsewhere:
        lines.append(" ".join(elsewhere))
    # body paragraphs of 1–3 statements, a filler now and then, a heading in official reports
    paras: list[str] = []
    i = 0
    while i < len(body):
        k = rng.choice([1, 2, 2, 3])
        chunk = [main[s.index] for s in body[i:i + k]]
        i += k
        if rng.random() < 0.3:
            chunk.insert(rng.randrange(len(chunk) + 1), next(fillers))
        text = ""
        for piece in chunk:  # a bulleted statement keeps its own lines
            if "\n" in piece:
                if text:
                    paras.append(text)
                paras.append(piece)
                text = ""
            else:
                text = f"{text} {piece}".strip()
        if text:
            paras.append(text)
    if register == "official" and len(paras) > 2:
        at = rng.randrange(1, len(paras))
        paras.insert(at, rng.choice(["II. KẾT QUẢ CỤ THỂ", "2. Kết quả cụ thể", "II. PHÂN TÍCH KẾT QUẢ"]))
    lines += paras
    lines.append(next(fillers))
    return title, "\n".join(lines).strip() + "\n"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _render(w: World, stmts: list[Stmt], register: str, layout_seed: int, overrides: dict | None = None,
            member_overrides: dict | None = None) -> tuple[str, str, list[dict[str, Any]]]:
    r = Renderer(w, register, random.Random(layout_seed))
    r.overrides = overrides or {}
    r.member_overrides = member_overrides or {}
    title, marked = _layout(w, r, stmts, register, random.Random(layout_seed + 1))
    marked = _nfc(marked)
    out, pos, figs = [], 0, []
    for m in _MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        start = sum(len(x) for x in out)
        fig = dict(r.figs[int(m.group(1))])
        fig["text"] = _nfc(fig["text"])
        fig["start"] = start
        out.append(fig["text"])
        pos = m.end()
        figs.append(fig)
    out.append(marked[pos:])
    text = "".join(out)
    # the statement each figure belongs to, as printed (for --show-misses)
    sentences = {}
    for s in stmts:
        raw = s.phrasing.fn(r, _fresh(s, r))
        raw = " … ".join(raw) if isinstance(raw, tuple) else raw
        sentences[s.index] = _MARK.sub(lambda m: r.figs[int(m.group(1))]["text"], _nfc(raw))
    for f in figs:
        f["sentence"] = sentences[f["stmt"]]
    return title, text, figs


def _fresh(s: Stmt, r: Renderer) -> Stmt:
    s._r = r
    s.rng = random.Random(s.seed)
    return s


def _relations(w: World, stmts: list[Stmt], figs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_stmt = {s.index: s for s in stmts}
    for i, f in enumerate(figs):
        f["id"] = f"f{i + 1}"
        s = by_stmt[f["stmt"]]
        f["fact"] = s.roles[f["role"]].fact
        f["kind"] = s.kind
    by_fact: dict[str, list[dict[str, Any]]] = {}
    for f in figs:
        by_fact.setdefault(f["fact"], []).append(f)
    rels: list[dict[str, Any]] = []
    for kind, op, result, operands in _world_relations(w, stmts):
        facts = [result, *operands]
        if not operands or any(x not in by_fact for x in facts):
            continue
        # anchor: the statement of this kind stating the most of the relation's facts
        cands = [s.index for s in stmts if s.kind == kind] or [s.index for s in stmts]
        anchor = max(cands, key=lambda i: (sum(any(g["stmt"] == i for g in by_fact[x]) for x in facts), -i))

        def rep(fact: str) -> dict[str, Any]:
            options = by_fact[fact]
            return (next((g for g in options if g["stmt"] == anchor), None)
                    or next((g for g in options if g["kind"] == kind), None) or options[0])

        rels.append({"kind": kind, "op": op, "result": rep(result)["id"], "operands": [rep(x)["id"] for x in operands]})
    for s in stmts:
        if s.kind == "band_members":
            count = next(f for f in figs if f["stmt"] == s.index and f["role"] == "count")
            rels.append({"kind": "band_members", "op": "len", "result": count["id"], "operands": [],
                         "members": [m.name for m in s.data["_printed_members"]]})
    for fact, group in by_fact.items():
        for f in group[1:]:
            rels.append({"kind": f["kind"], "op": "equal", "result": f["id"], "operands": [group[0]["id"]]})
    return rels


def relation_holds(rel: dict[str, Any], figures: dict[str, dict[str, Any]]) -> bool:
    """Recompute one relation from the printed figures (the same check the tests make)."""
    res = figures[rel["result"]]
    val = res["value"] * (res.get("sign") or 1)
    ops = [figures[o]["value"] for o in rel["operands"]]
    if rel["op"] == "diff":
        return abs(val - (ops[0] - ops[1])) < 1e-6
    if rel["op"] == "sum":
        return abs(res["value"] - sum(ops)) < 1e-6
    if rel["op"] == "equal":
        return abs(res["value"] - ops[0]) < 1e-6
    if rel["op"] == "len":
        return int(res["value"]) == len(rel["members"])
    raise ValueError(rel["op"])


def _describe(rel: dict[str, Any], figures: dict[str, dict[str, Any]]) -> str:
    res = figures[rel["result"]]
    ops = [figures[o]["text"] for o in rel["operands"]]
    if rel["op"] == "diff":
        word = "" if (res.get("sign") or 1) > 0 else "−"
        return f"{word}{res['text']} = {ops[0]} − {ops[1]} ({rel['kind']})"
    if rel["op"] == "sum":
        return f"{res['text']} = sum of {' + '.join(ops)} ({rel['kind']})"
    if rel["op"] == "equal":
        return f"{res['text']} = {ops[0]}, the same fact stated again ({rel['kind']})"
    return f"{res['text']} = len(members) = {len(rel['members'])} ({rel['kind']})"


def _plan(w: World, rng: random.Random, register: str, pset: str, fault: str | None) -> list[Stmt]:
    kinds = [k for k in _ORDER]
    n = rng.randint(4, 9)
    chosen = set(rng.sample(kinds, n))
    if fault:
        chosen.add(fault)
    for k in list(chosen):
        chosen.update(_NEEDS.get(k, ()))
    while len(chosen) > 11:  # lead + at most 11 statements
        drop = rng.choice(sorted(k for k in chosen if k != fault and not any(
            k in _NEEDS.get(o, ()) for o in chosen)))
        chosen.discard(drop)
    order = [k for k in _ORDER if k in chosen]
    if register == "press" and rng.random() < 0.5:  # news leads with the winners
        order = ([k for k in ("highest", "lowest") if k in order]
                 + [k for k in order if k not in ("highest", "lowest")])
    used: dict[str, Any] = {"units": {w.units[0].key, w.units[-1].key}, "no_gap": "gap" not in chosen}
    stmts = [_build_stmt("total", w, rng, register, pset, used)]
    for k in order:
        stmts.append(_build_stmt(k, w, rng, register, pset, used))
    for i, s in enumerate(stmts):
        s.index = i
    return stmts


def _perturb(rng: random.Random, role: Role, value: float | int) -> float | int:
    if role.decimals:
        for _ in range(100):
            d = round(rng.uniform(0.1, 3.0), 2) * rng.choice([-1, 1])
            new = round(value + d, 2)
            if new >= 0.05 and abs(new - value) >= 0.1 - 1e-9:
                return new
        return round(value + 0.5, 2)
    if role.measure == "ballots":
        step = 1000 if value >= 5000 and value % 1000 == 0 else (100 if value % 100 == 0 else 1)
        d = rng.choice([-1, 1]) * (rng.randint(1, 3) * step if step > 1 else rng.randint(10, 400))
        return int(value + d) if value + d > 0 else int(value - d)
    for _ in range(100):
        new = int(value + rng.choice([-1, 1]) * rng.randint(1, 3))
        if new >= 1 and new != value:
            return new
    return int(value + 1)


def build_claim_doc(seed: int, *, register: str = "official", scope: str = "national_provinces",
                    held_out: bool = False, fault: str | None = None, phrasings: str | None = None) -> ClaimDoc:
    """`phrasings` ("tuning" / "heldout" / "unseen" / "fresh" / "blind" / "probe" / "sealed" / "vault" / "crypt" /
    "cellar" / "attic" / "loft" / "spire" / "tower" / "dome") picks the phrasing set; without it `held_out` does."""
    if register not in REGISTERS or scope not in SCOPES:
        raise ValueError(f"register {register!r} / scope {scope!r}")
    pset = phrasings or ("heldout" if held_out else "tuning")
    if pset not in PHRASING_SETS:
        raise ValueError(f"unknown phrasing set {pset!r}; one of {PHRASING_SETS}")
    held_out = pset != "tuning"
    if fault is not None and fault not in FAULT_KINDS:
        raise ValueError(f"unknown fault {fault!r}; one of {FAULT_KINDS}")
    key = f"{seed}|{register}|{scope}|{pset if pset in _APART else int(held_out)}|{fault}"
    for attempt in range(60):
        rng = random.Random(f"{key}|{attempt}")
        w = build_world(rng, scope)
        try:
            stmts = _plan(w, rng, register, pset, fault)
        except IndexError:  # a frame found no suitable unit or band in this world: draw another
            continue
        for s in stmts:
            if s.kind == "band_members":
                s.data["_printed_members"] = list(s.data["members"])
        layout_seed = rng.randrange(1 << 30)
        title, text, figs = _render(w, stmts, register, layout_seed)
        rels = _relations(w, stmts, figs)
        planted = None
        overrides: dict = {}
        member_overrides: dict = {}
        if fault:
            frng = random.Random(f"{key}|fault|{attempt}")
            planted = _plant(frng, fault, w, stmts, figs, rels, overrides, member_overrides)
            if planted is None:
                continue
            title, text, figs = _render(w, stmts, register, layout_seed, overrides, member_overrides)
            rels = _relations(w, stmts, figs)
        doc = _finish(seed, register, scope, held_out, w, stmts, title, text, figs, rels, planted)
        if fault and sum(not relation_holds(r, {f["id"]: f for f in doc.figures}) for r in doc.relations) != 1:
            continue
        return doc
    raise RuntimeError(f"could not build a document for {key}")


def _plant(rng: random.Random, fault: str, w: World, stmts: list[Stmt], figs: list[dict[str, Any]],
           rels: list[dict[str, Any]], overrides: dict, member_overrides: dict) -> dict[str, Any] | None:
    in_rels: dict[str, list[dict[str, Any]]] = {}
    for r in rels:
        for fid in [r["result"], *r["operands"]]:
            in_rels.setdefault(fid, []).append(r)
    cands = [f for f in figs if f["kind"] == fault and f["role"] in _FAULT_ROLES[fault]]
    if fault == "band_members":
        cands = [f for f in cands if any(r["op"] == "len" for r in in_rels.get(f["id"], []))]
    else:
        cands = [f for f in cands if len(in_rels.get(f["id"], [])) == 1 and in_rels[f["id"]][0]["kind"] == fault]
    if not cands:
        return None
    fig = rng.choice(cands)
    stmt = stmts[fig["stmt"]]
    if fault == "band_members":
        members = list(stmt.data["members"])
        others = [u for u in w.units if u not in members]
        if len(members) >= 2 and rng.random() < 0.5:
            gone = members.pop(rng.randrange(len(members)))
            note = f"{gone.name} left out of the list"
        else:
            band = stmt.data["b"]
            near = sorted(others, key=lambda u: min(abs(u.cur - band.low), abs(u.cur - (band.high or band.low))))[:3]
            extra = rng.choice(near)
            members.insert(rng.randrange(len(members) + 1), extra)
            note = f"{extra.name} added to the list"
        member_overrides[stmt.index] = members
        stmt.data["_printed_members"] = members
        return {"kind": fault, "stmt": stmt.index, "role": fig["role"], "published": len(members),
                "true": fig["value"], "printed_count": fig["value"], "note": note}
    role = stmt.roles[fig["role"]]
    new = _perturb(rng, role, fig["value"])
    overrides[(stmt.index, fig["role"])] = new
    return {"kind": fault, "stmt": stmt.index, "role": fig["role"], "published": new, "true": fig["value"]}


def _finish(seed, register, scope, held_out, w, stmts, title, text, figs, rels, planted) -> ClaimDoc:
    by_stmt = {s.index: s for s in stmts}
    out: list[dict[str, Any]] = []
    for f in figs:
        role = by_stmt[f["stmt"]].roles[f["role"]]
        value = f["value"]
        out.append({
            "id": f["id"], "kind": f["kind"], "value": float(value) if role.decimals else int(value),
            "text": f["text"], "subject": role.subject, "checkable": False, "relation": "", "year": role.year,
            "sign": role.sign, "role": f["role"], "fact": role.fact, "measure": role.measure, "start": f["start"],
            "sentence": f["sentence"], "phrasing": by_stmt[f["stmt"]].phrasing.id,
        })
    by_id = {f["id"]: f for f in out}
    for rel in rels:
        desc = _describe(rel, by_id)
        for fid in [rel["result"], *rel["operands"]]:
            by_id[fid]["checkable"] = True
            by_id[fid]["relation"] = "; ".join(x for x in (by_id[fid]["relation"], desc) if x)
        if rel["op"] == "len":
            by_id[rel["result"]]["members"] = rel["members"]
    for f in out:
        if not f["checkable"]:
            f["relation"] = "needs a table (nothing else in the text to check it against)"
    fault = None
    if planted:
        fig = next(f for f, raw in zip(out, figs) if raw["stmt"] == planted["stmt"] and raw["role"] == planted["role"])
        fault = {k: v for k, v in planted.items() if k not in ("stmt", "role")}
        fault["figure"] = fig["id"]
        if isinstance(fault["published"], float) or fig["measure"] in ("score", "delta"):
            fault["published"], fault["true"] = float(fault["published"]), float(fault["true"])
    phrasings = list(dict.fromkeys(s.phrasing.id for s in stmts))
    return ClaimDoc(seed, register, scope, held_out, w.year, text, out, rels, fault, phrasings, title, w,
                    stmts[0].phrasing.phrasing_set)


__all__ = ["FAULT_KINDS", "FRAME_KINDS", "PHRASING_SETS", "REGISTERS", "SCOPES", "ClaimDoc", "build_claim_doc",
           "phrasing_ids", "relation_holds", "vn_words"]
