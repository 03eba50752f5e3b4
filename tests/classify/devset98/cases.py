"""Topic suggestions on the borders between themes (issue 17, devset98).

About a hundred replies under the call for themes (``oproep_themas``), the follow-up after an atelier
(``vervolg_atelier``) and the thank-you for a suggestion (``bedankt_suggestie``). Most are ``suggestion`` replies
whose topic sits near the border of two themes: cost allocation between the municipalities (samenwerking) versus
the own budget and savings (organisatie); a municipality leaving (samenwerking) versus the effect on the staffing
(organisatie); long-term vision (strategie) versus structure (organisatie); a regional agenda with the province
(samenwerking) versus administrative priorities (strategie); service to residents (dienstverlening) versus the work
processes behind it (organisatie); performance monitoring (dienstverlening, or samenwerking where the point is the
relation with the councils of the participating municipalities); digitalisation for residents (dienstverlening)
versus internal IT (organisatie); HR for the staff of the werkorganisatie and of the municipalities (organisatie).
The rest are rsvp/other/unsubscribe replies under the same mails.

Conventions relied on (from the dataset brief):
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- `themes` holds the theme(s) of what the writer proposes, not of words used in passing; two themes only where the
  topic clearly spans both. A mail with several topics carries the themes of all its topics.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). An AVG erasure request:
  `unsubscribe` with `erase` True.
- A mail that changes an earlier answer carries the latest answer.
- A question who may join, a change of address, a question to the secretariat: `other`.
- An answer written inline between our quoted lines holds those lines in `body` and has no `quoted`.
- A forward (``doorgestuurd``) has no thread: the reply headers point at the assistant's mail, not at ours.
"""

from __future__ import annotations

from typing import Any

OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
VERVOLG = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
BEDANKT = "Dank voor uw themasuggestie [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- cost allocation between the municipalities versus the own budget and savings -------------------------
    {
        "id": "d98-sug-01",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Hanneke Brouwer <h.brouwer@werkorganisatie-hoeksewaard.nl>",
        "body": """Geachte heer Van de Laar, beste Stan,

Bij ons loopt de evaluatie van de verdeelsleutel. Die is bij de start in 2019 gebaseerd op inwoneraantallen,
maar de kleinste gemeente neemt inmiddels naar verhouding veel meer af in het sociaal domein. De discussie
daarover begint de verhoudingen tussen de colleges te kleuren.

Mijn onderwerp: hoe kom je als deelnemende gemeenten tot een kostenverdeling die door iedereen als eerlijk wordt
ervaren? Vaste sleutel, afrekenen naar gebruik, of een mengvorm?

Met vriendelijke groet,

Hanneke Brouwer
Algemeen directeur Werkorganisatie Hoeksewaard-Noord
""",
    },
    {
        "id": "d98-sug-02",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Pieter Zandbergen <p.zandbergen@drielanden.nl>",
        "body": """Hoi Melanie,

Onderwerp voor maart: de taakstelling op onze eigen begroting. De raden hebben bij de kadernota 3% structureel
op de werkorganisatie gelegd. Hoe kies je waar je snijdt zonder dat de uitvoering eronder lijdt: kaasschaaf,
kerntakendiscussie of stoppen met inhuur? Benieuwd hoe collega's dat intern aanpakken.

Groet,
Pieter
""",
    },
    {
        "id": "d98-sug-03",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "sender": "Joost Verhagen <joost.verhagen@gmail.com>",
        "body": """Beste Stan en Melanie,

Bij ons lopen twee sporen door elkaar, en juist die samenhang zou ik graag bespreken. De gemeenten willen de
verdeelsleutel openbreken, en tegelijk moeten wij binnen onze eigen begroting 1,2 miljoen euro vinden. Het gesprek
tussen de gemeenten over wie wat betaalt en ons interne bezuinigingsplan beïnvloeden elkaar voortdurend. Hoe houd
je die twee uit elkaar, of juist bij elkaar?

Hartelijke groet,
Joost Verhagen
directeur Werkorganisatie Drielanden
""",
    },
    {
        "id": "d98-sug-04",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + OPROEP,
        "sender": "Ellen Dorrestein <e.dorrestein@veenstreek.nl>",
        "body": """Vraag aan de collega's: hoe gaan jullie om met een gemeente die iets extra's wil, zoals een eigen
wijkteam of langere openingstijden, en daar niet apart voor wil betalen? Wie draait op voor die plusproducten, en
hoe voorkom je scheve gezichten tussen de partners?
Lijkt me een mooi onderwerp voor 11 maart.

Gr. Ellen

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d98-sug-05",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "subject": "Antwoord: " + OPROEP,
        "sender": "Ruud Hermsen <ruud.hermsen@maasdelta.nl>",
        "body": """Goedemorgen,

Ons inhuurbudget is vorig jaar met 40% overschreden. Ik zou graag met collega's spreken over grip op de inhuur
van externen en over de balans tussen vaste formatie en een flexibele schil.

Met vriendelijke groet,

Ruud Hermsen
Directeur bedrijfsvoering / plv. algemeen directeur
Werkorganisatie Maasdelta
T 0180 - 55 12 00
""",
    },
    {
        "id": "d98-sug-06",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Maarten de Wit <m.dewit@kroonland.nl>",
        "body": """Dear Stan,

A topic for the March atelier: overhead. Our overhead ratio is around 19%, and the councils keep comparing it
with single municipalities, which is not a fair comparison. How do others define overhead in their own budget,
and how do they bring it down without hollowing out the support functions?

Kind regards,
Maarten de Wit
Managing director, Werkorganisatie Kroonland
""",
    },
    {
        "id": "d98-sug-07",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "sender": "Annemiek Slot <a.slot@lekenijssel.nl>",
        "body": """Beste Stan,

Dank voor de fijne middag en het verslag. Voor de volgende keer: de gemeenten willen het toezicht en de handhaving
onder de Omgevingswet bij ons onderbrengen. Hoe verdelen jullie de kosten van zo'n nieuwe gezamenlijke taak over
de gemeenten: per inwoner, per vergunning of naar verwachte inzet? En wat spreek je af als één gemeente later
meer wil?

Groet, Annemiek Slot
""",
    },
    {
        "id": "d98-sug-08",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "sender": "Gerrit Lammers <g.lammers@werkorganisatie-zeeven.nl>",
        "body": """Goedemiddag,

Wij ramen voor 2028 een stijging van de loonkosten van ruim 6% door de nieuwe cao, terwijl de gemeenten hun
bijdrage willen bevriezen. Mijn onderwerp: hoe vang je zo'n stijging op binnen je eigen begroting? Vacatures
langer openhouden, efficiencyprogramma, reserves aanspreken?

Met vriendelijke groet,
G. Lammers
Concerncontroller Werkorganisatie Zeeven
""",
    },
    # --- a municipality leaving versus its effect on the staffing ---------------------------------------------------
    {
        "id": "d98-sug-09",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "sender": "Wouter Kamphuis <wouter.kamphuis@gmail.com>",
        "body": """Beste secretariaat,

Een van onze drie gemeenten heeft een onderzoek gestart naar uittreding uit de gemeenschappelijke regeling.
Dat raakt aan het vertrouwen tussen de colleges. Ik wil graag bespreken hoe je als directeur omgaat met een
partner die twijfelt, en hoe je de andere twee aan boord houdt.

met vriendelijke groet,
Wouter Kamphuis
""",
    },
    {
        "id": "d98-sug-10",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Ingrid Koster <i.koster@zon-gemeenten.nl>",
        "body": """Goedemiddag,

De uittreding van Oudeweg per 1 januari 2028 is inmiddels besloten. De bestuurlijke kant is voor mij gelopen;
waar ik nu mee zit, is de formatie. Zo'n 38 fte werkt geheel of deels voor Oudeweg. Wie gaat er mee, wie blijft,
hoe ga je om met boventalligheid en met de onrust op de werkvloer? Dat zou ik graag als onderwerp inbrengen.

Met vriendelijke groet,

Ingrid Koster
Algemeen directeur ZON-gemeenten

Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, wordt u verzocht
de inhoud niet te gebruiken en de afzender direct te informeren.
""",
    },
    {
        "id": "d98-sug-11",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Bas Schoenmaker <bas.schoenmaker@vechtdal-noord.nl>",
        "body": """Beste Melanie,

Mijn voorstel: de uittreding van een deelnemer, van begin tot eind. Dus zowel de verhouding tussen de gemeenten
die blijven (wie neemt welke rol, moet de regeling op de schop) als de gevolgen voor onze formatie en het sociaal
plan voor de medewerkers die overgaan. Wij zitten er middenin en ik denk dat meer collega's hier ooit mee te maken
krijgen.

Vriendelijke groet,
Bas Schoenmaker
""",
    },
    {
        "id": "d98-sug-12",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "subject": "Re: " + OPROEP,
        "sender": "Frank Ooms <frank.ooms@werkorganisatie-vdn.nl>",
        "body": """Collega's,

Onderwerp: de uittreedvergoeding. Onze regeling zegt er weinig over, en de uittredende gemeente en de blijvers
zitten een factor drie uit elkaar in hun berekening. Hoe hebben anderen de afspraken tussen de gemeenten over
uittreding vastgelegd, en wie bemiddelt als het vastloopt?

Frank Ooms
Directeur Werkorganisatie Vechtdal-Noord
""",
    },
    {
        "id": "d98-sug-13",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "subject": "Re: " + VERVOLG,
        "sender": "Lotte Verbeek <lotteverbeek@icloud.com>",
        "body": """Hallo Stan,

Leuk atelier was het. Voor een volgende keer zou ik het sociaal plan bij ontvlechting willen agenderen: wat bied
je medewerkers die terug moeten naar een gemeente die uittreedt, en hoe houd je intussen je goede mensen vast?

Groet,
Lotte

Verzonden vanaf mijn iPad
""",
    },
    {
        "id": "d98-sug-14",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Tjeerd Bouma <t.bouma@westerkwartier-zuid.nl>",
        "body": """Beste Stan,

Per 2028 sluit een vierde gemeente aan. Het bestuurlijke traject is rond, maar nu moeten er zestig nieuwe
collega's landen in onze formatie en onze cultuur. Ik zou graag willen bespreken hoe je zo'n groep integreert:
plaatsingsprocedure, functiehuis, leidinggevenden die dubbel zitten.

Met vriendelijke groet,
Tjeerd Bouma
""",
    },
    {
        "id": "d98-sug-15",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Sanne Hoekstra <s.hoekstra@duinrand.nl>",
        "body": """Hi Melanie,

One for the list: one of our partner councils has asked for an independent review of the shared service
arrangement, and the other two feel a bit ambushed. How do you keep the partnership working while one partner is
openly reconsidering its membership?

I'll be there on the 11th.

Best,
Sanne Hoekstra
Director, Duinrand Shared Services
""",
    },
    {
        "id": "d98-sug-16",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: " + OPROEP,
        "sender": "Harm Jonker <h.jonker@delta-werkorganisatie.nl>",
        "body": """Stan,

Sinds bekend is dat een van onze gemeenten mogelijk vertrekt, lopen de goede mensen weg. Vorig kwartaal
vertrokken er elf, allemaal specialisten. Onderwerp: hoe houd je je medewerkers binnen als de toekomst van de
organisatie onzeker is? Wie heeft daar ervaring mee?

H. Jonker
""",
    },
    # --- long-term vision versus structure --------------------------------------------------------------------------
    {
        "id": "d98-sug-17",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": None,
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "sender": "Erik Jansma <e.jansma@werkorganisatie-kroonland.nl>",
        "body": """Stan, Melanie,

Jullie oproep kwam via mijn secretariaat binnen. We staan aan het begin van een nieuwe organisatievisie,
richting 2035. Ik wil graag met collega's sparren over de vraag wat de fusieorganisatie over tien jaar moet zijn:
een uitvoeringsorganisatie, of een strategische partner die meedenkt over de grote opgaven? Welke koers kies je,
en hoe neem je het bestuur daarin mee?

Groet,
Erik Jansma
""",
    },
    {
        "id": "d98-sug-18",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Marjolein van Dam <m.vandam@devliet.nl>",
        "body": """Beste Melanie,

Wij gaan van zeven afdelingen naar drie domeinen (Ruimte, Samenleving, Bedrijfsvoering) met zelforganiserende
teams. Onderwerp: ervaringen met zo'n herinrichting van de structuur. Hoeveel managementlagen houd je over, wat
doe je met de teamleiders, en hoe borg je de integrale sturing?

Met vriendelijke groet,
Marjolein van Dam
algemeen directeur
""",
    },
    {
        "id": "d98-sug-19",
        "kind": "suggestion",
        "themes": ["strategie", "organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "subject": "Antwoord: " + OPROEP,
        "sender": "Hans Rutgers <hans.rutgers@heuvelrug-zuid.nl>",
        "body": """Goedendag,

Graag zou ik het hebben over visie en inrichting in samenhang. Ons koersdocument uit 2020 is achterhaald: er wordt
meer regie van ons gevraagd en minder eigen uitvoering. Stel je eerst een nieuwe langetermijnvisie op en pas je
daarna de organisatiestructuur aan, of doe je beide tegelijk? Wie heeft dat al eens gedaan?

Met vriendelijke groeten,
Hans Rutgers
""",
    },
    {
        "id": "d98-sug-20",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: " + OPROEP,
        "sender": "Dirk Wessels <d.wessels@gemeenten-aan-de-a.nl>",
        "body": """Stan,

Ons sturingsconcept, integraal management met resultaatverantwoordelijke teams, knelt. Teams nemen weinig
beslissingen zelf en alles komt alsnog bij het MT. Onderwerp: hoe richt je de sturing binnen de werkorganisatie
in, en welke mandaten leg je laag in de organisatie?

Gr. Dirk Wessels
""",
    },
    {
        "id": "d98-sug-21",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + OPROEP,
        "sender": "Carla Bos <carla.bos@me.com>",
        "body": """\
Voorstel: de inhoudelijke agenda voor de komende tien jaar. Woningbouw, energietransitie, vergrijzing:
waar moet de organisatie nu al op voorsorteren, en hoe maak je daar een strategische agenda van die het bestuur
ook echt draagt?

Vriendelijke groet,
Carla Bos

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d98-sug-22",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Tom Visser <tom.visser@maasdelta.nl>",
        "body": """Hello,

Topic suggestion: span of control and management layers. After the merger we ended up with four layers and about
sixty managers for 900 staff. What structure did others settle on, and how did you get there?

Regards,
Tom Visser
""",
    },
    {
        "id": "d98-sug-23",
        "kind": "suggestion",
        "themes": ["strategie", "organisatie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "sender": "Yvonne Hagen <y.hagen@werkorganisatie-duinrand.nl>",
        "body": """Dag Stan en Melanie,

Dank voor het verslag, mooi samengevat. Een vraag voor het volgende atelier, aan de collega's: hoe vertalen jullie
een langetermijnvisie naar de feitelijke inrichting van de organisatie? Bij ons ligt er een inspirerend
visiedocument, maar de structuur is nog die van de fusie in 2017, en die twee schuren.

Groet,
Yvonne Hagen
""",
    },
    {
        "id": "d98-sug-24",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "sender": "Oliver Brandsma <o.brandsma@hvb-gemeenten.nl>",
        "body": """Hi Stan,

Thanks for the minutes. I won't be able to make the next one, but here's a topic anyway: scenario planning.
How do you build a long-term vision for the organisation when the political landscape may look completely
different after every election?

Regards,
Oliver Brandsma
""",
    },
    # --- a regional agenda with the province versus the administrative priorities -----------------------------------
    {
        "id": "d98-sug-25",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Arjen Veldkamp <a.veldkamp@werkorganisatie-veenstreek.nl>",
        "body": """Geachte heer Van de Laar,

De provincie zet in op een regiodeal voor ons gebied, met middelen voor vitale kernen. Tot nu toe schuiven onze
drie gemeenten elk apart aan. Ik zou willen bespreken hoe een fusieorganisatie de positie van haar gemeenten in de
regio en richting provincie kan versterken: met één stem, of juist niet?

Hoogachtend,

mr. drs. A.J. (Arjen) Veldkamp
Algemeen directeur Werkorganisatie Veenstreek
""",
    },
    {
        "id": "d98-sug-26",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Femke Reijnders <f.reijnders@bar-werkorganisatie.nl>",
        "body": """Hallo Stan,

Na de verkiezingen liggen er nieuwe coalitieakkoorden met samen ruim 140 ambities, en onze capaciteit is niet
meegegroeid. Mijn onderwerp: hoe help je het bestuur om echt prioriteiten te stellen, en wat doe je als
directeur als dat niet lukt?

Groeten,
Femke
""",
    },
    {
        "id": "d98-sug-27",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "sender": "Gerard Mulder <gerard.mulder1961@gmail.com>",
        "body": """Beste Melanie,

De provincie werkt aan een nieuwe omgevingsagenda voor onze regio. Ik wil het graag hebben over beide kanten
daarvan: welke rol pakken wij als fusieorganisatie in het regionale overleg met provincie en buurregio's, en hoe
zorg je dat de bestuurlijke prioriteiten van onze eigen gemeenten daarin niet ondersneeuwen?

Vriendelijke groet,
Gerard Mulder
""",
    },
    {
        "id": "d98-sug-28",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "subject": "Re: " + OPROEP,
        "sender": "Wendy Kramer <w.kramer@krimpenerwaard-oost.nl>",
        "body": """Beste Stan,

Wij zitten namens onze gemeenten in de RES, de veiligheidsregio, de GGD, de omgevingsdienst en nog een handvol
regionale tafels. Onderwerp: hoe bepaal je als fusieorganisatie aan welke regionale tafels je namens de gemeenten
aanschuift, en met welk mandaat?

Met vriendelijke groet,
Wendy Kramer
""",
    },
    {
        "id": "d98-sug-29",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + OPROEP,
        "sender": "Nadia el Idrissi <nadia.elidrissi@icloud.com>",
        "body": """Hi Stan,

Suggestion: how do you build a strategic agenda for the new council term (2026-2030) that the colleges actually
own, instead of a list of priorities the organisation wrote for them?

Cheers,
Nadia

Sent from my iPhone
""",
    },
    {
        "id": "d98-sug-30",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "sender": "Koen Dijkstra <k.dijkstra@stroomland.nl>",
        "body": """Dear Melanie,

Thanks for a great session. For next time: the position of a shared organisation in the provincial housing deals
(woondeals). The province negotiates with the region, our three municipalities have rather different ambitions,
and we end up in the middle. How do others handle that?

Best regards,
Koen Dijkstra
""",
    },
    {
        "id": "d98-sug-31",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Mirjam Oosterhuis <m.oosterhuis@werkorganisatie-eemdelta.nl>",
        "body": """Goedemorgen,

Een vraag die ik graag aan de collega's voorleg: hoe zorgen jullie dat het bestuur keuzes maakt in plaats van
alles tegelijk te willen? Ik zoek werkvormen om met de colleges een bestuurlijke top vijf vast te stellen en die
een hele periode vast te houden.

Met vriendelijke groet,
Mirjam Oosterhuis
""",
    },
    {
        "id": "d98-sug-32",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": None,
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "sender": "Jan-Willem Bakker <jw.bakker@gemeente-oostvliet.nl>",
        "body": """Stan, Melanie,

Mijn secretariaat stuurde mij jullie oproep door. Mijn onderwerp: samenwerking over de grenzen van de
fusieorganisatie heen. Wij overwegen met de buurregio een gezamenlijke belastingsamenwerking. Hoe verhoudt zo'n
tweede schil van samenwerking zich tot de afspraken tussen onze eigen gemeenten?

Met groet,
Jan-Willem Bakker
""",
    },
    {
        "id": "d98-sug-33",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: " + OPROEP,
        "sender": "Rob Evers <r.evers@werkorganisatie-zeeven.nl>",
        "body": """Goedemiddag Stan,

Onderwerp: bestuurlijke prioriteiten in het sociaal domein. Met de tekorten op jeugdzorg moeten onze colleges
kiezen wat ze wel en niet meer doen. Welke rol heeft de directie bij het voorbereiden van die keuzes, en hoe
houd je ze overeind als de druk vanuit de samenleving toeneemt?

Met vriendelijke groet,
Rob Evers
""",
    },
    # --- service to residents versus the work processes behind it ---------------------------------------------------
    {
        "id": "d98-sug-34",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Robert Smeets <r.smeets@heuvelland-werkorganisatie.nl>",
        "body": """Beste Stan,

Inwoners van onze vier gemeenten kloppen nog steeds bij verschillende loketten aan, afhankelijk van waar ze wonen.
Ik wil graag spreken over de klantreis van de inwoner: hoe bied je één herkenbare ingang en overal dezelfde
kwaliteit?

Groet,
Robert Smeets
""",
    },
    {
        "id": "d98-sug-35",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: " + OPROEP,
        "sender": "Joke Terpstra <j.terpstra@lekenijssel.nl>",
        "body": """Onderwerp voor 11 maart: procesverbetering in de backoffice. Wij hebben met lean de doorlooptijd van
een aantal interne processen gehalveerd, maar het beklijft niet: na een jaar sluipen de oude gewoonten terug.
Hoe borg je verbeterde werkprocessen in de teams?

Met vriendelijke groet,
J. (Joke) Terpstra
Werkorganisatie Lek & IJssel
""",
    },
    {
        "id": "d98-sug-36",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Sietske de Boer <s.deboer@fryske-marren-west.nl>",
        "body": """Beste Melanie,

Mijn onderwerp gaat over klantgericht werken en de processen die daarachter zitten. Wij meten een lage
tevredenheid bij meldingen openbare ruimte; de oorzaak zit in de overdracht tussen KCC, buitendienst en
backoffice. Ik wil graag bespreken hoe je de dienstverlening aan inwoners verbetert door je werkprocessen vanuit
de klant opnieuw te ontwerpen.

Hartelijke groet,
Sietske de Boer
""",
    },
    {
        "id": "d98-sug-37",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "sender": "Paul Hendrix <paul.hendrix@outlook.com>",
        "body": """Hoi Stan,

Bij ons staat de telefonische bereikbaarheid onder druk, met gemiddeld vier minuten wachttijd. Onderwerp: de
toekomst van het KCC. Hoe houden jullie de gemeente goed bereikbaar voor inwoners die bellen, chatten of
langskomen?

Groet, Paul
""",
    },
    {
        "id": "d98-sug-38",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "subject": "Re: " + VERVOLG,
        "sender": "Marco Beukers <m.beukers@vijfheerenlanden-noord.nl>",
        "body": """Dag Melanie, dank voor het verslag!

Voor het volgende atelier: zaakgericht werken. Onze overdrachten tussen teams lopen nog via mail en Excel. Hoe
hebben anderen hun interne werkprocessen ingericht zodat een dossier niet tussen twee bureaus blijft liggen?

Marco

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d98-sug-39",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": None,
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "sender": "Henk Veenstra <h.veenstra@westerkwartier-zuid.nl>",
        "body": """Beste mensen,

Onze ondernemers klagen over het aantal contactpersonen dat ze bij ons hebben. Ik wil het graag hebben over
dienstverlening aan ondernemers: een accountmanager per bedrijventerrein, een ondernemersloket, of iets anders?

Met vriendelijke groet,

Henk Veenstra
Directeur Werkorganisatie Westerkwartier-Zuid
""",
    },
    {
        "id": "d98-sug-40",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Anouk Wiersma <a.wiersma@gemeente-leekster.nl>",
        "body": """Goedemiddag,

Vraag aan de collega's: hoe houden jullie fysieke loketten in de kleinere kernen open nu de backoffice centraal
zit? Inwoners in de dorpen voelen zich steeds verder van het gemeentehuis staan. Graag als gespreksonderwerp.

Groeten,
Anouk Wiersma
""",
    },
    {
        "id": "d98-sug-41",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "sender": "Saskia Post <s.post@werkorganisatie-de-vliet.nl>",
        "body": """Ons onderwerp: begrijpelijke brieven. Een inwoner die een beschikking krijgt, moet die kunnen lezen.
Wij hebben een taalscan laten doen en schrokken van de uitkomst. Graag ervaringen uitwisselen over taalniveau B1
en de toon van onze communicatie met inwoners.

Met vriendelijke groet,
Saskia Post
""",
    },
    {
        "id": "d98-sug-42",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Laura Meijer <l.meijer@kroonland.nl>",
        "body": """Hello Stan,

Seven years after the merger we still run three versions of several processes (event permits, WOZ objections,
waste passes), one per former municipality. I'd like to discuss how to harmonise internal work processes without
launching yet another big-bang programme.

Best,
Laura Meijer
""",
    },
    {
        "id": "d98-sug-43",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "sender": "Lieke van Rijn <liekevanrijn@gmail.com>",
        "body": """Ja, ik ben er op 11 maart!

Onderwerp dat ik graag zou inbrengen: proactieve dienstverlening. Inwoners krijgen van ons vanzelf bericht als hun
paspoort verloopt of als ze recht hebben op een regeling. Wie doet dat al, en hoe?

Groet,
Lieke van Rijn
""",
    },
    {
        "id": "d98-sug-44",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "sender": "Sander Prins <s.prins@zuidplas-oost.nl>",
        "body": """Beste Melanie,

Dank voor de bevestiging. Ik wil er nog één onderwerp aan toevoegen: de afhandeling van bezwaren. Inwoners wachten
bij ons soms maanden op een beslissing. Hoe zorg je dat de inwoner sneller en persoonlijker geholpen wordt,
bijvoorbeeld door eerst te bellen?

Groet,
Sander Prins
""",
    },
    # --- performance monitoring -------------------------------------------------------------------------------------
    {
        "id": "d98-sug-45",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Wim Hendriks <w.hendriks@maas-en-waal.nl>",
        "body": """Beste Stan,

Wij willen beter zicht op onze prestaties richting inwoners: afhandeltermijnen, klanttevredenheid, het aantal
klachten. Onderwerp: welke indicatoren gebruiken collega's om de kwaliteit van de dienstverlening te monitoren,
en hoe maak je dat zichtbaar?

Met vriendelijke groet,
Wim Hendriks
""",
    },
    {
        "id": "d98-sug-46",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Ronald Peeters <r.peeters@werkorganisatie-bbl.nl>",
        "body": """Hallo Melanie,

Elke raad wil iets anders van ons weten. De een wil een kwartaalrapportage per gemeente, de ander vindt dat te veel
en een derde wil ons elk jaar laten doorlichten. Mijn onderwerp: de verhouding met de raden van de deelnemende
gemeenten, en het gevoel van raadsleden dat ze grip verliezen op 'hun' organisatie. Hoe zorg je dat elke raad
zich gezien voelt?

Groet,
Ronald
""",
    },
    {
        "id": "d98-sug-47",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: " + VERVOLG,
        "sender": "Hilde Groen <hilde.groen@gmail.com>",
        "body": """Beste Stan,

Dank voor het atelier. Suggestie voor de volgende keer: benchmarken van onze dienstverlening. Wij vergelijken
onszelf met Waar staat je gemeente, maar dat past slecht op een fusieorganisatie met drie gemeenten. Hoe meten
anderen hun prestaties richting inwoners en ondernemers?

Vr. groet,
Hilde Groen
""",
    },
    {
        "id": "d98-sug-48",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": None,
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "sender": "Gijs van Leeuwen <g.vanleeuwen@werkorganisatie-lingedal.nl>",
        "body": """Goedemorgen,

Met elke gemeente hebben wij een dienstverleningsovereenkomst. Na vijf jaar zijn die uit de pas gaan lopen met wat
de gemeenten nu van ons verwachten. Hoe voeren collega's het gesprek met hun gemeenten over die afspraken:
jaarlijks, per portefeuille, via het algemeen bestuur? Dat wil ik graag bespreken.

Met vriendelijke groet,
Gijs van Leeuwen
""",
    },
    {
        "id": "d98-sug-49",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: " + OPROEP,
        "sender": "Eva Lindeman <eva.lindeman@werkorganisatie-eemdelta.nl>",
        "body": """Hi both,

Suggestion: measuring resident satisfaction across channels (phone, chat, counter, web). We only survey the
counter, which tells us very little. Curious which tools and KPIs others use.

Thanks,
Eva
""",
    },
    {
        "id": "d98-sug-50",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + OPROEP,
        "sender": "Mark Timmermans <mark.timmermans@me.com>",
        "body": """Vraag voor de groep: hoe meten jullie of inwoners iets merken van de fusie? Is de dienstverlening
er beter op geworden, of alleen anders? Ik hoor daar graag eerlijke ervaringen over.

Groet,
Mark

Verzonden vanaf mijn iPad
""",
    },
    {
        "id": "d98-sug-51",
        "kind": "suggestion",
        "themes": ["dienstverlening", "samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Esther Kuipers <e.kuipers@werkorganisatie-hvb.nl>",
        "body": """Beste Melanie,

Ik stel voor: één set prestatie-indicatoren voor onze dienstverlening waar alle deelnemende gemeenten zich in
kunnen vinden. Nu heeft elke gemeente eigen wensen, en houden wij drie verschillende monitors bij. Hoe kom je met
de gemeenten tot gezamenlijke afspraken over wat je meet, en hoe monitor je daarna de prestaties richting
inwoners?

Met vriendelijke groet,
Esther Kuipers
""",
    },
    {
        "id": "d98-sug-52",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "subject": "Antw: " + VERVOLG,
        "sender": "Klaas Smit <k.smit@werkorganisatie-hlt.nl>",
        "body": """Dank voor de middag. Idee voor een volgende keer: de relatie tussen de werkorganisatie en de
gemeenteraden. Wij organiseren sinds kort een gezamenlijke raadsavond voor de drie raden. Wie doet iets
vergelijkbaars, en hoe voorkom je dat de grootste gemeente het gesprek domineert?

Groet,
K. Smit
""",
    },
    # --- digitalisation for residents versus internal IT ------------------------------------------------------------
    {
        "id": "d98-sug-53",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Jeroen Vos <j.vos@werkorganisatie-drielanden.nl>",
        "body": """Beste Stan,

Onderwerp: het digitale loket voor inwoners. Wij willen dat een inwoner 80% van onze producten online kan
aanvragen, met DigiD of eHerkenning en zonder papier. Hoe ver zijn anderen, en hoe zorg je dat het voor de inwoner
echt makkelijker wordt?

Met vriendelijke groet,
Jeroen Vos
""",
    },
    {
        "id": "d98-sug-54",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Bart Wolters <b.wolters@maasdelta.nl>",
        "body": """Goedemorgen Melanie,

Na de fusie draaien wij nog op zo'n 340 applicaties, waarvan een flink deel dubbel. Mijn onderwerp: het saneren
van het applicatielandschap en de keuze voor één zaaksysteem. Hoe pak je dat aan zonder de uitvoering stil te
leggen?

Vriendelijke groet,

Bart Wolters
Directeur Bedrijfsvoering

Denk aan het milieu voordat u deze e-mail print.
""",
    },
    {
        "id": "d98-sug-55",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "sender": "Nicole Brink <nicole.brink@kpnmail.nl>",
        "body": """Beste Stan,

Ik wil graag de overstap naar de cloud en de informatiebeveiliging bespreken (BIO, NIS2). Onze I&A-afdeling is
klein en de eisen groeien snel. Hoe organiseren collega's dat: zelf doen, uitbesteden, of samen met andere
werkorganisaties inkopen?

Groet,
Nicole Brink
""",
    },
    {
        "id": "d98-sug-56",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "subject": "Antwoord: " + OPROEP,
        "sender": "Theo Peters <theo.peters@heuvelrug-zuid.nl>",
        "body": """Goedendag,

Mijn voorstel gaat over digitalisering aan twee kanten: de nieuwe website en app voor inwoners, en de koppelingen
met onze eigen systemen erachter. Mooie e-formulieren aan de voorkant leveren weinig op als de backoffice de
aanvraag alsnog overtypt. Hoe pak je voorkant en achterkant in samenhang aan?

Met vriendelijke groet,

Theo Peters
CIO / manager I&A
""",
    },
    {
        "id": "d98-sug-57",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + OPROEP,
        "sender": "Daan Mulders <daan.mulders@icloud.com>",
        "body": """Hoi Melanie,

Leuk onderwerp denk ik: AI in het contact met inwoners. Wij experimenteren met een chatbot op de website die
vragen over afval en paspoorten beantwoordt. Wat zijn de ervaringen, en waar ligt de grens?

Groet,
Daan

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d98-sug-58",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Pieter-Jan Claes <pj.claes@lingedal.nl>",
        "body": """Dear secretariat,

I would like to propose the use of generative AI by our own staff: Copilot, internal policies, training and the
data risks. How do other directors govern this inside their organisation?

Regards,
Pieter-Jan Claes
""",
    },
    {
        "id": "d98-sug-59",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Ahmed Benali <a.benali@werkorganisatie-stroomland.nl>",
        "body": """Hi Stan,

Topic: Common Ground and our information architecture. We're stuck between the suppliers' SaaS suites and the
VNG direction of separating data from applications. Would be good to hear how other shared organisations are
making that choice for their own IT.

Best,
Ahmed
""",
    },
    {
        "id": "d98-sug-60",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "sender": "Marianne Kok <marianne.kok@ziggo.nl>",
        "body": """Beste Stan en Melanie,

Niet iedere inwoner kan digitaal mee. Wij zien dat vooral ouderen in onze kleinere kernen afhaken nu we zoveel
online doen. Mijn onderwerp: digitale inclusie. Hoe zorg je dat de dienstverlening voor iedereen toegankelijk
blijft?

Met hartelijke groet,
Marianne Kok
""",
    },
    {
        "id": "d98-sug-61",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "sender": "Rik Beekman <r.beekman@gemeenten-aan-de-a.nl>",
        "body": """Beste Melanie,

Dank voor de middag in Utrecht. Voor een volgend atelier een vraag aan de collega's: wie heeft een I&A-strategie
die echt richting geeft aan de ICT-keuzes binnen de werkorganisatie, en hoe houd je zo'n stuk actueel?

Groet,
Rik Beekman
""",
    },
    {
        "id": "d98-sug-62",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "subject": "RE: " + VERVOLG,
        "sender": "Pim de Graaf <p.degraaf@werkorganisatie-zeeven.nl>",
        "body": """\
> U bepaalt gezamenlijk de gespreksthema's van het volgende atelier. Welk vraagstuk wilt u de volgende keer
> bespreken?

De toegankelijkheid van onze dienstverlening voor mensen met een beperking: de website (WCAG), maar ook de
loketten en de brieven.

> Beantwoord deze e-mail met uw onderwerpen; wij nemen ze mee in de telling voor het volgende atelier.

Bij deze.

mvg, Pim de Graaf
""",
    },
    # --- HR for the staff of the werkorganisatie and of the municipalities -----------------------------------------
    {
        "id": "d98-sug-63",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Maaike Dekker <m.dekker@werkorganisatie-bbl.nl>",
        "body": """Beste Stan,

Bij ons zijn de griffie en de bestuursondersteuning in dienst gebleven van de gemeenten; de rest zit in de
werkorganisatie. Dat geeft verschillen in opleidingsbudget, thuiswerkvergoeding en beoordelingscyclus tussen
collega's die op dezelfde gang zitten. Onderwerp: één HR-beleid voor al het personeel, of bewust verschillen laten
bestaan?

Groet,
Maaike Dekker
HR-directeur a.i.
""",
    },
    {
        "id": "d98-sug-64",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + OPROEP,
        "sender": "Frits Jacobs <frits.jacobs@me.com>",
        "body": """Onderwerp: de krappe arbeidsmarkt. Wij hebben 45 vacatures open, vooral bij VTH en ICT. Hoe werven
en binden collega's hun personeel, en doen jullie iets met een eigen traineeship?

Groet,
Frits

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d98-sug-65",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: " + OPROEP,
        "sender": "Paula Sanders <p.sanders@devliet.nl>",
        "body": """Voorstel: strategische personeelsplanning. Over vijf jaar gaat een kwart van onze medewerkers met
pensioen. Hoe vertaal je dat naar formatie, opleiden en kennisoverdracht?

Met vriendelijke groet,
drs. P.M. (Paula) Sanders
Directeur Werkorganisatie De Vliet
""",
    },
    {
        "id": "d98-sug-66",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: " + VERVOLG,
        "sender": "Marloes Willemsen <marloes.willemsen@gmail.com>",
        "body": """Hoi Stan,

Na het atelier bleef bij mij hangen hoe vaak medewerkers zich na jaren nog medewerker van 'hun' oude gemeente
voelen. Dat wil ik graag een volgende keer bespreken: hoe bouw je één cultuur en één werkgeverschap binnen de
werkorganisatie?

Groet,
Marloes
""",
    },
    {
        "id": "d98-sug-67",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Jolanda Mertens <j.mertens@werkorganisatie-heuvelland.nl>",
        "body": """Beste Melanie,

Mijn onderwerp: een gezamenlijke arbeidsmarktaanpak in de regio. De buurgemeenten, de omgevingsdienst en wij vissen
in dezelfde kleine vijver. Wij denken aan een regionale talentpool en gezamenlijke werving. Ik wil het graag hebben
over hoe je zo'n regionale samenwerking opzet, én over wat die betekent voor ons eigen HR-beleid.

Met vriendelijke groet,
Jolanda Mertens
""",
    },
    {
        "id": "d98-sug-68",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: " + OPROEP,
        "sender": "Iris van Beek <iris.vanbeek@duinrand.nl>",
        "body": """Hi Melanie,

Topic for March: hybrid working and a single HR policy. Staff from the three former municipalities came with
different arrangements (home-working allowance, flexible hours, travel costs). Harmonising these is proving much
harder than we expected. Anyone else been through this?

Best wishes,
Iris van Beek
""",
    },
    {
        "id": "d98-sug-69",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "subject": "Re: " + OPROEP,
        "sender": "Edwin Smulders <e.smulders@maas-en-waal.nl>",
        "body": """Beste Stan,

Op 11 maart zit ik helaas in het buitenland, dus ik moet het atelier deze keer missen. Toch een onderwerp voor de
collega's: de omvang van de formatie na jaren van groei. Wij zijn van 520 naar 610 fte gegaan. Hoe stuur je op
de formatie, en wanneer is groei nog te verantwoorden?

Groet,
Edwin Smulders
""",
    },
    # --- several topics in one mail ---------------------------------------------------------------------------------
    {
        "id": "d98-sug-70",
        "kind": "suggestion",
        "themes": ["strategie", "dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Annet Willems <a.willems@werkorganisatie-lingedal.nl>",
        "body": """Beste Stan,

Twee onderwerpen van mijn kant:
1. De visie op de toekomst van de werkorganisatie: waar staan we in 2035, en wat vraagt dat van het bestuur?
2. Dienstverlening in de kernen: hoe blijven we dichtbij de inwoner nu we steeds meer digitaal doen?

Met vriendelijke groet,
Annet Willems
""",
    },
    {
        "id": "d98-sug-71",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "sender": "Chris Hoogendoorn <chris.hoogendoorn@gmail.com>",
        "body": """Hallo Melanie,

Hierbij mijn suggesties, één per regel zoals gevraagd:
- herziening van de verdeelsleutel tussen de gemeenten
- hoe vind je 5% bezuiniging in je eigen bedrijfsvoering
- de rol van het algemeen bestuur als een gemeente wil uittreden

Groet,
Chris
""",
    },
    {
        "id": "d98-sug-72",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "sender": "Ilse Bakker <i.bakker@stroomland.nl>",
        "body": """Beste Stan,

Voor de volgende ronde twee punten:
– de vervanging van ons financiële pakket en de keuze tussen SaaS en on-premise;
– een opleidingsprogramma voor onze leidinggevenden.
Beide spelen nu bij ons.

Groet,
Ilse Bakker
""",
    },
    {
        "id": "d98-sug-73",
        "kind": "suggestion",
        "themes": ["dienstverlening", "samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + OPROEP,
        "sender": "Joris Vermeulen <joris.vermeulen@icloud.com>",
        "body": """Mijn onderwerpen voor 11 maart:
* Wachttijden bij burgerzaken: hoe krijg je die omlaag?
* Hoe houd je drie gemeentebesturen met verschillende ambities op één lijn in het algemeen bestuur?
Ik kom zelf ook.

Groet, Joris

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d98-sug-74",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "subject": "Antwoord: " + OPROEP,
        "sender": "Rianne Hofman <r.hofman@werkorganisatie-veenstreek.nl>",
        "body": """Goedemiddag,

Twee suggesties:
a) de strategische koers van de werkorganisatie na de raadsverkiezingen;
b) onze positie in de regio, ten opzichte van de provincie en de centrumgemeente.

Met vriendelijke groet,
Rianne Hofman
""",
    },
    # --- answered inline and other shapes ---------------------------------------------------------------------------
    {
        "id": "d98-sug-75",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "subject": "RE: " + OPROEP,
        "sender": "Hendrik Pool <h.pool@gemeente-oostvliet.nl>",
        "body": """> Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:

De verhouding tussen de grootste en de kleinste gemeente. De kleine gemeente voelt zich overstemd in het
bestuur, de grote vindt dat ze te veel betaalt voor te weinig zeggenschap.

> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de regio;

Dit dus; voor ons het belangrijkste punt.

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

Groet, Hendrik
""",
    },
    {
        "id": "d98-sug-76",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "subject": "RE: " + OPROEP,
        "sender": "Tineke Wolf <t.wolf@werkorganisatie-hlt.nl>",
        "body": """\
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering,
> werkprocessen, financiën, I&A;

Ja, dit. Specifiek: hoe financier je vernieuwing binnen een krappe begroting? Wij hebben een innovatiebudget van
0,5% van de loonsom ingesteld en willen weten of zoiets bij anderen werkt.

Tineke
""",
    },
    {
        "id": "d98-sug-77",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "subject": "RE: " + BEDANKT,
        "sender": "Willem Scholten <w.scholten@zuidplas-oost.nl>",
        "body": """> Wilt u nog iets toevoegen? Beantwoord deze e-mail gewoon.

Graag nog één: de rol van de directie bij het opstellen van de bestuursagenda voor de nieuwe periode. Hoe ver ga
je als ambtelijke top in het agenderen van wat jij belangrijk vindt voor de lange termijn?

W. Scholten
""",
    },
    {
        "id": "d98-sug-78",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "subject": "Re: " + BEDANKT,
        "sender": "Annelies Vonk <annelies.vonk@gmail.com>",
        "body": """Dag Stan,

Nog een toevoeging: de planning-en-controlcyclus binnen de werkorganisatie. Wij willen naar één integrale
kwartaalrapportage voor het MT, met financiën, personeel en voortgang in één overzicht. Ervaringen welkom.

Annelies
""",
    },
    {
        "id": "d98-sug-79",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "subject": "Re: " + BEDANKT,
        "sender": "Bram Aarts <bram.aarts@me.com>",
        "body": """Top, dank! Nog eentje erbij: hoe ga je om met een gemeente die sneller wil dan de andere twee,
bijvoorbeeld op duurzaamheid, terwijl de anderen op de rem staan?

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d98-sug-80",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "sender": "Lucas de Ridder <l.deridder@werkorganisatie-eemdelta.nl>",
        "body": """Dank voor de inspirerende middag.

Voor het volgende atelier: gezamenlijke opgaven. Elk van onze gemeenten heeft een eigen woonvisie, terwijl de
woningmarkt zich niets aantrekt van gemeentegrenzen. Hoe kom je tot één gedeelde opgave waar alle gemeenten achter
staan?

Lucas de Ridder
""",
    },
    {
        "id": "d98-sug-81",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Kees Bosman <k.bosman@kroonland.nl>",
        "body": """Beste Melanie,

Ik kom graag, samen met mijn adjunct-directeur. Wij zouden het fijn vinden als aan bod komt hoe je de kleinste
deelnemende gemeente betrokken houdt, zodat die zich in de samenwerking niet ondergesneeuwd voelt door de twee
grotere partners.

Met vriendelijke groet,
Kees Bosman
""",
    },
    # --- only an answer about attending -----------------------------------------------------------------------------
    {
        "id": "d98-rsvp-01",
        "kind": "rsvp",
        "attending": True,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Margriet Hoek <m.hoek@werkorganisatie-hoeksewaard.nl>",
        "body": """Beste Stan,

11 maart staat in mijn agenda, ik ben erbij. Een onderwerp heb ik niet; ik laat me graag verrassen door wat de
collega's inbrengen.

Groet,
Margriet Hoek
""",
    },
    {
        "id": "d98-rsvp-02",
        "kind": "rsvp",
        "attending": True,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + OPROEP,
        "sender": "Sophie Laurens <sophie.laurens@icloud.com>",
        "body": """Count me in for 11 March. No topic from my side this time.

Sent from my iPhone
""",
    },
    {
        "id": "d98-rsvp-03",
        "kind": "rsvp",
        "attending": False,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Gert-Jan Koolen <gj.koolen@maas-en-waal.nl>",
        "body": """Goedemiddag,

Helaas, op 11 maart vergadert een van onze raden en daar moet ik bij zijn. Ik laat deze keer verstek gaan;
de volgende keer hopelijk weer.

Met vriendelijke groet,
Gert-Jan Koolen
""",
    },
    {
        "id": "d98-rsvp-04",
        "kind": "rsvp",
        "attending": False,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: " + OPROEP,
        "sender": "Albert Drost <a.drost@lekenijssel.nl>",
        "body": """Stan,

Zelf kan ik op 11 maart niet. Mijn adjunct, Linda Mulder (l.mulder@lekenijssel.nl), gaat in mijn plaats.
Onderwerpen hebben wij niet.

Groet,
Albert Drost
""",
    },
    {
        "id": "d98-rsvp-05",
        "kind": "rsvp",
        "attending": True,
        "thread": "call_for_themes",
        "subject": "RE: " + OPROEP,
        "sender": "Wilma Brandt <w.brandt@devliet.nl>",
        "body": """> Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier: een
> interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie opdoet.

Genoteerd, ik kom.

Wilma Brandt
""",
    },
    {
        "id": "d98-rsvp-06",
        "kind": "rsvp",
        "attending": True,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "subject": "Antwoord: " + OPROEP,
        "sender": "Ton Verschuren <t.verschuren@gemeenten-aan-de-a.nl>",
        "body": """Beste Melanie,

Geen inhoudelijke inbreng van mijn kant, maar ik ben er op de 11e, samen met een collega.

Met vriendelijke groet,
Ton Verschuren
""",
    },
    {
        "id": "d98-rsvp-07",
        "kind": "rsvp",
        "attending": False,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "sender": "Roos Hartman <roos.hartman@gmail.com>",
        "body": """Hoi Stan,

Ik zit die week op wintersport, dus 11 maart moet ik helaas afzeggen.

Groetjes,
Roos
""",
    },
    {
        "id": "d98-rsvp-08",
        "kind": "rsvp",
        "attending": True,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Evert Schouten <e.schouten@werkorganisatie-drielanden.nl>",
        "body": """Beste Melanie,

Vorige week liet ik weten dat ik er op 11 maart niet bij kon zijn. Mijn afspraak die middag is inmiddels
verplaatst, dus ik kom toch.

Groet,
Evert Schouten
""",
    },
    {
        "id": "d98-rsvp-09",
        "kind": "rsvp",
        "attending": True,
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "sender": "Judith Maas <j.maas@werkorganisatie-heuvelland.nl>",
        "body": """Dank voor de bevestiging. Ik ben er op 11 maart zelf ook bij.

Judith Maas
""",
    },
    # --- the secretariat must handle it -----------------------------------------------------------------------------
    {
        "id": "d98-other-01",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Sjoerd Hiemstra <s.hiemstra@fryske-marren-west.nl>",
        "body": """Beste Stan,

Geen onderwerp, wel een idee over de vorm: kunnen we het atelier eens online of hybride houden? Voor collega's uit
het noorden is Utrecht al gauw een halve dag reizen.

Groet,
Sjoerd Hiemstra
""",
    },
    {
        "id": "d98-other-02",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + OPROEP,
        "sender": "Thijs Verhoeven <thijs.verhoeven@gmail.com>",
        "body": """Beste Melanie,

Ik ben nog met mijn MT aan het inventariseren welke vraagstukken bij ons spelen. Kan ik mijn onderwerpen ook na
21 januari nog aanleveren, of is de telling dan gesloten?

Groet,
Thijs
""",
    },
    {
        "id": "d98-other-03",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "subject": "Re: " + VERVOLG,
        "sender": "Femke de Jongh <femkedejongh@me.com>",
        "body": """Dank voor de mooie middag! De link naar het verslag geeft bij mij een foutmelding (404). Kunnen
jullie het als pdf sturen?

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d98-other-04",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Martin Kluivers <m.kluivers@stroomland.nl>",
        "body": """Dear Stan,

Before I send in topics: may our head of finance join the network as well? She is not a director, but she leads
our savings programme and would benefit a lot from the ateliers.

Kind regards,
Martin Kluivers
""",
    },
    {
        "id": "d98-other-05",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "sender": "Geertje Smid <g.smid@werkorganisatie-zeeven.nl>",
        "body": """Beste Melanie,

Een volgend atelier ontvangen wij graag bij ons in het nieuwe gemeentehuis in Zeeven. Er is een zaal voor veertig
personen en het ligt op vijf minuten lopen van het station.

Met vriendelijke groet,
Geertje Smid
""",
    },
    {
        "id": "d98-other-06",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "subject": "Antwoord: " + OPROEP,
        "sender": "Leo Kerkhof <l.kerkhof@vechtdal-noord.nl>",
        "body": """Goedemorgen,

Per 1 februari verandert mijn e-mailadres in l.kerkhof@werkorganisatie-vdn.nl. Wilt u dat in uw bestand aanpassen?

Met vriendelijke groet,
Leo Kerkhof
""",
    },
    # --- leaving the network ----------------------------------------------------------------------------------------
    {
        "id": "d98-unsub-01",
        "kind": "unsubscribe",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Johan Veldhuis <j.veldhuis@werkorganisatie-bbl.nl>",
        "body": """Beste Stan en Melanie,

Per 1 februari ga ik met pensioen. Wilt u mij afmelden voor het netwerk? Op 11 maart ben ik er dus ook niet bij.
Dank voor de mooie jaren.

Hartelijke groet,
Johan Veldhuis
""",
    },
    {
        "id": "d98-unsub-02",
        "kind": "unsubscribe",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Petra Ramaker <p.ramaker@duinrand.nl>",
        "body": """Goedemiddag,

Per 1 maart neemt Jeroen Bakker mijn functie als algemeen directeur over. Wilt u mij afmelden en hem in mijn
plaats lid maken? Zijn adres is j.bakker@duinrand.nl.

Met vriendelijke groet,
Petra Ramaker
""",
    },
    {
        "id": "d98-unsub-03",
        "kind": "unsubscribe",
        "erase": True,
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: " + VERVOLG,
        "sender": "Victor Lambrechts <victor.lambrechts@gmail.com>",
        "body": """Geachte heer, mevrouw,

Ik verzoek u op grond van artikel 17 AVG al mijn persoonsgegevens uit uw bestanden te verwijderen en mij geen
berichten meer te sturen.

Met vriendelijke groet,
V. Lambrechts
""",
    },
    {
        "id": "d98-unsub-04",
        "kind": "unsubscribe",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: " + OPROEP,
        "sender": "Dennis Wouters <dennis.wouters@me.com>",
        "body": """Haal mij maar van de lijst, ik werk sinds kort niet meer bij een fusieorganisatie.

Verstuurd vanaf mijn iPhone
""",
    },
]
