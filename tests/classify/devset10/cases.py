"""The tenth labelled set's cases (issue 17): themes of suggestions, each set chosen by what the writer proposes.

Written without reading the classifier; cases that could not be labelled with confidence were left out.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

OP = "oproep_themas"
VV = "vervolg_atelier"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nVerzonden vanaf Samsung Mobile"
DISCLAIMER = (
    "\n\nDisclaimer: de informatie in dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht "
    "kunnen geen rechten worden ontleend. Heeft u dit bericht per abuis ontvangen, verwijder het dan en "
    "informeer de afzender."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- Suggestions: one line ----------------------------------------------------------------------------------
    {"id": "d10-sug-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Wilma Oosterhuis <w.oosterhuis@werkorganisatie-hzb.nl>",
     "body": "Eén P&C-cyclus voor drie raden met drie verschillende vergaderkalenders: hoe houd je dat werkbaar "
             "voor de afdeling Financiën?\n\nWilma"},
    {"id": "d10-sug-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "gmail", "sender": "Erik Lammers <e.lammers@dewaardlanden.nl>",
     "body": "de klantreis van een inwoner die een bijstandsuitkering aanvraagt, en hoe je meet of die beter wordt"
             "\n\nErik" + IPHONE},
    {"id": "d10-sug-03", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-lijn", "sender": "Ria van Bemmel <r.vanbemmel@bbl-werkt.nl>",
     "body": "Onderwerp: informatieveiligheid en BIO-compliance in een organisatie met drie netwerken die nog "
             "steeds niet zijn samengevoegd.\n\nMvg Ria van Bemmel"},
    {"id": "d10-sug-04", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "apple", "sender": "Gert-Jan Scholten <gj.scholten@gemeenten-aaenhunze.nl>",
     "body": "Voorstel: de meerjarenagenda van de werkorganisatie, hoe kies je er vijf prioriteiten uit en "
             "laat je de rest bewust liggen?" + IPHONE},
    {"id": "d10-sug-05", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "groupwise", "sender": "H. Veldkamp <h.veldkamp@twenterand-ho.nl>",
     "body": "Bestuurlijke drukte in de GR: de drie colleges overleggen inmiddels in elf verschillende "
             "portefeuillehoudersoverleggen. Hoe krijgen de gemeenten dat onderling weer overzichtelijk?\n\n"
             "H. Veldkamp"},
    {"id": "d10-sug-06", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Sandra Bijl <s.bijl@odb-gemeenten.nl>",
     "body": "Graag: telefonische bereikbaarheid van het KCC. Onze wachttijden lopen op en inwoners haken af."
             "\n\nMet vriendelijke groet,\nSandra Bijl"},
    {"id": "d10-sug-07", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": VV,
     "quote": "outlook-en", "sender": "Kees Rutgers <k.rutgers@werkorganisatie-vmz.nl>",
     "body": "Volgende keer graag: een I-visie die voor alle vakafdelingen geldt, en wie in een fusieorganisatie "
             "eigenaar is van de applicaties.\n\nKees"},
    {"id": "d10-sug-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "notes", "sender": "Monique Schaap <m.schaap@noordkwartier-werkt.nl>",
     "body": "Archief: de overbrenging van drie gemeentearchieven naar één e-depot.\n\nM. Schaap"},
    {"id": "d10-sug-09", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Jeroen Smeets <j.smeets@maasgouw-roerdalen.nl>",
     "body": "Ik zou het willen hebben over de ongelijke ambities van de deelnemende gemeenten: de ene wil "
             "groeien, de andere wil vooral de winkel openhouden.\n\nGr Jeroen"},
    {"id": "d10-sug-10", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": VV,
     "quote": "gmail", "sender": "Anouk de Graaf <a.degraaf@kempengemeenten.nl>",
     "body": "Een inwonerpanel opzetten om de kwaliteit van onze dienstverlening te volgen. Wie heeft dat al?"
             "\n\nAnouk"},
    {"id": "d10-sug-11", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "ongemarkeerd", "sender": "Ton Wessels <t.wessels@bvo-achterhoek.nl>",
     "body": "Inkoop en aanbesteden: één inkoopfunctie voor drie gemeenten, centraal of decentraal?\n\nTon Wessels"},
    {"id": "d10-sug-12", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Ingrid Mulder <i.mulder@werkorganisatie-dhb.nl>",
     "body": "De koers van de werkorganisatie richting 2030.\n\nIngrid Mulder\nalgemeen directeur"},
    # -- Suggestions: background, then the proposal -------------------------------------------------------------
    {"id": "d10-sug-13", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Paul Kuipers <p.kuipers@werkorganisatie-pbl.nl>",
     "body": "Beste Stan en Melanie,\n\nOnze drie gemeenten werken al sinds 2013 samen in één werkorganisatie en "
             "die samenwerking loopt eerlijk gezegd prima. Wat we missen is een gedeelde stip op de horizon. Elk "
             "college heeft een eigen coalitieakkoord, en de werkorganisatie rijgt die aan elkaar.\n\n"
             "Mijn voorstel voor het atelier: hoe maak je een lange-termijnvisie op de werkorganisatie zelf, los "
             "van de collegeperiode?\n\nMet vriendelijke groet,\nPaul Kuipers"},
    {"id": "d10-sug-14", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-lijn", "sender": "Fatima el Amrani <f.elamrani@rijnwaarden-werkt.nl>",
     "body": "Goedemiddag,\n\nWij zijn vorig jaar begonnen met een nieuwe dienstverleningsvisie voor inwoners, die "
             "op zich goed is ontvangen. Maar intern loopt het vast: teams werken nog volgens de oude structuur "
             "van drie gemeentehuizen.\n\nDaarom zou ik het graag hebben over het sturingsconcept: van "
             "afdelingen naar zelforganiserende teams, en wat dat van leidinggevenden vraagt.\n\nHartelijke groet,"
             "\nFatima el Amrani"},
    {"id": "d10-sug-15", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": VV,
     "quote": "apple", "sender": "Bart Hofstede <b.hofstede@oostgelre-winterswijk.nl>",
     "body": "Het atelier over eigenheid was nuttig, dank. Bij ons speelt sinds kort dat één van de gemeenten "
             "overweegt een eigen koers te varen op het sociaal domein, terwijl de andere twee juist meer willen "
             "harmoniseren.\n\nIk zou graag bespreken hoe je als werkorganisatie omgaat met een gemeente die "
             "uit de pas loopt, zonder de relatie met de anderen te schaden.\n\nBart" + IPHONE},
    {"id": "d10-sug-16", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Lianne Vos <l.vos@werkorganisatie-lsg.nl>",
     "body": "Beste secretariaat,\n\nWe hebben de afgelopen twee jaar flink geïnvesteerd in de organisatie: een "
             "nieuw zaaksysteem, een reorganisatie, een nieuw HRM-beleid. Dat is achter de rug.\n\nNu wil ik de "
             "blik naar buiten: de digitale toegankelijkheid van onze formulieren voor inwoners met een "
             "beperking of laaggeletterdheid. Wie heeft daar goede voorbeelden van?\n\nGroet,\nLianne Vos"},
    {"id": "d10-sug-17", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "notes-wrote", "sender": "R.J. Timmermans <rj.timmermans@heuvelland-werkt.nl>",
     "body": "Geacht secretariaat,\n\nDe kostenverdeelsleutel is bij ons ooit vastgesteld op basis van "
             "inwonertallen en is daarna nooit meer bekeken. Over de verdeling zelf zijn de gemeenten het eens; "
             "daar gaat het mij niet om.\n\nWaar ik mee worstel is de interne kant: hoe richt je de begroting en "
             "de tijdschrijving zo in dat je kunt laten zien wat een taak werkelijk kost?\n\nHoogachtend,\n"
             "R.J. Timmermans\nDirecteur"},
    {"id": "d10-sug-18", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Marloes Verhagen <m.verhagen@drechtsteden-oost.nl>",
     "body": "Hallo,\n\nEen onderwerp dat bij ons hoog op de agenda staat: de kostenverdeelsleutel. Eén gemeente "
             "vraagt veel meer maatwerk dan de andere twee en wil daar niet extra voor betalen.\n\nIk zou het "
             "in het atelier van twee kanten willen bespreken: hoe kom je tussen de gemeenten tot een verdeling "
             "die als eerlijk wordt ervaren, en hoe bouw je financieel een kostprijsmodel dat dat onderbouwt?\n\n"
             "Groeten,\nMarloes"},
    {"id": "d10-sug-19", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "gmail", "sender": "Dirk-Jan Post <dj.post@hollandsmidden-ambtelijk.nl>",
     "body": "Met de Omgevingswet is er voor initiatiefnemers veel veranderd. Onze vergunningverlening zelf draait "
             "intern inmiddels goed.\n\nWat ik wil bespreken: hoe begeleid je inwoners en ondernemers met een "
             "bouwplan, vanaf het eerste idee tot de vergunning? Het omgevingstafel-gesprek, de vooroverleggen, "
             "de bereikbaarheid van de casemanager.\n\nDirk-Jan"},
    {"id": "d10-sug-20", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Hilde Koster <h.koster@werkorganisatie-ksw.nl>",
     "body": "Dag allen,\n\nDe Omgevingswet is sinds 2024 van kracht. Het DSO werkt, maar onze interne "
             "werkprocessen tussen vergunningverlening, toezicht en de ruimtelijke afdelingen zijn nog steeds "
             "die van vóór de wet.\n\nGraag een atelier over het herontwerp van werkprocessen onder de "
             "Omgevingswet, en de koppelingen tussen de systemen.\n\nHilde Koster"},
    {"id": "d10-sug-21", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "outlook-en", "sender": "Wouter Bakker <w.bakker@sociaalregio-west.nl>",
     "body": "Beste,\n\nIn het sociaal domein werken we als drie gemeenten met de regio samen in de inkoop van "
             "jeugdzorg en Wmo. Maar onze gemeenten hebben elk een eigen positie in die regio en dat botst.\n\n"
             "Voorstel: hoe positioneer je je als fusieorganisatie in regionale samenwerkingsverbanden, als de "
             "gemeenten daar elk hun eigen belang hebben?\n\nWouter Bakker"},
    {"id": "d10-sug-22", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "doorgestuurd", "sender": "Joost Verbruggen <j.verbruggen@werkorganisatie-bmw.nl>",
     "body": "Anja, wil je dit namens mij terugsturen?\n\nOnze Wmo-toegang zit in drie kernen op drie manieren "
             "georganiseerd. Inwoners merken dat: de een krijgt binnen een week een keukentafelgesprek, de ander "
             "na zes weken.\n\nOnderwerp: één toegang tot de Wmo voor inwoners van alle kernen, en hoe je de "
             "doorlooptijden monitort.\n\nJoost"},
    # -- Suggestions: as a question -------------------------------------------------------------------------------
    {"id": "d10-sug-23", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Anneke Wiersma <a.wiersma@noardlik-werkt.nl>",
     "body": "Hoe borgen we de identiteit van de gemeenten als alles ambtelijk één is geworden? Dat zou ik graag "
             "bespreken.\n\nAnneke Wiersma"},
    {"id": "d10-sug-24", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "apple", "sender": "Michiel de Bruin <m.debruin@werkorganisatie-dlw.nl>",
     "body": "Hoe houd je een organisatie wendbaar als drie besturen elk jaar andere prioriteiten stellen? Ik "
             "bedoel: flexibele formatie, een pool van medewerkers, schuiven tussen teams.\n\nMichiel"},
    {"id": "d10-sug-25", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": VV,
     "quote": "outlook-nl", "sender": "Carla Hendrix <c.hendrix@peelgemeenten-werkorg.nl>",
     "body": "Een vraag voor het volgende atelier: hoe vertaal je drie coalitieakkoorden naar één set "
             "bestuurlijke prioriteiten voor de werkorganisatie?\n\nCarla Hendrix"},
    {"id": "d10-sug-26", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "notes", "sender": "Frank Bosman <f.bosman@lingewaal-werkt.nl>",
     "body": "Wat meet je eigenlijk als je de prestaties van je dienstverlening wilt volgen? Klanttevredenheid, "
             "doorlooptijden, first time right? Graag uitwisselen welke KPI's anderen gebruiken.\n\nF. Bosman"},
    {"id": "d10-sug-27", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-lijn", "sender": "Saskia Prins <s.prins@werkorganisatie-ghv.nl>",
     "body": "Hoe krijg je leiderschap op alle niveaus van de grond in een organisatie die uit drie culturen is "
             "ontstaan?\n\nSaskia"},
    {"id": "d10-sug-28", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "gmail", "sender": "Robert Janssens <r.janssens@bergenmeerssen.nl>",
     "body": "Hoe ga je om met gezamenlijke opgaven als de energietransitie, waar de gemeenten verschillende "
             "ambities hebben maar één ambtelijk team het werk doet?\n\nRobert"},
    {"id": "d10-sug-29", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Yvonne Dijkstra <y.dijkstra@werkorganisatie-tdo.nl>",
     "body": "Wie is in een ambtelijke fusie eigenlijk opdrachtgever en wie opdrachtnemer? Ik wil het hebben over "
             "het sturingsconcept: het opdrachtgeverschap van de gemeentesecretarissen richting de directie "
             "van de werkorganisatie.\n\nYvonne Dijkstra"},
    {"id": "d10-sug-30", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "groupwise", "sender": "P. van Leeuwen <p.vanleeuwen@ijsselgemeenten.nl>",
     "body": "Moet elke kern zijn eigen loket houden, of is één servicepunt plus dienstverlening aan huis beter "
             "voor inwoners?\n\nP. van Leeuwen"},
    # -- Suggestions: bullet lists (the union of what is proposed) ------------------------------------------------
    {"id": "d10-sug-31", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": OP, "quote": "outlook-nl", "sender": "Els Brouwer <e.brouwer@werkorganisatie-mzl.nl>",
     "body": "Goedemorgen,\n\nTwee onderwerpen:\n- informatieveiligheid na de ransomware-aanval bij een "
             "buurgemeente\n- digitale toegankelijkheid van onze websites en formulieren voor inwoners\n\n"
             "Groet,\nEls Brouwer"},
    {"id": "d10-sug-32", "kind": "suggestion", "themes": ["organisatie", "strategie"], "thread": T, "quoted": OP,
     "quote": "outlook-en", "sender": "Arjen Vermeulen <a.vermeulen@werkorganisatie-bgs.nl>",
     "body": "Mijn lijstje:\n1. de lange termijn visie op de werkorganisatie (waar staan we in 2035?)\n2. "
             "formatie en krapte op de arbeidsmarkt: hoe houd je je vakspecialisten vast\n3. datagedreven "
             "werken in de bedrijfsvoering\n\nArjen"},
    {"id": "d10-sug-33", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "thread": T,
     "quoted": OP, "quote": "apple", "sender": "Nicole Hermans <n.hermans@gemeenten-bmh.nl>",
     "body": "* De relatie tussen de drie gemeentebesturen na de verkiezingen\n* Het KCC: van telefoon naar "
             "chat en WhatsApp voor inwoners" + IPHONE},
    {"id": "d10-sug-34", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": VV,
     "quote": "gmail", "sender": "Stefan Kok <s.kok@werkorganisatie-vhw.nl>",
     "body": "Voor de volgende keer:\n- treasury en schatkistbankieren voor drie gemeenten\n- het archief "
             "(digitaal werken, vernietigingstermijnen)\n- inkoop\n\nStefan"},
    {"id": "d10-sug-35", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Mirjam Smit <m.smit@werkorganisatie-swf.nl>",
     "body": "Beste Stan,\n\nTwee thema's die bij ons spelen:\n\n- Positionering in de regio: de centrumgemeente "
             "naast ons trekt steeds meer taken naar zich toe, en onze gemeenten willen hun eigen positie "
             "bewaken.\n- Onze visie op de werkorganisatie op lange termijn: blijven we een ambtelijke fusie, of "
             "groeien we naar iets anders?\n\nMet hartelijke groet,\nMirjam Smit"},
    {"id": "d10-sug-36", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "notes-wrote", "sender": "Theo Willems <t.willems@werkorganisatie-ckv.nl>",
     "body": "- klantreizen voor ondernemers (vestiging, evenementenvergunning)\n- monitoring van de "
             "klanttevredenheid per kanaal\n\nTheo Willems"},
    {"id": "d10-sug-37", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": OP, "quote": "outlook-nl", "sender": "Gerda Wolters <g.wolters@dalfsen-ommen-werkt.nl>",
     "body": "Beste mensen,\n\nGraag zet ik deze twee op de lijst:\n\n1. Het HRM-beleid: één arbeidsvoorwaardenpakket "
             "na de harmonisatie, en hoe je daarmee als werkgever aantrekkelijk blijft.\n2. De verhouding "
             "tussen de raden van de deelnemende gemeenten: de ene raad wil alles weten, de andere vertrouwt "
             "op het college.\n\nGerda Wolters"},
    # -- Suggestions: in English -----------------------------------------------------------------------------------
    {"id": "d10-sug-38", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-en", "sender": "Laura Fisher-de Wit <l.fisher@werkorganisatie-hvd.nl>",
     "body": "Hi,\n\nI'd like to suggest organisational culture after a merger: how do you get staff from three "
             "former town halls to feel part of one organisation?\n\nBest, Laura"},
    {"id": "d10-sug-39", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "gmail", "sender": "Mark Peeters <m.peeters@kempenwerk.nl>",
     "body": "Topic proposal: innovation in service delivery to residents and local businesses, e.g. proactive "
             "services based on life events.\n\nMark"},
    {"id": "d10-sug-40", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": VV,
     "quote": "outlook-en", "sender": "Hannah Groen <h.groen@werkorganisatie-ezo.nl>",
     "body": "Thanks for a great session. Next time I'd love to discuss how the participating municipalities "
             "keep trusting each other when their interests diverge, for instance on housing targets.\n\nHannah"},
    {"id": "d10-sug-41", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "apple", "sender": "Johan Brink <j.brink@werkorganisatie-nwv.nl>",
     "body": "Suggestion: long-term strategy. How do you set a multi-year agenda for a shared organisation that "
             "serves councils with four-year horizons?\n\nJohan" + IPHONE},
    {"id": "d10-sug-42", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": OP, "quote": "outlook-en", "sender": "Priya Ramdin <p.ramdin@werkorganisatie-ldg.nl>",
     "body": "Two topics from my side:\n- data-driven working: dashboards for the management team on absence, "
             "budget and workload\n- monitoring the performance of our front office for residents (waiting "
             "times, first-contact resolution)\n\nKind regards,\nPriya Ramdin"},
    {"id": "d10-sug-43", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "notes", "sender": "Tom Verweij <t.verweij@werkorganisatie-alm.nl>",
     "body": "Graag een sessie over AI in onze werkprocessen: wat mag, wat kan, en wie houdt er toezicht op? "
             "Mag ook in het Engels als er buitenlandse gasten zijn.\n\nTom"},
    {"id": "d10-sug-44", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": OP, "quote": "outlook-nl", "sender": "Eveline Maas <e.maas@werkorganisatie-hlm.nl>",
     "body": "Hi both,\n\nMy topic: the DVO. Our three municipalities want to renegotiate it among themselves: what "
             "each of them pays and may expect compared to the other two. At the same time we want to use it "
             "internally as a management tool for our teams. Both sides interest me.\n\nEveline"},
    {"id": "d10-sug-45", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": VV,
     "quote": "gmail", "sender": "Sven Jacobs <s.jacobs@werkorganisatie-mdt.nl>",
     "body": "For the next atelier: digital accessibility (WCAG) of our online services for residents.\n\nSven"},
    # -- Suggestions: jargon and abbreviations ---------------------------------------------------------------
    {"id": "d10-sug-46", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Ahmed Bouali <a.bouali@werkorganisatie-rvl.nl>",
     "body": "SSC vs. eigen bedrijfsvoering: wij overwegen ICT, salarisadministratie en inkoop onder te brengen "
             "in een regionaal SSC. Ervaringen?\n\nA. Bouali"},
    {"id": "d10-sug-47", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-lijn", "sender": "Lotte van Dam <l.vandam@werkorganisatie-wbo.nl>",
     "body": "Thema: HRM. Strategische personeelsplanning, instroom van jong talent en de vergrijzing van ons "
             "personeelsbestand.\n\nLotte van Dam\nHRM-adviseur namens de directie"},
    {"id": "d10-sug-48", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "gmail", "sender": "Vincent Aarts <v.aarts@werkorganisatie-kbg.nl>",
     "body": "KCC 2.0: zaakgericht werken aan de voorkant, zodat een inwoner bij het eerste contact al ziet "
             "waar zijn aanvraag staat.\n\nVincent"},
    {"id": "d10-sug-49", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "notes", "sender": "Hester Zwart <h.zwart@werkorganisatie-ehz.nl>",
     "body": "Raadsinformatie: wij bedienen drie griffies met drie raadsinformatiesystemen. Hoe stroomlijn je "
             "het werkproces van collegevoorstel tot raadsbesluit?\n\nHester Zwart"},
    {"id": "d10-sug-50", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Marcel Hoekstra <m.hoekstra@werkorganisatie-fkn.nl>",
     "body": "Onderwerp: de inhoudelijke agenda van de werkorganisatie. Wij willen naast 'de winkel draaiende "
             "houden' ook een eigen strategische agenda voor 2027-2031, met keuzes die de colleges steunen."
             "\n\nMarcel Hoekstra"},
    {"id": "d10-sug-51", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "apple", "sender": "Ilse Timmer <i.timmer@werkorganisatie-ssb.nl>",
     "body": "Governance: hoe richt je het bestuur van de GR zo in dat kleine gemeenten niet overstemd worden "
             "door de grootste?\n\nIlse" + IPHONE},
    {"id": "d10-sug-52", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": VV,
     "quote": "outlook-nl", "sender": "Bas Roelofs <b.roelofs@werkorganisatie-oud.nl>",
     "body": "Volgende keer graag: de P&C-documenten. Drie begrotingen, drie jaarrekeningen en drie "
             "voorjaarsnota's maken we nu in drie varianten. Kan dat slimmer?\n\nBas Roelofs"},
    {"id": "d10-sug-53", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "outlook-en", "sender": "Nathalie Coppens <n.coppens@werkorganisatie-hlb.nl>",
     "body": "Het sociaal domein: de toegang voor inwoners met meervoudige problematiek. Eén gezin, één plan, "
             "één regisseur - hoe organiseer je dat vanuit het perspectief van de inwoner?\n\nNathalie"},
    {"id": "d10-sug-54", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "groupwise", "sender": "A. de Ridder <a.deridder@werkorganisatie-rwl.nl>",
     "body": "Datagedreven werken: een datateam opzetten binnen de werkorganisatie, met een datawarehouse voor "
             "alle drie de gemeenten.\n\nA. de Ridder"},
    {"id": "d10-sug-55", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": OP, "quote": "outlook-nl", "sender": "Karin Lubbers <k.lubbers@werkorganisatie-zwg.nl>",
     "body": "Beste Melanie,\n\nIk wil de Omgevingswet graag van twee kanten bekijken: intern de werkprocessen en "
             "het samenspel tussen de vakafdelingen, en extern wat initiatiefnemers van ons merken: snelheid, "
             "één aanspreekpunt, heldere informatie.\n\nKarin"},
    {"id": "d10-sug-56", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "ongemarkeerd", "sender": "Diederik Mol <d.mol@werkorganisatie-bmv.nl>",
     "body": "De belangen van de gemeenten bij grote gezamenlijke opgaven (woningbouw, stikstof) lopen uiteen. "
             "Hoe vinden ze elkaar toch?\n\nD. Mol"},
    {"id": "d10-sug-57", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Charlotte Visser <c.visser@werkorganisatie-ghz.nl>",
     "body": "I&A: onze applicatieportfolio is na de fusie gegroeid naar 420 applicaties. Hoe saneer je dat?"
             "\n\nCharlotte Visser"},
    {"id": "d10-sug-58", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "notes-wrote", "sender": "Evert Nijhuis <e.nijhuis@werkorganisatie-tbl.nl>",
     "body": "Dienstverlening aan instellingen en verenigingen: subsidieaanvragen, evenementen, één "
             "accountmanager per vereniging?\n\nEvert"},
    {"id": "d10-sug-59", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "gmail", "sender": "Sabine Reuvers <s.reuvers@werkorganisatie-vld.nl>",
     "body": "Visie: wat voor werkorganisatie willen we over tien jaar zijn, en hoe betrek je de besturen bij "
             "het formuleren van die visie?\n\nSabine"},
    {"id": "d10-sug-60", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-lijn", "sender": "Rik Molenaar <r.molenaar@werkorganisatie-hvk.nl>",
     "body": "Graag: cultuur. Na zes jaar fusie zegt men nog steeds 'wij van Oudewater' en 'zij van de "
             "overkant'. Hoe bouw je aan één organisatiecultuur?\n\nRik"},
    # -- Suggestions: a theme set aside ---------------------------------------------------------------------
    {"id": "d10-sug-61", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Jolanda Verhoef <j.verhoef@werkorganisatie-ubw.nl>",
     "body": "Graag geen organisatiestructuur dit keer, daar hebben we het twee ateliers achter elkaar over "
             "gehad. Mijn voorstel: de klantreis van de inwoner die gaat verhuizen.\n\nJolanda"},
    {"id": "d10-sug-62", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "apple", "sender": "Maarten Sluis <m.sluis@werkorganisatie-oss.nl>",
     "body": "Strategie en visie laat ik graag aan anderen over. Wat mij bezighoudt is de onderlinge relatie: "
             "hoe herstel je het vertrouwen tussen twee gemeenten na een conflict over de verdeling van "
             "investeringen?\n\nMaarten" + IPHONE},
    {"id": "d10-sug-63", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-en", "sender": "Femke Jansen <f.jansen@werkorganisatie-nvs.nl>",
     "body": "Niet weer dienstverlening, alsjeblieft; dat thema komt elk jaar terug. Ik stel voor: het "
             "sturingsconcept, en dan concreet de rol van de teamleider.\n\nFemke"},
    {"id": "d10-sug-64", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Wim Koopman <w.koopman@werkorganisatie-sbb.nl>",
     "body": "Dag Stan,\n\nDe samenwerking tussen de gemeenten is bij ons niet het probleem, en ook de "
             "bedrijfsvoering staat. Wat ontbreekt is een gedeelde koers. Dus mijn thema: strategie, de "
             "bestuurlijke prioriteiten voor de komende vier jaar en hoe de werkorganisatie daarop stuurt.\n\n"
             "Wim Koopman"},
    {"id": "d10-sug-65", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": VV,
     "quote": "gmail", "sender": "Renate Hoeks <r.hoeks@werkorganisatie-mwl.nl>",
     "body": "Het ging deze keer over samenwerking, dat hoeft wat mij betreft niet nog een keer. Volgende keer "
             "liever: hoe monitor je de prestaties van je dienstverlening en maak je die zichtbaar voor "
             "inwoners?\n\nRenate"},
    {"id": "d10-sug-66", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "notes", "sender": "G.H. Brands <gh.brands@werkorganisatie-dnh.nl>",
     "body": "Geacht secretariaat,\n\nDe relatie tussen onze gemeenten is een onderwerp dat ik bewust niet "
             "inbreng: dat bespreken wij liever in eigen kring. Wel zou ik graag van collega's horen hoe zij "
             "de digitalisering van hun werkprocessen hebben aangepakt, met name het zaakgericht werken.\n\n"
             "Hoogachtend,\nG.H. Brands"},
    {"id": "d10-sug-67", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "outlook-en", "sender": "Oliver Smits <o.smits@werkorganisatie-bkl.nl>",
     "body": "Not digitalisation again please - we've had enough of that. I'd like to discuss our position in "
             "the region: how a shared organisation of small municipalities holds its own next to a big "
             "city.\n\nOliver"},
    {"id": "d10-sug-68", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "outlook-lijn", "sender": "Marieke Bos <m.bos@werkorganisatie-lwd.nl>",
     "body": "Over de financiën wil ik het niet hebben, die zijn bij ons op orde. Wel over de bereikbaarheid "
             "van onze dienstverlening in de kleine kernen nu het gemeentehuis daar dicht is.\n\nMarieke Bos"},
    {"id": "d10-sug-69", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "gmail", "sender": "Hans Vonk <h.vonk@werkorganisatie-aww.nl>",
     "body": "Positie in de regio, gezamenlijke opgaven, dat soort thema's zijn interessant maar niet voor "
             "nu. Voor ons speelt vooral de formatie: te veel vacatures, te veel inhuur.\n\nHans"},
    {"id": "d10-sug-70", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": OP, "quote": "outlook-nl", "sender": "Annet Kroes <a.kroes@werkorganisatie-hsr.nl>",
     "body": "Beste secretariaat,\n\nOrganisatie en dienstverlening laten we deze ronde even rusten; daar zijn "
             "we druk mee bezig en dat gaat goed. Waar ik over wil praten:\n- hoe houden de vier gemeenten "
             "elkaar vast als er één over herindeling begint\n- onze visie op de toekomst van de werkorganisatie"
             "\n\nAnnet Kroes"},
    {"id": "d10-sug-71", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "apple", "sender": "Paulien Drost <p.drost@werkorganisatie-ksl.nl>",
     "body": "Ik zou het juist NIET over de klantreis of het KCC willen hebben maar over wat daar achter zit: "
             "de backoffice, de werkprocessen en de systemen die niet op elkaar aansluiten.\n\nPaulien"},
    {"id": "d10-sug-72", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Jan-Willem Faber <jw.faber@werkorganisatie-vbt.nl>",
     "body": "Beste Stan,\n\nStrategie? Samenwerking? Dat zijn voor ons nu geen vraagstukken. Dienstverlening "
             "wel: wij willen proactief inwoners benaderen bij levensgebeurtenissen (geboorte, pensioen, "
             "overlijden) en zoeken voorbeelden.\n\nJan-Willem"},
    {"id": "d10-sug-73", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": VV,
     "quote": "notes-wrote", "sender": "Loes Bruggink <l.bruggink@werkorganisatie-ehd.nl>",
     "body": "Geen organisatievraagstuk deze keer; liever iets met meer horizon: hoe stel je met drie besturen "
             "een gedeelde lange-termijnagenda op?\n\nLoes"},
    {"id": "d10-sug-74", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "outlook-en", "sender": "Gijs Evers <g.evers@werkorganisatie-blo.nl>",
     "body": "The service delivery side is well covered in other networks, so I'd leave that out. What I'd like "
             "to put on the table: how do the member municipalities share the benefits and burdens of joint "
             "projects fairly?\n\nGijs"},
    {"id": "d10-sug-75", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Tineke Haan <t.haan@werkorganisatie-wdm.nl>",
     "body": "Wij hebben vorig jaar al een sessie gehad over de koers en over de relatie tussen de gemeenten. "
             "Wat overblijft is de organisatie zelf: innovatie, en hoe je ruimte maakt om te experimenteren "
             "binnen een krappe begroting.\n\nTineke Haan"},
    # -- Suggestions: theme words only in greeting, signature, function title or organisation name ---------
    {"id": "d10-sug-76", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Hans Dekker <h.dekker@werkorganisatie-bmr.nl>",
     "body": "Treasury: hoe beheer je de liquiditeit van vier gemeenten die elk een eigen schatkistrekening "
             "hebben?\n\nMet vriendelijke groet,\n\nHans Dekker\ndirecteur Bedrijfsvoering en Dienstverlening\n"
             "Werkorganisatie BMR\nT 0575 - 55 82 10" + DISCLAIMER},
    {"id": "d10-sug-77", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "outlook-lijn", "sender": "Joke Zandstra <j.zandstra@samenwerkingsorganisatie-dh.nl>",
     "body": "Onze website scoort slecht bij inwoners. Graag een atelier over de digitale kanalen voor "
             "inwoners: vindbaarheid, begrijpelijke taal, chat.\n\nJoke Zandstra\nteamleider\n"
             "Samenwerkingsorganisatie De Hoven\nwww.samenwerkingsorganisatie-dh.nl"},
    {"id": "d10-sug-78", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "gmail", "sender": "Pieter Hulst <p.hulst@werkorganisatie-gmk.nl>",
     "body": "Beste organisatie,\n\nmijn onderwerp: hoe ga je als werkorganisatie om met twee gemeenten die "
             "elkaar niets gunnen bij de verdeling van regionale middelen?\n\nPieter Hulst\nconcerndirecteur "
             "Strategie & Organisatie"},
    {"id": "d10-sug-79", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Jacqueline Wever <j.wever@werkorganisatie-hld.nl>",
     "body": "Beste Stan en Melanie, dank voor de prettige samenwerking bij het vorige atelier!\n\nMijn voorstel: "
             "de bestuurlijke prioriteiten na de verkiezingen van 2026 en wat die betekenen voor de "
             "meerjarenagenda van de werkorganisatie.\n\nJacqueline Wever\nSecretaris-directeur"},
    {"id": "d10-sug-80", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "notes", "sender": "Ronald Martens <r.martens@dienstverleningsbedrijf-lk.nl>",
     "body": "Onderwerp: formatie en inhuur. Hoe beperk je de afhankelijkheid van externe inhuur?\n\nRonald "
             "Martens\nDirecteur\nDienstverleningsbedrijf Lingekwartier\nPostbus 42, 4190 AA Geldermalsen"},
    {"id": "d10-sug-81", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": VV,
     "quote": "apple", "sender": "Mieke Rook <m.rook@werkorganisatie-vgz.nl>",
     "body": "Hoi allebei, veel dank voor de samenwerking en de goede organisatie van het atelier!\n\nVoor de "
             "volgende keer: hoe vraag je ondernemers structureel om feedback op onze dienstverlening?\n\nMieke"
             + IPHONE},
    {"id": "d10-sug-82", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "outlook-en", "sender": "Lars de Boer <l.deboer@werkorganisatie-ahb.nl>",
     "body": "Thema: de regionale samenwerking met de veiligheidsregio en de GGD, en hoe de drie gemeenten daar "
             "met één stem spreken.\n\nLars de Boer\nManager Organisatie & Dienstverlening\n"
             "Werkorganisatie AHB | 06-41 22 83 90"},
    {"id": "d10-sug-83", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Sophie Mertens <s.mertens@werkorganisatie-bss.nl>",
     "body": "Goedemorgen,\n\nGraag bespreek ik de werkprocessen rond de inkoop van ICT.\n\nMet vriendelijke "
             "groet,\n\nSophie Mertens\nAfdelingshoofd Strategie, Samenwerking & Dienstverlening\n"
             "Werkorganisatie BSS"},
    {"id": "d10-sug-84", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "groupwise", "sender": "K. Oudshoorn <k.oudshoorn@odw-organisatie.nl>",
     "body": "De lange termijn visie op de werkorganisatie en de vraag of de huidige vorm over tien jaar nog "
             "past.\n\nK. Oudshoorn\nDirecteur ODW-organisatie (Organisatie Dienstverlening Westland-Oost)"},
    {"id": "d10-sug-85", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "outlook-nl", "sender": "Esther Baars <e.baars@werkorganisatie-ptg.nl>",
     "body": "Ons KCC wil een inwonerpanel gebruiken om nieuwe diensten te testen voordat ze live gaan. Wie doet "
             "dat al?\n\nEsther Baars\nprogrammamanager Digitalisering en Organisatieontwikkeling" + DISCLAIMER},
    # -- Suggestions: new mails with the topic in the subject -----------------------------------------------
    {"id": "d10-sug-86", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "Themasuggestie atelier: informatieveiligheid",
     "sender": "Berend Kleine <b.kleine@werkorganisatie-hkw.nl>",
     "body": "Beste secretariaat,\n\nVoor het volgende atelier stel ik voor: informatieveiligheid, en dan vooral "
             "de rol van de CISO in een organisatie die voor drie gemeenten werkt.\n\nBerend Kleine"},
    {"id": "d10-sug-87", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "Suggestie voor het atelier - klantreis ondernemers",
     "sender": "Marjolein Staal <m.staal@werkorganisatie-wgs.nl>",
     "body": "Hallo,\n\nZie onderwerp. Wij hebben de klantreis van startende ondernemers in kaart gebracht en "
             "willen dat graag delen en vergelijken met andere fusieorganisaties.\n\nMarjolein Staal"},
    {"id": "d10-sug-88", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "subject": "Onderwerp voor atelier: de verhouding tussen de deelnemende gemeenten",
     "sender": "Thijs Gerritsen <t.gerritsen@werkorganisatie-nbr.nl>",
     "body": "Dit lijkt me een goed thema voor het atelier in het najaar. Bij ons staat de relatie tussen de "
             "gemeenten onder druk sinds de begrotingsperikelen.\n\nThijs"},
    {"id": "d10-sug-89", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "idee voor een atelier",
     "sender": "Cor Vink <c.vink@werkorganisatie-sdz.nl>",
     "body": "Hallo Stan,\n\nEen idee voor een volgend atelier: de positionering van de werkorganisatie op lange "
             "termijn. Welke rol willen we over tien jaar spelen: uitvoerder van drie colleges, of een "
             "organisatie met een eigen visie en agenda?\n\nCor Vink" + ANDROID},
    {"id": "d10-sug-90", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": None,
     "subject": "Topics for the next atelier",
     "sender": "Daniel Hoogland <d.hoogland@werkorganisatie-lbv.nl>",
     "body": "Dear secretariat,\n\nTwo topics I would like to propose:\n- the digitalisation of our back-office "
             "processes\n- a single front desk where residents can arrange everything in one visit\n\n"
             "Kind regards,\nDaniel Hoogland"},
    # -- Suggestions: inline answers between the quoted lines -----------------------------------------------
    {"id": "d10-sug-91", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "sender": "Edwin Pols <e.pols@werkorganisatie-kgs.nl>",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken? Denk aan:\n> - Strategie: lange termijn visie op de organisatie, inhoudelijke "
             "agenda, bestuurlijke prioriteiten;\n\nnvt\n\n> - Samenwerking: relatie tussen deelnemende "
             "gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de regio;\n\nJa: hoe verdeel je "
             "gezamenlijke opgaven als de gemeenten andere ambities hebben.\n\n> - Organisatie: "
             "organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen, "
             "financiën, I&A;\n\nJa: de formatie, we hebben structureel te weinig mensen.\n\n> - Dienstverlening: "
             "innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van "
             "prestaties.\n\nnvt\n\nEdwin"},
    {"id": "d10-sug-92", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "sender": "Wendy Schouten <w.schouten@werkorganisatie-ddl.nl>",
     "body": "> Welk vraagstuk wilt u de volgende keer bespreken? Beantwoord deze e-mail met uw onderwerpen\n\n"
             "Bereikbaarheid voor inwoners buiten kantoortijden: avondopenstelling, chatbot, of niet doen?\n\n"
             "> Met vriendelijke groet,\n> Stan van de Laar\n\nGroet, Wendy"},
    # -- Replies to the call that are not suggestions --------------------------------------------------------
    {"id": "d10-oth-01", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-nl",
     "sender": "Margreet Bol <m.bol@werkorganisatie-zhw.nl>",
     "body": "Beste secretariaat,\n\nWat bedoelt u precies met 'sturingsconcept'? Valt daar ook de "
             "verhouding tussen directie en gemeentesecretarissen onder? Dan weet ik of ik iets kan "
             "aandragen.\n\nMargreet Bol"},
    {"id": "d10-oth-02", "kind": "other", "thread": T, "quoted": OP, "quote": "gmail",
     "sender": "Frits Lansink <f.lansink@werkorganisatie-nwo.nl>",
     "body": "Ik bespreek de oproep eerst in ons MT van volgende week dinsdag en kom daarna met een onderwerp."
             "\n\nFrits"},
    {"id": "d10-oth-03", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-lijn",
     "sender": "Nadia Yilmaz <n.yilmaz@werkorganisatie-bwz.nl>",
     "body": "Dag Melanie,\n\nKun je de onderwerpen die vorige keer zijn ingediend met mij delen? Dan voorkom ik "
             "dat ik iets dubbel aandraag.\n\nNadia"},
    {"id": "d10-oth-04", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-en",
     "sender": "Matthijs Ooms <m.ooms@werkorganisatie-gvh.nl>",
     "body": "Is the deadline of 21 January firm? I'm on leave until the 25th and would like to consult my team "
             "first.\n\nMatthijs"},
    {"id": "d10-oth-05", "kind": "other", "thread": T, "quoted": OP, "quote": "apple",
     "sender": "Ellen Hoving <e.hoving@werkorganisatie-mld.nl>",
     "body": "Geen onderwerp van mijn kant deze keer, de lijst van vorig jaar dekt het wel. Succes met de "
             "voorbereiding!\n\nEllen" + IPHONE},
    {"id": "d10-oth-06", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-nl",
     "sender": "Bram Steenbergen <b.steenbergen@werkorganisatie-ksz.nl>",
     "body": "Goedemiddag,\n\nWij zouden graag zelf een casus inbrengen over onze reorganisatie. Is dat "
             "mogelijk, en hoeveel tijd krijgt een casus dan? Ik hoor graag wat de mogelijkheden zijn voordat "
             "ik dit intern voorleg.\n\nBram Steenbergen"},
    {"id": "d10-oth-07", "kind": "other", "thread": T, "quoted": OP, "quote": "ongemarkeerd",
     "sender": "Sales DataStroom <sales@datastroom-advies.nl>",
     "body": "Geachte organisatoren,\n\nWij zagen dat u thema's zoekt voor uw atelier. DataStroom Advies verzorgt "
             "graag een interactieve workshop over datagedreven werken en informatieveiligheid voor gemeenten. "
             "Onze tarieven vindt u in de bijlage; wij bespreken graag de mogelijkheden.\n\nMet vriendelijke "
             "groet,\nLinda Oost\nAccountmanager Overheid"},
    {"id": "d10-oth-08", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-nl",
     "sender": "Gerard Smulders <g.smulders@werkorganisatie-pmh.nl>",
     "body": "Beste Stan,\n\nIk heb geen thema, maar ik wil mij wel kandidaat stellen voor de Adviesraad. Ik "
             "heb acht jaar ervaring als directeur van een ambtelijke fusie en denk graag mee over het "
             "programma. Wat wordt er van een lid van de Adviesraad verwacht?\n\nGerard Smulders"},
    {"id": "d10-oth-09", "kind": "other", "thread": T, "quoted": VV, "quote": "gmail",
     "sender": "Ingeborg Wouters <i.wouters@werkorganisatie-ssw.nl>",
     "body": "De link naar het verslag werkt bij mij niet, ik krijg een foutmelding 404. Kunt u het als pdf "
             "sturen?\n\nIngeborg"},
    {"id": "d10-oth-10", "kind": "other", "thread": T, "quoted": VV, "quote": "outlook-nl",
     "sender": "Roel Hendriks <r.hendriks@werkorganisatie-mbr.nl>",
     "body": "Dank voor de mooie middag! Het verslag heb ik doorgestuurd naar mijn MT.\n\nRoel"},
    {"id": "d10-oth-11", "kind": "other", "thread": T, "quoted": OP, "quote": "notes-wrote",
     "sender": "Annelies Derks <a.derks@werkorganisatie-ghb.nl>",
     "body": "Ik heb vorige maand al twee onderwerpen gestuurd (over de P&C-cyclus en over het KCC). Zijn die "
             "goed aangekomen, of moet ik ze opnieuw sturen?\n\nAnnelies Derks"},
    {"id": "d10-oth-12", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-nl",
     "sender": "Peter Claessens <p.claessens@werkorganisatie-vsl.nl>",
     "body": "Beste secretariaat,\n\nMijn collega Jorien Bakx (j.bakx@werkorganisatie-vsl.nl) is per 1 februari "
             "directeur bedrijfsvoering. Wilt u haar ook deze oproepen sturen? Ik heb haar er nog niet naar "
             "gevraagd, maar ik denk dat ze het interessant vindt.\n\nPeter Claessens"},
    {"id": "d10-oth-13", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-en",
     "sender": "Anna Kowalski <a.kowalski@werkorganisatie-hwr.nl>",
     "body": "Could you tell me whether the atelier on 11 March will be in Dutch only? I understand Dutch well "
             "but I'm more comfortable discussing in English.\n\nAnna"},
    {"id": "d10-oth-14", "kind": "other", "thread": T, "quoted": OP, "quote": "groupwise",
     "sender": "L. Hazenberg <l.hazenberg@werkorganisatie-ogw.nl>",
     "body": "Waarom moeten de onderwerpen onder één van die vier thema's vallen? Het vraagstuk dat ons bezighoudt "
             "past er eigenlijk niet in, en ik vraag me af of het dan zin heeft om het in te sturen.\n\n"
             "L. Hazenberg"},
    {"id": "d10-oth-15", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-nl",
     "sender": "Kim Vos <k.vos@werkorganisatie-ldm.nl>",
     "body": "Goedemorgen,\n\nIk ben de managementassistente van de directeur, Hans Overbeek. Hij is tot eind "
             "januari met ziekteverlof. Ik heb uw mail voor hem bewaard; hij reageert na zijn terugkomst zelf."
             "\n\nMet vriendelijke groet,\nKim Vos"},
    {"id": "d10-oth-16", "kind": "other", "thread": T, "quoted": VV, "quote": "apple",
     "sender": "Sander Willemsen <s.willemsen@werkorganisatie-zbw.nl>",
     "body": "Leuk verslag! Mag ik de foto's van de middag gebruiken in ons personeelsblad?\n\nSander" + IPHONE},
    {"id": "d10-oth-17", "kind": "other", "thread": T, "quoted": OP, "quote": "doorgestuurd",
     "sender": "Yara Mulders <y.mulders@werkorganisatie-wvs.nl>",
     "body": "Anja, dit kan ik niet beoordelen, wil jij dit met Stefan opnemen? Hij weet wat er speelt.\n\nYara"},
    {"id": "d10-oth-18", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-nl",
     "sender": "Redactie Binnenlands Bestuur-Regio <redactie@gemeentenieuws-regio.nl>",
     "body": "Geachte heer Van de Laar,\n\nVoor een artikel over ambtelijke fusies ben ik benieuwd welke thema's "
             "uw leden dit jaar aandragen. Zou u daar een kort interview over willen geven?\n\nMet vriendelijke "
             "groet,\nEva Dijkman\njournalist"},
    {"id": "d10-oth-19", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-lijn",
     "sender": "Harm Kuiper <h.kuiper@werkorganisatie-sfw.nl>",
     "body": "Wij hebben sinds kort een nieuwe ambtelijke fusie met een vierde gemeente. Moet die gemeente zich "
             "apart aanmelden, of valt ze automatisch onder ons lidmaatschap?\n\nHarm Kuiper"},
    {"id": "d10-oth-20", "kind": "other", "thread": T, "quoted": OP, "quote": "gmail",
     "sender": "Jeanine Prins <j.prins@werkorganisatie-abm.nl>",
     "body": "Welke thema's zijn er tot nu toe binnengekomen? Misschien kan ik aansluiten bij een onderwerp "
             "dat een ander al heeft voorgesteld.\n\nJeanine"},
    {"id": "d10-oth-21", "kind": "other", "thread": None, "subject": "Vraag over de Adviesraad",
     "sender": "Roos van Wijk <r.vanwijk@werkorganisatie-ehb.nl>",
     "body": "Goedendag,\n\nHoe wordt de Adviesraad samengesteld en wie zitten er nu in? Ik overweeg mij "
             "beschikbaar te stellen.\n\nRoos van Wijk\ndirecteur Dienstverlening"},
    {"id": "d10-oth-22", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-nl",
     "sender": "Maurice Dekkers <m.dekkers@werkorganisatie-rmb.nl>",
     "body": "Beste Stan,\n\nIk heb een onderwerp, maar het is nogal gevoelig (een conflict tussen twee van onze "
             "burgemeesters). Kunnen we eerst even bellen voordat ik het op papier zet?\n\nMaurice, 06-12 93 "
             "44 07"},
    # -- RSVP ------------------------------------------------------------------------------------------------
    {"id": "d10-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Wilma Oosterhuis <w.oosterhuis@werkorganisatie-hzb.nl>",
     "body": "Ja, ik kom. Fijn dat het thema samenwerking is gekozen.\n\nWilma Oosterhuis\ndirecteur "
             "Samenwerkingsorganisatie HZB"},
    {"id": "d10-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Erik Lammers <e.lammers@dewaardlanden.nl>",
     "body": "nee helaas, die middag hebben we een raadsinformatiebijeenkomst over de begroting\n\nErik" + IPHONE},
    {"id": "d10-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Hester Zwart <h.zwart@werkorganisatie-ehz.nl>",
     "body": "Ik schuif graag aan, samen met onze manager Dienstverlening, Joris Blom. Wij zijn dus met z'n "
             "tweeën.\n\nHester Zwart"},
    {"id": "d10-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Paul Kuipers <p.kuipers@werkorganisatie-pbl.nl>",
     "body": "Beste Stan,\n\nIk kan zelf niet, maar mijn collega Sanne Ruiters (s.ruiters@werkorganisatie-pbl.nl), "
             "manager Strategie en Samenwerking, komt in mijn plaats.\n\nPaul Kuipers"},
    {"id": "d10-rsvp-05", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Anneke Wiersma <a.wiersma@noardlik-werkt.nl>",
     "body": "Tot donderdag! Ik kom met de trein, dus misschien een kwartiertje later." + IPHONE},
    {"id": "d10-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Laura Fisher-de Wit <l.fisher@werkorganisatie-hvd.nl>",
     "body": "Unfortunately I can't make it on 11 March; I'll be abroad. Looking forward to the report.\n\nLaura"},
    {"id": "d10-rsvp-07", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart",
     "sender": "Ton Wessels <t.wessels@bvo-achterhoek.nl>",
     "body": "Goedemiddag,\n\nHierbij meld ik mij aan voor het Leer- en inspireer-atelier van 11 maart in "
             "Utrecht.\n\nMet vriendelijke groet,\nTon Wessels\ndirecteur BVO Achterhoek"},
    {"id": "d10-rsvp-08", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Michiel de Bruin <m.debruin@werkorganisatie-dlw.nl>",
     "body": "Beste organisatie,\n\nHelaas moet ik mij toch afmelden voor donderdag: er is een spoedoverleg met "
             "de drie burgemeesters ingepland. Ik blijf graag lid en hoop er de volgende keer bij te zijn.\n\n"
             "Michiel de Bruin"},
    {"id": "d10-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "P. van Leeuwen <p.vanleeuwen@ijsselgemeenten.nl>",
     "body": "Eerder gaf ik door dat ik niet kon, maar de afspraak is verzet. Ik kom dus toch.\n\nP. van Leeuwen"},
    {"id": "d10-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Marcel Hoekstra <m.hoekstra@werkorganisatie-fkn.nl>",
     "body": "Goedemorgen,\n\nDe middag van de 11e heb ik vrijgehouden; tot dan in Utrecht.\n\nMarcel Hoekstra\n"
             "directeur Werkorganisatie FKN"},
    # -- Sign-ups --------------------------------------------------------------------------------------------
    {"id": "d10-sub-01", "kind": "subscribe", "thread": None, "subject": "Aanmelden netwerk",
     "sender": "Germaine Pinas <g.pinas@werkorganisatie-ald.nl>",
     "body": "Goedemiddag,\n\nGraag meld ik mij aan als lid van het Netwerk van directeuren van ambtelijke "
             "fusieorganisaties.\n\nGermaine Pinas\ndirecteur Werkorganisatie ALD (Organisatie en "
             "Dienstverlening voor Alphen, Leimuiden en Drecht)"},
    {"id": "d10-sub-02", "kind": "subscribe", "thread": None, "subject": "Lid worden",
     "sender": "Quinten Rademaker <q.rademaker@werkorganisatie-twh.nl>",
     "body": "Ik ben sinds 1 november directeur van de werkorganisatie Twenterand-Hof en wil graag lid worden "
             "van uw netwerk. Het thema samenwerking spreekt me bijzonder aan.\n\nQuinten Rademaker"},
    {"id": "d10-sub-03", "kind": "subscribe", "thread": None, "subject": "Request to join",
     "sender": "Ruth Algra <r.algra@werkorganisatie-fdl.nl>",
     "body": "Hello,\n\nI'm the new director of a shared civil-service organisation in Friesland and would like "
             "to join the network. Please add me to your mailing list.\n\nRuth Algra"},
    {"id": "d10-sub-04", "kind": "subscribe", "thread": None, "subject": "",
     "sender": "Bert Looman <b.looman@werkorganisatie-hbd.nl>",
     "body": "aanmelden graag\n\nBert Looman\nalgemeen directeur" + ANDROID},
    {"id": "d10-sub-05", "kind": "subscribe", "thread": None, "subject": "Aanmelding",
     "sender": "Floor Hagen <f.hagen@werkorganisatie-nbw.nl>",
     "body": "Naam: Floor Hagen\nOrganisatie: Werkorganisatie NBW\nFunctie: directeur\nE-mail: "
             "f.hagen@werkorganisatie-nbw.nl\n\nIk wil mij graag aanmelden voor het netwerk."},
    # -- Leaves ----------------------------------------------------------------------------------------------
    {"id": "d10-uns-01", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": OP, "quote": "outlook-nl",
     "sender": "Gert-Jan Scholten <gj.scholten@gemeenten-aaenhunze.nl>",
     "body": "Beste secretariaat,\n\nGeen thema van mij: ik ga per 1 maart met pensioen. Wilt u mij van de "
             "ledenlijst halen? Dank voor alle mooie ateliers.\n\nGert-Jan Scholten"},
    {"id": "d10-uns-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": OP, "quote": "gmail",
     "sender": "Ilse Timmer <i.timmer@werkorganisatie-ssb.nl>",
     "body": "Mijn opvolger, Daan Wolters (d.wolters@werkorganisatie-ssb.nl), neemt mijn plek in het netwerk "
             "over. Ik vertrek eind deze maand naar een andere functie.\n\nIlse"},
    {"id": "d10-uns-03", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek verwijdering persoonsgegevens",
     "sender": "Karel Jonkman <k.jonkman@werkorganisatie-vwr.nl>",
     "body": "Geacht secretariaat,\n\nIk verzoek u op grond van artikel 17 AVG mijn persoonsgegevens uit uw "
             "bestanden te verwijderen en mij geen berichten meer te sturen.\n\nHoogachtend,\nK. Jonkman\n"
             "directeur Bedrijfsvoering"},
    {"id": "d10-uns-04", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": VV,
     "quote": "outlook-en", "sender": "Hannah Groen <h.groen@werkorganisatie-ezo.nl>",
     "body": "Please take me off your mailing list; I'm leaving the organisation next month.\n\nHannah"},
    {"id": "d10-uns-05", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Rik Molenaar <r.molenaar@werkorganisatie-hvk.nl>",
     "body": "Ik kom niet naar het atelier en wil me ook afmelden voor het netwerk; mijn functie verandert en "
             "het past niet meer.\n\nRik"},
    {"id": "d10-uns-06", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "afmelden",
     "sender": "Paulien Drost <p.drost@werkorganisatie-ksl.nl>",
     "body": "Graag afmelden voor het netwerk. Bedankt!\n\nPaulien Drost\nManager Strategie & Samenwerking"},
    # -- Out-of-office and confirmations ---------------------------------------------------------------------
    {"id": "d10-auto-01", "kind": "autoreply", "thread": T, "quoted": OP, "quote": "ongemarkeerd",
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                "[atelier:2027-1]",
     "sender": "Joost Verbruggen <j.verbruggen@werkorganisatie-bmw.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben tot en met 15 januari afwezig en lees mijn e-mail niet. Voor zaken over dienstverlening "
             "kunt u terecht bij het KCC, voor organisatievraagstukken bij mijn collega Ada Veen."},
    {"id": "d10-auto-02", "kind": "autoreply", "thread": T, "quoted": OP, "quote": "ongemarkeerd",
     "subject": "Out of Office: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                "[atelier:2027-1]",
     "sender": "Priya Ramdin <p.ramdin@werkorganisatie-ldg.nl>",
     "headers": {"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-replied"},
     "body": "Thank you for your email. I am out of the office until 20 January with limited access to email. "
             "For urgent matters please contact the strategy and cooperation team."},
    {"id": "d10-auto-03", "kind": "autoreply", "thread": None,
     "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Stefan Kok <s.kok@werkorganisatie-vhw.nl>", "headers": {"Precedence": "auto_reply"},
     "body": "Beste afzender,\n\nIn verband met vakantie ben ik afwezig tot maandag 19 januari. Uw bericht wordt "
             "niet doorgestuurd. Met vragen over de organisatie van de werkorganisatie kunt u terecht bij "
             "het secretariaat, 0342 - 44 90 10."},
    {"id": "d10-conf-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Germaine Pinas <g.pinas@werkorganisatie-ald.nl>",
     "body": "Bij deze bevestigd.\n\nGermaine Pinas\ndirecteur Werkorganisatie ALD (Organisatie en "
             "Dienstverlening)"},
    {"id": "d10-conf-02", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "sender": "Ruth Algra <r.algra@werkorganisatie-fdl.nl>",
     "body": "Yes, I confirm my registration. Sorry for the delay!\n\nRuth" + IPHONE},
]
# fmt: on
