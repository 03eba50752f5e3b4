"""Issue 19, items 7 and 8: what a director reads. Each phrase found wrong is rendered and checked here."""

from __future__ import annotations

import pytest

from mailservice import settings
from mailservice.classify.context import Context
from mailservice.outbound.render import Renderer, render_globals
from tests.test_templates import COMMON, CONTEXTS


def _text(purpose: str, **extra: object) -> str:
    rendered = Renderer().render(purpose, **{**COMMON, **CONTEXTS[purpose], **extra})
    return rendered.text + "\n" + rendered.html


# (template, wording that read badly, what says it instead)
WORDING = [
    ("welkom", "binnen vier thema's", "valt onder een van de vier thema's"),
    ("welkom", "agenda-item voor uw agenda", "in uw agenda zet"),
    ("afmelding_bevestigd", "Heeft uw functie een opvolger?", "Neemt iemand anders uw functie over?"),
    ("oproep_themas", "lange termijn visie", "langetermijnvisie"),
    ("oproep_themas", "U bepaalt gezamenlijk", "De leden bepalen samen de gespreksthema's"),
    ("vervolg_atelier", "U bepaalt gezamenlijk", "De leden bepalen samen de onderwerpen"),
    # Signed by the secretariat, a mail cannot promise to tell the secretariat.
    ("bounce_waarschuwing", "laten wij het secretariaat weten", "wij proberen u dan op een andere manier te bereiken"),
    ("bounce_waarschuwing", "een strenge spamfilter", "een streng spamfilter"),
]


@pytest.mark.parametrize(("purpose", "wrong", "right"), WORDING)
def test_phrases_a_director_stumbled_over(purpose: str, wrong: str, right: str) -> None:
    text = _text(purpose)
    assert wrong not in text
    assert right in text


def test_from_name_keeps_the_van_of_the_network_name() -> None:
    service = settings.Settings().service
    assert service.from_name == "Netwerk van directeuren van ambtelijke fusieorganisaties"
    assert service.from_name == service.network_name


def test_mail_is_signed_by_the_advisers_of_the_brochure() -> None:
    text = _text("welkom")
    assert "Stan van de Laar, adviseur, 06 - 30 37 29 97" in text
    assert "Melanie Huurneman, adviseur, 06 - 23 50 94 48" in text
    assert "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties" in text


def test_the_signature_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(
        "MAILSERVICE_SIGNATURE__ADVISERS",
        '[{"name": "Jan de Boer", "function": "secretaris", "phone": "030 - 123 45 67"}]',
    )
    monkeypatch.setenv("MAILSERVICE_SIGNATURE__CLOSING", "Hartelijke groet,")
    renderer = Renderer(globals_=render_globals(settings.load()))
    rendered = renderer.render("welkom", **{**COMMON, **CONTEXTS["welkom"]})
    for text in (rendered.text, rendered.html):
        assert "Hartelijke groet," in text
        assert "Jan de Boer, secretaris, 030 - 123 45 67" in text
        assert "Stan van de Laar" not in text


def test_no_advisers_signs_with_the_secretariat_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAILSERVICE_SIGNATURE__ADVISERS", "[]")
    renderer = Renderer(globals_=render_globals(settings.load()))
    text = renderer.render("welkom", **{**COMMON, **CONTEXTS["welkom"]}).text
    assert "Met vriendelijke groet,\n\nSecretariaat Netwerk van" in text


@pytest.mark.parametrize(
    ("purpose", "words"),
    [("confirmation", "antwoord op ons bevestigingsverzoek"), ("invitation", "antwoord op onze uitnodiging")],
)
def test_reasons_use_the_right_possessive(purpose: str, words: str) -> None:
    assert Context(purpose, "thread").describe() == f"{words} (volgens thread)"
