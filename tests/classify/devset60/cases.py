"""The sixtieth labelled set's cases (issue 17): topics proposed without the usual words, written without reading
the classifier; cases that could not be labelled with confidence were left out.

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``. Themes are those of what the
writer proposes. Saying one will (not) come to the atelier in a reply to the call is an RSVP; leaving the network
in such a reply is an unsubscribe. Answers to the call that propose nothing are ``other``.
"""

from __future__ import annotations

from typing import Any

T = "call_for_themes"
I = "invitation"  # noqa: E741
OP = "oproep_themas"
VV = "vervolg_atelier"

CALL_SUBJ = "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
FOLLOW_SUBJ = 'RE: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
IPAD = "\n\nSent from my iPad"
GALAXY = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
OUTLOOK_ANDROID = "\n\nOutlook voor Android downloaden"
BLACKBERRY = "\n\nVerzonden met BlackBerry Work\n(www.blackberry.com)"
DISCLAIMER = (
    "\n\n______\nDit bericht kan vertrouwelijke informatie bevatten. Bent u niet de beoogde ontvanger, stel de "
    "afzender dan op de hoogte en verwijder het bericht. Aan dit bericht kunnen geen rechten worden ontleend."
)
DISCLAIMER_EN = (
    "\n\nDISCLAIMER: The information in this message is confidential and may be legally privileged. It is "
    "intended solely for the addressee."
)
GREEN = "\n\nDenk aan het milieu voordat u deze e-mail print."

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- suggestions: a story from the writer's own organisation ----------------------------------------------
    {"id": "d60-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl",
     "sender": "Harm Kuipers <h.kuipers@werkorganisatie-eemhof.nl>",
     "body": "Beste Stan en Melanie,\n\nBij ons draaien de drie begrotingen sinds vorig jaar in één financieel "
             "pakket. Op papier een verbetering, in de praktijk maken mijn controllers nu drie keer een "
             "voorjaarsnota, drie keer een bestuursrapportage en drie keer een jaarrekening, elk met een eigen "
             "format omdat de raden dat zo willen. De planning-en-controlcyclus eet een groot deel van de "
             "capaciteit van de afdeling op.\n\nDaar zou ik graag met collega's over sparren.\n\nMet "
             "vriendelijke groet,\n\nHarm Kuipers\nalgemeen directeur Werkorganisatie Eemhof\n06 41 22 87 90"
             + DISCLAIMER},
    {"id": "d60-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "notes-wrote",
     "sender": "Wendy Postma <w.postma@peelhorst.nl>",
     "body": "Hallo,\n\nEen jaar geleden zijn we overgestapt op zelforganiserende teams: geen afdelingshoofden "
             "meer, wel teamcoaches. De teams pakken het goed op, maar nu blijkt dat niemand zich eigenaar voelt "
             "van onderwerpen die over de teams heen gaan, en het MT krijgt de signalen pas als het te laat is. "
             "Terug naar de oude lijn wil ik niet.\n\nIk ben heel benieuwd hoe andere directeuren hun sturing "
             "hebben ingericht na zo'n omslag.\n\nGroet,\nWendy Postma\ndirecteur bedrijfsvoering"},
    {"id": "d60-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "apple",
     "sender": "Joost Verhagen <j.verhagen@gemeenten-zandmeren.nl>",
     "body": "Stan,\n\nIn Oudeveen hebben we een half jaar geproefd met een medewerker die bij ouderen thuis "
             "langsgaat als ze hun aanvraag voor bijvoorbeeld een parkeervergunning of huurtoeslag niet online "
             "krijgen. Loopt goed, maar is duur, en de vraag is wat je doet met de mensen die we zo niet bereiken. "
             "Hoe pakken anderen digitale inclusie aan? Daar zou ik graag eens met anderen over doorpraten.\n\n"
             "Joost" + IPHONE},
    {"id": "d60-suggestion-04", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "outlook-lijn",
     "sender": "Ria van Dongen <r.vandongen@kromveld.nl>",
     "body": "Goedemiddag,\n\nTwee van onze drie gemeenten hebben hun jeugdzorg en Wmo samen ingekocht en "
             "uitgevoerd, de derde heeft er bewust voor gekozen het alleen te doen. Dat werkt op zich, maar elke "
             "keer dat de twee iets willen veranderen, zit de derde aan tafel met een andere agenda, en mijn "
             "mensen moeten beide smaken bedienen. Hoe houd je de gemeenten bij elkaar als ze op een groot "
             "dossier uit elkaar lopen?\n\nHier zou ik met collega-directeuren graag eens over doorpraten.\n\n"
             "Met vriendelijke groet,\nRia van Dongen"},
    {"id": "d60-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "groupwise",
     "sender": "Bert Nijhof <b.nijhof@torenhof-werkorganisatie.nl>",
     "body": "Bij ons draait de ICT nog steeds op drie netwerken, drie telefooncentrales en twee "
             "documentsystemen, erfenis van voor de fusie. Het samenvoegen is telkens uitgesteld omdat er geen "
             "geld voor was. Nu loopt het contract van een van de systemen af en moeten we kiezen. Ik denk dat "
             "meer fusieorganisaties met zulke oude lasten zitten.\n\nZou mooi zijn om dat eens naast elkaar te "
             "leggen.\n\nB. Nijhof"},
    {"id": "d60-suggestion-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "gmail",
     "sender": "Anouk Bosman <a.bosman@oeverzand.nl>",
     "body": "Hoi Melanie,\n\nvorige maand is de provincie met de buurregio een woondeal aangegaan, en wij zaten "
             "er niet bij: de grote stad sprak namens 'de regio'. Onze drie burgemeesters waren daar niet blij "
             "mee en kijken nu naar mij. Wij zijn samen ruim 90.000 inwoners, groter dan de helft van de "
             "gemeenten aan die tafel.\n\nIk hoor graag hoe andere fusieorganisaties zorgen dat ze in de regio "
             "meetellen.\n\ngroet, Anouk"},
    # -- suggestions: a dilemma put as a question --------------------------------------------------------------
    {"id": "d60-suggestion-07", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "outlook-en",
     "sender": "Pieter Zwart <p.zwart@dorpenring.nl>",
     "body": "Hoe houd je een gemeente binnen boord die in de raad hardop twijfelt of ze nog wel in de "
             "werkorganisatie wil blijven?\n\nPieter Zwart" + BLACKBERRY},
    {"id": "d60-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl",
     "sender": "Sandra Mulder <s.mulder@wierdenland.nl>",
     "body": "Goedemorgen,\n\nHoe houd je goede beleidsmedewerkers vast als de centrumgemeente verderop twee "
             "schalen hoger betaalt en iedereen thuis werkt, dus de reisafstand geen rol meer speelt?\n\n"
             "Vriendelijke groet,\nSandra Mulder\nDirecteur Werkorganisatie Wierdenland" + GREEN},
    {"id": "d60-suggestion-09", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "notes",
     "sender": "Gerard Lammers <g.lammers@bosmeer.nl>",
     "body": "Hoe zorg je dat een inwoner in het kleinste dorp dezelfde service krijgt als in de hoofdkern, "
             "nu we de balies in de dorpen hebben gesloten en alles op afspraak in het gemeentehuis gaat?\n\n"
             "Groet,\nGerard Lammers"},
    {"id": "d60-suggestion-10", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "gmail",
     "sender": "Lotte Verbruggen <l.verbruggen@linderhoven.nl>",
     "body": "Hoe kom je tot een gedeelde stip op de horizon voor de organisatie als elk college om de vier jaar "
             "zijn eigen programma meebrengt? Wij hebben een visie uit 2019 die eigenlijk niemand meer "
             "leest.\n\nLotte" + IPHONE},
    {"id": "d60-suggestion-11", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "ongemarkeerd",
     "sender": "Marcel Hoogland <m.hoogland@kaagveld.nl>",
     "body": "Wat doe je met een wethouder die in het portefeuillehoudersoverleg alleen opkomt voor zijn eigen "
             "kern, terwijl de afspraak was om als drie gemeenten samen op te trekken?\n\nMarcel Hoogland"},
    {"id": "d60-suggestion-12", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "outlook-lijn",
     "sender": "Ellen de Ruiter <e.deruiter@geestrand.nl>",
     "body": "Beste secretariaat,\n\nWelke drie dingen zou je als directie de komende vier jaar níet meer "
             "doen? Ik mis bij ons de moed om op de inhoudelijke agenda te schrappen, alles blijft erop staan en "
             "er komt steeds meer bij.\n\nGroet,\nEllen de Ruiter"},
    {"id": "d60-suggestion-13", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "apple",
     "sender": "Kees Boon <k.boon@hunzedal.nl>",
     "body": "Hoe weet je eigenlijk of inwoners tevreden zijn over wat je levert, zonder elk jaar een dure "
             "enquête uit te zetten waar 8% op reageert?\n\nKees" + IPAD},
    # -- suggestions: a single noun phrase ------------------------------------------------------------------
    {"id": "d60-suggestion-14", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl",
     "sender": "Thea Smeets <t.smeets@zuiderwold.nl>",
     "body": "Arbeidsmarktkrapte.\n\nThea Smeets"},
    {"id": "d60-suggestion-15", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "gmail",
     "sender": "Ronald Peeters <r.peeters@veenmarke.nl>",
     "body": "Telefonische bereikbaarheid voor inwoners.\n\nR." + GALAXY},
    {"id": "d60-suggestion-16", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "groupwise",
     "sender": "hans.evers@rivierenzoom.nl",
     "body": "koers na 2030"},
    {"id": "d60-suggestion-17", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "notes-wrote",
     "sender": "Ilse Kramer <i.kramer@werkorganisatie-brakeloo.nl>",
     "body": "Informatieveiligheid en de BIO-audits.\n\nmvg Ilse Kramer"},
    {"id": "d60-suggestion-18", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": VV,
     "quote": "outlook-en",
     "sender": "Femke Jansen <f.jansen@kempenhorst.nl>",
     "body": "Klantreizen.\n\nFemke"},
    {"id": "d60-suggestion-19", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "outlook-lijn",
     "sender": "Dirk Wagenaar <d.wagenaar@maasloop.nl>",
     "body": "Eén stem richting provincie en Den Haag.\n\nDirk Wagenaar\nalgemeen directeur\nT 0485 77 12 00"},
    # -- suggestions: a short list ------------------------------------------------------------------------------
    {"id": "d60-suggestion-20", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": OP, "quote": "outlook-nl",
     "sender": "Jeroen Visser <j.visser@werkorganisatie-duinkant.nl>",
     "body": "Dag Stan,\n\nVan onze kant twee dingen:\n- de woningbouwopgave die we met de buurgemeenten en de "
             "corporaties gezamenlijk willen oppakken\n- het uitfaseren van ons verouderde "
             "documentbeheersysteem\n\nGroet,\nJeroen"},
    {"id": "d60-suggestion-21", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": VV,
     "quote": "gmail",
     "sender": "Mirjam Hofstede <m.hofstede@peelhorst.nl>",
     "body": "* sturen met dashboards vanuit het MT\n* robotisering in de backoffice (RPA)\n* wat doe je met "
             "de mensen wier werk daardoor verdwijnt\n\nMirjam"},
    {"id": "d60-suggestion-22", "kind": "suggestion", "themes": ["strategie", "dienstverlening"], "thread": T,
     "quoted": OP, "quote": "notes",
     "sender": "Arjen Brouwers <a.brouwers@eemhof.nl>",
     "body": "1. de meerjarenvisie: hoe ver kijk je vooruit en wie stelt hem vast?\n2. servicenormen voor "
             "inwoners en hoe je bewaakt dat je ze haalt\n\nArjen Brouwers"},
    {"id": "d60-suggestion-23", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": VV, "quote": "apple",
     "sender": "Naima El Khatib <n.elkhatib@bosmeer.nl>",
     "body": "Voor de volgende keer:\n\n- een chatbot voor inwonersvragen, ervaringen?\n- en wat dat betekent "
             "voor de bezetting van ons KCC, minder mensen of ander werk?\n\nNaima" + IPHONE},
    {"id": "d60-suggestion-24", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "thread": T,
     "quoted": OP, "quote": "doorgestuurd",
     "sender": "Wim Hoekstra <w.hoekstra@wierdenland.nl>",
     "body": "Anja, stuur jij dit even terug naar het secretariaat? Mijn twee punten:\n\n- samen met de "
             "buurgemeenten één regionaal loket voor jeugdhulp, zodat ouders niet van de ene gemeente naar de "
             "andere gestuurd worden\n- hoe meet je daarna of ouders ook echt sneller geholpen worden\n\nWim"},
    # -- suggestions: hidden after small talk -------------------------------------------------------------------
    {"id": "d60-suggestion-25", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "gmail",
     "sender": "Yvonne Dekker <y.dekker@linderhoven.nl>",
     "body": "Goedemorgen Melanie,\n\nWat was het leuk om je op het congres in Den Bosch weer eens te zien! "
             "Die lunch met uitzicht op de Markt blijft me bij, en ik heb het boek dat je noemde inmiddels "
             "besteld. Bij ons is het druk met de begroting, en de kerst zit er alweer aan te komen.\n\nO ja, "
             "voor maart: wij willen inwoners vooraf benaderen als ze recht hebben op kwijtschelding of "
             "toeslagen, in plaats van te wachten tot ze zelf aankloppen. Ik vraag me af wie daar al verder "
             "mee is.\n\nHartelijke groet,\nYvonne"},
    {"id": "d60-suggestion-26", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "outlook-nl",
     "sender": "Frank Meijer <f.meijer@torenhof-werkorganisatie.nl>",
     "body": "Beste Stan,\n\nAllereerst de beste wensen voor 2027, ook namens ons MT. Het jaar is bij ons "
             "goed begonnen: de verhuizing naar het nieuwe kantoor is achter de rug en de koffieautomaat werkt "
             "eindelijk.\n\nWat me al een tijd bezighoudt is of wij als werkorganisatie een eigen missie en "
             "koers moeten hebben, los van de collegeprogramma's van de drie gemeenten, of dat we puur "
             "uitvoerder zijn. Mijn MT is daar verdeeld over.\n\nMet vriendelijke groet,\nFrank Meijer"},
    {"id": "d60-suggestion-27", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": VV,
     "quote": "outlook-lijn",
     "sender": "Karin Bakker <k.bakker@dorpenring.nl>",
     "body": "Hoi allebei,\n\nDank voor de mooie middag, het Stadskantoor was een prima plek en ik ben met "
             "de trein thuisgekomen voor het donker. Leuk ook om oud-collega Peter weer te spreken.\n\nWat mij "
             "bezighoudt sinds de zomer: ons ziekteverzuim zit op 7,8% en stijgt. Vooral in de uitvoering. Ik "
             "zoek mensen die dat hebben weten te keren.\n\nGr Karin"},
    {"id": "d60-suggestion-28", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "notes-wrote",
     "sender": "Roel Schepers <r.schepers@geestrand.nl>",
     "body": "Beste mensen,\n\nIk lees jullie mails altijd graag, ook al reageer ik zelden. Dit keer wel, "
             "want het is bij ons onrustig: de ene gemeente wil voorop lopen met verduurzaming en zonneparken, "
             "de andere vindt dat niet nodig en de derde wil eerst zien wat het kost. Mijn organisatie zit er "
             "tussenin. Hoe ga je om met zulke verschillen in ambitie tussen je eigenaren?\n\nRoel Schepers"
             + DISCLAIMER},
    # -- suggestions: English and mixed --------------------------------------------------------------------------
    {"id": "d60-suggestion-29", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": OP,
     "quote": "outlook-en",
     "sender": "Claire Dijkman <c.dijkman@kempenhorst.nl>",
     "body": "Hi Stan,\n\nOne thing I'd really like to discuss with peers: how do you write a long-term vision "
             "for a shared organisation when the political landscape in each council changes every four years? "
             "Ours expires next year and I'd rather not just copy-paste it.\n\nBest,\nClaire Dijkman\nGeneral "
             "Director" + DISCLAIMER_EN},
    {"id": "d60-suggestion-30", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": OP,
     "quote": "gmail",
     "sender": "Tom Vermeulen <t.vermeulen@oeverzand.nl>",
     "body": "Regional cooperation beyond our own merger: how do smaller shared organisations hold their own "
             "next to the big city in the region?\n\nTom" + IPAD},
    {"id": "d60-suggestion-31", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": VV, "quote": "outlook-en",
     "sender": "Sanne Willems <s.willems@zandmeren.nl>",
     "body": "For next time: digital-first services to residents, and what that asks of our IT backbone "
             "(we're still on-premise for most of it).\n\nCheers,\nSanne"},
    {"id": "d60-suggestion-32", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "apple",
     "sender": "Bas Timmermans <b.timmermans@maasloop.nl>",
     "body": "Data-gedreven werken in de bedrijfsvoering, business intelligence, dat soort dingen. We hebben "
             "een datateam opgezet maar de business case is nog wat vaag.\n\nBas" + IPHONE},
    {"id": "d60-suggestion-33", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": VV,
     "quote": "gmail",
     "sender": "Maarten Kok <m.kok@werkorganisatie-brakeloo.nl>",
     "body": "next time maybe: strategic agenda-setting. hoe zorg je als ambtelijke top dat je vooruit denkt "
             "in plaats van achter de raad aan te lopen?\n\nMaarten"},
    {"id": "d60-suggestion-34", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "Topic for the spring atelier",
     "sender": "Linda Groen <l.groen@hunzedal.nl>",
     "body": "Dear Melanie,\n\nPerformance monitoring: which KPIs on services to residents and businesses do "
             "your councils actually read, and which ones just fill the annual report? I'd love to hear from "
             "colleagues.\n\nKind regards,\nLinda Groen"},
    # -- suggestions: inline under our quoted question ------------------------------------------------------------
    {"id": "d60-suggestion-35", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "subject": CALL_SUBJ,
     "sender": "Erik Hendriks <e.hendriks@kaagveld.nl>",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met\n"
             "> collega's bespreken?\n\nDe rol van onze werkorganisatie in de regiodeals met het Rijk. We worden "
             "steeds overgeslagen omdat we geen gemeente zijn.\n\n> Beantwoord deze e-mail met uw onderwerpen, "
             "graag vóór 21 januari 2027.\n\nBij deze.\n\nErik"},
    {"id": "d60-suggestion-36", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "subject": CALL_SUBJ,
     "sender": "Marloes Wijnen <m.wijnen@veenmarke.nl>",
     "body": "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke "
             "prioriteiten;\n\nHebben we vorig jaar al gehad.\n\n> - Dienstverlening: innovaties in "
             "dienstverlening aan inwoners, ondernemers en instellingen, monitoring van prestaties.\n\nDat "
             "wel: het aantal bezoekers aan onze balies is gehalveerd. Moet je dan nog in elke kern een "
             "servicepunt houden?\n\nMarloes"},
    {"id": "d60-suggestion-37", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "subject": CALL_SUBJ,
     "sender": "Hendrik Jan Bos <hj.bos@zuiderwold.nl>",
     "body": "Beste Stan,\n\n> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie "
             "wilt u graag met collega's bespreken?\n\nHet zaakgericht werken dat maar niet van de grond komt. "
             "We hebben het systeem al vier jaar, maar de helft van de afdelingen werkt nog met mappen op de "
             "G-schijf.\n\n> Eén onderwerp per regel helpt ons bij het tellen.\n\nIs één regel, toch? ;-)\n\n"
             "Hendrik Jan"},
    {"id": "d60-suggestion-38", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "subject": FOLLOW_SUBJ,
     "sender": "Annemarie Vos <a.vos@rivierenzoom.nl>",
     "body": "> Welk vraagstuk wilt u de volgende keer bespreken?\n\nDe toekomst van de constructie zelf. "
             "In twee van onze drie raden ligt een motie om een herindeling te onderzoeken, de derde wil daar "
             "niets van weten. Hoe voer je als directeur dat gesprek, en waar sta je over tien jaar?\n\n"
             "Annemarie Vos" + OUTLOOK_ANDROID},
    {"id": "d60-suggestion-39", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "subject": FOLLOW_SUBJ,
     "sender": "Joris Lambrecht <j.lambrecht@geestrand.nl>",
     "body": "> U bepaalt gezamenlijk de gespreksthema's van het volgende atelier.\n\nMooi.\n\n> Welk "
             "vraagstuk wilt u de volgende keer bespreken?\n\nHuisvesting. We zitten verspreid over vier "
             "gebouwen in drie dorpen en iedereen wil op dinsdag op kantoor zijn.\n\nJoris"},
    # -- suggestions: the subject carries it, the body is empty ----------------------------------------------------
    {"id": "d60-suggestion-40", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "Voor het atelier: hybride werken en de kantoorbezetting",
     "sender": "Priya Ramdin <p.ramdin@werkorganisatie-eemhof.nl>",
     "body": ""},
    {"id": "d60-suggestion-41", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "groupwise", "subject": "RE: thema's atelier - digitaal ondernemersloket",
     "sender": "Stefan Aerts <s.aerts@kromveld.nl>",
     "body": ""},
    {"id": "d60-suggestion-42", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": VV,
     "quote": "outlook-nl", "subject": "Volgende keer: wat als één gemeente uit de GR wil stappen?",
     "sender": "Carla Jacobs <c.jacobs@dorpenring.nl>",
     "body": IPHONE.strip()},
    # -- suggestions: replies to the follow-up mail ----------------------------------------------------------------
    {"id": "d60-suggestion-43", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": VV,
     "quote": "notes",
     "sender": "ruud.claassen@linderhoven.nl",
     "body": "de grens tussen eigenheid en één lijn, daar waren we nog lang niet klaar mee. zou best een "
             "tweede ronde willen\n\nruud"},
    {"id": "d60-suggestion-44", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": VV,
     "quote": "outlook-nl",
     "sender": "Gonny Brink <g.brink@maasloop.nl>",
     "body": "Beste Melanie,\n\nWat mij na afloop bijbleef: we hebben het de hele middag over bestuur en "
             "organisatie gehad, en nauwelijks over de inwoner. Ik zou het de volgende keer willen hebben over "
             "de vraag of de fusie het voor inwoners en ondernemers merkbaar beter heeft gemaakt, en hoe je dat "
             "aantoont.\n\nHartelijke groet,\nGonny Brink"},
    {"id": "d60-suggestion-45", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": VV, "quote": "outlook-lijn",
     "sender": "Vincent Mertens <v.mertens@zandmeren.nl>",
     "body": "Goedemiddag,\n\nDe begroting voor 2028 staat bij ons fors onder druk. Ik zou graag horen hoe "
             "collega's keuzes maken in hun eigen organisatie (wat schrap je, waar snijd je in de formatie) en "
             "hoe ze de colleges meenemen in het bijstellen van de bestuurlijke prioriteiten.\n\nMet "
             "vriendelijke groet,\nVincent Mertens\nConcerndirecteur" + DISCLAIMER},
    {"id": "d60-suggestion-46", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": VV,
     "quote": "ongemarkeerd",
     "sender": "Petra Smit <p.smit@kaagveld.nl>",
     "body": "Dank voor het verslag. Het sturingsconcept zou ik een keer willen uitdiepen: wij sturen nog "
             "via drie gemeentesecretarissen plus één algemeen directeur, en niemand weet precies wie waarover "
             "gaat.\n\nPetra Smit"},
    {"id": "d60-suggestion-47", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": VV,
     "quote": "doorgestuurd",
     "sender": "Johan de Wit <j.dewit@bosmeer.nl>",
     "body": "Anja, wil je dit doorsturen? Voor het volgende atelier: onze plek in de regio naast de "
             "veiligheidsregio, de GGD en de omgevingsdienst. Daar zijn we als werkorganisatie nog zoekende "
             "in.\n\nJohan"},
    {"id": "d60-suggestion-48", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": VV,
     "quote": "groupwise",
     "sender": "Evelien Maas <e.maas@hunzedal.nl>",
     "body": "digitalisering van werkproccessen graag, en dan vooral hoe je de medewerkers meekrijgt die al 30 "
             "jaar hetzelfde doen. de samenwerking met de gemeenten loopt bij ons prima trouwens\n\nEvelien"
             + GALAXY},
    # -- suggestions: new mails ----------------------------------------------------------------------------------
    {"id": "d60-suggestion-49", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "Atelier maart",
     "sender": "Mr. drs. A.C. (Adriaan) van Leeuwen <ac.vanleeuwen@werkorganisatie-duinkant.nl>",
     "body": "Geacht secretariaat,\n\nGaarne zou ondergetekende de ontwikkeling van een gezamenlijke visie op "
             "de rol van de ambtelijke organisatie in 2035 in een volgend atelier aan de orde zien komen. Wij "
             "zijn daar zelf recent mee begonnen en de ervaringen van andere directeuren zouden zeer welkom "
             "zijn.\n\nHoogachtend,\n\nmr. drs. A.C. van Leeuwen\nalgemeen directeur Werkorganisatie Duinkant"},
    {"id": "d60-suggestion-50", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "idee",
     "sender": "Stan Coenen <s.coenen@rivierenzoom.nl>",
     "body": "Beste Stan (naamgenoot!),\n\nOnze website is voor laaggeletterde inwoners eigenlijk niet te "
             "gebruiken. We hebben een testpanel gehad en dat was pijnlijk. Ik denk dat veel gemeenten dit "
             "hebben. Misschien iets voor een middag?\n\nGroet,\nStan Coenen"},
    {"id": "d60-suggestion-51", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": None,
     "subject": "Herijking organisatievisie",
     "sender": "Monique Arts <m.arts@wierdenland.nl>",
     "body": "Beste Melanie,\n\nWij herijken dit jaar onze organisatievisie en leggen daarbij ook de "
             "structuur open: van vijf sectoren naar drie domeinen. Ik zou het waardevol vinden om met een "
             "paar directeuren die dit al gedaan hebben van gedachten te wisselen, over de koers én over de "
             "inrichting.\n\nMet vriendelijke groet,\nMonique Arts"},
    {"id": "d60-suggestion-52", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "subject": "Gezamenlijke opgave statushouders",
     "sender": "Arie Goossens <a.goossens@torenhof-werkorganisatie.nl>",
     "body": "Hallo Stan,\n\nDe verdeling van de taakstelling voor statushouders over onze drie gemeenten "
             "levert elk halfjaar hetzelfde gesteggel op. De ene gemeente heeft de woningen, de andere de "
             "scholen. Hoe regelen anderen dat onderling?\n\nArie" + BLACKBERRY},
    # -- suggestions: more replies to the call ---------------------------------------------------------------------
    {"id": "d60-suggestion-53", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": OP,
     "quote": "notes",
     "sender": "Sabine Evers <s.evers@peelhorst.nl>",
     "body": "misschien iets over klanttevredenheid bij wmo-aanvragen? wij scoren slecht op doorlooptijd "
             "en weten niet goed waar het aan ligt\n\nsabine"},
    {"id": "d60-suggestion-54", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": None,
     "quoted": OP, "quote": "outlook-en",
     "sender": "Gert-Jan Pauw <gj.pauw@kempenhorst.nl>",
     "body": "Goedemiddag,\n\nBlijven we over tien jaar in deze vorm bestaan, of gaan we naar een "
             "centrumgemeente? Bij ons vragen de drie burgemeesters mij om een verkenning, en ik zou die graag "
             "eerst eens met collega's doorspreken.\n\nGert-Jan Pauw"},
    {"id": "d60-suggestion-55", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": OP,
     "quote": "doorgestuurd",
     "sender": "Leo Vink <l.vink@veenmarke.nl>",
     "body": "Anja, graag namens mij beantwoorden met: de kosten van de bedrijfsvoering per inwoner, en hoe "
             "je die omlaag krijgt zonder dat de organisatie kapot bezuinigd wordt. Dienstverlening laat ik "
             "aan anderen.\n\nLeo"},
    # -- other: answers to the call or the follow-up that propose nothing ---------------------------------------------
    {"id": "d60-other-01", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-nl",
     "sender": "Jan-Willem Sterk <jw.sterk@zuiderwold.nl>",
     "body": "Beste Stan,\n\nDank voor de uitnodiging om mee te denken. Ik heb er even over nagedacht, maar van "
             "mijn kant komt er dit keer niets. Het lijstje dekt wat bij ons speelt.\n\nGroet,\nJan-Willem"},
    {"id": "d60-other-02", "kind": "other", "thread": T, "quoted": VV, "quote": "gmail",
     "sender": "Hanneke Prins <h.prins@oeverzand.nl>",
     "body": "Dank jullie wel, het was een fijne middag en het verslag is helder. Ik heb het doorgestuurd naar "
             "ons MT.\n\nHanneke" + IPHONE},
    {"id": "d60-other-03", "kind": "other", "thread": T, "quoted": VV, "quote": "outlook-lijn",
     "sender": "Bram Willemsen <b.willemsen@maasloop.nl>",
     "body": "Hallo,\n\nInhoudelijk was het sterk, maar Utrecht is voor ons uit het noorden wel erg ver weg. "
             "Is het een idee om de locatie af te wisselen, bijvoorbeeld een keer in Zwolle of Assen?\n\n"
             "Groet,\nBram Willemsen"},
    {"id": "d60-other-04", "kind": "other", "thread": T, "quoted": VV, "quote": "apple",
     "sender": "Nicole Hermans <n.hermans@kromveld.nl>",
     "body": "Donderdagmiddag is voor veel van ons lastig, dan vergadert het college. Een dinsdag of vrijdag "
             "zou voor mij een stuk beter uitkomen.\n\nNicole" + IPAD},
    {"id": "d60-other-05", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-en",
     "sender": "Olaf de Bruijn <o.debruijn@werkorganisatie-brakeloo.nl>",
     "body": "Goedemorgen,\n\nKomt er op 11 maart ook een externe spreker, of is het alleen uitwisseling "
             "tussen directeuren? Dat bepaalt een beetje wie ik meeneem.\n\nOlaf de Bruijn"},
    {"id": "d60-other-06", "kind": "other", "thread": T, "quoted": OP, "quote": "notes-wrote",
     "sender": "Marieke Dam <m.dam@hunzedal.nl>",
     "body": "Ik bespreek dit eerst maandag in ons MT en laat het jullie daarna weten.\n\nMarieke Dam"},
    {"id": "d60-other-07", "kind": "other", "thread": T, "quoted": OP, "quote": "groupwise",
     "sender": "Theo Martens <t.martens@dorpenring.nl>",
     "body": "Geen onderwerp van mij, succes met de voorbereiding.\n\nTheo"},
    {"id": "d60-other-08", "kind": "other", "thread": T, "quoted": VV, "quote": "outlook-nl",
     "sender": "Saskia Peters <s.peters@linderhoven.nl>",
     "body": "Beste Melanie,\n\nZijn de slides van de inleider ook beschikbaar? In het verslag staat alleen "
             "de samenvatting, en ik wil ze graag gebruiken in ons directieoverleg.\n\nMet vriendelijke "
             "groet,\nSaskia Peters"},
    {"id": "d60-other-09", "kind": "other", "thread": T, "quoted": OP, "quote": "doorgestuurd",
     "sender": "Frits Koster <f.koster@zandmeren.nl>",
     "body": "Anja, kun je dit doorzetten naar Marco? Hij weet beter dan ik wat er bij ons speelt, laat hem "
             "zelf maar reageren.\n\nFrits"},
    {"id": "d60-other-10", "kind": "other", "thread": T, "quoted": OP, "quote": "ongemarkeerd",
     "sender": "Esther Roelofs <e.roelofs@geestrand.nl>",
     "body": "Hoe komt de keuze uiteindelijk tot stand? Telt het onderwerp met de meeste stemmen, of beslist "
             "de Adviesraad?\n\nEsther Roelofs"},
    {"id": "d60-other-11", "kind": "other", "thread": T, "quoted": VV, "quote": "notes",
     "sender": "Gijs van Rijn <g.vanrijn@torenhof-werkorganisatie.nl>",
     "body": "Complimenten voor de organisatie. Alleen het parkeren bij het Stadskantoor was een drama, ik "
             "heb twintig minuten rondgereden. Misschien volgende keer een tip in de uitnodiging?\n\nGijs"},
    {"id": "d60-other-12", "kind": "other", "thread": T, "quoted": OP, "quote": "outlook-lijn",
     "sender": "Lisa Veenstra <l.veenstra@kaagveld.nl>",
     "body": "Goed initiatief. Ik denk er nog even over na en kom er voor de 21e op terug.\n\nLisa Veenstra"
             + OUTLOOK_ANDROID},
    {"id": "d60-other-13", "kind": "other", "thread": T, "quoted": OP, "quote": "gmail",
     "sender": "Daan Huisman <d.huisman@veenmarke.nl>",
     "body": "Thanks for the call. Nothing to add from our side this time, the current list covers it.\n\nDaan"},
    {"id": "d60-other-14", "kind": "other", "thread": T, "quoted": OP, "quote": "notes",
     "sender": "Ingrid Molenaar <i.molenaar@bosmeer.nl>",
     "body": "Beste secretariaat,\n\nDe termijn tot 21 januari vind ik aan de krappe kant, met de feestdagen "
             "ertussen. Kan die misschien een week op?\n\nMet vriendelijke groet,\nIngrid Molenaar"},
    {"id": "d60-other-15", "kind": "other", "thread": T, "quoted": VV, "quote": "groupwise",
     "sender": "Rob Schouten <r.schouten@peelhorst.nl>",
     "body": "Mag ik het verslag ook doorsturen aan onze drie burgemeesters, of is het alleen voor "
             "deelnemers?\n\nRob"},
    {"id": "d60-other-16", "kind": "other", "thread": T, "quoted": OP, "quote": "apple",
     "sender": "Charlotte Baas <c.baas@wierdenland.nl>",
     "body": "Ik zie het programma met belangstelling tegemoet!\n\nCharlotte" + IPHONE},
    {"id": "d60-other-17", "kind": "other", "thread": T, "quoted": VV, "quote": "outlook-en",
     "sender": "Kevin Ramaekers <k.ramaekers@kempenhorst.nl>",
     "body": "Great session, thanks to you both. The case from the other region was an eye-opener for my "
             "team.\n\nKevin" + DISCLAIMER_EN},
    {"id": "d60-other-18", "kind": "other", "thread": T, "quoted": OP, "quote": "notes-wrote",
     "sender": "Anton Wolters <a.wolters@werkorganisatie-duinkant.nl>",
     "body": "Wij hebben dit vorige keer al ingevuld, zijn die onderwerpen meegenomen of moeten we ze opnieuw "
             "sturen?\n\nAnton Wolters"},
    {"id": "d60-other-19", "kind": "other", "thread": T, "subject": CALL_SUBJ,
     "sender": "Marjolein Sluiter <m.sluiter@rivierenzoom.nl>",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met\n"
             "> collega's bespreken?\n\nWeet ik nog niet, ik moet er even over nadenken.\n\n> De Adviesraad "
             "weegt alle suggesties en adviseert over het programma\n\nWie zitten er eigenlijk in die "
             "Adviesraad?\n\nMarjolein"},
    {"id": "d60-other-20", "kind": "other", "thread": T, "quoted": VV, "quote": "ongemarkeerd",
     "sender": "Paul Kersten <p.kersten@zuiderwold.nl>",
     "body": "nee hoor, niks van mijn kant. top middag was het\n\npaul"},
    # -- rsvp: coming or not, said in reply to the call ------------------------------------------------------------
    {"id": "d60-rsvp-01", "kind": "rsvp", "attending": True, "thread": T, "quoted": OP, "quote": "outlook-nl",
     "sender": "Hilde Vermeer <h.vermeer@kromveld.nl>",
     "body": "Beste Stan,\n\nEen onderwerp heb ik niet, maar 11 maart staat in mijn agenda: ik kom.\n\nGroet,\n"
             "Hilde Vermeer"},
    {"id": "d60-rsvp-02", "kind": "rsvp", "attending": False, "thread": T, "quoted": OP, "quote": "gmail",
     "sender": "Wouter Franssen <w.franssen@oeverzand.nl>",
     "body": "Ik ben op 11 maart helaas met vakantie, dus ik sla deze over en laat het kiezen aan jullie.\n\n"
             "Wouter" + GALAXY},
    {"id": "d60-rsvp-03", "kind": "rsvp", "attending": True, "thread": T, "quoted": OP, "quote": "apple",
     "sender": "Margriet Spijker <m.spijker@dorpenring.nl>",
     "body": "Reserveer maar een stoel voor me op de 11e.\n\nMargriet" + IPHONE},
    {"id": "d60-rsvp-04", "kind": "rsvp", "attending": True, "thread": T, "quoted": OP, "quote": "outlook-en",
     "sender": "Ben Hofman <b.hofman@zandmeren.nl>",
     "body": "Count me in for March 11th.\n\nBen"},
    {"id": "d60-rsvp-05", "kind": "rsvp", "attending": False, "thread": T, "quoted": OP, "quote": "outlook-lijn",
     "sender": "Rosa Kamphuis <r.kamphuis@linderhoven.nl>",
     "body": "Goedemiddag,\n\nOp 11 maart zit ik in het buitenland. In mijn plaats komt mijn plaatsvervanger "
             "Henk Bos (h.bos@linderhoven.nl).\n\nMet vriendelijke groet,\nRosa Kamphuis"},
    {"id": "d60-rsvp-06", "kind": "rsvp", "attending": False, "thread": T, "quoted": OP, "quote": "groupwise",
     "sender": "jeroen.smulders@maasloop.nl",
     "body": "11 maart lukt me niet, zit dan bij de accountant"},
    {"id": "d60-rsvp-07", "kind": "rsvp", "attending": True, "thread": T, "quoted": OP, "quote": "notes",
     "sender": "Tineke Bouwman <t.bouwman@hunzedal.nl>",
     "body": "Ben erbij, samen met mijn loco-directeur.\n\nTineke Bouwman"},
    {"id": "d60-rsvp-08", "kind": "rsvp", "attending": False, "thread": T, "quoted": OP,
     "quote": "notes-wrote",
     "sender": "Laurens Kuijpers <l.kuijpers@peelhorst.nl>",
     "body": "Goedemorgen,\n\nDe 11e valt samen met onze begrotingsraad, dus ik moet deze keer helaas "
             "verstek laten gaan.\n\nL. Kuijpers"},
    # -- unsubscribe: leaving, said in reply to the call or the follow-up ----------------------------------------
    {"id": "d60-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": OP,
     "quote": "outlook-nl",
     "sender": "Albert Hoekman <a.hoekman@geestrand.nl>",
     "body": "Beste Stan,\n\nPer 1 februari ga ik met pensioen. Haal me maar van de lijst; het was me een "
             "genoegen.\n\nAlbert Hoekman"},
    {"id": "d60-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": VV,
     "quote": "outlook-lijn",
     "sender": "Josien Kuiper <j.kuiper@werkorganisatie-brakeloo.nl>",
     "body": "Hallo,\n\nOnze werkorganisatie wordt dit jaar ontvlochten, dus voor mij houdt het netwerk hier "
             "op. Wilt u mij uitschrijven?\n\nMet vriendelijke groet,\nJosien Kuiper"},
    {"id": "d60-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": OP,
     "quote": "gmail",
     "sender": "Marcel van Aalst <m.vanaalst@kaagveld.nl>",
     "body": "Beste Melanie,\n\nIk vertrek per maart naar de provincie. Mijn opvolger Ilse Verbeek "
             "(i.verbeek@kaagveld.nl) neemt mijn plek in het netwerk over.\n\nGroet,\nMarcel"},
    {"id": "d60-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": OP,
     "quote": "outlook-en",
     "sender": "Niels Gerritsen <n.gerritsen@werkorganisatie-eemhof.nl>",
     "body": "Please take me off this list, I've moved on to a different role outside local government.\n\n"
             "Thanks,\nNiels"},
    {"id": "d60-unsubscribe-05", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": OP,
     "quote": "notes",
     "sender": "Corine Lubbers <c.lubbers@bosmeer.nl>",
     "body": "Geacht secretariaat,\n\nHierbij verzoek ik u mij uit te schrijven uit het netwerk en al mijn "
             "persoonsgegevens te verwijderen, op grond van artikel 17 AVG.\n\nHoogachtend,\nC. Lubbers"},
    {"id": "d60-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": VV,
     "quote": "apple",
     "sender": "sjoerd.dijkstra@wierdenland.nl",
     "body": "graag uitschrijven, ik stop met het netwerk\n\nsjoerd" + IPHONE},
    {"id": "d60-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": OP,
     "quote": "doorgestuurd",
     "sender": "Hugo Verschuren <h.verschuren@kempenhorst.nl>",
     "body": "Anja, laat je het secretariaat weten dat ik 11 maart niet kom en dat ik me ook afmeld als lid "
             "van het netwerk? Mijn functie vervalt per april.\n\nHugo"},
]
# fmt: on
