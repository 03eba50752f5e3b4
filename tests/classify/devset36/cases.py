"""The thirty-sixth labelled set's cases (issue 17): written without reading the classifier or the other sets,
each labelled as the secretariat should treat it; cases that could not be labelled with confidence were left out.

Replies to our confirmation request carry the thread ``confirmation``. A confirmation sent from another address
than the one signed up (an assistant "namens" the director) is ``other``: it does not prove the address. A denial
of a sign-up is ``other`` unless it asks for erasure under the AVG (then ``unsubscribe`` with ``erase``). Automatic
notices are ``autoreply`` whatever thread they answer; a person answering by hand from their leave is read for what
they say. A person reporting that a colleague left is ``other``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"

AUTO = {"Auto-Submitted": "auto-replied"}
AUTO_MS = {
    "Auto-Submitted": "auto-replied",
    "X-Auto-Response-Suppress": "All",
}
PRECEDENCE = {"Precedence": "auto_reply"}
IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
SAMSUNG = "\n\nVerzonden vanaf mijn Galaxy"
DISCLAIMER = (
    "\n\nDe informatie in dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen "
    "rechten worden ontleend. Heeft u dit bericht ten onrechte ontvangen, wilt u dit dan melden aan de afzender "
    "en het bericht verwijderen? Werkorganisatie De Waarden verwerkt persoonsgegevens volgens de AVG."
)
REF = "[ref:AF-7K3Q9-XM2PA-4RTZ8]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- Joining: sign-ups as new mail -----------------------------------------------------------------------
    {"id": "d36-subscribe-01", "kind": "subscribe", "thread": None,
     "sender": "Geertje Roelofsen <g.roelofsen@werkorganisatie-dewaarden.nl>",
     "subject": "Deelname netwerk directeuren",
     "body": "Goedemorgen,\n\nOp de Gemeentedag raakte ik in gesprek met een van uw leden over de ateliers. Sinds "
             "oktober ben ik directeur van Werkorganisatie De Waarden (de gemeenten Lingehoven en Zandwerven) en "
             "ik zou graag aansluiten bij het netwerk. Wilt u mij op de verzendlijst zetten?\n\nHartelijke groet,"
             "\n\nGeertje Roelofsen\nalgemeen directeur | gemeentesecretaris\n0344 - 61 72 00" + DISCLAIMER},
    {"id": "d36-subscribe-02", "kind": "subscribe", "thread": None,
     "sender": "Tjeerd Bosma <t.bosma@interimbureau-kaaiman.nl>",
     "subject": "aanmelding (interim)",
     "body": "Beste mensen,\n\nik zit sinds 1 december als interim-directeur bij de ambtelijke organisatie "
             "Oldambt-Westerkwartier Noord, voor in elk geval een half jaar. Mijn voorganger was lid van jullie "
             "netwerk. Ik neem zijn plek graag in, ook al ben ik 'maar' interim: meld mij maar aan op dit adres."
             "\n\nTjeerd Bosma"},
    {"id": "d36-subscribe-03", "kind": "subscribe", "thread": None,
     "sender": "M. Kalkman <m.kalkman@gemeenten-hofland.nl>",
     "subject": "Per 1 maart directeur Hofland - graag lid",
     "body": "Geacht secretariaat,\n\nPer 1 maart aanstaande treed ik in dienst als directeur van de "
             "werkorganisatie Hofland. Om vanaf de eerste dag mee te kunnen doen, verzoek ik u mij nu al in te "
             "schrijven als lid van het netwerk. Mijn huidige adres blijft na 1 maart in gebruik.\n\nHoogachtend,"
             "\n\nmr. M. Kalkman\ndirecteur-bestuurder i.o."},
    {"id": "d36-subscribe-04", "kind": "subscribe", "thread": None,
     "sender": "Priya Ramdin <p.ramdin@duinstreek-werkt.nl>",
     "subject": "Joining the network",
     "body": "Dear secretariat,\n\nI started in January as managing director of the joint civil service of "
             "Duinstreek (three municipalities). My Dutch is still work in progress, so forgive the English. A "
             "colleague mentioned your network of directors - I would very much like to become a member.\n\nKind "
             "regards,\nPriya Ramdin\nManaging Director, Werkorganisatie Duinstreek\n+31 6 4181 2290"},
    {"id": "d36-subscribe-05", "kind": "subscribe", "thread": None,
     "sender": "Hans Wijnbergen <h.wijnbergen@bergenveld.nl>",
     "subject": "Aanmelden netwerk ambtelijke fusie",
     "body": "Hans Wijnbergen\nDirecteur / secretaris\nAmbtelijke Organisatie Bergenveld-Oosterhout\nT 0162 - "
             "48 10 00 | M 06 - 5127 8833\nh.wijnbergen@bergenveld.nl\nwww.bergenveld.nl"},
    {"id": "d36-subscribe-06", "kind": "subscribe", "thread": None,
     "sender": "anouk.derksen@zuidwaarts.nl",
     "subject": "graag lid worden",
     "body": "Met vriendelijke groet,\n\nAnouk Derksen\nDirecteur Zuidwaarts - werkorganisatie van Brakel, "
             "Heesvoort en Mill aan de Maas" + IPHONE},
    {"id": "d36-subscribe-07", "kind": "subscribe", "thread": None,
     "sender": "Rik van Oorschot <r.vanoorschot@a2-samen.nl>",
     "subject": "",
     "body": "hoi, kan ik me via deze weg aanmelden voor het directeurennetwerk? ben sinds kort directeur A2 "
             "Samen. zo ja dan bij deze :)\n\nrik" + SAMSUNG},
    {"id": "d36-subscribe-08", "kind": "subscribe", "thread": None,
     "sender": "Loes Hazeleger <l.hazeleger@eemvallei-werkorganisatie.nl>",
     "subject": "Nieuw lid",
     "body": "Beste Stan en Melanie,\n\nWe spraken elkaar kort na de sessie in Amersfoort. Zoals toegezegd: "
             "hierbij mijn aanmelding. Vanaf 15 februari ben ik de nieuwe directeur van de Eemvallei; tot die "
             "tijd zit ik nog bij de provincie, maar dit adres is al actief.\n\nGroet,\nLoes"},
    {"id": "d36-subscribe-09", "kind": "subscribe", "thread": None,
     "sender": "Dr. W.F. Lemstra <wf.lemstra@sudwesthoeke.frl>",
     "subject": "Oanmelding / aanmelding",
     "body": "Goeie,\n\nAs waarnimmend direkteur fan de wurkorganisaasje Súdwesthoeke wol ik graach lid wurde "
             "fan it netwurk. (Voor de zekerheid in het Nederlands: ik meld mij graag aan als lid.)\n\nMei "
             "freonlike groetnis,\nWillem Lemstra"},
    {"id": "d36-subscribe-10", "kind": "subscribe", "thread": None,
     "sender": "Ellen Kuijpers <ellen.kuijpers@peelenkempen.nl>",
     "subject": "RE: netwerk",
     "body": "Dag allen,\n\nNa wat zoeken op internet kom ik bij jullie uit. Ik ben per 1 januari waarnemend "
             "algemeen directeur van de GR Peel en Kempen (na het vertrek van Jos Hendrikx). Ik wil graag "
             "deelnemen aan het netwerk, ook als waarnemer mag dat hopelijk.\n\nMvg,\nEllen Kuijpers"},
    {"id": "d36-subscribe-11", "kind": "subscribe", "thread": None,
     "sender": "Bart Scholtens <bart.scholtens@noordkwartier.nl>",
     "subject": "Inschrijving",
     "body": "Naam: Bart Scholtens\nFunctie: Directeur bedrijfsvoering / plv. algemeen directeur\n"
             "Organisatie: Werkorganisatie Noordkwartier\nE-mail: bart.scholtens@noordkwartier.nl\n"
             "Telefoon: 0229 - 25 88 10\n\nIk wil lid worden van het netwerk."},
    {"id": "d36-subscribe-12", "kind": "subscribe", "thread": None,
     "sender": "Sander Leeflang <s.leeflang@kromme-rijn-werkt.nl>",
     "subject": "Membership",
     "body": "Hi,\n\nPlease sign me up. I'm the incoming director of Kromme Rijn Werkt (starting 1 April), "
             "currently still at a consultancy. Happy to receive the invitations at this address already.\n\n"
             "Cheers,\nSander\n\nSent from Outlook for iOS"},
    {"id": "d36-subscribe-13", "kind": "subscribe", "thread": None,
     "sender": "Y. El Idrissi <y.elidrissi@werkorganisatie-vechtstreek.nl>",
     "subject": "Verzoek tot toetreding",
     "body": "Geacht secretariaat,\n\nMet deze e-mail verzoek ik u vriendelijk mij toe te voegen aan het Netwerk "
             "van directeuren van ambtelijke fusieorganisaties. Ik vervul sinds 1 november de functie van "
             "directeur van de Werkorganisatie Vechtstreek.\n\nBij voorbaat dank.\n\nMet vriendelijke groet,\n\n"
             "Youssef El Idrissi\nDirecteur"},
    {"id": "d36-subscribe-14", "kind": "subscribe", "thread": None,
     "sender": "Marjolein Evers <m.evers@lingewaal-buren.nl>",
     "subject": "Ik wil ook!",
     "body": "Goedemiddag, op LinkedIn zag ik een verslag van jullie laatste atelier voorbij komen. Dat smaakt "
             "naar meer. Zet me er maar bij. Marjolein Evers, directeur werkorganisatie Lingewaal-Buren"},
    # -- Joining: in reply to a colleague's forward of our mails --------------------------------------------
    {"id": "d36-subscribe-15", "kind": "subscribe", "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "sender": "Frank Dijkhuizen <f.dijkhuizen@werkorganisatie-rivierenland-oost.nl>",
     "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Deze kreeg ik doorgestuurd van een collega-directeur. Ik ben zelf nog geen lid maar wil dat graag "
             "worden, dan kan ik me daarna ook voor dit atelier aanmelden.\n\nFrank Dijkhuizen\ndirecteur "
             "Rivierenland-Oost"},
    {"id": "d36-subscribe-16", "kind": "subscribe", "thread": None, "quoted": "welkom", "quote": "outlook-lijn",
     "sender": "Corine Baas <c.baas@hollandsmidden-werkt.nl>",
     "subject": "FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Hallo,\n\nMijn collega Peter stuurde me zijn welkomstmail door met de tip om me ook aan te melden. "
             "Bij deze dus: graag wil ik lid worden. Ik ben directeur van Holland Midden Werkt.\n\nGroetjes, Corine"},
    {"id": "d36-subscribe-17", "kind": "subscribe", "thread": None, "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Erik Jan Vos <ej.vos@gemeentenaanzee.nl>",
     "subject": "Fwd: Welke thema's wilt u bespreken?",
     "body": "Goedendag, onderstaande oproep kwam via via bij mij terecht. Een onderwerp heb ik nog niet, maar ik "
             "wil me wel graag als lid aanmelden voor het netwerk. Directeur Gemeenten aan Zee, sinds 2026.\n\n"
             "EJ Vos"},
    {"id": "d36-subscribe-18", "kind": "subscribe", "thread": None, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "sender": "Dirk-Jan Stam <dj.stam@maasenwaal-oost.nl>",
     "subject": "FW: Herinnering: Leer- en inspireer-atelier",
     "body": "All, via Ingrid (Druten) heb ik deze herinnering gekregen. Ik wist niet dat dit netwerk bestond! "
             "Graag aanmelden als lid - ik ben per 1 maart directeur van de werkorganisatie Maas en Waal-Oost."
             "\n\nDJ"},
    # -- Look-alikes of joining -------------------------------------------------------------------------------
    {"id": "d36-other-01", "kind": "other", "thread": None,
     "sender": "Arjen Tuinstra <a.tuinstra@dewolden-hoogeveen.nl>",
     "subject": "Kosten lidmaatschap?",
     "body": "Goedemiddag,\n\nVoordat ik me aanmeld: wat kost het lidmaatschap en wordt er een bijdrage gevraagd "
             "voor de ateliers? Dat moet ik even bij ons in de begroting kwijt.\n\nMet vriendelijke groet,\nArjen "
             "Tuinstra"},
    {"id": "d36-other-02", "kind": "other", "thread": None,
     "sender": "Sylvia Groeneveld <s.groeneveld@bommelerwaard-samen.nl>",
     "subject": "Wie mag er lid worden?",
     "body": "Beste secretariaat,\n\nIk ben geen directeur maar concernmanager en lid van het directieteam. Is "
             "het netwerk ook voor mij bedoeld, of echt alleen voor de eindverantwoordelijke directeur?\n\n"
             "Groet, Sylvia"},
    {"id": "d36-other-03", "kind": "other", "thread": None,
     "sender": "Secretariaat Directie <directiesecretariaat@werkorganisatie-dewaarden.nl>",
     "subject": "FW: Bevestig uw inschrijving voor de nieuwsbrief Gemeentelijke Samenwerking",
     "body": "\n\nVan: Nieuwsbrief Platform Samenwerkende Gemeenten <nieuwsbrief@platformsamenwerking.nl>\n"
             "Verzonden: maandag 1 maart 2027 16:02\nAan: g.roelofsen@werkorganisatie-dewaarden.nl\n"
             "Onderwerp: Bevestig uw inschrijving voor de nieuwsbrief Gemeentelijke Samenwerking\n\nBeste "
             "lezer,\n\nBedankt voor uw inschrijving op de nieuwsbrief. Klik op de onderstaande link om uw "
             "inschrijving te bevestigen:\nhttps://platformsamenwerking.nl/nieuwsbrief/bevestig?id=88213\n\n"
             "Redactie Platform Samenwerkende Gemeenten"},
    {"id": "d36-other-04", "kind": "other", "thread": None,
     "sender": "Henk Jan Mulder <hj.mulder@werkorganisatie-hart-van-drenthe.nl>",
     "subject": "Aanmelding twee MT-leden",
     "body": "Goedemorgen,\n\nGraag zou ik onze twee sectordirecteuren, Ria Veenstra (r.veenstra@"
             "werkorganisatie-hart-van-drenthe.nl) en Koen Smeets (k.smeets@werkorganisatie-hart-van-drenthe.nl), "
             "aanmelden voor het netwerk. Zelf ben ik al lid.\n\nGroet, Henk Jan"},
    {"id": "d36-other-05", "kind": "other", "thread": None,
     "sender": "Nadia Aouragh <n.aouragh@adviesbureau-meerwaarde.nl>",
     "subject": "Lidmaatschap voor adviseurs?",
     "body": "Dear team / beste mensen,\n\nIk begeleid als adviseur drie ambtelijke fusies in Gelderland. Kan ik "
             "als externe ook lid worden van het netwerk, of is dat voorbehouden aan directeuren? Ik hoor het "
             "graag.\n\nNadia Aouragh\nMeerwaarde Advies"},
    {"id": "d36-other-06", "kind": "other", "thread": None,
     "sender": "Jolanda Kok <j.kok@vijfheerenlanden-werkt.nl>",
     "subject": "Adviesraad",
     "body": "Goedemiddag,\n\nIn de welkomstmail las ik niets over de Adviesraad, maar een collega vertelde me dat "
             "er een plek vrijkomt. Ik ben al lid van het netwerk en zou me graag kandidaat stellen voor de "
             "Adviesraad. Bij wie moet ik zijn?\n\nJolanda Kok"},
    {"id": "d36-other-07", "kind": "other", "thread": W, "quoted": "welkom", "quote": "apple",
     "sender": "Priya Ramdin <p.ramdin@duinstreek-werkt.nl>",
     "body": "Thanks a lot, looking forward to the first atelier!" + IPHONE},
    {"id": "d36-other-08", "kind": "other", "thread": None,
     "sender": "Wim de Ruiter <w.deruiter@krimpenerlanden.nl>",
     "subject": "Ben ik al lid?",
     "body": "Ha, ik dacht dat ik me vorig jaar had aangemeld maar ik heb nooit meer iets gehoord. Sta ik wel op "
             "de lijst? Zo niet, hoe moet dat dan?\n\nWim"},
    # -- Confirming: replies to our confirmation request -----------------------------------------------------
    {"id": "d36-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Geertje Roelofsen <g.roelofsen@werkorganisatie-dewaarden.nl>",
     "body": ""},
    {"id": "d36-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Rik van Oorschot <r.vanoorschot@a2-samen.nl>",
     "body": "klopt"},
    {"id": "d36-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Anouk Derksen <anouk.derksen@zuidwaarts.nl>",
     "body": "Ja dat ben ik 👍" + IPHONE},
    {"id": "d36-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Marjolein Evers <m.evers@lingewaal-buren.nl>",
     "body": "👍"},
    {"id": "d36-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "sender": "M. Kalkman <m.kalkman@gemeenten-hofland.nl>",
     "body": "Geacht secretariaat,\n\nHierbij bevestig ik mijn aanmelding als lid van het netwerk.\n\n"
             "Hoogachtend,\nmr. M. Kalkman"},
    {"id": "d36-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Priya Ramdin <p.ramdin@duinstreek-werkt.nl>",
     "body": "Yes, that's me - confirmed. Thank you!"},
    {"id": "d36-confirm-07", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl", "sender": "Youssef El Idrissi <y.elidrissi@werkorganisatie-vechtstreek.nl>",
     "body": "Excuus, deze was tussen de kerstdrukte ondergesneeuwd. Bij dezen alsnog bevestigd.\n\nYoussef"},
    {"id": "d36-confirm-08", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "sender": "Hans Wijnbergen <h.wijnbergen@bergenveld.nl>",
     "subject": "RE: Bevestig uw aanmelding " + REF,
     "body": "Akkoord.\n\nHans Wijnbergen\nDirecteur / secretaris\nAmbtelijke Organisatie Bergenveld-Oosterhout"},
    {"id": "d36-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "Tjeerd Bosma <t.bosma@interimbureau-kaaiman.nl>",
     "body": "Is goed, bevestigd. Mooi dat interim ook mag.\nTjeerd"},
    {"id": "d36-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote", "sender": "Bart Scholtens <bart.scholtens@noordkwartier.nl>",
     "body": "Ja, dit klopt. Dit adres is van mij en ik ontvang graag jullie berichten."},
    {"id": "d36-confirm-11", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "gmail",
     "sender": "Sander Leeflang <s.leeflang@kromme-rijn-werkt.nl>",
     "body": "Confirming! Sorry for the delay.\n\nSander"},
    {"id": "d36-confirm-12", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd", "sender": "Loes Hazeleger <l.hazeleger@eemvallei-werkorganisatie.nl>",
     "body": "Thanks Anja. Ja hoor, dat was ik - bij deze bevestigd.\n\nLoes"},
    {"id": "d36-confirm-13", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Ellen Kuijpers <ellen.kuijpers@peelenkempen.nl>",
     "subject": "FW: Bevestig uw aanmelding " + REF,
     "body": "Goedemorgen,\n\nIk kon niet op 'beantwoorden' drukken vanuit onze beveiligde omgeving, dus stuur ik "
             "hem maar door. Mijn aanmelding is bij deze bevestigd.\n\nMvg, Ellen Kuijpers"},
    {"id": "d36-confirm-14", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Erik Jan Vos <ej.vos@gemeentenaanzee.nl>",
     "body": "Jep" + IPHONE},
    {"id": "d36-confirm-15", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Willem Lemstra <wf.lemstra@sudwesthoeke.frl>",
     "body": "Dat klopt, ik ha my oanmeld. Tankewol!\n\nWillem"},
    {"id": "d36-confirm-16", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-en", "sender": "Corine Baas <c.baas@hollandsmidden-werkt.nl>",
     "body": "Ik dacht dat ik al had bevestigd, maar voor de zekerheid: ja, ik wil lid worden.\n\nCorine"},
    {"id": "d36-confirm-17", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "sender": "Frank Dijkhuizen <f.dijkhuizen@werkorganisatie-rivierenland-oost.nl>",
     "body": "OK"},
    {"id": "d36-confirm-18", "kind": "confirm", "thread": C,
     "sender": "Dirk-Jan Stam <dj.stam@maasenwaal-oost.nl>",
     "subject": "Re: Bevestig uw aanmelding " + REF,
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "Bij dezen. Ik kijk uit naar het eerste atelier.\n\n> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8.\n\n"
             "DJ Stam"},
    {"id": "d36-confirm-19", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Marco Pereira <m.pereira@westbetuwe-samen.nl>",
     "body": "Ja graag. Mijn collega Hilde zei dat het de moeite waard is.\n\nMarco Pereira\nDirecteur West "
             "Betuwe Samen\n06 - 1290 4417"},
    {"id": "d36-confirm-20", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Annemarie Top <a.top@heuvelrug-werkt.nl>",
     "body": "Prima, is bevestigd." + DISCLAIMER},
    # -- Denials, doubts, confirmations that do not prove the address ----------------------------------------
    {"id": "d36-other-09", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Jeroen Bakx <j.bakx@landvancuijk-werkt.nl>",
     "body": "Ik heb me niet aangemeld? Wie heeft dit gedaan?\n\nJ. Bakx"},
    {"id": "d36-other-10", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Ingrid Veldkamp <i.veldkamp@berkelland-oost.nl>",
     "body": "Hm, dit herken ik niet. Is dit echt of is het phishing? Ik klik in elk geval nergens op voordat ik "
             "weet wie me heeft aangemeld.\n\nIngrid"},
    {"id": "d36-other-11", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn",
     "sender": "Secretariaat directie <secretariaat.directie@werkorganisatie-bbr.nl>",
     "body": "Goedemiddag,\n\nNamens mevrouw De Vries-Ölçer bevestig ik hierbij haar aanmelding; zij zit deze "
             "week op cursus en vroeg mij dit af te handelen.\n\nMet vriendelijke groet,\nPetra Smulders\n"
             "managementassistent"},
    {"id": "d36-other-12", "kind": "other", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "sender": "Ruud Blom <r.blom@gemeente-tholenburg.nl>",
     "body": "Ik ben helemaal geen directeur, ik ben beleidsmedewerker. Volgens mij is hier iets misgegaan met "
             "de adressen." + IPHONE},
    {"id": "d36-unsubscribe-01", "kind": "unsubscribe", "erase": True, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "A. Vermeulen <a.vermeulen@werkorganisatie-scheldeoever.nl>",
     "body": "Geachte heer, mevrouw,\n\nIk heb mij niet aangemeld voor uw netwerk en weet niet hoe u aan mijn "
             "gegevens komt. Ik verzoek u op grond van artikel 17 AVG al mijn persoonsgegevens per omgaande te "
             "wissen en mij dat te bevestigen.\n\nA. Vermeulen"},
    {"id": "d36-other-13", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Tim Oosterbaan <t.oosterbaan@wadden-werkorganisatie.nl>",
     "body": "Ja, dit klopt. Mag ik nog vragen: kan mijn plaatsvervanger (Sanne Bijl) ook lid worden? Zij gaat "
             "de helft van de ateliers van mij overnemen.\n\nTim"},
    {"id": "d36-other-14", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Ronald Spaan <r.spaan@midden-delfland-werkt.nl>",
     "body": "Ik bevestig graag, maar dan op mijn privéadres ronaldspaan@kpnmail.nl - op mijn werkmail komt "
             "alles in de spam terecht. Kan dat?"},
    {"id": "d36-other-15", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "sender": "Gerda Hofstede <g.hofstede@emmen-coevorden.nl>",
     "body": "Was dit de aanmelding die ik via het formulier op jullie site deed, of een andere? Ik heb namelijk "
             "ook ooit een nieuwsbrief van de VNG aangevraagd en ik raak het overzicht kwijt."},
    # -- Machines: out-of-office, Dutch -----------------------------------------------------------------------
    {"id": "d36-autoreply-01", "kind": "autoreply", "thread": I, "headers": AUTO_MS,
     "sender": "Geertje Roelofsen <g.roelofsen@werkorganisatie-dewaarden.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Dank voor uw bericht. Ik ben van 1 tot en met 12 maart afwezig en lees mijn e-mail niet. Voor "
             "zaken die niet kunnen wachten kunt u terecht bij het directiesecretariaat, 0344 - 61 72 00.\n\n"
             "Geertje Roelofsen"},
    {"id": "d36-autoreply-02", "kind": "autoreply", "thread": R,
     "sender": "Hans Wijnbergen <h.wijnbergen@bergenveld.nl>",
     "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Beste afzender,\n\nIn verband met een studiereis ben ik tot maandag 15 maart niet bereikbaar. Uw "
             "mail wordt niet doorgestuurd. Bij spoed: bel Karin Dekkers (0162 - 48 10 12).\n\nHans Wijnbergen"},
    {"id": "d36-autoreply-03", "kind": "autoreply", "thread": C, "headers": AUTO,
     "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
     "sender": "Loes Hazeleger <l.hazeleger@eemvallei-werkorganisatie.nl>",
     "body": "Ik ben met vakantie tot 22 februari. Uw e-mail wordt na mijn terugkomst gelezen.\n\n"
             "Met vriendelijke groet,\nLoes Hazeleger"},
    {"id": "d36-autoreply-04", "kind": "autoreply", "thread": C, "headers": PRECEDENCE,
     "sender": "Marco Pereira <m.pereira@westbetuwe-samen.nl>",
     "subject": "Automatisch antwoord: Bevestig uw aanmelding " + REF,
     "body": "Goedendag,\n\nIk werk op maandag, dinsdag en donderdag. Op andere dagen wordt uw bericht niet "
             "gelezen. Ik reageer zo snel mogelijk op mijn eerstvolgende werkdag.\n\nGroet,\nMarco Pereira"},
    {"id": "d36-autoreply-05", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "sender": "Annemarie Top <a.top@heuvelrug-werkt.nl>",
     "body": "Tot en met 5 maart ben ik met verlof. In dringende gevallen kunt u contact opnemen met mijn "
             "plaatsvervanger, Ton van Dam (t.vandam@heuvelrug-werkt.nl).\n\nAnnemarie Top"},
    {"id": "d36-autoreply-06", "kind": "autoreply", "thread": T, "headers": AUTO,
     "sender": "Jeroen Bakx <j.bakx@landvancuijk-werkt.nl>",
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken?",
     "body": "Wegens ziekte ben ik voorlopig niet aan het werk. Uw bericht wordt niet automatisch doorgestuurd. "
             "Neemt u voor lopende zaken contact op met het secretariaat via secretariaat@landvancuijk-werkt.nl."},
    {"id": "d36-autoreply-07", "kind": "autoreply", "thread": None,
     "sender": "Wim de Ruiter <w.deruiter@krimpenerlanden.nl>",
     "subject": "Afwezigheidsbericht",
     "body": "Hallo, ik ben er even niet! Vanaf 8 maart zit ik weer op mijn plek. Tot dan!\n\nWim"},
    {"id": "d36-autoreply-08", "kind": "autoreply", "thread": I, "headers": AUTO_MS,
     "sender": "Sylvia Groeneveld <s.groeneveld@bommelerwaard-samen.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Ik ben met zwangerschapsverlof tot 1 juni 2027. Mijn taken zijn overgenomen door Bas Hermans, "
             "b.hermans@bommelerwaard-samen.nl. Deze mail wordt niet doorgestuurd."},
    {"id": "d36-autoreply-09", "kind": "autoreply", "thread": W, "headers": AUTO,
     "sender": "Corine Baas <c.baas@hollandsmidden-werkt.nl>",
     "subject": "Automatisch antwoord: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Bedankt voor je mail! Ik zit deze week op de hei met het MT en heb beperkt toegang tot mijn mail. "
             "Ik kom zo snel mogelijk bij je terug.\n\nCorine"},
    {"id": "d36-autoreply-10", "kind": "autoreply", "thread": R,
     "sender": "Erik Jan Vos <ej.vos@gemeentenaanzee.nl>",
     "subject": "Niet aanwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Geachte relatie,\n\nOp dit moment ben ik niet op kantoor. Vanaf woensdag 10 maart ben ik weer "
             "bereikbaar. Uw e-mail wordt dan zo spoedig mogelijk beantwoord.\n\nMet vriendelijke groet,\n\n"
             "E.J. Vos\nDirecteur Gemeenten aan Zee" + DISCLAIMER},
    # -- Machines: out-of-office, English -----------------------------------------------------------------
    {"id": "d36-autoreply-11", "kind": "autoreply", "thread": I, "headers": AUTO_MS,
     "sender": "Priya Ramdin <p.ramdin@duinstreek-werkt.nl>",
     "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Thank you for your message. I am out of the office until Monday 8 March with limited access to "
             "email. For urgent matters please contact my office manager, Lotte Brink, at "
             "l.brink@duinstreek-werkt.nl.\n\nBest regards,\nPriya Ramdin"},
    {"id": "d36-autoreply-12", "kind": "autoreply", "thread": C, "headers": AUTO,
     "sender": "Sander Leeflang <s.leeflang@kromme-rijn-werkt.nl>",
     "subject": "Out of Office: Bevestig uw aanmelding " + REF,
     "body": "I'm currently travelling and will be back on 3 March. I'll reply to your email as soon as "
             "possible after my return."},
    {"id": "d36-autoreply-13", "kind": "autoreply", "thread": T, "quoted": "oproep_themas",
     "quote": "ongemarkeerd",
     "sender": "Nadia Aouragh <n.aouragh@adviesbureau-meerwaarde.nl>",
     "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
     "body": "Hi there, I'm on annual leave and back on 14 March. Your email will not be forwarded. For "
             "anything urgent, call our office on 026 - 370 22 10."},
    {"id": "d36-autoreply-14", "kind": "autoreply", "thread": None, "headers": {"X-Autoreply": "yes"},
     "sender": "d.oconnor@werkorganisatie-grensland.nl",
     "subject": "Away",
     "body": "Away until 12/03. Limited connectivity.\n--\nDeclan O'Connor"},
    # -- Machines: out-of-office, German and Frisian ----------------------------------------------------------
    {"id": "d36-autoreply-15", "kind": "autoreply", "thread": I, "headers": AUTO,
     "sender": "Ludger Hüppe <l.hueppe@werkorganisatie-grensland.nl>",
     "subject": "Abwesenheitsnotiz: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich "
             "9. März nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen "
             "wenden Sie sich bitte an mein Sekretariat.\n\nMit freundlichen Grüßen\nLudger Hüppe"},
    {"id": "d36-autoreply-16", "kind": "autoreply", "thread": R,
     "sender": "Ludger Hüppe <l.hueppe@werkorganisatie-grensland.nl>",
     "subject": "Automatische Antwort: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Ich bin derzeit nicht erreichbar. Ihre E-Mail wird nicht weitergeleitet. Ab dem 15.03. bin ich "
             "wieder für Sie da. / Ik ben momenteel afwezig, vanaf 15 maart weer bereikbaar."},
    {"id": "d36-autoreply-17", "kind": "autoreply", "thread": I, "headers": AUTO_MS,
     "sender": "Willem Lemstra <wf.lemstra@sudwesthoeke.frl>",
     "subject": "Automatysk antwurd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Tankewol foar jo berjocht. Ik bin oant en mei 10 maart net oanwêzich. Jo e-mail wurdt net "
             "trochstjoerd. Foar driuwende saken kinne jo kontakt opnimme mei it sekretariaat, 0513 - 48 90 00."
             "\n\nWillem Lemstra"},
    {"id": "d36-autoreply-18", "kind": "autoreply", "thread": T,
     "sender": "Sjoukje van der Meer <s.vandermeer@wurkorganisaasje-waadkust.frl>",
     "subject": "Net oanwêzich",
     "body": "Goeie,\n\nIk bin mei fakânsje en wer oan it wurk op 1 april. Tiisdeis en tongersdeis lês ik myn "
             "post wol ris, mar ferwachtsje gjin fluch antwurd.\n\nSjoukje"},
    # -- Machines: ticket systems -----------------------------------------------------------------------------
    {"id": "d36-autoreply-19", "kind": "autoreply", "thread": I, "headers": AUTO,
     "sender": "Servicedesk Werkorganisatie Scheldeoever <servicedesk@werkorganisatie-scheldeoever.nl>",
     "subject": "[Melding M2703-0418] Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Geachte heer/mevrouw,\n\nUw melding is geregistreerd onder nummer M2703-0418. Een medewerker "
             "neemt uw melding zo snel mogelijk in behandeling. Vermeld bij verdere correspondentie altijd dit "
             "nummer in de onderwerpregel.\n\nMet vriendelijke groet,\nServicedesk Werkorganisatie Scheldeoever"},
    {"id": "d36-autoreply-20", "kind": "autoreply", "thread": None,
     "sender": "Klantcontactcentrum Gemeente Tholenburg <noreply@gemeente-tholenburg.nl>",
     "subject": "Ontvangstbevestiging zaaknummer Z/27/018832",
     "body": "Beste afzender,\n\nHartelijk dank voor uw e-mail. Wij hebben uw bericht ontvangen en geregistreerd "
             "onder zaaknummer Z/27/018832. U ontvangt binnen vijf werkdagen een inhoudelijke reactie. Dit is "
             "een automatisch bericht; u kunt hier niet op antwoorden.\n\nKlantcontactcentrum Gemeente "
             "Tholenburg"},
    {"id": "d36-autoreply-21", "kind": "autoreply", "thread": C, "headers": {"Auto-Submitted": "auto-generated"},
     "sender": "Postbus Bommelerwaard Samen <postbus@bommelerwaard-samen.nl>",
     "subject": "Re: Bevestig uw aanmelding " + REF + " [#BWS-55120]",
     "body": "##- Typ uw antwoord boven deze regel -##\n\nUw verzoek (55120) is ontvangen en wordt door ons team "
             "beoordeeld. U kunt extra informatie toevoegen door op deze e-mail te antwoorden.\n\nTeam "
             "Informatievoorziening"},
    {"id": "d36-autoreply-22", "kind": "autoreply", "thread": R,
     "sender": "Functioneel beheer TOPdesk <topdesk@noordkwartier.nl>",
     "subject": "Uw melding I 2703 112 is aangemaakt",
     "body": "Beste Bart Scholtens,\n\nUw melding I 2703 112 is aangemaakt met de volgende omschrijving: "
             "\"Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027\".\n\nDe melding is toegewezen "
             "aan de operatorgroep Directiesecretariaat. U kunt de voortgang volgen via het "
             "zelfbedieningsportaal."},
    {"id": "d36-autoreply-23", "kind": "autoreply", "thread": None, "headers": AUTO,
     "sender": "Helpdesk <helpdesk@peelenkempen.nl>",
     "subject": "Ticket received - Ticket #20271184",
     "body": "Dear customer,\n\nWe have received your request and created ticket #20271184. Our team will get "
             "back to you within 2 business days.\n\nThis is an automated message. Please do not reply."},
    # -- Machines: mailbox rules written in the first person ---------------------------------------------------
    {"id": "d36-autoreply-24", "kind": "autoreply", "thread": I, "headers": PRECEDENCE,
     "sender": "Arjen Tuinstra <a.tuinstra@dewolden-hoogeveen.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Mijn mailbox loopt over. Ik lees niet alles meer en kan niet beloven dat ik op uw bericht reageer. "
             "Is het belangrijk? Bel of app me dan: 06 - 2245 1188.\n\nArjen"},
    {"id": "d36-autoreply-25", "kind": "autoreply", "thread": T,
     "sender": "Ingrid Veldkamp <i.veldkamp@berkelland-oost.nl>",
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken?",
     "body": "Goedendag,\n\nOm meer tijd te hebben voor mijn mensen lees ik mijn mail alleen op dinsdag- en "
             "vrijdagochtend. Verwacht u een snellere reactie, neem dan contact op met mijn "
             "managementondersteuner.\n\nIngrid Veldkamp"},
    {"id": "d36-autoreply-26", "kind": "autoreply", "thread": None, "headers": AUTO_MS,
     "sender": "Tim Oosterbaan <t.oosterbaan@wadden-werkorganisatie.nl>",
     "subject": "Automatisch antwoord: bericht",
     "body": "Mijn postvak is bijna vol en wordt opgeschoond. Berichten met bijlagen komen mogelijk niet aan. "
             "Stuur grote bestanden liever via de samenwerkingsomgeving."},
    {"id": "d36-autoreply-27", "kind": "autoreply", "thread": R,
     "sender": "Ronald Spaan <r.spaan@midden-delfland-werkt.nl>",
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Ik heb een mailpauze tot en met vrijdag. Alles wat in die tijd binnenkomt wordt automatisch "
             "verwijderd. Is het belangrijk, stuur het dan maandag opnieuw."},
    # -- Machines: this mailbox is no longer monitored ---------------------------------------------------------
    {"id": "d36-autoreply-28", "kind": "autoreply", "thread": I, "headers": AUTO,
     "sender": "Info Werkorganisatie Lingewaal <info@werkorganisatie-lingewaal.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Dit e-mailadres wordt niet meer gelezen. Per 1 januari 2027 is Werkorganisatie Lingewaal opgegaan "
             "in de werkorganisatie Lingewaal-Buren. Stuurt u uw bericht opnieuw naar info@lingewaal-buren.nl."},
    {"id": "d36-autoreply-29", "kind": "autoreply", "thread": R,
     "sender": "Jos Hendrikx <j.hendrikx@peelenkempen.nl>",
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Per 1 januari ben ik niet meer werkzaam bij de GR Peel en Kempen. Deze mailbox wordt niet meer "
             "gelezen en uw bericht wordt niet doorgestuurd. Voor zaken van de directie kunt u terecht bij "
             "directie@peelenkempen.nl."},
    {"id": "d36-autoreply-30", "kind": "autoreply", "thread": T, "headers": AUTO_MS,
     "sender": "Mailbox Directie <directie@oldambt-westerkwartier.nl>",
     "subject": "Automatic reply: Welke thema's wilt u bespreken?",
     "body": "This mailbox is no longer monitored. Please write to bestuurssecretariaat@oldambt-westerkwartier.nl "
             "for all matters concerning the management board.\n\nDeze mailbox wordt niet meer gelezen; schrijf "
             "naar bestuurssecretariaat@oldambt-westerkwartier.nl."},
    {"id": "d36-autoreply-31", "kind": "autoreply", "thread": None, "headers": {"Auto-Submitted": "auto-generated"},
     "sender": "Gemeente Zandwerven <no-reply@zandwerven.nl>",
     "subject": "Uw e-mail is niet afgeleverd bij de geadresseerde",
     "body": "De medewerker aan wie u schreef is niet meer in dienst van de gemeente Zandwerven. Uw e-mail is "
             "niet doorgestuurd. Wilt u de gemeente bereiken, gebruik dan het contactformulier op "
             "www.zandwerven.nl/contact."},
    # -- Machines: read receipts written as text -------------------------------------------------------------
    {"id": "d36-autoreply-32", "kind": "autoreply", "thread": I,
     "sender": "Youssef El Idrissi <y.elidrissi@werkorganisatie-vechtstreek.nl>",
     "subject": "Gelezen: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid",
     "body": "Uw bericht\n\n  Aan: y.elidrissi@werkorganisatie-vechtstreek.nl\n  Onderwerp: Uitnodiging Leer- "
             "en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid\n  Verzonden: dinsdag 2 "
             "maart 2027 09:00:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen\n\nis gelezen op "
             "dinsdag 2 maart 2027 11:42:17 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen."},
    {"id": "d36-autoreply-33", "kind": "autoreply", "thread": C,
     "sender": "Marjolein Evers <m.evers@lingewaal-buren.nl>",
     "subject": "Read: Bevestig uw aanmelding " + REF,
     "body": "Your message\n\n  To: m.evers@lingewaal-buren.nl\n  Subject: Bevestig uw aanmelding " + REF
             + "\n\nwas read on 02/03/2027 10:05."},
    {"id": "d36-autoreply-34", "kind": "autoreply", "thread": W,
     "sender": "Dr. W.F. Lemstra <wf.lemstra@sudwesthoeke.frl>",
     "subject": "Leesbevestiging: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Dit is een leesbevestiging voor het bericht dat u hebt verzonden aan wf.lemstra@sudwesthoeke.frl.\n"
             "\nOpmerking: deze leesbevestiging geeft alleen aan dat het bericht is weergegeven op de computer van "
             "de ontvanger. Er is geen garantie dat de ontvanger de inhoud heeft gelezen of begrepen."},
    {"id": "d36-autoreply-35", "kind": "autoreply", "thread": T,
     "sender": "Gerda Hofstede <g.hofstede@emmen-coevorden.nl>",
     "subject": "Niet gelezen: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
     "body": "Uw bericht\n\n  Aan: g.hofstede@emmen-coevorden.nl\n  Onderwerp: Welke thema's wilt u bespreken?\n"
             "\nis verwijderd zonder te zijn gelezen op woensdag 3 maart 2027 08:14."},
    # -- Machines: delay notes -------------------------------------------------------------------------------
    {"id": "d36-autoreply-36", "kind": "autoreply", "thread": I,
     "sender": "Postmaster Hart van Drenthe <postmaster@werkorganisatie-hart-van-drenthe.nl>",
     "subject": "Vertraagd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Beste afzender,\n\nUw bericht aan r.veenstra@werkorganisatie-hart-van-drenthe.nl is nog niet "
             "afgeleverd, omdat onze mailserver in onderhoud is. We proberen het de komende 24 uur opnieuw; u "
             "hoeft niets te doen. Lukt het niet, dan krijgt u daarover nog bericht.\n\nTeam ICT"},
    {"id": "d36-autoreply-37", "kind": "autoreply", "thread": R, "headers": AUTO,
     "sender": "Koen Smeets <k.smeets@werkorganisatie-hart-van-drenthe.nl>",
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Door een migratie naar een nieuw mailsysteem kan het zijn dat ik uw bericht pas over een paar "
             "dagen zie. Excuses voor het ongemak; ik reageer zodra het weer kan."},
    {"id": "d36-autoreply-38", "kind": "autoreply", "thread": None,
     "sender": "Mail Delivery System <mailer@heuvelrug-werkt.nl>",
     "subject": "Let op: bezorging vertraagd",
     "body": "Dit is een waarschuwing, geen foutmelding. Uw bericht aan a.top@heuvelrug-werkt.nl kon na 4 uur nog "
             "niet worden afgeleverd. Het systeem blijft het nog 44 uur proberen. U hoeft het bericht niet "
             "opnieuw te versturen."},
    # -- Machines: mailing-list moderation --------------------------------------------------------------------
    {"id": "d36-autoreply-39", "kind": "autoreply", "thread": I, "headers": {"Precedence": "bulk",
     "List-Id": "<directie-l.lists.werkorganisatie-grensland.nl>"},
     "sender": "directie-l-owner@lists.werkorganisatie-grensland.nl",
     "subject": "Your message to directie-l awaits moderator approval",
     "body": "Your mail to 'directie-l' with the subject\n\n    Uitnodiging Leer- en inspireer-atelier 11 maart "
             "2027\n\nIs being held until the list moderator can review it for approval.\n\nThe reason it is "
             "being held:\n\n    Post by non-member to a members-only list\n\nEither the message will get "
             "posted to the list, or you will receive notification of the moderator's decision."},
    {"id": "d36-autoreply-40", "kind": "autoreply", "thread": R,
     "sender": "Groepspostvak MT Eemvallei <mt@eemvallei-werkorganisatie.nl>",
     "subject": "Bericht in afwachting van goedkeuring",
     "body": "Uw bericht aan de groep MT Eemvallei is ontvangen, maar moet eerst worden goedgekeurd door een "
             "beheerder van de groep, omdat u geen lid bent. U krijgt bericht als het wordt afgewezen."},
    {"id": "d36-autoreply-41", "kind": "autoreply", "thread": T, "headers": AUTO,
     "sender": "Google Groups <noreply@googlegroups.com>",
     "subject": "Your message to directeuren-zuid has been held for moderation",
     "body": "Your message 'Welke thema's wilt u bespreken?' to the group directeuren-zuid is pending review "
             "by a group manager. You will be notified if your post is approved or rejected."},
    # -- Machines: more auto-replies in other threads and shapes ----------------------------------------------
    {"id": "d36-autoreply-42", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "headers": PRECEDENCE,
     "sender": "Rik van Oorschot <r.vanoorschot@a2-samen.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "body": "Ik ben afwezig t/m 10-03. Ik kom graag bij je terug als ik er weer ben. Dringend? Mail naar "
             "directiesecretariaat@a2-samen.nl."},
    {"id": "d36-autoreply-43", "kind": "autoreply", "thread": C, "headers": AUTO_MS,
     "sender": "Ellen Kuijpers <ellen.kuijpers@peelenkempen.nl>",
     "subject": "Automatisch antwoord: Herinnering: bevestig uw aanmelding " + REF,
     "body": "Ik ben deze week op werkbezoek in Brussel. Ja, ik lees mijn mail, maar later dan u gewend bent. "
             "Bij spoed: 06 - 5331 9012."},
    {"id": "d36-autoreply-44", "kind": "autoreply", "thread": None,
     "sender": "Directiesecretariaat Vijfheerenlanden Werkt <directie@vijfheerenlanden-werkt.nl>",
     "subject": "Automatisch antwoord: Uw afmelding bij het Netwerk van directeuren van ambtelijke "
                "fusieorganisaties",
     "body": "Dank voor uw bericht aan het directiesecretariaat. Wij zijn bereikbaar op werkdagen van 8.30 tot "
             "16.30 uur en streven ernaar uw e-mail binnen twee werkdagen te beantwoorden."},
    {"id": "d36-autoreply-45", "kind": "autoreply", "thread": I, "headers": AUTO,
     "sender": "Cor Schaap <c.schaap@werkorganisatie-dijkenwaard.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Beste,\n\nDank je voor je bericht. Ik ben vandaag en morgen op de Raadsconferentie en lees "
             "daarna weer mijn mail. Wil je je aanmelden of afmelden voor een afspraak met mij? Mail dan "
             "mijn agendabeheerder via agenda.directie@werkorganisatie-dijkenwaard.nl.\n\nCor"},
    {"id": "d36-autoreply-46", "kind": "autoreply", "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd",
     "sender": "Tjeerd Bosma <t.bosma@interimbureau-kaaiman.nl>",
     "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "body": "Dank voor uw bericht. Tot 9 maart ben ik beperkt bereikbaar. Ik kom er zo snel mogelijk op terug."
             "\n\nTjeerd Bosma | interim-directeur"},
    # -- People: answering by hand from their leave -----------------------------------------------------------
    {"id": "d36-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Annemarie Top <a.top@heuvelrug-werkt.nl>",
     "body": "Ik ben met verlof (ja, ik weet het, ik zou niet moeten kijken) maar wil wel graag komen op de 11e. "
             "Zet me er maar op.\n\nAnnemarie" + IPHONE},
    {"id": "d36-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Geertje Roelofsen <g.roelofsen@werkorganisatie-dewaarden.nl>",
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Mijn afwezigheidsmelding zei dat ik tot 12 maart weg ben, maar voor dit atelier kom ik speciaal "
             "terug. Graag een plek voor mij.\n\nGeertje"},
    {"id": "d36-rsvp-03", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Sylvia Groeneveld <s.groeneveld@bommelerwaard-samen.nl>",
     "body": "Ondanks mijn automatische melding lees ik toch even mee: ik ben dan nog met verlof, dus helaas niet "
             "aanwezig. Veel succes met de middag!\n\nSylvia"},
    {"id": "d36-rsvp-04", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "sender": "Erik Jan Vos <ej.vos@gemeentenaanzee.nl>",
     "body": "Ik zit nog in de sneeuw in Oostenrijk tot het weekend, maar donderdag de 11e ben ik er gewoon bij. "
             "Gaat door, toch?\n\nEJ" + SAMSUNG},
    {"id": "d36-rsvp-05", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Ludger Hüppe <l.hueppe@werkorganisatie-grensland.nl>",
     "subject": "AW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Sorry for the German auto-reply, that was my out-of-office. I'm back on the 10th and will attend "
             "the atelier in Utrecht.\n\nLudger"},
    {"id": "d36-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Koen Smeets <k.smeets@werkorganisatie-hart-van-drenthe.nl>",
     "body": "Ik ben die week op vakantie, dus ik sla deze keer over. De volgende keer graag weer."},
    {"id": "d36-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Sjoukje van der Meer <s.vandermeer@wurkorganisaasje-waadkust.frl>",
     "body": "Ik bin mei fakânsje, mar dit wol ik net misse: ik kom graach.\n\nSjoukje"},
    {"id": "d36-rsvp-08", "kind": "rsvp", "attending": True, "thread": R,
     "sender": "Arjen Tuinstra <a.tuinstra@dewolden-hoogeveen.nl>",
     "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "body": "Negeer mijn automatische antwoord over die volle mailbox: ik heb dit gewoon gelezen en ik kom.\n\n"
             "Arjen"},
    {"id": "d36-rsvp-09", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Ronald Spaan <r.spaan@midden-delfland-werkt.nl>",
     "body": "Ik ben met ouderschapsverlof op donderdagen, dus de 11e lukt niet. Mijn collega Fatima Zaoui "
             "(f.zaoui@midden-delfland-werkt.nl) komt in mijn plaats, als dat mag.\n\nRonald"},
    {"id": "d36-rsvp-10", "kind": "rsvp", "attending": True, "thread": None,
     "sender": "Tim Oosterbaan <t.oosterbaan@wadden-werkorganisatie.nl>",
     "subject": "atelier 11 maart",
     "body": "Hallo, mijn mail staat op afwezig want ik ben op Terschelling, maar ik wil me wel even aanmelden "
             "voor het atelier van 11 maart. Kom met de eerste boot terug.\n\nTim"},
    {"id": "d36-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "headers": AUTO,
     "sender": "Cor Schaap <c.schaap@werkorganisatie-dijkenwaard.nl>",
     "subject": "Geaccepteerd: Leer- en inspireer-atelier 11 maart 2027",
     "body": "Cor Schaap heeft deze uitnodiging geaccepteerd.\n\nLeer- en inspireer-atelier 11 maart 2027\n"
             "donderdag 11 maart 2027 14:00-17:30\nStadskantoor, Vredenburg 3, Utrecht"},
    {"id": "d36-rsvp-12", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Marco Pereira <m.pereira@westbetuwe-samen.nl>",
     "body": "Ik had me aangemeld maar ben nu ziek thuis (griep). Ik moet helaas afzeggen.\n\nMarco"},
    # -- People: reporting a colleague left, and a few leaving themselves -----------------------------------
    {"id": "d36-other-16", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Karin Dekkers <k.dekkers@bergenveld.nl>",
     "body": "Goedemiddag,\n\nDeze uitnodiging kwam binnen in de mailbox van Hans Wijnbergen. Hans is per 1 "
             "februari vertrokken; zijn opvolger is nog niet benoemd. Ik laat het weten zodra er iemand is.\n\n"
             "Met vriendelijke groet,\nKarin Dekkers\nmanagementassistent directie"},
    {"id": "d36-other-17", "kind": "other", "thread": R,
     "sender": "Bas Hermans <b.hermans@bommelerwaard-samen.nl>",
     "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Ter info: Sylvia Groeneveld is met verlof, ik neem haar taken waar. Mevrouw Groeneveld komt dus niet "
             "en ik weet nog niet of ik zelf tijd heb. Ik laat het nog weten.\n\nBas Hermans"},
    {"id": "d36-other-18", "kind": "other", "thread": None,
     "sender": "Lotte Brink <l.brink@duinstreek-werkt.nl>",
     "subject": "Wijziging contactpersoon",
     "body": "Beste secretariaat,\n\nOnze vorige directeur, de heer Van Loon, is met pensioen. Kunt u zijn "
             "adres uit uw bestand halen en voortaan onze nieuwe directeur, mevrouw Ramdin "
             "(p.ramdin@duinstreek-werkt.nl), uitnodigen?\n\nVriendelijke groet,\nLotte Brink\noffice manager"},
    {"id": "d36-other-19", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Hilde Bruins <h.bruins@westbetuwe-samen.nl>",
     "body": "Hoi, Jan-Willem werkt hier niet meer, hij is naar de provincie gegaan. Wie er namens ons in het "
             "netwerk komt weet ik niet, dat beslist de stuurgroep. Ik zou hem maar van de lijst halen.\n\nHilde"},
    {"id": "d36-other-20", "kind": "other", "thread": None,
     "sender": "Fatima Zaoui <f.zaoui@midden-delfland-werkt.nl>",
     "subject": "Collega overleden",
     "body": "Geacht secretariaat,\n\nMet verdriet laat ik u weten dat onze directeur, Pieter Gouw, vorige week "
             "is overleden. Ik zou het op prijs stellen als er geen uitnodigingen meer aan hem worden gestuurd. "
             "Over zijn opvolging is nog niets bekend.\n\nMet vriendelijke groet,\nFatima Zaoui"},
    {"id": "d36-other-21", "kind": "other", "thread": I,
     "sender": "Team Secretariaat <secretariaat@landvancuijk-werkt.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Goedemorgen, u kreeg vast een afwezigheidsbericht van Jeroen Bakx. Hij is langdurig ziek. Kan iemand "
             "anders van ons MT in zijn plaats lid worden, en hoe werkt dat dan?\n\nGroet, team secretariaat"},
    {"id": "d36-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Jos Hendrikx <j.hendrikx@peelenkempen.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Vanuit mijn oude mailbox, die ik toevallig nog kan openen: ik ben niet meer bij Peel en Kempen en "
             "wil ook niet langer lid zijn. Ellen Kuijpers neemt het als waarnemend directeur van me over.\n\nJos"},
    {"id": "d36-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": T,
     "sender": "Cor Schaap <c.schaap@werkorganisatie-dijkenwaard.nl>",
     "subject": "RE: Welke thema's wilt u bespreken?",
     "body": "Geen thema van mijn kant: ik ga per 1 april met pensioen en meld me daarom af voor het netwerk. "
             "Dank voor de mooie jaren!\n\nCor Schaap"},
    {"id": "d36-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Declan O'Connor <d.oconnor@werkorganisatie-grensland.nl>",
     "subject": "Unsubscribe + GDPR",
     "body": "Hello, I've left the directors' role in Grensland. Please take me off the list and delete "
             "whatever personal data you hold on me under the GDPR. Thanks, Declan"},
    # -- People mistaken for machines, and suggestions from the leave ---------------------------------------
    {"id": "d36-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Ingrid Veldkamp <i.veldkamp@berkelland-oost.nl>",
     "body": "Al ben ik met vakantie, dit wil ik toch kwijt: hoe houd je je werkprocessen en formatie op orde "
             "als de digitalisering sneller gaat dan je mensen kunnen bijbenen? Graag als onderwerp voor het "
             "atelier." + IPHONE},
    {"id": "d36-suggestion-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "sender": "Hilde Bruins <h.bruins@westbetuwe-samen.nl>",
     "subject": "RE: Dank voor uw komst: Leer- en inspireer-atelier",
     "body": "Ik las dit pas na mijn vakantie, maar een idee voor de volgende keer: één loket voor inwoners "
             "van alle deelnemende gemeenten, hoe hebben anderen dat ingericht?\n\nHilde"},
    {"id": "d36-other-22", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Lotte Brink <l.brink@duinstreek-werkt.nl>",
     "body": "Goedemorgen, mevrouw Ramdin is afwezig, zie haar automatische antwoord. Is het mogelijk de "
             "uitnodiging ook naar mij te sturen, zodat ik haar agenda kan beheren?\n\nLotte Brink"},
    {"id": "d36-other-23", "kind": "other", "thread": None,
     "sender": "ICT Servicedesk <servicedesk@werkorganisatie-scheldeoever.nl>",
     "subject": "Uw berichten komen in quarantaine",
     "body": "Beste afzender,\n\nIk ben beheerder van de mailomgeving van Werkorganisatie Scheldeoever. Berichten "
             "van info@ambtelijkefusie.nl worden door ons spamfilter tegengehouden omdat het SPF-record niet "
             "klopt. Kunt u dat laten nakijken door uw provider?\n\nMet vriendelijke groet,\nRamon Verkerk, ICT"},
    # -- A few more of each half ------------------------------------------------------------------------------
    {"id": "d36-subscribe-19", "kind": "subscribe", "thread": None,
     "sender": "Joost Aalders <j.aalders@werkorganisatie-dalfsen-ommen.nl>",
     "subject": "Op de hoogte blijven",
     "body": "Goedemiddag,\n\nIk volg jullie ateliers al een tijdje van een afstand. Sinds deze maand ben ik "
             "directeur van de werkorganisatie Dalfsen-Ommen en ik wil graag op de hoogte gehouden worden: "
             "uitnodigingen, oproepen, alles. Neem me maar op in het netwerk.\n\nJoost Aalders"},
    {"id": "d36-confirm-21", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "sender": "Joost Aalders <j.aalders@werkorganisatie-dalfsen-ommen.nl>",
     "body": "yes please / ja graag\n\nJoost"},
    {"id": "d36-other-24", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Sanne Bijl <s.bijl@wadden-werkorganisatie.nl>",
     "body": "Voordat ik bevestig: moet ik hier iets voor betalen of tekenen? Dan moet het eerst langs de "
             "concerncontroller." + IPHONE},
    {"id": "d36-autoreply-47", "kind": "autoreply", "thread": W, "quoted": "welkom", "quote": "ongemarkeerd",
     "headers": {"X-Autorespond": "yes"},
     "sender": "Joost Aalders <j.aalders@werkorganisatie-dalfsen-ommen.nl>",
     "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Ik ben op dit moment afwezig / I am currently out of office.\nTerug op / back on: 4-3-2027.\n"
             "Voor dringende zaken / for urgent matters: 0529 - 48 82 00."},
    {"id": "d36-autoreply-48", "kind": "autoreply", "thread": I, "headers": AUTO,
     "sender": "Gemeente Heesvoort <gemeente@heesvoort.nl>",
     "subject": "Wij hebben uw e-mail ontvangen",
     "body": "Dank u wel voor uw e-mail aan de gemeente Heesvoort. Uw bericht is doorgestuurd naar de juiste "
             "afdeling. Hebt u binnen 10 werkdagen geen reactie? Bel dan 14 0412.\n\nLet op: dit is een "
             "automatisch antwoord."},
    {"id": "d36-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Priya Ramdin <p.ramdin@duinstreek-werkt.nl>",
     "body": "Still on leave, so ignore my auto-reply - but count me in for the 11th.\n\nPriya"},
]
# fmt: on
