"""Issue 17, the rounds of stop 29: one regression test per class of failure the new sets showed (devset64 and
devset65; the phrasings are illustrations, not the sets' messages). The rules alone decide here (no model)."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind, classify
from mailservice.classify.context import ThreadMatch
from mailservice.classify.decision import Decision
from mailservice.classify.intents import EVENT_MENTION, NOT_ME, RSVP_NO, RSVP_YES_MORE
from tests.support import mail

CALL = "call_for_themes"
SUBJECTS = {
    CALL: "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
    "invitation": "Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
    "reminder": "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
    "confirmation": "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
    "goodbye": "Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
}


def _rules(body: str, purpose: str | None = None, subject: str | None = None) -> Decision:
    """``body`` in reply to our mail of ``purpose`` (None: a new mail), read by the rules alone."""
    thread = (lambda ids: ThreadMatch(purpose)) if purpose else None
    if subject is None:  # our own subjects, as the replies carry them
        subject = "RE: " + SUBJECTS.get(purpose or "", "Netwerk van directeuren")
    replying = "<ours@ambtelijkefusie.nl>" if purpose else None
    return classify(mail(subject=subject, body=body, in_reply_to=replying), thread=thread, reader=lambda: None)


# -- in answer to the call: theme words that give the reason for a yes or a no are no topic ------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Door de herindeling van ons sociaal domein kan ik op 11 maart niet komen.\n\nPetra",
        "Wegens de begrotingsbehandeling in de drie raden ben ik op 11 maart verhinderd. Een volgende keer graag.",
        "Op 11 maart zit ik in een strategiesessie met het college, dus ik moet helaas afzeggen.",
    ],
)
def test_a_decline_to_the_call_that_names_its_reason_in_theme_words_is_a_decline(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_a_yes_to_the_call_with_a_colleague_of_a_theme_is_a_yes() -> None:
    decided = _rules("Ja, op 11 maart ben ik erbij, samen met onze manager dienstverlening.", CALL)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Ik ben er op 11 maart bij. Graag zou ik het eens hebben over de samenwerking met de provincie.",
        "Ik kom op 11 maart en stel voor het over informatieveiligheid in de organisatie te hebben.",
    ],
)
def test_a_topic_beside_a_yes_to_the_call_is_still_a_topic(body: str) -> None:
    assert _rules(body, CALL).kind == Kind.SUGGESTION


def test_of_a_no_for_the_day_and_a_yes_for_later_the_dated_one_counts() -> None:
    decided = _rules("Op 11 maart moet ik helaas afzeggen. In het najaar ben ik er weer graag bij.", CALL)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_coming_back_to_the_call_later_is_no_yes_and_no_topic() -> None:
    decided = _rules("Goed idee. Ik kom daar later op terug, na overleg over onze strategie.", CALL)
    assert decided.kind == Kind.OTHER, decided.reason
    assert not RSVP_YES_MORE.search("Ik kom hier later op terug")


@pytest.mark.parametrize(
    "body",
    [
        "Een tip voor de vorm: meer in kleine groepen, bijvoorbeeld per regio of per soort samenwerking.",
        "Voor directeuren uit de regio Noord zou een online variant van het atelier veel reistijd schelen.",
        "Dank voor het verslag! Mooi om te zien hoe de samenwerking groeit. Graag tot een volgende keer.",
    ],
)
def test_a_remark_on_the_form_or_thanks_in_answer_to_the_call_is_no_topic(body: str) -> None:
    assert _rules(body, CALL).kind == Kind.OTHER


def test_a_topic_with_a_remark_on_the_form_is_still_a_topic() -> None:
    decided = _rules("Graag een sessie over de samenwerking in de regio, in kleine groepen.", CALL)
    assert decided.kind == Kind.SUGGESTION and decided.themes == ("samenwerking",), decided.reason


# -- a new mail about the atelier ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body", "attending"),
    [
        ("Atelier 11 maart", "Ben erbij!\n\nKarin", True),
        ("atelier", "Kan helaas niet.\n\nGroet, Piet", False),
        ("donderdag 11/3", "Ik ben verhinderd, sorry.\n\nMarco", False),
    ],
)
def test_a_short_new_mail_under_a_subject_naming_the_atelier_answers_it(
    subject: str, body: str, attending: bool
) -> None:
    decided = _rules(body, subject=subject)
    assert decided.kind == Kind.RSVP and decided.attending is attending, decided.reason


def test_a_longer_mail_under_such_a_subject_is_not_read_as_an_answer_for_it() -> None:
    body = "Ik wil graag lid worden van het netwerk van directeuren.\n\nMet vriendelijke groet,\nKees Bos"
    assert _rules(body, subject="atelier").kind == Kind.SUBSCRIBE


def test_a_changed_answer_in_a_new_mail_counts_its_latest_word() -> None:
    body = (
        "Vorige week meldde ik me af voor het atelier, maar mijn overleg met de provincie is verzet. "
        "Ik kom dus toch!\n\nWim"
    )
    decided = _rules(body, subject="Toch aanwezig")
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_keeping_informed_about_an_atelier_is_not_joining_the_network() -> None:
    decided = _rules(
        "Ik kan er in april niet bij zijn. Houd me op de hoogte voor het najaarsatelier.", subject="Atelier"
    )
    assert decided.kind != Kind.SUBSCRIBE, decided.reason


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("het atlier in Utrecht", "atlier"),
        ("voor het najaarsatelier", "najaarsatelier"),
        ("op 11/3 ben ik er", "11/3"),
        ("Donderdagmiddag in Utrecht", "Donderdagmiddag"),
        ("24/7 bereikbaar", None),
        ("twee derde, 2/3 van de gemeenten", None),
        ("materiaal", None),
    ],
)
def test_the_atelier_and_its_day_are_found_in_hurried_writing(text: str, found: str | None) -> None:
    hit = EVENT_MENTION.search(text)
    assert (hit.group(0) if hit else None) == found


def test_not_yet_registered_is_no_denial() -> None:
    assert NOT_ME.search("dat ik me nog niet had aangemeld voor 11 maart") is None
    assert NOT_ME.search("ik heb me niet aangemeld") is not None


def test_a_decline_whose_reason_stands_in_the_sentence_before_is_a_decline() -> None:
    body = (
        "Beste Stan,\n\nOnze manager dienstverlening is met verlof en ik neem haar taken waar. "
        "Op 11 maart lukt het me daardoor niet.\n\nStefan"
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_a_changed_answer_to_the_call_with_its_reason_is_the_latest_answer() -> None:
    body = (
        "Eerder meldde ik dat ik niet kon, maar het overleg over onze samenwerkingsagenda is verzet. "
        "Ik kom dus toch op 11 maart."
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_a_topic_put_as_a_question_beside_a_decline_is_a_topic() -> None:
    body = (
        "Mijn vraag voor het atelier: hoe stel je bestuurlijke prioriteiten als het geld op is?\n"
        "Ik kan op 11 maart helaas niet komen, maar hoor graag wat eruit komt."
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.SUGGESTION and decided.themes == ("strategie",), decided.reason


def test_no_topic_but_present_is_a_yes() -> None:
    decided = _rules("Geen thema's, wel aanwezig.\n\nH. Wiersma", CALL)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_an_out_of_office_that_names_itself_on_its_first_line_is_an_auto_reply() -> None:
    body = (
        "AFWEZIGHEIDSMELDING\n\nIk ben met vakantie tot en met 3 april. Uw bericht wordt na mijn terugkomst gelezen.\n"
        "Voor zaken over organisatie kunt u zich wenden tot Rik Peeters."
    )
    assert _rules(body, CALL).kind == Kind.AUTOREPLY


# -- acts with consequences and their look-alikes (devset66, devset68) ---------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Afmelden", "Graag mij afmelden voor de VNG-nieuwsbrief.\n\nR. Mertens"),
        ("Afmelden nieuwsbrief KING", "Graag afmelden.\n\nR. Mertens"),
    ],
)
def test_leaving_another_organisations_newsletter_is_no_leave(subject: str, body: str) -> None:
    assert _rules(body, subject=subject).kind == Kind.OTHER


def test_a_leave_for_the_whole_network_in_answer_to_the_invitation_leaves_the_network() -> None:
    decided = _rules("Nee.\nAfmelden graag, en dan voor het hele netwerk, niet alleen voor 11 maart.", "invitation")
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Haal me van de lijst en gooi mijn gegevens weg.",
        "Ik ben nooit lid geweest. Verwijder mijn e-mailadres uit uw bestand.",
    ],
)
def test_throwing_away_ones_data_or_address_is_an_erasure(body: str) -> None:
    decided = _rules(body, "reminder")
    assert decided.kind == Kind.UNSUBSCRIBE and decided.erase, decided.reason


def test_denying_a_registration_for_the_atelier_declines_it_and_keeps_the_membership() -> None:
    decided = _rules("Ik heb mij niet voor dit atelier opgegeven; haalt u mij maar van de wachtlijst.", "invitation")
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_a_denial_let_go_in_the_same_breath_is_no_denial() -> None:
    body = "Ik had me zelf niet aangemeld, dat deed mijn secretaresse, maar het is prima: ik doe graag mee."
    assert _rules(body, "confirmation").kind != Kind.UNSUBSCRIBE


def test_a_denial_with_a_wish_to_know_why_stays_a_denial() -> None:
    body = "Ik heb me niet aangemeld, maar wil graag weten hoe u aan mijn adres komt."
    assert _rules(body, "confirmation").kind != Kind.CONFIRM


def test_a_guest_taken_off_beside_ones_own_yes_is_a_yes() -> None:
    decided = _rules("Mijn gast moet helaas afhaken; wilt u hem afmelden? Ik kom zelf gewoon.", "reminder")
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_a_substitute_named_with_an_address_on_the_line_before_is_found() -> None:
    body = (
        "Zelf ben ik die dag op vakantie, maar mijn collega Fatima Idrissi (f.idrissi@dinkelstreek.nl), directeur\n"
        "bedrijfsvoering, komt graag in mijn plaats.\n\nGroeten,\nGerard"
    )
    decided = _rules(body, "invitation")
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason
    assert decided.substitute == "f.idrissi@dinkelstreek.nl"


def test_a_membership_pause_asked_in_answer_to_the_call_goes_to_a_person() -> None:
    body = "Kunt u mijn lidmaatschap een jaar bevriezen? Ik zit midden in een reorganisatie. Opzeggen wil ik niet."
    assert _rules(body, CALL).kind == Kind.OTHER


def test_not_getting_round_to_the_ateliers_is_no_decline() -> None:
    assert RSVP_NO.search("Ik kom niet aan de ateliers toe.") is None


def test_thanks_and_a_request_to_erase_in_answer_to_the_goodbye_are_read_apart() -> None:
    decided = _rules("Prima, dank u. Wilt u dan ook mijn gegevens helemaal verwijderen?", "goodbye")
    assert decided.kind == Kind.UNSUBSCRIBE and decided.erase, decided.reason


def test_where_the_writer_found_us_is_no_pitch() -> None:
    body = "Via de website kwam ik bij uw netwerk terecht. Als algemeen directeur meld ik mij hierbij aan."
    assert _rules(body, subject="Aanmelding").kind == Kind.SUBSCRIBE


# -- topics (devset66, devset67) -----------------------------------------------------------------------------------


def test_a_topic_put_as_a_question_after_its_proposal_is_no_second_question() -> None:
    body = (
        "Ik zou graag met collega's spreken over de directeur als strateeg\n"
        "hoe maakt u ruimte voor een langetermijnvisie in de organisatie?"
    )
    assert _rules(body, CALL).kind == Kind.SUGGESTION


def test_a_topic_proposed_in_so_many_words_beside_a_yes_is_a_topic() -> None:
    body = "Ik kom zeker op 11 maart. Als onderwerp stel ik voor: de woningbouwopgave met de buurgemeenten."
    assert _rules(body, CALL).kind == Kind.SUGGESTION


@pytest.mark.parametrize(
    "body",
    [
        "Ik kom op 11 maart. Onderwerpen volgen nog, daar moet ik eerst het MT over spreken.",
        "I'll be there on 11 March. No topic yet though, sorry!",
        "Op 11 maart ben ik er. Het aandragen van onderwerpen laat ik aan anderen over.",
    ],
)
def test_a_yes_beside_words_about_topics_that_propose_none_is_a_yes(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_a_theme_set_aside_for_another_proposed_instead_is_a_topic() -> None:
    body = (
        "Ik zou deze keer niet over de interne organisatie willen praten. Liever iets naar buiten gericht: "
        "hoe betrekken we ondernemers bij onze dienstverlening?"
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.SUGGESTION and decided.themes == ("dienstverlening",), decided.reason


def test_what_it_is_about_is_no_decline() -> None:
    body = "Het gaat mij deze keer niet om de dienstverlening, maar om de verhouding tussen onze gemeenten."
    assert _rules(body, CALL).kind == Kind.SUGGESTION


def test_someone_who_knew_nothing_is_no_request_about_someone_else() -> None:
    body = (
        "Een buurman moest drie keer bellen over zijn vergunning. Hij wist niet dat ik bij de gemeente werk. "
        "Ik zou het in het atelier graag hebben over het meten van onze dienstverlening."
    )
    assert _rules(body, CALL).kind == Kind.SUGGESTION


def test_english_joint_tasks_are_cooperation() -> None:
    decided = _rules("Joint tasks across our member municipalities: housing and the energy transition.", CALL)
    assert decided.kind == Kind.SUGGESTION and "samenwerking" in decided.themes, decided.reason
