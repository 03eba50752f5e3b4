"""The fiftieth labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

A suggestion's ``themes`` are the themes of what the writer proposes, read from the subject matter; a theme word in
a signature, an organisation name or a job title, or one the writer sets aside, does not count. Replies to our
follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``. Inline answers carry our quoted lines in
``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

T = "call_for_themes"
O = "oproep_themas"  # noqa: E741
V = "vervolg_atelier"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nSent from Outlook for Android"
DISCLAIMER = (
    "\n\nDe informatie in dit bericht is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is niet "
    "toegestaan. Aan dit bericht kunnen geen rechten worden ontleend."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- suggestions: one theme, named by its subject matter ----------------------------------------------------
    {"id": "d50-suggestion-01", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Hanneke Verschoor <h.verschoor@werkorganisatie-lingemeer.nl>",
     "body": "Beste Stan en Melanie,\n\nSinds de fusie is de balie in de twee kleinere kernen nog maar twee "
             "ochtenden per week open. Inwoners klagen en de rijen in het hoofdgebouw worden langer. Ik zou graag "
             "horen hoe collega's de fysieke loketten in de dorpen overeind houden zonder dat het onbetaalbaar "
             "wordt.\n\nMet vriendelijke groet,\nHanneke Verschoor\nalgemeen directeur Werkorganisatie Lingemeer"},
    {"id": "d50-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "gmail", "sender": "Bart Oosterhout <b.oosterhout@dvbergstreek.nl>",
     "body": "Mijn onderwerp: cultuur. Vier jaar na de start hoor ik op de gang nog steeds 'wij van Bergen' en "
             "'die lui uit Streek'. Hoe smeed je van twee ambtelijke culturen er een, en hoe lang duurt dat echt?"
             "\n\nBart"},
    {"id": "d50-suggestion-03", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "apple", "sender": "Ingrid Kamphuis <ingrid.kamphuis@hollandsewaard.nl>",
     "body": "Dag secretariaat,\n\nIk werk voor drie colleges en ieder college wil een eigen overleg, een eigen "
             "planning en het liefst de beste ambtenaren voor zichzelf. Graag een sessie over hoe je als directeur "
             "tussen die drie besturen laveert zonder er één voor het hoofd te stoten.\n\nGroet, Ingrid" + IPHONE},
    {"id": "d50-suggestion-04", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": O,
     "quote": "outlook-lijn", "sender": "drs. P.J. Wolters <pj.wolters@wo-maasenpeel.nl>",
     "body": "Geacht secretariaat,\n\nGraag draag ik het volgende onderwerp aan: waar staat onze ambtelijke fusie "
             "over tien jaar? Gaan we door zoals nu, groeien we door met extra gemeenten, of is er een moment dat "
             "je erover moet nadenken hoe het ophoudt? Ik zou met collega's het eindbeeld willen verkennen.\n\n"
             "Hoogachtend,\n\ndrs. P.J. Wolters\ngemeentesecretaris/algemeen directeur\nWerkorganisatie Maas en "
             "Peel\nT 0485 - 71 22 30" + DISCLAIMER},
    {"id": "d50-suggestion-05", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Rachel de Jongh <r.dejongh@kustgemeenten-werkt.nl>",
     "body": "Hi both,\n\nSuggested topic: our residents' portal. We launched it a year ago, but only a fifth of "
             "the requests come in through it; people keep phoning. What did others do to get residents to "
             "actually use the online counter?\n\nBest regards,\nRachel de Jongh\nDirector, Kustgemeenten Werkt"},
    {"id": "d50-suggestion-06", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "notes", "sender": "Gert-Jan Mulder <gj.mulder@rivierenlandoost.nl>",
     "body": "Goedemorgen,\n\nOnze medewerkers zitten verspreid over drie gemeentehuizen en rijden heen en weer. "
             "We denken na over één kantoor met flexplekken in de kernen. Wie heeft ervaring met het samenbrengen "
             "van de huisvesting van het personeel? Dat lijkt me een mooi gespreksonderwerp.\n\nGroet,\nGert-Jan"},
    {"id": "d50-suggestion-07", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Yvonne Stam <y.stam@bedrijfsvoering-zuidplas-oost.nl>",
     "body": "Hallo,\n\nWij draaien na drie jaar nog steeds twee zaaksystemen en twee financiële pakketten naast "
             "elkaar. Het applicatielandschap samenvoegen blijkt taaier dan gedacht. Graag een tafel over het "
             "harmoniseren van de systemen achter de schermen.\n\nMvg,\nYvonne Stam\ndirecteur Bedrijfsvoering\n"
             "Dienstverlening Gemeenten Zuidplas-Oost"},
    {"id": "d50-suggestion-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "groupwise", "sender": "Koen Vlaming <k.vlaming@werkorganisatie-hvd.nl>",
     "body": "Wij leveren inmiddels de salarisadministratie en de belastingen ook aan twee buurgemeenten die niet "
             "in onze fusie zitten. Die tweede kring van shared services met andere gemeenten roept vragen op: "
             "wie beslist, wie betaalt, hoe voorkom je dat de eigen gemeenten zich tekortgedaan voelen. Graag op "
             "de agenda.\n\nK. Vlaming"},
    {"id": "d50-suggestion-09", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Marloes Terpstra <m.terpstra@gemeenten-waddenkust.nl>",
     "body": "Beste mensen,\n\nBij ons ligt inmiddels serieus de vraag op tafel of we de ambtelijke fusie moeten "
             "ontvlechten. Ik stel voor een gesprek te voeren over het einde van een fusie: wanneer is het "
             "verstandig om te stoppen, en hoe doe je dat zorgvuldig? Ik vermoed dat meer collega's er stilletjes "
             "over nadenken.\n\nMet groet,\nMarloes Terpstra"},
    {"id": "d50-suggestion-10", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "notes-wrote", "sender": "Erik van Dam <e.vandam@odbrabantzuid.nl>",
     "body": "Ondernemers wachten bij ons gemiddeld elf weken op een omgevingsvergunning en bellen intussen "
             "drie keer om te vragen hoe het ervoor staat. Mijn onderwerp: doorlooptijden en de informatie aan de "
             "aanvrager tijdens het wachten.\n\nErik van Dam"},
    {"id": "d50-suggestion-11", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Sanne Hooghiemstra <s.hooghiemstra@wo-friesemeren.nl>",
     "body": "Dear secretariat,\n\nOne topic from me: recruiting and keeping young professionals. We lose "
             "talent to the province and to bigger cities, and our HR department cannot keep up with vacancies. "
             "How do others make a joint civil-service organisation an attractive employer?\n\nKind regards,\n"
             "Sanne Hooghiemstra"},
    {"id": "d50-suggestion-12", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "gmail", "sender": "tjeerd bosma <tjeerdbosma@werkorganisatie-dkk.nl>",
     "body": "hoe meten jullie de tevredenheid van inwoners als je voor 3 gemeenten werkt? wij hebben 3 "
             "verschillende enquetes en geen idee hoe we scoren\n\ntjeerd"},
    {"id": "d50-suggestion-13", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": O,
     "quote": "outlook-lijn", "sender": "Annelies Dekkers <a.dekkers@bsgw-noord.nl>",
     "body": "Goedemiddag,\n\nEen onderwerp dat mij bezighoudt is de positionering van de werkorganisatie. Zijn "
             "wij een uitvoeringsbedrijf dat levert wat besteld wordt, of willen we meedenken over de koers? "
             "Ik zou graag met collega's bespreken welke rol we ons voor de komende jaren toe-eigenen.\n\n"
             "Met vriendelijke groet,\nAnnelies Dekkers"},
    {"id": "d50-suggestion-14", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "apple", "sender": "Jeroen Smits <jeroen.smits@de-kempenwerkt.nl>",
     "body": "Thema: leiderschap. Onze teamleiders werken voor meerdere opdrachtgevers en raken klem tussen "
             "wethouders en de lijn. Wat vraagt dat van de leidinggevenden en hoe ontwikkel je ze?\n\nJeroen" +
             IPHONE},
    {"id": "d50-suggestion-15", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "notes", "sender": "mr. H. Bouwhuis <h.bouwhuis@ambtelijkeorganisatie-tzw.nl>",
     "body": "Geachte heer Van de Laar,\n\nEen van onze burgemeesters staat, zacht gezegd, niet achter de "
             "ambtelijke fusie. Ik stel voor te bespreken hoe je de verhouding met een gemeentebestuur herstelt "
             "dat zich niet gehoord voelt, en hoe je het vertrouwen tussen de deelnemende gemeenten onderhoudt."
             "\n\nHoogachtend,\nmr. H. Bouwhuis"},
    {"id": "d50-suggestion-16", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Lotte Brinkman <l.brinkman@gemeenten-altena-west.nl>",
     "body": "Hi,\n\nTopic proposal: keeping a local presence in every village once services are centralised. "
             "Think of a mobile desk, service points in the library, home visits for elderly residents. Curious "
             "what works elsewhere.\n\nLotte" + ANDROID},
    {"id": "d50-suggestion-17", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Frank Beumer <f.beumer@werkorganisatie-voorne.nl>",
     "body": "Beste Melanie,\n\nZiekteverzuim en werkdruk zitten bij ons op een record. Mijn voorstel voor een "
             "gespreksthema: hoe houd je je mensen gezond en aan boord als de formatie krap is en de taken "
             "blijven groeien.\n\nGroet,\nFrank Beumer"},
    {"id": "d50-suggestion-18", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "doorgestuurd", "sender": "Wilma Hendriksen <w.hendriksen@dvnoordwest.nl>",
     "body": "Anja, stuur je dit even terug namens mij?\n\nOnderwerp: de verhouding tussen onze ambtelijke "
             "fusie en de gemeenschappelijke regelingen in de regio (GGD, veiligheidsregio, sociaal domein). Wie "
             "stemt wat af, en hoe houden we als werkorganisatie zicht op wat er regionaal afgesproken wordt?\n\n"
             "Wilma"},
    {"id": "d50-suggestion-19", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": O,
     "quote": "ongemarkeerd", "sender": "Dennis Huijbregts <d.huijbregts@hartvandebetuwe.nl>",
     "body": "Goedendag,\n\nOver twee jaar staat onze evaluatie gepland. Ik zou het graag hebben over de vraag "
             "wat er in een toekomstvisie voor de fusie na die evaluatie hoort te staan: ambitie, scope, en "
             "wanneer je de koers bijstelt.\n\nMvg Dennis Huijbregts"},
    {"id": "d50-suggestion-20", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "gmail", "sender": "Petra Lindeboom <petra.lindeboom@wo-oldambtstad.nl>",
     "body": "Hoi Stan,\n\nVoor het atelier: de overstap naar de cloud. We nemen afscheid van ons eigen "
             "rekencentrum en de vraag is hoe je dat met drie gemeenten en één IT-afdeling regelt.\n\nPetra"},
    # -- suggestions: themes set aside, mentioned in passing, or in a signature -----------------------------------
    {"id": "d50-suggestion-21", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Robert Kuiper <r.kuiper@werkorganisatie-dlg.nl>",
     "body": "Beste secretariaat,\n\nNiet weer de relatie met de gemeenten graag, daar hebben we het de vorige "
             "twee keer over gehad. Mijn voorstel: de inrichting van de teams. Kies je voor generalisten die "
             "alle drie de gemeenten bedienen of voor specialisten per dossier?\n\nRobert Kuiper"},
    {"id": "d50-suggestion-22", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "outlook-lijn", "sender": "Miriam van Straaten <m.vanstraaten@sw-werkorganisatie.nl>",
     "body": "Goedemiddag,\n\nWij hebben het afgelopen jaar veel energie gestoken in onze samenwerking met de "
             "regiogemeenten, en dat loopt inmiddels prima. Wat ik wil inbrengen is iets anders: de toegang tot "
             "de Wmo. Inwoners wachten maanden op een keukentafelgesprek. Hoe verkorten anderen die wachttijd?"
             "\n\nMet vriendelijke groet,\nMiriam van Straaten"},
    {"id": "d50-suggestion-23", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": O,
     "quote": "notes-wrote", "sender": "Harm Veldkamp <h.veldkamp@samenwerking-achterhoekzuid.nl>",
     "body": "Beste Stan,\n\nVoorstel: hoe bepaal je met de directie zelf een inhoudelijke agenda, in plaats "
             "van alleen te reageren op wat de besturen vragen? Welke drie of vier prioriteiten kies je voor de "
             "komende raadsperiode en hoe krijg je die geagendeerd?\n\nHarm Veldkamp\ndirecteur\nSamenwerking "
             "Achterhoek-Zuid\n0314 - 62 44 10"},
    {"id": "d50-suggestion-24", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "apple", "sender": "Saskia Prins <s.prins@dienstverlening-lekstroom.nl>",
     "body": "Dag,\n\nRaadsleden in onze gemeenten weten nauwelijks wat de werkorganisatie doet, en zien ons als "
             "een verre uitvoerder. Graag een gesprek over hoe je de drie gemeenteraden betrokken houdt.\n\n"
             "Saskia Prins\nDirecteur Dienstverlening Lekstroom" + IPHONE},
    {"id": "d50-suggestion-25", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Tom Arends <t.arends@gemeenten-duinstreek.nl>",
     "body": "Beste,\n\nStrategie is bij ons net in een eigen MT-traject uitgebreid aan bod geweest, dus dat laat "
             "ik graag liggen. Wel wil ik voorstellen: het inwerken van nieuwe collega's in een organisatie met "
             "vier vestigingen en vier manieren van werken.\n\nTom Arends"},
    {"id": "d50-suggestion-26", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "groupwise", "sender": "Anouk Peeters <a.peeters@ow-bommelerwaard.nl>",
     "body": "Goedemorgen,\n\nMeldingen over de openbare ruimte (losse stoeptegel, kapotte lantaarnpaal): "
             "inwoners horen na hun melding niets meer terug. Hoe zorgen jullie voor een goede terugkoppeling? "
             "Dat lijkt me een mooi onderwerp.\n\nAnouk Peeters\ndirecteur Bedrijfsvoering en Organisatie"},
    {"id": "d50-suggestion-27", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "notes", "sender": "Joost Lammers <j.lammers@werkorganisatie-gooi.nl>",
     "body": "Hallo,\n\nVorig jaar zijn we begonnen met een nieuw sturingsmodel, dat was een flinke operatie maar "
             "daar wil ik het nu niet over hebben. Mijn onderwerp: hoe houd je de couleur locale van elke gemeente "
             "overeind als de ambtelijke organisatie steeds meer één geheel wordt? De gemeenten willen herkenbaar "
             "blijven.\n\nJoost"},
    {"id": "d50-suggestion-28", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Inge Wassenaar <i.wassenaar@wo-vechtdal.nl>",
     "body": "Geacht secretariaat,\n\nIk stel voor: brieven en formulieren in begrijpelijke taal, en de vraag "
             "hoe laaggeletterde inwoners en mensen zonder computer nog goed bij ons terechtkunnen.\n\n"
             "Met vriendelijke groet,\nInge Wassenaar"},
    {"id": "d50-suggestion-29", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Michiel Jansma <m.jansma@noordoostpolder-urkwerkt.nl>",
     "body": "Hello,\n\nNot cooperation with the councils again, please, we know that story by now. What I'd like "
             "to discuss is the future of the fusion itself: scenario planning for 2035, and how you decide "
             "which way the organisation should go.\n\nCheers,\nMichiel"},
    {"id": "d50-suggestion-30", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "ongemarkeerd", "sender": "Charlotte Meijer <c.meijer@gemeenten-heuvelland.nl>",
     "body": "Beste allen,\n\nDe informatiebeveiliging: onze CISO werkt voor drie gemeenten en heeft het "
             "overzicht nauwelijks. Hoe richten anderen de I-functie en de privacytaken in binnen een ambtelijke "
             "fusie?\n\nGroet,\nCharlotte Meijer\nT 043 - 450 12 12"},
    # -- suggestions: two or three themes, each proposed ----------------------------------------------------------
    {"id": "d50-suggestion-31", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": O, "quote": "outlook-nl", "sender": "Nicole Evers <n.evers@werkorganisatie-ijsselvallei.nl>",
     "body": "Beste Stan en Melanie,\n\nTwee onderwerpen:\n- wat de fusie vraagt van het middenmanagement "
             "(leiderschap, rolvastheid, ontwikkeling)\n- hoe je drie gemeenteraden aangehaakt houdt zonder ze "
             "te overladen met informatie\n\nMet vriendelijke groet,\nNicole Evers"},
    {"id": "d50-suggestion-32", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": O, "quote": "gmail", "sender": "Ruben de Graaf <ruben.degraaf@dvwestfriesland-oost.nl>",
     "body": "Mijn inbreng:\n\n* de verhouding met de colleges: hoe voorkom je dat elk college een eigen lijntje "
             "met de ambtenaren heeft\n* een meerjarenvisie 2030 voor de werkorganisatie: waar willen we "
             "heen\n\nRuben"},
    {"id": "d50-suggestion-33", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": O, "quote": "outlook-lijn", "sender": "Ellen Stoffels <e.stoffels@wo-kromme-rijn.nl>",
     "body": "Goedemiddag,\n\n1. Chat en WhatsApp als kanaal voor inwoners: wie heeft het ingevoerd en werkt het?"
             "\n2. De werkprocessen in de backoffice: die zijn nog ingericht op drie gemeenten en moeten "
             "gestroomlijnd worden.\n\nMvg,\nEllen Stoffels"},
    {"id": "d50-suggestion-34", "kind": "suggestion", "themes": ["dienstverlening", "organisatie", "samenwerking"],
     "thread": T, "quoted": O, "quote": "apple", "sender": "Wouter Hak <w.hak@gemeenten-zeeuwsvlaanderen-o.nl>",
     "body": "Hoi,\n\n- telefonische bereikbaarheid van ons klantcontactcentrum\n- hybride werken en hoe we de "
             "kantoren gebruiken\n- de band met de twee colleges na de verkiezingen\n\nDrie dus, kies maar.\n\n"
             "Wouter" + IPHONE},
    {"id": "d50-suggestion-35", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": O, "quote": "outlook-en", "sender": "Karin Bolt <k.bolt@wo-holland-midden.nl>",
     "body": "Dear Stan,\n\nApologies for writing in English, our new director of operations is British and reads "
             "along. The last months were rough: two teams merged, a reorganisation of finance and a change of "
             "mayor in one of our municipalities. Two topics would really help us:\n\nFirst, how to shorten waiting "
             "times at the civil affairs desk (passports, driving licences), which have grown to three weeks.\n"
             "Second, how to build one culture in a merged finance team where people still work the way their "
             "old municipality did.\n\nKind regards,\nKarin Bolt\nGeneral director, Werkorganisatie "
             "Holland-Midden"},
    {"id": "d50-suggestion-36", "kind": "suggestion", "themes": ["organisatie", "strategie"], "thread": T,
     "quoted": O, "quote": "notes-wrote", "sender": "Sjoerd van Leeuwen <s.vanleeuwen@werkorganisatie-ald.nl>",
     "body": "Beste secretariaat,\n\nDank voor de uitnodiging om mee te denken. Bij ons is het een bewogen jaar "
             "geweest. We hebben een nieuwe concerncontroller, de begroting van de werkorganisatie stond onder "
             "druk en in de raden werd openlijk getwijfeld aan het nut van de fusie. Dat laatste pakken we "
             "inmiddels op met de gemeentesecretarissen.\n\nWat ik graag zou bespreken:\n"
             "Hoe je de kosten van de werkorganisatie beheersbaar houdt zonder dat de kwaliteit eronder lijdt: "
             "sturing op formatie, financiën en de P&C-cyclus.\n"
             "En daarnaast: hoe schrijf je een langetermijnvisie voor de fusie die ook na de volgende "
             "verkiezingen overeind blijft?\n\nHartelijke groet,\nSjoerd van Leeuwen"},
    {"id": "d50-suggestion-37", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "thread": T,
     "quoted": O, "quote": "groupwise", "sender": "Lieke Claassen <l.claassen@gemeenten-maasduinen.nl>",
     "body": "Twee onderwerpen van onze kant:\n\n- samen optrekken met de provincie en het waterschap in de "
             "gebiedsprogramma's, en onze positie in de regio daarbij\n- één ondernemersloket voor alle drie "
             "de gemeenten, zodat een bedrijf niet drie keer hetzelfde hoeft te vragen\n\nLieke Claassen"},
    {"id": "d50-suggestion-38", "kind": "suggestion", "themes": ["strategie", "dienstverlening"], "thread": T,
     "quoted": O, "quote": "outlook-nl", "sender": "Bram Koning <b.koning@dvwaterland.nl>",
     "body": "Beste Stan,\n\nIk had even nodig om erover na te denken, vandaar de late reactie. Intern hebben we "
             "het in het MT besproken en we kwamen op twee dingen uit.\n\nAllereerst de vraag welke bestuurlijke "
             "prioriteiten je als werkorganisatie kiest voor de komende vier jaar en hoe je daar een gedeelde "
             "agenda van maakt. Daarnaast de digitale dienstverlening: onze inwoners willen 's avonds online een "
             "afspraak kunnen maken en hun aanvraag kunnen volgen.\n\nGroeten,\nBram Koning"},
    {"id": "d50-suggestion-39", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Femke Wagenaar <f.wagenaar@wo-drechtsteden-zuid.nl>",
     "body": "Hi Melanie,\n\nA few thoughts:\n- service levels: how quickly do you answer e-mails and calls from "
             "residents?\n- dashboards to monitor those response times across the municipalities\n\nBoth about "
             "the same thing really.\n\nFemke"},
    {"id": "d50-suggestion-40", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": O, "quote": "doorgestuurd", "sender": "Arjen Post <a.post@werkorganisatie-noordkop.nl>",
     "body": "Anja, graag doorsturen naar het secretariaat:\n\nOnderwerpen voor 11 maart:\n1) hoe we met de "
             "buurgemeenten buiten de fusie de inkoop en ICT delen\n2) het sturingsconcept binnen onze eigen "
             "werkorganisatie: opdrachtgever en opdrachtnemer, wie stuurt wie\n\nA. Post"},
    # -- suggestions: inline answers, no quoted mail ----------------------------------------------------------------
    {"id": "d50-suggestion-41", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Marije Evenhuis <m.evenhuis@wo-salland-zuid.nl>",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nDe vraag hoe onze organisatie er in 2035 uitziet: blijven we een ambtelijke "
             "fusie, worden we één gemeente, of iets ertussenin?\n\n> Beantwoord deze e-mail met uw onderwerpen, "
             "graag vóór 21 januari 2027.\n\nBij dezen :)\n\nMarije"},
    {"id": "d50-suggestion-42", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Hugo Timmer <h.timmer@gemeenten-zuidwolde-oost.nl>",
     "body": "> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, "
             "monitoring van prestaties.\n\nDeze. Specifiek: de bereikbaarheid van ons KCC tussen 12 en 14 uur, "
             "dan staat de wachtrij vol.\n\n> - Organisatie: organisatiestructuur, sturingsconcept, formatie en "
             "innovatie, digitalisering, werkprocessen, financiën, I&A;\n\nDaar zijn we net mee klaar, niet "
             "nodig.\n\nHugo"},
    {"id": "d50-suggestion-43", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "subject": "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                "[atelier:2027-1]",
     "sender": "Gerda Bosch <g.bosch@werkorganisatie-gelderse-vallei.nl>",
     "body": "> Welk vraagstuk wilt u de volgende keer bespreken?\n\n- hoe je als directeur de verhouding met drie "
             "colleges goed houdt als hun wensen botsen\n- het samenvoegen van de "
             "IT-afdelingen\n\nGroet,\nGerda"},
    # -- suggestions: replies to the follow-up mail ---------------------------------------------------------------
    {"id": "d50-suggestion-44", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": V,
     "quote": "outlook-nl", "sender": "Laura Mertens <l.mertens@wo-peelland-west.nl>",
     "body": "Beste Stan en Melanie,\n\nDank voor een inspirerende middag. Voor de volgende keer: hoe blijf je "
             "verbonden met je gemeenten als de afstand tussen het gemeentehuis en de werkorganisatie groeit? "
             "De wethouders zien ons steeds minder als hun eigen ambtenaren.\n\nLaura Mertens"},
    {"id": "d50-suggestion-45", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": V,
     "quote": "outlook-en", "sender": "Daan Ruiter <d.ruiter@kennemerwerkt.nl>",
     "body": "Thanks for the report. Next time I'd like to talk about long-term vision: what the fusion should "
             "look like in ten years and who gets to decide that.\n\nDaan" + ANDROID},
    {"id": "d50-suggestion-46", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": V,
     "quote": "gmail", "sender": "esther van der wal <e.vanderwal@wo-lingewaard-zuid.nl>",
     "body": "volgende keer graag iets over hoe je als directeur een lerende cultuur neerzet. bij ons is het "
             "nog erg 'doe maar gewoon'.\n\nesther"},
    {"id": "d50-suggestion-47", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": V,
     "quote": "notes", "sender": "Paul Heemskerk <p.heemskerk@gemeenten-vijfheerenlanden-n.nl>",
     "body": "Goedemorgen,\n\nHet verslag las ik met plezier. Een onderwerp voor het volgende atelier: "
             "accountmanagement voor bedrijven, zodat ondernemers één vast aanspreekpunt hebben in plaats van "
             "drie loketten.\n\nMet vriendelijke groet,\nPaul Heemskerk"},
    {"id": "d50-suggestion-48", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": V, "quote": "apple", "sender": "Mark Verhoef <m.verhoef@werkorganisatie-alblasserwaard.nl>",
     "body": "Dank! Voor de volgende keer twee dingen:\n- hoe werk je samen met een centrumgemeente die veel "
             "groter is dan jullie drie samen\n- de toekomst van onze fusie zelf: over tien jaar "
             "opgaan in die centrumgemeente of zelfstandig doorgaan\n\nMark" + IPHONE},
    {"id": "d50-suggestion-49", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": V,
     "quote": "outlook-lijn", "sender": "Judith Dekker <j.dekker@dvdedrielanden.nl>",
     "body": "Beste secretariaat,\n\nHet ging vorige keer veel over de regio en de besturen; dat was nuttig, maar "
             "dat hoeft niet nog eens. Ik zou voorstellen: de begroting van de werkorganisatie, en hoe je de "
             "kostenstijging van personeel en licenties opvangt.\n\nJudith Dekker"},
    {"id": "d50-suggestion-50", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": V,
     "quote": "ongemarkeerd", "sender": "Niels Koster <n.koster@wo-oostelijkemijnstreek.nl>",
     "body": "Dag Melanie,\n\nHet volgende atelier zou ik graag wijden aan klachten van inwoners: hoe handel je "
             "ze af, hoe snel, en hoe leer je ervan?\n\nNiels Koster"},
    # -- suggestions: new mails without a thread --------------------------------------------------------------------
    {"id": "d50-suggestion-51", "kind": "suggestion", "themes": ["organisatie"], "subject": "idee voor het atelier",
     "sender": "Ton Hazelaar <t.hazelaar@werkorganisatie-westerkwartier-z.nl>",
     "body": "Beste Stan,\n\nIk las in de brochure dat we zelf thema's mogen aandragen. Mijn idee: het "
             "sturingsconcept in een ambtelijke fusie. Hoe sturen de besturen, hoe stuurt de directie, en waar "
             "wringt dat in de lijn?\n\nGroet,\nTon Hazelaar"},
    {"id": "d50-suggestion-52", "kind": "suggestion", "themes": ["samenwerking"],
     "subject": "Suggestion for the next atelier", "sender": "Yara Bakker <y.bakker@wo-zaanoevers.nl>",
     "body": "Hello,\n\nI'd like to propose a session on regional cooperation: how a joint civil-service "
             "organisation of three small municipalities holds its own next to the big city in the region, for "
             "instance in housing deals and the labour market region.\n\nBest,\nYara Bakker"},
    {"id": "d50-suggestion-53", "kind": "suggestion", "themes": ["strategie"], "subject": "Onderwerp voor atelier",
     "sender": "Cor Vonk <c.vonk@gemeenten-hogeveluwe.nl>",
     "body": "Goedemiddag,\n\nEen onderwerp dat ik mis in de ateliers: herindeling. Moet je als directeur het "
             "gesprek over een bestuurlijke fusie aanjagen of juist buiten de deur houden, en wat betekent dat "
             "voor de toekomst van de werkorganisatie?\n\nMet vriendelijke groet,\nCor Vonk"},
    {"id": "d50-suggestion-54", "kind": "suggestion", "themes": ["dienstverlening"],
     "subject": "thema: wachttijden burgerzaken", "sender": "Ria Smeets <r.smeets@werkorganisatie-mergelland.nl>",
     "body": "Zie onderwerp. Drie weken wachten op een afspraak voor een paspoort is niet uit te leggen.\n\nRia"},
    {"id": "d50-suggestion-55", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
     "subject": "Voorstellen voor het volgende atelier", "sender": "Willem Schouten <w.schouten@dvhoeksewaard-n.nl>",
     "body": "Beste mensen van het netwerk,\n\nAfgelopen voorjaar zijn we verhuisd naar een nieuw stadskantoor, en "
             "ik merk dat dat meer losmaakt dan ik had verwacht. Daarom twee voorstellen:\n\n"
             "- hoe begeleid je medewerkers bij een verhuizing naar één locatie (werkplekken, reistijd, "
             "binding)\n- hoe houd je de dienstverlening in de dorpen op peil als het gemeentehuis daar "
             "dichtgaat\n\nGroet,\nWillem Schouten\nalgemeen directeur"},
    {"id": "d50-suggestion-56", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Sietske de Haan <s.dehaan@wo-fryske-marren-o.nl>",
     "body": "Goeie,\n\nMyn ûnderwerp, in het Nederlands: de samenwerking tussen onze werkorganisatie en de "
             "gemeenten in de regio bij de energietransitie. Hoe verdeel je het werk en wie zit waar aan "
             "tafel?\n\nMei freonlike groetnis,\nSietske de Haan"},
    {"id": "d50-suggestion-57", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "outlook-en", "sender": "Hans Verbeek <h.verbeek@wo-utrechtseheuvelrug-z.nl>",
     "body": "Topics, one per line as requested:\nData-driven working and the data team we are setting up\n"
             "Automating routine work in the back office\n\nHans" + ANDROID},
    {"id": "d50-suggestion-58", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": O,
     "quote": "groupwise", "sender": "Agnes Roelofs <a.roelofs@gemeenten-kop-van-overijssel.nl>",
     "body": "Goedemiddag,\n\nHet is tien jaar ambtelijke fusie bij ons. Mijn voorstel: terugkijken en vooruitkijken. "
             "Wat was de bedoeling, is die nog actueel, en welke koers kiezen we voor de volgende tien jaar?\n\n"
             "Agnes Roelofs"},
    {"id": "d50-suggestion-59", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": O,
     "quote": "notes", "sender": "Edwin Zandbergen <e.zandbergen@wo-tholen-bergen.nl>",
     "body": "Geacht secretariaat,\n\nGraag zou ik in het atelier spreken over de formatie: hoe bepaal je hoeveel "
             "mensen je nodig hebt voor drie gemeenten, en hoe voorkom je dat elke gemeente extra fte's vraagt "
             "voor eigen wensen zonder dat de werkorganisatie daarop is ingericht?\n\nMet vriendelijke groet,\n"
             "E. Zandbergen"},
    {"id": "d50-suggestion-60", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": O,
     "quote": "gmail", "sender": "Mirjam Oudshoorn <m.oudshoorn@samenwerkingsorganisatie-alz.nl>",
     "body": "Hoi,\n\nThema van mij: de omgevingswet en het digitale stelsel vanuit de kant van de aanvrager. "
             "Inwoners snappen het omgevingsloket niet en bellen ons massaal.\n\nMirjam Oudshoorn\ndirecteur "
             "Samenwerkingsorganisatie ALZ"},
    # -- other: look-alikes -----------------------------------------------------------------------------------------
    {"id": "d50-other-01", "kind": "other", "thread": T, "quoted": V, "quote": "outlook-nl",
     "sender": "Iris Wouters <i.wouters@wo-midden-delfland.nl>",
     "body": "Beste Stan en Melanie,\n\nWat een goede middag. Vooral het gesprek over de spanning tussen de "
             "colleges en de werkorganisatie heeft me aan het denken gezet; ik heb het verslag al doorgestuurd "
             "naar ons MT.\n\nHartelijke groet,\nIris Wouters"},
    {"id": "d50-other-02", "kind": "other", "thread": T, "quoted": O, "quote": "outlook-lijn",
     "sender": "Leon Claes <l.claes@werkorganisatie-beekdal.nl>",
     "body": "Goedemiddag,\n\nMag een thema ook buiten de vier categorieën vallen? En hoeveel onderwerpen mag je "
             "maximaal insturen?\n\nGroet,\nLeon Claes"},
    {"id": "d50-other-03", "kind": "other", "subject": "Presentatie aanbod: klantreizen in ambtelijke fusies",
     "sender": "Vincent Roos <vincent.roos@klantreis-advies.nl>",
     "body": "Geacht secretariaat,\n\nOns adviesbureau heeft voor meerdere ambtelijke fusies de klantreis van "
             "inwoners in kaart gebracht. Graag verzorgen wij tijdens uw volgende atelier een presentatie van 20 "
             "minuten over onze aanpak van wachttijden en digitale dienstverlening. Kosteloos uiteraard.\n\n"
             "Met vriendelijke groet,\nVincent Roos\nSenior consultant, Klantreis Advies B.V.\n06 - 41 55 20 87"},
    {"id": "d50-other-04", "kind": "other", "thread": T, "quoted": O, "quote": "gmail",
     "sender": "Theo Brands <t.brands@gemeenten-dinkelland-n.nl>",
     "body": "Alsjeblieft niet wéér een middag over digitalisering. Dat hebben we nu drie keer gehad en het "
             "levert niets nieuws meer op.\n\nTheo"},
    {"id": "d50-other-05", "kind": "other", "thread": T, "quoted": O, "quote": "outlook-nl",
     "sender": "Ans Vos <a.vos@wo-oostgelre-n.nl>",
     "body": "Beste secretariaat,\n\nTer informatie: per 1 januari is de gemeente Lochemsveld toegetreden tot "
             "onze werkorganisatie. We zijn nu met vier gemeenten en 520 medewerkers. Ons nieuwe organogram stuur "
             "ik u graag toe als u dat wilt.\n\nMet vriendelijke groet,\nAns Vos\ndirecteur"},
    {"id": "d50-other-06", "kind": "other", "thread": T, "quoted": V, "quote": "outlook-en",
     "sender": "Gwen Hofman <g.hofman@wo-maasland-z.nl>",
     "body": "Hi,\n\nThanks for the report. The link gives me a 404 though, and slide 4 with the survey results "
             "seems to be missing. Could you send the PDF?\n\nGwen"},
    {"id": "d50-other-07", "kind": "other", "subject": "Citizen portal vendor - slot at your next atelier?",
     "sender": "Oliver Grant <oliver.grant@portalcloud-gov.nl>",
     "body": "Dear network,\n\nWe build citizen portals and case management software for Dutch municipalities. "
             "We would love to present a short demo on improving digital service delivery at your next atelier. "
             "Happy to sponsor the lunch.\n\nBest regards,\nOliver Grant\nAccount Manager Public Sector"},
    {"id": "d50-other-08", "kind": "other", "thread": T, "quoted": O, "quote": "apple",
     "sender": "Marcel Dijkman <m.dijkman@werkorganisatie-vechtstreek-n.nl>",
     "body": "Welke thema's zijn er tot nu toe binnengekomen? Dan kan ik zien of het mijne er al bij zit.\n\n"
             "Marcel" + IPHONE},
    {"id": "d50-other-09", "kind": "other", "thread": T, "quoted": O, "quote": "notes",
     "sender": "Helga Brouwers <h.brouwers@wo-land-van-cuijk-z.nl>",
     "body": "Goedemorgen,\n\nTot wanneer kan ik precies thema's insturen? Ik wil het eerst in ons MT van 25 "
             "januari bespreken; is dat te laat?\n\nGroet,\nHelga Brouwers"},
    {"id": "d50-other-10", "kind": "other", "thread": T, "quoted": V, "quote": "groupwise",
     "sender": "Ad Mol <a.mol@gemeenten-woudrichem-w.nl>",
     "body": "Fijn georganiseerd, maar de werkvorm met de carrousel duurde me te lang. Liever twee rondes "
             "dan vier.\n\nAd Mol"},
    {"id": "d50-other-11", "kind": "other", "thread": T, "quoted": O, "quote": "outlook-lijn",
     "sender": "Bernadette Kok <b.kok@wo-de-liemers-n.nl>",
     "body": "Beste Stan,\n\nGoed nieuws van onze kant: de drie raden hebben gisteravond unaniem besloten de "
             "ambtelijke samenwerking voor nog eens acht jaar voort te zetten. Dat lucht op na alle discussie van "
             "het afgelopen jaar.\n\nHartelijke groet,\nBernadette Kok"},
    {"id": "d50-other-12", "kind": "other", "thread": T, "quoted": O, "quote": "outlook-en",
     "sender": "Peter Sanders <p.sanders@wo-baarle-noord.nl>",
     "body": "Hi Stan,\n\nPlease, no more sessions on the relationship with the councils; we've done that three "
             "times now. I'll leave the choice of topics to the others.\n\nPeter"},
    {"id": "d50-other-13", "kind": "other", "thread": T, "quoted": O, "quote": "gmail",
     "sender": "Karlijn Veenstra <k.veenstra@dvsudwest-fryslan.nl>",
     "body": "Vraagje: valt huisvesting van personeel nu onder organisatie of onder strategie? Ik twijfel hoe ik "
             "het moet insturen.\n\nKarlijn"},
    {"id": "d50-other-14", "kind": "other", "subject": "Onderzoek naar ambtelijke fusies: presentatie?",
     "sender": "dr. Lisa Hartman <l.hartman@bestuurskunde-onderzoek.nl>",
     "body": "Geachte heer Van de Laar,\n\nVanuit ons onderzoeksbureau doen wij een landelijk onderzoek naar de "
             "governance van ambtelijke fusieorganisaties. Graag presenteren wij de eerste resultaten tijdens "
             "een atelier, en wellicht willen directeuren meewerken aan interviews.\n\nMet vriendelijke groet,\n"
             "dr. Lisa Hartman\nsenior onderzoeker"},
    {"id": "d50-other-15", "kind": "other", "thread": T, "quoted": O, "quote": "outlook-nl",
     "sender": "Richard Ploeg <r.ploeg@werkorganisatie-krimpenerwaard-o.nl>",
     "body": "Beste secretariaat,\n\nIk heb zelf geen thema, maar mijn collega-directeur Sandra Lok heeft er "
             "een paar. Zij mailt u deze week zelf.\n\nMet vriendelijke groet,\nRichard Ploeg"},
    {"id": "d50-other-16", "kind": "other", "thread": T, "quoted": O, "quote": "doorgestuurd",
     "sender": "Hilde Goossens <h.goossens@wo-weert-nederweert-n.nl>",
     "body": "Is het verslag van het vorige atelier nog ergens te vinden? Ik kan het "
             "niet terugvinden. Een thema heb ik nu niet.\n\nHilde"},
    {"id": "d50-other-17", "kind": "other", "subject": "Interesse in de Adviesraad",
     "sender": "Gijs Vermeulen <g.vermeulen@wo-achtkarspelen-z.nl>",
     "body": "Beste Stan en Melanie,\n\nIn de oproep lees ik dat de Adviesraad de suggesties weegt. Ik zou daar "
             "graag aan bijdragen. Is er nog plek en wat vraagt het aan tijd?\n\nGroet,\nGijs Vermeulen"},
    {"id": "d50-other-18", "kind": "other", "subject": "Vraag van de redactie Binnenlands Bestuur",
     "sender": "Mieke Rutten <m.rutten@redactie-gemeentenieuws.nl>",
     "body": "Goedemiddag,\n\nIk schrijf een artikel over ambtelijke fusies. Welke thema's staan er op het "
             "programma van uw volgende atelier, en mag ik als journalist aanschuiven?\n\nMet vriendelijke "
             "groet,\nMieke Rutten\nredacteur"},
    {"id": "d50-other-19", "kind": "other", "thread": T, "quoted": O, "quote": "apple",
     "sender": "Ronald Mes <r.mes@wo-gemert-laarbeek.nl>",
     "body": "Kun je me even bellen over de thema's? Ik heb wel iets maar wil het eerst toelichten, het ligt "
             "gevoelig.\n06 - 18 27 46 90\n\nRonald" + IPHONE},
    {"id": "d50-other-20", "kind": "other", "thread": T, "quoted": V, "quote": "outlook-lijn",
     "sender": "Marianne Jacobs <m.jacobs@wo-veluwezoom-n.nl>",
     "body": "Beste Melanie,\n\nDe discussie over de regio vond ik te lang duren, maar de casus over de "
             "kostenverdeling was sterk. Complimenten voor de gespreksleiding.\n\nMarianne Jacobs"},
    {"id": "d50-other-21", "kind": "other", "thread": T, "quoted": O, "quote": "outlook-nl",
     "sender": "Jan-Willem Dorst <jw.dorst@werkorganisatie-berkelland-z.nl>",
     "body": "Beste Stan,\n\nEen mededeling, geen thema: de gemeente Eibergsveld treedt per 1 januari 2028 uit "
             "onze werkorganisatie. Het besluit is gisteren genomen; ik houd jullie op de hoogte van de "
             "gevolgen.\n\nMet vriendelijke groet,\nJan-Willem Dorst"},
    {"id": "d50-other-22", "kind": "other", "thread": T, "quoted": O, "quote": "notes-wrote",
     "sender": "Gerrit Wiersma <g.wiersma@wo-tynaarlo-n.nl>",
     "body": "Worden de ingestuurde thema's anoniem besproken? Ik wil niet dat mijn colleges via via horen wat "
             "ik heb ingebracht.\n\nG. Wiersma"},
    {"id": "d50-other-23", "kind": "other", "thread": T, "quoted": O, "quote": "ongemarkeerd",
     "sender": "Astrid Kramer <a.kramer@dienstverlening-zaanstreek-n.nl>",
     "body": "Goedemiddag,\n\nStrategie en samenwerking hoeven wat mij betreft niet op het programma, die komen "
             "in ons eigen traject al genoeg langs. Verder heb ik geen voorkeur.\n\nMet vriendelijke groet,\n"
             "Astrid Kramer\ndirecteur Dienstverlening Zaanstreek-Noord"},
    {"id": "d50-other-24", "kind": "other", "subject": "Nieuw: onze werkorganisatie heeft een nieuwe naam",
     "sender": "Communicatie WO Rijnwaarden <communicatie@wo-rijnwaarden.nl>",
     "body": "Beste relatie,\n\nMet ingang van 1 februari heet Werkorganisatie Rijnwaarden voortaan 'Samen "
             "Rijnwaarden'. Onze e-mailadressen blijven voorlopig gelijk.\n\nMet vriendelijke groet,\nTeam "
             "Communicatie"},
    {"id": "d50-other-25", "kind": "other", "thread": T, "quoted": O, "quote": "outlook-en",
     "sender": "Olga Pieters <o.pieters@wo-hilvarenbeek-n.nl>",
     "body": "Hi Melanie,\n\nQuick question: can we suggest a topic that was already discussed in 2025, or do you "
             "only want new ones?\n\nThanks,\nOlga"},
    # -- rsvp: answers in the call-for-themes and follow-up threads about coming ------------------------------------
    {"id": "d50-rsvp-01", "kind": "rsvp", "attending": True, "thread": T, "quoted": O, "quote": "outlook-nl",
     "sender": "Kees Hoogland <k.hoogland@wo-nijkerkveen.nl>",
     "body": "Beste Stan,\n\nGeen thema van mijn kant, maar op 11 maart ben ik er zeker bij.\n\nGroet,\nKees"},
    {"id": "d50-rsvp-02", "kind": "rsvp", "attending": False, "thread": T, "quoted": O, "quote": "outlook-lijn",
     "sender": "Mariska Boon <m.boon@werkorganisatie-steenwijkerland-o.nl>",
     "body": "Goedemiddag,\n\nOp 11 maart ben ik helaas verhinderd, dus ik zie af van een onderwerp. Succes met "
             "de voorbereiding.\n\nMariska Boon"},
    {"id": "d50-rsvp-03", "kind": "rsvp", "attending": True, "thread": T, "quoted": O, "quote": "outlook-en",
     "sender": "Stefan Roelofsen <s.roelofsen@wo-montferland-z.nl>",
     "body": "No topics from me this time, but count me in for 11 March.\n\nStefan" + ANDROID},
    {"id": "d50-rsvp-04", "kind": "rsvp", "attending": False, "thread": T, "quoted": O, "quote": "notes",
     "sender": "Gonnie Smit <g.smit@wo-westerveld-n.nl>",
     "body": "Geacht secretariaat,\n\nZelf kan ik op 11 maart niet aanwezig zijn. In mijn plaats komt onze "
             "plaatsvervangend directeur, Ellen de Wit (e.dewit@wo-westerveld-n.nl).\n\nMet vriendelijke groet,"
             "\nG. Smit"},
    {"id": "d50-rsvp-05", "kind": "rsvp", "attending": True, "thread": T, "quoted": V, "quote": "gmail",
     "sender": "Rob Vissers <r.vissers@wo-oisterwijk-z.nl>",
     "body": "Dank voor de fijne middag! Het volgende atelier ben ik er weer bij, zet me maar op de lijst.\n\nRob"},
    {"id": "d50-rsvp-06", "kind": "rsvp", "attending": True, "thread": T, "quoted": O, "quote": "outlook-nl",
     "sender": "Anke Veldhuis <a.veldhuis@wo-hardenberg-o.nl>",
     "body": "Beste Melanie,\n\nVorige week schreef ik dat ik niet kon, maar de raadsvergadering is verplaatst. "
             "Ik kom dus toch op 11 maart.\n\nGroet,\nAnke Veldhuis"},
    {"id": "d50-rsvp-07", "kind": "rsvp", "attending": True, "thread": T, "quoted": O, "quote": "groupwise",
     "sender": "H. Brinkhuis <h.brinkhuis@gemeenten-ommen-o.nl>",
     "body": "Ik ben aanwezig op 11 maart.\n\nH. Brinkhuis"},
    {"id": "d50-rsvp-08", "kind": "rsvp", "attending": True, "thread": T, "quoted": O, "quote": "apple",
     "sender": "Lianne Geurts <l.geurts@wo-boxmeer-n.nl>",
     "body": "Ik meld me alvast aan voor 11 maart. Een onderwerp heb ik nog niet.\n\nLianne" + IPHONE},
    {"id": "d50-rsvp-09", "kind": "rsvp", "attending": False, "thread": T, "quoted": O, "quote": "outlook-lijn",
     "sender": "Jos Heuvelmans <j.heuvelmans@wo-echt-susteren-n.nl>",
     "body": "Dag Stan,\n\nDie week zit ik met het gezin in Oostenrijk, dus dit atelier sla ik over. De volgende "
             "keer beter.\n\nHaije groete,\nJos"},
    {"id": "d50-rsvp-10", "kind": "rsvp", "attending": False, "thread": T, "quoted": V, "quote": "outlook-en",
     "sender": "Naomi Sterk <n.sterk@wo-wijdemeren-z.nl>",
     "body": "Thanks for a great afternoon. I'll have to skip the next atelier though: I'm on secondment to the "
             "ministry until the summer.\n\nNaomi"},
    {"id": "d50-rsvp-11", "kind": "rsvp", "attending": True, "thread": T, "quoted": O, "quote": "gmail",
     "sender": "bas peters <b.peters@wo-cranendonck-n.nl>",
     "body": "ja hoor, ik schuif aan op de 11e\n\nbas"},
    {"id": "d50-rsvp-12", "kind": "rsvp", "attending": False, "thread": T, "quoted": O, "quote": "notes-wrote",
     "sender": "Mr. drs. C.A. Ligtvoet <ca.ligtvoet@wo-leudal-n.nl>",
     "body": "Geacht secretariaat,\n\nTot mijn spijt moet ik mij voor het atelier van 11 maart afmelden: de "
             "begrotingsbehandeling valt op diezelfde dag.\n\nHoogachtend,\nC.A. Ligtvoet"},
    {"id": "d50-rsvp-13", "kind": "rsvp", "attending": True, "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Fleur Damen <f.damen@wo-bernheze-z.nl>",
     "body": "> Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier\n\n"
             "Daar ben ik bij! Thema's laat ik aan anderen over.\n\nFleur"},
    {"id": "d50-rsvp-14", "kind": "rsvp", "attending": True, "thread": T, "quoted": O, "quote": "doorgestuurd",
     "sender": "Erwin Kuijpers <e.kuijpers@wo-someren-asten.nl>",
     "body": "Anja, laat je weten dat ik op 11 maart kom, samen met onze loco-directeur Mirjam Aarts?\n\nErwin"},
    {"id": "d50-rsvp-15", "kind": "rsvp", "attending": False, "thread": T, "quoted": O, "quote": "ongemarkeerd",
     "sender": "Patrick Timmermans <p.timmermans@wo-bladel-n.nl>",
     "body": "Beste Stan,\n\nOndanks mijn eerdere aanmelding kan ik op 11 maart toch niet komen; er is een "
             "crisisoverleg ingepland dat ik niet kan verzetten.\n\nMet vriendelijke groet,\nPatrick Timmermans"},
    # -- unsubscribe -------------------------------------------------------------------------------------------------
    {"id": "d50-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": O,
     "quote": "outlook-nl", "sender": "Hennie Wessels <h.wessels@wo-raalte-n.nl>",
     "body": "Beste secretariaat,\n\nGeen thema van mij: per 1 februari ga ik met pensioen. Wilt u mij van de "
             "verzendlijst halen?\n\nDank voor alles,\nHennie Wessels"},
    {"id": "d50-unsubscribe-02", "kind": "unsubscribe", "erase": True, "subject": "GDPR request",
     "sender": "Anna Lindqvist <a.lindqvist@wo-voorst-z.nl>",
     "body": "Dear secretariat,\n\nPlease unsubscribe me from the network and delete all personal data you hold "
             "about me, in accordance with Article 17 GDPR. Kindly confirm once this is done.\n\nRegards,\n"
             "Anna Lindqvist"},
    {"id": "d50-unsubscribe-03", "kind": "unsubscribe", "erase": False, "subject": "Opvolging directeur",
     "sender": "Frits Meulenbelt <f.meulenbelt@wo-dalfsen-o.nl>",
     "body": "Beste Stan,\n\nPer 1 april neemt mijn opvolger Joris Bakker (j.bakker@wo-dalfsen-o.nl) het stokje "
             "van mij over. Hij weet ervan en verwacht jullie mails.\n\nGroet,\nFrits"},
    {"id": "d50-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": O,
     "quote": "outlook-lijn", "sender": "Wendy Schuurman <w.schuurman@wo-loon-op-zand-n.nl>",
     "body": "Goedemiddag,\n\nIk kom niet op 11 maart en wil ook graag van de lijst af; het netwerk past niet "
             "meer bij mijn nieuwe functie.\n\nMvg Wendy Schuurman"},
    {"id": "d50-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": O, "quote": "gmail",
     "sender": "ger hulst <g.hulst@wo-heumen-z.nl>",
     "body": "afmelden aub\n\nger"},
    # -- autoreply ---------------------------------------------------------------------------------------------------
    {"id": "d50-autoreply-01", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Afwezig: Welke thema's wilt u bespreken?", "sender": "Jolanda Raats <j.raats@wo-venray-n.nl>",
     "body": "Tot en met 10 januari ben ik afwezig. Uw mail wordt niet doorgestuurd. Voor dringende zaken kunt u "
             "contact opnemen met het directiesecretariaat, 0478 - 52 33 33."},
    {"id": "d50-autoreply-02", "kind": "autoreply", "headers": {"X-Autoreply": "yes"},
     "subject": "Automatic reply: Dank voor uw komst", "sender": "Simon Clarke <s.clarke@wo-ede-oost.nl>",
     "body": "Thank you for your message. I am out of the office until 3 April with limited access to e-mail. "
             "For urgent matters please contact my office manager."},
    {"id": "d50-autoreply-03", "kind": "autoreply", "thread": T, "quoted": O, "quote": "ongemarkeerd",
     "headers": {"Auto-Submitted": "auto-generated"}, "sender": "Postbus WO Zwartewater <postbus@wo-zwartewater.nl>",
     "subject": "Uw bericht is ontvangen",
     "body": "Dank voor uw e-mail. Uw bericht is geregistreerd onder zaaknummer Z-2027-004512 en wordt binnen "
             "vijf werkdagen in behandeling genomen.\n\nDit is een automatisch verzonden bericht."},
    {"id": "d50-autoreply-04", "kind": "autoreply", "headers": {"Precedence": "auto_reply"},
     "subject": "Dit adres is niet meer in gebruik", "sender": "A. de Bruin <a.debruin@wo-olst-wijhe.nl>",
     "body": "Dit e-mailadres wordt sinds 1 december niet meer gelezen. Stuur uw bericht aan "
             "directie@wo-olst-wijhe.nl. Uw e-mail is niet doorgestuurd."},
    {"id": "d50-autoreply-05", "kind": "autoreply", "thread": T, "quoted": V, "quote": "outlook-nl",
     "headers": {"Auto-Submitted": "auto-replied"}, "sender": "Tjitske Zijlstra <t.zijlstra@wo-smallingerland-n.nl>",
     "subject": "Automatisch antwoord: Dank voor uw komst",
     "body": "Ik bin net op it kantoar / ik ben niet op kantoor tot en met 20 maart. Uw bericht lees ik na mijn "
             "terugkomst."},
]
# fmt: on
