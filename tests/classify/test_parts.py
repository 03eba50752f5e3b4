"""Fast unit tests of the pure parts: quote stripping, auto-reply cues, themes, context, people, intents."""

from __future__ import annotations

from datetime import date

import pytest

from mailservice.classify import Kind, classify
from mailservice.classify.autoreply import subject_cue, text_cue, until_date
from mailservice.classify.context import (
    CALL_FOR_THEMES,
    CONFIRMATION,
    INVITATION,
    ThreadMatch,
    find_context,
)
from mailservice.classify.intents import UNSUBSCRIBE, find, guests
from mailservice.classify.people import member_address
from mailservice.classify.quotes import own_text
from mailservice.classify.themes import themes_in
from mailservice.classify.topics import topics_in

FOOTER = "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."


@pytest.mark.parametrize(
    "quoted",
    [
        "Van: Netwerk <info@ambtelijkefusie.nl>\nVerzonden: dinsdag 3 maart 2026 10:12\n"
        "Aan: Jan\nOnderwerp: Welkom\n\n",
        "From: Netwerk <info@ambtelijkefusie.nl>\nSent: Tuesday, March 3, 2026\nTo: Jan\nSubject: Welkom\n\n",
        "-----Oorspronkelijk bericht-----\nVan: info@ambtelijkefusie.nl\n\n",
        "Op di 3 mrt. 2026 om 10:12 schreef Netwerk <\ninfo@ambtelijkefusie.nl>:\n\n> ",
        "Op 3 mrt. 2026 om 10:12 heeft Netwerk <info@ambtelijkefusie.nl> het volgende geschreven:\n\n> ",
        "On Tue, Mar 3, 2026 at 10:12 AM Netwerk <info@ambtelijkefusie.nl> wrote:\n> ",
        "________________________________\nVan: Netwerk\n",
        "Van: Netwerk <info@ambtelijkefusie.nl> Verzonden: dinsdag 3 maart Aan: Jan Onderwerp: Welkom\n",
    ],
)
def test_quote_headers_cut(quoted: str) -> None:
    own = own_text("Dank voor het welkom.\n\n" + quoted + "Welkom!\n" + FOOTER)
    assert own.text == "Dank voor het welkom."
    assert "afmelden" not in own.text


def test_footer_removed_even_unquoted_and_signature_split() -> None:
    own = own_text(f"Tot ziens.\n\nMet vriendelijke groet,\n\nJan de Vries\nDirecteur\n\n{FOOTER}")
    assert own.footer_removed
    assert "afmelden" not in own.text + own.signature
    assert own.signature.startswith("Jan de Vries")


def test_disclaimer_cut() -> None:
    own = own_text(
        "Graag afmelden.\n\nDit bericht is uitsluitend bestemd voor de geadresseerde. Wilt u zich afmelden..."
    )
    assert own.text == "Graag afmelden."


def test_autoreply_cues() -> None:
    assert subject_cue("Automatisch antwoord: Uitnodiging")
    assert subject_cue("Automatic reply: test")
    assert not subject_cue("Afwezig op 12 maart bij het atelier")
    gone = text_cue("Dit e-mailadres is niet meer in gebruik.")
    assert gone and gone.address_gone
    assert text_cue("Ik ben tot en met 14 augustus afwezig. Voor dringende zaken: bel 040-123.")
    # A person declining is no out-of-office message.
    assert text_cue("Ik ben die dag helaas afwezig.") is None
    assert text_cue("Wij hebben uw bericht in goede orde ontvangen, zaaknummer Z-123.")


def test_until_date() -> None:
    today = date(2026, 3, 3)
    assert until_date("Ik ben tot en met 14 augustus afwezig", today) == date(2026, 8, 14)
    assert until_date("afwezig t/m 5 januari", today) == date(2027, 1, 5)
    assert until_date("out of office until 20/3/2026", today) == date(2026, 3, 20)
    assert until_date("geen datum", today) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("informatieveiligheid en ICT", {"organisatie"}),
        ("I&A", {"organisatie"}),
        ("regionale opgaven", {"samenwerking"}),
        ("lange termijn visie", {"strategie"}),
        ("dienstverlening aan inwoners in de regio", {"dienstverlening", "samenwerking"}),
        ("digitaliseringsstrategie", {"organisatie", "strategie"}),
        ("parkeren bij de locatie", set()),
    ],
)
def test_themes(text: str, expected: set[str]) -> None:
    assert set(themes_in(text)) == expected


def test_topics_from_bullets_and_sentences() -> None:
    assert topics_in("Suggesties:\n- Sturing op de begroting\n- Eén loket").phrases == (
        "Sturing op de begroting",
        "Eén loket",
    )
    assert topics_in("Beste,\n\nIk zou graag informatieveiligheid bespreken.").phrases == (
        "Informatieveiligheid bespreken",
    )


def test_context_from_thread_then_subject() -> None:
    ctx = find_context("Re: iets", ["<a@b>"], lambda ids: ThreadMatch(INVITATION, (7, 3)))
    assert (ctx.purpose, ctx.source, ctx.outbound_ids) == (INVITATION, "thread", (7, 3))
    assert find_context("RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]", [], None).purpose == CONFIRMATION
    ctx = find_context("Re: Welke thema's wilt u bespreken? [atelier:2027-1]", [], None)
    assert (ctx.purpose, ctx.atelier) == (CALL_FOR_THEMES, "2027-1")
    assert find_context("Vraag", [], None).purpose is None


def test_negation_and_guests() -> None:
    hit = find(UNSUBSCRIBE, "Ik wil mij niet afmelden.")
    assert hit and hit.negated
    hit = find(UNSUBSCRIBE, "Graag afmelden. Ik heb geen tijd meer.")
    assert hit and not hit.negated
    assert guests("Ik kom met twee collega's") == 2
    assert guests("We komen met z'n tweeën") == 1
    assert guests("Ik kom") is None


def test_member_address_named_in_text() -> None:
    assert member_address("Graag aanmelden met mijn werkadres j@gemeente.nl", "", "jan@gmail.com")[0] == "j@gemeente.nl"
    assert member_address("Graag aanmelden.", "jan@gemeente.nl", "jan@gemeente.nl")[0] == "jan@gemeente.nl"


def _mail(subject: str, body: str, extra: str = "") -> bytes:
    return (
        f"From: Jan <jan@gemeente.nl>\r\nSubject: {subject}\r\n{extra}Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}"
    ).encode()


def test_invitation_reply_afmelden_is_rsvp_no_and_network_words_unsubscribe() -> None:
    subj = "RE: Uitnodiging Leer- en inspireer-atelier [atelier:2027-1]"
    assert classify(_mail(subj, "Graag afmelden.")).attending is False
    assert classify(_mail(subj, "Graag afmelden.")).kind == Kind.RSVP
    assert classify(_mail(subj, "Graag uitschrijven voor het netwerk.")).kind == Kind.UNSUBSCRIBE


def test_out_of_office_to_confirmation_is_autoreply() -> None:
    raw = _mail(
        "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "Ik ben afwezig.",
        "Auto-Submitted: auto-replied\r\n",
    )
    decision = classify(raw)
    assert decision.kind == Kind.AUTOREPLY and decision.no_reply and decision.token is None


def test_reason_is_dutch_and_names_words() -> None:
    decision = classify(_mail("vraag", "Graag afmelden."))
    assert decision.kind == Kind.UNSUBSCRIBE
    assert decision.reason == "afmeldwoorden in eigen tekst: 'afmelden'"
