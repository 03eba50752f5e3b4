"""The eighth labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Labelling, as in the earlier sets: replies to our follow-up mail (vervolg_atelier) and to our thank-you for a
suggestion carry the thread ``call_for_themes``. ``themes`` is the set of themes of what the writer proposes, never
a theme named in passing or set aside ("niet zozeer strategie, maar ..."); the domain words follow the brochure
(DVO, governance, the GR and the regio under samenwerking; personeel, huisvesting, I&A, P&C, cost allocation and
the sturingsconcept under organisatie; klantcontact, loket and performance towards residents under
dienstverlening; koers, visie and bestuurlijke prioriteiten under strategie). A reply to the call that only says
the writer will come is ``other``: there is no invitation to answer yet. Mixed intents: leaving the network beats
an RSVP and a topic; an erasure request is never lost in a decline; a decline with a substitute is an RSVP with
``attending`` False; a hand-over to a named successor is ``unsubscribe``; an RSVP with a topic for a later atelier
is the RSVP; a reply that changes an earlier answer carries the latest answer; an act together with a question a
person must answer, or an act for someone else (an address change, an erasure), is ``other``. Inline answers carry
our quoted lines in ``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
OUTLOOK_MOBILE = "\n\nOutlook voor iOS downloaden"
DISCLAIMER = (
    "\n\nDisclaimer: dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de "
    "geadresseerde. Bent u niet de geadresseerde, verwijder het bericht dan en stel de afzender op de hoogte. "
    "Aan dit bericht kunnen geen rechten worden ontleend."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- Suggestions: one topic, several, long explanations, two themes, a theme set aside, jargon, English ---
    {"id": "d8-sug-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Gerrit Zwart <g.zwart@werkorganisatie-dlw.nl>",
     "body": "Goedemorgen,\n\nDe DVO met onze drie gemeenten loopt eind dit jaar af. Hoe hebben anderen de "
             "nieuwe dienstverleningsovereenkomst opgesteld, en wie zat er aan tafel?\n\nMet vriendelijke groet,"
             "\n\nGerrit Zwart\nalgemeen directeur Werkorganisatie De Lingewaard\nT 0481 - 36 22 10" + DISCLAIMER},
    {"id": "d8-sug-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "sender": "Femke Aalbers <f.aalbers@gemeentenkempenland.nl>",
     "body": "Hoi Melanie,\n\nhuisvesting! We zitten met 400 mensen in een pand voor 250 sinds iedereen na "
             "corona weer vaker komt. Flexplekken, thuiswerkbeleid, het gemeentehuis van de kleinste gemeente "
             "dat leeg staat... ik ben benieuwd hoe anderen dat oplossen.\n\nFemke"},
    {"id": "d8-sug-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "\"Bakker, J.P. (Jan-Pieter)\" <jp.bakker@twee-rivieren.nl>",
     "body": "Onderwerp voor maart: klantcontact. Inwoners bellen nog steeds het oude nummer van hun eigen "
             "gemeente en worden drie keer doorverbonden. Wie heeft een KCC dat voor alle gemeenten als één "
             "loket werkt en hoe meet je dan of het beter wordt?\n\nJan-Pieter Bakker"},
    {"id": "d8-sug-04", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "apple", "sender": "Ingrid Vos <i.vos@wo-hollandsmidden.nl>",
     "body": "Mijn onderwerp: waar staat onze werkorganisatie in 2035? Een stip op de horizon die ook na "
             "twee verkiezingen nog overeind staat." + IPHONE},
    {"id": "d8-sug-05", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Karel Mertens <k.mertens@bgw-ambtelijk.nl>",
     "body": "Beste Stan,\n\nTwee onderwerpen van mijn kant:\n- de vervanging van ons zaaksysteem en de "
             "migratie van archieven van drie gemeenten\n- inwoners die hun aanvraag online willen volgen, "
             "zoals bij een pakketje\n\nGroet,\nKarel Mertens\nDirecteur bedrijfsvoering en dienstverlening"},
    {"id": "d8-sug-06", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "sender": "Sanne Dijkhuis <s.dijkhuis@werkorganisatie-oost.nl>",
     "body": "Niet zozeer strategie, maar de uitvoering daarvan: hoe richt je de werkprocessen zo in dat "
             "een team voor drie gemeenten werkt zonder drie varianten van elk proces?\n\nSanne"},
    {"id": "d8-sug-07", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail", "sender": "Willem de Rooij <w.derooij@sbr-werkorg.nl>",
     "body": "Dank voor het verslag. Voor een volgende keer: hoe staan we als ambtelijke fusie tegenover de "
             "regio? De veiligheidsregio, de GGD en de omgevingsdienst hebben elk hun eigen indeling en wij "
             "zitten overal met drie wethouders aan tafel.\n\nGroet, Willem"},
    {"id": "d8-sug-08", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Rachel Haverkamp <r.haverkamp@wo-zuidkust.nl>",
     "body": "Hi both,\n\nTopic from my side: measuring how well we serve residents and businesses. We have "
             "plenty of dashboards but nobody looks at them. Which performance indicators actually work?\n\n"
             "Best,\nRachel Haverkamp\nDirector, Werkorganisatie Zuidkust"},
    {"id": "d8-sug-09", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Hans Kamphuis <h.kamphuis@bvo-drieland.nl>",
     "body": "Geacht secretariaat,\n\nIk stel twee onderwerpen voor. Ten eerste de lange termijn: welke "
             "koers kiest de organisatie voor de komende tien jaar, en wie bepaalt die? Ten tweede de "
             "verhouding tussen de deelnemende gemeenten: een van onze gemeenten groeit snel en wil meer "
             "zeggenschap dan de andere twee.\n\nHoogachtend,\n\ndrs. H.J. Kamphuis\nalgemeen directeur "
             "BVO Drieland" + DISCLAIMER},
    {"id": "d8-sug-10", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise", "sender": "Ton Lemmens <t.lemmens@peelenmaas-werk.nl>",
     "body": "personeel. we krijgen de vacatures voor vergunningverleners en juristen niet meer gevuld. "
             "hoe doen jullie het?\n\nton"},
    {"id": "d8-sug-11", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes", "sender": "Marjolein Brink <m.brink@werkorganisatie-hbs.nl>",
     "body": "Goedemiddag,\n\nWat mij betreft gaat het eens over de informatievoorziening. Wij hebben nog "
             "drie applicatielandschappen naast elkaar, elk met eigen contracten en beheerders. Een plan om dat "
             "te harmoniseren ligt er, maar de kosten vallen hoger uit dan begroot.\n\nMet vriendelijke groet,"
             "\nMarjolein Brink\nmanager I&A"},
    {"id": "d8-sug-12", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "subject": "Suggestie atelier: wie is de baas over de GR?", "sender": "Pieter Smulders <p.smulders@wo-aamb.nl>",
     "body": "Beste Stan en Melanie,\n\nNaar aanleiding van het vorige atelier: het algemeen bestuur van "
             "onze gemeenschappelijke regeling vergadert vier keer per jaar, maar de echte besluiten vallen in "
             "de drie colleges. Ik zou graag met collega's praten over de governance: hoe houd je het bestuur "
             "van de GR en de colleges op één lijn?\n\nGroet,\nPieter Smulders"},
    {"id": "d8-sug-13", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn", "sender": "Evelien Hofstra <e.hofstra@dfw-werkt.nl>",
     "body": "Hallo Stan,\n\nMooie middag! Een idee voor de volgende: de kostenverdeling binnen de "
             "werkorganisatie. Wij rekenen nog af per fte per gemeente en dat levert elk jaar een discussie op "
             "bij de kadernota. Zijn er andere verdeelsleutels die beter werken voor de begroting?\n\n"
             "Groetnis,\nEvelien Hofstra" + OUTLOOK_MOBILE},
    {"id": "d8-sug-14", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd", "sender": "Bas Verhoef <b.verhoef@wo-rijnvallei.nl>",
     "body": "Graag het thema dienstverlening, en dan specifiek ondernemers: een ondernemer die in twee van "
             "onze gemeenten een vestiging heeft krijgt twee keer een andere vergunningsprocedure."},
    {"id": "d8-sug-15", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Johan Oosterhuis <j.oosterhuis@werkorganisatie-gzw.nl>",
     "body": "Beste Melanie,\n\nHet gaat in deze ateliers vaak over samenwerking, en dat is prima, maar dit "
             "keer zou ik iets anders willen: de inhoudelijke agenda. Waar willen wij als organisatie over "
             "vier jaar staan, los van wat de colleges vragen? Ik merk dat we vooral reageren in plaats van "
             "zelf richting te geven.\n\nGroet,\nJohan"},
    {"id": "d8-sug-16", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "apple", "sender": "Lotte van Gils <l.vangils@buha-werkorganisatie.nl>",
     "body": "Digitalisering. Concreet: AI-toepassingen in de backoffice, wat mag wel en niet, en wie in de "
             "organisatie beslist daarover?\n\nVerstuurd vanaf mijn iPad"},
    {"id": "d8-sug-17", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Rob Janssen <r.janssen@maasvallei-wo.nl>",
     "body": "Goedemorgen,\n\nMijn onderwerpen, één per regel zoals gevraagd:\n\nDe positie van de "
             "werkorganisatie in de regio Noord-Limburg\nFormatie en inhuur: hoe krijg je de flexibele schil "
             "omlaag\n\nMet vriendelijke groet,\nRob Janssen\nGemeentesecretaris / algemeen directeur\n"
             "06 - 41 22 87 30"},
    {"id": "d8-sug-18", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "gmail", "sender": "Ria Postma <r.postma@hdl-werkorganisatie.nl>",
     "body": "Nog eentje: de wachttijden aan de balie voor paspoorten en rijbewijzen, nu er weer een "
             "piek aankomt.\n\nRia"},
    {"id": "d8-sug-19", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "sender": "Martin Geurts <m.geurts@wo-kromme-rijn.nl>",
     "body": "Suggested topic: setting administrative priorities when three councils each have a different "
             "coalition agreement. How do other directors turn that into one agenda for the organisation?\n\n"
             "Kind regards,\nMartin Geurts"},
    {"id": "d8-sug-20", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "Thema voor het atelier: sturing zonder afdelingshoofden",
     "sender": "Nicole Hermans <n.hermans@werkorganisatie-vijfheerenlanden.nl>",
     "body": "Goedendag,\n\nZie onderwerp. Wij zijn twee jaar geleden overgestapt naar een netwerkorganisatie "
             "met programmamanagers en zelfsturende teams. Na twee jaar weten medewerkers niet meer wie hun "
             "leidinggevende is. Ik hoor graag hoe andere fusieorganisaties hun sturingsconcept hebben "
             "ingericht.\n\nMet vriendelijke groet,\nNicole Hermans"},
    {"id": "d8-sug-21", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "onderwerp: bereikbaarheid voor inwoners zonder DigiD",
     "sender": "Dirk Veldman <d.veldman@gemeenten-wsm.nl>", "body": "zie onderwerp\n\nDirk"},
    {"id": "d8-sug-22", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Carola Wessels <c.wessels@werkorganisatie-cranendonck.nl>",
     "body": "Collega's, mijn voorstel: gezamenlijke opgaven waar de belangen van de gemeenten uit elkaar "
             "lopen. Bij ons is dat de woningbouw: de ene gemeente wil groeien, de andere juist het dorpse "
             "karakter houden, en wij moeten beide dienen.\n\nC. Wessels"},
    {"id": "d8-sug-23", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Youssef El Idrissi <y.elidrissi@wo-lekstroom.nl>",
     "body": "Graag zou ik het hebben over informatiebeveiliging en de BIO. Na een phishingincident bij een "
             "buurgemeente is onze gemeenteraad zeer kritisch. Hoe borgen anderen dat in de organisatie?\n\n"
             "Met vriendelijke groet,\nYoussef El Idrissi\nCISO en teammanager I&A"},
    {"id": "d8-sug-24", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": "Annet Koster <a.koster@sbnv-werkt.nl>",
     "body": "Goedemiddag,\n\nHet verslag is mooi geworden. Een vraagstuk voor de volgende keer: niet de "
             "structuur of de governance, daar hebben we het genoeg over gehad, maar wat de inwoner ervan "
             "merkt. Hoe weten we of onze dienstverlening na de fusie echt beter is geworden?\n\nHartelijke "
             "groet,\nAnnet Koster"},
    {"id": "d8-sug-25", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd", "sender": "Paul Brouwers <p.brouwers@wo-heuvelland.nl>",
     "body": "Via Anja kreeg ik de oproep door; hierbij mijn reactie.\n\nMijn onderwerp: een strategische "
             "personeelsplanning die past bij de meerjarige visie van de organisatie. We weten waar we in 2030 "
             "willen staan, maar niet met welke mensen.\n\nPaul"},
    {"id": "d8-sug-26", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Michiel Aarts <m.aarts@wo-maasland.nl>",
     "body": "hoi, onderwerp: de gemeente die overweegt uit te treden. wat doet dat met de verhoudingen tussen "
             "de andere gemeenten, en hoe ga je daar als directeur mee om? gr michiel"},
    {"id": "d8-sug-27", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Henriëtte Dekker <h.dekker@werkorganisatie-bvd.nl>",
     "body": "Geacht secretariaat,\n\nHet onderwerp dat ik wil aandragen is de financiële positie van de "
             "werkorganisatie. De loonkosten stijgen met de cao harder dan de bijdragen van de gemeenten, en "
             "de reserves zijn op. Ik ben benieuwd hoe collega's de kosten van de bedrijfsvoering beheersen "
             "zonder op de kwaliteit in te leveren.\n\nMet vriendelijke groet,\n\nH. Dekker-Smeets\n"
             "directeur Werkorganisatie BVD\nPostbus 100, 3440 AC" + DISCLAIMER},
    {"id": "d8-sug-28", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Koen Peeters <k.peeters@grenswerk.nl>",
     "body": "Voorstel: innovatie in de dienstverlening aan instellingen, zoals scholen, zorgaanbieders en "
             "verenigingen. Die vallen nu tussen wal en schip.\n\nKoen"},
    {"id": "d8-sug-29", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "apple", "sender": "Mark Tuinstra <m.tuinstra@dongeradeel-werk.nl>",
     "body": "Topic idea: hybrid working and what it does to our office buildings. We have three town halls "
             "and can no longer justify all three." + IPHONE},
    {"id": "d8-sug-30", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Linda Meijer <l.meijer@wo-altena-land.nl>",
     "body": "Beste Stan,\n\nMijn voorstel raakt aan twee thema's: de relatie tussen onze gemeenten én de "
             "dienstverlening. Hoe kom je tot één gezamenlijk dienstverleningsconcept voor inwoners als elke "
             "gemeente haar eigen servicenormen wil houden?\n\nGroet,\nLinda Meijer"},
    {"id": "d8-sug-31", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Wouter Smeenk <w.smeenk@hof-van-twente-wo.nl>",
     "body": "Dienstverlening is bij ons op orde, dus dat laat ik aan anderen. Waar ik wél mee worstel: het "
             "verzuim. Zeven procent, vooral in de uitvoering. Wat werkt er bij anderen?\n\nWouter Smeenk"},
    {"id": "d8-sug-32", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "groupwise", "sender": "Erik Mulder <e.mulder@werkorganisatie-dvh.nl>",
     "body": "Dank! Volgende keer graag: welke bestuurlijke prioriteiten kiezen we als er niet genoeg geld "
             "is voor alle ambities uit de drie coalitieakkoorden?\n\nErik"},
    {"id": "d8-sug-33", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Annemarie Schouten <a.schouten@wo-krimpenerwaard.nl>",
     "body": "Goedemorgen,\n\n1. Zaakgericht werken: na vijf jaar nog steeds niet overal ingevoerd\n"
             "2. Opdrachtgeverschap: wat mogen de drie gemeenten van ons vragen zonder dat het in de DVO staat?"
             "\n\nGroet,\nAnnemarie"},
    {"id": "d8-sug-34", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "sender": "Jeroen Wiersma <j.wiersma@wo-opsterland.nl>",
     "body": "Een strategiediscussie hebben we vorig jaar gevoerd, dat hoeft niet nog eens. Ik zou graag "
             "horen hoe anderen de klanttevredenheid meten bij de Wmo-loketten.\n\nJeroen Wiersma"},
    {"id": "d8-sug-35", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Tessa Huisman <t.huisman@wo-twenterand.nl>",
     "body": "Dear Stan,\n\nThe relationship between the participating municipalities would be my topic: "
             "how do you keep the smallest partner on board when the largest one dominates every decision?\n\n"
             "Regards,\nTessa Huisman"},
    {"id": "d8-sug-36", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "sender": "Gijs Verbruggen <g.verbruggen@werkorganisatie-bze.nl>",
     "body": "Onderwerp: P&C-cyclus. Drie begrotingen, drie jaarrekeningen, drie auditcommissies. Kan dat "
             "niet slimmer?\n\nGijs Verbruggen\nconcerncontroller"},
    {"id": "d8-sug-37", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "subject": "Idee voor het volgende atelier", "sender": "Marieke Haan <m.haan@wo-noordoostpolder-urk.nl>",
     "body": "Beste Melanie,\n\nEen idee dat bij ons in het directieteam opkwam: een toekomstvisie op de "
             "werkorganisatie zelf. Wat is onze bestaansreden over tien jaar, als de herindelingsdiscussie "
             "weer oplaait? Daar zou ik graag met collega-directeuren over sparren.\n\nGroet,\nMarieke Haan"},
    {"id": "d8-sug-38", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Stefan Kuipers <s.kuipers@wo-westerkwartier.nl>",
     "body": "Hallo,\n\nIk stel voor: proactieve dienstverlening. Inwoners zelf benaderen als hun paspoort "
             "verloopt of als ze recht hebben op een toeslag, in plaats van te wachten tot ze aan de balie "
             "staan.\n\nvr gr Stefan"},
    {"id": "d8-sug-39", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "apple", "sender": "Hilde Roos <h.roos@wo-gooi.nl>",
     "body": "Wat mij na de middag bijbleef: we hebben het alleen over de colleges gehad. Volgende keer graag "
             "over de gemeenteraden: hoe betrek je drie raden bij één werkorganisatie zonder dat ze het gevoel "
             "krijgen dat ze er niets over te zeggen hebben?\n\nHilde"},
    {"id": "d8-sug-40", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Frans Hoekman <f.hoekman@wo-berkelland-lochem.nl>",
     "body": "Geachte heer Van de Laar,\n\nGaarne draag ik het volgende onderwerp aan: de inrichting van de "
             "concernstaf. Wij twijfelen tussen een centrale staf en beleidsadviseurs in de domeinen. Welke "
             "keuze hebben andere fusieorganisaties gemaakt, en waarom?\n\nHoogachtend,\n\nF.W. Hoekman"},
    {"id": "d8-sug-41", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Petra Schuurman <p.schuurman@wo-eemland.nl>",
     "body": "Goedemiddag,\n\nHet sociaal domein is bij ons een apart verhaal:\n* de toegang voor inwoners "
             "(één wijkteam of per gemeente?)\n* de werkdruk bij de consulenten en de formatie die daarvoor "
             "nodig is\n\nMvg,\nPetra Schuurman"},
    {"id": "d8-sug-42", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "sender": "Arjan Versteeg <a.versteeg@werkorganisatie-aw.nl>",
     "body": "Ik sluit graag aan bij het thema samenwerking, in het bijzonder: de balans tussen autonomie en "
             "couleur locale van de gemeentebesturen en de wens tot beleidsafstemming.\n\nArjan Versteeg"},
    {"id": "d8-sug-43", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes-wrote", "sender": "Bram Dekkers <b.dekkers@wo-bergenopzoom-wd.nl>",
     "body": "Onderwerp: de inzet van data in de organisatie. We hebben een datateam opgezet maar de "
             "vakafdelingen weten het niet te vinden.\n\nBram"},
    {"id": "d8-sug-44", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Ellen Bosman <e.bosman@wo-drechtsteden-oost.nl>",
     "body": "Beste secretariaat,\n\nGeen onderwerp over organisatiestructuur dit keer (daar zijn we net mee "
             "klaar), maar wel over de lange termijn: hoe houd je een meerjarenvisie levend als het team van "
             "bestuurders om de vier jaar wisselt?\n\nMet vriendelijke groet,\nEllen Bosman"},
    {"id": "d8-sug-45", "kind": "suggestion", "themes": ["dienstverlening"], "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Hanneke Vlaar <h.vlaar@wo-tietjerksteradeel.nl>",
     "body": "Dank voor het welkom! U vroeg of ik al een onderwerp heb: ja, de digitale "
             "toegankelijkheid van onze website en formulieren voor laaggeletterde inwoners.\n\nHanneke Vlaar"},
    {"id": "d8-sug-46", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Ruben Schepers <r.schepers@wo-ijsselland.nl>",
     "body": "Ik heb er twee:\n\n- positie in de regio: de regiodeal en wie namens onze drie gemeenten "
             "onderhandelt\n- strategische agenda: welke inhoudelijke opgaven gaan wij de komende vijf jaar "
             "zelf oppakken\n\nGroet, Ruben"},
    {"id": "d8-sug-47", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "sender": "Sophie Laurens <s.laurens@wo-beekdaelen.nl>",
     "body": "Suggestion: our finance function. Three municipal budgets, one organisation, and the auditor "
             "keeps asking for separate cost allocation. How do others organise their financial control?\n\n"
             "Sophie"},
    {"id": "d8-sug-48", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Corné van Dam <c.vandam@wo-hardinxveld.nl>",
     "body": "Goedemiddag Melanie,\n\nDigitalisering hoor je steeds als organisatievraagstuk, maar mijn punt "
             "gaat over de kant van de inwoner: het digitale loket. Wat willen inwoners en ondernemers eigenlijk "
             "online regelen, en hoe verbeter je dat?\n\nGroet, Corné"},
    {"id": "d8-sug-49", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "subject": "voorstel thema: samenwerking met de provincie",
     "sender": "Leon Rutten <l.rutten@wo-echt-susteren-roerdalen.nl>",
     "body": "Goedemorgen,\n\nDe provincie wil met de regio afspraken maken over de woningbouw en de "
             "energietransitie. Wij vertegenwoordigen twee gemeenten die daar verschillend over denken. Graag "
             "zou ik dit in het atelier bespreken.\n\nLeon Rutten"},
    {"id": "d8-sug-50", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "sender": "Mieke Jacobs <m.jacobs@wo-oirschot-best.nl>",
     "body": "Inspiratie voor het atelier: innovatie. Geen grote projecten, maar hoe je medewerkers de ruimte "
             "geeft om zelf te vernieuwen in hun werkproces.\n\nMieke Jacobs" + OUTLOOK_MOBILE},
    {"id": "d8-sug-51", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Theo van Rijn <t.vanrijn@wo-molenlanden.nl>",
     "body": "Strategy please: how do we write a long-term vision for the organisation that three councils "
             "can all sign up to?\n\nTheo van Rijn"},
    {"id": "d8-sug-52", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": "Jolanda Kramer <j.kramer@wo-zuidwest.nl>",
     "body": "Beste Stan,\n\nDank voor de mooie middag en het verslag. Een onderwerp voor een volgende keer: de "
             "monitoring van prestaties richting inwoners. Wij publiceren elk kwartaal doorlooptijden per "
             "gemeente en dat levert veel gesprek op in de raden. Ik hoor graag hoe anderen dat doen.\n\n"
             "Met vriendelijke groet,\nJolanda Kramer"},
    {"id": "d8-sug-53", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Dennis Hoek <d.hoek@wo-nissewaard-oost.nl>",
     "body": "Mijn thema: gezamenlijke opgaven. Drie gemeenten, één energieopgave, drie wethouders met elk een "
             "eigen tempo.\n\nD. Hoek"},
    {"id": "d8-sug-54", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "topic for the atelier", "sender": "Alex Brandt <a.brandt@wo-grensland.nl>",
     "body": "Hello,\n\nI am new to the network (English is easier for me). My topic: the organisational "
             "structure after a merger. We still have three departments for the same work.\n\nThanks,\nAlex "
             "Brandt"},
    {"id": "d8-sug-55", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Mariska Boer <m.boer@wo-zaanstreek.nl>",
     "body": "Vergunningverlening onder de Omgevingswet: ondernemers klagen over de doorlooptijden. Graag "
             "voorbeelden hoe anderen dat voor de aanvrager sneller krijgen." + IPHONE},
    {"id": "d8-sug-56", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Sjoerd de Boer <s.deboer@wo-fryske-marren.nl>",
     "body": "Goeie,\n\nFoar ús is it wichtichste ûnderwerp de ynkeap. Excuses, in het "
             "Nederlands: inkoop en aanbesteding in één organisatie, met drie sets inkoopvoorwaarden.\n\n"
             "Mei freonlike groet,\nSjoerd de Boer"},
    {"id": "d8-sug-57", "kind": "suggestion", "themes": ["strategie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Yvonne Stam <y.stam@wo-wijdemeren.nl>",
     "body": "Goedemorgen,\n\nTwee onderwerpen:\n\nA. De inhoudelijke agenda van de organisatie voor de "
             "komende bestuursperiode\nB. Dienstverlening aan ondernemers: één accountmanager voor alle "
             "gemeenten\n\nYvonne Stam"},
    {"id": "d8-sug-58", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl", "sender": "Gerard Pots <g.pots@wo-losser-dinkelland.nl>",
     "body": "Dank voor de bevestiging. Toevoeging: ook de verhouding met de Duitse buurgemeenten over de grens "
             "zou ik graag bespreken, als onderdeel van onze positie in de regio.\n\nGerard"},
    {"id": "d8-sug-59", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "doorgestuurd", "sender": "Marloes Timmer <m.timmer@wo-stichtsevecht-oost.nl>",
     "body": "Hierbij mijn suggestie, via mijn secretaresse ontvangen: de implementatie van het nieuwe "
             "HR-systeem en de gevolgen voor de werkprocessen van teamleiders.\n\nMarloes"},
    {"id": "d8-sug-60", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken?",
     "sender": "Ruud Evers <r.evers@wo-rivierenland-west.nl>",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nDe klantreis van een ondernemer die een evenement wil organiseren in "
             "twee gemeenten tegelijk.\n\n> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari "
             "2027.\n\nBij deze!\n\nRuud Evers"},
    # -- Replies to the call or the follow-up that are not suggestions ---------------------------------------
    {"id": "d8-oth-01", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Jacqueline Bos <j.bos@wo-meierijstad-oost.nl>",
     "body": "Beste Melanie,\n\nIk bespreek de oproep maandag in ons MT en laat daarna weten welke "
             "onderwerpen wij willen inbrengen.\n\nMet vriendelijke groet,\nJacqueline Bos"},
    {"id": "d8-oth-02", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Henk Wolters <h.wolters@wo-dalfsen-ommen.nl>",
     "body": "even geen inspiratie, ik kom hier voor 21 januari op terug\n\nhenk"},
    {"id": "d8-oth-03", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Claire Dubois <c.dubois@wo-vaals-gulpen.nl>",
     "body": "Thanks for the invitation to contribute. Nothing from my side this round; I'm happy to follow "
             "what the others propose.\n\nBest regards,\nClaire"},
    {"id": "d8-oth-04", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "apple",
     "sender": "Wim Schaap <w.schaap@wo-schagen-hollandskroon.nl>",
     "body": "Deze ronde sla ik over, wij zitten midden in een reorganisatie en ik heb er het hoofd niet naar."
             + IPHONE},
    {"id": "d8-oth-05", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Saskia Bremer <s.bremer@wo-leudal-nederweert.nl>",
     "body": "Goedemorgen,\n\nHoeveel onderwerpen mogen we maximaal aandragen? En worden ze anoniem "
             "gewogen, of ziet de Adviesraad van wie een voorstel komt?\n\nGroet,\nSaskia Bremer"},
    {"id": "d8-oth-06", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "notes",
     "sender": "Ben Arends <b.arends@wo-borger-odoorn.nl>",
     "body": "Is het ook mogelijk om zelf een casus te presenteren in plaats van alleen een onderwerp aan "
             "te dragen? Dan hoor ik graag wat daarvoor nodig is.\n\nB. Arends"},
    {"id": "d8-oth-07", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Marianne Kok <m.kok@wo-tholen-reimerswaal.nl>",
     "body": "Beste Stan,\n\nDank voor het verslag. Zijn de sheets van de presentatie over de DVO ook "
             "beschikbaar? Die wil ik graag met onze controller delen.\n\nGroet,\nMarianne Kok"},
    {"id": "d8-oth-08", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Olaf Brink <o.brink@wo-steenwijkerland.nl>",
     "body": "Wat een goede middag was dat, veel aan gehad. Complimenten aan de gespreksleider!\n\nOlaf"},
    {"id": "d8-oth-09", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "sender": "Gertjan Smit <g.smit@wo-kampen-zwartewaterland.nl>",
     "body": "Hallo,\n\nGeen onderwerp van mijn kant, maar 11 maart staat in mijn agenda. Ik ben er graag "
             "weer bij.\n\nGertjan"},
    {"id": "d8-oth-10", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "Nathalie Vermeer <n.vermeer@wo-sluis-hulst.nl>",
     "body": "Ik reserveer alvast 11 maart! Een thema heb ik nog niet.\n\nNathalie"},
    {"id": "d8-oth-11", "kind": "rsvp", "attending": True, "thread": T, "quoted": "vervolg_atelier", "quote": "apple",
     "sender": "Frank Wijnen <f.wijnen@wo-horst-venray.nl>",
     "body": "Ik ben er de volgende keer zeker weer bij, wat een goede sessie." + IPHONE},
    {"id": "d8-oth-12", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "sender": "Esther Claassen <e.claassen@wo-tubbergen.nl>",
     "body": "I'll be there on 11 March, count me in. No topic yet though, sorry!\n\nEsther"},
    {"id": "d8-oth-13", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Robert Mol <r.mol@wo-goeree-overflakkee.nl>",
     "body": "Geacht secretariaat,\n\nGraag zou ik zitting nemen in de Adviesraad die de suggesties weegt. "
             "Ik ben zes jaar directeur van onze werkorganisatie en heb daarvoor de fusie begeleid. Tot wie kan "
             "ik mij richten?\n\nHoogachtend,\nR. Mol"},
    {"id": "d8-oth-14", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "doorgestuurd",
     "sender": "Anja Verhulst <a.verhulst@wo-heusden-vught.nl>",
     "body": "Goedemiddag,\n\nOnze directeur is tot half januari met verlof. Hij reageert na terugkomst zelf "
             "op uw oproep.\n\nMet vriendelijke groet,\nAnja Verhulst\nmanagementassistent"},
    {"id": "d8-oth-15", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Kees Jongejan <k.jongejan@wo-kaag-teylingen.nl>",
     "body": "De link naar het verslag werkt bij mij niet (ik krijg een inlogscherm). Kunt u het als bijlage "
             "sturen?\n\nKees Jongejan"},
    {"id": "d8-oth-16", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Priya Ramdin <p.ramdin@wo-capelle-krimpen.nl>",
     "body": "Zijn de gesprekken in het atelier vertrouwelijk? Ik wil een lastige kwestie met een van onze "
             "wethouders inbrengen, maar niet als dat in een verslag komt.\n\nPriya"},
    {"id": "d8-oth-17", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "sender": "Joost Hermsen <j.hermsen@wo-bergen-gennep.nl>",
     "body": "Ik heb de lijst met thema's gelezen en vind ze allemaal even belangrijk. Ik laat de keuze graag "
             "aan de Adviesraad."},
    {"id": "d8-oth-18", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Monique Lenders <m.lenders@wo-venlo-beesel.nl>",
     "body": "Beste Stan,\n\nIk heb eerder een onderwerp gestuurd maar geen bevestiging gekregen. Is mijn "
             "suggestie wel aangekomen?\n\nGroet,\nMonique"},
    {"id": "d8-oth-19", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "notes-wrote",
     "sender": "Laura Dijkstra <l.dijkstra@wo-smallingerland.nl>",
     "body": "Goedemorgen, ik moet er nog even over nadenken. Wanneer moeten de onderwerpen binnen zijn?\n\n"
             "Laura"},
    {"id": "d8-oth-20", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Vincent Lamers <v.lamers@wo-someren-asten.nl>",
     "body": "Geen onderwerp, wel een vraag: kan ik mijn plaatsvervanger ook op de verzendlijst laten zetten? "
             "Zij is vaak degene die deze vraagstukken in portefeuille heeft.\n\nVincent"},
    {"id": "d8-autoreply-01", "kind": "autoreply", "thread": T, "quoted": "oproep_themas",
     "quote": "ongemarkeerd", "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? "
     "Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "sender": "Thijs Bouma <t.bouma@wo-waadhoeke.nl>",
     "body": "Ik ben afwezig tot en met 15 januari. Voor dringende zaken kunt u contact opnemen met het "
             "bestuurssecretariaat, 0517 - 38 01 00."},
    {"id": "d8-autoreply-02", "kind": "autoreply", "thread": T, "quoted": "vervolg_atelier",
     "quote": "ongemarkeerd", "subject": "Out of office: Dank voor uw komst",
     "headers": {"Auto-Submitted": "auto-replied"}, "sender": "Sam de Wit <s.dewit@wo-rheden-rozendaal.nl>",
     "body": "Thank you for your message. I am out of the office until Monday 22 March with limited access to "
             "e-mail. Ik ben afwezig tot en met maandag 22 maart."},
    # leaving the network in answer to the call or the follow-up
    {"id": "d8-uns-01", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Arnold Pieters <a.pieters@wo-oldambt-ost.nl>",
     "body": "Beste Melanie,\n\nEen onderwerp heb ik niet meer: per 1 februari ga ik met pensioen. Wilt u mij "
             "uit het netwerk uitschrijven? Dank voor de mooie jaren.\n\nArnold Pieters"},
    {"id": "d8-uns-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "gmail", "sender": "Ilse Groen <i.groen@wo-zeewolde.nl>",
     "body": "Dit was mijn laatste atelier, ik stap over naar het Rijk. Haal me maar van de lijst.\n\nIlse"},
    {"id": "d8-uns-03", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Maarten Blom <m.blom@wo-westland-oost.nl>",
     "body": "Geacht secretariaat,\n\nIk verzoek u mijn lidmaatschap te beëindigen en op grond van artikel 17 "
             "AVG al mijn persoonsgegevens uit uw bestanden te verwijderen. Graag een bevestiging.\n\n"
             "Hoogachtend,\nM. Blom"},
    {"id": "d8-uns-04", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "sender": "Daniel Moore <d.moore@wo-wassenaar-voorschoten.nl>",
     "body": "Please take me off the members list. I'm no longer the director here as of this month.\n\n"
             "Daniel"},
    {"id": "d8-uns-05", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-nl", "sender": "Tineke Lubbers <t.lubbers@wo-eemsdelta.nl>",
     "body": "Goedemiddag,\n\nNa drie jaar neem ik afscheid van de werkorganisatie. Mijn opvolger, Bart Smid "
             "(b.smid@wo-eemsdelta.nl), neemt mijn plaats in het netwerk over.\n\nMet vriendelijke groet,\n"
             "Tineke Lubbers"},
    {"id": "d8-uns-06", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "apple", "sender": "Iris Maas <i.maas@wo-nuenen-geldrop.nl>",
     "body": "Ik wil geen mails meer ontvangen en wil dat jullie mijn gegevens wissen. Ik heb nooit om dit "
             "lidmaatschap gevraagd." + IPHONE},
    # -- Mixed intents --------------------------------------------------------------------------------------
    # leaving the network and declining the atelier in one mail: unsubscribe
    {"id": "d8-uns-07", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Wendy Claassen <w.claassen@wo-borne-hengelo.nl>",
     "body": "Beste Stan,\n\nOp 11 maart kan ik niet. Sterker nog: ik vertrek in april naar de provincie, dus "
             "schrijf me ook maar uit bij het netwerk.\n\nHartelijke groet,\nWendy Claassen"},
    {"id": "d8-uns-08", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Joris Holtkamp <j.holtkamp@wo-aalten-oost.nl>",
     "body": "helaas kan ik niet komen en eerlijk gezegd wil ik ook geen berichten van het netwerk meer "
             "ontvangen, het sluit niet aan bij wat wij doen\n\nJoris"},
    {"id": "d8-uns-09", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Helen Brookes <h.brookes@wo-texel-den-helder.nl>",
     "body": "Hi,\n\nI can't make it on the 11th, and please remove me from the network altogether - I'm "
             "leaving local government at the end of the month.\n\nAll the best,\nHelen"},
    {"id": "d8-uns-10", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Cor van Wijk <c.vanwijk@wo-zederik.nl>",
     "body": "Geacht secretariaat,\n\nHierbij bericht ik u dat ik niet aanwezig zal zijn bij het atelier. "
             "Tevens beëindig ik mijn lidmaatschap van het netwerk, nu mijn functie per 1 maart vervalt in "
             "verband met de herindeling.\n\nHoogachtend,\nC.J. van Wijk" + DISCLAIMER},
    {"id": "d8-uns-11", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Rutger Zijlstra <r.zijlstra@wo-harlingen-franeker.nl>",
     "body": "Kom niet. Wil eigenlijk ook van de lijst af, ik doe al twee jaar niet meer mee." + IPHONE},
    # an erasure request inside a decline
    {"id": "d8-uns-12", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Els Jonkman <e.jonkman@wo-hoorn-koggenland.nl>",
     "body": "Ik ben er niet bij. Daarnaast wil ik, met een beroep op de AVG, dat u mijn naam en "
             "e-mailadres uit al uw systemen verwijdert.\n\nE. Jonkman"},
    {"id": "d8-uns-13", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Gerben Kloosterman <g.kloosterman@wo-de-wolden.nl>",
     "body": "Goedemiddag,\n\nNee, ik kom niet. Ik werk hier niet meer en wil dat u dit adres en alle "
             "gegevens die u van mij heeft volledig uit uw administratie wist.\n\nG. Kloosterman"},
    {"id": "d8-uns-14", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Olivia Grant <o.grant@wo-bloemendaal.nl>",
     "body": "Won't attend. Also, under the GDPR I'd like all my personal data erased from your records, "
             "please confirm once done.\n\nOlivia Grant"},
    {"id": "d8-uns-15", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Stijn Verheul <s.verheul@wo-montferland.nl>",
     "body": "Graag mijn aanmelding voor het atelier intrekken, en meteen al mijn persoonsgegevens bij jullie "
             "laten verwijderen (AVG). Ik wil niet meer benaderd worden.\n\nStijn Verheul"},
    # an RSVP with a topic for a later atelier: the RSVP
    {"id": "d8-rsvp-01", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Marco Spijker <m.spijker@wo-oude-ijsselstreek.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nJa, ik kom.\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nNee.\n\nEn alvast voor een "
             "volgende keer: de DVO en hoe je die jaarlijks bijstelt.\n\nMarco"},
    {"id": "d8-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Sandra Roelofs <s.roelofs@wo-brummen-voorst.nl>",
     "body": "Helaas, die middag zit ik bij de provincie. Voor een volgend atelier zou ik het graag over "
             "informatiebeveiliging hebben." + IPHONE},
    {"id": "d8-rsvp-03", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Hugo Drost <h.drost@wo-midden-delfland.nl>",
     "body": "Ik ben erbij! Mag ik meteen een thema voor het najaar noemen: klantcontact via WhatsApp en "
             "chat.\n\nHugo"},
    {"id": "d8-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Natasha Volkers <n.volkers@wo-lochem-zutphen.nl>",
     "body": "Count me in. For a future session I'd suggest our position in the region, now the province is "
             "taking over more of the housing agenda.\n\nNatasha"},
    {"id": "d8-rsvp-05", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart + suggestie", "sender": "Bert Hulshof <b.hulshof@wo-raalte-olst.nl>",
     "body": "Goedemorgen,\n\nHierbij meld ik mij aan voor het Leer- en inspireer-atelier van donderdag 11 "
             "maart. Daarnaast een suggestie voor een volgende bijeenkomst: de formatie van de concernstaf.\n\n"
             "Met vriendelijke groet,\nBert Hulshof"},
    # signing up for the network with a question a person must answer: other
    {"id": "d8-oth-21", "kind": "other", "thread": None, "subject": "Lidmaatschap",
     "sender": "Hester Wagenaar <h.wagenaar@wo-ede-renswoude.nl>",
     "body": "Goedemiddag,\n\nGraag word ik lid van het netwerk. Klopt het dat ook plaatsvervangend "
             "directeuren lid kunnen worden? Mijn adjunct is er namelijk ook in geïnteresseerd.\n\nGroet,\n"
             "Hester Wagenaar"},
    {"id": "d8-oth-22", "kind": "other", "thread": None, "subject": "Joining the network",
     "sender": "James Okafor <j.okafor@wo-leiden-oegstgeest.nl>",
     "body": "Hello,\n\nI'd like to join the network. Is there a membership fee, and are the ateliers held in "
             "Dutch only?\n\nKind regards,\nJames Okafor\nDirector of Operations"},
    {"id": "d8-oth-23", "kind": "other", "thread": None, "subject": "aanmelden?",
     "sender": "Wilma Roest <w.roest@wo-putten-nijkerk.nl>",
     "body": "Ik wil me wel aanmelden, maar eerst: wat gebeurt er met mijn gegevens en wie krijgt de "
             "ledenlijst te zien?\n\nWilma Roest" + OUTLOOK_MOBILE},
    {"id": "d8-oth-24", "kind": "other", "thread": None, "subject": "Aanmelding netwerk",
     "sender": "Ahmed Bouzid <a.bouzid@wo-gouda-waddinxveen.nl>",
     "body": "Beste Stan,\n\nIk meld me graag aan als lid. Is er voor het atelier van 11 maart nog plaats? "
             "Zo niet, dan hoor ik graag wanneer het volgende is.\n\nMet vriendelijke groet,\nAhmed Bouzid"},
    # a yes plus an address change for someone else: other
    {"id": "d8-oth-25", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Margriet Timmers <m.timmers@wo-berg-en-dal.nl>",
     "body": "Beste Melanie,\n\nIk kom graag. Wilt u ook het adres van mijn collega Jan de Vries aanpassen? "
             "Zijn nieuwe adres is j.devries@gemeente-bergendal.nl; het oude vervalt per 1 maart.\n\nGroet,\n"
             "Margriet"},
    {"id": "d8-oth-26", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-lijn",
     "sender": "Roeland Baas <r.baas@wo-dordrecht-zwijndrecht.nl>",
     "body": "Ja, ik ben erbij. Onze directeur bedrijfsvoering, mevrouw Van Leeuwen, heeft sinds de "
             "migratie een nieuw mailadres: a.vanleeuwen@dzwerkt.nl. Kunt u dat in uw lijst wijzigen?\n\n"
             "Roeland Baas"},
    {"id": "d8-oth-27", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Lucas Vermeulen <l.vermeulen@wo-hilversum-oost.nl>",
     "body": "Yes, attending. By the way, my colleague Priya Sharma's address has changed to "
             "p.sharma@hilversum-werkt.nl - could you update it on your list?\n\nLucas"},
    # a decline with a substitute: rsvp, not attending
    {"id": "d8-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Geert Bosch <g.bosch@wo-oss-bernheze.nl>",
     "body": "Goedemorgen,\n\nIk kan helaas niet, maar onze adjunct-directeur Lisa Hendriks "
             "(l.hendriks@wo-oss-bernheze.nl) komt in mijn plaats.\n\nMet vriendelijke groet,\nGeert Bosch"},
    {"id": "d8-rsvp-07", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Miranda Jager <m.jager@wo-velsen-ijmond.nl>",
     "body": "ben ziek helaas. mijn collega thomas prins gaat in mijn plaats, t.prins@wo-velsen-ijmond.nl\n\n"
             "miranda"},
    {"id": "d8-rsvp-08", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Frits Lammers <f.lammers@wo-land-van-cuijk.nl>",
     "body": "Zelf ben ik verhinderd vanwege de begrotingsraad. Namens onze organisatie schuift Marco "
             "Hendrix aan, concerncontroller, m.hendrix@wo-land-van-cuijk.nl.\n\nF. Lammers"},
    {"id": "d8-rsvp-09", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Nina Claes <n.claes@wo-baarle.nl>",
     "body": "Unfortunately I can't attend. My deputy, Eva Janssens (e.janssens@wo-baarle.nl), will come "
             "instead.\n\nRegards,\nNina Claes"},
    {"id": "d8-rsvp-10", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Paul de Graaf <p.degraaf@wo-katwijk-noord.nl>",
     "body": "Ik niet, maar Joke van den Berg komt (j.vandenberg@wo-katwijk-noord.nl)." + IPHONE},
    # withdrawing a sign-up: the network (unsubscribe) or the atelier (rsvp no)
    {"id": "d8-uns-16", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Rianne Wolf <r.wolf@wo-bunnik-houten.nl>",
     "body": "Goedemiddag,\n\nIk heb me gisteren aangemeld, maar ik trek dat toch in: ik ben geen directeur "
             "maar beleidsadviseur, en het netwerk is niet voor mij bedoeld.\n\nGroet,\nRianne Wolf"},
    {"id": "d8-uns-17", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-lijn", "sender": "Thomas Kuiper <t.kuiper@wo-wierden-hellendoorn.nl>",
     "body": "Bij nader inzien trek ik mijn aanmelding in. Het netwerk sluit niet aan bij mijn functie.\n\n"
             "T. Kuiper"},
    {"id": "d8-uns-18", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "gmail", "sender": "Dewi Santoso <d.santoso@wo-rijswijk-zuid.nl>",
     "body": "Niet nodig, ik zie af van het lidmaatschap. Wilt u de aanmelding laten vervallen?\n\nDewi"},
    {"id": "d8-rsvp-11", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Ron Velthuis <r.velthuis@wo-enschede-noord.nl>",
     "body": "Beste Stan,\n\nIk moet mijn aanmelding voor 11 maart helaas intrekken; het college heeft een "
             "extra vergadering gepland.\n\nGroet,\nRon"},
    {"id": "d8-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "apple", "sender": "Sylvia Kok <s.kok@wo-weesp-gooi.nl>",
     "body": "Haal me maar van de wachtlijst, ik heb die middag inmiddels iets anders." + IPHONE},
    {"id": "d8-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Marit Brands <m.brands@wo-zuidplas.nl>",
     "body": "Beste mensen,\n\nDirk vroeg of ik in zijn plaats wilde gaan, maar ik kan die dag helaas ook "
             "niet. Ik laat het hem zelf weten.\n\nMarit Brands"},
    # a confirmation with a question: other; with a remark only: confirm
    {"id": "d8-oth-28", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Erwin Hagen <e.hagen@wo-krimpen-ouderkerk.nl>",
     "body": "Bij dezen bevestigd. Kunt u mij ook laten weten wanneer het volgende atelier is en of daar "
             "kosten aan verbonden zijn?\n\nErwin Hagen"},
    {"id": "d8-oth-29", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Fiona Walsh <f.walsh@wo-haarlemmermeer-zuid.nl>",
     "body": "Confirmed. Quick question though: can my deputy also receive the invitations, or does she need "
             "to sign up separately?\n\nFiona"},
    {"id": "d8-oth-30", "kind": "other", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "sender": "Jelle van der Velde <j.vandervelde@wo-heerenveen-noord.nl>",
     "body": "Ja, ik bevestig. Maar klopt mijn naam wel in uw bestand? Ik heet Van der Velde, niet "
             "Vandervelde. Kunt u dat aanpassen?\n\nJelle van der Velde"},
    {"id": "d8-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "sender": "Annelies Prins <a.prins@wo-lisse-hillegom.nl>",
     "body": "Ja graag! Leuk initiatief, ik had er al over gehoord van een collega uit de Bollenstreek."
             + IPHONE},
    {"id": "d8-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "sender": "Huub Gelissen <h.gelissen@wo-sittard-geleen-oost.nl>",
     "body": "Akkoord, hierbij bevestigd. Een onderwerp voor het atelier stuur ik later.\n\nMèt vriendelike groete,\n"
             "Huub Gelissen"},
    # a changed answer: the latest counts
    {"id": "d8-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Koos Dijkman <k.dijkman@wo-stadskanaal-vlagtwedde.nl>",
     "body": "Ik had afgezegd, maar het overleg met de provincie is verzet. Dus ik kom toch!\n\nKoos"},
    {"id": "d8-rsvp-15", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Nienke Terpstra <n.terpstra@wo-sudwest-fryslan.nl>",
     "body": "Vergeet mijn vorige mail: ik kan wél. Tot donderdag!\n\nNienke"},
    {"id": "d8-rsvp-16", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Rik Overbeek <r.overbeek@wo-heemskerk-beverwijk.nl>",
     "body": "Beste secretariaat,\n\nEerder gaf ik aan te komen, maar helaas ben ik die middag toch "
             "verhinderd door een bestuurlijk overleg.\n\nMet vriendelijke groet,\nRik Overbeek"},
    # a hand-over to a named successor together with a decline: unsubscribe
    {"id": "d8-uns-19", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Carla Hoogendoorn <c.hoogendoorn@wo-alblasserwaard.nl>",
     "body": "Goedemorgen,\n\nIk zal er op 11 maart niet bij zijn: ik vertrek eind februari bij de "
             "werkorganisatie. Mijn opvolger, Karin Visser (k.visser@wo-alblasserwaard.nl), neemt mijn "
             "lidmaatschap van het netwerk over.\n\nMet vriendelijke groet,\nCarla Hoogendoorn"},
    {"id": "d8-uns-20", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Peter Holt <p.holt@wo-meppel-westerveld.nl>",
     "body": "I won't be there - I'm leaving the organisation at the end of February. My successor, Pim "
             "Kuijpers (p.kuijpers@wo-meppel-westerveld.nl), will take over my place in the network.\n\n"
             "Peter Holt"},
    # a last topic and leaving the network: unsubscribe
    {"id": "d8-uns-21", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Hans Veenstra <h.veenstra@wo-achtkarspelen.nl>",
     "body": "Beste Melanie,\n\nEen laatste onderwerp van mij: de positie van kleine gemeenten in de regio. "
             "Zelf ga ik per 1 maart weg, dus na deze mail wil ik graag uitgeschreven worden.\n\nHans Veenstra"},
    {"id": "d8-uns-22", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "gmail", "sender": "Gwen Harris <g.harris@wo-noordwijk.nl>",
     "body": "One last suggestion from me: citizen participation in the digital era. After that, please "
             "unsubscribe me, I'm retiring in March.\n\nGwen"},
    # a yes with guests
    {"id": "d8-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Tom Brouwer <t.brouwer@wo-nijkerk-barneveld.nl>",
     "body": "Ik kom, samen met onze concerncontroller Hatice Yilmaz.\n\nTom Brouwer"},
    {"id": "d8-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Wendela Smit <w.smit@wo-vianen-lopik.nl>",
     "body": "Wij zijn met z'n drieën: ikzelf, mijn adjunct en de manager I&A.\n\nWendela Smit"},
    # a decline that keeps the membership
    {"id": "d8-rsvp-19", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Jan-Willem Bos <jw.bos@wo-zeist-noord.nl>",
     "body": "Ik meld me af voor 11 maart, maar blijf uiteraard lid van het netwerk.\n\nJW"},
    # questions with an act, and acts for someone else
    {"id": "d8-oth-31", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Loes Kamps <l.kamps@wo-wijchen-druten.nl>",
     "body": "Ik kan die dag niet fysiek aanwezig zijn. Is online deelnemen een volwaardige optie, of is het "
             "atelier echt bedoeld om samen in de zaal te zitten? Dan beslis ik daarna.\n\nLoes"},
    {"id": "d8-oth-32", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Menno Tolsma <m.tolsma@wo-ooststellingwerf.nl>",
     "body": "Onderwerp: de inrichting van onze archieffunctie. En een vraag: mag ik dit keer mijn "
             "adjunct meenemen, of is het atelier alleen voor directeuren?\n\nMenno"},
    {"id": "d8-oth-33", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Astrid Mulders <a.mulders@wo-roerdalen.nl>",
     "body": "Goedemiddag,\n\nIk kan helaas niet komen. Mijn voorganger, de heer Piet Rutten, staat nog op "
             "uw lijst; wilt u zijn gegevens verwijderen? Hij is vorig jaar met pensioen gegaan.\n\nGroet,\n"
             "Astrid Mulders"},
    {"id": "d8-oth-34", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-lijn",
     "sender": "Bas Ketelaar <b.ketelaar@wo-goirle-hilvarenbeek.nl>",
     "body": "Ik ben er donderdag bij. Onze oud-directeur mevrouw Stevens krijgt nog steeds jullie mails, "
             "kunnen jullie haar uitschrijven en haar gegevens wissen?\n\nBas"},
]
# fmt: on
