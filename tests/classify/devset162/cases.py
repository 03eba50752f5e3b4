"""devset162: sign-ups and confirmations in every shape, and the mail that stands next to them.

New directors, interim managers, assistants and colleagues write to join the network: stiff letters, chatty notes,
phone mails, a form filled in by hand, English and bilingual writers, a subject with only a signature under it.
Then the answers to our confirmation mail and its reminder: empty, a signature, a bare yes, a yes with chatter, a
yes with a question or a condition, doubts, a yes from a private address or from an assistant's mailbox, a forward,
denials with and without a question, an erasure. Beside them: replies to the welcome (thanks, a topic, a question,
a colleague signed up, a change of heart), mail under our goodbye from people who want to stay or come back, and the
automatic mail a confirmation draws (an out-of-office, a dead address, a bounce).

Conventions this set relies on (from the brief):
- under our confirmation mails an empty reply or a signature alone is `confirm`; a confirmation with a real question
  or a condition beside it is `other`; an assistant or colleague confirming for someone else from their own address,
  or forwarding our mail with a line above it, is `other`;
- a plain denial under the confirmation mail, also one that asks who signed the writer up, is `unsubscribe`; a
  denial that asks where we got the address is `other`; an erasure request is `unsubscribe` with `erase`;
- signing up one named colleague with the colleague's address is `subscribe`; without the address, or several
  people, is `other`; a sign-up with a real question beside it is `other`; an address change is `other`;
- "lid blijven" (or its gist) under our goodbye is `subscribe`; thanks or a question there is `other`;
- a topic proposed under the welcome is a `suggestion`, with the themes of the topic itself;
- an assistant's new mail about the director's attendance is `other`;
- out-of-office and "address no longer in use" are `autoreply` with the thread of the mail they answer; a delivery
  failure is `bounce` without a thread; neither carries a quote.

One judgement the brief does not spell out: a member who confirms their own sign-up from a different (private)
address is labelled `other` here, like an assistant confirming from their own address: the address that answers is
not the one that was signed up, so the secretariat should look.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


REF = "[ref:AF-7K3Q9-XM2PA-4RTZ8]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- New mails asking to join -------------------------------------------------------------------------------
    {
        "id": "d162-001",
        "kind": "subscribe",
        "sender": "drs. H. Zwartjes <h.zwartjes@werkorganisatie-lingehof.nl>",
        "quote": "none",
        "subject": "Verzoek tot inschrijving",
        "body": _(
            """
            Geachte heer, mevrouw,

            Met ingang van 1 februari jl. ben ik benoemd tot algemeen directeur van de Werkorganisatie Lingehof,
            de ambtelijke organisatie van de gemeenten Lingewijk en Hofstede. Bij dezen verzoek ik u mij in te
            schrijven als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.

            Hoogachtend,

            drs. H. (Rika) Zwartjes
            algemeen directeur Werkorganisatie Lingehof
            T 0345 - 61 22 40
            """
        ),
    },
    {
        "id": "d162-002",
        "kind": "subscribe",
        "sender": "Femke Oosterloo <femke.oosterloo@maasheuvel.nl>",
        "quote": "none",
        "subject": "netwerk!",
        "body": _(
            """
            Hoi Stan en Melanie,

            Op het congres in Ede raakte ik bij de koffie aan de praat met iemand van jullie adviesraad, en die zei:
            gewoon even mailen, dan regelen ze het. Bij deze dus :-) Ik zit sinds de zomer als directeur
            bedrijfsvoering bij de Samenwerking Maasheuvel (drie gemeenten, één club ambtenaren, je kent het wel).

            Zet me maar op de ledenlijst, ik doe heel graag mee.

            Groetjes,
            Femke
            """
        ),
    },
    {
        "id": "d162-003",
        "kind": "subscribe",
        "sender": "Ruud Brinkhorst <r.brinkhorst@gr-westerkwartierzuid.nl>",
        "quote": "none",
        "subject": "aanmelding",
        "body": _(
            """
            Goedemorgen, wil me graag aanmelen voor het directeuren netwerk. mvg Ruud Brinkhorst, dir. GR
            Westerkwartier-Zuid

            Verstuurd vanaf mijn Samsung Galaxy-smartphone.
            """
        ),
    },
    {
        "id": "d162-004",
        "kind": "subscribe",
        "sender": "Joost Arendsen <j.arendsen@drechtwaarden.nl>",
        "quote": "none",
        "subject": "Aanmeldformulier Netwerk van directeuren",
        "body": _(
            """
            Naam: Joost Arendsen
            Functie: gemeentesecretaris / algemeen directeur
            Organisatie: Ambtelijke organisatie Drechtwaarden (gemeenten Alblasmeer en Graafdam)
            E-mailadres: j.arendsen@drechtwaarden.nl
            Telefoon: 078 - 690 14 50
            Opmerkingen: -

            Hierbij geef ik mij op als lid.
            """
        ),
    },
    {
        "id": "d162-005",
        "kind": "subscribe",
        "sender": "Niamh O'Sullivan <n.osullivan@kustwerk.nl>",
        "quote": "none",
        "subject": "Joining the directors' network",
        "body": _(
            """
            Dear secretariat,

            Last month I started as interim director of Kustwerk, the shared service organisation of Zandvoorde
            and Duinwijk. One of our aldermen pointed me to your network. My Dutch is still a work in progress,
            so please forgive the English - I would very much like to become a member.

            Kind regards,
            Niamh O'Sullivan
            Interim Director, Kustwerk
            """
        ),
    },
    {
        "id": "d162-006",
        "kind": "subscribe",
        "sender": "Pieter-Jan Mulders-Hayes <pj.mulders@werkorganisatie-peelrand.nl>",
        "quote": "none",
        "subject": "Lidmaatschap / membership",
        "body": _(
            """
            Goedemiddag / good afternoon,

            Graag word ik lid van het netwerk. (I read Dutch without trouble but write it slowly, so the rest in
            English: please add me to the members' list, the ateliers sound exactly like what I was looking for.)

            Pieter-Jan Mulders-Hayes
            directeur bedrijfsvoering | Werkorganisatie Peelrand
            """
        ),
    },
    {
        "id": "d162-007",
        "kind": "subscribe",
        "sender": "Secretariaat directie Rivierenland-Noord <secretariaat.directie@rivierenland-noord.nl>",
        "quote": "none",
        "subject": "Aanmelding de heer W. Kalsbeek",
        "body": _(
            """
            Goedemorgen,

            Namens onze algemeen directeur, de heer Wouter Kalsbeek, meld ik hem graag aan voor uw netwerk.
            Zijn e-mailadres is w.kalsbeek@rivierenland-noord.nl; stuurt u de berichten rechtstreeks naar hem,
            dan kijk ik via zijn agenda wel mee.

            Met vriendelijke groet,

            Anouk Blom
            managementassistent directie
            Ambtelijke Organisatie Rivierenland-Noord
            """
        ),
    },
    {
        "id": "d162-008",
        "kind": "other",
        "sender": "Lotte Brugman <bestuurssecretariaat@dewaardenlanden.nl>",
        "quote": "none",
        "subject": "Nieuwe gemeentesecretaris",
        "body": _(
            """
            Beste secretariaat,

            Mevrouw Dekkers-Yildiz is per deze maand onze nieuwe gemeentesecretaris/directeur en zou graag aansluiten
            bij het netwerk. Haar mailbox wordt deze week pas aangemaakt door ICT. Kunnen jullie haar alvast
            toevoegen?

            Groet,
            Lotte
            bestuurssecretariaat De Waardenlanden
            """
        ),
    },
    {
        "id": "d162-009",
        "kind": "other",
        "sender": "Directiesecretariaat Bommelwaard <directiesecretariaat@bommelwaard.nl>",
        "quote": "none",
        "subject": "Aanmelding twee directeuren",
        "body": _(
            """
            Goedendag,

            Onze directie bestaat sinds kort uit twee personen en beiden willen lid worden van het netwerk:
            - Bas Hoogeveen, algemeen directeur, b.hoogeveen@bommelwaard.nl
            - Carla Tjin-A-Fo, directeur bedrijfsvoering, c.tjinafo@bommelwaard.nl

            Alvast bedankt voor het verwerken.

            Met vriendelijke groet,
            Inge Smulders, directiesecretaresse
            """
        ),
    },
    {
        "id": "d162-010",
        "kind": "other",
        "sender": "Maarten Eijkelboom <m.eijkelboom@gr-belastingenzuidwest.nl>",
        "quote": "none",
        "subject": "Aanmelding - eerst een vraag",
        "body": _(
            """
            Dag,

            Ik zou me graag aanmelden, alleen twijfel ik of ik tot de doelgroep hoor. Ik ben directeur van een
            GR die voor vijf gemeenten de belastingen en de ICT doet, maar verder zijn de gemeentelijke
            organisaties zelfstandig gebleven. Is dat een ambtelijke fusieorganisatie in jullie zin? Als het
            antwoord ja is, schrijf me dan maar in.

            Maarten Eijkelboom
            """
        ),
    },
    {
        "id": "d162-011",
        "kind": "subscribe",
        "sender": "Marloes Tiemersma <m.tiemersma@sudwestfryslanwurk.nl>",
        "quote": "none",
        "subject": "Graag ook lid",
        "body": _(
            """
            Beste mensen,

            Via via hoorde ik over jullie ateliers. Dat klinkt als precies wat ik mis sinds onze twee
            organisaties in 2024 samengingen: sparren met collega's die dezelfde hobbels tegenkomen, in plaats
            van weer een congres met sprekers op een podium. Ik heb een jaar vol reorganisatie achter de rug en
            kan wel wat frisse blikken gebruiken.

            Meld me maar aan, ik zie de uitnodigingen met plezier tegemoet!

            Hartelijke groet,
            Marloes Tiemersma
            gemeentesecretaris-directeur
            """
        ),
    },
    {
        "id": "d162-012",
        "kind": "other",
        "sender": "Sjoerd van Hemert <s.vanhemert@ambtelijkeorganisatie-vlietstreek.nl>",
        "quote": "none",
        "subject": "Lidmaatschap netwerk",
        "body": _(
            """
            Goedemiddag,

            Een collega wees mij op uw netwerk. Voordat ik iets besluit: wat houdt het lidmaatschap precies in,
            zit er een contributie aan vast en hoeveel tijd vraagt het zo ongeveer per jaar? Ik overweeg het,
            maar mijn agenda zit al behoorlijk vol.

            Met vriendelijke groet,
            Sjoerd van Hemert
            """
        ),
    },
    {
        "id": "d162-013",
        "kind": "subscribe",
        "sender": "Theo Wassenberg <t.wassenberg@kempenveld.nl>",
        "quote": "none",
        "subject": "Aanmelden",
        "body": _(
            """
            Met vriendelijke groet,

            Theo Wassenberg
            Directeur
            Werkorganisatie Kempenveld
            Postbus 120, 5520 AC Kempenveld
            T 040 - 208 77 10

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Het gebruik van de inhoud door anderen dan
            de geadresseerde is niet toegestaan. Werkorganisatie Kempenveld aanvaardt geen aansprakelijkheid voor
            schade als gevolg van elektronische verzending.
            """
        ),
    },
    {
        "id": "d162-014",
        "kind": "subscribe",
        "sender": "Gerard Koopmans <g.koopmans@hartvanzeeland-werkt.nl>",
        "quote": "none",
        "subject": "Collega wil ook meedoen",
        "body": _(
            """
            Beste Melanie,

            Ik ben zelf al een paar jaar lid, en na mijn enthousiaste verhalen over het laatste atelier wil mijn
            collega-directeur sociaal domein, Esther Noordam, ook graag aanhaken. Haar adres is
            e.noordam@hartvanzeeland-werkt.nl. Zou je haar willen aanmelden?

            Dank je wel, tot in maart.
            Gerard
            """
        ),
    },
    {
        "id": "d162-015",
        "kind": "other",
        "sender": "Yvonne Scholten <y.scholten@werkorganisatie-achterhoekoost.nl>",
        "quote": "none",
        "subject": "Nieuwe directeur dienstverlening",
        "body": _(
            """
            Hallo secretariaat,

            Op 1 mei begint Ramon Struik bij ons als directeur dienstverlening. Hij kent het netwerk nog van zijn
            vorige werkgever en wil er graag weer bij. Kunnen jullie hem alvast op de lijst zetten? Zijn nieuwe
            mailadres krijgt hij pas op zijn eerste werkdag.

            Groet, Yvonne Scholten
            algemeen directeur
            """
        ),
    },
    {
        "id": "d162-016",
        "kind": "subscribe",
        "sender": "Anton Verbrugge <anton.verbrugge64@gmail.com>",
        "quote": "none",
        "subject": "aanmelding via privéadres",
        "body": _(
            """
            Goedenavond,

            Ik meld me via mijn privéadres aan, want ons mailfilter op het werk houdt externe nieuwsbrieven en
            uitnodigingen nogal eens tegen. Ik ben gemeentesecretaris-directeur van de Ambtelijke Organisatie
            Bergen-Lemstervaart. Stuur alles dus graag naar dit adres.

            Vriendelijke groet,
            Anton Verbrugge
            """
        ),
    },
    {
        "id": "d162-017",
        "kind": "other",
        "sender": "Karin Vermeulen <k.vermeulen@dewoldenhoeve.nl>",
        "quote": "none",
        "subject": "Aanmelden nieuw adres",
        "body": _(
            """
            Goedemorgen,

            Graag aanmelden met mijn nieuwe adres k.vermeulen@dewoldenhoeve.nl. Ik was al lid onder
            k.vermeulen@samenwerkingwoldenhoeve.nl, maar die naam verdwijnt per 1 maart omdat de werkorganisatie
            een nieuwe naam krijgt. Het oude adres werkt daarna niet meer.

            Groet,
            Karin Vermeulen
            """
        ),
    },
    {
        "id": "d162-018",
        "kind": "other",
        "sender": "Saskia de Bruin <s.debruin@werkorganisatie-vechtoevers.nl>",
        "quote": "none",
        "subject": "Mevrouw Hoekstra: lidmaatschap en atelier 11 maart",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Jolanda Hoekstra, directeur van Werkorganisatie Vechtoevers, wil graag lid worden van het
            netwerk (j.hoekstra@werkorganisatie-vechtoevers.nl). Zij heeft van een collega de uitnodiging voor
            het atelier van 11 maart gezien en zou daar ook bij willen zijn. Ik heb de middag alvast in haar
            agenda geblokkeerd.

            Met vriendelijke groet,
            Saskia de Bruin
            office manager directie
            """
        ),
    },
    {
        "id": "d162-019",
        "kind": "subscribe",
        "sender": "Hans Ruitenberg <h.ruitenberg@amstelveenland.nl>",
        "quote": "none",
        "subject": "Weer aanmelden",
        "body": _(
            """
            Beste Stan,

            Twee jaar geleden heb ik me afgemeld toen ik naar de provincie overstapte. Inmiddels ben ik terug op
            het oude nest, nu als directeur van de Werkorganisatie Amstelveenland. Mag ik weer meedoen? Zet me
            graag opnieuw op de lijst, met dit adres.

            Hartelijke groet,
            Hans Ruitenberg
            """
        ),
    },
    # --- Replies to our confirmation mail and its reminder --------------------------------------------------------
    {
        "id": "d162-020",
        "kind": "confirm",
        "sender": "Gerrit Bovenkerk <g.bovenkerk@werkorganisatie-duivenland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "d162-021",
        "kind": "confirm",
        "sender": "Ilse Wubbolts <i.wubbolts@oldambtkwartier.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Met vriendelijke groet,

            Ilse Wubbolts MPA
            Algemeen directeur | Werkorganisatie Oldambt Kwartier
            Aanwezig ma, di, do

            Denk aan het milieu voordat u deze e-mail print.
            """
        ),
    },
    {
        "id": "d162-022",
        "kind": "confirm",
        "sender": "Bert Langeveld <b.langeveld@gr-heuvelrandoost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            ja hoor
            """
        ),
    },
    {
        "id": "d162-023",
        "kind": "confirm",
        "sender": "Ans Hofman-Ridder <a.hofman@werkorganisatie-zuidplasweide.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": f"Re: Bevestig uw aanmelding {REF}",
        "body": _(
            """
            Bij dezen bevestigd. Dank voor het vlotte bericht.

            A. Hofman-Ridder
            """
        ),
    },
    {
        "id": "d162-024",
        "kind": "confirm",
        "sender": "Hester Veldkamp <h.veldkamp@sallandsewaarden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja, doe maar! Stan, jou ken ik nog van die intervisiegroep in Deventer, leuk dat je dit nu trekt.
            Het wordt voor mij altijd puzzelen met de raadsagenda's van twee gemeenten, maar dat zien we dan wel
            weer.

            Groet, Hester

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d162-025",
        "kind": "other",
        "sender": "Erik Janssen-Bos <e.janssenbos@werkorganisatie-venray-horst.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd. Mag ik wel vragen of het lidmaatschap persoonsgebonden is? Mijn plaatsvervanger zou
            de uitnodigingen ook graag ontvangen, zodat zij kan gaan als ik verhinderd ben.

            Erik Janssen-Bos
            """
        ),
    },
    {
        "id": "d162-026",
        "kind": "other",
        "sender": "Wilma Stoffels <w.stoffels@gr-dijkenlanden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen,

            Ik weet eerlijk gezegd niet goed of ik dit moet bevestigen. Mijn bestuur heeft vorige week besloten
            de ambtelijke samenwerking per 2027 te ontvlechten; over anderhalf jaar ben ik dus geen directeur van
            een fusieorganisatie meer. Heeft het dan nog zin om lid te worden? Ik hoor graag hoe u dat ziet
            voordat ik ja zeg.

            Wilma Stoffels
            """
        ),
    },
    {
        "id": "d162-027",
        "kind": "other",
        "sender": "Jeroen Pattipeilohy <jpattipeilohy71@gmail.com>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik reageer even vanaf mijn privémail, want via de webmail van het werk lukt antwoorden al de hele
            dag niet. Bij deze: ik bevestig de aanmelding voor j.pattipeilohy@werkorganisatie-lekstroom.nl.

            Jeroen
            """
        ),
    },
    {
        "id": "d162-028",
        "kind": "other",
        "sender": "Bureau Directie Krimpenerwaard-West <bureaudirectie@krimpenerwaardwest.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens mevrouw Okkerse bevestig ik hierbij haar aanmelding. Zij is deze week op werkbezoek in
            Denemarken en heeft mij gevraagd dit af te handelen.

            Met vriendelijke groet,
            Priscilla Mahabier
            Bureau Directie
            """
        ),
    },
    {
        "id": "d162-029",
        "kind": "other",
        "sender": "Ellen Kroon <e.kroon@werkorganisatie-gooiendael.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "subject": f"Doorst: Bevestig uw aanmelding {REF}",
        "body": _(
            """
            Hierbij stuur ik de bevestiging door namens dhr. Van Rijswijk; hij vroeg mij dit voor hem te regelen.
            Hij is vanaf maandag weer bereikbaar.

            Ellen Kroon, secretariaat directie
            """
        ),
    },
    {
        "id": "d162-030",
        "kind": "unsubscribe",
        "sender": "Rob Terpstra <r.terpstra@noordoostpolderwerk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Ik heb mij niet voor dit netwerk opgegeven en wil er ook geen berichten van ontvangen. Beschouw deze
            aanmelding als ingetrokken.

            R. Terpstra
            """
        ),
    },
    {
        "id": "d162-031",
        "kind": "unsubscribe",
        "sender": "Monique Aalbers <m.aalbers@werkorganisatie-tielerwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik ken uw netwerk niet en heb mij nergens ingeschreven. Wie heeft mijn naam eigenlijk opgegeven? Het
            adres dat in uw mail staat zegt mij niets. Hoe dan ook: ik wil geen lid worden.

            Monique Aalbers
            """
        ),
    },
    {
        "id": "d162-032",
        "kind": "other",
        "sender": "Frank Dijkhuizen <f.dijkhuizen@ambtelijkeorganisatie-eemvallei.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Deze aanmelding komt niet van mij. Ik wil graag weten waar u mijn e-mailadres vandaan heeft; het
            is een persoonlijk werkadres dat nergens gepubliceerd staat.

            F. Dijkhuizen
            """
        ),
    },
    {
        "id": "d162-033",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Loes van Amerongen <l.vanamerongen@gr-rijnweide.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geacht secretariaat,

            Ik heb mij niet aangemeld. Op grond van de AVG verzoek ik u alle persoonsgegevens die u van mij heeft
            vastgelegd te verwijderen, ook de gegevens van degene die mij heeft opgegeven voor zover die naar
            mij verwijzen, en mij dat te bevestigen.

            Hoogachtend,
            mr. L. van Amerongen
            """
        ),
    },
    {
        "id": "d162-034",
        "kind": "unsubscribe",
        "sender": "David Whitfield <d.whitfield@havenstadsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Hi, I never asked to join anything like this - please take my address off whatever list it ended up
            on. Thanks, David
            """
        ),
    },
    {
        "id": "d162-035",
        "kind": "confirm",
        "sender": "Jacqueline Mertens <j.mertens@werkorganisatie-maasgouw-echt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Excuus, uw eerste mail was in mijn ongewenste e-mail beland. Hierbij alsnog: ja, ik word graag lid.

            Jacqueline Mertens
            """
        ),
    },
    {
        "id": "d162-036",
        "kind": "unsubscribe",
        "sender": "Koen Lagerwey <k.lagerwey@vijfheerenlanden-werkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Na enig nadenken zie ik toch af van het lidmaatschap; met twee fusietrajecten tegelijk laat mijn
            agenda het dit jaar echt niet toe. Laat u de aanmelding maar vervallen.

            Met vriendelijke groet,
            K. Lagerwey
            """
        ),
    },
    {
        "id": "d162-037",
        "kind": "confirm",
        "sender": "Niall Brennan <n.brennan@werkorganisatie-twentezuid.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, that was me - confirmed. Looking forward to it.

            Best,
            Niall
            """
        ),
    },
    {
        "id": "d162-038",
        "kind": "other",
        "sender": "Hanneke Boersma <h.boersma@gr-stellingwarf.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik bevestig graag, op voorwaarde dat mijn naam en functie niet op een openbare deelnemerslijst of
            op de website verschijnen. Kunt u dat toezeggen? Dan is het wat mij betreft rond.

            Hanneke Boersma
            """
        ),
    },
    {
        "id": "d162-039",
        "kind": "confirm",
        "sender": "Wietse Bergsma <w.bergsma@waddenkust-werkorganisatie.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Oké, akkoord wat mij betreft.
            W.B.
            """
        ),
    },
    {
        "id": "d162-040",
        "kind": "confirm",
        "sender": "Charlotte Mol <c.mol@werkorganisatie-lopikerwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Ja, ik wil me aanmelden, dat had mijn secretaresse goed begrepen.

            Charlotte Mol
            """
        ),
    },
    {
        "id": "d162-041",
        "kind": "confirm",
        "sender": "J.W.M. Verhoeven <jwm.verhoeven@ambtelijkeorganisatie-peelenmaas.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Geachte heer, mevrouw,

            Hierbij bevestig ik mijn aanmelding voor het netwerk, onder vermelding van referentie
            AF-7K3Q9-XM2PA-4RTZ8.

            Hoogachtend,
            J.W.M. Verhoeven
            gemeentesecretaris-directeur
            """
        ),
    },
    {
        "id": "d162-042",
        "kind": "autoreply",
        "sender": "Arjen Visscher <a.visscher@werkorganisatie-delflanden.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": f"Automatisch antwoord: Bevestig uw aanmelding {REF}",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben met verlof tot en met maandag 4 januari en lees mijn e-mail in die
            periode niet. Voor dringende zaken kunt u terecht bij het directiesecretariaat, 015 - 750 33 00.

            Arjen Visscher
            """
        ),
    },
    {
        "id": "d162-043",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.zaanstreek-werkt.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.zaanstreek-werkt.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

                               The mail system

            <p.dekorte@zaanstreek-werkt.nl>: host mail.zaanstreek-werkt.nl[10.20.4.11] said:
                550 5.1.1 <p.dekorte@zaanstreek-werkt.nl>: Recipient address rejected:
                User unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d162-044",
        "kind": "autoreply",
        "sender": "Gemeente Beekdal <m.janssen@beekdal-werkorganisatie.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": f"RE: Bevestig uw aanmelding {REF}",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Uw bericht wordt niet doorgestuurd of gelezen.
            Voor de directie van de werkorganisatie Beekdal mailt u naar directie@beekdal-werkorganisatie.nl.
            """
        ),
    },
    {
        "id": "d162-045",
        "kind": "other",
        "sender": "Sandra Pelgrim <s.pelgrim@werkorganisatie-bevelandenoost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja, bevestigd. Wel graag alles voortaan naar sandra.pelgrim@bevelanden.nl sturen: dit adres
            verdwijnt eind van de maand, als de nieuwe organisatienaam ingaat.

            Sandra
            """
        ),
    },
    {
        "id": "d162-046",
        "kind": "other",
        "sender": "Paul Hendriksen <p.hendriksen@werkorganisatie-montferland.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik begrijp deze herinnering niet. Ik ben al sinds 2022 lid en was in november nog bij het atelier in
            Amersfoort. Sta ik ineens niet meer in uw bestand, of is hier iets dubbel gegaan?

            Paul Hendriksen
            """
        ),
    },
    {
        "id": "d162-047",
        "kind": "confirm",
        "sender": "Roos Kuipers <r.kuipers@werkorganisatie-hollandsplassen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja, bevestigd! (En ik neem aan dat dit niet weer zo'n nieuwsbrief wordt waar ik me over drie weken
            voor moet afmelden ;-))

            Roos
            """
        ),
    },
    {
        "id": "d162-048",
        "kind": "confirm",
        "sender": "Mehmet Kaya <m.kaya@werkorganisatie-rijnenveen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Klopt, dat verzoek kwam via ons secretariaat en is met mij afgestemd. Bevestigd.

            M. Kaya
            """
        ),
    },
    # --- Replies to the welcome -------------------------------------------------------------------------------
    {
        "id": "d162-049",
        "kind": "other",
        "sender": "Tineke Haverkamp <t.haverkamp@werkorganisatie-ijsselvliet.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het warme welkom. Ik kijk uit naar de eerste uitnodiging en naar de gesprekken met
            collega's.

            Tineke
            """
        ),
    },
    {
        "id": "d162-050",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Lucas Brouwer <l.brouwer@werkorganisatie-kromme-rijn.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank u. Een onderwerp heb ik meteen: hoe kom je na een fusie tot één sturingsconcept als de teams
            uit twee heel verschillende culturen komen, de een gewend aan strakke lijnsturing, de ander aan
            zelforganisatie? Daar worstelen wij nu mee.

            Lucas Brouwer
            """
        ),
    },
    {
        "id": "d162-051",
        "kind": "unsubscribe",
        "sender": "Dick Scheepers <d.scheepers@werkorganisatie-alblasserland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Eerlijk gezegd een misverstand: mijn managementassistent had me aangemeld zonder te overleggen en ik
            heb jullie mail tussen twee vergaderingen door beantwoord zonder goed te lezen. Ik heb hier nu
            echt geen ruimte voor. Halen jullie me er weer af?

            Dick
            """
        ),
    },
    {
        "id": "d162-052",
        "kind": "other",
        "sender": "Nicole Vrolijk <n.vrolijk@werkorganisatie-schouwen.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Dank! Weet u al wanneer en waar het eerstvolgende atelier is? Ik moet in het voorjaar een paar weken
            vrij plannen en wil dat liever niet laten samenvallen.

            Nicole Vrolijk
            """
        ),
    },
    {
        "id": "d162-053",
        "kind": "subscribe",
        "sender": "Olaf Smeenk <o.smeenk@gr-veluwezoom-samen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Dank voor het welkom. Mijn collega Annemiek Ploeg, directeur bedrijfsvoering, wil ook lid worden;
            haar adres is a.ploeg@gr-veluwezoom-samen.nl. Willen jullie haar aanmelden?

            Olaf Smeenk
            """
        ),
    },
    {
        "id": "d162-054",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Brechtje Overduin <b.overduin@werkorganisatie-hoekscheveste.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Omdat u er zelf om vraagt: ik zou graag bespreken hoe je één klantcontactcentrum inricht voor drie
            gemeenten die elk hun eigen gezicht naar de inwoner willen houden. Wie doet de telefoon, onder welke
            naam, en wie beslist als de colleges iets anders willen?

            Met groet,
            Brechtje Overduin
            """
        ),
    },
    {
        "id": "d162-055",
        "kind": "other",
        "sender": "Remco Lamers <remco.lamers@werkorganisatie-weertland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de bevestiging. Ik vermoed alleen dat ik nu twee keer in uw bestand sta: vorig jaar heb ik
            me ook al aangemeld met r.lamers@weertland.nl, en die mails komen nog steeds binnen. Kunt u dat
            even nakijken?

            Remco Lamers
            """
        ),
    },
    # --- Under our goodbye: staying, coming back, and what stands next to it -------------------------------------
    {
        "id": "d162-056",
        "kind": "subscribe",
        "sender": "Gijs Wolters <g.wolters@werkorganisatie-oostgelre.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Lid blijven graag - die afmelding was niet zo bedoeld, ik had op de verkeerde mail gereageerd.

            Gijs
            """
        ),
    },
    {
        "id": "d162-057",
        "kind": "subscribe",
        "sender": "Margriet Oudshoorn <m.oudshoorn@werkorganisatie-bollenkust.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Hier is iets misgegaan. Mijn secretaresse ruimde mijn mailbox op en heeft op de uitnodiging
            "afmelden" geantwoord omdat ik die dag niet kon, niet omdat ik uit het netwerk wil. Ik wil dus
            gewoon lid blijven. Excuus voor de verwarring!

            Hartelijke groet,
            Margriet Oudshoorn
            """
        ),
    },
    {
        "id": "d162-058",
        "kind": "other",
        "sender": "Kees Nieuwenhuis <k.nieuwenhuis@werkorganisatie-marnelanden.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes",
        "body": _(
            """
            Dank voor de bevestiging, en dank voor de mooie ateliers van de afgelopen jaren. Ik heb er veel van
            opgestoken. Wie weet tot ziens in een andere rol.

            Kees Nieuwenhuis
            """
        ),
    },
    {
        "id": "d162-059",
        "kind": "other",
        "sender": "Sabine Hoogendijk <s.hoogendijk@werkorganisatie-langstraat.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Helder, dank u. Een vraag nog: als ik na mijn sabbatical over een jaar weer een directeursfunctie
            heb, kan ik dan zonder meer opnieuw instromen? En bewaart u mijn gegevens tot die tijd, of begin ik
            dan helemaal opnieuw?

            Sabine
            """
        ),
    },
    {
        "id": "d162-060",
        "kind": "subscribe",
        "sender": "Dirk-Jan Ploegmakers <dj.ploegmakers@werkorganisatie-baronie.nl>",
        "thread": "goodbye",
        "quote": "none",
        "subject": "RE: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Ik heb helemaal niet om afmelding gevraagd. Graag mijn lidmaatschap herstellen.

            D.J. Ploegmakers
            """
        ),
    },
]
# fmt: on
