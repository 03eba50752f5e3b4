"""The Decision names the rule that decided, and ingest stores it next to the reason (STYLE.md habit 3).

"Why was this mail treated as X?" is answered by the rule's name, from the database and the inbox view.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from mailservice.app import App
from mailservice.classify import Kind, classify
from mailservice.classify.rules import FAILED_RULE, FALLBACK_RULE, RULES
from mailservice.store.models import InboundMessage
from tests.support import deliver, mail

BOUNCE = (Path(__file__).parents[1] / "bounces" / "data" / "dsn-multi-recipient.eml").read_bytes()

CASES = [
    (mail(), Kind.SUBSCRIBE, "aanmelden"),
    (mail(subject="Afmelden", body="Graag afmelden voor het netwerk."), Kind.UNSUBSCRIBE, "afmelden"),
    (BOUNCE, Kind.BOUNCE, "bounce"),
    (
        mail(headers={"Auto-Submitted": "auto-replied"}, subject="Afwezig", body="Ik ben afwezig."),
        Kind.AUTOREPLY,
        "autoreply-kop",
    ),
    (mail(sender="noreply@gemeente-b.nl", subject="Nieuwsbrief"), Kind.OTHER, "machine-afzender"),
    (mail(subject="Vraag", body="Waar vind ik het verslag?"), Kind.OTHER, FALLBACK_RULE),
]


@pytest.mark.parametrize(("raw", "kind", "rule"), CASES, ids=[c[2] for c in CASES])
def test_the_decision_names_its_rule(raw: bytes, kind: Kind, rule: str) -> None:
    decision = classify(raw)
    assert (decision.kind, decision.rule) == (kind, rule)


def test_every_rule_name_is_unique_and_short_enough_to_store() -> None:
    names = [name for name, _ in RULES] + [FALLBACK_RULE, FAILED_RULE]
    assert len(set(names)) == len(names)
    assert max(map(len, names)) <= InboundMessage.__table__.c.rule.type.length


def test_a_failing_classifier_names_that_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import mailservice.classify.rules as rules

    monkeypatch.setattr(rules, "parse", lambda raw: 1 / 0)
    decision = classify(mail())
    assert (decision.kind, decision.rule) == (Kind.OTHER, FAILED_RULE)


def test_ingest_stores_the_rule_with_the_reason(app: App) -> None:
    first = deliver(app, mail())
    second = deliver(app, BOUNCE, envelope_from="")
    with app.factory() as session:
        stored = dict(session.execute(select(InboundMessage.id, InboundMessage.rule)).all())
    assert (stored[first], stored[second]) == ("aanmelden", "bounce")
