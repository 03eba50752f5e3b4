"""devset167: mail forwarded, copied and passed on.

Directors forward our mails to a colleague with a line of their own and put us in copy (or send the forward to us by
mistake); colleagues who got such a forward write to us to join, to come in someone's place or to ask something;
assistants forward their director's answer with the internal exchange still underneath; long nested threads carry the
words of several people, of which only the newest are the writer's; mails go to info@ and the consultants at once; and
some writers answer between or below the quoted lines. The words of colleagues in the nested part are part of the
body here (a forward shows them), but the label follows only what the sender now writes.

Conventions this set relies on (from the brief):
- The label is what the sender asks now; topics, refusals or sign-ups in the quoted words of others do not count.
- A forward (FW:, doorgestuurd) is a new mail: no thread. An assistant's new or forwarded mail about the director's
  attendance is `other`; an assistant answering in reply to our invitation (also a delegate's calendar accept) is
  an `rsvp`.
- A decline that names a substitute with an address is `rsvp` False; a substitute who announces himself without
  the member's own word, or asks how to register, is `other`.
- One named colleague with an address is `subscribe`; several people at once is `other`; a colleague who got our
  mail forwarded and asks to join with his own address is `subscribe`.
- A hand-over with the successor's address is `unsubscribe`; a hand-over at a later date with "tot die tijd blijf ik
  lid" is `other`; a colleague reporting that someone left is `other`.
- Under the confirmation mails a friendly line or a signature is `confirm`, a confirmation with a real question or
  one made for someone else is `other`; a denial that only withdraws is `unsubscribe`, one asking where we got the
  address is `other`.
- Backing another member's topic without one's own is `other`; a proposal about the form is `other`.
- An AVG erasure is `unsubscribe` with erase, also with a question beside it; asking to see one's data is `other`.
- Out-of-office and auto-forward notices are `autoreply`, delivery failures `bounce`; neither carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
HERINNERING = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
VERVOLG = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
BEVESTIG = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
AFMELDING = "Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
WELKOM = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
WIJZIGING = "Gewijzigd: Leer- en inspireer-atelier 18 maart 2027 [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- directors forwarding our mail to a colleague, with us in copy or by mistake ---
    {
        "id": "d167-001",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ellen Dijkgraaf <e.dijkgraaf@maasveld.nl>",
        "headers": {"Cc": "Ruud Kamphorst <r.kamphorst@maasveld.nl>"},
        "subject": "FW: " + INV,
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Ruud,

            Op 11 maart zit ik de hele dag in Den Haag voor het IPO-overleg, dus ik wil jou vragen om namens
            Maasveld naar dit atelier te gaan. Het onderwerp ligt je wel, denk ik, na alle discussie over de
            gemeentelijke eigenheid in de stuurgroep.

            Secretariaat (in de cc van deze mail staat Ruud): ik kom zelf dus niet, Ruud Kamphorst
            (r.kamphorst@maasveld.nl) gaat in mijn plaats.

            Groet,
            Ellen Dijkgraaf
            algemeen directeur Werkorganisatie Maasveld
            """
        ),
    },
    {
        "id": "d167-002",
        "kind": "other",
        "sender": "Jorien Stelwagen <j.stelwagen@dommeldal-samen.nl>",
        "subject": "FW: " + INV,
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Bert,

            Dit lijkt me echt iets voor jou, jij loopt al sinds de raadsbrede avond in Sint-Oedenrode rond met die
            couleur locale. Meld je gerust zelf aan, ik weet nog niet of ik die donderdag vrij kan maken.

            J.

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d167-003",
        "kind": "other",
        "sender": "Maurits Abbing <m.abbing@wo-eemvliet.nl>",
        "headers": {"Cc": "g.oldenkamp@vechtstreekwerkt.nl, a.ruiter@heuvelrijk-samen.nl"},
        "subject": "FW: " + INV,
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Gerda, Arjen,

            Zoals beloofd bij de lunch: hieronder de uitnodiging van het directeurennetwerk waar ik het over had.
            Zijn jullie al lid? Zo niet, het secretariaat staat in de cc en kan jullie vast aanmelden, het kost
            niets en de ateliers zijn de moeite waard.

            Hartelijke groet,
            Maurits Abbing
            Directeur Werkorganisatie Eemvliet
            """
        ),
    },
    {
        "id": "d167-004",
        "kind": "unsubscribe",
        "sender": "Hester Brinkhuis <h.brinkhuis@kroonduinen.nl>",
        "headers": {"Cc": "Okke Zwart <o.zwart@kroonduinen.nl>"},
        "subject": "FW: " + INV,
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Okke,

            Dit is mijn laatste week in Kroonduinen, dus dit netwerk erf je ook van mij. Ik heb er veel aan
            gehad, vooral aan de ateliers. Of je op 11 maart gaat, bepaal je natuurlijk zelf.

            Aan het secretariaat, dat ik in cc heb gezet: wilt u mij nu al van de ledenlijst halen? Okke Zwart
            (o.zwart@kroonduinen.nl) neemt mijn functie als algemeen directeur over.

            Dank voor alles,
            Hester
            """
        ),
    },
    {
        "id": "d167-005",
        "kind": "other",
        "sender": "Pauline Grotenhuis <p.grotenhuis@noorderhout.nl>",
        "headers": {"Cc": "t.hoogendam@noorderhout.nl"},
        "subject": "FW: " + OPROEP,
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Thijs, hierbij de themaoproep van het netwerk waar ik je over vertelde.

            Stan en Melanie, ter info: per 1 september neemt Thijs Hoogendam mijn plek over
            (t.hoogendam@noorderhout.nl). Tot die tijd blijf ik gewoon lid en draag ik ook nog een onderwerp aan,
            dat volgt apart zodra ik het met het MT heb afgestemd.

            Pauline
            """
        ),
    },
    {
        "id": "d167-006",
        "kind": "unsubscribe",
        "sender": "Wim van Rossum <w.vanrossum@lindeweerd.nl>",
        "headers": {"Cc": "Carolien van Essen <c.vanessen@lindeweerd.nl>"},
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging.

            U vraagt naar een opvolger: dat wordt Carolien van Essen, die ik in de cc heb gezet. Haar adres is
            c.vanessen@lindeweerd.nl. Carolien, hieronder zie je wat er allemaal bij komt kijken, het valt mee.

            Met vriendelijke groet,
            Wim van Rossum
            """
        ),
    },
    # --- colleagues who received a forward and now write to us ---
    {
        "id": "d167-007",
        "kind": "subscribe",
        "sender": "Sanne Hoekwater <s.hoekwater@dommeldal-samen.nl>",
        "subject": "FW: FW: " + INV,
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Onze algemeen directeur stuurde mij onderstaande uitnodiging door. Ik ben sinds januari directeur
            bedrijfsvoering bij Samenwerkingsorganisatie Dommeldal en zou graag zelf ook lid worden van het
            netwerk. Kunt u mij op de ledenlijst zetten?

            Met vriendelijke groet,
            Sanne Hoekwater
            Directeur Bedrijfsvoering

            Van: Frank Oosterbaan <f.oosterbaan@dommeldal-samen.nl>
            Verzonden: woensdag 17 februari 2027 16:42
            Aan: Sanne Hoekwater <s.hoekwater@dommeldal-samen.nl>
            Onderwerp: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

            Sanne, word eens lid hiervan. Kost niks en je leert de collega's uit de regio kennen. F.
            """
        ),
    },
    {
        "id": "d167-008",
        "kind": "other",
        "sender": "Karin Lammerts <k.lammerts@werkorganisatie-achterhoeve.nl>",
        "subject": "RE: FW: " + INV,
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen van het netwerk,

            Mijn directeur stuurde me dit door met de vraag of het iets voor mij is. Ik ben plaatsvervangend
            gemeentesecretaris en dus formeel geen directeur. Is het lidmaatschap ook voor mensen in mijn rol
            bedoeld, of alleen voor de directie zelf? Dan weet ik of ik me moet aanmelden.

            Vriendelijke groet,
            Karin Lammerts

            Van: Gijs Wamelink
            Verzonden: maandag 15 februari 2027 08:03
            Aan: Karin Lammerts
            Onderwerp: FW: Uitnodiging Leer- en inspireer-atelier

            Iets voor jou?
            """
        ),
    },
    {
        "id": "d167-009",
        "kind": "other",
        "sender": "Mehmet Kaya <m.kaya@tweebeken.nl>",
        "subject": "FW: " + INV,
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Harm de Boer vroeg me vanochtend of ik in zijn plaats naar het atelier van 11 maart wil, hij stuurde
            me de uitnodiging door. Dat wil ik graag. Moet ik me nog ergens registreren, of regelt u dat met Harm?
            Ik ben zelf (nog) geen lid van het netwerk.

            Met groet,
            Mehmet Kaya
            concerndirecteur Werkorganisatie Twee Beken

            Van: Harm de Boer
            Verzonden: dinsdag 23 februari 2027 07:55
            Aan: Mehmet Kaya
            Onderwerp: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

            Mehmet, ik red het niet. Ga jij?
            """
        ),
    },
    {
        "id": "d167-010",
        "kind": "subscribe",
        "sender": "Fiona Mertens-Hale <f.mertens@brakelstroom.nl>",
        "subject": "RE: FW: " + INV,
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            My colleague Pieter forwarded your invitation below. I started as interim director of the
            Brakelstroom shared services organisation last month (apologies for writing in English, my Dutch is
            still a work in progress). I would very much like to join the network myself. Could you add me,
            f.mertens@brakelstroom.nl?

            Kind regards,
            Fiona Mertens-Hale

            From: Pieter Lodder <p.lodder@brakelstroom.nl>
            Sent: Friday, February 19, 2027 10:12
            To: Fiona Mertens-Hale <f.mertens@brakelstroom.nl>
            Subject: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

            Fiona, dit is het netwerk waar ik het dinsdag over had. Goed om bij aan te sluiten!
            """
        ),
    },
    {
        "id": "d167-011",
        "kind": "subscribe",
        "sender": "Reinier Jansma <r.jansma@lindeweerd.nl>",
        "subject": "RE: FW: " + AFMELDING,
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Goedemorgen,

            Ton Verbeek heeft me jullie bevestiging van zijn afmelding doorgestuurd, met de tip om me aan te melden.
            Ik heb zijn functie per 1 maart overgenomen en word dus graag lid in zijn plaats.

            Met vriendelijke groet,
            Reinier Jansma
            gemeentesecretaris-directeur Lindeweerd

            ---------- Forwarded message ---------
            Van: Ton Verbeek <t.verbeek@lindeweerd.nl>
            Date: vr 26 feb 2027 om 14:20
            Subject: FW: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties
            To: Reinier Jansma <r.jansma@lindeweerd.nl>

            Reinier, onderaan staat hoe je je aanmeldt. Doen!
            """
        ),
    },
    {
        "id": "d167-012",
        "kind": "other",
        "sender": "Hans Pieters (beheer: Anouk Smeets) <h.pieters@veenoord-hoogeland.nl>",
        "subject": "FW: " + INV,
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Deze uitnodiging kwam binnen in de mailbox van Hans Pieters, die ik sinds zijn pensionering in
            december beheer. Hans komt dus niet meer. Wie hem als directeur opvolgt wordt pas in april bekend; ik
            laat het u weten zodra het zover is.

            Met vriendelijke groet,
            Anouk Smeets
            directiesecretariaat GR Veenoord-Hoogeland
            """
        ),
    },
    # --- assistants forwarding the director's answer ---
    {
        "id": "d167-013",
        "kind": "other",
        "sender": "Ineke Valk <i.valk@zuidpolderwesterrijk.nl>",
        "subject": "FW: RE: FW: " + INV,
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Hieronder het antwoord van mevrouw Terpstra op uw uitnodiging. Ik heb het atelier in haar agenda
            gezet.

            Met vriendelijke groet,
            Ineke Valk
            managementassistent directie

            Van: Jolanda Terpstra <j.terpstra@zuidpolderwesterrijk.nl>
            Verzonden: maandag 22 februari 2027 19:31
            Aan: Ineke Valk <i.valk@zuidpolderwesterrijk.nl>
            Onderwerp: RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

            Ja, zeg maar toe. Wil je ook een treinkaartje regelen? Dan kan ik onderweg lezen.

            Van: Ineke Valk
            Verzonden: maandag 22 februari 2027 10:05
            Aan: Jolanda Terpstra
            Onderwerp: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

            Jolanda, wil jij hierheen? Je agenda is die middag nog vrij.
            """
        ),
    },
    {
        "id": "d167-014",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bestuurssecretariaat Haverland <bestuurssecretariaat@haverland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geacht secretariaat,

            Namens de heer Van Lingen laat ik u weten dat hij het atelier op 11 maart bijwoont. Hij komt alleen.

            Met vriendelijke groet,
            namens T.F. van Lingen,
            Marja Oudshoorn
            Bestuurssecretariaat Werkorganisatie Haverland
            """
        ),
    },
    {
        "id": "d167-015",
        "kind": "other",
        "sender": "Patricia Noordam <p.noordam@maasveld.nl>",
        "subject": "FW: " + INV,
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Geacht secretariaat,

            Ter kennisgeving: de heer Schuttevaer moet helaas verstek laten gaan. Hij heeft die middag een
            crisisoverleg bij de veiligheidsregio dat niet te verzetten is.

            Vriendelijke groet,
            Patricia Noordam | Bestuurssecretariaat
            """
        ),
    },
    {
        "id": "d167-016",
        "kind": "subscribe",
        "sender": "Linda Brouwers <l.brouwers@tweebeken.nl>",
        "subject": "FW: " + WELKOM,
        "quoted": "welkom",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Aydin kreeg onderstaande welkomstmail en vroeg mij of onze nieuwe directeur Dienstverlening
            ook lid kan worden. Dat is de heer Bas Rijnders, b.rijnders@tweebeken.nl. Wilt u hem aanmelden?

            Hartelijke groet,
            Linda Brouwers
            secretariaat directie Twee Beken
            """
        ),
    },
    {
        "id": "d167-017",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Secretariaat directie Vechtstreek <secretariaat.directie@vechtstreekwerkt.nl>",
        "subject": "FW: " + OPROEP,
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "body": _(
            """
            Beste Stan en Melanie,

            De heer Kolkman vroeg mij zijn onderwerp voor het atelier door te geven, hij zit deze week op
            werkbezoek:

            "Eén klantcontactcentrum voor drie gemeenten: hoe meet je of inwoners er echt beter van worden, en
            niet alleen of de telefoon sneller wordt opgenomen?"

            Met vriendelijke groet,
            Roos Haverkamp
            """
        ),
    },
    {
        "id": "d167-018",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ineke Valk <i.valk@zuidpolderwesterrijk.nl>",
        "thread": "invitation",
        "subject": "Geaccepteerd: " + INV,
        "quote": "none",
        "body": _(
            """
            Ineke Valk heeft deze vergadering geaccepteerd namens Jolanda Terpstra.
            """
        ),
    },
    {
        "id": "d167-019",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gonnie Smelt <g.smelt@heuvelrijk-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste heer Van de Laar,

            Mevrouw Koster is op 11 maart helaas verhinderd. In haar plaats komt de heer Ravi Baldew, directeur
            Ruimte, r.baldew@heuvelrijk-samen.nl.

            Met vriendelijke groeten,
            G. Smelt, secretaresse directie
            Werkorganisatie Heuvelrijk Samen
            """
        ),
    },
    # --- the director passes on a colleague's answer or word ---
    {
        "id": "d167-020",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annemiek Dros <a.dros@wo-eemvliet.nl>",
        "subject": "FW: RE: FW: " + INV,
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Melanie,

            Zie hieronder: ik kan zelf niet, Pim gaat in mijn plaats. Zijn adres is p.vanderwoude@wo-eemvliet.nl.

            Groet, Annemiek

            Van: Pim van der Woude
            Verzonden: donderdag 25 februari 2027 11:17
            Aan: Annemiek Dros
            Onderwerp: RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

            Leuk, doe ik graag! Ik had toch al iets in Utrecht die ochtend.

            Van: Annemiek Dros
            Verzonden: donderdag 25 februari 2027 09:40
            Aan: Pim van der Woude
            Onderwerp: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

            Pim, ik zit die dag bij de accountant. Wil jij gaan?
            """
        ),
    },
    {
        "id": "d167-021",
        "kind": "other",
        "sender": "Joost Hazelhoff <j.hazelhoff@werkorganisatie-achterhoeve.nl>",
        "subject": "FW: " + OPROEP,
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Stan,

            Eens met Jeroen hieronder, dat moet echt een keer op de agenda. Ik heb er zelf niets aan toe te
            voegen, maar tel mijn stem maar mee.

            Joost

            Van: Jeroen Bakkenes <j.bakkenes@maasveld.nl>
            Verzonden: vrijdag 15 januari 2027 13:02
            Aan: Joost Hazelhoff; Ellen Dijkgraaf
            Onderwerp: FW: Welke thema's wilt u bespreken?

            Collega's, ik ga voorstellen om het atelier te wijden aan sturing in de P&C-cyclus: vier begrotingen,
            één organisatie, en elke raad wil zijn eigen kaderbrief. Steunen jullie dat?
            """
        ),
    },
    {
        "id": "d167-022",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ellen Dijkgraaf <e.dijkgraaf@maasveld.nl>",
        "headers": {"Cc": "j.bakkenes@maasveld.nl"},
        "subject": "RE: FW: " + OPROEP,
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Jeroen (cc) vroeg steun voor zijn P&C-voorstel hieronder; dat heeft hij van mij. Zelf wil ik daarnaast
            graag een ander vraagstuk inbrengen: hoe houd je goede mensen vast als de buurgemeente een schaal hoger
            betaalt en wij als werkorganisatie aan de cao-afspraken van vier gemeenten vastzitten?

            Met vriendelijke groet,
            Ellen Dijkgraaf

            Van: Jeroen Bakkenes
            Verzonden: vrijdag 15 januari 2027 13:02
            Aan: Joost Hazelhoff; Ellen Dijkgraaf
            Onderwerp: FW: Welke thema's wilt u bespreken?

            Collega's, ik ga voorstellen om het atelier te wijden aan sturing in de P&C-cyclus. Steunen jullie dat?
            """
        ),
    },
    {
        "id": "d167-023",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Mirjam Oostdijk <m.oostdijk@haverland.nl>",
        "headers": {"Cc": "k.duursma@haverland.nl, r.veltman@haverland.nl"},
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Na wat heen-en-weer binnen ons MT (zie hieronder, excuses voor de lange staart) komen we op één
            onderwerp: hoe ga je om met drie gemeenteraden die elk iets anders van dezelfde werkorganisatie willen,
            en soms ook tegen elkaar uitgespeeld worden?

            Hartelijke groet,
            Mirjam Oostdijk, algemeen directeur Haverland

            Van: Rik Veltman
            Verzonden: dinsdag 12 januari 2027 17:48
            Aan: Mirjam Oostdijk; Kees Duursma
            Onderwerp: RE: themaoproep netwerk

            Nee, formatie hebben we vorig jaar al gehad. Ik zou eerder iets met de raden doen, daar loopt het nu
            vast.

            Van: Kees Duursma
            Verzonden: dinsdag 12 januari 2027 16:20
            Aan: Mirjam Oostdijk; Rik Veltman
            Onderwerp: RE: themaoproep netwerk

            Mijn voorstel: de formatie en de inhuur van externen, dat kost ons een vermogen.
            """
        ),
    },
    {
        "id": "d167-024",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Theo Wassink <t.wassink@twentsewerkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Nog een aanvulling. Mijn plaatsvervanger vroeg me dit ook in te brengen, ik neem het graag over:

            ---------- Forwarded message ---------
            Van: Yvonne ter Beek <y.terbeek@twentsewerkorganisatie.nl>
            Date: ma 18 jan 2027 om 09:14
            Subject: nog een onderwerp
            To: Theo Wassink <t.wassink@twentsewerkorganisatie.nl>

            Theo, kun je ook de prestatiemonitoring richting de colleges noemen? Hoe laat je zien wat inwoners van
            de drie gemeenten merken van onze dienstverlening, met cijfers die elk college herkent?

            Y.
            """
        ),
    },
    {
        "id": "d167-025",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Daan Rutgers <d.rutgers@kroonduinen.nl>",
        "subject": "FW: interne notitie atelieronderwerp",
        "quote": "none",
        "body": _(
            """
            Goedemiddag Melanie,

            Zie hieronder het onderwerp dat wij vanuit Kroonduinen willen inbrengen voor het volgende atelier.
            Onze directeur I&A heeft het kort uitgeschreven.

            Groet, Daan Rutgers, algemeen directeur

            Van: Femke Altena
            Verzonden: donderdag 14 januari 2027 15:30
            Aan: Daan Rutgers
            Onderwerp: interne notitie atelieronderwerp

            Daan,

            Zoals besproken: "Van drie zaaksystemen naar één: wat doet de migratie met de werkprocessen en de
            informatiebeveiliging van de werkorganisatie, en hoe houd je de afdelingen aan boord?"

            Femke
            """
        ),
    },
    {
        "id": "d167-026",
        "kind": "other",
        "sender": "Arnoud Kersten <a.kersten@veenoord-hoogeland.nl>",
        "subject": "FW: inkoopnummer atelier 11 maart",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Onze afdeling Financiën (zie hieronder) wil voor het atelier een factuur of in elk geval een
            inkoopnummer hebben voordat ik mag gaan. Kunt u me laten weten hoe dat zit? Ik neem aan dat er geen
            kosten zijn, maar ik moet het zwart op wit hebben.

            Arnoud Kersten

            Van: Crediteurenadministratie
            Verzonden: woensdag 24 februari 2027 10:51
            Aan: Arnoud Kersten
            Onderwerp: inkoopnummer atelier 11 maart

            Beste Arnoud, voor externe bijeenkomsten hebben we vooraf een inkoopnummer nodig. Wil je de
            organisator vragen om een offerte of factuur?
            """
        ),
    },
    # --- nested threads with our own or a consultant's earlier words ---
    {
        "id": "d167-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Blankenstein <w.blankenstein@vechtstreekwerkt.nl>",
        "thread": "invitation",
        "subject": "RE: RE: " + INV,
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helder, dank je. Dan komen we met z'n tweeën: ikzelf en mijn beoogd opvolger Gerrit Mulder.

            Wouter

            Van: Melanie Huurneman <m.huurneman@seinstravandelaar.nl>
            Verzonden: vrijdag 19 februari 2027 09:12
            Aan: Wouter Blankenstein
            Onderwerp: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

            Beste Wouter,

            Dat mag zeker, een introducé is welkom. Laat je even weten of je hem meeneemt?

            Groet, Melanie

            Van: Wouter Blankenstein
            Verzonden: donderdag 18 februari 2027 22:40
            Aan: info@ambtelijkefusie.nl
            Onderwerp: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

            Mag ik mijn beoogd opvolger meenemen? Hij begint in mei.
            """
        ),
    },
    {
        "id": "d167-028",
        "kind": "other",
        "sender": "Gerard Molenkamp <g.molenkamp@brakelstroom.nl>",
        "headers": {"Cc": "s.vandelaar@seinstravandelaar.nl, m.huurneman@seinstravandelaar.nl"},
        "thread": "invitation",
        "subject": "RE: RE: " + INV,
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Stan, Melanie (ik zet jullie er allebei even rechtstreeks bij, ik weet niet wie info@ leest),

            Twee weken geleden schreef ik dat ik kom, maar ik heb nog niets teruggehoord en sta ook niet in de
            deelnemerslijst die mijn collega van Eemvliet doorstuurde. Ben ik aangemeld of niet?

            Groet,
            Gerard Molenkamp

            Van: Gerard Molenkamp
            Verzonden: maandag 8 februari 2027 08:30
            Aan: info@ambtelijkefusie.nl
            Onderwerp: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

            Ja, ik kom.
            """
        ),
    },
    {
        "id": "d167-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Astrid Veenhuizen <a.veenhuizen@lindeweerd.nl>",
        "headers": {"Cc": "Eline Bosman <e.bosman@lindeweerd.nl>"},
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik kom nog steeds, met 1 gast zoals u schrijft: dat is Eline Bosman, die ik in de cc heb gezet zodat
            zij de praktische details ook heeft. Tot donderdag!

            Astrid
            """
        ),
    },
    # --- the writer's words below or between the quoted text ---
    {
        "id": "d167-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Tiemens <w.tiemens@noorderhout.nl>",
        "thread": "invitation",
        "subject": "RE: " + INV,
        "quote": "none",
        "body": _(
            """
            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

            Ja, ik kom.

            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

            Ik neem onze concerncontroller mee, dus we zijn met z'n tweeën.

            > Graag uw antwoord vóór 2 maart 2027.

            Ruim op tijd dus :)

            Groet, Wouter Tiemens
            """
        ),
    },
    {
        "id": "d167-031",
        "kind": "other",
        "sender": "Bernadette Coenen <b.coenen@maasveld.nl>",
        "thread": "invitation",
        "subject": "RE: " + INV,
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            > Waar:    Stadskantoor, Vredenburg 3, Utrecht

            Is daar parkeergelegenheid in de buurt, of kan ik beter met de trein? Ik heb sinds mijn knieoperatie
            moeite met lange stukken lopen.

            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

            Dat hangt eerlijk gezegd af van uw antwoord hierboven.

            Met vriendelijke groet,
            Bernadette Coenen
            """
        ),
    },
    {
        "id": "d167-032",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hidde Zwaan <h.zwaan@wo-eemvliet.nl>",
        "thread": "call_for_themes",
        "subject": "Re: " + OPROEP,
        "quote": "none",
        "body": _(
            """
            > Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier
            > ...
            > - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering,
            > werkprocessen, financiën, I&A;
            > - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen,
            > monitoring van prestaties.
            >
            > Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

            Onderwerp van mijn kant: de overgang naar zelforganiserende teams in het fysiek domein. Na twee jaar
            weten we niet goed meer wie waarover beslist. Wie heeft dat beter aangepakt?

            Hidde Zwaan
            Directeur Werkorganisatie Eemvliet
            """
        ),
    },
    {
        "id": "d167-033",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Cor Wiersma <c.wiersma@zuidpolderwesterrijk.nl>",
        "thread": "welcome",
        "subject": "RE: " + WELKOM,
        "quote": "none",
        "body": _(
            """
            Dank voor het warme welkom.

            > Hebt u nu al een onderwerp dat u graag met collega's wilt bespreken? Beantwoord deze e-mail gerust.

            Jazeker. Wij schrijven dit jaar een visie voor de werkorganisatie richting 2035: wat voor organisatie
            willen we zijn als de taken van het Rijk verder naar gemeenten schuiven? Ik ben benieuwd hoe andere
            directeuren zo'n langetermijnvisie opbouwen en bestuurlijk laten landen.

            Cor Wiersma
            """
        ),
    },
    {
        "id": "d167-034",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Naomi Bredius <n.bredius@heuvelrijk-samen.nl>",
        "headers": {"Cc": "j.vanbeek@heuvelrijk-samen.nl"},
        "thread": "followup",
        "subject": "RE: " + VERVOLG,
        "quote": "none",
        "body": _(
            """
            Hi both, thanks for a great afternoon. Mijn antwoord staat tussen de regels.

            > Het verslag staat klaar: https://ambtelijkefusie.nl/verslag/2027-1

            Gelezen, mooi verslag. Ik heb het aan Jan (cc) doorgestuurd.

            > Welk vraagstuk wilt u de volgende keer bespreken?

            Our I&A architecture: vier gemeenten met elk een eigen applicatielandschap, en wij als werkorganisatie
            moeten het beheren. Hoe kom je tot één architectuur zonder dat het een IT-project van tien jaar wordt?

            Naomi
            """
        ),
    },
    {
        "id": "d167-035",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frits Hommes <f.hommes@tweebeken.nl>",
        "thread": "reminder",
        "subject": "RE: " + HERINNERING,
        "quote": "none",
        "body": _(
            """
            > Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met "helaas, ik kan niet"

            helaas, ik kan niet. Griep, het hele gezin ligt plat.

            > dan geven wij uw plaats aan iemand op de wachtlijst.

            Graag, gun het een ander.

            Frits
            """
        ),
    },
    {
        "id": "d167-036",
        "kind": "unsubscribe",
        "sender": "Marco Heijnen <m.heijnen@vechtstreekwerkt.nl>",
        "thread": "invitation",
        "subject": "RE: " + INV,
        "quote": "none",
        "body": _(
            """
            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

            Nee. En eerlijk gezegd wil ik ook uit het netwerk: ik ben per april geen directeur meer maar ga terug
            naar een inhoudelijke functie. Schrijf me maar uit.

            M. Heijnen
            """
        ),
    },
    # --- mails to several addresses at once ---
    {
        "id": "d167-037",
        "kind": "subscribe",
        "sender": "Lotte Verhagen <l.verhagen@haverland.nl>",
        "headers": {"Cc": "s.vandelaar@seinstravandelaar.nl, m.huurneman@seinstravandelaar.nl"},
        "subject": "Aanmelding netwerk",
        "quote": "none",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Ik stuur dit naar info@ en naar jullie beiden, want ik weet niet welk adres het snelst werkt. Na het
            gesprek op het VNG-congres wil ik graag lid worden van het netwerk.

            Lotte Verhagen
            gemeentesecretaris/directeur Werkorganisatie Haverland
            """
        ),
    },
    {
        "id": "d167-038",
        "kind": "other",
        "sender": "Sjoerd Vellinga <s.vellinga@twentsewerkorganisatie.nl>",
        "headers": {
            "Cc": "b.kuipers@twentsewerkorganisatie.nl, h.oosting@twentsewerkorganisatie.nl, "
                  "d.eilers@twentsewerkorganisatie.nl",
        },
        "subject": "Aanmelding drie collega's",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Bij dezen meld ik mijn drie collega-directeuren aan voor het netwerk: Bram Kuipers, Hilde Oosting en
            Dennis Eilers. Ze staan alle drie in de cc, hun adressen ziet u daar.

            Groeten,
            Sjoerd Vellinga
            """
        ),
    },
    {
        "id": "d167-039",
        "kind": "subscribe",
        "sender": "Willemijn Vos <w.vos@brakelstroom.nl>",
        "headers": {"Cc": "Yusuf Demir <y.demir@brakelstroom.nl>"},
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dank voor de fijne middag!

            Ik heb onze nieuwe directeur Sociaal Domein, Yusuf Demir, er op de terugweg enthousiast voor gemaakt.
            Willen jullie hem aanmelden? Zijn adres: y.demir@brakelstroom.nl (hij staat in de cc).

            Willemijn
            """
        ),
    },
    {
        "id": "d167-040",
        "kind": "other",
        "sender": "Hanneke Spruit <h.spruit@veenoord-hoogeland.nl>",
        "headers": {"Cc": "a.kersten@veenoord-hoogeland.nl, m.abbing@wo-eemvliet.nl"},
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Namens Arnoud en Maurits (beiden in cc) en mijzelf een wens voor de vorm: houd het volgende atelier
            eens in het noorden of oosten van het land, en liefst op een ochtend. Met de reistijd naar Utrecht
            zijn we nu een hele dag kwijt.

            Hartelijke groet,
            Hanneke Spruit
            """
        ),
    },
    {
        "id": "d167-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annet Kramer <a.kramer@dommeldal-samen.nl>",
        "headers": {"Cc": "Annet Schouten <a.schouten@dommeldal-samen.nl>"},
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas, ik kan niet op 11 maart. Annet (mijn secretaresse, in cc) haalt het uit mijn agenda. Lid
            blijf ik natuurlijk graag, de volgende keer beter.

            Annet Kramer
            """
        ),
    },
    {
        "id": "d167-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Kim Jongbloed <k.jongbloed@werkorganisatie-achterhoeve.nl>",
        "headers": {"Cc": "Dirk Smit <d.smit@werkorganisatie-achterhoeve.nl>"},
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank u, ik kom graag in de plaats van Dirk, samen met de gast die hij al had opgegeven. Dirk staat in
            de cc zodat hij weet dat het geregeld is.

            Met vriendelijke groet,
            Kim Jongbloed
            """
        ),
    },
    {
        "id": "d167-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rutger Plas <r.plas@noorderhout.nl>",
        "headers": {"Cc": "Lisa Kroon <l.kroon@noorderhout.nl>"},
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Ik kan op 11 maart helaas ook niet. Onze directeur Ruimte, Lisa Kroon (l.kroon@noorderhout.nl), gaat
            in mijn plaats; ik heb haar in de cc gezet.

            Rutger Plas
            """
        ),
    },
    # --- the confirmation mails, passed around ---
    {
        "id": "d167-044",
        "kind": "confirm",
        "sender": "Henriëtte Wolters <h.wolters@zuidpolderwesterrijk.nl>",
        "headers": {"Cc": "Marloes Verkerk <m.verkerk@zuidpolderwesterrijk.nl>"},
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank je Marloes, goed geregeld dat je me hebt aangemeld!

            Henriëtte
            """
        ),
    },
    {
        "id": "d167-045",
        "kind": "confirm",
        "sender": "Jan-Willem Scholten <jw.scholten@vechtstreekwerkt.nl>",
        "subject": "FW: " + BEVESTIG,
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding. Sorry, ik drukte op doorsturen in plaats van beantwoorden.

            Jan-Willem Scholten
            """
        ),
    },
    {
        "id": "d167-046",
        "kind": "confirm",
        "sender": "Henk Jan Wolthuis <hj.wolthuis@twentsewerkorganisatie.nl>",
        "headers": {"Cc": "secretariaat.directie@twentsewerkorganisatie.nl"},
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Met vriendelijke groet,

            drs. H.J. Wolthuis
            algemeen directeur
            Twentse Werkorganisatie
            T 053 - 482 19 00

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht abusievelijk ontvangen,
            verwijder het dan en stel de afzender op de hoogte.
            """
        ),
    },
    {
        "id": "d167-047",
        "kind": "other",
        "sender": "Marloes Verkerk <m.verkerk@zuidpolderwesterrijk.nl>",
        "subject": "FW: " + BEVESTIG,
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Wolters vroeg mij deze aanmelding voor haar te bevestigen, zij zit tot vrijdag in Brussel.
            Bij dezen dus bevestigd namens haar.

            Met vriendelijke groet,
            Marloes Verkerk, directiesecretaresse

            Van: Henriëtte Wolters
            Verzonden: dinsdag 9 februari 2027 21:14
            Aan: Marloes Verkerk
            Onderwerp: FW: Bevestig uw aanmelding

            Wil jij dit even afhandelen? Ik kom er deze week niet aan toe.
            """
        ),
    },
    {
        "id": "d167-048",
        "kind": "other",
        "sender": "Koen Dirksen <k.dirksen@heuvelrijk-samen.nl>",
        "headers": {"Cc": "Ilse Wouters <i.wouters@heuvelrijk-samen.nl>"},
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bevestigd. Wel een vraag: kan Ilse (in cc), die mijn agenda beheert, voortaan ook de uitnodigingen
            ontvangen? Dan hoef ik ze niet steeds door te sturen.

            Koen Dirksen
            """
        ),
    },
    {
        "id": "d167-049",
        "kind": "unsubscribe",
        "sender": "Geertje Bosch <g.bosch@kroonduinen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik heb me niet aangemeld. Ik vermoed dat een collega na het regio-overleg van vorige week mijn adres
            heeft doorgegeven, maar ik hoef geen lid te worden. Trek de aanmelding maar in.

            G. Bosch
            """
        ),
    },
    {
        "id": "d167-050",
        "kind": "other",
        "sender": "Leendert Zoet <l.zoet@noorderhout.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Wie heeft mijn adres aan u doorgegeven? In uw mail staat een secretariaatsadres dat ik niet ken, en
            bij ons heet geen enkel secretariaat zo. Ik wil graag weten waar u mijn gegevens vandaan hebt.

            L. Zoet
            """
        ),
    },
    {
        "id": "d167-051",
        "kind": "subscribe",
        "sender": "Gijsbert Haan <g.haan@maasveld.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Lid blijven!

            Mijn secretaresse heeft per ongeluk 'afmelden' teruggestuurd toen ze jullie uitnodiging naar mij wilde
            doorsturen. Het was dus niet mijn bedoeling om te stoppen.

            Gijsbert Haan
            """
        ),
    },
    # --- leaving, erasure, data and addresses ---
    {
        "id": "d167-052",
        "kind": "unsubscribe",
        "sender": "Evelien Vroom <e.vroom@dommeldal-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Ik krijg jullie mails nu dubbel: rechtstreeks en nog eens doorgestuurd door ons directiesecretariaat.
            Dat hoeft allebei niet meer; ik stop met het netwerk, mijn agenda laat de ateliers gewoon niet toe.

            Met vriendelijke groet,
            Evelien Vroom
            """
        ),
    },
    {
        "id": "d167-053",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Ruben Sterk <r.sterk@haverland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Geachte heer, mevrouw,

            Van een collega begrijp ik dat mijn naam en mailadres op een deelnemerslijst stonden die binnen het
            netwerk is rondgestuurd. Daar heb ik nooit toestemming voor gegeven. Verwijder al mijn gegevens uit
            uw bestanden, ook uit eventuele doorgestuurde lijsten. Kunt u mij daarnaast laten weten aan wie die
            lijst is gestuurd?

            R. Sterk
            """
        ),
    },
    {
        "id": "d167-054",
        "kind": "other",
        "sender": "Sander Kloosterman <sander.kloosterman@gr-lindeweerd.nl>",
        "subject": "FW: " + INV,
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Onderstaande uitnodiging kwam nog binnen op mijn oude adres bij de gemeente en is door de servicedesk
            naar mij doorgestuurd. Sinds de fusie is mijn adres sander.kloosterman@gr-lindeweerd.nl; wilt u dat
            voortaan gebruiken?

            Sander Kloosterman
            """
        ),
    },
    # --- automatic mail about forwarding, and failures ---
    {
        "id": "d167-055",
        "kind": "autoreply",
        "sender": "Bram Lensink <b.lensink@wo-eemvliet.nl>",
        "headers": {"Auto-Submitted": "auto-replied"},
        "thread": "invitation",
        "subject": "Automatisch antwoord: " + INV,
        "quote": "none",
        "body": _(
            """
            Dank voor uw bericht. Ik ben niet meer werkzaam bij Werkorganisatie Eemvliet. Uw e-mail is
            automatisch doorgestuurd naar het algemene directiesecretariaat, dat zorgt dat het bij de juiste
            persoon terechtkomt.
            """
        ),
    },
    {
        "id": "d167-056",
        "kind": "autoreply",
        "sender": "Ria Hofstede <r.hofstede@heuvelrijk-samen.nl>",
        "headers": {"X-Autoreply": "yes"},
        "thread": "call_for_themes",
        "subject": "Afwezig: " + OPROEP,
        "quote": "none",
        "body": _(
            """
            Ik ben afwezig tot en met 25 januari. Uw mail wordt niet doorgestuurd en ik lees hem na mijn
            terugkomst. Voor dringende zaken kunt u terecht bij mijn managementassistent, Nel Brink, via
            n.brink@heuvelrijk-samen.nl.
            """
        ),
    },
    {
        "id": "d167-057",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@vechtstreekwerkt.nl>",
        "subject": "Onbestelbaar: " + INV,
        "quote": "none",
        "body": _(
            """
            Kan niet worden bezorgd bij deze geadresseerden of groepen:

            joost.meijer.prive@ziggo-mail.example
            Uw bericht is door een regel in de postbus van j.meijer@vechtstreekwerkt.nl automatisch doorgestuurd
            naar dit adres, maar de ontvangende server heeft het geweigerd.

            Diagnostische informatie voor beheerders:
            Externe server: mx.ziggo-mail.example
            Externe server heeft '550 5.7.1 Forwarded mail rejected: SPF check failed' geretourneerd
            """
        ),
    },
    {
        "id": "d167-058",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@mx.tweebeken.nl>",
        "headers": {"Auto-Submitted": "auto-replied"},
        "subject": "Undelivered Mail Returned to Sender",
        "quote": "none",
        "body": _(
            """
            This is the mail system at host mx.tweebeken.nl.

            I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

            <a.smits@tweebeken.nl>: host mailstore.tweebeken.nl[10.4.2.17] said: 550 5.1.1 User unknown
                (in reply to RCPT TO command)
            """
        ),
    },
    # --- a few more mixed ones ---
    {
        "id": "d167-059",
        "kind": "suggestion",
        "themes": ["dienstverlening", "strategie"],
        "sender": "Yvette Brandsma <y.brandsma@tweebeken.nl>",
        "headers": {"Cc": "m.kaya@tweebeken.nl, l.brouwers@tweebeken.nl"},
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Beste Stan en Melanie, (Mehmet en Linda in cc zodat ze weten wat ik namens ons heb ingestuurd)

            Twee onderwerpen:
            1. Eén digitaal loket voor drie gemeenten: wat verwachten inwoners en ondernemers ervan, en hoe
            houden we de persoonlijke benadering aan de balie overeind?
            2. Elke gemeente heeft andere bestuurlijke prioriteiten. Hoe bouw je daar één meerjarenagenda voor de
            werkorganisatie omheen?

            Yvette Brandsma
            """
        ),
    },
    {
        "id": "d167-060",
        "kind": "other",
        "sender": "Ewout Lamberts <e.lamberts@kroonduinen.nl>",
        "headers": {"Cc": "raadsgriffie@kroonduinen.nl"},
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste secretariaat,

            Mag ik het verslag doorsturen naar onze drie griffiers (de griffie staat in cc)? Er staan
            citaten van collega's in en ik wil niemand voor het blok zetten. Als het mag, hoor ik graag of ik de
            namen eruit moet halen.

            Ewout Lamberts
            """
        ),
    },
]
# fmt: on
