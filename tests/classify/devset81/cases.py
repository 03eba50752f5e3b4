"""devset81: topic suggestions and their themes, with rsvp and other look-alikes.

About 95 messages around the call for themes ("Welke thema's wilt u bespreken?"), the follow-up after an atelier,
the thank-you for a suggestion, the welcome mail, the atelier invitation and new mails. Most are `suggestion`, spread
over the four themes, with care for topics whose words sound like one theme but belong to another:
- a digitalisation topic about service to residents is `dienstverlening`; digitalising the organisation's own work
  processes, I&A, finances, HR, formatie, huisvesting and internal services are `organisatie`;
- a topic on the regional position or the relation between the participating municipalities that uses "strategie",
  "bestuurlijk" or "organiseren" in passing is `samenwerking`;
- bestuurlijke priorities, the substantive agenda and long-term vision on the organisation are `strategie`.

Conventions relied on (from the dataset brief):
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- `themes` is the set of themes of what the writer proposes, not of words used in passing; two themes only where a
  topic clearly spans both; a mail with several topics carries the union of their themes. Our own quoted mail (e.g.
  the thank-you that lists earlier themes) does not count.
- A director who cannot come but sends a substitute: `rsvp` False. A mail that changes an earlier answer carries the
  latest answer. A reply to our invitation by an assistant on behalf of the director: `rsvp`.
- A supplier's pitch, a question, feedback without a proposal, thanks, applying for the Adviesraad: `other`.
- For an answer written inline between our quoted lines, the body holds those lines and the case has no `quoted`.
"""

from __future__ import annotations

from typing import Any

CALL = "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
INVITE = "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ suggestions
    {
        "id": "d81-suggestion-01", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Rutger Hoekstra <r.hoekstra@werkorganisatie-beekdal.nl>",
        "body": """
Informatiebeveiliging na de fusie: wij draaien nog op drie oude netwerken, elk met een eigen beheerder. Hoe pakken
anderen dat aan?

Groet,
Rutger Hoekstra
directeur bedrijfsvoering, Werkorganisatie Beekdal
""",
    },
    {
        "id": "d81-suggestion-02", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ingrid Wolters <i.wolters@werkorganisatie-aro.nl>",
        "body": """
Beste Stan en Melanie,

Graag dragen wij een onderwerp aan.

Sinds twee jaar zetten wij stevig in op digitaal zakendoen met de gemeente: aanvragen via de website, een nieuw
formulierenplatform en inloggen met DigiD waar het maar kan. Op papier gaat het goed, want het aandeel digitale
aanvragen is gestegen naar ruim zestig procent. Aan de balies in Aldenveld en Rietwijk zien we echter een andere
werkelijkheid. Ouderen, laaggeletterden en mensen met weinig vertrouwen in de overheid komen juist vaker langs, vaak
met een uitgeprinte e-mail in de hand.

We zijn daarom met vrijwilligers een digitaal spreekuur in de bibliotheek begonnen. Dat werkt, maar het is
kleinschalig en we weten niet goed hoe we het effect moeten meten.

Mijn vraag aan collega's: hoe zorgen jullie ervoor dat de digitalisering van de dienstverlening geen inwoners
buitensluit? Welke keuzes maken jullie over het openhouden van telefoon en balie, en hoe weten jullie of het werkt?

Met vriendelijke groet,

Ingrid Wolters
algemeen directeur
Werkorganisatie Aldenveld-Rietwijk-Oosterbroek
T 0513 - 48 22 10
""",
    },
    {
        "id": "d81-suggestion-03", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "sender": "Erik Nijland <erik.nijland@dedijkstreek.nl>",
        "body": """
Hallo,

Voor het atelier: de digitalisering van onze eigen werkprocessen. Na de fusie hebben we nog drie zaaksystemen en twee
documentmanagementsystemen naast elkaar, plus een archief dat nergens op aansluit. We staan voor de keuze tussen één
nieuw systeem aanbesteden of doorgaan met wat er is en alles koppelen. Ik hoor graag hoe andere fusieorganisaties die
migratie hebben aangepakt, wat het kostte en wat ze een volgende keer anders zouden doen.

Groet, Erik

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d81-suggestion-04", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Hanneke Bos <h.bos@kroonwaard.nl>",
        "body": """
Goedemorgen,

Een onderwerp voor het atelier, ik denk onder Samenwerking.

Onze drie gemeenten liggen in de schaduw van een grote centrumgemeente. Aan de regionale tafels (de woondeal, de
bereikbaarheidsagenda, het economisch programma) voert die stad het woord en schuiven wij aan. In onze
organisatiestrategie staat wel een zinnetje dat we een krachtige regiopartner willen zijn, maar in de praktijk lukt
dat matig: de drie wethouders spreken niet met één mond en ambtelijk sturen we vaak drie verschillende mensen naar
hetzelfde overleg.

Wat ik met collega's wil bespreken: hoe zorg je ervoor dat een fusieorganisatie van kleinere gemeenten serieus
meetelt in de regio? Treden jullie als één partij op, en hoe regel je dat met de colleges?

Vriendelijke groet,
Hanneke Bos
directeur Werkorganisatie Kroonwaard
""",
    },
    {
        "id": "d81-suggestion-05", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "J.W. Terpstra <jw.terpstra@zuidwold-hesselt.nl>",
        "body": """
Goedendag,

Mijn onderwerp: bestuurlijke prioriteiten scherp krijgen. Ons collegeprogramma telt 74 ambities en met de huidige
bezetting kunnen we er misschien de helft waarmaken. Wij willen samen met het college een echte prioritering maken,
inclusief een lijst van wat we bewust níet doen. Hoe hebben anderen dat gesprek met hun bestuur gevoerd, en wat kwam
eruit?

Met vriendelijke groet,

J.W. (Jan-Willem) Terpstra
Algemeen directeur / gemeentesecretaris
Werkorganisatie Zuidwold-Hesselt
""",
    },
    {
        "id": "d81-suggestion-06", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "sender": "Marco Verbeek <marco.verbeek@noorderzand.nl>",
        "body": """
Collega's,

Een suggestie onder Strategie. Wij werken aan een stip op de horizon voor 2035: wat voor organisatie willen we over
tien jaar zijn, welke rol nemen we in de samenleving en wat betekent dat voor onze opdracht? We werken met drie
scenario's (krimp, groei, meer regionale taken) en merken hoe moeilijk het is dat gesprek los te trekken van de
dagelijkse drukte. Ik ben benieuwd hoe anderen een langetermijnvisie op hun organisatie ontwikkelen en levend houden.

Groeten,
Marco Verbeek
Directeur Werkorganisatie Noorderzand
""",
    },
    {
        "id": "d81-suggestion-07", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Sandra Kuipers <s.kuipers@tweerivieren.nl>",
        "body": """
Beste secretariaat,

Graag agenderen wij strategische personeelsplanning. De komende acht jaar gaat bij ons bijna een derde van de
medewerkers met pensioen, vooral in vakspecialismen zoals belastingen, civiele techniek en vergunningverlening.
Vacatures voor die functies staan nu al maanden open. We zoeken naar instrumenten die werken: een strategische
formatieplanning, omscholing van eigen mensen, een samenwerking met het mbo voor stageplaatsen. Welke aanpak heeft
bij anderen echt effect gehad?

Met vriendelijke groet,

Sandra Kuipers
Directeur Bedrijfsvoering
Dienst Twee Rivieren

Dit bericht is uitsluitend bestemd voor de geadresseerde. Hebt u dit bericht per vergissing ontvangen, verwijder het
dan en stel de afzender op de hoogte.
""",
    },
    {
        "id": "d81-suggestion-08", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Yvonne de Groot <yvonne.degroot@gmail.com>",
        "body": """
Dag Stan, dag Melanie,

Dank voor de fijne middag. Voor een volgende keer: samenwerking binnen de eigen organisatie. Dus niet tussen de
gemeenten, maar tussen onze eigen afdelingen. Teams werken vooral in hun eigen kolom: ruimte en sociaal domein weten
nauwelijks iets van elkaars dossiers, en bij een integraal vraagstuk zoals een woonzorgproject moet alles via de
managers. Hoe doorbreken anderen die verkokering? Met een andere structuur, met programmateams, met andere
werkafspraken?

Hartelijke groet,
Yvonne de Groot
directeur Werkorganisatie De Linge
""",
    },
    {
        "id": "d81-suggestion-09", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Paul Dijkhuizen <p.dijkhuizen@lingegouw.nl>",
        "body": """
Beste Melanie,

Ik zou graag het opdrachtgeverschap van de gemeenten bespreken. Onze werkorganisatie werkt voor twee gemeenten op
basis van een dienstverleningsovereenkomst uit 2019. Dat woord suggereert een verhouding tussen klant en leverancier,
en zo voelt het soms ook: de ene gemeente stuurt strak op de afspraken in de DVO, de andere behandelt ons als haar
eigen ambtenaren. Dat geeft wrijving, ook tussen de twee gemeenten onderling.

Hoe hebben andere fusieorganisaties de verhouding tussen de gemeenten als opdrachtgevers en de werkorganisatie als
opdrachtnemer vormgegeven? Helpt een DVO daarbij, of zit hij juist in de weg?

Met vriendelijke groet,
Paul Dijkhuizen
Algemeen directeur Werkorganisatie Lingegouw
""",
    },
    {
        "id": "d81-suggestion-10", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Frank Mulders <f.mulders@werkorganisatie-beekdal.nl>",
        "body": """
Goedemiddag,

Suggestie: wat doen we met de cijfers over onze prestaties richting inwoners? Sinds kort meten wij per kwartaal de
bereikbaarheid van het klantcontactcentrum, de afhandeltermijn van meldingen over de openbare ruimte en de
tevredenheid na een afspraak aan de balie. De cijfers zijn er, maar wie stuurt erop, en hoe voorkom je dat het een
afvinklijstje wordt? Ik zou graag voorbeelden zien van collega's die hierin verder zijn.

Groet,
Frank Mulders
manager Publiekszaken, Werkorganisatie Beekdal
""",
    },
    {
        "id": "d81-suggestion-11", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Mirjam Schouten <m.schouten@vechtdal-noord.nl>",
        "body": """
Beste Stan,

Eén onderwerp van mijn kant: de financiële houdbaarheid van de werkorganisatie zelf. De gemeenten krijgen het vanaf
2026 zwaar en kijken nu kritisch naar hun bijdrage aan onze begroting. Voor ons komt dat neer op een taakstelling van
vier procent op de eigen bedrijfsvoering. Hoe bezuinigen anderen op overhead zonder de uitvoering te raken: wat schrap
je, wat automatiseer je, en hoe houd je de mensen erbij?

Op 11 maart ben ik er trouwens bij.

Met vriendelijke groet,
Mirjam Schouten
directeur Werkorganisatie Vechtdal-Noord
""",
    },
    {
        "id": "d81-suggestion-12", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Anouk Prins <a.prins@ijsselvliet.nl>",
        "body": """
Beste mensen van het secretariaat,

Bij ons speelt iets wat misschien ook elders leeft. Een buurgemeente heeft gevraagd of zij kan aansluiten bij onze
werkorganisatie. In principe positief, maar onze twee gemeenten denken er verschillend over: de een ziet
schaalvoordeel, de ander vreest dat de eigen kernen minder aandacht krijgen.

Ik zou het onderwerp 'toetreding van een nieuwe gemeente tot een bestaande ambtelijke fusie' graag op de agenda
zien. Welke afwegingen horen erbij, hoe betrek je de raden en waar zitten de valkuilen?

Vriendelijke groet,
Anouk Prins
directeur Werkorganisatie IJsselvliet
""",
    },
    {
        "id": "d81-suggestion-13", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes-wrote",
        "sender": "Gerard Loman <g.loman@oostergo-gemeenten.nl>",
        "body": """
Goedemorgen,

Onderwerp: wat doet een herindelingsdiscussie met een ambtelijke fusie? In een van onze gemeenten nam de raad een
motie aan om een bestuurlijke fusie met de buren te verkennen, zonder de andere partnergemeente erbij. Dat zet de
verhoudingen op scherp. Hoe houden collega's in zo'n situatie de relatie tussen de deelnemende gemeenten goed?

m.vr.gr.
Gerard Loman
Werkorganisatie Oostergo
""",
    },
    {
        "id": "d81-suggestion-14", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Kees van Leeuwen <k.vanleeuwen@maaskempen.nl>",
        "body": """
Beste Melanie,

Voor het atelier stel ik voor: hoe helpen we initiatiefnemers onder de Omgevingswet? Ondernemers en inwoners die
willen bouwen klagen bij ons over lange doorlooptijden en over het gevoel dat ze van het ene loket naar het andere
worden gestuurd. Wij proberen nu een vast aanspreekpunt per initiatief en een omgevingstafel vooraf. Hoe doen anderen
dit, en wat merken initiatiefnemers ervan?

Groet,
Kees van Leeuwen
directeur Ruimte en Publiek, Ambtelijke organisatie Maas & Kempen
""",
    },
    {
        "id": "d81-suggestion-15", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Lotte Hermans <lotte.hermans@helmvoort.nl>",
        "body": """
Beste Stan en Melanie,

Ik wil een onderwerp inbrengen dat bij ons veel discussie oplevert: een AI-assistent op de website die vragen van
inwoners beantwoordt.

Onze leverancier biedt sinds kort een chatbot die in gewone taal vragen over afval, paspoorten en
parkeervergunningen beantwoordt, ook 's avonds en in het weekend. In een proef van drie maanden in Helmvoort werd
ongeveer de helft van de vragen afgehandeld zonder dat er een medewerker aan te pas kwam. Tegelijk kregen we klachten
van inwoners die een verkeerd antwoord kregen over de openingstijden van de milieustraat, en een raadslid vroeg of
inwoners wel weten dat ze met een computer praten.

Wat ik met collega's wil delen en bespreken: hoe zetten jullie zulke technologie in aan de voorkant, richting
inwoners? Welke vragen laat je er wel en niet door beantwoorden, hoe bewaak je de kwaliteit van de antwoorden, en hoe
vertel je inwoners wat ze kunnen verwachten?

Met vriendelijke groet,
Lotte Hermans
directeur Werkorganisatie Helmvoort
""",
    },
    {
        "id": "d81-suggestion-16", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Bart Vos <b.vos@werkorganisatie-aro.nl>",
        "body": """
Onderwerp: generatieve AI in ons eigen werk. Medewerkers gebruiken op grote schaal ChatGPT en Copilot voor
raadsvoorstellen en notities, zonder dat daar beleid voor is. Wij willen spelregels, training en een veilige
omgeving. Wie is al verder?

Bart
""",
    },
    {
        "id": "d81-suggestion-17", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ellen Brouwer <e.brouwer@veenhorst.nl>",
        "body": """
Beste secretariaat,

Een onderwerp dat volgens mij onder twee thema's valt, Strategie en Samenwerking.

Onze drie gemeenten hebben elk een eigen coalitieakkoord met eigen prioriteiten, terwijl de grote opgaven (wonen,
energie, zorg) dezelfde zijn en grotendeels bij één werkorganisatie terechtkomen. Wij willen toe naar een gezamenlijke
strategische agenda. Welke bestuurlijke prioriteiten delen de drie gemeenten, welke zijn echt lokaal, en hoe maak je
daar één meerjarige agenda van die de drie colleges samen onderschrijven?

Ik ben benieuwd of anderen zo'n gedeelde agenda hebben gemaakt en hoe het proces met colleges en raden verliep.

Met vriendelijke groet,
Ellen Brouwer
algemeen directeur Werkorganisatie Veenhorst
""",
    },
    {
        "id": "d81-suggestion-18", "kind": "suggestion", "themes": ["strategie", "organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Remco Hoogland <r.hoogland@viermarken.nl>",
        "body": """
Goedemiddag,

Mijn voorstel: van visie naar structuur. Wij hebben net een nieuwe organisatievisie voor de komende tien jaar
vastgesteld, met opgavegericht werken als kern. De volgende stap is een nieuwe structuur: van vier sectoren naar
domeinen met programmateams. Ik wil het met collega's over beide kanten hebben. Hoe formuleer je een visie die voor
de lange termijn richting geeft, en hoe vertaal je die naar structuur en sturing zonder dat het een klassieke
reorganisatie wordt?

Met groet,
R. (Remco) Hoogland
algemeen directeur De Vier Marken
""",
    },
    {
        "id": "d81-suggestion-19", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "sender": "Nicole Hazelaar <n.hazelaar@waterland-oost.nl>",
        "body": """
Hoi Stan,

Mijn onderwerp raakt zowel Organisatie als Dienstverlening: digitalisering van voor tot achter. Aan de voorkant
bouwen we mooie digitale formulieren voor inwoners, maar aan de achterkant print een medewerker de aanvraag uit en
tikt hem over in het zaaksysteem. Ik wil bespreken hoe je de digitale dienstverlening aan inwoners en de
digitalisering van de interne processen als één geheel aanpakt, met voorbeelden van organisaties waar die koppeling
wél werkt.

Groet,
Nicole

Verzonden vanaf mijn iPhone
""",
    },
    {
        "id": "d81-suggestion-20", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Sjoerd Wiersma <s.wiersma@werkorganisatie-aro.nl>",
        "body": """
Beste Melanie, beste Stan,

Met het thema van de afgelopen middag nog in mijn hoofd wil ik voor de volgende keer een onderwerp voorstellen dat
Samenwerking en Dienstverlening verbindt.

Bij de fusie spraken we af dat de dienstverlening in alle drie de gemeenten gelijkwaardig zou zijn. In de praktijk
wil Oosterbroek een volwaardig gemeentehuis met balie in de eigen kern houden, terwijl Aldenveld en Rietwijk kiezen
voor één centraal servicepunt en meer digitaal. Zo ontstaan binnen één organisatie verschillende
dienstverleningsniveaus, met discussie over wie wat betaalt.

Vraag voor het atelier: hoe verhoud je de wensen van elke gemeente tot één dienstverleningsconcept voor alle
inwoners? Wat spreek je tussen de gemeenten af, en wat merken inwoners ervan?

Hartelijke groet,
Sjoerd Wiersma
directeur Dienstverlening
Werkorganisatie ARO
""",
    },
    {
        "id": "d81-suggestion-21", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Wendy Smeets <w.smeets@duinenpolder.nl>",
        "body": """
Goedemorgen,

Namens onze directie twee onderwerpen:
- het hoge ziekteverzuim in de uitvoerende teams (buitendienst, klantcontact) en wat je daaraan kunt doen;
- hybride werken drie jaar later: hoe houd je teams bij elkaar als iedereen op andere dagen op kantoor komt?

Met vriendelijke groet,
Wendy Smeets
Manager HRM a.i., Werkorganisatie Duin en Polder
""",
    },
    {
        "id": "d81-suggestion-22", "kind": "suggestion", "themes": ["organisatie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "sender": "Tjeerd Kooistra <t.kooistra@oostergo-gemeenten.nl>",
        "body": """
Beste secretariaat,

Mijn suggesties voor het atelier:
1. De kosten van I&A in de hand houden: licenties en cloudabonnementen stijgen elk jaar harder dan onze begroting.
2. De positie van onze werkorganisatie in de regio, nu de provincie steeds vaker alleen met de grote steden om tafel
gaat.

Vriendelijke groet,
Tjeerd Kooistra
""",
    },
    {
        "id": "d81-suggestion-23", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Marloes Jansen <marloes.jansen@noorderzand.nl>",
        "body": """
Hallo Stan en Melanie,

Een paar onderwerpen van mijn kant:
- klanttevredenheid meten zonder dat inwoners enquêtemoe worden
- WhatsApp als kanaal voor vragen van inwoners
- de telefonische bereikbaarheid in de zomermaanden

Groetjes,
Marloes Jansen
Werkorganisatie Noorderzand
""",
    },
    {
        "id": "d81-suggestion-24", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Hester van Dam <h.vandam@brederode-zuid.nl>",
        "body": """
Beste secretariaat,

Voor het volgende atelier wil ik twee dingen inbrengen.

Ten eerste de vraag waar onze organisatie over tien jaar staat. Blijven we een uitvoeringsorganisatie voor de
gemeenten, of worden we een partner die meedenkt over de bestuurlijke agenda en daar zelf richting aan geeft?

Ten tweede de verbinding met de vier gemeenteraden. Elke raad wil eigen informatie, eigen rapportages en een eigen
aanspreekpunt, en veel raadsleden beseffen niet dat ze de organisatie met drie andere gemeenten delen. Hoe houden
anderen de relatie met de raden van alle deelnemende gemeenten goed?

Met vriendelijke groet,
Hester van Dam
Gemeentesecretaris / algemeen directeur Werkorganisatie Brederode-Zuid
""",
    },
    {
        "id": "d81-suggestion-25", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Mark de Wit <mark.dewit@zuidwold-hesselt.nl>",
        "body": """
Beste Stan,

Ja, ik kom op 11 maart. En een onderwerp voor het programma: ons sturingsconcept. Vijf jaar geleden zijn wij
begonnen met zelforganiserende teams zonder teamleiders. Dat heeft veel opgeleverd, maar nu de organisatie groeit
lopen we tegen grenzen aan: niemand voelt zich eigenaar van de prioriteiten en de directie heeft weinig grip. Hoe
sturen andere fusieorganisaties? Via lijnmanagers, via resultaatafspraken met teams, of iets daartussenin?

Groet,
Mark de Wit
adjunct-directeur Werkorganisatie Zuidwold-Hesselt
""",
    },
    {
        "id": "d81-suggestion-26", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Harm Veenstra <harm.veenstra@gmail.com>",
        "body": """
Beste Melanie,

Op 11 maart zit ik helaas op een congres, dus ik kan er niet bij zijn. Wel wil ik een onderwerp meegeven:
gezamenlijke opgaven die niet bij alle gemeenten even hoog op de lijst staan. Bij ons is dat de energietransitie.
Twee gemeenten willen vol inzetten op wind, de derde wil er niets van weten. Onze energieadviseurs werken voor alle
drie en raken klem tussen de ambities. Hoe gaan andere fusieorganisaties om met uiteenlopende ambities van hun
gemeenten bij een opgave die ze eigenlijk samen hebben?

Groet,
Harm Veenstra
Werkorganisatie Vechtdal-Noord
""",
    },
    {
        "id": "d81-suggestion-27", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "sender": "Els Kruithof <e.kruithof@ijsselvliet.nl>",
        "body": """
Proactieve dienstverlening: inwoners een seintje geven vóórdat hun paspoort verloopt of hun vergunning afloopt. Wie
doet dat al?

Groet, Els

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d81-suggestion-28", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Johan Peters <j.peters@peelrand.nl>",
        "body": """
Hoe houd je een langetermijnvisie op de organisatie levend als de waan van de dag regeert?

Met vriendelijke groet,
Johan Peters
""",
    },
    {
        "id": "d81-suggestion-29", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "Annemiek Zwart <a.zwart@dedijkstreek.nl>",
        "body": """
Suggestie: de eigen identiteit van elke gemeente tegenover de schaalvoordelen van één gezamenlijke organisatie. Waar
leg je de grens?

Groet,
Annemiek
""",
    },
    {
        "id": "d81-suggestion-30", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Dennis Koster <d.koster@kroonwaard.nl>",
        "body": """
Onderwerp: de inhuur van externen terugdringen zonder dat het werk blijft liggen.

Groet,
Dennis Koster
manager Financiën, Werkorganisatie Kroonwaard
""",
    },
    {
        "id": "d81-suggestion-31", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Sabine Verhoef <s.verhoef@lingegouw.nl>",
        "body": """
Beste Stan en Melanie,

Dank voor het welkom. U vraagt of ik al een onderwerp heb: jazeker. Wij gaan ons klantcontactcentrum ombouwen van een
doorschakelpunt naar een plek waar vier op de vijf vragen in één keer worden beantwoord. Ik ben benieuwd welke
fusieorganisaties dat al hebben gedaan en hoe inwoners het verschil hebben gemerkt.

Met vriendelijke groet,
Sabine Verhoef
directeur Publiek, Werkorganisatie Lingegouw
""",
    },
    {
        "id": "d81-suggestion-32", "kind": "suggestion", "themes": ["strategie"],
        "subject": "Onderwerp voor het volgende atelier",
        "sender": "Pieter Brandsma <p.brandsma@oostergo-gemeenten.nl>",
        "body": """
Beste Stan,

Buiten de oproep om, want die ben ik kwijtgeraakt: ik zou graag eens met collega's praten over de vraag wie
eigenlijk de inhoudelijke agenda bepaalt. Bij ons volgt de ambtelijke organisatie vooral wat het college vraagt. Ik
wil dat we als directie ook zelf onderwerpen agenderen die over vijf tot tien jaar op ons afkomen, zoals de
vergrijzing en de woningnood. Hoe hebben anderen die agenderende rol ingevuld?

Groet,
Pieter Brandsma
algemeen directeur Werkorganisatie Oostergo
""",
    },
    {
        "id": "d81-suggestion-33", "kind": "suggestion", "themes": ["samenwerking"],
        "subject": "Suggestie Leer- en inspireer-atelier",
        "sender": "C.A. de Boer <ca.deboer@gr-marendaal.nl>",
        "body": """
Geacht secretariaat,

Graag stel ik een onderwerp voor het eerstvolgende atelier voor: de bestuurlijke drukte in onze gemeenschappelijke
regeling. Algemeen bestuur, dagelijks bestuur, drie colleges, drie raden en een portefeuillehoudersoverleg: een
besluit over de werkorganisatie kost maanden en elke gemeente wil het laatste woord. Ik ben benieuwd hoe de
verhouding tussen de deelnemende gemeenten elders bestuurlijk is vormgegeven en wat daarbij goed werkt.

Hoogachtend,

mr. C.A. (Carla) de Boer
directeur GR Marendaal
""",
    },
    {
        "id": "d81-suggestion-34", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Lisette Groen <l.groen@werkorganisatie-delinge.nl>",
        "body": """
Goedemiddag,

Nog een aanvulling op mijn eerdere suggesties: leren van klachten. Wij handelen klachten netjes binnen de termijn af,
maar gebruiken ze nauwelijks om onze dienstverlening aan inwoners beter te maken. Wie heeft daar een goede werkwijze
voor gevonden?

Groet,
Lisette Groen
""",
    },
    {
        "id": "d81-suggestion-35", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Karin Smit <k.smit@duinenpolder.nl>",
        "body": """
Beste Stan en Melanie,

Dank voor het verslag. Het gesprek over eigenheid was voor mij het beste deel van de middag, en ik zou daar de
volgende keer graag op doorgaan met een concrete vraag: hoe laat je zien dat de samenwerking de gemeenten echt iets
oplevert? Onze raden vragen bij elke begroting wat de fusie hun gemeente heeft gebracht, en daar hebben wij geen
goed antwoord op. Een evaluatie van de samenwerking die je samen met de gemeenten opzet, lijkt mij een mooi
onderwerp.

Met vriendelijke groet,
Karin Smit
directeur Werkorganisatie Duin en Polder
""",
    },
    {
        "id": "d81-suggestion-36", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes-wrote",
        "sender": "Thijs Bakker <t.bakker@viermarken.nl>",
        "body": """
Dag allemaal,

Voor het volgende atelier: leiderschapsontwikkeling. Onze teamleiders zijn vaak goede vakmensen die leidinggevende
zijn geworden, zonder dat we ze daar goed op hebben voorbereid. Wij overwegen een eigen leiderschapsprogramma. Wie
heeft daar ervaring mee, en wat zou je anders doen?

Groet,
Thijs Bakker
directeur bedrijfsvoering De Vier Marken
""",
    },
    {
        "id": "d81-suggestion-37", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Gert-Jan Meijer <gj.meijer@heuvelland-west.nl>",
        "body": """
Beste secretariaat,

Onze inhoudelijke agenda is versnipperd: elke afdeling heeft eigen beleidsplannen en het bestuur wil overal iets.
Wij willen terug naar een handvol grote maatschappelijke opgaven (wonen, zorg voor ouderen, klimaatadaptatie,
vitale kernen) waar de hele agenda aan wordt opgehangen, en de rest bewust laten liggen. Ik hoor graag hoe collega's
zo'n keuze voor een beperkt aantal opgaven met hun bestuur hebben gemaakt en volgehouden.

Met vriendelijke groet,
Gert-Jan Meijer
algemeen directeur Werkorganisatie Heuvelland-West
""",
    },
    {
        "id": "d81-suggestion-38", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ruud Schipper <r.schipper@helmvoort.nl>",
        "body": """
Beste Stan,

Een onderwerp: de interne dienstverlening van onze bedrijfsvoering. P&O, financiën, ICT en juridische zaken leveren
diensten aan de lijnafdelingen, maar de lijn vindt het traag en bureaucratisch. We overwegen een intern servicecentrum
met één ingang en vaste afspraken over levertijden. Hoe hebben andere fusieorganisaties hun bedrijfsvoering
ingericht, en wat werkte wel en niet?

Met groet,
Ruud Schipper
directeur bedrijfsvoering Werkorganisatie Helmvoort
""",
    },
    {
        "id": "d81-suggestion-39", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "sender": "Wilma Hendriks <w.hendriks@werkorganisatie-aro.nl>",
        "body": """
Goedemorgen,

Begin volgend jaar sluit het gemeentehuis in Oosterbroek zijn deuren en verhuist de balie naar Aldenveld. Voor veel
oudere inwoners is dat twintig minuten met de bus. Wij willen het opvangen met een mobiel loket en een spreekuur in
het dorpshuis. Onderwerp voor het atelier: dienstverlening dicht bij inwoners in kernen zonder gemeentehuis. Wie
heeft hier ervaring mee, en hoe heb je het georganiseerd?

Groet,
Wilma Hendriks
teamleider Publiekszaken
""",
    },
    {
        "id": "d81-suggestion-40", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Arjen Vos <a.vos@werkorganisatie-rko.nl>",
        "body": """
Beste Melanie,

Onderwerp: de werkorganisatie als verbinder tussen de besturen. Onze drie colleges vergaderen ieder apart en zien
elkaar alleen in het algemeen bestuur. Als directie merken we dat we steeds vaker boodschapper zijn tussen de
wethouders van Rijswoude, Kerkdorp en Ommelanden. Hoe zorgen anderen ervoor dat de colleges elkaar zelf weten te
vinden, en welke rol neemt de directie daarbij?

Vriendelijke groet,
Arjen Vos
directeur werkorganisatie RKO
""",
    },
    {
        "id": "d81-suggestion-41", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Ineke Schuurman <i.schuurman@schelde-oost.nl>",
        "body": """
Beste secretariaat,

Onze samenwerking bestaat dit jaar tien jaar, en voor ons is dat het moment om opnieuw na te denken over de koers:
wat voor organisatie willen we het komende decennium zijn, wat is onze missie en welke waarden horen daarbij? In het
voorjaar beginnen we aan een visietraject. Dat zou ik graag met collega's bespreken: hoe pak je zo'n traject aan,
wie betrek je erbij, en hoe voorkom je dat het een papieren tijger wordt?

Met vriendelijke groet,
Ineke Schuurman
Algemeen directeur Werkorganisatie Schelde-Oost
""",
    },
    {
        "id": "d81-suggestion-42", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ingrid de Lange <i.delange@schelde-oost.nl>",
        "body": """
Beste Stan,

Onderwerp: de formatie houdt de taken niet bij. In vijf jaar kregen we de Omgevingswet, de nieuwe inburgering, de
energietransitie en een groeiend sociaal domein erbij, terwijl de formatie maar met een paar procent meegroeide. De
werkdruk is hoog en het verloop ook. Ik zoek voorbeelden van goed onderbouwde formatieberekeningen, en van hoe je
daarover het gesprek met het bestuur voert.

Zelf kan ik op 11 maart niet; mijn adjunct Bram Jacobs (b.jacobs@schelde-oost.nl) komt in mijn plaats.

Groet,
Ingrid de Lange
directeur Bedrijfsvoering, Werkorganisatie Schelde-Oost
""",
    },
    {
        "id": "d81-suggestion-43", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Hugo Claassen <h.claassen@marendaal.nl>",
        "body": """
Goedemiddag,

Voorstel: prestaties met elkaar vergelijken. Wij publiceren sinds dit jaar een openbaar dashboard met onze
doorlooptijden voor vergunningen, de wachttijd aan de telefoon en de afhandeling van meldingen. Het zou mooi zijn als
fusieorganisaties dezelfde indicatoren gebruikten, zodat we van elkaar kunnen leren waar het beter kan voor
inwoners en ondernemers. Misschien kan het atelier een begin maken met zo'n vergelijking?

Met vriendelijke groet,
Hugo Claassen
""",
    },
    {
        "id": "d81-suggestion-44", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Jeroen Kramer <j.kramer@werkorganisatie-rko.nl>",
        "body": """
Goedemorgen Stan,

Wij zitten in een lastige situatie waar denk ik meer collega's iets aan hebben. Een van onze gemeenten onderzoekt of
ze uit de gemeenschappelijke regeling stapt en weer een eigen ambtelijke organisatie opbouwt. De uittreedregeling is
vaag en de andere twee gemeenten voelen zich in de steek gelaten.

Ik stel daarom het onderwerp 'uittreden uit een ambtelijke fusie' voor: wat betekent het voor de gemeenten die
achterblijven, en hoe houd je de verhoudingen tussen de partners goed zolang het onderzoek loopt?

Met vriendelijke groet,
Jeroen Kramer
""",
    },
    {
        "id": "d81-suggestion-45", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Linda Vermeulen <linda.vermeulen@veenhorst.nl>",
        "body": """
Collega's,

Voor het atelier: de huisvesting van de ambtelijke organisatie. Wij zitten met 280 medewerkers verspreid over drie
gemeentehuizen, die op dinsdag overvol zijn en op vrijdag leeg staan. Alles concentreren op één locatie scheelt geld
en maakt het samenwerken tussen teams makkelijker, maar betekent ook een grote verbouwing. Hoe hebben anderen hun
huisvesting na de fusie geregeld?

Groet,
Linda Vermeulen
directeur bedrijfsvoering Werkorganisatie Veenhorst
""",
    },
    {
        "id": "d81-suggestion-46", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Femke Hoekstra <femke.hoekstra@heuvelland-west.nl>",
        "body": """
Beste secretariaat,

Voor het volgende atelier: inwoners laten meeontwerpen. Wij hebben een panel van 400 inwoners dat nieuwe brieven,
webteksten en het maken van afspraken test voordat we iets invoeren. Het levert veel op, maar het panel vergrijst en
jongeren haken af. Graag wissel ik uit hoe anderen inwoners betrekken bij het verbeteren van wat we voor hen doen.

Groet,
Femke Hoekstra
Werkorganisatie Heuvelland-West
""",
    },
    {
        "id": "d81-suggestion-47", "kind": "suggestion", "themes": ["strategie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Oscar Timmermans <o.timmermans@maaskempen.nl>",
        "body": (
            "Beste Stan en Melanie,\n\n"
            "Mijn onderwerp ligt op het snijvlak van Strategie en Dienstverlening. Onze colleges hebben goede "
            "dienstverlening tot bestuurlijke topprioriteit voor deze periode benoemd, maar een visie voor de lange "
            "termijn ontbreekt: wat betekent goede dienstverlening in 2030 voor onze inwoners en ondernemers, en welke "
            "keuzes horen daarbij, bijvoorbeeld over digitaal, balies en huisbezoeken?\n\n"
            "Ik wil graag bespreken hoe collega's een dienstverleningsvisie ontwikkelen die het bestuur als koers "
            "vaststelt, en hoe die daarna doorwerkt aan de balie en aan de telefoon.\n\n"
            "Met vriendelijke groet,\n"
            "Oscar Timmermans\n"
            "algemeen directeur, Ambtelijke organisatie Maas & Kempen\n"
        ),
    },
    {
        "id": "d81-suggestion-48", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Maarten Bosman <m.bosman@peelrand.nl>",
        "body": (
            "Beste secretariaat,\n\n"
            "Een onderwerp dat zowel over Samenwerking als over Organisatie gaat: het harmoniseren van beleid en "
            "regels. Onze drie gemeenten hebben elk een eigen APV, eigen subsidieregels en eigen tarieven. Voor onze "
            "medewerkers betekent dat drie werkprocessen voor hetzelfde product en veel kans op fouten. Maar "
            "harmoniseren raakt aan de eigenheid van de gemeenten, en dat ligt bij de besturen gevoelig.\n\n"
            "Ik wil bespreken hoe je de gemeenten meekrijgt in harmonisatie, en hoe je intussen je processen zo "
            "inricht dat drie varianten werkbaar blijven.\n\n"
            "Groet,\n"
            "Maarten Bosman\n"
            "directeur Werkorganisatie Peelrand\n"
        ),
    },
    {
        "id": "d81-suggestion-49", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "sender": "Theo Mertens <t.mertens@peelrand.nl>",
        "body": """
Goedemorgen,

Onderwerp: de planning- en controlcyclus. Met de rechtmatigheidsverantwoording moet de interne beheersing op orde
zijn, en dat blijkt een flinke klus: verbijzonderde interne controle, procesbeschrijvingen, de samenwerking met de
accountant. Hoe hebben andere fusieorganisaties hun financiële functie daarop ingericht?

Vriendelijke groet,
Theo Mertens
concerncontroller, namens de directie van Werkorganisatie Peelrand
""",
    },
    {
        "id": "d81-suggestion-50", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ahmed El Amrani <a.elamrani@dedijkstreek.nl>",
        "body": """
Mijn onderwerp: één vast aanspreekpunt voor ondernemers bij de gemeente, in plaats van vijf loketten.

Met vriendelijke groet,
Ahmed El Amrani
Werkorganisatie De Dijkstreek
""",
    },
    {
        "id": "d81-suggestion-51", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Eveline Dekker <e.dekker@ijsselvliet.nl>",
        "body": """
Beste Melanie,

Door de krappere gemeentefinanciën moeten wij de komende jaren fundamentele keuzes maken. Niet alleen bezuinigen,
maar de vraag welke taken onze gemeenten over tien jaar nog zelf willen uitvoeren en waar we als organisatie voor
staan. Ik stel een kerntakendiscussie als onderwerp voor: hoe voer je die met het bestuur, hoe kijk je verder dan de
volgende begroting, en hoe kom je tot een richting voor de lange termijn?

Groet,
Eveline Dekker
algemeen directeur Werkorganisatie IJsselvliet
""",
    },
    {
        "id": "d81-suggestion-52", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Rik Janssen <rik.janssen@dedijkstreek.nl>",
        "body": """
Hallo Stan,

Een suggestie: samenwerken met de fusieorganisatie van de buren. Wij en de werkorganisatie naast ons zijn allebei te
klein voor specialisten zoals een privacy officer, een bodemdeskundige of een belastingjurist. Met de colleges van
beide kanten verkennen we nu of we zulke functies regionaal kunnen delen. Wat zijn de ervaringen met verbindingen
tussen werkorganisaties in één regio, en hoe regel je dat bestuurlijk tussen de gemeenten?

Groet,
Rik Janssen
directeur Werkorganisatie De Dijkstreek
""",
    },
    {
        "id": "d81-suggestion-53", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"],
        "thread": "call_for_themes", "subject": CALL,
        "sender": "Saskia Mol <s.mol@waterland-oost.nl>",
        "body": """
Beste Stan en Melanie,

Mijn antwoorden staan tussen uw tekst.

> Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;

Hier heb ik deze keer niets.

> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de regio;

Hoe houd je de kleinste partnergemeente betrokken als de grootste het meeste betaalt en ook het meeste wil?

> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, \
werkprocessen, financiën, I&A;
> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van prestaties.

Werken op afspraak aan de balie: efficiënt voor ons, maar inwoners die spontaan binnenlopen voelen zich weggestuurd.
Hoe gaan anderen daarmee om?

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

Met vriendelijke groet,
Saskia Mol
Werkorganisatie Waterland-Oost
""",
    },
    {
        "id": "d81-suggestion-54", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Carolien Aerts <c.aerts@brederode-zuid.nl>",
        "body": """
Goedemiddag,

Voorstel: begrijpelijke taal in al onze brieven, besluiten en op de website. Bij ons snapt een op de vier inwoners de
aanslag gemeentelijke belastingen niet, en dat zie je terug aan de telefoon. We herschrijven nu alle standaardbrieven
op B1-niveau. Hoe pakken anderen dat aan, en hoe meet je of inwoners er echt beter mee geholpen zijn?

Met vriendelijke groet,
Carolien Aerts
Werkorganisatie Brederode-Zuid
""",
    },
    {
        "id": "d81-suggestion-55", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Vincent Hermsen <v.hermsen@werkorganisatie-delinge.nl>",
        "body": """
Beste secretariaat,

Ik zou 'ruimte voor innovatie' willen agenderen. Wij hebben een klein innovatiebudget en een groep pioniers die
nieuwe manieren van werken uitprobeert, zoals robotisering van de crediteurenadministratie en een andere manier van
vergaderen. Het blijft bij losse experimenten. Hoe borgen anderen vernieuwing in de staande organisatie, en hoe maak
je er formatie en geld voor vrij?

Groet,
Vincent Hermsen
Werkorganisatie De Linge
""",
    },
    {
        "id": "d81-suggestion-56", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Marcel Dekkers <m.dekkers@veenhorst.nl>",
        "body": """
Beste Stan,

Suggestie: onze I&A-strategie. Het informatiebeleidsplan stamt nog van vóór de fusie en de ICT van de drie gemeenten
is nog altijd niet helemaal samengevoegd. Welke keuzes maken anderen over cloud, eigen beheer en uitbesteden, en hoe
richt je de I&A-functie in een fusieorganisatie in?

Groeten,
Marcel Dekkers
directeur I&A, Werkorganisatie Veenhorst
""",
    },
    {
        "id": "d81-suggestion-57", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Gonnie Scholten <g.scholten@peelrand.nl>",
        "body": """
Goedemorgen,

Een onderwerp: continuïteit in de koers bij bestuurlijke wisselingen. Na elke verkiezing komen er nieuwe wethouders
met nieuwe prioriteiten, en halverwege de periode wisselt er vaak nog een. Wat we net op de rails hebben, gaat dan
weer op de schop. Hoe houden anderen een consistente agenda voor de lange termijn vast over collegeperiodes heen,
zonder het primaat van de politiek uit het oog te verliezen?

Met vriendelijke groet,
Gonnie Scholten
Algemeen directeur Werkorganisatie Peelrand
""",
    },
    {
        "id": "d81-suggestion-58", "kind": "suggestion", "themes": ["strategie"],
        "thread": None, "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "sender": "Ronald Brink <r.brink@brederode-zuid.nl>",
        "body": """
Beste Melanie,

Graag agenderen wij: maatschappelijke trends vertalen naar een visie voor de lange termijn. Vergrijzing, krapte op de
arbeidsmarkt, klimaatverandering en digitalisering veranderen wat er van een gemeente wordt gevraagd. Wij hebben een
trendanalyse laten maken, maar de stap naar keuzes voor onze organisatie en onze inhoudelijke agenda blijkt groot.
Hoe maken anderen die stap?

Hartelijke groet,
Ronald Brink
directeur Werkorganisatie Brederode-Zuid
""",
    },
    {
        "id": "d81-suggestion-59", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Tamara Vink <t.vink@marendaal.nl>",
        "body": """
Goedemiddag,

Onderwerp: een persoonlijke 'Mijn gemeente'-omgeving waar inwoners en ondernemers hun aanvragen, aanslagen en
afspraken kunnen volgen. Wij twijfelen tussen het platform van onze huidige leverancier en een open-sourceoplossing
die andere gemeenten gebruiken. Belangrijker dan de techniek is voor ons de vraag wat inwoners er echt aan hebben.
Ervaringen zijn welkom!

Groet,
Tamara Vink
Werkorganisatie Marendaal
""",
    },
    {
        "id": "d81-suggestion-60", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": None, "quoted": "oproep_themas", "quote": "doorgestuurd",
        "sender": "Hans Wolters <h.wolters@werkorganisatie-rko.nl>",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """
Anja, dank je. Ik reageer zelf even rechtstreeks.

Beste Stan en Melanie,

Wat mij bezighoudt en wat ik graag in het atelier bespreek, is de toekomst van onze samenwerking. Bij ons gaan
steeds meer stemmen op om van de ambtelijke fusie een bestuurlijke fusie te maken, terwijl andere raadsleden juist
meer afstand willen. Ik wil met collega's verkennen welke scenario's er voor de lange termijn zijn, welke visie de
directie zelf op de toekomst van de organisatie moet hebben, en hoe je de deelnemende gemeenten in dat gesprek
meeneemt zonder partij te kiezen.

Met vriendelijke groet,
Hans Wolters
algemeen directeur werkorganisatie RKO
""",
    },
    # ------------------------------------------------------------------ rsvp
    {
        "id": "d81-rsvp-01", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Monique Hartman <m.hartman@helmvoort.nl>",
        "body": """
Geen onderwerp van mijn kant deze keer, maar op 11 maart ben ik er graag bij.

Groet,
Monique Hartman
""",
    },
    {
        "id": "d81-rsvp-02", "kind": "rsvp", "attending": False,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Jos Verhagen <jos.verhagen@kroonwaard.nl>",
        "body": """
Ik heb geen suggesties, en ik moet u ook teleurstellen voor 11 maart: die middag hebben wij een raadsvergadering.
Volgende keer beter!

Groet, Jos
""",
    },
    {
        "id": "d81-rsvp-03", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Petra Bongers <p.bongers@marendaal.nl>",
        "body": """
Ja, ik kom. Samenwerking en eigenheid is precies waar wij mee worstelen: vier gemeenten met elk een eigen cultuur en
één organisatie. Ik kijk ernaar uit.

Hartelijke groet,
Petra Bongers
""",
    },
    {
        "id": "d81-rsvp-04", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Eveline Dekker <e.dekker@ijsselvliet.nl>",
        "body": """
Helaas, ik kan niet op 11 maart. In mijn plaats komt mijn collega Femke Dijkstra, directeur sociaal domein
(f.dijkstra@ijsselvliet.nl).

Eveline

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d81-rsvp-05", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Gert-Jan Meijer <gj.meijer@heuvelland-west.nl>",
        "body": """
Ja, ik kom, met één collega: onze manager Strategie en Beleid.

Gert-Jan Meijer
""",
    },
    {
        "id": "d81-rsvp-06", "kind": "rsvp", "attending": False,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Remco Hoogland <r.hoogland@viermarken.nl>",
        "body": """
helaas, ik kan niet. Ziek thuis. Geef mijn plek maar aan iemand van de wachtlijst.

Remco
""",
    },
    {
        "id": "d81-rsvp-07", "kind": "rsvp", "attending": True,
        "thread": "invitation", "subject": INVITE,
        "sender": "Anouk Prins <a.prins@ijsselvliet.nl>",
        "body": """
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

Ja, ik kom.

> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.

Niet van toepassing, ik kom alleen.

Anouk Prins
""",
    },
    {
        "id": "d81-rsvp-08", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Wim Koopmans <w.koopmans@duinenpolder.nl>",
        "body": """
Beste Stan,

De onderwerpen laat ik graag aan anderen over, maar voor 11 maart kunt u op mij rekenen.

Met vriendelijke groet,
Wim Koopmans
""",
    },
    {
        "id": "d81-rsvp-09", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Frank Mulders <f.mulders@werkorganisatie-beekdal.nl>",
        "body": """
Geen nieuwe onderwerpen van mijn kant. De volgende keer ben ik er weer bij.

Frank
""",
    },
    {
        "id": "d81-rsvp-10", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Dennis Koster <d.koster@kroonwaard.nl>",
        "body": """
Ik kom toch niet, u mag mij van de wachtlijst halen.

Groet,
Dennis Koster
""",
    },
    {
        "id": "d81-rsvp-11", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "sender": "Tjeerd Kooistra <t.kooistra@oostergo-gemeenten.nl>",
        "body": """
Op 18 maart kan ik helaas niet, dan zit ik de hele dag bij de provincie. Jammer!

Tjeerd
""",
    },
    {
        "id": "d81-rsvp-12", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "sender": "Marieke de Vries <m.devries@bbr.nl>",
        "body": """
Ja hoor, ik neem de plaats van Dirk graag in en kom op 11 maart.

Met vriendelijke groet,
Marieke de Vries
""",
    },
    {
        "id": "d81-rsvp-13", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Secretariaat directie <secretariaat.directie@lingegouw.nl>",
        "body": """
Goedemiddag,

Namens de heer Dijkhuizen laat ik u weten dat hij graag aanwezig is op 11 maart.

Met vriendelijke groet,
Joke Willems
managementassistent directie Werkorganisatie Lingegouw
""",
    },
    {
        "id": "d81-rsvp-14", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Gerard Loman <g.loman@oostergo-gemeenten.nl>",
        "body": """
nee, helaas. Die week behandelt de raad de kadernota. Ik hoop er bij het volgende atelier wel bij te zijn.

m.vr.gr.
Gerard Loman
""",
    },
    {
        "id": "d81-rsvp-15", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Karin Smit <k.smit@duinenpolder.nl>",
        "body": """
Beste Melanie,

Vorige week meldde ik me af, maar mijn afspraak is verzet. Ik kom dus toch!

Groet,
Karin
""",
    },
    # ------------------------------------------------------------------ other
    {
        "id": "d81-other-01", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Tjeerd Kooistra <t.kooistra@oostergo-gemeenten.nl>",
        "body": """
Beste Stan,

Geen onderwerp, wel een verzoek. Voor ons in het noorden is Utrecht al gauw drie uur reizen heen en terug. Zou het
atelier voortaan ook volledig online kunnen, of in elk geval hybride met goede camera's en microfoons in de zaal?

Groet,
Tjeerd
""",
    },
    {
        "id": "d81-other-02", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Petra Bongers <p.bongers@marendaal.nl>",
        "body": """
Hallo Melanie,

Donderdag is voor veel van ons een lastige dag: dan vergaderen colleges en raden. Wilt u voor de volgende ateliers
eens een andere dag overwegen, bijvoorbeeld de vrijdagochtend?

Groet,
Petra
""",
    },
    {
        "id": "d81-other-03", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Marco Verbeek <marco.verbeek@noorderzand.nl>",
        "body": """
Beste Stan en Melanie,

Eén middag is eigenlijk te kort om echt de diepte in te gaan. Mijn voorstel: maak er de volgende keer een hele dag
van, met een lunch erbij, of zelfs een tweedaagse met een overnachting. Dan is er ook tijd voor het informele deel.

Groeten,
Marco
""",
    },
    {
        "id": "d81-other-04", "kind": "other",
        "subject": "Locatie voor een volgend atelier",
        "sender": "Ellen Brouwer <e.brouwer@veenhorst.nl>",
        "body": """
Beste secretariaat,

Ons nieuwe gemeentehuis in Veenhorst is sinds januari in gebruik. We hebben een mooie raadszaal voor zo'n veertig
personen, met goede techniek en parkeerruimte. Wij ontvangen het netwerk graag eens voor een van de volgende
ateliers. Laat maar weten of daar belangstelling voor is.

Met vriendelijke groet,
Ellen Brouwer
algemeen directeur Werkorganisatie Veenhorst
""",
    },
    {
        "id": "d81-other-05", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes",
        "sender": "Ineke Schuurman <i.schuurman@schelde-oost.nl>",
        "body": """
Goedemiddag,

Een tip voor de opzet: minder presentaties vooraan in de zaal, meer intervisie in kleine groepen rond casussen die
deelnemers zelf meebrengen. De gesprekken aan de tafels waren afgelopen keer het waardevolst.

Vriendelijke groet,
Ineke Schuurman
""",
    },
    {
        "id": "d81-other-06", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Sabine Verhoef <s.verhoef@lingegouw.nl>",
        "body": """
Beste Stan,

Wat bedoelt u precies met 'sturingsconcept' onder Organisatie? Ik wil mijn onderwerp onder het juiste thema
indienen en twijfel nog.

Groet,
Sabine Verhoef
""",
    },
    {
        "id": "d81-other-07", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "sender": "Pieter Brandsma <p.brandsma@oostergo-gemeenten.nl>",
        "body": """
Hoi Melanie,

Wat ik wil inbrengen past eigenlijk in geen van de vier thema's. Mag ik het toch insturen, of moet een onderwerp
altijd onder een thema vallen?

Pieter

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d81-other-08", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Mark de Wit <mark.dewit@zuidwold-hesselt.nl>",
        "body": """
Beste Stan,

Ik leg de oproep eerst voor aan ons MT, en dat vergadert pas op 25 januari. Is het goed als ik onze onderwerpen dan
een paar dagen na de deadline instuur?

Groet,
Mark de Wit
""",
    },
    {
        "id": "d81-other-09", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Nicole Hazelaar <n.hazelaar@waterland-oost.nl>",
        "body": """
Beste Stan en Melanie,

Dank voor een inspirerende middag. Vooral het verhaal van de collega uit het oosten over de vier colleges die samen
één begroting maken is blijven hangen. Het verslag heb ik doorgestuurd naar ons MT.

Hartelijke groet,
Nicole
""",
    },
    {
        "id": "d81-other-10", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Harm Veenstra <harm.veenstra@gmail.com>",
        "body": """
Beste Melanie,

Eerlijk gezegd vond ik de groep dit keer te groot, en wie online meedeed was nauwelijks te verstaan. Het onderwerp
was goed gekozen, maar ik ben met minder naar huis gegaan dan de vorige keer. Ik geef het maar even mee.

Groet,
Harm Veenstra
""",
    },
    {
        "id": "d81-other-11", "kind": "other",
        "subject": "Presentatie zaakgericht werken voor uw netwerk",
        "sender": "Jasper Molenaar <jasper.molenaar@zaakflow-software.nl>",
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

ZaakFlow ondersteunt inmiddels ruim twintig gemeenten bij het digitaliseren van hun werkprocessen en het samenvoegen
van zaaksystemen na een fusie. Graag verzorgen wij tijdens een van uw ateliers een presentatie van een half uur over
onze aanpak, met een praktijkvoorbeeld van een werkorganisatie van drie gemeenten. Kosteloos uiteraard.

Zullen we binnenkort even bellen?

Met vriendelijke groet,
Jasper Molenaar
Accountmanager Overheid, ZaakFlow B.V.
06 - 41 87 22 03
""",
    },
    {
        "id": "d81-other-12", "kind": "other",
        "subject": "Workshop 'Sturen in de gemeenschappelijke regeling'",
        "sender": "Dr. Annelies Kemper <a.kemper@kemperbestuursadvies.nl>",
        "body": """
Beste Stan en Melanie,

Als bestuurskundige begeleid ik al jaren gemeenten die ambtelijk samenwerken. Ik heb een interactieve workshop
ontwikkeld over de verhouding tussen de deelnemende gemeenten, de strategische agenda van de samenwerking en de
positie in de regio. Die zou goed passen bij uw thema's Strategie en Samenwerking. Ik verzorg hem graag tijdens een
volgend atelier; de voorwaarden stuur ik u op verzoek toe.

Met vriendelijke groet,
dr. Annelies Kemper
Kemper Bestuursadvies
""",
    },
    {
        "id": "d81-other-13", "kind": "other",
        "subject": "Onderzoek naar ambtelijke fusieorganisaties",
        "sender": "Lars de Jong <l.dejong@student.uva.nl>",
        "body": """
Geacht secretariaat,

Voor mijn masterscriptie bestuurskunde onderzoek ik hoe directeuren van ambtelijke fusieorganisaties sturen op
dienstverlening en samenwerking. Zou ik een korte vragenlijst onder de leden van uw netwerk mogen verspreiden? Ik
presenteer de uitkomsten ook graag tijdens een atelier.

Met vriendelijke groet,
Lars de Jong
Universiteit van Amsterdam
""",
    },
    {
        "id": "d81-other-14", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Carolien Aerts <c.aerts@brederode-zuid.nl>",
        "body": """
Goedemorgen,

De link naar het verslag geeft bij mij een foutmelding. Kunt u het verslag als bijlage sturen? Ik zou ook graag de
sheets ontvangen van de presentatie over het dienstverleningsconcept.

Alvast dank,
Carolien Aerts
""",
    },
    {
        "id": "d81-other-15", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Oscar Timmermans <o.timmermans@maaskempen.nl>",
        "body": """
Beste Melanie,

Mag mijn beleidsadviseur strategie ook onderwerpen inbrengen en de mails van het netwerk ontvangen? Zij is geen
directeur, maar bereidt dit soort gesprekken voor mij voor.

Groet,
Oscar
""",
    },
    {
        "id": "d81-other-16", "kind": "other",
        "subject": "Belangstelling voor de Adviesraad",
        "sender": "Gonnie Scholten <g.scholten@peelrand.nl>",
        "body": """
Beste Stan en Melanie,

In de oproep las ik dat de Adviesraad de suggesties weegt en over het programma adviseert. Ik wil daar graag een
bijdrage aan leveren. Ik ben zes jaar directeur van een werkorganisatie van drie gemeenten en heb veel ervaring met
organisatieontwikkeling en dienstverlening. Is er plaats in de Adviesraad, en hoe gaat de selectie?

Met vriendelijke groet,
Gonnie Scholten
""",
    },
    {
        "id": "d81-other-17", "kind": "other",
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "gmail",
        "sender": "Bart Vos <b.vos@werkorganisatie-aro.nl>",
        "body": """
Dank voor de snelle bevestiging. Benieuwd welke onderwerpen het worden!

Bart
""",
    },
    {
        "id": "d81-other-18", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Lotte Hermans <lotte.hermans@helmvoort.nl>",
        "body": """
Beste Stan,

Het thema van 11 maart is Samenwerking. Komt Dienstverlening dit jaar ook nog aan bod? Daar hangt van af wie van ons
MT met mij meegaat.

Groet,
Lotte
""",
    },
    {
        "id": "d81-other-19", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Rik Janssen <rik.janssen@dedijkstreek.nl>",
        "body": """
Idee: een besloten online omgeving waar we tussen de ateliers door stukken en vragen met elkaar delen. Nu is het
contact na afloop meteen weer weg.

Rik

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d81-other-20", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Hugo Claassen <h.claassen@marendaal.nl>",
        "body": """
Beste secretariaat,

Ik heb nog geen onderwerp paraat, maar denk erover na. Volgende week hoort u van mij.

Met vriendelijke groet,
Hugo Claassen
""",
    },
]
# fmt: on
