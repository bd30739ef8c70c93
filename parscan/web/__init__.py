"""The auditor's workbench (`parscan serve`): an archive's documents, each page with what was read on it,
and corrections that re-run the audit.  Served from the batch store alone: no request re-OCRs anything.

`app.py` wires the routes, `security.py` the token and CSRF rules, `archive_queries.py` the archive list and
its full-text search, `document_state.py` a document as corrected and audited (cached), `page_images.py`
the downscaled page images (cached on disk), `document_view.py` what the document template draws.
"""
