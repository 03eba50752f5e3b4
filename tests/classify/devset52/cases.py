"""The fifty-second labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

RSVPs here rarely answer plainly: the yes or no follows from a condition, a time limit, a split answer, a changed
mind, a double negation, irony or an act ("ik boek de trein"). Replies to the date change, the waiting-list notice
and the substitute's invitation carry the thread ``invitation``. A hand-written note by an assistant is ``other``;
an automatic notice is ``autoreply``, with or without automatic headers.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
PREC = {"Precedence": "auto_reply", "X-Autoreply": "yes"}
IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nVerzonden vanaf Outlook voor Android"
IPAD_EN = "\n\nSent from my iPad"
DISCLAIMER = (
    "\n\nDit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, dan wordt u "
    "verzocht de afzender te informeren en het bericht te verwijderen. Aan dit bericht kunnen geen rechten worden "
    "ontleend."
)
ZEEUWS = "\n\nGroeten uut Zeêland,\nKees Minderhoud\ndirecteur Werkorganisatie Walcheren-Oost\n0118 - 41 22 90"
DRENTS = "\n\nGroet,\nJannes Bruins\nalgemeen directeur Werkorganisatie Aa en Veen\nT 0592 - 36 14 00"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP, attending ---------------------------------------------------------------------------------------
    {"id": "d52-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Hanneke Zwart <h.zwart@werkorganisatie-lingewaard-oost.nl>",
     "body": "Goedemorgen,\n\nIk heb zojuist de trein naar Utrecht geboekt, dus reken maar op mij.\n\n"
             "Met vriendelijke groet,\nHanneke Zwart\nalgemeen directeur"},
    {"id": "d52-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Bart Heijmans <b.heijmans@dekempenstroom.nl>",
     "body": "Ik zit 's ochtends nog in een stuurgroep, maar na de lunch schuif ik aan. Tot dan!\n\nBart"},
    {"id": "d52-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Ingrid Postma <i.postma@wurkferbân-noard.nl>",
     "body": "Beste Stan en Melanie,\n\nDe bestuursvergadering die op die middag stond heb ik naar de week erna "
             "verschoven. Ik ben er dus bij, al moet ik om vier uur weer weg voor een afspraak in Amersfoort."
             "\n\nHertlike groetnis,\nIngrid Postma"},
    {"id": "d52-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Robert Faber <r.faber@servicecentrum-duinstreek.nl>",
     "body": "Tight week, but I'll make it work. Count me in.\n\nRobert Faber\nDirector, Servicecentrum Duinstreek"},
    {"id": "d52-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Marloes Tiemens <m.tiemens@ijsselwerk.nl>",
     "body": "Ik zie eerlijk gezegd geen enkele reden om er niet bij te zijn. Dus: ja." + IPHONE},
    {"id": "d52-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "G. Oosterhuis <g.oosterhuis@werkorganisatie-westerkwartier-zuid.nl>",
     "body": "Geacht secretariaat,\n\nHet plenaire deel sla ik over, maar aan de werksessie over couleur locale "
             "neem ik graag deel. Ik ben er vanaf ongeveer half drie.\n\nHoogachtend,\n\nG. Oosterhuis\n"
             "gemeentesecretaris/algemeen directeur"},
    {"id": "d52-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Peter van Wijngaarden <p.vanwijngaarden@alblasserwaardwerkt.nl>",
     "body": "Vorige week schreef ik nog dat het er niet in zat. Inmiddels is de raadsinformatieavond geschrapt, "
             "dus ik kom toch.\n\nGroet,\nPeter van Wijngaarden"},
    {"id": "d52-rsvp-08", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "sandra.kok@deltawerk-zeeland.nl",
     "body": "staat in de agenda, parkeerkaart geregeld, ik ben er\n\nsandra" + ANDROID},
    {"id": "d52-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Erik Janssen <e.janssen@werkorganisatie-maasvallei.nl>",
     "body": "Anja, zet je het in mijn agenda en laat je hen weten dat ik erbij ben? Ik neem de trein van 12.45."
             "\n\nErik"},
    {"id": "d52-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Yvonne Brinkman <y.brinkman@hofstadwerk.nl>",
     "body": "Dat komt goed uit: op 11 maart had ik een probleem, maar de 18e is vrij. Noteer mij maar.\n\n"
             "Met vriendelijke groet,\nYvonne Brinkman" + DISCLAIMER},
    {"id": "d52-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-lijn", "sender": "Theo Hendrix <t.hendrix@peelwerkt.nl>",
     "body": "Mijn aanmelding blijft gewoon staan. Valt er iemand af, dan zit ik die donderdag in Utrecht.\n\nTheo"},
    {"id": "d52-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Fatima El Amrani <f.elamrani@werkorganisatie-rivierenland-west.nl>",
     "body": "Beste secretariaat,\n\nDirk vroeg het me vorige week al, dus dat is geregeld: ik neem zijn plek in "
             "en kom zonder gast.\n\nMet vriendelijke groet,\nFatima El Amrani\nadjunct-directeur"},
    {"id": "d52-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Wim Rozendaal <w.rozendaal@veluwerand.nl>",
     "body": "Nee zeggen tegen een middag over couleur locale? Dat zou niet bij mij passen. Tot donderdag de 11e."
             "\n\nWim Rozendaal"},
    {"id": "d52-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Linda Verschuren <l.verschuren@baronieservice.nl>",
     "body": "Hi, I was on the fence, but my board insisted. So yes, I'll be there, probably a bit late "
             "(train from Breda).\n\nBest, Linda"},
    {"id": "d52-rsvp-15", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Jeroen Stam <j.stam@zaanwerk.nl>",
     "body": "Ik had het helemaal vergeten, maar heb mijn overleg van 15.00 uur net verzet. Ik ben er, alleen "
             "zonder de gast die ik had opgegeven." + IPHONE},
    {"id": "d52-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Karin Dekkers <k.dekkers@werkorganisatie-hoeksewaard.nl>",
     "body": "Beste organisatie,\n\nOnline volg ik het niet, in Utrecht wel. Ik kom dus naar het Stadskantoor."
             "\n\nGroet,\nKarin Dekkers"},
    {"id": "d52-rsvp-17", "kind": "rsvp", "attending": True, "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Hans Wolters <h.wolters@achterhoekwerkt.nl>",
     "subject": "Atelier 11 maart",
     "body": "Goedemiddag,\n\nIk ga ervan uit dat het doorgaat; in dat geval ben ik van de partij.\n\n"
             "Met vriendelijke groet,\nHans Wolters\nalgemeen directeur Achterhoek Werkt"},
    {"id": "d52-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Anouk de Graaf <anouk.degraaf@gmail.com>",
     "body": "Haha, die datum valt precies in mijn vakantieweek... maar die heb ik ingekort. Ik kom!\n\nAnouk de Graaf"
             "\ndirecteur Werkorganisatie Vijfheerenlanden-Zuid"},
    {"id": "d52-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "M. Bosma <m.bosma@werkorganisatie-oldambt-noord.nl>",
     "body": "Niet onmogelijk dat ik iets later binnenloop, maar ik ben er zeker. Vegetarisch graag, als er iets "
             "te eten is.\n\nMvg,\nMarten Bosma"},
    {"id": "d52-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "apple", "sender": "Ruud Teunissen <r.teunissen@gelderseveldwerk.nl>",
     "body": "Nieuwe datum genoteerd, nieuwe plek ook. Ik kom nog steeds." + IPHONE},
    {"id": "d52-rsvp-21", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Liesbeth Vos <l.vos@werkorganisatie-krimpenerwaard-oost.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\n"
             "Het antwoord is niet nee.\n\n> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\n"
             "Alleen ik, met z'n eentjes dus.\n\nLiesbeth Vos"},
    {"id": "d52-rsvp-22", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Dennis Huisman <d.huisman@drechtstedenwerkt.nl>",
     "body": "Mijn secretaresse had al afgezegd, dat was een misverstand. Ik wil er graag wel bij zijn; wilt u "
             "die afmelding negeren?\n\nDennis Huisman"},
    {"id": "d52-rsvp-23", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes", "sender": "Arjen Mulder <a.mulder@werkorganisatie-noordoostpolder-urk.nl>",
     "body": "Dank voor de herinnering. Ik heb een vrije middag opgenomen om erbij te kunnen zijn.\n\nArjen Mulder"},
    {"id": "d52-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Sophie Laurens <s.laurens@grensstreekwerk.nl>",
     "body": "Wouldn't miss it. See you in Utrecht.\n\nSophie Laurens | Managing Director | Grensstreek Werk\n"
             "+31 6 41 27 88 03"},
    {"id": "d52-rsvp-25", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail", "sender": "Tom Kuipers <t.kuipers@werkorganisatie-heuvelland.nl>",
     "body": "Prima, dan ga ik in de plaats van Dirk. Mijn gast is onze concerncontroller, Judith Dam.\n\nTom"},
    {"id": "d52-rsvp-26", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "J.W. Scholten <jw.scholten@twentewerkt.nl>",
     "body": "Na drie keer afzeggen wordt het tijd. Deze keer kom ik wel.\n\nGroetn,\nJan Willem Scholten"},
    {"id": "d52-rsvp-27", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Rianne Koster <r.koster@werkorganisatie-westfriesland-oost.nl>",
     "body": "Ja hoor Anja, die donderdag houd ik vrij. Stuur je de bevestiging?\n\nRianne"},
    {"id": "d52-rsvp-28", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Kees Minderhoud <k.minderhoud@walcheren-oost.nl>",
     "body": "Ik kan 't niet laten om te komen, ook al is het een flink eind rijden vanaf Middelburg." + ZEEUWS},
    {"id": "d52-rsvp-29", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "apple", "sender": "Nicole Bakker <n.bakker@amstelveenwerk.nl>",
     "body": "Mocht er een plek vrijkomen, ik kom meteen. Ik houd de middag vrij." + IPHONE},
    {"id": "d52-rsvp-30", "kind": "rsvp", "attending": True, "thread": None,
     "sender": "Jannes Bruins <j.bruins@aaenveenwerk.nl>", "subject": "aanmelding leer- en inspireer-atelier",
     "body": "Goedemiddag,\n\nVia een collega hoorde ik van het atelier op 11 maart. Zelf kreeg ik de uitnodiging "
             "wel, maar ik vind hem niet terug. Ik wil me graag aanmelden: ik kom, alleen." + DRENTS},
    # -- RSVP, not attending -----------------------------------------------------------------------------------
    {"id": "d52-rsvp-31", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Mark Verhoef <m.verhoef@kustwerk.nl>",
     "body": "Can't swing it this time, I'm afraid. Budget talks with the three councils that week.\n\nMark"},
    {"id": "d52-rsvp-32", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Els van Rijn <e.vanrijn@werkorganisatie-bommelerwaard.nl>",
     "body": "Ik had het graag gedaan, echt waar, maar die middag is al drie keer volgeboekt.\n\nEls"},
    {"id": "d52-rsvp-33", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Paul Smeets <p.smeets@heuvellandwerk.nl>",
     "body": "Beste Stan,\n\nIk dacht dat het zou lukken en had al ja gezegd, maar er is een crisisoverleg "
             "ingepland over de jeugdzorg. Ik moet me dus helaas toch afmelden.\n\nGroete,\nPaul Smeets"},
    {"id": "d52-rsvp-34", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Ronald Gerritsen <r.gerritsen@liemerswerkt.nl>",
     "body": "Ja, leuk, een atelier op de dag dat onze begroting in drie raden tegelijk wordt behandeld. Ik ben "
             "bang dat mijn raden me niet laten gaan. Volgende keer beter." + IPHONE},
    {"id": "d52-rsvp-35", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Carla Hoogland <c.hoogland@werkorganisatie-vechtdal.nl>",
     "body": "Het is niet zo dat ik geen zin heb, maar ik zie niet hoe ik het rond krijg. Ik laat het dus aan me "
             "voorbijgaan.\n\nCarla Hoogland"},
    {"id": "d52-rsvp-36", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Gert-Jan Pronk <gj.pronk@waterlandwerkt.nl>",
     "body": "Ik zou om kwart over twee pas kunnen komen en moet om half vier alweer weg. Dat heeft weinig zin, "
             "dus ik sla deze over.\n\nGert-Jan"},
    {"id": "d52-rsvp-37", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "A. Vermeulen <a.vermeulen@werkorganisatie-maasenwaal.nl>",
     "body": "Geacht secretariaat,\n\nIn verband met de vaststelling van de kadernota ben ik op de genoemde datum "
             "niet beschikbaar. Mijn plaatsvervanger, de heer R. Timmer, zal in mijn plaats deelnemen.\n\n"
             "Hoogachtend,\nA. Vermeulen\nalgemeen directeur"},
    {"id": "d52-rsvp-38", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Monique Jacobs <m.jacobs@brabantsewal-werkt.nl>",
     "body": "Goedemorgen,\n\nDe 11e had ik vrijgehouden, maar de 18e zit ik in Brussel. Jammer, dan kom ik niet."
             "\n\nMet vriendelijke groet,\nMonique Jacobs" + DISCLAIMER},
    {"id": "d52-rsvp-39", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail", "sender": "Frits Hoekstra <f.hoekstra@wurkorganisaasje-fryske-marren.nl>",
     "body": "Haal me maar van de wachtlijst: inmiddels heb ik die middag iets anders gepland.\n\nFrits"},
    {"id": "d52-rsvp-40", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Joyce Willems <j.willems@werkorganisatie-kempen-noord.nl>",
     "body": "Beste secretariaat,\n\nDirk heeft mij opgegeven, maar hij heeft het niet met mij overlegd. Ik kan "
             "die dag ook niet; er gaat van ons niemand.\n\nMet vriendelijke groet,\nJoyce Willems"},
    {"id": "d52-rsvp-41", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "sender": "Henk Brouwers <h.brouwers@utrechtseheuvelrugwerk.nl>",
     "body": "Goed dat u me eraan herinnert: ik moet me afmelden. Mijn dochter gaat die dag trouwen, wat ik bij "
             "het aanmelden over het hoofd zag.\n\nHenk Brouwers"},
    {"id": "d52-rsvp-42", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Eva Lindqvist <e.lindqvist@grenslandwerk.nl>",
     "body": "Thanks for the invite! Sadly I'll be on leave that week, so it's a no from me. Hope to join the "
             "next one.\n\nEva"},
    {"id": "d52-rsvp-43", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Bert Wagenaar <b.wagenaar@werkorganisatie-duin-en-bollen.nl>",
     "body": "Ik heb het geprobeerd te verzetten, maar het directieoverleg blijft op donderdag staan. Ik moet "
             "dus passen.\n\nBert Wagenaar"},
    {"id": "d52-rsvp-44", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Saskia Doornbos <s.doornbos@eemsdeltawerk.nl>",
     "body": "Eerst ja, toen nee, toen weer ja, en nu definitief: nee. Sorry voor het gedoe.\n\nMoi,\nSaskia"},
    {"id": "d52-rsvp-45", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Koen Aerts <k.aerts@werkorganisatie-land-van-cuijk.nl>",
     "body": "Mijn agenda zegt nee, mijn hart zegt ja. De agenda wint helaas." + IPHONE},
    {"id": "d52-rsvp-46", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Michiel de Boer <m.deboer@werkorganisatie-de-wolden-hoogeveen.nl>",
     "body": "Anja, ik heb die middag de accountant over de vloer. Wil je ze laten weten dat ik er niet bij ben?"
             "\n\nMichiel"},
    {"id": "d52-rsvp-47", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Wendy Claassen <w.claassen@gooiwerkt.nl>",
     "body": "Niet dat ik het niet interessant vind, maar komen zit er niet in.\n\nWendy"},
    {"id": "d52-rsvp-48", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Johan Veenstra <j.veenstra@werkorganisatie-hollandsmidden.nl>",
     "body": "Beste Melanie,\n\nIn plaats van mij komt Ilse Kramer, onze directeur bedrijfsvoering. Zij neemt "
             "haar eigen inzichten mee; ik ben die dag op werkbezoek.\n\nGroet,\nJohan Veenstra"},
    {"id": "d52-rsvp-49", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-en", "sender": "Rik Dijkman <r.dijkman@deltaserviceorganisatie.nl>",
     "body": "No need to keep a spot for me on the waiting list any more. Something came up, I can't make it."
             "\n\nRik"},
    {"id": "d52-rsvp-50", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "apple", "sender": "Anneke Post <a.post@werkorganisatie-salland-noord.nl>",
     "body": "Op de oude datum kon ik, op de nieuwe niet. Streep me maar door." + IPHONE},
    {"id": "d52-rsvp-51", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Olaf Jansma <o.jansma@noorderwerk.nl>",
     "body": "Ik moet eerlijk zijn: ik red het niet. Met griep in bed, en dat gaat voor donderdag niet over."
             "\n\nOlaf" + ANDROID},
    {"id": "d52-rsvp-52", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Marjolein van Dam <m.vandam@werkorganisatie-lopikerwaard.nl>",
     "body": "Ik had de trein al geboekt, maar die heb ik net weer geannuleerd: de raad heeft een extra "
             "vergadering ingelast. Ik ben er niet bij.\n\nMarjolein van Dam"},
    {"id": "d52-rsvp-53", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "David Meijer <d.meijer@randstadwerkorganisatie.nl>",
     "body": "I'd love to say yes, but I'm double-booked and the other one wins. Have a good session.\n\nDavid"},
    {"id": "d52-rsvp-54", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Trees Wouters <t.wouters@werkorganisatie-peelland.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\n"
             "Nee, helaas. Ik zit die week in Lissabon voor het Europese stedennetwerk.\n\nTrees"},
    {"id": "d52-rsvp-55", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "apple", "sender": "Jasper Hulst <j.hulst@werkorganisatie-noordkop.nl>",
     "body": "Leuk dat Dirk aan mij dacht, maar ik zit die middag zelf in een aanbesteding. Kunnen jullie hem "
             "laten weten dat het niet lukt?" + IPHONE},
    {"id": "d52-rsvp-56", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "L. Hermans <l.hermans@werkorganisatie-geuldal.nl>",
     "body": "Het onderwerp spreekt me aan, de datum niet. Ik meld me af.\n\nGroete,\nLoes Hermans"},
    {"id": "d52-rsvp-57", "kind": "rsvp", "attending": False, "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Hugo Vink <h.vink@werkorganisatie-eemland.nl>",
     "subject": "afmelding 11 maart",
     "body": "Beste secretariaat,\n\nHoewel ik had gezegd dat ik zou komen, moet ik het toch laten schieten.\n\n"
             "Met vriendelijke groet,\nHugo Vink"},
    {"id": "d52-rsvp-58", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Marieke Borst <m.borst@werkorganisatie-de-ronde-venen.nl>",
     "body": "Ik zou willen dat ik kon zeggen dat ik kom.\n\nMarieke Borst"},
    {"id": "d52-rsvp-59", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Stefan Wijnen <s.wijnen@werkorganisatie-oost-brabant.nl>",
     "body": "Hi, looked forward to it, but our merger evaluation got moved to Thursday. Please give my seat to "
             "someone on the waiting list.\n\nStefan"},
    {"id": "d52-rsvp-60", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Bea Schouten <b.schouten@werkorganisatie-zuidplas.nl>",
     "body": "Ja, ik heb de uitnodiging ontvangen, dank u. Komen lukt alleen niet: ik ben die dag op "
             "vakantie.\n\nBea Schouten"},
    # -- other ------------------------------------------------------------------------------------------------
    {"id": "d52-other-01", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Ton Reijnders <t.reijnders@werkorganisatie-land-van-heusden.nl>",
     "body": "Goedemorgen,\n\nKan ik bij het Stadskantoor parkeren, of moet ik uitwijken naar een P+R? Dan weet "
             "ik of ik met de auto ga.\n\nGroet,\nTon Reijnders"},
    {"id": "d52-other-02", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Ilona Smits <i.smits@werkorganisatie-nederbetuwe.nl>",
     "body": "Ik zit sinds kort in een rolstoel. Is de zaal in het Stadskantoor zonder trappen te bereiken? "
             "Anders moet ik even nadenken.\n\nIlona"},
    {"id": "d52-other-03", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Niels Brand <n.brand@werkorganisatie-ijsselland.nl>",
     "body": "Quick question: is the Teams link for full participation, or only for listening in? I'd join "
             "online if I can actually take part.\n\nNiels"},
    {"id": "d52-other-04", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Carolien Smit <c.smit@werkorganisatie-oostelijk-zuid-limburg.nl>",
     "body": "Beste secretariaat,\n\nZijn er kosten verbonden aan deelname? Onze controller vraagt het, voor ik "
             "me kan aanmelden.\n\nMet vriendelijke groet,\nCarolien Smit"},
    {"id": "d52-other-05", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Erwin Dijkstra <e.dijkstra@werkorganisatie-weststellingwerf.nl>",
     "body": "Mag ik onze wethouder bedrijfsvoering meenemen? Hij is geen directeur, maar het thema raakt zijn "
             "portefeuille." + IPHONE},
    {"id": "d52-other-06", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "Nadia Bouzid <n.bouzid@werkorganisatie-haarlemmermeer-noord.nl>",
     "body": "Ik eet glutenvrij en halal. Houdt u daar rekening mee?\n\nNadia Bouzid"},
    {"id": "d52-other-07", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Frank Groen <f.groen@werkorganisatie-alphen-rijnwoude.nl>",
     "body": "Goedemiddag,\n\nAls het afgelopen is om half zes, ben ik erbij. Klopt die eindtijd, of loopt het "
             "traditiegetrouw uit met een borrel? Graag even een reactie, dan bevestig ik.\n\nFrank Groen"},
    {"id": "d52-other-08", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Lotte Visser <l.visser@werkorganisatie-schouwen.nl>",
     "body": "Ik kom graag, op voorwaarde dat ik online kan presenteren wat wij in Schouwen hebben gedaan. Kan "
             "dat? Laat het me weten.\n\nLotte"},
    {"id": "d52-other-09", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-en",
     "sender": "Victor Prins <v.prins@werkorganisatie-zeeuws-vlaanderen.nl>",
     "body": "Is there a charging point for electric cars near the venue? I'm driving up from Terneuzen.\n\n"
             "Victor"},
    {"id": "d52-other-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Sylvia Martens <s.martens@werkorganisatie-bergen-egmond.nl>",
     "body": "Beste Stan,\n\nWe zijn de enige fusieorganisatie met vijf gemeenten. Kunnen jullie ervoor zorgen "
             "dat dat in een van de werkgroepen aan bod komt? Dan weet ik of het de moeite is.\n\nSylvia Martens"},
    {"id": "d52-other-11", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "sender": "Anja Ruiter <a.ruiter@werkorganisatie-de-bilt-zeist.nl>",
     "body": "Beste secretariaat,\n\nMevrouw Koopmans is tot 12 maart afwezig. Ik leg uw uitnodiging aan haar "
             "voor zodra zij terug is; het zou kunnen dat zij dan al te laat is. Kunt u haar een plek "
             "vasthouden?\n\nMet vriendelijke groet,\nAnja Ruiter\nmanagementassistent directie"},
    {"id": "d52-other-12", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Petra Claes <p.claes@werkorganisatie-twenterand.nl>",
     "subject": "RE: uitnodiging atelier - dhr. Lammers afwezig",
     "body": "Goedemiddag,\n\nDe heer Lammers is afwezig tot en met 20 maart in verband met een operatie. Ik weet "
             "niet of hij het atelier wil volgen als hij hersteld is; ik vraag het hem zodra dat kan. Is er "
             "een uiterste datum om te reageren?\n\nVriendelijke groet,\nPetra Claes\nsecretariaat directie"},
    {"id": "d52-other-13", "kind": "other", "thread": None,
     "sender": "Redactie Gemeentenieuws Online <redactie@gemeentenieuws-online.nl>",
     "subject": "Verzoek: verslag leer- en inspireer-atelier",
     "body": "Geachte heer, mevrouw,\n\nWij zouden graag een journalist aanwezig laten zijn bij uw atelier van "
             "11 maart voor een achtergrondartikel over ambtelijke fusies. Is dat mogelijk?\n\n"
             "Met vriendelijke groet,\nJoost Lankhorst\nredactie Gemeentenieuws Online"},
    {"id": "d52-other-14", "kind": "other", "thread": None,
     "sender": "Rutger Hoekman <r.hoekman@fusiecoach-advies.nl>", "subject": "Samenwerking workshop",
     "body": "Beste organisatoren,\n\nAls interim-manager heb ik vier fusies begeleid. Ik verzorg graag een "
             "workshop tijdens een volgend atelier; mijn tarieven stuur ik op verzoek.\n\nHartelijke groet,\n"
             "Rutger Hoekman\nFusiecoach Advies B.V."},
    {"id": "d52-other-15", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
     "sender": "Gerda Zijlstra <g.zijlstra@werkorganisatie-smallingerland-oost.nl>",
     "body": "Ik heb een gehoorapparaat. Is er een ringleiding in de zaal? Zonder kan ik het gesprek in een grote "
             "groep nauwelijks volgen.\n\nGerda Zijlstra"},
    {"id": "d52-other-16", "kind": "other", "thread": I, "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
     "sender": "Maarten Laan <m.laan@werkorganisatie-hof-van-twente.nl>",
     "body": "Goedemorgen,\n\nPlaats 2 op de wachtlijst: hoe groot is de kans dat ik erin kom? Ik moet een "
             "andere afspraak wel of niet afzeggen en wil dat graag deze week weten.\n\nMaarten Laan"},
    {"id": "d52-other-17", "kind": "other", "thread": I, "quoted": "wijziging_atelier", "quote": "gmail",
     "sender": "Iris Pauwels <i.pauwels@werkorganisatie-altena-noord.nl>",
     "body": "Waarom is de datum verschoven? En geldt de Teams-link nog, of komt er een nieuwe?\n\nIris"},
    {"id": "d52-other-18", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Hester Blom <h.blom@werkorganisatie-midden-delfland.nl>",
     "body": "Ik wil er graag bij zijn met mijn collega Ruben Dekker, die nu nog geen lid is. Kan hij zich via "
             "mij aanmelden voor het netwerk, of moet hij dat zelf doen? Zijn adres: r.dekker@"
             "werkorganisatie-midden-delfland.nl\n\nHester Blom"},
    {"id": "d52-other-19", "kind": "other", "thread": None,
     "sender": "Bram Oudshoorn <b.oudshoorn@werkorganisatie-kaag-en-braassem.nl>",
     "subject": "Adviesraad",
     "body": "Beste secretariaat,\n\nIn de nieuwsbrief las ik dat de Adviesraad nieuwe leden zoekt. Hierbij "
             "stel ik mij kandidaat; mijn cv stuur ik mee als u dat wenst.\n\nMet vriendelijke groet,\n"
             "Bram Oudshoorn"},
    {"id": "d52-other-20", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "apple",
     "sender": "Kim Evers <k.evers@werkorganisatie-heerde-epe.nl>",
     "body": "Ik zie dat er 'met 1 gast' staat, maar ik heb niemand opgegeven. Klopt dat wel? Graag even "
             "nakijken." + IPHONE},
    {"id": "d52-other-21", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Sander Tol <s.tol@werkorganisatie-medemblik-opmeer.nl>",
     "body": "Would it be OK to bring my management trainee? She isn't a director, but this would be a great "
             "learning experience for her. Let me know and I'll confirm.\n\nSander"},
    {"id": "d52-other-22", "kind": "other", "thread": None,
     "sender": "Esther Kalf <e.kalf@werkorganisatie-stichtse-vecht-west.nl>",
     "subject": "klacht over vorige bijeenkomst",
     "body": "Beste organisatie,\n\nBij het vorige atelier was de zaal veel te klein en de koffie op voor half "
             "drie. Ik hoop dat dat nu anders is; graag hoor ik hoe u dat gaat aanpakken.\n\nEsther Kalf"},
    {"id": "d52-other-23", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "groupwise",
     "sender": "H. van Leeuwen <h.vanleeuwen@werkorganisatie-rijssen-holten.nl>",
     "body": "Geacht secretariaat,\n\nMijn collega Wilma Hagen heeft het netwerk verlaten maar krijgt nog steeds "
             "uw mails. Wilt u haar uit het bestand verwijderen? Zelf blijf ik graag lid.\n\n"
             "Hoogachtend,\nH. van Leeuwen"},
    {"id": "d52-other-24", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Jolanda Reinders <j.reinders@werkorganisatie-borne-hengelo.nl>",
     "body": "Ik heb een voedselallergie (noten, ernstig). Kan de catering daar rekening mee houden?\n\nJolanda"},
    {"id": "d52-other-25", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Gijs Terpstra <g.terpstra@werkorganisatie-harlingen-waadhoeke.nl>",
     "body": "Goedemiddag,\n\nWordt de sessie opgenomen? Als dat zo is kijk ik hem liever achteraf terug; zo niet, "
             "dan probeer ik te komen. Wilt u het even laten weten?\n\nGijs Terpstra"},
    # -- suggestion -------------------------------------------------------------------------------------------
    {"id": "d52-suggestion-01", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Marco Luiten <m.luiten@werkorganisatie-west-betuwe.nl>",
     "body": "Goedemorgen,\n\nGraag zou ik het hebben over één loket voor inwoners van vier gemeenten: hoe houd je "
             "de telefoon, de balie en de website herkenbaar per gemeente?\n\nMarco Luiten"},
    {"id": "d52-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Saskia Leenders <s.leenders@maaswerkt.nl>",
     "body": "Een onderwerp dat bij ons speelt: hoe behoud je jong talent in een werkorganisatie die door "
             "medewerkers als groot en log wordt ervaren? Ik hoor graag hoe anderen hun HR-beleid inrichten.\n\n"
             "Saskia"},
    {"id": "d52-suggestion-03", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Dick van Hal <d.vanhal@werkorganisatie-woerden-oudewater.nl>",
     "body": "Dank voor de mooie middag. Voor de volgende keer: wat doe je als één van de deelnemende gemeenten "
             "wil uittreden? Dat raakt aan de lange termijn van de fusie én aan de verhouding met de "
             "andere besturen.\n\nDick van Hal"},
    {"id": "d52-suggestion-04", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Rens Pieters <r.pieters@werkorganisatie-krimpen.nl>",
     "body": "Voorstel: hoe breng je de belangen van de deelnemende gemeenten bij elkaar als de ene wil "
             "bezuinigen en de andere juist wil investeren in gezamenlijke opgaven?" + IPHONE},
    {"id": "d52-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Anna de Wit <a.dewit@werkorganisatie-leiden-noord.nl>",
     "body": "Suggestion: the move to a single ICT platform and what it does to workload and processes inside "
             "the organisation. Not the customer side, just our own operations.\n\nAnna"},
    {"id": "d52-suggestion-06", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "Lambert Jongsma <l.jongsma@werkorganisatie-tytsjerksteradiel.nl>",
     "body": "Ik zou het graag hebben over een visie voor 2035: waar moet een fusieorganisatie dan staan? Niet de "
             "dagelijkse dienstverlening, maar de koers.\n\nLambert Jongsma"},
    {"id": "d52-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Joke Ter Horst <j.terhorst@werkorganisatie-berkelland.nl>",
     "body": "Idee voor een volgend atelier: de inzet van digitale formulieren en chatbots voor inwoners, en wat "
             "dat vraagt van de inrichting van onze teams.\n\nJoke"},
    {"id": "d52-suggestion-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "sender": "Roel Kamphuis <r.kamphuis@werkorganisatie-ommen-hardenberg.nl>",
     "subject": "themasuggestie: regionale samenwerking",
     "body": "Beste secretariaat,\n\nIk geef u een thema mee: samenwerken met buurregio's buiten de fusie, "
             "bijvoorbeeld in de veiligheidsregio en de GGD. Hoe voorkom je dat de werkorganisatie daar "
             "tussen wal en schip valt?\n\nRoel Kamphuis"},
    {"id": "d52-suggestion-09", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "B. Hofman <b.hofman@werkorganisatie-goeree-overflakkee.nl>",
     "body": "Samenwerking is al vaak besproken. Ik stel iets anders voor: hoe bepaal je als directie de "
             "langetermijnkoers wanneer de colleges elke vier jaar wisselen?\n\nB. Hofman"},
    {"id": "d52-suggestion-10", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Ellen Bos <e.bos@werkorganisatie-bunnik-wijk.nl>",
     "body": "Wat mij bezighoudt: de klanttevredenheid is in twee van onze drie gemeenten gedaald sinds de "
             "fusie. Hoe meten anderen de kwaliteit van hun dienstverlening, en wat doen ze ermee?\n\nEllen Bos"},
    # -- unsubscribe ------------------------------------------------------------------------------------------
    {"id": "d52-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Gerard Wessels <g.wessels@werkorganisatie-montferland.nl>",
     "body": "Beste secretariaat,\n\nPer 1 april ga ik met pensioen. Naar het atelier kom ik dus niet meer, en "
             "u kunt mij ook uit het netwerk halen.\n\nMet vriendelijke groet,\nGerard Wessels"},
    {"id": "d52-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "gmail", "sender": "Nina Rutten <n.rutten@werkorganisatie-venray-horst.nl>",
     "body": "Ik had me te snel aangemeld; dit netwerk is toch niet voor mij bedoeld. Meld me maar weer af.\n\n"
             "Nina"},
    {"id": "d52-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Ruben Schaap <r.schaap@werkorganisatie-ameland-terschelling.nl>",
     "subject": "verwijdering persoonsgegevens",
     "body": "Geacht secretariaat,\n\nIk verzoek u op grond van artikel 17 AVG al mijn gegevens uit uw bestanden "
             "te verwijderen en mij geen berichten meer te sturen.\n\nHoogachtend,\nR. Schaap"},
    {"id": "d52-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Laura Kemper <l.kemper@werkorganisatie-noordwijk-teylingen.nl>",
     "body": "I've moved on to a job at the province, so I won't be attending, and please take me off the "
             "mailing list for the network as well.\n\nLaura Kemper"},
    {"id": "d52-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Arno de Vries <a.devries@werkorganisatie-zwartewaterland.nl>",
     "body": "Per 1 maart neemt Marleen Poort mijn functie over (m.poort@werkorganisatie-zwartewaterland.nl). "
             "Zij is mijn opvolger, ook in dit netwerk; ik meld me af.\n\nArno de Vries"},
    {"id": "d52-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Yara Mertens <y.mertens@werkorganisatie-sittard-geleen-zuid.nl>",
     "body": "Geen belangstelling meer, niet voor dit atelier en niet voor het netwerk. Ik wil ook dat mijn "
             "gegevens worden gewist (AVG)." + IPHONE},
    {"id": "d52-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "notes",
     "sender": "Tjeerd Bakker <t.bakker@werkorganisatie-het-hogeland.nl>",
     "body": "Ik stop als directeur en daarmee ook met het netwerk. De plek op donderdag kan naar een ander.\n\n"
             "Tjeerd Bakker"},
    {"id": "d52-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Corine Hagen <c.hagen@werkorganisatie-montfoort-ijsselstein.nl>", "subject": "Afmelden",
     "body": "Graag wil ik mij afmelden voor de nieuwsbrief en de uitnodigingen van het netwerk.\n\n"
             "Vriendelijke groet,\nCorine Hagen"},
    {"id": "d52-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Oscar Lindeman <o.lindeman@werkorganisatie-tholen.nl>",
     "body": "No themes from me, I'm afraid. I'm leaving the organisation at the end of the month; please "
             "unsubscribe me.\n\nOscar"},
    {"id": "d52-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "groupwise",
     "sender": "W. Hoogendoorn <w.hoogendoorn@werkorganisatie-molenlanden.nl>",
     "body": "Geacht secretariaat,\n\nNaar het atelier kom ik niet. Belangrijker: ik wens geen deel meer uit te "
             "maken van het netwerk. Wilt u mij afmelden?\n\nHoogachtend,\nW. Hoogendoorn"},
    # -- autoreply --------------------------------------------------------------------------------------------
    {"id": "d52-autoreply-01", "kind": "autoreply", "thread": I, "headers": AUTO,
     "sender": "Hanneke Zwart <h.zwart@werkorganisatie-lingewaard-oost.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Dank voor uw bericht. Ik ben van 1 tot en met 14 maart niet aanwezig en lees mijn e-mail niet. "
             "Voor dringende zaken kunt u terecht bij mijn collega Joost Bril, j.bril@"
             "werkorganisatie-lingewaard-oost.nl."},
    {"id": "d52-autoreply-02", "kind": "autoreply", "thread": I,
     "sender": "Mark Verhoef <m.verhoef@kustwerk.nl>",
     "subject": "Out of Office: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "I am out of the office until Monday 8 March with limited access to e-mail. For urgent matters "
             "please contact my office manager at +31 70 123 45 67."},
    {"id": "d52-autoreply-03", "kind": "autoreply", "thread": R, "headers": PREC,
     "sender": "Carla Hoogland <c.hoogland@werkorganisatie-vechtdal.nl>",
     "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Ik ben afwezig tot en met 10 maart. Uw bericht wordt niet doorgestuurd. Na mijn terugkomst neem "
             "ik zo snel mogelijk contact met u op."},
    {"id": "d52-autoreply-04", "kind": "autoreply", "thread": I, "headers": AUTO,
     "sender": "directie@werkorganisatie-de-bilt-zeist.nl",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier",
     "body": "Mevrouw Koopmans is tot 12 maart afwezig. Uw e-mail wordt niet automatisch doorgestuurd. Voor "
             "dringende zaken kunt u contact opnemen met het secretariaat directie, 030 - 228 90 00.\n\n"
             "Dit is een automatisch gegenereerd bericht."},
    {"id": "d52-autoreply-05", "kind": "autoreply", "thread": None,
     "sender": "Paul Smeets <p.smeets@heuvellandwerk.nl>",
     "subject": "Automatisch antwoord: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027",
     "body": "Beste afzender,\n\nTot en met vrijdag 5 maart ben ik met vakantie. Mijn mail wordt in die periode "
             "niet gelezen. Voor zaken die niet kunnen wachten: bel 043 - 350 60 00 en vraag naar de "
             "dienstdoende directeur.\n\nGroete,\nPaul Smeets"},
    {"id": "d52-autoreply-06", "kind": "autoreply", "thread": T, "headers": AUTO,
     "sender": "Lambert Jongsma <l.jongsma@werkorganisatie-tytsjerksteradiel.nl>",
     "subject": "Automatysk antwurd / Automatisch antwoord",
     "body": "Ik bin oant 15 maart net oanwêzich. / Ik ben tot 15 maart niet aanwezig. Bij spoed: "
             "gemeentesecretaris@werkorganisatie-tytsjerksteradiel.nl."},
    {"id": "d52-autoreply-07", "kind": "autoreply", "thread": I,
     "headers": {"Auto-Submitted": "auto-generated"},
     "sender": "Eva Lindqvist <e.lindqvist@grenslandwerk.nl>",
     "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Thank you for your email. I'm currently on parental leave and will return on 1 April. Your message "
             "will not be forwarded. Please contact my colleague Sven Aalders (s.aalders@grenslandwerk.nl)."},
    {"id": "d52-autoreply-08", "kind": "autoreply", "thread": I,
     "sender": "Michiel de Boer <m.deboer@werkorganisatie-de-wolden-hoogeveen.nl>",
     "subject": "Niet aanwezig: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Ik ben op maandag en vrijdag niet aanwezig. Uw bericht wordt op de eerstvolgende werkdag in "
             "behandeling genomen." + DISCLAIMER},
    {"id": "d52-autoreply-09", "kind": "autoreply", "thread": R, "headers": AUTO,
     "sender": "secretariaat@werkorganisatie-twenterand.nl",
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "De heer Lammers is afwezig tot en met 20 maart. Uw bericht is niet doorgestuurd. U kunt zich "
             "wenden tot de plaatsvervangend directeur, mevrouw Visscher."},
    {"id": "d52-autoreply-10", "kind": "autoreply", "thread": None, "headers": PREC,
     "sender": "Koen Aerts <k.aerts@werkorganisatie-land-van-cuijk.nl>", "subject": "Afwezigheidsmelding",
     "body": "Goedendag,\n\nVan 22 februari tot en met 7 maart ben ik afwezig. In dringende gevallen kunt u "
             "contact opnemen met mijn collega Hennie Verstegen via 0485 - 57 88 00.\n\nMet vriendelijke groet,"
             "\nKoen Aerts"},
    {"id": "d52-autoreply-11", "kind": "autoreply", "thread": I, "headers": AUTO,
     "sender": "David Meijer <d.meijer@randstadwerkorganisatie.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Ik ben afwezig tot 9 maart / I am away until 9 March.\n\nUw e-mail wordt na mijn terugkeer "
             "behandeld. Your e-mail will be dealt with on my return."},
    {"id": "d52-autoreply-12", "kind": "autoreply", "thread": I,
     "sender": "Trees Wouters <t.wouters@werkorganisatie-peelland.nl>",
     "subject": "Afwezig",
     "body": "Dit is een automatisch bericht. Ik ben tot en met 12 maart met verlof en heb geen toegang tot mijn "
             "mailbox. Uw bericht wordt niet doorgestuurd; mailt u het zo nodig na 12 maart opnieuw."},
    {"id": "d52-autoreply-13", "kind": "autoreply", "thread": W, "headers": AUTO,
     "sender": "Nina Rutten <n.rutten@werkorganisatie-venray-horst.nl>",
     "subject": "Automatisch antwoord: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Ik ben niet aanwezig. Vanaf dinsdag 3 maart ben ik weer bereikbaar. Bij spoed: bel 0478 - 69 70 00."},
    {"id": "d52-autoreply-14", "kind": "autoreply", "thread": I, "headers": PREC,
     "sender": "Henk Brouwers <h.brouwers@utrechtseheuvelrugwerk.nl>",
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Bedankt voor uw e-mail. Wegens een cursus ben ik van 8 tot en met 11 maart afwezig. Mijn collega's "
             "van het directiesecretariaat nemen dringende zaken waar: directie@utrechtseheuvelrugwerk.nl."},
    {"id": "d52-autoreply-15", "kind": "autoreply", "thread": C,
     "sender": "Ruben Dekker <r.dekker@werkorganisatie-midden-delfland.nl>",
     "subject": "Automatisch antwoord: Bevestig uw aanmelding",
     "body": "Ik ben momenteel afwezig en ben vanaf 15 maart weer op kantoor. Voor vragen kunt u terecht bij "
             "Hester Blom, h.blom@werkorganisatie-midden-delfland.nl, of bij het klantcontactcentrum, 14 015."},
]
# fmt: on
