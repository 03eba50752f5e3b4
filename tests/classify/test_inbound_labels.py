"""Every message in tests/data/inbound classifies as labelled in labels.jsonl (STYLE.md habit 4).

A row may name ``thread``: the purpose our ThreadLookup returns for that message, as ingest would pass it.
``expect`` holds Decision fields that must match exactly (``themes`` as a set).
"""

from __future__ import annotations

import pytest

from mailservice.classify import Decision, Kind, classify
from mailservice.classify.context import ThreadMatch
from tests.classify.conftest import INBOUND, load_labels

LABELS = load_labels(INBOUND / "labels.jsonl")


def _run(row: dict) -> Decision:
    raw = (INBOUND / row["file"]).read_bytes()
    purpose = row.get("thread")
    return classify(raw, thread=(lambda ids: ThreadMatch(purpose)) if purpose else None)


@pytest.mark.parametrize("row", LABELS, ids=[r["file"] for r in LABELS])
def test_message_classifies_as_labelled(row: dict) -> None:
    decision = _run(row)
    assert str(decision.kind) == row["kind"], decision.reason
    assert decision.reason
    for field, expected in row.get("expect", {}).items():
        actual = getattr(decision, field)
        if field == "themes":
            assert set(actual) == set(expected), decision.reason
        else:
            assert actual == expected, f"{field}: {actual!r} != {expected!r} ({decision.reason})"


@pytest.mark.parametrize("row", LABELS, ids=[r["file"] for r in LABELS])
def test_machines_never_get_an_answer(row: dict) -> None:
    decision = _run(row)
    if decision.kind in (Kind.AUTOREPLY, Kind.BOUNCE) or decision.bulk:
        assert decision.no_reply


def test_set_is_large_and_covers_every_kind() -> None:
    assert len(LABELS) >= 120
    assert {r["kind"] for r in LABELS} == {str(k) for k in Kind}


def test_quoted_footer_never_unsubscribes() -> None:
    """Issue 3: unsubscribe is never produced when the only unsubscribe words are quoted or our footer."""
    for row in LABELS:
        if row["kind"] == "unsubscribe":
            continue
        assert _run(row).kind != Kind.UNSUBSCRIBE, row["file"]
