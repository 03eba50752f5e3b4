"""Issue 17, the rounds of stop 26: one regression test per class of failure the new sets showed (the phrasings are
illustrations, not the sets' messages)."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind, classify
from mailservice.classify.context import ThreadMatch
from mailservice.classify.decision import Decision
from tests.classify.replies import reply_to

_in = reply_to


def _assert_rsvp(purpose: str, body: str, attending: bool) -> Decision:
    decided = _in(purpose, body)
    assert decided.kind == Kind.RSVP, decided.reason
    assert decided.attending is attending
    return decided


_QUESTION = "> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.\n"


@pytest.mark.parametrize(
    "body",
    [
        f"> Komt u?\nNee, helaas.\n\n{_QUESTION}Ja: Wilma Bakker, w.bakker@gemeente-x.nl\n\nGroet, Henk",
        f"Nee\n{_QUESTION}Ja, Wilma Bakker (w.bakker@gemeente-x.nl)\n",
        "Ik kan zelf niet. Vervanger: Wilma Bakker, w.bakker@gemeente-x.nl",
        "Helaas verhinderd. Wel komt Wilma Bakker (w.bakker@gemeente-x.nl).",
        "Nee helaas.\nWilma Bakker, w.bakker@gemeente-x.nl gaat wel.",
        "Ik moet afzeggen. In mijn plaats: Wilma Bakker <w.bakker@gemeente-x.nl>",
    ],
)
def test_a_substitute_named_without_the_usual_words_is_read(body: str) -> None:
    decided = _assert_rsvp("invitation", body, False)
    assert decided.substitute == "w.bakker@gemeente-x.nl", decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Nee, helaas. Mijn secretaresse (s.boer@gemeente-x.nl) plant graag een nieuwe afspraak met u.",
        "Helaas, ik kan niet. Wilt u de stukken naar s.boer@gemeente-x.nl sturen?",
        "Nee, helaas.\nJa, de stukken graag naar s.boer@gemeente-x.nl.",
    ],
)
def test_another_address_beside_a_decline_is_no_substitute(body: str) -> None:
    decided = _in("invitation", body)
    assert decided.substitute is None, decided.reason


def _calendar_answer(subject: str, body: str, auto: bool = True) -> bytes:
    headers = "Auto-Submitted: auto-generated\n" if auto else ""
    return (
        f"From: Bas Kroeze <b.kroeze@gemeente-x.nl>\nTo: info@ambtelijkefusie.nl\nSubject: {subject}\n{headers}"
        f"In-Reply-To: <ours@ambtelijkefusie.nl>\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


def _classify_in(purpose: str, raw: bytes) -> Decision:
    return classify(raw, thread=lambda ids: ThreadMatch(purpose))


@pytest.mark.parametrize(
    ("subject", "attending"),
    [
        ("Uitnodiging geaccepteerd: Leer- en inspireer-atelier @ do 11 mrt 2027 14:00 - 17:30 (CET)", True),
        ("Geaccepteerd: Leer- en inspireer-atelier 11 maart 2027", True),
        ("Invitation declined: Leer- en inspireer-atelier @ Thu 11 Mar 2027", False),
    ],
)
def test_a_calendar_service_answer_marked_automatic_is_still_an_rsvp(subject: str, attending: bool) -> None:
    decided = _classify_in("invitation", _calendar_answer(subject, "Bas Kroeze heeft deze uitnodiging beantwoord."))
    assert decided.kind == Kind.RSVP, decided.reason
    assert decided.attending is attending


def test_a_calendar_answer_about_another_meeting_marked_automatic_stays_automatic() -> None:
    decided = classify(_calendar_answer("Geaccepteerd: MT-overleg", "Bas Kroeze heeft deze uitnodiging geaccepteerd."))
    assert decided.kind != Kind.RSVP, decided.reason


def test_the_writers_words_beat_the_calendar_button() -> None:
    raw = _calendar_answer(
        "Geaccepteerd: Leer- en inspireer-atelier",
        "Excuus, verkeerde knop. Ik kan NIET op 11 maart, graag afmelden voor deze bijeenkomst.",
        auto=False,
    )
    decided = _classify_in("invitation", raw)
    assert decided.kind == Kind.RSVP, decided.reason
    assert decided.attending is False


@pytest.mark.parametrize(
    "subject", ["Voorlopig: Leer- en inspireer-atelier", "Uitnodiging voorlopig: atelier 11 maart"]
)
def test_a_tentative_answer_is_for_a_person(subject: str) -> None:
    decided = _classify_in("invitation", _calendar_answer(subject, "", auto=False))
    assert decided.kind == Kind.OTHER, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Als leverancier van klantcontactsoftware geven wij graag een demonstratie tijdens het atelier.",
        "Als onderzoeker presenteer ik de uitkomsten over samenwerking graag tijdens het volgende atelier.",
    ],
)
def test_an_offer_to_present_in_answer_to_the_call_is_no_topic(body: str) -> None:
    decided = _in("call_for_themes", body)
    assert decided.kind == Kind.OTHER, decided.reason
    assert decided.rule == "aanbod"


def test_a_question_about_which_theme_fits_is_no_topic() -> None:
    body = "Onder welk thema valt informatiebeveiliging: organisatie of dienstverlening? Dan stuur ik mijn voorstel."
    assert _in("call_for_themes", body).kind == Kind.OTHER


def test_a_topic_put_as_a_question_is_still_a_topic() -> None:
    decided = _in("call_for_themes", "Hoe houden we de samenwerking met vier gemeenteraden gezond?")
    assert decided.kind == Kind.SUGGESTION, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Mooie zaal, maar parkeren was lastig. Fijn als jullie daar de volgende keer rekening mee houden.",
        "Wat een opkomst! Ik heb veel opgehaald over hun klantcontactcentrum. Ga ik intern delen.",
    ],
)
def test_a_remark_on_the_last_atelier_is_no_topic(body: str) -> None:
    assert _in("call_for_themes", body).kind == Kind.OTHER


@pytest.mark.parametrize(
    ("body", "attending"),
    [
        ("Thema's laat ik aan anderen over, maar de 11e zit ik erbij.", True),
        ("Helaas, 11 maart is onze raadsvergadering. Ik moet dus passen.", False),
    ],
)
def test_coming_or_not_said_in_answer_to_the_call(body: str, attending: bool) -> None:
    _assert_rsvp("call_for_themes", body, attending)


def test_signing_up_someone_else_without_their_address_never_enrols_the_writer() -> None:
    decided = _in(None, "Op verzoek van de heer Dekker (in cc) meld ik hem hierbij aan als lid van het netwerk.")
    assert decided.kind == Kind.OTHER, decided.reason


def test_asking_to_register_a_colleague_for_the_atelier_is_no_yes_of_the_writer() -> None:
    decided = _in("invitation", "Mijn collega wil ook graag komen. Kunnen jullie hem ook aanmelden?")
    assert decided.kind == Kind.OTHER, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Ik ben erbij, maar meld me af voor de borrel achteraf.",
        "Mijn gast moet helaas afhaken, maar ik kom gewoon.",
    ],
)
def test_a_no_about_a_part_of_the_afternoon_or_a_guest_beside_a_yes_is_a_yes(body: str) -> None:
    _assert_rsvp("invitation", body, True)


def test_a_new_workplace_is_no_yes() -> None:
    body = "Vanaf 1 maart ben ik directeur bij Servicepunt71. Over het atelier laat ik nog weten of het lukt."
    assert _in("invitation", body).kind != Kind.RSVP


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Afmelden dus. Niet alleen voor de 11e, voor alles.", "RE: Uitnodiging"),
        ("zie onderwerp", "RE: Uitnodiging atelier 11 maart - AFMELDEN NETWERK"),
    ],
)
def test_leaving_everything_in_answer_to_an_invitation_is_a_leave(body: str, subject: str) -> None:
    assert _in("invitation", body, subject).kind == Kind.UNSUBSCRIBE


def test_joining_as_a_member_under_a_forwarded_reminder_is_a_sign_up() -> None:
    body = "Via een collega kreeg ik deze herinnering. Graag aanmelden als lid, ik ben per 1 maart directeur."
    assert _in("reminder", body, "FW: Herinnering: atelier").kind == Kind.SUBSCRIBE


def test_no_director_answering_our_confirmation_request_gives_no_consent() -> None:
    body = "Ja hoor, maar ik ben helemaal geen directeur: ik ben beleidsmedewerker."
    decided = _in("confirmation", body, "RE: Bevestig uw aanmelding")
    assert decided.kind == Kind.OTHER, decided.reason


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("haal me eraf aub, ben geen directeur meer", "haal me eraf"),
        ("Hierbij zeg ik mijn lidmaatschap van het Netwerk van directeuren van ambtelijke fusieorganisaties op.", ""),
        ("Ik haak af als lid van het netwerk. Het lukt me niet meer om er tijd in te steken.", ""),
        ("Wilt u mij niet langer als lid van het netwerk beschouwen? Mijn werk laat het niet meer toe.", ""),
    ],
)
def test_leaving_in_more_words(body: str, subject: str) -> None:
    decided = _in(None, body, subject)
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason
    assert not decided.erase


@pytest.mark.parametrize(
    "body",
    [
        "Ik beroep mij op mijn recht om vergeten te worden. Haal mij van de lijst.",
        "Ik wil nu dat al mijn gegevens uit uw systemen worden verwijderd.",
        "Ik zie af van het lidmaatschap. Wilt u mijn naam en e-mailadres ook uit uw administratie wissen?",
        "Graag mijn lidmaatschap beëindigen en mijn gegevens (naam, e-mailadres) uit al uw bestanden verwijderen.",
        "Ik wil door jullie systeem vergeten worden: uitschrijven en alles weggooien wat jullie over mij hebben.",
        "Please delete mijn data en haal me van de lijst.",
        "Ik kom niet, en ik wil dat u mijn naam, functie en mailadres uit uw administratie wist.",
    ],
)
def test_erasure_in_more_words(body: str) -> None:
    decided = _in(None, body)
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason
    assert decided.erase, decided.reason


@pytest.mark.parametrize("body", ["Present.", "Kleine wijziging: ik neem geen gast mee, ik kom alleen."])
def test_short_yeses(body: str) -> None:
    _assert_rsvp("reminder", body, True)


def test_joining_as_a_member_in_answer_to_a_forwarded_call() -> None:
    body = "Deze oproep kreeg ik doorgestuurd van mijn voorganger. Ik zou zelf ook graag als lid op de lijst komen."
    assert _in("call_for_themes", body).kind == Kind.SUBSCRIBE


@pytest.mark.parametrize(
    ("body", "attending"),
    [
        ("Even geen inspiratie voor een thema. Wel alvast: op 11 maart ben ik er niet.", False),
        ("No topics from me this round, but please count me in for the 11th of March.", True),
        ("Staat genoteerd, ik ben erbij.", True),
        # stop 26: was "for a person" (test_third_round); coming, in answer to the call for that atelier, is an RSVP
        ("Geen onderwerp van mijn kant, maar ik ben er graag weer bij.", True),
        ("De raad is verschoven. Dus toch: op 11 maart ben ik van de partij.", True),
    ],
)
def test_coming_or_not_in_answer_to_the_call_without_a_topic(body: str, attending: bool) -> None:
    _assert_rsvp("call_for_themes", body, attending)


@pytest.mark.parametrize("body", ["Helaas, ik heb geen onderwerp.", "Nee, geen idee op dit moment."])
def test_a_bare_answer_word_to_the_call_is_no_rsvp(body: str) -> None:
    assert _in("call_for_themes", body).kind == Kind.OTHER


def test_joining_in_answer_to_the_call_without_a_topic() -> None:
    body = "Deze oproep kwam via via bij mij. Een onderwerp heb ik nog niet, maar ik wil me graag als lid aanmelden."
    assert _in("call_for_themes", body).kind == Kind.SUBSCRIBE


def test_my_participation_in_the_network_named_beside_a_leave_is_no_join() -> None:
    body = "De fusie eindigt; daarmee vervalt mijn deelname aan uw netwerk. Ik verzoek u mij als lid af te melden."
    assert _in(None, body).kind == Kind.UNSUBSCRIBE


def test_no_more_post_from_the_network_is_a_leave() -> None:
    body = "Dus ook niet naar dit atelier, en verder graag geen post meer van uw netwerk."
    assert _in("invitation", body).kind == Kind.UNSUBSCRIBE


def test_a_polite_erasure_request_after_and_is_a_request() -> None:
    decided = _in("invitation", "Nee, ik kom niet. En wilt u meteen al mijn gegevens uit uw systeem halen?")
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason
    assert decided.erase


def test_a_question_after_or_is_still_a_question() -> None:
    body = "Ik bevestig mijn aanmelding. Wel een vraag: moet ik me opnieuw aanmelden, of kunt u dat voor mij omzetten?"
    decided = _in("confirmation", body, "RE: Bevestig uw aanmelding")
    assert decided.kind == Kind.OTHER, decided.reason


@pytest.mark.parametrize(
    ("body", "attending"),
    [
        ("Weet niet of mijn Outlook-antwoord is aangekomen, dus voor de zekerheid: ik kom.", True),
        ("De heidag is verschoven, dus vergeet mijn afzegging van vorige week: ik kom toch.", True),
        (
            "Dan laat ik het voor deze keer zitten, haal me van de wachtlijst. Volgende keer ben ik er sneller bij.",
            False,
        ),
    ],
)
def test_an_answer_that_settles_a_doubt_or_an_earlier_answer(body: str, attending: bool) -> None:
    _assert_rsvp("invitation", body, attending)


def test_asking_to_invite_a_colleague_who_wants_to_join_never_enrols_the_writer() -> None:
    body = "Kunt u mijn collega Henk van Dam ook uitnodigen? Hij is directeur in Lopikerwaard en wil graag lid worden."
    assert _in(None, body, "Collega aanmelden").kind == Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "Bevestigd, denk ik. Maar ik kreeg vorig jaar al een welkomstmail: sta ik nu dubbel in het bestand?",
        "Bevestig ik hiermee alleen voor mijzelf, of voor de hele directie?",
    ],
)
def test_a_question_that_opens_with_its_verb_beside_a_confirmation_is_for_a_person(body: str) -> None:
    decided = _in("confirmation", body, "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]")
    assert decided.kind == Kind.OTHER, decided.reason


def test_asking_whether_a_topic_fits_the_scope_is_no_topic() -> None:
    body = "Mag een suggestie ook over de verhouding met de provincie gaan, of valt dat buiten de scope?"
    assert _in("call_for_themes", body).kind == Kind.OTHER


def test_the_word_our_footer_asks_for_typed_under_it_is_a_leave() -> None:
    body = "> Afmelden? Antwoord op deze e-mail met 'afmelden' of mail naar info@ambtelijkefusie.nl.\n\nafmelden"
    assert _in("reminder", body).kind == Kind.UNSUBSCRIBE


def test_a_hand_over_with_words_between_is_a_hand_over() -> None:
    body = (
        "Na negen jaar neem ik afscheid. De directie wordt per 1 mei overgenomen door Rik Bosman "
        "(r.bosman@wo-np.nl); hij neemt mijn plaats in het netwerk graag over."
    )
    decided = _in(None, body, "Afscheid en opvolging")
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason
    assert decided.successor == "r.bosman@wo-np.nl"


@pytest.mark.parametrize(
    "body",
    ["Count me out for the 11th, it's budget week here.", "Zet maar een streep door mijn naam voor de 11e."],
)
def test_more_ways_to_decline_are_read_by_the_rules(body: str) -> None:
    decided = _in("invitation", body)
    assert decided.kind in (Kind.RSVP, Kind.OTHER), decided.reason
    assert decided.kind == Kind.OTHER or decided.attending is False
    assert "afmelding voor het atelier" in decided.reason


def test_one_word_of_praise_in_answer_to_the_follow_up_is_no_yes() -> None:
    assert _in("call_for_themes", "Top middag, dank aan jullie beiden.").kind == Kind.OTHER


def test_an_erasure_naming_the_avg_further_on() -> None:
    decided = _in(None, "Verwijder mijn naam, e-mailadres en wat u verder van mij hebt, conform de AVG.")
    assert decided.kind == Kind.UNSUBSCRIBE
    assert decided.erase


@pytest.mark.parametrize(
    "body",
    [
        "Couleur locale bewaken bij vier besturen: wie wil dat nou niet? Ik ben erbij op de 11e.",
        "Hoe zou ik dit kunnen missen? Zet me maar op de lijst.",
        "Waarom ook niet? Ik kom.",
    ],
)
def test_a_rhetorical_question_beside_a_yes_asks_nothing(body: str) -> None:
    _assert_rsvp("invitation", body, True)


def test_a_real_question_beside_a_yes_still_goes_to_a_person() -> None:
    assert _in("invitation", "Ik kom graag. Hoe werkt dat nou met parkeren?").kind == Kind.OTHER


@pytest.mark.parametrize(
    ("body", "attending"),
    [
        ("Het voorjaar kan niet snel genoeg komen. Maar goed: de 11e ben ik er gewoon bij.", True),
        ("Helaas, ik kan niet: griep. In het najaar ben ik er weer bij, beloofd.", False),
    ],
)
def test_words_about_another_time_are_no_answer(body: str, attending: bool) -> None:
    _assert_rsvp("invitation", body, attending)


def test_off_the_list_for_this_atelier_is_a_decline_not_a_leave() -> None:
    decided = _in(
        "invitation", "Door de verschuiving kan ik niet meer. Haalt u mij maar van de lijst voor dit atelier."
    )
    assert decided.kind == Kind.RSVP, decided.reason
    assert decided.attending is False


_CONFIRMATION = "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"


@pytest.mark.parametrize(
    "body",
    [
        "Ik bevestig, mits mijn gegevens niet met derden worden gedeeld.",
        "Ja, maar alleen zolang het kosteloos blijft.",
        "Ja, bevestigd, maar stuur mij de uitnodigingen pas vanaf april.",
        "Ja, bevestigd. Kleine correctie: mijn naam is Marieke de Vries-Olcer.",
        "Dag, ik beheer de mailbox van mevrouw De Wit tijdens haar verlof. Bij deze bevestigd.",
        "Ja, ik word graag lid, maar dan op mijn werkadres j.zee@wo-kroonpolder.nl en niet op dit privéadres.",
        "Bevestigd. Let op: dit adres vervalt eind deze maand, mijn nieuwe wordt h.smeets@wo-oostgaard.nl.",
        "Ja! En zet u mijn secretaresse in de cc van alle uitnodigingen? r.pot@wo-rijnwaard.nl",
    ],
)
def test_consent_with_a_reservation_another_address_or_for_someone_else_is_for_a_person(body: str) -> None:
    decided = _in("confirmation", body, _CONFIRMATION)
    assert decided.kind == Kind.OTHER, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Ik wil dit niet. Verwijder al mijn gegevens, conform de AVG.",
        "This registration was not made by me. Please erase my details from your records under the GDPR.",
    ],
)
def test_an_erasure_in_answer_to_our_confirmation_request(body: str) -> None:
    decided = _in("confirmation", body, _CONFIRMATION)
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason
    assert decided.erase


def test_a_plain_yes_with_thanks_still_confirms() -> None:
    decided = _in("confirmation", "Ja hoor, bevestigd. Dank voor de snelle reactie!", _CONFIRMATION)
    assert decided.kind == Kind.CONFIRM, decided.reason


def test_norms_we_do_not_meet_are_no_decline() -> None:
    body = (
        "Maar zou een volgende keer ook de inwoner aan bod kunnen komen: servicenormen die we bij lange na niet halen?"
    )
    assert _in("invitation", body).kind != Kind.RSVP


def test_working_with_us_is_no_yes() -> None:
    body = (
        "Wilt u haar ook op de verzendlijst zetten? Zij is bij ons verantwoordelijk voor de herindeling en de ateliers."
    )
    assert _in(None, body).kind != Kind.RSVP


def test_a_colloquial_no() -> None:
    decided = _in("invitation", "Ik kom nie, ben op vakantie")
    assert decided.attending is not True, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Vraag: Komt u? Antwoord: Ja\nVraag: Neemt u iemand mee? Antwoord: Nee\n\nDennis",
        "Komt u? -> ja\nNeemt u iemand mee? -> nee\n\nSietse",
        '> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".\n\n--> JA\n\n'
        "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\n--> nee",
    ],
)
def test_answers_marked_under_our_questions_are_read_in_order(body: str) -> None:
    _assert_rsvp("invitation", body, True)


def test_a_question_of_the_writers_own_beside_a_yes_still_goes_to_a_person() -> None:
    assert _in("invitation", "Ik kom. Komt u ook?").kind == Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "Graag afmelden, ik ben sinds januari geen directeur meer bij de werkorganisatie.",
        "Na de zomer ben ik weg bij de werkorganisatie. Schrijf me dus maar uit.",
    ],
)
def test_a_plain_leave_with_the_job_left_under_an_invitation_leaves_the_network(body: str) -> None:
    assert _in("invitation", body).kind == Kind.UNSUBSCRIBE


def test_a_decline_with_the_job_kept_stays_a_decline() -> None:
    decided = _in("invitation", "Ik ga nog niet met pensioen, maar afmelden voor deze keer.")
    assert decided.kind == Kind.RSVP
    assert decided.attending is False


def test_a_reason_that_says_i_do_not_want_is_no_negation_of_the_request() -> None:
    body = "Graag afmelden én mijn gegevens uit jullie database halen, ik wil niet dat die nog ergens rondslingeren."
    decided = _in(None, body)
    assert decided.kind == Kind.UNSUBSCRIBE
    assert decided.erase
