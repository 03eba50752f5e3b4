"""The sixth labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``. A director who cannot come
but sends a substitute is an RSVP with ``attending`` False (the substitute takes the seat); a reply that changes an
earlier answer is labelled with the latest answer. Inline answers carry our quoted lines in ``body`` themselves and
no ``quoted``. A mail mixing an act with a question a person must decide is ``other``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

BLACKBERRY = "\n\nVerzonden vanaf BlackBerry Work"
OUTLOOK_MOBILE = "\n\nGet Outlook for Android"
AVG_FOOTER = (
    "\n\n*** Dit bericht is uitsluitend bestemd voor de geadresseerde(n). Is dit bericht niet voor u bestemd, "
    "verwijder het dan en meld dit aan de afzender. Wij verwerken persoonsgegevens conform de AVG. ***"
)
FRIES = "\n\nMei freonlike groetnis,\n\nSietske Hoekstra\ndirekteur Gemeenten Noardeast-Fryslân en Dantumadiel"
LIMBURG = "\n\nHaije groete,\nJo Pluijmakers\nalgemeen directeur BsGW-werkorganisatie"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "d6-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "body": "Nadat in het MT van maandag besloten is dat de directie zich meer naar buiten moet richten, en "
             "omdat ik het vorige atelier door een raadsvergadering heb moeten missen, wordt mijn deelname "
             "hierbij bevestigd.\n\nm.vr.gr.\nA.M. Brouwer"},
    {"id": "d6-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "helaas moet ik verstek laten gaan ivm begrotingsbehandeling in de raad die avond ervoor loopt "
             "altijd uit\n\ngr marco"},
    {"id": "d6-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "IK BEN ERBIJ. GRAAG EEN VEGETARISCHE LUNCH.\n\nJ. DE HAAN"},
    {"id": "d6-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nVoor het atelier wil ik mij graag inschrijven, samen met:\n"
             "- Pieter Verbeek, concerncontroller\n- Annemiek Jonker, manager bedrijfsvoering\n\n"
             "Beiden zijn lid van ons MT en hebben het vraagstuk van de kostenverdeelsleutel in portefeuille."
             "\n\nMet vriendelijke groet,\nRuud Hendriks"},
    {"id": "d6-rsvp-05", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail",
     "body": "Sorry for the late reply - ja, ik kom! Might be 30 min late though, trein vanuit Zwolle."},
    {"id": "d6-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Anja, wil je namens mij laten weten dat ik er niet bij kan zijn? Ik zit die dag in Den Haag bij "
             "de VNG-commissie.\n\nDank, Frank"},
    {"id": "d6-rsvp-07", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Beste organisatie,\n\nZelf ben ik verhinderd. In mijn plaats komt onze loco-directeur, "
             "Hanneke Bos (h.bos@werkorganisatie-bbv.nl). Zij is goed ingevoerd in de DVO-herziening.\n\n"
             "Vriendelijke groet,\nTheo Mulder"},
    {"id": "d6-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "Top, staat in de agenda" + "\n\nVerstuurd vanaf mijn iPad"},
    {"id": "d6-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Geacht secretariaat,\n\nEerder heb ik u laten weten niet te kunnen komen. Inmiddels is het "
             "overleg met GS verplaatst, zodat ik toch aanwezig kan zijn. Wilt u mijn afmelding als vervallen "
             "beschouwen?\n\nHoogachtend,\nmr. drs. E.F. Wolters"},
    {"id": "d6-rsvp-10", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl",
     "body": "Hallo,\n\nIk had me aangemeld maar er is een crisis-overleg ingepland (wateroverlast Geuldal), "
             "dus ik moet me helaas weer afmelden voor het atelier.\n\nGroet, Wim" + BLACKBERRY},
    {"id": "d6-rsvp-11", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Beste Stan,\n\nZie mijn antwoorden hieronder.\n\n> Komt u? Beantwoord deze e-mail met \"ja, "
             "ik kom\" of \"nee, helaas\".\nJa, graag.\n\n> Neemt u iemand mee, vermeld dan met hoeveel "
             "personen u komt.\nNee, ik kom alleen.\n\nGr. Dirk"},
    {"id": "d6-rsvp-12", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd",
     "body": "Nee, dit keer niet."},
    {"id": "d6-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "hoi, ik schuif aan. mijn collega uit het directieteam, karin de wit (k.dewit@odwerk.nl) komt ook "
             "mee als dat mag. groet sander"},
    {"id": "d6-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Dear all,\n\nHappy to attend. I'll be joining from the Belgian side of our cross-border shared "
             "service, so the meeting being in Dutch is fine.\n\nBest, Koen Peeters"},
    {"id": "d6-rsvp-15", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "body": "Door samenloop met de auditcommissie van de GR, waarvan ik voorzitter ben, is het mij niet "
             "mogelijk deel te nemen. Ik wens u een goede bijeenkomst." + AVG_FOOTER},
    {"id": "d6-rsvp-16", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn",
     "body": "Ik had nog niet gereageerd zie ik, excuses. Ik kom, maar kan pas na de lunch aanschuiven "
             "(ochtend B&W-vergadering).\n\nMet vriendelijke groet,\nLotte van Dam"},
    {"id": "d6-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "Leuk! ik kom, en mijn voorstel voor een thema stuur ik later nog apart." + "\n\nVerstuurd vanaf "
             "mijn iPhone"},
    {"id": "d6-rsvp-18", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl",
     "body": "Beste secretariaat,\n\nIk zou als vervanger van mijn directeur komen, maar moet nu zelf "
             "afzeggen: ziekte in het gezin. Het spijt me.\n\nGroeten,\nNadia Bouzid"},
    {"id": "d6-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Sietske Hoekstra <s.hoekstra@noardeast-fryslan.nl>",
     "body": "Goeie,\n\nIk kom graach nei it atelier.\n\nIk kom graag naar het atelier (voor wie geen Fries "
             "leest)." + FRIES},
    {"id": "d6-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Mocht ik onverhoopt toch kunnen, dan laat ik het weten, maar reken voorlopig niet op me: de "
             "reorganisatie van het sociaal domein vraagt die week al mijn aandacht."},
    # -- suggestions ----------------------------------------------------------------------------------------
    {"id": "d6-sug-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Geacht secretariaat,\n\nIn onze regio wordt sinds de herziening van de GR steeds vaker de vraag "
             "gesteld wie er eigenlijk opdrachtgever is wanneer drie colleges iets anders willen van dezelfde "
             "ambtelijke organisatie. De DVO geeft daarop geen antwoord. Hoe anderen met dat spanningsveld "
             "tussen de deelnemende gemeenten omgaan, zou ik graag als thema zien.\n\nMet vriendelijke groet,\n"
             "J.W. Kamphuis"},
    {"id": "d6-sug-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "thema: wachttijden bij het KCC. wij meten klanttevredenheid per kern en de verschillen zijn groot, "
             "zou graag horen hoe anderen dat monitoren"},
    {"id": "d6-sug-03", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Hi,\n\nSuggestion for a session: how do you get the I&A-landschap of three former municipalities "
             "into one, zonder dat de applicatiekosten exploderen? We zitten nu met drie zaaksystemen.\n\n"
             "Cheers,\nRob"},
    {"id": "d6-sug-04", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "apple",
     "body": "Dank voor de middag! Wat mij betreft gaat het een volgende keer over de lange termijn: waar staat "
             "onze werkorganisatie over tien jaar, en wie bepaalt dat eigenlijk, het bestuur of wij?" +
             "\n\nVerstuurd vanaf mijn iPhone"},
    {"id": "d6-sug-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes",
     "body": "Geacht secretariaat,\n\nMijn voorstel betreft het strategisch personeelsbeleid. Concreet:\n"
             "1. de krapte op de arbeidsmarkt bij vergunningverlening en ICT;\n"
             "2. het verschil in arbeidsvoorwaarden met de omliggende gemeenten;\n"
             "3. de vergrijzing binnen de eigen formatie.\n\nMet vriendelijke groet,\nC. Jansen"},
    {"id": "d6-sug-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise",
     "body": "WIJ ZOUDEN GRAAG PRATEN OVER DE POSITIE VAN ONZE FUSIEORGANISATIE IN DE REGIO DEAL EN TEGENOVER "
             "DE CENTRUMGEMEENTE. WIE ZIT AAN TAFEL EN NAMENS WIE?"},
    {"id": "d6-sug-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn",
     "body": "Beste Melanie,\n\nOrganisatorisch zijn we inmiddels wel klaar met de fusie, de structuur staat. "
             "Waar ik een atelier over zou willen: hoe merken ondernemers in onze vier kernen dat er een "
             "ondernemersloket is, en hoe meet je of ze er beter van worden?\n\nGroet,\nErik"},
    {"id": "d6-sug-08", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nTwee dingen die bij ons spelen en die volgens mij samenhangen:\n"
             "- een gezamenlijke meerjarenagenda voor de drie gemeenten opstellen;\n"
             "- en de vraag hoe je gezamenlijke opgaven als de woningbouw verdeelt als de belangen van de "
             "gemeenten uiteenlopen.\n\nBijvoorbeeld als een dubbel thema?\n\nMvg, Ilse"},
    {"id": "d6-sug-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes-wrote",
     "body": "Naar aanleiding van het atelier, waar het even over hybride werken ging, stel ik voor dat daar een "
             "hele sessie aan gewijd wordt: de huisvesting, de werkplekken en de vraag hoeveel kantoor een "
             "werkorganisatie met drie gemeentehuizen nog nodig heeft."},
    {"id": "d6-sug-10", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "doorgestuurd",
     "body": "Anja, stuur je dit terug namens mij?\n\nThema-voorstel: digitale dienstverlening aan inwoners die "
             "niet digitaal vaardig zijn. Hoe voorkom je dat ouderen in de kleine kernen afhaken nu de balies "
             "dicht zijn?\n\nFrank"},
    {"id": "d6-sug-11", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "body": "na de verkiezingen hebben we 3 nieuwe coalitieakkoorden met elk eigen prioriteiten. hoe maak je "
             "daar 1 inhoudelijke agenda van voor de ambtelijke organisatie? lijkt me een mooi onderwerp"},
    {"id": "d6-sug-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Good morning,\n\nFor the next atelier I'd propose: financial control in a shared service. Hoe "
             "verdeel je de overhead eerlijk over de deelnemers, and how do you keep the kosten per inwoner "
             "transparant?\n\nKind regards,\nHans Bakker\nControler"},
    {"id": "d6-sug-13", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "ongemarkeerd",
     "body": "Graag een keer het thema: hoe houd je de kleinste gemeente aangehaakt als de grote partner "
             "steeds de toon zet?"},
    {"id": "d6-sug-14", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes",
     "body": "Goedendag,\n\nWat we missen is kennis over het sturingsconcept. Wij werken met "
             "resultaatverantwoordelijke teams zonder afdelingshoofden en lopen tegen grenzen aan; hoe doen "
             "andere werkorganisaties dat?\n\nGroet, Saskia Vink" + AVG_FOOTER},
    {"id": "d6-sug-15", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "gmail",
     "body": "Hoi Stan, nog een idee voor volgend jaar: de omgevingswet en de vergunningverlening aan "
             "initiatiefnemers. Doorlooptijden zijn bij ons flink opgelopen sinds de invoering. Groet, Marije"},
    {"id": "d6-sug-16", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Jo Pluijmakers <j.pluijmakers@bsgw-werk.nl>",
     "body": "Beste,\n\nNao de lèste jaore hebbe veer vaak gezeen det de bestuurlijke prioriteite wisselen. "
             "Mien veurstel: hoe formuleer je als directeur 'n visie op de organisatie veur de lange termijn "
             "die de wisseling van colleges overleeft?" + LIMBURG},
    {"id": "d6-sug-17", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Beste mensen,\n\nMijn twee punten:\n1) samenwerking tussen de gemeenten in de aanpak van "
             "ondermijning, waarin elke burgemeester een eigen lijn heeft;\n2) de dienstverlening aan "
             "ondernemers op de bedrijventerreinen (één aanspreekpunt of niet).\n\nMvg,\nArjen Schouten"},
    {"id": "d6-sug-18", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "Onderwerp dat ik zou willen inbrengen: informatieveiligheid en de BIO in een organisatie die voor "
             "drie gemeenten werkt. Wie is verantwoordelijk bij een datalek?"},
    # -- sign-ups -------------------------------------------------------------------------------------------
    {"id": "d6-sub-01", "kind": "subscribe", "subject": "Verzoek tot deelname netwerk",
     "body": "Geachte heer, mevrouw,\n\nOnlangs is door de raden van Eemsdelta en Het Hogeland ingestemd met de "
             "vorming van een gezamenlijke uitvoeringsorganisatie, waarvan ik per 1 februari de directeur "
             "ben. Collega's wezen mij op uw netwerk, dat volgens hen waardevol is voor iemand in mijn positie. "
             "Bij dezen verzoek ik u mij als lid in te schrijven.\n\nHoogachtend,\nir. G. Hoogeveen"},
    {"id": "d6-sub-02", "kind": "subscribe", "subject": "aanmelden graag",
     "body": "ben sinds kort directeur van de werkorganisatie HLT samen en wil graag meedoen met het "
             "netwerk\n\ngr bas"},
    {"id": "d6-sub-03", "kind": "subscribe", "subject": "Aanmeldformulier",
     "body": "Hierbij het ingevulde formulier:\n\nVoornaam: Mirjam\nAchternaam: de Groot\nOrganisatie: "
             "Servicecentrum Drechtsteden\nRol: algemeen directeur\nE-mailadres: m.degroot@scdrechtsteden.nl\n"
             "Deelname ateliers: ja"},
    {"id": "d6-sub-04", "kind": "subscribe", "subject": "Nieuwe directeur Werkorganisatie Cranendonck-Heeze",
     "body": "Goedemiddag,\n\nNamens onze nieuwe algemeen directeur, de heer R. van Wijk, meld ik hem aan voor "
             "het netwerk. Zijn mailadres is r.vanwijk@wocranendonck.nl.\n\nMet vriendelijke groet,\n"
             "Petra Smulders\nbestuurssecretaris"},
    # -- confirmations --------------------------------------------------------------------------------------
    {"id": "d6-con-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "body": "Yes, confirmed. Dat was ik inderdaad."},
    {"id": "d6-con-02", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "groupwise",
     "body": "BEVESTIGD. EXCUSES VOOR DE VERTRAGING."},
    # -- leaving, erasure, hand-over ------------------------------------------------------------------------
    {"id": "d6-uns-01", "kind": "unsubscribe", "erase": False, "subject": "Afmelden van de lijst",
     "body": "Beste,\n\nOmdat ik per 1 maart de overstap maak naar een veiligheidsregio en daarmee niet langer "
             "tot de doelgroep van het netwerk behoor, wil ik u vragen mij af te melden.\n\nGroet,\nWillemijn"},
    {"id": "d6-uns-02", "kind": "unsubscribe", "erase": True, "subject": "AVG verzoek art. 17",
     "body": "Geachte heer, mevrouw,\n\nOp grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens te "
             "verwijderen uit uw bestanden en mij uit te schrijven.\n\nHoogachtend,\nK. Vermeer"},
    {"id": "d6-uns-03", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn",
     "body": "Geen thema van mijn kant, want ik ga met pensioen. Haal me z.s.m. van de mailinglijst a.u.b.\n\n"
             "Gr. Henk"},
    {"id": "d6-uns-04", "kind": "unsubscribe", "subject": "Opvolging",
     "body": "Beste Stan,\n\nPer 1 april draag ik het stokje over aan mijn opvolger, Maaike Prins "
             "(m.prins@werkorganisatie-dv.nl). Wil je mij afmelden en haar op de lijst zetten? Zij weet ervan."
             "\n\nDank!\nRené"},
    # -- auto-replies ---------------------------------------------------------------------------------------
    {"id": "d6-auto-01", "kind": "autoreply", "headers": {"Precedence": "auto_reply"},
     "subject": "Afwezig: Welke thema's wilt u bespreken?",
     "body": "Tot en met 14 augustus ben ik met vakantie en lees ik mijn mail niet. Bij spoed: "
             "bestuurssecretariaat 0522 12 34 56."},
    {"id": "d6-auto-02", "kind": "autoreply", "subject": "Out of Office / Afwezig",
     "body": "I am out of the office until Monday. Ik ben afwezig tot en met maandag, uw bericht wordt niet "
             "doorgestuurd."},
    {"id": "d6-auto-03", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Ontvangstbevestiging", "thread": I, "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "body": "Wij hebben uw bericht ontvangen. Het wordt zo spoedig mogelijk in behandeling genomen door de "
             "afdeling Bestuursondersteuning."},
    # -- other ----------------------------------------------------------------------------------------------
    {"id": "d6-oth-01", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Beste Stan,\n\nIs er parkeergelegenheid bij de locatie, of kan ik beter met de trein komen?\n\n"
             "Gr. Yvonne"},
    {"id": "d6-oth-02", "kind": "other", "subject": "Workshop aanbod",
     "body": "Dear network,\n\nWe are a consultancy specialised in shared services. Graag verzorgen wij een "
             "workshop over procesoptimalisatie tijdens een van uw ateliers. Can we schedule a call?\n\n"
             "Best regards,\nTom Evers\nEvers Consulting"},
    {"id": "d6-oth-03", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "notes",
     "body": "Dank voor het verslag. Mag ik de presentatie van de spreker doorsturen naar ons MT?\n\n"
             "Met vriendelijke groet,\nGerda"},
    {"id": "d6-oth-04", "kind": "other", "subject": "Factuur?",
     "body": "Goedemorgen, onze crediteurenadministratie vraagt of er een factuur komt voor het lidmaatschap "
             "en zo ja naar welk adres die moet. Kunt u dat t.z.t. laten weten? Mvg, Fenna"},
    {"id": "d6-oth-05", "kind": "other", "thread": W, "quoted": "welkom", "quote": "apple",
     "body": "Dank je wel voor het warme welkom!"},
    # -- first part, continued ----------------------------------------------------------------------------
    {"id": "d6-rsvp-21", "kind": "rsvp", "attending": True, "thread": I,
     "headers": {"Auto-Submitted": "auto-generated"},
     "subject": "Geaccepteerd: Leer- en inspireer-atelier",
     "body": "Joris Wijnands heeft deze uitnodiging geaccepteerd."},
    {"id": "d6-rsvp-22", "kind": "rsvp", "attending": True, "subject": "Inschrijving atelier - 2 personen",
     "body": "Goedemorgen,\n\nVia een collega hoorde ik van het komende atelier. Hierbij schrijf ik mij in, "
             "samen met mijn plaatsvervanger Bram Kok (b.kok@gemeentenbmw.nl).\n\nMet vriendelijke groet,\n"
             "Daphne Visser"},
    {"id": "d6-uns-05", "kind": "unsubscribe", "erase": False, "subject": "graag afmelden voor het netwerk",
     "body": "Zie onderwerp.\n\nMvg M. Kroon"},
    {"id": "d6-sug-19", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes-wrote",
     "body": "In antwoord op uw vraag welk onderwerp mijn voorkeur heeft, en met de kanttekening dat "
             "samenwerking met de regio bij ons minder speelt, noem ik: het opstellen van een inhoudelijke "
             "agenda die past bij de bestuurlijke prioriteiten van alle drie de colleges."},
    {"id": "d6-sug-20", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "subject": "Thema-voorstel: klantreizen in het sociaal domein", "quote": "outlook-nl",
     "body": "Zie onderwerp, we zijn er net mee begonnen en delen graag onze eerste ervaringen.\n\nGr. Nienke"},
    {"id": "d6-sug-21", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken?",
     "body": "Goedemiddag,\n\n> Welk vraagstuk rond de\n> (door)ontwikkeling van uw ambtelijke "
             "fusieorganisatie wilt u graag "
             "met collega's bespreken?\nDe "
             "digitalisering van onze werkprocessen. We hebben drie manieren van werken die nog steeds naast "
             "elkaar bestaan.\n\nMvg, Peter"},
    {"id": "d6-oth-06", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "body": "Ik kom graag, maar is het mogelijk om online deel te nemen via Teams? Ik zit die week thuis met "
             "een gebroken enkel.\n\nGroet, Anouk"},
    {"id": "d6-con-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "body": "klopt helemaal, bedankt"},
    {"id": "d6-auto-04", "kind": "autoreply", "thread": T, "quoted": "oproep_themas", "quote": "outlook-en",
     "body": "Let op: dit mailadres wordt per 1 januari niet meer gelezen. Stuur uw bericht naar "
             "info@werkorganisatie-abg.nl.\n\nDit is een automatisch gegenereerd bericht."},
    {"id": "d6-oth-07", "kind": "other", "subject": "vraagje",
     "body": "hallo, een collega van mij is teamleider bij een ambtelijke fusie, kan zij ook lid worden of is "
             "het echt alleen voor directeuren? gr. Petra"},
    # -- second part: RSVP ---------------------------------------------------------------------------------
    {"id": "d6-rsvp-23", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nOp de 11e had ik kunnen komen, maar op de nieuwe datum is er een "
             "informatieavond voor de raden over de herindelingsverkenning. Dus helaas: ik trek mijn aanmelding "
             "in.\n\nMvg,\nBert Lammers"},
    {"id": "d6-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail",
     "body": "de 18e komt mij zelfs beter uit, dus ik ben er bij"},
    {"id": "d6-rsvp-25", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Geacht secretariaat,\n\nGelet op het thema, dat bij ons door de discussie over de "
             "kostenverdeelsleutel in de GR hoog op de agenda staat, en nu ik van meerdere collega's heb "
             "vernomen dat de vorige sessie zeer de moeite waard was, meld ik mij hierbij aan voor de "
             "bijeenkomst van 11 maart.\n\nHoogachtend,\nmr. J.P. van Eck\nsecretaris-directeur"},
    {"id": "d6-rsvp-26", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Count me in. We komen met z'n drieën: ikzelf plus Ahmed Yilmaz and Lisa Hoving from our MT."
             + OUTLOOK_MOBILE},
    {"id": "d6-rsvp-27", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes-wrote",
     "body": "Dank voor de herinnering. Ik had eerst 'ja' gezegd, maar i.v.m. een spoedvergadering van het AB "
             "van de GR moet ik helaas afhaken."},
    {"id": "d6-rsvp-28", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "body": "JA IK KOM"},
    {"id": "d6-rsvp-29", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "Ik kan er zelf niet zijn want ik ben met verlof. Mijn collega Gijs Timmer, directeur "
             "bedrijfsvoering, gaat in mijn plaats; zijn adres is g.timmer@werkorganisatie-sed.nl." +
             "\n\nVerstuurd vanaf mijn iPhone"},
    {"id": "d6-rsvp-30", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nja ik kom\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\n2 personen, ik en mijn "
             "strategisch adviseur\n\ngroet\nkees"},
    {"id": "d6-rsvp-31", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "Beste Stan,\n\nNa lang wikken en wegen (het thema spreekt me echt aan) moet ik toch afzeggen: "
             "het college heeft die middag een heisessie belegd en daar kan de directeur moeilijk ontbreken."
             "\n\nGroet,\nMaarten"},
    {"id": "d6-rsvp-32", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-lijn",
     "body": "Even ter aanvulling op mijn aanmelding: ik kom iets later, rond 14.45 uur, door een eerdere "
             "afspraak in Amersfoort.\n\nMvg, Judith"},
    {"id": "d6-rsvp-33", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl",
     "body": "Beste secretariaat,\n\nDank voor de uitnodiging. Ik neem de plaats van mijn directeur graag in "
             "en kom op 11 maart.\n\nMet vriendelijke groet,\nSander Koopman\nteammanager Publiekszaken"},
    {"id": "d6-rsvp-34", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Beste secretariaat,\n\nMijn assistente stuurde mij uw uitnodiging door. Helaas moet ik "
             "afzeggen: die week wordt de voorjaarsnota in alle drie de raden behandeld.\n\nMvg, F. Kuiper"},
    {"id": "d6-rsvp-35", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "body": "Apologies, I forgot to respond. Yes, I'll be there on the 11th."},
    {"id": "d6-rsvp-36", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "helaas nee, ik zit die week in Brussel voor het Interreg-project. volgende keer beter"},
    # -- second part: suggestions --------------------------------------------------------------------------
    {"id": "d6-sug-22", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes",
     "body": "Geacht secretariaat,\n\nBinnen onze regio wordt door de provincie steeds meer verwacht dat "
             "gemeenten gezamenlijk optrekken bij de energietransitie (RES) en de woondeals, terwijl de "
             "ambities van onze drie gemeenten daarin sterk verschillen. Graag zou ik met collega's van "
             "gedachten wisselen over hoe een ambtelijke fusie daarin kan bemiddelen.\n\nMet vriendelijke "
             "groet,\nA. Hoekstra"},
    {"id": "d6-sug-23", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Topic suggestion: customer journeys voor inwoners bij verhuizing en geboorte, we're redesigning "
             "our front office and would love to learn from others.\n\nBest,\nEmma"},
    {"id": "d6-sug-24", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "ongemarkeerd",
     "body": "formatie en werkdruk. onze formatie is sinds de fusie 8% gekrompen maar de taken niet. hoe gaan "
             "anderen daarmee om"},
    {"id": "d6-sug-25", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-nl",
     "body": "Beste Stan en Melanie,\n\nMooi atelier. Voor de volgende keer zou ik willen voorstellen:\n\n"
             "* hoe bepaal je bestuurlijke prioriteiten als drie raden drie verschillende kadernota's vaststellen;"
             "\n* en wat betekent dat voor de koers van de werkorganisatie op lange termijn.\n\n"
             "Hartelijke groet,\nJoyce"},
    {"id": "d6-sug-26", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "body": "Als thema stel ik voor: data gedreven werken en de inzet van AI in de backoffice. Hoe organiseer "
             "je dat, en met welke mensen?" + "\n\nVerstuurd vanaf mijn iPhone"},
    {"id": "d6-sug-27", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn",
     "body": "Goedemiddag,\n\nWat ons bezighoudt is de vraag of de gemeenten onderling genoeg vertrouwen "
             "hebben om gezamenlijke opgaven echt gezamenlijk op te pakken, of dat ieder toch vooral zijn eigen "
             "belang bewaakt. Ik zou daar graag eens over sparren.\n\nGroet,\nThijs Verhoef" + AVG_FOOTER},
    {"id": "d6-sug-28", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise",
     "body": "Beste secretariaat,\n\nSuggestie: het meten van prestaties in de dienstverlening. Wij willen "
             "naar een dashboard per gemeente met KPI's voor afhandeltermijnen en klanttevredenheid, maar "
             "weten niet goed welke indicatoren zinvol zijn.\n\nVr. gr.\nLeo"},
    {"id": "d6-sug-29", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "Hoi,\n\nik zou het graag willen hebben over leiderschap en cultuur in de werkorganisatie. na vijf "
             "jaar fusie zijn er nog steeds 'ex-Bergse' en 'ex-Laarse' collega's. hoe creeer je 1 "
             "organisatiecultuur??\n\ngr. Mieke"},
    {"id": "d6-sug-30", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "doorgestuurd",
     "body": "Beste Stan,\n\nAnja stuurde me jullie oproep door. Graag zou ik het thema strategie voorstellen, "
             "met name de vraag hoe de ambtelijke organisatie zich positioneert in de discussie over een "
             "mogelijke bestuurlijke fusie (herindeling) en welke visie je als directeur daarop uitdraagt."
             "\n\nFrank"},
    {"id": "d6-sug-31", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "bedankt_suggestie",
     "quote": "outlook-nl",
     "body": "Graag gedaan. Er schoot me nog een onderwerp te binnen: de verhouding tussen de werkorganisatie "
             "en de andere gemeenschappelijke regelingen in de regio (omgevingsdienst, GGD, "
             "veiligheidsregio). Wie stemt wat af met wie?\n\nGroet, Ilse"},
    {"id": "d6-sug-32", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes-wrote",
     "body": "Suggestie voor een volgend atelier: de P&C-cyclus. Drie begrotingen, drie jaarrekeningen en een "
             "eigen begroting van de GR kosten ons jaarlijks enorm veel capaciteit. Wie heeft dat slimmer "
             "georganiseerd?"},
    {"id": "d6-sug-33", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes",
     "body": "Goedemorgen,\n\nIn het verlengde van de samenwerking met de buurgemeenten hebben wij ons "
             "afgevraagd of inwoners ons eigenlijk nog herkennen als 'hun' gemeente. Het thema dat ik wil "
             "voorstellen is daarom: herkenbaarheid en nabijheid van de dienstverlening in de kernen, met "
             "bijvoorbeeld een mobiel loket.\n\nMvg,\nTon"},
    {"id": "d6-sug-34", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "body": "Two topics from my side:\n1. a long-term vision: what should our organisation look like in 2035?\n"
             "2. the digital transformation of our werkprocessen en het zaakgericht werken.\n\nRegards,\nNiels"},
    {"id": "d6-sug-35", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "body": "Thema: de positie van onze werkorganisatie in de regio, nu de grote stad naast ons steeds meer "
             "regie wil over de regionale agenda." + "\n\nVerstuurd vanaf mijn iPad"},
    {"id": "d6-sug-36", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken?",
     "body": "Beste Melanie,\n\n> Welk vraagstuk rond de\n> (door)ontwikkeling van uw ambtelijke "
             "fusieorganisatie wilt u graag met collega's bespreken?\n\nInnovatie binnen de organisatie: hoe "
             "geef je medewerkers ruimte om te experimenteren zonder dat elke gemeente apart toestemming moet "
             "geven?\n\nGroet,\nHarm"},
    {"id": "d6-sug-37", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn",
     "body": "DIENSTVERLENING AAN INSTELLINGEN EN VERENIGINGEN: SUBSIDIELOKET, EVENEMENTENVERGUNNINGEN. ZOU "
             "MOOI THEMA ZIJN.\n\nGR. WILLEM"},
    {"id": "d6-sug-38", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail",
     "body": "Goedendag, in eerdere mail had ik dienstverlening genoemd maar bij nader inzien zou ik liever "
             "het thema strategie bespreken: de inhoudelijke agenda van de drie colleges op elkaar afstemmen. "
             "Wilt u mijn eerdere voorstel hierdoor vervangen? Mvg, Roos"},
    {"id": "d6-rsvp-37", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "body": "Hi both,\n\nUnfortunately I won't be able to make it on the 11th, double booked with a "
             "regional board meeting. Hope to see you next time.\n\nBest, Anna"},
    # -- second part: sign-ups -----------------------------------------------------------------------------
    {"id": "d6-sub-05", "kind": "subscribe", "subject": "Lidmaatschap netwerk directeuren",
     "body": "Dear secretariat,\n\nI recently started as director of the Werkorganisatie Montferland-"
             "Oude IJsselstreek. Ik heb begrepen dat er een netwerk is voor directeuren van ambtelijke "
             "fusies; please add me as a member.\n\nKind regards,\nSophie Willemsen"},
    {"id": "d6-sub-06", "kind": "subscribe", "subject": "AANMELDING NETWERK",
     "body": "GRAAG MELD IK MIJ AAN ALS LID. IK BEN DIRECTEUR VAN DE SAMENWERKINGSORGANISATIE BEEKDAELEN.\n\n"
             "H. SCHEEPERS"},
    {"id": "d6-sub-07", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "body": "Beste Stan,\n\nDank voor de bevestiging. Zoals gevraagd: mijn opvolger is Ingrid Bakker, "
             "bereikbaar op i.bakker@werkorganisatie-wvb.nl. Zij wil graag lid worden.\n\nGroet,\nHenk"},
    {"id": "d6-sub-08", "kind": "subscribe", "subject": "Inschrijving",
     "body": "Naam: ing. T. (Tjeerd) Dijkstra\nOrganisatie: Werkorganisatie Súdwest\nFunctie: "
             "algemeen directeur\nE-mail: t.dijkstra@sudwest-werk.nl\nOpmerking: graag ook de ateliers in de "
             "agenda"},
    {"id": "d6-sub-09", "kind": "subscribe", "subject": "Aanmelding via collega",
     "body": "Goedemorgen,\n\nIk heb van Ruud Hendriks begrepen dat ik mij bij u kan aanmelden voor het netwerk. "
             "Dat wil ik graag: ik ben sinds deze maand directeur van de ambtelijke organisatie Altena-Werkendam."
             "\n\nMet hartelijke groet,\nLianne Post"},
    {"id": "d6-sub-10", "kind": "subscribe", "subject": "Aanmelden nieuwe collega",
     "body": "Hoi,\n\nonze nieuwe algemeen directeur Koen de Bruijn (k.debruijn@werkorganisatie-gvb.nl) begint "
             "maandag, kunnen jullie hem alvast op de ledenlijst zetten? Ik ben zijn managementassistent.\n\n"
             "Groetjes, Tamara"},
    # -- second part: confirmations ------------------------------------------------------------------------
    {"id": "d6-con-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
     "body": "Hierbij bevestig ik mijn aanmelding als lid van het netwerk."},
    {"id": "d6-con-05", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "outlook-lijn",
     "body": "Ja hoor, dat klopt. Excuses, uw eerste mail was in de quarantaine van onze spamfilter beland.\n\n"
             "Groet, Mirjam" + AVG_FOOTER},
    {"id": "d6-con-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "doorgestuurd",
     "body": "Mijn assistente stuurde dit door: ja, het klopt, ik wil graag lid worden.\n\nKoen de Bruijn"},
    # -- second part: leaving, erasure, hand-over ----------------------------------------------------------
    {"id": "d6-uns-06", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Please take me off the list. I've left the werkorganisatie and this mailbox will be closed "
             "soon.\n\nThanks, Paul"},
    {"id": "d6-uns-07", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "Niet aanwezig. En ik verzoek u bovendien al mijn gegevens te wissen, ik heb geen belangstelling "
             "meer voor het netwerk.\n\nC. de Ridder"},
    {"id": "d6-uns-08", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom", "quote": "notes",
     "body": "Geacht secretariaat,\n\nMijn aanmelding berustte op een misverstand: ik ben geen directeur maar "
             "beleidsmedewerker. Wilt u mij weer uitschrijven?\n\nMet vriendelijke groet,\nE. Kramer"},
    {"id": "d6-uns-09", "kind": "unsubscribe", "subject": "Overdracht",
     "body": "Beste secretariaat,\n\nMet ingang van 1 mei ga ik met pensioen. Mijn taken als directeur worden "
             "overgenomen door Jeroen Smits (j.smits@werkorganisatie-dm.nl), die ook graag lid wordt. Wilt u "
             "mij afmelden en hem in mijn plaats inschrijven?\n\nHartelijke groet,\nWim de Graaf"},
    {"id": "d6-uns-10", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "gmail",
     "body": "dank voor alles de afgelopen jaren, dit was mijn laatste atelier. ik stop per 1 juli als "
             "directeur dus schrijf me maar uit\n\nmarja"},
    {"id": "d6-uns-11", "kind": "unsubscribe", "erase": False, "subject": "uitschrijven",
     "body": "Graag uitschrijven. Ontvang te veel mail." + BLACKBERRY},
    {"id": "d6-uns-12", "kind": "unsubscribe", "erase": True, "subject": "Remove my data",
     "body": "Hello,\n\nUnder the GDPR I request that you delete all personal data you hold about me and stop "
             "sending me emails.\n\nRegards,\nD. Janssens"},
    {"id": "d6-uns-13", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Niet voor dit atelier en ook niet voor de volgende: ik zeg mijn lidmaatschap op. Per 1 maart "
             "werk ik bij de provincie." + "\n\nVerstuurd vanaf mijn iPhone"},
    # -- second part: auto-replies -------------------------------------------------------------------------
    {"id": "d6-auto-05", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Ik ben vandaag afwezig. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u bellen met "
             "14 0488."},
    {"id": "d6-auto-06", "kind": "autoreply", "subject": "AFWEZIG",
     "body": "ik ben met zwangerschapsverlof tot 1 september. mail wordt niet gelezen."},
    {"id": "d6-auto-07", "kind": "autoreply", "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd", "headers": {"X-Autoreply": "yes"},
     "body": "Bedankt voor uw bericht. Ik ben op vakantie tot en met 3 maart en heb beperkt toegang tot mijn "
             "mail."},
    {"id": "d6-auto-08", "kind": "autoreply", "subject": "Automatic reply: Welke thema's wilt u bespreken?",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "I'm currently on leave with limited access to email. For urgent matters please contact "
             "bestuurssecretariaat@gemeente-ov.nl."},
    {"id": "d6-auto-09", "kind": "autoreply", "subject": "Uw bericht is ontvangen",
     "headers": {"Precedence": "bulk"},
     "body": "Dit is een automatisch antwoord. Uw e-mail aan de gemeente is geregistreerd onder nummer "
             "2027-004512. Reageer niet op dit bericht."},
    {"id": "d6-auto-10", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Op maandag en vrijdag ben ik niet aanwezig. Uw bericht lees ik op de eerstvolgende werkdag."},
    # -- second part: other --------------------------------------------------------------------------------
    {"id": "d6-oth-08", "kind": "other", "subject": "collega vertrokken",
     "body": "Beste,\n\nIk zag dat u nog mail stuurt naar Hans Bergsma. Hij werkt hier niet meer; weet niet wie "
             "zijn opvolger wordt, dat beslist het bestuur nog.\n\nGroet,\nreceptie gemeentehuis"},
    {"id": "d6-oth-09", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "outlook-nl",
     "body": "Jammer! Is er al een idee wanneer de nieuwe datum wordt?\n\nGroet, Joke"},
    {"id": "d6-oth-10", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Goedemiddag,\n\nIk heb op dit moment geen thema, maar ik vraag me af of het netwerk ook open "
             "staat voor gemeenten die een ambtelijke fusie overwegen maar nog niet zijn gestart. Wij zitten "
             "in de verkenningsfase.\n\nMvg, Dennis"},
    {"id": "d6-oth-11", "kind": "other", "subject": "Adviesraad netwerk",
     "body": "Beste mensen,\n\nAls de Adviesraad nog een lid zoekt, stel ik mij graag beschikbaar. Ik heb "
             "ervaring met twee fusietrajecten. Hoe kan ik mij kandidaat stellen?\n\nGr. Olaf"},
    {"id": "d6-oth-12", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
     "body": "Ik kom graag, en ik wil me tegelijk afmelden voor de nieuwsbrief van de organisator, maar niet "
             "voor het netwerk zelf. Kan dat apart?"},
    {"id": "d6-oth-13", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "apple",
     "body": "Dank voor de fijne jaren en veel succes met het netwerk!" + "\n\nVerstuurd vanaf mijn iPhone"},
    {"id": "d6-oth-14", "kind": "other", "subject": "Stage onderzoek",
     "body": "Hallo,\n\nIk ben student bestuurskunde en schrijf mijn scriptie over ambtelijke fusies. Zou ik "
             "een atelier mogen bijwonen als toehoorder, of enkele directeuren mogen interviewen?\n\n"
             "Met vriendelijke groet,\nLars"},
    {"id": "d6-oth-15", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-en",
     "body": "Thanks for the report! The link to the verslag seems broken though, ik krijg een 404."},
    {"id": "d6-oth-16", "kind": "other", "subject": "Wijziging e-mailadres?",
     "body": "Goedemorgen,\n\nOnze organisatie krijgt een nieuw domein. Moet ik mijn nieuwe adres zelf "
             "doorgeven of gaat dat automatisch? En blijven mijn aanmeldingen voor ateliers dan staan?\n\n"
             "Mvg, Carla"},
    {"id": "d6-oth-17", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "groupwise",
     "body": "Wat kost deelname aan het atelier? Onze controller wil dat vooraf weten voordat ik mij "
             "aanmeld."},
]
# fmt: on
