"""Issue 17, the round of stop 39: one regression test per class of failure the stop's development sets showed
unseen (devset125: other mail that looks like a decline; devset126: replies under the call that propose nothing;
devset127: yeses said with negative words and noes with positive ones; devset128: leaving or declining; devset129:
replies under our confirmation; devset130: leaving words that are no leave). The phrasings are illustrations in our
own words, not the sets' messages. The rules decide alone."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind
from tests.classify.test_ninth_round import CALL, _rules

INVITATION = "invitation"
REMINDER = "reminder"
CONFIRMATION = "confirmation"
FOLLOWUP = "followup"
GOODBYE = "goodbye"

# -- an erasure asked in everyday words is never a plain leave -------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Ik ben weg bij de GR. Schrap me van de lijst en gooi alles wat jullie van mij hebben meteen weg.",
        "Graag afmelden, en dan ook al het overige dat u over mij bewaart verwijderen. Dank u.",
        "Haal me eraf. Ik wil niet dat u nog gegevens van mij bewaart, in welk bestand ook.",
        "Uitschrijven graag, en haal mijn adres overal weg.",
        "Stop met deze mails; ik wil niet meer in uw administratie voorkomen.",
    ],
)
def test_an_erasure_in_everyday_words_is_an_erasure(body: str) -> None:
    decided = _rules(body, REMINDER)
    assert decided.kind == Kind.UNSUBSCRIBE and decided.erase, decided.reason


# -- under our confirmation: a polite refusal, someone else's consent, a condition ----------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Nee, dank u. Ik ben met pensioen, dus voor mij hoeft het niet meer.",
        "No thanks. I have moved to a job in the private sector.",
        "Ik stop binnenkort als directeur, dus lid worden heeft voor mij weinig zin.",
    ],
)
def test_a_polite_refusal_under_our_confirmation_is_never_a_confirmation(body: str) -> None:
    decided = _rules(body, CONFIRMATION)
    assert decided.kind != Kind.CONFIRM, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Mijn directeur zit in het buitenland; hij belde net dat hij akkoord is met de aanmelding.",
        "She asked me to let you know that she would like to join. Regards, the office of Ms Hendriks",
        "Ik beheer zijn mailbox tijdens zijn verlof. Hij wordt graag lid.",
    ],
)
def test_someone_elses_consent_told_by_the_writer_is_for_a_person(body: str) -> None:
    decided = _rules(body, CONFIRMATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_confirmation_provided_something_holds_is_for_a_person() -> None:
    decided = _rules("Happy to confirm, provided the meetings can be followed online.", CONFIRMATION)
    assert decided.kind == Kind.OTHER, decided.reason


# -- leaving words that are no leave, and a leave told with leaving the job -----------------------------------------


def test_leaving_one_kind_of_our_mail_while_keeping_the_rest_is_no_leave() -> None:
    body = (
        "De herinneringen mogen wat mij betreft weg, ik zet het zelf in mijn agenda. Kunt u mij daarvoor uitschrijven? "
        "De uitnodigingen zelf wil ik graag blijven ontvangen."
    )
    decided = _rules(body, REMINDER)
    assert decided.kind != Kind.UNSUBSCRIBE, decided.reason


def test_colleagues_who_should_keep_getting_our_mail_are_no_stay_of_the_writer() -> None:
    body = "Dank voor de afmelding. Mijn opvolger en mijn adjunct moeten wel de uitnodigingen blijven krijgen, toch?"
    decided = _rules(body, GOODBYE)
    assert decided.kind != Kind.SUBSCRIBE, decided.reason


def test_remove_me_with_having_left_the_organisation_is_a_leave() -> None:
    decided = _rules("Please remove me. I left the organization in the autumn.", REMINDER)
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


# -- under the call and the follow-up: what proposes nothing ---------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # asking leave to present
        "Wij maakten een nieuwe verdeelsleutel voor de formatie. Zou ik die op het atelier even mogen laten zien?",
        # asking what a theme means to us
        "Jullie hebben mijn punt onder Organisatie gezet. Maakt het voor de keuze iets uit onder welk thema het valt?",
        # asking who may join
        "Onze GR wordt opgeheven en ik ga naar een gemeente. Staat het netwerk ook open voor gemeentesecretarissen?",
    ],
)
def test_a_question_to_us_under_the_call_is_for_a_person(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_point_taken_back_is_no_topic() -> None:
    body = "Na overleg met mijn MT trek ik het punt over de inkoop van de regionale uitvoering toch weer in."
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_topic_passed_on_at_someone_elses_request_is_no_topic_of_the_writer() -> None:
    body = (
        "Een directeur uit de Achterhoek die nog geen lid is, vroeg mij door te geven dat hij graag eens over de "
        "samenwerking met de provincie zou praten. Ik geef het gewoon door."
    )
    decided = _rules(body, FOLLOWUP)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_wish_about_when_we_send_our_mails_is_no_topic() -> None:
    decided = _rules("Mijn suggestie: stuur deze uitnodiging voortaan eerder rond, dan plan ik beter.", CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_another_members_topic_backed_without_one_of_ones_own_is_no_topic() -> None:
    body = (
        "Ik las dat de directeur van de Kempen het onderwerp 'de GR na een herindeling' had ingebracht. Daar sluit "
        "ik me van harte bij aan. Zelf heb ik niets nieuws."
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_another_members_topic_backed_with_one_of_ones_own_stays_a_topic() -> None:
    body = (
        "Het verzuim, dat een ander al noemde: daar sluit ik me van harte bij aan. Zelf voeg ik er iets aan toe: de "
        "werkdruk bij de staf, die voor drie colleges tegelijk werkt."
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.SUGGESTION, decided.reason


# -- yes and no in each other's words --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Graag had ik erbij gezeten, want het thema raakt ons. Maar die dag heb ik de accountant op bezoek.",
        "Ik had er heel graag bij willen zijn. Helaas gaat de raad voor.",
        "We would have loved to come, but the council meets that afternoon.",
        "Ik moet u teleurstellen: die dag presenteer ik onze begroting, en dat valt niet te combineren.",
        "Drie maanden ouderschapsverlof vanaf maart, dus deze keer niet. Daarna ben ik er weer bij!",
        "Helaas niet, dan is onze personeelsdag.",
    ],
)
def test_a_no_in_warm_or_elliptic_words_is_a_no(body: str) -> None:
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_no_topic_this_time_beside_a_yes_under_the_call_is_a_yes() -> None:
    decided = _rules("Een onderwerp heb ik deze keer niet, maar op 11 maart ben ik er wel bij.", CALL)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        # a wish, and "but" opens the next sentence
        "Wat zou ik daar graag komen! Maar mijn schoonvader wordt die dag negentig.",
        # a bare "nee" beside an attempt to clear the day
        "Mijn agenda zegt nee. Ik probeer het overleg met de provincie te verzetten en laat het u voor dinsdag weten.",
        # "nee" that only answers our two side questions, typed inline
        "> Neemt u iemand mee?\n\nNee, niemand.\n\n> Komt een collega in uw plaats?\n\nNee, er is geen collega die "
        "daarvoor in aanmerking komt.",
        # "zonder mij" beside a word that looks like a yes
        "Top thema en top plek, alleen ben ik die week op vakantie. Dus deze keer zonder mij.",
    ],
)
def test_an_answer_that_is_not_plainly_yes_or_no_acts_on_neither(body: str) -> None:
    decided = _rules(body, INVITATION)
    assert decided.kind != Kind.RSVP or decided.attending is False, decided.reason
    assert not (decided.kind == Kind.RSVP and decided.attending), decided.reason


def test_the_idiom_cannot_say_no_is_no_decline() -> None:
    decided = _rules("Ja hoor. Nee zeggen tegen dit onderwerp kan ik niet maken. Noteert u mij.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_im_in_is_a_yes() -> None:
    decided = _rules("Difficult to refuse this one. I'm in.", INVITATION)
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


# -- the stop's second round (devset131: others signed up; devset132: English writers; devset133: many things at once;
# devset134: phone mails and short replies; devset135: looking back under the follow-up) --------------------------


@pytest.mark.parametrize(
    "body",
    [
        # the proposal reported by name, then backed, and nothing of one's own
        "In het verslag las ik het voorstel van Gerrit Mulder om de regionale inkoop te bespreken. Dat "
        "onderschrijf ik; tel mij daar maar bij op.",
        "+1 for the digitalisation topic Annet raised in the closing round. Nothing to add from my side.",
        "Collega Bos vertelde dat zij 'grip op de GR-begroting' als onderwerp heeft ingestuurd. Daar sluit ik me graag "
        "bij aan.",
    ],
)
def test_backing_anothers_topic_without_one_of_ones_own_is_no_topic(body: str) -> None:
    decided = _rules(body, FOLLOWUP)
    assert decided.kind == Kind.OTHER, decided.reason


def test_backing_anothers_topic_and_adding_ones_own_stays_a_topic() -> None:
    body = (
        "Het voorstel van Gerrit Mulder over de regionale inkoop onderschrijf ik. Daarnaast stel ik voor: de "
        "dienstverlening aan inwoners in de kleine kernen."
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.SUGGESTION, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Mogen wij de volgende keer een half uur vertellen hoe wij de drie backoffices samenvoegden?",
        "Instead of a topic: could I present our merger of the three service desks? Twenty minutes would do.",
    ],
)
def test_asking_leave_to_present_is_for_a_person(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_topic_asked_as_could_we_talk_about_stays_a_topic() -> None:
    decided = _rules("Could we talk about strategy next time? How to plan for ten years with three councils.", CALL)
    assert decided.kind == Kind.SUGGESTION, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Kleine correctie op het verslag: ik werk bij de GR Dommelvallei, niet bij de gemeente. Verder helder.",
        "Small correction to the minutes: I am with the GR Kempenland, not the municipality.",
    ],
)
def test_a_correction_of_the_report_is_no_new_topic(body: str) -> None:
    decided = _rules(body, FOLLOWUP)
    assert decided.kind == Kind.OTHER, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        # criticism of the last atelier
        "De discussie over de raden bleef hangen in herkenning. Iedereen knikte, maar een aanpak hoorde ik niet.",
        # praise and what the writer did with it, and a wish about the form
        "Het mooiste deel vond ik het verhaal over de dienstverlening in de kernen. Zulke praktijkverhalen graag vaker "
        "in het programma.",
        # what happened back home after the atelier
        "Na het atelier heb ik met onze drie burgemeesters om tafel gezeten over de slotvraag. Zo'n gesprek over "
        "samenwerking hadden we nog nooit gevoerd.",
        # where the next one could be
        "Mijn suggestie: houd het volgende atelier eens op locatie, met een rondleiding langs onze backoffice.",
    ],
)
def test_a_look_back_or_a_remark_on_the_form_is_no_topic(body: str) -> None:
    decided = _rules(body, FOLLOWUP)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_topic_taken_back_with_a_reason_that_names_the_topic_verb_is_no_topic() -> None:
    body = "Vergeet mijn mail over de verdeelsleutel maar. Het blijkt toch te beladen om breed te bespreken."
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_topic_taken_back_because_a_colleague_brought_it_in_elsewhere_is_no_topic() -> None:
    body = (
        "Je noteerde 'informatieveiligheid' van mij. Wil je die schrappen? Onze CISO heeft het onderwerp al in een "
        "ander overleg ingebracht."
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.OTHER, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "No, I won't be bringing anyone. And no dietary requirements.",
        "nee, geen introducé. en ook geen dieetwensen hoor",
    ],
)
def test_noes_to_our_side_questions_only_are_no_decline(body: str) -> None:
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_colleague_who_wants_to_join_without_an_address_is_not_the_writers_sign_up() -> None:
    body = "Onze nieuwe adjunct-directeur Tom Hek wil graag aansluiten bij het netwerk. Zijn adres volgt nog."
    decided = _rules(body, None, subject="Nieuwe collega")
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_line_wrapped_after_a_verb_is_read_as_one_sentence() -> None:
    body = (
        "Op 11 maart ben ik er graag bij. Het wordt wel mijn laatste keer: per 1 juni neemt\n"
        "Marit Holst mijn functie over, m.holst@gr-dommel.nl. Tot die tijd blijf ik lid."
    )
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.OTHER, decided.reason


# -- the stop's third round (devset136: answers that carry more; devset137: a year in Utrecht; devset138: joining and
# asking about it; devset139: machines and people who sound like them) --------------------------------------------


def test_a_yes_with_a_real_question_opening_with_any_verb_is_for_a_person() -> None:
    body = "Ja, ik kom, met één collega. Tellen de ateliers mee voor de PE-punten van ons register?"
    decided = _rules(body, INVITATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_sign_up_with_an_announced_question_is_for_a_person() -> None:
    body = "Graag meld ik mij aan voor het netwerk. Een vraag daarbij: levert deelname ook een certificaat op?"
    decided = _rules(body, None, subject="Aanmelding")
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_forwarded_invitation_with_the_directors_yes_is_for_a_person() -> None:
    body = "Hieronder de uitnodiging die mevrouw Aydin ontving. Zij komt graag. Wilt u haar noteren?"
    # (no header links it to our invitation: only the subject names the atelier)
    subject = "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking [atelier:2027-1]"
    decided = _rules(body, None, subject=subject)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_forward_whose_headers_point_to_our_invitation_answers_it() -> None:
    body = "Onderstaand het antwoord van onze directeur, de heer Smit. Hij neemt deel aan het atelier."
    decided = _rules(body, INVITATION, subject="FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027")
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_a_sign_up_for_another_network_is_not_ours() -> None:
    decided = _rules("Graag meld ik mij aan voor het netwerk van controllers in de regio.", None, subject="Aanmelding")
    assert decided.kind == Kind.OTHER, decided.reason


def test_asking_whether_one_may_join_without_a_post_is_a_question() -> None:
    body = "Ik zit tussen twee opdrachten. Mag ik ook lid worden zonder dat ik nu een functie heb?"
    decided = _rules(body, None, subject="Lidmaatschap")
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_sign_up_taken_back_is_no_sign_up() -> None:
    body = "Vorige week meldde ik mij aan, maar ik ga naar de provincie. Trekt u het maar in."
    decided = _rules(body, None, subject="Aanmelding intrekken")
    assert decided.kind != Kind.SUBSCRIBE, decided.reason


def test_a_colleague_confirming_for_a_director_on_holiday_is_for_a_person() -> None:
    body = "Bas Kramer is deze week op vakantie en vroeg mij zijn aanmelding te bevestigen. Bas wil graag lid worden."
    decided = _rules(body, CONFIRMATION)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_hand_over_for_later_under_the_follow_up_is_no_topic() -> None:
    body = (
        "Ter informatie: per 1 oktober draag ik de directie over aan Joyce Lam (j.lam@gr-kempen.nl). Tot die tijd "
        "blijf ik lid en hoor ik graag over het volgende atelier."
    )
    decided = _rules(body, FOLLOWUP)
    assert decided.kind == Kind.OTHER, decided.reason


def test_for_your_information_has_no_theme_but_information_management_has() -> None:
    from mailservice.classify import themes

    assert themes.themes_in("Ter informatie: de vergadering is verplaatst.") == {}
    assert "organisatie" in themes.themes_in("De informatiehuishouding op orde voor de Woo.")
