"""The fifty-fifth labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

A suggestion's ``themes`` are the themes of the matters the writer proposes, judged as the brochure describes the
four themes (Strategie: long-term vision on the organisation, the substantive agenda, administrative priorities;
Samenwerking: the relation between the participating municipalities, joint tasks, interests and ambitions, the
position in the region; Organisatie: structure, steering concept, staffing and innovation, digitalisation, work
processes, finance, I&A; Dienstverlening: services to residents, businesses and institutions and monitoring their
performance), never a theme named in passing or set aside. A proposal and an RSVP in one reply to the call for
themes is a suggestion unless the mail is mainly the RSVP. Replies to our follow-up mail (vervolg_atelier) and to
the thank-you for a suggestion carry the thread ``call_for_themes``. Inline answers carry our quoted lines in
``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nOutlook voor Android downloaden"
SAMSUNG = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
DISCLAIMER = (
    "\n\n--\nDe informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik van deze "
    "informatie door anderen is niet toegestaan. Aan dit bericht kunnen geen rechten worden ontleend. "
    "Werkorganisatie Lindewaard, Postbus 120, 7690 AC Lindewaard."
)
GREEN = "\n\nDenk aan het milieu voordat u deze e-mail print."
TWENTE = (
    "\n\nMet vriendelijke groet, en tot kieks,\n\nRenske Bouwman\ndirecteur Werkorganisatie Dinkelvenne\n"
    "T 053 - 480 21 17"
)
BRABANT = "\n\nHoudoe,\nToon van Gerwen\nalgemeen directeur | Werkorganisatie De Peelranden"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- suggestions: one theme ---------------------------------------------------------------------------------
    {"id": "d55-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "mr. H.J. (Hendrik) Oosterveld <h.oosterveld@werkorganisatie-lindewaard.nl>",
     "body": "Geacht secretariaat,\n\nOnze gemeenschappelijke regeling is in 2019 opgezet als een lichte "
             "bedrijfsvoeringsorganisatie, met een bestuur waarin de drie portefeuillehouders bedrijfsvoering "
             "zitting hebben. Inmiddels voert de werkorganisatie vrijwel alle taken uit, maar de regeling is "
             "nooit meegegroeid. In de praktijk sturen de drie colleges elk afzonderlijk, en het bestuur van de "
             "GR is een doorgeefluik geworden. Bij de laatste begrotingsronde bleek dat geen van de drie "
             "gemeenten zich eigenaar voelt van het geheel.\n\nIk zou graag met collega's bespreken hoe zij de "
             "bestuurlijke inrichting van hun regeling hebben herzien: wie zit er in het bestuur, welke "
             "bevoegdheden liggen waar, en hoe voorkom je dat elke gemeente alleen op haar eigen deel let.\n\n"
             "Hoogachtend,\n\nmr. H.J. Oosterveld\ngemeentesecretaris/algemeen directeur" + DISCLAIMER},
    {"id": "d55-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "m.vlieger@wo-haverveld.nl",
     "body": "idee: na vijf jaar hoor je op de gang nog steeds 'wij van oosterdiep' en 'die van het "
             "stadhuis'. twee culturen onder één dak, andere gewoontes, andere manier van vergaderen zelfs. hoe "
             "hebben anderen daar echt één club van gemaakt? daar wil ik graag over praten\n\nmarjolein"},
    {"id": "d55-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "Onderwerp voor het atelier",
     "sender": "Joost Terpstra <j.terpstra@gemeentenwaddenkust.nl>",
     "body": "Goedemorgen,\n\nSinds de fusie van de ambtelijke organisaties is het gemeentehuis in Oosterhorne "
             "gesloten. Een inwoner van tachtig uit een van de dorpen moet nu met twee bussen naar Holwerum "
             "voor een rijbewijs. We proberen van alles: een mobiele balie op dinsdag, documenten thuisbezorgen, "
             "een spreekuur in de bibliotheek.\n\nWat ik zou willen inbrengen: hoe houd je de gemeente fysiek "
             "dichtbij voor inwoners van de kleine kernen, en wat werkt daarbij wel en niet?\n\nGroet,\nJoost "
             "Terpstra"},
    {"id": "d55-suggestion-04", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "body": "Wij leven van begroting naar begroting. Wat ik mis is een stip op de horizon: wat voor "
             "organisatie willen we over tien, vijftien jaar zijn? Graag een sessie over hoe je zo'n "
             "toekomstbeeld maakt en het levend houdt." + IPHONE},
    {"id": "d55-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Daniel Koster <d.koster@heuvelrand-oost.nl>",
     "body": "Hello,\n\nAfter what happened at a neighbouring shared service organisation last autumn "
             "(ransomware, three weeks without a working network), our board asked me how resilient we are. "
             "Honest answer: I don't know. We have a CISO for 0.4 fte, BIO compliance on paper, and backups "
             "nobody has ever restored.\n\nI'd like to propose information security as a topic: incident "
             "response, how you test it, and what it costs to do it properly.\n\nKind regards,\nDaniel Koster\n"
             "Director, Werkorganisatie Heuvelrand-Oost"},
    {"id": "d55-suggestion-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Beste Stan en Melanie,\n\nZouden we het eens kunnen hebben over wat je doet als een van de "
             "deelnemende gemeenten hardop overweegt om uit te treden? Bij ons heeft een raadsfractie in Berkdal "
             "een motie aangekondigd. De uittredingsregeling in de GR is vaag en de twee andere gemeenten reageren "
             "gepikeerd.\n\nVriendelijke groet,\nAnnelies Bakker"},
    {"id": "d55-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "Rik Hoogendoorn <r.hoogendoorn@wo-aamstreek.nl>",
     "body": "Goedemiddag,\n\nOnder de Omgevingswet horen wij van ondernemers en particuliere initiatiefnemers "
             "vooral klachten: ze weten niet waar hun aanvraag is, de vergunningcheck geeft een ander antwoord "
             "dan de medewerker, en het vooroverleg duurt weken. Ik zou graag horen hoe andere werkorganisaties "
             "initiatiefnemers helpen: een omgevingstafel, een vaste casemanager, een statuspagina? En hoe meten "
             "jullie de doorlooptijden?\n\nMet vriendelijke groet,\nRik Hoogendoorn"},
    {"id": "d55-suggestion-08", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "body": "Na de verkiezingen hebben we nieuwe colleges met een nieuw programma. Als directie willen we dat "
             "vertalen naar de koers van de organisatie voor de komende vier jaar, maar dan wel met oog voor wat "
             "daarna komt. Voorstel: hoe vertalen anderen bestuurlijke prioriteiten naar een meerjarige "
             "organisatieagenda, en welke rol neemt de directie daarin?\n\nE. Zwart"},
    {"id": "d55-suggestion-09", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "subject": "suggestie: onze plek in de regio",
     "sender": "Wouter de Graaf <w.degraaf@gemeenten-zeeveld.nl>",
     "body": "Hallo secretariaat,\n\nDe centrumgemeente in onze regio trekt alle grote dossiers naar zich toe: "
             "de regiodeal, de woningbouwafspraken met de provincie, de arbeidsmarktregio. Onze drie gemeenten "
             "samen hebben meer inwoners dan die stad, maar zitten nauwelijks aan tafel.\n\nMijn voorstel voor "
             "een atelier: hoe positioneer je een ambtelijke fusie in de regio, zodat de deelnemende gemeenten "
             "met één stem meepraten?\n\nGroeten, Wouter"},
    {"id": "d55-suggestion-10", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nVoor maart draag ik graag het volgende aan: ons contractmanagement en de "
             "inkoopprocessen. We hebben één inkoopteam van vier mensen, maar contracten staan verspreid in "
             "mappen, verlengingen worden gemist en bij elke aanbesteding vinden we het wiel opnieuw uit. Hoe "
             "hebben anderen inkoop en contractbeheer ingericht binnen de werkorganisatie?\n\nMet vriendelijke "
             "groet,\n\nIneke Sloot\nmanager bedrijfsvoering a.i." + GREEN},
    {"id": "d55-suggestion-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd",
     "body": "Sandra, kun je dit terugsturen naar het netwerk? Mijn onderwerp:\n\nInwoners met schulden, een "
             "kind met jeugdhulp en een moeder die Wmo-ondersteuning nodig heeft, kloppen bij ons bij drie "
             "loketten aan en vertellen drie keer hun verhaal. Ik wil het hebben over één integrale toegang tot "
             "het sociaal domein voor inwoners: no wrong door, één contactpersoon.\n\nDank! Michiel"},
    {"id": "d55-suggestion-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Beste mensen,\n\nNaast de dienstverlening aan de balie, waar we intern al eindeloos over praten, "
             "zit mijn grootste zorg ergens anders: formatie en capaciteit. Vacatures voor planologen, "
             "juristen en ICT'ers staan maanden open, de inhuur loopt uit de hand en de gemiddelde leeftijd is "
             "52. Graag een sessie over strategisch personeelsbeleid en strategische personeelsplanning.\n\n"
             "Groet,\nPetra Lammers" + ANDROID},
    {"id": "d55-suggestion-13", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "body": "Liever niet weer een atelier over digitalisering, dat hebben we nu twee keer gehad.\n\nWel: het "
             "eeuwige gesteggel tussen de gemeenten over wie wat betaalt. Bij elke begroting staat de "
             "verdeelsleutel weer ter discussie, omdat de ene gemeente vindt dat ze meetaalt voor de ambities van "
             "de andere. Hoe gaan anderen om met die botsende belangen?\n\nJeroen"},
    {"id": "d55-suggestion-14", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Priya Ramdin <p.ramdin@wo-lekvliet.nl>",
     "body": "Hi both,\n\nNot strategy again please, we did plenty of that. Something hands-on instead: our "
             "residents can now do 40 products online, 24/7, but the counter is as busy as ever. Who has actually "
             "managed a channel shift, and how do you measure whether residents are happier with the digital "
             "route?\n\nThanks,\nPriya"},
    {"id": "d55-suggestion-15", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "body": "Wij hebben twee gemeentehuizen en één werkorganisatie, en op vrijdag is het in beide gebouwen "
             "leeg. Onderwerp: hybride werken en huisvesting. Hoeveel werkplekken, welke functies op welke "
             "locatie, en wat doet het met teams die elkaar nooit meer zien." + IPHONE},
    {"id": "d55-suggestion-16", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nZou het een idee zijn om eens te praten over de vraag welke rol onze organisaties "
             "over tien jaar hebben? Blijven we een uitvoeringsorganisatie die levert wat er gevraagd wordt, of "
             "worden we een strategische partner die zelf de agenda mee bepaalt?\n\nHartelijke groet,\nGeert "
             "Wiersma"},
    {"id": "d55-suggestion-17", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "body": "Geacht secretariaat,\n\nMijn voorstel betreft de monitoring van prestaties. Welke indicatoren "
             "over de dienstverlening leggen andere fusieorganisaties aan hun raden voor: telefonische "
             "bereikbaarheid, afhandeling binnen de termijn, klanttevredenheid per kanaal? En hoe maken zij die "
             "cijfers zichtbaar voor inwoners zelf?\n\nMet vriendelijke groet,\ndrs. C.M. (Carla) Peeters\n"
             "directeur Werkorganisatie Maasbeemden\nT 0413 - 29 40 00"},
    {"id": "d55-suggestion-18", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Beste Melanie,\n\nWij gaan van een directiemodel met zes afdelingshoofden naar een platte "
             "organisatie met resultaatverantwoordelijke teams. De samenwerking tussen de clusters loopt nu al "
             "stroef en ik vraag me af of we niet te snel gaan. Voorstel: ervaringen met het sturingsconcept en "
             "het schrappen van een managementlaag.\n\nGroet,\nFrank Molenaar"},
    {"id": "d55-suggestion-19", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "subject": "Thema: energietransitie en drie verschillende ambities",
     "sender": "Lotte Brinkman <l.brinkman@wo-veenkolonien.nl>",
     "body": "Dear secretariaat,\n\nMixed Dutch/English want zo denk ik nu eenmaal. Our three gemeenten have "
             "very different ambitions in the RES: één wil windmolens, de tweede absolutely not, de derde wil "
             "alleen zon op daken. Wij als werkorganisatie moeten voor alle drie adviseren.\n\nTopic proposal: "
             "how do you serve joint tasks when the participating municipalities want opposite things?\n\n"
             "Best, Lotte"},
    {"id": "d55-suggestion-20", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Hallo,\n\nOnderwerp: datagedreven werken. We willen één datawarehouse voor de drie gemeenten, met "
             "dashboards voor de teams. Vragen: hoe regel je de privacy, heb je een chief data officer nodig, en "
             "hoe krijg je de kwaliteit van de brondata op orde?\n\nGroet, Nadia El Amrani\nteamleider I&A"},
    {"id": "d55-suggestion-21", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nStrategisch gezien is bij ons alles al gezegd in de visie van vorig jaar, dus "
             "daar hoeft het wat mij betreft niet over te gaan. Wat ik wel zou willen: het telefonisch contact "
             "met inwoners. Gemiddeld acht minuten in de wacht, terugbelbeloftes die niet worden nagekomen. Hoe "
             "krijgen anderen hun klantcontactcentrum op niveau?\n\nMet vriendelijke groet,\nBert Hofman"},
    {"id": "d55-suggestion-22", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "apple",
     "body": "Dank voor de fijne middag in Utrecht.\n\nVoor de volgende keer: scenario's. Welke "
             "toekomstscenario's voor hun organisatie hebben collega's uitgewerkt, en hoe gebruiken ze die als "
             "bestuurders een koerswijziging willen?\n\nGr. Harm" + IPHONE},
    {"id": "d55-suggestion-23", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nEen voorstel: een gezamenlijke raadsinformatieavond voor de raden van de drie "
             "gemeenten. Onze raadsleden kennen elkaar nauwelijks en wantrouwen elkaars motieven. Wie heeft "
             "ervaring met het verbinden van de gemeenten op raadsniveau?\n\nMet vriendelijke groet,\n"
             "Sjoerd Visser"},
    {"id": "d55-suggestion-24", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "body": "Hoi,\n\nVijf jaar na de fusie hebben we nog steeds drie regelingen voor reiskosten, twee voor "
             "thuiswerken en verschillende afspraken over verlof, afhankelijk van de gemeente waar je vandaan "
             "kwam. Harmonisatie van arbeidsvoorwaarden lijkt me een goed onderwerp: hoe hebben anderen dat met "
             "de OR geregeld?\n\ngroet,\nEsther"},
    {"id": "d55-suggestion-25", "kind": "suggestion", "themes": ["dienstverlening"], "thread": W,
     "quoted": "welkom", "quote": "outlook-nl",
     "body": "Dank voor het welkom. U vraagt of ik al een onderwerp heb: jazeker. Ons dienstverleningsconcept "
             "'digitaal waar het kan, persoonlijk waar het moet' is een mooie slogan, maar wat betekent het? Ik "
             "zou graag zien hoe anderen hun concept voor inwoners en ondernemers concreet hebben vernieuwd: "
             "videobellen, wijkpunten, afspraak aan huis.\n\nMet vriendelijke groet,\nYvonne Mertens"},
    {"id": "d55-suggestion-26", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Goedemiddag,\n\n> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie "
             "wilt u graag met collega's bespreken?\n\nDe toetreding van een vierde gemeente. Rijpwoude heeft "
             "zich gemeld. Wat komt er kijken bij het uitbreiden van de regeling, en hoe voorkom je dat de "
             "huidige drie zich tekortgedaan voelen?\n\n> Beantwoord deze e-mail met uw onderwerpen, graag vóór "
             "21 januari 2027.\n\nBij deze :)\n\nKees"},
    {"id": "d55-suggestion-27", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "Could we discuss low literacy and digital services?",
     "sender": "Sarah Oudshoorn <s.oudshoorn@werkorganisatie-lindewaard.nl>",
     "body": "Dear Mr Van de Laar,\n\nCould we discuss, at one of the next ateliers, how residents with low "
             "literacy or few digital skills are served now that almost everything runs through the website? In "
             "our area about one in seven adults struggles with forms. I'm curious what others have tried.\n\n"
             "Kind regards,\nSarah Oudshoorn\ndeputy director"},
    {"id": "d55-suggestion-28", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Geacht secretariaat,\n\nElk jaar krijgen wij van het bestuur meer ambities mee, en vrijwel nooit "
             "wordt er iets geschrapt. Ik zou graag bespreken hoe je samen met het bestuur bewust kiest wat "
             "je NIET doet: prioriteren in de bestuurlijke agenda, en wie daarover het laatste woord heeft.\n\n"
             "Hoogachtend,\nW.F. van Leeuwen"},
    {"id": "d55-suggestion-29", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Geen GR-discussie deze keer alsjeblieft. Mijn onderwerp: generatieve AI in de werkprocessen. "
             "Medewerkers gebruiken ChatGPT al voor raadsvoorstellen, zonder richtlijn. Wie heeft beleid, "
             "pilots of een verbod, en hoe ging dat?\n\nRoel"},
    {"id": "d55-suggestion-30", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "body": "couleur locale tegenover harmonisatie van beleid tussen de drie gemeenten. bij ons altijd actueel, "
             "vooral bij de apv en het evenementenbeleid"},
    {"id": "d55-suggestion-31", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Maarten Kuipers <m.kuipers@wo-grensland.nl>",
     "body": "Good morning,\n\nOur region will have 12 % fewer inhabitants by 2040, and far more over-75s. Yet "
             "our organisation plans as if nothing changes. I'd like to put forward: what should a shared "
             "civil-service organisation look like in 2040, and how do you steer towards that today?\n\n"
             "Regards,\nMaarten"},
    {"id": "d55-suggestion-32", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "body": "Geacht secretariaat,\n\nNaast onze eigen regeling zijn de gemeenten lid van de omgevingsdienst, de "
             "veiligheidsregio, de GGD en een regionale sociale dienst. Elk met eigen bestuurders en eigen "
             "begrotingen. Ik stel voor te bespreken hoe een ambtelijke fusie zich positioneert tussen al die "
             "verbonden partijen in de regio, en of wij namens de drie gemeenten een regierol kunnen "
             "nemen.\n\nMet vriendelijke groet,\nA. Hulshof"},
    {"id": "d55-suggestion-33", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "voorstel atelier: verenigingen en instellingen",
     "sender": "Henk Jan Bosman <hj.bosman@kwelderlandwerkt.nl>",
     "body": "Beste netwerk,\n\nSportclubs, dorpshuizen en zorginstellingen moeten bij ons voor een subsidie of "
             "een evenementenvergunning nog steeds langs drie verschillende procedures, afhankelijk van de "
             "gemeente. Vrijwilligers haken af. Onderwerp: hoe bedienen andere fusieorganisaties verenigingen en "
             "instellingen, met één digitale aanvraag en een vast aanspreekpunt?\n\nHenk Jan"},
    {"id": "d55-suggestion-34", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nDe begroting van de werkorganisatie zelf staat onder druk: cao-stijgingen, "
             "indexatie van licenties, onvoorziene kosten van inhuur. We hebben geen eigen weerstandsvermogen. "
             "Mijn onderwerp: financiële sturing op de eigen begroting van een fusieorganisatie.\n\nMet "
             "vriendelijke groet,\nJ.A. Dekker, controller"},
    {"id": "d55-suggestion-35", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "body": "Beste Stan,\n\nWat mij na de middag bijbleef: wij agenderen als directie te weinig zelf. "
             "Klimaatadaptatie, vergrijzing, woningnood: dat zijn opgaven die over een collegeperiode heen gaan. "
             "Voor de volgende keer stel ik voor: hoe zet een directie zulke thema's op de inhoudelijke agenda "
             "van het bestuur?\n\nGroet,\nInge" + SAMSUNG},
    {"id": "d55-suggestion-36", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "body": "Onderwerp: de kwetsbaarheid van kleine teams. Wij hebben één archivaris, één "
             "belastingdeskundige, één jurist voor de APV. Valt er één uit, dan ligt het werk stil. Hoe "
             "organiseren anderen continuïteit: pools, samenvoegen, inhuur?\n\nvr gr Anouk"},
    {"id": "d55-suggestion-37", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nU vroeg of ik nog iets wilde toevoegen. Ja: klantreizen. Wij hebben de reis van "
             "een inwoner die gaat verhuizen en van een ondernemer die een terras wil openen in kaart gebracht, "
             "met verrassende uitkomsten. Ik hoor graag of anderen klantreisonderzoek doen en wat ze ermee "
             "hebben verbeterd.\n\nGroet,\nLieke Smeets"},
    {"id": "d55-suggestion-38", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Beste Melanie,\n\nLos van de bestuurlijke verhoudingen tussen onze gemeenten, die bij ons prima "
             "zijn, wil ik het hebben over de Wmo. Inwoners wachten tot twaalf weken op een keukentafelgesprek. "
             "Hoe organiseren anderen een snelle eerste reactie voor de inwoner, en wat meten ze daarvan?\n\n"
             "Hartelijke groet,\nTineke de Boer"},
    {"id": "d55-suggestion-39", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "body": "Idee voor maart: de interne dienstverlening van bedrijfsvoering aan de lijn. Onze managers klagen "
             "dat P&O, financiën en ICT 'een loket' zijn waar ze tickets indienen en weken wachten. Hoe hebben "
             "anderen hun bedrijfsvoering als business partner georganiseerd?" + IPHONE},
    {"id": "d55-suggestion-40", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "Atelier-suggestie: tien jaar verder, en nu?",
     "sender": "Rob Verhagen <r.verhagen@werkorganisatie-dinkelvenne.nl>",
     "body": "Geacht secretariaat,\n\nDit jaar bestaat onze werkorganisatie tien jaar. De opdracht van toen "
             "(goedkoper, minder kwetsbaar, kwalitatief beter) is grotendeels gehaald, maar een nieuwe opdracht "
             "is er niet. Ik stel als onderwerp voor: hoe formuleer je na de opbouwjaren een nieuwe koers en een "
             "visie voor de komende tien jaar?\n\nMet vriendelijke groet,\nRob Verhagen"},
    {"id": "d55-suggestion-41", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "body": "Proposal: long-term vision. How do you write a ten-year vision for the organisation when your "
             "administrators think in four-year terms? Would love to hear how colleagues got their boards to "
             "commit to something beyond the next election.\n\nJ. Smit"},
    {"id": "d55-suggestion-42", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "body": "Thanks for a great afternoon!\n\nFor next time: shared ambitions around housing. Our three "
             "municipalities are supposed to deliver one joint housing programme, but each alderman wants "
             "their own projects first. How do other gemeenten agree on a common programme and keep each other "
             "on board?\n\nBest,\nEmma"},
    {"id": "d55-suggestion-43", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nWij komen op 11 maart met z'n tweeën, ik en mijn adjunct.\n\nOnderwerp dat wij "
             "graag inbrengen: leiderschap en de rol van het middenmanagement na de reorganisatie. "
             "Teamleiders voelen zich klem zitten tussen directie en medewerkers, en de helft is vertrokken. Hoe "
             "investeren anderen in hun leidinggevenden?\n\nMet vriendelijke groet,\nKarin Vos"},
    {"id": "d55-suggestion-44", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "body": "Zelf ben ik er op 11 maart helaas niet bij, maar ik geef toch een onderwerp mee.\n\nSinds corona "
             "werken wij aan de balie alleen op afspraak. Ondernemers en werkende inwoners zijn er blij mee, "
             "ouderen voelen zich buitengesloten omdat ze niet zomaar binnen kunnen lopen. Hoe kijken anderen nu "
             "tegen afspraakgericht werken aan de balie aan, en hoe meten ze de waardering?\n\nGroet,\nM. "
             "Yilmaz"},
    # -- suggestions: two themes --------------------------------------------------------------------------------
    {"id": "d55-suggestion-45", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Beste Stan,\n\nTwee onderwerpen van onze kant:\n\n1. De vervanging van ons zaaksysteem. De "
             "migratie van twintig jaar dossiers loopt vast en de leverancier schuift de planning steeds op.\n"
             "2. Meldingen openbare ruimte: inwoners melden een losse stoeptegel en horen daarna nooit meer iets. "
             "Hoe houden anderen de melder op de hoogte, en meten ze of inwoners tevreden zijn over de "
             "afhandeling?\n\nGroet,\nPaul Janssen"},
    {"id": "d55-suggestion-46", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Geacht secretariaat,\n\nIk zou graag twee verbonden vragen voorleggen:\n"
             "a) Een langetermijnvisie op onze werkorganisatie: wat willen wij in 2035 zijn en doen?\n"
             "b) Hoe krijg je de vier gemeenten achter zo'n visie, terwijl ieder zijn eigen belangen en "
             "ambities heeft en de kleinste gemeente vreest te worden weggedrukt?\n\nMet vriendelijke groet,\n"
             "ir. L. Goossens"},
    {"id": "d55-suggestion-47", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nHierbij onze onderwerpen, uit ons MT-overleg:\n\n"
             "| Onderwerp | Waarom |\n|---|---|\n"
             "| De dienstverleningsovereenkomst met de gemeenten herijken | De colleges willen elk meer "
             "sturing op 'hun' deel, de DVO van 2018 voorziet daar niet in |\n"
             "| Planning & control-cyclus | Drie begrotingen, drie jaarrekeningen, een eigen begroting: kan "
             "het financiële proces slimmer en met minder handwerk? |\n\n"
             "Vriendelijke groet,\nMT Werkorganisatie Zuiderhaven"},
    {"id": "d55-suggestion-48", "kind": "suggestion", "themes": ["dienstverlening", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "body": "Een strategische vraag en een praktische.\n\n(1) Onze organisatieagenda telt 40 'prioriteiten', "
             "dus eigenlijk geen. Hoe kiezen anderen een beperkte inhoudelijke agenda voor de komende jaren?\n"
             "(2) Ondernemers: één bedrijvenloket en een accountmanager voor ondernemers in alle drie "
             "gemeenten. Wie heeft dat, en hoe bevalt het de ondernemers?\n\nHans"},
    {"id": "d55-suggestion-49", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": None,
     "subject": "Topic suggestion for the next atelier",
     "sender": "Tom Hendriks <t.hendriks@wo-lekvliet.nl>",
     "body": "Dear all,\n\nTwo linked topics:\n\n1) Moving our back office onto a common data platform along "
             "Common Ground lines - architecture, suppliers, migration, what it does to our applications and "
             "processes.\n2) What residents see of it: one 'Mijn Gemeente' portal for three municipalities, "
             "where they can follow every request.\n\nKind regards,\nTom Hendriks\nCIO"},
    {"id": "d55-suggestion-50", "kind": "suggestion", "themes": ["organisatie", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "body": "Beste Stan, beste Melanie,\n\nMijn voorstel heeft twee kanten. Ten eerste de meerjarenvisie op de "
             "organisatie die we nu opstellen: waar willen we naartoe. Ten tweede de formatie die daarbij hoort, "
             "want we moeten de komende drie jaar twintig fte inleveren. Hoe doe je dat zonder de organisatie te "
             "slopen?\n\nHartelijke groet,\nWillemijn Prins" + DISCLAIMER},
    {"id": "d55-suggestion-51", "kind": "suggestion", "themes": ["dienstverlening", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nRond statushouders twee vragen die ik graag aan tafel breng:\n"
             "- hoe verdelen de deelnemende gemeenten onderling de taakstelling voor huisvesting, nu de ene "
             "gemeente wel woningen heeft en de andere niet;\n"
             "- hoe begeleiden we statushouders zelf aan het loket: één contactpersoon per gezin, tolken, "
             "uitleg over brieven.\n\nMet vriendelijke groet,\nAhmed Benali"},
    {"id": "d55-suggestion-52", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "body": "Mijn onderwerpen (uit een tabel in ons MT-stuk geplakt):\n\nOnderwerp\nToelichting\n\n"
             "Samenstelling van het bestuur van de GR\nAlleen de portefeuillehouders bedrijfsvoering, of alle "
             "burgemeesters? Wat werkt beter voor de verhouding tussen de gemeenten?\n\n"
             "Sturing binnen de werkorganisatie\nHoe sturen directie en managers op resultaten zonder "
             "afrekencultuur?\n\nM. Timmermans"},
    {"id": "d55-suggestion-53", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "body": "Hi,\n\nTwo angles I'd like the atelier to cover:\n- our long-term vision as an organisation: "
             "is the shared civil service the end state, or a stage?\n- the politics between the four councils: "
             "one wants a full merger, two are strongly against, one keeps quiet. How do you keep the "
             "municipalities together while that plays out?\n\nCheers,\nBas" + ANDROID},
    {"id": "d55-suggestion-54", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nOmgevingswet, anderhalf jaar verder:\n\n• de VTH-werkprocessen en de koppeling "
             "tussen ons zaaksysteem en het DSO: veel handwerk, dubbele registratie;\n• wat de aanvrager "
             "daarvan merkt: een vergunningcheck die niet klopt, geen inzicht in de status van zijn aanvraag.\n\n"
             "Beide wil ik graag bespreken.\n\nMvg,\nDick van Rijn"},
    {"id": "d55-suggestion-55", "kind": "suggestion", "themes": ["dienstverlening", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "body": "1) de strategische agenda: welke drie grote opgaven kiezen wij voor de komende tien jaar?\n2) en "
             "apart daarvan: de bereikbaarheid van de gemeente voor inwoners in het buitengebied, nu de "
             "servicepunten in de dorpen dichtgaan" + IPHONE},
    {"id": "d55-suggestion-56", "kind": "suggestion", "themes": ["dienstverlening", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Beste secretariaat,\n\nIk ben er op 11 maart graag bij. En ik heb twee onderwerpen:\n\n"
             "Jeugdzorg: de drie gemeenten delen de kosten, maar één gemeente heeft twee keer zoveel "
             "jeugdhulp. Wie draagt het risico, en hoe houd je elkaar daarbij vast?\n\nDaarnaast: gezinnen "
             "wachten bij ons wijkteam vaak maanden. Hoe zorgen anderen dat een gezin snel iemand spreekt?\n\n"
             "Hartelijk dank alvast." + TWENTE},
    {"id": "d55-suggestion-57", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": None,
     "subject": "RE: Welke thema's wilt u bespreken?",
     "body": "Ha Stan,\n\nMijn inbreng, in het kort:\n1. Waar staan wij als organisatie over tien jaar?\n2. De "
             "positie van onze drie gemeenten in de regio, naast een grote stad die alles naar zich toe "
             "trekt.\n\nGroet uit Brabant," + BRABANT},
    {"id": "d55-suggestion-58", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd",
     "body": "Sandra, wil je dit namens mij beantwoorden? Mijn voorstellen:\n\n- de DVO herzien: prestatie- en "
             "budgetafspraken per gemeente, zodat elke gemeente ziet wat ze krijgt voor haar bijdrage;\n"
             "- en de tijdschrijving die we daarvoor intern zouden moeten invoeren. Medewerkers zitten er niet "
             "op te wachten; hoe hebben anderen dat proces ingericht?\n\nFrits"},
    {"id": "d55-suggestion-59", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "body": "Hi Melanie,\n\nPasted from our planning sheet:\n\nTopic\tWhy\n"
             "Moving our finance/ERP system to the cloud\tlicence costs tripled, no in-house knowledge left\n"
             "WhatsApp as a channel for residents\tyounger residents never call, they text\n\n"
             "Both would be great for March.\n\nRegards,\nDaan Mulder"},
    {"id": "d55-suggestion-60", "kind": "suggestion", "themes": ["organisatie", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Geacht secretariaat,\n\nAls suggesties voor het atelier:\n\n1. De organisatievisie 2030 die wij "
             "nu schrijven. Welke ambitie past bij een fusieorganisatie die niet meer in de opbouwfase zit?\n"
             "2. Innovatie binnen de organisatie: wij overwegen een innovatielab met een eigen budget en "
             "medewerkers die er twee dagen per week aan werken. Hoe organiseer je dat zonder dat het een "
             "speeltuin wordt?\n\nMet vriendelijke groet,\nmr. drs. P.J.M. van Aalst" + DISCLAIMER},
    # -- RSVP ---------------------------------------------------------------------------------------------------
    {"id": "d55-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nIk meld mij aan voor 11 maart, samen met Femke Dijkstra, onze strategisch "
             "adviseur. Dus twee personen.\n\nMet vriendelijke groet,\nJan-Willem Brouwers" + DISCLAIMER},
    {"id": "d55-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Helaas, die week zit ik op een congres in Lissabon. Veel succes allemaal!\n\nCor"},
    {"id": "d55-rsvp-03", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Geacht secretariaat,\n\nZelf kan ik op 11 maart niet aanwezig zijn. Mijn plaatsvervanger, "
             "mevrouw drs. G. (Gonnie) Wolters, g.wolters@werkorganisatie-zuiderhaven.nl, neemt mijn plaats in."
             "\n\nHoogachtend,\nR.T. Scholten"},
    {"id": "d55-rsvp-04", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Yes, still coming. See you Thursday!" + "\n\nSent from my iPhone"},
    {"id": "d55-rsvp-05", "kind": "rsvp", "attending": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Beste Melanie,\n\nOp 11 maart ben ik met verlof (Curaçao, al een jaar geboekt), dus ik zal er "
             "niet bij zijn. Een nieuw onderwerp heb ik niet; de verdeelsleutel blijft natuurlijk een "
             "evergreen, maar die kennen jullie.\n\nHartelijke groet,\nErik"},
    {"id": "d55-rsvp-06", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "noteer mij maar alvast voor 11 maart. de thema's laat ik aan de anderen\n\ngr ellen"},
    {"id": "d55-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Ik kom graag. Het thema samenwerking & eigenheid spreekt mij zeer aan, daar worstelen wij ook "
             "mee.\n\nGroet,\nAnton Veenstra" + SAMSUNG},
    {"id": "d55-rsvp-08", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl",
     "body": "Haal mij maar van de wachtlijst, ik heb die middag inmiddels een andere verplichting.\n\n"
             "Groet,\nSaskia Mol"},
    {"id": "d55-rsvp-09", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart Utrecht",
     "sender": "Joris van Tilburg <j.vantilburg@wo-aamstreek.nl>",
     "body": "Beste secretariaat,\n\nHierbij meld ik mij aan voor het Leer- en inspireer-atelier van donderdag "
             "11 maart in het Stadskantoor.\n\nNaam: Joris van Tilburg\nOrganisatie: Werkorganisatie Aamstreek\n"
             "Functie: directeur\n\nMet vriendelijke groet,\nJoris van Tilburg"},
    {"id": "d55-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "Vorige week schreef ik dat ik niet kon, maar de raadsvergadering is verzet. Ik ben er dus toch "
             "bij.\n\nMarleen"},
    # -- unsubscribe --------------------------------------------------------------------------------------------
    {"id": "d55-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Uitschrijven",
     "sender": "Gerrit Postma <g.postma@gemeentenwaddenkust.nl>",
     "body": "Beste mensen,\n\nPer 1 april ga ik met pensioen. Wilt u mij uitschrijven bij het netwerk? Ik heb "
             "de ateliers altijd zeer gewaardeerd.\n\nMet vriendelijke groet,\nGerrit Postma"},
    {"id": "d55-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap netwerk",
     "sender": "Albert Huizinga <a.huizinga@wo-haverveld.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 februari draag ik de directie over. Mijn opvolger, drs. Ilse "
             "Kramer (i.kramer@wo-haverveld.nl), neemt mijn plaats in het netwerk over.\n\nMet vriendelijke "
             "groet,\nAlbert Huizinga"},
    {"id": "d55-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Ik ben sinds de zomer geen directeur meer en ontvang nog steeds uw oproepen. Verwijder al mijn "
             "gegevens uit uw bestanden, op grond van artikel 17 AVG.\n\nC. de Wit"},
    {"id": "d55-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "body": "Dit heb ik niet aangevraagd."},
    {"id": "d55-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Please remove me",
     "sender": "Hanna de Jong <h.dejong@provincie-oostmark.nl>",
     "body": "Hello,\n\nI have moved to a provincial role and am no longer a director of a shared "
             "organisation. Please take me off the network's list.\n\nThanks,\nHanna"},
    {"id": "d55-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
     "body": "Ik kom niet naar het atelier, en eerlijk gezegd wil ik ook geen lid meer zijn van het netwerk. "
             "Schrijf me maar uit.\n\nP. Claassen"},
    # -- subscribe ----------------------------------------------------------------------------------------------
    {"id": "d55-subscribe-01", "kind": "subscribe", "thread": None,
     "subject": "Aanmelding Netwerk van directeuren",
     "sender": "Marloes Kerkhof <m.kerkhof@werkorganisatie-dinkelvenne.nl>",
     "body": "Geacht secretariaat,\n\nSinds 1 november ben ik algemeen directeur van Werkorganisatie "
             "Dinkelvenne. Graag meld ik mij aan als lid van het Netwerk van directeuren van ambtelijke "
             "fusieorganisaties.\n\nMet vriendelijke groet,\nMarloes Kerkhof"},
    {"id": "d55-subscribe-02", "kind": "subscribe", "thread": None,
     "subject": "Joining the network",
     "sender": "Liam Verbruggen <l.verbruggen@wo-grensland.nl>",
     "body": "Dear secretariat,\n\nI recently became director of Werkorganisatie Grensland and would like to "
             "join the network.\n\nKind regards,\nLiam Verbruggen"},
    {"id": "d55-subscribe-03", "kind": "subscribe", "thread": None,
     "subject": "aanmeldformulier",
     "sender": "Noor Hamdaoui <n.hamdaoui@wo-lekvliet.nl>",
     "body": "Naam: Noor Hamdaoui\nOrganisatie: Werkorganisatie Lekvliet\nFunctie: directeur bedrijfsvoering\n"
             "E-mail: n.hamdaoui@wo-lekvliet.nl\nWil lid worden: ja"},
    {"id": "d55-subscribe-04", "kind": "subscribe", "thread": None,
     "subject": "Aanmelding collega",
     "sender": "Sjoerd Visser <s.visser@gemeenten-zeeveld.nl>",
     "body": "Goedemiddag,\n\nOnze nieuwe adjunct-directeur, Bas Verhoef, wil graag ook lid worden. Zijn "
             "adres is b.verhoef@gemeenten-zeeveld.nl.\n\nGroet,\nSjoerd Visser"},
    {"id": "d55-subscribe-05", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nVorig jaar heb ik me afgemeld, maar inmiddels ben ik terug als directeur, nu bij "
             "Werkorganisatie Maasbeemden. Meldt u mij weer aan?\n\nMet vriendelijke groet,\nHugo Reinders"},
    {"id": "d55-subscribe-06", "kind": "subscribe", "thread": None,
     "subject": "lid worden",
     "sender": "Fleur Dijkman <f.dijkman@kwelderlandwerkt.nl>",
     "body": "hoi, ik wil graag lid worden van het netwerk. ben sinds kort directeur bij kwelderland werkt. "
             "dienstverlening en digitalisering hebben vooral mijn interesse\n\nfleur" + IPHONE},
    # -- other --------------------------------------------------------------------------------------------------
    {"id": "d55-other-01", "kind": "other", "thread": None,
     "subject": "Presentatie over digitale dienstverlening aan inwoners",
     "sender": "Kevin Pauwels <kevin.pauwels@klantloketsoftware.nl>",
     "body": "Beste heer Van de Laar,\n\nKlantloket Software helpt gemeenten hun digitale dienstverlening aan "
             "inwoners te vernieuwen. Graag verzorgen wij tijdens een van uw ateliers een presentatie over ons "
             "platform, met praktijkvoorbeelden. Mag ik u bellen om de mogelijkheden te bespreken?\n\nMet "
             "vriendelijke groet,\nKevin Pauwels\naccountmanager overheid\n06 - 41 22 87 03"},
    {"id": "d55-other-02", "kind": "other", "thread": None,
     "subject": "Interesse in de Adviesraad",
     "sender": "Gerda Lubbers <g.lubbers@werkorganisatie-zuiderhaven.nl>",
     "body": "Geacht secretariaat,\n\nIn de brochure las ik over de Adviesraad. Graag stel ik mij kandidaat: "
             "ik heb ervaring met de herziening van onze gemeenschappelijke regeling en met de inrichting van "
             "het sociaal domein. Hoe verloopt de selectie?\n\nMet vriendelijke groet,\nGerda Lubbers"},
    {"id": "d55-other-03", "kind": "other", "thread": None,
     "subject": "Vraag over lidmaatschap",
     "body": "Goedemiddag,\n\nKan onze concerncontroller ook lid worden van het netwerk, of is het "
             "uitsluitend voor directeuren?\n\nGroet,\nWim Aarts" + GREEN},
    {"id": "d55-other-04", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "body": "Beste Melanie,\n\nDe link naar het verslag geeft bij mij een foutmelding. Kunt u mij het verslag "
             "en de presentatie over de verdeelsleutel als bijlage sturen?\n\nDank u wel,\nJolanda Kok"},
    {"id": "d55-other-05", "kind": "other", "thread": None,
     "subject": "Persverzoek: artikel over ambtelijke fusies",
     "sender": "Ruben Hazelaar <redactie@gemeentelijkperspectief.nl>",
     "body": "Goedendag,\n\nVoor het vakblad Gemeentelijk Perspectief schrijf ik een artikel over tien jaar "
             "ambtelijke fusies: de spanning tussen samenwerking en eigenheid, de dienstverlening in kleine "
             "kernen. Zou ik bij het volgende atelier aanwezig mogen zijn, of een paar directeuren mogen "
             "interviewen?\n\nMet vriendelijke groet,\nRuben Hazelaar\nredacteur"},
    {"id": "d55-other-06", "kind": "other", "thread": None,
     "subject": "Aanmelding namens directeur",
     "sender": "Secretariaat directie <secretariaat@werkorganisatie-lindewaard.nl>",
     "body": "Goedemorgen,\n\nNamens onze directeur, de heer K. van Dijk, wil ik hem graag aanmelden voor het "
             "netwerk.\n\nMet vriendelijke groet,\nAnja Kool\nmanagementassistent"},
    {"id": "d55-other-07", "kind": "other", "thread": None,
     "subject": "Onderzoek naar cultuur in ambtelijke fusieorganisaties",
     "sender": "Iris Wagenaar <i.wagenaar@student.hsnoord.nl>",
     "body": "Beste secretariaat,\n\nIk ben masterstudent bestuurskunde en onderzoek de organisatiecultuur na "
             "een ambtelijke fusie. Zou u mijn vragenlijst onder de leden van het netwerk willen verspreiden, of "
             "mij in contact brengen met enkele directeuren?\n\nVriendelijke groet,\nIris Wagenaar"},
    {"id": "d55-other-08", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Goedemiddag,\n\nHoe worden de thema's uiteindelijk gekozen? En kan ik ergens inzien welke "
             "suggesties er tot nu toe zijn gedaan, voordat ik zelf iets instuur?\n\nGroet,\nDennis Prins"},
]
# fmt: on
