"""devset172: replies under the confirmation, the reminder to confirm, the welcome and the goodbye.

Directors, their assistants and the odd colleague answer the double opt-in, its one reminder, the welcome and the
confirmation that they have left. Some confirm with chatter, a phone signature or nothing at all; some half-confirm
with a condition or a question; some deny ever signing up, politely, dryly, angrily or in English; assistants
confirm for their director from their own mailbox or from the director's; some change their mind after confirming
or after leaving; under the welcome people join a colleague, ask about the ateliers or propose a topic; under the
goodbye they want to stay, come back, hand the seat over now or later, or have their data wiped. A few automatic
answers and one delivery failure close the set.

Conventions this set relies on (from the brief):
- Under the confirmation mails an empty reply, a signature alone or a yes with chatter is `confirm`; a yes with a real
  question or a condition the secretariat must answer first is `other`.
- A plain denial (also an angry one that asks who did it, or a sign-up withdrawn after second thoughts) is
  `unsubscribe`; a denial that asks where we got the address is `other`; a denial with a request to wipe all data is
  `unsubscribe` with `erase`.
- An assistant or colleague confirming from their own address is `other`; a forward by an assistant with a line
  above it is that assistant's new mail. An assistant typing in the director's own mailbox confirms that mailbox:
  `confirm`.
- Under the welcome: one named colleague with an address is `subscribe`; without an address or several people is
  `other`; a proposed topic is a `suggestion`; backing another member's topic or asking to present is `other`;
  thanks alone and address changes are `other`.
- Under the goodbye: "lid blijven" or coming back is `subscribe`; a successor with or without an address is
  `unsubscribe`; a hand-over at a later date while staying a member until then is `other`; a wish to stay with a
  real question beside it is `other`.
- Out-of-office and ticket answers are `autoreply` with the thread their headers point to and no quote; the bounce
  has no thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- confirmations, some with something extra --------------------------------------------------------------
    {
        "id": "cg172-001",
        "kind": "confirm",
        "sender": "Joost Hellendoorn <j.hellendoorn@werkorganisatie-veenhorst.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij dezen bevestigd.

            Fijn dat zoiets bestaat; ik hoorde er via mijn collega in Oldenmeer over en dacht: daar wil ik bij.

            Hartelijke groet,
            Joost Hellendoorn
            """
        ),
    },
    {
        "id": "cg172-002",
        "kind": "confirm",
        "sender": "Yvette Brandsma <yvette.brandsma@brakeloo-ruwaard.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Oei, uw eerste bericht stond tussen de spam. Ja, ik word graag lid!

            Yvette
            """
        ),
    },
    {
        "id": "cg172-003",
        "kind": "confirm",
        "sender": "R. Achterberg <r.achterberg@dalfsenmeer.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": "",
    },
    {
        "id": "cg172-004",
        "kind": "confirm",
        "sender": "Henk Wolters-Baas <h.woltersbaas@twenterand-hof.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Met vriendelijke groet,

            drs. H.J. (Henk) Wolters-Baas
            algemeen directeur
            Werkorganisatie Twenterand-Hof
            T 0546 83 11 20 | M 06 41 27 90 35
            Bezoekadres: Kerkplein 4, Hofstede

            Deze e-mail is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt,
            wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
            """
        ),
    },
    {
        "id": "cg172-005",
        "kind": "confirm",
        "sender": "Marco Stuijt <m.stuijt@gr-lingewaal.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja graag, doe maar

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "cg172-006",
        "kind": "confirm",
        "sender": "Claire Vandermeulen <claire.vandermeulen@noordkwartier-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed, thank you. I'm the new interim director here - my Dutch reading is fine, typing it is
            slower, so forgive the English.

            Kind regards,
            Claire Vandermeulen
            """
        ),
    },
    {
        "id": "cg172-007",
        "kind": "confirm",
        "sender": "Anouk Tjoelker <a.tjoelker@werkorganisatie-waddenoever.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw Tjoelker bevestig ik hierbij haar aanmelding; ik beheer haar mailbox en agenda.

            Met vriendelijke groet,
            Sanne Vos
            managementassistent directie
            """
        ),
    },
    {
        "id": "cg172-008",
        "kind": "confirm",
        "sender": "Pieter Zwanenburg <p.zwanenburg@ommerlanden.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ik twijfelde of dit wel iets voor mij is, met maar twee gemeenten in onze GR. Maar goed: ik doe
            mee. Beschouw dit als mijn bevestiging.

            P. Zwanenburg
            """
        ),
    },
    {
        "id": "cg172-009",
        "kind": "confirm",
        "sender": "Wim Odinga <w.odinga@hunzedal.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            ok, bevestigd hoor. gr wim
            """
        ),
    },
    {
        "id": "cg172-010",
        "kind": "confirm",
        "sender": "B. Hofstede <b.hofstede@werkorganisatie-vechtzicht.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Akkoord, mijn aanmelding is hiermee bevestigd.

            B. Hofstede
            Gemeentesecretaris/directeur
            """
        ),
    },
    {
        "id": "cg172-011",
        "kind": "confirm",
        "sender": "Lotte Reijnders <l.reijnders@kempenbrug.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik dacht dat ik dat al gedaan had? Hoe dan ook: bij dezen nogmaals ja, excuus voor de late reactie,
            het waren begrotingsweken.
            """
        ),
    },
    {
        "id": "cg172-012",
        "kind": "confirm",
        "sender": "Lotfi Amrani <l.amrani@maasdelta-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, bevestigd / confirmed. Ik kijk uit naar het eerste atelier.

            Groet, Lotfi
            """
        ),
    },
    # --- half-confirmations, conditions and confirmations by someone else -------------------------------------
    {
        "id": "cg172-013",
        "kind": "other",
        "sender": "Esther de Bruijn-Kaya <e.debruijnkaya@zuidwoude-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd. Wel een verzoek: mijn naam wordt met ij geschreven, De Bruijn-Kaya, en in uw bericht
            staat het zonder koppelteken. Wilt u dat in uw ledenlijst aanpassen voordat de uitnodigingen
            de deur uit gaan?

            Esther
            """
        ),
    },
    {
        "id": "cg172-014",
        "kind": "other",
        "sender": "Frank Roelvink <f.roelvink@bergenveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik wil best bevestigen, maar eerst een vraag: worden mijn naam en functie gedeeld met de andere
            leden of met derden? Bij ons ligt dat gevoelig sinds een datalek vorig jaar. Als het antwoord nee is,
            ben ik erbij.
            """
        ),
    },
    {
        "id": "cg172-015",
        "kind": "other",
        "sender": "Tineke Haverkamp <t.haverkamp@werkorganisatie-ijsselkant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Ik herken het adres van de aanmelder niet: wie heeft mij via dat secretariaat opgegeven? Als het
            via onze gemeentesecretaris ging, is het prima en word ik graag lid, maar dat wil ik eerst weten.

            Met vriendelijke groet,
            Tineke Haverkamp
            """
        ),
    },
    {
        "id": "cg172-016",
        "kind": "other",
        "sender": "Gerard Lubbers <g.lubbers@regio-achterveld.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik zou graag meedoen, maar ik ben per 1 januari geen directeur meer: ik ben nu strategisch adviseur
            van de directie. Is het netwerk dan nog voor mij bedoeld, of kan ik beter niet bevestigen?

            Groet,
            Gerard
            """
        ),
    },
    {
        "id": "cg172-017",
        "kind": "other",
        "sender": "Ruud Keizer <r.keizer@gemeente-stroomland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Dit adres wordt eind van de maand opgeheven; wij gaan over op het domein van de nieuwe
            werkorganisatie (r.keizer@wo-stroomland.nl). Moet ik nu bevestigen of kan ik beter wachten tot het
            nieuwe adres werkt?
            """
        ),
    },
    {
        "id": "cg172-018",
        "kind": "other",
        "sender": "Hannah Mbeki <h.mbeki@ringvaart-gemeenten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Happy to join in principle. One thing first though: I'm the deputy director (plaatsvervangend
            directeur), not the director. Is the network open to deputies, or should my boss sign up instead?

            Best,
            Hannah
            """
        ),
    },
    {
        "id": "cg172-019",
        "kind": "other",
        "sender": "Nicole Smeets <n.smeets@hoogeland-west.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Prima, maar dan wil ik geen uitnodigingen en herinneringen voor de ateliers: alleen de verslagen
            achteraf. Kunt u mij zo inschrijven?
            """
        ),
    },
    {
        "id": "cg172-020",
        "kind": "other",
        "sender": "Secretariaat directie Dijkhuis <secretariaat.directie@werkorganisatie-oostflank.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens de heer Dijkhuis bevestig ik zijn aanmelding voor het netwerk. Hij is deze week met verlof en
            vroeg mij dit voor hem af te handelen.

            Met vriendelijke groet,
            Marjolein Eijkelboom
            Secretariaat directie
            """
        ),
    },
    {
        "id": "cg172-021",
        "kind": "other",
        "sender": "Debbie Koster <d.koster@zaanoever-samen.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "subject": "Doorst: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Goedendag,

            Mevrouw Ramdin heeft mij gevraagd onderstaande mail aan u door te sturen: zij wil graag lid worden,
            maar haar mailbox staat vol en ze kan niet antwoorden. Kunt u haar aanmelding op deze manier
            verwerken?

            Debbie Koster, office manager
            """
        ),
    },
    {
        "id": "cg172-022",
        "kind": "other",
        "sender": "Jelle Dekker <jelledekker1971@gmail.com>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik antwoord vanaf mijn privéadres omdat mijn werkmail al twee dagen hapert. Bij deze bevestig ik de
            aanmelding voor j.dekker@werkorganisatie-lauwersdal.nl.

            Jelle Dekker
            """
        ),
    },
    # --- denials and withdrawals ---------------------------------------------------------------------------------
    {
        "id": "cg172-023",
        "kind": "unsubscribe",
        "sender": "Marloes Timmer <m.timmer@gemeente-kroonveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit moet een vergissing zijn: ik heb mij nergens voor opgegeven en ben ook geen directeur.
            Ik hoef dus geen lid te worden.

            Met vriendelijke groet,
            Marloes Timmer
            """
        ),
    },
    {
        "id": "cg172-024",
        "kind": "unsubscribe",
        "sender": "A.J. Bosscher <aj.bosscher@werkorganisatie-delfland-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb mij NIET aangemeld. Wie haalt het in zijn hoofd om mij zonder te vragen ergens op te
            geven?? Ik wil hier niets mee te maken hebben.
            """
        ),
    },
    {
        "id": "cg172-025",
        "kind": "other",
        "sender": "Olga Pranger <o.pranger@pranger-advies.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik ken uw organisatie niet en heb mij nergens voor ingeschreven. Ik werk als zelfstandige, niet
            bij een gemeente. Hoe komt u aan dit e-mailadres?
            """
        ),
    },
    {
        "id": "cg172-026",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Sjoerd Wijbenga <s.wijbenga@friese-meren-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Niet door mij aangemeld. Ik verzoek u op grond van de AVG al mijn persoonsgegevens te verwijderen,
            ook de gegevens die de aanmelder heeft doorgegeven, en mij dat schriftelijk te bevestigen.

            S. Wijbenga
            """
        ),
    },
    {
        "id": "cg172-027",
        "kind": "unsubscribe",
        "sender": "Colin Maasland <c.maasland@provincie-westmeer.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            I'm afraid this reached the wrong person: I work in the province's finance team and never signed up
            for anything like this. Please take me off.

            Regards,
            Colin
            """
        ),
    },
    {
        "id": "cg172-028",
        "kind": "unsubscribe",
        "sender": "Harm Bouwhuis <harm.bouwhuis@ambtelijk-drentsaa.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, geen belangstelling. Mijn inbox loopt al over van nieuwsbrieven en netwerken.
            """
        ),
    },
    {
        "id": "cg172-029",
        "kind": "unsubscribe",
        "sender": "Ilse van Rijckevorsel <i.vanrijckevorsel@werkorganisatie-heuvelrand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Beste secretariaat,

            Ik heb mij vorige week zelf opgegeven, maar na overleg in ons MT zie ik er toch van af: we hebben
            dit jaar al te veel externe verplichtingen. Trek mijn aanmelding dus maar in. Excuses voor de moeite.

            Ilse van Rijckevorsel
            """
        ),
    },
    {
        "id": "cg172-030",
        "kind": "unsubscribe",
        "sender": "Bart Hoekstra <b.hoekstra@gr-wierdenland.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de herinnering, maar ik laat het gewoon vervallen. Mijn agenda zit voller dan de A28 op
            maandagochtend.
            """
        ),
    },
    {
        "id": "cg172-031",
        "kind": "unsubscribe",
        "sender": "Femke Akkerman <f.akkerman@lindeoever.nl>",
        "thread": "confirmation",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "quote": "none",
        "body": _(
            """
            > Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren

            Negeren doe ik liever niet, dan blijft het maar rondzingen. Ik heb me niet aangemeld; haal mijn
            adres er alstublieft af.

            F. Akkerman
            """
        ),
    },
    {
        "id": "cg172-032",
        "kind": "other",
        "sender": "Postbus Kroonveld <postbus@gemeente-kroonveld-maas.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Geachte heer, mevrouw,

            Dit is de algemene postbus van de gemeente. De heer Verhaar, aan wie uw bericht gericht lijkt,
            werkt sinds de zomer niet meer bij ons.

            Team Post en Archief
            """
        ),
    },
    # --- replies to the welcome ---------------------------------------------------------------------------------
    {
        "id": "cg172-033",
        "kind": "subscribe",
        "sender": "Karin Westerveld <k.westerveld@werkorganisatie-maasenwaal.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom!

            Mijn collega-directeur Peter Lammers (p.lammers@werkorganisatie-maasenwaal.nl) zou ook graag lid
            worden; wij sturen de organisatie met zijn tweeën aan. Wilt u hem ook aanmelden?

            Karin
            """
        ),
    },
    {
        "id": "cg172-034",
        "kind": "subscribe",
        "sender": "Daan Eshuis <d.eshuis@salland-oost.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Thanks! Could you add my colleague Ruth Okafor as well? She heads bedrijfsvoering and is keen:
            ruth.okafor@salland-oost.nl

            Daan
            """
        ),
    },
    {
        "id": "cg172-035",
        "kind": "other",
        "sender": "Marjan Ter Horst <m.terhorst@werkorganisatie-berkelstroom.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hartelijk dank. Kunt u ook onze directeur bedrijfsvoering aanmelden? Hij heet Thijs Brinkhuis; zijn
            mailadres stuur ik u nog, hij is net begonnen en heeft er nog geen.
            """
        ),
    },
    {
        "id": "cg172-036",
        "kind": "other",
        "sender": "Roel Verbeek <r.verbeek@drechtwaarden.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Wat mij betreft komt ons hele directieteam erbij. Kunt u deze drie ook inschrijven?
            - Sandra Polman, s.polman@drechtwaarden.nl
            - Erik-Jan Blok, e.blok@drechtwaarden.nl
            - Naima El Idrissi, n.elidrissi@drechtwaarden.nl

            Groet, Roel Verbeek
            """
        ),
    },
    {
        "id": "cg172-037",
        "kind": "other",
        "sender": "Wendy Kalsbeek <w.kalsbeek@werkorganisatie-vlietzoom.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank! Wanneer is het eerstvolgende atelier, en kan ik ook online aansluiten? Ik zit in Zeeland en
            Utrecht is voor een middag wat ver.

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "cg172-038",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hugo Terpstra <h.terpstra@gr-geestmerambacht-noord.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. U vraagt of ik al een onderwerp heb: jazeker. Wij gaan met drie gemeenten over
            naar één zaaksysteem en lopen vast op de verschillen in werkprocessen. Ik hoor graag hoe anderen die
            migratie hebben aangepakt.

            Hugo Terpstra
            """
        ),
    },
    {
        "id": "cg172-039",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sevda Yilmaz <s.yilmaz@werkorganisatie-kromme-rijn.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes-wrote",
        "body": _(
            """
            Een onderwerp voor een van de volgende ateliers: hoe laat je zien dat inwoners van de kleinste
            gemeente na de fusie niet slechter bediend worden dan voorheen? Wij zoeken goede indicatoren voor
            de klanttevredenheid per kern.
            """
        ),
    },
    {
        "id": "cg172-040",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Jan-Willem Overdijk <jw.overdijk@hollandsoever.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen,

            Meteen maar twee onderwerpen die bij ons spelen:
            1. strategische personeelsplanning nu we voor sommige vacatures al een jaar niemand vinden;
            2. onze positie tegenover de centrumgemeente in de regio, die steeds vaker de agenda bepaalt.

            Met groet,
            Jan-Willem Overdijk
            """
        ),
    },
    {
        "id": "cg172-041",
        "kind": "other",
        "sender": "Lisette Nijhof <l.nijhof@werkorganisatie-gooivecht.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank u wel, ik kijk er echt naar uit om collega's uit het land te ontmoeten.

            Lisette
            """
        ),
    },
    {
        "id": "cg172-042",
        "kind": "unsubscribe",
        "sender": "Maarten Coppens <m.coppens@gemeente-bladel-hoeve.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Ik heb gisteren in een enthousiaste bui bevestigd, maar bij nader inzien past het niet: ik ben
            gemeentesecretaris van één gemeente, er is bij ons geen ambtelijke fusie. Wilt u mij weer
            uitschrijven? Dank en succes met het netwerk.

            Maarten Coppens
            """
        ),
    },
    {
        "id": "cg172-043",
        "kind": "other",
        "sender": "Petra Sonneveld <p.sonneveld@oude-ijsselstreek-samen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Fijn, dank. Klein punt: dit bericht kwam binnen op mijn oude adres. Wilt u voortaan
            p.sonneveld@wo-ijsselstreek.nl gebruiken? Het oude adres vervalt per 1 mei.
            """
        ),
    },
    {
        "id": "cg172-044",
        "kind": "other",
        "sender": "Arnoud Veldkamp <a.veldkamp@werkorganisatie-eemdal.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Ik begreep van Kees Bolhuis dat hij de werkdruk bij de concerncontrol al bij
            u heeft ingebracht als onderwerp. Daar sluit ik me van harte bij aan; verder heb ik nu niets nieuws.

            Arnoud
            """
        ),
    },
    {
        "id": "cg172-045",
        "kind": "other",
        "sender": "Judith Hemelrijk <j.hemelrijk@gr-zuidplas-oost.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes",
        "body": _(
            """
            Beste Melanie,

            Leuk dat ik erbij hoor. Wij hebben het afgelopen jaar een gezamenlijk inwonerspanel voor vier
            gemeenten opgezet. Zou ik daar op een atelier een kwartiertje over mogen vertellen, of is dat niet
            de bedoeling van de opzet?

            Hartelijke groet,
            Judith Hemelrijk
            """
        ),
    },
    # --- replies to the goodbye ---------------------------------------------------------------------------------
    {
        "id": "cg172-046",
        "kind": "subscribe",
        "sender": "Stijn Ruitenberg <s.ruitenberg@werkorganisatie-rijnweide.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Lid blijven graag! Ik bedoelde alleen dat ik niet naar het atelier in maart kan, niet dat ik het
            hele netwerk uit wil.

            Stijn
            """
        ),
    },
    {
        "id": "cg172-047",
        "kind": "subscribe",
        "sender": "Mirjam Oosterhof <m.oosterhof@duinstreek-werkt.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Hmm, ik heb me na een rotweek in een opwelling afgemeld, maar eigenlijk wil ik er gewoon bij
            blijven. Sorry voor het heen-en-weer, zet u me er weer op?
            """
        ),
    },
    {
        "id": "cg172-048",
        "kind": "subscribe",
        "sender": "Frits Nagelkerke <f.nagelkerke@werkorganisatie-scheldemond.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Beste secretariaat,

            Anderhalf jaar geleden heb ik me afgemeld toen ik naar de provincie vertrok. Inmiddels ben ik terug
            als algemeen directeur, nu bij Scheldemond, en ik wil graag weer aanmelden op dit adres.

            Met vriendelijke groet,
            Frits Nagelkerke
            """
        ),
    },
    {
        "id": "cg172-049",
        "kind": "subscribe",
        "sender": "Grace Tan-Visser <g.tanvisser@polderpoort.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Oops - please keep me on, I hit the wrong button in your last mail. Still very much a member!

            Grace
            Sent from my iPhone
            """
        ),
    },
    {
        "id": "cg172-050",
        "kind": "unsubscribe",
        "sender": "Koen Dallinga <k.dallinga@werkorganisatie-marnedal.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de bevestiging. Zoals gevraagd: mijn opvolger is Femke Rozendaal, zij begint op 1 februari
            als algemeen directeur. Haar adres: f.rozendaal@werkorganisatie-marnedal.nl.

            Koen Dallinga
            """
        ),
    },
    {
        "id": "cg172-051",
        "kind": "unsubscribe",
        "sender": "Ans Bolkestein <a.bolkestein@gr-vijfheerenland.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "groupwise",
        "body": _(
            """
            Helder, dank. Mijn taken gaan over naar Gerrit Muller, die nu nog bij de provincie zit. Zijn nieuwe
            mailadres weet ik nog niet; ik vraag hem zich zelf bij u te melden.
            """
        ),
    },
    {
        "id": "cg172-052",
        "kind": "other",
        "sender": "Robert Haan <r.haan@werkorganisatie-tielerwaard.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Kleine correctie op mijn eerdere mail: ik vertrek pas per 1 juni. Tot die tijd blijf ik graag lid, ook
            voor het atelier van maart. Daarna neemt Lieke Smulders (l.smulders@werkorganisatie-tielerwaard.nl) het
            van mij over.

            Groet,
            Robert
            """
        ),
    },
    {
        "id": "cg172-053",
        "kind": "other",
        "sender": "Dorien Kappers <d.kappers@oostgelre-samen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes-wrote",
        "body": _(
            """
            Dit verzoek kwam niet van mij! Ik wil gewoon lid blijven. Maar ik wil ook weten wie mij heeft
            afgemeld en vanaf welk adres, want als iemand namens mij mail verstuurt, moet ik dat laten uitzoeken.
            """
        ),
    },
    {
        "id": "cg172-054",
        "kind": "other",
        "sender": "Theo Brouwers <t.brouwers@werkorganisatie-peelrand.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan en Melanie,

            Na zes jaar en heel wat ateliers is het mooi geweest: per 1 maart ga ik met pensioen. Dank voor alle
            goede gesprekken en de koffie in Utrecht. Het ga jullie goed!

            Theo
            """
        ),
    },
    {
        "id": "cg172-055",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Sabine Wolfs <s.wolfs@maasheuvel.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Dank. Wilt u dan ook al mijn gegevens wissen, inclusief de presentielijsten van eerdere ateliers?
            Ik ontvang daar graag een bevestiging van.

            Sabine Wolfs
            """
        ),
    },
    # --- automatic answers --------------------------------------------------------------------------------------
    {
        "id": "cg172-056",
        "kind": "autoreply",
        "sender": "Evert Scholten <e.scholten@werkorganisatie-hofvandelft.nl>",
        "thread": "confirmation",
        "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Ik ben tot en met 24 november afwezig en lees mijn mail niet. Voor dringende zaken kunt u terecht bij
            het directiesecretariaat, 015 288 40 00.

            Evert Scholten
            """
        ),
    },
    {
        "id": "cg172-057",
        "kind": "autoreply",
        "sender": "Info Werkorganisatie Beekdal <h.tromp@werkorganisatie-beekdal.nl>",
        "thread": "welcome",
        "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "quote": "none",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Uw bericht wordt niet gelezen of doorgestuurd.
            Voor contact met de werkorganisatie: info@werkorganisatie-beekdal.nl
            """
        ),
    },
    {
        "id": "cg172-058",
        "kind": "autoreply",
        "sender": "Klantcontact Lindewold <noreply-kcc@lindewold.nl>",
        "thread": "goodbye",
        "subject": "[Zaak 2026-118734] Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte afzender,

            Wij hebben uw bericht ontvangen en geregistreerd onder zaaknummer 2026-118734. U ontvangt binnen
            vijf werkdagen een reactie. Op deze e-mail kunt u niet antwoorden.

            Klantcontactcentrum Lindewold
            """
        ),
    },
    {
        "id": "cg172-059",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.werkorganisatie-vennenland.nl>",
        "subject": "Undelivered Mail Returned to Sender",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.werkorganisatie-vennenland.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <g.vanleeuwen@werkorganisatie-vennenland.nl>: host 10.4.2.17[10.4.2.17] said:
                550 5.1.1 <g.vanleeuwen@werkorganisatie-vennenland.nl>: Recipient address
                rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)

            Reporting-MTA: dns; mx2.werkorganisatie-vennenland.nl
            Final-Recipient: rfc822; g.vanleeuwen@werkorganisatie-vennenland.nl
            Action: failed
            Status: 5.1.1
            """
        ),
    },
]
# fmt: on
