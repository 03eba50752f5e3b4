"""Every template renders in Dutch with realistic data; a missing variable fails here, never at send time."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from jinja2 import UndefinedError

from mailservice.member_data import Event, MemberData
from mailservice.outbound.compose import compose
from mailservice.outbound.render import Renderer, datum, english_date

ATELIER = {
    "reference": "2027-1",
    "title": "Sturen op samenwerking & eigenheid",
    "theme": "Samenwerking",
    "description": "Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?",
    "starts_at": datetime(2027, 3, 11, 13, tzinfo=UTC),
    "ends_at": datetime(2027, 3, 11, 16, 30, tzinfo=UTC),
    "time_range": "14.00 tot 17.30 uur",
    "place": "Stadskantoor, Vredenburg 3, Utrecht",
    "online_url": "https://teams.microsoft.com/l/meetup-join/abc",
    "capacity": 30,
    "registration_deadline": datetime(2027, 3, 1, 23, tzinfo=UTC),
    "report_url": None,
    "practical": "De ontvangst is om 13.45 uur, met koffie en thee. Parkeren kan in de garage onder het stadskantoor.",
    "part_of_day": "middag",
}
TALLY = [
    {
        "theme": "Organisatie",
        "members": 3,
        "suggestions": 4,
        "topics": [
            {"topic": "digitalisering van werkprocessen", "count": 2},
            {"topic": "formatie & krapte", "count": 1},
        ],
    },
    {
        "theme": "Strategie",
        "members": 1,
        "suggestions": 1,
        "topics": [{"topic": "bestuurlijke prioriteiten", "count": 1}],
    },
    {"theme": "Samenwerking", "members": 0, "suggestions": 0, "topics": []},
    {"theme": "Dienstverlening", "members": 0, "suggestions": 0, "topics": []},
]
UNSUB = {"unsubscribe_mailto": "mailto:info@ambtelijkefusie.nl?subject=Afmelden", "unsubscribe_url": None}
ATELIER_CONTEXTS: dict[str, dict] = {
    "oproep_themas": {"atelier": ATELIER, "reply_before": datetime(2027, 1, 21, 8, tzinfo=UTC), **UNSUB},
    "telling_themas": {
        "atelier": ATELIER,
        "secretariat": False,
        "tally": TALLY,
        "total_suggestions": 5,
        "total_members": 4,
        **UNSUB,
    },
    "uitnodiging_atelier": {"atelier": ATELIER, **UNSUB},
    "herinnering_atelier": {"atelier": ATELIER, "guests": 1, "substitute": None, "substitute_for": None, **UNSUB},
    "vervolg_atelier": {
        "atelier": {**ATELIER, "report_url": "https://ambtelijkefusie.nl/verslag/2027-1"},
        "substitute_for": None,
        **UNSUB,
    },
    "annulering_atelier": {"atelier": ATELIER, **UNSUB},
    "bevestiging_rsvp": {
        "atelier": ATELIER,
        "status": "waiting",
        "guests": 0,
        "substitute": None,
        "substitute_invited": False,
        "changed": False,
        "position": 2,
    },
    "wachtlijst_plaats": {
        "atelier": ATELIER,
        "guests": 0,
        "substitute": "Petra de Wit (p.dewit@gemeente-d.nl)",
        "substitute_invited": True,
    },
    "wijziging_atelier": {
        "atelier": ATELIER,
        "status": "waiting",
        "position": 2,
        "substitute_for": None,
        "changes": [
            "datum en tijd: donderdag 18 maart 2027, 14.00 tot 17.30 uur "
            "(was: donderdag 11 maart 2027, 14.00 tot 17.30 uur)",
            "plaats: Provinciehuis, Pythagoraslaan 101, Utrecht (was: Stadskantoor)",
        ],
        **UNSUB,
    },
    "uitnodiging_vervanger": {"atelier": ATELIER, "member_name": "Dirk Smit", "guests": 1},
    "vervanger_vervalt": {"atelier": ATELIER, "member_name": "Dirk Smit", "guests": 0},
    "bedankt_suggestie": {
        "atelier": ATELIER,
        "themes": ["Organisatie", "Samenwerking"],
        "topics": ["digitalisering van werkprocessen", "de relatie met de gemeenteraden"],
        "tally_at": datetime(2027, 1, 21, 8, tzinfo=UTC),
    },
    "stap_gemist": {
        "step": "herinnering",
        "atelier": ATELIER,
        "due_at": datetime(2027, 3, 8, 8, tzinfo=UTC),
        "due_time": "09.00",
        "noticed_at": datetime(2027, 3, 10, 7, tzinfo=UTC),
        "noticed_time": "08.00",
        "reason": "47 uur te laat, meer dan de toegestane 24 uur",
        "grace_hours": 24.0,
    },
    "herinnering_aanmelding": {
        "token": "AF-7K3Q9-XM2PA-4RTZ8",
        "expires_at": datetime(2026, 12, 13, 9, tzinfo=UTC),
        "member_email": "m.devries@bbr.nl",
    },
    "weekoverzicht": {
        "since": datetime(2026, 11, 2, 7, tzinfo=UTC),
        "until": datetime(2026, 11, 9, 7, tzinfo=UTC),
        "joined": [{"email": "m.devries@bbr.nl", "name": "Marieke de Vries", "organisation": "Werkorganisatie BBR"}],
        "left": [{"email": "p.bakker@dommelvallei.nl", "name": ""}],
        "unhandled": [
            {
                "id": 42,
                "sender": "secretariaat@a2-samenwerking.nl",
                "subject": "RE: Uitnodiging",
                "reason": "reactie op uitnodiging zonder duidelijk ja of nee",
            }
        ],
        "bounced": [{"email": "oud@fusie.nl", "delivery": "disabled", "reason": "harde bounce: 5.1.1"}],
        "capped": [
            {
                "to": "helpdesk@gemeente-v.nl",
                "count": 8,
                "reason": "niet verstuurd, limiet bereikt: al 2 bevestigingsverzoeken in 24 uur (grens 2)",
            }
        ],
        "suggestions": 3,
        "suggestions_per_theme": {"Strategie": 1, "Samenwerking": 0, "Organisatie": 2, "Dienstverlening": 0},
        "ateliers": [
            {
                "reference": "2027-1",
                "title": "Sturen op samenwerking",
                "starts_at": ATELIER["starts_at"],
                "capacity": 30,
                "attending": 12,
                "seats": 14,
                "waiting": 0,
                "declined": 5,
            }
        ],
    },
}
COMMON = {
    "network_name": "Netwerk van directeuren van ambtelijke fusieorganisaties",
    "service_address": "info@ambtelijkefusie.nl",
    "member_footer": True,
    "name": "Marieke de Vries-Ölçer",
}
CONTEXTS: dict[str, dict] = {
    "bevestiging_aanmelding": {
        "token": "AF-7K3Q9-XM2PA-4RTZ8",
        "expires_at": datetime(2026, 12, 13, 9, tzinfo=UTC),
        "requested_by": "secretariaat.directie@werkorganisatie-bbr.nl",
        "member_email": "m.devries@bbr.nl",
        "pending_signup_days": 60,
    },
    # Issue 16: casework. A new address confirms; an invitation (a successor, on request, by the secretariat);
    # the requester of an on-behalf sign-up and the predecessor of a hand-over are told; access and erasure.
    "bevestiging_adreswijziging": {
        "token": "AF-7K3Q9-XM2PA-4RTZ8",
        "confirm_url": "https://leden.ambtelijkefusie.nl/bevestigen/AF-7K3Q9-XM2PA-4RTZ8",
        "old_email": "m.devries@bbr.nl",
        "new_email": "m.devries@werkorganisatie-bbr.nl",
        "expires_at": datetime(2026, 12, 13, 9, tzinfo=UTC),
    },
    "adreswijziging_bevestigd": {"old_email": "m.devries@bbr.nl", "new_email": "m.devries@werkorganisatie-bbr.nl"},
    "uitnodiging_lidmaatschap": {
        "token": "AF-7K3Q9-XM2PA-4RTZ8",
        "confirm_url": "https://leden.ambtelijkefusie.nl/bevestigen/AF-7K3Q9-XM2PA-4RTZ8",
        "expires_at": datetime(2026, 12, 13, 9, tzinfo=UTC),
        "member_email": "i.deboer@bbr.nl",
        "requested_by": None,
        "predecessor": "Karel Smit (k.smit@bbr.nl)",
        "pending_signup_days": 60,
    },
    "opvolger_uitgenodigd": {"successor": "Ilse de Boer (i.deboer@bbr.nl)", "pending_signup_days": 60},
    "aanmelding_namens_ontvangen": {
        "member_name": "Anna Bakker",
        "member_email": "a.bakker@werkorganisatie-x.nl",
        "expires_at": datetime(2026, 12, 13, 9, tzinfo=UTC),
    },
    "inzage_gegevens": {
        "data": MemberData(
            e_mailadres="m.devries@bbr.nl",
            naam="Marieke de Vries-Ölçer",
            organisatie="Werkorganisatie BBR",
            functie="algemeen directeur",
            rol="lid",
            status="lid",
            bezorging="aan",
            aangemeld_op="02-11-2026 10:00",
            bevestigd_op="02-11-2026 10:05",
            afgemeld_op="",
            geschiedenis=[
                Event("02-11-2026 10:00", "aanmelding ontvangen", "per e-mail", "", "uw e-mail 'Aanmelden'"),
                Event("02-11-2026 10:05", "aanmelding bevestigd", "per e-mail", "", ""),
            ],
            ateliers=[
                {"atelier": "Sturen op samenwerking", "datum": "11-03-2027 14:00", "reactie": "komt", "toelichting": ""}
            ],
            suggesties=[{"datum": "03-11-2026 09:00", "themas": "organisatie", "onderwerpen": "digitalisering"}],
            onbestelbaar=[],
        ),
        "periods": {
            "pending_signup_days": 60,
            "raw_message_days": 365,
            "former_member_days": 730,
            "bounce_event_days": 365,
        },
    },
    "bevestiging_verwijdering": {
        "token": "AF-7K3Q9-XM2PA-4RTZ8",
        "expires_at": datetime(2026, 12, 13, 9, tzinfo=UTC),
        "member_email": "m.devries@bbr.nl",
    },
    "welkom": {},
    "al_aangemeld": {"member_email": "m.devries@bbr.nl", "member_since": datetime(2025, 3, 1, tzinfo=UTC)},
    "referentie_ongeldig": {
        "token": "AF-7K3Q9-XM2PA-4RTZ8",
        "problem": "expired",
        "expires_at": datetime(2026, 1, 1, tzinfo=UTC),
    },
    "afmelding_bevestigd": {"was_pending": False},
    "afmelding_vraag": {"token": "12.abcdefghijklmnop"},
    # Issue 14: an answer written by the secretariat in the console, threaded to the member's message.
    # Issue 16: approval of sign-ups by the secretariat (membership.approval).
    "aanmelding_in_behandeling": {},
    "aanmelding_afgewezen": {"reason": "Het netwerk is voor directeuren; uw functie is die van teamleider."},
    "antwoord_secretariaat": {
        "onderwerp": "Vraag over het atelier",
        "tekst": "Beste Anna,\n\nDank voor uw vraag. Ja, u mag uw plaatsvervanger meenemen.\n\n"
        "Met vriendelijke groet,\nMelanie",
        "naam_afzender": "melanie",
    },
    "niet_aangemeld": {"address": "m.devries@bbr.nl", "already_left": True},
    # Issue 6: a mailing to members, the pause notice to the secretariat, the test mail of send-test.
    "mededeling": {
        "onderwerp": "Terugblik op het atelier van 12 maart",
        "alineas": ["Dank voor uw komst.", "Tot ziens & graag <snel>."],
        "unsubscribe_mailto": "mailto:info@ambtelijkefusie.nl?subject=Afmelden",
        "unsubscribe_url": None,
    },
    "mailing_gepauzeerd": {
        "mailing_id": 7,
        "mailing_subject": "Uitnodiging atelier",
        "failures": 20,
        "total": 412,
        "sent": 180,
        "failed": 20,
        "waiting": 212,
        "last_error": "550 5.7.1 Message rejected as spam",
    },
    "testbericht": {"sent_at": datetime(2026, 11, 2, 9, tzinfo=UTC), "route": "smtp://smtp.office365.com:587"},
    # Issue 4: the warning to a member whose mail keeps bouncing, the removal notice to the secretariat.
    "bounce_waarschuwing": {
        "member_email": "m.devries@bbr.nl",
        "days": 5,
        "window_days": 21,
        "reason_text": "postvak vol",
        "removal_at": datetime(2026, 11, 30, 9, tzinfo=UTC),
    },
    "bounces_verwijderd": {
        "grace_days": 14,
        "members": [
            {
                "email": "m.devries@bbr.nl",
                "name": "Marieke de Vries",
                "organisation": "BBR",
                "reason": "harde bounce op 02-11-2026: 5.1.1 userunknown",
                "since": datetime(2026, 11, 2, tzinfo=UTC),
            }
        ],
    },
    # Issue 7: the atelier cycle, RSVP answers, the scheduler's reports, sign-up reminders, the weekly digest.
    **ATELIER_CONTEXTS,
}


def test_every_template_has_a_test_context() -> None:
    assert sorted(CONTEXTS) == Renderer().purposes()


@pytest.mark.parametrize("purpose", sorted(CONTEXTS))
def test_template_renders_text_and_html(purpose: str) -> None:
    rendered = Renderer().render(purpose, **COMMON, **CONTEXTS[purpose])
    assert rendered.subject and "\n" not in rendered.subject
    assert "Met vriendelijke groet" in rendered.text
    assert '<html lang="nl">' in rendered.html
    assert "{{" not in rendered.text + rendered.html
    raw = compose(
        rendered,
        from_name="Netwerk",
        from_addr="info@ambtelijkefusie.nl",
        to="a@b.nl",
        message_id="<x@ambtelijkefusie.nl>",
        date=datetime(2026, 11, 2, tzinfo=UTC),
    )
    assert b"Auto-Submitted: auto-replied" in raw and b"Content-Language: nl" in raw


@pytest.mark.parametrize("purpose", sorted(CONTEXTS))
def test_a_missing_variable_is_an_error(purpose: str) -> None:
    context = {**COMMON, **CONTEXTS[purpose]}
    context.pop("network_name")
    with pytest.raises(UndefinedError):
        Renderer().render(purpose, **context)


def test_html_is_escaped_but_text_is_not() -> None:
    rendered = Renderer().render("welkom", **{**COMMON, "name": "Jan <b>&</b> Piet"})
    assert "Jan &lt;b&gt;&amp;&lt;/b&gt; Piet" in rendered.html
    assert "Beste Jan <b>&</b> Piet," in rendered.text


def test_footer_only_for_members() -> None:
    rendered = Renderer().render(
        "bevestiging_aanmelding", **{**COMMON, "member_footer": False}, **CONTEXTS["bevestiging_aanmelding"]
    )
    assert "Afmelden?" not in rendered.text


def test_dutch_dates() -> None:
    assert datum(datetime(2026, 12, 13, 23, 30, tzinfo=UTC)) == "14 december 2026"  # Amsterdam is UTC+1
    assert datum(datetime(2027, 3, 1, 10, tzinfo=UTC), weekday=True) == "maandag 1 maart 2027"


# Issue 17: every mail that answers a person's own mail, or goes to one member alone, also in English (the writer's
# language, else the member's); the network's mailings (invitations, calls, digests, notices) stay Dutch only.
TRANSLATIONS = Renderer().translations()
IN_ENGLISH = (
    "aanmelding_afgewezen",
    "aanmelding_in_behandeling",
    "aanmelding_namens_ontvangen",
    "adreswijziging_bevestigd",
    "afmelding_bevestigd",
    "afmelding_vraag",
    "al_aangemeld",
    "antwoord_secretariaat",
    "bedankt_suggestie",
    "bevestiging_aanmelding",
    "bevestiging_adreswijziging",
    "bevestiging_rsvp",
    "bevestiging_verwijdering",
    "herinnering_aanmelding",
    "inzage_gegevens",
    "niet_aangemeld",
    "opvolger_uitgenodigd",
    "referentie_ongeldig",
    "wachtlijst_plaats",
    "welkom",
)
# The secretariat's own answer: its salutation is in the secretariat's words, its subject the writer's ("Re: ...").
WRITTEN_BY_A_PERSON = ("antwoord_secretariaat",)
LINKS = {
    "confirm_url": "https://ambtelijkefusie.nl/bevestigen/AF-7K3Q9",
    "undo_url": "https://ambtelijkefusie.nl/ongedaan/xyz",
    "unsubscribe_url": "https://ambtelijkefusie.nl/afmelden/abc",
    "data_url": "https://ambtelijkefusie.nl/gegevens/def",
}
_SAME = re.compile(r"https?://[^\s\"<>]+|\[ref:[^\]]+\]|AF-[0-9A-Z-]+|[\w.+-]+@[\w.-]+\.[a-z]{2,}")


def test_the_answers_to_a_person_have_an_english_translation() -> None:
    assert [(purpose, "en") for purpose in IN_ENGLISH] == TRANSLATIONS


@pytest.mark.parametrize(("purpose", "language"), TRANSLATIONS)
def test_translation_renders_with_the_same_links_and_references(purpose: str, language: str) -> None:
    context = {**COMMON, **CONTEXTS[purpose], **LINKS}
    english = Renderer().render(purpose, language=language, **context)
    dutch = Renderer().render(purpose, **context)
    assert english.language == "en" and dutch.language == "nl"
    assert english.subject and "\n" not in english.subject
    assert purpose in WRITTEN_BY_A_PERSON or english.subject != dutch.subject
    assert "Kind regards" in english.text
    assert purpose in WRITTEN_BY_A_PERSON or "Dear Marieke de Vries-Ölçer," in english.text
    assert '<html lang="en">' in english.html and "{{" not in english.text + english.html
    for dutch_part, english_part in ((dutch.subject, english.subject), (dutch.text, english.text)):
        assert sorted(set(_SAME.findall(english_part))) == sorted(set(_SAME.findall(dutch_part)))
    assert sorted(set(re.findall(r"https?://[^\s\"<>]+", english.html))) == sorted(
        set(re.findall(r"https?://[^\s\"<>]+", dutch.html))
    )
    raw = compose(
        english,
        from_name="Netwerk",
        from_addr="info@ambtelijkefusie.nl",
        to="a@b.nl",
        message_id="<x@ambtelijkefusie.nl>",
        date=datetime(2026, 11, 2, tzinfo=UTC),
    )
    assert b"Content-Language: en" in raw


@pytest.mark.parametrize(("purpose", "language"), TRANSLATIONS)
def test_a_missing_variable_is_an_error_in_a_translation_too(purpose: str, language: str) -> None:
    context = {**COMMON, **CONTEXTS[purpose]}
    context.pop("network_name")
    with pytest.raises(UndefinedError):
        Renderer().render(purpose, language=language, **context)


@pytest.mark.parametrize("purpose", ["uitnodiging_atelier", "oproep_themas", "weekoverzicht", "mededeling"])
def test_a_purpose_without_a_translation_is_sent_in_dutch(purpose: str) -> None:
    """The network's mailings: Dutch for every member, as the network is (issue 17)."""
    rendered = Renderer().render(purpose, language="en", **{**COMMON, **CONTEXTS[purpose]})
    assert rendered.language == "nl" and "Met vriendelijke groet" in rendered.text


def test_english_dates() -> None:
    assert english_date(datetime(2026, 12, 13, 23, 30, tzinfo=UTC)) == "14 December 2026"  # Amsterdam time
    assert english_date(datetime(2026, 12, 13, 23, 30, tzinfo=UTC), weekday=True) == "Monday 14 December 2026"


def test_the_english_goodbye_keeps_the_undo_link_apart_from_the_next_paragraph() -> None:
    context = {**COMMON, **CONTEXTS["afmelding_bevestigd"]}
    with_link = Renderer().render("afmelding_bevestigd", language="en", **context, undo_url=LINKS["undo_url"]).text
    assert f"page:\n{LINKS['undo_url']}\n\nThank you for your involvement." in with_link
    without = Renderer().render("afmelding_bevestigd", language="en", **context, undo_url=None).text
    assert "with a single reply.\n\nThank you for your involvement." in without


def test_the_dutch_goodbye_keeps_the_undo_link_apart_from_the_next_paragraph() -> None:
    context = {**COMMON, **CONTEXTS["afmelding_bevestigd"]}
    with_link = Renderer().render("afmelding_bevestigd", **context, undo_url=LINKS["undo_url"]).text
    assert f"pagina:\n{LINKS['undo_url']}\n\nDank u wel voor uw betrokkenheid." in with_link
    without = Renderer().render("afmelding_bevestigd", **context, undo_url=None).text
    assert "met één antwoord te bevestigen.\n\nDank u wel voor uw betrokkenheid." in without
