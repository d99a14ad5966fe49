"""``page_url`` writes the query string ``urlencode`` writes for the same parameters."""

from __future__ import annotations

import random
from typing import Any
from urllib.parse import urlencode

from akhbar.web.render import page_url


def _urlencoded(path: str, **params: Any) -> str:
    """``page_url`` as it was written with ``urlencode``."""
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        values = value if isinstance(value, list | tuple) else [value]
        pairs += [(key, str(v)) for v in values if v not in (None, "", 0) or key == "offset"]
    pairs = [(k, v) for k, v in pairs if not (k == "offset" and v == "0")]
    return path + ("?" + urlencode(pairs) if pairs else "")


def test_page_url_quotes_as_urlencode_does() -> None:
    """Guard: the pairs quoted one by one (and remembered) give urlencode's string, for
    Arabic and reserved characters, repeated keys, empty values and offsets."""
    rng = random.Random(5)
    pool = ["النفط", "أ&ب=ج", "a b+c", "#وسم/١", '"x"', "%20", "", None, 0, 10, "0", "2015-08-09"]
    for _ in range(500):
        params: dict[str, Any] = {
            "q": rng.choice(pool),
            "outlet": rng.sample(["sabq", "okaz", "a&b", "عكاظ"], rng.randrange(3)),
            "tag": tuple(rng.sample(["اقتصاد", "x/y", "t?u"], rng.randrange(3))),
            "from": rng.choice(pool),
            "offset": rng.choice([0, 10, "0", None, 20]),
        }
        assert page_url("/search", **params) == _urlencoded("/search", **params), params
    assert page_url("/search") == "/search"
    assert page_url("/search", q="النفط", offset=0) == "/search?q=%D8%A7%D9%84%D9%86%D9%81%D8%B7"
