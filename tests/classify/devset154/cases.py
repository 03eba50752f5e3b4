"""devset154: answers to the atelier invitation and reminder that are not plain.

Directors, deputies and assistants answer the invitation for 11 March 2027, the reminder, the waiting-list
acknowledgement, the change of date and the substitute's invitation. Few of them write "ja, ik kom" or "nee, helaas":
they say yes or no in their own words, hedge, set conditions, arrive late or leave early, send a colleague, bring or
drop a guest, change their minds (sometimes within one mail), answer only the side questions about a guest, diet or
parking, answer about another meeting by mistake, ask about the programme, mix a topic or leaving the network into
their answer, write in English, or send a calendar reply (accept, decline, tentative, new time proposed). One real
out-of-office sits beside a human who writes that she is on leave.

Conventions this set relies on (from the brief):
- The label is what the writer asks now. A yes or no in any words is an rsvp; coming late, leaving early or joining
  online is still attending, as long as nothing has to be answered first.
- A maybe, a yes on a condition the secretariat must answer, and a yes or no with a real question beside it (programme,
  parking, whether a guest may come, whether it can be online) are `other`.
- A "nee" or remark that only answers our side questions (guest, diet) without saying whether one comes is `other`;
  "my guest drops out, I come alone" still says the writer comes, so it is an rsvp True.
- A decline with a substitute (with or without the substitute's address) is an rsvp False; "afmelden voor het atelier"
  that keeps the membership is an rsvp False; a decline together with leaving the network is `unsubscribe`, with
  `erase` when all data must go; a hand-over to a successor with an address is `unsubscribe`; coming once more and
  leaving later ("tot die tijd blijf ik lid") is `other`.
- A topic proposed in an answer to the invitation is a `suggestion`, whether or not the writer comes.
- Within one mail, the latest answer counts.
- Calendar accept/decline is an rsvp; a tentative answer or a proposed new time is `other`.
- An assistant answering in reply to our invitation: rsvp; an assistant's forward with a line above it: `other`.
- An answer that is about a different meeting is `other`.
- A real out-of-office is `autoreply` with no quote; a human who writes she is away that day is an rsvp False.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d154-001",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hester Kooiman <h.kooiman@werkorganisatie-lekdijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Die donderdag staat al geblokt sinds het vorige atelier, dus reken maar op mij.

            Hester
            """
        ),
    },
    {
        "id": "d154-002",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Brandsma <w.brandsma@eemvallei-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag Stan en Melanie,

            Zet mij maar op de lijst, twee man sterk: onze concerncontroller Lotte gaat mee, zij zit er met haar neus
            bovenop als het om de vier raden gaat.

            Met vriendelijke groet,
            Wouter Brandsma
            Algemeen directeur Werkorganisatie Eemvallei
            """
        ),
    },
    {
        "id": "d154-003",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mr. drs. C.J. (Corine) Haverkamp <cj.haverkamp@gr-maasheuvel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Beste secretariaat,

            Op 11 maart vergadert de rekenkamercommissie van Maasheuvel, en daar ben ik als ambtelijk secretaris niet
            weg te denken. Een volgende editie hoop ik er weer bij te zijn.

            Hartelijke groet,
            Corine Haverkamp
            """
        ),
    },
    {
        "id": "d154-004",
        "kind": "other",
        "sender": "Ruud Scheltema <r.scheltema@hunzedal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Eerlijk gezegd weet ik het nog niet. Half maart begint bij ons de voorjaarsnota-cyclus en mijn agenda
            wordt pas eind februari vastgesteld. Ik laat het vóór 2 maart weten, dat beloof ik.

            Ruud Scheltema
            """
        ),
    },
    {
        "id": "d154-005",
        "kind": "other",
        "sender": "Anneloes Terpstra <a.terpstra@wadkust-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hoi Melanie,

            Ik zou graag komen, maar om 16.00 uur moet ik echt weg voor een bestuurlijk overleg in Leeuwarden. Is
            het storend als ik halverwege opstap bij zo'n interactieve sessie? Zo ja, dan laat ik mijn plek liever
            aan een ander.

            Groet, Anneloes
            """
        ),
    },
    {
        "id": "d154-006",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gert-Jan Wolthuis <gj.wolthuis@berkelhoek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ja, met dien verstande dat ik pas rond half vier aanschuif; tot drie uur zit ik in het MT. Ik glip wel
            achterin naar binnen.

            Gert-Jan Wolthuis
            gemeentesecretaris / algemeen directeur
            """
        ),
    },
    {
        "id": "d154-007",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sanne Oudejans <s.oudejans@dintelmond.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            kom!! moet wel om kwart over 4 weg ivm commissie ruimte, dus de laatste ronde mis ik

            Verzonden vanaf mijn Samsung-telefoon
            """
        ),
    },
    {
        "id": "d154-008",
        "kind": "rsvp",
        "attending": False,
        "sender": "Joost van Eerde <j.vaneerde@werkorganisatie-lekdijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar,

            Zelf ben ik die middag in Den Haag. In mijn plaats komt onze directeur bedrijfsvoering, Anouk Pieterse
            (a.pieterse@werkorganisatie-lekdijk.nl); zij heeft de samenwerking met de vier colleges in portefeuille.

            Met vriendelijke groet,
            J.W. van Eerde
            """
        ),
    },
    {
        "id": "d154-009",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marloes Veenstra <m.veenstra@rijnweide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Het lukt mij zelf niet, ik stuur mijn adjunct Rutger Bosma. Zijn mailadres stuurt mijn secretaresse je
            nog even door, hij zit vandaag op de hei.

            Marloes
            """
        ),
    },
    {
        "id": "d154-010",
        "kind": "other",
        "sender": "Peter Linthorst <p.linthorst@veldhove.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Onze nieuwe gemeentesecretaris van Veldhove-Zuid is nog geen lid van het netwerk. Mag zij als mijn gast
            mee? Dan zou het een mooie kennismaking zijn en komen we met zijn tweeën. Hoor graag of dat de bedoeling is.

            Vriendelijke groet,
            Peter Linthorst
            """
        ),
    },
    {
        "id": "d154-011",
        "kind": "other",
        "sender": "Ilse Hoogendoorn <ilse.hoogendoorn@schelderade.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Gast: nee
            Dieet: vegetarisch, geen vis

            Ilse
            """
        ),
    },
    {
        "id": "d154-012",
        "kind": "other",
        "sender": "Frank Meulenbelt <f.meulenbelt@wo-achterhoeklanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste organisatie,

            Is er bij het Stadskantoor aan de Vredenburg parkeergelegenheid voor bezoekers, of kan ik vanuit
            Doetinchem beter de trein nemen? Vorige keer stond ik drie kwartier in een garage te zoeken.

            Groet,
            Frank Meulenbelt
            """
        ),
    },
    {
        "id": "d154-013",
        "kind": "other",
        "sender": "Hanneke Rozendaal <h.rozendaal@eemvallei-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja hoor, dinsdag om negen uur ben ik er bij de stuurgroep, ik neem de notitie over de ICT-migratie mee.

            Hanneke

            PS Oeps, verkeerde mail beantwoord zie ik nu. Het bovenstaande was voor Bart.
            """
        ),
    },
    {
        "id": "d154-014",
        "kind": "other",
        "sender": "Thijs Kloosterboer <t.kloosterboer@venhorst-aa.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Is dit dezelfde bijeenkomst als die van de Vereniging van Gemeentesecretarissen op 11 maart in Utrecht?
            Daar heb ik mij in januari al voor ingeschreven, en ik wil niet dubbel op een lijst staan.

            Thijs
            """
        ),
    },
    {
        "id": "d154-015",
        "kind": "other",
        "sender": "Drs. E.M. Vlietstra <em.vlietstra@duinmeer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Geacht secretariaat,

            Alvorens ik toezeg: wie verzorgen de inleidingen, en is er een programma met tijden beschikbaar? Een
            middag van drieënhalf uur moet ik bij mijn bestuur kunnen verantwoorden.

            Hoogachtend,
            E.M. Vlietstra
            directeur Werkorganisatie Duinmeer
            """
        ),
    },
    {
        "id": "d154-016",
        "kind": "other",
        "sender": "Karim El Idrissi <k.elidrissi@maasheuvel-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom. Wordt er vooraf een casus of leesstuk rondgestuurd? Dan blok ik daar de dinsdag ervoor een uurtje
            voor.

            Karim
            """
        ),
    },
    {
        "id": "d154-017",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Bregje Aalders <b.aalders@kempenrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik ben erbij! En nu ik jullie toch spreek: voor een volgend atelier zou ik het graag hebben over de
            wachttijden aan het omgevingsloket. Inwoners wachten bij ons inmiddels tien weken op een reactie en ik
            ben benieuwd hoe anderen de balie weer vlot krijgen.

            Bregje Aalders
            """
        ),
    },
    {
        "id": "d154-018",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Onno Dijkhuis <o.dijkhuis@gr-hunzedal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Deze keer kan ik er niet bij, jammer. Wel een idee voor het najaar: welke rol pakt de werkorganisatie als
            een van de deelnemende gemeenten openlijk over herindeling begint na te denken? Daar zou ik graag met
            collega's de koers van verkennen.

            Groet,
            Onno
            """
        ),
    },
    {
        "id": "d154-019",
        "kind": "unsubscribe",
        "sender": "Henk Zuidema <h.zuidema@wadkust-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, en dat blijft zo: per 1 april ga ik met vervroegd pensioen. Haal mij dus ook maar uit het netwerk.
            Het was mooi zolang het duurde.

            Henk Zuidema
            """
        ),
    },
    {
        "id": "d154-020",
        "kind": "other",
        "sender": "Margriet Smeenk <m.smeenk@dintelmond.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag allebei,

            Op 11 maart kom ik graag nog één keer, een mooi afscheid. Per 1 mei stop ik; tot die tijd blijf ik lid,
            en zodra mijn opvolger bekend is meld ik die bij jullie aan.

            Hartelijke groet,
            Margriet
            """
        ),
    },
    {
        "id": "d154-021",
        "kind": "unsubscribe",
        "sender": "Arjen Postma <a.postma@rijnweide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Naar het atelier kom ik niet meer: ik vertrek eind februari naar de provincie. Mijn stoel in het netwerk
            gaat naar mijn opvolger, Fenna Wolters, bereikbaar op f.wolters@rijnweide.nl. Zij begint 1 maart.

            Met vriendelijke groet,
            Arjen Postma
            """
        ),
    },
    {
        "id": "d154-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Liesbeth Groeneveld <l.groeneveld@berkelhoek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Graag afmelden voor 11 maart, dan zit ik met het VNG-gezelschap in Brussel. De mails over volgende
            ateliers blijf ik graag ontvangen.

            Liesbeth Groeneveld
            """
        ),
    },
    {
        "id": "d154-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Maarten Stegeman <maarten.stegeman@hunzedal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in for the 11th. I'm coming down from Groningen by train, so I may walk in just as the coffee
            runs out.

            Best,
            Maarten
            """
        ),
    },
    {
        "id": "d154-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nadia Verbeek <n.verbeek@schelderade.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Regrettably I won't be able to make it: I'm on a working visit to our Flemish partner municipalities
            that entire week.

            Kind regards,
            Nadia Verbeek
            Director of Operations
            """
        ),
    },
    {
        "id": "d154-025",
        "kind": "other",
        "sender": "Derk Jan Mulder <dj.mulder@venhorst-aa.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hello both,

            Will the session be held in Dutch only? My deputy, Siobhan, has been with us for a year and follows
            Dutch reasonably well, but I'd like to know before I send her in my place.

            Thanks,
            Derk Jan
            """
        ),
    },
    {
        "id": "d154-026",
        "kind": "unsubscribe",
        "sender": "Rachel Ooms <r.ooms@kempenrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            I'm afraid I won't be coming, and please take me off your mailing list altogether: I left local
            government at the end of January and now work for a housing association.

            Rachel
            """
        ),
    },
    {
        "id": "d154-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bas Hofstede <b.hofstede@duinmeer.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Geaccepteerd: {INV}",
        "body": "",
    },
    {
        "id": "d154-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yvonne Kappers <y.kappers@veldhove.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Afgewezen: {INV}",
        "body": _(
            """
            Valt samen met de raadsvergadering over de kadernota, sorry.
            """
        ),
    },
    {
        "id": "d154-029",
        "kind": "other",
        "sender": "Laurens Wiersma <l.wiersma@wadkust-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Voorlopig: {INV}",
        "body": "",
    },
    {
        "id": "d154-030",
        "kind": "other",
        "sender": "Mirjam de Haan <mirjam.dehaan@eemvallei-samen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Nieuwe tijd voorgesteld: {INV}",
        "body": _(
            """
            Zou het om 15.00 uur kunnen beginnen? Dan haal ik het vanuit Amersfoort.
            """
        ),
    },
    {
        "id": "d154-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tom Achterberg <t.achterberg@gr-maasheuvel.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Accepted: {INV}",
        "body": _(
            """
            See you there on the day.
            """
        ),
    },
    {
        "id": "d154-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Esther Bakx <e.bakx@dintelmond.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Declined: {INV}",
        "body": _(
            """
            Out of the country that week.
            """
        ),
    },
    {
        "id": "d154-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Secretariaat directie Schelderade <secretariaat.directie@schelderade.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw Baysal: zij is op 11 maart aanwezig, met één gast. Ik heb het in haar agenda gezet.

            Met vriendelijke groet,
            Nicole van Dam
            managementassistent
            """
        ),
    },
    {
        "id": "d154-034",
        "kind": "other",
        "sender": "Petra Lammers <p.lammers@berkelhoek.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": f"FW: {INV}",
        "body": _(
            """
            Ter info: de heer Kramer gaat hier graag naartoe, wilt u hem noteren? Hij neemt niemand mee.

            Petra Lammers
            bestuurssecretariaat
            """
        ),
    },
    {
        "id": "d154-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Vincent Roelofs <v.roelofs@werkorganisatie-lekdijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik stond op het punt om nee te zeggen vanwege de raad, maar de griffie heeft de vergadering net een week
            opgeschoven. Dus: ja, ik kom!

            Vincent
            """
        ),
    },
    {
        "id": "d154-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annemiek Struik <a.struik@venhorst-aa.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja ik kom.

            Correctie, net in de gezinsagenda gekeken: dat is de voorjaarsvakantie van de kinderen en we zitten dan in
            Oostenrijk. Dus toch niet, helaas.

            Annemiek
            """
        ),
    },
    {
        "id": "d154-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sjoerd Hiemstra <s.hiemstra@wadkust-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Afreizen naar Utrecht zit er vanaf de eilanden die dag niet in, maar ik schakel online in via de
            Teams-link. Camera aan, beloofd.

            Sjoerd
            """
        ),
    },
    {
        "id": "d154-038",
        "kind": "other",
        "sender": "Carla Brouwer <c.brouwer@kempenrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Is het ook de bedoeling dat je het hele programma online kunt volgen, of is de Teams-link alleen voor het
            plenaire deel? In het laatste geval rijd ik liever naar Utrecht.

            Carla
            """
        ),
    },
    {
        "id": "d154-039",
        "kind": "other",
        "sender": "Jeroen Nijboer <j.nijboer@gr-hunzedal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik kom alleen als mijn collega Sander Westra mee mag. Hij is geen directeur maar trekt bij ons het
            programma eigenheid van de kernen, dus hij heeft er meer aan dan ik. Laten jullie me weten of dat kan?

            Jeroen Nijboer
            """
        ),
    },
    {
        "id": "d154-040",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ellen Maasland <e.maasland@rijnweide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Couleur locale van vier besturen in één werkorganisatie? Dat is zo ongeveer mijn dagelijkse hoofdpijn,
            met vier colleges die elk hun eigen wensen hebben. Daar moet ik dus bij zijn.

            Ellen
            """
        ),
    },
    {
        "id": "d154-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hans Kuipers <h.kuipers@duinmeer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Donderdagmiddag is bij ons heilig, dan vergadert het algemeen bestuur van de GR. Ik moet deze keer dus
            passen.

            H. Kuipers
            """
        ),
    },
    {
        "id": "d154-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Femke Doornbos <f.doornbos@veldhove.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo Melanie,

            Ik ben er. Even ter info: ik eet glutenvrij, maar ik neem zelf wel iets mee als dat lastig is.

            Groetjes, Femke
            """
        ),
    },
    {
        "id": "d154-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wilma Tjoa <w.tjoa@eemvallei-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Vervelend, maar de griep heeft bij ons thuis toegeslagen en ik lig er zelf ook bij. Geef mijn plek gerust
            aan iemand van de wachtlijst.

            Wilma
            """
        ),
    },
    {
        "id": "d154-044",
        "kind": "rsvp",
        "attending": True,
        "sender": "Michiel Bouwmeester <m.bouwmeester@werkorganisatie-lekdijk.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik ben er, maar de koffie vooraf mis ik: mijn vorige afspraak in Zwolle loopt uit, dus ik kom rond half
            drie binnen.

            Michiel
            """
        ),
    },
    {
        "id": "d154-045",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerda Pronk <g.pronk@berkelhoek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Mijn gast, onze HR-adviseur, kan helaas niet meer mee. Ik kom dus in mijn eentje.

            Gerda Pronk
            """
        ),
    },
    {
        "id": "d154-046",
        "kind": "other",
        "sender": "Robbert Wessels <r.wessels@schelderade.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Die gast klopt niet, ik heb niemand opgegeven. Volgens mij is er iets misgegaan in jullie lijst.

            Robbert
            """
        ),
    },
    {
        "id": "d154-047",
        "kind": "other",
        "sender": "Saskia Eijkelenboom <s.eijkelenboom@kempenrand.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Beste Stan,

            Ik heb een notenallergie. Kunnen jullie daar bij de koffie en de hapjes rekening mee houden?

            Saskia
            """
        ),
    },
    {
        "id": "d154-048",
        "kind": "rsvp",
        "attending": False,
        "sender": "Koen Dekkers <k.dekkers@dintelmond.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik moet helaas verstek laten gaan, er is een integriteitskwestie die voorgaat. Mijn collega Joost
            Hendriks (j.hendriks@dintelmond.nl) neemt mijn plek graag over, als dat kan.

            Koen Dekkers
            """
        ),
    },
    {
        "id": "d154-049",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Marco Vink <m.vink@gr-maasheuvel.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik kom niet en wil ook niet langer in dit netwerk. Verwijder a.u.b. al mijn gegevens uit jullie bestanden,
            ik beroep mij daarvoor op de AVG.

            M. Vink
            """
        ),
    },
    {
        "id": "d154-050",
        "kind": "other",
        "sender": "Laura Timmer <l.timmer@hunzedal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Is er na afloop nog een borrel, of is het om half zes echt klaar? Dan weet ik hoe laat de oppas moet
            blijven.

            Laura
            """
        ),
    },
    {
        "id": "d154-051",
        "kind": "other",
        "sender": "Pim van Rossum <p.vanrossum@venhorst-aa.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Klopt dit wel? Ik dacht dat ik me had opgegeven voor het atelier in Zwolle in juni, niet voor deze in
            maart. Kunnen jullie even kijken waar ik sta?

            Pim
            """
        ),
    },
    {
        "id": "d154-052",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ingeborg Lansink <i.lansink@veldhove.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik ben van 8 tot en met 12 maart met verlof en heb dat bij de aanmelding over het hoofd gezien. Dit gaat
            dus helaas niet lukken, sorry voor het geschuif.

            Ingeborg
            """
        ),
    },
    {
        "id": "d154-053",
        "kind": "autoreply",
        "sender": "Theo Hazelaar <t.hazelaar@rijnweide.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": f"Automatisch antwoord: {REM}",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Ik ben afwezig tot en met maandag 15 maart en lees mijn mail niet. Voor dringende zaken kunt u contact
            opnemen met het secretariaat via 0570 - 69 42 00.

            Theo Hazelaar
            """
        ),
    },
    {
        "id": "d154-054",
        "kind": "other",
        "sender": "Diederik Sleutel <d.sleutel@wadkust-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Het wordt spannend: er hangt een crisisoverleg over de jeugdzorgaanbesteding in de lucht. Ik houd jullie
            op de hoogte, maar reken er nog niet vast op.

            D. Sleutel
            """
        ),
    },
    {
        "id": "d154-055",
        "kind": "other",
        "sender": "Annet Wildeboer <a.wildeboer@duinmeer.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nog steeds van plan te komen, alleen met de auto dit keer. Waar kan ik in de buurt van de Vredenburg het
            beste parkeren, en krijgen we een uitrijkaart?

            Annet
            """
        ),
    },
    {
        "id": "d154-056",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lieke Vermeulen <l.vermeulen@eemvallei-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Prima, dan ga ik in de plaats van Dirk. Die gast laat ik thuis; het wordt gewoon ik.

            Lieke Vermeulen
            """
        ),
    },
    {
        "id": "d154-057",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ronald Gerritsen <r.gerritsen@kempenrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes",
        "body": _(
            """
            Leuk bedacht van Dirk, maar ik zit die middag zelf ook vast aan een aanbesteding. Ik heb hem gevraagd
            iemand anders te zoeken.

            Ronald
            """
        ),
    },
    {
        "id": "d154-058",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yasmina Bouzid <y.bouzid@gr-hunzedal.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "body": _(
            """
            Laat die wachtlijstplek maar zitten, ik heb de middag inmiddels anders ingevuld. Dan is er een ander blij.

            Yasmina
            """
        ),
    },
    {
        "id": "d154-059",
        "kind": "rsvp",
        "attending": False,
        "sender": "Erwin Stokman <e.stokman@berkelhoek.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer: 11 maart had ik vrijgehouden, maar de 18e zit ik de hele dag in een arbitragezaak. Op de nieuwe
            datum red ik het niet.

            Erwin Stokman
            """
        ),
    },
]
# fmt: on
