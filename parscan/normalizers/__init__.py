"""Text normalisers: Vietnamese OCR repair, numbers, names."""

from pathlib import Path

DATA = Path(__file__).with_name("data")  # the repair model and its corpus files
