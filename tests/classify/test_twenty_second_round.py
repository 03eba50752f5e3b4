"""Issue 17, the first round of stop 42: one regression test per class of failure its development sets showed unseen
(devset164: leaving now and later; devset165: answers to the atelier that are not plain; devset166: topics and
their look-alikes; devset167: forwarded and passed-on mail), and the older development cases they recalled. The
phrasings are illustrations in our own words, not the sets' messages. The rules decide alone."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind
from tests.classify.test_ninth_round import CALL, _rules

INVITATION = "invitation"
REMINDER = "reminder"
FOLLOWUP = "followup"

# -- an answer to the invitation with a topic beside it: a suggestion that carries the answer ------------------------


@pytest.mark.parametrize(
    ("body", "attending"),
    [
        (
            "Ik ben erbij.\n\nVoor een volgend atelier zou ik het graag willen hebben over hoe je de gemeenteraden "
            "van alle deelnemende gemeenten even goed bij de werkorganisatie betrekt.",
            True,
        ),
        (
            "Helaas verhinderd die dag, maar als onderwerp voor een keer: één klantcontactcentrum voor inwoners van "
            "drie gemeenten.",
            False,
        ),
        (
            "Ik kom graag. Verder wil ik een onderwerp aandragen: hoe maak je van de wensen van vier colleges één "
            "meerjarige koers voor de werkorganisatie?",
            True,
        ),
    ],
)
def test_an_answer_with_a_topic_proposed_outright_is_a_suggestion_carrying_the_answer(
    body: str, attending: bool
) -> None:
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.SUGGESTION and decided.attending is attending, decided.reason
    assert decided.themes, decided.reason


def test_others_discussing_something_that_day_is_no_topic_beside_a_decline() -> None:
    body = "Ik moet helaas afzeggen. Op die dag bespreken twee van onze raden de kadernota en daar moet ik bij zijn."
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


# -- answers that are not plain ------------------------------------------------------------------------------------


def test_a_dictated_mail_with_spoken_full_stops_is_read_sentence_by_sentence() -> None:
    body = (
        "Nee helaas ik kan niet punt Oh wacht het MT is verschoven dus ik kan toch wel punt Dus ja ik kom punt "
        "Groet Sanne"
    )
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_probably_but_do_not_count_on_me_yet_is_no_answer() -> None:
    decided = _rules("Waarschijnlijk wel, maar reken nog niet op mij: er speelt een reorganisatie.", INVITATION)
    assert decided.kind == Kind.OTHER, decided.reason
    decided = _rules("Reken niet op mij, ik zit die week in Brussel.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "U kunt op mij rekenen voor de elfde.",
        "Jullie kunnen die middag gewoon op mij rekenen.",
    ],
)
def test_you_can_count_on_me_is_a_yes(body: str) -> None:
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Vergeet mijn ja van vorige week: er is een crisisoverleg ingepland dat voorgaat.",
        "Ik moet helaas op mijn toezegging terugkomen, de raad vergadert die middag extra.",
        "Mijn plek mag wat mij betreft naar iemand op de wachtlijst.",
    ],
)
def test_an_earlier_yes_taken_back_is_a_decline(body: str) -> None:
    decided = _rules(body, REMINDER)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_a_yes_beside_backing_for_anothers_topic_goes_to_a_person() -> None:
    body = "Ik kom. Verder steun ik het voorstel van Jolanda over de regionale arbeidsmarkt van harte."
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_only_who_the_guest_is_goes_to_a_person() -> None:
    decided = _rules("Mijn introducé is Pieter Smit, adviseur bedrijfsvoering. Hij eet vegetarisch.", REMINDER)
    assert decided.kind == Kind.OTHER and decided.rule != "geen-regel", decided.reason


# -- leaving later --------------------------------------------------------------------------------------------------


def test_still_wanting_the_mail_until_one_leaves_is_no_sign_up() -> None:
    body = "Per 1 juni ga ik met pensioen. Tot die tijd wil ik de uitnodigingen van het netwerk nog graag ontvangen."
    decided = _rules(body)
    assert decided.kind == Kind.OTHER, decided.reason


# -- topics and their look-alikes -----------------------------------------------------------------------------------


def test_striking_a_numbered_topic_named_between_commas_proposes_nothing() -> None:
    decided = _rules("Mijn derde punt, de gezamenlijke huisvesting van de drie gemeenten, mag u schrappen.", CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_withdrawing_a_topic_named_the_sentence_before_in_a_new_mail_proposes_nothing() -> None:
    body = "Vorige maand stuurde ik 'hybride werken in de backoffice' in als onderwerp. Dat trek ik hierbij in."
    decided = _rules(body)
    assert decided.kind == Kind.OTHER, decided.reason


def test_an_observation_that_says_it_asks_nothing_proposes_nothing() -> None:
    body = "Geen verzoek, slechts een observatie: de onderwerpen van de ateliers gaan steeds vaker over digitalisering."
    decided = _rules(body)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_topic_that_follows_later_is_no_topic_yet() -> None:
    decided = _rules("Ik draag zeker nog een onderwerp aan, maar dat volgt apart na ons directieoverleg.", CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_new_mail_unsure_whether_the_call_is_out_still_proposes() -> None:
    body = (
        "Ik weet niet of de oproep voor het volgende atelier al is verstuurd, maar ik heb alvast een onderwerp: hoe "
        "meet je hoe tevreden inwoners zijn over de dienstverlening in elk van de gemeenten?"
    )
    decided = _rules(body)
    assert decided.kind == Kind.SUGGESTION and decided.themes == ("dienstverlening",), decided.reason


def test_keeping_knowledge_when_people_leave_is_organisatie() -> None:
    decided = _rules("Voor het volgende atelier: kennisborging als onze ervaren mensen met pensioen gaan.", FOLLOWUP)
    assert decided.kind == Kind.SUGGESTION and decided.themes == ("organisatie",), decided.reason


def test_a_suggestion_carrying_the_answer_does_what_an_rsvp_label_asks() -> None:
    # (older sets label an answer with a topic beside it by the answer; the service now does both)
    from tests.classify.labelled import right

    decided = _rules("Ik kom graag. Als onderwerp stel ik voor: de gezamenlijke inkoop van ICT.", INVITATION)
    assert decided.kind == Kind.SUGGESTION, decided.reason
    assert right({"kind": "rsvp", "attending": True}, decided)
    assert not right({"kind": "rsvp", "attending": False}, decided)
    assert right({"kind": "suggestion", "themes": ["organisatie"]}, decided)
