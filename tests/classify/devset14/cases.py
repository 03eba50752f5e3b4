"""The fourteenth labelled set's cases (issue 17): whole mails with signatures, disclaimers and footers.

Labelling follows the secretariat's view (see devset6): a director who sends a substitute declines (``attending``
False); a reply that changes an earlier answer carries the latest answer; leaving the network and declining the
atelier in one mail is an unsubscribe; a hand-over to a named successor is an unsubscribe; an AVG erasure request is
an unsubscribe with ``erase`` True (an access request is not); a mail that mixes an act with a question a person must
answer, or asks something with consequences for someone else, is ``other``. Replies to the follow-up mail and to the
thank-you digest of a suggestion carry the thread ``call_for_themes``; replies to the waiting-list notice, the change
notice and the substitute invitation carry ``invitation``. Themes are those the writer proposes, never words from a
signature, a banner or the quoted call.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
CONF = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
WELCOME = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"

SIGSEP = "\n-- \n"
IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
IPAD = "\n\nVerzonden vanaf mijn iPad"
ANDROID = "\n\nVerzonden vanuit Outlook voor Android"
SAMSUNG = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
DISCLAIMER = """

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie bevatten.
Bent u niet de geadresseerde, dan verzoeken wij u dit bericht te verwijderen en de afzender te informeren.
Aan dit bericht kunnen geen rechten worden ontleend. De werkorganisatie aanvaardt geen aansprakelijkheid voor
schade die voortvloeit uit het gebruik van elektronische post.

This e-mail is intended solely for the addressee(s) and may contain confidential information. If you are not the
intended recipient, please delete this message and notify the sender. No rights may be derived from this message."""
DISCLAIMER_SHORT = """

De informatie in dit bericht is vertrouwelijk. Is het niet voor u bedoeld? Verwijder het dan en laat het ons weten.
Wij verwerken persoonsgegevens volgens de AVG; lees ons privacystatement op onze website."""
WOENSDAG = "\nLet op: ik werk niet op woensdag."
SOCIAL = "\n\nVolg ons op LinkedIn | Facebook | Instagram: @werkorganisatie"
BANNER_DV = """

[Samen maken we het verschil - Week van de Dienstverlening, 4 t/m 8 oktober. Kijk op onze site!]"""
BANNER_DUURZAAM = """

>> Wij gaan voor een aardgasvrije regio in 2040. Denk aan het milieu voordat u deze e-mail print. <<"""
AUTO = {"Auto-Submitted": "auto-replied"}
AUTO_MS = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP ---------------------------------------------------------------------------------------------------
    {"id": "d14-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Yvonne Kuipers <y.kuipers@werkorganisatie-lindevaart.nl>",
     "body": """
Beste Stan en Melanie,

Dank voor de uitnodiging. Het onderwerp sluit mooi aan bij waar wij nu mee worstelen, dus ik schuif graag aan op
11 maart.

Met vriendelijke groet,

Yvonne Kuipers
directeur Dienstverlening
Werkorganisatie Lindevaart | Gemeenten Oudewater-Oost en Lindeveen
Postbus 142, 3430 AC Lindeveen
T 0348 - 55 12 00 | M 06 - 41 87 22 09
www.werkorganisatie-lindevaart.nl""" + WOENSDAG + DISCLAIMER},
    {"id": "d14-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "sender": "Bas Everts <bas.everts@gemeente-oosterhoeve.nl>",
     "body": "Top, tot dan!\n\nBas" + IPHONE},
    {"id": "d14-rsvp-03", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Hanneke Stolk <h.stolk@wo-vlietstreek.nl>",
     "body": """
Goedemiddag,

Op 11 maart vergadert de gemeenteraad van Vlietwoude over de kadernota en daar moet ik bij zijn. Ik kan er dit keer
dus helaas niet bij zijn. Veel succes met de middag!

Hartelijke groet,
Hanneke Stolk
algemeen directeur / gemeentesecretaris
Werkorganisatie Vlietstreek
Stationsplein 4 | 2811 AB Vlietwoude
06 - 21 33 48 90""" + WOENSDAG + SOCIAL + DISCLAIMER_SHORT},
    {"id": "d14-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Directiesecretariaat Hunzeland <directiesecretariaat@werkorganisatie-hunzeland.nl>",
     "body": """
Geacht secretariaat,

Namens de heer R. (Rob) Tijssen, algemeen directeur, bevestig ik zijn aanwezigheid bij het atelier van donderdag
11 maart aanstaande. De afspraak staat in zijn agenda.

Met vriendelijke groet,

Ineke Wolters
managementondersteuner directie
Werkorganisatie Hunzeland
Telefoon 0599 - 61 40 00 (bereikbaar ma, di en do)""" + DISCLAIMER},
    {"id": "d14-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "sender": "Gert-Jan Veldhuis <gj.veldhuis@dehofweide.nl>",
     "body": """
Beste mensen,

Zelf zit ik die week op een studiereis in Vlaanderen. Mijn plaatsvervanger Henk Mulder gaat in mijn plaats,
h.mulder@dehofweide.nl. Hij is op de hoogte.

Groet,
Gert-Jan Veldhuis
directeur
Werkorganisatie De Hofweide
0314 - 37 80 00""" + DISCLAIMER_SHORT},
    {"id": "d14-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "sender": "Marjolein Dekkers <m.dekkers@zandmeer.nl>",
     "body": """
Goedemorgen,

Wij komen met z'n drieën: naast mijzelf ook Koen Aerts (concerncontroller) en Fatima el Idrissi (manager
Bedrijfsvoering).

Vriendelijke groeten,

Marjolein Dekkers
directeur Organisatie en Bedrijfsvoering
Gemeenten Zandmeer en Westerbroek
Raadhuisplein 1, 5231 JK Zandmeer
tel. 073 - 640 22 11""" + BANNER_DUURZAAM},
    {"id": "d14-rsvp-07", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail",
     "sender": "Pieter-Bas de Ruiter <pb.deruiter@werkorganisatie-rivierenhof.nl>",
     "body": """
Hoi Melanie,

Ik lig sinds gisteren met koorts op de bank, dus donderdag gaat het niet lukken. Geef mijn plek maar aan iemand
van de wachtlijst.

Groeten,
Pieter-Bas

--
P.B. de Ruiter | directeur | Werkorganisatie Rivierenhof
M 06 - 18 27 66 31""" + SAMSUNG},
    {"id": "d14-rsvp-08", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes-wrote",
     "sender": "Annelies Brink <annelies.brink@gemeente-eemhorst.nl>",
     "body": """
Dank voor de herinnering. Staat genoteerd, ik ben er om kwart voor twee.

Annelies Brink
Algemeen directeur Gemeente Eemhorst
Postbus 20, 3770 AA Eemhorst""" + DISCLAIMER},
    {"id": "d14-rsvp-09", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-en",
     "subject": "RE: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
     "sender": "Thijs van Amerongen <t.vanamerongen@wo-kromme-aa.nl>",
     "body": """
Beste Stan,

Dat is jammer, maar begrijpelijk. Zet me maar van de wachtlijst af: ik heb die middag inmiddels een overleg met de
provincie ingepland, dus ook als er een plek vrijkomt kan ik niet meer.

Met vriendelijke groet,

Thijs van Amerongen
Directeur Werkorganisatie Kromme Aa
T 030 - 699 11 00
Volg ons op X: @wokrommeaa""" + DISCLAIMER_SHORT},
    {"id": "d14-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "apple",
     "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
     "sender": "Sanne Verhoeven <s.verhoeven@werkorganisatie-peelrand.nl>",
     "body": """
Helder! Ik houd de middag vrij en kom zodra er een plek is, dus houd me vooral op de lijst.

Sanne""" + IPHONE},
    {"id": "d14-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl",
     "subject": "RE: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Lotte Hazenberg <l.hazenberg@werkorganisatie-lindevaart.nl>",
     "body": """
Goedemiddag,

Dank u wel, ik neem de plaats van Dirk graag in en zal er op 11 maart zijn.

Met vriendelijke groet,

Lotte Hazenberg
adjunct-directeur | manager Strategie & Samenwerking
Werkorganisatie Lindevaart
M 06 - 50 19 83 27""" + WOENSDAG + DISCLAIMER},
    {"id": "d14-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "apple",
     "subject": "Re: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Erik Schotanus <e.schotanus@gemeente-oosterhoeve.nl>",
     "body": """
Dirk vroeg het me gisteren op de gang, maar ik zie nu dat ik die donderdag zelf ook al vastzit. Ik kan dus niet,
sorry. Ik laat het Dirk ook weten.

Erik Schotanus
manager Publiekszaken""" + IPAD},
    {"id": "d14-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "sender": "Joris Haverkamp <j.haverkamp@wo-deltastad.nl>",
     "body": """
Dear Stan and Melanie,

Thank you for the invitation - I will gladly attend on 11 March.

Kind regards,

Joris Haverkamp
Managing Director | Werkorganisatie Deltastad
P.O. Box 300, 4380 AH Deltastad, the Netherlands
+31 (0)118 - 67 50 00""" + DISCLAIMER},
    {"id": "d14-rsvp-14", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "sender": "Noor Lambrechts <noor.lambrechts@werkorganisatie-maasoever.nl>",
     "body": """
Hi both,

Unfortunately I won't be able to make it on the 11th, I'm abroad that week. Hope to see you at the next one!

Best,
Noor

Noor Lambrechts | Director Operations | Werkorganisatie Maasoever""" + ANDROID},
    {"id": "d14-rsvp-15", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: " + INV,
     "sender": "Wim Oosterbaan <w.oosterbaan@gemeente-wieringerwaard-noord.nl>",
     "body": """
Zie mijn antwoorden hieronder.

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

Ja, ik kom. Ik kom alleen.

> In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.

Heb ik ook gedaan, maar voor de zekerheid ook even zo.

Gr. Wim Oosterbaan
directeur Werkorganisatie Kop van de Waard
0224 - 21 77 00""" + DISCLAIMER_SHORT},
    {"id": "d14-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "sender": "Rianne Post <r.post@werkorganisatie-veluwerand.nl>",
     "body": "Count me in! Ik neem onze concerncontroller Youssef Amrani mee, dus 2 personen.\n\nRianne" + IPHONE},
    {"id": "d14-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Frank Wouda <f.wouda@wo-vlietstreek.nl>",
     "body": """
Beste Stan,

Vorige week heb ik mij afgemeld omdat de raadsvergadering op 11 maart stond. Die is inmiddels een week naar
achteren geschoven, dus ik kan er toch bij zijn. Wilt u mij weer als deelnemer noteren?

Met vriendelijke groet,

Frank Wouda
directeur Ruimte
Werkorganisatie Vlietstreek
06 - 45 20 18 73""" + DISCLAIMER},
    {"id": "d14-rsvp-18", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Karin Smeulders <k.smeulders@werkorganisatie-peelrand.nl>",
     "body": """
Hallo,

Ik had eerder 'ja' gezegd, maar er is een extra bestuurlijk overleg met de drie burgemeesters op precies die
middag gezet. Ik moet mijn aanmelding dus intrekken, excuses daarvoor.

Groet,
Karin Smeulders
Algemeen directeur Werkorganisatie Peelrand
Markt 12 | 5751 BD Peelrand | 0493 - 31 00 00""" + BANNER_DV + DISCLAIMER_SHORT},
    {"id": "d14-rsvp-19", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart",
     "sender": "Maarten Jongeneel <m.jongeneel@werkorganisatie-rivierenhof.nl>",
     "body": """
Goedemorgen,

Via een collega hoorde ik dat het volgende atelier op 11 maart in Utrecht is. Ik zie de uitnodiging niet terug in
mijn mailbox, maar ik wil er graag bij zijn. Kunt u mij als deelnemer inschrijven?

Met vriendelijke groet,

Maarten Jongeneel
Directeur Werkorganisatie Rivierenhof
Postbus 8, 4000 AA Rivierenhof
T 0344 - 63 90 00""" + DISCLAIMER},
    {"id": "d14-rsvp-20", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "Afmelding atelier 11/3",
     "sender": "Carla Timmerman <c.timmerman@gemeente-eemhorst.nl>",
     "body": """
Beste secretariaat,

Voor het atelier van 11 maart moet ik mij helaas afmelden, ik heb die dag een hoorzitting. Het netwerk blijf ik
uiteraard graag volgen.

Met vriendelijke groet,
Carla Timmerman
directeur Bedrijfsvoering
Gemeente Eemhorst""" + WOENSDAG + DISCLAIMER_SHORT},
    {"id": "d14-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "sender": "Hugo Bakhuis <h.bakhuis@werkorganisatie-hunzeland.nl>",
     "body": """
Graag zelfs. Ik heb tot half drie nog een overleg in Assen, dus ik schuif rond half vier aan.

Hugo Bakhuis
algemeen directeur Werkorganisatie Hunzeland
M 06 - 27 38 12 40""" + IPHONE},
    {"id": "d14-rsvp-22", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "sender": "Jacqueline Mertens <j.mertens@dehofweide.nl>",
     "body": """
Secretariaat van het netwerk: ik lees dit nu pas. Ik zit 11 maart in Brussel voor het Interreg-project, dus ik moet
deze keer verstek laten gaan.

Met vriendelijke groet,
Jacqueline Mertens
directeur Samenwerking en Regio
Werkorganisatie De Hofweide""" + DISCLAIMER},
    {"id": "d14-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "sender": "Geert Huizinga <g.huizinga@werkorganisatie-hunzeland.nl>",
     "body": """
Moi,

Ik kom der aan. Tot de elfde!

Geert Huizinga
directeur Sociaal Domein
Werkorganisatie Hunzeland | Hoofdstraat 40 | 9500 AA Hunzeveen""" + SOCIAL},
    {"id": "d14-rsvp-24", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Loes Willems <l.willems@werkorganisatie-maasoever.nl>",
     "body": """
Dag Melanie,

Ik zal er op 11 maart niet bij zijn vanwege een geplande operatie. Ik lees het verslag graag achteraf.

Hartelijke groet,
Loes Willems
algemeen directeur Werkorganisatie Maasoever
Postbus 55, 6040 AB Maasoever
Telefoon 0475 - 35 91 00""" + DISCLAIMER},
    {"id": "d14-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl",
     "subject": "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Arjen Zuidema <a.zuidema@wo-kromme-aa.nl>",
     "body": """
Beste Stan,

Met de nieuwe datum lukt het mij niet meer: op 18 maart is onze eigen medewerkersdag. Haal mij dus maar van de
deelnemerslijst.

Groet,

Arjen Zuidema
directeur Werkorganisatie Kromme Aa
T 030 - 699 11 00 | M 06 - 33 15 78 20""" + DISCLAIMER_SHORT},
    {"id": "d14-rsvp-26", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail",
     "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Petra Goossens <p.goossens@werkorganisatie-veluwerand.nl>",
     "body": """
18 maart in het Provinciehuis past mij ook prima, ik blijf aangemeld.

Petra Goossens
directeur Werkorganisatie Veluwerand""" + ANDROID},
    {"id": "d14-rsvp-27", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Geaccepteerd: " + INV,
     "sender": "Mirjam Koster <m.koster@gemeente-zandmeer.nl>",
     "body": """
Mirjam Koster heeft deze uitnodiging geaccepteerd.

Mirjam Koster
gemeentesecretaris/algemeen directeur Gemeente Zandmeer"""},
    {"id": "d14-rsvp-28", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Afgewezen: " + INV,
     "sender": "Dennis Prins <d.prins@werkorganisatie-lindevaart.nl>",
     "body": "Helaas verhinderd, andere verplichtingen.\n\nDennis Prins\ndirecteur Werkorganisatie Lindevaart"},
    {"id": "d14-rsvp-29", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "sender": "Henk Rozendaal <h.rozendaal@dehofweide.nl>",
     "body": "ja hoor\n\nhenk" + SAMSUNG},
    {"id": "d14-rsvp-30", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "sender": "mr. drs. A.J.M. van Leeuwen <a.vanleeuwen@gemeente-oosterhoeve.nl>",
     "body": """
Geacht secretariaat,

Gaarne bevestig ik hierbij mijn deelname aan het Leer- en inspireer-atelier van donderdag 11 maart 2027 te Utrecht.
Ik zal niet vergezeld worden door collega's.

Hoogachtend,

mr. drs. A.J.M. van Leeuwen
algemeen directeur / secretaris
Gemeente Oosterhoeve
Postbus 1000, 2900 AA Oosterhoeve""" + DISCLAIMER},
    {"id": "d14-rsvp-31", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "sender": "Ruud Bosman <r.bosman@werkorganisatie-maasoever.nl>",
     "body": """
Goedemiddag,

Zelf kan ik niet, maar mijn collega Ellen de Wit, directeur Sociaal Domein, gaat graag in mijn plaats:
e.dewit@werkorganisatie-maasoever.nl.

Met vriendelijke groet,
Ruud Bosman
directeur Werkorganisatie Maasoever
T 0475 - 35 91 00""" + WOENSDAG},
    {"id": "d14-rsvp-32", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "sender": "Ton Verschuren <t.verschuren@werkorganisatie-peelrand.nl>",
     "body": """
Helaas, die week zit ik met het hele MT op de hei in Lunteren. Volgende keer beter.

Ton Verschuren
Directeur Organisatie & Dienstverlening
Werkorganisatie Peelrand""" + BANNER_DV},
    {"id": "d14-rsvp-33", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "subject": "Antw: " + INV,
     "sender": "Ilse Vermeulen <i.vermeulen@wo-deltastad.nl>",
     "body": """
Ik kom graag! Ik eet glutenvrij; fijn als de catering daar rekening mee houdt.

Groet,
Ilse Vermeulen
directeur Werkorganisatie Deltastad""" + DISCLAIMER},
    {"id": "d14-rsvp-34", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd",
     "sender": "Jeroen Pauwels <j.pauwels@werkorganisatie-rivierenhof.nl>",
     "body": "Ik ben erbij, tot morgen!\n\nJeroen" + IPHONE},
    {"id": "d14-rsvp-35", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn",
     "sender": "Directiesecretariaat Vlietstreek <directie@wo-vlietstreek.nl>",
     "body": """
Goedemorgen,

Mevrouw Stolk laat weten dat zij donderdag onverwacht toch niet kan komen, er is een crisisoverleg in de gemeente.
Haar excuses.

Met vriendelijke groet,
Bianca Hoek
secretaresse directie
Werkorganisatie Vlietstreek | 0180 - 45 00 00""" + DISCLAIMER_SHORT},
    {"id": "d14-rsvp-36", "kind": "rsvp", "attending": True, "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "subject": "Atelier 11 maart",
     "sender": "Sjoerd Dijkstra <s.dijkstra@werkorganisatie-greidhoek.nl>",
     "body": """
Goeie,

Ik wol graach komme. Dat is: ik kom graag, met één gast (onze gemeentesecretaris Baukje Hoekstra).

Mei freonlike groetnis,
Sjoerd Dijkstra
direkteur Wurkorganisaasje Greidhoek
058 - 28 40 00""" + DISCLAIMER},
    # -- subscribe ------------------------------------------------------------------------------------------------
    {"id": "d14-subscribe-01", "kind": "subscribe", "thread": None,
     "subject": "Aanmelding Netwerk van directeuren",
     "sender": "Monique Hermsen <m.hermsen@werkorganisatie-veluwerand.nl>",
     "body": """
Geachte heer Van de Laar, beste Stan,

Sinds 1 februari ben ik algemeen directeur van Werkorganisatie Veluwerand, de ambtelijke organisatie van de
gemeenten Epe-Noord, Heerdewold en Vaassenbroek. Mijn voorganger was enthousiast over het netwerk en ik sluit
graag zelf ook aan. Wilt u mij als lid inschrijven?

Met vriendelijke groet,

Monique Hermsen
algemeen directeur
Werkorganisatie Veluwerand
Marktplein 1 | 8160 AA Heerdewold
T 0578 - 71 30 00 | M 06 - 52 48 10 93
www.werkorganisatie-veluwerand.nl""" + SOCIAL + DISCLAIMER},
    {"id": "d14-subscribe-02", "kind": "subscribe", "thread": None,
     "subject": "aanmeldformulier netwerk",
     "sender": "Rachid Bouzid <r.bouzid@wo-deltastad.nl>",
     "body": """
Naam: Rachid Bouzid
Functie: directeur Dienstverlening en Bedrijfsvoering
Organisatie: Werkorganisatie Deltastad (gemeenten Deltastad, Oosterzand en Kapelle-Oost)
E-mail: r.bouzid@wo-deltastad.nl
Telefoon: 06 - 14 92 37 50
Opmerking: graag opnemen als lid van het netwerk, ik kreeg de brochure van een collega.

Rachid Bouzid
Werkorganisatie Deltastad""" + DISCLAIMER_SHORT},
    {"id": "d14-subscribe-03", "kind": "subscribe", "thread": None,
     "subject": "Joining the network",
     "sender": "Eline van der Meulen <e.vandermeulen@werkorganisatie-maasoever.nl>",
     "body": """
Hello,

I recently started as managing director of Werkorganisatie Maasoever and would like to join your network of
directors. Please add me to the list.

Kind regards,

Eline van der Meulen
Algemeen directeur | Werkorganisatie Maasoever
Postbus 55, 6040 AB Maasoever
+31 475 35 91 00""" + DISCLAIMER},
    {"id": "d14-subscribe-04", "kind": "subscribe", "thread": None,
     "subject": "Graag op de hoogte blijven van de ateliers",
     "sender": "Wouter Brands <w.brands@gemeente-eemhorst.nl>",
     "body": """
Goedemiddag,

Wilt u mij voortaan ook de oproepen en uitnodigingen voor de ateliers sturen? Ik ben per 1 maart directeur van de
werkorganisatie en doe graag mee aan het netwerk.

Hartelijke groet,
Wouter Brands
directeur Strategie en Bestuur
Gemeente Eemhorst""" + WOENSDAG + DISCLAIMER_SHORT},
    {"id": "d14-subscribe-05", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl",
     "sender": "Dirk-Jan Hofstra <dj.hofstra@werkorganisatie-greidhoek.nl>",
     "body": """
Beste Stan,

Dit berust op een misverstand: ik wilde alleen voor het atelier afzeggen, niet het netwerk verlaten. Ik blijf
graag lid.

Groet,
Dirk-Jan Hofstra
direkteur Wurkorganisaasje Greidhoek""" + IPHONE},
    {"id": "d14-subscribe-06", "kind": "subscribe", "thread": None, "subject": "aanmelden",
     "sender": "Peter Claassen <p.claassen@werkorganisatie-rivierenhof.nl>",
     "body": "aanmelden graag. mvg Peter Claassen, directeur Werkorganisatie Rivierenhof" + IPHONE},
    {"id": "d14-subscribe-07", "kind": "subscribe", "thread": None, "quoted": "welkom", "quote": "doorgestuurd",
     "subject": "FW: " + WELCOME,
     "sender": "Gerda Knol <g.knol@werkorganisatie-hunzeland.nl>",
     "body": """
Goedemorgen,

Mijn collega-directeur stuurde mij jullie welkomstmail door. Ik zou ook graag lid worden; ik ben directeur
Bedrijfsvoering bij Werkorganisatie Hunzeland en houd me met precies deze vragen bezig.

Met vriendelijke groet,

Gerda Knol
directeur Bedrijfsvoering
Werkorganisatie Hunzeland
Hoofdstraat 40 | 9500 AA Hunzeveen | 0599 - 61 40 00""" + DISCLAIMER},
    {"id": "d14-subscribe-08", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "gmail",
     "sender": "Ingrid Vos <i.vos@wo-kromme-aa.nl>",
     "body": """
lid blijven

Ingrid Vos
directeur Werkorganisatie Kromme Aa""" + ANDROID},
    {"id": "d14-subscribe-09", "kind": "subscribe", "thread": None,
     "subject": "Lidmaatschap netwerk directeuren ambtelijke fusieorganisaties",
     "sender": "Stephan Kremer <s.kremer@gemeente-wieringerwaard-noord.nl>",
     "body": """
Geacht secretariaat,

In mijn rol als adjunct-directeur van Werkorganisatie Kop van de Waard wil ik mij hierbij aanmelden als lid van het
netwerk. Onze algemeen directeur is al lid; wij hebben afgesproken dat ik ook deelneem.

Hoogachtend,

S. Kremer
adjunct-directeur
Werkorganisatie Kop van de Waard
Postbus 5, 1760 AA Wieringerwaard""" + DISCLAIMER},
    {"id": "d14-subscribe-10", "kind": "subscribe", "thread": None, "subject": "Aanmelding / sign-up",
     "sender": "Anouk Timmers <anouk.timmers@werkorganisatie-peelrand.nl>",
     "body": """
Hi secretariaat,

Ik wil me graag inschrijven voor het netwerk van directeuren. Ik ben net begonnen als directeur Sociaal Domein bij
Werkorganisatie Peelrand. Looking forward to the next atelier!

Groetjes,
Anouk Timmers
Werkorganisatie Peelrand | M 06 - 38 40 11 72""" + BANNER_DV + SOCIAL},
    # -- confirm (double opt-in) -------------------------------------------------------------------------------
    {"id": "d14-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "sender": "Monique Hermsen <m.hermsen@werkorganisatie-veluwerand.nl>",
     "body": """
Met vriendelijke groet,

Monique Hermsen
algemeen directeur
Werkorganisatie Veluwerand
Marktplein 1 | 8160 AA Heerdewold
T 0578 - 71 30 00 | M 06 - 52 48 10 93""" + DISCLAIMER},
    {"id": "d14-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn",
     "sender": "Rachid Bouzid <r.bouzid@wo-deltastad.nl>",
     "body": "Bevestigd.\n\nRachid Bouzid\ndirecteur Dienstverlening en Bedrijfsvoering\nWerkorganisatie Deltastad"
             + DISCLAIMER_SHORT},
    {"id": "d14-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple",
     "sender": "Gerda Knol <g.knol@werkorganisatie-hunzeland.nl>",
     "body": "Ja, dat was ik zelf. Graag!\n\nGerda" + IPHONE},
    {"id": "d14-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "sender": "Marieke de Vries <m.devries@werkorganisatie-bbr.nl>",
     "body": """
Goedemorgen,

Klopt, mijn secretariaat heeft mij aangemeld en dat is prima zo. Hierbij dus mijn akkoord.

Met vriendelijke groet,
Marieke de Vries
directeur Werkorganisatie BBR
T 0162 - 39 00 00""" + WOENSDAG + DISCLAIMER},
    {"id": "d14-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en",
     "sender": "Eline van der Meulen <e.vandermeulen@werkorganisatie-maasoever.nl>",
     "body": """
Yes, confirmed - thank you!

Eline van der Meulen
Algemeen directeur | Werkorganisatie Maasoever""" + DISCLAIMER},
    {"id": "d14-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail",
     "sender": "Peter Claassen <p.claassen@werkorganisatie-rivierenhof.nl>",
     "body": "👍" + IPHONE},
    {"id": "d14-confirm-07", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl",
     "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Wouter Brands <w.brands@gemeente-eemhorst.nl>",
     "body": """
Excuus voor mijn late reactie, uw eerste bericht was in mijn map met ongewenste e-mail beland. Ik wil inderdaad
graag lid worden.

Hartelijke groet,
Wouter Brands
directeur Strategie en Bestuur
Gemeente Eemhorst""" + WOENSDAG + DISCLAIMER_SHORT},
    {"id": "d14-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise",
     "sender": "Stephan Kremer <s.kremer@gemeente-wieringerwaard-noord.nl>",
     "body": "Akkoord.\n\nS. Kremer\nadjunct-directeur Werkorganisatie Kop van de Waard" + DISCLAIMER},
    {"id": "d14-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes",
     "sender": "Anouk Timmers <anouk.timmers@werkorganisatie-peelrand.nl>",
     "body": "\n" + SAMSUNG.strip("\n") + BANNER_DV},
    {"id": "d14-confirm-10", "kind": "confirm", "thread": None,
     "subject": "Bevestiging aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Jolanda Smits <j.smits@werkorganisatie-lindevaart.nl>",
     "body": """
Beste secretariaat,

Hierbij bevestig ik mijn aanmelding voor het netwerk (referentie AF-7K3Q9-XM2PA-4RTZ8). Ik kon niet op uw
bericht antwoorden vanuit mijn telefoon, vandaar deze aparte mail.

Met vriendelijke groet,
Jolanda Smits
directeur Werkorganisatie Lindevaart""" + WOENSDAG + DISCLAIMER},
    {"id": "d14-confirm-11", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en",
     "sender": "Hidde Bergsma <h.bergsma@werkorganisatie-greidhoek.nl>",
     "body": """
Dat is correct, dit adres is van mij en ik ontvang jullie berichten graag.

Hidde Bergsma
direkteur Dienstferliening | directeur Dienstverlening
Wurkorganisaasje Greidhoek
058 - 28 40 00""" + DISCLAIMER},
    # -- unsubscribe and hand-over ----------------------------------------------------------------------------
    {"id": "d14-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Uitschrijven netwerk i.v.m. pensioen",
     "sender": "Jan-Willem Kamphuis <jw.kamphuis@werkorganisatie-veluwerand.nl>",
     "body": """
Beste Stan en Melanie,

Per 1 april ga ik met pensioen. Wilt u mij met ingang van die datum uitschrijven als lid van het netwerk? Dank voor
alle mooie ateliers van de afgelopen jaren.

Met hartelijke groet,

Jan-Willem Kamphuis
algemeen directeur
Werkorganisatie Veluwerand
T 0578 - 71 30 00""" + DISCLAIMER},
    {"id": "d14-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap",
     "sender": "Astrid Meijer <a.meijer@werkorganisatie-peelrand.nl>",
     "body": """
Goedemiddag,

Ik vertrek per 1 maart naar de provincie. Mijn opvolger als directeur, Karin Vos (k.vos@werkorganisatie-peelrand.nl),
neemt vanaf dan ook mijn plek in het netwerk over.

Met vriendelijke groet,
Astrid Meijer
directeur Werkorganisatie Peelrand
Markt 12 | 5751 BD Peelrand""" + WOENSDAG + DISCLAIMER_SHORT},
    {"id": "d14-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Laurens Drost <l.drost@gemeente-oosterhoeve.nl>",
     "body": """
Geacht secretariaat,

Ik ben niet langer werkzaam als directeur en neem derhalve niet deel aan het atelier. Tevens verzoek ik u, op grond
van artikel 17 van de Algemene verordening gegevensbescherming, al mijn persoonsgegevens uit uw bestanden te
verwijderen.

Hoogachtend,

L. Drost
Gemeente Oosterhoeve
Postbus 1000, 2900 AA Oosterhoeve""" + DISCLAIMER},
    {"id": "d14-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn",
     "sender": "Ronald Eshuis <r.eshuis@wo-vlietstreek.nl>",
     "body": """
Hallo,

Thema's heb ik niet: ik stop met het netwerk. Haal mij graag van de verzendlijst.

Groet,
Ronald Eshuis
directeur Werkorganisatie Vlietstreek
Stationsplein 4 | 2811 AB Vlietwoude""" + SOCIAL + DISCLAIMER_SHORT},
    {"id": "d14-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "sender": "Wendy Lammers <w.lammers@werkorganisatie-maasoever.nl>",
     "body": """
Beste Melanie,

Ik kom niet naar het atelier, en eerlijk gezegd wil ik ook geen berichten van het netwerk meer ontvangen: mijn
functie is per januari veranderd en dit past er niet meer bij. Graag uitschrijven.

Groet,
Wendy Lammers
Werkorganisatie Maasoever""" + ANDROID},
    {"id": "d14-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Remove my details",
     "sender": "Oliver Brandsma <o.brandsma@wo-deltastad.nl>",
     "body": """
Dear secretariat,

Please take me off your mailing list and delete all personal data you hold about me, in line with the GDPR.

Regards,
Oliver Brandsma
Director Finance & Operations | Werkorganisatie Deltastad
+31 (0)118 - 67 50 00""" + DISCLAIMER},
    {"id": "d14-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-en",
     "sender": "Caroline Hendriks <c.hendriks@werkorganisatie-rivierenhof.nl>",
     "body": """
Dear Stan,

Thanks for the warm welcome. Unfortunately I'm leaving Rivierenhof at the end of this month. My successor,
Bart Jansen (b.jansen@werkorganisatie-rivierenhof.nl), will take over my seat in the network.

Best regards,
Caroline Hendriks
Algemeen directeur Werkorganisatie Rivierenhof""" + DISCLAIMER},
    {"id": "d14-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "sender": "Kees Wijnands <k.wijnands@dehofweide.nl>",
     "body": "afmelden" + IPHONE},
    {"id": "d14-unsubscribe-09", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Afmelden en gegevens wissen",
     "sender": "Femke Rutten <f.rutten@werkorganisatie-hunzeland.nl>",
     "body": """
Goedemorgen,

Ik ga terug naar mijn oude werkgever en ben dus geen directeur meer. Wilt u mij uitschrijven en ook mijn naam,
e-mailadres en telefoonnummer uit uw administratie wissen? Ik wil niet dat die na mijn vertrek bewaard blijven.

Vriendelijke groet,
Femke Rutten
directeur Dienstverlening
Werkorganisatie Hunzeland
M 06 - 40 71 28 55""" + DISCLAIMER},
    {"id": "d14-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl",
     "sender": "Sander Pijl <s.pijl@gemeente-zandmeer.nl>",
     "body": """
Goedemiddag,

Ik begrijp niet goed hoe ik op deze lijst ben gekomen; ik ben manager Vergunningen en geen directeur. Wilt u mij
uitschrijven?

Met vriendelijke groet,
Sander Pijl
manager Vergunningen, Toezicht en Handhaving
Gemeente Zandmeer""" + BANNER_DUURZAAM + DISCLAIMER_SHORT},
    {"id": "d14-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Wisseling directeur Werkorganisatie Kromme Aa",
     "sender": "Arjen Zuidema <a.zuidema@wo-kromme-aa.nl>",
     "body": """
Beste Stan en Melanie,

Vanaf 1 mei neemt Jeroen Blom het stokje van mij over als algemeen directeur van de Kromme Aa. Wilt u hem in mijn
plaats in het netwerk opnemen? Zijn adres is j.blom@wo-kromme-aa.nl. Ik ga zelf aan de slag als
gemeentesecretaris elders en meld me dus bij deze af.

Hartelijke groet,
Arjen Zuidema
directeur Werkorganisatie Kromme Aa
T 030 - 699 11 00 | M 06 - 33 15 78 20""" + DISCLAIMER_SHORT},
    {"id": "d14-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes",
     "sender": "Hans Achterberg <h.achterberg@werkorganisatie-lindevaart.nl>",
     "body": """
Beste mensen,

Donderdag kom ik niet, en ik wil mij bij deze ook helemaal uit het netwerk terugtrekken. Ik heb er de tijd niet
meer voor. Dank voor de inspanningen.

Hans Achterberg
directeur Werkorganisatie Lindevaart""" + WOENSDAG + DISCLAIMER},
    {"id": "d14-unsubscribe-13", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek tot verwijdering persoonsgegevens (AVG)",
     "sender": "Privacy-verzoek Bram Veenstra <b.veenstra@werkorganisatie-greidhoek.nl>",
     "body": """
Geachte heer, mevrouw,

Graag beëindig ik mijn deelname aan het Netwerk van directeuren van ambtelijke fusieorganisaties. Daarnaast vraag ik
u, met een beroep op mijn recht op gegevenswissing onder de AVG, alle gegevens die u over mij hebt vastgelegd te
vernietigen en mij dat schriftelijk te bevestigen.

Met vriendelijke groet,

B. Veenstra
Wurkorganisaasje Greidhoek
Postbus 2, 8400 AA Greidhoek""" + DISCLAIMER},
    {"id": "d14-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": T,
     "subject": "RE: " + CALL,
     "sender": "Lidwien Peeters <l.peeters@werkorganisatie-veluwerand.nl>",
     "body": """
> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.

Bij deze: afmelden. Ik ben inmiddels bij een andere werkgever.

Lidwien Peeters""" + SAMSUNG},
    {"id": "d14-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "bedankt_suggestie",
     "quote": "outlook-nl", "subject": "RE: Dank voor uw themasuggestie [atelier:2027-1]",
     "sender": "Mark Schouten <m.schouten@gemeente-eemhorst.nl>",
     "body": """
Beste Melanie,

Mijn suggestie mag gewoon in de telling blijven, maar zelf ben ik er straks niet meer bij: ik vertrek per 1 februari
bij Eemhorst. Wilt u mij per die datum als lid afmelden?

Met vriendelijke groet,
Mark Schouten
directeur Organisatie
Gemeente Eemhorst | Postbus 20, 3770 AA Eemhorst""" + DISCLAIMER},
    {"id": "d14-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "sender": "Gonnie Bruins <g.bruins@werkorganisatie-peelrand.nl>",
     "body": """
Ik stop per deze maand als directeur. Vanaf 1 maart is Ruben Kok (r.kok@werkorganisatie-peelrand.nl) onze nieuwe
directeur; hij neemt het lidmaatschap van mij over en laat zelf weten of hij naar het atelier komt.

Gonnie Bruins
directeur Werkorganisatie Peelrand""" + DISCLAIMER_SHORT},
    # -- suggestion -------------------------------------------------------------------------------------------
    {"id": "d14-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Marjolein Dekkers <m.dekkers@zandmeer.nl>",
     "body": """
Beste Stan,

Mijn onderwerp: de inzet van robotisering en slimme software in onze werkprocessen. Wij lopen aan tegen de vraag
wat je centraal inricht en wat per team, en hoe je medewerkers daarin meeneemt.

Met vriendelijke groet,

Marjolein Dekkers
directeur Organisatie en Bedrijfsvoering
Gemeenten Zandmeer en Westerbroek
tel. 073 - 640 22 11""" + BANNER_DUURZAAM + DISCLAIMER},
    {"id": "d14-suggestion-02", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Yvonne Kuipers <y.kuipers@werkorganisatie-lindevaart.nl>",
     "body": """
Goedemorgen,

Een vraag die mij bezighoudt: hoe ziet onze werkorganisatie er over tien, vijftien jaar uit? Ik zou graag met
collega's praten over een langetermijnvisie en hoe je die vertaalt naar een meerjarige inhoudelijke agenda.

Hartelijke groet,

Yvonne Kuipers
directeur Dienstverlening
Werkorganisatie Lindevaart
T 0348 - 55 12 00 | M 06 - 41 87 22 09""" + WOENSDAG + DISCLAIMER},
    {"id": "d14-suggestion-03", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Ton Verschuren <t.verschuren@werkorganisatie-peelrand.nl>",
     "body": """
Hoi,

Graag een keer over de positie van een fusieorganisatie als de onze in de regio: hoe verhouden wij ons tot de
centrumgemeente en de andere regiogemeenten aan tafel bij de regiodeal?

Ton

Ton Verschuren
Directeur Organisatie & Dienstverlening
Werkorganisatie Peelrand""" + BANNER_DV},
    {"id": "d14-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Bas Everts <bas.everts@gemeente-oosterhoeve.nl>",
     "body": """
Onderwerp: één loket voor ondernemers. Nu moet een ondernemer in onze drie gemeenten nog langs vier afdelingen
voor een vergunning en een subsidie. Hoe doen anderen dat?

Bas""" + IPHONE},
    {"id": "d14-suggestion-05", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "Hidde Bergsma <h.bergsma@werkorganisatie-greidhoek.nl>",
     "body": """
Monitoring van prestaties: wij zijn net gestart met een dashboard voor klantcontact (wachttijden, afhandeltermijnen,
tevredenheid van inwoners). Ik wissel graag ervaringen uit over welke indicatoren echt iets zeggen.

Hidde Bergsma
direkteur Dienstferliening | directeur Dienstverlening
Wurkorganisaasje Greidhoek""" + DISCLAIMER},
    {"id": "d14-suggestion-06", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "Hugo Bakhuis <h.bakhuis@werkorganisatie-hunzeland.nl>",
     "body": """
Suggestie: het sturingsconcept. Wij werken met opdrachtgeverschap vanuit de gemeenten en opdrachtnemerschap
vanuit de werkorganisatie, maar in de praktijk loopt het door elkaar. Ik hoor graag hoe anderen hun
sturingsmodel hebben ingericht.

Hugo Bakhuis
algemeen directeur Werkorganisatie Hunzeland""" + DISCLAIMER_SHORT},
    {"id": "d14-suggestion-07", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Annelies Brink <annelies.brink@gemeente-eemhorst.nl>",
     "body": """
Beste Stan en Melanie,

Twee onderwerpen van mijn kant:
- de krappe arbeidsmarkt: hoe houden we onze formatie op peil, vasthouden van talent, strategische personeelsplanning;
- de dienstverlening aan inwoners die digitaal minder vaardig zijn: hoe blijven we voor hen bereikbaar?

Met vriendelijke groet,
Annelies Brink
Algemeen directeur Gemeente Eemhorst""" + DISCLAIMER},
    {"id": "d14-suggestion-08", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Joris Haverkamp <j.haverkamp@wo-deltastad.nl>",
     "body": """
Dear Stan,

My suggestion for the atelier: long-term strategy. How do you set out a vision for the organisation when the
political priorities change every four years?

Kind regards,
Joris Haverkamp
Managing Director | Werkorganisatie Deltastad""" + DISCLAIMER},
    {"id": "d14-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Frank Wouda <f.wouda@wo-vlietstreek.nl>",
     "body": """
Hallo,

Liever niet nóg een keer samenwerking tussen de gemeenten, daar hebben we het de vorige twee ateliers al over gehad.
Ik stel voor om het over de inrichting van onze organisatie te hebben: lijnorganisatie of netwerkorganisatie, en
wat dat vraagt van leidinggevenden.

Groet,
Frank Wouda
directeur Ruimte
Werkorganisatie Vlietstreek""" + DISCLAIMER_SHORT},
    {"id": "d14-suggestion-10", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Femke Rutten <f.rutten@werkorganisatie-hunzeland.nl>",
     "body": """
Beste secretariaat,

Graag zou ik het hebben over bestuurlijke prioriteiten: hoe bepaal je als directie met het bestuur welke opgaven
de komende jaren voorgaan, en wat je dus bewust laat liggen?

Met vriendelijke groet,

Femke Rutten
directeur Dienstverlening
Werkorganisatie Hunzeland
M 06 - 40 71 28 55""" + BANNER_DV + DISCLAIMER},
    {"id": "d14-suggestion-11", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd",
     "sender": "Jacqueline Mertens <j.mertens@dehofweide.nl>",
     "body": """
Voor het atelier: gezamenlijke opgaven van de deelnemende gemeenten, zoals de huisvesting van statushouders en de
warmtetransitie. Hoe trek je als gemeenten samen op terwijl de belangen en ambities uiteenlopen?

Jacqueline Mertens
directeur Samenwerking en Regio
Werkorganisatie De Hofweide""" + BANNER_DUURZAAM + DISCLAIMER},
    {"id": "d14-suggestion-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "subject": "RE: " + CALL,
     "sender": "Loes Willems <l.willems@werkorganisatie-maasoever.nl>",
     "body": """
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;

Dit punt! Vooral de financiën: hoe houd je een sluitende begroting voor de werkorganisatie als de
loonkosten zo hard stijgen.

Loes Willems
algemeen directeur Werkorganisatie Maasoever""" + DISCLAIMER},
    {"id": "d14-suggestion-13", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "subject": 'RE: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" '
                "[atelier:2027-1]",
     "sender": "Petra Goossens <p.goossens@werkorganisatie-veluwerand.nl>",
     "body": """
Beste Stan,

Dank voor het verslag, mooi samengevat. Voor de volgende keer: de relatie met de gemeenteraden van de deelnemende
gemeenten. Hoe houd je vier raden aangesloten zonder dat iedere raad een eigen werkorganisatie wil?

Groet,
Petra Goossens
directeur Werkorganisatie Veluwerand""" + DISCLAIMER_SHORT},
    {"id": "d14-suggestion-14", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "gmail",
     "subject": "Re: Dank voor uw themasuggestie [atelier:2027-1]",
     "sender": "Sanne Verhoeven <s.verhoeven@werkorganisatie-peelrand.nl>",
     "body": """
Nog een aanvulling: het meten van de tevredenheid van inwoners aan de balie en aan de telefoon, en wat je
daarna met die cijfers doet.

Sanne Verhoeven
Werkorganisatie Peelrand""" + IPHONE},
    {"id": "d14-suggestion-15", "kind": "suggestion", "themes": ["organisatie"], "thread": W, "quoted": "welkom",
     "quote": "outlook-nl",
     "sender": "Monique Hermsen <m.hermsen@werkorganisatie-veluwerand.nl>",
     "body": """
Beste Stan,

Dank voor het welkom. U vraagt naar een onderwerp: ik heb er al een. Na onze fusie werken hier medewerkers uit drie
voormalige gemeentehuizen met elk hun eigen cultuur. Hoe smeed je daar één organisatiecultuur van?

Met vriendelijke groet,

Monique Hermsen
algemeen directeur
Werkorganisatie Veluwerand""" + SOCIAL + DISCLAIMER},
    {"id": "d14-suggestion-16", "kind": "suggestion", "themes": ["strategie", "samenwerking", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Geert Huizinga <g.huizinga@werkorganisatie-hunzeland.nl>",
     "body": """
Mijn drie onderwerpen, één per regel zoals gevraagd:
Strategie: een visie op de organisatie voor 2035
Samenwerking: samen met buurgemeenten optrekken in het sociaal domein
Dienstverlening: wijkteams dichter bij de inwoner

Geert Huizinga
directeur Sociaal Domein
Werkorganisatie Hunzeland""" + SOCIAL},
    {"id": "d14-suggestion-17", "kind": "suggestion",
     "themes": ["strategie", "samenwerking", "organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Karin Smeulders <k.smeulders@werkorganisatie-peelrand.nl>",
     "body": """
Beste Melanie,

Lastig kiezen, dus bij elk thema één:
1. Strategie: hoe leg je de bestuurlijke prioriteiten van drie colleges naast elkaar in één organisatieagenda?
2. Samenwerking: de kostenverdeling tussen de deelnemende gemeenten en het gevoel van eerlijkheid.
3. Organisatie: informatiebeveiliging en de I&A-functie na de fusie.
4. Dienstverlening: digitaal aanvragen van vergunningen voor ondernemers.

Groet,
Karin Smeulders
Algemeen directeur Werkorganisatie Peelrand""" + BANNER_DV + DISCLAIMER_SHORT},
    {"id": "d14-suggestion-18", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Thijs van Amerongen <t.vanamerongen@wo-kromme-aa.nl>",
     "body": """
Eigenheid van de gemeenten! Hoe geef je elk college het gevoel dat de werkorganisatie ook echt van hén is, terwijl
je als één organisatie werkt.

Thijs""" + IPHONE},
    {"id": "d14-suggestion-19", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "sender": "Oliver Brandsma <o.brandsma@wo-deltastad.nl>",
     "body": """
Voorstel: datagedreven werken en de informatiehuishouding van de organisatie. Wij hebben drie verschillende
zaaksystemen geërfd en willen naar één.

O. Brandsma
Director Finance & Operations | Werkorganisatie Deltastad""" + DISCLAIMER},
    {"id": "d14-suggestion-20", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Noor Lambrechts <noor.lambrechts@werkorganisatie-maasoever.nl>",
     "body": """
Hi Stan,

Topic suggestion: service innovation for residents - chatbots, proactive services, life events. What works and
what doesn't?

Best,
Noor Lambrechts | Director Operations | Werkorganisatie Maasoever""" + ANDROID},
    {"id": "d14-suggestion-21", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Lotte Hazenberg <l.hazenberg@werkorganisatie-lindevaart.nl>",
     "body": """
Goedemiddag,

Mijn onderwerp raakt zowel strategie als samenwerking: hoe kom je tot één gedeelde toekomstvisie als de
deelnemende gemeenten elk een andere koers willen varen?

Met vriendelijke groet,

Lotte Hazenberg
adjunct-directeur | manager Strategie & Samenwerking
Werkorganisatie Lindevaart""" + WOENSDAG + DISCLAIMER},
    {"id": "d14-suggestion-22", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "Onderwerp voor het volgende atelier",
     "sender": "Dennis Prins <d.prins@werkorganisatie-lindevaart.nl>",
     "body": """
Beste Stan en Melanie,

Ik heb de oproep niet meer kunnen vinden, maar wil toch een onderwerp aandragen: flexibele formatie. Hoe gaan
anderen om met de grote afhankelijkheid van inhuur, en wat doet dat met de kosten en de kwaliteit?

Met vriendelijke groet,
Dennis Prins
directeur Werkorganisatie Lindevaart""" + DISCLAIMER},
    {"id": "d14-suggestion-23", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Rianne Post <r.post@werkorganisatie-veluwerand.nl>",
     "body": """
Suggestion / suggestie: de regionale positie van kleinere fusieorganisaties tegenover de grote buurgemeente. Wij
voelen ons soms het kleine broertje in de regio.

Rianne Post
Werkorganisatie Veluwerand""" + IPHONE},
    {"id": "d14-suggestion-24", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "Jolanda Smits <j.smits@werkorganisatie-lindevaart.nl>",
     "body": """
Twee dingen:
- van fusie naar doorontwikkeling: welke stip op de horizon zet je na de eerste vijf jaar?
- het organisatieontwerp dat daarbij hoort: teams, managementlagen, span of control.

Jolanda Smits
directeur Werkorganisatie Lindevaart""" + WOENSDAG + DISCLAIMER},
    {"id": "d14-suggestion-25", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "subject": 'Re: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" '
                "[atelier:2027-1]",
     "sender": "Sjoerd Dijkstra <s.dijkstra@werkorganisatie-greidhoek.nl>",
     "body": """
Goed atelier! Voor de volgende keer zou ik het graag hebben over dienstverlening aan instellingen en verenigingen:
hoe zorg je dat de scholen, zorgaanbieders en sportclubs één vast aanspreekpunt hebben?

Sjoerd Dijkstra
direkteur Wurkorganisaasje Greidhoek""" + DISCLAIMER},
    {"id": "d14-suggestion-26", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Carla Timmerman <c.timmerman@gemeente-eemhorst.nl>",
     "body": """
Goedemorgen,

Geen strategisch onderwerp van mij dit keer, maar een praktisch: de werkprocessen in de bedrijfsvoering. Hoe
richten jullie de planning-en-controlcyclus zo in dat die minder papierwerk en minder doorlooptijd kost?

Met vriendelijke groet,
Carla Timmerman
directeur Bedrijfsvoering
Gemeente Eemhorst""" + WOENSDAG + DISCLAIMER_SHORT},
    # -- autoreply --------------------------------------------------------------------------------------------
    {"id": "d14-autoreply-01", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: " + INV,
     "sender": "Yvonne Kuipers <y.kuipers@werkorganisatie-lindevaart.nl>",
     "body": """
Dank voor uw bericht. Ik ben afwezig tot en met maandag 22 februari en heb beperkt toegang tot mijn mail. Voor
dringende zaken kunt u contact opnemen met het directiesecretariaat via 0348 - 55 12 00.

Met vriendelijke groet,
Yvonne Kuipers
directeur Dienstverlening
Werkorganisatie Lindevaart""" + DISCLAIMER},
    {"id": "d14-autoreply-02", "kind": "autoreply", "thread": T, "headers": AUTO_MS,
     "subject": "Out of Office: " + CALL,
     "sender": "Joris Haverkamp <j.haverkamp@wo-deltastad.nl>",
     "body": """
Thank you for your e-mail. I am out of the office until 10 January with no access to e-mail. Your message will
not be forwarded. For urgent matters please contact my office at +31 (0)118 - 67 50 00.

Joris Haverkamp
Managing Director | Werkorganisatie Deltastad""" + DISCLAIMER},
    {"id": "d14-autoreply-03", "kind": "autoreply", "thread": I, "headers": {"Precedence": "auto_reply"},
     "subject": "Afwezig: " + INV,
     "sender": "Henk Rozendaal <h.rozendaal@dehofweide.nl>",
     "body": """
Ik ben met vakantie en vanaf 1 maart weer aan het werk. Uw e-mail wordt niet doorgestuurd. Heeft uw bericht
haast, bel dan het algemene nummer van De Hofweide: 0314 - 37 80 00.

Henk Rozendaal""" + DISCLAIMER_SHORT},
    {"id": "d14-autoreply-04", "kind": "autoreply", "thread": T,
     "subject": "Automatisch antwoord: " + CALL,
     "sender": "Marjolein Dekkers <m.dekkers@zandmeer.nl>",
     "body": """
Vanwege de kerstvakantie ben ik tot en met 3 januari niet bereikbaar. Daarna reageer ik zo snel mogelijk op uw
bericht. Met dringende vragen kunt u terecht bij Koen Aerts, k.aerts@zandmeer.nl.

Marjolein Dekkers
directeur Organisatie en Bedrijfsvoering
Gemeenten Zandmeer en Westerbroek""" + BANNER_DUURZAAM},
    {"id": "d14-autoreply-05", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "sender": "Sanne Verhoeven <s.verhoeven@werkorganisatie-peelrand.nl>",
     "body": """
Bedankt voor uw e-mail. Ik ben met zwangerschapsverlof tot half juni en lees mijn mail in die periode niet.
Voor zaken rond de directie kunt u mailen naar directie@werkorganisatie-peelrand.nl.

Sanne Verhoeven
Werkorganisatie Peelrand"""},
    {"id": "d14-autoreply-06", "kind": "autoreply", "thread": None, "headers": AUTO_MS,
     "subject": "Ontvangstbevestiging: uw bericht is geregistreerd (zaaknummer Z-2027-004512)",
     "sender": "Gemeente Oosterhoeve <noreply@gemeente-oosterhoeve.nl>",
     "body": """
Geachte heer/mevrouw,

Wij hebben uw e-mail in goede orde ontvangen en geregistreerd onder zaaknummer Z-2027-004512. U ontvangt binnen
tien werkdagen een inhoudelijke reactie. Vermeld bij vervolgcontact altijd het zaaknummer.

Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.

Met vriendelijke groet,
Klantcontactcentrum Gemeente Oosterhoeve
Telefoon 14 0299 | www.gemeente-oosterhoeve.nl""" + SOCIAL},
    {"id": "d14-autoreply-07", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: " + INV,
     "sender": "Postbus Gemeente Westerbroek <info@gemeente-westerbroek.nl>",
     "body": """
Per 1 januari zijn de ambtelijke organisaties van Westerbroek en Zandmeer samengegaan. Dit e-mailadres is
daarom niet meer in gebruik en wordt niet gelezen. Stuur uw bericht opnieuw naar info@zandmeer.nl of naar het
persoonlijke adres van uw contactpersoon (voornaam.achternaam@zandmeer.nl).

Gemeenten Zandmeer en Westerbroek""" + BANNER_DUURZAAM},
    {"id": "d14-autoreply-08", "kind": "autoreply", "thread": R,
     "subject": "RE: " + REM,
     "sender": "Gert-Jan Veldhuis <gj.veldhuis@hofweide-gemeente.nl>",
     "body": """
Dit e-mailadres wordt sinds 1 februari niet meer gebruikt. Uw bericht is niet afgeleverd bij de ontvanger en
wordt niet doorgestuurd. Gebruik voortaan het adres met @dehofweide.nl.

Dit is een automatisch bericht."""},
    {"id": "d14-autoreply-09", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: " + INV,
     "sender": "Carla Timmerman <c.timmerman@gemeente-eemhorst.nl>",
     "body": """
Dank voor uw e-mail. Ik werk op maandag, dinsdag, donderdag en vrijdag; op woensdag lees ik mijn mail niet.
Donderdag kom ik bij u terug.

Carla Timmerman
directeur Bedrijfsvoering
Gemeente Eemhorst""" + DISCLAIMER_SHORT},
    {"id": "d14-autoreply-10", "kind": "autoreply", "thread": W, "headers": AUTO_MS,
     "subject": "Automatisch antwoord: " + WELCOME,
     "sender": "Rachid Bouzid <r.bouzid@wo-deltastad.nl>",
     "body": """
Ik ben afwezig tot 8 maart. / I am out of office until 8 March.
Uw mail wordt niet doorgestuurd. / Your e-mail will not be forwarded.

Rachid Bouzid
directeur Dienstverlening en Bedrijfsvoering
Werkorganisatie Deltastad""" + DISCLAIMER},
    {"id": "d14-autoreply-11", "kind": "autoreply", "thread": C, "headers": AUTO,
     "subject": "Automatisch antwoord: " + CONF,
     "sender": "Wouter Brands <w.brands@gemeente-eemhorst.nl>",
     "body": """
Hartelijk dank voor uw bericht. Ik ben tot en met 14 februari met verlof. Uw e-mail lees ik na mijn terugkomst.

Wouter Brands
directeur Strategie en Bestuur
Gemeente Eemhorst""" + WOENSDAG + DISCLAIMER_SHORT},
    {"id": "d14-autoreply-12", "kind": "autoreply", "thread": W,
     "subject": "Automatisch antwoord: " + WELCOME,
     "sender": "Gerda Knol <g.knol@werkorganisatie-hunzeland.nl>",
     "body": """
Ik ben afwezig wegens een cursus en vanaf maandag weer bereikbaar. Voor dringende zaken: 0599 - 61 40 00.

Gerda Knol
directeur Bedrijfsvoering
Werkorganisatie Hunzeland"""},
    {"id": "d14-autoreply-13", "kind": "autoreply", "thread": R, "headers": {"X-Autoreply": "yes"},
     "subject": "Auto: " + REM,
     "sender": "Annelies Brink <annelies.brink@gemeente-eemhorst.nl>",
     "body": """
Ik ben tot en met 12 maart afwezig. Uw bericht wordt na mijn terugkeer behandeld.

Annelies Brink
Algemeen directeur Gemeente Eemhorst""" + DISCLAIMER},
    {"id": "d14-autoreply-14", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: " + INV,
     "sender": "Ineke Wolters <i.wolters@werkorganisatie-hunzeland.nl>",
     "body": """
Tijdens mijn afwezigheid (tot 1 maart) wordt mijn mail niet doorgestuurd. Voor de agenda van de directie kunt u
terecht bij directiesecretariaat@werkorganisatie-hunzeland.nl. Aanmeldingen voor de cursus Omgevingswet
lopen via de teamleider Opleidingen.

Ineke Wolters
managementondersteuner directie
Werkorganisatie Hunzeland""" + DISCLAIMER},
    {"id": "d14-autoreply-15", "kind": "autoreply", "thread": T, "headers": AUTO,
     "subject": 'Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & '
                'eigenheid" [atelier:2027-1]',
     "sender": "Ton Verschuren <t.verschuren@werkorganisatie-peelrand.nl>",
     "body": """
Ik ben vandaag en morgen op een tweedaagse met het managementteam en lees mijn mail op vrijdag. Voor spoed:
06 - 12 45 78 90.

Ton Verschuren
Directeur Organisatie & Dienstverlening
Werkorganisatie Peelrand""" + BANNER_DV + SOCIAL},
    {"id": "d14-autoreply-16", "kind": "autoreply", "thread": I, "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
     "subject": "Automatisch antwoord: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
     "sender": "Thijs van Amerongen <t.vanamerongen@wo-kromme-aa.nl>",
     "body": """
Ik ben afwezig tot en met 26 februari. Uw bericht wordt niet doorgestuurd.

Thijs van Amerongen
Directeur Werkorganisatie Kromme Aa"""},
    # -- other ------------------------------------------------------------------------------------------------
    {"id": "d14-other-01", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Directiesecretariaat Maasoever <directie@werkorganisatie-maasoever.nl>",
     "body": """
Goedemiddag,

Mevrouw Wendy Lammers, aan wie deze uitnodiging gericht is, werkt sinds 1 februari niet meer bij onze organisatie.
Haar opvolger is nog niet benoemd. Ik laat het u weten zodra er een nieuwe directeur is.

Met vriendelijke groet,
Saskia Peters
secretariaat directie
Werkorganisatie Maasoever | 0475 - 35 91 00""" + DISCLAIMER},
    {"id": "d14-other-02", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Maarten Jongeneel <m.jongeneel@werkorganisatie-rivierenhof.nl>",
     "body": """
Beste Stan,

Is het atelier ook toegankelijk voor onze plaatsvervangend gemeentesecretaris, als die zelf geen lid is van het
netwerk? Zij trekt bij ons het dossier samenwerking en zou er veel aan hebben.

Groet,
Maarten Jongeneel
Directeur Werkorganisatie Rivierenhof""" + DISCLAIMER},
    {"id": "d14-other-03", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Petra Goossens <p.goossens@werkorganisatie-veluwerand.nl>",
     "body": """
Hallo Melanie,

Ik wil er graag bij zijn, maar ik kom met de auto en heb een gehandicaptenparkeerkaart. Kan ik bij het
Stadskantoor dicht bij de ingang parkeren, of moet ik in de garage gaan staan? Dan weet ik of het haalbaar is.

Groet,
Petra Goossens
directeur Werkorganisatie Veluwerand""" + ANDROID},
    {"id": "d14-other-04", "kind": "other", "thread": None, "subject": "Aanmelding collega",
     "sender": "Hanneke Stolk <h.stolk@wo-vlietstreek.nl>",
     "body": """
Beste secretariaat,

Wilt u mijn collega Ruben Akkerman, onze nieuwe directeur Bedrijfsvoering, ook als lid opnemen? Zijn adres is
r.akkerman@wo-vlietstreek.nl.

Hartelijke groet,
Hanneke Stolk
algemeen directeur / gemeentesecretaris
Werkorganisatie Vlietstreek""" + WOENSDAG + SOCIAL + DISCLAIMER_SHORT},
    {"id": "d14-other-05", "kind": "other", "thread": None, "subject": "Nieuw e-mailadres",
     "sender": "Geert Huizinga <g.huizinga@werkorganisatie-hunzeland.nl>",
     "body": """
Goedemorgen,

Per 1 maart gaan wij over op een nieuw domein. Mijn e-mailadres wordt dan g.huizinga@hunzeland.nl. Wilt u dat in
uw bestand aanpassen?

Geert Huizinga
directeur Sociaal Domein
Werkorganisatie Hunzeland""" + SOCIAL},
    {"id": "d14-other-06", "kind": "other", "thread": None, "subject": "Gegevens oud-directeur verwijderen",
     "sender": "Bianca Hoek <b.hoek@wo-vlietstreek.nl>",
     "body": """
Goedemiddag,

Onze oud-directeur, de heer R. Eshuis, is met pensioen. Hij heeft mij gevraagd te regelen dat al zijn gegevens bij
u worden verwijderd (AVG). Kunt u dat doen?

Met vriendelijke groet,
Bianca Hoek
secretaresse directie
Werkorganisatie Vlietstreek | 0180 - 45 00 00""" + DISCLAIMER_SHORT},
    {"id": "d14-other-07", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Jolanda Smits <j.smits@werkorganisatie-lindevaart.nl>",
     "body": """
Beste mensen,

Ik krijg al jullie berichten drie keer binnen, op drie verschillende adressen uit de tijd van voor de fusie. Wilt
u dat eens uitzoeken? Het is nogal rommelig zo.

Jolanda Smits
directeur Werkorganisatie Lindevaart""" + WOENSDAG + DISCLAIMER},
    {"id": "d14-other-08", "kind": "other", "thread": None, "subject": "Bereikbaarheid locatie atelier",
     "sender": "Dirk-Jan Hofstra <dj.hofstra@werkorganisatie-greidhoek.nl>",
     "body": """
Beste Stan,

Eerlijk gezegd vind ik het jammer dat de ateliers altijd in Utrecht zijn. Vanuit Friesland ben ik een halve dag
onderweg voor een middag van drie uur. Is het niet mogelijk om ook eens in het noorden te organiseren?

Groet,
Dirk-Jan Hofstra
direkteur Wurkorganisaasje Greidhoek""" + IPHONE},
    {"id": "d14-other-09", "kind": "other", "thread": None,
     "subject": "Kennismaking: zaakgericht werken in fusieorganisaties",
     "sender": "Michiel Vonk <michiel.vonk@zaakflow-software.nl>",
     "body": """
Geachte heer Van de Laar,

Als leverancier van zaaksystemen voor gemeenten werken wij met diverse ambtelijke fusieorganisaties. Graag
verzorgen wij tijdens uw volgende atelier een korte presentatie over het harmoniseren van werkprocessen na een
fusie. Mag ik u bellen voor een kennismaking?

Met vriendelijke groet,

Michiel Vonk
Accountmanager Overheid
ZaakFlow Software B.V. | Kanaalweg 14, 3526 KM Utrecht
T 030 - 210 44 00 | www.zaakflow-software.nl""" + DISCLAIMER},
    {"id": "d14-other-10", "kind": "other", "thread": None, "subject": "Vergaderlocatie voor uw ateliers",
     "sender": "Evelien Smit <evelien@landgoed-hoevelaken-events.nl>",
     "body": """
Beste organisatie,

Op zoek naar een inspirerende locatie voor uw Leer- en inspireer-ateliers? Ons landgoed biedt zalen voor 10 tot
80 personen, inclusief catering, op tien minuten van de A1. Graag stuur ik u een vrijblijvende offerte.

Hartelijke groet,
Evelien Smit
Sales & Events | Landgoed Hoevelaken
033 - 258 90 00""" + SOCIAL},
    {"id": "d14-other-11", "kind": "other", "thread": None, "subject": "Interviewverzoek over ambtelijke fusies",
     "sender": "Niels de Graaf <n.degraaf@lokaalbestuurvandaag.nl>",
     "body": """
Goedemiddag,

Ik ben journalist bij vakblad Lokaal Bestuur Vandaag en schrijf een achtergrondverhaal over tien jaar ambtelijke
fusies. Zou ik iemand van het netwerk of een van de directeuren kunnen interviewen? Mijn deadline is eind maart.

Met vriendelijke groet,
Niels de Graaf
redacteur
Lokaal Bestuur Vandaag | 06 - 29 41 70 38""" + DISCLAIMER_SHORT},
    {"id": "d14-other-12", "kind": "other", "thread": None,
     "subject": "Scriptie-onderzoek ambtelijke fusieorganisaties",
     "sender": "Lieke Janssen <l.janssen@student.bestuurskunde-hogeschool.nl>",
     "body": """
Beste meneer/mevrouw,

Ik ben masterstudent Bestuurskunde en doe voor mijn scriptie onderzoek naar sturing in ambtelijke
fusieorganisaties. Zou u mijn vragenlijst onder de leden van het netwerk willen verspreiden, of mij in contact
willen brengen met twee of drie directeuren voor een interview?

Alvast hartelijk dank!
Lieke Janssen""" + IPHONE},
    {"id": "d14-other-13", "kind": "other", "thread": None, "subject": "Kandidaatstelling Adviesraad",
     "sender": "Annelies Brink <annelies.brink@gemeente-eemhorst.nl>",
     "body": """
Beste Stan en Melanie,

Tijdens het vorige atelier hoorde ik dat er een plek vrijkomt in de Adviesraad. Ik stel mij daarvoor graag
beschikbaar: ik ben al drie jaar lid van het netwerk en denk graag mee over de programmering.

Met vriendelijke groet,
Annelies Brink
Algemeen directeur Gemeente Eemhorst""" + DISCLAIMER},
    {"id": "d14-other-14", "kind": "other", "thread": None, "subject": "Adviesraad: telling thema's",
     "sender": "Hugo Bakhuis <h.bakhuis@werkorganisatie-hunzeland.nl>",
     "body": """
Hoi Melanie,

Als lid van de Adviesraad vraag ik me af wanneer we de telling van de suggesties ontvangen. Ons overleg staat op
28 januari, dus het zou fijn zijn als we die een week eerder hebben. Lukt dat?

Groet,
Hugo Bakhuis
algemeen directeur Werkorganisatie Hunzeland""" + DISCLAIMER_SHORT},
    {"id": "d14-other-15", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Eline van der Meulen <e.vandermeulen@werkorganisatie-maasoever.nl>",
     "body": """
Beste Stan,

Dank voor het welkom. Een praktische vraag: ontvangen wij een factuur voor het lidmaatschap of de ateliers? Onze
inkoopafdeling wil graag vooraf een verplichtingennummer aanmaken.

Met vriendelijke groet,
Eline van der Meulen
Algemeen directeur | Werkorganisatie Maasoever""" + DISCLAIMER},
    {"id": "d14-other-16", "kind": "other", "thread": None, "subject": "verslag vorig atelier?",
     "sender": "Peter Claassen <p.claassen@werkorganisatie-rivierenhof.nl>",
     "body": """
Hoi, is er een verslag van het atelier van oktober? Ik was er niet bij en hoor er veel goeds over.

Peter Claassen
directeur Werkorganisatie Rivierenhof""" + IPHONE},
    {"id": "d14-other-17", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Ilse Vermeulen <i.vermeulen@wo-deltastad.nl>",
     "body": """
Goedemorgen,

Voordat ik iets aandraag: moeten de onderwerpen binnen de vier genoemde thema's vallen, of mag het ook iets heel
anders zijn, zoals de omgang met ondermijning?

Groet,
Ilse Vermeulen
directeur Werkorganisatie Deltastad""" + DISCLAIMER},
    {"id": "d14-other-18", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "apple",
     "sender": "Jan-Willem Kamphuis <jw.kamphuis@werkorganisatie-veluwerand.nl>",
     "body": """
Dank jullie wel voor alle jaren. Geniet ervan en houd het netwerk levend!

Jan-Willem""" + IPAD},
    {"id": "d14-other-19", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "sender": "Anouk Timmers <anouk.timmers@werkorganisatie-peelrand.nl>",
     "body": "Wat een fijn welkom, dank jullie wel! 🙂\n\nAnouk" + IPHONE},
    {"id": "d14-other-20", "kind": "other", "thread": I, "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
     "subject": "RE: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
     "sender": "Wim Oosterbaan <w.oosterbaan@gemeente-wieringerwaard-noord.nl>",
     "body": """
Goedemiddag,

Jammer dat het vol is. Kan ik, als er geen plek vrijkomt, het atelier online volgen via de Teams-link? Of is die
alleen voor sprekers bedoeld?

Gr. Wim Oosterbaan
directeur Werkorganisatie Kop van de Waard""" + DISCLAIMER_SHORT},
    {"id": "d14-other-21", "kind": "other", "thread": I, "quoted": "uitnodiging_vervanger", "quote": "outlook-lijn",
     "subject": "RE: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Youssef Amrani <y.amrani@werkorganisatie-veluwerand.nl>",
     "body": """
Goedemiddag,

Dirk vroeg mij in zijn plaats te gaan, maar ik ben concerncontroller en geen directeur. Is het wel de bedoeling dat
ik aanschuif tussen de directeuren? Dan hoor ik het graag voordat ik mijn agenda vrijmaak.

Met vriendelijke groet,
Youssef Amrani
concerncontroller
Werkorganisatie Veluwerand""" + DISCLAIMER},
    {"id": "d14-other-22", "kind": "other", "thread": None, "subject": "Deelnemerslijst netwerk",
     "sender": "Stephan Kremer <s.kremer@gemeente-wieringerwaard-noord.nl>",
     "body": """
Geacht secretariaat,

Kunt u mij een overzicht sturen van de leden van het netwerk met hun e-mailadressen? Ik wil graag contact leggen met
collega's die al verder zijn met de harmonisatie van de rechtspositie.

Met vriendelijke groet,
S. Kremer
adjunct-directeur Werkorganisatie Kop van de Waard""" + DISCLAIMER},
    {"id": "d14-other-23", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "subject": 'RE: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" '
                "[atelier:2027-1]",
     "sender": "Frank Wouda <f.wouda@wo-vlietstreek.nl>",
     "body": """
Beste Stan,

Kunt u mij de presentatie van de Bredase casus nog toesturen? Die zat niet bij het verslag en ik wil hem graag in
ons MT bespreken.

Met vriendelijke groet,
Frank Wouda
directeur Ruimte
Werkorganisatie Vlietstreek""" + DISCLAIMER},
    {"id": "d14-other-24", "kind": "other", "thread": None, "subject": "Gastheerschap volgend atelier",
     "sender": "Karin Smeulders <k.smeulders@werkorganisatie-peelrand.nl>",
     "body": """
Beste Stan en Melanie,

Wij hebben net ons nieuwe gemeentehuis betrokken, met een mooie raadszaal voor veertig personen. Zouden jullie het
najaarsatelier bij ons in Peelrand willen houden? Wij zorgen voor de ontvangst.

Groet,
Karin Smeulders
Algemeen directeur Werkorganisatie Peelrand""" + BANNER_DV + DISCLAIMER_SHORT},
    {"id": "d14-other-25", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Ronald Eshuis <r.eshuis@wo-vlietstreek.nl>",
     "body": """
Dank voor de bevestiging. Mijn opvolger is nog niet bekend; kan die zich straks zelf aanmelden, of moet dat via
ons directiesecretariaat lopen?

Groet,
Ronald Eshuis""" + DISCLAIMER_SHORT},
    {"id": "d14-other-26", "kind": "other", "thread": None, "subject": "Observer at one of your ateliers",
     "sender": "Pieter Vandenberghe <pieter.vandenberghe@stad-leiedaal.be>",
     "body": """
Dear colleagues,

I'm the general manager of a Flemish city that is preparing an administrative merger with two neighbours. Would it
be possible for me to attend one of your ateliers as an observer? I'd be glad to share our experiences in return.

Kind regards,
Pieter Vandenberghe
Algemeen directeur | Stad Leiedaal (BE)
+32 9 210 00 00""" + DISCLAIMER},
    {"id": "d14-other-27", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Marieke de Vries <m.devries@werkorganisatie-bbr.nl>",
     "body": """
Goedemiddag,

U spreekt mij aan als Marieke de Vries-Ölçer, maar ik heet Marieke de Vries; de tweede naam is van een
oud-collega. Klopt uw bestand wel, of is er iets misgegaan bij de aanmelding door ons secretariaat?

Met vriendelijke groet,
Marieke de Vries
directeur Werkorganisatie BBR""" + WOENSDAG + DISCLAIMER},
    {"id": "d14-other-28", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "gmail",
     "subject": "Re: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Bas Everts <bas.everts@gemeente-oosterhoeve.nl>",
     "body": """
Balen! Is er al een nieuwe datum in zicht? Dan houd ik die alvast vrij.

Bas""" + IPHONE},
    {"id": "d14-other-29", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "notes-wrote",
     "sender": "Noor Lambrechts <noor.lambrechts@werkorganisatie-maasoever.nl>",
     "body": """
Quick question: is the Teams link only for remote participants, or will the whole session be hybrid? I'm
considering joining online instead of travelling to Utrecht.

Noor Lambrechts | Director Operations | Werkorganisatie Maasoever""" + ANDROID},
    {"id": "d14-other-30", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Hanneke Stolk <h.stolk@wo-vlietstreek.nl>",
     "body": """
Beste Stan,

Ik kom graag. Wilt u daarnaast onze nieuwe directeur Sociaal Domein, Linda Brouwer (l.brouwer@wo-vlietstreek.nl),
als lid van het netwerk inschrijven? Zij begint volgende maand.

Hartelijke groet,
Hanneke Stolk
algemeen directeur / gemeentesecretaris
Werkorganisatie Vlietstreek""" + WOENSDAG + DISCLAIMER_SHORT},
    {"id": "d14-other-31", "kind": "other", "thread": None, "subject": "Uitnodigingen ook naar secretariaat",
     "sender": "Ineke Wolters <i.wolters@werkorganisatie-hunzeland.nl>",
     "body": """
Goedemorgen,

Zou u voortaan de uitnodigingen voor de heer Tijssen ook naar mij willen sturen, of mij in cc willen zetten? Dan
kan ik zijn agenda tijdig vrijhouden.

Met vriendelijke groet,
Ineke Wolters
managementondersteuner directie
Werkorganisatie Hunzeland
Telefoon 0599 - 61 40 00 (bereikbaar ma, di en do)""" + DISCLAIMER},
    {"id": "d14-other-32", "kind": "other", "thread": None, "subject": "Uitnodiging webinar Dienstverlening 2030",
     "sender": "Team Communicatie Gemeente Zandmeer <communicatie@zandmeer.nl>",
     "body": """
Beste relatie,

Op 15 april organiseren wij het webinar 'Dienstverlening 2030: van loket naar leefgebeurtenis'. U bent van harte
welkom! Aanmelden kan via de link op onze website.

Met vriendelijke groet,
Team Communicatie
Gemeenten Zandmeer en Westerbroek""" + BANNER_DUURZAAM + SOCIAL},
    {"id": "d14-other-33", "kind": "other", "thread": None, "subject": "Vergadering Adviesraad verplaatsen",
     "sender": "Loes Willems <l.willems@werkorganisatie-maasoever.nl>",
     "body": """
Beste Melanie,

Het overleg van de Adviesraad op 28 januari valt samen met onze raadsvergadering. Kunnen we het een week
verschuiven? Ik heb de andere leden nog niet gepolst.

Hartelijke groet,
Loes Willems
algemeen directeur Werkorganisatie Maasoever""" + DISCLAIMER},
    {"id": "d14-other-34", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "apple",
     "subject": 'Re: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" '
                "[atelier:2027-1]",
     "sender": "Sanne Verhoeven <s.verhoeven@werkorganisatie-peelrand.nl>",
     "body": """
Dank, het was een inspirerende middag! Ik heb het verslag meteen doorgestuurd naar mijn MT.

Sanne""" + IPHONE},
    {"id": "d14-other-35", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "subject": 'RE: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" '
                "[atelier:2027-1]",
     "sender": "Gert-Jan Veldhuis <gj.veldhuis@dehofweide.nl>",
     "body": """
Goedemiddag,

De link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Kunt u het verslag als pdf sturen?

Groet,
Gert-Jan Veldhuis
directeur Werkorganisatie De Hofweide""" + DISCLAIMER_SHORT},
    {"id": "d14-other-36", "kind": "other", "thread": None, "subject": "Question about membership",
     "sender": "Ruud Bosman <r.bosman@werkorganisatie-maasoever.nl>",
     "body": """
Hi,

Is the network also open to directors of a joint arrangement that only shares its back office (a GR for
bedrijfsvoering), rather than a full administrative merger? We're considering whether that would qualify.

Regards,
Ruud Bosman
directeur Werkorganisatie Maasoever""" + WOENSDAG},
    {"id": "d14-other-37", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Directiesecretariaat BBR <secretariaat.directie@werkorganisatie-bbr.nl>",
     "body": """
Goedemorgen,

Mevrouw De Vries is met zwangerschapsverlof tot juni. Ik neem tijdelijk haar post waar. Kunt u de berichten van het
netwerk tot die tijd naar mij sturen in plaats van naar haar?

Met vriendelijke groet,
Tamara Koolen
directiesecretaresse
Werkorganisatie BBR | 0162 - 39 00 00""" + DISCLAIMER},
    {"id": "d14-other-38", "kind": "other", "thread": None, "subject": "Hoe komen jullie aan mijn gegevens?",
     "sender": "Sander Pijl <s.pijl@gemeente-zandmeer.nl>",
     "body": """
Goedemiddag,

Ik ontving een mail van het netwerk terwijl ik mij nergens heb aangemeld. Van wie hebben jullie mijn e-mailadres
gekregen? Ik wil dat graag weten voordat ik besluit wat ik ermee doe; de AVG verplicht u dat te vertellen.

Sander Pijl
manager Vergunningen, Toezicht en Handhaving
Gemeente Zandmeer""" + BANNER_DUURZAAM},
    {"id": "d14-other-39", "kind": "other", "thread": None, "subject": "Inzageverzoek art. 15 AVG",
     "sender": "Bram Veenstra <b.veenstra@werkorganisatie-greidhoek.nl>",
     "body": """
Geachte heer, mevrouw,

Op grond van artikel 15 van de AVG verzoek ik u om inzage in de persoonsgegevens die u van mij verwerkt, het doel
van die verwerking en de bewaartermijn. Mijn lidmaatschap wil ik overigens behouden.

Met vriendelijke groet,
B. Veenstra
Wurkorganisaasje Greidhoek""" + DISCLAIMER},
    {"id": "d14-other-40", "kind": "other", "thread": None, "subject": "Wat kost deelname?",
     "sender": "Wouter Brands <w.brands@gemeente-eemhorst.nl>",
     "body": """
Beste secretariaat,

Voordat ik mij aanmeld: wat zijn de kosten van het lidmaatschap en van de ateliers? En is er een minimum aantal
bijeenkomsten dat je moet bijwonen?

Hartelijke groet,
Wouter Brands
directeur Strategie en Bestuur
Gemeente Eemhorst""" + WOENSDAG + DISCLAIMER_SHORT},
    {"id": "d14-other-41", "kind": "other", "thread": None, "subject": "Afmelden als lid, en mijn opvolger?",
     "sender": "Astrid Meijer <a.meijer@werkorganisatie-peelrand.nl>",
     "body": """
Beste Stan,

Ik denk erover het netwerk te verlaten nu ik een andere functie krijg, maar mijn opvolger is nog niet benoemd.
Kan ik het lidmaatschap beter aanhouden tot die er is, zodat de werkorganisatie geen atelier mist? Wat raadt u aan?

Groet,
Astrid Meijer
directeur Werkorganisatie Peelrand""" + DISCLAIMER_SHORT},
    {"id": "d14-other-42", "kind": "other", "thread": T, "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "subject": "RE: Dank voor uw themasuggestie [atelier:2027-1]",
     "sender": "Hugo Bakhuis <h.bakhuis@werkorganisatie-hunzeland.nl>",
     "body": """
Beste Melanie,

U hebt mijn suggestie onder Organisatie en Samenwerking geplaatst, maar ik bedoelde alleen het sturingsconcept.
Kunt u de samenwerking eruit halen? Anders telt mijn stem dubbel.

Groet,
Hugo Bakhuis
algemeen directeur Werkorganisatie Hunzeland""" + DISCLAIMER_SHORT},
]
# fmt: on
