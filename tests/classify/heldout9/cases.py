"""The ninth held-out set's cases (issue 17); see the package docstring for how the writing differs."""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
SAMSUNG = "\n\nVerzonden vanaf mijn Galaxy"
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
DISCLAIMER = (
    "\n\n----------\nDe informatie verzonden met dit e-mailbericht (en bijlagen) is uitsluitend bestemd voor de "
    "geadresseerde(n) en kan vertrouwelijke informatie bevatten. Openbaarmaking, vermenigvuldiging, verspreiding "
    "en/of verstrekking van deze informatie aan derden is niet toegestaan. Werkorganisatie Lingewaard-Betuwe "
    "aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik van e-mail."
)
GREEN = "\n\nDenk aan het milieu voordat u deze e-mail print."
# The retiring director: long, courteous letters, initials and titles.
OUDSHOORN = (
    "\n\nMet vriendelijke en collegiale groet,\n\ndrs. H.J.M. (Henk) Oudshoorn\nalgemeen directeur\n"
    "Werkorganisatie Duivenwaard\n(gemeenten Duivenwaard, Heukelom en Achterveld)\nT 0345 - 58 12 00"
)
# The young interim manager: fragments, no capitals, a one-line signature.
SEM = "\n\nsem\n--\nSem Kuipers | interim directeur a.i. | WO Hollandse Delta-Oost | 06 41 88 20 17"
# The English-speaking director of a shared service centre.
CLAIRE = (
    "\n\nKind regards,\n\nClaire Whitfield\nDirector | Shared Service Centre Kempenland\n"
    "M +31 6 2094 7731 | c.whitfield@ssc-kempenland.nl"
)
# The management assistant with a fixed template.
FOKKEMA_HEAD = "Geachte heer, mevrouw,\n\nNamens {who} bericht ik u het volgende.\n\n"
FOKKEMA_SIG = (
    "\n\nVertrouwende u hiermee voldoende te hebben geïnformeerd.\n\nMet vriendelijke groet,\n\nIngrid Fokkema\n"
    "Managementondersteuning Directie | Werkorganisatie Waardlanden-Oost\nT 0183 - 64 21 09 | bereikbaar ma, di, do"
)
BRABANT = "\n\nHoudoe,\nToon van Gestel\ngemeentesecretaris/directeur Werkorganisatie Peel en Aa"
TWENTS = "\n\nGoodn dag nog,\nGerrit Nijhuis\ndirecteur Dinkel-Regge Werkorganisatie"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "h9-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "H.J.M. Oudshoorn <h.oudshoorn@wo-duivenwaard.nl>",
     "body": "Geacht secretariaat, beste Stan en Melanie,\n\nHet zal u wellicht niet ontgaan zijn dat ik per 1 juli "
             "a.s. na ruim eenenveertig dienstjaren, waarvan de laatste negen als directeur van onze "
             "werkorganisatie, met pensioen ga. Des te meer verheugt het mij dat het atelier van 11 maart nog "
             "binnen mijn ambtstermijn valt. Het vraagstuk van de couleur locale heeft mij al die jaren bezig "
             "gehouden, en ik acht het een voorrecht daar nog eenmaal met collega's over van gedachten te "
             "wisselen.\n\nU kunt derhalve op mijn aanwezigheid rekenen." + OUDSHOORN},
    {"id": "h9-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Sem Kuipers <s.kuipers@wo-hollandsedelta-oost.nl>",
     "body": "lukt niet. 11/3 stuurgroep + raadsinfo avond. volgende keer" + SEM},
    {"id": "h9-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Claire Whitfield <c.whitfield@ssc-kempenland.nl>",
     "body": "Dear Stan, dear Melanie,\n\nThank you for the invitation. I'd be delighted to join on 11 March. "
             "I'll follow the Dutch as best I can - feel free to switch to English if I look lost!" + CLAIRE},
    {"id": "h9-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Ingrid Fokkema <i.fokkema@waardlanden-oost.nl>",
     "body": FOKKEMA_HEAD.format(who="de heer drs. P.C. Verhagen, directeur") +
             "De heer Verhagen is op donderdag 11 maart 2027 wegens andere verplichtingen helaas verhinderd het "
             "Leer- en inspireer-atelier bij te wonen. Hij betreurt dit zeer." + FOKKEMA_SIG},
    {"id": "h9-rsvp-05", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Wendy Baars <w.baars@werkorganisatie-vijfheerenlanden-zuid.nl>",
     "body": "Staat in mijn agenda, tot donderdag!" + IPHONE},
    {"id": "h9-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Rob Oldenkamp <r.oldenkamp@bsd-oostgelre.nl>",
     "body": "Goedemorgen,\n\nIk kan zelf niet, maar ik stuur Fatima el Amrani, onze teammanager "
             "Publiekszaken (f.elamrani@bsd-oostgelre.nl). Zij zit dicht op het vraagstuk van de kernen.\n\n"
             "Met groet,\nRob Oldenkamp" + DISCLAIMER},
    {"id": "h9-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "A. Brinkman <a.brinkman@gemeenten-westerkwartier-noord.nl>",
     "body": "Wij komen met z'n drieën: ikzelf, Hanneke Post (concerncontroller) en Dirk-Jan Mulder (strateeg)."
             "\n\nAlbert Brinkman"},
    {"id": "h9-rsvp-08", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Marloes Vink <m.vink@dewoldenhoogeveen-wo.nl>",
     "body": "Beste Stan,\n\nVervelend, maar ik moet het laten schieten: de gemeenteraad van Oosterwolde heeft een "
             "extra vergadering over de jaarrekening ingelast en daar moet ik bij zijn. Geef mijn plek maar aan "
             "iemand van de wachtlijst.\n\nGroet, Marloes"},
    {"id": "h9-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Koen Jacobs <k.jacobs@wo-maasenwaal.nl>",
     "body": "Ik heb gezien dat ik op de wachtlijst sta. Mocht er een plek vrijkomen: ik kan die middag nog steeds, "
             "ik houd hem vrij.\n\nKoen"},
    {"id": "h9-rsvp-10", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Jolanda Spijkerman <j.spijkerman@wo-rijnenvliet.nl>",
     "body": "Vorige week schreef ik dat ik zou komen, maar ik moet daarop terugkomen. Mijn collega-directeur is "
             "ziek en ik neem haar raadsvergadering over. Excuses voor het gedoe.\n\nJolanda Spijkerman"},
    {"id": "h9-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Bert Hazeleger <b.hazeleger@werkorganisatie-alblasserwaard.nl>",
     "body": "Eerder gaf ik aan verhinderd te zijn. Het overleg met de provincie is verschoven, dus ik kan nu toch. "
             "Als er nog plek is, graag alsnog noteren.\n\nB. Hazeleger"},
    {"id": "h9-rsvp-12", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart - Werkorganisatie Zuidplas-Waddinxveen",
     "sender": "Esther Koolhaas <e.koolhaas@wozw.nl>",
     "body": "Beste secretariaat,\n\nIk heb de uitnodiging voor het atelier op 11 maart in Utrecht via een collega "
             "doorgekregen (mijn eigen exemplaar kan ik niet terugvinden). Graag schrijf ik mij in. Ik ben al "
             "lid van het netwerk.\n\nMet vriendelijke groet,\nEsther Koolhaas\nalgemeen directeur"},
    {"id": "h9-rsvp-13", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                "eigenheid [atelier:2027-1]",
     "sender": "Jeroen Dekker <j.dekker@wo-berkelland.nl>",
     "body": "Jeroen Dekker heeft deze uitnodiging geaccepteerd."},
    {"id": "h9-rsvp-14", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Declined: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                "eigenheid [atelier:2027-1]",
     "sender": "Claire Whitfield <c.whitfield@ssc-kempenland.nl>",
     "body": "Sorry - turns out our audit committee meets that afternoon. Hope to make the autumn one." + CLAIRE},
    {"id": "h9-rsvp-15", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Voorlopig geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Nicole Smeets <n.smeets@wo-heuvelland.nl>",
     "body": "Ik heb hem als voorlopig staan omdat de agenda van de burgemeester nog niet rond is, maar ik verwacht "
             "er gewoon te zijn. Ga er maar van uit dat ik kom, tenzij ik nog iets laat weten.\n\nNicole"},
    {"id": "h9-rsvp-16", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Toon van Gestel <t.vangestel@peelenaa-wo.nl>",
     "body": "Anja, stuur jij even terug dat het me niet gaat lukken? Staat de begrotingsmiddag van het "
             "samenwerkingsverband al maanden op die datum." + BRABANT},
    {"id": "h9-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Gerrit Nijhuis <g.nijhuis@dinkelregge.nl>",
     "body": "Dag Stan,\n\nDaor kom ik geern op af. Ik neem de trein, dus als het iets uitloopt bij het station "
             "weet je waarom ;-)" + TWENTS},
    {"id": "h9-rsvp-18", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Yvonne Timmer <y.timmer@wo-kromme-rijn.nl>",
     "body": "Helaas, ik ben die week met verlof (voorjaarsvakantie hier in het zuiden is een week later dan ik "
             "dacht). Ik lees het verslag graag na." + IPHONE},
    {"id": "h9-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Dennis Bouwman <d.bouwman@wo-noordoostpolder-urk.nl>",
     "body": "Aanwezig, +1 (mijn plaatsvervanger Ilse Kramer schuift ook aan).\n\nDennis"},
    {"id": "h9-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Fatima el Amrani <f.elamrani@bsd-oostgelre.nl>",
     "body": "Beste mensen,\n\nRob had mij opgegeven in zijn plaats, maar ik ben die dag onverwacht nodig bij de "
             "verkiezingsvoorbereiding. Ik moet dus helaas afzeggen. Ik heb Rob ingelicht.\n\nVriendelijke "
             "groet,\nFatima el Amrani\nteammanager Publiekszaken"},
    {"id": "h9-rsvp-21", "kind": "rsvp", "attending": True, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Harm Zijlstra <h.zijlstra@wo-opsterland-ooststellingwerf.nl>",
     "body": "Hallo,\n\nIk antwoord maar even op deze mail, die andere kan ik niet meer vinden. Ik wil graag "
             "komen naar het atelier op 11 maart in Utrecht.\n\nGr Harm Zijlstra"},
    {"id": "h9-rsvp-22", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes-wrote", "sender": "Paul Sanders <p.sanders@werkorganisatie-brabantse-wal.nl>",
     "body": "Geachte heer Van de Laar,\n\nDoor een samenloop van omstandigheden ben ik genoodzaakt mijn "
             "deelname in te trekken. Mijn gast komt uiteraard ook niet.\n\nHoogachtend,\nP.A.M. Sanders"},
    {"id": "h9-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Linda de Wit <l.dewit@wo-gooise-meren-oost.nl>",
     "body": "Dat klinkt als precies het gesprek dat wij nu voeren. Ik ben er.\n\nLinda" + OUTLOOK_IOS},
    {"id": "h9-rsvp-24", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Mark Verschoor <m.verschoor@wo-altena-werkendam.nl>",
     "body": "Nee helaas, ik zit dan nog in Lissabon (studiereis VNG). Mijn excuses." + SAMSUNG},
    {"id": "h9-rsvp-25", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Saskia Boersma <s.boersma@wo-harlingen-terschelling.nl>",
     "body": "De nieuwe datum (18 maart) komt me zelfs beter uit. Ik kom, inclusief de boot van 7.15 uur ;-)\n\n"
             "Saskia"},
    {"id": "h9-rsvp-26", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn", "sender": "Hans Ouwerkerk <h.ouwerkerk@wo-krimpenerwaard-zuid.nl>",
     "body": "Op 11 maart had ik gekund, op 18 maart zit ik in de raad. Dus helaas, voor de nieuwe datum moet ik "
             "afhaken.\n\nmvg Hans Ouwerkerk"},
    {"id": "h9-rsvp-27", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Petra Lammers <p.lammers@wo-zeeuwse-eilanden.nl>",
     "body": "Hierbij geef ik mij op. Ik kom alleen.\n\nMet hartelijke groet,\nPetra Lammers"},
    {"id": "h9-rsvp-28", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Sem Kuipers <s.kuipers@wo-hollandsedelta-oost.nl>",
     "body": "update: toch niet. 11/3 middag accountant erbij gezet, schuift niet. sorry" + SEM},
    {"id": "h9-rsvp-29", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Ahmet Yilmaz <a.yilmaz@wo-overbetuwe-neder.nl>",
     "body": "Beste Stan,\n\nJa, ik kom. Ik neem onze bestuursadviseur Lotte van Dam mee, dus graag twee plaatsen. "
             "Lotte eet vegetarisch.\n\nAhmet"},
    {"id": "h9-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Tineke Roelofs <tineke.roelofs@wo-oldambt-pekela.nl>",
     "body": "Beste Melanie,\n\nMijn zoon trouwt die dag, dus daar moet ik echt bij zijn :-) Ik sla deze keer over."
             "\n\nHartelijke groet,\nTineke"},
    # -- Sign-ups -------------------------------------------------------------------------------------------
    {"id": "h9-subscribe-01", "kind": "subscribe", "thread": None, "subject": "lid worden",
     "sender": "Sanne Holtkamp <s.holtkamp@wo-tubbergen-dinkelland.nl>",
     "body": "Goedemiddag,\n\nSinds 1 november ben ik directeur van de werkorganisatie Tubbergen-Dinkelland. Een "
             "collega wees me op jullie netwerk. Ik sluit graag aan.\n\nMet vriendelijke groet,\nSanne Holtkamp"},
    {"id": "h9-subscribe-02", "kind": "subscribe", "thread": None, "subject": "Membership",
     "sender": "Claire Whitfield <c.whitfield@ssc-kempenland.nl>",
     "body": "Hello,\n\nI've recently started as director of the shared service centre for four municipalities in "
             "the Kempen region. A colleague mentioned your network - could you add me as a member? Happy to "
             "receive everything in Dutch." + CLAIRE},
    {"id": "h9-subscribe-03", "kind": "subscribe", "thread": None, "subject": "aanmelding netwerk",
     "sender": "Sem Kuipers <s.kuipers@wo-hollandsedelta-oost.nl>",
     "body": "hoi, graag toevoegen aan het netwerk. interim hier tot zomer minstens" + SEM},
    {"id": "h9-subscribe-04", "kind": "subscribe", "thread": None,
     "subject": "Verzoek tot toetreding Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "drs. W.F. Grootveld <w.grootveld@werkorganisatie-heerde-olst.nl>",
     "body": "Geacht secretariaat,\n\nMet belangstelling heb ik kennisgenomen van de brochure van uw netwerk, die "
             "mij onlangs door een collega-gemeentesecretaris werd overhandigd. Onze werkorganisatie, die sinds "
             "2019 de gemeenten Heerde en Olst-Wijhe bedient, kampt met vraagstukken die ik daarin herkende. Ik "
             "verzoek u dan ook mij als lid van het netwerk in te schrijven.\n\nHoogachtend,\n\n"
             "drs. W.F. Grootveld\ndirecteur/gemeentesecretaris"},
    {"id": "h9-subscribe-05", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
     "sender": "Gerrit Nijhuis <g.nijhuis@dinkelregge.nl>",
     "body": "Naam: Gerrit Nijhuis\nFunctie: directeur\nOrganisatie: Dinkel-Regge Werkorganisatie (Losser, "
             "Oldenzaal)\nE-mail: g.nijhuis@dinkelregge.nl\nTelefoon: 053 - 538 11 00"},
    {"id": "h9-subscribe-06", "kind": "subscribe", "thread": None, "subject": "",
     "sender": "Monique Hendriksen <m.hendriksen@wo-beekdaelen-noord.nl>",
     "body": "Beste heer/mevrouw, ik zou graag deel uitmaken van het netwerk van directeuren. Ik ben sinds "
             "september algemeen directeur bij ons. Alvast bedankt! Monique Hendriksen" + SAMSUNG},
    {"id": "h9-subscribe-07", "kind": "subscribe", "thread": None, "subject": "Inschrijving",
     "sender": "Jan-Willem Tromp <jw.tromp@wo-montferland-zevenaar.nl>",
     "body": "Goedendag,\n\nMijn voorganger Wim Arends was lid; die is vertrokken en ik ben zijn opvolger. Wilt u mij "
             "ook inschrijven? Wim heeft zich volgens mij zelf al afgemeld.\n\nJan-Willem Tromp\ndirecteur"},
    {"id": "h9-subscribe-08", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Marleen Bos <marleen.bos@wo-westbetuwe.nl>",
     "body": "Dag Stan,\n\nVorig jaar heb ik me afgemeld toen ik naar de provincie ging. Nu ben ik terug bij een "
             "werkorganisatie (West Betuwe) en wil ik graag weer meedoen. Dit is mijn nieuwe adres.\n\nMarleen"},
    {"id": "h9-subscribe-09", "kind": "subscribe", "thread": None, "subject": "Aanmelden voor nieuwsbrief/atelier",
     "sender": "Roel Tjeerdsma <r.tjeerdsma@wo-smallingerland-opsterland.nl>",
     "body": "Graag ontvang ik voortaan de uitnodigingen voor de ateliers. Kan dat?\n\nRoel Tjeerdsma, "
             "algemeen directeur"},
    {"id": "h9-subscribe-10", "kind": "subscribe", "thread": None, "subject": "Ik wil lid worden",
     "sender": "Ilse Vermeulen <ilse.vermeulen@wo-land-van-cuijk-oost.nl>",
     "body": "Beste secretariaat,\n\nVia LinkedIn zag ik een bericht over jullie laatste atelier voorbijkomen. "
             "Sinds de fusie van vijf gemeenten in het Land van Cuijk leid ik de ambtelijke organisatie van drie "
             "ervan en ik herken heel veel van de dilemma's. Meld mij alsjeblieft aan.\n\nHartelijke groet,\n"
             "Ilse Vermeulen"},
    {"id": "h9-subscribe-11", "kind": "subscribe", "thread": None, "subject": "Re: netwerk directeuren",
     "sender": "Bas Schipper <b.schipper@wo-hoeksche-zuid.nl>",
     "body": "Hoi,\n\nHet lijstje waar Marjolein het over had op het VNG-congres, daar wil ik graag op.\n\n"
             "Bas Schipper\ndirecteur bedrijfsvoering en dienstverlening" + IPHONE},
    {"id": "h9-subscribe-12", "kind": "subscribe", "thread": None, "subject": "AANMELDING",
     "sender": "H. Wolters <h.wolters@wo-aa-en-hunze-tynaarlo.nl>",
     "body": "GRAAG AANMELDEN ALS LID. H. WOLTERS, DIRECTEUR AA EN HUNZE / TYNAARLO"},
    {"id": "h9-subscribe-13", "kind": "subscribe", "thread": None, "subject": "Sign me up please",
     "sender": "Pieter Jansen <p.jansen@ssc-zuidhollandpolder.nl>",
     "body": "Hi there,\n\nWould like to join the network. I'm the new managing director at SSC Zuid-Hollandse Polder "
             "(we serve three municipalities). Dutch is fine, I just type faster in English.\n\nCheers,\nPieter"},
    {"id": "h9-subscribe-14", "kind": "subscribe", "thread": None, "subject": "Aanmelding directeur",
     "sender": "Ingrid Fokkema <i.fokkema@waardlanden-oost.nl>",
     "headers": {"Sender": "Ingrid Fokkema <i.fokkema@waardlanden-oost.nl>"},
     "body": "Geachte heer, mevrouw,\n\nIk schrijf u vanuit mijn eigen mailbox, maar ben zelf degene die zich "
             "aanmeldt: sinds 1 januari ben ik als directeur a.i. aangesteld nu de heer Verhagen ziek is. Graag "
             "word ik lid van het netwerk.\n\nMet vriendelijke groet,\n\nIngrid Fokkema\ndirecteur a.i. | "
             "Werkorganisatie Waardlanden-Oost\nT 0183 - 64 21 09"},
    {"id": "h9-subscribe-15", "kind": "subscribe", "thread": None, "subject": "aanmelding",
     "sender": "Kees de Bruin <kdb@wo-schagen-hollandskroon.nl>",
     "body": "Zet u mij maar bij de leden, dank." + OUTLOOK_IOS},
    {"id": "h9-subscribe-16", "kind": "subscribe", "thread": None, "subject": "Toetreden",
     "sender": "Nathalie Verbruggen <n.verbruggen@wo-baarle-alphen.nl>",
     "body": "Goedemorgen,\n\nGraag treed ik toe tot het netwerk. Even ter info: ik ben directeur van een "
             "kleine werkorganisatie voor twee gemeenten, 23.000 inwoners samen, en ik zoek vooral "
             "sparringpartners.\n\nMet vriendelijke groet,\nNathalie Verbruggen" + GREEN},
    {"id": "h9-subscribe-17", "kind": "subscribe", "thread": None,
     "subject": "Aanmelden netwerk ambtelijke fusieorganisaties - C. van Rijswijk",
     "sender": "Corine van Rijswijk <c.vanrijswijk@wo-lopik-montfoort.nl>",
     "body": "Geachte dames en heren,\n\nHierbij wil ik mij aanmelden voor het netwerk. Ik ben per 1 februari "
             "benoemd als algemeen directeur van de werkorganisatie Lopik-Montfoort.\n\nMet vriendelijke groet,"
             "\n\nCorine van Rijswijk" + DISCLAIMER},
    {"id": "h9-subscribe-18", "kind": "subscribe", "thread": None, "subject": "vraagje + aanmelding",
     "sender": "Thijs Akkerman <t.akkerman@wo-wijdemeren-stichtse.nl>",
     "body": "Hoi! Mijn collega zei dat het gratis is en dat je gewoon kunt mailen om erbij te komen. Bij deze "
             "dus: ik doe graag mee.\n\nThijs Akkerman\ndirecteur a.i."},
    {"id": "h9-subscribe-19", "kind": "subscribe", "thread": None, "subject": "Deelname netwerk",
     "sender": "Femke Dijkstra <femke.dijkstra@wo-waadhoeke-noord.nl>",
     "body": "Moi,\n\nIk bin nij as direkteur en wol graach meidwaan oan it netwurk. Sorry, dat Frysk: ik wil "
             "graag lid worden.\n\nGroetnis,\nFemke Dijkstra"},
    {"id": "h9-subscribe-20", "kind": "subscribe", "thread": None, "subject": "Aanmelding",
     "sender": "Ruud Peeters <r.peeters@wo-echt-susteren-maasgouw.nl>",
     "body": "Beste,\n\nIk meld me aan bij het netwerk, als opvolger van Jos Smeets, die met pensioen is. Mijn "
             "gegevens: Ruud Peeters, directeur, r.peeters@wo-echt-susteren-maasgouw.nl.\n\nHaije groete,\nRuud"},
    # -- Confirmations --------------------------------------------------------------------------------------
    {"id": "h9-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Sanne Holtkamp <s.holtkamp@wo-tubbergen-dinkelland.nl>", "body": ""},
    {"id": "h9-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Claire Whitfield <c.whitfield@ssc-kempenland.nl>",
     "body": "Confirmed - thanks!" + CLAIRE},
    {"id": "h9-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Sem Kuipers <s.kuipers@wo-hollandsedelta-oost.nl>", "body": "👍"},
    {"id": "h9-confirm-04", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl", "sender": "drs. W.F. Grootveld <w.grootveld@werkorganisatie-heerde-olst.nl>",
     "body": "Geacht secretariaat,\n\nExcuses voor mijn late reactie; uw eerste bericht was in mijn map met "
             "ongewenste e-mail beland. Hierbij bevestig ik gaarne mijn aanmelding.\n\nHoogachtend,\n"
             "W.F. Grootveld"},
    {"id": "h9-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Monique Hendriksen <m.hendriksen@wo-beekdaelen-noord.nl>",
     "body": "Ja dat was ik, klopt helemaal" + IPHONE},
    {"id": "h9-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "H. Wolters <h.wolters@wo-aa-en-hunze-tynaarlo.nl>",
     "body": "AKKOORD"},
    {"id": "h9-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "sender": "Corine van Rijswijk <c.vanrijswijk@wo-lopik-montfoort.nl>",
     "body": "Bij deze bevestigd.\n\nCorine van Rijswijk" + DISCLAIMER},
    {"id": "h9-confirm-08", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "sender": "Roel Tjeerdsma <r.tjeerdsma@wo-smallingerland-opsterland.nl>",
     "body": "Ja, ik wil lid worden. Sorry, was het vergeten.\n\nRoel"},
    {"id": "h9-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Secretariaat directie <secretariaat.directie@wo-land-van-cuijk-oost.nl>",
     "body": "Goedemiddag,\n\nNamens mevrouw Vermeulen, die deze mailbox met mij deelt: zij heeft zich inderdaad "
             "zelf aangemeld en bevestigt dat bij dezen.\n\nMet vriendelijke groet,\nTrudy Hermsen, "
             "managementassistent"},
    {"id": "h9-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "sender": "Nathalie Verbruggen <n.verbruggen@wo-baarle-alphen.nl>",
     "body": "Bevestigd, dank voor de snelle reactie."},
    {"id": "h9-confirm-11", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Pieter Jansen <p.jansen@ssc-zuidhollandpolder.nl>",
     "body": "Yes, that's me. Looking forward to it.\n\nPieter"},
    {"id": "h9-confirm-12", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "notes-wrote", "sender": "Femke Dijkstra <femke.dijkstra@wo-waadhoeke-noord.nl>",
     "body": "Yn oarder, ik bevestig."},
    # -- Leaves, erasures and hand-overs --------------------------------------------------------------------
    {"id": "h9-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "H.J.M. Oudshoorn <h.oudshoorn@wo-duivenwaard.nl>",
     "body": "Geacht secretariaat,\n\nMet enige weemoed deel ik u mede dat ik per 1 juli de organisatie verlaat "
             "wegens het bereiken van de pensioengerechtigde leeftijd. Een opvolger is nog niet benoemd; de "
             "werving loopt. Ik verzoek u mij per die datum uit uw ledenbestand te verwijderen. Het atelier van "
             "maart zal ik dus niet meer bijwonen.\n\nIk dank u voor vele waardevolle middagen." + OUDSHOORN},
    {"id": "h9-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "afmelden",
     "sender": "Sem Kuipers <s.kuipers@wo-hollandsedelta-oost.nl>",
     "body": "opdracht zit erop, mag van de lijst. thx" + SEM},
    {"id": "h9-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
     "sender": "mr. E.J. Smulders <e.smulders@wo-bergen-castricum.nl>",
     "body": "Geachte heer, mevrouw,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming "
             "verzoek ik u al mijn persoonsgegevens die u in het kader van het netwerk verwerkt te wissen en mij "
             "schriftelijk te bevestigen dat dit is gebeurd. Ik ben niet langer werkzaam als directeur.\n\n"
             "Hoogachtend,\n\nmr. E.J. Smulders"},
    {"id": "h9-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap netwerk",
     "sender": "Marloes Vink <m.vink@dewoldenhoogeveen-wo.nl>",
     "body": "Beste Stan,\n\nPer 1 april stop ik bij de werkorganisatie; ik ga naar het Waterschap. Mijn opvolger "
             "is Jeroen Lubbers (j.lubbers@dewoldenhoogeveen-wo.nl), hij neemt mijn plek in het netwerk over. "
             "Ik heb hem al verteld hoe waardevol de ateliers zijn.\n\nGroet, Marloes"},
    {"id": "h9-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Paul Sanders <p.sanders@werkorganisatie-brabantse-wal.nl>",
     "body": "Geachte heer Van de Laar,\n\nThema's heb ik niet meer voor u: onze werkorganisatie wordt per 1 januari "
             "opgeheven en ik vertrek. Gaarne mijn naam van uw verzendlijst halen.\n\nHoogachtend,\nP.A.M. "
             "Sanders"},
    {"id": "h9-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Tineke Roelofs <tineke.roelofs@wo-oldambt-pekela.nl>",
     "body": "Beste Melanie,\n\nIk kom niet, en eigenlijk wil ik er helemaal uit: ik ben met vervroegd pensioen. "
             "Willen jullie ook mijn gegevens uit jullie bestanden wissen? Dank je wel voor alles.\n\nTineke"},
    {"id": "h9-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Opzeggen",
     "sender": "Bas Schipper <b.schipper@wo-hoeksche-zuid.nl>",
     "body": "Hoi,\n\nIk zeg mijn lidmaatschap op; het netwerk blijkt toch vooral voor algemeen directeuren en dat ben "
             "ik niet. Geen kwaad bloed hoor!\n\nBas" + IPHONE},
    {"id": "h9-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Successor / hand-over",
     "sender": "Claire Whitfield <c.whitfield@ssc-kempenland.nl>",
     "body": "Dear Stan,\n\nI'm moving back to the UK at the end of the month. My successor as director of the SSC "
             "is Maarten Coenen (m.coenen@ssc-kempenland.nl) - could he take over my membership? He reads "
             "Dutch, unlike me ;-)" + CLAIRE},
    {"id": "h9-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "apple", "sender": "Yvonne Timmer <y.timmer@wo-kromme-rijn.nl>",
     "body": "Dank voor het verslag. Dit was mijn laatste: ik ben per 1 mei weg bij de werkorganisatie, dus meld "
             "me maar af." + IPHONE},
    {"id": "h9-unsubscribe-10", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "AVG - recht op gegevenswissing",
     "sender": "Hans Ouwerkerk <h.ouwerkerk@wo-krimpenerwaard-zuid.nl>",
     "body": "Goedendag,\n\nGraag uitschrijven uit het netwerk en ik maak gebruik van mijn recht op "
             "gegevenswissing: naam, adres en wat u verder van mij heeft graag verwijderen.\n\nmvg Hans Ouwerkerk"},
    {"id": "h9-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Wisseling van de wacht",
     "sender": "Toon van Gestel <t.vangestel@peelenaa-wo.nl>",
     "body": "Beste Stan en Melanie,\n\nNa acht jaar draag ik het stokje over. Vanaf 1 maart is Liesbeth Raaijmakers "
             "(l.raaijmakers@peelenaa-wo.nl) directeur; zij komt in mijn plaats in het netwerk." + BRABANT},
    {"id": "h9-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-lijn", "sender": "Thijs Akkerman <t.akkerman@wo-wijdemeren-stichtse.nl>",
     "body": "Hoi, toch maar niet. Ik ben a.i. en na drie maanden al weer weg, heeft geen zin. Haal me er maar weer "
             "af.\n\nThijs"},
    {"id": "h9-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelding lidmaatschap",
     "sender": "Ingrid Fokkema <i.fokkema@waardlanden-oost.nl>",
     "body": FOKKEMA_HEAD.format(who="de heer drs. P.C. Verhagen, directeur") +
             "De heer Verhagen heeft per 1 december jl. afscheid genomen van de werkorganisatie. Zijn functie "
             "wordt overgenomen door mevrouw M.A. de Graaf-Kok (m.degraaf@waardlanden-oost.nl), die vanaf heden "
             "als lid van het netwerk voor de werkorganisatie zal optreden." + FOKKEMA_SIG},
    {"id": "h9-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Mark Verschoor <m.verschoor@wo-altena-werkendam.nl>",
     "body": "Beste secretariaat,\n\nIk kom niet naar het atelier, en ik stop ook met het netwerk: ik merk dat ik "
             "er te weinig aan toe kom. Wilt u mij afmelden?\n\nMark Verschoor" + SAMSUNG},
    {"id": "h9-unsubscribe-15", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Please remove my data",
     "sender": "Pieter Jansen <p.jansen@ssc-zuidhollandpolder.nl>",
     "body": "Hi,\n\nI'm leaving SSC Zuid-Hollandse Polder. Please unsubscribe me and delete any personal data you "
             "hold on me, in line with the GDPR. No need to keep anything for the archive.\n\nThanks,\nPieter"},
    {"id": "h9-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "bedankt_suggestie",
     "quote": "notes", "sender": "Bert Hazeleger <b.hazeleger@werkorganisatie-alblasserwaard.nl>",
     "body": "Dat was mijn laatste suggestie; ik verlaat na de zomer de gemeentelijke wereld. Gelieve mij uit het "
             "ledenbestand te halen per 1 september.\n\nB. Hazeleger"},
    {"id": "h9-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "geen mail meer graag",
     "sender": "Kees de Bruin <kdb@wo-schagen-hollandskroon.nl>",
     "body": "Ik wil geen berichten meer van het netwerk ontvangen. Beëindig mijn lidmaatschap a.u.b." + OUTLOOK_IOS},
    {"id": "h9-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Opvolging directeur Dinkel-Regge",
     "sender": "Gerrit Nijhuis <g.nijhuis@dinkelregge.nl>",
     "body": "Dag Stan,\n\nIk ga met de VUT, zal ik maar zeggen. Annemarie Oude Luttikhuis (a.oudeluttikhuis@"
             "dinkelregge.nl) volgt mij per 1 juni op als directeur en neemt ook het lidmaatschap over." + TWENTS},
    {"id": "h9-unsubscribe-19", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "sender": "Jolanda Spijkerman <j.spijkerman@wo-rijnenvliet.nl>",
     "body": "Geen thema's van mij. Ik vertrek en wil graag dat mijn gegevens bij jullie volledig worden "
             "verwijderd, conform de AVG. Graag een korte bevestiging.\n\nJolanda Spijkerman"},
    {"id": "h9-unsubscribe-20", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Lidmaatschap beëindigen",
     "sender": "Nicole Smeets <n.smeets@wo-heuvelland.nl>",
     "body": "Goedemorgen,\n\nDe werkorganisatie Heuvelland wordt per 1 januari ontvlochten; er is vanaf dan geen "
             "ambtelijke fusie meer en dus ook geen reden voor mij om lid te blijven. Wilt u mij uitschrijven?\n\n"
             "Met vriendelijke groet,\nNicole Smeets"},
    # -- Suggestions ----------------------------------------------------------------------------------------
    {"id": "h9-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "H.J.M. Oudshoorn <h.oudshoorn@wo-duivenwaard.nl>",
     "body": "Geacht secretariaat,\n\nGaarne draag ik, wellicht voor de laatste maal, een onderwerp aan. In mijn "
             "loopbaan heb ik drie reorganisaties meegemaakt, en telkens bleek de formatie achteraf niet te passen "
             "bij de ambities. Ik zou het op prijs stellen als het atelier zich buigt over de vraag hoe men de "
             "formatie van een werkorganisatie meerjarig en onderbouwd vaststelt, in plaats van jaarlijks bij de "
             "begroting bij te schaven." + OUDSHOORN},
    {"id": "h9-suggestion-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Sem Kuipers <s.kuipers@wo-hollandsedelta-oost.nl>",
     "body": "idee: klanttevredenheid per kern meten. inwoners van de kleine dorpen voelen zich minder goed "
             "geholpen dan in de stad, cijfers hebben we niet. wie doet dit al goed?" + SEM},
    {"id": "h9-suggestion-03", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Claire Whitfield <c.whitfield@ssc-kempenland.nl>",
     "body": "Dear both,\n\nOne topic I'd love to discuss: how do you handle it when the municipalities you serve "
             "want very different things? Our four councils each see the SSC as 'theirs' and the smallest one "
             "feels overruled. Relations between the partner municipalities, basically." + CLAIRE},
    {"id": "h9-suggestion-04", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Wendy Baars <w.baars@werkorganisatie-vijfheerenlanden-zuid.nl>",
     "body": "Hoi Stan en Melanie,\n\nTwee onderwerpen:\n\n1. Hoe vertaal je de bestuurlijke prioriteiten van drie "
             "nieuwe colleges (na de verkiezingen) in één meerjarige koers voor de werkorganisatie?\n2. "
             "Informatiebeveiliging en I&A: we draaien op drie verschillende netwerken en dat moet anders.\n\n"
             "Groetjes, Wendy"},
    {"id": "h9-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Koen Jacobs <k.jacobs@wo-maasenwaal.nl>",
     "body": "Ons voorstel voor het volgende atelier: het sturingsconcept. Wij gaan van klassieke lijnsturing naar "
             "opgavegericht werken en lopen tegen de rol van de teamleiders aan. Hoe hebben anderen dat "
             "ingericht?\n\nKoen Jacobs"},
    {"id": "h9-suggestion-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Albert Brinkman <a.brinkman@gemeenten-westerkwartier-noord.nl>",
     "body": "Mooie middag, dank. Voor de volgende keer zou ik het graag hebben over onze positie in de regio: in "
             "de regiodeal en bij de veiligheidsregio schuiven er vaak drie wethouders van ons aan en niemand "
             "weet wie namens wie spreekt.\n\nAlbert"},
    {"id": "h9-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "Onderwerp voor het atelier: ondernemersloket",
     "sender": "Marleen Bos <marleen.bos@wo-westbetuwe.nl>",
     "body": "Dag Stan,\n\nEen suggestie, ook al heb ik jullie oproep niet meer bij de hand: één loket voor "
             "ondernemers in alle drie de gemeenten. Vergunningen, subsidies en een vast aanspreekpunt, ongeacht "
             "in welke gemeente je gevestigd bent. Ik ben benieuwd wie daar al ervaring mee heeft.\n\nMarleen"},
    {"id": "h9-suggestion-08", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Harm Zijlstra <h.zijlstra@wo-opsterland-ooststellingwerf.nl>",
     "body": "Wat ons bezighoudt: waar staan we over tien jaar? Blijven we een ambtelijke fusie of wordt het "
             "toch een herindeling? Ik wil graag praten over hoe je als directie een lange termijn visie "
             "ontwikkelt terwijl het bestuur dat gesprek liever niet voert." + IPHONE},
    {"id": "h9-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "sender": "Paul Sanders <p.sanders@werkorganisatie-brabantse-wal.nl>",
     "body": "Geachte heer Van de Laar,\n\nIk stel voor de financiën van de werkorganisatie te agenderen: de "
             "loonkostenstijging van de afgelopen cao drukt zwaar op onze begroting en de deelnemende gemeenten "
             "willen de bijdrage niet verhogen. Hoe houden collega's de bedrijfsvoering betaalbaar?\n\n"
             "Hoogachtend,\nP.A.M. Sanders"},
    {"id": "h9-suggestion-10", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Linda de Wit <l.dewit@wo-gooise-meren-oost.nl>",
     "body": "Mijn suggesties:\n- gezamenlijke opgaven tussen de gemeenten, bijvoorbeeld de opvang van "
             "statushouders: wie trekt, wie betaalt?\n- hoe monitor je de prestaties van je dienstverlening en "
             "maak je die zichtbaar voor inwoners?\n\nLinda" + OUTLOOK_IOS},
    {"id": "h9-suggestion-11", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Dennis Bouwman <d.bouwman@wo-noordoostpolder-urk.nl>",
     "body": "Niet wéér digitalisering alsjeblieft, dat hebben we de laatste drie keer gehad. Wat mij betreft gaat "
             "het over de relatie tussen de werkorganisatie en de twee gemeenteraden: wantrouwen, informatie die "
             "de ene raad wel en de andere niet krijgt.\n\nDennis"},
    {"id": "h9-suggestion-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "A. Brinkman <a.brinkman@gemeenten-westerkwartier-noord.nl>",
     "body": "ARBEIDSMARKT: WE KRIJGEN VACATURES VOOR OMGEVINGSRECHT EN ICT NIET MEER GEVULD. HOE LOSSEN "
             "ANDEREN HET FORMATIEPROBLEEM OP? SAMEN OPLEIDEN, FLEXPOOL, ANDERS ORGANISEREN?\n\nA.B."},
    {"id": "h9-suggestion-13", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Saskia Boersma <s.boersma@wo-harlingen-terschelling.nl>",
     "body": "Goedemiddag,\n\nOp de eilanden is de balie niet altijd open. Wij experimenteren met "
             "videobellen en WhatsApp voor inwoners die iets van het KCC willen. Ik zou graag horen welke "
             "nieuwe kanalen anderen inzetten in het contact met inwoners.\n\nSaskia Boersma"},
    {"id": "h9-suggestion-14", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail", "sender": "Tineke Roelofs <tineke.roelofs@wo-oldambt-pekela.nl>",
     "body": "Beste Melanie,\n\nNaar aanleiding van de middag: ik mis een gesprek over de inhoudelijke agenda. "
             "Waar willen wij als werkorganisatie over vijftien jaar staan, en wie bepaalt dat eigenlijk: "
             "de directie of de colleges?\n\nTineke"},
    {"id": "h9-suggestion-15", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Hans Ouwerkerk <h.ouwerkerk@wo-krimpenerwaard-zuid.nl>",
     "body": "Belangen en ambities die uit elkaar lopen. De grote gemeente wil groeien en bouwen, de kleine wil "
             "vooral dat het dorp blijft zoals het is. Als werkorganisatie zitten wij ertussen. Dat zou ik graag "
             "bespreken.\n\nmvg Hans"},
    {"id": "h9-suggestion-16", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Ahmet Yilmaz <a.yilmaz@wo-overbetuwe-neder.nl>",
     "body": "Beste Stan,\n\nTwee dingen die bij ons spelen:\n\na) generatieve AI in onze eigen werkprocessen: "
             "wat mag wel, wat niet, en wie beslist dat?\nb) een dashboard waarmee de raden kunnen zien hoe snel "
             "en hoe goed we inwoners helpen (doorlooptijden, tevredenheid).\n\nAhmet"},
    {"id": "h9-suggestion-17", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Petra Lammers <p.lammers@wo-zeeuwse-eilanden.nl>",
     "body": "Goedemorgen,\n\nIk zou willen voorstellen:\n\n* Lange termijn visie: wat is de stip op de horizon "
             "voor onze werkorganisatie in 2035?\n* De verhouding tussen de drie deelnemende gemeenten: hoe "
             "houd je het vertrouwen als één gemeente veel meer afneemt dan de andere?\n\nMet hartelijke groet,\n"
             "Petra Lammers"},
    {"id": "h9-suggestion-18", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "sender": "Jeroen Dekker <j.dekker@wo-berkelland.nl>",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Jeroen Dekker wrote:\n\n> Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, "
             "bestuurlijke prioriteiten;\n\nnvt\n\n> Samenwerking: relatie tussen deelnemende gemeenten, "
             "gezamenlijke opgaven, belangen en ambities, positie in de regio;\n\nloopt bij ons goed eigenlijk\n\n"
             "> Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
             "werkprocessen, financiën, I&A;\n\nJa: de overgang naar één zaaksysteem voor beide gemeenten. Wij "
             "zitten midden in de migratie en willen graag leren van anderen.\n\n> Dienstverlening: innovaties "
             "in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van prestaties.\n\n-"},
    {"id": "h9-suggestion-19", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": "Nicole Smeets <n.smeets@wo-heuvelland.nl>",
     "body": "Volgende keer graag: hoe meten we of onze dienstverlening beter is geworden sinds de fusie? Wij "
             "beloofden destijds 'kwaliteit', maar niemand heeft het sindsdien gemonitord.\n\nNicole"},
    {"id": "h9-suggestion-20", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "subject": "Topic suggestion for the next atelier",
     "sender": "Pieter Jansen <p.jansen@ssc-zuidhollandpolder.nl>",
     "body": "Hi,\n\nA suggestion for the next session: our place in the wider region. The province and the big "
             "city next door increasingly bypass the small municipalities we work for. How do other directors "
             "position their organisation in regional networks?\n\nCheers,\nPieter"},
    {"id": "h9-suggestion-21", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Yvonne Timmer <y.timmer@wo-kromme-rijn.nl>",
     "body": "Strategie: bestuurlijke prioriteiten stellen als het geld op is. Welke ambities uit de "
             "coalitieakkoorden laat je vallen, en hoe adviseer je daar als directie over?\n\nYvonne"},
    {"id": "h9-suggestion-22", "kind": "suggestion", "themes": ["organisatie", "samenwerking", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "doorgestuurd",
     "sender": "Toon van Gestel <t.vangestel@peelenaa-wo.nl>",
     "body": "Anja, kun je dit namens mij terugsturen? Mijn drie punten:\n- de organisatiestructuur: te veel "
             "lagen, te weinig slagkracht\n- samen met de buurgemeenten optrekken in de woningbouwopgave\n- "
             "dienstverlening aan ondernemers op de bedrijventerreinen, die klagen over trage afhandeling" + BRABANT},
    {"id": "h9-suggestion-23", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "sender": "Monique Hendriksen <m.hendriksen@wo-beekdaelen-noord.nl>",
     "body": "Als nieuw lid meteen een idee: proactieve dienstverlening, dus inwoners benaderen vóórdat ze "
             "ergens om vragen (bijv. kwijtschelding, toeslagen). Werkt dat in een ambtelijke fusie voor "
             "meerdere gemeenten?"},
    {"id": "h9-suggestion-24", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "sender": "Wendy Baars <w.baars@werkorganisatie-vijfheerenlanden-zuid.nl>",
     "body": "Nog eentje erbij: innovatie. Wij willen een klein innovatielab opzetten binnen de werkorganisatie, "
             "los van de lijn. Ervaringen van anderen zijn welkom.\n\nWendy"},
    {"id": "h9-suggestion-25", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Claire Whitfield <c.whitfield@ssc-kempenland.nl>",
     "body": "Second idea, separate from the one I sent earlier: long-term strategy. Where should a shared "
             "service organisation like ours be in ten years - and how do you build that vision when the "
             "political priorities change every four years?" + CLAIRE},
    # -- Auto-replies ---------------------------------------------------------------------------------------
    {"id": "h9-autoreply-01", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "sender": "H.J.M. Oudshoorn <h.oudshoorn@wo-duivenwaard.nl>",
     "body": "Dank voor uw bericht. Tot en met vrijdag 26 februari ben ik met vakantie en lees ik mijn e-mail niet. "
             "Voor dringende zaken kunt u zich wenden tot het directiesecretariaat, telefoon 0345 - 58 12 00."},
    {"id": "h9-autoreply-02", "kind": "autoreply", "thread": T,
     "subject": "Out of Office: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                "[atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Claire Whitfield <c.whitfield@ssc-kempenland.nl>",
     "body": "Thank you for your email. I am currently on annual leave with limited access to email, returning "
             "Monday 18 January. For urgent matters please contact my office on +31 40 208 50 00." + CLAIRE},
    {"id": "h9-autoreply-03", "kind": "autoreply", "thread": I,
     "subject": "Afwezig: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "headers": {"Precedence": "auto_reply"},
     "sender": "Kees de Bruin <kdb@wo-schagen-hollandskroon.nl>",
     "body": "Ik ben afwezig tot 1 maart. Uw mail wordt niet doorgestuurd."},
    {"id": "h9-autoreply-04", "kind": "autoreply", "thread": None,
     "subject": "Uw bericht is ontvangen - zaaknummer Z2027-004417",
     "headers": {"Auto-Submitted": "auto-generated"},
     "sender": "Gemeente Waardlanden-Oost <noreply-zaken@waardlanden-oost.nl>",
     "body": "Geachte heer/mevrouw,\n\nUw e-mail is in goede orde ontvangen en geregistreerd onder zaaknummer "
             "Z2027-004417. U ontvangt binnen acht weken een inhoudelijke reactie. Dit bericht is automatisch "
             "verzonden; u kunt er niet op antwoorden.\n\nTeam Post en Archief"},
    {"id": "h9-autoreply-05", "kind": "autoreply", "thread": R,
     "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "quoted": "herinnering_atelier", "quote": "ongemarkeerd",
     "sender": "Bert Hazeleger <b.hazeleger@werkorganisatie-alblasserwaard.nl>",
     "body": "Dit is een automatisch antwoord. Ik ben met ouderschapsverlof op woensdagen en vrijdagen. Uw "
             "bericht lees ik op de eerstvolgende werkdag."},
    {"id": "h9-autoreply-06", "kind": "autoreply", "thread": C,
     "subject": "Niet meer in gebruik: Bevestig uw aanmelding",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Postbus <r.oldenkamp@bsd-oostgelre.nl>",
     "body": "Dit e-mailadres wordt sinds 1 januari 2027 niet meer gelezen. Per die datum zijn de gemeenten "
             "Oost Gelre en Winterswijk overgegaan naar een nieuwe werkorganisatie. Stuur uw bericht opnieuw naar "
             "info@achterhoek-oost.nl. Uw bericht is niet doorgestuurd."},
    {"id": "h9-autoreply-07", "kind": "autoreply", "thread": I,
     "subject": "Automatische reactie: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
     "sender": "Monique Hendriksen <m.hendriksen@wo-beekdaelen-noord.nl>",
     "body": "Goedendag,\n\nVanwege carnaval ben ik van 13 tot en met 17 februari niet op kantoor. Alaaf!\n\n"
             "In dringende gevallen: bel 046 - 475 85 00."},
    {"id": "h9-autoreply-08", "kind": "autoreply", "thread": T,
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken?",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Gerrit Nijhuis <g.nijhuis@dinkelregge.nl>",
     "body": "Ik ben tot en met 8 januari met kerstverlof. Vanaf maandag 11 januari ben ik weer bereikbaar. Voor "
             "spoedzaken kunt u terecht bij mijn managementassistent, Riekje ter Horst (r.terhorst@dinkelregge.nl)."
             "\n\nFijne feestdagen!"},
    {"id": "h9-autoreply-09", "kind": "autoreply", "thread": None,
     "subject": "Ontvangstbevestiging",
     "headers": {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
     "sender": "Directiesecretariaat <directie@wo-rijnenvliet.nl>",
     "body": "Hartelijk dank voor uw e-mail aan het directiesecretariaat. Wij streven ernaar binnen drie werkdagen "
             "te reageren. Dit is een automatisch gegenereerd bericht."},
    {"id": "h9-autoreply-10", "kind": "autoreply", "thread": I,
     "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Pieter Jansen <p.jansen@ssc-zuidhollandpolder.nl>",
     "body": "I'm out of the office until 4 March with no access to email. Ik ben afwezig tot 4 maart.\n\n"
             "Pieter Jansen | Managing Director"},
    {"id": "h9-autoreply-11", "kind": "autoreply", "thread": W,
     "subject": "Automatisch antwoord: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Sanne Holtkamp <s.holtkamp@wo-tubbergen-dinkelland.nl>",
     "body": "Beste afzender,\n\nIk zit de hele dag in een heidag met het MT en kijk vanavond pas in mijn mail.\n\n"
             "Met vriendelijke groet,\nSanne Holtkamp"},
    {"id": "h9-autoreply-12", "kind": "autoreply", "thread": R,
     "subject": "Afwezigheidsmelding",
     "headers": {"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-replied"},
     "sender": "Linda de Wit <l.dewit@wo-gooise-meren-oost.nl>",
     "body": "Ik ben tot nader order afwezig wegens ziekte. Uw mail wordt niet automatisch doorgestuurd. "
             "Neemt u voor lopende zaken contact op met Frank Meijerink, loco-directeur "
             "(f.meijerink@wo-gooise-meren-oost.nl)."},
    {"id": "h9-autoreply-13", "kind": "autoreply", "thread": None,
     "subject": "[Ticket #88213] Re: Uitnodiging Leer- en inspireer-atelier",
     "headers": {"Auto-Submitted": "auto-replied", "X-Mailer": "TOPdesk"},
     "sender": "Servicedesk Werkorganisatie <servicedesk@wo-maasenwaal.nl>",
     "body": "Beste melder,\n\nUw melding is geregistreerd onder nummer #88213 en toegewezen aan de "
             "behandelgroep Functioneel Beheer. U ontvangt bericht zodra er een update is.\n\nServicedesk"},
    {"id": "h9-autoreply-14", "kind": "autoreply", "thread": T,
     "subject": "Abwesenheitsnotiz / Afwezig: Welke thema's wilt u bespreken?",
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Ruud Peeters <r.peeters@wo-echt-susteren-maasgouw.nl>",
     "body": "Ich bin bis zum 15. Januar nicht im Büro. / Ik ben tot 15 januari niet op kantoor; in dringende "
             "gevallen bel 0475 - 47 58 00."},
    {"id": "h9-autoreply-15", "kind": "autoreply", "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "headers": {"Precedence": "junk"},
     "sender": "Thijs Akkerman <t.akkerman@wo-wijdemeren-stichtse.nl>",
     "body": "Bedankt voor je mail! Ik werk op maandag, dinsdag en donderdag. Op andere dagen lees ik mijn mail "
             "niet. Ik kom zo snel mogelijk bij je terug.\n\nThijs Akkerman\ndirecteur a.i."},
    # -- Other ----------------------------------------------------------------------------------------------
    {"id": "h9-other-01", "kind": "other", "thread": None, "subject": "Vraag over deelname",
     "sender": "Femke Dijkstra <femke.dijkstra@wo-waadhoeke-noord.nl>",
     "body": "Goedemiddag,\n\nIs het netwerk alleen bedoeld voor algemeen directeuren, of kunnen ook leden van "
             "het directieteam (bijv. directeur sociaal domein) aansluiten? Ik wil niet onnodig een plek "
             "innemen.\n\nGroetnis,\nFemke"},
    {"id": "h9-other-02", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Jan-Willem Tromp <jw.tromp@wo-montferland-zevenaar.nl>",
     "body": "Goedemorgen,\n\nIs het atelier ook volledig online te volgen, of is de Teams-link alleen voor "
             "een deel van het programma? Dat bepaalt of ik kom.\n\nJan-Willem"},
    {"id": "h9-other-03", "kind": "other", "thread": None, "subject": "Afmelden collega",
     "sender": "Rob Oldenkamp <r.oldenkamp@bsd-oostgelre.nl>",
     "body": "Hoi,\n\nOnze oud-directeur Henk Bleumink (h.bleumink@bsd-oostgelre.nl) krijgt nog steeds jullie mail "
             "maar is al een jaar weg. Zijn mailbox wordt door mij gelezen. Kunnen jullie hem eraf halen?\n\nRob"},
    {"id": "h9-other-04", "kind": "other", "thread": None, "subject": "Aanmelding voor mijn collega",
     "sender": "Wendy Baars <w.baars@werkorganisatie-vijfheerenlanden-zuid.nl>",
     "body": "Hoi Stan,\n\nMijn nieuwe collega-directeur Erik Lamers zou ook graag lid worden. Kun je hem "
             "toevoegen? e.lamers@werkorganisatie-vijfheerenlanden-zuid.nl\n\nDank! Wendy"},
    {"id": "h9-other-05", "kind": "other", "thread": None, "subject": "Presentatie aanbod: datagedreven sturen",
     "sender": "Jasper Vogelaar <jasper@civicinsight.nl>",
     "body": "Beste organisatoren,\n\nCivicInsight helpt gemeentelijke werkorganisaties om met realtime "
             "dashboards te sturen op prestaties. Graag verzorgen wij kosteloos een inspiratiesessie van 30 "
             "minuten tijdens uw volgende atelier. Zullen we een kort belletje inplannen?\n\nMet vriendelijke "
             "groet,\nJasper Vogelaar\nAccount Manager Publieke Sector | CivicInsight B.V.\n+31 20 369 11 84"},
    {"id": "h9-other-06", "kind": "other", "thread": None, "subject": "Verzoek om interview",
     "sender": "Marit Huisman <m.huisman@binnenlandsbestuur-redactie.nl>",
     "body": "Geachte heer Van de Laar,\n\nVoor een artikel over tien jaar ambtelijke fusies zou ik graag een van "
             "de directeuren uit uw netwerk spreken, of u zelf. Zou u mij in contact kunnen brengen? Mijn "
             "deadline is vrijdag.\n\nMet vriendelijke groet,\nMarit Huisman, redacteur"},
    {"id": "h9-other-07", "kind": "other", "thread": None, "subject": "Adviesraad",
     "sender": "Koen Jacobs <k.jacobs@wo-maasenwaal.nl>",
     "body": "Beste Stan,\n\nOp het laatste atelier hoorde ik dat er een plek vrijkomt in de Adviesraad. Ik zou die "
             "graag willen invullen; ik heb tijd en ideeën. Wat is de procedure?\n\nKoen Jacobs"},
    {"id": "h9-other-08", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Marloes Vink <m.vink@dewoldenhoogeveen-wo.nl>",
     "body": "Beste Stan,\n\nIk kom graag, maar is het atelier toegankelijk voor rolstoelgebruikers? Ik zit sinds "
             "een ongeluk tijdelijk in een rolstoel. Als dat niet kan, kom ik online.\n\nGroet, Marloes"},
    {"id": "h9-other-09", "kind": "other", "thread": None, "subject": "Klacht",
     "sender": "drs. W.F. Grootveld <w.grootveld@werkorganisatie-heerde-olst.nl>",
     "body": "Geacht secretariaat,\n\nTot mijn verbazing ontving ik deze week drie keer dezelfde uitnodiging, "
             "waarvan één gericht aan 'Beste Marieke'. Ik neem aan dat hier iets is misgegaan in uw "
             "adresbestand. Ik verneem graag hoe dit kon gebeuren, temeer daar het om persoonsgegevens gaat.\n\n"
             "Hoogachtend,\nW.F. Grootveld"},
    {"id": "h9-other-10", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "sender": "Ilse Vermeulen <ilse.vermeulen@wo-land-van-cuijk-oost.nl>",
     "body": "Wat een hartelijk welkom, dank jullie wel! Ik kijk ernaar uit.\n\nIlse"},
    {"id": "h9-other-11", "kind": "other", "thread": None, "subject": "Factuur 2027-0193 - betalingsherinnering",
     "sender": "Debiteurenadministratie <debiteuren@congreszaal-vredenburg.nl>",
     "body": "Geachte relatie,\n\nUit onze administratie blijkt dat factuur 2027-0193 voor de zaalhuur van 11 maart "
             "nog openstaat. Wij verzoeken u het bedrag van EUR 1.485,00 binnen 14 dagen over te maken.\n\n"
             "Congrescentrum Vredenburg"},
    {"id": "h9-other-12", "kind": "other", "thread": None, "subject": "Uw mailbox is bijna vol - actie vereist",
     "sender": "Microsoft 365 Beheer <admin@m365-mailbox-verificatie.com>",
     "body": "Beste gebruiker van info@ambtelijkefusie.nl,\n\nUw mailbox heeft 98% van de opslag bereikt. Klik "
             "binnen 24 uur op de onderstaande link om uw account te verifiëren, anders worden inkomende "
             "berichten geweigerd.\n\nhttps://m365-mailbox-verificatie.com/verify?u=info\n\nMicrosoft Team"},
    {"id": "h9-other-13", "kind": "other", "thread": None, "subject": "Vergunning dakkapel Kerkstraat 12",
     "sender": "J. Hoogendoorn <jhoogendoorn1958@ziggo.nl>",
     "body": "Geachte gemeente,\n\nIk heb in oktober een vergunning aangevraagd voor een dakkapel en nog steeds "
             "niets gehoord. Kunt u mij vertellen hoe het ervoor staat? Mijn aanvraagnummer is 2026-DK-0331.\n\n"
             "Met vriendelijke groet,\nJ. Hoogendoorn"},
    {"id": "h9-other-14", "kind": "other", "thread": None, "subject": "FW: stukken MT dinsdag",
     "sender": "Harm Zijlstra <h.zijlstra@wo-opsterland-ooststellingwerf.nl>",
     "body": "Hoi Marga, zie bijgevoegd de stukken voor dinsdag, wil je die in de MT-map zetten? Punt 4 (formatie "
             "team Wonen) is nog concept.\n\nHarm\n\n-----Oorspronkelijk bericht-----\nVan: Controlling\n"
             "Onderwerp: stukken MT dinsdag\n\nBijgaand de stukken."},
    {"id": "h9-other-15", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Esther Koolhaas <e.koolhaas@wozw.nl>",
     "body": "Beste Melanie,\n\nMijn collega Arjan de Ridder (a.deridder@wozw.nl) is sinds kort directeur "
             "bedrijfsvoering bij ons. Kunnen jullie hem ook inschrijven voor het netwerk en voor dit atelier? "
             "Hij zit vandaag in een hei-sessie, vandaar dat ik het doe.\n\nEsther"},
    {"id": "h9-other-16", "kind": "other", "thread": None, "subject": "Nieuw e-mailadres",
     "sender": "Trudy Hermsen <t.hermsen@wo-land-van-cuijk-oost.nl>",
     "body": "Goedemiddag,\n\nMevrouw Vermeulen heeft per 1 maart een nieuw e-mailadres: "
             "i.vermeulen@landvancuijk.nl. Wilt u dit in uw bestand aanpassen?\n\nMet vriendelijke groet,\n"
             "Trudy Hermsen, managementassistent"},
    {"id": "h9-other-17", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Dennis Bouwman <d.bouwman@wo-noordoostpolder-urk.nl>",
     "body": "Hoi, vraagje: mogen we ook een casus inbrengen die nog vertrouwelijk is in de raad? Dan heb ik wel "
             "iets, maar ik wil eerst weten hoe jullie met de verslaglegging omgaan.\n\nDennis"},
    {"id": "h9-other-18", "kind": "other", "thread": None, "subject": "Dank!",
     "sender": "Saskia Boersma <s.boersma@wo-harlingen-terschelling.nl>",
     "body": "Dag Stan en Melanie,\n\nIk wilde even zeggen: wat een goede middag was het. Ik ben met drie concrete "
             "ideeën terug op het eiland gekomen. Complimenten voor de organisatie!\n\nSaskia"},
    {"id": "h9-other-19", "kind": "other", "thread": None, "subject": "Vraag over verslag",
     "sender": "Ahmet Yilmaz <a.yilmaz@wo-overbetuwe-neder.nl>",
     "body": "Beste Stan,\n\nDe link naar het verslag geeft bij mij een foutmelding (404). Kun je het als PDF "
             "sturen? Ik wil het in ons MT bespreken.\n\nAhmet"},
    {"id": "h9-other-20", "kind": "other", "thread": None, "subject": "Afmelden + vraag",
     "sender": "Petra Lammers <p.lammers@wo-zeeuwse-eilanden.nl>",
     "body": "Goedemorgen,\n\nIk wil me eigenlijk afmelden, maar ik twijfel: blijft het verslag van de ateliers "
             "voor oud-leden beschikbaar? Zo ja, dan meld ik me af; zo nee, dan blijf ik liever nog even lid. "
             "Hoe zit dat?\n\nPetra"},
    {"id": "h9-other-21", "kind": "other", "thread": None, "subject": "Onderzoek ambtelijke fusies - enquête",
     "sender": "Lieke van Beek <l.vanbeek@student.bestuurskunde-uni.nl>",
     "body": "Beste secretariaat,\n\nIk ben masterstudent bestuurskunde en schrijf mijn scriptie over sturing in "
             "ambtelijke fusieorganisaties. Zouden jullie mijn vragenlijst (10 minuten) onder de leden willen "
             "verspreiden? Link: https://forms.example.nl/fusie-enquete\n\nAlvast heel erg bedankt!\nLieke"},
    {"id": "h9-other-22", "kind": "other", "thread": None, "subject": "wrong address?",
     "sender": "Tom Oakley <tom.oakley@ambtelijk-fusie-consult.co.uk>",
     "body": "Hi,\n\nI think I may have the wrong address - I was trying to reach the Dutch association of "
             "municipalities (VNG) about an EU exchange programme. Could you forward this or point me in the "
             "right direction?\n\nBest,\nTom"},
    {"id": "h9-other-23", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Jeroen Dekker <j.dekker@wo-berkelland.nl>",
     "body": "Kan ik mijn gast nog wisselen? In plaats van Mirjam komt misschien Frits, maar dat weet ik pas "
             "woensdag. Is dat een probleem?\n\nJeroen"},
    {"id": "h9-other-24", "kind": "other", "thread": None, "subject": "Afmelden Paul Sanders en gegevens wissen",
     "sender": "HR Werkorganisatie Brabantse Wal <hr@werkorganisatie-brabantse-wal.nl>",
     "body": "Geachte heer/mevrouw,\n\nDe heer P.A.M. Sanders is per 1 januari uit dienst. Wij verzoeken u hem af "
             "te melden en zijn persoonsgegevens te verwijderen.\n\nMet vriendelijke groet,\nAfdeling HR"},
    {"id": "h9-other-25", "kind": "other", "thread": None, "subject": "Uitnodiging jubileumcongres",
     "sender": "Congresbureau Samen Sterker <info@samensterker-congres.nl>",
     "body": "Geachte netwerkpartner,\n\nGraag nodigen wij u en uw leden uit voor het jubileumcongres '15 jaar "
             "ambtelijke samenwerking' op 22 april in Zwolle. Leden van uw netwerk krijgen 20% korting met de "
             "code NETWERK20. Wilt u dit onder uw leden verspreiden?\n\nCongresbureau Samen Sterker"},
    {"id": "h9-other-26", "kind": "other", "thread": None, "subject": "Re: stukken voor vrijdag",
     "sender": "Nathalie Verbruggen <n.verbruggen@wo-baarle-alphen.nl>",
     "body": "Hoi Jos,\n\nHelemaal goed, ik neem de begrotingswijziging mee naar het college van vrijdag. Wil jij "
             "de raadsinformatiebrief nog even checken?\n\nNathalie\n\nOp 2 mrt 2027 om 08:12 schreef Jos "
             "Aarts <j.aarts@wo-baarle-alphen.nl>:\n> Bijgaand de stukken voor vrijdag."},
    {"id": "h9-other-27", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Roel Tjeerdsma <r.tjeerdsma@wo-smallingerland-opsterland.nl>",
     "body": "Dank voor het welkom. Eén vraag: wanneer is het eerstvolgende atelier, en moet ik me daar apart "
             "voor aanmelden?\n\nRoel"},
    {"id": "h9-other-28", "kind": "other", "thread": None, "subject": "Aanvraag inzage",
     "sender": "Kees de Bruin <kdb@wo-schagen-hollandskroon.nl>",
     "body": "Graag ontvang ik een overzicht van welke persoonsgegevens jullie van mij hebben en waar jullie die "
             "voor gebruiken (inzageverzoek AVG). Verder hoeft er niets te gebeuren." + OUTLOOK_IOS},
]
# fmt: on
