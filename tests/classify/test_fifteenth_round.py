"""Issue 17, the round of stop 35: one regression test per class of failure the stop's development sets showed
(devset113: the edges of membership, each act beside mail that only resembles it; devset114: the atelier cycle, the
mail that decides between an answer and a topic). The phrasings are illustrations in our own words, not the sets'
messages. The rules decide alone."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind, reading
from mailservice.classify.themes import themes_in
from tests.classify.test_ninth_round import CALL, _rules

INVITATION = "invitation"
CONFIRMATION = "confirmation"
GOODBYE = "goodbye"


def _intents(body: str) -> set[str]:
    return {s.intent for s in reading.read(reading.sentences("", body)) if s.counts}


# -- someone else's answer or sign-up, by title and initials ---------------------------------------------------------


def test_an_assistants_decline_for_the_director_in_a_new_mail_is_no_leave() -> None:
    # (the title's full stop ends a sentence, "Namens mw." / "De Vries meld ik haar af ...": read across it)
    body = "Namens mw. De Vries meld ik haar af voor het atelier van 11 maart; zij moet die middag naar de raad."
    decided = _rules(body, subject="Afmelding mw. De Vries")
    assert decided.kind == Kind.OTHER and "De Vries" in decided.reason, decided.reason
    # in reply to our invitation it answers for the one we invited
    assert _rules(body, INVITATION).kind == Kind.RSVP


def test_signing_up_a_director_named_with_initials_and_no_address_is_for_a_person() -> None:
    body = "Hierbij melden wij onze nieuwe directeur, mevrouw A.B. Jansen, aan als lid van het netwerk."
    decided = _rules(body, subject="Aanmelding")
    assert decided.kind == Kind.OTHER, decided.reason
    assert _rules("Hierbij meld ik mij aan als lid van het netwerk.", subject="Aanmelding").kind == Kind.SUBSCRIBE


def test_applying_for_the_adviesraad_in_subject_and_text_is_no_sign_up() -> None:
    body = "Graag stel ik mij kandidaat: ik wil mij aanmelden voor de Adviesraad van het netwerk."
    decided = _rules(body, subject="Aanmelding Adviesraad")
    assert decided.kind == Kind.OTHER, decided.reason


# -- membership replies that only resemble an act ----------------------------------------------------------------------


def test_a_question_under_our_goodbye_is_no_sign_up() -> None:
    decided = _rules("Kan ik me opnieuw aanmelden zodra ik weer een directeursfunctie heb?", GOODBYE)
    assert decided.kind == Kind.OTHER, decided.reason
    assert _rules("Ik wil toch graag lid blijven.", GOODBYE).kind == Kind.SUBSCRIBE


def test_who_keeps_the_mailbox_gives_no_consent_for_its_owner() -> None:
    body = "Ik beheer dit postvak. De aanmelding was bedoeld voor mevrouw Smit, die hier sinds de zomer weg is."
    decided = _rules(body, CONFIRMATION)
    assert decided.kind == Kind.OTHER, decided.reason
    assert _rules("Ja, dat klopt.", CONFIRMATION).kind == Kind.CONFIRM


def test_no_member_yet_under_a_forwarded_invitation_joins_the_network() -> None:
    body = (
        "Een collega stuurde mij deze uitnodiging door. Ik ben nog geen lid, maar dat word ik graag. "
        "Kunt u mij aanmelden?"
    )
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.SUBSCRIBE, decided.reason
    assert _rules("Graag aanmelden!", INVITATION).kind == Kind.RSVP


# -- the atelier: answers and topics ---------------------------------------------------------------------------------


def test_taking_part_online_because_travelling_fails_is_a_yes() -> None:
    decided = _rules("Ik sluit digitaal aan; de reis naar Zwolle gaat me die dag niet lukken.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason
    assert _rules("Ik sluit online aan. Helaas kan ik die dag niet.", INVITATION).kind == Kind.OTHER


def test_backing_someone_elses_topic_is_no_topic_of_ones_own() -> None:
    decided = _rules("Ik sluit me graag aan bij het idee dat Peter eerder opperde!", CALL)
    assert decided.kind == Kind.OTHER, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Ik sluit me aan bij het voorstel van Peter: gezamenlijke werving op de krappe regionale arbeidsmarkt.",
        "Mijn onderwerp: de digitale dienstverlening aan ondernemers.",
    ],
)
def test_a_topic_named_beside_backing_stays_a_topic(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.SUGGESTION, decided.reason


def test_a_topic_set_aside_by_the_clause_after_it_is_no_theme() -> None:
    body = (
        "Wij hebben net een nieuw sturingsconcept ingevoerd, daar hoeven we het niet over te hebben. "
        "Wat mij bezighoudt: hoe helpen we inwoners sneller aan een antwoord op hun vraag?"
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.SUGGESTION and decided.themes == ("dienstverlening",), decided.reason


def test_a_municipality_leaving_the_shared_organisation_is_cooperation() -> None:
    assert themes_in("De ontvlechting als een gemeente uittreedt") == {"samenwerking": "ontvlecht"}
    assert "samenwerking" not in themes_in("Vervroegde uittreding van oudere medewerkers")


# -- dates and changed minds -----------------------------------------------------------------------------------------


def test_a_date_counted_from_names_no_atelier() -> None:
    body = "Vorig jaar ben ik gestopt. Sinds 1 april ben ik terug als directeur, dus ik meld me graag opnieuw aan."
    decided = _rules(body, subject="Opnieuw aanmelden")
    assert decided.kind == Kind.SUBSCRIBE, decided.reason


def test_a_denial_told_as_yesterdays_and_confirmed_after_all_is_consent() -> None:
    body = (
        "Eerder liet ik weten dat ik me niet had aangemeld, maar mijn assistent had het wel gedaan. "
        "Ik bevestig dus alsnog."
    )
    decided = _rules(body, CONFIRMATION)
    assert decided.kind == Kind.CONFIRM, decided.reason
    assert _rules("Ik heb me niet aangemeld.", CONFIRMATION).kind == Kind.UNSUBSCRIBE


def test_until_a_date_is_no_see_you_then() -> None:
    assert "yes" not in _intents("Tot 4 april ben ik op reis.")
    assert "yes" in _intents("Tot 14 april!")


# -- the second round of the stop (devset115: look-alikes under the call; devset116: mail for or about others) -------


def test_the_writer_and_a_colleague_joining_together_is_for_a_person() -> None:
    decided = _rules("Mijn collega Jan en ik willen ons allebei aanmelden als lid van het netwerk.")
    assert decided.kind == Kind.OTHER, decided.reason
    assert _rules("Ik wil me graag aanmelden als lid van het netwerk.").kind == Kind.SUBSCRIBE


def test_a_new_director_asking_to_remove_the_predecessor_is_for_a_person() -> None:
    decided = _rules("Mijn voorganger staat nog in uw bestand. Kunt u hem schrappen en mij in zijn plaats inschrijven?")
    assert decided.kind == Kind.OTHER, decided.reason


def test_others_named_as_coming_in_a_new_mail_is_someone_elses_answer() -> None:
    body = "Vanuit ons bestuursbureau komen de heer Pals en mevrouw Oud naar het atelier van 11 maart."
    decided = _rules(body, subject="Aanmelding atelier")
    assert decided.kind == Kind.OTHER, decided.reason
    mine = _rules("Ik kom graag naar het atelier van 11 maart.", subject="Aanmelding atelier")
    assert mine.kind == Kind.RSVP and mine.attending is True, mine.reason


@pytest.mark.parametrize(
    "body",
    [
        "Dat verhaal over de gemeenteraden herken ik wel.",
        "Mooi dat informatiebeveiliging er nu ook bij staat.",
        "Ik mis in het verslag nog de afspraken over de formatie.",
    ],
)
def test_a_reaction_under_the_call_is_no_topic(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_theme_left_to_others_beside_a_topic_keeps_the_topic() -> None:
    body = "Samenwerking laat ik aan de collega's, maar ik wil wel de formatie van onze werkorganisatie inbrengen."
    decided = _rules(body, CALL)
    assert decided.kind == Kind.SUGGESTION and decided.themes == ("organisatie",), decided.reason
    assert _rules("Voor de volgende keer stel ik informatiebeveiliging voor.", CALL).kind == Kind.SUGGESTION


@pytest.mark.parametrize(
    "body",
    [
        "Wij hebben de tevredenheid van inwoners in twintig gemeenten gemeten en presenteren de uitkomsten graag "
        "op het volgende atelier.",
        "We would be happy to give a product demo of our dashboard for public services at your next atelier.",
    ],
)
def test_an_offer_to_present_under_the_call_is_a_pitch(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Dank voor de oproep. De thema's zijn handig; ik gebruik ze voor onze studiedag, waar het over de begroting "
        "gaat.",
        "Ik zet de digitalisering van het klantcontact op de agenda van ons MT.",
    ],
)
def test_a_topic_for_another_body_is_no_topic_for_us(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason
    ours = _rules("Voor het volgende atelier stel ik de digitalisering van het klantcontact voor.", CALL)
    assert ours.kind == Kind.SUGGESTION, ours.reason


@pytest.mark.parametrize(
    "body",
    [
        "Geachte heer De Wit, beste Melanie,\n\nDank voor de goede middag. De gesprekken over de regionale "
        "samenwerking hebben me goed gedaan.\n\nMet vriendelijke groet,\nJ. Kok",
        "Ik heb veel opgestoken over de formatie bij de collega's. Tot de volgende keer!",
        "Leuk om te melden: wij hebben vorige week ons nieuwe digitale loket geopend. Een mijlpaal voor onze "
        "dienstverlening.",
    ],
)
def test_thanks_and_news_under_the_follow_up_are_no_topic(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_job_title_under_a_remark_is_no_theme() -> None:
    assert themes_in("Directeur Organisatie en Strategie")  # the words are there
    body = "Suggestie voor de werkvorm: minder plenair, meer intervisie.\nDirecteur Organisatie en Strategie"
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_an_assistants_answer_in_reply_told_in_a_clause_or_by_the_waiting_list_is_an_rsvp() -> None:
    assert "yes" in _intents("Namens de heer Bakker laat ik u weten dat hij graag komt.")
    assert "yes" not in _intents("Namens de heer Bakker laat ik u weten dat hij niet komt.")
    decided = _rules("Mevrouw Smit komt toch niet; u kunt haar van de wachtlijst halen.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason
    # as a new mail it is someone else's answer
    body = "Mevrouw Smit komt toch niet; u kunt haar van de wachtlijst halen."
    assert _rules(body, subject="Wachtlijst atelier").kind == Kind.OTHER
