"""MinHash signatures (rensa) and LSH band keys.

rensa's ``RMinHash`` was chosen over datasketch by measurement (``benchmarks/dedup_speed.py``:
same shingles, same run). Signatures are kept in the store (``dedup_signatures``); a batch is
banded together with the stored signatures of its date window, so a new article is matched
against every earlier candidate without rebuilding anything.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rensa import RMinHash

__all__ = [
    "BANDS",
    "NUM_PERM",
    "ROWS",
    "SIGNATURE",
    "band_keys",
    "estimate",
    "flat_signatures",
    "signatures",
]

NUM_PERM = 256
#: 2 rows x 128 bands: a pair with Jaccard 0.2 becomes a candidate with p = 0.994, 0.1 with
#: p = 0.72; a short dispatch inside a long roundup has Jaccard 0.15-0.3
#: (with 64 bands, p = 0.92 at 0.2: one such labelled copy pair in 12 was missed by chance)
ROWS = 2
BANDS = NUM_PERM // ROWS
SEED = 20150721

#: rensa's MinHash values are 32-bit (an empty text's are all 2^32 - 1): a stored signature
#: is 1 KiB
SIGNATURE = np.uint32
_MASK56 = np.uint64((1 << 56) - 1)
_MIX = np.uint64(0x9E3779B97F4A7C15)


def signatures(shingles: Sequence[np.ndarray]) -> np.ndarray:
    """An ``(n, NUM_PERM)`` ``SIGNATURE`` matrix of MinHash values (empty texts: all-max rows)."""
    if not shingles:
        return np.zeros((0, NUM_PERM), dtype=SIGNATURE)
    lengths = np.fromiter((len(s) for s in shingles), dtype=np.uint64, count=len(shingles))
    offsets = np.concatenate(([0], np.cumsum(lengths)))
    flat = np.concatenate(shingles) if offsets[-1] else np.zeros(0, np.uint64)
    return flat_signatures(flat, offsets)


def flat_signatures(flat: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """``signatures`` of the rows ``flat[offsets[i]:offsets[i + 1]]``."""
    n = len(offsets) - 1
    if n <= 0:
        return np.zeros((0, NUM_PERM), dtype=SIGNATURE)
    matrix = RMinHash.digest_matrix_from_flat_token_hashes(
        flat.astype(np.uint64, copy=False), offsets.astype(np.uint64), NUM_PERM, SEED
    )
    return np.asarray(matrix.to_rows(), dtype=SIGNATURE).reshape(n, NUM_PERM)


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """``(n, BANDS)`` int64 keys: band number in the top byte, a hash of its rows below."""
    rows = sigs.reshape(len(sigs), BANDS, ROWS).astype(np.uint64)
    with np.errstate(over="ignore"):
        h = rows[:, :, 0] * _MIX
        for r in range(1, ROWS):
            h = (h ^ rows[:, :, r]) * _MIX
    band = np.arange(BANDS, dtype=np.uint64) << np.uint64(56)
    return ((h & _MASK56) | band).astype(np.int64)


def estimate(sig_a: np.ndarray, sig_b: np.ndarray) -> np.ndarray:
    """Estimated Jaccard of row pairs (the share of equal MinHash values)."""
    return np.mean(sig_a == sig_b, axis=-1)
