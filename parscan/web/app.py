"""The workbench's routes: the archive, a document, a page image, and the one write (a correction).

Every route reads the batch store (a read-only connection per request, so readers never wait for a
`parscan batch` writing the same store, WAL mode); a correction is one short transaction.  The document
hash in a path must be 64 hex digits and name a document of the store; page images come only from the
source path the store recorded for that document, so no request names a file.
"""

from __future__ import annotations

import re
import secrets
import threading
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from parscan.archive.corrections import REVIEW_STATUSES, Target, TargetError, current_value, latest
from parscan.archive.store import Store
from parscan.archive.summaries import save_summary, stale_documents, summarize
from parscan.scoring.identity import province_of
from parscan.web.archive_queries import ArchiveFilter, list_documents, provinces_in, snippet_parts
from parscan.web.document_archive_checks import ArchiveChecks
from parscan.web.document_state import DocumentState, DocumentStates
from parscan.web.document_view import across_views, finding_views, page_views, table_views
from parscan.web.page_images import PageUnavailable, page_image_path
from parscan.web.security import TokenMiddleware, cross_origin

_HERE = Path(__file__).parent
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_MAX_VALUE = 2000
PAGE_SIZE = 200  # documents per page of the archive list: the page costs the same for 100 or 100,000


def create_app(db: Path, token: str | None = None) -> Starlette:
    """The workbench over the store `db` (migrated here, once); with `token`, every request must carry it."""
    db = Path(db).resolve()
    Store(db).close()  # creates the corrections and full-text tables of an older store
    states = DocumentStates()
    archive_checks = ArchiveChecks(states)
    csrf = secrets.token_urlsafe(32)
    write_lock = threading.Lock()
    templates = Jinja2Templates(directory=str(_HERE / "templates"))
    templates.env.globals.update(csrf=csrf, snippet_parts=snippet_parts)

    def reader() -> Store:
        return Store(db, read_only=True)

    def document_or_404(store: Store, sha: str) -> DocumentState:
        state = states.get(store, sha) if _SHA_RE.match(sha) else None
        if state is None:
            raise HTTPException(404, f"no document {sha[:80]!r} in this archive")
        return state

    def summarized(store: Store) -> None:
        """Store the summary of every document audited since it was last read or corrected (once per document;
        afterwards a query finds nothing to do)."""
        if stale_documents(store.db):
            with write_lock, Store(db) as writer:
                states.summarize_stale(writer)

    def archive(request: Request) -> Response:
        q = request.query_params
        reviewed = q.get("reviewed")
        province = q.get("province") or None
        if province is not None:
            province = province_of(province)
            if province is None:
                raise HTTPException(400, f"not a province of the registry: {q['province'][:80]!r}")
        where = ArchiveFilter(year=_int_param(q.get("year")), province=province, kind=q.get("kind") or None,
                              severity=q.get("severity") or None,
                              reviewed=None if reviewed not in ("yes", "no") else reviewed == "yes",
                              search=q.get("q") or None)
        page = max(1, _int_param(q.get("page")) or 1)
        with reader() as store:
            summarized(store)
            rows, total = list_documents(store.db, where, PAGE_SIZE, (page - 1) * PAGE_SIZE)
            provinces = provinces_in(store.db)
        others = {k: v for k, v in q.items() if k != "page"}
        return templates.TemplateResponse(request, "archive.html", {
            "rows": rows, "total": total, "page": page, "pages": -(-total // PAGE_SIZE), "others": others, "q": q,
            "db": db.name, "provinces": provinces, "province": province})

    def document(request: Request) -> Response:
        with reader() as store:
            state = document_or_404(store, request.path_params["sha"])
            summarized(store)
            across = archive_checks.of(store, state.audited.source.sha256)
        doc, findings = state.audited, state.audited.findings
        in_force = latest(state.corrections)
        return templates.TemplateResponse(request, "document.html", {
            "doc": doc, "state": state, "findings": finding_views(findings),
            "pages": page_views(doc, findings, in_force, across), "tables": table_views(doc, findings, in_force),
            "trail": list(reversed(state.corrections)), "original": state.original,
            "across": across_views(across, doc.source.sha256) if across else [],
            "across_checks": across.checks if across else [], "across_known": across is not None,
        })

    def page_image(request: Request) -> Response:
        with reader() as store:
            state = document_or_404(store, request.path_params["sha"])
        try:
            path = page_image_path(db, state.original, request.path_params["number"])
        except PageUnavailable as exc:
            return PlainTextResponse(f"404: {exc}", status_code=404)
        return FileResponse(path, media_type="image/jpeg", headers={"Cache-Control": "private, max-age=86400"})

    async def correct(request: Request) -> Response:
        if cross_origin(request):
            return PlainTextResponse("403: cross-origin write refused", status_code=403)
        form = await request.form()
        if not isinstance(form.get("csrf"), str) or not secrets.compare_digest(str(form["csrf"]), csrf):
            return PlainTextResponse("403: missing or wrong CSRF token; reload the page", status_code=403)
        sha = request.path_params["sha"]
        fields = {k: str(form.get(k) or "").strip() for k in ("target", "new_value", "author", "note")}
        if not fields["author"]:
            return PlainTextResponse("400: who makes this correction? (author is required)", status_code=400)
        if not fields["new_value"] or max(map(len, fields.values())) > _MAX_VALUE:
            return PlainTextResponse("400: a correction needs a new value (at most 2000 characters)", status_code=400)
        with reader() as store:
            state = document_or_404(store, sha)
        try:
            target = Target.parse(fields["target"])
            old = current_value(state.audited, fields["target"])
        except TargetError as exc:
            return PlainTextResponse(f"400: {exc}", status_code=400)
        if target.kind == "finding" and fields["new_value"] not in REVIEW_STATUSES:
            return PlainTextResponse("400: a finding is confirmed or dismissed", status_code=400)
        with write_lock:
            with Store(db) as store:
                store.add_correction(sha, fields["target"], old, fields["new_value"], fields["author"],
                                     fields["note"] or None)
                corrected = states.get(store, sha)
                assert corrected is not None
                store.replace_records(corrected.audited)  # exports read the record tables
                with store.transaction() as tx:  # the archive list shows the new state at once
                    save_summary(tx, summarize(corrected.audited, corrected.corrections, corrected.finished_at))
        anchor = "#findings" if target.kind == "finding" else ""
        return RedirectResponse(f"/doc/{sha}{anchor}", status_code=303)

    async def not_found(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return PlainTextResponse(f"{exc.status_code}: {exc.detail}", status_code=exc.status_code)

    routes = [
        Route("/", archive),
        Route("/doc/{sha}", document),
        Route("/doc/{sha}/page/{number:int}.jpg", page_image),
        Route("/doc/{sha}/corrections", correct, methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static"),
    ]
    middleware = [Middleware(TokenMiddleware, token=token)] if token else []
    return Starlette(routes=routes, middleware=middleware, exception_handlers={HTTPException: not_found})


def _int_param(value: str | None) -> int | None:
    if value is None or not value.strip():
        return None
    try:
        return int(value)
    except ValueError as exc:
        raise HTTPException(400, f"not a number: {value[:40]!r}") from exc
