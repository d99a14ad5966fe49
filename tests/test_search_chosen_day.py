"""One rule for "a day is chosen": the range's first and last day are the same
(``Filters.chosen_day``), read by the search page's day facet and the JSON API's alike. Real
articles of 2015-08-08/09/10 (tests/fixtures/web/, tests/fixtures/web_review/)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from test_web_review import _facet_links, store_path  # noqa: F401  (the store fixture)

from akhbar.search import Filters
from akhbar.web.render import QueryLinks, facet_items


def test_a_day_is_chosen_only_when_the_range_is_that_one_day() -> None:
    assert Filters(date_from="2015-08-08", date_to="2015-08-08").chosen_day() == "2015-08-08"
    assert Filters(date_from="2015-08-08", date_to="2015-08-09").chosen_day() is None
    assert Filters(date_from="2015-08-08").chosen_day() is None  # from that day on
    assert Filters(date_to="2015-08-08").chosen_day() is None  # up to that day
    assert Filters(outlets=("sabq",)).chosen_day() is None


def test_facet_items_marks_the_chosen_day_only() -> None:
    """Guard: the page's day list marks the one day chosen, and none for a range."""
    counts = [("2015-08-08", 5), ("2015-08-09", 3)]
    link = QueryLinks("/search", {"q": "الرياض", "outlet": [], "tag": []})
    one = facet_items(link, "day", counts, ("2015-08-09", "2015-08-09"))
    assert ['class="on"' in item for item in one] == [False, True]
    span = facet_items(link, "day", counts, ("2015-08-08", "2015-08-09"))
    assert not any('class="on"' in item for item in span)


def test_the_api_and_the_page_choose_the_same_day(client: TestClient) -> None:
    """Guard: /api/search?facets=true and /search mark the same day, or none for a range."""
    for lo, hi in [("2015-08-08", "2015-08-08"), ("2015-08-08", "2015-08-10")]:
        params = {"q": "الرياض", "from": lo, "to": hi}
        api = client.get("/api/search", params={**params, "facets": "true"}).json()
        api_chosen = [d["day"] for d in api["facets"]["days"] if d["chosen"]]
        page = _facet_links(client.get("/search", params=params).text, "التاريخ")
        page_chosen = [label for label, _, on in page if on]
        if lo == hi:
            assert api_chosen == [lo] and len(page_chosen) == 1
            assert page_chosen[0].startswith("8 أغسطس 2015")
        else:
            assert api_chosen == [] and page_chosen == []
            assert len(api["facets"]["days"]) == len(page) >= 1
