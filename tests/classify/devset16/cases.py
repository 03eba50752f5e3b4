"""The sixteenth labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``; replies to the change of date
(wijziging_atelier) and to a substitute's invitation carry ``invitation``. A director who cannot come but sends a
substitute is an RSVP with ``attending`` False; a reply that changes an earlier answer is labelled with the latest
answer. A hand-over to a named successor is ``unsubscribe``. Inline answers carry our quoted lines in ``body``
themselves and no ``quoted``. A mail mixing an act with a question a person must decide is ``other``.
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
ANDROID = "\n\nOutlook voor Android downloaden"
DISCLAIMER = (
    "\n\n---\nDe informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. "
    "Gebruik van deze informatie door anderen dan de geadresseerde is niet toegestaan. De gemeenten Kleiwaard, "
    "Oosterdijk en Marepolder staan niet in voor de juiste en volledige overbrenging van de inhoud van een "
    "verzonden e-mailbericht."
)
FRYSK = "\n\nMei freonlike groetnis,\n\nAuke Wiersma\nalgemien direkteur Wurkorganisaasje Wâldsein"
GRUNNEGS = "\n\nMit vrundelke groud,\n\nHarm Oosterhuis\ndirecteur Werkorganisatie Wierdenland"
VLAAMS = "\n\nMet vriendelijke groeten,\n\nLieve Van den Broeck\nalgemeen directeur Werkorganisatie Scheldeoever"

FWD = (
    "---------- Doorgestuurd bericht ---------\nVan: Petra Mulder <p.mulder@wo-heidekamp.nl>\n"
    "Datum: ma 1 mrt 2027 om 16:42\nOnderwerp: netwerk directeuren ambtelijke fusies\n"
    "Aan: Eva Dijkstra <e.dijkstra@wo-vlietstreek.nl>\n\n"
    "Hoi Eva,\n\nWe hadden het er gisteren over: dit is het netwerk waar ik het over had. Twee keer per jaar een "
    "atelier met collega's, kosteloos, en de leden bepalen zelf de onderwerpen. Info via "
    "info@ambtelijkefusie.nl.\n\nGroet, Petra"
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- subscribe ------------------------------------------------------------------------------------------
    {"id": "d16-subscribe-01", "kind": "subscribe", "thread": None,
     "sender": "drs. W.J. Koopmans <wj.koopmans@wo-kleiwaard.nl>",
     "subject": "Verzoek tot deelname",
     "body": "Geacht secretariaat,\n\nSinds 1 januari jl. ben ik werkzaam als algemeen directeur van de "
             "Werkorganisatie Kleiwaard, de ambtelijke organisatie van de gemeenten Kleiwaard, Oosterdijk en "
             "Marepolder. Via een collega ontving ik uw brochure.\n\nGaarne zou ik als lid deel uitmaken van het "
             "Netwerk van directeuren van ambtelijke fusieorganisaties.\n\nHoogachtend,\n\ndrs. W.J. Koopmans\n"
             "algemeen directeur" + DISCLAIMER},
    {"id": "d16-subscribe-02", "kind": "subscribe", "thread": None,
     "sender": "Karin Baars <k.baars@heidekamp.nl>",
     "subject": "Graag opnemen in het netwerk van directeuren",
     "body": "Met vriendelijke groet,\n\nKarin Baars\nDirecteur Werkorganisatie Heidekamp\nT 0548 76 21 00"},
    {"id": "d16-subscribe-03", "kind": "subscribe", "thread": None,
     "sender": "sanne <sanne.vdberg@wo-rivierenhoek.nl>",
     "subject": "netwerk",
     "body": "hoi! zou ook graag in jullie netwerk zitten 🙌 ben sinds kort directeur bij wo rivierenhoek. "
             "zet me er maar bij\n\ngr sanne" + IPHONE},
    {"id": "d16-subscribe-04", "kind": "subscribe", "thread": None,
     "sender": "J.H. Tromp <jh.tromp@bedrijfsvoering-zandloop.nl>",
     "subject": "Opname ledenbestand",
     "body": "Geachte heer, mevrouw,\n\nHierbij wordt verzocht ondergetekende, directeur van de "
             "Bedrijfsvoeringsorganisatie Zandloop, op te nemen in het ledenbestand van het Netwerk van "
             "directeuren van ambtelijke fusieorganisaties.\n\nIn afwachting van uw bericht verblijf ik,\n\n"
             "met de meeste hoogachting,\n\nJ.H. Tromp"},
    {"id": "d16-subscribe-05", "kind": "subscribe", "thread": None,
     "sender": "Olivia Hartman <o.hartman@wo-beekdaloost.nl>",
     "subject": "Joining the network",
     "body": "Dear secretariat,\n\nI recently started as director of Werkorganisatie Beekdal-Oost (shared civil "
             "service of three municipalities). A colleague pointed me to your network and I'd very much like "
             "to join.\n\nKind regards,\nOlivia Hartman"},
    {"id": "d16-subscribe-06", "kind": "subscribe", "thread": None,
     "sender": "Markus Jansen <m.jansen@wo-grenswoud.nl>",
     "subject": "membership",
     "body": "Hello,\n\nhereby I want to become member of your network. I am since 1 february director of the "
             "Werkorganisatie Grenswoud and I find the ateliers very interesting.\n\nWith best greetings,\n"
             "Markus Jansen"},
    {"id": "d16-subscribe-07", "kind": "subscribe", "thread": None,
     "sender": "Ellen Vos <e.vos@wo-dijkhoorn.nl>",
     "subject": "Aanmeldformulier",
     "body": "Naam: Ellen Vos\nFunctie: algemeen directeur / gemeentesecretaris\nOrganisatie: Werkorganisatie "
             "Dijkhoorn (gemeenten Dijkhoorn en Westerpolder)\nE-mail: e.vos@wo-dijkhoorn.nl\n"
             "Telefoon: 0299 45 67 80\nVerzoek: deelname aan het netwerk"},
    {"id": "d16-subscribe-08", "kind": "subscribe", "thread": None,
     "sender": "Frank Mertens <f.mertens@wo-eschmarke.nl>",
     "subject": "Netwerk directeuren",
     "body": "Goedemorgen,\n\nEven kort, drie dingen op een rij:\n"
             "- ik ben per 1 maart gestart als directeur van Werkorganisatie Eschmarke;\n"
             "- de brochure van het netwerk lag op mijn bureau bij aankomst;\n"
             "- ik wil er graag bij horen, dus noteer mij als lid.\n\nDank alvast,\nFrank Mertens"},
    {"id": "d16-subscribe-09", "kind": "subscribe", "thread": None,
     "sender": "Ingeborg Smeets <i.smeets@wo-peelrand.nl>",
     "subject": "Via een verjaardag bij jullie terechtgekomen",
     "body": "Beste mensen,\n\nVorige week zat ik op de verjaardag van mijn schoonzus naast een oud-collega uit "
             "mijn tijd bij de provincie. Zij is inmiddels directeur van een ambtelijke fusie in Overijssel en "
             "vertelde enthousiast over de ateliers: dat je daar eindelijk eens niet hoeft uit te leggen wat het "
             "betekent om voor vier colleges tegelijk te werken. Ik herkende er alles in. Bij ons in de Peelrand "
             "zitten we net in het tweede jaar na de fusie en ik mis precies dat soort gesprekken.\n\n"
             "Kortom: ik wil graag meedoen met het netwerk.\n\nHartelijke groet,\nIngeborg Smeets\n"
             "directeur Werkorganisatie Peelrand"},
    {"id": "d16-subscribe-10", "kind": "subscribe", "thread": None,
     "sender": "Eva Dijkstra <e.dijkstra@wo-vlietstreek.nl>",
     "subject": "FW: netwerk directeuren ambtelijke fusies",
     "body": "Goedemiddag,\n\nZie het bericht van Petra hieronder. Dit lijkt me zeer waardevol; graag sluit ik "
             "me bij het netwerk aan.\n\nMet vriendelijke groet,\nEva Dijkstra\nDirecteur Werkorganisatie "
             "Vlietstreek\n\n" + FWD},
    {"id": "d16-subscribe-11", "kind": "subscribe", "thread": None,
     "sender": "Lieve Van den Broeck <l.vandenbroeck@wo-scheldeoever.nl>",
     "subject": "Aansluiten bij het netwerk",
     "body": "Goeiedag,\n\nAls geboren Gentenaar heb ik een tijd moeten wennen aan het Nederlandse openbaar "
             "bestuur, maar sinds dit voorjaar leid ik de ambtelijke organisatie van twee Zeeuwse gemeenten. "
             "Ik zou heel graag aansluiten bij jullie netwerk." + VLAAMS},
    {"id": "d16-subscribe-12", "kind": "subscribe", "thread": None,
     "sender": "Auke Wiersma <a.wiersma@wo-waldsein.nl>",
     "subject": "Lidmaatschap",
     "body": "Goeie,\n\nGraag word ik lid van het Netwerk van directeuren van ambtelijke fusieorganisaties. Onze "
             "werkorganisatie werkt sinds 2024 voor twee gemeenten in de Friese Wouden." + FRYSK},
    {"id": "d16-subscribe-13", "kind": "subscribe", "thread": None,
     "sender": "Harm Oosterhuis <h.oosterhuis@wierdenland.nl>",
     "subject": "Netwerk",
     "body": "Moi,\n\nVan een collega uit Drenthe hoorde ik van jullie netwerk. Ik doe graag mee; schrijf mij "
             "maar in als lid." + GRUNNEGS},
    {"id": "d16-subscribe-14", "kind": "subscribe", "thread": None,
     "sender": "r.kok <r.kok@wo-hoornmeer.nl>",
     "subject": "uitnodigingen",
     "body": "goedemiddag, graag ontvang ik voortaan de uitnodigingen vd ateliers en de andere berichten van "
             "het netwerk. ben sinds kort direkteur van werkorganisatie hoornmeer\n\ngrt R. Kok"},
    {"id": "d16-subscribe-15", "kind": "subscribe", "thread": None,
     "sender": "Bart Hofstede <b.hofstede@wo-lindeland.nl>", "subject": "",
     "body": "Zet mij maar op de lijst van het directeurennetwerk.\n\nBart Hofstede, WO Lindeland"},
    {"id": "d16-subscribe-16", "kind": "subscribe", "thread": None,
     "sender": "Nadia Demir <n.demir@wo-marepolder.nl>",
     "subject": "Please add me to the directors' network",
     "body": ""},
    {"id": "d16-subscribe-17", "kind": "subscribe", "thread": None,
     "sender": "Thijs Bosch <t.bosch@wo-kempenveld.nl>",
     "subject": "Aanhaken",
     "body": "Beste secretariaat,\n\nVanuit mijn nieuwe functie als directeur van Werkorganisatie Kempenveld wil "
             "ik graag aanhaken bij het netwerk.\n\nGroet,\nThijs Bosch" + ANDROID},
    {"id": "d16-subscribe-18", "kind": "subscribe", "thread": None,
     "sender": "Monique Verhoef <m.verhoef@wo-oudeland.nl>",
     "subject": "Terug van weggeweest",
     "body": "Beste Stan en Melanie,\n\nNa drie jaar bij het Rijk ben ik terug in het gemeentelijke: sinds 1 "
             "februari directeur van Werkorganisatie Oudeland. Ik was destijds al eens lid, maar heb me bij "
             "mijn vertrek laten uitschrijven. Graag word ik weer opgenomen in het netwerk.\n\nHartelijke groet,"
             "\nMonique Verhoef"},
    {"id": "d16-subscribe-19", "kind": "subscribe", "thread": None,
     "sender": "Jeroen Wille <j.wille@wo-zuiderbroek.nl>",
     "subject": "Netwerk directeuren",
     "body": "Hi, via LinkedIn jullie brochure gezien. Ik zou graag joinen, lijkt me een waardevol netwerk. "
             "Thanks!\n\nJeroen\n--\nJeroen Wille | directeur | Werkorganisatie Zuiderbroek"},
    {"id": "d16-subscribe-20", "kind": "subscribe", "thread": None,
     "sender": "A. Lammers <a.lammers@wo-kleiwaard.nl>",
     "subject": "Deelname",
     "body": "Graag deelnemen aan het netwerk. Ik ben de nieuwe directeur bedrijfsvoering en ben door het "
             "directieteam aangewezen als ons aanspreekpunt.\n\nAnnelies Lammers" + IPHONE},
    {"id": "d16-subscribe-21", "kind": "subscribe", "thread": None,
     "sender": "Directie Werkorganisatie Veenhorst <directie@wo-veenhorst.nl>",
     "subject": "Kennisnetwerk",
     "body": "Geacht secretariaat,\n\nNaar aanleiding van het overleg in ons dagelijks bestuur:\n"
             "• ons bestuur moedigt de directie aan deel te nemen aan kennisnetwerken;\n"
             "• het netwerk van directeuren van ambtelijke fusieorganisaties sluit daar goed bij aan;\n"
             "• ik verzoek u daarom mij als lid in te schrijven.\n\n"
             "Met vriendelijke groet,\n\nmr. H.P. de Graaf\nalgemeen directeur Werkorganisatie Veenhorst"},
    {"id": "d16-subscribe-22", "kind": "subscribe", "thread": None,
     "sender": "Yasmina Bakkali <y.bakkali@wo-hoefijzer.nl>",
     "subject": "Interim-directeur, graag meedoen",
     "body": "Goedemiddag,\n\nTot eind 2027 ben ik interim-directeur van Werkorganisatie Hoefijzer. Ook voor "
             "die periode wil ik graag meedoen met het netwerk en de ateliers.\n\nVriendelijke groet,\n"
             "Yasmina Bakkali"},
    {"id": "d16-subscribe-23", "kind": "subscribe", "thread": None,
     "sender": "Hendrik Postma <h.postma@wo-terpenland.nl>",
     "subject": "lid",
     "body": "Reken mij voortaan tot de leden.\n\nH. Postma"},
    {"id": "d16-subscribe-24", "kind": "subscribe", "thread": None,
     "sender": "Ruben Claes <r.claes@wo-maaskant.nl>",
     "subject": "Ledenlijst",
     "body": "Dag secretariaat,\n\nCollega Van Dam wees me op jullie netwerk. Schrijf mij ook maar in, ik "
             "ben directeur van Werkorganisatie Maaskant.\n\nGroetjes uit het zuiden,\nRuben"},
    {"id": "d16-subscribe-25", "kind": "subscribe", "thread": None,
     "sender": "Linda Schouten <l.schouten@wo-gouwestreek.nl>",
     "subject": "Hou me op de hoogte",
     "body": "Beste netwerk,\n\nIk hoor graag van jullie: houd me op de hoogte van de ateliers en de oproepen "
             "voor thema's. Ik ben directeur van de werkorganisatie van de Gouwestreek-gemeenten.\n\n"
             "Groet,\nLinda Schouten"},
    {"id": "d16-subscribe-26", "kind": "subscribe", "thread": None,
     "sender": "Stefan Huber <s.huber@wo-achterveld.nl>",
     "subject": "Registration",
     "body": "Good day,\n\nI would like to register me for the network of directors. Since two months I lead "
             "the Werkorganisatie Achterveld. Please take me up in your member list.\n\nFriendly regards,\n"
             "Stefan Huber"},
    {"id": "d16-subscribe-27", "kind": "subscribe", "thread": None,
     "sender": "Pieter-Jan Koster <pj.koster@wo-ijsselmonde-oost.nl>",
     "subject": "Aanmelding netwerk directeuren",
     "body": "Beste,\n\nHierbij meld ik mij aan als lid.\n\nPieter-Jan Koster\nDirecteur Werkorganisatie "
             "IJsselmonde-Oost\n06 41 22 89 03" + DISCLAIMER},
    {"id": "d16-subscribe-28", "kind": "subscribe", "thread": None,
     "sender": "Noor el Amrani <n.elamrani@wo-lekdijk.nl>",
     "subject": "graag ook lid",
     "body": "Hallo, mn collega-directeur uit de regio is lid en zegt dat het de moeite waard is. Ik wil ook "
             "graag lid worden, kosteloos begreep ik. gr noor 😊"},
    {"id": "d16-subscribe-29", "kind": "subscribe", "thread": None,
     "sender": "Gerrit Zijlstra <g.zijlstra@wo-waddenkust.nl>",
     "subject": "Deelname netwerk directeuren",
     "body": "Goeie,\n\nIk zou graag deel uitmaken van het netwerk.\n\nGroetnis,\nGerrit Zijlstra\n"
             "direkteur Wurkorganisaasje Waddenkust"},
    {"id": "d16-subscribe-30", "kind": "subscribe", "thread": None,
     "sender": "Carla Brink <c.brink@wo-zeeveld.nl>",
     "subject": "Ateliers",
     "body": "Goedemorgen,\n\nOp het congres van vorige maand sprak ik Melanie Huurneman. Zoals afgesproken: "
             "ik wil me graag inschrijven voor het netwerk, zodat ik ook de uitnodigingen voor de ateliers "
             "krijg.\n\nMet hartelijke groet,\nCarla Brink\nDirecteur Werkorganisatie Zeeveld"},
    # -- confirm --------------------------------------------------------------------------------------------
    {"id": "d16-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "body": "Akkoord."},
    {"id": "d16-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "body": "Yes, that's me - confirmed.\n\nOlivia"},
    {"id": "d16-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn",
     "body": "Klopt helemaal, mijn secretariaat heeft dat voor mij gedaan. Bij dezen bevestigd.\n\nMet "
             "vriendelijke groet,\nMarieke de Vries-Ölçer"},
    {"id": "d16-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "body": "👍"},
    {"id": "d16-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "body": "Jazeker, dat was ik." + IPHONE},
    {"id": "d16-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "body": "IS GOED\n\nW. KOOPMANS"},
    {"id": "d16-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "body": "Met vriendelijke groet,\n\nJ.H. Tromp\nDirecteur Bedrijfsvoeringsorganisatie "
                              "Zandloop"},
    {"id": "d16-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote", "body": "In orde, dit adres is van mij en ik wil de berichten graag ontvangen."},
    {"id": "d16-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd",
     "body": "Dag Stan,\n\nAnja had dit inderdaad namens mij in gang gezet; dat klopt dus, ik hoor er graag "
             "bij.\n\nGroet, Frank"},
    {"id": "d16-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "body": "Ja hoor, dat was ik."},
    {"id": "d16-confirm-11", "kind": "confirm", "thread": C,
     "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "Bij deze!\n\n> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026."},
    {"id": "d16-confirm-12", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl",
     "body": "Excuus, uw eerste bericht was ondergesneeuwd in de drukte rond de begroting. Ik wil er alsnog "
             "graag bij horen.\n\nKarin Baars"},
    {"id": "d16-confirm-13", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "gmail", "body": "Herewith I confirm my registration.\n\nBest greetings,\nMarkus Jansen"},
    {"id": "d16-confirm-14", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "Dag,\n\nIn orde voor mij, dank u wel.\n\nGroetjes,\nLieve"},
    {"id": "d16-confirm-15", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "subject": "Antw: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "Ondergetekende bevestigt hierbij de juistheid van het opgegeven e-mailadres en de wens het "
             "lidmaatschap aan te gaan.\n\nmr. H.P. de Graaf"},
    # -- unsubscribe ----------------------------------------------------------------------------------------
    {"id": "d16-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Wim Jacobs <w.jacobs@wo-lindeland.nl>",
     "subject": "Pensioen",
     "body": "Geacht secretariaat,\n\nPer 1 april a.s. ga ik met pensioen. Graag zie ik mijn naam dan ook "
             "niet meer op uw verzendlijst terug. Dank voor de mooie ateliers van de afgelopen jaren.\n\n"
             "Hoogachtend,\nW. Jacobs"},
    {"id": "d16-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Renate Bos <r.bos@wo-heidekamp.nl>",
     "subject": "Overdracht lidmaatschap",
     "body": "Beste Stan,\n\nMijn opvolger, Ingrid Zwart (i.zwart@wo-heidekamp.nl), neemt per 1 mei het stokje "
             "van mij over. Mij kunt u dan uit het netwerk halen.\n\nGroet,\nRenate Bos"},
    {"id": "d16-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "tim <t.vandijk@wo-maaskant.nl>", "subject": "lijst",
     "body": "haal me maar van de lijst aub, ben weg bij de fusie 🙃\n\ntim" + ANDROID},
    {"id": "d16-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nGeen thema's van mijn kant: ik ben sinds vorige maand niet meer werkzaam bij de "
             "werkorganisatie en wil deze berichten niet langer ontvangen.\n\nMet vriendelijke groet,\n"
             "Joost Veltman"},
    {"id": "d16-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "body": "Ik kom niet naar het atelier en wil ook geen uitnodigingen meer ontvangen; schrijf mij "
             "alstublieft uit bij het netwerk.\n\nF. Mertens"},
    {"id": "d16-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Geachte heer Van de Laar,\n\nHierbij maak ik gebruik van mijn recht op gegevenswissing (artikel "
             "17 AVG). Ik verzoek u al mijn persoonsgegevens uit uw administratie te verwijderen en mij geen "
             "berichten meer te sturen.\n\nHoogachtend,\nE.M. Rutgers" + DISCLAIMER},
    {"id": "d16-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Sophie Dekker <s.dekker@wo-gouwestreek.nl>", "subject": "Mailing list",
     "body": "Hi,\n\nPlease remove me from your mailing list - I've moved on to a position outside local "
             "government.\n\nThanks,\nSophie"},
    {"id": "d16-unsubscribe-08", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Daan Verbruggen <d.verbruggen@wo-beekdaloost.nl>", "subject": "GDPR request",
     "body": "Dear Sir or Madam,\n\nUnder Article 17 of the GDPR I request that you erase all personal data "
             "you hold about me and stop sending me e-mail.\n\nRegards,\nDaan Verbruggen"},
    {"id": "d16-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Klaus Becker <k.becker@wo-grenswoud.nl>", "subject": "Leaving",
     "body": "Good morning,\n\nsince March I am no more director of the Werkorganisatie Grenswoud. Please take "
             "me out of your distributor for the network.\n\nMany greetings,\nKlaus Becker"},
    {"id": "d16-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Marco Hermans <m.hermans@wo-peelrand.nl>", "subject": "Uitschrijven s.v.p.",
     "body": "Marco Hermans\nWerkorganisatie Peelrand"},
    {"id": "d16-unsubscribe-11", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Anouk Smit <a.smit@wo-hoornmeer.nl>",
     "subject": "AVG-verzoek: verwijdering van mijn persoonsgegevens en beëindiging lidmaatschap",
     "body": "Zie onderwerp.\n\nA. Smit"},
    {"id": "d16-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Paul de Ridder <p.deridder@wo-zeeveld.nl>", "subject": "Wijziging",
     "body": "Beste secretariaat,\n\n- ik stop per 1 maart als directeur van Werkorganisatie Zeeveld;\n"
             "- ik hoef vanaf dan niets meer van het netwerk te ontvangen;\n"
             "- wie mij opvolgt is nog niet bekend.\n\nGroet,\nPaul de Ridder"},
    {"id": "d16-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Greet Hoekstra <g.hoekstra@wo-terpenland.nl>", "subject": "Einde van onze fusie",
     "body": "Beste Stan, beste Melanie,\n\nJullie hebben het misschien in de krant gelezen: na jaren van "
             "discussie hebben de drie raden in december ingestemd met een herindeling. Per 1 januari ontstaat "
             "er één nieuwe gemeente en houdt de werkorganisatie op te bestaan. Het waren bewogen jaren, met "
             "veel mooie momenten en ook de nodige spanning tussen de besturen, en de ateliers hebben me daarin "
             "echt geholpen.\n\nMet de herindeling ben ik geen directeur van een ambtelijke fusie meer. Ik "
             "verzoek jullie daarom mijn lidmaatschap te beëindigen.\n\nHartelijke groet,\nGreet Hoekstra"},
    {"id": "d16-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "body": "Goeiedag,\n\nIk zou graag uit jullie mailinglijst gehaald worden, ik ben teruggekeerd naar "
             "Vlaanderen." + VLAAMS},
    {"id": "d16-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "groupwise",
     "body": "Goeie,\n\nNet als ik met vervroegd pensioen ga, komt deze uitnodiging binnen. Voor mij is het "
             "netwerk daarmee klaar; u kunt mij van de ledenlijst schrappen." + FRYSK},
    {"id": "d16-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "gmail",
     "body": "Dit was toch niet de bedoeling, mijn collega heeft mijn adres abusievelijk opgegeven. Ik wil "
             "geen lid zijn."},
    {"id": "d16-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "notes",
     "body": "Ik heb me nergens voor opgegeven. Haal dit adres er weer uit."},
    {"id": "d16-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Rachel Meijer <r.meijer@wo-achterveld.nl>", "subject": "Successor",
     "body": "Dear Stan,\n\nAs of June my successor Pieter Bosman (p.bosman@wo-achterveld.nl) takes over my "
             "role as director; please transfer my membership of the network to him.\n\nBest,\nRachel Meijer"},
    {"id": "d16-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "B.A. Spijker <ba.spijker@wo-oudeland.nl>", "subject": "Wisseling directeur",
     "body": "Geacht secretariaat,\n\nMet ingang van 1 september a.s. wordt de functie van algemeen directeur "
             "van de Werkorganisatie Oudeland vervuld door mevrouw drs. L. Terpstra (l.terpstra@wo-oudeland.nl), "
             "als opvolger van ondergetekende. Verzocht wordt het lidmaatschap van het netwerk met ingang van "
             "die datum op haar naam over te zetten.\n\nHoogachtend,\n\nir. B.A. Spijker\nalgemeen directeur"},
    {"id": "d16-unsubscribe-20", "kind": "unsubscribe", "erase": False, "thread": R,
     "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "body": "Beste Melanie,\n\nIk ben per 1 maart vertrokken. Mijn opvolger Karim El Idrissi "
             "(k.elidrissi@wo-lekdijk.nl) neemt mijn plek in het netwerk over, ook voor donderdag.\n\n"
             "Groet,\nHans Verweij"},
    {"id": "d16-unsubscribe-21", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en",
     "body": "Geen suggesties. Ik wil verder niets meer ontvangen en verzoek u conform de AVG al mijn gegevens "
             "te wissen.\n\nL. Martens"},
    {"id": "d16-unsubscribe-22", "kind": "unsubscribe", "erase": True, "thread": R,
     "quoted": "herinnering_atelier", "quote": "gmail",
     "body": "hoeft allemaal niet meer hoor, ik zit niet meer bij de werkorganisatie. en wis meteen al mijn "
             "gegevens uit jullie systeem, AVG enzo. thx"},
    {"id": "d16-unsubscribe-23", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Harm Oosterhuis <h.oosterhuis@wierdenland.nl>", "subject": "Lidmaatschap en gegevens",
     "body": "Moi,\n\nIk wil uit het netwerk en verzoek om verwijdering van al mijn persoonsgegevens uit uw "
             "administratie, op grond van artikel 17 van de AVG." + GRUNNEGS},
    {"id": "d16-unsubscribe-24", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "notes-wrote",
     "body": "Voor mij hoeft het niet meer, haal mijn naam maar van de lijst. Succes met het atelier."},
    {"id": "d16-unsubscribe-25", "kind": "unsubscribe", "erase": False, "thread": W,
     "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke "
             "fusieorganisaties.\n\nDat moet een misverstand zijn; ik ben per 1 maart weg bij de gemeente. "
             "Graag mijn lidmaatschap stopzetten.\n\n> Afmelden? Antwoord op deze e-mail met 'afmelden' of "
             "stuur een e-mail naar info@ambtelijkefusie.nl."},
    # -- rsvp -----------------------------------------------------------------------------------------------
    {"id": "d16-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Geacht secretariaat,\n\nGraag bevestig ik mijn aanwezigheid bij het atelier op 11 maart.\n\n"
             "Hoogachtend,\nW.J. Koopmans" + DISCLAIMER},
    {"id": "d16-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Ik schuif aan, maar zal ongeveer drie kwartier later zijn vanwege een AB-vergadering die tot "
             "14.30 uur duurt.\n\nThijs"},
    {"id": "d16-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Ben erbij, moet wel om 16.00 weg voor de raadscommissie.\n\nRuben" + IPHONE},
    {"id": "d16-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Beste Stan,\n\nWij zijn met z'n drieën: ikzelf, onze concerncontroller Bas Peeters en "
             "beleidsadviseur Noor Yilmaz.\n\nMet vriendelijke groet,\nKarin Baars"},
    {"id": "d16-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Zelf zit ik die middag vast aan de begrotingsbehandeling. Hanneke de Wit "
             "(h.dewit@wo-dijkhoorn.nl), onze adjunct-directeur, gaat in mijn plaats.\n\nEllen Vos"},
    {"id": "d16-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "Die donderdag zit ik in Brussel voor de Europese regiodag. Volgende keer beter!"},
    {"id": "d16-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Vorige week schreef ik nog dat het niet lukte, maar de raadsvergadering is verplaatst. Dus toch "
             "van de partij!\n\nMonique"},
    {"id": "d16-rsvp-08", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Beste Melanie,\n\nEerder gaf ik aan erbij te zijn, maar er is een crisisoverleg tussengekomen. "
             "Ik moet helaas toch verstek laten gaan.\n\nGroet,\nBart"},
    {"id": "d16-rsvp-09", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "body": "Staat in mijn agenda, tot donderdag!"},
    {"id": "d16-rsvp-10", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn",
     "body": "Beste Stan,\n\nIk lig sinds gisteren met griep op de bank, dus donderdag gaat het helaas niet "
             "lukken. Sorry voor de late berichtgeving.\n\nYasmina"},
    {"id": "d16-rsvp-11", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes-wrote",
     "body": "Prima. Mijn gast wordt trouwens niet Karin Smulders maar Joost Veltman, onze manager "
             "dienstverlening."},
    {"id": "d16-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "body": "De 18e komt me zelfs beter uit. Reserveer maar een stoel voor me."},
    {"id": "d16-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail",
     "body": "Jammer, op 18 maart heb ik de regiodag van de veiligheidsregio. Op de nieuwe datum lukt het me "
             "dus niet."},
    {"id": "d16-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "body": "Dank, ik vervang Dirk graag en neem onze controller mee.\n\nAnnelies"},
    {"id": "d16-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "body": "Count me in for March 11th.\n\nOlivia"},
    {"id": "d16-rsvp-16", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Hi Stan,\n\nUnfortunately I'll have to pass this time - it clashes with our budget meeting.\n\n"
             "Best,\nSophie"},
    {"id": "d16-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "body": "I will be there gladly. I come with one colleague, Mrs. Weber.\n\nStefan Huber"},
    {"id": "d16-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "yes!! 🙋‍♀️ zit erbij" + IPHONE},
    {"id": "d16-rsvp-19", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "nee helaas 😕 zit dan op skivakantie\n\nnoor"},
    {"id": "d16-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "body": "Goeiemiddag,\n\nIk ben er heel graag bij." + VLAAMS},
    {"id": "d16-rsvp-21", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "body": "Goeie,\n\nOp 11 maart ben ik helaas verhinderd." + FRYSK},
    {"id": "d16-rsvp-22", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Moi,\n\nDat wil ik niet missen, ik ben present." + GRUNNEGS},
    {"id": "d16-rsvp-23", "kind": "rsvp", "attending": True, "thread": None,
     "sender": "Carla Brink <c.brink@wo-zeeveld.nl>", "subject": "Atelier 11 maart: aanwezig",
     "body": "Carla Brink\nDirecteur Werkorganisatie Zeeveld"},
    {"id": "d16-rsvp-24", "kind": "rsvp", "attending": False, "thread": None,
     "sender": "Gerrit Zijlstra <g.zijlstra@wo-waddenkust.nl>", "subject": "Verhinderd voor het atelier van 11 maart",
     "body": ""},
    {"id": "d16-rsvp-25", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nWat betreft het atelier:\n• aanwezig: ja\n• aantal personen: 2 (ik en Femke "
             "Aksoy, strategisch adviseur)\n• dieetwensen: geen\n\nGroet,\nPieter-Jan Koster"},
    {"id": "d16-rsvp-26", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Anja,\n\nHet vorige atelier ging over de verdeling van kosten tussen de gemeenten, en ik heb er "
             "op de terugweg in de trein nog een uur over nagedacht. Daarna heb ik in het MT meteen de "
             "discussie over onze verdeelsleutel opnieuw geopend, en dat heeft ons veel opgeleverd. Zulke "
             "middagen wil ik niet missen.\n\nDus ja: blok de middag van 11 maart en laat het secretariaat "
             "weten dat ik erbij ben.\n\nFrank"},
    {"id": "d16-rsvp-27", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nDeze keer niet, die "
             "dag heb ik een heisessie met het college.\n\n> Graag uw antwoord vóór 2 maart 2027.\n\nJ. Tromp"},
    {"id": "d16-rsvp-28", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nJazeker.\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nMet z'n tweeën, mijn "
             "collega Tom Aerts gaat mee."},
    {"id": "d16-rsvp-29", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Directiesecretariaat <directiesecretariaat@wo-veenhorst.nl>",
     "body": "Geacht secretariaat,\n\nNamens de algemeen directeur, de heer De Graaf, wordt medegedeeld dat "
             "deelname aan het atelier van 11 maart in verband met andere verplichtingen helaas niet mogelijk "
             "is.\n\nMet vriendelijke groet,\nDirectiesecretariaat Werkorganisatie Veenhorst"},
    {"id": "d16-rsvp-30", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Marloes Peters <m.peters@wo-gouwestreek.nl>",
     "body": "Beste Stan,\n\nNamens Linda Schouten laat ik u weten dat zij graag aanwezig is op 11 maart.\n\n"
             "Met vriendelijke groet,\nMarloes Peters\nmanagementassistent directie"},
    {"id": "d16-rsvp-31", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail",
     "body": "Ik had Dirk beloofd zijn plek in te nemen, maar nu blijkt dat ik die middag zelf de raad moet "
             "bijstaan. Ik kan dus toch niet, sorry."},
    {"id": "d16-rsvp-32", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "body": "Ik moet helaas afhaken voor deze editie.\n\nRenate"},
    {"id": "d16-rsvp-33", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "body": "Noteer mij maar voor de 11e.\n\ngr. Hendrik Postma"},
    {"id": "d16-rsvp-34", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Dear secretariat,\n\nTo my regret I cannot take part at the atelier on 11 March.\n\nKind "
             "greetings,\nKlaus Becker"},
    {"id": "d16-rsvp-35", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Gisteren nog afgezegd, maar het college heeft de vergadering verschoven. Ik kan er dus toch "
             "gewoon bij zijn donderdag.\n\nBart" + IPHONE},
    # -- suggestion -----------------------------------------------------------------------------------------
    {"id": "d16-suggestion-01", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Beste Stan,\n\nIk zou graag met collega's praten over het opstellen van een langetermijnvisie "
             "op onze werkorganisatie richting 2035: waar willen we als organisatie over tien jaar staan?\n\n"
             "Groet,\nRenate"},
    {"id": "d16-suggestion-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "body": "Onderwerp: de verhouding tussen de deelnemende gemeenten als één gemeente drie keer zo groot is "
             "als de andere twee samen."},
    {"id": "d16-suggestion-03", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Wij worstelen met de digitalisering van onze werkprocessen, vooral de invoering van zaakgericht "
             "werken. Daar hoor ik graag ervaringen van anderen over.\n\nThijs Bosch"},
    {"id": "d16-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "body": "Mijn voorstel: het meten van de tevredenheid van inwoners over onze dienstverlening aan de balie "
             "en online, en hoe je die prestaties zichtbaar maakt." + IPHONE},
    {"id": "d16-suggestion-05", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Twee onderwerpen:\n1. formatie en de krapte op de arbeidsmarkt: hoe houden we onze vacatures "
             "vervuld;\n2. digitale dienstverlening aan ondernemers.\n\nMet vriendelijke groet,\nEllen Vos"},
    {"id": "d16-suggestion-06", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "body": "Suggesties:\n- bestuurlijke prioriteiten na de gemeenteraadsverkiezingen\n- de positie van "
             "onze fusieorganisatie in de regio\n\nW. Jacobs"},
    {"id": "d16-suggestion-07", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "body": "Hi Stan,\n\nI'd suggest a session on the regional position of shared service organisations "
             "vis-à-vis the province and the larger cities around us.\n\nBest,\nOlivia"},
    {"id": "d16-suggestion-08", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "body": "Topic idea: monitoring how well we serve our residents - dashboards and KPIs on service "
             "delivery that the councils actually read.\n\nSophie"},
    {"id": "d16-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "body": "idee: sturingsconcept!! wij gaan van drie directeuren naar één 😅 benieuwd hoe anderen dat "
             "hebben ingericht\n\ngr tim"},
    {"id": "d16-suggestion-10", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Dag Stan,\n\nMisschien een idee om het eens te hebben over het bepalen van de bestuurlijke "
             "prioriteiten wanneer er in elk van de gemeenten een nieuw college aantreedt." + VLAAMS},
    {"id": "d16-suggestion-11", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Beste Melanie,\n\nAfgelopen dinsdag zaten we in de raad van de kleinste van onze drie gemeenten. "
             "Een raadslid vroeg waarom zijn dorp hetzelfde beleid moet volgen als de stad, terwijl de inwoners "
             "iets heel anders willen. De burgemeester keek mij aan, en ik had eerlijk gezegd geen goed "
             "antwoord. Dat gesprek zit me nog steeds dwars.\n\nVandaar mijn voorstel voor het atelier: hoe ga je "
             "om met de eigen ambities van elke gemeente tegenover de wens van de gemeenten om gezamenlijk op "
             "te trekken?\n\nGroet,\nGreet Hoekstra"},
    {"id": "d16-suggestion-12", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "body": "Niet weer digitalisering alsjeblieft, dat komt op elk congres al aan bod. Liever iets over de "
             "gezamenlijke opgaven van onze gemeenten in het sociaal domein: hoe trek je daarin samen op?"},
    {"id": "d16-suggestion-13", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Graag agenderen: kostenbeheersing van de werkorganisatie bij sterk oplopende loonkosten en een "
             "krappe meerjarenraming.\n\nmr. H.P. de Graaf" + DISCLAIMER},
    {"id": "d16-suggestion-14", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "body": "Informatiebeveiliging en de inrichting van onze I&A-functie.\n\nKlaus Becker"},
    {"id": "d16-suggestion-15", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd",
     "body": "Anja, stuur je dit even terug namens mij: mijn onderwerp is één loket voor ondernemers uit alle "
             "drie de gemeenten, zodat een ondernemer nergens meer hoeft te zoeken.\n\nFrank"},
    {"id": "d16-suggestion-16", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "body": "Voorstel: de inhoudelijke agenda van de directie voor de komende raadsperiode. Wat zetten we "
             "bovenaan en waarom?\n\nMarco"},
    {"id": "d16-suggestion-17", "kind": "suggestion", "themes": ["samenwerking"], "thread": W, "quoted": "welkom",
     "quote": "outlook-nl",
     "body": "Dank voor het warme welkom! Een onderwerp dat bij ons speelt: de positie van onze "
             "fusieorganisatie in de regio, nu er een regiodeal wordt uitgewerkt waar we als kleine gemeenten "
             "aan tafel willen.\n\nIngeborg Smeets"},
    {"id": "d16-suggestion-18", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "body": "Mooie middag, dank. Voor een volgende keer: innovatie in de dienstverlening aan inwoners, "
             "bijvoorbeeld proactief dienstverlenen bij levensgebeurtenissen zoals een verhuizing of "
             "geboorte.\n\nMonique Verhoef"},
    {"id": "d16-suggestion-19", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "sender": "Hans Verweij <h.verweij@wo-lekdijk.nl>", "subject": "Onderwerp voor het volgende atelier",
     "body": "Beste secretariaat,\n\nEen onderwerp voor een volgend atelier: de organisatiestructuur. Wij "
             "twijfelen tussen een matrixorganisatie en een indeling in domeinen.\n\nHans Verweij"},
    {"id": "d16-suggestion-20", "kind": "suggestion", "themes": ["strategie", "organisatie", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nMijn onderwerpen:\n• de lange termijn visie op onze werkorganisatie\n"
             "• het financieel beleid van de werkorganisatie en de begrotingsdruk\n"
             "• het monitoren van de prestaties richting inwoners\n\nGroet,\nPaul de Ridder"},
    {"id": "d16-suggestion-21", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "body": "Hello,\n\nI would propose the theme of the steering concept and the organisation structure of "
             "the shared service. By us this is since years a big discussion.\n\nBest greetings,\nStefan Huber"},
    {"id": "d16-suggestion-22", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Geacht secretariaat,\n\nDoor ondergetekende wordt voorgesteld tijdens het eerstvolgende atelier "
             "aandacht te besteden aan de monitoring van de prestaties van de dienstverlening aan inwoners en "
             "instellingen.\n\nHoogachtend,\nJ.H. Tromp"},
    {"id": "d16-suggestion-23", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nHoe houd je de relatie met drie colleges goed als hun belangen steeds "
             "verder uit elkaar lopen.\n\n> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari "
             "2027.\n\nGroet, Bart"},
    {"id": "d16-suggestion-24", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "body": "Twee ideeën voor de volgende keer:\n- gezamenlijke opgaven zoals de energietransitie, die elke "
             "gemeente anders wil aanpakken\n- formatie: hoe groei je mee met de taken zonder dat de "
             "overhead uit de hand loopt\n\nNoor" + ANDROID},
    {"id": "d16-suggestion-25", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "body": "Omdat onze visie op dienstverlening om één manier van werken vraagt, stel ik voor het te hebben "
             "over het harmoniseren van werkprocessen tussen de voormalige gemeentelijke afdelingen.\n\n"
             "Yasmina Bakkali"},
    # -- autoreply ------------------------------------------------------------------------------------------
    {"id": "d16-autoreply-01", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
     "body": "Ik ben afwezig tot en met maandag 25 januari. Uw bericht wordt niet doorgestuurd. Voor dringende "
             "zaken kunt u contact opnemen met het directiesecretariaat, telefoon 0548 76 21 00."},
    {"id": "d16-autoreply-02", "kind": "autoreply",
     "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Thank you for your email. I am out of the office until 8 March with limited access to email. "
             "For urgent matters please contact my assistant at secretariaat@wo-beekdaloost.nl."},
    {"id": "d16-autoreply-03", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "headers": {"Precedence": "auto_reply"},
     "body": "Dit e-mailadres is sinds de samenvoeging van de werkorganisaties niet meer in gebruik. Uw "
             "bericht is niet gelezen. Stuur uw e-mail opnieuw naar info@wo-rivierenhoek.nl."},
    {"id": "d16-autoreply-04", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-generated"},
     "subject": "Ontvangstbevestiging zaaknummer Z/27/004512",
     "body": "Geachte afzender,\n\nUw bericht is in goede orde ontvangen en geregistreerd onder zaaknummer "
             "Z/27/004512. Wij streven ernaar u binnen tien werkdagen een inhoudelijke reactie te geven.\n\n"
             "Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden."},
    {"id": "d16-autoreply-05", "kind": "autoreply", "headers": {"X-Autoreply": "yes"},
     "subject": "Afwezig", "thread": R, "quoted": "herinnering_atelier", "quote": "ongemarkeerd",
     "body": "Ik ben met ouderschapsverlof tot 1 mei. Mijn mail wordt in die periode niet gelezen. Mijn taken "
             "zijn overgenomen door Anouk Smit (a.smit@wo-hoornmeer.nl)."},
    {"id": "d16-autoreply-06", "kind": "autoreply",
     "subject": "Abwesenheitsnotiz / absence note",
     "body": "I am absent until 15.03. My mails will not be forwarded. In urgent cases please turn to the "
             "secretariat, phone 0316 58 00 00.\n\nIch bin bis zum 15.03. nicht im Büro."},
    {"id": "d16-autoreply-07", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Dag,\n\nIk ben afwezig tot en met vrijdag. Voor dringende zaken kunt u terecht bij mijn collega "
             "via 0113 24 50 00.\n\nVriendelijke groeten,\nLieve Van den Broeck"},
    {"id": "d16-autoreply-08", "kind": "autoreply", "headers": {"Precedence": "bulk"},
     "subject": "Deze mailbox wordt niet gelezen",
     "body": "Dit is een automatisch bericht. De mailbox directie@wo-terpenland.nl wordt niet meer bewaakt. "
             "Voor vragen kunt u terecht bij info@gemeente-terpenland.nl."},
    {"id": "d16-autoreply-09", "kind": "autoreply",
     "subject": "Afwezig / Out of office", "headers": {"X-Auto-Response-Suppress": "All"},
     "body": "Ik ben tot en met 12 maart op vakantie en lees mijn e-mail niet.\n\nI am on holiday until 12 "
             "March and will not be reading my e-mail."},
    {"id": "d16-autoreply-10", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "thread": C, "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
     "body": "Hartelijk dank voor uw bericht. Ik ben vandaag niet op kantoor en beantwoord uw e-mail zo "
             "spoedig mogelijk na mijn terugkomst."},
    # -- other ----------------------------------------------------------------------------------------------
    {"id": "d16-other-01", "kind": "other", "thread": None,
     "sender": "Erik Groen <e.groen@gemeente-hoogdonk.nl>", "subject": "Lidmaatschap",
     "body": "Goedemiddag,\n\nKunnen ook gemeentesecretarissen van een gemeente die niet in een ambtelijke "
             "fusie zit lid worden van het netwerk?\n\nMet vriendelijke groet,\nErik Groen"},
    {"id": "d16-other-02", "kind": "other", "thread": None,
     "sender": "Annelies Lammers <a.lammers@wo-kleiwaard.nl>", "subject": "Adviesraad",
     "body": "Beste Stan,\n\nGraag stel ik mij kandidaat voor een plaats in de Adviesraad van het netwerk. "
             "Ik heb ervaring met het programmeren van bijeenkomsten en denk graag mee over de thema's.\n\n"
             "Annelies Lammers"},
    {"id": "d16-other-03", "kind": "other", "thread": None,
     "sender": "Sales | ZaakFlow <sales@zaakflow.nl>", "subject": "Presentatie op uw volgende atelier?",
     "body": "Geachte heer Van de Laar,\n\nZaakFlow ondersteunt al twaalf ambtelijke fusieorganisaties bij "
             "zaakgericht werken. Wij verzorgen graag kosteloos een presentatie tijdens uw volgende atelier. "
             "Zullen we een kort kennismakingsgesprek inplannen?\n\nMet vriendelijke groet,\nMaarten Vis\n"
             "Accountmanager Overheid"},
    {"id": "d16-other-04", "kind": "other", "thread": None,
     "sender": "Redactie Gemeenteblad Weekly <redactie@gemeenteblad-weekly.nl>", "subject": "Interviewverzoek",
     "body": "Beste secretariaat,\n\nVoor een artikel over tien jaar ambtelijke fusies zou ik graag een van de "
             "organisatoren van het netwerk interviewen. Is daar in de komende twee weken ruimte voor?\n\n"
             "Met vriendelijke groet,\nSaskia Blom, journalist"},
    {"id": "d16-other-05", "kind": "other", "thread": None,
     "sender": "Bestuurssecretariaat <bestuurssecretariaat@wo-eschmarke.nl>", "subject": "Vertrek directeur",
     "body": "Geacht secretariaat,\n\nOnze vorige directeur, de heer J. Smit, is per 1 februari vertrokken. "
             "Wilt u hem van de ledenlijst halen?\n\nMet vriendelijke groet,\nBestuurssecretariaat"},
    {"id": "d16-other-06", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Leuk, ik ben erbij. Is er bij het Stadskantoor parkeergelegenheid, of kan ik beter met de trein "
             "komen?\n\nThijs"},
    {"id": "d16-other-07", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "body": "Dit is nu al de derde keer dat ik dezelfde uitnodiging ontvang. Kan dat worden nagekeken? Het "
             "vervuilt mijn inbox behoorlijk."},
    {"id": "d16-other-08", "kind": "other", "thread": None,
     "sender": "Jeroen Wille <j.wille@wo-zuiderbroek.nl>", "subject": "Nieuw e-mailadres",
     "body": "Beste secretariaat,\n\nPer 1 juni verandert mijn e-mailadres in j.wille@zuiderbroek-werkt.nl. "
             "Het oude adres vervalt dan.\n\nGroet,\nJeroen Wille"},
    {"id": "d16-other-09", "kind": "other", "thread": None,
     "sender": "Ruben Claes <r.claes@wo-maaskant.nl>", "subject": "kosten?",
     "body": "Dag, wat kost het lidmaatschap precies en wie betaalt de ateliers? Groetjes, Ruben"},
    {"id": "d16-other-10", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "body": "Beste Melanie,\n\nKun je mij de presentatie van de gastspreker nog sturen? In het verslag kon ik "
             "hem niet vinden.\n\nGroet,\nCarla"},
    {"id": "d16-other-11", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "apple",
     "body": "Dank voor de mooie middag! Ik heb er veel aan gehad." + IPHONE},
    {"id": "d16-other-12", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "body": "Is the atelier also available online for people who can't travel to Utrecht, or is it "
             "in-person only?\n\nRachel"},
    {"id": "d16-other-13", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Mag ik ook een onderwerp inbrengen dat niet onder een van de vier thema's valt, bijvoorbeeld "
             "over persoonlijk leiderschap?\n\nMonique"},
    {"id": "d16-other-14", "kind": "other", "thread": None,
     "sender": "Lotte Kramer <l.kramer@universiteit-middenland.nl>", "subject": "Onderzoek ambtelijke fusies",
     "body": "Geachte heer, mevrouw,\n\nVoor mijn promotieonderzoek naar ambtelijke fusies zoek ik contact met "
             "directeuren. Zou u mij de ledenlijst van het netwerk kunnen toesturen, of mijn oproep onder de "
             "leden willen verspreiden?\n\nMet vriendelijke groet,\nLotte Kramer, promovenda"},
    {"id": "d16-other-15", "kind": "other", "thread": None,
     "sender": "Hanneke de Wit <h.dewit@wo-dijkhoorn.nl>", "subject": "Lid worden als adjunct?",
     "body": "Goedemiddag,\n\nIk wil graag lid worden, maar ik ben adjunct-directeur en geen eindverantwoordelijk "
             "directeur. Is het netwerk ook voor mij toegankelijk?\n\nHanneke de Wit"},
    {"id": "d16-other-16", "kind": "other", "thread": None,
     "sender": "Harm Oosterhuis <h.oosterhuis@wierdenland.nl>", "subject": "Locatie volgend atelier",
     "body": "Moi,\n\nWij bieden graag ons nieuwe gemeentehuis aan als locatie voor een van de volgende "
             "ateliers. Er is een zaal voor veertig personen en de koffie staat klaar. Laat maar weten of daar "
             "belangstelling voor is." + GRUNNEGS},
    {"id": "d16-other-17", "kind": "other", "thread": None,
     "sender": "Omgevingsacademie <nieuwsbrief@omgevingsacademie.nl>", "subject": "Webinar: de Omgevingswet na "
                                                                                  "drie jaar",
     "headers": {"List-Unsubscribe": "<mailto:uit@omgevingsacademie.nl>"},
     "body": "Beste professional,\n\nOp 20 april organiseren wij een webinar over de praktijk van de "
             "Omgevingswet. Schrijf u nu in met korting!\n\nKlik hier om u af te melden voor deze nieuwsbrief."},
    {"id": "d16-other-18", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "body": "Dank voor de bevestiging en voor de fijne jaren. Het ga jullie goed!\n\nW. Jacobs"},
    {"id": "d16-other-19", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "body": "Mijn collega-directeur van de buurorganisatie is nog geen lid. Kan zij ook komen, en zo ja, "
             "moet ze zich dan eerst bij het netwerk aanmelden?\n\nEllen Vos"},
    {"id": "d16-other-20", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "gmail",
     "body": "Hoi Stan, ik kom donderdag, maar ik heb een rolstoel nodig bij aankomst. Is het gebouw goed "
             "toegankelijk en kan iemand me bij de ingang opvangen?\n\nGr, Noor"},
]
# fmt: on
