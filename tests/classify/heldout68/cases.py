"""heldout68: a year of mail from the shared civil-service organisations on the Noord-Veluwe and in IJssel-Vecht.

The writers are directors, adjunct-directeuren, directeuren bedrijfsvoering and their assistants of invented
werkorganisaties and GR's (Randmeerkust, BWT, Heidezoom, Veluwekust, Nuldernoord, Bosrand on the Noord-Veluwe;
IJsselvliet, Vechtstroom, Salland-Noord, Hardenvecht, De Kolk, Zwarte Broek, Oldeveld and Reestmond in IJssel-Vecht).
The year runs from new directors signing up and confirming, through the call for themes, the invitation, the
reminder and the change of date of the March atelier, to the follow-up, departures, hand-overs and privacy requests.
Some people write more than once; the mail clients range from Outlook (Dutch, English, with a line) to Gmail,
Apple Mail, GroupWise, Notes, a phone without a quote and an assistant's forward; one writer writes in English.

Conventions this set relies on (from the brief):
- The label follows what the writer asks now; a topic under any of our mails (welcome, invitation, thank-you) is a
  suggestion, also when the writer adds that they come; a reply to the call for themes that only says the writer
  comes is an rsvp; a proposal about place or time of the ateliers is other.
- Declining the atelier while staying a member, and declining with a substitute and the substitute's address, are
  rsvp False; a later mail carries the latest answer (a decline turned into a yes); keeping one's place after a
  change of date is rsvp True; an assistant answering in reply to the invitation is an rsvp, while an assistant's
  forward with a line above it is that assistant's new mail (other), as is a yes on a condition.
- Leaving the network and declining the atelier in one mail is unsubscribe; a successor named with or without an
  address is a hand-over (unsubscribe); a hand-over for a later date with "tot die tijd blijf ik lid" is other;
  a colleague reporting that someone left is other; "lid blijven" under our goodbye is subscribe.
- An AVG erasure with a question beside it is unsubscribe with erase; a request to see one's data is other.
- One colleague signed up with an address is subscribe; several people without addresses is other.
- A plain denial under our confirmation mail that asks who did it is unsubscribe; one that asks where we got the
  address is other; an empty reply or a signature alone under a confirmation mail is confirm; an assistant
  confirming for the director, or a confirmation with a real question, is other.
- A "nee" that only answers whether a guest comes is other; an address change is other; backing another member's
  topic without one's own is other.
- Themes are those of the proposal, not of the story told before it; two where a topic spans both or two topics
  are proposed. Out-of-office, read receipts, ticket systems and "no longer in use" are autoreply without a quote;
  delivery failures are bounce without a thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "h68-001",
        "kind": "subscribe",
        "sender": "Jolanda Brinkhorst <j.brinkhorst@randmeerkust.nl>",
        "subject": "Aanmelding directeurennetwerk",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Sinds 1 januari ben ik algemeen directeur van Werkorganisatie Randmeerkust, de ambtelijke organisatie
            van Strandhorst en Veldwijk. Een collega uit het Vechtdal wees me op uw netwerk en de ateliers, en ik
            sluit graag aan. Wilt u mij als lid inschrijven?

            Jolanda Brinkhorst
            algemeen directeur Werkorganisatie Randmeerkust / gemeentesecretaris Strandhorst
            j.brinkhorst@randmeerkust.nl | 0341 - 47 22 10
            """
        ),
    },
    {
        "id": "h68-002",
        "kind": "confirm",
        "sender": "Jolanda Brinkhorst <j.brinkhorst@randmeerkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h68-003",
        "kind": "subscribe",
        "sender": "Rutger Overmars <rutger.overmars@sallandnoord.nl>",
        "subject": "lidmaatschap netwerk",
        "quote": "none",
        "body": _(
            """
            Hoi,

            Zou ik op de ledenlijst mogen? Ben sinds deze maand directeur bij Salland-Noord (Olstermaten en
            Wijheweerd). Bij mijn vorige werkgever, een gewone gemeente, had ik zo'n kring niet, dus ik ben
            benieuwd.

            Rutger

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h68-004",
        "kind": "confirm",
        "sender": "Rutger Overmars <rutger.overmars@sallandnoord.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ja hoor, bij deze. Was hem vergeten.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h68-005",
        "kind": "subscribe",
        "sender": "Siobhan Kerrigan <s.kerrigan@ijsselvliet.nl>",
        "subject": "Request to join the network",
        "quote": "none",
        "body": _(
            """
            Dear secretariat,

            I have just started as interim directeur bedrijfsvoering at Werkorganisatie IJsselvliet, which serves
            Hasselveen and Kampermaten. My Dutch reading is fine but writing still takes me ages, so I hope English
            is acceptable.

            I would very much like to become a member of the network. Please use s.kerrigan@ijsselvliet.nl.

            Kind regards,
            Siobhan Kerrigan
            Interim directeur bedrijfsvoering | Werkorganisatie IJsselvliet
            """
        ),
    },
    {
        "id": "h68-006",
        "kind": "confirm",
        "sender": "Siobhan Kerrigan <s.kerrigan@ijsselvliet.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - and yes, this really is my own address. Thanks for the quick turnaround.

            Siobhan
            """
        ),
    },
    {
        "id": "h68-007",
        "kind": "confirm",
        "sender": "Marloes Tiehuis <m.tiehuis@vechtstroom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Met vriendelijke groet,

            drs. M.G. (Marloes) Tiehuis
            directeur bedrijfsvoering
            Vechtstroom werkorganisatie | gemeenten Ommerloo en Dalvenhuizen
            T 0529 - 38 41 00 | M 06 - 41 27 93 58
            """
        ),
    },
    {
        "id": "h68-008",
        "kind": "other",
        "sender": "Gerda Mensink <g.mensink@dekolk-gemeenten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Dijkhuis-Lamberts vroeg mij haar aanmelding voor uw netwerk af te ronden; ik beheer haar
            agenda en mailbox. Bij deze dus namens haar: akkoord, zij wil graag lid worden.

            Met vriendelijke groet,

            Gerda Mensink
            managementondersteuning directie
            Werkorganisatie De Kolk
            """
        ),
    },
    {
        "id": "h68-009",
        "kind": "other",
        "sender": "Evert-Jan Scholing <ej.scholing@werkorganisatie-bwt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding.

            Wel een vraag: kunnen de uitnodigingen ook naar ons algemene directiesecretariaat
            (directie@werkorganisatie-bwt.nl) gaan, of in cc? Mijn agendabeheerder mist ze anders en dan
            plan ik er gegarandeerd iets overheen.

            E.J. Scholing
            gemeentesecretaris Wezeveld / directeur werkorganisatie BWT
            """
        ),
    },
    {
        "id": "h68-010",
        "kind": "unsubscribe",
        "sender": "Harm Kloosterboer <h.kloosterboer@veluwekust-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Deze mail verbaast me. Ik heb mij nergens aangemeld en zit ook niet te wachten op weer een netwerk
            erbij. Wie heeft mijn naam bij u opgegeven?

            H. Kloosterboer
            """
        ),
    },
    {
        "id": "h68-011",
        "kind": "other",
        "sender": "Lotte Gerritsma <lotte.gerritsma@wo-hardenvecht.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Hallo,

            Dit is al de tweede mail over een aanmelding die ik zelf niet heb gedaan. Hoe komen jullie eigenlijk
            aan dit adres? Het staat volgens mij nergens openbaar, ook niet op onze website.

            Groet,
            Lotte Gerritsma
            beleidsadviseur strategie, Werkorganisatie Hardenvecht
            """
        ),
    },
    {
        "id": "h68-012",
        "kind": "subscribe",
        "sender": "Tjeerd Wolters <t.wolters@heidezoom-gr.nl>",
        "subject": "Nieuwe directeur Heidezoom voor het netwerk",
        "quote": "none",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 februari heeft de GR Heidezoom er een directeur bij: Lisette Bovenkerk, die het sociaal domein
            en de publieksdienstverlening onder haar hoede krijgt. Ik heb haar over jullie ateliers verteld en ze
            wil graag aansluiten. Haar adres is l.bovenkerk@heidezoom-gr.nl. Melden jullie haar aan?

            Groet,
            Tjeerd Wolters
            algemeen directeur GR Heidezoom (Elspeterhoeve, Nunsveld, Doornhorst)
            """
        ),
    },
    {
        "id": "h68-013",
        "kind": "other",
        "sender": "Femke Dijkhuis-Lamberts <f.dijkhuis@dekolk-gemeenten.nl>",
        "subject": "Ook mijn MT?",
        "quote": "none",
        "body": _(
            """
            Dag secretariaat,

            Nu mijn lidmaatschap rond is (dank voor de vlotte afhandeling), vraag ik me af of mijn drie
            concerndirecteuren ook mee kunnen doen: Ruud Haverkamp, Anouk Stegeman en Jasper Wiggers. Zij zitten
            dagelijks op de vragen waar jullie ateliers over gaan. Kunnen jullie hen toevoegen, of moet ieder
            zich zelf melden?

            Hartelijke groet,
            Femke Dijkhuis-Lamberts
            directeur Werkorganisatie De Kolk
            """
        ),
    },
    {
        "id": "h68-014",
        "kind": "confirm",
        "sender": "Hanneke Vos <hanneke.vos@bosrandgemeenten.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Bevestigd! Sorry voor het wachten, uw eerste bericht was in de map 'Overig' beland. Fijn dat er zo'n
            kring voor fusiedirecteuren bestaat, dat had ik veel eerder moeten weten.

            Hanneke Vos
            Bosrand werkorganisatie
            """
        ),
    },
    {
        "id": "h68-015",
        "kind": "confirm",
        "sender": "Jan-Willem Oosterik <jw.oosterik@wo-hardenvecht.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            akkoord, stuur de berichten maar naar dit adres

            JWO
            """
        ),
    },
    {
        "id": "h68-016",
        "kind": "unsubscribe",
        "sender": "Anton Roelofsen <a.roelofsen@werkorganisatie-bwt.nl>",
        "subject": "Vertrek en opvolging BWT",
        "quote": "none",
        "body": _(
            """
            Beste Melanie,

            Na zeven jaar BWT stap ik over naar de provincie; deze week ben ik hier voor het laatst. Haal mij
            maar meteen uit het netwerk. Mijn opvolger wordt Bas Hekkert, nu nog onze concerncontroller. Zijn
            nieuwe directieadres wordt pas na de benoeming aangemaakt, dus hij meldt zich daarna zelf bij jullie.

            Het ga jullie goed, en dank voor de ateliers. Die ga ik missen.

            Anton Roelofsen
            """
        ),
    },
    {
        "id": "h68-017",
        "kind": "subscribe",
        "sender": "Bas Hekkert <b.hekkert@werkorganisatie-bwt.nl>",
        "subject": "Aanmelding als opvolger van Anton Roelofsen",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Anton Roelofsen heeft zich een paar weken geleden bij u afgemeld omdat hij naar de provincie ging.
            Inmiddels ben ik benoemd als algemeen directeur van werkorganisatie BWT en heb ik mijn eigen adres:
            b.hekkert@werkorganisatie-bwt.nl. Ik neem zijn plek in het netwerk graag over. Wilt u mij inschrijven?

            Met vriendelijke groet,

            Bas Hekkert
            algemeen directeur werkorganisatie BWT (Bosmaten, Wezeveld, Tonderloo)
            """
        ),
    },
    {
        "id": "h68-018",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Bas Hekkert <b.hekkert@werkorganisatie-bwt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Omdat u er al naar vraagt: ik zou graag eens praten over de fysieke
            dienstverlening in de kleine kernen. De balie in Tonderloo gaat dit voorjaar dicht en de inwoners
            zijn daar bepaald niet blij mee. Hoe houden collega's de dienstverlening dichtbij zonder in elk dorp
            een loket open te houden?

            Bas
            """
        ),
    },
    {
        "id": "h68-019",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jolanda Brinkhorst <j.brinkhorst@randmeerkust.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, Melanie,

            Een vraagstuk dat bij ons speelt: hoe voorkom je dat de werkorganisatie klem komt te zitten tussen
            twee colleges met uiteenlopende ambities? Strandhorst wil groeien en bouwen, Veldwijk wil vooral rust
            in de tent. Ik ben benieuwd hoe anderen die spagaat tussen hun deelnemende gemeenten hanteren.

            Groet, Jolanda
            """
        ),
    },
    {
        "id": "h68-020",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Marloes Tiehuis <m.tiehuis@vechtstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Twee onderwerpen van Vechtstroom:
            - strategische personeelsplanning, nu een kwart van onze mensen binnen vijf jaar met pensioen gaat
            - inwonertevredenheid meten over twee gemeenten heen: één meting, of toch per gemeente rapporteren?

            Marloes
            """
        ),
    },
    {
        "id": "h68-021",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "H.J. Jonkman <h.jonkman@ijsselvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar, mevrouw Huurneman,

            Naar aanleiding van uw oproep draag ik het volgende onderwerp aan: hoe vertaal je de bestuurlijke
            prioriteiten van drie colleges naar één gezamenlijke meerjarenkoers, zonder dat de grootste gemeente
            feitelijk de richting bepaalt? Onze drie coalitieakkoorden lopen steeds verder uiteen.

            Hoogachtend,

            H.J. Jonkman
            directeur Werkorganisatie IJsselvliet
            """
        ),
    },
    {
        "id": "h68-022",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Priya Ramdin <p.ramdin@wo-hardenvecht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Hoi allebei,

            Lang verhaal kort: na het gedoe vorig jaar tussen onze twee raden over de verdeelsleutel is de rust
            weergekeerd, en de burgemeesters trekken nu beter samen op dan ooit. Daar hoeven we het dus niet over
            te hebben ;-)

            Waar ik wél met collega's over wil sparren: we draaien nog steeds op twee zaaksystemen, twee archieven
            en een informatievoorziening die met plakband aan elkaar hangt. Hoe hebben anderen hun I&A-functie na
            de fusie echt samengevoegd, en wat heeft dat gekost?

            Priya

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h68-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Klaas Brouwer <k.brouwer@wo-zwartebroek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo Stan,

            Nieuwe onderwerpen heb ik deze ronde niet, de lijst van vorig jaar dekt wat mij betreft alles nog.
            Maar 11 maart staat al geblokt: ik ben erbij.

            Klaas
            """
        ),
    },
    {
        "id": "h68-024",
        "kind": "autoreply",
        "sender": "Siobhan Kerrigan <s.kerrigan@ijsselvliet.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatic reply: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Thank you for your message. I am on leave until 6 January and will have limited access to e-mail.
            For urgent matters please contact the directiesecretariaat of IJsselvliet, 038 - 33 10 200.

            Siobhan Kerrigan
            """
        ),
    },
    {
        "id": "h68-025",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Marloes Tiehuis <m.tiehuis@vechtstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "notes-wrote",
        "body": _(
            """
            Nog één aanvulling op mijn lijstje: onze positie in de regio Zwolle. Als werkorganisatie worden we
            steeds vaker gevraagd namens beide gemeenten aan tafel te zitten bij regiodeals, terwijl niemand ons
            daar een mandaat voor heeft gegeven. Hoe regelen anderen dat?

            M.
            """
        ),
    },
    {
        "id": "h68-026",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Mustafa Erkoç <m.erkoc@vechtstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Ik weet niet of het groot genoeg is voor een heel atelier, maar toch: wij hebben een prachtig
            dashboard met prestatie-indicatoren voor onze dienstverlening (doorlooptijden vergunningen,
            tevredenheid over het KCC), alleen kijken de raden er nauwelijks naar. Hoe richt je de monitoring
            zo in dat het bestuur er echt op gaat sturen?

            Mustafa Erkoç
            adjunct-directeur Vechtstroom werkorganisatie
            """
        ),
    },
    {
        "id": "h68-027",
        "kind": "other",
        "sender": "Ellen Wiersma <e.wiersma@nuldernoord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste secretariaat,

            Op de kringbijeenkomst Noord-Veluwe hoorde ik dat Jolanda Brinkhorst het onderwerp 'klem tussen twee
            colleges' heeft ingebracht. Dat steun ik van harte, tel mijn stem er maar bij. Zelf heb ik er niets
            aan toe te voegen.

            Vriendelijke groet,
            Ellen Wiersma
            gemeentesecretaris-directeur Werkorganisatie Nuldernoord
            """
        ),
    },
    {
        "id": "h68-028",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@oldeveld-samen.nl>",
        "quote": "none",
        "subject": (
            "Onbestelbaar: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht heeft een of meer geadresseerden niet bereikt.

            m.lensink@oldeveld-samen.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het adres van de geadresseerde en
            verzend het bericht opnieuw.

            Diagnostische gegevens voor beheerders:

            Genererende server: AM9PR03MB7781.eurprd03.prod.outlook.com

            m.lensink@oldeveld-samen.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "h68-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tjeerd Wolters <t.wolters@heidezoom-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Ja, ik kom! Ik neem Joost Veenhof mee, onze strategisch adviseur, dus we zijn met z'n tweeën.

            Groet, Tjeerd
            """
        ),
    },
    {
        "id": "h68-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "H.J. Jonkman <h.jonkman@ijsselvliet.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte secretariaat,

            Op 11 maart ben ik verhinderd vanwege een werkbezoek van de commissaris van de Koning aan Hasselveen.
            In mijn plaats zal de heer J. (Jeroen) Ubbink, adjunct-directeur, deelnemen. Zijn e-mailadres is
            j.ubbink@ijsselvliet.nl.

            Hoogachtend,

            H.J. Jonkman
            """
        ),
    },
    {
        "id": "h68-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yvonne Lubbers <y.lubbers@wo-hardenvecht.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Oosterik laat ik u weten dat hij op 11 maart aanwezig zal zijn. Het atelier staat
            inmiddels in zijn agenda.

            Met vriendelijke groet,

            Yvonne Lubbers
            secretariaat directie | Werkorganisatie Hardenvecht
            """
        ),
    },
    {
        "id": "h68-032",
        "kind": "other",
        "sender": "Nienke Pelgrim <n.pelgrim@veluwekust-samen.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemiddag,

            Hieronder uw uitnodiging. De heer Bonekamp wil graag komen, maar kan pas vanaf ongeveer 15.00 uur
            aanschuiven vanwege een collegevergadering in de ochtend die altijd uitloopt. Is dat bezwaarlijk?
            Zo niet, wilt u hem dan noteren?

            Met vriendelijke groet,
            Nienke Pelgrim
            secretariaat algemeen directeur Veluwekust
            """
        ),
    },
    {
        "id": "h68-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Evert-Jan Scholing <ej.scholing@werkorganisatie-bwt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Staat in de agenda. Ik kom met de trein, tot de elfde.
            """
        ),
    },
    {
        "id": "h68-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Siobhan Kerrigan <s.kerrigan@ijsselvliet.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Declined: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Unfortunately this clashes with our audit committee. Hoping to join you in the autumn.
            """
        ),
    },
    {
        "id": "h68-035",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wouter Stegink <w.stegink@wo-zwartebroek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Ik kom graag op de 11e. En nu ik toch typ, alvast een onderwerp voor een volgend atelier: hoe blijf je
            als kleine werkorganisatie een aantrekkelijke werkgever, met hybride werken en een arbeidsmarkt waarop
            we elke vacature tegen de provincie en de waterschappen moeten winnen?

            Wouter Stegink
            directeur bedrijfsvoering Werkorganisatie Zwarte Broek
            """
        ),
    },
    {
        "id": "h68-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Femke Dijkhuis-Lamberts <f.dijkhuis@dekolk-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Vorige week heb ik afgezegd, maar de raadsvergadering is een week opgeschoven. Dus: ik kom toch!
            Hopelijk is er nog een stoel vrij.

            Femke
            """
        ),
    },
    {
        "id": "h68-037",
        "kind": "other",
        "sender": "Lisette Bovenkerk <l.bovenkerk@heidezoom-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Goedemiddag,

            Ik wil er graag bij zijn, maar sinds mijn knieoperatie ben ik slecht ter been. Heeft het Stadskantoor
            een lift en kan ik dicht bij de ingang parkeren? Als dat te regelen is, kom ik.

            Lisette Bovenkerk
            directeur sociaal domein en dienstverlening, GR Heidezoom
            """
        ),
    },
    {
        "id": "h68-038",
        "kind": "other",
        "sender": "Rutger Overmars <rutger.overmars@sallandnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "subject": (
            "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

            Nee, niemand. Onze bestuursadviseur had interesse, maar die zit die week in Oostenrijk.

            R.
            """
        ),
    },
    {
        "id": "h68-039",
        "kind": "autoreply",
        "sender": "Hanneke Vos <hanneke.vos@bosrandgemeenten.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Van 15 tot en met 26 februari ben ik met vakantie en lees ik mijn mail niet.
            Voor dringende zaken kunt u terecht bij het bestuurssecretariaat van Bosrand, telefoon
            0577 - 40 12 00, of via secretariaat@bosrandgemeenten.nl.

            Met vriendelijke groet,
            Hanneke Vos
            """
        ),
    },
    {
        "id": "h68-040",
        "kind": "autoreply",
        "sender": "H.J. Jonkman <h.jonkman@ijsselvliet.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Gelezen: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht

              Aan: Jonkman, H.J.
              Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &
              eigenheid [atelier:2027-1]
              Verzonden: maandag 8 februari 2027 09:02:11 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op maandag 8 februari 2027 11:47:53 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    {
        "id": "h68-041",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jeroen Ubbink <j.ubbink@ijsselvliet.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de plek van mijn directeur graag over en ben er op de 11e, alleen,
            zonder gast.

            Jeroen Ubbink
            adjunct-directeur Werkorganisatie IJsselvliet
            """
        ),
    },
    {
        "id": "h68-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gijs Hoogendoorn <gijs.hoogendoorn@oldeveld-samen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Dag Stan,

            Ik stond op de wachtlijst, maar op die middag is er nu een crisisoverleg over de aanbesteding jeugdzorg
            geprikt. Schrap me maar, dan schuift een ander een plekje op.

            Gijs Hoogendoorn
            directeur Werkorganisatie Oldeveld
            """
        ),
    },
    {
        "id": "h68-043",
        "kind": "rsvp",
        "attending": True,
        "sender": "Evert-Jan Scholing <ej.scholing@werkorganisatie-bwt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 18 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            De verschuiving naar 18 maart in het Provinciehuis komt mij eigenlijk beter uit. Mijn aanmelding
            blijft dus gewoon staan.

            E.J. Scholing
            """
        ),
    },
    {
        "id": "h68-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mustafa Erkoç <m.erkoc@vechtstroom.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Melanie,

            Ik moet me helaas afmelden voor donderdag: er is een extra AB-vergadering over de begrotingswijziging
            ingepland en daar kan ik niet wegblijven. Geef mijn plek gerust aan iemand van de wachtlijst.
            Volgende keer beter!

            Mustafa
            """
        ),
    },
    {
        "id": "h68-045",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jolanda Brinkhorst <j.brinkhorst@randmeerkust.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Het spijt me, ik kan morgen niet. Griep, lig plat. Veel plezier allemaal en ik lees het verslag.

            Jolanda

            Outlook voor iOS downloaden
            """
        ),
    },
    {
        "id": "h68-046",
        "kind": "autoreply",
        "sender": "Ria Koopman <r.koopman@nuldernoord.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Dit adres is niet meer in gebruik",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Mevrouw Koopman is niet langer werkzaam bij Werkorganisatie
            Nuldernoord. Uw bericht wordt niet doorgestuurd. Voor vragen kunt u mailen naar post@nuldernoord.nl.
            """
        ),
    },
    {
        "id": "h68-047",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Tjeerd Wolters <t.wolters@heidezoom-gr.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de sterke middag en het snelle verslag.

            Voor de volgende keer zou ik het graag over de lange termijn hebben: waar staat een organisatie als de
            onze over tien jaar? Blijven we de uitvoeringsorganisatie van drie gemeenten, of is dit een tussenstap
            naar iets anders? Die vraag durft bij ons nog niemand hardop te stellen, en ik wil er een visie op
            ontwikkelen voordat een ander dat voor ons doet.

            Tjeerd
            """
        ),
    },
    {
        "id": "h68-048",
        "kind": "other",
        "sender": "Klaas Brouwer <k.brouwer@wo-zwartebroek.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\""
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Mooie sessie, dank! Eén tip voor de volgende editie: Utrecht is vanuit het noordoosten een flinke reis.
            Kan het atelier niet eens bij een van de leden plaatsvinden, in Zwolle of Harderwijk bijvoorbeeld? En
            als we om 13.00 uur met een broodje beginnen, ontlopen we op de terugweg de spits rond Amersfoort.

            Klaas
            """
        ),
    },
    {
        "id": "h68-049",
        "kind": "autoreply",
        "sender": "Servicedesk Vechtstroom <servicedesk@vechtstroom.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": (
            "[VS-2027-004812] Ontvangen: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\""
            " [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Uw e-mail is ontvangen en geregistreerd onder meldingnummer VS-2027-004812.
            Wij streven ernaar uw vraag binnen vijf werkdagen af te handelen.

            Dit is een automatisch gegenereerd bericht; antwoorden op dit bericht worden niet gelezen.
            Servicedesk Vechtstroom werkorganisatie
            """
        ),
    },
    {
        "id": "h68-050",
        "kind": "other",
        "sender": "Priya Ramdin <p.ramdin@wo-hardenvecht.nl>",
        "subject": "Nieuw mailadres per 1 april",
        "quote": "none",
        "body": _(
            """
            Beste mensen,

            Per 1 april gaat de hele werkorganisatie over op één nieuw domein. Mijn adres wordt dan
            priya.ramdin@hardenvecht.nl. Het oude blijft nog een half jaar doorsturen, maar passen jullie het
            alvast aan in het ledenbestand?

            Dank! Priya
            """
        ),
    },
    {
        "id": "h68-051",
        "kind": "other",
        "sender": "M.A. Bleeker <m.bleeker@oldeveld-samen.nl>",
        "subject": "Verzoek om inzage persoonsgegevens",
        "quote": "none",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 15 AVG verzoek ik u om inzage in de persoonsgegevens die uw secretariaat van mij
            heeft vastgelegd, met daarbij de bron waaruit u ze hebt verkregen en de partijen met wie u ze deelt.
            Ik zie uw reactie graag binnen de wettelijke termijn tegemoet.

            Met vriendelijke groet,

            mr. M.A. Bleeker
            gemeentesecretaris Oldeveld
            """
        ),
    },
    {
        "id": "h68-052",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Koen Vrielink <k.vrielink@sallandnoord.nl>",
        "subject": "Opzegging en verwijdering gegevens",
        "quote": "none",
        "body": _(
            """
            Goedendag,

            Hierbij zeg ik mijn lidmaatschap op. Tegelijk verzoek ik u, op grond van artikel 17 AVG, al mijn
            persoonsgegevens uit uw administratie te wissen, ook uit de deelnemerslijsten van eerdere ateliers.
            Kunt u mij daarnaast laten weten of mijn gegevens ooit met derden zijn gedeeld?

            Met vriendelijke groet,
            K. Vrielink
            """
        ),
    },
    {
        "id": "h68-053",
        "kind": "unsubscribe",
        "sender": "Wim ter Haar <w.terhaar@heidezoom-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste Stan,

            Op 11 maart ben ik er niet bij, en daarna ook niet meer: ik ga met pensioen en mijn functie bij
            Heidezoom wordt niet opnieuw ingevuld. Schrijf me dus maar uit, voor het atelier én voor het netwerk.
            Het was me een genoegen.

            Wim ter Haar
            """
        ),
    },
    {
        "id": "h68-054",
        "kind": "unsubscribe",
        "sender": "Albert Gorter <a.gorter@reestmond.nl>",
        "subject": "uitschrijven",
        "quote": "none",
        "body": _(
            """
            Goedemiddag, wilt u mij uit het ledenbestand halen? Ik kom er eerlijk gezegd nooit aan toe om naar de
            ateliers te gaan en uw mails blijven ongelezen liggen. Zonde van uw moeite.

            Gr. Albert Gorter
            Reestmond

            Verstuurd vanaf mijn Samsung Galaxy-smartphone.
            """
        ),
    },
    {
        "id": "h68-055",
        "kind": "unsubscribe",
        "sender": "Ineke Smeenk <i.smeenk@vechtstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Sinds de herinrichting van ons MT ben ik geen directeur meer maar programmamanager omgevingsbeleid.
            Deze oproepen zijn dus niet meer aan mij besteed; haalt u mij van de lijst? Of er iemand in mijn plaats
            komt, hoort u van Marloes Tiehuis.

            Ineke Smeenk
            """
        ),
    },
    {
        "id": "h68-056",
        "kind": "subscribe",
        "sender": "Reinier Kolkman <r.kolkman@randmeerkust.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Lid blijven!

            Dit berust op een misverstand: ik vroeg mijn secretaresse om me af te melden voor het atelier van
            11 maart, niet voor het hele netwerk. Ik wil er dus graag bij blijven horen.

            Reinier Kolkman
            directeur bedrijfsvoering Werkorganisatie Randmeerkust
            """
        ),
    },
    {
        "id": "h68-057",
        "kind": "unsubscribe",
        "sender": "Geert Bonekamp <g.bonekamp@veluwekust-samen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Prima zo. Wat uw vraag onderaan betreft: mijn opvolger per 1 september is Carolien Haaksma,
            c.haaksma@veluwekust-samen.nl. Zij neemt het stokje over; nodigt u haar voortaan uit?

            Geert Bonekamp
            """
        ),
    },
    {
        "id": "h68-058",
        "kind": "other",
        "sender": "Ellen Wiersma <e.wiersma@nuldernoord.nl>",
        "subject": "Vooraankondiging vertrek",
        "quote": "none",
        "body": _(
            """
            Beste Melanie en Stan,

            Even een vooraankondiging: per 1 november neem ik afscheid van Nuldernoord. Mijn opvolger, Sjoerd van
            Olst, begint dan; zijn adres wordt s.vanolst@nuldernoord.nl. Tot die tijd blijf ik gewoon lid en kom ik
            graag nog één keer naar het najaarsatelier. Zetten jullie de overdracht klaar voor 1 november?

            Hartelijke groet,
            Ellen
            """
        ),
    },
    {
        "id": "h68-059",
        "kind": "other",
        "sender": "Gerda Mensink <g.mensink@dekolk-gemeenten.nl>",
        "subject": "Mails aan R. Haverkamp",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Uw berichten aan de heer R. Haverkamp komen sinds kort bij mij binnen. Hij is per 1 juli niet meer in
            dienst van Werkorganisatie De Kolk; een opvolger is nog niet benoemd.

            Met vriendelijke groet,
            Gerda Mensink
            managementondersteuning directie
            """
        ),
    },
    {
        "id": "h68-060",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.sallandnoord.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.sallandnoord.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <d.ensing@sallandnoord.nl>: host mailstore02.sallandnoord.nl[10.20.4.12] said:
                550 5.1.1 <d.ensing@sallandnoord.nl>: Recipient address rejected: User unknown
                in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
