"""devset126: replies under the call for themes, the follow-up and the thank-you that are or are not a topic.

Directors, deputies, an assistant and two outside suppliers answer `oproep_themas`, `vervolg_atelier` and
`bedankt_suggestie`. Half of the mail is no topic proposal at all: feedback and criticism on the last atelier,
praise of a speaker, remarks on place, time, length, a site visit or an online variant (sometimes called "mijn
suggestie"), backing a colleague's topic, asking to present, withdrawing or correcting a topic sent earlier,
questions on how topics are chosen, a colleague's idea passed on, an offered location and vendors pitching a talk.
The other half proposes real topics: as a question, a bare phrase, in English, in a list, at the end of a long
story, with theme words in passing, or two topics under two themes. A few replies only say whether the writer
comes on 11 March.

Conventions this set relies on (from the brief):
- Under the call, the follow-up or the thank-you a proposed topic is a `suggestion`, also when the writer says
  whether they come or adds a remark on the form; a reply that only says whether the writer comes is an `rsvp`.
- A proposal about the form of the ateliers (place, time, length, format, who is invited) is `other`, even when
  the writer calls it a suggestion.
- Backing another member's topic without one's own, and asking whether one may present, are `other`.
- Themes are those of what the writer proposes, not of words used in passing or the story told before it; two
  themes only for one topic that clearly spans both or for two topics under two themes.
- Replies to `vervolg_atelier` carry thread `followup`; replies to the call and to the thank-you carry
  `call_for_themes`; a forward by an assistant and a new mail carry no thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d126-001",
        "kind": "other",
        "sender": "Harm Bosscher <h.bosscher@veenkolonien-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Mijn suggestie voor het komende atelier: kies eens een locatie buiten de Randstad. Voor ons uit
            Zuidoost-Drenthe betekent Utrecht ruim drie uur in de auto, heen en terug. Zwolle of Amersfoort zou
            al een wereld van verschil maken.

            Met vriendelijke groet,
            Harm Bosscher
            algemeen directeur Werkorganisatie Veenkoloniën-Zuid
            """
        ),
    },
    {
        "id": "d126-002",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sanne Ouwerkerk <s.ouwerkerk@lekenlinge.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Strategische personeelsplanning nu we voor bijna elke vacature in het ruimtelijk domein drie keer
            moeten uitzetten.

            Sanne Ouwerkerk
            Werkorganisatie Lek en Linge
            """
        ),
    },
    {
        "id": "d126-003",
        "kind": "other",
        "sender": "Joost Verhagen <j.verhagen@gr-kromme-aa.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Eerlijk is eerlijk: ik vond het programma van 11 maart te vol. De inleiding liep een half uur uit en
            daardoor bleef er voor het gesprek aan de tafels nauwelijks tijd over, terwijl dat nu juist is waar
            ik voor kom. Misschien goed om daar bij de voorbereiding van de volgende editie scherper op te zijn.

            Verder dank voor de organisatie, het verslag lees ik dit weekend.

            Groet,
            Joost Verhagen
            directeur GR Kromme Aa
            """
        ),
    },
    {
        "id": "d126-004",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Petra Kuijpers <p.kuijpers@maasheuvelland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Hoe hou je de kleinste deelnemende gemeente aan boord als de grootste partner steeds de toon zet?
            Dat zou ik volgende keer graag uitdiepen.

            Petra

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d126-005",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ruud Hazelaar <r.hazelaar@werkorganisatie-bosrand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Een onderwerp heb ik zo snel niet paraat, daar mogen de collega's over gaan. Wel alvast: 11 maart
            staat al weken geblokt in mijn agenda en ik ben erbij.

            Hartelijke groet,
            Ruud Hazelaar
            gemeentesecretaris-directeur Werkorganisatie Bosrand
            """
        ),
    },
    {
        "id": "d126-006",
        "kind": "other",
        "sender": "Mirjam Tjoa <mirjam.tjoa@dekempenstreek.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Hoi Melanie,

            Wat mij betreft was de bijdrage van Annemiek Roelofsen het hoogtepunt van de middag. Zoals zij het
            spanningsveld tussen één werkorganisatie en vier eigen gemeenten neerzette, zonder powerpoint en met
            alleen dat ene flip-overvel: knap. Wil je haar namens mij bedanken? Ik heb haar adres niet.

            Groetjes,
            Mirjam
            """
        ),
    },
    {
        "id": "d126-007",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Daniel Whitfield <d.whitfield@gr-westerkwartier-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan, dear Melanie,

            Apologies for writing in English, my Dutch is still better spoken than written.

            A topic I would like to put forward: measuring customer satisfaction when a single contact centre
            answers for three municipalities. Which indicators actually tell you something, and how do you
            keep residents from feeling they are calling "the other town"?

            Kind regards,
            Daniel Whitfield
            Director of Operations
            """
        ),
    },
    {
        "id": "d126-008",
        "kind": "other",
        "sender": "Gerda Lamberts <G.Lamberts@oostgelre-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dag Stan,

            Mijn suggestie zou zijn om er eens een online editie van twee uur van te maken, naast de fysieke
            ateliers. Dan kunnen ook de collega's aanhaken die nu een hele middag reistijd kwijt zijn.

            Met groet,
            Gerda Lamberts
            """
        ),
    },
    {
        "id": "d126-009",
        "kind": "suggestion",
        "themes": ["strategie", "dienstverlening"],
        "sender": "Thijs van Oorschot <t.vanoorschot@hartvandebetuwe.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Twee onderwerpen, zoals gevraagd per regel:
            - Visie 2035: wat voor werkorganisatie willen we over tien jaar zijn?
            - Eén digitaal ondernemersloket voor onze drie gemeenten

            Met vriendelijke groet,
            Thijs van Oorschot
            Directeur Werkorganisatie Hart van de Betuwe
            """
        ),
    },
    {
        "id": "d126-010",
        "kind": "other",
        "sender": "Ilse Brouwer-Demir <i.brouwer@werkorganisatie-dijkstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Bij nader inzien trek ik het punt over de digitalisering van werkprocessen weer in. Ons programma is
            vorige maand afgerond en ik heb er eerlijk gezegd weinig meer over te vertellen. Het andere punt mag
            wat mij betreft blijven staan.

            Groet,
            Ilse Brouwer-Demir
            """
        ),
    },
    {
        "id": "d126-011",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bert Hofstede <Bert.Hofstede@gr-vier-polders.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste Stan en Melanie,

            Even wat context. Anderhalf jaar geleden zijn wij met vier gemeenten in één werkorganisatie
            opgegaan. De samenwerking tussen de colleges loopt eigenlijk verrassend goed en ook de dienstverlening
            aan de balie heeft weinig last gehad van de overgang. Maar achter de schermen draaien we nog steeds
            vijf verschillende zaaksystemen, twee salarisadministraties en een wirwar aan koppelingen die niemand
            meer helemaal overziet. Elke keer als er een leverancier belt, schrik ik.

            Mijn voorstel voor 11 maart is dan ook: hoe harmoniseer je een versnipperd applicatielandschap zonder
            dat de boel een jaar stil ligt?

            Met vriendelijke groet,
            Bert Hofstede
            directeur bedrijfsvoering GR Vier Polders
            """
        ),
    },
    {
        "id": "d126-012",
        "kind": "other",
        "sender": "Anouk Verdonk <a.verdonk@zuidkust-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan,

            Voordat ik iets instuur: hoe werkt de telling eigenlijk? Weegt een onderwerp dat door vijf mensen
            genoemd wordt zwaarder dan een onderwerp dat één keer langskomt, of kijkt de Adviesraad vooral naar
            de inhoud? En wie zitten er momenteel in die Adviesraad?

            Dank alvast,
            Anouk Verdonk
            """
        ),
    },
    {
        "id": "d126-013",
        "kind": "other",
        "sender": "Frank Ligtvoet <f.ligtvoet@werkorganisatie-groene-hart-noord.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            In de slotronde noemde Wouter Kamphuis de vraag hoe je de raden meeneemt bij een herijking van de
            gemeenschappelijke regeling. Daar sluit ik me volmondig bij aan, daar zou ik graag op doorpraten.
            Zelf heb ik geen nieuw onderwerp, dus tel dit gerust als steun voor het zijne.

            Vriendelijke groet,
            Frank Ligtvoet
            """
        ),
    },
    {
        "id": "d126-014",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Yvonne Staal <yvonne.staal@ijsselvallei-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "subject": "Re: Dank voor uw themasuggestie [atelier:2027-1]",
        "body": _(
            """
            Dank voor het noteren! Ik wil er toch nog eentje aan toevoegen: onze positie in de regio, nu de
            provincie steeds meer de regie pakt bij de regiodeals en wij als werkorganisatie soms niet eens aan
            tafel zitten.

            Yvonne Staal
            """
        ),
    },
    {
        "id": "d126-015",
        "kind": "other",
        "sender": "Kees Middelkoop <k.middelkoop@lingewaard-oost.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste Stan,

            Wij hebben het afgelopen jaar een rekenmodel ontwikkeld waarmee we de formatie eerlijk over onze
            drie gemeenten verdelen, en dat trekt inmiddels bekijks in de regio. Zou ik dat op het atelier
            mogen presenteren? Een kwartier is voldoende, met wat tijd voor vragen.

            Met vriendelijke groet,
            Kees Middelkoop
            """
        ),
    },
    {
        "id": "d126-016",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Nadia el Khatib <n.elkhatib@werkorganisatie-amstelvliet.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo Stan,

            Wat mij betreft volgende keer iets minder plenair, de tafelgesprekken waren het sterkst.

            Onderwerp dat ik graag inbreng: datagedreven sturen. Hoe krijg je het MT zover dat de dashboards die
            we met veel moeite hebben gebouwd ook echt gebruikt worden bij beslissingen?

            Groet,
            Nadia el Khatib
            """
        ),
    },
    {
        "id": "d126-017",
        "kind": "other",
        "sender": "Martijn Quist <martijn.quist@procesdata.nl>",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "subject": "Presentatievoorstel voor het Leer- en inspireer-atelier",
        "body": _(
            """
            Geacht secretariaat,

            Via een relatie bij een van de aangesloten werkorganisaties ontvingen wij onderstaande oproep.
            Procesdata BV ondersteunt sinds 2015 gemeenten bij het stroomlijnen van werkprocessen met
            procesmining. Graag verzorgen wij op 11 maart een presentatie van 30 minuten over slimme
            werkprocessen in fusieorganisaties, uiteraard kosteloos en zonder commerciële insteek.

            Ik bel u volgende week even om de mogelijkheden te bespreken.

            Met vriendelijke groet,
            Martijn Quist
            Accountmanager Overheid | Procesdata BV
            """
        ),
    },
    {
        "id": "d126-018",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hanneke Mol <h.mol@gr-rivierenkruis.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Digitale inclusie graag: hoe helpen we de inwoners die niet meekomen met DigiD en al die app-first
            loketten? Bij ons staat de rij aan de balie er elke maandag weer.

            Hanneke
            """
        ),
    },
    {
        "id": "d126-019",
        "kind": "other",
        "sender": "Arnold Zeegers <A.Zeegers@werkorganisatie-tielerwaard.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste Stan en Melanie,

            Wij betrekken in september ons nieuwe kantoor aan de Waalkade in Tiel. Voor het volgende atelier
            stellen wij de raadzaal graag beschikbaar: plaats voor veertig mensen, goede techniek, een eigen
            keuken en gratis parkeren. Het station is op tien minuten lopen.

            Laat maar weten of dat interessant is.

            Met hartelijke groet,
            Arnold Zeegers
            algemeen directeur
            """
        ),
    },
    {
        "id": "d126-020",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Lotte Bremer <l.bremer@drechtzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Na de verkiezingen van vorig jaar liggen er bij ons drie nieuwe coalitieakkoorden. Mijn vraag voor het
            atelier: welke bestuurlijke prioriteiten krijgen voorrang in de meerjarenagenda van de werkorganisatie,
            en hoe maak je die keuze voor iedereen zichtbaar en uitlegbaar?

            Hartelijke groet,
            Lotte Bremer
            """
        ),
    },
    {
        "id": "d126-021",
        "kind": "other",
        "sender": "Erik Sonneveld <e.sonneveld@werkorganisatie-voorne-west.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Dank voor de bevestiging. Een kleine correctie: u noteerde "de relatie met de gemeenteraden", maar
            ik bedoelde eigenlijk de relatie met de auditcommissies van de raden. Dat is toch een wat ander
            gesprek. Wilt u het zo aanpassen in uw overzicht?

            Met vriendelijke groet,
            Erik Sonneveld
            """
        ),
    },
    {
        "id": "d126-022",
        "kind": "other",
        "sender": "Rebecca Holt <r.holt@gr-noordoostpolder-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hello Stan,

            Before I send anything in: is there a list of the topics discussed at earlier ateliers? I joined the
            network only recently and would hate to propose something the group already covered twice.

            Thanks,
            Rebecca Holt
            """
        ),
    },
    {
        "id": "d126-023",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Wim Geurtsen <W.Geurtsen@berkelland-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Goedemiddag,

            1) werkdruk en verzuim bij het team Vergunningen, dat al twee jaar onderbezet draait
            2) klanttevredenheid meten bij het KCC: welke methode geeft bruikbare stuurinformatie?

            Groet, Wim Geurtsen
            """
        ),
    },
    {
        "id": "d126-024",
        "kind": "other",
        "sender": "Carla Wijnbergen <c.wijnbergen@maasenwaal-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Dag Stan,

            Ik sprak gisteren mijn collega-directeur van de GR Land van Heusden, die (nog) geen lid is. Zij vroeg
            me door te geven dat zij het ooit eens over verdeelsleutels in de begroting zou willen hebben. Ik geef
            het gewoon door, zelf heb ik er geen uitgesproken mening over.

            Groet,
            Carla
            """
        ),
    },
    {
        "id": "d126-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Michiel Koster <m.koster@werkorganisatie-duivenvoorde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste Stan,

            Op 11 maart zit ik met de VNG-delegatie in Brussel, dus dit atelier moet ik overslaan. De onderwerpen
            laat ik daarom graag aan de collega's die er wel bij zijn.

            Met groet,
            Michiel Koster
            """
        ),
    },
    {
        "id": "d126-026",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jolanda Scheepens <J.Scheepens@peelrand-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Uittreding van een deelnemende gemeente: hoe ga je daar als directie mee om, ook richting je eigen
            mensen?

            J. Scheepens
            """
        ),
    },
    {
        "id": "d126-027",
        "kind": "other",
        "sender": "Hugo Vlasblom <h.vlasblom@werkorganisatie-alblasserland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Een suggestie, al is het geen thema: plan de ateliers eens op een vrijdagochtend. Op donderdagmiddag
            hebben veel van ons de voorbereiding van het collegeoverleg en dan is wegkomen lastig.

            Groet,
            Hugo Vlasblom
            """
        ),
    },
    {
        "id": "d126-028",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marloes Timmer <m.timmer@oudeijssel-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Geen echte themasuggestie van mijn kant, meer een wens: het zou goed zijn het eens met elkaar te
            hebben over de werkdruk en de uitval bij onze consulenten in het sociaal domein. Wij verliezen er
            elk kwartaal een paar en ik hoor van collega's dat het bij hen niet anders is.

            Met vriendelijke groet,
            Marloes Timmer
            """
        ),
    },
    {
        "id": "d126-029",
        "kind": "other",
        "sender": "Sjoerd Alkema <s.alkema@gr-sudwest-fryslan-noard.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Dank voor de fijne middag. De link naar het verslag geeft bij mij alleen een 404, ook op de laptop.
            Staat het er al wel op?

            Sjoerd
            """
        ),
    },
    {
        "id": "d126-030",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Priya Ramdin <p.ramdin@werkorganisatie-delfland-zuid.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            For next time: how do you monitor the performance of services to residents and businesses, and how
            do you report it to three councils that each want their own figures? I'd love to compare notes.

            Best,
            Priya Ramdin
            """
        ),
    },
    {
        "id": "d126-031",
        "kind": "other",
        "sender": "Gert-Jan Pols <gj.pols@werkorganisatie-zeeuwse-delta.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "subject": "Re: Dank voor uw themasuggestie [atelier:2027-1]",
        "body": _(
            """
            Dank voor de bevestiging. Hoor ik na de 21e nog van jullie of mijn onderwerp het gehaald heeft, of zie
            ik dat pas aan de uitnodiging?

            Gert-Jan
            """
        ),
    },
    {
        "id": "d126-032",
        "kind": "other",
        "sender": "Renske Hoogland <r.hoogland@heuvelrand-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Een idee over de vorm: combineer het atelier eens met een werkbezoek bij een van de leden. Dan zie je
            in de praktijk hoe een andere werkorganisatie het heeft ingericht, in plaats van er alleen over te
            praten in een vergaderzaal. Wie gastheer is mag wat mij betreft de organisatie bepalen.

            Groet,
            Renske Hoogland
            """
        ),
    },
    {
        "id": "d126-033",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Leo Terpstra <L.Terpstra@noardlik-fjouwer.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste secretariaat,

            Mijn onderwerp: hoe kom je met vier colleges, elk met een eigen agenda, tot één gezamenlijke
            lange-termijnvisie die vervolgens de basis vormt voor de strategie van de werkorganisatie?

            Met vriendelijke groet,
            Leo Terpstra
            """
        ),
    },
    {
        "id": "d126-034",
        "kind": "other",
        "sender": "Femke Dijkhuizen <f.dijkhuizen@werkorganisatie-vechtdal.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Afgelopen dinsdag heb ik in ons MT teruggekoppeld wat we op 11 maart hebben besproken. Het verhaal
            over de couleur locale kwam hard binnen: mijn collega's herkenden het precies, zeker waar het gaat om
            de samenwerking met de kleinste gemeente en de vraag hoe ver je moet gaan met maatwerk in de
            dienstverlening. We hebben afgesproken om in het najaar zelf een sessie te houden over hoe de
            organisatie daar mee omgaat, en ik neem het verslag daarvoor als basis.

            Kortom: het heeft al effect gehad. Dank voor de organisatie en tot de volgende keer.

            Hartelijke groet,
            Femke Dijkhuizen
            """
        ),
    },
    {
        "id": "d126-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bas Nieuwenhuis <b.nieuwenhuis@gr-westfriesland-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Fijn dat het genoteerd staat. Aangemeld had ik me nog niet, dus bij dezen: zet me maar op de lijst
            voor 11 maart, ik kom.

            Bas Nieuwenhuis
            """
        ),
    },
    {
        "id": "d126-036",
        "kind": "other",
        "sender": "Ton Rademaker <T.Rademaker@werkorganisatie-kaagenbraassem.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Stan,

            Gerrit van der Wal heeft bij jullie al informatiebeveiliging aangedragen, hoorde ik op de regiodag.
            Dat voorstel steun ik van harte. Meer heb ik deze ronde niet.

            Ton
            """
        ),
    },
    {
        "id": "d126-037",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Emma Laurentius <e.laurentius@bollenkust.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Hi Stan,

            My two topics, one per line as requested:
            1. Hybrid working and what it means for our office space
            2. Keeping young talent once they've had two years of experience with us

            Cheers,
            Emma
            """
        ),
    },
    {
        "id": "d126-038",
        "kind": "other",
        "sender": "Cor van Ginkel <c.vanginkel@werkorganisatie-eemvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Mijn suggestie: maak er eens een tweedaags atelier van, met een overnachting ergens op de Veluwe. Een
            middag is net te kort om echt de diepte in te gaan, en juist 's avonds aan tafel komen de beste
            gesprekken los.

            Met vriendelijke groet,
            Cor van Ginkel
            """
        ),
    },
    {
        "id": "d126-039",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Astrid Pronk <a.pronk@gr-waterlandse-dijken.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Beste Melanie,

            Ik heb de afgelopen jaren veel gehad aan dit netwerk, het is een mooie vorm van samenwerking tussen
            collega's die allemaal met hetzelfde worstelen. Mijn onderwerp voor maart: de wachttijden aan de
            telefoon van het KCC. Wat werkt echt om die omlaag te krijgen?

            Groet,
            Astrid Pronk
            """
        ),
    },
    {
        "id": "d126-040",
        "kind": "other",
        "sender": "Roel Brinkman <r.brinkman@werkorganisatie-sallandse-heuvels.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Beste Stan,

            Zou ik de sheets van de inleiding kunnen krijgen? In het verslag staan ze niet en ik wil de plaat met
            de vier stijlen van gemeentelijke eigenheid graag gebruiken in onze directieraad.

            Dank!
            Roel Brinkman
            """
        ),
    },
    {
        "id": "d126-041",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Dewi Sastrowardojo <d.sastrowardojo@werkorganisatie-rijnwoude-oost.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Topmiddag, dank! Voor de volgende keer: informatieveiligheid. Na de hack bij onze buren vorig jaar
            vraag ik me af of wij zelf wel goed genoeg voorbereid zijn.

            Dewi
            """
        ),
    },
    {
        "id": "d126-042",
        "kind": "other",
        "sender": "Hendrik Jan Pater <HJ.Pater@achterhoek-west.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan,

            Mag ik na 21 januari nog iets insturen? Ons MT komt pas op de 28e bij elkaar en ik wil de onderwerpen
            daar eerst ophalen in plaats van ze zelf te verzinnen.

            Met vriendelijke groet,
            Hendrik Jan Pater
            """
        ),
    },
    {
        "id": "d126-043",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Marieke Jonkers <m.jonkers@werkorganisatie-langstraat-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik hoorde dat Ellen Voskuil al informatiebeveiliging heeft aangedragen; daar sluit ik me bij aan.

            Zelf zou ik daarnaast graag praten over de verhouding met de centrumgemeente in onze regio, die
            steeds vaker besluiten neemt waar wij als werkorganisatie pas achteraf van horen.

            Groet,
            Marieke Jonkers
            """
        ),
    },
    {
        "id": "d126-044",
        "kind": "other",
        "sender": "Secretariaat directie Lopikerwaard <secretariaat.directie@lopikerwaard-samen.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw De Groot-Hakkert stuur ik uw oproep terug met een vraag: zijn de ateliers ook
            toegankelijk voor haar adjunct-directeur, of alleen voor directeuren zelf?

            Met vriendelijke groet,
            Brenda Vos
            Directiesecretaresse
            """
        ),
    },
    {
        "id": "d126-045",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Bureau directie Zaanoever <bureaudirectie@zaanoever-werkt.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens de heer Oosterbaan stuur ik zijn onderwerp voor het atelier door: de inhoudelijke koers van de
            werkorganisatie voor de komende tien jaar, en hoe je die vastlegt zonder dat elk nieuw college er
            opnieuw aan begint.

            Met vriendelijke groet,
            Ingeborg Smeets
            management-assistent
            """
        ),
    },
    {
        "id": "d126-046",
        "kind": "other",
        "sender": "Paul Everaerts <p.everaerts@gr-baronie-zuid.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Een kritische noot, bedoeld om het beter te maken. Aan mijn tafel werd het gesprek vooral gevoerd door
            de drie grootste werkorganisaties; wij als kleine GR kwamen er nauwelijks tussen. Misschien helpt een
            gespreksleider per tafel, of een vaste volgorde.

            Met collegiale groet,
            Paul Everaerts
            """
        ),
    },
    {
        "id": "d126-047",
        "kind": "other",
        "sender": "Noor Vermeulen <n.vermeulen@werkorganisatie-marnezijl.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dag Melanie,

            Ik heb een onderwerp in gedachten dat niet netjes onder een van de vier thema's valt. Mag dat ook, of
            moet ik het zo formuleren dat het ergens in past? Dan denk ik er nog even over na voor ik het stuur.

            Noor
            """
        ),
    },
    {
        "id": "d126-048",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Gijs Hoekstra <G.Hoekstra@werkorganisatie-wadkust.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "groupwise",
        "subject": "Antw: Dank voor uw themasuggestie [atelier:2027-1]",
        "body": _(
            """
            Nog een aanvulling op mijn lijstje: de inzet van AI-assistenten in de backoffice, bijvoorbeeld bij
            het voorbereiden van raadsstukken. Wie heeft er al een pilot mee gedraaid?

            Gijs Hoekstra
            """
        ),
    },
    {
        "id": "d126-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Willemijn Borst <w.borst@gr-heerlen-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "subject": "Re: Dank voor uw themasuggestie [atelier:2027-1]",
        "body": _(
            """
            Mooi dat mijn onderwerp erop staat. Voor 11 maart moet ik helaas toch afhaken: die middag is er een
            extra raadsvergadering over de begroting en daar kan ik niet weg.

            Groet,
            Willemijn Borst
            """
        ),
    },
    {
        "id": "d126-050",
        "kind": "other",
        "sender": "Olivia Marsh <olivia.marsh@civicportal.eu>",
        "quote": "none",
        "subject": "Presentation offer for your Leer- en inspireer-atelier",
        "body": _(
            """
            Dear secretariat,

            A contact at one of your member organisations told me about your call for topics. CivicPortal builds
            resident portals for merged municipal organisations in Belgium and the Netherlands, and we would be
            delighted to give a 20-minute demo at your next atelier on how one portal can serve several towns.

            Happy to set up a short call.

            Best regards,
            Olivia Marsh
            Partnerships Lead, CivicPortal
            """
        ),
    },
    {
        "id": "d126-051",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Rik Wessels <R.Wessels@werkorganisatie-twentse-zoom.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste Melanie,

            Voortbordurend op 11 maart: hoe pak je gezamenlijke opgaven op als de gemeenten er heel verschillende
            ambities bij hebben? Bij ons speelt dat nu rond de energietransitie, waar de ene gemeente vooroploopt
            en de andere liever afwacht.

            Groet,
            Rik Wessels
            """
        ),
    },
    {
        "id": "d126-052",
        "kind": "other",
        "sender": "Chantal Meijers <c.meijers@werkorganisatie-rijnenlek.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Mijn suggestie voor de volgende keer: laat deelnemers vooraf een korte casus van een halve A4
            insturen. Dan kunnen de tafels meteen de diepte in en hoeven we niet eerst een half uur naar elkaars
            situatie te vragen.

            Met vriendelijke groet,
            Chantal Meijers
            """
        ),
    },
    {
        "id": "d126-053",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jan-Willem Tromp <jw.tromp@gr-gooi-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Onderwerp: proactieve dienstverlening, inwoners benaderen voordat ze zelf aankloppen (bv. bij
            betalingsachterstanden).

            Gr. Jan-Willem
            """
        ),
    },
    {
        "id": "d126-054",
        "kind": "other",
        "sender": "Mustafa Yilmaz <m.yilmaz@werkorganisatie-oosterschelde.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik zie dat mijn onderwerp onder Organisatie is gezet, terwijl ik het zelf eerder bij Dienstverlening
            zou plaatsen. Maakt dat voor de telling iets uit? Zo ja, dan hoor ik graag hoe jullie die indeling
            maken.

            Met vriendelijke groet,
            Mustafa Yilmaz
            """
        ),
    },
    {
        "id": "d126-055",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Tessa Kloosterman <t.kloosterman@werkorganisatie-vijfheerenlanden-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste Stan,

            Vorige maand hadden we onze strategiedag met de drie colleges en het MT. Veel ging over de ambities
            van de gemeenten en over onze rol in de regio, maar wat mij vooral bijbleef was iets anders: we hebben
            de teams de afgelopen twee jaar steeds meer ruimte gegeven om zichzelf te organiseren, en als directie
            weten we eerlijk gezegd niet meer goed waar we op sturen.

            Dus mijn onderwerp: het sturingsconcept. Hoe houd je als directie grip als de teams zelforganiserend
            zijn?

            Groet,
            Tessa Kloosterman
            """
        ),
    },
    {
        "id": "d126-056",
        "kind": "other",
        "sender": "Koen Dekkers <k.dekkers@gr-peel-en-maas-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Geen onderwerp van mij, wel een vraag: komt er op 11 maart ook een online link voor wie niet kan
            reizen? Mijn knie werkt even niet mee.

            Koen
            """
        ),
    },
    {
        "id": "d126-057",
        "kind": "rsvp",
        "attending": True,
        "sender": "Fleur Hendriks-Nash <f.hendriks@werkorganisatie-brabantse-wal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Hi Stan,

            No topic from my side this round, I'm afraid. Just letting you know you can count on me for
            11 March.

            Fleur
            """
        ),
    },
    {
        "id": "d126-058",
        "kind": "other",
        "sender": "Stephen Okafor <s.okafor@werkorganisatie-hollandse-plassen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Just a quick note to say how well organised Thursday was. The venue was spot on, the facilitator kept
            everyone on time without being pushy, and the coffee was better than at most conferences I attend.
            Well done to you both.

            Kind regards,
            Stephen Okafor
            """
        ),
    },
    {
        "id": "d126-059",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Annelies de Bruijn <a.debruijn@werkorganisatie-alm-en-biesbosch.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Voor het volgende atelier: hoe houd je een koers voor de lange termijn vast als de bestuurlijke
            prioriteiten om de vier jaar omgegooid worden?

            Vriendelijke groet,
            Annelies de Bruijn
            """
        ),
    },
    {
        "id": "d126-060",
        "kind": "other",
        "sender": "Vincent Ramakers <v.ramakers@werkorganisatie-heuvelland-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik zou graag een onderwerp inbrengen en dat dan zelf inleiden met een korte casus uit eigen huis. Maar
            eerst: is daar op het atelier ruimte voor, en hoeveel tijd krijgt een inleider dan?

            Met vriendelijke groet,
            Vincent Ramakers
            """
        ),
    },
    {
        "id": "d126-061",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Monique Baars <monique.baars@werkorganisatie-veluwezoom-west.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Hoi Stan,

            A. Formatie: hoe bepaal je de juiste omvang van je organisatie na een bezuinigingsronde?
            B. De verhouding tussen de deelnemende gemeenten als het gaat om de verdeling van de kosten.

            Groet,
            Monique
            """
        ),
    },
    {
        "id": "d126-062",
        "kind": "other",
        "sender": "Laurens Keijzer <l.keijzer@gr-hoeksche-eilanden-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Ik begreep van mijn collega Marco Bakels dat hij precies hetzelfde onderwerp heeft ingestuurd als ik.
            Telt dat bij jullie als twee stemmen of wordt het samengevoegd tot één?

            Groet,
            Laurens Keijzer
            """
        ),
    },
    {
        "id": "d126-063",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hannah Brooks <h.brooks@werkorganisatie-kennemerland-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Melanie,

            A topic for the atelier: sharing joint tasks, such as youth care procurement, between our partner
            municipalities and the wider region. Who takes the lead, and how do you keep everyone on board?

            Best wishes,
            Hannah Brooks
            """
        ),
    },
    {
        "id": "d126-064",
        "kind": "other",
        "sender": "Dirk-Jan Veldkamp <dj.veldkamp@werkorganisatie-zuidwest-drenthe.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Dag Melanie,

            Kun je de deelnemerslijst nog rondsturen? Ik raakte aan tafel in gesprek met een directeur uit
            Limburg over hun sociaal team, maar ben haar naam vergeten en wil graag nog contact opnemen.

            Dank je,
            Dirk-Jan
            """
        ),
    },
    {
        "id": "d126-065",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ellen Schouten <e.schouten@werkorganisatie-westland-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Eén ding vergat ik nog: de chatbot op de website. Wie heeft er ervaring mee in het contact met
            inwoners, en valt het een beetje mee met de klachten?

            Met vriendelijke groet,
            Ellen Schouten
            """
        ),
    },
    {
        "id": "d126-066",
        "kind": "other",
        "sender": "Albert Wiersma <A.Wiersma@werkorganisatie-lauwersland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste Stan,

            Suggestie: nodig voor een deel van de middag ook eens de voorzitters van onze GR-besturen uit. Het
            gesprek tussen directeuren is waardevol, maar juist het gesprek met de bestuurders erbij zou het
            atelier een extra dimensie geven.

            Met vriendelijke groet,
            Albert Wiersma
            """
        ),
    },
    {
        "id": "d126-067",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Karin Vos-Polman <k.vospolman@werkorganisatie-gelderse-vallei-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik kom op 11 maart graag. Als onderwerp draag ik aan: de planning-en-controlcyclus van een
            werkorganisatie die drie begrotingen moet bedienen, met drie verschillende tijdpaden.

            Hartelijke groet,
            Karin Vos-Polman
            """
        ),
    },
    {
        "id": "d126-068",
        "kind": "other",
        "sender": "Maarten Verburg <m.verburg@werkorganisatie-schouwen-west.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Een praktisch punt voor de volgende keer: met een eindtijd van half zes ben ik pas na negenen thuis in
            Zeeland, en de pauze van tien minuten was te kort om even bij te praten. Liever om vijf uur klaar en
            een iets langere pauze.

            Groet,
            Maarten Verburg
            """
        ),
    },
    {
        "id": "d126-069",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Inge Boersma <i.boersma@werkorganisatie-de-friese-meren-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            De werkorganisatie als strategische partner van de colleges: van uitvoerder naar meedenker over de
            inhoudelijke agenda.

            Inge Boersma
            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d126-070",
        "kind": "other",
        "sender": "Ronald Smulders <r.smulders@gr-dommelvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Hallo Stan,

            Mijn excuses: ik heb gisteren per ongeluk twee keer hetzelfde onderwerp gestuurd, een keer vanaf mijn
            telefoon en een keer vanaf kantoor. Wilt u het maar één keer meetellen?

            Ronald
            """
        ),
    },
    {
        "id": "d126-071",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sabine Lutgens <S.Lutgens@werkorganisatie-mergelland-noord.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "subject": (
            "Antw: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Twee dingen voor de volgende keer:
            - klachtafhandeling voor inwoners die over de gemeentegrens heen verhuizen
            - het bijhouden van de doorlooptijden van vergunningen en wat je doet als die oplopen

            Sabine Lutgens
            """
        ),
    },
    {
        "id": "d126-072",
        "kind": "other",
        "sender": "Jeroen Aalders <j.aalders@werkorganisatie-utrechtse-waarden.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "subject": (
            "Re: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "body": _(
            """
            Dank jullie wel. Ik reed met een vol hoofd en een goed gevoel naar huis, dat overkomt me niet bij
            elke bijeenkomst.

            Jeroen
            """
        ),
    },
    {
        "id": "d126-073",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Geert Wolters <G.Wolters@werkorganisatie-oldambt-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste secretariaat,

            Hoe ga je om met de verschillen in ambitie tussen een groeigemeente en een krimpgemeente binnen
            dezelfde gemeenschappelijke regeling?

            Met vriendelijke groet,
            Geert Wolters
            """
        ),
    },
    {
        "id": "d126-074",
        "kind": "other",
        "sender": "Esther Claassen <e.claassen@werkorganisatie-land-van-cuijk-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Mijn plaatsvervanger Rianne zou graag ook eens meekijken bij een atelier. Mag zij op 11 maart mee,
            naast mij, of is het strikt één persoon per organisatie? Een onderwerp stuur ik later nog.

            Groet,
            Esther Claassen
            """
        ),
    },
    {
        "id": "d126-075",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Thomas Ackermann <t.ackermann@werkorganisatie-grensland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan,

            Some background: I came to the Netherlands from Germany four years ago and have been running the
            back office of our shared organisation since. Last year we moved from three HR systems to one.
            Technically it worked, but morale took a serious hit, especially among the payroll staff who had to
            give up "their" way of working.

            So my proposal: lessons learned on merging HR and payroll, and on keeping people motivated while you
            do it.

            Regards,
            Thomas Ackermann
            """
        ),
    },
    {
        "id": "d126-076",
        "kind": "other",
        "sender": "Jacqueline Hoefnagels <j.hoefnagels@gr-westelijke-mijnstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Mijn suggestie is om deze oproep voortaan eerder te versturen. Nu zitten de kerstdagen ertussen en
            blijft er nauwelijks tijd over om de onderwerpen eerst met het MT door te nemen.

            Met vriendelijke groet,
            Jacqueline Hoefnagels
            """
        ),
    },
    {
        "id": "d126-077",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Bram Zondervan <b.zondervan@werkorganisatie-krimpenerwaard-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemiddag,

            - een strategische agenda voor de werkorganisatie voor 2028-2032
            - welke bestuurlijke prioriteiten laat je vallen als het geld op is?

            Bram Zondervan
            """
        ),
    },
    {
        "id": "d126-078",
        "kind": "other",
        "sender": "Liesbeth Groen <L.Groen@werkorganisatie-vlieland-terschelling.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste Stan,

            Ik krijg deze bedankmail, maar ik was er op 11 maart helemaal niet bij: ik had me afgemeld vanwege de
            boot die niet voer. Is er iets misgegaan in de administratie? Geen ramp, maar het klopt niet.

            Met vriendelijke groet,
            Liesbeth Groen
            """
        ),
    },
    {
        "id": "d126-079",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ahmed Bouzid <a.bouzid@werkorganisatie-holland-rijnland-zuid.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Beste Melanie,

            Een onderwerp voor het volgende atelier: een regionale woondeal met vier gemeenten, waarbij elke
            gemeente andere aantallen en andere doelgroepen wil. Hoe verdeel je zo'n gezamenlijke opgave zonder
            dat de kleinste partner zich overstemd voelt?

            Groet,
            Ahmed Bouzid
            """
        ),
    },
    {
        "id": "d126-080",
        "kind": "other",
        "sender": "Tineke Postma <t.postma@werkorganisatie-noordoost-fryslan-zuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Korter graag! Twee uur is wat mij betreft genoeg, dan kunnen meer collega's aansluiten die nu een hele
            middag moeten vrijmaken.

            Tineke
            """
        ),
    },
    {
        "id": "d126-081",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wouter Hermsen <w.hermsen@werkorganisatie-meierij-west.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Over dienstverlening en samenwerking hebben we de afgelopen ateliers al veel gezegd, en terecht. Ik
            zou het nu graag eens hebben over ons organisatiemodel: wie heeft de stap van afdelingen naar een
            matrix met programmamanagers gezet, en hoe beviel dat?

            Met vriendelijke groet,
            Wouter Hermsen
            """
        ),
    },
]
# fmt: on
