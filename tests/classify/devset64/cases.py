"""devset64: replies to the call for themes (``oproep_themas``) and to the follow-up after an atelier
(``vervolg_atelier``), both thread ``call_for_themes``.

Focus: replies that are NOT only a topic but use theme-like words (strategie, samenwerking, organisatie,
dienstverlening, digitalisering, regio, gemeenten, formatie, reorganisatie ...) in passing: declines that explain
why, leaving the network after a merger or for a new job, hand-overs, AVG erasure, RSVPs yes/no, feedback on the
form of the ateliers, questions, thanks, address changes and out-of-office replies. For contrast about thirty real
topic proposals (brief and long, some beside a yes or no about coming) with their exact themes.

Conventions relied on (the secretariat's view):
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- Signing up someone else, applying for the Adviesraad, a supplier's pitch, a question who may join: `other`.
- Themes: the theme(s) of what the writer proposes, not of words used in passing; two only where the topic (or two
  listed topics) clearly span both.
- A forward (the director answers above a mail forwarded by the secretariat) has no thread; so has a mail from a
  client that dropped the reply headers.
"""

from __future__ import annotations

from typing import Any

CFT = "call_for_themes"
OPROEP = "oproep_themas"
VERVOLG = "vervolg_atelier"
AUTO = {"Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ suggestions (real topic proposals)
    {
        "id": "d64-sugg-01", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Jeroen Wagenaar <j.wagenaar@werkorganisatie-bav.nl>",
        "body": """Digitalisering van werkprocessen: hoe krijgen we vier zaaksystemen terug naar één?

Jeroen""",
    },
    {
        "id": "d64-sugg-02", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Annemiek Hooghiemstra <a.hooghiemstra@dienstdommelvallei.nl>",
        "body": """Beste Stan en Melanie,

Graag agendeer ik de positie van onze werkorganisatie in de regio. De regiodeal, de veiligheidsregio, de GGD en
de arbeidsmarktregio hebben allemaal hun eigen tafels en onze drie gemeenten zitten daar steeds apart aan. Hoe
zorgen andere fusieorganisaties dat ze in de regio met één stem spreken?

Met vriendelijke groet,
Annemiek Hooghiemstra
Algemeen directeur""",
    },
    {
        "id": "d64-sugg-03", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "drs. W.P. (Wouter) Baljon <w.baljon@buch.nl>",
        "body": """Geachte heer Van de Laar, beste Stan,

Dank voor de oproep. Het afgelopen jaar stond bij ons vooral in het teken van de reorganisatie: een nieuwe
organisatiestructuur, een herijkte formatie en een andere samenwerking tussen de clusters. Dat is grotendeels
achter de rug. Wat nu bovenaan mijn lijstje staat, is iets anders.

Ik zou graag met collega's spreken over het monitoren van de prestaties van onze dienstverlening aan inwoners en
ondernemers. Wij hebben dashboards met afhandeltermijnen, klanttevredenheid en telefonische bereikbaarheid, maar de
vier colleges lezen die cijfers elk op hun eigen manier. Welke indicatoren gebruiken anderen, hoe vaak rapporteren
zij, en wat doen ze als een gemeente structureel onder de norm zit?

Als het helpt, wil ik onze ervaringen met het dashboard kort toelichten.

Met vriendelijke groet,

drs. W.P. Baljon
directeur bedrijfsvoering en dienstverlening
Werkorganisatie BUCH

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht
de inhoud niet te gebruiken en de afzender direct te informeren.""",
    },
    {
        "id": "d64-sugg-04", "kind": "suggestion", "themes": ["strategie"],
        "thread": CFT, "quoted": OPROEP, "quote": "apple",
        "sender": "Lotte Brinkman <lotte.brinkman@hltsamen.nl>",
        "body": """Ik kom graag op 11 maart!

Mijn onderwerp: hoe maak je een langetermijnvisie voor de werkorganisatie die verder kijkt dan één raadsperiode?

Groet, Lotte

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d64-sugg-05", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Karel Timmermans <k.timmermans@werkorganisatie-cgm.nl>",
        "body": """Hallo Melanie,

Op 11 maart ben ik er helaas niet bij, dan zit ik met het gezin in Oostenrijk. Een onderwerp wil ik wel meegeven:
de krapte op de arbeidsmarkt. Hoe binden en boeien jullie jong talent, en wat doen jullie met het strategisch
personeelsplan als de vacatures niet meer te vullen zijn?

Groeten,
Karel""",
    },
    {
        "id": "d64-sugg-06", "kind": "suggestion", "themes": ["strategie", "dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "M. El Idrissi <m.elidrissi@servicepunt-lingewaal.nl>",
        "body": """Twee onderwerpen, zoals gevraagd één per regel:
- bestuurlijke prioriteiten stellen na de gemeenteraadsverkiezingen
- één digitaal loket voor ondernemers

Mohamed El Idrissi""",
    },
    {
        "id": "d64-sugg-07", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-nl",
        "sender": "Gerda Nijhuis <g.nijhuis@dinkelland-tubbergen.nl>",
        "body": """Beste Stan,

Dank voor de mooie middag en het verslag. Voor de volgende keer heb ik een lastige: hoe ga je om met een gemeente
die uit de samenwerking wil stappen? Bij ons speelt dat nu, en ik hoor graag hoe anderen dat hebben gedaan.

Hartelijke groet,
Gerda Nijhuis""",
    },
    {
        "id": "d64-sugg-08", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "apple",
        "sender": "Pieter Oosting <pieteroosting@gmail.com>",
        "body": """Hoi Melanie,

Informatieveiligheid, en de I&A-kosten die maar blijven stijgen.

Pieter

Verzonden vanaf mijn iPad""",
    },
    {
        "id": "d64-sugg-09", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "groupwise",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Hanneke Zwart <HZwart@odewerkorganisatie.nl>",
        "body": """Onderwerp voor het atelier: klanttevredenheid meten bij de gemeentewinkels. Welke KPI's gebruiken
jullie en wat doe je ermee?

H. Zwart""",
    },
    {
        "id": "d64-sugg-10", "kind": "suggestion", "themes": ["organisatie", "samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "notes",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Bert-Jan Kok <bertjan.kok@werkorganisatie-druten-wijchen.nl>",
        "body": """Beste secretariaat,

Mijn onderwerp heeft twee kanten. Intern: ons sturingsconcept, met opdrachtgever- en opdrachtnemerschap, dat in de
praktijk niet werkt zoals bedoeld. Extern: de verhouding tussen de deelnemende gemeenten onderling, die elk een
eigen lijntje naar de werkorganisatie willen houden. Die twee hangen voor mij sterk samen; ik zou ze graag samen
bespreken.

Met vriendelijke groet,
B.J. Kok
directeur""",
    },
    {
        "id": "d64-sugg-11", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Sandra Veldkamp <s.veldkamp@werkorganisatie-duivenvoorde.nl>",
        "body": """Goedemorgen,

Een onderwerp: wij experimenteren met een chatbot die vragen van inwoners op de website beantwoordt. Ik ben
benieuwd of anderen daar ervaring mee hebben, en hoe inwoners het waarderen.

Vriendelijke groet,
Sandra Veldkamp

Werkorganisatie Duivenvoorde | Postbus 1 | 2250 AA Voorschoten""",
    },
    {
        "id": "d64-sugg-12", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "ongemarkeerd",
        "sender": "Frank Hermsen <f.hermsen@geldersemolenwaard.nl>",
        "body": """Financiën! De meerjarenbegroting van onze werkorganisatie staat onder druk en iedere gemeente wil
besparen. Hoe maken jullie de begroting sluitend zonder de uitvoering kapot te bezuinigen?

Frank Hermsen""",
    },
    {
        "id": "d64-sugg-13", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT,
        "sender": "Yvonne de Graaf <y.degraaf@werkorganisatie-heusden-altena.nl>",
        "body": """> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met
> collega's bespreken? Denk aan:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;
> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de
> regio;

Ja, dit! Specifiek: hoe pak je gezamenlijke opgaven als de energietransitie en de woningbouw op met drie
gemeenten die elk hun eigen ambities hebben?

> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;
> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van
> prestaties.

Yvonne""",
    },
    {
        "id": "d64-sugg-14", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT,
        "sender": "Rob Scheepers <rob.scheepers@gemeente-maasgouw.nl>",
        "body": """Hoi Stan,

Hieronder mijn inbreng.

> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;

Niets, dat loopt bij ons goed.

> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de
> regio;

Ook niet.

> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;

Dit hebben we vorig jaar gedaan.

> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van
> prestaties.

Hier wel: hoe rapporteren anderen aan de raden over de prestaties van de dienstverlening? Onze raden willen elk
kwartaal cijfers en wij weten niet goed welke.

Rob""",
    },
    {
        "id": "d64-sugg-15", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Ingrid Lammers <i.lammers@werkorganisatie-vijfheerenlanden.nl>",
        "body": """Beste Stan, beste Melanie,

Wij zijn net klaar met onze reorganisatie: de formatie staat, de nieuwe teams zijn gevormd en de samenwerking met
de OR was goed. Toch merk ik dat veel medewerkers nog niet 'aangehaakt' zijn. Mijn onderwerp voor het atelier is
dan ook: cultuur en leiderschap na een reorganisatie. Hoe krijg je mensen weer mee, en wat vraagt dat van het
management?

Ik ben er op 11 maart bij.

Groet,
Ingrid Lammers""",
    },
    {
        "id": "d64-sugg-16", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "T. Pranger <t.pranger@noordoostpolder-urk.nl>",
        "body": """Thema: dienstverlening.
Onderwerp: wachttijden bij burgerzaken terugdringen.""",
    },
    {
        "id": "d64-sugg-17", "kind": "suggestion", "themes": ["strategie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Marjolein Steenbergen <m.steenbergen@deltawerkorganisatie.nl>",
        "body": """Goedemiddag,

Voor het thema Strategie: hoe vertaal je de ambities uit drie coalitieakkoorden naar één meerjarige inhoudelijke
agenda voor de werkorganisatie, met keuzes die ook overeind blijven als het tegenzit?

Met vriendelijke groet,

Marjolein Steenbergen
Directeur | Deltawerkorganisatie
T 0113 - 24 99 00""",
    },
    {
        "id": "d64-sugg-18", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": VERVOLG, "quote": "gmail",
        "sender": "Erwin Pauwels <erwin.pauwels@peelgemeenten.nl>",
        "body": """Dag Stan en Melanie,

Ik was er graag bij; de samenwerking aan de tafels was prettig en open. Een idee voor de volgende keer: hybride
werken en wat dat betekent voor onze kantoren. Wij hebben drie gemeentehuizen die voor de helft leegstaan.

Groet,
Erwin""",
    },
    {
        "id": "d64-sugg-19", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Jolanda Kuipers <j.kuipers@werkorganisatie-hof-van-twente.nl>",
        "body": """Beste mensen,

1. Onze positie in de regio ten opzichte van de centrumgemeente, die steeds vaker de agenda bepaalt.
2. De samenwerking met de omgevingsdienst en de veiligheidsregio: wie zit waar aan tafel namens wie?

Groet, Jolanda Kuipers""",
    },
    {
        "id": "d64-sugg-20", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Hans Vermeulen <hans.vermeulen@werkorganisatie-bbr.nl>",
        "body": """Beste Melanie,

Door onze reorganisatie kan ik er op 11 maart helaas niet bij zijn; die week starten de nieuwe afdelingen. Een
onderwerp wil ik wel aandragen: de toegankelijkheid van de digitale dienstverlening voor ouderen en laaggeletterde
inwoners. Alles gaat online, maar een deel van onze inwoners haakt af.

Met vriendelijke groet,
Hans Vermeulen""",
    },
    {
        "id": "d64-sugg-21", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "notes-wrote",
        "sender": "mr. C.A.M. van Dongen <c.vandongen@werkorganisatie-ssc-drechtsteden.nl>",
        "body": """Geachte heer Van de Laar,

In antwoord op uw oproep stel ik voor het thema Organisatie te agenderen, in het bijzonder de vraag hoe wij onze
I&A-voorziening toekomstbestendig maken. Onze applicaties draaien nog deels in een eigen rekencentrum, de
leveranciers dringen aan op de overstap naar de cloud en tegelijk neemt het aantal applicaties per taakveld toe.
Ik ben benieuwd of collega-directeuren een helder applicatielandschap hebben weten te realiseren en welke keuzes
daarbij doorslaggevend waren.

Hoogachtend,

mr. C.A.M. van Dongen
directeur bedrijfsvoering""",
    },
    {
        "id": "d64-sugg-22", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Linda Schouten <l.schouten@werkorganisatie-molenlanden.nl>",
        "body": """Graag: de informatiehuishouding op orde krijgen nu de Wet open overheid eisen stelt aan
archivering en openbaarmaking. Wij lopen echt achter.

Linda Schouten""",
    },
    {
        "id": "d64-sugg-23", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": VERVOLG, "quote": "apple",
        "sender": "Ruud Bosma <ruudbosma@outlook.com>",
        "body": """Beste Stan,

Mooi atelier. Wat mij betreft volgt er een tweede deel over de couleur locale: hoe behoud je de eigenheid van de
kleine gemeenten in een samenwerking waarin de grootste gemeente de toon zet?

Ruud Bosma""",
    },
    {
        "id": "d64-sugg-24", "kind": "suggestion", "themes": ["strategie", "organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Arjen Mulder <a.mulder@ambtelijke-organisatie-ooststellingwerf.nl>",
        "body": """Hallo,

- Visie 2035: waar staat de werkorganisatie over tien jaar?
- Formatie en het strategisch personeelsplan

Arjen""",
    },
    {
        "id": "d64-sugg-25", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": CFT, "quoted": OPROEP, "quote": "doorgestuurd",
        "subject": "RE: FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Michiel Dekker <m.dekker@werkorganisatie-land-van-cuijk.nl>",
        "body": """Beste Stan,

Mijn secretariaat stuurde mij jullie oproep door. Ons college is erg betrokken bij de samenwerking met het lokale
bedrijfsleven, en daar komt mijn onderwerp vandaan: één vast aanspreekpunt voor ondernemers in plaats van vijf
loketten. Hoe hebben anderen dat ingericht?

Groet,
Michiel Dekker""",
    },
    {
        "id": "d64-sugg-26", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Esther Kramer <e.kramer@werkorganisatie-twenterand.nl>",
        "body": """Beste Melanie,

Een onderwerp dat bij ons steeds terugkomt: de raden van de deelnemende gemeenten voelen zich op afstand van de
werkorganisatie staan. Hoe betrekken anderen de gemeenteraden bij de samenwerking, zonder dat elke raad zijn
eigen werkorganisatie wil?

Vriendelijke groet,
Esther Kramer""",
    },
    {
        "id": "d64-sugg-27", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "groupwise",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "P. van Rijswijk <p.vanrijswijk@sed-organisatie.nl>",
        "body": """robotisering (RPA) in de backoffice, bv. bij belastingen en vergunningen. wie heeft er ervaring mee?

PvR""",
    },
    {
        "id": "d64-sugg-28", "kind": "suggestion", "themes": ["strategie"],
        "thread": CFT, "quoted": OPROEP, "quote": "notes",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Wim de Boer <w.deboer@werkorganisatie-fryslan-east.nl>",
        "body": """Beste Stan,

Mijn vraag voor het atelier: hoe help je de besturen bij het stellen van bestuurlijke prioriteiten als het geld
op is? Welke ambities schrappen we, en wie durft dat als eerste te zeggen?

Ik kan op 11 maart helaas niet komen, maar hoor graag wat eruit komt.

Wim de Boer""",
    },
    {
        "id": "d64-sugg-29", "kind": "suggestion", "themes": ["dienstverlening"],
        "quoted": OPROEP, "quote": "ongemarkeerd",
        "sender": "Naima Aydin <naima.aydin@werkorganisatie-de-wolden-hoogeveen.nl>",
        "body": """Goedemorgen,

Mijn onderwerp: dienstverlening in de wijk. Wij willen met wijkteams en spreekuren dichter bij de inwoners
komen. Wie heeft daar ervaring mee en wat levert het op?

Naima Aydin""",
    },
    {
        "id": "d64-sugg-30", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-nl",
        "sender": "Theo Vos <t.vos@werkorganisatie-oldambt-pekela.nl>",
        "body": """Beste Stan en Melanie,

Hartelijk dank voor het atelier van 11 maart. Het gesprek aan onze tafel gaf me veel stof tot nadenken; ik heb de
inzichten intussen met mijn MT gedeeld en het verslag doorgestuurd aan onze concerncontroller.

Eén vraag bleef voor mij liggen en die zou ik de volgende keer graag verder uitdiepen. Hoe ga je als directeur om
met drie burgemeesters die elk iets anders van de werkorganisatie verwachten, en die dat ook niet van elkaar weten?
In de middag werd het kort aangestipt, maar we kwamen niet verder dan 'goed het gesprek voeren'. Ik zou het
waarderen als we daar met collega's concreet op ingaan: welke overleggen, welke afspraken, welke rol voor de
portefeuillehouders.

Met vriendelijke groet,

Theo Vos
algemeen directeur

Aan deze e-mail kunnen geen rechten worden ontleend.""",
    },
    {
        "id": "d64-sugg-31", "kind": "suggestion", "themes": ["organisatie"],
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Joost Hendriks <joost.hendriks@werkorganisatie-aa-en-hunze.nl>",
        "body": """Wat mij betreft: formatie en werkdruk.

Joost""",
    },
    {
        "id": "d64-sugg-32", "kind": "suggestion", "themes": ["samenwerking"],
        "quoted": OPROEP, "quote": "doorgestuurd",
        "subject": "RE: FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Marleen de Jong <m.dejong@werkorganisatie-woerden-oudewater.nl>",
        "body": """Beste Melanie,

Via mijn secretariaat kreeg ik deze oproep. Mijn onderwerp: de regionale samenwerking in het sociaal domein,
vooral de gezamenlijke inkoop van jeugdzorg met de andere gemeenten in de regio. Wie trekt, wie betaalt?

Groet,
Marleen""",
    },
    # ------------------------------------------------------------------ rsvps
    {
        "id": "d64-rsvp-01", "kind": "rsvp", "attending": True,
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Dirk-Jan Smeets <dirkjan.smeets@werkorganisatie-beekdaelen.nl>",
        "body": """Ik kom graag op 11 maart.

Dirk-Jan""",
    },
    {
        "id": "d64-rsvp-02", "kind": "rsvp", "attending": False,
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Anouk Verbeek <a.verbeek@werkorganisatie-spaarnelanden.nl>",
        "body": """Beste Stan,

Door de reorganisatie van onze afdeling bedrijfsvoering kan ik op 11 maart niet. Lid blijf ik uiteraard; de
volgende keer ben ik er graag weer bij.

Met vriendelijke groet,
Anouk Verbeek""",
    },
    {
        "id": "d64-rsvp-03", "kind": "rsvp", "attending": False,
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "G.H. Roelofs <g.roelofs@werkorganisatie-berkelland.nl>",
        "body": """Helaas, op 11 maart is er een regiobijeenkomst van alle gemeenten in de Achterhoek. Ik kan dus niet.

G.H. Roelofs""",
    },
    {
        "id": "d64-rsvp-04", "kind": "rsvp", "attending": True,
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Saskia Meijer <s.meijer@werkorganisatie-kempengemeenten.nl>",
        "body": """Hoi Melanie,

Ja, ik ben erbij, samen met mijn collega van dienstverlening. We komen dus met z'n tweeën.

Saskia""",
    },
    {
        "id": "d64-rsvp-05", "kind": "rsvp", "attending": True,
        "thread": CFT,
        "sender": "Koen Lambrechts <k.lambrechts@werkorganisatie-voorne.nl>",
        "body": """> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;
> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de
> regio;
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;
> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van
> prestaties.

Geen onderwerpen van mijn kant, ik laat me verrassen. Maar ik kom wel!

Koen""",
    },
    {
        "id": "d64-rsvp-06", "kind": "rsvp", "attending": False,
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Bianca Hoogland <b.hoogland@werkorganisatie-altena.nl>",
        "body": """Beste Stan,

Op 11 maart zit ik de hele middag in de stuurgroep digitalisering, dus ik kan zelf niet. Mijn collega Henk de Wit
(h.dewit@werkorganisatie-altena.nl), concernmanager, gaat in mijn plaats.

Groet,
Bianca Hoogland""",
    },
    {
        "id": "d64-rsvp-07", "kind": "rsvp", "attending": False,
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-nl",
        "sender": "Paul Vermaat <p.vermaat@werkorganisatie-westland-midden.nl>",
        "body": """Beste Melanie,

Dank voor het verslag. Voor het volgende atelier moet ik nu al afzeggen: in september start ons traject
organisatieontwikkeling en dan is mijn agenda tot de kerst vol. In het voorjaar ben ik er weer bij.

Paul""",
    },
    {
        "id": "d64-rsvp-08", "kind": "rsvp", "attending": True,
        "thread": CFT, "quoted": OPROEP, "quote": "notes",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Harm Wiersma <h.wiersma@werkorganisatie-sudwest.nl>",
        "body": """Geen thema's, wel aanwezig.

H. Wiersma""",
    },
    {
        "id": "d64-rsvp-09", "kind": "rsvp", "attending": False,
        "thread": CFT, "quoted": OPROEP, "quote": "apple",
        "sender": "Femke Jacobs <femke.jacobs@werkorganisatie-neder-betuwe.nl>",
        "body": """Beste Stan,

Onze strategiesessie met de drie colleges valt precies op 11 maart. Ik moet dus helaas verstek laten gaan.

Hartelijke groet,
Femke

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d64-rsvp-10", "kind": "rsvp", "attending": True,
        "thread": CFT, "quoted": OPROEP, "quote": "apple",
        "sender": "Okke Visser <okke.visser@werkorganisatie-waadhoeke.nl>",
        "body": """Ik kom!

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d64-rsvp-11", "kind": "rsvp", "attending": False,
        "thread": CFT, "quoted": OPROEP, "quote": "groupwise",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Ton Gerritsen <TGerritsen@werkorganisatie-montferland.nl>",
        "body": """Vanwege de formatiebesprekingen voor de begroting 2028 ben ik op 11 maart niet beschikbaar.
Een volgende keer graag weer.

Ton Gerritsen""",
    },
    {
        "id": "d64-rsvp-12", "kind": "rsvp", "attending": True,
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Willemijn Prins <w.prins@werkorganisatie-krimpenerwaard.nl>",
        "body": """Beste Melanie,

Vorige week schreef ik dat ik niet kon, maar het overleg over de samenwerkingsagenda met de gemeenten is verzet.
Ik kom dus toch op 11 maart.

Groet,
Willemijn""",
    },
    {
        "id": "d64-rsvp-13", "kind": "rsvp", "attending": False,
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Stefan Bakker <s.bakker@werkorganisatie-lochem-zutphen.nl>",
        "body": """Beste Stan,

Ik had ja gezegd, maar onze directeur dienstverlening is langdurig ziek en ik neem zijn taken waar. Op 11 maart
lukt het me daardoor toch niet.

Stefan""",
    },
    {
        "id": "d64-rsvp-14", "kind": "rsvp", "attending": True,
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Judith van Leeuwen <j.vanleeuwen@werkorganisatie-zuidplas-waddinxveen.nl>",
        "body": """Goedemiddag,

Hierbij meld ik me aan voor het atelier van 11 maart. Onderwerpen heb ik niet: onze organisatie is net gefuseerd
en we zijn nog aan het landen.

Met vriendelijke groet,
Judith van Leeuwen""",
    },
    {
        "id": "d64-rsvp-15", "kind": "rsvp", "attending": False,
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Mark Huisman <mark.huisman@werkorganisatie-nijkerk-barneveld.nl>",
        "body": """Afmelden voor 11 maart graag, die middag heb ik het regio-overleg. Verder blijf ik graag op de lijst
van het netwerk.

Mark""",
    },
    {
        "id": "d64-rsvp-16", "kind": "rsvp", "attending": True,
        "thread": CFT, "quoted": OPROEP, "quote": "ongemarkeerd",
        "sender": "Ria Smulders <r.smulders@werkorganisatie-gemert-laarbeek.nl>",
        "body": """Ja, ik ben erbij.

Groet, Ria""",
    },
    {
        "id": "d64-rsvp-17", "kind": "rsvp", "attending": False,
        "thread": CFT, "quote": "none",
        "sender": "Jan Brouwer <j.brouwer@werkorganisatie-tholen.nl>",
        "body": """Ik kan helaas niet op 11 maart.""",
    },
    {
        "id": "d64-rsvp-18", "kind": "rsvp", "attending": True,
        "thread": CFT, "quoted": VERVOLG, "quote": "apple",
        "sender": "Sophie Claessens <sophie.claessens@werkorganisatie-heuvelland.nl>",
        "body": """Reken voor het volgende atelier alvast op mij.

Sophie""",
    },
    # ------------------------------------------------------------------ unsubscribes (leave, hand-over, erasure)
    {
        "id": "d64-unsub-01", "kind": "unsubscribe",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Rutger Evers <r.evers@werkorganisatie-zaanstreek.nl>",
        "body": """Beste Stan,

Per 1 april begin ik als gemeentesecretaris in Alkmaar; de werkorganisatie laat ik dan achter me. Wilt u mij uit
het netwerk uitschrijven? Onderwerpen voor het atelier heb ik dus ook niet meer.

Dank voor alles,
Rutger Evers""",
    },
    {
        "id": "d64-unsub-02", "kind": "unsubscribe",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Corine Westra <c.westra@werkorganisatie-smallingerland.nl>",
        "body": """Beste Melanie,

Onze twee gemeenten fuseren per 1 januari 2028 tot één gemeente; de gezamenlijke werkorganisatie houdt dan op te
bestaan. Daarom meld ik mij af voor het netwerk, en ook voor 11 maart.

Met vriendelijke groet,
Corine Westra""",
    },
    {
        "id": "d64-unsub-03", "kind": "unsubscribe",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Gijs van der Heijden <g.vanderheijden@werkorganisatie-drimmelen-geertruidenberg.nl>",
        "body": """Hallo Stan,

Mijn opvolger is Fatma Yilmaz (f.yilmaz@werkorganisatie-drimmelen-geertruidenberg.nl); zij is per 1 februari
directeur. Wilt u haar in mijn plaats op de lijst zetten en mij eraf halen?

Gijs""",
    },
    {
        "id": "d64-unsub-04", "kind": "unsubscribe", "erase": True,
        "thread": CFT, "quoted": OPROEP, "quote": "notes",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "J.C. Haverkamp <j.haverkamp@werkorganisatie-rijssen-holten.nl>",
        "body": """Beste secretariaat,

Per 1 maart ga ik met pensioen. Graag mij afmelden voor het netwerk en al mijn gegevens verwijderen, conform de
AVG.

Met vriendelijke groet,
J.C. Haverkamp""",
    },
    {
        "id": "d64-unsub-05", "kind": "unsubscribe", "erase": True,
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Nadia Bouzid <nadia.bouzid@gmail.com>",
        "body": """Verwijder mijn gegevens s.v.p. (art. 17 AVG).""",
    },
    {
        "id": "d64-unsub-06", "kind": "unsubscribe",
        "thread": CFT, "quoted": OPROEP, "quote": "ongemarkeerd",
        "sender": "L. Verhoeven <l.verhoeven@werkorganisatie-oisterwijk.nl>",
        "body": """Afmelden""",
    },
    {
        "id": "d64-unsub-07", "kind": "unsubscribe",
        "thread": CFT,
        "sender": "Monique Dijkstra <m.dijkstra@werkorganisatie-achtkarspelen-tytsjerksteradiel.nl>",
        "body": """> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.
> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.

afmelden graag; door de reorganisatie is mijn functie vervallen.

Monique Dijkstra""",
    },
    {
        "id": "d64-unsub-08", "kind": "unsubscribe",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Henk Brands <h.brands@werkorganisatie-steenwijkerland-meppel.nl>",
        "body": """Beste Stan en Melanie,

Vanwege de ontvlechting van onze samenwerking (Meppel stapt per 1 januari uit de gemeenschappelijke regeling)
wordt mijn functie opgeheven. Ik meld me daarom af bij het netwerk. Dank voor de mooie jaren en de inspirerende
ateliers.

Henk Brands""",
    },
    {
        "id": "d64-unsub-09", "kind": "unsubscribe",
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-nl",
        "sender": "Anita Kooistra <a.kooistra@werkorganisatie-noardeast-fryslan.nl>",
        "body": """Beste Melanie,

Dank voor het verslag. Het was mijn laatste atelier: per 1 mei vertrek ik naar het ministerie van BZK. Wilt u
mij uitschrijven?

Hartelijke groet,
Anita""",
    },
    {
        "id": "d64-unsub-10", "kind": "unsubscribe",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Frits Aalbers <f.aalbers@dommelregio.nl>",
        "body": """Beste Stan,

Met ingang van 1 maart neemt mijn collega Bas Hoekstra (b.hoekstra@dommelregio.nl) de portefeuille strategie en
samenwerking over, en daarmee ook mijn plek in het netwerk. Wil je de uitnodigingen voortaan naar hem sturen en
mij van de lijst halen?

Groet,
Frits""",
    },
    {
        "id": "d64-unsub-11", "kind": "unsubscribe", "erase": True,
        "thread": CFT, "quoted": VERVOLG, "quote": "gmail",
        "sender": "Tom Reijnders <tom.reijnders@werkorganisatie-horst-venray.nl>",
        "body": """Ik heb een nieuwe baan bij de provincie. Verwijder mij en mijn persoonsgegevens uit jullie bestand.

Tom Reijnders""",
    },
    {
        "id": "d64-unsub-12", "kind": "unsubscribe",
        "thread": CFT, "quoted": OPROEP, "quote": "notes-wrote",
        "sender": "E.M. Zuidema <e.zuidema@werkorganisatie-westerkwartier.nl>",
        "body": """Wij zijn opgegaan in een grotere regionale uitvoeringsorganisatie en ik ben niet langer directeur.
Uitschrijven a.u.b.

E.M. Zuidema""",
    },
    {
        "id": "d64-unsub-13", "kind": "unsubscribe",
        "quoted": OPROEP, "quote": "doorgestuurd",
        "subject": "RE: FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Bart Willems <b.willems@werkorganisatie-cranendonck-heeze.nl>",
        "body": """Stan, ik ben hier per 1 maart weg. Graag mij afmelden voor het netwerk.

Bart""",
    },
    # ------------------------------------------------------------------ other (secretariat)
    {
        "id": "d64-other-01", "kind": "other",
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-nl",
        "sender": "Sjoerd Hoekstra <s.hoekstra@werkorganisatie-opsterland.nl>",
        "body": """Beste Stan,

Kan het volgende atelier eens buiten de Randstad, bijvoorbeeld in de regio Noord? Voor ons is Utrecht een halve
dag reizen, en in Zwolle of Leeuwarden zijn prima zalen.

Groet,
Sjoerd""",
    },
    {
        "id": "d64-other-02", "kind": "other",
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-lijn",
        "sender": "Carla Jansen <c.jansen@werkorganisatie-bergen-egmond.nl>",
        "body": """Hallo Melanie,

Een middag is eigenlijk te kort; net als het gesprek op gang komt, is het tijd voor de borrel. Misschien een
volgende keer een hele dag, met lunch?

Carla""",
    },
    {
        "id": "d64-other-03", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Dennis de Ruiter <d.deruiter@werkorganisatie-schouwen-duiveland.nl>",
        "body": """Voor collega's uit de regio Zeeland zou een volledig online variant van het atelier erg schelen.
Is dat een optie voor de volgende keer?

Dennis""",
    },
    {
        "id": "d64-other-04", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Marieke Dam <m.dam@werkorganisatie-wijdemeren.nl>",
        "body": """Beste Stan,

Mag ik ook onderwerpen indienen namens mijn MT, of alleen namens mezelf? En hoeveel mogen het er zijn?

Marieke Dam""",
    },
    {
        "id": "d64-other-05", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Rob Slagter <r.slagter@werkorganisatie-hardinxveld.nl>",
        "body": """Goedemorgen,

Mag onze directeur bedrijfsvoering ook deelnemen aan het netwerk? Hij is geen algemeen directeur, maar houdt zich
dagelijks bezig met formatie, digitalisering en I&A voor de drie gemeenten.

Met vriendelijke groet,
Rob Slagter""",
    },
    {
        "id": "d64-other-06", "kind": "other",
        "thread": CFT, "quoted": VERVOLG, "quote": "apple",
        "sender": "Annelies Groen <annelies.groen@werkorganisatie-epe-hattem.nl>",
        "body": """Dank voor het verslag en de goede organisatie! Mooi om te zien hoe de samenwerking tussen de
directeuren groeit. Graag tot een volgende keer.

Annelies""",
    },
    {
        "id": "d64-other-07", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Peter Kleinjan <p.kleinjan@werkorganisatie-rbd.nl>",
        "body": """Beste Melanie,

Door de fusie van onze twee werkorganisaties verandert mijn e-mailadres per 1 maart in
p.kleinjan@werkorganisatie-lekstroom.nl. Wilt u dat in uw bestand aanpassen?

Met vriendelijke groet,
Peter Kleinjan""",
    },
    {
        "id": "d64-other-08", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "notes",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Secretariaat directie <secretariaat.directie@werkorganisatie-haaksbergen.nl>",
        "body": """Geachte heer, mevrouw,

Mevrouw Ten Brink, aan wie uw bericht is gericht, is sinds 1 januari niet meer werkzaam bij onze organisatie.
De functie van directeur is nog vacant.

Met vriendelijke groet,
Secretariaat directie""",
    },
    {
        "id": "d64-other-09", "kind": "subscribe",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Hilde Bosman <h.bosman@werkorganisatie-leudal.nl>",
        "body": """Beste Stan,

Onze nieuwe directeur dienstverlening, Ahmed Bakker (a.bakker@werkorganisatie-leudal.nl), wil ook graag lid
worden van het netwerk. Kun je hem aanmelden?

Groet,
Hilde""",
    },
    {
        "id": "d64-other-10", "kind": "other",
        "thread": CFT, "quoted": VERVOLG, "quote": "gmail",
        "sender": "Kees Mol <kees.mol@werkorganisatie-alblasserwaard.nl>",
        "body": """Een tip voor de vorm: minder plenair, meer in kleine groepen, bijvoorbeeld per regio of per type
samenwerking. Dan komen ook de stillere collega's aan het woord.

Kees""",
    },
    {
        "id": "d64-other-11", "kind": "other",
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-en",
        "sender": "Eva Timmer <e.timmer@werkorganisatie-hollands-kroon.nl>",
        "body": """Hallo,

De link naar het verslag werkt bij mij niet, ik krijg een foutmelding (404). Kunnen jullie het als pdf sturen?

Eva Timmer""",
    },
    {
        "id": "d64-other-12", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "notes-wrote",
        "sender": "drs. H. Verschoor <h.verschoor@werkorganisatie-midden-groningen.nl>",
        "body": """Geacht secretariaat,

Op grond van artikel 15 AVG verzoek ik u om een overzicht van de persoonsgegevens die u van mij verwerkt, met het
doel en de bewaartermijn.

Hoogachtend,
drs. H. Verschoor""",
    },
    {
        "id": "d64-other-13", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Jasper Kools <jasper.kools@gemeentelijkeinnovatiepartners.nl>",
        "body": """Beste Stan en Melanie,

Wij zijn een adviesbureau gespecialiseerd in digitalisering, dienstverlening en organisatieontwikkeling bij
gemeenten en gemeenschappelijke regelingen. Graag verzorgen wij tijdens het atelier van 11 maart een korte,
inspirerende inleiding over datagedreven sturing, uiteraard kosteloos. Zullen we daarover eens bellen?

Met vriendelijke groet,
Jasper Kools
Partner | Gemeentelijke Innovatie Partners
06 - 41 22 87 30""",
    },
    {
        "id": "d64-other-14", "kind": "other",
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-lijn",
        "sender": "Yvette Smit <y.smit@werkorganisatie-oost-gelre-winterswijk.nl>",
        "body": """Beste Melanie,

Ik zou graag zitting nemen in de Adviesraad. Ik heb ruime ervaring met strategie en samenwerking in de regio en
denk graag mee over het programma. Wat is daarvoor de procedure?

Yvette Smit""",
    },
    {
        "id": "d64-other-15", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-nl",
        "sender": "Arnold Veenstra <a.veenstra@werkorganisatie-hoeksche-waard.nl>",
        "body": """Beste Stan,

Per 1 april word ik directeur van de nieuwe fusiegemeente; de werkorganisatie gaat daarin op. Mag ik dan lid
blijven van het netwerk, of moet ik me afmelden? Ik blijf graag, als dat kan.

Arnold""",
    },
    {
        "id": "d64-other-16", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "groupwise",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Lisette Boer <LBoer@werkorganisatie-eemsdelta.nl>",
        "body": """Kunt u laten weten of er op 11 maart ook aandacht is voor dienstverlening? Dan plan ik mijn komst
daarop; anders stuur ik liever een collega.

L. Boer""",
    },
    {
        "id": "d64-other-17", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "gmail",
        "sender": "Niels Koster <n.koster@werkorganisatie-lekstroom.nl>",
        "body": """Ik ontvang jullie mails dubbel, op mijn oude adres bij de gemeente en op mijn nieuwe adres bij de
werkorganisatie. Kan het oude adres eraf? Het nieuwe is dit adres.

Niels""",
    },
    {
        "id": "d64-other-18", "kind": "other",
        "thread": CFT, "quoted": VERVOLG, "quote": "outlook-nl",
        "sender": "Mirjam Beekman <m.beekman@werkorganisatie-veenendaal-rhenen.nl>",
        "body": """Beste Stan,

Kunnen jullie de presentatie over de regionale samenwerking in de Foodvalley nasturen? Die zit niet bij het
verslag en ik wil hem graag met mijn MT bespreken.

Mirjam""",
    },
    {
        "id": "d64-other-19", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "apple",
        "sender": "Ron Geurts <ron.geurts@werkorganisatie-maas-en-waal.nl>",
        "body": """Ik kom graag op 11 maart, als ik mijn collega van de regionale ISD mag meenemen. Die zit niet in een
fusieorganisatie. Kan dat?

Ron""",
    },
    {
        "id": "d64-other-20", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-lijn",
        "sender": "Lieke Hermans <l.hermans@werkorganisatie-sint-anthonis.nl>",
        "body": """Interessant. Ik kom hier later op terug, na overleg met mijn MT over onze strategie voor dit jaar.

Lieke""",
    },
    {
        "id": "d64-other-21", "kind": "other",
        "thread": CFT, "quoted": VERVOLG, "quote": "notes-wrote",
        "sender": "Guus Wolters <g.wolters@werkorganisatie-borne-hengelo.nl>",
        "body": """Beste secretariaat,

Zou het volgende atelier in het najaar kunnen, in plaats van in maart? Dat is voor de meeste gemeenten midden in
de voorbereiding van de jaarrekening en de kadernota.

Guus Wolters""",
    },
    {
        "id": "d64-other-22", "kind": "other",
        "thread": CFT, "quoted": OPROEP, "quote": "outlook-en",
        "sender": "Marco Ververs <m.ververs@werkorganisatie-zederik.nl>",
        "body": """Beste Melanie,

Wilt u de uitnodigingen en de oproep voor thema's voortaan ook naar mijn secretariaat sturen
(secretariaat.directie@werkorganisatie-zederik.nl)? Zij beheert mijn agenda.

Dank!
Marco""",
    },
    # ------------------------------------------------------------------ autoreplies
    {
        "id": "d64-auto-01", "kind": "autoreply",
        "thread": CFT, "headers": AUTO,
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                   "[atelier:2027-1]",
        "sender": "Rianne Post <r.post@werkorganisatie-midden-drenthe.nl>",
        "body": """Dank voor uw bericht. Ik ben afwezig tot en met 24 januari. Voor zaken rond de reorganisatie kunt u
terecht bij Wendy Smid (w.smid@werkorganisatie-midden-drenthe.nl); voor andere zaken bij het secretariaat.

Met vriendelijke groet,
Rianne Post""",
    },
    {
        "id": "d64-auto-02", "kind": "autoreply",
        "thread": CFT,
        "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Bram Teunissen <b.teunissen@werkorganisatie-ede-wageningen.nl>",
        "body": """Vanwege verlof ben ik tot 3 februari niet bereikbaar. Voor dringende vragen over de dienstverlening
kunt u bellen met het klantcontactcentrum via 14 0318. Uw e-mail wordt niet doorgestuurd.""",
    },
    {
        "id": "d64-auto-03", "kind": "autoreply",
        "thread": CFT, "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "subject": "Automatic reply: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & "
                   "eigenheid\" [atelier:2027-1]",
        "sender": "Eline Vos <e.vos@werkorganisatie-goeree-overflakkee.nl>",
        "body": """I am out of the office until March 22 with limited access to e-mail.
Ik ben afwezig tot 22 maart en lees mijn e-mail beperkt.

Eline Vos | directeur""",
    },
    {
        "id": "d64-auto-04", "kind": "autoreply",
        "thread": CFT, "headers": {"Auto-Submitted": "auto-generated"},
        "subject": "Niet meer in gebruik: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
        "sender": "postmaster <noreply@werkorganisatie-oss-maasdonk.nl>",
        "body": """Dit e-mailadres is niet meer in gebruik in verband met de fusie van de gemeenten Oss en Maasdonk per
1 januari. Uw bericht wordt niet doorgestuurd. Medewerkers zijn bereikbaar via voornaam.achternaam@oss.nl.

Dit is een automatisch gegenereerd bericht.""",
    },
    {
        "id": "d64-auto-05", "kind": "autoreply",
        "thread": CFT, "headers": {"Auto-Submitted": "auto-generated", "Precedence": "auto_reply"},
        "subject": "Ontvangstbevestiging [Z-2027-004512]",
        "sender": "Gemeente Stichtse Vecht <noreply@stichtsevecht.nl>",
        "body": """Bedankt voor uw e-mail. Wij streven ernaar uw bericht binnen vijf werkdagen te beantwoorden.
Uw zaaknummer is Z-2027-004512. Vermeld dit nummer bij verdere correspondentie.

Met vriendelijke groet,
Team Dienstverlening
Gemeente Stichtse Vecht""",
    },
    {
        "id": "d64-auto-06", "kind": "autoreply",
        "thread": CFT, "headers": AUTO,
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                   "[atelier:2027-1]",
        "sender": "Gert-Jan Mulder <gj.mulder@werkorganisatie-de-bilt-zeist.nl>",
        "body": """Ik ben vandaag en morgen op de strategiedag met de colleges in de regio en lees mijn mail daarna.
In dringende gevallen: 030 - 228 44 00.""",
    },
    {
        "id": "d64-auto-07", "kind": "autoreply",
        "thread": CFT, "quoted": OPROEP, "quote": "ongemarkeerd",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Astrid Claassen <a.claassen@werkorganisatie-beuningen.nl>",
        "body": """AFWEZIGHEIDSMELDING
Ik ben met vakantie tot en met 28 januari. Uw bericht wordt na mijn terugkomst gelezen.
Voor zaken over samenwerking en organisatie kunt u zich wenden tot mijn plaatsvervanger, Rik Peeters.""",
    },
    {
        "id": "d64-auto-08", "kind": "autoreply",
        "thread": CFT, "headers": AUTO,
        "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & "
                   "eigenheid\" [atelier:2027-1]",
        "sender": "Sander Koopman <s.koopman@werkorganisatie-venlo-beesel.nl>",
        "body": """Per 1 februari ben ik niet meer werkzaam bij de Werkorganisatie Venlo-Beesel. Deze mailbox wordt niet
gelezen en berichten worden niet doorgestuurd. Voor de directie kunt u mailen naar directie@venlo-beesel.nl.""",
    },
]
