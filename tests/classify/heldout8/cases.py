"""The eighth held-out set's cases (issue 17): written in one sitting without reading the classifier, its phrase
lists, its training data or any other set's cases; each labelled as the secretariat should treat it, and cases that
could not be labelled with confidence were left out.

Replies to our follow-up mail (vervolg_atelier) and to the thank-you for a suggestion carry the thread
``call_for_themes``; replies to the RSVP confirmation, the waiting-list notice, the change and the cancellation carry
``invitation``. A director who cannot come but sends a substitute is an RSVP with ``attending`` False; a reply that
changes an earlier answer is labelled with the latest answer. A mail that mixes an act with a question a person must
answer, or acts for someone else, is ``other``. Inline answers carry our quoted lines in ``body`` and no ``quoted``.
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
IPAD_EN = "\n\nSent from my iPad"
SAMSUNG = "\n\nVerzonden vanaf mijn Galaxy"
OUTLOOK_IOS = "\n\nDownload Outlook voor iOS"
WORKSPACE = "\n\nVerzonden met Workspace ONE Boxer"
DISCLAIMER_NL = (
    "\n\n---------------------------------------------------------------------------------\n"
    "Dit e-mailbericht is alleen bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie bevatten. "
    "Aan dit bericht kunnen geen rechten worden ontleend. De werkorganisatie aanvaardt geen aansprakelijkheid "
    "voor schade door virussen of door onjuiste overbrenging van dit bericht.\n"
    "---------------------------------------------------------------------------------"
)
DISCLAIMER_BI = (
    "\n\nDenk aan het milieu voordat u deze e-mail print. / Please consider the environment before printing.\n"
    "Deze e-mail kan vertrouwelijke informatie bevatten. Bent u niet de beoogde ontvanger, meld dit dan aan de "
    "afzender en verwijder het bericht. This e-mail may contain confidential information; if you are not the "
    "intended recipient, please notify the sender and delete it."
)
TEAMS_SIG = "\n\nBereikbaar via Teams of 0513 - 48 22 10\nIk werk op maandag, dinsdag en donderdag."
DRENTS = "\n\nGoeiendag en de groeten,\nHarm Kiewiet\ngemeentesecretaris/directeur Werkorganisatie Zuidveld"
ZEEUWS = "\n\nGroetjes uut Zeêland,\nKoos Minderhoud\nalgemeen directeur SamenWerkt Walcheren-Oost"
AUTO = {"Auto-Submitted": "auto-replied"}
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- subscribe: the writer asks to join the network themself ------------------------------------------------
    {"id": "h8-subscribe-01", "kind": "subscribe", "thread": None,
     "sender": "Ingrid Oosterbaan <i.oosterbaan@werkorganisatie-lingehoven.nl>",
     "subject": "Lidmaatschap netwerk",
     "body": "Geacht secretariaat,\n\nPer 1 september jl. ben ik benoemd tot algemeen directeur van de "
             "werkorganisatie Lingehoven, waarin de gemeenten Aalst-Linge, Rijswaard en Hoornaar-Oost hun "
             "ambtelijke organisatie hebben ondergebracht. Van mijn voorganger hoorde ik veel goeds over uw netwerk. "
             "Ik zou daar graag deel van uitmaken en verzoek u mij als lid in te schrijven.\n\n"
             "Hoogachtend,\n\ndrs. I.M. Oosterbaan MPM\nalgemeen directeur / secretaris"
             + DISCLAIMER_NL},
    {"id": "h8-subscribe-02", "kind": "subscribe", "thread": None,
     "sender": "Bas Terpstra <b.terpstra@debuorren.nl>",
     "subject": "graag lid",
     "body": "Zet me maar op de lijst.\n\nBas Terpstra\ndirecteur De Buorren (Tytjerk-Oost, Burgum-Noord)"
             + IPHONE},
    {"id": "h8-subscribe-03", "kind": "subscribe", "thread": None,
     "sender": "Marco Ferreira <m.ferreira@wo-hartvanbrabant-zuid.nl>",
     "subject": "Aanmelding / Registration",
     "body": "Dear secretariat,\n\nExcuse me for writing in English, my Dutch is still not so good for formal "
             "letters. Since two months I am the director of the shared organisation of Oisterhoven and "
             "Boxmeerlo. A colleague from the VNG told me about your network. I would like very much to become "
             "a member. Also the Dutch mails are fine for me, I read Dutch quite well.\n\n"
             "Kind regards / met vriendelijke groet,\nMarco Ferreira\nDirector Werkorganisatie Hart van Brabant-Zuid"},
    {"id": "h8-subscribe-04", "kind": "subscribe", "thread": None,
     "sender": "\"Wevers, J.H. (Joost)\" <jh.wevers@svdk.nl>",
     "subject": "Aanmelden svp - J.H. Wevers, directeur SVDK (Steenwold, Vledder-Dijk, Kolderveen)",
     "body": ""},
    {"id": "h8-subscribe-05", "kind": "subscribe", "thread": None,
     "sender": "Annelies Vrolijk-Brandsma <a.vrolijk@gemeenten-aanzee.nl>",
     "subject": "Hallo!",
     "body": "Hallo allemaal!\n\nNou, daar ben ik dan, de nieuwe (nou ja, sinds maart) directeur van de "
             "Gemeenten Aan Zee. Eerst een half jaar ingewerkt, heel veel kennisgemaakt, met de drie colleges, "
             "de OR, de raden, noem maar op, en nu dacht ik: het wordt tijd om ook eens buiten de deur te kijken "
             "hoe anderen het doen. Mijn collega Gert-Jan uit Duinrand zei dat jullie netwerk daar hét adres voor "
             "is. Dus: ik wil graag meedoen! Ik hoor wel wat ik verder moet doen.\n\n"
             "Zonnige groet,\nAnnelies\n\nAnnelies Vrolijk-Brandsma\ndirecteur Gemeenten Aan Zee\n06 41 88 20 73"},
    {"id": "h8-subscribe-06", "kind": "subscribe", "thread": None,
     "sender": "R. Hoekman <r.hoekman@werkorganisatie-dehorst.nl>",
     "subject": "Netwerk directeuren ambtelijke fusieorganisaties",
     "body": "Goedemorgen,\n\nNaam: Rutger Hoekman\nFunctie: algemeen directeur\nOrganisatie: Werkorganisatie De "
             "Horst (gemeenten Horstveen en Lierop-Noord)\nE-mail: r.hoekman@werkorganisatie-dehorst.nl\n"
             "Telefoon: 0493 - 55 12 90\nVerzoek: inschrijving als deelnemer van het netwerk\n\n"
             "Met vriendelijke groet,\nRutger Hoekman"},
    {"id": "h8-subscribe-07", "kind": "subscribe", "thread": None,
     "sender": "Petra Louwerse <p.louwerse@bmw-gemeenten.nl>",
     "subject": "aanmeldne",
     "body": "Hoi, ik wil me graag aanmleden voor het netwerk van direceturen. Ben sinds kort directeur bij de "
             "BMW-gemeenten (Brielle-Maas, Westvoorne-Oost). Groet Petra" + SAMSUNG},
    {"id": "h8-subscribe-08", "kind": "subscribe", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "sender": "Yvonne Dekker <y.dekker@dekempenhorst.nl>",
     "subject": "RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "body": "Goedemiddag,\n\nDeze uitnodiging kwam via mijn voorganger bij mij terecht; zelf sta ik nog niet bij u "
             "ingeschreven. Dat wil ik bij dezen graag regelen: ik ben sinds 1 november directeur van De "
             "Kempenhorst en wil graag zelf lid worden van het netwerk.\n\nMet vriendelijke groet,\nYvonne Dekker"},
    {"id": "h8-subscribe-09", "kind": "subscribe", "thread": None,
     "sender": "Thijs van Aalderen <directeur@odra-gemeenten.nl>",
     "subject": "Wil ook meedoen",
     "body": "Beste mensen van SeinstravandeLaar,\n\nOp het VNG-congres in Den Bosch sprak ik Stan van de Laar "
             "even bij de koffie. Hij raadde me aan om jullie te mailen. Bij deze: ook ik wil graag aansluiten bij "
             "het netwerk. Mijn adres is dit adres (directeur@odra-gemeenten.nl), dat lees ik zelf.\n\n"
             "Groet,\nThijs van Aalderen\ndirecteur ODRA (Oosterdal, Rhenewaard, Amerongen-Noord)" + DISCLAIMER_BI},
    {"id": "h8-subscribe-10", "kind": "subscribe", "thread": None,
     "sender": "Saskia Brinkhorst <s.brinkhorst@veenhoeve.nl>",
     "subject": "Inschrijving",
     "body": "Goedendag. Ik meld me aan als lid. Functie: directeur-bestuurder Veenhoeve. Bvd, S. Brinkhorst"},
    {"id": "h8-subscribe-11", "kind": "subscribe", "thread": None,
     "sender": "Harm Kiewiet <h.kiewiet@zuidveld.nl>",
     "subject": "Aanmelding",
     "body": "Moi,\n\nIk lees al een tijdje met de verslagen mee die mijn collega-directeuren doorsturen. Wordt tijd "
             "dat ik ze zelf krijg. Willen jullie mij inschrijven voor het netwerk?" + DRENTS},
    {"id": "h8-subscribe-12", "kind": "subscribe", "thread": None,
     "sender": "Lotte Schuringa <l.schuringa@werkorganisatie-delta-oost.nl>",
     "subject": "Request to join the network",
     "body": "Hi,\n\nI'd like to sign up for the Netwerk van directeuren van ambtelijke fusieorganisaties. I "
             "started as managing director of Werkorganisatie Delta-Oost in October.\n\nBest,\nLotte Schuringa"
             + IPAD_EN},
    {"id": "h8-subscribe-13", "kind": "subscribe", "thread": None,
     "sender": "Dhr. W. Zandbergen <w.zandbergen@dewoldenplas.nl>",
     "subject": "Opgave lidmaatschap",
     "body": "Geachte heer, mevrouw,\n\nHierbij geef ik mij op als lid van het Netwerk van directeuren van "
             "ambtelijke fusieorganisaties.\n\nMijn gegevens:\nW. (Wim) Zandbergen\nDirecteur Werkorganisatie "
             "Woldenplas\nPostbus 40, 7950 AA Staphorst-Oost\n\nMet de meeste hoogachting,\n\nW. Zandbergen"
             + DISCLAIMER_NL},
    {"id": "h8-subscribe-14", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd", "quote": "gmail",
     "sender": "Jeroen Baas <j.baas@hollandsmidden-wo.nl>",
     "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Dag Stan en Melanie,\n\nAnderhalf jaar geleden ben ik afgehaakt toen ik naar de provincie ging. "
             "Inmiddels zit ik weer op een directeursstoel, nu bij de werkorganisatie Hollands Midden-West. Ik wil "
             "er dus graag weer bij, op dit nieuwe adres.\n\nHartelijke groet,\nJeroen Baas"},
    {"id": "h8-subscribe-15", "kind": "subscribe", "thread": None,
     "sender": "Femke Rijnders <femke.rijnders@gemeenten-berkelland-oost.nl>",
     "subject": "Vraag om toelating tot het netwerk",
     "body": "Beste secretariaat,\n\nMijn naam is Femke Rijnders en sinds deze zomer ben ik directeur van de "
             "ambtelijke organisatie die Berkelstad en Eibergen-Noord samen hebben. Graag word ik lid van uw "
             "netwerk; het lijkt me waardevol om met collega's te sparren over de dilemma's die we hier "
             "tegenkomen.\n\nAlvast bedankt!\n\nFemke Rijnders" + TEAMS_SIG},
    {"id": "h8-subscribe-16", "kind": "subscribe", "thread": None,
     "sender": "Ahmet Yildiz <a.yildiz@werkorganisatie-dalfsen-ommeland.nl>",
     "subject": "Aanmelding netwerk",
     "body": "Goedemiddag,\n\nGraag wil ik mij aanmelden bij het netwerk. Ik ben nieuw directeur van de "
             "werkorganisatie Dalfsen-Ommeland. Mijn Nederlands schrijven is niet perfect, excuses daarvoor. Ik "
             "kom uit Turkije maar werk al 15 jaar bij de gemeenten. Ik zie uit naar kennis maken met de andere "
             "directeuren.\n\nVriendelijke groet,\nAhmet Yildiz"},
    {"id": "h8-subscribe-17", "kind": "subscribe", "thread": None,
     "sender": "M. de Graaf-Wientjes <m.degraaf@bergenhoef.nl>",
     "subject": "",
     "body": "Graag aanmelden voor het netwerk directeuren. M. de Graaf-Wientjes, directeur Bergenhoef." + OUTLOOK_IOS},
    {"id": "h8-subscribe-18", "kind": "subscribe", "thread": None,
     "sender": "Erik-Jan Mulder <ej.mulder@rivierenwaard.nl>",
     "subject": "Houden jullie mij op de hoogte?",
     "body": "Beste,\n\nWil je me toevoegen aan het netwerk? Dan krijg ik voortaan ook de uitnodigingen voor de "
             "ateliers en de oproepen. Ik ben algemeen directeur van Rivierenwaard.\n\nDank!\nEJ"},
    {"id": "h8-subscribe-19", "kind": "subscribe", "thread": None,
     "sender": "Karin Veltkamp <k.veltkamp@ambtelijkeorganisatie-ijsselvliet.nl>",
     "subject": "Inschrijving netwerk via Stan",
     "body": "Hoi Stan,\n\nZoals beloofd tijdens ons telefoontje van vanochtend: bij deze mijn officiële aanmelding "
             "als lid. Ik gebruik dit adres, k.veltkamp@ambtelijkeorganisatie-ijsselvliet.nl.\n\nTot snel,\n"
             "Karin Veltkamp\nalgemeen directeur IJsselvliet" + WORKSPACE},
    {"id": "h8-subscribe-20", "kind": "subscribe", "thread": None,
     "sender": "Gerrit Jan Kuipers <gj.kuipers@wo-dehoeksewaard.nl>",
     "subject": "Ik sluit graag aan",
     "body": "Goedemorgen,\n\nNa het lezen van uw brochure, die ik van een collega kreeg, wil ik graag aansluiten "
             "bij het netwerk. Twee ateliers per jaar past precies in mijn agenda.\n\nMet hartelijke groet,\n\n"
             "Gerrit Jan Kuipers\ndirecteur Werkorganisatie De Hoeksewaard\nT 078 - 770 45 00"},

    # -- confirm: the double opt-in answered -------------------------------------------------------------------
    {"id": "h8-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Ingrid Oosterbaan <i.oosterbaan@werkorganisatie-lingehoven.nl>",
     "body": "" + DISCLAIMER_NL},
    {"id": "h8-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Bas Terpstra <b.terpstra@debuorren.nl>",
     "body": "Klopt" + IPHONE},
    {"id": "h8-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Marco Ferreira <m.ferreira@wo-hartvanbrabant-zuid.nl>",
     "body": "Yes, that was me. Confirmed, thank you!\n\nMarco"},
    {"id": "h8-confirm-04", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "sender": "Rutger Hoekman <r.hoekman@werkorganisatie-dehorst.nl>",
     "body": "Excuus, uw eerste bericht was in de quarantaine van ons mailfilter beland. Bij dezen alsnog "
             "bevestigd.\n\nRutger Hoekman"},
    {"id": "h8-confirm-05", "kind": "confirm", "thread": None,
     "sender": "Petra Louwerse <p.louwerse@bmw-gemeenten.nl>",
     "subject": "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "ja is goed hoor, bevestigd" + SAMSUNG},
    {"id": "h8-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "sender": "W. Zandbergen <w.zandbergen@dewoldenplas.nl>",
     "body": "Geachte heer Van de Laar, mevrouw Huurneman,\n\nHierbij bevestig ik mijn aanmelding, onder "
             "referentie AF-7K3Q9-XM2PA-4RTZ8.\n\nHoogachtend,\nW. Zandbergen"},
    {"id": "h8-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Femke Rijnders <femke.rijnders@gemeenten-berkelland-oost.nl>",
     "body": "👍" + TEAMS_SIG},
    {"id": "h8-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "Harm Kiewiet <h.kiewiet@zuidveld.nl>",
     "body": "Jazeker, dat was ik. Prima zo." + DRENTS},
    {"id": "h8-confirm-09", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "sender": "Annelies Vrolijk-Brandsma <a.vrolijk@gemeenten-aanzee.nl>",
     "body": "Oeps, helemaal vergeten! Ja ja ja, ik wil lid worden 😊\n\nAnnelies"},
    {"id": "h8-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "sender": "Ahmet Yildiz <a.yildiz@werkorganisatie-dalfsen-ommeland.nl>",
     "body": "Goedemiddag, ik bevestig hierbij mijn inschrijving. Dank u wel voor snel reactie.\n\nAhmet Yildiz"},
    {"id": "h8-confirm-11", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Karin Veltkamp <k.veltkamp@ambtelijkeorganisatie-ijsselvliet.nl>",
     "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "Goedemorgen,\n\nNamens mevrouw Veltkamp, vanuit haar mailbox die ik beheer: zij vroeg mij haar "
             "aanmelding te bevestigen. Bij dezen dus akkoord.\n\nMet vriendelijke groet,\nDianne Koster\n"
             "managementassistent directie"},
    {"id": "h8-confirm-12", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote", "sender": "Gerrit Jan Kuipers <gj.kuipers@wo-dehoeksewaard.nl>",
     "body": "In orde, dank u.\n\nGJK"},

    # -- unsubscribe: leaving the network, AVG erasure, hand-over to a named successor ----------------------------
    {"id": "h8-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Drs. H.J. Blankenstein <hj.blankenstein@dewoldenplas.nl>",
     "subject": "Uitschrijving",
     "body": "Graag uitschrijven. Ik ga per 1 februari met pensioen.\n\nBlankenstein"},
    {"id": "h8-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Monique Haverkamp <m.haverkamp@werkorganisatie-lingehoven.nl>",
     "body": "Beste Stan en Melanie,\n\nOnderwerpen heb ik deze keer niet: ik vertrek per 1 april naar de provincie "
             "Gelderland. Haal mij dus maar van jullie verzendlijst; het netwerk is dan niet meer aan mij besteed.\n\n"
             "Het ga jullie goed!\nMonique"},
    {"id": "h8-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Pieter-Bas Oudshoorn <pb.oudshoorn@gemeenten-vlietstreek.nl>",
     "body": "Goedemiddag,\n\nIk zal er op 11 maart niet bij zijn. Sterker nog: per 1 januari gaan Vlietstreek en "
             "Zoeterwoude-Oost op in een herindeelde gemeente en houdt onze ambtelijke fusie op te bestaan. Het "
             "lijkt me dan ook zuiver om mijn lidmaatschap van het netwerk te beëindigen.\n\nDank voor de fijne "
             "jaren,\nPieter-Bas Oudshoorn" + DISCLAIMER_NL},
    {"id": "h8-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "C. van Beusekom <c.vanbeusekom@rivierenwaard.nl>",
     "body": "Geacht secretariaat,\n\nNaar aanleiding van onderstaande uitnodiging: ik maak hierbij gebruik van mijn "
             "recht op vergetelheid. Ik verzoek u al mijn persoonsgegevens uit uw bestanden te verwijderen en mij "
             "geen berichten meer te sturen.\n\nMet vriendelijke groet,\nC. van Beusekom"},
    {"id": "h8-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Jan-Willem Rietveld <jw.rietveld@debuorren.nl>",
     "subject": "Wisseling van de wacht bij De Buorren",
     "body": "Beste secretariaat,\n\nPer 1 maart neemt Hanneke Wolters (h.wolters@debuorren.nl) de directie van "
             "De Buorren van mij over. Zij wil graag de uitnodigingen en oproepen van het netwerk ontvangen; mij "
             "kunt u vanaf dan uitschrijven.\n\nMet vriendelijke groet,\nJan-Willem Rietveld"},
    {"id": "h8-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Sophie Mertens <s.mertens@werkorganisatie-delta-oost.nl>",
     "subject": "Please take me off the list",
     "body": "Hello,\n\nI'm leaving Werkorganisatie Delta-Oost at the end of this month and moving back to Belgium. "
             "Could you please remove me from the network's mailing list?\n\nThanks for everything,\nSophie"},
    {"id": "h8-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "A.P. Groeneveld <ap.groeneveld@svdk.nl>",
     "subject": "Uitschrijven a.u.b.",
     "body": ""},
    {"id": "h8-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "apple", "sender": "Liesbeth Vos <l.vos@gemeenten-berkelland-oost.nl>",
     "body": "Hoi allebei,\n\nGeen thema's van mijn kant: mijn opvolger is Ruben Claassen (r.claassen@gemeenten-"
             "berkelland-oost.nl). Vanaf 1 mei is hij jullie aanspreekpunt, dan ben ik hier weg. Willen jullie mij "
             "uitschrijven en hem in mijn plaats aanschrijven?\n\nLiesbeth" + IPHONE},
    {"id": "h8-unsubscribe-09", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "mr. drs. E.F. Haaksma <ef.haaksma@werkorganisatie-dehorst.nl>",
     "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
     "body": "Geachte heer Van de Laar,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming "
             "verzoek ik u mijn lidmaatschap van het netwerk te beëindigen en alle persoonsgegevens die u van mij "
             "verwerkt (naam, functie, e-mailadres, aanmeldingen voor ateliers) te wissen. Graag ontvang ik binnen "
             "de wettelijke termijn van een maand bericht dat dit is gebeurd.\n\nHoogachtend,\n\nmr. drs. E.F. "
             "Haaksma\ndirecteur bedrijfsvoering a.i."},
    {"id": "h8-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Roel Dijkhuizen <r.dijkhuizen@veenhoeve.nl>",
     "subject": "afmelden netwerk",
     "body": "Wil graag afgemeld worden vh netwerk, ben per 1 dec weg bij de gemeenteb. Bedankt! Roel" + IPHONE},
    {"id": "h8-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Hennie Bosgra <h.bosgra@zuidveld.nl>",
     "subject": "Afscheid",
     "body": "Beste Stan, beste Melanie,\n\nNa 41 jaar bij de overheid, waarvan de laatste negen als directeur van "
             "Zuidveld, ga ik eind deze maand met pensioen. Wat heb ik genoten van de ateliers! Ik denk nog vaak "
             "terug aan die middag in Zwolle waar we tot zeven uur doorpraatten over de relatie met de raden. "
             "Maar goed, alles heeft een eind. Dit is dus ook mijn laatste mail aan jullie: schrijf me maar uit. "
             "Mijn opvolger is nog niet bekend, dat gaat nog wel even duren.\n\nHartelijke groet en tot ziens, "
             "vast een keer op een verjaardag,\nHennie"},
    {"id": "h8-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Frank Ooms <f.ooms@wo-hartvanbrabant-zuid.nl>",
     "body": "Ik moet helaas verstek laten gaan voor donderdag. En meteen maar eerlijk: per 1 april word ik "
             "gemeentesecretaris van een gemeente die zelfstandig is, dus dit netwerk is niet meer op mij van "
             "toepassing. Wilt u mij als lid uitschrijven?\n\nGroet,\nFrank Ooms"},
    {"id": "h8-unsubscribe-13", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Daniel Kowalczyk <d.kowalczyk@gemeenten-aanzee.nl>",
     "subject": "GDPR request - deletion",
     "body": "Dear sir/madam,\n\nUnder the GDPR I request that you unsubscribe me and delete all personal data you "
             "hold about me. Please confirm once this has been done.\n\nRegards,\nDaniel Kowalczyk"},
    {"id": "h8-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Wilma Jongeneel <w.jongeneel@samenwerkt-walcheren-oost.nl>",
     "subject": "Overdracht",
     "body": "Goedemorgen,\n\nIk vertrek bij SamenWerkt. Tot er een vaste directeur is, neemt Dirk-Jan Hazeleger "
             "(dj.hazeleger@samenwerkt-walcheren-oost.nl) als interim-directeur mijn plek in het netwerk over. Wilt "
             "u voortaan hem uitnodigen in plaats van mij?\n\nVr. gr.,\nWilma Jongeneel"},
    {"id": "h8-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Tom Bakkenes <t.bakkenes@bergenhoef.nl>",
     "body": "Goedendag,\n\nIk ontving deze welkomstmail, maar ik ben hier volgens mij per abuis aangemeld door ons "
             "directiesecretariaat: ik ben concerncontroller, geen directeur. Wilt u mijn lidmaatschap weer "
             "intrekken?\n\nMet vriendelijke groet,\nTom Bakkenes"},
    {"id": "h8-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "bedankt_suggestie",
     "quote": "gmail", "sender": "Arjen Smeenk <a.smeenk@odra-gemeenten.nl>",
     "body": "Los van mijn suggestie van destijds: ik stap uit het netwerk. De gemeenteraden hebben besloten de "
             "samenwerking per 2028 te ontbinden en ik begeleid de ontvlechting; voor de ateliers heb ik geen tijd "
             "meer. Dus graag uitschrijven.\n\nArjen"},
    {"id": "h8-unsubscribe-17", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "sender": "Gea Wolthuis <g.wolthuis@dalfsen-ommeland.nl>",
     "body": "Geen thema's, ik wil eraf. En graag ook al mijn gegevens wissen, ik wil nergens meer in staan.\n\nGea "
             "Wolthuis" + SAMSUNG},
    {"id": "h8-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "L.M. Timmerman <lm.timmerman@hollandsmidden-wo.nl>",
     "subject": "Beëindiging deelname netwerk directeuren",
     "body": "Geachte secretaris,\n\nMet ingang van heden beëindig ik mijn deelname aan het Netwerk van directeuren "
             "van ambtelijke fusieorganisaties.\n\nHoogachtend,\n\nL.M. Timmerman\nalgemeen directeur"
             + DISCLAIMER_NL},
    {"id": "h8-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Nadia El Amrani <n.elamrani@rivierenwaard.nl>",
     "subject": "Handing over to my successor",
     "body": "Dear Stan and Melanie,\n\nI'm handing over to my successor, Sanne de Wit (s.dewit@rivierenwaard.nl), "
             "who starts as director on 1 June. Please take me off the list and add her instead.\n\n"
             "Warm regards,\nNadia El Amrani" + DISCLAIMER_BI},
    {"id": "h8-unsubscribe-20", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Bert Hofstede <b.hofstede@werkorganisatie-woldenplas.nl>",
     "subject": "AVG - verwijderverzoek",
     "body": "Beste mensen,\n\nIk wil geen lid meer zijn van het netwerk. Verwijder svp ook mijn naam, functie en "
             "e-mailadres uit jullie administratie, conform de AVG.\n\nBert Hofstede"},

    # -- rsvp: yes, no, substitutes, changes of mind, guests, calendar answers ----------------------------------
    {"id": "h8-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Ingrid Oosterbaan <i.oosterbaan@werkorganisatie-lingehoven.nl>",
     "body": "Present.\n\nIO"},
    {"id": "h8-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Annelies Vrolijk-Brandsma <a.vrolijk@gemeenten-aanzee.nl>",
     "body": "Wat een mooi onderwerp, dat is precies waar wij hier elke week mee worstelen! Daar wil ik absoluut "
             "bij zijn. Ik pak de trein, dus als iemand uit de kop van Noord-Holland ook gaat: carpoolen in de "
             "intercity 😉\n\nTot de 11e!\nAnnelies"},
    {"id": "h8-rsvp-03", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Rutger Hoekman <r.hoekman@werkorganisatie-dehorst.nl>",
     "body": "Beste Melanie,\n\nHelaas, die middag hebben we een raadsinformatiebijeenkomst over de kadernota en "
             "daar moet ik bij zijn. Volgende keer beter!\n\nGroet,\nRutger"},
    {"id": "h8-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Karin Veltkamp <k.veltkamp@ambtelijkeorganisatie-ijsselvliet.nl>",
     "body": "Zelf zit ik die week op Texel met het college (heidagen). Mijn plaatsvervanger Ellen Boersma "
             "(e.boersma@ambtelijkeorganisatie-ijsselvliet.nl) gaat in mijn plaats. Zij is op de hoogte.\n\n"
             "Karin" + WORKSPACE},
    {"id": "h8-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Gerrit Jan Kuipers <gj.kuipers@wo-dehoeksewaard.nl>",
     "body": "Goedemorgen,\n\nIntussen is de raadsvergadering verzet naar die donderdag. U kunt mij dus van de "
             "wachtlijst schrappen; geef de plek aan een ander.\n\nGJK"},
    {"id": "h8-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Femke Rijnders <femke.rijnders@gemeenten-berkelland-oost.nl>",
     "body": "Hoi,\n\nJa, en ik neem twee MT-leden mee: Hans Tol (concernmanager) en Ria Blom (manager "
             "dienstverlening). Dus met z'n drieën.\n\nFemke" + TEAMS_SIG},
    {"id": "h8-rsvp-07", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Thijs van Aalderen <directeur@odra-gemeenten.nl>",
     "subject": "Geaccepteerd: " + INV,
     "body": "Tot dan."},
    {"id": "h8-rsvp-08", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Saskia Brinkhorst <s.brinkhorst@veenhoeve.nl>",
     "subject": "Geweigerd: " + INV,
     "body": "Sorry, dubbel geboekt met de AB-vergadering van de veiligheidsregio."},
    {"id": "h8-rsvp-09", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Lotte Schuringa <l.schuringa@werkorganisatie-delta-oost.nl>",
     "subject": "Accepted: " + INV,
     "body": ""},
    {"id": "h8-rsvp-10", "kind": "rsvp", "attending": True, "thread": None,
     "sender": "Bas Terpstra <b.terpstra@debuorren.nl>",
     "subject": "Aanmelding atelier 11 maart",
     "body": "Goedemiddag,\n\nHierbij meld ik mij aan voor het Leer- en inspireer-atelier van donderdag 11 maart in "
             "Utrecht.\n\nMet vriendelijke groet,\nBas Terpstra"},
    {"id": "h8-rsvp-11", "kind": "rsvp", "attending": False, "thread": None,
     "sender": "Wim Zandbergen <w.zandbergen@dewoldenplas.nl>",
     "subject": "Atelier 11/3",
     "body": "Beste mevrouw Huurneman,\n\nVoor het atelier op donderdag 11 maart moet ik mij helaas afmelden; die "
             "middag heb ik bestuurlijk overleg met de provincie over de regionale energiestrategie.\n\n"
             "Met vriendelijke groet,\nW. Zandbergen"},
    {"id": "h8-rsvp-12", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Harm Kiewiet <h.kiewiet@zuidveld.nl>",
     "body": "Ik ben er, maar wordt rond kwart voor drie: ik zit 's ochtends nog in Amersfoort. Begin maar zonder "
             "mij." + IPHONE},
    {"id": "h8-rsvp-13", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Marco Ferreira <m.ferreira@wo-hartvanbrabant-zuid.nl>",
     "body": "Dear Melanie, I am sick since yesterday, with fever, so tomorrow I cannot come. Please give my place "
             "to someone from the waiting list. Sorry for the short notice.\n\nMarco"},
    {"id": "h8-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Yvonne Dekker <y.dekker@dekempenhorst.nl>",
     "body": "De nieuwe datum komt mij eigenlijk beter uit dan de oude. Op 18 maart ben ik er gewoon bij.\n\n"
             "Yvonne"},
    {"id": "h8-rsvp-15", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail", "sender": "Erik-Jan Mulder <ej.mulder@rivierenwaard.nl>",
     "body": "18 maart lukt mij niet, dan zitten we in Oostenrijk (voorjaarsvakantie kinderen, niet te verschuiven). "
             "Helaas dus.\n\nEJ"},
    {"id": "h8-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Ellen Boersma <e.boersma@ambtelijkeorganisatie-ijsselvliet.nl>",
     "body": "Beste Stan en Melanie,\n\nDank voor de uitnodiging. Ik kom graag in plaats van Karin en heb het al in "
             "mijn agenda gezet.\n\nMet vriendelijke groet,\nEllen Boersma\nloco-directeur"},
    {"id": "h8-rsvp-17", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-lijn", "sender": "Frits Nijhuis <f.nijhuis@werkorganisatie-woldenplas.nl>",
     "body": "Goedemiddag,\n\nIk kan op die dag helaas ook niet, er staat een integriteitsonderzoek gepland dat ik "
             "moet begeleiden. Ik heb Dirk al laten weten dat hij iemand anders moet zoeken.\n\nFrits Nijhuis"},
    {"id": "h8-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Saskia Brinkhorst <s.brinkhorst@veenhoeve.nl>",
     "body": "Vorige week meldde ik me nog af vanwege de AB-vergadering, maar die is verplaatst. Dus ik kan er "
             "toch bij zijn. Houd een plekje voor me vrij!\n\nSaskia"},
    {"id": "h8-rsvp-19", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Jeroen Baas <j.baas@hollandsmidden-wo.nl>",
     "subject": "RE: " + INV,
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nJa.\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nMet z'n tweeën: collega Wendy Bos "
             "(concerncontroller) gaat mee.\n\n"
             "> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.\n\n"
             "n.v.t.\n\nJeroen"},
    {"id": "h8-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Secretariaat directie Berkelland-Oost <directiesecretariaat@gemeenten-"
     "berkelland-oost.nl>",
     "body": "Goedemorgen,\n\nNamens mevrouw Rijnders laat ik u weten dat zij op 11 maart aanwezig zal zijn. Zij "
             "volgt een glutenvrij dieet; wilt u daar bij de catering rekening mee houden?\n\nMet vriendelijke "
             "groet,\nMarloes Tuinstra\nsecretaresse directie"},
    {"id": "h8-rsvp-21", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Directiesecretariaat De Horst <directiesecretariaat@werkorganisatie-dehorst.nl>",
     "body": "Geachte heer, mevrouw,\n\nDe heer Hoekman is op 11 maart helaas verhinderd in verband met een "
             "werkbezoek van de commissaris van de Koning.\n\nMet vriendelijke groet,\n\nnamens R. Hoekman,\n"
             "Ilse van der Meulen\nbestuurs- en directieondersteuning"},
    {"id": "h8-rsvp-22", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Lotte Schuringa <l.schuringa@werkorganisatie-delta-oost.nl>",
     "body": "Hi both,\n\nUnfortunately I have to decline this time - I'll be in Copenhagen that week on a study "
             "trip with our council.\n\nBest,\nLotte"},
    {"id": "h8-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Petra Louwerse <p.louwerse@bmw-gemeenten.nl>",
     "body": "Ik kom grafg! Tit dan" + IPHONE},
    {"id": "h8-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Koos Minderhoud <k.minderhoud@samenwerkt-walcheren-oost.nl>",
     "body": "We komen met ons drieën: ikzelf, onze concerncontroller en de strategisch adviseur. Da's wel een "
             "eindje rijden vanaf hier, maar het onderwerp is het waard." + ZEEUWS},
    {"id": "h8-rsvp-25", "kind": "rsvp", "attending": False, "thread": None,
     "sender": "Thijs van Aalderen <directeur@odra-gemeenten.nl>",
     "subject": "Atelier 11 maart - vervanging",
     "body": "Beste secretariaat,\n\nVoor het atelier van 11 maart stuur ik mijn adjunct, Mirjam Schouten "
             "(m.schouten@odra-gemeenten.nl). Zelf zit ik die dag in Brussel bij het Comité van de Regio's.\n\n"
             "Groet,\nThijs"},
    {"id": "h8-rsvp-26", "kind": "rsvp", "attending": False, "thread": None,
     "sender": "Annemarie Wijnbergen <a.wijnbergen@gemeenten-vlietstreek.nl>",
     "subject": "Verhinderd: Leer- en inspireer-atelier 11 maart",
     "body": ""},
    {"id": "h8-rsvp-27", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "mr. J.A.M. Verhoeven <jam.verhoeven@bergenhoef.nl>",
     "body": "Geacht secretariaat,\n\nGaarne bevestig ik mijn aanwezigheid bij het atelier op 11 maart a.s.\n\n"
             "Hoogachtend,\nmr. J.A.M. Verhoeven\nalgemeen directeur Bergenhoef"},
    {"id": "h8-rsvp-28", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Bart Kleinjan <bart.kleinjan@gemeenten-aanzee.nl>",
     "body": "Nee hoor, gaat 'm deze keer niet worden. Succes!"},
    {"id": "h8-rsvp-29", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Karin Veltkamp <k.veltkamp@ambtelijkeorganisatie-ijsselvliet.nl>",
     "body": "Kleine wijziging: Ellen Boersma, die ik als vervanger had opgegeven, blijkt toch niet te kunnen. De "
             "heidagen op Texel zijn ingekort, dus nu kom ik gewoon zelf.\n\nKarin" + WORKSPACE},
    {"id": "h8-rsvp-30", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Ahmet Yildiz <a.yildiz@werkorganisatie-dalfsen-ommeland.nl>",
     "subject": "Ja: " + INV,
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ja, ik zal aanwezig zijn.\n\n-- \nVerzonden via Zimbra Agenda"},

    # -- suggestion: topics for an atelier, labelled with the themes of what is proposed -------------------------
    {"id": "h8-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Rutger Hoekman <r.hoekman@werkorganisatie-dehorst.nl>",
     "body": "Goedemorgen,\n\nMijn onderwerp: ons sturingsconcept. Werken we straks nog met afdelingen en "
             "afdelingshoofden, of stappen we over op zelforganiserende teams met integrale verantwoordelijkheid? "
             "Ik ben benieuwd welke keuzes collega's daarin hebben gemaakt en wat het opleverde.\n\nRutger"},
    {"id": "h8-suggestion-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Yvonne Dekker <y.dekker@dekempenhorst.nl>",
     "body": "Graag een keer iets over de positie van een werkorganisatie in de regio. De regiodeal en de "
             "woningbouwafspraken vragen steeds vaker om samenwerking over de grens van onze fusie heen, met "
             "buurgemeenten die er niet bij zitten. Hoe verhoud je je daartoe?\n\nYvonne"},
    {"id": "h8-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Saskia Brinkhorst <s.brinkhorst@veenhoeve.nl>",
     "body": "Twee onderwerpen:\n- hoe krijgen we oudere inwoners mee nu bijna alles via het digitale loket gaat\n"
             "- het personeelstekort bij vergunningverlening en hoe je je formatie flexibel inzet\n\nSaskia"},
    {"id": "h8-suggestion-04", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Lotte Schuringa <l.schuringa@werkorganisatie-delta-oost.nl>",
     "body": "Hi Stan and Melanie,\n\nI'd like to propose a session on long-term vision: where do we want to be as "
             "an organisation in 2035, and how do we turn three fresh coalition agreements into one set of "
             "administrative priorities we can actually deliver on?\n\nBest,\nLotte"},
    {"id": "h8-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "apple",
     "sender": "Gerrit Jan Kuipers <gj.kuipers@wo-dehoeksewaard.nl>",
     "body": "Samenwerking hebben we nu wel uitgebreid gehad, daar ging deze hele middag over. Volgende keer liever "
             "iets over het financiële fundament: de meerjarenbegroting van de werkorganisatie en waar je op "
             "bedrijfsvoering kunt bezuinigen zonder de boel uit te hollen." + IPHONE},
    {"id": "h8-suggestion-06", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "sender": "Jeroen Baas <j.baas@hollandsmidden-wo.nl>",
     "subject": "RE: " + CALL,
     "body": "Hierbij mijn antwoorden tussen de regels.\n\n"
             "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n\n"
             "Geen behoefte, daar zijn we net mee klaar.\n\n"
             "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, "
             "positie in de regio;\n\n-\n\n"
             "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
             "werkprocessen, financiën, I&A;\n\n"
             "Ja: informatiebeveiliging en I&A, zeker na de hack bij onze buurgemeente.\n\n"
             "> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, "
             "monitoring van prestaties.\n\n"
             "Ook graag: hoe help je ondernemers via één loket voor twee gemeenten.\n\nJeroen"},
    {"id": "h8-suggestion-07", "kind": "suggestion", "themes": ["samenwerking"], "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Ingrid Oosterbaan <i.oosterbaan@werkorganisatie-lingehoven.nl>",
     "body": "Dank voor het welkom. U vraagt naar een onderwerp; ik heb er meteen een. Hoe houden drie "
             "gemeenteraden het gevoel dat de werkorganisatie ook van hén is? De relatie tussen de deelnemende "
             "gemeenten en de verschillen in hun ambities wegen hier zwaar.\n\nI.M. Oosterbaan" + DISCLAIMER_NL},
    {"id": "h8-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "W. Zandbergen <w.zandbergen@dewoldenplas.nl>",
     "body": "Onderwerp: hybride werken en wat dat betekent voor huisvesting en werkprocessen.\n\nW.Z."},
    {"id": "h8-suggestion-09", "kind": "suggestion", "themes": ["strategie", "samenwerking", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Femke Rijnders <femke.rijnders@gemeenten-berkelland-oost.nl>",
     "body": "Hoi,\n\nMijn lijstje:\n1) een visie 2030 voor de werkorganisatie: waar staan we over vijf jaar\n"
             "2) de gedeelde ambities van onze gemeenten richting de regio Achterhoek-Noord\n"
             "3) het klantcontactcentrum: van telefoon naar chat en WhatsApp voor inwoners\n\nFemke" + TEAMS_SIG},
    {"id": "h8-suggestion-10", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Petra Louwerse <p.louwerse@bmw-gemeenten.nl>",
     "body": "suggestie: hoe meet je je prestaties richting inwoners, klanttevredenheid en doorlooptijd van "
             "aanvragen, en wat doe je ermee" + SAMSUNG},
    {"id": "h8-suggestion-11", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "sender": "Harm Kiewiet <h.kiewiet@zuidveld.nl>",
     "body": "Nog een aanvulling op mijn eerdere mail: de arbeidsmarkt. Hoe halen wij als kleine werkorganisatie "
             "in Drenthe jong talent binnen en houden we ze vast?" + DRENTS},
    {"id": "h8-suggestion-12", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Marco Ferreira <m.ferreira@wo-hartvanbrabant-zuid.nl>",
     "body": "Topic idea: AI in de uitvoering. What can generative AI do for our werkprocessen in the back office, "
             "and for answering questions of inwoners at the front desk? We are doing a pilot, happy to share.\n\n"
             "Marco"},
    {"id": "h8-suggestion-13", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "mr. J.A.M. Verhoeven <jam.verhoeven@bergenhoef.nl>",
     "body": "Geacht secretariaat,\n\nIk stel voor te spreken over de wijze waarop een langetermijnvisie wordt "
             "vertaald naar de inrichting van de organisatie: structuur en formatie.\n\nHoogachtend,\n"
             "J.A.M. Verhoeven"},
    {"id": "h8-suggestion-14", "kind": "suggestion", "themes": ["strategie"], "thread": None,
     "sender": "Koos Minderhoud <k.minderhoud@samenwerkt-walcheren-oost.nl>",
     "subject": "Idee voor een volgend atelier",
     "body": "Hallo Stan,\n\nEen onderwerp dat ik graag eens op tafel zou zien: de inhoudelijke agenda. Welke "
             "maatschappelijke opgaven kiezen wij als bestuurlijke prioriteit als het geld niet voor alles "
             "toereikend is? Daar worstelen wij hier enorm mee." + ZEEUWS},
    {"id": "h8-suggestion-15", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Annelies Vrolijk-Brandsma <a.vrolijk@gemeenten-aanzee.nl>",
     "body": "Lieve Stan en Melanie,\n\nWat een middag was het! Ik zat in de trein terug nog na te denken over het "
             "verhaal van die collega uit Brabant, over hoe ze de samenwerking met de ondernemersverenigingen "
             "hadden opgebouwd. Heel inspirerend, en we zijn hier meteen met onze eigen ondernemersvereniging om "
             "tafel gaan zitten.\n\nMaar jullie vroegen om een onderwerp voor de volgende keer, en dat heb ik: "
             "dienstverlening aan ondernemers. Eén ondernemersloket voor al onze gemeenten, zodat een bakker in "
             "het ene dorp niet anders geholpen wordt dan in het andere. Hoe doen anderen dat?\n\n"
             "Liefs en tot de volgende!\nAnnelies"},
    {"id": "h8-suggestion-16", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Nadia El Amrani <n.elamrani@rivierenwaard.nl>",
     "body": "Two suggestions:\na) organisational structure when two shared service centres merge into one\n"
             "b) the relationship between the participating municipalities after a change of coalition\n\nNadia"
             + DISCLAIMER_BI},
    {"id": "h8-suggestion-17", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Thijs van Aalderen <directeur@odra-gemeenten.nl>",
     "body": "Informatievoorziening: één zaaksysteem voor drie gemeenten, hoe krijg je de I&A op orde zonder drie "
             "keer alles te moeten inrichten.\n\nThijs"},
    {"id": "h8-suggestion-18", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Bart Kleinjan <bart.kleinjan@gemeenten-aanzee.nl>",
     "body": "Eigenlijk vind ik alle vier de thema's interessant. Maar als ik moet kiezen: onze positie in de regio "
             "en de lange termijn visie.\n\nBart"},
    {"id": "h8-suggestion-19", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "sender": "Frank Ooms <f.ooms@wo-hartvanbrabant-zuid.nl>",
     "body": "Dienstverlening liever niet, daar hebben we net een groot programma op afgerond. Wel interessant: "
             "bestuurlijke prioriteiten stellen in een verkiezingsjaar, als drie colleges elk iets anders willen "
             "laten zien.\n\nFrank"},
    {"id": "h8-suggestion-20", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Erik-Jan Mulder <ej.mulder@rivierenwaard.nl>",
     "body": "Dank voor de mooie middag. Voor de volgende keer: het gesprek over de belangen en ambities van de "
             "deelnemende gemeenten kreeg naar mijn smaak te weinig tijd. Graag daar dieper op in.\n\nEJ"},
    {"id": "h8-suggestion-21", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "sender": "Ahmet Yildiz <a.yildiz@werkorganisatie-dalfsen-ommeland.nl>",
     "body": "Goedemiddag,\n\nMijn voorstel is verandermanagement: hoe maak je één cultuur van drie ambtelijke "
             "apparaten die samen gaan? Bij ons zijn na vier jaar nog steeds de oude 'kampen' te zien.\n\n"
             "Groet, Ahmet"},
    {"id": "h8-suggestion-22", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd",
     "sender": "Bas Terpstra <b.terpstra@debuorren.nl>",
     "body": "Proactieve dienstverlening: inwoners benaderen voordat ze bij ons aankloppen, bijvoorbeeld bij "
             "beginnende schulden.\n\nBas"},
    {"id": "h8-suggestion-23", "kind": "suggestion", "themes": ["samenwerking"], "thread": None,
     "sender": "Koen Achterberg <k.achterberg@wo-dehoeksewaard.nl>",
     "subject": "Suggestie atelier: gezamenlijke opgaven met veiligheidsregio en GGD in de regio",
     "body": ""},
    {"id": "h8-suggestion-24", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Sophie Mertens <s.mertens@werkorganisatie-delta-oost.nl>",
     "body": "Suggestions:\n1. Strategic workforce planning: how many people do we need in five years, and with "
             "which skills\n2. Designing services together with residents, e.g. testing new online forms with "
             "them\n\nSophie"},
    {"id": "h8-suggestion-25", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Pieter-Bas Oudshoorn <pb.oudshoorn@gemeenten-vlietstreek.nl>",
     "body": "Goedemiddag,\n\nEen wat principiëler onderwerp: de toekomst van de ambtelijke fusie zelf. Houden we dit "
             "model over tien jaar nog overeind, en hoe voorkom je dat één van de gemeenten zich terugtrekt omdat "
             "ze zich tekortgedaan voelt ten opzichte van de andere?\n\nPieter-Bas"},

    # -- autoreply: out-of-office, ticket systems, retired mailboxes ---------------------------------------------
    {"id": "h8-autoreply-01", "kind": "autoreply", "thread": I,
     "sender": "Rutger Hoekman <r.hoekman@werkorganisatie-dehorst.nl>",
     "subject": "Automatisch antwoord: " + INV,
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "Dank voor uw bericht. Ik ben tot en met vrijdag 19 februari afwezig en heb beperkt toegang tot mijn "
             "mail. Voor dringende zaken kunt u contact opnemen met het directiesecretariaat, "
             "(0493) 55 12 00."},
    {"id": "h8-autoreply-02", "kind": "autoreply", "thread": T,
     "sender": "Lotte Schuringa <l.schuringa@werkorganisatie-delta-oost.nl>",
     "subject": "Automatic reply: " + CALL,
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Thank you for your email. I am out of the office until Monday 25 January with limited access to "
             "email. For urgent matters, please contact my assistant at secretariaat@werkorganisatie-delta-oost.nl."},
    {"id": "h8-autoreply-03", "kind": "autoreply", "thread": I,
     "sender": "Klantcontact Werkorganisatie Lingehoven <post@werkorganisatie-lingehoven.nl>",
     "subject": "[Zaaknummer Z/27/004512] Ontvangstbevestiging: " + INV,
     "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
     "body": "Geachte afzender,\n\nUw e-mail is ontvangen en geregistreerd onder zaaknummer Z/27/004512. Wij "
             "streven ernaar uw bericht binnen vijf werkdagen in behandeling te nemen. Vermeld bij verdere "
             "correspondentie altijd het zaaknummer.\n\nDit is een automatisch gegenereerd bericht; u kunt hier "
             "niet op antwoorden.\n\nWerkorganisatie Lingehoven"},
    {"id": "h8-autoreply-04", "kind": "autoreply", "thread": R,
     "sender": "j.devos@gemeente-zoeterwoude-oost.nl",
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Per 1 januari 2027 zijn de gemeenten Vlietstreek en Zoeterwoude-Oost samengegaan. Dit e-mailadres "
             "wordt niet meer gelezen en uw bericht wordt niet doorgestuurd. Stuur uw bericht opnieuw naar "
             "info@gemeente-vlietland.nl of zoek de nieuwe contactgegevens op www.gemeente-vlietland.nl."},
    {"id": "h8-autoreply-05", "kind": "autoreply", "thread": I,
     "sender": "Bert Hofstede <b.hofstede@werkorganisatie-woldenplas.nl>",
     "subject": "Afwezig",
     "headers": {"Precedence": "auto_reply"},
     "body": "Ik ben afwezig van 8 t/m 12 maart. Uw mail wordt na terugkomst gelezen.\n\nBert Hofstede"},
    {"id": "h8-autoreply-06", "kind": "autoreply", "thread": T,
     "sender": "Monique Haverkamp <m.haverkamp@werkorganisatie-lingehoven.nl>",
     "subject": "Afwezig: " + CALL,
     "body": "Ik ben afwezig tot maandag 25 januari."},
    {"id": "h8-autoreply-07", "kind": "autoreply", "thread": I,
     "sender": "Femke Rijnders <femke.rijnders@gemeenten-berkelland-oost.nl>",
     "subject": "Automatisch antwoord: " + INV,
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "DR, RN, NRN, OOF, AutoReply"},
     "body": "Op woensdag werk ik niet. Uw mail lees ik donderdag. Heeft het haast? Bel dan het "
             "directiesecretariaat via 0545 - 25 02 50."},
    {"id": "h8-autoreply-08", "kind": "autoreply", "thread": R,
     "sender": "Yvonne Dekker <y.dekker@dekempenhorst.nl>",
     "subject": "Automatisch antwoord: " + REM,
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben met zwangerschapsverlof tot 1 juni. Mijn mail wordt in die periode niet gelezen en niet "
             "doorgestuurd. Voor zaken die niet kunnen wachten kunt u terecht bij Willem Roos, "
             "loco-directeur (w.roos@dekempenhorst.nl)."},
    {"id": "h8-autoreply-09", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Gemeenten Aan Zee <info@gemeenten-aanzee.nl>",
     "headers": {"X-Autoreply": "yes"},
     "body": "Bedankt voor uw bericht aan de Gemeenten Aan Zee. Dit is een automatisch antwoord. Wij streven "
             "ernaar binnen tien werkdagen te reageren. Voor spoedeisende zaken belt u 14 0227."},
    {"id": "h8-autoreply-10", "kind": "autoreply", "thread": T,
     "sender": "Koos Minderhoud <k.minderhoud@samenwerkt-walcheren-oost.nl>",
     "subject": "Automatic reply: " + CALL,
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "I'm on annual leave until 3 February and will not be checking email. For anything urgent please "
             "contact my PA, Joke de Klerk, on 0118 - 41 20 00.\n\nIk ben met verlof tot 3 februari. Voor dringende "
             "zaken: Joke de Klerk, 0118 - 41 20 00."},
    {"id": "h8-autoreply-11", "kind": "autoreply", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Erik-Jan Mulder <ej.mulder@gmail.com>",
     "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                "[atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Hoi! Ik ben op vakantie tot 4 april en lees mijn mail niet. Daarna reageer ik zo snel mogelijk.\n\nEJ"},
    {"id": "h8-autoreply-12", "kind": "autoreply", "thread": I,
     "sender": "Hennie Bosgra <h.bosgra@zuidveld.nl>",
     "subject": "Automatisch antwoord: " + INV,
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Vanwege ziekte ben ik voorlopig afwezig. Uw bericht wordt niet doorgestuurd. Neem voor lopende zaken "
             "contact op met het directiesecretariaat van Zuidveld."},
    {"id": "h8-autoreply-13", "kind": "autoreply", "thread": T,
     "sender": "Bas Terpstra <b.terpstra@debuorren.nl>",
     "subject": "Automatysk antwurd / Automatisch antwoord: " + CALL,
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik bin der oant en mei 29 jannewaris net. / Ik ben er tot en met 29 januari niet.\n\n"
             "Bas Terpstra\ndirekteur De Buorren"},
    {"id": "h8-autoreply-14", "kind": "autoreply", "thread": I,
     "sender": "KCC Veenhoeve <kcc@veenhoeve.nl>",
     "subject": "Wij hebben uw e-mail ontvangen",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Beste inwoner,\n\nBedankt voor uw e-mail aan de gemeente. Uw bericht is doorgezet naar de juiste "
             "afdeling. U ontvangt binnen 5 werkdagen een reactie. Let op: op deze e-mail kunt u niet "
             "reageren.\n\nMet vriendelijke groet,\nKlantcontactcentrum Veenhoeve"},
    {"id": "h8-autoreply-15", "kind": "autoreply", "thread": R,
     "sender": "Gerrit Jan Kuipers <gj.kuipers@wo-dehoeksewaard.nl>",
     "subject": "Automatisch antwoord: " + REM,
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Op 11 maart ben ik de hele dag bij het Leer- en inspireer-atelier in Utrecht en van 12 tot en met 19 "
             "maart met verlof. Mijn mail lees ik weer vanaf 22 maart."},

    # -- other: questions, complaints, pitches, press, acts for someone else, thanks, wrong address, phishing ------
    {"id": "h8-other-01", "kind": "other", "thread": None,
     "sender": "Marloes Tuinstra <directiesecretariaat@gemeenten-berkelland-oost.nl>",
     "subject": "Vraag over deelname",
     "body": "Goedemorgen,\n\nMogen ook adjunct-directeuren lid worden van het netwerk, of is het echt alleen voor "
             "de eerste directeur? Onze adjunct heeft belangstelling.\n\nMet vriendelijke groet,\nMarloes Tuinstra"},
    {"id": "h8-other-02", "kind": "other", "thread": None,
     "sender": "Kees Langerak <k.langerak@werkorganisatie-lekstroom-oost.nl>",
     "subject": "Aanmelden - wat houdt het in?",
     "body": "Hallo,\n\nIk wil me wel aanmelden, maar eerst twee vragen: kost het iets, en wordt er verwacht dat je "
             "bij elk atelier aanwezig bent? Mijn agenda zit behoorlijk vol.\n\nGroet,\nKees Langerak"},
    {"id": "h8-other-03", "kind": "other", "thread": None,
     "sender": "Robin Hartsuiker <robin@klantvizier.nl>",
     "subject": "Samenwerking: presentatie KlantVizier op uw atelier?",
     "body": "Beste organisatoren,\n\nKlantVizier helpt gemeenten om klantcontact over alle kanalen in één overzicht "
             "te brengen. Inmiddels werken 14 ambtelijke fusieorganisaties met ons platform. Graag verzorgen wij "
             "op uw volgende Leer- en inspireer-atelier een korte, inspirerende presentatie over datagedreven "
             "dienstverlening. Uiteraard kosteloos.\n\nZullen we eens bellen? Ik ben bereikbaar op 06 - 14 22 78 "
             "91.\n\nMet vriendelijke groet,\nRobin Hartsuiker\nAccountmanager Overheid, KlantVizier B.V."},
    {"id": "h8-other-04", "kind": "other", "thread": None,
     "sender": "Eva Kamerling <redactie@lokaalbestuurmagazine.nl>",
     "subject": "Interviewverzoek Lokaal Bestuur Magazine",
     "body": "Goedendag,\n\nVoor Lokaal Bestuur Magazine werk ik aan een artikel over tien jaar ambtelijke fusies. "
             "Zou ik iemand van het netwerk of de Adviesraad kunnen interviewen, telefonisch of op locatie? Mijn "
             "deadline is 15 april.\n\nMet vriendelijke groet,\nEva Kamerling\nfreelance journalist"},
    {"id": "h8-other-05", "kind": "other", "thread": None,
     "sender": "Thijs van Aalderen <directeur@odra-gemeenten.nl>",
     "subject": "Nieuwe collega ook op de lijst",
     "body": "Beste secretariaat,\n\nWilt u onze nieuwe loco-directeur, Mirjam Schouten (m.schouten@odra-"
             "gemeenten.nl), ook aanmelden voor het netwerk? Zij vervangt mij regelmatig.\n\nGroet,\nThijs"},
    {"id": "h8-other-06", "kind": "other", "thread": None,
     "sender": "Dianne Koster <d.koster@ambtelijkeorganisatie-ijsselvliet.nl>",
     "subject": "Wijziging e-mailadres mevrouw Veltkamp",
     "body": "Goedemiddag,\n\nPer 1 januari wijzigt ons domein. Het e-mailadres van mevrouw Veltkamp wordt dan "
             "k.veltkamp@ijsselvliet.nl. Wilt u dat in uw bestand aanpassen?\n\nMet vriendelijke groet,\n"
             "Dianne Koster\nmanagementassistent directie"},
    {"id": "h8-other-07", "kind": "other", "thread": None,
     "sender": "Servicedesk ICT Woldenplas <servicedesk@werkorganisatie-woldenplas.nl>",
     "subject": "Mailbox opgeheven - dhr. Blankenstein",
     "body": "Geachte heer/mevrouw,\n\nDe heer H.J. Blankenstein is uit dienst getreden; zijn mailbox "
             "hj.blankenstein@dewoldenplas.nl wordt per 1 maart opgeheven. Wij verzoeken u dit adres uit uw "
             "verzendlijsten te verwijderen.\n\nMet vriendelijke groet,\nServicedesk ICT\nmelding SD-2027-11873"},
    {"id": "h8-other-08", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "apple",
     "sender": "Ingrid Oosterbaan <i.oosterbaan@werkorganisatie-lingehoven.nl>",
     "body": "Dank voor het verslag, keurig gedaan. Ik heb het doorgestuurd aan mijn MT.\n\nI.O."},
    {"id": "h8-other-09", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Bart Kleinjan <bart.kleinjan@gemeenten-aanzee.nl>",
     "body": "Beste Melanie,\n\nDeze uitnodiging kwam bij mij pas binnen nadat de aanmeldtermijn verstreken was, en "
             "dat is de tweede keer. Kan dat anders? Zo is het lastig om een middag vrij te houden.\n\nBart"},
    {"id": "h8-other-10", "kind": "other", "thread": None,
     "sender": "H. Veldkamp <henk.veldkamp61@ziggo.nl>",
     "subject": "parkeervergunning",
     "body": "Goedendag ik wil graag een parkeervergunning aanvragen voor mijn tweede auto, ik woon aan de "
             "Dorpsstraat 14. Wat moet ik daarvoor doen en wat kost het? Groeten H. Veldkamp"},
    {"id": "h8-other-11", "kind": "other", "thread": None,
     "sender": "Microsoft 365 Beheer <no-reply@ms365-mailbeheer.com>",
     "subject": "Actie vereist: uw mailbox info@ambtelijkefusie.nl is bijna vol",
     "body": "Beste gebruiker,\n\nUw mailbox heeft 98% van de opslaglimiet bereikt. Inkomende berichten worden "
             "binnen 24 uur geweigerd. Valideer uw account via onderstaande link om extra opslag te activeren:\n\n"
             "https://ms365-mailbeheer.com/validate?u=info%40ambtelijkefusie.nl\n\nMicrosoft 365 Team"},
    {"id": "h8-other-12", "kind": "other", "thread": None,
     "sender": "Administratie <facturen@seinstra-vdlaar-admin.com>",
     "subject": "RE: Openstaande factuur 2027-0391 / Outstanding invoice",
     "body": "Goedemiddag,\n\nIn de bijlage treft u de herinnering voor factuur 2027-0391 (EUR 4.860,00). Wij "
             "verzoeken u het bedrag vandaag nog over te maken naar ons nieuwe rekeningnummer. Please find the "
             "invoice here: https://docs-share.seinstra-vdlaar-admin.com/f/2027-0391\n\nKind regards,\n"
             "Accounts receivable"},
    {"id": "h8-other-13", "kind": "other", "thread": None,
     "sender": "Harm Kiewiet <h.kiewiet@zuidveld.nl>",
     "subject": "Adviesraad",
     "body": "Beste Stan,\n\nIk hoorde dat er een plek vrijkomt in de Adviesraad. Daar wil ik mij graag voor "
             "kandidaat stellen; ik denk dat ik vanuit een kleine, landelijke werkorganisatie een ander geluid kan "
             "inbrengen. Hoe gaat de selectie in zijn werk?" + DRENTS},
    {"id": "h8-other-14", "kind": "other", "thread": None,
     "sender": "Julia van Oordt <j.vanoordt@student.ru.nl>",
     "subject": "Verzoek: enquête onder directeuren voor masterscriptie",
     "body": "Geachte heer, mevrouw,\n\nIk ben masterstudent Bestuurskunde en schrijf mijn scriptie over "
             "sturingsmodellen in ambtelijke fusieorganisaties. Zou het mogelijk zijn om mijn korte enquête (10 "
             "minuten) onder de leden van uw netwerk te verspreiden? Uiteraard deel ik de resultaten graag.\n\n"
             "Met vriendelijke groet,\nJulia van Oordt"},
    {"id": "h8-other-15", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Frank Ooms <f.ooms@wo-hartvanbrabant-zuid.nl>",
     "body": "De link naar het verslag geeft bij mij een foutmelding (404). Kunnen jullie het verslag als pdf "
             "sturen?\n\nFrank"},
    {"id": "h8-other-16", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "gmail",
     "sender": "Annelies Vrolijk-Brandsma <a.vrolijk@gemeenten-aanzee.nl>",
     "body": "Nog een praktische vraag: ik kom toch met de auto (treinstaking 😩). Kan ik bij het Stadskantoor "
             "parkeren, of moet ik naar een P+R?\n\nAnnelies"},
    {"id": "h8-other-17", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Wilma Jongeneel <w.jongeneel@samenwerkt-walcheren-oost.nl>",
     "body": "Dag Melanie,\n\nIk zou graag komen, maar is het goed als ik onze portefeuillehouder bedrijfsvoering, "
             "wethouder Van Dam, meeneem? Hij is geen directeur, vandaar dat ik het even vraag voordat ik me "
             "aanmeld.\n\nWilma"},
    {"id": "h8-other-18", "kind": "other", "thread": None,
     "sender": "Liesbeth Vos <l.vos@gemeenten-berkelland-oost.nl>",
     "subject": "Locatie volgend atelier?",
     "body": "Hoi Stan,\n\nOns nieuwe gemeentehuis in Berkelstad is in mei klaar. Lijkt het jullie wat om het "
             "najaarsatelier bij ons te houden? We hebben een mooie raadszaal en catering in huis.\n\nLiesbeth"},
    {"id": "h8-other-19", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "outlook-nl",
     "sender": "mr. J.A.M. Verhoeven <jam.verhoeven@bergenhoef.nl>",
     "body": "Geacht secretariaat,\n\nMag ik vragen wat de reden van de annulering is? En is er al zicht op een "
             "nieuwe datum? Ik had de middag speciaal vrijgehouden.\n\nHoogachtend,\nJ.A.M. Verhoeven"},
    {"id": "h8-other-20", "kind": "other", "thread": None,
     "sender": "Jan-Willem Rietveld <jw.rietveld@debuorren.nl>",
     "subject": "Collega Visser",
     "body": "Hoi Melanie,\n\nMijn collega-directeur Jan Visser van de Vechtstreek is vorige maand met pensioen "
             "gegaan, heb ik op zijn afscheid gehoord. Jullie kunnen hem dus wel uit het bestand halen; zijn "
             "opvolger is nog niet benoemd.\n\nJan-Willem"},
    {"id": "h8-other-21", "kind": "other", "thread": None,
     "sender": "Sandra Peeters <s.peeters@gemeente-oosterzande.nl>",
     "subject": "Netwerk ook voor niet-gefuseerde gemeenten?",
     "body": "Beste,\n\nIk ben gemeentesecretaris van een zelfstandige gemeente die nauw samenwerkt met twee "
             "buurgemeenten, maar zonder ambtelijke fusie. Is uw netwerk ook voor mij toegankelijk?\n\nGroet,\n"
             "Sandra Peeters"},
    {"id": "h8-other-22", "kind": "other", "thread": None,
     "sender": "Daniel Kowalczyk <d.kowalczyk@gemeenten-aanzee.nl>",
     "subject": "Inzageverzoek AVG",
     "body": "Geachte heer, mevrouw,\n\nOp grond van artikel 15 AVG verzoek ik u om een overzicht van de "
             "persoonsgegevens die u van mij verwerkt, het doel daarvan en met wie u ze deelt.\n\nMet vriendelijke "
             "groet,\nDaniel Kowalczyk"},
    {"id": "h8-other-23", "kind": "other", "thread": None,
     "sender": "Nick Brouwers <nick@leiderschapslab.nl>",
     "subject": "Leadership programme for directors of shared municipal organisations",
     "body": "Dear Stan and Melanie,\n\nAt LeiderschapsLab we run a six-month leadership programme tailored to "
             "directors of shared service organisations. Would your network be interested in a partnership, e.g. "
             "a discount for your members or a masterclass at one of your ateliers?\n\nLooking forward to hearing "
             "from you,\nNick Brouwers\nFounder, LeiderschapsLab"},
    {"id": "h8-other-24", "kind": "other", "thread": None,
     "sender": "Kennisplatform Samenwerkende Gemeenten <nieuwsbrief@kennisplatform-ksg.nl>",
     "subject": "Nieuwsbrief februari: regionale samenwerking, digitalisering en meer",
     "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://kennisplatform-ksg.nl/afmelden?id=88213>"},
     "body": "Nieuwsbrief Kennisplatform Samenwerkende Gemeenten - februari 2027\n\n- Regionale samenwerking: lessen "
             "uit tien jaar ambtelijke fusies\n- Digitalisering van werkprocessen: webinar op 4 maart\n- Vacatures\n\n"
             "U ontvangt deze nieuwsbrief omdat u zich hebt aangemeld. Afmelden? Klik hier."},
    {"id": "h8-other-25", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "sender": "Lotte Schuringa <l.schuringa@werkorganisatie-delta-oost.nl>",
     "body": "Thanks for the warm welcome! Looking forward to the first atelier.\n\nLotte" + IPAD_EN},
    {"id": "h8-other-26", "kind": "other", "thread": None,
     "sender": "Koen Achterberg <k.achterberg@wo-dehoeksewaard.nl>",
     "subject": "Deelnemerslijst atelier",
     "body": "Goedemiddag,\n\nIs het mogelijk de deelnemerslijst van het vorige atelier te ontvangen? Ik wil graag "
             "nog even contact leggen met de collega uit Zeeland met wie ik in het subgroepje zat.\n\nKoen"},
    {"id": "h8-other-27", "kind": "other", "thread": None,
     "sender": "Kees Langerak <k.langerak@werkorganisatie-lekstroom-oost.nl>",
     "subject": "Aanmelding lukt niet?",
     "body": "Hallo,\n\nIk heb me nu twee keer aangemeld, maar ik krijg geen bevestigingsmail, ook niet in mijn "
             "spamfolder. Wat gaat er mis? Mijn ICT zegt dat er niks wordt tegengehouden.\n\nKees"},
    {"id": "h8-other-28", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Erik-Jan Mulder <ej.mulder@rivierenwaard.nl>",
     "body": "Hoi Marjan, kun jij voor mij uitzoeken of dit past naast het portefeuillehoudersoverleg? En dan "
             "even in mijn agenda zetten als het kan. Thx, EJ"},
]
# fmt: on
