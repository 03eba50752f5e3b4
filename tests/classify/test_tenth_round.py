"""Issue 17, the round of stop 30: one regression test per class of failure the new development sets showed (devset69
to devset73; the phrasings are illustrations, not the sets' messages). The rules alone decide here (no model), except
where the test is about what the model may do."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind, classify, weigh
from mailservice.classify.learned import Guess
from mailservice.classify.rules import said_yes
from tests.classify.test_ninth_round import CALL, _rules

# -- a denial under our confirmation request is never a confirmation ----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Nee, dank u. Ik wil geen lid worden.",
        "Nee bedankt, lid worden is niet aan de orde.",
        "ik heb me neit aangemeld hoor",
        "Dit heb ik neit aangevraagd.",
    ],
)
def test_a_refusal_or_a_typed_denial_under_the_confirmation_request_withdraws_the_sign_up(body: str) -> None:
    decided = _rules(body, "confirmation")
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("Ik wil geen lid worden.", None),
        ("Niet akkoord.", None),
        ("Ja, graag lid worden.", "Ja"),
        ("Geen probleem, akkoord.", "akkoord"),
    ],
)
def test_a_yes_word_right_after_a_negation_is_no_yes(text: str, yes: str | None) -> None:
    found = said_yes(text)
    assert (found.group(0) if found else None) == yes


def test_a_plain_yes_under_the_confirmation_request_still_confirms() -> None:
    assert _rules("Ja, graag. Ik word lid.", "confirmation").kind == Kind.CONFIRM


# -- leaving the network in words without the usual verb ------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Mijn assistent stuurde dit door. Ik wil niet meer deelnemen aan het netwerk, haal mij eraf.",
        "Lid wil ik niet langer zijn. Met vriendelijke groet, Jan",
        "Ik wil geen lid meer zijn van dit netwerk.",
    ],
)
def test_not_wanting_to_take_part_any_more_leaves_the_network(body: str) -> None:
    decided = _rules(body, "invitation")
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


def test_not_wanting_to_wait_any_more_is_no_leave() -> None:
    assert _rules("Ik wil niet langer wachten op het verslag. Wanneer komt het?").kind != Kind.UNSUBSCRIBE


def test_a_seat_in_the_network_taken_over_by_a_named_successor_is_a_hand_over() -> None:
    body = (
        "Per 1 februari ben ik vertrokken.\nMijn plek in het netwerk neemt Karin de Wit over, k.dewit@wo-noord.nl.\n"
        "Groet, Theo"
    )
    decided = _rules(body, "invitation")
    assert decided.kind == Kind.UNSUBSCRIBE and decided.successor, decided.reason


def test_a_seat_at_the_atelier_given_to_a_colleague_is_no_hand_over() -> None:
    decided = _rules("Ik kan niet. Mijn plek op het atelier gaat naar Karin de Wit, k.dewit@wo-noord.nl.", "invitation")
    assert not decided.successor, decided.reason


def test_the_model_does_not_act_on_leaving_where_the_writer_says_they_stay() -> None:
    guess = Guess("unsubscribe", 0.97)
    assert weigh.on_nothing(guess, None, stays=True).verdict == weigh.Verdict.ASK
    assert weigh.on_nothing(guess, None).verdict == weigh.Verdict.ADOPT


def test_leaving_the_job_and_staying_on_the_list_is_read_as_staying() -> None:
    body = "I am leaving the municipality in May; my successor will contact you. Until then please keep me on the list."
    text = classify(_mail(body), reader=lambda: None)
    assert text.kind != Kind.UNSUBSCRIBE, text.reason


def _mail(body: str) -> bytes:
    from tests.support import mail

    return mail(subject="Leaving", body=body)


# -- answers about the next atelier under the call and the follow-up -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "attending"),
    [
        ("Mooie middag, dank. Het volgende atelier ben ik er zeker weer bij.", True),
        ("Reken voor de volgende bijeenkomst maar weer op mij.", True),
        ("Volgende keer graag weer van de partij!", True),
        ("Ik kom in het voorjaar zeker weer.", True),
        ("Voor het volgende atelier moet ik u teleurstellen: dan kan ik niet.", False),
    ],
)
def test_an_answer_about_the_next_atelier_under_the_follow_up_is_an_rsvp(body: str, attending: bool) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.RSVP and decided.attending is attending, decided.reason


def test_having_come_to_the_last_atelier_is_no_answer_to_the_call() -> None:
    decided = _rules("Vorige keer was ik er ook bij, het was erg goed.", CALL)
    assert decided.kind != Kind.RSVP, decided.reason


def test_a_decline_now_and_coming_next_time_in_one_sentence_under_the_invitation_declines() -> None:
    decided = _rules("Ik meld me af voor 11 maart, maar kom de volgende keer graag weer.", "invitation")
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_a_when_that_heads_a_topic_question_introduces_the_topic() -> None:
    body = "Voor het volgende atelier:\nhoe houd je als werkorganisatie de raden van vier gemeenten goed geinformeerd?"
    assert _rules(body, CALL).kind == Kind.SUGGESTION


@pytest.mark.parametrize(
    "body",
    [
        "Wat mij betreft duurt het atelier een uur korter, tip voor de volgende keer.",
        "Misschien een idee om er de volgende keer een hele dag van te maken, met een lunch vooraf.",
        "Volgende keer graag een locatie dichter bij het station.",
    ],
)
def test_a_remark_on_the_form_for_next_time_is_no_topic(body: str) -> None:
    assert _rules(body, CALL).kind == Kind.OTHER


# -- answers outside the invitation ---------------------------------------------------------------------------------


def test_an_earlier_decline_told_in_the_past_tense_beside_a_yes_now_is_a_yes() -> None:
    body = "Ik meldde me eerder af voor het atelier van 11 maart, maar het lukt nu toch. Zet me weer op de lijst."
    decided = _rules(body, None, subject="Aanmelding atelier 11 maart")
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_signing_up_for_a_regiodag_is_no_answer_to_our_atelier() -> None:
    decided = _rules("Hierbij meld ik mij aan voor de themadag op 2 april in Assen.", None, subject="Aanmelding")
    assert decided.kind == Kind.OTHER, decided.reason


def test_asking_to_join_online_beside_a_decline_goes_to_a_person() -> None:
    decided = _rules("Kan ik ook online aansluiten? Ik zit die dag in Groningen.", "reminder")
    assert decided.kind == Kind.OTHER, decided.reason


def test_no_to_the_atelier_named_in_a_sentence_with_niet_is_a_decline_outside_the_thread() -> None:
    decided = _rules("Kort bericht: ik ga niet naar het atelier op 11 maart, te druk.", None, subject="Agenda")
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_a_yes_for_next_time_beside_a_look_back_answers_the_call() -> None:
    decided = _rules("volgende keer ben ik er weer bij, was een mooie middag", CALL)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


# -- replies to the call: what is no topic ---------------------------------------------------------------------------


def test_no_topic_and_a_decline_with_theme_words_as_the_reason_is_a_decline() -> None:
    body = "No topic from me, and I cannot attend on 11 March: we are reorganising our finance and HR teams."
    decided = _rules(body, CALL)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_naming_the_list_of_themes_is_no_topic() -> None:
    body = (
        "Geen aanvullingen: strategie, samenwerking, organisatie en dienstverlening dekken alles. Ik kom op 11 maart."
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_a_remark_on_the_format_with_theme_words_is_no_topic() -> None:
    body = "Een opmerking over het format: het plenaire deel over de samenwerking in de regio duurde te lang."
    assert _rules(body, CALL).kind == Kind.OTHER


def test_asking_whether_others_may_answer_the_call_goes_to_a_person() -> None:
    body = "Onze gemeentesecretarissen denken graag mee over de samenwerking. Mogen zij zelf op de oproep reageren?"
    assert _rules(body, CALL).kind == Kind.OTHER


# -- sign-ups, leaves and erasures in other words --------------------------------------------------------------------


def test_not_yet_a_member_but_becoming_one_under_a_forwarded_invitation_joins_the_network() -> None:
    body = "Deze uitnodiging kreeg ik van een collega. Ik ben nog geen lid van uw netwerk, maar word dat graag."
    decided = _rules(body, "invitation")
    assert decided.kind == Kind.SUBSCRIBE, decided.reason


def test_not_wanting_to_be_a_member_under_the_welcome_and_wiping_the_data_is_an_erasure() -> None:
    decided = _rules("Ik wil hier geen lid van zijn. Wis mijn naam en adres alstublieft volledig.", "welcome")
    assert decided.kind == Kind.UNSUBSCRIBE and decided.erase, decided.reason


def test_knowing_a_name_is_no_erasure() -> None:
    assert not _rules("Wist u mijn naam nog? We spraken elkaar in Zwolle.").erase


def test_an_empty_reply_with_a_disclaimer_under_the_confirmation_request_confirms() -> None:
    body = (
        "Met vriendelijke groet,\n\nAnne Bos\nDirecteur\n\n"
        "Heeft u deze e-mail ten onrechte ontvangen? Wilt u dan de afzender informeren en dit bericht verwijderen."
    )
    assert _rules(body, "confirmation").kind == Kind.CONFIRM


# -- the second round of stop 30 (devset74 to devset76) --------------------------------------------------------------


def test_i_will_be_at_the_atelier_answers_the_call() -> None:
    decided = _rules("No topics from me, but I'll certainly be at the atelier on 11 March.", CALL)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_a_decline_of_the_named_atelier_beside_staying_in_the_network_is_a_decline() -> None:
    body = "I cannot attend the atelier next week. I do want to stay in the network, of course."
    decided = _rules(body, None, subject="Afmelding atelier 11 maart")
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_not_a_topic_but_a_remark_on_the_ateliers_is_no_topic() -> None:
    body = "Not a topic, but a suggestion about the ateliers themselves: could they start an hour earlier?"
    assert _rules(body, CALL).kind == Kind.OTHER


def test_a_polite_request_to_sign_up_a_named_colleague_is_the_sign_up_itself() -> None:
    body = "Our deputy, Anna Berg (a.berg@wo-zuid.nl), would like to join the network. Could you please sign her up?"
    decided = _rules(body)
    assert decided.kind == Kind.SUBSCRIBE and decided.member_email == "a.berg@wo-zuid.nl", decided.reason


@pytest.mark.parametrize("body", ["\U0001f44d", "\u2705", "\U0001f44d\U0001f3fd"])
def test_a_thumb_or_a_tick_under_the_invitation_is_a_yes(body: str) -> None:
    decided = _rules(body, "invitation")
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_a_leave_someone_else_wrote_quoted_is_no_leave() -> None:
    body = (
        "Een oud-collega schreef me: 'Meld me maar af bij dat netwerk, ik heb er geen tijd meer voor.' Wilt u dat doen?"
    )
    assert _rules(body).kind != Kind.UNSUBSCRIBE


def test_only_the_quoted_words_are_someone_elses() -> None:
    body = "Mijn collega schreef u al: 'ik kom niet'. Zelf wil ik mij graag afmelden voor het netwerk."
    assert _rules(body).kind == Kind.UNSUBSCRIBE


def test_an_erasure_only_imagined_is_a_question() -> None:
    body = "Als ik een verzoek tot verwijdering van mijn gegevens zou indienen, krijg ik dan nog de verslagen?"
    decided = _rules(body, None, subject="AVG vraag")
    assert decided.kind == Kind.OTHER and not decided.erase, decided.reason


def test_introducing_oneself_is_no_topic() -> None:
    body = "Sinds januari ben ik directeur van een werkorganisatie in de regio. Zet mij maar op de lijst."
    assert _rules(body, None, subject="Even voorstellen").kind == Kind.SUBSCRIBE


def test_a_workshop_for_another_congress_is_no_topic_for_us() -> None:
    body = "Voor het congres van de VDP stel ik de volgende workshop voor: digitaal werken met drie raden."
    assert _rules(body, None, subject="Call for workshops").kind == Kind.OTHER


def test_asking_whether_we_know_goes_to_a_person_under_the_call() -> None:
    body = "Mijn voorganger stuurde vorig jaar een onderwerp over de regio in. Weten jullie of dat is meegenomen?"
    assert _rules(body, CALL).kind == Kind.OTHER


def test_a_website_in_a_proposed_topic_is_the_topic() -> None:
    decided = _rules("Voorstel: een digitale assistent op de website voor vragen van inwoners.", CALL)
    assert decided.kind == Kind.SUGGESTION and "dienstverlening" in decided.themes, decided.reason


def test_giving_a_topic_along_with_a_decline_is_a_suggestion() -> None:
    body = (
        "Ik kan er op 11 maart niet bij zijn, maar geef graag een onderwerp mee:\n"
        "hoe ga je om met een deelnemende gemeente die wil uittreden?"
    )
    assert _rules(body, CALL).kind == Kind.SUGGESTION


def test_a_split_uitschrijven_beside_a_decline_leaves_the_network() -> None:
    decided = _rules("Nee helaas, en schrijf mij maar uit: onze werkorganisatie wordt opgeheven.", "invitation")
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


def test_joining_the_network_under_a_forwarded_call_is_a_sign_up() -> None:
    decided = _rules("Een collega stuurde me dit door. Ik wil me graag aanmelden voor het netwerk.", CALL)
    assert decided.kind == Kind.SUBSCRIBE, decided.reason


def test_a_denial_with_a_question_under_the_welcome_goes_to_a_person() -> None:
    decided = _rules("Waar gaat dit over? Ik ken dit netwerk niet.", "welcome")
    assert decided.kind == Kind.OTHER, decided.reason


def test_keeping_ones_data_erased_after_a_hand_over_is_an_erasure() -> None:
    decided = _rules(
        "Mijn opvolger is Ruben Kok (r.kok@wo-oost.nl). Mijn eigen gegevens wil ik daarna verwijderd hebben."
    )
    assert decided.kind == Kind.UNSUBSCRIBE and decided.erase, decided.reason


# -- answers inside our quoted mail -----------------------------------------------------------------------------------

_OUTLOOK = (
    "\n\nVan: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
    "Verzonden: dinsdag 2 maart 2027 09:00\nAan: Jan Bos <j.bos@wo-west.nl>\n"
    "Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]\n\nBeste Jan Bos,\n\n"
    'Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".\n{answer}\n'
    "Graag uw antwoord vóór 2 maart 2027.\n\nMet vriendelijke groet,\n\nStan van de Laar\n"
)


def test_answers_in_colour_inside_our_unmarked_quote_that_are_not_found_go_to_a_person_not_to_a_guess() -> None:
    """The colour is lost in plain text. Where no line of the quote is the writer's own (the answer was a word
    coloured inside our line), a person reads the mail."""
    body = "Zie mijn antwoorden in het blauw hieronder.\n\nJan" + _OUTLOOK.format(answer="")
    decided = classify(mail_to_us(body), reader=lambda: None)
    assert decided.kind == Kind.OTHER and decided.rule == "antwoord-in-onze-tekst", decided.reason


def test_answers_in_colour_on_lines_of_their_own_inside_our_unmarked_quote_are_read() -> None:
    """Stop 32: a line the writer typed between ours is told from ours by our templates' words (classify.ours)."""
    body = "Zie mijn antwoorden in het blauw hieronder.\n\nJan" + _OUTLOOK.format(answer="Nee, ik ben op vakantie.")
    decided = classify(mail_to_us(body), reader=lambda: None)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_answers_in_capitals_inside_our_unmarked_quote_are_read() -> None:
    body = "Antwoord in hoofdletters in de tekst." + _OUTLOOK.format(answer="NEE, IK BEN DAN OP VAKANTIE.")
    decided = classify(mail_to_us(body), reader=lambda: None)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_a_forward_with_the_writers_text_under_the_quote_is_read() -> None:
    body = (
        "---------- Forwarded message ---------\nVan: Kees <k@wo.nl>\nSubject: FW: atelier\n\n"
        "> Beste Kees,\n> Welk vraagstuk wilt u bespreken?\n\n"
        "Beste secretariaat, ik ben nog geen lid, maar wil dat graag worden. Kunt u mij aanmelden?\n\nEllen"
    )
    assert classify(mail_to_us(body), reader=lambda: None).kind == Kind.SUBSCRIBE


def mail_to_us(body: str) -> bytes:
    from tests.support import mail

    return mail(subject="RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]", body=body)


def test_our_proposal_still_proposes_where_introducing_oneself_does_not() -> None:
    body = "Anja, stuur jij dit terug?\n\nOns voorstel: de positie van onze werkorganisatie naast de centrumgemeente."
    assert _rules(body, CALL).kind == Kind.SUGGESTION


# -- the third round of stop 30 (devset77 to devset80) ---------------------------------------------------------------


def test_a_sign_up_form_from_a_secretariat_mailbox_does_not_enrol_that_mailbox() -> None:
    body = (
        "Graag aanmelden:\n\nNaam: Gerard Vink\nOrganisatie: Werkorganisatie Duinstreek\nFunctie: directeur\n\n"
        "Met vriendelijke groet,\nSecretariaat Directie"
    )
    decided = _rules(body)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_sign_up_form_of_ones_own_still_enrols() -> None:
    body = "Graag aanmelden:\n\nNaam: Gerard Vink\nOrganisatie: Werkorganisatie Duinstreek\nFunctie: algemeen directeur"
    assert _rules(body).kind == Kind.SUBSCRIBE


def test_a_secretary_holding_the_confirmation_request_for_her_director_is_no_consent() -> None:
    body = "De heer Koster is tot 18 december met vakantie. Ik leg uw bericht bij zijn terugkomst aan hem voor."
    assert _rules(body, "confirmation").kind == Kind.OTHER


def test_taking_the_leave_back_under_the_goodbye_keeps_the_member() -> None:
    decided = _rules("Toch maar niet: ik blijf graag lid. Excuses voor de verwarring.", "goodbye")
    assert decided.kind == Kind.SUBSCRIBE, decided.reason


def test_someone_elses_answer_as_a_new_mail_goes_to_a_person() -> None:
    body = "Namens de heer Koster laat ik u weten dat hij graag aanwezig is bij het atelier van 11 maart."
    assert _rules(body, None, subject="Atelier 11 maart").kind == Kind.OTHER


def test_an_assistants_decline_in_reply_to_the_invitation_answers_for_the_one_invited() -> None:
    decided = _rules("De heer De Graaf kan zelf helaas niet aanwezig zijn op 11 maart.", "invitation")
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_handing_over_ones_function_with_the_successors_address_is_a_hand_over() -> None:
    body = (
        "Per 1 mei draag ik mijn functie als directeur over aan mevrouw Jolanda Verhoef. Ik verzoek u mij per die "
        "datum af te melden en haar in mijn plaats als lid in te schrijven: j.verhoef@wo-ahw.nl."
    )
    decided = _rules(body)
    assert decided.kind == Kind.UNSUBSCRIBE and decided.successor == "j.verhoef@wo-ahw.nl", decided.reason


def test_a_topic_put_modestly_is_no_doubt_about_coming() -> None:
    body = "Misschien een idee voor een keer: hybride werken en leiderschap in de werkorganisatie."
    decided = _rules(body, None, subject="Idee voor het atelier")
    assert decided.kind == Kind.SUGGESTION, decided.reason


def test_uitschrijven_typed_in_a_hurry_leaves() -> None:
    assert _rules("graag uitscrijven, ik ben niet meer werkzaam als directeur").kind == Kind.UNSUBSCRIBE


def test_a_confirmation_with_a_predecessors_leave_goes_to_a_person() -> None:
    body = "Bevestigd. Mijn voorganger Jan Pietersen kunt u van de lijst halen; ik ben zijn opvolger."
    assert _rules(body, "confirmation").kind == Kind.OTHER


def test_naming_another_time_for_the_next_atelier_under_the_call_goes_to_a_person() -> None:
    assert _rules("Het volgende atelier in september sla ik helaas over.", CALL).kind == Kind.OTHER
