"""devset90: topic suggestions with hard theme choices, under the call for themes and the follow-up mail.

About a hundred replies to our call for themes (``oproep_themas``) and to the follow-up after an atelier
(``vervolg_atelier``). Most are ``suggestion`` replies whose theme is hard to read from the words alone: topics that
borrow another theme's words in passing ("in samenwerking met de bedrijfsarts ... verzuim" is organisatie), topics
named only by domain jargon (Omgevingswet, Wmo-loket, KCC, zaakgericht werken, iBabs, Common Ground, ENSIA, BIO,
formatierapport, P&C-cyclus, DVO, gemeenschappelijke regeling, zienswijze, regiodeal, bedrijfsvoeringsconvenant,
uittreding), topics in English, a theme the writer explicitly sets aside, two-theme topics, long context before the
proposal, several topics in one mail, and suggestions that also say whether the writer comes. The rest are rsvp,
other and unsubscribe replies under the same mails.

Conventions relied on (from the dataset brief):
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- `themes`: the themes of what the writer proposes, not of words used in passing; two themes only where one topic
  clearly spans both. A mail with several topics carries the themes of all its topics.
- Strategie: long-term vision on the organisation, the substantive agenda, administrative priorities.
  Samenwerking: the relation between the participating municipalities, joint tasks, interests and ambitions, the
  position in the region (so a DVO, a gemeenschappelijke regeling, zienswijzen of the councils, a cost allocation key,
  a convenant between partners or a municipality leaving are samenwerking).
  Organisatie: structure, steering concept, staffing, innovation, digitalisation, work processes, finances, I&A, HR
  (internal services to staff included).
  Dienstverlening: services to residents, businesses and institutions, and monitoring of their performance.
- A decline that keeps the membership: `rsvp` False; a director who sends a substitute: `rsvp` False.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A named successor with address:
  `unsubscribe`. An AVG erasure request: `unsubscribe` with `erase` True.
- A supplier's pitch, applying for the Adviesraad, a question who may join, a request plus a real question to the
  secretariat: `other`.
- An answer about the atelier for someone else in reply to our mail: `rsvp`.
- A forward (answered above a colleague's forward) has no thread.
"""

from __future__ import annotations

from typing import Any

CFT = "call_for_themes"
OPROEP = "oproep_themas"
VERVOLG = "vervolg_atelier"
OPROEP_SUBJECT = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
VERVOLG_SUBJECT = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- jargon-only and jargon-led topics
    {
        "id": "d90-sug-01", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Henk Bosman <h.bosman@werkorganisatie-bbr.nl>",
        "body": """\
Goedemorgen Stan en Melanie,

Mijn onderwerp: de Omgevingswet, gezien vanaf de kant van de initiatiefnemer. Een ondernemer die zijn loods wil
uitbreiden krijgt bij ons een vooroverleg, daarna een omgevingstafel en dan nog een aanvraag via het Omgevingsloket,
en moet zijn verhaal drie keer vertellen. Hoe zorgen anderen dat de aanvrager één aanspreekpunt heeft en binnen de
termijn een besluit krijgt?

Met vriendelijke groet,

Henk Bosman
Algemeen directeur Werkorganisatie BBR
""",
    },
    {
        "id": "d90-sug-02", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Ingrid Veenstra <i.veenstra@duoplus.nl>",
        "body": """\
Hoi,

Voorstel: de Omgevingswet achter de schermen. Bij ons schuurt de interne keten tussen vergunningverlening,
juridische zaken en toezicht & handhaving. De koppeling van het zaaksysteem met het DSO valt geregeld uit en
niemand voelt zich eigenaar van het proces. Hoe hebben jullie de werkprocessen en de rolverdeling ingericht?

Groet,
Ingrid
""",
    },
    {
        "id": "d90-sug-03", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "apple",
        "sender": "Ruud Kamphuis <r.kamphuis@hltsamen.nl>",
        "body": """\
Wmo-loket: de wachttijd voor een keukentafelgesprek is bij ons opgelopen tot negen weken. Wie heeft de toegang
zo weten te verbeteren dat de inwoner er niet de dupe van is?

Ruud Kamphuis

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d90-sug-04", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Yvonne Smeets <y.smeets@heuvelland-samen.nl>",
        "body": """\
Hi Stan,

Onderwerp van mijn kant: het KCC. We beantwoorden nu 62% van de vragen in het eerste contact en willen naar 80%.
Wat doen jullie met kennisbank, terugbelbeloftes en de doorverbinding naar de vakafdelingen, zodat de beller in
één keer geholpen is?

Yvonne
""",
    },
    {
        "id": "d90-sug-05", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Astrid Lemmens <a.lemmens@dommelvallei.nl>",
        "body": """\
Beste secretariaat,

Graag agenderen: zaakgericht werken. We zijn er in 2021 mee gestart, het zaaksysteem staat, maar de helft van de
afdelingen werkt er nog omheen via de mail en de gedeelde schijf. Hoe borg je zo'n werkwijze echt?

Vriendelijke groet,

Astrid Lemmens
Directeur | Dienst Dommelvallei
T 040 - 208 44 10
""",
    },
    {
        "id": "d90-sug-06", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "notes",
        "sender": "Johan de Graaf <j.degraaf@buch-werkorganisatie.nl>",
        "body": """\
iBabs. Wij gaan met drie raden en drie colleges over op één vergaderplatform en lopen aan tegen de inrichting,
de autorisaties en de koppeling met ons archief. Wie is ons voorgegaan en wil de lessen delen?

Johan de Graaf
algemeen directeur
""",
    },
    {
        "id": "d90-sug-07", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Fatima El Idrissi <f.elidrissi@werkorganisatie-cgm.nl>",
        "body": """\
Beste Melanie,

Common Ground: instappen of nog even afwachten? De contracten voor ons zaaksysteem en de basisregistraties lopen
in 2028 af en we moeten nu kiezen. Ik hoor graag hoe collega-directeuren die afweging maken.

Groet, Fatima El Idrissi
""",
    },
    {
        "id": "d90-sug-08", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "groupwise",
        "subject": "Antw: " + OPROEP_SUBJECT,
        "sender": "Marco Verhoeven <m.verhoeven@dekempengemeenten.nl>",
        "body": """\
ENSIA en de BIO vreten capaciteit: elk jaar weer een zelfevaluatie, een IT-audit en drie collegeverklaringen.
Hoe hebben anderen informatiebeveiliging zo ingericht dat de verantwoording een bijproduct wordt?

Marco Verhoeven
""",
    },
    {
        "id": "d90-sug-09", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "P.M. Hoekstra <p.hoekstra@sed-organisatie.nl>",
        "body": """\
Geachte heer Van de Laar,

Naar aanleiding van uw oproep draag ik het volgende onderwerp aan. Een extern bureau heeft op ons verzoek een
formatierapport opgesteld. De conclusie is dat wij structureel circa 35 fte tekortkomen, vooral in het fysieke
domein. Ik bespreek graag met collega's hoe zij met zo'n rapport omgaan: wat neem je over, hoe faseer je de groei
en hoe houd je rekening met een krappe arbeidsmarkt?

Hoogachtend,

drs. P.M. Hoekstra
directeur SED-organisatie

Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend.
""",
    },
    {
        "id": "d90-sug-10", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Bart Hermans <b.hermans@servicepunt-west.nl>",
        "body": """\
De P&C-cyclus. Wij maken per jaar voor elk van de drie gemeenten een kadernota, een begroting, twee
bestuursrapportages en een jaarrekening, en dan die van onszelf nog. Twintig documenten met elk een eigen
planning. Wie heeft de producten en de planning weten te stroomlijnen?

Bart
""",
    },
    {
        "id": "d90-sug-11", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Gerard Brinkman <g.brinkman@a2-samenwerking.nl>",
        "body": """\
Beste Stan,

Onze DVO's met de deelnemende gemeenten zijn aan herziening toe. Het gesprek gaat vooral over maatwerk: de ene
gemeente wil extra ondersteuning bij een gebiedsontwikkeling, de andere wil juist minder afnemen en minder betalen.
Wat leggen jullie vast in de dienstverleningsovereenkomst, en hoe voorkom je dat elke gemeente haar eigen
afspraken krijgt?

Met vriendelijke groet,
Gerard Brinkman
""",
    },
    {
        "id": "d90-sug-12", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "apple",
        "sender": "Sanne de Wit <sanne.dewit@werkorganisatie-dw.nl>",
        "body": """\
Onderwerp: actualisatie van onze gemeenschappelijke regeling. De GR stamt uit 2013; stemverhouding,
kostenverdeelsleutel en de rol van het algemeen bestuur passen niet meer bij hoe de gemeenten nu met elkaar
optrekken. Ervaringen van anderen met zo'n herziening zijn welkom.

Sanne de Wit
""",
    },
    {
        "id": "d90-sug-13", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Tjeerd Wiersma <t.wiersma@mienskip-wurk.nl>",
        "body": """\
Zienswijzen. Op onze laatste begroting kregen we vier zienswijzen van vier raden die elkaar deels tegenspraken:
de een wil bezuinigen, de ander vraagt extra inzet op handhaving. Hoe gaan jullie daarmee om, en bereiden jullie
de raden ergens samen voor?

Tjeerd Wiersma
""",
    },
    {
        "id": "d90-sug-14", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "notes-wrote",
        "sender": "Koen Dijkstra <k.dijkstra@polderwerk-samen.nl>",
        "body": """\
Graag een sessie over de regiodeal. Onze vier gemeenten vallen net buiten de stedelijke regio en vissen bij Rijk en
provincie steeds achter het net. Hoe positioneer je je als kleine werkorganisatie in zo'n regionaal krachtenveld?

Koen Dijkstra
""",
    },
    {
        "id": "d90-sug-15", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Els van Dam <e.vandam@twentse-poort.nl>",
        "body": """\
Beste Melanie, klanttevredenheid. We meten per kanaal (balie, telefoon, web) en de cijfers zijn redelijk, maar er
verandert niets. Hoe vertalen jullie de uitkomsten naar verbeteringen die inwoners merken? Groet, Els
""",
    },
    {
        "id": "d90-sug-16", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Hans Peeters <hans.peeters@peelgemeenten-samen.nl>",
        "body": """\
Suggestie: een KPI-dashboard voor onze dienstverlening. Telefonische bereikbaarheid, afhandeltermijnen van
meldingen openbare ruimte en het aantal klachten per gemeente op één scherm, zodat de colleges zien hoe we
presteren. Wie heeft zoiets al draaien?

Hans Peeters
Directeur
""",
    },
    {
        "id": "d90-sug-17", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Carla Mulder <c.mulder@lingestroom-werkt.nl>",
        "body": """\
Dag Stan,

Wij werken niet met een GR maar met een bedrijfsvoeringsconvenant tussen drie gemeenten: één gemeente is
werkgever, de andere twee nemen taken af. Ik wil graag bespreken wanneer zo'n licht model gaat knellen en hoe je de
gelijkwaardigheid tussen de partners bewaakt.

Hartelijke groet,
Carla Mulder
""",
    },
    {
        "id": "d90-sug-18", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "ongemarkeerd",
        "sender": "Daan Schouten <d.schouten@werkorganisatie-krimpenerwaard-zuid.nl>",
        "body": """\
Een van onze vier gemeenten heeft aangekondigd de uittreding te laten onderzoeken. Mijn onderwerp: wat doet een
(dreigende) uittreding met de verhoudingen tussen de gemeenten die blijven, en hoe ga je om met de discussie over de
uittreedsom?

D. Schouten
""",
    },
    {
        "id": "d90-sug-19", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl", "subject": "Onderwerp ENSIA",
        "sender": "Koos Vermeulen <k.vermeulen@bommelerwaard-werkt.nl>",
        "body": """\
ENSIA-verantwoording.

Gr. Koos
""",
    },
    {
        "id": "d90-sug-20", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "apple",
        "sender": "Nicole Aarts <n.aarts@maasland-samen.nl>",
        "body": """\
KCC-doorontwikkeling: van telefooncentrale naar één klantcontactcentrum voor alle kanalen

Nicole

Verzonden vanaf mijn iPad
""",
    },
    {
        "id": "d90-sug-21", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Frank Hendriks <f.hendriks@vallei-werkorganisatie.nl>",
        "body": """\
Uittreding van een deelnemer uit de GR: wie heeft het meegemaakt?

Frank Hendriks
""",
    },
    {
        "id": "d90-sug-22", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quote": "none",
        "sender": "Wim Jonker <wimjonker1962@gmail.com>",
        "subject": "RE: " + OPROEP_SUBJECT,
        "body": """\
Implementatie van iBabs voor de drie griffies

Wim Jonker
Sent from Outlook for Android
""",
    },
    # ---------------------------------------------------------------- another theme's words in passing
    {
        "id": "d90-sug-23", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Anneke Post <a.post@westerkwartier-noord-werkt.nl>",
        "body": """\
Beste Stan en Melanie,

In goede samenwerking met onze bedrijfsarts en de teamleiders willen we het langdurig verzuim (nu 7,8%) omlaag
krijgen. Wie heeft een aanpak die echt werkt? Dat zou ik graag als onderwerp inbrengen.

Groet,
Anneke Post
""",
    },
    {
        "id": "d90-sug-24", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Mehmet Yilmaz <m.yilmaz@werkorganisatie-lingewaard-oost.nl>",
        "body": """\
Onze interne dienstverlening (ICT-servicedesk, facilitair, P&O) krijgt van de medewerkers een 5,9. Hoe richten
jullie een shared service center in binnen een fusieorganisatie? Let wel: het gaat mij om de interne
bedrijfsvoering, niet om de balie of het klantcontact.

Mehmet
""",
    },
    {
        "id": "d90-sug-25", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Lotte Janssen <l.janssen@heuvelrug-samen.nl>",
        "body": """\
Hallo,

Onze HR-strategie loopt op één punt vast: jonge ICT'ers en data-analisten komen niet naar een werkorganisatie op
het platteland, of ze vertrekken binnen twee jaar. Wat doen anderen aan werving en binding?

Lotte Janssen
Directeur werkorganisatie
""",
    },
    {
        "id": "d90-sug-26", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Rob Kuipers <r.kuipers@oostgelre-werkt.nl>",
        "body": """\
Goedemiddag,

Hoe organiseer je het voor ondernemers zo dat ze voor vergunning, evenement, reclame en subsidie bij één loket
terechtkunnen, met een vaste contactpersoon? Wij willen zo'n ondernemersloket openen en horen graag hoe dat
elders uitpakt.

Rob Kuipers
""",
    },
    {
        "id": "d90-sug-27", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "apple",
        "sender": "Ilse Verbruggen <ilse.verbruggen@zeeuwse-eilanden-werkt.nl>",
        "body": """\
Samen met de bibliotheek en het Informatiepunt Digitale Overheid willen we inwoners helpen die vastlopen met DigiD
en online aanvragen. Ik hoor graag hoe collega's die hulp voor inwoners georganiseerd hebben.

Ilse
""",
    },
    {
        "id": "d90-sug-28", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Stefan Mol <s.mol@gooi-en-vecht-werkt.nl>",
        "body": """\
Strategische personeelsplanning: 28% van onze medewerkers gaat binnen acht jaar met pensioen. Hoe brengen jullie de
toekomstige formatiebehoefte in beeld en wat doe je aan kennisoverdracht?

Stefan Mol
""",
    },
    {
        "id": "d90-sug-29", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Jeroen Vos <j.vos@drechtsteden-oost.nl>",
        "body": """\
Beste Stan,

Onze cloudstrategie: we moeten van on-premise naar Microsoft 365 en Azure, maar hebben twijfels over
leveranciersafhankelijkheid en de kosten op termijn. Hoe hebben jullie die migratie aangepakt?

Groet,
Jeroen
""",
    },
    {
        "id": "d90-sug-30", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Miriam de Bruijn <m.debruijn@maasenwaal-samen.nl>",
        "body": """\
Wij willen in de kleine kernen weer zichtbaar zijn, nu het gemeentehuis na de fusie ver weg is voor veel
inwoners. Idee: een mobiel loket dat eens per week langs de dorpshuizen rijdt voor paspoorten, rijbewijzen en
vragen. Heeft iemand daar ervaring mee? Ook hoe je het organiseert qua roosters hoor ik graag, maar het gaat
mij vooral om wat het inwoners oplevert.

Miriam
""",
    },
    {
        "id": "d90-sug-31", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Arjen Timmer <a.timmer@hof-van-twente-samen.nl>",
        "body": """\
Beste secretariaat,

De kostenverdeelsleutel. Bij ons is de verdeling op basis van inwonertal, en de kleinste gemeente vindt dat ze zo
meebetaalt aan voorzieningen die vooral de grootste gemeente gebruikt. Welke sleutels gebruiken anderen en hoe kom
je daar tussen de partners uit?

Arjen Timmer
""",
    },
    {
        "id": "d90-sug-32", "kind": "suggestion", "themes": ["strategie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Gert-Jan Visser <gj.visser@noordenveld-werkt.nl>",
        "body": """\
Met het ravijnjaar in zicht moeten onze besturen kiezen welke ambities uit de coalitieakkoorden doorschuiven of
sneuvelen. Het financiële verhaal kennen we wel; mijn vraag is hoe je als directeur het bestuur helpt om
inhoudelijk te prioriteren. Graag als gespreksonderwerp.

Gert-Jan Visser
""",
    },
    {
        "id": "d90-sug-33", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "notes",
        "sender": "Hilde Brouwer <h.brouwer@werkorganisatie-rijnstreek.nl>",
        "body": """\
Gemeente Zuiderhoek wil de handhaving terughalen naar de eigen organisatie omdat de burgemeester meer grip wil.
De andere twee gemeenten willen dat het een gezamenlijke taak blijft. Onderwerp: welke taken doe je samen en hoe ga
je om met een partner die er een wil terugnemen?

Hilde Brouwer
""",
    },
    {
        "id": "d90-sug-34", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Sjoerd Bakker <s.bakker@kop-van-noord-holland-werkt.nl>",
        "body": """\
Stan,

Ik zou graag iets doen met datagedreven werken: een datawarehouse, business intelligence en dashboards voor het
MT over budgetuitputting, inhuur en formatie. Hoe zijn anderen begonnen?

Sjoerd
""",
    },
    # ---------------------------------------------------------------- a theme explicitly set aside
    {
        "id": "d90-sug-35", "kind": "suggestion", "themes": ["strategie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Margriet Kok <m.kok@werkorganisatie-bbr.nl>",
        "body": """\
Beste Stan en Melanie,

Niet zozeer een organisatievraag als wel een strategische: waar staat onze werkorganisatie in 2035? Blijven we een
uitvoeringsorganisatie die doet wat de colleges vragen, of groeien we naar een organisatie met een eigen visie op
de opgaven in ons gebied?

Met vriendelijke groet,
Margriet Kok
""",
    },
    {
        "id": "d90-sug-36", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Peter Smulders <p.smulders@altena-werkt.nl>",
        "body": """\
Het is geen dienstverleningsvraag maar een samenwerkingsvraag. Gemeente A wil een eigen servicepunt in het
dorpshuis, B en C vinden dat overbodig en willen er niet aan meebetalen. Hoe ga je om met zulke verschillen in
ambitie tussen de gemeenten?

Peter Smulders
""",
    },
    {
        "id": "d90-sug-37", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "apple",
        "sender": "Wilma Evers <w.evers@achterhoek-west.nl>",
        "body": """\
Digitalisering op zich wil ik niet agenderen, dat hoort bij Organisatie. Waar ik het over wil hebben is de inwoner
die niet digitaal mee kan: hoe blijf je voor ouderen en laaggeletterden persoonlijk bereikbaar als alles naar de
website verhuist?

Wilma Evers
""",
    },
    {
        "id": "d90-sug-38", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Erik van Leeuwen <e.vanleeuwen@utrechtse-waarden-samen.nl>",
        "body": """\
Dit is geen strategische vraag en ook geen kwestie tussen de gemeenten; het is puur een interne: ons
sturingsconcept met zelforganiserende teams werkt niet. Teamleiders zijn afgeschaft, maar niemand neemt
beslissingen. Wie heeft ervaring met het herinvoeren van een managementlaag?

Erik van Leeuwen
""",
    },
    {
        "id": "d90-sug-39", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-nl",
        "sender": "Joyce Meijer <j.meijer@dommelvallei.nl>",
        "body": """\
Beste Melanie,

Voor de volgende keer: ik zou het niet als strategie-onderwerp neerzetten, want over de koers zijn we het eens.
Waar het bij ons wringt is de relatie tussen de drie gemeenten onderling: de grootste gemeente domineert het
algemeen bestuur en de twee kleine voelen zich gepasseerd. Hoe herstel je het vertrouwen tussen de partners?

Joyce Meijer
""",
    },
    {
        "id": "d90-sug-40", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": VERVOLG, "quote": "gmail",
        "sender": "Ton Ramakers <t.ramakers@heuvelland-samen.nl>",
        "body": """\
Geen samenwerkingsonderwerp deze keer, daar hebben we het 11 maart genoeg over gehad. Ik stel voor: proactieve
dienstverlening. Inwoners die recht hebben op kwijtschelding of een energietoeslag krijgen die bij ons pas als ze
zelf aankloppen. Wie benadert inwoners al uit zichzelf?

Ton
""",
    },
    # ---------------------------------------------------------------- English
    {
        "id": "d90-sug-41", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Lisette Bakker <lisette.bakker@outlook.com>",
        "body": """\
Hi Stan,

Topic for the atelier: employer branding and onboarding. As a shared service organisation we lose too many new
hires within their first 18 months. Curious how others handle this.

Best,
Lisette
""",
    },
    {
        "id": "d90-sug-42", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Thomas Nguyen <t.nguyen@rivierenland-oost.nl>",
        "body": """\
Suggestion: customer journey mapping for residents who apply for a permit or report an issue in the public space.
We ran one pilot and it was an eye-opener. Would love to compare notes with colleagues.

Thomas
""",
    },
    {
        "id": "d90-sug-43", "kind": "suggestion", "themes": ["strategie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Saskia Verhagen <s.verhagen@werkorganisatie-cgm.nl>",
        "body": """\
My proposal: a session on long-term vision. Where do we want to be as an organisation in 2035, and how do you keep
that vision alive when the political priorities shift every four years?

Kind regards,
Saskia Verhagen
""",
    },
    {
        "id": "d90-sug-44", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "apple",
        "sender": "Michael de Jong <m.dejong@noordoost-samen.nl>",
        "body": """\
Regional positioning: how does a small shared organisation of three rural municipalities hold its own next to the
big city in the regional bodies (GGD, safety region, housing deal)?

Michael
Sent from my iPhone
""",
    },
    {
        "id": "d90-sug-45", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-en",
        "sender": "Rianne Vos <r.vos@drechtsteden-oost.nl>",
        "body": """\
Thanks for a great afternoon. For next time I'd suggest AI in the back office: what are colleagues doing with
Copilot and similar tools for policy staff, and how do you deal with privacy and the works council?

Rianne
""",
    },
    {
        "id": "d90-sug-46", "kind": "suggestion", "themes": ["strategie"],
        "thread": CFT, "quoted": OPROEP, "quote": "notes-wrote",
        "sender": "Paul Hermsen <p.hermsen@liemers-werkt.nl>",
        "body": """\
Strategic foresight: scenario's voor 2040. Welke maatschappelijke ontwikkelingen (vergrijzing, klimaat, krimp)
moeten nu al in onze lange termijn visie, en hoe maak je dat concreet voor het bestuur?

Paul Hermsen
""",
    },
    {
        "id": "d90-sug-47", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Kim Claassen <k.claassen@oostelijk-westland.nl>",
        "body": """\
Onderwerp: 'digital first, but not digital only'. Hoe zorgen we dat inwoners en ondernemers online snel geholpen
worden zonder dat de balie en de telefoon verschralen?

Kim Claassen
""",
    },
    # ---------------------------------------------------------------- two themes in one topic
    {
        "id": "d90-sug-48", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Herman Wolters <h.wolters@werkorganisatie-midden-drenthe-oost.nl>",
        "body": """\
Beste Stan,

Een gezamenlijke strategische agenda van de drie gemeenten en de werkorganisatie. Elk college heeft zijn eigen
coalitieakkoord; wij willen met de drie besturen naar één meerjarige koers met gedeelde prioriteiten. Hoe hebben
anderen dat gesprek tussen de gemeenten gevoerd?

Groet,
Herman Wolters
""",
    },
    {
        "id": "d90-sug-49", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Nadia Bouzid <n.bouzid@gemeenten-aan-de-vecht.nl>",
        "body": """\
Onderwerp: backoffice en inwoner aan elkaar knopen. We willen het zaaksysteem zo inrichten dat inwoners online de
status van hun aanvraag of melding kunnen volgen, zoals bij een pakketje. Dat vraagt nogal wat van onze processen
en applicaties, en het verandert hoe inwoners ons ervaren. Beide kanten wil ik graag bespreken.

Nadia
""",
    },
    {
        "id": "d90-sug-50", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Ben Willems <b.willems@maasdal-werkt.nl>",
        "body": """\
Harmonisatie van de dienstverlening: moeten alle vier de gemeenten dezelfde openingstijden, hetzelfde serviceniveau
en dezelfde kanalen krijgen, of mag elke gemeente eigen keuzes maken? Tussen de gemeenten is dat een terugkerende
discussie, en inwoners merken het verschil direct aan de balie.

Ben Willems
""",
    },
    {
        "id": "d90-sug-51", "kind": "suggestion", "themes": ["strategie", "organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Rutger Scholten <r.scholten@achterhoek-west.nl>",
        "body": """\
Beste Melanie,

Van koers naar inrichting. Onze besturen hebben een nieuwe langetermijnvisie vastgesteld (opgavegericht, dichter
bij de kernen); nu moeten structuur, sturing en teamindeling daarop aansluiten. Hoe vertaal je een strategie naar
de organisatie?

Rutger
""",
    },
    {
        "id": "d90-sug-52", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "groupwise",
        "subject": "Antw: " + OPROEP_SUBJECT,
        "sender": "Anton Verschoor <a.verschoor@hoeksche-werk.nl>",
        "body": """\
Er wil een vijfde gemeente toetreden. Twee kanten: hoe regel je de toetreding met de huidige partners (stemmen,
kosten, ambities), en wat betekent het voor onze formatie, structuur en ICT-omgeving?

A. Verschoor
""",
    },
    {
        "id": "d90-sug-53", "kind": "suggestion", "themes": ["strategie", "dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "apple",
        "sender": "Ellen Hofman <e.hofman@zuidplas-werkt.nl>",
        "body": """\
Een visie op dienstverlening voor 2030. Welke strategische keuzes maken jullie in kanalen, persoonlijk contact en
bereikbaarheid voor inwoners en ondernemers, en hoe leg je die vast voor de lange termijn?

Ellen
""",
    },
    {
        "id": "d90-sug-54", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-nl",
        "sender": "Jolanda Huisman <j.huisman@westfriesland-oost.nl>",
        "body": """\
Dag Stan en Melanie,

Voor het volgende atelier: Burgerzaken draait bij ons op halve bezetting. Hoe houd je met zo weinig mensen de
wachttijden aan de balie acceptabel, en hoe werf en leid je nieuwe collega's op voor dat vak? Het personeelsvraagstuk
en de service aan inwoners zijn voor mij één onderwerp.

Jolanda Huisman
""",
    },
    {
        "id": "d90-sug-55", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": CFT, "quoted": VERVOLG, "quote": "gmail",
        "sender": "Cees van Rijn <c.vanrijn@vijfheerenlanden-west.nl>",
        "body": """\
Goed atelier! Voor de volgende keer: de toekomst van de samenwerking op lange termijn. Blijven we een ambtelijke
fusie, of bereiden we een herindeling voor? Dat is de grote strategische vraag die tussen onze gemeenten speelt.

Cees
""",
    },
    # ---------------------------------------------------------------- long context before the proposal
    {
        "id": "d90-sug-56", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Gijs Meulenbelt <g.meulenbelt@twentse-poort.nl>",
        "body": (
            "Beste Stan en Melanie,\n\n"
            "Eerst wat achtergrond. Bij de start van onze werkorganisatie in 2018 hebben we bewust gekozen voor twee "
            "hoofdlocaties, in elke grote kern één, zodat inwoners 'hun' gemeentehuis hielden. Sinds corona werkt "
            "ruim de helft van de medewerkers minstens drie dagen thuis, de gebouwen staan halfleeg en de "
            "energierekening is verdubbeld. Tegelijk merken teamleiders dat nieuwe collega's nauwelijks ingewerkt "
            "raken en dat de teamgeest verwatert.\n\n"
            "Mijn voorstel voor het atelier: hybride werken en huisvesting. Hoe combineren jullie thuiswerken, "
            "binding met de organisatie en een passende huisvestingsstrategie?\n\n"
            "Met vriendelijke groet,\n\nGijs Meulenbelt\nalgemeen directeur\n"
        ),
    },
    {
        "id": "d90-sug-57", "kind": "suggestion", "themes": ["strategie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Ria Dekker <r.dekker@kempen-en-peel-werkt.nl>",
        "body": """\
Dag allemaal,

Na de verkiezingen van 2026 zitten er nieuwe colleges, en de coalitieakkoorden bevatten samen ruim zestig
ambities. De werkorganisatie kan dat niet allemaal tegelijk, en het MT krijgt het verwijt dat we 'remmen'. We
hebben geprobeerd alles in één uitvoeringsprogramma te gieten, met matig succes: alles kreeg prioriteit 1.

Wat ik graag zou bespreken: hoe help je als directeur het bestuur om echte keuzes te maken in de inhoudelijke
agenda, zodat er een handvol bestuurlijke prioriteiten overblijft?

Ria Dekker
""",
    },
    {
        "id": "d90-sug-58", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "notes",
        "sender": "Leo Groenewegen <l.groenewegen@alblasserwaard-werkt.nl>",
        "body": (
            "Beste mensen van het secretariaat,\n\n"
            "Onze werkorganisatie bestaat dit jaar tien jaar. De eerste jaren stonden in het teken van harmonisatie "
            "van systemen en regelingen; daarna is er veel bereikt op ICT en inkoop. Intussen zijn de gemeenten "
            "uit elkaar gegroeid: de ene groeit hard door woningbouw, de andere krimpt en vergrijst, en hun "
            "belangen lopen steeds verder uiteen. In het algemeen bestuur merk je dat aan lange discussies over "
            "wie waarvoor betaalt.\n\n"
            "Mijn onderwerp: hoe houd je een samenwerking gezond als de deelnemende gemeenten zich zo verschillend "
            "ontwikkelen?\n\n"
            "Leo Groenewegen\n"
        ),
    },
    {
        "id": "d90-sug-59", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Marloes Jacobs <m.jacobs@bergen-en-duin-werkt.nl>",
        "body": """\
Hallo Melanie,

Even schetsen waar we staan. Vorig jaar hebben we de organisatie opnieuw ingericht met een centraal team
Dienstverlening, een nieuwe website en een nieuw telefoonplatform. Dat was een flinke klus en intern zijn we er
tevreden over. Maar de klachten van inwoners over brieven die ze niet begrijpen, zijn niet afgenomen, en de
ombudsman noemde ons in zijn jaarverslag.

Wat ik wil voorstellen is dus niet de reorganisatie zelf, maar: begrijpelijke brieven en besluiten op B1-niveau.
Wie heeft dat organisatiebreed voor elkaar gekregen, en merkten inwoners het?

Marloes Jacobs
""",
    },
    {
        "id": "d90-sug-60", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-nl",
        "sender": "Henk Bosman <h.bosman@werkorganisatie-bbr.nl>",
        "body": """\
Beste Stan,

Dank voor het verslag. In de discussie over couleur locale viel me op hoeveel tijd het ons kost om voor drie
colleges drie versies van hetzelfde advies te schrijven. Dat is niet zozeer een kwestie tussen de gemeenten, die
willen dat gewoon. Het is een werkprocesvraag: hoe richt je de adviesroute en de collegevoorstellen efficiënt in
als je meerdere besturen bedient? Dat zou ik de volgende keer graag bespreken.

Henk
""",
    },
    # ---------------------------------------------------------------- several topics in one mail
    {
        "id": "d90-sug-61", "kind": "suggestion", "themes": ["organisatie", "dienstverlening", "samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Kees Bos <k.bos@werkorganisatie-rijnstreek.nl>",
        "body": """\
Beste Stan en Melanie,

Drie onderwerpen, één per regel zoals gevraagd:
1. Werkdruk en formatie in het sociaal domein
2. Klanttevredenheid meten én er iets mee doen
3. De positie van onze GR tussen de grote gemeenten in de regio

Groet,
Kees Bos
""",
    },
    {
        "id": "d90-sug-62", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Dirk Mulder <d.mulder@oosterschelde-werkt.nl>",
        "body": """\
Twee dingen:
- Common Ground en ons applicatielandschap
- de ENSIA-audit en wie daar in de organisatie eigenaar van is

Dirk
""",
    },
    {
        "id": "d90-sug-63", "kind": "suggestion", "themes": ["strategie", "dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "apple",
        "sender": "Agnes Lammers <a.lammers@salland-samen.nl>",
        "body": """\
Ik heb twee onderwerpen.

Eerst: hoe vertalen we de bestuurlijke prioriteiten van de nieuwe colleges naar een meerjarige inhoudelijke agenda?

Daarnaast: het Wmo-loket en de toegang tot jeugdhulp, waar inwoners nu te lang op een eerste gesprek wachten.

Agnes Lammers
""",
    },
    {
        "id": "d90-sug-64", "kind": "suggestion", "themes": ["organisatie", "dienstverlening", "samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Frits Zwart <f.zwart@bollenstreek-werkt.nl>",
        "body": """\
Mijn lijstje:
Cloudstrategie en de overstap naar M365
Servicenormen voor de telefoon en de afhandeling van e-mail van inwoners
Kostenverdeling tussen de deelnemers van de GR
""",
    },
    {
        "id": "d90-sug-65", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Inge Kramer <i.kramer@hollands-kroon-werkt.nl>",
        "body": """\
Beste secretariaat,

- Werken op afspraak bij Burgerzaken: blijvertje of terug naar vrije inloop?
- Klachtenafhandeling: van formeel naar een telefoontje binnen twee dagen

Groet,
Inge Kramer
""",
    },
    {
        "id": "d90-sug-66", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "notes-wrote",
        "sender": "Rob van Essen <r.vanessen@betuwe-werkt.nl>",
        "body": """\
Onderwerpen:
a) zienswijzen van de raden op onze begroting
b) inhuur van externen terugdringen (bij ons 23% van de loonsom)

Rob van Essen
""",
    },
    {
        "id": "d90-sug-67", "kind": "suggestion", "themes": [
            "strategie", "samenwerking", "organisatie", "dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Monique Vermeer <m.vermeer@werkorganisatie-bbr.nl>",
        "body": """\
Beste Stan en Melanie,

Voor elk thema heb ik er wel een:
Strategie - een meerjarenvisie die drie coalitiewisselingen overleeft
Samenwerking - de regiodeal en onze rol daarin naast de centrumstad
Organisatie - zaakgericht werken dat na vijf jaar nog steeds niet landt
Dienstverlening - een chatbot op de website voor vragen van inwoners

Succes met tellen!
Monique
""",
    },
    {
        "id": "d90-sug-68", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-nl",
        "sender": "Tjeerd Wiersma <t.wiersma@mienskip-wurk.nl>",
        "body": """\
Dank voor de middag. Twee onderwerpen voor de volgende keer, allebei over de verhouding met onze gemeenten:
- hoe betrek je de raden bij de werkorganisatie (werkbezoeken, een gezamenlijke raadscommissie)?
- de evaluatie van de samenwerking na tien jaar: hoe voorkom je dat het een afrekening tussen de gemeenten wordt?

Tjeerd
""",
    },
    # ---------------------------------------------------------------- suggestion plus whether the writer comes
    {
        "id": "d90-sug-69", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Ingrid Veenstra <i.veenstra@duoplus.nl>",
        "body": """\
Hoi Melanie,

Ik ben er op 11 maart bij. Als onderwerp stel ik voor: leiderschap van teamleiders in een organisatie waar de helft
van de mensen thuiswerkt. Hoe ontwikkel je dat?

Groet,
Ingrid
""",
    },
    {
        "id": "d90-sug-70", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Wouter Kiers <w.kiers@fivelingo-werkt.nl>",
        "body": """\
Op 11 maart kan ik helaas niet, dan zit ik in het AB van de veiligheidsregio. Wel een onderwerp: de stapeling van
gemeenschappelijke regelingen in de regio. Hoe houden onze gemeenten nog grip op al die verbonden partijen?

Wouter Kiers
""",
    },
    {
        "id": "d90-sug-71", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Sandra O'Neill <s.oneill@werkorganisatie-cgm.nl>",
        "body": """\
I'll be there on March 11th. Topic: a mystery guest study of our front desk and phone lines, and what we learned
from it about how residents are actually treated.

Sandra
""",
    },
    {
        "id": "d90-sug-72", "kind": "suggestion", "themes": ["strategie"],
        "thread": CFT, "quoted": OPROEP, "quote": "apple",
        "sender": "Hans Peeters <hans.peeters@peelgemeenten-samen.nl>",
        "body": """\
Ja, ik kom graag, en ik neem mijn adjunct mee.

Onderwerp: welke maatschappelijke opgaven (energietransitie, woningbouw, opvang) krijgen de komende tien jaar
voorrang, en wat laten we bewust liggen?

Hans

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d90-sug-73", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Marjan Hoogland <m.hoogland@werkorganisatie-duinstreek.nl>",
        "body": """\
Beste Stan,

Of ik op 11 maart kan weet ik nog niet, dat hangt van een raadsvergadering af. Maar een onderwerp heb ik wel:
de rechtmatigheidsverantwoording. Sinds het college die zelf afgeeft, ligt er veel druk op onze interne controle.
Hoe hebben anderen dat ingericht?

Marjan Hoogland
""",
    },
    {
        "id": "d90-sug-74", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-nl",
        "sender": "Nicole Aarts <n.aarts@maasland-samen.nl>",
        "body": """\
Dank voor het verslag! Volgende keer ben ik er weer bij. Mijn onderwerp: digitale toegankelijkheid van onze
website en formulieren voor inwoners met een beperking. We voldoen nog lang niet aan de WCAG-eisen.

Nicole
""",
    },
    {
        "id": "d90-sug-75", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "groupwise",
        "subject": "Antw: " + OPROEP_SUBJECT,
        "sender": "Geert Ouwehand <g.ouwehand@krimpenerwaard-noord.nl>",
        "body": """\
Ik kom niet, ik heb die dag een MT-heidag. Voor de agenda: de informatiehuishouding op orde krijgen voor de Woo,
van archivering tot metadata. Dat ligt bij ons volledig stil.

Geert Ouwehand
""",
    },
    # ---------------------------------------------------------------- inline answers between our lines
    {
        "id": "d90-sug-76", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT,
        "sender": "Mehmet Yilmaz <m.yilmaz@werkorganisatie-lingewaard-oost.nl>",
        "subject": "Re: " + OPROEP_SUBJECT,
        "body": """\
Zie tussen de regels.

Op ma 11 jan 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:
> Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;
> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de"""
        """ regio;
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,"""
        """ financiën, I&A;
> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van"""
        """ prestaties.

Dienstverlening dus: Burgerzaken gaat bij ons van vrije inloop naar alleen op afspraak, en we krijgen veel klachten
van ouderen. Hoe hebben anderen die overgang gedaan?

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

Bij dezen.

Groet,
Mehmet
""",
    },
    {
        "id": "d90-sug-77", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": CFT,
        "sender": "Karin Smit <k.smit@noordenveld-werkt.nl>",
        "subject": "RE: " + OPROEP_SUBJECT,
        "body": """\
Mijn antwoorden staan in uw tekst.

> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;

Hier heb ik niets voor.

> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de"""
        """ regio;

Het bedrijfsvoeringsconvenant met de buurgemeente loopt in 2028 af; verlengen of omzetten in een GR?

> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,"""
        """ financiën, I&A;

Generatiepact en de vergrijzing van ons personeelsbestand.

> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van"""
        """ prestaties.

Idem als bij strategie.

Met vriendelijke groet,
Karin Smit
""",
    },
    {
        "id": "d90-sug-78", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT,
        "sender": "Joost Verbeek <joost.verbeek@gmail.com>",
        "subject": "Re: " + VERVOLG_SUBJECT,
        "body": """\
> Welk vraagstuk wilt u de volgende keer
> bespreken?

Cyberweerbaarheid: wat doe je in de eerste 48 uur na een ransomware-aanval, en hoe oefen je dat met de organisatie?

Joost
""",
    },
    # ---------------------------------------------------------------- more single topics, mixed clients
    {
        "id": "d90-sug-79", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Femke Schipper <f.schipper@gemeenten-aan-de-vecht.nl>",
        "body": """\
Goedemiddag,

Een virtuele assistent op de website die inwoners 's avonds en in het weekend antwoord geeft op veelgestelde
vragen: wie heeft er een, en hoe tevreden zijn de inwoners erover?

Femke Schipper
Directeur
""",
    },
    {
        "id": "d90-sug-80", "kind": "suggestion", "themes": ["organisatie"],
        "thread": None, "quoted": OPROEP, "quote": "doorgestuurd",
        "sender": "Roelof Brink <r.brink@werkorganisatie-duinstreek.nl>",
        "subject": "FW: " + OPROEP_SUBJECT,
        "body": """\
Mijn suggestie: de harmonisatie van arbeidsvoorwaarden en rechtspositie na de fusie. We hebben nog steeds drie
soorten verlofregelingen en reiskostenvergoedingen naast elkaar.

Roelof Brink
""",
    },
    {
        "id": "d90-sug-81", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": None, "quoted": OPROEP, "quote": "doorgestuurd",
        "sender": "Annemiek Roos <a.roos@vallei-werkorganisatie.nl>",
        "subject": "FW: " + OPROEP_SUBJECT,
        "body": """\
Aan het secretariaat: mijn assistent stuurde me jullie oproep door. Mijn onderwerp is de couleur locale: hoe houd
je de eigenheid van elke gemeente zichtbaar en herkenbaar als alles in één werkorganisatie zit?

Annemiek Roos
""",
    },
    {
        "id": "d90-sug-82", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": VERVOLG, "quote": "ongemarkeerd",
        "sender": "Willem Kortekaas <w.kortekaas@westfriesland-oost.nl>",
        "body": """\
Suggestie voor het volgende atelier: begrotingsdiscipline in de eigen organisatie. Hoe houden budgethouders grip op
de kosten als inhuur en ICT-licenties elk jaar duurder worden?

W. Kortekaas
""",
    },
    {
        "id": "d90-sug-83", "kind": "suggestion", "themes": ["strategie"],
        "thread": CFT, "quoted": VERVOLG, "quote": "apple",
        "sender": "Margriet Kok <m.kok@werkorganisatie-bbr.nl>",
        "body": """\
Onze meerjarenvisie loopt in 2027 af. Hoe pakken anderen de volgende visie aan, en hoe zorg je dat die meer wordt
dan een mooi document in de la?

Margriet
""",
    },
    {
        "id": "d90-sug-84", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": VERVOLG, "quote": "notes",
        "sender": "Bram Kuijpers <b.kuijpers@heuvelland-samen.nl>",
        "body": """\
Voor de volgende keer: benchmarking van onze prestaties richting inwoners, bijvoorbeeld via Waar staat je gemeente,
en wat je doet als je onder het gemiddelde scoort.

Bram Kuijpers
""",
    },
    {
        "id": "d90-sug-85", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Yvonne Smeets <y.smeets@heuvelland-samen.nl>",
        "subject": "Idee voor het atelier",
        "body": """\
Hallo Stan,

Wat ik graag met collega's zou uitwisselen: innovatie in de eigen bedrijfsvoering. Hebben anderen een innovatiebudget
of een lab waar medewerkers ideeën kunnen uitproberen, en wat levert dat op?

Yvonne
""",
    },
    # ================================================================ rsvp under the same mails
    {
        "id": "d90-rsvp-01", "kind": "rsvp", "attending": True,
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Bart Hermans <b.hermans@servicepunt-west.nl>",
        "body": """\
Beste Stan,

Onderwerpen heb ik deze keer niet, maar op 11 maart ben ik er wel bij.

Groet,
Bart
""",
    },
    {
        "id": "d90-rsvp-02", "kind": "rsvp", "attending": False,
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Lisette Bakker <lisette.bakker@outlook.com>",
        "body": """\
Geen suggestie van mijn kant, en 11 maart ben ik op vakantie, dus ik sla deze keer over.

Lisette
""",
    },
    {
        "id": "d90-rsvp-03", "kind": "rsvp", "attending": True,
        "thread": CFT, "quoted": VERVOLG, "quote": "apple",
        "sender": "Peter Smulders <p.smulders@altena-werkt.nl>",
        "body": """\
Zet mij maar vast op de lijst voor het volgende atelier, ik kom zeker weer.

Peter
""",
    },
    {
        "id": "d90-rsvp-04", "kind": "rsvp", "attending": True,
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Thomas Nguyen <t.nguyen@rivierenland-oost.nl>",
        "body": """\
No topics from me this time, but count me in for 11 March.

Thomas
""",
    },
    {
        "id": "d90-rsvp-05", "kind": "rsvp", "attending": False,
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Arjen Timmer <a.timmer@hof-van-twente-samen.nl>",
        "body": """\
Beste Melanie,

Op 11 maart kan ik zelf niet. Mijn plaatsvervanger Kees Brouwer (k.brouwer@hof-van-twente-samen.nl) komt in mijn
plaats. Onderwerpen hebben we niet.

Arjen Timmer
""",
    },
    {
        "id": "d90-rsvp-06", "kind": "rsvp", "attending": False,
        "thread": CFT, "quoted": OPROEP, "quote": "groupwise",
        "subject": "Antw: " + OPROEP_SUBJECT,
        "sender": "Anton Verschoor <a.verschoor@hoeksche-werk.nl>",
        "body": """\
Helaas, op 11 maart is er raadsvergadering. Ik moet me voor het atelier afmelden.

A. Verschoor
""",
    },
    {
        "id": "d90-rsvp-07", "kind": "rsvp", "attending": True,
        "thread": CFT, "quoted": OPROEP, "quote": "notes",
        "sender": "Hilde Brouwer <h.brouwer@werkorganisatie-rijnstreek.nl>",
        "body": """\
Ik kom, samen met onze concerncontroller. De thema's laat ik graag aan de Adviesraad over.

Hilde Brouwer
""",
    },
    {
        "id": "d90-rsvp-08", "kind": "rsvp", "attending": True,
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Leo Groenewegen <l.groenewegen@alblasserwaard-werkt.nl>",
        "body": """\
Goedemorgen,

Ik schuif 11 maart graag aan. Inhoudelijk heb ik niets toe te voegen aan het lijstje dat er vast al ligt.

Met vriendelijke groet,
Leo Groenewegen
""",
    },
    {
        "id": "d90-rsvp-09", "kind": "rsvp", "attending": False,
        "thread": CFT, "quote": "none",
        "sender": "Koen Dijkstra <k.dijkstra@polderwerk-samen.nl>",
        "subject": "RE: " + OPROEP_SUBJECT,
        "body": """\
Kan niet op 11/3, sorry.

K.
""",
    },
    # ================================================================ other under the same mails
    {
        "id": "d90-oth-01", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Rob Kuipers <r.kuipers@oostgelre-werkt.nl>",
        "body": """\
Beste Stan,

Geen onderwerp, wel een wens: zouden jullie het atelier eens op een vrijdagochtend willen houden? De
donderdagmiddag botst bij veel van ons met de collegevergadering.

Rob
""",
    },
    {
        "id": "d90-oth-02", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Tjeerd Wiersma <t.wiersma@mienskip-wurk.nl>",
        "body": """\
Voorstel: maak het atelier hybride of helemaal online. Utrecht is voor ons ruim tweeënhalf uur reizen, enkele reis.

Tjeerd
""",
    },
    {
        "id": "d90-oth-03", "kind": "other",
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-nl",
        "sender": "Carla Mulder <c.mulder@lingestroom-werkt.nl>",
        "body": """\
Dag Melanie,

Een idee over de vorm: houd het volgende atelier eens een hele dag bij een van de werkorganisaties, met een
werkbezoek in de ochtend. Wij willen graag gastheer zijn.

Carla
""",
    },
    {
        "id": "d90-oth-04", "kind": "other",
        "thread": CFT, "quoted": VERVOLG, "quote": "apple",
        "sender": "Ben Willems <b.willems@maasdal-werkt.nl>",
        "body": """\
De link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Kunnen jullie het als pdf sturen?

Ben
""",
    },
    {
        "id": "d90-oth-05", "kind": "other",
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-lijn",
        "sender": "Els van Dam <e.vandam@twentse-poort.nl>",
        "body": """\
Dank voor het mooie verslag en de goede middag. Complimenten aan jullie beiden!

Els
""",
    },
    {
        "id": "d90-oth-06", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Sjoerd Bakker <s.bakker@kop-van-noord-holland-werkt.nl>",
        "body": """\
Hallo Melanie,

Kan ik na 21 januari nog onderwerpen aandragen? Ik wil ze eerst in het MT van 26 januari bespreken.

Sjoerd
""",
    },
    {
        "id": "d90-oth-07", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "notes-wrote",
        "sender": "Paul Hermsen <p.hermsen@liemers-werkt.nl>",
        "body": """\
Mag onze concerncontroller ook lid worden van het netwerk, of is het echt alleen voor directeuren?

Paul Hermsen
""",
    },
    {
        "id": "d90-oth-08", "kind": "other",
        "thread": None, "quoted": OPROEP, "quote": "doorgestuurd",
        "sender": "Marieke Doornbos <m.doornbos@overheidsadvies-doornbos.nl>",
        "subject": "FW: " + OPROEP_SUBJECT,
        "body": """\
Geachte heer Van de Laar,

Een relatie stuurde mij uw oproep door. Als adviesbureau verzorgen wij graag een inspiratiesessie over zaakgericht
werken tijdens uw atelier, kosteloos voor de deelnemers. Zullen we een kennismaking plannen?

Met vriendelijke groet,
Marieke Doornbos
Doornbos Overheidsadvies
""",
    },
    {
        "id": "d90-oth-09", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Ellen Hofman <e.hofman@zuidplas-werkt.nl>",
        "body": """\
Beste Stan,

Ik lees dat de Adviesraad de suggesties weegt. Ik zou daar graag zelf in plaatsnemen; hoe kan ik me kandidaat
stellen?

Ellen Hofman
""",
    },
    {
        "id": "d90-oth-10", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Frank Hendriks <f.hendriks@vallei-werkorganisatie.nl>",
        "body": """\
Stan,

Ik heb wel een onderwerp, maar dat ligt gevoelig. Kun je me deze week even bellen, dan leg ik het uit en bekijken
we samen of het geschikt is voor het atelier? 06 - 41 22 80 17.

Frank
""",
    },
    # ================================================================ unsubscribe under the same mails
    {
        "id": "d90-uns-01", "kind": "unsubscribe",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Gerard Brinkman <g.brinkman@a2-samenwerking.nl>",
        "body": """\
Beste Stan en Melanie,

Per 1 februari ga ik met pensioen, dus onderwerpen heb ik niet meer. Wilt u mij van de lijst halen? Dank voor
alle mooie bijeenkomsten.

Gerard Brinkman
""",
    },
    {
        "id": "d90-uns-02", "kind": "unsubscribe",
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Wouter Kiers <w.kiers@fivelingo-werkt.nl>",
        "body": """\
Vanaf 1 maart neemt Ellen Vos (e.vos@fivelingo-werkt.nl) mijn functie over. Zij neemt ook mijn plaats in het
netwerk in; wilt u haar voortaan de berichten sturen in plaats van mij?

Wouter Kiers
""",
    },
    {
        "id": "d90-uns-03", "kind": "unsubscribe", "erase": True,
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-nl",
        "sender": "Rik Verbeek <rverbeek@hotmail.com>",
        "body": """\
Geacht secretariaat,

Ik verzoek u op grond van artikel 17 AVG al mijn persoonsgegevens uit uw bestanden te verwijderen en mij geen
berichten meer te sturen.

R. Verbeek
""",
    },
    {
        "id": "d90-uns-04", "kind": "unsubscribe",
        "thread": CFT, "quoted": OPROEP, "quote": "apple",
        "sender": "Geert Ouwehand <g.ouwehand@krimpenerwaard-noord.nl>",
        "body": """\
Ik kom niet op 11 maart en wil ook geen mails meer van het netwerk ontvangen. Meld mij alstublieft af.

Geert
""",
    },
]
# fmt: on
