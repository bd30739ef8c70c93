"""parscan: ingestion, OCR, Vietnamese repair, extraction and audit of PAR Index documents."""

__version__ = "0.1.0"
