"""Charts for the console (issue 15), drawn on the server: numbers in, the geometry of an SVG out.

Why our own and not a library: the console allows no script and nothing from elsewhere (its CSP), and what it
draws is a handful of bar and line charts over weeks. This module is pure (no database, no markup): it scales the
values, picks round gridlines and thins the week labels so they never overlap; the template macro
``beheer/_grafiek.html.j2`` turns a ``Chart`` into SVG and also into the table of the same numbers, which is what a
screen reader reads. Colours are CSS classes (``reeks-1``, ``reeks-2`` in stijl.css), chosen for contrast against
white (WCAG 1.4.11: 3:1 for graphics; both are above 5:1) and told apart by people with a red-green deficiency
(blue and orange).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

WIDTH, HEIGHT = 720, 260
_LEFT, _RIGHT, _TOP, _BOTTOM = 48, 12, 12, 40  # room for the axis labels
_MAX_LABELS = 9  # week labels along the bottom: more would overlap


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[int]


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    series: int  # 1-based: the CSS class reeks-N
    title: str  # shown on hover: "week van 16-11: 3 nieuwe leden"


@dataclass(frozen=True)
class Line:
    series: int
    points: str  # "x,y x,y ..." for a <polyline>
    dots: tuple[tuple[float, float, str], ...]  # (x, y, title)


@dataclass(frozen=True)
class Tick:
    y: float
    label: str


@dataclass(frozen=True)
class Label:
    x: float
    text: str


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    summary: str  # what the chart shows, for the SVG's description
    labels: Sequence[str]  # one per point (the weeks), for the table
    series: Sequence[Series]
    bars: tuple[Bar, ...] = ()
    lines: tuple[Line, ...] = ()
    ticks: tuple[Tick, ...] = ()
    axis: tuple[Label, ...] = ()
    width: int = WIDTH
    height: int = HEIGHT
    base: float = HEIGHT - _BOTTOM  # the y of the zero line
    left: float = _LEFT
    right: float = WIDTH - _RIGHT


def nice_top(value: int) -> tuple[int, int]:
    """A round top for the axis and its step (1, 2 or 5 times a power of ten), at most five steps up."""
    if value <= 4:
        return 4, 1
    raw = value / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return int(math.ceil(value / step) * step), int(step)


def _frame(labels: Sequence[str], top: int, step: int) -> tuple[tuple[Tick, ...], tuple[Label, ...], float]:
    plot = HEIGHT - _BOTTOM - _TOP
    ticks = tuple(Tick(_y(v, top, plot), f"{v:,}".replace(",", ".")) for v in range(0, top + 1, step))
    slot = (WIDTH - _LEFT - _RIGHT) / max(len(labels), 1)
    every = max(math.ceil(len(labels) / _MAX_LABELS), 1)
    # The newest week always has its label; the others at an even distance back from it.
    last = len(labels) - 1
    axis = tuple(Label(_LEFT + slot * (i + 0.5), text) for i, text in enumerate(labels) if (last - i) % every == 0)
    return ticks, axis, slot


def _y(value: float, top: int, plot: float) -> float:
    return round(_TOP + plot * (1 - value / top), 1)


def bars(chart_id: str, title: str, summary: str, labels: Sequence[str], series: Sequence[Series]) -> Chart:
    """Grouped bars: per label one bar for each series, side by side."""
    top, step = nice_top(max((v for s in series for v in s.values), default=0))
    ticks, axis, slot = _frame(labels, top, step)
    plot = HEIGHT - _BOTTOM - _TOP
    gap = slot * 0.2
    width = (slot - gap) / max(len(series), 1)
    drawn = []
    for n, s in enumerate(series, start=1):
        for i, value in enumerate(s.values):
            y = _y(value, top, plot)
            x = _LEFT + slot * i + gap / 2 + width * (n - 1)
            drawn.append(
                Bar(
                    round(x, 1),
                    y,
                    round(width, 1),
                    round(HEIGHT - _BOTTOM - y, 1),
                    n,
                    f"{labels[i]}: {value} {s.name.lower()}",
                )
            )
    return Chart(chart_id, title, summary, labels, series, bars=tuple(drawn), ticks=ticks, axis=axis)


def lines(chart_id: str, title: str, summary: str, labels: Sequence[str], series: Sequence[Series]) -> Chart:
    """A line per series, a dot per label."""
    top, step = nice_top(max((v for s in series for v in s.values), default=0))
    ticks, axis, slot = _frame(labels, top, step)
    plot = HEIGHT - _BOTTOM - _TOP
    drawn = []
    for n, s in enumerate(series, start=1):
        dots = tuple(
            (round(_LEFT + slot * (i + 0.5), 1), _y(v, top, plot), f"{labels[i]}: {v} {s.name.lower()}")
            for i, v in enumerate(s.values)
        )
        drawn.append(Line(n, " ".join(f"{x},{y}" for x, y, _ in dots), dots))
    return Chart(chart_id, title, summary, labels, series, lines=tuple(drawn), ticks=ticks, axis=axis)
