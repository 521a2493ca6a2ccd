#!/usr/bin/python3
"""Reference values for ClipPreprocessorTest, from PIL itself (Debian python3-pil, python3-numpy).

The recipe is OpenAI CLIP's (torchvision): Resize(size, BICUBIC) on a PIL image, i.e. PIL
Image.resize to (size, int(size * long / short)), CenterCrop(size) with offsets
int(round((side - size) / 2.0)), ToTensor (float32 / 255) and Normalize(mean, std) in float32.
The test pictures are drawn by a formula that ClipPreprocessorTest.pattern repeats in Java.
Run: /usr/bin/python3 pil_golden.py (Debian 12: PIL 9.4.0, numpy 1.24)   (prints the Java table that ClipPreprocessorTest holds)
"""
import hashlib
import struct

import numpy as np
from PIL import Image

MEAN = np.array([0.48145466, 0.4578275, 0.40821073], dtype=np.float32)
STD = np.array([0.26862954, 0.26130258, 0.27577711], dtype=np.float32)


def pattern(w, h):
    a = np.zeros((h, w, 3), dtype=np.uint8)
    for y in range(h):
        for x in range(w):
            a[y, x, 0] = (x * 7 + y * 13) % 256
            a[y, x, 1] = (x * x + 3 * y * y + x * y) % 256
            a[y, x, 2] = ((x // 5) * 40 + (y // 7) * 25 + (x ^ y)) % 256
    return Image.fromarray(a, "RGB")


def run(w, h, size, mode, resample):
    img = pattern(w, h)
    if mode == "shortest":
        short, long = (w, h) if w <= h else (h, w)
        new_short, new_long = size, int(size * long / short)
        out = (new_short, new_long) if w <= h else (new_long, new_short)
    else:
        out = (size, size)
    resized = img.resize(out, resample)
    arr = np.asarray(resized, dtype=np.uint8)
    planes = np.ascontiguousarray(arr.transpose(2, 0, 1)).tobytes()
    sha = hashlib.sha256(planes).hexdigest()
    rw, rh = resized.size
    left = int(round((rw - size) / 2.0))
    top = int(round((rh - size) / 2.0))
    crop = arr[top:top + size, left:left + size, :]
    t = crop.astype(np.float32) / np.float32(255)
    t = (t - MEAN) / STD
    t = t.transpose(2, 0, 1)
    picks = [(0, 0, 0), (1, 17, 101), (2, 223, 223), (0, 111, 5), (2, 64, 200)]
    values = ["0x%08x" % struct.unpack("<I", struct.pack("<f", float(t[c, y, x])))[0] for c, y, x in picks]
    return rw, rh, sha, float(t.astype(np.float64).sum()), values


CASES = [
    (640, 480, 224, "shortest", "BICUBIC"),
    (150, 200, 224, "shortest", "BICUBIC"),
    (333, 333, 224, "shortest", "BICUBIC"),
    (401, 224, 224, "shortest", "BICUBIC"),
    (300, 225, 224, "shortest", "BICUBIC"),
    (500, 260, 224, "shortest", "BILINEAR"),
    (300, 170, 224, "squash", "BICUBIC"),
]

for w, h, size, mode, name in CASES:
    rw, rh, sha, total, values = run(w, h, size, mode, getattr(Image, name))
    print('            { %d, %d, %d, "%s", "%s", %d, %d, "%s", %r, "%s" },' % (
        w, h, size, mode, name, rw, rh, sha, total, " ".join(values)))
