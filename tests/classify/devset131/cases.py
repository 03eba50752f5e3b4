"""devset131: mail that signs up someone other than the writer, and mail that only looks like it.

Directors, deputies, management assistants, external advisers and a few people from ordinary municipalities write
about a colleague: they sign one up with or without an address, recommend one, put one in cc, forward our
invitation, ask us to copy a secretary, send a deputy to the atelier only, take over a predecessor's seat, sign up
themselves together with a colleague or paste a list of names. Plain sign-ups of the writer alone stand beside them
for contrast, as do out-of-office replies that name a colleague, hand-overs under our goodbye and the signed-up
colleague answering our confirmation. New mails and replies (welcome, invitation, call for themes, goodbye,
confirmation), Outlook, Gmail, Apple, Notes and GroupWise quotes, stiff and chatty, Dutch and English, typos.

Conventions this set relies on (from the brief):
- one named colleague with that colleague's address in what the writer typed is `subscribe`; a colleague without an
  address, two or more people, or the writer together with a colleague is `other`; an assistant signing up the
  director with the director's address is `subscribe`, also when the address only stands in a pasted signature;
- a recommendation that leaves the sign-up to the colleague, a question about who may join, a sign-up on a condition
  or with a real question beside it, and a request to copy a secretary on our mail are `other`;
- a deputy sent to the atelier in the director's place is an `rsvp` (False for the director), not a sign-up;
  an assistant's answer under our invitation is an `rsvp`, an assistant's new mail about attendance is `other`;
- the writer signing up themself is `subscribe`, also from an ordinary municipality or as an adviser;
- a named successor with or without address from the leaving member is `unsubscribe`, a hand-over later with
  "tot die tijd blijf ik lid" is `other`, a colleague reporting someone left is `other`;
- under the confirmation: a short yes or a signature is `confirm`, a plain denial is `unsubscribe`, asking where we
  got the address or confirming for someone else is `other`;
- out-of-office replies and "address no longer in use" are `autoreply` even when they give a colleague's address.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d131-001",
        "kind": "subscribe",
        "sender": "Ruud Verhagen <r.verhagen@dommelbeek.nl>",
        "subject": "Aanmelding collega directeur bedrijfsvoering",
        "body": _(
            """
            Geacht secretariaat,

            Per 1 februari is Hanneke Brouwers bij ons begonnen als directeur bedrijfsvoering. Ik heb haar over
            het netwerk verteld en zij wil er graag bij horen. Wilt u haar als lid inschrijven? Haar adres is
            h.brouwers@dommelbeek.nl.

            Met vriendelijke groet,

            Ruud Verhagen
            algemeen directeur Werkorganisatie Dommelbeek
            """
        ),
    },
    {
        "id": "d131-002",
        "kind": "other",
        "sender": "Marjolein Sikkema <m.sikkema@lauwerskant.nl>",
        "subject": "nieuwe collega",
        "body": _(
            """
            Hoi Stan en Melanie,

            Onze nieuwe collega-directeur Sanne Kuipers wil graag aansluiten bij jullie netwerk. Ze zit nog midden
            in haar inwerkweken en haar mailbox is nog niet helemaal ingericht, dus een adres kan ik jullie nu nog
            niet geven. Kunnen jullie haar alvast noteren?

            Groetjes,
            Marjolein
            """
        ),
    },
    {
        "id": "d131-003",
        "kind": "other",
        "sender": "Frits Oomen <f.oomen@kempenwerk.nl>",
        "subject": "Aanmelding netwerk (2 personen)",
        "body": _(
            """
            Goedemorgen,

            Mijn collega Desiree Martens (d.martens@kempenwerk.nl) en ik willen ons graag allebei aanmelden als lid
            van het netwerk. Wij vormen samen de directie van GR Kempenwerk, dat voor drie gemeenten werkt.

            Vriendelijke groet,
            Frits Oomen
            """
        ),
    },
    {
        "id": "d131-004",
        "kind": "other",
        "sender": "Anouk Drenth <a.drenth@vierstromen.nl>",
        "subject": "Directieteam Vierstromen aanmelden",
        "body": _(
            """
            Beste secretariaat,

            Hieronder de namen van ons directieteam. Graag zouden wij allemaal de uitnodigingen ontvangen.

            Anouk Drenth - algemeen directeur - a.drenth@vierstromen.nl
            Jeroen Pals - directeur bedrijfsvoering - j.pals@vierstromen.nl
            Willemijn ter Haar - directeur dienstverlening - w.terhaar@vierstromen.nl

            Alvast dank,
            Anouk Drenth
            """
        ),
    },
    {
        "id": "d131-005",
        "kind": "subscribe",
        "sender": "Tineke Hof <t.hof@lauwerskant.nl>",
        "subject": "Aanmelding mevrouw drs. E. Wijnbergen",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Namens mevrouw drs. E. (Els) Wijnbergen, algemeen directeur van de Werkorganisatie Lauwerskant, meld ik
            haar hierbij aan voor het Netwerk van directeuren van ambtelijke fusieorganisaties. Haar e-mailadres is
            e.wijnbergen@lauwerskant.nl.

            Met vriendelijke groet,

            Tineke Hof
            managementassistent directie
            Werkorganisatie Lauwerskant
            """
        ),
    },
    {
        "id": "d131-006",
        "kind": "other",
        "sender": "Secretariaat Directie Heuvelzoom <directiesecretariaat@heuvelzoom.nl>",
        "subject": "lidmaatschap directeur",
        "body": _(
            """
            Goedemiddag,

            Onze directeur, de heer Kaspers, heeft gevraagd of hij lid kan worden van uw netwerk. Zou u alle
            berichten naar dit secretariaatsadres willen sturen? Wij zetten ze dan in zijn agenda.

            Met vriendelijke groet,
            Secretariaat directie Heuvelzoom
            """
        ),
    },
    {
        "id": "d131-007",
        "kind": "subscribe",
        "sender": "Gerrit Schuiling <g.schuiling@veenhorst-ao.nl>",
        "subject": "aanmelden",
        "body": _(
            """
            Hallo,

            Sinds oktober ben ik gemeentesecretaris-directeur van de ambtelijke organisatie Veenhorst, die voor drie
            gemeenten werkt. Op een regiobijeenkomst hoorde ik over jullie ateliers en dat sprak me aan.
            Ik meld me daarom graag aan.

            Groet,
            Gerrit Schuiling
            """
        ),
    },
    {
        "id": "d131-008",
        "kind": "subscribe",
        "sender": "Emma Rietveld <emma.rietveld@polderkwartier.nl>",
        "subject": "Joining the network",
        "body": _(
            """
            Dear secretariat,

            I recently started as director of operations at GR Polderkwartier, the joint civil service of two
            municipalities. A former colleague spoke highly of your ateliers, so I would like to become a member.

            Kind regards,
            Emma Rietveld
            """
        ),
    },
    {
        "id": "d131-009",
        "kind": "subscribe",
        "sender": "Marco Jansma <marcojansma1974@gmail.com>",
        "subject": "Aanmelding lidmaatschap",
        "body": _(
            """
            Goedemiddag,

            Hierbij meld ik mij aan als lid van het netwerk. Ik stuur dit even vanaf mijn privéadres omdat ik vandaag
            thuis zit met een haperende laptop; de berichten ontvang ik het liefst op mijn werkadres hieronder.

            Met vriendelijke groet,

            Marco Jansma
            directeur bedrijfsvoering | Werkorganisatie Maasbocht
            m.jansma@maasbocht.nl | 06 41 22 87 90
            """
        ),
    },
    {
        "id": "d131-010",
        "kind": "subscribe",
        "sender": "Ingeborg Lansink <i.lansink@hoeksezijde.nl>",
        "subject": "Aanmelding algemeen directeur",
        "body": _(
            """
            Beste mensen van het netwerk,

            Mijn directeur vroeg mij hem bij u aan te melden. Hieronder zijn gegevens, zoals hij ze onder zijn
            eigen mails zet.

            Drs. Pieter-Jan Kooiman
            Algemeen directeur
            Werkorganisatie Hoeksezijde
            T 0186 55 12 00 | pj.kooiman@hoeksezijde.nl

            Hartelijke groet,
            Ingeborg Lansink, secretaresse
            """
        ),
    },
    {
        "id": "d131-011",
        "kind": "other",
        "sender": "Oliver Brandsma <o.brandsma@samenzuidwold.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Thanks for the warm welcome, glad to be on board.

            By the way, my counterpart at the neighbouring shared service, Karin Vos, might be interested as well.
            I'll mention it to her next time we meet; she can sign up herself if she likes.

            Best,
            Oliver
            """
        ),
    },
    {
        "id": "d131-012",
        "kind": "other",
        "sender": "Henk Wolters <h.wolters@twentheuvel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Misschien is dit ook iets voor mijn collega Bas Remmers (b.remmers@twentheuvel.nl), die ons
            samenwerkingsdossier trekt. Ik heb de uitnodiging aan hem doorgestuurd; hij laat zelf wel weten of hij
            er iets mee wil.

            Groet, Henk
            """
        ),
    },
    {
        "id": "d131-013",
        "kind": "subscribe",
        "sender": "Annemieke Bos <a.bos@groenlanden.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor het welkom!

            Dit netwerk is eigenlijk ook echt iets voor mijn collega Yvonne Staal, directeur sociaal domein bij
            Groenlanden. Willen jullie haar ook aanmelden? Haar adres: y.staal@groenlanden.nl.

            Hartelijke groet,
            Annemieke Bos
            """
        ),
    },
    {
        "id": "d131-014",
        "kind": "other",
        "sender": "Wouter Dijkstra <w.dijkstra@wadkust.nl>",
        "subject": "Lidmaatschap Lotte Bakhuis",
        "headers": {"Cc": "Lotte Bakhuis <l.bakhuis@wadkust.nl>"},
        "body": _(
            """
            Goedendag,

            Mijn collega Lotte Bakhuis, die ik hierbij in de cc zet, wil graag lid worden van het netwerk. Zij is
            sinds kort adjunct-directeur bij de Ambtelijke fusie Wadkust. Kunnen jullie dat voor haar regelen?

            Met vriendelijke groet,
            Wouter Dijkstra
            """
        ),
    },
    {
        "id": "d131-015",
        "kind": "subscribe",
        "sender": "Mirjam Hoogendoorn <m.hoogendoorn@eemvallei-uo.nl>",
        "subject": "Nieuw lid: Jorien Wessels",
        "headers": {"Cc": "Jorien Wessels <j.wessels@eemvallei-uo.nl>"},
        "body": _(
            """
            Beste Melanie,

            Ik zet Jorien Wessels hier even in de cc: j.wessels@eemvallei-uo.nl. Zij is onze nieuwe directeur
            dienstverlening en wil graag lid worden, dus bij dezen mijn verzoek om haar in te schrijven.

            Groet,
            Mirjam Hoogendoorn
            Uitvoeringsorganisatie Eemvallei
            """
        ),
    },
    {
        "id": "d131-016",
        "kind": "subscribe",
        "sender": "Sjoerd Kramer <s.kramer@zaanwaard.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027"
            ": Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Hallo secretariaat,

            Ik stuur jullie eigen uitnodiging even terug, want mijn collega Thijs Molenaar kreeg hem niet. Hij is
            directeur bedrijfsvoering bij ons en wil graag lid worden zodat hij deze voortaan zelf ontvangt:
            t.molenaar@zaanwaard.nl.

            Dank!
            Sjoerd
            """
        ),
    },
    {
        "id": "d131-017",
        "kind": "other",
        "sender": "Petra Gerritsen <p.gerritsen@midwater.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "Doorst: Uitnodiging Leer- en inspireer-atelier 11 maart 2027"
            ": Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Geachte secretariaat,

            Ik beheer de agenda van mevrouw Pronk. Deze uitnodiging kwam bij toeval bij mij terecht. Zou u de
            uitnodigingen voortaan ook naar mij kunnen sturen (p.gerritsen@midwater.nl)? Dan kan ik ze direct
            inplannen. Mevrouw Pronk laat zelf weten of zij komt.

            Met vriendelijke groet,
            Petra Gerritsen
            directiesecretaresse Samenwerkingsorganisatie Midwater
            """
        ),
    },
    {
        "id": "d131-018",
        "kind": "other",
        "sender": "Jan-Willem Terpstra <jw.terpstra@kroonmeer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Wilt u de uitnodigingen van het netwerk ook aan mijn secretaresse sturen, mevrouw Kalkman
            (a.kalkman@kroonmeer.nl)? Zij beheert mijn agenda en dan gaat er niets meer langs ons heen.

            Met vriendelijke groet,
            J.W. Terpstra
            """
        ),
    },
    {
        "id": "d131-019",
        "kind": "rsvp",
        "attending": False,
        "sender": "Carolien Smeenk <c.smeenk@lingeoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Op 11 maart zit ik helaas bij een bestuurlijk overleg in Den Haag. Mijn plaatsvervanger, Gert-Jan
            Hoving (gj.hoving@lingeoever.nl), komt in mijn plaats. Hij hoeft geen lid te worden hoor, het gaat echt
            alleen om dit atelier.

            Groet,
            Carolien
            """
        ),
    },
    {
        "id": "d131-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bart Heemskerk <b.heemskerk@vierstromen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ja, ik kom. Ik neem mijn adjunct Fleur Mulder mee, het onderwerp raakt precies aan haar portefeuille.
            Dus graag twee plaatsen.

            Bart
            """
        ),
    },
    {
        "id": "d131-021",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rob Verbeek <r.verbeek@heuvelzoom.nl>",
        "subject": "Atelier 11 maart - vervanging",
        "body": _(
            """
            Beste Stan,

            Voor het atelier van 11 maart stuur ik mijn loco, Dennis Aarts (d.aarts@heuvelzoom.nl). Zelf moet ik die
            middag bij de provincie zijn voor de regiodeal. Dennis wil geen lid worden, hij springt alleen voor
            deze keer in.

            Rob Verbeek
            """
        ),
    },
    {
        "id": "d131-022",
        "kind": "subscribe",
        "sender": "Marloes Oosterhuis <m.oosterhuis@samenzuidwold.nl>",
        "subject": "Overname lidmaatschap Hans Veldkamp",
        "body": _(
            """
            Geacht secretariaat,

            Per 1 januari heb ik het stokje overgenomen van Hans Veldkamp als algemeen directeur van Samen Zuidwold.
            Hans was lid van uw netwerk en heeft mij aangeraden zijn plek in te nemen. Wilt u mij als lid
            inschrijven op dit adres?

            Met vriendelijke groet,
            Marloes Oosterhuis
            """
        ),
    },
    {
        "id": "d131-023",
        "kind": "other",
        "sender": "Theo Kuiper <t.kuiper@maasbocht.nl>",
        "subject": "Lidmaatschap voorganger",
        "body": _(
            """
            Goedendag,

            Ik ben de opvolger van Ellen Reinders bij Werkorganisatie Maasbocht. Zij was lid van jullie netwerk.
            Gaat haar lidmaatschap automatisch op mij over, of moet ik me zelf opnieuw aanmelden? En ontvangt Ellen
            nog steeds jullie mail op haar oude adres?

            Met groet,
            Theo Kuiper
            """
        ),
    },
    {
        "id": "d131-024",
        "kind": "subscribe",
        "sender": "Hester van Dam <h.vandam@westerbroek.nl>",
        "subject": "aanmelding gemeentesecretaris Westerbroek",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik ben gemeentesecretaris van de gemeente Westerbroek. Wij zijn geen fusieorganisatie, gewoon één
            gemeente, maar we werken veel samen met de buren en ik volg jullie onderwerpen met belangstelling.
            Meld mij dus graag aan.

            Hester van Dam
            """
        ),
    },
    {
        "id": "d131-025",
        "kind": "subscribe",
        "sender": "Koen Blokzijl <k.blokzijl@groenlanden.nl>",
        "subject": "Aanmelding Miriam de Groot",
        "body": _(
            """
            Beste secretariaat,

            Mijn oud-collega Miriam de Groot is tegenwoordig gemeentesecretaris van de gemeente Oudemolen, geen
            ambtelijke fusie, maar ze krijgt in de raad steeds vaker de vraag naar samenwerking. Ze zou graag
            meepraten. Wilt u haar aanmelden? m.degroot@oudemolen.nl

            Met vriendelijke groet,
            Koen Blokzijl
            """
        ),
    },
    {
        "id": "d131-026",
        "kind": "other",
        "sender": "Ria Pauwels <r.pauwels@gemeente-achterveld.nl>",
        "subject": "vraag over lidmaatschap",
        "body": _(
            """
            Goedemorgen,

            Een collega wees me op jullie netwerk. Ik werk als gemeentesecretaris bij een zelfstandige gemeente,
            dus niet bij een werkorganisatie of GR. Kan ik dan toch lid worden, of is het netwerk echt alleen voor
            directeuren van fusieorganisaties?

            Vriendelijke groet,
            Ria Pauwels
            """
        ),
    },
    {
        "id": "d131-027",
        "kind": "subscribe",
        "sender": "Lieke Hamstra <l.hamstra@wadkust.nl>",
        "subject": "Aanmelding externe adviseur",
        "body": _(
            """
            Beste Stan,

            Sinds dit voorjaar begeleidt Robbert Dekkers van Dekkers Organisatieadvies ons fusietraject. Hij zou
            graag de ateliers volgen om te horen wat er bij andere werkorganisaties speelt. Wil je hem aanmelden?
            Zijn adres is r.dekkers@dekkersadvies.nl.

            Groeten,
            Lieke Hamstra
            directeur Ambtelijke fusie Wadkust
            """
        ),
    },
    {
        "id": "d131-028",
        "kind": "subscribe",
        "sender": "Arnoud Veltman <arnoud@veltmaninterim.nl>",
        "subject": "Aanmelding",
        "body": _(
            """
            Geacht secretariaat,

            Als interim-directeur bedrijfsvoering ben ik het komende jaar verbonden aan de HLB-combinatie, een
            ambtelijke samenwerking van drie gemeenten. Graag meld ik mij aan als lid van het netwerk. Ik werk
            vanuit mijn eigen bureau, vandaar dit adres.

            Met vriendelijke groet,
            Arnoud Veltman
            Veltman Interim & Advies
            """
        ),
    },
    {
        "id": "d131-029",
        "kind": "other",
        "sender": "Sabine Crombach <s.crombach@crombachadvies.nl>",
        "subject": "Toegang voor adviseurs?",
        "body": _(
            """
            Dag Melanie,

            Ik begeleid als zelfstandig adviseur een aantal werkorganisaties in Limburg. Is het netwerk ook
            toegankelijk voor externe adviseurs zoals ik, of alleen voor de directeuren zelf? Ik wil niemand voor
            de voeten lopen.

            Hartelijke groet,
            Sabine Crombach
            """
        ),
    },
    {
        "id": "d131-030",
        "kind": "confirm",
        "sender": "Hanneke Brouwers <h.brouwers@dommelbeek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Klopt, mijn collega Ruud heeft mij aangemeld. Prima zo!

            Hanneke
            """
        ),
    },
    {
        "id": "d131-031",
        "kind": "confirm",
        "sender": "Yvonne Staal <y.staal@groenlanden.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Y. Staal
            Directeur Sociaal Domein | Werkorganisatie Groenlanden
            """
        ),
    },
    {
        "id": "d131-032",
        "kind": "other",
        "sender": "Marianne Vrolijk <m.vrolijk@twentheuvel.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens de heer Dijkhuis, die deze week op vakantie is, bevestig ik zijn aanmelding. Ik heb de mail in
            zijn inbox gezien en hij had mij gevraagd dit af te handelen.

            Met vriendelijke groet,
            Marianne Vrolijk, secretariaat directie
            """
        ),
    },
    {
        "id": "d131-033",
        "kind": "unsubscribe",
        "sender": "Erik Nieuwenhuis <e.nieuwenhuis@polderkwartier.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik heb me nergens voor aangemeld. Wie heeft dit gedaan?
            """
        ),
    },
    {
        "id": "d131-034",
        "kind": "other",
        "sender": "Francien Mol <f.mol@kempenwerk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemiddag,

            Ik heb dit bij mijn collega's nagevraagd en niemand heeft mij opgegeven. Hoe bent u aan mijn
            e-mailadres gekomen? Dat wil ik graag eerst weten voordat ik ergens op reageer.

            F. Mol
            """
        ),
    },
    {
        "id": "d131-035",
        "kind": "unsubscribe",
        "sender": "Albert Roos <a.roos@eemvallei-uo.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. U vroeg naar een opvolger: dat wordt Carla Nijhof, c.nijhof@eemvallei-uo.nl.
            Zij neemt mijn plek in het netwerk graag over.

            Albert Roos
            """
        ),
    },
    {
        "id": "d131-036",
        "kind": "subscribe",
        "sender": "Gea Tiemens <g.tiemens@hlbcombinatie.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "groupwise",
        "body": _(
            """
            Oei, dit was niet de bedoeling. Een collega heeft in mijn naam op de verkeerde mail gereageerd. Ik wil
            graag lid blijven!

            Gea Tiemens
            """
        ),
    },
    {
        "id": "d131-037",
        "kind": "other",
        "sender": "Michiel Boersma <m.boersma@lauwerskant.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de afhandeling. Wie mij opvolgt is nog niet bekend, de werving loopt nog. Zodra de nieuwe
            directeur er zit, wijs ik haar of hem op het netwerk.

            Met groet,
            Michiel Boersma
            """
        ),
    },
    {
        "id": "d131-038",
        "kind": "unsubscribe",
        "sender": "Dorien Wesselink <d.wesselink@twentheuvel.nl>",
        "subject": "Vertrek en opvolging",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 april vertrek ik bij Werkorganisatie Twentheuvel, dus haal mij maar van de lijst. Mijn opvolger
            wordt Ilse Boender; haar mailadres is nog niet aangemaakt, dat stuurt ze zelf wel zodra ze begonnen is.

            Het ga jullie goed,
            Dorien
            """
        ),
    },
    {
        "id": "d131-039",
        "kind": "other",
        "sender": "Leo Hartman <l.hartman@midwater.nl>",
        "subject": "Opvolging per de zomer",
        "body": _(
            """
            Geacht secretariaat,

            Na de zomer draag ik mijn functie over aan Saskia Brink (s.brink@midwater.nl). Zij kan dan mijn
            lidmaatschap overnemen. Tot die tijd blijf ik lid en kom ik ook gewoon naar het atelier in maart.

            Met vriendelijke groet,
            Leo Hartman
            """
        ),
    },
    {
        "id": "d131-040",
        "kind": "autoreply",
        "sender": "Wim Gortemaker <w.gortemaker@maasbocht.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027"
            ": Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben tot en met 24 februari afwezig en lees mijn mail niet. Voor dringende
            zaken kunt u contact opnemen met mijn collega Nora Hendriks, n.hendriks@maasbocht.nl of 043 350 12 34.
            """
        ),
    },
    {
        "id": "d131-041",
        "kind": "autoreply",
        "sender": "Jeroen Pals <j.pals@vierstromen.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Dit adres is niet meer in gebruik",
        "body": _(
            """
            Dit e-mailadres wordt niet meer gelezen. Jeroen Pals werkt niet meer bij Vierstromen. Uw bericht is
            niet doorgestuurd. Voor zaken rond bedrijfsvoering kunt u mailen naar zijn opvolger,
            r.vonk@vierstromen.nl.
            """
        ),
    },
    {
        "id": "d131-042",
        "kind": "autoreply",
        "sender": "Emma Rietveld <emma.rietveld@polderkwartier.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Out of Office: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            I am out of the office until Monday with limited access to email. For anything urgent, please contact
            my colleague Pim de Wit (p.dewit@polderkwartier.nl), who is covering for me.
            """
        ),
    },
    {
        "id": "d131-043",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.zaanwaard.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.zaanwaard.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <t.molenaar@zaanwaard.nl>: host mx2.zaanwaard.nl[10.20.4.7] said: 550 5.1.1
                <t.molenaar@zaanwaard.nl>: Recipient address rejected: User unknown in
                virtual mailbox table
            """
        ),
    },
    {
        "id": "d131-044",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joke Brandenburg <j.brandenburg@heuvelzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Hoekstra komt graag naar het atelier op 11 maart. Ik heb het al in haar agenda gezet.

            Met vriendelijke groet,
            Joke Brandenburg
            managementondersteuning Heuvelzoom
            """
        ),
    },
    {
        "id": "d131-045",
        "kind": "other",
        "sender": "Bianca Lubbers <b.lubbers@kroonmeer.nl>",
        "subject": "Atelier maart - heer Lamers",
        "body": _(
            """
            Geacht secretariaat,

            Hierbij laat ik u weten dat de heer Lamers op 11 maart aanwezig zal zijn bij het atelier in Utrecht.

            Met vriendelijke groet,
            Bianca Lubbers
            secretariaat directie Kroonmeer
            """
        ),
    },
    {
        "id": "d131-046",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sandra Meijerink <s.meijerink@hoeksezijde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik kom graag. Mijn collega Ahmed Bouzid (a.bouzid@hoeksezijde.nl) gaat als gast mee, hij zit middenin
            de harmonisatie van onze vier gemeenten. We zijn dus met z'n tweeën.

            Sandra Meijerink
            """
        ),
    },
    {
        "id": "d131-047",
        "kind": "subscribe",
        "sender": "Hugo Terlouw <h.terlouw@kempenwerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Melanie,

            Kleine vraag tussendoor: kun je mijn collega Ferdi Smeets ook aan jullie ledenlijst toevoegen? Hij is
            directeur bedrijfsvoering en kreeg deze uitnodiging niet. Zijn adres is f.smeets@kempenwerk.nl.

            Of ik zelf kom laat ik volgende week weten.

            Hugo
            """
        ),
    },
    {
        "id": "d131-048",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Pauline Jager <p.jager@groenlanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Mijn collega-directeur Rianne Post en ik willen samen een onderwerp inbrengen: hoe houd je als
            werkorganisatie grip op de inhuur van externen, nu de flexibele schil bij ons boven de twintig procent
            zit?

            Groet,
            Pauline Jager
            """
        ),
    },
    {
        "id": "d131-049",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ruben Akkerman <r.akkerman@wadkust.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank, het was een goede middag. Mijn collega Lotte vond het jammer dat ze er niet bij kon zijn, ik heb
            haar het verslag gestuurd.

            Een onderwerp voor de volgende keer: hoe meet je of inwoners van alle deelnemende gemeenten even
            tevreden zijn over het klantcontactcentrum, en wat doe je als één gemeente achterblijft?

            Ruben
            """
        ),
    },
    {
        "id": "d131-050",
        "kind": "other",
        "sender": "Ellen Koopmans <e.koopmans@lingeoever.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Zelf heb ik deze ronde geen onderwerp, maar mijn collega Daan Schreurs heeft er wel een paar in zijn
            hoofd. Hij is geen lid. Mag hij ook iets aandragen, of moet dat via mij?

            Ellen
            """
        ),
    },
    {
        "id": "d131-051",
        "kind": "subscribe",
        "sender": "Hetty Zwart <h.zwart@veenhorst-ao.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Geen thema's van mijn kant deze keer, het is hier reorganisatietijd. Wel een verzoek: meldt u mijn
            collega Arjen Post aan? Hij is net gestart als directeur Ruimte en wil graag meedoen.
            a.post@veenhorst-ao.nl

            Vriendelijke groet,
            Hetty Zwart
            """
        ),
    },
    {
        "id": "d131-052",
        "kind": "other",
        "sender": "Joost Evers <j.evers@zaanwaard.nl>",
        "subject": "collega",
        "body": _(
            """
            kan mijn collega ook lid worden? ze is net directeur geworden bij ons. gr joost

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d131-053",
        "kind": "subscribe",
        "sender": "Lisa Verstappen <l.verstappen@eemvallei-uo.nl>",
        "subject": "New member",
        "body": _(
            """
            Hi both,

            Please sign up my colleague Tom Huijbers, tom.huijbers@eemvallei-uo.nl. He joined us last month as
            director of public services and keeps asking me about your ateliers.

            Thanks a lot,
            Lisa
            """
        ),
    },
    {
        "id": "d131-054",
        "kind": "other",
        "sender": "Daniel Fokkema <d.fokkema@samenzuidwold.nl>",
        "subject": "Adding two colleagues",
        "body": _(
            """
            Dear Stan,

            Could you add Jane Bakker (j.bakker@samenzuidwold.nl) and Peter Visscher (p.visscher@samenzuidwold.nl)
            to the network? They both sit on our board of directors since the merger.

            Regards,
            Daniel
            """
        ),
    },
    {
        "id": "d131-055",
        "kind": "subscribe",
        "sender": "Kees Mulderij <k.mulderij@polderkwartier.nl>",
        "subject": "aanmelding colega",
        "body": _(
            """
            hallo,

            graag mijn colega Annet Bruins aanmelen voor t netwerk, ze is dirrecteur bedrijfsvoering bij ons
            sinds de zomer. mail: a.bruins@polderkwartier.nl

            mvg Kees
            """
        ),
    },
    {
        "id": "d131-056",
        "kind": "other",
        "sender": "Renate Hulst <r.hulst@maasbocht.nl>",
        "subject": "Aanmelden Stefan Geurts + vraag",
        "body": _(
            """
            Beste Melanie,

            Zou je mijn collega Stefan Geurts (s.geurts@maasbocht.nl) willen aanmelden? Daarnaast een vraag: is het
            lidmaatschap echt helemaal kosteloos, ook de ateliers? Onze controller wil dat zwart op wit hebben
            voordat er iemand van ons aan iets nieuws deelneemt.

            Groet,
            Renate
            """
        ),
    },
    {
        "id": "d131-057",
        "kind": "subscribe",
        "sender": "Otto Brink <o.brink@hlbcombinatie.nl>",
        "subject": "Graag aanmelden: Joyce Keizer",
        "body": _(
            """
            Dag secretariaat,

            Mijn collega Joyce Keizer, directeur Samenleving bij de HLB-combinatie, wil graag lid worden. Ik schrijf
            haar adres even uit vanwege ons spamfilter: j.keizer (at) hlbcombinatie (punt) nl.

            Groet, Otto Brink
            """
        ),
    },
    {
        "id": "d131-058",
        "kind": "other",
        "sender": "Marieke Hoefnagel <m.hoefnagel@vierstromen.nl>",
        "subject": "adjunct-directeur",
        "body": _(
            """
            Goedemorgen,

            Als het netwerk ook open staat voor adjunct-directeuren, wil ik graag mijn adjunct Wessel Timmer
            (w.timmer@vierstromen.nl) aanmelden. Klopt het dat dat kan? Laat u het even weten voordat u hem
            inschrijft.

            Marieke Hoefnagel
            """
        ),
    },
    {
        "id": "d131-059",
        "kind": "subscribe",
        "sender": "Sofie Andersson <s.andersson@twentheuvel.nl>",
        "subject": "Membership on behalf of our Managing Director",
        "body": _(
            """
            Dear Mr Van de Laar,

            On behalf of our managing director, Mr Oskar Lindqvist, I would like to register him as a member of
            the network. He reads Dutch well but prefers to write in English. His email address is
            o.lindqvist@twentheuvel.nl.

            Kind regards,
            Sofie Andersson
            Executive assistant, Werkorganisatie Twentheuvel
            """
        ),
    },
    {
        "id": "d131-060",
        "kind": "other",
        "sender": "Greetje Pool <g.pool@lingeoever.nl>",
        "subject": "Aanmelding mw. Van Rooij",
        "body": _(
            """
            Geacht secretariaat,

            Graag meld ik mevrouw Van Rooij, algemeen directeur, aan voor uw netwerk: w.vanrooij@lingeoever.nl.
            Zou ik daarnaast zelf alle berichten in kopie kunnen ontvangen? Dan kan ik de uitnodigingen voor haar
            inplannen.

            Met vriendelijke groet,
            Greetje Pool, directiesecretaresse
            """
        ),
    },
    {
        "id": "d131-061",
        "kind": "subscribe",
        "sender": "Lucas Wijers <l.wijers@midwater.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Top, dank jullie wel!

            Mijn collega uit de andere tak van onze samenwerkingsorganisatie, Nadia el Idrissi, wil ook graag lid
            worden. Haar adres is n.elidrissi@midwater.nl.

            Lucas
            """
        ),
    },
    {
        "id": "d131-062",
        "kind": "other",
        "sender": "Irene Baarsma <i.baarsma@wadkust.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor uw welkom. Een vraag: valt mijn collega-directeur automatisch onder ons lidmaatschap, als een
            soort organisatielidmaatschap, of moet zij zich apart aanmelden?

            Met vriendelijke groet,
            Irene Baarsma
            """
        ),
    },
    {
        "id": "d131-063",
        "kind": "subscribe",
        "sender": "Niels Hazeleger <n.hazeleger@kroonmeer.nl>",
        "subject": "Ook graag lid",
        "body": _(
            """
            Hoi,

            Via mijn collega Geert Lamers, die al een tijdje lid is, hoorde ik over jullie netwerk. Hij was erg
            te spreken over het laatste atelier. Ik meld me bij dezen dus ook aan.

            Groet,
            Niels Hazeleger
            directeur bedrijfsvoering Ambtelijk Apparaat Kroonmeer
            """
        ),
    },
    {
        "id": "d131-064",
        "kind": "subscribe",
        "sender": "Astrid Noordhoek <a.noordhoek@dommelbeek.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "subject": "Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "body": _(
            """
            Goedemiddag,

            Mijn collega stuurde mij onderstaande uitnodiging door. Ik wil graag zelf lid worden van het netwerk,
            zodat ik dit soort mails voortaan rechtstreeks krijg.

            Met vriendelijke groet,
            Astrid Noordhoek
            """
        ),
    },
    {
        "id": "d131-065",
        "kind": "other",
        "sender": "Vincent Laarman <v.laarman@groenlanden.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027"
            ": Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Beste organisatie,

            Mijn directeur stuurde mij deze uitnodiging door met de opmerking dat het iets voor mij zou zijn. Ik
            ben zelf geen lid. Mag ik dan toch op 11 maart komen, of is het atelier alleen voor leden?

            Vincent Laarman
            """
        ),
    },
    {
        "id": "d131-066",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hannah Groen <h.groen@hoeksezijde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            Unfortunately I can't make it on 11 March. My deputy, Laura Timmermans (l.timmermans@hoeksezijde.nl),
            will attend in my place; she is just there for this one session.

            Best regards,
            Hannah
            """
        ),
    },
    {
        "id": "d131-067",
        "kind": "subscribe",
        "sender": "Corné van Beek <c.vanbeek@maasbocht.nl>",
        "subject": "Aanmelding directeur buurorganisatie",
        "body": _(
            """
            Beste Stan,

            Ik wil graag de nieuwe directeur van onze buur-werkorganisatie aan jullie voorstellen: Femke Dorst. Ze
            kent het netwerk nog niet en vroeg of ik haar kon aanmelden. Haar adres is f.dorst@peelrand-wo.nl.

            Hartelijke groet,
            Corné van Beek
            """
        ),
    },
    {
        "id": "d131-068",
        "kind": "other",
        "sender": "Yasmina Haddou <y.haddou@kempenwerk.nl>",
        "subject": "Jan Dorrestein",
        "body": _(
            """
            Goedemorgen,

            Even ter informatie: mijn collega Jan Dorrestein is per 1 maart met pensioen gegaan. Zijn mailbox wordt
            binnenkort opgeheven, dus u kunt zijn adres wat mij betreft van de lijst halen.

            Met vriendelijke groet,
            Yasmina Haddou
            """
        ),
    },
    {
        "id": "d131-069",
        "kind": "subscribe",
        "sender": "Frank Oudshoorn <f.oudshoorn@twentheuvel.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het bericht, de wachtlijst is prima.

            Los daarvan: wilt u mijn collega-directeur Bram Scholten ook lid maken van het netwerk? Hij vroeg er
            gisteren naar. Zijn adres: b.scholten@twentheuvel.nl

            Frank
            """
        ),
    },
    {
        "id": "d131-070",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nienke Dijkman <n.dijkman@vierstromen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Ik kom graag in de plaats van Dirk, en ik neem inderdaad iemand mee.

            Nienke Dijkman
            """
        ),
    },
    {
        "id": "d131-071",
        "kind": "other",
        "sender": "Paul Reijnders <p.reijnders@lingeoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Hallo,

            Ik kom graag in zijn plaats. Moet ik daarvoor eerst zelf lid worden, of kan ik als vervanger gewoon
            aanschuiven? En zo ja, kunt u mij dan meteen inschrijven?

            Paul Reijnders
            """
        ),
    },
    {
        "id": "d131-072",
        "kind": "subscribe",
        "sender": "Wendy Scheepers <w.scheepers@zaanwaard.nl>",
        "subject": "Lidmaatschap plaatsvervangend directeur",
        "body": _(
            """
            Beste Melanie,

            Onze nieuwe plaatsvervangend directeur, Elif Yilmaz, wil ik graag als lid aanmelden. Niet alleen voor
            één atelier dus, maar echt voor het netwerk, zodat zij ook de oproepen en uitnodigingen krijgt.
            e.yilmaz@zaanwaard.nl

            Groet,
            Wendy Scheepers
            """
        ),
    },
    {
        "id": "d131-073",
        "kind": "other",
        "sender": "Tjeerd Hoekstra <t.hoekstra@lauwerskant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Goedemiddag,

            Kunt u ook mijn drie collega's uit het directieteam uitnodigen? Het thema is voor ons allemaal actueel.
            Ik stuur hun namen en adressen na als dat nodig is.

            Tjeerd Hoekstra
            """
        ),
    },
    {
        "id": "d131-074",
        "kind": "subscribe",
        "sender": "Rik Vermaat <r.vermaat@heuvelzoom.nl>",
        "subject": "Aanmelding",
        "body": _(
            """
            Aanmelding: Jolanda Prins, j.prins@heuvelzoom.nl, directeur bedrijfsvoering Heuvelzoom. Ze verwacht
            jullie mail.

            Rik

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "d131-075",
        "kind": "other",
        "sender": "Monique Frerichs <m.frerichs@polderkwartier.nl>",
        "subject": "Aanmelding twee collega's Polderkwartier",
        "body": _(
            """
            Goedemiddag,

            Graag meld ik mijn collega Stijn Huisman aan, samen met zijn adjunct Roos Kamphuis. Beiden hebben
            interesse in de ateliers. Adressen: s.huisman@polderkwartier.nl en r.kamphuis@polderkwartier.nl.

            Vriendelijke groet,
            Monique Frerichs
            """
        ),
    },
    {
        "id": "d131-076",
        "kind": "confirm",
        "sender": "Elif Yilmaz <e.yilmaz@zaanwaard.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja hoor, graag. Wendy had me opgegeven, dat was afgesproken.

            Elif
            """
        ),
    },
    {
        "id": "d131-077",
        "kind": "unsubscribe",
        "sender": "Gijs Koelewijn <g.koelewijn@groenlanden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dit is een vergissing van een collega, die dacht dat ik interesse had. Ik hoef geen lid te worden,
            dank u.

            G. Koelewijn
            """
        ),
    },
    {
        "id": "d131-078",
        "kind": "other",
        "sender": "Annet Bruins <a.bruins@polderkwartier.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja, ik bevestig. Kees meldde mij aan; krijgt hij nu ook bericht dat het gelukt is, of moet ik hem dat
            zelf laten weten?

            Annet
            """
        ),
    },
    {
        "id": "d131-079",
        "kind": "subscribe",
        "sender": "Berend Nijenhuis <b.nijenhuis@eemvallei-uo.nl>",
        "subject": "lid",
        "body": _(
            """
            Aanmelden graag. Ik ben sinds deze maand directeur van de Uitvoeringsorganisatie Eemvallei (twee
            gemeenten, één apparaat).

            B. Nijenhuis
            """
        ),
    },
    {
        "id": "d131-080",
        "kind": "other",
        "sender": "Lidewij Stam <l.stam@dommelbeek.nl>",
        "subject": "Aanmelding collega vorige week",
        "body": _(
            """
            Beste Stan,

            Vorige week heb ik mijn collega Hanneke Brouwers bij jullie aangemeld. Ze zegt dat ze nog niets heeft
            ontvangen. Is de aanmelding goed aangekomen, of moet ik het opnieuw doen?

            Groet,
            Lidewij
            """
        ),
    },
    {
        "id": "d131-081",
        "kind": "subscribe",
        "sender": "Marten Feenstra <m.feenstra@wadkust.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar,

            Dank voor uw welkomstbericht. Mag ik van de gelegenheid gebruikmaken om ook onze directeur
            bedrijfsvoering, mevrouw Ida Kloosterman, aan te melden? Haar e-mailadres luidt
            i.kloosterman@wadkust.nl. Zij is op de hoogte.

            Hoogachtend,
            M. Feenstra
            """
        ),
    },
    {
        "id": "d131-082",
        "kind": "other",
        "sender": "Suzanne Verhoef <s.verhoef@hlbcombinatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Dag Melanie,

            Mijn collega-directeur Otto Brink is geloof ik al lid, maar ik weet niet of hij deze uitnodiging heeft
            gekregen. Zou je dat kunnen nakijken? Ik hoor het graag.

            Suzanne
            """
        ),
    },
]
# fmt: on
