"""The forty-second labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Replies to our confirmation request and its reminder carry the thread ``confirmation``; a case with the thread
``None`` but our quoted mail stands for a client that dropped the headers. Inline answers carry our quoted lines in
``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

C = "confirmation"
W = "welcome"
G = "goodbye"
BA = "bevestiging_aanmelding"
HA = "herinnering_aanmelding"
REF = "[ref:AF-7K3Q9-XM2PA-4RTZ8]"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nVerzonden vanaf Outlook voor Android"
DISCLAIMER = (
    "\n\n-----------------------------------------------------------------------\n"
    "De informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is "
    "niet toegestaan. De werkorganisatie staat niet in voor de juiste en volledige overbrenging van de inhoud."
)
GREEN = "\n\nDenk aan het milieu voordat u deze e-mail print."

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- confirm: plain and with thanks or small talk ---------------------------------------------------------
    {"id": "d42-confirm-01", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Henk Oosterveld <h.oosterveld@werkorganisatie-zandveen.nl>",
     "body": "Ja."},
    {"id": "d42-confirm-02", "kind": "confirm", "thread": C, "quoted": BA, "quote": "apple",
     "sender": "Lotte Verhaar <l.verhaar@kroonpolder.nl>",
     "body": "Bevestigd." + IPHONE},
    {"id": "d42-confirm-03", "kind": "confirm", "thread": C, "quoted": BA, "quote": "gmail",
     "sender": "Wouter Bleeker <w.bleeker@dedriemolens.nl>",
     "body": "Akkoord, zet me maar op de lijst.\n\nGr. Wouter"},
    {"id": "d42-confirm-04", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-lijn",
     "sender": "Oosterveld, H.J. <h.oosterveld@werkorganisatie-zandveen.nl>",
     "body": "Geacht secretariaat,\n\nHierbij bevestig ik mijn aanmelding. Dank voor de vlotte afhandeling; ik zie "
             "uit naar een eerste atelier.\n\nMet vriendelijke groet,\n\ndrs. H.J. (Henk) Oosterveld\n"
             "algemeen directeur\nWerkorganisatie Zandveen\nT 0548 - 61 22 40 | M 06 41 87 30 12" + DISCLAIMER},
    {"id": "d42-confirm-05", "kind": "confirm", "thread": C, "quoted": BA, "quote": "notes",
     "sender": "Jacqueline Rozendaal <j.rozendaal@servicepunt-oostgaard.nl>",
     "body": "Klopt helemaal, die aanmelding heeft mijn managementassistent op mijn verzoek gedaan. Bij deze dus "
             "bevestigd!\n\nJacqueline"},
    {"id": "d42-confirm-06", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-en",
     "sender": "Ilse Groenewegen <i.groenewegen@lingeveld.nl>",
     "body": "Yes, confirmed. Looking forward to meeting the other directors.\n\nBest,\nIlse"},
    {"id": "d42-confirm-07", "kind": "confirm", "thread": C, "quoted": BA, "quote": "gmail",
     "sender": "Bas Tromp <bas.tromp@werkorganisatie-heuvelrand.nl>",
     "body": "ja hoor, klopt 👍"},
    {"id": "d42-confirm-08", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Karin Nijhof <k.nijhof@ambtelijkeorganisatie-wolden.nl>",
     "body": ""},
    {"id": "d42-confirm-09", "kind": "confirm", "thread": C, "quoted": BA, "quote": "apple",
     "sender": "Petra Zijlstra-Kok <p.zijlstra@oostgaard-lemmerveen.nl>",
     "body": "Met vriendelijke groet,\n\nPetra Zijlstra-Kok\nDirecteur Bedrijfsvoering\nGemeenten Oostgaard en "
             "Lemmerveen\nwww.oostgaard-lemmerveen.nl"},
    {"id": "d42-confirm-10", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Gerard Kamphuis <g.kamphuis@drieklaver.nl>",
     "body": "Goedemorgen Stan,\n\nLeuk om weer iets van je te horen, het is alweer even geleden sinds die "
             "sessie in Zwolle. Mijn aanmelding is bij deze bevestigd. Het vorige atelier heb ik door de "
             "kadernota gemist, dus ik ben blij dat ik nu op de lijst kom.\n\nHartelijke groet,\nGerard"},
    {"id": "d42-confirm-11", "kind": "confirm", "thread": C, "quoted": BA, "quote": "doorgestuurd",
     "sender": "Frank Mertens <f.mertens@werkorganisatie-rijnwaard.nl>",
     "body": "Dank u wel, ik bevestig hierbij dat ik lid wil worden van het netwerk.\n\nF. Mertens"},
    {"id": "d42-confirm-12", "kind": "confirm", "thread": C, "quoted": HA, "quote": "apple",
     "sender": "Esther Wubben <e.wubben@bwo-veenstreek.nl>",
     "body": "Prima zo. Wel fijn dat het kosteloos is, daar had ik eerlijk gezegd niet op gerekend 😉" + IPHONE},
    {"id": "d42-confirm-13", "kind": "confirm", "thread": C, "quoted": HA, "quote": "gmail",
     "sender": "Ruud Stegeman <r.stegeman@kroonpolder.nl>",
     "body": "Sorry voor de late reactie, hij lag onder op de stapel. Ja, ik word graag lid."},
    {"id": "d42-confirm-14", "kind": "confirm", "thread": C, "subject": "RE: Bevestig uw aanmelding " + REF,
     "sender": "Anouk Brands <a.brands@werkorganisatie-duinenpolder.nl>",
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "Bij deze!\n\n> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n\n"
             "Gr, Anouk"},
    {"id": "d42-confirm-15", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-en",
     "sender": "Daan Hesselink <d.hesselink@lingeveld.nl>",
     "body": "Confirmed - thanks Melanie!"},
    {"id": "d42-confirm-16", "kind": "confirm", "thread": C, "quoted": BA, "quote": "notes-wrote",
     "sender": "C.A.M. Vermeulen <c.vermeulen@werkorganisatie-kroonpolder.nl>",
     "body": "Geacht secretariaat,\n\nMet dank voor uw bericht bevestig ik graag mijn aanmelding voor het netwerk. "
             "Onze werkorganisatie is per 1 januari van start gegaan en ik verwacht veel te kunnen leren van "
             "collega's die deze weg al eerder zijn gegaan.\n\nHoogachtend,\n\nmr. C.A.M. (Carla) Vermeulen\n"
             "gemeentesecretaris / algemeen directeur\nWerkorganisatie Kroonpolder\n0573 - 28 90 00"},
    {"id": "d42-confirm-17", "kind": "confirm", "thread": C, "quoted": BA, "quote": "apple",
     "sender": "Maaike Dros <m.dros@dedriemolens.nl>",
     "body": "Ik bevestig. Groeten uit een zonnig Terschelling; ik heb vakantie, maar dit wilde ik niet laten "
             "liggen." + IPHONE},
    {"id": "d42-confirm-18", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Wietske Dijkstra <w.dijkstra@harnzijl-waldmar.nl>",
     "body": "Ja, dat is goed.\n\nMei freonlike groetnis,\n\nWietske Dijkstra\nDirekteur Gemeenten Harnzijl en "
             "Wâldmar"},
    {"id": "d42-confirm-19", "kind": "confirm", "thread": C, "quoted": BA, "quote": "gmail",
     "sender": "Jef Vaessen <j.vaessen@werkorganisatie-geulstreek.nl>",
     "body": "Jao, dat is in orde. Bevestigd.\n\nHaije groete,\nJef Vaessen\nalgemeen directeur Werkorganisatie "
             "Geulstreek"},
    {"id": "d42-confirm-20", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-lijn",
     "sender": "Noor el Amrani <n.elamrani@servicecentrum-rivierenzoom.nl>",
     "body": "Graag! Ik had me opgegeven na het gesprek met Melanie tijdens het congres van de "
             "gemeentesecretarissen in Ede."},
    {"id": "d42-confirm-21", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-lijn",
     "sender": "T. Akkerman <t.akkerman@dvl-werkt.nl>",
     "body": "ok"},
    {"id": "d42-confirm-22", "kind": "confirm", "thread": C, "quoted": BA, "quote": "ongemarkeerd",
     "sender": "Sjoerd Wiersma <s.wiersma@harnzijl-waldmar.nl>",
     "body": "Ja, klopt, dat ben ik. Fijn dat jullie het zo zorgvuldig controleren."},
    {"id": "d42-confirm-23", "kind": "confirm", "thread": C, "quoted": BA, "quote": "groupwise",
     "sender": "HARM TEN BRINK <h.tenbrink@bwo-veenstreek.nl>",
     "body": "JA BEVESTIGD\n\nH. TEN BRINK"},
    {"id": "d42-confirm-24", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-en",
     "sender": "Yvonne Claassen <y.claassen@werkorganisatie-duinenpolder.nl>",
     "body": "Ja hoor, count me in. Thanks!"},
    {"id": "d42-confirm-25", "kind": "confirm", "thread": C, "quoted": HA, "quote": "outlook-nl",
     "sender": "Mark Huisman <m.huisman@drieklaver.nl>",
     "body": "bevestigd, tnx\n\n--\nVerzonden vanaf mobiel, excuses voor de beknoptheid"},
    {"id": "d42-confirm-26", "kind": "confirm", "thread": None, "quoted": BA, "quote": "outlook-nl",
     "sender": "Sander Meulenbelt <s.meulenbelt@heuvelrand-zuid.nl>",
     "body": "Bevestig ik graag.\n\nGroet,\nSander Meulenbelt"},
    {"id": "d42-confirm-27", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Hanneke Bos <h.bos@servicepunt-oostgaard.nl>",
     "body": "Ik bevestig mijn aanmelding. Ik kijk vooral uit naar de gesprekken over dienstverlening, daar "
             "worstelen wij hier ook mee sinds de fusie.\n\nGroet,\nHanneke Bos" + GREEN},
    {"id": "d42-confirm-28", "kind": "confirm", "thread": C, "quoted": BA, "quote": "notes",
     "sender": "Pieter-Jan Looman <pj.looman@werkorganisatie-rijnwaard.nl>",
     "body": "Top, doe ik. Bij deze!"},
    {"id": "d42-confirm-29", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Maarten Ebbers <m.ebbers@lingeveld.nl>",
     "body": "Beste Stan en Melanie,\n\nWat een keurige procedure. Bij dezen bevestig ik, en complimenten voor "
             "het initiatief.\n\nGroet,\nMaarten Ebbers\nconcerndirecteur"},
    {"id": "d42-confirm-30", "kind": "confirm", "thread": None, "subject": "Bevestiging aanmelding " + REF,
     "sender": "Jolanda Brinkman <j.brinkman@ambtelijkeorganisatie-wolden.nl>",
     "body": "Goedemiddag,\n\nHierbij bevestig ik mijn aanmelding met referentie AF-7K3Q9-XM2PA-4RTZ8.\n\n"
             "Met vriendelijke groet,\nJolanda Brinkman"},
    {"id": "d42-confirm-31", "kind": "confirm", "thread": C, "quoted": HA, "quote": "gmail",
     "sender": "Rob Dekkers <rob.dekkers@geulstreek.nl>",
     "body": "Yes please"},
    {"id": "d42-confirm-32", "kind": "confirm", "thread": C, "quoted": HA, "quote": "outlook-lijn",
     "sender": "Evelien Knol <e.knol@kroonpolder.nl>",
     "body": "Natuurlijk wil ik erbij horen. Dank voor de herinnering: de eerste mail was in mijn spammap "
             "beland.\n\nEvelien Knol" + ANDROID},
    {"id": "d42-confirm-33", "kind": "confirm", "thread": C, "quoted": BA, "quote": "groupwise",
     "sender": "Gijs van Ommeren <g.vanommeren@werkorganisatie-zandveen.nl>",
     "body": "Hartelijk dank voor de snelle reactie op mijn aanmelding, die bevestig ik hierbij van harte."},
    {"id": "d42-confirm-34", "kind": "confirm", "thread": C, "subject": "Antw: Bevestig uw aanmelding " + REF,
     "quoted": BA, "quote": "notes-wrote",
     "sender": "Marloes Hendrix <m.hendrix@dedriemolens.nl>",
     "body": "Dat was ik inderdaad. Akkoord."},
    {"id": "d42-confirm-35", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-en",
     "sender": "Kees Lammers <k.lammers@dvl-werkt.nl>",
     "body": "Bevestigd. Goede feestdagen alvast!\n\nKees"},

    # -- unsubscribe: plain denials in answer to our request, and plain leaves -------------------------------
    {"id": "d42-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": BA,
     "quote": "outlook-nl", "sender": "Ria Scholten <r.scholten@lingeveld.nl>",
     "body": "Ik heb mij hier niet voor opgegeven."},
    {"id": "d42-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": BA,
     "quote": "gmail", "sender": "Joost Veldhuis <joost.veldhuis@heuvelrand-zuid.nl>",
     "body": "Niet door mij aangevraagd, graag niet inschrijven."},
    {"id": "d42-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": BA,
     "quote": "notes", "sender": "Linda Grootveld <l.grootveld@servicepunt-oostgaard.nl>",
     "body": "Dit berust op een vergissing. Ik ben geen directeur en heb me nergens voor aangemeld. Verder geen "
             "berichten meer graag."},
    {"id": "d42-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": BA,
     "quote": "outlook-lijn", "sender": "Erik Zandstra <e.zandstra@drieklaver.nl>",
     "body": "Nee, dank u. Geen belangstelling.\n\nE. Zandstra"},
    {"id": "d42-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": BA,
     "quote": "outlook-en", "sender": "Nadia Bouzian <n.bouzian@werkorganisatie-rijnwaard.nl>",
     "body": "I did not sign up for this. Please do not add me to any list."},
    {"id": "d42-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": C, "quoted": BA,
     "quote": "apple", "sender": "Wim Hoogers <w.hoogers@geulstreek.nl>",
     "body": "Ik wil dit niet. Verwijder al mijn gegevens, conform de AVG." + IPHONE},
    {"id": "d42-unsubscribe-07", "kind": "unsubscribe", "erase": True, "thread": C, "quoted": BA,
     "quote": "groupwise", "sender": "A. Wijnbergen <a.wijnbergen@bwo-veenstreek.nl>",
     "body": "Niet aangemeld en ook niet van plan. Gelieve mijn naam en e-mailadres per omgaande uit al uw "
             "bestanden te wissen (artikel 17 AVG).\n\nA. Wijnbergen"},
    {"id": "d42-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": HA,
     "quote": "gmail", "sender": "Dirk Jan Veenstra <dj.veenstra@harnzijl-waldmar.nl>",
     "body": "nee"},
    {"id": "d42-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": HA,
     "quote": "outlook-nl", "sender": "Monique Tijhuis <m.tijhuis@kroonpolder.nl>",
     "body": "Ik heb me bedacht; laat u de aanmelding maar vervallen.\n\nMet vriendelijke groet,\nMonique Tijhuis"},
    {"id": "d42-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": C,
     "subject": "RE: Bevestig uw aanmelding " + REF, "sender": "Arjen Pols <a.pols@dedriemolens.nl>",
     "body": "> Wilt u uw aanmelding bevestigen?\n\nNee. Dit heb ik niet aangevraagd.\n\n> Hebt u zich niet "
             "aangemeld? Dan kunt u deze e-mail negeren\n\nIk reageer toch maar, dan is het duidelijk."},
    {"id": "d42-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": BA,
     "quote": "ongemarkeerd", "sender": "Sylvia Oude Egberink <s.oudeegberink@werkorganisatie-zandveen.nl>",
     "body": "Onbekend, niet aangemeld. Hoef ik niet."},
    {"id": "d42-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Afmelden",
     "sender": "Hans Luttikhuis <h.luttikhuis@werkorganisatie-heuvelrand.nl>",
     "body": "Beste secretariaat,\n\nGraag meld ik mij af voor het netwerk: per 1 februari ga ik met pensioen. "
             "Dank voor de mooie ateliers van de afgelopen jaren!\n\nHans Luttikhuis"},
    {"id": "d42-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "verzendlijst", "sender": "Corine Baas <c.baas@lingeveld.nl>",
     "body": "Ik vertrek eind deze maand bij de werkorganisatie en stop daarom met het netwerk. Haal mij maar van "
             "de verzendlijst.\n\nCorine" + ANDROID},
    {"id": "d42-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "unsubscribe",
     "sender": "Tom Hagenaars <t.hagenaars@geulstreek.nl>",
     "body": "Please remove me from your mailing list.\n\nRegards,\nTom Hagenaars"},
    {"id": "d42-unsubscribe-15", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Opzegging lidmaatschap en verzoek tot verwijdering",
     "sender": "mr. B.W. Kuiper <b.kuiper@servicecentrum-rivierenzoom.nl>",
     "body": "Geacht secretariaat,\n\nHierbij zeg ik mijn lidmaatschap van het netwerk op. Tevens verzoek ik u "
             "op grond van de AVG alle persoonsgegevens die u van mij verwerkt te wissen.\n\nHoogachtend,\n\n"
             "mr. B.W. Kuiper"},
    {"id": "d42-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap",
     "sender": "Rene Wolters <r.wolters@werkorganisatie-zandveen.nl>",
     "body": "Goedemiddag,\n\nPer 1 maart neemt Ingrid Mulderij de directie van mij over; zij is bereikbaar op "
             "i.mulderij@werkorganisatie-zandveen.nl. Zij volgt mij ook op in het netwerk, mij mag u "
             "afmelden.\n\nGroet,\nRené Wolters"},
    {"id": "d42-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Paul Gerritsen <p.gerritsen@dvl-werkt.nl>",
     "body": "Toch maar niet, ik heb er de tijd niet voor. Graag weer afmelden.\n\nPaul"},
    {"id": "d42-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "gmail", "sender": "Femke de Boer <femke.deboer@harnzijl-waldmar.nl>",
     "body": "afmelden"},
    {"id": "d42-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Stoppen met netwerk", "sender": "Ad van Gils <a.vangils@bwo-veenstreek.nl>",
     "body": "Hallo,\n\nik stop ermee, de agenda zit te vol. Wil je mij uitschrijven?\n\nAd"},

    # -- subscribe: plain sign-ups ---------------------------------------------------------------------------
    {"id": "d42-subscribe-01", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
     "sender": "Rianne Scholtens <r.scholtens@werkorganisatie-duinenpolder.nl>",
     "body": "Graag meld ik mij aan voor het netwerk.\n\nNaam: Rianne Scholtens\nFunctie: algemeen directeur\n"
             "Organisatie: Werkorganisatie Duin en Polder"},
    {"id": "d42-subscribe-02", "kind": "subscribe", "thread": None, "subject": "Lidmaatschap netwerk",
     "sender": "Joris Lubbers <j.lubbers@hoogeveld-staphorstnoord.nl>",
     "body": "Beste mensen,\n\nEen collega uit de regio wees mij op jullie netwerk. Sinds oktober ben ik directeur "
             "van de ambtelijke organisatie van Hoogeveld en Staphorst-Noord en ik word graag lid.\n\n"
             "Met vriendelijke groet,\nJoris Lubbers"},
    {"id": "d42-subscribe-03", "kind": "subscribe", "thread": None, "subject": "Joining the network",
     "sender": "Sarah Mulder <s.mulder@rivierenzoom.nl>",
     "body": "Hello,\n\nI'd like to join the network of directors. I am the managing director of the shared "
             "civil-service organisation of Rivierenzoom and Maasakker.\n\nKind regards,\nSarah Mulder"},
    {"id": "d42-subscribe-04", "kind": "subscribe", "thread": None, "subject": "aanmelding",
     "sender": "jan-willem de groot <jw.degroot@lingestroom.nl>",
     "body": "aanmelding netwerk: jan-willem de groot, directeur werkorganisatie de lingestroom"},
    {"id": "d42-subscribe-05", "kind": "subscribe", "thread": None, "subject": "Zet mij op de lijst",
     "sender": "Bert Koster <b.koster@bwo-veenstreek.nl>",
     "body": "Zet mij maar op de ledenlijst.\n\nB. Koster\nDirecteur BWO Veenstreek\n06 - 22 91 40 73"},
    {"id": "d42-subscribe-06", "kind": "subscribe", "thread": None, "subject": "Deelname ateliers",
     "sender": "Marjolein Visscher <m.visscher@servicepunt-oostgaard.nl>",
     "body": "Goedemorgen,\n\nIk zou graag deelnemen aan de leer- en inspireer-ateliers en meld mij daarom hierbij "
             "aan als lid van het netwerk.\n\nMarjolein Visscher\ndirecteur Servicepunt Oostgaard"},
    {"id": "d42-subscribe-07", "kind": "subscribe", "thread": None, "subject": "Opnieuw lid",
     "sender": "Victor Peeters <v.peeters@werkorganisatie-geulstreek.nl>",
     "body": "Vorig jaar heb ik mij afgemeld toen ik bij de provincie ging werken. Nu ik weer directeur ben, bij "
             "Werkorganisatie Geulstreek, wil ik graag opnieuw lid worden.\n\nGroete,\nVictor Peeters"},
    {"id": "d42-subscribe-08", "kind": "subscribe", "thread": None, "subject": "Uitnodigingen",
     "sender": "Dorien Kok <d.kok@kroonpolder.nl>",
     "body": "Ik ontvang voortaan ook graag de uitnodigingen en meld mij hierbij aan als lid.\n\nDorien Kok" + ANDROID},
    {"id": "d42-subscribe-09", "kind": "subscribe", "thread": None, "subject": "Aanmelding na brochure",
     "sender": "Ahmet Yilmaz <a.yilmaz@servicecentrum-rivierenzoom.nl>",
     "body": "Naar aanleiding van de brochure die ik in Utrecht meekreeg, meld ik mij aan voor het netwerk.\n\n"
             "A. Yilmaz, directeur Servicecentrum Rivierenzoom"},
    {"id": "d42-subscribe-10", "kind": "subscribe", "thread": None, "subject": "Inschrijving",
     "sender": "Ellen Rademaker <e.rademaker@heuvelrand-zuid.nl>",
     "body": "Geacht secretariaat,\n\nHierbij schrijf ik mij in als lid van het Netwerk van directeuren van "
             "ambtelijke fusieorganisaties.\n\nNaam: E.M. Rademaker\nFunctie: algemeen directeur\nOrganisatie: "
             "Werkorganisatie Heuvelrand-Zuid\nE-mail: e.rademaker@heuvelrand-zuid.nl\n\nHoogachtend,\n"
             "E.M. Rademaker" + DISCLAIMER},
    {"id": "d42-subscribe-11", "kind": "subscribe", "thread": None, "subject": "join",
     "sender": "Thijs Reinders <t.reinders@dedriemolens.nl>",
     "body": "Hoi, wil graag joinen. Ben per 1/3 directeur van De Drie Molens. Grt Thijs"},
    {"id": "d42-subscribe-12", "kind": "subscribe", "thread": None, "subject": "Aanmelden netwerk directeuren",
     "sender": "Greetje Bakker <g.bakker@harnzijl-waldmar.nl>",
     "body": "Goeie,\n\nIk wol my graach oanmelde. / Ik wil me graag aanmelden.\n\nMei freonlike groetnis,\n"
             "Greetje Bakker\ndirekteur Harnzijl en Wâldmar"},
    {"id": "d42-subscribe-13", "kind": "subscribe", "thread": None, "subject": "Graag lid",
     "sender": "Stefan Wouters <s.wouters@werkorganisatie-rijnwaard.nl>",
     "body": "Dag secretariaat, ik hoor graag bij het netwerk en meld me bij deze aan. Stefan Wouters, "
             "gemeentesecretaris en directeur Werkorganisatie Rijnwaard." + IPHONE},

    # -- autoreply to our confirmation request -----------------------------------------------------------------
    {"id": "d42-autoreply-01", "kind": "autoreply", "thread": C,
     "subject": "Automatisch antwoord: Bevestig uw aanmelding " + REF,
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "sender": "Lieke Jansen <l.jansen@dvl-werkt.nl>",
     "body": "Ik ben afwezig tot en met maandag 4 januari en heb beperkt toegang tot mijn e-mail. Voor dringende "
             "zaken kunt u contact opnemen met het directiesecretariaat, 0318 - 44 20 00."},
    {"id": "d42-autoreply-02", "kind": "autoreply", "thread": C,
     "subject": "Out of Office: Bevestig uw aanmelding " + REF,
     "sender": "Rob Jacobs <r.jacobs@werkorganisatie-duinenpolder.nl>",
     "body": "Thank you for your message. I am out of the office until 11 January with no access to e-mail. "
             "Your mail will not be forwarded.\n\nBedankt voor uw bericht. Ik ben tot 11 januari afwezig."},
    {"id": "d42-autoreply-03", "kind": "autoreply", "thread": C,
     "subject": "Ontvangstbevestiging [KCC-2026-118734] Bevestig uw aanmelding " + REF,
     "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
     "sender": "Klantcontactcentrum Kroonpolder <noreply@kroonpolder.nl>",
     "body": "Geachte heer/mevrouw,\n\nUw bericht is in goede orde ontvangen en geregistreerd onder nummer "
             "KCC-2026-118734. Wij streven ernaar uw vraag binnen vijf werkdagen te beantwoorden.\n\nDit is een "
             "automatisch gegenereerd bericht; u kunt hierop niet reageren."},
    {"id": "d42-autoreply-04", "kind": "autoreply", "thread": C,
     "subject": "Automatisch antwoord: Herinnering: bevestig uw aanmelding " + REF,
     "headers": {"Auto-Submitted": "auto-replied"},
     "sender": "Martin Dekker <m.dekker@lingeveld.nl>",
     "body": "Dit e-mailadres is na de fusie per 1 januari niet meer in gebruik. Uw bericht wordt niet "
             "doorgestuurd. Mail voortaan naar info@lingestroom.nl."},

    # -- other: a yes with a question or a condition -----------------------------------------------------------
    {"id": "d42-other-01", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Johan Kramer <j.kramer@walcheren-oost.nl>",
     "body": "Ja, bevestigd. Een vraag nog: zijn de ateliers ook online te volgen? Vanuit Zeeland is Utrecht een "
             "flinke reis.\n\nJohan Kramer"},
    {"id": "d42-other-02", "kind": "other", "thread": C, "quoted": BA, "quote": "gmail",
     "sender": "Mirjam Hazelaar <m.hazelaar@drieklaver.nl>",
     "body": "Bevestigd hoor. Is er ergens een ledenlijst in te zien, zodat ik weet welke collega's al "
             "meedoen?"},
    {"id": "d42-other-03", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-lijn",
     "sender": "Frits Wagenaar <f.wagenaar@servicepunt-oostgaard.nl>",
     "body": "Ik bevestig, mits mijn gegevens niet met derden worden gedeeld. Kunt u mij dat schriftelijk "
             "toezeggen?\n\nF. Wagenaar"},
    {"id": "d42-other-04", "kind": "other", "thread": C, "quoted": BA, "quote": "apple",
     "sender": "Hester Blom <h.blom@heuvelrand-zuid.nl>",
     "body": "Ja, maar alleen zolang het kosteloos blijft. Komt er een contributie, dan haak ik af en hoor ik dat "
             "graag vooraf." + IPHONE},
    {"id": "d42-other-05", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Bart Schepers <b.schepers@werkorganisatie-rijnwaard.nl>",
     "body": "Ja graag. Kan mijn plaatsvervangend directeur ook lid worden, of is het netwerk echt alleen voor "
             "de eerste man of vrouw?"},
    {"id": "d42-other-06", "kind": "other", "thread": C, "quoted": BA, "quote": "notes",
     "sender": "Ingeborg Zwart <i.zwart@gr-noordkwartier.nl>",
     "body": "Ik bevestig graag, al twijfel ik of ik wel in de doelgroep pas: wij zijn een gemeenschappelijke "
             "regeling voor bedrijfsvoering, geen ambtelijke fusie in strikte zin. Is dat een bezwaar?"},
    {"id": "d42-other-07", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-en",
     "sender": "Laura Kessels <l.kessels@geulstreek.nl>",
     "body": "Happy to confirm, but are the ateliers in Dutch only? I'd like to bring our Belgian deputy "
             "sometime."},
    {"id": "d42-other-08", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Gerben Postma <g.postma@harnzijl-waldmar.nl>",
     "body": "Ja, bevestigd, maar stuur mij de uitnodigingen pas vanaf april: tot die tijd heb ik sabbatical en "
             "lees ik geen mail."},
    {"id": "d42-other-09", "kind": "other", "thread": C, "quoted": HA, "quote": "gmail",
     "sender": "Lisette Aalbers <l.aalbers@dedriemolens.nl>",
     "body": "Ja hoor, dat wil ik wel. Maar wat houdt het lidmaatschap eigenlijk in qua tijd? Hoeveel "
             "bijeenkomsten per jaar moet ik rekenen?"},
    {"id": "d42-other-10", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-lijn",
     "sender": "Edwin Hoekman <e.hoekman@bwo-veenstreek.nl>",
     "body": "Is goed, maar welke aanmelding bedoelt u precies? Ik had me in het voorjaar al opgegeven en dacht "
             "dat ik allang lid was."},

    # -- other: a denial with a question --------------------------------------------------------------------------
    {"id": "d42-other-11", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Marianne Vos-Dekker <m.vosdekker@kroonpolder.nl>",
     "body": "Hoe komen jullie eigenlijk aan mijn e-mailadres? Ik heb niets aangevraagd."},
    {"id": "d42-other-12", "kind": "other", "thread": C, "quoted": BA, "quote": "groupwise",
     "sender": "Theo Brugman <t.brugman@werkorganisatie-zandveen.nl>",
     "body": "Dit heb ik niet gedaan. Van wie kwam deze aanmelding? Het secretariaatsadres dat u noemt ken ik "
             "niet eens.\n\nT. Brugman"},
    {"id": "d42-other-13", "kind": "other", "thread": C, "quoted": BA, "quote": "apple",
     "sender": "Nicole Ramaker <n.ramaker@lingeveld.nl>",
     "body": "Geen idee waar dit vandaan komt. Kunt u mij laten weten welke gegevens u van mij heeft en van wie u "
             "die gekregen heeft?"},
    {"id": "d42-other-14", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-en",
     "sender": "Peter Vink <p.vink@rivierenzoom.nl>",
     "body": "I never registered for this. Who gave you my address?"},
    {"id": "d42-other-15", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Anja Holtkamp <a.holtkamp@heuvelrand-zuid.nl>",
     "body": "Ik heb mij niet zelf aangemeld. Kan het zijn dat mijn voorganger dit nog geregeld heeft voor zijn "
             "vertrek? Moet ik nu iets doen?"},
    {"id": "d42-other-16", "kind": "other", "thread": C, "quoted": HA, "quote": "notes-wrote",
     "sender": "Gert-Jan Timmer <gj.timmer@dvl-werkt.nl>",
     "body": "Nu krijg ik al voor de tweede keer zo'n mail. Ik heb me nergens voor aangemeld; wie zit hierachter?"},

    # -- other: yes from an assistant or a shared mailbox ---------------------------------------------------------
    {"id": "d42-other-17", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Secretariaat Directie <secretariaat.directie@werkorganisatie-zandveen.nl>",
     "body": "Goedemiddag,\n\nNamens de heer Oosterveld bevestig ik hierbij zijn aanmelding.\n\nMet vriendelijke "
             "groet,\n\nAnja Lubbers\nmanagementassistent directie"},
    {"id": "d42-other-18", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-lijn",
     "sender": "Directiesecretariaat <directie@heuvelrand-zuid.nl>",
     "body": "Bevestigd namens Ellen Rademaker, algemeen directeur. Wilt u de uitnodigingen ook in cc naar dit "
             "adres sturen?\n\nTeam directieondersteuning"},
    {"id": "d42-other-19", "kind": "other", "thread": C, "quoted": BA, "quote": "gmail",
     "sender": "Fleur Wesselink <f.wesselink@dedriemolens.nl>",
     "body": "Dag, ik beheer de mailbox van mevrouw De Wit tijdens haar verlof. Ik ga ervan uit dat zij dit wil, "
             "dus bij deze bevestigd.\n\nGroet, Fleur (secretariaat)"},
    {"id": "d42-other-20", "kind": "other", "thread": C, "quoted": BA, "quote": "groupwise",
     "sender": "Postbus Directie <postbus.directie@bwo-veenstreek.nl>",
     "body": "ja, akkoord\n\nnamens de directie,\nteam bestuursondersteuning"},
    {"id": "d42-other-21", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-en",
     "sender": "Sophie Lambrechts <s.lambrechts@rivierenzoom.nl>",
     "body": "Dear secretariat,\n\nOn behalf of Mr Ruben Kaya I confirm his registration.\n\nKind regards,\n"
             "Sophie Lambrechts\nExecutive Assistant to the Director"},
    {"id": "d42-other-22", "kind": "other", "thread": C, "quoted": HA, "quote": "doorgestuurd",
     "sender": "Secretariaat Directie <secretariaat@gemeente.nl>",
     "body": "Ik heb dit even met Dirk afgestemd: hij wil graag lid worden, dus hierbij bevestig ik dat namens "
             "hem.\n\nGroet, Anja"},

    # -- other: a yes for a different address ----------------------------------------------------------------
    {"id": "d42-other-23", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Jeroen van der Zee <jeroen.vanderzee@ziggo.nl>",
     "body": "Ja, ik word graag lid, maar dan op mijn werkadres j.vanderzee@werkorganisatie-kroonpolder.nl en "
             "niet op dit privéadres."},
    {"id": "d42-other-24", "kind": "other", "thread": C, "quoted": BA, "quote": "apple",
     "sender": "Hanna Smeets <h.smeets@oostgaard-lemmerveen.nl>",
     "body": "Bevestigd. Let wel: dit adres vervalt eind deze maand, mijn nieuwe wordt "
             "h.smeets@servicepunt-oostgaard.nl." + IPHONE},
    {"id": "d42-other-25", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-lijn",
     "sender": "Marieke de Vries <marieke.devries@bbr.nl>",
     "body": "U schrijft m.devries@bbr.nl aan, maar dat adres gebruik ik niet meer. Ik bevestig graag de "
             "aanmelding voor marieke.devries@bbr.nl, het adres waarvandaan ik nu schrijf."},
    {"id": "d42-other-26", "kind": "other", "thread": C, "quoted": BA, "quote": "gmail",
     "sender": "Paula Kuipers <paulakuipers67@gmail.com>",
     "body": "Ik reageer even vanaf mijn privéaccount omdat mijn werkmail haperde, maar hierbij bevestig ik de "
             "aanmelding voor p.kuipers@lingeveld.nl."},

    # -- other: own address, name and function changes ------------------------------------------------------------
    {"id": "d42-other-27", "kind": "other", "thread": None, "subject": "Adreswijziging",
     "sender": "Rik Hofstede <r.hofstede@drieklaver.nl>",
     "body": "Goedemorgen,\n\nMet ingang van 1 januari is mijn e-mailadres gewijzigd in "
             "r.hofstede@drieklaverwerkt.nl. Wilt u dit in uw bestand aanpassen?\n\nMet vriendelijke groet,\n"
             "Rik Hofstede"},
    {"id": "d42-other-28", "kind": "other", "thread": None, "subject": "nieuw mailadres",
     "sender": "Annet Boersma <a.boersma@ambtelijkeorganisatie-wolden.nl>",
     "body": "mijn nieuwe adres is a.boersma@wolden-ees.nl, het oude wordt na de fusie opgeheven. gr annet"},
    {"id": "d42-other-29", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Cor Verbruggen <c.verbruggen@geulstreek.nl>",
     "body": "Dank voor het warme welkom. Zou u de berichten voortaan naar c.verbruggen@werkorganisatie-"
             "geulstreek.nl willen sturen? Dit adres loopt per 1 maart af."},
    {"id": "d42-other-30", "kind": "other", "thread": None, "subject": "Change of e-mail address",
     "sender": "Dennis Otten <d.otten@rivierenzoom.nl>",
     "body": "Please note my new e-mail address as of next week: dennis.otten@servicecentrum-rivierenzoom.nl. "
             "The old one will bounce after 1 February.\n\nThanks,\nDennis"},
    {"id": "d42-other-31", "kind": "other", "thread": None, "subject": "Nieuw domein na fusie",
     "sender": "Tineke Akkerman <t.akkerman@dvl-werkt.nl>",
     "body": "Beste secretariaat,\n\nOnze werkorganisatie krijgt een nieuw domein: alle adressen eindigen vanaf "
             "maandag op @samenwerkingsorganisatie-dvl.nl. Het mijne wordt dus "
             "t.akkerman@samenwerkingsorganisatie-dvl.nl.\n\nGroet,\nTineke Akkerman" + GREEN},
    {"id": "d42-other-32", "kind": "other", "thread": None, "subject": "Wijziging achternaam",
     "sender": "Saskia van Rijn-Bakker <s.vanrijn@kroonpolder.nl>",
     "body": "Sinds mijn huwelijk heet ik Van Rijn-Bakker in plaats van Bakker; mijn mailadres is daarom ook "
             "gewijzigd. Wilt u mijn naam en adres in uw bestand aanpassen?\n\nSaskia van Rijn-Bakker"},
    {"id": "d42-other-33", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Ja, bevestigd. Kleine correctie: mijn naam is Marieke de Vries-Olcer, zonder trema's, zo staat hij "
             "ook in ons personeelssysteem."},
    {"id": "d42-other-34", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "sender": "Wendy Dijk <w.dijk@werkorganisatie-duinenpolder.nl>",
     "body": "Fijn, dank! Wel een verzoek: mijn achternaam is gewoon Dijk, niet Van Dijk. Zou u dat in de aanhef "
             "willen aanpassen?"},
    {"id": "d42-other-35", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-en",
     "sender": "Anneke Vos <a.vos@lingeveld.nl>",
     "body": "Thanks for the welcome. Small correction for your records: it's Dr Anneke Vos, and my title is "
             "Director of Operations, not Director."},
    {"id": "d42-other-36", "kind": "other", "thread": None, "subject": "Functiewijziging",
     "sender": "Bram Terpstra <b.terpstra@harnzijl-waldmar.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 maart ben ik geen concerndirecteur meer maar algemeen directeur en "
             "gemeentesecretaris. Wilt u mijn functie in de ledenlijst aanpassen?\n\nHoogachtend,\nB. Terpstra"},
    {"id": "d42-other-37", "kind": "other", "thread": None, "subject": "Nieuwe functie, zelfde organisatie",
     "sender": "Ivo Reijnders <i.reijnders@werkorganisatie-heuvelrand.nl>",
     "body": "Ik ben sinds kort directeur bedrijfsvoering in plaats van algemeen directeur, bij dezelfde "
             "werkorganisatie. Mag ik in die rol lid blijven?"},
    {"id": "d42-other-38", "kind": "other", "thread": None, "subject": "Naamswijziging organisatie",
     "sender": "Jan-Willem de Groot <jw.degroot@lingeveld.nl>",
     "body": "Ter info: onze organisatie heet per 1 januari Werkorganisatie De Lingestroom (voorheen BWO "
             "Lingeveld). Mijn functie blijft gelijk, mijn adres wordt jw.degroot@lingestroom.nl."},
    {"id": "d42-other-39", "kind": "other", "thread": None, "subject": "waarnemend",
     "sender": "Kim Lagerweij <k.lagerweij@dedriemolens.nl>",
     "body": "Ben sinds deze week waarnemend directeur i.p.v. loco. Verandert er daardoor iets aan mijn "
             "lidmaatschap? Zo ja, laat maar weten.\n\nKim" + ANDROID},
    {"id": "d42-other-40", "kind": "other", "thread": None, "subject": "Telefoonnummer gewijzigd",
     "sender": "Roel Geerts <r.geerts@werkorganisatie-rijnwaard.nl>",
     "body": "Voor het geval u dat bijhoudt: mijn mobiele nummer is gewijzigd in 06 - 18 33 72 90.\n\nRoel Geerts"},

    # -- other: what data do you hold ------------------------------------------------------------------------------
    {"id": "d42-other-41", "kind": "other", "thread": None, "subject": "Inzageverzoek AVG",
     "sender": "mr. drs. L.P. Hoogland <l.hoogland@servicecentrum-rivierenzoom.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 15 AVG verzoek ik u om inzage in de persoonsgegevens "
             "die u van mij verwerkt, de doeleinden van die verwerking en de bewaartermijn.\n\nHoogachtend,\n\n"
             "mr. drs. L.P. Hoogland" + DISCLAIMER},
    {"id": "d42-other-42", "kind": "other", "thread": None, "subject": "mijn gegevens",
     "sender": "Sven Evers <s.evers@geulstreek.nl>",
     "body": "Welke gegevens hebben jullie eigenlijk van mij? Alleen mijn mailadres, of ook mijn telefoon en "
             "functie?"},
    {"id": "d42-other-43", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-lijn",
     "sender": "Hilde Wolthuis <h.wolthuis@kroonpolder.nl>",
     "body": "Dank voor het welkom. Worden mijn gegevens ook door SeinstravandeLaar gebruikt voor andere zaken, "
             "bijvoorbeeld hun eigen nieuwsbrief?"},
    {"id": "d42-other-44", "kind": "other", "thread": None, "subject": "Personal data",
     "sender": "Michiel Aarts <m.aarts@werkorganisatie-duinenpolder.nl>",
     "body": "Hi, could you send me an overview of the personal data you hold on me? Just curious, no "
             "complaint.\n\nMichiel"},
    {"id": "d42-other-45", "kind": "other", "thread": W, "quoted": "welkom", "quote": "apple",
     "sender": "Astrid Jongejan <a.jongejan@servicepunt-oostgaard.nl>",
     "body": "Leuk! Hoe lang bewaren jullie mijn gegevens als ik later opzeg?" + IPHONE},
    {"id": "d42-other-46", "kind": "other", "thread": None, "subject": "Dubbele mails",
     "sender": "Leon Vermaat <l.vermaat@drieklaver.nl>",
     "body": "Staat mijn oude adres l.vermaat@drieklaver-oud.nl ook nog bij jullie? Ik krijg alles dubbel "
             "binnen."},

    # -- other: doubts about the request itself ---------------------------------------------------------------------
    {"id": "d42-other-47", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Olga Dijkhuizen <o.dijkhuizen@heuvelrand-zuid.nl>",
     "body": "Volgens mij ben ik al jaren lid; ik krijg de uitnodigingen in ieder geval al een tijd. Moet ik nu "
             "echt opnieuw bevestigen?"},
    {"id": "d42-other-48", "kind": "other", "thread": None, "subject": "RE: Bevestig uw aanmelding " + REF,
     "sender": "Ronald Bosch <r.bosch@bwo-veenstreek.nl>",
     "body": "Ik zag uw mail pas nu, na 13 december. Is de referentie nog geldig of moet ik me opnieuw "
             "aanmelden?"},
    {"id": "d42-other-49", "kind": "other", "thread": C, "quoted": BA, "quote": "notes",
     "sender": "Yasmina Haddou <y.haddou@walcheren-oost.nl>",
     "body": "Ik bevestig. Wilt u ook mijn collega Erik Slot aanmelden? Hij is directeur sociaal domein: "
             "e.slot@walcheren-oost.nl."},
    {"id": "d42-other-50", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-lijn",
     "sender": "Koen Hermans <k.hermans@geulstreek.nl>",
     "body": "Niet door mij aangemeld, maar als het om het directeurennetwerk gaat, is mijn collega Lidwien "
             "Beckers de juiste persoon. Zal ik haar adres doorgeven?"},
    {"id": "d42-other-51", "kind": "other", "thread": C, "quoted": BA, "quote": "gmail",
     "sender": "Teun Willems <t.willems@dedriemolens.nl>",
     "body": "Klopt dit wel? Ik ben teamleider, geen directeur. Mag ik dan wel lid worden?"},
    {"id": "d42-other-52", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Bernadette Lamers <b.lamers@kroonpolder.nl>",
     "body": "Dank voor de bevestiging. Zijn mijn gegevens nu ook echt weg, of bewaart u mijn adres nog ergens?"},
    {"id": "d42-other-53", "kind": "other", "thread": C, "quoted": BA, "quote": "apple",
     "sender": "Hugo Snijders <h.snijders@werkorganisatie-rijnwaard.nl>",
     "body": "Ja! En zet u mijn secretaresse Ria Pot in de cc van alle uitnodigingen? r.pot@werkorganisatie-"
             "rijnwaard.nl" + IPHONE},
    {"id": "d42-other-54", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Frank Dirksen <f.dirksen@lingeveld.nl>",
     "body": "Bevestigd, al moet ik er wel bij zeggen dat ik mijn functie per 1 april neerleg. Wat is dan "
             "handig: nu wel lid worden of wachten op mijn opvolger?"},
    # -- a few more answers to the confirmation request ---------------------------------------------------------
    {"id": "d42-confirm-36", "kind": "confirm", "thread": C, "quoted": HA, "quote": "groupwise",
     "sender": "Ans Meijering <a.meijering@ambtelijkeorganisatie-wolden.nl>",
     "body": "Jazeker. Mijn collega had al gezegd dat deze mail zou komen, en ik was hem vergeten. Excuus!"},
    {"id": "d42-confirm-37", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "subject": "AW: Bevestig uw aanmelding " + REF,
     "sender": "Erwin Kloosterman <e.kloosterman@werkorganisatie-heuvelrand.nl>",
     "body": "Bij deze! Gr Erwin\n\nGet Outlook for iOS"},
    {"id": "d42-confirm-38", "kind": "confirm", "thread": C, "quoted": BA, "quote": "notes-wrote",
     "sender": "Gonda Wessels <g.wessels@servicecentrum-rivierenzoom.nl>",
     "body": "Beste Melanie,\n\nIk heb de aanmelding zelf ingevuld via ons secretariaat, dus dat klopt. Hierbij "
             "bevestigd. Succes met de voorbereiding van het volgende atelier.\n\nHartelijke groet,\n"
             "Gonda Wessels\nalgemeen directeur"},
    {"id": "d42-unsubscribe-20", "kind": "unsubscribe", "erase": True, "thread": C, "quoted": HA,
     "quote": "outlook-en", "sender": "Oscar Hendriks <o.hendriks@walcheren-oost.nl>",
     "body": "This registration was not made by me. Please erase my details from your records under the GDPR."},
    {"id": "d42-unsubscribe-21", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": BA,
     "quote": "doorgestuurd", "sender": "Directeur <directeur@gemeente.nl>",
     "body": "Anja, dank voor het doorsturen, maar hier heb ik niet om gevraagd en ik doe niet mee.\n\n"
             "Secretariaat: graag geen aanmelding voor mij."},
    {"id": "d42-other-55", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-lijn",
     "sender": "Selma Dorresteijn <s.dorresteijn@kroonpolder.nl>",
     "body": "Nee, dit was ik niet, maar ik ben wel benieuwd: wat voor netwerk is dit precies en wie zitten erin?"},
]
# fmt: on
