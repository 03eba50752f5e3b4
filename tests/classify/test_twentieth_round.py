"""Issue 17, the round of stop 40: one regression test per class of failure the stop's development sets showed
unseen (devset140: leaving words that are no leave, and leaves that do not sound like one; devset141: assistants and
colleagues writing about a director; devset142: topics in every shape and their look-alikes; devset143: the
writer's words among quoted text). The phrasings are illustrations in our own words, not the sets' messages. The
rules decide alone."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind
from mailservice.classify.quotes import remove_footer
from mailservice.classify.reading import sentences
from tests.classify.test_ninth_round import CALL, _rules

INVITATION = "invitation"
CONFIRMATION = "confirmation"
FOLLOWUP = "followup"
FORWARDED_CALL = "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
FORWARDED_INVITATION = "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"

# -- a "not" stressed with an accent still says not ------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Akkoord, bevestigd. Ik wil me níet afmelden, voor het geval u dat dacht.",
        "Bevestigd, en ik meld me zéker níet af: het onderschrift las ik eerst als de vraag.",
    ],
)
def test_a_confirmation_that_stresses_it_is_no_leave_confirms(body: str) -> None:
    decided = _rules(body, CONFIRMATION)
    assert decided.kind == Kind.CONFIRM, decided.reason


# -- leaving words about one atelier, a new address or a past membership are no leave --------------------------------


def test_count_me_out_for_one_atelier_and_not_the_network_declines_it() -> None:
    body = "Count me out for this one - the atelier only, not out of the network! The budget talks are that week."
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Ik begin in april bij een andere GR. Kunt u mijn lidmaatschap op mijn nieuwe adres zetten? a.bos@gr-west.nl",
        "Wilt u het lidmaatschap op naam van mijn nieuwe mailbox zetten? Dat is p.kok@werkorganisatie-oost.nl.",
    ],
)
def test_a_membership_moved_to_a_new_address_is_no_leave(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind != Kind.UNSUBSCRIBE, decided.reason


def test_looking_back_on_being_part_of_the_network_is_no_sign_up() -> None:
    body = "I retired at the end of last month. It was an honour to be part of the network. No need to keep mailing me."
    decided = _rules(body, None, subject="Farewell")
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "I'm on sabbatical from May, so no need to mail me until the autumn. I'm staying in the network though.",
        "Off to a long trip: please stop mailing me for now, but I am remaining a member.",
    ],
)
def test_a_pause_in_mail_while_staying_is_no_leave(body: str) -> None:
    decided = _rules(body, FOLLOWUP)
    assert decided.kind != Kind.UNSUBSCRIBE, decided.reason


# -- leaves that do not use the usual words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "No, I will not be there. And I think it is time to say goodbye to the network altogether.",
        "Nee, ik kom niet. Ik neem meteen ook afscheid van het netwerk: mijn portefeuille is veranderd.",
    ],
)
def test_saying_goodbye_to_the_network_under_the_invitation_leaves_it(body: str) -> None:
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


def test_a_predecessors_goodbye_told_in_a_sign_up_is_no_leave() -> None:
    body = "Mijn voorganger besloot afscheid te nemen van het netwerk. Graag meld ik mij aan als lid in zijn plaats."
    decided = _rules(body, None, subject="Aanmelding")
    assert decided.kind == Kind.SUBSCRIBE, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Since Friday I am retired. There is no need to keep writing to me; the mailbox closes next month.",
        "I have left local government. Please stop mailing me.",
    ],
)
def test_asking_us_to_stop_writing_leaves(body: str) -> None:
    decided = _rules(body, None, subject="Retirement")
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


# -- taking back one of one's own topics, named between commas -------------------------------------------------------


def test_taking_back_the_second_point_named_between_commas_proposes_nothing() -> None:
    body = "Haal mijn tweede punt, de samenwerking met de raden, maar weg: dat is inmiddels opgelost."
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


# -- titles are no sentence ends; an assistant's forward speaks for another ------------------------------------------


def test_a_title_before_a_name_ends_no_sentence() -> None:
    assert [s.text for s in sentences("", "Mevr. De Groot komt niet. Dhr. Jansen wel.")] == [
        "Mevr. De Groot komt niet.",
        "Dhr. Jansen wel.",
    ]


def test_a_forwarded_invitation_with_a_titled_directors_no_is_for_a_person() -> None:
    body = "Mevr. Visscher moet op 11 maart helaas verstek laten gaan, zie de uitnodiging hieronder."
    decided = _rules(body, None, subject=FORWARDED_INVITATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_forwarded_call_with_the_directors_topic_stays_a_suggestion() -> None:
    # (most sets label the director's topic passed on by an assistant a suggestion; devset141 once labels it other)
    body = "Onze directeur vroeg mij dit door te sturen met haar onderwerp: de regie op de informatievoorziening."
    decided = _rules(body, None, subject=FORWARDED_CALL)
    assert decided.kind == Kind.SUGGESTION, decided.reason


# -- curiosity about the outcome, or a vote for another's topic, proposes nothing -----------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Mooi dat het binnen is. Ik ben benieuwd welke onderwerpen het uiteindelijk worden.",
        "Thanks! Curious to see which topics make it to the programme.",
    ],
)
def test_curiosity_about_the_chosen_topics_proposes_nothing(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_vote_for_the_topic_another_raised_proposes_nothing() -> None:
    body = "Ik stem op het voorstel dat de directeur van Lingewaard aan tafel deed. Zelf heb ik niets toe te voegen."
    decided = _rules(body, FOLLOWUP)
    assert decided.kind == Kind.OTHER, decided.reason


# -- a sign-up whose themes are only in what the writer tells -------------------------------------------------------


def test_a_sign_up_telling_of_ideas_a_colleague_brings_home_joins() -> None:
    body = (
        "Mijn collega is al lang lid en komt steeds vol ideeën terug. Sinds de herindeling doe ik de bedrijfsvoering."
        " Wil je mij ook als lid toevoegen?"
    )
    decided = _rules(body, None, subject="Aanmelding")
    assert decided.kind == Kind.SUBSCRIBE, decided.reason


# -- answers typed under our quoted footer question ------------------------------------------------------------------


def test_text_under_our_quoted_footer_stays_the_writers_own() -> None:
    text, removed = remove_footer("> Afmelden? Antwoord op deze e-mail met 'afmelden'\n\nDat dan maar.\n")
    assert removed and "\n\nDat dan maar." in text


def test_an_answer_to_our_footer_question_that_is_no_plain_yes_is_for_a_person() -> None:
    body = (
        '> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".\n\nNee.\n\n'
        "> Afmelden? Antwoord op deze e-mail met 'afmelden'\n\nDan dat ook maar. Ik heb te veel overleggen.\n\nBert"
    )
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.OTHER and "Afmelden?" in decided.reason, decided.reason


def test_a_no_under_our_footer_question_is_read_as_the_rest_says() -> None:
    body = (
        '> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".\n\nNee, helaas.\n\n'
        "> Afmelden? Antwoord op deze e-mail met 'afmelden'\n\nNee hoor, lid blijf ik graag.\n\nBert"
    )
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


# -- an erasure asked for someone else is for a person ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Ik kom in zijn plaats. Hij vroeg mij iets door te geven: Joost wil daarna niet meer in uw bestand staan.",
        "Onze oud-directeur is vertrokken. Kunt u al zijn gegevens uit uw systemen wissen?",
    ],
)
def test_an_erasure_for_someone_else_is_for_a_person(body: str) -> None:
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_an_erasure_of_ones_own_data_after_a_colon_is_still_an_erasure() -> None:
    decided = _rules("Ik stop met het netwerk: verwijder al mijn gegevens.", None, subject="Afmelden")
    assert decided.kind == Kind.UNSUBSCRIBE and decided.erase, decided.reason


# -- the second round of the stop (devset144: under our confirmation and welcome; devset145: erasure and data;
# devset146: English and bilingual writers; devset147: very short replies) ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Ik heb me nooit aangemeld. Wilt u mijn naam en adres meteen wissen?",
        "Schrijf mij uit en vergeet mij verder maar volledig.",
        "I am leaving the network. Please erase my personal details from your records too.",
    ],
)
def test_an_erasure_in_these_words_is_an_erasure(body: str) -> None:
    decided = _rules(body, CONFIRMATION if "aangemeld" in body else None, subject="Afmelden")
    assert decided.kind == Kind.UNSUBSCRIBE and decided.erase, decided.reason


def test_a_postscript_under_the_signature_is_the_writers_own() -> None:
    body = "Ik zeg mijn lidmaatschap op.\n\nHartelijke groet,\nBas\n\nPS Wilt u ook mijn gegevens uit het systeem halen"
    decided = _rules(body, None, subject="Opzegging")
    assert decided.kind == Kind.UNSUBSCRIBE and decided.erase, decided.reason


def test_a_denial_asking_from_whom_we_got_the_address_is_for_a_person() -> None:
    body = "Ik ken dit netwerk niet en heb me niet aangemeld. Van wie hebt u mijn adres gekregen?"
    decided = _rules(body, CONFIRMATION)
    assert decided.kind == Kind.OTHER, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Ik kom graag, op één voorwaarde: mijn naam mag niet op de deelnemerslijst.",
        "I will attend on one condition: that the session is not recorded.",
    ],
)
def test_a_yes_on_one_condition_is_for_a_person(body: str) -> None:
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_asking_us_to_remove_ones_earlier_suggestion_proposes_nothing() -> None:
    body = "Wilt u mijn suggestie toch verwijderen? Het is onverstandig om dat nu al te bespreken. Misschien later."
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_an_english_assistants_new_mail_about_the_directors_attendance_is_for_a_person() -> None:
    body = "Mr Jansen asked me to let you know that he will attend the atelier on 11 March."
    decided = _rules(body, None, subject="Atelier 11 March")
    assert decided.kind == Kind.OTHER, decided.reason


def test_backing_a_colleagues_session_and_asking_to_present_is_for_a_person() -> None:
    body = "I'd fully back that one. Would it be possible for me to present our own case there?"
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_reply_saying_you_will_hear_later_is_no_yes() -> None:
    decided = _rules("Komt goed, je hoort het voor vrijdag van me.", INVITATION)
    assert decided.kind != Kind.RSVP, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Ja, dat klopt. Bevestigd.\n\nMet vriendelijke groet,\nInge Bos\nmanagementassistent van P. de Wit, directeur",
        "Ik antwoord even vanaf mijn privémail, de werkmail doet het niet. Ja, ik wil lid worden.",
    ],
)
def test_a_confirmation_from_an_assistant_or_another_mailbox_is_for_a_person(body: str) -> None:
    decided = _rules(body, CONFIRMATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_id_like_to_attend_is_a_yes() -> None:
    decided = _rules("Back from holiday, and yes: I'd like to attend on 11 March.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_an_erasure_with_a_question_beside_it_stays_an_erasure_for_the_secretariat() -> None:
    # (BRIEF.md: an erasure goes to the secretariat whole, which answers the question there; devset32 and devset145)
    body = "Ik meld mij af en vraag u mijn gegevens te wissen. Kunt u mij eerst laten weten of u ze ooit hebt gedeeld?"
    decided = _rules(body, None, subject="Afmelden")
    assert decided.kind == Kind.UNSUBSCRIBE and decided.erase, decided.reason


def test_a_later_hand_over_while_staying_on_as_a_member_is_for_a_person() -> None:
    body = "I step down on 1 June; my successor is a.smit@wo-oost.nl. Until then I'm staying on as a member."
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_substitutes_denial_under_their_invitation_declines_the_seat() -> None:
    subject = "RE: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
    decided = _rules("Liever niet, ik ken dat netwerk niet eens.", INVITATION, subject=subject)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


# -- the third round of the stop (devset148: answers that change an earlier one; devset149: under the follow-up and
# the thank-you; devset150: strangers and newcomers; devset151: hand-overs and departures) --------------------------


def test_a_topic_struck_wat_mij_betreft_is_no_leave() -> None:
    body = "Het onderwerp dat ik in mei instuurde, de inkoopsamenwerking, mag wat mij betreft van de lijst. Dank!"
    decided = _rules(body, FOLLOWUP)
    assert decided.kind == Kind.OTHER, decided.reason


def test_asking_us_to_take_a_named_topic_off_the_list_proposes_nothing() -> None:
    decided = _rules("Wilt u 'de regionale arbeidsmarkt' weer van mijn lijst halen? Het andere mag blijven.", CALL)
    assert decided.kind == Kind.OTHER, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Would there be room at the next atelier for a short pitch on our shared HR platform?",
        "Mag ik op het volgende atelier een werkvorm aanbieden? Ik heb daar goede ervaringen mee.",
    ],
)
def test_offering_a_pitch_or_a_method_is_asking_to_present(body: str) -> None:
    decided = _rules(body, FOLLOWUP)
    assert decided.kind == Kind.OTHER, decided.reason


def test_backing_what_a_colleague_proposed_in_the_past_tense_proposes_nothing() -> None:
    body = (
        "In het verslag las ik dat Anton de Vries voorstelde om het over de krappe arbeidsmarkt te hebben. "
        "Daar sluit ik me van harte bij aan. Zelf heb ik niets toe te voegen."
    )
    decided = _rules(body, FOLLOWUP)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_sign_up_for_a_staff_meeting_about_a_merger_is_not_ours() -> None:
    body = "Hierbij meld ik me aan voor de personeelsbijeenkomst over de fusie op 3 juni in het gemeentehuis."
    decided = _rules(body, None, subject="Aanmelding")
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_colleague_telling_that_a_directors_address_goes_is_no_auto_reply() -> None:
    body = (
        "Namens de afdeling HR laat ik weten dat onze directeur per 1 mei is vertrokken. "
        "Zijn opvolger begint in juni. Het adres van Kees wordt binnenkort opgeheven."
    )
    decided = _rules(body, None, subject="Vertrek directeur")
    assert decided.kind != Kind.AUTOREPLY, decided.reason


def test_a_no_first_and_then_the_leave_dates_is_an_answer_not_an_auto_reply() -> None:
    decided = _rules("Helaas niet, ik ben met verlof van 8 tot en met 19 maart.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_a_sign_up_in_a_pasted_mail_is_for_a_person() -> None:
    body = (
        "Van: secretariaat directie\nAan: info@ambtelijkefusie.nl\nBetreft: aanmelding\n\nGraag melden wij onze nieuwe"
    )
    body += " directeur aan: Jan de Wit, j.dewit@wo-oost.nl."
    decided = _rules(body, None, subject="Aanmelding")
    assert decided.kind == Kind.OTHER, decided.reason
