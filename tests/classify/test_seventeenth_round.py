"""Issue 17, the round of stop 37: one regression test per class of failure the stop's development sets showed
unseen (devset105: a year in the north; devset106: mail under the call that is and is not a topic; devset107:
membership acts and their look-alikes; devset108: answers to the invitation). The phrasings are illustrations in our
own words, not the sets' messages. The rules decide alone, except where the model's part is the point."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind, classify
from mailservice.classify.context import ThreadMatch
from tests.classify.test_learned import Fixed
from tests.classify.test_ninth_round import CALL, _rules
from tests.support import mail

INVITATION = "invitation"
FOLLOWUP = "followup"


def _read_with(model: Fixed, body: str, purpose: str | None = None, subject: str = "Atelier") -> Kind:
    thread = (lambda ids: ThreadMatch(purpose)) if purpose else None
    raw = mail(subject=subject, body=body, in_reply_to="<ours@ambtelijkefusie.nl>" if purpose else None)
    return classify(raw, thread=thread, reader=lambda: model).kind  # type: ignore[arg-type,return-value]


# -- declining the atelier in answer to the call is no leave -----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Kunt u mij afmelden voor het atelier in maart? Lid van het netwerk blijf ik uiteraard.",
        "Wilt u mij afmelden voor de bijeenkomst van 11 maart?",
    ],
)
def test_leaving_the_atelier_under_the_call_declines_it(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_leaving_an_atelier_under_the_follow_up_goes_to_a_person() -> None:
    decided = _rules("Graag afmelden voor het volgende atelier.", FOLLOWUP)
    assert decided.kind == Kind.OTHER, decided.reason


def test_leaving_the_network_under_the_call_stays_a_leave() -> None:
    assert _rules("Graag afmelden, ik heb geen tijd meer voor ateliers.", CALL).kind == Kind.UNSUBSCRIBE
    assert _rules("Graag afmelden voor het atelier en ook voor het netwerk.", CALL).kind == Kind.UNSUBSCRIBE
    # a date alone names no atelier: leaving by then
    assert _rules("Graag afmelden voor 1 april, dan ga ik met pensioen.", CALL).kind == Kind.UNSUBSCRIBE


# -- signing up others -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Graag meld ik ook onze vier teammanagers aan voor het netwerk: Kees Bos, Ans Vos, Jan Wit en Els Smit.",
        "Hierbij meld ik de beide adjunct-directeuren aan als lid.",
        "Mijn collega Henk Dam, directeur bedrijfsvoering, zou ook graag lid worden.",
    ],
)
def test_signing_up_others_without_their_address_is_no_sign_up_of_the_writer(body: str) -> None:
    decided = _rules(body, subject="Aanmelding")
    assert decided.kind == Kind.OTHER, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Graag meld ik mij aan voor het netwerk.",
        "Hierbij geef ik de volgende gegevens op voor mijn aanmelding bij het netwerk:\nNaam: Jan de Vries",
        "Graag meld ik mij aan voor het netwerk. Hierbij geef ik mijn gegevens op: Jan de Vries, directeur.",
    ],
)
def test_the_writer_signing_up_stays_a_sign_up(body: str) -> None:
    assert _rules(body, subject="Aanmelding").kind == Kind.SUBSCRIBE


def test_a_stand_in_for_a_while_is_no_member() -> None:
    body = (
        "Vanaf februari ga ik met studieverlof. Mijn collega Eva Kok (e.kok@gemeente-west.nl) neemt waar. "
        "Wilt u de uitnodigingen tijdens mijn verlof naar haar sturen?"
    )
    decided = _rules(body, subject="Uitnodigingen")
    assert decided.kind == Kind.OTHER, decided.reason


# -- answers about the atelier -----------------------------------------------------------------------------------


def test_a_yes_with_a_late_arrival_after_a_busy_morning_is_a_yes() -> None:
    body = "Ik kom, maar ik zit die ochtend in het presidium. Ik ben er pas rond drie uur; begin gerust zonder mij."
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


@pytest.mark.parametrize(
    "body",
    ["Daar kan ik bij zijn, mooi programma.", "De eerste datum moest ik afzeggen, maar op de nieuwe datum kan ik wel."],
)
def test_a_yes_in_a_short_clause_is_a_yes(body: str) -> None:
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_can_understand_is_no_yes() -> None:
    decided = _rules("Dat kan ik wel begrijpen, maar ik kom niet.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_someone_elses_attendance_in_a_new_mail_is_not_the_models_to_act_on() -> None:
    body = "Hierbij laat ik u weten dat mevrouw De Groot het atelier van 11 maart zal bijwonen."
    assert _read_with(Fixed("rsvp-ja", 0.95), body) == Kind.OTHER
    # in reply to our invitation an assistant answers for the one we invited
    assert _read_with(Fixed("rsvp-ja", 0.95), body, INVITATION) == Kind.RSVP


# -- under the call: a topic changed ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Wilt u mijn onderwerp vervangen? Liever dan de formatie bespreek ik de krapte op de arbeidsmarkt.",
        "Mijn suggestie van vorige week wil ik graag wijzigen: het wordt de samenwerking met de veiligheidsregio.",
    ],
)
def test_a_topic_replaced_goes_to_a_person(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_new_topic_is_still_a_topic() -> None:
    decided = _rules("Mijn voorstel: de krapte op de arbeidsmarkt en hoe we die samen aanpakken.", CALL)
    assert decided.kind == Kind.SUGGESTION, decided.reason


# -- the second round (devset109-112): sign-ups and confirmations, machines and people ----------------------------

CONFIRMATION = "confirmation"


@pytest.mark.parametrize(
    "body",
    [
        "Graag wil ik onze directeur bedrijfsvoering, mevrouw A. Kaya, aanmelden als lid van het netwerk.",
        "Graag meld ik mijzelf aan, en meteen ook mijn collega Jet Vos (j.vos@gemeente-west.nl), directeur sociaal.",
        "Naam: Kees Bos\nFunctie: directeur\nE-mail: k.bos@gemeente-west.nl\n\n"
        "Naam: Ans Vos\nFunctie: directeur\nE-mail: a.vos@gemeente-west.nl",
        "Als beleidsadviseur volg ik de fusies op de voet. Graag word ik lid van uw netwerk.",
        "Graag ontvang ik de nieuwsbrief van het Netwerk Griffiers Noord. Wilt u mij toevoegen aan de verzendlijst?",
    ],
)
def test_a_sign_up_that_is_not_the_writers_alone_goes_to_a_person(body: str) -> None:
    decided = _rules(body, subject="Aanmelding")
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_single_pasted_form_is_still_a_sign_up() -> None:
    body = "Naam: Kees Bos\nOrganisatie: Werkorganisatie West\nFunctie: directeur\nE-mail: k.bos@gemeente-west.nl"
    assert _rules(body, subject="Aanmelding").kind == Kind.SUBSCRIBE


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        ("Graag meld ik mij aan. Wel een vraag: tellen gemeenschappelijke regelingen ook mee?", None),
        ("Confirmed. One more question: is there a fee for the ateliers?", CONFIRMATION),
    ],
)
def test_a_question_the_writer_announces_beside_a_request_goes_to_a_person(body: str, purpose: str | None) -> None:
    decided = _rules(body, purpose, subject=None if purpose else "Aanmelding")
    assert decided.kind == Kind.OTHER, decided.reason


def test_nobody_here_signed_up_denies_the_sign_up() -> None:
    decided = _rules("Dit is een gedeelde postbus. Van dit adres heeft niemand zich aangemeld.", CONFIRMATION)
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason
    # "nobody but me" confirms, and "ik heb niemand opgegeven" speaks of a guest
    assert _rules("Niemand anders dan ik heeft zich aangemeld, dat klopt.", CONFIRMATION).kind != Kind.UNSUBSCRIBE
    assert _rules("Ik kom, maar ik heb niemand opgegeven als gast.", INVITATION).kind == Kind.RSVP


def test_a_decline_that_names_the_day_beside_a_leave_is_a_person_answering() -> None:
    body = "Van 2 tot en met 20 maart ben ik met verlof, dus op de 11e kan ik er helaas niet bij zijn."
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_a_yes_from_holiday_is_a_yes() -> None:
    decided = _rules("Ik zit in de sneeuw zonder laptop, maar kom op 11 maart graag.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_getting_back_to_us_is_no_yes() -> None:
    decided = _rules("Uw mail is doorgestuurd naar mevrouw Bakker. Zij komt er bij u op terug.", INVITATION)
    assert decided.kind != Kind.RSVP, decided.reason


def test_a_supplier_signing_up_goes_to_a_person_and_a_director_naming_one_does_not() -> None:
    body = "Namens Datawijs, leverancier van regiesoftware voor gemeenten, meld ik mij graag aan voor het netwerk."
    assert _rules(body, subject="Aanmelding").kind == Kind.OTHER
    body = "Graag meld ik mij aan voor het netwerk. Met Datawijs, leverancier van ons zaaksysteem, werken we al jaren."
    assert _rules(body, subject="Aanmelding").kind == Kind.SUBSCRIBE


# -- the third round (devset113-114): short mails under our notices ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Prima, dank", "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"),
        ("Jammer", "RE: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"),
        ("Ok", "RE: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]"),
        ("Ja", "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"),
    ],
)
def test_a_bare_word_under_a_notice_that_asks_nothing_goes_to_a_person(body: str, subject: str) -> None:
    decided = _rules(body, INVITATION, subject=subject)
    assert decided.kind == Kind.OTHER, decided.reason


def test_what_our_notices_ask_for_in_words_still_counts() -> None:
    reminder = "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
    decided = _rules("Helaas", INVITATION, subject=reminder)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason
    changed = "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
    decided = _rules("Ik kan toch niet.", INVITATION, subject=changed)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason
    # under the invitation itself a bare yes answers its question
    assert _rules("Ja", INVITATION).kind == Kind.RSVP


def test_not_this_time_under_the_call_proposes_nothing() -> None:
    assert _rules("Not this time.", CALL).kind == Kind.OTHER


def test_others_counted_with_the_verb_last_are_no_sign_up_of_the_writer() -> None:
    body = "Graag zou ik ook onze twee teamleiders aanmelden: Eva Dam en Jan Wit. Hun adressen volgen nog."
    assert _rules(body, subject="Aanmelding").kind == Kind.OTHER


# -- the fourth round (devset115-116): seats passed on, and answers under the cancellation -------------------------


def test_a_hand_over_for_later_with_staying_until_then_goes_to_a_person() -> None:
    body = (
        "Per 1 september ga ik met pensioen. Mijn opvolger wordt Eva Kok, e.kok@gemeente-west.nl. Tot die tijd "
        "blijf ik lid. Wilt u haar dan op de lijst zetten en mij eraf halen?"
    )
    decided = _rules(body, subject="Opvolging")
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_decline_under_the_cancellation_goes_to_a_person() -> None:
    cancelled = "RE: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
    decided = _rules("Voor de nieuwe datum: op vrijdagen kan ik niet.", INVITATION, subject=cancelled)
    assert decided.kind == Kind.OTHER, decided.reason
    # a yes there may register for a later atelier
    decided = _rules("Jammer. Voor het atelier in november meld ik me bij deze aan.", INVITATION, subject=cancelled)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_a_colleague_dropping_out_is_no_decline_of_the_writer() -> None:
    decided = _rules("Ik kom, maar zonder mijn collega: die haakt af.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_passing_things_on_is_no_pass() -> None:
    decided = _rules("I am covering for him until June; I'll pass on whatever is relevant.", INVITATION)
    assert decided.kind != Kind.RSVP, decided.reason
