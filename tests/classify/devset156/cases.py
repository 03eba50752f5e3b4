"""devset156: mail from people around the network who are not its directors, and directors' mail that looks like it.

Suppliers and consultants, journalists, students and researchers, griffiers, provinces and the VNG, other networks,
recruiters, event organisers and newsletters write to info@, some as new mail, some under one of our mails that
reached them somehow. Most of them want something the secretariat must judge (a press seat, a survey, a slot to
present, a joint meeting), and their mail is full of our own words: "aanmelden" for their webinar, "afmelden" in a
newsletter footer, an "atelier" of their own, a topic they would present. Among them are real requests: an editor
who wants off the list, a griffier who never signed up, a vendor unsubscribing, an adviser's empty confirmation.
Beside them, directors write about those people: a topic on inhuur or the province, a guest who is an external
adviser, a substitute from a bureau, a successor, a recruiter who knew too much.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; who the writer is does not change it (an empty confirmation from a VNG
  adviser is a `confirm`, an interim director at a bureau who says yes is an `rsvp`);
- a yes that hangs on a question the secretariat must answer first (may I bring our adviser, may I listen in) is
  `other`; a yes that names a guest is an `rsvp`, and a side remark without a question does not change that;
- offering to present, or backing someone else's topic without one's own, is `other`; a director who proposes a
  topic and names an outside expert who could open it still makes a `suggestion`;
- a proposal about the date or form of the atelier is `other`;
- a plain denial under the confirmation mail is `unsubscribe`; one that asks where we got the address is `other`;
- an erasure request is `unsubscribe` with `erase`, also with a complaint beside it; asking which data we hold is
  `other`;
- a hand-over with the successor's address (also under our goodbye) is `unsubscribe`; leaving without a successor
  too; a later hand-over with "tot die tijd blijf ik lid" is `other`; "ik blijf graag lid" under the goodbye is
  `subscribe`; signing up one colleague with an address is `subscribe`, without one `other`;
- an assistant confirming for someone else from her own address is `other`; a substitute declining under the
  substitute's invitation is an `rsvp` False; a decline naming a substitute is an `rsvp` False;
- newsletters, invitations to other networks' meetings and vendors' mailings are `other`, whatever "aanmelden" or
  "afmelden" they contain; out-of-office, ticket acknowledgements and read receipts are `autoreply`, a DSN a `bounce`;
- replies to the follow-up carry the thread `followup`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d156-001",
        "kind": "other",
        "sender": "Joost Kerkhofs <joost.kerkhofs@zaakwijzer-software.nl>",
        "quote": "none",
        "subject": "Meld u aan: webinar 'Eén zaaksysteem voor vier gemeenten' op 4 februari",
        "body": _(
            """
            Geachte directeur,

            Werkorganisaties die voor meerdere gemeenten werken, lopen vaak tegen hetzelfde aan: vier
            raadsinformatiesystemen, drie archiefregimes en één team dat het allemaal moet bijhouden.

            In ons gratis webinar van 4 februari (10.00-11.00 uur) laat Tessa Oudshoorn, informatiemanager bij
            een werkorganisatie in het oosten des lands, zien hoe zij dat in 18 maanden heeft teruggebracht tot
            één zaaksysteem.

            Aanmelden kan via www.zaakwijzer-software.nl/webinar-fusie. U ontvangt dan vooraf een agenda-uitnodiging.

            Met vriendelijke groet,
            Joost Kerkhofs
            Accountmanager Overheid | ZaakWijzer Software B.V.
            T 030 - 7 41 22 80

            U ontvangt deze mail omdat uw organisatie eerder contact met ons had. Geen uitnodigingen meer? Klik
            op afmelden onderaan onze website of antwoord met 'stop'.
            """
        ),
    },
    {
        "id": "d156-002",
        "kind": "other",
        "sender": "Fenna Roodbergen <f.roodbergen@rug-bestuurskunde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Via mijn begeleider, Hans Stapelkamp (algemeen directeur van de werkorganisatie Oldambtmeer), kreeg
            ik deze uitnodiging. Ik doe promotieonderzoek naar sturing in ambtelijke fusieorganisaties en het
            thema van 11 maart sluit daar naadloos op aan.

            Zou ik als toehoorder mogen aanschuiven? Ik zal uiteraard niet deelnemen aan de gesprekken en niets
            citeren zonder toestemming. Als het mag, dan ben ik er graag bij; zo niet, dan begrijp ik dat
            volkomen.

            Met vriendelijke groet,
            Fenna Roodbergen
            Promovenda Bestuurskunde
            """
        ),
    },
    {
        "id": "d156-003",
        "kind": "other",
        "sender": "drs. Ruud Ackerstaff <ruud@ackerstaff-advies.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Jullie oproep kwam via een van mijn opdrachtgevers bij mij terecht. Een onderwerp dat ik in bijna
            elke werkorganisatie tegenkom: het sturingsconcept dat op papier 'integraal' is, maar in de praktijk
            vier keer anders wordt uitgelegd.

            Ik heb daar een korte, prikkelende inleiding over (20 minuten, met een casus uit Zeeland) die ik
            graag zou verzorgen op het atelier van maart, kosteloos uiteraard. Is daar ruimte voor in het
            programma? Ik bel jullie volgende week even om het toe te lichten.

            Hartelijke groet,
            Ruud Ackerstaff
            Ackerstaff Advies | organisatieontwikkeling voor gemeenten
            06 41 88 20 17
            """
        ),
    },
    {
        "id": "d156-004",
        "kind": "other",
        "sender": "Kring Gemeentesecretarissen Rivierenland <secretariaat@kringgs-rivierenland.nl>",
        "quote": "none",
        "subject": "Uitnodiging kringbijeenkomst 23 april: de werkorganisatie van de toekomst",
        "body": _(
            """
            Geacht netwerk,

            Op woensdag 23 april houdt de Kring Gemeentesecretarissen Rivierenland haar voorjaarsbijeenkomst in
            het gemeentehuis van Waalstede. Dit jaar staat de bijeenkomst in het teken van ambtelijke
            samenwerking, en wij zouden het bijzonder waarderen als leden van uw netwerk aanschuiven.

            Programma:
            13.30 inloop
            14.00 'De werkorganisatie van de toekomst' - prof. dr. E. Kuipers
            15.15 tafelgesprekken
            16.30 borrel

            Wilt u deze uitnodiging onder uw leden verspreiden? Aanmelden kan tot 10 april via
            secretariaat@kringgs-rivierenland.nl, onder vermelding van naam en organisatie.

            Met vriendelijke groet,
            namens het kringbestuur,
            Annelies Bovenkerk, secretaris
            """
        ),
    },
    {
        "id": "d156-005",
        "kind": "other",
        "sender": "Kennisplein Samenwerkende Gemeenten <nieuwsbrief@kennisplein-sg.nl>",
        "quote": "none",
        "subject": "Nieuwsbrief februari: drie nieuwe handreikingen en de agenda voor het voorjaar",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://kennisplein-sg.nl/afmelden?id=88231>"},
        "body": _(
            """
            Kennisplein Samenwerkende Gemeenten - nieuwsbrief nr. 2

            IN DEZE NIEUWSBRIEF
            * Handreiking 'De GR-begroting lezen met de raad'
            * Terugblik op onze masterclass dienstverlening in Zwolle
            * Agenda: leer- en inspiratiebijeenkomsten in maart en april
            * Vacatures bij werkorganisaties

            Handreiking GR-begroting
            Hoe maakt u de begroting van een gemeenschappelijke regeling begrijpelijk voor raadsleden van vier
            gemeenten? Onze nieuwe handreiking geeft tien praktische tips. Lees verder >

            Agenda
            12 maart - Masterclass regionaal opdrachtgeverschap (aanmelden via de site)
            3 april - Webinar hybride werken in de werkorganisatie

            ---
            U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld op kennisplein-sg.nl.
            Afmelden voor deze nieuwsbrief | Uw gegevens wijzigen | Privacyverklaring
            """
        ),
    },
    {
        "id": "d156-006",
        "kind": "other",
        "sender": "Merel Dijkgraaf <m.dijkgraaf@lokaalbestuurvandaag.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemiddag,

            Onderstaande uitnodiging kreeg ik van een van uw leden doorgestuurd. Ik schrijf voor Lokaal Bestuur
            Vandaag over ambtelijke fusies en zou graag verslag doen van het atelier, of in elk geval het
            plenaire deel bijwonen. Is het atelier toegankelijk voor pers, en zo ja, onder welke voorwaarden
            (off the record, geen namen)?

            Groet,
            Merel Dijkgraaf
            redacteur Lokaal Bestuur Vandaag
            06 - 19 55 40 72
            """
        ),
    },
    {
        "id": "d156-007",
        "kind": "unsubscribe",
        "sender": "Wouter Hekkelman <w.hekkelman@gelderseomroep-redactie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemorgen,

            Ik ben verslaggever bij de regionale omroep en sta om een mij onbekende reden op uw verzendlijst,
            misschien sinds een interview met een van uw leden vorig jaar. Ik ben geen directeur en hoor hier
            niet thuis. Wilt u mijn adres verwijderen uit uw lijst? Dank.

            Wouter Hekkelman
            """
        ),
    },
    {
        "id": "d156-008",
        "kind": "other",
        "sender": "Lotte van Ewijk <l.vanewijk@student.hu-bestuur.nl>",
        "quote": "none",
        "subject": "Survey request - thesis on shared service organisations / enquête scriptie",
        "body": _(
            """
            Dear secretariat, beste secretariaat,

            I am a master student Public Administration writing my thesis on how directors of merged municipal
            organisations deal with the wishes of different city councils. Mijn scriptiebegeleider wees mij op
            uw netwerk.

            Would it be possible to send a short survey (about 10 minutes) to your members, or to put a link to
            it in one of your mailings? I would of course share the results with the network afterwards.

            Thank you very much in advance!

            Kind regards / met vriendelijke groet,
            Lotte van Ewijk
            """
        ),
    },
    {
        "id": "d156-009",
        "kind": "other",
        "sender": "Gijs Terpstra <griffier@gemeente-noordwolde-aa.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer, mevrouw,

            Onze algemeen directeur stuurde mij uw uitnodiging met de vraag of de griffie hier iets mee kan.
            Het thema - de couleur locale van vier gemeentebesturen - raakt precies aan waar onze raad mee
            worstelt.

            Mijn vraag: is het atelier alleen voor directeuren, of zijn griffiers of raadsleden ook welkom,
            bijvoorbeeld bij een deel van het programma? Ik hoor graag van u voordat ik iets aan de raad
            voorleg.

            Met vriendelijke groet,
            Gijs Terpstra
            griffier gemeente Noordwolde-Aa
            """
        ),
    },
    {
        "id": "d156-010",
        "kind": "autoreply",
        "sender": "Griffie Bergum-Haskerveen <griffie@bergum-haskerveen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Ontvangstbevestiging [Griffie #2027-0412]: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027"
        ),
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Dit is een automatisch gegenereerd bericht.

            Uw e-mail aan de griffie is ontvangen en geregistreerd onder nummer 2027-0412. Wij streven ernaar
            uw bericht binnen vijf werkdagen te beantwoorden. Vermeld bij verdere correspondentie altijd het
            registratienummer.

            Griffie Bergum-Haskerveen
            """
        ),
    },
    {
        "id": "d156-011",
        "kind": "unsubscribe",
        "sender": "Hester Prinsloo <h.prinsloo@griffie-lingewaarde-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit klopt niet: ik heb me nergens voor aangemeld. Ik ben raadsgriffier, geen directeur van een
            fusieorganisatie. Graag deze aanmelding niet verwerken.

            H. Prinsloo
            """
        ),
    },
    {
        "id": "d156-012",
        "kind": "other",
        "sender": "Bart Overweel <b.overweel@provincie-zuidvlakte.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Goedendag,

            Ik werk bij de provincie, team Gemeentelijke Samenwerking, en heb mij niet bij uw netwerk
            aangemeld. Dit is nu al de tweede mail. Kunt u mij laten weten hoe u aan mijn e-mailadres komt en
            wie de aanmelding heeft gedaan? Dat wil ik graag uitzoeken voordat ik verder iets doe.

            Met vriendelijke groet,
            B. Overweel
            beleidsadviseur, Provincie Zuidvlakte
            """
        ),
    },
    {
        "id": "d156-013",
        "kind": "other",
        "sender": "Yara Wielinga <y.wielinga@provincie-zuidvlakte.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Collega's uit drie werkorganisaties in onze provincie wezen mij op jullie oproep. De provincie
            start dit jaar het programma 'Sterke regio's', waarin we samen met gemeenten investeren in de
            ambtelijke slagkracht van kleine gemeenten en hun werkorganisaties.

            Zouden wij dat programma op het atelier van 11 maart kunnen toelichten, bijvoorbeeld in een
            kwartier aan het begin? Het raakt aan jullie thema samenwerking en ik denk dat de directeuren er
            veel aan hebben. Ik ben geen lid van het netwerk, dus ik weet niet of dat kan.

            Hartelijke groet,
            Yara Wielinga
            programmamanager Sterke regio's
            """
        ),
    },
    {
        "id": "d156-014",
        "kind": "confirm",
        "sender": "Stijn Mulderij <stijn.mulderij@vng-adviesnetwerk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Stijn Mulderij
            Senior adviseur Bestuur & Organisatie
            Vereniging van Nederlandse Gemeenten | Adviesnetwerk
            Nassaulaan 12 | Den Haag
            T 070 - 3 73 81 44

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt,
            wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
            """
        ),
    },
    {
        "id": "d156-015",
        "kind": "other",
        "sender": "Noor Bakkenes <noor.bakkenes@vng-congres.nl>",
        "quote": "none",
        "subject": "VNG Jaarcongres: verzorgt uw netwerk een deelsessie?",
        "body": _(
            """
            Beste mevrouw Huurneman, beste heer Van de Laar,

            Voor het VNG Jaarcongres in juni stellen we het programma van de deelsessies samen. Het thema van
            dit jaar is 'Samen sterker: gemeenten die samenwerken'. Uw netwerk lijkt ons bij uitstek geschikt
            om een sessie van 45 minuten te verzorgen, bijvoorbeeld in de vorm van een mini-atelier met twee of
            drie van uw leden.

            Zou u willen laten weten of u hiervoor openstaat? Voorstellen ontvangen we graag vóór 15 februari.
            Deelnemers aan het congres kunnen zich vanaf maart aanmelden voor de sessies.

            Met vriendelijke groet,
            Noor Bakkenes
            programmateam VNG Jaarcongres
            """
        ),
    },
    {
        "id": "d156-016",
        "kind": "autoreply",
        "sender": "Chantal Rozendaal <c.rozendaal@provincie-hoogeland.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Tot en met 14 maart ben ik niet op kantoor. Uw e-mail wordt niet doorgestuurd. Voor vragen over
            het interbestuurlijk toezicht kunt u terecht bij het algemene nummer van de provincie, 050 - 316 40 00.

            I am out of the office until March 14th.

            Chantal Rozendaal
            """
        ),
    },
    {
        "id": "d156-017",
        "kind": "subscribe",
        "sender": "Ellen Scheepmaker <e.scheepmaker@werkorganisatie-kempenmeer.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk",
        "body": _(
            """
            Beste Stan en Melanie,

            Als voorzitter van het Netwerk Bedrijfsvoering Zuid ben ik jullie al een paar keer tegengekomen;
            we stuurden elkaar weleens een uitnodiging door. Inmiddels ben ik zelf sinds januari algemeen
            directeur van de werkorganisatie Kempenmeer (drie gemeenten), en dan hoor ik bij jullie.

            Meld mij dus graag aan, op dit adres.

            Groet,
            Ellen Scheepmaker
            algemeen directeur Werkorganisatie Kempenmeer
            """
        ),
    },
    {
        "id": "d156-018",
        "kind": "other",
        "sender": "Rik Spanjaard <coordinator@netwerk-gr-directeuren-oost.nl>",
        "quote": "none",
        "subject": "Voorstel: gezamenlijk atelier in het najaar?",
        "body": _(
            """
            Beste collega's van het secretariaat,

            Ons netwerk van directeuren van gemeenschappelijke regelingen in Oost-Nederland merkt dat veel van
            onze gespreksonderwerpen overlappen met die van jullie ateliers: sturing door meerdere besturen,
            couleur locale, financiële verhoudingen.

            Zouden jullie openstaan voor één gezamenlijke bijeenkomst in het najaar, met leden van beide
            netwerken? Wij kunnen een locatie in Deventer regelen. Zullen we eens bellen om te verkennen?

            Met collegiale groet,
            Rik Spanjaard
            coördinator Netwerk GR-directeuren Oost
            """
        ),
    },
    {
        "id": "d156-019",
        "kind": "other",
        "sender": "Sabine Tuinstra <sabine@publiektalent-werving.nl>",
        "quote": "none",
        "subject": "Vacature algemeen directeur - plaatsing in uw nieuwsbrief?",
        "body": _(
            """
            Goedemiddag,

            Namens een werkorganisatie van vier gemeenten in Noord-Holland zijn wij op zoek naar een nieuwe
            algemeen directeur. Uw netwerk bereikt precies de doelgroep die wij zoeken.

            Heeft u een nieuwsbrief of ledenmail waarin wij de vacature kunnen plaatsen? Wij betalen daar
            uiteraard voor. Ook horen wij graag of u ons kunt doorverwijzen naar leden die openstaan voor een
            nieuwe uitdaging.

            Met vriendelijke groet,
            Sabine Tuinstra
            Senior consultant | PubliekTalent Werving & Selectie
            """
        ),
    },
    {
        "id": "d156-020",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Marcel Oudejans <m.oudejans@werkorganisatie-dinkelvliet.nl>",
        "quote": "none",
        "subject": "Verwijdering van al mijn gegevens",
        "body": _(
            """
            Geacht secretariaat,

            Gisteren belde mij een headhunter die vertelde dat hij 'via de ledenlijst van het netwerk van
            fusiedirecteuren' bij mij uitkwam. Of dat waar is weet ik niet, maar ik vind het geen prettig idee.

            Ik wil daarom geen lid meer zijn en verzoek u op grond van de AVG al mijn persoonsgegevens te
            wissen, inclusief eerdere aanmeldingen voor ateliers. Graag een bevestiging wanneer dat is gedaan.
            En mocht u een ledenlijst met derden delen: dat zou ik wel graag weten.

            M. Oudejans
            directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d156-021",
        "kind": "other",
        "sender": "Ilse Brandsema <i.brandsema@ambtelijkeorganisatie-zandvliet.nl>",
        "quote": "none",
        "subject": "welke gegevens hebben jullie van mij?",
        "body": _(
            """
            Hoi Stan,

            Rare ervaring vandaag: een recruiter van een bureau uit Amersfoort wist precies dat ik in november
            op jullie atelier was en aan welke tafel ik zat. Ik wil geen drama maken, maar ik wil wel graag
            weten welke gegevens jullie van mij bewaren en aan wie die eventueel worden gegeven. Kun je me een
            overzicht sturen?

            Lid blijf ik gewoon, hoor.

            Groet, Ilse
            """
        ),
    },
    {
        "id": "d156-022",
        "kind": "other",
        "sender": "Reserveringen De Pelgrimshoeve <events@pelgrimshoeve-vergaderen.nl>",
        "quote": "none",
        "subject": "Optie zaalreservering 11 maart - graag definitieve bevestiging",
        "body": _(
            """
            Beste heer Van de Laar,

            Hierbij bevestigen wij de optie op de Kapelzaal voor donderdag 11 maart, 13.30 tot 18.00 uur, voor
            circa 30 personen in carré-opstelling. De optie vervalt op 20 februari.

            Kunt u vóór die datum de reservering definitief maken en het verwachte aantal deelnemers doorgeven?
            Ook horen wij graag of u gebruik wilt maken van ons arrangement 'middag met high tea'.

            Met vriendelijke groet,
            Karin Ploeger
            Events & reserveringen
            """
        ),
    },
    {
        "id": "d156-023",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.vu-onderzoek.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.vu-onderzoek.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <j.kortenhoeven@vu-onderzoek.nl>: host mailstore.vu-onderzoek.nl[10.4.1.17] said:
                550 5.1.1 <j.kortenhoeven@vu-onderzoek.nl>: Recipient address rejected:
                User unknown in local recipient table

            Reporting-MTA: dns; mx1.vu-onderzoek.nl
            Final-Recipient: rfc822; j.kortenhoeven@vu-onderzoek.nl
            Action: failed
            Status: 5.1.1
            """
        ),
    },
    {
        "id": "d156-024",
        "kind": "other",
        "sender": "Pieter-Jan Hoogendoorn <pj.hoogendoorn@drechtervaart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Stan, Melanie,

            Kleine kanttekening: op 11 maart is ook de tweede dag van het congres van de Vereniging van
            Gemeentesecretarissen, waar een flink deel van onze beroepsgroep naartoe gaat. Ik ken er al vier
            die moeten kiezen. Is het een optie het atelier een week op te schuiven, of volgende keer vooraf
            even de congresagenda te checken?

            Groet,
            Pieter-Jan
            """
        ),
    },
    {
        "id": "d156-025",
        "kind": "unsubscribe",
        "sender": "Dennis Vrielink <dennis.vrielink@cloudgemeente-solutions.com>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Hallo,

            Wij leveren software aan een paar werkorganisaties en ik ben waarschijnlijk ooit door een klant
            aangemeld. Leuk om mee te lezen, maar het is niet voor mij bedoeld. Schrijf me maar uit.

            Dennis Vrielink
            Cloudgemeente Solutions

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d156-026",
        "kind": "other",
        "sender": "Annemarie Lodder <a.lodder@werkplekdirect.nl>",
        "quote": "none",
        "subject": "Sponsoring Leer- en inspireer-atelier",
        "body": _(
            """
            Geachte organisatoren,

            WerkplekDirect richt kantoren in voor gemeenten en werkorganisaties. Wij steunen graag initiatieven
            die bijdragen aan goed werkgeverschap bij de overheid.

            Zouden wij het komende atelier mogen sponsoren, bijvoorbeeld door de lunch of de borrel te
            verzorgen? Daar vragen wij niets voor terug behalve een korte vermelding. Ik licht het graag
            telefonisch toe.

            Met vriendelijke groet,
            Annemarie Lodder
            business development
            """
        ),
    },
    {
        "id": "d156-027",
        "kind": "other",
        "sender": "Hans Wijnbergen <hans@wijnbergen-procesbegeleiding.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Melanie,

            Jammer dat het niet doorgaat! Mocht de zaal het probleem zijn geweest: wij hebben in ons pand in
            Amersfoort een ruimte voor 35 personen die we voor maatschappelijke netwerken gratis beschikbaar
            stellen. Laat maar weten als jullie een nieuwe datum prikken.

            Hans
            """
        ),
    },
    {
        "id": "d156-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Johan Feitsma <j.feitsma@interimgroep-bestuur.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom.

            Johan Feitsma
            interim algemeen directeur Werkorganisatie Lauwersoog-Marne (a.i.)
            -----
            InterimGroep Bestuur B.V. | Utrecht | www.interimgroep-bestuur.nl
            """
        ),
    },
    {
        "id": "d156-029",
        "kind": "subscribe",
        "sender": "Corinne Abspoel <c.abspoel@werkorganisatie-heuvelrug-zuid.nl>",
        "quote": "none",
        "subject": "Nieuwe collega aanmelden",
        "body": _(
            """
            Beste Stan,

            Sinds 1 februari hebben wij een nieuwe directeur bedrijfsvoering, Thijs Overmars. Hij kwam van een
            adviesbureau en kent jullie netwerk nog van de andere kant van de tafel, maar nu hoort hij er echt
            bij. Wil je hem aanmelden? Zijn adres: t.overmars@werkorganisatie-heuvelrug-zuid.nl.

            Dank je wel,
            Corinne Abspoel
            algemeen directeur
            """
        ),
    },
    {
        "id": "d156-030",
        "kind": "other",
        "sender": "Frank Eijsbouts <f.eijsbouts@gr-vlietstroom.nl>",
        "quote": "none",
        "subject": "Onze programmamanager ook op de lijst?",
        "body": _(
            """
            Hallo,

            Wij hebben voor de harmonisatie van onze drie gemeenten een externe programmamanager ingehuurd
            (via een bureau, voor zeker twee jaar). Zij zit bij alle directie-overleggen en zou veel aan jullie
            ateliers hebben. Kan zij ook lid worden, of is het netwerk echt alleen voor directeuren? Haar
            gegevens stuur ik als het kan.

            Frank Eijsbouts
            """
        ),
    },
    {
        "id": "d156-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Margriet Hulscher <m.hulscher@werkorganisatie-eemsdelta-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Zelf kan ik op 11 maart helaas niet. Onze interim-directeur bedrijfsvoering, Ronald Smeenk, neemt
            mijn plaats in. Hij is via een bureau ingehuurd maar zit volledig in ons MT:
            r.smeenk@werkorganisatie-eemsdelta-west.nl.

            Met vriendelijke groet,
            Margriet Hulscher
            """
        ),
    },
    {
        "id": "d156-032",
        "kind": "unsubscribe",
        "sender": "Gerrit Kampinga <g.kampinga@werkorganisatie-twentebeek.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Kort na mijn aanmelding alweer een wijziging: ik ga per 1 april aan de slag bij de provincie als
            concerndirecteur. Wie mij bij de werkorganisatie opvolgt is nog niet bekend. Meld mij maar af; mijn
            opvolger meldt zich vast zelf.

            Groet,
            Gerrit Kampinga
            """
        ),
    },
    {
        "id": "d156-033",
        "kind": "other",
        "sender": "Wilma Doornbos <w.doornbos@samenwerking-aaenhunze.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hallo Stan,

            Even een persoonlijke update: per 1 september stap ik over naar de VNG, als programmadirecteur
            Ambtelijke Samenwerking. Tot die tijd blijf ik gewoon lid van het netwerk. Mijn opvolger
            wordt vermoedelijk Jeroen Staal, maar dat wordt pas in de zomer officieel.

            Een onderwerp heb ik deze keer niet, de hoofden staan bij ons even elders.

            Hartelijke groet,
            Wilma
            """
        ),
    },
    {
        "id": "d156-034",
        "kind": "other",
        "sender": "Anton Verhulst <a.verhulst@werkorganisatie-maaskant-oost.nl>",
        "quote": "none",
        "subject": "Ter info: Sandra de Bruin",
        "body": _(
            """
            Beste secretariaat,

            Voor jullie administratie: Sandra de Bruin, tot vorige maand directeur dienstverlening bij ons en
            lid van jullie netwerk, is vertrokken. Ze is nu partner bij een werving- en selectiebureau. Haar
            oude mailadres werkt niet meer. Een vervanger is er nog niet.

            Met vriendelijke groet,
            Anton Verhulst
            """
        ),
    },
    {
        "id": "d156-035",
        "kind": "unsubscribe",
        "sender": "Loes Kramer <loes.kramer@werkorganisatie-vechtdal-noord.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Ik ga inderdaad als zelfstandig adviseur verder, dus dit is terecht.
            Jullie vroegen naar een opvolger: dat wordt per 1 mei Wessel Hoekstra,
            w.hoekstra@werkorganisatie-vechtdal-noord.nl. Hij weet ervan.

            Veel succes nog met het netwerk!
            Loes
            """
        ),
    },
    {
        "id": "d156-036",
        "kind": "subscribe",
        "sender": "Erik Zandbergen <e.zandbergen@werkorganisatie-de-liemers-zuid.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Dit berust op een misverstand. Mijn managementassistent heeft mij afgemeld omdat ze had gehoord dat
            ik naar een adviesbureau ga, maar dat speelt pas volgend jaar en is nog lang niet zeker. Ik blijf
            dus graag lid.

            Erik Zandbergen
            """
        ),
    },
    {
        "id": "d156-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Saskia Tromp <s.tromp@werkorganisatie-waterland-midden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom, met 1 gast: onze externe adviseur Peter Laagland, die ons de afgelopen twee jaar bij de
            fusie heeft begeleid en het thema van dichtbij kent.

            Saskia Tromp
            """
        ),
    },
    {
        "id": "d156-038",
        "kind": "other",
        "sender": "Bert Leijdekkers <b.leijdekkers@werkorganisatie-peelrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dag Melanie,

            Ik zou graag komen, maar dan het liefst samen met de adviseur die onze herindelingsverkenning doet
            (extern, geen collega). Mag dat, of is het atelier alleen voor directeuren? Als het mag, kom ik met
            hem; anders moet ik even kijken of ik alleen ga.

            Groet,
            Bert
            """
        ),
    },
    {
        "id": "d156-039",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nadia el Amrani <n.elamrani@werkorganisatie-duinkant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Hoi Stan, ik ben erbij op de 11e.

            Ter info: bij ons loopt een afstudeerder van de Haagse Hogeschool stage die onderzoek doet naar
            precies dit thema. Zij wil het verslag na afloop graag lezen; dat stuur ik haar zelf wel door als
            het er is.

            Nadia
            """
        ),
    },
    {
        "id": "d156-040",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Tjeerd Bosgra <t.bosgra@werkorganisatie-friese-meren-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Mijn onderwerp: de afhankelijkheid van inhuur. Wij besteden inmiddels bijna 20 procent van de
            loonsom aan externe adviseurs en interimmers, vooral in het sociaal domein en bij ICT. Hoe krijgen
            andere werkorganisaties die flexibele schil weer onder controle zonder dat het werk blijft liggen?

            Groet,
            Tjeerd Bosgra
            """
        ),
    },
    {
        "id": "d156-041",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Mirjam Westerhof <m.westerhof@werkorganisatie-ijsselvallei.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom!

            Ik heb meteen een onderwerp, want u vraagt erom: hoe werven en behouden we jong talent? Wij werken
            sinds kort samen met de hogeschool in Deventer aan een traineeship voor afgestudeerden, maar de
            helft vertrekt na een jaar naar een adviesbureau. Ik ben benieuwd hoe collega's hun formatie
            toekomstbestendig houden.

            Mirjam Westerhof
            directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d156-042",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hendrik Mossel <h.mossel@werkorganisatie-zeeuwse-stromen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank, het was een goede middag.

            Voor de volgende keer: de rol van de provincie in onze regio. Bij ons schuift de provincie steeds
            vaker aan bij de regionale opgaven (woningbouw, energie) en voor onze drie gemeenten is onduidelijk
            wie dan de regie heeft. Hoe positioneren andere werkorganisaties zich tussen provincie en regio?

            Hendrik Mossel
            """
        ),
    },
    {
        "id": "d156-043",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Carla Wubben <c.wubben@werkorganisatie-hondsrug.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen,

            Een voorstel voor het atelier. Na een storing bij ons klantcontactcentrum stond onze organisatie
            drie dagen in de regionale krant, en een journalist belde inwoners op die niet geholpen waren. Ik
            zou graag met collega's bespreken hoe je de dienstverlening aan inwoners zo inricht dat je bij een
            verstoring snel en zichtbaar herstelt, en wat je dan naar buiten toe communiceert.

            Vriendelijke groet,
            C. Wubben
            """
        ),
    },
    {
        "id": "d156-044",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Olaf Siersema <o.siersema@ambtelijkefusie-westerkwartier-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste secretariaat,

            De VNG heeft onlangs haar rapport over de toekomst van ambtelijke samenwerking gepubliceerd. Los
            van de vraag wat je ervan vindt: wat betekent het voor de langetermijnvisie van onze eigen
            werkorganisaties? Moeten we over tien jaar nog bestaan in deze vorm? Dat lijkt me een mooi
            strategisch gesprek voor maart.

            Met vriendelijke groet,
            Olaf Siersema
            """
        ),
    },
    {
        "id": "d156-045",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Ramon Tillema <r.tillema@werkorganisatie-lindewaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Twee onderwerpen van mijn kant:

            1. Leveranciersafhankelijkheid in de I&A: na de fusie zitten we vast aan drie contracten met
               dezelfde leverancier met verschillende looptijden. Hoe komen anderen daaruit?
            2. Een inwonerspanel voor alle deelnemende gemeenten om de tevredenheid over onze dienstverlening
               te volgen: heeft iemand daar ervaring mee?

            Ramon
            """
        ),
    },
    {
        "id": "d156-046",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ingeborg Nijenhuis <i.nijenhuis@werkorganisatie-salland-west.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Mijn suggestie: prestaties van de dienstverlening vergelijken tussen werkorganisaties. Wij meten
            wachttijden en afhandeltermijnen per gemeente, maar weten niet of we goed of slecht scoren.

            Dr. Anouk Veldkamp van de Universiteit Twente heeft daar een benchmark voor ontwikkeld; zij zou het
            gesprek mooi kunnen openen, als jullie dat zien zitten. Ik heb haar nog niets gevraagd.

            Groet,
            Ingeborg
            """
        ),
    },
    {
        "id": "d156-047",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Kees Verbrugge <k.verbrugge@werkorganisatie-bommelerwaard-oost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hallo Stan,

            Complimenten voor de middag, en vooral voor de onderzoeker van de Radboud die het aftrapte: zij
            verwoordde scherp wat wij allemaal voelen. Voor de volgende keer wil ik graag de samenwerking met
            de andere partners in de regio aan de orde stellen: waterschap, veiligheidsregio, de GGD. Hoe
            houd je als werkorganisatie van kleine gemeenten een stem aan die tafels?

            Kees
            """
        ),
    },
    {
        "id": "d156-048",
        "kind": "other",
        "sender": "Marloes Hoefnagel <m.hoefnagel@werkorganisatie-schouwen-noord.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Het onderwerp dat de adviseur van het bureau aan onze tafel inbracht - de rol van de directeur als
            'verbinder' tussen vier colleges - verdient wat mij betreft een eigen sessie. Daar sluit ik me van
            harte bij aan. Zelf heb ik geen nieuw onderwerp.

            Groet,
            Marloes
            """
        ),
    },
    {
        "id": "d156-049",
        "kind": "other",
        "sender": "Theo van Rijswijk <t.vanrijswijk@werkorganisatie-krimpenerland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Stan,

            Er belde net een journalist van het Dagblad van het Westen die had gehoord dat wij 'met z'n allen in
            Utrecht over de toekomst van de fusies praten'. Is het atelier openbaar? Mag ik hem doorverwijzen
            naar jullie, of liever niet? Ik wil niet dat mijn collega's verrast worden.

            Theo
            """
        ),
    },
    {
        "id": "d156-050",
        "kind": "other",
        "sender": "Vincent Claessens <v.claessens@nieuwsdienst-binnenlandsbestuur.nl>",
        "quote": "none",
        "subject": "Verzoek om reactie: onderzoek naar ambtelijke fusies",
        "body": _(
            """
            Geacht secretariaat,

            Voor een artikel over het onderzoek dat deze week verscheen naar de kosten van ambtelijke fusies
            zoek ik een reactie vanuit het netwerk. Is er een voorzitter of woordvoerder die ik donderdag of
            vrijdag telefonisch kan spreken? Mijn deadline is vrijdag 15.00 uur.

            Vriendelijke groet,
            Vincent Claessens
            verslaggever
            06 - 27 13 90 58
            """
        ),
    },
    {
        "id": "d156-051",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jorien Kleefstra <j.kleefstra@kennisinstituut-lokaalbestuur.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste heer Van de Laar,

            Vriendelijk dat ik mag komen in plaats van Dirk, met wie ik samen een onderzoek doe. Helaas geef ik
            die middag zelf een college in Tilburg en kan ik er niet bij zijn. Misschien kan Dirk iemand anders
            vragen.

            Met vriendelijke groet,
            Jorien Kleefstra
            onderzoeker, Kennisinstituut Lokaal Bestuur
            """
        ),
    },
    {
        "id": "d156-052",
        "kind": "autoreply",
        "sender": "Sander Bijlsma <s.bijlsma@uu-bestuursonderzoek.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik doe tot half februari veldwerk in Suriname en lees mijn mail slechts sporadisch. Voor dringende
            zaken rond het onderzoeksproject kunt u contact opnemen met het secretariaat van de vakgroep.

            I am doing fieldwork until mid-February with limited access to e-mail.

            Sander Bijlsma
            """
        ),
    },
    {
        "id": "d156-053",
        "kind": "autoreply",
        "sender": "Relatiebeheer VNG Adviesnetwerk <relatiebeheer@vng-adviesnetwerk.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "[Ticket #VA-55817] Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "body": _(
            """
            Beste afzender,

            Bedankt voor uw bericht. Wij hebben uw vraag ontvangen en geregistreerd onder ticketnummer VA-55817.
            Een medewerker neemt binnen drie werkdagen contact met u op. U hoeft niet opnieuw te mailen; een
            reactie op deze e-mail wordt aan hetzelfde ticket toegevoegd.

            Team Relatiebeheer
            """
        ),
    },
    {
        "id": "d156-054",
        "kind": "other",
        "sender": "Petra Oosterbeek <secretariaat@netwerk-bedrijfsvoering-zuid.nl>",
        "quote": "none",
        "subject": "Mogen wij uw uitnodiging doorsturen aan onze leden?",
        "body": _(
            """
            Goedemiddag,

            Namens het Netwerk Bedrijfsvoering Zuid: een aantal van onze leden is directeur bedrijfsvoering bij
            een werkorganisatie en zou interesse hebben in uw atelier van 11 maart. Vindt u het goed als wij de
            uitnodiging in onze ledenmail opnemen? Of werkt u alleen met eigen leden en kunnen zij zich beter
            eerst bij u aanmelden?

            Met vriendelijke groet,
            Petra Oosterbeek
            secretariaat Netwerk Bedrijfsvoering Zuid
            """
        ),
    },
    {
        "id": "d156-055",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerard Haaksma <g.haaksma@werkorganisatie-noordoostpolder-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom, en ik neem twee mensen mee: de voorzitter en de secretaris van ons regionale
            directeurenoverleg in Flevoland, die graag eens zien hoe jullie het aanpakken. Dus 3 personen in
            totaal.

            Gerard Haaksma
            """
        ),
    },
    {
        "id": "d156-056",
        "kind": "other",
        "sender": "Daan Hilbrands <d.hilbrands@student.saxion-bestuurskunde.nl>",
        "quote": "none",
        "subject": "lid worden als student?",
        "body": _(
            """
            Hallo,

            Ik ben derdejaars student bestuurskunde en loop stage bij de werkorganisatie van twee gemeenten in
            de Achterhoek. Mijn stagebegeleider vertelde over jullie netwerk. Kan ik me als student ook
            aanmelden, of is het echt alleen voor directeuren? Ik zou vooral de uitnodigingen en verslagen
            interessant vinden.

            Groetjes,
            Daan
            """
        ),
    },
    {
        "id": "d156-057",
        "kind": "other",
        "sender": "Gonny Rijpstra <g.rijpstra@werkorganisatie-fivelingo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Hierbij bevestig ik namens onze algemeen directeur, de heer Anne Zijlstra, zijn aanmelding. Hij is
            deze week op werkbezoek en ik beheer zijn agenda en mail.

            Met vriendelijke groet,
            Gonny Rijpstra
            managementassistent directie
            """
        ),
    },
    {
        "id": "d156-058",
        "kind": "other",
        "sender": "Leiderschapsdagen Openbaar Bestuur <info@leiderschapsdagen-ob.nl>",
        "quote": "none",
        "subject": "Laatste kans: schrijf u in voor het Voorjaarsatelier voor topambtenaren",
        "headers": {"Precedence": "bulk"},
        "body": _(
            """
            Nog 6 plaatsen beschikbaar!

            Het Voorjaarsatelier voor topambtenaren (27-28 maart, Landgoed Hoog Soeren) biedt twee dagen
            reflectie, intervisie en inspiratie voor directeuren in het openbaar bestuur. Met bijdragen van
            oud-minister J. de Waal en bestuurskundige Marjolein Kaptein.

            Investering: EUR 1.495,- excl. btw, inclusief overnachting.
            Schrijf u nu in via leiderschapsdagen-ob.nl/voorjaarsatelier

            U ontvangt deze mailing omdat u eerder een van onze programma's bezocht of interesse toonde.
            Uitschrijven? Dat kan met één klik via de link in de voettekst.
            """
        ),
    },
    {
        "id": "d156-059",
        "kind": "unsubscribe",
        "sender": "Harm Jan Wolters <hj.wolters@werkorganisatie-oost-achterhoek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Sinds ik bij jullie netwerk zit krijg ik wekelijks mails van adviesbureaus en softwarebedrijven die
            'via via' van mijn interesse in ambtelijke fusies gehoord hebben. Misschien ligt het niet aan jullie,
            maar ik neem het zekere voor het onzekere. Zet mij van de ledenlijst af, ook voor maart.

            H.J. Wolters
            """
        ),
    },
    {
        "id": "d156-060",
        "kind": "confirm",
        "sender": "Wendy Alkema <wendy.alkema@bestuurspartners-interim.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            --
            Wendy Alkema
            Directeur a.i. Werkorganisatie Gaasterland-Sneek Zuid
            Bestuurspartners Interim | 06 - 52 80 31 46
            """
        ),
    },
]
# fmt: on
