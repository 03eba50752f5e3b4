"""devset133: long mails that carry two or three things at once, and short ones that carry one thing in much chatter.

The writers are directors, their assistants and a few English-speaking or bilingual colleagues. Some write three
paragraphs about their week, their council or their retirement before the one line that matters; others pack an
RSVP, a topic, a successor or an address change into one reply. Look-alikes sit in every kind: rhetorical
questions beside a plain yes, a question put to a fellow member instead of to us, an out-of-office with a personal
line, a topic mentioned in passing in an autoreply, a reflection on the invitation's question without a topic.

Conventions this set relies on (from the brief):
- Under the call for themes, the follow-up and the thank-you for a suggestion, a proposed topic makes the mail a
  `suggestion`, also when the writer says whether they come or remarks on the format; a reply there that only says
  whether the writer comes is an `rsvp`; a remark on the format alone is `other`.
- A topic proposed under the welcome, the invitation or the cancellation is a `suggestion` too; backing another
  member's topic without one's own and asking to present are `other`. Themes are those of the writer's own topic.
- Leaving the network and declining the atelier in one mail is `unsubscribe`, with or without a successor (with or
  without the successor's address); a decline that keeps the membership or names a substitute is `rsvp` False; a
  hand-over at a later date with "tot die tijd blijf ik lid" is `other`, also beside a yes; a colleague reporting
  that the director left is `other`.
- An AVG erasure, also inside a complaint, is `unsubscribe` with `erase`; a request to see one's data is `other`.
- A yes or a confirmation with a real question or request to us beside it (parking, accessibility, a name
  spelling, may I present, an address change) is `other`; so is a request to leave with a real question beside it.
  A rhetorical question, or one put to a fellow member, leaves the label alone. A condition the writer handles
  himself ("unless the council meets; I will let you know") keeps a yes an `rsvp`.
- A denial under our confirmation mail, also asking who did it, is `unsubscribe`; asking where we got the address is
  `other`; an assistant confirming for the director is `other`; an assistant's new mail about attendance is `other`,
  an assistant answering under the invitation is `rsvp`. Several people signing up at once is `other`.
- Out-of-office, read receipts, ticket systems and "address no longer in use" are `autoreply` (with their thread),
  also when the person added a personal line; delivery failures are `bounce` without a thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d133-001",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Brinkhorst <w.brinkhorst@werkorganisatie-klaverdonk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Excuus voor de late reactie: ik kom net terug van twee weken Lapland en mijn inbox is een slagveld. Ik
            heb jullie uitnodiging er toch uitgevist, want het onderwerp raakt precies waar wij nu mee worstelen.
            Sinds de evaluatie van vorig jaar zitten de drie colleges elk op hun eigen spoor en merk ik dat ik als
            directeur steeds vaker scheidsrechter ben in plaats van verbinder.

            Enfin, genoeg daarover, dat bewaar ik voor de middag zelf. Ik ben er op 11 maart en neem mijn adjunct,
            Selma, mee: we komen dus met z'n tweeën.

            Hartelijke groet,
            Wouter Brinkhorst
            algemeen directeur Werkorganisatie Klaverdonk
            """
        ),
    },
    {
        "id": "d133-002",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annelies Kooistra <a.kooistra@gr-rietmonde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi beiden,

            11 maart valt precies in de week dat ik met de VNG-delegatie in Brussel zit, dus zelf moet ik deze keer
            passen. Zonde, want ik had de vorige keer veel aan jullie middag.

            Ik stuur wel iemand in mijn plaats: Jelle Postma, onze nieuwe directeur bedrijfsvoering. Zijn adres is
            j.postma@gr-rietmonde.nl. Hij zit pas drie maanden bij ons, dus voor hem is het meteen een mooie manier
            om collega's uit andere fusieorganisaties te leren kennen.

            Groetjes,
            Annelies
            """
        ),
    },
    {
        "id": "d133-003",
        "kind": "rsvp",
        "attending": True,
        "sender": "Erik-Jan Meulenbelt <ej.meulenbelt@oudeweer-samen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Yes, ik ben er! Heb de trein van 13.04 uit Zwolle, als NS een beetje meewerkt sta ik ruim voor de koffie
            binnen. Fijn dat mijn gast ook welkom is, ze verheugt zich erop.

            EJ

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d133-004",
        "kind": "rsvp",
        "attending": False,
        "sender": "Claire Hollingsworth <c.hollingsworth@essenvelde.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan, dear Melanie,

            I am so sorry to be writing this at the last minute. My father was taken into hospital on Sunday and I
            will be spending most of this week in Leeds with my family, so I won't be able to make it on Thursday
            after all.

            I was genuinely looking forward to it - the session in the autumn was one of the few afternoons last
            year where I came away with ideas I actually used. Please do give my place to someone on the waiting
            list; it would be a shame for it to go to waste.

            With kind regards,
            Claire Hollingsworth
            Director of Operations | Werkorganisatie Essenvelde
            """
        ),
    },
    {
        "id": "d133-005",
        "kind": "rsvp",
        "attending": True,
        "sender": "Secretariaat directie Moerkerveld <secretariaat.directie@moerkerveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik reageer namens de heer Van Dongen, algemeen directeur van de werkorganisatie Moerkerveld. Hij zat de
            hele week in begrotingsoverleggen en vroeg mij de post van het netwerk voor hem af te handelen.

            De heer Van Dongen komt graag naar het atelier op 11 maart; ik heb de middag in zijn agenda geblokkeerd,
            inclusief reistijd. Hij komt alleen.

            Met vriendelijke groet,

            Petra Zwaan
            managementassistent directie
            Werkorganisatie Moerkerveld | T 0318 - 44 21 90
            Werkdagen: ma, di, do
            """
        ),
    },
    {
        "id": "d133-006",
        "kind": "rsvp",
        "attending": False,
        "sender": "Henk Oudshoorn <HOudshoorn@beekdaal.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "groupwise",
        "body": _(
            """
            Dag mevrouw Huurneman, meneer Van de Laar,

            Dank voor het bericht dat ik op de wachtlijst sta. Inmiddels is mijn voorjaar echter volgelopen: de
            gemeenteraad van Beekdaal heeft een extra sessie over de herijking van de GR gepland op precies die
            donderdag, en daar moet ik bij zijn. Komt er een plek vrij, geeft u die dan liever aan een ander. Ik kan
            niet.

            Vriendelijke groet,
            H.J. Oudshoorn
            Gemeentesecretaris/directeur
            """
        ),
    },
    {
        "id": "d133-007",
        "kind": "rsvp",
        "attending": True,
        "sender": "Naima Bouzid <n.bouzid@lindeloo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat een leuke verrassing om deze uitnodiging te krijgen. Ik wist al dat mijn directeur zelf niet kon,
            maar niet dat hij mij had voorgedragen. Ik kom heel graag in zijn plaats en neem, zoals hij heeft
            doorgegeven, een collega van ons team Strategie & Control mee.

            Tot 11 maart!
            Naima Bouzid
            concerncontroller Lindeloo
            """
        ),
    },
    {
        "id": "d133-008",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerard Plomp <g.plomp@heidewende.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Vervelend: 11 maart had ik keurig vrijgehouden, maar de nieuwe datum van 18 maart botst met ons jaarlijkse
            regio-overleg met de provincie, dat ik als voorzitter niet kan overslaan. Ik heb nog geprobeerd dat te
            verzetten, zonder succes.

            Voor de nieuwe datum moet ik mij dus helaas afmelden. Het lidmaatschap houd ik uiteraard aan; bij een
            volgende editie ben ik er graag weer bij.

            Met vriendelijke groet,
            Gerard Plomp
            """
        ),
    },
    {
        "id": "d133-009",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sanne de Graaff-Mitchell <s.degraaff@staverhout.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Hi Stan,

            Count me in! Ik zit die dag alleen in Groningen voor een visitatie, so I'll join online via the Teams
            link rather than in Utrecht. Hopelijk werkt de hybride opzet net zo goed als vorig jaar; the break-out in
            the online room was surprisingly lively.

            Best,
            Sanne
            """
        ),
    },
    {
        "id": "d133-010",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bart Kruithof <b.kruithof@dewilgenlanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Kort maar krachtig, want ik zit tussen twee overleggen: ik meld me af voor het atelier van 11 maart.
            Nadrukkelijk alleen voor het atelier, niet voor het netwerk! Vorig jaar schreef een collega van mij
            'afmelden' en stond hij ineens helemaal buiten de lijst, dat wil ik graag voorkomen.

            We hebben die middag de jaarlijkse medewerkersdag van De Wilgenlanden, en daar kan de directeur moeilijk
            ontbreken.

            Groet,
            Bart
            """
        ),
    },
    {
        "id": "d133-011",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ilse Verhagen <ilse.verhagen@ravenstede.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Dag Stan,

            Ik heb lang op jullie oproep zitten broeden, maar eerlijk is eerlijk: ik heb dit keer geen onderwerp dat
            ik met droge ogen als 'vraagstuk' kan opvoeren. Bij ons loopt het op dit moment gewoon redelijk, en dat
            wil ik ook niet te hard zeggen.

            Wat ik wel weet: 11 maart ben ik erbij, die datum staat al weken met stift in mijn agenda.

            Hartelijke groet,
            Ilse Verhagen
            """
        ),
    },
    {
        "id": "d133-012",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ton Wijnbergen <t.wijnbergen@marveen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Geen onderwerpen van mijn kant deze ronde. De reden is simpel: op 11 maart ben ik er niet, dan zit ik met
            mijn gezin in Zuid-Afrika. Het eerste echte verlof in vier jaar, dus daar kom ik niet onderuit en wil ik
            ook niet onderuit.

            Veel succes met het samenstellen van het programma. Ik lees het verslag straks met belangstelling.

            Met vriendelijke groet,
            Ton Wijnbergen
            Directeur Werkorganisatie Marveen
            """
        ),
    },
    {
        "id": "d133-013",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yvonne Tjon A Fong <y.tjonafong@tolbergen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Geaccepteerd. Leuk dat het dit keer in Utrecht is, dat scheelt mij een uur rijden vergeleken met de
            vorige locatie. Tot dan!
            """
        ),
    },
    {
        "id": "d133-014",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frank Leenhouts <f.leenhouts@brederwaal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Wat een treffend thema weer. Hoe vaak heb ik me niet afgevraagd of 'eigenheid' in de praktijk niet gewoon
            een beleefd woord is voor 'wij doen het liever zelf'? Maar goed, dat gesprek voeren we dan op 11 maart.

            Ik kom, met als enige slag om de arm dat onze raad in Brederwaal soms op het laatste moment een extra
            vergadering inlast. Gebeurt dat, dan laat ik het jullie zo snel mogelijk weten; ga er voorlopig maar van
            uit dat ik er ben.

            Met vriendelijke groet,
            Frank Leenhouts
            gemeentesecretaris-directeur
            """
        ),
    },
    {
        "id": "d133-015",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marjolein Staal <m.staal@kempenwaarde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan en Melanie,

            De vraag in jullie uitnodiging, hoe je de couleur locale van vier besturen in het oog houdt, houdt mij al
            jaren bezig. Wij hebben drie gemeenten en ik betrap mezelf er nog steeds op dat ik de kleinste vergeet
            als ik 's ochtends mijn prioriteiten op een rijtje zet. Dat is geen verwijt aan die gemeente, eerder aan
            mezelf.

            Juist daarom vind ik het extra jammer dat ik er op 11 maart niet bij kan zijn: die dag wordt onze nieuwe
            burgemeester geinstalleerd. Nee, helaas dus.

            Hartelijke groet,
            Marjolein Staal
            Algemeen directeur Kempenwaarde
            """
        ),
    },
    {
        "id": "d133-016",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ruben Akkerman <RAkkerman@zwanenwaard.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Dank voor de herinnering, ik was het niet vergeten. Ik ben er donderdag, al schuif ik waarschijnlijk pas
            rond kwart over twee aan: ons wekelijks overleg met de burgemeester loopt steevast uit, hoe strak ik de
            agenda ook maak. Begin vooral zonder mij.

            Groet,
            Ruben Akkerman
            """
        ),
    },
    {
        "id": "d133-017",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dorien van Assendelft <d.vanassendelft@goudhoeve.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Stan, Melanie: ik kom!

            Jeroen (cc), jij gaat toch ook? Zullen we samen rijden vanuit Goudhoeve? Ik kan je om half een oppikken
            bij het gemeentehuis.

            Dorien
            """
        ),
    },
    {
        "id": "d133-018",
        "kind": "rsvp",
        "attending": True,
        "sender": "Koen Hartevelt <koen.hartevelt@veldhoeve.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
            "samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Beste secretariaat, ik antwoord maar even tussen de regels door:

            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

            Ja, ik kom.

            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

            Nee, alleen. Mijn collega wilde eerst mee, maar zij heeft die dag een ondernemingsraadvergadering.

            > Graag uw antwoord vóór 2 maart 2027.

            Ruim op tijd dus, dat mag ook wel eens.

            Koen
            """
        ),
    },
    {
        "id": "d133-019",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Liesbeth Vroegindeweij <l.vroegindeweij@hazelbeek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor jullie oproep. Om te beginnen: 11 maart ben ik erbij, dat heb ik meteen vastgelegd.

            Dan een onderwerp. Onze vier gemeenten hebben na de verkiezingen vier coalitieakkoorden met elk hun eigen
            speerpunten, en die spreken elkaar op een paar punten gewoon tegen. Ik zou graag met collega's bespreken
            hoe je als werkorganisatie omgaat met tegenstrijdige opdrachten van de deelnemende gemeenten, zonder dat
            je de ene gemeente voortrekt.

            Met vriendelijke groet,
            Liesbeth Vroegindeweij
            directeur Werkorganisatie Hazelbeek
            """
        ),
    },
    {
        "id": "d133-020",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Mehmet Yildiz <m.yildiz@dijkzicht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi,

            Mijn onderwerp: hoe houd je jong talent vast in een werkorganisatie die voor medewerkers vaak 'van
            niemand' voelt? Wij verliezen veel dertigers na twee, drie jaar aan de provincie en aan grotere steden.

            En los daarvan een opmerking over de vorm: zou het atelier eens in de ochtend kunnen? 's Middags in
            Utrecht betekent voor ons uit het noorden dat we in de spits terug moeten. Maar dat is echt bijzaak.

            Groet, Mehmet
            """
        ),
    },
    {
        "id": "d133-021",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Patrick O'Donnell <p.odonnell@ooievaarsland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Many thanks for the follow-up and for the report, which I have already forwarded to my management team.
            You captured the discussion remarkably well, including the slightly heated exchange about shared budgets
            in the second round.

            I must also say the venue was a pleasant surprise. After years of windowless meeting rooms, a space with
            daylight and decent coffee does wonders for the quality of the conversation.

            As for the next atelier, there is one thing I'd really like to put on the table: how do we measure and
            compare the quality of our services to residents when each of our three municipalities wants its own
            indicators? We now produce three separate dashboards for what is essentially one service desk, and I
            suspect we are not the only ones.

            Warm regards,
            Patrick O'Donnell
            Director, Werkorganisatie Ooievaarsland
            """
        ),
    },
    {
        "id": "d133-022",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Hanneke Zijlstra <h.zijlstra@aalsterveen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "body": _(
            """
            Dank voor het noteren! Ik liep er gisteravond tijdens het hardlopen nog over te malen en er kwam een
            tweede onderwerp bij:

            een meerjarenvisie voor de werkorganisatie zelf, die verder kijkt dan de huidige raadsperiode. Nu lopen
            onze plannen steeds vier jaar mee met de colleges en beginnen we na elke verkiezing weer opnieuw.

            Groet uit Aalsterveen,
            Hanneke

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d133-023",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jos Hendriksen <JHendriksen@ambtelijkeorganisatie-lingehof.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "groupwise",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor het warme welkom. Ik ben pas sinds januari directeur bedrijfsvoering bij de Lingehof en had van
            mijn voorganger al begrepen dat dit netwerk de moeite waard is.

            Jullie vragen of ik al een onderwerp heb: ja. Wij draaien nog op drie verschillende zaaksystemen, een per
            oud-gemeente, en staan op het punt ze samen te voegen. Ik hoor graag hoe andere fusieorganisaties die
            migratie hebben aangepakt en wat ze achteraf anders zouden doen.

            Met vriendelijke groet,
            Jos Hendriksen
            """
        ),
    },
    {
        "id": "d133-024",
        "kind": "suggestion",
        "themes": ["strategie", "dienstverlening"],
        "sender": "Wilma ter Horst <wterhorst@gr-tweestromen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste Melanie,

            Op 11 maart kan ik helaas zelf niet, maar ik wil de kans niet laten liggen om onderwerpen aan te dragen,
            want het programma wordt toch door ons allemaal bepaald.

            Twee dingen houden mij bezig:
            - hoe maak je als werkorganisatie een strategische koers voor tien jaar als je opdrachtgevers elke vier
              jaar wisselen;
            - hoe bied je inwoners één herkenbaar loket, terwijl de drie gemeentehuizen open blijven.

            Ik hoop dat een van beide het haalt. Dan lees ik er in het verslag over.

            Hartelijke groet,
            Wilma ter Horst
            GR Tweestromen
            """
        ),
    },
    {
        "id": "d133-025",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Rik Dekkers <r.dekkers@bsd-kromrijn.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Dank voor het verslag, ik heb het met plezier gelezen. Jammer dat ik na de pauze weg moest.

            Voor de volgende keer: wij hebben nog steeds drie aparte P&C-cycli, met drie begrotingen, drie
            jaarrekeningen en drie keer dezelfde discussie in de auditcommissies. Ik ben benieuwd of iemand al een
            gezamenlijke cyclus heeft weten in te richten en hoe dat de financiële sturing op de werkorganisatie
            heeft veranderd.

            Groet,
            Rik Dekkers
            directeur bedrijfsvoering BSD Kromrijn
            """
        ),
    },
    {
        "id": "d133-026",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Carla Meijerink <c.meijerink@grenswaard-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Of ik er op 11 maart bij kan zijn weet ik nog niet, dat hangt af van een bestuurlijk overleg dat nog niet
            gepland is. Dat laat ik apart weten.

            Wel geef ik alvast een onderwerp mee, misschien voor een volgend atelier: hoe ga je om met een
            deelnemende gemeente die hardop nadenkt over uittreden? Bij ons speelt dat nu, en het doet iets met de
            sfeer in de hele organisatie. Ik kan me voorstellen dat meer collega's dat kennen.

            Met hartelijke groet,
            Carla Meijerink
            """
        ),
    },
    {
        "id": "d133-027",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Tobias Lindqvist <t.lindqvist@oosterbeemd.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Hello Stan and Melanie,

            Apologies for writing in English; my Dutch is fine for reading but I'm still slow when I write it.

            My suggestion for the atelier: the use of AI in the back office. Several of us are experimenting with
            generative tools for drafting council letters and summarising case files, mostly in isolation and
            without a shared view on the risks. It would be valuable to compare notes on what works, what our works
            councils think of it, and how we deal with data protection.

            Kind regards,
            Tobias Lindqvist
            Director of Operations, Werkorganisatie Oosterbeemd
            """
        ),
    },
    {
        "id": "d133-028",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Gerrit-Jan Mulder <gj.mulder@werkorganisatie-beemsterhout.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hallo Stan en Melanie,

            Wat een week. Maandag stond de halve parkeerplaats onder water, dinsdag viel de verwarming in het
            gemeentehuis uit en woensdag bleek onze nieuwe telefooncentrale alle gesprekken door te schakelen naar
            Burgerzaken, ook die voor de wethouders. Je kunt het niet verzinnen.

            Over die telefooncentrale gesproken, en daarmee meteen mijn onderwerp: één telefoonnummer en één
            klantcontactcentrum voor vier gemeenten. Wij zijn er halverwege mee en lopen tegen van alles aan.

            Verder gaat het goed hoor, de lente komt eraan. Tot in maart!

            Gerrit-Jan
            """
        ),
    },
    {
        "id": "d133-029",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Anouk Brouwers <a.brouwers@vlietmeer.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            top middag was t weer!! volgende keer graag iets over bestuurlijke drukte: 4 colleges, 4 raden, 1
            directie.. hoe houd je ze allemaal te vriend zonder dat je je eigen organisatie uit t oog verliest. ik
            heb er 3 jaar ervaring mee maar nog steeds geen antwoord haha

            groet anouk

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "d133-030",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "A. Holwerda <a.holwerda@wetterwalde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Graag stel ik het volgende onderwerp voor:

            Hoe komt een werkorganisatie tot een eigen strategische meerjarenagenda, los van de afzonderlijke
            collegeprogramma's, en hoe houd je die agenda overeind als de bestuurlijke wind draait?

            Wij zijn hier in Wetterwalde vorig jaar mee begonnen en ik zou de aanpak graag toetsen bij collega's die
            verder zijn.

            Hoogachtend,
            A. Holwerda
            algemeen directeur
            """
        ),
    },
    {
        "id": "d133-031",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Evelien Smeets <e.smeets@maasoever-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Hoi Stan,

            Op de ledendag hoorde ik Ruud al vertellen dat hij 'digitale dienstverlening voor ouderen' zou insturen.
            Dat steun ik van harte, laat dat maar weten.

            Zelf wil ik iets anders aandragen: het verzuim onder onze teamleiders. Dat is in twee jaar bijna
            verdubbeld en ik vermoed dat het te maken heeft met de dubbele loyaliteit die ze voelen, naar hun oude
            gemeente en naar de werkorganisatie. Ik ben benieuwd hoe anderen dat zien.

            Groetjes,
            Evelien
            """
        ),
    },
    {
        "id": "d133-032",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Bram Veltkamp <b.veltkamp@gr-veenhoven.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Dank voor de bevestiging. Ik kom overigens zeker op 11 maart, dat was ik in mijn vorige mail vergeten te
            zeggen.

            En nu ik toch schrijf, nog een onderwerp erbij: de positie van de werkorganisatie in de regionale
            energietransitie. Wie zit er eigenlijk aan tafel bij de RES, de vier wethouders of wij? Bij ons is dat
            echt onduidelijk en dat levert in de regio de nodige verwarring op.

            Met vriendelijke groet,
            Bram Veltkamp
            """
        ),
    },
    {
        "id": "d133-033",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Saskia Brandsma <s.brandsma@lauwerswaard.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat jammer dat het niet doorgaat, ik had me erop verheugd. Jullie zullen er goede redenen voor hebben.

            Zodra er een nieuwe datum is, zou ik het fijn vinden als er ruimte is voor dit onderwerp: huisvesting in
            een tijd van hybride werken. Wij hebben drie gemeentehuizen, één organisatie, en op vrijdag staat alles
            leeg. Wat doe je met al die vierkante meters en werkplekken?

            Hartelijke groet,
            Saskia Brandsma
            """
        ),
    },
    {
        "id": "d133-034",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Mirjam de Haas <m.dehaas@werkorganisatie-aadal.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemorgen,

            Hieronder stuur ik, op verzoek van onze directeur mevrouw Kerkhof, haar reactie op jullie oproep door.
            Zij had die in concept klaargezet voordat ze met vakantie ging.

            "Mijn onderwerp: de prestaties van onze dienstverlening meten op een manier die alle drie de raden
            accepteren. Nu wil elke raad andere KPI's en krijgen we telkens dezelfde discussie over wat 'goed' is."

            Met vriendelijke groet,
            Mirjam de Haas
            secretariaat directie Werkorganisatie Aadal
            """
        ),
    },
    {
        "id": "d133-035",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Joris Mahabier <j.mahabier@zilverkamp.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat een fijne middag was het. Ik heb nog lang nagepraat met de collega uit het oosten over haar
            ervaringen met de raadsinformatie.

            Voor het volgende atelier draag ik graag digitale dienstverlening aan: één portaal voor de inwoners van
            drie gemeenten, en vooral wat dat vraagt van onze backoffice en werkprocessen, die nog grotendeels per
            gemeente zijn ingericht. Daar zit voor ons de echte puzzel.

            Met vriendelijke groet,
            Joris Mahabier
            directeur Zilverkamp
            """
        ),
    },
    {
        "id": "d133-036",
        "kind": "unsubscribe",
        "sender": "Herman Buitenhuis <h.buitenhuis@de-vijfsluizen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Na ruim achtendertig jaar in het openbaar bestuur, waarvan de laatste negen als directeur van De Vijf
            Sluizen, ga ik per 1 maart met pensioen. Dat betekent ook dat ik er op 11 maart niet meer bij ben, en dat
            ik mijn lidmaatschap van het netwerk beëindig.

            Ik kijk met veel plezier terug op de ateliers. Het was vaak het enige moment in het jaar waarop ik hardop
            kon twijfelen zonder dat er een wethouder meeluisterde.

            Mijn opvolger is Fatma Aydın, zij begint op 1 maart. Haar adres wordt f.aydin@de-vijfsluizen.nl. Ik heb
            haar al verteld dat ze bericht van jullie kan verwachten.

            Met hartelijke groet,
            Herman Buitenhuis
            """
        ),
    },
    {
        "id": "d133-037",
        "kind": "unsubscribe",
        "sender": "Lotte Verbeek <lotte.verbeek@brinkveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan en Melanie,

            Geen onderwerp van mij dit keer, want ik vertrek eind deze maand naar het Rijk (ik ga een directie bij
            BZK versterken, spannend!). Wilt u mij dus uitschrijven uit het netwerk?

            Wie mij opvolgt wordt pas in april benoemd; naam en mailadres zijn dus nog niet bekend. Zodra dat rond
            is, vraag ik hem of haar om zich zelf aan te melden.

            Bedankt voor alles, het was een fijn netwerk.
            Lotte
            """
        ),
    },
    {
        "id": "d133-038",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "R. Westerhof <r.westerhof@amstelmonde.nl>",
        "quote": "none",
        "subject": "Klacht en verwijdering gegevens",
        "body": _(
            """
            Geacht secretariaat,

            Ik ben het eerlijk gezegd beu. In drie maanden tijd kreeg ik van uw netwerk een oproep, een
            uitnodiging, een wijziging, een herinnering en nu weer een vervolg, terwijl ik me ooit voor één
            bijeenkomst heb opgegeven. Ik klik ze inmiddels na twee regels weg, en mijn secretaresse heeft er ook
            genoeg van.

            Daarom, en ik wil dat zeer duidelijk formuleren: verwijder al mijn persoonsgegevens uit uw bestanden,
            conform artikel 17 AVG. Niet alleen van de mailinglijst, maar ook uit uw deelnemerslijsten en eventuele
            verslagen waarin mijn naam staat.

            Ik ga ervan uit dat dit binnen de wettelijke termijn gebeurt.

            R. Westerhof
            """
        ),
    },
    {
        "id": "d133-039",
        "kind": "unsubscribe",
        "sender": "Jasper Ruiter <j.ruiter@noordhoeve.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            I'm confused by this email. I have not signed up for any network, and I'm not a director either, I'm a
            policy adviser. Who entered my address - someone at the secretariat your message mentions? Either way,
            please don't register me; I'd rather not receive these mails.

            Regards,
            Jasper Ruiter
            """
        ),
    },
    {
        "id": "d133-040",
        "kind": "unsubscribe",
        "sender": "Gea Hofstra <ghofstra@bosmeer.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "groupwise",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de bevestiging van mijn afmelding. Jullie vragen in je bericht naar een opvolger: die is er
            inmiddels. Per 1 april neemt Sjoerd Feenstra mijn functie over, hij is bereikbaar op
            s.feenstra@bosmeer.nl. Ik heb hem al verteld hoe waardevol ik de ateliers vond, dus hij rekent op een
            uitnodiging.

            Het ga jullie goed!
            Gea Hofstra
            """
        ),
    },
    {
        "id": "d133-041",
        "kind": "unsubscribe",
        "sender": "Maurits van Beek <maurits.vanbeek@ravenwoude.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Ha Stan,

            Ik zie je herinnering binnenkomen terwijl ik in de trein zit, tussen een crisisoverleg over de jeugdzorg
            en een avond met de raad. Zo gaat het al maanden. Ik heb er lang over nagedacht, maar ik moet keuzes
            maken en het netwerk is er een van.

            Donderdag kom ik dus niet, en eigenlijk wil ik ook helemaal van de lijst af. Niks persoonlijks, het ligt
            echt aan mij en mijn agenda.

            Sterkte met de organisatie, en groet aan Melanie.
            Maurits

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d133-042",
        "kind": "unsubscribe",
        "sender": "Ingeborg Wassenaar <i.wassenaar@valkenhorst.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor het verslag en voor jullie mooie woorden over de middag. Het atelier van vorige week was mijn
            laatste: ik vertrek bij Valkenhorst en ga in het onderwijs werken, iets wat ik al jaren wilde.

            Haal mij daarom maar van de lijst van het netwerk. Wie mij opvolgt is nog volstrekt onduidelijk; de
            functie wordt eerst herzien.

            Dank voor de zorgvuldige organisatie al die jaren.

            Ingeborg Wassenaar
            """
        ),
    },
    {
        "id": "d133-043",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "H.W. Kamphuis <h.kamphuis@eikendonk.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes",
        "body": _(
            """
            Geachte heer, mevrouw,

            Enkele dagen geleden heb ik mijn aanmelding bevestigd, maar bij nader inzien pas ik. Ik had niet begrepen
            dat het om een netwerk met een terugkerende mailing gaat; ik dacht aan een eenmalige bijeenkomst. Daar
            heb ik mijn secretariaat inmiddels ook op aangesproken.

            Ik verzoek u mijn lidmaatschap te beëindigen en alle gegevens die u van mij hebt vastgelegd te wissen.

            Met vriendelijke groet,
            H.W. Kamphuis
            """
        ),
    },
    {
        "id": "d133-044",
        "kind": "unsubscribe",
        "sender": "Robert-Jan Heemskerk <rj.heemskerk@oudenhage.nl>",
        "quote": "none",
        "subject": "Afscheid",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Vandaag precies veertien jaar geleden trad ik aan als gemeentesecretaris van Oudenhage, en sinds de
            fusie met de buren ben ik directeur van de werkorganisatie. Vrijdag geef ik mijn afscheidsreceptie;
            daarna ga ik zeilen, op de kleinkinderen passen en eindelijk de boeken lezen die al jaren op de stapel
            liggen.

            Het netwerk heeft mij door een paar lastige jaren geholpen, vooral toen de fusie onder vuur lag. Daar ben
            ik jullie en de collega's dankbaar voor.

            Wilt u mij uitschrijven? Over mijn opvolging beslist het bestuur pas na de zomer.

            Hartelijke groet,
            Robert-Jan Heemskerk
            """
        ),
    },
    {
        "id": "d133-045",
        "kind": "unsubscribe",
        "sender": "Nicole Verstappen <n.verstappen@peelhorst.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Melanie,

            Wachtlijst plaats 2, dat had ik niet verwacht. Maar het maakt niet meer uit: ik kom niet, en ik wil
            meteen ook uit het netwerk. Ik word programmadirecteur bij de provincie en dan past het lidmaatschap niet
            meer bij mijn functie.

            Geef mijn plek op de wachtlijst gerust aan een ander.

            Groet,
            Nicole Verstappen
            """
        ),
    },
    {
        "id": "d133-046",
        "kind": "unsubscribe",
        "sender": "Paul Terpstra <p.terpstra@gr-lindewaal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de uitnodiging, maar ik moet u teleurstellen. Ik stop per 1 maart als directeur en verlaat
            daarmee ook het netwerk; meldt u mij dus af, voor het atelier en voor de lijst.

            Mijn opvolger is bekend, Maarten Kuipers, maar een mailadres bij ons heeft hij nog niet: hij begint pas
            op 1 mei. Ik zal hem vragen zich daarna zelf bij u aan te melden.

            Vriendelijke groet,
            Paul Terpstra
            """
        ),
    },
    {
        "id": "d133-047",
        "kind": "subscribe",
        "sender": "Esther Goedhart <e.goedhart@wierdenland.nl>",
        "quote": "none",
        "subject": "Lid worden van het netwerk",
        "body": _(
            """
            Beste Stan en Melanie,

            Sinds 1 januari ben ik algemeen directeur van Wierdenland, de werkorganisatie van drie gemeenten in het
            noorden. Tijdens mijn eerste kennismakingsronde noemden drie verschillende collega's spontaan uw netwerk,
            en wie ben ik om daartegenin te gaan.

            Ik meld me hierbij graag aan, met dit mailadres. Ik kijk uit naar de eerste bijeenkomst.

            Met vriendelijke groet,
            Esther Goedhart
            algemeen directeur Wierdenland
            """
        ),
    },
    {
        "id": "d133-048",
        "kind": "subscribe",
        "sender": "Frits Hogendoorn <f.hogendoorn@heemstervaart.nl>",
        "quote": "none",
        "subject": "Aanmelding nieuwe collega",
        "body": _(
            """
            Goedemiddag,

            Onze nieuwe directeur bedrijfsvoering, Ruud Hagedoorn, is deze maand begonnen. Hij zat hiervoor bij een
            waterschap en kent de wereld van de ambtelijke fusies nog nauwelijks; dit netwerk lijkt me de snelste
            manier om dat in te halen, en hij is het daarmee eens.

            Wilt u hem aanmelden? Zijn adres is r.hagedoorn@heemstervaart.nl.

            Met vriendelijke groet,
            Frits Hogendoorn
            algemeen directeur Heemstervaart
            """
        ),
    },
    {
        "id": "d133-049",
        "kind": "subscribe",
        "sender": "Margriet Dubbeldam <m.dubbeldam@hooglanderveld.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            O jee. Ik heb gisteren mijn mailbox opgeruimd en daarbij blijkbaar bij jullie mail op de verkeerde knop
            gedrukt, of mijn secretaresse heeft te enthousiast 'afmelden' getypt, dat zoeken we nog uit. In elk
            geval: lid blijven! Ik wil het atelier echt niet missen.

            Margriet

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d133-050",
        "kind": "subscribe",
        "sender": "Daniel Okafor <d.okafor@rijnmeander.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Dear secretariat,

            I recently took up the post of interim director at Werkorganisatie Rijnmeander, a shared service
            organisation for three municipalities, and I'll be here for at least eighteen months. A colleague from a
            neighbouring region mentioned your network over lunch last week and spoke very highly of the ateliers.

            I would like to join, using this address. My Dutch is decent, so Dutch-language sessions are no problem.

            Best regards,
            Daniel Okafor
            """
        ),
    },
    {
        "id": "d133-051",
        "kind": "subscribe",
        "sender": "Wendy Koster <w.koster@gr-sterrenwaard.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Dag,

            Een collega stuurde me laatst het verslag van jullie laatste atelier door, met de opmerking 'dit is echt
            iets voor jou'. Ze had gelijk, ik heb het in één ruk uitgelezen op de bank, met een kop thee en de kat op
            schoot. Graag meld ik me aan als lid.

            Wendy Koster
            directeur GR Sterrenwaard
            """
        ),
    },
    {
        "id": "d133-052",
        "kind": "confirm",
        "sender": "Kees Roodenburg <k.roodenburg@heemvliet.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Mijn secretariaat was me voor, merk ik. Prima: ik had het zelf al een tijd op mijn lijstje staan, nadat
            ik een collega uit het zuiden er vorig jaar zo enthousiast over hoorde vertellen.

            Bij dezen dus bevestigd.

            Met vriendelijke groet,
            Kees Roodenburg
            """
        ),
    },
    {
        "id": "d133-053",
        "kind": "confirm",
        "sender": "Priscilla Doornbos <p.doornbos@hunzebroek.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Oei, helemaal over het hoofd gezien, sorry! Het waren drukke weken met de voorjaarsnota en drie raden die
            allemaal tegelijk iets willen. Bij deze alsnog: ja, ik word graag lid.

            Priscilla Doornbos
            directeur Hunzebroek
            """
        ),
    },
    {
        "id": "d133-054",
        "kind": "confirm",
        "sender": "Thijs van Hulst <t.vanhulst@gr-dommelbeek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Met vriendelijke groet,

            Thijs van Hulst
            Algemeen directeur | GR Dommelbeek
            Markt 4, 5599 ZZ Dommeldorp
            T 040 - 123 45 67

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Is dit bericht niet voor u bestemd, stel dan de
            afzender op de hoogte en verwijder het bericht.
            """
        ),
    },
    {
        "id": "d133-055",
        "kind": "confirm",
        "sender": "Amira Haddou <a.haddou@klaverweide.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Confirmed! Funny: I've been meaning to sign myself up since October, and in the end it took my management
            assistant all of two minutes. Why is it always the small admin jobs that linger longest on a director's
            to-do list? :)

            Looking forward to being part of this.

            Amira Haddou
            Director, Werkorganisatie Klaverweide
            """
        ),
    },
    {
        "id": "d133-056",
        "kind": "confirm",
        "sender": "J. Steenbergen <JSteenbergen@tienhovenwaard.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Geacht secretariaat,

            Uw eerste bericht is bij ons kennelijk in het spamfilter beland; pas na uw herinnering heeft onze
            ICT-afdeling het teruggevonden. Sinds de overgang naar de nieuwe mailomgeving staan de filters nogal
            streng afgesteld, excuus daarvoor.

            Ik bevestig hierbij mijn aanmelding voor het netwerk.

            Hoogachtend,
            J. Steenbergen
            directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "d133-057",
        "kind": "confirm",
        "sender": "Lisa Vermeulen <l.vermeulen@kraaijenburg.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Beste Stan en Melanie,

            Hierbij bevestig ik mijn aanmelding. Bij mijn vorige werkgever heb ik al eens een atelier bijgewoond en ik
            hoop er dit voorjaar weer bij te zijn, nu in mijn nieuwe rol.

            Groet,
            Lisa Vermeulen
            """
        ),
    },
    {
        "id": "d133-058",
        "kind": "autoreply",
        "sender": "Jeroen Vos <j.vos@bernisseland.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart "
            "2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Van 1 tot en met 15 maart ben ik met ouderschapsverlof en lees ik mijn mail niet.
            Voor dringende zaken kunt u terecht bij mijn plaatsvervanger, Hilde Schouten (h.schouten@bernisseland.nl,
            06 - 11 22 33 44).

            Aan iedereen die mij voor iets leuks uitnodigt: dank je wel, en sorry dat ik het mis. Onze dochter is op
            24 februari geboren en ik ben er even helemaal niet.

            Jeroen Vos
            """
        ),
    },
    {
        "id": "d133-059",
        "kind": "autoreply",
        "sender": "Maartje Dijkgraaf <m.dijkgraaf@de-lindenhoeve.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Ik ben afwezig tot maandag 25 januari. Uw e-mail wordt niet doorgestuurd.
            I am out of the office until Monday 25 January. Your e-mail will not be forwarded.

            Ik zit met een groep collega's op studiereis in Kopenhagen om te zien hoe de gemeenten daar hun digitale
            loket hebben ingericht. Daar vertel ik na terugkomst graag over!

            Maartje Dijkgraaf
            """
        ),
    },
    {
        "id": "d133-060",
        "kind": "autoreply",
        "sender": "Wim Schoonderwoerd <w.schoonderwoerd@zuidervliet.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier "
            "donderdag 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Dit e-mailadres is sinds 1 februari 2027 niet meer in gebruik. Uw bericht is niet doorgestuurd en wordt
            niet gelezen.

            Wim Schoonderwoerd is bereikbaar via w.schoonderwoerd@gr-zuidervliet.nl. Voor algemene vragen kunt u
            terecht bij info@zuidervliet.nl.
            """
        ),
    },
    {
        "id": "d133-061",
        "kind": "autoreply",
        "sender": "Servicedesk Peelhorst <servicedesk@peelhorst.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "[Melding #2027-004418] RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Geachte afzender,

            Uw e-mail is ontvangen door de Servicedesk van Werkorganisatie Peelhorst en geregistreerd onder
            meldingsnummer 2027-004418. Wij streven ernaar uw melding binnen drie werkdagen in behandeling te nemen.

            Vermeld bij verdere correspondentie altijd het meldingsnummer in de onderwerpregel.

            Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.
            """
        ),
    },
    {
        "id": "d133-062",
        "kind": "autoreply",
        "sender": "Cor van Rijswijk <c.vanrijswijk@ijsselwaarde.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": (
            'Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier '
            '"Sturen op samenwerking & eigenheid" [atelier:2027-1]'
        ),
        "headers": {"Precedence": "auto_reply"},
        "body": _(
            """
            Goedendag,

            Tot en met vrijdag 26 maart ben ik niet op kantoor. Ik heb beperkt toegang tot mijn mail en reageer na
            terugkomst.

            Voor zaken rond:
            - de begroting en de voorjaarsnota: Ellen Brink, controller (e.brink@ijsselwaarde.nl);
            - personeel en organisatie: Youssef Amrani, HR-adviseur (y.amrani@ijsselwaarde.nl);
            - bestuurlijke afstemming met de colleges: het bestuurssecretariaat, 0570 - 12 34 56.

            En wie dit leest terwijl de zon schijnt: ga even naar buiten. Dat doe ik ook.

            Cor van Rijswijk
            directeur Werkorganisatie IJsselwaarde
            """
        ),
    },
    {
        "id": "d133-063",
        "kind": "autoreply",
        "sender": "Gijs Brouwer <g.brouwer@stroomdal.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Gelezen: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen "
            "op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht

              Aan: Gijs Brouwer
              Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &
                eigenheid [atelier:2027-1]
              Verzonden: maandag 8 februari 2027 10:02:11 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is gelezen op maandag 8 februari 2027 13:47:55 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "d133-064",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@hunzebroek.nl>",
        "quote": "none",
        "subject": (
            "Onbestelbaar: Welke thema's wilt u bespreken? Leer- en "
            "inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "body": _(
            """
            Kan niet worden bezorgd bij deze ontvangers of groepen:

            k.vlasblom@hunzebroek.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en
            probeer het bericht opnieuw te verzenden. Neem contact op met de helpdesk als het probleem zich blijft
            voordoen.

            Diagnostische gegevens voor beheerders:

            Genererende server: AM9PR02MB1234.eurprd02.prod.outlook.com

            k.vlasblom@hunzebroek.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "d133-065",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.stroomdal.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.stroomdal.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <a.vanderzwaag@stroomdal.nl>: host mail.stroomdal.nl[10.1.2.3] said: 550 5.1.1
                <a.vanderzwaag@stroomdal.nl>: Recipient address rejected: User unknown in
                local recipient table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d133-066",
        "kind": "other",
        "sender": "Roel Jansen-Baars <r.jansenbaars@de-kempkes.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat fijn dat het atelier dit keer in Utrecht is, dat ligt voor ons precies in het midden. Ik kom graag.

            Wel een praktische vraag: kan ik bij het Stadskantoor parkeren, of is er in de buurt een garage die u
            aanraadt? Ik kom uit een overleg in Amersfoort en de trein is die middag voor mij geen optie.

            Hartelijke groet,
            Roel Jansen-Baars
            """
        ),
    },
    {
        "id": "d133-067",
        "kind": "other",
        "sender": "Bettina Schreuder <bettina.schreuder@gr-stroomland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hallo Stan en Melanie,

            11 maart lukt me niet, ik zit dan op een cursus in Den Haag. Jammer!

            Iets anders: onze organisatie krijgt per 1 april een nieuwe naam en daarmee ook een nieuw maildomein.
            Mijn adres wordt dan b.schreuder@samenwerkingsorganisatie-vierlanden.nl. Het oude adres blijft nog een
            paar maanden werken, maar willen jullie het alvast aanpassen?

            Groet,
            Bettina
            """
        ),
    },
    {
        "id": "d133-068",
        "kind": "other",
        "sender": "Marc Reijnders <m.reijnders@hoornbeek-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste heer Van de Laar, mevrouw Huurneman,

            Graag bevestig ik mijn aanmelding voor het netwerk.

            Eén verzoek: mijn naam wordt met 'ij' geschreven, Reijnders, niet Reinders zoals het secretariaat het
            heeft doorgegeven. Het is een klein ding, maar op naambordjes en deelnemerslijsten zie ik het liever goed
            staan. Wilt u het aanpassen?

            Met vriendelijke groet,
            Marc Reijnders
            """
        ),
    },
    {
        "id": "d133-069",
        "kind": "other",
        "sender": "Ada Wiegman <a.wiegman@polderwijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Dag Stan,

            Geen onderwerp van mij, wel een wens voor de vorm. Kunnen de ateliers wat korter? Van 14.00 tot 17.30
            is voor velen van ons een hele middag plus reistijd, en het laatste uur zie ik steeds meer mensen naar
            hun telefoon kijken. Twee uur, strak geleid, zou mij meer trekken. Of anders eens een ontbijtsessie.

            Groetjes,
            Ada
            """
        ),
    },
    {
        "id": "d133-070",
        "kind": "other",
        "sender": "Fiona McLeod <f.mcleod@driewegen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Just a short note to say thank you - for the afternoon itself, for the report, and for the care you put
            into both. The discussion on the four municipalities' local flavour stayed with me all the way home; I
            found myself explaining it to my husband over dinner, which says something.

            I especially appreciated the way you kept the break-out groups small. In a bigger group I would never
            have dared to share our rather messy experience with the budget negotiations.

            I've read the report twice now and passed it on to my deputy. Keep up the wonderful work.

            Warm wishes,
            Fiona McLeod
            """
        ),
    },
    {
        "id": "d133-071",
        "kind": "other",
        "sender": "Theo Wolters <t.wolters@ouderijn-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste Melanie,

            Tijdens het regio-overleg vertelde Esther Goedhart dat zij 'grip op externe inhuur' als onderwerp voor
            het atelier heeft ingestuurd. Daar sluit ik me graag bij aan: dat onderwerp verdient wat mij betreft een
            plek op de agenda, het liefst bovenaan.

            Zelf heb ik niets toe te voegen; het is zo al goed gezegd.

            Met vriendelijke groet,
            Theo Wolters
            """
        ),
    },
    {
        "id": "d133-072",
        "kind": "other",
        "sender": "Sander Bosman <SBosman@kromwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik kom op 11 maart.

            Daarnaast een vraag: wij hebben het afgelopen jaar in Kromwaard een 'gemeentetafel' ingericht, een vast
            overleg waarin de drie gemeentesecretarissen en ik elke maand de lokale prioriteiten naast elkaar leggen.
            Dat sluit mooi aan bij het thema. Zou ik daar tijdens het atelier tien minuten over mogen vertellen?

            Met vriendelijke groet,
            Sander Bosman
            """
        ),
    },
    {
        "id": "d133-073",
        "kind": "other",
        "sender": "Yolanda Kerkhoven <y.kerkhoven@oldeveste.nl>",
        "quote": "none",
        "subject": "Vraag over mijn gegevens",
        "body": _(
            """
            Goedemorgen,

            Bij ons loopt momenteel een interne AVG-audit, en als directeur wil ik natuurlijk zelf het goede
            voorbeeld geven. Ik ben daarom al mijn lidmaatschappen en abonnementen langsgegaan, van de vakbladen tot
            de alumnivereniging, en uw netwerk staat ook op dat lijstje.

            Ik blijf graag lid, daar gaat het niet om. Wel ontvang ik graag een overzicht van de persoonsgegevens die
            u van mij hebt vastgelegd, en met welk doel.

            Met vriendelijke groet,
            Yolanda Kerkhoven
            algemeen directeur Oldeveste
            """
        ),
    },
    {
        "id": "d133-074",
        "kind": "other",
        "sender": "Anja Rutgers <a.rutgers@noordhoeve.nl>",
        "quote": "none",
        "subject": "Vertrek directeur",
        "body": _(
            """
            Geachte heer Van de Laar,

            Ik ben managementassistent bij de werkorganisatie Noordhoeve. Onze directeur, de heer Lammers, is per
            1 februari vertrokken naar een andere organisatie. Zijn mailbox wordt door mij beheerd, en ik zie dat er
            nog regelmatig berichten van uw netwerk binnenkomen.

            Een interim-directeur is er nog niet. Ik wilde u dit even laten weten.

            Met vriendelijke groet,
            Anja Rutgers
            """
        ),
    },
    {
        "id": "d133-075",
        "kind": "other",
        "sender": "Bernard Smulders <b.smulders@heuvelmonde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Beste Stan en Melanie,

            11 maart ben ik er gewoon bij, met veel plezier. Het wordt wel mijn laatste atelier: per 1 juli neemt
            Ilona de Wit mijn functie over. Haar adres is i.dewit@heuvelmonde.nl, zij werkt nu nog bij ons als
            programmamanager. Tot die tijd blijf ik lid, dus de mails mogen gewoon naar mij blijven komen.

            Groet,
            Bernard

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d133-076",
        "kind": "other",
        "sender": "L. Hoogendijk <l.hoogendijk@marlewaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Ik krijg van u een verzoek om een aanmelding te bevestigen, maar ik heb mij nergens aangemeld. Ik ben
            bovendien geen directeur maar teamleider Burgerzaken, en het secretariaatsadres in uw bericht ken ik niet.

            Hoe komt u aan mijn e-mailadres? Ik wil weten waar u het vandaan hebt voordat ik verder iets doe.

            L. Hoogendijk
            """
        ),
    },
    {
        "id": "d133-077",
        "kind": "other",
        "sender": "Karin de Roos <k.deroos@wilderhof.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Goedemiddag,

            Ik ben de managementassistent van mevrouw Van Laarhoven, directeur van Wilderhof. Vorige week heb ik haar
            op haar verzoek aangemeld voor het netwerk. Omdat zij deze week op werkbezoek in het buitenland is en
            haar mail niet bijhoudt, bevestig ik de aanmelding bij dezen namens haar.

            Met vriendelijke groet,
            Karin de Roos
            Directiesecretariaat Wilderhof
            """
        ),
    },
    {
        "id": "d133-078",
        "kind": "other",
        "sender": "Joyce Bakker <j.bakker@veldmere.nl>",
        "quote": "none",
        "subject": "Atelier 11 maart - deelname de heer Van Zanten",
        "body": _(
            """
            Beste Stan en Melanie,

            Via deze weg laat ik u weten dat de heer Van Zanten, onze algemeen directeur, graag aanwezig is bij het
            Leer- en inspireer-atelier op 11 maart in Utrecht. De uitnodiging zit naar eigen zeggen ergens in zijn
            mailbox, maar hij vroeg mij het voor hem te regelen. Hij komt zonder introducé.

            Met vriendelijke groet,
            Joyce Bakker
            Bestuurssecretariaat Veldmere
            """
        ),
    },
    {
        "id": "d133-079",
        "kind": "other",
        "sender": "Onno Dijkhuizen <o.dijkhuizen@gr-zeeveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hallo Stan,

            Even in reactie op de praktische vragen, zodat jullie het overzicht hebben: nee, geen introducé, mijn
            plaatsvervanger heeft die middag zelf een overleg. En nee, ook geen dieetwensen, ik eet alles wat er op
            tafel komt, zeker als het bij de koffie is.

            Groet,
            Onno
            """
        ),
    },
    {
        "id": "d133-080",
        "kind": "other",
        "sender": "Paulien Groenewegen <p.groenewegen@gr-drielanden-west.nl>",
        "quote": "none",
        "subject": "Aanmelding directieteam",
        "body": _(
            """
            Beste mensen,

            Vorige week hielden we met ons directieteam een heidag, en een van de uitkomsten was dat we meer willen
            leren van collega-fusieorganisaties. Uw netwerk kwam daarbij meteen op tafel.

            Wij melden ons daarom graag met z'n drieën aan:
            - Paulien Groenewegen, algemeen directeur (p.groenewegen@gr-drielanden-west.nl)
            - Olaf Timmermans, directeur bedrijfsvoering (o.timmermans@gr-drielanden-west.nl)
            - Samira Benali, directeur dienstverlening (s.benali@gr-drielanden-west.nl)

            Met vriendelijke groet, mede namens Olaf en Samira,
            Paulien Groenewegen
            """
        ),
    },
    {
        "id": "d133-081",
        "kind": "other",
        "sender": "Gonny Veldman <g.veldman@amstelwaard.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Dank voor de herinnering. Ik kom graag, maar sinds een knieoperatie zit ik tijdelijk in een rolstoel. Is
            het Stadskantoor rolstoeltoegankelijk, en is er een invalidenparkeerplaats in de buurt? Zo niet, dan kom
            ik liever online.

            Hartelijke groet,
            Gonny Veldman
            """
        ),
    },
    {
        "id": "d133-082",
        "kind": "other",
        "sender": "Edwin Lammerts <e.lammerts@graafschapwaard.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemiddag,

            Met de nieuwe datum wordt het voor mij niets meer, en eerlijk gezegd kom ik de laatste tijd nauwelijks
            nog aan het netwerk toe. Ik wil me daarom helemaal afmelden.

            Eén vraag nog: kan ik het verslag van dit atelier straks toch ontvangen of ergens inzien? Het onderwerp
            ligt me na aan het hart en ik zou het jammer vinden de uitkomsten te missen.

            Groet,
            Edwin Lammerts
            """
        ),
    },
    {
        "id": "d133-083",
        "kind": "other",
        "sender": "Hans Ouwerkerk <h.ouwerkerk@oosterdiep-werkt.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ha Stan en Melanie,

            Balen! Ik had er net een hele middag voor vrijgeroosterd en zelfs mijn wekelijkse overleg met de
            burgemeesters verzet. Lag het aan het aantal aanmeldingen, of is er iets anders aan de hand? En weten
            jullie al wanneer de nieuwe datum wordt? Dan blok ik die meteen, voordat de agenda weer volloopt.

            Groet,
            Hans
            """
        ),
    },
    {
        "id": "d133-084",
        "kind": "other",
        "sender": "Noor Dekker-Şahin <n.dekkersahin@lindeveen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor het hartelijke welkom! Ik heb meteen de verslagen van de vorige ateliers doorgebladerd en zie
            veel herkenbaars.

            Een vraag: organiseert het netwerk naast de twee ateliers per jaar ook kleinere regionale bijeenkomsten?
            Wij zitten helemaal in het zuidwesten en Utrecht is voor ons een flinke reis. Bestaat dat niet, dan denk
            ik er graag eens over mee.

            Hartelijke groet,
            Noor Dekker-Şahin
            """
        ),
    },
    {
        "id": "d133-085",
        "kind": "other",
        "sender": "L. Aarts <l.aarts@brederhoek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geacht secretariaat,

            Elk halfjaar krijg ik een oproep om onderwerpen aan te dragen, en elk halfjaar lees ik daarna in de
            uitnodiging dat er een thema is gekozen dat niemand uit mijn omgeving heeft voorgesteld. Ik vraag me
            oprecht af wat er met de suggesties gebeurt en hoe de Adviesraad tot zijn keuze komt. Kunt u dat eens
            toelichten? Dan overweeg ik weer iets in te sturen.

            Met vriendelijke groet,
            L. Aarts
            """
        ),
    },
]
# fmt: on
