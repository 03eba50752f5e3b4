"""Issue 17, the round of stop 31: one regression test per class of failure the new development sets showed (devset81
to devset84; the phrasings are illustrations, not the sets' messages). The rules alone decide here (no model)."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind, reading, themes
from tests.classify.test_ninth_round import CALL, _rules

# -- a leave or a return on a condition is not asked now ------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Ter informatie: als onze gemeenten in het najaar uit elkaar gaan, zal ik me bij het netwerk afmelden.",
        "Blijkt er toch een contributie te gelden, dan meld ik me af. Ik hoor het graag.",
    ],
)
def test_a_leave_on_a_condition_after_a_colon_or_put_verb_first_goes_to_a_person(body: str) -> None:
    decided = _rules(body)
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_confirmation_with_a_leave_later_on_a_condition_confirms() -> None:
    decided = _rules("Bevestigd hoor. Wordt het me te veel, dan meld ik me gewoon weer af.", "confirmation")
    assert decided.kind == Kind.CONFIRM, decided.reason


def test_a_leave_now_and_a_return_on_a_condition_is_the_leave() -> None:
    body = "Ik vertrek naar het buitenland; schrap mij maar uit het netwerk. Als ik terugkom, meld ik me weer aan."
    decided = _rules(body)
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Dit leg ik eerst voor aan mijn directieteam. U hoort nog van mij.",
        "Ik laat u nog weten of ik dit bevestig.",
    ],
)
def test_putting_the_confirmation_off_is_no_consent(body: str) -> None:
    decided = _rules(body, "confirmation")
    assert decided.kind == Kind.OTHER, decided.reason


def test_never_having_signed_up_so_fast_is_no_denial() -> None:
    decided = _rules("Ja, graag! Ik heb me nog nooit zo vlot ergens zo snel aangemeld, haha.", "confirmation")
    assert decided.kind == Kind.CONFIRM, decided.reason


# -- answers to the invitation in words the patterns did not know --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "attending"),
    [
        ("Vanwege de begrotingsbehandeling kom ik helaas niet naar het atelier.", False),
        ("Ik moet u teleurstellen voor donderdag: er is een raadsvergadering.", False),
        ("Helaas", False),
        ("Graag", True),
        ("Ik kan u melden dat ik op 11 maart van de partij ben.", True),
    ],
)
def test_an_answer_to_the_invitation_in_other_words(body: str, attending: bool) -> None:
    decided = _rules(body, "invitation")
    assert decided.kind == Kind.RSVP and decided.attending is attending, decided.reason


def test_coming_back_to_it_is_no_decline() -> None:
    decided = _rules("Daar kom ik niet op terug; zie mijn eerdere mail.", "invitation")
    assert not (decided.kind == Kind.RSVP and decided.attending is False), decided.reason


def test_a_bare_graag_with_a_word_more_under_the_call_is_no_topic() -> None:
    assert _rules("graag hoor", CALL).kind != Kind.SUGGESTION


# -- words of an act used for something else -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Mijn voorganger was erg te spreken over de ateliers. Graag meld ik mij aan als lid van het netwerk.",
        "Dat advies van mijn voorganger neem ik graag over. Ik meld mij hierbij aan voor het netwerk.",
    ],
)
def test_being_pleased_with_or_taking_over_advice_is_no_topic(body: str) -> None:
    decided = _rules(body)
    assert decided.kind == Kind.SUBSCRIBE, decided.reason


def test_looking_back_on_an_absence_is_no_out_of_office() -> None:
    body = (
        "Ik ben weer terug op mijn plek. In mijn afwezigheid is er veel veranderd.\n"
        "Ik wil graag weer lid worden van het netwerk."
    )
    decided = _rules(body, "goodbye")
    assert decided.kind == Kind.SUBSCRIBE, decided.reason


def test_an_out_of_office_that_says_what_happens_meanwhile_is_still_one() -> None:
    body = "Ik ben afwezig tot en met 3 maart. In mijn afwezigheid kunt u contact opnemen met het secretariaat."
    assert _rules(body, "invitation").kind == Kind.AUTOREPLY


def test_a_presentation_named_in_passing_beside_a_decline_is_the_decline() -> None:
    body = "Uw vorige atelier gebruik ik nog in elke presentatie. Helaas kan ik er op 11 maart niet bij zijn."
    decided = _rules(body, "invitation")
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_the_website_in_a_topic_is_part_of_the_topic() -> None:
    body = (
        "Graag draag ik een onderwerp aan.\nWij bieden bijna alles digitaal aan via de website, waar het maar kan. "
        "Toch komen steeds meer inwoners aan de balie. Hoe houden anderen de dienstverlening voor iedereen bereikbaar?"
    )
    assert _rules(body, CALL).kind == Kind.SUGGESTION


def test_a_request_about_the_website_still_goes_to_a_person() -> None:
    body = "Ik kom graag op 11 maart. Kunt u mijn naam van de website halen?"
    assert _rules(body, "invitation").kind == Kind.OTHER


def test_a_trainer_offering_a_workshop_is_a_pitch() -> None:
    body = (
        "Als trainer heb ik een workshop over regionale samenwerking ontwikkeld. Ik verzorg die graag bij een "
        "volgend atelier; de voorwaarden stuur ik u op verzoek toe."
    )
    assert _rules(body).kind == Kind.OTHER


# -- questions: to the colleagues, to us, about our programme -------------------------------------------------------


def test_a_question_to_the_colleagues_in_a_topic_is_the_topic() -> None:
    body = "Voor het volgende atelier: een leiderschapsprogramma voor teamleiders. Wie heeft daar ervaring mee?"
    assert _rules(body, CALL).kind == Kind.SUGGESTION


def test_a_question_whether_a_theme_comes_up_goes_to_a_person() -> None:
    body = "Het thema van dit atelier is Organisatie. Komt Strategie dit jaar ook nog aan bod?"
    assert _rules(body, "invitation").kind == Kind.OTHER


def test_asking_the_network_for_a_contact_is_a_question() -> None:
    assert reading.asks_us(reading.Sentence("Mijn vraag: heeft het netwerk contacten voor een interim?", True, "tekst"))


@pytest.mark.parametrize(
    "body",
    [
        "Idee: een online platform waar we tussen de ateliers door kennis delen.",
        "Tip: laat ons tussen de bijeenkomsten door met elkaar in contact blijven.",
    ],
)
def test_an_idea_about_contact_between_the_ateliers_is_about_the_form(body: str) -> None:
    assert _rules(body, CALL).kind == Kind.OTHER


def test_working_together_inside_the_organisation_is_organisation() -> None:
    found = themes.themes_in("de samenwerking tussen onze afdelingen en de verkokering doorbreken")
    assert "organisatie" in found and "samenwerking" not in found


# -- sentences of mail written all in lower case --------------------------------------------------------------------


def test_a_lower_case_mail_is_cut_into_sentences_at_full_stops() -> None:
    text = "ik stop per 1 mei. opvolger is ruud kok, r.kok@wo-dwh.nl. wil je hem op de lijst zetten? bijv. de heer."
    parts = [s.text for s in reading.sentences("", text)]
    assert parts == [
        "ik stop per 1 mei.",
        "opvolger is ruud kok, r.kok@wo-dwh.nl.",
        "wil je hem op de lijst zetten?",
        "bijv. de heer.",
    ]


def test_a_lower_case_hand_over_with_the_question_to_put_the_successor_on_the_list_is_a_hand_over() -> None:
    body = "ik ga weg per 1 juni. mijn opvolger is eva smit, e.smit@wo-dwh.nl. wil je haar ipv mij op de lijst zetten?"
    decided = _rules(body)
    assert decided.kind == Kind.UNSUBSCRIBE and decided.successor, decided.reason


# -- answers typed inside our quoted mail ---------------------------------------------------------------------------

_OUTLOOK_HEADER = (
    "Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
    "Verzonden: maandag 8 februari 2027 09:00\nAan: Visser, Anne\n"
    "Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027\n\n"
)


@pytest.mark.parametrize(
    ("answer", "attending"),
    [("NEE", False), ("JA", True), ("--> ja, ik kom", True), ("[Anne: kan helaas niet]", False)],
)
def test_an_answer_typed_under_our_question_in_an_unmarked_quote_is_read(answer: str, attending: bool) -> None:
    body = (
        _OUTLOOK_HEADER
        + f"Beste Anne Visser,\n\nWanneer: donderdag 11 maart 2027\n\nKomt u?\n{answer}\n\nMet vriendelijke groet,"
    )
    decided = _rules(body, "invitation")
    assert decided.kind == Kind.RSVP and decided.attending is attending, decided.reason


def test_a_marked_line_between_quote_lines_is_the_writers_not_a_wrapped_quote() -> None:
    body = (
        "Op di 5 jan 2027 om 09:48 schreef Netwerk directeuren <info@ambtelijkefusie.nl>:\n\n"
        "> Welk vraagstuk wilt u graag met collega's bespreken? Denk aan:\n"
        "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, positie in de regio;\n"
        "--> de rol van de werkorganisatie in de regionale woondeal met de buurgemeenten\n"
        "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie;\n"
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.SUGGESTION and "samenwerking" in decided.themes, decided.reason


def test_an_unmarked_line_under_a_quote_line_stays_a_wrapped_tail() -> None:
    body = (
        "Op di 5 jan 2027 om 09:48 schreef Netwerk directeuren <info@ambtelijkefusie.nl>:\n\n"
        "> Komt u op 11 maart? Beantwoord deze e-mail met ja, ik kom of nee,\n"
        "helaas.\n"
    )
    assert _rules(body, "invitation").kind != Kind.RSVP


def test_leave_typed_under_our_unmarked_footer_question_leaves() -> None:
    body = _OUTLOOK_HEADER + (
        "Beste Anne Visser,\n\nKomt u?\n\n-- \nU ontvangt deze e-mail als lid van het Netwerk.\n"
        "Afmelden? Antwoord op deze e-mail met 'afmelden'.\nAFMELDEN\n"
    )
    assert _rules(body, "invitation").kind == Kind.UNSUBSCRIBE


# -- a mail about an earlier one ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Mijn eerdere antwoord blijft gewoon staan.",
        "Sorry, verkeerde knop. U krijgt later deze week een echt antwoord van mij.",
        "In mijn afzegging van gisteren stond het adres van mijn vervanger verkeerd: het is j.bos@wo-oost.nl.",
        "Dank voor het snel verwerken van mijn gewijzigde aanmelding.",
    ],
)
def test_a_mail_about_an_earlier_answer_acts_on_nothing(body: str) -> None:
    decided = _rules(body, "invitation")
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_changed_answer_after_an_earlier_one_carries_the_latest() -> None:
    decided = _rules("Ik had afgezegd, maar het overleg is verzet: ik kom toch!", "invitation")
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


def test_an_erasure_request_withdrawn_erases_nothing() -> None:
    body = "Vorige week vroeg ik u mijn gegevens te wissen. Dat verzoek trek ik in: ik blijf graag lid."
    decided = _rules(body)
    assert decided.kind != Kind.UNSUBSCRIBE and not decided.erase, decided.reason


def test_a_denial_in_the_pluperfect_is_still_a_denial() -> None:
    decided = _rules("Ik had me helemaal niet aangemeld.", "confirmation")
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Mag ik dan een uur later aanschuiven? Zo ja, dan kom ik graag.", Kind.OTHER),
        ("Is er nog een plaats? Zo ja, dan kom ik graag.", Kind.RSVP),
        ("Gebeurt dat, dan kom ik alsnog. Ik laat het u weten.", Kind.OTHER),
        ("Komt er een plaats vrij, dan kom ik graag.", Kind.RSVP),
    ],
)
def test_a_yes_on_a_condition_only_a_person_can_weigh_goes_to_a_person(body: str, kind: Kind) -> None:
    decided = _rules(body, "invitation")
    assert decided.kind == kind, decided.reason


def test_a_new_mail_asking_whether_a_theme_comes_up_is_no_topic() -> None:
    decided = _rules("Komt het thema organisatie dit jaar nog aan bod in een van de ateliers? Dan plan ik daarop.")
    assert decided.kind == Kind.OTHER, decided.reason


def test_a_banner_in_capitals_inside_a_quote_is_no_answer() -> None:
    body = _OUTLOOK_HEADER + "LET OP: DEZE E-MAIL KOMT VAN BUITEN DE ORGANISATIE\n\nBeste Anne Visser,\n\nKomt u?\n"
    assert _rules(body, "invitation").kind != Kind.RSVP


def test_how_to_leave_a_newsletter_in_a_signature_is_no_leave() -> None:
    body = (
        "Ja, graag!\n\nEsther Bos | directeur | Werkorganisatie Heuvelrand\n"
        "Lees onze nieuwsbrief via www.heuvelrand.nl/nieuws. Afmelden kan altijd, met één klik onderaan elke editie."
    )
    assert _rules(body, "confirmation").kind == Kind.CONFIRM


@pytest.mark.parametrize(
    ("text", "ours"),
    [
        ("Afmelden voor de nieuwsbrief", True),
        ("Graag uitschrijven voor de mailing a.u.b.", True),
        ("Afmelden voor de nieuwsbrief van de VNG", False),
        ("Afmelden voor de nieuwsbrief, en wie is de nieuwe voorzitter?", False),
    ],
)
def test_only_a_whole_reply_leaving_our_mailing_by_name_is_beyond_the_models_doubt(text: str, ours: bool) -> None:
    from mailservice.classify import rules

    assert bool(rules._OUR_MAILING.fullmatch(text)) is ours


# -- no topic, and not coming: the answer about coming -------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Geen onderwerp van mijn kant, en op 11 maart ben ik er helaas niet bij.\n\nEls Mulder directeur "
        "Bedrijfsvoering | Werkorganisatie Oost",
        "Geen suggesties van mij, en op 11 maart ben ik helaas op een studiereis.",
    ],
)
def test_no_topic_and_a_decline_under_the_call_is_the_decline(body: str) -> None:
    decided = _rules(body, CALL)
    assert decided.kind == Kind.RSVP and decided.attending is False, decided.reason


def test_where_the_writer_will_be_instead_is_no_other_gathering_for_the_topic() -> None:
    body = (
        "Op 11 maart zit ik op een congres, dus ik kan er niet bij zijn. Wel geef ik een onderwerp mee: "
        "de verhouding tussen de deelnemende gemeenten bij een gezamenlijke opgave als de energietransitie."
    )
    decided = _rules(body, CALL)
    assert decided.kind == Kind.SUGGESTION and "samenwerking" in decided.themes, decided.reason


def test_a_topic_for_another_gathering_still_goes_to_a_person() -> None:
    body = "Voor ons eigen congres in mei zoek ik een spreker over de verhouding met de deelnemende gemeenten."
    assert _rules(body, CALL).kind == Kind.OTHER


def test_someone_else_at_a_congress_is_no_decline_of_the_writer() -> None:
    body = "Mijn directeur zit die week op een congres in Lissabon. Ik kom graag in zijn plaats."
    decided = _rules(body, "invitation")
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Ik kan niet het hele programma volgen, ik kom graag voor het eerste deel.", True),
        ("Ik kom, maar alleen het eerste uur.", True),
        ("Ik kan niet komen.", False),
        ("Het hele programma spreekt me aan.", False),
    ],
)
def test_coming_for_part_of_the_atelier_is_recognised(text: str, part: bool) -> None:
    from mailservice.classify import intents

    assert bool(intents.PART_OF_IT.search(text)) is part
