"""devset151: hand-overs, successors and departures.

Directors of werkorganisaties and GR's who leave now or later, with a successor and the successor's address, with a
name only or with nobody yet; interim directors who come and go; successors who write in themselves; secretaries and
colleagues who report that a director left (or died); retirements told in passing under the invitation, the reminder,
the call or the follow-up; directors who leave their organisation but stay a member in a new role elsewhere; and
look-alikes: a successor for a project or a dossier rather than the seat, tasks handed over inside the organisation,
another person's farewell, automatic "no longer employed" replies that name a successor.

Conventions this set relies on (from the brief):
- A named successor for the seat, with or without the successor's address, and a departure with nobody yet, is an
  `unsubscribe`, also in reply to our goodbye and also when it declines the atelier in the same mail.
- A hand-over for a later date where the writer says they stay a member until then is `other`; so is a departure
  told together with a real question, and a temporary replacement during leave.
- A colleague, secretary or assistant reporting that someone left is `other`, also when they give a successor's
  address; a forwarded mail (`doorgestuurd`) with a line above it is the forwarder's own new mail.
- A successor signing up themselves is `subscribe`; signing up one named colleague with an address is `subscribe`;
  a successor who asks whether they may come or take over a place is `other`.
- Leaving one organisation for a director's seat elsewhere while staying a member is an address change: `other`.
- A retirement or departure told in passing does not change the label: under the invitation it stays an `rsvp`,
  under the call or the follow-up a proposed topic stays a `suggestion`, with the themes of the topic only.
- "Lid blijven" under our goodbye is `subscribe`; an erasure request is `unsubscribe` with `erase`.
- "No longer employed here, write to my successor" auto-replies are `autoreply`; delivery failures are `bounce`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d151-001",
        "kind": "unsubscribe",
        "sender": "Gerard Wolthuis <g.wolthuis@werkorganisatie-hoogeveld.nl>",
        "quote": "none",
        "subject": "Opvolging directeur Werkorganisatie Hoogeveld",
        "body": _(
            """
            Geachte heer Van de Laar, beste Stan,

            Per 1 februari neem ik afscheid van Werkorganisatie Hoogeveld. Mijn opvolger is Anouk Terpstra; zij
            neemt ook mijn plaats in het netwerk over. Haar adres: a.terpstra@werkorganisatie-hoogeveld.nl.

            Wilt u mij uit de ledenlijst halen en Anouk uitnodigen? Dank voor de prettige jaren.

            Met vriendelijke groet,
            Gerard Wolthuis
            algemeen directeur Werkorganisatie Hoogeveld
            """
        ),
    },
    {
        "id": "d151-002",
        "kind": "unsubscribe",
        "sender": "Petra Blankevoort <p.blankevoort@gr-rivierenzoom.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            U vraagt ernaar, dus bij deze: mijn taken als directeur worden overgenomen door Youssef el Amrani,
            y.elamrani@gr-rivierenzoom.nl. Hij weet ervan en verwacht uw bericht.

            Hartelijke groet,
            Petra Blankevoort
            """
        ),
    },
    {
        "id": "d151-003",
        "kind": "unsubscribe",
        "sender": "Hans Kieftenbeld <h.kieftenbeld@samenwerkingsorganisatie-lingegaarde.nl>",
        "quote": "none",
        "subject": "Laatste werkdag",
        "body": _(
            """
            Beste secretariaat,

            Vandaag is mijn laatste werkdag bij de samenwerkingsorganisatie. Ik ga met vervroegd pensioen, dus u mag mij
            van de lijst schrappen. De colleges hebben Marloes Dijkhuis benoemd als mijn opvolger. Haar mailadres heb ik
            zelf nog niet, ze begint pas over twee weken; ze meldt zich dan zelf bij u.

            Het ga jullie goed,
            Hans Kieftenbeld
            """
        ),
    },
    {
        "id": "d151-004",
        "kind": "unsubscribe",
        "sender": "Ellen Rouwenhorst <e.rouwenhorst@deltawerk.nl>",
        "quote": "none",
        "subject": "Afmelden netwerk",
        "body": _(
            """
            Dag Melanie,

            Ik heb de overstap gemaakt naar het bedrijfsleven en ben sinds deze week weg bij Deltawerk. Wil je mijn
            lidmaatschap beeindigen? Wie mij opvolgt is nog onduidelijk, de werving moet nog beginnen.

            Groet, Ellen
            """
        ),
    },
    {
        "id": "d151-005",
        "kind": "other",
        "sender": "Bram Nijenhuis <b.nijenhuis@werkorganisatie-vechtstreek-oost.nl>",
        "quote": "none",
        "subject": "Wisseling van de wacht per 1 juli",
        "body": _(
            """
            Beste Stan en Melanie,

            Even een vooraankondiging: per 1 juli draag ik het directeurschap over aan Claudia Overmars
            (c.overmars@werkorganisatie-vechtstreek-oost.nl). Tot dat moment blijf ik gewoon aangesloten en ik hoop het
            atelier van maart nog mee te maken. Willen jullie de overdracht dan per 1 juli regelen?

            Vriendelijke groet,
            Bram Nijenhuis
            """
        ),
    },
    {
        "id": "d151-006",
        "kind": "other",
        "sender": "Secretariaat directie Kempenstroom <secretariaat.directie@kempenstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            De heer Van Beusekom is sinds 1 december niet meer werkzaam bij Kempenstroom. Hij zal dus niet aanwezig
            zijn. Wie zijn functie gaat vervullen is nog niet bekend.

            Met vriendelijke groet,
            Joke Verheijen
            managementondersteuning Kempenstroom
            """
        ),
    },
    {
        "id": "d151-007",
        "kind": "other",
        "sender": "Sanne Hoogendoorn <s.hoogendoorn@brabantsewal-samen.nl>",
        "quote": "none",
        "subject": "Wijziging contactpersoon netwerk",
        "body": _(
            """
            Beste mensen van het netwerk,

            Namens de afdeling P&O laat ik weten dat onze algemeen directeur, Frank Hermsen, de organisatie per
            15 januari heeft verlaten. Zijn opvolger, Ilse van Dongen, is inmiddels gestart en is bereikbaar op
            i.vandongen@brabantsewal-samen.nl. Het adres van Frank wordt binnenkort opgeheven.

            Met vriendelijke groet,
            Sanne Hoogendoorn
            HR-adviseur
            """
        ),
    },
    {
        "id": "d151-008",
        "kind": "subscribe",
        "sender": "Ruben Scheltema <r.scheltema@werkorganisatie-waddenkust.nl>",
        "quote": "none",
        "subject": "Aanmelding nieuwe directeur",
        "body": _(
            """
            Goedemorgen,

            Sinds 1 maart ben ik algemeen directeur van Werkorganisatie Waddenkust, als opvolger van Tineke Haagsma.
            Zij was lid van uw netwerk en raadde het mij warm aan. Graag meld ik mij aan, met dit mailadres.

            Vriendelijke groet,
            Ruben Scheltema
            """
        ),
    },
    {
        "id": "d151-009",
        "kind": "subscribe",
        "sender": "Theo Brinkhorst <t.brinkhorst@interimbureau-meander.nl>",
        "quote": "none",
        "subject": "Lidmaatschap interim-directeur GR Heuvelrug Zuid",
        "body": _(
            """
            Geacht secretariaat,

            Ik ben sinds kort interim-directeur van de GR Heuvelrug Zuid, voorlopig tot eind dit jaar, tot er een vaste
            directeur is benoemd. Voor de duur van mijn opdracht word ik graag lid van het netwerk. U kunt mij bereiken
            op dit adres.

            Met vriendelijke groet,
            Theo Brinkhorst
            directeur a.i.
            """
        ),
    },
    {
        "id": "d151-010",
        "kind": "unsubscribe",
        "sender": "Wim Koopmanschap <w.koopmanschap@dalfsenhorst.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee helaas.

            Mijn interimopdracht loopt eind februari af. Per 1 maart begint de vaste directeur, Fenna Lubbers
            (f.lubbers@dalfsenhorst.nl). Kunt u mij afmelden en haar in mijn plaats als lid opnemen? Zij heeft al
            aangegeven dat ze graag meedoet.

            Wim
            """
        ),
    },
    {
        "id": "d151-011",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gonnie Wassink <g.wassink@achterhoekwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom!

            Het wordt waarschijnlijk mijn laatste atelier: in de zomer ga ik met pensioen. Des te meer reden om er nog
            een keer bij te zijn en iedereen te spreken.

            Groet,
            Gonnie Wassink
            """
        ),
    },
    {
        "id": "d151-012",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jaap de Wildt <j.dewildt@zaanwaterland-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Voordat ik in mei de deur achter me dichttrek (pensioen, eindelijk) nog een onderwerp dat mij al jaren
            bezighoudt:

            Hoe krijgen we de klantcontactcentra van drie gemeenten zo ver dat een inwoner overal hetzelfde antwoord
            krijgt, en hoe meten we dat?

            Hartelijke groet,
            Jaap
            """
        ),
    },
    {
        "id": "d151-013",
        "kind": "other",
        "sender": "Mirjam Oosterveld <m.oosterveld@werkorganisatie-duinrand.nl>",
        "quote": "none",
        "subject": "Nieuwe functie, zelfde netwerk",
        "body": _(
            """
            Hallo Melanie,

            Nieuws: per 1 april vertrek ik bij Werkorganisatie Duinrand en word ik directeur van de ambtelijke
            organisatie Polderveen-Noordmeer. Ik wil graag lid blijven! Vanaf april ben ik bereikbaar op
            m.oosterveld@polderveen-noordmeer.nl, dit adres vervalt dan.

            Groetjes,
            Mirjam
            """
        ),
    },
    {
        "id": "d151-014",
        "kind": "other",
        "sender": "Koen Rademaker <k.rademaker@gr-bollenstreek-midden.nl>",
        "quote": "none",
        "subject": "Overstap en opvolging",
        "body": _(
            """
            Beste Stan en Melanie,

            Twee dingen tegelijk. Ik ga per 1 mei aan de slag als gemeentesecretaris-directeur van de werkorganisatie
            Lisserbroek-Kaag, en blijf dus graag in het netwerk, met mijn nieuwe adres k.rademaker@lisserbroekkaag.nl.

            Bij de GR Bollenstreek Midden neemt Hatice Yilmaz mijn plek over; ook zij wil graag lid worden:
            h.yilmaz@gr-bollenstreek-midden.nl.

            Met hartelijke groet,
            Koen Rademaker
            """
        ),
    },
    {
        "id": "d151-015",
        "kind": "other",
        "sender": "Annemiek Poortvliet <a.poortvliet@werkorganisatie-scheldemond.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Een aanvulling: de casus die ik aandroeg wordt vanaf deze maand getrokken door
            onze programmamanager, Lotte Vermeulen. Zij heeft het dossier van mij overgenomen en kan eventuele vragen
            van de Adviesraad beter beantwoorden dan ik: l.vermeulen@werkorganisatie-scheldemond.nl.

            Ik blijf zelf uiteraard gewoon lid.

            Annemiek
            """
        ),
    },
    {
        "id": "d151-016",
        "kind": "subscribe",
        "sender": "Dirk-Jan Bouwmeester <dj.bouwmeester@twentekanaal-werkt.nl>",
        "quote": "none",
        "subject": "Aanmelding collega",
        "body": _(
            """
            Beste secretariaat,

            Bij ons is de portefeuille bedrijfsvoering overgegaan naar onze nieuwe directeur bedrijfsvoering, Naima
            Bouzian. Ik denk dat zij veel aan het netwerk heeft. Zou u haar willen aanmelden? Haar adres is
            n.bouzian@twentekanaal-werkt.nl. Zelf blijf ik natuurlijk ook lid.

            Met vriendelijke groet,
            Dirk-Jan Bouwmeester
            algemeen directeur
            """
        ),
    },
    {
        "id": "d151-017",
        "kind": "other",
        "sender": "Rianne Veldkamp <r.veldkamp@sallandsebrug.nl>",
        "quote": "none",
        "subject": "Nieuwe managementassistent",
        "body": _(
            """
            Dag Stan,

            Mijn managementassistent Tamara gaat ons helaas verlaten; haar werk wordt overgenomen door Kees Hulshof.
            Zou je de uitnodigingen voor de ateliers voortaan ook in cc naar hem willen sturen
            (k.hulshof@sallandsebrug.nl)? Dan komt alles goed in mijn agenda. Tamara mag uit de cc.

            Dank je,
            Rianne
            """
        ),
    },
    {
        "id": "d151-018",
        "kind": "autoreply",
        "sender": "Lambert Hofstede <l.hofstede@werkorganisatie-kromme-rijn.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging"
            " Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Lambert Hofstede is niet meer werkzaam bij Werkorganisatie Kromme Rijn. Uw bericht wordt niet doorgestuurd.

            Voor zaken die de directie betreffen kunt u contact opnemen met zijn opvolger, Evelien Mulder,
            e.mulder@werkorganisatie-kromme-rijn.nl, of met het secretariaat via 030 - 123 45 67.
            """
        ),
    },
    {
        "id": "d151-019",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.gemeentenet-oost.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.gemeentenet-oost.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <j.ten.brinke@ijsselvallei-samen.nl>: host mail.ijsselvallei-samen.nl[10.4.2.18]
                said: 550 5.1.1 <j.ten.brinke@ijsselvallei-samen.nl>: Recipient address
                rejected: User unknown in virtual mailbox table
            """
        ),
    },
    {
        "id": "d151-020",
        "kind": "autoreply",
        "sender": "Yvonne Stallinga <y.stallinga@noorderveld-werkt.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dank voor uw bericht. Met ingang van 1 maart ben ik niet langer verbonden aan Noorderveld Werkt. Deze
            mailbox wordt niet meer gelezen en binnenkort opgeheven. Voor algemene vragen: info@noorderveld-werkt.nl.
            """
        ),
    },
    {
        "id": "d151-021",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marco Ligtvoet <m.ligtvoet@werkorganisatie-alblasserwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Helaas, ik moet verstek laten gaan. Die middag neemt onze burgemeester afscheid en daar word ik als
            directeur uiteraard bij verwacht. Volgende keer beter!

            Marco Ligtvoet
            """
        ),
    },
    {
        "id": "d151-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Henk Zuidhof <h.zuidhof@gr-oldambt-kust.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik kan toch niet komen: ik ben vanaf volgende week een tijd uit de roulatie vanwege een operatie. Mijn
            waarnemer, Ria Bolhuis (r.bolhuis@gr-oldambt-kust.nl), neemt in die periode mijn taken waar en komt graag
            in mijn plaats naar het atelier.

            Met groet,
            Henk
            """
        ),
    },
    {
        "id": "d151-023",
        "kind": "unsubscribe",
        "sender": "Carla Meijerink <c.meijerink@werkorganisatie-berkelland-oost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas ik kan niet. Eind van deze maand stop ik bij de werkorganisatie, dus haal me ook maar van jullie
            lijst. Er is nog geen opvolger.

            Carla

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d151-024",
        "kind": "subscribe",
        "sender": "Pieter Hoekstra <p.hoekstra@friese-meren-werkorganisatie.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit klopt niet. Mijn secretariaat heeft de afscheidsmail van een collega kennelijk verkeerd opgevat: ik
            vertrek niet, pas in 2028 ga ik met pensioen. Lid blijven dus graag!

            Pieter Hoekstra
            """
        ),
    },
    {
        "id": "d151-025",
        "kind": "other",
        "sender": "Margriet Vos <margriet.vos@gr-maasheggen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de bevestiging. Over een opvolger kan ik nog niets zeggen: de vacature staat pas net open en de
            procedure loopt tot na de zomer. Zullen jullie dan nog eens navragen bij het bestuurssecretariaat?

            Margriet
            """
        ),
    },
    {
        "id": "d151-026",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Anton Klaassen <a.klaassen@werkorganisatie-peelrand.nl>",
        "quote": "none",
        "subject": "Pensioen - verwijder mijn gegevens",
        "body": _(
            """
            Geacht secretariaat,

            Per 1 maart ben ik met pensioen. Ik verzoek u mij af te melden en, op grond van de AVG, al mijn
            persoonsgegevens uit uw administratie te verwijderen. Een opvolger is nog niet benoemd; die meldt zich te
            zijner tijd zelf.

            Hoogachtend,
            A.J.M. Klaassen
            """
        ),
    },
    {
        "id": "d151-027",
        "kind": "confirm",
        "sender": "Lieke Roozendaal <l.roozendaal@werkorganisatie-hoogeveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn voorganger gaf al aan dat hij mij zou aanmelden. Klopt helemaal, bij deze bevestigd.

            Lieke Roozendaal
            algemeen directeur Werkorganisatie Hoogeveld
            """
        ),
    },
    {
        "id": "d151-028",
        "kind": "other",
        "sender": "Bureau directie Waterland-Zuid <directiesecretariaat@waterlandzuid.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Namens onze nieuwe directeur, mevrouw Demirci, die de heer Bakker per 1 februari is opgevolgd, bevestig ik
            hierbij haar aanmelding. Zij zit deze week op een introductieprogramma en heeft zelf weinig tijd voor mail.

            Met vriendelijke groet,
            Wendy Korver
            directiesecretaresse
            """
        ),
    },
    {
        "id": "d151-029",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Okke Dijkstra <o.dijkstra@werkorganisatie-lauwersmeer.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom. Ik ben net aangetreden als opvolger van Gea Postma en merk dat de drie colleges
            elk een andere kant op willen met de regionale woningbouwopgave. Hoe breng je drie gemeenten met
            verschillende ambities op één lijn zonder dat een van de drie zich overstemd voelt? Dat lijkt me een mooi
            gespreksonderwerp.

            Met vriendelijke groet,
            Okke Dijkstra
            """
        ),
    },
    {
        "id": "d151-030",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Femke Brouwer-Tan <f.brouwer@gr-drechtsteden-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            Een onderwerp dat bij ons speelt: binnen vijf jaar gaat bijna de helft van ons management met pensioen.
            Hoe organiseer je opvolging en kennisoverdracht in een werkorganisatie, en wat doe je met management
            development als de formatie krap is?

            Groet,
            Femke
            """
        ),
    },
    {
        "id": "d151-031",
        "kind": "other",
        "sender": "Jorien Kamphuis <j.kamphuis@werkorganisatie-sallandrand.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging"
            " Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemiddag,

            Mijn voorganger, Hendrik Jan Boers, stuurde mij deze uitnodiging door met de tip om te gaan. Ik ben sinds
            twee weken directeur en nog geen lid van uw netwerk. Mag ik toch komen, en moet ik me daarvoor eerst
            aanmelden?

            Vriendelijke groet,
            Jorien Kamphuis
            """
        ),
    },
    {
        "id": "d151-032",
        "kind": "unsubscribe",
        "sender": "Richard Vermaat <r.vermaat@kustwerk-zeeland.nl>",
        "quote": "none",
        "subject": "Stepping down / opvolging",
        "body": _(
            """
            Dear Stan and Melanie,

            Apologies for writing in English, it is simply faster for me. I am stepping down as managing director of
            Kustwerk Zeeland at the end of this month. My successor, Saskia Dekker (s.dekker@kustwerk-zeeland.nl),
            will take over my seat in the network. Please take me off your list.

            Thanks for all the good sessions,
            Richard
            """
        ),
    },
    {
        "id": "d151-033",
        "kind": "other",
        "sender": "Directiesecretariaat De Waarden <directie@dewaarden-werkorganisatie.nl>",
        "quote": "none",
        "subject": "Overlijden Jan-Willem van Straten",
        "body": _(
            """
            Geacht secretariaat,

            Met grote verslagenheid laten wij u weten dat onze directeur, Jan-Willem van Straten, vorige week
            onverwacht is overleden. Hij was lid van uw netwerk en sprak altijd met plezier over de ateliers.
            Wij vragen u hem niet langer aan te schrijven.

            Namens het managementteam,
            Ingeborg Lamers
            """
        ),
    },
    {
        "id": "d151-034",
        "kind": "unsubscribe",
        "sender": "Gijs van Ommeren <g.vanommeren@betuwestroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee helaas, en ook in de toekomst niet meer: per 1 februari stop ik als directeur van Betuwestroom.

            Mijn opvolger is Liesbeth Arts, l.arts@betuwestroom.nl. Wilt u haar voortaan uitnodigen in plaats van mij?

            Met vriendelijke groet,
            Gijs van Ommeren
            """
        ),
    },
    {
        "id": "d151-035",
        "kind": "other",
        "sender": "Wouter Boschma <w.boschma@werkorganisatie-westerkwartier-noord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ja, ik kom graag. Per 1 april neemt Dieuwke Hiemstra mijn functie over
            (d.hiemstra@werkorganisatie-westerkwartier-noord.nl); tot die datum blijf ik lid. Zou zij op 11 maart
            alvast als mijn gast mee mogen, zodat ze kennis kan maken, of telt dat als extra plaats?

            Groet,
            Wouter
            """
        ),
    },
    {
        "id": "d151-036",
        "kind": "other",
        "sender": "Elisabeth Groenewegen <e.groenewegen@gr-kennemerduin.nl>",
        "quote": "none",
        "subject": "Vraag over lidmaatschap bij vertrek",
        "body": _(
            """
            Beste secretariaat,

            Per 1 juni vertrek ik bij de GR. Wie mij opvolgt is nog niet bekend. Kan mijn opvolger straks mijn
            lidmaatschap gewoon overnemen, of moet hij of zij zich opnieuw aanmelden? En moet ik zelf nu al iets doen?

            Met vriendelijke groet,
            Elisabeth Groenewegen
            """
        ),
    },
    {
        "id": "d151-037",
        "kind": "unsubscribe",
        "sender": "Rob Tiemessen <r.tiemessen@werkorganisatie-rijnwaarden.nl>",
        "quote": "none",
        "subject": "opvolger",
        "body": _(
            """
            Hoi, ik ben per 1-3 weg bij Rijnwaarden. Opvolger: Jeroen Maas, j.maas@werkorganisatie-rijnwaarden.nl. Mij
            mogen jullie eraf halen. Gr Rob

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "d151-038",
        "kind": "unsubscribe",
        "sender": "Trudy Wennink <t.wennink@gr-veluwezoom-west.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat een fijne middag was het weer. Voor mij was het tevens de laatste: op 1 mei ga ik met pensioen. Mijn
            opvolger, Bas Kroeze, neemt het stokje in het netwerk over; hij is te bereiken op
            b.kroeze@gr-veluwezoom-west.nl. Mij mogen jullie na al die jaren uit het bestand halen.

            Dank voor alles,
            Trudy
            """
        ),
    },
    {
        "id": "d151-039",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Sietske Feenstra <s.feenstra@werkorganisatie-fryske-marren-noord.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank jullie wel! Als kersverse opvolger van Durk Visser was dit mijn eerste atelier en het beviel goed.

            Voor de volgende keer: hoe stel je als nieuwe directeur samen met drie colleges een langetermijnvisie op
            de werkorganisatie op, als elk college een eigen coalitieakkoord heeft?

            Sietske
            """
        ),
    },
    {
        "id": "d151-040",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ronald Pelgrim <r.pelgrim@werkorganisatie-giessenlanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, helaas. Die week begin ik als directeur bij de GR Alblas-Lek en dan kan ik niet meteen een middag weg.
            Lid blijf ik zeker; mijn nieuwe mailadres laat ik u weten zodra ik het heb.

            Ronald Pelgrim
            """
        ),
    },
    {
        "id": "d151-041",
        "kind": "other",
        "sender": "Karin Smeenk <k.smeenk@ommen-hardenberg-werkt.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "Doorst: Uitnodiging"
            " Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemorgen,

            Onderstaande uitnodiging kwam binnen voor mevrouw Lambers, maar zij is met ingang van 1 februari
            vertrokken. Haar opvolger, de heer Nijland, begint op 1 april. Zou u de uitnodigingen dan aan hem willen
            richten? Zijn mailadres geef ik door zodra het is aangemaakt.

            Met vriendelijke groet,
            Karin Smeenk
            secretariaat directie
            """
        ),
    },
    {
        "id": "d151-042",
        "kind": "subscribe",
        "sender": "Oliver Jansen-Verbeek <o.jansen@werkorganisatie-heuvelland-limburg.nl>",
        "quote": "none",
        "subject": "Membership / lidmaatschap",
        "body": _(
            """
            Good morning,

            I recently took over from Math Notermans as general director of Werkorganisatie Heuvelland Limburg. My
            Dutch is still work in progress, so I hope English is fine. I would like to join the network with this
            address.

            Kind regards,
            Oliver Jansen-Verbeek
            """
        ),
    },
    {
        "id": "d151-043",
        "kind": "other",
        "sender": "Nadia Boukhari <n.boukhari@werkorganisatie-zuidplas-rand.nl>",
        "quote": "none",
        "subject": "Plek van mijn voorganger op 11 maart",
        "body": _(
            """
            Beste heer Van de Laar,

            Ik heb per 1 februari de functie van Cor Verhoef overgenomen. Hij had zich volgens zijn agenda al
            aangemeld voor het atelier van 11 maart. Kan ik zijn plaats overnemen, nu hij er niet meer is? En word ik
            dan automatisch lid of moet ik dat apart doen?

            Met vriendelijke groet,
            Nadia Boukhari
            """
        ),
    },
    {
        "id": "d151-044",
        "kind": "unsubscribe",
        "sender": "Herman Wijnbergen <h.wijnbergen@werkorganisatie-nederbetuwe.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Geen thema's meer van mijn kant. Ik heb vorige week afscheid genomen als gemeentesecretaris-directeur;
            haalt u mij maar uit het bestand. De opvolging wordt door de colleges nog geregeld, daar ga ik niet meer
            over.

            H. Wijnbergen
            """
        ),
    },
    {
        "id": "d151-045",
        "kind": "other",
        "sender": "Astrid Bollen <a.bollen@bergenmaasland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Uw mail aan de heer Coenen is bij mij terechtgekomen. De heer Coenen is sinds januari met pensioen. Ik
            kan namens hem geen onderwerpen aandragen en weet niet of zijn opvolger al bekend is bij u.

            Met vriendelijke groet,
            Astrid Bollen
            bestuursadviseur
            """
        ),
    },
    {
        "id": "d151-046",
        "kind": "unsubscribe",
        "sender": "Gerrit Mulderij <g.mulderij@werkorganisatie-staphorst-zwartewater.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": (
            "Antw: Uitnodiging"
            " Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Beste Stan,

            Ik ben benoemd tot burgemeester van Ommerwold en pas daarmee niet meer in jullie doelgroep. Graag afmelden.
            Tot er een vaste directeur is, neemt Hilde Bruins als waarnemend directeur het over; zij is bereikbaar op
            h.bruins@werkorganisatie-staphorst-zwartewater.nl en wil graag in het netwerk.

            Gerrit
            """
        ),
    },
    {
        "id": "d151-047",
        "kind": "rsvp",
        "attending": True,
        "sender": "Johan Kuipers <j.kuipers@werkorganisatie-noordoostpolder-urk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja ik kom, met twee personen: ik neem Evert Snoek mee, die mij na de zomer gaat opvolgen. Dan kan hij vast
            wat gezichten leren kennen.

            Johan
            """
        ),
    },
    {
        "id": "d151-048",
        "kind": "other",
        "sender": "Marieke Hazenberg <m.hazenberg@gr-eemland-vallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik ben erbij. Wel een vraag: ik zou samen met Stan een stuk over onze regiodeal inbrengen, maar het
            trekkerschap van de regiodeal is overgegaan naar mijn collega Bert Hogenkamp. Kunnen jullie de
            voorbereiding voortaan met hem afstemmen (b.hogenkamp@gr-eemland-vallei.nl), of willen jullie dat ik blijf
            presenteren?

            Marieke
            """
        ),
    },
    {
        "id": "d151-049",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@zeeuwsvlaanderen-werkt.nl>",
        "quote": "none",
        "subject": (
            "Onbestelbaar: Welke thema's wilt u bespreken?"
            " Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij deze geadresseerden of groepen:

            d.deruyter@zeeuwsvlaanderen-werkt.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Het postvak is uitgeschakeld of bestaat niet meer.

            Diagnostische gegevens voor beheerders:
            Genererende server: AM6PR04MB1234.eurprd04.prod.outlook.com
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "d151-050",
        "kind": "autoreply",
        "sender": "Frits Hakvoort <f.hakvoort@werkorganisatie-vijfheerenlanden-zuid.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken?"
            " Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        "body": _(
            """
            Beste afzender,

            Frits Hakvoort is met pensioen en deze mailbox wordt niet meer beheerd. Uw bericht is niet gelezen.
            Zijn taken zijn tijdelijk belegd bij de directeur a.i., bereikbaar via directie@vijfheerenlanden-zuid.nl.

            Dit is een automatisch gegenereerd bericht.
            """
        ),
    },
    {
        "id": "d151-051",
        "kind": "unsubscribe",
        "sender": "Willemien Stroeve <w.stroeve@gr-hunzeland.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Excuus dat ik nog niet had bevestigd. Inmiddels weet ik dat ik eind deze maand vertrek, dus voor mij heeft
            het geen zin meer. Mijn opvolger, Arjen Tuinstra, is de aangewezen persoon voor jullie netwerk:
            a.tuinstra@gr-hunzeland.nl.

            Willemien
            """
        ),
    },
    {
        "id": "d151-052",
        "kind": "other",
        "sender": "Bernadette Swinkels <b.swinkels@werkorganisatie-meierij-oost.nl>",
        "quote": "none",
        "subject": "Waarneming tijdens mijn verlof",
        "body": _(
            """
            Beste Melanie,

            Van april tot en met september ben ik met sabbatical. In die periode neemt Thijs van Kessel mijn functie
            waar (t.vankessel@werkorganisatie-meierij-oost.nl). Kunnen de uitnodigingen in die maanden naar hem, zodat
            hij eventueel in mijn plaats kan gaan? Mijn lidmaatschap wil ik gewoon houden, in oktober ben ik terug.

            Hartelijke groet,
            Bernadette
            """
        ),
    },
    {
        "id": "d151-053",
        "kind": "unsubscribe",
        "sender": "Leo Brugman <l.brugman@werkorganisatie-krimpenerwaard-zuid.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            De nieuwe datum gaat bij mij niet lukken, en eerlijk gezegd ben ik dan al weg bij de werkorganisatie.
            Schrijf me maar uit. Voor mijn functie staat de vacature nog open, dus een opvolger kan ik niet noemen.

            Leo
            """
        ),
    },
    {
        "id": "d151-054",
        "kind": "other",
        "sender": "Ineke Molenaar <i.molenaar@werkorganisatie-haarlemmerland.nl>",
        "quote": "none",
        "subject": "Collega Van Wijk met pensioen",
        "body": _(
            """
            Dag Stan,

            Mijn collega-directeur Arie van Wijk, ook lid van jullie netwerk, is per 1 februari met pensioen gegaan.
            Hij had zich nog opgegeven voor 11 maart. Kan ik zijn plek overnemen? Ik sta zelf op de wachtlijst.

            Groet,
            Ineke Molenaar
            """
        ),
    },
    {
        "id": "d151-055",
        "kind": "confirm",
        "sender": "Sjoerd Algra <s.algra@werkorganisatie-tytsjerk-dantumadiel.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Sjoerd Algra
            directeur a.i. | Werkorganisatie Tytsjerk-Dantumadiel
            T 0511 - 46 00 00
            """
        ),
    },
    {
        "id": "d151-056",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tamara Oudeman <t.oudeman@lingewaal-en-neerijnen-werkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kan toch niet: op 11 maart is mijn eigen afscheidsreceptie, ik vertrek eind maart. Geeft u mijn plek op
            de wachtlijst maar aan een ander.

            Tamara
            """
        ),
    },
]
# fmt: on
