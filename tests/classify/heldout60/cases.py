"""heldout60: a year of mail from the werkorganisaties of Noord-Holland Noord (Kop, Texel, Den Helder region).

The writers are directors, adjuncts, directiesecretaresses and servicedesks of invented shared civil-service
organisations in the Kop van Noord-Holland and on Texel: Werkorganisatie Marsdiep, Texelstroom, GR Kop-Oost Samen,
Polderkop, Duinrand Noord, WZ Werkt, Wierhaven, Noordkaap, Stelling Noord, Calpet and the soon dissolved Waddenpoort.
The mail follows a year around the spring atelier: sign-ups of new directors in January, the call for themes, the
invitation and its change of date, the reminder, the follow-up, and the departures, renamings and hand-overs of the
summer. Regional worries recur (the ferry to Texel, the long trip to Utrecht, the Marine, the labour market in the
Kop). Writers range from a formal gemeentesecretaris to a chatty adjunct, one German and one Irish-born director
who write English, and assistants who handle a director's agenda. About a third of the cases are hard.

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a later mail carries the latest answer (a no turned into a yes is an rsvp
  True).
- Under the call for themes, the follow-up or the thank-you, a proposed topic is a suggestion and a mere "I'll be
  there" is an rsvp; a proposal about the form or place of the ateliers is other. A topic proposed under the
  invitation or the welcome is a suggestion too; backing another member's topic, or asking to present, is other.
- Leaving and declining in one mail is unsubscribe; declining the atelier while staying a member, or declining with a
  substitute, is rsvp False; withdrawing from the waiting list is rsvp False.
- A hand-over with the successor's address, or leaving with a successor named but no address yet, is unsubscribe; a
  hand-over at a later date with "tot die tijd blijf ik lid" is other; a colleague reporting that someone left is
  other. An address change is other.
- An AVG erasure request is unsubscribe with erase True, also with a question beside it.
- Signing up one named colleague with an address is subscribe; two people is other. "Lid blijven" under our goodbye
  is subscribe.
- A plain denial under the confirmation mail, also one asking who did it, is unsubscribe; a denial asking where the
  address came from is other.
- A signature or a disclaimer alone under the confirmation mail is confirm; an assistant confirming from her own
  address, or a confirmation with a real question beside it, is other. A yes on a condition is other; an assistant
  answering in reply to the invitation is rsvp, her forward with a line above it is other.
- A remark only about the guest (and not about coming) is other.
- Out-of-office, read receipts, ticket systems and "address no longer in use" are autoreply with the thread their
  headers point to; delivery failures are bounce without a thread. Replies to the follow-up use thread followup.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- January: new directors sign up, confirmations -------------------------------------------------------
    {
        "id": "h60-001",
        "kind": "subscribe",
        "sender": "Hiske Boonstra <h.boonstra@marsdiep-wo.nl>",
        "quote": "none",
        "subject": "Aanmelding directeurennetwerk",
        "body": _(
            """
            Goedemiddag,

            Sinds 4 januari ben ik algemeen directeur van Werkorganisatie Marsdiep, de ambtelijke organisatie
            van Helderduin en Oostkaap. Mijn voorganger wees me bij de overdracht op uw netwerk; hij had er
            naar eigen zeggen meer aan dan aan menig congres. Ik sluit me er dan ook graag bij aan. Kunt u mij
            op dit adres inschrijven?

            Met vriendelijke groet,

            Hiske Boonstra
            Algemeen directeur | Werkorganisatie Marsdiep
            T 0223 - 67 41 20
            """
        ),
    },
    {
        "id": "h60-002",
        "kind": "confirm",
        "sender": "Hiske Boonstra <h.boonstra@marsdiep-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Bij deze bevestigd. Fijn dat het kosteloos is, scheelt me weer een inkoopformulier ;-)

            Hiske
            """
        ),
    },
    {
        "id": "h60-003",
        "kind": "subscribe",
        "sender": "Fenna Visser-Rab <directiesecretariaat@kopoostsamen.nl>",
        "quote": "none",
        "subject": "Aanmelding dhr. R. Zwaan",
        "body": _(
            """
            Beste secretariaat,

            Onze nieuwe directeur bedrijfsvoering, de heer Reinier Zwaan, wil graag lid worden van het
            directeurennetwerk. Zijn e-mailadres is r.zwaan@kopoostsamen.nl. Wilt u de bevestiging
            rechtstreeks aan hem sturen? Hij zit deze weken van overleg naar overleg, vandaar dat ik het
            even voor hem regel.

            Vriendelijke groeten,
            Fenna Visser-Rab
            Directiesecretariaat GR Kop-Oost Samen
            """
        ),
    },
    {
        "id": "h60-004",
        "kind": "confirm",
        "sender": "Reinier Zwaan <r.zwaan@kopoostsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Reinier Zwaan
            Directeur bedrijfsvoering
            GR Kop-Oost Samen
            Postbus 118, 1764 ZJ Oostkaap
            """
        ),
    },
    {
        "id": "h60-005",
        "kind": "subscribe",
        "sender": "Jens Meiners <j.meiners@wierhaven.nl>",
        "quote": "none",
        "subject": "Membership of the directors' network",
        "body": _(
            """
            Hello,

            Three weeks ago I started as interim director of Werkorganisatie Wierhaven. My Dutch is improving
            but not yet good enough for formal mail, so please forgive the English. A colleague from one of
            the other werkorganisaties in the Kop told me your network is the place to meet peers who deal
            with the same split loyalties I now have between two councils.

            Could you please add me as a member? This address is fine.

            Kind regards,
            Jens Meiners
            Interim-directeur Werkorganisatie Wierhaven
            """
        ),
    },
    {
        "id": "h60-006",
        "kind": "confirm",
        "sender": "Jens Meiners <j.meiners@wierhaven.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Sorry, the first message ended up in quarantine and I only found it today. Yes, confirmed.

            Jens

            Sent from my iPad
            """
        ),
    },
    {
        "id": "h60-007",
        "kind": "subscribe",
        "sender": "Sjoerd Bakelaar <s.bakelaar@polderkop.nl>",
        "quote": "none",
        "subject": "Nieuw lid voor jullie lijst",
        "body": _(
            """
            Stan, Melanie,

            Sinds deze maand hebben we eindelijk een adjunct-directeur: Lotte Hoogeboom. Zij gaat onder meer
            de lijntjes met de andere werkorganisaties in de Kop onderhouden, dus jullie netwerk past haar als
            een jas. Zetten jullie haar erop? l.hoogeboom@polderkop.nl

            Groet,
            Sjoerd
            """
        ),
    },
    {
        "id": "h60-008",
        "kind": "confirm",
        "sender": "Lotte Hoogeboom <l.hoogeboom@polderkop.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Lotte Hoogeboom
            adjunct-directeur | Ambtelijke organisatie Polderkop
            06 - 41 87 22 05 | www.polderkop.nl

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is,
            wordt u verzocht de afzender hiervan op de hoogte te stellen en het bericht te verwijderen. Aan
            dit bericht kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "h60-009",
        "kind": "subscribe",
        "sender": "Trijntje Eelman <t.eelman@duinrandnoord.nl>",
        "quote": "none",
        "subject": "Na ons gesprek in de koffiepauze",
        "body": _(
            """
            Beste Melanie,

            Wat leuk dat we elkaar vorige week tegenkwamen bij die regiobijeenkomst over de
            woningbouwopgave. Ik heb thuis nog lang nagedacht over wat je zei over werkorganisaties die
            ongemerkt de vierde bestuurslaag worden; bij ons in Duinrand Noord herken ik dat helaas maar al
            te goed. Onze gemeentesecretaris zit al in jullie netwerk, maar als directeur bedrijfsvoering
            loop ik tegen heel andere dingen aan.

            Afijn, lang verhaal kort: zet me maar op de ledenlijst, dit adres graag.

            Hartelijke groet,
            Trijntje Eelman
            """
        ),
    },
    {
        "id": "h60-010",
        "kind": "confirm",
        "sender": "Trijntje Eelman <t.eelman@duinrandnoord.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ja hoor, doe maar. Ik dacht echt dat ik dat al gedaan had!
            T. Eelman
            """
        ),
    },
    {
        "id": "h60-011",
        "kind": "confirm",
        "sender": "Aad Schermer <a.schermer@calpet.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Klopt, dit is mijn adres en ik meld mij hierbij aan.

            A.J. Schermer
            gemeentesecretaris-directeur Calpet
            """
        ),
    },
    {
        "id": "h60-012",
        "kind": "other",
        "sender": "Marloes Ruijter <m.ruijter@stellingnoord.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik beheer het postvak en de agenda van de heer Keijzer. Hierbij bevestig ik namens hem zijn
            aanmelding voor het netwerk; hij heeft mij daar gisteren om gevraagd.

            Met vriendelijke groet,
            Marloes Ruijter
            Managementassistent directie Stelling Noord
            """
        ),
    },
    {
        "id": "h60-013",
        "kind": "other",
        "sender": "Ellen Dekker-Smit <e.dekker@calpet.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Hierbij bevestigd. Wel een vraag vooraf: mag mijn plaatsvervanger, onze concerncontroller, ook
            op de verzendlijst? Of is het netwerk echt alleen voor directeuren bedoeld? Hij vervangt mij
            regelmatig in het directieoverleg.

            Ellen
            """
        ),
    },
    {
        "id": "h60-014",
        "kind": "unsubscribe",
        "sender": "Esmee Kaan <e.kaan@noordkaap-ao.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb me hier niet voor aangemeld. Ik ben beleidsadviseur bij Noordkaap, geen directeur, dus
            vermoedelijk heeft iemand mijn adres per ongeluk ingevuld. Weet u wie dat gedaan heeft?

            Esmee Kaan
            """
        ),
    },
    {
        "id": "h60-015",
        "kind": "other",
        "sender": "Griffie Wierhaven <griffie@wierhaven.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Vanuit de griffie hebben wij ons niet voor enig netwerk aangemeld. Dit is een functioneel adres
            van de griffie van de gemeenteraad. Graag vernemen wij hoe u aan dit adres gekomen bent.

            Met vriendelijke groet,
            namens de griffie,
            H. Blaauboer
            """
        ),
    },
    {
        "id": "h60-016",
        "kind": "other",
        "sender": "Hiske Boonstra <h.boonstra@marsdiep-wo.nl>",
        "quote": "none",
        "subject": "Nog twee aanmeldingen vanuit Marsdiep",
        "body": _(
            """
            Hallo Stan,

            Ik ben inmiddels lid en ik vind dat mijn twee sectordirecteuren er ook bij moeten. Kun je Cor
            Bakker (c.bakker@marsdiep-wo.nl) en Niels Oudejans (n.oudejans@marsdiep-wo.nl) aanmelden? Of
            moeten ze dat echt zelf doen?

            Dank!
            Hiske
            """
        ),
    },
    # --- December/January: the call for themes and the suggestions --------------------------------------------
    {
        "id": "h60-017",
        "kind": "autoreply",
        "sender": "Jens Meiners <j.meiners@wierhaven.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig / Out of office: Welke thema's wilt u bespreken? Leer- en inspireer-atelier "
                   "11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik ben met kerstverlof tot en met maandag 4 januari en lees mijn mail niet.
            I am on Christmas leave until Monday 4 January and will not read my mail.

            Voor dringende zaken / urgent matters: secretariaat@wierhaven.nl of 0227 - 58 30 00.
            """
        ),
    },
    {
        "id": "h60-018",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Sjoerd Bakelaar <s.bakelaar@polderkop.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Eén onderwerp van mijn kant:

            Hoe ziet de werkorganisatie er in 2035 uit? Krimp en vergrijzing slaan in de Kop harder toe dan
            elders, en ik wil graag met collega's verkennen hoe je nu al een koers uitzet voor een
            organisatie die over tien jaar met een derde minder inwoners te maken heeft.

            Sjoerd Bakelaar
            algemeen directeur Polderkop
            """
        ),
    },
    {
        "id": "h60-019",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Yasmina El Khattabi <y.elkhattabi@noordkaap-ao.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi,

            Twee dingen die bij ons spelen:
            - zaakgericht werken: hoe krijg je álle teams mee, ook de buitendienst die liever met papier werkt
            - de lange wachttijden aan de balie burgerzaken in het toeristenseizoen, als de halve camping
              ineens een paspoort kwijt is

            Groetjes,
            Yasmina El Khattabi
            directeur dienstverlening Noordkaap
            """
        ),
    },
    {
        "id": "h60-020",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Trijntje Eelman <t.eelman@duinrandnoord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat ik mis in de discussies die ik tot nu toe heb meegemaakt: de positie van een werkorganisatie
            in de regio. Wij zitten in Duinrand Noord tussen de regionale afspraken over wonen, de
            uitbreiding van de Marinebasis en een provincie die graag één aanspreekpunt wil. Wie
            vertegenwoordigt dan wie aan tafel, de gemeenten afzonderlijk of de werkorganisatie namens hen?

            Daar zou ik graag een middag over praten.

            Trijntje
            """
        ),
    },
    {
        "id": "h60-021",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jens Meiners <j.meiners@wierhaven.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            One topic from me: how do you monitor the performance of your services to residents when each
            municipality has agreed its own service levels? We would like a shared dashboard for the KCC and
            permits, but every council wants different figures.

            Best,
            Jens
            """
        ),
    },
    {
        "id": "h60-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ellen Dekker-Smit <e.dekker@calpet.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Eerlijk gezegd heb ik geen onderwerp paraat, jullie krijgen vast genoeg. Maar 11 maart staat al
            met dikke letters in mijn agenda: ik ben er.

            Ellen
            """
        ),
    },
    {
        "id": "h60-023",
        "kind": "other",
        "sender": "Aad Schermer <a.schermer@calpet.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Geacht secretariaat,

            Ik sluit mij graag aan bij het onderwerp dat de heer Bakelaar tijdens het vorige atelier
            aansneed: de toekomst van de werkorganisatie bij krimp. Zelf heb ik niets nieuws toe te voegen,
            maar dat onderwerp verdient wat mij betreft een volle middag.

            Hoogachtend,
            A.J. Schermer
            """
        ),
    },
    {
        "id": "h60-024",
        "kind": "other",
        "sender": "Niels Oudejans <n.oudejans@marsdiep-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Wij hebben in december met de drie raden onze nieuwe visie op dienstverlening vastgesteld, na
            een traject van anderhalf jaar met inwonerspanels. Zou ik die op het atelier als casus mogen
            presenteren? Een minuut of tien is genoeg, daarna graag kritische vragen van collega's.

            Met vriendelijke groet,
            Niels Oudejans
            sectordirecteur Publiek, Werkorganisatie Marsdiep
            """
        ),
    },
    {
        "id": "h60-025",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Yasmina El Khattabi <y.elkhattabi@noordkaap-ao.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Nog eentje, schoot me vanochtend te binnen onder de douche: hoe meten jullie de tevredenheid van
            ondernemers? Wij hebben keurige KCC-cijfers, maar over hoe een vergunningtraject voor een
            strandpaviljoen wordt ervaren weten we helemaal niets.
            """
        ),
    },
    {
        "id": "h60-026",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Lotte Hoogeboom <l.hoogeboom@polderkop.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor het warme welkom! U vraagt of ik al een onderwerp heb: jazeker. De krapte op de
            arbeidsmarkt. Onze vacatures voor vergunningverleners en informatiemanagers krijgen we in de Kop
            bijna niet gevuld, en de inhuur loopt de spuigaten uit. Ik ben benieuwd hoe anderen hun formatie
            rond krijgen.

            Lotte Hoogeboom
            """
        ),
    },
    {
        "id": "h60-027",
        "kind": "autoreply",
        "sender": "Lotte Hoogeboom <l.hoogeboom@polderkop.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Gelezen: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Uw bericht

                Aan: Lotte Hoogeboom
                Onderwerp: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties
                Verzonden: dinsdag 26 januari 2027 10:14:07 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is gelezen op dinsdag 26 januari 2027 11:02:51 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    # --- February: the invitation, answers and automatic mail -----------------------------------------------
    {
        "id": "h60-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Maarten Kooiman <m.kooiman@texelstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik kom! Met z'n tweeën: ik neem onze controller Hidde Ran mee. We nemen de boot van half
            negen, dus we zijn er ruim op tijd, al is het maar om de file bij Alkmaar voor te zijn.

            Maarten
            """
        ),
    },
    {
        "id": "h60-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Boersen <r.boersen@wzwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, helaas. Op 11 maart is er een extra vergadering van het algemeen bestuur over de
            begrotingswijziging van de GR, en daar moet ik bij zijn. Volgende keer beter.

            Ruud Boersen
            directeur WZ Werkt
            """
        ),
    },
    {
        "id": "h60-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yasmina El Khattabi <y.elkhattabi@noordkaap-ao.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking "
                   "& eigenheid [atelier:2027-1]",
        "body": _(
            """
            Staat erin, tot dan!
            """
        ),
    },
    {
        "id": "h60-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sjoerd Bakelaar <s.bakelaar@polderkop.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Afgewezen: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking "
                   "& eigenheid [atelier:2027-1]",
        "body": _(
            """
            Dubbel geboekt met het portefeuillehoudersoverleg, sorry.
            """
        ),
    },
    {
        "id": "h60-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Ruijter <m.ruijter@stellingnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Keijzer laat ik u weten dat hij op 11 maart aanwezig zal zijn, zonder gast. Ik
            heb het atelier in zijn agenda gezet.

            Met vriendelijke groet,
            Marloes Ruijter
            Managementassistent directie Stelling Noord
            """
        ),
    },
    {
        "id": "h60-033",
        "kind": "other",
        "sender": "Joke Dijt <j.dijt@texelstroom.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Hallo Stan,

            Ik stuur deze even door omdat Kees Dros, onze adjunct, hem niet heeft ontvangen en ook graag
            meegaat. Kan hij nog aansluiten naast Maarten en Hidde, of is dat één te veel van Texelstroom?

            Groetjes,
            Joke Dijt
            secretariaat directie Texelstroom
            """
        ),
    },
    {
        "id": "h60-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Trijntje Eelman <t.eelman@duinrandnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik kan zelf niet, die dag hebben we onze MT-heidag en die kan ik als voorzitter moeilijk
            overslaan. Mijn collega Bart Zeeman, hoofd financiën, komt graag in mijn plaats:
            b.zeeman@duinrandnoord.nl

            Trijntje
            """
        ),
    },
    {
        "id": "h60-035",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bart Zeeman <b.zeeman@duinrandnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste heer Van de Laar,

            Dank voor de uitnodiging, maar ook ik moet helaas verstek laten gaan: op die middag zit ik met
            de accountant over de jaarrekening. Ik heb Trijntje al laten weten dat het niet doorgaat.

            Met vriendelijke groet,
            Bart Zeeman
            """
        ),
    },
    {
        "id": "h60-036",
        "kind": "other",
        "sender": "Jikke Bakker <j.bakker@texelstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Ik zou graag komen, maar om vier uur moet ik weg: die avond is er een raadsinformatieavond over
            het sociaal domein die ik voorbereid. Heeft het zin om dan toch te komen, of mis ik het
            belangrijkste deel van de middag? Laat u het even weten, dan meld ik me definitief aan.

            Jikke Bakker
            directeur Sociaal Domein Texelstroom
            """
        ),
    },
    {
        "id": "h60-037",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Mirjam Kalf <m.kalf@wierhaven.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Deze keer moet ik passen. Wel een onderwerp voor een volgende keer: hoe richt je de
            controlfunctie in binnen een werkorganisatie? Eén concerncontroller voor twee gemeenten en de GR
            zelf, kan dat eigenlijk wel zonder dat iemand zich tekortgedaan voelt?

            Mirjam

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h60-038",
        "kind": "autoreply",
        "sender": "Cor Bakker <c.bakker@marsdiep-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben afwezig tot en met maandag 22 februari en lees in die periode geen
            e-mail. Uw bericht wordt niet doorgestuurd.

            Voor dringende zaken kunt u contact opnemen met het directiesecretariaat: 0223 - 67 41 00.

            Cor Bakker
            sectordirecteur Ruimte, Werkorganisatie Marsdiep
            """
        ),
    },
    {
        "id": "h60-039",
        "kind": "autoreply",
        "sender": "Servicedesk Texelstroom <servicedesk@texelstroom.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "[Melding 2027-004518] Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Beste melder,

            Uw bericht is ontvangen en geregistreerd onder meldingsnummer 2027-004518. Een medewerker van
            de servicedesk neemt uw melding binnen twee werkdagen in behandeling.

            Wilt u iets toevoegen? Antwoord dan op deze e-mail en laat het meldingsnummer in het onderwerp
            staan.

            Dit is een automatisch gegenereerd bericht.
            Servicedesk Texelstroom | Informatievoorziening & Automatisering
            """
        ),
    },
    {
        "id": "h60-040",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ruud Boersen <r.boersen@wzwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Kleine koerswijziging: eerder meldde ik mij af vanwege het AB, maar die vergadering is naar
            april geschoven. Als er nog een plek is, kom ik dus toch graag.

            Ruud
            """
        ),
    },
    {
        "id": "h60-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "Reinier Zwaan <r.zwaan@kopoostsamen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Inmiddels heb ik die middag een sollicitatiegesprek voor onze nieuwe teamleider ingepland,
            dus u kunt mij van de wachtlijst halen. Dan kan iemand anders mijn beurt nemen.

            Reinier Zwaan
            """
        ),
    },
    {
        "id": "h60-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Aad Schermer <a.schermer@calpet.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            De 18e komt mij eerlijk gezegd beter uit dan de 11e. Ik ben erbij, in het Provinciehuis dan.

            A.J. Schermer
            """
        ),
    },
    {
        "id": "h60-043",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.polderkop.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.polderkop.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <p.vlaming@polderkop.nl>: host mail.polderkop.nl[10.12.4.20] said: 550 5.1.1
                <p.vlaming@polderkop.nl>: Recipient address rejected: User unknown in virtual
                mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    # --- March: the reminder and the days before the atelier ------------------------------------------------
    {
        "id": "h60-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Cor Bakker <c.bakker@marsdiep-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ik moet me helaas afmelden voor het atelier van donderdag. Er ligt een schip met lekkage in de
            haven en als crisiscoördinator kan ik hier niet weg. Lid blijf ik uiteraard, ik hoop de volgende
            keer wel te kunnen.

            Cor
            """
        ),
    },
    {
        "id": "h60-045",
        "kind": "other",
        "sender": "Maarten Kooiman <m.kooiman@texelstroom.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Kleine correctie op uw herinnering: die gast klopt niet meer. Hidde moet die middag toch naar de
            accountant, dus één stoel minder aan de Texelse kant.

            M. Kooiman
            """
        ),
    },
    {
        "id": "h60-046",
        "kind": "autoreply",
        "sender": "Bert Witte <b.witte@wzwerkt.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Niet meer in gebruik: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
                   "[atelier:2027-1]",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. De heer Witte is met pensioen en uw bericht wordt niet
            doorgestuurd. Voor de directie van WZ Werkt kunt u terecht bij directie@wzwerkt.nl.
            """
        ),
    },
    {
        "id": "h60-047",
        "kind": "unsubscribe",
        "sender": "Niamh O'Connor-Bais <n.oconnor@kopoostsamen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Please take me off the list altogether, not just for Thursday. I moved to the Province of
            Noord-Holland last month and this mailbox is only forwarded to me until the end of March.
            Thanks for all the good afternoons!

            Niamh
            """
        ),
    },
    # --- After the atelier: the follow-up -------------------------------------------------------------------
    {
        "id": "h60-048",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Maarten Kooiman <m.kooiman@texelstroom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Mooi verslag, complimenten. Voor de volgende keer: de positie van een eilandgemeente in een
            samenwerking met gemeenten op de wal. Wie bepaalt het tempo, en hoe voorkom je dat de overtocht
            letterlijk en figuurlijk een drempel wordt tussen de partners?

            Maarten
            """
        ),
    },
    {
        "id": "h60-049",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "sender": "Ellen Dekker-Smit <e.dekker@calpet.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Dank jullie wel, ik heb er echt wat aan gehad.

            Voor het najaar zou ik het opdrachtgeverschap op tafel willen leggen: hoe regelen de gemeenten en
            de werkorganisatie wie waarover stuurt, met welk sturingsconcept, en hoe voorkom je dat drie
            wethouders tegelijk aan dezelfde beleidsmedewerker trekken?

            Ellen
            """
        ),
    },
    {
        "id": "h60-050",
        "kind": "other",
        "sender": "Kees Dros <k.dros@texelstroom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Stan en Melanie,

            Een idee over de vorm: houd een keer een atelier bij ons in de Kop, op Texel of in Den Helder.
            Utrecht is voor ons ruim tweeënhalf uur reizen, de boot meegerekend. Een middag op locatie bij
            een van de werkorganisaties, met een rondleiding erbij, geeft bovendien meer couleur locale dan
            een vergaderzaal.

            Groet,
            Kees Dros
            adjunct-directeur Texelstroom
            """
        ),
    },
    {
        "id": "h60-051",
        "kind": "autoreply",
        "sender": "Yasmina El Khattabi <y.elkhattabi@noordkaap-ao.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "Afwezig: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                   "[atelier:2027-1]",
        "body": _(
            """
            Tot en met 2 april ben ik met verlof. Uw mail wordt na mijn terugkomst gelezen. Voor zaken die
            niet kunnen wachten: bel het KCC van Noordkaap, 14 0227, en vraag naar de dienstdoende
            teamleider.
            """
        ),
    },
    # --- Spring and summer: departures, hand-overs, renamings -------------------------------------------------
    {
        "id": "h60-052",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Frans Hopman <f.hopman@noordkaap-ao.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u al mijn
            persoonsgegevens die u in het kader van het netwerk verwerkt, te verwijderen. Ik ontvang graag
            binnen de wettelijke termijn een bevestiging. Daarnaast verneem ik graag of mijn gegevens ook
            aan derden, bijvoorbeeld de leden van de Adviesraad, zijn verstrekt.

            Hoogachtend,
            mr. F.W. Hopman
            """
        ),
    },
    {
        "id": "h60-053",
        "kind": "bounce",
        "sender": "postmaster@stellingnoord.nl",
        "quote": "none",
        "subject": "Onbestelbaar: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 23 september 2027 "
                   "[atelier:2027-2]",
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij een of meer ontvangers.

            e.slikker@stellingnoord.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de
            ontvanger en probeer het bericht opnieuw te verzenden.

            Diagnostische gegevens voor beheerders:
            Genererende server: EXCH02.stellingnoord.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "h60-054",
        "kind": "unsubscribe",
        "sender": "Gert-Jan Schuyt <gj.schuyt@duinrandnoord.nl>",
        "quote": "none",
        "subject": "Stokje over",
        "body": _(
            """
            Beste Stan,

            Vandaag is mijn laatste werkdag bij Duinrand Noord; maandag begin ik bij de provincie. Mijn
            plek in het netwerk gaat naar Ilse Groenveld, die mij opvolgt als gemeentesecretaris:
            i.groenveld@duinrandnoord.nl. Mij mogen jullie uitschrijven.

            Dank voor de fijne jaren,
            Gert-Jan
            """
        ),
    },
    {
        "id": "h60-055",
        "kind": "other",
        "sender": "Marloes Ruijter <m.ruijter@stellingnoord.nl>",
        "quote": "none",
        "subject": "Ter info: vertrek mevrouw Slikker",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: onze directeur dienstverlening, mevrouw Eva Slikker, is per 1 mei uit dienst
            getreden. Haar mailbox wordt binnenkort opgeheven. Voor zover ik weet stond zij ook op uw
            verzendlijst.

            Met vriendelijke groet,
            Marloes Ruijter
            Managementassistent directie Stelling Noord
            """
        ),
    },
    {
        "id": "h60-056",
        "kind": "other",
        "sender": "Mirjam Kalf <m.kalf@wierhaven.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 oktober",
        "body": _(
            """
            Beste secretariaat,

            Na zes jaar vertrek ik per 1 oktober bij Wierhaven. Mijn opvolger, Arjen Bruin, is inmiddels
            benoemd; hij neemt dan ook mijn plaats in het netwerk over. Zijn adres wordt
            a.bruin@wierhaven.nl. Tot die tijd blijf ik gewoon lid, want ik wil het najaarsatelier in
            september nog graag meemaken.

            Hartelijke groet,
            Mirjam Kalf
            """
        ),
    },
    {
        "id": "h60-057",
        "kind": "other",
        "sender": "Reinier Zwaan <r.zwaan@kopoostsamen.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres per 1 juli",
        "body": _(
            """
            Geacht secretariaat,

            Per 1 juli gaat GR Kop-Oost Samen verder als Werkorganisatie Kop-Oost, en daarmee veranderen
            al onze mailadressen. Mijn nieuwe adres is r.zwaan@wokopoost.nl. Het oude adres blijft tot het
            eind van het jaar werken, maar ik ontvang uw berichten liever meteen op het nieuwe.

            Met vriendelijke groet,
            Reinier Zwaan
            """
        ),
    },
    {
        "id": "h60-058",
        "kind": "unsubscribe",
        "sender": "Anouk Tesselaar <a.tesselaar@waddenpoort-uo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Geen thema's van mijn kant dit keer, en eerlijk gezegd ook geen volgende keer. Waddenpoort wordt
            per 1 januari opgeheven: de gemeenten gaan elk hun eigen weg en mijn functie vervalt. Mijn plek
            in het netwerk zou ik gunnen aan Joost Buis, de kwartiermaker van de nieuwe ambtelijke
            organisatie, maar een mailadres heeft hij zelf nog niet. Mij mogen jullie uitschrijven.

            Met dank voor alles,
            Anouk
            """
        ),
    },
    {
        "id": "h60-059",
        "kind": "unsubscribe",
        "sender": "Bert Witte <bertwitte51@ziggo.nl>",
        "quote": "none",
        "subject": "Van de lijst",
        "body": _(
            """
            Beste mensen,

            Na 41 jaar openbaar bestuur, waarvan de laatste acht als directeur bedrijfsvoering van WZ Werkt,
            ben ik sinds 1 maart met pensioen. Mijn werkadres is opgeheven, vandaar dit privéadres. Ruud
            vertelde me dat jullie mails daar nog steeds naartoe gaan. Haal me alsjeblieft van de lijst; ik
            ga vissen bij Oudeschild en niet meer vergaderen.

            Bert Witte
            """
        ),
    },
    {
        "id": "h60-060",
        "kind": "subscribe",
        "sender": "Kees Dros <k.dros@texelstroom.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Hé, dit klopt niet! Tijdens mijn vakantie heeft een collega mijn postvak opgeschoond en daarbij
            kennelijk op jullie afmeldlink gereageerd. Ik wil graag lid blijven, juist nu wij de
            samenwerking met de wal aan het evalueren zijn.

            Kees
            """
        ),
    },
]
# fmt: on
