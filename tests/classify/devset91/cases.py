"""Answers typed between the lines of our own mail (issue 17, devset91).

About ninety replies in which the writer answers INSIDE the text of one of our mails instead of above it: a yes or no
typed next to the date line of the invitation, a topic typed under a theme bullet of the call for themes, a
confirmation or a denial under the confirmation request, an address or function change typed under our text, a
question after one of our paragraphs, a leave typed under the unsubscribe line of our footer. Most are written as
Outlook shows them: our mail quoted WITHOUT any marker under a "Van: / Verzonden: / Aan: / Onderwerp:" block (or its
English or Outlook-on-the-web form), the answer as plain lines between ours, with nothing above the block or only
"Zie hieronder" / "antwoorden in de tekst"; others quote with "> " and answer between the quoted lines. Some answers
are in capitals, behind "-->" or in brackets; most are unmarked and in sentence case. Besides those: about twenty
replies that leave our quoted text untouched and answer above it as usual, and about ten whose only inline text is
"ok" / "gezien" / "klopt" next to a line that asks for nothing (labelled as the secretariat would read them).

Conventions relied on (from the dataset brief):
- For an answer written inline between our quoted lines, the body holds those quoted lines itself (in the way the
  client marks them, or unmarked) and the case has no ``quoted``; ``thread`` is the mail replied to, ``subject`` is
  set because no ``quoted`` supplies the default "RE: ...".
- Our quoted text is the real text of ``tests/classify/quoted_mails.json``, with the addressee's name and address in
  place of the example addressee's, as the writer received it.
- Any reply to the confirmation request or its reminder confirms ("u hoeft niets te typen"); a plain denial under it
  ("dit was ik niet") is ``unsubscribe``; a denial that asks where we got the address is ``other``.
- Under the call for themes, the follow-up or the welcome: a topic is a ``suggestion`` (also when the writer says
  whether they come); only whether the writer comes is an ``rsvp``; a proposal about the form of the ateliers is
  ``other``. Themes are those of the topic itself, not of the bullet it happens to be typed under.
- Leaving and declining in one mail: ``unsubscribe``. A director who cannot come but sends a substitute: ``rsvp``
  False. A named successor with address taking over the seat: ``unsubscribe`` (hand-over). An AVG erasure request:
  ``unsubscribe`` with ``erase`` True. 'lid blijven' under our confirmation of a leave: ``subscribe``.
- Address or function changes, questions, thanks, a yes on a condition, or a request plus a real question: ``other``.
- A bare "ok" / "gezien" / "klopt" next to a line that asks for nothing: under the confirmation request it still
  confirms (any reply does); elsewhere it is an acknowledgement, ``other``. Where such a word could be read as an
  answer about the atelier, the case was left out.
"""

from __future__ import annotations

import datetime
import json
import pathlib
from typing import Any

_OURS: dict[str, dict[str, str]] = json.loads(
    (pathlib.Path(__file__).resolve().parent.parent / "quoted_mails.json").read_text(encoding="utf-8")
)
_EXAMPLE_NAME = "Marieke de Vries-Ölçer"
_EXAMPLE_ADDRESS = "m.devries@bbr.nl"
_EXAMPLE_VIA = "secretariaat.directie@werkorganisatie-bbr.nl"
_US = "Netwerk van directeuren van ambtelijke fusieorganisaties"

_THREAD = {
    "bevestiging_aanmelding": "confirmation",
    "herinnering_aanmelding": "confirmation",
    "welkom": "welcome",
    "afmelding_bevestigd": "goodbye",
    "uitnodiging_atelier": "invitation",
    "wijziging_atelier": "invitation",
    "annulering_atelier": "invitation",
    "bevestiging_rsvp": "invitation",
    "uitnodiging_vervanger": "invitation",
    "herinnering_atelier": "reminder",
    "oproep_themas": "call_for_themes",
    "vervolg_atelier": "call_for_themes",
    "bedankt_suggestie": "call_for_themes",
}

# When our mail went out (mass mailings at one moment; the writer's copy differs only by minutes).
_SENT = {
    "bevestiging_aanmelding": datetime.datetime(2026, 11, 30, 14, 2),
    "herinnering_aanmelding": datetime.datetime(2026, 12, 7, 9, 0),
    "welkom": datetime.datetime(2026, 12, 2, 10, 31),
    "afmelding_bevestigd": datetime.datetime(2027, 2, 10, 12, 0),
    "oproep_themas": datetime.datetime(2027, 1, 5, 9, 15),
    "bedankt_suggestie": datetime.datetime(2027, 1, 12, 8, 40),
    "uitnodiging_atelier": datetime.datetime(2027, 2, 1, 10, 0),
    "bevestiging_rsvp": datetime.datetime(2027, 2, 15, 16, 20),
    "uitnodiging_vervanger": datetime.datetime(2027, 2, 24, 11, 45),
    "wijziging_atelier": datetime.datetime(2027, 3, 2, 15, 5),
    "annulering_atelier": datetime.datetime(2027, 3, 4, 13, 10),
    "herinnering_atelier": datetime.datetime(2027, 3, 8, 9, 0),
    "vervolg_atelier": datetime.datetime(2027, 3, 12, 10, 0),
}
_DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
_MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
_MND = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# How each client quotes: "unmarked" styles put our text under a header block as it is, the others prefix "> ".
_MARKED = {"gmail", "thunderbird", "apple"}
_RE = {
    "outlook-nl": "RE: ",
    "outlook-lijn": "RE: ",
    "owa": "RE: ",
    "outlook-en": "RE: ",
    "gmail": "Re: ",
    "thunderbird": "Re: ",
    "apple": "Re: ",
}


def _header(style: str, key: str, to: str, when: datetime.datetime) -> str:
    subject = _OURS[key]["subject"]
    nl = f"{_DAGEN[when.weekday()]} {when.day} {_MAANDEN[when.month - 1]} {when.year} {when:%H:%M}"
    if style == "outlook-nl":
        return f"Van: {_US} <info@ambtelijkefusie.nl>\nVerzonden: {nl}\nAan: {to}\nOnderwerp: {subject}\n\n"
    if style == "outlook-lijn":
        return (
            f"________________________________\nVan: {_US} <info@ambtelijkefusie.nl>\nVerzonden: {nl}\n"
            f"Aan: {to}\nOnderwerp: {subject}\n\n"
        )
    if style == "owa":
        return (
            f"Van: info@ambtelijkefusie.nl <info@ambtelijkefusie.nl>\nDatum: {nl}\nAan: {to}\nOnderwerp: {subject}\n\n"
        )
    if style == "outlook-en":
        hour = when.hour % 12 or 12
        en = (
            f"{_DAYS[when.weekday()]}, {_MONTHS[when.month - 1]} {when.day}, {when.year} {hour}:{when:%M} "
            f"{'AM' if when.hour < 12 else 'PM'}"
        )
        return f"From: {_US} <info@ambtelijkefusie.nl>\nSent: {en}\nTo: {to}\nSubject: {subject}\n\n"
    if style == "gmail":
        short = f"{_DAGEN[when.weekday()][:2]} {when.day} {_MND[when.month - 1]} {when.year} om {when:%H:%M}"
        return f"Op {short} schreef {_US} <\ninfo@ambtelijkefusie.nl>:\n\n"
    if style == "thunderbird":
        return f"Op {when:%d-%m-%Y} om {when:%H:%M} schreef {_US}:\n"
    if style == "apple":
        return (
            f"Op {when.day} {_MND[when.month - 1]}. {when.year} om {when:%H:%M} heeft {_US} "
            f"<info@ambtelijkefusie.nl> het volgende geschreven:\n\n"
        )
    raise ValueError(style)


def _case(
    cid: str,
    kind: str,
    key: str,
    sender: str,
    answers: tuple[tuple[str, str], ...] = (),
    top: str = "",
    style: str = "outlook-nl",
    to: str | None = None,
    via: str | None = None,
    minutes: int = 0,
    subject: str | None = None,
    **label: Any,
) -> dict[str, Any]:
    """One reply: ``top`` above the quote, ``answers`` typed into our text.

    Each answer is (start of one of our lines, text): text starting with a space is typed at the end of that line,
    other text on new lines under it. Anchors are looked for in order, each after the previous one.
    """
    name, address = sender[: sender.index("<")].strip(), sender[sender.index("<") + 1 : -1]
    domain = address.split("@")[1]
    text = (
        _OURS[key]["text"]
        .replace(_EXAMPLE_NAME, name)
        .replace(_EXAMPLE_VIA, via or f"directiesecretariaat@{domain}")
        .replace(_EXAMPLE_ADDRESS, address)
    )
    marked = style in _MARKED
    pending = list(answers)
    out: list[str] = []
    for line in text.rstrip("\n").split("\n"):
        shown = (("> " + line) if line else ">") if marked else line
        if pending and line.startswith(pending[0][0]):
            answer = pending.pop(0)[1]
            if answer.startswith(" "):
                out.append(shown + answer)
            elif marked:
                out.extend([shown, "", *answer.strip("\n").split("\n"), ""])
                continue
            else:
                out.append(shown)
                out.extend(answer.split("\n"))
                continue
        else:
            out.append(shown)
    assert not pending, f"{cid}: anchor not found: {pending[0][0]!r}"
    when = _SENT[key] + datetime.timedelta(minutes=minutes)
    quote = _header(style, key, to or sender, when) + "\n".join(out)
    case: dict[str, Any] = {
        "id": cid,
        "kind": kind,
        "sender": sender,
        "subject": subject or (_RE[style] + _OURS[key]["subject"]),
        "thread": _THREAD[key],
        "body": (top.strip("\n") + "\n\n" + quote) if top.strip() else quote,
    }
    case.update(label)
    return case


INV = "uitnodiging_atelier"
CALL = "oproep_themas"
CONF = "bevestiging_aanmelding"
CONF2 = "herinnering_aanmelding"
WHEN = "Wanneer: donderdag 11 maart"
FOOT = "Afmelden? Antwoord"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---- the invitation: yes / no typed next to or under the date line (mostly unmarked) ----
    _case("d91-rsvp-01", "rsvp", INV, "Pieter Jansen <p.jansen@werkorganisatie-drechtvallei.nl>", attending=True,
          answers=((WHEN, "Ja, ik ben erbij."),)),
    _case("d91-rsvp-02", "rsvp", INV, "Annelies Groothuis <a.groothuis@bghn.nl>", attending=False, top="Zie hieronder",
          answers=((WHEN, " --> nee, die middag zit ik in de begrotingsraad"),),
          to="Groothuis, Annelies <a.groothuis@bghn.nl>", minutes=3),
    _case("d91-rsvp-03", "rsvp", INV, "Hendrik Scholten <h.scholten@wo-berkelland-oost.nl>", attending=True,
          style="outlook-en",
          answers=(("personen u komt.", "JA, IK KOM MET 1 COLLEGA (DUS 2 PERSONEN)"),), minutes=1),
    _case("d91-rsvp-04", "rsvp", INV, "Yvonne Mertens <yvonne.mertens@gmail.com>", attending=True, style="gmail",
          answers=((WHEN, "Ik kom, al moet ik om half vijf weg voor een afspraak met de burgemeester."),)),
    _case("d91-rsvp-05", "rsvp", INV, "Erwin de Graaf <e.degraaf@sam-hollandsmidden.nl>", attending=False,
          style="outlook-lijn",
          answers=(("Graag uw antwoord", "Ik kan helaas niet, ik zit die week met een VNG-delegatie in Brussel.\n"
                    "Volgende keer graag weer.\n\nErwin"),), minutes=2),
    _case("d91-rsvp-06", "rsvp", INV, "Joyce Verbeek <j.verbeek@dewaardenlanden.nl>", attending=False,
          top="antwoorden in de tekst",
          answers=(("personen u komt.",
                    "Zelf kan ik niet. Mijn plaatsvervanger Ruud Kramer (r.kramer@dewaardenlanden.nl) "
                    "komt in mijn plaats."),)),
    _case("d91-rsvp-07", "rsvp", INV, "Marco Veldkamp <m.veldkamp@odc-noordkwartier.nl>", attending=True,
          answers=((WHEN, " [ja, aanwezig]"),), minutes=4),
    _case("d91-rsvp-08", "rsvp", INV, "Lotte Brinkman <l.brinkman@werkorganisatie-cwb.nl>", attending=True,
          answers=(("Hoe houdt u de couleur locale", "Goede vraag, daar worstelen wij dagelijks mee. Ik kom graag."),)),
    _case("d91-rsvp-09", "rsvp", INV, "Frank Huisman <frank.huisman@ziggo.nl>", attending=True, style="thunderbird",
          answers=(("Online:", "Ik sluit online aan, de reis naar Utrecht past die dag niet."),)),
    _case("d91-rsvp-10", "rsvp", INV, "Esther Wouters <e.wouters@buha.nl>", attending=False,
          answers=((WHEN, " nee helaas, dan ben ik op vakantie"),), to="Wouters, Esther <e.wouters@buha.nl>"),
    _case("d91-rsvp-11", "rsvp", "wijziging_atelier", "Gerrit Kok <g.kok@werkorganisatie-lingewaard.nl>",
          attending=False,
          answers=(("- datum en tijd:", "Op 18 maart kan ik niet, dat is onze heidag met het MT. Haal mij dus maar van "
                    "de wachtlijst."),)),
    _case("d91-rsvp-12", "rsvp", "wijziging_atelier", "Ingrid Pauwels <i.pauwels@ambtelijkeorganisatie-kempen.nl>",
          attending=True, style="owa",
          answers=(("- plaats:", "De nieuwe datum komt mij ook goed uit. Houd mij op de wachtlijst, ik kom graag als "
                    "er plek is."),)),
    _case("d91-rsvp-13", "rsvp", "bevestiging_rsvp", "Rob Hermsen <r.hermsen@duozijl.nl>", attending=False,
          answers=(("Verandert er iets?", "Ja: die middag is inmiddels volgepland. Ik hoef geen plek meer."),)),
    _case("d91-rsvp-14", "rsvp", "uitnodiging_vervanger", "Fleur Koster <f.koster@werkorganisatie-bvo.nl>",
          attending=True,
          answers=(("opgegeven om in zijn of haar plaats",
                    "Dat klopt, ik kom in plaats van Dirk. Als gast neem ik mijn "
                    "collega Fatima el Idrissi mee."),)),
    _case("d91-rsvp-15", "rsvp", "uitnodiging_vervanger", "Tom Willems <t.willems@werkorganisatie-bvo.nl>",
          attending=False, style="apple",
          answers=(("het op met Dirk Smit.", "Ik kan die middag helaas ook niet, Dirk weet ervan."),)),
    _case("d91-rsvp-16", "rsvp", "herinnering_atelier", "Saskia Jonker <s.jonker@werkorganisatie-hoeksewaard.nl>",
          attending=False,
          answers=(("Kunt u onverhoopt toch niet?", "HELAAS, IK KAN NIET. ZIEKTE IN HET MT, IK MOET HIER BLIJVEN."),)),
    _case("d91-rsvp-17", "rsvp", "herinnering_atelier", "Bart Smeets <b.smeets@de-vier-polders.nl>", attending=True,
          answers=(("Binnenkort is het Leer- en inspireer-atelier", "De gast komt niet meer mee, ik kom alleen."),)),

    # ---- the invitation and the other atelier mails: a question typed after a paragraph, a change of address ----
    _case("d91-other-01", "other", INV, "Wim Bosman <w.bosman@werkorganisatie-gooi.nl>",
          answers=(("Waar:", "Is er parkeergelegenheid bij het stadskantoor of kan ik beter met de trein komen?"),)),
    _case("d91-other-02", "other", INV, "Nicole Hendriks <n.hendriks@bbvz.nl>", top="Zie mijn vraag hieronder.",
          answers=(("Er zijn 30 plaatsen",
                    "Mag ik ook mijn adjunct meenemen als tweede persoon, of telt zij dan als gast? "
                    "Als dat kan, meld ik ons beiden aan."),)),
    _case("d91-other-03", "other", "annulering_atelier", "Jeroen Lammers <j.lammers@werkorganisatie-rivierenland.nl>",
          answers=(("(in Outlook: \"Verwijderen uit agenda\")",
                    "Is er al zicht op een nieuwe datum? Dan blokkeer ik hem "
                    "meteen in de MT-agenda."),)),
    _case("d91-other-04", "other", INV, "Jolanda Bakker <j.bakker@gemeente-noordoever.nl>",
          answers=(("info@ambtelijkefusie.nl", "Let op: mijn e-mailadres verandert per 1 maart in "
                    "j.bakker@werkorganisatie-noordoever.nl, in verband met de overgang naar de werkorganisatie. "
                    "Wilt u dat aanpassen?"),)),
    _case("d91-other-05", "other", INV, "Ahmed Benali <a.benali@wo-zuidplas-oost.nl>", style="gmail",
          answers=(("Graag uw antwoord", "Ik ben sinds januari geen algemeen directeur meer maar concerncontroller. "
                    "Mag ik dan nog lid blijven?"),)),
    _case("d91-other-06", "other", "herinnering_atelier", "Carla Vos <c.vos@werkorganisatie-cwb.nl>",
          answers=(("De ontvangst is een kwartier", "Is er ook een vegetarische lunch of alleen koffie? Ik kom direct "
                    "uit een overleg en heb dan nog niet gegeten."),)),

    # ---- the call for themes: a topic typed next to or under a theme bullet ----
    _case("d91-sugg-01", "suggestion", CALL, "Marloes Peeters <m.peeters@werkorganisatie-drechtvallei.nl>",
          themes=["organisatie"],
          answers=(("- Organisatie:", "Hoe krijgen we de formatie weer rond nu vacatures maanden openstaan? "
                    "Strategische personeelsplanning en arbeidsmarktcommunicatie."),)),
    _case("d91-sugg-02", "suggestion", CALL, "Kees van Dam <k.vandam@bghn.nl>", themes=["samenwerking"],
          answers=(("- Samenwerking:", " --> de verdeelsleutel tussen onze drie gemeenten staat onder druk, hoe gaan "
                    "anderen om met een gemeente die vindt dat zij te veel betaalt?"),)),
    _case("d91-sugg-03", "suggestion", CALL, "Sandra Claassen <s.claassen@dewaardenlanden.nl>",
          themes=["dienstverlening"], top="Zie hieronder",
          answers=(("- Dienstverlening:", "Wij willen het KCC en de wijkteams beter laten aansluiten op wat inwoners "
                    "werkelijk vragen. Hoe meten collega's de tevredenheid van inwoners?"),)),
    _case("d91-sugg-04", "suggestion", CALL, "Robert Dijkman <r.dijkman@sam-hollandsmidden.nl>",
          themes=["strategie"], style="outlook-en",
          answers=(("- Strategie:", "HOE VERTAAL JE NIEUWE COALITIEAKKOORDEN NAAR EEN ORGANISATIEVISIE VOOR 2030?"),)),
    _case("d91-sugg-05", "suggestion", CALL, "Hanneke Mol <h.mol@werkorganisatie-gooi.nl>", themes=["organisatie"],
          answers=(("- Dienstverlening:",
                    "Informatieveiligheid na de hack bij een buurgemeente: hoe borg je de BIO met "
                    "een kleine I&A-afdeling?"),), minutes=2),
    _case("d91-sugg-06", "suggestion", CALL, "Dennis Kuipers <d.kuipers@buha.nl>",
          themes=["samenwerking", "dienstverlening"],
          answers=(("- Samenwerking:", "Samen met de andere gemeenten in de regio één ondernemersloket opzetten; wie "
                    "heeft daar ervaring mee?"),)),
    _case("d91-sugg-07", "suggestion", CALL, "Monique Aarts <m.aarts@werkorganisatie-lingewaard.nl>",
          themes=["organisatie"],
          answers=(("- Organisatie:", " [wij zitten midden in de overstap naar zaakgericht werken in de cloud, "
                    "graag ervaringen uitwisselen]"),)),
    _case("d91-sugg-08", "suggestion", CALL, "Johan Postma <j.postma@odc-noordkwartier.nl>", themes=["samenwerking"],
          answers=(("interactieve sessie waarin u", "Ik ben er op 11 maart in elk geval bij."),
                   ("- Samenwerking:", "De positie van onze werkorganisatie in de regiodeal: wij zitten aan tafel "
                    "namens drie gemeenten, maar wie spreekt er eigenlijk namens wie?"))),
    _case("d91-sugg-09", "suggestion", CALL, "Eline Vermeulen <eline.vermeulen@gmail.com>", themes=["dienstverlening"],
          style="gmail",
          answers=(("Beantwoord deze e-mail met uw onderwerpen",
                    "Monitoring van prestaties: met welke dashboards laten "
                    "collega's aan inwoners zien hoe snel aanvragen en meldingen worden afgehandeld?"),)),
    _case("d91-sugg-10", "suggestion", CALL, "Paul Geerts <p.geerts@ambtelijkeorganisatie-kempen.nl>",
          themes=["organisatie"], style="apple",
          answers=(("bij het tellen.", "hybride werken en wat dat betekent voor onze huisvesting\nhet verzuim "
                    "terugdringen na twee zware jaren"),)),
    _case("d91-sugg-11", "suggestion", CALL, "Maaike Bos <m.bos@werkorganisatie-hoeksewaard.nl>", themes=["strategie"],
          style="owa",
          answers=(("- Strategie:",
                    "Hoe zet je als directie de woningbouwopgave bovenaan de inhoudelijke agenda zonder "
                    "dat de rest stilvalt?"),)),
    _case("d91-sugg-12", "suggestion", CALL, "Arjan Wessels <a.wessels@de-vier-polders.nl>", themes=["samenwerking"],
          top="Mijn reactie staat in het blauw in de tekst.",
          answers=(("- Samenwerking:", "Wat doe je als een van de gemeenten uit de gemeenschappelijke regeling wil "
                    "stappen? Bij ons ligt dat nu op tafel."),)),
    _case("d91-sugg-13", "suggestion", "vervolg_atelier", "Tineke Roelofs <t.roelofs@werkorganisatie-bvo.nl>",
          themes=["samenwerking"],
          answers=(("bespreken? Beantwoord deze e-mail", "Graag verder op het thema van deze keer, maar dan over de "
                    "rol van de drie gemeenteraden richting de GR."),)),
    _case("d91-sugg-14", "suggestion", "vervolg_atelier", "Martijn Hoekstra <m.hoekstra@duozijl.nl>",
          themes=["organisatie"],
          answers=(("bespreken? Beantwoord deze e-mail", "--> Robotisering en AI in onze werkprocessen: waar begin je "
                    "als middelgrote werkorganisatie?"),)),
    _case("d91-sugg-15", "suggestion", "vervolg_atelier", "Linda Schouten <linda.schouten@outlook.com>",
          themes=["dienstverlening"], style="thunderbird",
          answers=(("bespreken? Beantwoord deze e-mail", "Hoe betrek je inwoners bij het vernieuwen van de "
                    "dienstverlening, bijvoorbeeld met een inwonerspanel?"),)),
    _case("d91-sugg-16", "suggestion", "welkom", "Ruben Evers <r.evers@werkorganisatie-zeeuwse-eilanden.nl>",
          themes=["organisatie"],
          answers=(("Hebt u nu al een onderwerp", "Jazeker. Onze ambtelijke fusie is net een jaar oud en de "
                    "cultuurverschillen tussen de oude organisaties zijn nog goed voelbaar. Hoe hebben anderen dat "
                    "aangepakt?"),)),
    _case("d91-sugg-17", "suggestion", "bedankt_suggestie", "Anouk de Ruiter <a.deruiter@bbvz.nl>",
          themes=["dienstverlening"],
          answers=(("Wilt u nog iets toevoegen?", "Nog één: de doorlooptijden van vergunningen voor inwoners en "
                    "bedrijven sinds de Omgevingswet."),)),

    # ---- the call for themes and the follow-up: no topic ----
    _case("d91-other-07", "other", CALL, "Harm Blom <h.blom@werkorganisatie-rivierenland.nl>",
          answers=(("interactieve sessie waarin u", "Mijn voorstel: organiseer er eens een op een vrijdagochtend, op "
                    "donderdagmiddag vergaderen bij veel van ons de colleges."),)),
    _case("d91-rsvp-18", "rsvp", CALL, "Petra van Leeuwen <p.vanleeuwen@wo-zuidplas-oost.nl>", attending=True,
          answers=(("Op donderdag 11 maart 2027", " Ik kom graag, een onderwerp heb ik nog niet."),)),
    _case("d91-other-08", "other", CALL, "Sjoerd Visser <s.visser@werkorganisatie-cwb.nl>", style="outlook-lijn",
          answers=(("bij het tellen. De Adviesraad",
                    "Wie zitten er eigenlijk in de Adviesraad? En kan ik daar nog voor "
                    "in aanmerking komen?"),)),
    _case("d91-other-09", "other", "vervolg_atelier", "Gert-Jan Meijer <gj.meijer@bghn.nl>",
          answers=(("donderdag 11 maart 2027. Wij kijken terug", "Dat was het zeker. Dank voor de goede organisatie, "
                    "ook aan de gastheer in Utrecht!"),)),
    _case("d91-other-10", "other", "vervolg_atelier", "Karin de Wit <k.dewit@dewaardenlanden.nl>", top="zie hieronder",
          answers=(("Het verslag staat klaar", "De link geeft bij mij een foutmelding. Kunt u het verslag als bijlage "
                    "sturen?"),)),
    _case("d91-other-11", "other", "welkom", "Femke Janssen <f.janssen@werkorganisatie-zeeuwse-eilanden.nl>",
          answers=(("- vlak voor het atelier",
                    "Worden de ateliers altijd in het midden van het land gehouden? Wij zitten "
                    "in Zeeland, dat is steeds een halve dag reizen."),)),
    _case("d91-other-12", "other", "welkom", "Niels Dekkers <n.dekkers@gemeente-oostmaas.nl>", style="owa",
          answers=(("Hartelijk welkom!", "Dank. Wilt u noteren dat ik per 1 maart directeur word van de nieuwe "
                    "werkorganisatie Oostmaas? Mijn adres wordt dan n.dekkers@werkorganisatie-oostmaas.nl."),)),

    # ---- the confirmation request and its reminder: a confirmation or a denial typed under it ----
    _case("d91-confirm-01", "confirm", CONF, "Sander Peters <s.peters@werkorganisatie-drechtvallei.nl>",
          answers=(("Wilt u uw aanmelding bevestigen?", "Bij dezen bevestigd."),)),
    _case("d91-confirm-02", "confirm", CONF, "Marianne Kuijpers <m.kuijpers@buha.nl>", minutes=60 * 24 * 2,
          via="bestuurssecretariaat@buha.nl",
          answers=(("Via bestuurssecretariaat@buha.nl", "Klopt, mijn secretaresse heeft mij aangemeld. Graag!"),)),
    _case("d91-confirm-03", "confirm", CONF, "Theo Brouwer <t.brouwer@odc-noordkwartier.nl>", minutes=60 * 26,
          answers=(("Wilt u uw aanmelding bevestigen?", "JA, IK BEVESTIG MIJN AANMELDING"),)),
    _case("d91-confirm-04", "confirm", CONF2, "Wendy Smits <w.smits@ambtelijkeorganisatie-kempen.nl>",
          answers=(("Wilt u lid worden?", "Ja, graag. Excuus voor de late reactie, ik was een week weg."),)),
    _case("d91-confirm-05", "confirm", CONF, "Daan Mulder <daan.mulder@gmail.com>", style="gmail", minutes=60 * 75,
          via="bestuurszaken@werkorganisatie-bvo.nl",
          answers=(("Uw referentie is", "Bevestigd, dank u wel."),)),
    _case("d91-confirm-06", "confirm", CONF2, "Ilse Rutten <i.rutten@werkorganisatie-bvo.nl>", style="outlook-en",
          minutes=33, answers=(("Dit is de enige herinnering.", "(ja, ik wil lid worden)"),)),
    _case("d91-unsub-01", "unsubscribe", CONF, "Michel Dekker <m.dekker@werkorganisatie-gooi.nl>", minutes=60 * 5,
          answers=(("Hebt u zich niet aangemeld?", "Ik heb me niet aangemeld en wil ook geen lid worden."),)),
    _case("d91-unsub-02", "unsubscribe", CONF2, "Anja Verhoeven <a.verhoeven@de-vier-polders.nl>",
          answers=(("Wilt u lid worden?", " Nee, geen interesse."),)),
    _case("d91-unsub-03", "unsubscribe", CONF, "Ronald Smit <r.smit@bbvz.nl>", via="info@bbvz.nl", minutes=60 * 48 + 7,
          answers=(("Via info@bbvz.nl hebben wij", "Dit was ik niet."),)),
    _case("d91-other-13", "other", CONF, "Hans Vink <h.vink@duozijl.nl>", style="apple", minutes=60 * 30,
          answers=(("Via directiesecretariaat@duozijl.nl", "Ik ken dat adres niet en heb niets aangevraagd. Hoe komt u "
                    "aan mijn gegevens?"),)),
    _case("d91-other-14", "other", CONF, "Secretariaat directie <directie@werkorganisatie-lingewaard.nl>",
          to="Directie <directie@werkorganisatie-lingewaard.nl>",
          answers=(("Wilt u uw aanmelding bevestigen?",
                    "Dit is een functionele mailbox. Graag de berichten sturen naar "
                    "het persoonlijke adres van onze directeur: e.jacobs@werkorganisatie-lingewaard.nl"),)),

    # ---- a leave, a hand-over, a return, a colleague's sign-up typed under our text or footer ----
    _case("d91-unsub-04", "unsubscribe", INV, "Rinus Hofman <r.hofman@werkorganisatie-hoeksewaard.nl>",
          answers=((FOOT, "afmelden"),), minutes=6),
    _case("d91-unsub-05", "unsubscribe", CALL, "Marja Prins <m.prins@wo-berkelland-oost.nl>",
          answers=((FOOT, "Graag afmelden, ik ben niet meer werkzaam bij de gemeente."),)),
    _case("d91-unsub-06", "unsubscribe", "herinnering_atelier", "Jos van Dijk <j.vandijk@sam-hollandsmidden.nl>",
          answers=((FOOT, " AFMELDEN svp, en op 11 maart kom ik dus ook niet"),)),
    _case("d91-unsub-07", "unsubscribe", "vervolg_atelier", "Gerda Timmermans <g.timmermans@werkorganisatie-cwb.nl>",
          erase=True, style="outlook-lijn",
          answers=((FOOT, "Afmelden. Verwijder ook al mijn gegevens uit uw bestand (AVG)."),)),
    _case("d91-unsub-08", "unsubscribe", "welkom", "Koen Hermans <k.hermans@werkorganisatie-rivierenland.nl>",
          answers=((FOOT, "Toch maar afmelden, sorry. Ik heb er de komende tijd geen ruimte voor."),)),
    _case("d91-unsub-09", "unsubscribe", INV, "Agnes Vermeer <a.vermeer@bghn.nl>", style="thunderbird",
          answers=(("personen u komt.", "Ik vertrek per 1 mei. Mijn opvolger Sanne Verhagen (s.verhagen@bghn.nl) neemt "
                    "mijn plek in het netwerk over; wilt u haar voortaan uitnodigen?"),)),
    _case("d91-unsub-10", "unsubscribe", "afmelding_bevestigd", "Leo Claessens <l.claessens@duozijl.nl>",
          answers=(("Dank u wel voor uw betrokkenheid.", "Mijn opvolger is Erik Hoogendoorn, e.hoogendoorn@duozijl.nl, "
                    "hij begint op 1 juni als directeur."),)),
    _case("d91-unsub-11", "unsubscribe", "annulering_atelier", "Bert Koopman <b.koopman@gemeente-noordoever.nl>",
          answers=((FOOT, " [afmelden graag]"),)),
    _case("d91-subscribe-01", "subscribe", "afmelding_bevestigd", "Miriam Bouwman <m.bouwman@buha.nl>",
          answers=(("Was dit niet uw bedoeling", "Lid blijven! Dit was een vergissing van ons secretariaat."),)),
    _case("d91-subscribe-02", "subscribe", "welkom", "Chantal Verschuren <c.verschuren@werkorganisatie-gooi.nl>",
          answers=(("Hartelijk welkom!", "Mooi. Mijn collega-directeur Bram Eijkelenboom "
                    "(b.eijkelenboom@werkorganisatie-gooi.nl) wil ook graag lid worden; wilt u hem aanmelden?"),)),

    # ---- only "ok" / "gezien" / "klopt" next to a line that asks for nothing ----
    _case("d91-ack-01", "confirm", CONF, "Stefan Willemsen <s.willemsen@wo-zuidplas-oost.nl>", minutes=60 * 3,
          answers=(("Via directiesecretariaat@wo-zuidplas-oost.nl", " klopt"),)),
    _case("d91-ack-02", "confirm", CONF2, "Rianne Franssen <r.franssen@dewaardenlanden.nl>",
          answers=(("met 13 december 2026. Het lidmaatschap", " ok"),)),
    _case("d91-ack-03", "confirm", CONF, "Bas Evers <b.evers@werkorganisatie-zeeuwse-eilanden.nl>", style="gmail",
          minutes=60 * 50, answers=(("Uw referentie is", "gezien"),)),
    _case("d91-ack-04", "other", "welkom", "Jacqueline Martens <j.martens@werkorganisatie-drechtvallei.nl>",
          answers=(("Hartelijk welkom!", " gezien"),)),
    _case("d91-ack-05", "other", "annulering_atelier", "Wouter Maas <w.maas@odc-noordkwartier.nl>",
          answers=(("Helaas gaat het Leer- en inspireer-atelier", " Gezien."),)),
    _case("d91-ack-06", "other", "bedankt_suggestie", "Ellen Kramer <e.kramer@wo-berkelland-oost.nl>",
          answers=(("- de relatie met de gemeenteraden", " klopt"),)),
    _case("d91-ack-07", "other", "bevestiging_rsvp", "Joost Kempen <j.kempen@werkorganisatie-lingewaard.nl>",
          answers=(("u staat op de wachtlijst (plaats 2).", "ok"),)),
    _case("d91-ack-08", "other", "vervolg_atelier", "Mirjam Hoeks <m.hoeks@werkorganisatie-hoeksewaard.nl>",
          answers=(("Het verslag staat klaar", " gezien, dank"),)),
    _case("d91-ack-09", "other", CALL, "Richard Lambermont <r.lambermont@ambtelijkeorganisatie-kempen.nl>",
          answers=(("bij het tellen. De Adviesraad", "Ok"),)),
    _case("d91-ack-10", "other", "herinnering_atelier", "Vera Huijbers <v.huijbers@buha.nl>", style="outlook-en",
          answers=(("De ontvangst is een kwartier", " OK"),)),

    # ---- nothing typed inline: the answer stands above our untouched mail ----
    _case("d91-top-01", "rsvp", INV, "Eric van der Linden <e.vanderlinden@werkorganisatie-cwb.nl>", attending=True,
          top="Ja, ik kom graag.\n\nMet vriendelijke groet,\nEric van der Linden\nalgemeen directeur"),
    _case("d91-top-02", "rsvp", INV, "Judith Ooms <j.ooms@de-vier-polders.nl>", attending=False, style="gmail",
          top="Beste Stan en Melanie,\n\nDie middag heb ik een AB-vergadering van de GR, dus ik moet deze keer helaas "
              "verstek laten gaan.\n\nHartelijke groet,\nJudith"),
    _case("d91-top-03", "rsvp", INV, "Gijs Verhoef <g.verhoef@werkorganisatie-bvo.nl>", attending=True,
          style="outlook-lijn",
          top="Goedemiddag,\n\nIk meld me aan met twee collega's uit het MT, dus we zijn met z'n drieën.\n\n"
              "Gijs Verhoef"),
    _case("d91-top-04", "rsvp", "herinnering_atelier", "Nathalie Wijnen <n.wijnen@sam-hollandsmidden.nl>",
          attending=False, top="Ik moet helaas afzeggen, ik lig met griep in bed. Geef mijn plaats maar aan een ander."
                                "\n\nNathalie\n\nVerstuurd vanaf mijn iPhone", style="apple"),
    _case("d91-top-05", "suggestion", CALL, "Huub Cremers <h.cremers@werkorganisatie-rivierenland.nl>",
          themes=["samenwerking"],
          top="Beste secretariaat,\n\nOns onderwerp: hoe verdeel je de regionale opgaven rond energie en klimaat "
              "tussen de deelnemende gemeenten en de regio, zonder dat alles bij de werkorganisatie terechtkomt?\n\n"
              "Groet,\nHuub Cremers"),
    _case("d91-top-06", "suggestion", CALL, "Sylvia Maas <s.maas@bghn.nl>", themes=["dienstverlening"], style="owa",
          top="Hoe maken we de digitale dienstverlening toegankelijk voor ouderen en laaggeletterden?\n\nSylvia Maas\n"
              "Directeur bedrijfsvoering"),
    _case("d91-top-07", "suggestion", "vervolg_atelier", "Roel Smulders <r.smulders@duozijl.nl>",
          themes=["organisatie"],
          top="Dank voor het verslag. Voor de volgende keer zou ik het graag hebben over leiderschap en management "
              "development in een organisatie die voor meerdere colleges werkt.\n\nRoel"),
    _case("d91-top-08", "confirm", CONF, "Monique Segers <m.segers@werkorganisatie-zeeuwse-eilanden.nl>",
          minutes=60 * 22, top="Hierbij bevestig ik mijn aanmelding.\n\nMonique Segers"),
    _case("d91-top-09", "confirm", CONF2, "Lars Wouters <lars.wouters@hotmail.com>", style="gmail",
          top="Prima, graag lid.\n\nLars"),
    _case("d91-top-10", "unsubscribe", CONF, "Dorien Smeets <d.smeets@werkorganisatie-gooi.nl>", minutes=60 * 8,
          top="Niet door mij aangevraagd.\n\nD. Smeets"),
    _case("d91-top-11", "other", "welkom", "Ton Reijnders <t.reijnders@odc-noordkwartier.nl>", style="outlook-en",
          top="Dank voor het welkom, ik kijk uit naar het eerste atelier.\n\nTon Reijnders"),
    _case("d91-top-12", "unsubscribe", INV, "Henk Leenders <h.leenders@wo-berkelland-oost.nl>",
          top="Beste mensen,\n\nPer 1 april ga ik met pensioen. Wilt u mij afmelden voor het netwerk?\n\n"
              "Het ga jullie goed,\nHenk Leenders"),
    _case("d91-top-13", "unsubscribe", INV, "Sabine Vogel <s.vogel@werkorganisatie-drechtvallei.nl>", erase=True,
          top="Ik wil niet langer lid zijn. Verwijdert u ook al mijn persoonsgegevens, conform de AVG.\n\nS. Vogel"),
    _case("d91-top-14", "other", INV, "Rick Janssens <r.janssens@werkorganisatie-hoeksewaard.nl>", style="thunderbird",
          top="Hallo Melanie,\n\nKunnen wij ook met twee directeuren van één werkorganisatie komen? Wij hebben een "
              "duo-directie.\n\nGroet, Rick"),
    _case("d91-top-15", "rsvp", "wijziging_atelier", "Loes Gerritsen <l.gerritsen@ambtelijkeorganisatie-kempen.nl>",
          attending=False, top="De nieuwe datum past mij niet. Ik trek mijn aanmelding in.\n\nLoes Gerritsen"),
    _case("d91-top-16", "rsvp", "bevestiging_rsvp", "Mark Hendrix <m.hendrix@buha.nl>", attending=False,
          style="outlook-lijn",
          top="Laat u de wachtlijst maar zitten, ik heb inmiddels iets anders op die middag gepland.\n\nMark"),
    _case("d91-top-17", "other", "afmelding_bevestigd", "Hilde Wagemakers <h.wagemakers@dewaardenlanden.nl>",
          top="Was inderdaad de bedoeling. Dank voor de mooie jaren en succes met het netwerk!\n\nHilde"),
    _case("d91-top-18", "suggestion", CALL, "Frits Bakker <f.bakker@werkorganisatie-lingewaard.nl>",
          themes=["strategie"], style="apple",
          top="Voorstel: bestuurlijke prioriteiten stellen als het geld op is. Hoe maak je als directie samen met de "
              "colleges keuzes in het meerjarenprogramma?\n\nFrits\n\nVerzonden vanaf mijn iPad"),
    _case("d91-top-19", "rsvp", INV, "Miranda Kusters <m.kusters@werkorganisatie-zeeuwse-eilanden.nl>",
          attending=False,
          top="Ik ben er zelf niet bij, maar mijn adjunct Karin Dingemans "
              "(k.dingemans@werkorganisatie-zeeuwse-eilanden.nl)"
              " komt in mijn plaats.\n\nMet vriendelijke groet,\nMiranda Kusters"),
    _case("d91-top-20", "confirm", CONF2, "Kevin Lammers <k.lammers@werkorganisatie-cwb.nl>", style="owa",
          top="Ja, ik wil lid worden.\n\nKevin Lammers\nDirecteur Werkorganisatie CWB\n\n"
              "Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt "
              "u verzocht de afzender daarvan op de hoogte te stellen en het bericht te verwijderen."),
]
# fmt: on
