"""heldout53: a year in Drenthe and the Veenkoloniën, all the mail from directors of werkorganisaties there.

The writers are directors, their assistants, an HR adviser and a servicedesk of invented werkorganisaties and GR's
in Drenthe and the Veenkoloniën (Hunzemond, Kanaalstreek Samen, BEA, De Veenhoven, Esker, Zuidenveld, Wolddelta,
Turfroute Noord, Boermarke). The set follows one year of the mailbox in order: sign-ups and confirmations in
January, topics under the call for themes, answers to the March invitation, the change of date and the reminder,
topics and thanks under the follow-up, then leaving, hand-overs, AVG requests, address changes, out-of-offices and
bounces, and a topic under the autumn call. Many mails are short and plain-spoken; some writers travel far and say
so, which gives chatter that looks like content. About a third are hard look-alikes.

Conventions this set relies on (from the brief):
- an assistant confirming a director's sign-up from their own address is `other`; a signature or disclaimer alone
  under our confirmation mail is `confirm`;
- a denial under the confirmation that asks who did it is `unsubscribe`; one that asks where we got the address
  is `other`;
- signing up several colleagues at once is `other`, even when their addresses follow a pattern; one named
  colleague with an address is `subscribe`; "lid blijven" under our goodbye is `subscribe`;
- a wish about the form of the ateliers (place, time of day) under the call is `other`; backing another member's
  topic and asking to present are `other`;
- a topic together with "ik kom" is a `suggestion`; a yes that only mentions a subject in passing is an `rsvp`;
- declining the atelier while keeping the membership, and declining with a substitute, are `rsvp` False; declining
  and leaving in one mail is `unsubscribe`; a later mail that takes back a yes carries the latest answer;
- an assistant answering in reply to the invitation is `rsvp`; an assistant's forward (`doorgestuurd`) with a
  line above it is that assistant's new mail, here a question, so `other`; a yes on a condition is `other`;
- a "nee" that only answers the guest question is `other`;
- a hand-over with the successor's address (also under our goodbye) and leaving with a successor named but without
  an address are `unsubscribe`; a hand-over at a later date with "tot die tijd blijf ik lid" is `other`; a colleague
  reporting that a director left is `other`; an address change is `other`;
- an erasure request is `unsubscribe` with `erase`; a request to see one's data is `other`;
- out-of-offices, read receipts, a ticket system and "dit adres is niet meer in gebruik" are `autoreply`, with the
  thread of the mail they answer; delivery failures are `bounce` without a thread; neither carries a quote;
- replies to the follow-up mail use the thread `followup`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_INVITE = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
_REMIND = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
_FOLLOW = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
_CALL_AUTUMN = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 7 oktober 2027 [atelier:2027-2]"


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- January: sign-ups and confirmations -------------------------------------------------------------------
    {
        "id": "h53-001",
        "kind": "subscribe",
        "sender": "Geesje Hadders <g.hadders@hunzemond.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Sinds de jaarwisseling ben ik algemeen directeur van Werkorganisatie Hunzemond, de ambtelijke
            organisatie van Oudveen en Wijkmond. Mijn voorganger Jan Pepping heeft mij op het hart gedrukt om lid
            te worden van uw netwerk, dus bij dezen: ik meld mij graag aan.

            Met vriendelijke groet,

            Geesje Hadders
            Algemeen directeur | Werkorganisatie Hunzemond
            Postbus 40, 9560 AA Oudveen
            """
        ),
    },
    {
        "id": "h53-002",
        "kind": "confirm",
        "sender": "Geesje Hadders <g.hadders@hunzemond.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Geesje Hadders
            Algemeen directeur | Werkorganisatie Hunzemond
            T 0599 72 40 00 | www.hunzemond.nl
            """
        ),
    },
    {
        "id": "h53-003",
        "kind": "subscribe",
        "sender": "Hennie Boelens <h.boelens@kanaalstreeksamen.nl>",
        "quote": "none",
        "subject": "Nieuw lid voor jullie netwerk",
        "body": _(
            """
            Beste Stan en Melanie,

            Wij hebben sinds februari een tweede directeur: Jorien Smeenge, directeur bedrijfsvoering. Zij wil
            ook graag lid worden en vroeg of ik haar wilde aanmelden. Haar adres is j.smeenge@kanaalstreeksamen.nl.

            Dank alvast en tot in maart,
            Hennie Boelens
            algemeen directeur Kanaalstreek Samen (Turfhaven, Nieuw-Turfveen, Monden-Oost)
            """
        ),
    },
    {
        "id": "h53-004",
        "kind": "confirm",
        "sender": "Jorien Smeenge <j.smeenge@kanaalstreeksamen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Excuus voor de late reactie, jullie eerste mail stond bij mij in de map Overig. Hierbij alsnog
            bevestigd!

            Jorien

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h53-005",
        "kind": "other",
        "sender": "Marjan Tuin <secretariaatdirectie@esker-gemeenten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemorgen,

            Meneer Lanting is deze week op werkbezoek in Brussel en vroeg mij zijn aanmelding te bevestigen.
            Bij dezen dus: hij wil graag lid worden. Zijn eigen adres is r.lanting@esker-gemeenten.nl.

            Hartelijke groet,
            Marjan Tuin
            managementassistent directie | Samenwerkingsorganisatie Esker
            """
        ),
    },
    {
        "id": "h53-006",
        "kind": "unsubscribe",
        "sender": "Wiebe Jalving <w.jalving@wolddelta.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb mij niet aangemeld voor dit netwerk en ik ben ook geen directeur, maar teamleider
            Vergunningen. Wie heeft dit namens mij ingevuld? Dat zou ik wel graag weten.

            W. Jalving
            """
        ),
    },
    {
        "id": "h53-007",
        "kind": "other",
        "sender": "Fenna Warris <f.warris@boermarke-wo.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Goedendag,

            Deze herinnering verbaast mij, want ik weet van geen aanmelding. Voordat ik iets doe, wil ik graag
            weten langs welke weg u aan mijn e-mailadres bent gekomen en wie mij heeft opgegeven.

            Met vriendelijke groet,
            F. Warris
            Werkorganisatie Boermarke
            """
        ),
    },
    {
        "id": "h53-008",
        "kind": "confirm",
        "sender": "A.J. Koops <a.koops@bea-drenthe.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Akkoord, bevestigd. Goed dat dit netwerk er is; hier in het noorden missen we zoiets.

            A.J. Koops
            gemeentesecretaris/directeur BEA (Brinkveld-Esveld)
            """
        ),
    },
    {
        "id": "h53-009",
        "kind": "subscribe",
        "sender": "Tomasz Wiśniewski <t.wisniewski@zuidenveld.nl>",
        "quote": "none",
        "subject": "Membership / lidmaatschap",
        "body": _(
            """
            Dear Mr Van de Laar, dear Ms Huurneman,

            Since March I have been interim director of Werkorganisatie Zuidenveld (Veldmond and Hondsveen). A
            colleague from Esker told me about your network and the ateliers, and I would like to become a member.
            My Dutch is good enough to follow the meetings, but I write faster in English; I hope that is fine.

            Best regards,
            Tomasz Wiśniewski
            Interim director | Werkorganisatie Zuidenveld
            """
        ),
    },
    {
        "id": "h53-010",
        "kind": "other",
        "sender": "Harm Oosting <h.oosting@deveenhoven.nl>",
        "quote": "none",
        "subject": "aanmelding directieteam",
        "body": _(
            """
            Hallo,

            Wij willen met ons hele directieteam aansluiten bij het netwerk: ondergetekende, Marloes Tiesing
            (directeur Sociaal Domein) en Klaas Ensing (directeur Fysiek Domein). Kunt u ons alle drie
            toevoegen? De adressen volgen het vaste patroon voorletter.achternaam@deveenhoven.nl.

            Groet,
            Harm Oosting
            algemeen directeur De Veenhoven
            """
        ),
    },
    # --- January: the call for themes ---------------------------------------------------------------------------
    {
        "id": "h53-011",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jantina Eleveld <jantina.eleveld@turfroute-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan,

            Eén onderwerp van mijn kant:
            - dienstverlening in de kleine kernen. Wij rijden sinds vorig jaar met een mobiel gemeenteloket
              langs de dorpen in de Veenkoloniën. Ik ben benieuwd hoe anderen de dienstverlening dicht bij
              inwoners organiseren nu de balies in de dorpen een voor een dichtgaan.

            Groetjes,
            Jantina
            """
        ),
    },
    {
        "id": "h53-012",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Hennie Boelens <h.boelens@kanaalstreeksamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Twee onderwerpen, elk op een eigen regel zoals gevraagd:
            1. Krapte op de arbeidsmarkt: hoe houden we de formatie voor specialisten (vergunningverlening, ICT)
               op peil als de Randstad structureel meer betaalt?
            2. Onze positie in de regio: de drie gemeenten trekken bij de regiodeal niet altijd samen op. Hoe
               gaan anderen om met uiteenlopende belangen richting provincie en Rijk?

            Met vriendelijke groet,
            Hennie Boelens
            """
        ),
    },
    {
        "id": "h53-013",
        "kind": "suggestion",
        "themes": ["strategie", "dienstverlening"],
        "sender": "Roelof Lanting <r.lanting@esker-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Dag beiden,

            Mijn inbreng voor maart:
            Strategie - een visie op de werkorganisatie richting 2035, nu drie nieuwe colleges elk met een eigen
            coalitieakkoord komen.
            Dienstverlening - één digitaal ondernemersloket voor Eeshorst, Lindewolde en Kijlhorst, en hoe je
            meet of ondernemers er echt iets aan hebben.

            Roelof Lanting
            """
        ),
    },
    {
        "id": "h53-014",
        "kind": "other",
        "sender": "Klaas Ensing <k.ensing@deveenhoven.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Geen inhoudelijk onderwerp van mij, wel een verzoek over de opzet. Zou het atelier één keer per jaar
            buiten Utrecht kunnen, bijvoorbeeld ergens in Drenthe? Vanuit het zuidoosten van de provincie ben je
            voor een middag in Utrecht de hele dag kwijt. Een ochtendprogramma met een lunch erna zou ook al
            schelen.

            Klaas Ensing
            De Veenhoven
            """
        ),
    },
    {
        "id": "h53-015",
        "kind": "subscribe",
        "sender": "Aaltje Kiewiet <a.kiewiet@wolddelta.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Hoi, collega Oosting van De Veenhoven tipte me over jullie ateliers. Zet me maar op de ledenlijst!
            Grt Aaltje Kiewiet, dir. GR Wolddelta

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "h53-016",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Tomasz Wiśniewski <t.wisniewski@zuidenveld.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Thanks for the warm welcome. One topic I would love to discuss: we are about to tender a new
            zaaksysteem together with two other werkorganisaties. How do others handle joint ICT procurement and
            the migration of their werkprocessen? (Digitalisering, in Dutch terms.)

            Tomasz
            """
        ),
    },
    {
        "id": "h53-017",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ida Meijering <i.meijering@bea-drenthe.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Eerst even de context: bij ons zijn de verhoudingen tussen Brinkveld en Esveld het afgelopen jaar
            flink verbeterd, de colleges trekken weer samen op en de gemeenschappelijke regeling is herzien. Daar
            hoef ik het dus niet over te hebben. Waar ik wél mee worstel en wat ik graag met collega's bespreek,
            is ons sturingsconcept: wij willen van zeven afdelingen naar opgavegerichte teams zonder
            afdelingshoofden. Wie heeft die stap al gezet, en wat zou je achteraf anders doen?

            Met vriendelijke groet,
            Ida Meijering
            directeur bedrijfsvoering BEA
            """
        ),
    },
    # --- February: answers to the invitation --------------------------------------------------------------------
    {
        "id": "h53-018",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jantina Eleveld <jantina.eleveld@turfroute-noord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik kom! De reis vanuit Drenthe neem ik voor lief, dit onderwerp raakt ons precies. Ik kom alleen.

            Jantina
            """
        ),
    },
    {
        "id": "h53-019",
        "kind": "rsvp",
        "attending": True,
        "sender": "A.J. Koops <a.koops@bea-drenthe.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ja, ik kom, met één persoon extra: onze concernstrateeg Sander Wever rijdt met mij mee.

            Groet,
            Bert Koops
            """
        ),
    },
    {
        "id": "h53-020",
        "kind": "rsvp",
        "attending": False,
        "sender": "Geesje Hadders <g.hadders@hunzemond.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Nee, helaas. Op 11 maart hebben Oudveen en Wijkmond hun gezamenlijke raadsconferentie en daar kan
            ik als directeur niet ontbreken. Een volgende keer hoop ik er wel bij te zijn.

            Geesje Hadders
            """
        ),
    },
    {
        "id": "h53-021",
        "kind": "rsvp",
        "attending": False,
        "sender": "Roelof Lanting <r.lanting@esker-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Zelf moet ik verstek laten gaan, maar onze directeur Dienstverlening, Yasmina el Amrani, neemt mijn
            plaats in. Haar adres: y.elamrani@esker-gemeenten.nl. Zij is op de hoogte.

            Met vriendelijke groet,
            Roelof Lanting
            gemeentesecretaris-directeur Samenwerkingsorganisatie Esker
            """
        ),
    },
    {
        "id": "h53-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Harm Oosting <h.oosting@deveenhoven.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + _INVITE,
        "body": _(
            """
            Staat in mijn agenda, tot de 11e.
            """
        ),
    },
    {
        "id": "h53-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tomasz Wiśniewski <t.wisniewski@zuidenveld.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + _INVITE,
        "body": _(
            """
            Unfortunately our audit committee meets that afternoon. Next time.
            """
        ),
    },
    {
        "id": "h53-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ineke Vos <i.vos@kanaalstreeksamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw Boelens laat ik u weten dat zij op 11 maart aanwezig zal zijn. De afspraak staat
            inmiddels in haar agenda.

            Met vriendelijke groet,
            Ineke Vos
            Bestuurs- en directieondersteuning Kanaalstreek Samen
            """
        ),
    },
    {
        "id": "h53-025",
        "kind": "other",
        "sender": "Sietske Moes <directiesecretariaat@turfroute-noord.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + _INVITE,
        "body": _(
            """
            Goedemorgen,

            Mevrouw Raghoebarsing komt graag, maar kan pas om 15.00 uur aanschuiven vanwege een overleg met de
            provincie. Is dat een probleem?

            Met vriendelijke groet,
            Sietske Moes
            directiesecretaresse Turfroute Noord
            """
        ),
    },
    {
        "id": "h53-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ida Meijering <i.meijering@bea-drenthe.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik meld mij af voor het atelier van 11 maart: die week zitten we midden in de voorbereiding van de
            kadernota en dan kan ik echt niet weg. Blijf mij vooral uitnodigen voor de volgende edities, het
            lidmaatschap houd ik graag.

            Ida Meijering
            """
        ),
    },
    {
        "id": "h53-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Klaas Ensing <k.ensing@deveenhoven.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ja, ik kom. Mooi gekozen onderwerp trouwens: bij ons willen Zandhorst en Dalenmond ieder hun eigen
            koers bij de digitalisering van het omgevingsloket, dus de couleur locale is hier dagelijkse kost. Ik
            neem mijn vragen mee naar Utrecht.

            Klaas
            """
        ),
    },
    {
        "id": "h53-028",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Aaltje Kiewiet <a.kiewiet@wolddelta.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom graag.

            En meteen een onderwerp voor een volgende keer: hoe houd je als werkorganisatie de verhouding met de
            raden van alle deelnemende gemeenten goed? Bij ons voelt de raad van de kleinste gemeente zich steeds
            minder gehoord. Dat zou ik graag eens met collega's uitdiepen.

            Aaltje Kiewiet
            """
        ),
    },
    {
        "id": "h53-029",
        "kind": "unsubscribe",
        "sender": "Jan-Willem Huizing <jw.huizing@boermarke-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Helaas niet, en ik maak van de gelegenheid gebruik om me ook helemaal af te melden voor het netwerk.
            Per 1 april word ik bestuurder van een woningcorporatie in Groningen, dus de ateliers zijn voor mij
            niet meer aan de orde. Dank voor de mooie bijeenkomsten!

            Jan-Willem Huizing
            """
        ),
    },
    {
        "id": "h53-030",
        "kind": "autoreply",
        "sender": "Roelof Lanting <r.lanting@esker-gemeenten.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INVITE,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Tot en met vrijdag 19 februari ben ik met voorjaarsvakantie. Uw mail wordt niet doorgestuurd. Voor
            zaken die niet kunnen wachten kunt u terecht bij het directiesecretariaat van Esker, 0592 - 26 11 00.

            Roelof Lanting
            """
        ),
    },
    {
        "id": "h53-031",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@boermarke-wo.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + _INVITE,
        "body": _(
            """
            Uw bericht heeft de volgende personen niet bereikt:

            d.scheper@boermarke-wo.nl

            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het adres van de geadresseerde en
            probeer het bericht opnieuw te verzenden.

            Diagnostische gegevens voor beheerders:

            Genererende server: AM9PR04MB8211.eurprd04.prod.outlook.com

            d.scheper@boermarke-wo.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "h53-032",
        "kind": "other",
        "sender": "Marten Hoving <m.hoving@hunzemond.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik kom graag, mits de zaal goed bereikbaar is met een rolstoel; sinds een val op het ijs in december
            ben ik daar voorlopig op aangewezen. Kunt u mij laten weten of het Stadskantoor daarop is ingericht?
            Dan meld ik mij definitief aan.

            Marten Hoving
            directeur bedrijfsvoering Werkorganisatie Hunzemond
            """
        ),
    },
    {
        "id": "h53-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hennie Boelens <h.boelens@kanaalstreeksamen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            18 maart lukt mij niet, dan zit ik in Den Haag voor het overleg over de regiodeal. Zonde, 11 maart
            stond al maanden geblokt. Streep mij dus maar door.

            H. Boelens
            """
        ),
    },
    {
        "id": "h53-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Klaas Ensing <k.ensing@deveenhoven.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Vorige week zei ik nog volmondig ja, maar daar moet ik op terugkomen: de burgemeester van Zandhorst
            heeft mij die middag nodig bij een spoedoverleg met de provincie over de woningbouwopgave. Ik kom dus
            niet. Excuses voor het geschuif.

            Klaas Ensing
            """
        ),
    },
    {
        "id": "h53-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yasmina el Amrani <y.elamrani@esker-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de plaats van Dirk Smit graag in en kom zonder gast.

            Yasmina el Amrani
            directeur Dienstverlening, Samenwerkingsorganisatie Esker
            """
        ),
    },
    # --- March: the reminder ------------------------------------------------------------------------------------
    {
        "id": "h53-036",
        "kind": "other",
        "sender": "A.J. Koops <a.koops@bea-drenthe.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Kleine correctie op uw herinnering: nee, er komt geen gast mee. Sander Wever moet die dag een
            raadsvoorstel afronden.

            Bert Koops
            """
        ),
    },
    {
        "id": "h53-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Harm Oosting <h.oosting@deveenhoven.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Re: " + _REMIND,
        "body": _(
            """
            helaas, ik lig met griep op de bank en dat wordt voor donderdag niks meer. Geef mijn plek gerust aan
            iemand van de wachtlijst.

            Harm
            """
        ),
    },
    {
        "id": "h53-038",
        "kind": "other",
        "sender": "Jantina Eleveld <jantina.eleveld@turfroute-noord.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Vraagje: kan ik bij het Stadskantoor parkeren, of is de trein handiger? Ik rijd vanuit de
            Veenkoloniën en heb geen zin om een half uur rondjes te draaien door Utrecht.

            Jantina
            """
        ),
    },
    {
        "id": "h53-039",
        "kind": "autoreply",
        "sender": "A.J. Koops <a.koops@bea-drenthe.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Gelezen: " + _REMIND,
        "body": _(
            """
            Uw bericht

                Aan: Koops, A.J.
                Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
                Verzonden: maandag 8 maart 2027 09:02:11 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op maandag 8 maart 2027 10:47:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    # --- After the atelier: the follow-up -----------------------------------------------------------------------
    {
        "id": "h53-040",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "A.J. Koops <a.koops@bea-drenthe.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het verslag; de middag smaakte naar meer.

            Voor het najaar stel ik voor: de meerjarige koers van een werkorganisatie. Hoe ontwikkel je een
            langetermijnvisie op de ambtelijke organisatie die een wisseling van colleges overleeft en toch
            ruimte laat voor nieuwe bestuurlijke prioriteiten?

            Bert Koops
            """
        ),
    },
    {
        "id": "h53-041",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Priya Raghoebarsing <p.raghoebarsing@turfroute-noord.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for a great afternoon, even though I only joined at three.

            Topic for next time: hybrid working and what it does to our buildings. We have two town halls with
            half-empty floors. How do others decide on huisvesting, flexplekken and the formatie of facilitaire
            zaken?

            Kind regards,
            Priya
            """
        ),
    },
    {
        "id": "h53-042",
        "kind": "other",
        "sender": "Yasmina el Amrani <y.elamrani@esker-gemeenten.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            In de slotronde noemde Bert Koops de langetermijnvisie op de werkorganisatie als onderwerp voor het
            najaar. Dat ondersteun ik van harte, het speelt bij ons precies zo. Zelf heb ik verder geen nieuw
            onderwerp.

            Groet, Yasmina
            """
        ),
    },
    {
        "id": "h53-043",
        "kind": "other",
        "sender": "Jantina Eleveld <jantina.eleveld@turfroute-noord.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Wat een inspirerende middag. Wij hebben het afgelopen jaar met het mobiele loket veel geleerd over
            dienstverlening in de dorpen. Zou ik daar op het najaarsatelier een korte presentatie over mogen
            geven? Laat maar weten of daar ruimte voor is.

            Jantina Eleveld
            """
        ),
    },
    {
        "id": "h53-044",
        "kind": "autoreply",
        "sender": "Servicedesk Kanaalstreek Samen <servicedesk@kanaalstreeksamen.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "[Melding #2027-04418] RE: " + _FOLLOW,
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte afzender,

            Uw e-mail is ontvangen en geregistreerd onder meldingnummer 2027-04418. Een medewerker van het Klant
            Contact Centrum neemt binnen vijf werkdagen contact met u op. Reageert u op deze melding? Laat het
            meldingnummer dan in de onderwerpregel staan.

            Dit is een automatisch gegenereerd bericht.
            """
        ),
    },
    # --- Spring and summer: changes, leaving, hand-overs, AVG ---------------------------------------------------
    {
        "id": "h53-045",
        "kind": "other",
        "sender": "Aaltje Kiewiet <a.kiewiet@wolddelta.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres",
        "body": _(
            """
            Beste mensen,

            Wolddelta gaat per 1 juni over op een nieuw domein. Mijn adres wordt dan a.kiewiet@gr-wolddelta.nl;
            het oude blijft nog een paar maanden werken, daarna niet meer. Willen jullie het aanpassen?

            Dank! Aaltje
            """
        ),
    },
    {
        "id": "h53-046",
        "kind": "other",
        "sender": "Anouk Bruins <a.bruins@hunzemond.nl>",
        "quote": "none",
        "subject": "Vertrek directeur bedrijfsvoering",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: onze directeur bedrijfsvoering Marten Hoving is per 1 mei uit dienst getreden. Hij
            staat volgens mij nog op jullie verzendlijst, want zijn mailbox vangt nog steeds post van jullie op.
            Wie hem opvolgt is nog niet bekend.

            Vriendelijke groet,
            Anouk Bruins
            HR-adviseur Werkorganisatie Hunzemond
            """
        ),
    },
    {
        "id": "h53-047",
        "kind": "unsubscribe",
        "sender": "Hennie Boelens <h.boelens@kanaalstreeksamen.nl>",
        "quote": "none",
        "subject": "afmelden netwerk",
        "body": _(
            """
            Beste Stan en Melanie,

            Na ruim zeven jaar bij Kanaalstreek Samen ga ik per 1 juli met vervroegd pensioen. De uitnodigingen
            heb ik dan niet meer nodig, dus haal mij maar vast van de lijst. Een opvolger is nog niet benoemd.
            Dank voor alle goede gesprekken in Utrecht.

            Hartelijke groet,
            Hennie Boelens
            """
        ),
    },
    {
        "id": "h53-048",
        "kind": "unsubscribe",
        "sender": "Hennie Boelens <h.boelens@kanaalstreeksamen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Inmiddels is mijn opvolger bekend: Gerrit Jeuring, per 1 juli algemeen
            directeur van Kanaalstreek Samen, g.jeuring@kanaalstreeksamen.nl. Hij wordt graag lid van het
            netwerk.

            Hennie
            """
        ),
    },
    {
        "id": "h53-049",
        "kind": "unsubscribe",
        "sender": "Harm Oosting <h.oosting@deveenhoven.nl>",
        "quote": "none",
        "subject": "Vertrek en opvolging",
        "body": _(
            """
            Hallo Melanie,

            Ik stop als algemeen directeur van De Veenhoven; vrijdag is mijn laatste werkdag. Wil je mij
            afmelden? Mijn opvolger wordt Wilma Hummel, zij komt over van de provincie. Haar mailadres bij ons
            is nog niet aangemaakt, dat volgt na haar start in september.

            Groet,
            Harm
            """
        ),
    },
    {
        "id": "h53-050",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.deveenhoven.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.deveenhoven.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <h.oosting@deveenhoven.nl>: host mailstore.deveenhoven.nl[10.20.4.11] said:
                550 5.1.1 <h.oosting@deveenhoven.nl>: Recipient address rejected: User
                unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h53-051",
        "kind": "other",
        "sender": "Ida Meijering <i.meijering@bea-drenthe.nl>",
        "quote": "none",
        "subject": "Inzage gegevens",
        "body": _(
            """
            Goedemorgen,

            Onze functionaris gegevensbescherming vraagt iedereen na te gaan bij welke externe partijen
            persoonsgegevens van ons liggen. Kunt u mij een overzicht sturen van wat u over mij hebt vastgelegd,
            en hoe lang u dat bewaart? Afmelden wil ik niet, het gaat puur om inzage.

            Met vriendelijke groet,
            Ida Meijering
            directeur bedrijfsvoering BEA
            """
        ),
    },
    {
        "id": "h53-052",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "E. Wolters <e.wolters@zuidenveld.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens uit uw bestanden te wissen,
            inclusief eerdere aanmeldingen voor ateliers en presentielijsten. Ik werk niet meer bij Werkorganisatie
            Zuidenveld en wil niet langer benaderd worden. Graag ontvang ik een bevestiging van de verwijdering.

            Hoogachtend,
            E. Wolters
            """
        ),
    },
    {
        "id": "h53-053",
        "kind": "subscribe",
        "sender": "Aaltje Kiewiet <a.kiewiet@gr-wolddelta.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            lid blijven graag! Onze nieuwe postbeheerder heeft jullie mail blijkbaar verkeerd gelezen en
            'afmelden' teruggestuurd. Ik wil er juist bij blijven.

            Aaltje Kiewiet
            directeur GR Wolddelta
            """
        ),
    },
    {
        "id": "h53-054",
        "kind": "confirm",
        "sender": "Gerrit Jeuring <g.jeuring@kanaalstreeksamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Gerrit Jeuring
            Algemeen directeur
            Kanaalstreek Samen | Raadhuisplein 1 | Turfhaven

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Kanaalstreek Samen aanvaardt geen
            aansprakelijkheid voor schade als gevolg van onvolledige of vertraagde overbrenging van dit bericht.
            """
        ),
    },
    # --- Autumn -------------------------------------------------------------------------------------------------
    {
        "id": "h53-055",
        "kind": "other",
        "sender": "Roelof Lanting <r.lanting@esker-gemeenten.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 november",
        "body": _(
            """
            Beste secretariaat,

            Een vooraankondiging: per 1 november neem ik afscheid als gemeentesecretaris-directeur van Esker.
            Mijn opvolger is Ruben Seubring (r.seubring@esker-gemeenten.nl), nu nog concerncontroller bij ons.
            Tot die tijd blijf ik gewoon lid, en het najaarsatelier wil ik nog graag meemaken.

            Met vriendelijke groet,
            Roelof Lanting
            """
        ),
    },
    {
        "id": "h53-056",
        "kind": "autoreply",
        "sender": "Marten Hoving <m.hoving@hunzemond.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _CALL_AUTUMN,
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. M. Hoving is niet langer werkzaam bij Werkorganisatie
            Hunzemond. Uw bericht wordt niet doorgestuurd. Voor vragen over bedrijfsvoering kunt u mailen naar
            bedrijfsvoering@hunzemond.nl.
            """
        ),
    },
    {
        "id": "h53-057",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Gerrit Jeuring <g.jeuring@kanaalstreeksamen.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: " + _CALL_AUTUMN,
        "body": _(
            """
            Nieuw in het netwerk, maar ik heb meteen iets: de samenwerking met de Duitse buurgemeenten over de
            grens. Hoe krijgen anderen grensoverschrijdende opgaven op de gezamenlijke agenda van hun gemeenten?

            Gerrit Jeuring, Kanaalstreek Samen
            """
        ),
    },
]
# fmt: on
