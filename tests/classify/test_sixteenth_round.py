"""Issue 17, the round of stop 36: one regression test per class of failure the stop's development sets showed
(devset117: questions beside requests; devset118: second mails, corrections and changes of mind; devset119: topics
and their themes, and the mail under the call that is no topic; devset120: the shape of the mail rather than its
words). The phrasings are illustrations in our own words, not the sets' messages. The rules decide alone."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind
from mailservice.classify.themes import themes_in
from tests.classify.test_ninth_round import CALL, SUBJECTS, _rules

INVITATION = "invitation"
CONFIRMATION = "confirmation"
GOODBYE = "goodbye"


# -- membership: a second mail that replaces, undoes or keeps -------------------------------------------------------


def test_a_second_sign_up_that_lets_the_first_lapse_is_no_leave() -> None:
    body = (
        "Mijn aanmelding ging per abuis vanaf mijn privéadres. Wilt u mij inschrijven met dit adres? "
        "De dubbele aanmelding mag vervallen."
    )
    decided = _rules(body, subject="Aanmelding")
    assert decided.kind != Kind.UNSUBSCRIBE, decided.reason
    # the writer's own sign-up lapsing is still a withdrawal
    assert _rules("Ik heb me vergist. Mijn aanmelding mag vervallen.").kind == Kind.UNSUBSCRIBE


def test_an_earlier_leave_taken_back_with_staying_beside_it_keeps_the_member() -> None:
    body = "Negeer alstublieft mijn afmelding van gisteren. De reorganisatie gaat niet door; ik wil graag lid blijven."
    decided = _rules(body)
    assert decided.kind == Kind.SUBSCRIBE, decided.reason
    # leaving and staying without the one undoing the other: a person decides
    assert _rules("Graag afmelden voor het netwerk. Ik wil graag lid blijven.").kind == Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "Het was niet de bedoeling: ik wilde me alleen voor het atelier afmelden. Ik blijf dus gewoon lid.",
        "Dat klopt niet helemaal, ik blijf namelijk graag lid van het netwerk.",
    ],
)
def test_staying_said_with_words_between_undoes_our_goodbye(body: str) -> None:
    decided = _rules(body, GOODBYE)
    assert decided.kind == Kind.SUBSCRIBE, decided.reason


def test_staying_denied_is_no_stay() -> None:
    decided = _rules("Ik blijf geen lid, de afmelding is goed zo.", GOODBYE)
    assert decided.kind != Kind.SUBSCRIBE, decided.reason


@pytest.mark.parametrize("body", ["Graag eerst wat uitleg.", "Meer informatie graag", "Kunt u dit even toelichten"])
def test_asking_us_to_explain_under_the_confirmation_request_is_no_consent(body: str) -> None:
    decided = _rules(body, CONFIRMATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_plain_yes_under_the_confirmation_request_still_confirms() -> None:
    assert _rules("Ja, graag.", CONFIRMATION).kind == Kind.CONFIRM


def test_an_erasure_with_words_between_verb_and_files_is_an_erasure() -> None:
    decided = _rules("Wist u alstublieft mijn naam en e-mailadres uit al uw bestanden.", INVITATION)
    assert decided.kind == Kind.UNSUBSCRIBE and decided.erase, decided.reason


# -- rhetorical questions ask nothing ----------------------------------------------------------------------------------


def test_a_rhetorical_question_beside_a_confirmation_asks_nothing() -> None:
    decided = _rules("Natuurlijk doe ik mee, wie niet? Hierbij bevestigd.", CONFIRMATION)
    assert decided.kind == Kind.CONFIRM, decided.reason


@pytest.mark.parametrize(
    ("body", "attending"),
    [
        ("Wie zou dit nou willen missen? Ik kom, met een collega.", True),
        ("Hoe kan ik nou op 11 maart, met de begroting in de raad? Ik moet helaas verstek laten gaan.", False),
    ],
)
def test_a_rhetorical_question_beside_an_answer_asks_nothing(body: str, attending: bool) -> None:
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is attending, decided.reason


def test_a_real_question_beside_an_answer_still_goes_to_a_person() -> None:
    decided = _rules("Ik kom graag. Is er parkeergelegenheid bij het stadskantoor?", INVITATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_waarom_niet_eerder_beside_a_sign_up_asks_nothing() -> None:
    body = "Waarom heb ik dit eigenlijk niet al jaren eerder gedaan? Hierbij meld ik mij aan voor het netwerk."
    assert _rules(body, subject="Lid worden").kind == Kind.SUBSCRIBE


# -- answers in other places: later in the sentence, inverted, after our subject -----------------------------------


@pytest.mark.parametrize(
    ("body", "attending"),
    [
        ("Een onderwerp heb ik nog niet, maar ik ben er op 11 maart hoe dan ook weer bij.", True),
        ("Geen onderwerp van mijn kant; op 11 maart kan ik er jammer genoeg niet bij.", False),
    ],
)
def test_no_topic_but_an_answer_under_the_call_is_the_answer(body: str, attending: bool) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.RSVP and decided.attending is attending, decided.reason


def test_an_answer_typed_after_our_subject_counts() -> None:
    subject = "RE: " + SUBJECTS[INVITATION] + " -> ja, ik kom"
    decided = _rules("Verstuurd vanaf mijn iPhone", INVITATION, subject=subject)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


# -- under the call: mail that is no topic of ours -------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Haal mijn suggestie maar van de lijst; die is inmiddels achterhaald.",
        "Wilt u mijn voorstel over de formatie laten vallen? Dat speelt bij ons niet meer.",
        "Schrap mijn onderwerp over de raden maar weer, dat is intussen opgelost.",
    ],
)
def test_the_writers_own_topic_struck_is_for_a_person(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_topic_about_striking_tasks_is_still_a_topic() -> None:
    decided = _rules("Mijn onderwerp: welke taken schrappen we als de gemeentefinanciën krimpen.", CALL)
    assert decided.kind == Kind.SUGGESTION, decided.reason


def test_nothing_to_bring_in_is_no_topic() -> None:
    decided = _rules("Over de dienstverlening is al veel gezegd. Voor het atelier heb ik dit keer niks.", CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_topic_the_writer_places_with_another_body_is_for_a_person() -> None:
    body = (
        "Wat mij bezighoudt is de governance van onze gemeenschappelijke regeling, maar dat hoort eerlijk gezegd "
        "beter thuis in het overleg van de gemeentesecretarissen dan in het atelier."
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason
    # placed with us rather than elsewhere it is a topic
    body = "De governance van onze gemeenschappelijke regeling past beter in het atelier dan in ons eigen MT."
    assert _rules(body, CALL).kind == Kind.SUGGESTION


def test_our_themes_judged_and_asked_about_is_no_topic() -> None:
    body = (
        "Een kritische noot bij de oproep: de vier thema's overlappen nogal. "
        "Waarom valt digitalisering onder Organisatie en niet onder Dienstverlening?"
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason
    # a topic stated beside the remark still counts
    body = "De vier thema's overlappen nogal. Toch een voorstel: de digitalisering van onze dienstverlening."
    assert _rules(body, CALL).kind == Kind.SUGGESTION


def test_a_colleagues_closed_mailbox_told_in_a_reply_with_what_the_writer_did_is_a_person() -> None:
    body = (
        "Ter informatie: mevrouw Bakker is uit dienst. Haar mailbox wordt niet meer gelezen. "
        "Ik heb het verslag intern gedeeld met het MT."
    )
    decided = _rules(body, "followup")
    assert decided.kind != Kind.AUTOREPLY, decided.reason


# -- themes --------------------------------------------------------------------------------------------------------


def test_an_information_vision_is_organisatie_not_strategie() -> None:
    assert set(themes_in("Hoe vernieuwen we onze I-visie en de I-agenda?")) == {"organisatie"}
    assert set(themes_in("Een visie op de toekomst van de werkorganisatie")) >= {"strategie"}
    assert themes_in("supervisie en televisie") == {}


# -- the second round (devset121: requests in chatter; devset122: the practical side of coming; devset123: English
# and bilingual writers; devset124: replies under the confirmation request, the welcome and the goodbye) ---------


def test_someone_elses_leave_told_in_passing_is_no_leave() -> None:
    body = "Jammer dat Karel zich vorige maand heeft uitgeschreven bij het netwerk. Ik kom in elk geval wel."
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_leaving_said_to_be_no_intention_is_no_leave() -> None:
    body = "Nee, ik kan er dit keer niet bij. Afmelden voor het netwerk is absoluut niet de bedoeling."
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_a_confirmation_with_a_question_about_bringing_someone_goes_to_a_person() -> None:
    body = "Hierbij bevestigd. Mag ik mijn adjunct soms meenemen, of is het netwerk alleen voor directeuren?"
    decided = _rules(body, CONFIRMATION)
    assert decided.kind == Kind.OTHER, decided.reason
    # asking leave to do the act itself is the request ("Mag ik mijn lidmaatschap opzeggen?")
    assert _rules("Mag ik mijn lidmaatschap opzeggen?").kind == Kind.UNSUBSCRIBE


def test_a_confirmation_that_also_wants_a_colleague_in_goes_to_a_person() -> None:
    body = "Ja, akkoord. Onze adjunct-directeur wil ook lid worden, kunt u haar er ook bij zetten?"
    decided = _rules(body, CONFIRMATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_colleagues_decline_in_a_new_mail_is_for_a_person() -> None:
    body = "Mijn collega Ruud de Haan kan op 11 maart helaas niet komen; hij moet naar de raad."
    decided = _rules(body, subject="Atelier 11 maart")
    assert decided.kind == Kind.OTHER and "Ruud de Haan" in decided.reason, decided.reason
    assert "kan kan" not in decided.reason


def test_a_successor_named_under_our_goodbye_is_a_hand_over() -> None:
    body = "Ja: Pieter Smit, p.smit@werkorganisatie-noord.nl. Hij begint op 1 juni als algemeen directeur."
    decided = _rules(body, GOODBYE)
    assert decided.kind == Kind.UNSUBSCRIBE and decided.successor == "p.smit@werkorganisatie-noord.nl", decided.reason


def test_a_disclaimer_saying_niet_is_no_refusal_of_the_confirmation() -> None:
    body = (
        "Met vriendelijke groet,\n\nJ. de Wit\ndirecteur\n\n"
        "De informatie verzonden in dit e-mailbericht is vertrouwelijk. Openbaarmaking, vermenigvuldiging, "
        "verspreiding en/of verstrekking van deze informatie aan derden is niet toegestaan."
    )
    decided = _rules(body, CONFIRMATION)
    assert decided.kind == Kind.CONFIRM, decided.reason


@pytest.mark.parametrize(
    ("body", "attending"),
    [
        ("Ik kom op 11 maart helaas toch niet, er is een extra raadsvergadering.", False),
        ("Ik zou dolgraag komen, maar de begroting gaat voor. Ik laat het atelier deze keer schieten.", False),
    ],
)
def test_a_decline_after_words_of_coming_is_a_decline(body: str, attending: bool) -> None:
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is attending, decided.reason


def test_coming_when_a_seat_frees_up_is_a_yes_under_the_waiting_list() -> None:
    decided = _rules("Als er een plaats vrijkomt, kom ik graag.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


@pytest.mark.parametrize(
    ("body", "purpose", "kind"),
    [
        ("I would love to be part of the network, so could you add me please?", None, Kind.SUBSCRIBE),
        ("Hereby I sign off for the network, as I am no longer a director.", None, Kind.UNSUBSCRIBE),
        ("I come with pleasure, it is a fine theme for us.", INVITATION, Kind.RSVP),
        ("Sadly I can't make 11 March, it is our budget week.", INVITATION, Kind.RSVP),
        ("Not me - somebody must have mistyped the address.", CONFIRMATION, Kind.UNSUBSCRIBE),
    ],
)
def test_english_in_more_words(body: str, purpose: str | None, kind: Kind) -> None:
    decided = _rules(body, purpose, subject="Network" if purpose is None else None)
    assert decided.kind == kind, decided.reason


def test_an_english_proposal_under_the_call_is_a_topic() -> None:
    body = "I can't make 11 March, but I'd propose this: how do we set priorities when every board wants it all?"
    decided = _rules(body, CALL)
    assert decided.kind == Kind.SUGGESTION and decided.themes == ("strategie",), decided.reason
