"""heldout43: a year of the mailbox in Noord-Holland and Friesland.

The writers are directors, assistants and colleagues of invented werkorganisaties and GR's in Noord-Holland (Marsdiep,
Polderkant, Westfries Hart, Duinrand, Zaan-IJ Bedrijfsvoering, Vechtzoom Diensten, Waterland-Noord, Kennemer
Bollenrand, Dijk en Dorp) and Friesland (Merenland Fryslan, Gearwurking Sudwesthoeke, Waldsteden, Eilannen,
Tjonger-Linde, Lauwerswal, Klaaihoeke, Bouhoeke). The set follows one year: sign-ups and confirmations, answers to the
welcome, the call for themes with topics under all four themes, the invitation with yes and no, waiting list,
change, cancellation, the substitute's invitation, the reminder, the follow-up, leaving and hand-overs, AVG requests,
address changes, automatic mail and bounces. Registers run from stiff to chatty, with Frisian writers (some write
wholly in Frisian), two English writers, assistants, phone mails and every quote style. Some people recur: a denial
is followed by an access request, a calendar decline by a later yes, a decline with a substitute by the substitute's
answer.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a later mail carries the latest answer (a yes after an earlier no);
- a topic proposed under any of our mails (welcome, invitation, cancellation, an assistant's forward) is a
  suggestion, also with a yes beside it; backing someone else's topic, asking to present, a wish about place or
  time of the ateliers, or asking to move one's topic to another theme is other;
- a reply that only says whether the writer comes, under the call for themes too, is an rsvp; calendar answers
  are rsvp's; a decline naming a substitute is rsvp False; a "nee" that only answers the guest question is other;
- a yes on a condition, a confirmation with a real question, an assistant confirming from their own address and an
  assistant's new mail signing the director up for the atelier are other;
- a plain denial under the confirmation mail that asks who did it is unsubscribe; one that asks where we got the
  address is other;
- leaving together with declining the atelier is unsubscribe; a hand-over with the successor's address, also under
  our goodbye, is unsubscribe; a later hand-over with "tot die tijd blijf ik lid" and a colleague reporting that
  someone left are other; "lid blijven" under our goodbye is subscribe;
- an AVG erasure request is unsubscribe with erase; a request to see one's data is other;
- signing up one colleague with the address is subscribe; several people, or a colleague without an address, or a
  question before signing up, is other; an address change is left to the secretariat (other);
- "this address is no longer in use" with a redirect, read receipts and ticket systems are autoreply with the thread
  of the mail they answer; delivery failures are bounce without a thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_INVITE = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- sign-ups -------------------------------------------------------------------------------------------------
    {
        "id": "h43-001",
        "kind": "subscribe",
        "sender": "Tjitske Dijkstra <t.dijkstra@merenlandfryslan.nl>",
        "quote": "none",
        "subject": "Aanmelding Netwerk directeuren ambtelijke fusieorganisaties",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Met ingang van 1 januari jl. ben ik benoemd tot algemeen directeur van Werkorganisatie Merenland
            Fryslân, de ambtelijke organisatie van drie gemeenten in het zuidwesten van de provincie. Mijn
            voorganger sprak altijd met waardering over uw netwerk. Graag meld ik mij hierbij aan als lid.

            Met vriendelijke groet,

            drs. T. (Tjitske) Dijkstra
            Algemeen directeur
            Werkorganisatie Merenland Fryslân
            """
        ),
    },
    {
        "id": "h43-002",
        "kind": "subscribe",
        "sender": "Sjoerd Hoekstra <s.hoekstra@waldsteden.nl>",
        "quote": "none",
        "subject": "Nieuw lid: Hylke Bouma",
        "body": _(
            """
            Goedemorgen,

            Onze nieuwe directeur bedrijfsvoering, Hylke Bouma, wil graag aansluiten. Ik heb hem op de heidag over
            jullie ateliers verteld en hij was meteen om. Zijn adres: h.bouma@waldsteden.nl

            Willen jullie hem aanmelden?

            Groet,
            Sjoerd Hoekstra
            gemeentesecretaris-directeur Wâldsteden Werkorganisatie
            """
        ),
    },
    {
        "id": "h43-003",
        "kind": "subscribe",
        "sender": "Bas Kaan <bkaan@polderkant.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Hoi! Via een collega uit de Kop van jullie ateliers gehoord. Wil me graag aanmelden, zit sinds de zomer
            op de directeursstoel bij Polderkant

            Bas

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h43-004",
        "kind": "subscribe",
        "sender": "Oliver Whitcombe <o.whitcombe@zaanij-bv.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Dear secretariat,

            In November I started as interim director of GR Zaan-IJ Bedrijfsvoering. My Dutch is improving but
            still slow, so forgive the English. Colleagues tell me the network costs nothing and is well worth the
            afternoons, so I would like to become a member.

            Kind regards,
            Oliver Whitcombe
            Interim Director
            """
        ),
    },
    {
        "id": "h43-005",
        "kind": "subscribe",
        "sender": "Wim Groot <w.groot@westfrieshart.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dat was niet de bedoeling! Ik heb op mijn telefoon de verkeerde mail beantwoord met een half woord. Ik
            wil graag lid blijven.

            Wim Groot
            """
        ),
    },
    {
        "id": "h43-006",
        "kind": "subscribe",
        "sender": "Wytse van der Meer <w.vandermeer@eilannen.frl>",
        "quote": "none",
        "subject": "Oanmelding netwurk",
        "body": _(
            """
            Goeie,

            Ik wol my graach oanmelde as lid fan it netwurk. Sûnt dizze hjerst bin ik direkteur fan de Ambtelijke
            organisatie Eilannen. Wy sitte wat fier fan Utrecht ôf, mar ik doch graach mei.

            Mei freonlike groetnis,
            Wytse van der Meer
            """
        ),
    },
    {
        "id": "h43-007",
        "kind": "other",
        "sender": "Baukje Postma <b.postma@tjongerlinde.nl>",
        "quote": "none",
        "subject": "Aanmelding directieteam Tjonger-Linde",
        "body": _(
            """
            Beste mensen,

            Sinds de reorganisatie bestaat ons directieteam uit drie directeuren. Wij willen graag alle drie lid
            worden:

            Baukje Postma – b.postma@tjongerlinde.nl
            Jelle Terpstra – j.terpstra@tjongerlinde.nl
            Aukje de Boer – a.deboer@tjongerlinde.nl

            Lukt dat in één keer?

            Hartlike groet,
            Baukje
            """
        ),
    },
    {
        "id": "h43-008",
        "kind": "other",
        "sender": "Marga Dekker <m.dekker@dijkendorp.nl>",
        "quote": "none",
        "subject": "Onze nieuwe directeur",
        "body": _(
            """
            Goedemiddag,

            Op 1 april begint Ronald Tesselaar bij ons als algemeen directeur. Kunt u hem alvast aanmelden voor het
            netwerk? Zijn mailadres wordt pas in zijn eerste werkweek aangemaakt, dus dat kan ik nog niet geven.

            Met vriendelijke groet,
            Marga Dekker
            Bestuurssecretaris Werkorganisatie Dijk en Dorp
            """
        ),
    },
    {
        "id": "h43-009",
        "kind": "other",
        "sender": "Nicole Bos <nicole.bos@ao-waterlandnoord.nl>",
        "quote": "none",
        "subject": "Lidmaatschap voor een plaatsvervanger?",
        "body": _(
            """
            Dag,

            Ik ben loco-directeur van de ambtelijke organisatie Waterland-Noord; onze algemeen directeur is al lid.
            Staat het netwerk ook open voor een plaatsvervanger, of is het echt alleen voor de eerste man of vrouw?
            Als het kan, meld ik me graag aan.

            Groeten, Nicole Bos
            """
        ),
    },
    # --- confirmations --------------------------------------------------------------------------------------------
    {
        "id": "h43-010",
        "kind": "confirm",
        "sender": "Hylke Bouma <h.bouma@waldsteden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h43-011",
        "kind": "confirm",
        "sender": "Gerbrich Zijlstra <g.zijlstra@sudwesthoeke.frl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            --
            Gerbrich Zijlstra | directeur bedrijfsvoering
            Gearwurking Súdwesthoeke
            T 0515 48 22 90 | www.sudwesthoeke.frl
            """
        ),
    },
    {
        "id": "h43-012",
        "kind": "confirm",
        "sender": "Bas Kaan <bkaan@polderkant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Bij deze bevestigd 👍

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h43-013",
        "kind": "confirm",
        "sender": "Oliver Whitcombe <o.whitcombe@zaanij-bv.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Apologies, this got buried under the budget papers. Yes, I'd like to join – consider this my
            confirmation.

            Oliver
            """
        ),
    },
    {
        "id": "h43-014",
        "kind": "confirm",
        "sender": "Wytse van der Meer <w.vandermeer@eilannen.frl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Befêstige, tige tank!

            Wytse
            """
        ),
    },
    {
        "id": "h43-015",
        "kind": "confirm",
        "sender": "Kees Schouten <k.schouten@wo-marsdiep.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Akkoord, hierbij mijn bevestiging. Excuus voor de late reactie, de mail was in de map Overig beland.

            K. Schouten
            """
        ),
    },
    {
        "id": "h43-016",
        "kind": "other",
        "sender": "Secretariaat directie <secretariaat.directie@merenlandfryslan.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Dijkstra is deze week op werkbezoek en vroeg mij haar aanmelding voor het netwerk te bevestigen.
            Bij dezen dus, namens haar.

            Met vriendelijke groet,
            Ytsje Koopmans
            Managementondersteuning directie
            """
        ),
    },
    {
        "id": "h43-017",
        "kind": "other",
        "sender": "Durk Hiemstra <d.hiemstra@klaaihoeke.frl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik bevestig bij dezen. Wel een vraag vooraf: zijn de ateliers altijd in Utrecht? Vanuit het noordoosten
            van Fryslân is dat ruim twee uur rijden, dus ik hoop dat er ook eens iets in het noorden plaatsvindt of
            dat online meedoen volwaardig kan.

            Durk Hiemstra
            """
        ),
    },
    {
        "id": "h43-018",
        "kind": "unsubscribe",
        "sender": "Ruud Zwaan <r.zwaan@vechtzoomdiensten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Ik heb me helemaal niet aangemeld voor dit netwerk. Wie heeft dat namens mij gedaan??

            R. Zwaan
            """
        ),
    },
    {
        "id": "h43-019",
        "kind": "other",
        "sender": "Ilse Boon <ilse.boon@kbr-werkorganisatie.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Dit verzoek komt niet van mij en ik ken uw netwerk ook niet. Mag ik vragen hoe u aan mijn e-mailadres
            bent gekomen? Het is mijn persoonlijke werkadres en dat staat nergens openbaar.

            Ilse Boon
            """
        ),
    },
    # --- welcome --------------------------------------------------------------------------------------------------
    {
        "id": "h43-020",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hylke Bouma <h.bouma@waldsteden.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Een onderwerp heb ik eigenlijk al: het saneren van ons applicatielandschap. Wij
            draaien na de samenvoeging nog steeds drie zaaksystemen naast elkaar en ik ben benieuwd hoe anderen
            daar in één keer vanaf zijn gekomen.

            Hylke
            """
        ),
    },
    {
        "id": "h43-021",
        "kind": "other",
        "sender": "Tjitske Dijkstra <t.dijkstra@merenlandfryslan.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Tige tank foar it wolkom!

            Wij hebben het afgelopen jaar een traject gedaan waarin onze gebiedsteams in alle dorpen een vast
            spreekuur kregen. Zou ik daar op een van de ateliers iets over mogen vertellen? Geen gelikte presentatie,
            eerder een eerlijk verhaal over wat wel en niet werkte.

            Tjitske
            """
        ),
    },
    # --- call for themes ------------------------------------------------------------------------------------------
    {
        "id": "h43-022",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Kees Schouten <k.schouten@wo-marsdiep.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Mijn onderwerp voor maart:

            - de positie van een kleine werkorganisatie aan de regionale tafels, nu de regio steeds meer naar zich
              toe trekt (wonen, mobiliteit, energie). Hoe zorg je dat je gemeenten daar niet ondersneeuwen?

            Met vriendelijke groet,
            K. Schouten
            Directeur Werkorganisatie Marsdiep
            """
        ),
    },
    {
        "id": "h43-023",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Petra Ooms <p.ooms@duinrand-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Twee onderwerpen van onze kant:
            Huisvesting na de fusie: één centraal kantoor of toch drie gemeentehuizen als werkplek?
            Eén digitaal loket voor de inwoners van alle drie de gemeenten, met één telefoonnummer en één huisstijl.

            Petra Ooms
            """
        ),
    },
    {
        "id": "h43-024",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wytse van der Meer <w.vandermeer@eilannen.frl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Foar ús is it grutste fraachstik de arbeidsmerk: hoe binden en boeien wij jong talent als je werkplek op
            een eiland ligt en de laatste boot om half acht gaat? Graag als onderwerp.

            En ik ben er op 11 maart gewoon bij, dat kan ik vast melden.

            Wytse
            """
        ),
    },
    {
        "id": "h43-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jasper Nootebos <j.nootebos@westfrieshart.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Een onderwerp heb ik zelf niet, dat laat ik graag aan de anderen over. Maar zet mij maar op de lijst voor
            maart, ik kom zeker.

            Jasper Nootebos
            """
        ),
    },
    {
        "id": "h43-026",
        "kind": "other",
        "sender": "Femke Wiersma <f.wiersma@klaaihoeke.frl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Geen inhoudelijk thema, wel een wens over de vorm: zou het atelier eens buiten de Randstad kunnen,
            bijvoorbeeld in Leeuwarden of Heerenveen? En een ochtend in plaats van een middag scheelt ons een avond
            in de file op de Afsluitdijk.

            Groetnis,
            Femke Wiersma
            """
        ),
    },
    {
        "id": "h43-027",
        "kind": "other",
        "sender": "Aukje de Boer <a.deboer@tjongerlinde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Durk Hiemstra vertelde me dat hij de informatievoorziening aan de gemeenteraden wil agenderen. Daar sluit
            ik me van harte bij aan; bij ons speelt precies hetzelfde. Zelf heb ik er niets aan toe te voegen.

            Aukje de Boer
            """
        ),
    },
    {
        "id": "h43-028",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Oliver Whitcombe <o.whitcombe@zaanij-bv.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            One topic from me: long-term vision. How do you write a 2035 strategy for a shared organisation when
            every partner council thinks in four-year terms and reshuffles its priorities after each election?

            Best,
            Oliver
            """
        ),
    },
    {
        "id": "h43-029",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Gerbrich Zijlstra <g.zijlstra@sudwesthoeke.frl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Myn ûnderwerp: meartaligens yn de tsjinstferliening. Hoe sette wy it Frysk goed yn by it klantkontakt,
            oan de telefoan en yn brieven, sûnder dat Nederlânsktalige ynwenners harren útsletten fiele?

            Gerbrich
            """
        ),
    },
    {
        "id": "h43-030",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Saskia Bakker <s.bakker@kbr-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo Stan en Melanie,

            Wat een drukte hier. De kadernota moet over twee weken de deur uit, twee van mijn afdelingshoofden
            zitten thuis en het dak van het gemeentehuis in het oudste dorp lekt al sinds kerst. Toch wil ik jullie
            oproep niet laten liggen, want het atelier van vorig jaar was voor mij echt een lichtpunt.

            Wat ik graag eens met collega's zou bespreken: de verhouding tussen de werkorganisatie en de drie
            gemeenteraden. Bij ons wordt de werkorganisatie steeds vaker de kop van jut als een raad zijn zin niet
            krijgt, en de colleges kijken dan een beetje weg. Hoe houden anderen die driehoek gezond?

            Hartelijke groet,
            Saskia
            """
        ),
    },
    {
        "id": "h43-031",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Rintje Bergsma <r.bergsma@lauwerswal.frl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Onderwerp: de toekomst van de GR zelf. Een paar keer per jaar komt in een van onze raden de vraag op of we
            niet gewoon moeten fuseren, en even vaak of een gemeente er niet beter uit kan stappen. Ik zou graag met
            collega's verkennen welke koers je als directeur dan uitzet: doorgroeien naar een herindeling, of bewust
            een lossere samenwerking.

            R. Bergsma
            GR Lauwerswâl
            """
        ),
    },
    {
        "id": "h43-032",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Petra Ooms <p.ooms@duinrand-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nog een derde erbij, als het mag: het hoge verzuim in het sociaal domein. Onze consulenten lopen op hun
            tenen en ik zoek ideeën voor de formatie en de werkverdeling.

            Petra
            """
        ),
    },
    {
        "id": "h43-033",
        "kind": "other",
        "sender": "Gerbrich Zijlstra <g.zijlstra@sudwesthoeke.frl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "groupwise",
        "body": _(
            """
            Dank foar de befêstiging! Alleen: u hebt mijn onderwerp onder Organisatie en Samenwerking gezet, terwijl
            ik het echt als een vraag over dienstverlening bedoelde. Wilt u dat nog rechtzetten voor de telling?

            Gerbrich
            """
        ),
    },
    {
        "id": "h43-034",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ytsje Koopmans <secretariaat.directie@merenlandfryslan.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Dijkstra vroeg mij haar onderwerp voor het atelier door te geven, omdat ze de komende dagen
            nauwelijks achter haar laptop zit:

            Hoe houden wij het Wmo-loket toegankelijk en vlot voor inwoners nu het aantal aanvragen blijft stijgen?

            Met vriendelijke groet,
            Ytsje Koopmans
            Managementondersteuning directie
            """
        ),
    },
    # --- invitation -----------------------------------------------------------------------------------------------
    {
        "id": "h43-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Kees Schouten <k.schouten@wo-marsdiep.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom. Ik reis met de trein vanuit het noorden, dus reken op mij rond half twee.

            Kees Schouten
            """
        ),
    },
    {
        "id": "h43-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Saskia Bakker <s.bakker@kbr-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Leuk, ik ben erbij! Onze concerncontroller Erik Sap gaat mee, dus we zijn met z'n tweeën.

            Saskia
            """
        ),
    },
    {
        "id": "h43-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Femke Wiersma <f.wiersma@klaaihoeke.frl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nee, helaas. Die donderdag zit ik met ons college op werkbezoek bij de provincie en dat valt niet te
            verzetten.

            Femke

            Stjoerd fan myn iPhone
            """
        ),
    },
    {
        "id": "h43-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hessel Wijnia <h.wijnia@merenlandfryslan.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kin der spitigernôch net by wêze, dy middei ha wy ús begruttingsoerlis. Folle sukses en oant in oare
            kear!

            Hessel Wijnia
            """
        ),
    },
    {
        "id": "h43-039",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bas Kaan <bkaan@polderkant.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + _INVITE,
        "body": _(
            """
            Staat in mijn agenda. Tot dan, Bas
            """
        ),
    },
    {
        "id": "h43-040",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dieuwke Rus <d.rus@ao-waterlandnoord.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geweigerd: " + _INVITE,
        "body": _(
            """
            Helaas dubbel geboekt met het algemeen bestuur van onze veiligheidsregio.
            """
        ),
    },
    {
        "id": "h43-041",
        "kind": "rsvp",
        "attending": True,
        "sender": "Anneke Tolsma <a.tolsma@waldsteden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Hoekstra laat ik u weten dat hij op 11 maart aanwezig zal zijn. Ik heb de middag in zijn
            agenda geblokkeerd.

            Met vriendelijke groet,
            Anneke Tolsma
            Managementassistent Wâldsteden Werkorganisatie
            """
        ),
    },
    {
        "id": "h43-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sytse Kuipers <s.kuipers@sudwesthoeke.frl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Zelf zit ik die dag in Den Haag, maar mijn collega Gerbrich Zijlstra (g.zijlstra@sudwesthoeke.frl) gaat
            in mijn plaats. Zij heeft er zin in.

            Sytse Kuipers
            """
        ),
    },
    {
        "id": "h43-043",
        "kind": "other",
        "sender": "Petra Ooms <p.ooms@duinrand-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik wil graag komen, maar alleen als ik online kan aanschuiven: ik loop nog een paar weken op krukken. Kun
            je via de Teams-link ook echt meepraten in de groepjes, of is dat alleen meekijken? Laat het even weten,
            dan meld ik me aan.

            Petra
            """
        ),
    },
    {
        "id": "h43-044",
        "kind": "other",
        "sender": "Wim Groot <w.groot@westfrieshart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee hoor, geen introducé deze keer.

            Wim
            """
        ),
    },
    {
        "id": "h43-045",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Durk Hiemstra <d.hiemstra@klaaihoeke.frl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik ben erbij. En alvast voor een volgend atelier: ik zou graag bespreken hoe je inwoners via een openbaar
            dashboard laat zien hoe snel de werkorganisatie vergunningen en meldingen afhandelt. Wie doet dat al?

            Durk
            """
        ),
    },
    {
        "id": "h43-046",
        "kind": "unsubscribe",
        "sender": "Jan-Willem Stam <jw.stam@vechtzoomdiensten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Op 11 maart ben ik er niet bij, en eigenlijk kan ik me meteen helemaal afmelden: per 1 mei ga ik met
            pensioen en de GR wordt daarna opgeheven. Haal mij maar van de lijst.

            Het ga jullie goed,
            Jan-Willem Stam
            """
        ),
    },
    {
        "id": "h43-047",
        "kind": "other",
        "sender": "Lotte Kramer <secretariaat@polderkant.nl>",
        "quote": "none",
        "subject": "Atelier 11 maart – mevrouw Van Vliet",
        "body": _(
            """
            Geachte heer, mevrouw,

            Hierbij meld ik mevrouw I. van Vliet, directeur sociaal domein van Werkorganisatie Polderkant, aan voor
            het Leer- en inspireer-atelier van 11 maart aanstaande. Wilt u de bevestiging naar mij sturen? Ik beheer
            haar agenda.

            Met vriendelijke groet,
            Lotte Kramer
            Secretariaat directie
            """
        ),
    },
    {
        "id": "h43-048",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dieuwke Rus <d.rus@ao-waterlandnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Vergeet mijn afzegging van vorige week: het AB van de veiligheidsregio is verplaatst. Ik kom dus tóch op
            de 11e.

            Dieuwke Rus
            """
        ),
    },
    # --- waiting list, change, cancellation, substitute -----------------------------------------------------------
    {
        "id": "h43-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Thijs Wijbenga <t.wijbenga@bouhoeke.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Plaats 2 op de wachtlijst – ik gok dat het niks wordt. Halen jullie mij er maar af, dan plan ik die
            middag gewoon een overleg met de wethouders.

            Thijs
            """
        ),
    },
    {
        "id": "h43-050",
        "kind": "other",
        "sender": "Nicole Bos <nicole.bos@ao-waterlandnoord.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "body": _(
            """
            Hoe reëel is het dat er nog een plek vrijkomt? Ik moet vóór vrijdag weten of ik die middag moet vrijhouden,
            anders wordt hij volgepland.

            Nicole
            """
        ),
    },
    {
        "id": "h43-051",
        "kind": "rsvp",
        "attending": False,
        "sender": "Saskia Bakker <s.bakker@kbr-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            De 18e kan ik helaas niet, dan behandelt onze raad de voorjaarsnota. Jammer, en voor Erik geldt hetzelfde.
            We schuiven een volgende keer weer aan.

            Saskia
            """
        ),
    },
    {
        "id": "h43-052",
        "kind": "other",
        "sender": "Kees Schouten <k.schouten@wo-marsdiep.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Balen! Ik had er echt zin in. Is er al zicht op een nieuwe datum? Voor ons zou mei of begin juni goed
            uitkomen, daarna gaan hier de zomerrecessen in.

            Kees
            """
        ),
    },
    {
        "id": "h43-053",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Hessel Wijnia <h.wijnia@merenlandfryslan.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Spitich dat it net trochgiet. Als u toch opnieuw gaat plannen: ik zou graag agenderen hoe wij als directie
            de woningbouwopgave en de omgevingsvisie vertalen naar een meerjarige koers voor de organisatie.

            Hessel
            """
        ),
    },
    {
        "id": "h43-054",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerbrich Zijlstra <g.zijlstra@sudwesthoeke.frl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank jullie wel. Sytse had het me al verteld; ik kom graag in zijn plaats. Een gast neem ik niet mee.

            Gerbrich
            """
        ),
    },
    {
        "id": "h43-055",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lars Hofman <l.hofman@westfrieshart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes",
        "body": _(
            """
            Vriendelijk van Wim om aan mij te denken, maar ik zit die middag zelf vast in een aanbesteding. Ik kan dus
            niet; hij weet het inmiddels.

            Lars Hofman
            """
        ),
    },
    # --- reminder -------------------------------------------------------------------------------------------------
    {
        "id": "h43-056",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jasper Nootebos <j.nootebos@westfrieshart.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            helaas moet ik afhaken, flink grieperig sinds gisteren. geef mijn plek maar aan iemand op de wachtlijst

            Jasper

            Outlook voor Android downloaden
            """
        ),
    },
    {
        "id": "h43-057",
        "kind": "other",
        "sender": "Durk Hiemstra <d.hiemstra@klaaihoeke.frl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Is er bij het Stadskantoor een invalidenparkeerplaats in de buurt? Mijn gast zit in een rolstoel en ik
            wil haar zo dicht mogelijk bij de ingang afzetten.

            Durk Hiemstra
            """
        ),
    },
    {
        "id": "h43-058",
        "kind": "unsubscribe",
        "sender": "Aukje de Boer <a.deboer@tjongerlinde.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kan er helaas niet bij zijn. En eerlijk gezegd: per 1 april vertrek ik naar het Rijk, dus u kunt mij
            uit het ledenbestand halen. Wie mij opvolgt is nog niet bekend.

            Aukje de Boer
            """
        ),
    },
    # --- follow-up ------------------------------------------------------------------------------------------------
    {
        "id": "h43-059",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Kees Schouten <k.schouten@wo-marsdiep.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank, het was een mooie middag in het Provinciehuis. Voor de volgende keer zou ik het graag hebben over
            samenwerken over de provinciegrens heen: wij trekken voor sommige taken meer op met Friese gemeenten dan
            met onze eigen regio. Hoe richt je zo'n verband in?

            Kees
            """
        ),
    },
    {
        "id": "h43-060",
        "kind": "other",
        "sender": "Dieuwke Rus <d.rus@ao-waterlandnoord.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de fijne middag! De link naar het verslag geeft bij mij alleen een foutmelding (pagina niet
            gevonden). Kunt u het verslag misschien als pdf sturen?

            Dieuwke
            """
        ),
    },
    {
        "id": "h43-061",
        "kind": "suggestion",
        "themes": ["dienstverlening", "strategie"],
        "sender": "Gerbrich Zijlstra <g.zijlstra@sudwesthoeke.frl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Twee onderwerpen voor het najaar:
            - klachtafhandeling: hoe leren we echt van wat inwoners ons melden
            - een toekomstvisie op de werkorganisatie richting 2030

            Gerbrich
            """
        ),
    },
    # --- leaving and hand-overs -----------------------------------------------------------------------------------
    {
        "id": "h43-062",
        "kind": "unsubscribe",
        "sender": "Oliver Whitcombe <o.whitcombe@zaanij-bv.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Thanks for the kind words. My interim assignment ended on Friday; my permanent successor is Yasmina El
            Khatib, y.elkhatib@zaanij-bv.nl. She would be glad to receive the invitations from now on.

            Oliver
            """
        ),
    },
    {
        "id": "h43-063",
        "kind": "unsubscribe",
        "sender": "Thijs Wijbenga <t.wijbenga@bouhoeke.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap netwerk",
        "body": _(
            """
            Beste secretariaat,

            Met ingang van deze maand heeft Jouke Visser mijn taken bij Werkorganisatie Bouhoeke overgenomen. Wilt u
            mij afmelden en hem in mijn plaats op de lijst zetten? Zijn adres is j.visser@bouhoeke.nl.

            Met dank voor de fijne jaren,
            Thijs Wijbenga
            """
        ),
    },
    {
        "id": "h43-064",
        "kind": "other",
        "sender": "Jasper Nootebos <j.nootebos@westfrieshart.nl>",
        "quote": "none",
        "subject": "Opvolging per september",
        "body": _(
            """
            Goedemorgen,

            Na acht jaar neem ik per 1 september afscheid van Westfries Hart. Mijn opvolger wordt Lieke Stuifbergen
            (l.stuifbergen@westfrieshart.nl). Tot die tijd blijf ik graag lid en kom ik ook nog naar het
            najaarsatelier; daarna mag zij het stokje overnemen.

            Groet,
            Jasper Nootebos
            """
        ),
    },
    {
        "id": "h43-065",
        "kind": "other",
        "sender": "Frouke Hettema <f.hettema@lauwerswal.frl>",
        "quote": "none",
        "subject": "Rintje Bergsma",
        "body": _(
            """
            Goedemiddag,

            Even ter informatie: Rintje Bergsma is eind vorige maand bij GR Lauwerswâl vertrokken. Zijn mailbox wordt
            niet meer gelezen, dus uitnodigingen aan hem komen nergens aan. Over zijn opvolging is nog niets besloten.

            Met vriendelijke groet,
            Frouke Hettema
            Bestuursadviseur
            """
        ),
    },
    {
        "id": "h43-066",
        "kind": "unsubscribe",
        "sender": "Anne Jan Posthuma <aj.posthuma@merenlandfryslan.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goeie,

            Tema's hoech ik net oan te dragen: ik wol my graach ôfmelde foar it netwurk. Myn taken binne feroare en
            ik sit no net mear yn de direksje.

            Groetnis,
            Anne Jan Posthuma
            """
        ),
    },
    # --- AVG and addresses ----------------------------------------------------------------------------------------
    {
        "id": "h43-067",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Ilse Boon <ilse.boon@kbr-werkorganisatie.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Naar aanleiding van uw eerdere e-mails verzoek ik u, op grond van artikel 17 van de Algemene verordening
            gegevensbescherming, al mijn persoonsgegevens uit uw bestanden te wissen en mij geen berichten meer te
            sturen. Graag ontvang ik een bevestiging zodra dit is gebeurd.

            Hoogachtend,
            I. Boon
            """
        ),
    },
    {
        "id": "h43-068",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Graham Pell <g.pell@vechtzoomdiensten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Please take me off this list and delete whatever personal data you hold on me – I'm invoking my right to
            erasure under the GDPR. I've moved on to a role outside local government.

            Graham Pell
            """
        ),
    },
    {
        "id": "h43-069",
        "kind": "other",
        "sender": "Ruud Zwaan <r.zwaan@vechtzoomdiensten.nl>",
        "quote": "none",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Geacht secretariaat,

            Enige tijd geleden ontving ik een bevestigingsverzoek voor uw netwerk dat niet van mij kwam. Ik wil graag
            weten welke gegevens u over mij hebt vastgelegd en van wie u ze hebt gekregen. Beschouw dit als een
            inzageverzoek op grond van artikel 15 AVG.

            Met vriendelijke groet,
            R. Zwaan
            """
        ),
    },
    {
        "id": "h43-070",
        "kind": "other",
        "sender": "Petra Ooms <p.ooms@duinrand-werkorganisatie.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres per 1 januari",
        "body": _(
            """
            Goedemiddag,

            Per 1 januari gaan wij over op een nieuw domein. Mijn adres wordt dan petra.ooms@duinrand.nl; het oude
            stuurt nog drie maanden door. Wilt u het in uw ledenlijst aanpassen?

            Met vriendelijke groet,
            Petra Ooms
            """
        ),
    },
    {
        "id": "h43-071",
        "kind": "other",
        "sender": "Wim Groot <w.groot@westfrieshart.nl>",
        "quote": "none",
        "subject": "ander mailadres",
        "body": _(
            """
            hoi, mijn mail loopt voortaan via w.groot@wfhart.nl, dit adres gaat eind van de maand op zwart. kunnen
            jullie dat omzetten? thx, Wim
            """
        ),
    },
    # --- automatic mail and bounces -------------------------------------------------------------------------------
    {
        "id": "h43-072",
        "kind": "autoreply",
        "sender": "Hessel Wijnia <h.wijnia@merenlandfryslan.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INVITE,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben afwezig tot en met maandag 22 februari en lees mijn mail niet. Voor dringende
            zaken kunt u het secretariaat bellen via 0513 61 80 00.

            Hessel Wijnia
            """
        ),
    },
    {
        "id": "h43-073",
        "kind": "autoreply",
        "sender": "Femke Wiersma <f.wiersma@klaaihoeke.frl>",
        "thread": "followup",
        "quote": "none",
        "subject": (
            "Automatysk antwurd: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Ik bin mei fakânsje oant 12 augustus. Jo berjocht wurdt net trochstjoerd.
            Ik ben met vakantie tot 12 augustus. Uw bericht wordt niet doorgestuurd.
            """
        ),
    },
    {
        "id": "h43-074",
        "kind": "autoreply",
        "sender": "Rintje Bergsma <r.bergsma@lauwerswal.frl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Dit adres is niet meer in gebruik",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Rintje Bergsma werkt niet langer bij GR Lauwerswâl. Voor
            bestuurlijke zaken kunt u mailen naar bestuurszaken@lauwerswal.frl.

            Dit is een automatisch gegenereerd bericht.
            """
        ),
    },
    {
        "id": "h43-075",
        "kind": "autoreply",
        "sender": "Klantcontactcentrum <kcc@dijkendorp.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "[Z-2027-004817] Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte afzender,

            Uw bericht is ontvangen en geregistreerd onder zaaknummer Z-2027-004817. Wij behandelen het binnen vijf
            werkdagen. U hoeft niet opnieuw te mailen.

            Klantcontactcentrum Werkorganisatie Dijk en Dorp
            """
        ),
    },
    {
        "id": "h43-076",
        "kind": "autoreply",
        "sender": "Lars Hofman <l.hofman@westfrieshart.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Gelezen: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Uw bericht

              Aan: Lars Hofman
              Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]

            is gelezen op dinsdag 9 maart 2027 08:14.
            """
        ),
    },
    {
        "id": "h43-077",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.vechtzoomdiensten.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.vechtzoomdiensten.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

                               The mail system

            <jw.stam@vechtzoomdiensten.nl>: host mail.vechtzoomdiensten.nl[10.4.2.17] said:
                550 5.1.1 <jw.stam@vechtzoomdiensten.nl>: Recipient address rejected: User unknown
            """
        ),
    },
    {
        "id": "h43-078",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@ao-waterlandnoord.nl>",
        "quote": "none",
        "subject": (
            "Onbestelbaar: Welke thema's wilt u bespreken? "
            "Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht heeft de volgende ontvanger(s) niet bereikt:

            d.rus@ao-waterlandnoord.nl

            Het postvak van de ontvanger is vol en kan op dit moment geen berichten ontvangen. Probeer het later
            opnieuw of neem contact op met de ontvanger.

            Diagnostische informatie voor beheerders:
            Genererende server: EX02.ao-waterlandnoord.nl
            Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
            """
        ),
    },
]
# fmt: on
