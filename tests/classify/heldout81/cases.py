"""heldout81: a year of mail from directors and staff of werkorganisaties in Utrecht-West.

The writers work for invented shared civil-service organisations around Woerden, Montfoort and Oudewater
(Werkorganisatie WOM, GR Snellerpoort, Werkorganisatie De Meije, BVO Kamerik-Harmelen, DVO Hollandse IJssel West,
...): algemeen directeuren, directeuren bedrijfsvoering, an interim director who writes in English, management
assistants and a klantcontactcentrum. The set follows the mailbox through a year: sign-ups and confirmations in
winter, the call for themes, the March atelier (invitation, change of date, waiting list, reminder, follow-up),
departures and hand-overs in spring and summer, domain changes, and the machines: out-of-office, a ticket system, a
read receipt, bounces. Registers run from stiff ("Hoogachtend") to phone mails without capitals; a few are in English.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a topic under any of our mails is a suggestion, also beside a yes or a no;
  a wish about the form of the ateliers, or asking to present, is other;
- leaving the network and declining the atelier in one mail is unsubscribe; "afmelden voor het atelier" while
  staying a member is rsvp False; a decline with a substitute is rsvp False; a later mail carries the latest answer;
- a hand-over with the successor's address, or with the successor named but no address yet, is unsubscribe (also
  under our goodbye); a hand-over at a later date with "tot die tijd blijf ik lid" is other; a colleague reporting
  that someone left is other; an address change is other;
- an AVG erasure is unsubscribe with erase, also with a question beside it; asking to see one's data is other;
- one colleague signed up with an address is subscribe; a whole team is other; "lid blijven" under our goodbye is
  subscribe;
- under the confirmation mails an empty reply or a signature alone is confirm; an assistant confirming for someone
  else is other; a plain denial (also asking who did it) is unsubscribe, asking where we got the address is other;
- a yes with a condition or a real question the secretariat must answer is other; an assistant answering under the
  invitation is rsvp, an assistant forwarding the invitation with a line about the director is other; a "nee" that
  only answers the guest question is other;
- calendar answers are rsvp; out-of-office, ticket systems, read receipts and "no longer in use" are autoreply,
  delivery failures are bounce; replies to vervolg_atelier use the thread followup.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- subscribe -------------------------------------------------------------------------------------------
    {
        "id": "ho81-001",
        "kind": "subscribe",
        "sender": "Hendrikje Zwanenburg <h.zwanenburg@wom-samen.nl>",
        "quote": "none",
        "subject": "Aanmelding Netwerk van directeuren",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Sinds 1 januari ben ik algemeen directeur van Werkorganisatie WOM, de gezamenlijke ambtelijke
            organisatie van Woerden, Oudewater en Montfoort. Mijn voorganger sprak met waardering over uw
            netwerk en ik sluit mij daar graag bij aan. Wilt u mij op dit adres als lid inschrijven?

            Hoogachtend,

            drs. H.M. Zwanenburg
            algemeen directeur / gemeentesecretaris
            Werkorganisatie WOM
            """
        ),
    },
    {
        "id": "ho81-002",
        "kind": "subscribe",
        "sender": "Gareth Okonkwo-Visser <g.okonkwo@dvo-hijw.nl>",
        "quote": "none",
        "subject": "Joining the directors' network",
        "body": _(
            """
            Hello,

            Last month I started as director of operations at DVO Hollandse IJssel West, the shared back office
            for three municipalities south of Woerden. My Dutch is still a work in progress, so forgive the
            English. A colleague in Montfoort pointed me to your network and said the ateliers are worth the
            afternoon. Could you add me as a member? This address is the one to use.

            Kind regards,
            Gareth Okonkwo-Visser
            """
        ),
    },
    {
        "id": "ho81-003",
        "kind": "subscribe",
        "sender": "Wouter Brinkhorst <w.brinkhorst@wodemeije.nl>",
        "quote": "none",
        "subject": "Nieuw lid voor jullie netwerk: Fenna Oudshoorn",
        "body": _(
            """
            Beste Stan,

            Op 1 april begint Fenna Oudshoorn bij ons als directeur Sociaal Domein & Dienstverlening. Ik denk
            dat ze veel aan het netwerk heeft, zeker in haar eerste jaar. Wil je haar inschrijven? Haar adres
            is f.oudshoorn@wodemeije.nl, dat is al actief.

            Dank je!
            Wouter
            """
        ),
    },
    {
        "id": "ho81-004",
        "kind": "subscribe",
        "sender": "Jolanda Spruijt <j.spruijt@gr-snellerpoort.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Hier is iets misgegaan. Bij het opschonen van mijn inbox heeft het secretariaat per abuis 'afmelden'
            teruggestuurd op een van uw berichten. Dat was niet de bedoeling: ik wil graag lid blijven.

            Met vriendelijke groet,
            Jolanda Spruijt
            directeur bedrijfsvoering GR Snellerpoort
            """
        ),
    },
    {
        "id": "ho81-005",
        "kind": "subscribe",
        "sender": "Sanne Hoogendijk <s.hoogendijk@hekendorp-samen.nl>",
        "quote": "none",
        "subject": "lid worden",
        "body": _(
            """
            Hoi! Gijs van Wijngaarden zei bij het regio-overleg in Oudewater dat ik echt bij jullie club moet.
            Zet me er maar op :) groet Sanne (directeur Hekendorp Samen)

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "ho81-006",
        "kind": "subscribe",
        "sender": "Ilse Koeleman <i.koeleman@bvo-kamerikharmelen.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "Fwd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Deze kreeg ik via Bert van Dam binnen. Ik zit zelf (nog) niet in jullie netwerk, maar zou er graag
            bij horen. Kunnen jullie mij toevoegen als lid?

            Mvg,
            Ilse Koeleman
            directeur bedrijfsvoering BVO Kamerik-Harmelen
            """
        ),
    },
    # --- confirm ---------------------------------------------------------------------------------------------
    {
        "id": "ho81-007",
        "kind": "confirm",
        "sender": "Bart Ouwerkerk <b.ouwerkerk@wom-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "ho81-008",
        "kind": "confirm",
        "sender": "Roel Baaijens <r.baaijens@gr-snellerpoort.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Met vriendelijke groet,

            Roel Baaijens
            Directeur Bedrijfsvoering | GR Snellerpoort
            Postbus 1204, 3440 BE Woerden
            T 0348 - 41 27 90
            """
        ),
    },
    {
        "id": "ho81-009",
        "kind": "confirm",
        "sender": "Rutger Lamers <rutger.lamers@wo-heeswijk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Bij deze bevestigd. Aardig van Annelies om me op te geven, het stond al weken op mijn eigen
            lijstje.

            Rutger

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "ho81-010",
        "kind": "confirm",
        "sender": "Priya Ramdin-Koster <p.ramdin@groenewaarden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, that's me - confirmed. Looking forward to my first session with you.

            Best,
            Priya Ramdin-Koster
            Interim Director, Werkorganisatie Groene Waarden
            """
        ),
    },
    {
        "id": "ho81-011",
        "kind": "confirm",
        "sender": "Arjen Veldhuizen <a.veldhuizen@ao-langeweide.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Met vriendelijke groet,
            mr. A.J. (Arjen) Veldhuizen
            gemeentesecretaris-directeur
            Ambtelijke organisatie Lange Weide

            Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Aan dit bericht en eventuele
            bijlagen kunnen geen rechten worden ontleend. Ambtelijke organisatie Lange Weide werkt met een
            vierdaagse openstelling; op vrijdag is het gemeentehuis gesloten.
            """
        ),
    },
    # --- unsubscribe -----------------------------------------------------------------------------------------
    {
        "id": "ho81-012",
        "kind": "unsubscribe",
        "sender": "Gerrit-Jan Boogaard <g.boogaard@oudrijnlinschoten.nl>",
        "quote": "none",
        "subject": "Uitschrijving na pensionering",
        "body": _(
            """
            Beste secretariaat,

            Gisteren was mijn afscheidsreceptie, na ruim veertig jaar openbaar bestuur waarvan de laatste negen
            als directeur van de werkorganisatie. Vanaf maandag lees ik deze mailbox niet meer. Wilt u mij
            uitschrijven uit het netwerk? Over een opvolger beslist het bestuur pas na de zomer.

            Dank voor de mooie ateliers, ik heb er veel aan gehad.

            Gerrit-Jan Boogaard
            """
        ),
    },
    {
        "id": "ho81-013",
        "kind": "unsubscribe",
        "sender": "Carla Vreeswijk <c.vreeswijk@oudrijnlinschoten.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de snelle afhandeling. U vroeg naar een opvolger: dat wordt Jeroen Kalkman, per 1 mei
            directeur bij ons. Hij is bereikbaar op j.kalkman@oudrijnlinschoten.nl en wil graag in mijn plaats
            aansluiten.

            Hartelijke groet,
            Carla
            """
        ),
    },
    {
        "id": "ho81-014",
        "kind": "unsubscribe",
        "sender": "Hans Bijleveld <h.bijleveld@hekendorp-samen.nl>",
        "quote": "none",
        "subject": "Wisseling directeur Hekendorp Samen",
        "body": _(
            """
            Goedemorgen,

            Mijn functie als directeur gaat over naar Marloes Verhoef; zij start op 1 maart. Haar mailaccount
            wordt pas in haar eerste week aangemaakt, het adres stuur ik door zodra ik het heb. Mij kunt u nu
            al van de ledenlijst halen, ik ben per direct met een andere klus bezig.

            Groet,
            Hans Bijleveld
            """
        ),
    },
    {
        "id": "ho81-015",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Monique Zegers <m.zegers@afzk.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van artikel 17 AVG verzoek ik u alle persoonsgegevens die u van mij verwerkt te wissen,
            inclusief mijn lidmaatschap van het netwerk. Graag ontvang ik daarvan een schriftelijke
            bevestiging. Kunt u mij daarbij ook laten weten of mijn naam in de deelnemerslijst bij het verslag
            staat, en zo ja, of die er eveneens uit gaat?

            Met vriendelijke groet,
            M. Zegers
            """
        ),
    },
    {
        "id": "ho81-016",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Daniel Ferreira <daniel.ferreira@dvo-hijw.nl>",
        "quote": "none",
        "subject": "Right to erasure - please remove my data",
        "body": _(
            """
            Dear secretariat,

            I have left local government and am exercising my right to erasure under the GDPR. Please remove me
            from the network and delete everything you hold about me: name, e-mail address, attendance records,
            any notes. A short confirmation once that is done would be appreciated.

            Regards,
            Daniel Ferreira
            """
        ),
    },
    {
        "id": "ho81-017",
        "kind": "unsubscribe",
        "sender": "Yvonne Kerkhof <y.kerkhof@bvo-kamerikharmelen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ik heb geen aanmelding gedaan voor dit netwerk en ben ook geen directeur, maar beleidsmedewerker
            P&O. Wie heeft mijn naam bij u opgegeven?

            Y. Kerkhof
            """
        ),
    },
    {
        "id": "ho81-018",
        "kind": "unsubscribe",
        "sender": "Frank Teeuwen <f.teeuwen@sopc.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Voor 11 maart moet ik bedanken, en eigenlijk voor alles daarna ook. Onze samenwerkingsorganisatie
            wordt per 1 januari ontvlochten en mijn functie vervalt. Haalt u mij dus maar helemaal uit het
            netwerk. Het was een goede tijd.

            Frank Teeuwen
            """
        ),
    },
    {
        "id": "ho81-019",
        "kind": "unsubscribe",
        "sender": "Pieter Oosterom <p.oosterom@wom-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            afmelden svp. na de reorganisatie ben ik geen directeur meer maar teamleider vergunningen, dit
            netwerk is dus niet meer voor mij bedoeld. groet P. Oosterom

            Verzonden vanaf Outlook voor Android
            """
        ),
    },
    {
        "id": "ho81-020",
        "kind": "unsubscribe",
        "sender": "Tom Hazelaar <t.hazelaar@ao-langeweide.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            No topics from me this round, I'm afraid. On 1 February I move to the provincial government, so
            please take me off your distribution list. It has been a pleasure sitting at your tables.

            Tom
            """
        ),
    },
    # --- rsvp ------------------------------------------------------------------------------------------------
    {
        "id": "ho81-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marijke Tuinstra <m.tuinstra@groenewaarden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom, en ik neem onze nieuwe concerncontroller mee. We zijn dus met z'n tweeën.

            Groet,
            Marijke Tuinstra
            """
        ),
    },
    {
        "id": "ho81-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ben Kool <b.kool@wo-heeswijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Helaas, op 11 maart zit ik de hele middag in Montfoort bij de voorbespreking van de
            raadsinformatieavond over de herindelingsverkenning. Daar kan ik echt niet onderuit. Veel succes
            met de voorbereiding, een volgende keer hoop ik er weer bij te zijn.

            Ben
            """
        ),
    },
    {
        "id": "ho81-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Liesbeth van Eck <l.vaneck@wodemeije.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &"
            " eigenheid [atelier:2027-1]"
        ),
        "body": "Staat in de agenda. Tot de 11e!",
    },
    {
        "id": "ho81-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Priya Ramdin-Koster <p.ramdin@groenewaarden.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Declined: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Clashes with our audit committee, sorry. I hope to make the autumn edition.
            """
        ),
    },
    {
        "id": "ho81-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rutger Lamers <rutger.lamers@wo-heeswijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Zelf kan ik die middag niet, dan ben ik met de regio op dienstreis in Brussel. Mijn adjunct-directeur
            Hester Blom gaat in mijn plaats: h.blom@wo-heeswijk.nl. Zij komt alleen.

            Groet,
            Rutger
            """
        ),
    },
    {
        "id": "ho81-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dewi Pattiasina <d.pattiasina@oudrijnlinschoten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Van Rossum laat ik u weten dat hij op 11 maart aanwezig zal zijn. Hij komt zonder
            introducé.

            Met vriendelijke groet,
            Dewi Pattiasina
            managementassistent directie
            """
        ),
    },
    {
        "id": "ho81-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nicole Brouwer <n.brouwer@sopc.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            ik kan toch niet, mijn ziekenhuisafspraak is verzet naar precies die middag. schrap me maar van de
            wachtlijst zodat iemand anders de kans krijgt

            Verstuurd vanaf mijn Samsung Galaxy smartphone.
            """
        ),
    },
    {
        "id": "ho81-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Karin Doornbos <k.doornbos@hekendorp-samen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Donderdag de 18e in het Provinciehuis past mij net zo goed, dus houdt u mij er maar bij. Fijn dat
            het verschoven is in plaats van geschrapt.

            Karin
            """
        ),
    },
    {
        "id": "ho81-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Evert Schonewille <e.schonewille@afzk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Vorige week liet ik u weten dat ik verhinderd was. Inmiddels is de stuurgroep waar ik die middag
            voor moest naar april verplaatst. Als er nog een stoel vrij is, kom ik dus toch graag.

            E. Schonewille
            """
        ),
    },
    {
        "id": "ho81-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Anton Rijnsburger <a.rijnsburger@wom-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Voor het atelier van maart meld ik me af: we verhuizen die week naar het nieuwe stadskantoor in
            Woerden en ik ben onmisbaar, zegt men. Lid blijf ik uiteraard, en in het najaar schuif ik weer
            aan.

            Anton
            """
        ),
    },
    {
        "id": "ho81-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hester Blom <h.blom@wo-heeswijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "groupwise",
        "body": _(
            """
            Prima, ik neem de plek over en ben er rond kwart voor twee. Ik kom wel alleen; van een gast weet ik
            niets, die kunt u schrappen.

            Hester Blom
            adjunct-directeur Werkorganisatie Heeswijk
            """
        ),
    },
    # --- suggestion ------------------------------------------------------------------------------------------
    {
        "id": "ho81-032",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Lieke Hagendoorn <l.hagendoorn@bvo-kamerikharmelen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Twee onderwerpen van onze kant:
            - strategische personeelsplanning nu de uitstroom door pensionering de komende vijf jaar piekt
            - de rol van de werkorganisatie bij de regionale woningbouwafspraken met provincie en buurgemeenten

            Groet, Lieke
            """
        ),
    },
    {
        "id": "ho81-033",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Joost Verweij <j.verweij@gr-snellerpoort.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Mooie middag, dank daarvoor. Voor de volgende keer: hoe bied je ondernemers in het buitengebied één
            loket voor vergunningen en meldingen, zodat een agrariër in Snelrewaard niet drie keer zijn verhaal
            hoeft te doen?

            Joost
            """
        ),
    },
    {
        "id": "ho81-034",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Marieke Pronk <m.pronk@ao-langeweide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik ben erbij. En mocht er in het programma nog ruimte zijn: ik zou graag eens doorpraten over hoe je
            als werkorganisatie een visie op 2035 maakt terwijl de colleges om de vier jaar van koers wisselen.

            Marieke Pronk
            """
        ),
    },
    {
        "id": "ho81-035",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Gareth Okonkwo-Visser <g.okonkwo@dvo-hijw.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            One topic from me: monitoring service performance across three municipalities. Residents compare
            waiting times for passports and permits between towns, and the councils compare us. How do other
            shared organisations measure and report this?

            Gareth
            """
        ),
    },
    {
        "id": "ho81-036",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hendrikje Zwanenburg <h.zwanenburg@wom-samen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het warme welkom. Wat mij op dit moment bezighoudt en waar ik graag collega's over zou
            spreken: hoe ga je als werkorganisatie om met een deelnemende gemeente die hardop nadenkt over
            uittreden?

            Hendrikje
            """
        ),
    },
    {
        "id": "ho81-037",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bart Ouwerkerk <b.ouwerkerk@wom-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "groupwise",
        "body": _(
            """
            Nog een aanvulling op mijn eerdere lijstje: de overstap naar cloudwerkplekken en wat dat vraagt van
            onze informatiebeveiliging en de I&A-afdeling.

            B. Ouwerkerk
            """
        ),
    },
    {
        "id": "ho81-038",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Mohamed Amrani <m.amrani@wodemeije.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            hee, kort vanuit de trein: datagedreven sturen op de uitgaven in het sociaal domein. dashboards
            hebben we genoeg, maar wie stuurt er echt op en hoe krijg je dat in de P&C-cyclus? gr Mo
            """
        ),
    },
    {
        "id": "ho81-039",
        "kind": "suggestion",
        "themes": ["samenwerking", "strategie"],
        "sender": "Evert Schonewille <e.schonewille@afzk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Mijn suggestie: de positie van een kleine werkorganisatie als de onze tussen de U16 en de regio
            Holland Rijnland, en wat die keuze betekent voor onze koers op de lange termijn.

            Evert Schonewille
            algemeen directeur AF Zegveld-Kockengen
            """
        ),
    },
    {
        "id": "ho81-040",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Karin Doornbos <k.doornbos@hekendorp-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat een middag! De volgende ochtend heb ik in ons MT meteen verteld over het verhaal van de collega
            uit de Vijfheerenlanden over de kantoorsluitingen; daar werd flink op gereageerd. En de
            appeltaart was ook niet verkeerd.

            Als ik zelf iets mag inbrengen voor de volgende keer: hoe houden we onze dienstverlening
            toegankelijk voor inwoners die digitaal niet mee kunnen, nu wij de balie terugbrengen naar twee
            ochtenden per week?

            Het verslag lees ik dit weekend rustig door.

            Hartelijke groet,
            Karin Doornbos
            """
        ),
    },
    {
        "id": "ho81-041",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Anton Rijnsburger <a.rijnsburger@wom-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            In maart ben ik er helaas niet bij, maar een onderwerp wil ik wel kwijt: hoe vertaal je de
            bestuurlijke prioriteiten in een inhoudelijke meerjarenagenda voor de organisatie, en hoe houd je
            die overeind als de politieke wind draait?

            Anton
            """
        ),
    },
    # --- other -----------------------------------------------------------------------------------------------
    {
        "id": "ho81-042",
        "kind": "other",
        "sender": "Willemijn Stolk <w.stolk@wo-heeswijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen inhoudelijk thema van mij, wel een wens over de vorm. Zou het atelier eens buiten Utrecht
            kunnen, bijvoorbeeld op het kasteel in Montfoort of bij ons in Oudewater? En een ochtend in plaats
            van een middag maakt het voor velen van ons makkelijker om 's avonds op tijd in de raad te zitten.

            Willemijn Stolk
            """
        ),
    },
    {
        "id": "ho81-043",
        "kind": "other",
        "sender": "Frank Teeuwen <f.teeuwen@sopc.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Wij hebben net de ontvlechting van onze samenwerkingsorganisatie achter de rug, met alle pijn en
            lessen van dien. Zou ik daar op een volgend atelier een korte inleiding over mogen geven? Laat maar
            weten of dat in het programma past.

            Frank
            """
        ),
    },
    {
        "id": "ho81-044",
        "kind": "other",
        "sender": "Joost Verweij <j.verweij@gr-snellerpoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik kom graag, op voorwaarde dat mijn strategisch adviseur mee mag. Zij is geen directeur, maar trekt
            bij ons het hele dossier samenwerking. Kunt u eerst laten weten of dat is toegestaan? Dan bevestig
            ik daarna definitief.

            Joost Verweij
            """
        ),
    },
    {
        "id": "ho81-045",
        "kind": "other",
        "sender": "Ria Hoogstraten <r.hoogstraten@groenewaarden.nl>",
        "quote": "none",
        "subject": "Vertrek mevrouw Terpstra",
        "body": _(
            """
            Geacht secretariaat,

            Ter informatie: mevrouw Terpstra, onze algemeen directeur, is per 1 mei uit dienst getreden. Wie
            haar opvolgt is nog niet bekend; de werving loopt nog. Voorlopig zal er dus niemand namens Groene
            Waarden naar de ateliers komen.

            Met vriendelijke groet,
            Ria Hoogstraten
            bestuurssecretariaat
            """
        ),
    },
    {
        "id": "ho81-046",
        "kind": "other",
        "sender": "Bas Sterrenburg <b.sterrenburg@wodemeije.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres per 1 juli",
        "body": _(
            """
            Beste mensen,

            Per 1 juli stappen wij over op een nieuw domein: @wodemeije.nl wordt @demeije-utrechtwest.nl. Mijn
            adres wordt dus b.sterrenburg@demeije-utrechtwest.nl. Het oude adres stuurt tot het eind van het
            jaar nog door, maar wilt u het in uw bestand aanpassen?

            Groet, Bas
            """
        ),
    },
    {
        "id": "ho81-047",
        "kind": "other",
        "sender": "Roel Baaijens <r.baaijens@gr-snellerpoort.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 september",
        "body": _(
            """
            Beste Melanie,

            Per 1 september neem ik afscheid van GR Snellerpoort. Kees Dorrestijn volgt mij op als directeur
            bedrijfsvoering; zijn adres is k.dorrestijn@gr-snellerpoort.nl. Tot die tijd blijf ik gewoon lid,
            daarna mag Kees mijn plek in het netwerk innemen.

            Groet,
            Roel
            """
        ),
    },
    {
        "id": "ho81-048",
        "kind": "other",
        "sender": "Monique Zegers <m.zegers@afzk.nl>",
        "quote": "none",
        "subject": "Inzage persoonsgegevens",
        "body": _(
            """
            Goedemiddag,

            Naar aanleiding van een interne AVG-controle bij ons: welke persoonsgegevens van mij hebben jullie
            vastgelegd, en hoe lang bewaren jullie die? Een overzicht is voldoende. Verwijderen hoeft niet, ik
            wil alleen weten wat er staat.

            Met vriendelijke groet,
            Monique Zegers
            """
        ),
    },
    {
        "id": "ho81-049",
        "kind": "other",
        "sender": "Stefan de Gier <s.degier@dvo-hijw.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb geen idee waar dit over gaat; ik ben nooit directeur van een fusieorganisatie geweest. Hoe
            komen jullie eigenlijk aan mijn e-mailadres?

            S. de Gier
            """
        ),
    },
    {
        "id": "ho81-050",
        "kind": "other",
        "sender": "Marijke Tuinstra <m.tuinstra@groenewaarden.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee hoor, geen gast; dat moet een vergissing zijn, onze controller heeft het intern al afgezegd. En
            ook geen bijzondere dieetwensen, voor het geval u dat nog wilde weten.

            Marijke
            """
        ),
    },
    {
        "id": "ho81-051",
        "kind": "other",
        "sender": "Esmee de Wit <e.dewit@ao-langeweide.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Hierbij bevestig ik namens mevrouw Kamphuis haar aanmelding voor het netwerk; zij is deze week op
            werkbezoek in Denemarken.

            Met vriendelijke groet,
            Esmee de Wit
            bestuurssecretariaat Ambtelijke organisatie Lange Weide
            """
        ),
    },
    {
        "id": "ho81-052",
        "kind": "other",
        "sender": "Ben Kool <b.kool@wo-heeswijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            De agenda-bijlage bij uw uitnodiging opent bij ons niet: GroupWise geeft een foutmelding over het
            bestandsformaat. Telt mijn aanmelding dan wel als ik alleen deze mail beantwoord? Ik wil namelijk
            graag komen, maar wil zeker weten dat ik op de lijst sta.

            Ben Kool
            """
        ),
    },
    {
        "id": "ho81-053",
        "kind": "other",
        "sender": "Nathalie Overvoorde <n.overvoorde@hekendorp-samen.nl>",
        "quote": "none",
        "subject": "Aanmelding directieteam Hekendorp Samen",
        "body": _(
            """
            Beste heer Van de Laar,

            Ons voltallige directieteam wil graag lid worden van het netwerk:
            - Anouk Verbeek, a.verbeek@hekendorp-samen.nl
            - Sander Mulder, s.mulder@hekendorp-samen.nl
            - Yasmina El Idrissi, y.elidrissi@hekendorp-samen.nl
            - en ondergetekende

            Kunt u ons alle vier inschrijven?

            Met vriendelijke groet,
            Nathalie Overvoorde
            """
        ),
    },
    {
        "id": "ho81-054",
        "kind": "other",
        "sender": "Ton Verkerk <t.verkerk@oudrijnlinschoten.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "Fwd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Mevrouw De Graaf-Lammers komt graag; ze zet het zelf in haar agenda. Wilt u de
            parkeerinformatie naar mij sturen? Dan regel ik de rest.

            Groet, Ton Verkerk
            secretariaat directie
            """
        ),
    },
    # --- autoreply and bounce --------------------------------------------------------------------------------
    {
        "id": "ho81-055",
        "kind": "autoreply",
        "sender": "Gerrit-Jan Boogaard <g.boogaard@oudrijnlinschoten.nl>",
        "thread": "invitation",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking"
            " & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Dank voor uw bericht. Tot en met 24 februari ben ik met verlof en lees ik mijn e-mail niet. Voor
            dringende zaken kunt u terecht bij het bestuurssecretariaat, 0348 - 42 88 00. Uw bericht wordt
            niet doorgestuurd.
            """
        ),
    },
    {
        "id": "ho81-056",
        "kind": "autoreply",
        "sender": "Klantcontactcentrum Groene Waarden <kcc@groenewaarden.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "[Melding 2027-00413] Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw e-mail is ontvangen door het Klantcontactcentrum van Werkorganisatie Groene Waarden en
            geregistreerd onder meldingnummer 2027-00413. U ontvangt binnen vijf werkdagen een reactie.
            Reageert u op deze melding, laat dan het onderwerp ongewijzigd.

            Dit is een automatisch gegenereerd bericht.
            """
        ),
    },
    {
        "id": "ho81-057",
        "kind": "autoreply",
        "sender": "Willemijn Stolk <w.stolk@wo-heeswijk.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Gelezen: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Uw bericht

                Aan: Willemijn Stolk
                Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
                Verzonden: maandag 8 maart 2027 09:14:32 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is gelezen op maandag 8 maart 2027 11:02:07 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "ho81-058",
        "kind": "autoreply",
        "sender": "Evert Schonewille <e.schonewille@gem-zegveld.nl>",
        "thread": "followup",
        "quote": "none",
        "headers": {"X-Autoreply": "yes"},
        "subject": (
            'Automatic reply: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking &'
            ' eigenheid" [atelier:2027-1]'
        ),
        "body": _(
            """
            This mailbox is no longer in use. Since the merger of the municipal organisations of Zegveld and
            Kockengen, all correspondence goes to the general address of the new organisation, post@afzk.nl.
            Your message has not been forwarded.
            """
        ),
    },
    {
        "id": "ho81-059",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@wom-samen.nl>",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "subject": "Undeliverable: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            r.vandenhoek@wom-samen.nl
            The email address you entered couldn't be found. Please check the recipient's email address and
            try to resend the message. If the problem continues, please contact your helpdesk.

            Diagnostic information for administrators:

            Generating server: AM9PR07MB7781.eurprd07.prod.outlook.com

            r.vandenhoek@wom-samen.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "ho81-060",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.sopc.nl>",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "subject": "Onbestelbaar: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
        "body": _(
            """
            Dit is het mailsysteem van mx1.sopc.nl.

            Uw bericht kon helaas niet worden afgeleverd bij een of meer ontvangers. Neem voor hulp contact op
            met de postmaster van uw organisatie.

            <l.vermeulen@sopc.nl>: host mail.sopc.nl[10.20.4.12] said: 550 5.1.1
                <l.vermeulen@sopc.nl>: Recipient address rejected: User unknown in local recipient table
                (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
