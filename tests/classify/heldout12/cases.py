"""The twelfth held-out set's cases (issue 17): written without reading the classifier, its training data or the
other sets' cases; each labelled as the secretariat should treat it; doubtful cases were left out.

Conventions: a substitute means ``attending`` False; the latest answer counts; a hand-over to a named successor is
``unsubscribe``; an AVG erasure anywhere is ``unsubscribe`` with ``erase``; an act mixed with a question a person
must answer, or an act with consequences for someone who did not write (and whose own request the mail does not
carry), is ``other``; replies to the follow-up mail carry the thread ``call_for_themes``. Bottom-posted replies and
replies with our mail pasted under a separator carry that quote in ``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

OURS = "Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>"
S_INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
S_REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
S_CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
S_CONF = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"

ANDROID = "\n\nVerzonden vanaf Outlook voor Android"
ANDROID_EN = "\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>"
IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
CID = "[cid:image001.png@01D9E4A1.7C3B2F60]"
DISCLAIMER = (
    "\n\nDit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht ten onrechte ontvangen, "
    "stel de afzender dan op de hoogte en verwijder het bericht. Aan dit bericht kunnen geen rechten worden "
    "ontleend."
)
EXTERN_NOTE = (
    "LET OP: Deze e-mail is afkomstig van buiten de organisatie. Klik niet op links en open geen "
    "bijlagen tenzij u de afzender kent.\n\n"
)

# Short pieces of our mails as clients keep them when the writer answers below the quote or pastes them plainly.
INV_PART = (
    'Graag nodigen wij u uit voor het Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid": een '
    "interactieve sessie over een\ngezamenlijk vraagstuk.\n\nWanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
    'Waar:    Stadskantoor, Vredenburg 3, Utrecht\n\nKomt u? Beantwoord deze e-mail met "ja, ik kom" of '
    '"nee, helaas".'
)
CALL_PART = (
    "U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
    "(door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken?\n\n"
    "Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027."
)
CONF_PART = (
    "Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
    "Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026."
)
FOOT_PART = (
    "-- \nU ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
    "Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
)


def gt(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.splitlines())


def above_outlook(subject: str, part: str, when: str = "maandag 8 februari 2027 10:02") -> str:
    """Our mail with a Dutch Outlook header, as it stands above a bottom-posted answer."""
    return f"Van: {OURS}\nVerzonden: {when}\nAan: directeur\nOnderwerp: {subject}\n\n{part}\n\n{FOOT_PART}"


def above_gmail(part: str) -> str:
    return f"Op ma 8 feb 2027 om 10:02 schreef {OURS}:\n\n{gt(part)}\n>\n{gt(FOOT_PART)}"


def pasted(part: str, line: str = "_____") -> str:
    """Our mail pasted as plain text under a separator line, without any mark or header."""
    return f"{line}\n\n{part}\n\n{FOOT_PART}"


# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "h12-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "sender": "Secretariaat directie Vliedal <secretariaatdirectie@werkorganisatie-vliedal.nl>",
     "subject": f"RE: FW: {S_INV}",
     "body": "Goedemorgen,\n\nNamens de heer Van Beusekom laat ik u weten dat hij graag aanwezig is. Zijn eigen "
             "reactie staat hieronder.\n\nMet vriendelijke groet,\n\nIngrid Pols\nmanagementassistent directie\n"
             "Werkorganisatie Vliedal | T 0318 - 45 22 10\n\n"
             "Van: Bart van Beusekom <b.vanbeusekom@werkorganisatie-vliedal.nl>\nVerzonden: dinsdag 9 februari "
             "2027 07:48\nAan: Secretariaat directie Vliedal\nOnderwerp: RE: FW: " + S_INV + "\n\n"
             "Ingrid, dit wil ik niet missen. Zeg maar toe en blok de hele middag, ik rij zelf.\nB."},
    {"id": "h12-rsvp-02", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Marieke Lont <marieke.lont71@gmail.com>", "subject": f"Re: {S_INV}",
     "body": "Beste mensen,\n\nIk antwoord even vanaf mijn privé-adres, mijn werkmail op de telefoon doet het "
             "niet sinds de migratie. Het gaat om m.lont@gemeentenkroonveld.nl.\n\nOp 11 maart zit ik helaas in "
             "de auditcommissie, dus ik moet deze keer passen.\n\nHartelijke groet,\nMarieke Lont\nalgemeen "
             "directeur Gemeenten Kroonveld\n\n" + above_gmail(INV_PART)},
    {"id": "h12-rsvp-03", "kind": "rsvp", "attending": True, "thread": I,
     "subject": f"[EXTERN] RE: {S_INV}", "sender": "Jeroen Stam <j.stam@marrelstede.nl>",
     "body": above_outlook(S_INV, INV_PART) + "\n\n\nJa, ik kom.\n\nJeroen Stam\ngemeentesecretaris/directeur "
             "Marrelstede" + ANDROID},
    {"id": "h12-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Directie Hunzedal <directie@werkorganisatie-hunzedal.nl>",
     "body": "Geacht secretariaat,\n\nDit postvak wordt gedeeld door de directie. Ondergetekende, Gerda Wubs, "
             "zal het atelier van 11 maart niet kunnen bijwonen: die dag is de gezamenlijke raadsinformatieavond "
             "van onze drie gemeenten.\n\nMet vriendelijke groet,\n\nGerda Wubs\ndirecteur Werkorganisatie "
             "Hunzedal\n" + CID + DISCLAIMER},
    {"id": "h12-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "subject": f"[EXTERNAL] RE: {S_INV}",
     "sender": "Ahmed El Khatib <a.elkhatib@wo-ijsselkant.nl>",
     "body": "Hi,\n\nI'll be there - thanks for the invite. Ik neem onze concerncontroller mee als dat kan, dus "
             "reken op 2 personen.\n\nBest,\nAhmed\n\n" + CID + "\nAhmed El Khatib | Algemeen directeur\n"
             "Werkorganisatie IJsselkant\nM +31 6 41 20 88 73"},
    {"id": "h12-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "subject": f"Antw: {S_INV}",
     "sender": "Hanneke Dolron <h.dolron@zwinland.nl>",
     "body": "Beste Stan en Melanie,\n\nJammer genoeg lukt 11 maart niet; ik heb die week vakantie met de "
             "kinderen. Volgende keer beter!\n\nGroet,\nHanneke\n\n-----\n\n" + INV_PART + "\n\n" + FOOT_PART},
    {"id": "h12-rsvp-07", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Karel Oudshoorn <k.oudshoorn@peelhorst.nl>",
     "subject": f"RE: {S_INV}",
     "body": "Goedendag,\n\nZelf kan ik er niet bij zijn. Mijn plaatsvervanger Linda Brink "
             "(l.brink@peelhorst.nl), concernmanager, gaat in mijn plaats.\n\nMet vriendelijke groet,\n\n"
             "drs. K.J. Oudshoorn MPA\nalgemeen directeur Werkorganisatie Peelhorst\n\n"
             "| T 0493 - 32 10 00 | www.peelhorst.nl |\n|---|---|\n" + CID},
    {"id": "h12-rsvp-08", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Pim Verhoeff <pimverhoeff@outlook.com>", "subject": f"Re: {S_REM}",
     "body": "Stuur dit van mijn eigen outlook.com, de laptop van het werk ligt thuis. Ik ben er donderdag "
             "gewoon, wel een half uurtje later door een overleg in Amersfoort.\n\nPim Verhoeff\n"
             "(directeur gemeenten Eemvliet en Leusderbroek)"},
    {"id": "h12-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "sender":
     "Rob Terpstra <r.terpstra@debreeuwen.nl>", "subject": "FW: " + S_INV,
     "body": "zie hieronder, graag regelen\n\nRob\n\n"
             "Van: Sanne Mulder <s.mulder@debreeuwen.nl>\nVerzonden: woensdag 10 februari 2027 16:20\n"
             "Aan: Rob Terpstra <r.terpstra@debreeuwen.nl>\nOnderwerp: FW: " + S_INV + "\n\n"
             "Hoi Rob, je agenda is die middag vrij. Zal ik je aanmelden?\n\nSanne\n\n"
             "Van: Rob Terpstra\nVerzonden: woensdag 10 februari 2027 16:41\nAan: Sanne Mulder\n"
             "Onderwerp: RE: FW: uitnodiging atelier\n\nJa, graag aanmelden. Ik ga.\n\n"
             "Van: " + OURS + "\nVerzonden: maandag 8 februari 2027 10:02\nOnderwerp: " + S_INV + "\n\n"
             + INV_PART},
    {"id": "h12-rsvp-10", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Mieke Schrama <m.schrama@gemeentenvlietzoom.nl>",
     "subject": f"[EXTERN] RE: FW: {S_INV}",
     "body": "Beste secretariaat,\n\nIk reageer namens Joost de Ridder, directeur. Hij vroeg mij het volgende "
             "door te geven (zijn mail van vanochtend):\n\n\"Mieke, meld mij svp af voor dat atelier in "
             "Utrecht, ik zit dan bij de provincie. Groet, Joost\"\n\nMet vriendelijke groet,\nMieke Schrama\n"
             "secretaresse directie Gemeenten Vlietzoom"},
    {"id": "h12-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Fenna de Groot <fenna.degroot@kpnmail.nl>",
     "body": "Hallo, ik mail via mijn KPN-adres want ik zit thuis met een gebroken enkel. Maar op 11 maart loop "
             "ik weer, dus ik schuif aan! Noteer me maar (werkadres f.degroot@hoekscheveld.nl).\n\nFenna" + IPHONE},
    {"id": "h12-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "subject": "RE: U staat op de wachtlijst voor het atelier van 11 maart 2027 "
     "[atelier:2027-1]", "sender": "Thijs Harmsen <t.harmsen@wo-ijsselkant.nl>",
     "body": "Haal me maar van de wachtlijst, het wordt toch niks die dag. Dan heeft een ander de plek.\n\nThijs"
             + ANDROID},
    {"id": "h12-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn", "subject": "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 "
     "[atelier:2027-1]", "sender": "Annet Kruijt <a.kruijt@marrelstede.nl>",
     "body": "Goedemiddag,\n\nDe nieuwe datum (18 maart, Provinciehuis) komt mij zelfs beter uit. Ik had "
             "afgezegd voor de 11e, maar nu kan ik wel. Graag alsnog op de lijst.\n\nMvg\nAnnet Kruijt"},
    {"id": "h12-rsvp-14", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Secretariaat Directie <directiesecretariaat@zwinland.nl>", "subject": "FW: " + S_INV,
     "body": "Goedemorgen,\n\nHieronder de reactie van onze directeur op uw uitnodiging. Met vriendelijke groet, "
             "Tineke (directiesecretariaat)\n\n________________________________\nVan: Wouter Aalbers "
             "<w.aalbers@zwinland.nl>\nVerzonden: vrijdag 12 februari 2027 18:03\nAan: Directiesecretariaat\n"
             "Onderwerp: RE: " + S_INV + "\n\nTineke, wil je mij aanmelden voor het atelier op 11 maart? "
             "Ik kom graag. Dank! Wouter\n\nVerzonden vanaf Outlook voor iOS"},
    {"id": "h12-rsvp-15", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "RE: UITNODIGING LEER- EN INSPIREER-ATELIER 11 MAART 2027",
     "sender": "J.H. BAKKER <JH.BAKKER@GR-OOSTWOLDE.NL>",
     "body": "GEACHTE HEER VAN DE LAAR,\n\nHELAAS BEN IK OP 11 MAART VERHINDERD.\n\nHOOGACHTEND,\n\n"
             "J.H. BAKKER\nDIRECTEUR GR OOSTWOLDE\n\n-----Oorspronkelijk bericht-----\n" + INV_PART},
    {"id": "h12-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "subject": f"Re: {S_INV}", "sender": "Eva Lindhout <e.lindhout@heuvelrandzuid.nl>",
     "body": "Dag Melanie, leuk! Ik zet het in de agenda, ik ben erbij. Groet, Eva\n\n-----"},
    {"id": "h12-rsvp-17", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "subject": "RE: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart "
     "2027 [atelier:2027-1]", "sender": "Nadia Bouzid <n.bouzid@werkorganisatie-lingeoost.nl>",
     "body": "Beste secretariaat,\n\nDirk vroeg me om voor hem te gaan, maar ik blijk die dag zelf "
             "ingeroosterd voor een crisisoefening. Ik kan dus niet. Ik heb het Dirk ook laten weten.\n\n"
             "Vriendelijke groet,\nNadia Bouzid\nmanager Publiekszaken"},
    {"id": "h12-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail", "subject": "Re: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 "
     "[atelier:2027-1]", "sender": "Okke Visser <okke.visser@werkorganisatie-lingeoost.nl>",
     "body": "Dank voor de uitnodiging. Ik neem graag Dirk zijn plek in en kom samen met mijn collega, zoals "
             "gemeld.\n\nOkke"},
    {"id": "h12-rsvp-19", "kind": "rsvp", "attending": False, "thread": R, "subject": f"[EXTERN] Re: {S_REM}",
     "sender": "Lotte Berghuis <l.berghuis@gemeentenkroonveld.nl>",
     "body": "> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan "
             "geven wij uw plaats aan\n> iemand op de wachtlijst.\n\nHelaas, het gaat niet lukken: griep. "
             "Geef mijn plek maar aan iemand anders.\n\nLotte" + ANDROID},
    {"id": "h12-rsvp-20", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart", "sender": "Bureau directie <bureaudirectie@debreeuwen.nl>",
     "body": "Beste secretariaat,\n\nOnderstaand bericht van onze directeur, mevrouw Hofstede, stuur ik u door; "
             "de uitnodiging zelf kan ik niet meer terugvinden.\n\nGroet,\nBureau directie De Breeuwen\n\n"
             "-----Original Message-----\nFrom: Carla Hofstede <c.hofstede@debreeuwen.nl>\nSent: Monday, "
             "February 15, 2027 8:12 AM\nTo: Bureau directie\nSubject: atelier\n\nWillen jullie mij opgeven "
             "voor het atelier van het directeurennetwerk op 11 maart? Ik wil er graag bij zijn.\nCarla"},
    {"id": "h12-rsvp-21", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Hein Rozendaal <h.rozendaal@peelhorst.nl>",
     "body": "Beste Stan,\n\nDank voor de uitnodiging. Ik ga niet komen: we zitten midden in de "
             "reorganisatie en ik kan het MT nu niet een middag alleen laten. Ook geen vervanger, sorry.\n\n"
             "Groeten,\nHein"},
    {"id": "h12-rsvp-22", "kind": "rsvp", "attending": True, "thread": I, "subject": f"RE: {S_INV}",
     "sender": "Yvonne Kamphuis <y.kamphuis@werkorganisatie-vliedal.nl>",
     "body": above_outlook(S_INV, INV_PART, "maandag 8 februari 2027 10:03") + "\n\n---\n\nJa, ik kom, met "
             "1 gast (Erik Smeets, strategisch adviseur).\n\nYvonne\n" + CID},
    {"id": "h12-rsvp-23", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "subject": f"[EXTERNAL] RE: {S_INV}",
     "sender": "Sophie Laarman <s.laarman@hoekscheveld.nl>",
     "body": "Dear secretariat,\n\nUnfortunately I'm not able to join on 11 March, I'll be abroad for a "
             "EUROCITIES meeting. Hope to see you next time.\n\nKind regards,\nSophie Laarman\nDirecteur "
             "bedrijfsvoering / plv. algemeen directeur"},
    {"id": "h12-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Gert-Jan Wolters <gj.wolters@gr-oostwolde.nl>",
     "body": "Prima, ik schuif aan op de 11e.\n\nGJ Wolters"},
    {"id": "h12-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "apple", "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 "
     "[atelier:2027-1]", "sender": "Ria Mennen <ria.mennen@icloud.com>",
     "body": "Hoi, ik ben het, Ria Mennen van Werkorganisatie Maasdal (mijn werkmail ligt eruit). Ik had me "
             "opgegeven maar zie dat ik op de wachtlijst sta. Laat maar zitten, ik kan die dag inmiddels "
             "toch niet meer.\n\nRia" + IPHONE},
    {"id": "h12-rsvp-26", "kind": "rsvp", "attending": True, "thread": I, "subject": f"Re: {S_INV}",
     "sender": "Bram Zegers <b.zegers@zwinland.nl>",
     "body": "Beste,\n\n" + "Van: " + OURS + "\nDatum: 8 februari 2027\n\n" + INV_PART + "\n\n"
             "=> JA, ik kom.\n\nZegers"},
    {"id": "h12-rsvp-27", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Marloes Prins <m.prins@heuvelrandzuid.nl>",
     "body": "Hoi,\n\nIk stuurde vorige week een ja, maar dat moet ik helaas intrekken: de raad heeft een "
             "extra vergadering over de begrotingswijziging gepland op precies die middag. Dus toch niet.\n\n"
             "Marloes" + ANDROID},
    {"id": "h12-rsvp-28", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "subject": f"RE: [EXTERN] {S_INV}",
     "sender": "Tom Hageman <t.hageman@gemeentenvlietzoom.nl>",
     "body": "Sorry voor de late reactie (mijn MA was ziek). Als er nog plek is: graag, ik kom.\n\n"
             "Tom Hageman\nalgemeen directeur | Gemeenten Vlietzoom\n"
             "https://urldefense.com/v3/__https://www.gemeentenvlietzoom.nl__;!!Kq7xP2mR!bX9aQ3sLp0-"
             "vZt4wK1eN8uYcR5jH2dM6gF7$"},
    {"id": "h12-rsvp-29", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Annemarie Kok <annemarie.kok@gmail.com>", "subject": "afmelding atelier 11/3",
     "body": "Goedenavond,\n\nVanaf mijn gmail, want ik ben op reis: ik (Annemarie Kok, directeur Werkorganisatie "
             "Hunzedal) kan niet op het atelier van 11 maart zijn. Ik blijf uiteraard graag lid van het "
             "netwerk, het gaat alleen om deze bijeenkomst.\n\nGroet, Annemarie"},
    {"id": "h12-rsvp-30", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "subject": f"RE: {S_REM}",
     "sender": "Directiesecretariaat Marrelstede <directiesecretariaat@marrelstede.nl>",
     "headers": {"Sender": "Petra Brouwer <p.brouwer@marrelstede.nl>"},
     "body": "Beste secretariaat,\n\nIn aanvulling op de aanmelding van mevrouw Kruijt: zij schreef mij "
             "gisteren \"ik ga donderdag naar Utrecht, ook als het regent\". Zij komt dus, maar zonder de gast "
             "die eerder genoemd was.\n\nMet vriendelijke groet,\nPetra Brouwer\nmanagementondersteuning"},
    # -- other ----------------------------------------------------------------------------------------------
    {"id": "h12-other-01", "kind": "other", "thread": None, "subject": "Afmelden dhr. Van Beusekom",
     "sender": "Secretariaat directie Vliedal <secretariaatdirectie@werkorganisatie-vliedal.nl>",
     "body": "Goedemiddag,\n\nWilt u de heer B. van Beusekom afmelden voor het netwerk? Ik ruim zijn "
             "mailabonnementen op omdat zijn inbox overloopt.\n\nMet vriendelijke groet,\nIngrid Pols\n"
             "managementassistent"},
    {"id": "h12-other-02", "kind": "other", "thread": None, "subject": "[EXTERN] Aanmelding nieuwe directeur",
     "sender": "Team Bestuursondersteuning <bestuursondersteuning@gemeentenkroonveld.nl>",
     "body": "Beste secretariaat,\n\nPer 1 maart hebben wij een nieuwe algemeen directeur, de heer Sander "
             "Rietveld (s.rietveld@gemeentenkroonveld.nl). Kunt u hem aanmelden voor het netwerk?\n\n"
             "Met vriendelijke groet,\nTeam Bestuursondersteuning\nGemeenten Kroonveld\n" + CID},
    {"id": "h12-other-03", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Mieke Schrama <m.schrama@gemeentenvlietzoom.nl>",
     "body": "Goedemorgen,\n\nMag ik als directiesecretaresse in plaats van de directeur komen, of is het "
             "atelier echt alleen voor directeuren? Dan hoor ik het graag voordat ik iets toezeg.\n\n"
             "Met vriendelijke groet,\nMieke Schrama"},
    {"id": "h12-other-04", "kind": "other", "thread": None, "subject": "Wijziging e-mailadres directeur",
     "sender": "Functioneel beheer ICT <fb-ict@werkorganisatie-hunzedal.nl>",
     "body": "Geachte heer/mevrouw,\n\nIn verband met de overgang naar een nieuw domein wijzigen de "
             "e-mailadressen van onze medewerkers. Wilt u voor mevrouw G. Wubs voortaan "
             "gerda.wubs@hunzedal.nl gebruiken in plaats van g.wubs@werkorganisatie-hunzedal.nl?\n\n"
             "Met vriendelijke groet,\nFunctioneel beheer ICT\nTicket: INC-2027-004481"},
    {"id": "h12-other-05", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Pim Verhoeff <pimverhoeff@outlook.com>",
     "body": "Ik kom graag, maar is er parkeergelegenheid bij het Stadskantoor of moet ik met de trein? "
             "Laat even weten, dan zeg ik definitief toe.\n\nPim"},
    {"id": "h12-other-06", "kind": "other", "thread": None, "subject": "Adviesraad",
     "sender": "Wouter Aalbers <w.aalbers@zwinland.nl>",
     "body": "Beste Stan,\n\nIk las in het verslag dat er een plek vrijkomt in de Adviesraad. Ik wil me daar "
             "graag voor kandidaat stellen; ik ben sinds 2022 directeur in Zwinland en heb de fusie van "
             "begin af meegemaakt. Hoe gaat de selectie?\n\nGroet,\nWouter"},
    {"id": "h12-other-07", "kind": "other", "thread": None, "subject": "FW: netwerk directeuren",
     "sender": "Rob Terpstra <r.terpstra@debreeuwen.nl>",
     "body": "zie hieronder, graag regelen\n\nRob\n\n"
             "Van: P&O De Breeuwen <peno@debreeuwen.nl>\nVerzonden: maandag 1 maart 2027 09:14\n"
             "Aan: Rob Terpstra <r.terpstra@debreeuwen.nl>\nOnderwerp: netwerk directeuren\n\n"
             "Beste Rob, per 1 maart is Esther Kalkman (e.kalkman@debreeuwen.nl) benoemd tot "
             "plaatsvervangend directeur. Jij wilde haar ook laten aanmelden bij het directeurennetwerk; "
             "hierbij haar gegevens.\n\nP&O"},
    {"id": "h12-other-08", "kind": "other", "thread": None, "subject": "Factuur / inkoopnummer",
     "sender": "Crediteurenadministratie <crediteuren@peelhorst.nl>",
     "body": "Geachte relatie,\n\nVoor de deelname van onze directeur aan uw netwerk hebben wij geen factuur "
             "ontvangen. Wilt u ons laten weten of er kosten zijn en zo ja, de factuur voorzien van "
             "inkoopnummer PO-88213 sturen naar facturen@peelhorst.nl?\n\nMet vriendelijke groet,\n"
             "Crediteurenadministratie Peelhorst"},
    {"id": "h12-other-09", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Receptie Stadhuis Marrelstede <receptie@marrelstede.nl>",
     "body": "Goedemiddag,\n\nDeze uitnodiging is binnengekomen in ons algemene postvak. Mevrouw De Wit is "
             "per 1 januari uit dienst; wij weten niet wie haar opvolger wordt. Wilt u haar uit uw bestand "
             "halen?\n\nMet vriendelijke groet,\nTeam Receptie"},
    {"id": "h12-other-10", "kind": "other", "thread": None, "subject": "[EXTERNAL] Speaker proposal",
     "sender": "Laura Jennings <laura@civicflow-consulting.com>",
     "body": "Dear organisers,\n\nCivicFlow helps merged municipal organisations redesign their service "
             "processes with AI. We would love to present a 20-minute case at your next atelier, free of "
             "charge. Could we schedule a short call?\n\nBest regards,\nLaura Jennings\nPartnerships Lead"},
    {"id": "h12-other-11", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Ahmed El Khatib <a.elkhatib@wo-ijsselkant.nl>", "subject": f"[EXTERNAL] RE: {S_INV}",
     "body": "Quick follow-up: kan mijn managementassistent (Joyce, j.verbeek@wo-ijsselkant.nl) de "
             "uitnodigingen voortaan in cc krijgen? Ze beheert mijn agenda.\n\nThanks, Ahmed"},
    {"id": "h12-other-12", "kind": "other", "thread": None, "subject": "Persverzoek",
     "sender": "Jorien Wessels <j.wessels@binnenlandsbestuurredactie.nl>",
     "body": "Goedendag,\n\nIk schrijf een achtergrondstuk over ambtelijke fusies en hoor graag hoe uw netwerk "
             "werkt. Zou ik het atelier van 11 maart als toehoorder mogen bijwonen, of iemand van het "
             "secretariaat kunnen spreken?\n\nMet vriendelijke groet,\nJorien Wessels, redacteur"},
    {"id": "h12-other-13", "kind": "other", "thread": None, "subject": "TE VEEL MAILS",
     "sender": "H. Rozendaal <h.rozendaal@peelhorst.nl>",
     "body": "Ik krijg van jullie drie keer dezelfde herinnering binnen, op verschillende adressen. Kan daar "
             "naar gekeken worden? Ik wil wel lid blijven hoor.\n\nHR" + ANDROID},
    {"id": "h12-other-14", "kind": "other", "thread": None, "subject": "Vraag over lidmaatschap",
     "sender": "Directie Hunzedal <directie@werkorganisatie-hunzedal.nl>",
     "body": "Beste secretariaat,\n\nOnze directie bestaat uit drie personen die dit postvak delen. Kunnen "
             "we ons met dit gezamenlijke adres aanmelden, of moet ieder apart lid worden?\n\nGroet namens "
             "de directie,\nSecretariaat directie Hunzedal"},
    {"id": "h12-other-15", "kind": "other", "thread": None, "subject": "verwijderen gegevens oud-directeur",
     "sender": "Privacyteam <privacy@gemeentenvlietzoom.nl>",
     "body": "Geachte heer, mevrouw,\n\nOnze oud-directeur, de heer P. Lagerwey, is per 31 december vertrokken. "
             "In het kader van de AVG verzoeken wij u zijn gegevens uit uw administratie te verwijderen.\n\n"
             "Met vriendelijke groet,\nPrivacyteam Gemeenten Vlietzoom\nFunctionaris gegevensbescherming"},
    {"id": "h12-other-16", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Yvonne Kamphuis <y.kamphuis@werkorganisatie-vliedal.nl>",
     "subject": "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
     "[atelier:2027-1]",
     "body": "Dank voor de mooie middag! De link naar het verslag werkt bij ons niet:\n"
             "https://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2Fambtelijkefusie.nl%2Fverslag"
             "%2F2027-1&data=05%7C02%7C%7Cf3a1b2c4d5e6%7C0&sdata=Xk3L0pQ%3D&reserved=0\nKunnen jullie het als "
             "pdf sturen?\n\nYvonne"},
    {"id": "h12-other-17", "kind": "other", "thread": None, "subject": "aanmelden + vraag",
     "sender": "Kees Doornbos <k.doornbos@werkorganisatie-lingeoost.nl>",
     "body": "Hallo,\n\nIk zou lid willen worden, maar ik ben interim-directeur voor een half jaar. Heeft het dan "
             "zin, of is het netwerk bedoeld voor vaste directeuren? Hoor graag even.\n\nKees Doornbos"},
    {"id": "h12-other-18", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Carla Hofstede <c.hofstede@debreeuwen.nl>",
     "subject": "RE: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Hoe kan dit? Ik heb me niet afgemeld. Wie heeft dit verzoek gedaan? Ik wil weten of iemand anders "
             "namens mij mailt.\n\nC. Hofstede"},
    {"id": "h12-other-19", "kind": "other", "thread": None, "subject": "[EXTERN] Afmelden collega's",
     "sender": "Thijs Harmsen <t.harmsen@wo-ijsselkant.nl>",
     "body": "Beste secretariaat,\n\nNa de herindeling zijn twee van onze adjunct-directeuren vertrokken: "
             "Frits Jansma en Ilse Brand. Kunt u hen uit het ledenbestand halen?\n\nThijs Harmsen\n"
             "algemeen directeur"},
    {"id": "h12-other-20", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "sender": "Frank Hoogeveen <f.hoogeveen@heuvelrandzuid.nl>", "subject": f"FW: {S_INV}",
     "body": "Is dit dezelfde middag als de VNG-bijeenkomst? Ik twijfel nog, wat zouden jullie doen?\n\nFrank"},
    {"id": "h12-other-21", "kind": "other", "thread": None, "subject": "Leverancier: locatie ateliers",
     "sender": "Events Fort Wierickerschans <events@fortlocatie-zegveld.nl>",
     "body": "Beste organisatie,\n\nVoor uw volgende Leer- en inspireer-atelier bieden wij graag onze vergaderzaal "
             "met catering aan, voor 30 personen vanaf EUR 45 p.p. Zal ik een offerte sturen?\n\n"
             "Met vriendelijke groet,\nTeam Events"},
    {"id": "h12-other-22", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Secretariaat Directie <secretariaat.directie@werkorganisatie-bbr.nl>",
     "subject": f"RE: {S_CONF}",
     "body": "Goedemiddag,\n\nDeze bevestigingsmail kwam bij mij binnen, maar mevrouw De Vries-Ölçer zit tot "
             "eind van de maand in het buitenland. Kan ik namens haar bevestigen, of moet zij dat zelf doen?\n\n"
             "Groet,\nAnja"},
    {"id": "h12-other-23", "kind": "other", "thread": None, "subject": "Aanmelding namens directeur",
     "sender": "Marjolein Teunissen <m.teunissen@hoekscheveld.nl>",
     "body": "Geacht secretariaat,\n\nHierbij meld ik onze directeur, mevrouw S. Laarman, aan als lid van het "
             "netwerk. Haar gegevens:\n\nNaam:\t\tSophie Laarman\nFunctie:\tplv. algemeen directeur\n"
             "Organisatie:\tHoekscheveld\nE-mail:\t\ts.laarman@hoekscheveld.nl\n\nMet vriendelijke groet,\n"
             "Marjolein Teunissen, directiesecretaresse"},
    {"id": "h12-other-24", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Ria Mennen <r.mennen@werkorganisatie-maasdal.nl>", "subject": f"RE: {S_CALL}",
     "body": "Ik heb een onderwerp, maar eerst een vraag: worden de suggesties met naam gedeeld met de "
             "Adviesraad? Sommige dingen die bij ons spelen zijn gevoelig.\n\nRia"},
    {"id": "h12-other-25", "kind": "other", "thread": None, "subject": "Zie onder / vraag van wethouder",
     "sender": "Bart van Beusekom <b.vanbeusekom@werkorganisatie-vliedal.nl>",
     "body": "zie hieronder, kunnen jullie hier iets mee?\n\nB.\n\n-----Oorspronkelijk bericht-----\nVan: "
             "Wethouder Smeulders <w.smeulders@vliedal.nl>\nVerzonden: donderdag 4 maart 2027 21:10\nAan: "
             "Bart van Beusekom\nOnderwerp: atelier\n\nBart, mogen bestuurders ook eens aanschuiven bij zo'n "
             "atelier? Ik zou dat interessant vinden.\n\nGr. Mark"},
    {"id": "h12-other-26", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "fenna.degroot@kpnmail.nl", "subject": f"Re: {S_INV}",
     "body": "Kunnen jullie de uitnodigingen voortaan naar dit KPN-adres sturen in plaats van naar mijn werk? "
             "Daar lees ik het eerder.\n\nFenna"},
    {"id": "h12-other-27", "kind": "other", "thread": None, "subject": "RE: [EXTERN] presentatie atelier",
     "sender": "Eva Lindhout <e.lindhout@heuvelrandzuid.nl>",
     "body": "Hoi Stan,\n\nZoals besproken aan de telefoon: ik wil op het volgende atelier best 10 minuten "
             "vertellen over onze ervaringen met de nieuwe sturingsfilosofie. Hoeveel tijd krijg ik en wil je "
             "de sheets vooraf?\n\nEva"},
    {"id": "h12-other-28", "kind": "other", "thread": None, "subject": "Complaint / klacht",
     "sender": "J.H. Bakker <jh.bakker@gr-oostwolde.nl>",
     "body": "Het atelier begon vorige keer drie kwartier te laat en er was geen vegetarisch eten. Graag "
             "een reactie hoe dat volgende keer beter gaat.\n\nJ.H. Bakker"},
    {"id": "h12-other-29", "kind": "other", "thread": I, "subject": f"[EXTERN] RE: {S_INV}",
     "sender": "Directiesecretariaat Zwinland <directiesecretariaat@zwinland.nl>",
     "body": above_outlook(S_INV, INV_PART) + "\n\n_____\n\nGoedemiddag, meneer Zegers en meneer Aalbers "
             "willen allebei komen, maar ik zie dat er maar 30 plaatsen zijn. Kunnen beiden mee, of alleen "
             "één per organisatie? Graag uw reactie.\n\nTineke"},
    {"id": "h12-other-30", "kind": "other", "thread": None, "subject": "Inzageverzoek AVG",
     "sender": "Annemarie Kok <annemarie.kok@gmail.com>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 15 AVG verzoek ik u om inzage in de "
             "persoonsgegevens die u van mij verwerkt (werkadres a.kok@werkorganisatie-hunzedal.nl). "
             "Ik wil graag weten welke gegevens u bewaart en sinds wanneer.\n\nMet vriendelijke groet,\n"
             "Annemarie Kok"},
    # -- suggestion -----------------------------------------------------------------------------------------
    {"id": "h12-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd", "subject": f"RE: FW: {S_CALL}",
     "sender": "Secretariaat directie Vliedal <secretariaatdirectie@werkorganisatie-vliedal.nl>",
     "body": "Goedemorgen,\n\nNamens de heer Van Beusekom het onderwerp dat hij graag zou bespreken:\n\n"
             "- hoe je de formatie op peil houdt nu de arbeidsmarkt zo krap is (werving, vast vs. inhuur)\n\n"
             "Met vriendelijke groet,\nIngrid Pols"},
    {"id": "h12-suggestion-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "sender": "Marieke Lont <marieke.lont71@gmail.com>", "subject": f"Re: {S_CALL}",
     "body": above_gmail(CALL_PART) + "\n\nVia mijn privémail, excuus. Mijn onderwerp: hoe ga je om met een "
             "deelnemende gemeente die steeds vaker eigen koers vaart, terwijl de andere twee juist meer "
             "samen willen optrekken?\n\nMarieke Lont (Gemeenten Kroonveld)"},
    {"id": "h12-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "subject": f"[EXTERNAL] RE: {S_CALL}",
     "sender": "Ahmed El Khatib <a.elkhatib@wo-ijsselkant.nl>",
     "body": "Suggestion: how do we measure whether residents actually get better service since the merger? "
             "Wij hebben klanttevredenheidscijfers maar geen goede KPI's per gemeente. Benchmarking van "
             "prestaties zou ik interessant vinden.\n\nAhmed"},
    {"id": "h12-suggestion-04", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "sender": "Rob Terpstra <r.terpstra@debreeuwen.nl>", "subject": "FW: onderwerpen atelier",
     "body": "zie hieronder, graag meenemen als onze inbreng\n\nRob\n\n"
             "Van: Sanne Mulder <s.mulder@debreeuwen.nl>\nVerzonden: dinsdag 12 januari 2027 11:05\n"
             "Aan: Rob Terpstra\nOnderwerp: onderwerpen atelier\n\nRob, uit het MT kwam dit als thema voor "
             "het directeurennetwerk: hoe formuleer je een lange termijn visie voor de werkorganisatie als "
             "de drie colleges elk een ander coalitieakkoord hebben en andere bestuurlijke prioriteiten "
             "stellen?\n\nSanne"},
    {"id": "h12-suggestion-05", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "subject": f"RE: {S_CALL}", "sender": "Gerda Wubs <g.wubs@werkorganisatie-hunzedal.nl>",
     "body": above_outlook(S_CALL, CALL_PART, "maandag 4 januari 2027 09:30") + "\n\n_____\n\nTwee "
             "onderwerpen van mijn kant:\n1. digitalisering van onze werkprocessen: hoe krijg je de "
             "zaaksystemen van drie gemeenten op één lijn\n2. de dienstverlening aan ondernemers: één loket "
             "voor het hele gebied\n\nGerda Wubs"},
    {"id": "h12-suggestion-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd", "subject": f"RE: {S_CALL}",
     "sender": "Hanneke Dolron <h.dolron@zwinland.nl>",
     "body": "Positie van onze werkorganisatie in de regio: we worden door de buren gezien als één blok, "
             "terwijl de gemeenten zelf hun eigen regionale belangen hebben. Hoe doen anderen dat?\n\nHanneke\n\n"
             "______________________"},
    {"id": "h12-suggestion-07", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "subject": f"RE: {S_CALL}",
     "sender": "Karel Oudshoorn <k.oudshoorn@peelhorst.nl>",
     "body": "Geacht secretariaat,\n\nNiet zozeer de relatie met de gemeenteraden, daar hebben we het vorige "
             "keer al uitgebreid over gehad. Wel wil ik graag spreken over de financiën van de "
             "werkorganisatie zelf: grip op de overhead, de meerjarenraming en de kosten van inhuur.\n\n"
             "Met vriendelijke groet,\nK.J. Oudshoorn\n\n"
             "| Werkorganisatie Peelhorst |\n|  |\n" + CID},
    {"id": "h12-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail", "sender": "Pim Verhoeff <pimverhoeff@outlook.com>",
     "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
     "[atelier:2027-1]",
     "body": "Mooie middag was het. Voor de volgende keer: het sturingsconcept. Wij werken met opdrachtgever-"
             "opdrachtnemer, maar het schuurt. Wie werkt er met een andere sturingsfilosofie en wat zijn de "
             "ervaringen?\n\nPim (privé-adres, werk = p.verhoeff@eemvliet.nl)"},
    {"id": "h12-suggestion-09", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl", "subject": "RE: Dank voor uw themasuggestie "
     "[atelier:2027-1]", "sender": "Annet Kruijt <a.kruijt@marrelstede.nl>",
     "body": "Nog een aanvulling: de bereikbaarheid van het klantcontactcentrum voor inwoners in de kleine "
             "kernen. Sinds we centraal werken klagen dorpsraden dat het loket 'ver weg' is.\n\nAnnet"},
    {"id": "h12-suggestion-10", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "sender": "Hein Rozendaal <h.rozendaal@peelhorst.nl>",
     "body": "Graag twee onderwerpen:\n- de inhoudelijke agenda van de werkorganisatie voor de komende tien "
             "jaar (waar willen we staan in 2037)\n- gezamenlijke opgaven van de gemeenten, zoals de "
             "energietransitie, en hoe je daar samen in optrekt\n\nHein Rozendaal"},
    {"id": "h12-suggestion-11", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "subject": f"[EXTERN] RE: {S_CALL}", "sender": "Directie Hunzedal <directie@werkorganisatie-hunzedal.nl>",
     "body": "Beste secretariaat,\n\nVanuit het gedeelde directiepostvak, mede namens mijn collega-"
             "directeuren: wij zouden graag willen praten over I&A. Concreet: informatieveiligheid en de "
             "vervanging van verouderde applicaties, nu elke gemeente nog eigen pakketten heeft.\n\n"
             "Met vriendelijke groet,\nJan Mulderij\nlid directie\n\n"
             "-----\n\n" + CALL_PART + "\n\n" + FOOT_PART},
    {"id": "h12-suggestion-12", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Ria Mennen <ria.mennen@icloud.com>",
     "subject": f"Re: {S_CALL}",
     "body": "Vanaf mijn iPad thuis: ik zou het willen hebben over de verhouding tussen de gemeenten "
             "onderling als de financiële positie sterk verschilt. De rijke gemeente voelt zich melkkoe, de "
             "arme gemeente afhankelijk.\n\nRia Mennen, Maasdal" + "\n\nVerzonden vanaf mijn iPad"},
    {"id": "h12-suggestion-13", "kind": "suggestion", "themes": ["dienstverlening"], "thread": W,
     "quoted": "welkom", "quote": "outlook-lijn", "sender": "Sander Rietveld <s.rietveld@gemeentenkroonveld.nl>",
     "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Dank voor het welkom. U vraagt naar een onderwerp: ik ben benieuwd hoe andere fusieorganisaties "
             "hun prestaties richting inwoners monitoren, bijvoorbeeld met een dashboard per gemeente.\n\n"
             "Sander Rietveld"},
    {"id": "h12-suggestion-14", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "subject": "RE: WELKE THEMA'S WILT U BESPREKEN?",
     "sender": "Team Bedrijfsvoering <bedrijfsvoering@gr-oostwolde.nl>",
     "body": "Goedemiddag,\n\nNamens J.H. Bakker (directeur) het volgende onderwerp: de organisatiestructuur "
             "na tien jaar fusie. Moeten we van een sectorenmodel naar een organisatie met zelfsturende "
             "teams?\n\nTeam Bedrijfsvoering GR Oostwolde"},
    {"id": "h12-suggestion-15", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "subject": f"Re: {S_CALL}",
     "sender": "Tom Hageman <t.hageman@gemeentenvlietzoom.nl>",
     "body": "Ons onderwerp, in het Engels want het komt uit een stuk dat ik voor een internationale groep "
             "schreef: \"Long-term vision: what should our shared organisation look like in 2035, and who "
             "owns that vision, the councils or the director?\"\n\nTom"},
    {"id": "h12-suggestion-16", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "sender": "Bram Zegers <b.zegers@zwinland.nl>", "subject": f"RE: {S_CALL}",
     "body": "> Welk vraagstuk rond de\n> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag "
             "met collega's bespreken?\n\nInnovatie in de bedrijfsvoering: wat doen jullie met AI in "
             "werkprocessen (notulen, vergunningen)?\n\n> Beantwoord deze e-mail met uw onderwerpen, graag "
             "vóór 21 januari 2027.\n\nZegers" + ANDROID},
    {"id": "h12-suggestion-17", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-en", "subject": f"RE: {S_CALL}",
     "sender": "Sophie Laarman <s.laarman@hoekscheveld.nl>",
     "body": "Two topics / twee onderwerpen:\n* samenwerking met de buurgemeenten buiten de fusie (sociaal "
             "domein, regionale opgaven)\n* innovatie in de dienstverlening: chat en WhatsApp voor inwoners\n\n"
             "Sophie"},
    {"id": "h12-suggestion-18", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "Gert-Jan Wolters <gj.wolters@gr-oostwolde.nl>",
     "body": "Onderwerp: financiën. Hoe houd je de begroting van de werkorganisatie beheersbaar met drie "
             "raden die elk hun eigen bezuinigingswensen hebben.\n\nGJW"},
    {"id": "h12-suggestion-19", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "subject": "RE: [EXTERN] oproep thema's", "sender": "Lotte Berghuis <l.berghuis@gemeentenkroonveld.nl>",
     "body": "Hoi,\n\nOnze directeur Sander Rietveld vroeg mij om dit door te geven, hij zit de hele week op "
             "de hei met het MT: zijn voorstel is de bestuurlijke prioriteiten. Hoe bepaal je met drie "
             "colleges welke opgaven voorgaan als de capaciteit niet voor alles toereikend is?\n\nLotte "
             "Berghuis\nstrategisch adviseur"},
    {"id": "h12-suggestion-20", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote", "sender": "Jeroen Stam <j.stam@marrelstede.nl>",
     "body": "Mijn suggestie: dienstverlening aan instellingen en maatschappelijke partners (scholen, "
             "zorgaanbieders). Die weten vaak niet bij wie ze moeten zijn sinds de fusie.\n\nJ. Stam"},
    {"id": "h12-suggestion-21", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "subject": f"RE: {S_CALL}",
     "sender": "Nadia Bouzid <n.bouzid@werkorganisatie-lingeoost.nl>",
     "body": "Goedemorgen,\n\nIk ben waarnemend directeur zolang Dirk met verlof is, en mag namens ons een "
             "onderwerp inbrengen. Eigenlijk twee:\n- digitalisering: samen optrekken met andere "
             "fusieorganisaties bij de aanbesteding van software\n- hoe houd je de drie gemeentebesturen "
             "betrokken bij de gezamenlijke opgaven\n\nNadia Bouzid"},
    {"id": "h12-suggestion-22", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "subject": f"[EXTERN] RE: {S_CALL}",
     "sender": "Frank Hoogeveen <f.hoogeveen@heuvelrandzuid.nl>",
     "body": "Ik stel voor: het opstellen van een gezamenlijke strategische agenda voor de komende "
             "raadsperiode. Wij zijn daarmee bezig en ik zou graag horen hoe anderen het aanpakken. (Over de "
             "werkprocessen en de formatie hoeven we het wat mij betreft niet te hebben; daar is genoeg over "
             "gezegd.)\n\nFrank" + ANDROID},
    {"id": "h12-suggestion-23", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "onderwerp voor atelier", "sender": "Kees Doornbos <k.doornbos@werkorganisatie-lingeoost.nl>",
     "body": "Ik weet niet of de oproep nog loopt (de mail is bij mij zoekgeraakt), maar een onderwerp voor "
             "een volgend atelier: het werken met een flexibele schil en inhuur, en wat dat doet met de "
             "vaste formatie.\n\nKees Doornbos\ninterim-directeur Lingeoost"},
    {"id": "h12-suggestion-24", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "doorgestuurd",
     "sender": "Eva Lindhout <e.lindhout@heuvelrandzuid.nl>",
     "subject": "RE: FW: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & "
     "eigenheid\" [atelier:2027-1]",
     "body": "Volgende keer graag verder op het thema van vandaag, maar dan over de relatie met de "
             "provincie en de regio: hoe positioneer je een fusieorganisatie in een regio met grote "
             "buurgemeenten?\n\nEva"},
    {"id": "h12-suggestion-25", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "subject": f"RE: {S_CALL}",
     "sender": "Secretariaat Directie <directiesecretariaat@zwinland.nl>",
     "body": "Goedemiddag,\n\nMeneer Aalbers vroeg mij zijn onderwerp door te sturen, zie hieronder.\n\n"
             "Tineke\n\n-----Oorspronkelijk bericht-----\nVan: Wouter Aalbers\nVerzonden: maandag 18 januari "
             "2027 22:41\nAan: Directiesecretariaat\nOnderwerp: thema\n\nTineke, stuur jij dit even in: "
             "vergunningverlening aan ondernemers, hoe snel zijn we en hoe meten we dat? Dank, W."},
    # -- subscribe ------------------------------------------------------------------------------------------
    {"id": "h12-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Lid worden netwerk",
     "sender": "Sander Rietveld <sander.rietveld@gmail.com>",
     "body": "Beste secretariaat,\n\nIk schrijf vanaf mijn privéadres omdat mijn account bij de gemeente nog "
             "niet actief is. Per 1 maart ben ik algemeen directeur van Gemeenten Kroonveld en ik word graag "
             "lid van het netwerk. Gebruik svp mijn werkadres: s.rietveld@gemeentenkroonveld.nl.\n\n"
             "Met vriendelijke groet,\nSander Rietveld"},
    {"id": "h12-subscribe-02", "kind": "subscribe", "thread": None, "subject": "FW: directeurennetwerk",
     "sender": "Okke Visser <okke.visser@werkorganisatie-lingeoost.nl>",
     "body": "zie hieronder, graag regelen: meld mij aan als lid.\n\nOkke Visser\ndirecteur Werkorganisatie "
             "Lingeoost\n\n________________________________\nVan: Hein Rozendaal <h.rozendaal@peelhorst.nl>\n"
             "Verzonden: vrijdag 5 februari 2027 15:12\nAan: Okke Visser\nOnderwerp: directeurennetwerk\n\n"
             "Okke, zoals beloofd: het netwerk van directeuren van ambtelijke fusies. Aanmelden kan door een "
             "mailtje naar info@ambtelijkefusie.nl. Kost niks en de ateliers zijn echt de moeite.\n\nHein"},
    {"id": "h12-subscribe-03", "kind": "subscribe", "thread": None, "subject": "RE: netwerk?",
     "sender": "Linda Brink <l.brink@peelhorst.nl>",
     "body": "Ja, goed idee, ik wil graag lid worden van het Netwerk van directeuren van ambtelijke "
             "fusieorganisaties.\n\nLinda Brink\nalgemeen directeur a.i. Peelhorst\n\n"
             "-----Oorspronkelijk bericht-----\nVan: Margriet Vos <m.vos@peelhorst.nl>\nVerzonden: dinsdag "
             "16 februari 2027 10:40\nAan: Linda Brink\nOnderwerp: netwerk?\n\nLinda, Karel zat altijd in "
             "dat directeurennetwerk (info@ambtelijkefusie.nl). Zal ik jou ook aanmelden of doe je dat zelf?\n\n"
             "Margriet"},
    {"id": "h12-subscribe-04", "kind": "subscribe", "thread": None, "subject": "[EXTERNAL] Membership",
     "sender": "Daniel Okafor <d.okafor@wo-ijsselkant.nl>",
     "body": "Hello,\n\nI'm the new deputy director at Werkorganisatie IJsselkant (I started in January, "
             "coming from a Belgian intercommunale). I would like to become a member of the network. My "
             "Dutch is improving, so Dutch mails are fine.\n\nKind regards,\nDaniel Okafor"},
    {"id": "h12-subscribe-05", "kind": "subscribe", "thread": None, "subject": "AANMELDEN",
     "sender": "W. Hoekman <w.hoekman@gr-oostwolde.nl>",
     "body": "Graag aanmelden voor het netwerk.\n\nW. Hoekman\nadjunct-directeur GR Oostwolde"},
    {"id": "h12-subscribe-06", "kind": "subscribe", "thread": None, "subject": "[EXTERN] aanmeldformulier",
     "sender": "Iris van Dam <i.vandam@zwinland.nl>",
     "body": "Goedemiddag,\n\nHierbij mijn aanmelding als lid:\n\n| Naam | Iris van Dam |\n|---|---|\n"
             "| Functie | directeur |\n| Organisatie | Werkorganisatie Zwinland |\n| E-mail | i.vandam@zwinland.nl |"
             "\n\n" + CID + "\n\nMet vriendelijke groet,\nIris van Dam" + DISCLAIMER},
    {"id": "h12-subscribe-07", "kind": "subscribe", "thread": G, "subject": "RE: Uw afmelding bij het Netwerk "
     "van directeuren van ambtelijke fusieorganisaties", "sender": "Jeroen Stam <j.stam@marrelstede.nl>",
     "body": above_outlook("Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
                           "Wij hebben u afgemeld, zoals u vroeg.\n\nWilt u later weer meedoen? Stuur dan een "
                           "e-mail met 'Aanmelden' naar info@ambtelijkefusie.nl.", "maandag 6 september 2027 11:00")
             + "\n\n\nInmiddels weer terug in een directeursfunctie, dus: aanmelden! Ik doe graag weer mee.\n\n"
             "Jeroen"},
    {"id": "h12-subscribe-08", "kind": "subscribe", "thread": None, "subject": "aanmelding",
     "sender": "Directie Hunzedal <directie@werkorganisatie-hunzedal.nl>",
     "body": "Beste secretariaat,\n\nIk mail vanuit ons gezamenlijke directiepostvak. Ik, Jan Mulderij, lid "
             "van de directie, wil me graag aanmelden voor het netwerk, met mijn eigen adres "
             "j.mulderij@werkorganisatie-hunzedal.nl.\n\nGroet,\nJan Mulderij"},
    {"id": "h12-subscribe-09", "kind": "subscribe", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "subject": f"RE: FW: {S_INV}", "sender": "Marco Driessen <m.driessen@maasdal.nl>",
     "body": "Goedemiddag,\n\nDeze uitnodiging kreeg ik doorgestuurd van een collega. Ik ben nog geen lid, "
             "maar zou dat graag worden. Wilt u mij toevoegen aan het netwerk?\n\nMarco Driessen\n"
             "directeur Werkorganisatie Maasdal"},
    {"id": "h12-subscribe-10", "kind": "subscribe", "thread": None, "subject": "Netwerk directeuren",
     "sender": "Paulien Ter Horst <paulienterhorst@outlook.com>",
     "body": "Beste mensen,\n\nVanaf mijn outlook.com-adres, want ons eigen mailverkeer ligt plat na een "
             "cyberincident. Ik ben directeur van de werkorganisatie Twentekant en wil graag lid worden. "
             "Mijn werkadres is p.terhorst@twentekant.nl; daar mogen de berichten naartoe zodra het weer "
             "werkt.\n\nPaulien Ter Horst"},
    {"id": "h12-subscribe-11", "kind": "subscribe", "thread": None, "subject": "Aanmelding Netwerk",
     "sender": "mr. drs. A.F. Wijnands <a.wijnands@heuvelrandzuid.nl>",
     "body": "Geacht secretariaat,\n\nGraag meld ik mij aan als lid van het Netwerk van directeuren van "
             "ambtelijke fusieorganisaties. Sinds 1 januari ben ik algemeen directeur van de werkorganisatie "
             "Heuvelrand-Zuid.\n\nHoogachtend,\n\nmr. drs. A.F. Wijnands\nalgemeen directeur\n"
             "T 0343 - 56 78 00\n" + CID + DISCLAIMER},
    {"id": "h12-subscribe-12", "kind": "subscribe", "thread": None, "subject": "Please add me",
     "sender": "Femke Zwart <f.zwart@werkorganisatie-vliedal.nl>",
     "body": "Hi! Please add me to the network - ik ben de nieuwe directeur bedrijfsvoering bij Vliedal en "
             "collega Bart raadde het aan.\n\nFemke" + ANDROID_EN},
    {"id": "h12-subscribe-13", "kind": "subscribe", "thread": None, "subject": "op de hoogte blijven",
     "sender": "Gijs Moerman <g.moerman@debreeuwen.nl>",
     "body": "Dag,\n\nIk zou graag lid worden en op de hoogte gehouden worden van de ateliers. Ik ben sinds "
             "kort directeur bij De Breeuwen.\n\nGijs Moerman" + IPHONE},
    {"id": "h12-subscribe-14", "kind": "subscribe", "thread": None, "subject": "[EXTERN] Aanmelden",
     "sender": "Saskia Hoorn <s.hoorn@gemeentenvlietzoom.nl>",
     "body": EXTERN_NOTE + "Goedemorgen,\n\nOp de website "
             "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fambtelijkefusie.nl%2F&data=05"
             "%7C02%7Cs.hoorn%40gemeentenvlietzoom.nl%7C9a8b7c6d&sdata=qW3rT%2Bz%3D&reserved=0 las ik over "
             "het netwerk. Ik meld mij hierbij aan.\n\nSaskia Hoorn\nadjunct-directeur"},
    {"id": "h12-subscribe-15", "kind": "subscribe", "thread": None, "subject": "Fwd: netwerk",
     "sender": "Marloes Prins <marloes.prins@kpnmail.nl>",
     "body": "Ik stuur dit vanaf mijn KPN-adres door, het was me op het werk gelukt om jullie mail te "
             "missen. Graag word ik lid, op m.prins@heuvelrandzuid.nl.\n\nMarloes\n\n"
             "---------- Forwarded message ---------\nVan: Eva Lindhout <e.lindhout@heuvelrandzuid.nl>\n"
             "Date: do 11 feb 2027 om 09:12\nSubject: netwerk\nTo: Marloes Prins <m.prins@heuvelrandzuid.nl>\n\n"
             "Marloes, jij zou hier ook bij moeten: info@ambtelijkefusie.nl. Eva"},
    {"id": "h12-subscribe-16", "kind": "subscribe", "thread": None, "subject": "Nieuwe directeur, aanmelding",
     "sender": "Ruben Kooistra <r.kooistra@werkorganisatie-fryslanmar.nl>",
     "body": "Goeie,\n\nAs nije direkteur wol ik graach lid wurde fan it netwurk. / Als nieuwe directeur wil "
             "ik graag lid worden van het netwerk.\n\nRuben Kooistra\ndirekteur Wurkorganisaasje Fryslân-Mar"},
    {"id": "h12-subscribe-17", "kind": "subscribe", "thread": None, "subject": "Aanmelden - opvolger Karel",
     "sender": "Linda Brink <linda.brink@peelhorst.nl>",
     "body": "Goedemiddag,\n\nIk ben de opvolger van Karel Oudshoorn als algemeen directeur van Peelhorst. "
             "Karel heeft zichzelf al bij u afgemeld. Ik wil mij graag aanmelden als lid.\n\nMet "
             "vriendelijke groet,\nLinda Brink"},
    {"id": "h12-subscribe-18", "kind": "subscribe", "thread": None, "subject": "RE: [EXTERN] netwerk",
     "sender": "Daan Verschuur <d.verschuur@zwinland.nl>",
     "body": "Bram Zegers schreef:\n> Daan, ben jij eigenlijk al lid van dat netwerk van fusiedirecteuren?\n\n"
             "Nee, nog niet. Bij deze dan (info in cc): ik meld me aan als lid.\n\nDaan Verschuur\n"
             "directeur Sociaal Domein / lid directieteam Zwinland"},
    {"id": "h12-subscribe-19", "kind": "subscribe", "thread": W, "quoted": "welkom", "quote": "gmail",
     "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Hendrik Post <h.post@werkorganisatie-hunzedal.nl>",
     "body": "Mijn collega Gerda stuurde me haar welkomstmail door. Ik wil ook graag lid worden; ik ben "
             "directeur Ruimte bij Hunzedal.\n\nHendrik Post"},
    {"id": "h12-subscribe-20", "kind": "subscribe", "thread": None, "subject": "inschrijving",
     "sender": "Noor Benali <n.benali@marrelstede.nl>",
     "body": "Beste secretariaat, via een collega hoorde ik van het netwerk. Wilt u mij inschrijven als lid? "
             "Ik ben per februari directeur van de werkorganisatie Marrelstede.\n\nHartelijke groet,\nNoor "
             "Benali\n\n\n[cid:image002.jpg@01D9E4A1.7C3B2F60]  [cid:image003.png@01D9E4A1.7C3B2F60]"},
    # -- unsubscribe ----------------------------------------------------------------------------------------
    {"id": "h12-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "FW: netwerk", "sender": "Rob Terpstra <r.terpstra@debreeuwen.nl>",
     "body": "zie hieronder, graag regelen\n\nRob\n\nVan: Rob Terpstra\nVerzonden: maandag 22 maart 2027 "
             "08:02\nAan: Sanne Mulder\nOnderwerp: netwerk\n\nSanne, wil je mij afmelden bij dat netwerk van "
             "fusiedirecteuren? Ik kom er toch nooit aan toe. R."},
    {"id": "h12-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelding namens dhr. Van Beusekom",
     "sender": "Secretariaat directie Vliedal <secretariaatdirectie@werkorganisatie-vliedal.nl>",
     "body": "Goedemiddag,\n\nOp verzoek van de heer Van Beusekom, zie zijn bericht hieronder.\n\n"
             "Met vriendelijke groet,\nIngrid Pols\n\n________________________________\nVan: Bart van "
             "Beusekom <b.vanbeusekom@werkorganisatie-vliedal.nl>\nVerzonden: woensdag 14 april 2027 19:55\n"
             "Aan: Secretariaat directie Vliedal\nOnderwerp: directeurennetwerk\n\nIngrid, zeg mijn "
             "lidmaatschap van het directeurennetwerk maar op. Ik wil daar geen mail meer van. B."},
    {"id": "h12-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "subject": f"RE: {S_CALL}", "sender": "Hein Rozendaal <h.rozendaal@peelhorst.nl>",
     "body": "Geen onderwerpen van mij: ik ga in mei met pensioen. Schrijf mij maar uit als lid.\n\nHein"},
    {"id": "h12-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "uitschrijven", "sender": "Gert-Jan Wolters <gjwolters@gmail.com>",
     "body": "Beste secretariaat,\n\nVanaf mijn gmail: per 1 juni ben ik gestopt als directeur van GR "
             "Oostwolde (gj.wolters@gr-oostwolde.nl, dat adres vervalt binnenkort). Ik wil me graag afmelden "
             "voor het netwerk. Dank voor de mooie jaren!\n\nGert-Jan Wolters"},
    {"id": "h12-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": I, "subject": f"RE: {S_INV}",
     "sender": "Thijs Harmsen <t.harmsen@wo-ijsselkant.nl>",
     "body": above_outlook(S_INV, INV_PART) + "\n\n-----\n\nNee, ik kom niet. En eigenlijk wil ik ook uit het "
             "netwerk: ik verlaat de organisatie na de zomer. Graag afmelden.\n\nThijs"},
    {"id": "h12-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "[EXTERNAL] Unsubscribe", "sender": "Daniel Okafor <d.okafor@wo-ijsselkant.nl>",
     "body": "Please remove me from your mailing list, I'm going back to Belgium next month.\n\nThanks,\nDaniel"},
    {"id": "h12-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "AFMELDEN",
     "sender": "J.H. BAKKER <JH.BAKKER@GR-OOSTWOLDE.NL>", "body": "AFMELDEN AUB.\n\nJ.H. BAKKER"},
    {"id": "h12-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": R, "subject": f"Re: {S_REM}",
     "sender": "Hanneke Dolron <h.dolron@zwinland.nl>",
     "body": "Ik stop met het netwerk, per direct. Jullie hoeven ook niet op mij te rekenen donderdag.\n\n"
             "Hanneke\n\n_____\n\nBinnenkort is het Leer- en inspireer-atelier \"Sturen op samenwerking & "
             "eigenheid\".\n\n" + FOOT_PART},
    {"id": "h12-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "subject": f"[EXTERN] RE: {S_REM}",
     "sender": "Frank Hoogeveen <f.hoogeveen@heuvelrandzuid.nl>",
     "body": "Ik wil geen berichten meer ontvangen van dit netwerk. Mijn functie is veranderd, ik ben geen "
             "directeur meer.\n\nF. Hoogeveen" + ANDROID},
    {"id": "h12-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "afmelding lidmaatschap", "sender": "Directie Hunzedal <directie@werkorganisatie-hunzedal.nl>",
     "body": "Beste secretariaat,\n\nVanuit ons gedeelde postvak: ik, Gerda Wubs, meld mij af als lid van "
             "het netwerk. De rest van de directie blijft gewoon lid.\n\nMet vriendelijke groet,\nGerda Wubs"},
    {"id": "h12-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "subject": f"Re: {S_INV}", "sender": "Tom Hageman <t.hageman@gemeentenvlietzoom.nl>",
     "body": "Gelieve mij uit te schrijven. Ik heb sinds kort een andere functie in het sociaal domein en "
             "ben geen directeur meer.\n\nTom" + IPHONE},
    {"id": "h12-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap", "sender": "Karel Oudshoorn <k.oudshoorn@peelhorst.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 april draag ik mijn functie over. Mijn opvolger, Linda Brink "
             "(l.brink@peelhorst.nl), neemt ook mijn plaats in het netwerk over.\n\nMet vriendelijke groet,\n"
             "K.J. Oudshoorn"},
    {"id": "h12-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "subject": f"[EXTERNAL] RE: {S_CALL}",
     "sender": "Ahmed El Khatib <a.elkhatib@wo-ijsselkant.nl>",
     "body": "No topics from me this time - I'm leaving IJsselkant on 1 May. My successor, Joyce Verbeek "
             "(j.verbeek@wo-ijsselkant.nl), will take over my membership.\n\nAll the best,\nAhmed"},
    {"id": "h12-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "FW: overdracht netwerk",
     "sender": "Directiesecretariaat Zwinland <directiesecretariaat@zwinland.nl>",
     "body": "Goedemorgen,\n\nOnderstaand verzoek van onze vertrekkende directeur stuur ik u door.\n\nTineke\n\n"
             "-----Oorspronkelijk bericht-----\nVan: Wouter Aalbers <w.aalbers@zwinland.nl>\nVerzonden: "
             "vrijdag 30 april 2027 16:30\nAan: Directiesecretariaat\nOnderwerp: overdracht netwerk\n\n"
             "Tineke, wil je het netwerk laten weten dat ik stop en dat mijn opvolger Iris van Dam "
             "(i.vandam@zwinland.nl) mijn plek overneemt? Dank, Wouter"},
    {"id": "h12-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Vertrokken", "sender": "Annemarie Kok <annemarie.kok@gmail.com>",
     "body": "Beste Stan en Melanie,\n\nIk ben per 1 september vertrokken bij Hunzedal en mail dus vanaf mijn "
             "eigen adres. Mijn opvolger is Hendrik Post (h.post@werkorganisatie-hunzedal.nl); hij neemt "
             "mijn lidmaatschap over. Mij mogen jullie afmelden.\n\nHartelijke groet,\nAnnemarie Kok"},
    {"id": "h12-unsubscribe-16", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek verwijdering persoonsgegevens (AVG)", "sender": "Hein Rozendaal <hein.rozendaal@ziggo.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 van de AVG verzoek ik u alle persoonsgegevens "
             "die u van mij verwerkt te verwijderen, ook die bij mijn oude werkadres h.rozendaal@peelhorst.nl, "
             "en mij af te melden als lid.\n\nHoogachtend,\nH. Rozendaal"},
    {"id": "h12-unsubscribe-17", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "[EXTERNAL] GDPR request", "sender": "Sophie Laarman <s.laarman@hoekscheveld.nl>",
     "body": "Dear secretariat,\n\nI no longer wish to be a member. Under the GDPR, please delete all personal "
             "data you hold about me and confirm when this is done.\n\nRegards,\nSophie Laarman"},
    {"id": "h12-unsubscribe-18", "kind": "unsubscribe", "erase": True, "thread": I, "subject": f"Re: {S_INV}",
     "sender": "Marco Driessen <m.driessen@maasdal.nl>",
     "body": above_gmail(INV_PART) + "\n\nNee. En haal mij meteen uit jullie bestand, met al mijn "
             "gegevens: ik wil dat alles over mij gewist wordt.\n\nM. Driessen"},
    {"id": "h12-unsubscribe-19", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "AVG-verzoek namens mevrouw Lont", "sender": "Team Bestuursondersteuning "
     "<bestuursondersteuning@gemeentenkroonveld.nl>",
     "body": "Beste secretariaat,\n\nMevrouw Lont vroeg ons onderstaand verzoek aan u door te sturen.\n\n"
             "Team Bestuursondersteuning\n\n-----Original Message-----\nFrom: Marieke Lont "
             "<m.lont@gemeentenkroonveld.nl>\nSent: Thursday, June 3, 2027 7:15 AM\nTo: Bestuursondersteuning\n"
             "Subject: netwerk\n\nWillen jullie het directeurennetwerk vragen mij af te melden en al mijn "
             "gegevens te verwijderen (AVG)? Ik vertrek en wil niet in hun bestand blijven staan.\n\nMarieke"},
    {"id": "h12-unsubscribe-20", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-nl", "subject": "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op "
     "samenwerking & eigenheid\" [atelier:2027-1]", "sender": "Okke Visser <okke.visser@werkorganisatie-lingeoost.nl>",
     "body": "Geen onderwerp van mij. Ik stop als directeur; verwijder mijn naam en mailadres svp volledig "
             "uit jullie administratie, ik wil niet dat mijn gegevens bewaard blijven.\n\nOkke"},
    # -- autoreply ------------------------------------------------------------------------------------------
    {"id": "h12-autoreply-01", "kind": "autoreply", "thread": I, "subject": f"Automatisch antwoord: {S_INV}",
     "sender": "Bart van Beusekom <b.vanbeusekom@werkorganisatie-vliedal.nl>",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "Ik ben afwezig tot en met maandag 15 februari. Voor dringende zaken kunt u contact opnemen met "
             "het secretariaat directie, secretariaatdirectie@werkorganisatie-vliedal.nl of 0318 - 45 22 10."},
    {"id": "h12-autoreply-02", "kind": "autoreply", "thread": I, "subject": f"[EXTERN] Ontvangen: {S_INV}",
     "sender": "Directiesecretariaat Zwinland <directiesecretariaat@zwinland.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Dank voor uw bericht aan het directiesecretariaat van Werkorganisatie Zwinland. Wij lezen deze "
             "mailbox op werkdagen tussen 8.30 en 17.00 uur en reageren binnen twee werkdagen.\n\n"
             "Dit is een automatisch gegenereerd bericht." + CID},
    {"id": "h12-autoreply-03", "kind": "autoreply", "thread": T, "subject": "Uw bericht is geregistreerd "
     "[Zaaknummer Z-2027-003117]", "sender": "Gemeenten Vlietzoom <noreply-zaken@gemeentenvlietzoom.nl>",
     "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
     "body": "Geachte heer/mevrouw,\n\nUw e-mail met onderwerp \"" + S_CALL + "\" is ontvangen en "
             "geregistreerd onder zaaknummer Z-2027-003117. Vermeld dit nummer als u contact met ons "
             "opneemt.\n\nMet vriendelijke groet,\nKlantcontactcentrum Gemeenten Vlietzoom\n\n"
             "| Bezoekadres | Marktplein 1 |\n|---|---|"},
    {"id": "h12-autoreply-04", "kind": "autoreply", "thread": R, "subject": f"[EXTERNAL] Out of Office: {S_REM}",
     "sender": "Daniel Okafor <d.okafor@wo-ijsselkant.nl>", "headers": {"X-Autoreply": "yes"},
     "body": "Thank you for your message. I am out of the office until 10 March with limited access to "
             "email. Voor dringende zaken: bel 0570 - 12 34 56.\n\nDaniel Okafor"},
    {"id": "h12-autoreply-05", "kind": "autoreply", "thread": I, "subject": f"Automatisch antwoord: RE: {S_INV}",
     "sender": "Mieke Schrama <m.schrama@gemeentenvlietzoom.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Beste afzender,\n\nIk ben tot en met 26 februari met verlof. Voor de agenda van de directeur "
             "kunt u terecht bij mijn collega Wendy Klomp, w.klomp@gemeentenvlietzoom.nl.\n\nMet vriendelijke "
             "groet,\nMieke Schrama\nsecretaresse directie"},
    {"id": "h12-autoreply-06", "kind": "autoreply", "thread": I,
     "subject": f"Niet meer in gebruik: {S_INV}", "sender": "Postmaster GR Oostwolde "
     "<no-reply@gr-oostwolde.nl>", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Dit e-mailadres is sinds de fusie op 1 januari 2027 niet meer in gebruik en wordt niet gelezen. "
             "Stuur uw bericht opnieuw naar info@oostwolde-gemeenten.nl. Uw bericht is niet doorgestuurd."},
    {"id": "h12-autoreply-07", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "subject": f"Re: {S_INV}", "sender": "Eva Lindhout <e.lindhout@heuvelrandzuid.nl>",
     "body": "Ik ben afwezig en lees mijn mail vanaf 1 maart weer. Uw bericht wordt niet doorgestuurd.\n\n"
             "Eva Lindhout\n\n-----"},
    {"id": "h12-autoreply-08", "kind": "autoreply", "thread": R, "subject": f"Afwezig: {S_REM}",
     "sender": "Gerda Wubs <g.wubs@werkorganisatie-hunzedal.nl>", "headers": {"Precedence": "auto_reply"},
     "body": "Ik ben afwezig van 8 tot en met 12 maart. Uw e-mail lees ik na terugkomst."},
    {"id": "h12-autoreply-09", "kind": "autoreply", "thread": T, "subject": f"Automatic reply: {S_CALL}",
     "sender": "Sophie Laarman <s.laarman@hoekscheveld.nl>",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "Ik ben met verlof tot 18 januari. / I am on leave until 18 January.\n\nUw bericht wordt niet "
             "automatisch doorgestuurd. Your message will not be forwarded.\n\n" + CID},
    {"id": "h12-autoreply-10", "kind": "autoreply", "thread": I, "subject": f"Automatisch antwoord: {S_INV}",
     "sender": "Karel Oudshoorn <k.oudshoorn@peelhorst.nl>", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Tot 1 mei ben ik met ouderschapsverlof. Linda Brink (l.brink@peelhorst.nl) neemt in die periode "
             "mijn taken waar.\n\nK.J. Oudshoorn"},
    {"id": "h12-autoreply-11", "kind": "autoreply", "thread": None, "subject": "Automatisch bericht: uw e-mail "
     "is ontvangen", "sender": "KCC Marrelstede <kcc@marrelstede.nl>",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Dit is een automatisch bericht. Uw e-mail is ontvangen door het Klantcontactcentrum van "
             "Marrelstede. U krijgt binnen vijf werkdagen een inhoudelijke reactie. Reageer niet op dit bericht."},
    {"id": "h12-autoreply-12", "kind": "autoreply", "thread": R, "subject": f"Afwezig / Out of office: {S_REM}",
     "sender": "Pim Verhoeff <p.verhoeff@eemvliet.nl>",
     "body": "Ik ben afwezig tot en met vrijdag 12 maart en heb geen toegang tot mijn mail. Bij spoed: "
             "bel het directiesecretariaat, 033 - 200 40 00.\n\nThis is an automatic reply."},
    {"id": "h12-autoreply-13", "kind": "autoreply", "thread": C, "subject": f"Auto: {S_CONF}",
     "sender": "Team Directieondersteuning <directieondersteuning@debreeuwen.nl>",
     "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
     "body": "Thank you for your email. This shared mailbox is monitored during office hours. Wij nemen zo "
             "snel mogelijk contact met u op.\n\nTeam Directieondersteuning De Breeuwen"},
    # -- confirm --------------------------------------------------------------------------------------------
    {"id": "h12-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Sander Rietveld <s.rietveld@gemeentenkroonveld.nl>", "body": ""},
    {"id": "h12-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Linda Brink <l.brink@peelhorst.nl>", "subject": f"[EXTERN] RE: {S_CONF}",
     "body": "Bevestigd." + ANDROID},
    {"id": "h12-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Klopt, mijn secretariaat heeft mij aangemeld en dat was op mijn verzoek. Hierbij bevestigd.\n\n"
             "Marieke de Vries-Ölçer\ndirecteur werkorganisatie BBR\n" + CID},
    {"id": "h12-confirm-04", "kind": "confirm", "thread": C, "subject": f"RE: {S_CONF}",
     "sender": "Iris van Dam <i.vandam@zwinland.nl>",
     "body": above_outlook(S_CONF, CONF_PART, "woensdag 2 december 2026 14:10") + "\n\n\nJa, bevestigd.\n\n"
             "Iris van Dam"},
    {"id": "h12-confirm-05", "kind": "confirm", "thread": C, "subject": f"Re: {S_CONF}",
     "sender": "Noor Benali <n.benali@marrelstede.nl>",
     "body": "Akkoord, hierbij bevestig ik.\n\nNoor Benali\n\n_____\n\n" + CONF_PART + "\n\n" + FOOT_PART},
    {"id": "h12-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "subject": f"[EXTERNAL] RE: {S_CONF}",
     "sender": "Daniel Okafor <d.okafor@wo-ijsselkant.nl>", "body": "Confirmed, thank you!\n\nDaniel"},
    {"id": "h12-confirm-07", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl", "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Gijs Moerman <g.moerman@debreeuwen.nl>",
     "body": "Sorry, de eerste mail was in mijn ongewenste e-mail beland. Bij dezen alsnog bevestigd.\n\nGijs"},
    {"id": "h12-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "subject": "RE: BEVESTIG UW AANMELDING [REF:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "W. Hoekman <w.hoekman@gr-oostwolde.nl>", "body": "JA\n\nW. HOEKMAN"},
    {"id": "h12-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Hendrik Post <h.post@werkorganisatie-hunzedal.nl>", "subject": f"Re: {S_CONF}",
     "body": "Prima!" + IPHONE},
    {"id": "h12-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "Saskia Hoorn <s.hoorn@gemeentenvlietzoom.nl>", "body": "ok"},
    {"id": "h12-confirm-11", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "notes-wrote", "sender": "mr. drs. A.F. Wijnands <a.wijnands@heuvelrandzuid.nl>",
     "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "Geacht secretariaat,\n\nHierbij bevestig ik mijn aanmelding voor het netwerk.\n\nHoogachtend,\n"
             "A.F. Wijnands" + DISCLAIMER},
    {"id": "h12-confirm-12", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Femke Zwart <f.zwart@werkorganisatie-vliedal.nl>", "subject": f"Re: {S_CONF}",
     "body": "Yes, that's me - bevestigd. Thanks!\n\nFemke Zwart\ndirecteur bedrijfsvoering\n"
             "https://urldefense.com/v3/__https://www.werkorganisatie-vliedal.nl__;!!Pq2wEr!Zt8yU1iO-"
             "pA6sD4fG$" + ANDROID_EN},
]
# fmt: on
