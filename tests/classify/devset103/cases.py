"""devset103: topics told as a story (issue 17).

Directors first describe their situation at length (a reorganisation, a budget cut, a dispute between the
participating municipalities, a new alderman, a failed IT migration, complaints from residents, a labour-market
shortage, a merger plan, the Omgevingswet, a new steering model) and only then, sometimes only implicitly ("daar zou
ik graag eens met collega's over sparren", "misschien iets voor het atelier?"), propose what they want to discuss.
Mostly replies to the call for themes (oproep_themas) and to the follow-up after an atelier (vervolg_atelier), some
replies to the thank-you for a suggestion, and new mails; a few English suggestions.

Conventions this set relies on (from the dataset brief):
- `themes` label the topic the writer proposes, not the words of the situation told before it; the situation often
  belongs to another theme. Two themes only where one topic clearly spans both; a mail with two or three separate
  topics carries the themes of all of them.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- A member proposing a speaker or a case study for a topic: `suggestion` with the themes of that topic; a supplier
  or consultant offering himself as a speaker: `other`.
- A story without any proposal, thanks or feedback on a previous atelier, a question to the secretariat: `other`.
- A director who cannot come but sends a substitute: `rsvp` False. Leaving the network, also together with a
  decline: `unsubscribe`; a named successor with address: `unsubscribe` (hand-over); an AVG erasure request:
  `unsubscribe` with `erase` True. A colleague reporting that someone left: `other`.
- `thread` is None for new mails and for forwards (quote style `doorgestuurd`).
"""

from __future__ import annotations

from typing import Any

_OPROEP_SUBJECT = "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_VERVOLG_SUBJECT = (
    'RE: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
)

# fmt: off
_OPROEP: list[dict[str, Any]] = [
    {
        "id": "d103-opr-01",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Harm Wolters <h.wolters@werkorganisatie-veenland.nl>",
        "body": """Beste Stan, Melanie,

Bij ons staat alles in het teken van de reorganisatie. Per 1 januari zijn we van veertien afdelingen naar vijf
domeinen gegaan, alle teamleiders zijn opnieuw geplaatst en ongeveer de helft van de medewerkers heeft een nieuwe
leidinggevende gekregen. Dat vraagt veel van mensen, maar het loopt eerlijk gezegd beter dan ik had gedacht.

Waar ik wél mee worstel is iets anders. Elk van onze drie colleges heeft na de verkiezingen een eigen lijstje
opgesteld, en die lijstjes overlappen nauwelijks. Wij moeten ze alle drie bedienen vanuit één organisatie. Hoe
voorkom je dat je als werkorganisatie tussen de gemeenten in wordt gemalen, en hoe krijg je de drie besturen zover
dat ze elkaar opzoeken in plaats van ieder apart bij ons aan te kloppen?

Dat lijkt me een mooi gesprek voor het atelier.

Met vriendelijke groet,

Harm Wolters
algemeen directeur Werkorganisatie Veenland""",
    },
    {
        "id": "d103-opr-02",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Ingrid Baas <ingrid.baas@gmail.com>",
        "body": """Hallo Melanie,

Onze deelnemers hebben de bijdrage voor 2027 met zes procent verlaagd. Voor ons is dat ruim 1,4 miljoen minder,
bovenop de taakstelling van vorig jaar. We hebben een vacaturestop, het opleidingsbudget is gehalveerd en externe
inhuur is zo goed als nul. Ik ga niet klagen, iedereen heeft het zwaar, maar het heeft wel gevolgen.

De vraag die mij bezighoudt: hoe houd je het contact met inwoners op peil als je de openingstijden van het
klantcontactcentrum moet inperken? Wie heeft ervaring met volledig op afspraak werken, met het sluiten van een
servicepunt in een kleine kern, met het stimuleren van het digitale kanaal zonder dat ouderen afhaken?
Daar zou ik graag eens met collega's over sparren.

Groet,
Ingrid Baas
(vanaf mijn privéadres, de laptop van de zaak ligt bij de servicedesk)""",
    },
    {
        "id": "d103-opr-03",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "mr. drs. P.J. (Pieter) van Eck <p.vaneck@gemeentenrivierenhof.nl>",
        "body": """Geachte heer Van de Laar,

U vraagt naar onderwerpen. Laat ik eerst schetsen waar wij staan. Sinds de zomer ligt er in één van onze twee
gemeenten een aangenomen motie om de samenwerking te "heroverwegen". De raad voelt zich onvoldoende bediend en vindt
dat de grotere partner te veel te zeggen heeft. De burgemeesters zijn met elkaar in gesprek, er komt een extern
onderzoek en ondertussen wachten wij af.

Wat ik merk, is dat de organisatie in die onzekerheid stilvalt: niemand durft nog verder te kijken dan het lopende
begrotingsjaar. Vandaar mijn onderwerp. Hoe ontwikkel je als directie een langetermijnvisie op de organisatie, een
stip op de horizon voor de komende tien jaar, juist wanneer het bestuurlijk onrustig is? Ik ben benieuwd of
collega's daar ervaring mee hebben.

Hoogachtend,

mr. drs. P.J. van Eck
Directeur Ambtelijke Organisatie Rivierenhof""",
    },
    {
        "id": "d103-opr-04",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "sender": "Karin Meulenbelt <k.meulenbelt@dedrieoevers.nl>",
        "body": """Dag Stan,

Sinds de coalitiewissel in oktober hebben we een nieuwe wethouder met bedrijfsvoering in de portefeuille. Oud-
controller, houdt van cijfers, wil ieder kwartaal precies weten hoe we ervoor staan. Op zich prima, alleen hebben we
die cijfers niet in de vorm die hij vraagt en zijn twee collega-wethouders er een stuk minder van gecharmeerd.

Mijn voorstel voor het atelier: hoe monitor je de prestaties van je dienstverlening (doorlooptijden van
vergunningen, bereikbaarheid van het KCC, tevredenheid van inwoners) op een manier die zowel bestuurders als
medewerkers iets zegt? Welke dashboards en benchmarks gebruiken anderen, en wat doe je met de uitkomsten?

Hartelijke groet,
Karin

Verstuurd vanaf mijn iPad""",
    },
    {
        "id": "d103-opr-05",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "sender": "Theo Brinkhuis <t.brinkhuis@werkorganisatie-ijsselvallei.nl>",
        "body": """Beste secretariaat,

De overgang naar het nieuwe zaaksysteem is in november op een fiasco uitgelopen. Twee weken lang konden we geen
aanvragen verwerken, de koppeling met het basisregister werkte niet en de leverancier wees naar onze eigen
beheerders. Inmiddels draait alles weer, met dank aan een paar collega's die vele avonden hebben doorgewerkt.

Het technische deel is dus opgelost. Wat blijft, is de schade in de verhouding met onze gemeenten. Eén gemeente
heeft een eigen onderzoek gelast, de andere twee kijken de kat uit de boom. Ik zou graag met collega's bespreken
hoe je het vertrouwen van de deelnemende gemeenten herstelt nadat er iets flink is misgegaan. Hoe voer je dat
gesprek, met de colleges en met de raden, en hoe voorkom je dat één incident de samenwerking gaat bepalen?

Met vriendelijke groet,

Theo Brinkhuis
Algemeen directeur
Werkorganisatie IJsselvallei""",
    },
    {
        "id": "d103-opr-06",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Joost Kalkman <j.kalkman@dekempenhof.nl>",
        "body": """Goedemorgen,

Vorig jaar kregen we ruim negenhonderd klachten over de bereikbaarheid van Burgerzaken en over de afhandeltijd van
bezwaarschriften. De regionale krant heeft er een serie artikelen aan gewijd en in alle drie de raden zijn er vragen
over gesteld. Terecht, moet ik eerlijk zeggen. Bij nadere analyse lag de oorzaak niet bij de werkwijze maar bij de
bezetting: we hebben al anderhalf jaar zes vacatures voor juristen en klantadviseurs open staan, en wie we aannemen
vertrekt na een jaar naar het Rijk of de provincie, waar beter betaald wordt.

Mijn onderwerp gaat dus over personeel: hoe werf en behoud je als middelgrote fusieorganisatie vakmensen wanneer je
niet op salaris kunt concurreren? Wat doen anderen met traineeships, interne mobiliteit, opleiden in eigen huis?

Vriendelijke groet,

Joost Kalkman
Directeur bedrijfsvoering / plv. algemeen directeur
Ambtelijke organisatie De Kempenhof
T 0497 55 12 00""",
    },
    {
        "id": "d103-opr-07",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Sanne Hofstede <sanne.hofstede@samenwerking-kroonland.nl>",
        "body": """Hoi Stan en Melanie,

Even een eerlijk verhaal. We hebben op dit moment 38 vacatures, vooral in het fysieke domein en bij ICT. Het
wervingsbureau dat we vorig jaar inhuurden heeft welgeteld drie mensen opgeleverd. Detacheerders vragen tarieven
waar je duizelig van wordt. En intussen groeit de lijst met bestuurlijke wensen: een warmtevisie, een woontop,
een nieuw armoedebeleid, drie dorpsvisies.

Mijn conclusie is simpel: we kunnen niet meer alles. Het onderwerp dat ik zou willen inbrengen is dan ook hoe je
samen met je bestuurders keuzes maakt in de ambities, zodat de inhoudelijke agenda past bij wat de organisatie
aankan. Wat laat je vallen, wie besluit dat, en hoe houd je dat vol als er weer een nieuw idee langskomt?

Groetjes,
Sanne""",
    },
    {
        "id": "d103-opr-08",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "W. (Wim) Tuinstra <w.tuinstra@gemeente-lindewaard.nl>",
        "body": """Beste heer Van de Laar, beste mevrouw Huurneman,

Onze twee gemeenteraden hebben in december ingestemd met het herindelingsontwerp: per 1 januari 2029 gaan beide
gemeenten op in één nieuwe gemeente. Daarmee houdt ook onze ambtelijke fusieorganisatie, na twaalf jaar, in haar
huidige vorm op te bestaan. Dat is bestuurlijk een logische stap, en ik sta er ook achter. Maar het betekent voor de
organisatie dat we over twee jaar opnieuw een grote verandering doormaken.

Het vraagstuk waar ik het komende jaar het meest mee bezig ben: het harmoniseren van arbeidsvoorwaarden, het
functiehuis en de regelingen (thuiswerkvergoeding, verlof, reiskosten) uit de twee oude rechtspositieregelingen.
Zijn er collega's die dit recent hebben gedaan? Ik hoor graag hoe zij het met de OR hebben aangepakt.

Met vriendelijke groet,
Wim Tuinstra
Directeur/secretaris
Gemeenten Lindewaard en Oostervenne""",
    },
    {
        "id": "d103-opr-09",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Marloes Degen <m.degen@heuvellandsamen.nl>",
        "body": """Beste Melanie,

Sinds de Omgevingswet in werking is getreden zijn we vooral bezig geweest met het omgevingsplan, de bruidsschat,
de afspraken met de omgevingsdienst en de aansluiting op het landelijke stelsel. Op papier zijn we er klaar voor.

Wat nog niet goed gaat, is hoe het voor de initiatiefnemer voelt. Inwoners weten niet waar ze met een plan terecht
kunnen, het vooroverleg duurt te lang en ondernemers worden van de ene naar de andere ambtenaar doorgestuurd. Ik wil
dus graag agenderen: hoe zorg je dat een initiatiefnemer één vast aanspreekpunt heeft, van het eerste idee tot en
met de vergunning? Wie heeft een goed lopende omgevingstafel of een vergunningscheck die inwoners echt helpt?

Met hartelijke groet,

Marloes Degen
Gemeentesecretaris/algemeen directeur
Werkorganisatie Heuvelland Samen""",
    },
    {
        "id": "d103-opr-10",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "sender": "R. Oosterhuis <r.oosterhuis@gr-noordkwartier.nl>",
        "body": """Goedemiddag,

Bij ons is per 1 januari een nieuw sturingsmodel ingegaan. De drie gemeenten zijn opdrachtgever, wij zijn
opdrachtnemer, en alles is vastgelegd in dienstverleningsovereenkomsten met producten, prijzen en kwartaalrapportages.
Het heeft een jaar gekost om dat rond te krijgen en de eerste rapportage komt in april.

Wat me daarbij opviel: in al die producten en prijzen staat nergens wat ondernemers zelf van ons vinden. Ik zou het
op het atelier willen hebben over het structureel betrekken van ondernemers bij het verbeteren van onze
dienstverlening, bijvoorbeeld met een ondernemerspanel of een vaste bedrijfscontactfunctionaris. Wie doet dat al?

Groet,
Roelof Oosterhuis
Directeur GR Noordkwartier""",
    },
    {
        "id": "d103-opr-11",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "sender": "Fenna Dijkstra <fenna.dijkstra@deltavijf.nl>",
        "body": """Beste Stan,

We zitten nu in de derde reorganisatie in zes jaar. Eerst de fusie zelf, toen de omslag naar zelforganiserende
teams, en nu weer terug naar een structuur met teamleiders omdat de teams toch leiding misten. Iedere keer een goed
verhaal, iedere keer een plaatsingsprocedure.

Wat ik in de wandelgangen hoor, is vooral moeheid. Mensen haken af, het ziekteverzuim loopt op, en goede krachten
kijken om zich heen. Ik zou daarom graag met collega's praten over verandermoeheid: hoe houd je medewerkers
betrokken en gezond als de ene verandering de andere opvolgt, en hoe zorg je dat je de laatste keer ook echt de
laatste keer laat zijn?

Fenna Dijkstra
Algemeen directeur DeltaVijf

Verzonden vanaf mijn iPhone""",
    },
    {
        "id": "d103-opr-12",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "sender": "Gerrit-Jan Mulder <gj.mulder@bevelanden-west.nl>",
        "body": """Beste Stan en Melanie,

In onze kleinste gemeente heeft een lokale partij de verkiezingen ruim gewonnen, met als belangrijkste belofte "de
eigen gemeente terug aan de inwoners". De nieuwe wethouder is een prettig mens, maar hij wil een eigen
aanspreekpunt in het gemeentehuis, eigen huisstijl op de brieven en een eigen planning voor zijn dorp. Hij vindt dat
de werkorganisatie te veel naar de grote gemeente luistert. Dat gevoel is niet helemaal onterecht.

Ik wil het graag hebben over de balans tussen gezamenlijkheid en de identiteit van iedere afzonderlijke gemeente
binnen onze samenwerking. Ik weet dat dat het thema van maart ook raakt, maar bij ons is het nu zo acuut dat ik er
graag nog dieper op inga.

Met vriendelijke groeten,

Gerrit-Jan Mulder
Directeur Werkorganisatie Bevelanden-West""",
    },
    {
        "id": "d103-opr-13",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Esther de Roo <e.deroo@zuidkust-werkt.nl>",
        "body": """Beste Stan,

De kadernota laat weinig ruimte. Het Rijk schuift met het gemeentefonds, onze drie gemeenten moeten ieder rond de
twee miljoen bezuinigen, en een deel daarvan landt bij ons. We hebben de lijst met mogelijke maatregelen inmiddels
drie keer doorgelopen; de makkelijke dingen zijn allemaal al gedaan.

Wat mij daarbij opvalt: we praten alleen nog over euro's en niet meer over waar we voor staan. Ik zou op het atelier
willen bespreken hoe je, juist in een tijd van krimpende budgetten, met je colleges tot een inhoudelijke agenda komt
voor de lange termijn: welke maatschappelijke opgaven maken we echt tot onze kern (wonen, energie, zorg) en wat doen
we bewust niet meer?

Hartelijke groet,
Esther de Roo
Gemeentesecretaris / algemeen directeur Zuidkust Werkt""",
    },
    {
        "id": "d103-opr-14",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Hans Verbeek <h.verbeek@drechtmonde.nl>",
        "body": """Beste collega's van het secretariaat,

Bij ons loopt al maanden een slepende discussie over de verdeelsleutel. Gemeente A vindt dat zij te veel betaalt
voor de inzet op het sociaal domein, gemeente B vindt dat A juist het meest profiteert van de gezamenlijke
belastingafdeling, en gemeente C heeft aangekondigd de begroting niet goed te keuren zolang er geen oplossing is.
Er zijn twee externe rapporten geschreven, die elkaar tegenspreken.

Ik zit daar als directeur precies tussenin. Wat ik graag zou willen bespreken is mijn eigen rol: hoe ga je als
directeur om met een conflict tussen je eigen opdrachtgevers? Ben je bemiddelaar, adviseur, of houd je je er juist
buiten? Ik vermoed dat meer collega's dit herkennen.

Vriendelijke groet,
Hans Verbeek
Directeur Drechtmonde""",
    },
    {
        "id": "d103-opr-15",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "sender": "Annelies Kroon <annelies.kroon@vechtstromenwerkt.nl>",
        "body": """Beste Melanie,

De Omgevingswet heeft bij ons vooral duidelijk gemaakt hoe kwetsbaar we zijn. Er zijn precies twee collega's die het
omgevingsplan echt begrijpen, en allebei gaan ze binnen drie jaar met pensioen. Bij bouw- en woningtoezicht is de
gemiddelde leeftijd 58. We huren nu specialisten in voor bedragen die ik eigenlijk niet kan verantwoorden.

Onderwerp voor het atelier: hoe borg je kennis en zorg je voor opvolging bij vergrijzende vakafdelingen?
Strategische personeelsplanning dus, met concrete voorbeelden van leerwerkplekken of meester-gezelconstructies.

Met vriendelijke groet,
Annelies Kroon
Directeur Vechtstromen Werkt""",
    },
    {
        "id": "d103-opr-16",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Mark Hollander <m.hollander@rijnwaardsamen.nl>",
        "body": """Dear Stan, dear Melanie,

Apologies for writing in English; our new interim director of operations joins these discussions and does not read
Dutch yet.

Last autumn our migration to a new financial system went badly wrong. The go-live was postponed twice, the data
conversion lost part of the accounts payable history, and the year-end closing was three months late. The accountant
has since issued a management letter that was not pleasant reading.

What I would like to discuss with colleagues is how to govern large IT projects in a shared organisation: who owns
the project, how do you set up the programme management, when do you stop, and what do you really need in-house
rather than at the supplier?

Kind regards,
Mark Hollander
General Director, Rijnwaard Samen""",
    },
    {
        "id": "d103-opr-17",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "sender": "Loes Vermeulen <loesvermeulen@kpnmail.nl>",
        "body": """Hoi Melanie,

Je vroeg op de vorige bijeenkomst of ik een keer wilde vertellen hoe het bij ons ging met de klachten over de
bijstand. Het korte verhaal: na een kritisch rapport van de ombudsman hebben we alles omgegooid. Geen standaardbrieven
meer, iedere klacht wordt binnen twee dagen telefonisch opgepakt, en de klachtencoördinator zit nu bij het team zelf.

Maar wat ik eigenlijk met anderen wil bespreken, is de stap daarna: hoe breng je de klantreis van een inwoner in
kaart, van eerste aanvraag tot laatste brief, en hoe zorg je dat je van die inzichten ook echt je dienstverlening
verbetert? Misschien iets voor het atelier?

Hartelijke groet,
Loes

Verzonden vanaf mijn iPhone""",
    },
    {
        "id": "d103-opr-18",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Bart Roelofs <b.roelofs@maasenpeelwerkt.nl>",
        "body": """Beste Stan en Melanie,

Sinds de verkiezingen hebben we in de grootste deelnemer een nieuwe wethouder financiën, afkomstig uit het
bedrijfsleven. Hij is kritisch, stelt goede vragen en heeft ons gedwongen een paar dingen scherper te krijgen. Twee
daarvan zou ik graag op het atelier bespreken:

1. Onze plek in de regio. De centrumgemeente dertig kilometer verderop trekt steeds meer regionale taken naar zich
toe (economie, mobiliteit, de regiodeal). Hoe zorgen wij dat onze gemeenten daar als blok aan tafel zitten en niet
als drie kleine broertjes?

2. Financiële sturing binnen de werkorganisatie: werken met een meerjarenbegroting, een eigen weerstandsvermogen en
reserves. Mag dat eigenlijk, en hoe doen anderen het?

Ik kom op 11 maart in ieder geval.

Met vriendelijke groet,

Bart Roelofs
Algemeen directeur Maas en Peel Werkt""",
    },
    {
        "id": "d103-opr-19",
        "kind": "suggestion",
        "themes": ["strategie", "dienstverlening", "organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Yvonne Lammers <y.lammers@werkorganisatie-duinrand.nl>",
        "body": """Beste secretariaat,

Het was een bewogen jaar. In het voorjaar viel ons telefoonsysteem uit tijdens de overstap naar de cloud, waardoor
inwoners drie dagen niemand konden bereiken. Daarna kwamen de klachten over de nieuwe website, waarop niemand
iets kon vinden. En in het najaar stapte de portefeuillehouder bedrijfsvoering op na een conflict in de coalitie.
We zijn nu weer in rustiger vaarwater, maar ik heb er wel drie onderwerpen aan overgehouden:

- de koers van de organisatie voor de komende vijf jaar: waar willen we over tien jaar staan?
- hoe je de kwaliteit van je dienstverlening meet vanuit het perspectief van de inwoner
- bedrijfscontinuïteit: hoe voorkom je dat één storing in een systeem de hele organisatie lamlegt?

Groet,
Yvonne Lammers""",
    },
    {
        "id": "d103-opr-20",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "sender": "Dirk Sprenger <d.sprenger@gemeente-westerhaven.nl>",
        "body": """Op di 2 mrt 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:

Goede vraag. Bij ons zijn na de verkiezingen twee nieuwe colleges aangetreden met elk een eigen coalitieakkoord,
dat van gemeente Westerhaven telt 48 pagina's, dat van Oudemolen 11. Het ene college wil vooral bouwen, het andere
vooral de dorpskernen versterken. Wij zitten daartussen met één organisatie en één meerjarenprogramma.

> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;

Hier zit mijn onderwerp: hoe vertaal je nieuwe bestuurlijke prioriteiten in een meerjarige koers voor de
organisatie, zonder dat je iedere vier jaar opnieuw begint?

> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de regio;
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;
> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van prestaties.

Hier laat ik het bij.

Dirk Sprenger
Directeur Werkorganisatie Westerhaven-Oudemolen""",
    },
    {
        "id": "d103-opr-21",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Hilde Postma <h.postma@de-friese-meren-samen.nl>",
        "body": """Beste Melanie,

De bezuinigingen van onze vier gemeenten raken ons als werkorganisatie hard, en ze raken ons ongelijk. De ene
gemeente wil minder afnemen bij de buitendienst, de andere wil juist meer maar niet meer betalen. Met de huidige
verdeelsleutel, gebaseerd op inwonertal uit 2015, klopt daar niets meer van.

Het onderwerp dat ik wil voorstellen is de kostenverdeling tussen de deelnemende gemeenten. Dat is voor mij zowel
een financieel vraagstuk (begroting, tarieven, hoe je afname meet) als een vraagstuk over de verhouding tussen de
gemeenten onderling: wat is eerlijk, en hoe voorkom je dat het geld de samenwerking gaat ondermijnen?

Met vriendelijke groet,

Hilde Postma
Algemeen directeur""",
    },
    {
        "id": "d103-opr-22",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Jeroen Alberts <jeroen.alberts@kempenland-samen.nl>",
        "body": """Beste Stan,

In één van onze vier gemeenten wordt hardop gesproken over een herindeling met de stad. Er is nog niets besloten,
maar de verkenning is begonnen en de andere drie gemeenten voelen zich overvallen. Onze medewerkers lezen het in de
krant en vragen mij wat het voor hen betekent. Daar heb ik geen antwoord op.

Wat ik zou willen bespreken: hoe kom je met de deelnemende gemeenten tot een gezamenlijke toekomstvisie op de
samenwerking zelf? Waar willen de vier gemeenten samen over tien jaar staan, en wat betekent dat voor de
werkorganisatie? Ik zie dat echt als één vraag, die over strategie én over de relatie tussen de gemeenten gaat.

Groet,
Jeroen Alberts
Directeur Kempenland Samen""",
    },
    {
        "id": "d103-opr-23",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "sender": "Nadia el Amrani <n.elamrani@werkorganisatie-amstelrand.nl>",
        "body": """Beste Stan en Melanie,

Een jaar geleden kwamen er bij ons per week ruim tweehonderd klachten binnen over de wachttijd aan de telefoon. De
raden wilden actie, het college wilde actie, en dus hebben we in drie maanden tijd een digitaal loket gebouwd. Dat
werkt: de wachttijd is gehalveerd. Maar achter het loket is niets veranderd. Iedere digitale aanvraag wordt door een
collega uitgeprint, handmatig in het zaaksysteem gezet en op papier afgetekend.

Mijn onderwerp: digitalisering van het klantcontact van voor tot achter. Dus zowel de kant van de inwoner (wat
verwacht die van een digitaal loket) als de kant van onze werkprocessen en systemen daarachter. Volgens mij kun je
die twee niet los van elkaar bespreken.

Hartelijke groet,
Nadia el Amrani""",
    },
    {
        "id": "d103-opr-24",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Peter Lindeboom <peterlindeboom@outlook.com>",
        "body": """Hi Stan,

Quick one from my personal account, I'm on leave this week.

We are losing the battle for staff. Eleven vacancies at our tax department alone, and the average time to fill a
position is now seven months. The remaining team is working overtime and two of them are on sick leave.

So my topic for March: how are other shared organisations using automation and AI in their work processes to
take the pressure off? Think of robotic process automation for the tax assessments, AI-assisted drafting of
decisions, that kind of thing. I'd love to hear what works and what turned out to be hype.

Cheers,
Peter Lindeboom
Director, Werkorganisatie Kopland-Oost""",
    },
    {
        "id": "d103-opr-25",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "sender": "Cor van Dalen <c.vandalen@gemeenten-krimpenerwaard-oost.nl>",
        "body": """Beste Melanie,

Een verhaal dat ik eigenlijk al een tijdje met me meedraag. Onze kleinste gemeente, met 9.000 inwoners, heeft een
nieuwe burgemeester gekregen die vanaf dag één zei dat "die werkorganisatie" te ver van haar dorp af staat. In het
eerste gesprek met mij somde ze op wat er allemaal mis ging: een kapotte lantaarnpaal die drie maanden bleef staan,
een subsidiebrief met de verkeerde gemeentenaam, een raadsvoorstel dat een week te laat was. Het zijn kleine dingen,
maar ze tellen op.

Hoe zorg je dat de kleinste partner in de samenwerking zich net zo gezien en gehoord voelt als de grootste?
Misschien iets voor het atelier?

Met vriendelijke groet,
Cor van Dalen""",
    },
    {
        "id": "d103-opr-26",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Geert Haverkamp <g.haverkamp@werkorganisatie-berkelland-oost.nl>",
        "body": """Beste Stan en Melanie,

Ik heb een aanbod in plaats van een vraag. Twee jaar geleden hebben we ons sturingsconcept volledig omgegooid: van
zes afdelingen met afdelingshoofden naar opgavegericht werken met programmamanagers, vaste teams en een
directieteam dat alleen nog op hoofdlijnen stuurt. Het is niet allemaal goed gegaan. Het eerste jaar was chaos,
sommige programma's hadden geen eigenaar en de teamleiders voelden zich buitenspel gezet.

Inmiddels staat het, en we hebben veel geleerd. Ik zou onze ervaring graag als casus inbrengen op het atelier,
inclusief de dingen die misgingen. Een goed gesprek over sturingsconcepten lijkt me voor veel collega's nuttig.

Met vriendelijke groet,

Geert Haverkamp
Algemeen directeur
Werkorganisatie Berkelland-Oost""",
    },
    {
        "id": "d103-opr-27",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "sender": "Margriet Scholten <m.scholten@sabewaland.nl>",
        "body": """Goedemorgen Stan,

Onze raden willen meer grip. Sinds het rekenkamerrapport over de werkorganisatie krijgen we iedere maand
schriftelijke vragen, en de colleges vragen om stuurinformatie die we niet hebben. Ik heb een paar jaar geleden
een lezing gehoord van dr. Ellen Verhoef, lector datagedreven werken aan de Hogeschool Arnhem-Zuid. Zij deed
onderzoek naar hoe gemeentelijke organisaties hun eigen bedrijfsvoering met data kunnen sturen: formatie, verzuim,
doorlooptijden van interne processen, de kwaliteit van de basisregistraties.

Misschien is zij een goede spreker voor het atelier, met als onderwerp datagedreven sturing van de eigen
organisatie. Ik kan het contact leggen als u dat wilt.

Met vriendelijke groet,
Margriet Scholten
Directeur Sabewaland""",
    },
    {
        "id": "d103-opr-28",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Ruud Kersten <ruud.kersten@linge-en-waal.nl>",
        "body": """Hallo Stan,

Na de reorganisatie van vorig jaar hebben we alle communicatieadviseurs in één team gebracht, en het eerste wat dat
team deed was een steekproef van 200 brieven aan inwoners. Uitkomst: 70% was niet te begrijpen voor iemand met
taalniveau B1. Aanmaningen met vier wetsartikelen, beschikkingen van vijf kantjes. Ik schrok ervan.

Mijn voorstel: begrijpelijke taal in de dienstverlening. Hoe krijg je brieven, formulieren en de website echt
helder voor alle inwoners, ook voor laaggeletterden, en hoe houd je dat vol na het eerste enthousiasme?

Groet,
Ruud Kersten
Directeur Linge en Waal""",
    },
    {
        "id": "d103-opr-29",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "A.M. (Anne-Marie) Jongbloed <am.jongbloed@zeeuwsepolders-werkt.nl>",
        "body": """Geachte heer, mevrouw,

Onze ambtelijke organisatie bestaat dit jaar tien jaar. Bij de start in 2017 was het doel helder: kwaliteit,
kwetsbaarheid verminderen, kosten besparen. Dat is grotendeels gelukt. In die tien jaar zijn er drie directeuren
geweest, twee reorganisaties, een nieuwe huisvesting en een pandemie.

De vraag die ik mezelf nu stel is: waar staan we na tien jaar eigenlijk voor? Het oorspronkelijke doel is bereikt,
maar een nieuw verhaal is er niet. Ik zou het op het atelier willen hebben over het herijken van missie en visie
van een fusieorganisatie die volwassen is geworden.

Hoogachtend,

A.M. Jongbloed
Algemeen directeur Zeeuwse Polders Werkt""",
    },
    {
        "id": "d103-opr-30",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Kees Bosman <k.bosman@gemeente-hoogwoud-aartswoud.nl>",
        "body": """Beste Melanie,

Sinds de coronaperiode werkt ongeveer 60% van onze mensen het grootste deel van de week thuis. Op zich gaat dat
goed, de productie is niet gedaald. Maar vorige week kwam een nieuwe medewerker na vier maanden bij mij met de
opmerking dat ze haar teamleider nog nooit in het echt had gezien. En bij de medewerkerspeiling zakte de score voor
"ik voel me verbonden met de organisatie" van een 7,4 naar een 6,1.

Ik zou graag eens horen hoe collega's het hybride werken organiseren. Welke afspraken hebben jullie over aanwezigheid,
hoe onboard je nieuwe mensen, wat doen jullie met de huisvesting?

Vriendelijke groet,
Kees Bosman""",
    },
    {
        "id": "d103-opr-31",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "sender": "Ilse van Schaik <i.vanschaik@werkorganisatie-vijfheerenland.nl>",
        "body": """Hoi Stan,

Een buurgemeente heeft zich bij ons gemeld: ze willen aansluiten bij onze samenwerking. Hun eigen organisatie is te
klein geworden, ze hebben drie vacatures voor gemeentesecretaris achter elkaar niet kunnen vullen. Onze drie
colleges staan er positief tegenover, maar de raden zijn terughoudend. Ze zijn bang voor een herverdeling van
invloed, en eerlijk gezegd weet ik ook niet precies hoe je zoiets goed aanpakt.

Heeft iemand in het netwerk ervaring met de toetreding van een nieuwe gemeente tot een bestaande samenwerking?
Welke afspraken maak je vooraf, wat betekent het voor de zeggenschap? Dat zou ik graag bespreken.

Groet,
Ilse""",
    },
    {
        "id": "d103-opr-32",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Marco Dekker <m.dekker@utrechtseheuvelrug-oost.nl>",
        "body": """Beste heer Van de Laar,

Met het nieuwe sturingsmodel, waarin ieder domein een eigen opdrachtgever bij de gemeenten heeft, is veel verbeterd.
Afspraken zijn helderder en we weten beter wat we moeten leveren. Een onbedoeld gevolg is dat iedere afdeling zijn
eigen inwoner kent. Een gezin dat tegelijk met schulden, een woningaanpassing en een jeugdhulpvraag zit, krijgt van
ons drie brieven, drie contactpersonen en drie keer dezelfde vragen.

Mijn onderwerp voor het atelier: proactieve dienstverlening rond levensgebeurtenissen. Hoe zorg je dat de inwoner
één ingang ervaart, ook als er achter de schermen drie teams aan werken?

Met vriendelijke groet,
M. Dekker
Directeur""",
    },
]

_VERVOLG: list[dict[str, Any]] = [
    {
        "id": "d103-vvg-01",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "sender": "Liesbeth Mertens <l.mertens@werkorganisatie-veenland.nl>",
        "body": """Beste Stan en Melanie,

Dank voor een inspirerende middag. Het gesprek over samenwerking en eigenheid heeft me aan het denken gezet, juist
omdat het bij ons zo anders loopt dan bij de meeste collega's. Onze gemeenten zijn het eigenlijk prima met elkaar
eens; het schuurt bij ons binnen de organisatie zelf.

Sinds we hybride werken zijn de teams uit elkaar gegroeid. Er zijn eilandjes ontstaan, mensen weten niet meer wat de
afdeling naast hen doet, en nieuwe medewerkers hebben moeite hun weg te vinden. Voor het volgende atelier zou ik
daarom graag organisatiecultuur agenderen: hoe bouw je aan één organisatie als mensen elkaar nauwelijks nog zien?

Met vriendelijke groet,
Liesbeth Mertens
Adjunct-directeur Werkorganisatie Veenland""",
    },
    {
        "id": "d103-vvg-02",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "sender": "Tom Reijnders <t.reijnders@dewaardenwerkt.nl>",
        "body": """Hoi Melanie,

Mooi verslag, ik heb het meteen doorgestuurd naar ons MT.

Iets wat in de pauze ter sprake kwam en me is bijgebleven: een collega vertelde dat ze bij hen de
bedrijfscontactfunctionarissen hebben wegbezuinigd, en dat ondernemers nu nergens meer terechtkunnen. Bij ons dreigt
hetzelfde, de begroting voor 2028 vraagt nog eens vier fte minder. Ik zou het volgende keer graag hebben over
dienstverlening aan ondernemers: hoe blijf je bereikbaar en betrouwbaar voor het lokale bedrijfsleven, ook met minder
mensen? Ik denk aan één digitaal ondernemersloket, vaste accountmanagers voor de grotere bedrijven, dat soort
oplossingen.

Groet, Tom""",
    },
    {
        "id": "d103-vvg-03",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "sender": "Frank Smulders <f.smulders@peellandsamen.nl>",
        "body": """Beste Stan,

Dank voor de goede bijeenkomst. Ik had eerlijk gezegd niet verwacht dat het gesprek over couleur locale zo ver zou
gaan; het was de eerste keer dat ik collega's zo openhartig hoorde over de spanning met hun bestuurders.

Bij ons speelt op dit moment vooral de Omgevingswet in combinatie met de woningbouwopgave. De provincie wil
versnellen, de regio heeft een woondeal gesloten, en onze drie gemeenten moeten samen ruim tweeduizend woningen
realiseren. Het zijn niet onze eigen gemeenten die elkaar in de weg zitten, maar we zijn in het regionale overleg
een kleine speler naast twee steden. Voor het volgende atelier stel ik daarom voor: hoe positioneer je een
fusieorganisatie in de regio, en hoe zorg je dat je gemeenten samen een stem hebben bij regionale opgaven?

Met vriendelijke groet,

Frank Smulders
Directeur Peelland Samen""",
    },
    {
        "id": "d103-vvg-04",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "sender": "Judith Kamphuis <j.kamphuis@sallandsewerkorganisatie.nl>",
        "body": """Beste Melanie,

Na het atelier ben ik met de trein teruggereden en heb ik de hele reis zitten nadenken over één opmerking, die van
de collega die zei dat zijn directieteam "nog altijd stuurt alsof er vier gemeenten zijn". Dat raakte me.

Wij gaan dit jaar over op een nieuw sturingsmodel, met resultaatverantwoordelijke teams en een kleinere directie.
Het plan ligt klaar, de OR heeft positief geadviseerd, maar ik heb nog veel vragen over de uitwerking: wat doe je
met de span of control, hoe richt je de planning-en-controlcyclus in, wat doe je met de managers die geen plek meer
hebben? Graag zou ik dat volgende keer bespreken.

Hartelijke groet,
Judith

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d103-vvg-05",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "sender": "Erik Veldhuis <e.veldhuis@werkorganisatie-twentewest.nl>",
        "body": """Beste Stan en Melanie,

Allereerst dank voor de organisatie van 11 maart. Een paar dagen na het atelier kregen we het bericht dat onze
hostingpartij de samenwerking per 1 juli opzegt. Dat betekent een nieuwe migratie, de derde in vijf jaar. Ik heb de
afgelopen weken weinig anders gedaan dan crisisoverleg.

Het zet me wel aan het denken over twee onderwerpen voor de volgende keer:
- de inrichting van onze informatievoorziening: zelf doen, uitbesteden of samen met andere fusieorganisaties
  inkopen?
- en daarnaast iets heel anders: de digitale toegankelijkheid van onze website en formulieren voor inwoners met
  een beperking. Daar scoren we slecht op en dat wil ik echt verbeteren.

Met vriendelijke groet,
Erik Veldhuis""",
    },
    {
        "id": "d103-vvg-06",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "sender": "Petra Wiersma <p.wiersma@noordoostfryslansamen.nl>",
        "body": """Beste Stan,

Vorige week hebben we een pilot afgerond met een taalmodel dat conceptantwoorden schrijft op Woo-verzoeken. De
resultaten waren wisselend: snel, maar soms pijnlijk fout, en de juristen vertrouwen het niet. Tegelijk hebben we
zeven openstaande vacatures bij juridische zaken en loopt de achterstand op.

Hoe zetten collega's AI in hun werkprocessen in, met welke spelregels en met welke ervaringen? Misschien iets voor
het volgende atelier.

Met vriendelijke groet,
Petra Wiersma""",
    },
    {
        "id": "d103-vvg-07",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "sender": "Daniel Okafor <d.okafor@werkorganisatie-gooi-zuid.nl>",
        "body": """Hi Stan and Melanie,

Thanks for a great session on 11 March, the discussion on balancing joint work and local identity was really
useful, and I have already used a couple of the ideas with my own mayors.

Since then our situation has changed quite a bit. One of our municipalities is exploring a merger with its
neighbour, our budget for 2028 is under pressure, and the province is pushing for more regional cooperation on
energy. Everything is uncertain at once.

For the next atelier I would like to suggest scenario planning: how do you develop a long-term strategy for a
shared organisation when the future is this uncertain? Which scenarios do colleagues work with, and how do they
keep their boards engaged in thinking ten or fifteen years ahead?

Best regards,
Daniel Okafor
Director, Werkorganisatie Gooi-Zuid""",
    },
    {
        "id": "d103-vvg-08",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "sender": "Renate Brouwer <r.brouwer@lekstroom-werkt.nl>",
        "body": """Beste Melanie,

Wat een goede middag was het. Ik nam vooral mee dat veel collega's worstelen met de vraag hoe je de
eigen gemeenten zichtbaar houdt. Bij ons hebben we daar de afgelopen twee jaar een oplossing voor gevonden die
eigenlijk uit een hele andere hoek komt.

We hebben een inwonersportaal gebouwd waarin iedere inwoner met DigiD de status van al zijn aanvragen kan volgen,
van paspoort tot omgevingsvergunning, met een herkenbare huisstijl per gemeente. Het aantal telefoontjes met de
vraag "hoe staat het met mijn aanvraag?" is met 40% gedaald. Ik wil dat graag als casus voor het volgende atelier
aanbieden: wat werkte, wat kostte het, waar liepen we tegenaan bij de inwoners zelf.

Groet,
Renate Brouwer
Directeur Lekstroom Werkt""",
    },
    {
        "id": "d103-vvg-09",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "sender": "Wouter Jansma <w.jansma@aa-en-hunze-samen.nl>",
        "body": """Beste Stan,

Leuk atelier, en fijn dat de sfeer zo open was.

Een tip voor een volgende keer: Marja Kuipers, voormalig HR-directeur van een grote provincie, nu zelfstandig, heeft
ons vorig jaar geholpen met strategische personeelsplanning. Zij liet heel concreet zien hoe je je formatie over
vijf jaar kunt voorspellen op basis van uitstroom, pensioen en de arbeidsmarkt, en wat je nú moet doen. Ons MT was
er erg van onder de indruk. Misschien kan zij op het volgende atelier iets vertellen over personeelsplanning in
tijden van krapte?

Ik ben geen reclamebureau voor haar hoor, ze weet niet eens dat ik dit stuur.

Hartelijke groet,
Wouter""",
    },
    {
        "id": "d103-vvg-10",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "sender": "Monique Timmers <m.timmers@bommelerwaardwerkt.nl>",
        "body": """Geachte heer Van de Laar,

Hartelijk dank voor het atelier en het verslag. Bij ons is sindsdien helaas het een en ander gebeurd: de raad van
één van onze drie gemeenten heeft een motie aangenomen om de uittreding uit de gemeenschappelijke regeling te
onderzoeken. Die motie kwam na een jaar van klachten van inwoners over de afvalinzameling en de wachttijden bij de
Wmo, die eerlijk gezegd niet allemaal bij ons lagen.

Ik zou het graag op het volgende atelier hebben over uittreding: wat gebeurt er met de achterblijvende gemeenten,
welke afspraken staan er in de regeling, en vooral hoe je het gesprek met de gemeenten voert voordat het zover komt.
Ik ben ervan overtuigd dat er collega's zijn die dit van dichtbij hebben meegemaakt.

Met vriendelijke groet,
Monique Timmers
Algemeen directeur Bommelerwaard Werkt""",
    },
    {
        "id": "d103-vvg-11",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "sender": "H.J. Bakker <hj.bakker@gemeenten-westland-noord.nl>",
        "body": """Beste Melanie,

Een nieuw sturingsmodel, een nieuwe begrotingssystematiek en een nieuwe directeur bedrijfsvoering: dat was onze
eerste helft van het jaar. Het loopt allemaal, maar ik merk dat ik als directeur vooral bezig ben met de
dagelijkse gang van zaken. Tijd om vooruit te kijken is er nauwelijks.

Voor het volgende atelier: hoe maak je als directie tijd en ruimte voor de lange termijn? Hoe organiseer je
strategisch vermogen in een organisatie die vooral uitvoert, en hoe betrek je je bestuurders bij het nadenken over
de koers?

Met vriendelijke groet,
Henk Bakker""",
    },
    {
        "id": "d103-vvg-12",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "sender": "Saskia de Graaf <saskia.degraaf@ziggo.nl>",
        "body": """Hallo Stan,

Sorry voor de late reactie, ik lag er een paar weken uit met een gebroken enkel.

Bij ons is in de tussentijd de discussie losgebarsten over het sluiten van de servicepunten in de dorpen. Drie
servicepunten kosten samen ruim vier ton per jaar, en er komen gemiddeld elf bezoekers per dag. De cijfers zijn
duidelijk, het gevoel in de dorpen ook: het gemeentehuis verdwijnt.

Ik zou graag eens met collega's sparren over dienstverlening dichtbij de inwoner in kleine kernen. Wat zijn
alternatieven voor een fysiek servicepunt (de bibliotheek, een bus, een spreekuur bij de huisarts)? Wie heeft
daar ervaring mee?

Groet,
Saskia de Graaf
Directeur Werkorganisatie Drentse Aa""",
    },
    {
        "id": "d103-vvg-13",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "sender": "Rob van Leeuwen <r.vanleeuwen@kromme-rijn-samen.nl>",
        "body": """Beste Stan en Melanie,

Dank voor het mooie atelier. Ik heb er twee onderwerpen aan overgehouden, die niets met elkaar te maken hebben.

Het eerste komt voort uit een vervelende situatie. Onze nieuwe wethouder in de grootste gemeente heeft in de raad
gezegd dat de andere twee gemeenten "meeliften". Sindsdien is het ijzig tussen de colleges. Ik zou graag bespreken
hoe je als werkorganisatie de verhoudingen tussen je deelnemende gemeenten weer gezond krijgt.

Het tweede: we krijgen steeds meer klachten van inwoners die geen DigiD hebben of er niet mee overweg kunnen. Hoe
zorgen collega's dat zij niet buiten de boot vallen nu bijna alles digitaal gaat?

Met vriendelijke groet,
Rob van Leeuwen""",
    },
    {
        "id": "d103-vvg-14",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "sender": "Sjoerd Hoekstra <s.hoekstra@werkorganisatie-waddenkust.nl>",
        "body": """Beste Melanie,

Op het atelier vertelde ik al kort dat we midden in een bezuinigingsronde zitten. Inmiddels is duidelijk dat we in
drie jaar tijd 22 fte moeten inleveren. Natuurlijk verloop dekt daarvan hooguit de helft.

Volgende keer zou ik graag bespreken hoe je een krimpende formatie goed organiseert: welke taken schrap je, waar ga
je processen standaardiseren, en hoe voorkom je dat de mensen die blijven overbelast raken?

Groet,
Sjoerd Hoekstra""",
    },
    {
        "id": "d103-vvg-15",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "sender": "Claire Janssen <c.janssen@heerlen-oost-werkt.nl>",
        "body": """Dear Melanie,

First of all thank you for the atelier. It was my first one and I felt very welcome.

A bit of background: I moved to the Netherlands from Belgium two years ago and became director here last autumn,
right in the middle of the Omgevingswet implementation and a difficult reorganisation of the permits department.
Both are now more or less under control.

What I would really like to discuss next time is how to involve the councillors of the three municipalities in
the work of our joint organisation. At the moment they only see us when something goes wrong. Could we share
practices for informing and engaging the councils of all participating municipalities, e.g. joint council
meetings, working visits, a shared audit committee?

Kind regards,
Claire Janssen""",
    },
    {
        "id": "d103-vvg-16",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "sender": "Ahmet Yilmaz <a.yilmaz@werkorganisatie-zaanoever.nl>",
        "body": """Beste Stan,

Na de storing in februari, toen door een mislukte software-update drie dagen lang geen afspraken voor paspoorten en
rijbewijzen gemaakt konden worden, hebben we een klanttevredenheidsonderzoek laten doen. Daar kwam iets opvallends
uit: inwoners waren minder boos over de storing zelf dan over het feit dat niemand hen vertelde wat er aan de hand
was.

Daarom mijn suggestie voor het volgende atelier: hoe communiceer je met inwoners als de dienstverlening hapert, en
hoe organiseer je dat je ze proactief informeert in plaats van wacht tot ze bellen?

Vriendelijke groet,
Ahmet Yilmaz
Directeur Werkorganisatie Zaanoever""",
    },
    {
        "id": "d103-vvg-17",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "sender": "Marianne Goossens <m.goossens@baronie-samen.nl>",
        "body": """Beste Stan en Melanie,

Dank voor een mooie middag in Utrecht.

Bij ons heeft de hele organisatie het afgelopen halfjaar in het teken gestaan van de fusieplannen van twee van onze
vier gemeenten. Die plannen zijn inmiddels van tafel, de raden stemden nee, maar het heeft veel energie gekost en
onze strategische koers is in de la blijven liggen. Nu willen we die er weer uit halen, maar de wereld is
veranderd.

Voor het volgende atelier zou ik het willen hebben over hoe je een strategische visie op je organisatie
actualiseert en er opnieuw draagvlak voor krijgt, bij bestuur en medewerkers, zonder helemaal opnieuw te beginnen.

Met vriendelijke groet,
Marianne Goossens""",
    },
    {
        "id": "d103-vvg-18",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "subject": _VERVOLG_SUBJECT,
        "sender": "Jan-Willem Prins <jw.prins@langstraat-werkt.nl>",
        "body": """Stan,

Kort maar krachtig, zoals je van me gewend bent. Wethouders klagen over de afhandeling van raadsvragen (te laat),
inwoners klagen over de website (onvindbaar), de OR klaagt over de werkdruk (te hoog). Volgens mij is het allemaal
hetzelfde probleem: onze werkprocessen zijn nooit geharmoniseerd na de fusie. Iedere oude gemeente doet het nog op
zijn eigen manier.

Onderwerp: procesharmonisatie, jaren na de fusie. Wie heeft dat gedaan en hoe?

JW""",
    },
]

_AANVULLING: list[dict[str, Any]] = [
    {
        "id": "d103-aan-01",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "sender": "Harm Wolters <h.wolters@werkorganisatie-veenland.nl>",
        "body": """Beste Melanie,

Dank voor de bevestiging. Sinds mijn vorige mail is er iets bijgekomen dat ik u niet wil onthouden. Gisteren heeft
de burgemeester van onze middelste gemeente voorgesteld om de gezamenlijke afdeling economie weer op te knippen,
omdat zijn ondernemers zich niet herkennen in het regionale beleid. Het lijkt een detail, maar het is de eerste
keer dat een gemeente een gezamenlijke taak terug wil halen.

Als aanvulling dus: wanneer haal je een gezamenlijke taak terug naar één gemeente, en hoe ga je daar als
samenwerking mee om zonder dat het een precedent wordt?

Met vriendelijke groet,
Harm Wolters""",
    },
    {
        "id": "d103-aan-02",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "sender": "Ingrid Baas <ingrid.baas@gmail.com>",
        "body": """Hoi Melanie,

Nog één ding. Door de bezuiniging die ik noemde moeten we ook de I&A-begroting met een derde terugbrengen,
terwijl de licentiekosten van onze leveranciers dit jaar met gemiddeld twaalf procent stijgen. Ik zou dus graag
nog toevoegen: hoe houd je de kosten van je ICT-landschap beheersbaar (applicaties saneren, contracten
heronderhandelen, gezamenlijk inkopen)?

Groet,
Ingrid""",
    },
    {
        "id": "d103-aan-03",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "sender": "Theo Brinkhuis <t.brinkhuis@werkorganisatie-ijsselvallei.nl>",
        "body": """Dag Stan,

Fijn dat het is genoteerd. Ik heb er intussen met mijn MT over doorgepraat en daar kwam nog een tweede kant van
het verhaal boven. Tijdens die twee weken storing hebben onze klantadviseurs honderden boze inwoners en
aannemers aan de lijn gehad, zonder dat ze iets konden vertellen. Hoe richt je je klantcontact in op zo'n
situatie, met een draaiboek, vaste teksten, een statuspagina? Dat zou ik er graag als onderwerp bij zetten.

Groet,
Theo""",
    },
    {
        "id": "d103-aan-04",
        "kind": "suggestion",
        "themes": ["strategie"],
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "sender": "Esther de Roo <e.deroo@zuidkust-werkt.nl>",
        "body": """Beste Stan,

Dank voor uw bericht. Ik zie dat u mijn onderwerp hebt genoteerd, dank daarvoor. Ter aanvulling, omdat ik er in de
tussentijd op werd gewezen door een van onze wethouders: het gaat mij niet alleen om het maken van keuzes, maar ook
om het vastleggen ervan in een meerjarige strategische agenda die de verkiezingen van 2030 overleeft. Misschien kan
dat in het gesprek worden meegenomen.

Met vriendelijke groet,
Esther de Roo""",
    },
    {
        "id": "d103-aan-05",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-en",
        "sender": "Mark Hollander <m.hollander@rijnwaardsamen.nl>",
        "body": """Hi Melanie,

Thanks for confirming. One more thing I would like to add, now that our new interim director of operations has
had a closer look: our payroll and HR administration still run on three different systems, one for each former
municipality. I would like to add the topic of integrating HR systems and processes after a merger.

Best,
Mark""",
    },
]

_NIEUW: list[dict[str, Any]] = [
    {
        "id": "d103-new-01",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "subject": "Onderwerp voor het volgende atelier",
        "sender": "Erwin Hendriks <e.hendriks@gemeente-maasduinen-zuid.nl>",
        "body": """Beste mensen van het netwerk,

Ik ben sinds een half jaar directeur van onze werkorganisatie en heb nog geen oproep van u gezien, dus ik doe het
maar zo.

De organisatie die ik heb aangetroffen is financieel gezond, maar de verhoudingen tussen onze twee gemeenten zijn
beroerd. De ene gemeente wil investeren, de andere wil alleen nog de wettelijke taken. Iedere begroting is een
gevecht. Er is een oud zeer over de huisvesting, waar niemand het meer over heeft maar iedereen aan denkt.

Ik zou graag met collega's bespreken hoe je in een samenwerking met twee partners die totaal verschillende
ambities hebben toch gezamenlijke opgaven vindt. Is dat iets voor een volgend atelier?

Met vriendelijke groet,
Erwin Hendriks
Directeur""",
    },
    {
        "id": "d103-new-02",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "subject": "idee voor atelier: klachten als spiegel",
        "sender": "Petra Zwart <petra.zwart@werkorganisatie-kennemerland-noord.nl>",
        "body": """Hallo Stan en Melanie,

We hebben net ons jaarverslag klachten afgerond en ik ben er niet vrolijk van geworden. Driehonderdveertig
klachten, een stijging van een kwart, en een groot deel gaat over hetzelfde: niet teruggebeld, geen
ontvangstbevestiging, niet gehoord. Na de reorganisatie van vorig jaar zit de klachtbehandeling bij een centraal
team, en dat team komt er niet aan toe.

Ik heb ontdekt dat de cijfers op zich weinig zeggen, maar de verhalen erachter wel. Idee voor een atelier: hoe
gebruik je klachten en signalen van inwoners om je dienstverlening te verbeteren, in plaats van ze alleen af te
handelen?

Groeten,
Petra Zwart""",
    },
    {
        "id": "d103-new-03",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "subject": "Suggestion for the atelier",
        "sender": "Lars Vos <lars.vos@servicecentrum-delftland.nl>",
        "body": """Dear Stan, dear Melanie,

A colleague forwarded me your network's programme and I thought I would send in a suggestion directly.

Our municipalities asked us to save 8% on overhead within two years. We looked at everything, and the conclusion
was that our back office is scattered: every department still has its own secretaries, its own administrative
staff and its own little purchasing desk, a legacy of the three former town halls.

I would love to discuss with other directors how to bring back-office functions together in one internal service
centre within the organisation: the business case, the new work processes, the effect on staff. Happy to share
our own business case.

Kind regards,
Lars Vos
Director, Servicecentrum Delftland""",
    },
    {
        "id": "d103-new-04",
        "kind": "suggestion",
        "themes": ["strategie"],
        "subject": "Gespreksonderwerp",
        "sender": "Hester Bleeker <h.bleeker@gemeenten-vallei-en-eem.nl>",
        "body": """Geachte heer Van de Laar,

Na een lange periode van interim-bestuur hebben onze drie gemeenten sinds kort weer een volledig college, met
drie nieuwe wethouders die alle drie ooit zelf ambtenaar zijn geweest. Dat klinkt als een voordeel, maar ze
bemoeien zich met alles, van de inrichting van de teams tot de kleur van de nieuwe bedrijfsauto's.

Voor een volgend atelier denk ik aan: hoe kom je met een nieuw bestuur tot een gedeeld beeld van de bestuurlijke
prioriteiten voor de komende periode, en hoe houd je vervolgens de focus op die prioriteiten?

Hoogachtend,
H. Bleeker
Directeur/gemeentesecretaris""",
    },
    {
        "id": "d103-new-05",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "subject": "Casus migratie",
        "sender": "Bas Kuiper <b.kuiper@de-marne-samen.nl>",
        "body": """Beste Melanie,

Je herinnert je misschien dat ik op het laatste atelier vertelde over onze mislukte overstap naar een nieuw
belastingsysteem. We zijn nu acht maanden verder en ik heb het evaluatierapport op mijn bureau. Het is een
ontnuchterend document: geen eigenaar, geen exitstrategie, een leverancier die te veel beloofde en een
stuurgroep die pas alarm sloeg toen het te laat was.

Ik wil dat rapport, met alle pijnlijke details, graag als leercasus voor het volgende atelier aanbieden. Het
onderwerp zou dan zijn: hoe stuur je op grote ICT-implementaties in je organisatie? Laat me weten of dat past.

Groet,
Bas Kuiper
Directeur De Marne Samen""",
    },
    {
        "id": "d103-new-06",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie", "dienstverlening"],
        "subject": "Drie onderwerpen voor het atelier",
        "sender": "Willemijn Otten <w.otten@hollandsmidden-werkt.nl>",
        "body": """Beste Stan en Melanie,

Het afgelopen jaar hadden we bij ons van alles: een nieuwe wethouder, een bezuinigingsronde, een mislukte
migratie van het zaaksysteem, en klachten van inwoners over de afvalinzameling die in de raad breed werden
uitgemeten. Ik ga u de details besparen. Wat ik eraan overhoud, zijn drie vragen die ik graag met collega's zou
bespreken:

Hoe ga je om met de verschillen in belangen tussen de deelnemende gemeenten als het geld krap wordt?
Hoe organiseer je het beheer van je applicaties zo dat een migratie niet meer mis kan gaan?
Hoe meet je of inwoners tevreden zijn over wat je levert, per gemeente?

Met vriendelijke groet,
Willemijn Otten""",
    },
    {
        "id": "d103-new-07",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "subject": "Omgevingswet en inwoners",
        "sender": "Gijs Brands <gijs.brands@hotmail.com>",
        "body": """Hoi Stan,

Via mijn privémail, want de zakelijke staat vol met Omgevingswet-overleggen. We hebben de wet technisch redelijk
ingevoerd, maar het participatiedeel blijft achter. Initiatiefnemers moeten omwonenden betrekken, maar hoe dat
moet weten ze niet, en wij kunnen ze er niet goed bij helpen. Resultaat: bezwaren, boze buren en een vertraagd
project.

Wat zou ik graag willen leren van anderen: hoe help je inwoners en ondernemers bij participatie rond hun plannen,
met welke hulpmiddelen en begeleiding? Wie doet dat goed?

Groet,
Gijs Brands
Werkorganisatie Oost-Achterhoek""",
    },
    {
        "id": "d103-new-08",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "subject": "voorstel: sparren over regionale samenwerking",
        "sender": "Dewi Santoso <d.santoso@grensstreek-samen.nl>",
        "body": """Beste secretariaat,

Onze drie gemeenten liggen aan de Duitse grens en hebben elk hun eigen afspraken met de Duitse buren, over
bedrijventerreinen, over het openbaar vervoer, over de brandweer. Sinds de reorganisatie van onze werkorganisatie
zit alle kennis daarover bij één beleidsmedewerker, die binnenkort vertrekt. Daardoor kwam ik op de vraag: wat is
eigenlijk onze gezamenlijke positie als drie gemeenten in die grensregio, en hoe trekken we daarin samen op?

Daar zou ik graag eens met collega's over sparren, ook met collega's die niet aan een grens liggen maar wel in een
ingewikkelde regio zitten.

Vriendelijke groet,
Dewi Santoso""",
    },
    {
        "id": "d103-new-09",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "subject": "Atelier",
        "sender": "Frits Heemskerk <f.heemskerk@bollenstreekwerkt.nl>",
        "body": """Stan, Melanie,

Onze nieuwe wethouder personeel en organisatie, jong, ambitieus, uit Den Haag afkomstig, vroeg mij vorige week
waarom we nog steeds een functiehuis hebben met 312 unieke functiebeschrijvingen. Ik had er geen goed antwoord op.
Na drie fusies is dat zo gegroeid.

Graag zou ik op een van de volgende ateliers iets horen over het vereenvoudigen van het functiehuis en
generieke functieprofielen. Wie heeft dat gedaan, en hoe ging dat met de medewerkers en de OR?

Frits Heemskerk
Algemeen directeur Bollenstreek Werkt""",
    },
]

_DOORGESTUURD: list[dict[str, Any]] = [
    {
        "id": "d103-fwd-01",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Jacqueline Ruiter <j.ruiter@werkorganisatie-westfriesland-oost.nl>",
        "body": """Dank Anja, ik reageer direct richting het netwerk.

Beste Stan en Melanie,

Wij zitten middenin de overgang naar een nieuw sturingsconcept: meer ruimte voor teams, minder management, en de
directie stuurt voortaan op een handvol kritische prestatie-indicatoren. Een van de discussies die dat oproept
is welke indicatoren we dan kiezen voor de dienstverlening. Nu meten we vooral wat makkelijk te meten is, zoals
wachttijd aan de telefoon en het aantal klachten.

Wat ik graag wil bespreken: welke prestatie-indicatoren zeggen echt iets over de kwaliteit van dienstverlening aan
inwoners en ondernemers? En vergelijken collega's hun prestaties met die van andere fusieorganisaties?

Hartelijke groet,
Jacqueline Ruiter""",
    },
    {
        "id": "d103-fwd-02",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "quoted": "vervolg_atelier",
        "quote": "doorgestuurd",
        "subject": (
            'FW: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
        ),
        "sender": "Arjen Koster <a.koster@ommelanden-werkt.nl>",
        "body": """Beste Stan,

Mijn secretaresse stuurde me jullie bericht door, dank voor het mooie atelier. Ik heb nog lang nagedacht over de
casus van de collega uit Zeeland.

Sindsdien is bij ons de vraag opgekomen of we de samenwerking niet moeten verbreden: de vier gemeenten werken nu
samen op bedrijfsvoering, maar het sociaal domein doet ieder nog zelf. Sommige wethouders willen dat zo houden,
andere zien het als logische volgende stap. Mijn onderwerp voor de volgende keer: wanneer breid je de gezamenlijke
taken uit, en hoe krijg je alle gemeenten mee?

Groet,
Arjen Koster""",
    },
    {
        "id": "d103-fwd-03",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Maarten Groen <m.groen@stichtse-vecht-oost.nl>",
        "body": """Anja, wil je dit namens mij doorsturen? Nee, laat maar, ik stuur het zelf.

Beste secretariaat,

Onze inwoners klagen al een jaar over de lange wachttijd voor een afspraak bij Burgerzaken, tot zes weken. De
gemeenteraad heeft er vorige maand een debat over gevoerd. Het probleem zit in de planning en roostering: we
werken nog met Excel-lijstjes per locatie, en iedere ziekmelding gooit alles om.

Voorstel: slimme personeelsplanning en roostering in een organisatie met meerdere vestigingen. Ik weet zeker dat
meer collega's hiermee worstelen.

Met vriendelijke groet,
Maarten Groen""",
    },
]

_MEER: list[dict[str, Any]] = [
    {
        "id": "d103-mix-01",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Yasmina Bouzid <y.bouzid@werkorganisatie-lopikerwaard-oost.nl>",
        "body": """Beste Stan en Melanie,

Op 11 maart kan ik er helaas niet bij, maar een onderwerp wil ik u niet onthouden.

In november ontvingen zo'n vierhonderd inwoners een brief over hun WOZ-beschikking met de gegevens van een ander
erin. Een fout in een koppeling, zo bleek achteraf. De Autoriteit Persoonsgegevens is ingelicht, de raden zijn
geïnformeerd, en de lokale omroep heeft er een week lang over bericht. We hebben excuses aangeboden en de meeste
inwoners hebben dat gewaardeerd.

Intern hebben we gezien hoe slecht informatiebeveiliging en privacy in onze werkprocessen zijn verankerd. Er is
een CISO op papier, maar die zit voor twee dagen per week bij drie organisaties. Mijn onderwerp: hoe organiseer je
informatiebeveiliging en privacy in een fusieorganisatie, met welke formatie en met welke rol voor de lijn?

Met vriendelijke groet,
Yasmina Bouzid""",
    },
    {
        "id": "d103-mix-02",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "sender": "Pieter de Wit <p.dewit@alblasserwaard-samen.nl>",
        "body": """Dear secretariat,

Budget cuts everywhere this year. Each of our four municipalities is drawing up its own list of savings, in its
own council, on its own timetable. The result is that nobody is looking after what we agreed to do together five
years ago: the joint housing programme, the regional economic agenda, the shared climate goals.

My suggestion for the atelier: how do you keep the shared ambitions of the participating municipalities alive
when each of them is busy cutting on its own?

Regards,
Pieter de Wit""",
    },
    {
        "id": "d103-mix-03",
        "kind": "suggestion",
        "themes": ["strategie", "dienstverlening"],
        "thread": "call_for_themes",
        "sender": "Marleen Verhagen <m.verhagen@gemeentenhetzuiden.nl>",
        "subject": _OPROEP_SUBJECT,
        "body": """Beste Melanie,

Ik antwoord even tussen de regels door.

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt ons
> bij het tellen.

Dat lukt me niet helemaal in één regel, want eerst het verhaal. Onze werkorganisatie heeft vorig jaar een nieuw
sturingsmodel gekregen, met een kleiner MT en een aparte directeur dienstverlening. De raden waren enthousiast,
het personeel iets minder. Er is nu in ieder geval rust, en daardoor komen er vragen boven die eerder bleven
liggen. Twee ervan wil ik inbrengen:

Welke koers kiezen we voor de organisatie richting 2035, nu de oorspronkelijke fusiedoelen zijn bereikt?
Hoe zet je de wensen van inwoners centraal bij het vernieuwen van het klantcontact?

> De Adviesraad weegt alle suggesties en adviseert over het programma; daarna ontvangt u de uitnodiging.

Veel wijsheid gewenst aan de Adviesraad!

Marleen Verhagen""",
    },
    {
        "id": "d103-mix-04",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "thread": "call_for_themes",
        "subject": _OPROEP_SUBJECT,
        "sender": "Evert Jan Wessels <ej.wessels@werkorganisatie-noordveluwe-west.nl>",
        "body": """Beste Stan,

Nog een suggestie van mijn kant, al duurt het even voor ik er ben.

Twee jaar geleden kozen onze gemeenten voor een nieuw sturingsmodel, met een opdrachtgeversrol per gemeente en
dienstverleningsovereenkomsten voor alles. Het werkt, maar het heeft ook iets gedaan met de sfeer. Vroeger gingen we
samen op zoek naar oplossingen; nu is het een transactie. De gemeenten bestellen, wij leveren. En omdat alles moet
passen binnen de afgesproken producten, is er voor vernieuwing geen ruimte meer. Dat merk ik aan alles: geen
experimenten, geen pilots, geen nieuwe ideeën.

Dus mijn vraag aan collega's: hoe organiseer je ruimte voor innovatie in je eigen organisatie (een innovatiebudget,
een vast team, tijd voor medewerkers) als alles in producten en prijzen is vastgelegd?

Met vriendelijke groet,
Evert Jan Wessels""",
    },
]

_OVERIG: list[dict[str, Any]] = [
    {
        "id": "d103-oth-01",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Robert Smeets <r.smeets@gemeenten-heuvelrug-zuid.nl>",
        "body": """Beste Stan en Melanie,

Dank voor de oproep. Ik wil eerlijk zijn: op dit moment lukt het me niet om er serieus over na te denken.

Vorige week hebben de raden van onze twee gemeenten ingestemd met het herindelingsadvies. Dat betekent dat onze
werkorganisatie over anderhalf jaar opgaat in de nieuwe gemeente. Tegelijk moeten we het gewone werk draaiende
houden, loopt er een sociaal plan, en heb ik een OR die terecht veel vragen stelt. Mijn agenda staat tot de zomer
vol met overleggen over de herindeling.

Ik hoop dat u begrijpt dat ik deze ronde geen onderwerp aandraag. Ik blijf de ateliers met belangstelling volgen.

Met vriendelijke groet,
Robert Smeets""",
    },
    {
        "id": "d103-oth-02",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "sender": "Annemiek Vos <annemiek.vos@werkorganisatie-dongemond.nl>",
        "body": """Hoi Stan en Melanie,

Wat een mooie middag was het. Ik vond vooral het gesprek in het tweede deel waardevol, waarin collega's vertelden
hoe zij hun bestuurders betrekken. Ik heb het verslag vanochtend doorgestuurd naar ons hele MT en we gaan er
volgende week een uur voor vrijmaken.

Dank voor jullie goede voorbereiding en de prettige gespreksleiding.

Hartelijke groet,
Annemiek""",
    },
    {
        "id": "d103-oth-03",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "sender": "Gerard Nijhuis <g.nijhuis@werkorganisatie-hofvantwente.nl>",
        "body": """Beste Melanie,

Dank voor de uitnodiging om te reageren. Inhoudelijk was het een goede middag, maar ik heb een paar opmerkingen
over de vorm. De groepjes waren met acht personen te groot om echt de diepte in te gaan, en het laatste deel werd
afgeraffeld omdat de tijd op was. Ik moest zelf ook eerder weg om de trein naar Twente te halen.

Zou u willen overwegen om het atelier voortaan een hele dag te laten duren, of in kleinere groepen te werken? Dan
blijft er ook tijd over om na afloop nog even na te praten.

Met vriendelijke groet,
Gerard Nijhuis""",
    },
    {
        "id": "d103-oth-04",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "sender": "Tjitske van der Meer <t.vandermeer@werkorganisatie-noardeast.nl>",
        "body": """Beste Stan,

Sinds de reorganisatie van vorig jaar zit ik met een kleiner MT en een overvolle agenda. Een middag naar Utrecht
kost me vanuit Dokkum al snel een hele werkdag, met vijf uur reistijd. Ik ben er dus de laatste keren niet bij
geweest, en dat spijt me, want ik lees de verslagen altijd met veel interesse.

Een voorstel: zou het atelier een keer in het noorden kunnen plaatsvinden, of in ieder geval hybride, zodat ook
collega's van verder weg volwaardig kunnen meedoen?

Groet,
Tjitske van der Meer

Verzonden vanaf mijn iPhone""",
    },
    {
        "id": "d103-oth-05",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "Michiel Korver <m.korver@werkorganisatie-oostgelre.nl>",
        "body": """Beste Stan en Melanie,

Wij hebben sinds januari een nieuwe concerncontroller, die van een grote gemeenschappelijke regeling komt en veel
ervaring heeft met de financiële kant van samenwerking. Ze heeft me enorm geholpen bij de lastige discussie over
onze begroting met de drie gemeenten.

Mijn vraag: is het netwerk alleen bedoeld voor directeuren, of mag zij ook lid worden en naar de ateliers komen?
Ik zou het zinvol vinden als ze de volgende keer meegaat.

Met vriendelijke groet,
Michiel Korver""",
    },
    {
        "id": "d103-oth-06",
        "kind": "other",
        "subject": "Spreker voor uw atelier: de Omgevingswet in de praktijk",
        "sender": "Joris Abspoel <joris@abspoeladvies.nl>",
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

Via LinkedIn zag ik dat uw netwerk twee keer per jaar een Leer- en inspireer-atelier organiseert. Ik begeleid sinds
2019 gemeenten en werkorganisaties bij de invoering van de Omgevingswet, en heb de afgelopen jaren bij veertien
organisaties gezien waar het vastloopt: bij de samenwerking met de omgevingsdienst, bij het vooroverleg, bij de
rol van de raad.

Graag bied ik aan om op een van uw ateliers een interactieve sessie te verzorgen over de Omgevingswet in de
praktijk. Mijn tarief voor een dagdeel bespreek ik graag in een kort kennismakingsgesprek.

Met vriendelijke groet,

Joris Abspoel
Abspoel Advies | Omgevingsrecht en organisatie
06 41 22 87 30""",
    },
    {
        "id": "d103-oth-07",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "sender": "Lianne Bosch <l.bosch@werkorganisatie-zuidwolde-samen.nl>",
        "body": """Goedemiddag,

Ik wilde het verslag doorsturen naar onze burgemeesters, die erg benieuwd zijn naar wat er besproken is na mijn
verhaal over de bestuurlijke spanningen bij ons. Maar de link in uw mail geeft bij mij een foutmelding (pagina niet
gevonden). Kunt u het verslag als bijlage sturen?

Met vriendelijke groet,
Lianne Bosch
Directiesecretariaat""",
    },
    {
        "id": "d103-oth-08",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Oliver Brandt <o.brandt@werkorganisatie-rijnland-zuid.nl>",
        "body": """Dear Stan,

Thanks for the call. No topic from me this round, I'm afraid.

We are in the middle of a merger of two shared organisations into one, with a new board, a new organisational
structure and around 600 staff who have to be placed in new positions. On top of that our IT migration is due in
May. It is all hands on deck and I simply have no headspace for anything else at the moment.

I just wanted you to know why you are not hearing from me. Hopefully next time.

All the best,
Oliver""",
    },
    {
        "id": "d103-oth-09",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "sender": "Nicole Verbruggen <n.verbruggen@markiezaat-werkt.nl>",
        "body": """Beste Melanie,

De inleiding van de hoogleraar bestuurskunde aan het begin van de middag heeft bij ons MT veel losgemaakt. Haar
verhaal over de ambtelijke organisatie als "dienaar van meerdere heren" hebben we de week erna besproken, en
we willen haar graag uitnodigen voor een sessie met onze colleges. Zou u mij haar contactgegevens kunnen sturen,
of haar vragen of ze dat goed vindt?

Dank alvast,
Nicole Verbruggen""",
    },
    {
        "id": "d103-oth-10",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Hendrik Veenstra <h.veenstra@gemeenten-oldambt-noord.nl>",
        "body": """Beste Stan,

Het gaat bij ons niet goed. Na de mislukte overgang naar het nieuwe financiële systeem heeft één gemeente de
accountantsverklaring niet op tijd gekregen, is er in twee raden een motie van wantrouwen tegen de
portefeuillehouder ingediend, en sinds vorige week ligt er een verzoek om een extern onderzoek naar mijn eigen
functioneren. Ik wil daar niet op het atelier over praten, daarvoor is het te persoonlijk en te actueel.

Wel zou ik het op prijs stellen als je me een keer belt. Ik wil graag persoonlijk even met je sparren over hoe ik
dit aanpak. Mijn nummer is 06 18 44 02 91.

Groet,
Hendrik Veenstra""",
    },
    {
        "id": "d103-oth-11",
        "kind": "other",
        "subject": "Vertrek Jan Roozendaal",
        "sender": "Carla Steenbergen <c.steenbergen@werkorganisatie-westbetuwe-oost.nl>",
        "body": """Geacht secretariaat,

Graag informeer ik u dat onze algemeen directeur, de heer Jan Roozendaal, per 1 februari de organisatie heeft
verlaten. Met de reorganisatie die afgelopen najaar is doorgevoerd, is zijn functie samengevoegd met die van de
gemeentesecretaris van de grootste deelnemer. Wie hem in het netwerk opvolgt, is nog niet bekend; daar kom ik op
terug zodra dat duidelijk is.

Met vriendelijke groet,
Carla Steenbergen
Managementassistent directie""",
    },
    {
        "id": "d103-oth-12",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "sender": "Dennis Arts <d.arts@werkorganisatie-landvancuijk-noord.nl>",
        "body": """Beste Stan en Melanie,

Even een terugkoppeling, omdat ik denk dat jullie het leuk vinden om te horen. De werkvorm met de "bestuurlijke
spiegel" uit het atelier hebben we twee weken later zelf toegepast in een bijeenkomst met onze drie colleges.
Iedere wethouder beschreef hoe hij dacht dat de andere gemeenten naar de samenwerking kijken. Het leverde een
gesprek op dat we in jaren niet hadden gevoerd. Een van de burgemeesters zei na afloop dat het de beste
bijeenkomst was sinds de fusie.

Dank dus!

Dennis Arts""",
    },
    {
        "id": "d103-oth-13",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Ellen Maas <e.maas@werkorganisatie-geldersevallei.nl>",
        "body": """Beste Stan en Melanie,

Ik las in de oproep dat de Adviesraad alle suggesties weegt. Ik ben nu zes jaar directeur, heb een fusie, twee
reorganisaties en een herindelingsdiscussie meegemaakt, en heb de laatste jaren bijna alle ateliers bezocht.
Ik zou het leuk vinden om mijn ervaring in te zetten in de Adviesraad. Is daar plek, en hoe gaat de selectie?

Met vriendelijke groet,
Ellen Maas""",
    },
    {
        "id": "d103-oth-14",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "sender": "Jos Wijnands <j.wijnands@werkorganisatie-roerdal.nl>",
        "body": """Beste secretariaat,

Na onze reorganisatie heb ik de portefeuille dienstverlening en bedrijfsvoering overgedragen aan mijn nieuwe
adjunct-directeur. Zij is veel dichter bij de dagelijkse praktijk betrokken dan ik en heeft vast betere ideeën
voor onderwerpen. Kunt u deze oproep ook naar haar sturen? Ze begint volgende maand, haar e-mailadres weet ik nog
niet.

Groet,
Jos Wijnands""",
    },
    {
        "id": "d103-oth-15",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "sender": "Sophie Laurent <s.laurent@werkorganisatie-maasland.nl>",
        "body": """Dear Melanie,

Thank you for a lovely afternoon. The presentation on the steering model of the three Zeeland municipalities was
exactly what our management team needs to see: we are redesigning our own model this spring.

Would it be possible to receive the slides? They are not in the report.

Kind regards,
Sophie Laurent""",
    },
    {
        "id": "d103-oth-16",
        "kind": "other",
        "subject": "Vraag: benchmark formatie fusieorganisaties",
        "sender": "Thijs Oudshoorn <t.oudshoorn@werkorganisatie-rijnstreek.nl>",
        "body": """Beste Stan,

Onze nieuwe wethouder financiën heeft de begroting van de werkorganisatie naast die van twee vergelijkbare
organisaties gelegd en vindt onze overhead te hoog. Ik heb het vermoeden dat de cijfers niet vergelijkbaar zijn,
omdat iedere organisatie andere taken in de overhead meetelt.

Beschikt het netwerk over een benchmark of vergelijkende cijfers over de formatie en overhead van ambtelijke
fusieorganisaties? Of weet je wie die heeft? Dan kan ik het gesprek met de wethouder beter voeren.

Groet,
Thijs Oudshoorn""",
    },
    {
        "id": "d103-oth-17",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "sender": "Anouk Verstegen <a.verstegen@werkorganisatie-gemertbakel-oost.nl>",
        "body": """Beste Stan en Melanie,

Bij ons gebeurt er zoveel tegelijk (de Omgevingswet, een nieuwe wethouder, een bezuiniging, een fusieverkenning)
dat twee ateliers per jaar eigenlijk te weinig zijn. Tegen de tijd dat het volgende atelier er is, is de situatie
alweer veranderd. Mijn voorstel is om vaker bij elkaar te komen, bijvoorbeeld vier keer per jaar, wat korter, en
dan afwisselend fysiek en online.

Met vriendelijke groet,
Anouk Verstegen""",
    },
    {
        "id": "d103-oth-18",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "sender": "Erik-Jan Pouw <ej.pouw@werkorganisatie-vlietstroom.nl>",
        "body": """Beste Stan,

Een compliment voor de inhoud van het atelier, maar ook een kritische noot. Zoals u weet zit ik sinds een
ongeluk twee jaar geleden in een rolstoel. De zaal op de tweede verdieping was alleen bereikbaar met een
goederenlift die ik door een beveiliger moest laten bedienen, en het toilet was niet aangepast. Ik heb me er
doorheen geslagen, maar ik wil u vragen bij de keuze van de locatie voortaan rekening te houden met de
toegankelijkheid.

Met vriendelijke groet,
Erik-Jan Pouw""",
    },
    {
        "id": "d103-oth-19",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "sender": "Bart Roelofs <b.roelofs@maasenpeelwerkt.nl>",
        "body": """Hallo Melanie,

Dank, zo is het goed genoteerd. Ik ben benieuwd wat de Adviesraad ervan vindt.

Groet,
Bart""",
    },
    {
        "id": "d103-oth-20",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Wendy Kuijpers <w.kuijpers@werkorganisatie-oisterwijk-haaren.nl>",
        "body": """Beste Stan,

Twee weken geleden heb ik vanaf mijn telefoon een uitgebreide reactie gestuurd met een onderwerp over de
bezuinigingen bij ons, maar ik heb geen bevestiging ontvangen. Inmiddels vraag ik me af of die mail wel is
aangekomen, want mijn telefoon had die dag problemen met de synchronisatie. Kunt u even nakijken of mijn
onderwerp bij u bekend is?

Met vriendelijke groet,
Wendy Kuijpers""",
    },
    {
        "id": "d103-oth-21",
        "kind": "other",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "sender": "Rik Hoogendoorn <r.hoogendoorn@gemeenten-krimpen-samen.nl>",
        "body": """Goedemorgen,

Ik ontving deze mail waarin u mij bedankt voor mijn deelname, maar ik was op 11 maart niet aanwezig. Ik had me
afgemeld omdat ik die dag een crisisoverleg had over de storing in ons belastingsysteem. Klopt uw registratie wel?

Met vriendelijke groet,
Rik Hoogendoorn""",
    },
]

_RSVP: list[dict[str, Any]] = [
    {
        "id": "d103-rsv-01",
        "kind": "rsvp",
        "attending": True,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Stefan Mol <s.mol@werkorganisatie-altena-west.nl>",
        "body": """Beste Stan en Melanie,

Het was een onrustige winter. Onze nieuwe wethouder bedrijfsvoering wilde binnen zijn eerste honderd dagen de hele
organisatie doorlichten, de OR vond dat hij op de stoel van de directie ging zitten, en ik heb meer tijd besteed
aan bemiddelen dan aan besturen. Inmiddels hebben we afspraken gemaakt en is het weer rustig.

Een onderwerp heb ik niet, de lijst in uw mail dekt wel zo'n beetje wat mij bezighoudt. Maar op 11 maart ben ik er
zeker bij.

Met vriendelijke groet,
Stefan Mol""",
    },
    {
        "id": "d103-rsv-02",
        "kind": "rsvp",
        "attending": False,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "sender": "Ria Kooistra <r.kooistra@werkorganisatie-hogeland-zuid.nl>",
        "body": """Hallo Melanie,

Dank voor de oproep. Bij ons is het alle hens aan dek: de gemeenten hebben een bezuiniging van drie miljoen op de
werkorganisatie gelegd, en we moeten in maart met een uitgewerkt voorstel naar de drie raden. Op 11 maart is
juist de gezamenlijke informatieavond voor de raadsleden over dat voorstel. Ik kan er dus helaas niet bij zijn.

Ik lees het verslag graag na.

Groet,
Ria Kooistra""",
    },
    {
        "id": "d103-rsv-03",
        "kind": "rsvp",
        "attending": False,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Ton Hermans <t.hermans@werkorganisatie-meierij-noord.nl>",
        "body": """Beste Stan,

Sinds de arbeidsmarkt zo krap is, ben ik naast directeur ook nog maar even waarnemend hoofd ICT. Mijn agenda laat
een middag Utrecht op 11 maart niet toe, hoe graag ik ook zou willen. Ik stuur in mijn plaats mijn plaatsvervanger,
Sophie Maas (s.maas@werkorganisatie-meierij-noord.nl). Zij is goed ingevoerd en brengt verslag uit in ons MT.

Groet,
Ton Hermans""",
    },
    {
        "id": "d103-rsv-04",
        "kind": "rsvp",
        "attending": True,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "sender": "James de Vries <j.devries@werkorganisatie-lingewaal.nl>",
        "body": """Hi Stan,

We have just come through a difficult reorganisation of our permits department, triggered by the Omgevingswet, and
I am honestly still catching my breath. No topics from me this round, but count me in for 11 March, I would not
want to miss it.

Best,
James""",
    },
    {
        "id": "d103-rsv-05",
        "kind": "rsvp",
        "attending": True,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "sender": "Eveline Post <e.post@werkorganisatie-scherpenzeel-renswoude.nl>",
        "body": """Beste Melanie,

Dit thema komt precies op het goede moment. We hebben net een reorganisatie afgerond waarbij de teams per gemeente
zijn opgeheven, en de burgemeesters van de twee kleinere gemeenten vragen zich hardop af wie er nu nog "hun"
ambtenaar is.

Ja, ik kom graag, en ik neem onze HR-manager mee. We komen dus met z'n tweeën.

Hartelijke groet,
Eveline Post

Verzonden vanaf mijn iPhone""",
    },
    {
        "id": "d103-rsv-06",
        "kind": "rsvp",
        "attending": True,
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "sender": "Koen Smit <k.smit@werkorganisatie-berg-en-dal-oost.nl>",
        "body": """Beste Stan,

Dank voor de herinnering. Het is hier hectisch: de eerste grote vergunningaanvragen onder de Omgevingswet lopen
vast, en ik zit de hele week in crisisoverleg met de omgevingsdienst. Maar ik heb de middag van donderdag
vrijgehouden en ik ben er gewoon bij.

Groet,
Koen Smit""",
    },
    {
        "id": "d103-rsv-07",
        "kind": "rsvp",
        "attending": False,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "sender": "Irene Wouters <i.wouters@werkorganisatie-beekdaelen-zuid.nl>",
        "body": """Geachte heer Van de Laar,

Het thema spreekt me zeer aan, juist nu. Bij ons staat de verhouding tussen de drie gemeenten onder druk na een
conflict over de verdeling van de kosten van de nieuwe huisvesting. Om dat op te lossen is er op 11 maart 's middags
een extra vergadering van het algemeen bestuur ingepland, en daar moet ik bij zijn.

Nee helaas, ik kan niet komen.

Met vriendelijke groet,
I. Wouters""",
    },
    {
        "id": "d103-rsv-08",
        "kind": "rsvp",
        "attending": False,
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "sender": "Mehmet Kaya <m.kaya@werkorganisatie-haarlemmerland.nl>",
        "body": """Beste Melanie,

Helaas, ik kan niet. Door de storing in ons zaaksysteem van afgelopen week heeft de raad van onze grootste
gemeente voor donderdagmiddag een spoeddebat aangevraagd, en ik word daar verwacht. Geef mijn plaats gerust aan
iemand op de wachtlijst.

Groet,
Mehmet Kaya""",
    },
    {
        "id": "d103-rsv-09",
        "kind": "rsvp",
        "attending": True,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "sender": "Paul van Rijn <p.vanrijn@werkorganisatie-gooise-meren-noord.nl>",
        "body": """Beste secretariaat,

Wij hebben de afgelopen maanden een nieuw sturingsmodel ingevoerd, en de gesprekken daarover met de gemeenten
vergen veel tijd. Aan de thema's in uw mail heb ik niets toe te voegen; ze raken allemaal wel iets van wat bij ons
speelt. Ik zie u graag op 11 maart.

Met vriendelijke groet,
Paul van Rijn""",
    },
]

_LIDMAATSCHAP: list[dict[str, Any]] = [
    {
        "id": "d103-uns-01",
        "kind": "unsubscribe",
        "erase": False,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "sender": "Gert-Jan Boon <gj.boon@werkorganisatie-giessenlanden-oost.nl>",
        "body": """Beste Stan en Melanie,

Dank voor de oproep, maar voor mij komt hij te laat. Per 1 april gaan onze twee gemeenten op in de nieuwe gemeente,
en daarmee houdt onze ambtelijke fusieorganisatie op te bestaan. Ik word zelf programmadirecteur voor de
overgangsperiode en heb geen plek meer in een netwerk van directeuren van fusieorganisaties.

Wilt u mij daarom afmelden? Dank voor de mooie ateliers van de afgelopen jaren.

Met vriendelijke groet,
Gert-Jan Boon""",
    },
    {
        "id": "d103-uns-02",
        "kind": "unsubscribe",
        "subject": "Overdracht lidmaatschap netwerk",
        "sender": "Anton Kramer <a.kramer@werkorganisatie-voorne-oost.nl>",
        "body": """Beste Stan en Melanie,

Na ruim acht jaar als directeur van onze werkorganisatie, met de fusie, twee reorganisaties en de invoering van de
Omgevingswet, ga ik per 1 mei met pensioen. Het netwerk is voor mij al die jaren een plek geweest waar ik
openhartig kon praten met collega's die hetzelfde meemaken.

Mijn opvolger is Ruud Bakker, nu nog directeur bedrijfsvoering. Wilt u hem in mijn plaats als lid opnemen? Zijn
adres is r.bakker@werkorganisatie-voorne-oost.nl.

Met hartelijke groet,
Anton Kramer""",
    },
    {
        "id": "d103-uns-03",
        "kind": "unsubscribe",
        "erase": True,
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "sender": "Marjolein Drost <m.drost@werkorganisatie-kaag-en-braassem-noord.nl>",
        "body": """Beste Melanie,

Na het conflict met het algemeen bestuur over de verdeling van de bezuinigingen heb ik besloten mijn functie neer
te leggen. Ik vertrek eind deze maand. Ik wil u vragen mij af te melden en al mijn gegevens te verwijderen,
conform de AVG. Wie mij opvolgt is nog niet bekend.

Met vriendelijke groet,
Marjolein Drost""",
    },
    {
        "id": "d103-uns-04",
        "kind": "unsubscribe",
        "erase": False,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "sender": "Johan Evers <j.evers@werkorganisatie-nederbetuwe-west.nl>",
        "body": """Geacht secretariaat,

In de nieuwe organisatiestructuur die per 1 maart ingaat, is mijn functie als directeur bedrijfsvoering komen te
vervallen. Ik ga terug naar mijn oude vak, als concerncontroller bij een provincie. Haal me dus maar van de
ledenlijst; naar het atelier van 11 maart kom ik dan ook niet.

Met vriendelijke groet,
Johan Evers""",
    },
    {
        "id": "d103-sub-01",
        "kind": "subscribe",
        "subject": "Aanmelding netwerk",
        "sender": "Farida Rahimi <f.rahimi@werkorganisatie-twenterand-noord.nl>",
        "body": """Beste netwerk,

Sinds 1 februari ben ik algemeen directeur van de werkorganisatie van drie Twentse gemeenten. Ik kom uit een
provinciale organisatie en heb nog weinig ervaring met de dynamiek van een ambtelijke fusie: drie colleges, drie
raden, één organisatie. Mijn voorganger raadde me uw netwerk aan.

Ik meld me graag aan als lid.

Met vriendelijke groet,
Farida Rahimi""",
    },
    {
        "id": "d103-sub-02",
        "kind": "subscribe",
        "subject": "Aanmelding collega",
        "sender": "Leo Timmermans <l.timmermans@werkorganisatie-peel-en-maas-oost.nl>",
        "body": """Beste Stan,

Na onze reorganisatie hebben we een tweede directeur, verantwoordelijk voor dienstverlening en het sociaal domein.
Ze heeft de afgelopen maanden al veel van de netwerkverslagen gelezen die ik doorstuurde. Onze nieuwe directeur
Marieke Smeulders (m.smeulders@werkorganisatie-peel-en-maas-oost.nl) wil graag ook lid worden. Wil je haar
aanmelden?

Groet,
Leo Timmermans""",
    },
]

_AUTO: list[dict[str, Any]] = [
    {
        "id": "d103-aut-01",
        "kind": "autoreply",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Harm Wolters <h.wolters@werkorganisatie-veenland.nl>",
        "body": """Dank voor uw bericht.
Ik ben van 25 januari tot en met 5 februari afwezig en heb geen toegang tot mijn mail.
Voor dringende zaken kunt u contact opnemen met het directiesecretariaat, telefoon 0591 24 80 00.

Met vriendelijke groet,
Harm Wolters""",
    },
    {
        "id": "d103-aut-02",
        "kind": "autoreply",
        "thread": "call_for_themes",
        "subject": "Out of Office: Dank voor uw komst: Leer- en inspireer-atelier",
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "sender": "Mark Hollander <m.hollander@rijnwaardsamen.nl>",
        "body": """Thank you for your email. I am out of the office until 2 April with limited access to email.
For urgent matters please contact my office manager at +31 26 312 40 00.

Mark Hollander""",
    },
    {
        "id": "d103-aut-03",
        "kind": "autoreply",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken?",
        "sender": "Afdeling Strategie <strategie@werkorganisatie-zwartewater.nl>",
        "body": """Dit is een automatisch bericht.

In verband met de reorganisatie is de afdeling Strategie per 1 januari 2027 opgeheven. Dit mailadres wordt niet
meer gelezen en uw bericht wordt niet doorgestuurd.
Voor vragen kunt u terecht bij info@werkorganisatie-zwartewater.nl.""",
    },
]

CASES: list[dict[str, Any]] = (
    _OPROEP + _VERVOLG + _AANVULLING + _NIEUW + _DOORGESTUURD + _MEER + _OVERIG + _RSVP + _LIDMAATSCHAP + _AUTO
)
# fmt: on
