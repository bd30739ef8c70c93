"""Matching unit names between the table and the prose ("Sở Lao động-TBXH" = "Sở Lao động —
Thương binh và Xã hội", "Thanh tra" = "Thanh tra tỉnh Hà Nam", "Tài chính" = "Sở Tài chính")."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from parscan.normalizers.names import fold

_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan", "ptnt": "phat trien nong thon", "tbxh": "thuong binh va xa hoi",
    "ldtbxh": "lao dong thuong binh va xa hoi", "kcn": "khu cong nghiep", "vhttdl": "van hoa the thao va du lich",
    "khdt": "ke hoach va dau tu", "khcn": "khoa hoc va cong nghe", "gddt": "giao duc va dao tao",
    "gtvt": "giao thong van tai", "tnmt": "tai nguyen va moi truong", "tttt": "thong tin va truyen thong",
    "nnptnt": "nong nghiep va phat trien nong thon", "tp": "thanh pho", "tx": "thi xa", "bql": "ban quan ly",
    "vp": "van phong", "nc": "nam cao",
}
_GENERIC = re.compile(r"\b(?:uy ban nhan dan|thanh pho|thi xa|so|tinh|huyen|quan|cac|va)\b")
MATCH_THRESHOLD = 80


def unit_key(name: str) -> str:
    text = re.sub(r"\s*&\s*", "", name)  # KH&ĐT -> KHĐT, NN&PTNT -> NNPTNT
    text = re.sub(r"[-–—]", " ", text)
    words = [_ABBREVIATIONS.get(w, w) for w in fold(text).split()]
    return " ".join(words)


def _core(key: str) -> str:
    core = " ".join(_GENERIC.sub(" ", key).split())
    return core or key


def similarity(a: str, b: str) -> float:
    ka, kb = unit_key(a), unit_key(b)
    if ka == kb:
        return 100.0
    ca, cb = _core(ka), _core(kb)
    return max(fuzz.token_set_ratio(ca, cb) if min(len(ca), len(cb)) >= 4 else 0.0, fuzz.ratio(ka, kb))


def best_match(name: str, candidates: list[str]) -> str | None:
    """The candidate this printed name refers to, or None when no candidate is close enough."""
    scored = sorted(((similarity(name, c), c) for c in candidates), reverse=True)
    if not scored or scored[0][0] < MATCH_THRESHOLD:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0] and unit_key(scored[0][1]) != unit_key(scored[1][1]):
        return None  # ambiguous
    return scored[0][1]
