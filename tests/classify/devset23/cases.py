"""The cases of devset23 (issue 17): ordinary requests in noisy writing (dictation, autocorrect, typos, texting
abbreviations, capitals, missing or broken line structure, subject-only requests, mixed languages, second-language
Dutch, old formal Dutch).

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``. A director who cannot come
but sends a substitute is an RSVP with ``attending`` False; a reply that changes an earlier answer is labelled with
the latest answer. Inline answers carry our quoted lines in ``body`` themselves and no ``quoted``. A mail mixing an
act with a question a person must answer, or acting for someone else, is ``other``. A hand-over to a named successor
is ``unsubscribe``; an AVG erasure request anywhere is ``unsubscribe`` with ``erase`` True.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
IPHONE_EN = "\n\nSent from my iPhone"
ANDROID = "\n\nVerzonden vanuit Outlook voor Android"
GALAXY = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
DICTEE = "\n\n(ingesproken via spraakherkenning, excuses voor eventuele fouten)"
DICTEE_IOS = "\n\nIngesproken op mijn iPhone - let niet op rare woorden"
DISCLAIMER = (
    "\n\nDISCLAIMER: Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke "
    "informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan en stel de afzender op de "
    "hoogte. Aan dit bericht kunnen geen rechten worden ontleend."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "d23-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Wim Stegeman <w.stegeman@werkorganisatie-vechtdal-oost.nl>",
     "body": "ja ik kom graag naar het atelier op 11 maart punt ik neem mijn collega Anouk Brinkman mee komma "
             "dus we komen met twee personen punt groet Wim" + DICTEE},
    {"id": "d23-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Jeroen Lagerwey <jeroen.lagerwey@gmail.com>",
     "body": "helaas kan ik niet komen want die middag heb ik een gesprek met de commissaris van de koning en dat "
             "is niet te verzetten wei zien elkaar de volgende keer hardelijke groet Jeroen" + DICTEE_IOS},
    {"id": "d23-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "H.J. Postma <hj.postma@swo-tjongerland.nl>",
     "body": "JA IK KOM. MET 1 GAST (ONZE CONCERNCONTROLLER). GRT, H.J. POSTMA"},
    {"id": "d23-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Ed Vos <e.vos@werkorganisatie-gaasterwold.nl>",
     "body": "kan hlaas nt ivm raadsvergadering, volgnde x beter! gr ed" + IPHONE},
    {"id": "d23-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Petra Oosting <p.oosting@dewoldenhoeve.nl>",
     "body": "Ja\nik\nkom\n\nPetra"},
    {"id": "d23-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Lieven De Smet <lieven.desmet@werkorganisatie-kanaalzone.nl>",
     "body": "Beste,\n\nIk zal er zeker bij zijn op 11 maart. Ik kom samen met mijn adjunct, dus gelieve twee "
             "plaatsen te voorzien.\n\nMet vriendelijke groeten,\n\nLieven De Smet\nalgemeen directeur "
             "Werkorganisatie Kanaalzone"},
    {"id": "d23-rsvp-07", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Farida Amrani <f.amrani@werkorganisatie-lekstroom.nl>",
     "body": "Goedendag,\n\nIk kan niet komen op 11 maart. Mijn collega Yusuf Demir komt voor mij, zijn mail is "
             "y.demir@werkorganisatie-lekstroom.nl. Hij weet van het atelier.\n\nDank u wel.\nGroet, Farida Amrani"},
    {"id": "d23-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Coen Balk <c.balk@werkorganisatie-hollandsmidden.nl>",
     "body": "Ja is kom graag! Tot de 11e" + IPHONE_EN},
    {"id": "d23-rsvp-09", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "G.W. van Swieten <gw.vanswieten@werkorganisatie-eemland-noord.nl>",
     "body": "Geacht secretariaat,\n\nHierbij bericht ik u, dat ondergetekende tot zijn spijt verhinderd is de "
             "bijeenkomst van donderdag 11 maart a.s. bij te wonen, wegens verplichtingen elders, welke niet "
             "verschoven kunnen worden.\n\nHoogachtend,\n\nmr. drs. G.W. van Swieten\nalgemeen directeur"},
    {"id": "d23-rsvp-10", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Lotte van Dam <l.vandam@werkorganisatie-waalvliet.nl>",
     "body": "prima ik ben er om 14u Met vriendelijke groet Lotte van Dam directeur bedrijfsvoering Werkorganisatie "
             "Waalvliet T 0488 123 456 M 06 12 34 56 78 www.waalvliet.nl"},
    {"id": "d23-rsvp-11", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Sjoerd Kamminga <s.kamminga@wo-lauwersland.nl>",
     "body": "sorry moet afzeggen vr donderdag, lig ziek op bed. gr sjoerd" + ANDROID},
    {"id": "d23-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Karin Hoogland <k.hoogland@werkorganisatie-kempen-oost.nl>",
     "subject": "Ja, ik kom - RE: " + INV,
     "body": "Karin Hoogland\nDirecteur Werkorganisatie Kempen-Oost"},
    {"id": "d23-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Bas Eijkelenboom <b.eijkelenboom@werkorganisatie-alblasvliet.nl>",
     "subject": "Afmelding atelier 11 maart (verhinderd)",
     "body": "Mvg, Bas"},
    {"id": "d23-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Naomi Sterk <naomi.sterk@werkorganisatie-heuvelrug-west.nl>",
     "body": "Hi, yes I'll be there, looking forward to it! Ik neem de trein dus misschien 10 min later. Naomi"},
    {"id": "d23-rsvp-15", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "sender": "Marjan Teeuwen <m.teeuwen@werkorganisatie-zwaluwstreek.nl>",
     "body": "Eerder heb ik ja gezegd maar helaas word ik die middag bij de provincie verwacht dus moet ik me "
             "toch afmelden voor het atelier. Sorry vd late wijziging, hopelijk kan er iemand vd wachtlijst "
             "mee.\n\nMarjan"},
    {"id": "d23-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Arjen Wolters <a.wolters@werkorganisatie-ommelanden.nl>",
     "body": "Vorige week mailde ik dat ik niet kon, maar de raadsvergadering is verzet naar de 18e. Dus ik kom "
             "toch graag!\n\nGroet,\nArjen"},
    {"id": "d23-rsvp-17", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Hester Mol <h.mol@werkorganisatie-rijnwaarden.nl>",
     "body": "Hoi, ik kan toch niet. geef mijn plek op de wachtlijst maar aan een ander. thx Hester"},
    {"id": "d23-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Sanne Wijnands <s.wijnands@werkorganisatie-bommelerwijk.nl>",
     "body": "dank je wel ik kom graag in de plaats van Dirk punt tot 11 maart groet Sanne" + DICTEE},
    {"id": "d23-rsvp-19", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-lijn", "sender": "Ruben Hekman <r.hekman@werkorganisatie-bommelerwijk.nl>",
     "body": "Helaas ben ik zelf ook verhinderd die dag (audit commissie), dus ik kan niet in de plaats van Dirk "
             "komen. Ik laat het hem ff weten.\n\nGr Ruben"},
    {"id": "d23-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail", "sender": "Yvonne Dekker <y.dekker@werkorganisatie-texelstroom.nl>",
     "body": "de nieuwe datum 18 maart kan ik helaas niet, dan zit ik op wintersport. Succes!" + GALAXY},
    {"id": "d23-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-en", "sender": "Theo Rademaker <t.rademaker@werkorganisatie-gelderse-poort.nl>",
     "body": "18 MAART PAST OOK, IK BLIJF AANGEMELD.\n\nTHEO RADEMAKER"},
    {"id": "d23-rsvp-22", "kind": "rsvp", "attending": True, "thread": None,
     "sender": "Irene Schouten <i.schouten@werkorganisatie-duivenwaard.nl>",
     "subject": "aanmelding atelier 11/3",
     "body": "Goedemorgen,\n\nGraag meld ik mij aan voor het leer- en inspireeratelier van donderdag 11 maart in "
             "Utrecht. De uitnodiging kreeg ik via mijn secretaresse door, vandaar een nieuwe mail.\n\nGroet, "
             "Irene Schouten"},
    {"id": "d23-rsvp-23", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Jan-Willem Brouwer <jw.brouwer@werkorganisatie-maasenwaal.nl>",
     "subject": "RE: " + INV,
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nja ik kom\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nmet z'n 2en, mijn "
             "strategisch adviseur gaat mee\n\nJW"},
    {"id": "d23-rsvp-24", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Mieke Claassen <m.claassen@werkorganisatie-peelkant.nl>",
     "subject": "RE: " + INV,
     "body": "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n\nDan zit ik in Brussel.\n\n"
             "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nnee helaas\n\nMieke"},
    {"id": "d23-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Ellen Koopmans <e.koopmans@werkorganisatie-drentsaa.nl>",
     "body": "hoi Stan ik zie net de uitnodiging maar op 11 maart heb ik al een bestuurlijk overleg met de drie "
             "burgemeesters dat kan ik echt niet verzetten dus ik kom helaas niet volgende keer graag weer "
             "groeten Ellen verstuurd met spraakherkenning excuses voor eventuele fouten"},
    {"id": "d23-rsvp-26", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Mo Bouzid <m.bouzid@werkorganisatie-spaarnekust.nl>",
     "body": "Idd, ben erbij! +1 (collega Tim vd Berg). tnx, gr Mo" + IPHONE},
    {"id": "d23-rsvp-27", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Ann Verhaegen <ann.verhaegen@werkorganisatie-zeeuwsvlaanderen.nl>",
     "body": "Beste,\n\nJammer genoeg zal ik niet aanwezig kunnen zijn op 11 maart, ik heb die namiddag college "
             "en dat valt niet te verplaatsen. Ik wens jullie alvast een boeiende sessie.\n\nMet vriendelijke "
             "groeten,\nAnn Verhaegen"},
    {"id": "d23-rsvp-28", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Katarzyna Nowak <k.nowak@werkorganisatie-lingemeer.nl>",
     "body": "Goedemorgen.\n\nIk graag kom naar de atelier op 11 maart. Ik ben nieuw in functie sinds december "
             "en ik wil collega's leren kennen.\n\nMet vriendelijke groet,\nKatarzyna Nowak"},
    {"id": "d23-rsvp-29", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Pieter Rozendaal <p.rozendaal@werkorganisatie-hoekschelanden.nl>",
     "body": "Door ziekte van mijn plaatsvervanger moet ik die dag op de winkel passen, ik kan dus niet komen.\n\n"
             "P. Rozendaal"},
    {"id": "d23-rsvp-30", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Femke Hiemstra <femke.hiemstra@werkorganisatie-noordkop.nl>",
     "body": "jaaa ik kom!! wel pas om half 3, trein vanuit Groningen" + IPHONE},
    {"id": "d23-rsvp-31", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Richard Blom <r.blom@werkorganisatie-westerkwartier-zuid.nl>",
     "body": "Unfortunately I can't make it on the 11th, overlap met de begrotingsraad. Hopelijk next time!\n\n"
             "Richard"},
    {"id": "d23-rsvp-32", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Marcel Jongbloed <m.jongbloed@werkorganisatie-langstraat.nl>",
     "body": "Ja ik kom graag, groen Marcel" + IPHONE},
    {"id": "d23-rsvp-33", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Jaap Ruitenberg <j.ruitenberg@werkorganisatie-duinstreek.nl>",
     "body": "Beste Melanie komma ik ben helaas verhinderd op 11 maart punt mijn loco komt in mijn plaats punt zij "
             "heet Ingrid Mulder en haar mail is ingrid punt mulder apenstaartje werkorganisatie-duinstreek punt "
             "nl punt groet Jaap"},
    {"id": "d23-rsvp-34", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Bram Tuinstra <bram.tuinstra@werkorganisatie-fivelzijl.nl>",
     "body": "Yes! tot donderdag" + IPHONE_EN},
    {"id": "d23-rsvp-35", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Frank Huijbregts <f.huijbregts@werkorganisatie-dongemond.nl>",
     "body": "Anja is er niet dus ik antwoord zelf maar: ik ga graag, zet me op de lijst. Frank"},
    {"id": "d23-rsvp-36", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Secretariaat directie <directiesecretariaat@werkorganisatie-berkelland-oost.nl>",
     "body": "Goedemiddag, namens mevr. drs. A. Lansink laat ik u weten dat zij op 11 maart helaas niet aanwezig "
             "kan zijn i.v.m. een werkbezoek van de minister. Mvg, Tineke Oude Egberink, managementassistent"},
    {"id": "d23-rsvp-37", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Gijs Haverkamp <g.haverkamp@werkorganisatie-sallandse-heuvels.nl>",
     "body": "Reken op mij + 1 collega (Nicole Pots, manager dienstverlening). tnx\n\nGijs"},
    # -- subscribe ------------------------------------------------------------------------------------------
    {"id": "d23-subscribe-01", "kind": "subscribe", "thread": None,
     "sender": "Wouter Eelman <w.eelman@werkorganisatie-reestdal.nl>",
     "subject": "Aanmelden netwerk directeuren",
     "body": "Wouter Eelman\nalgemeen directeur Werkorganisatie Reestdal\n06 - 41 22 87 90" + IPHONE},
    {"id": "d23-subscribe-02", "kind": "subscribe", "thread": None,
     "sender": "Ronald Kuiper <r.kuiper@werkorganisatie-bommelwaard.nl>",
     "subject": "aanmelding",
     "body": "goedemiddag ik wil mij graag aanmelden voor het netwerk van directeuren van ambtelijke fusie "
             "organisaties punt ik ben sinds 1 februari directeur van de werkorganisatie Bommelwaard punt met "
             "vriendelijke groet Ronald Kuiper" + DICTEE},
    {"id": "d23-subscribe-03", "kind": "subscribe", "thread": None,
     "sender": "H. Visser <h.visser@swo-hunzeveld.nl>",
     "subject": "AANMELDING",
     "body": "GRAAG AANMELDEN ALS LID VAN HET NETWERK.\n\nH. VISSER\nDIRECTEUR SWO HUNZEVELD"},
    {"id": "d23-subscribe-04", "kind": "subscribe", "thread": None,
     "sender": "J.C.M. Verhoeven <jcm.verhoeven@werkorganisatie-zuidervaart.nl>",
     "subject": "Verzoek tot inschrijving",
     "body": "Geachte heer, mevrouw,\n\nHierbij verzoek ik u beleefd mij als deelnemer aan uw netwerk te willen "
             "inschrijven. Ondergetekende is met ingang van 1 januari jl. benoemd tot algemeen directeur van de "
             "Werkorganisatie Zuidervaart.\n\nIn afwachting van uw bevestiging verblijf ik,\n\nhoogachtend,\n\n"
             "Drs. J.C.M. Verhoeven"},
    {"id": "d23-subscribe-05", "kind": "subscribe", "thread": None,
     "sender": "Nadia El Idrissi <n.elidrissi@werkorganisatie-gooistreek.nl>",
     "subject": "lid worden",
     "body": "hoi, wil graag lid worden vh netwerk, zetten jullie me op de lijst? tnx! gr Nadia (nieuwe dir. "
             "werkorganisatie Gooistreek)"},
    {"id": "d23-subscribe-06", "kind": "subscribe", "thread": None,
     "sender": "Daniel Okafor <d.okafor@werkorganisatie-maasdelta.nl>",
     "subject": "Joining the network",
     "body": "Hello,\n\nI would like to sign up for the network of directors. I started as director of "
             "Werkorganisatie Maasdelta in January; my Dutch is improving but English is easier for me for now.\n\n"
             "Kind regards,\nDaniel Okafor"},
    {"id": "d23-subscribe-07", "kind": "subscribe", "thread": None,
     "sender": "Marek Kowalczyk <m.kowalczyk@werkorganisatie-rivierenhof.nl>",
     "subject": "Lid netwerk",
     "body": "Beste mensen,\n\nIk wil lid van het netwerk worden. Ik werk als directeur bij gemeentelijke "
             "werkorganisatie Rivierenhof. Mijn collega van Lingemeer zegt het is goed netwerk.\n\nGroet,\n"
             "Marek Kowalczyk"},
    {"id": "d23-subscribe-08", "kind": "subscribe", "thread": None,
     "sender": "Esther Bakhuis <e.bakhuis@werkorganisatie-achterhoek-zuid.nl>",
     "subject": "sign up",
     "body": "Hoi! Graag sign me up voor het netwerk, heb de brochure van een collega gekregen en ben enthousiast. "
             "Thanks!\n\nEsther Bakhuis\nDirecteur Werkorganisatie Achterhoek-Zuid"},
    {"id": "d23-subscribe-09", "kind": "subscribe", "thread": None,
     "sender": "Paul Brink <p.brink@werkorganisatie-leijstroom.nl>",
     "subject": "netwerk",
     "body": "graag\naanmelden\nals\nlid\n\nP.\nBrink\ndirecteur\nWerkorganisatie\nLeijstroom"},
    {"id": "d23-subscribe-10", "kind": "subscribe", "thread": None,
     "sender": "Tjitske Hoekstra <t.hoekstra@wurkorganisaasje-sudwesthoeke.nl>",
     "subject": "Aanmelden",
     "body": "Goedemorgen ik meld me graag aan als lid van het netwerk Met vriendelijke groet ir. T. Hoekstra "
             "directeur Wurkorganisaasje Súdwesthoeke 0515 48 90 00 www.wurkorganisaasje-sudwesthoeke.nl"},
    {"id": "d23-subscribe-11", "kind": "subscribe", "thread": None,
     "sender": "Koen Van Damme <koen.vandamme@werkorganisatie-sluishulst.nl>",
     "subject": "Inschrijving netwerk",
     "body": "Beste,\n\nGraag had ik mij ingeschreven in jullie netwerk van directeuren. Ik ben sinds kort "
             "algemeen directeur van de werkorganisatie Sluis-Hulst. Alvast bedankt!\n\nMet vriendelijke "
             "groeten,\nKoen Van Damme"},
    {"id": "d23-subscribe-12", "kind": "subscribe", "thread": None,
     "sender": "Annelies Smeenk <a.smeenk@werkorganisatie-twentekanaal.nl>",
     "subject": "Verzoek aanmelding lidmaatschap Netwerk directeuren ambtelijke fusieorganisaties",
     "body": "Met vriendelijke groet,\n\nAnnelies Smeenk\nalgemeen directeur\nWerkorganisatie Twentekanaal\n"
             "Postbus 120, 7470 AC Goor" + DISCLAIMER},
    {"id": "d23-subscribe-13", "kind": "subscribe", "thread": None,
     "sender": "Jos Maessen <j.maessen@werkorganisatie-bmwe.nl>",
     "subject": "aanmleding",
     "body": "Goedemidag, ik wil me graga aanmleden voor jullie netwerk, ben sinds kort directuer bij de "
             "werkorganisaite BMWE. Grt Jos" + GALAXY},
    {"id": "d23-subscribe-14", "kind": "subscribe", "thread": None,
     "sender": "Ingeborg Vlaming <i.vlaming@werkorganisatie-krommerijn.nl>",
     "subject": "netwerk",
     "body": "hallo ik ben de nieuwe directeur van de werkorganisatie Kromme Rijn en ik wil graag lit worden van "
             "het netwerk van directeuren kunt u mij aanmelden dank u wel Ingeborg Vlaming" + DICTEE_IOS},
    {"id": "d23-subscribe-15", "kind": "subscribe", "thread": None,
     "sender": "Rutger Meijerink <r.meijerink@werkorganisatie-dinkelland-oost.nl>",
     "subject": "Graag op de hoogte blijven",
     "body": "Goedemiddag,\n\nMijn voorganger ontving jullie uitnodigingen altijd. Houd mij voortaan ook op de "
             "hoogte van de ateliers, ik ben per 1 maart de nieuwe directeur van Werkorganisatie "
             "Dinkelland-Oost en wil graag lid worden.\n\nRutger Meijerink"},
    {"id": "d23-subscribe-16", "kind": "subscribe", "thread": None,
     "sender": "Saskia de Ruiter <s.deruiter@werkorganisatie-alm-en-biesbosch.nl>",
     "subject": "aanmeldformulier",
     "body": "naam : Saskia de Ruiter\nfunctie :directeur\norganisatie: Werkorganisatie Alm en Biesbosch\n"
             "e-mail: s.deruiter@werkorganisatie-alm-en-biesbosch.nl\ntel: 0183 44 55 66\nlid worden: JA"},
    {"id": "d23-subscribe-17", "kind": "subscribe", "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Hanneke Kok <h.kok@werkorganisatie-voornevlist.nl>",
     "subject": "FW: " + INV,
     "body": "Goedemiddag,\n\nDeze uitnodiging kreeg ik via een collega door. Ik zou graag zelf ook lid worden "
             "van het netwerk, zodat ik jullie mails voortaan rechtstreeks krijg.\n\nMet vriendelijke groet,\n"
             "Hanneke Kok\ndirecteur Werkorganisatie Voorne-Vlist"},
    {"id": "d23-subscribe-18", "kind": "subscribe", "thread": None,
     "sender": "Anton de Wit <a.dewit@werkorganisatie-lopikerland.nl>",
     "subject": "Aanmelden",
     "body": "Goedemorgen Ik Wil Mij Graag Aanmelden Voor Het Netwerk Van Directeuren Van Ambtelijke "
             "Fusieorganisaties Groet Anton De Wit Directeur Werkorganisatie Lopikerland"},
    {"id": "d23-subscribe-19", "kind": "subscribe", "thread": None,
     "sender": "Rachel Verbeek <r.verbeek@werkorganisatie-haringvliet.nl>",
     "subject": "Please add me",
     "body": "Please add me to the directors' network, thanks.\n\nRachel Verbeek | director Werkorganisatie "
             "Haringvliet"},
    {"id": "d23-subscribe-20", "kind": "subscribe", "thread": None,
     "sender": "Ahmet Yilmaz <a.yilmaz@werkorganisatie-oostgaarde.nl>",
     "subject": "aanmelden netwerk",
     "body": "Goedendag,\n\nGraag ik wil aanmelden mij voor netwerk van directeuren. Ik ben algemeen directeur van "
             "Werkorganisatie Oostgaarde sinds 1 maart.\n\nBedankt.\nAhmet Yilmaz"},
    # -- confirm --------------------------------------------------------------------------------------------
    {"id": "d23-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Wouter Eelman <w.eelman@werkorganisatie-reestdal.nl>",
     "body": ""},
    {"id": "d23-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "sender": "Nadia El Idrissi <n.elidrissi@werkorganisatie-gooistreek.nl>",
     "body": "ok" + IPHONE},
    {"id": "d23-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Ria Zandbergen <r.zandbergen@werkorganisatie-kaagland.nl>",
     "body": "ja hierbij bevestig ik mijn aanmelding punt groet Ria" + DICTEE},
    {"id": "d23-confirm-04", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "groupwise", "sender": "H. Visser <h.visser@swo-hunzeveld.nl>",
     "body": "JA BEVESTIGD. H. VISSER"},
    {"id": "d23-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Daniel Okafor <d.okafor@werkorganisatie-maasdelta.nl>",
     "body": "Yes, confirmed. Thx!\n\nDaniel"},
    {"id": "d23-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "sender": "J.C.M. Verhoeven <jcm.verhoeven@werkorganisatie-zuidervaart.nl>",
     "body": "Geacht secretariaat,\n\nHierbij bevestig ik gaarne mijn aanmelding voor uw netwerk.\n\n"
             "Hoogachtend,\nDrs. J.C.M. Verhoeven"},
    {"id": "d23-confirm-07", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "apple", "sender": "Jos Maessen <j.maessen@werkorganisatie-bmwe.nl>",
     "body": "bevestgd, sorry vr de vertraging. grt" + IPHONE},
    {"id": "d23-confirm-08", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "sender": "Esther Bakhuis <e.bakhuis@werkorganisatie-achterhoek-zuid.nl>",
     "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "klopt, dat was ik :) gr Esther"},
    {"id": "d23-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Ahmet Yilmaz <a.yilmaz@werkorganisatie-oostgaarde.nl>",
     "body": "Ja dit is mijn e-mail adres, ik bevestig. Dank u.\n\nAhmet Yilmaz"},
    {"id": "d23-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Tjitske Hoekstra <t.hoekstra@wurkorganisaasje-sudwesthoeke.nl>",
     "body": "Bevestigd Met vriendelijke groet ir. T. Hoekstra directeur Wurkorganisaasje Súdwesthoeke 0515 48 90 00"},
    # -- suggestion -----------------------------------------------------------------------------------------
    {"id": "d23-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Wim Stegeman <w.stegeman@werkorganisatie-vechtdal-oost.nl>",
     "body": "ik zou graag willen praten over de digitalisering van onze werkprocessen en hoe we de I en A op orde "
             "krijgen na de fusie punt groet Wim" + DICTEE},
    {"id": "d23-suggestion-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Ed Vos <e.vos@werkorganisatie-gaasterwold.nl>",
     "body": "sugg: de relatie met de 3 gemeenteraden, die idd steeds lastiger wordt bij ons. gr ed" + IPHONE},
    {"id": "d23-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "H.J. Postma <hj.postma@swo-tjongerland.nl>",
     "body": "MIJN ONDERWERP: HOE MONITOREN WE DE PRESTATIES VAN ONZE DIENSTVERLENING AAN INWONERS EN "
             "ONDERNEMERS. GRT, H.J. POSTMA"},
    {"id": "d23-suggestion-04", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Marjan Teeuwen <m.teeuwen@werkorganisatie-zwaluwstreek.nl>",
     "body": "Twee ondrewerpen:\n- lange termijn visie voor de werkorganistie (waar staan we in 2035?)\n"
             "- formatie en krapte op de arbeidsmarkt, hoe kom je nog aan goede mensen\n\nMarjan"},
    {"id": "d23-suggestion-05", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Arjen Wolters <a.wolters@werkorganisatie-ommelanden.nl>",
     "body": "Niet weer de organisatiestructuur graag, dat hebben we de laatste jaren vaak genoeg gehad. Liever: hoe "
             "positioneren we ons als fusieorganisatie in de regio, richting provincie en de buurgemeenten.\n\n"
             "Groet, Arjen"},
    {"id": "d23-suggestion-06", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Naomi Sterk <naomi.sterk@werkorganisatie-heuvelrug-west.nl>",
     "body": "Topic idea: how do you build a long-term strategic agenda when a new council period starts? Welke "
             "bestuurlijke prioriteiten kies je en hoe hou je die vast.\n\nNaomi"},
    {"id": "d23-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Ann Verhaegen <ann.verhaegen@werkorganisatie-zeeuwsvlaanderen.nl>",
     "body": "Beste,\n\nGraag had ik het eens gehad over de dienstverlening aan onze inwoners: hoe gaan jullie om "
             "met het klantcontactcentrum en de wachttijden aan de balie?\n\nMet vriendelijke groeten,\nAnn"},
    {"id": "d23-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Ellen Koopmans <e.koopmans@werkorganisatie-drentsaa.nl>",
     "body": "mooi verslag komma voor de volgende keer zou ik het willen hebben over de financien van de "
             "werkorganisatie zelf want onze begroting staat zwaar onder druk punt groeten Ellen" + DICTEE},
    {"id": "d23-suggestion-09", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Katarzyna Nowak <k.nowak@werkorganisatie-lingemeer.nl>",
     "body": "Goedemorgen.\n\nMijn idee voor onderwerp: samen werken met de andere gemeenten in de regio voor de "
             "gezamenlijke opgaven, zoals woningbouw en energie. Dit is voor ons heel belangrijk.\n\n"
             "Groet, Katarzyna Nowak"},
    {"id": "d23-suggestion-10", "kind": "suggestion", "themes": ["organisatie", "samenwerking", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Mo Bouzid <m.bouzid@werkorganisatie-spaarnekust.nl>",
     "body": "1. sturingsconcept vd werkorganisatie\n2. gezamenlijke ambities vd deelnemende gemeenten\n"
             "3. dienstverlening aan ondernemers (1 loket?)\n\ngr Mo"},
    {"id": "d23-suggestion-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Hans Terpstra <h.terpstra@werkorganisatie-marneland.nl>",
     "body": "ik stel voor: hoe meten we de tevredenheid van inwoners over onze dienstverlening Met vriendelijke "
             "groet Hans Terpstra concerndirecteur Werkorganisatie Marneland T 0519 22 33 44"},
    {"id": "d23-suggestion-12", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Coen Balk <c.balk@werkorganisatie-hollandsmidden.nl>",
     "body": "Suggestie: de lange termijn visie op onze organisatie, wat willen we zijn in 2030 en wat vraagt ons "
             "bestuur daarvoor? Groet Coen" + IPHONE_EN},
    {"id": "d23-suggestion-13", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Karin Hoogland <k.hoogland@werkorganisatie-kempen-oost.nl>",
     "subject": "RE: " + CALL + " -- suggestie: innovatie in dienstverlening aan ondernemers",
     "body": ""},
    {"id": "d23-suggestion-14", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Petra Oosting <p.oosting@dewoldenhoeve.nl>",
     "body": "digitalisering\nwerkprocessen\ninformatiebeveiliging\n\nPetra"},
    {"id": "d23-suggestion-15", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "G.W. van Swieten <gw.vanswieten@werkorganisatie-eemland-noord.nl>",
     "body": "Geacht secretariaat,\n\nIn antwoord op uw verzoek stel ik voor het vraagstuk van de bestuurlijke "
             "prioriteiten voor de komende tien jaar te agenderen, alsmede de vraag hoe de werkorganisatie de "
             "belangen van de deelnemende gemeenten met elkander in evenwicht houdt.\n\nHoogachtend,\n\n"
             "mr. drs. G.W. van Swieten"},
    {"id": "d23-suggestion-16", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Richard Blom <r.blom@werkorganisatie-westerkwartier-zuid.nl>",
     "body": "Suggestion: digital services for residents and businesses - how do you measure performance and "
             "customer satisfaction?\n\nRichard"},
    {"id": "d23-suggestion-17", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Sjoerd Kamminga <s.kamminga@wo-lauwersland.nl>",
     "body": "thema: formatie & innovatie ivm vergrijzing personeel. en evt monitoring vd prestaties van de "
             "dienstverlening. mvg sjoerd" + ANDROID},
    {"id": "d23-suggestion-18", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "sender": "Jan-Willem Brouwer <jw.brouwer@werkorganisatie-maasenwaal.nl>",
     "subject": "RE: " + CALL,
     "body": "> Denk aan:\n> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke "
             "prioriteiten;\n> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, "
             "belangen en ambities, positie in de regio;\n> - Organisatie: organisatiestructuur, sturingsconcept, "
             "formatie en innovatie, digitalisering, werkprocessen, financiën, I&A;\n\nja dit! vooral: hoe richt "
             "je het sturingsconcept in (opdrachtgever - opdrachtnemer)\n\n> - Dienstverlening: innovaties in "
             "dienstverlening aan inwoners, ondernemers en instellingen, monitoring van prestaties.\n\nJW"},
    {"id": "d23-suggestion-19", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Femke Hiemstra <femke.hiemstra@werkorganisatie-noordkop.nl>",
     "body": "onderwerp voor het volgende atelier de positie van onze werkorganisatie in de regio en de "
             "samenwerking met de veiligheidsregio en de GGD punt Femke" + DICTEE_IOS},
    {"id": "d23-suggestion-20", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "sender": "Theo Rademaker <t.rademaker@werkorganisatie-gelderse-poort.nl>",
     "body": "NOG EEN AANVULLING: OOK GRAAG IETS OVER HET MONITOREN VAN DE PRESTATIES VAN ONZE DIENSTVERLENING "
             "(KLANTTEVREDENHEID, AFHANDELTERMIJNEN).\n\nTHEO"},
    {"id": "d23-suggestion-21", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Lieven De Smet <lieven.desmet@werkorganisatie-kanaalzone.nl>",
     "body": "Mijn suggestie: change management bij een reorganisatie, dus een nieuwe organisatiestructuur "
             "neerzetten zonder dat de mensen afhaken.\n\nMet vriendelijke groeten,\nLieven"},
    {"id": "d23-suggestion-22", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Bram Tuinstra <bram.tuinstra@werkorganisatie-fivelzijl.nl>",
     "body": "mijn twee onderwerpen zijn ten eerste de relatie tussen de deelnemende gemeenten nu er een vierde "
             "bij komt en ten tweede de inhoudelijke agenda voor de lange termijn dank je wel Bram"},
    # -- unsubscribe ----------------------------------------------------------------------------------------
    {"id": "d23-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Leo Hartgers <l.hartgers@werkorganisatie-wijkermeer.nl>",
     "subject": "afmelden",
     "body": "" + IPHONE},
    {"id": "d23-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Gerrit Veldkamp <g.veldkamp@werkorganisatie-ijsselvliet.nl>",
     "subject": "pensioen",
     "body": "goedemiddag ik ga per 1 april met pensioen en wil me daarom afmelden voor het netwerk punt bedankt "
             "voor alle mooie bijeenkomsten van de afgelopen jaren groet Gerrit" + DICTEE},
    {"id": "d23-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "B. Kruit <b.kruit@werkorganisatie-dollardkust.nl>",
     "subject": "AFMELDEN + AVG",
     "body": "GRAAG MIJ AFMELDEN EN AL MIJN GEGEVENS VERWIJDEREN (AVG). B. KRUIT"},
    {"id": "d23-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "mr. A.P. Ligtvoet <ap.ligtvoet@werkorganisatie-schieveen.nl>",
     "subject": "Verzoek tot verwijdering persoonsgegevens",
     "body": "Geacht secretariaat,\n\nHierbij verzoek ik u beleefd, met een beroep op artikel 17 van de Algemene "
             "verordening gegevensbescherming, al mijn persoonsgegevens uit uw bestanden te verwijderen en mij "
             "voortaan geen berichten meer te doen toekomen.\n\nGaarne ontvang ik daarvan een bevestiging.\n\n"
             "Hoogachtend,\n\nmr. A.P. Ligtvoet"},
    {"id": "d23-unsubscribe-05", "kind": "unsubscribe", "erase": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Sarah Meuleman <s.meuleman@werkorganisatie-grensmaas.nl>",
     "body": "Please remove me from your list and delete my personal data (GDPR). I have left the organisation.\n\n"
             "Thanks, Sarah"},
    {"id": "d23-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Dick Schaap <d.schaap@werkorganisatie-zaanveld.nl>",
     "subject": "afm.",
     "body": "pls afmelden vh netwerk, ben per 1/5 weg bij de werkorganisatie. tnx gr Dick" + GALAXY},
    {"id": "d23-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Jolanda Verhagen <j.verhagen@werkorganisatie-peelrand.nl>",
     "subject": "Opvolging",
     "body": "Beste Stan en Melanie,\n\nMijn opvolger is Martine Smulders (m.smulders@werkorganisatie-peelrand.nl), "
             "zij neemt het per 1 juni van me over, ook in het netwerk. Mij graag afmelden.\n\nDank voor alles!\n"
             "Jolanda"},
    {"id": "d23-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Henk Wassink <h.wassink@werkorganisatie-berkeldal.nl>",
     "subject": "opvolger",
     "body": "goedemorgen ik stop per 1 mei als directeur mijn opvolger is Koen de Groot zijn mailadres is k punt "
             "degroot apenstaartje werkorganisatie-berkeldal punt nl hij neemt mijn plek in het netwerk over "
             "groet Henk Wassink" + DICTEE_IOS},
    {"id": "d23-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Cor Brandsen <c.brandsen@werkorganisatie-rijnmond-oost.nl>",
     "body": "Ik kom niet en wil ook van de lijst af, ik ben vertrokken bij de werkorganisatie en heb een baan "
             "buiten het openbaar bestuur.\n\nCor Brandsen"},
    {"id": "d23-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Ria Zandbergen <r.zandbergen@werkorganisatie-kaagland.nl>",
     "body": "geen thema's van mijn kant, ik stop met het netwerk. afmelden aub. gr ria"},
    {"id": "d23-unsubscribe-11", "kind": "unsubscribe", "erase": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Wendy Brugman <w.brugman@werkorganisatie-zuidplasdal.nl>",
     "body": "Ik kan niet komen. Verder verzoek ik u mijn gegevens te verwijderen, ik ben per 1 maart uit dienst "
             "en wil niet meer in jullie bestand staan.\n\nW. Brugman"},
    {"id": "d23-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Olena Kovalenko <o.kovalenko@werkorganisatie-rivierenhof.nl>",
     "subject": "Stoppen",
     "body": "Goedemiddag,\n\nIk wil niet meer lid zijn van het netwerk. Stuur mij geen mail meer alstublieft.\n\n"
             "Dank.\nOlena Kovalenko"},
    {"id": "d23-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Bart Claeys <bart.claeys@werkorganisatie-scheldemond.nl>",
     "subject": "Uitschrijving",
     "body": "Beste,\n\nGelieve mij uit te schrijven uit jullie netwerk en de mailinglijst, ik heb een andere "
             "functie opgenomen binnen de provincie.\n\nMet vriendelijke groeten,\nBart Claeys"},
    {"id": "d23-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Michael Dijkstra <m.dijkstra@werkorganisatie-eemsmond.nl>",
     "subject": "Leaving / successor",
     "body": "Hi, I'm leaving the organisation at the end of this month. My successor, Lisa Brandsma "
             "(l.brandsma@werkorganisatie-eemsmond.nl), will take over my place in the network. Please "
             "unsubscribe me.\n\nBest, Michael"},
    {"id": "d23-unsubscribe-15", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Ilse Nijboer <i.nijboer@werkorganisatie-oldehove.nl>",
     "subject": "Verzoek verwijdering gegevens (AVG) en afmelding netwerk",
     "body": "Ilse Nijboer\nWerkorganisatie Oldehove" + DISCLAIMER},
    {"id": "d23-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Ruud Kerkhof <r.kerkhof@werkorganisatie-baronie.nl>",
     "subject": "afmeldne",
     "body": "wil me graag afmeldne vh netwerk, heb er geen tijd meer vr en de mails blijven liggen. grt Ruud"},
    {"id": "d23-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "opvolging netwerk", "sender": "Peter-Jan Bosman <pj.bosman@werkorganisatie-hunsingo.nl>",
     "body": "vanaf 1 juli is Peter Bos mijn opvolger p.bos@werkorganisatie-hunsingo.nl hij wil graag de "
             "uitnodigingen ontvangen ik meld me zelf af Met vriendelijke groet Peter-Jan Bosman directeur "
             "Werkorganisatie Hunsingo"},
    {"id": "d23-unsubscribe-18", "kind": "unsubscribe", "erase": True, "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Gerda Hoitink <g.hoitink@werkorganisatie-vriezenveen.nl>",
     "body": "Geen suggesties. Wilt u mij afmelden en mijn gegevens volledig wissen ivm de avg? Ik ben met "
             "pensioen.\n\nG. Hoitink"},
    # -- autoreply ------------------------------------------------------------------------------------------
    {"id": "d23-autoreply-01", "kind": "autoreply", "thread": I, "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Wim Stegeman <w.stegeman@werkorganisatie-vechtdal-oost.nl>",
     "subject": "Automatisch antwoord: " + INV,
     "body": "Ik ben afwezig tm vrijdag 12/3 en lees mijn mail beperkt. Voor dringende zaken kunt u bellen met "
             "het directiesecretariaat, 0523 - 12 34 56."},
    {"id": "d23-autoreply-02", "kind": "autoreply", "thread": R, "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Naomi Sterk <naomi.sterk@werkorganisatie-heuvelrug-west.nl>",
     "subject": "Automatic reply: " + REM,
     "body": "I am out of office until March 15 with limited access to e-mail. For urgent matters please contact "
             "my office manager at +31 30 123 45 67."},
    {"id": "d23-autoreply-03", "kind": "autoreply", "thread": I, "headers": {"X-Autoreply": "yes"},
     "sender": "Werkorganisatie Waterland-Oost <info@waterland-oost.nl>",
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "body": "DIT MAILADRES IS NIET MEER IN GEBRUIK IVM DE FUSIE PER 1-1-2027. UW BERICHT IS NIET GELEZEN. STUUR "
             "UW BERICHT AAN POST@WERKORGANISATIE-WATERLANDSTREEK.NL"},
    {"id": "d23-autoreply-04", "kind": "autoreply", "thread": T, "headers": {"Auto-Submitted": "auto-generated"},
     "sender": "Klantcontact Werkorganisatie Drechtoever <noreply@drechtoever.nl>",
     "subject": "Ontvangstbevestiging zaaknummer Z-2027-004512",
     "body": "Geachte afzender,\n\nUw bericht is ontvangen en geregistreerd onder zaaknummer Z-2027-004512. Wij "
             "streven ernaar u binnen 10 werkdagen te antwoorden.\n\nDit is een automatisch bericht, u kunt hier "
             "niet op reageren."},
    {"id": "d23-autoreply-05", "kind": "autoreply", "thread": I, "headers": {"Precedence": "auto_reply"},
     "sender": "Theo Rademaker <t.rademaker@werkorganisatie-gelderse-poort.nl>",
     "subject": "Afwezig: " + INV,
     "body": "IK BEN MET VAKANTIE TOT EN MET 8 MAART. MAIL WORDT NIET DOORGESTUURD. BIJ SPOED: 026 - 377 00 00."},
    {"id": "d23-autoreply-06", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Lisanne Groen <l.groen@werkorganisatie-amstelmeer.nl>",
     "subject": "Re: " + INV,
     "body": "Bedankt voor uw bericht. Ik ben tot en met 19 april met zwangerschapsverlof en lees mijn mail niet. "
             "Uw bericht wordt niet doorgestuurd; voor directiezaken kunt u terecht bij "
             "directie@werkorganisatie-amstelmeer.nl."},
    {"id": "d23-autoreply-07", "kind": "autoreply", "thread": T, "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Ann Verhaegen <ann.verhaegen@werkorganisatie-zeeuwsvlaanderen.nl>",
     "subject": "Afwezigheidsmelding: " + CALL,
     "body": "Goeiedag,\n\nIk ben afwezig tot en met 14 maart. Gelieve voor dringende zaken contact op te nemen "
             "met mijn collega Wim Dhondt (wim.dhondt@werkorganisatie-zeeuwsvlaanderen.nl).\n\nMet vriendelijke "
             "groeten,\nAnn Verhaegen"},
    {"id": "d23-autoreply-08", "kind": "autoreply", "thread": I, "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Mo Bouzid <m.bouzid@werkorganisatie-spaarnekust.nl>",
     "subject": "Afwezig / Out of office",
     "body": "ben tm 10/3 afwezig, mail wordt daarna beantwoord. / I'm away until 10/3, I'll reply after that."},
    {"id": "d23-autoreply-09", "kind": "autoreply", "thread": R,
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "sender": "Hester Mol <h.mol@werkorganisatie-rijnwaarden.nl>",
     "subject": "Automatisch antwoord: " + REM,
     "body": "Ik zit op cursus t/m woensdag en heb geen toegang tot mijn mail. Daarna reageer ik z.s.m. Groet, "
             "Hester Mol, directeur Werkorganisatie Rijnwaarden"},
    # -- other ----------------------------------------------------------------------------------------------
    {"id": "d23-other-01", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Yvonne Dekker <y.dekker@werkorganisatie-texelstroom.nl>",
     "body": "ik kom, maar is er parkeergelegenheid bij het stadskantoor of kan ik beter met de trein? gr Yvonne"
             + IPHONE},
    {"id": "d23-other-02", "kind": "other", "thread": None,
     "sender": "Pieter Rozendaal <p.rozendaal@werkorganisatie-hoekschelanden.nl>",
     "subject": "vraagje lidmaatschap",
     "body": "mag mijn adjunct-directeur ook lid worden of is het netwerk alleen vr de directeur zelf? gr Pieter"},
    {"id": "d23-other-03", "kind": "other", "thread": None,
     "sender": "Irene Schouten <i.schouten@werkorganisatie-duivenwaard.nl>",
     "subject": "collega toevoegen",
     "body": "Goedemiddag, wilt u mijn collega Ruud Peeters (r.peeters@werkorganisatie-duivenwaard.nl), directeur "
             "bedrijfsvoering, ook toevoegen aan het netwerk? Hij is er heel benieuwd naar. Groet, Irene"},
    {"id": "d23-other-04", "kind": "other", "thread": None,
     "sender": "Gijs Haverkamp <g.haverkamp@werkorganisatie-sallandse-heuvels.nl>",
     "subject": "nieuw mailadres",
     "body": "ivm de naamswijziging van onze werkorganisatie wijzigt mijn mailadres per 1 april naar "
             "g.haverkamp@sallandsehorst.nl, svp aanpassen in jullie lijst. gr Gijs"},
    {"id": "d23-other-05", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Arjen Wolters <a.wolters@werkorganisatie-ommelanden.nl>",
     "body": "IK KRIJG AL JULLIE MAILS DUBBEL, OP MIJN OUDE EN MIJN NIEUWE ADRES. KUNNEN JULLIE DAT RECHTZETTEN?"},
    {"id": "d23-other-06", "kind": "other", "thread": None,
     "sender": "Marjan Teeuwen <m.teeuwen@werkorganisatie-zwaluwstreek.nl>",
     "subject": "Adviesraad",
     "body": "Hallo, ik heb gehoord dat er een plek vrijkomt in de Adviesraad. Ik wil me daar graag voor kandidaat "
             "stellen, ik zit nu 3 jaar in het netwerk. Hoe gaat de selectie?\n\nMarjan"},
    {"id": "d23-other-07", "kind": "other", "thread": None,
     "sender": "Bas Verstegen <bas@digitaalvooruit-advies.nl>",
     "subject": "Samenwerking workshop digitale transformatie",
     "body": "Beste organisator,\n\nWij zijn een adviesbureau gespecialiseerd in digitale transformatie bij "
             "gemeenten en verzorgen graag kosteloos een interactieve workshop tijdens uw volgende atelier. Mag "
             "ik u hierover bellen?\n\nMet vriendelijke groet,\nBas Verstegen\nDigitaal Vooruit Advies\n"
             "06 - 98 76 54 32"},
    {"id": "d23-other-08", "kind": "other", "thread": None,
     "sender": "Lianne Kroes <l.kroes@redactie-bestuursblad.nl>",
     "subject": "Persvraag: ambtelijke fusies",
     "body": "Goedendag,\n\nVoor een artikel over ambtelijke fusies zoek ik een directeur uit uw netwerk die wil "
             "vertellen over de ervaringen. Kunt u mij in contact brengen? Deadline vrijdag.\n\nLianne Kroes, "
             "redacteur"},
    {"id": "d23-other-09", "kind": "other", "thread": None,
     "sender": "Secretariaat directie <directiesecretariaat@werkorganisatie-baardwijk.nl>",
     "subject": "aanmelding namens directeur",
     "body": "goedemorgen, namens mijn directeur dhr. R. van Leeuwen wil ik hem aanmelden voor jullie netwerk. "
             "zijn mail is r.vanleeuwen@werkorganisatie-baardwijk.nl. mvg Chantal"},
    {"id": "d23-other-10", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Bram Tuinstra <bram.tuinstra@werkorganisatie-fivelzijl.nl>",
     "body": "kan ik de slides van de presentatie over de kostenverdeelsleutel krijgen? staan niet bij het verslag. "
             "tnx Bram"},
    {"id": "d23-other-11", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Sanne Wijnands <s.wijnands@werkorganisatie-bommelerwijk.nl>",
     "body": "hoe laat is de ontvangst precies en kun je ook een deel online volgen vraagteken dan weet ik of ik "
             "het red groet Sanne" + DICTEE},
    {"id": "d23-other-12", "kind": "other", "thread": None,
     "sender": "Managementassistent Directie <ma.directie@werkorganisatie-rijnmond-oost.nl>",
     "subject": "Mevr. Jansen uit dienst",
     "body": "Goedemiddag, mevr. E. Jansen is per 1 februari uit dienst. Willen jullie haar van de lijst halen? "
             "De opvolging is nog niet bekend.\n\nMet vriendelijke groet,\nSecretariaat directie"},
    {"id": "d23-other-13", "kind": "other", "thread": None,
     "sender": "Dick Schaap <d.schaap@werkorganisatie-zaanveld.nl>",
     "subject": "inzage AVG",
     "body": "Beste, welke gegevens hebben jullie eigenlijk van mij en waar komen die vandaan? Dit is een "
             "inzageverzoek op grond van de AVG. Verder hoeft er niks te gebeuren, ik blijf lid. gr Dick"},
    {"id": "d23-other-14", "kind": "other", "thread": None,
     "sender": "Ed Vos <e.vos@werkorganisatie-gaasterwold.nl>",
     "subject": "?",
     "body": "wnr is t volgende atelier na maart? wil het ff in de agenda blokken. gr ed" + IPHONE},
    {"id": "d23-other-15", "kind": "other", "thread": None,
     "sender": "Daniel Okafor <d.okafor@werkorganisatie-maasdelta.nl>",
     "subject": "Question about the ateliers",
     "body": "Hi, are the ateliers always in Dutch, or is there some English possible? Ik begrijp veel maar "
             "spreken is nog moeilijk.\n\nDaniel"},
    {"id": "d23-other-16", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "outlook-lijn",
     "sender": "Katarzyna Nowak <k.nowak@werkorganisatie-lingemeer.nl>",
     "body": "Jammer! Weten jullie al de nieuwe datum? Ik wil het graag vroeg weten want mijn agenda is vol.\n\n"
             "Groet, Katarzyna"},
    {"id": "d23-other-17", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Lotte van Dam <l.vandam@werkorganisatie-waalvliet.nl>",
     "body": "dank voor het verslag was een mooie middag Met vriendelijke groet Lotte van Dam directeur "
             "bedrijfsvoering Werkorganisatie Waalvliet"},
    {"id": "d23-other-18", "kind": "other", "thread": None,
     "sender": "Cor Brandsen <c.brandsen@werkorganisatie-rijnmond-oost.nl>",
     "subject": "afmelden en opvolger?",
     "body": "Ik wil me afmelden, maar kan mijn opvolger dan automatisch lid worden? Wie het wordt weet ik nog "
             "niet, de werving loopt nog. Wat is handig?\n\nCor"},
    {"id": "d23-other-19", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Olena Kovalenko <o.kovalenko@werkorganisatie-rivierenhof.nl>",
     "body": "Goedemiddag,\n\nIk heb uitnodiging gekregen maar ik ben geen directeur, ik ben manager "
             "bedrijfsvoering. Mag ik ook komen? Mijn directeur is met verlof.\n\nOlena"},
    {"id": "d23-other-20", "kind": "other", "thread": None,
     "sender": "Tessa Brouwers <t.brouwers@student.bestuurskunde-universiteit.nl>",
     "subject": "Onderzoek naar ambtelijke fusies",
     "body": "Beste secretariaat,\n\nik ben masterstudent bestuurskunde en doe onderzoek naar ambtelijke fusies. "
             "Zou ik via jullie netwerk een korte enquete onder de directeuren mogen verspreiden?\n\nGroetjes, "
             "Tessa"},
    {"id": "d23-other-21", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Ronald Kuipers <r.kuipers@werkorganisatie-bommelwaard.nl>",
     "body": "WAAROM KRIJG IK DEZE MAIL? IK HEB MIJ NOOIT AANGEMELD EN KEN DIT NETWERK NIET. WIE HEEFT MIJN ADRES "
             "DOORGEGEVEN?"},
    {"id": "d23-other-22", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "sender": "Samira Meulen <s.vandermeulen@werkorganisatie-kaagland.nl>",
     "body": "Dank! Kleine correctie: mijn achternaam staat verkeerd in jullie bestand, het is Van der "
             "Meulen-Boukhari en niet Meulen. Kunnen jullie dat aanpassen?\n\nSamira"},
    {"id": "d23-other-23", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "sender": "Femke Hiemstra <femke.hiemstra@werkorganisatie-noordkop.nl>",
     "body": "de agendabijlage doet het niet op mijn telefoon, kunnen jullie die nog een keer sturen als gewone "
             "afspraak? tnx" + IPHONE},
    {"id": "d23-other-24", "kind": "other", "thread": None,
     "sender": "Joke Vanhoutte <joke.vanhoutte@igs-leiestreek.be>",
     "subject": "Deelname Vlaamse intergemeentelijke samenwerking?",
     "body": "Beste,\n\nIs het mogelijk om als Vlaamse intergemeentelijke samenwerking ook deel te nemen aan "
             "jullie netwerk, of is dat enkel voor Nederlandse werkorganisaties? Graag had ik dat eerst "
             "geweten.\n\nMet vriendelijke groeten,\nJoke Vanhoutte"},
    {"id": "d23-other-25", "kind": "other", "thread": None,
     "sender": "Hans Terpstra <h.terpstra@werkorganisatie-marneland.nl>",
     "subject": "Vraag: wordt het atelier van 11 maart opgenomen voor wie er niet bij kan zijn?",
     "body": "Hans Terpstra\nconcerndirecteur Werkorganisatie Marneland"},
    {"id": "d23-other-26", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Jolanda Verhagen <j.verhagen@werkorganisatie-peelrand.nl>",
     "body": "ja ik kom graag punt mag ik ook mijn nieuwe collega meenemen die mij per juni opvolgt vraagteken dan "
             "kan hij vast kennismaken groet Jolanda" + DICTEE},
]
# fmt: on
