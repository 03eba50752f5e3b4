"""heldout66: a year of mail from directors and staff of werkorganisaties in Hart van Brabant and the Langstraat.

The writers run or support invented shared civil-service organisations around Tilburg and along the Langstraat
(Regte Heide, Dongen-Gilze, Langstraat-Midden, Markdal, Kampina Samen, Drunense Duinen Bedrijfsvoering, Loonse
Molen, SCB Werkt, Duinrand, Maasoever, De Moerputten, Vrijhoeve, SSC Het Groene Woud). Over one year they sign up,
confirm, answer the call for themes and the invitation for the March atelier, change their minds, retire or hand
over their seat, and their mail servers answer on their behalf. Several people write more than once, so later mails
carry the latest answer (a decline turned into a yes, a suggestion with an addition, a leaver whose address bounces).
Managementassistants, a bestuurssecretariaat and an English-speaking interim director write too.

Conventions this set relies on (from the brief):
- leaving the network while declining the atelier is an unsubscribe; declining the atelier but staying a member, or
  declining with a named substitute, is an rsvp False; asking to be taken off the waiting list is an rsvp False;
- under the call for themes a reply that only says whether the writer comes is an rsvp, one with a topic is a
  suggestion (also when it says the writer comes); a proposal about place or time of the atelier is other;
- a hand-over with the successor's address, and leaving with the successor named but without an address, are
  unsubscribes; a hand-over at a later date with "tot die tijd blijf ik lid" is other; a colleague reporting that
  someone left is other; an address change is other;
- one colleague signed up with an address is a subscribe; several colleagues is other; "lid blijven" under our
  goodbye is a subscribe;
- under the confirmation mail an empty reply or a signature alone is a confirm; an assistant confirming for the
  director from her own address is other; a plain denial (also asking who did it) is an unsubscribe, a denial asking
  where we got the address is other;
- an assistant answering our invitation is an rsvp, an assistant's new mail with a question about attendance is
  other; a yes on a condition the secretariat must answer is other;
- backing another member's topic and asking whether one may present are other;
- an AVG erasure request with a question beside it is an unsubscribe with erase;
- out-of-office, ticket systems, read receipts and "no longer in use" are autoreplies with the thread of our mail;
  delivery failures are bounces without a thread; neither carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ subscribe
    {
        "id": "hvb66-001",
        "kind": "subscribe",
        "sender": "Lieke Schellekens <l.schellekens@regteheide.nl>",
        "quote": "none",
        "subject": "Aanmelden netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Tijdens het regio-overleg van Hart van Brabant vorige week hoorde ik van een collega over jullie
            netwerk. Sinds januari ben ik algemeen directeur van Werkorganisatie Regte Heide en ik sluit graag
            aan. Wilt u mij inschrijven?

            Hartelijke groet,
            Lieke Schellekens
            Algemeen directeur | Werkorganisatie Regte Heide
            T 013 - 531 22 40
            """
        ),
    },
    {
        "id": "hvb66-002",
        "kind": "subscribe",
        "sender": "Maarten Aarts <m.aarts@markdal-werkt.nl>",
        "quote": "none",
        "subject": "Nieuwe collega voor het netwerk",
        "body": _(
            """
            Hoi Stan en Melanie,

            Sinds deze maand hebben we er een tweede directeur bij: Anouk Verhaegh, directeur bedrijfsvoering.
            Ze is nieuwsgierig geworden naar de ateliers na mijn verhalen. Kunnen jullie haar aanmelden?
            Haar adres is a.verhaegh@markdal-werkt.nl

            Dank en tot in maart,
            Maarten
            """
        ),
    },
    {
        "id": "hvb66-003",
        "kind": "subscribe",
        "sender": "Ton van Iersel <t.vaniersel@loonsemolen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Lid blijven graag! Dat afmelden was een vergissing: onze nieuwe managementondersteuner heeft mijn
            inbox opgeruimd en op alles wat op een nieuwsbrief leek 'afmelden' geantwoord. Excuses voor de
            verwarring.

            Ton
            """
        ),
    },
    {
        "id": "hvb66-004",
        "kind": "subscribe",
        "sender": "Rachel Dunmore <r.dunmore@kampinasamen.nl>",
        "quote": "none",
        "subject": "Joining the directors' network",
        "body": _(
            """
            Dear secretariat,

            I recently started as interim general director at Kampina Samen, the shared organisation of our two
            municipalities just east of Tilburg. My Dutch is still a work in progress, so apologies for writing in
            English. A fellow director told me your network is the place to be - please sign me up with this
            address.

            Kind regards,
            Rachel Dunmore
            Interim Algemeen Directeur, Kampina Samen
            """
        ),
    },
    {
        "id": "hvb66-005",
        "kind": "subscribe",
        "sender": "Fleur Couwenberg <f.couwenberg@scb-werkt.nl>",
        "quote": "none",
        "subject": "aanmelding",
        "body": _(
            """
            Graag aanmelden voor het netwerk. Ben per 1/9 gemeentesecretaris-directeur bij SCB Werkt, mijn
            voorganger gaf me dit adres mee in de overdrachtsmap.

            Groet Fleur

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "hvb66-006",
        "kind": "subscribe",
        "sender": "Hendrik-Jan Wijnen <hj.wijnen@maasoever-wo.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Beste secretariaat,

            Onderstaande uitnodiging kwam via mijn voorganger bij mij terecht. Ik ben sinds kort directeur van
            Werkorganisatie Maasoever en wil graag zelf op de verzendlijst van het netwerk, met dit adres. Of het
            atelier in mijn agenda past, moet ik nog uitzoeken.

            Met vriendelijke groet,
            Hendrik-Jan Wijnen
            """
        ),
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "hvb66-007",
        "kind": "confirm",
        "sender": "Joost Pijnenburg <j.pijnenburg@dgsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "hvb66-008",
        "kind": "confirm",
        "sender": "Els Brekelmans <e.brekelmans@wo-langstraatmidden.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "subject": "Antw: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Met vriendelijke groet,

            drs. E.M. (Els) Brekelmans
            Directeur Bedrijfsvoering
            Werkorganisatie Langstraat-Midden
            Postbus 10031 | 5140 GA Waalwijk

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan de inhoud van dit bericht kunnen geen
            rechten worden ontleend.
            """
        ),
    },
    {
        "id": "hvb66-009",
        "kind": "confirm",
        "sender": "Mirjam Hoogendoorn <mirjam.hoogendoorn@gr-ddb.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Klopt, dat was ik (via ons bestuurssecretariaat aangevraagd). Bij deze bevestigd.

            Mirjam

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "hvb66-010",
        "kind": "confirm",
        "sender": "Rob Smulders <rsmulders@loonsemolen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Excuus, uw eerste bericht was in mijn map ongewenste e-mail beland. Ja, ik word graag lid.

            R. Smulders
            Gemeentesecretaris-directeur
            """
        ),
    },
    {
        "id": "hvb66-011",
        "kind": "confirm",
        "sender": "Dirk Baijens <d.baijens@ssc-groenewoud.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Confirmed, that's me alright. Looking forward to meeting the other members at some point.
            Dirk
            """
        ),
    },
    {
        "id": "hvb66-012",
        "kind": "confirm",
        "sender": "Yasmina El Amrani <y.elamrani@regteheide.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Dag Stan en Melanie,

            Hierbij bevestig ik mijn aanmelding. Lieke Schellekens, mijn collega-directeur hier, is al lid en heeft
            me enthousiast gemaakt - misschien verdelen we de bijeenkomsten straks een beetje, dan mist onze
            organisatie niets.

            Hartelijke groet,
            Yasmina El Amrani
            Directeur Sociaal Domein, Werkorganisatie Regte Heide
            """
        ),
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "hvb66-013",
        "kind": "unsubscribe",
        "sender": "Gerard van Rooij <g.vanrooij@dgsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, Melanie,

            In maart zal ik er niet bij zijn: per 1 februari ga ik met vervroegd pensioen. Na twaalf jaar
            Dongen-Gilze is het mooi geweest. U mag mij dus ook van de ledenlijst halen. Een opvolger is nog niet
            benoemd; die meldt zich te zijner tijd vast zelf.

            Het ga jullie goed,
            Gerard van Rooij
            """
        ),
    },
    {
        "id": "hvb66-014",
        "kind": "unsubscribe",
        "sender": "Wilma Prinsen <w.prinsen@moerputten-wo.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap netwerk",
        "body": _(
            """
            Goedemorgen,

            Met ingang van 1 mei vertrek ik naar de provincie Noord-Brabant. Mijn functie als algemeen directeur
            van Werkorganisatie De Moerputten wordt overgenomen door Ruben Ketelaars
            (r.ketelaars@moerputten-wo.nl). Wilt u mij uitschrijven en Ruben in mijn plaats op de lijst zetten?
            Hij weet ervan.

            Met vriendelijke groet,
            Wilma Prinsen
            """
        ),
    },
    {
        "id": "hvb66-015",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Paul Verhoeven <p.verhoeven@scb-werkt.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens die bij het netwerk en het
            secretariaat zijn vastgelegd te wissen, inclusief aanwezigheidslijsten en notities van eerdere
            ateliers. Kunt u mij schriftelijk laten weten wanneer dit is afgerond, en of mijn gegevens ooit aan
            derden (een locatie, een cateraar) zijn verstrekt?

            Hoogachtend,
            P.J.M. Verhoeven
            """
        ),
    },
    {
        "id": "hvb66-016",
        "kind": "unsubscribe",
        "sender": "Karin Leijten <k.leijten@markdal-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Ik heb me niet voor dit netwerk aangemeld en ken het ook niet. Wie heeft mij opgegeven? Ik wil er in
            elk geval niet op staan.

            Karin Leijten
            """
        ),
    },
    {
        "id": "hvb66-017",
        "kind": "unsubscribe",
        "sender": "Bas Kuijpers <b.kuijpers@wo-langstraatmidden.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo,

            Helaas, donderdag lukt niet. Sterker nog: ik ben aangenomen als programmadirecteur bij de provincie en
            vertrek eind deze maand, dus het heeft weinig zin mij nog op jullie lijst te houden. Haal me er maar
            af. Dank voor de mooie bijeenkomsten!

            Bas
            """
        ),
    },
    {
        "id": "hvb66-018",
        "kind": "unsubscribe",
        "sender": "Nicole Sprangers <n.sprangers@vrijhoeve-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Geen onderwerpen van mijn kant, en er komt ook geen volgende keer: de raden hebben besloten
            Werkorganisatie Vrijhoeve te ontvlechten, en mijn functie verdwijnt daarmee. Schrijft u mij dus maar
            uit het netwerk.

            Groeten,
            Nicole Sprangers
            """
        ),
    },
    {
        "id": "hvb66-019",
        "kind": "unsubscribe",
        "sender": "Frank Hendrikx <f.hendrikx@ssc-groenewoud.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank voor het verslag. Dit was voor mij het laatste atelier: ik stop hier per 1 april. Mijn opvolgster
            is Yvonne Mertens; haar mailadres heb ik nog niet, want ze begint pas in mei. Ze meldt zich dan zelf bij
            u. Mij kunt u afmelden.

            Frank Hendrikx
            """
        ),
    },
    # ------------------------------------------------------------------ rsvp
    {
        "id": "hvb66-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes van der Heijden <m.vanderheijden@regteheide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom! Ik neem onze concerncontroller Tim Wouters mee, dus reken op twee personen.

            Marloes
            """
        ),
    },
    {
        "id": "hvb66-021",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ahmet Özdemir <a.ozdemir@wo-langstraatmidden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee, helaas - op 11 maart bespreekt de gezamenlijke raadscommissie de kadernota en daar moet ik bij
            zijn. Volgende keer beter!

            Ahmet Özdemir
            Directeur Ruimte
            """
        ),
    },
    {
        "id": "hvb66-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ingeborg Wouters <secretariaat.directie@duinrand-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens mevrouw Damen, algemeen directeur, laat ik u weten dat zij op 11 maart graag aanwezig is bij
            het atelier. Ik heb de middag in haar agenda vrijgehouden.

            Met vriendelijke groet,
            Ingeborg Wouters
            Managementassistente directie Werkorganisatie Duinrand
            """
        ),
    },
    {
        "id": "hvb66-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Erik Brouwers <e.brouwers@kampinasamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Zelf lukt het me niet, ik zit die week met ons college op werkbezoek in Vlaanderen. In mijn plaats
            komt onze directeur sociaal domein, Bram Hoefnagels (b.hoefnagels@kampinasamen.nl). Hij heeft er zin
            in.

            Gr. Erik
            """
        ),
    },
    {
        "id": "hvb66-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sanne Vugts <s.vugts@markdal-werkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            helaas ik kan niet, lig met koorts op de bank. geef mijn plek maar aan iemand van de wachtlijst. sorry
            voor de late afmelding
            Sanne

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "hvb66-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Thijs van Dongen <t.vandongen@scb-werkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-en",
        "body": _(
            """
            Ik sta op de wachtlijst, maar intussen is op die middag bij ons een begrotingsoverleg met de
            portefeuillehouders gepland. Haal mij dus gerust van de wachtlijst, dan is een ander eerder aan de
            beurt.

            Thijs van Dongen
            """
        ),
    },
    {
        "id": "hvb66-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pieter Smits <p.smits@maasoever-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Tot 11 maart in Utrecht.
            """
        ),
    },
    {
        "id": "hvb66-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rachel Dunmore <r.dunmore@kampinasamen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Declined: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Unfortunately this clashes with our MT away-day. Apologies, hopefully next time.
            """
        ),
    },
    {
        "id": "hvb66-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jos van Beurden <j.vanbeurden@dgsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Een vraagstuk om in te brengen heb ik op dit moment niet; onze agenda wordt volledig opgeslokt door de
            evaluatie van de GR. Wel heb ik 11 maart alvast geblokt: ik kom.

            Jos
            """
        ),
    },
    {
        "id": "hvb66-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bram Hoefnagels <b.hoefnagels@kampinasamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de plek van Erik graag over en ben er op de 11e. Een gast neem ik
            overigens niet mee, ik kom alleen.

            Bram Hoefnagels
            """
        ),
    },
    {
        "id": "hvb66-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marja Kuipers <m.kuipers@duinrand-wo.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 18 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Geacht secretariaat,

            De nieuwe datum (18 maart) valt samen met ons bestuurlijk overleg over de regiodeal. Ik meld me daarom
            af voor dit atelier. Lid blijf ik uiteraard graag, en bij een volgende editie hoop ik er weer te zijn.

            Met vriendelijke groet,
            M. Kuipers
            """
        ),
    },
    {
        "id": "hvb66-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ahmet Özdemir <a.ozdemir@wo-langstraatmidden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Goed nieuws: de raadscommissie over de kadernota is een week opgeschoven. Mijn afzegging van vorige
            week kunt u dus vergeten - ik kom op 11 maart toch.

            Ahmet
            """
        ),
    },
    # ------------------------------------------------------------------ suggestion
    {
        "id": "hvb66-032",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Els Brekelmans <e.brekelmans@wo-langstraatmidden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Onderwerp voor maart:
            - Harmonisatie van de P&C-cyclus: drie begrotingsformats, drie jaarrekeningen en één
              werkorganisatie die alles in drievoud maakt. Hoe hebben anderen hun planning-en-controlcyclus
              vereenvoudigd?

            Els
            """
        ),
    },
    {
        "id": "hvb66-033",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Maarten Aarts <m.aarts@markdal-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Twee onderwerpen, één per regel zoals gevraagd:
            Jong talent binden en boeien nu de arbeidsmarkt zo krap is (starters vertrekken naar Tilburg)
            Tevredenheid van inwoners in kleine kernen meten als het servicepunt in het dorp dichtgaat

            Groet, Maarten
            """
        ),
    },
    {
        "id": "hvb66-034",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Thijs van Dongen <t.vandongen@scb-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Wat mij bezighoudt: wat doe je als een van de deelnemende gemeenten hardop twijfelt aan de
            gemeenschappelijke regeling? Bij ons speelt dat sinds de verkiezingen. Ik praat graag met collega's
            over hoe je de verhouding tussen de colleges gezond houdt als een partner overweegt uit te treden.

            Thijs
            """
        ),
    },
    {
        "id": "hvb66-035",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Lieke Schellekens <l.schellekens@regteheide.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor een inspirerende middag. Voor de volgende keer stel ik voor: hoe ontwikkel je een
            langetermijnvisie voor de werkorganisatie, richting 2035, als de bestuurlijke agenda elke vier jaar
            opnieuw wordt geschreven? Wij staan aan het begin van zo'n traject en kunnen wel wat spiegels gebruiken.

            Lieke
            """
        ),
    },
    {
        "id": "hvb66-036",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Yasmina El Amrani <y.elamrani@regteheide.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom! Een onderwerp heb ik meteen: wij experimenteren met een chatbot op de website en
            met wijkspreekuren in de dorpen. Ik ben benieuwd hoe andere organisaties hun dienstverlening aan
            inwoners vernieuwen zonder dat de minder digitaal vaardigen achterblijven.

            Yasmina
            """
        ),
    },
    {
        "id": "hvb66-037",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Coen van Hest <c.vanhest@duinrand-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            In maart ben ik er zeker bij. Voorstel voor een gespreksonderwerp: de positie van een kleinere
            werkorganisatie in de regio Hart van Brabant. De centrumgemeente trekt steeds meer regionale taken naar
            zich toe; hoe blijf je een serieuze partner aan tafel bij de regiodeal en de woondeal?

            Coen
            """
        ),
    },
    {
        "id": "hvb66-038",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Els Brekelmans <e.brekelmans@wo-langstraatmidden.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Nog een aanvulling op mijn eerdere inzending: het monitoren van de prestaties van ons
            klantcontactcentrum. Wij sturen nu op bereikbaarheid, maar willen naar sturen op 'in één keer goed
            geholpen'. Welke kpi's gebruiken anderen daarvoor?
            """
        ),
    },
    {
        "id": "hvb66-039",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Rachel Dunmore <r.dunmore@kampinasamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            One topic from my side: moving all our back-office teams onto a single case management system
            (zaaksysteem) and redesigning the work processes behind it. We are halfway through and learning
            the hard way.

            Best, Rachel
            """
        ),
    },
    {
        "id": "hvb66-040",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Mirjam Hoogendoorn <mirjam.hoogendoorn@gr-ddb.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Mijn suggestie: hoe vertaal je de bestuurlijke prioriteiten van vier colleges naar één
            meerjarenstrategie voor de werkorganisatie, zonder dat een van de gemeenten zich ondergesneeuwd
            voelt? Voor ons is dat tegelijk een strategische vraag en een vraag over de onderlinge samenwerking.

            Mirjam Hoogendoorn
            """
        ),
    },
    {
        "id": "hvb66-041",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Joost Pijnenburg <j.pijnenburg@dgsamen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat een goede middag was het. Vooral de casus over het samenvoegen van twee klantcontactcentra heb ik
            meegenomen naar ons MT; we hebben er de week erna meteen een uur over doorgepraat. De locatie beviel
            ook, al was parkeren een uitdaging.

            Wat ik de volgende keer graag zou bespreken is ons sturingsconcept. Wij kozen vijf jaar geleden voor
            zelforganiserende teams, maar merken dat de colleges juist weer behoefte hebben aan één duidelijk
            aanspreekpunt per dossier. Hoe vinden anderen de balans tussen teamautonomie en lijnsturing?

            Hartelijke groet,
            Joost Pijnenburg
            Gemeentesecretaris-directeur Dongen-Gilze
            """
        ),
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "hvb66-042",
        "kind": "autoreply",
        "sender": "Coen van Hest <c.vanhest@duinrand-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben tot en met maandag 15 februari met vakantie en lees mijn mail niet. Voor
            dringende zaken kunt u terecht bij het directiesecretariaat via secretariaat.directie@duinrand-wo.nl
            of 0416 - 27 80 00. Uw bericht wordt niet doorgestuurd.
            """
        ),
    },
    {
        "id": "hvb66-043",
        "kind": "autoreply",
        "sender": "Dirk Baijens <d.baijens@ssc-groenewoud.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Out of Office: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            I am out of the office attending a conference in Copenhagen until 20 January, with limited access to
            e-mail. For anything concerning SSC Het Groene Woud please contact my office manager, Petra Lommers
            (p.lommers@ssc-groenewoud.nl).
            """
        ),
    },
    {
        "id": "hvb66-044",
        "kind": "autoreply",
        "sender": "KCC Werkorganisatie Langstraat-Midden <info@wo-langstraatmidden.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "[Melding 2027-004187] RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte afzender,

            Wij hebben uw e-mail in goede orde ontvangen. Uw bericht is geregistreerd onder meldingsnummer
            2027-004187. Wij streven ernaar u binnen vijf werkdagen te antwoorden. Vermeld bij verdere
            correspondentie altijd het meldingsnummer in de onderwerpregel.

            Met vriendelijke groet,
            Klantcontactcentrum Werkorganisatie Langstraat-Midden

            Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.
            """
        ),
    },
    {
        "id": "hvb66-045",
        "kind": "autoreply",
        "sender": "Frank Hendrikx <f.hendrikx@ssc-groenewoud.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier najaar 2027"
            " [atelier:2027-2]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Frank Hendrikx is per 1 april 2027 uit dienst getreden bij
            SSC Het Groene Woud. Uw bericht wordt niet gelezen en niet doorgestuurd. Met vragen kunt u terecht bij
            info@ssc-groenewoud.nl.
            """
        ),
    },
    {
        "id": "hvb66-046",
        "kind": "autoreply",
        "sender": "Marloes van der Heijden <m.vanderheijden@regteheide.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Gelezen: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Uw bericht

                Aan: Marloes van der Heijden
                Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
                Verzonden: maandag 8 maart 2027 09:02:11 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op maandag 8 maart 2027 10:47:35 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    # ------------------------------------------------------------------ bounce
    {
        "id": "hvb66-047",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.scb-werkt.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.scb-werkt.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <p.verhoeven@scb-werkt.nl>: host mailstore.scb-werkt.nl[10.20.4.11] said: 550
                5.1.1 <p.verhoeven@scb-werkt.nl>: Recipient address rejected: User unknown
                in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "hvb66-048",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@vrijhoeve-samen.nl>",
        "quote": "none",
        "subject": (
            "Onbestelbaar: Welke thema's wilt u bespreken? Leer- en inspireer-atelier najaar 2027"
            " [atelier:2027-2]"
        ),
        "body": _(
            """
            Kan niet worden bezorgd bij deze ontvangers of groepen:

            n.sprangers@vrijhoeve-samen.nl
            Het e-mailadres dat u hebt opgegeven, is niet gevonden. Controleer het e-mailadres van de ontvanger
            en probeer het bericht opnieuw te verzenden. Neem contact op met uw helpdesk als het probleem zich
            blijft voordoen.

            Diagnostische gegevens voor beheerders:

            Genererende server: AM9PR02MB7411.eurprd02.prod.outlook.com

            n.sprangers@vrijhoeve-samen.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    # ------------------------------------------------------------------ other
    {
        "id": "hvb66-049",
        "kind": "other",
        "sender": "Ton van Iersel <t.vaniersel@loonsemolen.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres per 1 juni",
        "body": _(
            """
            Beste secretariaat,

            Onze werkorganisatie gaat per 1 juni verder onder een nieuwe naam, en daarmee verandert ook mijn
            e-mailadres. Vanaf die datum ben ik bereikbaar op t.vaniersel@wo-loonseduinen.nl; het oude adres
            stuurt nog drie maanden door. Wilt u het in uw administratie aanpassen?

            Groet,
            Ton van Iersel
            """
        ),
    },
    {
        "id": "hvb66-050",
        "kind": "other",
        "sender": "Petra Lommers <p.lommers@ssc-groenewoud.nl>",
        "quote": "none",
        "subject": "Dhr. Baijens",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: de heer Baijens is sinds vorige week niet meer werkzaam bij SSC Het Groene Woud.
            Berichten aan hem komen voorlopig bij mij binnen. Wie hem opvolgt, is nog niet bekend.

            Met vriendelijke groet,
            Petra Lommers
            Officemanager
            """
        ),
    },
    {
        "id": "hvb66-051",
        "kind": "other",
        "sender": "Hanneke Brouwers <h.brouwers@gr-ddb.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom graag, maar alleen als ik online kan aansluiten: ik zit die week thuis met een gebroken enkel en
            Utrecht is dan geen optie. Kan ik via de Teams-link ook meedoen aan de gesprekken in kleine groepen,
            of is die alleen voor de plenaire opening? Laat u het even weten?

            Hanneke
            """
        ),
    },
    {
        "id": "hvb66-052",
        "kind": "other",
        "sender": "Marja Kuipers <m.kuipers@duinrand-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Een suggestie over de vorm, niet over de inhoud: zou het atelier eens in Brabant kunnen? Voor ons uit
            de Langstraat is Utrecht op een donderdagmiddag al snel anderhalf uur file. Tilburg of Den Bosch ligt
            voor een flink deel van de leden gunstiger, en een ochtendprogramma zou ook schelen.

            Met groet,
            Marja Kuipers
            """
        ),
    },
    {
        "id": "hvb66-053",
        "kind": "other",
        "sender": "Gerda van Gils <g.vangils@wo-langstraatmidden.nl>",
        "quote": "none",
        "subject": "Aanmelding sectordirecteuren Langstraat-Midden",
        "body": _(
            """
            Beste Stan,

            Zoals besproken op de provinciale dag: hierbij de sectordirecteuren van Langstraat-Midden die graag
            lid willen worden:
            - Koen Wagemakers, k.wagemakers@wo-langstraatmidden.nl
            - Ilse Timmermans, i.timmermans@wo-langstraatmidden.nl
            Ahmet Özdemir staat er volgens mij al op.

            Zet je ze erbij? Dank!
            Gerda van Gils
            Algemeen directeur
            """
        ),
    },
    {
        "id": "hvb66-054",
        "kind": "other",
        "sender": "Ingeborg Wouters <secretariaat.directie@duinrand-wo.nl>",
        "quote": "none",
        "subject": "Atelier 11 maart - mevrouw Damen",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Damen heeft zich aangemeld voor het atelier van 11 maart, maar die middag is er een extra
            AB-vergadering ingepland. Zij vraagt of zij na de pauze nog kan aanschuiven, rond half vier, of dat u
            dat liever niet heeft. Ik hoor het graag, dan stem ik haar agenda daarop af.

            Met vriendelijke groet,
            Ingeborg Wouters
            Managementassistente
            """
        ),
    },
    {
        "id": "hvb66-055",
        "kind": "other",
        "sender": "Rob Smulders <rsmulders@loonsemolen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geen eigen onderwerp dit keer, maar ik hoorde van Els Brekelmans dat zij de harmonisatie van de
            P&C-cyclus heeft ingebracht. Daar sluit ik me van harte bij aan, bij ons speelt precies hetzelfde.
            Tel mij maar als medestander.

            Rob Smulders
            """
        ),
    },
    {
        "id": "hvb66-056",
        "kind": "other",
        "sender": "Kees Vugts <k.vugts@regteheide.nl>",
        "quote": "none",
        "subject": "Lidmaatschap voor plaatsvervanger?",
        "body": _(
            """
            Goedendag,

            Ik ben plaatsvervangend algemeen directeur van Werkorganisatie Regte Heide. Is het netwerk ook bedoeld
            voor plaatsvervangers, of alleen voor de eerste directeur? Ik wil niet ongevraagd een plek innemen die
            voor een ander bedoeld is.

            Vriendelijke groet,
            Kees Vugts
            """
        ),
    },
    {
        "id": "hvb66-057",
        "kind": "other",
        "sender": "Mirjam Hoogendoorn <mirjam.hoogendoorn@gr-ddb.nl>",
        "quote": "none",
        "subject": "Opvolging per september",
        "body": _(
            """
            Beste Melanie,

            Alvast ter aankondiging: per 1 september draag ik mijn functie over aan Ruud Kerkhofs
            (r.kerkhofs@gr-ddb.nl). Tot die tijd blijf ik gewoon lid, en als de datum het toelaat kom ik nog naar
            het najaarsatelier. Willen jullie Ruud dan per september op de lijst zetten en mij eraf halen?

            Groet,
            Mirjam
            """
        ),
    },
    {
        "id": "hvb66-058",
        "kind": "other",
        "sender": "Jolanda Broeders <j.broeders@maasoever-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ik heb mij nergens voor aangemeld. Hoe komt u aan mijn e-mailadres, en wie zit er achter dat
            'secretariaat.directie'-adres dat mij heeft opgegeven? Dat hoort niet bij onze organisatie.

            J. Broeders
            """
        ),
    },
    {
        "id": "hvb66-059",
        "kind": "other",
        "sender": "Lotte Brands <l.brands@scb-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Couwenberg bevestig ik hierbij haar aanmelding voor het netwerk. Zij vroeg mij dit af
            te handelen; uw bericht was in de gedeelde directiebox terechtgekomen.

            Met vriendelijke groet,
            Lotte Brands
            Bestuurssecretariaat SCB Werkt
            """
        ),
    },
    {
        "id": "hvb66-060",
        "kind": "other",
        "sender": "Hendrik-Jan Wijnen <hj.wijnen@maasoever-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Wij hebben het afgelopen jaar één gezamenlijk omgevingsloket opgezet voor onze drie gemeenten, en dat
            loopt verrassend goed. Zou ik daar op het atelier een korte presentatie over mogen geven? Een
            kwartiertje is genoeg. Ik hoor graag of daar ruimte voor is.

            Hendrik-Jan Wijnen
            """
        ),
    },
]
# fmt: on
