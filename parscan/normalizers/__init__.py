"""Text normalisers: Vietnamese OCR repair, numbers, names."""
