"""The cases of devset61 (issue 17): written without reading the classifier, each labelled as the secretariat
should treat it; cases that could not be labelled with confidence were left out.

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``; replies to the waiting-list
mail (bevestiging_rsvp) and to a substitute's invitation carry ``invitation``. A new mail, a forward and a client
that dropped the reply headers carry no thread. A director who cannot come but sends a substitute is an RSVP with
``attending`` False; a mail that changes an earlier answer carries the latest answer. Inline answers hold our
quoted lines in ``body`` and no ``quoted``. A yes on a condition the secretariat must answer first is ``other``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

INVITE_SUBJECT = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
IPAD = "\n\nVerzonden vanaf mijn iPad"
ANDROID = "\n\nVerzonden vanaf Samsung Mobile"
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
DISCLAIMER = (
    "\n\n---\nDe informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Aan dit bericht kunnen geen rechten worden ontleend."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail may contain confidential information. If you are not the intended recipient, please "
    "notify the sender and delete it."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP, attending ------------------------------------------------------------------------------------------
    {"id": "d61-rsvp-01", "kind": "rsvp", "attending": True, "thread": None, "subject": "aanmelding 11-3",
     "sender": "Henk Wiersma <h.wiersma@duivenwaard-lingestroom.nl>",
     "body": "Goedemorgen,\n\nHierbij geef ik mij op voor donderdag 11 maart in Utrecht.\n\nMet vriendelijke groet,\n\n"
             "Henk Wiersma\nalgemeen directeur Werkorganisatie Duivenwaard-Lingestroom\nT 0345 712 400" + DISCLAIMER},
    {"id": "d61-rsvp-02", "kind": "rsvp", "attending": True, "thread": W, "quoted": "welkom", "quote": "gmail",
     "sender": "Noor Bakkal <n.bakkal@heuvelrugwerkt.nl>",
     "body": "Dank voor het warme welkom! Ik las dat er in maart al een atelier in Utrecht is. Daar wil ik graag "
             "meteen bij zijn, zet u mij op de deelnemerslijst?\n\nHartelijke groet,\nNoor Bakkal"},
    {"id": "d61-rsvp-03", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Gert-Jan Mulder <gj.mulder@bovenlinge.nl>",
     "body": "Jazeker, ik zit er. Tot donderdag!" + IPHONE},
    {"id": "d61-rsvp-04", "kind": "rsvp", "attending": True, "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "subject": "FW: " + INVITE_SUBJECT,
     "sender": "Karin Visser <k.visser@werkorganisatie-zeeuwse-eilanden.nl>",
     "body": "Beste secretariaat,\n\nIk stuur de uitnodiging door omdat beantwoorden bij ons geblokkeerd wordt "
             "door een instelling in Outlook. Bij deze: ik neem deel.\n\nGr. Karin Visser"},
    {"id": "d61-rsvp-05", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Geaccepteerd: Leer- en inspireer-atelier 11 maart",
     "sender": "Rob Terpstra <r.terpstra@gemeentenwestfriesland-oost.nl>",
     "body": "Prima, staat genoteerd in mijn agenda.\n\nRob"},
    {"id": "d61-rsvp-06", "kind": "rsvp", "attending": True, "thread": None, "subject": "Atelier on 11 March",
     "sender": "Simon Okafor <s.okafor@werkorganisatie-dijkland.nl>",
     "body": "Dear secretariat,\n\nI recently took up the post of managing director at Werkorganisatie Dijkland and "
             "was told the next session is on Thursday 11 March in Utrecht. Please count me in. I follow Dutch "
             "perfectly well, I just type faster in English.\n\nKind regards,\nSimon Okafor" + DISCLAIMER_EN},
    {"id": "d61-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-lijn", "sender": "Ingrid Smulders <i.smulders@kempenwerkt.nl>",
     "body": "Graag laten staan. Als er een stoel vrijkomt, zit ik erop.\n\nIngrid Smulders"},
    {"id": "d61-rsvp-08", "kind": "rsvp", "attending": True, "thread": None, "subject": "Toch aanwezig op de 11e",
     "sender": "Marcel Oosterhuis <m.oosterhuis@hunzedal.nl>",
     "body": "Beste Stan,\n\nVorige week heb ik laten weten dat ik niet naar de bijeenkomst van het netwerk op de 11e "
             "kon komen. Mijn overleg met de provincie is inmiddels verschoven, dus die afmelding trek ik in: ik ben "
             "er gewoon bij.\n\nGroet,\nMarcel"},
    {"id": "d61-rsvp-09", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas", "quote": "notes",
     "sender": "Anouk Vermeulen <a.vermeulen@bergenmaasland.nl>",
     "body": "Een nieuw thema heb ik niet, de onderwerpen van vorig jaar zijn voor mij nog actueel genoeg. Wel alvast: "
             "op 11 maart ben ik present.\n\nAnouk Vermeulen\nDirecteur werkorganisatie Bergen-Maasland"},
    {"id": "d61-rsvp-10", "kind": "rsvp", "attending": True, "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Ellen de Bruijn <ellen.debruijn@gmail.com>",
     "body": "Ja, graag. Ik neem onze concerncontroller mee als gast, Ilse Kramer.\n\nEllen de Bruijn\n"
             "(stuur even vanaf mijn privéadres, de webmail van het werk ligt eruit)"},
    {"id": "d61-rsvp-11", "kind": "rsvp", "attending": True, "thread": None, "subject": "Vredenburg 11/3",
     "sender": "Willem Hoogland <w.hoogland@werkorganisatie-vechtstreek.nl>",
     "body": "Ik ben erbij op het Stadskantoor, donderdag de 11e. Kom met de trein, dus een parkeerplek is niet "
             "nodig.\n\ngroet\nWillem"},
    {"id": "d61-rsvp-12", "kind": "rsvp", "attending": True, "thread": None, "subject": "utrecht",
     "sender": "femke <f.dijkhuis@oostwold-samen.nl>",
     "body": "ik kom naar utrecht op de 11e hoor, zet me maar op de lijst" + IPHONE},
    {"id": "d61-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "drs. L.A. Brinkman <l.brinkman@rivierenlandwerkt.nl>",
     "body": "Geachte heer Van de Laar,\n\nDank voor de uitnodiging namens Dirk Smit. Ik neem zijn plaats graag in en "
             "zal op 11 maart om kwart voor twee aanwezig zijn, met de gast die hij heeft opgegeven.\n\n"
             "Hoogachtend,\n\ndrs. L.A. Brinkman\nplv. directeur Rivierenland Werkt"},
    {"id": "d61-rsvp-14", "kind": "rsvp", "attending": True, "thread": T, "quoted": "vervolg_atelier",
     "quote": "apple", "sender": "Bart Lammers <b.lammers@achterhoekoost.nl>",
     "body": "Dit is nog de mail van na de vorige keer, maar ik gebruik hem even: voor de editie van maart kunt u "
             "weer op mij rekenen." + IPAD},
    {"id": "d61-rsvp-15", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise", "sender": "Hanneke Post <h.post@werkorganisatie-noordkop.nl>",
     "body": "Mijn deelname staat nog steeds. Ik zorg dat ik er bij de ontvangst ben.\n\nHanneke Post"},
    {"id": "d61-rsvp-16", "kind": "rsvp", "attending": True, "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-en", "sender": "Jos van Dongen <j.vandongen@baarleland.nl>",
     "body": "Beste Melanie,\n\nDe afmelding klopt, mijn functie stopt per 1 april. Het atelier van 11 maart wil ik "
             "nog wel bijwonen, als afsluiting. Mijn aanmelding daarvoor blijft dus staan.\n\nMet vriendelijke "
             "groet,\nJos van Dongen"},
    {"id": "d61-rsvp-17", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Accepted: Leer- en inspireer-atelier 11 March",
     "sender": "Priya Raghoebir <p.raghoebir@werkorganisatie-lansingerland-zuid.nl>",
     "body": "Accepted - see you in Utrecht." + OUTLOOK_IOS},
    {"id": "d61-rsvp-18", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Arjen Kok <a.kok@ijsselvallei.nl>",
     "body": "Hallo Stan,\n\nOp jullie oproep had ik eerder geantwoord dat ik in maart niet kon. Dat is inmiddels "
             "anders: de begrotingsmiddag is naar april gegaan. Reken mij dus mee voor de 11e.\n\nArjen"},
    {"id": "d61-rsvp-19", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Yvonne Claassen <y.claassen@veluwerand.nl>",
     "subject": "RE: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
     "body": "> Verandert er iets? Beantwoord deze e-mail gewoon, bijvoorbeeld met \"ik kom toch\" of \"ik kan toch "
             "niet\".\n\nEr verandert niets, ik wil nog steeds graag komen. Houd me op de hoogte.\n\nYvonne\n\n"
             "> Met vriendelijke groet,\n>\n> Stan van de Laar"},
    {"id": "d61-rsvp-20", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanwezig donderdag 11 maart - J. Smeets", "sender": "Joost Smeets <j.smeets@maasvallei-werkt.nl>",
     "body": "Zie onderwerp.\n\nMet vriendelijke groet,\n\nJoost Smeets\nGemeentesecretaris / algemeen directeur\n"
             "Werkorganisatie Maasvallei\nT 077 205 11 00 | M 06 41 88 20 17" + DISCLAIMER},
    {"id": "d61-rsvp-21", "kind": "rsvp", "attending": True, "thread": None, "subject": "Bijeenkomst netwerk maart",
     "sender": "mr. drs. E.M. van Rossum-Bakker <e.vanrossum@werkorganisatie-hofstreek.nl>",
     "body": "Geacht secretariaat,\n\nGaarne bevestig ik mijn aanwezigheid bij de bijeenkomst van het netwerk in "
             "maart aanstaande te Utrecht.\n\nHoogachtend,\n\nmr. drs. E.M. van Rossum-Bakker\nalgemeen directeur "
             "Werkorganisatie Hofstreek"},
    {"id": "d61-rsvp-22", "kind": "rsvp", "attending": True, "thread": W, "quoted": "welkom", "quote": "outlook-en",
     "sender": "Daniel Verhoef <d.verhoef@poldergemeenten-midden.nl>",
     "body": "Thanks, glad to be on board. I noticed the March 11 session in the calendar invite my colleague "
             "forwarded - please put me down for that one as well.\n\nBest,\nDaniel"},
    {"id": "d61-rsvp-23", "kind": "rsvp", "attending": True, "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "subject": "FW: FW: " + INVITE_SUBJECT,
     "sender": "Paul Wessels <p.wessels@werkorganisatie-tielerwaard.nl>",
     "body": "Hierbij mijn aanmelding. Mijn secretaresse stuurde me deze door en ik reageer maar via deze weg.\n\n"
             "Groet,\nPaul Wessels"},
    {"id": "d61-rsvp-24", "kind": "rsvp", "attending": True, "thread": None, "subject": "aanmeldng atelier",
     "sender": "Dewi Ramdin <d.ramdin@haaglanden-oost.nl>",
     "body": "Hallo, graag meld ik me aan vor het atelier op 11 maart in Utrect.\nMvg Dewi Ramdin" + ANDROID},
    {"id": "d61-rsvp-25", "kind": "rsvp", "attending": True, "thread": None, "subject": "Donderdag 11 maart",
     "sender": "Jelle de Boer <j.deboer@werkorganisatie-waadrekust.nl>",
     "body": "Moi,\n\nIk meld mij aan voor donderdag. Ik kom samen met mijn adjunct, Gerrit Dijkstra "
             "(g.dijkstra@werkorganisatie-waadrekust.nl).\n\nMei freonlike groetnis,\nJelle de Boer"},
    # -- RSVP, not attending --------------------------------------------------------------------------------------
    {"id": "d61-rsvp-26", "kind": "rsvp", "attending": False, "thread": None, "subject": "Verhinderd 11/3",
     "sender": "Sandra Koopmans <s.koopmans@werkorganisatie-linge.nl>",
     "body": "Beste secretariaat,\n\nOp 11 maart kan ik er helaas niet bij zijn: die avond is er een "
             "raadsinformatiebijeenkomst die ik moet voorbereiden.\n\nMet vriendelijke groet,\n\nSandra Koopmans\n"
             "directeur Werkorganisatie Linge"},
    {"id": "d61-rsvp-27", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "Afgewezen: Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Erik Jansma <e.jansma@drechtsteden-noord.nl>",
     "body": "Helaas, gaat niet lukken."},
    {"id": "d61-rsvp-28", "kind": "rsvp", "attending": False, "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "subject": "FW: " + INVITE_SUBJECT,
     "sender": "Laura Meijers <l.meijers@werkorganisatie-zaanoever.nl>",
     "body": "Forwarding this because my reply to the original bounced. I won't be able to make it on the 11th, "
             "sorry.\n\nLaura Meijers"},
    {"id": "d61-rsvp-29", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Tom Hofstede <t.hofstede@drentsaa-werkt.nl>",
     "body": "Beste Melanie,\n\nIk had me aangemeld, maar door een crisisoverleg in de regio moet ik die middag in het "
             "gemeentehuis blijven. Geef mijn plaats gerust aan iemand anders.\n\nMet vriendelijke groet,\n"
             "Tom Hofstede"},
    {"id": "d61-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "groupwise", "sender": "Mieke Schouten <m.schouten@altena-werkorganisatie.nl>",
     "body": "Laat die plek op de lijst maar aan een ander. Ik heb de middag inmiddels anders ingevuld.\n\nMieke"},
    {"id": "d61-rsvp-31", "kind": "rsvp", "attending": False, "thread": W, "quoted": "welkom", "quote": "apple",
     "sender": "Roel Brouwers <r.brouwers@peelenmaas-werkt.nl>",
     "body": "Dank voor het welkom! Het atelier van maart komt voor mij te vroeg, ik begin pas per 1 april in deze "
             "functie. De keer daarna graag." + IPHONE},
    {"id": "d61-rsvp-32", "kind": "rsvp", "attending": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Carla Wijnands <c.wijnands@werkorganisatie-heerlen-oost.nl>",
     "body": "Geen onderwerpen van mijn kant, en de 11e moet ik ook overslaan: dan ben ik op werkbezoek in "
             "Brussel.\n\nCarla Wijnands"},
    {"id": "d61-rsvp-33", "kind": "rsvp", "attending": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes", "sender": "Harm Bosscher <h.bosscher@sallandwerkt.nl>",
     "body": "Ik reageer op de mail van na het vorige atelier, want de nieuwe uitnodiging kan ik niet meer vinden. "
             "In maart ben ik er niet bij, ik zit dan midden in de reorganisatie van ons sociaal domein.\n\n"
             "H. Bosscher"},
    {"id": "d61-rsvp-34", "kind": "rsvp", "attending": False, "thread": None, "subject": "Vervanging atelier 11 maart",
     "sender": "Ad Verhagen <a.verhagen@werkorganisatie-brabantse-wal.nl>",
     "body": "Goedemiddag,\n\nZelf ben ik op 11 maart niet beschikbaar. Namens onze organisatie komt Marloes "
             "Teunissen, manager Publiekszaken (m.teunissen@werkorganisatie-brabantse-wal.nl).\n\n"
             "Met vriendelijke groet,\nAd Verhagen"},
    {"id": "d61-rsvp-35", "kind": "rsvp", "attending": False, "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Sjoerd Kramer <s.kramer@noordoostpolderwerkt.nl>",
     "body": "nee sorry, dan zit ik met de kinderen in oostenrijk" + ANDROID},
    {"id": "d61-rsvp-36", "kind": "rsvp", "attending": False, "thread": None, "subject": "Unable to attend 11 March",
     "sender": "Hannah Groeneveld <h.groeneveld@werkorganisatie-delflandkust.nl>",
     "body": "Hi,\n\nUnfortunately I have to send my apologies for Thursday's network meeting in Utrecht.\n\nBest "
             "wishes,\nHannah"},
    {"id": "d61-rsvp-37", "kind": "rsvp", "attending": False, "thread": None, "subject": "stadskantoor",
     "sender": "Kees Bergman <k.bergman@werkorganisatie-krimpen-lek.nl>",
     "body": "Ik red het niet naar het Stadskantoor op de 11e, mijn agenda zit die dag propvol.\n\nKees"},
    {"id": "d61-rsvp-38", "kind": "rsvp", "attending": False, "thread": None, "subject": "Re: mijn aanmelding",
     "sender": "Lieke Hermans <l.hermans@weertland.nl>",
     "body": "Sorry voor het heen en weer: eerst ja, daarna nee, toen weer ja. Het wordt nu definitief nee voor de "
             "11e. Excuus voor de extra moeite!\n\nLieke"},
    {"id": "d61-rsvp-39", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Michiel de Graaf <m.degraaf@gooienvecht-werkt.nl>",
     "body": "Ben sinds gisteren grieperig, dus donderdag gaat het niet worden. Balen!" + IPAD},
    {"id": "d61-rsvp-40", "kind": "rsvp", "attending": False, "thread": T, "quoted": "oproep_themas",
     "quote": "notes-wrote", "sender": "ir. P.J. Vos <pj.vos@werkorganisatie-lopikerwaard.nl>",
     "body": "Geachte dames en heren,\n\nVoor de eerstvolgende bijeenkomst van het netwerk moet ik mij helaas "
             "verontschuldigen in verband met de voorbereiding van de kadernota.\n\nMet vriendelijke groet,\n\n"
             "ir. P.J. Vos\nalgemeen directeur"},
    {"id": "d61-rsvp-41", "kind": "rsvp", "attending": False, "thread": R,
     "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "sender": "Greetje Wolters <g.wolters@oldambtwerkt.nl>",
     "body": "> Binnenkort is het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\". Fijn dat u erbij "
             "bent, met 1 gast!\n\nHelaas niet meer. Er is een extra vergadering van het algemeen bestuur van de GR "
             "op diezelfde middag.\n\n> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan "
             "niet\"; dan geven wij uw plaats aan\n> iemand op de wachtlijst.\n\nDat is dus het geval, ook voor mijn "
             "gast.\n\nGreetje"},
    {"id": "d61-rsvp-42", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "Afmelden atelier 11 maart (niet voor het netwerk!)", "sender": "Annet Kuiper <a.kuiper@rijnstreek.nl>",
     "body": "Zie onderwerp. Lid blijf ik uiteraard.\n\nAnnet"},
    {"id": "d61-rsvp-43", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Frans Geurts <f.geurts@werkorganisatie-land-van-cuijk.nl>",
     "body": "Secretariaat: ik moet afzeggen voor die dag. Anja, wil jij de middag in mijn agenda weer vrijgeven?\n\n"
             "Frans"},
    {"id": "d61-rsvp-44", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "Declined: Leer- en inspireer-atelier 11 March",
     "sender": "Niels Achterberg <n.achterberg@werkorganisatie-gouwe.nl>",
     "body": "Declined, clashes with a council meeting. Next time!"},
    {"id": "d61-rsvp-45", "kind": "rsvp", "attending": False, "thread": None, "subject": "",
     "sender": "bas <b.timmer@westbetuwewerkt.nl>",
     "body": "kan niet op 11 maart. gr bas"},
    {"id": "d61-rsvp-46", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail", "sender": "Rianne Kuijpers <r.kuijpers@werkorganisatie-midden-limburg.nl>",
     "body": "Goedemiddag,\n\nIk ben gevraagd om in de plaats van Dirk Smit te komen, maar die week ben ik met "
             "verlof. Ik heb hem al laten weten dat hij iemand anders moet zoeken.\n\n"
             "Met vriendelijke groet,\nRianne Kuijpers"},
    {"id": "d61-rsvp-47", "kind": "rsvp", "attending": False, "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Wouter Brink <w.brink@eemvallei.nl>",
     "body": "Beste Stan,\n\nVia deze oude mail, omdat ik de uitnodiging niet meer terugvind: ik had me opgegeven voor "
             "11 maart, maar die toezegging moet ik intrekken. Er is een bestuurlijk overleg op dezelfde middag "
             "gepland.\n\nGroet,\nWouter Brink"},
    {"id": "d61-rsvp-48", "kind": "rsvp", "attending": False, "thread": None, "subject": "Re: atelier",
     "sender": "Ruben Said <r.said@werkorganisatie-amstelland-zuid.nl>",
     "body": "Hoi Stan, sorry, can't make it this time - onze board meeting is naar de 11e verschoven. Succes "
             "ermee!\n\nRuben"},
    {"id": "d61-rsvp-49", "kind": "rsvp", "attending": False, "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Jolanda Vink <jolanda.vink@hotmail.nl>",
     "body": "Klopt, ik ben vertrokken bij de werkorganisatie. Mijn aanmelding voor 11 maart vervalt daarmee "
             "natuurlijk ook.\n\nJolanda Vink"},
    {"id": "d61-rsvp-50", "kind": "rsvp", "attending": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes", "sender": "Gijs Vreeken <g.vreeken@werkorganisatie-kromme-rijn.nl>",
     "body": "Ik ben verhindred op de 11de ivm een bestuursoverdrach, dus ik sla deze keer over.\n\nGijs"},
    # -- other: look-alikes -------------------------------------------------------------------------------------------
    {"id": "d61-oth-01", "kind": "other", "thread": None, "subject": "Aanmelding jaarcongres 11 maart",
     "sender": "Martin Prins <m.prins@werkorganisatie-vijfheerenlanden-west.nl>",
     "body": "Geachte organisatie,\n\nGraag meld ik mij aan voor het Jaarcongres Publieke Dienstverlening op "
             "11 maart in 's-Hertogenbosch, inclusief de workshopronde van 's middags.\n\n"
             "Met vriendelijke groet,\nMartin Prins"},
    {"id": "d61-oth-02", "kind": "other", "thread": None, "subject": "Inschrijving kringbijeenkomst",
     "sender": "Esther Mol <e.mol@werkorganisatie-berkelland.nl>",
     "body": "Hallo,\n\nIk wil me inschrijven voor de bijeenkomst van de Kring Gemeentesecretarissen Oost op 11 maart "
             "in Deventer. Of zit ik hier verkeerd?\n\nEsther Mol"},
    {"id": "d61-oth-03", "kind": "other", "thread": None, "subject": "Vraag over 11 maart",
     "sender": "Ronald Zijlstra <r.zijlstra@werkorganisatie-opsterland.nl>",
     "body": "Goedendag,\n\nIs het atelier in maart bedoeld voor de algemeen directeur alleen, of kan een adjunct-"
             "directeur ook aanschuiven als volwaardige deelnemer?\n\nMet vriendelijke groet,\nRonald Zijlstra"},
    {"id": "d61-oth-04", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "notes-wrote",
     "sender": "Marjan Hulst <m.hulst@werkorganisatie-alblasserwaard.nl>",
     "body": "Begint het programma echt om twee uur, of is dat de inloop? En is er een parkeergarage in de buurt van "
             "het Stadskantoor?\n\nMarjan"},
    {"id": "d61-oth-05", "kind": "other", "thread": None, "subject": "Voorlopig geaccepteerd: atelier 11 maart",
     "sender": "Frank Tuinstra <f.tuinstra@werkorganisatie-smallingerland.nl>",
     "body": "Ik weet het nog niet zeker. Uiterlijk 1 maart laat ik weten of het doorgaat.\n\nFrank"},
    {"id": "d61-oth-06", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-lijn",
     "sender": "Petra van Dalen <p.vandalen@werkorganisatie-goeree.nl>",
     "body": "Leuk, dat atelier in maart. Ik probeer te komen, maar beloven kan ik nog niks: het is een drukke "
             "maand.\n\nPetra"},
    {"id": "d61-oth-07", "kind": "other", "thread": None, "subject": "11 March",
     "sender": "Olivia Janssen <o.janssen@werkorganisatie-parkstad-west.nl>",
     "body": "Hello,\n\nI'll try to make it on the 11th but can't promise anything yet. Will confirm next week.\n\n"
             "Olivia" + DISCLAIMER_EN},
    {"id": "d61-oth-08", "kind": "other", "thread": None, "subject": "Aanmelding atelier - vraag vooraf",
     "sender": "Jeroen Lambregts <j.lambregts@werkorganisatie-moerdijkstreek.nl>",
     "body": "Beste Stan,\n\nIk wil me aanmelden voor 11 maart, maar alleen als mijn portefeuillehouder mee mag. "
             "Kun je dat eerst bevestigen, dan zet ik het in zijn agenda.\n\nGroet,\nJeroen"},
    {"id": "d61-oth-09", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "apple",
     "sender": "Ton Aarts <t.aarts@werkorganisatie-meierij.nl>",
     "body": "Ik kom alleen als het over de kostenverdeling tussen de deelnemende gemeenten gaat. Welke onderwerpen "
             "zijn er uiteindelijk gekozen?" + IPHONE},
    {"id": "d61-oth-10", "kind": "other", "thread": None, "subject": "Welke datum klopt?",
     "sender": "Ilona de Wit <i.dewit@werkorganisatie-leidse-regio.nl>",
     "body": "Goedemorgen,\n\nIn mijn mail staat 11 maart, maar een collega-directeur heeft het over de 18e. Welke "
             "datum is het nu, en nog steeds in Utrecht?\n\nIlona de Wit"},
    {"id": "d61-oth-11", "kind": "other", "thread": None, "subject": "kosten atelier",
     "sender": "Hugo Reinders <h.reinders@werkorganisatie-nederbetuwe.nl>",
     "body": "zijn er kosten aan het atelier verbonden? dan moet ik het eerst langs onze controller. hugo"},
    {"id": "d61-oth-12", "kind": "other", "thread": None, "subject": "Session on 11 March - interpretation?",
     "sender": "Mark Donnelly <m.donnelly@werkorganisatie-grensland.nl>",
     "body": "Dear all,\n\nI'd be glad to join on the 11th, provided the discussion can partly be held in English. "
             "Could you let me know whether that is possible before I register?\n\nRegards,\nMark Donnelly"},
    {"id": "d61-oth-13", "kind": "other", "thread": I, "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
     "sender": "Saskia Rutten <s.rutten@werkorganisatie-beekdaelen-noord.nl>",
     "body": "Beste Melanie,\n\nOp welke plaats sta ik inmiddels? Ik moet uiterlijk vrijdag weten of ik de middag "
             "vrij moet houden.\n\nMet vriendelijke groet,\nSaskia Rutten"},
    {"id": "d61-oth-14", "kind": "other", "thread": None, "subject": "Collega mee naar Utrecht?",
     "sender": "Bert Hazeleger <b.hazeleger@werkorganisatie-ede-zuid.nl>",
     "body": "Dag secretariaat,\n\nEen teamleider van ons wil graag een keer meekijken bij zo'n bijeenkomst van het "
             "netwerk. Mag dat, ook al is zij geen directeur?\n\nBert Hazeleger"},
    {"id": "d61-oth-15", "kind": "other", "thread": None, "subject": "Bijdrage aan uw atelier van 11 maart",
     "sender": "Dennis Verbruggen <dennis@verbruggenadvies.nl>",
     "body": "Geachte heer, mevrouw,\n\nVerbruggen Advies begeleidt al vijftien jaar ambtelijke fusies. Graag "
             "verzorgen wij op uw atelier van 11 maart een korte presentatie over sturing in werkorganisaties. "
             "Mag ik u hierover bellen?\n\nMet vriendelijke groet,\nDennis Verbruggen\n06 18 27 36 45"},
    {"id": "d61-oth-16", "kind": "other", "thread": None, "subject": "Verzoek om het atelier bij te wonen (pers)",
     "sender": "Lotte Hendriks <l.hendriks@gemeentebestuurvandaag.nl>",
     "body": "Goedemiddag,\n\nVoor Gemeentebestuur Vandaag schrijf ik een achtergrondstuk over ambtelijke fusies. Zou "
             "ik het atelier van 11 maart als journalist mogen bijwonen?\n\nVriendelijke groet,\nLotte Hendriks"},
    {"id": "d61-oth-17", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "gmail",
     "sender": "Wim Evers <w.evers@werkorganisatie-zuidwolde.nl>",
     "body": "Krijg ik de uitnodiging voor maart nog, nu ik geen lid meer ben? Ik wilde eigenlijk nog één keer "
             "komen.\n\nWim"},
    {"id": "d61-oth-18", "kind": "other", "thread": None, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "subject": "FW: " + INVITE_SUBJECT, "sender": "Monique Lenders <m.lenders@werkorganisatie-venray-oost.nl>",
     "body": "Jeroen, is dit iets voor jou? Jij zit dichter op dat dossier dan ik.\n\nMonique"},
    {"id": "d61-oth-19", "kind": "other", "thread": None, "subject": "11 maart",
     "sender": "Chantal Maas <c.maas@werkorganisatie-echt-susteren.nl>",
     "body": "Als de raadsvergadering van woensdag niet uitloopt, kom ik. Anders niet. Dat weet ik pas woensdagavond."
             "\n\nChantal"},
    {"id": "d61-oth-20", "kind": "other", "thread": None, "subject": "Registratie symposium regionale samenwerking",
     "sender": "Johan Spijker <j.spijker@werkorganisatie-westerkwartier-zuid.nl>",
     "body": "Hierbij registreer ik mij voor het symposium Regionale Samenwerking van de provincie op donderdag 11 "
             "maart. Ik neem deel aan de middagsessie over de regiodeals.\n\nJohan Spijker"},
    # -- subscribe: joining the network ---------------------------------------------------------------------------
    {"id": "d61-sub-01", "kind": "subscribe", "thread": None, "subject": "Aansluiten bij netwerk",
     "sender": "Marleen Drost <m.drost@werkorganisatie-vlietland.nl>",
     "body": "Goedendag,\n\nPer 1 februari ben ik algemeen directeur van Werkorganisatie Vlietland, waarin drie "
             "gemeenten samenwerken. Graag word ik lid van het netwerk van directeuren.\n\nMet vriendelijke groet,\n"
             "Marleen Drost"},
    {"id": "d61-sub-02", "kind": "subscribe", "thread": None, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "subject": "FW: " + INVITE_SUBJECT, "sender": "Stefan Hoekman <s.hoekman@werkorganisatie-holland-rijnland.nl>",
     "body": "Beste secretariaat,\n\nMijn voorganger stuurde mij deze mail door. Ik zou voortaan graag zelf "
             "rechtstreeks van u horen: wilt u mij als lid van het netwerk opnemen?\n\nStefan Hoekman"},
    {"id": "d61-sub-03", "kind": "subscribe", "thread": None, "subject": "Joining the network",
     "sender": "Aisha Bouzid <a.bouzid@werkorganisatie-kennemerland-noord.nl>",
     "body": "Hello,\n\nI'd like to join your network of directors. I started this month as director of "
             "Werkorganisatie Kennemerland Noord.\n\nKind regards,\nAisha Bouzid"},
    {"id": "d61-sub-04", "kind": "subscribe", "thread": None, "subject": "Nieuw lid",
     "sender": "Rick Vonk <r.vonk@werkorganisatie-zuidoost-friesland.nl>",
     "body": "Hoi,\n\nMijn nieuwe collega-directeur Fatima el Idrissi "
             "(f.elidrissi@werkorganisatie-zuidoost-friesland.nl) wil graag lid worden van het netwerk. "
             "Kunnen jullie haar aanmelden?\n\nGroet,\nRick"},
    {"id": "d61-sub-05", "kind": "subscribe", "thread": None, "subject": "Aanmeldformulier netwerk",
     "sender": "Yolanda Martens <y.martens@werkorganisatie-bommelerwaard.nl>",
     "body": "Naam: Yolanda Martens\nFunctie: algemeen directeur\nOrganisatie: Werkorganisatie Bommelerwaard\n"
             "E-mail: y.martens@werkorganisatie-bommelerwaard.nl\nVerzoek: lidmaatschap netwerk\n\n"
             "Verzonden via de website van de werkorganisatie"},
    {"id": "d61-sub-06", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd", "quote": "apple",
     "sender": "Harrie Peeters <h.peeters@werkorganisatie-horst-venray.nl>",
     "body": "Dit was een vergissing, ik wil helemaal niet weg. Graag mijn lidmaatschap terug." + IPHONE},
    {"id": "d61-sub-07", "kind": "subscribe", "thread": None, "subject": "mailinglijst",
     "sender": "tim <t.schipper@werkorganisatie-waterland.nl>",
     "body": "graag op jullie lijst voor de directeurenbijeenkomsten, ik ben sinds kort directeur bij waterland. "
             "groet, tim"},
    {"id": "d61-sub-08", "kind": "subscribe", "thread": None, "subject": "Lidmaatschap",
     "sender": "Nadia Hamdi <n.hamdi@werkorganisatie-ridderkerk-barendrecht.nl>",
     "body": "Goedemiddag,\n\nVorig jaar was ik als gast met een collega mee op een atelier. Nu wil ik mij zelf "
             "aansluiten bij het netwerk.\n\nMet vriendelijke groet,\nNadia Hamdi\ndirecteur bedrijfsvoering"},
    # -- unsubscribe ------------------------------------------------------------------------------------------------
    {"id": "d61-unsub-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Verhinderd 11 maart en afmelding netwerk",
     "sender": "Gerard Ooms <g.ooms@werkorganisatie-heusden-vught.nl>",
     "body": "Beste Stan en Melanie,\n\nOp 11 maart ben ik er niet bij, en eigenlijk wil ik helemaal uit het netwerk: "
             "per 1 maart ga ik met pensioen. Wilt u mij afmelden?\n\nDank voor de mooie jaren,\nGerard Ooms"},
    {"id": "d61-unsub-02", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "sender": "Linda Stam <l.stam@werkorganisatie-zeevang.nl>",
     "body": "Graag mij uitschrijven en al mijn gegevens verwijderen, op grond van de AVG. Ook voor 11 maart hoeft u "
             "dus niet op mij te rekenen.\n\nL. Stam"},
    {"id": "d61-unsub-03", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Opvolging",
     "sender": "Hans Vermeer <h.vermeer@werkorganisatie-lekstroom.nl>",
     "body": "Goedemiddag,\n\nPer 1 april neemt Bram Koster (b.koster@werkorganisatie-lekstroom.nl) mijn functie over. "
             "Hij neemt ook mijn plaats in het netwerk in.\n\nMet vriendelijke groet,\nHans Vermeer"},
    {"id": "d61-unsub-04", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Ik heb me niet opgegeven. Deze aanmelding mag vervallen."},
    {"id": "d61-unsub-05", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Unsubscribe",
     "sender": "Peter Langeveld <p.langeveld@werkorganisatie-schouwen.nl>",
     "body": "Please take me off your mailing list, I'm leaving local government at the end of the month.\n\n"
             "Peter Langeveld"},
    {"id": "d61-unsub-06", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom", "quote": "gmail",
     "sender": "Sanne Veldkamp <s.veldkamp@werkorganisatie-dinkelland.nl>",
     "body": "Ik dacht dat ik me alleen voor één atelier opgaf, niet voor een netwerk. Lid worden wil ik niet, graag "
             "weer afmelden.\n\nSanne"},
    # -- autoreply ------------------------------------------------------------------------------------------------
    {"id": "d61-auto-01", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: " + INVITE_SUBJECT,
     "body": "Ik ben afwezig tot en met maandag 15 februari. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken "
             "kunt u contact opnemen met het directiesecretariaat, 0318 55 40 00."},
    {"id": "d61-auto-02", "kind": "autoreply", "headers": {"X-Auto-Response-Suppress": "All"},
     "subject": "Automatic reply: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Thank you for your message. I am travelling until 22 February with limited access to e-mail. For "
             "urgent matters please contact my office manager."},
    {"id": "d61-auto-03", "kind": "autoreply", "thread": R, "quoted": "herinnering_atelier", "quote": "ongemarkeerd",
     "headers": {"Precedence": "auto_reply"},
     "body": "Bedankt voor uw bericht. Ik ben op vakantie en lees mijn mail na 8 maart weer."},
    {"id": "d61-auto-04", "kind": "autoreply", "subject": "Afwezigheidsmelding",
     "body": "Van 8 tot en met 12 maart ben ik op werkbezoek en afwezig. Uw mail wordt niet doorgestuurd; voor zaken "
             "die niet kunnen wachten belt u 030 286 10 00."},
    {"id": "d61-auto-05", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Dit adres is niet meer in gebruik",
     "body": "Sinds de fusie op 1 januari is dit e-mailadres niet meer in gebruik. Stuur uw bericht voortaan naar "
             "info@werkorganisatie-rivierenzuid.nl.\n\nDit is een automatisch bericht; u kunt er niet op antwoorden."},
    {"id": "d61-auto-06", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-generated"},
     "subject": "Ontvangstbevestiging [ZK-2027-04411]", "thread": T, "quoted": "oproep_themas",
     "quote": "ongemarkeerd",
     "body": "Uw bericht is geregistreerd onder zaaknummer ZK-2027-04411 en wordt binnen vijf werkdagen in behandeling "
             "genomen door het klantcontactcentrum."},
]
# fmt: on
