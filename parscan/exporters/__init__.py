"""Exporters: turn documents and batch stores into files people open (JSONL, CSV, XLSX, Parquet, PDF)."""
