"""devset164: leaving, now and later - directors who go, stay, hand over, or only say they are going.

Directors who leave the network today, at a date later this year, when their job ends or at retirement; with or
without a successor (with or without the successor's address); who want the mails until their last day or not at
all; who leave their job but stay a member privately or in a new role; and who only announce a departure without
asking anything. Assistants and colleagues write about a director who left or will leave, and some mail uses
leaving words for something else: leaving a meeting early, leaving the atelier's waiting list, stepping out of the
Adviesraad, a municipality leaving a GR as a topic, leaving on holiday.

Conventions this set relies on (from the brief):
- The label is what the writer asks now. Leaving today (or "take me off now" while the job ends later) is
  `unsubscribe`; a departure at a later date with the mails wanted until then is `other`, as is a bare announcement
  of a departure that asks nothing. A departure mentioned beside an answer about the atelier leaves that answer
  (`rsvp`) or topic (`suggestion`) as the label.
- Leaving the network and declining the atelier in one mail is `unsubscribe`; "afmelden voor het atelier", leaving
  the waiting list and a decline with a substitute are `rsvp` False.
- A successor named, with or without an address, is an `unsubscribe` (hand-over); a hand-over for a later date with
  "tot die tijd blijf ik lid" is `other`.
- An assistant or colleague reporting that the director left, or asking for the director from their own address,
  is `other`; an address change (also to a private address, also for a new role) is `other`. A request with a real
  question beside it is `other`.
- An AVG erasure is `unsubscribe` with `erase`; "lid blijven" under our goodbye is `subscribe`; a denial or a
  withdrawal under our confirmation mails is `unsubscribe`; a bare confirmation there is `confirm`.
- Out-of-office and "no longer in use" notices are `autoreply` without a quote; a delivery failure is `bounce`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "vt164-001",
        "kind": "unsubscribe",
        "sender": "Gerard Wolthuis <g.wolthuis@dinkelvliet.nl>",
        "quote": "none",
        "subject": "Laatste werkdag",
        "body": _(
            """
            Goedemiddag,

            Vandaag is mijn laatste werkdag bij Werkorganisatie Dinkelvliet. Dit mailadres wordt morgenochtend
            opgeheven, dus wilt u mij uit het netwerk halen? Dan komen uw berichten niet in een lege bus terecht.

            Met vriendelijke groet,
            Gerard Wolthuis
            algemeen directeur (nog een paar uur)
            """
        ),
    },
    {
        "id": "vt164-002",
        "kind": "other",
        "sender": "Annemieke Stoutjesdijk <a.stoutjesdijk@grkempenhorst.nl>",
        "quote": "none",
        "subject": "Vertrek per 1 oktober",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 oktober stop ik als algemeen directeur van de GR Kempenhorst. Tot die datum wil ik de
            berichten van het netwerk nog graag ontvangen; ik hoop het najaarsatelier nog mee te pikken als
            het vóór die tijd valt. Zouden jullie mij na 1 oktober uit het bestand willen halen?

            Hartelijke groet,
            Annemieke Stoutjesdijk
            """
        ),
    },
    {
        "id": "vt164-003",
        "kind": "unsubscribe",
        "sender": "Wouter Hazebroek <w.hazebroek@lindewold.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Geen thema's van mijn kant deze ronde. Ik vertrek in juni naar de provincie en heb mijn hoofd er
            eerlijk gezegd niet meer bij. Haal me maar meteen van de lijst, dan hoeft u er straks niet meer aan
            te denken.

            Wouter
            """
        ),
    },
    {
        "id": "vt164-004",
        "kind": "unsubscribe",
        "sender": "Jan-Willem Ruitenberg <jw.ruitenberg@heuvelrand-oost.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap netwerk",
        "body": _(
            """
            Geachte secretariaat,

            Na ruim negen jaar als gemeentesecretaris-directeur van Heuvelrand-Oost ben ik vanaf volgende week
            met pensioen. Mijn plaats in het netwerk gaat naar mijn opvolger, Ruud Kamminga
            (r.kamminga@heuvelrand-oost.nl). Hij is van het bestaan van de ateliers op de hoogte en kijkt er
            naar uit. Mijzelf kunt u afvoeren.

            Met vriendelijke groet,

            drs. J.W. Ruitenberg
            Gemeentesecretaris / algemeen directeur
            Ambtelijke organisatie Heuvelrand-Oost
            """
        ),
    },
    {
        "id": "vt164-005",
        "kind": "unsubscribe",
        "sender": "Lotte Vermeulen-Baas <l.vermeulen@werkorganisatie-zuidwaarden.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik zal er op 11 maart niet bij zijn: ik heb per 1 maart afscheid genomen van Zuidwaarden. Mijn
            opvolger wordt Sanne Oudejans; haar mailadres krijg ik pas als ze in dienst is, dat laat ik haar
            zelf doorgeven. Mij mag u uitschrijven.

            Groet,
            Lotte
            """
        ),
    },
    {
        "id": "vt164-006",
        "kind": "other",
        "sender": "Hendrik Smeenge <h.smeenge@veenhoeksamen.nl>",
        "quote": "none",
        "subject": "Opvolging per september",
        "body": _(
            """
            Goedemorgen,

            Even vooruitlopend: mijn opvolger Thijs Brouwer (t.brouwer@veenhoeksamen.nl) begint op
            1 september. Tot die tijd blijf ik gewoon lid en kom ik graag nog naar het voorjaarsatelier. Zet u
            hem vanaf september op de lijst in plaats van mij?

            Met groet,
            Hendrik Smeenge
            directeur Veenhoek Samen
            """
        ),
    },
    {
        "id": "vt164-007",
        "kind": "other",
        "sender": "Marloes Tiemessen <m.tiemessen@grensland-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dank voor het verslag, mooi opgeschreven.

            Iets anders: eind april neem ik afscheid van Grensland Werkt. Ik zou het netwerk heel graag blijven
            volgen, al is het op persoonlijke titel. Kunt u mijn lidmaatschap overzetten naar
            marloes.tiemessen@ziggo.nl? Dit werkadres verdwijnt dan.

            Marloes Tiemessen
            """
        ),
    },
    {
        "id": "vt164-008",
        "kind": "other",
        "sender": "Pieter Oosterbaan <p.oosterbaan@noorderzijl.nl>",
        "quote": "none",
        "subject": "Nieuwe functie, nieuw adres",
        "body": _(
            """
            Beste mensen van het netwerk,

            Vanaf 1 april ben ik directeur bedrijfsvoering bij Werkorganisatie De Wolden-Meppelerdiep. Ook dat
            is een fusieorganisatie, dus ik blijf graag van de partij. Willen jullie de uitnodigingen voortaan
            sturen naar p.oosterbaan@dwmd.nl? Het adres bij Noorderzijl blijft nog een maand actief.

            Hartelijke groeten,
            Pieter
            """
        ),
    },
    {
        "id": "vt164-009",
        "kind": "other",
        "sender": "Ria Klaassen-Hofstede <r.klaassen@amstelvechtwerkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Lieve Stan en Melanie,

            Het atelier van donderdag was voor mij het laatste als directeur: na elf jaar Amstel Vecht Werkt
            ga ik in mei een ander pad op. Ik wilde jullie dat toch even persoonlijk laten weten. Jullie
            ateliers waren altijd een lichtpunt in de agenda. Dank daarvoor!

            Warme groet,
            Ria
            """
        ),
    },
    {
        "id": "vt164-010",
        "kind": "other",
        "sender": "Secretariaat directie Bollenstreek Oost <secretariaat.directie@bollenstreek-oost.nl>",
        "quote": "none",
        "subject": "Dhr. Dijkstra - pensioen",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens de heer B. Dijkstra laat ik u weten dat hij per 1 februari met pensioen is gegaan. Zou u
            hem uit uw verzendlijst willen verwijderen? Zijn adres b.dijkstra@bollenstreek-oost.nl is
            inmiddels niet meer in gebruik.

            Met vriendelijke groet,
            Yvonne Smits
            directiesecretaresse
            """
        ),
    },
    {
        "id": "vt164-011",
        "kind": "other",
        "sender": "Koen Abbink <k.abbink@achterhoek-midden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo,

            Ter info: deze uitnodiging kwam bij mij terecht omdat ik de mailbox van Hanneke Vos waarneem.
            Hanneke is vorige maand vertrokken bij Achterhoek Midden; haar mailbox gaat binnenkort dicht. Wie
            haar opvolgt is nog niet bekend.

            Groet, Koen Abbink
            teamleider bestuursondersteuning
            """
        ),
    },
    {
        "id": "vt164-012",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frank Meulenbelt <f.meulenbelt@rijnwaalgemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ja, ik kom. Wel een kanttekening: ik moet om half vijf weg voor een extra raadsvergadering, dus ik
            vertrek voor de afsluiting. Excuus alvast aan mijn tafelgenoten.

            Frank Meulenbelt
            """
        ),
    },
    {
        "id": "vt164-013",
        "kind": "rsvp",
        "attending": False,
        "sender": "Esther Wijnbergen <e.wijnbergen@krimpenerwaard-lek.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Haal me maar van de wachtlijst af hoor. Inmiddels is er op 11 maart een AB-vergadering gepland die
            ik echt niet kan missen, dus die vrije plek kan beter naar iemand anders.

            Esther
            """
        ),
    },
    {
        "id": "vt164-014",
        "kind": "other",
        "sender": "Bart Nijenhuis <b.nijenhuis@twentestreek.nl>",
        "quote": "none",
        "subject": "Adviesraad",
        "body": _(
            """
            Beste Stan,

            Zoals ik je bij het vorige atelier al zei: ik trek me terug uit de Adviesraad. Het lukt me dit jaar
            niet om de stukken serieus te lezen, en dan is het niet eerlijk tegenover de anderen. Lid van het
            netwerk blijf ik natuurlijk gewoon. Laat maar weten of je nog iets van me nodig hebt voor de
            overdracht.

            Bart
            """
        ),
    },
    {
        "id": "vt164-015",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ingeborg Talsma <i.talsma@waddenkust-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Een onderwerp dat bij ons actueel is: een van de drie deelnemende gemeenten overweegt uit te treden
            uit de GR. Hoe ga je als directeur om met een gemeente die wil vertrekken, en hoe houd je de
            overblijvende partners aan boord?

            Met vriendelijke groet,
            Ingeborg Talsma
            """
        ),
    },
    {
        "id": "vt164-016",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Maarten Reijnders <m.reijnders@maasdelta-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Voor een volgende keer: de overdracht bij het vertrek van een directeur. Bij ons vertrokken binnen
            een jaar de algemeen directeur en twee afdelingshoofden, en we merkten hoeveel kennis in hoofden zit
            en niet in de organisatie. Hoe borgen anderen dat?

            M. Reijnders
            """
        ),
    },
    {
        "id": "vt164-017",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Dirkje Postma <d.postma@friese-meren-werkorg.nl>",
        "quote": "none",
        "subject": "Verwijderen gegevens i.v.m. vertrek",
        "body": _(
            """
            Geacht secretariaat,

            Ik ga weg bij de werkorganisatie en verzoek u, met een beroep op de AVG, al mijn persoonsgegevens uit
            uw administratie te verwijderen: naam, functie, mailadres en eventuele aanmeldingen voor ateliers.
            Een korte bevestiging stel ik op prijs.

            Met vriendelijke groet,
            D. Postma
            """
        ),
    },
    {
        "id": "vt164-018",
        "kind": "unsubscribe",
        "sender": "Sander van Oostveen <s.vanoostveen@gooiseweide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Nee, helaas. En eigenlijk kunt u mij helemaal afmelden: per 1 maart ben ik weg bij Gooise Weide en
            mijn nieuwe werk heeft niets meer met fusieorganisaties te maken.

            Sander van Oostveen
            """
        ),
    },
    {
        "id": "vt164-019",
        "kind": "rsvp",
        "attending": False,
        "sender": "Carla Heemskerk <c.heemskerk@zeeuwsedelta-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Jammer, maar dat lukt niet: op 11 maart zit ik al in mijn nieuwe baan en draai ik mijn eerste
            inwerkweek. Succes met het atelier!

            Carla

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "vt164-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Henk Lubbers <h.lubbers@sallandsebrug.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ja, ik ben er graag bij. Het wordt meteen mijn afscheidsatelier, want in april ga ik met pensioen.
            Mooi om het op deze manier af te sluiten.

            Henk Lubbers
            """
        ),
    },
    {
        "id": "vt164-021",
        "kind": "subscribe",
        "sender": "Joost Ravestein <j.ravestein@betuwe-linge.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dat ging iets te snel: mijn secretaresse heeft mij afgemeld omdat mijn pensioen gepland stond, maar
            dat is uitgesteld tot volgend jaar. Ik wil dus graag lid blijven.

            Joost Ravestein
            """
        ),
    },
    {
        "id": "vt164-022",
        "kind": "unsubscribe",
        "sender": "Femke Dorrestein <f.dorrestein@utrechtsheuvel.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de snelle afhandeling. U vroeg naar een opvolger: dat wordt Merel Schouten,
            m.schouten@utrechtsheuvel.nl. Zij neemt mijn stoel vanaf maandag over.

            Groet, Femke
            """
        ),
    },
    {
        "id": "vt164-023",
        "kind": "other",
        "sender": "Theo Brinkhorst <t.brinkhorst@ijsselvallei.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Helder, dank jullie wel. Ik heb de afgelopen jaren veel gehad aan de gesprekken in Utrecht, vooral
            die over de rol van de raden. Het ga jullie goed en wie weet kruisen onze paden nog.

            Theo
            """
        ),
    },
    {
        "id": "vt164-024",
        "kind": "autoreply",
        "sender": "Ronald Kuipers <r.kuipers@westfriesland-samen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Dank voor uw bericht. Per 15 januari ben ik niet meer werkzaam bij Westfriesland Samen. Uw e-mail
            wordt niet doorgestuurd. Voor zaken van de directie kunt u terecht bij directie@westfriesland-samen.nl.

            Ronald Kuipers
            """
        ),
    },
    {
        "id": "vt164-025",
        "kind": "autoreply",
        "sender": "Alice Verbrugge <a.verbrugge@kennemer-duin.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Auto: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            This mailbox is no longer in use. Alice Verbrugge has left Kennemer Duin. Messages sent to this
            address are not read or forwarded.
            """
        ),
    },
    {
        "id": "vt164-026",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.oostbrabant-gr.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.oostbrabant-gr.nl.

            I'm sorry to have to inform you that your message could not be delivered to one or more
            recipients.

            <e.vanderhorst@oostbrabant-gr.nl>: host mx1.oostbrabant-gr.nl[10.4.2.17] said: 550 5.1.1
                <e.vanderhorst@oostbrabant-gr.nl>: Recipient address rejected: User unknown in virtual
                mailbox table
            """
        ),
    },
    {
        "id": "vt164-027",
        "kind": "confirm",
        "sender": "Merel Schouten <m.schouten@utrechtsheuvel.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Klopt, graag.

            Merel Schouten
            algemeen directeur a.i. (opvolger van Femke Dorrestein)
            Werkorganisatie Utrechtse Heuvelrug-Oost
            """
        ),
    },
    {
        "id": "vt164-028",
        "kind": "unsubscribe",
        "sender": "Wim Hoogendoorn <w.hoogendoorn@alblasserlanden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Ik heb me niet aangemeld, en eerlijk gezegd zou het ook weinig zin hebben: ik werk hier sinds
            januari alleen nog als adviseur, de directeursrol heb ik neergelegd.

            W. Hoogendoorn
            """
        ),
    },
    {
        "id": "vt164-029",
        "kind": "other",
        "sender": "Nicole Evers <n.evers@peelenmaas-werkt.nl>",
        "quote": "none",
        "subject": "Afmelden + vraag over verslagen",
        "body": _(
            """
            Beste secretariaat,

            Per 1 april vertrek ik, dus u kunt mij schrappen. Wel een vraag: blijven de verslagen van de eerdere
            ateliers online beschikbaar, of zitten die achter een inlog? Ik wil ze graag aan mijn opvolger
            doorgeven voordat mijn account verdwijnt.

            Met vriendelijke groet,
            Nicole Evers
            """
        ),
    },
    {
        "id": "vt164-030",
        "kind": "other",
        "sender": "Rob Terpstra <r.terpstra@drechtsteden-noord.nl>",
        "quote": "none",
        "subject": "Vraagje over afmelden",
        "body": _(
            """
            Hoi Melanie,

            Ik ga dit jaar waarschijnlijk weg, maar de datum staat nog niet vast (afhankelijk van de
            benoemingsprocedure bij mijn nieuwe werkgever). Moet ik me nu al afmelden, of kan ik dat gewoon
            doen zodra het rond is? Ik wil niet dat mijn plek op een atelier bezet blijft terwijl ik er niet
            meer ben.

            Rob
            """
        ),
    },
    {
        "id": "vt164-031",
        "kind": "unsubscribe",
        "sender": "Gijs Mertens <g.mertens@limburgsheuvelland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Ben per vandaag uit dienst, kom dus niet en wil ook verder niks meer ontvangen. Afmelden svp

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "vt164-032",
        "kind": "unsubscribe",
        "sender": "Daniel Achterberg <d.achterberg@eemland-samen.nl>",
        "quote": "none",
        "subject": "Stepping down - please remove me",
        "body": _(
            """
            Dear secretariat,

            I am stepping down as director of Eemland Samen at the end of this week. Please take me off your
            mailing list; I won't be in a position to take part in the network any longer.

            Thanks for all the good sessions.

            Kind regards,
            Daniel Achterberg
            """
        ),
    },
    {
        "id": "vt164-033",
        "kind": "other",
        "sender": "Marjolein Kroeze <m.kroeze@vechtdal-samen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het welkom! Kleine complicatie: mijn tijdelijke opdracht bij Vechtdal Samen loopt in juni
            af en daarna ga ik als interim-directeur naar een andere werkorganisatie, waar weet ik nog niet. Kan
            ik dan lid blijven, en wat is handig qua mailadres? Mijn eigen bureau-adres
            (marjolein@kroeze-interim.nl) blijft in elk geval bestaan.

            Marjolein
            """
        ),
    },
    {
        "id": "vt164-034",
        "kind": "other",
        "sender": "Albert Jongsma <a.jongsma@noordoostpolder-urk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Beste Stan,

            Geen nieuwe onderwerpen van mij. Wel dit: op 1 juli ga ik met pensioen. Tot die dag ontvang ik de
            mails graag nog, daarna mag het ophouden. Mijn opvolger is nog niet benoemd.

            Albert Jongsma
            """
        ),
    },
    {
        "id": "vt164-035",
        "kind": "other",
        "sender": "Petra de Groot <p.degroot@hollandsmidden-gr.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemiddag, mevrouw Van Leeuwen is per 1 februari vertrokken bij Holland Midden. Deze uitnodiging
            stuur ik daarom terug; wilt u haar van de lijst halen?

            Petra de Groot, managementassistent
            """
        ),
    },
    {
        "id": "vt164-036",
        "kind": "unsubscribe",
        "sender": "Harm Wiersma <h.wiersma@fryslan-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Ik beheer tijdelijk de mailbox van Harm Wiersma, die per 1 februari is vertrokken. Wilt u dit adres
            uit het netwerk afmelden? Er leest hier straks niemand meer mee.

            Met vriendelijke groet,
            Grietje Hoekstra, secretariaat directie
            """
        ),
    },
    {
        "id": "vt164-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Loes Verschuren <l.verschuren@brabantsewal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Ik moet me helaas afmelden voor donderdag: de begrotingsbehandeling is verschoven. Geef mijn plek
            (en die van mijn gast) gerust aan iemand van de wachtlijst.

            Loes Verschuren
            """
        ),
    },
    {
        "id": "vt164-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Karel Boersma <k.boersma@groenehart-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik meld me af voor 11 maart. In mijn plaats komt collega Jorien Wessels, directeur dienstverlening,
            j.wessels@groenehart-werkt.nl. Zij is zeer geïnteresseerd in het thema.

            K. Boersma
            """
        ),
    },
    {
        "id": "vt164-039",
        "kind": "other",
        "sender": "Yasmina el Idrissi <y.elidrissi@zaanstreek-midden.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Melanie,

            De nieuwe datum kan ik helaas niet. Verdwijn ik nu automatisch van de wachtlijst, of kan ik op de
            lijst blijven staan voor het najaarsatelier? Dat laatste zou ik fijn vinden.

            Groeten, Yasmina
            """
        ),
    },
    {
        "id": "vt164-040",
        "kind": "rsvp",
        "attending": True,
        "sender": "Okke Dijkman <o.dijkman@wierden-hof.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Dank, ik ga graag in de plaats van Dirk. Ik vertrek zelf wel om vier uur, want ik moet nog naar
            Zwolle, maar het grootste deel ben ik erbij.

            Okke
            """
        ),
    },
    {
        "id": "vt164-041",
        "kind": "other",
        "sender": "Geertje Bosman <g.bosman@oldambt-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste Stan,

            Ik vertrek begin april bij Oldambt Samen. Mag ik het atelier van maart nog bijwonen, of is dat
            bedoeld voor directeuren die blijven? Ik wil niemand een plek afpakken die er meer aan heeft.

            Geertje Bosman
            """
        ),
    },
    {
        "id": "vt164-042",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Leendert van Dam <l.vandam@hoekschewaard-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Suggestie: na de verkiezingen zijn bij ons in drie van de vier gemeenten de wethouders vertrokken
            die de fusie hebben gedragen. Hoe zorg je dat de langetermijnvisie van de werkorganisatie overeind
            blijft als het bestuurlijke draagvlak wegvalt en nieuwe colleges eigen prioriteiten stellen?

            L. van Dam
            """
        ),
    },
    {
        "id": "vt164-043",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Trudy Hermsen <t.hermsen@rivierenland-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hallo Stan en Melanie,

            Mijn onderwerp: de pensioengolf. De komende vijf jaar gaat bij ons bijna een kwart van de formatie
            met pensioen, juist in de vakspecialismen. Hoe vangen anderen die uitstroom op? Zelf vertrek ik over
            twee jaar ook, dus het onderwerp ligt me na aan het hart.

            Trudy
            """
        ),
    },
    {
        "id": "vt164-044",
        "kind": "subscribe",
        "sender": "Erik Langeveld <e.langeveld@westbetuwe-samen.nl>",
        "quote": "none",
        "subject": "Aanmelden als opvolger",
        "body": _(
            """
            Goedemiddag,

            Mijn voorganger Ilse Verhoef is per 1 februari vertrokken; sindsdien ben ik waarnemend algemeen
            directeur van West Betuwe Samen. Ik meld mij graag aan voor het netwerk, op dit adres.

            Met vriendelijke groet,
            Erik Langeveld
            """
        ),
    },
    {
        "id": "vt164-045",
        "kind": "other",
        "sender": "Sabine Kortekaas <s.kortekaas@midden-delfland-werkt.nl>",
        "quote": "none",
        "subject": "Wissel directeur",
        "body": _(
            """
            Beste secretariaat,

            Ik ben per deze maand de nieuwe directeur, als opvolger van Arjen Plomp. Kunt u hem afmelden en mij
            aanmelden? Zijn oude adres weet ik niet precies, het zal iets met a.plomp zijn geweest.

            Sabine Kortekaas
            """
        ),
    },
    {
        "id": "vt164-046",
        "kind": "unsubscribe",
        "sender": "Cornelis van Wijk <c.vanwijk@langstraat-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Wat een fijne middag was het weer. Ik heb nog lang nagepraat met de collega uit Zeeland over het
            sturen op eigenheid en ga dat zeker meenemen, al is het niet meer hier: de raad heeft vorige week
            ingestemd met mijn vertrek en mijn afscheidsreceptie is al gepland. En dan nog iets praktischs:
            haal mij per direct uit uw bestand, want dit adres houdt binnenkort op te bestaan.

            Alle goeds,
            Cor van Wijk
            """
        ),
    },
    {
        "id": "vt164-047",
        "kind": "other",
        "sender": "Hanna Zijlstra <h.zijlstra@dongeradeel-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Geen onderwerp dit keer, wel een mededeling: per 1 juni ben ik weg bij de GR. Wie mij opvolgt is nog
            niet bekend; de werving begint pas.

            Hanna Zijlstra
            """
        ),
    },
    {
        "id": "vt164-048",
        "kind": "other",
        "sender": "Stefan Bijl <s.bijl@kromme-rijn-werkt.nl>",
        "quote": "none",
        "subject": "Lidmaatschap na overstap",
        "body": _(
            """
            Dag Melanie,

            Per 1 januari ben ik overgestapt naar de provincie Utrecht, als programmadirecteur. Ik ben dus geen
            directeur van een fusieorganisatie meer. Mag ik toch lid blijven, bijvoorbeeld als
            toehoorder? Ik zou de gesprekken missen.

            Stefan
            """
        ),
    },
    {
        "id": "vt164-049",
        "kind": "unsubscribe",
        "sender": "Ellen Broekhuis <e.broekhuis@oostgelre-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Die aanmelding mag u laten vervallen. Een collega heeft mij opgegeven, maar ik vertrek volgende
            maand bij de gemeente en begin dan iets heel anders.

            Ellen Broekhuis
            """
        ),
    },
    {
        "id": "vt164-050",
        "kind": "other",
        "sender": "Vincent Hamer <v.hamer@tweestromen-werkorg.nl>",
        "quote": "none",
        "subject": "Ontvlechting - blijf ik welkom?",
        "body": _(
            """
            Beste secretariaat,

            Een van onze twee gemeenten treedt in 2028 uit de werkorganisatie. Ik word daarna directeur van de
            organisatie die overblijft, en dat is dan formeel geen fusieorganisatie meer. Blijf ik dan welkom in
            het netwerk, of moet ik me tegen die tijd afmelden?

            Vriendelijke groet,
            Vincent Hamer
            """
        ),
    },
    {
        "id": "vt164-051",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mieke Sprenger <m.sprenger@bommelerwaard-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Oei, helaas, ik kan niet: ik vertrek die ochtend met de kinderen naar Oostenrijk (voorjaarsvakantie
            verkeerd in de agenda gezet). Volgende keer beter!

            Mieke
            """
        ),
    },
    {
        "id": "vt164-052",
        "kind": "autoreply",
        "sender": "Thomas Veldkamp <t.veldkamp@kop-van-noordholland.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        "body": _(
            """
            Ik ben tot en met 28 februari met verlof. Let op: per 1 maart ben ik niet meer werkzaam bij Kop van
            Noord-Holland. Voor lopende zaken kunt u contact opnemen met mijn opvolger, mevrouw A. Rozendaal
            (a.rozendaal@kop-van-noordholland.nl).
            """
        ),
    },
    {
        "id": "vt164-053",
        "kind": "subscribe",
        "sender": "Gerda Mulderij <g.mulderij@vijfheerenlanden-werkt.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Hier klopt iets niet: ik vertrek pas eind dit jaar en meld me dan zelf wel af. Zet me graag terug op
            de lijst, ik wil lid blijven.

            Gerda
            """
        ),
    },
    {
        "id": "vt164-054",
        "kind": "unsubscribe",
        "sender": "Hugo Verkerk <h.verkerk@westland-maasland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de uitnodiging / thanks for the invite. Helaas: I am leaving Westland-Maasland next week
            for a post abroad, so please unsubscribe me from the network. Het was me een genoegen.

            Hugo Verkerk
            """
        ),
    },
    {
        "id": "vt164-055",
        "kind": "other",
        "sender": "Directiesecretariaat Lopikerwaard <directiesecretariaat@lopikerwaard-samen.nl>",
        "quote": "none",
        "subject": "Uitnodigingen naar interim-directeur",
        "body": _(
            """
            Goedemorgen,

            Onze directeur, de heer Scholten, heeft de organisatie verlaten. Tot er een vaste opvolger is, neemt
            een interim-directeur het over. Kunnen de uitnodigingen voor de ateliers voortaan naar haar? Haar
            gegevens stuur ik u zodra het contract rond is.

            Met vriendelijke groet,
            Directiesecretariaat Lopikerwaard Samen
            """
        ),
    },
    {
        "id": "vt164-056",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Maurits Claassen <m.claassen@baronie-werkt.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Dank voor de bevestiging. Omdat ik de organisatie verlaat, verzoek ik u bovendien al mijn gegevens
            te wissen, ook uit de deelnemerslijsten van eerdere ateliers (AVG art. 17).

            M. Claassen
            """
        ),
    },
    {
        "id": "vt164-057",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Rianne Goossens <r.goossens@kempenland-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat mij bijbleef was het verhaal van de gemeente die uit de GR stapte. Graag een vervolg daarop:
            wat doe je met de verhoudingen tussen de gemeenten die achterblijven, en hoe verdeel je de
            frictiekosten zonder dat het een ruzie wordt?

            Rianne Goossens
            """
        ),
    },
    {
        "id": "vt164-058",
        "kind": "other",
        "sender": "Jeroen Tholen <j.tholen@maasenwaal-gr.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            De nieuwe datum past, maar ik moet om drie uur alweer weg. Is het zinvol om alleen het eerste uur
            te komen, of verstoort dat de opzet van de tafelgesprekken? Dan laat ik de plek liever aan een ander.

            Jeroen Tholen
            """
        ),
    },
    {
        "id": "vt164-059",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ingrid Hoefnagels <i.hoefnagels@meierij-werkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geweigerd: Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Ben ik dan niet meer in functie.
            """
        ),
    },
]
# fmt: on
