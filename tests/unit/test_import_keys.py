"""The small parsers every importer relies on: dates, birthdays, profile URLs."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from netcompanion.identity import clean_text, normalize_linkedin_url, parse_linkedin_url
from netcompanion.importers import parse_text
from netcompanion.importers.dates import parse_birthday, parse_date, parse_moment
from netcompanion.importers.linkedin import _is_clean


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("14 Nov 2024", dt.date(2024, 11, 14)),
        ("06 Nov 2024", dt.date(2024, 11, 6)),
        ("3/14/18, 9:05 AM", dt.date(2018, 3, 14)),
        ("14-Nov-24", dt.date(2024, 11, 14)),
        ("6-Nov-24", dt.date(2024, 11, 6)),
        ("14.11.2024", dt.date(2024, 11, 14)),
        ("2024-10-09", dt.date(2024, 10, 9)),
        ("8/2/1981", dt.date(1981, 8, 2)),
        ("25/12/2020", dt.date(2020, 12, 25)),  # the first number cannot be a month
        ("5/29/08, 3:02 PM", dt.date(2008, 5, 29)),
        ("31 Feb 2024", None),
        ("0/0/00", None),
        ("soon", None),
    ],
)
def test_dates_in_every_form_exports_use(text, day):
    assert parse_date(text) == day


def test_times_are_read_as_utc():
    assert parse_moment("2024-11-21 17:30:12 UTC") == dt.datetime(2024, 11, 21, 17, 30, 12, tzinfo=dt.UTC)
    assert parse_moment("11/6/24, 10:45 PM") == dt.datetime(2024, 11, 6, 22, 45, tzinfo=dt.UTC)
    assert parse_moment("11/6/24, 12:05 AM") == dt.datetime(2024, 11, 6, 0, 5, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "birthday"),
    [
        ("1990-03-14", "1990-03-14"),
        ("--07-04", "--07-04"),
        (" --04-22", "--04-22"),
        ("--0704", "--07-04"),
        ("19850412", "1985-04-12"),
        ("--02-29", "--02-29"),
        ("--02-30", None),
        ("circa 1990", None),
    ],
)
def test_birthdays_with_and_without_a_year(text, birthday):
    assert parse_birthday(text) == birthday


def test_apple_year_1604_means_no_year():
    assert parse_birthday("1604-08-02", omit_year="1604") == "--08-02"


slug_parts = st.sampled_from(
    [*"abcXYZ019-_.~%éÅ/ ?#", "%C3%A5", "%C3%85", "%E2%80%99", "%2F", "%20", "%c3%a5", "A\u030a"]
)
slugs = st.lists(slug_parts, max_size=12).map("".join)
prefixes = st.sampled_from(["https://www.linkedin.com/in/", "http://linkedin.com/in/", "www.linkedin.com/pub/",
                            "https://www.linkedin.com/in/", "https://example.com/in/", "", " https\\://www.linkedin.com/in/"])  # fmt: skip


@settings(max_examples=500)
@given(prefix=prefixes, slug=slugs)
def test_fast_profile_urls_equal_the_full_normalisation(prefix, slug):
    assert normalize_linkedin_url(prefix + slug) == parse_linkedin_url(prefix + slug)


clean_parts = st.sampled_from(["Anna", "Ng", "|", ",", " ", "𝐑", "民", "حداد", "Founder | Advisor"])
messy_parts = st.sampled_from(["  ", "\t", "\n", "\r", "\x00", "\x1f", "\x0b", "\u00a0", "\u2003", "\u200b"])
cell_text = st.lists(st.one_of(clean_parts, clean_parts, clean_parts, messy_parts), max_size=4).map("".join)
cells = st.lists(cell_text, min_size=1, max_size=4)


@settings(max_examples=1000)
@given(row=cells)
@example(row=["Anna", "Ng  Lee"]).via("inner double space")
@example(row=["Anna ", "Ng"]).via("trailing space")
def test_a_row_taken_as_clean_needs_no_cleaning(row):
    """The LinkedIn reader skips per-cell cleaning for rows it finds clean: that must change nothing."""
    if _is_clean(row):
        assert [clean_text(c) for c in row] == row
        assert [c.strip() for c in row] == row


padding = st.sampled_from(["", " ", "  ", "\t", "\u00a0", "\u2003"])
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


@settings(max_examples=300)
@given(
    name=st.sampled_from([("Ann", "Lee"), ("", "Lee"), ("", "")]),
    url=st.sampled_from(["https://www.linkedin.com/in/ann-lee-1a2b", "https://www.linkedin.com/in/Ann%C3%A9", "linkedin.com/in/ann/", "https://example.com/ann", ""]),
    day=st.sampled_from(["14 Nov 2024", "11/14/24", "someday", ""]),
    pads=st.tuples(padding, padding, padding, padding),
)  # fmt: skip
def test_spaces_around_a_profile_address_or_a_day_change_nothing(name, url, day, pads):
    """A LinkedIn row reads the same with its profile address and its day trimmed: the contact, a
    hidden account, or the error naming what the cell holds."""

    def read(url_cell: str, day_cell: str) -> tuple:
        parsed = parse_text("linkedin", f"{HEADER}{name[0]},{name[1]},{url_cell},,Acme,Engineer,{day_cell}\n", "c.csv")
        return [(c.full_name, c.linkedin_url, c.connected_on) for c in parsed.contacts], parsed.skipped, parsed.errors

    assert read(pads[0] + url + pads[1], pads[2] + day + pads[3]) == read(url, day)
