"""Issue 17, the rounds of stop 33: one regression test per class of failure the new development sets showed (devset101
to devset104: registers, answers with details, topics told as a story, old mails replied to; devset105 to devset108:
non-native Dutch, topics in few words, late answers, leaving and staying; the phrasings are illustrations, not the
sets' messages). The rules alone decide here (no model)."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind, reading
from mailservice.classify.themes import themes_in
from tests.classify.test_ninth_round import CALL, _rules

INVITATION = "invitation"
CONFIRMATION = "confirmation"
GOODBYE = "goodbye"

# -- the official register and Flemish turns --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "intent"),
    [
        ("Gaarne verzoek ik u mij als lid van het netwerk aan te melden.", "join"),
        ("Hierbij wordt verzocht om opname in de ledenlijst van uw netwerk.", "join"),
        ("Ik deel u mede dat ik mijn lidmaatschap van het netwerk per heden beëindig.", "leave"),
        ("Bij dezen beëindig ik mijn deelname.", "leave"),
        ("Graag deel ik mee dat ik op die middag zeker aanwezig zal zijn.", "yes"),
        ("Het overleg is geschrapt, zodat ik de bijeenkomst toch kan bijwonen.", "yes"),
        ("Tot mijn spijt zal ik het atelier niet kunnen bijwonen.", "no"),
        ("Gooi m'n gegevens maar in de prullenbak.", "erase"),
        ("Ik heb mij op generlei wijze bij dit netwerk ingeschreven.", "deny"),
    ],
)
def test_the_official_register_says_the_acts_too(body: str, intent: str) -> None:
    said = [s for s in reading.read(reading.sentences("", body)) if s.counts]
    assert intent in {s.intent for s in said}, said


def test_a_formal_erasure_citing_the_law_is_the_writers_own() -> None:
    body = (
        "Met een beroep op artikel 17 AVG verzoek ik u het lidmaatschap van ondergetekende te beëindigen en alle "
        "persoonsgegevens die uw secretariaat van ondergetekende onder zich heeft te wissen."
    )
    decided = _rules(body)
    assert decided.kind == Kind.UNSUBSCRIBE and decided.erase, decided.reason


def test_a_confirmation_done_for_the_undersigned_by_his_office_is_his_own() -> None:
    body = "Ter bevestiging van de namens ondergetekende door mijn secretariaat verzonden aanmelding."
    decided = _rules(body, CONFIRMATION)
    assert decided.kind == Kind.CONFIRM, decided.reason


def test_asking_before_confirming_is_no_confirmation() -> None:
    body = "Alvorens deze aanmelding te bevestigen, verneem ik gaarne wie de ledenlijst kan inzien."
    decided = _rules(body, CONFIRMATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_formal_denial_under_our_confirmation_request_withdraws_it() -> None:
    decided = _rules("Ondergetekende heeft zich op generlei wijze voor uw netwerk opgegeven.", CONFIRMATION)
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


def test_signing_up_a_whole_team_is_for_a_person() -> None:
    body = "Hierbij meld ik ons complete managementteam aan als lid: mevrouw A. de Wit, de heer B. Kok en mijzelf."
    decided = _rules(body)
    assert decided.kind == Kind.OTHER, decided.reason


# -- answers with details -------------------------------------------------------------------------------------------


def test_a_yes_for_only_the_first_part_of_the_afternoon_is_a_yes() -> None:
    body = "Ik ben erbij, maar alleen het eerste deel: om vier uur zit ik bij de raad."
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_doing_ones_best_without_a_promise_is_no_answer_yet() -> None:
    decided = _rules("Ik doe m'n best om erbij te zijn, maar niks beloven hoor.", INVITATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_new_mail_saying_a_named_lady_comes_is_someone_elses_answer() -> None:
    decided = _rules("Mevrouw Dekker komt op 11 maart naar het atelier.\n\nMet vriendelijke groet,\nSecretariaat")
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_decline_with_a_request_to_send_the_slides_is_for_a_person() -> None:
    body = "Ik kan er op 11 maart niet bij zijn. Zouden jullie mij achteraf de sheets kunnen sturen?"
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.OTHER, decided.reason


# -- the reply button as an address book ----------------------------------------------------------------------------


def test_leaving_another_associations_meeting_under_our_invitation_is_no_decline() -> None:
    body = "Graag meld ik mij af voor de ledenvergadering van de VNG-commissie op 3 juni; ik ben dan op reis."
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_topic_under_an_old_confirmation_request_is_a_topic() -> None:
    body = "Ik reageer maar op deze oude mail. Een thema voor het volgende atelier:\nde BIO en informatiebeveiliging."
    decided = _rules(body, CONFIRMATION)
    assert decided.kind == Kind.SUGGESTION and "organisatie" in decided.themes, decided.reason


def test_signing_up_an_address_again_under_a_reminder_is_joining() -> None:
    body = "Na twee jaar elders ben ik terug als directeur. Graag opnieuw aanmelden op dit adres."
    decided = _rules(body, "reminder")
    assert decided.kind == Kind.SUBSCRIBE, decided.reason


# -- topics told as a story -----------------------------------------------------------------------------------------


def test_the_themes_of_the_proposal_not_of_the_story_before_it() -> None:
    body = (
        "Beste Stan,\n\n"
        "Bij ons is het afgelopen jaar de hele organisatie op de schop gegaan: nieuwe afdelingen, nieuwe "
        "leidinggevenden, een nieuwe formatie.\n\n"
        "Wat mij nu bezighoudt is de verhouding met de drie colleges, die elk hun eigen wensen bij ons neerleggen.\n\n"
        "Dat lijkt me een mooi onderwerp voor het atelier.\n\nGroet, Kees"
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.SUGGESTION and decided.themes == ("samenwerking",), decided.reason


# -- second round (devset105 to devset108: non-native Dutch, topics in few words, late answers, leaving and staying) --


@pytest.mark.parametrize(
    "body",
    [
        "Is het mogelijk om mij van uw mailinglijst te halen? Ik werk niet meer bij de gemeente.",
        "Mag ik je vragen mij van de ledenlijst te schrappen? Mijn functie is opgeheven.",
        "Mij kunt u in elk geval afmelden.",
        "Tijd om een punt te zetten achter mijn lidmaatschap, dank voor de mooie jaren.",
    ],
)
def test_leaving_asked_politely_or_told_formally_is_leaving(body: str) -> None:
    decided = _rules(body)
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


def test_the_writers_own_post_is_no_third_person() -> None:
    body = (
        "Hierbij zeg ik mijn lidmaatschap op. De raden hebben besloten de samenwerking te beëindigen, waardoor mijn "
        "directeursfunctie vervalt."
    )
    decided = _rules(body)
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


def test_leaving_after_an_assistant_signed_one_up_is_ones_own_leave() -> None:
    body = (
        "Mijn managementassistent heeft mij zonder overleg aangemeld. Ik heb daar nu echt de tijd niet voor, dus "
        "graag weer afmelden."
    )
    decided = _rules(body, "welcome")
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


def test_the_swap_in_so_many_words_is_a_hand_over() -> None:
    body = "Vanaf juni is Kim Laan de directeur. Graag haar aanmelden (k.laan@werkorganisatie-oost.nl) en mij afmelden."
    decided = _rules(body)
    assert decided.kind == Kind.UNSUBSCRIBE and decided.successor == "k.laan@werkorganisatie-oost.nl", decided.reason


def test_off_the_waiting_list_in_english_is_a_decline_not_a_leave() -> None:
    decided = _rules("Helaas kan ik toch niet. Please take me off the wachtlijst.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_off_the_waiting_list_and_the_member_list_is_leaving() -> None:
    decided = _rules("Haal me van de wachtlijst en gelijk ook van de ledenlijst; ik stop in mei.", INVITATION)
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


def test_a_yes_provided_there_is_a_seat_is_a_yes() -> None:
    decided = _rules("Ik kom graag, mits er nog plaats is.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_just_sign_me_up_under_the_confirmation_request_is_no_reservation() -> None:
    decided = _rules("Akkoord, schrijf mij maar in.", CONFIRMATION)
    assert decided.kind == Kind.CONFIRM, decided.reason


def test_what_one_had_arranged_to_be_there_is_no_answer() -> None:
    decided = _rules("Wat jammer. Ik had mijn middag al vrijgehouden om erbij te kunnen zijn.", INVITATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_decline_with_a_topic_put_on_the_agenda_is_a_topic() -> None:
    decided = _rules("Ik ben er op 11 maart niet bij, maar zet alsjeblieft de inhuur van personeel op de agenda.", CALL)
    assert decided.kind == Kind.SUGGESTION and decided.themes == ("organisatie",), decided.reason


@pytest.mark.parametrize("body", ["Zie bijlage.\n\nVerstuurd vanaf mijn iPad", "Marieke Jansen"])
def test_an_attachment_pointer_or_a_name_alone_is_no_topic(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


@pytest.mark.parametrize(
    ("topic", "theme"),
    [("De OR als sparringpartner", "organisatie"), ("Nog een: het IKB.", "organisatie"),
     ("Grip op inhuur en de flexibele schil", "organisatie")],
)  # fmt: skip
def test_the_staffs_own_bodies_and_terms_are_organisatie(topic: str, theme: str) -> None:
    assert theme in themes_in(topic)
    assert themes_in("Samenwerken or not, that is the question") == {"samenwerking": "samenwerk"}
