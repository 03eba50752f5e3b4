"""Answers typed between the lines of our own quoted mail, unmarked (issue 17): the words of our templates tell the
writer's lines from ours (mailservice.classify.ours), so a reply with nothing above the quote is still read, and no
line of ours is ever taken for the writer's."""

from __future__ import annotations

import textwrap

import pytest

from mailservice.classify import Kind, classify, ours
from mailservice.classify.quotes import own_text
from mailservice.outbound.render import Renderer
from tests.classify.test_own_footers import MAILS
from tests.support import mail
from tests.test_templates import COMMON, CONTEXTS

OUTLOOK = (
    "________________________________\n"
    "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
    "Verzonden: maandag 2 november 2026 09:00\nAan: Smit, Pieter <p.smit@gemeente-a.nl>\n"
    "Onderwerp: Bericht van het netwerk\n\n"
)


def _rendered(purpose: str, language: str = "nl") -> tuple[str, str]:
    found = Renderer().render(purpose, language=language, **{**COMMON, **CONTEXTS[purpose]})
    return found.subject, found.text


def _gmail_wrapped(text: str) -> list[str]:
    """Our text as Gmail quotes it: each line wrapped at 72 characters (the ">" marks are off for ours)."""
    return [part for line in text.splitlines() for part in (textwrap.wrap(line, 72) or [""])]


@pytest.mark.parametrize(("purpose", "language"), MAILS)
def test_no_line_of_our_mail_is_taken_for_the_writers(purpose: str, language: str) -> None:
    _, text = _rendered(purpose, language)
    assert ours.typed_between(text.splitlines()) == {}
    assert ours.typed_between(_gmail_wrapped(text)) == {}
    assert own_text(OUTLOOK + text).text == ""


def _typed_after(text: str, begins: str, typed: str) -> str:
    """``text`` with the writer's ``typed`` line right under the first line that begins with ``begins``."""
    lines = text.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith(begins))
    return "\n".join([*lines[: at + 1], typed, *lines[at + 1 :]])


@pytest.mark.parametrize(
    ("purpose", "begins", "typed", "kind"),
    [
        ("uitnodiging_atelier", "Wanneer:", "Helaas, dan zit ik bij de provincie.", Kind.RSVP),
        ("uitnodiging_atelier", "Komt u?", "Ik ben erbij, samen met mijn controller.", Kind.RSVP),
        ("herinnering_atelier", "Binnenkort", "Dat gaat helaas niet lukken, het college vergadert.", Kind.RSVP),
        (
            "oproep_themas",
            "- Dienstverlening",
            "De wachttijden bij ons klantcontactcentrum: hoe krijgen anderen die omlaag?",
            Kind.SUGGESTION,
        ),
        (
            "bevestiging_aanmelding",
            "Wilt u uw aanmelding",
            "Mijn adres verandert per 1 maart in p.smit@gemeente-nieuw.nl. Kunt u dat aanpassen?",
            Kind.OTHER,
        ),
    ],
)
def test_a_line_typed_inside_our_unmarked_quote_is_read(purpose: str, begins: str, typed: str, kind: Kind) -> None:
    subject, text = _rendered(purpose)
    body = OUTLOOK + _typed_after(text, begins, typed)
    assert own_text(body).text == typed
    decision = classify(mail(subject=f"RE: {subject}", body=body))
    assert decision.kind == kind, decision.reason


def test_words_typed_into_a_line_of_ours_are_read() -> None:
    """Outlook: the writer clicked into our line and typed there; our words go straight on around theirs."""
    subject, text = _rendered("herinnering_aanmelding")
    line = next(x for x in text.splitlines() if "Uw referentie is" in x)
    at = line.index("u hoeft niets")
    typed = text.replace(line, line[:at] + "Nee, geen interesse, dank u. " + line[at:])
    assert typed != text
    assert own_text(OUTLOOK + typed).text == "Nee, geen interesse, dank u."
    decided = classify(mail(subject=f"RE: {subject}", body=OUTLOOK + typed))
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


def test_an_answer_right_under_a_quoted_line_is_not_that_lines_wrapped_tail() -> None:
    """Gmail: the writer answers on the line under ">Komt u? ...", without a blank line between."""
    subject, text = _rendered("uitnodiging_atelier")
    quoted = "\n".join(">" + line for line in _typed_after(text, "Komt u?", "\x00").splitlines())
    body = "Op ma 2 nov 2026 om 09:00 schreef Netwerk <info@ambtelijkefusie.nl>:\n" + quoted.replace(
        ">\x00", "Nee, die middag heb ik regio-overleg."
    )
    assert own_text(body).text == "Nee, die middag heb ik regio-overleg."
    decision = classify(mail(subject=f"RE: {subject}", body=body))
    assert (decision.kind, decision.attending) == (Kind.RSVP, False), decision.reason


def test_an_older_wording_of_our_sentence_stays_ours() -> None:
    _, text = _rendered("oproep_themas")
    older = text.replace(
        "De leden bepalen samen de gespreksthema's van het atelier.",
        "U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier!",
    )
    assert older != text
    assert ours.typed_between(older.splitlines()) == {}


def test_the_atelier_description_stays_ours() -> None:
    """A placeholder alone on its line (the description) fills whole lines; they are no answer."""
    _, text = _rendered("uitnodiging_atelier")
    described = _typed_after(text, "Online:", "\nHoe houden vier gemeentebesturen grip op één werkorganisatie?")
    assert ours.typed_between(described.splitlines()) == {}


def test_an_older_mail_under_ours_is_not_read() -> None:
    """Under our quoted mail, Outlook quotes the writer's own earlier mail: that is no answer of today."""
    _, text = _rendered("bevestiging_aanmelding")
    earlier = "\n\nVan: Smit, Pieter\nVerzonden: zondag 1 november 2026 20:00\nAan: info@ambtelijkefusie.nl\n"
    earlier += "Onderwerp: Aanmelden\n\nIk wil me graag afmelden voor de nieuwsbrief van de VNG.\n"
    assert own_text(OUTLOOK + text + earlier).text == ""


def test_someone_elses_mail_is_not_ours() -> None:
    other = (
        "Beste collega,\n\nDe VNG organiseert op 12 maart een bijeenkomst over de Omgevingswet.\n"
        "Wij gaan graag met u in gesprek over de uitvoering.\nJa, ik kom graag.\n\nMet vriendelijke groet,\nVNG"
    )
    assert ours.typed_between(other.splitlines()) == {}
