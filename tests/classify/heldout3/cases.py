"""The third held-out set's cases (issue 17): see the package docstring. Labelled as the secretariat should treat
each message; cases that could not be labelled with confidence were left out.

Replies to our follow-up mail (vervolg_atelier) and to the thank-you for a suggestion carry the thread
``call_for_themes``; replies to the waiting-list notice, the substitute's invitation and the change of date carry
``invitation``. A substitute sent in one's place is an RSVP with ``attending`` False; a changed answer gets the
latest answer. Inline answers carry our quoted lines in ``body`` and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

CONF_SUBJECT = "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
INV_SUBJECT = (
    "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
CALL_SUBJECT = "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
SAMSUNG = "\n\nVerzonden vanaf mijn Galaxy"
IOS_EN = "\n\nSent from my iPhone"
OUTLOOK_IOS = "\n\nDownload Outlook for iOS <https://aka.ms/o0ukef>"
DISCLAIMER_NL = (
    "\n\n------------------------------------------------------------\nDe informatie in dit e-mailbericht is "
    "vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Openbaarmaking, vermenigvuldiging of verstrekking "
    "aan derden is niet toegestaan. De gemeente aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit "
    "het gebruik van elektronische communicatie.\n------------------------------------------------------------"
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it. Think before you print."
)
WERKDAGEN = "\n\nIk werk op maandag, dinsdag en donderdag."
GROEN = "\n\n\U0001f331 Denk aan het milieu voordat u deze e-mail print."

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "h3-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Gerrit-Jan Oosterveld <gj.oosterveld@werkorganisatie-hunzedal.nl>",
     "body": "Prima, ik schuif aan. Tot de 11e!\n\nGerrit-Jan"},
    {"id": "h3-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "mr. C.W. (Carla) Boersma <c.boersma@gemeenten-waddenkust.nl>",
     "body": "Geacht secretariaat,\n\nTot mijn spijt moet ik mij voor het atelier van 11 maart afmelden. Op die "
             "datum vindt het jaarlijkse overleg met de provincie over de gemeentefinanciën plaats, dat ik als "
             "algemeen directeur niet kan overdragen.\n\nIk wens u een inspirerende bijeenkomst toe.\n\n"
             "Hoogachtend,\n\nmr. C.W. Boersma\nalgemeen directeur\nWerkorganisatie Waddenkust\n"
             "T 0519 - 29 44 10" + DISCLAIMER_NL},
    {"id": "h3-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Anouk Terpstra <a.terpstra@dal-en-heuvel.nl>",
     "body": "Hoi Stan en Melanie,\n\nJa, wij komen met z'n tweeën: ik neem mijn adjunct-directeur Sander Koopmans "
             "mee. Hij trekt bij ons het traject rond de nieuwe samenwerkingsovereenkomst.\n\nGroetjes,\nAnouk"},
    {"id": "h3-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Henk Veldkamp <h.veldkamp@deltawerk.nl>",
     "body": "Ik kom wel, maar pas rond drie uur; tot half drie zit ik in het college in Zierikzee.\n\n"
             "Met vriendelijke groet,\n\nHenk Veldkamp\nDirecteur Deltawerk | ambtelijke organisatie van drie "
             "eilandgemeenten\n06 41 27 93 05"},
    {"id": "h3-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Jacqueline Ruiter <j.ruiter@werkorganisatie-vechtstreek-oost.nl>",
     "body": "Beste Stan,\n\nZelf kan ik er die dag niet zijn. Wendy Akkerman, onze directeur Samenleving, gaat "
             "in mijn plaats: w.akkerman@werkorganisatie-vechtstreek-oost.nl.\n\nHartelijke groet,\nJacqueline"
             + IPHONE},
    {"id": "h3-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Ruben Kaptein <r.kaptein@bergenland.nl>",
     "body": "Goedemorgen,\n\nVorige week liet ik weten niet te kunnen, maar de raadsvergadering is naar de "
             "week erna geschoven. Dus: ik ben er op de 11e alsnog bij.\n\nGr. Ruben Kaptein"},
    {"id": "h3-rsvp-07", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Liesbeth Wolters <l.wolters@lingewaard-betuwe.nl>",
     "body": "Beste Melanie,\n\nIk had toegezegd, maar moet nu toch afzeggen: twee MT-leden zijn uitgevallen en "
             "ik kan de organisatie die middag niet alleen laten. Geef mijn plek gerust aan iemand van de "
             "wachtlijst.\n\nMet een vriendelijke groet,\nLiesbeth Wolters\nsecretaris-directeur"
             + WERKDAGEN},
    {"id": "h3-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Marc Dijkhuizen <marc.dijkhuizen@twentewerkt-gemeenten.nl>",
     "body": "Count me in - looking forward to it.\n\nMarc" + IOS_EN},
    {"id": "h3-rsvp-09", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Sarah Mulderij <s.mulderij@kustwerk.nl>",
     "body": "Dear Stan,\n\nUnfortunately I won't be able to join you on 11 March, as I'm on annual leave that "
             "week. I hope to see you at the next one.\n\nKind regards,\nSarah Mulderij\nManaging Director, "
             "Kustwerk" + DISCLAIMER_EN},
    {"id": "h3-rsvp-10", "kind": "rsvp", "attending": True, "thread": I,
     "subject": INV_SUBJECT, "sender": "Peter-Paul Claessens <pp.claessens@maasheuvel.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nJa, ik kom.\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel\n> personen u komt.\n\nNee, ik kom alleen.\n\n"
             "> Graag uw antwoord vóór 2 maart 2027.\n\nBij dezen :-)\n\nPeter-Paul"},
    {"id": "h3-rsvp-11", "kind": "rsvp", "attending": False, "thread": I,
     "subject": INV_SUBJECT, "sender": "Ingrid Hofstede <i.hofstede@gemeenten-drentsaa.nl>",
     "body": "Zie mijn antwoord hieronder.\n\n> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n\n"
             "Die middag heb ik de ondernemingsraad, dat kan ik niet verzetten.\n\n> Komt u? Beantwoord deze "
             "e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nNee, helaas.\n\nIngrid Hofstede"},
    {"id": "h3-rsvp-12", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart", "sender": "Thijs van Amerongen <t.vanamerongen@heuvelrug-west.nl>",
     "body": "Goedemiddag,\n\nHierbij meld ik mij aan voor het Leer- en inspireer-atelier van donderdag 11 maart "
             "in het Stadskantoor in Utrecht.\n\nMet vriendelijke groet,\n\nThijs van Amerongen\nDirecteur "
             "Werkorganisatie Heuvelrug-West\nPostbus 120, 3940 AC Doorn (fictief)\n0343 - 56 78 00"},
    {"id": "h3-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail", "sender": "Bart Ekkelkamp <b.ekkelkamp@achterhoek-oost.nl>",
     "body": "Haal me maar van de wachtlijst, ik kan inmiddels toch niet meer op die datum. Succes!\n\nBart"},
    {"id": "h3-rsvp-14", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Beste Stan,\n\nDank voor de uitnodiging, maar die middag ben ik zelf ook verhinderd. Ik heb Dirk "
             "gevraagd of hij iemand anders kan sturen.\n\nMet vriendelijke groet,\nMarieke de Vries"},
    {"id": "h3-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "apple", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Leuk! Ik ben er graag bij namens Dirk.\n\nMarieke" + IPHONE},
    {"id": "h3-rsvp-16", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                "eigenheid [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-generated"},
     "sender": "Jeroen Vink <j.vink@werkorganisatie-nieuwe-polders.nl>",
     "body": "Jeroen Vink heeft deze uitnodiging geaccepteerd.\n\nTot dan."},
    {"id": "h3-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "kees bolhuis <k.bolhuis@ommelanden-werkt.nl>",
     "body": "jep ben erbij\n\ngr kees"},
    {"id": "h3-rsvp-18", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "sender": "Dorien Smeenk <d.smeenk@ijsselvallei.nl>",
     "body": "Daar wil ik zeker bij zijn, staat al maanden in mijn agenda.\n\nDorien Smeenk | directeur | "
             "IJsselvallei werkorganisatie | 06-11223344"},
    {"id": "h3-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Frits Wesselink <f.wesselink@gemeenten-zandvoort-bloemendaal-oost.nl>",
     "body": "Aanmelden graag, ik kom. Anja heeft het al in mijn agenda gezet.\n\nFrits Wesselink"},
    {"id": "h3-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Nathalie Bouwhuis <n.bouwhuis@werkorganisatie-rijnwaarden.nl>",
     "body": "Beste secretariaat,\n\nWij komen met drie personen:\n\n1. Nathalie Bouwhuis, algemeen directeur\n"
             "2. Erik Hulshof, directeur bedrijfsvoering (e.hulshof@werkorganisatie-rijnwaarden.nl)\n"
             "3. Saskia Lamers, strategisch adviseur (s.lamers@werkorganisatie-rijnwaarden.nl)\n\n"
             "Met vriendelijke groet,\n\nNathalie Bouwhuis" + GROEN},
    {"id": "h3-rsvp-21", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Ad Verhoeven <a.verhoeven@kempenzuid.nl>",
     "body": "Goeiendag,\n\nIk ga het helaas niet redden die dag, we hebben dan onze eigen heisessie met het MT "
             "in Eersel.\n\nHoudoe,\nAd Verhoeven\ndirecteur Kempen-Zuid"},
    {"id": "h3-rsvp-22", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Rachid Bouzid <r.bouzid@amstelgouw-werkt.nl>",
     "body": "Hi Melanie,\n\nI'm abroad that week for a working visit. My deputy, Ahmed El Amrani "
             "(a.elamrani@amstelgouw-werkt.nl), will attend in my place.\n\nBest,\nRachid"},
    {"id": "h3-rsvp-23", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Jolanda Steggink <jolanda.steggink@noordoost-veluwe.nl>",
     "body": "Helaas, can't make it - het valt precies samen met onze begrotingsraad. Next time!\n\nJolanda"},
    {"id": "h3-rsvp-24", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Wim Hazeleger <w.hazeleger@gemeenten-land-van-maas.nl>",
     "body": "Lukt me niet helaas, griep" + IPHONE},
    {"id": "h3-rsvp-25", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "atelier 11/3", "sender": "Yvonne Klijnstra <y.klijnstra@fryske-marren-werk.nl>",
     "body": "Beste Stan,\n\nIk zie geen kans om op 11 maart in Utrecht te zijn; de dag erna begint onze "
             "reorganisatie en ik wil dan hier zijn.\n\nMei groetnis,\nYvonne Klijnstra"},
    {"id": "h3-rsvp-26", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Hans Lubbers <h.lubbers@saxenburg-gemeenten.nl>",
     "body": "Wij komen met z'n vieren uit de werkorganisatie: ikzelf en drie afdelingsmanagers.\n\nH. Lubbers"},
    {"id": "h3-rsvp-27", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Monique Geerdink <m.geerdink@berkelstroom.nl>",
     "body": "Jammer, door de nieuwe datum kan ik er niet meer bij zijn. Op 18 maart zit ik de hele dag in een "
             "arbitragezaak.\n\nMonique Geerdink"},
    {"id": "h3-rsvp-28", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail", "sender": "Sjoerd Hylkema <s.hylkema@waldwerk.nl>",
     "body": "De 18e komt mij juist beter uit dan de 11e. Zet me maar op de lijst voor het atelier!\n\nSjoerd"},
    {"id": "h3-rsvp-29", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Eleanor de Wit <e.dewit@noorderkwartier-werk.nl>",
     "body": "Yes, I'll be there, though I'll probably arrive around 3 pm as I'm travelling from Groningen.\n\n"
             "Eleanor de Wit\nDirector, Werkorganisatie Noorderkwartier"},
    {"id": "h3-rsvp-30", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Jacqueline Ruiter <j.ruiter@werkorganisatie-vechtstreek-oost.nl>",
     "body": "Beste Stan,\n\nMijn agenda is toch vrijgekomen, dus ik kom zelf. Wendy hoeft niet meer te "
             "komen; zij weet ervan.\n\nGroet,\nJacqueline Ruiter"},
    {"id": "h3-rsvp-31", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Drs. R.J.M. (Rob) Hendrikx <r.hendrikx@parkstad-zuid.nl>",
     "body": "Geachte heer Van de Laar,\n\nGaarne bevestig ik mijn aanwezigheid bij het atelier op 11 maart "
             "aanstaande.\n\nHoogachtend,\n\nDrs. R.J.M. Hendrikx\nGemeentesecretaris/algemeen directeur\n"
             "Werkorganisatie Parkstad-Zuid" + DISCLAIMER_NL},
    {"id": "h3-rsvp-32", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Niels Verhagen <n.verhagen@waalboog-werkt.nl>",
     "body": "Quick heads-up: something came up and I can no longer attend on Thursday. Please give my seat to "
             "someone on the waiting list.\n\nRegards,\nNiels Verhagen\nDirector Operations"},
    {"id": "h3-rsvp-33", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "sender": "Femke Oldenkamp <f.oldenkamp@oostermoer-werkt.nl>",
     "body": "Geen thema van mijn kant, maar ik kom in elk geval op 11 maart. Reserveer maar een plek voor mij."
             "\n\nFemke"},
    # -- SUBSCRIBE ------------------------------------------------------------------------------------------
    {"id": "h3-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Lidmaatschap netwerk",
     "sender": "Hester Vogelzang <h.vogelzang@werkorganisatie-kempenland-oost.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 februari ben ik benoemd tot algemeen directeur van de "
             "Werkorganisatie Kempenland-Oost, de ambtelijke organisatie van drie Brabantse gemeenten. Graag "
             "meld ik mij aan als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n\n"
             "Met vriendelijke groet,\n\nHester Vogelzang\nalgemeen directeur\nT 040 - 208 11 50"},
    {"id": "h3-subscribe-02", "kind": "subscribe", "thread": None, "subject": "netwerk",
     "sender": "bram@wierden-hellendoorn-werkt.nl",
     "body": "zet mij ook maar op jullie lijst, ben sinds kort de nieuwe directeur hier\n\nbram ter horst"
             + SAMSUNG},
    {"id": "h3-subscribe-03", "kind": "subscribe", "thread": None, "subject": "Joining the network",
     "sender": "Olivia Brinkman <o.brinkman@grensland-werkorganisatie.nl>",
     "body": "Hello,\n\nI'd like to join the network. I recently started as director of Grensland "
             "Werkorganisatie, which serves two municipalities on the German border.\n\nKind regards,\n"
             "Olivia Brinkman"},
    {"id": "h3-subscribe-04", "kind": "subscribe", "thread": None, "subject": "Aanmeldformulier",
     "sender": "Koen Stroeve <k.stroeve@de-venen-werkt.nl>",
     "body": "Naam: Koen Stroeve\nFunctie: directeur/gemeentesecretaris\nOrganisatie: De Venen werkt "
             "(ambtelijke fusie van 2 gemeenten)\nE-mail: k.stroeve@de-venen-werkt.nl\nTelefoon: 0297 - 38 12 "
             "00\nWil lid worden: ja"},
    {"id": "h3-subscribe-05", "kind": "subscribe", "thread": None, "subject": "Graag op de hoogte blijven",
     "sender": "Annelies Brugman <a.brugman@eemsdelta-noord.nl>",
     "body": "Beste mensen,\n\nWilt u mij voortaan op de hoogte houden van de ateliers? Ik ontvang graag de "
             "uitnodigingen en andere berichten van het netwerk.\n\nVriendelijke groet,\nAnnelies Brugman\n"
             "directeur Eemsdelta-Noord"},
    {"id": "h3-subscribe-06", "kind": "subscribe", "thread": None, "subject": "Aanmelding namens mevr. Van Os",
     "sender": "Secretariaat directie <directiesecretariaat@utrechtse-waarden.nl>",
     "body": "Goedemiddag,\n\nNamens onze algemeen directeur, mevrouw drs. L. (Liesbeth) van Os, meld ik haar aan "
             "voor het netwerk. Haar e-mailadres is l.vanos@utrechtse-waarden.nl.\n\nMet vriendelijke groet,\n\n"
             "Tamara Hoekman\nmanagementondersteuner directie\nWerkorganisatie Utrechtse Waarden"},
    {"id": "h3-subscribe-07", "kind": "subscribe", "thread": None, "subject": "Nieuwe collega-directeur",
     "sender": "Gerard Pauwels <g.pauwels@heuvelland-werkt.nl>",
     "body": "Dag Stan,\n\nGraag meld ik mijn nieuwe collega-directeur Bram Teunissen aan voor het netwerk; hij "
             "is per maart mede-directeur naast mij. Zijn adres: b.teunissen@heuvelland-werkt.nl.\n\nGroet,\n"
             "Gerard"},
    {"id": "h3-subscribe-08", "kind": "subscribe", "thread": None, "subject": "Please add our new director",
     "sender": "Office of the Director <office@veenkoloniale-werkorganisatie.nl>",
     "body": "Dear secretariat,\n\nPlease add our new director, Femke Jansma (femke.jansma@veenkoloniale-"
             "werkorganisatie.nl), to the network's members. She starts on 1 April.\n\nMany thanks,\n"
             "Lotte Meijering, executive assistant"},
    {"id": "h3-subscribe-09", "kind": "subscribe", "thread": None, "subject": "Lid worden",
     "sender": "Vincent Langeveld <v.langeveld@werkorganisatie-krimpenerland.nl>",
     "body": "Beste Stan van de Laar,\n\nOp het VGS-congres hoorde ik van een collega over jullie netwerk. Ik "
             "word graag lid.\n\nVincent Langeveld\nDirecteur Werkorganisatie Krimpenerland\n"
             "06 - 52 88 14 70" + DISCLAIMER_NL},
    {"id": "h3-subscribe-10", "kind": "subscribe", "thread": None, "subject": "Opnieuw lid",
     "sender": "Evelien Pos <e.pos@gemeenten-oostelijk-groene-hart.nl>",
     "body": "Goedemorgen,\n\nEen paar jaar geleden heb ik me bij jullie afgemeld toen ik naar de provincie ging. "
             "Nu ben ik weer directeur van een fusieorganisatie en wil ik graag opnieuw lid worden.\n\n"
             "Hartelijke groet,\nEvelien Pos"},
    {"id": "h3-subscribe-11", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
     "sender": "Marco Veenstra <m.veenstra@smallingerland-opsterland-werkt.nl>",
     "body": "Graag.\n\nMarco Veenstra\nDirecteur\nSmallingerland-Opsterland werkt"},
    {"id": "h3-subscribe-12", "kind": "subscribe", "thread": None, "subject": "Subscribe",
     "sender": "Daan Hofman <daan.hofman@lekstroom-gemeenten.nl>",
     "body": "Please sign me up. Thanks!\n\nDaan" + OUTLOOK_IOS},
    {"id": "h3-subscribe-13", "kind": "subscribe", "thread": None, "subject": "Deelname netwerk directeuren",
     "sender": "Sabine Wolterink <s.wolterink@werkorganisatie-berkelland.nl>",
     "body": "Beste secretariaat,\n\nIk wil graag deelnemen aan het netwerk. Mijn voorganger, Jan Ruesink, was "
             "al lid; ik heb zijn functie per 1 januari overgenomen.\n\nMet vriendelijke groet,\n"
             "Sabine Wolterink"},
    {"id": "h3-subscribe-14", "kind": "subscribe", "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Willem Dorrestein <w.dorrestein@alblasserwaard-werkt.nl>",
     "body": "Goedemiddag,\n\nDeze uitnodiging kreeg ik via mijn secretariaat van een collega doorgestuurd. Ik "
             "ben nog geen lid van het netwerk, maar word dat graag.\n\nWillem Dorrestein\nDirecteur "
             "Alblasserwaard werkt"},
    {"id": "h3-subscribe-15", "kind": "subscribe", "thread": None, "subject": "aanmelding",
     "sender": "Gijs Overdijk <g.overdijk@zuidplas-werkt.nl>",
     "body": "Graag aanmeldn voor het netwek, ik ben directuer van de ambtelijke fusieorganisatie Zuidplas "
             "werkt.\n\nGijs" + IPHONE},
    {"id": "h3-subscribe-16", "kind": "subscribe", "thread": None, "subject": "Aanmelding directeur bedrijfsvoering",
     "sender": "Peter Roozendaal <p.roozendaal@rivierenwerk.nl>",
     "body": "Beste Melanie,\n\nHierbij geef ik onze nieuwe directeur bedrijfsvoering op voor het netwerk: Ilse "
             "Verstappen, i.verstappen@rivierenwerk.nl. Zij wil graag lid worden.\n\nGroeten,\nPeter"},
    {"id": "h3-subscribe-17", "kind": "subscribe", "thread": None, "subject": "Membership request",
     "sender": "Dr. Thomas Achterberg <t.achterberg@werkorganisatie-westfriese-kust.nl>",
     "body": "Dear Sir or Madam,\n\nI would welcome the opportunity to become a member of the Network of "
             "Directors of Shared Municipal Organisations. I have been managing director of Westfriese Kust for "
             "six months.\n\nYours faithfully,\n\nDr. Thomas Achterberg\nManaging Director\n+31 228 55 90 10"
             + DISCLAIMER_EN},
    {"id": "h3-subscribe-18", "kind": "subscribe", "thread": None, "subject": "Verzoek toevoeging ledenlijst",
     "sender": "Anton Brouwers <a.brouwers@peelrand-gemeenten.nl>",
     "body": "Geachte heer, mevrouw,\n\nKunt u mij toevoegen aan de ledenlijst van het directeurennetwerk?\n\n"
             "Met vriendelijke groet,\n\nA.J.M. Brouwers\nalgemeen directeur Peelrand"},
    # -- UNSUBSCRIBE ----------------------------------------------------------------------------------------
    {"id": "h3-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Afmelding",
     "sender": "Jan Wessels <j.wessels@werkorganisatie-oldambt-oost.nl>",
     "body": "Beste Stan,\n\nPer 1 april ga ik met pensioen. Graag afmelden voor het netwerk.\n\nHet ga jullie "
             "goed,\nJan Wessels"},
    {"id": "h3-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Unsubscribe", "sender": "Linda Haverkamp <l.haverkamp@duinstreek-werkt.nl>",
     "body": "Please remove me from your mailing list.\n\nLinda Haverkamp"},
    {"id": "h3-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
     "sender": "mr. drs. F.A. Scholten <f.scholten@gemeenten-hollandsmidden.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming "
             "verzoek ik u al mijn persoonsgegevens te wissen en mij af te melden voor het netwerk. Graag "
             "ontvang ik een bevestiging binnen de wettelijke termijn.\n\nHoogachtend,\n\nmr. drs. F.A. "
             "Scholten" + DISCLAIMER_NL},
    {"id": "h3-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Karel Nijhof <k.nijhof@veluwezoom-werkt.nl>",
     "body": "Ik kom niet, en ik wil ook dat u al mijn gegevens verwijdert (AVG). Ik heb nooit om deze mails "
             "gevraagd.\n\nK. Nijhof"},
    {"id": "h3-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap", "sender": "Els Timmermans <e.timmermans@brabantse-wal-werkt.nl>",
     "body": "Beste Melanie,\n\nPer 1 mei vertrek ik bij de Brabantse Wal. Mijn opvolger Joost Wijnands "
             "(j.wijnands@brabantse-wal-werkt.nl) neemt het stokje over, ook in het netwerk.\n\nDank voor alle "
             "mooie ateliers!\n\nEls"},
    {"id": "h3-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Leaving - successor", "sender": "Mark Spijkerman <m.spijkerman@waterland-werkt.nl>",
     "body": "Dear Stan,\n\nI'm leaving the organisation at the end of this month. My successor, Karin de Groot "
             "(k.degroot@waterland-werkt.nl), will take over my place in the network.\n\nAll the best,\nMark"},
    {"id": "h3-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Tineke Algra <t.algra@noardlik-werk.nl>",
     "body": "Niet aanwezig. Eerlijk gezegd wil ik ook helemaal uit het netwerk, ik heb er te weinig tijd "
             "voor. Wilt u mij van de ledenlijst halen?\n\nTineke Algra"},
    {"id": "h3-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Gert Hoogendijk <g.hoogendijk@werkorganisatie-vijfheerenlanden-zuid.nl>",
     "body": "Geen thema's van mijn kant: ik stop met het netwerk. Dank voor de afgelopen jaren.\n\nGert "
             "Hoogendijk"},
    {"id": "h3-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "uitschrijven",
     "sender": "rik.mol@gemeenten-de-marne.nl",
     "body": "uitschrijven aub\n\nrik"},
    {"id": "h3-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd", "sender": "Frank Bijleveld <f.bijleveld@zaanoever.nl>",
     "body": "Ik heb me nooit voor dit netwerk aangemeld. Haal me van jullie lijst en stuur me niets meer.\n\n"
             "F. Bijleveld"},
    {"id": "h3-unsubscribe-11", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "GDPR erasure request", "sender": "Emma Vossen <e.vossen@mergelland-werkt.nl>",
     "body": "Dear secretariat,\n\nUnder Article 17 of the GDPR I request the erasure of all personal data you "
             "hold about me. Please also unsubscribe me from all mailings.\n\nRegards,\nEmma Vossen"},
    {"id": "h3-unsubscribe-12", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Afmelden en gegevens verwijderen", "sender": "Trudy Kamphuis <t.kamphuis@sallandse-heuvels.nl>",
     "body": "Goedemiddag,\n\nWilt u mij afmelden en mijn naam, functie en e-mailadres uit uw bestand "
             "verwijderen?\n\nMet vriendelijke groet,\nTrudy Kamphuis"},
    {"id": "h3-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Geen doelgroep meer", "sender": "Roel Damsma <roel.damsma@provincie-noordkust.nl>",
     "body": "Beste Stan,\n\nIk ben overgestapt naar de provincie en val dus niet meer onder de doelgroep van "
             "het netwerk. Afmelden graag.\n\nGroet,\nRoel Damsma"},
    {"id": "h3-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Hetty van Straaten <h.vanstraaten@krimpenerwaard-zuid.nl>",
     "body": "Dit was niet de bedoeling: ik wil geen lid zijn. Mijn secretariaat heeft mij per abuis "
             "aangemeld. Graag uitschrijven.\n\nH. van Straaten"},
    {"id": "h3-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Leo Vermeulen <l.vermeulen@werkorganisatie-drechtoever.nl>",
     "body": "Mijn functie wordt per 1 juni overgenomen door Mehmet Yilmaz, m.yilmaz@werkorganisatie-"
             "drechtoever.nl. Gelieve mij af te melden en de berichten voortaan aan hem te richten.\n\n"
             "Leo Vermeulen"},
    {"id": "h3-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "afmelden",
     "sender": "Corine Brand <c.brand@gemeenten-hoekse-waard-oost.nl>",
     "body": "Corine Brand\nDirecteur Hoekse Waard Oost\n06-27 31 80 44" + DISCLAIMER_NL},
    {"id": "h3-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes", "sender": "Bertus Meijerink <b.meijerink@dinkelland-tubbergen-werkt.nl>",
     "body": "Gelieve mij niet langer berichten van het netwerk te sturen; ik beëindig mijn lidmaatschap.\n\n"
             "Met vriendelijke groet,\nB. Meijerink"},
    {"id": "h3-unsubscribe-18", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "afmelden + wissen", "sender": "Sanne Wubbels <sanne.wubbels@oostgelre-werkt.nl>",
     "body": "Hoi, afmelden en alles van mij wissen graag, ook uit jullie CRM. Ik beroep me op mijn recht op "
             "vergetelheid.\n\nSanne" + IPHONE},
    {"id": "h3-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "sender": "Victor Lammers <v.lammers@zeeuwse-eilanden-werkt.nl>",
     "body": "No topics from me - I've moved to a role outside local government, so please take me off the "
             "members' list.\n\nVictor"},
    {"id": "h3-unsubscribe-20", "kind": "unsubscribe", "erase": False, "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Jan Wessels <j.wessels@werkorganisatie-oldambt-oost.nl>",
     "body": "Dank voor de bevestiging. Mijn functie wordt overgenomen door Marleen Huizinga, "
             "m.huizinga@werkorganisatie-oldambt-oost.nl; zij neemt mijn plek in het netwerk over.\n\nJan Wessels"},
    # -- CONFIRM --------------------------------------------------------------------------------------------
    {"id": "h3-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": ""},
    {"id": "h3-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "ja"},
    {"id": "h3-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Bevestigd." + IPHONE},
    {"id": "h3-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Yes, confirmed. Thank you.\n\nMarieke"},
    {"id": "h3-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Klopt, dat was ik. Graag!"},
    {"id": "h3-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "\n\nVerzonden vanaf mijn iPad"},
    {"id": "h3-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Hierbij bevestig ik mijn aanmelding.\n\nMet vriendelijke groet,\n\nM. de Vries-Ölçer\n"
             "directeur Werkorganisatie BBR" + DISCLAIMER_NL},
    {"id": "h3-confirm-08", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Sorry, over het hoofd gezien. Bij deze alsnog bevestigd!\n\nMarieke"},
    {"id": "h3-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "OK"},
    {"id": "h3-confirm-10", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-en", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "I confirm - and apologies for the delay.\n\nBest regards,\nMarieke de Vries" + DISCLAIMER_EN},
    {"id": "h3-confirm-11", "kind": "confirm", "thread": C, "subject": CONF_SUBJECT,
     "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "Ja hoor, bij dezen.\n\n> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 "
             "december 2026."},
    {"id": "h3-confirm-12", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Akkoord.\n\nMarieke de Vries-Ölçer | directeur | Werkorganisatie BBR | 0416 - 67 20 00" + GROEN},
    {"id": "h3-confirm-13", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "gmail", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Yes please!" + IOS_EN},
    # -- SUGGESTION -----------------------------------------------------------------------------------------
    {"id": "h3-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Hilde Bosscher <h.bosscher@werkorganisatie-westerkwartier-zuid.nl>",
     "body": "Beste Stan,\n\nIk bespreek graag hoe je als één werkorganisatie omgaat met drie gemeenten die "
             "elk iets anders van je verwachten: de ene wil vooral kosten besparen, de andere wil juist groeien.\n\n"
             "Groet,\nHilde Bosscher"},
    {"id": "h3-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Jeroen Blom <j.blom@ijsselland-werkt.nl>",
     "body": "Mijn voorstel: de digitalisering van onze werkprocessen. Hoe krijgen we één zaaksysteem en één "
             "manier van werken, in plaats van de drie systemen die we van de oude organisaties erfden?\n\nJeroen"},
    {"id": "h3-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Mirjam Tuinstra <m.tuinstra@hemelum-werk.nl>",
     "body": "Hoe meten we wat inwoners van onze dienstverlening vinden, en hoe sturen we op die prestaties?"
             + IPHONE},
    {"id": "h3-suggestion-04", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Paul Gerritsen <p.gerritsen@rijnvallei.nl>",
     "body": "Beste secretariaat,\n\nIk zou het graag hebben over een langetermijnvisie: waar staat onze "
             "werkorganisatie in 2035, en hoe kom je tot zo'n visie?\n\nVriendelijke groet,\n"
             "Paul Gerritsen\ndirecteur Rijnvallei"},
    {"id": "h3-suggestion-05", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Sietse Wiersma <s.wiersma@greidhoek-werk.nl>",
     "body": "Twee onderwerpen:\n- formatie en de krappe arbeidsmarkt: hoe vullen we onze vacatures?\n"
             "- de positie van onze fusie in de regio, nu de centrumgemeente steeds meer naar zich toe trekt.\n\n"
             "Sietse Wiersma"},
    {"id": "h3-suggestion-06", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Joanne Pieterse <j.pieterse@scheldeland-werkt.nl>",
     "body": "Hi Stan,\n\nI'd suggest a session on long-term strategy: where should a shared organisation be in "
             "ten years' time, and what does that mean for its policy agenda?\n\nCheers,\nJoanne"},
    {"id": "h3-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "sender": "Harm Lenferink <h.lenferink@losser-werkt.nl>",
     "body": "Niet weer de organisatiestructuur graag, daar hebben we het al vaak genoeg over gehad. Liever: hoe "
             "bedienen we ondernemers beter met één loket voor alle gemeenten?\n\nHarm Lenferink"},
    {"id": "h3-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": "Arjen Postma <a.postma@zuidwest-drenthe.nl>",
     "body": "Mooi atelier, dank! Voor de volgende keer: de begroting en financiële sturing van de "
             "werkorganisatie, nu de budgetten overal krimpen.\n\nArjen Postma"},
    {"id": "h3-suggestion-09", "kind": "suggestion", "themes": ["dienstverlening"], "thread": W,
     "quoted": "welkom", "quote": "gmail", "sender": "Fleur Dekkers <f.dekkers@baronie-werkt.nl>",
     "body": "Dank voor het welkom! Een onderwerp dat mij bezighoudt: hoe houd je de inwoner centraal als het "
             "loket op afstand van het eigen gemeentehuis komt te staan?\n\nFleur"},
    {"id": "h3-suggestion-10", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "subject": CALL_SUBJECT, "sender": "Wouter Sluiter <w.sluiter@de-wolden-hoogeveen-werkt.nl>",
     "body": "> Welk vraagstuk rond de\n> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nOns sturingsconcept: werken met domeinen en de rol van het MT daarin.\n\n"
             "Wouter Sluiter"},
    {"id": "h3-suggestion-11", "kind": "suggestion", "themes": ["strategie", "organisatie", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Maaike Rutgers <m.rutgers@werkorganisatie-gooi-zuid.nl>",
     "body": "Goedemiddag,\n\nDrie dingen die bij ons spelen:\n1) bestuurlijke prioriteiten bij een nieuw "
             "college, hoe stel je die samen vast;\n2) I&A en informatiebeveiliging;\n3) monitoring van onze "
             "prestaties richting inwoners.\n\nMet vriendelijke groet,\nMaaike Rutgers"},
    {"id": "h3-suggestion-12", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "joost kamps <j.kamps@maasenwaal-werkt.nl>",
     "body": "thema: onze regionale positie tov de centrumgemeente\n\njoost"},
    {"id": "h3-suggestion-13", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Ben Schuurman <b.schuurman@flevokust.nl>",
     "body": "Digital services for residents - chatbots, online permits, that kind of thing. Curious how others "
             "have rolled them out.\n\nBen"},
    {"id": "h3-suggestion-14", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Karin Roelofs <k.roelofs@liemers-werkt.nl>",
     "body": "Gezamenlijke opgaven zoals de energietransitie en de woningbouw: hoe pakken we die als vier "
             "gemeenten samen op, terwijl elk college zijn eigen ambities heeft?\n\nKarin Roelofs\n"
             "directeur Liemers werkt"},
    {"id": "h3-suggestion-15", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote", "sender": "Tom Aarts <t.aarts@kempen-noord.nl>",
     "body": "Ik zou het juist niet over visie en strategie hebben, maar over de praktijk: hoe organiseer je "
             "flexibele inzet van personeel tussen teams?\n\nTom Aarts"},
    {"id": "h3-suggestion-16", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "sender": "Marjolein Evers <m.evers@werkorganisatie-heuvelrug-oost.nl>",
     "body": "Nog een aanvulling: de verhouding tussen de deelnemende gemeenten als één gemeente veel groter is "
             "dan de andere twee.\n\nMarjolein"},
    {"id": "h3-suggestion-17", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "Idee voor het volgende atelier", "sender": "Erwin Kuipers <e.kuipers@noordenveld-tynaarlo.nl>",
     "body": "Beste Melanie,\n\nEen idee voor het volgende atelier: innovatie en de inzet van AI in onze "
             "werkprocessen. Wat doen anderen al, en hoe houd je het beheersbaar?\n\nGroet,\nErwin Kuipers"},
    {"id": "h3-suggestion-18", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Nadia Chaouch <n.chaouch@rijnmond-oost-werkt.nl>",
     "body": "Two topics:\n(a) managing the relationship between partner municipalities with different "
             "ambitions;\n(b) performance monitoring of our front office for residents and businesses.\n\nNadia"},
    {"id": "h3-suggestion-19", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "ir. J.H. van Dalen <j.vandalen@gelderse-vallei-werkt.nl>",
     "body": "Geacht secretariaat,\n\nAls thema draag ik voor: de inhoudelijke agenda van de werkorganisatie "
             "voor de komende raadsperiode.\n\nHoogachtend,\n\nir. J.H. van Dalen\nalgemeen directeur"
             + DISCLAIMER_NL},
    {"id": "h3-suggestion-20", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "apple", "sender": "Renate Zijlstra <r.zijlstra@waadhoeke-werk.nl>",
     "body": "Het vorige atelier ging over samenwerking. Dit keer stel ik voor: de klantreis van de inwoner "
             "bij het aanvragen van een vergunning." + IPHONE},
    {"id": "h3-suggestion-21", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Stefan Mulder <s.mulder@eemland-werkt.nl>",
     "body": "Onderwerp voor maart: hoe behoud je talent en jonge professionals in een organisatie die voor "
             "3 gemeenten werkt" + SAMSUNG},
    {"id": "h3-suggestion-22", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "Albert Hoving <a.hoving@oost-groningen-werkt.nl>",
     "body": "Wij zouden graag de toekomstvisie op onze organisatie bespreken: wat is over tien jaar onze "
             "koers, en welke bestuurlijke keuzes horen daarbij?\n\nA. Hoving"},
    {"id": "h3-suggestion-23", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "Ronald de Bruijn <r.debruijn@werkorganisatie-utrecht-west.nl>",
     "body": "De organisatiestructuur: van sectoren naar domeinen. Ik hoor graag de ervaringen van anderen.\n\n"
             "Ronald de Bruijn\nalgemeen directeur"},
    {"id": "h3-suggestion-24", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "Topic idea", "sender": "Lisa Verbruggen <l.verbruggen@markiezaat-werkt.nl>",
     "body": "Hi,\n\nTopic idea for the next atelier: customer service KPIs and dashboards for residents and "
             "local businesses.\n\nLisa"},
    {"id": "h3-suggestion-25", "kind": "suggestion", "themes": ["organisatie", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Michiel Groen <m.groen@bollenstreek-oost.nl>",
     "body": "Suggestie: strategic workforce planning, oftewel de formatie voor de komende vijf jaar. En "
             "daarnaast de bestuurlijke prioriteiten voor de komende raadsperiode.\n\nMichiel"},
    {"id": "h3-suggestion-26", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-en", "sender": "Hidde Jorritsma <h.jorritsma@marrewerk.nl>",
     "body": "Thanks for a great afternoon. For next time I'd like to discuss how to structure the management "
             "team of a merged organisation: span of control, number of layers, that sort of thing.\n\nHidde"},
    # -- AUTOREPLY ------------------------------------------------------------------------------------------
    {"id": "h3-autoreply-01", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Gerda Nieuwenhuis <g.nieuwenhuis@werkorganisatie-aa-en-hunze-oost.nl>",
     "body": "Dank voor uw bericht. Ik ben tot en met vrijdag 26 februari afwezig en lees mijn e-mail niet. "
             "Voor dringende zaken kunt u contact opnemen met het directiesecretariaat, telefoon 0592 - 26 75 "
             "00.\n\nMet vriendelijke groet,\nGerda Nieuwenhuis"},
    {"id": "h3-autoreply-02", "kind": "autoreply", "thread": R,
     "subject": "Out of Office: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "headers": {"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-replied"},
     "sender": "Simon Ravensbergen <s.ravensbergen@kennemerland-werkt.nl>",
     "body": "Thank you for your email. I am out of the office until 15 March with limited access to email. "
             "For urgent matters please contact my office manager at office@kennemerland-werkt.nl."},
    {"id": "h3-autoreply-03", "kind": "autoreply", "thread": T,
     "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "headers": {"Precedence": "auto_reply"},
     "sender": "Johan Kloosterman <j.kloosterman@veendam-pekela-werkt.nl>",
     "body": "Ik ben afwezig tot maandag 18 januari. Uw bericht wordt niet doorgestuurd."},
    {"id": "h3-autoreply-04", "kind": "autoreply", "thread": None, "subject": "Afwezig",
     "sender": "Anita Smits <a.smits@werkorganisatie-land-van-cuijk-noord.nl>",
     "body": "Beste afzender,\n\nVan 1 t/m 12 maart ben ik met vakantie. Ik heb geen toegang tot mijn mail. "
             "Neemt u voor spoedeisende zaken contact op met mijn collega Koen Arts "
             "(k.arts@werkorganisatie-land-van-cuijk-noord.nl).\n\nMet vriendelijke groet,\nAnita Smits"},
    {"id": "h3-autoreply-05", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "h.dejong@gemeente-oud-westdorp.nl",
     "body": "Dit e-mailadres is niet meer in gebruik. Uw bericht is niet doorgestuurd en wordt niet gelezen. "
             "Stuur uw e-mail naar info@werkorganisatie-westdorp.nl."},
    {"id": "h3-autoreply-06", "kind": "autoreply", "thread": None,
     "subject": "Uw e-mail is ontvangen [Zaaknummer Z-2027-04411]",
     "headers": {"Auto-Submitted": "auto-replied", "X-Mailer": "ZaakMailer 4.2"},
     "sender": "Gemeenten Hoeksch Land <noreply@hoeksch-land.nl>",
     "body": "Geachte afzender,\n\nBedankt voor uw e-mail. Uw bericht is geregistreerd onder zaaknummer "
             "Z-2027-04411. Wij streven ernaar u binnen tien werkdagen te antwoorden.\n\nDit is een "
             "automatisch gegenereerd bericht; u kunt hierop niet reageren."},
    {"id": "h3-autoreply-07", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord / Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Marloes Kroon <m.kroon@noordzeekanaal-werkt.nl>",
     "body": "Ik ben afwezig tot 9 maart. Uw e-mail wordt na mijn terugkomst behandeld.\n\nI am away until 9 "
             "March. Your email will be dealt with on my return.\n\nMarloes Kroon"},
    {"id": "h3-autoreply-08", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Dick Schoemaker <d.schoemaker@hollands-kroon-werk.nl>",
     "body": "Ik ben met vakantie en lees mijn mail niet. Vanaf 8 maart ben ik weer bereikbaar."},
    {"id": "h3-autoreply-09", "kind": "autoreply", "thread": R,
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Kim Huisman <k.huisman@tytsjerksteradiel-achtkarspelen-werkt.nl>",
     "body": "Ik ben met zwangerschapsverlof tot 1 juni. Mijn mail wordt niet doorgestuurd. Voor zaken van de "
             "directie kunt u terecht bij Pieter Yntema, p.yntema@tytsjerksteradiel-achtkarspelen-werkt.nl."},
    {"id": "h3-autoreply-10", "kind": "autoreply", "thread": None,
     "subject": "Automatic reply: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & "
                "eigenheid\" [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Hugo van Wijngaarden <h.vanwijngaarden@lek-en-linge-werkt.nl>",
     "body": "I am currently out of the office and will return on Monday 22 March. I will have limited access "
             "to email during this period."},
    {"id": "h3-autoreply-11", "kind": "autoreply", "thread": I,
     "subject": "Afwezigheidsbericht: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Carolien Beekman <c.beekman@altena-werkt.nl>",
     "body": "Goedendag,\n\nIn verband met een studiereis ben ik tot en met 10 maart niet aanwezig. Ik kom na "
             "mijn terugkeer graag bij u terug op uw bericht.\n\nHartelijke groet,\nCarolien Beekman"},
    {"id": "h3-autoreply-12", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Jos Reinders <j.reinders@venray-horst-werkt.nl>",
     "body": "Per 1 januari ben ik niet meer werkzaam bij Venray-Horst werkt. Deze mailbox wordt niet meer "
             "gelezen. Voor de directie kunt u mailen naar directie@venray-horst-werkt.nl."},
    {"id": "h3-autoreply-13", "kind": "autoreply", "thread": None,
     "subject": "Ontvangstbevestiging",
     "headers": {"Precedence": "bulk", "Auto-Submitted": "auto-generated"},
     "sender": "Klantcontactcentrum <kcc@gemeenten-nederbetuwe-tiel.nl>",
     "body": "Dit is een automatisch gegenereerd bericht.\n\nWij hebben uw e-mail in goede orde ontvangen en "
             "streven ernaar binnen vijf werkdagen te reageren. Hebt u een spoedeisende vraag? Bel dan 14 0344."},
    {"id": "h3-autoreply-14", "kind": "autoreply", "thread": T,
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? [atelier:2027-1]",
     "headers": {"X-Autoreply": "yes"},
     "sender": "Math Ramakers <m.ramakers@westelijke-mijnstreek-werkt.nl>",
     "body": "Ik ben vandaag afwezig in verband met carnaval. Vanaf woensdag ben ik weer bereikbaar.\n\n"
             "Alaaf,\nMath Ramakers"},
    {"id": "h3-autoreply-15", "kind": "autoreply", "thread": I,
     "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Laura Hendriks <l.hendriks@hart-van-brabant-werkt.nl>",
     "body": "Thank you for your message. I'm attending a conference abroad until 5 March and will respond as "
             "soon as possible after my return. Bedankt voor uw bericht, ik reageer na 5 maart."},
    # -- OTHER ----------------------------------------------------------------------------------------------
    {"id": "h3-other-01", "kind": "other", "thread": None, "subject": "Vraag over deelname",
     "sender": "Ellen Koster <e.koster@omgevingsdienst-rivierenland-noord.nl>",
     "body": "Goedemorgen,\n\nIs het netwerk ook toegankelijk voor directeuren van een gemeenschappelijke "
             "regeling, zoals een omgevingsdienst? Wij zijn geen ambtelijke fusie, maar werken wel voor zes "
             "gemeenten.\n\nMet vriendelijke groet,\nEllen Koster"},
    {"id": "h3-other-02", "kind": "other", "thread": None, "subject": "Kandidatuur Adviesraad",
     "sender": "Ferdinand Lohuis <f.lohuis@salland-werkt.nl>",
     "body": "Geacht secretariaat,\n\nGraag stel ik mij kandidaat voor de Adviesraad van het netwerk. Ik ben "
             "al vier jaar lid en heb ervaring met twee fusietrajecten. Mijn cv stuur ik mee.\n\nMet "
             "vriendelijke groet,\nFerdinand Lohuis"},
    {"id": "h3-other-03", "kind": "other", "thread": None, "subject": "Presentatie datagedreven sturing",
     "sender": "Bas Molenaar <bas@stuurdata-advies.nl>",
     "body": "Beste Stan en Melanie,\n\nWij zijn een adviesbureau in datagedreven sturing voor gemeenten en "
             "verzorgen graag een presentatie tijdens uw volgende atelier, kosteloos. Zullen we een kort "
             "belletje plannen?\n\nMet vriendelijke groet,\nBas Molenaar\nStuurdata Advies B.V.\n"
             "06 - 18 77 42 90 | www.stuurdata-advies.nl"},
    {"id": "h3-other-04", "kind": "other", "thread": None, "subject": "Uw mailbox is bijna vol",
     "sender": "IT Helpdesk <helpdesk@mail-beheer-portal.com>",
     "body": "Beste gebruiker,\n\nUw mailbox info@ambtelijkefusie.nl heeft 98% van de opslaglimiet bereikt. "
             "Binnenkomende berichten worden binnen 24 uur geweigerd. Klik hieronder om uw account te "
             "verifiëren en gratis extra opslag te krijgen:\n\nhttp://mail-beheer-portal.com/verify?u=info\n\n"
             "IT Helpdesk"},
    {"id": "h3-other-05", "kind": "other", "thread": None, "subject": "Verzoek interview ambtelijke fusies",
     "sender": "Noor Veldhuis <n.veldhuis@gemeentelijkkompas.nl>",
     "body": "Beste secretariaat,\n\nVoor een artikel in Gemeentelijk Kompas over tien jaar ambtelijke fusies "
             "zou ik graag een van de leden van het netwerk interviewen. Kunt u mij in contact brengen met een "
             "directeur die daarvoor openstaat?\n\nVriendelijke groet,\nNoor Veldhuis, redacteur"},
    {"id": "h3-other-06", "kind": "other", "thread": None, "subject": "Dhr. Pronk uit dienst",
     "sender": "Personeelszaken <pz@werkorganisatie-haarlemmerland.nl>",
     "body": "Geachte heer, mevrouw,\n\nDe heer W. Pronk is per 1 maart niet meer bij ons in dienst. Wilt u hem "
             "uit uw bestanden halen?\n\nMet vriendelijke groet,\nAfdeling Personeelszaken"},
    {"id": "h3-other-07", "kind": "other", "thread": None, "subject": "Verwijderen gegevens directeur",
     "sender": "Bureau directie <bureaudirectie@gemeenten-ooststellingwerf-west.nl>",
     "body": "Goedemiddag,\n\nNamens onze directeur, mevrouw Hiemstra, verzoek ik u haar persoonsgegevens uit uw "
             "administratie te verwijderen. Zij wenst geen berichten meer te ontvangen.\n\nMet vriendelijke "
             "groet,\nGreetje Zandstra, directiesecretaresse"},
    {"id": "h3-other-08", "kind": "other", "thread": None, "subject": "Nieuw e-mailadres directeur",
     "sender": "Secretariaat <secretariaat@kromme-rijn-werkt.nl>",
     "body": "Beste mensen,\n\nHet e-mailadres van onze directeur, Robert Tervoort, wijzigt per 1 maart van "
             "r.tervoort@kromme-rijn.nl naar robert.tervoort@kromme-rijn-werkt.nl. Willen jullie dat aanpassen?"
             "\n\nGroet,\nMieke"},
    {"id": "h3-other-09", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Hanneke Visscher <h.visscher@oostflakkee-werkt.nl>",
     "body": "Ik kom graag. Mag ik mijn beleidsadviseur ook meenemen? Zij is geen directeur, maar trekt bij ons "
             "het dossier couleur locale.\n\nHanneke"},
    {"id": "h3-other-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Reinier Blokzijl <r.blokzijl@vollenhove-werkt.nl>",
     "body": "Ik kan er helaas niet bij zijn. Kunnen jullie de presentaties en het verslag achteraf naar mij "
             "sturen, en kan ik de online link ook gebruiken om een deel te volgen?\n\nReinier"},
    {"id": "h3-other-11", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Crediteurenadministratie <crediteuren@lopikerwaard-werkt.nl>",
     "body": "Goedemorgen,\n\nWat kost deelname aan het atelier? Wij moeten daarvoor vooraf een inkoopnummer "
             "aanmaken.\n\nMet vriendelijke groet,\nTeam Financiën"},
    {"id": "h3-other-12", "kind": "other", "thread": None, "subject": "Dubbele mails",
     "sender": "Cees Boer <c.boer@westland-oost-werkt.nl>",
     "body": "Ik krijg al jullie mails drie keer binnen. Kan dat één keer worden?\n\nCees Boer"},
    {"id": "h3-other-13", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "apple",
     "sender": "Ingeborg Tiemens <i.tiemens@barneveld-scherpenzeel-werkt.nl>",
     "body": "Klopt het dat het atelier op donderdag is? In mijn agenda staat woensdag de 10e." + IPHONE},
    {"id": "h3-other-14", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Guus Hermans <g.hermans@peelland-werkt.nl>",
     "body": "Beste Melanie,\n\nVoordat ik toezeg: is het Stadskantoor rolstoeltoegankelijk, en is er een "
             "invalidenparkeerplaats dichtbij?\n\nGroet,\nGuus Hermans"},
    {"id": "h3-other-15", "kind": "other", "thread": None, "subject": "Nog lid?",
     "sender": "Marga Doornbos <m.doornbos@pekela-oldambt-werkt.nl>",
     "body": "Hallo,\n\nBen ik eigenlijk nog lid? Ik heb al lang niets van jullie ontvangen.\n\nMarga Doornbos"},
    {"id": "h3-other-16", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Philippe Vandenberghe <p.vandenberghe@grenswerk-zeeland.nl>",
     "body": "Dear Stan,\n\nIs the atelier held in English, or only in Dutch? I'm Belgian and my Dutch is fine, "
             "but our new HR director only speaks English.\n\nBest regards,\nPhilippe"},
    {"id": "h3-other-17", "kind": "other", "thread": None, "subject": "Offerte lunch volgende bijeenkomst",
     "sender": "Smaakmakers Catering <verkoop@smaakmakers-catering.nl>",
     "body": "Geachte organisatie,\n\nGraag verzorgen wij de lunch bij uw volgende bijeenkomst. In de bijlage "
             "vindt u onze offerte voor 30 personen, inclusief vegetarische en halal opties.\n\nMet smakelijke "
             "groet,\nSmaakmakers Catering\n030 - 244 18 18"},
    {"id": "h3-other-18", "kind": "other", "thread": None, "subject": "Interview voor masterscriptie",
     "sender": "Lars Oudejans <l.oudejans@student.universiteit-randstad.nl>",
     "body": "Beste heer Van de Laar,\n\nVoor mijn masterscriptie Bestuurskunde onderzoek ik de sturing van "
             "ambtelijke fusieorganisaties. Zou ik via het netwerk leden mogen benaderen voor een interview van "
             "een uur?\n\nMet vriendelijke groet,\nLars Oudejans"},
    {"id": "h3-other-19", "kind": "other", "thread": None, "subject": "Betalingsherinnering factuur 2027-0113",
     "sender": "Debiteurenbeheer <noreply@factuur-incasso-online.com>",
     "body": "Geachte klant,\n\nUit onze administratie blijkt dat factuur 2027-0113 (EUR 1.249,00) nog niet is "
             "voldaan. Bekijk de factuur en betaal direct via de onderstaande link om extra kosten te "
             "voorkomen:\n\nhttps://factuur-incasso-online.com/betaal?id=0113\n\nMet vriendelijke groet,\n"
             "Debiteurenbeheer"},
    {"id": "h3-other-20", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "Patrick Wijers <p.wijers@land-van-heusden-werkt.nl>",
     "body": "Kan mijn collega Tom ook de uitnodigingen krijgen? Hij is geen directeur maar wel nauw betrokken "
             "bij onze doorontwikkeling.\n\nPatrick"},
    {"id": "h3-other-21", "kind": "other", "thread": None, "subject": "Afmelden, maar...",
     "sender": "Ria Kuiper <r.kuiper@westerveld-meppel-werkt.nl>",
     "body": "Beste Stan,\n\nIk vertrek binnenkort. Kan mijn opvolger dan nog het verslag van het komende atelier "
             "krijgen, ook al is die nog niet benoemd? Dan weet ik of ik me nu al afmeld of pas later.\n\nRia"},
    {"id": "h3-other-22", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Koos Hamstra <k.hamstra@harlingen-terschelling-werkt.nl>",
     "body": "Dank voor het verslag en de fijne middag! Het was de reis meer dan waard.\n\nKoos"},
    {"id": "h3-other-23", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-lijn",
     "sender": "Bianca Lodewijks <b.lodewijks@brunssum-landgraaf-werkt.nl>",
     "body": "De Teams-link werkt bij mij niet, ik krijg een foutmelding. Kunnen jullie een nieuwe sturen?\n\n"
             "Bianca"},
    {"id": "h3-other-24", "kind": "other", "thread": None, "subject": "15 minutes on your agenda?",
     "sender": "Jake Morrison <jake@civicloop.io>",
     "body": "Hi there,\n\nWe're a SaaS company offering citizen engagement platforms to Dutch municipalities. "
             "Could we get 15 minutes on the agenda of your next atelier to show a demo?\n\nBest,\nJake Morrison\n"
             "Head of Partnerships, CivicLoop"},
    {"id": "h3-other-25", "kind": "other", "thread": None, "subject": "Samenstelling Adviesraad",
     "sender": "Diederik Loos <d.loos@werkorganisatie-groene-hart-noord.nl>",
     "body": "Hoe is de Adviesraad eigenlijk samengesteld, en wanneer komen er plekken vrij? Ik overweeg me te "
             "melden.\n\nD. Loos"},
    {"id": "h3-other-26", "kind": "other", "thread": None, "subject": "Overzicht deelnemers",
     "sender": "Yara Boukhari <y.boukhari@werkorganisatie-midden-delfland-west.nl>",
     "body": "Beste secretariaat,\n\nKunt u mij een overzicht sturen van de deelnemende organisaties? Ik wil "
             "graag weten of onze buurgemeenten ook meedoen.\n\nMet vriendelijke groet,\nYara Boukhari"},
    {"id": "h3-other-27", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "gmail",
     "sender": "Tjeerd Bakker <t.bakker@zuidoost-friesland-werkt.nl>",
     "body": "Jammer! Weten jullie al een nieuwe datum?\n\nTjeerd"},
    {"id": "h3-other-28", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "sender": "Sanne Overbeek <secretariaat@gemeente.nl>",
     "body": "Hoi Peter,\n\nWil je hierheen of niet? Laat maar even weten, dan regel ik de rest.\n\nGroet, Sanne"},
    {"id": "h3-other-29", "kind": "other", "thread": None, "subject": "Locatie volgend atelier",
     "sender": "Rutger Vos <r.vos@werkorganisatie-steenwijkerland-noord.nl>",
     "body": "Beste Stan,\n\nWij bieden graag onze nieuwe raadzaal aan als locatie voor een volgend atelier. "
             "Er is plek voor veertig mensen en het ligt naast het station.\n\nGroet,\nRutger Vos"},
    {"id": "h3-other-30", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "notes-wrote",
     "sender": "drs. Wendelien Smulders <w.smulders@baarle-werkt.nl>",
     "body": "Krijgen deelnemers een bewijs van deelname? Ik heb het nodig voor mijn PE-punten bij de "
             "beroepsvereniging.\n\nW. Smulders"},
    {"id": "h3-other-31", "kind": "other", "thread": None, "subject": "Lidmaatschap na herindeling",
     "sender": "Otto Dekker <o.dekker@gemeente-nieuw-schouwen.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 januari zijn onze twee gemeenten heringedeeld tot één gemeente. Wij "
             "zijn dus geen ambtelijke fusie meer. Kan ik dan toch lid blijven van het netwerk?\n\n"
             "Met vriendelijke groet,\nOtto Dekker\ngemeentesecretaris" + DISCLAIMER_NL},
    {"id": "h3-other-32", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Wendy Tan <w.tan@amstelland-werkt.nl>",
     "body": "Hi,\n\nCould you resend the calendar invite? The attachment didn't come through on my phone.\n\n"
             "Thanks,\nWendy" + IOS_EN},
    {"id": "h3-other-33", "kind": "other", "thread": None, "subject": "Eligibility",
     "sender": "Ruth Kamerbeek <r.kamerbeek@binnenmaas-werkt.nl>",
     "body": "Hello,\n\nAre deputy directors also eligible for membership, or only the statutory director? "
             "I'm deputy at Binnenmaas werkt.\n\nKind regards,\nRuth Kamerbeek"},
]
# fmt: on
