"""The fifty-eighth labelled set's cases (issue 17): leaving the network in everyday words and its look-alikes,
written without reading the classifier; cases that could not be labelled with confidence were left out.

Replies to the follow-up mail carry ``call_for_themes``, replies to our RSVP, waiting-list or change mail
``invitation``, replies to the confirmation of a leave ``goodbye``. Leaving and declining the atelier in one mail is
``unsubscribe``; a named successor with an address makes a hand-over (``unsubscribe``); an AVG erasure anywhere is
``unsubscribe`` with ``erase`` True, a request to see one's data is not. A colleague reporting that someone left, a
leave or pause with a question or a wish to stay, and any change for someone else are ``other``. A decline of the
atelier that keeps the membership is an RSVP with ``attending`` False. Inline answers carry our quoted lines in
``body`` themselves and no ``quoted``.
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
SAMSUNG = "\n\n\nVerzonden vanaf mijn Galaxy"
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
DISCLAIMER = (
    "\n\n---\nDisclaimer: de informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de "
    "geadresseerde. Openbaarmaking, vermenigvuldiging of verspreiding door anderen is niet toegestaan. Aan dit "
    "bericht kunnen geen rechten worden ontleend."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it."
)
BRABANT = "\n\nDoei en groetjes uit Brabant,\nToon"
GRONINGEN = "\n\nMoi,\nHarm Dijkhuis\ndirecteur Werkorganisatie Hoogeland-Oost\n0595 47 11 00"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- leaving the network ---------------------------------------------------------------------------------
    {"id": "d58-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "drs. R.J. (Reinier) Veldkamp <r.veldkamp@werkorganisatie-kroonvaart.nl>",
     "subject": "Beëindiging lidmaatschap per 1 april 2027",
     "body": "Geacht secretariaat,\n\nPer 1 april 2027 ga ik met pensioen. Na ruim veertig jaar in het openbaar "
             "bestuur, waarvan de laatste negen als algemeen directeur van de Werkorganisatie Kroonvaart, komt "
             "daarmee ook een einde aan mijn deelname aan het netwerk.\n\nIk verzoek u mij vanaf die datum geen "
             "uitnodigingen en berichten meer toe te zenden. De ateliers heb ik steeds als bijzonder waardevol "
             "ervaren; mijn dank daarvoor.\n\nHoogachtend,\n\ndrs. R.J. Veldkamp\nalgemeen directeur"},
    {"id": "d58-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Saskia Terpstra <s.terpstra@swo-lingezegen.nl>",
     "body": "Hoi Stan en Melanie,\n\nLeuk dat jullie weer om onderwerpen vragen, maar deze keer laat ik het "
             "aan anderen. Per 1 maart begin ik als directeur Ruimte bij de provincie Gelderland, dus mijn plek in "
             "het netwerk vervalt. Haal me maar van de verzendlijst.\n\nHet ga jullie goed!\nSaskia"},
    {"id": "d58-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "kees bouwmeester <keesbouwmeester@ambtelijkdrieland.nl>",
     "body": "ik hou het voor gezien met het netwerk, graag geen mails meer\n\nkees"},
    {"id": "d58-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-lijn", "sender": "Anouk Brinkman <a.brinkman@dewaardenwerkt.nl>",
     "body": "Goedemiddag,\n\nDank voor het verslag. Na de reorganisatie is mijn rol veranderd: ik ben geen "
             "directeur meer maar programmamanager omgevingswet. Het heeft dus weinig zin dat ik nog op jullie "
             "ledenlijst sta; wilt u mij daar af halen?\n\nMet vriendelijke groet,\n\nAnouk Brinkman\n"
             "programmamanager | De Waarden Werkt\nT 0183 64 00 12" + DISCLAIMER},
    {"id": "d58-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Marloes Heijmans <m.heijmans@gr-meierijdal.nl>",
     "subject": "lidmaatschap netwerk beëindigen",
     "body": "Beste secretariaat,\n\nSinds januari ben ik directeur van de gemeenschappelijke regeling voor "
             "belastingen en niet meer van de ambtelijke fusie. Het netwerk past daardoor niet meer bij mijn "
             "functie. Wilt u mijn lidmaatschap beëindigen?\n\nVriendelijke groet,\nMarloes Heijmans"},
    {"id": "d58-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "apple", "sender": "Gert-Jan Smeets <gj.smeets@bizob-west.nl>",
     "body": "Graag mijn naam van de lijst, ik ben hier per 1/2 weg." + IPHONE},
    {"id": "d58-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Jolanda Ruiter <jruiter@wo-maasenpeel.nl>",
     "body": "Beste mensen,\n\nEerlijk gezegd heb ik geen behoefte meer aan deze mails. Ik ben nog een jaar "
             "directeur en zit in genoeg andere netwerken. Wilt u mij eruit halen?\n\nGroet,\nJolanda Ruiter"},
    {"id": "d58-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "sender": "Pieter van Oosterhout <p.vanoosterhout@duinstreekwerkt.nl>",
     "body": "Hi,\n\nPlease take me off your mailing list. I've accepted a position with an engineering firm and "
             "will be leaving local government at the end of this month.\n\nThanks for everything,\nPieter"
             + DISCLAIMER_EN},
    {"id": "d58-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Femke Aalbers <f.aalbers@samenwerkingholtland.nl>", "subject": "Moving on",
     "body": "Dear secretariat,\n\nAfter six years as director of Samenwerking Holtland I'm moving on. Could "
             "you please remove me from the network and stop sending me mail?\n\nIt was a pleasure.\n\n"
             "Hartelijke groet,\nFemke Aalbers"},
    {"id": "d58-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "notes", "sender": "Mr. H.A. Bijlsma <ha.bijlsma@werkorganisatie-tjongerstreek.nl>",
     "body": "Geachte heer Van de Laar,\n\nDe Werkorganisatie Tjongerstreek wordt per 1 januari 2027 opgeheven: "
             "de drie deelnemende gemeenten gaan op in één nieuwe gemeente met een eigen ambtelijk apparaat. "
             "Daarmee vervalt mijn functie en ook de grond voor mijn lidmaatschap van het netwerk. Ik verzoek u "
             "het lidmaatschap per die datum te beëindigen.\n\nMet de meeste hoogachting,\n\nMr. H.A. Bijlsma"},
    {"id": "d58-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Ruud Kamphuis <r.kamphuis@bedrijfsvoeringsorganisatie-ijsselvecht.nl>",
     "body": "Goedemorgen,\n\nKort na mijn aanmelding is besloten dat onze ambtelijke samenwerking wordt "
             "ontvlochten; de gemeenten gaan weer ieder zelfstandig verder en ik keer terug als concerncontroller. "
             "Ik ben dus geen directeur van een fusieorganisatie meer. Zet u mij maar van de verzendlijst.\n\n"
             "Met vriendelijke groet,\nRuud Kamphuis"},
    {"id": "d58-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-lijn", "sender": "Dewi Hartono <d.hartono@werkorganisatie-vlietland.nl>",
     "body": "Hallo,\n\nVanaf volgende maand werk ik bij een adviesbureau. Als adviseur hoor ik niet thuis in een "
             "netwerk van directeuren, dus ik stop ermee. Dank voor de mooie bijeenkomsten!\n\nDewi"},
    {"id": "d58-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Joost Verhagen <j.verhagen@wo-peelenmaas.nl>", "subject": "vertrek",
     "body": "Geacht secretariaat,\n\nIk ben benoemd tot plaatsvervangend directeur-generaal bij het ministerie "
             "van Binnenlandse Zaken en Koninkrijksrelaties en vertrek op 15 april bij de werkorganisatie. Hierbij "
             "zeg ik mijn lidmaatschap van het netwerk op.\n\nMet vriendelijke groet,\n\nJ.P.M. Verhagen"
             + DISCLAIMER},
    {"id": "d58-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": T,
     "sender": "Ingeborg Mulder <i.mulder@ambtelijkeorganisatie-wolden.nl>",
     "subject": "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                "[atelier:2027-1]",
     "body": "> U bepaalt gezamenlijk de gespreksthema's van het volgende atelier. Welk vraagstuk wilt u de "
             "volgende keer\n> bespreken?\n\nGeen, want ik ben vertrokken bij de gemeente. Ik wil ook geen "
             "berichten van het netwerk meer ontvangen.\n\n> Beantwoord deze e-mail met uw onderwerpen; wij nemen "
             "ze mee in de telling.\n\nZie boven.\n\nIngeborg Mulder"},
    {"id": "d58-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Hennie Wolters <hwolters@werkorganisatie-berkelland.nl>",
     "body": "goedemorgen, ik ben sinds kort met pensionen dus wil grag niet meer op de maillijst staan.\n"
             "grtn Hennie" + SAMSUNG},
    {"id": "d58-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "ongemarkeerd", "sender": "Marcel Doornbos <m.doornbos@swo-eemsmond.nl>",
     "body": "Onze samenwerking wordt dit jaar beëindigd en de gemeente Eemsmond neemt alle medewerkers over. "
             "Het netwerk van fusiedirecteuren is voor mij dan niet meer aan de orde; stuur mij alstublieft geen "
             "uitnodigingen of oproepen meer.\n\nMarcel Doornbos"},
    {"id": "d58-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Toon van Gerwen <t.vangerwen@dommelvallei-werkt.nl>",
     "body": "Stan,\n\nIk ga eruit: per 1 juni ben ik weg bij Dommelvallei en ik word directeur van een "
             "woningcorporatie. Zet me maar van de lijst. Bedankt voor alles." + BRABANT},
    {"id": "d58-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes-wrote", "sender": "C.W. Schouten <cw.schouten@werkorganisatie-voorne.nl>",
     "body": "Geacht secretariaat,\n\nMijn lidmaatschap kan per direct worden beëindigd: ik heb een functie "
             "buiten het openbaar bestuur aanvaard.\n\nMet vriendelijke groet,\nC.W. Schouten"},
    {"id": "d58-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Lars Ekelmans <l.ekelmans@wo-grensmaas.nl>",
     "body": "pls remove me, no longer with the organisation. thx" + OUTLOOK_IOS},
    {"id": "d58-unsubscribe-20", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "K. Aydın <k.aydin@werkorganisatie-zaanoever.nl>",
     "subject": "Geen mails meer s.v.p. - vertrokken als directeur",
     "body": "Zie onderwerp.\n\nMvg,\nK. Aydın"},
    {"id": "d58-unsubscribe-21", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "sender": "Nadia el Idrissi <n.elidrissi@ambtelijkfusie-rijnwaarden.nl>",
     "body": "Hoi,\n\nHet netwerk is niet meer relevant for my current role - ik doe sinds kort alleen nog de "
             "regionale jeugdzorg. Please take me off the members list.\n\nCheers,\nNadia"},
    {"id": "d58-unsubscribe-22", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "bedankt_suggestie",
     "quote": "apple", "sender": "Wouter Zijlstra <w.zijlstra@werkorganisatie-waddenkust.nl>",
     "body": "Beste Melanie,\n\nDank voor het noteren. De uitkomst maak ik zelf niet meer mee: ik word per 1 mei "
             "burgemeester van een gemeente in Drenthe en neem daarmee afscheid van de ambtelijke wereld. Je mag "
             "mij van de verzendlijst van het netwerk halen.\n\nHartelijke groet,\nWouter" + IPHONE},
    # -- leaving with an AVG erasure -------------------------------------------------------------------------
    {"id": "d58-unsubscribe-23", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "mr. drs. E.M. (Elske) de Graaf <em.degraaf@werkorganisatie-lekdijk.nl>",
     "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
     "body": "Geacht secretariaat,\n\nNu ik met ingang van 1 februari met pensioen ben gegaan, verzoek ik u op "
             "grond van artikel 17 van de Algemene verordening gegevensbescherming alle persoonsgegevens die u van "
             "mij verwerkt te wissen en mij daarvan een bevestiging te sturen.\n\nHoogachtend,\n\n"
             "mr. drs. E.M. de Graaf"},
    {"id": "d58-unsubscribe-24", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Robert Haverkamp <r.haverkamp@twentewest-werkt.nl>",
     "body": "Hello,\n\nI have left local government. Under the GDPR I ask you to delete all data you hold on me "
             "and to stop contacting me.\n\nRegards,\nRobert Haverkamp"},
    {"id": "d58-unsubscribe-25", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "sender": "linda <l.vanderwal@wo-krimpenerwaard-oost.nl>",
     "body": "graag mijn gegevens helemaal uit jullie systeem, ik ben weg bij de gemeente. recht op vergetelheid "
             "heet dat geloof ik :)\n\nlinda"},
    {"id": "d58-unsubscribe-26", "kind": "unsubscribe", "erase": True, "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Frank Veenstra <f.veenstra@werkorganisatie-noordkop.nl>",
     "body": "Beste secretariaat,\n\nDank voor de bevestiging. Wilt u nu ook mijn naam, e-mailadres en functie "
             "uit uw administratie wissen? Ik wil niet dat die gegevens nog bewaard blijven.\n\n"
             "Met vriendelijke groet,\nFrank Veenstra"},
    {"id": "d58-unsubscribe-27", "kind": "unsubscribe", "erase": True, "thread": W,
     "sender": "Bram Hofstede <b.hofstede@ambtelijkeorganisatie-dalfsen-ommen.nl>",
     "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "> Hartelijk welkom! Uw aanmelding is bevestigd: u bent nu lid van het Netwerk van directeuren van "
             "ambtelijke fusieorganisaties.\n\nDat klopte, maar inmiddels ben ik overgestapt naar het "
             "bedrijfsleven. Ik wil geen lid meer zijn en verzoek u mijn persoonsgegevens te "
             "verwijderen, zoals de AVG mij toestaat.\n\nBram Hofstede"},
    {"id": "d58-unsubscribe-28", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "notes", "sender": "A. Oudshoorn <a.oudshoorn@gr-rijnenveen.nl>",
     "body": "Geachte heer, mevrouw,\n\nDe ambtelijke fusieorganisatie Rijn en Veen is per 1 januari opgegaan in "
             "de nieuwe gemeente. Ik maak daar geen deel meer van uit. Wij verzoeken u conform artikel 17 AVG al "
             "mijn gegevens te verwijderen uit uw bestanden.\n\nMet vriendelijke groet,\nA. Oudshoorn"},
    {"id": "d58-unsubscribe-29", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "sender": "Yvette Brouwers <y.brouwers@werkorganisatie-heuvelrug-oost.nl>",
     "body": "Ik ben gestopt als directeur. Wis aub al mijn gegevens, ik wil nergens meer in jullie bestanden "
             "voorkomen.\n\nVerstuurd vanaf mijn iPad"},
    {"id": "d58-unsubscribe-30", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Theo Lansink <t.lansink@achterhoek-werkorganisatie.nl>",
     "body": "Beste,\n\nI'm retiring this spring. Please remove my personal data and delete my e-mail address "
             "from your records, ook uit de deelnemerslijsten van eerdere ateliers.\n\nGroet,\nTheo Lansink"},
    # -- hand-over to a named successor ----------------------------------------------------------------------
    {"id": "d58-unsubscribe-31", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Ir. B.F. Nijland <bf.nijland@werkorganisatie-duvel.nl>",
     "subject": "Overdracht lidmaatschap netwerk",
     "body": "Geacht secretariaat,\n\nPer 1 februari aanvaard ik een functie bij de provincie Overijssel. Mijn "
             "opvolger als algemeen directeur van de Werkorganisatie Duvel is mevrouw Ingrid Wolters "
             "(i.wolters@werkorganisatie-duvel.nl); zij neemt mijn plaats in het netwerk over.\n\n"
             "Met vriendelijke groet,\n\nIr. B.F. Nijland\nalgemeen directeur\n0570 69 30 00"},
    {"id": "d58-unsubscribe-32", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-en", "sender": "Sanne Goossens <s.goossens@bizob-oost.nl>",
     "body": "Hi Stan,\n\nI'm moving on to a job in the private sector next month. My successor, Bas Oomen "
             "(b.oomen@bizob-oost.nl), will represent our organisation in the network from now on - please "
             "send everything to him.\n\nBest,\nSanne"},
    {"id": "d58-unsubscribe-33", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "jan-willem de boer <jw.deboer@wo-hofvanalkmaar.nl>",
     "body": "ik ga met pensioen. mijn opvolger is yvonne kramer, y.kramer@wo-hofvanalkmaar.nl, zij neemt het "
             "stokje over. stuur haar voortaan de uitnodigingen.\n\njw" + IPHONE},
    {"id": "d58-unsubscribe-34", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "ongemarkeerd", "sender": "Erik Damen <e.damen@werkorganisatie-lingewaal.nl>",
     "body": "Mijn rol is veranderd: ik ben sinds kort gemeentesecretaris van één van de deelnemende gemeenten. "
             "De nieuwe directeur van de werkorganisatie, drs. Petra Lammers (p.lammers@werkorganisatie-"
             "lingewaal.nl), neemt mijn plek in het netwerk in.\n\nErik Damen"},
    {"id": "d58-unsubscribe-35", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "sender": "Mirjam Sluijter <m.sluijter@swo-heerhugowaard-langedijk.nl>",
     "body": "Goedemiddag,\n\nPer 1 juni vertrek ik bij de SWO. Tot er een vaste opvolger is, vervangt de "
             "interim-directeur Mehmet Kaya (m.kaya@swo-heerhugowaard-langedijk.nl) mij, ook in het netwerk. "
             "Wilt u hem voortaan de berichten sturen?\n\nGroet,\nMirjam" + DISCLAIMER},
    {"id": "d58-unsubscribe-36", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "wim hoekstra <w.hoekstra@fusie-smallingerland-opsterland.nl>", "subject": "overdracht",
     "body": "hallo, ik hou het voor gezien na 11 jaar. mijn opvolger hanneke de bruijn "
             "(h.debruijn@fusie-smallingerland-opsterland.nl) neemt mijn lidmaatschap over.\n\ngr wim"},
    # -- leaving and declining the atelier in one mail -------------------------------------------------------
    {"id": "d58-unsubscribe-37", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Gerda Pronk <g.pronk@werkorganisatie-westfriesland-noord.nl>",
     "body": "Beste Stan,\n\nOp 11 maart ben ik er niet bij, en dit is meteen een goed moment om te zeggen dat ik "
             "ook met het netwerk stop: ik ga in het voorjaar met pensioen.\n\nHartelijke groet,\nGerda Pronk"},
    {"id": "d58-unsubscribe-38", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "robin <r.bakker@wo-oldambt-pekela.nl>",
     "body": "helaas, ik kan niet. en los daarvan: ik ben per maart weg bij de gemeente, dus haal me ook van de "
             "lijst van het netwerk aub"},
    {"id": "d58-unsubscribe-39", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Claire Dubois-Visser <c.duboisvisser@werkorganisatie-zuidkennemerland.nl>",
     "body": "I won't make it on the 11th, and since I'm moving on to the province next month, please take me off "
             "the network's list as well.\n\nKind regards,\nClaire"},
    {"id": "d58-unsubscribe-40", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "doorgestuurd", "sender": "Harm Dijkhuis <h.dijkhuis@werkorganisatie-hoogeland-oost.nl>",
     "body": "De nieuwe datum past mij niet, en eerlijk gezegd past het netwerk ook niet meer bij mijn functie nu "
             "ik vooral regionale opgaven doe. Schrap mij dus voor het atelier én als lid." + GRONINGEN},
    # -- look-alikes of leaving that a person must handle ----------------------------------------------------
    {"id": "d58-other-01", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Directiesecretariaat <directiesecretariaat@werkorganisatie-kaagenbraassem.nl>",
     "body": "Goedemorgen,\n\nTer informatie: onze directeur, mevrouw Karin Bos, is per 1 maart vertrokken. Haar "
             "mailbox wordt nog enkele weken door ons gelezen.\n\nMet vriendelijke groet,\nDirectiesecretariaat"},
    {"id": "d58-other-02", "kind": "other", "thread": None,
     "sender": "Petra Vermeulen <p.vermeulen@wo-bommelerwaard.nl>", "subject": "Jan de Wit",
     "body": "Hallo,\n\nMijn collega Jan de Wit is vorige week met pensioen gegaan. Kunnen jullie hem van de "
             "lijst halen? Hij heeft zelf geen toegang meer tot zijn mail.\n\nGroetjes,\nPetra\n"
             "managementondersteuning"},
    {"id": "d58-other-03", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Arjen Postma <a.postma@werkorganisatie-leeuwarderadeel.nl>",
     "body": "Beste Stan,\n\nVan april tot en met september neem ik sabbatical. Ik wil nadrukkelijk lid blijven, "
             "maar zou het fijn vinden als de uitnodigingen in die periode even blijven liggen. Kan dat?\n\n"
             "Groet,\nArjen Postma"},
    {"id": "d58-other-04", "kind": "other", "thread": None,
     "sender": "Gerrit Mulderij <g.mulderij@ambtelijkeorganisatie-oostgelre.nl>",
     "subject": "Lid blijven na pensionering?",
     "body": "Geacht secretariaat,\n\nIn juni ga ik met pensioen. Mag ik als oud-directeur lid blijven van het "
             "netwerk? De ateliers vind ik zeer waardevol en ik zou graag betrokken blijven, bijvoorbeeld als "
             "gast.\n\nMet vriendelijke groet,\nG. Mulderij"},
    {"id": "d58-other-05", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "gmail",
     "sender": "Lotte Jansma <l.jansma@wo-tytsjerksteradiel.nl>",
     "body": "Drie mails in één week over hetzelfde atelier is wel veel. Kan dat niet in één bericht? Ik blijf "
             "overigens graag lid en ik kom gewoon.\n\nLotte"},
    {"id": "d58-other-06", "kind": "other", "thread": None,
     "sender": "Anita Roelofs <a.roelofs@werkorganisatie-beuningen-druten.nl>", "subject": "nieuw mailadres",
     "body": "Beste secretariaat,\n\nPer 1 januari wijzigt mijn e-mailadres van a.roelofs@werkorganisatie-"
             "beuningen-druten.nl naar anita.roelofs@maasenwaalwerkt.nl. Wilt u dat aanpassen? Het oude adres "
             "vervalt dan.\n\nDank!\nAnita Roelofs"},
    {"id": "d58-other-07", "kind": "other", "thread": W, "quoted": "welkom", "quote": "apple",
     "sender": "Marieke van Dijk <m.vandijk@swo-altena.nl>",
     "body": "Hoi,\n\nKleine wijziging: ik gebruik weer mijn eigen achternaam. Graag voortaan Van Dijk in plaats "
             "van Van Dijk-Bakker in jullie bestand.\n\nGroet, Marieke" + IPHONE},
    {"id": "d58-other-08", "kind": "other", "thread": None,
     "sender": "mr. S. Pauwels <s.pauwels@werkorganisatie-bergenopzoom-oost.nl>",
     "subject": "Inzageverzoek artikel 15 AVG",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 15 van de AVG verzoek ik u om inzage in de "
             "persoonsgegevens die u van mij verwerkt, het doel van die verwerking en de bewaartermijn. Ik zie "
             "uw antwoord binnen de wettelijke termijn tegemoet.\n\nHoogachtend,\nmr. S. Pauwels"},
    {"id": "d58-other-09", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Hans Lubbers <h.lubbers@werkorganisatie-twenterand-hellendoorn.nl>",
     "body": "Beste Melanie,\n\nIk ga met pensioen en wil daarna geen mails meer. Maar kun je mij eerst laten "
             "weten of ik de presentatie van de gastspreker nog kan krijgen? De link in het verslag werkt bij mij "
             "niet.\n\nGroet,\nHans"},
    {"id": "d58-other-10", "kind": "other", "thread": None,
     "sender": "Ellen Kuipers <e.kuipers@wo-midden-delfland-maassluis.nl>", "subject": "vraag over stoppen",
     "body": "Beste Stan,\n\nIk overweeg te stoppen met het netwerk. Vervalt dan ook mijn plek in de "
             "Adviesraad? Dat wil ik eerst weten voordat ik een besluit neem.\n\nHartelijke groet,\nEllen"},
    {"id": "d58-other-11", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Sophie Mertens <s.mertens@werkorganisatie-baarle-alphen.nl>",
     "body": "Hi,\n\nJust so you know: our director Tom Vos has moved on and his mailbox will be closed next "
             "week. I'll let our new director know about the network.\n\nBest regards,\nSophie Mertens\n"
             "office manager"},
    {"id": "d58-other-12", "kind": "other", "thread": None,
     "sender": "Rianne Scholten <r.scholten@werkorganisatie-hardinxveld-giessendam.nl>",
     "subject": "Wijziging per 1 januari",
     "body": "Goedemiddag,\n\nPer 1 januari gaat onze werkorganisatie op in de gemeente Molenlanden. Ik blijf "
             "directeur, maar mijn e-mailadres wordt r.scholten@molenlanden.nl. Wilt u de berichten van het "
             "netwerk voortaan daarheen sturen?\n\nMet vriendelijke groet,\nRianne Scholten" + DISCLAIMER},
    {"id": "d58-other-13", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "notes",
     "sender": "Laura Smit <l.smit@werkorganisatie-steenwijkerland-west.nl>",
     "body": "Goedemorgen,\n\nVanaf april ben ik met zwangerschapsverlof. Is het mogelijk de mails tot september "
             "te pauzeren zonder dat ik mijn lidmaatschap kwijtraak? Op 11 maart ben ik er nog gewoon.\n\n"
             "Groet, Laura"},
    {"id": "d58-other-14", "kind": "other", "thread": None,
     "sender": "Dirk-Jan Hoogendoorn <dj.hoogendoorn@wo-krimpen-capelle.nl>", "subject": "nog lid?",
     "body": "Beste secretariaat,\n\nMijn rol is veranderd: na de herinrichting van ons managementteam ben ik "
             "directeur bedrijfsvoering in plaats van algemeen directeur. Kan ik dan nog lid blijven van het "
             "netwerk, of is het alleen voor de eindverantwoordelijke?\n\nMvg,\nDirk-Jan Hoogendoorn"},
    {"id": "d58-other-15", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Bestuurssecretariaat <bestuurssecretariaat@werkorganisatie-zeeuwsvlaanderen-west.nl>",
     "body": "Geacht secretariaat,\n\nMet verdriet laten wij u weten dat onze directeur, de heer Pieter "
             "Dekker, vorige week onverwacht is overleden. Wij vragen uw begrip voor het feit dat wij op de "
             "uitnodiging niet verder reageren.\n\nNamens het managementteam,\nBestuurssecretariaat"},
    {"id": "d58-other-16", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "sender": "Ahmed Bouzid <a.bouzid@werkorganisatie-gooi-oost.nl>",
     "body": "ik krijg al jullie mails dubbel, op mijn oude en mijn nieuwe adres. kan het oude eraf? lid blijf ik "
             "natuurlijk wel. gr ahmed"},
    {"id": "d58-other-17", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "groupwise",
     "sender": "Nicole Verbruggen <n.verbruggen@wo-oisterwijk-haaren.nl>",
     "body": "Beste Stan,\n\nGraag mijn naam van de lijst van deelnemers die in het verslag op de website staat. "
             "Lid blijf ik uiteraard, maar ik sta liever niet publiek vermeld.\n\nGroet,\nNicole Verbruggen"},
    {"id": "d58-other-18", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-en",
     "sender": "Bert Wassink <b.wassink@werkorganisatie-oostachterhoek.nl>",
     "body": "Ik heb geen behoefte aan de herinneringen, de uitnodiging is voor mij genoeg. Verder niks mis "
             "hoor, tot de 11e.\n\nBert"},
    {"id": "d58-other-19", "kind": "other", "thread": None,
     "sender": "Hugo Lindeman <h.lindeman@werkorganisatie-duivenvoorde.nl>",
     "subject": "Retiring - can I stay involved?",
     "body": "Dear Stan and Melanie,\n\nI retire at the end of the year. Does that mean I have to leave the "
             "network? I'd love to stay involved somehow, perhaps as a speaker.\n\nKind regards,\nHugo Lindeman"},
    {"id": "d58-other-20", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "doorgestuurd",
     "sender": "Secretariaat Directie <secretariaat@wo-nieuwkoop-alphen.nl>",
     "body": "Goedemiddag,\n\nMevrouw Van Leeuwen werkt hier niet meer. Wie moet de uitnodiging en deze "
             "herinnering nu ontvangen? De nieuwe directeur is nog niet benoemd.\n\nMet vriendelijke groet,\n"
             "Anja Hoeksema"},
    {"id": "d58-other-21", "kind": "other", "thread": None,
     "sender": "Tessa Ramdin <t.ramdin@werkorganisatie-diemen-ouder-amstel.nl>", "subject": "GDPR request",
     "body": "Hello,\n\nCould you send me a copy of the personal data you hold about me, and tell me where you "
             "got my address (GDPR art. 15)? I don't want to leave the network, I'd just like to know.\n\n"
             "Thanks,\nTessa Ramdin"},
    {"id": "d58-other-22", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "apple",
     "sender": "Maarten Groen <m.groen@swo-ede-renswoude.nl>",
     "body": "Ik wil er eigenlijk wel uit, maar hoe zit het dan met mijn aanmelding voor 11 maart en met de "
             "gast die ik heb opgegeven? Moet ik die apart annuleren of kom ik nog gewoon?" + IPHONE},
    {"id": "d58-other-23", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
     "sender": "Ingrid Pols <i.pols@werkorganisatie-texel-denhelder.nl>",
     "body": "Beste secretariaat,\n\nOnze directeur is vertrokken; de nieuwe directeur begint in mei. Zij neemt "
             "zelf contact met u op over het netwerk.\n\nMet vriendelijke groet,\nIngrid Pols\n"
             "managementassistent"},
    {"id": "d58-other-24", "kind": "other", "thread": None,
     "sender": "Yasmina Akkermans <y.akkermans@werkorganisatie-cranendonck-heeze.nl>",
     "subject": "mail van Dirk Verschuren",
     "body": "Dag,\n\nDirk Verschuren is niet meer bij ons werkzaam; ik lees als zijn assistent zijn mail nog. "
             "Wilt u hem uit het bestand halen, en kunt u mij vertellen hoe zijn opvolger lid kan worden?\n\n"
             "Groeten,\nYasmina"},
    {"id": "d58-other-25", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Jeroen Mol <j.mol@werkorganisatie-hollandskroon-oost.nl>",
     "body": "Ik heb helemaal niet gevraagd om eruit te gaan! Hoe kan dit en wie heeft dit namens mij "
             "doorgegeven?\n\nJeroen Mol"},
    {"id": "d58-other-26", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Willemijn Sterk <w.sterk@werkorganisatie-scherpenzeel-renswoude.nl>",
     "body": "Beste Stan,\n\nOnze gemeenten fuseren per 2028 tot één gemeente en de werkorganisatie verdwijnt "
             "dan. Wat betekent dat voor ons lidmaatschap van het netwerk? Kunnen wij de overgangsperiode nog "
             "meedoen?\n\nGroet,\nWillemijn"},
    {"id": "d58-other-27", "kind": "other", "thread": None,
     "sender": "Okke Feenstra <o.feenstra@werkorganisatie-sudwest.nl>", "subject": "jaar weg",
     "body": "Hoi,\n\nIk ga een jaar op uitzending voor VNG International en kom daarna terug in mijn functie. Zet "
             "mijn lidmaatschap maar op slapend, als dat kan; ik wil het niet kwijt.\n\nOkke" + OUTLOOK_IOS},
    {"id": "d58-other-28", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-en",
     "sender": "Sander Peeters <s.peeters@wo-weert-nederweert.nl>",
     "body": "Beste,\n\nPer 1 april word ik directeur van een andere fusieorganisatie, de Werkorganisatie "
             "Peel-Oost. Mijn nieuwe adres wordt s.peeters@werkorganisatie-peeloost.nl. Ik wil de berichten graag "
             "blijven ontvangen, maar dan daar.\n\nSander Peeters"},
    {"id": "d58-other-29", "kind": "other", "thread": None,
     "sender": "Rachel Hendriksen <r.hendriksen@werkorganisatie-vijfheerenlanden.nl>", "subject": "your mails",
     "body": "Hi there,\n\nYour mails keep ending up in my spam folder, and honestly there are quite a lot of "
             "them. Not leaving, just letting you know.\n\nRachel"},
    {"id": "d58-other-30", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "notes",
     "sender": "Gijs Brandsma <g.brandsma@werkorganisatie-achtkarspelen-oost.nl>",
     "body": "Beste Melanie,\n\nIk stop met de Adviesraad, daar heb ik dit jaar geen tijd meer voor. Lid van het "
             "netwerk blijf ik wel, en de verslagen lees ik graag.\n\nGroet,\nGijs Brandsma"},
    # -- declines of the atelier that keep the membership ----------------------------------------------------
    {"id": "d58-rsvp-01", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Marjolein Vos <m.vos@werkorganisatie-rivierenland-west.nl>",
     "body": "Beste Stan,\n\nOp 11 maart heb ik een raadsvergadering, dus helaas. Volgende keer ben ik er graag "
             "weer bij!\n\nGroet,\nMarjolein"},
    {"id": "d58-rsvp-02", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "sender": "Roel Stegeman <r.stegeman@wo-hof-van-twente.nl>",
     "body": "Ik hou het deze keer voor gezien: de begroting slokt alles op. Geef mijn plek maar aan iemand "
             "anders. Lid blijf ik natuurlijk!\n\nRoel"},
    {"id": "d58-rsvp-03", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Evelien Janssens <e.janssens@werkorganisatie-leudal-echt.nl>",
     "body": "I'm afraid I can't make it, I'll be abroad that week. Keep me posted for the next one!\n\nEvelien"},
    {"id": "d58-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Henk Koopman <h.koopman@werkorganisatie-staphorst-zwartewaterland.nl>",
     "body": "Geacht secretariaat,\n\nIk ben die week met verlof en er gaat niemand in mijn plaats. Deze "
             "bijeenkomst sla ik dus over.\n\nMet vriendelijke groet,\nH. Koopman"},
    {"id": "d58-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Joyce Lambregts <j.lambregts@wo-geldrop-mierlo.nl>",
     "body": "Anja, wil je laten weten dat ik zelf niet kan? Mijn plaatsvervanger Eva Smits "
             "(e.smits@wo-geldrop-mierlo.nl) gaat in mijn plaats naar het atelier.\n\nJoyce"},
    {"id": "d58-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail", "sender": "Tim Kroeze <t.kroeze@werkorganisatie-aa-en-hunze-oost.nl>",
     "body": "haal me maar van de wachtlijst, ik heb inmiddels een andere afspraak staan. succes met de middag!"},
    {"id": "d58-rsvp-07", "kind": "rsvp", "attending": False, "thread": R,
     "sender": "Annemarie Oosting <a.oosting@werkorganisatie-ooststellingwerf.nl>",
     "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "body": "> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"\n\n"
             "Helaas, ik kan niet: ziek thuis en dat gaat voorlopig zo blijven.\n\nAnnemarie"},
    {"id": "d58-rsvp-08", "kind": "rsvp", "attending": False, "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise", "sender": "Freek Wijnands <f.wijnands@werkorganisatie-montferland-oost.nl>",
     "body": "Geen thema's van mijn kant, en op 11 maart kan ik er ook niet bij zijn. Ik lees het verslag "
             "achteraf.\n\nFreek"},
    # -- auto-replies: mailbox closing, person gone ----------------------------------------------------------
    {"id": "d58-autoreply-01", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Gerard Bloemendaal <g.bloemendaal@werkorganisatie-lopik-montfoort.nl>",
     "body": "Dit e-mailadres is niet meer in gebruik. De heer Bloemendaal is niet langer werkzaam bij de "
             "werkorganisatie. Voor vragen kunt u terecht bij info@werkorganisatie-lopik-montfoort.nl."},
    {"id": "d58-autoreply-02", "kind": "autoreply", "headers": {"X-Autoreply": "yes"},
     "subject": "Automatic reply: Welke thema's wilt u bespreken?",
     "sender": "Jan Peters <j.peters@wo-heumen-mook.nl>",
     "body": "Thank you for your message. Jan Peters has left the organisation and this mailbox is no longer "
             "monitored. Please contact the secretariat at secretariaat@wo-heumen-mook.nl."},
    {"id": "d58-autoreply-03", "kind": "autoreply", "headers": {"Precedence": "auto_reply"}, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "sender": "Directie <directie@werkorganisatie-de-marne.nl>",
     "body": "Per 1 januari is de werkorganisatie opgeheven. Deze mailbox wordt niet meer gelezen en uw bericht "
             "wordt niet doorgestuurd."},
    {"id": "d58-autoreply-04", "kind": "autoreply",
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "sender": "Wilma Jonkers <w.jonkers@werkorganisatie-westerveld-oost.nl>",
     "body": "Mevrouw Jonkers is met pensioen. Uw e-mail wordt niet doorgestuurd. Neemt u voor lopende zaken "
             "contact op met het directiesecretariaat, telefoon 0521 59 30 00."},
    {"id": "d58-autoreply-05", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-generated"},
     "subject": "Niet meer werkzaam bij gemeente",
     "sender": "Koen Verstraten <k.verstraten@werkorganisatie-bladel-eersel.nl>",
     "body": "Ik ben niet meer werkzaam bij de werkorganisatie. Deze mailbox wordt binnenkort opgeheven; uw "
             "bericht wordt niet gelezen.\n\nDit is een automatisch bericht."},
    {"id": "d58-autoreply-06", "kind": "autoreply",
     "headers": {"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-replied"},
     "subject": "Automatic reply: Dank voor uw komst",
     "sender": "Ilse Timmer <i.timmer@swo-zeewolde-dronten.nl>",
     "body": "This mailbox will be closed on 31 March. / Deze mailbox wordt op 31 maart gesloten. Ilse Timmer "
             "is vertrokken; stuur uw bericht aan info@swo-zeewolde-dronten.nl."},
    # -- joining: successors and former members who come back -----------------------------------------------
    {"id": "d58-subscribe-01", "kind": "subscribe", "thread": None,
     "sender": "Esther Boerma <e.boerma@werkorganisatie-kroonvaart.nl>",
     "subject": "Lidmaatschap opvolger",
     "body": "Geacht secretariaat,\n\nPer 1 april volg ik de heer Veldkamp op als algemeen directeur van de "
             "Werkorganisatie Kroonvaart. Graag word ik, net als hij, lid van het netwerk.\n\n"
             "Met vriendelijke groet,\n\nEsther Boerma\nalgemeen directeur a.i."},
    {"id": "d58-subscribe-02", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-lijn", "sender": "Bart Schipper <b.schipper@wo-goeree-overflakkee.nl>",
     "body": "Beste secretariaat,\n\nVorig jaar ben ik vertrokken, maar inmiddels ben ik weer directeur, nu bij "
             "een andere fusieorganisatie. Ik wil graag weer meedoen met het netwerk.\n\nGroet,\nBart Schipper"},
    {"id": "d58-subscribe-03", "kind": "subscribe", "thread": None,
     "sender": "Oliver Brandt <o.brandt@werkorganisatie-zuidplas-waddinxveen.nl>", "subject": "Joining the network",
     "body": "Dear secretariat,\n\nI've just taken over from Ria Kok as director of our shared organisation. "
             "I'd like to join the network myself - please sign me up with this address.\n\nBest regards,\n"
             "Oliver Brandt"},
    {"id": "d58-subscribe-04", "kind": "subscribe", "thread": None,
     "sender": "liesbeth <l.vanes@werkorganisatie-buren-culemborg.nl>", "subject": "weer terug",
     "body": "hoi, na twee jaar bij het rijk ben ik weer terug bij een ambtelijke fusie. zet me maar weer op de "
             "lijst van het netwerk! gr liesbeth" + SAMSUNG},
    {"id": "d58-subscribe-05", "kind": "subscribe", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Mustafa Yilmaz <m.yilmaz@wo-veenendaal-rhenen.nl>",
     "body": "Goedemiddag,\n\nMijn voorganger liet deze uitnodiging bij mij achter. Ik ben sinds deze maand de "
             "nieuwe directeur en wil graag zelf lid worden van het netwerk.\n\nMet vriendelijke groet,\n"
             "Mustafa Yilmaz"},
    {"id": "d58-subscribe-06", "kind": "subscribe", "thread": None,
     "sender": "drs. Joke Alberda <j.alberda@werkorganisatie-westerkwartier-noord.nl>",
     "subject": "opnieuw lid worden",
     "body": "Beste mensen,\n\nVorig jaar heb ik mij bij jullie van de lijst laten halen, omdat ik met "
             "pensioen ging. Nu ben ik teruggevraagd als interim-directeur. Graag zet ik mijn "
             "lidmaatschap weer voort: wilt u mij opnieuw als lid opnemen?\n\nHartelijke groet,\nJoke Alberda"
             + DISCLAIMER},
]
# fmt: on
