"""Make a clean 300-dpi page look scanned: ink and paper tone, uneven light, show-through, blur, skew,
resampling to the scan dpi (optionally through a low-resolution 'archive' copy), noise and JPEG.

Profiles were set by eye against the real Đà Nẵng scans in shared/realscans: `scan` is a typical office
scan (light grey paper, slight blur and tilt), `bad` is a photocopied archive copy scanned at low quality.
Every random choice comes from the caller's numpy Generator, so a seed reproduces the page bit for bit.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

Range = tuple[float, float]


@dataclass(frozen=True)
class Profile:
    dpi: tuple[int, int]
    skew: Range  # absolute degrees; the sign is drawn
    blur: Range  # gaussian sigma in px at 300 dpi
    noise: Range  # gaussian sigma in grey levels
    salt: Range  # fraction of pixels flipped to ink or paper
    illumination: Range  # depth of the low-frequency light falloff (0..1)
    jpeg: tuple[int, int]
    ink: Range  # grey level of full ink
    paper: Range  # grey level of bare paper
    show_through: Range  # strength of the mirrored back page
    archive_dpi: tuple[int, int] | None = None  # resample down to this and back up
    tint: bool = False  # yellowed paper, saved as colour


PROFILES: dict[str, Profile] = {
    "clean": Profile(dpi=(300, 300), skew=(0, 0), blur=(0, 0), noise=(0, 0), salt=(0, 0), illumination=(0, 0),
                     jpeg=(92, 92), ink=(0, 0), paper=(255, 255), show_through=(0, 0)),
    "scan": Profile(dpi=(200, 300), skew=(0.5, 2.0), blur=(0.5, 0.9), noise=(4, 8), salt=(1e-4, 4e-4),
                    illumination=(0.03, 0.08), jpeg=(55, 75), ink=(20, 50), paper=(228, 246),
                    show_through=(0.0, 0.03)),
    "bad": Profile(dpi=(200, 220), skew=(1.0, 2.0), blur=(0.9, 1.3), noise=(10, 16), salt=(8e-4, 2e-3),
                   illumination=(0.10, 0.18), jpeg=(40, 50), ink=(45, 80), paper=(200, 228),
                   show_through=(0.05, 0.09), archive_dpi=(100, 130), tint=True),
}

ROTATIONS = (0, 90, 180, 270)


def _draw(rng: np.random.Generator, r: Range) -> float:
    return float(r[0]) if r[0] == r[1] else float(rng.uniform(*r))


def _illumination(shape: tuple[int, int], depth: float, rng: np.random.Generator) -> np.ndarray:
    """A smooth light field: a tilted plane plus an off-centre falloff, 1 at its brightest."""
    h, w = shape
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    x, y = x / w - 0.5, y / h - 0.5
    gx, gy = rng.uniform(-1, 1, 2)
    cx, cy = rng.uniform(-0.3, 0.3, 2)
    field = gx * x + gy * y + 1.5 * ((x - cx) ** 2 + (y - cy) ** 2)
    field -= field.min()
    return 1.0 - depth * field / max(float(field.max()), 1e-6)


def degrade(page: Image.Image, profile: Profile, dpi: int, rotation: int, rng: np.random.Generator,
            source_dpi: int = 300) -> tuple[Image.Image, float]:
    """Scan `page` (gray, black on white, at source_dpi); returns the image at `dpi` and the skew applied
    (degrees, counter-clockwise positive)."""
    if rotation not in ROTATIONS:
        raise ValueError(f"rotation must be one of {ROTATIONS}")
    ink_mask = 1.0 - np.asarray(page, dtype=np.float32) / 255.0
    h, w = ink_mask.shape
    paper, ink = _draw(rng, profile.paper), _draw(rng, profile.ink)
    show = _draw(rng, profile.show_through)
    if show > 0:
        back = cv2.GaussianBlur(ink_mask[:, ::-1], (0, 0), 2.5)
        ink_mask = np.maximum(ink_mask, show * back)
    sigma = _draw(rng, profile.blur)
    if sigma > 0:
        ink_mask = cv2.GaussianBlur(ink_mask, (0, 0), sigma)
    light = _illumination((h, w), _draw(rng, profile.illumination), rng) if profile.illumination[1] else 1.0
    grey = (paper - (paper - ink) * ink_mask) * light
    skew = _draw(rng, profile.skew) * float(rng.choice([-1, 1]))
    if skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
        grey = cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
    noise = _draw(rng, profile.noise)  # sensor noise at optical resolution, averaged by the resampling below
    if noise:
        grey = grey + rng.normal(0, noise, grey.shape).astype(np.float32)
    if profile.archive_dpi:
        low = int(rng.integers(profile.archive_dpi[0], profile.archive_dpi[1] + 1))
        small = cv2.resize(grey, (round(w * low / source_dpi), round(h * low / source_dpi)),
                           interpolation=cv2.INTER_AREA)
        grey = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    if dpi != source_dpi:
        grey = cv2.resize(grey, (round(w * dpi / source_dpi), round(h * dpi / source_dpi)),
                          interpolation=cv2.INTER_AREA)
    if profile.archive_dpi and noise:  # the copy was itself re-scanned: grain on top of the blur
        grey = grey + rng.normal(0, noise / 2, grey.shape).astype(np.float32)
    salt = _draw(rng, profile.salt)
    if salt:
        hit = rng.random(grey.shape) < salt
        grey[hit] = np.where(rng.random(int(hit.sum())) < 0.5, ink, paper)
    out = np.clip(np.rint(grey), 0, 255).astype(np.uint8)
    out = np.rot90(out, k=-rotation // 90)  # rotation degrees clockwise
    img = Image.fromarray(np.ascontiguousarray(out), "L")
    if profile.tint:
        rgb = np.asarray(img, dtype=np.float32)[..., None] * np.array([1.0, 0.96, 0.86], dtype=np.float32)
        img = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    return img, round(skew, 3)


def jpeg_bytes(img: Image.Image, quality: int, dpi: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, dpi=(dpi, dpi), optimize=True)
    return buf.getvalue()
