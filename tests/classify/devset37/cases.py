"""The thirty-seventh labelled set's cases (issue 17): plain requests in unexpected words, written without reading
the classifier or the other sets' cases; cases that could not be labelled with confidence were left out.

Conventions as in the other sets: replies to our follow-up mail (vervolg_atelier) carry the thread
``call_for_themes``; a reply to the waiting-list notice, the substitute's invitation or a change notice carries the
thread ``invitation``; a director who cannot come but sends a substitute is an RSVP with ``attending`` False; a reply
that changes an earlier answer is labelled with the latest answer; leaving the network and declining the atelier in
one mail is ``unsubscribe``; a hand-over to a named successor is ``unsubscribe``; an act mixed with a question a
person must answer, or an act for someone else, is ``other``. Inline answers carry our quoted lines in ``body``
themselves and no ``quoted``.
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
OUTLOOK_IOS = "\n\nDownload Outlook for iOS<https://aka.ms/o0ukef>"
TEAMS_FOOTER = "\n\nVerzonden vanuit Outlook voor Android"
DISCLAIMER = (
    "\n\n----------------------------------------------------------------------\n"
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, dan wordt u "
    "verzocht de afzender te informeren en het bericht te vernietigen. Aan dit bericht kunnen geen rechten worden "
    "ontleend. Denk aan het milieu voordat u dit bericht print."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it."
)
NOT_WORKING = "\n\nIk werk op maandag, dinsdag en donderdag."

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- subscribe: joining, asked by the writer themself, in idiom or indirectly -----------------------------
    {"id": "d37-subscribe-01", "kind": "subscribe", "thread": None, "subject": "netwerk",
     "sender": "Wietske Talsma <w.talsma@werkorganisatie-lindevaart.nl>",
     "body": "Goedemorgen,\n\nZet me maar op de lijst. Ik ben sinds februari algemeen directeur van werkorganisatie "
             "Lindevaart (voor Oudmeer en Lindeveen) en hoorde via een collega van jullie netwerk.\n\nGroet,\n"
             "Wietske Talsma"},
    {"id": "d37-subscribe-02", "kind": "subscribe", "thread": None, "subject": "Aansluiten bij netwerk directeuren",
     "sender": "H.J. Wolters <h.wolters@brekelland.nl>",
     "body": "Beste mensen van SeinstravandeLaar,\n\nOp het VNG-congres sprak ik Stan kort over het netwerk. Ik wil "
             "graag aansluiten. Mijn gegevens: Harm-Jan Wolters, directeur Werkorganisatie Brekelland, "
             "h.wolters@brekelland.nl, 06 - 41 22 87 03.\n\nHartelijke groet,\nHarm-Jan" + DISCLAIMER},
    {"id": "d37-subscribe-03", "kind": "subscribe", "thread": None, "subject": "Network",
     "sender": "Pieter-Jan Claes <pj.claes@eemvliet-stroomdal.nl>",
     "body": "Hi there,\n\nCount me in for the network. I'm the new managing director of the shared organisation "
             "of Eemvliet and Stroomdal since 1 March (I came over from Flanders, so forgive the English).\n\n"
             "Kind regards,\nPieter-Jan Claes" + DISCLAIMER_EN},
    {"id": "d37-subscribe-04", "kind": "subscribe", "thread": None, "subject": "Aanmeldformulier netwerk",
     "sender": "Marjolein van Straaten <m.vanstraaten@duinrand.nl>",
     "body": "Naam: drs. M.C. (Marjolein) van Straaten\nFunctie: gemeentesecretaris / algemeen directeur\n"
             "Organisatie: Werkorganisatie Duinrand (gemeenten Westkapelle-Noord en Helmduin)\n"
             "E-mailadres: m.vanstraaten@duinrand.nl\nTelefoon: 0223 - 45 67 12\nWil lid worden: ja\n"
             "Opmerkingen: -"},
    {"id": "d37-subscribe-05", "kind": "subscribe", "thread": None, "subject": "lid worden",
     "sender": "Jan-Willem Boersma <jw.boersma@ijsselgouw.nl>",
     "body": "Met vriendelijke groet,\n\nJ.W. (Jan-Willem) Boersma\nAlgemeen directeur\nWerkorganisatie IJsselgouw\n"
             "T 0570 - 69 31 00 | M 06 - 12 90 44 71\nwww.ijsselgouw.nl" + DISCLAIMER},
    {"id": "d37-subscribe-06", "kind": "subscribe", "thread": None, "subject": "uitnodigingen ateliers",
     "sender": "Esther Mulder-Baas <e.mulder@marsdijk.nl>",
     "body": "Goedemiddag,\n\nMijn voorganger Ton Hesselink kreeg altijd uw uitnodigingen voor de ateliers. Sinds 1 "
             "januari heb ik zijn functie. Wilt u mij ook als lid opnemen, zodat de uitnodigingen voortaan bij mij "
             "terechtkomen?\n\nMvg\nEsther Mulder-Baas\ndirecteur Werkorganisatie Marsdijk"},
    {"id": "d37-subscribe-07", "kind": "subscribe", "thread": None, "subject": "meidwaan / aanmelden",
     "sender": "Annemarie Sijbesma <a.sijbesma@noarderdyk.frl>",
     "body": "Goeie,\n\nIk wol graach meidwaan oan it netwurk. Foar de net-Friezen: graag aanmelden als lid. Ik bin "
             "direkteur fan de mienskiplike wurkorganisaasje Noarderdyk.\n\nMei freonlike groetnis,\n"
             "Annemarie Sijbesma"},
    {"id": "d37-subscribe-08", "kind": "subscribe", "thread": None, "subject": "Verzoek tot deelname",
     "sender": "mr. R.A.M. Verhagen <r.verhagen@bovenlinge.nl>",
     "body": "Geacht secretariaat,\n\nHierbij verzoek ik u mij in te schrijven als deelnemer aan het Netwerk van "
             "directeuren van ambtelijke fusieorganisaties. Per 1 maart jl. ben ik benoemd tot algemeen directeur "
             "van de ambtelijke organisatie Bovenlinge, die werkt voor de gemeenten Heesveld en Linge-Oost.\n\n"
             "Ik zie uit naar de kennismaking met de collega's.\n\nHoogachtend,\n\nmr. R.A.M. (Rob) Verhagen\n"
             "algemeen directeur / secretaris"},
    {"id": "d37-subscribe-09", "kind": "subscribe", "thread": None, "subject": "graag op de verzendlijst",
     "sender": "Bas Terpstra <b.terpstra@wolderwijk.nl>",
     "body": "graag op de verzendlijst van het directeurennetwerk, thx. ben de nieuwe dir. van wolderwijk\n\nbas"
             + GALAXY},
    {"id": "d37-subscribe-10", "kind": "subscribe", "thread": None, "subject": "Meedoen",
     "sender": "Ingrid Maas <i.maas@kempenwaard.nl>",
     "body": "Hoi Melanie,\n\nLeuk je gisteren te spreken bij de provincie. Zoals beloofd: ik doe graag mee met het "
             "netwerk. Wil je me toevoegen?\n\nGroetjes,\nIngrid\n\n--\nIngrid Maas | algemeen directeur | "
             "Kempenwaard\n06 53 11 20 98"},
    {"id": "d37-subscribe-11", "kind": "subscribe", "thread": None,
     "subject": "FW: netwerk directeuren fusieorganisaties",
     "sender": "Henk Jaspers <h.jaspers@sgk-veenoord.nl>",
     "body": "Graag aanmelden, dank!\n\nHenk\n\n-----Oorspronkelijk bericht-----\n"
             "Van: Kees Dommerholt <k.dommerholt@hollandrand.nl>\nVerzonden: maandag 8 februari 2027 16:02\n"
             "Aan: Henk Jaspers <h.jaspers@sgk-veenoord.nl>\nOnderwerp: netwerk directeuren fusieorganisaties\n\n"
             "Henk, dit is dat netwerk waar ik het over had. Aanmelden gaat gewoon via info@ambtelijkefusie.nl en "
             "het kost niks. De ateliers zijn echt de moeite.\n\nKees"},
    {"id": "d37-subscribe-12", "kind": "subscribe", "thread": None, "subject": "join netwerk",
     "sender": "Yasmina El Idrissi <y.elidrissi@dezuidhorst.nl>",
     "body": "Hi,\n\nI'd like to join het netwerk van directeuren. Ik ben sinds deze maand interim-directeur van "
             "werkorganisatie De Zuidhorst, voor minimaal een jaar.\n\nBest,\nYasmina" + OUTLOOK_IOS},
    {"id": "d37-subscribe-13", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Tjeerd Bakker <t.bakker@werkorganisatie-vlietstreek.nl>",
     "body": "Dat was te voortvarend van mijn secretariaat, ik had dat niet gevraagd. Ik wil graag weer ingeschreven "
             "worden als lid.\n\nGr. Tjeerd"},
    {"id": "d37-subscribe-14", "kind": "subscribe", "thread": None, "subject": "Netwerk van directeuren",
     "sender": "Gert Postma <g.postma@dvo-rietveen.nl>",
     "body": "Dag secretariaat,\n\nIk wil er graag bij horen. Sinds kort ben ik directeur van de DVO Rietveen; mijn "
             "voorganger was volgens mij geen lid.\n\nVriendelijke groet,\nGert Postma"},
    {"id": "d37-subscribe-15", "kind": "subscribe", "thread": None, "subject": "aanmelding",
     "sender": "Jos Vencken <j.vencken@maasheuvelland.nl>",
     "body": "Goeiemiddag,\n\nBij deze geef ik me op voor het netwerk van fusiedirecteuren. Ik ben directeur van "
             "werkorganisatie Maasheuvelland.\n\nHaije groete,\nJos Vencken"},
    {"id": "d37-subscribe-16", "kind": "subscribe", "thread": None, "subject": "Inschrijven netwerk",
     "sender": "L. de Koning <l.dekoning@eemvliet.nl>",
     "body": "Schrijf me maar in.\n\nL. de Koning\nDirecteur Werkorganisatie Eemvliet" + IPHONE},
    {"id": "d37-subscribe-17", "kind": "subscribe", "thread": None, "subject": "n.a.v. LinkedIn",
     "sender": "Chantal Vermeulen <c.vermeulen@vlietstreek.nl>",
     "body": "Goedemorgen,\n\nIk zag op LinkedIn het bericht van Stan over het laatste atelier en dacht: daar wil ik "
             "ook bij. Ik meld me bij deze aan als lid van het netwerk; ik ben algemeen directeur van de ambtelijke "
             "organisatie Vlietstreek.\n\nGroeten,\nChantal Vermeulen"},
    {"id": "d37-subscribe-18", "kind": "subscribe", "thread": None, "subject": "Ledenbestand netwerk",
     "sender": "drs. P. Oosterhuis <p.oosterhuis@hunzeland.nl>",
     "body": "Geachte heer Van de Laar, geachte mevrouw Huurneman,\n\nGraag word ik opgenomen in het ledenbestand "
             "van het netwerk. Ik ben directeur van Werkorganisatie Hunzeland, waarin de gemeenten Ter Aar-Noord en "
             "Hunzedal hun ambtelijke organisatie delen.\n\nMet vriendelijke groet,\n\ndrs. P. (Paul) Oosterhuis\n"
             "directeur/gemeentesecretaris\nT 0599 - 32 10 77"},
    {"id": "d37-subscribe-19", "kind": "subscribe", "thread": None, "subject": "Membership request",
     "sender": "Emily van Rensburg <e.vanrensburg@oosterlaan-westerbeek.nl>",
     "body": "Dear Sir or Madam,\n\nI would like to become a member of the network of directors of merged "
             "civil-service organisations. I am the director of the joint organisation serving Oosterlaan and "
             "Westerbeek.\n\nYours faithfully,\n\nDr Emily van Rensburg\nDirector"},
    {"id": "d37-subscribe-20", "kind": "subscribe", "thread": None, "subject": "netwerk",
     "sender": "Ronald Spek <r.spek@marsdijk-zuid.nl>",
     "body": "Hallo,\nik wil me graag aanmleden voor het netwerk, ben directeur van DVO Marsdijk-Zuid.\ngrt Ronald"},
    {"id": "d37-subscribe-21", "kind": "subscribe", "thread": None, "subject": "Graag lid van het netwerk",
     "sender": "Hanneke de Bruin <h.debruin@rietveen-oost.nl>",
     "body": "Zie onderwerp.\n\nGroet, Hanneke de Bruin\nDirecteur werkorganisatie Rietveen-Oost"},
    {"id": "d37-subscribe-22", "kind": "subscribe", "thread": None, "subject": "Aanhaken bij netwerk?",
     "sender": "Floor Hendrickx <f.hendrickx@hollandrand.nl>",
     "body": "Beste allen,\n\nMag ik aanhaken bij het netwerk? Per 1 april ben ik algemeen directeur van de "
             "werkorganisatie Hollandrand en ik wil graag ervaringen uitwisselen met collega's die hetzelfde doen."
             "\n\nGroet,\nFloor Hendrickx"},
    {"id": "d37-subscribe-23", "kind": "subscribe", "thread": None, "subject": "Jullie club",
     "sender": "Dennis Hoekman <d.hoekman@werkorganisatie-achterwolde.nl>",
     "body": "Goeiedag,\n\nEen oud-collega wees me op jullie club voor fusiedirecteuren. Ik sluit graag aan: sinds "
             "januari trek ik de kar bij werkorganisatie Achterwolde.\n\nGroeten uit Drenthe,\nDennis"},
    {"id": "d37-subscribe-24", "kind": "subscribe", "thread": None, "subject": "Brochure netwerk",
     "sender": "Martine Lubbers <m.lubbers@kempenwaard-oost.nl>",
     "body": "Goedemiddag,\n\nVia de directeur van Kempenwaard kreeg ik uw brochure. Ik teken graag in als lid van "
             "het netwerk.\n\nMet hartelijke groet,\nMartine Lubbers\nalgemeen directeur Kempenwaard-Oost"},
    {"id": "d37-subscribe-25", "kind": "subscribe", "thread": None, "subject": "Aanmelding netwerk directeuren",
     "sender": "Frits Kamphuis <f.kamphuis@ijsselgouw-noord.nl>",
     "body": "Frits Kamphuis\nAlgemeen directeur\nWerkorganisatie IJsselgouw-Noord\n06 - 22 74 19 60" + IPHONE},
    {"id": "d37-subscribe-26", "kind": "subscribe", "thread": None, "subject": "toevoegen aan het netwerk",
     "sender": "Ank Scheepstra <a.scheepstra@duinrand.nl>",
     "body": "Goedemorgen,\n\nIk zou het op prijs stellen als u mij aan het netwerk toevoegt. Ik ben per 15 februari "
             "aangetreden als directeur van Duinrand, als opvolger van Marjolein van Straaten.\n\n"
             "Vriendelijke groet,\nAnk Scheepstra"},
    {"id": "d37-subscribe-27", "kind": "subscribe", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Koen Willemsen <k.willemsen@lingewaard-oost.nl>",
     "body": "Goedemiddag,\n\nMijn secretaresse stuurde mij deze uitnodiging door; een collega had haar gewezen op "
             "het netwerk. Ik ben nog geen lid, maar wil dat graag worden.\n\nMvg,\nKoen Willemsen\n"
             "directeur Werkorganisatie Lingewaard-Oost"},
    {"id": "d37-subscribe-28", "kind": "subscribe", "thread": None, "subject": "sign me up",
     "sender": "Mark Dijkhuizen <m.dijkhuizen@brekelland.nl>",
     "body": "Please sign me up for the directors' network. I took over from Harm-Jan at Brekelland last month.\n\n"
             "Thanks,\nMark Dijkhuizen"},
    {"id": "d37-subscribe-29", "kind": "subscribe", "thread": None, "subject": "Netwerk ambtelijke fusies",
     "sender": "Sanne Groeneveld <s.groeneveld@aa-en-maasdal.nl>",
     "body": "Hoi!\n\nI'd love to join! Ik ben sinds kort directeur bij de werkorganisatie Aa en Maasdal en zoek "
             "collega's om mee te sparren. Kunnen jullie me inschrijven?\n\nSanne" + IPHONE},
    {"id": "d37-subscribe-30", "kind": "subscribe", "thread": None, "subject": "Bij deze",
     "sender": "W.G.M. Timmermans <wgm.timmermans@stroomdal.nl>",
     "body": "Beste secretariaat,\n\nMijn managementassistent wees mij al een paar keer op uw netwerk. Nu dan "
             "eindelijk: bij deze meld ik mijzelf aan.\n\nMet vriendelijke groet,\n\nWim Timmermans\nDirecteur "
             "Bedrijfsvoering & Dienstverlening | Werkorganisatie Stroomdal\n\nBezoekadres: Marktplein 4, "
             "Stroomdal\nPostadres: Postbus 120, 7000 AC Stroomdal" + DISCLAIMER},
    {"id": "d37-subscribe-31", "kind": "subscribe", "thread": None, "subject": "deelname",
     "sender": "Roel Aukema <r.aukema@noarderdyk.frl>",
     "body": "Dag,\n\nIk wil graag deel uitmaken van het netwerk. Ik ben sinds 1 februari de tweede directeur van "
             "wurkorganisaasje Noarderdyk, naast Annemarie Sijbesma.\n\nGroet,\nRoel Aukema"},
    {"id": "d37-subscribe-32", "kind": "subscribe", "thread": None, "subject": "inschrijven",
     "sender": "joost hamers <j.hamers@achterwolde.nl>",
     "body": "kunt u mij inschrijven voor het netwerk? ik ben direkteur van de achterwolde werkorganisatie\n"
             "alvast bedankt\njoost"},
    {"id": "d37-subscribe-33", "kind": "subscribe", "thread": None, "subject": "Opgave lidmaatschap",
     "sender": "Els Verbruggen <e.verbruggen@hunzeland.nl>",
     "body": "Goedendag,\n\nHierbij geef ik mij op als lid. Ik heb de brochure uit 2018 nog op mijn bureau liggen; "
             "leuk dat het netwerk er nog steeds is.\n\nEls Verbruggen\nplv. algemeen directeur Hunzeland"},
    {"id": "d37-subscribe-34", "kind": "subscribe", "thread": None, "subject": "Aanmelding",
     "sender": "Naima Ouali <n.ouali@werkorganisatie-aa-en-maasdal.nl>",
     "body": "Naam: Naima Ouali\nOrganisatie: Werkorganisatie Aa en Maasdal\nFunctie: directeur Sociaal Domein en "
             "Dienstverlening\nE-mail: n.ouali@werkorganisatie-aa-en-maasdal.nl\n\nIk meld mij aan voor het "
             "netwerk.\n\nN. Ouali"},
    {"id": "d37-subscribe-35", "kind": "subscribe", "thread": None, "subject": "",
     "sender": "Ruud Veldkamp <r.veldkamp@lindevaart.nl>",
     "body": "Goedemorgen,\n\nIk wil graag lid worden van het Netwerk van directeuren van ambtelijke "
             "fusieorganisaties. Ik ben directeur bij Lindevaart.\n\nGroet,\nRuud Veldkamp" + TEAMS_FOOTER},
    {"id": "d37-subscribe-36", "kind": "subscribe", "thread": None, "subject": "Zet mij er ook op",
     "sender": "Mirjam Kok <m.kok@zuidhorst.nl>",
     "body": "Hallo,\n\nIk hoorde van Yasmina dat zij zich net heeft aangemeld. Zet mij er ook maar op, ik ben haar "
             "collega-directeur bij De Zuidhorst.\n\nGroetjes, Mirjam"},

    # -- unsubscribe: leaving the network and erasure --------------------------------------------------------
    {"id": "d37-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "haal me eraf",
     "sender": "Anton Brink <a.brink@stroomdal.nl>",
     "body": "haal me eraf aub, ben geen directeur meer\n\nanton" + IPHONE},
    {"id": "d37-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Marga Lankhorst <m.lankhorst@kempenwaard.nl>",
     "body": "Beste Stan en Melanie,\n\nGeen onderwerpen van mijn kant: ik trek me terug uit het netwerk. Per 1 mei "
             "word ik gemeentesecretaris van een gemeente die niet in een fusie zit, dus het netwerk past niet meer "
             "bij mijn rol.\n\nDank voor de mooie jaren!\nMarga"},
    {"id": "d37-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "H. Vos <h.vos@werkorganisatie-achterwolde.nl>",
     "body": "graag niet meer mailen. niet alleen over dit atelier maar helemaal niet meer, ik zit niet meer in "
             "dit werk."},
    {"id": "d37-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "verwijder mijn gegevens", "sender": "M. Karsten <m.karsten@bovenlinge.nl>",
     "body": "Goedendag,\n\nWilt u al mijn persoonsgegevens uit uw bestanden verwijderen? Ik maak geen gebruik meer "
             "van het netwerk.\n\nM. Karsten"},
    {"id": "d37-unsubscribe-05", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek tot wissing van persoonsgegevens (art. 17 AVG)",
     "sender": "mr. drs. G.H. Wessels <g.wessels@hunzedal.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming "
             "verzoek ik u alle persoonsgegevens die u van mij verwerkt in het kader van het Netwerk van directeuren "
             "van ambtelijke fusieorganisaties te wissen en mij geen berichten meer te sturen.\n\nIk verneem graag "
             "binnen de wettelijke termijn dat aan dit verzoek is voldaan.\n\nHoogachtend,\n\nmr. drs. G.H. Wessels"},
    {"id": "d37-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Remove me",
     "sender": "Oliver Brandt <o.brandt@eemvliet-stroomdal.nl>",
     "body": "Please take me off your list, I've left the organisation as of last Friday.\n\nCheers,\nOliver"},
    {"id": "d37-unsubscribe-07", "kind": "unsubscribe", "erase": True, "thread": None, "subject": "GDPR request",
     "sender": "Sarah Whitfield <s.whitfield@oosterlaan-westerbeek.nl>",
     "body": "Dear secretariat,\n\nUnder the GDPR I ask you to erase all personal data you hold about me and to stop "
             "sending me e-mails about the network.\n\nRegards,\nSarah Whitfield" + DISCLAIMER_EN},
    {"id": "d37-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap netwerk", "sender": "Jaap Rozendaal <j.rozendaal@maasheuvelland.nl>",
     "body": "Beste Stan, beste Melanie,\n\nPer 1 juni neem ik afscheid van Maasheuvelland. Mijn opvolger, Sandra "
             "Wijnja (s.wijnja@maasheuvelland.nl), neemt mijn plek in het netwerk over.\n\nHet ga jullie goed,\n"
             "Jaap Rozendaal"},
    {"id": "d37-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Lotte Wiegman <l.wiegman@lingewaard-oost.nl>",
     "body": "Ik kom niet, en eerlijk gezegd wil ik ook helemaal uit het netwerk. Schrap me maar, dank je.\n\nLotte"},
    {"id": "d37-unsubscribe-10", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Bart Smeets <b.smeets@maasheuvelland.nl>",
     "body": "Ik kom niet. Sterker nog: ik wil dat u mijn naam en e-mailadres uit al uw systemen verwijdert. Ik "
             "heb nooit toestemming gegeven voor deze mails." + IPHONE},
    {"id": "d37-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Dirk-Jan Hofstede <dj.hofstede@werkorganisatie-lindevaart.nl>",
     "body": "Goedemorgen,\n\nIk kom toch niet naar het atelier, en met het netwerk stop ik ook. Wilt u mij "
             "uitschrijven? Geef mijn plek maar aan iemand op de wachtlijst.\n\nMvg\nDirk-Jan Hofstede"},
    {"id": "d37-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Uitschrijven netwerk", "sender": "Carla Mooij <c.mooij@wolderwijk.nl>",
     "body": "Met vriendelijke groet,\n\nCarla Mooij\nDirecteur a.i.\nWerkorganisatie Wolderwijk" + NOT_WORKING},
    {"id": "d37-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes", "sender": "Gerrit Lammers <g.lammers@ijsselgouw.nl>",
     "body": "Dank voor het verslag. Voor mij was dit het laatste atelier: op 1 april ga ik met pensioen. U kunt mij "
             "uitschrijven.\n\nGerrit Lammers"},
    {"id": "d37-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Yvonne Hartog <y.hartog@rietveen-oost.nl>",
     "body": "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
             "\n\nJa, graag. Haal me van de lijst, ik heb geen tijd meer voor het netwerk.\n\nYvonne"},
    {"id": "d37-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Netwerk",
     "sender": "Wouter Zijlstra <w.zijlstra@dvo-rietveen.nl>",
     "body": "Goedemiddag,\n\nNa de herindeling van 1 januari is mijn functie opgeheven. U kunt mij dus uit het "
             "netwerk halen.\n\nBedankt voor de inspirerende bijeenkomsten,\nWouter Zijlstra"},
    {"id": "d37-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise", "sender": "J. POSTHUMUS <j.posthumus@achterwolde.nl>",
     "body": "GRAAG VAN DE LEDENLIJST AFHALEN. IK BEN PER 1 MAART MET PENSIOEN.\n\nJ. POSTHUMUS"},
    {"id": "d37-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Opzegging lidmaatschap", "sender": "ir. A.P. Dekker <ap.dekker@hollandrand.nl>",
     "body": "Geachte heer, mevrouw,\n\nHierbij zeg ik mijn lidmaatschap van het Netwerk van directeuren van "
             "ambtelijke fusieorganisaties op.\n\nHoogachtend,\nir. A.P. Dekker"},
    {"id": "d37-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "gmail", "sender": "Fleur Damen <f.damen@aa-en-maasdal.nl>",
     "body": "unsubscribe pls - een collega heeft me aangemeld maar ik zit niet meer in deze rol\n\nFleur"},
    {"id": "d37-unsubscribe-19", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Afscheid netwerk en gegevens", "sender": "Arjen Hoogland <a.hoogland@kempenwaard-oost.nl>",
     "body": "Hallo,\n\nIk ga het netwerk verlaten. Wilt u daarbij ook mijn gegevens wissen? Ik wil niet dat ze "
             "ergens achterblijven.\n\nGroet,\nArjen Hoogland"},
    {"id": "d37-unsubscribe-20", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "recht om vergeten te worden", "sender": "Nelleke van Doorn <n.vandoorn@marsdijk.nl>",
     "body": "Beste secretariaat,\n\nIk beroep mij op mijn recht om vergeten te worden. Haal mij van de lijst en "
             "verwijder alles wat u over mij hebt vastgelegd.\n\nNelleke van Doorn" + DISCLAIMER},
    {"id": "d37-unsubscribe-21", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Handing over",
     "sender": "Thomas Reijnders <t.reijnders@eemvliet.nl>",
     "body": "Dear Stan and Melanie,\n\nI am leaving Eemvliet at the end of the month. My successor, Joris Veld "
             "(j.veld@eemvliet.nl), will take over my place in the network.\n\nAll the best,\nThomas"},
    {"id": "d37-unsubscribe-22", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "mailinglijst",
     "sender": "Petra Knol <p.knol@brekelland.nl>",
     "body": "Goedemorgen,\n\nZet me maar uit de mailinglijst van het netwerk. Ik krijg te veel mail en kom toch "
             "nooit naar de ateliers.\n\nGroet,\nPetra"},
    {"id": "d37-unsubscribe-23", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "afhaken als lid", "sender": "Hans Drost <h.drost@stroomdal.nl>",
     "body": "Beste mensen,\n\nIk haak af als lid van het netwerk. Niets persoonlijks, het lukt me gewoon niet meer "
             "om er tijd in te steken.\n\nHans Drost"},
    {"id": "d37-unsubscribe-24", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Beëindigen lidmaatschap", "sender": "Ilse Bosman <i.bosman@hunzeland.nl>",
     "body": "Goedemiddag,\n\nWilt u mijn lidmaatschap van het netwerk beëindigen? Ik ben overgestapt naar de "
             "provincie.\n\nVriendelijke groet,\nIlse Bosman\nT 06 - 38 27 51 09"},
    {"id": "d37-unsubscribe-25", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "notes-wrote", "sender": "Erik Vonk <e.vonk@lingewaard-oost.nl>",
     "body": "Sorry, dit was een vergissing: ik heb me per ongeluk aangemeld en wil toch geen lid zijn. Graag weer "
             "uitschrijven.\n\nErik Vonk"},
    {"id": "d37-unsubscribe-26", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Miriam Heslinga <m.heslinga@noarderdyk.frl>",
     "body": "Ik kom niet meer, en ik stop ook als lid van het netwerk. Bedankt voor alles!\n\nMiriam" + IPHONE},
    {"id": "d37-unsubscribe-27", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "stop",
     "sender": "R. van Leeuwen <r.vanleeuwen@duinrand.nl>",
     "body": "Stuur me niks meer over dat netwerk.\n\nR. van Leeuwen"},
    {"id": "d37-unsubscribe-28", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "AVG-verzoek: verwijdering persoonsgegevens", "sender": "Ton Greving <t.greving@wolderwijk.nl>",
     "body": "Geacht secretariaat,\n\nIk ben geen lid meer van uw netwerk en verzoek u, conform de AVG, al mijn "
             "persoonsgegevens te verwijderen, ook uit eventuele exports en deelnemerslijsten.\n\n"
             "Met vriendelijke groet,\nTon Greving\nWerkorganisatie Wolderwijk"},
    {"id": "d37-unsubscribe-29", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Saskia Mertens <s.mertens@aa-en-maasdal.nl>",
     "body": "Geen thema's van mijn kant. Ik verzoek u mij af te melden als lid en mijn naam, e-mailadres en "
             "functie uit uw administratie te wissen, conform de AVG.\n\nSaskia Mertens"},
    {"id": "d37-unsubscribe-30", "kind": "unsubscribe", "erase": True, "thread": None, "subject": "delete my data",
     "sender": "Jeroen Blom <j.blom@oosterlaan-westerbeek.nl>",
     "body": "Please delete my data and unsubscribe me. Thanks.\n\nJeroen" + OUTLOOK_IOS},
    {"id": "d37-unsubscribe-31", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "verzendlijst", "sender": "Gonny Bruins <g.bruins@sgk-veenoord.nl>",
     "body": "Hoi, ik wil graag van de verzendlijst af. Ben sinds de zomer geen directeur meer, al is mijn mailadres "
             "nog hetzelfde.\n\nGroet Gonny"},
    {"id": "d37-unsubscribe-32", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Lidmaatschap netwerk", "sender": "drs. F.M. Jacobs <fm.jacobs@bovenlinge.nl>",
     "body": "Geacht secretariaat,\n\nWilt u mij niet langer als lid van het netwerk beschouwen? Mijn werkzaamheden "
             "laten deelname niet meer toe.\n\nMet vriendelijke groet,\ndrs. F.M. Jacobs"},
    {"id": "d37-unsubscribe-33", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Afscheid",
     "sender": "Leo Stegeman <l.stegeman@ijsselgouw-noord.nl>",
     "body": "Beste Stan en Melanie,\n\nNa elf jaar neem ik afscheid van de werkorganisatie en daarmee ook van het "
             "netwerk. Wilt u mij uitschrijven? Een opvolger is nog niet benoemd; die meldt zich te zijner tijd "
             "vast zelf.\n\nHartelijke groet,\nLeo Stegeman"},
    {"id": "d37-unsubscribe-34", "kind": "unsubscribe", "erase": True, "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Kim Verstappen <k.verstappen@maasheuvelland.nl>",
     "body": "Dank voor de bevestiging. Wilt u dan ook al mijn gegevens verwijderen? Ik wil nergens meer in uw "
             "bestanden voorkomen.\n\nKim Verstappen"},
    {"id": "d37-unsubscribe-35", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Paul Heemskerk <p.heemskerk@hollandrand.nl>",
     "body": "Ik wil uit dit netwerk. Mij voortaan niet meer uitnodigen, dank u.\n\nP. Heemskerk"},

    # -- rsvp: coming -----------------------------------------------------------------------------------------
    {"id": "d37-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Wietske Talsma <w.talsma@werkorganisatie-lindevaart.nl>",
     "body": "Ik schuif aan!\n\nWietske"},
    {"id": "d37-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Harm-Jan Wolters <h.wolters@brekelland.nl>",
     "body": "Reken op twee man: ikzelf en onze concerncontroller Ids Wiersma.\n\nGr. Harm-Jan"},
    {"id": "d37-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Gert Postma <g.postma@dvo-rietveen.nl>",
     "body": "Die middag houd ik vrij. Tot de 11e in Utrecht.\n\nGert"},
    {"id": "d37-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Pieter-Jan Claes <pj.claes@eemvliet-stroomdal.nl>",
     "body": "Count me in for the 11th! I'll be there in person.\n\nPieter-Jan"},
    {"id": "d37-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "J. Posthumus <j.posthumus@achterwolde.nl>",
     "body": "Present.\n\nJP"},
    {"id": "d37-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Chantal Vermeulen <c.vermeulen@vlietstreek.nl>",
     "body": "Ben van de partij, en ik neem mijn kersverse plaatsvervanger mee. Dus twee plekken graag." + IPHONE},
    {"id": "d37-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "P. Oosterhuis <p.oosterhuis@hunzeland.nl>",
     "body": "Geacht secretariaat,\n\nGaarne zal ik aan het atelier van 11 maart deelnemen.\n\nMet vriendelijke "
             "groet,\ndrs. P. Oosterhuis"},
    {"id": "d37-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Ingrid Maas <i.maas@kempenwaard.nl>",
     "body": "Wij komen met z'n drieën: ik, Martine Lubbers (Kempenwaard-Oost) en onze strateeg Nour Amrani.\n\n"
             "Groetjes, Ingrid"},
    {"id": "d37-rsvp-09", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Roel Aukema <r.aukema@noarderdyk.frl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nJazeker.\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nNee, alleen.\n\nRoel"},
    {"id": "d37-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Anton Brink <a.brink@stroomdal.nl>",
     "body": "Mijn afzegging van vorige week kunt u vergeten: het college is naar vrijdag geschoven, dus ik ben er "
             "gewoon bij.\n\nAnton Brink"},
    {"id": "d37-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Annemarie Sijbesma <a.sijbesma@noarderdyk.frl>",
     "body": "Ik bin der by! (Ik ben erbij.)\n\nAnnemarie"},
    {"id": "d37-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Jos Vencken <j.vencken@maasheuvelland.nl>",
     "body": "Daar kom ik graag op af. Anja zet het al in mijn agenda.\n\nJos"},
    {"id": "d37-rsvp-13", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Dennis Hoekman <d.hoekman@werkorganisatie-achterwolde.nl>",
     "body": "Ik ben er, alleen iets later: rond half drie. De ochtendvergadering in Assen loopt altijd uit.\n\n"
             "Dennis"},
    {"id": "d37-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Dank voor de uitnodiging. Ik neem de plek van Dirk graag in, en ik kom alleen.\n\nMarieke de Vries"},
    {"id": "d37-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Floor Hendrickx <f.hendrickx@hollandrand.nl>",
     "body": "Zet me maar op de deelnemerslijst voor de 11e.\n\nFloor"},
    {"id": "d37-rsvp-16", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes-wrote", "sender": "Ruud Veldkamp <r.veldkamp@lindevaart.nl>",
     "body": "Staat genoteerd, tot donderdag! Ik kom met de trein, dus de koffie om kwart voor twee haal ik net."
             "\n\nRuud"},
    {"id": "d37-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-en", "sender": "Els Verbruggen <e.verbruggen@hunzeland.nl>",
     "body": "De nieuwe datum komt me zelfs beter uit. Ik ben er op de 18e, in het Provinciehuis.\n\nEls"},
    {"id": "d37-rsvp-18", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "atelier 11 maart",
     "sender": "Sanne Groeneveld <s.groeneveld@aa-en-maasdal.nl>",
     "body": "Hoi,\n\nIk heb de uitnodiging voor het atelier van 11 maart per ongeluk weggegooid, maar ik wil er "
             "graag bij zijn. Noteer je me?\n\nSanne"},
    {"id": "d37-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Mark Dijkhuizen <m.dijkhuizen@brekelland.nl>",
     "body": "I'll be there, looking forward to it.\n\nMark"},
    {"id": "d37-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Bas Terpstra <b.terpstra@wolderwijk.nl>",
     "body": "Ik ben erbij 👍" + IPHONE},

    # -- rsvp: not coming -----------------------------------------------------------------------------------
    {"id": "d37-rsvp-21", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Petra Knol <p.knol@brekelland.nl>",
     "body": "Zonder mij dit keer, de begroting slokt maart helemaal op.\n\nPetra"},
    {"id": "d37-rsvp-22", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "W.G.M. Timmermans <wgm.timmermans@stroomdal.nl>",
     "body": "Beste Stan,\n\nIk moet helaas verstek laten gaan: ik zit die week met de VNG-delegatie in Brussel.\n\n"
             "Met vriendelijke groet,\nWim Timmermans"},
    {"id": "d37-rsvp-23", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "joost hamers <j.hamers@achterwolde.nl>",
     "body": "ik sla deze over, volgende keer beter\njoost"},
    {"id": "d37-rsvp-24", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Hans Drost <h.drost@stroomdal.nl>",
     "body": "Ik pas. Raadsvergadering.\n\nHD"},
    {"id": "d37-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Gonny Bruins <g.bruins@sgk-veenoord.nl>",
     "body": "Het past helaas niet in mijn agenda, ik zit die middag bij de accountant.\n\nGonny Bruins"},
    {"id": "d37-rsvp-26", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Sarah Whitfield <s.whitfield@oosterlaan-westerbeek.nl>",
     "body": "Helaas, I can't make it on the 11th - our council meets that afternoon.\n\nSarah"},
    {"id": "d37-rsvp-27", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Ilse Bosman <i.bosman@hunzeland.nl>",
     "body": "Deze laat ik aan me voorbijgaan, het onderwerp speelt bij ons minder. Succes!" + IPHONE},
    {"id": "d37-rsvp-28", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Chantal Vermeulen <c.vermeulen@vlietstreek.nl>",
     "body": "Balen, ik moet afhaken: morgen spoedoverleg met de burgemeesters. Geef mijn plekken maar aan de "
             "wachtlijst.\n\nChantal"},
    {"id": "d37-rsvp-29", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Leo Stegeman <l.stegeman@ijsselgouw-noord.nl>",
     "body": "Zelf kan ik niet. Ik stuur mijn adjunct, Ellen Koster (e.koster@ijsselgouw-noord.nl); zij komt in "
             "mijn plaats.\n\nLeo"},
    {"id": "d37-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Els Dijkman <e.dijkman@eemvliet.nl>",
     "body": "Op de 18e lukt het me niet, dan zit ik op vakantie. Haal me maar van de deelnemerslijst van het "
             "atelier.\n\nEls"},
    {"id": "d37-rsvp-31", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Dirk-Jan Hofstede <dj.hofstede@werkorganisatie-lindevaart.nl>",
     "body": "Vorige week zei ik nog ja, maar ik moet het nu toch laten schieten: er is een extra raadsvergadering "
             "ingepland.\n\nDirk-Jan"},
    {"id": "d37-rsvp-32", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Ik kan helaas ook niet, Dirk weet ervan.\n\nMarieke"},
    {"id": "d37-rsvp-33", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Ank Scheepstra <a.scheepstra@duinrand.nl>",
     "body": "Goedemorgen,\n\nIk moet er deze keer helaas tussenuit: diezelfde middag zit ik aan de regiotafel. "
             "Tot een volgende keer!\n\nMet vriendelijke groet,\nAnk Scheepstra\ndirecteur Duinrand"},
    {"id": "d37-rsvp-34", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "R. van Leeuwen <r.vanleeuwen@duinrand.nl>",
     "body": "Kan niet. Vakantie.\n\nRvL"},
    {"id": "d37-rsvp-35", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Emily van Rensburg <e.vanrensburg@oosterlaan-westerbeek.nl>",
     "body": "Dear Stan and Melanie,\n\nRegrettably I shall not be able to attend on 11 March; I am abroad that "
             "week.\n\nKind regards,\nEmily"},
    {"id": "d37-rsvp-36", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-lijn", "sender": "Yvonne Hartog <y.hartog@rietveen-oost.nl>",
     "body": "Inmiddels is mijn agenda volgelopen, dus ik kan toch niet. Streep me maar door op de wachtlijst.\n\n"
             "Yvonne"},

    # -- confirm: answering our request to confirm a sign-up --------------------------------------------------
    {"id": "d37-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Wietske Talsma <w.talsma@werkorganisatie-lindevaart.nl>", "body": "Bevestigd.\n\nWietske"},
    {"id": "d37-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Ingrid Maas <i.maas@kempenwaard.nl>", "body": "Ja, dat was ik inderdaad. Graag!\n\nIngrid"},
    {"id": "d37-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Jan-Willem Boersma <jw.boersma@ijsselgouw.nl>",
     "body": "Met vriendelijke groet,\n\nJ.W. (Jan-Willem) Boersma\nAlgemeen directeur\nWerkorganisatie IJsselgouw\n"
             "T 0570 - 69 31 00 | M 06 - 12 90 44 71" + DISCLAIMER},
    {"id": "d37-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "sender": "mr. R.A.M. Verhagen <r.verhagen@bovenlinge.nl>",
     "body": "Geacht secretariaat,\n\nHierbij bevestig ik mijn aanmelding voor het netwerk.\n\nHoogachtend,\n"
             "mr. R.A.M. Verhagen"},
    {"id": "d37-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "L. de Koning <l.dekoning@eemvliet.nl>", "body": "👍" + IPHONE},
    {"id": "d37-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Pieter-Jan Claes <pj.claes@eemvliet-stroomdal.nl>",
     "body": "Yes, confirmed - thanks for the quick reply.\n\nPieter-Jan"},
    {"id": "d37-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Bas Terpstra <b.terpstra@wolderwijk.nl>", "body": "" + GALAXY},
    {"id": "d37-confirm-08", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl", "sender": "Gert Postma <g.postma@dvo-rietveen.nl>",
     "body": "Excuus, onder op de stapel beland. Bij deze alsnog bevestigd.\n\nGert Postma"},
    {"id": "d37-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "Jos Vencken <j.vencken@maasheuvelland.nl>", "body": "akkoord\n\nJV"},
    {"id": "d37-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd", "sender": "Wim Timmermans <wgm.timmermans@stroomdal.nl>",
     "body": "Mijn managementassistent had mij aangemeld; dat klopt en is met mijn instemming. Ik bevestig hierbij.\n\n"
             "Wim Timmermans"},
    {"id": "d37-confirm-11", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "apple", "sender": "Sanne Groeneveld <s.groeneveld@aa-en-maasdal.nl>",
     "body": "Ja hoor, ik wil nog steeds lid worden!" + IPHONE},
    {"id": "d37-confirm-12", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote", "sender": "Els Verbruggen <e.verbruggen@hunzeland.nl>",
     "body": "Dat is in orde.\n\nEls Verbruggen"},
    {"id": "d37-confirm-13", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Roel Aukema <r.aukema@noarderdyk.frl>", "body": "Klopt, graag aanmelden.\n\nRoel"},
    {"id": "d37-confirm-14", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "sender": "Ank Scheepstra <a.scheepstra@duinrand.nl>", "body": "ok prima\n\nAnk"},
    {"id": "d37-confirm-15", "kind": "confirm", "thread": C,
     "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Floor Hendrickx <f.hendrickx@hollandrand.nl>",
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "Bij dezen. Leuk dat het zo snel geregeld is.\n\nFloor"},

    # -- other: a person must answer -------------------------------------------------------------------------
    {"id": "d37-other-01", "kind": "other", "thread": None, "subject": "Wie mogen er lid worden?",
     "sender": "Henk Jaspers <h.jaspers@sgk-veenoord.nl>",
     "body": "Goedemiddag,\n\nWij zijn geen fusieorganisatie maar een shared service centre voor drie gemeenten. "
             "Vallen wij ook onder de doelgroep van het netwerk, of is het echt alleen voor ambtelijke fusies?\n\n"
             "Groet,\nHenk Jaspers"},
    {"id": "d37-other-02", "kind": "other", "thread": None, "subject": "Adviesraad",
     "sender": "Martine Lubbers <m.lubbers@kempenwaard-oost.nl>",
     "body": "Beste Stan,\n\nIk hoorde dat er een plek vrijkomt in de Adviesraad. Ik stel mij daar graag "
             "beschikbaar voor; ik ben al drie jaar lid van het netwerk en heb veel ervaring met "
             "samenwerkingsvraagstukken.\n\nGroet,\nMartine"},
    {"id": "d37-other-03", "kind": "other", "thread": None, "subject": "Workshop procesautomatisering",
     "sender": "Niels Brouwer <niels@procesflow-advies.nl>",
     "body": "Geachte heer Van de Laar,\n\nProcesFlow Advies helpt ambtelijke fusieorganisaties met het "
             "automatiseren van werkprocessen. Graag verzorgen wij tijdens een van uw ateliers een interactieve "
             "workshop. Zullen we eens bellen?\n\nMet vriendelijke groet,\nNiels Brouwer\nProcesFlow Advies B.V."},
    {"id": "d37-other-04", "kind": "other", "thread": None, "subject": "Interviewverzoek",
     "sender": "Lisa Korteweg <l.korteweg@openbaarbestuur-vakblad.nl>",
     "body": "Goedemorgen,\n\nVoor ons vakblad schrijf ik een artikel over tien jaar ambtelijke fusies. Zou ik een "
             "van de organisatoren van het netwerk kunnen interviewen, bij voorkeur nog deze maand?\n\n"
             "Hartelijke groet,\nLisa Korteweg, redacteur"},
    {"id": "d37-other-05", "kind": "other", "thread": None, "subject": "Aanmelding nieuwe directeur",
     "sender": "Anouk Vermeer <directiesecretariaat@duinrand.nl>",
     "body": "Goedemorgen,\n\nGraag wil ik onze nieuwe directeur, mevrouw Ank Scheepstra, aanmelden voor het "
             "netwerk. Haar e-mailadres is a.scheepstra@duinrand.nl.\n\nMet vriendelijke groet,\nAnouk Vermeer\n"
             "managementassistent"},
    {"id": "d37-other-06", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Karin Smit <k.smit@ijsselgouw.nl>",
     "body": "Beste secretariaat,\n\nDhr. Lammers is per 1 april met pensioen en werkt hier dus niet meer. Wilt u "
             "hem uit uw bestand halen?\n\nMet vriendelijke groet,\nKarin Smit\nteam Bestuursondersteuning"},
    {"id": "d37-other-07", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Gert Postma <g.postma@dvo-rietveen.nl>",
     "body": "Is er parkeergelegenheid bij het Stadskantoor, of kan ik beter met de trein?\n\nGert"},
    {"id": "d37-other-08", "kind": "other", "thread": None, "subject": "alles dubbel",
     "sender": "Ronald Spek <r.spek@marsdijk-zuid.nl>",
     "body": "Hallo,\n\nIk krijg al jullie mails twee keer, een keer op mijn werkadres en een keer op een oud "
             "adres van de gemeente Marsdijk. Hoe kan dat?\n\nRonald"},
    {"id": "d37-other-09", "kind": "other", "thread": None, "subject": "Kosten lidmaatschap?",
     "sender": "Team Inkoop <inkoop@hunzeland.nl>",
     "body": "Goedendag,\n\nOnze directeur wil lid worden van uw netwerk. Zijn er kosten aan verbonden, en zo ja, "
             "moeten wij dan een inkoopnummer opgeven op de factuur?\n\nMet vriendelijke groet,\nTeam Inkoop "
             "Hunzeland"},
    {"id": "d37-other-10", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Marga Lankhorst <m.lankhorst@kempenwaard.nl>",
     "body": "Dank voor de mail. De link naar het verslag werkt bij mij niet (foutmelding 404). Kunt u het als "
             "bijlage sturen?\n\nMarga"},
    {"id": "d37-other-11", "kind": "other", "thread": None, "subject": "Afmelden en inzage",
     "sender": "Bart Smeets <b.smeets@maasheuvelland.nl>",
     "body": "Goedemiddag,\n\nVoordat ik besluit of ik mij afmeld: welke gegevens hebt u eigenlijk van mij, en van "
             "wie hebt u mijn adres gekregen? Ik hoor dat graag eerst.\n\nBart Smeets"},
    {"id": "d37-other-12", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "apple",
     "sender": "Ruud Veldkamp <r.veldkamp@lindevaart.nl>",
     "body": "Wat een mooie middag was het! Dank aan jullie en aan de inleiders." + IPHONE},
    {"id": "d37-other-13", "kind": "other", "thread": None, "subject": "Enquête scriptie",
     "sender": "Daan Vissering <d.vissering@student.bestuurskunde-hs.nl>",
     "body": "Beste secretariaat,\n\nIk studeer bestuurskunde en schrijf mijn scriptie over sturing in ambtelijke "
             "fusies. Zou u mijn vragenlijst onder de leden van het netwerk willen verspreiden?\n\nMet "
             "vriendelijke groet,\nDaan Vissering"},

    # -- autoreply ---------------------------------------------------------------------------------------------
    {"id": "d37-autoreply-01", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "sender": "Ilse Bosman <i.bosman@hunzeland.nl>", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben afwezig tot en met maandag 22 februari en heb beperkt toegang tot mijn mail. Voor dringende "
             "zaken kunt u contact opnemen met het directiesecretariaat, 0599 - 32 10 00."},
    {"id": "d37-autoreply-02", "kind": "autoreply", "thread": T,
     "subject": "Out of Office: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                "[atelier:2027-1]",
     "sender": "Oliver Brandt <o.brandt@eemvliet-stroomdal.nl>", "headers": {"Precedence": "auto_reply"},
     "body": "Thank you for your message. I am out of the office until 4 January with no access to e-mail. Your "
             "message will not be forwarded."},
    {"id": "d37-autoreply-03", "kind": "autoreply", "thread": I,
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "sender": "Postmaster Gemeente Oudmeer <noreply@oudmeer.nl>",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "Geachte afzender,\n\nSinds de vorming van werkorganisatie Lindevaart op 1 januari is dit "
             "e-mailadres opgeheven. Uw bericht is niet doorgestuurd. U bereikt ons voortaan via "
             "info@werkorganisatie-lindevaart.nl.\n\nMet vriendelijke groet,\nWerkorganisatie Lindevaart"},
    {"id": "d37-autoreply-04", "kind": "autoreply", "thread": None,
     "subject": "Uw bericht is ontvangen - zaaknummer Z/27/018842",
     "sender": "Klantcontactcentrum Marsdijk <noreply-kcc@marsdijk.nl>",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Geachte heer/mevrouw,\n\nUw e-mail is ontvangen en geregistreerd onder zaaknummer Z/27/018842. U "
             "ontvangt binnen tien werkdagen een inhoudelijke reactie. Vermeld bij verdere correspondentie altijd "
             "het zaaknummer.\n\nDit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden."},
    {"id": "d37-autoreply-05", "kind": "autoreply", "thread": R,
     "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "sender": "Nelleke van Doorn <n.vandoorn@marsdijk.nl>",
     "body": "Beste afzender,\n\nVanwege zwangerschapsverlof ben ik tot 1 juni afwezig. Uw mail wordt niet "
             "doorgestuurd. Voor zaken van de directie kunt u terecht bij Rens Koolhaas, r.koolhaas@marsdijk.nl."
             "\n\nMet vriendelijke groet,\nNelleke van Doorn"},
    {"id": "d37-autoreply-06", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Tjeerd Bakker <t.bakker@werkorganisatie-vlietstreek.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Tot en met 5 maart ben ik met verlof. Afmeldingen voor de raadscommissie Bestuur graag via de "
             "griffie; overige zaken via mijn secretariaat (secretariaat.directie@vlietstreek.nl)."},
    {"id": "d37-autoreply-07", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Frits Kamphuis <f.kamphuis@ijsselgouw-noord.nl>",
     "headers": {"X-Autoreply": "yes"},
     "body": "Ik ben deze week op werkbezoek en lees mijn mail na terugkomst op maandag. Met spoed? Bel 06 - 22 74 "
             "19 60."},
]
# fmt: on
