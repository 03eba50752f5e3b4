"""The forty-eighth labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``. A director who cannot come
but sends a substitute is an RSVP with ``attending`` False; a reply that changes an earlier answer is labelled with
the latest answer; a yes to the atelier with a no to the dinner is a yes; a no for the writer while a colleague
"will write herself" is a no. Inline answers carry our quoted lines in ``body`` themselves and no ``quoted``. A mail
mixing an act with a question a person must decide is ``other``; so is a litotes that commits to nothing yet.
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
IPHONE_EN = "\n\nSent from my iPhone"
GALAXY = "\n\nVerzonden vanaf mijn Galaxy"
OUTLOOK_ANDROID = "\n\nOutlook voor Android downloaden"
IPAD = "\n\nVerzonden vanaf mijn iPad"
DISCLAIMER = (
    "\n\n---------------------------------------------------------------------------\n"
    "De informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik van deze "
    "informatie door anderen dan de geadresseerde is niet toegestaan. Indien u dit bericht ten onrechte ontvangt, "
    "wordt u verzocht de inhoud niet te gebruiken maar de afzender direct te informeren door het bericht te "
    "retourneren. Aan dit bericht kunnen geen rechten worden ontleend."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it. No rights can be derived from this message."
)
PRINT = "\n\nDenkt u aan het milieu voordat u deze e-mail afdrukt?"

INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
CONF = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"

# Our invitation's answer lines, as an inline answerer sees them quoted.
INV_ASK = (
    '> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel\n'
    "> personen u komt. Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en\n"
    "> e-mailadres."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP: yes ------------------------------------------------------------------------------------------
    {"id": "d48-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Mr. drs. H.J. (Henk) Terpstra <h.terpstra@werkorganisatie-lindeveld.nl>",
     "body": "Geacht secretariaat,\n\nNaar aanleiding van uw uitnodiging van 2 maart jl. kan worden bericht dat "
             "ondergetekende het Leer- en inspireer-atelier van donderdag 11 maart aanstaande zal bijwonen.\n\n"
             "Hoogachtend,\n\nmr. drs. H.J. Terpstra\nalgemeen directeur\nWerkorganisatie Lindeveld\n"
             "T 0513 - 48 22 10" + DISCLAIMER},
    {"id": "d48-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "sender": "Gerard Wentink <G.Wentink@bsd-marelanden.nl>",
     "body": "Ondergetekende is niet ongenegen aan de bijeenkomst deel te nemen en verzoekt u hem als deelnemer "
             "te noteren.\n\nG. Wentink\ndirecteur Bedrijfsvoeringsorganisatie Marelanden"},
    {"id": "d48-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "sender": "Annelies Koopmans-Drost <a.koopmans@oosterweide.nl>",
     "body": "Beste Stan en Melanie,\n\nDat ik, na twee keer te hebben moeten afzeggen, ook dit atelier aan mij "
             "voorbij zou laten gaan, is uitgesloten. Noteren jullie mij maar.\n\nHartelijke groet,\nAnnelies"},
    {"id": "d48-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Ruben Hoefnagels <r.hoefnagels@dienst-kempenduin.nl>",
     "body": "Goedemorgen,\n\nVoor het atelier zelf kunt u mij als deelnemer noteren. Aan het diner na afloop "
             "neem ik niet deel: ik moet die avond terug voor een raadsinformatiebijeenkomst in Heiderveld.\n\n"
             "Met vriendelijke groet,\n\nRuben Hoefnagels\ndirecteur Dienst Kempenduin\n06 - 41 77 20 93"},
    {"id": "d48-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Secretariaat directie Rijnzoom <directiesecretariaat@ambtelijk-rijnzoom.nl>",
     "body": "MEMO\n\nAan:      Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties\n"
             "Van:      Directiesecretariaat Ambtelijke organisatie Rijnzoom\nDatum:    3 maart 2027\n"
             "Betreft:  deelname Leer- en inspireer-atelier 11 maart 2027\n\n"
             "1. Aanleiding\nOp 2 maart jl. is de uitnodiging voor het atelier ontvangen.\n\n"
             "2. Besluit\nDe directeur, mevrouw drs. C.M. (Carla) Overdijk, neemt deel. Zij wordt vergezeld door "
             "de concernstrateeg, de heer B. Lammers; in totaal twee personen.\n\n"
             "3. Overig\nEr zijn geen dieetwensen.\n\nNamens deze,\nLotte Brink\nmanagementondersteuner"},
    {"id": "d48-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "sender": "Frits Oudshoorn <f.oudshoorn@werkorganisatie-vlietstreek.nl>",
     "body": "In aanvulling op mijn bericht van vorige week: de vergadering van het algemeen bestuur is naar 18 "
             "maart verschoven, waardoor deelname op de 11e alsnog mogelijk is gebleken. Mijn afmelding kan als "
             "vervallen worden beschouwd; ik kom dus wel.\n\nFrits" + IPHONE},
    {"id": "d48-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "sender": "Jeroen Baas <jbaas@gemeenten-hooghalen.nl>",
     "body": "Ja hoor, ben er bij" + IPHONE},
    {"id": "d48-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "sender": "Saskia Verhoeven <s.verhoeven@wo-dommelhoek.nl>",
     "body": "Hi both,\n\nCount me in for the 11th. I'll be coming by train from Assen, so I may miss the first "
             "ten minutes.\n\nBest,\nSaskia Verhoeven\nDirector, Werkorganisatie Dommelhoek" + DISCLAIMER_EN},
    {"id": "d48-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "W.A. de Ruyter <w.deruyter@bedrijfsvoering-zeeuwsland.nl>",
     "body": "Geachte heer Van de Laar,\n\nIndien er nog een plaats beschikbaar is, zou ik graag willen deelnemen "
             "aan het atelier. Zo niet, dan word ik graag op de wachtlijst geplaatst.\n\nMet vriendelijke groet,\n\n"
             "W.A. de Ruyter\nalgemeen directeur"},
    {"id": "d48-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "sender": "Marjolein Tiemens <m.tiemens@ambtelijke-dienst-eemvallei.nl>",
     "body": "Na het nodige schuifwerk in de agenda is het toch niet onmogelijk gebleken die middag vrij te "
             "maken. Ik zal er dus bij zijn.\n\nMarjolein Tiemens\nDirecteur Ambtelijke Dienst Eemvallei"},
    {"id": "d48-rsvp-11", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "sender": "Bureau Directie <bureaudirectie@werkorganisatie-lindeveld.nl>",
     "body": "Geacht secretariaat,\n\nHierbij wordt bevestigd dat de deelname van mevrouw drs. H. Kuipers aan het "
             "atelier van donderdag ongewijzigd doorgaat, met één gast.\n\nMet vriendelijke groet,\n\n"
             "Yvonne Scholten\nBureau Directie" + PRINT},
    {"id": "d48-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn",
     "sender": "Pieter-Jan Rozendaal <pj.rozendaal@oosterweide.nl>",
     "body": "Dank voor het bericht. De gewijzigde datum van 18 maart komt mij eveneens uit; mijn deelname blijft "
             "dus gehandhaafd.\n\nMet vriendelijke groet,\nPieter-Jan Rozendaal"},
    {"id": "d48-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl",
     "sender": "Ilse van Wijngaarden <i.vanwijngaarden@werkorganisatie-vlietstreek.nl>",
     "body": "Beste secretariaat,\n\nDank voor het bericht. Ik neem graag in de plaats van Dirk deel en zal op "
             "11 maart aanwezig zijn.\n\nGroet,\nIlse van Wijngaarden\nadjunct-directeur"},
    {"id": "d48-rsvp-14", "kind": "rsvp", "attending": True, "thread": None, "quoted": None,
     "subject": "Aanmelding Leer- en inspireer-atelier 11 maart 2027",
     "sender": "drs. E.F. Hazelhoff <e.hazelhoff@bsd-marelanden.nl>",
     "body": "Geacht secretariaat,\n\nHierbij wordt ondergetekende aangemeld voor het Leer- en inspireer-atelier "
             "van donderdag 11 maart a.s. in Utrecht. Ik ben reeds lid van het netwerk.\n\nHoogachtend,\n\n"
             "drs. E.F. Hazelhoff\ndirecteur"},
    {"id": "d48-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": None,
     "subject": "RE: " + INV,
     "sender": "Thijs Groeneveld <t.groeneveld@dienst-kempenduin.nl>",
     "body": INV_ASK + "\n\nJa, ik kom. We komen met z'n tweeën: mijn plaatsvervanger Noor Bakkum schuift ook "
             "aan.\n\n> Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt op de wachtlijst.\n\n"
             "Helder.\n\nThijs"},
    {"id": "d48-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "sender": "Kees Hogenboom <kees.hogenboom@wo-dommelhoek.nl>",
     "body": "Yes, I'll attend - al kan het zijn dat ik iets later binnenkom ivm een DB-vergadering die tot "
             "13.30 duurt.\n\nKees" + OUTLOOK_ANDROID},
    {"id": "d48-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "sender": "sanne.dijkhuis@gemeenten-hooghalen.nl",
     "body": "kom graag. tot de 11e" + IPHONE},
    {"id": "d48-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "sender": "A.C. Meulenbelt <a.meulenbelt@bedrijfsvoering-zeeuwsland.nl>",
     "body": "Geachte mevrouw Huurneman,\n\nHet onderwerp van het atelier, de verhouding tussen de eigenheid van "
             "de gemeenten en de eenheid van de werkorganisatie, is voor ons allerminst onbekend terrein. Van "
             "aanwezigheid zal ik dan ook niet afzien: u kunt mij als deelnemer inschrijven.\n\nMet "
             "vriendelijke groet,\n\nA.C. Meulenbelt\ngemeentesecretaris / algemeen directeur"},
    # -- RSVP: no -------------------------------------------------------------------------------------------
    {"id": "d48-rsvp-19", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Mr. J.W.M. Brouwers <j.brouwers@ambtelijk-rijnzoom.nl>",
     "body": "Geacht secretariaat,\n\nGelet op samenvallende bestuurlijke verplichtingen is het ondergetekende "
             "niet mogelijk gebleken het atelier van 11 maart bij te wonen. Een vervanger wordt niet "
             "afgevaardigd.\n\nHoogachtend,\n\nmr. J.W.M. Brouwers\nalgemeen directeur" + DISCLAIMER},
    {"id": "d48-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Hanneke Valkenburg <h.valkenburg@werkorganisatie-vlietstreek.nl>",
     "body": "Beste Melanie,\n\nIk zal op donderdag 11 maart, gezien de behandeling van de voorjaarsnota in beide "
             "raden en de fractievergaderingen die daaraan voorafgaan en waarbij van de directie aanwezigheid "
             "wordt verwacht, helaas niet in Utrecht kunnen zijn.\n\nGroet,\nHanneke Valkenburg"},
    {"id": "d48-rsvp-21", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Maarten Leenders <m.leenders@oosterweide.nl>",
     "body": "Goedemiddag,\n\nVoor mijzelf moet ik helaas bedanken. Mijn collega Ingrid Bakker, concerndirecteur, "
             "heeft wel belangstelling; zij meldt zich zelf nog bij jullie.\n\nMet vriendelijke groet,\n"
             "Maarten Leenders\ndirecteur Werkorganisatie Oosterweide"},
    {"id": "d48-rsvp-22", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "sender": "Bert Kamphuis <B.Kamphuis@ambtelijke-dienst-eemvallei.nl>",
     "body": "Zelf ben ik verhinderd. In mijn plaats neemt de adjunct-directeur deel, de heer R. Obbink "
             "(r.obbink@ambtelijke-dienst-eemvallei.nl).\n\nB. Kamphuis"},
    {"id": "d48-rsvp-23", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Directiesecretariaat BSD Marelanden <directie@bsd-marelanden.nl>",
     "body": "Betreft: uitnodiging Leer- en inspireer-atelier 11 maart 2027\n\n1. Aanleiding\nDe uitnodiging is "
             "op 2 maart ontvangen en in het directieoverleg besproken.\n\n2. Standpunt\nGelet op de drukke "
             "bestuurlijke agenda in maart wordt door de directie van deelname afgezien.\n\n3. Tot slot\nHet "
             "verslag wordt met belangstelling tegemoet gezien.\n\nNamens de directie,\nM. Wolters"},
    {"id": "d48-rsvp-24", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "sender": "Wim Tuinstra <w.tuinstra@gemeenten-hooghalen.nl>",
     "body": "Lukt me helaas niet. Gr Wim" + GALAXY},
    {"id": "d48-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "sender": "Rachel Vermeulen <r.vermeulen@bedrijfsvoering-zeeuwsland.nl>",
     "body": "Dear Stan, dear Melanie,\n\nUnfortunately I won't be able to make it on 11 March: both councils "
             "meet that evening and I need to be there from the afternoon.\n\nKind regards,\nRachel Vermeulen"},
    {"id": "d48-rsvp-26", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "sender": "Evert Spijkerman <e.spijkerman@dienst-kempenduin.nl>",
     "body": "Helaas, door ziekte kan ik donderdag niet komen. Geef mijn plek gerust aan iemand van de "
             "wachtlijst.\n\nEvert" + IPAD},
    {"id": "d48-rsvp-27", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "sender": "Drs. L.M. Hoekstra-Bos <l.hoekstra@werkorganisatie-lindeveld.nl>",
     "body": "Geacht secretariaat,\n\nIn afwijking van hetgeen eerder werd bericht, moet ik mijn toezegging "
             "helaas intrekken: er is op 11 maart een extra raadsvergadering uitgeschreven.\n\nMet vriendelijke "
             "groet,\n\nL.M. Hoekstra-Bos"},
    {"id": "d48-rsvp-28", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Gijs van Tongeren <g.vantongeren@wo-dommelhoek.nl>",
     "body": "Hoewel ik niet onwelwillend sta tegenover het onderwerp, en het zelfs een van de vraagstukken is "
             "die bij ons het meest spelen, zal ik er deze keer niet bij zijn. Hopelijk een volgende keer.\n\n"
             "Gijs van Tongeren"},
    {"id": "d48-rsvp-29", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "subject": "afmelden atelier 11 maart",
     "sender": "Joyce Meester <j.meester@ambtelijk-rijnzoom.nl>",
     "body": "Zie onderwerp. Mijn lidmaatschap van het netwerk blijft uiteraard gewoon staan.\n\nJoyce"},
    {"id": "d48-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Harm Lubbers <h.lubbers@gemeenten-hooghalen.nl>",
     "body": "Beste Stan,\n\nIk zou er heel graag bij willen zijn, maar het gaat helaas niet lukken: de "
             "begrotingsbehandeling is naar die week verplaatst.\n\nGroet, Harm"},
    {"id": "d48-rsvp-31", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "notes-wrote",
     "sender": "C. Wijnands <c.wijnands@ambtelijke-dienst-eemvallei.nl>",
     "body": "De nieuwe datum van 18 maart valt samen met het werkbezoek van Gedeputeerde Staten aan onze "
             "gemeenten. Daarmee komt mijn deelname te vervallen.\n\nC. Wijnands"},
    {"id": "d48-rsvp-32", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-lijn",
     "sender": "Nadia El Amrani <n.elamrani@oosterweide.nl>",
     "body": "Beste secretariaat,\n\nIk moet helaas laten weten dat ik op 11 maart toch niet in de plaats van Dirk "
             "kan komen; er is een integriteitskwestie die mijn aanwezigheid hier vraagt. Dirk is op de hoogte."
             "\n\nMet vriendelijke groet,\nNadia El Amrani"},
    {"id": "d48-rsvp-33", "kind": "rsvp", "attending": False, "thread": I, "quoted": None,
     "subject": "RE: " + INV,
     "sender": "Rob Veldhuizen <r.veldhuizen@bsd-marelanden.nl>",
     "body": INV_ASK + "\n\nNee, helaas.\n\n> Noem dan zijn of haar naam en e-mailadres.\n\nEr komt niemand in "
             "mijn plaats; het MT zit die week op de hei.\n\nRob"},
    {"id": "d48-rsvp-34", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "sender": "Managementondersteuning Vlietstreek <mo@werkorganisatie-vlietstreek.nl>",
     "body": "Geacht secretariaat,\n\nNamens mevrouw mr. J. Veldkamp bericht ik u dat zij niet in de gelegenheid "
             "is het atelier van 11 maart bij te wonen. Zij wenst u een geslaagde bijeenkomst.\n\nMet "
             "vriendelijke groet,\n\nEsmée Koster\nmanagementondersteuner directie" + DISCLAIMER},
    {"id": "d48-rsvp-35", "kind": "rsvp", "attending": False, "thread": I, "quoted": None,
     "subject": "Geweigerd: " + INV,
     "sender": "Tom Bergsma <t.bergsma@wo-dommelhoek.nl>",
     "body": "Sorry, ik zit die middag in Den Bosch bij de regiegroep. Ik kom dus niet."},
    # -- subscribe ------------------------------------------------------------------------------------------
    {"id": "d48-subscribe-01", "kind": "subscribe", "thread": None, "quoted": None,
     "subject": "Verzoek om inschrijving",
     "sender": "Drs. P.H. (Paul) Zandbergen <p.zandbergen@werkorganisatie-lindeveld.nl>",
     "body": "Geacht secretariaat,\n\nSinds 1 februari jl. is ondergetekende algemeen directeur van "
             "Werkorganisatie Lindeveld. Verzocht wordt ondergetekende als lid van het Netwerk van directeuren "
             "van ambtelijke fusieorganisaties in te schrijven.\n\nHoogachtend,\n\ndrs. P.H. Zandbergen"
             + DISCLAIMER},
    {"id": "d48-subscribe-02", "kind": "subscribe", "thread": None, "quoted": None,
     "subject": "Aanmeldformulier netwerk",
     "sender": "Linda Schipper <l.schipper@ambtelijke-dienst-eemvallei.nl>",
     "body": "Naam: L. (Linda) Schipper\nFunctie: directeur bedrijfsvoering\nOrganisatie: Ambtelijke Dienst "
             "Eemvallei\nE-mailadres: l.schipper@ambtelijke-dienst-eemvallei.nl\nTelefoon: 033 - 299 41 87\n"
             "Aard van het verzoek: aanmelding als lid\n\nL. Schipper"},
    {"id": "d48-subscribe-03", "kind": "subscribe", "thread": None, "quoted": None,
     "subject": "Membership",
     "sender": "Oliver Brandsma <o.brandsma@bedrijfsvoering-zeeuwsland.nl>",
     "body": "Good afternoon,\n\nI recently started as managing director of Bedrijfsvoeringsorganisatie "
             "Zeeuwsland and would like to join your network. My Dutch is still a work in progress, so English "
             "replies are welcome.\n\nKind regards,\nOliver Brandsma" + DISCLAIMER_EN},
    {"id": "d48-subscribe-04", "kind": "subscribe", "thread": None, "quoted": None,
     "subject": "aanmelden",
     "sender": "Ron Wessels <r.wessels@dienst-kempenduin.nl>",
     "body": "graag aanmelden voor het netwerk. gr Ron" + IPHONE},
    {"id": "d48-subscribe-05", "kind": "subscribe", "thread": None, "quoted": None,
     "subject": "Lidmaatschap netwerk",
     "sender": "Mariska Dekkers <m.dekkers@wo-dommelhoek.nl>",
     "body": "Geachte heer, mevrouw,\n\nIndien mogelijk zou ik graag willen aansluiten bij het netwerk. Ik ben "
             "sinds kort directeur van Werkorganisatie Dommelhoek en hoor van collega's goede verhalen over de "
             "ateliers.\n\nMet vriendelijke groet,\n\nMariska Dekkers"},
    {"id": "d48-subscribe-06", "kind": "subscribe", "thread": None, "quoted": None,
     "subject": "Netwerk van directeuren",
     "sender": "H. Versteeg <h.versteeg@ambtelijk-rijnzoom.nl>",
     "body": "Geacht secretariaat,\n\nOndergetekende zou het niet onwenselijk vinden voortaan ook zelf de "
             "uitnodigingen van het netwerk te ontvangen, en wordt derhalve graag als lid opgenomen.\n\n"
             "Hoogachtend,\nH. Versteeg\ndirecteur Ambtelijk Rijnzoom"},
    {"id": "d48-subscribe-07", "kind": "subscribe", "thread": None, "quoted": None,
     "subject": "Memo: toetreding netwerk",
     "sender": "Anton Reijnders <a.reijnders@gemeenten-hooghalen.nl>",
     "body": "MEMO\n\nAan:     Netwerk van directeuren van ambtelijke fusieorganisaties\nVan:     A. Reijnders, "
             "algemeen directeur Gemeenten Hooghalen-Westerbroek\nBetreft: toetreding\n\n"
             "1. Aanleiding\nPer 1 maart 2027 is ondergetekende benoemd tot algemeen directeur van de ambtelijke "
             "organisatie van de gemeenten Hooghalen en Westerbroek.\n\n2. Verzoek\nOpname als lid van het "
             "netwerk, op dit e-mailadres.\n\n3. Bijzonderheden\nGeen."},
    {"id": "d48-subscribe-08", "kind": "subscribe", "thread": None, "quoted": None,
     "subject": "Deelname netwerk",
     "sender": "Carolien Smits <c.smits@oosterweide.nl>",
     "body": "Goedemorgen,\n\nMet ingang van heden neem ik als directeur van Oosterweide deel aan uw netwerk; "
             "graag ontvang ik daarvan een bevestiging.\n\nMet vriendelijke groet,\nCarolien Smits"},
    {"id": "d48-subscribe-09", "kind": "subscribe", "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "subject": "Aanmelding netwerk",
     "sender": "Jan-Willem Doornbos <jw.doornbos@werkorganisatie-vlietstreek.nl>",
     "body": "Geacht secretariaat,\n\nOnderstaande uitnodiging kreeg ik van mijn secretariaat doorgestuurd; ik "
             "ontvang uw berichten zelf nog niet. Graag word ik zelf lid van het netwerk.\n\nMet vriendelijke "
             "groet,\nJan-Willem Doornbos\nplaatsvervangend algemeen directeur"},
    {"id": "d48-subscribe-10", "kind": "subscribe", "thread": None, "quoted": None,
     "subject": "Opnieuw aanmelden",
     "sender": "Floor Hendriksen <f.hendriksen@bsd-marelanden.nl>",
     "body": "Beste secretariaat,\n\nTwee jaar geleden heb ik mij afgemeld toen ik tijdelijk een andere functie "
             "had. Inmiddels ben ik weer directeur, nu bij BSD Marelanden, en wil ik graag opnieuw lid worden.\n\n"
             "Groet,\nFloor Hendriksen"},
    {"id": "d48-subscribe-11", "kind": "subscribe", "thread": None, "quoted": None,
     "subject": "Join netwerk",
     "sender": "Daan Kuijpers <d.kuijpers@dienst-kempenduin.nl>",
     "body": "Hi, graag join ik jullie netwerk. New in the role since January, directeur bedrijfsvoering bij "
             "Dienst Kempenduin. Thanks!\n\nDaan" + IPHONE_EN},
    {"id": "d48-subscribe-12", "kind": "subscribe", "thread": None, "quoted": None,
     "subject": "Aanmelding",
     "sender": "Wendy Roelofs <w.roelofs@wo-dommelhoek.nl>",
     "body": "Goedemiddag,\n\nMag ik mij bij dezen aanmelden als lid van het netwerk?\n\nWendy Roelofs\n"
             "directeur Werkorganisatie Dommelhoek\n06 - 12 85 40 66"},
    {"id": "d48-subscribe-13", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl",
     "sender": "Bram Kolkman <b.kolkman@ambtelijke-dienst-eemvallei.nl>",
     "body": "Geacht secretariaat,\n\nDe afmelding berust op een vergissing van mijn secretariaat; het was niet "
             "de bedoeling mij uit te schrijven. Ik wil graag lid blijven.\n\nMet vriendelijke groet,\n"
             "Bram Kolkman"},
    {"id": "d48-subscribe-14", "kind": "subscribe", "thread": None, "quoted": None,
     "subject": "Aanvraag lidmaatschap - Bedrijfsvoeringsorganisatie Zeeuwsland",
     "sender": "Mr. K.A. Dominicus <k.dominicus@bedrijfsvoering-zeeuwsland.nl>",
     "body": "Geachte heer Van de Laar, geachte mevrouw Huurneman,\n\nHierbij doe ik u het verzoek tot "
             "toetreding van ondergetekende tot het Netwerk van directeuren van ambtelijke fusieorganisaties, "
             "in mijn hoedanigheid van directeur van de Bedrijfsvoeringsorganisatie Zeeuwsland.\n\n"
             "Hoogachtend,\n\nmr. K.A. Dominicus" + PRINT},
    {"id": "d48-subscribe-15", "kind": "subscribe", "thread": None, "quoted": None,
     "subject": "Aanmelden netwerk directeuren ambtelijke fusieorganisaties",
     "sender": "Ellen Mostert <e.mostert@gemeenten-hooghalen.nl>",
     "body": IPAD.strip()},
    # -- unsubscribe ----------------------------------------------------------------------------------------
    {"id": "d48-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "subject": "Beëindiging lidmaatschap",
     "sender": "Ir. G.J. Hofstede <g.hofstede@werkorganisatie-lindeveld.nl>",
     "body": "Geacht secretariaat,\n\nHierbij wordt verzocht het lidmaatschap van ondergetekende van het netwerk "
             "met ingang van 1 juni 2027 te beëindigen.\n\nHoogachtend,\n\nir. G.J. Hofstede" + DISCLAIMER},
    {"id": "d48-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "subject": "Terugtreden",
     "sender": "Mr. A. van Lochem <a.vanlochem@ambtelijk-rijnzoom.nl>",
     "body": "Geacht secretariaat,\n\nOndergetekende treedt per 1 mei aanstaande terug als algemeen directeur van "
             "Ambtelijk Rijnzoom. Vanaf die datum behoeven geen berichten van het netwerk meer te worden "
             "toegezonden.\n\nHoogachtend,\nmr. A. van Lochem"},
    {"id": "d48-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-lijn",
     "sender": "Sophie Jongbloed <s.jongbloed@oosterweide.nl>",
     "body": "Beste secretariaat,\n\nMijn tijdelijke aanstelling bij Oosterweide loopt eind deze maand af; mijn "
             "deelname aan het netwerk komt daarmee te vervallen. Dank voor de inspirerende bijeenkomsten.\n\n"
             "Sophie Jongbloed"},
    {"id": "d48-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "subject": "Overdracht lidmaatschap",
     "sender": "Hans Brinkhuis <h.brinkhuis@dienst-kempenduin.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 april neemt mevrouw drs. E. (Esther) Wolters mijn functie als "
             "directeur van Dienst Kempenduin over. Zij zal mijn plaats in het netwerk innemen; haar adres is "
             "e.wolters@dienst-kempenduin.nl. Mijzelf kunt u per die datum uitschrijven.\n\nMet vriendelijke "
             "groet,\nHans Brinkhuis"},
    {"id": "d48-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "subject": "Stepping down - successor",
     "sender": "Margaret de Boer <m.deboer@wo-dommelhoek.nl>",
     "body": "Dear Stan and Melanie,\n\nI'm stepping down at the end of this month. My successor, Joost Mulder "
             "(j.mulder@wo-dommelhoek.nl), will take over my membership of the network.\n\nThank you for the "
             "great ateliers.\n\nMargaret de Boer" + DISCLAIMER_EN},
    {"id": "d48-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "subject": "Memo overdracht lidmaatschap netwerk",
     "sender": "Frank Heijboer <f.heijboer@ambtelijke-dienst-eemvallei.nl>",
     "body": "MEMO\n\nVan:     F. Heijboer, directeur Ambtelijke Dienst Eemvallei\nBetreft: opvolging\n\n"
             "1. Aanleiding\nOndergetekende vertrekt per 15 april naar de provincie.\n\n2. Verzoek\nHet "
             "lidmaatschap van het netwerk gaat over op mijn opvolger, de heer M. (Mehmet) Yilmaz, "
             "m.yilmaz@ambtelijke-dienst-eemvallei.nl. Mijn eigen inschrijving kan per die datum vervallen."},
    {"id": "d48-unsubscribe-07", "kind": "unsubscribe", "erase": True, "thread": None, "quoted": None,
     "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
     "sender": "Drs. R.T. Amesz <r.amesz@bedrijfsvoering-zeeuwsland.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming "
             "wordt verzocht alle persoonsgegevens van ondergetekende uit uw bestanden te verwijderen en het "
             "lidmaatschap van het netwerk te beëindigen. Een schriftelijke bevestiging van de verwijdering "
             "wordt op prijs gesteld.\n\nHoogachtend,\n\ndrs. R.T. Amesz"},
    {"id": "d48-unsubscribe-08", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "sender": "Karin Pol <k.pol@gemeenten-hooghalen.nl>",
     "body": "Geen behoefte aan deelname, ook niet in de toekomst. Graag mijn gegevens volledig uit uw systemen "
             "verwijderen (AVG).\n\nK. Pol"},
    {"id": "d48-unsubscribe-09", "kind": "unsubscribe", "erase": True, "thread": None, "quoted": None,
     "subject": "Remove me and delete my data",
     "sender": "Stefan Wouters <s.wouters@werkorganisatie-vlietstreek.nl>",
     "body": "Hello,\n\nPlease take me off your list and delete all personal data you hold on me, as is my "
             "right under the GDPR.\n\nRegards,\nStefan Wouters" + IPHONE_EN},
    {"id": "d48-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "Joop Lankhorst <J.Lankhorst@bsd-marelanden.nl>",
     "body": "Aan het atelier zal ik niet deelnemen. Bovendien heb ik besloten mijn lidmaatschap van het netwerk "
             "op te zeggen; de thema's sluiten niet meer aan bij mijn portefeuille.\n\nJ. Lankhorst"},
    {"id": "d48-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn",
     "sender": "Miriam Zwart <m.zwart@oosterweide.nl>",
     "body": "Geen thema's van mijn kant: ik stop met het netwerk. Wilt u mij uitschrijven?\n\nMiriam Zwart"},
    {"id": "d48-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "subject": "uitschrijven",
     "sender": "bas.vermaat@dienst-kempenduin.nl",
     "body": "graag uitschrijven uit de maillijst van het netwerk, dank" + GALAXY},
    {"id": "d48-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Yvette Bosman <y.bosman@wo-dommelhoek.nl>",
     "body": "Beste Melanie,\n\nMocht het mogelijk zijn, dan zou ik graag niet langer berichten van het netwerk "
             "ontvangen. Mijn werk ligt sinds kort in het onderwijs.\n\nHartelijke groet,\nYvette"},
    {"id": "d48-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "subject": "Lidmaatschap",
     "sender": "Rik Hummel <r.hummel@ambtelijk-rijnzoom.nl>",
     "body": "Goedemiddag,\n\nHet lijkt mij niet zinvol nog langer lid te blijven nu ik geen directeur meer ben. "
             "U kunt mij uitschrijven.\n\nMet vriendelijke groet,\nRik Hummel"},
    {"id": "d48-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "subject": "Opzegging lidmaatschap",
     "sender": "Drs. W.F. Oostindiër <w.oostindier@werkorganisatie-lindeveld.nl>",
     "body": "Geacht secretariaat,\n\nBij dezen wordt het lidmaatschap van ondergetekende met onmiddellijke "
             "ingang opgezegd, in verband met pensionering.\n\nHoogachtend,\n\ndrs. W.F. Oostindiër"},
    # -- suggestion -----------------------------------------------------------------------------------------
    {"id": "d48-suggestion-01", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Secretariaat directie Rijnzoom <directiesecretariaat@ambtelijk-rijnzoom.nl>",
     "body": "MEMO\n\nBetreft: thema's atelier 11 maart 2027\n\n1. Aanleiding\nDe oproep van het netwerk is in "
             "het directieoverleg besproken.\n\n2. Voorstellen\na. De relatie tussen de drie deelnemende gemeenten "
             "wanneer hun belangen en ambities uiteenlopen.\nb. Formatieplanning en "
             "werving bij de huidige krapte op de arbeidsmarkt.\n\nNamens de directeur,\nLotte Brink"},
    {"id": "d48-suggestion-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Drs. M.A. Clement <m.clement@werkorganisatie-lindeveld.nl>",
     "body": "Geacht secretariaat,\n\nTen aanzien van uw oproep kan worden gemeld dat het meten van de "
             "tevredenheid van inwoners over de dienstverlening, aan de balie zowel als online, bij ons hoog op "
             "de agenda staat. Dat zou ondergetekende graag als onderwerp voorstellen.\n\nHoogachtend,\n"
             "drs. M.A. Clement"},
    {"id": "d48-suggestion-03", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Vincent Alkema <v.alkema@gemeenten-hooghalen.nl>",
     "body": "Beste Stan,\n\nNiet zozeer de financiën (die zijn bij ons op orde), maar wel de vraag hoe we als "
             "werkorganisatie een visie voor de lange termijn ontwikkelen die verder reikt dan één "
             "raadsperiode.\n\nGroet,\nVincent"},
    {"id": "d48-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Laura Hendricks <l.hendricks@bedrijfsvoering-zeeuwsland.nl>",
     "body": "Hi,\n\nTopic suggestion: how do we monitor the performance of our service desks for residents and "
             "local businesses, and what do we report back to the councils?\n\nBest,\nLaura"},
    {"id": "d48-suggestion-05", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "apple",
     "sender": "Gert-Jan Mensink <gj.mensink@ambtelijke-dienst-eemvallei.nl>",
     "body": "Dank voor de mooie middag. Voor een volgende keer zou ik graag willen spreken over de positie van "
             "onze fusieorganisatie in de regio, met name richting de centrumgemeente.\n\nGert-Jan" + IPHONE},
    {"id": "d48-suggestion-06", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "Ingeborg Terlouw <I.Terlouw@bsd-marelanden.nl>",
     "body": "Het zou niet onverstandig zijn eens stil te staan bij informatiebeveiliging en de inrichting van "
             "de I&A-functie binnen een werkorganisatie.\n\nI. Terlouw\ndirecteur"},
    {"id": "d48-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Arjen Dekker <a.dekker@dienst-kempenduin.nl>",
     "body": "thema: wachttijden bij burgerzaken omlaag krijgen. gr Arjen" + IPHONE},
    {"id": "d48-suggestion-08", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Monique Verbrugge <m.verbrugge@wo-dommelhoek.nl>",
     "body": "Goedemorgen,\n\nMijn onderwerpen:\n- de inhoudelijke agenda van de directie voor de komende "
             "raadsperiode\n- gezamenlijke opgaven in het sociaal domein die de deelnemende gemeenten samen "
             "oppakken\n\nMet vriendelijke groet,\nMonique Verbrugge"},
    {"id": "d48-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "thread": W, "quoted": "welkom",
     "quote": "outlook-lijn",
     "sender": "Patrick Noordam <p.noordam@oosterweide.nl>",
     "body": "Dank voor het welkom. Een onderwerp dat bij ons speelt: de herinrichting van de "
             "organisatiestructuur, van teams naar domeinen. Daar hoor ik graag ervaringen van collega's over."
             "\n\nPatrick Noordam"},
    {"id": "d48-suggestion-10", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": None,
     "subject": "RE: " + CALL,
     "sender": "Jolanda Beumer <j.beumer@werkorganisatie-vlietstreek.nl>",
     "body": "> Denk aan:\n> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke "
             "prioriteiten;\n> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen "
             "en ambities, positie in de regio;\n> - Organisatie: organisatiestructuur, sturingsconcept, formatie "
             "en innovatie, digitalisering, werkprocessen, financiën, I&A;\n\nDit laatste vooral: hoe houden we "
             "de overhead betaalbaar nu de gemeentefondsuitkering daalt?\n\n> - Dienstverlening: innovaties in "
             "dienstverlening aan inwoners, ondernemers en instellingen, monitoring van prestaties.\n\n"
             "Jolanda"},
    {"id": "d48-suggestion-11", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "Hendrik Jan Pruim <hj.pruim@ambtelijk-rijnzoom.nl>",
     "body": "Dienstverlening hebben we de vorige keer uitgebreid besproken; dat hoeft wat mij betreft niet "
             "opnieuw. Liever spreek ik over de samenwerking met de buurgemeenten die buiten onze fusie vallen."
             "\n\nH.J. Pruim"},
    {"id": "d48-suggestion-12", "kind": "suggestion", "themes": ["dienstverlening", "organisatie", "strategie"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Drs. A.H. Veenstra <a.veenstra@bedrijfsvoering-zeeuwsland.nl>",
     "body": "Geacht secretariaat,\n\nVan de zijde van ondergetekende worden de volgende onderwerpen "
             "voorgesteld:\n1. het gebruik van data om de prestaties van de dienstverlening aan inwoners te "
             "volgen;\n2. de doorontwikkeling van het sturingsconcept van de werkorganisatie;\n3. een visie op "
             "de lange termijn: waar staat de werkorganisatie over tien jaar?\n\nHoogachtend,\n\n"
             "drs. A.H. Veenstra" + DISCLAIMER},
    {"id": "d48-suggestion-13", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-en",
     "sender": "Niels Versluis <n.versluis@gemeenten-hooghalen.nl>",
     "body": "Great session! For the next atelier: AI and automation in werkprocessen - what works, what "
             "doesn't, and what it does to the formatie.\n\nNiels"},
    {"id": "d48-suggestion-14", "kind": "suggestion", "themes": ["samenwerking"], "thread": None, "quoted": None,
     "subject": "Suggestie voor het volgende atelier",
     "sender": "Elske Bouma <e.bouma@dienst-kempenduin.nl>",
     "body": "Beste secretariaat,\n\nGraag zou ik aandacht willen vragen voor de regionale woningbouwopgave die "
             "onze gemeenten gezamenlijk oppakken, en voor de vraag hoe je daarin de belangen van de kleinere "
             "kernen bewaakt.\n\nMet vriendelijke groet,\nElske Bouma\ndirecteur Dienst Kempenduin"},
    {"id": "d48-suggestion-15", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Mr. T.G. van Kampen <t.vankampen@ambtelijke-dienst-eemvallei.nl>",
     "body": "Mocht er in het programma nog ruimte zijn, dan zou ik de rol van de ambtelijke top bij het bepalen "
             "van de bestuurlijke prioriteiten na de verkiezingen willen agenderen.\n\nmr. T.G. van Kampen"},
    # -- confirm --------------------------------------------------------------------------------------------
    {"id": "d48-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "sender": "Drs. P.H. (Paul) Zandbergen <p.zandbergen@werkorganisatie-lindeveld.nl>",
     "body": "Geacht secretariaat,\n\nHierbij wordt de aanmelding bevestigd.\n\nHoogachtend,\n\n"
             "drs. P.H. Zandbergen" + DISCLAIMER},
    {"id": "d48-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple",
     "sender": "Ron Wessels <r.wessels@dienst-kempenduin.nl>",
     "body": "Bevestigd." + IPHONE},
    {"id": "d48-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en",
     "sender": "Oliver Brandsma <o.brandsma@bedrijfsvoering-zeeuwsland.nl>",
     "body": "Confirmed, thank you.\n\nOliver" + DISCLAIMER_EN},
    {"id": "d48-confirm-04", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn",
     "sender": "Linda Schipper <l.schipper@ambtelijke-dienst-eemvallei.nl>",
     "body": "Akkoord, dit was inderdaad mijn aanmelding. Excuses voor de late reactie.\n\nL. Schipper"},
    {"id": "d48-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "sender": "Anton Reijnders <a.reijnders@gemeenten-hooghalen.nl>",
     "body": "Met vriendelijke groet,\n\nA. Reijnders\nalgemeen directeur\nGemeenten Hooghalen-Westerbroek\n"
             "T 0592 - 37 61 00"},
    {"id": "d48-confirm-06", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "gmail",
     "sender": "Mariska Dekkers <m.dekkers@wo-dommelhoek.nl>",
     "body": "Ja, graag. Ik wil lid worden.\n\nMariska"},
    {"id": "d48-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes",
     "sender": "Mr. K.A. Dominicus <k.dominicus@bedrijfsvoering-zeeuwsland.nl>",
     "body": "Ondergetekende bevestigt hierbij dat dit e-mailadres het zijne is en dat berichten van het netwerk "
             "op dit adres mogen worden ontvangen.\n\nmr. K.A. Dominicus"},
    {"id": "d48-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn",
     "subject": "Antw: " + CONF,
     "sender": "Carolien Smits <c.smits@oosterweide.nl>",
     "body": "Dat klopt, ik heb mij aangemeld. Bij dezen bevestigd.\n\nCarolien"},
    # -- autoreply ------------------------------------------------------------------------------------------
    {"id": "d48-autoreply-01", "kind": "autoreply", "thread": I, "quoted": None,
     "subject": "Automatisch antwoord: " + INV,
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Drs. L.M. Hoekstra-Bos <l.hoekstra@werkorganisatie-lindeveld.nl>",
     "body": "Geachte afzender,\n\nOndergetekende is van 1 tot en met 12 maart niet aanwezig. Uw bericht wordt "
             "niet doorgestuurd. Voor dringende zaken kunt u zich wenden tot het Bureau Directie, telefoon "
             "0513 - 48 22 00.\n\nMet vriendelijke groet,\n\ndrs. L.M. Hoekstra-Bos"},
    {"id": "d48-autoreply-02", "kind": "autoreply", "thread": T, "quoted": None,
     "subject": "Afwezigheidsbericht: " + CALL,
     "headers": {"Precedence": "auto_reply"},
     "sender": "Frank Heijboer <f.heijboer@ambtelijke-dienst-eemvallei.nl>",
     "body": "Tot en met 22 januari ben ik met verlof. Uw e-mail wordt na terugkomst in behandeling genomen. "
             "Voor spoedeisende zaken kunt u contact opnemen met het directiesecretariaat."},
    {"id": "d48-autoreply-03", "kind": "autoreply", "thread": I, "quoted": None,
     "subject": "Niet meer in gebruik: " + INV,
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "info@gemeente-westerbroek.nl",
     "body": "Dit e-mailadres is met ingang van 1 januari 2027 niet meer in gebruik. Als gevolg van de "
             "ambtelijke fusie van de gemeenten Hooghalen en Westerbroek wordt uw bericht niet gelezen. Gebruik "
             "voortaan het adres info@gemeenten-hooghalen.nl."},
    {"id": "d48-autoreply-04", "kind": "autoreply", "thread": I, "quoted": None,
     "subject": "[Zaaknummer Z/27/004512] RE: " + INV,
     "headers": {"Auto-Submitted": "auto-generated"},
     "sender": "Klantcontactcentrum Oosterweide <kcc@oosterweide.nl>",
     "body": "Geachte heer, mevrouw,\n\nUw bericht is in goede orde ontvangen en geregistreerd onder zaaknummer "
             "Z/27/004512. Uw bericht wordt binnen tien werkdagen in behandeling genomen. Vermeld bij verdere "
             "correspondentie altijd het zaaknummer.\n\nDit is een automatisch gegenereerd bericht; u kunt hier "
             "niet op antwoorden."},
    {"id": "d48-autoreply-05", "kind": "autoreply", "thread": R, "quoted": None,
     "subject": "Out of Office: " + REM,
     "sender": "Saskia Verhoeven <s.verhoeven@wo-dommelhoek.nl>",
     "body": "Thank you for your message. I am out of the office until 15 March with limited access to e-mail. "
             "For urgent matters please contact my office on +31 40 283 11 90."},
    {"id": "d48-autoreply-06", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "subject": "Re: " + INV,
     "sender": "Bert Kamphuis <B.Kamphuis@ambtelijke-dienst-eemvallei.nl>",
     "body": "Dank voor uw bericht. Ik ben met verlof tot en met 22 maart en lees in die periode mijn e-mail "
             "niet. Uw bericht wordt niet automatisch doorgestuurd."},
    {"id": "d48-autoreply-07", "kind": "autoreply", "thread": T, "quoted": None,
     "subject": "Automatisch antwoord: " + CALL,
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Mr. A. van Lochem <a.vanlochem@ambtelijk-rijnzoom.nl>",
     "body": "Bedankt voor uw e-mail. In verband met een studiereis ben ik tot en met vrijdag 15 januari "
             "beperkt bereikbaar. Uw bericht zal na terugkomst worden behandeld; indien zaken geen uitstel "
             "dulden, kunt u zich wenden tot mevrouw J. Meester, j.meester@ambtelijk-rijnzoom.nl."},
    # -- other ----------------------------------------------------------------------------------------------
    {"id": "d48-other-01", "kind": "other", "thread": None, "quoted": None,
     "subject": "Vraag over lidmaatschap",
     "sender": "G. Sprenger <g.sprenger@werkorganisatie-vlietstreek.nl>",
     "body": "Geacht secretariaat,\n\nKan worden bericht of ook plaatsvervangend directeuren lid kunnen worden "
             "van het netwerk? Binnen onze organisatie bestaat daar belangstelling voor.\n\nMet vriendelijke "
             "groet,\nG. Sprenger"},
    {"id": "d48-other-02", "kind": "other", "thread": None, "quoted": None,
     "subject": "Adviesraad",
     "sender": "Drs. E.F. Hazelhoff <e.hazelhoff@bsd-marelanden.nl>",
     "body": "Geacht secretariaat,\n\nVernomen is dat er in de Adviesraad van het netwerk een plaats vrijkomt. "
             "Ondergetekende zou niet ongenegen zijn daarin zitting te nemen en stelt zich hierbij kandidaat.\n\n"
             "Hoogachtend,\n\ndrs. E.F. Hazelhoff"},
    {"id": "d48-other-03", "kind": "other", "thread": None, "quoted": None,
     "subject": "Samenwerking op het gebied van leiderschapsontwikkeling",
     "sender": "Maud Verschuren <maud@koersenkompas-advies.nl>",
     "body": "Geachte heer Van de Laar,\n\nKoers & Kompas Advies begeleidt ambtelijke fusieorganisaties bij "
             "leiderschapsontwikkeling. Graag verzorgen wij op een van uw ateliers een korte inleiding over "
             "sturen in een netwerkorganisatie. Mag ik u daarover bellen?\n\nMet vriendelijke groet,\n"
             "Maud Verschuren\nsenior adviseur\n06 - 50 18 33 72"},
    {"id": "d48-other-04", "kind": "other", "thread": None, "quoted": None,
     "subject": "Verzoek om interview",
     "sender": "Redactie Bestuur & Praktijk <redactie@bestuurenpraktijk-vakblad.nl>",
     "body": "Goedemiddag,\n\nVoor het vakblad Bestuur & Praktijk schrijf ik een artikel over ambtelijke fusies. "
             "Zou het mogelijk zijn een van de organisatoren van het netwerk te interviewen, of het atelier van "
             "11 maart als pers bij te wonen?\n\nMet vriendelijke groet,\nDewi Hartman\nredacteur"},
    {"id": "d48-other-05", "kind": "other", "thread": None, "quoted": None,
     "subject": "Vertrek de heer K. Smeets",
     "sender": "Directiesecretariaat BSD Marelanden <directie@bsd-marelanden.nl>",
     "body": "Geacht secretariaat,\n\nDe heer K. Smeets is per 1 maart jl. uit dienst getreden. Verzocht wordt "
             "hem uit de ledenlijst van het netwerk te verwijderen.\n\nMet vriendelijke groet,\nM. Wolters\n"
             "directiesecretaris"},
    {"id": "d48-other-06", "kind": "other", "thread": None, "quoted": None,
     "subject": "Verzoek verwijdering gegevens oud-medewerker",
     "sender": "Functionaris gegevensbescherming <fg@werkorganisatie-lindeveld.nl>",
     "body": "Geacht secretariaat,\n\nNamens mevrouw A. Pronk, voormalig directeur, verzoek ik u op grond van de "
             "AVG haar persoonsgegevens uit uw ledenbestand te verwijderen.\n\nMet vriendelijke groet,\n\n"
             "J. Boersma\nfunctionaris gegevensbescherming Werkorganisatie Lindeveld"},
    {"id": "d48-other-07", "kind": "other", "thread": None, "quoted": None,
     "subject": "Aanmelding nieuwe directeur",
     "sender": "Bureau Directie <bureaudirectie@werkorganisatie-lindeveld.nl>",
     "body": "Geacht secretariaat,\n\nGraag melden wij onze nieuwe directeur, de heer T. Visser, aan voor het "
             "netwerk. Hij treedt op 1 april in dienst; zijn e-mailadres volgt nog.\n\nMet vriendelijke groet,\n"
             "Yvonne Scholten"},
    {"id": "d48-other-08", "kind": "other", "thread": None, "quoted": None,
     "subject": "Wijziging e-mailadres directeur",
     "sender": "Managementondersteuning Vlietstreek <mo@werkorganisatie-vlietstreek.nl>",
     "body": "Goedemorgen,\n\nHet e-mailadres van onze directeur, mevrouw mr. J. Veldkamp, wijzigt per 1 april "
             "van j.veldkamp@vlietstreek.nl naar j.veldkamp@werkorganisatie-vlietstreek.nl. Wilt u dit in uw "
             "bestand aanpassen?\n\nMet vriendelijke groet,\nEsmée Koster"},
    {"id": "d48-other-09", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Jos Verhagen <j.verhagen@dienst-kempenduin.nl>",
     "body": "Beste Stan,\n\nIk kom graag, maar ik zit sinds kort in een rolstoel. Is het Stadskantoor goed "
             "toegankelijk en is er een invalidenparkeerplaats in de buurt?\n\nGroet,\nJos"},
    {"id": "d48-other-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Drs. M.A. Clement <m.clement@werkorganisatie-lindeveld.nl>",
     "body": "Geacht secretariaat,\n\nTot driemaal toe is de uitnodiging dubbel in mijn postvak ontvangen, "
             "eenmaal op mijn oude en eenmaal op mijn nieuwe adres. Dit wordt niet op prijs gesteld. Graag "
             "verneem ik welk adres u hanteert.\n\nHoogachtend,\ndrs. M.A. Clement"},
    {"id": "d48-other-11", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Kees Hogenboom <kees.hogenboom@wo-dommelhoek.nl>",
     "body": "Is het verslag ook als pdf beschikbaar? De link werkt bij ons niet achter de firewall.\n\nKees"},
    {"id": "d48-other-12", "kind": "other", "thread": None, "quoted": None,
     "subject": "Gastheerschap atelier",
     "sender": "Annelies Koopmans-Drost <a.koopmans@oosterweide.nl>",
     "body": "Beste Stan en Melanie,\n\nIs het mogelijk dat Oosterweide een keer als gastheer optreedt voor een "
             "atelier? Ons nieuwe gemeentehuis leent zich er goed voor. Wie moet ik daarvoor benaderen?\n\n"
             "Groet,\nAnnelies"},
    {"id": "d48-other-13", "kind": "other", "thread": None, "quoted": None,
     "subject": "Memo: kosten deelname",
     "sender": "Anton Reijnders <a.reijnders@gemeenten-hooghalen.nl>",
     "body": "MEMO\n\n1. Aanleiding\nOnze concerncontroller wil het atelier van 11 maart bijwonen, maar is geen "
             "lid van het netwerk.\n\n2. Vraag\nIs deelname door niet-leden mogelijk, en zo ja, tegen welke "
             "kosten?\n\nA. Reijnders"},
    {"id": "d48-other-14", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Margaret de Boer <m.deboer@wo-dommelhoek.nl>",
     "body": "Hi Melanie,\n\nIs the atelier held in Dutch only? A colleague of mine from a Flemish "
             "intergemeentelijke organisation is interested in joining us.\n\nMargaret"},
    {"id": "d48-other-15", "kind": "other", "thread": None, "quoted": None,
     "subject": "Factuur 2027-0318 zaalhuur",
     "sender": "Debiteurenadministratie Congrescentrum De Dom <facturen@congrescentrum-dedom.nl>",
     "body": "Geachte relatie,\n\nIn de bijlage treft u factuur 2027-0318 aan voor de zaalhuur en catering van "
             "11 maart 2027. Wij verzoeken u het bedrag binnen 30 dagen over te maken.\n\nMet vriendelijke "
             "groet,\nDebiteurenadministratie"},
    {"id": "d48-other-16", "kind": "other", "thread": None, "quoted": None,
     "subject": "Registratie",
     "sender": "Rob Veldhuizen <r.veldhuizen@bsd-marelanden.nl>",
     "body": "Geacht secretariaat,\n\nMocht het zo zijn dat ik nog als lid sta geregistreerd, kan dan worden "
             "nagegaan onder welk e-mailadres? Ik ontvang sinds de fusie niets meer.\n\nMet vriendelijke groet,\n"
             "Rob Veldhuizen"},
    {"id": "d48-other-17", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "apple",
     "sender": "Hanneke Valkenburg <h.valkenburg@werkorganisatie-vlietstreek.nl>",
     "body": "Dank voor het verslag, mooi samengevat. Tot de volgende keer!\n\nHanneke" + IPHONE},
    {"id": "d48-other-18", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "outlook-lijn",
     "sender": "Gerard Wentink <G.Wentink@bsd-marelanden.nl>",
     "body": "Jammer. Is er al zicht op een nieuwe datum?\n\nG. Wentink"},
    {"id": "d48-other-19", "kind": "other", "thread": None, "quoted": None,
     "subject": "Verzoek om inzage (art. 15 AVG)",
     "sender": "Ir. G.J. Hofstede <g.hofstede@werkorganisatie-lindeveld.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 15 AVG wordt verzocht om inzage in de "
             "persoonsgegevens die u van ondergetekende verwerkt, alsmede in de bron daarvan.\n\nHoogachtend,\n\n"
             "ir. G.J. Hofstede"},
    {"id": "d48-other-20", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Thijs Groeneveld <t.groeneveld@dienst-kempenduin.nl>",
     "body": "Stan, kun je me even bellen over de opzet van de casus die ik zou inbrengen? 06-28 19 47 30\n\n"
             "Thijs" + GALAXY},
    {"id": "d48-other-21", "kind": "other", "thread": None, "quoted": None,
     "subject": "Lidmaatschap voor raadsleden?",
     "sender": "Peter Hoogstraten <p.hoogstraten@raad-westerbroek.nl>",
     "body": "Beste mensen,\n\nAls raadslid van Westerbroek volg ik de fusie op de voet. Kan ik ook lid worden "
             "van het netwerk, of is het alleen voor directeuren?\n\nMet vriendelijke groet,\nPeter Hoogstraten"},
    {"id": "d48-other-22", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Directiesecretariaat Rijnzoom <directiesecretariaat@ambtelijk-rijnzoom.nl>",
     "body": "Geacht secretariaat,\n\nMevrouw De Groot, aan wie deze uitnodiging is gericht, is sinds januari "
             "niet meer werkzaam bij onze organisatie. Wie haar opvolgt, is nog niet bekend.\n\nMet "
             "vriendelijke groet,\nLotte Brink"},
    {"id": "d48-other-23", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Wendy Roelofs <w.roelofs@wo-dommelhoek.nl>",
     "body": "Goedemiddag,\n\nKunnen twee teamleiders van ons ook deelnemen aan het atelier, zonder dat ik zelf "
             "meekom? Zij werken dagelijks aan dit vraagstuk.\n\nWendy Roelofs"},
    {"id": "d48-other-24", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "Bert Kamphuis <B.Kamphuis@ambtelijke-dienst-eemvallei.nl>",
     "body": "Het is niet onmogelijk dat ik kom, maar dat hangt af van de agenda van de raad, die pas volgende "
             "week wordt vastgesteld. Ik laat het u dan weten.\n\nB. Kamphuis"},
    {"id": "d48-other-25", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Oliver Brandsma <o.brandsma@bedrijfsvoering-zeeuwsland.nl>",
     "body": "Hi,\n\nCould you send me the programme for the afternoon first? I'll decide whether to come once "
             "I've seen it.\n\nThanks,\nOliver"},
]
# fmt: on
