"""The cases of devset62 (issue 17): replies to the call for themes and the follow-up mail, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Replies to the follow-up (vervolg_atelier) carry the thread ``call_for_themes``. A reply that proposes a topic and
also says whether the writer comes is a ``suggestion`` (the topic is what the call asked for); a reply that only
says whether the writer comes is an ``rsvp``. Leaving the network and declining in one mail is ``unsubscribe``.
A proposal about the form of the ateliers (day, venue, length, online or not) is feedback: ``other``. Inline
answers carry our quoted lines in ``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

T = "call_for_themes"
CALL = "oproep_themas"
FOLLOW = "vervolg_atelier"
CALL_SUBJECT = "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
CALL_SUBJECT_BARE = "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
FOLLOW_SUBJECT = (
    'RE: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
)
FORWARDED_SUBJECT = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
SAMSUNG = "\n\nVerzonden vanaf mijn Galaxy"
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
DISCLAIMER = (
    "\n\nDe informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Gebruik door anderen is niet toegestaan. De Werkorganisatie aanvaardt geen aansprakelijkheid voor schade "
    "door onvolledige of te late overbrenging van dit bericht."
)
PRINT = "\n\nDenk aan het milieu voordat u deze e-mail print."
GRONINGS = "\n\nmoi,\nHarm Oosterhuis\ngemeentesecretaris/directeur Werkorganisatie Westerkwartier-Midden"
BRABANTS = "\n\nHoudoe,\nToon van Gestel\ndirecteur Dienst Dommelvallei-Oost"

CALL_QUESTION = (
    "> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
    "> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken?"
)
CALL_ANSWER_LINE = (
    "> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt ons\n"
    "> bij het tellen."
)
FOLLOW_QUESTION = (
    "> U bepaalt gezamenlijk de gespreksthema's van het volgende atelier. Welk vraagstuk wilt u de volgende keer\n"
    "> bespreken?"
)
FOLLOW_THANKS = (
    '> Hartelijk dank voor uw deelname aan het Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" '
    "van\n> donderdag 11 maart 2027."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- suggestion ---------------------------------------------------------------------------------------------
    {"id": "d62-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": CALL,
     "quote": "outlook-nl",
     "sender": "Ingrid Vermeulen <i.vermeulen@werkorganisatie-lingezegen.nl>",
     "body": "Beste Stan en Melanie,\n\nWat mij bezighoudt: hoe verdeel je de overhead eerlijk als één gemeente "
             "veel meer uren afneemt dan de andere twee? Onze verdeelsleutel is na zes jaar aan herziening toe.\n\n"
             "En ja, ik ben er in maart bij.\n\nMet vriendelijke groet,\nIngrid Vermeulen\ndirecteur"},
    {"id": "d62-suggestion-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": CALL, "quote": "gmail",
     "body": "hoi, voorstel: hoe meet je of inwoners van vier verschillende dorpen even goed geholpen worden aan "
             "de balie en aan de telefoon? wij hebben alleen klanttevredenheid per gemeente, niet per kanaal.\n\n"
             "kan zelf helaas niet op 11/3 (vakantie) maar vind t een goed onderwerp voor de groep" + IPHONE},
    {"id": "d62-suggestion-03", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": CALL,
     "quote": "outlook-lijn",
     "body": "Geacht secretariaat,\n\nGaarne draag ik het volgende onderwerp aan: de positie van de "
             "werkorganisatie wanneer de deelnemende gemeenten in de regio verschillende kanten op kiezen, "
             "bijvoorbeeld bij de regionale energiestrategie of de woondeal.\n\nHoogachtend,\n\n"
             "mr. drs. P.H.J. Laarakker\nalgemeen directeur Werkorganisatie Maas en Peel" + DISCLAIMER},
    {"id": "d62-suggestion-04", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": CALL, "quote": "apple",
     "body": "Twee onderwerpen:\n1. Hoe vertaal je drie verschillende coalitieakkoorden naar één "
             "meerjarenagenda van de werkorganisatie?\n2. Strategische personeelsplanning: over vijf jaar gaat "
             "een kwart van onze mensen met pensioen.\n\nGroet, Els" + IPHONE},
    {"id": "d62-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": FOLLOW,
     "quote": "outlook-nl",
     "body": "Dank voor het verslag, het was een mooie middag.\n\nVoor het volgende atelier zou ik graag praten "
             "over de overgang naar één zaaksysteem en één datawarehouse voor alle gemeenten: wie heeft dat al "
             "achter de rug en wat zou je anders doen?\n\nTot de volgende keer,\nRoel Bakker"},
    {"id": "d62-suggestion-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quote": "groupwise", "quoted": CALL,
     "body": "Onderwerp: wat doe je als één van de gemeenten overweegt uit te treden uit de GR? Wij hebben een "
             "raad die een onderzoek naar 'terug naar een eigen organisatie' heeft gevraagd. Ik kom in maart "
             "graag om dit te bespreken.\n\nA. Dijkstra\nWerkorganisatie Súdwesthoeke"},
    {"id": "d62-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": CALL, "quote": "notes",
     "body": "Goedemorgen,\n\nOnze suggesties, één per regel zoals gevraagd:\n"
             "- chatbot en digitale assistent in het klantcontactcentrum: ervaringen?\n"
             "- formatie en sturing van een shared service center binnen de werkorganisatie\n\n"
             "Met vriendelijke groet,\n\nW.G. Schoonderwoerd\ndirecteur bedrijfsvoering\nT 0348 - 55 21 90"},
    {"id": "d62-suggestion-08", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": CALL,
     "quote": "notes-wrote",
     "body": "Ik zou het graag hebben over de lange termijn: waar staat een ambtelijke fusie over tien jaar? "
             "Naar een bestuurlijke fusie toe of juist niet? Die vraag ligt bij ons stil op tafel.\n\n"
             "Kom ik zelf? Ja, ik heb het al in de agenda gezet.\n\nmvg Jeroen"},
    {"id": "d62-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": CALL,
     "quote": "outlook-en",
     "sender": "Marjolein Tuinstra <m.tuinstra@dewolden-hoogeveen.nl>",
     "body": "Hi both,\n\nTopic proposal (sorry for the English, typing between meetings): hybrid werken en "
             "huisvesting. We are consolidating three town halls into one office and the union is not amused. "
             "How did others handle that?\n\nBest, Marjolein" + OUTLOOK_IOS},
    {"id": "d62-suggestion-10", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "subject": CALL_SUBJECT,
     "body": "Beste secretariaat,\n\n" + CALL_QUESTION + "\n\nHoe maken drie gemeenten onderling "
             "afspraken over hun gezamenlijke opgaven, zodat ze niet elk apart met tegengestelde wensen bij "
             "de werkorganisatie aankloppen?\n\n" + CALL_ANSWER_LINE
             + "\n\nDat is er bij ons maar één, maar wel een grote :)\n\nGr, Hanneke"},
    {"id": "d62-suggestion-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": FOLLOW, "quote": "gmail",
     "body": "Mooi verslag!\nVolgende keer graag iets over ondernemers: één loket voor vergunningen en "
             "bedrijfscontacten voor alle kernen, hoe richt je dat in zonder dat de kleine gemeente zich "
             "tekortgedaan voelt.\n\nIk ben er dan weer bij.\nLuuk"},
    {"id": "d62-suggestion-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": CALL,
     "quote": "doorgestuurd",
     "body": "Anja, stuur je dit terug namens mij?\n\nMijn onderwerp: cybersecurity en informatieveiligheid "
             "als we voor drie colleges werken. Wie is eigenaar van het risico?\n\nIk kan er op 11 maart "
             "zelf niet bij zijn, dan zit ik in de raad.\n\nFrits"},
    {"id": "d62-suggestion-13", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": CALL, "quote": "ongemarkeerd",
     "body": "Suggestie:\nBestuurlijke prioriteiten stellen als de colleges het onderling niet eens zijn\n"
             "Gezamenlijke opgaven in de regio (jeugdzorg, wonen) en de rol van de werkorganisatie daarin\n\n"
             "Henk Meijerink"},
    {"id": "d62-suggestion-14", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": CALL_SUBJECT, "quoted": CALL, "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nwij zitten midden in de invoering van een nieuw sturingsconcept (van afdelingen "
             "naar teams met integraal management). Ik zou graag horen hoe anderen dat hebben aangepakt, vooral "
             "de rol van de teamleider.\n\nGroet,\nSaskia Brinkman\nwaarnemend directeur"},
    {"id": "d62-suggestion-15", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "subject": CALL_SUBJECT,
     "body": CALL_QUESTION + "\n\nmonitoring van prestaties in het sociaal domein: welke KPI's leggen jullie "
             "aan de colleges voor? bij ons wil elke wethouder andere cijfers.\n\ngr Bas" + SAMSUNG},
    {"id": "d62-suggestion-16", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": CALL,
     "quote": "apple",
     "body": "Ik ben er helaas niet bij op 11 maart: we zitten midden in de herijking van de dienstverlening "
             "aan inwoners en die ene donderdag is onze stuurgroep. Maar een onderwerp heb ik wel: hoe ga je om "
             "met de couleur locale als twee gemeenten in verschillende regio's samenwerken (andere GGD, andere "
             "veiligheidsregio)?\n\nSander" + IPHONE},
    {"id": "d62-suggestion-17", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": CALL,
     "quote": "outlook-lijn",
     "body": "Beste mensen,\n\nIk heb geen groot vraagstuk, wel een praktisch: de begroting en de "
             "kostentoerekening aan de deelnemers. Elk jaar weer discussie over de dekking van frictiekosten. "
             "Misschien iets voor een deelsessie?\n\nMet groet,\nGerrit Jan Kamphuis\nconcerndirecteur"
             + PRINT},
    {"id": "d62-suggestion-18", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": FOLLOW,
     "quote": "outlook-nl",
     "body": "Beste Stan,\n\nDank voor een inspirerende middag. Voor de volgende keer: een inhoudelijke agenda "
             "voor de werkorganisatie zelf. Wij zijn vooral uitvoerder van wat de colleges vragen, maar hebben "
             "we ook een eigen visie nodig? Daar wil ik graag met collega's over sparren.\n\n"
             "Hartelijke groet,\nMieke Scholten"},
    {"id": "d62-suggestion-19", "kind": "suggestion", "themes": ["dienstverlening", "samenwerking"],
     "thread": T, "quoted": CALL, "quote": "notes",
     "body": "Onderwerpen namens de directie:\n\n- Dienstverlening in de kleine kernen nu de servicepunten "
             "dichtgaan (bibliotheek, huisbezoek, mobiel loket)\n- Samenwerking met buurgemeenten buiten de "
             "fusie, bijvoorbeeld bij handhaving\n\nWij komen met twee personen.\n\nJ.M. Veldhuis-de Graaf"},
    {"id": "d62-suggestion-20", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": CALL,
     "quote": "gmail",
     "body": "arbeidsmarkt!! we krijgen geen vergunningverleners en geen ICT'ers meer, hoe houden jullie de "
             "formatie gevuld. dat is mijn thema voor maart\n\nkees"},
    {"id": "d62-suggestion-21", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": CALL,
     "quote": "outlook-en",
     "body": "Dear secretariat,\n\nI recently joined as director (I moved from Belgium, so please excuse my "
             "Dutch). A topic I would like to discuss: setting long-term priorities with four municipal "
             "boards that each have their own four-year agenda.\n\nKind regards,\nLaurens Peeters\n"
             "Werkorganisatie Baarle-Zundert"},
    {"id": "d62-suggestion-22", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "subject": FOLLOW_SUBJECT,
     "body": "> Welk vraagstuk wilt u de volgende keer bespreken?\n\nDigitalisering van werkprocessen, en dan "
             "met name de vraag hoe je AI inzet in de backoffice zonder dat de privacy in het gedrang komt.\n\n"
             "> Beantwoord deze e-mail met uw onderwerpen\n\nbij deze :)\n\nPetra van Dongen"},
    {"id": "d62-suggestion-23", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": FOLLOW, "quote": "groupwise",
     "body": "Het verslag heb ik doorgestuurd naar mijn MT. Een vervolgvraag voor het volgende atelier: hoe "
             "betrek je de gemeenteraden bij de samenwerking, zodat ze de werkorganisatie niet alleen via "
             "de begroting zien?\n\nDirk Hovenkamp"},
    {"id": "d62-suggestion-24", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": CALL, "quote": "notes-wrote",
     "body": "Goedendag,\n\nGeen tijd voor een uitgebreide toelichting maar: innovatie in dienstverlening aan "
             "instellingen (scholen, zorgaanbieders). Daar is weinig over te vinden.\n\nOf ik kom weet ik nog "
             "niet, ik laat het weten als de uitnodiging er is.\n\nmvg, R. Koster"},
    {"id": "d62-suggestion-25", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": CALL_SUBJECT_BARE, "quoted": CALL, "quote": "ongemarkeerd",
     "body": "Voorstel voor een gespreksthema: de organisatiestructuur na tien jaar fusie. Is de indeling in "
             "domeinen nog de goede, of moeten we terug naar kleinere eenheden?\n\nMet vriendelijke groet,\n"
             "Yvonne Hermans\nWerkorganisatie Eemsdelta-Noord"},
    {"id": "d62-suggestion-26", "kind": "suggestion", "themes": ["strategie", "dienstverlening"], "thread": T,
     "quoted": CALL, "quote": "outlook-nl",
     "body": "Beste Melanie,\n\nOp je vraag welke vraagstukken wij zien:\n\n"
             "a) omgevingsvisie en de bestuurlijke prioriteiten die daaruit voortkomen\n"
             "b) dienstverlening via de app: inwoners willen alles mobiel, maar wat kost dat?\n\n"
             "Ik kom zeker.\n\nGroetjes,\nAnouk"},
    {"id": "d62-suggestion-27", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": CALL,
     "quote": "outlook-lijn",
     "body": "Ik zit in het laatste jaar voor mijn pensioen en wil nog graag één onderwerp meegeven: de "
             "belangen en ambities van de deelnemende gemeenten lopen steeds verder uiteen. Hoe houd je ze bij "
             "elkaar?\n\nHartelijke groet,\nBen Reinders"},
    {"id": "d62-suggestion-28", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": FOLLOW,
     "quote": "apple",
     "body": "Vond het een fijne midag, volgnede keer wel graag over I&A. Wij moeten drie "
             "belastingapplicaties samenvoegen en het loopt niet." + IPHONE},
    {"id": "d62-suggestion-29", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": CALL, "quote": "outlook-nl",
     "body": "Dag secretariaat,\n\nOnderwerp: telefonische bereikbaarheid. Wij halen de norm (80% binnen 30 "
             "seconden) niet en de raden stellen er vragen over.\n\nIk meld me aan voor 11 maart, al weet ik "
             "nog niet of ik de hele middag kan blijven.\n\nGroet,\nTamara Wolters\nManager KCC / plv. directeur"
             + DISCLAIMER},
    {"id": "d62-suggestion-30", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": CALL,
     "quote": "notes",
     "body": "Voorstel:\nScenario's voor de toekomst van de ambtelijke fusie (tot bestuurlijke fusie aan toe)\n\n"
             "Niet als thema, alleen als opmerking: wij zitten zelf ook in een reorganisatie, maar dat wil ik "
             "liever niet bespreken.\n\nH. Bouwmeester"},
    # -- rsvp -------------------------------------------------------------------------------------------------
    {"id": "d62-rsvp-01", "kind": "rsvp", "attending": False, "thread": T, "quoted": CALL, "quote": "outlook-nl",
     "body": "Beste Stan,\n\nIk zit tot de zomer midden in de reorganisatie van het sociaal domein en de "
             "vorming van een nieuw team wijkzaken, dus op 11 maart ben ik er niet bij. Een onderwerp heb ik "
             "deze keer ook niet.\n\nGroet,\nMarloes"},
    {"id": "d62-rsvp-02", "kind": "rsvp", "attending": True, "thread": T, "quoted": CALL, "quote": "gmail",
     "body": "geen onderwerp van mijn kant, maar ik kom wel!\n\nSven" + SAMSUNG},
    {"id": "d62-rsvp-03", "kind": "rsvp", "attending": False, "thread": T, "quoted": CALL, "quote": "apple",
     "body": "Helaas, 11 maart vergadert ons algemeen bestuur over de begroting en de nieuwe "
             "dienstverleningsovereenkomst. Ik moet dus afzeggen.\n\nLieve groet, Carla" + IPHONE},
    {"id": "d62-rsvp-04", "kind": "rsvp", "attending": True, "thread": T, "quoted": CALL, "quote": "outlook-lijn",
     "body": "Geacht secretariaat,\n\nInhoudelijk heb ik niets toe te voegen aan de vier thema's; die dekken "
             "de lading goed. Wel laat ik u alvast weten dat ik op 11 maart aanwezig zal zijn.\n\n"
             "Hoogachtend,\n\ndrs. F.A.M. Timmermans\nalgemeen directeur"},
    {"id": "d62-rsvp-05", "kind": "rsvp", "attending": False, "thread": T, "quoted": CALL, "quote": "doorgestuurd",
     "body": "Anja, kun je laten weten dat ik niet kom? Ik ben die week met de colleges op werkbezoek in "
             "Denemarken (digitale dienstverlening). Dank! Frank"},
    {"id": "d62-rsvp-06", "kind": "rsvp", "attending": False, "thread": T, "quoted": CALL, "quote": "notes",
     "body": "Geachte heer Van de Laar,\n\nOp 11 maart ben ik verhinderd. In mijn plaats komt mijn "
             "plaatsvervanger, mevrouw Inge Smeets (i.smeets@werkorganisatie-geuldal.nl). Zij brengt ook het "
             "onderwerp mee dat wij eerder al doorgaven.\n\nMet vriendelijke groet,\n\nM.J. Hermans"},
    {"id": "d62-rsvp-07", "kind": "rsvp", "attending": True, "thread": T, "subject": CALL_SUBJECT,
     "body": CALL_QUESTION + "\n\nniets specifieks deze keer.\n\n> Op donderdag 11 maart 2027 organiseren wij "
             "het volgende Leer- en inspireer-atelier\n\ndaar ben ik bij, zet me maar op de lijst\n\nRob"},
    {"id": "d62-rsvp-08", "kind": "rsvp", "attending": True, "thread": T, "quoted": FOLLOW, "quote": "outlook-nl",
     "body": "Dank voor het verslag. Het volgende atelier ben ik er zeker weer bij, zet me maar alvast op de "
             "lijst.\n\nGroet,\nWillemijn Post"},
    {"id": "d62-rsvp-09", "kind": "rsvp", "attending": False, "thread": T, "quoted": CALL, "quote": "outlook-en",
     "body": "Sorry, can't make it on March 11 - we have the merger vote in two of our councils that week. "
             "Good luck with the programme!\n\nNiels" + OUTLOOK_IOS},
    {"id": "d62-rsvp-10", "kind": "rsvp", "attending": True, "thread": None, "subject": CALL_SUBJECT,
     "quoted": CALL, "quote": "groupwise",
     "body": "IK KOM. GEEN ONDERWERP.\n\nB. HOFSTEDE"},
    {"id": "d62-rsvp-11", "kind": "rsvp", "attending": False, "thread": T, "quoted": CALL, "quote": "notes-wrote",
     "body": "Goedemiddag,\n\nVorige week schreef ik nog dat ik zou komen, maar de raad heeft een extra "
             "vergadering over de organisatiestructuur op 11 maart gezet. Ik moet dus toch afzeggen, "
             "excuses.\n\nMet vriendelijke groet,\nGeert Pronk"},
    {"id": "d62-rsvp-12", "kind": "rsvp", "attending": True, "thread": T, "quoted": CALL, "quote": "ongemarkeerd",
     "body": "Ik heb geen niew vraagstuk; de samenwerking tussen de gemeenten loopt bij ons op dit moment "
             "verrassend soepel. Aanwezig ben ik wel, graag met één collega erbij (2 personen).\n\n"
             "Met vriendelijke groet,\nLidwien Smit"},
    {"id": "d62-rsvp-13", "kind": "rsvp", "attending": False, "thread": T, "quoted": FOLLOW, "quote": "gmail",
     "body": "fijn verslag. het volgende atelier kan ik niet, dan ben ik met verlof (eindelijk een sabbatical "
             "na de fusie van 2024). daarna ben ik er weer\n\ngroet joost"},
    {"id": "d62-rsvp-14", "kind": "rsvp", "attending": True, "thread": T, "quoted": CALL, "quote": "apple",
     "body": "Ja hoor, ik kom. Onderwerpen laat ik aan de anderen, ik luister deze keer vooral.\n\nG." + IPHONE},
    {"id": "d62-rsvp-15", "kind": "rsvp", "attending": False, "thread": T, "quoted": CALL, "quote": "outlook-nl",
     "body": "Beste Melanie,\n\nDe digitalisering van ons archief en de overstap naar de cloud slokken op dit "
             "moment al mijn tijd op. Op het atelier van maart moet ik daarom verstek laten gaan.\n\n"
             "Hartelijke groet,\nErik-Jan Vos\ndirecteur\n06 - 41 87 22 03" + DISCLAIMER},
    {"id": "d62-rsvp-16", "kind": "rsvp", "attending": True, "thread": T, "subject": FOLLOW_SUBJECT,
     "body": FOLLOW_QUESTION + "\n\nHeb ik nu even niet paraat.\n\n" + FOLLOW_THANKS + "\n\nGraag gedaan, het "
             "was top. Volgende keer ben ik er weer bij!\n\nMargreet"},
    {"id": "d62-rsvp-17", "kind": "rsvp", "attending": False, "thread": T, "quoted": CALL, "quote": "outlook-lijn",
     "body": "Ik moet helaas afzeggen voor maart, mijn agenda zit vol met de kadernota en de "
             "voorjaarsnota. Volgende keer beter!" + GRONINGS},
    {"id": "d62-rsvp-18", "kind": "rsvp", "attending": True, "thread": T, "quoted": CALL, "quote": "notes",
     "body": "ik kom op de 11e, en neeem onze nieuwe concerncontroller mee als dat mag (dus met z'n tweeën)\n\n"
             "Hennie"},
    # -- unsubscribe ------------------------------------------------------------------------------------------
    {"id": "d62-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": CALL,
     "quote": "outlook-nl",
     "body": "Beste Stan en Melanie,\n\nDit was mijn laatste atelier: per 1 februari ga ik met pensioen. "
             "Onderwerpen heb ik dus niet meer, en u kunt mij van de lijst halen. Dank voor alle mooie "
             "bijeenkomsten.\n\nHartelijke groet,\nAd Verhoeven"},
    {"id": "d62-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": CALL,
     "quote": "outlook-lijn",
     "body": "Geacht secretariaat,\n\nPer 1 maart vertrek ik naar de provincie. Mijn opvolger als directeur "
             "is mevrouw Lotte Jansma, l.jansma@werkorganisatie-tietjerksteradeel.nl; zij neemt mijn plaats in "
             "het netwerk over.\n\nMet vriendelijke groet,\n\nP. de Boer"},
    {"id": "d62-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": CALL,
     "quote": "gmail",
     "body": "Ik wil niet langer mails ontvangen en verzoek u op grond van de AVG al mijn gegevens te "
             "verwijderen.\n\nT. Mulder"},
    {"id": "d62-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": CALL,
     "quote": "apple",
     "body": "Ik zit midden in een overstap naar een andere functie (niet meer bij een fusieorganisatie), dus "
             "in maart ben ik er niet bij en verder ook niet meer. Graag afmelden.\n\nMaaike" + IPHONE},
    {"id": "d62-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": FOLLOW,
     "quote": "outlook-nl",
     "body": "Dank voor het verslag. Het atelier van 11 maart was voor mij het laatste: onze ambtelijke "
             "fusie wordt per 1 januari een herindeling, en daarmee hoor ik niet meer bij de doelgroep. "
             "Meldt u mij alstublieft af.\n\nMet vriendelijke groet,\nFrank Hoogland"},
    {"id": "d62-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": CALL,
     "quote": "notes",
     "body": "AFMLEDEN s.v.p.\n\nR.J. Wennekes"},
    {"id": "d62-unsubscribe-07", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": CALL,
     "quote": "outlook-en",
     "body": "Please remove me from your list and delete my personal data (right to erasure, art. 17 GDPR). "
             "I left the organisation last year.\n\nK. Visser"},
    {"id": "d62-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": CALL_SUBJECT_BARE, "quoted": CALL, "quote": "groupwise",
     "body": "Ik ben sinds december niet meer werkzaam als directeur. Mijn opvolger, de heer Bram Kuiper "
             "(b.kuiper@ambtelijkefusie-krimpenerwaard.nl), ontvangt deze mails voortaan graag in mijn plaats.\n\n"
             "Met groet,\nC. Zwart"},
    {"id": "d62-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": CALL,
     "quote": "notes-wrote",
     "body": "Goedemiddag,\n\nMet de bezuinigingen op onze organisatie en de nieuwe taakverdeling in het MT "
             "kies ik ervoor het netwerk te verlaten. Op 11 maart kom ik dan ook niet. Graag mijn lidmaatschap "
             "beëindigen.\n\nMet vriendelijke groet,\nJolanda Stam"},
    {"id": "d62-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": T, "subject": CALL_SUBJECT,
     "body": CALL_QUESTION + "\n\ngeen. ik stop ermee, wil geen mails meer.\n\n"
             "> Afmelden? Antwoord op deze e-mail met 'afmelden'\n\nafmelden dus\n\nw."},
    {"id": "d62-unsubscribe-11", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": FOLLOW,
     "quote": "gmail",
     "body": "Na mijn vertrek wil ik graag dat jullie mijn naam, adres en telefoonnummer uit alle bestanden "
             "wissen, ook uit de deelnemerslijst van het verslag. Bedankt.\n\nNora El Idrissi"},
    {"id": "d62-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": CALL,
     "quote": "ongemarkeerd",
     "body": "Beste secretariaat,\n\nMijn taak als directeur draag ik per 15 januari over aan Kim Roelofs "
             "(k.roelofs@werkorganisatie-oostgelre.nl). Wilt u haar voortaan uitnodigen in plaats van mij? Zij "
             "komt vast met goede onderwerpen.\n\nGroet,\nHarry Lubbers"},
    {"id": "d62-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": CALL,
     "quote": "doorgestuurd",
     "body": "Anja, zeg jij het even namens mij: ik meld me af voor het netwerk. Na twaalf jaar fusie-"
             "organisatie is het mooi geweest, ik ga per april met vervroegd pensioen.\n\nHans"},
    {"id": "d62-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": CALL,
     "quote": "outlook-nl", "subject": "Afmelden - RE: Welke thema's wilt u bespreken?",
     "body": "Zie onderwerp. Dank voor de afgelopen jaren.\n\nMvg,\nDennis Oud" + SAMSUNG},
    # -- other ------------------------------------------------------------------------------------------------
    {"id": "d62-other-01", "kind": "other", "thread": T, "quoted": CALL, "quote": "outlook-nl",
     "body": "Beste Stan,\n\nGeen onderwerp, wel een opmerking over de vorm: zou het atelier niet op een "
             "vrijdagochtend kunnen in plaats van donderdagmiddag? Op donderdag hebben veel van ons "
             "collegevergadering of raadsvoorbereiding.\n\nGroet,\nEvelien"},
    {"id": "d62-other-02", "kind": "other", "thread": T, "quoted": FOLLOW, "quote": "gmail",
     "body": "Dank voor het verslag. Eén punt van feedback: een middag was te kort voor drie thema's. Liever "
             "een hele dag, of twee thema's in plaats van drie.\n\nGr, Mark"},
    {"id": "d62-other-03", "kind": "other", "thread": T, "quoted": CALL, "quote": "apple",
     "body": "Is de locatie in maart weer het stadskantoor in Utrecht? Voor ons uit het noorden is dat "
             "steeds een hele reis.\n\nAnnet" + IPHONE},
    {"id": "d62-other-04", "kind": "other", "thread": T, "quoted": CALL, "quote": "outlook-lijn",
     "body": "Geacht secretariaat,\n\nHartelijk dank voor de uitnodiging om onderwerpen aan te dragen. Ik "
             "kom er vóór 21 januari op terug, ik wil het eerst in ons MT bespreken.\n\nMet vriendelijke "
             "groet,\n\nmr. A.C. van Rijswijk" + DISCLAIMER},
    {"id": "d62-other-05", "kind": "other", "thread": T, "quoted": FOLLOW, "quote": "outlook-nl",
     "body": "Beste Melanie,\n\nWat een goede middag. Vooral het gesprek over eigenheid van de dorpen heeft me "
             "aan het denken gezet. Dank aan jullie en de Adviesraad!\n\nWarme groet,\nFenna"},
    {"id": "d62-other-06", "kind": "other", "thread": T, "quoted": CALL, "quote": "notes",
     "body": "Goedemorgen,\n\nWanneer wordt het programma bekend? En kunnen we ook thema's aandragen die "
             "buiten de vier vallen?\n\nMet vriendelijke groet,\nL. Groenewegen"},
    {"id": "d62-other-07", "kind": "other", "thread": T, "quoted": CALL, "quote": "gmail",
     "body": "nu even geen onderwerp, ik denk erover na\n\njanneke"},
    {"id": "d62-other-08", "kind": "other", "thread": T, "quoted": FOLLOW, "quote": "groupwise",
     "body": "Het verslag linkt naar een pagina die bij mij niet opent (foutmelding 404). Kunt u het als "
             "pdf sturen?\n\nR. Smits"},
    {"id": "d62-other-09", "kind": "other", "thread": T, "quoted": CALL, "quote": "outlook-en",
     "body": "Suggestion about the format, not a topic: could the ateliers be hybrid? Half of my MT would "
             "join online if there was a proper Teams setup, and it saves us two hours of driving.\n\n"
             "Regards,\nTom"},
    {"id": "d62-other-10", "kind": "other", "thread": T, "quoted": CALL, "quote": "notes-wrote",
     "body": "Bij het vorige atelier (in oktober) was de zaal veel te warm en de lunch te laat. Misschien "
             "iets om op te letten.\n\nGroeten,\nIrma"},
    {"id": "d62-other-11", "kind": "other", "thread": T, "subject": CALL_SUBJECT,
     "body": CALL_QUESTION + "\n\nDaar kom ik later op terug, ik zit nu in Schiphol te wachten.\n\n"
             "> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.\n\nkan ik ook na de 21e "
             "nog iets sturen?\n\nBart" + OUTLOOK_IOS},
    {"id": "d62-other-12", "kind": "other", "thread": T, "quoted": CALL, "quote": "ongemarkeerd",
     "body": "Goedendag,\n\nWilt u mijn collega Anton Dekker afmelden en zijn gegevens verwijderen? Hij is "
             "vorige maand vertrokken.\n\nMet vriendelijke groet,\nSuzanne de Lange"},
    {"id": "d62-other-13", "kind": "other", "thread": T, "quoted": FOLLOW, "quote": "apple",
     "body": "Dank voor de mooie middag! Ik heb een vraag: mag ik het verslag delen met onze "
             "gemeenteraden, of is het alleen voor leden?" + IPHONE},
    {"id": "d62-other-14", "kind": "other", "thread": T, "quoted": CALL, "quote": "doorgestuurd",
     "body": "Anja, zet dit even in mijn map 'netwerk', daar kijk ik volgende week naar.\n\nF."},
    {"id": "d62-other-15", "kind": "other", "thread": T, "quoted": CALL, "quote": "outlook-nl",
     "body": "Beste secretariaat,\n\nKan de Adviesraad ook eens kijken naar de spreiding van de locaties? Het "
             "zou mooi zijn als een atelier bij een van de leden op locatie wordt gehouden, bijvoorbeeld in "
             "ons nieuwe gemeentehuis. Wij bieden de zaal graag aan.\n\nGroet,\nWouter Kremer"},
    {"id": "d62-other-16", "kind": "other", "thread": None, "subject": CALL_SUBJECT, "quoted": CALL,
     "quote": "outlook-lijn",
     "body": "Dit jaar geen thema van onze kant, we hebben het al druk genoeg. Succes met de "
             "voorbereiding.\n\nMet vriendelijke groet,\nMonique Aarts"},
    {"id": "d62-other-17", "kind": "other", "thread": T, "quoted": FOLLOW, "quote": "notes",
     "body": "De opzet met de tafelgesprekken beviel me goed, maar de plenaire terugkoppeling duurde te lang. "
             "Misschien een kwartier in plaats van drie kwartier?" + BRABANTS},
    {"id": "d62-other-18", "kind": "other", "thread": T, "quoted": CALL, "quote": "gmail",
     "body": "ik weet echt niet wat ik zou moeten aandragen, ik sla deze ronde oevr. groetjes Ria"},
    {"id": "d62-other-19", "kind": "other", "thread": T, "quoted": CALL, "quote": "outlook-en",
     "body": "Hallo,\n\nIs er een maximum aan het aantal onderwerpen per organisatie? En worden de namen van "
             "indieners genoemd in het programma?\n\nVr. gr.,\nDaan Vink"},
    {"id": "d62-other-20", "kind": "other", "thread": T, "quoted": FOLLOW, "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nHet gesprek over de couleur locale vond ik achteraf "
             "het beste dat we tot nu toe hadden. Complimenten aan de gespreksleider.\n\nMet vriendelijke "
             "groet,\nAstrid Maas"},
    # -- subscribe --------------------------------------------------------------------------------------------
    {"id": "d62-subscribe-01", "kind": "subscribe", "thread": T, "quoted": CALL, "quote": "outlook-nl",
     "body": "Beste Stan,\n\nMijn nieuwe collega-directeur Fleur Aalbers (f.aalbers@werkorganisatie-"
             "lingewaard.nl) zou ook graag lid worden van het netwerk. Willen jullie haar aanmelden?\n\n"
             "Groet,\nOscar"},
    {"id": "d62-subscribe-02", "kind": "subscribe", "thread": None,
     "subject": "RE: FW: " + FORWARDED_SUBJECT, "quoted": CALL, "quote": "doorgestuurd",
     "sender": "Hanna Bos <h.bos@gemeenschappelijke-werkorganisatie-dalfsen.nl>",
     "body": "Goedemorgen,\n\nDeze oproep kreeg ik doorgestuurd van een collega. Ik ben sinds kort directeur "
             "van een ambtelijke fusieorganisatie en zou graag lid worden van het netwerk.\n\n"
             "Met vriendelijke groet,\nHanna Bos"},
    {"id": "d62-subscribe-03", "kind": "subscribe", "thread": T, "quoted": FOLLOW, "quote": "gmail",
     "body": "Onze plaatsvervangend directeur, Rik Smulders (r.smulders@werkorganisatie-weert-nederweert.nl), "
             "was erbij als gast en wil graag zelf lid worden. Kunnen jullie hem inschrijven?\n\nMarja"},
    {"id": "d62-subscribe-04", "kind": "subscribe", "thread": None, "subject": "FW: Welke thema's wilt u "
     "bespreken? Leer- en inspireer-atelier 11 maart 2027", "quoted": CALL, "quote": "outlook-en",
     "body": "Hello,\n\nA colleague forwarded your call to me. I am the new director of a shared service "
             "organisation for three municipalities and would like to join the network. Please sign me up.\n\n"
             "Best regards,\nSophie Verbruggen"},
    {"id": "d62-subscribe-05", "kind": "subscribe", "thread": T, "quoted": CALL, "quote": "notes",
     "body": "Graag ook mijn collega Ilse van der Meer toevoegen aan de mailing: "
             "i.vandermeer@ambtelijkefusie-heuvelland.nl. Zij is per 1 januari mede-directeur.\n\n"
             "mvg, G. Jacobs"},
    {"id": "d62-subscribe-06", "kind": "subscribe", "thread": None,
     "subject": "Fwd: " + FORWARDED_SUBJECT, "quoted": CALL, "quote": "apple",
     "body": "Via een oud-collega kreeg ik deze mail. Ik zou graag aansluiten bij het netwerk, als directeur "
             "van een werkorganisatie voor drie gemeenten hier in het oosten. Meld me maar aan.\n\nThijs" + IPHONE},
    {"id": "d62-subscribe-07", "kind": "subscribe", "thread": T, "subject": CALL_SUBJECT,
     "body": CALL_QUESTION + "\n\nGeen vraagstuk, maar wel een nieuw lid: onze directeur dienstverlening "
             "Yasmina Bouali, y.bouali@werkorganisatie-vijfheerenlanden.nl, wil graag ook de uitnodigingen "
             "ontvangen. Meld haar maar aan.\n\nGerard"},
    {"id": "d62-subscribe-08", "kind": "subscribe", "thread": T, "quoted": CALL, "quote": "outlook-lijn",
     "subject": "Aanmelden netwerk - RE: Welke thema's wilt u bespreken?",
     "body": "Geacht secretariaat,\n\nVan mijn voorganger ontving ik deze oproep. Graag meld ik mij aan als "
             "lid van het netwerk, met dit e-mailadres.\n\nHoogachtend,\n\nir. J.W. Brouwers\n"
             "algemeen directeur Werkorganisatie Zuidkust" + PRINT},
]
# fmt: on
