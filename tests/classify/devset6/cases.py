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
]
# fmt: on
