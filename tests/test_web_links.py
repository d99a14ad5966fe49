"""The search page's facet links (``QueryLinks``) are the URLs ``page_url`` builds."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.search.results import Hit
from akhbar.web.render import QueryLinks, Renderer, facet_items, page_url, search_result

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


#: the search page's facet loops as the template wrote them before ``facet_items``
_LOOPS = {
    "outlet": """{% for o, n in counts %}{% set on = o in params.outlet %}<li><a {% if on %}class="on" aria-current="true"{% endif %} href="{{ search_link(outlet=(params.outlet|reject('equalto', o)|list if on else params.outlet + [o])) }}">{{ o|outlet_name }}{% if on %} <span class="x" aria-label="إزالة">×</span>{% endif %}</a><span>{{ n }}</span></li>{% endfor %}""",
    "day": """{% for d, n in counts %}{% set on = params['from'] == d and params['to'] == d %}<li><a {% if on %}class="on" aria-current="true"{% endif %} href="{{ search_link(**({'from': None, 'to': None} if on else {'from': d, 'to': d})) }}"><time datetime="{{ d }}">{{ d|arabic_day }}</time>{% if on %} <span class="x" aria-label="إزالة">×</span>{% endif %}</a><span>{{ n }}</span></li>{% endfor %}""",
    "tag": """{% for t, n in counts %}{% set on = t in params.tag %}<li><a {% if on %}class="on" aria-current="true"{% endif %} href="{{ search_link(tag=(params.tag|reject('equalto', t)|list if on else params.tag + [t])) }}">{{ t }}{% if on %} <span class="x" aria-label="إزالة">×</span>{% endif %}</a><span>{{ n }}</span></li>{% endfor %}""",
}


@pytest.mark.parametrize(
    ("kind", "counts", "params"),
    [
        ("outlet", [("sabq", 12), ("okaz", 3), ("news.example.com", 1)], {"outlet": []}),
        ("outlet", [("sabq", 12), ("a&b<c>", 2)], {"outlet": ["sabq", "okaz"]}),
        ("day", [("2015-08-09", 4), ("2015-08-10", 2)], {"from": None, "to": None}),
        ("day", [("2015-08-09", 4), ("2015-08-10", 2)], {"from": "2015-08-10", "to": "2015-08-10"}),
        ("day", [("2015-08-10", 2)], {"from": "2015-08-10", "to": None}),
        ("tag", [("الاتفاق النووي", 5), ('#وسم/١ "x"', 1)], {"tag": ['#وسم/١ "x"']}),
        ("tag", [("اقتصاد", 5)], {"tag": []}),
    ],
)
def test_facet_items_are_the_template_loops_markup(
    kind: str, counts: list[tuple[str, int]], params: dict[str, Any]
) -> None:
    params = {"q": "النفط", "outlet": [], "tag": [], "from": None, "to": None, **params}
    link = QueryLinks("/search", params)
    env = Renderer().env
    want = env.from_string(_LOOPS[kind]).render(counts=counts, params=params, search_link=link)
    chosen = (params["from"], params["to"]) if kind == "day" else params[kind]
    assert "".join(facet_items(link, kind, counts, chosen)) == want


#: the search page's results loop as the template wrote it before ``search_result``
_RESULTS_LOOP = """    {% for h in results.hits %}
      {% if h.copy_of %}
      <li class="card result copy">
        <div class="meta"><span class="copy-label">النص نفسه في</span> {{ outlet_chip(h.outlet, h.source) }} <time datetime="{{ h.published or '' }}">{{ h.published|arabic_date }}</time></div>
        <a class="item-title" href="/article/{{ h.id|seg }}">{{ h.headline_html|safe if h.headline else 'بلا عنوان' }}</a>
      </li>
      {% else %}
      <li class="card result">
        <a class="item-title" href="/article/{{ h.id|seg }}">{{ h.headline_html|safe if h.headline else 'بلا عنوان' }}</a>
        <div class="meta">{{ outlet_chip(h.outlet, h.source) }} <time datetime="{{ h.published or '' }}">{{ h.published|arabic_date }}</time></div>
        <p class="snippet">{{ h.snippet_html|safe }}</p>
      </li>
      {% endif %}
    {% endfor %}
"""


def test_search_results_are_the_template_loops_markup() -> None:
    text = "قال <b> وزير & الخارجية"
    hits = [
        Hit(id="sabq/1?x=<1>", url=None, outlet="sabq", headline=text, published="2015-08-09T06:04:00",
            score=1.0, snippet=text, snippet_text=text, snippet_spans=((4, 7),), headline_spans=((0, 3),)),
        Hit(id="okaz/2", url=None, outlet="okaz", headline="وزير", published=None, score=0.5,
            snippet="", copy_of="sabq/1?x=<1>"),
        Hit(id="x/3", url=None, outlet=None, source="واس", headline=None, published="2015-08-10",
            score=0.2, snippet="نص", snippet_text="نص"),
        Hit(id="y/4", url=None, outlet=None, headline="", published="", score=0.1, snippet="", copy_of="x/3"),
    ]  # fmt: skip
    env = Renderer().env
    want = env.from_string(_RESULTS_LOOP).render(results={"hits": hits})
    assert "".join(search_result(h) for h in hits) == want
