"""Issue 17, the rounds of devset7 to devset9: one regression test per class of failure they showed (the phrasings
are illustrations, not the sets' messages)."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind, classify
from mailservice.classify.context import ThreadMatch, writers_prefix
from mailservice.classify.quotes import own_text
from tests.classify.replies import reply_to
from tests.support import mail

GMAIL = (
    "Op di 2 mrt 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
    "info@ambtelijkefusie.nl>:\n\n"
)


_in = reply_to


@pytest.mark.parametrize(
    ("purpose", "body"),
    [
        ("reminder", "Ik kom. Onze oud-directeur krijgt nog steeds uw mail: kunt u haar uitschrijven?"),
        ("invitation", "Ja, graag. Wilt u het e-mailadres van mijn collega Tom Bakker aanpassen naar t.bakker@wo.nl?"),
        (None, "Namens mijn collega verzoek ik u op grond van de AVG al zijn gegevens te verwijderen."),
        (None, "Onze directeur is vertrokken. Wilt u hem uit uw bestand verwijderen?"),
        ("invitation", "Yes, I'll attend. My colleague's address has changed, could you update it on your list?"),
    ],
)
def test_a_request_about_someone_else_goes_to_a_person_whole(purpose: str | None, body: str) -> None:
    decided = _in(purpose, body)
    assert decided.kind == Kind.OTHER
    assert decided.rule == "voor-een-ander"


def test_an_assistant_declining_the_atelier_for_the_director_is_still_an_rsvp() -> None:
    decided = _in("invitation", "De heer Smit kan die dag niet. Wilt u hem afmelden voor het atelier?")
    assert (decided.kind, decided.attending) == (Kind.RSVP, False)


def test_an_answer_below_a_quote_is_the_writers_own() -> None:
    body = GMAIL + '> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".\n\nJa hoor, ik kom.\n'
    assert own_text(body).text == "Ja hoor, ik kom."
    assert (_in("invitation", body).kind, _in("invitation", body).attending) == (Kind.RSVP, True)


def test_the_wrapped_tail_of_a_quoted_line_is_not_the_writers() -> None:
    body = GMAIL + "> Wilt u zich afmelden? Antwoord dan met\nafmelden, dan halen wij u van de lijst.\n\nDank!\n"
    assert own_text(body).text == "Dank!"


@pytest.mark.parametrize(
    "body",
    [
        "Ik twijfel nog even en kom er later op terug.",
        "Wat kost het lidmaatschap? Dat wil ik graag weten voordat ik iets bevestig.",
    ],
)
def test_not_deciding_yet_confirms_nothing(body: str) -> None:
    decided = _in("confirmation", body, subject="RE: Bevestig uw aanmelding")
    assert decided.kind == Kind.OTHER


@pytest.mark.parametrize(
    "body", ["Ik heb me gisteren aangemeld, maar ik trek dat toch in.", "Niet nodig, ik zie af van het lidmaatschap."]
)
def test_withdrawing_in_answer_to_our_confirmation_request(body: str) -> None:
    decided = _in("confirmation", body, subject="RE: Bevestig uw aanmelding")
    assert decided.kind == Kind.UNSUBSCRIBE


@pytest.mark.parametrize(
    "body",
    [
        "Deze ronde sla ik over, we zitten midden in een reorganisatie.",
        "Ik bespreek de oproep eerst in ons MT en laat daarna weten wat wij inbrengen.",
        "Ik heb vorige week een suggestie gestuurd maar niets gehoord. Is die aangekomen?",
    ],
)
def test_answers_to_the_call_without_a_topic_go_to_a_person(body: str) -> None:
    subject = "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
    assert _in("call_for_themes", body, subject=subject).kind == Kind.OTHER


def test_withdrawing_a_registration_for_a_date_declines() -> None:
    decided = _in("invitation", "Ik moet mijn aanmelding voor 11 maart helaas intrekken.")
    assert (decided.kind, decided.attending) == (Kind.RSVP, False)


def test_a_substitute_who_comes_in_the_writers_place() -> None:
    decided = _in("invitation", "Zelf ben ik verhinderd. Namens ons schuift Eva Mol aan, e.mol@wo-west.nl.")
    assert (decided.kind, decided.attending, decided.substitute) == (Kind.RSVP, False, "e.mol@wo-west.nl")


def test_wishing_no_longer_to_receive_is_leaving_and_a_report_is_not() -> None:
    assert _in("call_for_themes", "Ik wil deze berichten niet meer ontvangen.").kind == Kind.UNSUBSCRIBE
    assert _in(None, "Ik heb de laatste berichten niet meer ontvangen, klopt dat?").kind != Kind.UNSUBSCRIBE


def test_leaving_and_declining_in_one_sentence_leaves() -> None:
    decided = _in("reminder", "Meldt u mij af voor het atelier en voor het netwerk.")
    assert decided.kind == Kind.UNSUBSCRIBE


@pytest.mark.parametrize(
    "body",
    [
        "Under the GDPR I request the erasure of my personal data.",
        "Won't attend. I'd like all my personal data erased from your records.",
        "Verwijdert u bovendien, conform de AVG, al mijn gegevens uit uw bestanden.",
    ],
)
def test_erasure_wordings(body: str) -> None:
    decided = _in("invitation", body)
    assert (decided.kind, decided.erase) == (Kind.UNSUBSCRIBE, True)


def test_the_writers_words_before_our_subject_count() -> None:
    assert writers_prefix("Aanwezig - RE: Uitnodiging atelier [atelier:2027-1]") == "Aanwezig"
    assert writers_prefix("RE: Re: Uitnodiging atelier [atelier:2027-1]") == ""
    decided = _in("invitation", "", subject="Aanwezig - RE: Uitnodiging atelier [atelier:2027-1]")
    assert (decided.kind, decided.attending) == (Kind.RSVP, True)


@pytest.mark.parametrize(
    "body",
    [
        "Ik ben met verlof tot 1 april.",
        "Vanwege een sabbatical ben ik tot 1 september niet aanwezig. Mijn mail wordt in die periode niet gelezen.",
    ],
)
def test_an_absence_with_its_end_is_an_out_of_office(body: str) -> None:
    assert _in("invitation", body).kind == Kind.AUTOREPLY


def test_staying_in_answer_to_our_goodbye_signs_up_again() -> None:
    decided = _in("goodbye", "lid blijven", subject="RE: Uw afmelding")
    assert decided.kind == Kind.SUBSCRIBE


@pytest.mark.parametrize(
    "body",
    [
        "Per 1 mei neemt Sanne de Wit (s.dewit@wo.nl) het stokje van mij over.",
        "Vanaf maart is Bas Mol (b.mol@wo.nl) hier directeur en ben ik vertrokken.",
    ],
)
def test_hand_over_wordings(body: str) -> None:
    decided = _in(None, body, subject="Overdracht")
    assert (decided.kind, decided.successor) == (Kind.UNSUBSCRIBE, body.split("(")[1].split(")")[0])


def test_a_decision_put_off_until_an_answer_is_no_rsvp() -> None:
    body = "Ik kan niet in de zaal zijn. Is online meedoen ook goed? Dan beslis ik daarna."
    assert _in("invitation", body).kind == Kind.OTHER


CALL = "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"


@pytest.mark.parametrize(
    ("purpose", "body", "attending"),
    [
        (
            "invitation",
            "Eerst dacht ik dat het niet zou lukken, maar het is verplaatst. Dus: ik kom op 11 maart.",
            True,
        ),
        ("reminder", "Ik sluit aan, maar ik ben er pas rond 14.30.", True),
        ("invitation", "Tot mijn spijt ben ik niet in de gelegenheid het atelier bij te wonen.", False),
        ("invitation", "Unfortunately I can't make it; I'll be abroad. Looking forward to the report.", False),
        ("invitation", "Ik ben erbij. Wel online, want ik kan die dag niet naar Utrecht reizen.", True),
    ],
)
def test_more_rsvp_wordings(purpose: str, body: str, attending: bool) -> None:
    decided = _in(purpose, body)
    assert (decided.kind, decided.attending) == (Kind.RSVP, attending)


def test_a_member_registering_for_the_atelier_in_a_new_mail() -> None:
    body = "Ik ben al lid van het netwerk, maar vind de uitnodiging niet. Bij deze meld ik me aan voor de bijeenkomst."
    decided = classify(mail(subject="Aanmelding atelier 11 maart", body=body))
    assert (decided.kind, decided.attending) == (Kind.RSVP, True)


@pytest.mark.parametrize(
    "body", ["Ik trek mijn lidmaatschap in.", "Mijn opdracht zit erop, dus graag mijn aanmelding beëindigen."]
)
def test_more_leaving_wordings(body: str) -> None:
    assert _in(None, body, subject="Lidmaatschap").kind == Kind.UNSUBSCRIBE


@pytest.mark.parametrize(
    "body",
    [
        "Wij zouden graag een casus over onze reorganisatie inbrengen. Is dat mogelijk, en hoeveel tijd krijgt die?",
        "Wat bedoelt u precies met sturingsconcept? Dan weet ik of ik iets kan aandragen.",
        "Leuk verslag! Mag ik de foto's gebruiken in ons personeelsblad?",
        "Adviesbureau Stroom verzorgt graag een workshop over datagedreven werken. Onze tarieven staan in de bijlage.",
    ],
)
def test_answers_to_the_call_that_ask_or_offer_go_to_a_person(body: str) -> None:
    assert _in("call_for_themes", body, subject=CALL).kind == Kind.OTHER


def test_asking_leave_to_propose_is_proposing() -> None:
    body = "Mag ik zo vrij zijn een thema voor te stellen? De klantreis van ondernemers langs ons loket."
    assert _in("call_for_themes", body, subject=CALL).kind == Kind.SUGGESTION


def test_someone_elses_not_asking_is_no_denial() -> None:
    body = (
        "Mijn collega Joke Bakx (j.bakx@wo.nl) is nieuw. Ik heb haar er nog niet naar gevraagd, stuur haar de oproep."
    )
    assert _in("call_for_themes", body, subject=CALL).kind != Kind.UNSUBSCRIBE


def test_someone_else_taken_out_of_the_file() -> None:
    decided = _in(None, "Els Raaijmakers is vertrokken. Kunnen jullie haar uit het bestand halen?", subject="Collega")
    assert decided.kind == Kind.OTHER


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({}, "Ik ben vandaag niet aanwezig. Uw bericht wordt na mijn terugkeer behandeld."),
        (
            {"Auto-Submitted": "auto-generated"},
            "Bedankt voor uw e-mail. Wij streven ernaar uw vraag binnen vijf werkdagen te beantwoorden.",
        ),
    ],
)
def test_more_automatic_answers(headers: dict[str, str], body: str) -> None:
    raw = mail(subject="RE: Uitnodiging", body=body, in_reply_to="<ours@ambtelijkefusie.nl>", headers=headers)
    assert classify(raw, thread=lambda ids: ThreadMatch("invitation")).kind == Kind.AUTOREPLY


def test_an_assistant_passing_on_the_directors_answer() -> None:
    body = (
        "Goedemiddag,\n\nZie hieronder het antwoord van mevrouw Brouwers.\n\nGroet, Anja\n\n"
        "Van: Yvonne Brouwers <y.brouwers@wo.nl>\nVerzonden: dinsdag 2 maart 2027 10:40\nAan: Anja <a@wo.nl>\n"
        "Onderwerp: RE: Uitnodiging\n\nAnja, dat gaat niet lukken helaas. Laat jij weten dat ik niet kom?\n\nYvonne\n"
    )
    decided = _in("invitation", body)
    assert (decided.kind, decided.attending) == (Kind.RSVP, False)


def test_a_successors_sign_up_with_ones_own_leave_announced_apart() -> None:
    body = (
        "Ik ga per 1 april met pensioen (daarover stuur ik apart een bericht). Mijn opvolger, Jolien Abbink, begint "
        "per 15 maart. Wil je haar alvast aanmelden voor het netwerk? Haar adres is j.abbink@wo.nl."
    )
    decided = _in(None, body, subject="Aanmelding nieuwe directeur")
    assert (decided.kind, decided.member_email) == (Kind.SUBSCRIBE, "j.abbink@wo.nl")


@pytest.mark.parametrize(
    ("body", "attending"),
    [
        ("Unfortunately the 18th doesn't work for me - please take me off the waiting list.", False),
        ("I was going to say yes, but it's a no from me this time, sorry!", False),
        ("Thanks for the reminder, still coming!", True),
        ("Ik wil me daarvoor graag aanmelden; de uitnodiging zelf kan ik niet meer terugvinden.", True),
        ("Ik kom toch: mijn andere afspraak is vervallen.", True),
        ("Ik was afgemeld maar kan nu wel: zet me maar op de lijst.", True),
    ],
)
def test_rsvp_wordings_of_the_thirteenth_round(body: str, attending: bool) -> None:
    decided = _in("invitation", body)
    assert (decided.kind, decided.attending) == (Kind.RSVP, attending)


@pytest.mark.parametrize(
    "body",
    [
        "Ik kom graag, maar alleen als ik mijn hele MT mag meenemen.",
        "Misschien. Ik zit die ochtend in Leeuwarden.",
        "In de herinnering staat dat ik met 1 gast kom, maar ik heb niemand opgegeven.",
    ],
)
def test_conditions_doubts_and_our_own_words_reported_are_no_answer(body: str) -> None:
    assert _in("invitation", body).kind == Kind.OTHER


def test_asking_before_signing_up_is_no_sign_up() -> None:
    body = "Can deputy directors also become members? I'd like to know before I sign up."
    assert classify(mail(subject="Question about membership", body=body)).kind != Kind.SUBSCRIBE


def test_undoing_a_welcome() -> None:
    assert _in("welcome", "Bij nader inzien past het niet. Zet me er maar weer af.").kind == Kind.UNSUBSCRIBE


def test_an_encoded_word_inside_the_address_is_decoded() -> None:
    raw = b"From: Martijn <m.oosting@=?utf-8?q?veenkoloni=C3=ABn?=.nl>\nSubject: Afmelden\n\nGraag afmelden.\n"
    decided = classify(raw)
    assert decided.sender == "m.oosting@veenkoloniën.nl"
    assert decided.kind == Kind.UNSUBSCRIBE


@pytest.mark.parametrize(
    ("purpose", "body"),
    [
        (None, "Hierbij wil ik mij afmelden voor de digitale nieuwsbrief van Bestuursblad Plus. Abonneenummer 48213."),
        ("welcome", "Could you take me off that consultancy newsletter? I do want to stay in the network."),
        ("invitation", "Als dit zo doorgaat overweeg ik mij af te melden. Voor nu blijf ik."),
        ("reminder", "Kan ik alleen de uitnodigingen krijgen en niet de herinneringen? Afmelden wil ik namelijk niet."),
        ("invitation", "NIET afmelden aub! Mijn secretaresse heeft per ongeluk 'afmelden' gestuurd."),
        ("welcome", "Kunt u mijn lidmaatschap een half jaar op pauze zetten? Daarna graag weer."),
    ],
)
def test_leaving_words_that_do_not_leave(purpose: str | None, body: str) -> None:
    assert _in(purpose, body, subject="Bericht").kind != Kind.UNSUBSCRIBE


@pytest.mark.parametrize(
    ("purpose", "body"),
    [
        ("welcome", "Bij nader inzien past het niet bij mijn rol. Wilt u mijn lidmaatschap ongedaan maken?"),
        (
            "invitation",
            "Dank voor de uitnodiging. Ik wens echter geen verdere correspondentie van het netwerk te ontvangen.",
        ),
        ("welcome", "U mag mij dus weer afmelden."),
        (
            None,
            "Vandaag is mijn laatste werkdag, morgen wordt dit adres opgeheven. Wil je mij van de ledenlijst halen?",
        ),
        (
            "invitation",
            "Dirk gaf mij op als vervanger, maar ik ga weg bij de organisatie. Wilt u mij als lid afvoeren?",
        ),
        ("call_for_themes", "Count me out - not just for the atelier but for the network as a whole."),
    ],
)
def test_more_ways_of_leaving(purpose: str | None, body: str) -> None:
    assert _in(purpose, body, subject="Bericht").kind == Kind.UNSUBSCRIBE


def test_ending_ones_participation_in_the_subject_is_one_request() -> None:
    body = "Gelet op mijn benoeming verzoek ik u mijn deelname aan het netwerk met ingang van 15 april te beëindigen."
    decided = _in(None, body, subject="Beëindiging deelname Netwerk directeuren")
    assert decided.kind == Kind.UNSUBSCRIBE


@pytest.mark.parametrize(
    "body",
    [
        "Nee, ik kom niet. Sterker: vergeet mij alstublieft, in de zin van de AVG. Wis alles wat u van mij heeft.",
        "Under Article 17 GDPR I request the erasure of all personal data you hold about me.",
    ],
)
def test_erasure_wordings_of_the_twelfth_round(body: str) -> None:
    decided = _in("invitation", body)
    assert (decided.kind, decided.erase) == (Kind.UNSUBSCRIBE, True)


def test_cancelling_ones_registration_for_a_session_declines_it() -> None:
    body = "Please cancel my registration for the 11 March session. I do want to stay in the loop for the next ones."
    decided = _in("reminder", body)
    assert (decided.kind, decided.attending) == (Kind.RSVP, False)


def test_a_question_to_us_stops_the_model_acting_alone() -> None:
    body = "Per 1 april stop ik als directeur, maar ik blijf adviseur. Mag ik dan lid blijven van het netwerk?"
    assert classify(mail(subject="stop ik als directeur?", body=body)).kind == Kind.OTHER


def test_a_reply_to_our_confirmation_request_that_signs_up_a_colleague() -> None:
    body = "Ik ben niet de directeur; deze aanmelding was voor mijn collega, f.brouwer@wo.nl. Wilt u haar aanmelden?"
    decided = _in("confirmation", body, subject="RE: Bevestig uw aanmelding")
    assert (decided.kind, decided.member_email) == (Kind.SUBSCRIBE, "f.brouwer@wo.nl")


FOOTER_Q = "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n\n"
RSVP_Q = '> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".\n\n'


@pytest.mark.parametrize("answer", ["Ja, graag. Ik ben per 1 februari met pensioen.", "Graag!", "Yes please"])
def test_a_yes_under_our_footer_question_leaves(answer: str) -> None:
    decided = _in("invitation", RSVP_Q + "Nee.\n\n" + FOOTER_Q + answer + "\n\nHans")
    assert (decided.kind, decided.rule, decided.attending) == (Kind.UNSUBSCRIBE, "antwoord-op-afmeldvraag", False)


@pytest.mark.parametrize("answer", ["Zeker niet :)", "Ja, ik kom.", "Ja maar niet voor het netwerk.", "Nee."])
def test_no_yes_under_our_footer_question_stays(answer: str) -> None:
    decided = _in("invitation", RSVP_Q + "Ja, ik kom.\n\n" + FOOTER_Q + answer + "\n\nIrene")
    assert decided.kind != Kind.UNSUBSCRIBE
