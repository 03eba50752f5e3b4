"""Issue 17, the rounds of stop 28: one regression test per class of failure the new sets showed (devset54 to
devset56; the phrasings are illustrations, not the sets' messages)."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind, classify
from mailservice.classify.autoreply import text_cue
from mailservice.classify.context import ThreadMatch
from mailservice.classify.decision import Decision
from mailservice.classify.quotes import own_text
from tests.classify.replies import reply_to as _in
from tests.classify.test_learned import Fixed
from tests.support import mail

ASSISTANT = "Loes Hermans <l.hermans@werkorganisatie-oost.nl>"
DIRECTOR = "a.vanrijn@werkorganisatie-oost.nl"


def _new(body: str, subject: str = "FW: netwerk", sender: str = ASSISTANT, purpose: str | None = None) -> Decision:
    thread = (lambda ids: ThreadMatch(purpose)) if purpose else None
    return classify(mail(sender=sender, subject=subject, body=body), thread=thread)


def _forward(intro: str, words: str, author: str = f"Rijn, Arend van <{DIRECTOR}>") -> str:
    """An Outlook forward: the writer's intro, then the forwarded mail's header block and words."""
    return (
        f"{intro}\n\nMet vriendelijke groet,\nLoes Hermans\ndirectiesecretaresse\n\n"
        f"Van: {author}\nVerzonden: maandag 22 februari 2027 17:05\nAan: Hermans, Loes\nOnderwerp: netwerk\n\n"
        f"{words}\n\nArend\n"
    )


# -- a request passed on: the forwarded mail's writer is the one it concerns --------------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "Hieronder het verzoek van de heer Van Rijn.",
        "Zie onder, wilt u dit afhandelen?",
        "Onze directeur vroeg mij onderstaande aan u door te sturen.",
        "Zijn verzoek staat hieronder.",
        "Please find below the request of our director.",
    ],
)
def test_a_leave_an_assistant_passes_on_concerns_the_director_who_is_asked_first(intro: str) -> None:
    decided = _new(_forward(intro, "Loes, wil je mij afmelden bij het netwerk? Ik ga per 1 april met pensioen."))
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason
    assert decided.member_email == DIRECTOR and decided.ask_member
    assert "doorgestuurd verzoek van" in decided.reason


def test_a_sign_up_an_assistant_passes_on_enrols_the_director_at_the_forwarded_address() -> None:
    body = _forward("Hieronder het verzoek van de heer Van Rijn.", "Loes, wil je mij aanmelden voor dat netwerk?")
    decided = _new(body)
    assert decided.kind == Kind.SUBSCRIBE, decided.reason
    assert decided.member_email == DIRECTOR


def test_a_director_forwarding_their_own_earlier_mail_asks_for_themself() -> None:
    """The chain holds a colleague's answer and, below it, the sender's own request: the sender's words count."""
    body = (
        "Zie onder. Wil jij dit regelen?\n\nArend\n\n"
        "-----Oorspronkelijk bericht-----\nVan: Secretariaat <secretariaat@werkorganisatie-oost.nl>\n"
        f"Verzonden: donderdag 25 februari 2027 10:03\nAan: Rijn, Arend van <{DIRECTOR}>\nOnderwerp: RE: netwerk\n\n"
        "Arend, ik weet niet hoe dat moet. Kun jij het zelf vragen?\n\nNel\n\n"
        "-----Oorspronkelijk bericht-----\n"
        f"Van: Rijn, Arend van <{DIRECTOR}>\nVerzonden: donderdag 25 februari 2027 08:41\n"
        "Aan: Secretariaat <secretariaat@werkorganisatie-oost.nl>\nOnderwerp: netwerk\n\n"
        "Nel, meld mij af bij het netwerk van directeuren, ik heb er geen tijd meer voor.\n\nArend\n"
    )
    decided = _new(body, sender=f"Arend van Rijn <{DIRECTOR}>")
    assert decided.kind == Kind.UNSUBSCRIBE, decided.reason
    assert decided.member_email in (None, DIRECTOR) and not decided.ask_member


def test_a_request_passed_on_without_the_writers_address_goes_to_a_person() -> None:
    body = _forward(
        "Zie hieronder, graag regelen.", "Ria, kun je mij afmelden bij het netwerk?", author="Rijn, Arend van"
    )
    decided = _new(body)
    assert decided.kind == Kind.OTHER
    assert "zonder diens adres" in decided.reason


def test_the_writers_own_request_above_a_forwarded_tip_stays_theirs() -> None:
    body = _forward(
        "Ik wil ook graag lid worden van het netwerk, zie hieronder.",
        "Dit netwerk is de moeite waard, aanmelden gaat via info@ambtelijkefusie.nl.",
        author="Bosman, Lotte",
    )
    decided = _new(body, sender=f"Paula Everts <{DIRECTOR}>", subject="FW: tip")
    assert decided.kind == Kind.SUBSCRIBE, decided.reason
    assert decided.member_email == DIRECTOR


def test_our_own_mail_forwarded_back_is_never_anyones_words() -> None:
    body = (
        "Zie hieronder het bericht.\n\n"
        "Van: Netwerk van directeuren <info@ambtelijkefusie.nl>\nVerzonden: maandag 1 maart 2027\nAan: Arend\n"
        "Onderwerp: Welkom\n\nWilt u zich afmelden? Antwoord dan met afmelden.\n"
    )
    own = own_text(body, DIRECTOR)
    assert "afmelden" not in own.text.lower() and own.passed_on_for is None


# -- questions that are the request ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Kan ik ook nog lid worden van het netwerk? Dan graag!",
        "Is er nog plek in het netwerk voor een nieuwe directeur? Zo ja, meld mij dan maar aan.",
        "Hoe kan ik mij bij het netwerk aansluiten? Ik zou dat heel graag willen.",
    ],
)
def test_a_question_about_joining_followed_by_the_wish_is_a_sign_up(body: str) -> None:
    decided = _new(body, subject="Lidmaatschap", sender="Youri Kamp <y.kamp@peelwerk.nl>")
    assert decided.kind == Kind.SUBSCRIBE, decided.reason


def test_a_question_about_joining_alone_stays_a_question() -> None:
    body = "Kunnen ook teamleiders lid worden van het netwerk? Dan hoor ik het graag."
    decided = _new(body, subject="Vraag", sender="y@peelwerk.nl")
    assert decided.kind == Kind.OTHER


@pytest.mark.parametrize(
    "body", ["tel mij maar mee voor het netwerk, lijkt me nuttig.", "Tel ons ook mee bij het netwerk."]
)
def test_counting_oneself_in_for_the_network_is_a_sign_up(body: str) -> None:
    assert _new(body, subject="", sender="t.zwiers@peelzoom.nl").kind == Kind.SUBSCRIBE


# -- erasure, withdrawal, confirmation and denial in other words -----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Please remove me from your lists and delete whatever personal data you hold on me.",
        "Please take me off the list and erase everything from your systems (GDPR).",
        "Vernietig alstublieft alle gegevens die u van mij hebt.",
        "Wis s.v.p. alle persoonsgegevens die jullie over mij bewaren.",
    ],
)
def test_erasure_in_other_words(body: str) -> None:
    decided = _new(body, subject="Gegevens", sender="n.idrissi@werkorganisatie-oost.nl")
    assert decided.kind == Kind.UNSUBSCRIBE and decided.erase is True, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Ik moet mijn inschrijving helaas intrekken; er is die middag een crisisoverleg.",
        "Mijn deelname moet ik annuleren, de raad vergadert.",
    ],
)
def test_withdrawing_ones_registration_declines_the_atelier(body: str) -> None:
    raw = mail(subject="RE: Uitnodiging", body=body, in_reply_to="<ours@ambtelijkefusie.nl>")
    rules = classify(raw, thread=lambda ids: ThreadMatch("invitation"), reader=lambda: None)
    assert rules.kind == Kind.RSVP and rules.attending is False, rules.reason
    decided = _in("invitation", body)
    assert decided.kind in (Kind.RSVP, Kind.OTHER) and decided.attending is not True, decided.reason


@pytest.mark.parametrize("body", ["In orde.", "Is in orde, dank u.", "Alles in orde!"])
def test_in_orde_under_our_confirmation_request_confirms(body: str) -> None:
    subject = "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
    decided = _in("confirmation", f"{body}\n\nRianne\n\nDenkt u aan het milieu voordat u deze mail print?", subject)
    assert decided.kind == Kind.CONFIRM, decided.reason


@pytest.mark.parametrize(
    "question",
    ["Hoe komt u eigenlijk aan mijn adres?", "Waar heeft u mijn e-mailadres vandaan?", "Where did you get my address?"],
)
def test_a_denial_that_asks_where_we_got_the_address_goes_to_a_person(question: str) -> None:
    decided = _in("confirmation", f"Ik heb mij nergens aangemeld. {question}")
    assert decided.kind == Kind.OTHER, decided.reason


def test_an_out_of_office_that_opens_with_its_dates() -> None:
    cue = text_cue(
        "Bedankt voor uw e-mail. Tot en met 3 maart ben ik afwezig en lees ik mijn mail beperkt. "
        "Uw bericht wordt na mijn terugkomst behandeld."
    )
    assert cue is not None


# -- the model's doubt where both answers are written -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "attending", "doubted"),
    [
        ("Ik kan helaas niet: dan is er raad. Nu is de raad verschoven, dus ik kan er toch bij zijn!", True, False),
        ("Ik kom graag. Oh nee, de begroting! Ik moet toch afzeggen.", False, False),
        ("Ik kom graag op 11 maart.", True, True),  # one answer only: the model's other reading still asks a person
    ],
)
def test_the_models_other_answer_is_no_doubt_where_the_writer_wrote_both(
    body: str, attending: bool, doubted: bool
) -> None:
    other = Fixed("rsvp-nee" if attending else "rsvp-ja", 0.99)
    raw = mail(subject="RE: Uitnodiging", body=body, in_reply_to="<ours@ambtelijkefusie.nl>")
    decided = classify(raw, thread=lambda ids: ThreadMatch("invitation"), reader=lambda: other)  # type: ignore[arg-type,return-value]
    if doubted:
        assert decided.kind == Kind.OTHER and decided.rule == "regels-en-model-oneens", decided.reason
    else:
        assert decided.kind == Kind.RSVP and decided.attending is attending, decided.reason


def test_a_question_beside_the_request_is_named_before_the_models_doubt() -> None:
    raw = mail(subject="RE: Uitnodiging", body="Ja, ik kom. Is de zaal met een lift bereikbaar?", in_reply_to="<o@x>")
    doubt = Fixed("other", 0.99)
    decided = classify(raw, thread=lambda ids: ThreadMatch("invitation"), reader=lambda: doubt)  # type: ignore[arg-type,return-value]
    assert (decided.kind, decided.rule) == (Kind.OTHER, "verzoek-met-vraag")


def test_taking_ones_place_in_the_network_is_a_hand_over_at_the_atelier_a_substitute() -> None:
    successor = "Mijn rol is veranderd. Petra Lammers (p.lammers@wo-lingewaal.nl) neemt mijn plek in het netwerk in."
    decided = _in("call_for_themes", successor)
    assert decided.kind == Kind.UNSUBSCRIBE and decided.successor == "p.lammers@wo-lingewaal.nl", decided.reason
    substitute = "Ik kan zelf niet. Mijn collega Petra Lammers (p.lammers@wo-lingewaal.nl) neemt mijn plek in."
    decided = _in("invitation", substitute)
    assert decided.kind != Kind.UNSUBSCRIBE and decided.attending is not True, decided.reason


def test_an_erasure_a_director_asks_the_assistant_to_pass_on_is_an_erasure() -> None:
    words = "Loes, wil je mij uitschrijven bij het netwerk en vragen of ze mijn gegevens helemaal wissen?"
    decided = _new(_forward("Hieronder het verzoek van de heer Van Rijn.", words))
    assert decided.kind == Kind.UNSUBSCRIBE and decided.erase is True, decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Willen jullie mijn naam, adres en de rest uit jullie bestanden verwijderen?",
        "Ik beroep mij op mijn recht op vergetelheid.",
        "Op grond van de AVG wil ik dat er niets van mij achterblijft.",
    ],
)
def test_erasure_said_through_the_files_or_the_right(body: str) -> None:
    decided = _new(f"Ik ben met pensioen. {body}", subject="Pensioen", sender="a.smit@werkorganisatie-oost.nl")
    assert decided.kind == Kind.UNSUBSCRIBE and decided.erase is True, decided.reason


def test_a_leave_only_the_model_read_goes_to_a_person_where_the_mail_names_data() -> None:
    raw = mail(subject="Nog geen antwoord", body="Ik heb hier nog niets op gehoord. Het gaat om mijn persoonsgegevens.")
    sure = Fixed("unsubscribe", 0.99)
    decided = classify(raw, reader=lambda: sure)  # type: ignore[arg-type,return-value]
    assert decided.kind == Kind.OTHER and "persoonsgegevens" in decided.reason


def test_a_withdrawn_registration_is_no_yes_beside_another_no() -> None:
    body = "Op 18 maart kan ik helaas niet, dus ik trek mijn aanmelding voor het atelier in."
    decided = _in("invitation", body)
    assert decided.kind in (Kind.RSVP, Kind.OTHER) and decided.attending is not True, decided.reason
    raw = mail(subject="RE: Uitnodiging", body=body, in_reply_to="<ours@ambtelijkefusie.nl>")
    rules = classify(raw, thread=lambda ids: ThreadMatch("invitation"), reader=lambda: None)
    assert rules.kind == Kind.RSVP and rules.attending is False, rules.reason


def test_ones_own_earlier_mail_sent_again_is_read_as_ones_own() -> None:
    body = (
        "Ik heb hier nog geen reactie op gehad. Hierbij nogmaals.\n\nS. Bakker\n\n"
        "________________________________\nVan: S. Bakker <s.bakker@werkorganisatie-oost.nl>\n"
        "Verzonden: maandag 11 januari 2027 08:55\nAan: info@ambtelijkefusie.nl\nOnderwerp: uitschrijving\n\n"
        "Wilt u mij uitschrijven bij het netwerk?\n\nS. Bakker\n"
    )
    decided = _new(body, subject="FW: uitschrijving", sender="S. Bakker <s.bakker@werkorganisatie-oost.nl>")
    assert decided.kind == Kind.UNSUBSCRIBE and not decided.ask_member, decided.reason


# -- answers about the atelier in other words and other threads (devset60, devset61) -----------------------------


@pytest.mark.parametrize(
    ("purpose", "body", "attending"),
    [
        ("call_for_themes", "Een nieuw thema heb ik niet. Wel alvast: op 11 maart ben ik present.", True),
        ("call_for_themes", "Voor de editie van maart kunt u weer op mij rekenen.", True),
        (
            "invitation",
            "Het is inmiddels anders: de begrotingsmiddag is verzet. Reken mij dus mee voor de 11e.",
            True,
        ),
        ("call_for_themes", "Reserveer maar een stoel voor me op de 11e.", True),
        ("invitation", "Ben erbij, samen met mijn loco-directeur.", True),
        ("call_for_themes", "Voor de eerstvolgende bijeenkomst moet ik mij helaas verontschuldigen.", False),
        ("invitation", "Ik ben verhindred op de 11de ivm een bestuursoverdracht.", False),
        ("goodbye", "Klopt, ik ben vertrokken. Mijn aanmelding voor 11 maart vervalt daarmee natuurlijk ook.", False),
    ],
)
def test_answers_about_the_atelier_in_other_words(purpose: str, body: str, attending: bool) -> None:
    raw = mail(subject="RE: bericht", body=body, in_reply_to="<ours@ambtelijkefusie.nl>")
    rules = classify(raw, thread=lambda ids: ThreadMatch(purpose), reader=lambda: None)
    assert rules.kind == Kind.RSVP and rules.attending is attending, rules.reason


def test_keeping_the_ateliers_registration_under_our_goodbye_is_no_undo() -> None:
    body = (
        "De afmelding klopt. Het atelier van 11 maart wil ik nog wel bijwonen. Mijn aanmelding daarvoor blijft staan."
    )
    decided = _in("goodbye", body)
    assert decided.kind != Kind.SUBSCRIBE, decided.reason


def test_leaving_said_with_the_verb_in_a_relayed_sentence() -> None:
    body = "Anja, laat je het secretariaat weten dat ik me ook afmeld als lid van het netwerk? Mijn functie vervalt."
    raw = mail(subject="netwerk", body=body)
    rules = classify(raw, reader=lambda: None)
    assert rules.kind == Kind.UNSUBSCRIBE, rules.reason


def test_the_models_answer_outside_the_invitation_counts_only_where_the_writer_names_the_day() -> None:
    sure = Fixed("rsvp-ja", 0.95)
    named = mail(subject="RE: Welkom", body="Dat wordt een mooie middag, de 11e, tot dan.", in_reply_to="<o@x>")
    decided = classify(named, thread=lambda ids: ThreadMatch("welcome"), reader=lambda: sure)  # type: ignore[arg-type,return-value]
    assert decided.kind == Kind.RSVP and decided.attending is True, decided.reason
    bare = mail(subject="RE: Welkom", body="Dat wordt vast mooi, tot dan.", in_reply_to="<o@x>")
    decided = classify(bare, thread=lambda ids: ThreadMatch("welcome"), reader=lambda: sure)  # type: ignore[arg-type,return-value]
    assert decided.kind == Kind.OTHER and "niet in antwoord op een uitnodiging" in decided.reason


@pytest.mark.parametrize(
    "body",
    [
        "Per 1 april ga ik met pensioen. Halen jullie mij van de ledenlijst? Dank voor de mooie jaren.",
        "Mijn lidmaatschap kan per direct worden beëindigd: ik heb een functie buiten het openbaar bestuur aanvaard.",
        "Sorry, my Dutch is not good enough: I want to leave het netwerk. Thank you for everything.",
        "Het netwerk is voor mij niet meer aan de orde; stuur mij alstublieft geen uitnodigingen of oproepen meer.",
    ],
)
def test_leaving_said_in_reply_to_the_call_is_no_topic(body: str) -> None:
    raw = mail(subject="RE: Welke thema's", body=body, in_reply_to="<ours@ambtelijkefusie.nl>")
    rules = classify(raw, thread=lambda ids: ThreadMatch("call_for_themes"), reader=lambda: None)
    assert rules.kind == Kind.UNSUBSCRIBE, rules.reason


def test_taking_over_ones_place_in_the_network_is_a_hand_over() -> None:
    body = "Dit was mijn laatste atelier. Bart Wolters (b.wolters@wo-oost.nl) neemt mijn plek in het netwerk over."
    decided = _in("call_for_themes", body)
    assert decided.kind == Kind.UNSUBSCRIBE and decided.successor == "b.wolters@wo-oost.nl", decided.reason


# -- our goodbye and the call for themes (devset62, devset63) ------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Afmelding is goed. Dank voor de mooie jaren.",
        "Jammer, maar begrijpelijk nu ik stop. Dank voor de ateliers.",
        "Klopt, dank. Schrap me ook maar van de lijst voor Deventer, ik kom niet meer.",
    ],
)
def test_under_our_goodbye_the_leave_is_done_and_no_new_one_is_read(body: str) -> None:
    raw = mail(subject="RE: Uw afmelding", body=body, in_reply_to="<ours@ambtelijkefusie.nl>")
    rules = classify(raw, thread=lambda ids: ThreadMatch("goodbye"), reader=lambda: None)
    assert rules.kind != Kind.UNSUBSCRIBE, rules.reason
    sure = Fixed("unsubscribe", 0.99)
    decided = classify(raw, thread=lambda ids: ThreadMatch("goodbye"), reader=lambda: sure)  # type: ignore[arg-type,return-value]
    assert decided.kind != Kind.UNSUBSCRIBE, decided.reason


def test_under_our_goodbye_a_hand_over_still_counts() -> None:
    decided = _in("goodbye", "Dank je. Mijn opvolger is Rianne Post (r.post@maasheuvel.nl), zij begint op 1 april.")
    assert decided.kind == Kind.UNSUBSCRIBE and decided.successor == "r.post@maasheuvel.nl", decided.reason


@pytest.mark.parametrize(
    ("purpose", "body", "attending"),
    [
        ("goodbye", "Helder. Mijn aanmelding voor het atelier in Amersfoort mag dan ook vervallen.", False),
        ("invitation", "Anja, kun je laten weten dat ik niet kom? Ik ben die week op werkbezoek.", False),
        ("invitation", "Aanwezig ben ik wel, graag met één collega erbij.", True),
        ("invitation", "Mijn aanmelding trek ik hierbij in, er kwam een crisisoverleg tussen.", False),
    ],
)
def test_more_answers_about_the_atelier(purpose: str, body: str, attending: bool) -> None:
    raw = mail(subject="RE: bericht", body=body, in_reply_to="<ours@ambtelijkefusie.nl>")
    rules = classify(raw, thread=lambda ids: ThreadMatch(purpose), reader=lambda: None)
    assert rules.kind == Kind.RSVP and rules.attending is attending, rules.reason


@pytest.mark.parametrize("body", ["AFMLEDEN s.v.p.", "graag uitschrjiven"])
def test_leave_words_with_a_typo(body: str) -> None:
    assert _new(body, subject="", sender="r.wennekes@wo-oost.nl").kind == Kind.UNSUBSCRIBE


def test_handing_over_ones_task_to_a_named_successor() -> None:
    body = "Mijn taak als directeur draag ik per 15 januari over aan Kim Roelofs (k.roelofs@wo-oost.nl)."
    decided = _in("call_for_themes", body)
    assert decided.kind == Kind.UNSUBSCRIBE and decided.successor == "k.roelofs@wo-oost.nl", decided.reason


def test_a_colleagues_mailbox_no_longer_read_is_a_person_asking() -> None:
    body = "Kunt u ook mijn collega Hans Wevers afmelden? Hij is vertrokken en zijn mailbox wordt niet meer gelezen."
    decided = _in("goodbye", body)
    assert decided.kind != Kind.AUTOREPLY, decided.reason
