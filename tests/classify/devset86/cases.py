"""devset86: topic suggestions and their themes (second set), with look-alikes.

About sixty-five `suggestion` cases spread over the four themes, in the forms directors use: bulleted lists of two or
three topics, a topic put as a question to colleagues, a long case description from the writer's own organisation, a
topic in English, a topic named in a subject line with a short body, and a topic whose theme words are all in
passing except one telling phrase. Next to them look-alikes: `rsvp` answers that mention a theme and `other` mails
about a theme (is it planned, feedback, slides, a topic for another event, a pitch, a question to the secretariat).

Conventions relied on (from the dataset brief):
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- A director who cannot come but sends a substitute: `rsvp` False. A mail that changes an earlier answer carries the
  latest answer.
- Applying for the Adviesraad, a supplier's pitch: `other`. A request plus a real question to the secretariat:
  `other`.
- `themes` holds the theme(s) of what the writer proposes, not of words used in passing; a list of topics gets the
  union of their themes; two themes only where the topic(s) clearly span both.
- Themes: strategie (long-term vision, substantive agenda, administrative priorities); samenwerking (relation
  between the participating municipalities, joint tasks, position in the region); organisatie (structure, steering,
  formatie, digitalisation, work processes, finances, I&A, HR); dienstverlening (services to residents, businesses
  and institutions, monitoring of performance).
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- suggestions: bulleted lists
    {
        "id": "d86-suggestion-01", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Gerrit Wolters <g.wolters@werkorganisatie-lingevallei.nl>",
        "body": """Beste Stan en Melanie,

Twee onderwerpen van mijn kant:
- de informatiepositie van de drie gemeenteraden ten opzichte van onze werkorganisatie
- hybride werken en wat dat betekent voor onze huisvesting (we hebben twee kantoren die half leeg staan)

Met vriendelijke groet,
Gerrit Wolters
Algemeen directeur Werkorganisatie Lingevallei
""",
    },
    {
        "id": "d86-suggestion-02", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Ans Brouwer <ans.brouwer@dienst-heuvelrug-oost.nl>",
        "body": """Hallo,

Voor maart zou ik graag deze drie willen inbrengen:

- klachtenafhandeling: van netjes afhandelen naar er echt van leren
- het klantcontactcentrum als eerste aanspreekpunt voor alle drie de gemeenten
- vergunningverlening onder de Omgevingswet, twee jaar na de invoering

Groet,
Ans Brouwer
directeur Dienst Heuvelrug-Oost
""",
    },
    {
        "id": "d86-suggestion-03", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Hans Kuipers <h.kuipers@bedrijfsvoeringsorganisatie-zuidwolde.nl>",
        "body": """Goedemorgen,

* de krapte op de arbeidsmarkt en wat een traineeprogramma ons wel en niet oplevert
* AI en data in de bedrijfsvoering: waar beginnen we?

Hans Kuipers
""",
    },
    {
        "id": "d86-suggestion-04", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Petra van Dijk <p.vandijk@gemeente-maasoever.nl>",
        "body": """Beste secretariaat,

Mijn onderwerpen, één per regel zoals gevraagd:
1. De regionale economische strategie: welke rol pakt een werkorganisatie die voor drie van de negen regiogemeenten
   werkt?
2. De woningbouwopgave die onze gemeenten samen moeten waarmaken, terwijl de bouwlocaties ongelijk verdeeld zijn.

Hartelijke groet,
Petra van Dijk
Directeur Werkorganisatie Maasoever
""",
    },
    {
        "id": "d86-suggestion-05", "kind": "suggestion", "themes": ["strategie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "sender": "Roel Hendriks <roel.hendriks@werkorganisatie-de-veenhoek.nl>",
        "body": """Hoi Stan,

- onze visie voor 2035: wat voor organisatie willen we dan zijn?
- prestaties zichtbaar maken voor inwoners, bijvoorbeeld met een openbaar dashboard met doorlooptijden

Groeten, Roel

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d86-suggestion-06", "kind": "suggestion", "themes": ["organisatie", "strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Marleen Postma <m.postma@buw-werkorganisatie.nl>",
        "body": """Beste Stan, beste Melanie,

Graag zet ik de volgende twee onderwerpen op de lijst:

- Inkoop en contractmanagement: we kopen veel in, maar na het tekenen kijkt niemand meer naar het contract.
- Bestuurlijke keuzes in het sociaal domein nu de jeugdzorgbudgetten structureel overschreden worden: welke
  ambities laten de besturen los, en hoe help je ze als directie die keuze te maken?

Met vriendelijke groet,

Marleen Postma
Algemeen directeur BUW-werkorganisatie
T 0523 - 28 71 40
""",
    },
    {
        "id": "d86-suggestion-07", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "Bert Schouten <b.schouten@gr-kempenland.nl>",
        "body": """Onderwerpen voor het atelier:

- de rol van de directeur tussen drie colleges die elk iets anders van je verwachten
- het inwerken van nieuwe collega's in een organisatie waar iedereen twee dagen thuis werkt

Bert Schouten
""",
    },
    {
        "id": "d86-suggestion-08", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Ilse Verbeek <ilse.verbeek@gmail.com>",
        "body": """Dag allen,

Dank voor de fijne middag. Voor de volgende keer:
- digitale inclusie: hoe bedienen we inwoners die online niet mee kunnen komen
- strategische personeelsplanning voor de komende vijf jaar

Met groet,
Ilse Verbeek
(directeur Samenwerkingsorganisatie Waterland-Noord)
""",
    },
    {
        "id": "d86-suggestion-09", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Jeroen Smit <j.smit@werkorganisatie-dal-en-duin.nl>",
        "body": """Beste Stan en Melanie,

- Scenario's voor de toekomst van onze werkorganisatie richting 2035
- Welke plek krijgt de strategische agenda als het gemeentefonds vanaf 2026 krimpt

Vriendelijke groet,
Jeroen Smit
""",
    },
    {
        "id": "d86-suggestion-10", "kind": "suggestion", "themes": ["dienstverlening", "strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Laura Peeters <l.peeters@shared-services-oostkust.nl>",
        "body": """Dear Stan and Melanie,

My suggestions for the March atelier:
- complaints handling: how do you turn complaints into improvements?
- setting a long-term course for our organisation when the political priorities change every four years

Kind regards,
Laura Peeters
Director, Shared Services Oostkust
""",
    },
    # ---------------------------------------------------------------- suggestions: question to colleagues
    {
        "id": "d86-suggestion-11", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Willem de Haan <w.dehaan@werkorganisatie-de-drie-polders.nl>",
        "body": """Beste collega's,

Een vraag die ik graag aan de andere directeuren voorleg: hoe gaan jullie om met raadsleden die buiten de
gemeenschappelijke regeling om rechtstreeks informatie bij jullie medewerkers ophalen? Bij ons vragen drie raden
elk op hun eigen manier om grip, en de werkorganisatie zit ertussenin.

Groet,
Willem de Haan
""",
    },
    {
        "id": "d86-suggestion-12", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Karin Vos <k.vos@ambtelijkeorganisatie-rijnwaard.nl>",
        "body": """Hoe gaan jullie om met thuiswerken nu op dinsdag en vrijdag de helft van de werkplekken leeg staat?
Wij overwegen een verdieping af te stoten en flexplekken in te voeren, en ik ben benieuwd naar ervaringen.

Karin Vos
""",
    },
    {
        "id": "d86-suggestion-13", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "sender": "Frank Mulder <frank.mulder@werkorganisatie-zeeuwse-eilanden.nl>",
        "body": """\
Mijn vraag aan de collega's: hoe gaan jullie om met klachten van inwoners? Behandelen jullie ze alleen af,
of gebruiken jullie ze ook om de dienstverlening echt te verbeteren?

Frank Mulder
""",
    },
    {
        "id": "d86-suggestion-14", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Sanne Jacobs <sanne.jacobs@werkorganisatie-berkelstroom.nl>",
        "body": """Hoi Melanie,

Graag als onderwerp: hoe gaan jullie om met generatieve AI zoals Copilot en ChatGPT? Hebben jullie al regels voor
medewerkers, wie mag wat gebruiken, en hoe borgen jullie dat er geen vertrouwelijke gegevens in terechtkomen?

Groetjes,
Sanne
""",
    },
    {
        "id": "d86-suggestion-15", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "sender": "Koen Dekker <k.dekker@werkorganisatie-noordkwartier.nl>",
        "body": """\
Vraag voor de collega's: hoe gaan jullie om met een deelnemende gemeente die steeds vaker haar eigen weg
wil gaan en hardop over uittreden nadenkt?

Koen

Verzonden vanaf mijn iPhone
""",
    },
    {
        "id": "d86-suggestion-16", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Mirjam Bosman <m.bosman@fusieorganisatie-veluwezoom.nl>",
        "body": """Beste Stan en Melanie,

Ik leg graag deze vraag voor: hoe komen jullie tot een meerjarige koers voor de werkorganisatie als de drie
deelnemende gemeenten elk heel andere ambities hebben? Het gaat mij om de combinatie: een eigen langetermijnvisie
neerzetten én de verschillende gemeenten daarin meekrijgen.

Met vriendelijke groet,
Mirjam Bosman
""",
    },
    {
        "id": "d86-suggestion-17", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Dirk Willems <d.willems@servicecentrum-drechtland.nl>",
        "body": """Hoe hebben jullie het contractmanagement georganiseerd? Bij ons ligt het verspreid over tien teams en
weet niemand precies welke contracten wanneer aflopen. Dat lijkt me een goed gespreksonderwerp.

Dirk Willems
Directeur Servicecentrum Drechtland
""",
    },
    {
        "id": "d86-suggestion-18", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Esther Huisman <e.huisman@werkorganisatie-twentezuid.nl>",
        "body": """Beste organisatie,

Voor het volgende atelier: hoe meten jullie wat ondernemers vinden van jullie dienstverlening? Wij doen een
jaarlijkse enquête, maar de respons is zo laag dat we er weinig mee kunnen.

Groet, Esther Huisman
""",
    },
    # ---------------------------------------------------------------- suggestions: long case descriptions
    {
        "id": "d86-suggestion-19", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Theo Bakker <t.bakker@werkorganisatie-de-kroonlanden.nl>",
        "body": """Beste Stan en Melanie,

Ik wil graag een casus uit onze eigen organisatie inbrengen. Ons klantcontactcentrum neemt sinds vorig jaar de
telefoon op voor alle drie de gemeenten. Op papier een mooie stap, in de praktijk zijn de wachttijden opgelopen
tot soms twintig minuten en krijgen we steeds vaker te horen dat inwoners 'hun' gemeente niet meer herkennen aan
de telefoon. Medewerkers moeten de regels en gewoonten van drie gemeenten kennen, en bij vragen over
afvalinzameling of parkeervergunningen gaat het regelmatig mis omdat elke gemeente het net anders geregeld heeft.
We denken na over een chatbot op de websites en over een terugbelservice, maar we willen eerst de basis op orde.

Mijn onderwerp is dus: hoe richt je een klantcontactcentrum in dat voor inwoners van drie gemeenten snel,
deskundig en herkenbaar is?

Met vriendelijke groet,
Theo Bakker
Directeur Werkorganisatie De Kroonlanden
""",
    },
    {
        "id": "d86-suggestion-20", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Hanneke Meijer <hanneke.meijer@werkorganisatie-vechtdal.nl>",
        "body": """Beste Stan, beste Melanie,

Bij ons speelt het volgende. De uitgaven aan jeugdzorg lopen in alle drie de gemeenten al vier jaar achter elkaar
uit de pas; vorig jaar ging het om ruim zes miljoen boven de begroting. De colleges hebben ons gevraagd met
voorstellen te komen. Dan merk je hoe ongemakkelijk het is: als ambtelijke organisatie moet je laten zien welke
ambities uit de coalitieakkoorden niet meer haalbaar zijn, zonder op de stoel van het bestuur te gaan zitten.
Wij hebben nu een vorm gekozen met drie scenario's per gemeente, maar ik twijfel of dat de juiste weg is.

Wat ik graag met collega's zou bespreken: hoe help je besturen om in het sociaal domein inhoudelijk scherpe
keuzes te maken over wat wel en niet meer op de agenda staat?

Hartelijke groet,
Hanneke Meijer
""",
    },
    {
        "id": "d86-suggestion-21", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Martijn Koster <m.koster@werkorganisatie-ijsselmonde.nl>",
        "body": """Beste secretariaat,

Een praktijkvoorbeeld. In de regionale woondeal hebben onze drie gemeenten samen toegezegd om tot 2030 ruim
2.400 woningen te bouwen. De grootste gemeente heeft de locaties, de twee kleinere hebben vooral de ambitie. Ons
team wonen werkt voor alle drie, en nu ontstaat de vraag wie welke woningen 'telt', wie de kosten van de
voorbereiding draagt en of het ene dorp mag bouwen voor de woningzoekenden van het andere. Bestuurlijk ligt het
gevoelig; ambtelijk zitten wij ertussen.

Ik zou graag bespreken hoe andere werkorganisaties zo'n gezamenlijke woningbouwopgave eerlijk verdelen tussen de
deelnemende gemeenten.

Met vriendelijke groet,
Martijn Koster
""",
    },
    {
        "id": "d86-suggestion-22", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Yvonne de Graaf <y.degraaf@werkorganisatie-amstelgouw.nl>",
        "body": """Beste Stan en Melanie,

Twee jaar geleden zijn wij gestart met een eigen traineeprogramma: acht jonge hbo'ers en academici die in twee
jaar langs vier afdelingen rouleren. De eerste lichting is net klaar. Vier van de acht zijn al vertrokken, twee
naar het Rijk en twee naar een adviesbureau, waar ze meteen een schaal hoger instromen. Tegelijk stroomt de
komende vijf jaar een kwart van onze medewerkers uit door pensioen. We zitten dus klem tussen een krappe
arbeidsmarkt en een salarisruimte die we niet zomaar kunnen oprekken.

Onderwerp: hoe bind en behoud je jong talent in een ambtelijke fusieorganisatie?

Met vriendelijke groet,
Yvonne de Graaf
Gemeentesecretaris/directeur Werkorganisatie Amstelgouw
""",
    },
    {
        "id": "d86-suggestion-23", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes-wrote",
        "sender": "Peter Timmermans <p.timmermans@omgevingsteam-bommelerwaard.nl>",
        "body": """Beste Stan,

Sinds de Omgevingswet van kracht is, zien wij bij onze werkorganisatie dat de doorlooptijden van vergunningen
oplopen. Het vooroverleg kost veel meer tijd dan we hadden gedacht, het landelijke loket geeft aanvragers nog
steeds onduidelijke vragenlijsten, en inwoners met een simpele dakkapel bellen ons verward op. Vorige maand
verliep een aantal aanvragen van rechtswege, wat lokaal in de krant kwam.

Ik stel voor om in het atelier te praten over de dienstverlening aan inwoners en initiatiefnemers onder de
Omgevingswet: hoe houden we het begrijpelijk en op tijd?

Groet,
Peter Timmermans
""",
    },
    {
        "id": "d86-suggestion-24", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ingrid Smeets <i.smeets@werkorganisatie-peelrand.nl>",
        "body": """Beste Stan en Melanie,

Onze drie gemeenteraden hebben vorig najaar alle drie een motie aangenomen waarin ze vragen om per kwartaal een
uitgebreide voortgangsrapportage van de werkorganisatie. De rekenkamer had eerder geconcludeerd dat de raden
'op afstand' staan. Inmiddels schrijven wij drie verschillende rapportages in drie formats voor drie
auditcommissies, en toch voelen de raden zich niet beter geïnformeerd. Het voedt bovendien het wantrouwen
tussen de gemeenten onderling: de een ziet wat de ander krijgt.

Ik zou graag met collega's bespreken hoe je raden van deelnemende gemeenten echt grip geeft op een
gemeenschappelijke werkorganisatie, zonder dat de organisatie in de verantwoording verdrinkt.

Vriendelijke groet,
Ingrid Smeets
""",
    },
    {
        "id": "d86-suggestion-25", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Arjan Hoekstra <a.hoekstra@bedrijfsvoeringscentrum-friese-meren.nl>",
        "body": """Beste Stan en Melanie,

Vorig jaar vond de accountant bij ons voor ruim twee miljoen aan onrechtmatige inkopen, vooral omdat teams
opdrachten bleven verlengen zonder nieuwe aanbesteding. Daarna hebben we een inkoopadviseur extra aangenomen, een
contractenregister opgezet en de mandaten aangescherpt. Maar het blijft dweilen met de kraan open: de teams zien
inkoop als een hindernis en niet als een vak.

Ik stel daarom voor: hoe professionaliseer je inkoop en contractmanagement in een fusieorganisatie, zodat het
onderdeel wordt van het gewone werkproces?

Met vriendelijke groet,
Arjan Hoekstra
""",
    },
    {
        "id": "d86-suggestion-26", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "sender": "Carla Jansen <c.jansen@werkorganisatie-het-groene-hart-west.nl>",
        "body": """Beste Stan en Melanie,

Onze werkorganisatie bestaat dit jaar tien jaar. De evaluatie is net klaar en is positief: lagere kwetsbaarheid,
betere kwaliteit, de besparing is gehaald. Maar de besturen vragen nu: en hoe verder? Er liggen ideeën voor
verbreding van het takenpakket, voor meer gespecialiseerde teams, en er zijn mensen die vinden dat we vooral
moeten consolideren. Niemand heeft een helder beeld waar we over tien jaar willen staan.

Onderwerp dat ik zou willen bespreken: hoe ontwikkel je na de eerste fase een nieuwe langetermijnvisie op de
werkorganisatie?

Groet,
Carla Jansen
""",
    },
    {
        "id": "d86-suggestion-27", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Rob Verhoeven <r.verhoeven@werkorganisatie-de-baronie.nl>",
        "body": """Beste Stan, beste Melanie,

Onze regio heeft dit jaar een nieuwe economische agenda vastgesteld, met negen gemeenten, de provincie en het
bedrijfsleven aan tafel. Onze werkorganisatie werkt voor drie van die negen gemeenten. In het regionale overleg
schuiven soms drie wethouders aan met drie verschillende posities, terwijl de ondersteuning vanuit één team komt.
De grotere centrumgemeente ziet ons vooral als 'die kleine gemeenten', en we missen kansen op
regiodealgeld.

Graag als onderwerp: hoe positioneer je een ambtelijke fusieorganisatie in de regio, bijvoorbeeld rond een
regionale economische strategie?

Met vriendelijke groet,
Rob Verhoeven
""",
    },
    # ---------------------------------------------------------------- suggestions: in English
    {
        "id": "d86-suggestion-28", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Thomas Bergman <t.bergman@werkorganisatie-grensland.nl>",
        "body": """Hi Stan,

Topic suggestion: using data and AI responsibly in our own back office. We are piloting automatic
classification of incoming post and are struggling with privacy, data quality and who owns the algorithms.

Best,
Thomas
""",
    },
    {
        "id": "d86-suggestion-29", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Nadia El Amrani <n.elamrani@shared-municipal-office.nl>",
        "body": """Dear all,

I would like to propose: the director's position between three boards of mayor and aldermen. Each board sees
me as 'their' director, and balancing their wishes is becoming the hardest part of my job.

Kind regards,
Nadia El Amrani
""",
    },
    {
        "id": "d86-suggestion-30", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Mark de Ruiter <mark.deruiter@werkorganisatie-kustzone.nl>",
        "body": """Hello,

Suggestion for the atelier: monitoring our service performance. Which indicators do you actually report to
residents and businesses (response times, first-time-right, satisfaction), and do they change anything?

Regards,
Mark de Ruiter
""",
    },
    {
        "id": "d86-suggestion-31", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "sender": "Eva Lindqvist <e.lindqvist@werkorganisatie-duinstreek.nl>",
        "body": """Dear Stan and Melanie,

Thanks for a great afternoon. For next time I'd suggest a session on long-term strategy: what should a shared
civil-service organisation look like in 2035, and who sets that course?

Best regards,
Eva Lindqvist
""",
    },
    {
        "id": "d86-suggestion-32", "kind": "suggestion", "themes": ["samenwerking"],
        "sender": "Sophie Evers <s.evers@werkorganisatie-rivierenhof.nl>",
        "subject": "Topic for the next atelier",
        "body": """Dear secretariat,

A topic for the next atelier: how do the participating municipalities share the burden of regional tasks, such
as housing refugees with a residence permit, when one of them has far fewer available homes than the others?

Kind regards,
Sophie Evers
Director, Werkorganisatie Rivierenhof
""",
    },
    # ---------------------------------------------------------------- suggestions: subject line, short body
    {
        "id": "d86-suggestion-33", "kind": "suggestion", "themes": ["samenwerking"],
        "sender": "Jan-Willem Prins <jw.prins@werkorganisatie-hollandse-ijssel.nl>",
        "subject": "Onderwerp atelier: de rol van de directeur tussen drie colleges",
        "body": """Zie onderwerpregel. Graag op de lijst.

Jan-Willem Prins
""",
    },
    {
        "id": "d86-suggestion-34", "kind": "suggestion", "themes": ["dienstverlening"],
        "sender": "Annemiek Bos <annemiek.bos@samenwerkingsorganisatie-tweestromen.nl>",
        "subject": "Suggestie: het klantcontactcentrum van de toekomst",
        "body": """Beste Melanie,

Dit zou ik graag eens met collega's bespreken.

Groet, Annemiek
""",
    },
    {
        "id": "d86-suggestion-35", "kind": "suggestion", "themes": ["organisatie"],
        "sender": "Gijs van Leeuwen <g.vanleeuwen@werkorganisatie-oostgelre.nl>",
        "subject": "Thema-idee: strategische personeelsplanning",
        "body": """Hoi Stan,

Kort en goed: zie het onderwerp. Bij ons loopt over vijf jaar een derde van de vaste formatie uit.

Gijs
""",
    },
    {
        "id": "d86-suggestion-36", "kind": "suggestion", "themes": ["strategie"],
        "sender": "Monique Claassen <m.claassen@werkorganisatie-altena-west.nl>",
        "subject": "Voorstel gespreksthema: bestuurlijke prioriteiten na de verkiezingen",
        "body": """Beste secretariaat,

Dit voorstel spreekt voor zich, denk ik. Na de raadsverkiezingen liggen er nieuwe coalitieakkoorden en moeten we
bepalen wat de werkorganisatie de komende vier jaar als eerste oppakt.

Met vriendelijke groet,
Monique Claassen
""",
    },
    {
        "id": "d86-suggestion-37", "kind": "suggestion", "themes": ["strategie"],
        "sender": "Erik Huijbregts <e.huijbregts@werkorganisatie-westhoek.nl>",
        "subject": "Suggestie voor het atelier: de energietransitie in onze koers",
        "body": """\
Welke plek geeft een werkorganisatie zo'n grote opgave in haar koers voor de komende tien jaar? Graag op
de lijst.

Erik Huijbregts
""",
    },
    {
        "id": "d86-suggestion-38", "kind": "suggestion", "themes": ["dienstverlening"],
        "sender": "Lotte Vermeulen <l.vermeulen@werkorganisatie-land-van-cuijk-zuid.nl>",
        "subject": "Thema: het omgevingsloket en doorlooptijden van vergunningen",
        "body": """Graag toevoegen aan de lijst voor het atelier.

Met vriendelijke groet,
Lotte Vermeulen

Verstuurd vanaf mijn Android-telefoon
""",
    },
    {
        "id": "d86-suggestion-39", "kind": "suggestion", "themes": ["strategie"],
        "sender": "Paul Geerts <p.geerts@werkorganisatie-kromme-rijn.nl>",
        "subject": "Themasuggestie: wat schrappen we na het ravijnjaar?",
        "body": """Zie onderwerp. Welke inhoudelijke ambities houden onze besturen overeind als het geld op is?

Paul
""",
    },
    # ---------------------------------------------------------------- suggestions: one telling phrase
    {
        "id": "d86-suggestion-40", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Henk Oosterhuis <h.oosterhuis@werkorganisatie-westerkwartier-noord.nl>",
        "body": """Beste Stan en Melanie,

De samenwerking met de collega-directeuren vind ik altijd waardevol, en onze organisatie en dienstverlening draaien
inmiddels behoorlijk. Wat ik mis is een verhaal voor de lange termijn: ik zou graag bespreken hoe wij als
werkorganisatie zelf een langetermijnvisie formuleren in plaats van te wachten tot de besturen er een vragen.

Met vriendelijke groet,
Henk Oosterhuis
""",
    },
    {
        "id": "d86-suggestion-41", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Fleur Hermans <fleur.hermans@werkorganisatie-de-liemers-oost.nl>",
        "body": """Hallo Stan en Melanie,

Strategisch staan we er goed voor, de organisatie is op orde en de samenwerking tussen onze gemeenten loopt
soepel. Wat me wel dwarszit: de wachttijden aan de telefoon voor inwoners. Daarover wil ik graag van
collega's leren.

Groet,
Fleur
""",
    },
    {
        "id": "d86-suggestion-42", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Bas Coenen <b.coenen@werkorganisatie-meierij-noord.nl>",
        "body": """Beste secretariaat,

Onze dienstverlening aan bouwers en ondernemers is ons visitekaartje, en strategisch willen we daar ook op
inzetten. Maar het team vergunningen zit al twee jaar onder de vastgestelde formatie en de werkdruk is te hoog.
Dat laatste is mijn onderwerp: hoe houd je de bezetting van zo'n specialistisch team op peil?

Groet,
Bas Coenen
""",
    },
    {
        "id": "d86-suggestion-43", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Wendy Smits <w.smits@werkorganisatie-zuid-limburg-oost.nl>",
        "body": """Goedemiddag,

Onze organisatie werkt goed en de dienstverlening is sinds de fusie verbeterd, dus daar hoeft het niet over. Wat
wel schuurt is de verdeelsleutel: de grootste gemeente vindt dat zij te veel betaalt voor wat de twee kleinere
afnemen. Ik zou graag horen hoe anderen die kostenverdeling tussen de gemeenten bespreekbaar houden.

Wendy Smits
""",
    },
    {
        "id": "d86-suggestion-44", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Ruben Maas <r.maas@werkorganisatie-vallei-en-eem.nl>",
        "body": """Dag Stan,

Mooie middag weer. De strategische discussie over samenwerking was leerzaam, maar wat mij dagelijks bezighoudt
is iets praktischers: hybride werken. Hoe houd je teams bij elkaar als mensen elkaar nauwelijks nog zien?

Ruben

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d86-suggestion-45", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Linda Kok <l.kok@werkorganisatie-de-marne-en-wadden.nl>",
        "body": """Beste Stan en Melanie,

Onze organisatie is net heringericht en de samenwerking met de gemeenten is goed. Toch zie ik één onderwerp
waarover ik graag van collega's zou horen: de klachtenregeling en de rol van de gemeentelijke ombudsman bij
inwoners die vastlopen.

Vriendelijke groet,
Linda Kok
""",
    },
    # ---------------------------------------------------------------- suggestions: other forms
    {
        "id": "d86-suggestion-46", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Gerrit Wolters <g.wolters@werkorganisatie-lingevallei.nl>",
        "body": """\
Nog een aanvulling: ik vergat de digitale balie voor ondernemers, één loket voor alle drie de gemeenten.

Gerrit
""",
    },
    {
        "id": "d86-suggestion-47", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Joke Wijnands <j.wijnands@werkorganisatie-hoeksche-delta.nl>",
        "body": """Beste Melanie,

Dank voor het verslag. Voor het najaar zou ik het willen hebben over de vraag hoe we de gemeenteraden van onze
deelnemers aangehaakt houden: welke informatie krijgen ze, en wanneer?

Groet,
Joke Wijnands
""",
    },
    {
        "id": "d86-suggestion-48", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Tim Vogel <tim.vogel@werkorganisatie-gooi-zuid.nl>",
        "body": """\
Voor het volgende atelier: kunstmatige intelligentie. Wat kan het voor onze werkprocessen, en wat mag het?

Tim
""",
    },
    {
        "id": "d86-suggestion-49", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Saskia Molenaar <s.molenaar@werkorganisatie-ommelanden.nl>",
        "body": """Beste Stan en Melanie,

Ik ben er op 11 maart zeker bij. Als onderwerp stel ik voor: werving van jonge medewerkers in een arbeidsmarkt
waarin we concurreren met het Rijk en de markt.

Tot dan,
Saskia Molenaar
""",
    },
    {
        "id": "d86-suggestion-50", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Victor Lammers <v.lammers@werkorganisatie-ede-vallei.nl>",
        "body": """Beste secretariaat,

Op 11 maart kan ik zelf helaas niet. Wel geef ik een onderwerp mee: hoe zet je een meerjarige koers uit als de
bestuurlijke prioriteiten elke vier jaar wisselen?

Met vriendelijke groet,
Victor Lammers
""",
    },
    {
        "id": "d86-suggestion-51", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quote": "none",
        "sender": "Rianne Kuijpers <r.kuijpers@werkorganisatie-land-van-heusden.nl>",
        "body": """Beste Stan,

> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken?

Het herijken van de dienstverleningsovereenkomst met onze deelnemende gemeenten: wat leveren we elk van hen, en
wie bepaalt dat?

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

Bij deze!

Rianne Kuijpers
""",
    },
    {
        "id": "d86-suggestion-52", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "doorgestuurd",
        "sender": "Marco Dijkstra <m.dijkstra@werkorganisatie-noordoostpolder-urk.nl>",
        "body": """Stan, Melanie,

Via mijn secretariaat kreeg ik jullie oproep. Mijn onderwerp: de rechtmatigheidsverantwoording en de interne
controle die daarbij hoort. Voor ons een flinke klus in de financiële functie.

Marco Dijkstra
""",
    },
    {
        "id": "d86-suggestion-53", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "Hester Brink <h.brink@werkorganisatie-drentsche-aa.nl>",
        "body": """\
Voorstel: de verhouding tussen onze werkorganisatie en de regionale omgevingsdienst. Wie doet wat bij toezicht
en handhaving, en hoe stemmen de drie gemeenten hun opdracht aan de omgevingsdienst op elkaar af?

Hester Brink
""",
    },
    {
        "id": "d86-suggestion-54", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "sender": "Johan Wessels <johan.wessels@werkorganisatie-salland-west.nl>",
        "body": """Beste Stan en Melanie,

Graag agenderen: servicenormen. Publiceren jullie beloftes aan inwoners (binnen vijf werkdagen antwoord e.d.) en
hoe zorgen jullie dat je ze ook waarmaakt?

Groet,
Johan Wessels
""",
    },
    {
        "id": "d86-suggestion-55", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "sender": "Noor Hamdi <noor.hamdi@werkorganisatie-betuwe-midden.nl>",
        "body": """\
Goed initiatief! Mijn onderwerp: klimaatadaptatie als bestuurlijke prioriteit voor de lange termijn, in plaats
van een reeks losse projecten die met elke begroting weer ter discussie staan.

Noor

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d86-suggestion-56", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Stefan Rutten <s.rutten@werkorganisatie-maas-en-waal.nl>",
        "body": """Beste Stan en Melanie,

Mijn voorstel: een AI-chatbot op de websites van onze gemeenten, en tegelijk wat dat betekent voor de formatie
en het werk van de medewerkers in het klantcontactcentrum. Ik wil beide kanten bespreken: wat merkt de inwoner
ervan, en hoe nemen we onze eigen mensen mee?

Met vriendelijke groet,
Stefan Rutten
""",
    },
    {
        "id": "d86-suggestion-57", "kind": "suggestion", "themes": ["dienstverlening", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Anouk Willemsen <a.willemsen@werkorganisatie-achterhoek-west.nl>",
        "body": """Goedemorgen,

Een onderwerp: één gezamenlijk loket voor vergunningen samen met de buurgemeenten die niet in onze
werkorganisatie zitten. Voor inwoners en bedrijven zou het een stuk eenvoudiger worden, maar het vraagt ook dat
we als gemeenten in de regio afspraken maken over wie waarvoor betaalt en wie het loket aanstuurt.

Anouk Willemsen
""",
    },
    {
        "id": "d86-suggestion-58", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Daan Kramer <daan.kramer@werkorganisatie-krimpenerwaard-oost.nl>",
        "body": """Beste allen,

Graag als onderwerp: het sturingsconcept van onze werkorganisatie in relatie tot de drie gemeenten. Wij werken
met opdrachtgevers per gemeente en een eigen directie, maar wie bepaalt de formatie en de inrichting van de
teams als de deelnemers elk andere wensen hebben?

Groet,
Daan Kramer
""",
    },
    {
        "id": "d86-suggestion-59", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "sender": "Femke Visser <f.visser@werkorganisatie-zaanstreek.nl>",
        "body": """Ons voorstel: de missie en visie van de werkorganisatie herijken, acht jaar na de start.

Femke Visser
""",
    },
    {
        "id": "d86-suggestion-60", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Gert-Jan Veenstra <gj.veenstra@werkorganisatie-lauwersland.nl>",
        "body": """Beste Stan en Melanie,

Wat mij bezighoudt is scenario-denken: welke taken doen we over tien jaar niet meer zelf, en welke juist wel?
Dat zou ik graag met collega's verkennen.

Groeten,
Gert-Jan Veenstra
""",
    },
    {
        "id": "d86-suggestion-61", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Maaike Heijnen <m.heijnen@werkorganisatie-bergenland.nl>",
        "body": """Beste secretariaat,

Onderwerp: de woningbouwopgave die wij als drie gemeenten gezamenlijk dragen, inclusief de huisvesting van
statushouders. Hoe verdelen andere werkorganisaties de lasten en de locaties?

Met vriendelijke groet,
Maaike Heijnen
""",
    },
    {
        "id": "d86-suggestion-62", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ronald Peters <r.peters@werkorganisatie-waalboog.nl>",
        "body": """Beste Stan en Melanie,

Graag als onderwerp: de planning-en-controlcyclus. Hoe krijgen jullie tijdig zicht op overschrijdingen in het
sociaal domein, zodat we niet pas bij de jaarrekening schrikken?

Met vriendelijke groet,
Ronald Peters
Concerncontroller a.i. / plv. directeur
""",
    },
    {
        "id": "d86-suggestion-63", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Jolanda Aarts <j.aarts@werkorganisatie-de-peel-noord.nl>",
        "body": """Beste Stan,

Volgende keer graag: de toegang tot het sociaal domein voor inwoners. Eén keukentafelgesprek voor Wmo, jeugd en
schulden in plaats van drie loketten. Hoe hebben anderen dat ingericht?

Groet,
Jolanda Aarts
""",
    },
    {
        "id": "d86-suggestion-64", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Edwin Bosch <e.bosch@werkorganisatie-oude-ijssel.nl>",
        "body": """Beste Stan en Melanie,

Mijn onderwerp: van uitvoeringsorganisatie naar strategische partner van de besturen. Hoe zorgen we ervoor dat
de werkorganisatie de inhoudelijke agenda mee vormgeeft in plaats van alleen uitvoert?

Hartelijke groet,
Edwin Bosch
""",
    },
    {
        "id": "d86-suggestion-65", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": None, "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Astrid van Wijk <a.vanwijk@werkorganisatie-schouwen-noord.nl>",
        "body": """Beste Stan en Melanie,

Mijn onderwerp: brieven in begrijpelijke taal. Onze brieven over belastingen en vergunningen leveren nog altijd
veel telefoontjes op van inwoners die niet snappen wat er staat.

Met vriendelijke groet,
Astrid van Wijk
""",
    },
    {
        "id": "d86-suggestion-66", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Hugo Lambregts <h.lambregts@werkorganisatie-baarle-en-zundert.nl>",
        "body": """Beste Stan en Melanie,

Hoe gaan jullie om met eigenheid? Eén gemeente wil overal haar eigen logo en eigen beleid, de andere twee willen
juist harmoniseren. Dat spanningsveld tussen de deelnemende gemeenten zou ik graag bespreken.

Groet,
Hugo Lambregts
""",
    },
    # ---------------------------------------------------------------- look-alikes: rsvp
    {
        "id": "d86-rsvp-01", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Gerrit Wolters <g.wolters@werkorganisatie-lingevallei.nl>",
        "body": """Ja, ik kom. Samenwerken en toch de eigenheid van elke gemeente bewaken: dat is precies ons dagelijkse
gevecht.

Gerrit Wolters
""",
    },
    {
        "id": "d86-rsvp-02", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Martijn Koster <m.koster@werkorganisatie-ijsselmonde.nl>",
        "body": """\
Nee, helaas. Die middag zit ik aan de regionale tafel over de woondeal. Jammer, want het thema raakt ons
direct.

Martijn
""",
    },
    {
        "id": "d86-rsvp-03", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Carla Jansen <c.jansen@werkorganisatie-het-groene-hart-west.nl>",
        "body": """\
Ik kom met z'n tweeën: ik neem onze strategisch adviseur mee, zij werkt aan de visie op onze samenwerking.

Carla

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d86-rsvp-04", "kind": "rsvp", "attending": True,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Frank Mulder <frank.mulder@werkorganisatie-zeeuwse-eilanden.nl>",
        "body": """\
Dank voor de herinnering, ik ben er donderdag. Fijn dat het thema samenwerking deze keer centraal staat.

Frank Mulder
""",
    },
    {
        "id": "d86-rsvp-05", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Kees Groen <k.groen@werkorganisatie-duiven-oost.nl>",
        "body": """Beste Stan en Melanie,

Een onderwerp heb ik op dit moment niet, maar op 11 maart ben ik er graag bij.

Groet,
Kees Groen
""",
    },
    {
        "id": "d86-rsvp-06", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Brenda Hofman <b.hofman@werkorganisatie-tholen-noord.nl>",
        "body": """Alle vier de thema's spreken me aan, ik laat de keuze graag aan de Adviesraad. In elk geval kom ik op
11 maart.

Brenda
""",
    },
    {
        "id": "d86-rsvp-07", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Ingrid Smeets <i.smeets@werkorganisatie-peelrand.nl>",
        "body": """Beste Stan,

Ik ben helaas verhinderd. Mijn collega Ruud Hoekstra (r.hoekstra@werkorganisatie-peelrand.nl) komt in mijn
plaats; hij is bij ons verantwoordelijk voor de relatie met de drie colleges.

Met vriendelijke groet,
Ingrid Smeets
""",
    },
    {
        "id": "d86-rsvp-08", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Thomas Bergman <t.bergman@werkorganisatie-grensland.nl>",
        "body": """Unfortunately I can't make it on the 11th. A pity, the theme of cooperation between municipalities
would have been very relevant for us.

Thomas
""",
    },
    {
        "id": "d86-rsvp-09", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Anouk Willemsen <a.willemsen@werkorganisatie-achterhoek-west.nl>",
        "body": """Haal me maar van de wachtlijst, ik kan toch niet. Het thema samenwerking volg ik via het verslag.

Anouk
""",
    },
    {
        "id": "d86-rsvp-10", "kind": "rsvp", "attending": False,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Lisa van Rooij <l.vanrooij@werkorganisatie-bernisse.nl>",
        "body": """Goedemiddag,

Geen suggesties van mijn kant, en op 11 maart ben ik helaas op werkbezoek met het college. Ik hoop er de
volgende keer weer bij te zijn.

Lisa van Rooij
""",
    },
    # ---------------------------------------------------------------- look-alikes: other
    {
        "id": "d86-other-01", "kind": "other",
        "sender": "Theo Bakker <t.bakker@werkorganisatie-de-kroonlanden.nl>",
        "subject": "Thema dienstverlening dit jaar?",
        "body": """Beste Stan en Melanie,

Komt het thema dienstverlening dit jaar nog aan bod in een van de ateliers? Dan houd ik daar in mijn agenda
rekening mee.

Groet,
Theo Bakker
""",
    },
    {
        "id": "d86-other-02", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Mirjam Bosman <m.bosman@fusieorganisatie-veluwezoom.nl>",
        "body": """Beste Stan en Melanie,

Eerlijke feedback: het gesprek over samenwerking bleef naar mijn smaak te veel aan de oppervlakte. Iedereen
herkende de spanning met de colleges, maar we kwamen niet toe aan hoe je die oplost. Volgende keer liever
minder plenair en meer tijd in kleine groepen met echte casuïstiek.

Groet,
Mirjam
""",
    },
    {
        "id": "d86-other-03", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Koen Dekker <k.dekker@werkorganisatie-noordkwartier.nl>",
        "body": """Hoi Melanie,

Het verslag heb ik gevonden, dank. Kunnen jullie mij ook de slides sturen van de inleiding over de
informatiepositie van de raad? Die wil ik graag aan ons MT laten zien.

Koen
""",
    },
    {
        "id": "d86-other-04", "kind": "other",
        "sender": "Petra van Dijk <p.vandijk@gemeente-maasoever.nl>",
        "subject": "Verzoek: bijdrage aan onze regiodag",
        "body": """Beste Stan,

In juni organiseren wij met de gemeenten in onze regio een regiodag over regionale samenwerking. Zouden jij of
Melanie daar een half uur willen vertellen wat het netwerk heeft opgehaald over samenwerking binnen
werkorganisaties? Laat je weten of dat past?

Hartelijke groet,
Petra van Dijk
""",
    },
    {
        "id": "d86-other-05", "kind": "other",
        "sender": "Karin Vos <k.vos@ambtelijkeorganisatie-rijnwaard.nl>",
        "subject": "Spreker gezocht over hybride werken",
        "body": """Dag Melanie,

Voor onze eigen managementconferentie in mei zoek ik een inspirerende spreker over hybride werken. Hebben jullie
vanuit het netwerk een tip, iemand die bij een van de ateliers indruk maakte?

Groet,
Karin Vos
""",
    },
    {
        "id": "d86-other-06", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Bart Verschuren <b.verschuren@werkorganisatie-oss-west.nl>",
        "body": """Beste Stan en Melanie,

Geen onderwerp, wel een wens voor de vorm: zouden jullie het atelier eens helemaal online willen doen, of in
elk geval ergens anders dan in Utrecht? Voor ons in het zuiden is het een halve dag reizen.

Groet,
Bart Verschuren
""",
    },
    {
        "id": "d86-other-07", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ellen de Bruijn <e.debruijn@werkorganisatie-utrechtse-waarden.nl>",
        "body": """Beste Stan,

Ik heb een onderwerp in gedachten maar twijfel of het onder Organisatie of onder Samenwerking valt. Mag ik je
morgen even bellen om dat af te stemmen voordat ik het instuur?

Groet,
Ellen de Bruijn
06 - 41 22 87 35
""",
    },
    {
        "id": "d86-other-08", "kind": "other",
        "sender": "Joris Hageman <joris@datawijs-advies.nl>",
        "subject": "Workshop AI voor gemeentelijke werkorganisaties",
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

DataWijs Advies helpt gemeenten en werkorganisaties bij het verantwoord inzetten van AI en data. Wij bieden graag
kosteloos een workshop van een uur aan tijdens uw volgende Leer- en inspireer-atelier, met praktijkvoorbeelden
uit de dienstverlening en de bedrijfsvoering.

Ik licht het graag toe in een kort gesprek.

Met vriendelijke groet,
Joris Hageman
Partner, DataWijs Advies
""",
    },
    {
        "id": "d86-other-09", "kind": "other",
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Sanne Jacobs <sanne.jacobs@werkorganisatie-berkelstroom.nl>",
        "body": """Hoi Melanie,

Dank voor de bevestiging. Kleine correctie: jullie hebben het bij Samenwerking gezet, maar ik bedoelde het echt
als onderwerp voor Organisatie. Kunnen jullie dat aanpassen?

Groetjes,
Sanne
""",
    },
    {
        "id": "d86-other-10", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Nadia El Amrani <n.elamrani@shared-municipal-office.nl>",
        "body": """\
Dank voor de inspirerende middag! Vooral het gesprek over de rol tussen de colleges was heel herkenbaar.

Nadia

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d86-other-11", "kind": "other",
        "sender": "Hans Kuipers <h.kuipers@bedrijfsvoeringsorganisatie-zuidwolde.nl>",
        "subject": "Gekozen thema's 11 maart",
        "body": """Goedemorgen,

Is al bekend welke gespreksthema's voor 11 maart zijn gekozen? Ik wil mijn adjunct laten weten of het voor haar
ook interessant is.

Hans Kuipers
""",
    },
    {
        "id": "d86-other-12", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Wouter Brands <w.brands@werkorganisatie-de-bevelanden.nl>",
        "body": """Beste Stan,

Mag ik een onderwerp namens ons hele MT indienen, of willen jullie dat iedere directeur apart reageert? We
hebben het er vanochtend samen over gehad.

Wouter Brands
""",
    },
    {
        "id": "d86-other-13", "kind": "other",
        "sender": "Yvonne de Graaf <y.degraaf@werkorganisatie-amstelgouw.nl>",
        "subject": "Contact met collega over traineeprogramma",
        "body": """Beste Melanie,

In het vorige atelier vertelde een collega uit het oosten van het land over hun traineeprogramma voor de
arbeidsmarkt in de regio. Ik weet zijn naam niet meer. Kunnen jullie ons met elkaar in contact brengen?

Met vriendelijke groet,
Yvonne de Graaf
""",
    },
    {
        "id": "d86-other-14", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Rob Verhoeven <r.verhoeven@werkorganisatie-de-baronie.nl>",
        "body": """Hallo,

De link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Ik had het deel over samenwerking
graag teruggelezen; kunnen jullie het als bijlage sturen?

Rob Verhoeven
""",
    },
    {
        "id": "d86-other-15", "kind": "other",
        "sender": "Willem de Haan <w.dehaan@werkorganisatie-de-drie-polders.nl>",
        "subject": "Avond met de griffiers over de informatiepositie van de raad",
        "body": """Beste Stan en Melanie,

Samen met de griffiers van onze drie gemeenten organiseren wij op 14 april een avond over de informatiepositie
van de raad bij een gemeenschappelijke werkorganisatie. Willen jullie de bijgaande uitnodiging onder de leden
van het netwerk verspreiden? Collega-directeuren en hun griffiers zijn van harte welkom.

Groet,
Willem de Haan
""",
    },
    {
        "id": "d86-other-16", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Esther Huisman <e.huisman@werkorganisatie-twentezuid.nl>",
        "body": """Beste Stan en Melanie,

Ik lees dat de Adviesraad de suggesties weegt. Ik zou graag zitting nemen in die Adviesraad; vooral het thema
dienstverlening ligt mij na aan het hart. Hoe kan ik mij daarvoor aanmelden?

Met vriendelijke groet,
Esther Huisman
""",
    },
]
# fmt: on
