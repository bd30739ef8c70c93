"""Audit across an archive (issue 12): planted cross-document faults found, and the pass at scale.

1. Accuracy: generated archives (samples/generator/archive.py: national announcements 2019-2024 of the 63
   provinces and of the ministries, provinces' and ministries' reports and provinces' plans quoting them, a
   province's decision ranking its departments and districts and a department's and a district's report
   quoting it), extracted from their
   OCR text, each document audited alone and then across documents; per seed the consistent archive and one
   copy per fault kind and scope.  Reported: for every planted fault whether it was found as an error citing
   both documents, errors elsewhere, and the cross-document checks passed on the consistent archives.
2. Scale: a synthetic batch store of N documents (default 10,000: per province and year a departments'
   ranking published by the province, a provincial report quoting the national announcement, department
   reports quoting the province's ranking; plus the national announcements), with faults planted by
   misquoting; the cross-document pass reads the store only.  Time and peak RSS are measured in a fresh
   process on one core.

    python benchmarks/bench_archive_audit.py [--seeds 3] [--docs 10000] [--skip-accuracy]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from parscan.archive.store import FileTimings, Store  # noqa: E402
from parscan.schemas.document import ParscanDocument, Source  # noqa: E402
from parscan.schemas.geometry import Evidence  # noqa: E402
from parscan.schemas.records import Claim, DocumentMeta, Match, RankingRow  # noqa: E402
from samples.generator.archive import YEARS, _scores, build_archive, fault_cases  # noqa: E402
from samples.generator.national import PROVINCES_63  # noqa: E402

DEPARTMENTS = ("Sở Tư pháp", "Sở Tài chính", "Sở Nội vụ", "Sở Xây dựng", "Sở Y tế", "Sở Công Thương",
               "Sở Giao thông vận tải", "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường",
               "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông",
               "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Sở Ngoại vụ",
               "Sở Nông nghiệp và Phát triển nông thôn", "Thanh tra tỉnh", "Văn phòng UBND tỉnh", "Ban Dân tộc",
               "Ban Quản lý các khu công nghiệp")


# ---------------------------------------------------------------------------------------------- accuracy


def accuracy(seeds: int) -> list[str]:
    from parscan.pipeline.run import extract
    from parscan.scoring.archive_audit import audit_archive
    from parscan.scoring.audit import audit_documents
    from parscan.scoring.identity import classify_unit

    cache: dict[str, ParscanDocument] = {}
    rows = []
    totals = {"found": 0, "planted": 0, "false_errors": 0, "doc_errors": 0, "passed": 0, "docs": 0}
    by_case: dict[str, list[int]] = {}  # fault (scope) -> [found, planted, false errors across, per document]
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(seeds):
            for fault, scope in [(None, "provinces"), *fault_cases()]:
                spec = build_archive(seed, fault, scope=scope)
                docs = []
                for path in spec.write(Path(tmp) / f"s{seed}_{fault}_{scope}"):
                    text = path.read_text(encoding="utf-8")
                    if text not in cache:
                        cache[text] = audit_documents([extract(path)])[0]
                    doc = cache[text].model_copy(deep=True)
                    doc.source.path = str(path)
                    docs.append(doc)
                doc_errors = sum(f.severity == "error" for d in docs for f in d.findings)
                archive = audit_archive(docs)
                errors = [f for f in archive.findings if f.severity == "error"]
                passed = sum(c.status == "pass" for c in archive.checks)
                found = 0
                for truth in spec.faults:
                    for err in errors:
                        cited = {Path(ev.path).name for ev in err.evidence}
                        same_unit = truth["unit"] is None or (
                            err.unit and classify_unit(err.unit)[1] == classify_unit(truth["unit"])[1])
                        roles = {Path(ev.path).name: ev.role for ev in err.evidence}
                        if err.check == truth["check"] and same_unit and set(truth["documents"][:2]) <= cited \
                                and roles[truth["documents"][1]] == "publication":
                            found += 1
                            break
                false = len(errors) - found
                totals["found"] += found
                totals["planted"] += len(spec.faults)
                totals["false_errors"] += false
                totals["doc_errors"] += doc_errors
                totals["passed"] += passed if fault is None else 0
                totals["docs"] += len(docs)
                label = f"{fault} ({scope})" if fault else "consistent"
                case = by_case.setdefault(label, [0, 0, 0, 0])
                case[0] += found
                case[1] += len(spec.faults)
                case[2] += false
                case[3] += doc_errors
                if fault in ("misquote", "plan_quote"):
                    label += f": {spec.faults[0]['description'].removeprefix('index ')}"
                rows.append(f"| {seed} | {label} | {len(docs)} | "
                            f"{found}/{len(spec.faults)} | {false} | {doc_errors} | {passed} | "
                            f"{sum(c.status == 'unverifiable' for c in archive.checks)} |")
    head = ["| seed | archive | documents | planted faults found as errors citing both documents | other errors "
            "across documents | errors of the documents alone | cross checks passed | unverifiable |",
            "|---|---|---|---|---|---|---|---|"]
    summary = (f"planted faults found: {totals['found']}/{totals['planted']}; false errors across documents: "
               f"{totals['false_errors']}; errors of documents audited alone: {totals['doc_errors']}; "
               f"cross-document checks passed on the consistent archives: {totals['passed']} "
               f"({time.perf_counter() - t0:.0f} s with extraction)")
    cases = ["| archive | found / planted | other errors across | errors alone |", "|---|---:|---:|---:|"]
    cases += [f"| {label} | {f}/{p} | {e} | {d} |" for label, (f, p, e, d) in by_case.items()]
    return [*head, *rows, "", *cases, "", summary]


# ---------------------------------------------------------------------------------------------- scale


def _ev(line: int, text: str) -> Evidence:
    return Evidence(page=1, line_start=line, line_end=line, text=text)


def _doc(sha: str, path: str, header: str, meta: DocumentMeta, rankings=(), claims=()) -> ParscanDocument:
    return ParscanDocument(source=Source(path=path, sha256=sha, kind="text", page_count=1),
                           text=header, document=meta, rankings=list(rankings), claims=list(claims))


def synthetic_documents(n_docs: int, n_faults: int, seed: int = 0):
    """Yield (doc, is_fault) until n_docs: national announcements, per province and year a departments' ranking,
    the province's report quoting the national figures, and department reports quoting the ranking."""
    rng = random.Random(f"bench-archive:{seed}")
    nat = _scores(rng, list(PROVINCES_63), YEARS)
    dep = {p: _scores(rng, list(DEPARTMENTS), YEARS) for p in PROVINCES_63}
    cells = len(YEARS) * len(PROVINCES_63)
    per_cell = max(1, -(-(n_docs - len(YEARS)) // cells) - 2)
    fault_every = max(1, cells * per_cell // max(1, n_faults))
    count = quoted = 0

    def sha() -> str:
        return f"{count:064x}"

    for year in YEARS:
        rows = [RankingRow(rank=r["rank"], unit=Match(printed=p), total=float(r["index"]), index_pct=float(r["index"]),
                           components={"appraisal": float(r["appraisal"]), "survey": float(r["survey"])},
                           evidence=_ev(10 + r["rank"], f"{r['rank']} {p} {r['index']}"))
                 for p, r in nat[year].items()]
        meta = DocumentMeta(kind="Báo cáo", issuer="Bộ Nội vụ", number_symbol=f"{100 + year}/BC-BNV",
                            date=f"{year + 1}-03-01", subject=f"Kết quả Chỉ số cải cách hành chính năm {year} của các "
                                                               "tỉnh, thành phố trực thuộc Trung ương")
        yield _doc(sha(), f"national/{year}.json", f"BỘ NỘI VỤ\nSố: {100 + year}/BC-BNV\n", meta, rows), False
        count += 1
    for year in YEARS:
        for p in PROVINCES_63:
            prov = p.replace("TP. ", "")
            ubnd = f"UBND tỉnh {prov}"
            table = dep[p][year]
            prev = dep[p].get(year - 1)
            rows = [RankingRow(rank=r["rank"], group="departments", unit=Match(printed=d), total=float(r["index"]),
                               index_pct=float(r["index"]), evidence=_ev(10 + r["rank"], f"{r['rank']} {d}"))
                    for d, r in table.items()]
            meta = DocumentMeta(kind="Báo cáo", issuer="Sở Nội vụ", issuer_parent=ubnd, date=f"{year + 1}-02-01",
                                subject=f"Kết quả Chỉ số CCHC năm {year} của các sở, ban, ngành tỉnh {prov}")
            yield _doc(sha(), f"{prov}/{year}/ranking.json", f"{ubnd.upper()}\nSỞ NỘI VỤ\nSố: 1/BC-SNV\n", meta,
                       rows), False
            count += 1
            r = nat[year][p]
            claims = [Claim(kind="value", subject=prov, value=float(r["index"]), unit="%", year=year, scope="provinces",
                            index_kind="par", frame="unit_value", evidence=_ev(12, "đạt")),
                      Claim(kind="rank", subject=prov, value=float(r["rank"]), year=year, scope="provinces",
                            denominator=63, frame="rank", evidence=_ev(12, "xếp thứ"))]
            if year - 1 in nat:
                claims[0].change = float(r["index"] - nat[year - 1][p]["index"])
                claims.append(Claim(kind="rank_move", subject=prov, value=float(nat[year - 1][p]["rank"] - r["rank"]),
                                    year=year, scope="provinces", frame="rank_move", evidence=_ev(12, "bậc")))
            meta = DocumentMeta(kind="Báo cáo", issuer=ubnd, date=f"{year + 1}-07-01",
                                subject=f"Kết quả Chỉ số CCHC năm {year} của tỉnh {prov}")
            yield _doc(sha(), f"{prov}/{year}/report.json", f"ỦY BAN NHÂN DÂN\nTỈNH {prov.upper()}\nSố: 2/BC-UBND\n",
                       meta, claims=claims), False
            count += 1
            for k in range(per_cell):
                if count >= n_docs:
                    return
                d = DEPARTMENTS[k % len(DEPARTMENTS)]
                r = table[d]
                value = r["index"]
                quoted += 1
                fault = quoted % fault_every == 0
                if fault:
                    value += Decimal("1.11")
                claims = [Claim(kind="value", subject=d, value=float(value), unit="%", year=year, scope="departments",
                                frame="unit_value", evidence=_ev(9, f"{d} đạt {value}"))]
                if prev is not None:
                    claims.append(Claim(kind="rank_move", subject=d, value=float(prev[d]["rank"] - r["rank"]), year=year,
                                        scope="departments", frame="rank_move", evidence=_ev(9, "bậc")))
                meta = DocumentMeta(kind="Báo cáo", issuer=d, issuer_parent=ubnd, date=f"{year + 1}-09-01",
                                    subject=f"Kết quả Chỉ số CCHC năm {year} của {d}")
                yield _doc(sha(), f"{prov}/{year}/dept_{k:02d}.json", f"{ubnd.upper()}\n{d.upper()}\nSố: 3/BC\n",
                           meta, claims=claims), fault
                count += 1


def build_store(db: Path, n_docs: int, n_faults: int) -> tuple[int, int, float]:
    t0 = time.perf_counter()
    n = faults = 0
    timings = FileTimings(0.0, 0.0, None)
    with Store(db) as store:
        for doc, fault in synthetic_documents(n_docs, n_faults):
            store.register(doc.source.sha256, doc.source.path)
            store.save_document(doc, timings)
            n += 1
            faults += fault
    return n, faults, time.perf_counter() - t0


_MEASURE = """
import json, resource, sys, time
t0 = time.perf_counter()
from parscan.scoring.archive_audit import audit_store_archive
archive = audit_store_archive(sys.argv[1])
wall = time.perf_counter() - t0
print(json.dumps({"wall_s": wall, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "documents": len(archive.documents), "checks": len(archive.checks),
                  "passed": archive.coverage.correct, "errors": sum(f.severity == "error" for f in archive.findings),
                  "warnings": sum(f.severity == "warning" for f in archive.findings),
                  "unverifiable": archive.coverage.unverifiable}))
"""


def scale(n_docs: int, n_faults: int) -> list[str]:
    import json

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "archive.sqlite"
        n, faults, build_s = build_store(db, n_docs, n_faults)
        size = db.stat().st_size / 1e6
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        cmd = [sys.executable, "-c", _MEASURE, str(db)]
        if sys.platform.startswith("linux"):
            cmd = ["taskset", "-c", "0", *cmd]  # one core
        out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout
        m = json.loads(out.strip().splitlines()[-1])
    return [f"synthetic store: {n} documents ({size:.0f} MB, built in {build_s:.0f} s), {faults} misquotes planted",
            f"cross-document pass (store only, one core): {m['wall_s']:.1f} s, peak RSS {m['peak_rss_mb']:.0f} MB; "
            f"{m['checks']} checks: {m['passed']} passed, {m['errors']} errors, {m['warnings']} warnings, "
            f"{m['unverifiable']} unverifiable"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--faults", type=int, default=20)
    ap.add_argument("--skip-accuracy", action="store_true")
    ap.add_argument("--skip-scale", action="store_true")
    args = ap.parse_args()
    if not args.skip_accuracy:
        print("\n".join(accuracy(args.seeds)))
        print()
    if not args.skip_scale:
        print("\n".join(scale(args.docs, args.faults)))


if __name__ == "__main__":
    main()
