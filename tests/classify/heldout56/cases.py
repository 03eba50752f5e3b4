"""heldout56: a year in Zuid-Kennemerland and the IJmond, as the mailbox receives it.

The writers are the directors of five invented werkorganisaties in the coastal region (Kennemerduin for Duinhout and
Zandkerk, IJmondwerk for Heemsdijk and Beverwaard, Spaarnebron for Heemhout and Spaarndam-Oost, Strandwal, Zeewerf
and the GR Kennemer Binnenland), their management assistants, and two English-writing interim directors. The set
follows one year of mail: new directors signing up and confirming, the call for themes in the winter, the invitation,
the change of date and the reminder for the March atelier, the follow-up, and over the year people leaving, handing
over their seat, asking for their data, changing address, plus out-of-office replies, a ticket system and bounces.
Several writers return in more than one case, as they would over a year.

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a later mail carries the latest answer (a yes after an earlier no and the
  reverse are plain rsvp's).
- A topic proposed under the call, the follow-up, the thank-you, the welcome or the invitation is a suggestion, also
  when the writer says they come; a reply under the call that only says they come is an rsvp.
- Proposals about the form of the atelier (place, time of day), backing someone else's topic and asking whether one
  may present are other.
- Declining the atelier and leaving in one mail is unsubscribe; leaving with a successor named, with or without the
  successor's address, is unsubscribe; a hand-over for a later date while staying a member until then is other; a
  colleague telling us someone left is other.
- An AVG erasure request is unsubscribe with erase; a request to see one's data is other; an address change is other.
- Signing up one colleague with their address is subscribe; several colleagues is other. "Lid blijven" under our
  goodbye is subscribe.
- Under the confirmation mails a signature alone is confirm; a confirmation with a real question, or from an assistant
  on someone's behalf, is other; a plain denial is unsubscribe, a denial asking where we got the address is other.
- A yes on a condition the secretariat must answer first is other; a "nee" that only answers our side question (the
  guest) is other; an assistant answering in reply to the invitation is an rsvp, an assistant's forward with a line
  above it is other.
- Calendar accepts are rsvp's; out-of-office, "address no longer in use" and ticket receipts are autoreply with the
  thread of the mail they answer; delivery failures are bounce without a thread. Neither carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- new directors signing up -------------------------------------------------------------------------------
    {
        "id": "h56-001",
        "kind": "subscribe",
        "sender": "Marloes Brinkhorst <m.brinkhorst@kennemerduin.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 september ben ik algemeen directeur van Werkorganisatie Kennemerduin, het ambtelijk apparaat
            van Duinhout en Zandkerk. Mijn voorganger wees me bij de overdracht op jullie netwerk en de ateliers;
            hij was er erg over te spreken. Ik meld me hierbij graag aan als lid, op dit mailadres.

            Hartelijke groet,

            Marloes Brinkhorst
            Algemeen directeur | Werkorganisatie Kennemerduin
            Postbus 120, 2050 AC Duinhout
            T 023 - 511 40 00
            """
        ),
    },
    {
        "id": "h56-002",
        "kind": "subscribe",
        "sender": "Anouk Verbeek <a.verbeek@ijmondwerk.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor het welkom, dat ging vlot.

            Mijn collega-directeur Ruud Heijboer (sociaal domein) zat vanochtend naast me toen ik dit las en wil
            ook meedoen. Zijn adres is r.heijboer@ijmondwerk.nl. Willen jullie hem aanmelden?

            Anouk Verbeek
            directeur Publiekszaken & Bedrijfsvoering, IJmondwerk
            """
        ),
    },
    {
        "id": "h56-003",
        "kind": "subscribe",
        "sender": "Jonathan Ashworth <j.ashworth@spaarnebron.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Dear secretariat,

            I started last month as interim general director at Spaarnebron, the shared organisation of Heemhout
            and Spaarndam-Oost, and I expect to be here at least until the summer. A colleague at the VNG
            mentioned your network of directors. Could you add me as a member, at this address? My Dutch reading
            is decent by now; writing it is another matter, so please forgive the English.

            Kind regards,
            Jonathan Ashworth
            Interim Algemeen Directeur - Spaarnebron
            """
        ),
    },
    {
        "id": "h56-004",
        "kind": "subscribe",
        "sender": "Gerrit-Jan Oosterwijk <gj.oosterwijk@strandwal.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Hm, dat was niet de bedoeling. Mijn managementassistent heeft vorige week mijn nieuwsbrieven
            opgeschoond en daarbij is jullie netwerk kennelijk meegegaan in de stapel. Ik wil graag lid blijven!

            Gerrit-Jan Oosterwijk
            Werkorganisatie Strandwal
            """
        ),
    },
    # --- confirmations --------------------------------------------------------------------------------------------
    {
        "id": "h56-005",
        "kind": "confirm",
        "sender": "Hanneke Zwanenburg <h.zwanenburg@kbl-gr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            drs. H.M. (Hanneke) Zwanenburg
            Gemeentesecretaris / algemeen directeur
            GR Kennemer Binnenland
            Aanwezig ma t/m do
            """
        ),
    },
    {
        "id": "h56-006",
        "kind": "confirm",
        "sender": "Bas Roozendaal <bas.roozendaal@zeewerf-gr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja hoor, klopt, dat was ik. Fijn dat er eindelijk zo'n club bestaat voor mensen die tussen twee
            colleges in zitten.

            Bas
            """
        ),
    },
    {
        "id": "h56-007",
        "kind": "confirm",
        "sender": "Yvonne Kalkman <y.kalkman@strandwal.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Excuus, de eerste mail is in de drukte rond de begroting ondergesneeuwd. Bij deze alsnog: graag lid
            worden

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h56-008",
        "kind": "confirm",
        "sender": "Fiona McAllister <f.mcallister@ijmondwerk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, that's me, and yes please, I'd like to receive your mails.

            Fiona McAllister
            Interim directeur bedrijfsvoering | IJmondwerk
            """
        ),
    },
    {
        "id": "h56-009",
        "kind": "other",
        "sender": "Sandra Mulder <s.mulder@spaarnebron.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            De heer Ashworth heeft mij gevraagd zijn post rond het netwerk af te handelen. Bij deze bevestig ik
            namens hem zijn aanmelding.

            Met vriendelijke groet,
            Sandra Mulder
            Managementondersteuning directie Spaarnebron
            """
        ),
    },
    {
        "id": "h56-010",
        "kind": "unsubscribe",
        "sender": "Erwin de Graaf <e.degraaf@kennemerduin.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ik heb mij nergens voor aangemeld, en directeur ben ik ook niet: ik ben teamleider Belastingen.
            Wie heeft dit gedaan?

            E. de Graaf
            """
        ),
    },
    {
        "id": "h56-011",
        "kind": "other",
        "sender": "M. Ouwehand <m.ouwehand@zeewerf-gr.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Geachte heer, mevrouw,

            Dit is inmiddels de tweede mail die ik van u krijg over een aanmelding die ik niet heb gedaan. Ik
            verneem graag van u via welke weg u aan mijn e-mailadres bent gekomen.

            M. Ouwehand
            Zeewerf, afdeling Juridische Zaken
            """
        ),
    },
    {
        "id": "h56-012",
        "kind": "other",
        "sender": "Tjeerd Hovenkamp <t.hovenkamp@bvo-kennemerland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Hierbij bevestigd. Wel een vraag vooraf: ik ben directeur van een bedrijfsvoeringsorganisatie die
            alleen ICT, P&O en financien doet voor drie gemeenten, dus geen volledige ambtelijke fusie. Is het
            netwerk ook voor mensen zoals ik bedoeld, of val ik er eigenlijk buiten?

            Tjeerd Hovenkamp
            """
        ),
    },
    {
        "id": "h56-013",
        "kind": "other",
        "sender": "Yvonne Kalkman <y.kalkman@strandwal.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Leuk! Kunnen mijn twee mededirecteuren ook lid worden? Nadia Bakker (n.bakker@strandwal.nl) en
            Frits Oudshoorn (f.oudshoorn@strandwal.nl), we doen de directie met z'n drieen.

            Yvonne
            """
        ),
    },
    # --- call for themes (winter) ---------------------------------------------------------------------------------
    {
        "id": "h56-014",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hanneke Zwanenburg <h.zwanenburg@kbl-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn onderwerp:
            - hoe houden we vakafdelingen als Vergunningen en Belastingen bemenst nu de arbeidsmarkt zo krap is;
              wat doen anderen aan strategische personeelsplanning en eigen opleidingstrajecten?

            Groet, Hanneke Zwanenburg
            """
        ),
    },
    {
        "id": "h56-015",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hans Wijnbeek <h.wijnbeek@ijmondwerk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Een onderwerp dat bij ons speelt en vast ook bij anderen: wat doe je als een van de deelnemende
            gemeenten hardop twijfelt aan de werkorganisatie en een onderzoek naar uittreding laat doen? Hoe houd
            je in zo'n periode de verhouding met beide colleges gezond?

            Hans
            """
        ),
    },
    {
        "id": "h56-016",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Theo Brouwer <t.brouwer@zeewerf-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Voorstel van Zeewerf: de lange termijn. Onze visie liep tot 2025 en is dus verlopen. Hoe maak je een
            toekomstbeeld voor de organisatie richting 2035 dat ook de volgende raadsverkiezingen overleeft?
            Ervaringen met scenarioplanning hoor ik graag.

            T. Brouwer
            algemeen directeur
            """
        ),
    },
    {
        "id": "h56-017",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Dirk-Jan Scholten <dj.scholten@kbl-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Twee onderwerpen van mijn kant:
            1. de overstap naar een gezamenlijk zaaksysteem en wat dat vraagt van onze werkprocessen
            2. onze plek in de regio: de IJmond-gemeenten trekken steeds vaker samen op richting de MRA, waar
               staat een werkorganisatie dan?

            Dirk-Jan Scholten
            Directeur Bedrijfsvoering GR Kennemer Binnenland
            """
        ),
    },
    {
        "id": "h56-018",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Fiona McAllister <f.mcallister@ijmondwerk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            One topic from me: measuring how residents actually experience our services. In my previous post in
            Leeds we published a public dashboard with response times and satisfaction scores. I'd love to hear
            whether Dutch shared organisations track and publish service performance in a similar way.

            Best wishes,
            Fiona
            """
        ),
    },
    {
        "id": "h56-019",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Anouk Verbeek <a.verbeek@ijmondwerk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Het afgelopen jaar was bij ons roerig. Heemsdijk en Beverwaard kregen onenigheid over de
            verdeelsleutel van de kosten en er lag zelfs even een motie over uittreding op tafel. Dat is
            gelukkig bijgelegd, dankzij veel gesprekken met beide burgemeesters.

            Wat ik eraan overhoud is een vraag over onszelf: ons sturingsconcept knelt. De directie is tegelijk
            opdrachtnemer van twee colleges en werkgever van 400 mensen, en de managementlaag daaronder weet niet
            altijd wie ze moet volgen. Welke sturingsmodellen hanteren andere werkorganisaties voor directie en
            management? Dat zou ik graag met collega's bespreken.

            Hartelijke groet,
            Anouk
            """
        ),
    },
    {
        "id": "h56-020",
        "kind": "other",
        "sender": "Gijs Terpstra <g.terpstra@kbl-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Eerlijk gezegd hoef ik deze oproepen niet te krijgen, ik draag toch nooit iets aan en laat dat graag
            aan anderen over. De uitnodigingen voor de ateliers wil ik wel blijven ontvangen. Kunnen jullie mij
            alleen voor de oproepmails uitschrijven?

            Gijs Terpstra
            """
        ),
    },
    {
        "id": "h56-021",
        "kind": "other",
        "sender": "Erik Stoop <e.stoop@strandwal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Op de nieuwjaarsbijeenkomst van de regio vertelde collega Zwanenburg over informatieveiligheid na de
            hack bij haar buurgemeente. Mocht dat onderwerp op jullie lijst komen: het heeft mijn volle steun.
            Zelf heb ik er niets nieuws aan toe te voegen.

            Erik Stoop
            """
        ),
    },
    {
        "id": "h56-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Robbert Vlasblom <r.vlasblom@strandwal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Geen onderwerp deze keer, het programma van vorig jaar dekte wel zo'n beetje wat mij bezighoudt.
            Maar 11 maart heb ik al geblokt: ik kom zeker.

            Robbert
            """
        ),
    },
    {
        "id": "h56-023",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Roos Abbink <r.abbink@kennemerduin.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "body": _(
            """
            Nog 1 toevoeging op mijn lijstje: de balie van de toekomst. Het gemeentehuis in Duinhout gaat op
            vrijdag dicht en we werken daar alleen nog op afspraak. Hoe doen anderen dat en hoe blijft het
            toegankelijk voor ouderen die niet digitaal zijn?

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h56-024",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marloes Brinkhorst <m.brinkhorst@kennemerduin.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom. U vraagt of ik al een onderwerp heb: jazeker. Na de fusie zitten we in
            drie panden verspreid over twee gemeenten, en hybride werken maakt het er niet eenvoudiger op. Hoe
            organiseer je huisvesting en werkplekken in zo'n situatie zonder dat teams uit elkaar groeien?

            Marloes
            """
        ),
    },
    # --- the invitation, the change and the reminder -------------------------------------------------------------
    {
        "id": "h56-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Anouk Verbeek <a.verbeek@ijmondwerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom, en ik neem onze nieuwe concerncontroller mee. Dus met z'n tweeen.

            Groet, Anouk
            """
        ),
    },
    {
        "id": "h56-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hans Wijnbeek <h.wijnbeek@ijmondwerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee, helaas. Op 11 maart behandelt de raad van Heemsdijk de kadernota en daar moet ik bij zijn.
            Volgende keer beter!

            Hans Wijnbeek
            directeur Ruimte, IJmondwerk
            """
        ),
    },
    {
        "id": "h56-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marloes Brinkhorst <m.brinkhorst@kennemerduin.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Zelf kan ik niet (voorjaarsvakantie met de kinderen, al maanden geboekt), maar mijn adjunct Lotte
            Groeneveld gaat in mijn plaats: l.groeneveld@kennemerduin.nl. Ze heeft er zin in.

            Marloes
            """
        ),
    },
    {
        "id": "h56-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jonathan Ashworth <j.ashworth@spaarnebron.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in for the 11th. I'll come to Utrecht in person rather than join via Teams - it seems the
            best way to meet colleagues from outside the Haarlem area.

            Best,
            Jonathan
            """
        ),
    },
    {
        "id": "h56-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Petra Koning <p.koning@strandwal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Geachte heer, mevrouw,

            Mevrouw Kalkman neemt graag deel aan het atelier op 11 maart. Ik heb de middag in haar agenda
            vastgezet, inclusief reistijd.

            Met vriendelijke groet,
            Petra Koning
            secretaresse directie Werkorganisatie Strandwal
            """
        ),
    },
    {
        "id": "h56-030",
        "kind": "other",
        "sender": "Monique Hartog <m.hartog@zeewerf-gr.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier"
            " 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemorgen,

            De heer Roozendaal wil graag aan onderstaand atelier deelnemen. Kunt u hem noteren? Hij komt zonder
            introducee.

            Groet,
            Monique Hartog
            directiesecretariaat Zeewerf
            """
        ),
    },
    {
        "id": "h56-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bas Roozendaal <bas.roozendaal@zeewerf-gr.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier"
            " 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Tot dan, ik pak de trein vanuit Beverwijk.
            """
        ),
    },
    {
        "id": "h56-032",
        "kind": "other",
        "sender": "Erik Stoop <e.stoop@strandwal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            In principe ja, maar die ochtend zit ik in Den Haag bij het ministerie en ik ben op zijn vroegst om
            15.00 uur in Utrecht. Heeft het dan nog zin om aan te schuiven, of mis ik het belangrijkste deel?
            Laat u het even weten, dan meld ik me definitief.

            Erik Stoop
            """
        ),
    },
    {
        "id": "h56-033",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Gijs Terpstra <g.terpstra@kbl-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ja, ik kom. Meteen een idee voor een later atelier: hoe positioneer je je als werkorganisatie in
            Zuid-Kennemerland tussen Haarlem aan de ene kant en de IJmond aan de andere, als beide een beroep op
            je doen?

            Gijs
            """
        ),
    },
    {
        "id": "h56-034",
        "kind": "unsubscribe",
        "sender": "Cor Dekkers <c.dekkers@kbl-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Op 11 maart zal ik er niet bij zijn. Per 1 april ga ik met pensioen, na 38 jaar gemeentedienst, dus
            het lijkt me zinnig dat u mij meteen uit het netwerk uitschrijft. Wie mij opvolgt is nog niet
            bekend; dat hoort u te zijner tijd van de GR zelf.

            Hartelijke groet en dank voor de mooie bijeenkomsten,
            Cor Dekkers
            """
        ),
    },
    {
        "id": "h56-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hans Wijnbeek <h.wijnbeek@ijmondwerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Vorige week heb ik afgezegd vanwege de kadernota, maar die raadsvergadering is een week opgeschoven.
            Ik kom dus alsnog graag. Is het inmiddels vol, zet me dan maar op de wachtlijst.

            Hans
            """
        ),
    },
    {
        "id": "h56-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lotte Groeneveld <l.groeneveld@kennemerduin.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Ik kom graag in de plaats van Marloes en heb de afspraak al in mijn agenda
            gezet. Een gast neem ik niet mee, het is alleen ik.

            Lotte Groeneveld
            adjunct-directeur Kennemerduin
            """
        ),
    },
    {
        "id": "h56-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ingeborg Lammers <i.lammers@zeewerf-gr.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Inmiddels is mijn 11 maart volgelopen met een regio-overleg over het Noordzeekanaalgebied, dus u kunt
            mij van de wachtlijst halen. Gun de plek iemand anders.

            Ingeborg Lammers
            """
        ),
    },
    {
        "id": "h56-038",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hanneke Zwanenburg <h.zwanenburg@kbl-gr.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            18 maart komt mij eerlijk gezegd beter uit dan de oorspronkelijke datum. Ik ben erbij, in het
            Provinciehuis.

            H. Zwanenburg
            """
        ),
    },
    {
        "id": "h56-039",
        "kind": "other",
        "sender": "Anouk Verbeek <a.verbeek@ijmondwerk.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee, die gast gaat niet meer mee: onze concerncontroller heeft die middag toch de accountant over de
            vloer. Pas het aantal gerust aan.

            Anouk
            """
        ),
    },
    {
        "id": "h56-040",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dirk-Jan Scholten <dj.scholten@kbl-gr.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            helaas ik kan niet, griep te pakken en lig plat. geef m'n plek maar aan iemand van de wachtlijst

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h56-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wendy Baars <w.baars@kennemerduin.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik had me in februari aangemeld en verheugde me er echt op, maar ons college heeft juist die middag
            een extra sessie belegd over de tekorten in de meerjarenbegroting. Daar kan ik als secretaris niet
            wegblijven, dus toch afmelden, helaas. Hopelijk maakt mijn plek iemand op de wachtlijst blij.

            Wendy Baars
            """
        ),
    },
    # --- after the atelier -------------------------------------------------------------------------------------------
    {
        "id": "h56-042",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Wendy Baars <w.baars@kennemerduin.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer dat ik er niet bij kon zijn, het verslag heb ik met plezier gelezen. Voor de volgende keer
            zou ik graag praten over de inhoudelijke agenda: hoe stel je als directie een meerjarenagenda op en
            houd je die overeind als de bestuurlijke prioriteiten na de verkiezingen verschuiven?

            Wendy
            """
        ),
    },
    {
        "id": "h56-043",
        "kind": "other",
        "sender": "Marloes Brinkhorst <m.brinkhorst@kennemerduin.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het verslag, Lotte was erg enthousiast. Een idee voor de vorm: kan een volgend atelier
            eens buiten Utrecht, bijvoorbeeld in Haarlem of op het Forteiland bij IJmuiden? Voor ons aan de kust
            is Utrecht op een donderdagmiddag een hele reis, en een ochtendprogramma zou ook al schelen.

            Marloes
            """
        ),
    },
    {
        "id": "h56-044",
        "kind": "other",
        "sender": "Ingeborg Lammers <i.lammers@zeewerf-gr.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wij hebben het afgelopen jaar ons sturingsmodel omgegooid, van drie domeinen naar opgavegericht
            werken. Zou ik daar op een volgend atelier een korte presentatie over mogen geven? Collega's vragen
            er regelmatig naar en ik deel onze lessen graag.

            Ingeborg Lammers
            algemeen directeur a.i. Zeewerf
            """
        ),
    },
    {
        "id": "h56-045",
        "kind": "unsubscribe",
        "sender": "Jonathan Ashworth <j.ashworth@spaarnebron.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for a great afternoon. Sadly it was also my last one: my interim assignment at Spaarnebron
            ends on 30 April and I'm heading back to the UK. Please take me off your list. If the permanent
            director wants to join, I'm sure they'll get in touch themselves.

            All the best,
            Jonathan
            """
        ),
    },
    # --- leaving, hand-overs, data ---------------------------------------------------------------------------------
    {
        "id": "h56-046",
        "kind": "unsubscribe",
        "sender": "Fiona McAllister <f.mcallister@ijmondwerk.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for confirming. As you asked: my successor as directeur bedrijfsvoering is Samira El Idrissi,
            who starts on 1 May. Her address is s.elidrissi@ijmondwerk.nl. I'm sure she'll enjoy the network as
            much as I did.

            Fiona
            """
        ),
    },
    {
        "id": "h56-047",
        "kind": "unsubscribe",
        "sender": "Theo Brouwer <t.brouwer@zeewerf-gr.nl>",
        "quote": "none",
        "subject": "Vertrek en opvolging",
        "body": _(
            """
            Beste secretariaat,

            Na zes jaar neem ik afscheid van Zeewerf; ik word gemeentesecretaris in het oosten van het land.
            Wilt u mij uitschrijven? Mijn taken gaan over naar Jolien Stam, die per 1 juli begint. Haar
            mailadres is nog niet aangemaakt, dat stuur ik na zodra ik het heb.

            Met vriendelijke groet,
            Theo Brouwer
            """
        ),
    },
    {
        "id": "h56-048",
        "kind": "other",
        "sender": "Wendy Baars <w.baars@kennemerduin.nl>",
        "quote": "none",
        "subject": "Opvolging per september",
        "body": _(
            """
            Dag Stan en Melanie,

            Ter info: na de zomer vertrek ik naar de provincie. Mijn opvolger, Karim Bouzid
            (k.bouzid@kennemerduin.nl), begint op 1 september en wil het netwerk graag van mij overnemen. Tot die
            tijd blijf ik lid, dus zouden jullie de overdracht pas per 1 september willen doen?

            Groet,
            Wendy
            """
        ),
    },
    {
        "id": "h56-049",
        "kind": "other",
        "sender": "Petra Koning <p.koning@strandwal.nl>",
        "quote": "none",
        "subject": "Mevrouw Kalkman uit dienst",
        "body": _(
            """
            Geachte heer, mevrouw,

            Hierbij laat ik u weten dat mevrouw Kalkman sinds 1 november niet meer bij Werkorganisatie Strandwal
            werkzaam is. Haar mailbox wordt tijdelijk door mij bijgehouden, vandaar dat ik uw berichten nog zie.

            Met vriendelijke groet,
            Petra Koning
            """
        ),
    },
    {
        "id": "h56-050",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Sander Vreeswijk <s.vreeswijk@spaarnebron.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de AVG verzoek ik u al mijn persoonsgegevens uit uw bestanden te wissen,
            ook van de deelnemerslijsten van eerdere ateliers, en mij als lid uit te schrijven. Graag ontvang ik
            een schriftelijke bevestiging dat dit is gebeurd.

            Hoogachtend,
            S.P. Vreeswijk
            """
        ),
    },
    {
        "id": "h56-051",
        "kind": "other",
        "sender": "Erwin de Graaf <e.degraaf@kennemerduin.nl>",
        "quote": "none",
        "subject": "Inzage gegevens",
        "body": _(
            """
            Goedemiddag,

            Eerder dit jaar liet ik u weten dat ik mij niet bij uw netwerk had aangemeld. Graag wil ik op grond
            van de AVG inzage in welke gegevens u nog over mij bewaart en hoe die bij u terecht zijn gekomen.

            Met vriendelijke groet,
            Erwin de Graaf
            """
        ),
    },
    {
        "id": "h56-052",
        "kind": "other",
        "sender": "Bas Roozendaal <b.roozendaal@zeewerf.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres",
        "body": _(
            """
            Hallo,

            Per 1 januari stappen we over op een nieuw domein. Mijn adres wordt b.roozendaal@zeewerf.nl in plaats
            van bas.roozendaal@zeewerf-gr.nl; het oude blijft nog tot 1 maart werken. Willen jullie je lijst
            aanpassen?

            Bas Roozendaal
            """
        ),
    },
    # --- automatic mail --------------------------------------------------------------------------------------------
    {
        "id": "h56-053",
        "kind": "autoreply",
        "sender": "Hans Wijnbeek <h.wijnbeek@ijmondwerk.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier"
            " 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Dank voor uw bericht. Van 14 tot en met 25 februari ben ik met verlof en lees ik mijn mail niet.
            Voor dringende zaken kunt u terecht bij het directiesecretariaat, 0251 - 26 26 26 of
            secretariaat@ijmondwerk.nl.
            """
        ),
    },
    {
        "id": "h56-054",
        "kind": "autoreply",
        "sender": "Fiona McAllister <f.mcallister@ijmondwerk.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            I'm away on leave and back on Monday 15 March. For urgent operational matters please contact Peter
            Dalhuisen (p.dalhuisen@ijmondwerk.nl). Ik ben afwezig tot en met 12 maart.
            """
        ),
    },
    {
        "id": "h56-055",
        "kind": "autoreply",
        "sender": "Cor Dekkers <c.dekkers@kbl-gr.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. De heer Dekkers is niet langer werkzaam bij GR Kennemer
            Binnenland. Uw bericht wordt niet doorgestuurd. Voor algemene vragen kunt u mailen naar
            info@kbl-gr.nl.
            """
        ),
    },
    {
        "id": "h56-056",
        "kind": "autoreply",
        "sender": "Klantcontactcentrum Spaarnebron <kcc@spaarnebron.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": (
            "[Melding 2027-004512] RE: Dank voor uw komst: Leer- en inspireer-atelier"
            " \"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte afzender,

            Wij hebben uw bericht ontvangen en geregistreerd onder meldingsnummer 2027-004512. U ontvangt binnen
            vijf werkdagen een inhoudelijke reactie. Dit bericht is automatisch verstuurd; u kunt er niet op
            antwoorden.

            Klantcontactcentrum Spaarnebron
            """
        ),
    },
    {
        "id": "h56-057",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.zeewerf-gr.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.zeewerf-gr.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <t.brouwer@zeewerf-gr.nl>: host mailstore.zeewerf-gr.nl[10.20.1.5] said: 550
                5.1.1 <t.brouwer@zeewerf-gr.nl>: Recipient address rejected: User unknown in
                virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h56-058",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kennemerduin.nl>",
        "quote": "none",
        "subject": (
            "Onbestelbaar: Uitnodiging Leer- en inspireer-atelier"
            " 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij w.baars@kennemerduin.nl.

            Het postvak van de ontvanger is vol en kan op dit moment geen berichten ontvangen. Probeer het later
            opnieuw of neem op een andere manier contact op met de ontvanger.

            Diagnostische gegevens voor beheerders:

            Genererende server: AM9PR03MB7120.eurprd03.prod.outlook.com

            w.baars@kennemerduin.nl
            Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
            """
        ),
    },
]
# fmt: on
