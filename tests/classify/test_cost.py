"""What the classifier leaves unread: a delivery report is decided by the detector, and nothing reads its text for
people's requests afterwards (bench/classify.py fell to 0.10 x the bare parse when the model's second opinion read
every sentence of every message first)."""

from __future__ import annotations

import pathlib

import pytest

from mailservice.classify import Kind, classify, quotes, reading, rules

INBOUND = pathlib.Path(__file__).resolve().parents[1] / "data" / "inbound"


def test_a_delivery_report_is_not_read_for_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    def unread(parts: list[reading.Sentence]) -> list[reading.Signal]:
        raise AssertionError("a delivery report was read sentence by sentence")

    monkeypatch.setattr(reading, "read", unread)
    decided = classify((INBOUND / "113-bounce-exchange-ndr.eml").read_bytes())
    assert decided.kind == Kind.BOUNCE


def test_a_delivery_report_is_not_cut_into_the_writers_own_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """The forwarded-request check (rules._passed_on) asks for the writer's own text only of a request read from
    words (bench/classify.py fell to 0.24 x the bare parse when it cut every delivery report's body)."""

    def uncut(body: str, sender: str | None = None) -> quotes.Own:
        raise AssertionError("a delivery report's body was cut into the writer's own text")

    monkeypatch.setattr(rules, "own_text", uncut)
    decided = classify((INBOUND / "113-bounce-exchange-ndr.eml").read_bytes())
    assert decided.kind == Kind.BOUNCE
