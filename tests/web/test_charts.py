"""The console's charts (issue 15): pure geometry, checked without a browser; the SVG itself is checked by axe in
tests/web/test_console_monitoring_browser.py."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

import pytest

from mailservice.web.console import charts
from mailservice.web.console.overview import week_starts


@pytest.mark.parametrize(
    ("largest", "top", "step"),
    [(0, 4, 1), (3, 4, 1), (5, 5, 1), (9, 10, 2), (37, 40, 10), (412, 500, 100), (1000, 1000, 200)],
)
def test_the_axis_ends_on_a_round_number_above_the_largest_value(largest: int, top: int, step: int) -> None:
    assert charts.nice_top(largest) == (top, step)
    assert top >= largest and top % step == 0 and 2 <= top // step <= 5


def test_bars_stand_on_the_zero_line_and_the_tallest_reaches_its_value() -> None:
    labels = [f"{d:02d}-11" for d in range(1, 14)]
    chart = charts.bars(
        "x", "t", "s", labels, [charts.Series("Hard", [0] * 12 + [8]), charts.Series("Zacht", [4] * 13)]
    )
    assert len(chart.bars) == 26
    for bar in chart.bars:
        assert bar.y + bar.height == pytest.approx(chart.base, abs=0.2) and bar.height >= 0
    tallest = max(chart.bars, key=lambda b: b.height)
    top_tick = min(chart.ticks, key=lambda t: t.y)
    assert tallest.series == 1 and tallest.title == "13-11: 8 hard" and top_tick.label == "8"
    assert tallest.height == pytest.approx((chart.base - top_tick.y) * 8 / 8, abs=0.2)
    # Bars of one week never overlap the next week's, and stay inside the plot.
    xs = sorted((b.x, b.x + b.width) for b in chart.bars)
    assert all(end <= start + 0.11 for (_, end), (start, _) in itertools.pairwise(xs))
    assert xs[0][0] >= chart.left and xs[-1][1] <= chart.right


def test_week_labels_are_thinned_but_the_newest_is_always_there() -> None:
    labels = [f"w{i}" for i in range(52)]
    chart = charts.lines("x", "t", "s", labels, [charts.Series("Leden", list(range(52)))])
    shown = [a.text for a in chart.axis]
    assert shown[-1] == "w51" and len(shown) <= 9
    assert len(chart.lines[0].dots) == 52 and chart.labels == labels  # every week in the table


def test_weeks_start_on_monday_in_amsterdam() -> None:
    # Sunday 23:30 UTC is already Monday 00:30 in Amsterdam (winter time): a new week.
    starts = week_starts(datetime(2026, 11, 29, 23, 30, tzinfo=UTC), 3)
    assert [s.strftime("%a %d-%m %H:%M") for s in starts] == ["Mon 16-11 00:00", "Mon 23-11 00:00", "Mon 30-11 00:00"]
