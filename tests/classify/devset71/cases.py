"""devset71: exact themes of topic suggestions (issue 17).

About 75 replies to the call for themes (or the follow-up mail, or the thank-you for a suggestion) that propose a
topic belonging to one theme while the mail mentions words of other themes in passing: in the introduction, in the
reason why the topic matters, in the signature's job title, in a remark on who should present, in an explanation of
the writer's own organisation. Also topics that clearly span two themes, topics put as a question, topics named with
domain terms the brochure does not use (inkoop, huisvesting, P&C-cyclus, regionale arbeidsmarkt, Omgevingswet,
sociaal domein, klantcontactcentrum, datagedreven werken, governance, DVO, opdrachtgeverschap), topics the writer
explicitly sets aside for another, and topics in English. About 20 look-alikes are not suggestions: a yes/no about
attending with theme words as the reason (`rsvp`), questions to the secretariat and remarks on the form of the
ateliers (`other`).

Conventions relied on (from the dataset brief):
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- A director who cannot come but sends a substitute: `rsvp` False.
- A request plus a real question to the secretariat: `other`. A supplier's pitch: `other`.
- `themes`: label the theme(s) of what the writer proposes, not of words used in passing; two themes only where the
  topic clearly spans both. Several topics of different themes in one mail carry the themes of all of them.
- The relation between the participating municipalities and the werkorganisatie (DVO, opdrachtgeverschap,
  governance of the gemeenschappelijke regeling, the councils, the cost-sharing key) is `samenwerking`; HR, staffing,
  recruitment, housing of the organisation, purchasing, the P&C-cyclus and I&A are `organisatie`; services to
  residents and businesses (klantcontactcentrum, sociaal-domein toegang, Omgevingswet for initiators) and monitoring
  of their performance are `dienstverlening`; long-term vision and administrative priorities are `strategie`.
- A forward by a management assistant, answered by the director, carries no thread (the reply headers point to the
  forward, not to our mail).
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ suggestions: one theme, words of others around
    {
        "id": "h71-sug-01", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Rianne Kloosterboer <r.kloosterboer@werkorganisatie-kempenland.nl>",
        "body": """Beste Stan en Melanie,

Als directeur van een werkorganisatie voor drie gemeenten die elk hun eigen ambities hebben, kom ik vaak in de
verleiding om over samenwerking te beginnen. Dit keer wil ik iets anders agenderen:

De professionalisering van inkoop en contractmanagement. Wij kopen nog grotendeels decentraal in, per afdeling,
en de accountant heeft ons er twee jaar achter elkaar op gewezen dat we niet rechtmatig aanbesteden. Graag hoor ik
hoe collega's een centraal inkoopteam hebben ingericht en wat dat aan formatie heeft gekost.

Met vriendelijke groet,
Rianne Kloosterboer
Algemeen directeur Werkorganisatie Kempenland""",
    },
    {
        "id": "h71-sug-02", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Joost Verhagen <joost.verhagen@dewaardlanden.nl>",
        "body": """Hoi Stan,

Mijn onderwerp: het klantcontactcentrum als eerste lijn. Wij halen nu zo'n 55% directe afhandeling aan de
telefoon, ik wil naar 80%. Hoe hebben anderen de kennisbank, de terugbelafspraken en de overdracht naar de
vakafdelingen geregeld, zodat de inwoner maar één keer hoeft te bellen?

Groet,
Joost

--
Joost Verhagen
Directeur Bedrijfsvoering, I&A en HR
Ambtelijke organisatie De Waardlanden""",
    },
    {
        "id": "h71-sug-03", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Marjolein de Haan <m.dehaan@bsd-veenstreek.nl>",
        "body": """Goedemorgen,

Graag stel ik voor: de herijking van de dienstverleningsovereenkomst (DVO) tussen de gemeenten en de
werkorganisatie. Wat leg je vast over het basispakket, hoe ga je om met meerwerk dat één gemeente vraagt, en hoe
voorkom je dat de DVO een afrekeninstrument wordt in plaats van een gespreksinstrument?

Aanleiding: twee van onze raden willen meer grip op de financiën en kijken daarbij naar de DVO.

Met vriendelijke groet,

Marjolein de Haan
Directeur Bedrijfsvoeringsorganisatie Veenstreek""",
    },
    {
        "id": "h71-sug-04", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Hans Oldenkamp <h.oldenkamp@werkorganisatie-noordkust.nl>",
        "body": """Beste Melanie,

Hoe houd je als werkorganisatie grip op je eigen koers voor de lange termijn als de waan van de dag regeert?
Wij willen dit jaar een organisatievisie 2035 opstellen: waar staan we over tien jaar, welke rol willen we spelen,
wat is onze inhoudelijke agenda. Ik ben benieuwd hoe collega's zo'n visie hebben gemaakt en levend gehouden.

Waarom nu: we zien een stapeling van digitalisering, krapte en nieuwe taken, en zonder stip op de horizon reageren
we alleen nog maar.

Hartelijke groet,
Hans Oldenkamp""",
    },
    {
        "id": "h71-sug-05", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "sender": "Femke Bruggink <f.bruggink@gemeente-oosterlanden.nl>",
        "body": """Dag allen,

Onderwerp: huisvesting van de werkorganisatie na de invoering van hybride werken. We hebben drie voormalige
gemeentehuizen en een gemiddelde bezetting van 40%. Afstoten, concentreren op één locatie, of spreiden?
(De publieksbalies laat ik hier bewust buiten, die blijven in elke kern.)

Groet,
Femke Bruggink
directeur

Verstuurd vanaf mijn iPad""",
    },
    {
        "id": "h71-sug-06", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Peter Lankhorst <p.lankhorst@duo-heuvelrug.nl>",
        "body": """Beste secretariaat,

Mijn suggestie is het stroomlijnen van de P&C-cyclus: minder rapportagemomenten, eerder sluiten van de
jaarrekening en een controlfunctie die meer adviseert dan controleert. Nu produceren we per jaar ruim twintig
P&C-documenten en dat slokt de hele afdeling op.

Met vriendelijke groet,

drs. P.J. Lankhorst
Concerncontroller a.i. / strategisch adviseur directie
Werkorganisatie Duo Heuvelrug""",
    },
    {
        "id": "h71-sug-07", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Sandra Mulder <s.mulder@werkorganisatie-maasenwaal.nl>",
        "body": """Goedemiddag Stan,

Wat mij betreft een onderwerp over de krapte op de regionale arbeidsmarkt. Onze vacatures voor
vergunningverleners, ICT'ers en financieel adviseurs staan gemiddeld vijf maanden open. Ik wil graag bespreken hoe
anderen werven en binden: opleidingstrajecten, zij-instromers, traineepools, arbeidsvoorwaarden.

Met groet,
Sandra Mulder""",
    },
    {
        "id": "h71-sug-08", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Erik Zandbergen <e.zandbergen@ambtelijkeorganisatie-lingezegen.nl>",
        "body": """Beste Stan, beste Melanie,

Voorstel: de dienstverlening aan initiatiefnemers onder de Omgevingswet. Onze werkprocessen en het DSO hebben we
inmiddels aardig op orde; waar we mee worstelen is het gesprek aan de voorkant: het vooroverleg, de omgevingstafel,
en initiatiefnemers die na acht weken nog niet weten waar ze aan toe zijn.

Met vriendelijke groet,
Erik Zandbergen""",
    },
    {
        "id": "h71-sug-09", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ingrid Wolters <i.wolters@werkorganisatie-vijfheerenlanden-oost.nl>",
        "body": """Beste Melanie,

Ik zou graag de toegang tot het sociaal domein willen bespreken. Hoe organiseer je één voordeur voor inwoners met
vragen over zorg, werk, inkomen en schulden, zodat ze niet van loket naar loket worden gestuurd? En hoe meet je of
dat in de praktijk ook lukt?

Vriendelijke groet,

Ingrid Wolters
Directeur Samenleving""",
    },
    {
        "id": "h71-sug-10", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Rob Hendriksen <rob.hendriksen@gmail.com>",
        "body": """Beste Stan en Melanie,

Datagedreven werken, te beginnen bij de basis: de kwaliteit van onze data, een klein datateam, en de vraag wie
eigenaar is van de gegevens, I&A of de vakafdeling. Uiteindelijk willen we natuurlijk inwoners beter bedienen,
maar daar zijn we nog lang niet; eerst moet het fundament in de bedrijfsvoering staan.

(Ik mail even vanaf mijn privéadres, mijn werkmail doet het vandaag niet.)

Groet,
Rob Hendriksen
Werkorganisatie Bommelerwaard-Oost""",
    },
    {
        "id": "h71-sug-11", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Wendy Pauwels <w.pauwels@werkorganisatie-dommeldal.nl>",
        "body": """Goedemorgen,

Sturen op de prestaties van onze dienstverlening met data. Welke kengetallen gebruiken collega's (wachttijd aan
de telefoon, klanttevredenheid, doorlooptijd van aanvragen) en hoe maak je die wekelijks zichtbaar op een
dashboard voor het MT, zonder dat het een afvinklijst wordt?

Met vriendelijke groet,
Wendy Pauwels""",
    },
    {
        "id": "h71-sug-12", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Gerard Timmer <g.timmer@grensland-werkt.nl>",
        "body": """Beste Stan,

Governance van de gemeenschappelijke regeling: de verhouding tussen het bestuur van de GR, de colleges en de
raden. Hoe voorkom je dat de werkorganisatie klem komt te zitten tussen drie colleges die elk hun eigen wensen
hebben en een GR-bestuur dat daar weer anders over denkt?

Met vriendelijke groet,

Gerard Timmer
Algemeen directeur | Directie Organisatie & Dienstverlening
Werkorganisatie Grensland""",
    },
    {
        "id": "h71-sug-13", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "sender": "Carla Doornbos <c.doornbos@werkorganisatie-ijsselvecht.nl>",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """Beste mensen,

Wij zijn een jonge organisatie; de structuur staat sinds 2025 en is nog volop in beweging. Toch is het onderwerp
dat mij het meest bezighoudt het opdrachtgeverschap vanuit de gemeenten: de gemeentesecretarissen als opdrachtgever,
wij als opdrachtnemer. Hoe professionaliseer je die rol aan beide kanten?

Met vriendelijke groet,
Carla Doornbos""",
    },
    {
        "id": "h71-sug-14", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Mark Visscher <m.visscher@werkorganisatie-kempenland.nl>",
        "body": """Dear Stan and Melanie,

(I am writing in English because our new HR director, who will join me at the atelier, does not read Dutch yet.)

I would like to propose the following topic: developing a long-term vision for our shared organisation. Where do we
want to be in 2035, and how do we turn that vision into a multi-year agenda that the boards actually endorse?

Kind regards,
Mark Visscher""",
    },
    {
        "id": "h71-sug-15", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Laura Blom <laura.blom@hartvanbrabant-werkt.nl>",
        "body": """Hi both,

Topic suggestion: proactive services for residents and entrepreneurs. Using life events (moving house, starting a
business, a birth, retirement) to reach people before they have to contact us. Has anyone tried this at scale?

Best,
Laura

Laura Blom
Director of Operations & IT""",
    },
    {
        "id": "h71-sug-16", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Yvonne Smeets <y.smeets@peelenmaas-werkorganisatie.nl>",
        "body": """Beste Melanie,

Hoe houd je als werkorganisatie grip op de inhuur van externen? Bij ons is inmiddels 22% van de loonsom flexibel,
en de interim-professionals vertrekken met onze kennis. Ik hoor graag hoe anderen hun flexibele schil sturen.

Groet,
Yvonne Smeets""",
    },
    {
        "id": "h71-sug-17", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Bert Veldhuis <b.veldhuis@werkorganisatie-twentseheuvels.nl>",
        "body": """Stan, Melanie,

Een lastig onderwerp, maar ik denk dat meer collega's ermee worstelen: hoe ga je om met een deelnemende gemeente
die overweegt uit te treden? Welk gesprek voer je, wie neemt het voortouw, en hoe houd je de andere gemeenten aan
boord? Vanzelfsprekend gaat het ook over geld (de uittreedsom), maar vooral over vertrouwen.

Groet,
Bert""",
    },
    {
        "id": "h71-sug-18", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Annelies Kramer <a.kramer@werkorganisatie-zuidwest.nl>",
        "body": """Beste Stan,

Ik twijfelde tussen twee onderwerpen: de positie van onze werkorganisatie in de regio, en het sturingsconcept.
Het eerste zal vast al door anderen worden ingebracht, dus ik houd het bij het tweede:

Van resultaatgericht naar opgavegericht sturen binnen de organisatie: wat betekent dat voor de lijn, voor de
rol van teamleiders en voor de planning & control?

Met vriendelijke groet,
Annelies Kramer""",
    },
    {
        "id": "h71-sug-19", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Theo Westerveld <t.westerveld@werkorganisatie-hunzedal.nl>",
        "body": """Beste secretariaat,

Niet zozeer de visie (die hebben wij net vastgesteld), maar de uitvoering richting inwoners wil ik inbrengen:
hoe houd je de dienstverlening dichtbij in de kleine kernen zonder overal een volwaardig gemeentehuis? Denk aan
een mobiele balie, een loket in de bibliotheek, huisbezoek voor wie niet mobiel is.

Met vriendelijke groet,
Theo Westerveld""",
    },
    {
        "id": "h71-sug-20", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Nadia El Amrani <n.elamrani@beekdal-heuvelland.nl>",
        "body": """Beste Stan en Melanie,

Ik ben sinds kort directeur bij de werkorganisatie van Beekdal en Heuvelland; mijn achtergrond ligt in HR en
dienstverlening. Het onderwerp dat ik graag met collega's bespreek:

Hoe vertaal je bestuurlijke prioriteiten naar een inhoudelijke agenda die de organisatie ook echt kan dragen?
Alles is urgent, alles moet tegelijk; wie helpt het bestuur kiezen?

Hartelijke groet,
Nadia El Amrani""",
    },
    {
        "id": "h71-sug-21", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Willem Stoffels <w.stoffels@werkorganisatie-rivierenland-noord.nl>",
        "body": """Goedemorgen,

Mijn onderwerp: informatieveiligheid en de BIO. Hoe richt je een CISO-functie in voor een werkorganisatie van
600 fte, met voldoende onafhankelijkheid maar wel dicht op I&A? Het raakt ook de dienstverlening (bij een hack
ligt het loket plat), maar mijn vraag gaat echt over de inrichting van de eigen organisatie.

Met vriendelijke groet,
Willem Stoffels""",
    },
    {
        "id": "h71-sug-22", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Monique Arends <m.arends@werkorganisatie-achterhoek-west.nl>",
        "body": """Beste Stan,

De positie van de werkorganisatie in de regio. De regiodeal, de arbeidsmarktregio, de veiligheidsregio, de
woondeal: overal wordt verwacht dat 'wij' aan tafel zitten. Maar wie vertegenwoordigt welke gemeente, en met
welk mandaat?

Met vriendelijke groet,

Monique Arends
Directeur Strategie & Control
Werkorganisatie Achterhoek-West""",
    },
    {
        "id": "h71-sug-23", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Dirk Jan Hofstede <dj.hofstede@werkorganisatie-salland-zuid.nl>",
        "body": """Beste Melanie,

Monitoring van prestaties: waarom meten we de klanttevredenheid nog steeds met één enquête per jaar? Ik wil graag
bespreken hoe je direct na elk contact feedback ophaalt en daar ook iets mee doet.

Misschien is het goed als iemand van een afdeling I&A of Organisatieontwikkeling dit inleidt; bij ons loopt het
vast op de techniek.

Groet,
Dirk Jan Hofstede""",
    },
    {
        "id": "h71-sug-24", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Esther van Dam <e.vandam@de-vierklank.nl>",
        "body": """Beste Stan en Melanie,

Lean in de backoffice: belastingen, vergunningen, facturen. Wij hebben drie processen doorgelicht en de
doorlooptijd gehalveerd, maar het beklijft niet. Hoe borg je procesverbetering in de lijn?

Inwoners merken het pas als de backoffice op orde is, vandaar mijn keuze voor dit onderwerp.

Met vriendelijke groet,
Esther van Dam
Werkorganisatie De Vierklank""",
    },
    {
        "id": "h71-sug-25", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Koen Brouwers <k.brouwers@werkorganisatie-zeeuwsekust.nl>",
        "body": """Beste allen,

Scenario's voor 2040: wat betekenen de vergrijzing en de krimp in onze kernen voor de opgaven waar we als
organisatie voor staan, en welke keuzes moeten we nu al maken? Dit had ik ook bij Samenwerking kunnen neerleggen,
maar het gaat me echt om de lange lijn.

Met vriendelijke groet,
Koen Brouwers""",
    },
    {
        "id": "h71-sug-26", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Petra Hoekstra <p.hoekstra@werkorganisatie-friese-meren-oost.nl>",
        "body": """Beste Stan,

Inclusieve dienstverlening: hoe bereik je de inwoners die laaggeletterd zijn of niet digitaal kunnen? Brieven op
B1-niveau, hulp bij DigiD, een informatiepunt in de bibliotheek. Wat werkt, wat niet?

Met vriendelijke groet,

Petra Hoekstra
Directeur Organisatie""",
    },
    {
        "id": "h71-sug-27", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Jeroen Schipper <j.schipper@samenwerkingsverband-lingewaard-zuid.nl>",
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

Namens de directie van het Samenwerkingsverband Lingewaard-Zuid stel ik het volgende onderwerp voor:
leiderschapsontwikkeling voor teamleiders, van vakinhoudelijk leidinggeven naar mensgericht leidinggeven.
Veel van onze teamleiders zijn doorgegroeid vakspecialisten en missen de bagage om verzuim en ontwikkeling
bespreekbaar te maken.

Hoogachtend,
J. Schipper
secretaris-directeur""",
    },
    {
        "id": "h71-sug-28", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Sophie de Kok <s.dekok@werkorganisatie-westfriesland-oost.nl>",
        "body": """Dear Stan,

We are a shared organisation for four municipalities, and every four years the political landscape changes. My
question for the atelier: how do you keep a long-term strategy on course when political priorities shift after
every election?

Regards,
Sophie de Kok""",
    },
    {
        "id": "h71-sug-29", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Tim Roelofs <t.roelofs@werkorganisatie-kempenland.nl>",
        "body": """Hi Melanie,

Our proposal: AI and automation in back-office processes. What are the first realistic use cases (invoice
handling, anonymising documents, drafting standard letters), and how do you arrange governance and privacy
around them inside the organisation?

Cheers,
Tim Roelofs
CIO""",
    },
    {
        "id": "h71-sug-30", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Anneke Postma <a.postma@werkorganisatie-noordkust.nl>",
        "body": """Beste Stan en Melanie,

Dank voor de fijne middag. Het verslag vond ik wat sterk op de interne organisatie gericht; als vervolg zou ik
het graag hebben over de verschillen in ambitie tussen de gemeenten: de ene wil voorop lopen, de andere wil
vooral dat het goedkoop blijft. Hoe faciliteer je als werkorganisatie beide?

Groet,
Anneke Postma""",
    },
    {
        "id": "h71-sug-31", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Frank Meijerink <f.meijerink@werkorganisatie-berkelland-oost.nl>",
        "body": """Beste Melanie,

Nog een aanvulling op wat ik eerder stuurde: ook de telefonische bereikbaarheid zou ik graag bespreken. Onze
wachttijden bij 14 0+netnummer lopen in de piek op tot twintig minuten en inwoners haken af.

Groet,
Frank""",
    },
    {
        "id": "h71-sug-32", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ilse Jacobs <i.jacobs@werkorganisatie-maasenwaal.nl>",
        "body": """Beste Stan,

Een bezuinigingstaakstelling van 5% op de bedrijfsvoering: waar haal je het zonder de organisatie uit te hollen?
Onze gemeenten zien het ravijnjaar aankomen en kijken als eerste naar de kosten van de werkorganisatie. Ik zou
graag ervaringen uitwisselen over slimme keuzes in formatie, ICT-contracten en overhead.

Met vriendelijke groet,
Ilse Jacobs""",
    },
    {
        "id": "h71-sug-33", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Maarten Gerritsen <m.gerritsen@werkorganisatie-hoekschewaard-zuid.nl>",
        "body": """Hallo Melanie,

Ik zou het graag hebben over WhatsApp en livechat als kanaal voor inwoners. Wie heeft daar ervaring mee: hoeveel
vragen komen er binnen, hoe snel antwoord je, en verschuift het contact echt weg van de telefoon?

Ons I&A-team heeft aangeboden het eigen pilotje kort te presenteren, mocht het thema gekozen worden.

Groeten,
Maarten Gerritsen""",
    },
    {
        "id": "h71-sug-34", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Hanneke Tuinstra <h.tuinstra@werkorganisatie-noordoostpolder-lemsterland.nl>",
        "body": """Goedemiddag,

Dienstverlening aan ondernemers: één vast aanspreekpunt voor bedrijven, een bedrijvenloket dat vergunningen,
subsidies en evenementen bundelt, en een ondernemerspanel dat ons scherp houdt.

Met vriendelijke groet,

Hanneke Tuinstra
Directeur | Portefeuille Strategie & Economie""",
    },
    {
        "id": "h71-sug-35", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "sender": "Sander Pols <sander.pols@icloud.com>",
        "body": """Dag Stan,

Hybride werken en de cultuur van een fusieorganisatie: hoe blijf je één organisatie als de oud-medewerkers van
drie gemeenten elkaar nauwelijks meer op kantoor zien? Hoe voorkom je dat de oude gemeentelijke culturen terugkomen?

Groet,
Sander Pols
Werkorganisatie Utrechtse Waarden

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h71-sug-36", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Lotte van Rijn <l.vanrijn@werkorganisatie-krimpenerwaard-noord.nl>",
        "body": """Beste Stan en Melanie,

Gezamenlijke opgaven: de energietransitie en de RES vragen om één lijn van onze drie gemeenten, terwijl de
colleges er heel verschillend in staan. Hoe faciliteer je dat ambtelijk, zonder partij te kiezen?

Wij hebben hier zelf een programmastructuur voor opgezet, maar die lost de bestuurlijke spanning niet op.

Met vriendelijke groet,
Lotte van Rijn""",
    },
    {
        "id": "h71-sug-37", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Bas Huisman <b.huisman@werkorganisatie-gooi-zuid.nl>",
        "body": """Beste secretariaat,

Wij hebben als werkorganisatie de dienstverlening en de bedrijfsvoering redelijk op orde. Waar we tekortschieten
is de inhoudelijke agenda: welke drie opgaven hebben écht prioriteit, en durven we de rest dan ook te laten
liggen? Dat zou ik graag met collega's bespreken.

Met vriendelijke groet,
Bas Huisman""",
    },
    {
        "id": "h71-sug-38", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Mirjam Evers <m.evers@werkorganisatie-vechtstreek.nl>",
        "body": """Beste Stan,

Contractmanagement bij ICT-leveranciers, en in het bijzonder de exit-strategie bij cloudcontracten: hoe kom je
er weer uit als een leverancier de prijzen verdubbelt of failliet gaat?

Met vriendelijke groet,
Mirjam Evers
Manager I&A""",
    },
    {
        "id": "h71-sug-39", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Jasper Koning <j.koning@sharedservices-zuidholland-oost.nl>",
        "body": """Dear secretariat,

A topic for the next atelier: the relationship between the participating municipalities and the shared
organisation. How do you deal with a council that feels it has lost control since the merger of the civil
services?

Kind regards,
Jasper Koning""",
    },
    {
        "id": "h71-sug-40", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "sender": "Ruud Bakker <ruud.bakker@werkorganisatie-texelstroom.nl>",
        "body": """Ff snel tussen twee overleggen door: thema I&A, de overstap naar de cloud (M365) en wat dat doet met
onze werkprocessen en documentbeheer.

Ruud

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h71-sug-41", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "Gea Smit <g.smit@werkorganisatie-ommelanden-west.nl>",
        "body": """Beste Stan,

Werken op afspraak aan de balie: wij doen het sinds corona en willen het houden, maar de vraag is of het goed is
voor de inwoner of alleen voor ons. Wie heeft dat onderzocht?

Gr. Gea Smit""",
    },
    {
        "id": "h71-sug-42", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes-wrote",
        "sender": "Alexander Vink <a.vink@werkorganisatie-hollandsekroon.nl>",
        "body": """Beste Stan en Melanie,

Mijn onderwerp: de stip op de horizon. Hoe werk je met een langetermijnvisie in een organisatie die vooral
uitvoert en waar niemand tijd heeft om vooruit te kijken?

Met vriendelijke groet,

Alexander Vink
Directeur Dienstverlening & Samenleving""",
    },
    {
        "id": "h71-sug-43", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Karin Dekker <k.dekker@werkorganisatie-altena-noord.nl>",
        "body": """Beste Stan,

Mijn collega-directeur van het cluster Organisatie heeft al iets over formatie ingestuurd; ik wil namens mijn
cluster iets anders agenderen: de doorlooptijden van vergunningen en meldingen openbare ruimte, en hoe je die
openbaar rapporteert aan inwoners.

Met vriendelijke groet,
Karin Dekker""",
    },
    {
        "id": "h71-sug-44", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Ellen Jansma <e.jansma@werkorganisatie-friesewouden.nl>",
        "body": """Beste Stan en Melanie,

Als directeur bedrijfsvoering (I&A, HR, financiën) kijk ik meestal naar de binnenkant. Toch stel ik dit keer een
ander onderwerp voor: het uitbreiden van de ambtelijke samenwerking met een vierde gemeente. Hoe neem je een nieuwe
deelnemer op zonder dat de huidige gemeenten het gevoel krijgen dat zij inleveren?

Met vriendelijke groet,
Ellen Jansma""",
    },
    {
        "id": "h71-sug-45", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "sender": "Michiel Jonker <m.jonker@werkorganisatie-brielle-westvoorne.nl>",
        "body": """Beste Melanie,

Formatie: hoe bepaal je wat de 'juiste' omvang van je werkorganisatie is? Onze bestuurders vragen zich hardop af
of we niet te groot zijn gegroeid. Benchmarks zeggen weinig. Ik ben benieuwd naar andere methodes.

Met vriendelijke groet,
Michiel Jonker""",
    },
    {
        "id": "h71-sug-46", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Saskia Wouters <saskia.wouters@werkorganisatie-zuidlimburg-midden.nl>",
        "body": """Beste Stan en Melanie,

Voorstel: klantreizen in kaart brengen, bijvoorbeeld verhuizen, een kind krijgen of een bedrijf starten, en dan
samen met inwoners kijken waar het hapert.

Groet, Saskia""",
    },
    {
        "id": "h71-sug-47", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "subject": "Suggestie n.a.v. samenwerkingsatelier",
        "sender": "Martijn Kuipers <m.kuipers@werkorganisatie-midden-delfland-west.nl>",
        "body": """Beste Stan,

Meerjarige koers: hoe stel je een organisatiestrategie op die niet na een jaar in de la verdwijnt? Wij hebben er
drie gehad in acht jaar en niemand kan zich de vorige herinneren.

Met vriendelijke groet,
Martijn Kuipers""",
    },
    {
        "id": "h71-sug-48", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Judith Veenstra <j.veenstra@werkorganisatie-stedendriehoek-oost.nl>",
        "body": """Beste Stan en Melanie,

Na de middag over samenwerking en eigenheid zou ik de volgende keer graag de interne kant bespreken: het
sturingsconcept en de rol van de teamleiders in de lijn. Wie stuurt er eigenlijk op wat?

Groet,
Judith Veenstra""",
    },
    {
        "id": "h71-sug-49", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Harm Brink <h.brink@werkorganisatie-oldambt-pekela.nl>",
        "body": """Beste Stan,

Bestuurlijke drukte: drie colleges, drie raden, één directie. Hoe voorkom je dubbele vergaderingen en
tegenstrijdige opdrachten vanuit de verschillende gemeenten?

Met vriendelijke groet,
Harm Brink""",
    },
    {
        "id": "h71-sug-50", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Marieke Scholten <m.scholten@werkorganisatie-winterswijk-aalten.nl>",
        "body": """Beste secretariaat,

Digitalisering: het vervangen van ons zaaksysteem. Ik zou graag ervaringen horen over de aanbesteding, de
migratie van oude zaken en hoe je de organisatie meeneemt.

Met vriendelijke groet,

Marieke Scholten
Manager Publiekszaken & Dienstverlening""",
    },
    {
        "id": "h71-sug-51", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Olaf Lindeman <o.lindeman@werkorganisatie-goeree.nl>",
        "body": """Hello Melanie,

Suggestion: measuring customer satisfaction in real time, with a short survey after each contact, and publishing
the results on our website every month.

Best regards,
Olaf Lindeman""",
    },
    {
        "id": "h71-sug-52", "kind": "suggestion", "themes": ["samenwerking"],
        "quoted": "oproep_themas", "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Eveline Kroon <e.kroon@werkorganisatie-vallei-oost.nl>",
        "body": """Stan, Melanie,

Mijn assistent stuurde me jullie oproep door. Mijn onderwerp: gastheerschap voor gemeenten buiten onze fusie.
Wij voeren de leerplicht en de RMC-taken uit voor zes gemeenten in de regio, waarvan er vier geen deel uitmaken van
onze werkorganisatie. Hoe regel je zeggenschap en verwachtingen met die 'klantgemeenten'?

Groet,
Eveline Kroon""",
    },
    {
        "id": "h71-sug-53", "kind": "suggestion", "themes": ["organisatie"],
        "quoted": "oproep_themas", "quote": "doorgestuurd",
        "subject": "Doorst: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Paul de Wit <p.dewit@werkorganisatie-nederbetuwe.nl>",
        "body": """Beste Melanie,

Wij bedienen zo'n 85.000 inwoners en ondernemers in drie gemeenten, met een organisatie die de afgelopen twee
jaar hard heeft moeten groeien. Mijn onderwerp: ziekteverzuim en werkdruk. Ons verzuim is 7,8% en stijgt. Welke
aanpak werkt bij collega's?

Met vriendelijke groet,
Paul de Wit""",
    },
    {
        "id": "h71-sug-54", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes-wrote",
        "sender": "Frits Terpstra <f.terpstra@werkorganisatie-dantumadiel-noord.nl>",
        "body": """Beste Stan en Melanie,

De ambities van onze gemeenten lopen uiteen: de ene wil groeien met woningbouw, de andere wil het dorpse karakter
behouden. Wat betekent dat voor één werkorganisatie die beide moet bedienen?

Misschien kan de directeur van de Werkorganisatie Zuidwest dit inleiden; zij heeft er een mooie strategische
analyse over geschreven.

Met vriendelijke groet,
Frits Terpstra""",
    },
    {
        "id": "h71-sug-55", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Anouk Vermeulen <a.vermeulen@werkorganisatie-baarn-eemnes.nl>",
        "body": """Beste Melanie,

Ter toelichting: wij zijn een organisatie van 400 fte, waarbij I&A, HR en financiën in het cluster
bedrijfsvoering zitten en de publiekstaken in het cluster dienstverlening.

Mijn onderwerp is de terugkoppeling aan inwoners die een melding openbare ruimte doen: ze horen nu vaak niets meer
nadat ze een kapotte lantaarnpaal hebben gemeld. Hoe sluiten anderen die cirkel?

Met vriendelijke groet,
Anouk Vermeulen""",
    },
    {
        "id": "h71-sug-56", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Niels Akkerman <n.akkerman@werkorganisatie-hof-van-twente-oost.nl>",
        "body": """Beste Stan,

Hoe zet je een trendanalyse (woningnood, vergrijzing, klimaat, polarisatie) om in keuzes voor de inhoudelijke
agenda van de komende jaren? Wij maken mooie analyses, maar ze leiden zelden tot bestuurlijke keuzes.

Met vriendelijke groet,
Niels Akkerman""",
    },
    {
        "id": "h71-sug-57", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Lianne Groen <l.groen@werkorganisatie-midden-groningen-west.nl>",
        "body": """Beste Stan en Melanie,

Governance van onze ICT-portfolio binnen de directie: wie beslist over ICT-investeringen, hoe werk je met
business cases, en hoe prioriteer je als iedere afdeling haar eigen project het belangrijkste vindt?

Met vriendelijke groet,
Lianne Groen""",
    },
    {
        "id": "h71-sug-58", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "jan.de.boer@werkorganisatie-peelland.nl",
        "body": """hoi stan,

graag iets over de informatievoorziening aan de raden. hoe houd je drie gemeenteraden gelijk geinformeerd
zonder dat de ene zich achtergesteld voelt bij de andere? en wat doe je als een raad om een eigen notitie vraagt?

gr jan""",
    },
    {
        "id": "h71-sug-59", "kind": "suggestion", "themes": ["dienstverlening"],
        "sender": "Yolanda Peters <y.peters@werkorganisatie-land-van-cuijk-zuid.nl>",
        "subject": "Onderwerp voor het atelier",
        "body": """Beste Stan en Melanie,

Ik zag de oproep voor thema's pas laat en stuur daarom een nieuw mailtje. Mijn onderwerp: servicenormen. Welke
beloftes doe je aan inwoners en ondernemers (binnen twee werkdagen antwoord, binnen vier weken een besluit), en
hoe monitor je of je die haalt?

Met vriendelijke groet,

Yolanda Peters
Directeur Strategie, Samenwerking & Bedrijfsvoering""",
    },
    {
        "id": "h71-sug-60", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Gijs van Leeuwen <g.vanleeuwen@werkorganisatie-montferland-oost.nl>",
        "body": """Beste Stan,

Organisatieontwikkeling: van afdelingen naar zelforganiserende teams. Wij overwegen de managementlaag tussen
directie en teams te schrappen. Wie heeft dat gedaan, en hoe ging dat met de span of control?

De aanleiding is dat besluiten te lang duren, ook als een inwoner op een antwoord wacht, maar het gaat mij om de
structuur.

Met vriendelijke groet,
Gijs van Leeuwen""",
    },
    {
        "id": "h71-sug-61", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Hugo Jansen <h.jansen@werkorganisatie-bernisse.nl>",
        "body": """Hi Stan,

Joint tasks: how do you share one policy team between three municipalities that each have a different coalition
agenda? Who decides which alderman gets priority when the team is overloaded?

Thanks,
Hugo""",
    },
    {
        "id": "h71-sug-62", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Charlotte Mol <c.mol@werkorganisatie-kaag-braassem.nl>",
        "body": """Beste Melanie,

Twee onderwerpen, beide over de dienstverlening:
- digitale dienstverlening aan ondernemers (eHerkenning, één portaal voor alle aanvragen)
- wat doen we met de uitkomsten van het klanttevredenheidsonderzoek

Met vriendelijke groet,
Charlotte Mol""",
    },
    {
        "id": "h71-sug-63", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ton Verbeek <t.verbeek@werkorganisatie-oisterwijk-haaren.nl>",
        "body": """Beste Stan,

Mijn onderwerpen:
- inkoop: centraliseren of niet?
- huisvesting: minder vierkante meters, betere werkplekken

Omdat de samenwerking met onze gemeenten prima loopt, wil ik me dit keer op de bedrijfsvoering richten.

Groet,
Ton Verbeek""",
    },
    {
        "id": "h71-sug-64", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Marloes Claassen <m.claassen@werkorganisatie-bergen-egmond.nl>",
        "body": """Beste Stan en Melanie,

Innovatie binnen de organisatie: een klein innovatiebudget, een team dat experimenten mag doen in de
bedrijfsvoering, en ruimte om te falen. Hoe organiseer je dat naast de lijn, en hoe schaal je op wat werkt?

Met vriendelijke groet,
Marloes Claassen""",
    },
    {
        "id": "h71-sug-65", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Bart Swinkels <bart.swinkels@werkorganisatie-gemert-laarbeek.nl>",
        "body": """Beste Stan,

Ik dacht eerst aan iets over digitalisering, maar dat is de laatste ateliers al vaak langsgekomen. Liever agendeer
ik de vraag hoe je inwoners betrekt bij het verbeteren van onze dienstverlening: een inwonerspanel, mystery
guests, een klantenraad?

Groet,
Bart Swinkels""",
    },
    {
        "id": "h71-sug-66", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Corinne Wagenaar <c.wagenaar@werkorganisatie-stichtse-meren.nl>",
        "body": """Beste Stan,

Het opdrachtgeverschap blijft bij ons wringen. De gemeenten sturen via de DVO op producten, wij willen sturen op
opgaven. Hoe hebben collega's het gesprek met hun gemeenten over de rolverdeling tussen opdrachtgever en
opdrachtnemer gevoerd?

Met vriendelijke groet,
Corinne Wagenaar""",
    },
    {
        "id": "h71-sug-67", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Robbert Hoogland <r.hoogland@werkorganisatie-heusden-vlijmen.nl>",
        "body": """Beste Stan en Melanie,

Strategische personeelsplanning: ruim 30% van onze medewerkers gaat binnen tien jaar met pensioen. Hoe breng je in
kaart welke functies dat raakt, en hoe zorg je voor kennisoverdracht voordat het te laat is?

Met vriendelijke groet,
Robbert Hoogland""",
    },
    # ------------------------------------------------------------------ suggestions: two themes
    {
        "id": "h71-sug-68", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Wim Bosman <w.bosman@werkorganisatie-ameland-schier.nl>",
        "body": """Beste Stan,

Een gezamenlijke strategische agenda van de drie gemeenten: hoe kom je van drie afzonderlijke coalitieakkoorden
tot één meerjarige koers, gedragen door alle drie de besturen, waar de werkorganisatie op kan bouwen?

Met vriendelijke groet,
Wim Bosman""",
    },
    {
        "id": "h71-sug-69", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Daphne Kuiper <d.kuiper@werkorganisatie-oude-ijssel.nl>",
        "body": """Beste Melanie,

Digitalisering van de dienstverlening: welke I&A-architectuur en welke werkprocessen heb je in de backoffice nodig
om inwoners en ondernemers 24/7 digitaal te bedienen, van aanvraag tot besluit? Het gaat me dus om beide kanten:
wat merkt de inwoner, en wat vraagt het van onze eigen organisatie.

Met vriendelijke groet,
Daphne Kuiper""",
    },
    {
        "id": "h71-sug-70", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Hendrik Ploeg <h.ploeg@werkorganisatie-de-fryske-marren-noord.nl>",
        "body": """Beste Stan en Melanie,

Harmonisatie. Onze drie gemeenten hebben elk nog eigen beleidsregels en verordeningen, waardoor onze werkprocessen
drie keer zo complex zijn. Twee vragen: hoe krijg je de gemeenten zover dat ze harmoniseren, en hoe richt je
ondertussen je processen en systemen zo in dat de verschillen je niet opbreken?

Groet,
Hendrik Ploeg""",
    },
    {
        "id": "h71-sug-71", "kind": "suggestion", "themes": ["strategie", "organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Esmee Dijkman <e.dijkman@werkorganisatie-leudal-roer.nl>",
        "body": """Beste Stan,

Van visie naar structuur: wij hebben een nieuwe langetermijnvisie op de organisatie nodig, en daarbij een
sturingsconcept en organisatiestructuur die bij die visie passen. Ik zou graag beide in samenhang bespreken.

Met vriendelijke groet,
Esmee Dijkman""",
    },
    {
        "id": "h71-sug-72", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Thomas Reinders <t.reinders@werkorganisatie-bunschoten-eemland.nl>",
        "body": """Beste Stan en Melanie,

Een gezamenlijke I&A-organisatie met onze buurwerkorganisatie: wij overwegen met de Werkorganisatie Eemvallei één
ICT-dienst te vormen. Dat gaat over de verhouding tussen twee samenwerkingsverbanden en hun gemeenten, en over de
inrichting van I&A zelf. Wie heeft zoiets al gedaan?

Met vriendelijke groet,
Thomas Reinders""",
    },
    {
        "id": "h71-sug-73", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Rosa Mertens <r.mertens@werkorganisatie-beekdaelen-zuid.nl>",
        "body": """Beste Melanie,

Wij willen onze drie klantcontactcentra samenvoegen tot één KCC met één telefoonnummer en één CRM-systeem. Ik zou
daar graag over praten, en dan zowel over de organisatorische kant (teams samenvoegen, formatie, systemen) als over
wat de inwoner ervan merkt (bereikbaarheid, kwaliteit van de antwoorden).

Met vriendelijke groet,
Rosa Mertens""",
    },
    {
        "id": "h71-sug-74", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Gerrit Lammers <g.lammers@werkorganisatie-epe-heerde.nl>",
        "body": """Dag Stan en Melanie,

Voor de volgende keer: onze samenwerking bestaat over twee jaar tien jaar. Ik wil het hebben over de evaluatie
daarvan én over de vraag welke koers we met de gemeenten de komende tien jaar willen varen: zelfde vorm, verder
integreren, of juist terug naar meer eigenheid?

Groet, Gerrit

Verzonden vanaf mijn iPhone""",
    },
    {
        "id": "h71-sug-75", "kind": "suggestion", "themes": ["organisatie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Nicole Verschuur <n.verschuur@werkorganisatie-hillegom-lisse.nl>",
        "body": """Beste Stan,

Twee onderwerpen van mijn kant:
1. het sturingsconcept binnen de werkorganisatie: integraal management of een matrix?
2. de DVO met de gemeenten: is het nog het goede instrument voor de relatie met onze opdrachtgevers?

Met vriendelijke groet,
Nicole Verschuur""",
    },
    # ------------------------------------------------------------------ look-alikes: rsvp
    {
        "id": "h71-rsvp-01", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Arjan Bouwman <a.bouwman@werkorganisatie-kempenland.nl>",
        "body": """Beste Stan,

Ik heb geen eigen onderwerp; de vier thema's in jullie mail dekken wel wat ons bezighoudt. Ik kom zeker op 11 maart.

Met vriendelijke groet,
Arjan Bouwman""",
    },
    {
        "id": "h71-rsvp-02", "kind": "rsvp", "attending": False,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Liesbeth van Gent <l.vangent@werkorganisatie-maasenwaal.nl>",
        "body": """Beste Melanie,

Geen suggestie van mijn kant, en ik moet me helaas ook afmelden voor 11 maart: die week zit ik midden in de
voorbereiding van de kadernota, met alle financiën van de drie gemeenten op mijn bord.

Vriendelijke groet,
Liesbeth van Gent""",
    },
    {
        "id": "h71-rsvp-03", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Jos Hermans <j.hermans@werkorganisatie-cranendonck-heeze.nl>",
        "body": """Beste Stan,

Ja, ik kom. De samenwerking tussen onze vier gemeenten en hun eigenheid is precies waar wij nu mee worstelen, dus
dit thema komt op het goede moment.

Met vriendelijke groet,
Jos Hermans""",
    },
    {
        "id": "h71-rsvp-04", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Mariska Dijkstra <m.dijkstra@werkorganisatie-achtkarspelen-oost.nl>",
        "body": """Beste Melanie,

Nee helaas. Jammer, want de relatie met de deelnemende gemeenten en onze positie in de regio zijn bij ons juist
heel actueel. Maar diezelfde middag behandelt een van onze raden de nieuwe DVO, en daar moet ik bij zijn.

Groet,
Mariska Dijkstra""",
    },
    {
        "id": "h71-rsvp-05", "kind": "rsvp", "attending": True,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Stefan Kuijpers <s.kuijpers@werkorganisatie-bladel-reusel.nl>",
        "body": """Hoi Stan,

Tot donderdag! Ik ben erbij en benieuwd naar de ervaringen van de anderen met het thema.

Groet,
Stefan""",
    },
    {
        "id": "h71-rsvp-06", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Henk Snijders <h.snijders@werkorganisatie-druten-wijchen.nl>",
        "body": """Beste Stan en Melanie,

Zelf kan ik op 11 maart niet. In mijn plaats komt mijn collega Pieter Smit, directeur Dienstverlening
(p.smit@werkorganisatie-druten-wijchen.nl).

Met vriendelijke groet,
Henk Snijders""",
    },
    {
        "id": "h71-rsvp-07", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Caroline Meester <c.meester@werkorganisatie-westland-noord.nl>",
        "body": """Dear Stan,

Yes, I will attend. Cooperation between municipalities is very relevant for us at the moment, since we have just
started a review of the governance of our shared organisation.

Kind regards,
Caroline Meester""",
    },
    {
        "id": "h71-rsvp-08", "kind": "rsvp", "attending": False,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Victor Hoekman <v.hoekman@werkorganisatie-zeewolde-dronten.nl>",
        "body": """Hi Melanie,

No topic from me this time, and I won't be able to attend on 11 March either: we are in the middle of a
reorganisation of our HR and I&A departments.

Best regards,
Victor Hoekman""",
    },
    {
        "id": "h71-rsvp-09", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "Aukje Feenstra <a.feenstra@werkorganisatie-waadhoeke-zuid.nl>",
        "body": """Beste Stan,

Geen aanvullingen op de thema's; het rijtje strategie, samenwerking, organisatie en dienstverlening is wat mij
betreft compleet. Ik schuif graag aan op 11 maart.

Groet,
Aukje Feenstra""",
    },
    # ------------------------------------------------------------------ look-alikes: other
    {
        "id": "h71-other-01", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Marcel Groot <m.groot@werkorganisatie-kempenland.nl>",
        "body": """Beste Stan,

Mag ik meerdere onderwerpen indienen, bijvoorbeeld één over organisatie en één over dienstverlening? En moet ik
er zelf bij zetten onder welk thema ze vallen, of doen jullie dat?

Met vriendelijke groet,
Marcel Groot""",
    },
    {
        "id": "h71-other-02", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Eline Bos <e.bos@werkorganisatie-de-ronde-venen-oost.nl>",
        "body": """Beste Melanie,

De link naar het verslag werkt bij mij niet, ik krijg een foutmelding. Kunt u het verslag als bijlage sturen? Ik
wil het graag delen met ons MT en de teamleiders dienstverlening.

Vriendelijke groet,
Eline Bos""",
    },
    {
        "id": "h71-other-03", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Rik Wolters <r.wolters@werkorganisatie-noordkust.nl>",
        "body": """Beste Stan en Melanie,

Een suggestie voor de vorm: kunnen we het atelier eens bij een van de werkorganisaties zelf houden, in plaats van
in Utrecht? Dan zien we ook hoe een collega het heeft ingericht. Welk thema het wordt, maakt mij niet uit.

Met vriendelijke groet,
Rik Wolters""",
    },
    {
        "id": "h71-other-04", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Tjitske de Vries <tjitske.devries@werkorganisatie-noardeast.nl>",
        "body": """Beste Stan,

Graag ook een online-optie voor het atelier; voor ons uit het noorden is Utrecht op een donderdagmiddag een
halve dag reizen. Over de inhoud (samenwerking, strategie, het maakt niet uit) heb ik geen voorkeur.

Groet,
Tjitske de Vries""",
    },
    {
        "id": "h71-other-05", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Arno Heijmans <a.heijmans@werkorganisatie-someren-asten.nl>",
        "body": """Beste Melanie,

Voorstel: maak er eens een hele dag van in plaats van een middag, zodat er ruimte is voor twee van de vier
thema's en we niet steeds halverwege het gesprek moeten stoppen.

Met vriendelijke groet,
Arno Heijmans""",
    },
    {
        "id": "h71-other-06", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Daan Evers <d.evers@werkorganisatie-schouwen-noord.nl>",
        "body": """Beste Stan,

Ik overweeg iets over inkoop in te dienen, maar valt dat bij jullie onder Organisatie of onder Samenwerking
(wij kopen samen met de andere gemeenten in)? Dan weet ik hoe ik het moet formuleren.

Met vriendelijke groet,
Daan Evers""",
    },
    {
        "id": "h71-other-07", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "sender": "Gerda Mensink <g.mensink@werkorganisatie-dinkelland-tubbergen.nl>",
        "body": """Geacht secretariaat,

Wie zitten er in de Adviesraad die de suggesties weegt? En telt een onderwerp dat door meerdere directeuren wordt
voorgesteld zwaarder dan een onderwerp over bijvoorbeeld dienstverlening dat maar één keer genoemd wordt?

Met vriendelijke groet,
G. Mensink""",
    },
    {
        "id": "h71-other-08", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Wouter Baas <w.baas@werkorganisatie-zaltbommel-maasdriel.nl>",
        "body": """Beste Stan en Melanie,

Een opmerking over het format: het plenaire deel over de organisatie van de samenwerking was te lang. Volgende
keer graag meer tijd in kleine groepen en een kortere inleiding.

Met vriendelijke groet,
Wouter Baas""",
    },
    {
        "id": "h71-other-09", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Loes Schuurman <l.schuurman@werkorganisatie-ede-veenendaal-west.nl>",
        "body": """Beste Stan,

Per 1 februari ben ik directeur Dienstverlening & Organisatie bij een andere werkorganisatie. Mijn nieuwe adres is
l.schuurman@werkorganisatie-rijnvallei.nl; wilt u mijn gegevens aanpassen? Dan reageer ik vanaf daar op de
oproep.

Met vriendelijke groet,
Loes Schuurman""",
    },
    {
        "id": "h71-other-10", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Jeroen Aalbers <j.aalbers@werkorganisatie-berg-en-dal-noord.nl>",
        "body": """Beste Stan en Melanie,

Dank voor het mooie atelier! Het gesprek over samenwerking en eigenheid was precies wat ik nodig had, en het
verslag deel ik met ons MT.

Hartelijke groet,
Jeroen Aalbers""",
    },
    {
        "id": "h71-other-11", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Rebecca Hall <r.hall@werkorganisatie-haarlemmermeer-zuid.nl>",
        "body": """Dear Stan,

Could you tell me whether the deadline of 21 January is strict? I am collecting topics from my management team on
strategy and service delivery and would need one more week.

Kind regards,
Rebecca Hall""",
    },
    {
        "id": "h71-other-12", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Hilde Brouwer <h.brouwer@werkorganisatie-dongen-goirle.nl>",
        "body": """Beste Melanie,

Wij willen onze gemeentesecretarissen ook laten meedenken over de thema's, zeker waar het de samenwerking tussen
de gemeenten raakt. Mogen zij zelf rechtstreeks op de oproep reageren, of loopt dat via mij?

Met vriendelijke groet,
Hilde Brouwer""",
    },
    {
        "id": "h71-other-13", "kind": "other",
        "sender": "Vincent Lammertink <v.lammertink@procesenmens-advies.nl>",
        "subject": "Bijdrage aan uw Leer- en inspireer-atelier",
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

Wij zijn een adviesbureau gespecialiseerd in de digitalisering van dienstverlening en in organisatieontwikkeling
bij ambtelijke fusieorganisaties. Graag verzorgen wij kosteloos een inspiratiesessie tijdens uw volgende atelier,
bijvoorbeeld over datagedreven sturen. Mag ik u bellen om de mogelijkheden te bespreken?

Met vriendelijke groet,

Vincent Lammertink
Partner, Proces & Mens Advies""",
    },
]
