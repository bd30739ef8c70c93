"""Score the record extractors on the five seeds against the dev gold (../shared/dev).

    .venv/bin/python benchmarks/bench_extract_records.py [--repair]

Prints one line per check: Hà Nam ranking rows/numbers/units, Đắk Lắk Phụ lục I code+max,
metadata fields of the five documents, Hà Tĩnh assignments, Hà Nam prose claims; and the
extraction time per document (the text path, so no OCR) with the ratio to the fastest document.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from rapidfuzz import fuzz

from parscan.normalizers.names import fold
from parscan.pipeline.options import ExtractOptions
from parscan.pipeline.run import extract
from parscan.registries import match_unit

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS, DEV = SHARED / "seeds", SHARED / "dev"


def _load(name: str):
    return json.loads((DEV / name).read_text(encoding="utf-8"))


def score_ranking(doc) -> dict:
    gold = _load("hanam_2022_ranking.json")
    got = {(r.group, r.rank): r for r in doc.rankings}
    rows = numbers = numbers_ok = units_ok = 0
    for group in gold["groups"]:
        kind = "districts" if "huyện" in group["group"] else "departments"
        for g in group["rows"]:
            r = got.get((kind, g["rank"]))
            if r is None:
                continue
            rows += 1
            pairs = [(r.components.get("appraisal"), g["appraisal_score"]), (r.components.get("survey"), g["survey_score"]),
                     (r.total, g["total_points"]), (r.index_pct, g["index_2022_pct"]), (r.max_points, g["max_points"])]
            numbers += len(pairs)
            numbers_ok += sum(1 for a, b in pairs if a == b)
            want = match_unit(g["unit_name"], "ha_nam").registry_id
            units_ok += int(want is not None and r.unit.registry_id == want)
    total = sum(len(g["rows"]) for g in gold["groups"])
    return {"rows": f"{rows}/{total}", "numbers_exact": f"{numbers_ok}/{numbers}", "units": f"{units_ok}/{total}"}


def score_criteria(doc) -> dict:
    gold = _load("daklak_2020_criteria.json")["rows"]
    got: dict = {}
    for r in doc.criteria:
        got.setdefault(r.code, r)
    ok = sum(1 for g in gold if g["code"] in got and got[g["code"]].max_points == g["max_points"])
    printed = sum(1 for g in gold if g["code"] in got and got[g["code"]].max_points == g["max_points"]
                  and got[g["code"]].max_points_source != "registry")
    values = [(got[g["code"]].values.get("score_2019"), g["score_2019"]) for g in gold if g["code"] in got]
    return {"code+max": f"{ok}/{len(gold)} ({100 * ok / len(gold):.1f}%)", "max as printed": f"{printed}/{len(gold)}",
            "score_2019 exact": f"{sum(1 for a, b in values if a == b)}/{len(gold)}"}


def score_metadata(doc, gold: dict) -> dict:
    m = doc.document
    issuer = " - ".join(x for x in (m.issuer_parent, m.issuer) if x)
    want_issuer = re.sub(r"\(.*?\)", "", gold["issuing_authority"])
    signer_gold = (gold.get("signer") or {}).get("name")
    signer_got = m.signer.name if m.signer else None
    return {
        "kind": m.kind == gold["document_type"],
        "number": m.number_symbol == gold["number_symbol"],
        "date": m.date == gold["issue_date"],
        "issuer": fuzz.token_set_ratio(fold(issuer), fold(want_issuer)) >= 85,
        "signer": (signer_gold is None and signer_got is None)
        or (signer_gold is not None and signer_got is not None and fuzz.ratio(fold(signer_got), fold(signer_gold)) >= 85),
    }


def score_assignments(doc) -> dict:
    gold = _load("hatinh_2022_assignments.json")["assignments"]
    found = 0
    for g in gold:
        want = {(s["code"], tuple(s.get("except", []))) for s in g["scope"]}
        for a in doc.assignments:
            name = a.agency.canonical or a.agency.printed
            if fuzz.ratio(fold(name), fold(g["agency"])) >= 85 and {(s.code, tuple(s.excluding)) for s in a.scope} == want:
                found += 1
                break
    return {"assignments": f"{found}/{len(gold)}"}


def score_claims(doc) -> dict:
    gold = _load("hanam_2022_ranking.json")["narrative_claims"]
    values = set()
    for c in doc.claims:
        values.update(v for v in (c.value, c.previous_value) if v is not None)
        if c.bounds:
            values.update(v for v in c.bounds if v is not None)
    hit = total = 0
    for claim in gold:
        nums = [v for v in claim["numbers"].values() if isinstance(v, (int, float)) and not isinstance(v, bool)]
        total += len(nums)
        hit += sum(1 for v in nums if float(v) in values or -float(v) in values)
    return {"claim numbers found": f"{hit}/{total}"}


def _with_gold_text(doc, name: str):
    """Swap in the corrected lines of lines.jsonl (noise lines become empty), then extract records."""
    from parscan.extractors import run_all

    gold = {}
    for raw in (DEV / "lines.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(raw)
        if item["doc"] == name:
            gold[item["line"]] = item["gold"]
    number = 0
    for page in doc.pages:
        for line in page.lines:
            number += 1
            if number in gold:
                line.text = gold[number] or ""
    doc.refresh_text()
    return run_all(doc)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repair", action="store_true", help="run the Vietnamese repair stage first")
    parser.add_argument("--gold-text", action="store_true",
                        help="replace each line by its corrected gold line (perfect repair) before extracting")
    args = parser.parse_args()
    options = ExtractOptions(repair=args.repair, extract_records=not args.gold_text)
    docs_gold = {d["doc"]: d for d in _load("docs.json")}
    timings = {}
    meta_ok: dict[str, int] = {}
    mode = "gold text (perfect repair)" if args.gold_text else ("repair on" if args.repair else "raw OCR text")
    print(f"# extraction records vs dev gold ({mode})")
    for path in sorted(SEEDS.glob("0*.txt")):
        start = time.perf_counter()
        doc = extract(path, options)
        if args.gold_text:
            doc = _with_gold_text(doc, path.name)
        timings[path.name] = time.perf_counter() - start
        meta = score_metadata(doc, docs_gold[path.name])
        for key, ok in meta.items():
            meta_ok[key] = meta_ok.get(key, 0) + int(ok)
        extra = {}
        if path.name.startswith("003"):
            extra = {**score_ranking(doc), **score_claims(doc)}
        elif path.name.startswith("002"):
            extra = score_criteria(doc)
        elif path.name.startswith("001"):
            extra = score_assignments(doc)
        bad = [k for k, ok in meta.items() if not ok]
        print(f"{path.name[:3]}  metadata wrong: {bad or '-'}  {extra}")
    print("metadata fields correct over 5 docs:", {k: f"{v}/5" for k, v in meta_ok.items()})
    fastest = min(timings.values())
    print("| document | extract s | ratio to fastest |")
    for name, secs in timings.items():
        print(f"| {name[:3]} | {secs:.2f} | {secs / fastest:.1f}x |")


if __name__ == "__main__":
    main()
