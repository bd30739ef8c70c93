"""Building the repair model (`make model`): never imported when parscan extracts.

`corpus` gathers the training text (from this repository checkout: the sample generator in
`samples/` included), `ocr_pairs` renders it and reads it back with Tesseract, `build` learns the
model and writes `parscan/normalizers/data/repair_model.json.gz`, which the runtime reads.
"""
