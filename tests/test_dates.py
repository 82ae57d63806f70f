"""Event dates resolved against a fixed publication date, never today's."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.dates import find_dates, resolve_date


@pytest.mark.parametrize(
    "expression, anchor, value, precision",
    [
        ("on Thursday", "2021-01-01", "2020-12-31", "day"),
        ("Sunday", "2020-10-26", "2020-10-25", "day"),
        ("today", "2022-03-30", "2022-03-30", "day"),
        ("this afternoon", "2023-02-06", "2023-02-06", "day"),
        ("yesterday", "2023-10-03", "2023-10-02", "day"),
        ("last week", "2024-10-29", "2024-10", "month"),
        ("last month", "2021-01-15", "2020-12", "month"),
        ("in April 2020", "2021-01-01", "2020-04", "month"),
        ("in April", "2021-01-01", "2020-04", "month"),
        ("on March 18", "2022-07-28", "2022-03-18", "day"),
        ("On May 21, 2021", None, "2021-05-21", "day"),
        ("02nd January, 2021", None, "2021-01-02", "day"),
        ("in 2020", "2024-01-01", "2020", "year"),
        ("last year", "2021-01-02", "2020", "year"),
        ("during the past year", "2021-01-02", "2020", "year"),
        ("the November 2021 summit", "2022-04-29", "2021-11", "month"),
    ],
)
def test_expression_resolves_against_the_anchor(expression, anchor, value, precision):
    resolved = resolve_date(expression, anchor)
    assert resolved is not None
    assert (resolved.value, resolved.precision) == (value, precision)


def test_relative_dates_without_anchor_stay_unresolved():
    assert resolve_date("on Thursday", None) is None
    assert resolve_date("last month", None) is None


def test_may_the_verb_is_not_a_month():
    assert find_dates("Leaders may meet again and march on.", "2022-01-01") == []


def test_future_expressions_are_marked_future():
    (mention,) = find_dates("They will meet next week.", "2022-01-03")
    assert mention.future


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)), st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]))
def test_a_weekday_resolves_to_the_past_week(anchor, weekday):
    resolved = resolve_date(f"on {weekday}", anchor.isoformat())
    assert resolved is not None
    day = date.fromisoformat(resolved.value)
    assert anchor - timedelta(days=6) <= day <= anchor
    assert day.strftime("%A") == weekday


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
def test_today_is_the_anchor_never_the_clock(anchor):
    assert resolve_date("today", anchor.isoformat()).value == anchor.isoformat()


def test_leap_day_without_a_year_takes_the_last_leap_year():
    assert resolve_date("on Feb. 29", "2023-06-01").value == "2020-02-29"


# The fast path in front of dateparser reads the common forms of a calendar day exactly
# as dateparser does.

from datetime import date as _date  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from accord.dates import calendar_day  # noqa: E402

FORMS = ["%B %d, %Y", "%B %d %Y", "%d %B %Y", "%b %d, %Y", "%b. %d, %Y", "%d %b %Y", "%Y-%m-%d", "%dth of %B %Y"]


@settings(max_examples=150, deadline=None)
@given(day=st.dates(min_value=_date(1990, 1, 1), max_value=_date(2030, 12, 31)), form=st.sampled_from(FORMS))
def test_the_fast_path_reads_a_calendar_day_as_dateparser_does(day, form):
    import dateparser

    text = day.strftime(form)
    expected = dateparser.parse(text, languages=["en"], settings={"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]})
    assert calendar_day(text, None) == (expected.date() if expected else None)


def test_the_fast_path_takes_the_anchor_year_and_leaves_other_forms_to_dateparser():
    assert calendar_day("May 21", "2021-06-01") == _date(2021, 5, 21)
    assert calendar_day("May 21", None) is None
    assert calendar_day("February 29", "2021-03-01") is None  # no such day that year: dateparser decides
    assert calendar_day("the 5th", "2021-03-01") is None


def test_a_day_without_a_year_soon_after_the_anchor_is_the_coming_one():
    (deadline,) = find_dates("restored a July 9 deadline for talks", "2025-05-25")
    assert deadline.date.value == "2025-07-09" and deadline.future
    (past,) = find_dates("on December 20", "2025-05-25")  # more than a quarter ahead: last December
    assert past.date.value == "2024-12-20" and not past.future
