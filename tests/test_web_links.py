"""The search page's facet links (``QueryLinks``) are the URLs ``page_url`` builds."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from akhbar.web.render import QueryLinks, page_url

_value = st.one_of(
    st.none(),
    st.sampled_from(["", "الاتفاق النووي", "a&b=c?", "#وسم/١", "2015-08-10", 0, 20]),
    st.lists(st.sampled_from(["sabq", "aawsat", "الرياض", "x y"]), max_size=3),
)
_keys = st.sampled_from(["q", "outlet", "tag", "from", "to", "offset"])


@given(st.dictionaries(_keys, _value), st.dictionaries(_keys, _value, max_size=2))
def test_query_links_equal_page_url(params: dict[str, Any], changes: dict[str, Any]) -> None:
    assert QueryLinks("/search", params)(**changes) == page_url(
        "/search", **dict(params, **changes)
    )


def test_facet_link_adds_an_outlet_and_keeps_the_query() -> None:
    params = {"q": "النفط", "outlet": [], "tag": [], "from": None, "to": None}
    link = QueryLinks("/search", params)
    assert link(outlet=["sabq"]) == "/search?q=%D8%A7%D9%84%D9%86%D9%81%D8%B7&outlet=sabq"
    assert link() == page_url("/search", **params)
