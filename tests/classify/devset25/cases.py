"""The twenty-fifth labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Conventions as in the other sets: replies to our follow-up mail (vervolg_atelier) carry the thread
``call_for_themes``; a director who cannot come but sends a substitute is an RSVP with ``attending`` False; a reply
that changes an earlier answer gets the latest answer; a mail mixing an act with a question a person must answer is
``other``. Inline answers and hand-built quotes (bottom-posting, nested forwards, old mails) carry the quoted text
in ``body`` themselves and no ``quoted``. A mail an assistant forwards to us with the director's request in the
forwarded part is labelled by what the director asks; a forward of someone else's leave or sign-up "ter info" is
``other``; an answer to an invitation for an atelier that is already over (last year's mail) goes to a person.
"""

from __future__ import annotations

import json
import pathlib
from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

OURS = '"Netwerk van directeuren van ambtelijke fusieorganisaties" <info@ambtelijkefusie.nl>'


def _ours(purpose: str) -> tuple[str, str]:
    mails = json.loads(pathlib.Path(__file__).parent.parent.joinpath("quoted_mails.json").read_text("utf-8"))
    return mails[purpose]["subject"], mails[purpose]["text"]


def _gt(text: str, depth: int = 1) -> str:
    mark = ">" * depth
    return "\n".join(f"{mark} {line}" if line else mark for line in text.splitlines())


def _outlook(sender: str, when: str, to: str, subject: str, text: str, cc: str = "") -> str:
    cc_line = f"CC: {cc}\n" if cc else ""
    return f"Van: {sender}\nVerzonden: {when}\nAan: {to}\n{cc_line}Onderwerp: {subject}\n\n{text}"


def _our_outlook(purpose: str, to: str, when: str = "dinsdag 9 februari 2027 10:02") -> str:
    subject, text = _ours(purpose)
    return _outlook(OURS, when, to, subject, text)


def _gmail_quote(purpose: str, when: str = "di 9 feb 2027 om 10:02") -> str:
    _, text = _ours(purpose)
    return (
        f"Op {when} schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\ninfo@ambtelijkefusie.nl>:\n\n"
        + _gt(text)
    )


IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
IPAD = "\n\nVerzonden vanaf mijn iPad"
ANDROID = "\n\nVerstuurd vanaf Outlook voor Android"
SAMSUNG = "\n\nVerzonden vanaf mijn Galaxy"
DISCLAIMER = (
    "\n\n------------------------------------------------------------------------------------------\n"
    "Dit bericht kan informatie bevatten die niet voor u is bestemd. Indien u niet de geadresseerde bent of dit "
    "bericht abusievelijk aan u is toegezonden, wordt u verzocht dat aan de afzender te melden en het bericht te "
    "verwijderen. De gemeente aanvaardt geen aansprakelijkheid voor schade, van welke aard ook, die verband houdt "
    "met risico's verbonden aan het elektronisch verzenden van berichten.\n"
    "------------------------------------------------------------------------------------------"
)
NIEUWSBRIEF = (
    "\n\n[logo Werkorganisatie Vechtmeer]\nBlijf op de hoogte! Meld u aan voor de nieuwsbrief van Vechtmeer.\n"
    "Afmelden voor onze nieuwsbrief? Klik hier."
)
WEBINAR = "\n\n>> Schrijf u nu in voor het webinar 'Wendbaar organiseren' op 4 maart: www.haverveen.nl/webinar <<"


def _sig(name: str, title: str, org: str, phone: str) -> str:
    return f"\n\nMet vriendelijke groet,\n\n{name}\n{title}\n{org}\nT {phone}"


# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP ---------------------------------------------------------------------------------------------------
    {"id": "d25-rsvp-01", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Henk-Jan Veldkamp <hj.veldkamp@wo-zandveld.nl>",
     "body": "Hallo Stan en Melanie, mijn antwoorden staan tussen de regels.\n\n"
             "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
             "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n>\n"
             "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan "
             "met hoeveel\n"
             "Ja, ik kom.\n\n"
             "> personen u komt.\n"
             "Met z'n tweeën: ik neem onze strategisch adviseur Noor Bakker mee.\n\n"
             "> Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n\n"
             "Groet,\nHenk-Jan\n\n> --\n> U ontvangt deze e-mail als lid van het Netwerk van directeuren van "
             "ambtelijke fusieorganisaties.\n> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail "
             "naar info@ambtelijkefusie.nl."},
    {"id": "d25-rsvp-02", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Antw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Ellen Stroeve <e.stroeve@oldemarke.nl>",
     "body": "> Beste Marieke de Vries-Ölçer,\n>\n> Graag nodigen wij u uit voor het Leer- en inspireer-atelier "
             "\"Sturen op samenwerking & eigenheid\"\n\n"
             "(Ik heet overigens Ellen, niet Marieke, maar dat terzijde.)\n\n"
             "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n\n"
             "Dat is precies de middag van onze auditcommissie. Ik kan dus niet, helaas.\n\n"
             "> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.\n\n"
             "Nee, er komt niemand in mijn plaats.\n\nE. Stroeve"},
    {"id": "d25-rsvp-03", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Ruben Dekkers <ruben.dekkers@peelmonde.nl>",
     "body": _gmail_quote("uitnodiging_atelier") + "\n\nIk schuif graag aan. Tot de 11e!\n\nRuben Dekkers\n"
             "algemeen directeur Werkorganisatie Peelmonde"},
    {"id": "d25-rsvp-04", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Wendy Aarsen <w.aarsen@linderhout.nl>",
     "body": "Hierbij mijn antwoord onderaan.\n\n" + _our_outlook("uitnodiging_atelier", "w.aarsen@linderhout.nl")
             + "\n\n---\nNee, helaas. Ik zit die week met het college op werkbezoek in Vlaanderen.\nWendy"},
    {"id": "d25-rsvp-05", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Jeroen Pastoor <j.pastoor@middelstroom.nl>",
     "body": "Goedemorgen,\n\nNa wat heen en weer binnen ons MT (zie hieronder) de conclusie: ik kom zelf, alleen."
             + _sig("Jeroen Pastoor", "directeur", "Werkorganisatie Middelstroom", "0345 - 61 22 90") + "\n\n"
             + _outlook("Marit Oosterhof <m.oosterhof@middelstroom.nl>", "woensdag 10 februari 2027 16:40",
                        "Jeroen Pastoor <j.pastoor@middelstroom.nl>", "RE: Uitnodiging Leer- en inspireer-atelier",
                        "Ik kan die middag niet, ik heb de OR. Ga jij maar.\n\nMarit")
             + "\n\n"
             + _outlook("Jeroen Pastoor <j.pastoor@middelstroom.nl>", "woensdag 10 februari 2027 09:12",
                        "Marit Oosterhof <m.oosterhof@middelstroom.nl>", "FW: Uitnodiging Leer- en inspireer-atelier",
                        "Marit, wil jij hierheen of zal ik gaan? Ik vind nee helaas zeggen zonde.\n\nJ.")
             + "\n\n" + _our_outlook("uitnodiging_atelier", "j.pastoor@middelstroom.nl")},
    {"id": "d25-rsvp-06", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Fatima el Amrani <f.elamrani@duinerwaard.nl>",
     "body": "Beste secretariaat,\n\nMijn collega Bas stuurde mij uw uitnodiging door. Graag meld ik mij aan voor "
             "het atelier van 11 maart.\n\nHartelijke groet,\nFatima el Amrani\ndirecteur bedrijfsvoering "
             "Duinerwaard\n\n"
             "On Wed, 10 Feb 2027 at 08:55, Bas Meulenbelt <b.meulenbelt@duinerwaard.nl> wrote:\n"
             "> Fatima, ik kan zelf niet (nee helaas, begroting), maar dit lijkt me echt iets voor jou.\n>\n"
             "> ---------- Forwarded message ---------\n"
             "> From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
             "> Date: di 9 feb 2027 om 10:02\n"
             "> Subject: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
             "[atelier:2027-1]\n> To: <b.meulenbelt@duinerwaard.nl>\n>\n"
             + _gt(_ours("uitnodiging_atelier")[1])},
    {"id": "d25-rsvp-07", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "FW: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Secretariaat directie Haverveen <secretariaatdirectie@haverveen.nl>",
     "body": "Geacht secretariaat,\n\nHieronder treft u de reactie van onze directeur aan.\n\nMet vriendelijke "
             "groet,\nIngrid Koppelaar\nmanagementassistente\n\n"
             + _outlook("Arnoud Wessels <a.wessels@haverveen.nl>", "donderdag 11 februari 2027 07:48",
                        "Secretariaat directie Haverveen <secretariaatdirectie@haverveen.nl>",
                        "RE: Uitnodiging Leer- en inspireer-atelier",
                        "Ingrid, zeg jij dit af? 11 maart zit ik in Brussel.\n\nA." + IPHONE)
             + "\n\n" + _our_outlook("uitnodiging_atelier", "a.wessels@haverveen.nl")},
    {"id": "d25-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Gerard Lamers <g.lamers@bergakker.nl>",
     "body": "Prima, ik ga. Anja heeft het al in mijn agenda gezet.\n\nGerard Lamers"},
    {"id": "d25-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Carla Timmerman <c.timmerman@vechtmeer.nl>",
     "body": "Beste Stan, Melanie,\n\nWij komen met drie personen:\n\n"
             "| Naam              | Functie                    | Dieetwens   |\n"
             "|-------------------|----------------------------|-------------|\n"
             "| Carla Timmerman   | algemeen directeur         | geen        |\n"
             "| Youssef Haddou    | concerncontroller          | halal       |\n"
             "| Lieke van Dam     | manager Publiekszaken      | vegetarisch |\n\n"
             "Tot dan!\n\nCarla Timmerman\nalgemeen directeur" + NIEUWSBRIEF},
    {"id": "d25-rsvp-10", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Pieter Brinkhuis <p.brinkhuis@vechtmeer.nl>",
     "body": "Dag allen,\n\nVoor 11 maart moet ik helaas passen. Wel veel succes en ik lees graag het verslag.\n\n"
             "Pieter Brinkhuis\ndirecteur Sociaal Domein" + NIEUWSBRIEF},
    {"id": "d25-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Tineke Hofstra <t.hofstra@noorderpolder.nl>",
     "body": "Ja, ik ben erbij.\nT. Hofstra"},
    {"id": "d25-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Kees Vermolen <KVermolen@wolderdal.nl>",
     "body": "Zit dan op Texel met de kleinkinderen. Volgende keer beter!\n\nKees"},
    {"id": "d25-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Marjolein Croes <marjolein.croes@rijnkade.nl>",
     "body": "Ik kom.\n\nMet vriendelijke groet / Kind regards,\n\nMarjolein Croes\nDirecteur Werkorganisatie "
             "Rijnkade\nTel. 0488 - 44 90 10"},
    {"id": "d25-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Daniel Okafor-Smits <d.okafor@heidekamp.nl>",
     "body": "Count me in - I'll be there on the 11th. Nog even checken of de trein rijdt, maar ik reken erop."},
    {"id": "d25-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Sandra Wijnbergen <s.wijnbergen@waalrande.nl>",
     "body": "Ja, ik kom, maar pas rond 15.00 uur: tot half drie heb ik collegeoverleg in Waalrande." + IPAD},
    {"id": "d25-rsvp-16", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Rogier van Tuijl <r.vantuijl@elstermeer.nl>",
     "body": "Goedemiddag,\n\nZelf ben ik verhinderd. In mijn plaats komt Karin Bos, manager Dienstverlening "
             "(k.bos@elstermeer.nl).\n\nMet vriendelijke groet,\nRogier van Tuijl" + DISCLAIMER},
    {"id": "d25-rsvp-17", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "sender": "Annelies Hoogland <a.hoogland@zuiderveen.nl>",
     "body": "Beste Melanie,\n\nHelaas, ik kan niet. Er is vanmorgen een spoedraad uitgeschreven voor donderdag. "
             "Geef mijn plek maar aan iemand van de wachtlijst.\n\nAnnelies" + ANDROID},
    {"id": "d25-rsvp-18", "kind": "rsvp", "attending": True, "thread": R,
     "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "sender": "Thijs Kamphuis <t.kamphuis@zandveld.nl>",
     "body": "> Binnenkort is het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\". Fijn dat u "
             "erbij bent, met 1 gast!\n\n"
             "Klopt, mijn gast is Evelien Schut (programmamanager).\n\n"
             "> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan geven wij uw "
             "plaats aan\n> iemand op de wachtlijst.\n\n"
             "Geen sprake van, we komen gewoon allebei. Tot donderdag.\n\nThijs"},
    {"id": "d25-rsvp-19", "kind": "rsvp", "attending": False, "thread": None, "quoted": "bevestiging_rsvp",
     "quote": "apple", "sender": "Hanneke Pronk <h.pronk@oldemarke.nl>",
     "body": "Dank voor het bericht. Zet u mij maar niet op de wachtlijst: ik heb die middag inmiddels iets anders "
             "ingepland. Ik kom dus niet." + IPHONE},
    {"id": "d25-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Bart Sonneveld <b.sonneveld@brakeldijk.nl>",
     "subject": "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Goedemiddag,\n\nDe nieuwe datum, 18 maart, valt samen met de algemene beschouwingen in onze raad. Ik "
             "meld mij daarom af voor het atelier.\n\nBart Sonneveld" + DISCLAIMER},
    {"id": "d25-rsvp-21", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Miriam Drost <m.drost@heidekamp.nl>",
     "body": "Goedemorgen,\n\nHet kan verkeren: de raadsvergadering is verplaatst, dus ik kom toch. Wilt u mijn "
             "eerdere afmelding hieronder als vervallen beschouwen?\n\nMiriam Drost\n\n"
             + _outlook("Miriam Drost <m.drost@heidekamp.nl>", "maandag 15 februari 2027 11:20", OURS,
                        "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                        "[atelier:2027-1]",
                        "Beste secretariaat,\n\nNee, helaas. Raadsvergadering.\n\nMiriam Drost")
             + "\n\n" + _our_outlook("uitnodiging_atelier", "m.drost@heidekamp.nl")},
    {"id": "d25-rsvp-22", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Gijs Mulderij <g.mulderij@linderhout.nl>",
     "body": "Dag Stan,\n\nLeuk, ik ben van de partij. Twee praktische punten:\n"
             "• ik eet vegetarisch;\n• ik kom met de auto en parkeer wel bij het station.\n\n"
             "Gijs" + SAMSUNG},
    {"id": "d25-rsvp-23", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Laura Kingsley <l.kingsley@waalrande.nl>",
     "body": "Dear Stan and Melanie,\n\nUnfortunately I won't be able to attend on 11 March, I will be abroad that "
             "week. Hope to join the next one.\n\nBest regards,\nLaura Kingsley\nDirector Operations | Werkorganisatie "
             "Waalrande\n\nNot interested in our updates anymore? Unsubscribe here."},
    {"id": "d25-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Joost Verkerk <joostverkerk@peelmonde.nl>",
     "body": "ja ik kom, met collega Jeroen Bakx erbij (2 pers dus)"},
    {"id": "d25-rsvp-25", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Nicole Faber <n.faber@wolderdal.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\n"
             "Ikzelf niet.\n\n"
             "> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.\n\n"
             "Ja: Wilma Verhoef, w.verhoef@wolderdal.nl, manager Strategie en Advies.\n\n"
             "Nicole Faber\nalgemeen directeur Wolderdal"},
    {"id": "d25-rsvp-26", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Sjoerd Baarsma <s.baarsma@noorderpolder.nl>",
     "subject": "RE: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Beste secretariaat,\n\nDank voor de uitnodiging, maar ik kan op 11 maart ook niet. Dirk weet ervan.\n\n"
             "Met vriendelijke groet,\nSjoerd Baarsma"},
    {"id": "d25-rsvp-27", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail", "sender": "Petra Zijlstra <p.zijlstra@noorderpolder.nl>",
     "subject": "Re: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Dank u, ik neem de plek van Dirk graag in en kom samen met mijn gast.\n\nPetra"},
    {"id": "d25-rsvp-28", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Sietse de Boer <s.deboer@it-mearlannen.nl>",
     "body": "Goeie,\n\nIk kom graach, as de trein út Ljouwert meiwurket. Dus: ja, ik ben der by.\n\n"
             "Mei freonlike groetnis,\nSietse de Boer\ndirekteur Wurkorganisaasje It Mearlannen"},
    {"id": "d25-rsvp-29", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Frans van Hout <f.vanhout@kempenveld.nl>",
     "body": "Hoi,\n\nIk ben d'r bij op de 11e. Houdoe!\n\nFrans van Hout\ngemeentesecretaris/algemeen directeur "
             "Kempenveld" + WEBINAR},
    {"id": "d25-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "mr. drs. A.C.M. (Antoinette) Reijnders <a.reijnders@brakeldijk.nl>",
     "body": "Geacht secretariaat,\n\nIn antwoord op uw uitnodiging van 9 februari jl. deel ik u mede dat ik tot mijn "
             "spijt niet in de gelegenheid ben het atelier op 11 maart aanstaande bij te wonen, daar ik op die datum "
             "reeds verplichtingen elders heb.\n\nHoogachtend,\n\nmr. drs. A.C.M. Reijnders\nalgemeen directeur "
             "Werkorganisatie Brakeldijk" + DISCLAIMER},
    {"id": "d25-rsvp-31", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Marja Hulshof <m.hulshof@zuiderveen.nl>",
     "body": "Goedemorgen,\n\nOnderstaand de reactie van onze directeur, de heer Van Lente. Wilt u hem noteren?\n\n"
             "Vriendelijke groet,\nMarja Hulshof\nsecretaresse directie\n\n"
             + _outlook("Olaf van Lente <o.vanlente@zuiderveen.nl>", "vrijdag 12 februari 2027 17:03",
                        "Marja Hulshof <m.hulshof@zuiderveen.nl>", "RE: Uitnodiging Leer- en inspireer-atelier",
                        "Marja, zet mij maar op ja. Ik neem Sander Kuipers mee als gast.\n\nOlaf")
             + "\n\n" + _our_outlook("uitnodiging_atelier", "o.vanlente@zuiderveen.nl")},
    {"id": "d25-rsvp-32", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart Utrecht",
     "sender": "Yvonne Claassen <y.claassen@rijnkade.nl>",
     "body": "Beste organisatie,\n\nGraag meld ik mij aan voor het Leer- en inspireer-atelier van donderdag 11 maart "
             "in het Stadskantoor in Utrecht.\n\nMet vriendelijke groet,\n\nYvonne Claassen\n"
             "directeur Bedrijfsvoering\nWerkorganisatie Rijnkade\n\n"
             "Schrijf u in voor onze nieuwsbrief via www.rijnkade.nl/nieuwsbrief"},
    {"id": "d25-rsvp-33", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Hans Grevink <hans.grevink@elstermeer.nl>",
     "body": "Helaas pindakaas: die dag staat de voorjaarsnota in de raad. Nee dus."
             "\n\nHans"},
    # -- Suggestion ---------------------------------------------------------------------------------------------
    {"id": "d25-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Ilse Renkema <i.renkema@oldemarke.nl>",
     "body": "> Welk vraagstuk rond de\n> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken? Denk aan:\n"
             "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
             "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, "
             "positie in de regio;\n"
             "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
             "werkprocessen, financiën, I&A;\n"
             "> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, "
             "monitoring van prestaties.\n\n"
             "Bij ons speelt vooral: wat doe je als de drie gemeenten elkaars ambities niet meer delen en een ervan "
             "hardop over uittreden nadenkt?\n\n"
             "> Eén onderwerp per regel helpt ons\n> bij het tellen.\n\nDat was het, één regel dus.\n\nIlse Renkema"},
    {"id": "d25-suggestion-02", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Maarten Spoelstra <m.spoelstra@vechtmeer.nl>",
     "body": "Beste Stan,\n\nTwee onderwerpen van onze kant:\n"
             "- de invoering van zaakgericht werken in alle teams, en hoe je medewerkers daarin meeneemt;\n"
             "- hoe meet je de tevredenheid van inwoners over de balie en het digitale loket?\n\n"
             "Groet,\nMaarten Spoelstra" + NIEUWSBRIEF},
    {"id": "d25-suggestion-03", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Anouk Westerbeek <a.westerbeek@heidekamp.nl>",
     "body": "Goedemiddag,\n\nOns MT heeft de suggesties gerangschikt:\n\n"
             "Prioriteit | Onderwerp                                                  | Thema\n"
             "1          | Krapte op de arbeidsmarkt: formatie en vacatures vullen     | Organisatie\n"
             "2          | Woningbouwopgave samen met de buurgemeenten oppakken        | Samenwerking\n\n"
             "Met vriendelijke groet,\nAnouk Westerbeek\nbestuursadviseur, namens de directie" + DISCLAIMER},
    {"id": "d25-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Robbert Hazeleger <r.hazeleger@waalrande.nl>",
     "body": "Dag secretariaat,\n\nIk kwam dit tegen op een overheidssite:\n\n"
             "\"Inwoners verwachten dat zij hun zaken met de overheid op elk moment en via elk kanaal kunnen regelen. "
             "Tegelijk groeit de groep die digitaal niet meekomt. Samenwerking tussen gemeenten, "
             "uitvoeringsorganisaties en maatschappelijke partners is daarbij onmisbaar.\"\n"
             "(bron: website Digitale Overheid, geraadpleegd 3 januari 2027)\n\n"
             "Mijn onderwerp: hoe bedienen wij inwoners die digitaal niet meekomen, zonder het loket weer volledig "
             "open te gooien?\n\nRobbert"},
    {"id": "d25-suggestion-05", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Gertjan Bosman <gj.bosman@zuiderveen.nl>",
     "body": _gmail_quote("oproep_themas", "ma 4 jan 2027 om 09:30")
             + "\n\nMijn suggestie, onder uw mail: een lange termijn visie. Waar staat onze fusieorganisatie in 2035, "
             "en wie bepaalt dat eigenlijk?\n\nGertjan Bosman"},
    {"id": "d25-suggestion-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Lotte Rozendaal <l.rozendaal@linderhout.nl>",
     "body": "Beste Melanie,\n\nNamens ons MT het volgende onderwerp: de positie van een kleine fusieorganisatie in "
             "de regio, naast een grote centrumgemeente die overal aan tafel zit.\n\nLotte Rozendaal\n\n"
             + _outlook("Frank IJzerman <f.ijzerman@linderhout.nl>", "dinsdag 5 januari 2027 14:02",
                        "MT Linderhout <mt@linderhout.nl>", "RE: Welke thema's wilt u bespreken?",
                        "Eens met Lotte. Digitalisering hebben we vorig jaar al gehad, dat hoeft niet weer.\n\nFrank")
             + "\n\n"
             + _outlook("Lotte Rozendaal <l.rozendaal@linderhout.nl>", "dinsdag 5 januari 2027 11:15",
                        "MT Linderhout <mt@linderhout.nl>", "FW: Welke thema's wilt u bespreken?",
                        "Collega's, zullen we de regio inbrengen? Ons gedoe met de centrumgemeente?\n\nL.")
             + "\n\n" + _our_outlook("oproep_themas", "l.rozendaal@linderhout.nl", "maandag 4 januari 2027 09:30")},
    {"id": "d25-suggestion-07", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": "Erik Schuurman <e.schuurman@kempenveld.nl>",
     "subject": "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                "[atelier:2027-1]",
     "body": "Mooie middag was het. Voor de volgende keer: financiële sturing. Hoe houden jullie grip op de "
             "exploitatie van de werkorganisatie als de loonkosten zo hard stijgen?\n\nErik"},
    {"id": "d25-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Judith Koster <judith.koster@rijnkade.nl>",
     "body": "Strategie is wat mij betreft de afgelopen ateliers vaak genoeg langsgekomen. Ik zou liever eens "
             "praten over digitalisering van onze werkprocessen: wat levert automatisering echt op?"},
    {"id": "d25-suggestion-09", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Mark Oudejans <m.oudejans@elstermeer.nl>",
     "body": "Hi Stan,\n\nSuggestion for the atelier: how do we measure the performance of our services to "
             "residents and businesses? Which KPIs and dashboards work, and which don't?\n\nCheers,\nMark"},
    {"id": "d25-suggestion-10", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Hetty Lagerwey <h.lagerwey@wolderdal.nl>",
     "body": "Goedemorgen,\n\nGraag draag ik aan: bestuurlijke prioriteiten na de verkiezingen. Hoe vertaal je drie "
             "nieuwe coalitieakkoorden naar één meerjarige koers voor de organisatie?" +
             _sig("Hetty Lagerwey", "algemeen directeur", "Werkorganisatie Wolderdal", "0523 - 28 14 00")
             + "\n\nMeld u aan voor onze digitale nieuwsbrief en blijf op de hoogte van Wolderdal!"},
    {"id": "d25-suggestion-11", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "Wim Tuinstra <WTuinstra@noorderpolder.nl>",
     "body": "Informatieveiligheid en I&A na het samenvoegen van twee ICT-afdelingen. Bij ons nog steeds een "
             "worsteling.\n\nW. Tuinstra"},
    {"id": "d25-suggestion-12", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "sender": "Astrid Vellinga <astrid.vellinga@bergakker.nl>",
     "body": "Beste secretariaat,\n\n1. De energietransitie als gezamenlijke opgave van onze gemeenten en de "
             "buurgemeenten.\n2. Eén loket voor ondernemers: vergunningen, subsidies en accountmanagement op één "
             "plek.\n\nMvg,\nAstrid Vellinga"},
    {"id": "d25-suggestion-13", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote", "sender": "Rik Hoebens <r.hoebens@kempenveld.nl>",
     "body": "Innovatie aan de voorkant: chatbots en AI aan de telefoon bij het klantcontactcentrum. Wie heeft er "
             "ervaring mee en hoe reageren inwoners?\n\nRik Hoebens"},
    {"id": "d25-suggestion-14", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Marloes Timmer <m.timmer@duinerwaard.nl>",
     "body": "Sturingsconcept! Wij stappen over van een directiemodel naar integraal management en ik hoor graag "
             "hoe anderen dat hebben gedaan." + IPHONE},
    {"id": "d25-suggestion-15", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd", "sender": "Jan-Willem Stegeman <jw.stegeman@zandveld.nl>",
     "body": "Onderwerp voor het atelier: de relatie tussen de drie gemeenteraden en de werkorganisatie, en hoe je "
             "voorkomt dat de raden elkaar via de organisatie bestrijden.\n\nJ.W. Stegeman"},
    {"id": "d25-suggestion-16", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd", "sender": "Henriëtte Blom <h.blom@bergakker.nl>",
     "body": "Anja, ik antwoord zelf wel even.\n\nSecretariaat: graag agenderen formatie en strategische "
             "personeelsplanning. Hoe houden we onze vacatures vervuld met de vergrijzing die eraan komt?\n\n"
             "Henriëtte Blom"},
    {"id": "d25-suggestion-17", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "RE: FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Nadia Boukhari <n.boukhari@waalrande.nl>",
     "body": "Beste secretariaat,\n\nMijn directeur stuurde mij uw oproep door (zie onder). Ons voorstel: een "
             "benchmark van de prestaties van de dienstverlening van fusieorganisaties, zodat we van elkaar kunnen "
             "leren wat inwoners echt waarderen.\n\nNadia Boukhari\ndirecteur Publiekszaken Waalrande\n\n"
             "On Tue, 5 Jan 2027 at 10:10, Koen Alberts <k.alberts@waalrande.nl> wrote:\n"
             "> Nadia, hebben wij input? Jij zat toch met die strategie voor samenwerking met de regio?\n>\n"
             "> ---------- Forwarded message ---------\n"
             "> From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
             "> Subject: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]\n>\n"
             + _gt(_ours("oproep_themas")[1])},
    {"id": "d25-suggestion-18", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Secretariaat Directie Oldemarke <directiesecretariaat@oldemarke.nl>",
     "body": "Goedemiddag,\n\nNamens mevrouw De Groot stuur ik u haar suggestie voor het atelier door.\n\nMet "
             "vriendelijke groet,\nHanneke Smeets\n\n"
             + _outlook("Lidewij de Groot <l.degroot@oldemarke.nl>", "donderdag 7 januari 2027 08:14",
                        "Secretariaat Directie Oldemarke <directiesecretariaat@oldemarke.nl>",
                        "RE: Welke thema's wilt u bespreken?",
                        "Hanneke, geef je dit door? Ik wil het graag hebben over onze visie op de lange termijn: is de "
                        "ambtelijke fusie een tussenstation of het eindstation?\n\nLidewij" + IPHONE)
             + "\n\n" + _our_outlook("oproep_themas", "l.degroot@oldemarke.nl", "maandag 4 januari 2027 09:30")},
    {"id": "d25-suggestion-19", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 8 oktober 2025 [atelier:2025-2]",
     "sender": "Teun Wassink <t.wassink@peelmonde.nl>",
     "body": "Beste secretariaat,\n\nIk kwam deze mail tegen bij het opruimen van mijn inbox en heb er nooit op "
             "gereageerd. Het onderwerp is nog steeds actueel, dus alsnog voor een volgend atelier: het "
             "terugdringen van de inhuur van externen en het vast aanstellen van eigen mensen.\n\nTeun Wassink\n\n"
             + _outlook(OURS, "dinsdag 1 juli 2025 09:00", "t.wassink@peelmonde.nl",
                        "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 8 oktober 2025 [atelier:2025-2]",
                        "Beste Teun Wassink,\n\nOp woensdag 8 oktober 2025 organiseren wij het volgende Leer- en "
                        "inspireer-atelier.\n\nU bepaalt gezamenlijk de gespreksthema's! Denk aan Strategie, "
                        "Samenwerking, Organisatie en Dienstverlening.\n\nBeantwoord deze e-mail met uw onderwerpen, "
                        "graag vóór 1 september 2025.\n\nMet vriendelijke groet,\n\nSecretariaat Netwerk van "
                        "directeuren van ambtelijke fusieorganisaties\n\n-- \nAfmelden? Antwoord op deze e-mail met "
                        "'afmelden'.")},
    {"id": "d25-suggestion-20", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Wouter Heijnen <w.heijnen@brakeldijk.nl>",
     "body": "Dag Stan,\n\n1) een gezamenlijke visie op onze organisatie voor de komende tien jaar\n"
             "2) hoe organiseer je I&A als de leveranciers steeds meer in de cloud zitten\n\nWouter" + ANDROID},
    {"id": "d25-suggestion-21", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "drs. C.J. (Cornelis) van der Wiel <c.vanderwiel@haverveen.nl>",
     "body": "Geacht secretariaat,\n\nIn antwoord op uw oproep draag ik het volgende onderwerp aan: de positionering "
             "van onze werkorganisatie ten opzichte van de regio, de provincie en de veiligheidsregio.\n\n"
             "Hoogachtend,\n\ndrs. C.J. van der Wiel\nalgemeen directeur Werkorganisatie Haverveen" + DISCLAIMER},
    {"id": "d25-suggestion-22", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Eva Brouwers <eva.brouwers@zuiderveen.nl>",
     "body": "digitalisering!!" + IPHONE},
    {"id": "d25-suggestion-23", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Gerrit Hazenberg <g.hazenberg@it-mearlannen.nl>",
     "body": "Beste Stan en Melanie,\n\nEerst: dank voor de prettige samenwerking het afgelopen jaar. Mijn onderwerp: "
             "dienstverlening aan inwoners in de kleine kernen. Hoe blijf je zichtbaar als het gemeentehuis in het "
             "dorp dichtgaat?\n\nGerrit Hazenberg"},
    {"id": "d25-suggestion-24", "kind": "suggestion", "themes": ["organisatie"], "thread": W,
     "quoted": "welkom", "quote": "outlook-nl", "sender": "Simone Heeringa <s.heeringa@vechtmeer.nl>",
     "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Dank voor het welkom! U vraagt naar een onderwerp: bij ons speelt het digitaliseren van het archief en "
             "de werkprocessen eromheen.\n\nSimone Heeringa"},
    {"id": "d25-suggestion-25", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "subject": "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                "[atelier:2027-1]",
     "sender": "Bram Overdijk <b.overdijk@duinerwaard.nl>",
     "body": "> Het verslag staat klaar: https://ambtelijkefusie.nl/verslag/2027-1\n\nGelezen, mooi verslag.\n\n"
             "> Welk vraagstuk wilt u de volgende keer\n> bespreken?\n\n"
             "Monitoring van prestaties: welke cijfers over de dienstverlening rapporteren jullie aan de raden, en "
             "lezen ze die ook?\n\n"
             "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n\n"
             "Bram"},
    {"id": "d25-suggestion-26", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "subject": "RE: Dank voor uw themasuggestie [atelier:2027-1]",
     "body": "Nog een aanvulling op mijn eerdere lijstje: de inhoudelijke agenda van de organisatie voor de komende "
             "raadsperiode, en hoe je daarin bestuurlijke prioriteiten stelt.\n\nMarieke"},
    # -- Unsubscribe --------------------------------------------------------------------------------------------
    {"id": "d25-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Ad Verhagen <a.verhagen@kempenveld.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\n"
             "Nee. Per 1 april ga ik met pensioen, dus haal mij ook maar van de ledenlijst van het netwerk.\n\n"
             "> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.\n\n"
             "Mijn opvolger is nog niet benoemd.\n\nAd Verhagen"},
    {"id": "d25-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Roos Doornbos <r.doornbos@linderhout.nl>",
     "body": "Beste secretariaat,\n\nGeen thema's van mijn kant: ik vertrek per 1 februari bij Linderhout. Mijn "
             "opvolger, Lotte Zwart (l.zwart@linderhout.nl), neemt mijn plek in het netwerk over.\n\n"
             "Hartelijke groet,\nRoos Doornbos"},
    {"id": "d25-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": I,
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Vincent Claes <v.claes@zandveld.nl>",
     "body": _gmail_quote("uitnodiging_atelier")
             + "\n\nIk kom niet. Bovendien verzoek ik u, op grond van artikel 17 AVG, al mijn persoonsgegevens uit uw "
             "bestanden te verwijderen en mij geen berichten meer te sturen.\n\nV. Claes"},
    {"id": "d25-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Oliver Janssen <o.janssen@waalrande.nl>",
     "body": "Please take me off your mailing list, I left Waalrande last month.\n\nOliver"},
    {"id": "d25-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": W,
     "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Anke Mollema <a.mollema@heidekamp.nl>",
     "body": "Beste secretariaat,\n\nDrie jaar geleden kreeg ik deze welkomstmail; nu stop ik ermee. Wilt u mij "
             "afmelden?\n\nAnke Mollema\n\n"
             + _outlook(OURS, "maandag 13 mei 2024 10:11", "a.mollema@heidekamp.nl",
                        "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
                        "Beste Anke Mollema,\n\nHartelijk welkom! U bent nu lid van het Netwerk van directeuren van "
                        "ambtelijke fusieorganisaties.\n\nMet vriendelijke groet,\n\nSecretariaat\n\n-- \nAfmelden? "
                        "Antwoord op deze e-mail met 'afmelden'.")},
    {"id": "d25-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "afmelden",
     "sender": "Michiel Rademaker <m.rademaker@rijnkade.nl>",
     "body": "\n\nMichiel Rademaker\nalgemeen directeur\nWerkorganisatie Rijnkade\n06 - 12 84 33 70\n\n"
             "Aanmelden voor de Rijnkade Nieuwsbrief? Klik hier."},
    {"id": "d25-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Harm Zuidema <HZuidema@noorderpolder.nl>",
     "body": "Graag uitschrijven. Functie gewijzigd, ik ben geen directeur meer.\n\nH. Zuidema"},
    {"id": "d25-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "notes", "sender": "Paulien Geerts <paulien.geerts@bergakker.nl>",
     "body": "Wilt u mij afmelden als lid van het netwerk? Ik ben per januari overgestapt naar de provincie.\n\n"
             "Met vriendelijke groet,\nPaulien Geerts"},
    {"id": "d25-unsubscribe-09", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek afmelding en verwijdering gegevens",
     "sender": "Reinier Landman <r.landman@brakeldijk.nl>",
     "body": "Geacht secretariaat,\n\nMijn verzoek:\n"
             "- afmelden als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties;\n"
             "- verwijdering van al mijn persoonsgegevens (artikel 17 AVG);\n"
             "- een korte bevestiging zodra dit is gebeurd.\n\n"
             "Met vriendelijke groet,\nReinier Landman" + DISCLAIMER},
    {"id": "d25-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Dick Brouwer <d.brouwer@gemeente.nl>",
     "body": "Anja, dank. Ik reageer zelf.\n\nSecretariaat: ik stop met het netwerk, de agenda laat het niet meer "
             "toe. Graag uitschrijven.\n\nDick Brouwer"},
    {"id": "d25-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd", "sender": "Lisette Koops <l.koops@oldemarke.nl>",
     "body": "Haal mij svp van de verzendlijst van het netwerk, ik doe niet meer mee.\nLisette Koops"},
    {"id": "d25-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "apple", "sender": "Jos Maessen <jos.maessen@kempenveld.nl>",
     "body": "Geen onderwerpen. Stop maar met mailen, ik ben uit het netwerk gestapt." + IPAD},
    {"id": "d25-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Ria Stam <r.stam@wolderdal.nl>",
     "body": "Beste secretariaat,\n\nEen collega stuurde mij dit door. Ik heb er geen tijd meer voor: meld mij "
             "af als lid van het netwerk.\n\nRia Stam\n\n"
             "> Op 10 feb. 2027 om 08:31 heeft Dennis Brink <d.brink@wolderdal.nl> het volgende geschreven:\n>\n"
             "> Ria, jij bent toch lid? Ga je? Ik ga zelf ja zeggen.\n>\n"
             "> > Op 9 feb. 2027 om 10:02 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
             "<info@ambtelijkefusie.nl> het volgende geschreven:\n> >\n"
             + _gt(_ours("uitnodiging_atelier")[1], 2).replace(">>", "> >")},
    {"id": "d25-unsubscribe-14", "kind": "unsubscribe", "erase": True, "thread": W, "quoted": "welkom",
     "quote": "gmail", "sender": "Sabine Ketelaar <sabine.ketelaar@duinerwaard.nl>",
     "body": "Uitschrijven graag. En wis ook mijn naam en e-mailadres uit uw administratie, ik wil nergens meer in "
             "voorkomen (AVG).\n\nS. Ketelaar"},
    {"id": "d25-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Thom Gerritsen <t.gerritsen@haverveen.nl>",
     "body": "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.\n\n"
             "Bij dezen: afmelden. Ik ben per 1 maart weg bij Haverveen.\n\nThom"},
    {"id": "d25-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Berend Kuiper <b.kuiper@zuiderveen.nl>",
     "body": "Goedemorgen,\n\nIk ga per 1 maart bij een andere organisatie aan de slag. Mijn opvolger als directeur "
             "is Yara Mertens (y.mertens@zuiderveen.nl); wilt u haar voortaan de uitnodigingen sturen in plaats van "
             "mij?\n\nBerend Kuiper"},
    # -- Subscribe ----------------------------------------------------------------------------------------------
    {"id": "d25-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Aanmelding netwerk",
     "sender": "Femke Grootveld <f.grootveld@middelstroom.nl>",
     "body": "Goedemiddag,\n\nIk wil graag lid worden van het netwerk.\n\n"
             "Naam: Femke Grootveld\nFunctie: algemeen directeur\nOrganisatie: Werkorganisatie Middelstroom\n"
             "E-mail: f.grootveld@middelstroom.nl\nTelefoon: 0345 - 61 22 00\n\nMet vriendelijke groet,\nFemke"},
    {"id": "d25-subscribe-02", "kind": "subscribe", "thread": None, "subject": "Lid worden",
     "sender": "Koen Dijkhuizen <k.dijkhuizen@it-mearlannen.nl>",
     "body": "Beste secretariaat,\n\nOp uw website las ik:\n\n"
             "   \"Het netwerk staat open voor directeuren van ambtelijke fusieorganisaties. Het lidmaatschap is "
             "kosteloos. U meldt zich aan door een e-mail te sturen naar info@ambtelijkefusie.nl.\"\n\n"
             "Bij dezen dus: ik ben sinds november directeur van Wurkorganisaasje It Mearlannen en meld mij graag "
             "aan.\n\nKoen Dijkhuizen"},
    {"id": "d25-subscribe-03", "kind": "subscribe", "thread": None, "subject": "Joining the network",
     "sender": "Hannah Whitfield <h.whitfield@elstermeer.nl>",
     "body": "Dear secretariat,\n\nI recently started as director of Werkorganisatie Elstermeer and would like to "
             "join the network. My Dutch is still work in progress, so English replies are welcome.\n\n"
             "Kind regards,\nHannah Whitfield"},
    {"id": "d25-subscribe-04", "kind": "subscribe", "thread": None,
     "subject": "RE: FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Stefan Lubbers <s.lubbers@peelmonde.nl>",
     "body": "Goedemorgen,\n\nMijn collega-directeur stuurde mij jullie welkomstmail door. Ik zou ook graag lid "
             "worden.\n\nStefan Lubbers\ndirecteur Ruimte, Werkorganisatie Peelmonde\n\n"
             + _outlook("Ruben Dekkers <ruben.dekkers@peelmonde.nl>", "maandag 8 februari 2027 12:40",
                        "Stefan Lubbers <s.lubbers@peelmonde.nl>", "FW: Welkom bij het Netwerk",
                        "Stefan, ik ben lid geworden, is het ook iets voor jou? Afmelden kan altijd weer.\n\nRuben")
             + "\n\n" + _our_outlook("welkom", "ruben.dekkers@peelmonde.nl", "maandag 8 februari 2027 11:02")},
    {"id": "d25-subscribe-05", "kind": "subscribe", "thread": None, "subject": "aanmelding",
     "sender": "Ingeborg Tiemens <i.tiemens@vechtmeer.nl>",
     "body": "Graag meld ik mij aan voor het Netwerk van directeuren van ambtelijke fusieorganisaties. Sinds 1 januari "
             "ben ik directeur van Werkorganisatie Vechtmeer.\n\nIngeborg Tiemens" + NIEUWSBRIEF},
    {"id": "d25-subscribe-06", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Wilbert Snijders <w.snijders@zandveld.nl>",
     "subject": "RE: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Dat was niet de bedoeling: mijn secretaresse heeft de verkeerde mail beantwoord. Lid blijven graag!\n\n"
             "Wilbert Snijders"},
    {"id": "d25-subscribe-07", "kind": "subscribe", "thread": None, "subject": "Opnieuw aansluiten",
     "sender": "Greetje Postma <g.postma@wolderdal.nl>",
     "body": "Beste Stan,\n\nTwee jaar geleden heb ik mij afgemeld toen ik naar het Rijk ging. Nu ben ik terug als "
             "directeur bij Wolderdal en wil ik graag opnieuw aansluiten bij het netwerk.\n\nGreetje Postma"},
    {"id": "d25-subscribe-08", "kind": "subscribe", "thread": None, "subject": "Inschrijving",
     "sender": "Mehmet Yilmaz <m.yilmaz@brakeldijk.nl>",
     "body": "Goedendag,\n\nBij dezen schrijf ik mij in als lid. Mijn gegevens:\n"
             "• Mehmet Yilmaz\n• directeur Bedrijfsvoering\n• Werkorganisatie Brakeldijk\n\nMet groet,\nMehmet"},
    {"id": "d25-subscribe-09", "kind": "subscribe", "thread": None, "subject": "aanmelden svp",
     "sender": "robin de jager <r.dejager@waalrande.nl>",
     "body": "aanmelden svp, ben directeur van wo waalrande sinds kort\nrobin" + SAMSUNG},
    {"id": "d25-subscribe-10", "kind": "subscribe", "thread": None, "subject": "Verzoek tot inschrijving",
     "sender": "mr. H.L.M. (Hubert) Verschuren <h.verschuren@kempenveld.nl>",
     "body": "Geacht secretariaat,\n\nHierbij verzoek ik u mij in te schrijven als lid van het Netwerk van "
             "directeuren van ambtelijke fusieorganisaties. Ik ben per 1 december 2026 benoemd tot algemeen "
             "directeur van de Werkorganisatie Kempenveld.\n\nHoogachtend,\n\nmr. H.L.M. Verschuren" + DISCLAIMER},
    # -- Confirm ------------------------------------------------------------------------------------------------
    {"id": "d25-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "\n\nMarieke de Vries-Ölçer\ndirecteur Werkorganisatie BBR\n\n"
             "Afmelden voor onze nieuwsbrief? Klik hier."},
    {"id": "d25-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>", "body": "Bevestigd."},
    {"id": "d25-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Ja, dat klopt, dat heeft mijn secretariaat op mijn verzoek gedaan. Ik wil graag lid worden."},
    {"id": "d25-confirm-04", "kind": "confirm", "thread": C,
     "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "Hierbij.\n\n"
             "> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer dan "
             "nodig.\n\n"
             "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."},
    {"id": "d25-confirm-05", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "notes", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Sorry, vergeten. Bij dezen alsnog bevestigd.\n\nM. de Vries"},
    {"id": "d25-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>", "body": "Confirmed, thanks."},
    {"id": "d25-confirm-07", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "ongemarkeerd", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>", "body": "ok"},
    {"id": "d25-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>", "body": "Prima!" + IPHONE},
    {"id": "d25-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Ja, klopt: Anja heeft mij aangemeld en ik bevestig het bij dezen.\n\nMarieke"},
    {"id": "d25-confirm-10", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "notes-wrote", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Yes, akkoord - graag lid.\n\nMarieke" + ANDROID},
    # -- Autoreply ----------------------------------------------------------------------------------------------
    {"id": "d25-autoreply-01", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking "
                "& eigenheid [atelier:2027-1]",
     "sender": "Wendy Aarsen <w.aarsen@linderhout.nl>", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 19 februari en heb beperkt toegang tot mijn "
             "mail. Voor dringende zaken kunt u contact opnemen met het directiesecretariaat, telefoon "
             "0318 - 55 20 00.\n\nMet vriendelijke groet,\nWendy Aarsen"},
    {"id": "d25-autoreply-02", "kind": "autoreply", "thread": T,
     "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Erik Schuurman <e.schuurman@kempenveld.nl>", "headers": {"Precedence": "auto_reply"},
     "body": "Ik ben tot en met 11 januari met vakantie. Uw mail wordt niet doorgestuurd.\n\nErik Schuurman"},
    {"id": "d25-autoreply-03", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Carla Timmerman <c.timmerman@vechtmeer.nl>",
     "body": "Ik ben afwezig tot en met 8 maart. Voor dringende zaken kunt u terecht bij mijn plaatsvervanger, "
             "Pieter Brinkhuis.\n\nCarla Timmerman\nalgemeen directeur" + NIEUWSBRIEF},
    {"id": "d25-autoreply-04", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Rogier van Tuijl <r.vantuijl@elstermeer.nl>",
     "headers": {"X-Autoreply": "yes"},
     "body": "Hartelijk dank voor uw bericht. Ik ben met verlof tot en met maandag 15 maart en lees mijn e-mail niet. "
             "Uw bericht wordt na mijn terugkomst behandeld."},
    {"id": "d25-autoreply-05", "kind": "autoreply", "thread": R,
     "subject": "Niet meer in gebruik: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
                "[atelier:2027-1]",
     "sender": "Gemeente Aldermeer <info@aldermeer.nl>", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Dit e-mailadres is niet meer in gebruik. Per 1 januari 2027 zijn de gemeenten Aldermeer en Veendijk "
             "samen met Oldemarke opgegaan in de Werkorganisatie Oldemarke. Stuur uw bericht opnieuw naar "
             "info@oldemarke.nl.\n\nDit is een automatisch gegenereerd bericht."},
    {"id": "d25-autoreply-06", "kind": "autoreply", "thread": None,
     "subject": "Ontvangstbevestiging [Zaaknummer Z-2027-00412]",
     "sender": "Klantcontactcentrum Heidekamp <noreply@heidekamp.nl>", "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Geachte heer/mevrouw,\n\nUw bericht is in goede orde ontvangen en geregistreerd onder zaaknummer "
             "Z-2027-00412. Wij streven ernaar u binnen tien werkdagen te antwoorden. Wilt u bij vervolgcontact het "
             "zaaknummer vermelden?\n\nMet vriendelijke groet,\nKlantcontactcentrum Heidekamp\n\n"
             "Dit is een automatisch verzonden bericht; u kunt hierop niet reageren."},
    {"id": "d25-autoreply-07", "kind": "autoreply", "thread": I,
     "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Laura Kingsley <l.kingsley@waalrande.nl>", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Thank you for your email. I am out of the office until Monday 22 February with limited access to "
             "email. For urgent matters please contact the management office.\n\nLaura Kingsley\n\n"
             "Not interested in our updates anymore? Unsubscribe here."},
    {"id": "d25-autoreply-08", "kind": "autoreply", "thread": T,
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? [atelier:2027-1]",
     "sender": "Hetty Lagerwey <h.lagerwey@wolderdal.nl>",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "Goedendag,\n\nTot en met 15 januari ben ik afwezig. Bij afwezigheid kunt u terecht bij:\n\n"
             "Onderwerp            | Contactpersoon     | Telefoon\n"
             "Financiën            | Jaap Hoekstra      | 0523 - 28 14 10\n"
             "Personeel en organisatie | Saskia Mulder  | 0523 - 28 14 22\n"
             "Bestuurszaken        | directiesecretariaat | 0523 - 28 14 00\n\n"
             "Hetty Lagerwey\nalgemeen directeur Wolderdal\n\nMeld u aan voor onze digitale nieuwsbrief!"},
    {"id": "d25-autoreply-09", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Sietse de Boer <s.deboer@it-mearlannen.nl>", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik bin der net oant en mei 26 febrewaris. / Ik ben er niet tot en met 26 februari. Jo mail wurdt net "
             "trochstjoerd; uw e-mail wordt niet doorgestuurd. Voor zaken rond bestuur en directie: "
             "directie@it-mearlannen.nl."},
    {"id": "d25-autoreply-10", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Thijs Kamphuis <t.kamphuis@zandveld.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking "
                "& eigenheid [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben op cursus tot en met woensdag 17 februari en lees mijn mail daarna. Met spoed? Bel 06 - 41 20 "
             "87 33.\n\nThijs Kamphuis"},
    {"id": "d25-autoreply-11", "kind": "autoreply", "thread": C,
     "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben afwezig tot en met 4 januari. Uw bericht wordt niet doorgestuurd. Voor afmeldingen van "
             "vergaderingen kunt u mailen naar secretariaat.directie@werkorganisatie-bbr.nl.\n\nMarieke de Vries"},
    # -- Other --------------------------------------------------------------------------------------------------
    {"id": "d25-other-01", "kind": "other", "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 2 oktober 2025: De werkorganisatie van morgen "
                "[atelier:2025-2]",
     "sender": "Ronald Brink <r.brink@middelstroom.nl>",
     "body": "Ja, ik kom graag!\n\nRonald Brink\n\n"
             + _outlook(OURS, "dinsdag 2 september 2025 09:00", "r.brink@middelstroom.nl",
                        "Uitnodiging Leer- en inspireer-atelier 2 oktober 2025: De werkorganisatie van morgen "
                        "[atelier:2025-2]",
                        "Beste Ronald Brink,\n\nGraag nodigen wij u uit voor het Leer- en inspireer-atelier \"De "
                        "werkorganisatie van morgen\".\n\nWanneer: donderdag 2 oktober 2025, 14.00 tot 17.30 uur\n"
                        "Waar:    Huis van de Regio, Amersfoort\n\nKomt u? Beantwoord deze e-mail met \"ja, ik kom\" "
                        "of \"nee, helaas\".\nGraag uw antwoord vóór 22 september 2025.\n\nMet vriendelijke groet,\n\n"
                        "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties\n\n-- \nAfmelden? "
                        "Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.")},
    {"id": "d25-other-02", "kind": "other", "thread": I,
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 3 april 2025 [atelier:2025-1]",
     "sender": "Joke Ravesteijn <joke.ravesteijn@haverveen.nl>",
     "body": "Is er dit voorjaar weer zo'n atelier? Ik kon er vorig jaar niet bij, maar nu zou ik graag komen.\n\n"
             "Joke\n\n"
             "Op 4 mrt 2025 om 10:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
             "info@ambtelijkefusie.nl>:\n\n"
             "> Beste Joke Ravesteijn,\n>\n> Graag nodigen wij u uit voor het Leer- en inspireer-atelier van donderdag "
             "3 april 2025.\n>\n> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n>\n"
             "> --\n> Afmelden? Antwoord op deze e-mail met 'afmelden'."},
    {"id": "d25-other-03", "kind": "other", "thread": None, "subject": "FW: afmelding netwerk",
     "sender": "Directiesecretariaat Bergakker <directie@bergakker.nl>",
     "body": "Ter info: onderstaand bericht van Gerrit kregen wij binnen. Hij is per 1 maart uit dienst.\n\n"
             "Met vriendelijke groet,\nTanja Hermans\n\n"
             + _outlook("Gerrit Rozema <g.rozema@bergakker.nl>", "vrijdag 26 februari 2027 16:55",
                        "Directiesecretariaat Bergakker <directie@bergakker.nl>", "afmelding netwerk",
                        "Tanja, wil jij mij ergens afmelden voor dat directeurennetwerk? Ik ben vanaf maandag weg.\n\n"
                        "Gerrit")},
    {"id": "d25-other-04", "kind": "other", "thread": None, "subject": "FW: Aanmelding netwerk",
     "sender": "Ruben Dekkers <ruben.dekkers@peelmonde.nl>",
     "body": "Ter info: mijn collega Stefan heeft zich vorige week bij jullie aangemeld, zie hieronder. Ik weet niet "
             "of dat goed is aangekomen.\n\nRuben\n\n"
             + _outlook("Stefan Lubbers <s.lubbers@peelmonde.nl>", "dinsdag 9 februari 2027 08:20",
                        "info@ambtelijkefusie.nl", "Aanmelding netwerk",
                        "Goedemorgen,\n\nIk zou graag lid worden van het netwerk.\n\nStefan Lubbers")},
    {"id": "d25-other-05", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Annelies Hoogland <a.hoogland@zuiderveen.nl>",
     "body": "Dank voor de oproep. Ik heb deze keer geen onderwerpen, ik laat me graag verrassen.\n\nAnnelies"},
    {"id": "d25-other-06", "kind": "other", "thread": None, "subject": "Vraag over deelname",
     "sender": "Rob Wiegman <r.wiegman@gemeente-eemoord.nl>",
     "body": "Goedemiddag,\n\nIk ben gemeentesecretaris van een gemeente die geen ambtelijke fusie is, maar wel "
             "veel taken samen met de buren uitvoert. Kan ik ook lid worden, of is het netwerk alleen voor "
             "directeuren van fusieorganisaties?\n\nRob Wiegman"},
    {"id": "d25-other-07", "kind": "other", "thread": None, "subject": "Aanmelding directeur",
     "sender": "Marja Hulshof <m.hulshof@zuiderveen.nl>",
     "body": "Geacht secretariaat,\n\nGraag meld ik onze nieuwe directeur, de heer Olaf van Lente "
             "(o.vanlente@zuiderveen.nl), aan als lid van het netwerk.\n\nMet vriendelijke groet,\nMarja Hulshof\n"
             "secretaresse directie"},
    {"id": "d25-other-08", "kind": "other", "thread": None, "subject": "Uit dienst",
     "sender": "P&O Linderhout <peo@linderhout.nl>",
     "body": "Geachte heer, mevrouw,\n\nMevrouw R. Doornbos is per 1 februari uit dienst getreden. Wilt u haar "
             "afmelden en haar gegevens verwijderen?\n\nMet vriendelijke groet,\nafdeling P&O"},
    {"id": "d25-other-09", "kind": "other", "thread": None,
     "subject": "Bijdrage aan uw Leer- en inspireer-atelier: digitale transformatie",
     "sender": "Jasper Kroon | DigiPublic <jasper.kroon@digipublic-advies.nl>",
     "body": "Beste heer Van de Laar,\n\nDigiPublic begeleidt al tien jaar gemeenten bij digitalisering en het "
             "herontwerpen van werkprocessen. Graag verzorgen wij kosteloos een inspiratiesessie tijdens uw volgende "
             "atelier. Zullen we hiervoor een korte kennismaking plannen?\n\nMet vriendelijke groet,\nJasper Kroon\n"
             "Business developer\n\nU ontvangt deze e-mail omdat u zakelijk contact heeft met DigiPublic. Afmelden "
             "voor deze mailing? Klik hier."},
    {"id": "d25-other-10", "kind": "other", "thread": None, "subject": "Interviewverzoek ambtelijke fusies",
     "sender": "Sanne Vork <s.vork@binnenlandsbestuur-redactie.nl>",
     "body": "Goedemiddag,\n\nVoor een artikel over vijftien jaar ambtelijke fusies zou ik graag iemand van het "
             "netwerk spreken. Is een van de adviseurs volgende week beschikbaar voor een telefonisch interview?\n\n"
             "Met vriendelijke groet,\nSanne Vork\nredacteur"},
    {"id": "d25-other-11", "kind": "other", "thread": None, "subject": "Kandidaatstelling Adviesraad",
     "sender": "Dirk-Jan Smeenk <dj.smeenk@duinerwaard.nl>",
     "body": "Beste Stan en Melanie,\n\nIn het verslag las ik dat er een plek vrijkomt in de Adviesraad. Graag stel ik "
             "mij daarvoor kandidaat. Ik ben al vier jaar lid van het netwerk en zou graag meedenken over de "
             "thema's.\n\nDirk-Jan Smeenk"},
    {"id": "d25-other-12", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Gijs Mulderij <g.mulderij@linderhout.nl>",
     "body": "Beste secretariaat,\n\nIk krijg al jullie mails dubbel binnen, op g.mulderij@ en op "
             "directie@linderhout.nl. Kan dat worden rechtgezet?\n\nGijs"},
    {"id": "d25-other-13", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Wouter Heijnen <w.heijnen@brakeldijk.nl>",
     "body": "Ik wil graag komen, maar mag ik ook twee teamleiders meenemen die zelf geen directeur zijn? Dan meld ik "
             "ze meteen aan."},
    {"id": "d25-other-14", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Marloes Timmer <m.timmer@duinerwaard.nl>",
     "body": "Goedemorgen,\n\nKan het atelier misschien een week later? Uit de vergaderkalender van de raden "
             "(geplakt uit de pdf):\n\n"
             "  Datum      Orgaan                         Tijd\n"
             "  09-03-2027 Raad Duinerwaard-Noord         19.30\n"
             "  11-03-2027 Raad Duinerwaard-Zuid          14.00\n"
             "  11-03-2027 Auditcommissie                 16.00\n\n"
             "Op 11 maart zit half ons MT vast.\n\nMarloes Timmer"},
    {"id": "d25-other-15", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Erik Schuurman <e.schuurman@kempenveld.nl>",
     "subject": "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                "[atelier:2027-1]",
     "body": "De link naar het verslag geeft bij mij een foutmelding. Kunt u het als pdf sturen?\n\nErik"},
    {"id": "d25-other-16", "kind": "other", "thread": None, "subject": "Kosten deelname?",
     "sender": "Ellen Stroeve <e.stroeve@oldemarke.nl>",
     "body": "Beste secretariaat,\n\nOnze controller vraagt of er kosten verbonden zijn aan de ateliers, en of we "
             "daarvoor een factuur krijgen. Kunt u dat laten weten?\n\nEllen Stroeve"},
    {"id": "d25-other-17", "kind": "other", "thread": None, "quoted": "annulering_atelier", "quote": "apple",
     "sender": "Sandra Wijnbergen <s.wijnbergen@waalrande.nl>",
     "subject": "Re: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Jammer! Is er al een nieuwe datum bekend?" + IPHONE},
    {"id": "d25-other-18", "kind": "other", "thread": W, "quoted": "welkom", "quote": "notes-wrote",
     "sender": "Koen Dijkhuizen <k.dijkhuizen@it-mearlannen.nl>",
     "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Dank voor het warme welkom, ik kijk uit naar het eerste atelier.\n\nKoen"},
    {"id": "d25-other-19", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "groupwise",
     "sender": "Kees Vermolen <KVermolen@wolderdal.nl>",
     "body": "Is het Stadskantoor goed bereikbaar met het OV? En is er een lift, ik loop sinds kort met krukken.\n\n"
             "Kees"},
    {"id": "d25-other-20", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "notes",
     "sender": "Paulien Geerts <paulien.geerts@bergakker.nl>",
     "body": "Wat houdt 'sturingsconcept' in jullie lijstje precies in? Dan kan ik kijken of ons onderwerp daaronder "
             "valt.\n\nPaulien"},
]
# fmt: on
