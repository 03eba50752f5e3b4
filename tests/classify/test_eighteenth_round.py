"""Issue 17, the round of stop 38: one regression test per class of failure the stop's development sets showed
unseen (devset117: leaving and its look-alikes; devset118: a year in Groningen and Drenthe; devset119: answers to the
invitation that carry more than one thing; devset120: machines and the people around them). The phrasings are
illustrations in our own words, not the sets' messages. The rules decide alone."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind
from tests.classify.test_ninth_round import CALL, _rules

INVITATION = "invitation"
REMINDER = "reminder"
WELCOME = "welcome"
CONFIRMATION = "confirmation"

# -- a question beside an answer, however it is put --------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # a client wrapped the line before the English "I"
        "Yes, count me in. Quick thing: is there a cloakroom at the venue, or should\nI bring as little as possible?",
        # the question after a dash
        "Op 11 maart kan ik niet. Ik las ergens dat er in april een herhaling is - klopt dat?",
        # after "maar", the verb first
        "Ik ben erbij, fijn initiatief, maar kan de start niet een half uur later?",
    ],
)
def test_a_question_beside_an_answer_goes_to_a_person(body: str) -> None:
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_topic_put_as_a_question_after_maar_stays_a_topic() -> None:
    body = "De rol van de raad in onze GR: wij voeren uit voor vier gemeenten, maar wie stelt eigenlijk de kaders?"
    assert _rules(body, CALL).kind == Kind.SUGGESTION


# -- others signed up beside or instead of the writer --------------------------------------------------------------


def test_an_assistant_registering_the_director_in_a_new_mail_goes_to_a_person() -> None:
    body = (
        "Goedemorgen,\n\nHierbij geef ik mijn directeur, mevrouw T. Albers, op voor het atelier van 11 maart. "
        "Wilt u de bevestiging aan haar sturen?\n\nGroet, Femke (managementondersteuning)"
    )
    decided = _rules(body, None, subject="Aanmelding atelier maart")
    assert decided.kind == Kind.OTHER, decided.reason


def test_an_assistant_registering_the_invited_director_in_reply_stays_an_answer() -> None:
    decided = _rules("Namens mevrouw Albers meld ik haar aan voor het atelier. Zij komt zonder gast.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_a_yes_with_a_colleague_to_sign_up_as_member_goes_to_a_person() -> None:
    body = "Ik ben er graag bij. Kun je ook onze nieuwe adjunct Bram Leeflang als lid aanmelden? b.leeflang@vecht.nl"
    assert _rules(body, INVITATION).kind == Kind.OTHER


# -- someone else's departure ----------------------------------------------------------------------------------------


def test_an_answer_about_an_invitee_who_has_left_goes_to_a_person() -> None:
    body = "Deze mail kwam bij mij terecht. De heer Bakhuis is per 1 februari uit dienst. Hij zal er dus niet zijn."
    assert _rules(body, INVITATION).kind == Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        # forwarded with a note: someone's mailbox is no longer read
        "Ter kennisname doorgestuurd. Mevrouw Dijkhuis is met pensioen en haar mailbox wordt niet meer gelezen. "
        "Voor het atelier verwijs ik u naar haar opvolger.",
        # an absence, but the writer greets us by name and answers all the same
        "Beste Melanie,\n\nIk ben tot en met 20 maart met verlof, maar wilde toch even reageren: wat een mooi "
        "programma. Groet, Ruud",
    ],
)
def test_a_person_who_mentions_an_absence_is_no_auto_reply(body: str) -> None:
    assert _rules(body, REMINDER).kind != Kind.AUTOREPLY


def test_a_plain_out_of_office_is_still_one() -> None:
    body = "Ik ben tot en met 20 maart afwezig. In dringende gevallen kunt u contact opnemen met het secretariaat."
    assert _rules(body, REMINDER).kind == Kind.AUTOREPLY


# -- leaving, said with a leaving of the job -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        ("Afmelden svp, ik ben per 1/6 weg bij de werkorganisatie.", INVITATION),
        ("Mijn taken worden per 1 mei overgenomen door Ellen Smit; wilt u mij alvast afmelden?", REMINDER),
        ("Geen onderwerpen van mij: ik vertrek in maart. Mij graag nu al afmelden.", CALL),
        ("Fine by me. Please end my membership too, I am retiring next month.", INVITATION),
        ("afmeleden svp, ik ga met pensioen", WELCOME),
    ],
)
def test_leaving_with_the_job_is_a_leave(body: str, purpose: str) -> None:
    assert _rules(body, purpose).kind == Kind.UNSUBSCRIBE


def test_not_only_the_atelier_but_all_mail_is_a_leave() -> None:
    body = "Graag afmelden, en wel niet alleen voor 11 maart maar voor alle mailings van het netwerk."
    assert _rules(body, INVITATION).kind == Kind.UNSUBSCRIBE


def test_a_swap_that_asks_to_invite_the_successor_is_a_hand_over() -> None:
    body = "Sinds deze maand is Iris Kok directeur (i.kok@lingewaard-werkt.nl). Wilt u mij afmelden en haar uitnodigen?"
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.UNSUBSCRIBE and decided.successor == "i.kok@lingewaard-werkt.nl", decided.reason


def test_an_answer_with_a_hand_over_for_later_goes_to_a_person() -> None:
    body = "Ik kom graag op 11 maart. In de zomer stop ik; tot die tijd blijf ik lid. Mijn opvolger is nog niet bekend."
    assert _rules(body, INVITATION).kind == Kind.OTHER


def test_no_worries_is_no_decline() -> None:
    decided = _rules("No worries, see you there!", INVITATION)
    assert not (decided.kind == Kind.RSVP and decided.attending is False), decided.reason


# -- our notices -----------------------------------------------------------------------------------------------------


def test_an_acknowledgement_under_the_waiting_list_notice_goes_to_a_person() -> None:
    subject = "RE: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]"
    decided = _rules("Prima, helder. Laat maar weten als er plek komt.", INVITATION, subject=subject)
    assert decided.kind == Kind.OTHER, decided.reason


def test_an_acknowledgement_under_the_reminder_confirms_coming() -> None:
    decided = _rules("Prima, tot donderdag!", REMINDER)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


# -- a denial let go in a later sentence -----------------------------------------------------------------------------


def test_a_sign_up_done_by_someone_else_and_wanted_is_no_withdrawal() -> None:
    body = "Dit heb ik niet zelf aangevraagd, dat deed mijn assistent. Maar het klopt wel: ik wil graag lid worden."
    assert _rules(body, CONFIRMATION).kind != Kind.UNSUBSCRIBE


# -- guards: what the round's wider readings must leave alone --------------------------------------------------------


def test_a_newsletter_footer_that_says_how_to_leave_is_no_leave() -> None:
    body = "Ja, graag.\n\nLees onze nieuwsbrief op www.example.nl. Afmelden kan altijd, met één klik onderaan."
    assert _rules(body, CONFIRMATION).kind != Kind.UNSUBSCRIBE


def test_declining_the_day_under_the_call_with_small_words_between_is_a_decline() -> None:
    decided = _rules("Geen onderwerp van mij, en ik moet me helaas ook afmelden voor 11 maart.", CALL)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


# -- the second round (devset121-124): a leave on a condition, topics that are none, refusals in so many words -------


def test_a_leave_on_a_condition_beside_a_plain_yes_is_the_yes() -> None:
    for purpose in (INVITATION, None):
        decided = _rules("Ik kom graag. Mocht er toch iets tussenkomen, dan meld ik me op tijd af.", purpose)
        assert decided.kind != Kind.UNSUBSCRIBE, decided.reason
    decided = _rules("Zet me maar op de lijst. Mocht het niet lukken, dan meld ik me af.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_a_leave_on_a_condition_alone_goes_to_a_person() -> None:
    decided = _rules("Als het zo doorgaat met al die mails, meld ik me af.", None)
    assert decided.kind == Kind.OTHER, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Even een update van onze kant: sinds januari werken we met vier domeinen en een nieuw besturingsmodel.",
        "Just a quick update from our side: the new HR system went live last week.",
        "Ik heb uw oproep doorgezet naar onze controller. Als zij een onderwerp hebben, mailen ze u zelf.",
        "Een collega stelde de arbeidsmarkt voor. Daar sluit ik me bij aan, zelf heb ik niets toe te voegen.",
    ],
)
def test_an_answer_to_the_call_that_proposes_nothing_is_no_topic(body: str) -> None:
    assert _rules(body, CALL).kind == Kind.OTHER


def test_a_topic_under_the_call_still_is_one() -> None:
    assert _rules("Graag bespreek ik de arbeidsmarkt en het behoud van jonge medewerkers.", CALL).kind == (
        Kind.SUGGESTION
    )


@pytest.mark.parametrize(
    "body",
    [
        "Mijn secretariaat heeft mij aangemeld, maar ik wil hier niet aan deelnemen. Beschouwt u de aanmelding als "
        "ingetrokken.",
        "Deze aanmelding klopt niet: ik werk sinds de zomer bij een adviesbureau. Graag geen lidmaatschap.",
    ],
)
def test_a_refusal_in_so_many_words_under_our_confirmation_is_never_a_confirmation(body: str) -> None:
    decided = _rules(body, CONFIRMATION)
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


def test_a_plain_yes_under_our_confirmation_still_confirms() -> None:
    assert _rules("Ja, dat klopt, ik meld me graag aan.", CONFIRMATION).kind == Kind.CONFIRM


def test_a_colleague_who_wants_to_join_told_with_a_clause_between_is_no_sign_up_of_the_writer() -> None:
    body = "Mijn collega Joost Brink, sinds maart directeur Dienstverlening bij ons, wil ook graag lid worden."
    assert _rules(body, None, subject="Nieuw lid").kind == Kind.OTHER


def test_an_answer_passed_on_for_a_colleague_is_not_the_model_s_to_act_on() -> None:
    from tests.classify.test_learned import Fixed
    from tests.classify.test_seventeenth_round import _read_with

    body = "Mijn collega Ruben Kok van de buurorganisatie vroeg mij door te geven dat hij op 11 maart niet kan."
    assert _read_with(Fixed("rsvp-nee", 0.95), body, INVITATION) == Kind.OTHER


def test_a_no_to_our_side_questions_only_is_no_decline() -> None:
    decided = _rules("Nee, ik neem niemand mee. Bijzondere dieetwensen heb ik evenmin.", INVITATION)
    assert decided.kind == Kind.OTHER, decided.reason
    decided = _rules("Nee, ik kan helaas niet komen.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason
