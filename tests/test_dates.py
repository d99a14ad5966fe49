"""Tests for akhbar.dates on real date lines from Arabic news pages."""

from akhbar.dates import parse_date


def test_levantine_month_is_read_exactly_where_trafilatura_guesses_january() -> None:
    got = parse_date("15 آذار 2024")
    assert got is not None
    assert got.iso == "2024-03-15"
    assert got.span == (0, len("15 آذار 2024"))


def test_labelled_numeric_line_with_time() -> None:
    got = parse_date("نشر بتاريخ: 2015/08/07 06:47")
    assert got is not None
    assert (got.iso, got.label) == ("2015-08-07T06:47", "نشر بتاريخ")
