"""heldout46: a year of mail from directors of werkorganisaties in Flevoland and het Gooi.

The writers run the shared civil-service organisations of invented polder and Gooi municipalities (Lage
Dwarsvaart, Hollandse Brug, Flevokust, Tafelberg, Harderbroek, Swifterland, Ketelmond, De Gooise Venen, ...):
directors, their management assistants, an English interim director, an HR adviser and a colleague who inherits a
retired director's mail. The set follows one year: sign-ups and confirmations in winter, topics under the call for
themes in January, answers to the invitation, the change, the waiting list and the reminder in February and March,
topics and remarks under the follow-up, then leaving, hand-overs, an address change, AVG requests, summer
out-of-offices and bounces. Some people come back over the year (a denier later asks for erasure, a leaver names
his successor under our goodbye, a successor signs up herself).

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a proposed topic under the call, the thank-you, the welcome, the
  invitation or the follow-up is a suggestion, also when the writer says in passing whether they come;
- a wish about the form of the ateliers (place, starting time, working in small groups), backing another member's
  topic without one's own, a yes on a condition the secretariat must answer, a confirmation with a real question
  beside it, and an assistant confirming or forwarding for the director are other;
- declining the atelier while staying a member (also with a substitute) is rsvp False; declining and leaving in
  one mail is unsubscribe; an assistant answering in reply to the invitation is rsvp;
- a hand-over with the successor's address, or leaving with a successor named without address, is unsubscribe; a
  hand-over at a later date while staying a member until then, a colleague reporting that someone left, and an
  address change are other;
- a plain denial under the confirmation mail (also asking who did it) is unsubscribe; a denial asking where we got
  the address is other; an AVG erasure is unsubscribe with erase, a request to see one's data is other;
- one named colleague signed up with an address is subscribe, two people or no address is other; "lid blijven"
  under our goodbye is subscribe;
- themes are those of what is proposed, not of the situation told before it;
- out-of-office, ticket systems and "address no longer in use" are autoreply with the thread of our mail;
  delivery failures are bounce without a thread; replies to the follow-up carry the thread followup.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- winter: sign-ups and confirmations -------------------------------------------------------------------
    {
        "id": "h46-001",
        "kind": "subscribe",
        "sender": "Ilse Mulderij <i.mulderij@lagedwarsvaart.nl>",
        "quote": "none",
        "subject": "Aanmelding directeurennetwerk",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 januari ben ik algemeen directeur van Werkorganisatie Lage Dwarsvaart (de gemeenten Dwarshoeve
            en Wisentvlakte). Op de nieuwjaarsbijeenkomst in Nijkerk vertelden twee collega's enthousiast over
            jullie ateliers. Ik meld me hierbij aan als lid, graag op dit adres.

            Hartelijke groet,

            Ilse Mulderij
            algemeen directeur / gemeentesecretaris Dwarshoeve
            Werkorganisatie Lage Dwarsvaart
            """
        ),
    },
    {
        "id": "h46-002",
        "kind": "subscribe",
        "sender": "Simon Hartley <s.hartley@hollandsebrug-wo.nl>",
        "quote": "none",
        "subject": "Membership / lidmaatschap netwerk",
        "body": _(
            """
            Dear secretariat, beste secretariaat,

            Last month I started as interim director of Werkorganisatie Hollandse Brug (my Dutch is improving, but
            forgive me for writing in English). Marjolein Terhorst of Tafelberg pointed me to your network and
            the ateliers. I would like to become a member - this address will do: s.hartley@hollandsebrug-wo.nl

            Met vriendelijke groet / kind regards,
            Simon Hartley
            Interim directeur | Werkorganisatie Hollandse Brug
            """
        ),
    },
    {
        "id": "h46-003",
        "kind": "subscribe",
        "sender": "Wendy Kooistra <w.kooistra@wo-flevokust.nl>",
        "quote": "none",
        "subject": "Aanmelding R. Blokhuis",
        "body": _(
            """
            Goedemorgen,

            Onze nieuwe directeur bedrijfsvoering, de heer Reinier Blokhuis, wil graag lid worden van uw netwerk.
            Hij vroeg mij dit even voor hem te regelen, vandaar dat het bericht uit mijn mailbox komt. Zijn
            e-mailadres is r.blokhuis@wo-flevokust.nl.

            Met vriendelijke groet,

            Wendy Kooistra
            managementondersteuning directie
            Werkorganisatie Flevokust | voor Lelyhaven en Oostermeer
            """
        ),
    },
    {
        "id": "h46-004",
        "kind": "other",
        "sender": "Marjolein Terhorst <m.terhorst@wo-tafelberg.nl>",
        "quote": "none",
        "subject": "Twee collega's erbij?",
        "body": _(
            """
            Beste Stan en Melanie,

            Kunnen onze twee adjunct-directeuren ook op jullie lijst? Het gaat om Evert-Jan Zandbergen
            (ej.zandbergen@wo-tafelberg.nl) en Nynke Sijtsma (n.sijtsma@wo-tafelberg.nl). Zij trekken bij ons de
            beweging naar een organisatie zonder afdelingsschotten en zouden veel hebben aan de gesprekken in de
            ateliers. Zelf blijf ik uiteraard ook lid.

            Groet uit Tafelberg,
            Marjolein
            """
        ),
    },
    {
        "id": "h46-005",
        "kind": "confirm",
        "sender": "Ilse Mulderij <i.mulderij@lagedwarsvaart.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Ilse Mulderij
            Algemeen directeur
            Werkorganisatie Lage Dwarsvaart
            T 0321 - 38 44 10

            Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, verwijder
            het bericht dan en stel de afzender op de hoogte. Aan dit bericht kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "h46-006",
        "kind": "confirm",
        "sender": "Jelle Hoekstra <jelle.hoekstra@schokkerland.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Oeps, die eerste mail was ondergesneeuwd in de drukte rond de kadernota. Bij dezen alsnog bevestigd!

            Gr. Jelle Hoekstra
            Schokkerland
            """
        ),
    },
    {
        "id": "h46-007",
        "kind": "confirm",
        "sender": "Reinier Blokhuis <r.blokhuis@wo-flevokust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Akkoord, klopt zo.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h46-008",
        "kind": "other",
        "sender": "Petra Klein Haneveld <p.kleinhaneveld@eemvalleizuid.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Goedendag,

            Ik bevestig hierbij, maar heb wel een vraag vooraf. Ik ben plaatsvervangend directeur; onze algemeen
            directeur Rutger van Lienden is al lid. Is het de bedoeling dat wij er allebei in zitten, of is het
            netwerk eigenlijk voor een persoon per organisatie? In dat laatste geval trek ik het liever weer in.

            Met vriendelijke groet,
            Petra Klein Haneveld
            GR Eemvallei-Zuid
            """
        ),
    },
    {
        "id": "h46-009",
        "kind": "unsubscribe",
        "sender": "Tjitske van der Wal <t.vanderwal@ketelmond.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij nergens voor aangemeld. Ik ben teamleider Vergunningen, geen directeur, en heb met dit
            netwerk niets te maken. Wie heeft mijn naam aan u doorgegeven?

            Tjitske van der Wal
            Team Vergunningen, Toezicht en Handhaving | Werkorganisatie Ketelmond
            """
        ),
    },
    {
        "id": "h46-010",
        "kind": "other",
        "sender": "Ruud Wesseling <r.wesseling@oostvaarderswo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Goedendag,

            Uw mail kwam als een verrassing: ik heb mij niet opgegeven. Ik hoor graag hoe u aan dit e-mailadres
            bent gekomen. Is dat via een lijst van de VNG, via een congres, of heeft iemand binnen onze eigen
            organisatie het doorgegeven? Voordat ik ergens ja of nee op zeg, wil ik dat eerst weten.

            Met vriendelijke groet,

            R. Wesseling
            Directeur Sociaal Domein, Werkorganisatie Oostvaarders
            """
        ),
    },
    {
        "id": "h46-011",
        "kind": "other",
        "sender": "Loes Brinkerink <secretariaat.directie@swifterland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Yıldırım-de Boer vroeg mij deze aanmelding voor haar te bevestigen; zij is deze week op
            werkbezoek in Brussel en leest nauwelijks mail. Bij dezen dus namens haar: ja, zij wil graag lid
            worden van het netwerk.

            Met vriendelijke groet,
            Loes Brinkerink
            secretariaat directie | Werkorganisatie Swifterland
            """
        ),
    },
    # --- January: the call for themes -------------------------------------------------------------------------
    {
        "id": "h46-012",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Arjen Kuipers <a.kuipers@hogevaart-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Eén onderwerp van mijn kant:

            Hoe houd je jonge medewerkers vast als ze na twee, drie jaar met hun opgedane ervaring naar Amsterdam
            of Utrecht vertrekken? Wij zijn zo langzamerhand een opleidingsinstituut voor de Randstad geworden. Ik
            ben benieuwd hoe collega's hun personeelsplanning en het binden van talent inrichten.

            Arjen Kuipers
            directeur Werkorganisatie Hoge Vaart
            """
        ),
    },
    {
        "id": "h46-013",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Hester Wijnbergen <h.wijnbergen@gooioostsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Twee dingen van mij:
            - de verhouding met drie gemeenteraden die elk hun eigen wensen hebben over de werkorganisatie (wie is
              eigenlijk onze opdrachtgever?)
            - de balie en het KCC: hoe geef je inwoners van drie dorpen het gevoel dat ze bij 'hun eigen' gemeente
              aankloppen

            Groet, Hester
            """
        ),
    },
    {
        "id": "h46-014",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jelle Hoekstra <jelle.hoekstra@schokkerland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Onderwerp: de positie van een werkorganisatie tussen twee regio's. Wij kijken naar Zwolle en tegelijk
            naar de Metropoolregio Amsterdam, en dat trekt aan onze gemeenten, elk een andere kant op. Ik hoor graag
            hoe anderen in zo'n grensgebied hun plek in de regio bepalen.

            NB: op 11 maart zit ik in Den Haag, dus zelf ben ik er niet bij. Misschien hebben anderen er toch wat aan.

            Jelle
            """
        ),
    },
    {
        "id": "h46-015",
        "kind": "other",
        "sender": "Anouk Verbrugge <a.verbrugge@harderbroek-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Deze mail was gericht aan Harm Bonekamp. De heer Bonekamp is eind december met pensioen gegaan; zijn
            mailbox wordt sindsdien naar mij doorgezet. Wie hem opvolgt als directeur is nog niet bekend, de
            werving loopt. Ik heb zelf geen onderwerpen, ik ben bestuursadviseur.

            Vriendelijke groet,
            Anouk Verbrugge
            Werkorganisatie Harderbroek
            """
        ),
    },
    {
        "id": "h46-016",
        "kind": "other",
        "sender": "Karin Jurriëns <k.jurriens@oostvaarderswo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Geen inhoudelijk onderwerp van mij, wel een wens voor de opzet. Zou het atelier een keer buiten Utrecht
            kunnen, bijvoorbeeld in Almere of Lelystad? Voor ons uit de polder is Utrecht op donderdagmiddag een
            filerit van anderhalf uur. En als het om 13.00 uur kan beginnen, zijn we voor de spits weer thuis.

            Karin Jurriëns
            algemeen directeur Werkorganisatie Oostvaarders
            """
        ),
    },
    {
        "id": "h46-017",
        "kind": "other",
        "sender": "Bas Doornenbal <b.doornenbal@naarderpoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik begreep van Hester Wijnbergen dat zij de rol van de gemeenteraden heeft ingebracht. Daar sluit ik me
            helemaal bij aan, bij Naarderpoort speelt precies hetzelfde. Zet maar een extra streepje bij haar
            onderwerp.

            Bas

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h46-018",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Theo Verheul <t.verheul@bge-organisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Onze organisatie bestaat sinds 2018. De samenwerking tussen Bosheuvel, Gooiermeer en Eemveld loopt
            inmiddels soepel en de dienstverlening aan inwoners is behoorlijk op orde, daar maak ik me weinig
            zorgen over. Waar we wel op vastlopen is de informatievoorziening: drie verschillende zaaksystemen die
            naar één moeten, en te weinig I&A-kennis in huis om dat zelf te regisseren. Dat zou ik graag eens met
            collega's bespreken.

            Theo Verheul
            directeur BGE-organisatie
            """
        ),
    },
    {
        "id": "h46-019",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Simon Hartley <s.hartley@hollandsebrug-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            One topic from me: how do you write a long-term vision for the organisation, say towards 2035, when
            the administrations you serve only plan one term ahead? I would love to hear how others keep a
            strategic agenda alive across elections.

            Best,
            Simon
            """
        ),
    },
    {
        "id": "h46-020",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hester Wijnbergen <h.wijnbergen@gooioostsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Nog een aanvulling die ik gisteren vergat: inwoners willen steeds meer online regelen, maar wij meten
            eigenlijk niet of dat ook lukt en hoe tevreden ze daarover zijn. Het monitoren van onze digitale
            dienstverlening zou ik ook graag op de lijst zien.

            Hester
            """
        ),
    },
    {
        "id": "h46-021",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ilse Mulderij <i.mulderij@lagedwarsvaart.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom!

            Een onderwerp heb ik eigenlijk al: wij gaan van vier kantoorlocaties naar één, en ik zoek ervaringen
            met hybride werken en met het gesprek met medewerkers die helemaal niet willen verhuizen. Misschien
            iets voor een volgend atelier?

            Ilse
            """
        ),
    },
    # --- February and March: invitation, change, waiting list, reminder ---------------------------------------
    {
        "id": "h46-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bas Doornenbal <b.doornenbal@naarderpoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik ben er. Dat vraagstuk over de couleur locale houdt ons sinds de fusie van Naarderpoort flink
            bezig.

            Bas Doornenbal
            """
        ),
    },
    {
        "id": "h46-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rutger van Lienden <r.vanlienden@eemvalleizuid.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Wij komen met z'n tweeën: ik neem onze concerncontroller mee, die zit midden in het gesprek over de
            verdeelsleutel tussen de gemeenten en kan hier veel van leren. Tot de 11e!

            Rutger van Lienden
            GR Eemvallei-Zuid
            """
        ),
    },
    {
        "id": "h46-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Theo Verheul <t.verheul@bge-organisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": (
            "Antw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Jammer genoeg niet. Op 11 maart heeft Eemveld een extra raadsvergadering over de toekomst van de
            samenwerking, en daar hoor ik bij te zitten. Bij het volgende atelier hoop ik er weer te zijn.

            Theo
            """
        ),
    },
    {
        "id": "h46-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Youssef Amrani <y.amrani@ketelmond.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Zelf zit ik die middag in de regionale stuurgroep Wonen. In mijn plaats gaat Sabine Ketelaar, onze
            directeur Publiekszaken: s.ketelaar@ketelmond.nl. Ze weet ervan en heeft het al in haar agenda.

            Met vriendelijke groet,
            Youssef Amrani
            algemeen directeur Werkorganisatie Ketelmond
            """
        ),
    },
    {
        "id": "h46-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gwendolyn Pinas <g.pinas@wo-flevokust.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Staat erin. Ik kom met de trein vanuit Lelyhaven.
            """
        ),
    },
    {
        "id": "h46-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Loes Brinkerink <secretariaat.directie@swifterland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Yıldırım-de Boer laat ik u weten dat zij op 11 maart aanwezig is, zonder gast. Ik heb
            de middag in haar agenda geblokt.

            Met vriendelijke groet,
            Loes Brinkerink
            secretariaat directie | Werkorganisatie Swifterland
            """
        ),
    },
    {
        "id": "h46-028",
        "kind": "other",
        "sender": "Wendy Kooistra <w.kooistra@wo-flevokust.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemiddag,

            De heer Blokhuis wil graag komen, maar kan pas om 15.30 uur aansluiten vanwege een vergadering van het
            algemeen bestuur. Is dat een probleem, of kan hij dan beter online meedoen? Graag uw advies, dan zet
            ik het goed in zijn agenda.

            Met vriendelijke groet,
            Wendy Kooistra
            """
        ),
    },
    {
        "id": "h46-029",
        "kind": "other",
        "sender": "Annemiek Spoelstra <a.spoelstra@kuinreoost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik kom graag, mits ik online kan aansluiten én dan ook echt mee kan doen in de gespreksgroepen, niet
            alleen een camera op de zaal. Vanuit de kop van de polder is Utrecht op een werkdag geen doen. Lukt
            dat? Dan hoort u een ja van mij.

            Annemiek Spoelstra
            directeur Werkorganisatie Kuinre-Oost
            """
        ),
    },
    {
        "id": "h46-030",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Karin Jurriëns <k.jurriens@oostvaarderswo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Ik ben erbij.

            En alvast voor het najaar: ik zou het graag hebben over wachttijden in het sociaal domein. Hoe zorg je
            dat een inwoner van het kleinste dorp net zo vlot zijn Wmo-voorziening krijgt als iemand in de kern?

            Karin
            """
        ),
    },
    {
        "id": "h46-031",
        "kind": "unsubscribe",
        "sender": "Cor Hilhorst <c.hilhorst@vaartland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Op 11 maart ben ik er niet bij, en eigenlijk kunnen jullie mij wel helemaal van de lijst halen: per
            1 april ga ik met vervroegd pensioen. Het was altijd een genoegen om met de collega's te sparren. Wie
            mij opvolgt, is nog niet bekend.

            Hartelijke groet,
            Cor Hilhorst
            Werkorganisatie Vaartland
            """
        ),
    },
    {
        "id": "h46-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Pieter-Jan Oldenkamp <pj.oldenkamp@gooisevenen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Wilt u mij afmelden voor de 11e? We zitten tot over onze oren in de voorjaarsnota. Lid van het netwerk
            blijf ik graag, dus de volgende uitnodiging zie ik met plezier tegemoet.

            Pieter-Jan Oldenkamp
            De Gooise Venen
            """
        ),
    },
    {
        "id": "h46-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Bijlsma <w.bijlsma@oostvaarderswo.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            De 18e komt mij eerlijk gezegd beter uit dan de 11e. Laat mij op de wachtlijst staan; als er een plek
            vrijkomt, kom ik.

            Wouter Bijlsma
            directeur bedrijfsvoering Werkorganisatie Oostvaarders
            """
        ),
    },
    {
        "id": "h46-034",
        "kind": "other",
        "sender": "Bas Doornenbal <b.doornenbal@naarderpoort.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dat is jammer. Weten jullie al of er vóór de zomer nog een nieuwe datum komt? Dan houd ik daar een
            middag voor vrij in mei of juni.

            Bas
            """
        ),
    },
    {
        "id": "h46-035",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sabine Ketelaar <s.ketelaar@ketelmond.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "groupwise",
        "subject": "Antw: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Vervelend, maar het lukt mij die middag toch ook niet: de rekenkamercommissie heeft haar hoorzitting
            verschoven naar precies dat tijdstip. Wilt u dat even met mijn directeur opnemen?

            Sabine Ketelaar
            directeur Publiekszaken
            """
        ),
    },
    {
        "id": "h46-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gwendolyn Pinas <g.pinas@wo-flevokust.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Helaas, het gaat niet. Sinds gisteren plat met griep. Geef mijn plek maar aan iemand van de wachtlijst.

            Gwen

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h46-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Simon Hartley <s.hartley@hollandsebrug-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Apologies - I won't make it on Thursday after all. The provincial executive moved our meeting with them
            to that very afternoon. Please pass my seat on to someone on the waiting list.

            Simon
            """
        ),
    },
    # --- spring: the follow-up --------------------------------------------------------------------------------
    {
        "id": "h46-038",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Arjen Kuipers <a.kuipers@hogevaart-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de middag en het verslag.

            Voor het najaar zou ik graag de financiën van de werkorganisatie zelf bespreken: hoe houd je de
            begroting van de GR sluitend als de bijdragen van de gemeenten krimpen en het takenpakket groeit?

            Arjen
            """
        ),
    },
    {
        "id": "h46-039",
        "kind": "other",
        "sender": "Hester Wijnbergen <h.wijnbergen@gooioostsamen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Het verslag opent bij mij niet, ik krijg steeds een foutmelding (404). Kunnen jullie het als pdf sturen?

            Hester
            """
        ),
    },
    {
        "id": "h46-040",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Marjolein Terhorst <m.terhorst@wo-tafelberg.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Hoi Stan en Melanie,

            Wat een fijne middag was het weer. Ik reed terug over de A1 en heb de hele rit nagepraat met een collega
            uit Almere die met me meereed. Vooral het tafelgesprek over vier colleges en één ambtelijke organisatie
            herkende ik, en de koffie was dit keer ook prima :)

            Wat me is bijgebleven en wat ik de volgende keer echt wil uitdiepen: de woningbouwopgave die de regio
            ons oplegt, en wat die vraagt van de koers van onze organisatie voor de komende tien jaar, samen met de
            buurgemeenten. Daar hebben we nu geen gezamenlijk verhaal over.

            Liefs uit het Gooi,
            Marjolein
            """
        ),
    },
    {
        "id": "h46-041",
        "kind": "other",
        "sender": "Wouter Bijlsma <w.bijlsma@oostvaarderswo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Complimenten voor de organisatie. Een suggestie voor de opzet: meer tijd in kleine groepen en minder
            plenair terugkoppelen. Het laatste driekwart uur met flappen ophangen voegde voor mij weinig toe. Een
            vorm zoals intervisie, met een casus van een van de deelnemers, zou ik sterker vinden.

            W. Bijlsma
            """
        ),
    },
    {
        "id": "h46-042",
        "kind": "autoreply",
        "sender": "Klantcontactcentrum Oostvaarders <kcc@oostvaarderswo.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": (
            "Ontvangstbevestiging: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Geachte heer/mevrouw,

            Bedankt voor uw bericht aan Werkorganisatie Oostvaarders. Uw vraag is geregistreerd onder zaaknummer
            Z-2027-004417. U ontvangt binnen vijf werkdagen een inhoudelijke reactie.

            Dit is een automatisch verzonden bericht; u kunt hier niet op antwoorden.
            """
        ),
    },
    # --- spring and summer: leaving, hand-overs, AVG, address changes -----------------------------------------
    {
        "id": "h46-043",
        "kind": "unsubscribe",
        "sender": "Cor Hilhorst <c.hilhorst@vaartland.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Dank voor de nette afhandeling. Inmiddels is mijn opvolger bekend: Inge Smeenk, vanaf 1 april algemeen
            directeur van Vaartland, i.smeenk@vaartland.nl. Zij neemt mijn stoel in het netwerk graag over.

            Cor
            """
        ),
    },
    {
        "id": "h46-044",
        "kind": "other",
        "sender": "Anouk Verbrugge <a.verbrugge@harderbroek-wo.nl>",
        "quote": "none",
        "subject": "Nieuwe directeur Harderbroek",
        "body": _(
            """
            Beste secretariaat,

            Per 1 mei start Dagmar Roelofsen bij ons als gemeentesecretaris-directeur, als opvolger van Harm
            Bonekamp. Zij heeft bij ons nog geen e-mailadres, maar ik zou haar graag alvast aanmelden voor uw
            netwerk. Kunt u dat zo regelen, of moet ze het zelf doen zodra ze binnen is?

            Vriendelijke groet,
            Anouk Verbrugge
            bestuursadviseur Werkorganisatie Harderbroek
            """
        ),
    },
    {
        "id": "h46-045",
        "kind": "confirm",
        "sender": "Dagmar Roelofsen <d.roelofsen@harderbroek-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Ja, graag.

            Dagmar Roelofsen
            """
        ),
    },
    {
        "id": "h46-046",
        "kind": "unsubscribe",
        "sender": "Theo Verheul <t.verheul@bge-organisatie.nl>",
        "quote": "none",
        "subject": "Opvolging in het netwerk",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 juni verlaat ik de BGE-organisatie voor een functie bij een waterschap. Mijn opvolger is Jolanda
            Stoffels, j.stoffels@bge-organisatie.nl; zij neemt mijn plaats in het netwerk graag over. Mij mogen
            jullie uitschrijven.

            Dank voor de goede jaren,
            Theo Verheul
            """
        ),
    },
    {
        "id": "h46-047",
        "kind": "unsubscribe",
        "sender": "Youssef Amrani <y.amrani@ketelmond.nl>",
        "quote": "none",
        "subject": "Vertrek Ketelmond",
        "body": _(
            """
            Goedemiddag,

            Na zes jaar Ketelmond maak ik de overstap naar Zwolle. Mijn taken gaan naar Nadia Bouzid, maar zij
            begint pas in juni en heeft hier nog geen mailadres. Ik meld me bij dezen af; Nadia meldt zich zelf
            aan zodra ze er is.

            Groet,
            Youssef Amrani
            """
        ),
    },
    {
        "id": "h46-048",
        "kind": "subscribe",
        "sender": "Nadia Bouzid <n.bouzid@ketelmond.nl>",
        "quote": "none",
        "subject": "Aanmelden als opvolger van Youssef Amrani",
        "body": _(
            """
            Beste secretariaat,

            Sinds 1 juni ben ik algemeen directeur van Werkorganisatie Ketelmond, als opvolger van Youssef Amrani.
            Hij drukte me op het hart me zelf bij jullie aan te melden, dus bij dezen: graag op n.bouzid@ketelmond.nl.

            Met vriendelijke groet,
            Nadia Bouzid
            """
        ),
    },
    {
        "id": "h46-049",
        "kind": "other",
        "sender": "Pieter-Jan Oldenkamp <pj.oldenkamp@gooisevenen.nl>",
        "quote": "none",
        "subject": "Ter info: wisseling van de wacht na de zomer",
        "body": _(
            """
            Beste Stan,

            Even ter informatie: na de zomer stop ik bij De Gooise Venen. Mijn opvolger Corné van Baalen begint op
            1 oktober (c.vanbaalen@gooisevenen.nl). Tot die tijd blijf ik gewoon lid en als het uitkomt, zie je me
            ook nog op het najaarsatelier.

            Groet,
            Pieter-Jan
            """
        ),
    },
    {
        "id": "h46-050",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Ruud Wesseling <r.wesseling@oostvaarderswo.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van artikel 17 van de AVG verzoek ik u alle persoonsgegevens die u van mij verwerkt te
            verwijderen, inclusief mijn naam en e-mailadres in uw verzendlijsten. Een korte bevestiging dat dit is
            gebeurd, stel ik op prijs.

            Met vriendelijke groet,
            R. Wesseling
            """
        ),
    },
    {
        "id": "h46-051",
        "kind": "other",
        "sender": "Karin Jurriëns <k.jurriens@oostvaarderswo.nl>",
        "quote": "none",
        "subject": "Vraag over vastgelegde gegevens",
        "body": _(
            """
            Hallo Melanie,

            Onze functionaris gegevensbescherming loopt alle externe verwerkingen na. Kun je me laten weten welke
            gegevens jullie van mij hebben vastgelegd en hoe lang jullie die bewaren? Lid blijven wil ik zeker,
            het gaat puur om het overzicht.

            Groet,
            Karin
            """
        ),
    },
    {
        "id": "h46-052",
        "kind": "subscribe",
        "sender": "Bas Doornenbal <b.doornenbal@naarderpoort.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit klopt niet, ik wil lid blijven. Volgens mij heeft iemand op ons secretariaat bij het opruimen van
            mijn mailbox op de verkeerde knop gedrukt. Graag weer aanzetten.

            Bas Doornenbal
            """
        ),
    },
    {
        "id": "h46-053",
        "kind": "other",
        "sender": "Hester Wijnbergen <h.wijnbergen@gooioostsamen.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres per 1 juli",
        "body": _(
            """
            Beste secretariaat,

            Per 1 juli gaan wij verder onder de naam Werkorganisatie GOS, met een nieuw domein. Mijn adres wordt
            dan h.wijnbergen@wo-gos.nl. Het oude adres blijft nog een halfjaar werken, maar zet u het nieuwe
            alvast in uw bestand?

            Hartelijke groet,
            Hester Wijnbergen
            """
        ),
    },
    {
        "id": "h46-054",
        "kind": "unsubscribe",
        "sender": "Mustafa Kaya <m.kaya@gooimeerzuid.nl>",
        "quote": "none",
        "subject": "Uitschrijven",
        "body": _(
            """
            Goedendag,

            Vanaf 1 september ga ik als directeur aan de slag bij de provincie, en daarmee val ik buiten de
            doelgroep van uw netwerk. Haal mij dus maar van de verzendlijst. Dank voor de inspirerende middagen.

            Mustafa Kaya
            Werkorganisatie Gooimeer-Zuid
            """
        ),
    },
    # --- summer and autumn: automatic mail --------------------------------------------------------------------
    {
        "id": "h46-055",
        "kind": "autoreply",
        "sender": "Annemiek Spoelstra <a.spoelstra@kuinreoost.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tot en met vrijdag 26 februari ben ik afwezig in verband met de voorjaarsvakantie. Voor dringende
            zaken kunt u contact opnemen met het directiesecretariaat, 0527 - 24 18 00.
            """
        ),
    },
    {
        "id": "h46-056",
        "kind": "autoreply",
        "sender": "Fatma Yıldırım-de Boer <f.yildirim@swifterland.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Van 19 juli tot en met 8 augustus ben ik met verlof en lees ik mijn mail niet. Uw bericht wordt niet
            doorgestuurd. Voor zaken die niet kunnen wachten: secretariaat.directie@swifterland.nl.

            Fatma Yıldırım-de Boer
            """
        ),
    },
    {
        "id": "h46-057",
        "kind": "autoreply",
        "sender": "Theo Verheul <t.verheul@bge-organisatie.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. De heer Verheul is niet langer werkzaam bij de
            BGE-organisatie. Uw bericht is niet doorgestuurd. Voor vragen kunt u terecht bij
            info@bge-organisatie.nl.
            """
        ),
    },
    {
        "id": "h46-058",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@gooisevenen.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Het bericht kan niet worden bezorgd bij de volgende ontvangers:

            cor.devries@gooisevenen.nl
            Het e-mailadres bestaat niet in deze organisatie. Controleer het adres en probeer het opnieuw.

            Diagnostische gegevens voor beheerders:
            Genererende server: EX02.gooisevenen.local
            Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
            """
        ),
    },
    {
        "id": "h46-059",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.wo-flevokust.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.wo-flevokust.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

                               The mail system

            <g.pinas@wo-flevokust.nl>: host mail.wo-flevokust.nl[10.20.4.11] said:
                550 5.1.1 <g.pinas@wo-flevokust.nl>: Recipient address rejected: User
                unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
