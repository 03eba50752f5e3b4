"""Issue 17, the round of stop 32: one regression test per class of failure the new development sets showed (devset89
to devset92; the phrasings are illustrations, not the sets' messages). The rules alone decide here (no model).
Answers typed between the lines of our quoted mail have their own file, test_between_ours.py."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind, themes
from mailservice.classify.quotes import own_text
from tests.classify.test_ninth_round import CALL, _rules

FOLLOWUP = "followup"

# -- a look back at the last atelier is no topic ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Stan,\n\nVerslag gelezen, helder samengevat. Het gesprek over digitalisering liep flink uit, maar dat "
        "was het waard.\n\nGroet, Anton",
        "Thanks for a great session on Thursday - the talk on strategy was spot on. Looking forward to reading the "
        "notes.\n\nMark",
        "Jammer dat er zo weinig tijd overbleef voor de ronde over dienstverlening. Voor de rest een fijne middag.",
    ],
)
def test_feedback_on_the_last_atelier_under_the_follow_up_is_no_topic(body: str) -> None:
    decided = _rules(body, FOLLOWUP)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_colleagues_plan_reported_is_no_topic_of_the_writers() -> None:
    body = (
        "Weet u of mijn collega Ria Smits al iets heeft ingestuurd? Zij vertelde dat ze een onderwerp over de "
        "regionale samenwerking wilde aandragen."
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_leaving_the_topics_to_the_adviesraad_beside_a_yes_is_the_yes() -> None:
    decided = _rules("Ik ben erbij op 11 maart. De onderwerpen laat ik graag aan de Adviesraad over.", CALL)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_no_topic_and_no_time_with_the_reason_after_it_is_a_decline() -> None:
    body = "Ik heb nu geen onderwerpen en ben er deze keer ook niet bij; dat valt samen met onze begrotingsraad."
    decided = _rules(body, CALL)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_making_the_atelier_hybrid_is_a_remark_on_the_form() -> None:
    decided = _rules("Voorstel: maak de ateliers voortaan hybride, het is voor ons anderhalf uur rijden.", CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_topic_about_a_tool_on_the_website_put_as_a_question_is_a_topic() -> None:
    body = "Een chatbot op de website die inwoners 's nachts de weg wijst naar het juiste loket: wie heeft ervaring?"
    decided = _rules(body, CALL)
    assert decided.kind == Kind.SUGGESTION and decided.themes == ("dienstverlening",), decided.reason


# -- answers about someone else's coming, and coming late ------------------------------------------------------------


def test_an_assistants_new_mail_that_he_is_prevented_goes_to_a_person() -> None:
    body = "Namens de heer Veenstra meld ik u dat hij jammer genoeg verhinderd is op 11 maart."
    decided = _rules(body)
    assert decided.kind == Kind.OTHER, decided.reason


def test_coming_late_because_of_a_meeting_until_then_is_a_yes() -> None:
    decided = _rules("Ik kom, maar later: tot die tijd zit ik in het dagelijks bestuur.", "invitation")
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_needing_no_seat_any_more_leaves_the_waiting_list() -> None:
    decided = _rules("Die middag is inmiddels vol. Ik heb geen plaats meer nodig.", "invitation")
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


# -- a leave typed after our footer's question -----------------------------------------------------------------------

FOOTER = (
    "\n\n-- \nU ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
    "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
)


@pytest.mark.parametrize("typed", [" [afmelden graag]", " Uitschrijven svp, ik ga met pensioen", "\nafmelden aub"])
def test_a_leave_typed_after_our_footer_question_leaves_the_network(typed: str) -> None:
    assert own_text(FOOTER + typed).footer_yes
    decided = _rules(FOOTER + typed, "invitation")
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


def test_leaving_the_atelier_after_our_footer_question_is_no_footer_answer() -> None:
    assert not own_text(FOOTER + "\nafmelden voor het atelier graag").footer_yes


# -- theme words ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("De overgang naar iBabs voor onze drie griffies", "organisatie"),
        ("Common Ground en wat dat betekent voor ons applicatielandschap", "organisatie"),
        ("De ENSIA-verantwoording: wie is eigenaar?", "organisatie"),
        ("Welke maatschappelijke opgaven krijgen bij ons voorrang?", "strategie"),
    ],
)
def test_theme_words_of_the_field(text: str, theme: str) -> None:
    assert set(themes.themes_in(text)) == {theme}


# -- second round (devset93 to devset96): requests taken back or made as a joke, and other look-alikes --------------


@pytest.mark.parametrize(
    "body",
    [
        "Schrap mij maar van de ledenlijst, het wordt me te veel. Ach nee, laat maar, ik blijf toch lid.",
        "Uitschrijven graag. Never mind, scratch that: I'll stay on.",
        "Nog één herinnering en ik schrijf me uit 😉 Nee hoor, grapje. Ik stuur later een onderwerp.",
        "Zoveel mail, ik zou me bijna afmelden, hihi. Maar ze zijn altijd kort en helder.",
    ],
)
def test_a_leave_taken_back_or_made_as_a_joke_goes_to_a_person(body: str) -> None:
    decided = _rules(body, "reminder")
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_changed_answer_about_the_atelier_still_carries_the_latest_answer() -> None:
    decided = _rules("Ik kom niet. Laat maar, het overleg is verschoven: ik kom toch.", "invitation")
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_a_colleagues_leave_passed_on_by_the_writer_goes_to_a_person() -> None:
    body = "Mijn collega Fenna de Boer heeft me gevraagd door te geven dat zij zich wil afmelden als lid."
    decided = _rules(body)
    assert decided.kind == Kind.OTHER, decided.reason


def test_ending_ones_participation_in_the_network_is_a_leave() -> None:
    body = "Hierbij zeg ik mijn deelname aan het netwerk per 1 juli op.\n\nHoogachtend,\nA. de Wit"
    decided = _rules(body)
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


@pytest.mark.parametrize("body", ["Vergeet mij, alstublieft.", "Ik wil nergens meer in uw bestanden voorkomen."])
def test_being_forgotten_is_an_erasure(body: str) -> None:
    decided = _rules(body)
    assert decided.kind == Kind.UNSUBSCRIBE and decided.erase, decided.reason


def test_a_hand_over_of_ones_place_in_the_network_beside_a_decline_is_the_hand_over() -> None:
    body = "Ik kom niet, ik ga met pensioen. Mijn plaats in het netwerk is voor Eva Smit: e.smit@wo-zuid.nl."
    decided = _rules(body, "invitation")
    assert decided.kind == Kind.UNSUBSCRIBE and decided.successor == "e.smit@wo-zuid.nl", decided.reason


def test_a_yes_and_a_request_to_send_something_goes_to_a_person() -> None:
    decided = _rules("Ik meld mij aan voor het atelier. Zou u mij de presentaties vooraf willen sturen?", "invitation")
    assert decided.kind == Kind.OTHER, decided.reason


def test_asking_whether_one_may_join_at_all_goes_to_a_person() -> None:
    body = "Ik wil me graag aanmelden, maar ik leid een regionale uitvoeringsdienst. Mag ik dan wel lid worden?"
    decided = _rules(body)
    assert decided.kind == Kind.OTHER, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Ik ben met verlof tot 1 maart. Ik wil u wel even laten weten dat ik op 11 maart graag kom.",
        "I'm away until Friday. As for the atelier: yes, I will be there.",
    ],
)
def test_an_answer_told_inside_an_absence_notice_is_read(body: str) -> None:
    decided = _rules(body, "invitation")
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


@pytest.mark.parametrize(
    "body", ["Lastige datum, dan is het hier voorjaarsvakantie.", "Hm, 11 maart komt mij slecht uit."]
)
def test_an_awkward_date_without_an_answer_goes_to_a_person(body: str) -> None:
    decided = _rules(body, "invitation")
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_yes_that_must_become_a_no_is_a_no() -> None:
    body = "Ja, ik kom.\n\nPS Ik zie net dat de raad die avond vergadert. Mijn ja moet dus een nee worden, sorry."
    decided = _rules(body, "invitation")
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_holding_the_atelier_elsewhere_is_a_remark_on_the_form() -> None:
    body = "Ik kom. Wel een idee: zou u het atelier eens in het noorden van het land willen organiseren?"
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


# -- third round (devset97 to devset100) ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        ("kan niet meer komen, ben weg bij de wo. opvolger: Anouk Peters a.peters@wo-zuid.nl", "invitation"),
        ("Opvolger is Mark Visser, m.visser@gemeente-oost.nl", "goodbye"),
    ],
)
def test_a_successor_given_as_a_label_is_a_hand_over(body: str, purpose: str) -> None:
    decided = _rules(body, purpose)
    assert decided.kind == Kind.UNSUBSCRIBE and decided.successor, decided.reason


def test_an_answer_about_the_atelier_under_an_old_confirmation_request_is_the_answer() -> None:
    body = (
        "Ik antwoord maar op deze oude mail, de uitnodiging ben ik kwijt. Ik kom graag naar het atelier van 11 maart."
    )
    decided = _rules(body, "confirmation")
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_doing_it_online_for_once_is_a_remark_on_the_form() -> None:
    decided = _rules("idee: doe het eens online, scheelt veel reistijd", CALL)
    assert decided.kind == Kind.OTHER, decided.reason


# -- under our confirmation request --------------------------------------------------------------------------------


def test_a_yes_with_a_question_about_a_colleague_under_the_confirmation_request_goes_to_a_person() -> None:
    body = "In principe ja, maar is het lidmaatschap ook open voor onze controller? Hij zou graag meegaan."
    decided = _rules(body, "confirmation")
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_no_that_wants_to_know_where_we_got_the_address_goes_to_a_person() -> None:
    body = "Nee. En ik wil graag weten hoe u aan dit adres komt, want ik heb niets ingevuld."
    decided = _rules(body, "confirmation")
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_yes_to_the_atelier_named_the_sentence_before_under_the_confirmation_request_is_no_confirmation() -> None:
    """The rules leave it to the reading of an RSVP (here the learned model's; the rules alone, a person)."""
    body = "De uitnodiging voor het atelier van 11 maart heb ik gekregen. Ik kom graag, met een collega."
    decided = _rules(body, "confirmation")
    assert decided.kind != Kind.CONFIRM, decided.reason
