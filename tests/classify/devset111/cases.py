"""devset111: joining the network and confirming it, with their look-alikes.

Directors of shared civil-service organisations who sign up themselves (a new mail, a subject line only, a pasted
form with Naam/Organisatie/Functie fields, in Dutch, English, Frisian and mixed), assistants and directors who sign
up one named colleague with that colleague's address, former members who join again under our goodbye, and
confirmations under the confirmation request and its reminder in every register: one word, an empty reply, a long
thank-you, English, from a phone, behind a heavy signature or disclaimer. Against them, look-alikes that a person
must read: questions about who may join or what it costs, sign-ups of several people or of a colleague without an
address, an assistant who signs up the director without the director's address, a wish to hear about one atelier
only, suppliers, consultants and an alderman who want in, applying for the Adviesraad, a confirmation with a real
question or request beside it, a confirmation by someone else than the one signed up, a sign-up for another
network's list sent here by mistake. A few yes/no answers to the atelier under the welcome mail, denials under the
confirmation, hand-overs under the goodbye, and auto-replies and a bounce of the confirmation mail complete it.

Conventions this set relies on (from the brief):
- A sign-up of oneself, or of exactly one named colleague whose address is given: `subscribe`. A colleague without
  an address, two or more people (also "me and my colleague"), or an assistant's new mail that names the director
  without the director's address: `other`.
- "Lid blijven" or any wish to join again under our goodbye: `subscribe`; a named successor with address under the
  goodbye: `unsubscribe` (a hand-over); thanks under the goodbye: `other`.
- Any reply under `bevestiging_aanmelding` or `herinnering_aanmelding` that says yes, also an empty one or one that
  only holds a signature: `confirm`. With a real question or a request beside it, or written by someone else than
  the person signed up (an assistant, a colleague, the director from another address): `other`.
- A plain denial under the confirmation mails ("ik heb me niet aangemeld", "geen interesse", "afmelden"):
  `unsubscribe`; with a request to erase all data: `unsubscribe` with `erase`; a denial that asks who gave us the
  address: `other`.
- Under the welcome mail, a clear answer to the atelier is an `rsvp`, a proposed topic a `suggestion`, plain thanks
  `other`.
- Questions (who may join, costs, privacy, "am I a member"), conditions, suppliers, consultants, politicians,
  the Adviesraad, one atelier only and mail meant for another network: `other`.
- Out-of-office, "address no longer in use", read receipts and ticket systems: `autoreply`; a delivery failure:
  `bounce`. Neither carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d111-001",
        "kind": "subscribe",
        "sender": "Harmen Wijnbergen <h.wijnbergen@lingewaardebetuwe.nl>",
        "subject": "Aanmelden",
        "body": _(
            """
            Goedemiddag,

            Graag meld ik mij aan voor het Netwerk van directeuren van ambtelijke fusieorganisaties.

            Met vriendelijke groet,

            Harmen Wijnbergen
            Algemeen directeur
            Werkorganisatie Lingewaarde-Betuwe
            T 0488 - 41 22 90
            """
        ),
    },
    {
        "id": "d111-002",
        "kind": "confirm",
        "sender": "Josien ter Horst <j.terhorst@ao-zeeveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd.
            """
        ),
    },
    {
        "id": "d111-003",
        "kind": "other",
        "sender": "Bas Lindeboom <b.lindeboom@grkrommewaard.nl>",
        "subject": "Vraag over lidmaatschap",
        "body": _(
            """
            Goedemorgen,

            Sinds 1 september ben ik adjunct-directeur bij de GR Krommewaard. Is uw netwerk alleen bedoeld voor de
            eerste directeur, of kunnen adjunct-directeuren ook lid worden? Voordat ik mij aanmeld hoor ik dat
            graag even.

            Vriendelijke groet,
            Bas Lindeboom
            """
        ),
    },
    {
        "id": "d111-004",
        "kind": "subscribe",
        "sender": "Pieter-Jan Rozendaal <pj.rozendaal@werkorganisatie-maasheuvel.nl>",
        "subject": "Aanmelding netwerk directeuren",
        "body": "",
    },
    {
        "id": "d111-005",
        "kind": "confirm",
        "sender": "Wouter Elzinga <wouter.elzinga@dewoldenhoorn.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Excuus, deze was ondergesneeuwd. Bij dezen bevestig ik alsnog mijn aanmelding.

            Gr. Wouter
            """
        ),
    },
    {
        "id": "d111-006",
        "kind": "confirm",
        "sender": "Annelies Kroeze <a.kroeze@tweestromenland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": "",
    },
    {
        "id": "d111-007",
        "kind": "subscribe",
        "sender": "Elske Hofstede-Baart <e.hofstede@vechtstreekmidden.nl>",
        "subject": "Aanmeldformulier netwerk",
        "body": _(
            """
            Naam: drs. E.M. (Elske) Hofstede-Baart
            Organisatie: Werkorganisatie Vechtstreek-Midden
            Functie: gemeentesecretaris / algemeen directeur
            E-mail: e.hofstede@vechtstreekmidden.nl
            Telefoon: 0294 - 33 71 08
            """
        ),
    },
    {
        "id": "d111-008",
        "kind": "other",
        "sender": "Ronald Schipper <r.schipper@heuvelrugzuid.nl>",
        "subject": "Aanmelding directieteam",
        "body": _(
            """
            Beste secretariaat,

            Ons voltallige directieteam wil graag lid worden van het netwerk. Het gaat om:
            - Ronald Schipper, algemeen directeur (r.schipper@heuvelrugzuid.nl)
            - Fatima el Idrissi, directeur Dienstverlening (f.elidrissi@heuvelrugzuid.nl)
            - Gert-Jan Blom, directeur Bedrijfsvoering (gj.blom@heuvelrugzuid.nl)

            Wilt u ons alle drie inschrijven?

            Met vriendelijke groet,
            Ronald Schipper
            Werkorganisatie Heuvelrug-Zuid
            """
        ),
    },
    {
        "id": "d111-009",
        "kind": "confirm",
        "sender": "Daniel Okafor <d.okafor@westerduin-sso.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - thank you!

            Best regards,
            Daniel Okafor
            Director of Operations | Werkorganisatie Westerduin
            """
        ),
    },
    {
        "id": "d111-010",
        "kind": "other",
        "sender": "Secretariaat directie <secretariaat.directie@werkorganisatie-eemdal.nl>",
        "subject": "Aanmelding directeur",
        "body": _(
            """
            Geachte heer, mevrouw,

            Graag wil ik onze algemeen directeur, de heer R. Verbeek, aanmelden voor uw netwerk van directeuren.
            Kunt u dit voor ons in orde maken?

            Met vriendelijke groet,

            Mirjam Oosterhuis
            Secretariaat directie | Werkorganisatie Eemdal
            """
        ),
    },
    {
        "id": "d111-011",
        "kind": "subscribe",
        "sender": "Karin Vos <k.vos@gr-oostpolder.nl>",
        "subject": "Nieuw lid: collega bedrijfsvoering",
        "body": _(
            """
            Hoi Stan en Melanie,

            Mijn nieuwe collega Thijs Brouwer is per deze maand directeur bedrijfsvoering bij ons. Ik heb hem over
            het netwerk verteld en hij wil graag meedoen. Zou je hem willen aanmelden? Zijn adres is
            t.brouwer@gr-oostpolder.nl.

            Groet,
            Karin
            """
        ),
    },
    {
        "id": "d111-012",
        "kind": "unsubscribe",
        "sender": "Hans de Gooijer <hans.degooijer@rijnveenstad.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb me niet aangemeld.

            H. de Gooijer
            """
        ),
    },
    {
        "id": "d111-013",
        "kind": "confirm",
        "sender": "Marjolein Spaargaren <m.spaargaren@wo-dijkenzand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat fijn dat dit netwerk bestaat! Ik ben nu een half jaar directeur van Werkorganisatie Dijkenzand en
            merk hoe weinig collega's er zijn die precies dezelfde spagaat kennen tussen drie colleges en één
            organisatie. Een collega uit Zeeland wees me op jullie ateliers en was er erg enthousiast over.

            Bij deze bevestig ik dus van harte mijn aanmelding. Ik kijk ernaar uit om collega's te ontmoeten en van
            hun ervaringen te leren.

            Hartelijke groet,

            Marjolein Spaargaren
            directeur Werkorganisatie Dijkenzand
            """
        ),
    },
    {
        "id": "d111-014",
        "kind": "subscribe",
        "sender": "Jeroen Pauwels <j.pauwels@kempenhorst.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            lid blijven
            """
        ),
    },
    {
        "id": "d111-015",
        "kind": "other",
        "sender": "Ingeborg Valkema <ingeborg.valkema@fryslanwest-wo.nl>",
        "subject": "kosten lidmaatschap?",
        "body": _(
            """
            Goedendag,

            Een collega attendeerde mij op uw netwerk. Voordat ik mij aanmeld: zijn er kosten aan het lidmaatschap
            verbonden, en zo ja, hoe hoog is de contributie en wordt die per persoon of per organisatie berekend?

            Met vriendelijke groet,
            Ingeborg Valkema
            """
        ),
    },
    {
        "id": "d111-016",
        "kind": "confirm",
        "sender": "Cor Meulenbelt <c.meulenbelt@bommelerwaarden-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ja hoor, bevestigd

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d111-017",
        "kind": "other",
        "sender": "Robin Hageman <robin.hageman@zaakwijs-software.nl>",
        "subject": "Aanmelding netwerk",
        "body": _(
            """
            Beste organisatoren,

            Namens Zaakwijs, leverancier van zaakgericht-werkenoplossingen voor een dertigtal gemeenten, wil ik
            mij graag aanmelden voor uw netwerk. Veel van onze klanten zijn ambtelijke fusieorganisaties en wij
            denken graag mee over digitalisering. Wellicht kunnen wij ook eens een atelier faciliteren.

            Met vriendelijke groet,

            Robin Hageman
            Accountmanager Overheid | Zaakwijs B.V.
            """
        ),
    },
    {
        "id": "d111-018",
        "kind": "subscribe",
        "sender": "Sarah Lindqvist-de Boer <s.lindqvist@ijsselkant.nl>",
        "subject": "Joining the network",
        "body": _(
            """
            Dear secretariat,

            I would like to join the network of directors of shared civil-service organisations. I recently took
            up the position of general director at Werkorganisatie IJsselkant, which serves three municipalities.
            My Dutch is still work in progress, so apologies for writing in English.

            Kind regards,
            Sarah Lindqvist-de Boer
            """
        ),
    },
    {
        "id": "d111-019",
        "kind": "confirm",
        "sender": "Ruud Alkema <ruud.alkema@noorderzijl.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            ok
            """
        ),
    },
    {
        "id": "d111-020",
        "kind": "other",
        "sender": "Loes van Hulten <l.vanhulten@werkorganisatie-kanaalzone.nl>",
        "subject": "Aanmelding Adviesraad",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Ik ben al een paar jaar lid van het netwerk en heb de ateliers steeds als zeer waardevol ervaren. Ik
            zou me graag aanmelden voor de Adviesraad, mocht daar een plek vrijkomen. Wat wordt er van een lid van
            de Adviesraad verwacht qua tijd?

            Hartelijke groet,
            Loes van Hulten
            """
        ),
    },
    {
        "id": "d111-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Arnoud Zegers <a.zegers@wo-lekdijk.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. De uitnodiging voor het atelier van 11 maart in Utrecht zag ik ook al
            binnenkomen: daar ben ik graag bij.

            Arnoud Zegers
            """
        ),
    },
    {
        "id": "d111-022",
        "kind": "other",
        "sender": "Yvonne Karsten <y.karsten@gr-zuiderhaven.nl>",
        "subject": "Alleen het atelier over dienstverlening",
        "body": _(
            """
            Goedemiddag,

            Ik hoef geen lid te worden van het netwerk, maar ik hoorde dat er een atelier komt over
            dienstverlening aan inwoners. Kunt u mij voor dat ene atelier op de hoogte houden en een uitnodiging
            sturen? Verder hoef ik geen berichten te ontvangen.

            Met vriendelijke groet,
            Yvonne Karsten
            """
        ),
    },
    {
        "id": "d111-023",
        "kind": "confirm",
        "sender": "Teun Baris <tbaris@gemeenten-lindeveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Akkoord, graag aanmelden.

            T. Baris
            """
        ),
    },
    {
        "id": "d111-024",
        "kind": "subscribe",
        "sender": "Nadia Bouzidi <n.bouzidi@waalweide.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik was als gast mee met mijn collega Marieke en vond het een inspirerende middag. Deze mail kreeg ik
            via haar. Ik ben zelf directeur sociaal domein bij Werkorganisatie Waalweide en wil me graag als lid
            aanmelden, dan ontvang ik de berichten voortaan rechtstreeks.

            Met vriendelijke groet,
            Nadia Bouzidi
            """
        ),
    },
    {
        "id": "d111-025",
        "kind": "other",
        "sender": "Evert Mulderij <e.mulderij@delfzijlster-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij deze bevestigd. Wel een vraag: worden de ateliers altijd in Utrecht gehouden, of ook weleens in
            het noorden? Voor ons is het een flinke reis.

            Evert Mulderij
            """
        ),
    },
    {
        "id": "d111-026",
        "kind": "other",
        "sender": "Chantal Verhoef <c.verhoef@werkorganisatie-amstelgein.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "subject": "FW: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Goedemorgen,

            Hieronder de bevestigingsmail die de heer Van Ommeren ontving. Hij is deze week op werkbezoek; namens
            hem laat ik weten dat hij akkoord gaat met de aanmelding.

            Met vriendelijke groet,
            Chantal Verhoef
            managementassistent directie
            """
        ),
    },
    {
        "id": "d111-027",
        "kind": "other",
        "sender": "Frank Hoogeveen <f.hoogeveen@drechtwaarden.nl>",
        "subject": "Aanmelding nieuwsbrief Kring Concerncontrollers",
        "body": _(
            """
            Beste beheerder,

            Graag wil ik mij aanmelden voor de nieuwsbrief en de regiobijeenkomsten van de Kring van
            Concerncontrollers Zuid-Holland.

            Frank Hoogeveen
            concerncontroller, Drechtwaarden
            """
        ),
    },
    {
        "id": "d111-028",
        "kind": "subscribe",
        "sender": "Sjoerd Hoekstra <s.hoekstra@marwei.frl>",
        "subject": "Oanmelding netwurk",
        "body": _(
            """
            Goeie,

            Graach wol ik my oanmelde foar it netwurk fan direkteuren fan amtlike fúzjeorganisaasjes.

            Mei freonlike groet,
            Sjoerd Hoekstra
            algemien direkteur Wurkorganisaasje Marwei
            """
        ),
    },
    {
        "id": "d111-029",
        "kind": "confirm",
        "sender": "Ger Landstra <Ger.Landstra@oldambtkwartier.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding.

            Met vriendelijke groet,
            G.J. Landstra
            """
        ),
    },
    {
        "id": "d111-030",
        "kind": "unsubscribe",
        "sender": "Mieke Rutgers <mieke.rutgers@bernisseveld.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, dank u. Ik heb geen belangstelling voor dit netwerk.
            """
        ),
    },
    {
        "id": "d111-031",
        "kind": "autoreply",
        "sender": "Laurens Bakels <l.bakels@wo-hunzedal.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-3PW8C-LN6DQ-9HTY2]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben afwezig tot en met maandag 4 januari en heb beperkt toegang tot mijn
            e-mail. Voor dringende zaken kunt u contact opnemen met het directiesecretariaat via 050 - 318 44 00.

            Laurens Bakels
            """
        ),
    },
    {
        "id": "d111-032",
        "kind": "subscribe",
        "sender": "Petra Scholten <p.scholten@berkeloord.nl>",
        "subject": "Aanmelding mevrouw Achterberg",
        "body": _(
            """
            Geacht secretariaat,

            Namens mevrouw drs. L. Achterberg, algemeen directeur van Werkorganisatie Berkeloord, meld ik haar aan
            voor het Netwerk van directeuren van ambtelijke fusieorganisaties. Haar e-mailadres is
            l.achterberg@berkeloord.nl.

            Met vriendelijke groet,

            Petra Scholten
            directiesecretaresse
            """
        ),
    },
    {
        "id": "d111-033",
        "kind": "other",
        "sender": "Bert Knijff <b.knijff@stichtsehoek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb me nooit bij u aangemeld. Van wie heeft u mijn e-mailadres gekregen? Dat wil ik graag weten.

            B. Knijff
            """
        ),
    },
    {
        "id": "d111-034",
        "kind": "confirm",
        "sender": "Hester Vink <h.vink@ambtelijkeorganisatie-waterland-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja, ik wil graag lid worden.

            Hester Vink
            """
        ),
    },
    {
        "id": "d111-035",
        "kind": "subscribe",
        "sender": "Maarten Doornbos <m.doornbos@wo-peelrand.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            In het voorjaar heb ik me afgemeld omdat het er toen op leek dat onze ambtelijke fusie zou worden
            teruggedraaid. Dat is van de baan: de raden hebben vorige week besloten door te gaan. Ik wil me dan
            ook graag weer aanmelden voor het netwerk.

            Groet,
            Maarten Doornbos
            """
        ),
    },
    {
        "id": "d111-036",
        "kind": "other",
        "sender": "Wendela Brakman <wendela@brakman-advies.nl>",
        "subject": "Lidmaatschap netwerk",
        "body": _(
            """
            Goedemiddag,

            Als organisatieadviseur begeleid ik al jaren ambtelijke fusies, onder meer in de Achterhoek en West-
            Brabant. Graag zou ik lid worden van uw netwerk om op de hoogte te blijven van wat er bij directeuren
            speelt. Kunt u mij toevoegen?

            Met vriendelijke groet,
            Wendela Brakman
            Brakman Advies & Interim
            """
        ),
    },
    {
        "id": "d111-037",
        "kind": "confirm",
        "sender": "Olaf Terpstra <o.terpstra@skarsterwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            bevestigd, dank
            """
        ),
    },
    {
        "id": "d111-038",
        "kind": "other",
        "sender": "Liesbeth Groenewegen <l.groenewegen@lopikerzand.nl>",
        "subject": "Aanmelden + vraag",
        "body": _(
            """
            Beste mensen,

            Ik wil me graag aanmelden als lid. Daarbij een vraag: onze werkorganisatie voert taken uit voor twee
            gemeenten, maar een derde gemeente neemt alleen de bedrijfsvoering af. Tellen wij dan als ambtelijke
            fusieorganisatie in de zin van jullie netwerk?

            Groet,
            Liesbeth Groenewegen
            directeur Werkorganisatie Lopikerzand
            """
        ),
    },
    {
        "id": "d111-039",
        "kind": "subscribe",
        "sender": "Rik Waanders <rik.waanders@gr-salland-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Hallo,

            Mijn collega stuurde mij deze oproep door. Ik ben (nog) geen lid, maar wil me graag aanmelden voor het
            netwerk. Een onderwerp heb ik op dit moment nog niet; dat komt vast nog.

            Rik Waanders
            directeur GR Salland-Noord
            """
        ),
    },
    {
        "id": "d111-040",
        "kind": "confirm",
        "sender": "Anouk Smeding <a.smeding@wo-vlieland-terschelling-noord.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, please. Sorry for the delay!
            """
        ),
    },
    {
        "id": "d111-041",
        "kind": "other",
        "sender": "Gijs van der Hoorn <g.vanderhoorn@werkorganisatie-rijnstreek.nl>",
        "subject": "collega aanmelden",
        "body": _(
            """
            Stan,

            Kun je mijn collega Jolanda Pieterse ook op de lijst zetten? Ze is sinds kort directeur
            dienstverlening bij ons en heeft er veel zin in.

            Gijs
            """
        ),
    },
    {
        "id": "d111-042",
        "kind": "subscribe",
        "sender": "Ellen Haverkamp <e.haverkamp@twentekanaal-wo.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de welkomstmail!

            Mijn collega-directeur Maurits de Lange, directeur bedrijfsvoering, wil ook graag lid worden. Zijn
            adres: m.delange@twentekanaal-wo.nl.

            Ellen
            """
        ),
    },
    {
        "id": "d111-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Kees Dorrestein <k.dorrestein@alblasseroord.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Dank u. Het atelier van donderdag 11 maart lukt mij helaas niet, dan zit ik in een raadsvergadering.
            De volgende keer hoop ik er wel bij te zijn.

            Kees Dorrestein
            """
        ),
    },
    {
        "id": "d111-044",
        "kind": "other",
        "sender": "Trudy Wessels <t.wessels@wo-grebbeland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat een warm welkom, hartelijk dank daarvoor. Ik voel me al helemaal thuis!

            Trudy
            """
        ),
    },
    {
        "id": "d111-045",
        "kind": "confirm",
        "sender": "Menno Hazelhoff <m.hazelhoff@gemeenschappelijkeregeling-eemland-west.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Graag bevestig ik mijn aanmelding.

            Met vriendelijke groet,

            Menno Hazelhoff
            Algemeen directeur | GR Eemland-West
            Postbus 140, 3860 AC Nijkerkveen
            www.eemland-west.nl

            Heeft u een vraag aan de gemeente? Kijk dan eerst op onze website. Bent u niet de geadresseerde van
            dit bericht? Wilt u het dan vernietigen en de afzender informeren? Aan dit bericht kunnen geen rechten
            worden ontleend.
            """
        ),
    },
    {
        "id": "d111-046",
        "kind": "confirm",
        "sender": "Saskia Bloemendal <s.bloemendal@wo-zwetland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigt, groetjes Saskia

            Verzonden met Outlook voor Android
            """
        ),
    },
    {
        "id": "d111-047",
        "kind": "unsubscribe",
        "sender": "Frits Overmars <f.overmars@haarlemmerkwartier-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            afmelden
            """
        ),
    },
    {
        "id": "d111-048",
        "kind": "other",
        "sender": "Jacqueline Timmer <jacq.timmer@gmail.com>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Hoi, ik reageer vanaf mijn privémail omdat mijn werkmail (j.timmer@linge-oost.nl) buiten de deur
            niet wil versturen. Bij deze bevestig ik mijn aanmelding, kunnen jullie dat zo verwerken?

            Jacqueline Timmer
            """
        ),
    },
    {
        "id": "d111-049",
        "kind": "subscribe",
        "sender": "Michael Brennan <m.brennan@scheldeoord.nl>",
        "subject": "Registration",
        "body": _(
            """
            Name: Michael Brennan
            Organisation: Werkorganisatie Scheldeoord
            Position: Director of Business Operations
            E-mail: m.brennan@scheldeoord.nl

            Please register me as a member of the network.
            """
        ),
    },
    {
        "id": "d111-050",
        "kind": "other",
        "sender": "Dirk-Jan Veenstra <dj.veenstra@wo-fivelboorden.nl>",
        "subject": "Ben ik al lid?",
        "body": _(
            """
            Goedemiddag,

            Mijn voorganger was lid van uw netwerk, maar ik weet niet of ik automatisch op de lijst ben gezet toen
            ik hem opvolgde. Kunt u even nagaan of ik al lid ben?

            Met vriendelijke groet,
            Dirk-Jan Veenstra
            """
        ),
    },
    {
        "id": "d111-051",
        "kind": "confirm",
        "sender": "Femke Roodbeen <f.roodbeen@binnenmaas-eiland.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij deze! Goed dat u me er nog even aan herinnerde, hij was in mijn spamfolder beland.

            Femke Roodbeen
            """
        ),
    },
    {
        "id": "d111-052",
        "kind": "subscribe",
        "sender": "Gerrit Holleman <g.holleman@veluwezoom-samen.nl>",
        "subject": "Netwerk directeuren",
        "body": _(
            """
            Beste Stan,

            Vorige week op het VGS-congres raakten we aan de koffie aan de praat over de Leer- en inspireer-
            ateliers. Je raadde me aan me bij het netwerk aan te melden, en dat doe ik bij dezen: ik word graag
            lid. Ik ben sinds dit voorjaar algemeen directeur van Veluwezoom Samen, de werkorganisatie van drie
            gemeenten aan de rand van de Veluwe.

            Hartelijke groet en tot ziens,
            Gerrit Holleman
            """
        ),
    },
    {
        "id": "d111-053",
        "kind": "other",
        "sender": "Anja Weggeman <a.weggeman@tielerwaard-wo.nl>",
        "subject": "Aanmelding niet bevestigd?",
        "body": _(
            """
            Goedemorgen,

            Vorige week heb ik mij per mail aangemeld voor het netwerk, maar ik heb sindsdien niets meer van u
            gehoord, ook geen bevestigingsmail. Is mijn aanmelding wel goed aangekomen?

            Anja Weggeman
            """
        ),
    },
    {
        "id": "d111-054",
        "kind": "autoreply",
        "sender": "Geert Pronk <g.pronk@oud-beijerland-wo.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Automatisch antwoord: Herinnering: bevestig uw aanmelding [ref:AF-6TR2M-WC9XK-1BQP5]",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Uw bericht wordt niet doorgestuurd. Voor vragen kunt u
            terecht bij info@oud-beijerland-wo.nl.
            """
        ),
    },
    {
        "id": "d111-055",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.ambtelijkefusie.nl>",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.ambtelijkefusie.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <w.tammes@wo-dongeradeel-oost.nl>: host mail.wo-dongeradeel-oost.nl[185.62.14.9] said:
                550 5.1.1 <w.tammes@wo-dongeradeel-oost.nl>: Recipient address rejected: User unknown

            Subject: Bevestig uw aanmelding [ref:AF-8GH4V-ZR2NT-5MUE7]
            """
        ),
    },
    {
        "id": "d111-056",
        "kind": "confirm",
        "sender": "Ton Jurgens <Ton.Jurgens@wo-maasenwaal.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Graag bevestig ik hierbij mijn aanmelding voor het netwerk.

            Met vriendelijke groet,
            Ton Jurgens
            """
        ),
    },
    {
        "id": "d111-057",
        # (relabelled from other: a denial under the confirmation request that asks who did it still withdraws the
        # sign-up, as decided in issue 19 and held by tests/data/inbound/133-other-outlook.eml)
        "kind": "unsubscribe",
        "sender": "Hilde Vermaat <h.vermaat@gr-duinkant.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit is al de tweede mail die ik krijg, maar ik heb me niet aangemeld. Wie heeft mij bij u opgegeven?

            Hilde Vermaat
            """
        ),
    },
    {
        "id": "d111-058",
        "kind": "subscribe",
        "sender": "Joost Rademaker <j.rademaker@hollandsduin-wo.nl>",
        "subject": "Aanmelden / sign up",
        "body": _(
            """
            Hi Melanie,

            Graag aanmelden voor het netwerk. Onze nieuwe collega uit Ierland zit ook in ons MT, maar die meldt
            zichzelf wel aan. For the record: I'm happy to receive everything in Dutch.

            Cheers,
            Joost Rademaker
            Algemeen directeur Hollands Duin
            """
        ),
    },
    {
        "id": "d111-059",
        "kind": "other",
        "sender": "Rianne Koopmans <r.koopmans@wo-noordkop-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Deze mail is binnengekomen in de mailbox van onze vorige directeur, de heer Staal. Hij is per 1
            november vertrokken en ik beheer zijn mailbox tijdelijk. Ik weet niet wie hem heeft aangemeld.

            Met vriendelijke groet,
            Rianne Koopmans
            bestuurssecretariaat
            """
        ),
    },
    {
        "id": "d111-060",
        "kind": "confirm",
        "sender": "Erik Nauta <e.nauta@westerkwartier-bedrijfsvoering.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-2HD8L-QP4NE-7WKX3]",
        "body": _(
            """
            Ja
            """
        ),
    },
    {
        "id": "d111-061",
        "kind": "subscribe",
        "sender": "Willemijn Sterk <w.sterk@deltakust-wo.nl>",
        "subject": "Graag toevoegen aan de mailinglijst van het directeurennetwerk",
        "body": _(
            """
            Wilt u mij op de verzendlijst zetten? Ik ben directeur van Werkorganisatie Deltakust.

            W. Sterk
            """
        ),
    },
    {
        "id": "d111-062",
        "kind": "other",
        "sender": "Arjen Bosschaart <a.bosschaart@vijfheerenwaard.nl>",
        "subject": "Aanmelding onder voorwaarde",
        "body": _(
            """
            Geacht secretariaat,

            Ik wil mij aanmelden voor het netwerk, op voorwaarde dat mijn naam en organisatie niet in een
            openbare deelnemerslijst of verslag worden opgenomen. Kunt u mij bevestigen dat dat zo geregeld is?

            Met vriendelijke groet,
            A. Bosschaart
            """
        ),
    },
    {
        "id": "d111-063",
        "kind": "subscribe",
        "sender": "Bureau directie Randmeren <directiebureau@randmeren-wo.nl>",
        "subject": "Aanmelding netwerk",
        "body": _(
            """
            Goedemiddag,

            Graag melden wij onze directeur aan voor het netwerk:

            Naam: ir. H.W. (Henk) Voskuilen
            Organisatie: Werkorganisatie Randmeren
            Functie: algemeen directeur / gemeentesecretaris
            E-mailadres: h.voskuilen@randmeren-wo.nl

            Met vriendelijke groet,
            Bureau directie
            """
        ),
    },
    {
        "id": "d111-064",
        "kind": "other",
        "sender": "Ilse Mertens <i.mertens@gr-kempenland-noord.nl>",
        "subject": "Aanmelding twee directeuren",
        "body": _(
            """
            Beste secretariaat,

            Namens onze beide directeuren, mevrouw W. Donkers (w.donkers@gr-kempenland-noord.nl) en de heer
            P. van Dijck (p.vandijck@gr-kempenland-noord.nl), wil ik graag een aanmelding doen voor uw netwerk.

            Met vriendelijke groet,
            Ilse Mertens
            managementondersteuning
            """
        ),
    },
    {
        "id": "d111-065",
        "kind": "confirm",
        "sender": "Hanneke Sloot <h.sloot@wo-lingezegen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Hartelijk dank voor jullie snelle reactie. Hierbij bevestig ik graag mijn aanmelding. Ik kijk uit naar
            de eerste bijeenkomst en naar de kennismaking met collega's die met dezelfde vraagstukken worstelen.

            Vriendelijke groet,
            Hanneke Sloot
            """
        ),
    },
    {
        "id": "d111-066",
        "kind": "other",
        "sender": "Paul Bijlsma <p.bijlsma@wo-waddenkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik bevestig. Wel graag de berichten voortaan naar p.bijlsma@waddenkust.nl sturen: dit adres
            vervalt per 1 maart als wij overgaan op het nieuwe domein.

            Paul Bijlsma
            """
        ),
    },
    {
        "id": "d111-067",
        "kind": "subscribe",
        "sender": "Mariska Hoebe <m.hoebe@zuidplashoek.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Oeps, dat was niet de bedoeling! Ik had op de verkeerde mail gereageerd. Graag blijf ik lid.

            Mariska
            """
        ),
    },
    {
        "id": "d111-068",
        "kind": "unsubscribe",
        "sender": "Johan Kleinjan <j.kleinjan@wo-langstraat.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Mijn taken worden vanaf 1 februari overgenomen door Merel Donkervoort; zij
            wordt de nieuwe algemeen directeur. Haar adres is m.donkervoort@wo-langstraat.nl.

            Johan Kleinjan
            """
        ),
    },
    {
        "id": "d111-069",
        "kind": "other",
        "sender": "Wethouder R. Tjoe-A-Jong <r.tjoeajong@gemeente-zandhorst.nl>",
        "subject": "Lid worden als wethouder?",
        "body": _(
            """
            Geachte heer, mevrouw,

            Als portefeuillehouder bedrijfsvoering ben ik nauw betrokken bij onze ambtelijke fusie. Is het
            mogelijk dat ik als wethouder ook lid word van uw netwerk?

            Met vriendelijke groet,
            Ricardo Tjoe-A-Jong
            wethouder gemeente Zandhorst
            """
        ),
    },
    {
        "id": "d111-070",
        "kind": "confirm",
        "sender": "Bram Kuiper <bramkuiper@heerenveenkwartier.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ja graag 👍

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "d111-071",
        "kind": "other",
        "sender": "Gonnie Reitsma <g.reitsma@wo-achterkerk.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Vreemd, ik had vorige week toch al op jullie eerste mail geantwoord? Is dat niet aangekomen?

            Gonnie Reitsma
            """
        ),
    },
    {
        "id": "d111-072",
        "kind": "subscribe",
        "sender": "Lotte Harmsen <l.harmsen@wo-oostwold-pekela.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de uitnodiging namens Dirk. Ik ben zelf directeur bedrijfsvoering bij dezelfde
            werkorganisatie en zou graag ook zelf lid worden van het netwerk, zodat ik de berichten voortaan
            rechtstreeks ontvang.

            Met vriendelijke groet,
            Lotte Harmsen
            """
        ),
    },
    {
        "id": "d111-073",
        "kind": "other",
        "sender": "Tim Verduijn <t.verduijn@student.ru-nijmegen.nl>",
        "subject": "Aanmelding netwerk i.v.m. scriptie",
        "body": _(
            """
            Beste heer Van de Laar, beste mevrouw Huurneman,

            Voor mijn masterscriptie bestuurskunde onderzoek ik de sturing van ambtelijke fusieorganisaties.
            Zou ik mij als student kunnen aanmelden voor het netwerk, zodat ik de ateliers kan bijwonen en
            directeuren kan benaderen voor interviews?

            Met vriendelijke groet,
            Tim Verduijn
            """
        ),
    },
    {
        "id": "d111-074",
        "kind": "confirm",
        "sender": "Claire Dumont <c.dumont@wo-vaalsbroek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Confirm.

            Sent from my iPhone
            """
        ),
    },
    {
        "id": "d111-075",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Rutger Vlasblom <r.vlasblom@nieuwkoopse-plassen-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij niet aangemeld voor dit netwerk. Verwijder al mijn gegevens uit uw systemen, conform de AVG.

            R. Vlasblom
            """
        ),
    },
    {
        "id": "d111-076",
        "kind": "other",
        "sender": "Nicole Schuurman <n.schuurman@wo-berghuizen.nl>",
        "subject": "Aanmelding congres 14 april",
        "body": _(
            """
            Goedendag,

            Hierbij meld ik mij aan voor het voorjaarscongres van de Vereniging Publieke Dienstverlening op 14
            april in Zwolle, inclusief de middagsessie over klantcontact.

            Met vriendelijke groet,
            Nicole Schuurman
            """
        ),
    },
    {
        "id": "d111-077",
        "kind": "subscribe",
        "sender": "Kees Dijkhuizen <k.dijkhuizen@gr-vlietlanden.nl>",
        "subject": "aanmelding",
        "body": _(
            """
            Meld me aan svp.

            K. Dijkhuizen, dir. GR Vlietlanden
            """
        ),
    },
    {
        "id": "d111-078",
        "kind": "confirm",
        "sender": "Alie Boersma <aboersma@wo-opsterlan-noord.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Prima
            """
        ),
    },
    {
        "id": "d111-079",
        "kind": "other",
        "sender": "Leon Hartog <l.hartog@wo-gooiseweiden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd. Kan mijn plaatsvervanger, Saar de Ridder, ook een kopie van de uitnodigingen krijgen? Zij
            gaat regelmatig in mijn plaats naar dit soort bijeenkomsten.

            Leon Hartog
            """
        ),
    },
    {
        "id": "d111-080",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jolien Hartsuiker <j.hartsuiker@wo-ommerkanaal.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de welkomstmail. U vraagt naar een onderwerp: mij houdt vooral bezig hoe je als
            werkorganisatie omgaat met twee gemeenteraden die elk iets anders van je verwachten, en hoe je
            voorkomt dat de ene gemeente het gevoel krijgt tekort te komen.

            Jolien Hartsuiker
            """
        ),
    },
    {
        "id": "d111-081",
        "kind": "other",
        "sender": "Stefan Rietveld <s.rietveld@wo-lekstroom.nl>",
        "subject": "Privacy bij aanmelding",
        "body": _(
            """
            Goedemiddag,

            Ik overweeg me aan te melden voor het netwerk. Wat gebeurt er met mijn gegevens, en worden
            e-mailadressen gedeeld met de andere leden of met SeinstravandeLaar voor andere doeleinden?

            Stefan Rietveld
            """
        ),
    },
    {
        "id": "d111-082",
        "kind": "subscribe",
        "sender": "mr. C.A. Wolters-Brink <ca.wolters@wo-hofvanholland.nl>",
        "subject": "Verzoek tot inschrijving",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Hierbij verzoek ik u mij in te schrijven als lid van het Netwerk van directeuren van ambtelijke
            fusieorganisaties. Ik vervul sinds 1 oktober jl. de functie van algemeen directeur van de
            Werkorganisatie Hof van Holland.

            Hoogachtend,

            mr. C.A. Wolters-Brink
            """
        ),
    },
    {
        "id": "d111-083",
        "kind": "confirm",
        "sender": "Youssef Amrani <y.amrani@wo-vijfheuvelen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ja, ik word graag lid.
            """
        ),
    },
    {
        "id": "d111-084",
        "kind": "autoreply",
        "sender": "Marco Zijlstra <m.zijlstra@wo-lauwersland.nl>",
        "subject": "Gelezen: Bevestig uw aanmelding [ref:AF-4NB7S-KD3YF-8QRW6]",
        "body": _(
            """
            Uw bericht

              Aan: m.zijlstra@wo-lauwersland.nl
              Onderwerp: Bevestig uw aanmelding [ref:AF-4NB7S-KD3YF-8QRW6]
              Verzonden: dinsdag 8 december 2026 10:14:22 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is gelezen op dinsdag 8 december 2026 11:02:47 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "d111-085",
        "kind": "other",
        "sender": "Hugo van Leeuwen <hugo@vanleeuweninterim.nl>",
        "subject": "Aanmelding als interim-directeur",
        "body": _(
            """
            Beste Stan,

            Tot vorig jaar was ik directeur van een werkorganisatie in het Rivierenland; inmiddels werk ik als
            zelfstandig interim-manager, steeds vaker bij fusieorganisaties. Ik zou graag (weer) lid worden van
            het netwerk. Kan dat, nu ik niet meer in loondienst bij een fusieorganisatie werk?

            Groet,
            Hugo van Leeuwen
            """
        ),
    },
    {
        "id": "d111-086",
        "kind": "subscribe",
        "sender": "Emma Whitfield <e.whitfield@wo-bergkamp.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            That was a mistake on my side - I'd like to stay a member after all.

            Emma
            """
        ),
    },
    {
        "id": "d111-087",
        "kind": "other",
        "sender": "Marianne Otten <m.otten@wo-zuidergouw.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik ben de secretaresse van mevrouw Van Reenen, die is aangemeld. Zij is twee weken op vakantie, maar ik
            weet dat zij graag lid wordt. Ik bevestig daarom namens haar.

            Met vriendelijke groet,
            Marianne Otten
            """
        ),
    },
    {
        "id": "d111-088",
        "kind": "confirm",
        "sender": "Rob Eshuis <r.eshuis@wo-dinkelgrens.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij deze bevestigd.

            Met vriendelijke groet,

            [cid:image001.png@01DB4A2C.6F1E3B20]
            Rob Eshuis | algemeen directeur
            Werkorganisatie Dinkelgrens
            T 053 - 480 22 10 | M 06 - 41 88 20 37
            [cid:image002.png@01DB4A2C.6F1E3B20] [cid:image003.png@01DB4A2C.6F1E3B20]
            Denk aan het milieu voordat u deze e-mail print.
            """
        ),
    },
    {
        "id": "d111-089",
        "kind": "rsvp",
        "attending": True,
        "sender": "Oliver Mensink <o.mensink@wo-regge-en-vecht.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks! I've also received the invitation for the atelier on 11 March - count me in, I'll be there.

            Oliver
            """
        ),
    },
    {
        "id": "d111-090",
        "kind": "subscribe",
        "sender": "Dewi Soetanto <d.soetanto@wo-altenaland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik kom donderdag als gast mee met Marieke, zij stuurde mij deze herinnering door. Tegelijk wil ik me
            graag als lid van het netwerk aanmelden; ik ben sinds de zomer directeur dienstverlening bij
            Werkorganisatie Altenaland.

            Groeten,
            Dewi Soetanto
            """
        ),
    },
    {
        "id": "d111-091",
        "kind": "other",
        "sender": "Caroline Meijerink <c.meijerink@gemeente-oldenbroekdal.nl>",
        "subject": "Alleen verslagen ontvangen",
        "body": _(
            """
            Beste secretariaat,

            Wij zijn geen fusieorganisatie, maar overwegen er een te worden. Ik hoef geen lid te worden, maar zou
            het waarderen als ik de verslagen van de ateliers zou kunnen ontvangen. Is dat mogelijk?

            Caroline Meijerink
            gemeentesecretaris Oldenbroekdal
            """
        ),
    },
    {
        "id": "d111-092",
        "kind": "confirm",
        "sender": "Niels Bakker <n.bakker@wo-drentsche-aa-zuid.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Hierbij bevestigd, dank u wel.
            """
        ),
    },
    {
        "id": "d111-093",
        "kind": "confirm",
        "sender": "Ilona Pasman <i.pasman@wo-mijdrechtveen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dat klopt, dat was ik. Graag lid!

            Ilona
            """
        ),
    },
    {
        "id": "d111-094",
        "kind": "other",
        "sender": "Zeynep Ölmez-Bakker <z.olmez@wo-rivierduinen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik bevestig mijn aanmelding, maar mijn naam is verkeerd gespeld in uw bestand: het moet Ölmez-Bakker
            zijn, met een Ö. Wilt u dat aanpassen voordat u de uitnodigingen verstuurt?

            Zeynep Ölmez-Bakker
            """
        ),
    },
    {
        "id": "d111-095",
        "kind": "subscribe",
        "sender": "Martijn Everts <m.everts@wo-dommeldal.nl>",
        "subject": "Aanmelding via website",
        "body": _(
            """
            Ik meld mij aan als: lid

            Naam                 Martijn Everts
            Organisatie          Werkorganisatie Dommeldal (gemeenten Sonbeek en Heezen)
            Functie              directeur bedrijfsvoering
            E-mailadres          m.everts@wo-dommeldal.nl

            (het formulier op de website gaf een foutmelding, vandaar per mail)
            """
        ),
    },
    {
        "id": "d111-096",
        "kind": "other",
        "sender": "Sanne de Bruijn <s.debruijn@wo-kromme-ijssel.nl>",
        "subject": "Aanmeldformulier",
        "body": _(
            """
            Naam: Sanne de Bruijn
            Organisatie: Werkorganisatie Kromme IJssel
            Functie: algemeen directeur
            E-mail: s.debruijn@wo-kromme-ijssel.nl

            Naam: Ahmed Tahiri
            Organisatie: Werkorganisatie Kromme IJssel
            Functie: directeur ruimte
            E-mail: a.tahiri@wo-kromme-ijssel.nl
            """
        ),
    },
    {
        "id": "d111-097",
        "kind": "subscribe",
        "sender": "Vincent Lammers <v.lammers@gr-merwedestroom.nl>",
        "subject": "Aanmelding adjunct-directeur",
        "body": _(
            """
            Goedemiddag Melanie,

            Ik wil graag mijn adjunct, Priscilla Doelman, aanmelden voor het netwerk. Zij neemt steeds meer van
            de externe contacten over. Haar e-mailadres: p.doelman@gr-merwedestroom.nl.

            Met vriendelijke groet,

            Vincent Lammers
            Directeur GR Merwedestroom
            """
        ),
    },
    {
        "id": "d111-098",
        "kind": "other",
        "sender": "Anke Wiersma <a.wiersma@wo-tjongerland.nl>",
        "subject": "Aanmelding collega",
        "body": _(
            """
            Hoi Stan,

            Wil je mijn collega Jelle Postma (j.postma@wo-tjongerland.nl) aanmelden? Kan hij dan ook nog mee naar
            het atelier van maart, of is dat al vol?

            Anke
            """
        ),
    },
    {
        "id": "d111-099",
        "kind": "unsubscribe",
        "sender": "Graham Price <g.price@wo-scheldemond.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            I never signed up for any of this.
            """
        ),
    },
    {
        "id": "d111-100",
        "kind": "confirm",
        "sender": "Carla Hofman <c.hofman@wo-bollenkust.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-5YL3E-HN8WA-2DCV4]",
        "body": _(
            """
            Bevestigd, excuses voor de vertraging.

            Carla Hofman
            """
        ),
    },
    {
        "id": "d111-101",
        "kind": "subscribe",
        "sender": "Thomas Gerritsen <t.gerritsen@wo-liemersrand.nl>",
        "subject": "Lid worden",
        "body": _(
            """
            Ik word graag lid van jullie netwerk.

            Groet,
            Thomas Gerritsen
            directeur Liemersrand
            06 - 12 84 55 90
            """
        ),
    },
    {
        "id": "d111-102",
        "kind": "other",
        "sender": "Margriet Zondervan <m.zondervan@gemeente-hoogmade.nl>",
        "subject": "Lidmaatschap in verkenningsfase",
        "body": _(
            """
            Goedemorgen,

            Onze gemeente verkent met twee buurgemeenten een ambtelijke fusie; de werkorganisatie bestaat dus nog
            niet. Mag ik als beoogd directeur nu al lid worden, of pas als de fusie een feit is?

            Vriendelijke groet,
            Margriet Zondervan
            """
        ),
    },
    {
        "id": "d111-103",
        "kind": "autoreply",
        "sender": "KCC Gemeenten Westmaas <noreply-kcc@westmaas-samen.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Uw bericht is ontvangen [Z-2026-118432] RE: Bevestig uw aanmelding",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte afzender,

            Uw bericht is ontvangen en geregistreerd onder zaaknummer Z-2026-118432. Wij behandelen uw bericht
            binnen tien werkdagen. Op deze e-mail kunt u niet reageren.

            Klantcontactcentrum Gemeenten Westmaas
            """
        ),
    },
    {
        "id": "d111-104",
        "kind": "autoreply",
        "sender": "Peter Hamilton-Smit <p.hamilton@wo-bornerbroek.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Automatic reply: Herinnering: bevestig uw aanmelding [ref:AF-9KC2J-TP5RB-3VXM8]",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Thank you for your email. I am out of the office until 15 December with no access to email.
            For urgent matters please contact my office manager, Lisa Brand (l.brand@wo-bornerbroek.nl).
            """
        ),
    },
    {
        "id": "d111-105",
        "kind": "confirm",
        "sender": "Herman Boekestijn <Herman.Boekestijn@wo-krimpenerdijk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            In antwoord op uw bericht bevestig ik hierbij dat ik lid wens te worden van het Netwerk van
            directeuren van ambtelijke fusieorganisaties, en dat het genoemde e-mailadres het mijne is.

            Met de meeste hoogachting,

            drs. H.J. Boekestijn
            algemeen directeur
            """
        ),
    },
    {
        "id": "d111-106",
        "kind": "subscribe",
        "sender": "Lidewij Smulders <l.smulders@wo-peelhorst.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Bij nader inzien was mijn afmelding te voorbarig. Ik zou toch graag lid blijven, als dat nog kan.

            Lidewij
            """
        ),
    },
    {
        "id": "d111-107",
        "kind": "other",
        "sender": "Jan-Willem Rensink <jw.rensink@wo-graafschap-zuid.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging, en dank voor zes mooie jaren in het netwerk. Ik heb er veel aan gehad.
            Het ga jullie goed!

            Jan-Willem
            """
        ),
    },
    {
        "id": "d111-108",
        "kind": "other",
        "sender": "Petra Verschuren <p.verschuren@wo-dongeland.nl>",
        "subject": "Aanmelden nieuwsbrief Netwerk Informatiemanagers",
        "body": _(
            """
            Goedemiddag,

            Graag ontvang ik voortaan de nieuwsbrief van het Netwerk Informatiemanagers Gemeenten. Kunt u mij op
            de verzendlijst zetten?

            Petra Verschuren
            CIO Werkorganisatie Dongeland
            """
        ),
    },
    {
        "id": "d111-109",
        "kind": "confirm",
        "sender": "Naomi Fletcher <naomi.fletcher@wo-hollandsplassen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Yes
            """
        ),
    },
    {
        "id": "d111-110",
        "kind": "subscribe",
        "sender": "Aidan Murphy <a.murphy@wo-nieuwe-waterweg.nl>",
        "subject": "Please add me",
        "body": _(
            """
            Hello,

            Please add me to the network. I started last month as director of Werkorganisatie Nieuwe Waterweg
            and a colleague told me the ateliers are well worth it.

            Thanks,
            Aidan Murphy
            """
        ),
    },
    {
        "id": "d111-111",
        "kind": "other",
        "sender": "Bianca Leenders <b.leenders@wo-heuvelland-oost.nl>",
        "subject": "Aanmelden als gastlocatie",
        "body": _(
            """
            Beste Stan en Melanie,

            Wij hebben sinds kort een prachtig nieuw gemeentehuis en melden ons graag aan als gastlocatie voor
            een van de volgende ateliers. Zullen we daar eens over bellen?

            Bianca Leenders
            directeur Werkorganisatie Heuvelland-Oost
            """
        ),
    },
    {
        "id": "d111-112",
        "kind": "confirm",
        "sender": "Reinier Brands <r.brands@wo-zaanoever.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik dacht dat ik het al gedaan had, maar voor de zekerheid bevestig ik het hierbij nog een keer.

            Reinier Brands
            """
        ),
    },
    {
        "id": "d111-113",
        "kind": "subscribe",
        "sender": "Mireille Jansen <m.jansen@wo-kaagland.nl>",
        "subject": "Aanmelding collega-directeur",
        "body": _(
            """
            Naam: Bart Ooms
            Organisatie: Werkorganisatie Kaagland
            Functie: directeur ruimtelijke ontwikkeling
            E-mail: b.ooms@wo-kaagland.nl
            Aangemeld door: Mireille Jansen, algemeen directeur
            """
        ),
    },
    {
        "id": "d111-114",
        "kind": "other",
        "sender": "Katarzyna Nowak <k.nowak@wo-lingehaven.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed. One question though: are the ateliers held in Dutch only, or is there some room for
            English? My Dutch is fine for reading but still shaky in discussions.

            Katarzyna
            """
        ),
    },
    {
        "id": "d111-115",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hidde Nijboer <h.nijboer@wo-smallingerstreek.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Mooi, dank je wel. Inmiddels heb ik ook de uitnodiging voor het atelier van 11 maart gezien: ik ben
            erbij, met een collega.

            Hidde
            """
        ),
    },
    {
        "id": "d111-116",
        "kind": "confirm",
        "sender": "Gerda Wolthuis <g.wolthuis@wo-eemsdelta-west.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            --
            Gerda Wolthuis
            algemeen directeur Werkorganisatie Eemsdelta-West
            """
        ),
    },
    {
        "id": "d111-117",
        "kind": "subscribe",
        "sender": "Diederik van Rossum <d.vanrossum@wo-utrechtse-heide.nl>",
        "subject": "Aanmelden netwerk",
        "body": _(
            """
            Beste secretariaat, graag word ik lid van het netwerk.

            Met hartelijke groet,

            Diederik van Rossum
            Algemeen directeur | Werkorganisatie Utrechtse Heide
            Bezoekadres: Stationsplein 12, Zeisterveld

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is,
            wordt u verzocht de afzender hiervan op de hoogte te stellen door het bericht te retourneren en de
            inhoud niet te gebruiken. Werkorganisatie Utrechtse Heide aanvaardt geen aansprakelijkheid voor
            schade die voortvloeit uit het gebruik van e-mail.
            """
        ),
    },
    {
        "id": "d111-118",
        "kind": "other",
        "sender": "Wim Brouwers <w.brouwers@wo-baarnseweide.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Deze mail is bij mij terechtgekomen, maar ik ben niet degene die in de aanhef staat; ik denk dat er een
            verkeerd adres is opgegeven. Overigens zou ik zelf ook wel lid willen worden: ik ben directeur
            bedrijfsvoering bij Werkorganisatie Baarnseweide.

            Wim Brouwers
            """
        ),
    },
    {
        "id": "d111-119",
        "kind": "unsubscribe",
        "sender": "Tineke Drost <t.drost@wo-nijkerkerveen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ik heb mij hier echt niet voor opgegeven.
            """
        ),
    },
    {
        "id": "d111-120",
        "kind": "confirm",
        "sender": "Jos Verbrugge <Jos.Verbrugge@wo-rijnwoude-zuid.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            In orde, bevestigd.

            J. Verbrugge
            """
        ),
    },
    {
        "id": "d111-121",
        "kind": "other",
        "sender": "Roel Aarts <r.aarts@wo-maaskempen.nl>",
        "subject": "Aanmelding voor mij en collega",
        "body": _(
            """
            Dag Stan,

            Graag meld ik mezelf aan voor het netwerk, en meteen ook mijn collega Noor Hendrikx
            (n.hendrikx@wo-maaskempen.nl), directeur sociaal domein.

            Groet,
            Roel Aarts
            """
        ),
    },
    {
        "id": "d111-122",
        "kind": "confirm",
        "sender": "Marleen Sikkema <m.sikkema@wo-achtkarspelen-noord.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Oei, vergeten! Ja graag, meld me maar aan.

            Verstuurd vanaf mijn iPad
            """
        ),
    },
]
# fmt: on
