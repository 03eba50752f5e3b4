"""heldout49: a year in Midden-Limburg and de Peel.

The whole year of mail the mailbox gets from directors of werkorganisaties in two southern regions, with invented
organisations (MaasRoer, Swalmstreek, Peelrand Samen, Dommelpeel Werkt, Thornervelden, Kempenpeel, ...): sign-ups
and confirmations in January, topic suggestions under the call (some written right after carnival), answers to the
invitation, the change and the reminder in February and March, suggestions and thanks under the follow-up, AVG
requests and address changes in spring, out-of-offices during the bouwvak, and leavers and hand-overs in the
autumn. Many mails are written on phones, in a chatty southern register with a little dialect (jao, ich, houdoe,
ajuus); some come from assistants, one from a Belgian interim director and one from a former member in English.

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a topic proposed under the call, the follow-up, the thank-you or the welcome
  is a suggestion, also when the writer says in passing that they will not come; themes are those of the topic, not
  of words used in the story before it.
- A proposal about the form or place of the ateliers, backing another member's topic, and asking whether one may
  present are other; so is a plain thank-you under the follow-up.
- Declining the atelier while staying a member is rsvp False; declining and leaving in one mail is unsubscribe; a
  later mail carries the latest answer; a substitute named with an address is rsvp False.
- An assistant answering in reply to the invitation is rsvp; an assistant forwarding the invitation with a line
  above it, or confirming a sign-up from their own address, is other.
- A "nee" that only answers the side question about a guest is other; a yes on a condition the secretariat must
  answer is other; a confirmation with a real question beside it is other.
- Under the confirmation a denial that asks who did it is unsubscribe; one that asks where we got the address is
  other. A signature alone under the confirmation is confirm.
- A hand-over with the successor's address, or leaving with a successor named but no address yet, is unsubscribe;
  a hand-over at a later date while staying a member until then is other; a colleague reporting that someone left is
  other. "Lid blijven" under our goodbye is subscribe.
- An erasure request is unsubscribe with erase; a request to see one's data and an address change are other.
- Out-of-offices, read receipts and "no longer in use" notices are autoreply with the thread of the mail they
  answer; delivery failures are bounce without a thread. Replies to the follow-up carry the thread followup.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INVITE = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REMIND = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- januari: aanmelden en bevestigen -------------------------------------------------------------------------
    {
        "id": "h49-001",
        "kind": "subscribe",
        "sender": "Noortje Kuppens <n.kuppens@nederhei.nl>",
        "quote": "none",
        "subject": "Aansluiten bij het netwerk",
        "body": _(
            """
            Hoi,

            Sinds 1 januari ben ik algemeen directeur van Werkorganisatie Nederhei (Kesselbroek en Neerhoven).
            Mijn voorganger was volgens mij lid van jullie netwerk en daar hoorde ik alleen goeds over.
            Willen jullie mij ook aanmelden? Dit is mijn vaste adres.

            Groetjes,
            Noortje Kuppens
            """
        ),
    },
    {
        "id": "h49-002",
        "kind": "confirm",
        "sender": "Paul Vestjens <p.vestjens@thornervelden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            --
            Paul Vestjens
            Gemeentesecretaris / algemeen directeur
            Werkorganisatie Thornervelden
            T 0475 - 58 20 11 | M 06 - 41 77 30 92
            """
        ),
    },
    {
        "id": "h49-003",
        "kind": "confirm",
        "sender": "Mieke Tielen <mieke.tielen@peelvenensamen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Excuus, jullie eerste mail was ondergesneeuwd tussen de begrotingswijzigingen van december.
            Bij deze alsnog: ja, ik word graag lid.

            Mieke Tielen
            Directeur Peelvenen Samen
            """
        ),
    },
    {
        "id": "h49-004",
        "kind": "other",
        "sender": "Ria Nijssen <r.nijssen@heiderand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw Geurts, onze directeur, bevestig ik hierbij haar aanmelding voor het netwerk.
            Zij is deze week met het MT op hei in het Heuvelland en leest haar mail niet, vandaar dat ik reageer.

            Met vriendelijke groet,

            Ria Nijssen
            Managementassistent directie | Werkorganisatie Heiderand
            """
        ),
    },
    {
        "id": "h49-005",
        "kind": "unsubscribe",
        "sender": "Bart Meulendijks <b.meulendijks@maasroer.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Huh? Ik heb me nergens voor opgegeven. Wie heeft dit gedaan?? Ik ben trouwens teamleider burgerzaken,
            geen directeur.

            Bart

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    # --- januari/februari: oproep voor thema's ---------------------------------------------------------------------
    {
        "id": "h49-006",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jos Hendrikx <jos.hendrikx@roerdalsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Hoi Stan en Melanie!

            Nog helemaal vol van de nieuwjaarsreceptie hier, maar er schiet me meteen iets te binnen: hoe houd je
            drie gemeenteraden aangehaakt als één ervan openlijk twijfelt over uittreden uit de GR? Bij ons speelt
            dat nu heel concreet.

            Gr Jos

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h49-007",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Truus Vossen <t.vossen@leudonk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Hierbij mijn onderwerpen, zoals gevraagd per regel:
            Hybride werken nu het kantoor in Leudonk-Centrum dichtgaat en we naar één locatie verhuizen
            Werving en formatie: de vacatures bij ICT en financiën blijven maar openstaan

            Met vriendelijke groet,

            Truus Vossen
            Algemeen directeur Werkorganisatie Leudonk

            Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de bedoelde ontvanger, verwijder het dan
            en laat het de afzender weten.
            """
        ),
    },
    {
        "id": "h49-008",
        "kind": "suggestion",
        "themes": ["dienstverlening", "strategie"],
        "sender": "Huub Coenen <h.coenen@weertheide.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hoi, twee dingen voor jullie lijst:

            1. Inzet van AI en chatbots in het klantcontactcentrum: merken inwoners er iets van, en wat werkt er nog
               aan de balie?
            2. Een strategische meerjarenagenda opstellen nu er na de verkiezingen nieuwe colleges zitten met elk
               hun eigen prioriteiten.

            Gr, Huub Coenen
            Ambtelijke Fusieorganisatie Weertheide
            """
        ),
    },
    {
        "id": "h49-009",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Thei Houben <thei.houben@swalmbeek-maasveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan, Melanie,

            Alaaf nog van hier! We zijn net bekomen van de vastelaovend: het gemeentehuis in Swalmbeek was vier
            dagen dicht (de dienstverlening liep gewoon door via de app, voor wie het zich afvraagt).
            Tussen twee optochten door raakte ik aan de praat met de burgemeester van Maasveld en toen viel het
            kwartje. Wat ik echt eens met collega's zou willen bespreken: hoe ga je als directeur om met een
            deelnemende gemeente die achter de schermen al praat over een herindeling met een buurgemeente buiten
            de GR? Loyaal blijven aan alle besturen tegelijk, dat is nogal wat.

            Verder alles goed, de zon schijnt in Limburg.

            Ajuus,
            Thei
            """
        ),
    },
    {
        "id": "h49-010",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Loes Mertens <l.mertens@peelrandsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            In maart ben ik er waarschijnlijk niet bij; de voorjaarsvakantie valt bij ons in het zuiden net anders
            en de kinderen willen skiën. Toch een onderwerp: hoe snijd je in de eigen bedrijfsvoering (inhuur,
            formatie, huisvesting) zonder dat juist de goede mensen vertrekken? Bij ons moet er na 2026 ruim een
            miljoen af.

            Met vriendelijke groet,
            Loes Mertens
            directeur bedrijfsvoering Peelrand Samen
            """
        ),
    },
    {
        "id": "h49-011",
        "kind": "other",
        "sender": "Annemiek Rutten <a.rutten@swalmbeek-maasveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Een suggestie van een andere orde: zouden jullie een keer een atelier onder de rivieren willen houden,
            bijvoorbeeld in ons gemeentehuis in Maasveld? Voor ons is Utrecht heen en terug al gauw een halve dag
            in de auto. Of anders een middag echt hybride, met een zaal die daarop is ingericht.

            Inhoudelijke onderwerpen volgen nog van mijn kant.

            Hartelijke groet,
            Annemiek Rutten
            """
        ),
    },
    {
        "id": "h49-012",
        "kind": "other",
        "sender": "Nicole Wijnen <nicole.wijnen@echterbosch.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Ik sluit me helemaal aan bij wat Wiel Smeets op de regiodag al noemde, over raden die steeds vaker op
            de stoel van de werkorganisatie gaan zitten. Zet daar maar een streepje extra bij 😊

            Groet Nicole

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h49-013",
        "kind": "autoreply",
        "sender": "Lei Joosten <l.joosten@maasgouwen-uo.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig: " + CALL,
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Alaaf! Ich bin neet op kantoor vanwege de vastelaovend, tot en met Aswoensdag 10 februari.
            Daarna lees ik uw bericht. Bij spoed kunt u de receptie van het gemeentehuis bellen: 0475 - 32 10 00.
            """
        ),
    },
    {
        "id": "h49-014",
        "kind": "other",
        "sender": "Saskia van Kessel <s.vankessel@grotepeel-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste secretariaat,

            Wij hebben het afgelopen jaar in de Peel een mooi traject gedaan om de wijkteams onder te brengen in de
            werkorganisatie. Dat zou ik graag eens op een atelier presenteren, een kwartiertje of zo. Kan dat, en
            bij wie moet ik daarvoor zijn?

            Met vriendelijke groet,
            Saskia van Kessel
            GR Grote Peel Dienstverlening
            """
        ),
    },
    # --- februari: uitnodiging, wijziging, wachtlijst ------------------------------------------------------------
    {
        "id": "h49-015",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wiel Smeets <w.smeets@maasroer.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Jao, ich kom gaer! Ik neem onze concerncontroller mee, dus we zijn met z'n tweeën.

            Greetjes, Wiel

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h49-016",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marjo Peeters <marjo.peeters@kempenpeel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee helaas. Op 11 maart zit ik de hele dag in Den Haag bij de VNG-commissie. Volgende keer beter!

            Gr. Marjo
            """
        ),
    },
    {
        "id": "h49-017",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frans Swinkels <f.swinkels@dommelpeel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Zelf ben ik die middag verhinderd door de voorjaarsnota, maar onze directeur Sociaal Domein gaat graag
            in mijn plaats: Sevda Yilmaz, s.yilmaz@dommelpeel.nl.

            Met vriendelijke groet,

            Frans Swinkels
            Algemeen directeur | Dommelpeel Werkt
            """
        ),
    },
    {
        "id": "h49-018",
        "kind": "rsvp",
        "attending": True,
        "sender": "Carla Beerens <c.beerens@grotepeel-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            De heer Manders komt graag naar het atelier op 11 maart; ik heb het in zijn agenda gezet.

            Met vriendelijke groet,

            Carla Beerens
            Managementondersteuning directie
            GR Grote Peel Dienstverlening
            """
        ),
    },
    {
        "id": "h49-019",
        "kind": "other",
        "sender": "Ellen Hermans <e.hermans@peelrandsamen.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + INVITE,
        "body": _(
            """
            Goedemorgen,

            Hierbij meld ik de heer Heesakkers af voor onderstaand atelier; die dag ontvangt hij de gedeputeerde
            voor een werkbezoek aan de Peel.

            Vriendelijke groet,
            Ellen Hermans, directiesecretaresse
            """
        ),
    },
    {
        "id": "h49-020",
        "kind": "other",
        "sender": "Ramon Vestjens <ramon.vestjens@nederhei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ik kom graag, op voorwaarde dat ik om vier uur weg kan zonder het belangrijkste te missen. Zit de
            plenaire afronding helemaal aan het eind? Laat het even weten, dan beslis ik.

            Ramon
            """
        ),
    },
    {
        "id": "h49-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mart Claessens <m.claessens@echterbosch.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + INVITE,
        "body": _(
            """
            Staat in de agenda, tot de 11e.
            """
        ),
    },
    {
        "id": "h49-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Pieter Lenders <p.lenders@maasgouwen-uo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + INVITE,
        "body": _(
            """
            Sorry, that Thursday our council's budget debate runs all afternoon. Hope to join next time.
            Pieter
            """
        ),
    },
    {
        "id": "h49-023",
        "kind": "other",
        "sender": "Bart Kerkhofs <bart.kerkhofs@weertheide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nee, ik neem niemand mee hoor. En vega of zo hoeft ook niet.

            Gr Bart

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h49-024",
        "kind": "unsubscribe",
        "sender": "Math Schreurs <m.schreurs@thornervelden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom niet meer, ook niet in maart: per 1 april ga ik met vervroegd pensioen. Haal me maar uit jullie
            verzendlijst; wie mij opvolgt is nog niet bekend. Het ga jullie goed!

            Math Schreurs
            """
        ),
    },
    {
        "id": "h49-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annemiek Rutten <a.rutten@swalmbeek-maasveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Moet me helaas afmelden voor de 11e, dan behandelt onze raad de kadernota. Lid blijf ik natuurlijk
            gewoon, hè!

            Groetjes Annemiek
            """
        ),
    },
    {
        "id": "h49-026",
        "kind": "autoreply",
        "sender": "Yvonne Raedts <y.raedts@roerdalsamen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INVITE,
        "body": _(
            """
            Ik ben met zwangerschapsverlof tot en met 31 mei. Uw bericht wordt niet doorgestuurd.
            Voor aanmeldingen en afmeldingen voor bijeenkomsten en andere afspraken kunt u terecht bij mijn collega
            Stefan Dirkx (s.dirkx@roerdalsamen.nl).
            """
        ),
    },
    {
        "id": "h49-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Koen Smulders <k.smulders@peelvenensamen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "apple",
        "body": _(
            """
            Laat die wachtlijstplek maar zitten: het college heeft op de 11e een extra heisessie gepland. Geef
            'm aan een ander.

            Gr Koen

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h49-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerard Tobben <g.tobben@leudonk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Vorige week heb ik afgezegd, maar de raadsvergadering is een week opgeschoven. Dus toch: ik kom! Zet
            me maar weer op de lijst.

            Groet,
            Gerard Tobben
            """
        ),
    },
    {
        "id": "h49-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hanneke Bongers <h.bongers@grotepeel-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de plaats van mijn directeur graag in en neem een collega van
            Financiën mee als gast. Tot donderdag de 11e!

            Hanneke Bongers
            """
        ),
    },
    {
        "id": "h49-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lieke Verhoeven <lieke.verhoeven@dommelpeel.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Den 18e kan ik ook, zet me er dus maar gewoon op. Fijn dat het in het Provinciehuis is, dan pak ik
            gewoon de trein.

            Houdoe, Lieke
            """
        ),
    },
    # --- maart: herinnering en atelier ----------------------------------------------------------------------------
    {
        "id": "h49-031",
        "kind": "autoreply",
        "sender": "Jos Hendrikx <jos.hendrikx@roerdalsamen.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Gelezen: " + REMIND,
        "body": _(
            """
            Uw bericht

                Aan: Jos Hendrikx
                Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
                Verzonden: maandag 8 maart 2027 09:12:04 (UTC+01:00)

            is gelezen op maandag 8 maart 2027 10:47:31 (UTC+01:00).
            """
        ),
    },
    {
        "id": "h49-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dennis van Bussel <d.vanbussel@kempenpeel.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik lig met griep in bed 🤒 Geef mijn plek maar aan iemand van de wachtlijst.

            Gr, Dennis

            Outlook voor Android downloaden
            """
        ),
    },
    {
        "id": "h49-033",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@neerhorst.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + REMIND,
        "body": _(
            """
            Kan niet bezorgen bij deze ontvangers of groepen:

            h.dassen@neerhorst.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger
            en probeer het bericht opnieuw te verzenden.

            Diagnostische informatie voor beheerders:
            Genererende server: MX01.neerhorst.nl
            h.dassen@neerhorst.nl
            Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
            """
        ),
    },
    {
        "id": "h49-034",
        "kind": "subscribe",
        "sender": "Toon Manders <t.manders@middenpeel.nl>",
        "quote": "none",
        "subject": "Nieuw lid voor het netwerk",
        "body": _(
            """
            Stan,

            Wil je onze nieuwe directeur bedrijfsvoering ook aanmelden? Ramon Bisschops, r.bisschops@middenpeel.nl.
            Ik heb hem na het atelier van vorige week zo enthousiast verteld hoe het was dat hij ook wil.

            Groet, Toon
            """
        ),
    },
    {
        "id": "h49-035",
        "kind": "confirm",
        "sender": "Karin Linders <k.linders@echterbosch.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd! Ik kijk uit naar mijn eerste atelier.

            Karin Linders
            Directeur Werkorganisatie Echterbosch
            """
        ),
    },
    {
        "id": "h49-036",
        "kind": "confirm",
        "sender": "Ramon Bisschops <r.bisschops@middenpeel.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja klopt, dat ben ik 👍 Toon had me al gewaarschuwd dat deze zou komen.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    # --- april: vervolg en bedankt ----------------------------------------------------------------------------------
    {
        "id": "h49-037",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Stefan Dirkx <s.dirkx@roerdalsamen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Wat een fijne middag was het, en de rit terug naar het zuiden ging ook nog vlot.

            Voor de volgende keer zou ik het graag hebben over: hoe meet je of inwoners in de kleine kernen
            tevreden zijn over wat wij voor ze doen? We hebben een mooi dashboard met klantcijfers, maar de dorpen
            vallen er steeds buiten.

            Groet,
            Stefan
            """
        ),
    },
    {
        "id": "h49-038",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Ingeborg Fleuren <i.fleuren@neerhorst.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor het verslag. Twee onderwerpen voor het najaar:
            - strategische personeelsplanning: in de grensstreek trekken Duitse en Belgische werkgevers aan ons
              technisch personeel, hoe houden anderen hun formatie op peil?
            - de positie van een kleine werkorganisatie in de regionale samenwerking met de centrumgemeente, nu de
              regiodeal wordt verdeeld

            Met vriendelijke groet,
            Ingeborg Fleuren
            Werkorganisatie Neerhorst
            """
        ),
    },
    {
        "id": "h49-039",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jos Hendrikx <jos.hendrikx@roerdalsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nog eentje om toe te voegen: de doorlooptijden van vergunningen voor ondernemers op onze
            bedrijventerreinen. Die klagen steen en been bij de wethouder. Hoe houden andere werkorganisaties dat
            bij?

            Jos
            """
        ),
    },
    {
        "id": "h49-040",
        "kind": "other",
        "sender": "Wiel Smeets <w.smeets@maasroer.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Top middag gehad, merci! Vooral het verhaal van die collega uit Zeeland bleef hangen. Het verslag lees
            ik morgen in de trein.

            Wiel

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    # --- mei/juni: AVG en adreswijziging -----------------------------------------------------------------------------
    {
        "id": "h49-041",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Roel Kerkhofs <r.kerkhofs@maasroer.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens te wissen en mij uit te schrijven uit
            het netwerk. Per 1 juni ben ik niet langer werkzaam bij Werkorganisatie MaasRoer.

            Hoogachtend,

            ir. R.J.M. Kerkhofs
            """
        ),
    },
    {
        "id": "h49-042",
        "kind": "other",
        "sender": "Sandra Mertens <s.mertens@peelvenensamen.nl>",
        "quote": "none",
        "subject": "Vraag over mijn gegevens",
        "body": _(
            """
            Hallo,

            Onze functionaris gegevensbescherming vraagt alle directieleden na te gaan op welke externe lijsten ze
            staan. Welke gegevens van mij hebben jullie eigenlijk vastgelegd, en hoelang bewaren jullie die? Een
            kort overzicht zou fijn zijn.

            Groet,
            Sandra Mertens
            """
        ),
    },
    {
        "id": "h49-043",
        "kind": "subscribe",
        "sender": "Esther Bemelmans <e.bemelmans@weertheide.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Oeps, dat ging mis: bij het opschonen van mijn inbox is er kennelijk op de verkeerde knop gedrukt.
            Ik wil graag lid blijven!

            Esther Bemelmans
            """
        ),
    },
    {
        "id": "h49-044",
        "kind": "other",
        "sender": "Marcel Poels <m.poels@thornerveld.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres per 1 juli",
        "body": _(
            """
            Hoi allebei,

            Per 1 juli gaan we over op het domein van de nieuwe uitvoeringsorganisatie. Mijn adres wordt dan
            m.poels@maasgouwen-uo.nl. Willen jullie dat in je lijst aanpassen, zodat de uitnodiging voor het
            najaar goed aankomt?

            Gr Marcel
            """
        ),
    },
    # --- zomer: bouwvak -------------------------------------------------------------------------------------------
    {
        "id": "h49-045",
        "kind": "autoreply",
        "sender": "Gerard Tobben <g.tobben@leudonk.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + CALL,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tijdens de bouwvak ben ik afwezig, tot en met maandag 9 augustus. Mail wordt in die periode niet
            gelezen. Bij dringende zaken kunt u het bestuurssecretariaat bellen: 0475 - 41 90 00.
            """
        ),
    },
    {
        "id": "h49-046",
        "kind": "autoreply",
        "sender": "Rob Heesakkers <r.heesakkers@peelrandsamen.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Dit adres is niet meer in gebruik (was: " + REMIND + ")",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Uw bericht is niet doorgestuurd.
            Voor Peelrand Samen kunt u mailen naar info@peelrandsamen.nl.
            """
        ),
    },
    {
        "id": "h49-047",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@mail.kempenpeel.nl>",
        "quote": "none",
        "subject": "Niet afgeleverd: " + CALL,
        "body": _(
            """
            Dit is een automatisch bericht van de mailserver van mail.kempenpeel.nl.

            Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:

              t.hoebergen@kempenpeel.nl
                Reden: 552 5.2.2 mailbox vol (quota exceeded)

            Na drie pogingen is het bericht verwijderd.
            """
        ),
    },
    # --- najaar: vertrek en overdracht --------------------------------------------------------------------------------
    {
        "id": "h49-048",
        "kind": "unsubscribe",
        "sender": "Paul Vestjens <p.vestjens@thornervelden.nl>",
        "quote": "none",
        "subject": "Opvolging Thornervelden",
        "body": _(
            """
            Beste Melanie,

            Per 1 september vertrek ik naar de veiligheidsregio. Mijn opvolger als algemeen directeur van
            Thornervelden is Loes Verstappen, l.verstappen@thornervelden.nl. Wil je haar in mijn plaats opnemen
            en mij van de lijst halen?

            Dank voor alle mooie ateliers!
            Paul
            """
        ),
    },
    {
        "id": "h49-049",
        "kind": "other",
        "sender": "Guus Rutten <g.rutten@swalmstreek.nl>",
        "quote": "none",
        "subject": "Alvast: overdracht per 1 januari",
        "body": _(
            """
            Hoi Stan,

            Even vooruitlopend op wat komen gaat: per 1 januari draag ik het stokje over aan Carlijn Leenders
            (c.leenders@swalmstreek.nl). Tot die tijd blijf ik gewoon lid, en het najaarsatelier pak ik nog graag
            mee. Kun je Carlijn alvast noteren?

            Gr Guus
            """
        ),
    },
    {
        "id": "h49-050",
        "kind": "unsubscribe",
        "sender": "Stefan Dirkx <s.dirkx@roerdalsamen.nl>",
        "quote": "none",
        "subject": "Ik stop",
        "body": _(
            """
            Hoi,

            Per 1 oktober stop ik bij Roerdal Samen, ik ga naar de provincie. Mijn opvolger wordt vrijwel zeker
            Wendy Kusters; haar mailadres heb ik nog niet, dat volgt. Mij mogen jullie van de lijst halen.

            Doei!
            Stefan
            """
        ),
    },
    {
        "id": "h49-051",
        "kind": "other",
        "sender": "Ingeborg Fleuren <i.fleuren@neerhorst.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Hub Dassen is sinds de zomer met pensioen; zijn mail komt nu bij mij terecht. Wie zijn functie
            overneemt is nog niet bekend.

            Met vriendelijke groet,
            Ingeborg Fleuren
            """
        ),
    },
    {
        "id": "h49-052",
        "kind": "unsubscribe",
        "sender": "Tineke Hoebergen <t.hoebergen@kempenpeel.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Zoals jullie vragen: mijn opvolger is Femke Aarts, f.aarts@kempenpeel.nl,
            per 1 november directeur. Ze heeft er zin in!

            Tineke
            """
        ),
    },
    {
        "id": "h49-053",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Ahmed El Khattabi <ahmed.elkhattabi@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Please take me off this list and erase whatever personal data you hold on me. I left the public sector
            in August, so none of this applies any more.

            Thanks,
            Ahmed
            """
        ),
    },
    {
        "id": "h49-054",
        "kind": "subscribe",
        "sender": "Pieter-Jan Vanderstraeten <pj.vanderstraeten@peelenaa-bvo.nl>",
        "quote": "none",
        "subject": "Membership directors' network",
        "body": _(
            """
            Hello,

            Last month I started as interim general director of BVO Peel en Aa. I'm Belgian, so forgive me for
            writing in English. Could you sign me up for the directors' network? Colleagues tell me the ateliers
            are worth the drive.

            Kind regards,
            Pieter-Jan Vanderstraeten
            """
        ),
    },
    {
        "id": "h49-055",
        "kind": "confirm",
        "sender": "Lei Joosten <l.joosten@maasgouwen-uo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Jao, dat klopt zoe. Sjoen dat 't niks kost!

            Lei Joosten
            """
        ),
    },
    {
        "id": "h49-056",
        "kind": "other",
        "sender": "Femke Claessens <f.claessens@middenpeel.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ik ken dit netwerk niet en heb niets bevestigd. Vanwaar hebben jullie mijn e-mailadres? Dat wil ik
            graag weten voordat ik hier verder iets mee doe.

            F. Claessens
            """
        ),
    },
    {
        "id": "h49-057",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Femke Aarts <f.aarts@kempenpeel.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Leuk, dank! Ik heb meteen een onderwerp: een eigen koers voor de werkorganisatie, los van de
            collegeprogramma's. Hoe stel je een visie voor 2035 op die verder kijkt dan één bestuursperiode?

            Femke

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h49-058",
        "kind": "other",
        "sender": "Carlijn Leenders <c.leenders@swalmstreek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Bij deze bevestigd. Vraagje: is het netwerk alleen voor de algemeen directeur, of mogen onze twee
            adjunct-directeuren ook lid worden? Bij ons is de directie drieledig.

            Carlijn Leenders
            """
        ),
    },
]
# fmt: on
