"""The cases of devset32 (issue 17), each labelled as the secretariat should treat it.

Replies to our follow-up mail (vervolg_atelier) and to the thank-you for a suggestion carry the thread
``call_for_themes``. A secretary's RSVP for their director is that director's RSVP; a secretary's sign-up, leave,
erasure or address change for the director is ``other`` (it has consequences for someone else), also when the
director asked for it and is in CC. A substitute sent in the director's place is an RSVP with ``attending`` False;
a changed answer gets the latest one. Leaving and declining in one mail is an unsubscribe; an erasure request
anywhere, also beside a question or a decline, is an unsubscribe with ``erase`` True. Inline answers carry our
quoted lines in ``body`` and no ``quoted``.
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
GALAXY = "\n\nVerzonden vanaf mijn Galaxy"
OUTLOOK_IOS = "\n\nDownload Outlook voor iOS<https://aka.ms/o0ukef>"
ANDROID_NL = "\n\nVerzonden vanuit Outlook voor Android"
IPAD_EN = "\n\nSent from my iPad"
DISCLAIMER = (
    "\n\n-----------------------------------------------------------------------------------------------\n"
    "Dit e-mailbericht is alleen bestemd voor de geadresseerde(n). Indien u dit bericht onbedoeld heeft "
    "ontvangen, verzoeken wij u het te verwijderen en de afzender te informeren. Aan dit bericht kunnen geen "
    "rechten worden ontleend. De werkorganisatie aanvaardt geen aansprakelijkheid voor schade als gevolg van "
    "virussen of onjuiste overbrenging van gegevens."
)
DISCLAIMER_SHORT = (
    "\n\nDenk aan het milieu voordat u deze e-mail print. | Werkorganisatie Vlietmonde werkt met een "
    "thuiswerkdag op vrijdag."
)
AUTO = {"Auto-Submitted": "auto-replied"}
AUTO_X = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

SEC_VLIET = "Petra Zoetemelk | Werkorganisatie Vlietmonde <p.zoetemelk@vlietmonde.nl>"
SEC_HEUVEL = "Secretariaat directie Heuvelrand-Zuid <secretariaatdirectie@heuvelrand-zuid.nl>"
SEC_ZWIN = "Ilse Brouwers <i.brouwers@zwinkust.nl>"
SEC_POLDERS = "Managementondersteuning | De Drie Polders <directiesecretariaat@driepolders.nl>"
SEC_VEEN = "Jolanda Wessels-Ramdin <j.wessels@veenhorst.nl>"
SEC_OOSTER = "Tineke Dol <t.dol@oostermeer.nl>"
SEC_AADOM = "Karin Lodewijks <k.lodewijks@aa-dommelland.nl>"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP ------------------------------------------------------------------------------------------------
    {"id": "d32-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": SEC_VLIET,
     "body": "Geacht secretariaat,\n\nNamens mevrouw drs. H.J. (Hennie) Wolters-Brink, algemeen directeur van "
             "de Werkorganisatie Vlietmonde, laat ik u weten dat zij op 11 maart aanwezig zal zijn bij het "
             "Leer- en inspireer-atelier. Mevrouw Wolters heeft de middag in haar agenda vrijgehouden en "
             "verwacht er rond kwart voor twee te zijn.\n\nMet vriendelijke groet,\n\nPetra Zoetemelk\n"
             "managementassistent directie\nWerkorganisatie Vlietmonde\nT 0172 - 58 44 10" + DISCLAIMER_SHORT},
    {"id": "d32-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": SEC_ZWIN,
     "body": "Beste Stan en Melanie,\n\nDhr. Kuipers kan er op 11 maart helaas niet bij zijn, die middag "
             "vergadert het AB van de GR. Hij wenst jullie een mooie bijeenkomst.\n\nGr. Ilse\n\n"
             "Ilse Brouwers | secretaresse algemeen directeur | Werkorganisatie Zwinkust | 0117 - 45 20 00"},
    {"id": "d32-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Gerard Ploeg <g.ploeg@driepolders.nl>",
     "body": "Geachte heer Van de Laar, beste Stan,\n\nDank voor de uitnodiging en voor de zorg die ik weer "
             "in de voorbereiding lees. Het vraagstuk raakt precies aan waar wij in De Drie Polders mee "
             "worstelen sinds de raden van Westerpolder en Kralingerwaard in het najaar elk een eigen koers "
             "zijn gaan varen in het sociaal domein; ik ben er de 11e dan ook graag bij en breng, als u dat "
             "op prijs stelt, een korte casus mee over onze dienstverleningsovereenkomst. Past dat niet in "
             "het programma, dan hoor ik dat vanzelf.\n\nMet hartelijke groet,\n\nGerard Ploeg\n"
             "algemeen directeur Werkorganisatie De Drie Polders"},
    {"id": "d32-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Ja hoor ik kom" + IPHONE},
    {"id": "d32-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "nee sorry, zit die week in Brussel (CvdR)" + GALAXY},
    {"id": "d32-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Roel Verschuur <r.verschuur@heuvelrand-zuid.nl>",
     "body": "Anja, deze pak ik mee. Zet je hem in mijn agenda?\n\nSecretariaat: bij dezen mijn aanmelding "
             "voor de 11e.\n\nRoel" + OUTLOOK_IOS},
    {"id": "d32-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": SEC_VEEN,
     "body": "Goedemiddag,\n\nNamens de heer Van Tongeren meld ik hem aan voor het atelier op 11 maart. Hij "
             "neemt de strategisch adviseur van de directie mee, mevrouw Femke Dijkhuis; dus in totaal twee "
             "personen.\n\nMet vriendelijke groet,\nJolanda Wessels-Ramdin\nDirectiesecretariaat "
             "Werkorganisatie Veenhorst" + DISCLAIMER},
    {"id": "d32-rsvp-08", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": SEC_ZWIN,
     "body": "Goedemorgen,\n\nMevrouw De Graaf is op 11 maart verhinderd. In haar plaats komt de adjunct-"
             "directeur, de heer Youssef El Amrani (y.elamrani@zwinkust.nl)."
             "\n\nVriendelijke groet,\nIlse Brouwers"},
    {"id": "d32-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": SEC_AADOM,
     "body": "Beste secretariaat,\n\nVorige week heb ik namens de heer Brands laten weten dat hij niet kon "
             "komen. Zijn overleg met de provincie is inmiddels verplaatst, dus hij komt nu toch graag naar "
             "het atelier. Excuus voor het heen en weer.\n\nHartelijke groet,\nKarin Lodewijks\n"
             "management assistent | Werkorganisatie Aa-Dommelland"},
    {"id": "d32-rsvp-10", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl",
     "body": "Dank voor het bericht. Haal mij dan maar van de wachtlijst, ik heb de middag inmiddels anders "
             "ingevuld.\n\nGroet,\nHenk-Jan Zuidema"},
    {"id": "d32-rsvp-11", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Hannah Visser-Obi <h.visser-obi@kempenland-oost.nl>",
     "body": "Dear all,\n\nUnfortunately I won't be able to make it on the 11th - it clashes with our budget "
             "debate in the council. Looking forward to the report.\n\nKind regards,\nHannah Visser-Obi\n"
             "Managing Director | Werkorganisatie Kempenland-Oost"},
    {"id": "d32-rsvp-12", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Ik ben erbij.\n\nM. Schuitemaker"},
    {"id": "d32-rsvp-13", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, "
             "vermeld dan met hoeveel\n> personen u komt.\n\nJa, ik kom. Met 1 collega: Bart Hesselink, "
             "concerncontroller.\n\n> Graag uw antwoord vóór 2 maart 2027.\n\nRuim op tijd dus :-)\n\nWim"},
    {"id": "d32-rsvp-14", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "C.A.M. Rijnders <c.rijnders@oostermeer.nl>",
     "body": "Geacht secretariaat,\n\nIn antwoord op uw uitnodiging deel ik u mede dat ondergetekende wegens "
             "een eerder aangegane verplichting, de jaarlijkse heidag van het college van Oostermeer, op 11 "
             "maart niet in de gelegenheid is het atelier bij te wonen. Ik betreur dat, gelet op het "
             "onderwerp, en zie het verslag met belangstelling tegemoet.\n\nHoogachtend,\n\n"
             "mr. C.A.M. Rijnders\ngemeentesecretaris / algemeen directeur"},
    {"id": "d32-rsvp-15", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": SEC_HEUVEL,
     "body": "Goedemorgen,\n\nMevr. Lammers moet helaas afzeggen voor het atelier, zij is ziek.\n\n"
             "Met vriendelijke groet,\nSecretariaat directie Heuvelrand-Zuid"},
    {"id": "d32-rsvp-16", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Ben er. Kom met de trein dus iets na tweeën binnen" + IPHONE},
    {"id": "d32-rsvp-17", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "body": "Sorry, moet toch afhaken voor donderdag: crisisoverleg over de aanbesteding jeugdzorg. Geef mijn "
             "plek maar aan iemand van de wachtlijst.\n\nGroet,\nLisanne"},
    {"id": "d32-rsvp-18", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl",
     "body": "Jammer, met de nieuwe datum lukt het mij niet meer: 18 maart zit ik met het gezin in Oostenrijk.\n"
             "\nMvg,\nErik Dorgelo"},
    {"id": "d32-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail",
     "body": "18 maart past mij ook prima, ik blijf gewoon aangemeld. Provinciehuis weet ik te vinden.\n\nBram"},
    {"id": "d32-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Marieke Oudshoorn <m.oudshoorn@vlietmonde.nl>",
     "body": "Dank, ik neem de plek van Dirk graag in en kom zonder gast.\n\nMarieke Oudshoorn\n"
             "adjunct-directeur"},
    {"id": "d32-rsvp-21", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-lijn",
     "body": "Beste mensen,\n\nIk kan toch niet in de plaats van Dirk komen; er ligt die dag een "
             "bestuursopdracht die af moet. Er is bij ons verder niemand die kan invallen.\n\nGroet,\nSanne"},
    {"id": "d32-rsvp-22", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": SEC_POLDERS,
     "headers": {"Cc": "Gerard Ploeg <g.ploeg@driepolders.nl>"},
     "body": "Beste secretariaat,\n\nDe heer Ploeg (in cc) komt op 11 maart naar Utrecht. Hij komt alleen.\n\n"
             "Met vriendelijke groet,\nAnneloes van Wijk\nManagementondersteuning De Drie Polders"},
    {"id": "d32-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "Graag 2 plekken: ikzelf en Iris Mol (i.mol@veenhorst.nl), zij volgt mij per 1 juni op en dit "
             "lijkt me een mooie kennismaking." + IPHONE},
    {"id": "d32-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Count me in! Tot de 11e.\n\nDaan" + IPAD_EN},
    {"id": "d32-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": SEC_OOSTER,
     "body": "Geachte heer, mevrouw,\n\nIn opdracht van de directeur bedrijfsvoering, de heer ir. T. Bosch, "
             "bericht ik u dat hij tot zijn spijt geen gebruik kan maken van uw uitnodiging voor het atelier "
             "van 11 maart. Die dag is hij met de gemeenteraad van Oostermeer op werkbezoek.\n\n"
             "Hoogachtend,\nT. Dol\nsecretariaat directie" + DISCLAIMER},
    {"id": "d32-rsvp-26", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Deze sla ik over, de reorganisatie vraagt nu alle aandacht. Zeg je het even af namens mij?\n\n"
             "Frank\n\n(secretariaat netwerk: dus helaas niet)"},
    {"id": "d32-rsvp-27", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Jeroen Baldewsingh <j.baldewsingh@aa-dommelland.nl>",
     "body": "Geachte organisatoren,\n\nHet vraagstuk van de couleur locale is bij ons, met vier "
             "gemeentebesturen en evenzoveel coalitieakkoorden, bepaald geen theoretische kwestie. Ik zal er, "
             "zoals het er nu naar uitziet, met genoegen bij zijn; wel moet ik om half vijf weg voor een "
             "raadsinformatiebijeenkomst in Dommelbeek, dus de afsluiting mis ik. Ik hoop op uw begrip.\n\n"
             "Met vriendelijke groet,\n\nJeroen Baldewsingh\nalgemeen directeur\n06 - 41 77 20 93"},
    {"id": "d32-rsvp-28", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Hoi,\n\nWe zijn hier sinds januari met z'n tweeën directeur. Ik kom in elk geval; mijn "
             "collega-directeur meldt zich zelf nog.\n\nGroet,\nNadia Boukhari"},
    {"id": "d32-rsvp-29", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Office of the Director <directie@kempenland-oost.nl>",
     "body": "Good morning,\n\nOn behalf of Mr. Jansen: he will attend the atelier on 11 March and will bring "
             "one guest.\n\nBest regards,\nLaura Peeters\nExecutive assistant"},
    {"id": "d32-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "subject": "Afmelding atelier 11 maart",
     "body": "Goedemiddag,\n\nIk meld mij af voor het atelier: dubbele boeking die ik niet kan verzetten.\n\n"
             "Met vriendelijke groet,\nW. van Essen"},
    {"id": "d32-rsvp-31", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "Afmelden voor de 11e graag. Blijf wel lid hoor!" + IPHONE},
    {"id": "d32-rsvp-32", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart - Jorritsma",
     "body": "Goeie,\n\nHjirby meld ik mij aan voor het atelier van 11 maart in Utrecht. De uitnodiging zelf "
             "kan ik niet meer terugvinden, vandaar een los mailtje.\n\nMei freonlike groetnis,\n\n"
             "Sjoerd Jorritsma\ndirekteur Wurkorganisaasje Greidhoeke"},
    {"id": "d32-rsvp-33", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Mieke Janssen <m.janssen@lindewaard.nl>",
     "body": "Dhr. Aksoy komt 11/3. Gr Mieke (secr.)" + GALAXY},
    {"id": "d32-rsvp-34", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": SEC_VEEN,
     "body": "Geacht secretariaat,\n\nAllereerst dank voor de uitnodiging, die mevrouw Jager met belangstelling "
             "heeft gelezen. Helaas valt het atelier, zoals u wellicht al vermoedde, samen met de behandeling "
             "van de voorjaarsnota in de raad van Veenhorst, zodat zij er op 11 maart niet bij kan zijn; zij heeft "
             "mij gevraagd u te laten weten dat zij het onderwerp zeer belangrijk vindt en het verslag graag "
             "ontvangt. Een volgende keer hoopt zij wel aan te schuiven.\n\nMet vriendelijke groet,\n"
             "Jolanda Wessels-Ramdin\nDirectiesecretariaat Werkorganisatie Veenhorst" + DISCLAIMER},
    # -- Unsubscribe -----------------------------------------------------------------------------------------
    {"id": "d32-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afscheid", "sender": "Ton Hermsen <t.hermsen@maasdal-heuvelland.nl>",
     "body": "Geacht secretariaat, beste Stan en Melanie,\n\nPer 1 mei aanstaande neem ik, na ruim zeven jaar, "
             "afscheid van de Werkorganisatie Maasdal-Heuvelland. Het netwerk heeft mij in die jaren veel "
             "gebracht: de ateliers waren voor mij een van de weinige plekken waar je vrijuit over de "
             "dilemma's van dit vak kon praten, en daarvoor wil ik u hartelijk danken. Wilt u mij met ingang "
             "van die datum uit het ledenbestand halen? Over mijn opvolging heeft het bestuur nog geen besluit "
             "genomen; de nieuwe directeur meldt zich te zijner tijd ongetwijfeld zelf bij u.\n\n"
             "Met vriendelijke groet,\n\nTon Hermsen\nalgemeen directeur" + DISCLAIMER},
    {"id": "d32-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap netwerk",
     "body": "Beste secretariaat,\n\nMijn opvolger, Marloes Tichelaar (m.tichelaar@oostermeer.nl), neemt per "
             "1 april mijn plaats in het netwerk in. Ik heb haar al over de ateliers verteld.\n\n"
             "Hartelijke groet,\nRené Kloosterboer"},
    {"id": "d32-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nOp 11 maart kom ik niet. Eerlijk gezegd wil ik ook van de ledenlijst af: na de "
             "ontvlechting van onze GR ben ik geen directeur van een fusieorganisatie meer, dus het heeft weinig "
             "zin.\n\nMet vriendelijke groet,\nHarm Lubbers"},
    {"id": "d32-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek uitschrijving en verwijdering gegevens",
     "body": "Geacht secretariaat,\n\nGraag schrijf ik mij uit als lid van het netwerk. Tevens verzoek ik u, op "
             "grond van artikel 17 AVG, alle persoonsgegevens die u van mij verwerkt te verwijderen. Kunt u mij "
             "laten weten wanneer dat is gebeurd, en of mijn gegevens ooit aan derden zijn verstrekt?\n\n"
             "Met vriendelijke groet,\n\ndrs. E.M. Tjin-A-Lim\nvoormalig directeur Werkorganisatie Kempenland-Oost"},
    {"id": "d32-unsubscribe-05", "kind": "unsubscribe", "erase": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "gmail",
     "body": "Ik kan niet komen. Los daarvan: verwijder alstublieft al mijn gegevens uit uw systemen, ik wil "
             "niet langer benaderd worden.\n\nJ. Hoekman"},
    {"id": "d32-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "body": "graag afmelden voor deze lijst, ben geen directeur meer" + IPHONE},
    {"id": "d32-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Beste secretariaat,\n\nGeen thema's van mijn kant dit keer: per 1 februari ga ik met pensioen. "
             "Ik meld mij dan ook af als lid van het netwerk. Het ga jullie goed!\n\nGerrit Scholten"},
    {"id": "d32-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Unsubscribe",
     "body": "Hello,\n\nPlease take me off your mailing list - I'm no longer with the municipality as of this "
             "month.\n\nThanks,\nMark de Bruijn"},
    {"id": "d32-unsubscribe-09", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Dear secretariat,\n\nUnder the GDPR I ask you to erase all personal data you hold about me. Please "
             "also unsubscribe me from the network.\n\nRegards,\nS. Koningsberger"},
    {"id": "d32-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Opzegging lidmaatschap",
     "body": "Ik stop met het netwerk. Het lukt me al twee jaar niet meer om te komen en dan is het zonde om "
             "lid te blijven.\n\nGroeten,\nPaulien Smeets\nWerkorganisatie Aa-Dommelland"},
    {"id": "d32-unsubscribe-11", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "herinnering_atelier",
     "quote": "groupwise",
     "body": "Geacht secretariaat,\n\nHierbij verzoek ik u mijn lidmaatschap te beëindigen en mijn gegevens "
             "(naam, e-mailadres, functie) uit al uw bestanden te verwijderen. Uiteraard kom ik dan ook niet "
             "naar het atelier.\n\nHoogachtend,\nA.J. Wassenberg"},
    {"id": "d32-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "lidmaatschap", "sender": "Rob Kuijpers <rob.kuijpers@gemeente-zandmeer.nl>",
     "body": "Dag allen,\n\nSinds deze maand ben ik gemeentesecretaris van Zandmeer, een gemeente zonder "
             "ambtelijke fusie. Daarom beëindig ik mijn lidmaatschap; het was me een genoegen.\n\n"
             "Rob Kuijpers"},
    {"id": "d32-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail",
     "body": "Wil niet meer gemaild worden door jullie, niet over dit atelier en ook niet over de volgende. "
             "Uitschrijven graag." + GALAXY},
    {"id": "d32-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Wisseling directie Werkorganisatie Brederode-Holt",
     "body": "Geacht secretariaat,\n\nNa vier bewogen jaren, waarin de werkorganisatie van twee naar drie "
             "deelnemende gemeenten groeide en de huisvesting in Holtwijk werd afgerond, draag ik met ingang "
             "van 1 februari het stokje over. Mijn opvolger, de heer drs. P.J. (Pieter) Haverkamp, is door "
             "het bestuur benoemd voor een periode van ten minste twee jaar; ik verzoek u mijn lidmaatschap "
             "op hem over te laten gaan. Zijn e-mailadres is p.haverkamp@brederode-holt.nl. Ik heb hem "
             "verteld hoeveel ik aan de ateliers heb gehad.\n\nMet vriendelijke groet,\n\n"
             "ing. M.A. Vreugdenhil\nalgemeen directeur Werkorganisatie Brederode-Holt"},
    {"id": "d32-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl",
     "body": "Oei, dat was een vergissing van mijn kant: ik wilde mij alleen oriënteren. Haal me er maar weer "
             "af.\n\nGr, Dennis"},
    {"id": "d32-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke "
             "fusieorganisaties.\n> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar "
             "info@ambtelijkefusie.nl.\n\nAfmelden dus. Niet alleen voor de 11e, voor alles.\n\nHenriëtte"},
    {"id": "d32-unsubscribe-17", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Mijn gegevens",
     "body": "Welke gegevens hebben jullie eigenlijk van mij en waar komen die vandaan? Ik wil dat alles "
             "gewist wordt en ik wil geen mail meer ontvangen.\n\nB. Öztürk" + ANDROID_NL},
    {"id": "d32-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Frans Luiten <f.luiten@waterrijk-noord.nl>",
     "body": "Geacht secretariaat,\n\nVoor het atelier van 11 maart moet ik helaas bedanken. Sterker nog: na "
             "rijp beraad heb ik besloten mijn lidmaatschap van het netwerk op te zeggen. De werkorganisatie "
             "Waterrijk Noord gaat per 1 januari op in de heringedeelde gemeente, en daarmee vervalt de reden "
             "van mijn deelname. Ik dank u voor de prettige samenwerking.\n\nMet vriendelijke groet,\n\n"
             "F.W. Luiten\nalgemeen directeur" + DISCLAIMER},
    {"id": "d32-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Uitschrijven netwerk - J. Veldkamp",
     "body": "Zie onderwerp.\n\nJ. Veldkamp"},
    {"id": "d32-unsubscribe-20", "kind": "unsubscribe", "erase": True, "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl",
     "body": "Dank voor de bevestiging. Wilt u ook mijn persoonsgegevens wissen, conform de AVG?\n\n"
             "Met vriendelijke groet,\nCorine Haak"},
    {"id": "d32-unsubscribe-21", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Pensioen",
     "body": "Ik ga per 1/3 met pensioen, wil je me van de ledenlijst halen? Dank voor alles en veel succes "
             "met het netwerk!" + IPHONE},
    {"id": "d32-unsubscribe-22", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "leaving",
     "body": "Hi, I'm leaving the organisation at the end of this month, please unsubscribe me. Mijn opvolger "
             "is nog niet bekend, die meldt zich later wel.\n\nCheers,\nNiels"},
    {"id": "d32-unsubscribe-23", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Kom niet donderdag en wil ook geen lid meer zijn, ik ga weg bij de gemeente. Succes!" + IPHONE},
    {"id": "d32-unsubscribe-24", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Hi,\n\nI won't attend on the 11th. Also, please delete my personal data under the GDPR and take "
             "me off the list. Out of interest: who else has access to your member list?\n\nRegards,\n"
             "Kevin Asante"},
    # -- Subscribe -------------------------------------------------------------------------------------------
    {"id": "d32-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Aansluiting bij het netwerk",
     "sender": "Wendelien Groenewegen <w.groenewegen@duinenkust.nl>",
     "body": "Geacht secretariaat,\n\nSinds 1 september ben ik algemeen directeur van de Werkorganisatie "
             "Duinenkust, waarin de gemeenten Strandwijk, Helmdorp en Kooiland hun ambtelijke apparaat hebben "
             "samengebracht. Een collega uit de regio wees mij op uw netwerk en omdat ik merk hoe weinig "
             "plekken er zijn om met vakgenoten over de eigen dilemma's van een ambtelijke fusie te spreken, "
             "meld ik mij graag als lid aan. Mijn contactgegevens vindt u hieronder; mijn managementassistent "
             "is voor de agenda bereikbaar op 0252 - 41 10 00.\n\nMet vriendelijke groet,\n\n"
             "Wendelien Groenewegen\nalgemeen directeur Werkorganisatie Duinenkust\n06 - 22 81 45 03"},
    {"id": "d32-subscribe-02", "kind": "subscribe", "thread": None, "subject": "aanmeldformulier",
     "body": "Naam: Johan Bierman\nFunctie: directeur\nOrganisatie: Werkorganisatie Veenhorst\n"
             "E-mail: j.bierman@veenhorst.nl\nTelefoon: 0522 - 27 30 00\n\nIk wil graag lid worden van het "
             "netwerk."},
    {"id": "d32-subscribe-03", "kind": "subscribe", "thread": None, "subject": "Joining the network",
     "body": "Hello,\n\nI recently started as managing director of the shared service organisation of Oosterveen "
             "and Lindewaard and would like to join your network.\n\nThank you,\nSamira Haddou"},
    {"id": "d32-subscribe-04", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
     "body": "Graag aanmelden voor het netwerk.\nGr, Tim Oosterhuis, dir. Werkorg. Veenhorst" + IPHONE},
    {"id": "d32-subscribe-05", "kind": "subscribe", "thread": None, "subject": "Lidmaatschap",
     "sender": "Marco Tetteroo <m.tetteroo@heuvelrand-zuid.nl>",
     "headers": {"Cc": "Secretariaat directie Heuvelrand-Zuid <secretariaatdirectie@heuvelrand-zuid.nl>"},
     "body": "Goedemiddag,\n\nMijn managementassistent (in cc) regelt verder mijn agenda, maar de aanmelding doe "
             "ik graag zelf: ik word graag lid van het netwerk.\n\nMet vriendelijke groet,\nMarco Tetteroo\n"
             "directeur Heuvelrand-Zuid"},
    {"id": "d32-subscribe-06", "kind": "subscribe", "thread": None, "subject": "Ateliers",
     "body": "Beste mensen,\n\nZou ik op de hoogte gehouden kunnen worden van de ateliers en andere activiteiten "
             "van jullie netwerk? Ik ben sinds kort directeur van de werkorganisatie Zwinkust.\n\n"
             "Groet,\nElif Demir"},
    {"id": "d32-subscribe-07", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl",
     "body": "Ik heb mij te snel afgemeld: ik wil toch graag lid blijven. Zet u mij er weer op?\n\n"
             "Met vriendelijke groet,\nHarriët Bosman"},
    {"id": "d32-subscribe-08", "kind": "subscribe", "thread": None, "subject": "Aansluiten?",
     "body": "Goedemorgen,\n\nOp het congres in november hoorde ik van jullie netwerk. Mag ik aansluiten? Ik "
             "ben per 1 januari directeur van de werkorganisatie van Lekoord en Vianderwaard.\n\n"
             "Vriendelijke groet,\nMaarten Kolthof"},
    {"id": "d32-subscribe-09", "kind": "subscribe", "thread": None, "subject": "Toetreding",
     "body": "Geacht bestuur van het netwerk,\n\nNa een loopbaan als concerndirecteur in een grote gemeente "
             "ben ik recent benoemd tot directeur van de ambtelijke fusieorganisatie van drie "
             "plattelandsgemeenten in de Achterhoek, een heel andere wereld. Graag zou ik in dat licht "
             "toetreden tot uw netwerk, zodat ik kan leren van collega's die deze weg eerder gingen.\n\n"
             "Hoogachtend,\n\nmr. drs. L.F. van Rijckevorsel"},
    {"id": "d32-subscribe-10", "kind": "subscribe", "thread": None, "subject": "aanmelding",
     "body": "Hoi, ik ben Twan Lemmens, sinds kort directeur van de werkorganisatie Maasdal-Heuvelland. Meld "
             "mij graag aan als lid.\n\nHaije groete,\nTwan"},
    {"id": "d32-subscribe-11", "kind": "subscribe", "thread": None, "subject": "Lid wurde",
     "body": "Goeie,\n\nIk bin sûnt jannewaris direkteur fan de wurkorganisaasje Greidhoeke. Ik wil graag lid "
             "worden van jullie netwerk.\n\nMei freonlike groetnis,\nAntsje de Vries"},
    {"id": "d32-subscribe-12", "kind": "subscribe", "thread": None,
     "subject": "Aanmelding netwerk directeuren - Y. Bakkal",
     "body": "Hierbij mijn aanmelding als lid.\n\nYasmina Bakkal\ndirecteur Werkorganisatie Lindewaard\n"
             "y.bakkal@lindewaard.nl" + DISCLAIMER},
    {"id": "d32-subscribe-13", "kind": "subscribe", "thread": None, "subject": "Aanmelding",
     "body": "Beste secretariaat,\n\nWij zijn bij Aa-Dommelland sinds kort met twee directeuren. Ik meld "
             "mijzelf hierbij aan als lid; mijn collega doet dat zelf, die wil ik niet voor de voeten lopen.\n\n"
             "Met vriendelijke groet,\nJosé Verhagen"},
    {"id": "d32-subscribe-14", "kind": "subscribe", "thread": None, "subject": "sign up",
     "body": "Hoi! Graag sign me up voor het netwerk, ik ben de nieuwe director van Kempenland-Oost.\n\n"
             "Thx, Ruben" + OUTLOOK_IOS},
    {"id": "d32-subscribe-15", "kind": "subscribe", "thread": None, "subject": "FW: netwerk directeuren",
     "body": "Goedemiddag,\n\nIk werd door een collega op jullie gewezen (zie onder). Ik wil graag lid worden.\n\n"
             "Bas Terlouw\ndirecteur Werkorganisatie Oostermeer\n\n"
             "---------- Doorgestuurd bericht ---------\nVan: Karin Meulenbelt <k.meulenbelt@vlietmonde.nl>\n"
             "Datum: ma 1 mrt 2027 om 16:02\nOnderwerp: netwerk directeuren\nAan: Bas Terlouw\n\n"
             "Hoi Bas, is dit niet iets voor jou? Je kunt je aanmelden via info@ambtelijkefusie.nl. Groet, Karin"},
    {"id": "d32-subscribe-16", "kind": "subscribe", "thread": None, "subject": "Deelname netwerk",
     "body": "Goedendag,\n\nAls interim-directeur van de Werkorganisatie Brederode-Holt (voor minimaal een jaar) "
             "zou ik graag deelnemen aan het netwerk.\n\nMet vriendelijke groet,\nOlga Wiersma"},
    {"id": "d32-subscribe-17", "kind": "subscribe", "thread": None, "subject": "Aanmelding - tweede poging",
     "body": "Goedemorgen,\n\nMijn secretaresse probeerde mij vorige week aan te melden, maar dat is kennelijk "
             "niet goed gegaan. Daarom nu zelf: graag meld ik mij aan als lid van het netwerk.\n\n"
             "Met vriendelijke groet,\nNoor Hamidi\ndirecteur Werkorganisatie Lindewaard"},
    # -- Confirm ---------------------------------------------------------------------------------------------
    {"id": "d32-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "body": "Ja, bevestigd." + IPHONE},
    {"id": "d32-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "body": "Klopt, mijn secretaresse heeft mij op mijn verzoek aangemeld. Bij dezen bevestigd.\n\n"
             "Marieke de Vries"},
    {"id": "d32-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn",
     "body": "Met vriendelijke groet,\n\nEllen Bakker\ndirecteur Werkorganisatie Zwinkust\n06 - 13 55 72 90"},
    {"id": "d32-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "body": "Geacht secretariaat,\n\nHierbij bevestig ik de aanmelding die mijn managementassistent, mevrouw "
             "Van Dijk, vorige week namens mij aan u heeft gezonden.\n\nHoogachtend,\n\nP.G.M. Ravensbergen"},
    {"id": "d32-confirm-05", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "gmail",
     "body": "Sorry, helemaal vergeten. Ja hoor, ik wil lid worden.\n\nCees"},
    {"id": "d32-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en",
     "body": "Confirmed, thanks!\n\nSamira"},
    {"id": "d32-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise",
     "body": "Akkoord.\n\nG. Veenstra"},
    {"id": "d32-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes",
     "body": "Bevestigd. Dank voor de snelle reactie.\n\nMet vriendelijke groet,\nJ.H. Wolffensperger"},
    {"id": "d32-confirm-09", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "body": "👍 ja" + IPHONE},
    {"id": "d32-confirm-10", "kind": "confirm", "thread": C,
     "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "Bij dezen.\n\nAnton"},
    {"id": "d32-confirm-11", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote",
     "body": "Geachte heer, mevrouw,\n\nDank voor uw bericht. Inderdaad heeft het directiesecretariaat mij "
             "vorige week, op mijn verzoek, bij u aangemeld, en ik bevestig die aanmelding graag. Ik zie uit "
             "naar het eerstvolgende atelier, al weet ik nog niet of mijn agenda het toelaat.\n\n"
             "Met vriendelijke groet,\n\nH. Nijenhuis-Okafor\ndirecteur" + DISCLAIMER},
    {"id": "d32-confirm-12", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd",
     "body": "ja hoor"},
    {"id": "d32-confirm-13", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "body": "Ja, dat klopt" + ANDROID_NL},
    # -- Suggestion ------------------------------------------------------------------------------------------
    {"id": "d32-suggestion-01", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nMijn onderwerpen:\n- een lange termijn visie op de werkorganisatie: waar staan we "
             "in 2035?\n- hoe stel je als directie bestuurlijke prioriteiten in een collegeperiode die nog maar "
             "anderhalf jaar duurt\n\nGroet,\nMirjam Hoefnagels"},
    {"id": "d32-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": SEC_VLIET,
     "body": "Beste secretariaat,\n\nNamens mevrouw Wolters-Brink geef ik het volgende onderwerp door voor het "
             "atelier: het sturingsconcept van de werkorganisatie, en dan vooral de rol van het MT tussen "
             "opdrachtgevers en teams.\n\nMet vriendelijke groet,\nPetra Zoetemelk\nmanagementassistent "
             "directie" + DISCLAIMER_SHORT},
    {"id": "d32-suggestion-03", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "body": "Geacht secretariaat,\n\nDank voor de gelegenheid om mee te denken over het programma. Bij ons is "
             "het afgelopen jaar veel energie gegaan naar de harmonisatie van de regelingen van de drie "
             "voormalige organisaties, en wat daarbij steeds opnieuw boven tafel kwam is de vraag hoe je de "
             "digitalisering van werkprocessen zo inricht dat teams er echt tijd mee winnen in plaats van "
             "verliezen. Dat onderwerp zou ik graag met collega's bespreken; ik vermoed dat velen ermee "
             "worstelen.\n\nMet vriendelijke groet,\n\nA. Kerkhoven\ndirecteur bedrijfsvoering"},
    {"id": "d32-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "body": "KCC van de toekomst: hoe helpen we inwoners die niet digitaal mee kunnen?" + IPHONE},
    {"id": "d32-suggestion-05", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "body": "Ik zou graag praten over de positie van onze werkorganisatie in de regio. De regio-agenda wordt "
             "steeds meer door de centrumgemeente bepaald en wij zitten er als drie kleine gemeenten een "
             "beetje bij.\n\nHans"},
    {"id": "d32-suggestion-06", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Twee onderwerpen:\n1. De kostenverdeelsleutel: hoe verdeel je de lasten eerlijk als de "
             "gemeenten heel verschillend gebruikmaken van de werkorganisatie (financiën).\n2. Hoe ga je om "
             "met uiteenlopende belangen en ambities van de deelnemende gemeenten?\n\nMet vriendelijke groet,\n"
             "Saskia Tromp"},
    {"id": "d32-suggestion-07", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Graag niet weer iets over dienstverlening, dat hebben we de vorige keer uitgebreid gedaan. Mijn "
             "voorstel: de formatie. Hoe houd je een organisatie van 400 fte op sterkte als je voor de helft "
             "van de vacatures geen kandidaten vindt?\n\nGroet,\nPeter Wubbels"},
    {"id": "d32-suggestion-08", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "body": "Suggestion: monitoring the performance of our services to residents. How do others measure how "
             "satisfied citizens and local businesses are with what we deliver?\n\nBest,\nHannah"},
    {"id": "d32-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "body": "Dank voor het verslag. Voor de volgende keer zou ik graag verder praten over I&A en "
             "informatiebeveiliging: wij hebben na de hack bij een buurgemeente alles opnieuw moeten "
             "inrichten.\n\nMvg,\nDirk-Jan"},
    {"id": "d32-suggestion-10", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "body": "Nog een toevoeging: de verhouding tussen de deelnemende gemeenten nu een van de drie overweegt "
             "uit de GR te stappen. Hoe houd je dan de samenwerking overeind?\n\nGroet,\nMirjam"},
    {"id": "d32-suggestion-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "Onderwerp voor het volgende atelier",
     "body": "Beste Stan,\n\nEen suggestie voor een volgend atelier: de dienstverlening in de kleine kernen nu "
             "wij de gemeentewinkels sluiten. Wat doen anderen om inwoners daar toch goed te bedienen?\n\n"
             "Groet,\nEvert Bloemendaal"},
    {"id": "d32-suggestion-12", "kind": "suggestion", "themes": ["strategie", "organisatie", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Beste secretariaat,\n\nVoor ons MT spelen drie dingen:\n- de inhoudelijke agenda voor de komende "
             "tien jaar\n- het terugdringen van de inhuur en de financiële druk op de begroting\n- innovatie "
             "in de dienstverlening aan ondernemers (één loket)\n\nAlle drie zouden we graag aan tafel "
             "hebben.\n\nVriendelijke groet,\nLeontien Driessen"},
    {"id": "d32-suggestion-13", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
     "body": "> Welk vraagstuk rond de\n> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag "
             "met collega's bespreken?\n\nArbeidsmarkt en formatie: hoe houden we onze vacatures gevuld.\n\n"
             "> Eén onderwerp per regel helpt ons\n> bij het tellen.\n\nIs maar één regel geworden ;-)\n\nJoost"},
    {"id": "d32-suggestion-14", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "body": "Geacht secretariaat,\n\nGaarne breng ik twee onderwerpen in. Ten eerste de inhoudelijke agenda "
             "van de werkorganisatie: welke opgaven kiezen wij zelf, los van wat de colleges vragen? Ten "
             "tweede de gezamenlijke opgaven van de deelnemende gemeenten in de regio, zoals woningbouw en "
             "de energietransitie.\n\nHoogachtend,\nW.G. Tammeling"},
    {"id": "d32-suggestion-15", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "body": "Idee: monitoring van onze prestaties richting inwoners. Dashboards, klanttevredenheid, "
             "doorlooptijden." + GALAXY},
    {"id": "d32-suggestion-16", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Beste Melanie,\n\nNa de reorganisatie van vorig jaar, met een nieuwe organisatiestructuur en "
             "een nieuw MT, staan we er intern goed voor. Wat ik nu graag zou bespreken, is hoe je als directie "
             "een lange termijn visie op de organisatie ontwikkelt die verder kijkt dan één collegeperiode.\n\n"
             "Hartelijke groet,\nIngrid Wagenaar"},
    {"id": "d32-suggestion-17", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": SEC_AADOM,
     "body": "Goedemorgen,\n\nDe heer Brands heeft mij gevraagd zijn suggestie aan u door te geven: innovatie "
             "in de dienstverlening aan ondernemers, bijvoorbeeld een vast aanspreekpunt voor bedrijven.\n\n"
             "Met vriendelijke groet,\nKarin Lodewijks"},
    {"id": "d32-suggestion-18", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "body": "Topic idea: hybride werken en de werkprocessen die daarbij horen. We're still figuring out how "
             "to organise it properly.\n\nRuben"},
    {"id": "d32-suggestion-19", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "body": "AI in onze werkprocessen. Wat mag wel en wat niet, en wie regelt dat." + IPHONE},
    # -- Auto-reply ------------------------------------------------------------------------------------------
    {"id": "d32-autoreply-01", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "body": "Dank voor uw bericht. Ik ben afwezig tot en met 14 maart en lees mijn e-mail niet. Uw bericht "
             "wordt niet doorgestuurd.\n\nVoor dringende zaken kunt u contact opnemen met het secretariaat "
             "directie via 0341 - 42 55 00 of secretariaatdirectie@heuvelrand-zuid.nl.\n\n"
             "Met vriendelijke groet,\nLeo Lammers"},
    {"id": "d32-autoreply-02", "kind": "autoreply", "thread": T, "headers": AUTO_X,
     "subject": "Automatic reply: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
     "body": "Thank you for your message. I am out of the office until Monday 8 March with limited access to "
             "e-mail. For urgent matters please contact my assistant Laura Peeters "
             "(directie@kempenland-oost.nl)."},
    {"id": "d32-autoreply-03", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "body": "Dit e-mailadres is per 1 januari 2027 niet meer in gebruik in verband met de vorming van de "
             "Werkorganisatie Brederode-Holt. Uw bericht is niet doorgestuurd en niet gelezen.\n\nStuur uw "
             "bericht opnieuw naar info@brederode-holt.nl, of zoek de nieuwe contactpersoon op "
             "www.brederode-holt.nl."},
    {"id": "d32-autoreply-04", "kind": "autoreply", "thread": None, "headers": AUTO,
     "subject": "[Z-2027-004518] Ontvangstbevestiging van uw bericht",
     "body": "Geachte afzender,\n\nUw bericht is ontvangen en geregistreerd onder zaaknummer Z-2027-004518. "
             "Wij streven ernaar uw bericht binnen vijf werkdagen in behandeling te nemen. Vermeld bij "
             "verdere correspondentie altijd het zaaknummer.\n\nDit is een automatisch gegenereerd bericht; "
             "u kunt hier niet op antwoorden.\n\nGemeente Oostermeer | Klantcontactcentrum"},
    {"id": "d32-autoreply-05", "kind": "autoreply", "thread": I, "headers": {"Precedence": "bulk"},
     "subject": "Afwezig: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Ik ben met zwangerschapsverlof tot 1 juni. Mijn taken worden waargenomen door Youssef El Amrani, "
             "y.elamrani@zwinkust.nl.\n\nNienke de Graaf"},
    {"id": "d32-autoreply-06", "kind": "autoreply", "thread": T, "subject": "Afwezigheidsbericht",
     "body": "Beste afzender,\n\nIk ben op vakantie tot en met 3 januari. Daarna lees ik mijn mail weer. Bij "
             "spoed kunt u bellen met het directiesecretariaat: 0522 - 27 30 00.\n\nGroet,\nJohan Bierman"},
    {"id": "d32-autoreply-07", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Mevrouw Van Rossum is tot en met 22 februari met verlof. Uw bericht wordt gelezen door haar "
             "managementassistent, Tineke Dol (t.dol@oostermeer.nl), die zo nodig contact met u opneemt."},
    {"id": "d32-autoreply-08", "kind": "autoreply", "thread": R, "headers": AUTO,
     "subject": "Out of office / Afwezig",
     "body": "Out of office - back on the 15th.\nAfwezig - vanaf de 15e weer bereikbaar.\n\nDaan Hofstede"},
    {"id": "d32-autoreply-09", "kind": "autoreply", "thread": None, "headers": AUTO,
     "subject": "Uw bericht aan het directiesecretariaat",
     "body": "Dit is een automatisch bericht.\n\nUw e-mail aan het directiesecretariaat van de Werkorganisatie "
             "Veenhorst is in goede orde ontvangen. Wij nemen binnen drie werkdagen contact met u op.\n\n"
             "Directiesecretariaat Werkorganisatie Veenhorst"},
    {"id": "d32-autoreply-10", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "body": "Ik ben afwezig tot 10 maart en lees mijn mail niet. Voor zaken rond de directie kunt u terecht "
             "bij Karin Lodewijks, k.lodewijks@aa-dommelland.nl."},
    {"id": "d32-autoreply-11", "kind": "autoreply", "thread": T, "headers": AUTO,
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken?",
     "body": "Ik ben langdurig afwezig. Uw bericht wordt niet gelezen en niet doorgestuurd. Neemt u voor "
             "lopende zaken contact op met mijn plaatsvervanger, de heer Bosch, via 0593 - 38 11 00."},
    {"id": "d32-autoreply-12", "kind": "autoreply", "thread": C, "headers": AUTO_X,
     "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "Goedendag,\n\nIk ben vandaag en morgen op cursus en heb beperkt toegang tot mijn mail. Vrijdag "
             "reageer ik op uw bericht.\n\nMet vriendelijke groet,\nMarieke de Vries"},
    {"id": "d32-autoreply-13", "kind": "autoreply", "thread": R, "headers": AUTO,
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Vanwege de collectieve sluiting is het directiesecretariaat gesloten van 24 december tot en met "
             "1 januari. Uw bericht wordt na 2 januari in behandeling genomen."},
    # -- Other -----------------------------------------------------------------------------------------------
    {"id": "d32-other-01", "kind": "other", "thread": None, "subject": "Aanmelding netwerk dhr. Dekker",
     "sender": SEC_POLDERS, "headers": {"Cc": "Hugo Dekker <h.dekker@driepolders.nl>"},
     "body": "Geacht secretariaat,\n\nOp verzoek van de heer Dekker, directeur bedrijfsvoering (in cc), meld "
             "ik hem hierbij aan als lid van het netwerk. Hij heeft over de ateliers veel goeds gehoord.\n\n"
             "Met vriendelijke groet,\nAnneloes van Wijk\nManagementondersteuning De Drie Polders"},
    {"id": "d32-other-02", "kind": "other", "thread": None, "subject": "Uitdiensttreding dhr. Verhoef",
     "sender": SEC_HEUVEL,
     "body": "Goedemiddag,\n\nDe heer Verhoef is per 1 maart uit dienst getreden. Wilt u hem uit uw bestand "
             "halen? Zijn opvolger is nog niet benoemd.\n\nMet vriendelijke groet,\nSecretariaat directie"},
    {"id": "d32-other-03", "kind": "other", "thread": None, "subject": "Wijziging e-mailadres mevr. Jager",
     "sender": SEC_VEEN,
     "body": "Beste secretariaat,\n\nHet e-mailadres van mevrouw Jager, directeur, wijzigt per 1 april van "
             "a.jager@veenhorst.nl in a.jager@werkorganisatie-veenhorst.nl. Wilt u dat in uw administratie "
             "aanpassen?\n\nMet vriendelijke groet,\nJolanda Wessels-Ramdin" + DISCLAIMER},
    {"id": "d32-other-04", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nMogen ook afdelingsmanagers naar het atelier, of is het uitsluitend voor "
             "directeuren? Ik heb twee managers die het onderwerp in portefeuille hebben.\n\n"
             "Groet,\nRianne Kok"},
    {"id": "d32-other-05", "kind": "other", "thread": None, "subject": "Kandidatuur Adviesraad",
     "body": "Geacht secretariaat,\n\nIn de laatste nieuwsbrief las ik dat er een plaats in de Adviesraad "
             "vrijkomt. Graag stel ik mij daarvoor kandidaat: ik ben sinds 2019 lid van het netwerk en "
             "heb in twee fusietrajecten gewerkt. Mijn cv stuur ik desgewenst toe.\n\nMet vriendelijke groet,\n"
             "Gerard Ploeg"},
    {"id": "d32-other-06", "kind": "other", "thread": None, "subject": "Bijdrage aan uw atelier",
     "body": "Beste organisatoren,\n\nWij zijn Koersvast Advies, gespecialiseerd in sturing en governance van "
             "ambtelijke samenwerkingsverbanden. Graag verzorgen wij op een van uw volgende ateliers een "
             "interactieve sessie over het sturingsconcept. Mag ik u bellen om de mogelijkheden te "
             "verkennen?\n\nMet vriendelijke groet,\nJasper Knol\npartner | Koersvast Advies\n06 - 55 12 09 88"},
    {"id": "d32-other-07", "kind": "other", "thread": None, "subject": "Verzoek interview",
     "body": "Goedendag,\n\nVoor het vakblad Fusie & Bestuur schrijf ik een artikel over tien jaar ambtelijke "
             "fusies. Zou ik een van uw adviseurs of een lid van de Adviesraad kunnen interviewen, bij "
             "voorkeur nog deze maand?\n\nVriendelijke groet,\nLotte Aarts, redactie Fusie & Bestuur"},
    {"id": "d32-other-08", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Receptie Werkorganisatie Zwinkust <info@zwinkust.nl>",
     "body": "Even ter info: mevrouw Marjan de Wit werkt niet meer bij ons, dus uw mails aan haar komen niet "
             "meer aan. Wie haar opvolgt weten wij nog niet.\n\nGroet, receptie"},
    {"id": "d32-other-09", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "body": "Is het mogelijk om alleen online deel te nemen? Zo ja, dan meld ik me aan, anders kan ik helaas "
             "niet.\n\nHenk" + ANDROID_NL},
    {"id": "d32-other-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Ik ontvang al jullie mails drie keer, op drie verschillende adressen. Kunnen jullie dat "
             "oplossen? Welk adres jullie houden maakt me niet uit.\n\nMaarten"},
    {"id": "d32-other-11", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": SEC_OOSTER,
     "body": "Goedemiddag,\n\nDe heer Rijnders komt niet naar het atelier. Hij vertrekt per 1 april naar een "
             "andere functie buiten de regio, dus wilt u hem ook als lid uitschrijven?\n\n"
             "Met vriendelijke groet,\nTineke Dol"},
    {"id": "d32-other-12", "kind": "other", "thread": None, "subject": "Verwijderen gegevens oud-directeur",
     "sender": SEC_ZWIN,
     "body": "Geacht secretariaat,\n\nNamens de werkorganisatie verzoek ik u de persoonsgegevens van onze "
             "vorige directeur, de heer L. Kuipers, uit uw bestanden te verwijderen. Hij is met pensioen en "
             "heeft ons gevraagd dit te regelen.\n\nMet vriendelijke groet,\nIlse Brouwers"},
    {"id": "d32-other-13", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "apple",
     "body": "Link naar het verslag werkt niet (404). Kunnen jullie hem opnieuw sturen?" + IPHONE},
    {"id": "d32-other-14", "kind": "other", "thread": None, "subject": "Lidmaatschap mw. Wolters?",
     "sender": SEC_VLIET,
     "body": "Beste secretariaat,\n\nKunt u mij laten weten of mevrouw Wolters-Brink nog lid is van het "
             "netwerk? Ik kan de bevestiging niet terugvinden in haar mailbox.\n\nMet vriendelijke groet,\n"
             "Petra Zoetemelk" + DISCLAIMER_SHORT},
    {"id": "d32-other-15", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": SEC_AADOM,
     "body": "Goedemorgen,\n\nIs er parkeergelegenheid bij het Stadskantoor, of kan de heer Brands beter met "
             "de trein komen? Hij heeft een beperking en kan niet ver lopen.\n\nMet vriendelijke groet,\n"
             "Karin Lodewijks"},
    {"id": "d32-other-16", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "body": "Dank voor het warme welkom! Tot ziens op een van de ateliers.\n\nSamira"},
    {"id": "d32-other-17", "kind": "other", "thread": None, "subject": "Nieuw lid?",
     "body": "Beste Stan,\n\nMijn collega-directeur bij de buren, Anton Kramer van de Werkorganisatie "
             "Lekoord, wil ook graag lid worden. Zijn adres is a.kramer@lekoord.nl. Kun je hem toevoegen?\n\n"
             "Groet,\nGerard"},
    {"id": "d32-other-18", "kind": "other", "thread": None, "subject": "Verzoek medewerking onderzoek",
     "body": "Geachte heer, mevrouw,\n\nVoor mijn masterscriptie Bestuurskunde onderzoek ik hoe directeuren "
             "van ambtelijke fusieorganisaties sturen op de relatie met de deelnemende gemeenten. Zou u een "
             "korte vragenlijst onder uw leden willen verspreiden?\n\nMet vriendelijke groet,\n"
             "Fleur Mertens, student"},
    {"id": "d32-other-19", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": SEC_POLDERS,
     "body": "Goedemiddag,\n\nTer voorbereiding van het atelier: zou u mij de agenda en de deelnemerslijst "
             "kunnen toesturen? Dan kan ik een dossier voor de heer Ploeg klaarzetten.\n\n"
             "Met vriendelijke groet,\nAnneloes van Wijk"},
    {"id": "d32-other-20", "kind": "other", "thread": None, "subject": "Membership question",
     "body": "Dear secretariat,\n\nIs membership also open to directors of Belgian intermunicipal organisations? "
             "We are preparing a merger of the administrations of three municipalities in Limburg (BE).\n\n"
             "Kind regards,\nPieter Vandenbroucke"},
    {"id": "d32-other-21", "kind": "other", "thread": None, "subject": "Nieuw e-mailadres",
     "body": "Goedemorgen,\n\nMijn e-mailadres wijzigt per 1 mei in j.baldewsingh@werkorganisatie-ad.nl; het "
             "oude adres vervalt dan. Willen jullie het aanpassen?\n\nJeroen Baldewsingh"},
    {"id": "d32-other-22", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "body": "Wie zijn er verder nog allemaal?" + IPHONE},
    {"id": "d32-other-23", "kind": "other", "thread": None, "subject": "Aanmelding directeur Vlietmonde",
     "sender": SEC_VLIET,
     "body": "Goedemiddag,\n\nHierbij meld ik mijn directeur, mevrouw drs. H.J. Wolters-Brink "
             "(h.wolters@vlietmonde.nl), aan als lid van het netwerk. Zij zal de bevestiging zelf "
             "afhandelen.\n\nMet vriendelijke groet,\nPetra Zoetemelk\nmanagementassistent directie"},
    {"id": "d32-other-24", "kind": "other", "thread": None, "subject": "Uitnodiging Congres Samen Sterker 2027",
     "body": "Geachte leden van het netwerk,\n\nGraag nodigen wij u uit voor het congres Samen Sterker 2027 "
             "op 14 oktober in Amersfoort, over de toekomst van gemeentelijke samenwerking. Leden van uw "
             "netwerk ontvangen 20% korting op de deelnameprijs met de code NETWERK20.\n\n"
             "Met vriendelijke groet,\nStichting Gemeentelijke Samenwerking"},
    {"id": "d32-other-25", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "body": "Dank u. Hoe vaak zijn de ateliers eigenlijk, en is er altijd een online-optie? Ik woon in "
             "Zeeland.\n\nMet vriendelijke groet,\nElif Demir"},
    {"id": "d32-other-26", "kind": "other", "thread": None, "subject": "Afmelding mevrouw De Graaf",
     "sender": SEC_ZWIN, "headers": {"Cc": "Nienke de Graaf <n.degraaf@zwinkust.nl>"},
     "body": "Beste secretariaat,\n\nOp verzoek van mevrouw De Graaf (in cc) meld ik haar af als lid van het "
             "netwerk; zij heeft er de komende tijd geen ruimte voor.\n\nMet vriendelijke groet,\nIlse Brouwers"},
    {"id": "d32-other-27", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": SEC_AADOM,
     "body": "Goedemiddag,\n\nDe heer Brands zou graag komen, maar hij kan pas om 15.30 uur in Utrecht zijn. "
             "Heeft het dan nog zin om aan te schuiven, of mist hij dan het belangrijkste deel? Dan hoor ik "
             "het graag, dan geef ik het aan hem door.\n\nMet vriendelijke groet,\nKarin Lodewijks"},
]
# fmt: on
