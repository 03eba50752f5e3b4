"""Held-out set 31: a year (2030) of mail to info@ambtelijkefusie.nl from directors in Zuid-Holland and Utrecht.

Never tuned on; it only measures. The organisations, municipalities, people and domains are invented: the
werkorganisaties Duinmonde Samen (Duinmonde, Vlietzijde, Schiedonk), Merwelanden Werkt (Merwedonk, Alblasdonk,
Lekkerwaard), AORK (Rottemeer-Krimpervliet), ZEHO (Zevenwaarden-Hoekveen), de BWN-organisatie (Bleiswaard,
Noordwaarde, Gravenloo) and De Waardgroep in Zuid-Holland; Werkorganisatie HW (Heuvelrade-Woudenrijn), VES
(Vechtwoude-Eemhoven), Stichtse Dreven (Kromwijk, Amersveld, Lekbroek), Groene Hart Oost (Vreeswijkerveld,
Linschoterwaard) and the GR Kromme Lek (Kromhout, Lopikerhout) in Utrecht.
AORK renames itself Werkorganisatie Rotte & Krimpen on 1 april (new domain rotteenkrimpen.nl).

The calendar of the year, as the writers refer to it:
- di 8 januari: call for themes for atelier 2030-1 (suggestions before do 24 januari); thank-you mails for
  suggestions follow each one.
- di 12 februari: invitation for atelier 2030-1 "Eén werkorganisatie, vier raden" (theme Samenwerking), donderdag
  21 maart 2030, 13.30 tot 17.00 uur, De Lichtfabriek, Havenkade 14, Heuvelrade; answer before 11 maart; 30 places,
  then a waiting list.
- ma 4 maart: change mail: De Lichtfabriek is being renovated, the atelier moves to the Raadhuis Zevenwaarden,
  Raadhuisplein 1, Zevenwaarden, and starts at 14.00 (until 17.30).
- do 14 maart: reminder. Do 21 maart: the atelier (the online Teams link failed for part of the first hour).
- do 28 maart: follow-up mail (report online, topics for the next atelier welcome).
- do 13 juni: call for themes for atelier 2030-2 (before do 4 juli), the date 7 november already named.
- di 10 september: invitation for atelier 2030-2 "Dienstverlening die de inwoner ziet" (theme Dienstverlening),
  donderdag 7 november 2030, 14.00 tot 17.30 uur, Buitenplaats De Hooge Wey, Lekdijk 40, Lekbroek.
- di 15 oktober: cancellation: water damage at De Hooge Wey, the atelier of 7 november does not take place.
- di 22 oktober: new invitation (an invitation-thread mail) for donderdag 28 november 2030, same programme,
  Stadskantoor Vechtwoude, Stationsplein 5, Vechtwoude; reminder on do 21 november.
- di 3 december: follow-up / thank-you mail, asking for topics for the first atelier of 2031.
In between: confirmation requests and their reminder, welcome mails, RSVP acknowledgements (waiting list), the
substitute's invitation and leave confirmations, each answered by some writers.

Conventions relied on (from the brief):
- Our quoted mails are the fixed snapshot in quoted_mails.json (its dates say 2027); the writers' own text speaks of
  the 2030 calendar above. Quoted replies keep our default subject unless the client rewrote it.
- Under the call for themes or a follow-up: a reply with a topic is a suggestion (also with an RSVP in it); a reply
  that only says whether the writer comes is an rsvp; a proposal about the form of the ateliers is other.
- Leaving and declining in one mail: unsubscribe. A decline that keeps the membership ("afmelden voor het atelier"),
  a decline with a substitute: rsvp False. A later mail carries the latest answer.
- A named successor with address (also answering our leave confirmation): unsubscribe (hand-over). A colleague
  reporting that someone left: other. An AVG erasure: unsubscribe with erase True; a request to see one's data: other.
- Signing up one named colleague with address: subscribe; without address or several people: other. "lid blijven"
  under our leave confirmation: subscribe (it asks to join again).
- A plain denial under our confirmation mail: unsubscribe; a denial that asks where we got the address: other.
- A yes on a condition, a confirmation plus a real question, an assistant's new mail about the director's
  attendance: other; an assistant answering in reply to our invitation: rsvp.
- Calendar accept/decline replies to the invitation count as an rsvp; out-of-office, bounces, read receipts,
  ticket systems and "address no longer in use" messages are autoreply, with or without headers.
- Auto-replies and calendar answers carry no quote; forwarded mails (quote "doorgestuurd") have no thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # ----------------------------------------------------------------------------------------------------------
    # Januari: new members, the call for themes for atelier 2030-1
    # ----------------------------------------------------------------------------------------------------------
    {
        "id": "h31-sub-01",
        "kind": "subscribe",
        "sender": "Ingrid Verschoor <i.verschoor@duinmondesamen.nl>",
        "subject": "Aanmelding Netwerk van directeuren",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Per 1 januari jl. ben ik benoemd tot algemeen directeur van Werkorganisatie Duinmonde Samen, de
            ambtelijke organisatie van de gemeenten Duinmonde, Vlietzijde en Schiedonk. Mijn voorganger sprak
            altijd met waardering over het netwerk en de ateliers.

            Graag meld ik mij aan als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.

            Met vriendelijke groet,

            drs. Ingrid Verschoor
            Algemeen directeur
            Werkorganisatie Duinmonde Samen
            Postbus 2140 | 2240 AC Duinmonde
            T 070 - 412 88 00 | M 06 - 41 27 73 90
            www.duinmondesamen.nl

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is,
            wordt u verzocht de afzender hiervan op de hoogte te stellen door het bericht te retourneren en de
            inhoud niet te gebruiken. Aan dit bericht kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "h31-con-01",
        "kind": "confirm",
        "sender": "Ingrid Verschoor <i.verschoor@duinmondesamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding.

            Met vriendelijke groet,
            Ingrid Verschoor
            Algemeen directeur Werkorganisatie Duinmonde Samen
            """
        ),
    },
    {
        "id": "h31-aut-01",
        "kind": "autoreply",
        "sender": "Frank Zwartjes <f.zwartjes@merwelandenwerkt.nl>",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 21 maart 2030",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben tot en met maandag 13 januari afwezig en lees mijn mail daarna.

            Voor dringende zaken kunt u contact opnemen met het directiesecretariaat van Merwelanden Werkt via
            078 - 610 44 00 of directiesecretariaat@merwelandenwerkt.nl.

            Met vriendelijke groet,
            Frank Zwartjes
            """
        ),
    },
    {
        "id": "h31-sug-01",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Frank Zwartjes <f.zwartjes@merwelandenwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat mij de afgelopen maanden bezighoudt: onze drie colleges hebben elk hun eigen ambities en die
            lopen steeds verder uiteen. Merwedonk wil groeien, Alblasdonk wil vooral het dorpse karakter houden
            en Lekkerwaard zit ergens tussenin. Hoe bedien je als één werkorganisatie drie besturen zonder dat er
            één het gevoel krijgt tekortgedaan te worden? Ik ben benieuwd hoe collega's daarmee omgaan.

            Groet,
            Frank Zwartjes
            Directeur Merwelanden Werkt
            """
        ),
    },
    {
        "id": "h31-sug-02",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Yvonne Baart <y.baart@bwn-organisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi beiden,

            Mijn onderwerp: strategische personeelsplanning. Wij krijgen vacatures voor planologen, juristen en
            ICT'ers nauwelijks meer ingevuld en de gemiddelde leeftijd in de organisatie is 51. Hoe houden
            anderen hun formatie op peil?

            Yvonne
            --
            Yvonne Baart | directeur bedrijfsvoering | BWN-organisatie
            voor de gemeenten Bleiswaard, Noordwaarde en Gravenloo
            """
        ),
    },
    {
        "id": "h31-sug-03",
        "kind": "suggestion",
        "themes": ["dienstverlening", "strategie"],
        "sender": "Hans Roodenburg <h.roodenburg@ves-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Twee onderwerpen, zoals gevraagd één per regel:
            - de inzet van AI bij het beantwoorden van vragen van inwoners aan de balie en via de chat
            - een gezamenlijke stip op de horizon: wat voor werkorganisatie willen wij in 2040 zijn?

            Met vriendelijke groet,

            Hans Roodenburg
            Gemeentesecretaris Vechtwoude en Eemhoven | Directeur VES
            Vechtwoude-Eemhoven Samenwerking
            Stationsplein 5, 3611 BK Vechtwoude
            """
        ),
    },
    {
        "id": "h31-sug-04",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Marjolein Terpstra <marjolein.terpstra@stichtsedreven.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Beste Melanie,

            Dank voor de oproep. Ik heb er even over nagedacht in de trein en kom op het volgende.

            Stichtse Dreven werkt voor drie gemeenten die qua omvang sterk verschillen: Kromwijk heeft ruim
            40.000 inwoners, Lekbroek nog geen 9.000. In de stuurgroep merk ik dat Lekbroek zich steeds vaker
            ondergesneeuwd voelt. Hun wethouders zeggen het niet hardop, maar de signalen zijn duidelijk: ze
            krijgen minder aandacht, hun dossiers komen later aan de beurt, en de raad vraagt zich af wat de
            samenwerking hen nog oplevert.

            Ik zou graag met collega's bespreken hoe je voorkomt dat de kleinste partner afhaakt. Welke afspraken
            hebben anderen gemaakt over verdeling van aandacht en capaciteit, en hoe houd je de kleine gemeente
            aangehaakt zonder de grote tekort te doen?

            Hartelijke groet,
            Marjolein

            Marjolein Terpstra
            Directeur Stichtse Dreven

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h31-sug-05",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Piet Bokhorst <PBokhorst@aork.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Stan,

            Na de raadsverkiezingen van maart krijgen wij twee nieuwe coalitieakkoorden. Mijn vraag voor het
            atelier: hoe smeed je de bestuurlijke prioriteiten van twee (bij anderen drie of vier) akkoorden om
            tot één gezamenlijke meerjarenagenda voor de werkorganisatie en de beide gemeenten samen?

            Piet Bokhorst
            directeur AORK
            """
        ),
    },
    {
        "id": "h31-sug-06",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Lotte van Wijngaarden <l.vanwijngaarden@ghoost.nl>",
        "thread": "call_for_themes",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            > Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities,
            > positie in de regio;

            Ja, graag dit thema! Concreet: hoe ga je om met een gemeente die overweegt uit te treden? Bij ons
            speelt dat in Linschoterwaard en ik hoor graag hoe anderen zo'n gesprek hebben gevoerd.

            > Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

            Bij deze, ruim op tijd :-)

            Lotte van Wijngaarden
            directeur Werkorganisatie Groene Hart Oost
            """
        ),
    },
    {
        "id": "h31-sug-07",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Gerard Mulders <g.mulders@gr-kromlek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Beste mensen,

            Op 21 maart ben ik er helaas niet bij, dan zit ik op vakantie. Wel geef ik graag een onderwerp mee:
            de doorontwikkeling van ons klantcontactcentrum naar een omnichannel aanpak, waarbij een inwoner
            niet meer merkt of hij belt, chat of langskomt. Wij staan daar aan het begin van.

            Met vriendelijke groet,

            G.J.M. Mulders
            Directeur Gemeenschappelijke Regeling Kromme Lek
            """
        ),
    },
    {
        "id": "h31-oth-01",
        "kind": "other",
        "sender": "Anouk Sterrenburg <a.sterrenburg@zeho.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Geen inhoudelijk onderwerp van mij, wel een wens over de vorm. Zou het atelier eens op een vrijdag
            kunnen, of in elk geval met een volwaardige online variant? Op donderdagmiddag zitten veel van ons in
            commissievergaderingen en de reistijd naar de andere kant van de provincie is fors.

            Hartelijke groet,
            Anouk Sterrenburg
            Directeur ZEHO | werkorganisatie Zevenwaarden-Hoekveen
            """
        ),
    },
    {
        "id": "h31-uns-01",
        "kind": "unsubscribe",
        "sender": "Rob Verhoef <rob.verhoef@waardgroep.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Geachte secretariaat,

            Onderwerpen heb ik niet. Eerlijk gezegd merk ik dat ik de afgelopen twee jaar geen enkel atelier
            heb kunnen bezoeken en dat gaat dit jaar niet anders worden. Wilt u mij afmelden als lid van het
            netwerk? Dan houd ik uw lijst schoon.

            Met vriendelijke groet,
            R. Verhoef
            De Waardgroep
            """
        ),
    },
    {
        "id": "h31-sug-08",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Yvonne Baart <y.baart@bwn-organisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Nog eentje erbij, kwam vanmorgen in ons MT voorbij: informatiebeveiliging nu we de drie netwerken en
            applicatielandschappen samenvoegen tot één I&A-omgeving. Wie heeft dat al achter de rug?

            Yvonne
            """
        ),
    },
    {
        "id": "h31-oth-02",
        "kind": "other",
        "sender": "Hans Roodenburg <h.roodenburg@ves-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Graag gedaan. Succes met het tellen en ik ben benieuwd naar de uitkomst.

            Hans
            """
        ),
    },
    {
        "id": "h31-sub-02",
        "kind": "subscribe",
        "sender": "Bas Kortekaas <b.kortekaas@aork.nl>",
        "subject": "aanmelden",
        "body": _(
            """
            Graag aanmelden voor het netwerk. Gr Bas

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h31-con-02",
        "kind": "confirm",
        "sender": "Bas Kortekaas <b.kortekaas@aork.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": "ja",
    },
    {
        "id": "h31-sub-03",
        "kind": "subscribe",
        "sender": "Marjolein Terpstra <marjolein.terpstra@stichtsedreven.nl>",
        "subject": "Nieuw lid: directeur bedrijfsvoering Stichtse Dreven",
        "body": _(
            """
            Beste Stan,

            Sinds deze maand hebben wij een nieuwe directeur bedrijfsvoering, Fatima el Idrissi
            (f.elidrissi@stichtsedreven.nl). Zij wil graag ook lid worden van het netwerk. Wil je haar aanmelden?

            Groet,
            Marjolein
            """
        ),
    },
    {
        "id": "h31-con-03",
        "kind": "confirm",
        "sender": "Fatima el Idrissi <f.elidrissi@stichtsedreven.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Klopt, mijn collega Marjolein heeft mij aangemeld. Bevestigd en alvast bedankt!

            Fatima el Idrissi
            Directeur bedrijfsvoering | Stichtse Dreven
            """
        ),
    },
    {
        "id": "h31-sug-09",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Fatima el Idrissi <f.elidrissi@stichtsedreven.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het warme welkom!

            U vraagt naar een onderwerp: mij houdt de digitale toegankelijkheid van onze dienstverlening bezig.
            Steeds meer loopt via het webformulier en de app, terwijl een flink deel van onze inwoners ouder is
            of moeite heeft met lezen. Hoe zorgen we dat zij niet buiten de boot vallen?

            Groet, Fatima
            """
        ),
    },
    {
        "id": "h31-oth-03",
        "kind": "other",
        "sender": "Koen Brouwer <k.brouwer@ves-gemeenten.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Dank voor de bevestiging. Is er een ledenlijst beschikbaar? Ik ben benieuwd welke collega's uit de
            provincie Utrecht al lid zijn, zodat ik een paar van hen vooraf kan bellen.

            Met vriendelijke groet,
            Koen Brouwer
            Adjunct-directeur VES
            """
        ),
    },
    {
        "id": "h31-oth-04",
        "kind": "other",
        "sender": "Willemijn de Groot <w.degroot@werkorganisatie-hw.nl>",
        "subject": "Aanmelding MT Werkorganisatie HW",
        "body": _(
            """
            Geachte heer, mevrouw,

            Ons voltallige managementteam wil graag deelnemen aan het netwerk: naast mijzelf gaat het om de
            concerncontroller, de drie afdelingshoofden en de strategisch adviseur. Kunt u hen allemaal
            aanmelden? De namen en adressen stuur ik u toe zodra u laat weten dat dit kan.

            Met vriendelijke groet,

            Willemijn de Groot
            Directeur bedrijfsvoering Werkorganisatie HW (Heuvelrade - Woudenrijn)
            """
        ),
    },
    {
        "id": "h31-uns-02",
        "kind": "unsubscribe",
        "sender": "Tom Hagenaars <t.hagenaars@gemeente-zevenwaarden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij niet aangemeld voor dit netwerk.

            T. Hagenaars
            """
        ),
    },
    {
        "id": "h31-oth-05",
        "kind": "other",
        "sender": "Esra Yilmaz <e.yilmaz@duinmonde.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedendag,

            Ik heb me nergens voor aangemeld en ken uw organisatie niet. Hoe komt u aan mijn e-mailadres, en
            wie heeft mij opgegeven? Ik verneem dat graag.

            E. Yilmaz
            Gemeente Duinmonde
            """
        ),
    },
    {
        "id": "h31-sug-10",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Wouter Klaassen <W.Klaassen@merwelandenwerkt.nl>",
        "subject": "Thema voor het atelier van maart",
        "body": _(
            """
            Beste secretariaat,

            Ik zag de oproep te laat om er netjes op te antwoorden, vandaar een los bericht. Mijn onderwerp:
            de vergunningverlening onder het omgevingsplan. Ondernemers klagen dat ze bij ons drie loketten
            langs moeten. Hoe organiseer je het zo dat een ondernemer één aanspreekpunt heeft, van eerste
            vraag tot besluit?

            Met vriendelijke groet,
            Wouter Klaassen
            Manager Vergunningen, Toezicht en Handhaving / lid directieteam
            Merwelanden Werkt
            """
        ),
    },
    {
        "id": "h31-sug-11",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "J.A. Koppelaar <JA.Koppelaar@heuvelrade.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar,

            In antwoord op uw oproep draag ik het volgende onderwerp aan: de wendbaarheid van de formatie.
            Hoe zetten collega-organisaties flexpools en interne mobiliteit in, zodat medewerkers makkelijker
            tussen taakvelden kunnen bewegen wanneer de werkdruk verschuift?

            Hoogachtend,

            mr. J.A. Koppelaar
            Algemeen directeur
            Werkorganisatie HW

            ================================================================================
            De informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.
            Gemeente Heuvelrade aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik
            van dit bericht.
            ================================================================================
            """
        ),
    },
    # ----------------------------------------------------------------------------------------------------------
    # Februari - maart: invitation for 21 maart, the change of venue and time, the reminder
    # ----------------------------------------------------------------------------------------------------------
    {
        "id": "h31-rsv-01",
        "kind": "rsvp",
        "attending": True,
        "sender": "Anouk Sterrenburg <a.sterrenburg@zeho.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom.

            Anouk Sterrenburg
            Directeur ZEHO
            """
        ),
    },
    {
        "id": "h31-rsv-02",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yvonne Baart <y.baart@bwn-organisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Graag! Ik neem mijn collega Ellen Jacobs (hoofd HR) mee, dus we komen met z'n tweeën.

            Groetjes,
            Yvonne
            """
        ),
    },
    {
        "id": "h31-rsv-03",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hans Roodenburg <h.roodenburg@ves-gemeenten.nl>",
        "thread": "invitation",
        "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 21 maart 2030: Eén werkorganisatie, vier "
                   "raden [atelier:2030-1]",
        "body": "Tot 21 maart!",
    },
    {
        "id": "h31-rsv-04",
        "kind": "rsvp",
        "attending": True,
        "sender": "Secretariaat directie Stichtse Dreven <secretariaat.directie@stichtsedreven.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Terpstra laat ik u weten dat zij graag komt. Ik heb het atelier in haar agenda gezet.

            Met vriendelijke groet,

            Dianne Rietveld
            Managementassistent directie
            Stichtse Dreven | werkorganisatie voor Kromwijk, Amersveld en Lekbroek
            T 030 - 765 20 11
            Werkdagen: ma, di, do
            """
        ),
    },
    {
        "id": "h31-rsv-05",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs Hoogeveen <g.hoogeveen@duinmondesamen.nl>",
        "thread": "invitation",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": _(
            """
            Beste Stan en Melanie,

            Mijn antwoord staat hieronder tussen de regels.

            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

            Ja, ik kom.

            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

            Met één gast: onze concerncontroller, Rianne Pos.

            > Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.

            Dan hoop ik dat we er nog net bij zijn!

            Gijs Hoogeveen
            adjunct-directeur Duinmonde Samen
            """
        ),
    },
    {
        "id": "h31-rsv-06",
        "kind": "rsvp",
        "attending": True,
        "sender": "Alistair Graham <a.graham@aork.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            Count me in - I'll be there on the 21st. My Dutch is good enough to follow the discussion, though I
            may switch to English when it gets complicated. Looking forward to it.

            Best,
            Alistair

            Alistair Graham
            Programmadirecteur Digitale Transformatie | AORK
            Ambtelijke Organisatie Rottemeer-Krimpervliet
            """
        ),
    },
    {
        "id": "h31-rsv-07",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bas Kortekaas <b.kortekaas@aork.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja. Met 2 pers.

            Verzonden vanuit Outlook voor Android
            """
        ),
    },
    {
        "id": "h31-rsv-08",
        "kind": "rsvp",
        "attending": True,
        "sender": "J.A. Koppelaar <JA.Koppelaar@heuvelrade.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar,

            Hierbij meld ik mij en mijn plaatsvervanger, de heer K. Dijkstra, aan voor het atelier van 21 maart.

            Hoogachtend,

            mr. J.A. Koppelaar
            Algemeen directeur
            Werkorganisatie HW

            ================================================================================
            De informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.
            Gemeente Heuvelrade aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik
            van dit bericht.
            ================================================================================
            """
        ),
    },
    {
        "id": "h31-rsv-09",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wim van Dam <w.vandam@waardgroep.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ja ik kom graag punt tot de 21e komma groet Wim

            (ingesproken via Siri in de auto, excuus voor eventuele rare woorden)
            """
        ),
    },
    {
        "id": "h31-rsv-10",
        "kind": "rsvp",
        "attending": False,
        "sender": "Leon Hoogendoorn <l.hoogendoorn@waardgroep.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik kan niet.

            Met vriendelijke groet,
            Leon Hoogendoorn
            Directeur Dienstverlening | De Waardgroep

            Ik werk op maandag, dinsdag en donderdag.
            """
        ),
    },
    {
        "id": "h31-rsv-11",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frank Zwartjes <f.zwartjes@merwelandenwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Melanie,

            Nee helaas. Juist die middag ben ik in Den Haag voor het overleg met BZK over de evaluatie van onze
            samenwerkingsregeling. Jammer, want het thema raakt precies aan wat ik in januari aandroeg. Ik lees
            het verslag met belangstelling.

            Groet,
            Frank
            """
        ),
    },
    {
        "id": "h31-rsv-12",
        "kind": "rsvp",
        "attending": False,
        "sender": "Piet Bokhorst <PBokhorst@aork.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik kan zelf niet, maar mijn collega Nadia Chaouch (n.chaouch@aork.nl), directeur Sociaal Domein,
            komt in mijn plaats.

            Piet
            """
        ),
    },
    {
        "id": "h31-rsv-13",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nadia Chaouch <n.chaouch@aork.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging, ik kom graag in plaats van Piet.

            Hartelijke groet,
            Nadia Chaouch
            Directeur Sociaal Domein AORK
            """
        ),
    },
    {
        "id": "h31-rsv-14",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerard Mulders <g.mulders@gr-kromlek.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": _(
            """
            Geacht secretariaat,

            Zoals ik in januari al schreef ben ik op 21 maart met vakantie. Ik moet dus helaas afzeggen.

            Met vriendelijke groet,
            G.J.M. Mulders
            """
        ),
    },
    {
        "id": "h31-rsv-15",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lotte van Wijngaarden <l.vanwijngaarden@ghoost.nl>",
        "thread": "invitation",
        "subject": "Afgewezen: Uitnodiging Leer- en inspireer-atelier 21 maart 2030: Eén werkorganisatie, vier raden "
                   "[atelier:2030-1]",
        "body": "Helaas verhinderd, veel succes die middag.",
    },
    {
        "id": "h31-uns-03",
        "kind": "unsubscribe",
        "sender": "Hennie Bos <h.bos@merwelandenwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik kom niet, en eerlijk gezegd wil ik ook geen uitnodigingen meer ontvangen. Ik ben sinds vorig jaar
            geen directeur meer maar projectleider. Haal me maar van de lijst.

            Hennie Bos
            """
        ),
    },
    {
        "id": "h31-uns-04",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Chantal van Rijswijk <c.vanrijswijk@ghoost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Geachte heer/mevrouw,

            Verwijder a.u.b. al mijn gegevens uit uw bestand. Ik wens geen e-mails meer van uw netwerk te
            ontvangen.

            C. van Rijswijk
            """
        ),
    },
    {
        "id": "h31-oth-06",
        "kind": "other",
        "sender": "Ruud Dekker <r.dekker@merwelandenwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Ik kom graag, als ik mijn portefeuillehouder bedrijfsvoering mag meenemen. Zij is erg geïnteresseerd
            in het onderwerp. Is het atelier ook open voor wethouders, of is het echt alleen voor ambtenaren?
            Laat je het even weten? Dan meld ik ons definitief aan.

            Groet,
            Ruud Dekker
            adjunct-directeur Merwelanden Werkt
            """
        ),
    },
    {
        "id": "h31-oth-07",
        "kind": "other",
        "sender": "Directiesecretariaat Duinmonde Samen <directiesecretariaat@duinmondesamen.nl>",
        "subject": "Atelier 21 maart - de heer Bakker",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens de heer A. Bakker, directeur Publiekszaken van Duinmonde Samen, laat ik u weten dat hij op
            21 maart aanwezig zal zijn bij het Leer- en inspireer-atelier.

            Met vriendelijke groet,

            Sandra Koek
            Directiesecretariaat
            Werkorganisatie Duinmonde Samen
            """
        ),
    },
    {
        "id": "h31-oth-08",
        "kind": "other",
        "sender": "Crediteurenadministratie Werkorganisatie HW <crediteuren@werkorganisatie-hw.nl>",
        "subject": "Vraag over kosten deelname atelier 21 maart",
        "body": _(
            """
            Goedemiddag,

            Twee directieleden van onze organisatie nemen op 21 maart deel aan uw atelier. Zijn hier kosten aan
            verbonden? Zo ja, wilt u dan een factuur sturen onder vermelding van inkoopordernummer 4500218873?
            Facturen zonder inkoopordernummer kunnen wij helaas niet verwerken.

            Met vriendelijke groet,

            Team Financiële Administratie
            Werkorganisatie HW
            """
        ),
    },
    {
        "id": "h31-oth-09",
        "kind": "other",
        "sender": "Sven Oudshoorn <s.oudshoorn@zeho.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo,

            Wij hebben sinds februari een management trainee die ik graag een keer mee zou nemen. Zij is geen
            directeur, maar draait wel mee in ons MT. Is dat toegestaan, of zijn de ateliers alleen voor leden?

            Vriendelijke groet,
            Sven Oudshoorn
            ZEHO
            """
        ),
    },
    {
        "id": "h31-aut-02",
        "kind": "autoreply",
        "sender": "Marloes Verbeek <m.verbeek@duinmondesamen.nl>",
        "thread": "invitation",
        "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 21 maart 2030: Eén werkorganisatie, vier "
                   "raden [atelier:2030-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Thank you for your message. I am out of the office until 24 February with no access to e-mail.
            For urgent matters please contact Sandra Koek (directiesecretariaat@duinmondesamen.nl).

            Kind regards,
            Marloes Verbeek
            """
        ),
    },
    {
        "id": "h31-aut-03",
        "kind": "autoreply",
        "sender": "Mail Delivery System <postmaster@gemeente-hoekveen.nl>",
        "subject": "Onbestelbaar: Uitnodiging Leer- en inspireer-atelier 21 maart 2030",
        "headers": {"Auto-Submitted": "auto-generated", "X-Failed-Recipients": "r.blom@gemeente-hoekveen.nl"},
        "body": _(
            """
            Uw bericht heeft sommige of alle geadresseerden niet bereikt.

            Onderwerp: Uitnodiging Leer- en inspireer-atelier 21 maart 2030
            Verzonden: 12-2-2030 09:02

            Het bericht kan niet worden bezorgd bij de volgende geadresseerden:

            r.blom@gemeente-hoekveen.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de
            geadresseerde en probeer het bericht opnieuw te verzenden.

            Diagnostische informatie voor beheerders:
            Genererende server: MX02.gemeente-hoekveen.nl
            Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
            """
        ),
    },
    {
        "id": "h31-aut-04",
        "kind": "autoreply",
        "sender": "Willemijn de Groot <w.degroot@werkorganisatie-hw.nl>",
        "thread": "invitation",
        "subject": "Gelezen: Uitnodiging Leer- en inspireer-atelier 21 maart 2030: Eén werkorganisatie, vier raden "
                   "[atelier:2030-1]",
        "body": _(
            """
            Uw bericht

              Aan: Willemijn de Groot
              Onderwerp: Uitnodiging Leer- en inspireer-atelier 21 maart 2030: Eén werkorganisatie, vier raden
              Verzonden: dinsdag 12 februari 2030 09:02:14 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is gelezen op dinsdag 12 februari 2030 11:47:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "h31-aut-05",
        "kind": "autoreply",
        "sender": "Directie De Waardgroep <directie@waardgroep.nl>",
        "thread": "invitation",
        "subject": "Ontvangstbevestiging: Uitnodiging Leer- en inspireer-atelier 21 maart 2030",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "body": _(
            """
            Bedankt voor uw e-mail aan de directie van De Waardgroep.

            Uw bericht is ontvangen en wordt zo spoedig mogelijk in behandeling genomen. Wij streven ernaar u
            binnen vijf werkdagen te antwoorden. Dit is een automatisch gegenereerd bericht; u kunt hierop niet
            reageren.

            De Waardgroep - samen werken voor de Waarden
            """
        ),
    },
    {
        "id": "h31-rsv-16",
        "kind": "rsvp",
        "attending": True,
        "sender": "Anouk Sterrenburg <a.sterrenburg@zeho.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ha, nu komen jullie naar ons eigen raadhuis! Ik blijf er uiteraard bij, en ik zorg dat de koffie
            klaarstaat.

            Anouk
            """
        ),
    },
    {
        "id": "h31-rsv-17",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yvonne Baart <y.baart@bwn-organisatie.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Balen: Ellen en ik hadden ons aangemeld, maar we hadden het zo gepland dat we om 16.30 uur weg
            konden voor een sollicitatiegesprek. Nu het atelier een half uur later begint en tot 17.30 uur duurt
            heeft het voor ons weinig zin. We moeten helaas allebei afzeggen. Geef onze plekken maar aan iemand
            van de wachtlijst.

            Yvonne
            """
        ),
    },
    {
        "id": "h31-oth-10",
        "kind": "other",
        "sender": "Wouter Klaassen <W.Klaassen@merwelandenwerkt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Is er bij het raadhuis in Zevenwaarden parkeergelegenheid, en moet ik daarvoor een kaart aanvragen?
            Of kan ik beter met de trein komen? Hoe ver is het lopen vanaf het station?

            Met vriendelijke groet,
            Wouter Klaassen
            """
        ),
    },
    {
        "id": "h31-oth-11",
        "kind": "other",
        "sender": "J.A. Koppelaar <JA.Koppelaar@heuvelrade.nl>",
        "subject": "Toegankelijkheid raadhuis Zevenwaarden",
        "body": _(
            """
            Geachte heer Van de Laar,

            De heer Dijkstra, die mij op 21 maart vergezelt, maakt gebruik van een rolstoel. Kunt u mij laten
            weten of het raadhuis in Zevenwaarden rolstoeltoegankelijk is en of er een aangepast toilet is?

            Hoogachtend,

            mr. J.A. Koppelaar
            Algemeen directeur Werkorganisatie HW
            """
        ),
    },
    {
        "id": "h31-rsv-18",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sven Oudshoorn <s.oudshoorn@zeho.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kan toch niet meer, er is een crisisoverleg ingepland. Geef mijn plek op de wachtlijst maar aan
            een ander.

            Sven
            """
        ),
    },
    {
        "id": "h31-rsv-19",
        "kind": "rsvp",
        "attending": True,
        "sender": "Leon Hoogendoorn <l.hoogendoorn@waardgroep.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Beste secretariaat,

            Ik had eerder afgezegd, maar mijn afspraak op de 21e is verschoven. Ik kan dus toch komen! Als er
            tenminste nog plek is.

            Groet,
            Leon
            """
        ),
    },
    {
        "id": "h31-rsv-20",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lotte van Wijngaarden <l.vanwijngaarden@ghoost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo Stan,

            Vorige week heb ik de uitnodiging afgewezen, maar mijn burgemeester vindt dat ik juist bij dit thema
            moet aanschuiven. Dus toch: ja, ik kom. Graag weer op de lijst.

            Lotte
            """
        ),
    },
    {
        "id": "h31-rsv-21",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bas Kortekaas <b.kortekaas@aork.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik had ja gezegd, maar er is een extra raadsvergadering ingepland over de begrotingswijziging. Ik moet
            me helaas afmelden voor het atelier. Mijn gast komt dan ook niet.

            Bas Kortekaas
            Directeur Bedrijfsvoering AORK
            """
        ),
    },
    {
        "id": "h31-rsv-22",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hans Roodenburg <h.roodenburg@ves-gemeenten.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Ik ben er donderdag, maar kom rond 14.45 uur binnen: ik zit tot 14.00 uur in het presidium in
            Vechtwoude. Begin gerust zonder mij.

            Hans Roodenburg
            """
        ),
    },
    {
        "id": "h31-rsv-23",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marloes Verbeek <m.verbeek@duinmondesamen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Helaas, ik kan niet. Ik lig sinds gisteren met griep op bed en dat wordt donderdag niet beter, vrees ik.

            Marloes

            Verstuurd vanaf mijn Samsung Galaxy smartphone.
            """
        ),
    },
    {
        "id": "h31-aut-06",
        "kind": "autoreply",
        "sender": "Koen Brouwer <k.brouwer@ves-gemeenten.nl>",
        "thread": "reminder",
        "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 21 maart 2030 [atelier:2030-1]",
        "body": _(
            """
            Ik ben tot en met 20 maart op studiereis in Kopenhagen en lees mijn mail beperkt. Uw bericht wordt
            niet doorgestuurd. Voor zaken die niet kunnen wachten: bel 030 - 604 11 00 (receptie VES).

            Koen Brouwer
            """
        ),
    },
    # ----------------------------------------------------------------------------------------------------------
    # Eind maart: the follow-up after the atelier of 21 maart
    # ----------------------------------------------------------------------------------------------------------
    {
        "id": "h31-sug-12",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Anouk Sterrenburg <a.sterrenburg@zeho.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank jullie wel voor de fijne middag in ons raadhuis, het was een goed gesprek.

            Voor een volgende keer: het monitoren van onze dienstverlening. Welke prestatie-indicatoren
            gebruiken collega's (doorlooptijden, bereikbaarheid, tevredenheid) en hoe rapporteer je die zo dat
            een inwoner er ook iets aan heeft? Wij hebben een dashboard met veertig indicatoren waar niemand naar
            kijkt.

            Hartelijke groet,
            Anouk
            """
        ),
    },
    {
        "id": "h31-sug-13",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wim van Dam <w.vandam@waardgroep.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Wat bij mij bleef hangen van donderdag: iedereen worstelt met de externe inhuur. Bij ons is het
            inmiddels 22 procent van de loonsom. Graag een vervolg daarop: hoe krijg je de inhuur omlaag zonder dat
            het werk blijft liggen?

            Wim

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h31-oth-12",
        "kind": "other",
        "sender": "Lotte van Wijngaarden <l.vanwijngaarden@ghoost.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor het verslag. Ik ben blij dat ik toch ben gegaan. Graag geef ik jullie wat feedback mee, in
            de hoop dat jullie er iets mee kunnen.

            Wat goed was: de openingscasus van Merwelanden Werkt was herkenbaar en eerlijk, en het raadhuis in
            Zevenwaarden bleek een prima plek. Wat beter kan: het plenaire deel duurde te lang, waardoor we in de
            subgroepen maar een half uur hadden. Juist daar gebeurt het. Verder hadden de collega's die online
            meededen het eerste uur geen beeld en geluid; dat leidde in de zaal behoorlijk af.

            Mijn advies voor november: korte plenaire aftrap, twee ronden in subgroepen en een gezamenlijke
            afsluiting. En test de Teams-verbinding vooraf.

            Hartelijke groet,
            Lotte van Wijngaarden
            directeur Werkorganisatie Groene Hart Oost
            """
        ),
    },
    {
        "id": "h31-oth-13",
        "kind": "other",
        "sender": "Nadia Chaouch <n.chaouch@aork.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Wat een inspirerende middag was het, dank jullie wel! Ik was er als invaller voor Piet, maar ik kom
            graag vaker.

            Nadia
            """
        ),
    },
    {
        "id": "h31-oth-14",
        "kind": "other",
        "sender": "Carla Vermeulen <c.vermeulen@gemeente-krimpervliet.nl>",
        "subject": "Teams-link atelier werkte niet",
        "body": _(
            """
            Goedemiddag,

            Ik wilde donderdag online aansluiten bij het atelier, maar de link uit de uitnodiging gaf een
            foutmelding ("deze vergadering bestaat niet"). Pas na een uur kreeg ik via een collega in de zaal een
            nieuwe link. Daarmee heb ik de hele inleiding gemist. Dat vind ik jammer, zeker omdat ik er een
            middag voor had vrijgemaakt. Kunt u er de volgende keer voor zorgen dat de link werkt, en is er een
            opname van het eerste deel?

            Met vriendelijke groet,
            Carla Vermeulen
            Directeur Publiekszaken, gemeente Krimpervliet (AORK)
            """
        ),
    },
    {
        "id": "h31-oth-15",
        "kind": "other",
        "sender": "Koen Brouwer <k.brouwer@ves-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hoi Melanie,

            Kun je mij de presentatie van de inleider van 21 maart sturen? In het verslag staat alleen een
            samenvatting en ik wil de plaat met het sturingsmodel graag in ons MT laten zien.

            Dank!
            Koen
            """
        ),
    },
    # ----------------------------------------------------------------------------------------------------------
    # April - mei: leaves, hand-overs, new members, questions
    # ----------------------------------------------------------------------------------------------------------
    {
        "id": "h31-sug-14",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ruud Dekker <r.dekker@merwelandenwerkt.nl>",
        "subject": "idee voor een volgend atelier",
        "body": _(
            """
            Beste Stan,

            Los van een oproep, maar ik wil het niet vergeten: ik zou het graag eens hebben over ons
            sturingsconcept. Wie stuurt wat - de gemeentesecretarissen van de drie gemeenten of de directie van
            de werkorganisatie? Bij ons is dat na vijf jaar nog steeds niet helder en het leidt tot dubbel werk.

            Groet,
            Ruud
            """
        ),
    },
    {
        "id": "h31-uns-05",
        "kind": "unsubscribe",
        "sender": "Gerard Mulders <g.mulders@gr-kromlek.nl>",
        "subject": "Afmelding i.v.m. pensionering",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Per 1 mei aanstaande ga ik met pensioen. Wilt u mij per die datum uitschrijven als lid van het
            netwerk? Ik heb de ateliers altijd zeer gewaardeerd; het was goed om te merken dat wij als
            fusieorganisaties met dezelfde vragen worstelen.

            Met vriendelijke groet,

            G.J.M. Mulders
            Directeur Gemeenschappelijke Regeling Kromme Lek
            """
        ),
    },
    {
        "id": "h31-uns-06",
        "kind": "unsubscribe",
        "sender": "Gerard Mulders <g.mulders@gr-kromlek.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Dank voor de bevestiging. U vraagt naar een opvolger: dat wordt per 1 mei mevrouw Ilse Brandsma,
            i.brandsma@gr-kromlek.nl. Zij neemt mijn functie over en ik heb haar al over het netwerk verteld.

            Met vriendelijke groet,
            G.J.M. Mulders
            """
        ),
    },
    {
        "id": "h31-con-14",
        "kind": "confirm",
        "sender": "Ilse Brandsma <i.brandsma@gr-kromlek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ja hoor, graag. Overigens ben ik mobiel het best bereikbaar op 06 - 48 19 22 07.

            Ilse Brandsma
            """
        ),
    },
    {
        "id": "h31-uns-07",
        "kind": "unsubscribe",
        "sender": "Gijs Hoogeveen <g.hoogeveen@duinmondesamen.nl>",
        "subject": "Overdracht lidmaatschap",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 juni vertrek ik bij Duinmonde Samen; ik word gemeentesecretaris buiten de regio. Mijn rol als
            adjunct-directeur gaat over naar Sanne Willemse (s.willemse@duinmondesamen.nl). Willen jullie haar in
            mijn plaats opnemen in het netwerk?

            Dank voor de mooie bijeenkomsten!

            Gijs Hoogeveen
            """
        ),
    },
    {
        "id": "h31-con-15",
        "kind": "confirm",
        "sender": "Sanne Willemse <s.willemse@duinmondesamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": "Verstuurd vanaf mijn iPad",
    },
    {
        "id": "h31-oth-16",
        "kind": "other",
        "sender": "Piet Bokhorst <p.bokhorst@rotteenkrimpen.nl>",
        "subject": "Nieuw e-mailadres",
        "body": _(
            """
            Beste secretariaat,

            Per 1 april heet AORK voortaan Werkorganisatie Rotte & Krimpen. Mijn e-mailadres wijzigt daardoor van
            PBokhorst@aork.nl naar p.bokhorst@rotteenkrimpen.nl. Het oude adres blijft nog drie maanden werken.
            Wilt u het aanpassen in uw bestand?

            Piet Bokhorst
            directeur Werkorganisatie Rotte & Krimpen
            """
        ),
    },
    {
        "id": "h31-aut-07",
        "kind": "autoreply",
        "sender": "Alistair Graham <a.graham@aork.nl>",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Eén werkorganisatie, vier "
                   "raden\"",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dit e-mailadres wordt sinds 1 april 2030 niet meer gebruikt. AORK heet nu Werkorganisatie Rotte &
            Krimpen. Uw bericht is niet doorgestuurd; u bereikt mij voortaan op a.graham@rotteenkrimpen.nl.

            This address is no longer in use. Please resend your message to a.graham@rotteenkrimpen.nl.
            """
        ),
    },
    {
        "id": "h31-oth-17",
        "kind": "other",
        "sender": "Tom Hagenaars <t.hagenaars@gemeente-zevenwaarden.nl>",
        "subject": "Vertrek directeur",
        "body": _(
            """
            Goedemorgen,

            Onze directeur Publiekszaken, Henk Oosterhuis, is per 1 april vertrokken. Hij staat blijkbaar nog op
            uw lijst, want zijn mailbox krijgt nog berichten van u. Ik weet nog niet wie hem opvolgt.

            Met vriendelijke groet,
            Tom Hagenaars
            Gemeente Zevenwaarden, team Bestuursondersteuning
            """
        ),
    },
    {
        "id": "h31-aut-08",
        "kind": "autoreply",
        "sender": "Henk Oosterhuis <h.oosterhuis@gemeente-zevenwaarden.nl>",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Eén werkorganisatie, "
                   "vier raden\" [atelier:2030-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "DR, RN, NRN, OOF, AutoReply"},
        "body": _(
            """
            Henk Oosterhuis is niet meer werkzaam bij de gemeente Zevenwaarden. Uw e-mail wordt niet doorgestuurd
            en niet gelezen. Voor algemene vragen kunt u terecht bij info@gemeente-zevenwaarden.nl of 14 0182.
            """
        ),
    },
    {
        "id": "h31-sub-04",
        "kind": "subscribe",
        "sender": "Sjoerd Hiemstra <s.hiemstra@stichtsedreven.nl>",
        "subject": "meedoen",
        "body": _(
            """
            Hoi Stan,

            Gisteren bij het regio-overleg in Amersveld hoorde ik van Marjolein dat jullie netwerk weer een mooi
            atelier heeft gehad. Ik wil graag meedoen. Zet je me op de lijst?

            Groeten,
            Sjoerd Hiemstra
            directeur Publieksdienstverlening Stichtse Dreven
            """
        ),
    },
    {
        "id": "h31-con-04",
        "kind": "confirm",
        "sender": "Sjoerd Hiemstra <s.hiemstra@stichtsedreven.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": "Klopt, dat was ik. Dank!",
    },
    {
        "id": "h31-sub-05",
        "kind": "subscribe",
        "sender": "Rob Verhoef <rob.verhoef@waardgroep.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes",
        "body": _(
            """
            Lid blijven.

            Ik heb mij in januari wat overhaast afgemeld. Sinds april ben ik vrijgesteld voor het programma
            Toekomst Waardgroep en heb ik juist wel tijd voor de ateliers.

            Met vriendelijke groet,
            R. Verhoef
            """
        ),
    },
    {
        "id": "h31-oth-18",
        "kind": "other",
        "sender": "Maarten Smeets <maarten@kompasenkoers.nl>",
        "subject": "Facilitatie Leer- en inspireer-ateliers",
        "body": _(
            """
            Geachte heer Van de Laar, beste Stan,

            Via LinkedIn zag ik de mooie foto's van uw atelier in Zevenwaarden voorbijkomen. Kompas & Koers
            Organisatieadvies begeleidt al vijftien jaar intervisie en leertafels voor topambtenaren, onder meer
            bij drie werkorganisaties in het Groene Hart.

            Wij denken graag mee over een werkvorm die nog meer ruimte geeft aan de inbreng van de deelnemers,
            bijvoorbeeld met onze methode 'Spiegelgesprek'. Zullen we binnenkort een kop koffie drinken? U vindt
            een korte brochure in de bijlage.

            Met hartelijke groet,

            Maarten Smeets
            Partner | Kompas & Koers Organisatieadvies
            06 - 21 84 55 06 | www.kompasenkoers.nl

            Wilt u geen berichten meer van ons ontvangen? Laat het ons weten.
            """
        ),
    },
    {
        "id": "h31-oth-19",
        "kind": "other",
        "sender": "Anouk Sterrenburg <a.sterrenburg@zeho.nl>",
        "subject": "Adviesraad",
        "body": _(
            """
            Beste Stan en Melanie,

            Tijdens het atelier hoorde ik dat er in de Adviesraad een plek vrijkomt. Ik stel mij graag kandidaat.
            Ik ben nu anderhalf jaar directeur van ZEHO en daarvoor was ik zes jaar concerncontroller bij een
            andere fusieorganisatie, dus ik ken het speelveld van beide kanten. Wat is de procedure?

            Hartelijke groet,
            Anouk Sterrenburg
            """
        ),
    },
    {
        "id": "h31-oth-20",
        "kind": "other",
        "sender": "Willemijn de Groot <w.degroot@werkorganisatie-hw.nl>",
        "subject": "Vraag over lidmaatschap",
        "body": _(
            """
            Goedemiddag,

            Onze gemeentesecretaris van Woudenrijn is geen directeur van de werkorganisatie, maar zit wel in het
            bestuurlijk overleg en is erg geïnteresseerd in het netwerk. Mag hij ook lid worden?

            Met vriendelijke groet,
            Willemijn de Groot
            """
        ),
    },
    {
        "id": "h31-oth-21",
        "kind": "other",
        "sender": "Chris Baljeu <c.baljeu@bwn-organisatie.nl>",
        "subject": "Verzoek inzage persoonsgegevens",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u mij te laten
            weten welke persoonsgegevens u van mij verwerkt, met welk doel, en van wie u deze heeft ontvangen.

            Ik zie uw reactie binnen de wettelijke termijn graag tegemoet.

            Met vriendelijke groet,

            C. Baljeu
            Directeur Ruimte, BWN-organisatie
            """
        ),
    },
    {
        "id": "h31-uns-08",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "P. Schouten-Lam <p.schouten@gemeente-noordwaarde.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Hierbij verzoek ik u, op grond van artikel 17 van de Algemene verordening gegevensbescherming, al mijn
            persoonsgegevens uit uw administratie te verwijderen en mij af te melden voor het netwerk. Ik vraag
            u mij te bevestigen dat dit is gebeurd.

            Hoogachtend,

            mevr. drs. P. Schouten-Lam
            Gemeente Noordwaarde

            Disclaimer: de informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de
            geadresseerde. Gebruik van deze informatie door anderen dan de geadresseerde is verboden.
            """
        ),
    },
    {
        "id": "h31-oth-22",
        "kind": "other",
        "sender": "Hannah Bakker <h.m.bakker@students.uu.nl>",
        "subject": "Research request: directors of shared service organisations",
        "body": _(
            """
            Dear Sir or Madam,

            I am a master's student in Public Administration and Organisational Science at Utrecht University.
            For my thesis I study how directors of Dutch shared service organisations (ambtelijke fusies) balance
            the interests of the participating municipalities.

            Would it be possible to distribute a short questionnaire among the members of your network, or to
            observe one of your ateliers? I would of course anonymise all data.

            Kind regards,
            Hannah Bakker
            """
        ),
    },
    {
        "id": "h31-sub-06",
        "kind": "subscribe",
        "sender": "Jeroen Wijnands <jeroenwijnands71@gmail.com>",
        "subject": "Aanmelding netwerk",
        "body": _(
            """
            Goedendag,

            Per 1 mei ben ik directeur van De Waardgroep, als opvolger van Wim van Dam die naar het Rijk vertrekt.
            Mijn zakelijke mailadres werkt nog niet. Wilt u mij voorlopig op dit adres aanmelden voor het
            netwerk? Ik geef het nieuwe adres door zodra ik het heb.

            Met vriendelijke groet,
            Jeroen Wijnands
            """
        ),
    },
    {
        "id": "h31-con-05",
        "kind": "confirm",
        "sender": "Jeroen Wijnands <jeroenwijnands71@gmail.com>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Sorry, deze was blijven liggen in de drukte van de eerste weken. Bij deze bevestigd.

            Jeroen
            """
        ),
    },
    {
        "id": "h31-sub-07",
        "kind": "subscribe",
        "sender": "Frank Zwartjes <f.zwartjes@merwelandenwerkt.nl>",
        "subject": "Ilona ook toevoegen",
        "body": _(
            """
            Hoi Melanie,

            Kun je Ilona de Waard ook toevoegen aan het netwerk? i.dewaard@merwelandenwerkt.nl - zij is sinds
            deze maand mijn adjunct.

            Frank
            """
        ),
    },
    {
        "id": "h31-con-06",
        "kind": "confirm",
        "sender": "Ilona de Waard <i.dewaard@merwelandenwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Akkoord.

            Met vriendelijke groet,

            Ilona de Waard
            Adjunct-directeur | Merwelanden Werkt
            Werkorganisatie voor de gemeenten Merwedonk, Alblasdonk en Lekkerwaard
            Stationsweg 2 | 3361 HE Merwedonk
            T: 078 - 610 44 00
            www.merwelandenwerkt.nl

            Merwelanden Werkt hecht aan uw privacy. Lees in onze privacyverklaring hoe wij met uw gegevens omgaan.
            Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het
            bericht dan en informeer de afzender. Denk aan het milieu voordat u deze e-mail print.
            """
        ),
    },
    # ----------------------------------------------------------------------------------------------------------
    # Juni - augustus: the call for themes for atelier 2030-2 (7 november), the summer
    # ----------------------------------------------------------------------------------------------------------
    {
        "id": "h31-sug-15",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Ingrid Verschoor <i.verschoor@duinmondesamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Ik kom zeker op 7 november.

            Als onderwerp stel ik voor: hoe zet je een koers uit voor de werkorganisatie voor de komende tien
            jaar, terwijl de colleges hooguit vier jaar vooruitkijken? Ik ben sinds januari directeur en merk dat
            een lange termijn visie op onze organisatie volledig ontbreekt.

            Met vriendelijke groet,
            Ingrid Verschoor
            Algemeen directeur Werkorganisatie Duinmonde Samen
            """
        ),
    },
    {
        "id": "h31-sug-16",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Alistair Graham <a.graham@rotteenkrimpen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            One topic I'd love to discuss in November: how do we keep young talent? We hire good people in their
            twenties and lose them within two years to the province or to consultancies. Hybrid working, career
            paths, traineeships - what works for other organisations?

            Cheers,
            Alistair
            """
        ),
    },
    {
        "id": "h31-sug-17",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Marco Stam <m.stam@ghoost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Suggestie: positie vd werkorganisatie in de regio (woondeal, energiestrategie). Wij worden daar steeds
            overgeslagen. Gr Marco

            Verzonden vanuit Outlook voor iOS
            """
        ),
    },
    {
        "id": "h31-sug-18",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Chris Baljeu <c.baljeu@bwn-organisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Geacht secretariaat,

            Mijn onderwerpen voor november:
            1. hybride werken en wat dat betekent voor onze huisvesting (drie gemeentehuizen, halfleeg);
            2. de begroting van de werkorganisatie onder druk: hoe ga je om met taakstellingen die de drie
               gemeenten elk anders opleggen;
            3. de overstap naar de cloud en wat dat vraagt van onze I&A-afdeling.

            Met vriendelijke groet,
            C. Baljeu
            """
        ),
    },
    {
        "id": "h31-sug-19",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sjoerd Hiemstra <s.hiemstra@stichtsedreven.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Leuk dat jullie het weer vragen! Wat mij betreft praten we eens over het meten van klanttevredenheid.
            Wij doen nu drie verschillende onderzoeken voor drie gemeenten, met drie verschillende vragenlijsten en
            drie rapportages. Dat moet slimmer kunnen, en ik wil vooral weten wat inwoners echt van onze
            dienstverlening vinden.

            Groetjes,
            Sjoerd
            """
        ),
    },
    {
        "id": "h31-sug-20",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Emma Clarke <e.clarke@ves-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Apologies for writing in English - I'm still taking Dutch lessons.

            My suggestion for November: data-driven service delivery. We are building dashboards that show how
            quickly we handle requests from residents and businesses (permits, benefits, complaints), and I'd like
            to compare notes on which measures actually help to improve the service.

            Best regards,

            Emma Clarke
            Interim Director Public Services | VES (Vechtwoude-Eemhoven Samenwerking)
            """
        ),
    },
    {
        "id": "h31-sug-21",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jeroen Wijnands <j.wijnands@waardgroep.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            beste stan en melanie,

            wat mij betreft: de samenwerking met de veilgheidsregio en de GGD. die regelingen groeien ons boven
            het hoofd, we hebben er als werkorganisatie nauwelijks grip op en de drie gemeenten trekken er elk
            hun eigen kant mee op. hoe doen anderen dat?

            gr jeroen
            """
        ),
    },
    {
        "id": "h31-sug-22",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Nadia Chaouch <n.chaouch@rotteenkrimpen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Beste secretariaat,

            Een onderwerp vanuit het sociaal domein: gezamenlijke inkoop van jeugdhulp en Wmo met de gemeenten in
            de buurregio. Wij kopen nu als twee gemeenten apart in en lopen tegen dezelfde aanbieders aan als
            onze buren. Hoe krijg je de regio zover dat we samen optrekken, en wat is dan de rol van de
            werkorganisatie?

            Vriendelijke groet,
            Nadia Chaouch
            Directeur Sociaal Domein | Werkorganisatie Rotte & Krimpen
            """
        ),
    },
    {
        "id": "h31-sug-23",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Koen Brouwer <k.brouwer@ves-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hoi Stan,

            Mijn voorstel: digitalisering van de werkprocessen in de backoffice, zo ingericht dat een inwoner zijn
            aanvraag online van begin tot eind kan volgen. Dus van zaaksysteem tot voordeur in één keer - dat
            raakt zowel hoe wij intern werken als wat de inwoner merkt.

            Koen
            """
        ),
    },
    {
        "id": "h31-sug-24",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Hans Roodenburg <h.roodenburg@ves-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Ik wil nog een tweede onderwerp toevoegen. Sinds de verkiezingen zitten er in beide gemeenten nieuwe
            colleges met andere bestuurlijke prioriteiten. Wat betekent dat voor de inhoudelijke agenda van de
            werkorganisatie, en hoe voorkom je dat je elke vier jaar opnieuw begint?

            Hans Roodenburg
            """
        ),
    },
    {
        "id": "h31-rsv-24",
        "kind": "rsvp",
        "attending": True,
        "sender": "Fatima el Idrissi <f.elidrissi@stichtsedreven.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Geen onderwerpen van mijn kant deze keer, maar 7 november staat al in mijn agenda: ik kom.

            Fatima
            """
        ),
    },
    {
        "id": "h31-rsv-25",
        "kind": "rsvp",
        "attending": False,
        "sender": "Leon Hoogendoorn <l.hoogendoorn@waardgroep.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Op 7 november kan ik niet; ik ben die hele week met verlof. Onderwerpen heb ik verder niet.

            Leon Hoogendoorn
            """
        ),
    },
    {
        "id": "h31-uns-09",
        "kind": "unsubscribe",
        "sender": "Dirk-Jan Smulders <dj.smulders@gemeente-gravenloo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            afmelden

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h31-oth-23",
        "kind": "other",
        "sender": "Sven Oudshoorn <s.oudshoorn@zeho.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo,

            Jullie mails komen bij mij drie keer binnen: op mijn eigen adres, op het adres van het MT-secretariaat
            en via de gedeelde postbus van ZEHO. Dat is wat veel. Kunnen jullie dat rechttrekken? Mijn eigen adres
            is genoeg.

            Sven Oudshoorn
            """
        ),
    },
    {
        "id": "h31-aut-09",
        "kind": "autoreply",
        "sender": "Marjolein Terpstra <marjolein.terpstra@stichtsedreven.nl>",
        "thread": "call_for_themes",
        "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 7 november 2030",
        "body": _(
            """
            Beste afzender,

            Van 1 juli tot en met 4 augustus ben ik met vakantie. Ik lees mijn e-mail in die periode niet. Voor
            zaken die geen uitstel kunnen hebben, kunt u contact opnemen met Fatima el Idrissi,
            f.elidrissi@stichtsedreven.nl.

            Met vriendelijke groet,
            Marjolein Terpstra
            """
        ),
    },
    {
        "id": "h31-aut-10",
        "kind": "autoreply",
        "sender": "Ruud Dekker <r.dekker@merwelandenwerkt.nl>",
        "thread": "call_for_themes",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 7 november 2030",
        "body": _(
            """
            Hoi! Ik ben tot half september met ouderschapsverlof en geniet van de tijd met onze dochter. Mijn
            mail kijk ik niet. Voor Merwelanden Werkt kun je terecht bij Frank Zwartjes
            (f.zwartjes@merwelandenwerkt.nl).

            Tot in september,
            Ruud
            """
        ),
    },
    {
        "id": "h31-aut-11",
        "kind": "autoreply",
        "sender": "Hans Roodenburg <h.roodenburg@ves-gemeenten.nl>",
        "thread": "call_for_themes",
        "subject": "Afwezig t/m 12 augustus",
        "body": "Afwezig t/m 12/8. Mail wordt niet doorgestuurd.",
    },
    {
        "id": "h31-aut-12",
        "kind": "autoreply",
        "sender": "Ilona de Waard <i.dewaard@merwelandenwerkt.nl>",
        "subject": "Automatisch antwoord: Dank voor uw themasuggestie",
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Vanaf 24 juni ben ik met zwangerschaps- en bevallingsverlof. Naar verwachting ben ik half oktober weer
            aan het werk. Uw e-mail wordt niet automatisch doorgestuurd. Neemt u voor zaken rond de directie van
            Merwelanden Werkt contact op met het directiesecretariaat, directiesecretariaat@merwelandenwerkt.nl.
            """
        ),
    },
    {
        "id": "h31-sub-08",
        "kind": "subscribe",
        "sender": "Ir. M.P. van Ommeren <m.vanommeren@vechtwoude.nl>",
        "subject": "Verzoek tot aanmelding",
        "body": _(
            """
            Geachte heer Van de Laar,

            Met ingang van 1 juni jl. ben ik aangesteld als directeur Ruimte van de Vechtwoude-Eemhoven
            Samenwerking. De heer Roodenburg wees mij op uw netwerk. Hierbij verzoek ik u mij als lid aan te
            melden.

            Hoogachtend,

            ir. M.P. van Ommeren
            Directeur Ruimte
            Vechtwoude-Eemhoven Samenwerking (VES)
            Stationsplein 5
            3611 BK Vechtwoude
            T 030 - 604 11 00

            ---------------------------------------------------------------------------------------------------
            Dit bericht is gecontroleerd op virussen. De gemeente Vechtwoude is niet aansprakelijk voor schade
            die ontstaat door het gebruik van de inhoud van dit bericht of door de verzending ervan.
            ---------------------------------------------------------------------------------------------------
            """
        ),
    },
    {
        "id": "h31-con-07",
        "kind": "confirm",
        "sender": "Ir. M.P. van Ommeren <m.vanommeren@vechtwoude.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Geachte heer, mevrouw,

            Ik bevestig mijn aanmelding. Ik zie uit naar de eerstvolgende bijeenkomst.

            Hoogachtend,
            ir. M.P. van Ommeren
            """
        ),
    },
    {
        "id": "h31-sub-09",
        "kind": "subscribe",
        "sender": "Naima Azarkan <n.azarkan@bwn-organisatie.nl>",
        "subject": "Weer aanmelden",
        "body": _(
            """
            Beste Stan en Melanie,

            Twee jaar geleden heb ik me afgemeld toen ik bij de provincie ging werken. Sinds deze zomer ben ik
            terug in het gemeentelijke, nu als directeur Samenleving van de BWN-organisatie. Ik meld me graag
            weer aan voor het netwerk!

            Hartelijke groet,
            Naima Azarkan
            """
        ),
    },
    {
        "id": "h31-con-08",
        "kind": "confirm",
        "sender": "Naima Azarkan <n.azarkan@bwn-organisatie.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "ongemarkeerd",
        "body": "Graag lid worden, bevestigd.",
    },
    # ----------------------------------------------------------------------------------------------------------
    # September - oktober: invitation for 7 november, the cancellation, the new date 28 november
    # ----------------------------------------------------------------------------------------------------------
    {
        "id": "h31-sub-10",
        "kind": "subscribe",
        "sender": "Rachel Moore <r.moore@duinmondesamen.nl>",
        "subject": "Joining the network",
        "body": _(
            """
            Dear Stan, dear Melanie,

            I started last month as interim director of Finance & Operations at Duinmonde Samen. Ingrid
            Verschoor recommended your network to me. Please add me as a member - I'd be glad to take part in the
            ateliers.

            Kind regards,

            Rachel Moore
            Interim Director Finance & Operations
            Werkorganisatie Duinmonde Samen
            """
        ),
    },
    {
        "id": "h31-con-09",
        "kind": "confirm",
        "sender": "Rachel Moore <r.moore@duinmondesamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed, thanks.

            Rachel
            """
        ),
    },
    {
        "id": "h31-sub-11",
        "kind": "subscribe",
        "sender": "Secretariaat directie GR Kromme Lek <secretariaat.directie@gr-kromlek.nl>",
        "subject": "Aanmelding de heer R. van Leeuwen",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens de heer R. van Leeuwen, directeur Dienstverlening van de Gemeenschappelijke Regeling Kromme
            Lek, verzoek ik u hem aan te melden voor het Netwerk van directeuren van ambtelijke
            fusieorganisaties. Zijn e-mailadres is r.vanleeuwen@gr-kromlek.nl.

            Met vriendelijke groet,

            Mirjam Hoekstra
            Secretariaat directie
            Gemeenschappelijke Regeling Kromme Lek
            """
        ),
    },
    {
        "id": "h31-con-10",
        "kind": "confirm",
        "sender": "Rens van Leeuwen <r.vanleeuwen@gr-kromlek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Ja, dat klopt: mijn secretariaat heeft mij aangemeld. Ik bevestig dat graag.

            R. van Leeuwen
            """
        ),
    },
    {
        "id": "h31-rsv-26",
        "kind": "rsvp",
        "attending": False,
        "sender": "Emma Clarke <e.clarke@ves-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Melanie,

            Unfortunately I won't be able to make it on 7 November - I'm in Manchester that week for a family
            wedding. A pity, as the theme is right up my street. Please keep me posted for the next one.

            Best regards,
            Emma
            """
        ),
    },
    {
        "id": "h31-rsv-27",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sanne Willemse <s.willemse@duinmondesamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Stan en Melanie,

            Ik moet deze keer verstek laten gaan, 7 november is onze heidag met het MT. Blijf me wel uitnodigen
            hoor, ik wil er graag een keer bij zijn!

            Sanne Willemse
            adjunct-directeur Duinmonde Samen
            """
        ),
    },
    {
        "id": "h31-rsv-28",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ir. M.P. van Ommeren <m.vanommeren@vechtwoude.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Geachte heer, mevrouw,

            Tot mijn spijt ben ik op 7 november verhinderd in verband met de begrotingsbehandeling in de raad
            van Eemhoven.

            Hoogachtend,

            ir. M.P. van Ommeren
            Directeur Ruimte VES

            ---------------------------------------------------------------------------------------------------
            Dit bericht is gecontroleerd op virussen. De gemeente Vechtwoude is niet aansprakelijk voor schade
            die ontstaat door het gebruik van de inhoud van dit bericht of door de verzending ervan.
            ---------------------------------------------------------------------------------------------------
            """
        ),
    },
    {
        "id": "h31-rsv-29",
        "kind": "rsvp",
        "attending": False,
        "sender": "Pieter de Jong <p.dejong@zeho.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": "Nee. Gr. PdJ",
    },
    {
        "id": "h31-rsv-30",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nadia Chaouch <n.chaouch@rotteenkrimpen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Kleine wijziging: ik had mij aangemeld met een gast, maar mijn collega van Jeugd kan die dag niet meer.
            Ik kom dus alleen.

            Nadia
            """
        ),
    },
    {
        "id": "h31-rsv-31",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tim Kuijpers <t.kuijpers@duinmondesamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Ik was door Marloes opgegeven als vervanger, maar die middag heb ik zelf een bestuursoverleg in
            Vlietzijde. Excuus, ik kan helaas ook niet.

            Met vriendelijke groet,
            Tim Kuijpers
            Manager Publiekszaken
            """
        ),
    },
    {
        "id": "h31-uns-10",
        "kind": "unsubscribe",
        "sender": "Alistair Graham <a.graham@rotteenkrimpen.nl>",
        "subject": "Handing over my membership",
        "body": _(
            """
            Hi Stan,

            I'm leaving Rotte & Krimpen at the end of October to go back to the UK. My successor as programme
            director is Joost Vermeulen (j.vermeulen@rotteenkrimpen.nl). Could you please transfer my membership
            to him? He'll be a great addition to the ateliers.

            Thanks for everything,
            Alistair
            """
        ),
    },
    {
        "id": "h31-uns-11",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Wim van Dam <wim.vandam.prive@ziggo.nl>",
        "subject": "afmelden en gegevens wissen",
        "body": _(
            """
            Hoi Stan,

            Ik ben sinds mei weg bij De Waardgroep en werk nu bij het Rijk. Wil je mij afmelden (oude adres:
            w.vandam@waardgroep.nl) en mijn gegevens uit jullie bestand wissen? Dank je wel, en het ga jullie
            goed!

            Wim
            """
        ),
    },
    {
        "id": "h31-uns-12",
        "kind": "unsubscribe",
        "sender": "Piet Bokhorst <p.bokhorst@rotteenkrimpen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Stan,

            Per 1 oktober ga ik bij een woningcorporatie aan de slag. Afmelden dus, voor het atelier en voor het
            netwerk. Wie mij opvolgt is nog niet bekend.

            Het ga je goed,
            Piet
            """
        ),
    },
    {
        "id": "h31-oth-24",
        "kind": "other",
        "sender": "Marco Stam <m.stam@ghoost.nl>",
        "subject": "Bijdrage netwerk?",
        "body": _(
            """
            Hallo,

            Ik hoorde op de wandelgang dat het netwerk vanaf volgend jaar een jaarlijkse bijdrage gaat vragen.
            Klopt dat? In dat geval meld ik mij af, want daar krijg ik bij ons geen budget voor. Zo niet, dan blijf
            ik graag lid.

            Marco Stam
            """
        ),
    },
    {
        "id": "h31-oth-25",
        "kind": "other",
        "sender": "Redactie Lokaal Bestuur Magazine <redactie@lokaalbestuurmagazine.nl>",
        "subject": "Verzoek: verslag atelier 7 november",
        "body": _(
            """
            Beste Stan van de Laar,

            Voor ons decembernummer maken wij een themadossier over ambtelijke fusies. Zou een van onze
            verslaggevers het atelier van 7 november mogen bijwonen? Uiteraard leggen we citaten van deelnemers
            eerst ter goedkeuring voor. Ik hoor graag of dat mogelijk is.

            Met vriendelijke groet,

            Loes Westerveld
            Eindredacteur Lokaal Bestuur Magazine
            """
        ),
    },
    {
        "id": "h31-oth-26",
        "kind": "other",
        "sender": "Daniel Kruger <daniel.kruger@caseflow-ai.com>",
        "subject": "Cut case handling time by 40% - a quick chat?",
        "body": _(
            """
            Hi there,

            I noticed your network brings together directors of shared municipal organisations in the
            Netherlands. CaseFlow AI helps municipalities automate permit intake, triage citizen requests and
            draft decisions, cutting handling time by up to 40%.

            Would you be open to a 20-minute demo, or to us presenting at one of your upcoming ateliers?

            Best,
            Daniel Kruger
            Head of Partnerships Benelux | CaseFlow AI
            Amsterdam - London - Berlin

            To stop receiving emails from us, reply STOP.
            """
        ),
    },
    {
        "id": "h31-oth-27",
        "kind": "other",
        "sender": "Carla Vermeulen <c.vermeulen@gemeente-krimpervliet.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer! Komt er nog een nieuwe datum dit jaar? Liefst niet weer op een donderdag, dan heb ik
            vrijwel altijd commissievergaderingen.

            Carla
            """
        ),
    },
    {
        "id": "h31-oth-28",
        "kind": "other",
        "sender": "Facilitaire Zaken gemeente Vechtwoude <facilitair@vechtwoude.nl>",
        "subject": "Bevestiging reservering Raadzaal 28-11-2030",
        "body": _(
            """
            Geachte heer Van de Laar,

            Hierbij bevestigen wij de reservering van de Raadzaal in het Stadskantoor Vechtwoude op donderdag
            28 november 2030 van 13.00 tot 18.00 uur, voor 35 personen in carrévorm, inclusief koffie, thee en
            een borrel na afloop. Graag ontvangen wij uiterlijk 21 november het definitieve aantal deelnemers.

            Met vriendelijke groet,

            Team Facilitaire Zaken
            Gemeente Vechtwoude
            """
        ),
    },
    {
        "id": "h31-rsv-32",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ingrid Verschoor <i.verschoor@duinmondesamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Eerst 7 november en nu 28 november - gelukkig kan ik op de nieuwe datum ook. Ik kom.

            Met vriendelijke groet,
            Ingrid Verschoor
            """
        ),
    },
    {
        "id": "h31-rsv-33",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ilse Brandsma <i.brandsma@gr-kromlek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik meld me aan voor het atelier van 28 november. Mijn eerste, dus ik ben benieuwd.

            Ilse Brandsma
            directeur GR Kromme Lek
            """
        ),
    },
    {
        "id": "h31-rsv-34",
        "kind": "rsvp",
        "attending": True,
        "sender": "Emma Clarke <e.clarke@ves-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Melanie,

            Good news for me: now that it's the 28th I can make it after all. Yes please - two of us, myself and
            Ayoub Amrani, our programme manager for digital services.

            Emma
            """
        ),
    },
    {
        "id": "h31-oth-29",
        "kind": "other",
        "sender": "Willemijn de Groot <w.degroot@werkorganisatie-hw.nl>",
        "subject": "stukken DT dinsdag",
        "body": _(
            """
            Hoi Ria,

            Hierbij de stukken voor het DT-overleg van dinsdag: de kwartaalrapportage en de notitie over de
            huisvesting in Woudenrijn. Wil jij ze in de map zetten? Agendapunt 4 mag naar achteren.

            Dank je!
            Willemijn
            """
        ),
    },
    {
        "id": "h31-oth-30",
        "kind": "other",
        "sender": "Erik-Jan Vos <ej.vos@gemeente-amersveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd. Kunt u mij ook vertellen wanneer het volgende atelier is en of ik daar nog bij kan? Ik
            hoorde dat het voor november vol zit.

            Met vriendelijke groet,
            Erik-Jan Vos
            """
        ),
    },
    {
        "id": "h31-oth-31",
        "kind": "other",
        "sender": "Jeroen Wijnands <j.wijnands@waardgroep.nl>",
        "subject": "nieuwe collega aanmelden",
        "body": _(
            """
            Beste Melanie,

            Kunt u onze nieuwe directeur Dienstverlening, mevrouw Kim Zandbergen, ook aanmelden voor het netwerk?
            Zij volgt Leon Hoogendoorn op, die met pensioen is gegaan.

            Groet,
            Jeroen Wijnands
            """
        ),
    },
    {
        "id": "h31-sub-12",
        "kind": "subscribe",
        "sender": "Kim Zandbergen <k.zandbergen@waardgroep.nl>",
        "subject": "Aanmelding Kim Zandbergen (De Waardgroep)",
        "body": _(
            """
            Beste secretariaat,

            Mijn directeur Jeroen Wijnands vroeg u al om mij aan te melden, maar hij had mijn mailadres nog niet.
            Bij deze dus zelf: ik wil graag lid worden van het netwerk. Ik heb begrepen dat digitalisering vaak
            op de agenda staat en daar worstelen wij bij De Waardgroep flink mee.

            Met vriendelijke groet,
            Kim Zandbergen
            Directeur Dienstverlening | De Waardgroep
            """
        ),
    },
    {
        "id": "h31-con-11",
        "kind": "confirm",
        "sender": "Kim Zandbergen <k.zandbergen@waardgroep.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja ik wil graag lid worden dank u weL

            Verstuurd met spraakinvoer vanaf mijn iPhone
            """
        ),
    },
    # ----------------------------------------------------------------------------------------------------------
    # November - december: reminder for 28 november, the follow-up, year's end
    # ----------------------------------------------------------------------------------------------------------
    {
        "id": "h31-aut-13",
        "kind": "autoreply",
        "sender": "Rachel Moore <r.moore@duinmondesamen.nl>",
        "thread": "reminder",
        "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 28 november 2030 "
                   "[atelier:2030-2]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            I'm attending the VNG Finance Conference in Den Bosch until Friday 22 November, with limited access
            to email. I'll respond as soon as I can after my return.

            Kind regards,
            Rachel Moore
            """
        ),
    },
    {
        "id": "h31-aut-14",
        "kind": "autoreply",
        "sender": "Sjoerd Hiemstra <s.hiemstra@stichtsedreven.nl>",
        "thread": "reminder",
        "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 28 november 2030",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Wegens ziekte ben ik voorlopig afwezig. Uw e-mail wordt niet gelezen. Voor zaken rond
            Publieksdienstverlening kunt u terecht bij het secretariaat van Stichtse Dreven:
            secretariaat.directie@stichtsedreven.nl of 030 - 765 20 11.
            """
        ),
    },
    {
        "id": "h31-sug-25",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "J.A. Koppelaar <JA.Koppelaar@heuvelrade.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Dank voor het verslag van 28 november. Voor het eerste atelier van 2031 draag ik het volgende aan:
            waar staat onze werkorganisatie in 2035? Welke koers kiezen wij, welke taken horen dan nog bij ons,
            en hoe vertalen wij dat naar een meerjarige agenda?

            Hoogachtend,

            mr. J.A. Koppelaar
            Algemeen directeur Werkorganisatie HW

            ================================================================================
            De informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.
            Gemeente Heuvelrade aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik
            van dit bericht.
            ================================================================================
            """
        ),
    },
    {
        "id": "h31-sug-26",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Fatima el Idrissi <f.elidrissi@stichtsedreven.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Mooie middag in Vechtwoude, dank!

            Mijn onderwerp voor het voorjaar: klachtenafhandeling. Hoe leren we als werkorganisatie van de
            klachten van inwoners, in plaats van ze alleen netjes af te handelen binnen de termijn?

            Fatima
            """
        ),
    },
    {
        "id": "h31-uns-13",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Rachel Moore <r.moore@duinmondesamen.nl>",
        "subject": "Leaving the network - data deletion",
        "body": _(
            """
            Dear Stan and Melanie,

            My interim assignment at Duinmonde Samen ends on 20 December. Please remove me from the network and,
            under the GDPR, delete all personal data you hold about me.

            Thank you for the warm welcome these past months.

            Kind regards,
            Rachel Moore
            """
        ),
    },
    {
        "id": "h31-uns-14",
        "kind": "unsubscribe",
        "sender": "Carla Vermeulen <c.vermeulen@gemeente-krimpervliet.nl>",
        "subject": "Afmelden",
        "body": _(
            """
            Graag afmelden voor het netwerk.

            C. Vermeulen
            """
        ),
    },
    {
        "id": "h31-aut-15",
        "kind": "autoreply",
        "sender": "Lotte van Wijngaarden <l.vanwijngaarden@ghoost.nl>",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier [atelier:2030-2]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Van 21 december tot en met 5 januari ben ik met kerstverlof. Vanaf maandag 6 januari lees ik mijn mail
            weer. Prettige feestdagen!

            From 21 December until 5 January I am on Christmas leave. I will read my e-mail again from Monday
            6 January. Happy holidays!

            Lotte van Wijngaarden
            Werkorganisatie Groene Hart Oost
            """
        ),
    },
    {
        "id": "h31-aut-16",
        "kind": "autoreply",
        "sender": "Gemeente Lekbroek <info@lekbroek.nl>",
        "subject": "Uw bericht is ontvangen - zaaknummer Z-2030-04417",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte afzender,

            Wij hebben uw e-mail ontvangen en geregistreerd onder zaaknummer Z-2030-04417. Wij streven ernaar uw
            bericht binnen vijf werkdagen te beantwoorden. Vermeld bij verdere correspondentie altijd het
            zaaknummer.

            Dit is een automatisch verzonden bericht. U kunt hierop niet antwoorden.

            Gemeente Lekbroek - Klantcontactcentrum
            """
        ),
    },
    {
        "id": "h31-sub-13",
        "kind": "subscribe",
        "sender": "Hamid Bouzid <h.bouzid@gr-kromlek.nl>",
        "subject": "Aanmelden netwerk directeuren",
        "body": _(
            """
            Zie onderwerp.

            Mvg,
            H. Bouzid
            Directeur Bedrijfsvoering GR Kromme Lek
            """
        ),
    },
    {
        "id": "h31-con-12",
        "kind": "confirm",
        "sender": "Hamid Bouzid <h.bouzid@gr-kromlek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Hamid Bouzid
            Directeur Bedrijfsvoering
            Gemeenschappelijke Regeling Kromme Lek
            Werkorganisatie voor de gemeenten Kromhout en Lopikerhout
            Postbus 45 | 3400 AA Lekbroek
            T 0348 - 47 22 00 | M 06 - 15 60 93 28
            """
        ),
    },
    {
        "id": "h31-sub-14",
        "kind": "subscribe",
        "sender": "Lars Verweij <l.verweij@merwelandenwerkt.nl>",
        "subject": "aanmelding",
        "body": _(
            """
            Goedemiddag,

            Graag wil ik mij aanmleden voor het netwerk van directueren van ambtelijke fusieorganisaties. Ik ben
            sinds november directuer Sociaal Domein bij Merwelanden Werkt.

            Met vriendelijek groet,
            Lars Verweij
            """
        ),
    },
    {
        "id": "h31-con-13",
        "kind": "confirm",
        "sender": "Lars Verweij <l.verweij@merwelandenwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": "Top, bevestigd 👍",
    },
]
