"""devset110: a year (2033) of mail from directors of werkorganisaties and GR's in Utrecht, het Gooi, Vechtstreek.

The calendar of 2033 as the writers refer to it:
- ma 3 januari: call for themes for atelier 2033-1 (answers before wo 26 januari); thank-you mails for suggestions.
- di 8 februari: invitation atelier 2033-1, "Eén werkorganisatie, vier raden" (Samenwerking), do 24 maart,
  14.00-17.30, Stadskantoor Utrecht, answers before ma 14 maart. Early March: RSVP acknowledgements (the atelier is
  full, so waiting lists) and invitations to substitutes.
- do 17 maart: reminder; do 24 maart: the atelier; di 29 maart: follow-up with the report.
- ma 13 juni: call for themes for atelier 2033-2 (answers before vr 8 juli); thank-you mails for suggestions.
- di 6 september: invitation atelier 2033-2, "Dichtbij de inwoner" (Dienstverlening), do 6 oktober, Hilversum.
- vr 16 september: change: the atelier moves to do 13 oktober, 13.00-16.30; invitations to substitutes.
- do 6 oktober: reminder; do 13 oktober: the atelier; di 18 oktober: follow-up.
- All year: sign-ups with confirmation requests (and the one reminder), welcome mails, leave confirmations;
  hand-overs at retirements and at the end of interim assignments; holiday autoreplies in summer and December.
Our quoted mails are the fixed snapshot of quoted_mails.json (its dates say 2027 and it names the snapshot's people);
the writers' own text and the subjects they typed follow the 2033 calendar above.

The writers are directors of invented werkorganisaties and GR's (VechtSamen, Heuvelrand, HOLT, Gooistreek-Oost,
Kromme Ril, De Plassen, Angstelland, Grebbeland, Woerdenveen, ...), their assistants and secretariats, interim
directors writing English, and the mail systems of their organisations. Several people recur through the year: they
sign up, confirm, answer invitations, change their answer, propose topics, retire or hand over their seat. Some write
from a phone, some dictate, some inline-answer our mail, some sign with long disclaimers. About a third is hard:
look-alikes (a yes with a question, a proposal about the form of the atelier, a colleague reporting a departure),
mixed intents and answers hidden in chatter.

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a later mail carries the latest answer (a yes after an assistant's no, a
  no under the change mail after an earlier yes, "lid blijven" after an unsubscribe).
- Under the call, the follow-up or the thank-you: a proposed topic is a suggestion (also with a yes or a no beside
  it); a reply that only says whether the writer comes is an rsvp; a proposal on place, time or format, an offer to
  host, or a correction of the noted themes is other.
- Themes are those of what is proposed, not of words in passing; two only when two topics are proposed or one topic
  (the cost-sharing key between the municipalities) clearly spans finance and the relation between municipalities.
- Leaving the network and declining the atelier in one mail is unsubscribe; a decline that keeps the membership and
  a decline with a named substitute are rsvp False. Joining online via the Teams link counts as attending.
- A named successor with an address is an unsubscribe (hand-over), also under our goodbye; a colleague reporting a
  departure, a temporary stand-in during illness, or a request to pause the mails is other.
- AVG erasure is unsubscribe with erase; a request to see one's data is other.
- Signing up one named colleague with the address (also by an assistant) is subscribe; without address, or several
  people, other. "Lid blijven" under our goodbye is subscribe; asking who unsubscribed them, or where we got the
  address, is other. A plain denial under the confirmation mail is unsubscribe.
- A confirmation with a real question beside it, a yes on a condition, a yes that asks to bring someone the
  secretariat must allow, and an assistant's new mail or forward about the director's attendance are other; an
  assistant answering in reply to our invitation or reminder is an rsvp.
- Calendar accepts and declines are rsvp. Out-of-office, read receipts, ticket systems, "address no longer in use"
  are autoreply; delivery failures are bounce; neither carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d110-001",
        "kind": "autoreply",
        "sender": "Rika Spaargaren <h.spaargaren@vechtsamen.nl>",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 24 maart 2033 "
                   "[atelier:2033-1]",
        "thread": "call_for_themes",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Goedendag,

            Tot en met maandag 9 januari 2033 ben ik niet op kantoor. Uw e-mail wordt niet doorgestuurd; ik lees
            hem na mijn terugkomst. Voor zaken die niet kunnen wachten kunt u contact opnemen met het
            directiesecretariaat, telefoon 0346 - 28 14 00.

            Met vriendelijke groet,
            Rika Spaargaren
            Algemeen directeur Werkorganisatie VechtSamen
            """
        ),
    },
    {
        "id": "d110-002",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Govert Landzaat <g.landzaat@heuvelrand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Goed voornemen voor 2033: dit keer wél vóór de deadline reageren.

            Het onderwerp dat mij bezighoudt: hoe stel je als werkorganisatie een eigen strategische meerjarenagenda
            op die verder kijkt dan de collegeprogramma's? Nu lopen wij steeds achter de waan van de dag aan. Ik ben
            benieuwd hoe collega's een koers neerzetten waar de organisatie tien jaar mee vooruit kan.

            Hartelijke groet,

            Govert Landzaat
            algemeen directeur | Werkorganisatie Heuvelrand
            gemeenten Doornveld en Amerongenhof
            T 0343 - 56 20 10 | M 06 - 41 87 22 90
            """
        ),
    },
    {
        "id": "d110-003",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Yasmina Boukhari <y.boukhari@amerstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi allebei,

            Twee onderwerpen van mijn kant, één per regel zoals gevraagd:
            - jonge medewerkers vasthouden nu iedereen hybride werkt en de grote gemeenten meer betalen
            - onze positie als werkorganisatie in de regio Amersfoort: zitten wij aan tafel of alleen de wethouders?

            Groetjes,
            Yasmina Boukhari
            directeur bedrijfsvoering Amerstreek (Woudenhoef & Leusderveld)
            """
        ),
    },
    {
        "id": "d110-004",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pieter-Jan Overdijk <pj.overdijk@lekdijk-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Hallo Stan,

            Een onderwerp dat nog niet op jullie lijstje staat heb ik niet, dus de keuze laat ik graag aan anderen.
            Maar 24 maart staat al in mijn agenda: ik kom.

            Pieter-Jan

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d110-005",
        "kind": "other",
        "sender": "Maarten Kroeze <m.kroeze@gooistreek-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Geen inhoudelijk thema, wel een wens voor de opzet: zouden we het atelier niet eens in het Gooi kunnen
            houden in plaats van altijd in Utrecht? En een start om 13.00 uur in plaats van 14.00 uur zou voor ons
            prettig zijn; dan staan we niet allemaal om half zes in de file op de A1.

            Met vriendelijke groet,

            Maarten Kroeze
            Gemeentesecretaris-directeur
            Werkorganisatie Gooistreek-Oost | Huizermeer - Larenbosch - Eemdijk
            """
        ),
    },
    {
        "id": "d110-006",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Annelies Brugman-Tjon <a.brugman@angstelland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste meneer van de laar komma

            Een onderwerp voor het atelier van maart: de positie van de werk organisatie bij de regio deel en de
            provincie. Wie zit er namens de gemeenten aan tafel en hoe zorgen we dat onze twee gemeenten niet tegen
            elkaar worden uitgespeeld bij de verdeling van het geld uit de regio deal.

            Met vriendelijke groet,
            Annelies Brugman-Tjon
            algemeen directeur Werkorganisatie Angstelland

            Dit bericht is ingesproken met spraakherkenning en kan daardoor vreemde woorden bevatten.
            """
        ),
    },
    {
        "id": "d110-007",
        "kind": "unsubscribe",
        "sender": "Wim Aaldering <w.aaldering@krommeril.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Geachte heer Van de Laar, beste Stan,

            Dank voor de oproep. Thema's zal ik dit keer niet meer aandragen: per 1 februari ga ik met pensioen.
            Mijn opvolger als gemeentesecretaris-directeur van de GR Kromme Ril is Ruud Verbeij. Wilt u hem in mijn
            plaats opnemen? Zijn adres is r.verbeij@krommeril.nl.

            Het was mij een genoegen om al die jaren deel uit te maken van het netwerk.

            Met hartelijke groet,
            Wim Aaldering
            """
        ),
    },
    {
        "id": "d110-008",
        "kind": "subscribe",
        "sender": "Sanne Rietveld <s.rietveld@deplassen.nl>",
        "subject": "Aanmelding netwerk directeuren",
        "quote": "none",
        "body": _(
            """
            Geacht secretariaat,

            Sinds 1 januari ben ik algemeen directeur van Werkorganisatie De Plassen, de ambtelijke organisatie van
            Loosdrechtveen en Ankeveld. Mijn voorganger was lid van uw netwerk en heeft het mij van harte
            aanbevolen. Graag meld ik mij aan.

            Met vriendelijke groet,

            drs. S.M. (Sanne) Rietveld
            Algemeen directeur
            Werkorganisatie De Plassen
            """
        ),
    },
    {
        "id": "d110-009",
        "kind": "confirm",
        "sender": "Sanne Rietveld <s.rietveld@deplassen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "d110-010",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sanne Rietveld <s.rietveld@deplassen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor het hartelijke welkom.

            Een onderwerp heb ik meteen: dit voorjaar voegen we de twee klantcontactcentra samen tot één KCC met
            avondopenstelling. Hoe houd je dan de dienstverlening aan inwoners in de kleine kernen op peil, zonder
            loket om de hoek? Ik hoor graag hoe anderen dat hebben aangepakt.

            Sanne Rietveld
            """
        ),
    },
    {
        "id": "d110-011",
        "kind": "autoreply",
        "sender": "KCC Bleijenoord <noreply@bleijenoord.nl>",
        "subject": "Ontvangstbevestiging zaak Z-2033-0001187: Welke thema's wilt u bespreken?",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte afzender,

            Hartelijk dank voor uw bericht aan Werkorganisatie Bleijenoord. Wij hebben uw e-mail geregistreerd onder
            zaaknummer Z-2033-0001187. Wilt u dit nummer vermelden als u contact met ons opneemt?

            Wij streven ernaar uw bericht binnen vijf werkdagen te beantwoorden. Dit is een automatisch gegenereerd
            bericht; u kunt hierop niet antwoorden.

            Klantcontactcentrum Werkorganisatie Bleijenoord
            Blaricumhof | Eemnesserveld
            """
        ),
    },
    {
        "id": "d110-012",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jorien Dekker-Haverkamp <j.dekker@holt-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Wat een start van het jaar. Bij ons zijn in december twee burgemeesters vertrokken, in Tienweg is het
            college na een coalitiecrisis opnieuw samengesteld en de accountant heeft onze jaarrekening pas in de
            blessuretijd goedgekeurd. Daarnaast verhuist de afdeling Ruimte in februari naar Oudeveen. Kortom: geen
            gebrek aan gespreksstof.

            Wat ik graag eens met collega's zou uitdiepen: hoe ga je als werkorganisatie om met vier colleges die
            elk een andere kant op willen met de gezamenlijke uitvoeringsagenda? Wie hakt de knoop door als hun
            opdrachten botsen, en hoe voorkom je dat de kleinste gemeente zich steeds buitenspel gezet voelt?

            Hartelijke groet,
            Jorien Dekker-Haverkamp
            algemeen directeur HOLT
            (Houtenwaard, Oudeveen, Lopikerhoek, Tienweg)
            """
        ),
    },
    {
        "id": "d110-013",
        "kind": "confirm",
        "sender": "Ferdinand van Wijk <f.vanwijk@utrechtsewaarden.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Excuses, uw eerste bericht was in mijn map Ongewenste e-mail beland. Bij dezen alsnog bevestigd.

            Ferdinand van Wijk
            Directeur Bedrijfsvoering | GR Utrechtse Waarden
            """
        ),
    },
    {
        "id": "d110-014",
        "kind": "other",
        "sender": "Hanneke Wolters <h.wolters@stichtseheuvels.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bevestigd, dank u.

            Eén vraag nog: mijn plaatsvervanger, Ilse Mertens, neemt regelmatig voor mij waar. Kan zij de
            uitnodigingen ook ontvangen, of moet zij zich apart aanmelden? En telt dat dan als een tweede
            lidmaatschap voor Stichtse Heuvels?

            Met vriendelijke groet,
            Hanneke Wolters
            Algemeen directeur Samenwerking Stichtse Heuvels
            """
        ),
    },
    {
        "id": "d110-015",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Govert Landzaat <g.landzaat@heuvelrand.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de snelle bevestiging. Ik voeg er nog een tweede onderwerp aan toe:

            informatiebeveiliging en digitale weerbaarheid. Wij zijn in november geraakt door een ransomware-aanval
            bij een leverancier en merkten hoe kwetsbaar onze werkprocessen zijn. Hoe hebben anderen dat
            georganiseerd?

            Govert
            """
        ),
    },
    {
        "id": "d110-016",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sebastian Whitfield <s.whitfield@woerdenveen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan, dear Melanie,

            Thanks for the call for topics. As an interim director I'm still finding my way around, so forgive me
            for writing in English.

            One topic I'd like to put forward: how do you keep track of the service levels residents actually
            experience in two different municipalities? We have a dashboard nobody looks at. What do colleagues
            measure, and what do they do with the results?

            Kind regards,

            Sebastian Whitfield
            Interim algemeen directeur | Werkorganisatie Woerdenveen
            Harmelerbroek · Kamerikhoek
            """
        ),
    },
    {
        "id": "d110-017",
        "kind": "other",
        "sender": "Lotte Schimmelpenninck <lotte@fusiekompas-advies.nl>",
        "subject": "Samenwerking bij uw Leer- en inspireer-atelier",
        "quote": "none",
        "body": _(
            """
            Beste organisatoren van het netwerk,

            Via LinkedIn zag ik dat u in maart weer een Leer- en inspireer-atelier organiseert. Fusiekompas begeleidt
            al tien jaar ambtelijke fusies en wij verzorgen graag een interactieve werkvorm of een inleiding, tegen
            een gereduceerd tarief voor netwerken. Zullen we eens bellen over de mogelijkheden?

            Hartelijke groet,
            Lotte Schimmelpenninck
            Partner | Fusiekompas Advies
            06 - 19 44 08 72 | www.fusiekompas-advies.nl
            """
        ),
    },
    {
        "id": "d110-018",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Dirk-Jan Hogenbirk <dj.hogenbirk@web-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Suggestie: de verdeelsleutel tussen de gemeenten. Wie wat betaalt voor de werkorganisatie staat bij ons
            weer ter discussie nu Baarnhoven harder groeit dan Eemstein. Gaat over geld én over de verhoudingen.

            DJ

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d110-019",
        "kind": "unsubscribe",
        "sender": "Bert Slingerland <b.slingerland@loenerhof.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ik heb mij niet aangemeld voor dit netwerk.

            B. Slingerland
            Werkorganisatie Loenerhof
            """
        ),
    },
    {
        "id": "d110-020",
        "kind": "other",
        "sender": "Marloes Tiemens <m.tiemens@vechtplassen-uo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste Stan en Melanie,

            In jullie oproep lees ik dat de Adviesraad de suggesties weegt. Wie zitten daar eigenlijk in, en hoe word
            je lid? Ik zou graag een keer meedenken over het programma.

            Groet,
            Marloes Tiemens
            Directeur Vechtplassen Uitvoeringsorganisatie
            """
        ),
    },
    {
        "id": "d110-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Govert Landzaat <g.landzaat@heuvelrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom. Tot 24 maart!

            Groet,
            Govert
            """
        ),
    },
    {
        "id": "d110-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yasmina Boukhari <y.boukhari@amerstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik kom! Met één collega: onze concerncontroller Ties de Graaf. Twee personen in totaal dus.

            Yasmina
            """
        ),
    },
    {
        "id": "d110-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Olaf Brinkhorst <o.brinkhorst@angstelland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nee, helaas. Op 24 maart is de voorjaarsnota in Vinkeveld en daar kan ik niet onderuit. Een volgende
            keer hoop ik erbij te zijn.

            Olaf Brinkhorst
            directeur bedrijfsvoering Angstelland

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d110-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jorien Dekker-Haverkamp <j.dekker@holt-gemeenten.nl>",
        "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 24 maart 2033: Eén werkorganisatie, "
                   "vier raden [atelier:2033-1]",
        "thread": "invitation",
        "quote": "none",
        "body": "",
    },
    {
        "id": "d110-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Reinier Vos <r.vos@gooimeerzuid.nl>",
        "subject": "Afgewezen: Uitnodiging Leer- en inspireer-atelier 24 maart 2033: Eén werkorganisatie, "
                   "vier raden [atelier:2033-1]",
        "thread": "invitation",
        "quote": "none",
        "body": _(
            """
            Helaas, die middag heb ik het algemeen bestuur van de veiligheidsregio.
            """
        ),
    },
    {
        "id": "d110-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hanneke Wolters <h.wolters@stichtseheuvels.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw Wolters laat ik u weten dat zij graag aanwezig is bij het atelier op 24 maart. Zij komt
            alleen.

            Met vriendelijke groet,

            Esther Kamphuis
            Managementassistent directie
            Samenwerking Stichtse Heuvels
            Werkdagen: ma, di, do
            """
        ),
    },
    {
        "id": "d110-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ferdinand van Wijk <f.vanwijk@utrechtsewaarden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan,

            Op 24 maart ben ik met de colleges op werkbezoek in Vlaanderen, dus ik moet verstek laten gaan. In mijn
            plaats komt onze directeur Sociaal Domein, Nadia El Amrani: n.elamrani@utrechtsewaarden.nl. Zij heeft er
            zin in.

            Groet,
            Ferdinand
            """
        ),
    },
    {
        "id": "d110-028",
        "kind": "other",
        "sender": "Thijs Ravensberg <t.ravensberg@bleijenoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste secretariaat,

            Ik kom graag, maar ik zit tot 15.00 uur in een MT-vergadering in Blaricumhof en kan op zijn vroegst om
            15.45 uur in Utrecht zijn. Is het dan nog zinvol om aan te schuiven, of mis ik het belangrijkste deel?
            Laat u het even weten, dan beslis ik.

            Met vriendelijke groet,
            Thijs Ravensberg
            directeur bedrijfsvoering Werkorganisatie Bleijenoord
            """
        ),
    },
    {
        "id": "d110-029",
        "kind": "other",
        "sender": "Secretariaat directie Gooistreek-Oost <secretariaat.directie@gooistreek-oost.nl>",
        "subject": "Aanwezigheid de heer Kroeze 24 maart",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Graag laat ik u weten dat de heer Kroeze op donderdag 24 maart aanwezig zal zijn bij het Leer- en
            inspireer-atelier in Utrecht. Hij komt met de auto; is het mogelijk een parkeerplaats voor hem te
            reserveren?

            Met vriendelijke groet,
            Sevda Yıldız
            Secretariaat directie Werkorganisatie Gooistreek-Oost
            """
        ),
    },
    {
        "id": "d110-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dirk-Jan Hogenbirk <dj.hogenbirk@web-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

            Ja, ik kom.

            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

            Nee, ik kom alleen.

            Groet,
            Dirk-Jan Hogenbirk
            Werkorganisatie Eemstein-Baarnhoven
            """
        ),
    },
    {
        "id": "d110-031",
        "kind": "other",
        "sender": "Gerdien Holtslag <g.holtslag@woerdenveen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Goedemiddag,

            Ik ben erbij op 24 maart, onder voorbehoud. Na een knieoperatie ben ik tijdelijk minder mobiel: is het
            Stadskantoor goed toegankelijk met krukken, en is er een invalidenparkeerplaats vlak bij de ingang? Zo
            niet, dan sluit ik liever online aan.

            Met vriendelijke groet,
            Gerdien Holtslag
            directeur Bedrijfsvoering
            Werkorganisatie Woerdenveen
            """
        ),
    },
    {
        "id": "d110-032",
        "kind": "unsubscribe",
        "sender": "Kees Biesheuvel <k.biesheuvel@vechtplassen-uo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik kom niet op 24 maart, en eigenlijk wil ik ook geen berichten meer ontvangen: onze
            uitvoeringsorganisatie wordt per 1 juli ontvlochten en ik ga elders aan de slag. Haalt u mij maar van de
            ledenlijst.

            Dank voor de mooie bijeenkomsten van de afgelopen jaren.

            Kees Biesheuvel
            directeur bedrijfsvoering Vechtplassen Uitvoeringsorganisatie
            """
        ),
    },
    {
        "id": "d110-033",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@belastingenvecht.nl>",
        "subject": "Onbestelbaar: Uitnodiging Leer- en inspireer-atelier 24 maart 2033: Eén werkorganisatie, "
                   "vier raden [atelier:2033-1]",
        "quote": "none",
        "body": _(
            """
            De levering is mislukt voor deze ontvangers of groepen:

            l.vanrossum@belastingenvecht.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en
            probeer het bericht opnieuw te verzenden. Neem contact op met uw helpdesk als het probleem zich blijft
            voordoen.

            Diagnostische gegevens voor beheerders:

            Genererende server: AM9PR08MB6754.eurprd08.prod.outlook.com

            l.vanrossum@belastingenvecht.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup'

            Oorspronkelijke berichtkoppen:

            Received: from mail.ambtelijkefusie.nl (185.41.22.17) by AM9PR08MB6754.eurprd08.prod.outlook.com
            From: info@ambtelijkefusie.nl
            Date: Tue, 8 Feb 2033 09:00:12 +0100
            Subject: Uitnodiging Leer- en inspireer-atelier 24 maart 2033: Eén werkorganisatie, vier raden
            """
        ),
    },
    {
        "id": "d110-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marloes Tiemens <m.tiemens@vechtplassen-uo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            helaas ben ik er niet bij, zit die week met het gezin in Oostenrijk.. Volgende keer beter!

            gr Marloes

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d110-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ruud Verbeij <r.verbeij@krommeril.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Goedemiddag, ja ik kom graag. Dit wordt mijn eerste atelier als opvolger van Wim Aaldering punt ik ben
            benieuwd wie ik er allemaal tegen kom.
            Ruud Verbeij

            Ingesproken via Siri, excuses voor eventuele fouten.
            """
        ),
    },
    {
        "id": "d110-036",
        "kind": "autoreply",
        "sender": "Gemeente Breukelhorst <directie@gemeentebreukelhorst.nl>",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 24 maart 2033: Eén werkorganisatie, "
                   "vier raden [atelier:2033-1]",
        "quote": "none",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik.

            Per 1 januari 2033 zijn de gemeenten Breukelhorst, Vreelanden en Maarsveld ambtelijk samengegaan in
            Werkorganisatie VechtSamen. Berichten aan adressen die eindigen op @gemeentebreukelhorst.nl worden niet
            gelezen en niet doorgestuurd. Stuurt u uw bericht opnieuw naar het nieuwe adres van de medewerker
            (voorletter.achternaam@vechtsamen.nl) of naar info@vechtsamen.nl.
            """
        ),
    },
    {
        "id": "d110-037",
        "kind": "other",
        "sender": "Ilona Maas <i.maas@deplassen.nl>",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 24 maart 2033: Eén werkorganisatie, "
                   "vier raden [atelier:2033-1]",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemiddag,

            Onderstaande uitnodiging stuur ik u door namens mevrouw Rietveld. Zij komt graag op 24 maart, samen met
            onze directeur bedrijfsvoering. Wilt u beiden noteren?

            Met vriendelijke groet,
            Ilona Maas
            secretaresse directie Werkorganisatie De Plassen
            """
        ),
    },
    {
        "id": "d110-038",
        "kind": "confirm",
        "sender": "Lieke Zandbergen <l.zandbergen@tweeland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Ok, bij dezen bevestigd.

            Groet, Lieke Zandbergen
            algemeen directeur Werkorganisatie Tweeland
            """
        ),
    },
    {
        "id": "d110-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Reinout Elshout <r.elshout@deplassen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer dat het vol is. Dan laat ik het deze keer schieten: haalt u mij maar van de wachtlijst, dan
            schuift iemand anders een plek op.

            Reinout Elshout
            directeur bedrijfsvoering De Plassen
            """
        ),
    },
    {
        "id": "d110-040",
        "kind": "other",
        "sender": "Annelies Brugman-Tjon <a.brugman@angstelland.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Plaats 3 op de wachtlijst? Ik heb binnen een uur na ontvangst van de uitnodiging gereageerd. Kunt u
            uitleggen hoe de volgorde wordt bepaald? En als er zoveel belangstelling is: is een grotere zaal dan geen
            optie?

            Met vriendelijke groet,
            Annelies Brugman-Tjon
            """
        ),
    },
    {
        "id": "d110-041",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nadia El Amrani <n.elamrani@utrechtsewaarden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de uitnodiging. Ik neem de plek graag in en ben er op 24 maart.

            Hartelijke groet,
            Nadia El Amrani
            directeur Sociaal Domein | GR Utrechtse Waarden
            """
        ),
    },
    {
        "id": "d110-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jorien Dekker-Haverkamp <j.dekker@holt-gemeenten.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas, ik kan niet. Sinds gisteren geveld door de griep, en dat is donderdag niet over. Geef mijn plek
            maar aan iemand van de wachtlijst.

            Jorien

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d110-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Govert Landzaat <g.landzaat@heuvelrand.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Helaas moet de heer Landzaat donderdag verstek laten gaan: er is een extra vergadering van het algemeen
            bestuur ingelast. Hij vindt het erg jammer.

            Met vriendelijke groet,

            Karin Oosterhuis
            Directiesecretaresse Werkorganisatie Heuvelrand
            """
        ),
    },
    {
        "id": "d110-044",
        "kind": "rsvp",
        "attending": True,
        "sender": "Govert Landzaat <g.landzaat@heuvelrand.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Stan, Melanie: vergeet het bericht van Karin van vanochtend. De AB-vergadering is verzet naar volgende
            week, dus ik kom gewoon!

            Govert

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d110-045",
        "kind": "other",
        "sender": "Sebastian Whitfield <s.whitfield@woerdenveen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Melanie,

            Quick practical question before Thursday: is there parking near the Stadskantoor, or should I take the
            train? And will the session be in Dutch? I follow Dutch fine, but I'd rather ask my questions in
            English, if the group doesn't mind.

            Best,
            Sebastian
            """
        ),
    },
    {
        "id": "d110-046",
        "kind": "rsvp",
        "attending": True,
        "sender": "Thijs Ravensberg <t.ravensberg@bleijenoord.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Het is gelukt mijn MT te verzetten, dus ik ben er donderdag vanaf het begin bij, met die ene gast.
            Tot dan.

            Thijs Ravensberg
            """
        ),
    },
    {
        "id": "d110-047",
        "kind": "autoreply",
        "sender": "Yasmina Boukhari <y.boukhari@amerstreek.nl>",
        "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 24 maart 2033 "
                   "[atelier:2033-1]",
        "thread": "reminder",
        "quote": "none",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Van donderdag 17 tot en met donderdag 24 maart ben ik beperkt bereikbaar: ik volg een leergang en ben
            donderdagmiddag bij het Leer- en inspireer-atelier in Utrecht. Uw mail wordt niet doorgestuurd.

            Voor dringende zaken: bel het secretariaat bedrijfsvoering, 033 - 46 71 300.

            Yasmina Boukhari
            """
        ),
    },
    {
        "id": "d110-048",
        "kind": "other",
        "sender": "Nadia El Amrani <n.elamrani@utrechtsewaarden.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat een inspirerende middag was het! Als invaller voelde ik me meteen welkom. Dank voor de organisatie,
            en het verslag is heel herkenbaar.

            Groet,
            Nadia
            """
        ),
    },
    {
        "id": "d110-049",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Theo Lamberts <t.lamberts@krommeril.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Dank voor het verslag.

            Voor het volgende atelier: hoe organiseer je de dienstverlening aan ondernemers als drie gemeenten elk
            een eigen ondernemersloket hadden? Wij willen naar één loket, één telefoonnummer en één
            vergunningenproces, maar de ondernemersverenigingen zijn sceptisch.

            Theo Lamberts
            directeur bedrijfsvoering GR Kromme Ril
            """
        ),
    },
    {
        "id": "d110-050",
        "kind": "other",
        "sender": "Ruud Verbeij <r.verbeij@krommeril.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            De link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Kunt u het verslag als pdf
            sturen? Dan kan ik het ook in ons MT bespreken.

            Met vriendelijke groet,
            Ruud Verbeij
            """
        ),
    },
    {
        "id": "d110-051",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Dirk-Jan Hogenbirk <dj.hogenbirk@web-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Goeie middag was het. Voor oktober zou ik op het thema van donderdag willen doorgaan, maar dan concreet:
            hoe richt je het opdrachtgeverschap in als twee raden ieder hun eigen wensen bij de werkorganisatie
            neerleggen? De dienaar-van-twee-heren-vraag.

            DJ

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d110-052",
        "kind": "other",
        "sender": "Annelies Brugman-Tjon <a.brugman@angstelland.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Dank voor het verslag. Een suggestie voor de vorm van de volgende keer: wat minder plenair en meer aan
            kleine tafels, en misschien eens een ochtendsessie met lunch in plaats van een middag. Dan blijft er na
            afloop tijd over om het in de eigen organisatie te laten landen.

            Groet,
            Annelies
            """
        ),
    },
    {
        "id": "d110-053",
        "kind": "other",
        "sender": "Thijs Ravensberg <t.ravensberg@bleijenoord.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste secretariaat,

            Mag ik de presentatie van de inleider van donderdag ontvangen? De plaat over de sturingsdriehoek wil ik
            graag in ons directieoverleg gebruiken, uiteraard met bronvermelding.

            Thijs Ravensberg
            """
        ),
    },
    {
        "id": "d110-054",
        "kind": "subscribe",
        "sender": "Maya Lindqvist <m.lindqvist@sdgooivecht.nl>",
        "subject": "New member for the network",
        "quote": "none",
        "body": _(
            """
            Dear Stan and Melanie,

            Could you please add my colleague Daniel Everaerts, our director of operations, to the network? His
            address is d.everaerts@sdgooivecht.nl. He joined us last month and is keen to meet his peers.

            Thank you!

            Maya Lindqvist
            Director | GR Sociaal Domein Gooi & Vecht
            """
        ),
    },
    {
        "id": "d110-055",
        "kind": "unsubscribe",
        "sender": "Sebastian Whitfield <s.whitfield@woerdenveen.nl>",
        "subject": "Unsubscribe - end of interim assignment",
        "quote": "none",
        "body": _(
            """
            Dear Stan and Melanie,

            My interim assignment at Woerdenveen ends on 30 April, so please take me off the members' list from then
            on. My successor hasn't been appointed yet; recruitment is still ongoing, so I can't give you a name.

            Thanks for a very useful atelier in March.

            Kind regards,
            Sebastian Whitfield
            """
        ),
    },
    {
        "id": "d110-056",
        "kind": "unsubscribe",
        "sender": "Kees Biesheuvel <k.biesheuvel@vechtplassen-uo.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. U vroeg naar een opvolger: mijn taken worden per 1 juli overgenomen door Femke
            Dros, kwartiermaker van de nieuwe uitvoeringsorganisatie. Haar adres is f.dros@vechtplassen-uo.nl; zij
            neemt mijn plek in het netwerk graag over.

            Kees Biesheuvel
            """
        ),
    },
    {
        "id": "d110-057",
        "kind": "subscribe",
        "sender": "Marloes Tiemens <m.tiemens@vechtplassen-uo.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            lid blijven graag!! Ik heb me niet afgemeld, volgens mij heeft iemand in mijn mailbox op een oude mail
            gereageerd.

            Marloes

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d110-058",
        "kind": "other",
        "sender": "Bert Slingerland <b.slingerland@loenerhof.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "groupwise",
        "body": _(
            """
            Waarom ontvang ik nu een bevestiging van een afmelding? Ik had me nooit aangemeld. Van wie heeft u mijn
            adres eigenlijk gekregen?

            B. Slingerland
            """
        ),
    },
    {
        "id": "d110-059",
        "kind": "subscribe",
        "sender": "Reinier Vos <r.vos@gooimeerzuid.nl>",
        "subject": "Aanmelding collega",
        "quote": "none",
        "body": _(
            """
            Beste Stan,

            Wilt u ook onze directeur bedrijfsvoering, Koen Hilbrink, aanmelden voor het netwerk? Na mijn verhalen
            over het atelier was hij er meteen enthousiast over. Zijn adres: k.hilbrink@gooimeerzuid.nl.

            Dank!

            Reinier Vos
            Algemeen directeur Werkorganisatie Gooimeer-Zuid (Naardermeent en Muiderwaard)
            """
        ),
    },
    {
        "id": "d110-060",
        "kind": "other",
        "sender": "Bas Heijblom <b.heijblom@grebbeland.nl>",
        "subject": "Aanmelding directieteam Grebbeland",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Ons voltallige directieteam wil graag lid worden van het netwerk:
            - Anouk Verbrugge, a.verbrugge@grebbeland.nl
            - Lucas ten Hove, l.tenhove@grebbeland.nl
            - ondergetekende

            Kunt u ons alle drie aanmelden?

            Met vriendelijke groet,
            Bas Heijblom
            Algemeen directeur Werkorganisatie Grebbeland
            """
        ),
    },
    {
        "id": "d110-061",
        "kind": "other",
        "sender": "Olaf Brinkhorst <o.brinkhorst@angstelland.nl>",
        "subject": "Verzoek inzage persoonsgegevens",
        "quote": "none",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van artikel 15 van de AVG verzoek ik u om een overzicht van alle persoonsgegevens die u van mij
            verwerkt, het doel daarvan en met wie u ze deelt. Mijn lidmaatschap wil ik overigens gewoon behouden.

            Met vriendelijke groet,
            O. Brinkhorst
            """
        ),
    },
    {
        "id": "d110-062",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Erik-Jan Oudshoorn <ej.oudshoorn@belastingenvecht.nl>",
        "subject": "Verwijderen gegevens",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Ik wil geen berichten meer van het netwerk ontvangen. Wilt u daarnaast al mijn gegevens volledig uit uw
            systemen verwijderen, inclusief de historie van aanmeldingen en de deelnemerslijsten?

            Met vriendelijke groet,
            Erik-Jan Oudshoorn
            Directeur GR BelastingenVecht
            """
        ),
    },
    {
        "id": "d110-063",
        "kind": "confirm",
        "sender": "Koen Hilbrink <k.hilbrink@gooimeerzuid.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Bevestigd, en dank aan Reinier voor het aanmelden.

            Koen Hilbrink
            Directeur Bedrijfsvoering
            Werkorganisatie Gooimeer-Zuid
            """
        ),
    },
    {
        "id": "d110-064",
        "kind": "autoreply",
        "sender": "Anouk Verbrugge <a.verbrugge@grebbeland.nl>",
        "subject": "Gelezen: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "quote": "none",
        "body": _(
            """
            Uw bericht

                Aan: Anouk Verbrugge
                Onderwerp: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]
                Verzonden: dinsdag 10 mei 2033 09:12:44 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op dinsdag 10 mei 2033 11:03:17 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    {
        "id": "d110-065",
        "kind": "confirm",
        "sender": "Anouk Verbrugge <a.verbrugge@grebbeland.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik wil lid worden. Excuus voor de late reactie.

            Anouk Verbrugge
            """
        ),
    },
    {
        "id": "d110-066",
        "kind": "confirm",
        "sender": "Lucas ten Hove <l.tenhove@grebbeland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Graag! Hierbij bevestigd.

            Met vriendelijke groet,

            Lucas ten Hove
            Directeur Dienstverlening | Werkorganisatie Grebbeland
            Elstermeer - Achterbergh
            T 0317 - 62 40 00

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u
            verzocht de afzender hiervan op de hoogte te stellen en het bericht te verwijderen. Werkorganisatie
            Grebbeland aanvaardt geen aansprakelijkheid voor schade van welke aard ook die verband houdt met risico's
            verbonden aan het elektronisch verzenden van berichten.
            """
        ),
    },
    {
        "id": "d110-067",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Lieke Zandbergen <l.zandbergen@tweeland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Twee onderwerpen voor 6 oktober:
            - de inzet van AI en algoritmes in de backoffice: wat mag, wat werkt en wie is eigenaar?
            - hoe meet je de tevredenheid van inwoners per kern, nu alle vragen via één KCC binnenkomen?

            Groet,
            Lieke Zandbergen
            algemeen directeur Werkorganisatie Tweeland
            """
        ),
    },
    {
        "id": "d110-068",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hanneke Wolters <h.wolters@stichtseheuvels.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Dag Stan,

            De samenwerking met onze buurgemeenten loopt eerlijk gezegd prima, daar hoeven we het in oktober niet
            over te hebben. Wat mij wél bezighoudt is de formatie: we groeien al jaren harder dan de begroting
            toelaat, en elke nieuwe taak van het Rijk komt er gewoon bovenop. Mijn onderwerp dus: hoe beheers je de
            formatiegroei?

            Hanneke
            """
        ),
    },
    {
        "id": "d110-069",
        "kind": "subscribe",
        "sender": "Joris Aalbers <j.aalbers@utrechtsewaarden.nl>",
        "subject": "Aanmelding",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Goedemiddag,

            Via een collega kreeg ik onderstaande oproep onder ogen. Per 1 juni ben ik directeur Ruimte en
            Economie bij de GR Utrechtse Waarden en ik zou graag lid worden van het netwerk. Wilt u mij aanmelden?

            Vriendelijke groet,
            Joris Aalbers
            """
        ),
    },
    {
        "id": "d110-070",
        "kind": "other",
        "sender": "Gerdien Holtslag <g.holtslag@woerdenveen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: onze directeur Dienstverlening, Joost Vermaat, is per 1 juni vertrokken bij
            Werkorganisatie Woerdenveen. Zijn mail komt via een doorstuurregel bij mij terecht, vandaar deze reactie.
            Wie hem opvolgt is nog niet bekend.

            Met vriendelijke groet,
            Gerdien Holtslag
            """
        ),
    },
    {
        "id": "d110-071",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Maya Lindqvist <m.lindqvist@sdgooivecht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan, hi Melanie,

            A topic for October: residents increasingly contact us via WhatsApp and web chat, and they expect an
            answer within the hour, evenings included. How do other organisations handle those expectations with
            limited staff?

            (Kort gezegd: dienstverlening via chatkanalen en de verwachting van 24/7 bereikbaarheid.)

            Best regards,
            Maya Lindqvist
            Director | GR Sociaal Domein Gooi & Vecht
            """
        ),
    },
    {
        "id": "d110-072",
        "kind": "rsvp",
        "attending": False,
        "sender": "Reinier Vos <r.vos@gooimeerzuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen onderwerpen van mijn kant deze ronde. En op 6 oktober ben ik met verlof, dus dit atelier sla ik
            helaas over.

            Reinier
            """
        ),
    },
    {
        "id": "d110-073",
        "kind": "other",
        "sender": "Jelmer Wassenaar <jelmer.wassenaar@studentmail-uu.nl>",
        "subject": "Verzoek medewerking scriptieonderzoek ambtelijke fusies",
        "quote": "none",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Ik ben masterstudent Bestuurskunde en schrijf mijn scriptie over de sturing van ambtelijke
            fusieorganisaties. Zou u een korte vragenlijst (ongeveer tien minuten) onder de leden van uw netwerk
            willen verspreiden? Uiteraard deel ik de resultaten graag met het netwerk.

            Met vriendelijke groet,
            Jelmer Wassenaar
            """
        ),
    },
    {
        "id": "d110-074",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Ruud Verbeij <r.verbeij@krommeril.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Inmiddels een halfjaar binnen bij Kromme Ril, en wat me opvalt is hoeveel tijd we kwijt zijn aan de
            korte termijn. Vandaar mijn onderwerp voor oktober: een langetermijnvisie op de werkorganisatie. Waar
            willen we in 2040 staan, en hoe vertaal je dat naar een koers die de medewerkers ook snappen?

            Hartelijke groet,
            Ruud Verbeij
            gemeentesecretaris-directeur GR Kromme Ril
            """
        ),
    },
    {
        "id": "d110-075",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Thijs Ravensberg <t.ravensberg@bleijenoord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Onderwerp voor oktober: de doorlooptijden van Wmo-aanvragen. Inwoners wachten bij ons soms maanden op
            een keukentafelgesprek en de klachten stapelen zich op. Hoe doen anderen dat sneller?

            Thijs

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d110-076",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Anouk Verbrugge <a.verbrugge@grebbeland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Op 6 oktober kan ik er zelf helaas niet bij zijn (congres in het buitenland), maar ik wil wel een
            onderwerp aandragen: hoe groei je als werkorganisatie van uitvoerder naar strategisch partner van de
            colleges, met een eigen inhoudelijke agenda in plaats van alleen 'doen wat gevraagd wordt'?

            Met vriendelijke groet,
            Anouk Verbrugge
            Werkorganisatie Grebbeland
            """
        ),
    },
    {
        "id": "d110-077",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Bas Heijblom <b.heijblom@grebbeland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            > - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities,
            > positie in de regio;

            Hier heb ik er een voor: samenwerken over de provinciegrens heen. Onze gemeenten liggen tegen Gelderland
            aan, en voor jeugdzorg en arbeidsmarkt hoort de helft van onze inwoners bij een Gelderse regio. Hoe
            bepaal je dan bij welke regio je hoort?

            Bas Heijblom
            """
        ),
    },
    {
        "id": "d110-078",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sevda Yıldız <s.yildiz@gooistreek-oost.nl>",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 6 oktober 2033 [atelier:2033-2]",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemiddag,

            De heer Kroeze vroeg mij zijn onderwerp voor het najaarsatelier aan u door te sturen:

            "Hoe concurreren we als werkorganisatie met de grote stad en de markt om ICT- en datatalent?"

            Met vriendelijke groet,
            Sevda Yıldız
            Secretariaat directie Werkorganisatie Gooistreek-Oost
            """
        ),
    },
    {
        "id": "d110-079",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Lieke Zandbergen <l.zandbergen@tweeland.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Vergeten in mijn vorige mail: ook graag iets over hybride werken en huisvesting. Wij hebben twee
            gemeentehuizen en op vrijdag zit er in allebei vrijwel niemand. Wat doen anderen met hun vastgoed en hun
            werkplekconcept?

            Lieke
            """
        ),
    },
    {
        "id": "d110-080",
        "kind": "autoreply",
        "sender": "Maya Lindqvist <m.lindqvist@sdgooivecht.nl>",
        "subject": "Automatic reply: Dank voor uw themasuggestie [atelier:2033-2]",
        "thread": "call_for_themes",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            I am on leave until Monday 1 August and will not be reading my e-mail. For urgent matters please contact
            secretariaat@sdgooivecht.nl.

            Ik ben met verlof tot maandag 1 augustus en lees mijn e-mail niet. Voor dringende zaken kunt u terecht
            bij secretariaat@sdgooivecht.nl.
            """
        ),
    },
    {
        "id": "d110-081",
        "kind": "other",
        "sender": "Maya Lindqvist <m.lindqvist@sdgooivecht.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Melanie,

            Back from leave, thanks for the confirmation. One thing: it lists my topic under "Organisatie,
            Samenwerking", but my suggestion was about chat channels for residents. Surely that's Dienstverlening?
            Could you correct it before the count?

            Best,
            Maya
            """
        ),
    },
    {
        "id": "d110-082",
        "kind": "unsubscribe",
        "sender": "Theo Lamberts <t.lamberts@krommeril.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Beste Stan en Melanie,

            Geen thema's van mij deze keer: per 1 augustus vertrek ik naar de provincie. Wilt u mij afmelden voor het
            netwerk? Het was me een genoegen.

            Met vriendelijke groet,
            Theo Lamberts
            """
        ),
    },
    {
        "id": "d110-083",
        "kind": "autoreply",
        "sender": "Jorien Dekker-Haverkamp <j.dekker@holt-gemeenten.nl>",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 6 oktober 2033 "
                   "[atelier:2033-2]",
        "quote": "none",
        "body": _(
            """
            Beste afzender,

            Wegens ziekte ben ik tot nader order afwezig. Uw mail wordt niet automatisch doorgestuurd. Voor zaken
            die de directie van HOLT betreffen kunt u contact opnemen met mijn waarnemer, Frits Oldenkamp
            (f.oldenkamp@holt-gemeenten.nl).

            Met vriendelijke groet,
            Jorien Dekker-Haverkamp
            """
        ),
    },
    {
        "id": "d110-084",
        "kind": "subscribe",
        "sender": "Hamid Qureshi <h.qureshi@woerdenveen.nl>",
        "subject": "Membership network",
        "quote": "none",
        "body": _(
            """
            Dear secretariat,

            As of 1 July I am the interim general director of Werkorganisatie Woerdenveen, succeeding Sebastian
            Whitfield, who spoke highly of your ateliers. I would like to join the network. My Dutch is reasonable,
            so mail in Dutch is fine.

            Kind regards,
            Hamid Qureshi
            Interim algemeen directeur | Werkorganisatie Woerdenveen
            """
        ),
    },
    {
        "id": "d110-085",
        "kind": "confirm",
        "sender": "Hamid Qureshi <h.qureshi@woerdenveen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed, thank you.

            Hamid
            """
        ),
    },
    {
        "id": "d110-086",
        "kind": "subscribe",
        "sender": "Mirjam Poortvliet <m.poortvliet@amerstreek.nl>",
        "subject": "aanmelden netwerk",
        "quote": "none",
        "body": _(
            """
            Aanmelden graag. Sinds deze maand directeur Dienstverlening bij Amerstreek.

            Gr Mirjam Poortvliet

            Verzonden vanaf Outlook voor Android
            """
        ),
    },
    {
        "id": "d110-087",
        "kind": "confirm",
        "sender": "Mirjam Poortvliet <m.poortvliet@amerstreek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            ja

            Verzonden vanaf Outlook voor Android
            """
        ),
    },
    {
        "id": "d110-088",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ferdinand van Wijk <f.vanwijk@utrechtsewaarden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan,

            Ja, ik kom, en ik neem Nadia El Amrani weer mee. Dus twee personen.

            Ferdinand
            """
        ),
    },
    {
        "id": "d110-089",
        "kind": "rsvp",
        "attending": False,
        "sender": "Maya Lindqvist <m.lindqvist@sdgooivecht.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Melanie,

            Unfortunately I can't make it on 6 October: I'll be at a conference in Lisbon that week. I hope to join
            next time.

            Best,
            Maya
            """
        ),
    },
    {
        "id": "d110-090",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hamid Qureshi <h.qureshi@woerdenveen.nl>",
        "subject": "Accepted: Uitnodiging Leer- en inspireer-atelier 6 oktober 2033: Dichtbij de inwoner "
                   "[atelier:2033-2]",
        "thread": "invitation",
        "quote": "none",
        "body": _(
            """
            Looking forward to my first atelier.
            """
        ),
    },
    {
        "id": "d110-091",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sanne Rietveld <s.rietveld@deplassen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Die dag zit ik van 's ochtends tot 's avonds bij de accountant. Reinout Elshout, onze directeur
            bedrijfsvoering, gaat graag in mijn plaats: r.elshout@deplassen.nl.

            Sanne

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d110-092",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dirk-Jan Hogenbirk <dj.hogenbirk@web-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Wat leuk dat het najaarsatelier over dienstverlening gaat. We hebben bij Eemstein-Baarnhoven net een
            grote klanttevredenheidsmeting achter de rug, en eerlijk gezegd vielen de uitkomsten voor Baarnhoven
            tegen: lange wachttijden aan de telefoon, te weinig terugbelafspraken. Ik heb er met het MT al een paar
            sessies over gehad, en ook de OR vroeg ernaar. Ik ben dus benieuwd hoe collega's zoiets oppakken.

            Bovendien is Hilversum voor mij een stuk dichterbij dan Utrecht, dat scheelt.

            Kortom: ik ben er op 6 oktober graag weer bij.

            Hartelijke groet,
            Dirk-Jan Hogenbirk
            """
        ),
    },
    {
        "id": "d110-093",
        "kind": "other",
        "sender": "Mirjam Poortvliet <m.poortvliet@amerstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom! Mag ik mijn wethouder dienstverlening meenemen? Zij is erg geïnteresseerd in het thema, maar ik
            begrijp het ook als het atelier alleen voor directeuren is.

            Mirjam Poortvliet
            """
        ),
    },
    {
        "id": "d110-094",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lucas ten Hove <l.tenhove@grebbeland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Voor dit atelier meld ik mij af, 6 oktober zit vol met begrotingsoverleg. Blijf mij vooral uitnodigen
            voor de volgende keer!

            Met vriendelijke groet,

            Lucas ten Hove
            Directeur Dienstverlening | Werkorganisatie Grebbeland
            """
        ),
    },
    {
        "id": "d110-095",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bas Heijblom <b.heijblom@grebbeland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik doe mee, maar dan online via Teams: heen en terug naar Hilversum kost me bijna drie uur.

            Bas Heijblom
            """
        ),
    },
    {
        "id": "d110-096",
        "kind": "subscribe",
        "sender": "Pim Groenestein <p.groenestein@heuvelrand.nl>",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 6 oktober 2033: Dichtbij de inwoner [atelier:2033-2]",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemiddag,

            Govert Landzaat stuurde mij onderstaande uitnodiging door. Ik ken het netwerk nog niet, maar het spreekt
            me aan: graag meld ik mij aan als lid. Of ik op 6 oktober kan weet ik nog niet, eerst maar eens lid
            worden.

            Met vriendelijke groet,
            Pim Groenestein
            Werkorganisatie Heuvelrand
            """
        ),
    },
    {
        "id": "d110-097",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.heuvelrand.nl>",
        "subject": "Undelivered Mail Returned to Sender",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.heuvelrand.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <m.vandenberg@heuvelrand.nl>: host mail.heuvelrand.nl[10.20.4.11] said: 550
                5.1.1 <m.vandenberg@heuvelrand.nl>: Recipient address rejected: User
                unknown in local recipient table (in reply to RCPT TO command)

            Reporting-MTA: dns; mx1.heuvelrand.nl
            Arrival-Date: Tue,  6 Sep 2033 09:00:41 +0200 (CEST)

            Final-Recipient: rfc822; m.vandenberg@heuvelrand.nl
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 <m.vandenberg@heuvelrand.nl>: Recipient address rejected
            """
        ),
    },
    {
        "id": "d110-098",
        "kind": "rsvp",
        "attending": True,
        "sender": "Arnold Terpstra <a.terpstra@belastingenvecht.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Graag aanwezig, 1 persoon.

            M.vr.gr.
            ir. A.H. (Arnold) Terpstra
            directeur GR BelastingenVecht
            """
        ),
    },
    {
        "id": "d110-099",
        "kind": "confirm",
        "sender": "Vera Schoemaker <v.schoemaker@loenerhof.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ja, bevestigd.

            Vera Schoemaker
            Directeur bedrijfsvoering Werkorganisatie Loenerhof
            """
        ),
    },
    {
        "id": "d110-100",
        "kind": "rsvp",
        "attending": False,
        "sender": "Reinout Elshout <r.elshout@deplassen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging, maar ook ik kan op 13 oktober helaas niet: dan zit ik met de auditcommissie.
            Ik heb het teruggelegd bij Sanne; misschien kan iemand van de wachtlijst de plek krijgen.

            Reinout Elshout
            """
        ),
    },
    {
        "id": "d110-101",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ferdinand van Wijk <f.vanwijk@utrechtsewaarden.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Vervelend: op 13 oktober zijn we op vakantie in Zuid-Frankrijk. Dan moet ik helaas afzeggen, ook namens
            Nadia.

            Ferdinand
            """
        ),
    },
    {
        "id": "d110-102",
        "kind": "other",
        "sender": "Bas Heijblom <b.heijblom@grebbeland.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Blijft de Teams-link dezelfde nu het atelier naar 13 oktober gaat? En begint het online deel dan ook om
            13.00 uur?

            Bas
            """
        ),
    },
    {
        "id": "d110-103",
        "kind": "rsvp",
        "attending": True,
        "sender": "Maya Lindqvist <m.lindqvist@sdgooivecht.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Good news: 13 October works for me, the conference in Lisbon is the week before. So I'll be there after
            all!

            Maya
            """
        ),
    },
    {
        "id": "d110-104",
        "kind": "autoreply",
        "sender": "Directiesecretariaat HOLT <directiesecretariaat@holt-gemeenten.nl>",
        "subject": "Automatisch antwoord: Gewijzigd: Leer- en inspireer-atelier 6 oktober 2033 [atelier:2033-2]",
        "thread": "invitation",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Dank voor uw bericht aan het directiesecretariaat van HOLT. Wij nemen uw e-mail zo spoedig mogelijk,
            uiterlijk binnen drie werkdagen, in behandeling.

            Dit is een automatisch antwoord.

            Directiesecretariaat HOLT
            Houtenwaard | Oudeveen | Lopikerhoek | Tienweg
            """
        ),
    },
    {
        "id": "d110-105",
        "kind": "other",
        "sender": "Olaf Brinkhorst <o.brinkhorst@angstelland.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik had me toch helemaal niet aangemeld voor dit atelier? Waarom krijg ik dan een wijziging? Staat er iets
            verkeerd genoteerd?

            Olaf Brinkhorst

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d110-106",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mirjam Poortvliet <m.poortvliet@amerstreek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Poortvliet is donderdag helaas verhinderd door een crisisoverleg in Woudenhoef. Zij laat zich niet
            vervangen. Excuses voor het late bericht.

            Met vriendelijke groet,
            Kim de Bruijn
            managementondersteuning Amerstreek
            """
        ),
    },
    {
        "id": "d110-107",
        "kind": "other",
        "sender": "Govert Landzaat <g.landzaat@heuvelrand.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            In mijn agenda staat het atelier nog op 6 oktober om 14.00 uur; de bijgewerkte afspraak heb ik blijkbaar
            gemist. Kunt u de agenda-uitnodiging voor 13 oktober nog een keer sturen?

            Groet,
            Govert
            """
        ),
    },
    {
        "id": "d110-108",
        "kind": "unsubscribe",
        "sender": "Pim Groenestein <p.groenestein@heuvelrand.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Bij nader inzien is het netwerk niet voor mij bedoeld: ik ben strategisch adviseur
            van de directie, geen directeur. Wilt u mij weer afmelden?

            Pim Groenestein
            """
        ),
    },
    {
        "id": "d110-109",
        "kind": "autoreply",
        "sender": "Lieke Zandbergen <l.zandbergen@tweeland.nl>",
        "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Dichtbij de inwoner\" "
                   "[atelier:2033-2]",
        "thread": "call_for_themes",
        "quote": "none",
        "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        "body": _(
            """
            Bedankt voor je bericht. Tot en met vrijdag 21 oktober ben ik met herfstvakantie. Daarna lees ik mijn
            mail weer; spoed via het directiesecretariaat van Tweeland.

            Lieke Zandbergen
            """
        ),
    },
    {
        "id": "d110-110",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hamid Qureshi <h.qureshi@woerdenveen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for a great afternoon in Hilversum.

            For the next atelier I'd like to put the sturingsconcept on the agenda: integral management versus a
            matrix organisation, and what span of control works for a director. I'm still trying to work out which
            model suits Woerdenveen.

            Hamid
            """
        ),
    },
    {
        "id": "d110-111",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Vera Schoemaker <v.schoemaker@loenerhof.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Dank voor de mooie middag.

            Voor 2034 een onderwerp: prestaties richting inwoners monitoren. Elke raad wil zijn eigen dashboard met
            wachttijden en klanttevredenheid; hoe houd je dat beheersbaar en toch betekenisvol?

            Vera Schoemaker
            """
        ),
    },
    {
        "id": "d110-112",
        "kind": "other",
        "sender": "Rika Spaargaren <h.spaargaren@vechtsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Dank voor het verslag. Een aanbod: in het voorjaar betrekken wij ons nieuwe kantoor in Maarsveld, met een
            zaal voor veertig personen en goede ov-verbindingen. Het eerste atelier van 2034 is daar van harte
            welkom. Zullen we een keer bellen?

            Hartelijke groet,
            Rika Spaargaren
            Algemeen directeur Werkorganisatie VechtSamen
            """
        ),
    },
    {
        "id": "d110-113",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Mirjam Poortvliet <m.poortvliet@amerstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik was er helaas niet bij, maar ik heb wel een onderwerp voor het volgende atelier: datagedreven sturing.
            Iedereen wil sturen op cijfers, maar de kwaliteit van onze data en de informatievoorziening schieten
            tekort. Hoe hebben anderen dat op orde gebracht?

            Mirjam
            """
        ),
    },
    {
        "id": "d110-114",
        "kind": "other",
        "sender": "Ruud Verbeij <r.verbeij@krommeril.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Kunt u mij een deelnamebewijs sturen van de twee ateliers van dit jaar? Ik heb dat nodig voor de
            herregistratie in het beroepsregister van onze vereniging.

            Met vriendelijke groet,
            Ruud Verbeij
            """
        ),
    },
    {
        "id": "d110-115",
        "kind": "unsubscribe",
        "sender": "Hamid Qureshi <h.qureshi@woerdenveen.nl>",
        "subject": "Handover membership",
        "quote": "none",
        "body": _(
            """
            Dear Stan and Melanie,

            My interim period at Woerdenveen ends on 1 December. The councils have appointed Charlotte Bakhuizen as
            permanent general director, and she will take over my seat in the network. Her address is
            c.bakhuizen@woerdenveen.nl. Please take me off the list and add her instead.

            Kind regards,
            Hamid Qureshi
            """
        ),
    },
    {
        "id": "d110-116",
        "kind": "confirm",
        "sender": "Charlotte Bakhuizen <c.bakhuizen@woerdenveen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Akkoord. Ik neem het stokje graag over van Hamid.

            Charlotte Bakhuizen
            algemeen directeur Werkorganisatie Woerdenveen
            """
        ),
    },
    {
        "id": "d110-117",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Daniel Everaerts <d.everaerts@sdgooivecht.nl>",
        "subject": "GDPR erasure request",
        "quote": "none",
        "body": _(
            """
            Dear secretariat,

            Under Article 17 of the GDPR I request the erasure of all personal data you hold about me. I would also
            like to stop receiving any further mailings from the network.

            Regards,
            Daniel Everaerts
            Director of Operations, GR Sociaal Domein Gooi & Vecht
            """
        ),
    },
    {
        "id": "d110-118",
        "kind": "unsubscribe",
        "sender": "Arnold Terpstra <a.terpstra@belastingenvecht.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Afmelden a.u.b.

            A.H. Terpstra
            """
        ),
    },
    {
        "id": "d110-119",
        "kind": "unsubscribe",
        "sender": "Dirk-Jan Hogenbirk <dj.hogenbirk@web-werkorganisatie.nl>",
        "subject": "afmelden",
        "quote": "none",
        "body": _(
            """
            graag van de lijst af, ik ga per 1 januari met pensioen. opvolging is nog niet rond.
            gr Dirk-Jan

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d110-120",
        "kind": "subscribe",
        "sender": "Dirk-Jan Hogenbirk <dj.hogenbirk@web-werkorganisatie.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik wil toch graag lid blijven: mijn pensioen is op verzoek van het bestuur uitgesteld tot 1 juli 2034.
            Excuus voor de verwarring.

            Dirk-Jan Hogenbirk
            """
        ),
    },
    {
        "id": "d110-121",
        "kind": "subscribe",
        "sender": "Secretariaat Angstelland <secretariaat@angstelland.nl>",
        "subject": "Aanmelding nieuwe directeur",
        "quote": "none",
        "body": _(
            """
            Geacht secretariaat,

            Graag melden wij onze nieuwe directeur Publiekszaken en Ruimte aan voor uw netwerk: de heer Jurriaan
            Blom, sinds 1 november in dienst. Zijn e-mailadres is j.blom@angstelland.nl.

            Met vriendelijke groet,
            namens de directie,
            Petra Koudijs
            Secretariaat Werkorganisatie Angstelland
            """
        ),
    },
    {
        "id": "d110-122",
        "kind": "confirm",
        "sender": "Jurriaan Blom <j.blom@angstelland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag komma ik bevestig hierbij mijn aanmelding voor het netwerk. Met vriendelijke groet, Jurriaan
            Blom

            Dit bericht is gedicteerd en kan daardoor afwijkingen bevatten.
            """
        ),
    },
    {
        "id": "d110-123",
        "kind": "other",
        "sender": "Olaf Brinkhorst <o.brinkhorst@angstelland.nl>",
        "subject": "Waarneming algemeen directeur Angstelland",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Onze algemeen directeur, mevrouw Brugman-Tjon, is voor langere tijd afwezig. Ik neem in die periode haar
            taken waar. Wilt u de uitnodigingen voor het netwerk voorlopig ook aan mij sturen? Haar lidmaatschap hoeft
            niet te vervallen; zij pakt het na haar herstel weer op.

            Met vriendelijke groet,
            Olaf Brinkhorst
            waarnemend algemeen directeur Werkorganisatie Angstelland
            """
        ),
    },
    {
        "id": "d110-124",
        "kind": "subscribe",
        "sender": "Tamara Veldkamp <t.veldkamp@gooistreek-oost.nl>",
        "subject": "Aanmelden",
        "quote": "none",
        "body": _(
            """
            Aanmelden

            Tamara Veldkamp
            Directeur Dienstverlening
            Werkorganisatie Gooistreek-Oost
            T 035 - 62 19 400

            Werkorganisatie Gooistreek-Oost werkt voor de gemeenten Huizermeer, Larenbosch en Eemdijk.
            """
        ),
    },
    {
        "id": "d110-125",
        "kind": "other",
        "sender": "Rika Spaargaren <h.spaargaren@vechtsamen.nl>",
        "subject": "Nieuw e-mailadres per 1 januari",
        "quote": "none",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 januari 2034 stappen we over op een nieuwe naamconventie. Mijn adres wordt dan
            rika.spaargaren@vechtsamen.nl; het oude adres blijft nog drie maanden werken. Willen jullie dat in de
            ledenadministratie aanpassen?

            Groet,
            Rika
            """
        ),
    },
    {
        "id": "d110-126",
        "kind": "other",
        "sender": "Sanne Rietveld <s.rietveld@deplassen.nl>",
        "subject": "Nieuw lid",
        "quote": "none",
        "body": _(
            """
            Beste Melanie,

            Mijn collega Petra van Amerongen, sinds kort directeur Sociaal Domein bij De Plassen, wil ook graag lid
            worden van het netwerk. Kunt u haar aanmelden? Ik heb haar dit jaar twee keer enthousiast over de
            ateliers horen vertellen, dus ze weet waar ze aan begint.

            Hartelijke groet,
            Sanne
            """
        ),
    },
    {
        "id": "d110-127",
        "kind": "other",
        "sender": "Wouter Zijlstra <w.zijlstra@gr-jeugdvecht.nl>",
        "subject": "Lidmaatschap voor een GR?",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Ik ben directeur van de GR Jeugd & Gezin Vechtstreek, een gemeenschappelijke regeling die voor vijf
            gemeenten de jeugdhulp inkoopt. Geen ambtelijke fusie in de strikte zin dus. Kan ik toch lid worden van
            uw netwerk, of valt mijn organisatie daarbuiten?

            Met vriendelijke groet,
            Wouter Zijlstra
            """
        ),
    },
    {
        "id": "d110-128",
        "kind": "other",
        "sender": "Bram Teunissen <b.teunissen@gemeentewereld-magazine.nl>",
        "subject": "Interviewverzoek: tien jaar ambtelijke fusies",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Voor Gemeentewereld Magazine werk ik aan een achtergrondartikel over ambtelijke fusieorganisaties in
            Midden-Nederland. Heeft een van de adviseurs van het netwerk, of een directeur die u kunt aanbevelen, tijd
            voor een interview van een halfuur? Het stuk verschijnt in februari 2034.

            Met vriendelijke groet,
            Bram Teunissen
            redacteur Gemeentewereld Magazine
            """
        ),
    },
    {
        "id": "d110-129",
        "kind": "subscribe",
        "sender": "Hester van Oordt <h.vanoordt@bleijenoord.nl>",
        "subject": "aanmelding",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            ik wil mij graag aanmleden voor uw netwerk, ben sinds kort gemeentesecretaris-directuer bij
            werkorganisatie Bleijenoord (Blaricumhof en Eemnesserveld). Thijs Ravensberg wees mij erop.

            mvg,
            Hester van Oordt
            """
        ),
    },
    {
        "id": "d110-130",
        "kind": "other",
        "sender": "Lucas ten Hove <l.tenhove@grebbeland.nl>",
        "subject": "Sabbatical",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Vanaf januari neem ik een sabbatical van een halfjaar. Kunnen de berichten van het netwerk in die periode
            worden stilgezet, zonder dat ik mijn lidmaatschap kwijtraak? Per 1 juli 2034 ben ik weer terug.

            Met vriendelijke groet,
            Lucas ten Hove
            """
        ),
    },
    {
        "id": "d110-131",
        "kind": "autoreply",
        "sender": "Hester van Oordt <h.vanoordt@bleijenoord.nl>",
        "subject": "Automatisch antwoord: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "thread": "confirmation",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Van vrijdag 23 december tot en met maandag 2 januari ben ik afwezig. Uw e-mail wordt na mijn terugkomst
            behandeld. Fijne feestdagen en een goed 2034!

            Hester van Oordt
            Werkorganisatie Bleijenoord
            """
        ),
    },
    {
        "id": "d110-132",
        "kind": "confirm",
        "sender": "Hester van Oordt <h.vanoordt@bleijenoord.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Bevestigd! Vanuit de vakantie, excuus voor de vertraging.

            Hester

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
]
# fmt: on
