"""Development set devset67 (issue 17): topic proposals under the call for themes, and non-topics for contrast.

About 75 messages propose topics for the Leer- en inspireer-atelier, mostly in reply to the call for themes
(`oproep_themas`) or the follow-up after an atelier (`vervolg_atelier`), two under the thank-you for a suggestion
(`bedankt_suggestie`), and some as new mails or answers above a forwarded call. Their themes need care: topics
described by their matter without naming a theme, topics that mention a second theme only in passing, topics that
truly span two themes, a theme the writer explicitly sets aside while proposing another, a theme named by the
writer where the brochure files the matter elsewhere, English proposals, short noun phrases and long reflective
mails. Sixteen non-topics (thanks, questions, feedback on the form, declines, one out-of-office) are there for
contrast.

Conventions relied on (from the dataset brief):
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- A director who cannot come but sends a substitute: `rsvp` False.
- Questions, feedback, thanks, an application for the Adviesraad, a question who may join: `other`.
- `themes` holds the themes of what the writer proposes, as the brochure defines them:
  strategie (long-term vision on the organisation, the substantive agenda, administrative priorities);
  samenwerking (the relation between the participating municipalities, joint tasks, interests and ambitions, the
  position in the region); organisatie (structure, steering concept, staffing and innovation, digitalisation, work
  processes, finances, I&A, HR); dienstverlening (innovation in services to residents, businesses and institutions,
  monitoring of performance). Words used in passing do not count; two themes only where the topic clearly spans
  both, or where the writer proposes several topics that fall under different themes.
- `thread` is None for a new mail, for an answer above a mail an assistant forwarded, and for a client that dropped
  the reply headers.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---- topics described by their matter, without naming a theme ----
    {
        "id": "d67-matter-01",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Rob Verhagen <r.verhagen@werkorganisatie-kempenland.nl>",
        "body": """\
Beste Stan en Melanie,

Wat mij op dit moment de meeste hoofdbrekens kost: de migratie van ons shared service centrum naar een nieuw
applicatielandschap. Drie gemeenten, elk met hun eigen maatwerk in de oude systemen, en één ICT-afdeling die alles
moet overzetten terwijl de winkel gewoon open blijft. Ik ben benieuwd hoe collega's zo'n overgang hebben gepland,
bemenst en aanbesteed.

Met vriendelijke groet,

Rob Verhagen
Directeur Werkorganisatie Kempenland
""",
    },
    {
        "id": "d67-matter-02",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Ilse Hoekstra <ilse.hoekstra@gmail.com>",
        "body": """\
Hoi Melanie,

Mijn onderwerp: hoe houd je drie gemeenteraden aangehaakt bij één ambtelijke organisatie? Bij ons voelt de raad
van de kleinste gemeente zich steeds vaker tweederangs, en dat merk je aan de toon in elke commissievergadering.

Groet,
Ilse
""",
    },
    {
        "id": "d67-matter-03",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "sender": "Fatma Yildiz <f.yildiz@dommeldal-samen.nl>",
        "body": """\
Goedemiddag,

Graag zou ik het willen hebben over klantreizen. Wij hebben het afgelopen jaar de reis 'ik verhuis naar de
gemeente' in kaart gebracht, van de eerste zoekopdracht tot de inschrijving en de afvalpas. Dat leverde
verrassende inzichten op over waar inwoners afhaken. Ik deel graag onze aanpak en hoor hoe anderen dit doen.

Hartelijke groet,
Fatma Yildiz

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d67-matter-04",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Hans Kuipers <j.kuipers@ambtelijkeorganisatie-drechtvallei.nl>",
        "body": """\
Geachte heer Van de Laar,

Als onderwerp draag ik aan: hoe bepaal je samen met het bestuur een agenda voor de lange termijn, een die verder
reikt dan één collegeperiode? De vergaderingen worden gevuld door de waan van de dag; de vraag waar wij over tien
jaar willen staan komt er nauwelijks aan te pas.

Met vriendelijke groet,

drs. J.H.M. (Hans) Kuipers
algemeen directeur
Ambtelijke Organisatie Drechtvallei
T 078 - 612 40 00
""",
    },
    {
        "id": "d67-matter-07",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "sender": "A. Bakker <a.bakker@samenwerkingsorganisatie-tbm.nl>",
        "body": """\
Voorstel: de verhouding met de centrumgemeente. Bij regionale afspraken over jeugdzorg en woningbouw worden wij,
als werkorganisatie van drie plattelandsgemeenten, nogal eens overvleugeld. Hoe zorgen collega's dat hun gemeenten
aan tafel zitten en gehoord worden?

mvg,
A. Bakker
""",
    },
    {
        "id": "d67-matter-09",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Joost Lammers <joost@lammers-advies.nl>",
        "body": """\
Beste Stan, beste Melanie,

Iets waar ik graag met collega's over doorpraat: scenarioplanning. Hoe bereid je de werkorganisatie voor op
totaal verschillende toekomsten, bijvoorbeeld een sterke groei van het takenpakket, een krimpende bevolking of
een bestuurlijke herindeling over acht jaar? Wij proberen met drie scenario's onze koers richting 2035 te bepalen
en lopen er tegenaan dat niemand durft te kiezen.

Hartelijke groet,
Joost Lammers
interim-directeur Werkorganisatie Hof van Twente-Noord
""",
    },
    {
        "id": "d67-matter-10",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Nadia el Amrani <n.elamrani@werkorganisatie-bbr.nl>",
        "body": """\
Beste collega's van het secretariaat,

Ik stel voor om te praten over brieven en beschikkingen in begrijpelijke taal. Wij merken dat een groot deel van
de telefoontjes bij ons gaat over brieven die inwoners niet snappen. We zijn gestart met een schrijfteam en
meten het effect op het aantal vragen.

Met vriendelijke groet,
Nadia el Amrani
Directeur Publiekszaken

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u
verzocht de afzender hiervan op de hoogte te stellen en het bericht te verwijderen.
""",
    },
    {
        "id": "d67-matter-11",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "sender": "Marco Dijkhuizen <m.dijkhuizen@icloud.com>",
        "body": """\
Hallo Stan,

Voor 11 maart: de cloudstrategie. Blijven we ons eigen rekencentrum draaien of gaan we volledig naar de cloud,
en wat doet dat met onze informatievoorziening, de leveranciersafhankelijkheid en de kosten?

Marco

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d67-matter-12",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "sender": "Carla Mulders <c.mulders@werkorganisatie-maasduinen.nl>",
        "body": """\
Dag Melanie,

Bij ons speelt het volgende en ik vermoed dat ik niet de enige ben: één van de deelnemende gemeenten overweegt
uit de gemeenschappelijke regeling te stappen en taken weer zelf te gaan doen. Hoe voer je dat gesprek met de
partners, en hoe voorkom je dat de andere twee zich in de steek gelaten voelen?

Hartelijke groet,
Carla Mulders
""",
    },
    {
        "id": "d67-matter-13",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Peter van Dongen <p.vandongen@gemeente-altena-west.nl>",
        "body": """\
Goedemiddag,

Onderwerp van mijn kant: proactief handelen richting inwoners. Bijvoorbeeld inwoners met een laag inkomen
automatisch wijzen op kwijtschelding en regelingen waar ze recht op hebben, in plaats van af te wachten tot ze
zelf een aanvraag doen. We hebben er een pilot mee gedaan en de reacties waren opvallend positief.

Met vriendelijke groet,
Peter van Dongen
""",
    },
    {
        "id": "d67-matter-15",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Sandra Peeters <s.peeters@bedrijfsvoering-dal.nl>",
        "body": """\
Beste Stan en Melanie,

Wat ons bezighoudt: de bezuinigingen die vanaf 2026 op ons afkomen. De deelnemers vragen een taakstelling op de
bedrijfsvoering. Hoe vind je ruimte in je eigen begroting zonder de organisatie uit te hollen? Ik ben vooral
benieuwd naar ervaringen met zero-based begroten.

Met vriendelijke groet,
Sandra Peeters
""",
    },
    {
        "id": "d67-matter-20",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Mirjam de Graaf <m.degraaf@ambtelijkeorganisatie-zuidrand.nl>",
        "body": """\
Beste Stan,

Wij zijn een uitvoeringsorganisatie geworden die vooral levert wat er besteld wordt. Ik zou graag met collega's
verkennen hoe je doorgroeit naar een organisatie die de besturen ook inhoudelijk adviseert over wat er de komende
tien jaar op hen afkomt: een strategische partner in plaats van een loket.

Met hartelijke groet,
Mirjam de Graaf
""",
    },
    # ---- a second theme mentioned only in passing ----
    {
        "id": "d67-passing-01",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Bas Hendriks <b.hendriks@werkorganisatie-duinrand.nl>",
        "body": """\
Beste Stan en Melanie,

In onze strategische visie 2030 staat 'wendbaar' als kernwaarde. Concreet wil ik het hebben over strategische
personeelsplanning en interne mobiliteit: hoe zorg je dat medewerkers makkelijk van het ene team naar het andere
overstappen en dat je de formatie kunt laten meebewegen met het werk?

Met vriendelijke groet,
Bas Hendriks
""",
    },
    {
        "id": "d67-passing-02",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Yvonne Kramer <y.kramer@werkorganisatie-heuvelland.nl>",
        "body": """\
Dag Melanie,

Wij werken nauw samen met onze drie gemeenten, en juist daardoor zien we hoe verschillend inwoners het eerste
contact ervaren. Mijn onderwerp: de kwaliteit van het klantcontactcentrum. Hoe meet je of een vraag in één keer
goed wordt beantwoord, en wat doe je als dat niet zo is?

Groet,
Yvonne Kramer
""",
    },
    {
        "id": "d67-passing-03",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "sender": "Thijs Koster <t.koster@ambtelijkefusie-mbt.nl>",
        "body": """\
Beste Stan,

Ik weet dat veel collega's worstelen met formatie en vacatures, wij ook, maar ik zou het gesprek graag een niveau
hoger trekken: wat is de inhoudelijke agenda van de werkorganisatie zelf? Welke maatschappelijke opgaven zetten
wij de komende jaren voorop, los van wat de collegeprogramma's toevallig vragen?

Groet,
Thijs
""",
    },
    {
        "id": "d67-passing-04",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Gerda Willems <g.willems@werkorganisatie-grensmaas.nl>",
        "body": """\
Goedemorgen Stan en Melanie,

Onze dienstverlening is aardig op orde, daar ligt het niet aan. Wat wel schuurt is de verhouding tussen de drie
colleges: de ene burgemeester wil meer 'eigen' ambtenaren in het gemeentehuis, de andere wil juist verder bundelen.
Hoe laveer je als directeur tussen die wensen? Dat zou ik graag bespreken.

Met vriendelijke groet,
Gerda Willems
""",
    },
    {
        "id": "d67-passing-05",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Laurens Timmer <l.timmer@werkorganisatie-ijsselvallei.nl>",
        "body": """\
Beste mensen,

Hoe kies je samen met het bestuur als de ambities groeien en het geld krimpt? Ik wil graag bespreken hoe je het
bestuur helpt scherpe keuzes te maken in de prioriteiten voor de komende vier jaar, en hoe je die keuzes overeind
houdt als er halverwege nieuwe wensen bijkomen.

Laurens Timmer
""",
    },
    {
        "id": "d67-passing-06",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Anouk Bosman <a.bosman@wo-lingezegen.nl>",
        "body": """\
Hallo Stan,

Voor het atelier zou ik graag de inzet van AI in de backoffice agenderen: samenvattingen van raadsstukken, het
verwerken van facturen, het voorbereiden van personeelsdossiers. Het gaat mij niet om chatbots voor inwoners, dat
is een ander verhaal, maar om wat het doet met onze eigen werkprocessen en functies.

Groet,
Anouk Bosman
""",
    },
    {
        "id": "d67-passing-07",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "sender": "Huib Verbeek <h.verbeek@gemeente-linge.nl>",
        "body": """\
Beste Melanie,

Mede door de digitalisering zijn veel inwoners de weg kwijt. Mijn voorstel: dienstverlening aan inwoners die
digitaal minder vaardig zijn. Denk aan informatiepunten in de bibliotheek, hulp aan huis en een telefoonnummer
waar je gewoon een mens aan de lijn krijgt.

Met vriendelijke groet,
Huib Verbeek
""",
    },
    {
        "id": "d67-passing-10",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Sophie Claessens <s.claessens@werkorganisatie-grensmaas.nl>",
        "body": """\
Beste Stan,

Binnen onze organisatie hebben we afgelopen jaar veel geïnvesteerd in systemen, maar mijn vraag gaat over de
buitenkant: hoe verbeter je de dienstverlening aan initiatiefnemers onder de Omgevingswet? Vooroverleg, één vaste
contactpersoon, een heldere termijn.

Hartelijke groet,
Sophie Claessens
""",
    },
    # ---- a theme set aside explicitly, another proposed ----
    {
        "id": "d67-aside-01",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Jeroen Wouters <j.wouters@werkorganisatie-maasduinen.nl>",
        "body": """\
Beste Stan en Melanie,

Samenwerking met onze gemeenten loopt prima, dat hoeft wat mij betreft niet op de agenda. Waar ik wel mee zit, is
de formatie: we hebben veertig openstaande vacatures en de arbeidsmarkt is leeg. Graag een gesprek over slimme
oplossingen als flexpools, omscholing en zelf opleiden.

Met vriendelijke groet,
Jeroen Wouters
""",
    },
    {
        "id": "d67-aside-02",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Karin Boer <karin.boer@werkorganisatie-duinrand.nl>",
        "body": """\
Dag Melanie,

Ik zou deze keer níet over de interne organisatie willen praten; daar gaan de ateliers naar mijn smaak al vaak
genoeg over. Liever iets naar buiten gericht: hoe betrekken we ondernemers bij het verbeteren van onze
dienstverlening aan bedrijven, bijvoorbeeld met een ondernemerspanel of vaste accountmanagers?

Groet,
Karin Boer
""",
    },
    {
        "id": "d67-aside-03",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Pieter Brouwer <p.brouwer@shared-services-westland.nl>",
        "body": """\
Dear Stan,

I'd rather not go into strategy again; our long-term vision was on the table last spring. What I would like to
discuss is how we position ourselves in the region. The new regional deal with the province and the larger
neighbouring city is shifting the balance, and our three municipalities risk ending up on the sidelines.

Best regards,
Pieter Brouwer
""",
    },
    {
        "id": "d67-aside-04",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Monique Hermans <m.hermans@werkorganisatie-heuvelland.nl>",
        "body": """\
Beste Stan en Melanie,

Niet Organisatie dit keer, want de reorganisatie hebben we net achter de rug. Wat nu op tafel ligt, is de vraag
waar we als werkorganisatie over tien jaar willen staan. Ik stel voor om het te hebben over het opstellen van een
lange termijn visie samen met de besturen.

Met vriendelijke groet,
Monique Hermans
""",
    },
    {
        "id": "d67-aside-05",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Tom Geerts <t.geerts@ambtelijkefusie-mbt.nl>",
        "body": """\
Hi Stan,

Not service delivery this time. I'd like to talk about the back office: our finance department still closes the
books three times a year-end, once per municipality, with three charts of accounts. Harmonising the financial
administration is my topic.

Thanks,
Tom Geerts
""",
    },
    {
        "id": "d67-aside-07",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Arjan Mertens <a.mertens@werkorganisatie-cuijk-noord.nl>",
        "body": """\
Beste Melanie,

Het gaat mij deze keer niet om de dienstverlening, maar om de onderlinge verhoudingen: de ambities van onze
deelnemende gemeenten lopen uiteen. De ene wil groeien met woningbouw, de andere wil vooral het dorpse karakter
behouden. Hoe bedien je als gezamenlijke organisatie partners die zulke verschillende kanten op willen?

Met vriendelijke groet,
Arjan Mertens
""",
    },
    # ---- topics that truly span two themes ----
    {
        "id": "d67-span-01",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Linda Mulder <l.mulder@werkorganisatie-waalboog.nl>",
        "body": """\
Beste Stan en Melanie,

Wij vervangen dit jaar ons zaaksysteem en willen tegelijk dat inwoners en ondernemers online de status van hun
aanvraag kunnen volgen. Backoffice en frontoffice in één beweging: het raakt onze werkprocessen en
informatievoorziening net zo goed als wat de inwoner aan de voorkant merkt. Dat lijkt me een mooi onderwerp.

Met vriendelijke groet,
Linda Mulder
""",
    },
    {
        "id": "d67-span-02",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Maarten Kok <maarten.kok@werkorganisatie-vierstromen.nl>",
        "body": """\
Beste Stan,

Hoe combineer je één strategische koers voor de werkorganisatie met de uiteenlopende ambities van de vier
gemeenten die haar dragen? Wij schrijven aan een visie voor 2035 en elke gemeente wil er iets anders in terugzien.
Het is voor mij evenzeer een vraag over onze lange termijn als over de verhouding tussen de partners.

Groet,
Maarten Kok
""",
    },
    {
        "id": "d67-span-03",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Daniel Whitfield <d.whitfield@werkorganisatie-vierstromen.nl>",
        "body": """\
Dear Stan and Melanie,

I would like to put forward the financing of the shared organisation as a topic, in particular the key by which
costs are divided among our three member municipalities and the tensions it creates between them. For me it is
both a budget question and a question of how the partners relate to one another.

Kind regards,
Daniel Whitfield
Director of Operations
""",
    },
    {
        "id": "d67-span-04",
        "kind": "suggestion",
        "themes": ["strategie", "organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Annelies Post <a.post@ambtelijkeorganisatie-zuidrand.nl>",
        "body": """\
Goedemiddag,

Mijn onderwerp: een nieuwe organisatievisie, in twee delen. Waar willen we over tien jaar staan, en welke
organisatiestructuur past daar dan bij? Wij overwegen over te stappen van een directie met vier domeinen naar een
opgavegerichte inrichting, maar willen eerst scherp hebben welke koers we varen.

Met vriendelijke groet,
Annelies Post
""",
    },
    {
        "id": "d67-span-05",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "sender": "Wouter Driessen <w.driessen@werkorganisatie-maasduinen.nl>",
        "body": """\
Beste Melanie,

Dienstverlening in drie gemeenten met elk een eigen identiteit: hoe zorg je dat een inwoner van elke gemeente zich
gezien voelt terwijl het klantcontact centraal is georganiseerd? Het raakt zowel de verhouding tussen de gemeenten
onderling als de manier waarop we inwoners bedienen.

Wouter
""",
    },
    {
        "id": "d67-span-06",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Femke Jacobs <f.jacobs@werkorganisatie-heuvelland.nl>",
        "body": """\
Dag Stan en Melanie,

Eén onderwerp per regel, zoals gevraagd:
- sturen op verzuim en vitaliteit
- de rol van onze werkorganisatie in de regionale woondeal

Groet,
Femke Jacobs
""",
    },
    {
        "id": "d67-span-07",
        "kind": "suggestion",
        "themes": ["dienstverlening", "strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "sender": "Ruud van Leeuwen <r.vanleeuwen@wo-vechtdal.nl>",
        "body": """\
Twee onderwerpen van mijn kant:

1. Het meten van klanttevredenheid direct na elk contact (en wat je daarmee doet).
2. Bestuurlijke prioriteiten stellen: hoe help je colleges om minder tegelijk te willen?

R. van Leeuwen
""",
    },
    {
        "id": "d67-span-08",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Hester Visser <hester.visser@werkorganisatie-vierstromen.nl>",
        "body": """\
Hallo,

Onze gemeenschappelijke regeling is aan herziening toe, en dat is bij ons niet alleen een juridische exercitie.
Het gaat om de vraag wie wat beslist tussen de deelnemende gemeenten én om het sturingsmodel binnen de
werkorganisatie zelf: van dienstverleningsovereenkomsten per gemeente naar één sturing op de hele organisatie.

Hester Visser
""",
    },
    # ---- short noun phrases ----
    {
        "id": "d67-short-01",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Kees Brands <k.brands@gemeente-altena-west.nl>",
        "body": """\
Strategische personeelsplanning

Gr. Kees
""",
    },
    {
        "id": "d67-short-02",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "sender": "Ton Verstegen <t.verstegen@samenwerkingsorganisatie-tbm.nl>",
        "body": """\
Positie van de werkorganisatie in de regio.

mvg,
Ton Verstegen
""",
    },
    {
        "id": "d67-short-04",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "sender": "Paul Hermsen <paulhermsen@me.com>",
        "body": """\
Toekomstvisie 2035 voor de werkorganisatie

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d67-short-05",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Bram Nijhof <b.nijhof@werkorganisatie-duinrand.nl>",
        "body": """\
Zaakgericht werken.
Informatiebeveiliging na de BIO.

Bram
""",
    },
    {
        "id": "d67-short-06",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "sender": "Jolanda Pieters <j.pieters@werkorganisatie-cuijk-noord.nl>",
        "body": """\
Verhouding met de gemeenteraden

Verzonden vanaf mijn iPhone
""",
    },
    {
        "id": "d67-short-07",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Koen Theunissen <k.theunissen@bvo-noordwest.nl>",
        "body": """\
Eén digitaal ondernemersloket met eHerkenning

Met vriendelijke groet,
Koen Theunissen
""",
    },
    {
        "id": "d67-short-08",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Saskia van Rijn <saskia.vanrijn@werkorganisatie-peelhorst.nl>",
        "body": """\
Bestuurlijke prioriteiten na de verkiezingen van 2026.

Saskia
""",
    },
    {
        "id": "d67-short-09",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Ahmed Benali <a.benali@werkorganisatie-waalboog.nl>",
        "body": """\
Thema Dienstverlening: wachttijden bij Burgerzaken terugdringen.

Ahmed Benali
""",
    },
    # ---- a theme named by the writer where the brochure files the matter elsewhere ----
    {
        "id": "d67-named-01",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Marloes Claassen <m.claassen@werkorganisatie-ijsselvallei.nl>",
        "body": """\
Beste Stan en Melanie,

Onder Samenwerking wil ik graag iets agenderen, maar dan binnen huis: de samenwerking tussen onze eigen teams.
Ruimte, sociaal domein en bedrijfsvoering werken langs elkaar heen. Hoe doorbreek je die schotten tussen de
afdelingen, in je structuur en in je overlegvormen?

Met vriendelijke groet,
Marloes Claassen
""",
    },
    {
        "id": "d67-named-02",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Vincent Janssens <v.janssens@werkorganisatie-grensmaas.nl>",
        "body": """\
Beste Stan,

Voor het thema Strategie: strategisch HRM. Welke functies hebben we over vijf jaar nodig, hoe ontwikkel je je
huidige mensen daarheen en hoe zorg je dat het opleidingsbudget daar ook echt aan wordt besteed?

Groet,
Vincent
""",
    },
    {
        "id": "d67-named-03",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Esther Blom <e.blom@werkorganisatie-vierstromen.nl>",
        "body": """\
Beste Melanie,

Ik heb het onder dienstverlening geplaatst, al twijfel ik of dat klopt: hoe richt je je salarisadministratie,
inkoop en ICT-ondersteuning zo in dat ze de eigen medewerkers goed bedienen? Onze interne klanten zijn kritisch en
de processen zijn traag.

Met vriendelijke groet,
Esther Blom
""",
    },
    # ---- English proposals ----
    {
        "id": "d67-en-01",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Claire Dubois <c.dubois@shared-services-westland.nl>",
        "body": """\
Hello Stan and Melanie,

Proposed topic: an AI assistant on our website that answers residents' questions around the clock. What works,
what goes wrong, and how do you keep the answers reliable and the tone human?

Best,
Claire Dubois
""",
    },
    {
        "id": "d67-en-02",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Mark de Boer <mark.deboer@gmail.com>",
        "body": """\
Hi Melanie,

A suggestion for the next atelier: how to turn political priorities into a multi-year strategic agenda for the
organisation, and how to keep that agenda alive when a new board takes office.

Cheers,
Mark
""",
    },
    {
        "id": "d67-en-03",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Ingrid Vermeulen <i.vermeulen@werkorganisatie-waalboog.nl>",
        "body": """\
Joint tasks across our member municipalities - housing and the energy transition.

Ingrid Vermeulen
Sent from Outlook for Android
""",
    },
    {
        "id": "d67-en-04",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "sender": "Olaf Jansma <olaf.jansma@werkorganisatie-duinrand.nl>",
        "body": """\
Staffing shortages in IT and finance.

Sent from my iPhone
""",
    },
    {
        "id": "d67-en-05",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "sender": "Robert Haan <r.haan@ambtelijkeorganisatie-drechtvallei.nl>",
        "body": """\
Long-term vision for the shared organisation.

Robert Haan
""",
    },
    {
        "id": "d67-en-06",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Julia Meijer <j.meijer@werkorganisatie-heuvelland.nl>",
        "body": """\
Dear all,

For years we have been optimising our internal processes, yet residents still experience the municipality as a
maze of counters and forms. I would like to propose a conversation about designing services around life events -
a birth, a move, losing a job, the death of a partner - so that a resident has one route instead of five.

We started with 'death of a partner' last autumn. It was confronting to see how many letters a widow receives from
us in the first month. I am happy to share what we changed.

Warm regards,
Julia Meijer
Director, Public Services
""",
    },
    {
        "id": "d67-en-07",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Henk Zwart <h.zwart@shared-services-westland.nl>",
        "body": """\
Dear Stan,

Something that keeps me busy, and that I would like to put on the agenda: the shared organisation as the servant
of three masters. Each mayor and each alderman sees 'their' civil servants in our staff. When one municipality
wants something urgently, the others feel neglected, and in the end the director is the one who has to explain
why the partnership is still worth it.

How do colleagues keep the three partners committed to the joint enterprise? How do you make the shared interest
visible, and how do you deal with a municipality that starts to doubt the arrangement?

Kind regards,
Henk Zwart
""",
    },
    {
        "id": "d67-en-08",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "sender": "Naomi Kuijpers <naomi.kuijpers@werkorganisatie-maasduinen.nl>",
        "body": """\
Hi both,

Topic idea: building a data-driven organisation. Setting up a data team, data quality, who owns which data, and
how to get managers to actually use dashboards when they make decisions about their teams and budgets.

Naomi
""",
    },
    # ---- long reflective proposals ----
    {
        "id": "d67-long-01",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Willem Teunissen <w.teunissen@werkorganisatie-ijsselvallei.nl>",
        "body": """\
Beste Stan, beste Melanie,

Dank voor de uitnodiging om mee te denken. Ik heb er wat langer over gedaan dan ik wilde, omdat de vraag mij
aan het denken zette.

Onze werkorganisatie bestaat dit jaar tien jaar. In die tijd hebben we ons vooral beziggehouden met het
'werkend krijgen': systemen gelijktrekken, mensen een plek geven, de dienstverlening op peil houden, de begroting
sluitend maken. Dat is gelukt, en daar ben ik trots op. Maar als ik de medewerkers vraag waar we over tien jaar
staan, blijft het stil. En als ik het de bestuurders vraag, krijg ik drie verschillende antwoorden die allemaal
over volgend jaar gaan.

Ik zou daarom graag met collega's praten over de vraag: wat is onze opdracht voor de komende tien jaar? Niet als
papieren visie die in een la verdwijnt, maar als richting waarop je echt keuzes maakt. Hoe hebben anderen dat
aangepakt, met wie hebben ze het opgesteld, en hoe hebben ze voorkomen dat het een wensenlijst werd?

Met vriendelijke groet,

Willem Teunissen
algemeen directeur
""",
    },
    {
        "id": "d67-long-02",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Marianne Dekkers <m.dekkers@werkorganisatie-vierstromen.nl>",
        "body": """\
Beste Melanie,

Een onderwerp dat mij al een tijd bezighoudt, en waar ik geen pasklaar antwoord op heb.

Toen de drie gemeenten hun ambtelijke organisaties samenvoegden, was de afspraak: bestuurlijk blijft iedereen
zelfstandig, ambtelijk doen we het samen. Op papier is dat helder. In de praktijk merk ik dat de gemeenten steeds
meer op elkaar letten: wie krijgt de beste mensen, wiens project gaat voor, wie betaalt mee aan iets wat vooral de
ander helpt. De kleinste gemeente voelt zich snel ondergesneeuwd, de grootste vindt dat zij de rekening betaalt.

Ik zou graag met collega's bespreken hoe je het vertrouwen tussen de partners onderhoudt, zeker na de eerste
jaren waarin het enthousiasme van de fusie is verdwenen. Welke overlegvormen werken, welke rol neem je zelf in,
en hoe houd je de gemeenten eraan herinnerd waarom ze hier ooit samen aan zijn begonnen?

Hartelijke groet,
Marianne Dekkers
""",
    },
    {
        "id": "d67-long-03",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Stefan Hoogland <stefan.hoogland@werkorganisatie-kempenland.nl>",
        "body": """\
Beste Stan en Melanie,

Bij de start van onze werkorganisatie hebben we gekozen voor een klassiek model: directie, vier afdelingshoofden,
daaronder teamleiders. Dat gaf rust in de eerste jaren. Inmiddels merk ik dat het knelt. Beslissingen gaan te veel
lagen op en neer, teamleiders voelen zich vooral doorgeefluik, en de professionals die het werk doen hebben het
idee dat niemand naar hen luistert.

We hebben vorig jaar een experiment gedaan met twee teams die meer zelf mochten beslissen over planning, budget en
werving. De resultaten waren gemengd: het ene team bloeide op, het andere verzandde in eindeloos overleg.

Mijn onderwerp voor het atelier is daarom het sturingsconcept: hoeveel ruimte geef je teams, hoe houd je als
directie grip zonder alles naar je toe te trekken, en wat vraagt dat van leidinggevenden?

Met vriendelijke groet,
Stefan Hoogland
""",
    },
    {
        "id": "d67-long-04",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Ria van Beek <r.vanbeek@bvo-noordwest.nl>",
        "body": """\
Beste Stan en Melanie,

Op een verjaardag vertelde een buurman me onlangs dat hij drie keer had moeten bellen voordat iemand hem kon
vertellen waar zijn aanvraag voor een gehandicaptenparkeerkaart bleef. Hij wist niet dat ik bij de gemeente werk.
Het was een ongemakkelijk moment, en het heeft me aan het denken gezet.

Wij meten veel: bereikbaarheid, afhandeltermijnen, klanttevredenheid. De cijfers zien er keurig uit. Toch is dit
verhaal niet uitzonderlijk, vermoed ik. Blijkbaar meten we de verkeerde dingen, of kijken we er op de verkeerde
manier naar.

Ik zou het in het atelier graag hebben over het monitoren van onze prestaties in de dienstverlening: wat zegt een
dashboard eigenlijk over wat de inwoner ervaart, en hoe haal je de ervaringen van inwoners zelf naar binnen?

Met vriendelijke groet,
Ria van Beek
""",
    },
    {
        "id": "d67-long-05",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "sender": "Frits Brandsma <f.brandsma@samenwerkingsorganisatie-tbm.nl>",
        "body": """\
Geacht secretariaat,

Voor het komende atelier wil ik een onderwerp voorstellen dat misschien wat abstracter is dan gebruikelijk.

In de afgelopen jaren zijn de colleges in onze gemeenten steeds meer gaan vragen om snelle resultaten. Dat is
begrijpelijk, want de inwoner wil zien dat er iets gebeurt. Tegelijk zie ik dat grote opgaven als vergrijzing,
klimaatadaptatie en bestaanszekerheid een adem vragen die veel langer is dan vier jaar. Als ambtelijke organisatie
zitten wij daartussenin.

Mijn vraag aan collega's: hoe bouw je aan een inhoudelijke agenda voor de lange termijn, en hoe zorg je dat de
besturen die agenda herkennen als de hunne? Welke rol speelt de directeur daarin, en waar ligt de grens met
politieke keuzes?

Hoogachtend,
F. Brandsma
directeur
""",
    },
    # ---- under the follow-up mail after the atelier ----
    {
        "id": "d67-vervolg-01",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "sender": "Carolien Bakx <c.bakx@werkorganisatie-cuijk-noord.nl>",
        "body": """\
Beste Stan en Melanie,

Het gesprek over eigenheid smaakte naar meer. Voor de volgende keer: wat doe je als één gemeente een eigen koers
wil varen in het sociaal domein, terwijl de uitvoering voor alle drie gezamenlijk georganiseerd is?

Met vriendelijke groet,
Carolien Bakx
""",
    },
    {
        "id": "d67-vervolg-04",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "sender": "Bart Schouten <b.schouten@werkorganisatie-peelhorst.nl>",
        "body": """\
Hoi Stan,

Wat me bijbleef was de discussie over samenwerking en eigenheid, maar mijn voorstel gaat een andere kant op: de
service aan instellingen als scholen, sportclubs en zorgaanbieders. Eén aanspreekpunt, subsidies sneller
afhandelen, minder formulieren.

Bart
""",
    },
    {
        "id": "d67-vervolg-05",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "sender": "Petra Gerritsen <p.gerritsen@wo-lingezegen.nl>",
        "body": """\
Innovatie binnen de eigen organisatie: hoe maak je ruimte om te experimenteren met nieuwe werkwijzen
(innovatiebudget, een lab, tijd voor medewerkers) zonder dat het lopende werk eronder lijdt?

Petra Gerritsen
""",
    },
    {
        "id": "d67-vervolg-06",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "sender": "Michiel Aarts <m.aarts@werkorganisatie-grensmaas.nl>",
        "body": """\
Volgende keer graag: onze rol in de regio. Regiodeal, provincie, de grote buurstad: waar sluiten we aan en waar
houden we als drie kleinere gemeenten ons eigen geluid?

Michiel Aarts
""",
    },
    {
        "id": "d67-vervolg-07",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "sender": "Emma Laurentius <e.laurentius@shared-services-westland.nl>",
        "body": """\
Thank you for a very inspiring afternoon. For next time I'd suggest: measuring service performance. We now
publish a quarterly dashboard for residents and would love to compare indicators with other organisations.

Emma
""",
    },
    {
        "id": "d67-vervolg-08",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "sender": "Nicole Verhoeven <n.verhoeven@werkorganisatie-waalboog.nl>",
        "body": """\
Dank voor het verslag. Een onderwerp voor het volgende atelier: onboarding van nieuwe medewerkers in een
organisatie die voor drie gemeenten werkt. Hoe maak je mensen binnen een paar weken wegwijs in drie
gemeentehuizen, drie colleges en drie sets afspraken?

Nicole Verhoeven
""",
    },
    # ---- inline answers between our quoted lines ----
    {
        "id": "d67-inline-01",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "sender": "Marco Lenferink <m.lenferink@werkorganisatie-heuvelland.nl>",
        "body": """\
> Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;
> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de regio;
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;

Informatieveiligheid! Na de hack bij een buurgemeente vorig jaar willen wij weten hoe anderen hun netwerk,
back-ups en bewustwording van medewerkers op orde brengen.

> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van prestaties.

Groet, Marco
""",
    },
    {
        "id": "d67-inline-02",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "sender": "Wendy Hofman <w.hofman@werkorganisatie-kempenland.nl>",
        "body": """\
Dag Stan,

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt ons
> bij het tellen.

Klantcontactcentrum: van telefoon naar omnichannel, met chat en videobellen

> De Adviesraad weegt alle suggesties en adviseert over het programma; daarna ontvangt u de uitnodiging.

Wendy
""",
    },
    {
        "id": "d67-inline-03",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "sender": "Sjoerd Hiemstra <s.hiemstra@werkorganisatie-vierstromen.nl>",
        "body": """\
> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de regio;

Ja, vooral dat laatste. Wij zitten tussen twee regio's in en worden door beide een beetje als buitenstaander
gezien. Hoe kies je?

Sjoerd
""",
    },
    # ---- with a word about coming ----
    {
        "id": "d67-rsvpnote-01",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Astrid Coenen <a.coenen@werkorganisatie-maasduinen.nl>",
        "body": """\
Beste Stan en Melanie,

Ik ben er op 11 maart graag bij. Als onderwerp stel ik voor: de dienstverlening aan huis voor ouderen die niet meer
naar het gemeentehuis kunnen komen, bijvoorbeeld voor een paspoort of rijbewijs.

Met vriendelijke groet,
Astrid Coenen
""",
    },
    {
        "id": "d67-rsvpnote-02",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Hugo Wijnands <h.wijnands@gemeente-linge.nl>",
        "body": """\
Beste Melanie,

Op 11 maart kan ik helaas niet, maar ik wil toch een onderwerp aandragen: leiderschapsontwikkeling voor
teamleiders in een fusieorganisatie. Veel van hen zijn doorgegroeid vakspecialisten die nu ineens moeten
leidinggeven aan collega's uit drie verschillende gemeentelijke culturen.

Groet,
Hugo Wijnands
""",
    },
    # ---- under the welcome and the thank-you for a suggestion ----
    {
        "id": "d67-bedankt-01",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "sender": "Ilse Hoekstra <ilse.hoekstra@gmail.com>",
        "body": """\
Nog een aanvulling: ik zou ook graag horen welke indicatoren collega's gebruiken om de prestaties van hun
dienstverlening te volgen en te rapporteren.

Ilse
""",
    },
    {
        "id": "d67-bedankt-02",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "sender": "Hans Kuipers <j.kuipers@ambtelijkeorganisatie-drechtvallei.nl>",
        "body": """\
Dank voor de bevestiging. Ik wil er nog een onderwerp aan toevoegen: het jaarlijkse strategiegesprek met het
bestuur. Hoe richt je dat in zodat het over de koers gaat en niet over de lopende dossiers?

Met vriendelijke groet,
Hans Kuipers
""",
    },
    # ---- new mails, forwards, a client without reply headers ----
    {
        "id": "d67-new-01",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "subject": "Suggestie atelier",
        "sender": "Ruben Vos <r.vos@werkorganisatie-grensmaas.nl>",
        "body": """\
Beste Stan en Melanie,

Via een collega hoorde ik dat jullie onderwerpen verzamelen voor het atelier van maart. Mijn suggestie: het
inrichten van informatiebeheer en archivering nu alles digitaal gaat. Wij hebben drie archieven geërfd en een
e-depot dat nog niet werkt.

Met vriendelijke groet,
Ruben Vos
""",
    },
    {
        "id": "d67-new-03",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "subject": "Topic for the atelier",
        "sender": "Kevin O'Neill <k.oneill@werkorganisatie-vierstromen.nl>",
        "body": """\
Dear secretariat,

I'm told you are collecting topics for the next atelier. Mine: how do you handle complaints from residents in a
way that actually improves the service, instead of just closing the file?

Best regards,
Kevin O'Neill
""",
    },
    {
        "id": "d67-fw-01",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "sender": "Theo Bruins <t.bruins@werkorganisatie-kempenland.nl>",
        "body": """\
Stan, Melanie,

Mijn secretaresse stuurde me jullie oproep door. Mijn onderwerp: de doorontwikkeling van ons sturingsconcept, van
programmasturing naar opgavegericht werken met vaste teams.

Theo Bruins
""",
    },
    {
        "id": "d67-fw-02",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "sender": "Yasmina Haddou <y.haddou@werkorganisatie-peelhorst.nl>",
        "body": """\
Beste Stan,

Anja wees me op jullie oproep. Wat mij betreft gaat het over de bereikbaarheid voor ondernemers: wij willen dat een
ondernemer binnen twee werkdagen weet waar hij aan toe is, wat de vraag ook is.

Groet,
Yasmina Haddou
""",
    },
    {
        "id": "d67-noheader-01",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "sender": "Lieke Smeulders <lieke.smeulders@kpnmail.nl>",
        "body": """\
Graag agenderen: hoe geef je invulling aan gezamenlijke opgaven als de gemeenten verschillende belangen hebben,
bijvoorbeeld bij de opvang van statushouders en de huisvesting van arbeidsmigranten?

Lieke Smeulders
""",
    },
    # ---- non-topics for contrast ----
    {
        "id": "d67-non-01",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Karel Kooistra <k.kooistra@werkorganisatie-duinrand.nl>",
        "body": """\
Dank voor de oproep! Ik ga er even over nadenken en kom er zo snel mogelijk op terug.

Groet,
Karel Kooistra
""",
    },
    {
        "id": "d67-non-02",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Lies Wijnen <lies.wijnen@werkorganisatie-heuvelland.nl>",
        "body": """\
Hoi Melanie,

Moet ik bij elk onderwerp zelf aangeven onder welk thema het valt, of doen jullie dat?

Groet, Lies
""",
    },
    {
        "id": "d67-non-03",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Bert Franssen <b.franssen@werkorganisatie-grensmaas.nl>",
        "body": """\
Beste Stan,

Wanneer horen we welke onderwerpen na de telling zijn gekozen? Ik wil mijn MT graag tijdig laten weten waar het
over gaat.

Met vriendelijke groet,
Bert Franssen
""",
    },
    {
        "id": "d67-non-04",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Jan-Willem Zeeuw <jw.zeeuw@werkorganisatie-schelderand.nl>",
        "body": """\
Beste Stan en Melanie,

Geen onderwerp, wel een verzoek: zou het atelier een keer online of in het zuiden kunnen plaatsvinden? Voor ons uit
Zeeuws-Vlaanderen is Utrecht op een donderdagmiddag een hele onderneming.

Met vriendelijke groet,
Jan-Willem Zeeuw
""",
    },
    {
        "id": "d67-non-05",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "sender": "Nathalie Goossens <n.goossens@werkorganisatie-cuijk-noord.nl>",
        "body": """\
Dag Stan,

Een kleine opmerking over de vorm: een hele middag is lang. Twee uur met een scherpe vraag zou wat mij betreft
beter werken, en dan liever op een vrijdagochtend.

Nathalie
""",
    },
    {
        "id": "d67-non-06",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "sender": "Harm Jonker <h.jonker@samenwerkingsorganisatie-tbm.nl>",
        "body": """\
De oproep is helder, maar de termijn van 21 januari valt midden in de voorbereiding van de kadernota. Kunt u de
volgende keer wat eerder uitvragen?

H. Jonker
""",
    },
    {
        "id": "d67-non-07",
        "kind": "rsvp",
        "attending": False,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Ingeborg Lenders <i.lenders@werkorganisatie-ijsselvallei.nl>",
        "body": """\
Beste Melanie,

Op 11 maart zit ik in het buitenland, dus ik sla deze keer over. Onderwerpen heb ik ook niet.

Groet,
Ingeborg
""",
    },
    {
        "id": "d67-non-08",
        "kind": "rsvp",
        "attending": True,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Rens Peters <rens.peters@werkorganisatie-maasduinen.nl>",
        "body": """\
Geen nieuwe onderwerpen van mijn kant, maar 11 maart ben ik er zeker bij.

Rens
""",
    },
    {
        "id": "d67-non-09",
        "kind": "rsvp",
        "attending": False,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Maaike Dekker <m.dekker@wo-vechtdal.nl>",
        "body": """\
Beste Stan,

Ik kan zelf niet op 11 maart. Mijn plaatsvervanger Jeroen Smits (j.smits@wo-vechtdal.nl) komt in mijn plaats.

Met vriendelijke groet,
Maaike Dekker
""",
    },
    {
        "id": "d67-non-10",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Wilco Arends <w.arends@gemeente-altena-west.nl>",
        "body": """\
Van onze kant deze keer geen onderwerpen; ik laat het graag aan de collega's.

Wilco Arends
""",
    },
    {
        "id": "d67-non-11",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "sender": "Tamara Veenstra <t.veenstra@werkorganisatie-waalboog.nl>",
        "body": """\
Hallo,

De link naar het verslag werkt bij mij niet, ik krijg een foutmelding (404). Kunt u het verslag als bijlage sturen?

Groet,
Tamara Veenstra
""",
    },
    {
        "id": "d67-non-12",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "sender": "Erwin Lubbers <erwin.lubbers@werkorganisatie-peelhorst.nl>",
        "body": """\
Dank voor de fijne middag en het heldere verslag. Complimenten voor de organisatie!

Erwin
""",
    },
    {
        "id": "d67-non-13",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Mieke Claes <m.claes@werkorganisatie-schelderand.nl>",
        "body": """\
Beste Stan,

Mag ik deze oproep doorsturen aan de directeur van onze buurorganisatie? Zij is nog geen lid, maar zou
waarschijnlijk graag meedoen.

Met vriendelijke groet,
Mieke Claes
""",
    },
    {
        "id": "d67-non-14",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Gerrit Huisman <g.huisman@werkorganisatie-kempenland.nl>",
        "body": """\
Beste Stan en Melanie,

In plaats van een onderwerp een aanbod: ik zou graag zitting nemen in de Adviesraad die de suggesties weegt. Ik
ben sinds de start lid van het netwerk en heb tijd vrijgemaakt.

Met vriendelijke groet,
Gerrit Huisman
""",
    },
    {
        "id": "d67-non-15",
        "kind": "autoreply",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken?",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "sender": "Marleen Bos <m.bos@werkorganisatie-vierstromen.nl>",
        "body": """\
Ik ben afwezig tot en met 18 januari. Voor dringende zaken kunt u contact opnemen met het directiesecretariaat,
telefoon 0481 - 45 67 00.
""",
    },
    {
        "id": "d67-non-16",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Alex Morgan <a.morgan@shared-services-westland.nl>",
        "body": """\
Hi Stan,

Thanks for the call for topics. I only started in this role last month - could you send me the report of the
previous atelier so I can get a feel for the discussions first?

Thanks,
Alex
""",
    },
]
# fmt: on
