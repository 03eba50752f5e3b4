"""heldout74: a year of mail from the werkorganisaties of Amstelland and the Meerlanden.

The writers are directors, management assistants, secretaries and the machines of invented shared civil-service
organisations south of Amsterdam: Werkorganisatie Amstelwaarden (Oudervliet, Ronderveen, Bovenwaard), GR
Meerlandenpoort (Legmeerdorp, Rijsendam), Werkorganisatie Poelmeer, Samenwerkingsorganisatie Westeinder Ring,
Bullewijk-Amstel, Kudelmeer Samen, Drechtoever and GR Rietlanden. Over one year the mailbox gets sign-ups and
confirmations, departures and hand-overs, answers to the call for themes, the invitation, the reminder, the change,
the cancellation and the follow-up, topic suggestions, practical questions, out-of-office replies, a ticket desk,
a read receipt and delivery failures; stiff and chatty, phone mail, a few in English.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a topic proposed under any of our mails (the welcome, the invitation, the
  cancellation too) is a suggestion, also beside a yes; only saying whether one comes under the call is an rsvp;
- a proposal about the form of the atelier, backing someone else's topic, asking to present, thanks alone: other;
- leaving plus declining the atelier is unsubscribe; a decline with a substitute stays an rsvp False; a later mail
  carries the latest answer; a substitute declining their invitation is an rsvp False;
- a successor with address (also under our goodbye) or a successor without address yet: unsubscribe; a hand-over
  at a later date while staying a member, or a colleague reporting a departure: other;
- an erasure request is unsubscribe with erase, also with a question beside it; asking which data we hold: other;
- one colleague signed up with address: subscribe; several people: other; "lid blijven" under the goodbye: subscribe;
- a plain denial under the confirmation mail (also asking who did it): unsubscribe; asking where we got the
  address: other; an assistant confirming for the director, or a confirmation with a real question: other;
- an empty reply or a signature alone under a confirmation mail: confirm; a "nee" to the guest question alone,
  a yes on a condition, an address change, an assistant's forward about the director's attendance: other;
- calendar answers are rsvps; out-of-office, ticket desks, read receipts and "address no longer in use" are
  autoreplies with the thread their headers point to; delivery failures are bounces without a thread;
- replies to the follow-up use the thread followup.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INVITE = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
FOLLOWUP = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'


# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- subscribe
    {
        "id": "h74-001",
        "kind": "subscribe",
        "sender": "Joost Kranendonk <j.kranendonk@kudelmeersamen.nl>",
        "quote": "none",
        "subject": "aanmelding",
        "body": _(
            """
            Goedemiddag,

            sinds 1 januari algemeen directeur van Kudelmeer Samen (Kudelwijk en Nesbroek). Mijn voorganger was lid, ik
            wil dat ook graag worden. Kunt u mij op dit adres inschrijven?

            Joost Kranendonk

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h74-002",
        "kind": "subscribe",
        "sender": "Fiona McAllister <f.mcallister@meerlandenpoort.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Hello,

            Last month I started as directeur bedrijfsvoering at GR Meerlandenpoort (Legmeerdorp and Rijsendam). My
            Dutch is improving but still slow in writing, so forgive the English. A colleague at Amstelwaarden told me
            about your network of directors and the ateliers, and I would very much like to be a member. Could you add
            me with this address?

            Kind regards,
            Fiona McAllister
            Directeur Bedrijfsvoering | GR Meerlandenpoort
            """
        ),
    },
    {
        "id": "h74-003",
        "kind": "subscribe",
        "sender": "Hester Vlasblom <h.vlasblom@poelmeer.nl>",
        "quote": "none",
        "subject": "Nieuw lid voor het netwerk",
        "body": _(
            """
            Beste Stan en Melanie,

            Per deze maand hebben wij bij Werkorganisatie Poelmeer een tweede directeur: Rachid Bouzian,
            verantwoordelijk voor het fysieke domein en de bedrijfsvoering. Ik heb hem al verteld hoe waardevol ik de
            ateliers vind. Willen jullie hem aanmelden? Zijn adres is r.bouzian@poelmeer.nl.

            Hartelijke groet,
            Hester Vlasblom
            algemeen directeur Werkorganisatie Poelmeer
            """
        ),
    },
    {
        "id": "h74-004",
        "kind": "subscribe",
        "sender": "Ruud Westerkamp <r.westerkamp@westeinderring.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Oei, dat is misgegaan. Mijn secretariaat heeft bij het opruimen van de inbox op de verkeerde mail 'afmelden'
            geantwoord. Ik wil graag lid blijven van het netwerk, dus zet me maar weer terug.

            Ruud Westerkamp
            Samenwerkingsorganisatie Westeinder Ring
            """
        ),
    },
    {
        "id": "h74-005",
        "kind": "subscribe",
        "sender": "Annemiek Doornbosch <annemiek.doornbosch@bullewijkamstel.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Hallo beiden,

            Deze mail vond ik terug uit 2025, toen ik naar het ministerie ging. Inmiddels ben ik terug in de regio als
            directeur van Werkorganisatie Bullewijk-Amstel, en ik meld me graag opnieuw aan, nu op mijn nieuwe werkadres
            (dit adres dus).

            Groet,
            Annemiek Doornbosch
            """
        ),
    },
    # ---------------------------------------------------------------- confirm
    {
        "id": "h74-006",
        "kind": "confirm",
        "sender": "Koen Tjallema <k.tjallema@amstelwaarden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h74-007",
        "kind": "confirm",
        "sender": "Jan-Willem Stoutjesdijk <jw.stoutjesdijk@gr-rietlanden.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Met vriendelijke groet,

            J.W. (Jan-Willem) Stoutjesdijk
            Directeur bedrijfsvoering
            GR Rietlanden | Poelkerk - Meerwijde
            T 0297 28 14 60 | M 06 41 77 20 93

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Het gebruik van dit bericht door anderen dan de
            geadresseerde is niet toegestaan. GR Rietlanden aanvaardt geen aansprakelijkheid voor schade als gevolg van
            elektronische verzending.
            """
        ),
    },
    {
        "id": "h74-008",
        "kind": "confirm",
        "sender": "Sevda Yildirim <s.yildirim@drechtoever.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Bij dezen bevestigd. De eerste mail was in mijn map ongewenste e-mail beland, vandaar de vertraging.
            Sevda
            """
        ),
    },
    {
        "id": "h74-009",
        "kind": "confirm",
        "sender": "Pieter Ahlers <p.ahlers@meerlandenpoort.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - this is my address and I'm happy to receive your mailings.

            Pieter Ahlers
            """
        ),
    },
    {
        "id": "h74-010",
        "kind": "confirm",
        "sender": "Marloes Hoogendijk <m.hoogendijk@kudelmeersamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ja, hierbij! Leuk dat dit netwerk bestaat, Joost had er al enthousiast over verteld tijdens onze eerste
            MT-heisessie aan de Westeinder.

            Marloes
            """
        ),
    },
    # ---------------------------------------------------------------- unsubscribe
    {
        "id": "h74-011",
        "kind": "unsubscribe",
        "sender": "Wim Brinkhorst <w.brinkhorst@amstelwaarden.nl>",
        "quote": "none",
        "subject": "Pensioen",
        "body": _(
            """
            Geachte heer Van de Laar, mevrouw Huurneman,

            Na ruim veertig jaar bij de gemeenten langs de Amstel ga ik op 1 april met pensioen. De werving van mijn
            opvolger loopt nog en gaat vermoedelijk tot na de zomer duren. Het atelier van maart haal ik niet meer, dus
            wilt u mij nu al uit uw ledenbestand verwijderen? Ik heb de bijeenkomsten altijd zeer gewaardeerd.

            Met vriendelijke groet,
            W.H. Brinkhorst
            gemeentesecretaris-directeur Werkorganisatie Amstelwaarden
            """
        ),
    },
    {
        "id": "h74-012",
        "kind": "unsubscribe",
        "sender": "Gerard Spaanderman <g.spaanderman@meerlandenpoort.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Zoals gevraagd: mijn functie wordt overgenomen door Ilse Kramer-Doorn, zij begint
            op 1 mei als directeur. Haar mailadres: i.kramerdoorn@meerlandenpoort.nl. Wilt u haar in mijn plaats
            opnemen?

            Gerard
            """
        ),
    },
    {
        "id": "h74-013",
        "kind": "unsubscribe",
        "sender": "Lotte van Brakel <l.vanbrakel@poelmeer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Op 11 maart ben ik er niet bij, en eerlijk gezegd ook daarna niet meer: ik stap per 1 maart over naar de
            provincie Noord-Holland. Haal mij dus maar van alle lijsten af; het atelier is aan mij niet meer besteed.

            Veel dank en succes,
            Lotte van Brakel
            """
        ),
    },
    {
        "id": "h74-014",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Theo Valkenier <t.valkenier@gr-rietlanden.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens te wissen en mij niet langer te benaderen.
            Daarnaast een vraag: staat mijn naam ook in het openbare verslag van het atelier van vorig jaar op de
            website, en zo ja, wordt die dan ook verwijderd?

            Graag ontvang ik binnen de wettelijke termijn een bevestiging.

            Hoogachtend,
            T.J. Valkenier
            """
        ),
    },
    {
        "id": "h74-015",
        "kind": "unsubscribe",
        "sender": "Bernadette Oosterwijk <b.oosterwijk@drechtoever.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ik heb mij niet aangemeld voor dit netwerk en ik ben ook geen directeur. Wie heeft dit gedaan? Het
            secretariaat van de directie zit twee deuren verderop, maar ik heb niets gevraagd.

            B. Oosterwijk
            team Informatiebeheer
            """
        ),
    },
    {
        "id": "h74-016",
        "kind": "unsubscribe",
        "sender": "Maarten Dekkers <m.dekkers@westeinderring.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Geen thema's van mijn kant, want ik vertrek eind januari naar Zaanstad. Mijn opvolger wordt Pieter-Jan
            Hogeveen; zijn mailbox is nog niet aangemaakt, dus dat adres volgt later van hem zelf. Mij mag u afmelden.

            Maarten Dekkers
            """
        ),
    },
    {
        "id": "h74-017",
        "kind": "unsubscribe",
        "sender": "Daniel Okafor <d.okafor@bullewijkamstel.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            I won't make it on Thursday, and to be honest I should have told you earlier: I left the public sector in
            December and now work for an engineering firm in Hoofddorp. Please take me off the mailing list altogether
            so my spot and your mails go to someone who can use them.

            All the best,
            Daniel
            """
        ),
    },
    {
        "id": "h74-018",
        "kind": "unsubscribe",
        "sender": "Bas Roodenburg <basroodenburg@gmail.com>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            hoi, sorry voor de verwarring. ik heb me vorige week aangemeld maar de benoeming bij kudelmeer gaat toch
            niet door (lang verhaal). haal me maar weer van de lijst, dan meld ik me als het ooit wel lukt opnieuw

            gr bas
            """
        ),
    },
    # ---------------------------------------------------------------- rsvp
    {
        "id": "h74-019",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ingeborg Tolsma <i.tolsma@amstelwaarden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + INVITE,
        "body": _(
            """
            Ja, ik kom! En ik neem onze concerncontroller mee, Erik Schaap, dus zet ons maar op twee personen.

            Ingeborg
            """
        ),
    },
    {
        "id": "h74-020",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hans Lindeboom <h.lindeboom@gr-rietlanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Nee helaas. Op 11 maart 's middags vergadert het algemeen bestuur van de GR over de begrotingswijziging en
            daar kan ik als secretaris niet ontbreken. Hopelijk in het najaar wel.

            Groet,
            Hans Lindeboom
            """
        ),
    },
    {
        "id": "h74-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sanne Bol <s.bol@drechtoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Ouwerkerk laat ik u weten dat zij op 11 maart aanwezig zal zijn. Het atelier staat in haar
            agenda, inclusief reistijd naar Utrecht.

            Met vriendelijke groet,
            Sanne Bol
            managementassistent directie Drechtoever
            """
        ),
    },
    {
        "id": "h74-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frank Oudeman <f.oudeman@westeinderring.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Zelf zit ik die middag in het algemeen bestuur van de veiligheidsregio, dat is niet te verschuiven. In mijn
            plaats komt onze concernmanager Tom Verbeek (t.verbeek@westeinderring.nl); hij weet ervan.

            Frank
            """
        ),
    },
    {
        "id": "h74-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Corine Maasland <c.maasland@poelmeer.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + INVITE,
        "body": _(
            """
            Staat genoteerd, ik kom met de trein.
            """
        ),
    },
    {
        "id": "h74-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Fiona McAllister <f.mcallister@meerlandenpoort.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + INVITE,
        "body": _(
            """
            Sorry, I'm on a study trip to Copenhagen that week with our housing team.
            """
        ),
    },
    {
        "id": "h74-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wouter Kamphuis <w.kamphuis@kudelmeersamen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Voor donderdag moet ik me helaas afmelden. Vannacht is er brand geweest in de loods van onze buitendienst in
            Nesbroek en ik zit de rest van de week in de crisisorganisatie. Geef mijn plek gerust aan iemand van de
            wachtlijst. Mijn gast komt dan ook niet.

            Wouter
            """
        ),
    },
    {
        "id": "h74-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Petra Zuurbier <p.zuurbier@bullewijkamstel.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Laat maar zitten hoor, die donderdag is inmiddels volgelopen met een raadsvoorbereiding. Halen jullie me van
            de wachtlijst? Dan krijgt een ander de kans.

            Petra
            """
        ),
    },
    {
        "id": "h74-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Herman de Graaf <h.degraaf@amstelwaarden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan en Melanie,

            Een onderwerp heb ik deze keer niet; wat ons bezighoudt is al ruim aan bod geweest. Maar 11 maart staat al
            geblokt in mijn agenda, dus ik kom zeker.

            Herman
            """
        ),
    },
    {
        "id": "h74-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hans Lindeboom <h.lindeboom@gr-rietlanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + INVITE,
        "body": _(
            """
            Melanie, vorige week schreef ik nog dat het niet lukte vanwege ons algemeen bestuur. Die vergadering is
            inmiddels verplaatst naar april, dus ik kan er toch bij zijn. Graag weer op de lijst.

            Hans
            """
        ),
    },
    {
        "id": "h74-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yvonne Terpstra <y.terpstra@meerlandenpoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Dank voor de uitnodiging namens Dirk, maar ik zit die hele week met mijn kinderen in Oostenrijk. Ik heb het
            hem vanmorgen ook al gezegd; misschien vindt hij nog iemand anders uit ons MT.

            Hartelijke groet,
            Yvonne Terpstra
            """
        ),
    },
    {
        "id": "h74-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Egbert Sloot <e.sloot@drechtoever.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes",
        "body": _(
            """
            De 18e past mij eigenlijk nog beter dan de 11e. Ik blijf dus op de wachtlijst staan en kom graag naar het
            Provinciehuis als er een plek vrijvalt.

            Egbert Sloot
            """
        ),
    },
    # ---------------------------------------------------------------- suggestion
    {
        "id": "h74-031",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Ingeborg Tolsma <i.tolsma@amstelwaarden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Twee onderwerpen van onze kant:
            - grip op de eigen begroting van de werkorganisatie: hoe richt je de planning-en-controlcyclus zo in
              dat je niet elk jaar met tekorten bij de deelnemers aanklopt;
            - het klantcontactcentrum doorontwikkelen tot één herkenbaar loket voor inwoners en ondernemers van
              Oudervliet, Ronderveen en Bovenwaard.

            Groet,
            Ingeborg Tolsma
            """
        ),
    },
    {
        "id": "h74-032",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Corine Maasland <c.maasland@poelmeer.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: " + FOLLOWUP,
        "body": _(
            """
            Voor de volgende keer: hoe ga je als werkorganisatie om met een deelnemende gemeente die overweegt uit te
            treden? Bij ons speelt dat nu in Meerwijde en ik zou graag horen hoe anderen het gesprek met de colleges
            hebben gevoerd.

            Corine
            """
        ),
    },
    {
        "id": "h74-033",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Joost Kranendonk <j.kranendonk@kudelmeersamen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor het welkom. U vraagt of ik al een onderwerp heb: ja. Ik zou graag met collega's sparren over een
            visie op de lange termijn: waar staat onze werkorganisatie in 2035, los van wie er na de verkiezingen in de
            colleges zit?

            Joost Kranendonk
            """
        ),
    },
    {
        "id": "h74-034",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Marloes Hoogendijk <m.hoogendijk@kudelmeersamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik ben erbij op de 11e.

            Mag ik voor een volgend atelier alvast iets aandragen? Ik zou het graag hebben over het meten van de
            kwaliteit van onze dienstverlening: welke kengetallen gebruiken jullie, hoe meet je klanttevredenheid per
            gemeente en wat doe je met de uitkomsten?

            Marloes
            """
        ),
    },
    {
        "id": "h74-035",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Pieter Ahlers <p.ahlers@meerlandenpoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            One topic from me: how do you recruit and keep IT and data specialists when Schiphol and the companies
            around it pay far more than our salary scales allow? Our vacancies stay open for months.

            Pieter
            """
        ),
    },
    {
        "id": "h74-036",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ingeborg Tolsma <i.tolsma@amstelwaarden.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog een aanvulling op mijn lijstje: de positie van een werkorganisatie in de metropoolregio. Wij worden
            steeds vaker gevraagd om regionale taken voor de Amstelland-gemeenten op te pakken en ik zou graag bespreken
            hoe anderen daarin hun rol kiezen.
            """
        ),
    },
    {
        "id": "h74-037",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Rob Heemskerk <r.heemskerk@gr-rietlanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Hoi Melanie,

            Het afgelopen jaar was bij ons vooral een jaar van verbouwen: nieuwe afdelingsindeling, overgang naar een
            ander zaaksysteem, twee teams samengevoegd en de helft van de werkplekken verhuisd naar Meerwijde. Dat loopt
            nu eindelijk een beetje. Wat me sindsdien bezighoudt, is iets anders: hoe ontwikkel je als directie een
            eigen inhoudelijke koers voor de komende tien jaar, terwijl je twee coalitieakkoorden bedient die elk een
            andere kant op wijzen? Daar zou ik graag met collega's over doorpraten.

            Groet, Rob
            """
        ),
    },
    {
        "id": "h74-038",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Sevda Yildirim <s.yildirim@drechtoever.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Mijn voorstel: de afspraken tussen de deelnemende gemeenten over het sociaal domein, nu een van hen de
            Wmo-uitvoering weer zelf wil doen, en wat dat betekent voor inwoners die straks per dorp bij een ander
            loket terechtkomen.

            S. Yildirim
            """
        ),
    },
    {
        "id": "h74-039",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wouter Kamphuis <w.kamphuis@kudelmeersamen.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer dat het niet doorgaat. Voor de nieuwe datum stel ik voor om informatieveiligheid te agenderen: na de
            ransomware-aanval op onze leverancier afgelopen najaar weet ik hoe kwetsbaar een werkorganisatie is die alle
            I&A voor drie gemeenten draagt.

            Wouter
            """
        ),
    },
    # ---------------------------------------------------------------- other
    {
        "id": "h74-040",
        "kind": "other",
        "sender": "Lieke Verhulst <l.verhulst@westeinderring.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het verslag. Een suggestie voor de opzet: zou het volgende atelier een keer in de ochtend kunnen,
            en ergens in de regio? Utrecht is voor ons ruim anderhalf uur in de file. Wij hebben in het gemeentehuis van
            Kudelwijk een mooie zaal aan het water die we graag beschikbaar stellen.

            Lieke Verhulst
            """
        ),
    },
    {
        "id": "h74-041",
        "kind": "other",
        "sender": "Herman de Graaf <h.degraaf@amstelwaarden.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik sluit me graag aan bij wat Corine van Poelmeer aan het eind van de middag inbracht over gemeenten die
            willen uittreden. Als dat op de agenda komt, ben ik er zeker bij.

            Herman
            """
        ),
    },
    {
        "id": "h74-042",
        "kind": "other",
        "sender": "Annemiek Doornbosch <annemiek.doornbosch@bullewijkamstel.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Hallo Stan,

            Wij hebben net een traject afgerond waarin een inwonerspanel uit drie dorpen meebeslist over de
            openingstijden van onze balies. Zou ik daar op het atelier een korte presentatie over mogen geven, een
            kwartier of zo? Laat maar weten of dat in het programma past.

            Annemiek
            """
        ),
    },
    {
        "id": "h74-043",
        "kind": "other",
        "sender": "Koen Tjallema <k.tjallema@amstelwaarden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": "Re: " + INVITE,
        "body": _(
            """
            Nee, geen introducé. Wel graag iets vegetarisch als er een borrel na afloop is.

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h74-044",
        "kind": "other",
        "sender": "Marcel IJsselstein <m.ijsselstein@drechtoever.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 september",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Ter voorbereiding: per 1 september neem ik afscheid als directeur van Drechtoever. Mijn opvolger is al
            bekend, Noor Hendriks (n.hendriks@drechtoever.nl), zij begint dan. Tot die tijd blijf ik gewoon lid; wilt u
            haar per september in mijn plaats zetten?

            Met groet,
            Marcel IJsselstein
            """
        ),
    },
    {
        "id": "h74-045",
        "kind": "other",
        "sender": "Greetje Mol <g.mol@poelmeer.nl>",
        "quote": "none",
        "subject": "Vertrek directeur Poelmeer",
        "body": _(
            """
            Goedendag,

            Ter informatie: onze directeur bedrijfsvoering, de heer Gerrit Blom, is per 1 februari uit dienst getreden.
            Zijn mailbox wordt nog een maand doorgestuurd naar het secretariaat en daarna opgeheven. Wie hem opvolgt is
            nog niet bekend.

            Met vriendelijke groet,
            Greetje Mol
            secretariaat directie Werkorganisatie Poelmeer
            """
        ),
    },
    {
        "id": "h74-046",
        "kind": "other",
        "sender": "Daniel Okafor <d.okafor@bullewijkamstel.nl>",
        "quote": "none",
        "subject": "Data request",
        "body": _(
            """
            Dear secretariat,

            Could you tell me which personal data you keep about me as a member of the network, where it is stored and
            for how long? I'm asking under the GDPR right of access. I don't want to leave, I'm just curious after a
            privacy training at work.

            Regards,
            Daniel Okafor
            """
        ),
    },
    {
        "id": "h74-047",
        "kind": "other",
        "sender": "Tineke Groenewoud <t.groenewoud@gr-rietlanden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Hierbij bevestig ik namens de heer Van Tongeren zijn aanmelding voor het netwerk. Hij is deze week op
            werkbezoek en leest zijn mail niet, maar wilde dit graag geregeld hebben.

            Met vriendelijke groet,
            Tineke Groenewoud
            bestuurssecretariaat GR Rietlanden
            """
        ),
    },
    {
        "id": "h74-048",
        "kind": "other",
        "sender": "Mirjam Dalhuisen <m.dalhuisen@westeinderring.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres",
        "body": _(
            """
            Beste netwerk,

            Per 1 maart gaan de drie gemeenten en de werkorganisatie over op één nieuw domein. Mijn adres wordt dan
            m.dalhuisen@westeindergemeenten.nl; het oude blijft nog een paar weken werken. Willen jullie het in jullie
            bestand aanpassen?

            Groetjes, Mirjam
            """
        ),
    },
    {
        "id": "h74-049",
        "kind": "other",
        "sender": "Karin Boekhout <k.boekhout@meerlandenpoort.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb me niet aangemeld. Hoe komt u aan dit e-mailadres, en van wie komt de aanmelding?

            K. Boekhout
            """
        ),
    },
    {
        "id": "h74-050",
        "kind": "other",
        "sender": "Harm-Jan Visscher <hj.visscher@amstelwaarden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik kom graag, maar sinds mijn heupoperatie kan ik niet ver lopen. Is er bij het Stadskantoor een
            gehandicaptenparkeerplaats dicht bij de ingang? Als dat niet zo is, moet ik helaas afhaken; hoort u het
            even van mij?

            Harm-Jan Visscher
            """
        ),
    },
    {
        "id": "h74-051",
        "kind": "other",
        "sender": "Sanne Bol <s.bol@drechtoever.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + INVITE,
        "body": _(
            """
            Ter info: mevrouw Rijkens is op 11 maart helaas verhinderd, zij zit dan bij de provincie over de
            Schipholcompensatie.

            Sanne Bol
            """
        ),
    },
    {
        "id": "h74-052",
        "kind": "other",
        "sender": "Lotte Akkerman <l.akkerman@kudelmeersamen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Hierbij bevestig ik. Eén vraag nog voordat ik het vergeet: is het lidmaatschap persoonlijk of per
            organisatie? Mijn plaatsvervangend directeur zou ook graag meedoen en ik weet niet of dat kan.

            Lotte
            """
        ),
    },
    {
        "id": "h74-053",
        "kind": "other",
        "sender": "Hester Vlasblom <h.vlasblom@poelmeer.nl>",
        "quote": "none",
        "subject": "Aanmelding MT-leden",
        "body": _(
            """
            Beste Stan,

            Kunnen onze drie clustermanagers ook lid worden? Het gaat om Sandra Kuipers, Jeroen van Dijk en Ahmed
            El Amrani. Ze zitten in het directieteam en hebben veel aan de ateliers, denk ik. Hun adressen stuur ik
            desgewenst na.

            Hester
            """
        ),
    },
    # ---------------------------------------------------------------- autoreply
    {
        "id": "h74-054",
        "kind": "autoreply",
        "sender": "Rob Heemskerk <r.heemskerk@gr-rietlanden.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INVITE,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Tot en met vrijdag 19 februari ben ik met voorjaarsvakantie en lees ik mijn mail niet.
            Voor dringende zaken kunt u terecht bij het bestuurssecretariaat, 0297 28 14 00.

            Rob Heemskerk
            """
        ),
    },
    {
        "id": "h74-055",
        "kind": "autoreply",
        "sender": "Fiona McAllister <f.mcallister@meerlandenpoort.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatic reply: " + CALL,
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Thank you for your email. I am out of the office until 4 January with limited access to email. For urgent
            matters regarding GR Meerlandenpoort please contact bedrijfsvoering@meerlandenpoort.nl.

            Ik ben tot 4 januari afwezig.
            """
        ),
    },
    {
        "id": "h74-056",
        "kind": "autoreply",
        "sender": "Servicedesk Westeinder Ring <servicedesk@westeinderring.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "[ZK-2027-004417] Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Uw melding is ontvangen en geregistreerd onder zaaknummer ZK-2027-004417.

            Een medewerker van de servicedesk neemt uw melding binnen drie werkdagen in behandeling. Reageert u op deze
            melding, vermeld dan altijd het zaaknummer in de onderwerpregel.

            Dit is een automatisch gegenereerd bericht.
            """
        ),
    },
    {
        "id": "h74-057",
        "kind": "autoreply",
        "sender": "Directie Bovenwaard <directie@bovenwaard.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "RE: " + FOLLOWUP,
        "body": _(
            """
            Dit e-mailadres is sinds de overgang naar Werkorganisatie Amstelwaarden niet meer in gebruik en wordt niet
            gelezen. Uw bericht is niet doorgestuurd. Voor de directie kunt u mailen naar directie@amstelwaarden.nl.
            """
        ),
    },
    {
        "id": "h74-058",
        "kind": "autoreply",
        "sender": "Egbert Sloot <e.sloot@drechtoever.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Gelezen: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Uw bericht

              Aan: Egbert Sloot
              Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
              Verzonden: maandag 8 maart 2027 09:02:14 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op maandag 8 maart 2027 10:47:51 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    # ---------------------------------------------------------------- bounce
    {
        "id": "h74-059",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.poelmeer.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.poelmeer.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <g.blom@poelmeer.nl>: host mail.poelmeer.nl[10.20.4.11] said: 550 5.1.1
                <g.blom@poelmeer.nl>: Recipient address rejected: User unknown in virtual
                mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h74-060",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@gr-rietlanden.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + CALL,
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij t.valkenier@gr-rietlanden.nl

            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en
            probeer het bericht opnieuw te verzenden.

            Diagnostische gegevens voor beheerders:
            Genererende server: AM6PR04MB5512.eurprd04.prod.outlook.com
            t.valkenier@gr-rietlanden.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
]
# fmt: on
