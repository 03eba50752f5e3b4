"""devset143: the writer's words hidden among other text.

Directors, their assistants and a few colleagues answer our mails, but what they ask is easy to miss: answers
written inline between lines they quoted from our mail (with their own `>` marks), one-liners on top of long
signatures with banners, vacancy ads and disclaimers that say "verwijder dit bericht", phone mails ("Verzonden vanaf
mijn iPhone", Outlook voor Android), bilingual signatures and English writers, mails that put a question beside a
request, and answers that first tell a long story before the one sentence that counts. Every kind of request occurs
(sign-up, confirmation, RSVP yes and no, topic, leaving, erasure), with look-alikes that belong to the secretariat,
under every quote style.

Conventions this set relies on (from the brief):
- The label follows what the writer asks now; disclaimers, banners and a story told first do not count.
- A signature alone under our confirmation mail is `confirm`; an assistant confirming for the director is `other`.
- A denial under the confirmation mail (also asking who did it) is `unsubscribe`; asking where we got the address is
  `other`.
- Leaving and declining in one mail is `unsubscribe`; "afmelden voor het atelier" while staying a member, or a
  decline with a substitute, is `rsvp` False; a later mail carries the latest answer.
- A hand-over with the successor's address, or leaving with a successor named without address, is `unsubscribe`; a
  hand-over at a later date with "tot die tijd blijf ik lid" is `other`; a colleague reporting someone left is
  `other`.
- AVG erasure is `unsubscribe` with erase; a request to see one's data is `other`.
- One colleague signed up with an address is `subscribe`; without address or several people is `other`; "lid
  blijven" under our goodbye is `subscribe`.
- A yes on a condition, a confirmation, RSVP or request with a real question beside it, and an assistant's forwarded
  new mail about attendance are `other`; an assistant answering in reply to the invitation is `rsvp`.
- A topic proposed under any of our mails is a `suggestion` (also beside an RSVP); backing another's topic, asking to
  present, and a proposal about the form of the ateliers are `other`; a "nee" only to the guest question is `other`.
- Themes are those of the proposed topic, not of words in the story before it.
- An address change is `other`; out-of-office, ticket systems and "no longer in use" are `autoreply`; a delivery
  failure is a `bounce` without thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- confirmation mails -------------------------------------------------------------------------------------
    {
        "id": "d143-001",
        "kind": "confirm",
        "sender": "Hendrik-Jan Blokzijl <hj.blokzijl@veenmarken.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            drs. H.J. (Hendrik-Jan) Blokzijl
            algemeen directeur
            Werkorganisatie Veenmarken | gemeenten Dalwijk, Zandhoeve en Oud-Veenmarken
            T 0591 - 74 20 11 | M 06 - 41 88 20 73
            Postbus 140, 7880 AC Veenmarken

            ___________________________________________________
            Trots op onze dorpen! Lees het jaarverslag 2026 op www.veenmarken.nl/jaarverslag
            ___________________________________________________

            Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde. Bent u
            niet de bedoelde ontvanger, stel de afzender dan op de hoogte en verwijder het bericht. Aan dit bericht
            kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "d143-002",
        "kind": "confirm",
        "sender": "Lotte Scheepmaker <l.scheepmaker@bruggelde.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Excuus, uw eerste mail was in mijn map ongewenste e-mail beland. Bij deze alsnog bevestigd!

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d143-003",
        "kind": "confirm",
        "sender": "Noor Aydın-Brink <n.aydin-brink@oostkampen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Klopt, dat ben ik. Bevestigd / confirmed.

            Noor Aydın-Brink
            Directeur bedrijfsvoering | Director of Operations
            Werkorganisatie Oostkampen
            Bezoekadres | Visiting address: Marktplein 4, Oostkampen
            Ik werk op ma, di en do | I work Mon, Tue and Thu
            """
        ),
    },
    {
        "id": "d143-004",
        "kind": "other",
        "sender": "Wessel Dijkhuizen <w.dijkhuizen@heerdenlo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Hierbij bevestig ik mijn aanmelding. Een vraag erbij: mijn managementassistent beheert mijn agenda. Kan zij
            de uitnodigingen in kopie krijgen, of moet ze zich daarvoor zelf aanmelden? Ze is zelf geen directeur.

            Groet,
            Wessel Dijkhuizen
            Gemeentesecretaris-directeur Werkorganisatie Heerdenlo
            """
        ),
    },
    {
        "id": "d143-005",
        "kind": "unsubscribe",
        "sender": "Margreet Oosterhuis-Lammers <m.oosterhuis@waddenkustsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Ik heb mij niet voor dit netwerk opgegeven en ken het ook niet. Wie heeft mijn naam aan u doorgegeven?
            Deze berichten hoef ik niet te ontvangen.

            M. (Margreet) Oosterhuis-Lammers
            Directeur Publieksdienstverlening
            GR Waddenkust Samen
            --
            Deze e-mail is verzonden vanuit een gemeentelijke omgeving. Wij gaan zorgvuldig om met persoonsgegevens;
            lees onze privacyverklaring op www.waddenkustsamen.nl/privacy.
            """
        ),
    },
    {
        "id": "d143-006",
        "kind": "other",
        "sender": "Tijmen Roelofsen <t.roelofsen@kempenland-werkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Goedemorgen. Ik ben geen directeur maar beleidsmedewerker en heb me nergens aangemeld. Graag hoor ik langs
            welke weg u aan mijn e-mailadres bent gekomen, en van wie dat secretariaatsadres is dat in uw eerste mail
            stond.

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d143-007",
        "kind": "other",
        "sender": "Sanne Griffioen <s.griffioen@lekstroom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Beste heer Van de Laar,

            Mevrouw Zwanenburg is deze week met vakantie. Namens haar bevestig ik hierbij de aanmelding; zij heeft mij
            gevraagd dit voor haar te regelen.

            Met vriendelijke groet,
            Sanne Griffioen
            Managementondersteuning directie
            Werkorganisatie Lekstroom
            """
        ),
    },
    {
        "id": "d143-008",
        "kind": "confirm",
        "sender": "Bas Huisintveld <b.huisintveld@rivierduinen-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            > Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.

            Een paar woorden kunnen geen kwaad: ja, dit is mijn adres en ik doe graag mee.

            > Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.

            Ruim op tijd dus.

            Bas
            """
        ),
    },
    {
        "id": "d143-009",
        "kind": "confirm",
        "sender": "Gerdien Vlasblom <g.vlasblom@groenehart-gr.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Akkoord, het adres klopt en ik word graag lid.

            Gerdien Vlasblom | directeur Sociaal Domein
            Gemeenschappelijke Regeling Groene Hart-West
            *************************************************************
            Deze e-mail en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde(n). Heeft u dit bericht
            per vergissing ontvangen, wilt u het dan verwijderen en ons daarvan op de hoogte stellen?
            *************************************************************
            """
        ),
    },
    # --- sign-ups -------------------------------------------------------------------------------------------------
    {
        "id": "d143-010",
        "kind": "subscribe",
        "sender": "Annemiek Reijnders <a.reijnders@rivierzoom.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren - Rivierzoom",
        "body": _(
            """
            Beste secretariaat,

            Sinds 1 januari ben ik algemeen directeur van de nieuwe werkorganisatie Rivierzoom, waarin de ambtelijke
            diensten van Gendtwaard en Loenhoven zijn samengevoegd. Het eerste halfjaar stond vooral in het teken van
            verhuisdozen, een nieuw zaaksysteem en heel veel kennismakingsgesprekken met raadsleden. Mijn voorganger
            bij Loenhoven, die u wellicht kent van eerdere ateliers, wees mij op uw netwerk en was er lovend over.

            Kortom: ik meld me hierbij graag aan als lid, met dit e-mailadres.

            Hartelijke groet,
            Annemiek Reijnders
            Algemeen directeur Werkorganisatie Rivierzoom
            """
        ),
    },
    {
        "id": "d143-011",
        "kind": "subscribe",
        "sender": "Carolien Westerbeek <c.westerbeek@delfmond-oost.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de welkomstmail, dat ging vlot. Mijn collega-directeur Ruben Tuinstra (bedrijfsvoering) wil er
            ook graag bij; zijn adres is r.tuinstra@delfmond-oost.nl. Wilt u hem aanmelden?

            Met groet,
            Carolien Westerbeek
            """
        ),
    },
    {
        "id": "d143-012",
        "kind": "other",
        "sender": "Maarten Schuttevaer <m.schuttevaer@kromme-aa.nl>",
        "quote": "none",
        "subject": "Aanmelden directieteam Kromme Aa",
        "body": _(
            """
            Goedendag,

            Ons voltallige directieteam wil graag lid worden: Jorien Baks (j.baks@kromme-aa.nl), Twan Meulenbelt
            (t.meulenbelt@kromme-aa.nl) en ikzelf. Kunt u ons alle drie inschrijven?

            Vriendelijke groet,
            Maarten Schuttevaer
            """
        ),
    },
    {
        "id": "d143-013",
        "kind": "subscribe",
        "sender": "Ellen Brandsma <e.brandsma@noordwoldsamen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Oei, dat was niet de bedoeling! Mijn secretaresse heeft bij het opschonen van mijn inbox per ongeluk op
            'afmelden' geantwoord. Ik wil graag lid blijven, het atelier in maart wil ik echt niet missen.

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d143-014",
        "kind": "subscribe",
        "sender": "Mads Kjeldsen <m.kjeldsen@noorderhaven.nl>",
        "quote": "none",
        "subject": "Membership / lidmaatschap",
        "body": _(
            """
            Dear secretariat,

            I recently started as director of operations at Werkorganisatie Noorderhaven; I moved here from Aarhus, so
            please forgive the English, my Dutch is still a work in progress. A colleague told me about your network
            and the ateliers. I would like to sign up as a member with this address.

            Kind regards / Met vriendelijke groet,
            Mads Kjeldsen
            Directeur bedrijfsvoering | Director of Operations
            Werkorganisatie Noorderhaven
            """
        ),
    },
    {
        "id": "d143-015",
        "kind": "other",
        "sender": "Ilona Brugman <i.brugman@eemvallei.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Mooie middag was het, dank ook voor het verslag. Mijn nieuwe collega Jeroen Wassink, sinds maart directeur
            dienstverlening bij ons, wil graag lid worden. Zijn mailadres heb ik niet paraat, hij is er pas een paar
            weken. Kunt u hem alvast toevoegen?

            Ilona
            """
        ),
    },
    {
        "id": "d143-016",
        "kind": "other",
        "sender": "Frank Oudejans <f.oudejans@interim-oudejans.nl>",
        "quote": "none",
        "subject": "Lidmaatschap",
        "body": _(
            """
            Geacht secretariaat,

            Ik wil me graag aanmelden voor het netwerk, maar eerst twee vragen: zijn er kosten aan verbonden, en bent u
            ook toegankelijk voor een interim-directeur? Mijn opdracht bij de werkorganisatie Brederoode loopt nog een
            jaar, daarna ben ik weer vrij.

            Met vriendelijke groet,
            Frank Oudejans
            """
        ),
    },
    # --- leaving, erasure, hand-overs ----------------------------------------------------------------------------
    {
        "id": "d143-017",
        "kind": "unsubscribe",
        "sender": "Theo Harmsen <t.harmsen@eemvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Sinds vorige week ben ik met pensioen, dus wilt u mij uit het netwerk uitschrijven? Dank voor de mooie
            ateliers van de afgelopen jaren.

            Met vriendelijke groet,

            Theo Harmsen
            Directeur Werkorganisatie Eemvallei
            (gemeenten Barnwoude en Hoevelaken-Oost)

            Werkorganisatie Eemvallei | Stationsweg 12 | 3771 AB Barnwoude
            T 033 - 299 40 00 | www.eemvallei.nl
            Volg ons op LinkedIn en Instagram: @eemvallei

            *** Let op: vanaf 1 maart zijn wij telefonisch bereikbaar van 8.30 tot 16.30 uur ***

            Aan de inhoud van dit bericht kunnen geen rechten worden ontleend. Wij sluiten iedere aansprakelijkheid
            uit voor schade die voortvloeit uit het gebruik van elektronische communicatie. Bent u niet de
            geadresseerde? Verwijder dit bericht dan en meld dit aan de afzender.
            """
        ),
    },
    {
        "id": "d143-018",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Govert Lamberink <g.lamberink@driestromenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste mensen,

            Ik heb lang getwijfeld of ik op deze oproep zou reageren. Hij is goed bedoeld, maar onze werkorganisatie
            wordt per 1 januari ontvlochten: de drie gemeenten gaan ieder hun eigen weg, met een eigen ambtelijk
            apparaat, en mijn functie verdwijnt daarmee. Samenwerking en strategie zijn hier het afgelopen jaar vooral
            pijnlijke woorden geweest. Voor de vraag welke thema's ik wil bespreken is het dus te laat.

            Ik verzoek u daarom mij uit het netwerk te halen en al mijn gegevens (naam, adres, functie, de historie van
            mijn aanmeldingen) te wissen, op grond van de AVG.

            Met vriendelijke groet,
            Govert Lamberink
            """
        ),
    },
    {
        "id": "d143-019",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Eline Ferwerda-Smith <e.ferwerda@zuidwold-shared.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Hi,

            Please take me off your mailing list and erase whatever personal data you keep on me (GDPR, art. 17). I
            won't be there on the 11th either.

            Regards,
            Eline Ferwerda-Smith
            Director | Directeur
            Shared Services Zuidwold
            """
        ),
    },
    {
        "id": "d143-020",
        "kind": "unsubscribe",
        "sender": "Hidde Klooster <h.klooster@hunzeland-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor het verslag. Voor mij was het het laatste atelier: ik ben deze maand overgestapt naar de
            provincie. Mijn opvolger als directeur is Aukje Dekema, a.dekema@hunzeland-samen.nl. Zij neemt mijn plek in
            het netwerk graag over; mij kunt u eruit halen.

            Groet,
            Hidde Klooster
            """
        ),
    },
    {
        "id": "d143-021",
        "kind": "other",
        "sender": "Ruud Steenbergen <r.steenbergen@maasdelta-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Een onderwerp heb ik deze keer niet, wel een mededeling: na de zomer draag ik mijn functie over aan Ilse
            Verhoog (i.verhoog@maasdelta-werkt.nl). Tot die tijd blijf ik gewoon lid. Wilt u haar vanaf 1 september
            in mijn plaats opnemen?

            Ruud
            """
        ),
    },
    {
        "id": "d143-022",
        "kind": "unsubscribe",
        "sender": "Rik Bosschaart <r.bosschaart@lingehoeve.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

            Nee.

            > Afmelden? Antwoord op deze e-mail met 'afmelden'

            Dat dan ook maar. Het netwerk is waardevol, maar ik zit in te veel overleggen en moet keuzes maken.

            Rik
            """
        ),
    },
    {
        "id": "d143-023",
        "kind": "other",
        "sender": "Yvonne Kalkman <secretariaat.directie@amstelwold.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer/mevrouw,

            De heer Brouwer is sinds 1 december niet meer werkzaam bij onze organisatie. Deze herinnering kwam bij mij
            terecht, omdat ik zijn post als voormalig secretaresse nog doorkijk.

            Met vriendelijke groet,
            Yvonne Kalkman
            Secretariaat directie, Werkorganisatie Amstelwold
            """
        ),
    },
    {
        "id": "d143-024",
        "kind": "unsubscribe",
        "sender": "Olav Brinkhorst <o.brinkhorst@lingehoeve.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemiddag,

            Vanaf deze week ben ik niet langer directeur van de Lingehoeve-organisatie; ik ben overgestapt naar een
            adviesbureau. Schrijft u mij dus uit. Mijn opvolger is Femke Rozendaal; haar mailadres bestaat nog niet,
            zij meldt zich zelf bij u aan zodra ze begonnen is.

            Hartelijke groet,
            Olav Brinkhorst
            """
        ),
    },
    {
        "id": "d143-025",
        "kind": "unsubscribe",
        "sender": "Chantal Verweij <c.verweij@kustbreed.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            haal me maar van de lijst aub, in mijn nieuwe rol (interim bij een waterschap) is dit niet meer relevant.
            was leuk!

            Verstuurd vanaf Outlook voor Android
            """
        ),
    },
    {
        "id": "d143-026",
        "kind": "other",
        "sender": "Lieke Timmerman <l.timmerman@zandhoeve.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "groupwise",
        "body": _(
            """
            Dank voor het welkom. Voordat ik verder ga: welke persoonsgegevens van mij heeft u precies vastgelegd, en
            wie heeft mij via dat secretariaatsadres aangemeld? Ik ontvang graag een overzicht (inzageverzoek, art. 15
            AVG).

            L. Timmerman
            """
        ),
    },
    # --- RSVP yes -------------------------------------------------------------------------------------------------
    {
        "id": "d143-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Kuipers <m.kuipers@polderhof.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

            Ja, ik kom, en niet alleen:

            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

            Met z'n tweeën. Onze nieuwe concerncontroller, Sven Haverkamp, gaat mee.

            Groet, Marloes
            """
        ),
    },
    {
        "id": "d143-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Cees Vermeulen <c.vermeulen@kreekrug.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Zet me maar op de lijst voor de 11e.

            Met vriendelijke groet | Kind regards

            ir. C.A. (Cees) Vermeulen MPA
            Algemeen directeur | Managing Director
            Werkorganisatie Kreekrug
            T +31 (0)113 55 80 00 | M +31 (0)6 12 04 77 31
            www.kreekrug.nl

            [Afbeelding: banner Kreekrug - Wij zoeken een teamleider Vergunningen! Solliciteer voor 15 februari]

            Denk aan het milieu voordat u deze e-mail print. | Please consider the environment before printing.
            De inhoud van dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie
            bevatten. Heeft u dit bericht onbedoeld ontvangen, verwijder het dan en informeer de afzender. | This
            message is intended solely for the addressee. If you received it in error, please delete it and notify
            the sender.
            """
        ),
    },
    {
        "id": "d143-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dewi Pattiasina <d.pattiasina@bommelerwoude.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Hoekstra: zij komt graag naar het atelier op 11 maart. Ik heb de middag in haar agenda
            geblokkeerd.

            Met vriendelijke groet,
            Dewi Pattiasina
            Directiesecretaresse Werkorganisatie Bommelerwoude
            """
        ),
    },
    {
        "id": "d143-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Ebbinge <w.ebbinge@slingeborg.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": _(
            """
            Tot dan, ik kom met de trein en ben er rond kwart voor twee.
            """
        ),
    },
    {
        "id": "d143-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Karin Hofstede <k.hofstede@vijfheerenland-wo.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes",
        "body": _(
            """
            De 18e kan ik ook, houd mij dus maar op de wachtlijst. Het provinciehuis ligt voor mij zelfs gunstiger.

            Karin Hofstede
            """
        ),
    },
    {
        "id": "d143-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jolanda Wiersma-Kok <j.wiersma@marnedal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan,

            Wat een treffend thema. Afgelopen najaar hadden we bij ons precies deze discussie: vier colleges, een
            directie, en bij elke nieuwe nota de vraag wiens eigenheid voorgaat. De burgemeester van de kleinste
            gemeente zei in de stuurgroep letterlijk dat hij zich een gast in zijn eigen huis voelde. We zijn er
            uiteindelijk uitgekomen met lokale accounthouders in het MT, maar het blijft schuren, en ik ben benieuwd
            hoe collega's dat aanpakken.

            Lang verhaal kort: ik schuif op 11 maart graag aan.

            Hartelijke groet,
            Jolanda Wiersma-Kok
            """
        ),
    },
    {
        "id": "d143-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Aidan Murphy <a.murphy@havenstede.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Happy to attend on 11 March, count me in.

            Kind regards | Met vriendelijke groet
            Aidan Murphy
            Directeur bedrijfsvoering | Director of Operations
            Werkorganisatie Havenstede
            Deze e-mail is alleen bestemd voor de geadresseerde. | This e-mail is intended for the addressee only.
            """
        ),
    },
    # --- RSVP no --------------------------------------------------------------------------------------------------
    {
        "id": "d143-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gijs Terpstra <g.terpstra@dalwijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Nee helaas, die donderdag is de begrotingsbehandeling in Dalwijk en daar moet ik bij zijn.

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "d143-035",
        "kind": "rsvp",
        "attending": False,
        "sender": "Anouk Smeenk <a.smeenk@ijsselveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Zelf lukt het me niet. In mijn plaats komt onze directeur Sociaal Domein, Ruud Hakvoort
            (r.hakvoort@ijsselveld.nl).

            Met vriendelijke groet,
            Anouk Smeenk
            """
        ),
    },
    {
        "id": "d143-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Thijs van Ommeren <t.vanommeren@gooiweide.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Beste Melanie,

            Vanochtend kreeg ik de uitslag na de knieoperatie die ik al een tijd voor me uit schoof: de komende zes
            weken niet autorijden en zoveel mogelijk thuiswerken. Vervelend, want ik had me er echt op verheugd.

            Ik moet donderdag dus verstek laten gaan. Geef mijn plek gerust aan iemand van de wachtlijst.

            Groet,
            Thijs van Ommeren

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d143-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nadia El Khatib <n.elkhatib@bommelerwoude.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de uitnodiging, maar ook ik kan die middag niet: dan zit ik bij de accountant voor de
            jaarrekening. Mijn collega weet het al.

            Met vriendelijke groet,
            Nadia El Khatib
            Teammanager Financiën
            """
        ),
    },
    {
        "id": "d143-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Roelof Dankers <r.dankers@hollandsewaard.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wilt u mij afmelden voor het atelier van donderdag? Er is onverwacht een crisisoverleg over de
            jeugdzorgaanbesteding ingepland. Lid van het netwerk blijf ik natuurlijk, volgende keer beter!

            Roelof Dankers
            """
        ),
    },
    {
        "id": "d143-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Femke Jonkman <f.jonkman@wierdenland.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "groupwise",
        "body": _(
            """
            > Verandert er iets? Beantwoord deze e-mail gewoon

            Er verandert inderdaad iets. Vorige week wilde ik nog graag komen, maar inmiddels is mijn agenda
            volgelopen. Komt er een plaats vrij, geef die dan aan een ander: ik kan toch niet.

            Femke
            """
        ),
    },
    # --- topics ---------------------------------------------------------------------------------------------------
    {
        "id": "d143-040",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Koen Rietveld <k.rietveld@heuvelrand-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            > Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's
            > bespreken?

            Daar heb ik even over nagedacht.

            > - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering,
            > werkprocessen, financiën, I&A;

            Hier zit het voor ons: hoe voorkom je dat hybride werken teams uit elkaar laat drijven, nu collega's elkaar
            nauwelijks nog op kantoor zien?

            Groeten,
            Koen
            """
        ),
    },
    {
        "id": "d143-041",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Floor Hesselink <f.hesselink@twentewaarde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Eerst wat context. Onze werkorganisatie bedient twee gemeenten die in grootte en karakter sterk
            verschillen: een groeiende forensengemeente en een krimpende plattelandsgemeente. Bij de laatste kadernota
            stemde de ene raad voor extra investeringen in de organisatie, de andere tegen. Wij als directie zaten er
            letterlijk tussenin, met een begroting en twee opdrachtgevers; intern hebben we er zelfs een
            digitaliseringsplan voor moeten uitstellen.

            Wat ik daarom graag met collega's zou bespreken: hoe ga je als directie om met uiteenlopende ambities en
            belangen van de deelnemende gemeenten, zonder dat de werkorganisatie een speelbal wordt?

            Met vriendelijke groet,
            Floor Hesselink
            """
        ),
    },
    {
        "id": "d143-042",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Bram Veldkamp <b.veldkamp@achterhoekpoort.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dank, was de reis zeker waard! Idee voor de volgende keer: hoe zetten jullie chat en WhatsApp in voor
            vragen van inwoners, en wat doet dat met de wachttijden aan de balie?

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d143-043",
        "kind": "suggestion",
        "themes": ["strategie", "organisatie"],
        "sender": "Sabine Mulder-Okafor <s.mulder@slingeborg.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn onderwerpen:
            - waar staat onze werkorganisatie in 2035: een langetermijnvisie die drie colleges kunnen delen
            - de oplopende kosten van I&A en informatiebeveiliging

            Met vriendelijke groet | Best regards
            Sabine Mulder-Okafor
            Gemeentesecretaris/algemeen directeur | Municipal Secretary/Managing Director
            Werkorganisatie Slingeborg
            Bezoekadres | Visiting address: Raadhuisplein 1, Slingeborg
            """
        ),
    },
    {
        "id": "d143-044",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jasper Nijenhuis <j.nijenhuis@peelrand-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ja, ik kom graag op 11 maart.

            Voor een volgend atelier heb ik alvast een onderwerp: hoe meten we of onze dienstverlening aan ondernemers
            echt beter is geworden sinds de fusie? We hebben wel tevredenheidscijfers, maar geen goede vergelijking
            met de tijd ervoor.

            Jasper
            """
        ),
    },
    {
        "id": "d143-045",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Merel Ypma <m.ypma@fryske-marren-wo.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank voor het hartelijke welkom. U vraagt of ik al een onderwerp heb: jazeker. Onze werkorganisatie wordt
            in de regio nog vaak gezien als het ambtelijk apparaat van de grootste gemeente. Ik zou graag bespreken
            hoe je als fusieorganisatie een eigen positie in de regionale samenwerking verwerft.

            Merel Ypma
            """
        ),
    },
    {
        "id": "d143-046",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Arjen Wolters <a.wolters@drentsekant.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "groupwise",
        "body": _(
            """
            Nog een toevoeging aan mijn lijstje: de krapte op de arbeidsmarkt. Hoe houden we onze formatie gevuld voor
            specialistische functies als vergunningverlening en ICT, nu we daarvoor met private werkgevers
            concurreren?

            Arjen Wolters
            """
        ),
    },
    {
        "id": "d143-047",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hannah de Groot-Leclercq <h.degroot@zeeuwsewaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Topic proposal from our side: using performance dashboards to monitor the services we deliver to residents
            and businesses, and what to do when the numbers go down.

            Best,
            Hannah
            (sorry for the English, typing this between two meetings)

            Sent from my iPhone
            """
        ),
    },
    # --- look-alikes for the secretariat -------------------------------------------------------------------------
    {
        "id": "d143-048",
        "kind": "other",
        "sender": "Gerben Hoekstra <g.hoekstra@waddenkustsamen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor een fijne middag. Een suggestie over de opzet: kan een volgend atelier niet eens in de ochtend,
            en dan ergens in het noorden van het land? Voor collega's uit Groningen en Friesland is Utrecht op een
            middag een hele reis.

            Gerben
            """
        ),
    },
    {
        "id": "d143-049",
        "kind": "other",
        "sender": "Ingeborg Vissers <i.vissers@maasdelta-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Geen eigen onderwerp deze keer, maar ik steun van harte het voorstel van collega Van Dijk van
            werkorganisatie Brederoode. Wat hij vorige keer vertelde over de digitalisering van de vergunningverlening
            verdient een vervolg.

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d143-050",
        "kind": "other",
        "sender": "Stijn Bakhuis <s.bakhuis@heuvelrand-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Inspirerende middag! Wij hebben het afgelopen jaar een nieuw sturingsconcept ingevoerd met
            resultaatverantwoordelijke teams. Zou ik daar op het volgende atelier een korte presentatie over mogen
            geven? Een kwartier is genoeg.

            Stijn
            """
        ),
    },
    {
        "id": "d143-051",
        "kind": "other",
        "sender": "Erik Lubbers <e.lubbers@rivierzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik wil graag komen, maar alleen als ik om 16.00 uur weg kan: om 17.00 uur heb ik een raadsvergadering in
            Loenhoven. Is het bezwaarlijk als ik het laatste deel mis? Zo niet, dan laat ik het deze keer schieten.

            Erik Lubbers
            """
        ),
    },
    {
        "id": "d143-052",
        "kind": "other",
        "sender": "Joost Wagenvoort <j.wagenvoort@kempenland-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

            Nee, geen introducé van mijn kant.

            Mvg, Joost
            """
        ),
    },
    {
        "id": "d143-053",
        "kind": "other",
        "sender": "Esther Vos <e.vos@groenhorst.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemiddag,

            Per 1 mei verandert ons domein: mijn nieuwe adres wordt e.vos@werkorganisatie-groenhorst.nl. Wilt u de
            uitnodigingen voortaan daarheen sturen? Het oude adres stuurt nog een half jaar door.

            Esther Vos
            """
        ),
    },
    {
        "id": "d143-054",
        "kind": "other",
        "sender": "Petra Lindhout <p.lindhout@achterhoekpoort.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": _(
            """
            Ter informatie: mevrouw Kramer wil graag komen, maar weet pas na het college van volgende week of dat
            lukt. Ik laat het u dan weten.

            Met vriendelijke groet,
            Petra Lindhout
            Bestuurssecretariaat
            """
        ),
    },
    {
        "id": "d143-055",
        "kind": "other",
        "sender": "Mirjam Scholte <m.scholte@gooiweide.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "apple",
        "body": _(
            """
            Jammer! Is er al een idee wanneer de nieuwe datum wordt? Ik plan mijn voorjaar nu vol en wil er graag
            rekening mee houden.

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d143-056",
        "kind": "other",
        "sender": "Desiree Kamphuis <d.kamphuis@vijfheerenland-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Eigenlijk wil ik me afmelden, de hoeveelheid mail wordt me wat veel. Maar bestaat er ook een mogelijkheid
            om alleen het verslag na afloop te krijgen, zonder oproepen en herinneringen? Dan blijf ik liever op die
            manier betrokken.

            Desiree
            """
        ),
    },
    {
        "id": "d143-057",
        "kind": "other",
        "sender": "Willemijn Achterberg <w.achterberg@hollandsewaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ja, ik kom. Wel een vraag vooraf: ik zit sinds kort in een rolstoel. Is de zaal in het Stadskantoor goed
            toegankelijk, en is er een gehandicaptenparkeerplaats in de buurt?

            Willemijn Achterberg
            """
        ),
    },
    # --- automatic mail -------------------------------------------------------------------------------------------
    {
        "id": "d143-058",
        "kind": "autoreply",
        "sender": "Bert Holwerda <b.holwerda@polderhof.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben tot en met 24 februari afwezig en lees mijn e-mail niet. Voor dringende zaken
            kunt u contact opnemen met het directiesecretariaat, 0318 - 55 12 00.

            Thank you for your message. I am out of the office until 24 February and will not read my e-mail. For
            urgent matters, please contact the management office, +31 318 55 12 00.

            [Afbeelding: Polderhof - samen sterk voor drie gemeenten]
            """
        ),
    },
    {
        "id": "d143-059",
        "kind": "autoreply",
        "sender": "Wim ten Brink <w.tenbrink@bruggelde.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik en wordt niet gelezen. Uw bericht is niet doorgestuurd.
            Vragen voor de gemeente kunt u mailen naar info@bruggelde.nl, vragen voor de directie naar
            directie@bruggelde.nl.

            Dit is een automatisch gegenereerd bericht.
            """
        ),
    },
    {
        "id": "d143-060",
        "kind": "autoreply",
        "sender": "Klantcontactcentrum Drentsekant <kcc@drentsekant.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "[Melding 2027-004512] RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Uw bericht is ontvangen door het Klantcontactcentrum van Werkorganisatie Drentsekant en geregistreerd
            onder nummer 2027-004512. U ontvangt binnen vijf werkdagen een reactie van de behandelend medewerker.

            Dit bericht is automatisch verstuurd; u kunt er niet op antwoorden.
            """
        ),
    },
    {
        "id": "d143-061",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.zandhoeve.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.zandhoeve.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            For further assistance, please send mail to postmaster.

                                The mail system

            <p.vandam@zandhoeve.nl>: host mail.zandhoeve.nl[10.20.1.5] said: 550 5.1.1
                <p.vandam@zandhoeve.nl>: Recipient address rejected: User unknown in
                local recipient table (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
