"""The forty-third labelled set's cases (issue 17): see the package docstring for how its writing differs.

Themes are those of what the writer proposes: a case from their own organisation is labelled with the theme the
case belongs to under the brochure (a failed ICT migration: Organisatie; a council that wants to leave: Samenwerking;
a queue at the front desk: Dienstverlening; the long-term course of the organisation: Strategie), never a theme named
in passing or set aside. Replies to vervolg_atelier and bedankt_suggestie carry the thread ``call_for_themes``.
A yes/no to the atelier that mentions a topic in passing is an RSVP; a leave that gives a topic as its reason is an
unsubscribe.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
W = "welcome"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nVerzonden vanaf mijn Galaxy"
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
DISCLAIMER = (
    "\n\n---\nDeze e-mail is uitsluitend bestemd voor de geadresseerde. Op al onze e-mail is de disclaimer van "
    "toepassing die u vindt op www.werkorganisatie-lingewaard-oost.nl/disclaimer."
)
GRONINGS = "\n\nMoi,\nHarm Dijkhuis\ngemeentesecretaris/algemeen directeur\nWerkorganisatie Eemsmond-Ommeland"
BRABANTS = "\n\nHoudoe,\nRiek van Dongen\ndirecteur bedrijfsvoering | Samenwerking Kempenland-Noord"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- suggestions in reply to the call for themes ----------------------------------------------------------
    {"id": "d43-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Gerrit-Jan Veldkamp <gj.veldkamp@werkorganisatie-vechtdal-zuid.nl>",
     "body": "Beste Stan en Melanie,\n\nIk heb wel een casus. Wij zijn in april overgestapt van drie losse "
             "financiële pakketten (één per gemeente) naar één systeem. Dat is flink misgegaan: de conversie "
             "van de grootboeken liep vast, de leverancier had te weinig mensen, en de jaarrekeningen van twee "
             "gemeenten kwamen maanden te laat bij de accountant. Ik zou graag met collega's doorpraten over "
             "hoe je zo'n overstap wél goed regisseert: aanbesteding, projectleiding, de rol van de "
             "informatiemanager, wanneer trek je de stekker eruit.\n\nGroet,\nGerrit-Jan Veldkamp\n"
             "algemeen directeur"},
    {"id": "d43-suggestion-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Ineke Scholten-Baas <i.scholten@dewoldenhoek.nl>",
     "body": "Hallo,\n\nBij ons heeft de raad van Hoekerveen vorige maand een motie aangenomen om 'de "
             "voor- en nadelen van uittreding uit de werkorganisatie' te laten onderzoeken. De andere twee "
             "gemeenten zijn daar behoorlijk van geschrokken. Ik weet dat dit elders ook speelt of gespeeld "
             "heeft. Hoe ga je daar als directeur mee om, wie neemt het voortouw, en hoe houd je de "
             "verhoudingen tussen de drie colleges werkbaar in de tussentijd?\n\nHartelijke groet,\nIneke"},
    {"id": "d43-suggestion-03", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "mr. drs. P.H. (Paul) Averink <p.averink@bsd-tweestromen.nl>",
     "body": "Geacht secretariaat,\n\nGraag draag ik het volgende onderwerp aan. De wethouders ruimtelijke "
             "ordening van onze beide gemeenten liggen al maanden met elkaar overhoop over de locatie van een "
             "nieuw bedrijventerrein op de gemeentegrens. Mijn medewerkers krijgen daardoor tegenstrijdige "
             "opdrachten en zitten letterlijk tussen twee vuren. De vraag die ik wil inbrengen: wat doe je als "
             "gezamenlijke organisatie wanneer de belangen van je opdrachtgevers frontaal botsen?\n\n"
             "Hoogachtend,\n\nmr. drs. P.H. Averink\ndirecteur Bedrijfsvoeringsorganisatie Tweestromen\n"
             "T 0488 - 41 22 90"},
    {"id": "d43-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Marloes Timmer <m.timmer@gemeentenaanzee.nl>",
     "body": "Dag allebei,\n\nOns probleem van dit jaar: wie een nieuw paspoort of rijbewijs wil, kan pas over "
             "zeven weken terecht aan de balie. In het voorjaar stonden mensen met een vakantie in het "
             "vooruitzicht boos aan de stadhuisdeur. We hebben avondopenstelling en een spoedloket "
             "geprobeerd, met matig succes. Ik hoor graag hoe andere fusieorganisaties de wachttijden aan de "
             "publieksbalie onder controle krijgen.\n\nMarloes" + IPHONE},
    {"id": "d43-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Sander Oosterhuis <s.oosterhuis@wo-drentsmonde.nl>",
     "body": "Mijn onderwerpen, in volgorde van urgentie:\n\n- de inhuur van extern personeel (bij ons 23% van "
             "de loonsom, de raden willen naar 10%)\n- vacatures die we niet meer vervuld krijgen, vooral "
             "juristen en vergunningverleners\n- hoe je de formatie onderbouwt richting drie raden die elk hun "
             "eigen begroting vaststellen\n\nMvg Sander Oosterhuis\nmanager bedrijfsvoering"},
    {"id": "d43-suggestion-06", "kind": "suggestion", "themes": ["dienstverlening", "samenwerking"],
     "thread": T, "quoted": "oproep_themas", "quote": "notes",
     "sender": "A.W. Kuipers <a.kuipers@zuidrandgemeenten.nl>",
     "body": "Twee voorstellen:\n\n1. Doorlooptijden van vergunningen onder de Omgevingswet: wij halen de "
             "wettelijke termijn bij een kwart van de aanvragen niet, en ondernemers klagen terecht.\n"
             "2. De woningbouwopgave die we als drie gemeenten samen aan de provincie hebben toegezegd, terwijl "
             "iedere gemeente eigenlijk vooral in de eigen kern wil bouwen.\n\nA.W. Kuipers"},
    {"id": "d43-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Hanneke de Roos <h.deroos@werkorganisatie-lingewaard-oost.nl>",
     "body": "Goedemorgen,\n\nStrategie en organisatie zijn de afgelopen ateliers ruim aan bod gekomen, en over "
             "samenwerking tussen de gemeenten hebben we het in maart al. Ik zou daarom graag eens de inwoner "
             "centraal zetten: hoe meet je of je dienstverlening in alle drie de gemeenten even goed is, en "
             "wat doe je als één kern structureel lager scoort in de waarstaatjegemeente-cijfers?\n\n"
             "Met vriendelijke groet,\nHanneke de Roos" + DISCLAIMER},
    {"id": "d43-suggestion-08", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Jeroen Baljet <jbaljet@werkorg-hollandsekust.nl>",
     "body": "Hi both, something I'd like to put on the table: we are writing a vision for the organisation "
             "towards 2035 and I struggle with the question how far ahead you can realistically look when "
             "your councils change every four years. Who has done this, and what did the document actually "
             "change? Happy to share our draft.\n\nCheers,\nJeroen Baljet | algemeen directeur"},
    {"id": "d43-suggestion-09", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "t.vanleeuwen@kempenland-noord.nl",
     "body": "dashboard klanttevredenheid en prestaties KCC, hoe sturen anderen daarop\n\nthijs"},
    {"id": "d43-suggestion-10", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Karin Wolters <k.wolters@bsd-maasenwaal.nl>",
     "body": "Beste secretariaat,\n\nWij zijn drie jaar geleden met veel enthousiasme overgegaan op "
             "zelforganiserende teams zonder afdelingshoofden. Inmiddels is de rek eruit: teams weten niet wie "
             "beslist, de directie trekt steeds meer naar zich toe en het ziekteverzuim loopt op. We overwegen "
             "weer een laag teamleiders in te voeren. Dat voelt als een stap terug. Ik zou het fijn vinden om "
             "ervaringen uit te wisselen over welk sturingsmodel in een fusieorganisatie werkt.\n\n"
             "Met vriendelijke groet,\n\nKarin Wolters\ndirecteur\n06-41 87 23 05"},
    {"id": "d43-suggestion-11", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Dirk-Jan Haverkamp <dj.haverkamp@ambtelijkeorganisatie-altena-west.nl>",
     "body": "Na de verkiezingen hebben wij drie nieuwe coalitieakkoorden gekregen met bij elkaar 140 "
             "ambities. De vertaling daarvan naar een haalbare meerjarenagenda voor de organisatie, met "
             "keuzes wat wel en wat niet, zou ik graag als onderwerp voorstellen. Hoe bepaal je samen met de "
             "colleges wat voorrang krijgt?\n\nDirk-Jan"},
    {"id": "d43-suggestion-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Fenna Bosma <f.bosma@werkorganisatie-waadkust.nl>",
     "body": "Hoi,\n\nVorige winter zijn we gehackt. Twee weken lang konden we niet bij onze bestanden, de "
             "back-ups bleken deels onbruikbaar. We hebben veel geleerd, pijnlijk. Mijn voorstel: een atelier "
             "over informatieveiligheid en de inrichting van de I&A-functie in een organisatie die voor "
             "meerdere besturen werkt. Ik wil er zelf graag over vertellen.\n\nGroetjes,\nFenna Bosma"},
    {"id": "d43-suggestion-13", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd",
     "sender": "Maurits Kleinjan <m.kleinjan@gemeentenbetuwe-oost.nl>",
     "body": "Anja, kun je dit namens mij terugsturen? Dank!\n\nOns voorstel: de positie van een ambtelijke "
             "fusie naast de grote centrumgemeente in de regio. Bij elke regionale tafel (jeugd, wonen, "
             "economie) voelen wij ons de kleine partner, terwijl we met zijn drieën meer inwoners hebben dan "
             "de helft van de regio.\n\nMaurits Kleinjan"},
    {"id": "d43-suggestion-14", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Yvonne Aksoy <y.aksoy@wo-duinrand.nl>",
     "body": "Goedemiddag Melanie,\n\nIk noem er twee, die bij ons samenhangen maar echt verschillend zijn:\n\n"
             "a) de werkprocessen achter de schermen: we hebben nog steeds per gemeente een eigen manier van "
             "werken bij belastingen en burgerzaken, en dat kost ons veel mensen;\n"
             "b) de digitale dienstverlening aan ondernemers: één ondernemersloket voor de drie gemeenten, hoe "
             "hebben anderen dat opgezet?\n\nGroet,\nYvonne Aksoy"},
    {"id": "d43-suggestion-15", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Rob Verhey <rob.verhey@werkorganisatie-peelrand.nl>",
     "body": "Graag iets over: hoe ga je om met een gemeente die zich steeds vaker terugtrekt uit "
             "gezamenlijke projecten? Wij hebben drie gemeenten, twee willen samen een warmtenet, de derde "
             "haakt af omdat 'het niet bij ons dorp past'. Het gemeenschappelijke verhaal brokkelt zo af."
             "\n\nRob" + OUTLOOK_IOS},
    {"id": "d43-suggestion-16", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "sender": "Bert Lammers <b.lammers@werkorganisatie-eemsmond.nl>",
     "body": "Onze werkorganisatie heeft voor het derde jaar op rij een tekort. De gemeenten betalen bij, maar "
             "hebben er genoeg van. Hoe houden anderen de begroting van de werkorganisatie zelf gezond, en hoe "
             "maak je de overhead uitlegbaar?" + GRONINGS},
    {"id": "d43-suggestion-17", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Lotte van Wijngaarden <l.vanwijngaarden@sg-hofstreek.nl>",
     "body": "Beste Stan,\n\nMijn suggesties:\n\n• de organisatievisie: waar staan we als werkorganisatie over "
             "tien jaar, en durven we dat hardop op te schrijven?\n• de verhouding tussen onze twee gemeenten, "
             "die na tien jaar samen nog steeds vooral elkaars verschillen zien.\n\nHartelijke groet,\n"
             "Lotte van Wijngaarden"},
    {"id": "d43-suggestion-18", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Wim Groeneveld <w.groeneveld@bsdveluwezoom.nl>",
     "body": "Ik zou het graag hebben over de toegang tot de Wmo. Inwoners wachten bij ons gemiddeld elf weken "
             "op een keukentafelgesprek, in de kleinste gemeente zelfs langer. Wat hebben anderen gedaan om de "
             "wachtlijst in het sociaal domein weg te werken?\n\nW. Groeneveld"},
    {"id": "d43-suggestion-19", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Anouk Brinkers <a.brinkers@werkorg-zuidoostdrenthe.nl>",
     "body": "Hello,\n\nOne topic from our side: AI tools in the daily work of our civil servants. Half the "
             "organisation already uses ChatGPT for memos, without any policy. How did others organise the "
             "rules, training and data protection around generative AI?\n\nKind regards,\nAnouk Brinkers\n"
             "CIO / manager I&A"},
    {"id": "d43-suggestion-20", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "J. Hofstede <j.hofstede@gemeentenlandvanmaas.nl>",
     "body": "Onderwerp dat bij mij bovenaan staat: de wethouder financiën van de ene gemeente en die van de "
             "andere gemeente spreken elkaar niet meer sinds de discussie over de verdeling van de kosten voor "
             "het nieuwe gemeentehuis. Ik moet beiden bedienen. Hoe herstel je het vertrouwen tussen partner-"
             "gemeenten als het bestuurlijk zo vastzit?\n\nJ. Hofstede\ndirecteur"},
    {"id": "d43-suggestion-21", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Elske Dijkstra <e.dijkstra@wo-noordoostpolder-urk.nl>",
     "body": "Beste mensen,\n\nVeel gedoe over organisatie en over de relatie met de gemeenten, maar mijn echte "
             "vraag is een andere: welke inhoudelijke agenda heeft de directie zelf? Welke maatschappelijke "
             "opgaven (energie, vergrijzing, woningbouw) agenderen wij richting de besturen, en hoe ver mag "
             "een directeur daarin gaan? Dat wil ik graag bespreken.\n\nElske"},
    {"id": "d43-suggestion-22", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Koen Snijders <k.snijders@werkorganisatie-lingewaard-oost.nl>",
     "body": "Bij ons bellen inwoners 's avonds en in het weekend de gemeente, en krijgen ze een bandje. We "
             "willen een chatfunctie op de website waar inwoners buiten kantoortijd antwoord krijgen. Wie heeft "
             "dat al draaien, en hoe is de ervaring van inwoners? Lijkt me een goed onderwerp.\n\n"
             "Koen Snijders\nteamleider KCC" + DISCLAIMER},
    {"id": "d43-suggestion-23", "kind": "suggestion", "themes": ["organisatie", "samenwerking", "strategie"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Frits Oldenkamp <f.oldenkamp@dinkelland-tubbergen-werkt.nl>",
     "body": "Beste Stan, beste Melanie,\n\nEen lijstje, alle drie even belangrijk voor ons:\n\n"
             "1) Organisatie: van vijf sectoren naar drie domeinen, hoe richt je dat in zonder een jaar stil te "
             "staan?\n2) Samenwerking: de ene gemeente wil groeien, de andere wil vooral rust. Hoe dien je "
             "beide?\n3) Strategie: een meerjarige koers voor de werkorganisatie die verder kijkt dan de "
             "raadsperiode.\n\nMet vriendelijke groet,\nFrits Oldenkamp"},
    {"id": "d43-suggestion-24", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "sanne.peters@wo-grensmaas.nl",
     "body": "hoi, voorstel: hybride werken na corona. ons kantoor staat op vrijdag leeg, teams zien elkaar "
             "nauwelijks, nieuwe collega's haken af. hoe organiseren jullie dat?\n\nsanne" + ANDROID},
    {"id": "d43-suggestion-25", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Henk-Willem Arends <hw.arends@werkorganisatie-achterhoek-west.nl>",
     "body": "Geachte heer Van de Laar,\n\nIn onze regio wordt door de provincie gesproken over een herindeling "
             "van twee van onze drie gemeenten met een buurgemeente buiten de fusie. Dat raakt de kern van "
             "onze samenwerking. Graag zou ik met collega's willen verkennen wat je kunt doen als een "
             "partnergemeente naar een andere partij kijkt.\n\nMet vriendelijke groet,\n\nH.W. Arends\n"
             "algemeen directeur"},
    {"id": "d43-suggestion-26", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Nadia el Amrani <n.elamrani@bsdlekstroom.nl>",
     "body": "Mijn idee: dienstverlening in de kernen. Sinds de fusie is het loket in twee dorpen gesloten, "
             "oudere inwoners moeten met de bus naar het hoofdkantoor. We proberen nu een mobiel "
             "gemeenteloket in een busje. Ik ben benieuwd naar andere oplossingen om dichtbij de inwoner te "
             "blijven.\n\nNadia" + IPHONE},
    {"id": "d43-suggestion-27", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Cor Wesselink <c.wesselink@gemeentenberkelland.nl>",
     "body": "In 2025 zijn we met drie gemeenten naar één zaaksysteem gegaan. De migratie is halverwege gestopt: "
             "archief half over, koppelingen niet klaar, medewerkers werken nu in twee systemen tegelijk. Ik "
             "hoor graag hoe anderen zo'n ICT-traject hebben aangestuurd en wat ze anders zouden doen.\n\n"
             "Cor Wesselink"},
    {"id": "d43-suggestion-28", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Margriet Zandstra <m.zandstra@werkorganisatie-waadkust.nl>",
     "body": "Beste secretariaat,\n\nSamenwerking lijkt me al genoeg besproken (vorig atelier). Wat ik mis is "
             "het gesprek over de lange termijn: is een ambtelijke fusie een eindstation of een tussenstation? "
             "Welk toekomstbeeld hebben we als directeuren voor onze organisaties? Dat zou ik graag "
             "agenderen.\n\nMargriet Zandstra"},
    {"id": "d43-suggestion-29", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "B.J.M. Roelofs <b.roelofs@bsd-oosterhout-dongen.nl>",
     "body": "Geacht secretariaat,\n\nIk stel voor: de klachtafhandeling richting inwoners. Wij krijgen steeds "
             "meer klachten en bezwaren, en de reactietermijn halen we vaak niet. Welke aanpak werkt om dit "
             "sneller en persoonlijker te doen?\n\nHoogachtend,\nB.J.M. Roelofs"},
    {"id": "d43-suggestion-30", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Erik ter Horst <e.terhorst@werkorganisatie-vechtdal-zuid.nl>",
     "body": "Goedemiddag,\n\nNiet zozeer een thema als wel een concreet dilemma: de P&C-cyclus. Drie "
             "begrotingen, drie jaarrekeningen, drie keer een voorjaarsnota, en de werkorganisatie schrijft ze "
             "allemaal. Onze financiële afdeling is de halve lente en de halve herfst alleen daarmee bezig. Kan "
             "het slimmer?\n\nErik ter Horst\nconcerncontroller"},
    {"id": "d43-suggestion-31", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Petra Hulshof <petra.hulshof@gmail.com>",
     "body": "Via mijn privéadres, ik zit op vakantie ;-)\n\nTwee ideeën:\n- hoe verdeel je een gezamenlijke "
             "opgave als de energietransitie tussen gemeenten met heel verschillende ambities?\n- wat betekent "
             "'klantgericht' als inwoners van drie gemeenten verschillende openingstijden en leges hebben?\n\n"
             "Petra Hulshof, directeur WO Twentse Poort"},

    # -- new mails, no thread --------------------------------------------------------------------------------
    {"id": "d43-suggestion-32", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "Idee voor een atelier",
     "sender": "Roel Mulderij <r.mulderij@werkorganisatie-hunzedal.nl>",
     "body": "Beste Stan en Melanie,\n\nNa het laatste atelier liep ik nog rond met een idee. Bij ons is de "
             "overgang naar een nieuw HR- en salarissysteem uitgelopen op een debacle: twee maanden lang "
             "kregen medewerkers van de ene gemeente hun salaris te laat of verkeerd. Ik zou dit graag als "
             "casus inbrengen voor een atelier: hoe organiseer je zo'n invoering in een fusieorganisatie?\n\n"
             "Groet,\nRoel Mulderij"},
    {"id": "d43-suggestion-33", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "subject": "Suggestie volgend atelier: als een gemeente eruit wil",
     "sender": "Gea Wubbels <g.wubbels@ambtelijkeorganisatie-westerkwartier-zuid.nl>",
     "body": "Dag secretariaat,\n\nDe nieuwe burgemeester van een van onze gemeenten heeft in zijn eerste "
             "raadsvergadering gezegd dat de ambtelijke fusie 'geen heilige koe' is. Sindsdien wordt in de "
             "pers gespeculeerd over uittreding. Ik denk dat meer collega's zoiets meemaken. Kan dit een "
             "onderwerp worden?\n\nVriendelijke groet,\nGea Wubbels"},
    {"id": "d43-suggestion-34", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "onderwerp voor het atelier",
     "sender": "Ton Hermsen <t.hermsen@bsdrijnwaarden.nl>",
     "body": "Hallo,\n\nIk wil graag een onderwerp aandragen: meten hoe tevreden inwoners en ondernemers zijn "
             "over onze dienstverlening, en daar ook echt iets mee doen. We hebben nu alleen een jaarlijkse "
             "enquête die niemand leest.\n\nTon Hermsen"},
    {"id": "d43-suggestion-35", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "Voorstel gespreksthema",
     "sender": "drs. Aaltje Mensink <a.mensink@werkorganisatie-sallandseheuvelrug.nl>",
     "body": "Geacht secretariaat,\n\nHierbij stel ik als gespreksthema voor het eerstvolgende atelier voor: "
             "hoe geef je als directie richting aan de bestuurlijke prioriteiten wanneer de colleges halverwege "
             "de periode van koers wisselen? Wij hebben na een coalitiebreuk een heel nieuwe set prioriteiten "
             "gekregen en moeten de organisatie bijsturen.\n\nHoogachtend,\n\ndrs. A. Mensink\n"
             "gemeentesecretaris"},
    {"id": "d43-suggestion-36", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "Idee",
     "sender": "Laurens Biemans <l.biemans@wo-kempenland-noord.nl>",
     "body": "Goeiemorgen,\n\nWat mij bezighoudt is de vergrijzing van ons eigen personeel: over vijf jaar gaat "
             "een derde met pensioen. Strategische personeelsplanning, kennisoverdracht, jong talent "
             "binnenhalen. Is dat iets voor het atelier?" + BRABANTS},
    {"id": "d43-suggestion-37", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "subject": "Thema-idee: couleur locale",
     "sender": "Jolanda Pranger <j.pranger@wo-drentsmonde.nl>",
     "body": "Beste allen,\n\nBij ons in de werkorganisatie voelt de kleinste gemeente zich structureel "
             "ondergesneeuwd. Hun wethouders zeggen dat ze 'altijd als laatste aan de beurt zijn'. Hoe borg "
             "je de eigenheid van iedere gemeente binnen de samenwerking? Graag als onderwerp meenemen.\n\n"
             "Jolanda Pranger"},
    {"id": "d43-suggestion-38", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"],
     "thread": None, "subject": "twee onderwerpen",
     "sender": "Michiel van Egmond <m.vanegmond@hollandsekustgemeenten.nl>",
     "body": "Twee onderwerpen van mijn kant:\n\n1. wachttijden aan de telefoon bij ons KCC: 9 minuten "
             "gemiddeld, inwoners haken af\n2. de structuur van onze organisatie: we hebben twaalf teams "
             "rechtstreeks onder de directie, dat is te veel\n\nMichiel"},
    {"id": "d43-suggestion-39", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "Suggestion for the next atelier",
     "sender": "Rachel Hoogendijk <r.hoogendijk@werkorganisatie-rijnenveen.nl>",
     "body": "Dear Stan and Melanie,\n\nApologies for writing in English, I think faster in it. A topic: "
             "data-driven management of the organisation itself. We collect lots of data on sick leave, "
             "overtime, project spending, but our MT decides on gut feeling. How do other shared "
             "organisations use management information?\n\nBest,\nRachel Hoogendijk\nDirecteur bedrijfsvoering"},
    {"id": "d43-suggestion-40", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "subject": "Inbreng atelier – verhouding met de raden",
     "sender": "Hendrik Tamminga <h.tamminga@wo-noordoostfryslan-oost.nl>",
     "body": "Beste Stan,\n\nHet thema dat ik zou willen inbrengen: de raden van onze drie gemeenten weten elkaar "
             "niet te vinden. Elke raad stelt zijn eigen eisen aan de werkorganisatie, gezamenlijke "
             "raadsbijeenkomsten lopen op niets uit. Hoe krijg je drie raden op één lijn over een gezamenlijke "
             "organisatie?\n\nMei freonlike groetnis,\nHendrik Tamminga"},
    {"id": "d43-suggestion-41", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "Idee voor atelier: scenario's",
     "sender": "Simone Kraaijeveld <s.kraaijeveld@werkorganisatie-krimpenerwaard-west.nl>",
     "body": "Dag Melanie,\n\nIn onze directie zijn we begonnen met scenarioplanning: drie toekomstbeelden voor "
             "de organisatie in 2032 en wat dat vraagt aan keuzes nu. Dat zou ik graag met andere directeuren "
             "willen spiegelen. Misschien een idee voor een atelier?\n\nSimone"},
    {"id": "d43-suggestion-42", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "Onderwerp: ondernemers",
     "sender": "Stefan Brouwers <s.brouwers@bsd-peelrand.nl>",
     "body": "Goedendag,\n\nDe ondernemersvereniging heeft ons een slecht rapportcijfer gegeven: een 5,4 voor de "
             "gemeentelijke dienstverlening. Klachten over bereikbaarheid van accountmanagers en trage "
             "vergunningen. Ik hoor graag hoe andere fusieorganisaties hun dienstverlening aan ondernemers "
             "hebben verbeterd.\n\nStefan Brouwers" + ANDROID},
    {"id": "d43-suggestion-43", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
     "thread": None, "subject": "Voorstellen voor het atelier",
     "sender": "Ria Lubbers <r.lubbers@werkorganisatie-hunzedal.nl>",
     "body": "Geachte mevrouw Huurneman,\n\nIk heb twee voorstellen:\n- de samenwerking met onze "
             "buurgemeenten in de regio (we zijn de enige ambtelijke fusie in de regio en worden soms als "
             "'de vreemde eend' gezien);\n- onze verouderde ICT-infrastructuur, die vervangen moet worden "
             "terwijl het geld er niet is.\n\nMet vriendelijke groet,\nRia Lubbers"},
    {"id": "d43-suggestion-44", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "thema",
     "sender": "d.vos@wo-duinrand.nl",
     "body": "Misschien iets voor een volgend atelier: de verrekening van uren tussen de gemeenten. Wij "
             "schrijven nog steeds alles per kwartier per gemeente, dat is een administratieve ramp.\n\n"
             "Dennis Vos" + IPHONE},
    {"id": "d43-suggestion-45", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "Fwd: idee atelier",
     "sender": "Linda Smeets <l.smeets@werkorganisatie-grensmaas.nl>",
     "body": "Hallo Stan,\n\nOnze teamleider burgerzaken kwam met dit idee en ik vind het een goede: de "
             "afspraak-app die we voor inwoners hebben gebouwd (afspraak maken, herinnering, digitaal "
             "wachtnummer). De wachtrij in de hal is bijna weg. Zouden anderen daar iets aan hebben? Graag "
             "als onderwerp voor het atelier.\n\nHaije groete,\nLinda Smeets\n\n---------- Forwarded message "
             "---------\nVan: Johan Peeters\nOnderwerp: idee atelier\n\nLinda, is onze afspraak-app niet iets om "
             "eens te laten zien bij dat directeurennetwerk?\n\nJohan"},

    # -- replies to the follow-up (vervolg_atelier) ------------------------------------------------------------
    {"id": "d43-suggestion-46", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Gerrit-Jan Veldkamp <gj.veldkamp@werkorganisatie-vechtdal-zuid.nl>",
     "body": "Dank voor het verslag. Voor de volgende keer: ik merkte in mijn tafelgroep dat iedereen worstelt "
             "met de besturing van de werkorganisatie zelf. Wie is de opdrachtgever, wie de eigenaar? Het "
             "bestuur van de GR, de drie colleges, de directie? Een atelier over het sturingsconcept zou ik "
             "toejuichen.\n\nGerrit-Jan"},
    {"id": "d43-suggestion-47", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Ineke Scholten-Baas <i.scholten@dewoldenhoek.nl>",
     "body": "Wat een mooie middag was het! Een vervolg zou ik zoeken in de gezamenlijke opgaven: hoe pak je "
             "een thema als de opvang van statushouders samen op als de ene gemeente wel en de andere niet "
             "wil?\n\nIneke"},
    {"id": "d43-suggestion-48", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Marco Heijnen <m.heijnen@werkorganisatie-maasduinen-oost.nl>",
     "body": "Goedemiddag,\n\nVolgende keer graag over de innovatie in onze dienstverlening: bij ons komen "
             "steeds meer inwoners met meervoudige problemen (schulden, zorg, wonen) die van loket naar loket "
             "worden gestuurd. Wij experimenteren met één contactpersoon per huishouden. Ervaringen van "
             "anderen zijn welkom.\n\nMarco Heijnen"},
    {"id": "d43-suggestion-49", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "apple",
     "sender": "Jeroen Baljet <jbaljet@werkorg-hollandsekust.nl>",
     "body": "Thanks for the report. For next time: the part about 'the director as guardian of the long "
             "term' deserves a session of its own. How do you keep a multi-year agenda alive when every "
             "council wants quick wins before the elections?\n\nJeroen" + IPHONE},
    {"id": "d43-suggestion-50", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "notes",
     "sender": "H. Ramaker <h.ramaker@gemeentenhofvantwente-noord.nl>",
     "body": "Goed verslag. Mijn onderwerp voor een volgend atelier:\n\n"
             "  * lean werken / procesoptimalisatie in de backoffice\n"
             "  * robotisering van eenvoudige administratieve taken\n"
             "  * hoe je medewerkers meeneemt in die veranderingen\n\nH. Ramaker"},
    {"id": "d43-suggestion-51", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Lotte van Wijngaarden <l.vanwijngaarden@sg-hofstreek.nl>",
     "body": "Beste Melanie,\n\nDank voor het verslag, ik heb het doorgestuurd naar mijn MT.\n\nVoor het volgende "
             "atelier twee dingen:\n1. de rol van onze fusie in de regio: de regio maakt plannen voor "
             "mobiliteit en wonen, en wij zitten aan tafel als drie losse gemeenten;\n2. onze eigen "
             "langetermijnvisie als werkorganisatie.\n\nLotte"},
    {"id": "d43-suggestion-52", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "doorgestuurd",
     "sender": "Annelies Brink <a.brink@wo-vallei-oost.nl>",
     "body": "Anja, wil je dit antwoord doorsturen? Onderwerp van mijn kant: de monitoring van onze "
             "prestaties richting inwoners. Wij meten alles, maar publiceren niets. Sommige gemeenten laten "
             "op hun website live zien hoe snel ze vergunningen afhandelen. Dat zou ik graag bespreken.\n\n"
             "Annelies"},
    {"id": "d43-suggestion-53", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-en",
     "sender": "Kees Nijland <k.nijland@werkorganisatie-hunzedal.nl>",
     "body": "Dag Stan,\n\nHet gesprek over de couleur locale was boeiend, maar wat mij vooral bijbleef is iets "
             "anders: bij ons lukt het niet om de drie telefooncentrales, drie netwerken en drie "
             "domeinnamen samen te voegen, en intussen betalen we drie keer licentiekosten. Daar wil ik het "
             "een volgende keer over hebben.\n\nKees Nijland"},
    {"id": "d43-suggestion-54", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "groupwise",
     "sender": "j.hofstede@gemeentenlandvanmaas.nl",
     "body": "Volgende keer graag verder op het punt van de twee wethouders die elkaar tegenwerken, dat kwam "
             "nu maar kort aan bod. Hoe bemiddel je als directeur tussen de colleges zonder partij te "
             "kiezen?\n\nJ.H."},
    {"id": "d43-suggestion-55", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Femke Arntz <f.arntz@bsd-lingegebied.nl>",
     "body": "dank! voor de volgende keer: inwonersparticipatie bij het verbeteren van de dienstverlening. "
             "wij hebben een inwonerspanel dat meekijkt naar brieven en formulieren, werkt erg goed, en "
             "zou graag horen hoe anderen het doen\n\nfemke" + ANDROID},
    {"id": "d43-suggestion-56", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Wouter Buitink <w.buitink@werkorganisatie-achterhoek-west.nl>",
     "body": "Hartelijk dank voor de organisatie.\n\nMijn wens voor een volgend atelier: de bestuurlijke "
             "prioriteiten voor de komende raadsperiode. De verkiezingen komen eraan en wij willen als "
             "directie vooraf een 'foto' van de opgaven aanbieden aan de nieuwe colleges. Wie heeft dat al "
             "gedaan, en hoe is het ontvangen?\n\nWouter Buitink"},
    {"id": "d43-suggestion-57", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "ongemarkeerd",
     "sender": "Mirjam Vreeswijk <m.vreeswijk@wo-utrechtseheuvelrug-zuid.nl>",
     "body": "Graag een volgende keer: innovatie binnen de organisatie. Wij hebben een 'innovatielab' "
             "opgezet, maar het blijft bij leuke pilots die nooit opgeschaald worden. Hoe bouw je innovatie in "
             "je organisatie in?\n\nMirjam"},

    # -- replies to the welcome mail ----------------------------------------------------------------------------
    {"id": "d43-suggestion-58", "kind": "suggestion", "themes": ["samenwerking"], "thread": W,
     "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Thomas Rietveld <t.rietveld@werkorganisatie-alblasserwaard-oost.nl>",
     "body": "Dank voor het welkom. U vraagt of ik al een onderwerp heb: jazeker. Ik ben net begonnen als "
             "directeur en tref een situatie aan waarin de twee gemeenten elkaar alleen nog via de "
             "accountant spreken. De kostenverdeling is omstreden en er ligt een verzoek van één gemeente om "
             "de samenwerking te evalueren. Ik wil graag leren hoe collega's zo'n relatie weer opbouwen.\n\n"
             "Thomas Rietveld"},
    {"id": "d43-suggestion-59", "kind": "suggestion", "themes": ["organisatie"], "thread": W,
     "quoted": "welkom", "quote": "gmail",
     "sender": "Saskia Vermeulen <s.vermeulen@bsd-heuvelland-zuid.nl>",
     "body": "Wat fijn, dank u! Een onderwerp dat ik alvast wil meegeven: de formatie. We zijn in vijf jaar "
             "van 310 naar 390 fte gegroeid, vooral door nieuwe taken. De raden vragen of dat niet "
             "efficiënter kan. Hoe onderbouwen anderen hun formatie?\n\nSaskia"},
    {"id": "d43-suggestion-60", "kind": "suggestion", "themes": ["dienstverlening"], "thread": W,
     "quoted": "welkom", "quote": "apple",
     "sender": "Bart Jongbloed <b.jongbloed@wo-zeeuwsevlakte.nl>",
     "body": "Bedankt! Ik heb meteen een onderwerp: wij zijn de afgelopen maanden overspoeld door "
             "aanvragen energietoeslag en de afhandeling duurt bij ons zes weken. Inwoners in nood wachten "
             "daarop. Hoe richten anderen zo'n snelle regeling in richting inwoners?\n\nBart" + IPHONE},
    {"id": "d43-suggestion-61", "kind": "suggestion", "themes": ["strategie"], "thread": W,
     "quoted": "welkom", "quote": "outlook-lijn",
     "sender": "Carolien Dekker-Zijlstra <c.dekker@werkorganisatie-waterland-noord.nl>",
     "body": "Geacht secretariaat,\n\nDank voor uw welkomstbericht. Een onderwerp dat ik graag met collega's "
             "zou bespreken: de rol van de directeur bij het opstellen van een gezamenlijke strategische "
             "agenda voor de komende tien jaar. Wij beginnen daar volgend jaar aan.\n\nMet vriendelijke "
             "groet,\nC. Dekker-Zijlstra"},
    {"id": "d43-suggestion-62", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
     "thread": W, "quoted": "welkom", "quote": "notes-wrote",
     "sender": "Youssef Benali <y.benali@werkorganisatie-rijnenveen.nl>",
     "body": "Dank u wel. Zoals gevraagd alvast mijn onderwerpen:\n\n1. digitalisering van onze interne "
             "werkprocessen (we werken nog veel met papier en Excel)\n2. een betere online dienstverlening "
             "voor inwoners, zodat ze niet meer hoeven te bellen\n\nGroet,\nYoussef Benali"},
    {"id": "d43-suggestion-63", "kind": "suggestion", "themes": ["samenwerking"], "thread": W,
     "quoted": "welkom", "quote": "outlook-en",
     "sender": "Evert van Rijswijk <e.vanrijswijk@gemeentenmiddendelfland-west.nl>",
     "body": "Hi,\n\nThanks, glad to be part of this. A topic right away: one of our two municipalities has "
             "announced it wants to leave the shared organisation by 2028. I'd like to hear from colleagues "
             "who went through a split-up or nearly did.\n\nBest regards,\nEvert van Rijswijk"},
    {"id": "d43-suggestion-64", "kind": "suggestion", "themes": ["organisatie"], "thread": W,
     "quoted": "welkom", "quote": "groupwise",
     "sender": "A. Terpstra <a.terpstra@werkorganisatie-waadkust.nl>",
     "body": "Welkom ontvangen, dank. Onderwerp: de overhead. Onze rekenkamer vindt 34% overhead te veel. "
             "Hoe hebben anderen de bedrijfsvoering doelmatiger ingericht?\n\nA. Terpstra"},
    {"id": "d43-suggestion-65", "kind": "suggestion", "themes": ["dienstverlening"], "thread": W,
     "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Marieke Gerritsen <m.gerritsen@bsd-liemers-zuid.nl>",
     "body": "Goedemiddag,\n\nDank voor het warme welkom. Ja, ik heb al een onderwerp: onze dienstverlening "
             "aan mensen die niet digitaal vaardig zijn. Sinds alles online moet, komen ouderen en "
             "laaggeletterden niet meer aan hun zaken toe. Hoe houden anderen de dienstverlening voor "
             "iedereen toegankelijk?\n\nMarieke Gerritsen"},

    # -- replies to the invitation that propose a topic, without a yes or no ---
    {"id": "d43-suggestion-66", "kind": "suggestion", "themes": ["organisatie"], "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Rutger Blom <r.blom@werkorganisatie-vijfheerenlanden-oost.nl>",
     "body": "Beste Stan,\n\nMooi thema voor maart. Voor het atelier daarna wil ik alvast iets aandragen: de "
             "overgang naar de cloud. Wij hebben besloten onze servers uit te faseren en alles naar Microsoft "
             "365 en SaaS te brengen. Dat roept veel vragen op over beheer, kosten en afhankelijkheid van "
             "leveranciers.\n\nRutger Blom"},
    {"id": "d43-suggestion-67", "kind": "suggestion", "themes": ["dienstverlening"], "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Esther Mol <e.mol@wo-noordkop-west.nl>",
     "body": "Dag Melanie,\n\nSamenwerking en eigenheid, prima. Maar zou een volgende keer ook de inwoner aan "
             "bod kunnen komen? Concreet: de servicenormen die wij inwoners beloven (binnen 5 dagen antwoord "
             "op een e-mail) en die we bij lange na niet halen.\n\nEsther"},
    {"id": "d43-suggestion-68", "kind": "suggestion", "themes": ["strategie"], "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Gijs Hendrikse <g.hendrikse@werkorganisatie-schouwen-oost.nl>",
     "body": "Goedemorgen,\n\nNaar aanleiding van de uitnodiging: voor een van de volgende ateliers zou ik een "
             "gesprek over de lange termijn willen voorstellen. Wat is de stip op de horizon voor onze "
             "organisaties over tien jaar, en hoe vertaal je die naar keuzes in de komende begroting?\n\n"
             "Gijs Hendrikse"},
    {"id": "d43-suggestion-69", "kind": "suggestion", "themes": ["organisatie"], "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Nicole Verbruggen <n.verbruggen@bsd-baarle-alphen.nl>",
     "body": "Hoi Stan, los van maart: een idee voor later. Wij hebben een organisatieontwikkeltraject "
             "'Samen Eén' gedaan dat na anderhalf jaar is vastgelopen; de structuur staat, maar de cultuur "
             "is nog steeds die van drie aparte gemeentehuizen. Hoe krijg je een gedeelde organisatiecultuur?"
             "\n\nNicole"},

    # -- replies to the thank-you for a suggestion -----------------------------------------------------------
    {"id": "d43-suggestion-70", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "sender": "Marloes Timmer <m.timmer@gemeentenaanzee.nl>",
     "body": "Dank voor de bevestiging. Ik wil er nog één ding aan toevoegen: de wachtlijst voor "
             "huwelijksvoltrekkingen op populaire data. Inwoners moeten ruim een jaar van tevoren reserveren, "
             "en dat levert veel klachten op. Misschien past het bij het onderwerp van de balie.\n\nMarloes"},
    {"id": "d43-suggestion-71", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "gmail",
     "sender": "Ineke Scholten-Baas <i.scholten@dewoldenhoek.nl>",
     "body": "Aanvulling: inmiddels heeft ook de raad van de tweede gemeente vragen gesteld over de uittreding. "
             "Het onderwerp wordt dus alleen maar urgenter. Graag houden jullie het op de lijst.\n\nIneke"},
    {"id": "d43-suggestion-72", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-lijn",
     "sender": "Sander Oosterhuis <s.oosterhuis@wo-drentsmonde.nl>",
     "body": "Nog een toevoeging aan mijn lijstje: de arbeidsmarktcommunicatie. Wij vallen als "
             "werkorganisatie met een onbekende naam weg tegen de grote steden. Hoe presenteer je je als "
             "werkgever?\n\nSander"},
    {"id": "d43-suggestion-73", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "notes",
     "sender": "Dirk-Jan Haverkamp <dj.haverkamp@ambtelijkeorganisatie-altena-west.nl>",
     "body": "Klopt, maar u hebt het niet helemaal goed genoteerd: mijn onderwerp ging niet over organisatie of "
             "samenwerking, maar over de vertaling van de coalitieakkoorden naar een prioriteitenagenda. Dus "
             "graag als strategie.\n\nDirk-Jan"},
    {"id": "d43-suggestion-74", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "apple",
     "sender": "Koen Snijders <k.snijders@werkorganisatie-lingewaard-oost.nl>",
     "body": "Dank. Nog iets erbij: de meldingen openbare ruimte (kapotte lantaarnpaal, zwerfvuil). Inwoners "
             "horen nooit wat er met hun melding gebeurt. Wij willen ze terugkoppeling geven via een app.\n\n"
             "Koen" + IPHONE},
    {"id": "d43-suggestion-75", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-en",
     "sender": "Rob Verhey <rob.verhey@werkorganisatie-peelrand.nl>",
     "body": "Goedemiddag, ik wil nog iets toevoegen. Naast het warmtenet speelt bij ons nu ook de "
             "gezamenlijke aanpak van de jeugdzorgkosten, waarbij de gemeenten het niet eens worden over "
             "wie welk risico draagt. Hetzelfde patroon: gezamenlijke opgave, verschillende belangen.\n\nRob"},

    # -- inline answers with the writer's own quotes --------------------------------------------------------------
    {"id": "d43-suggestion-76", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Pim Rozendaal <p.rozendaal@werkorganisatie-heuvelrug-oost.nl>",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nDe uitbesteding van onze salarisadministratie aan een shared service "
             "center, die we nu overwegen terug te halen omdat de kwaliteit tegenvalt.\n\n> Denk aan:\n"
             "> - Strategie: ...\n> - Samenwerking: ...\n\nMvg, Pim Rozendaal"},
    {"id": "d43-suggestion-77", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "subject": "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                "[atelier:2027-1]",
     "sender": "Hester Kamphuis <h.kamphuis@bsd-oostgelre-noord.nl>",
     "body": "> Welk vraagstuk wilt u de volgende keer bespreken?\n\nDe dienstverleningsovereenkomst tussen de "
             "werkorganisatie en de gemeenten. Eén gemeente wil extra diensten bovenop het basispakket, de "
             "andere vindt dat niet eerlijk. Hoe regelen anderen maatwerk per gemeente zonder dat de "
             "verhoudingen scheef groeien?\n\nHester"},
    {"id": "d43-suggestion-78", "kind": "suggestion", "themes": ["dienstverlening"], "thread": W,
     "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Olaf Bruinsma <o.bruinsma@wo-noordoostfryslan-oost.nl>",
     "body": "> Hebt u nu al een onderwerp dat u graag met collega's wilt bespreken?\n\nJa: de "
             "bereikbaarheid van onze gemeente voor inwoners op de eilanden en in de buitengebieden. "
             "Videobellen met de balie, thuisbezorgen van documenten, dat soort dingen.\n\nOlaf"},
    {"id": "d43-suggestion-79", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken?",
     "sender": "Corine Heemskerk <c.heemskerk@werkorganisatie-duinstreek-oost.nl>",
     "body": "> Beantwoord deze e-mail met uw onderwerp\n\nTwee:\n- strategische visie op de werkorganisatie "
             "na 2030\n- onze financiële positie: structureel tekort en bezuinigingsopdracht van 5%\n\n"
             "Corine Heemskerk"},
    {"id": "d43-suggestion-80", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "idee voor atelier: mislukte migratie",
     "sender": "Wendy Langeveld <w.langeveld@bsd-zaanoever.nl>",
     "body": "Dag Stan,\n\nJe vroeg me na het vorige atelier om mijn verhaal op te schrijven, dus bij deze. "
             "In oktober zijn we in één weekend van drie e-maildomeinen naar één gegaan, en op maandag konden "
             "160 medewerkers niet inloggen. De helpdesk lag plat en het MT zat een week op crisisoverleg. "
             "De les: veel te weinig getest, en niemand had het mandaat om uit te stellen. Ik zou het leuk "
             "vinden om dit als casus in te brengen.\n\nWendy Langeveld\ndirecteur"},

    # -- look-alikes: remarks and questions about topics and the programme ------------------------------------
    {"id": "d43-other-01", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Jan-Peter Wieringa <jp.wieringa@wo-zeeuwsevlakte.nl>",
     "body": "Beste Stan,\n\nDeze keer heb ik geen onderwerp; de vier thema's dekken wat mij betreft alles wat "
             "ertoe doet. Succes met de telling.\n\nJan-Peter"},
    {"id": "d43-other-02", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Ineke Scholten-Baas <i.scholten@dewoldenhoek.nl>",
     "body": "Dag Melanie,\n\nKomt bij het thema samenwerking ook de situatie aan bod dat een gemeente wil "
             "uittreden? Als dat zo is, neem ik onze bestuursadviseur mee; anders laat ik haar thuis. Kun je "
             "me dat laten weten voordat ik me aanmeld?\n\nIneke"},
    {"id": "d43-other-03", "kind": "other", "thread": T, "quoted": "bedankt_suggestie", "quote": "outlook-lijn",
     "sender": "Wim Groeneveld <w.groeneveld@bsdveluwezoom.nl>",
     "body": "Dank voor de bevestiging. Wanneer hoor ik of mijn onderwerp over de Wmo-wachtlijst gekozen is? "
             "Ik moet mijn wethouder iets kunnen vertellen.\n\nW. Groeneveld"},
    {"id": "d43-other-04", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Hans Uijttewaal <h.uijttewaal@werkorganisatie-krimpenerwaard-west.nl>",
     "body": "Dank voor het verslag. Eerlijk gezegd vond ik het deel over digitalisering teleurstellend: de "
             "inleider van dat bureau was vooral zijn eigen product aan het verkopen. Dat kan beter.\n\n"
             "Hans Uijttewaal"},
    {"id": "d43-other-05", "kind": "other", "thread": None, "subject": "Workshop digitalisering voor uw atelier",
     "sender": "Bas Koolhaas <bas@infoflow-advies.nl>",
     "body": "Geachte heer Van de Laar,\n\nInfoFlow Advies begeleidt al tien jaar ambtelijke fusies bij hun "
             "digitalisering en I&A-vraagstukken. Graag verzorgen wij kosteloos een inspiratiesessie tijdens "
             "een van uw ateliers, bijvoorbeeld over het samenvoegen van zaaksystemen. Mag ik u bellen om de "
             "mogelijkheden te bespreken?\n\nMet vriendelijke groet,\nBas Koolhaas\nInfoFlow Advies B.V.\n"
             "T 030 - 760 44 12"},
    {"id": "d43-other-06", "kind": "other", "thread": None, "subject": "Vraag van Binnenlands Bestuur",
     "sender": "Eva Drost <e.drost@redactie-openbaarbestuur.nl>",
     "body": "Goedemiddag,\n\nIk werk aan een artikel over gemeenten die uit een ambtelijke fusie willen "
             "stappen. Uw netwerk brengt de directeuren samen; zou een van u willen reageren, of kunt u mij "
             "in contact brengen met directeuren die dit meemaken?\n\nMet vriendelijke groet,\nEva Drost\n"
             "redacteur"},
    {"id": "d43-other-07", "kind": "other", "thread": None, "subject": "Belangstelling Adviesraad",
     "sender": "Gijs Hendrikse <g.hendrikse@werkorganisatie-schouwen-oost.nl>",
     "body": "Beste Stan en Melanie,\n\nIk las dat de Adviesraad meedenkt over de keuze van de thema's. Ik zou "
             "daar graag zitting in nemen; ik heb ruime ervaring met strategie en dienstverlening in twee "
             "fusieorganisaties. Hoe gaat de selectie in zijn werk?\n\nGijs Hendrikse"},
    {"id": "d43-other-08", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "apple",
     "sender": "Erik ter Horst <e.terhorst@werkorganisatie-vechtdal-zuid.nl>",
     "body": "Vraagje: mag ik als concerncontroller ook een onderwerp aandragen, of is dat voorbehouden aan de "
             "directeuren zelf? Ik heb er wel een paar op het gebied van financiën.\n\nErik" + IPHONE},
    {"id": "d43-other-09", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "R. Smallenbroek <r.smallenbroek@gemeentenlandvanmaas.nl>",
     "body": "Goedemorgen,\n\nIk zie dat het thema weer Samenwerking is. Dat was het vorig jaar ook al. Is er "
             "een reden dat organisatie en dienstverlening steeds buiten de boot vallen? Ik ben benieuwd hoe de "
             "keuze tot stand komt.\n\nR. Smallenbroek"},
    {"id": "d43-other-10", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "groupwise",
     "sender": "k.nijland@werkorganisatie-hunzedal.nl",
     "body": "De link naar het verslag werkt bij mij niet (foutmelding 404). Kunt u het als pdf sturen? Ik wil "
             "het deel over de ICT-samenvoeging met mijn MT bespreken.\n\nKees"},
    {"id": "d43-other-11", "kind": "other", "thread": None, "subject": "Collega op de lijst",
     "sender": "Henk-Willem Arends <hw.arends@werkorganisatie-achterhoek-west.nl>",
     "body": "Beste secretariaat,\n\nWilt u mijn collega Femke Smit (f.smit@werkorganisatie-achterhoek-west.nl) "
             "ook op de verzendlijst zetten? Zij is bij ons verantwoordelijk voor het dossier herindeling en "
             "heeft veel aan de ateliers over samenwerking.\n\nMet vriendelijke groet,\nH.W. Arends"},
    {"id": "d43-other-12", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Marloes Timmer <m.timmer@gemeentenaanzee.nl>",
     "body": "Hoi Stan,\n\nIs er in het programma van donderdag nog ruimte voor een korte casus van ons over de "
             "wachttijden aan de balie, of ligt het programma al vast? Dan hoor ik het graag vóór woensdag, "
             "zodat ik een paar sheets kan maken.\n\nMarloes"},
    {"id": "d43-other-13", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Annet Haverkort <a.haverkort@bsd-sallandoost.nl>",
     "body": "Geacht secretariaat,\n\nIk heb zelf op dit moment geen onderwerp, maar wil wel laten weten dat ik "
             "het zeer waardeer dat de leden de thema's bepalen. Dat maakt het netwerk echt van ons.\n\n"
             "Met vriendelijke groet,\nA. Haverkort"},
    {"id": "d43-other-14", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Bart Jongbloed <b.jongbloed@wo-zeeuwsevlakte.nl>",
     "body": "Staat het onderwerp van mijn collega-directeur Wim Groeneveld (wachtlijst Wmo) al op jullie "
             "lijst? Dan hoef ik het niet nog een keer in te sturen, want bij ons speelt precies hetzelfde.\n\n"
             "Bart"},
    {"id": "d43-other-15", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Rachel Hoogendijk <r.hoogendijk@werkorganisatie-rijnenveen.nl>",
     "body": "Hi Melanie,\n\nCould you send me the brochure that describes the four themes in a bit more "
             "detail? I want to discuss the options with my MT first before I send in a topic.\n\nThanks!\n"
             "Rachel"},
    {"id": "d43-other-16", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "notes",
     "sender": "F. Oosterveld <f.oosterveld@wo-noordkop-west.nl>",
     "body": "Dit is al de derde mail over thema's deze maand. Kan dat niet wat minder? Ik lees het echt wel "
             "als er een oproep komt.\n\nF. Oosterveld"},
    {"id": "d43-other-17", "kind": "other", "thread": None, "subject": "Atelier voor managers bedrijfsvoering?",
     "sender": "Sander Oosterhuis <s.oosterhuis@wo-drentsmonde.nl>",
     "body": "Beste Stan,\n\nKomt er ook eens een atelier speciaal voor managers bedrijfsvoering, met de nadruk "
             "op organisatie en financiën? Of is het netwerk echt alleen voor directeuren? Ik hoor het graag."
             "\n\nSander Oosterhuis"},
    {"id": "d43-other-18", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "J. Hofstede <j.hofstede@gemeentenlandvanmaas.nl>",
     "body": "Dank voor het verslag. Op pagina 3 staat mijn naam verkeerd (Hofstee in plaats van Hofstede), en "
             "het citaat over de wethouders is niet van mij maar van mijn collega uit Peelrand. Wilt u dat "
             "aanpassen?\n\nJ. Hofstede"},
    {"id": "d43-other-19", "kind": "other", "thread": None, "subject": "Verzoek medewerking onderzoek",
     "sender": "Lieke Oudshoorn <l.oudshoorn@fsw.universiteit-leiden-oost.nl>",
     "body": "Geachte heer, mevrouw,\n\nIn het kader van mijn promotieonderzoek naar sturing en "
             "samenwerking in ambtelijke fusieorganisaties zou ik graag een korte vragenlijst onder de leden "
             "van uw netwerk verspreiden. Zou dat mogelijk zijn?\n\nMet vriendelijke groet,\nLieke Oudshoorn, "
             "MSc\npromovendus bestuurskunde"},
    {"id": "d43-other-20", "kind": "other", "thread": T, "quoted": "bedankt_suggestie", "quote": "apple",
     "sender": "Fenna Bosma <f.bosma@werkorganisatie-waadkust.nl>",
     "body": "Wilt u mijn suggestie over informatieveiligheid intrekken? Onze burgemeester wil niet dat we "
             "het verhaal van de hack buiten de deur delen zolang het onderzoek loopt.\n\nFenna" + IPHONE},
    {"id": "d43-other-21", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Tjeerd Postma <t.postma@wo-noordoostfryslan-oost.nl>",
     "body": "Goedemiddag,\n\nIk heb twee onderwerpen in gedachten, maar mag ik er één of twee insturen? En "
             "tellen onderwerpen van dezelfde organisatie dubbel of één keer?\n\nGroet,\nTjeerd Postma"},
    {"id": "d43-other-22", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Femke Arntz <f.arntz@bsd-lingegebied.nl>",
     "body": "dank voor het verslag! is het mogelijk de presentatie over de dienstverlening in Peelrand ook te "
             "krijgen? die zat er niet bij\n\nfemke"},

    # -- look-alikes: yes/no to the atelier with a topic in passing -----------------------------------------------
    {"id": "d43-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Evert van Rijswijk <e.vanrijswijk@gemeentenmiddendelfland-west.nl>",
     "body": "Ja, ik kom. Het thema komt als geroepen: bij ons wil een van de twee gemeenten er per 2028 uit."
             "\n\nEvert"},
    {"id": "d43-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Cor Wesselink <c.wesselink@gemeentenberkelland.nl>",
     "body": "Helaas, ik moet afzeggen. Die middag zitten we in crisisoverleg over de vastgelopen overstap naar "
             "het nieuwe zaaksysteem.\n\nCor Wesselink"},
    {"id": "d43-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "sender": "Marloes Timmer <m.timmer@gemeentenaanzee.nl>",
     "body": "Ik kom graag, en neem onze manager publiekszaken mee (dus met z'n tweeën). Zij weet alles van "
             "onze wachtlijst aan de balie, mocht dat in de tafelgesprekken ter sprake komen.\n\nMarloes"},
    {"id": "d43-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "sender": "Bert Lammers <b.lammers@werkorganisatie-eemsmond.nl>",
     "body": "Nee helaas. Die avond behandelen de raden de begroting van de werkorganisatie, en met ons tekort "
             "moet ik daar zijn." + GRONINGS},
    {"id": "d43-rsvp-05", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "sender": "J. Hofstede <j.hofstede@gemeentenlandvanmaas.nl>",
     "body": "Ik ben erbij. Benieuwd of de kwestie van de twee wethouders nog terugkomt.\n\nJ.H." + IPHONE},
    {"id": "d43-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Anouk Brinkers <a.brinkers@werkorg-zuidoostdrenthe.nl>",
     "body": "Goedemiddag,\n\nZelf kan ik helaas niet. In mijn plaats komt Jorrit Veenstra "
             "(j.veenstra@werkorg-zuidoostdrenthe.nl), onze portefeuillehouder digitalisering.\n\n"
             "Met vriendelijke groet,\nAnouk Brinkers"},
    {"id": "d43-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "sender": "Rachel Hoogendijk <r.hoogendijk@werkorganisatie-rijnenveen.nl>",
     "body": "Yes, I'll be there. Very relevant for us, given the discussions in our councils about the "
             "balance between local identity and one organisation.\n\nRachel"},
    {"id": "d43-rsvp-08", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Pim Rozendaal <p.rozendaal@werkorganisatie-heuvelrug-oost.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nja, ik kom\n\n"
             "> Hoe houdt u de couleur locale van vier gemeentebesturen in het oog bij één werkorganisatie?\n\n"
             "Goede vraag, daar hebben wij ook nog geen antwoord op.\n\nPim"},
    {"id": "d43-rsvp-09", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "sender": "Paul Averink <p.averink@bsd-tweestromen.nl>",
     "body": "Kan helaas niet, jammer, want juist dit onderwerp had ik graag besproken met onze twee "
             "wethouders die het niet eens worden over het bedrijventerrein. Veel succes.\n\nP. Averink"},
    {"id": "d43-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Roel Mulderij <r.mulderij@werkorganisatie-hunzedal.nl>",
     "body": "Eerder schreef ik af, maar de stuurgroep over ons salarissysteem is verschoven. Ik kom dus toch!"
             "\n\nRoel"},

    # -- look-alikes: leaves that give a topic as their reason ---
    {"id": "d43-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelden netwerk",
     "sender": "Gea Wubbels <g.wubbels@ambtelijkeorganisatie-westerkwartier-zuid.nl>",
     "body": "Beste secretariaat,\n\nPer 1 januari worden onze gemeenten heringedeeld en houdt de ambtelijke "
             "fusie op te bestaan. Het netwerk is voor mij dan niet meer van toepassing; wilt u mij afmelden?"
             "\n\nMet dank voor de mooie ateliers,\nGea Wubbels"},
    {"id": "d43-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "sender": "Michiel van Egmond <m.vanegmond@hollandsekustgemeenten.nl>",
     "body": "Graag afmelden. Ik ben griffier geworden en onderwerpen als organisatie en digitalisering sluiten "
             "niet meer aan bij mijn werk.\n\nMichiel van Egmond"},
    {"id": "d43-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Afmelding en verwijdering gegevens",
     "sender": "Thomas Rietveld <t.rietveld@werkorganisatie-alblasserwaard-oost.nl>",
     "body": "Geacht secretariaat,\n\nNa het vertrek van een van onze gemeenten uit de samenwerking is mijn "
             "functie vervallen. Ik verzoek u mij af te melden en op grond van de AVG al mijn "
             "persoonsgegevens te verwijderen.\n\nHoogachtend,\nT. Rietveld"},
    {"id": "d43-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Ton Hermsen <t.hermsen@bsdrijnwaarden.nl>",
     "body": "Ik kom niet naar het atelier, en wil me ook uitschrijven. Onze twee gemeenten hebben besloten de "
             "werkorganisatie op te heffen, dus voor mij is het netwerk voorbij.\n\nTon"},
    {"id": "d43-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap",
     "sender": "Harm Dijkhuis <h.dijkhuis@werkorganisatie-eemsmond.nl>",
     "body": "Beste Stan en Melanie,\n\nNa twaalf jaar ga ik met pensioen. Mijn opvolger, Anke Boersma "
             "(a.boersma@werkorganisatie-eemsmond.nl), neemt het stokje over, ook in het netwerk. Zij heeft "
             "dienstverlening hoog op haar lijstje staan, dus jullie gaan vast van haar horen." + GRONINGS},

    # -- look-alikes: sign-ups with a topic as their reason ---
    {"id": "d43-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Aanmelding netwerk",
     "sender": "Rianne Overbeek <r.overbeek@wo-gooi-vecht-oost.nl>",
     "body": "Goedendag,\n\nGraag meld ik mij aan als lid van het netwerk. Ik ben sinds kort directeur van onze "
             "werkorganisatie, en één van onze gemeenten overweegt uit te treden. Ik hoop van collega's te "
             "leren.\n\nMet vriendelijke groet,\nRianne Overbeek\ndirecteur WO Gooi-Vecht Oost"},
    {"id": "d43-subscribe-02", "kind": "subscribe", "thread": None, "subject": "Join the network",
     "sender": "Maarten de Greef <m.degreef@bsd-deltawaarden.nl>",
     "body": "Hello,\n\nI'd like to join the network myself. We're in the middle of a big digitalisation "
             "programme and I'm keen to meet peers who've done the same.\n\nRegards,\nMaarten de Greef\n"
             "algemeen directeur BSD Deltawaarden"},

    # -- look-alikes: automatic replies that mention a topic ---
    {"id": "d43-autoreply-01", "kind": "autoreply", "thread": T,
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                "[atelier:2027-1]",
     "sender": "Carolien Dekker-Zijlstra <c.dekker@werkorganisatie-waterland-noord.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben tot en met 14 januari afwezig in verband met de heidagen over onze organisatievisie. Uw "
             "e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met het "
             "directiesecretariaat, telefoon 0299 - 65 43 21."},
    {"id": "d43-autoreply-02", "kind": "autoreply", "thread": None,
     "subject": "Ontvangstbevestiging: RE: Uitnodiging Leer- en inspireer-atelier",
     "sender": "Postbus Werkorganisatie Berkelland <postbus@gemeentenberkelland.nl>",
     "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
     "body": "Dit is een automatisch bericht.\n\nBedankt voor uw e-mail. Vanwege de overgang naar ons nieuwe "
             "zaaksysteem kan de afhandeling van uw bericht langer duren dan u van ons gewend bent. Wij streven "
             "ernaar u binnen tien werkdagen te antwoorden.\n\nWerkorganisatie Berkelland"},
]
# fmt: on
