"""Which index a sentence or a table is about: PAR INDEX, SIPAS, PAPI, PCI, DDCI, ICT Index or DTI.

PAR documents report the other indices too, and a PCI table of provinces x sub-indices audited as a
PAR ranking gives nothing but false errors (its sub-indices are 0-10 each and its composite is a
weighted mean, so "components add up to the total" and "total <= 100" do not apply).  The audit asks
this module first and checks a table or a claim only under a methodology of its kind.

The cue words live in ``data/index_kinds.yaml`` (names, abbreviations, sub-index labels, value
ranges).  Matching is word by word on `parscan.normalizers.names.fold` keys, so clean text, repaired
text and OCR without diacritics meet; where cues overlap the longest wins.

* `kind_of_text` / `kinds_in_text` / `index_mentions`: the index a sentence, caption or title names.
* `kind_of_table`: the kind of a `Table` from its header (and row labels), the caption/title
  context and the arithmetic of its numbers, with a short English reason.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NamedTuple

import yaml

from parscan.normalizers.names import fold, strip_diacritics
from parscan.normalizers.numbers import parse_number
from parscan.schemas.records import Table

IndexKind = Literal["par", "sipas", "papi", "pci", "ddci", "ict", "dti", "unknown"]

DATA_PATH = Path(__file__).with_name("data") / "index_kinds.yaml"

# Words of the text: the same character classes `fold` tokenises on.
_WORD_RE = re.compile(r"(?:[^\W_]|[&¢§$|€@])+", re.UNICODE)
_RANK_WORDS = ("stt", "tt", "so tt", "xep hang", "hang", "thu hang", "thu tu", "rank", "ranking", "nam")
_LEADING_NUMBERING_RE = re.compile(r"^\s*(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.):/-]\s*", re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# data


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    with DATA_PATH.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def known_kinds() -> list[str]:
    """The kinds in the data, in file order (``par`` first)."""
    return list(_data()["kinds"])


def kind_info(kind: str) -> dict[str, Any]:
    """The YAML entry of one kind (``short``, ``label``, ``names``, ``values`` ...); {} for unknown."""
    return dict(_data()["kinds"].get(kind, {}))


def short_name(kind: str) -> str:
    return kind_info(kind).get("short", kind) if kind != "unknown" else "unknown"


# --------------------------------------------------------------------------------------------
# words and cues


class _Word(NamedTuple):
    keys: frozenset[str]
    start: int  # character offsets in the NFC text
    end: int
    upper: bool  # printed in capitals (for one-word all-capital cues: PCI, DTI, PAR)


@lru_cache(maxsize=1)
def _expansions() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for short, long in (_data().get("expansions") or {}).items():
        out[fold(str(short))] = fold(str(long)).split()
    return out


@lru_cache(maxsize=4096)
def _word_keys(token: str) -> tuple[frozenset[str], ...]:
    """Folded keys of one printed word (sometimes several words: an expanded abbreviation)."""
    plain = fold(token).split()
    lower = fold(token.lower()).split()  # `fold` reads a capital P before a vowel as Đ: PAR -> dar
    if len(lower) != len(plain):
        lower = plain
    expansions = _expansions()
    out: list[frozenset[str]] = []
    for a, b in zip(plain, lower):
        long = expansions.get(a) or expansions.get(b)
        if long:
            out.extend(frozenset({w}) for w in long)
        else:
            out.append(frozenset({a, b}))
    return tuple(out)


def _words(text: str) -> list[_Word]:
    words: list[_Word] = []
    for m in _WORD_RE.finditer(text):
        token = m.group(0)
        upper = strip_diacritics(token).isupper()
        for keys in _word_keys(token):
            words.append(_Word(keys, m.start(), m.end(), upper))
    return words


@dataclass(frozen=True)
class _Cue:
    kind: str
    role: str  # name | abbreviation | header | row
    printed: str
    keys: tuple[frozenset[str], ...]
    caps_only: bool


def _make_cue(kind: str, role: str, printed: str) -> _Cue | None:
    printed = unicodedata.normalize("NFC", str(printed))
    keys = tuple(w.keys for w in _words(printed))
    if not keys:
        return None
    bare = strip_diacritics(printed)
    caps_only = role == "abbreviation" and len(keys) == 1 and bare.isalpha() and bare.isupper()
    return _Cue(kind, role, printed, keys, caps_only)


@lru_cache(maxsize=1)
def _cues() -> tuple[list[_Cue], dict[str, list[_Cue]]]:
    cues: list[_Cue] = []
    roles = {"names": "name", "abbreviations": "abbreviation", "header_cues": "header", "row_cues": "row"}
    for kind, entry in _data()["kinds"].items():
        for list_key, role in roles.items():
            for printed in entry.get(list_key) or []:
                cue = _make_cue(kind, role, printed)
                if cue is not None:
                    cues.append(cue)
    by_first: dict[str, list[_Cue]] = {}
    for cue in cues:
        for key in cue.keys[0]:
            by_first.setdefault(key, []).append(cue)
    return cues, by_first


class _Hit(NamedTuple):
    cue: _Cue
    first: int  # word indices, end exclusive
    last: int


def _hits(words: list[_Word], roles: set[str]) -> list[_Hit]:
    """Cue hits of the given roles, overlaps resolved longest first (then leftmost)."""
    _, by_first = _cues()
    found: list[_Hit] = []
    for i, word in enumerate(words):
        seen: set[int] = set()
        for key in word.keys:
            for cue in by_first.get(key, ()):
                if id(cue) in seen or cue.role not in roles:
                    continue
                seen.add(id(cue))
                n = len(cue.keys)
                if i + n > len(words):
                    continue
                if cue.caps_only and not word.upper:
                    continue
                if all(cue.keys[j] & words[i + j].keys for j in range(n)):
                    # a cue must start and end on whole printed words
                    if i > 0 and words[i - 1].start == word.start:
                        continue
                    if i + n < len(words) and words[i + n].start == words[i + n - 1].start:
                        continue
                    found.append(_Hit(cue, i, i + n))
    found.sort(key=lambda h: (-(h.last - h.first), h.first))
    taken = [False] * len(words)
    kept: list[_Hit] = []
    for hit in found:
        if any(taken[hit.first:hit.last]):
            continue
        for j in range(hit.first, hit.last):
            taken[j] = True
        kept.append(hit)
    kept.sort(key=lambda h: h.first)
    return kept


# --------------------------------------------------------------------------------------------
# text


class IndexMention(NamedTuple):
    """One index named in a text: its kind, character offsets in the NFC text, the printed words."""

    kind: IndexKind
    start: int
    end: int
    text: str


def index_mentions(text: str) -> list[IndexMention]:
    """Every index the text names, in order of appearance.

    A name and its abbreviation printed together (``Chỉ số cải cách hành chính (PAR INDEX)``) are
    one mention.  Offsets index the NFC form of ``text`` (the same string for NFC input).
    """
    text = unicodedata.normalize("NFC", text or "")
    words = _words(text)
    out: list[IndexMention] = []
    for hit in _hits(words, {"name", "abbreviation"}):
        start, end = words[hit.first].start, words[hit.last - 1].end
        kind = hit.cue.kind
        if out and out[-1].kind == kind and not _WORD_RE.search(text[out[-1].end:start]):
            opened = "(" in text[out[-1].end:start]
            start = out[-1].start
            out.pop()
            if opened and text[end:end + 1] == ")":
                end += 1
        out.append(IndexMention(kind, start, end, text[start:end]))  # type: ignore[arg-type]
    return out


def kinds_in_text(text: str) -> list[IndexKind]:
    """The kinds the text names, each once, in order of first appearance (offsets: `index_mentions`)."""
    out: list[IndexKind] = []
    for mention in index_mentions(text):
        if mention.kind not in out:
            out.append(mention.kind)
    return out


def kind_of_text(text: str) -> IndexKind | None:
    """The index a sentence, caption or title names (the first named when several); None if none.

    ``Chỉ số CCHC năm 2022 đạt 86,37%`` -> par, ``PCI 2021 của tỉnh đạt 65,36 điểm`` -> pci,
    ``Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI)`` -> ddci; a bare
    ``chỉ số`` or ``năng lực cạnh tranh`` names nothing.
    """
    mentions = index_mentions(text)
    return mentions[0].kind if mentions else None


# --------------------------------------------------------------------------------------------
# tables: header and row labels


def _grid(table: Table) -> list[list[str]]:
    n_cols = max([table.n_cols] + [c.col + 1 for c in table.cells] + [0])
    n_rows = max([table.n_rows] + [c.row + 1 for c in table.cells] + [0])
    grid = [[""] * n_cols for _ in range(n_rows)]
    for cell in table.cells:
        grid[cell.row][cell.col] = unicodedata.normalize("NFC", cell.text or "").strip()
    return grid


def _is_number(text: str) -> bool:
    return bool(text) and parse_number(text) is not None and bool(re.search(r"\d", text))


def _split_header(table: Table, grid: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """Header labels and body rows; a table without `header` gives its leading label rows (<= 3)."""
    header = [unicodedata.normalize("NFC", h or "").strip() for h in table.header]
    if any(header):
        return header, grid
    labels: list[str] = []
    used = 0
    for row in grid[:3]:
        filled = [t for t in row if t]
        if not filled or sum(1 for t in filled if _is_number(t)) > max(1, len(filled) // 4):
            break
        labels = [f"{a} {b}".strip() for a, b in zip(labels or [""] * len(row), row)]
        used += 1
    return labels, grid[used:]


@dataclass
class _HeaderEvidence:
    names: dict[str, set[str]] = field(default_factory=dict)  # kind -> cues naming the index
    cues: dict[str, set[str]] = field(default_factory=dict)  # kind -> sub-index cues
    default_par: list[str] = field(default_factory=list)  # PAR default words in the header

    def score(self, kind: str) -> int:
        return 2 * len(self.names.get(kind, ())) + len(self.cues.get(kind, ()))

    def strong(self, kind: str) -> bool:
        return bool(self.names.get(kind)) or len(self.cues.get(kind, ())) >= 2


def _strip_numbering(text: str) -> str:
    return _LEADING_NUMBERING_RE.sub("", text, count=1)


def _header_evidence(header: list[str], body: list[list[str]]) -> _HeaderEvidence:
    ev = _HeaderEvidence()

    def note(text: str, *, coverage: float) -> None:
        words = _words(_strip_numbering(text))
        if not words:
            return
        hits = _hits(words, {"name", "abbreviation", "header"})
        for hit in hits:
            if (hit.last - hit.first) < coverage * len(words):
                continue
            bucket = ev.cues if hit.cue.role == "header" else ev.names
            bucket.setdefault(hit.cue.kind, set()).add(hit.cue.printed)

    for label in header:
        if label:
            note(label, coverage=0.0)
    for row in body:
        for text in row:
            if text and not _is_number(text) and re.search(r"[^\W\d_]", text):
                note(text, coverage=0.5)  # a row label must be mostly the sub-index name
    header_words = [_words(h) for h in header if h]
    for word in kind_info("par").get("default_words") or []:
        keys = [w.keys for w in _words(word)]
        if any(_contains(words, keys) for words in header_words):
            ev.default_par.append(word)
    return ev


def _contains(words: list[_Word], keys: list[frozenset[str]]) -> bool:
    n = len(keys)
    return n > 0 and any(all(keys[j] & words[i + j].keys for j in range(n)) for i in range(len(words) - n + 1))


def _row_labels(body: list[list[str]]) -> list[str]:
    """The unit/name of each body row: its first cell with letters that is not a number."""
    out = []
    for row in body:
        label = next((t for t in row if t and not _is_number(t) and re.search(r"[^\W\d_]", t)), "")
        if label:
            out.append(label)
    return out


def _rows_led_by(kind: str, labels: list[str]) -> float:
    """Share of row labels that begin with one of the kind's `row_cues` (Sở ..., UBND huyện ...)."""
    cues = [c for c in _cues()[0] if c.kind == kind and c.role == "row"]
    if not cues or not labels:
        return 0.0
    led = 0
    for label in labels:
        words = _words(_strip_numbering(label))
        if any(_contains(words[: len(c.keys)], list(c.keys)) for c in cues):
            led += 1
    return led / len(labels)


# --------------------------------------------------------------------------------------------
# tables: numbers


@dataclass
class _Numbers:
    pattern: str  # sum | mean | weighted10 | weighted1 | exceeds | none
    par_like: bool | None
    reason: str


def _is_rank_label(label: str) -> bool:
    key = fold(label)
    return any(key == w or key.startswith(w + " ") for w in _RANK_WORDS)


def _numeric_columns(header: list[str], body: list[list[str]]) -> list[tuple[int, list[float | None]]]:
    n_cols = max([len(header)] + [len(r) for r in body] + [0])
    cols: list[tuple[int, list[float | None]]] = []
    for c in range(n_cols):
        label = header[c] if c < len(header) else ""
        texts = [r[c] if c < len(r) else "" for r in body]
        filled = [t for t in texts if t]
        values = [parse_number(t) if _is_number(t) else None for t in texts]
        present = [v for v in values if v is not None]
        if not filled or len(present) < max(2, 0.6 * len(filled)):
            continue
        if label and _is_rank_label(label):
            continue
        ints = all(float(v).is_integer() for v in present)
        if ints and (c == 0 or not label or all(1 <= v <= len(body) + 5 for v in present) and len(set(present)) == len(present)):
            continue  # STT / rank numbers
        if ints and all(1900 <= v <= 2100 for v in present):
            continue  # years
        cols.append((c, values))
    return cols


def _close(a: float, b: float, n_terms: int) -> bool:
    return abs(a - b) <= 0.011 * n_terms + 0.02 + 0.001 * abs(b)


def _fraction(rows: list[bool]) -> float:
    return sum(rows) / len(rows) if rows else 0.0


def _numbers(header: list[str], body: list[list[str]]) -> _Numbers:
    cols = _numeric_columns(header, body)
    if len(cols) < 3:
        return _Numbers("none", None, "too few numeric columns")
    n_rows = len(body)

    def col_sum(members: list[int], r: int) -> float | None:
        vals = [cols[m][1][r] for m in members]
        return None if any(v is None for v in vals) else float(sum(vals))  # type: ignore[arg-type]

    # additive totals: a column equal, row by row, to the sum of a run of the columns before it
    frontier: list[int] = []
    totals: list[tuple[int, list[int]]] = []
    for j in range(len(cols)):
        found: list[int] | None = None
        for start in range(0, len(frontier) - 1):
            members = frontier[start:]
            checks = []
            for r in range(n_rows):
                s, v = col_sum(members, r), cols[j][1][r]
                if s is not None and v is not None:
                    checks.append(_close(s, v, len(members)))
            if len(checks) >= 2 and _fraction(checks) >= 0.7:
                found = members
                break
        if found is not None:
            totals.append((j, found))
            frontier = frontier[: len(frontier) - len(found)] + [j]
            continue
        if totals and _proportional(cols[totals[-1][0]][1], cols[j][1]):
            continue  # the total again, as % of the maximum
        frontier.append(j)
    if totals:
        j, members = totals[-1]
        highest = max(v for v in cols[j][1] if v is not None)
        if highest > 100.5:
            return _Numbers("sum", False, f"components sum to {highest:.1f} > 100")
        return _Numbers("sum", True, f"components sum to the total (max {highest:.1f})")

    # no additive total: the last numeric column against the ones before it
    last = cols[-1][1]
    comps = cols[:-1]
    sums: list[float] = []
    totals_present: list[float] = []
    means_ok: list[bool] = []
    w10: list[bool] = []
    w1: list[bool] = []
    exceeds: list[bool] = []
    comp_values = [v for _, vals in comps for v in vals if v is not None]
    for r in range(n_rows):
        row = [vals[r] for _, vals in comps]
        total = last[r]
        if total is None or any(v is None for v in row):
            continue
        s = float(sum(row))  # type: ignore[arg-type]
        lo, hi = min(row), max(row)  # type: ignore[type-var]
        sums.append(s)
        totals_present.append(total)
        means_ok.append(abs(s / len(row) - total) <= 0.06 + 0.005 * abs(total))
        w10.append(hi <= 10 and total <= 100 and 10 * lo - 0.5 <= total <= 10 * hi + 0.5)
        w1.append(hi <= 1 and total <= 1 and lo - 0.01 <= total <= hi + 0.01)
        exceeds.append(s > 100.5)
    if len(sums) < 2:
        return _Numbers("none", None, "too few complete rows")
    if _fraction(means_ok) >= 0.7:
        return _Numbers("mean", False, "components average to the total (not a sum)")
    with_total = [s + t for s, t in zip(sums, totals_present)]
    if comp_values and max(comp_values) <= 10 and _fraction(w10) >= 0.8:
        return _Numbers("weighted10", False, f"0-10 sub-indices of a weighted 0-100 composite "
                                             f"(all summed: {max(with_total):.1f})")
    if comp_values and max(comp_values) <= 1 and _fraction(w1) >= 0.8:
        return _Numbers("weighted1", False, "indices on a 0-1 scale, not points")
    if _fraction(exceeds) >= 0.5:
        return _Numbers("exceeds", False, f"components sum to {max(sums):.1f} > 100")
    return _Numbers("none", None, "numbers do not add up to a total")


def _proportional(a: list[float | None], b: list[float | None]) -> bool:
    ratios = [y / x for x, y in zip(a, b) if x and y is not None]
    if len(ratios) < 2:
        return False
    mid = statistics.median(ratios)
    return mid > 0 and all(abs(q - mid) <= 0.01 * mid + 0.0005 for q in ratios)


_AGGREGATION_OF_PATTERN = {"sum": "sum", "mean": "mean", "weighted10": "weighted", "weighted1": "weighted"}


# --------------------------------------------------------------------------------------------
# tables: decision


def kind_of_table(table: Table, context: str = "") -> tuple[IndexKind, str]:
    """The index a table reports, and why: ``("pci", "header names PCI sub-indices")``.

    Evidence in order: (a) the header labels (and row labels that are sub-index names): a kind
    named there, or two of its sub-indices, decides; (b) ``context`` (the caption/lines above the
    table and the document title): a non-PAR index named there decides, PAR named there holds unless
    the numbers say otherwise; (c) the numbers: per row, do the components add up to a total <= 100
    (PAR-like), or are they 0-10 sub-indices of a weighted composite, an average, or past 100?
    Default: "par" when the header has PAR words (thẩm định, điều tra xã hội học, Chỉ số CCHC,
    tổng điểm, xếp hạng), "unknown" otherwise.
    """
    grid = _grid(table)
    header, body = _split_header(table, grid)
    ev = _header_evidence(header, body)
    numbers = _numbers(header, body)
    mentions = index_mentions(context)
    context_kinds = [m.kind for m in mentions]
    labels = _row_labels(body)

    # (a) header and row labels
    strong = [k for k in known_kinds() if ev.strong(k)]
    if strong:
        strong.sort(key=lambda k: -ev.score(k))
        best = strong[0]
        tied = [k for k in strong if ev.score(k) == ev.score(best)]
        if len(tied) > 1:
            if "par" in tied and numbers.par_like:
                best = "par"
            else:
                return "unknown", "header names several indices (" + ", ".join(short_name(k) for k in tied) + ")"
        if ev.names.get(best):
            why = "header names " + short_name(best) + (" and its sub-indices" if len(ev.cues.get(best, ())) >= 2 else "")
        else:
            why = "header names " + short_name(best) + " sub-indices"
        return _family_choice(best, why, context_kinds, labels)  # type: ignore[return-value]

    # (b) context
    others = [k for k in context_kinds if k != "par"]
    if others:
        counts = {k: others.count(k) for k in others}
        top = max(counts.values())
        pick = [k for k in reversed(others) if counts[k] == top][0]  # most named, then nearest the end
        aggregation = (kind_info(pick).get("values") or {}).get("aggregation")
        contradicts = numbers.pattern in _AGGREGATION_OF_PATTERN and _AGGREGATION_OF_PATTERN[numbers.pattern] != aggregation
        if numbers.par_like and ("par" in context_kinds or ev.default_par) and contradicts:
            return "par", f"{numbers.reason}, header has PAR words ({short_name(pick)} in the caption is not summed)"
        return _family_choice(pick, "caption names " + short_name(pick), [], labels)  # type: ignore[return-value]
    if "par" in context_kinds:
        if numbers.par_like is False:
            return "unknown", numbers.reason + "; not PAR"
        return "par", "caption names PAR INDEX"

    # (c) numbers, then the default
    if numbers.par_like is False:
        return "unknown", numbers.reason + "; not PAR"
    if ev.default_par:
        if numbers.par_like:
            return "par", f"{numbers.reason}; header has PAR words"
        return "par", "header has PAR words (" + ", ".join(ev.default_par[:3]) + ")"
    return "unknown", "no index named"


def _family_choice(kind: str, why: str, context_kinds: list[str], labels: list[str]) -> tuple[str, str]:
    """PCI and DDCI share their sub-indices: the context or the row labels tell which."""
    family = kind_info(kind).get("family")
    if not family:
        return kind, why
    members = [k for k in known_kinds() if kind_info(k).get("family") == family and k != kind]
    for k in reversed(context_kinds):
        if k in members:
            return k, f"{why}; caption names {short_name(k)}"
        if k == kind:
            break
    if kind not in context_kinds:
        for k in members:
            if _rows_led_by(k, labels) >= 0.6:
                return k, f"{why}; rows are {short_name(k)} units"
    return kind, why
