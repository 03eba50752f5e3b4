"""devset174: sign-ups from people in every role and situation, and mail that only looks like joining.

The writers are interim and acting directors (some hired through a bureau), deputies and adjuncts, directors who are
retiring or have retired, consultants and programme managers who are not directors, councillors and griffiers, the
first directors and kwartiermakers of werkorganisaties that are still being formed, assistants signing up their
director, directors signing up one colleague (with or without the address) or a whole team, and members who answer
our confirmation, reminder, welcome, goodbye and invitation mails. Among them is mail that only looks like joining:
registering for the atelier, for the Adviesraad, as a speaker, for someone else's congress, as a commercial partner,
or with a new address.

Conventions this set relies on (from the brief):
- The label is what the writer asks now. A plain request to join is `subscribe` whatever role the writer states
  (interim, waarnemend, adjunct, griffier); a sign-up that asks whether the writer is eligible, or that hangs on a
  condition the secretariat must answer first, is `other`.
- Signing up one named colleague with that colleague's address is `subscribe` (also from an assistant, also in a
  forward with a line above it, also under our welcome); without the address, or several people at once (the writer
  plus a colleague counts as several), it is `other`.
- "Lid blijven" under our goodbye is `subscribe`; a named successor with an address, also under the goodbye, or a
  retiring member who hands over the seat, is `unsubscribe`; a hand-over for a later date while staying a member
  until then is `other`.
- Under the confirmation mails an empty reply, a signature or a short yes is `confirm`; a confirmation with a real
  question or a second request beside it, or one sent by an assistant for someone else, is `other`. A plain denial or
  a "no thanks" to the sign-up, also one asking who did it, is `unsubscribe`; asking where we got the address is
  `other`.
- "Aanmelden voor het atelier" under the invitation is an `rsvp`; a decline naming a substitute with an address is
  an `rsvp` False; joining the network and the atelier in one mail is `other`.
- A topic proposed under the welcome or the call is a `suggestion`; asking to present or to join the Adviesraad, an
  address change, and a proposal from a vendor are `other`.
- Out-of-office, "no longer in use" and ticket replies are `autoreply` with the thread of the mail they answer; a
  delivery failure is a `bounce` without a thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d174-001",
        "kind": "subscribe",
        "sender": "Reinout Kalverda <r.kalverda@werkorganisatie-eemvallei.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Sinds 2 september vervul ik ad interim de rol van algemeen directeur bij de Werkorganisatie Eemvallei
            (Baarnsveld en Soestdal). Een collega uit de regio wees mij op uw netwerk en ik meld me hierbij graag
            aan. Mijn opdracht loopt in elk geval tot de zomer; daarna hoort u wie het stokje overneemt.

            Met vriendelijke groet,

            drs. Reinout Kalverda
            algemeen directeur a.i.
            Werkorganisatie Eemvallei
            """
        ),
    },
    {
        "id": "d174-002",
        "kind": "subscribe",
        "sender": "Jolanda Terpstra <jterpstra@grdezuidrand.nl>",
        "quote": "none",
        "subject": "netwerk",
        "body": _(
            """
            Hoi, ik neem sinds deze week waar als gemeentesecretaris/directeur van GR De Zuidrand (tot de nieuwe
            directeur er is). Zet me maar op jullie ledenlijst, dan mis ik het volgende atelier niet.

            Jolanda

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d174-003",
        "kind": "other",
        "sender": "Mehmet Yildiz <m.yildiz@samenwerkingbergendal.nl>",
        "quote": "none",
        "subject": "Lidmaatschap voor adjunct-directeuren?",
        "body": _(
            """
            Geachte heer, mevrouw,

            Ik ben adjunct-directeur van Samenwerking Bergendal en vervang onze algemeen directeur bij afwezigheid.
            Is uw netwerk uitsluitend bedoeld voor de eerste directeur, of kunnen plaatsvervangers ook lid worden?
            Ik wil niet onnodig een plek innemen die voor een ander bedoeld is.

            Met vriendelijke groet,
            Mehmet Yildiz
            """
        ),
    },
    {
        "id": "d174-004",
        "kind": "subscribe",
        "sender": "Annemiek Groenhuijsen <a.groenhuijsen@hetwestkwartier.nl>",
        "quote": "none",
        "subject": "Aanmelden",
        "body": _(
            """
            Beste secretariaat,

            Als adjunct-directeur en vaste plaatsvervanger van onze algemeen directeur (zij is al lid) word ik ook
            graag lid van het netwerk. Zij zegt dat de ateliers haar veel opleveren, en bij haar afwezigheid zit ik
            toch vaak aan tafel in de regio.

            Hartelijke groet,
            Annemiek Groenhuijsen
            adjunct-directeur Het Westkwartier
            """
        ),
    },
    {
        "id": "d174-005",
        "kind": "other",
        "sender": "Gerrit-Jan Lubbers <gj.lubbers@kpnmail.nl>",
        "quote": "none",
        "subject": "Pensioen en lidmaatschap",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 november zit mijn loopbaan als directeur van de Vechtstreek-organisatie erop; ik schrijf u daarom
            al vanaf mijn privé-adres. Mag ik als oud-directeur lid blijven, of is het netwerk echt voor mensen in
            functie? Ik zou de gesprekken missen, maar begrijp het ook als het niet kan.

            Vriendelijke groet,
            Gerrit-Jan Lubbers
            """
        ),
    },
    {
        "id": "d174-006",
        "kind": "subscribe",
        "sender": "Hennie Wolters <h.wolters@dinkelvecht.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dat ging iets te snel: mijn secretaresse heeft mij afgemeld omdat ik met pensioen ga, maar dat is pas per
            1 juli. Ik wil graag lid blijven tot die tijd.

            Hennie Wolters
            """
        ),
    },
    {
        "id": "d174-007",
        "kind": "unsubscribe",
        "sender": "Cor van Bemmel <c.vanbemmel@ambtelijkeorganisatie-rijnwaarde.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap per 1 april",
        "body": _(
            """
            Beste secretariaat,

            Na veertien jaar in de ambtelijke samenwerking van Rijnwaarde ga ik per 1 april met pensioen. Wilt u mij
            uitschrijven? Mijn opvolger, Noor Baghdadi, neemt mijn plek in het netwerk graag over. Haar adres is
            n.baghdadi@ambtelijkeorganisatie-rijnwaarde.nl.

            Het ga jullie goed, en dank voor de mooie middagen.

            Cor van Bemmel
            """
        ),
    },
    {
        "id": "d174-008",
        "kind": "other",
        "sender": "Trudy Everaars <t.everaars@grkempenland.nl>",
        "quote": "none",
        "subject": "Opvolging directeur GR Kempenland",
        "body": _(
            """
            Goedemorgen,

            Ter informatie: mijn interim-opdracht bij GR Kempenland eindigt op 31 mei. Per 1 juni start de vaste
            directeur, Wouter Pijnenburg. Tot die tijd blijf ik gewoon lid en kom ik ook naar het atelier in maart.
            Zijn mailadres stuur ik u zodra het is aangemaakt.

            Groet,
            Trudy Everaars
            """
        ),
    },
    {
        "id": "d174-009",
        "kind": "other",
        "sender": "Ruud Hoogendoorn <ruud@hoogendoornfusieadvies.nl>",
        "quote": "none",
        "subject": "Netwerk ook voor adviseurs?",
        "body": _(
            """
            Goedemiddag,

            Ik begeleid als zelfstandig adviseur al zo'n tien jaar ambtelijke fusietrajecten, de laatste jaren vooral
            de evaluaties na vijf jaar. Uw ateliers sluiten daar mooi op aan. Staat het netwerk ook open voor
            externe adviseurs, of houdt u het bewust bij de directeuren zelf? In het laatste geval snap ik dat
            natuurlijk.

            Met vriendelijke groet,
            Ruud Hoogendoorn
            Hoogendoorn Fusieadvies | 06 41 22 87 30
            """
        ),
    },
    {
        "id": "d174-010",
        "kind": "subscribe",
        "sender": "Saskia Bloemendal <s.bloemendal@interimpoolpublieknl.nl>",
        "quote": "none",
        "subject": "Aanmelding - interim directeur bedrijfsvoering",
        "body": _(
            """
            Beste mensen,

            Via Interimpool Publiek ben ik sinds januari gedetacheerd als directeur bedrijfsvoering bij de
            werkorganisatie van Hofwijk en Leidsevaart. Ik gebruik voor dit soort zaken mijn bureau-adres, omdat dat
            na afloop van de opdracht blijft bestaan. Graag aanmelden op dit adres.

            Met vriendelijke groet,
            Saskia Bloemendal
            """
        ),
    },
    {
        "id": "d174-011",
        "kind": "other",
        "sender": "Bas Vreugdenhil <b.vreugdenhil@raad.kaagenbraassem-west.nl>",
        "quote": "none",
        "subject": "Vraag over deelname",
        "body": _(
            """
            Geachte secretariaat,

            Als raadslid (fractievoorzitter) in een van de drie gemeenten van onze werkorganisatie volg ik de
            discussie over sturing op afstand met belangstelling. Ik las over uw ateliers. Zijn die alleen voor de
            ambtelijke top, of kan een raadslid zich ook aanmelden?

            Met vriendelijke groet,
            B. Vreugdenhil
            """
        ),
    },
    {
        "id": "d174-012",
        "kind": "subscribe",
        "sender": "Ellen Koopmans <e.koopmans@griffie-lopikerwaard.nl>",
        "quote": "none",
        "subject": "aanmelding",
        "body": _(
            """
            Goedendag,

            Graag meld ik mij aan voor uw netwerk.

            Met vriendelijke groet,

            Ellen Koopmans
            raadsgriffier Lopikerwaard
            T 0348 55 12 00

            Deze e-mail is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, verwijder dit
            bericht dan en informeer de afzender.
            """
        ),
    },
    {
        "id": "d174-013",
        "kind": "other",
        "sender": "Pieter Schaafsma <p.schaafsma@gemeenschappelijkegriffie.nl>",
        "quote": "none",
        "subject": "Valt de griffie onder uw doelgroep?",
        "body": _(
            """
            Beste secretariaat,

            Ik ben griffier van de drie raden die samen één ambtelijke organisatie hebben. Ik sta dus niet in de
            lijn van de werkorganisatie, maar werk er dagelijks mee. Hoort iemand in mijn positie bij uw netwerk, of
            moet ik het zoeken bij de griffiersvereniging?

            Groet,
            Pieter Schaafsma
            """
        ),
    },
    {
        "id": "d174-014",
        "kind": "subscribe",
        "sender": "Marloes Veenendaal <m.veenendaal@weha-werkorganisatie.nl>",
        "quote": "none",
        "subject": "Nieuwe werkorganisatie WeHa - aanmelding",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Op 1 januari 2027 gaan de ambtelijke organisaties van Westerdijk en Haerlo op in de nieuwe
            werkorganisatie WeHa. De beide colleges hebben mij benoemd tot eerste algemeen directeur. Ik meld mij
            graag aan als lid: juist in deze opbouwfase wil ik leren van collega's die ons voorgingen.

            Met vriendelijke groet,
            Marloes Veenendaal
            algemeen directeur WeHa (per 1-1-2027)
            """
        ),
    },
    {
        "id": "d174-015",
        "kind": "other",
        "sender": "Dick Oldenkamp <kwartiermaker@samenwerkingsaksen-twentevelde.nl>",
        "quote": "none",
        "subject": "Kwartiermaker - al welkom?",
        "body": _(
            """
            Beste secretariaat,

            Ik ben kwartiermaker voor de ambtelijke samenwerking tussen Saksenveld en Twentevelde. Formeel bestaat de
            organisatie pas vanaf 2028 en er is dus nog geen directeur. Kan ik nu al aansluiten bij het netwerk, of
            is dat pas aan de orde als de organisatie er echt staat en er een directeur is benoemd?

            Met vriendelijke groet,
            Dick Oldenkamp
            """
        ),
    },
    {
        "id": "d174-016",
        "kind": "other",
        "sender": "Sophie Lamberts <s.lamberts@werkorganisatiemaasenheuvel.nl>",
        "quote": "none",
        "subject": "Aanmelding directieteam",
        "body": _(
            """
            Goedemorgen,

            Ons nieuwe directieteam is sinds 1 maart compleet en we willen ons met z'n drieën aanmelden:
            - Sophie Lamberts, algemeen directeur, s.lamberts@werkorganisatiemaasenheuvel.nl
            - Raymond Janssen, directeur Ruimte, r.janssen@werkorganisatiemaasenheuvel.nl
            - Ingeborg Claessens, directeur Sociaal, i.claessens@werkorganisatiemaasenheuvel.nl

            Alvast bedankt!
            Sophie
            """
        ),
    },
    {
        "id": "d174-017",
        "kind": "subscribe",
        "sender": "Frank Wijnbergen <f.wijnbergen@deltawaardorganisatie.nl>",
        "quote": "none",
        "subject": "Nieuw lid: onze directeur dienstverlening",
        "body": _(
            """
            Dag Stan,

            Bij onze werkorganisatie is Fleur Ammerlaan begonnen als directeur dienstverlening. Ik heb haar over het
            netwerk verteld en ze wil graag lid worden. Haar adres: f.ammerlaan@deltawaardorganisatie.nl

            Groet, Frank
            """
        ),
    },
    {
        "id": "d174-018",
        "kind": "other",
        "sender": "Jeroen Stolk <j.stolk@bedrijfsvoeringlangstraat.nl>",
        "quote": "none",
        "subject": "Collega toevoegen",
        "body": _(
            """
            Hallo,

            Per maandag heb ik een nieuwe collega-directeur, Bart Oosterhuis (komt van de provincie). Kunnen jullie
            hem ook op de lijst zetten voor de ateliers? Zijn mailadres bij ons is nog niet aangemaakt, dus dat heb ik
            helaas niet voor jullie.

            Jeroen Stolk
            """
        ),
    },
    {
        "id": "d174-019",
        "kind": "subscribe",
        "sender": "Secretariaat directie <secretariaat.directie@servicepuntvalkenheide.nl>",
        "quote": "none",
        "subject": "Aanmelding de heer Wennekes",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens de heer drs. P.A.M. Wennekes, algemeen directeur van Servicepunt Valkenheide, verzoek ik u hem
            aan te melden voor het Netwerk van directeuren van ambtelijke fusieorganisaties. Zijn e-mailadres is
            p.wennekes@servicepuntvalkenheide.nl.

            Met vriendelijke groet,

            Wilma Geurts
            managementassistente directie
            """
        ),
    },
    {
        "id": "d174-020",
        "kind": "other",
        "sender": "Karin Smeets <k.smeets@heuvellandsamen.nl>",
        "quote": "none",
        "subject": "Verzoek om aanmelding directeur",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Van Rhijn, onze nieuwe directeur, zou graag lid worden van uw netwerk. Zij vroeg mij dat voor
            haar te regelen. Wilt u haar toevoegen aan uw bestand?

            Vriendelijke groeten,
            Karin Smeets, secretariaat directie Heuvelland Samen
            """
        ),
    },
    {
        "id": "d174-021",
        "kind": "subscribe",
        "sender": "Ilse Vermeulen <i.vermeulen@ambtelijkedienstnoorderzand.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "Fw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemorgen,

            Deze uitnodiging kwam nog binnen bij de vorige directeur. Onze nieuwe directeur, Joost Ebbers, wil
            graag zelf lid worden van het netwerk. Zijn adres is j.ebbers@ambtelijkedienstnoorderzand.nl. Zouden
            jullie hem willen toevoegen?

            Met vriendelijke groet,
            Ilse Vermeulen
            directiesecretaresse
            """
        ),
    },
    {
        "id": "d174-022",
        "kind": "other",
        "sender": "Maarten Brinkhuis <m.brinkhuis@oostelijkevechtdelta.nl>",
        "quote": "none",
        "subject": "Aanmelding voor mij en een collega",
        "body": _(
            """
            Beste organisatoren,

            Graag meld ik mijzelf aan voor het netwerk (ik ben sinds kort directeur van de ambtelijke organisatie
            Oostelijke Vechtdelta), en meteen ook mijn collega-directeur Sanne Vlot: s.vlot@oostelijkevechtdelta.nl.
            We doen alles met z'n tweeën, dus dit hoort ook samen.

            Met hartelijke groet,
            Maarten Brinkhuis
            """
        ),
    },
    {
        "id": "d174-023",
        "kind": "other",
        "sender": "Greetje Hofstra <g.hofstra@fryskewaldsamen.nl>",
        "quote": "none",
        "subject": "Twee adjuncten aanmelden",
        "body": _(
            """
            Beste Melanie,

            Ik ben al een paar jaar lid en heb er veel aan. Mijn twee adjuncten wil ik graag ook laten aansluiten:
            Klaas Dijkstra (k.dijkstra@fryskewaldsamen.nl) en Tineke Bosma (t.bosma@fryskewaldsamen.nl). Zij
            hebben er zelf ook zin in.

            Groetnis,
            Greetje Hofstra
            gemeentesecretaris/directeur Fryske Wâld Samen
            """
        ),
    },
    {
        "id": "d174-024",
        "kind": "subscribe",
        "sender": "Daniel Whitfield <d.whitfield@kustlandorganisatie.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Hello,

            I have just started as managing director of Kustland, the joint civil service of three coastal
            municipalities. A colleague recommended your network, so please sign me up. Apologies for writing in
            English - my Dutch is improving, but slowly!

            Kind regards,
            Daniel Whitfield
            """
        ),
    },
    {
        "id": "d174-025",
        "kind": "other",
        "sender": "Alexandra Moreau <alexandra.moreau@publicsectorpartners.eu>",
        "quote": "none",
        "subject": "Associate membership? / Buitengewoon lidmaatschap?",
        "body": _(
            """
            Dear secretariat, beste secretariaat,

            I lead the shared-services practice at Public Sector Partners and advise several werkorganisaties on
            their operating model. Would it be possible to join the network as an associate or observer, or is it
            strictly for directors? Ik lees Nederlands prima, dus antwoorden in het Nederlands is geen probleem.

            Best regards,
            Alexandra Moreau
            """
        ),
    },
    {
        "id": "d174-026",
        "kind": "subscribe",
        "sender": "Henk Roozendaal <h.roozendaal@bedumerland.nl>",
        "quote": "none",
        "subject": "Weer aanmelden",
        "body": _(
            """
            Beste Stan,

            Twee jaar geleden heb ik me afgemeld toen ik naar de provincie vertrok. Het bloed kruipt waar het niet
            gaan kan: sinds deze maand ben ik directeur van de werkorganisatie Bedumerland. Graag weer aanmelden op
            dit nieuwe adres.

            Hartelijke groet,
            Henk Roozendaal
            """
        ),
    },
    {
        "id": "d174-027",
        "kind": "subscribe",
        "sender": "Yvonne Claassen <y.claassen@tweestromen-ambtelijk.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            lid blijven aub - mijn interim-opdracht is gisteren toch met een half jaar verlengd, dus ik had me te
            vroeg afgemeld

            Yvonne
            """
        ),
    },
    {
        "id": "d174-028",
        "kind": "unsubscribe",
        "sender": "Arjen Meulenbelt <a.meulenbelt@grbovenveluwe.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de bevestiging. Zoals gevraagd: mijn opvolger als interim-directeur is Harm Stegeman, hij
            begint volgende week. Zijn adres: h.stegeman@grbovenveluwe.nl

            Groet, Arjen
            """
        ),
    },
    {
        "id": "d174-029",
        "kind": "confirm",
        "sender": "Diederik Swart <d.swart@amstelgouwewerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Diederik Swart
            waarnemend directeur | Amstel Gouwe Werkt
            Postbus 140, 2400 AC Alphen
            """
        ),
    },
    {
        "id": "d174-030",
        "kind": "confirm",
        "sender": "Nadia el Amrani <n.elamrani@flevokustorganisatie.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Klopt, dat was ik! Mijn collega uit Zeewolde-Oost attendeerde me op jullie. Fijn dat het zo
            eenvoudig gaat.

            Nadia
            """
        ),
    },
    {
        "id": "d174-031",
        "kind": "confirm",
        "sender": "Wim Oudshoorn <w.oudshoorn@grlekdijk.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Excuus, uw eerste mail is in de kerstdrukte ondergesneeuwd. Bij dezen alsnog bevestigd.

            W. Oudshoorn, directeur a.i.
            """
        ),
    },
    {
        "id": "d174-032",
        "kind": "confirm",
        "sender": "Priya Ramdin <p.ramdin@hollandsmidden-ambtelijk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, that's me - confirming. Looking forward to my first atelier.

            Priya
            """
        ),
    },
    {
        "id": "d174-033",
        "kind": "confirm",
        "sender": "Tjeerd Hoekstra <t.hoekstra@waddenkust-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": "",
    },
    {
        "id": "d174-034",
        "kind": "other",
        "sender": "Laura Bakkenes <l.bakkenes@werkorganisatiebrabantsewal.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij dezen bevestig ik mijn aanmelding. Wel een vraag: ik ben interim tot 1 mei. Moet ik mij dan zelf
            afmelden, of vervalt het lidmaatschap vanzelf als mijn adres hier wordt opgeheven?

            Met vriendelijke groet,
            Laura Bakkenes
            """
        ),
    },
    {
        "id": "d174-035",
        "kind": "other",
        "sender": "Bureau directie <bureaudirectie@dommelstroomwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Dijkhuis is deze week op vakantie. Ik bevestig haar aanmelding daarom namens haar; zij weet
            ervan en wil graag lid worden.

            Met vriendelijke groet,
            Marjan Peeters, bureau directie
            """
        ),
    },
    {
        "id": "d174-036",
        "kind": "unsubscribe",
        "sender": "Hans Tielemans <h.tielemans@raad-oisterwijkveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij niet aangemeld en ben ook geen directeur; ik ben raadslid. Wie heeft dit gedaan?

            H. Tielemans
            """
        ),
    },
    {
        "id": "d174-037",
        "kind": "other",
        "sender": "Mirjam de Groot <m.degroot@griffie-utrechtsheuvelrug-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Geacht secretariaat,

            Ik ontvang dit bericht maar ken uw netwerk niet. Ik ben griffier, geen directeur. Kunt u mij vertellen
            via welke weg u aan mijn e-mailadres bent gekomen?

            Met vriendelijke groet,
            mr. M. de Groot
            """
        ),
    },
    {
        "id": "d174-038",
        "kind": "unsubscribe",
        "sender": "Ronald Verbeek <r.verbeek@samenwerkingkrimpenerwaardoost.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Nee, dank u. Een collega heeft me goedbedoeld aangemeld, maar als concerncontroller hoor ik hier niet
            thuis. Laat de aanmelding maar vervallen.

            Ronald Verbeek
            """
        ),
    },
    {
        "id": "d174-039",
        "kind": "other",
        "sender": "Esther Kuipers <e.kuipers@fusieprogramma-zaanwaterland.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Voordat ik bevestig: ik ben programmadirecteur van het fusietraject, geen lijndirecteur van een
            bestaande werkorganisatie. Tel ik dan mee voor uw netwerk? Zo niet, dan laat ik het graag vervallen.

            Esther Kuipers
            """
        ),
    },
    {
        "id": "d174-040",
        "kind": "other",
        "sender": "Thijs Akkermans <t.akkermans@peelenmaasdienst.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd. En zouden jullie mijn adjunct ook willen aanmelden? Dat is Miranda Baars,
            m.baars@peelenmaasdienst.nl

            Thijs
            """
        ),
    },
    {
        "id": "d174-041",
        "kind": "subscribe",
        "sender": "Robbert Nijhof <r.nijhof@achterhoekoostwerkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom! Mijn collega Lotte Haverkamp, directeur sociaal domein, wil ook graag lid
            worden. Haar adres is l.haverkamp@achterhoekoostwerkt.nl

            Robbert
            """
        ),
    },
    {
        "id": "d174-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Corine Vos <c.vos@gooienvechtdienst.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hierbij meld ik me aan voor het atelier op 11 maart. Het thema past precies bij waar wij nu mee
            worstelen.

            Corine Vos
            """
        ),
    },
    {
        "id": "d174-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Loes Brandsma <l.brandsma@sudwestkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik ben die dag zelf met verlof. In mijn plaats komt onze nieuwe waarnemend directeur, Koen Maas
            (k.maas@sudwestkust.nl). Hij is nog geen lid, maar dit lijkt me een mooie kennismaking.

            Hartelijke groet,
            Loes Brandsma
            """
        ),
    },
    {
        "id": "d174-044",
        "kind": "other",
        "sender": "Ferdinand Tak <f.tak@werkorganisatie-lingehof.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Deze uitnodiging belandde in de mailbox van mijn voorganger, die ik sinds februari als interim-directeur
            vervang. Graag meld ik mij aan als lid van het netwerk en tegelijk voor het atelier van 11 maart.

            Met vriendelijke groet,
            Ferdinand Tak
            """
        ),
    },
    {
        "id": "d174-045",
        "kind": "other",
        "sender": "Anouk Derksen <a.derksen@bommelerwaardbedrijfsvoering.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Leuk dat Dirk aan mij dacht, ik kom graag. Kan ik daarna ook zelf lid worden? Ik ben directeur
            bedrijfsvoering, dus ik weet niet of ik binnen de doelgroep val.

            Anouk Derksen
            """
        ),
    },
    {
        "id": "d174-046",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Olaf Heemskerk <o.heemskerk@kennemerduinwerkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Dank! Als interim heb ik meteen een onderwerp: hoe zet je in een paar maanden een sturingsconcept neer
            dat blijft staan als jij alweer vertrokken bent? Ik ben benieuwd hoe collega's dat aanpakken.

            Olaf Heemskerk, directeur a.i.
            """
        ),
    },
    {
        "id": "d174-047",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Rianne Sprenger <r.sprenger@weha-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik ben pas sinds vorige maand lid, als directeur van een werkorganisatie die net is opgericht. Twee
            onderwerpen die ons nu bezighouden:
            - hoe bouw je in het eerste jaar één gezamenlijke cultuur uit twee ambtelijke apparaten;
            - hoe houd je de dienstverlening aan inwoners op peil terwijl balies en systemen worden samengevoegd.

            Rianne Sprenger
            """
        ),
    },
    {
        "id": "d174-048",
        "kind": "other",
        "sender": "Geert Hazelhoff <g.hazelhoff@drentsaa-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            In uw oproep lees ik dat een Adviesraad de suggesties weegt. Daar meld ik mij graag voor aan: ik heb
            twee fusies van dichtbij meegemaakt en denk graag mee over het programma.

            Geert Hazelhoff
            """
        ),
    },
    {
        "id": "d174-049",
        "kind": "other",
        "sender": "Marit Zandbergen <m.zandbergen@ijsselvallei-ambtelijk.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat een goede middag was het. Ik wil me graag aanmelden als inleider voor de volgende keer: onze
            ervaring met de ontvlechting van één gemeente uit de werkorganisatie is misschien leerzaam voor
            anderen. Is daar ruimte voor?

            Marit
            """
        ),
    },
    {
        "id": "d174-050",
        "kind": "other",
        "sender": "Petra Mulder <p.mulder@westfrieslanddienst.nl>",
        "quote": "none",
        "subject": "Aanmelding jaarcongres 14 juni",
        "body": _(
            """
            Goedemorgen,

            Hierbij meld ik mijzelf en twee collega's aan voor het jaarcongres op 14 juni in Amersfoort. Graag de
            factuur naar crediteuren@westfrieslanddienst.nl onder vermelding van kostenplaats 4410.

            Met vriendelijke groet,
            Petra Mulder
            """
        ),
    },
    {
        "id": "d174-051",
        "kind": "other",
        "sender": "Joris van Leeuwen <joris.vanleeuwen@fusiedashboard.nl>",
        "quote": "none",
        "subject": "Aanmelding als partner van uw netwerk",
        "body": _(
            """
            Beste secretariaat,

            FusieDashboard helpt werkorganisaties hun prestaties per deelnemende gemeente inzichtelijk te maken.
            Graag melden wij ons aan als kennispartner van uw netwerk, bijvoorbeeld met een korte demo tijdens een
            van de ateliers. Ik bel u volgende week even om de mogelijkheden te bespreken.

            Met vriendelijke groet,
            Joris van Leeuwen
            accountmanager overheid
            """
        ),
    },
    {
        "id": "d174-052",
        "kind": "other",
        "sender": "Marcel Kortekaas <m.kortekaas@werkorganisatie-vijfheerenland.nl>",
        "quote": "none",
        "subject": "Opnieuw aanmelden met ander adres",
        "body": _(
            """
            Hallo Melanie,

            Ik ben al jaren lid, maar ben per 1 februari overgestapt naar de werkorganisatie Vijfheerenland. Wilt u
            mij voortaan op dit adres aanmelden, m.kortekaas@werkorganisatie-vijfheerenland.nl? Mijn oude adres bij
            Lekstroom wordt binnenkort opgeheven.

            Groet,
            Marcel Kortekaas
            """
        ),
    },
    {
        "id": "d174-053",
        "kind": "other",
        "sender": "Bernadette Oosterveld <b.oosterveld@grnoordkop.nl>",
        "quote": "none",
        "subject": "Lidmaatschap",
        "body": _(
            """
            Goedemiddag,

            Ik ben geïnteresseerd, maar onze organisatie is streng met externe verplichtingen. Als het lidmaatschap
            geen contributie of vaste deelnameplicht met zich meebrengt, meld mij dan aan. Kunt u dat eerst
            bevestigen?

            Vriendelijke groet,
            Bernadette Oosterveld
            """
        ),
    },
    {
        "id": "d174-054",
        "kind": "autoreply",
        "sender": "Henk-Jan Boersma <hj.boersma@werkorganisatie-tjongerland.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Dank voor uw bericht. Tot en met 28 november ben ik afwezig en lees ik mijn mail niet. Voor dringende
            zaken kunt u terecht bij het directiesecretariaat, telefoon 0513 46 20 00.

            Henk-Jan Boersma
            """
        ),
    },
    {
        "id": "d174-055",
        "kind": "autoreply",
        "sender": "A. Rietveld <a.rietveld@ambtelijkefusie-hoeksewaard-zuid.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Dit e-mailadres is sinds 1 oktober niet meer in gebruik. Uw bericht wordt niet doorgestuurd. Voor
            algemene vragen kunt u mailen naar info@ambtelijkefusie-hoeksewaard-zuid.nl.
            """
        ),
    },
    {
        "id": "d174-056",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.beemsterpolderwerkt.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.beemsterpolderwerkt.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <l.haverkampp@beemsterpolderwerkt.nl>: host mx2.beemsterpolderwerkt.nl[195.12.40.7] said:
                550 5.1.1 <l.haverkampp@beemsterpolderwerkt.nl>: Recipient address rejected:
                User unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d174-057",
        "kind": "autoreply",
        "sender": "Servicedesk Dienstverlening <servicedesk@berkellandoost.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "[Melding #SD-204877] Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Beste melder,

            Uw bericht is ontvangen en geregistreerd onder nummer SD-204877. Een medewerker neemt binnen drie
            werkdagen contact met u op. Reageert u op deze e-mail, laat het meldingnummer dan in de onderwerpregel
            staan.

            Servicedesk Berkelland-Oost
            """
        ),
    },
    {
        "id": "d174-058",
        "kind": "subscribe",
        "sender": "Wim Hoexum <wim.hoexum@ambtelijkefusie-graftenrijp.nl>",
        "quote": "none",
        "subject": "directeurennetwerk",
        "body": _(
            """
            graag aanmelden voor het directeurennetwerk. ben per 1/3 directeur van de ambtelijke fusie graft-rijp en
            schermerveld. gr wim

            --
            verzonden met Outlook voor Android
            """
        ),
    },
    {
        "id": "d174-059",
        "kind": "other",
        "sender": "Carolien Steenbergen <c.steenbergen@grmiddendelfland-west.nl>",
        "quote": "none",
        "subject": "Waarnemend directeur - lidmaatschap overdraagbaar?",
        "body": _(
            """
            Beste secretariaat,

            Tot de vaste directeur is benoemd (naar verwachting in het najaar) neem ik de directie van onze GR
            waar. Heeft het zin om nu lid te worden, en kan ik het lidmaatschap straks aan mijn opvolger
            overdragen, of moet die zich dan opnieuw aanmelden?

            Met vriendelijke groet,
            Carolien Steenbergen
            """
        ),
    },
    {
        "id": "d174-060",
        "kind": "subscribe",
        "sender": "R.H.M. van Dongen <r.vandongen@bedrijfsvoeringsorganisatie-baronie.nl>",
        "quote": "none",
        "subject": "Verzoek tot inschrijving",
        "body": _(
            """
            Geachte heer Van de Laar,

            Hierbij verzoek ik u mij in te schrijven als lid van het Netwerk van directeuren van ambtelijke
            fusieorganisaties. Per 1 oktober jl. ben ik benoemd tot directeur bedrijfsvoering van de
            Bedrijfsvoeringsorganisatie Baronie, waarin vier gemeenten hun ondersteunende diensten hebben
            ondergebracht.

            Hoogachtend,

            ir. R.H.M. van Dongen
            directeur bedrijfsvoering

            ------------------------------------------------------------------------------------------------
            Dit bericht kan vertrouwelijke informatie bevatten. Aan dit bericht kunnen geen rechten worden
            ontleend.
            """
        ),
    },
]
# fmt: on
