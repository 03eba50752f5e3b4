"""The fifty-third labelled set's cases (issue 17): the sign-up life cycle and the member's data, written without
reading the classifier; cases that could not be labelled with confidence were left out.

Replies to the confirmation request and its reminder carry the thread ``confirmation``; where the client lost the
thread only the ``[ref:...]`` token in the subject is left (thread None, nothing quoted). A yes with a question or
condition a person must answer is ``other``; a plain denial withdraws the pending sign-up (``unsubscribe``), a
denial asking who did it is ``other``. Replies to the welcome mail carry ``welcome``, to the goodbye mail
``goodbye``. Inline answers carry our quoted lines in ``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

C = "confirmation"
W = "welcome"
G = "goodbye"
BA = "bevestiging_aanmelding"
HA = "herinnering_aanmelding"
WK = "welkom"
AB = "afmelding_bevestigd"
REF = "[ref:AF-7K3Q9-XM2PA-4RTZ8]"
CONF_SUBJ = f"Bevestig uw aanmelding {REF}"
REM_SUBJ = f"Herinnering: bevestig uw aanmelding {REF}"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nVerzonden vanaf Outlook voor Android"
SAMSUNG = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
DISCLAIMER = (
    "\n\nDe informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is "
    "niet toegestaan. De gemeente aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit elektronische "
    "verzending. Denk aan het milieu voordat u deze e-mail print."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- confirm ---------------------------------------------------------------------------------------------------
    {"id": "d53-confirm-01", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Hester Bakhuis <h.bakhuis@wo-dalfsenstaphorst.nl>",
     "body": "Bij dezen bevestigd.\n\nMet vriendelijke groet,\n\nHester Bakhuis\nGemeentesecretaris/algemeen "
             "directeur\nWerkorganisatie Dalfsen-Staphorst\nT 0529 - 48 81 20" + DISCLAIMER},
    {"id": "d53-confirm-02", "kind": "confirm", "thread": C, "quoted": BA, "quote": "gmail",
     "sender": "Roel Anker <roel.anker@bedrijfsvoering-zeewolde-n.nl>",
     "body": "Ja hoor, dat klopt, dat ben ik." + IPHONE},
    {"id": "d53-confirm-03", "kind": "confirm", "thread": C, "quoted": HA, "quote": "apple",
     "sender": "Ilse Kooiman <i.kooiman@wo-aalten-winterswijk.nl>",
     "body": "Oei, deze was onder in mijn inbox beland. Ja, ik wil graag lid worden, excuses voor de vertraging!"
             "\n\nIlse" + IPHONE},
    {"id": "d53-confirm-04", "kind": "confirm", "thread": None, "subject": f"RE: {CONF_SUBJ}",
     "sender": "B. Veldhoen <b.veldhoen@dienstverlening-kempenland.nl>",
     "body": "Geacht secretariaat,\n\nHierbij bevestig ik de aanmelding voor het netwerk op dit e-mailadres, die "
             "vorige week namens mij door het directiesecretariaat is ingediend.\n\nHoogachtend,\n\nmr. B.M. "
             "Veldhoen\nalgemeen directeur Dienstverlening Kempenland"},
    {"id": "d53-confirm-05", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-en",
     "sender": "Colin Verhaar <c.verhaar@wo-bergenland.nl>",
     "body": "Hi, yes please - confirmed. Looking forward to the first atelier.\n\nBest,\nColin Verhaar\n"
             "Managing director, Werkorganisatie Bergenland"},
    {"id": "d53-confirm-06", "kind": "confirm", "thread": C, "quoted": BA, "quote": "groupwise",
     "sender": "Wiebe Hofstra <w.hofstra@wo-noardlan.nl>",
     "body": "Ja, dat bin ik. Graach oanmelde.\n\nMei freonlike groetnis,\nWiebe Hofstra"},
    {"id": "d53-confirm-07", "kind": "confirm", "thread": C, "quoted": HA, "quote": "outlook-lijn",
     "sender": "Sjeng Ramakers <s.ramakers@wo-heuvelzuid.nl>",
     "body": "Jao, det is good zo. Bevestig bij dees.\n\nHaije groete,\nSjeng Ramakers"},
    {"id": "d53-confirm-08", "kind": "confirm", "thread": C, "quoted": BA, "quote": "notes",
     "sender": "Gerda Tuinman <g.tuinman@ambtelijkeorganisatie-oostflank.nl>",
     "body": "akkoord"},
    {"id": "d53-confirm-09", "kind": "confirm", "thread": C, "quoted": BA, "quote": "ongemarkeerd",
     "sender": "Thomas Kiewiet <t.kiewiet@wo-hollandsekroon-z.nl>",
     "body": "Bevestigd, dank voor het toesturen. Een collega uit Drechterland was erg enthousiast over het "
             "laatste atelier, dus ik ben benieuwd.\n\nGroet,\nThomas"},
    {"id": "d53-confirm-10", "kind": "confirm", "thread": None, "subject": f"Antw: {REM_SUBJ}",
     "sender": "Annelies Voskuil <a.voskuil@samenwerking-lingewaard-n.nl>",
     "body": "Ja, graag. Bij deze mijn bevestiging.\n\nAnnelies Voskuil" + SAMSUNG},
    {"id": "d53-confirm-11", "kind": "confirm", "thread": C, "quoted": BA, "quote": "gmail",
     "sender": "Klaus Bremer <k.bremer@grenswerk-dinkelland.nl>",
     "body": "Hallo zusammen,\n\nja, ich bestätige hiermit meine Anmeldung. Mein Niederländisch ist noch nicht "
             "perfekt, aber das kommt noch.\n\nViele Grüße\nKlaus Bremer"},
    {"id": "d53-confirm-12", "kind": "confirm", "thread": C, "quoted": HA, "quote": "outlook-nl",
     "sender": "Mirjam Dekkers <m.dekkers@wo-west-betuwe-n.nl>",
     "body": "Goedemorgen,\n\nExcuus, dit was aan mijn aandacht ontsnapt tijdens de begrotingsweken. Uiteraard "
             "wil ik lid worden; beschouw dit als mijn bevestiging.\n\nHartelijke groet,\nMirjam Dekkers\n"
             "directeur bedrijfsvoering | 06 - 41 22 80 17"},
    {"id": "d53-confirm-13", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Fatima el Idrissi <f.elidrissi@wo-duivenzevenaar.nl>",
     "body": "👍" + ANDROID},
    {"id": "d53-confirm-14", "kind": "confirm", "thread": C, "quoted": BA, "quote": "apple",
     "sender": "Pieter-Jan Smulders <pj.smulders@wo-peelland-n.nl>",
     "body": "Klopt helemaal. Fijn dat het zo snel geregeld is, mijn secretaresse had het gisteren pas "
             "doorgegeven.\n\nPJ" + IPHONE},
    {"id": "d53-confirm-15", "kind": "confirm", "thread": None, "subject": f"Re: {CONF_SUBJ}",
     "sender": "sophie.vandam <sophie.vandam@wo-waterland-n.nl>",
     "body": "yes thats me, confirmed"},
    {"id": "d53-confirm-16", "kind": "confirm", "thread": C, "quoted": BA, "quote": "notes-wrote",
     "sender": "J.H. Oudshoorn <jh.oudshoorn@hartvanholland-wo.nl>",
     "body": "Geachte heer Van de Laar,\n\nGaarne bevestig ik hierbij mijn aanmelding als lid van het netwerk."
             "\n\nMet de meeste hoogachting,\n\nJ.H. Oudshoorn\ngemeentesecretaris"},
    {"id": "d53-confirm-17", "kind": "confirm", "thread": C, "quoted": HA, "quote": "gmail",
     "sender": "Evert Huisman <e.huisman@wo-vechtdal.nl>",
     "body": "Ja ja, ik was het niet vergeten hoor ;-) Bevestigd.\n\nEvert"},
    {"id": "d53-confirm-18", "kind": "confirm", "thread": C, "quoted": BA, "quote": "doorgestuurd",
     "sender": "Henriette Blok <h.blok@wo-gooistreek-n.nl>",
     "body": "Dank Anja, klopt, dit heb ik zelf aangevraagd. Bij dezen bevestigd aan het secretariaat.\n\n"
             "Henriette"},
    {"id": "d53-confirm-19", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-lijn",
     "sender": "Marc Lefèvre <m.lefevre@wo-maasgouw-z.nl>",
     "body": "Bonjour,\n\nOui, je confirme mon inscription. / Ja, ik bevestig mijn aanmelding.\n\nCordialement,\n"
             "Marc Lefèvre"},
    {"id": "d53-confirm-20", "kind": "confirm", "thread": None, "subject": f"AW: {REM_SUBJ}",
     "sender": "Trees Wijnands <t.wijnands@wo-landvancuijk-n.nl>",
     "body": "Goedemiddag, hierbij alsnog mijn bevestiging. Ik was een paar weken met verlof. Mooi initiatief "
             "overigens.\n\nMvg Trees Wijnands" + DISCLAIMER},
    {"id": "d53-confirm-21", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Dirk-Jan Prins <dj.prins@wo-krimpenerwaard-o.nl>",
     "body": "Correct, ik ben de afzender van de aanmelding en ik wil graag meedoen.\n\nDirk-Jan Prins"},
    {"id": "d53-confirm-22", "kind": "confirm", "thread": C, "quoted": HA, "quote": "notes",
     "sender": "Anouk Vermeer <a.vermeer@bedrijfsvoeringsorganisatie-rivierenland.nl>",
     "body": "Ja, aanmelding graag doorzetten."},
    {"id": "d53-confirm-23", "kind": "confirm", "thread": C, "quoted": BA, "quote": "gmail",
     "sender": "Lucas Brink <lucas.brink@wo-oostgelre-n.nl>",
     "body": "Prima, bevestigd! Groeten uit een zonnig Lichtenvoorde." + SAMSUNG},
    {"id": "d53-confirm-24", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-en",
     "sender": "Naomi Achterberg <n.achterberg@wo-stichtsevecht-n.nl>",
     "body": "Dear secretariat,\n\nI hereby confirm my registration for the network. Thank you for sending the "
             "request.\n\nKind regards,\nNaomi Achterberg\nDirector, Shared Services Stichtse Vecht"},
    {"id": "d53-confirm-25", "kind": "confirm", "thread": None, "subject": REF,
     "sender": "Bram Oosterhof <b.oosterhof@wo-zuidwestfriesland.nl>",
     "body": "Hierbij bevestigd.\n\nBram Oosterhof"},
    {"id": "d53-confirm-26", "kind": "confirm", "thread": C, "quoted": HA, "quote": "apple",
     "sender": "Carla Jongejan <c.jongejan@wo-alblasserwaard-n.nl>",
     "body": "Zeker wil ik lid worden! Dank voor de herinnering, die kwam precies op tijd.\n\nCarla" + IPHONE},
    {"id": "d53-confirm-27", "kind": "confirm", "thread": C, "quoted": BA, "quote": "groupwise",
     "sender": "H. Lubbers <h.lubbers@wo-twenterand-n.nl>",
     "body": "IS GOED. BEVESTIGD.\n\nH. LUBBERS"},
    {"id": "d53-confirm-28", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Yvonne Stam <y.stam@wo-beemsterpurmerend.nl>",
     "body": "Hallo Stan en Melanie,\n\nWat leuk dat jullie dit secretariaat doen, we kennen elkaar nog van het "
             "traject in Purmerend. Ja, ik bevestig mijn lidmaatschap.\n\nGroetjes,\nYvonne"},
    {"id": "d53-confirm-29", "kind": "confirm", "thread": None, "subject": f"RE: RE: {CONF_SUBJ}",
     "sender": "Okke Dijkstra <o.dijkstra@wo-waadhoeke-n.nl>",
     "body": "Hoi, ik had al eerder geantwoord maar weet niet of dat aangekomen is, dus voor de zekerheid nog een "
             "keer: ja, ik bevestig.\n\nOkke"},
    {"id": "d53-confirm-30", "kind": "confirm", "thread": C, "quoted": HA, "quote": "outlook-lijn",
     "sender": "Reinier de Graaf <r.degraaf@wo-leidschendam-n.nl>",
     "body": "Sure, count me in. Bevestigd.\n\nReinier de Graaf\nalgemeen directeur\n070 - 300 81 44" + ANDROID},
    # -- subscribe -------------------------------------------------------------------------------------------------
    {"id": "d53-subscribe-01", "kind": "subscribe", "thread": G, "quoted": AB, "quote": "outlook-nl",
     "sender": "Marloes Timmer <m.timmer@wo-hofvantwente-n.nl>",
     "body": "Beste secretariaat,\n\nIk heb me vorig jaar afgemeld omdat ik tijdelijk een andere rol had, maar per "
             "1 januari ben ik weer directeur van de werkorganisatie. Graag word ik opnieuw lid.\n\nMet "
             "vriendelijke groet,\nMarloes Timmer"},
    {"id": "d53-subscribe-02", "kind": "subscribe", "thread": G, "quoted": AB, "quote": "gmail",
     "sender": "Joost Rikken <j.rikken@wo-bernheze-n.nl>",
     "body": "Ik heb spijt van mijn afmelding, zet me maar weer op de lijst aub" + IPHONE},
    {"id": "d53-subscribe-03", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
     "sender": "Ellen Boerma <e.boerma@wo-oldambt-pekela.nl>",
     "body": "Goedendag,\n\nAls directeur van de ambtelijke organisatie Oldambt-Pekela meld ik mij graag aan voor "
             "het netwerk.\n\nMet vriendelijke groet,\n\nEllen Boerma\nalgemeen directeur\n0597 - 48 20 00"},
    {"id": "d53-subscribe-04", "kind": "subscribe", "thread": None, "subject": "Lidmaatschap netwerk",
     "sender": "Arjen Kuipers <a.kuipers@wo-steenwijkerland-n.nl>",
     "body": "Via een collega hoorde ik van jullie netwerk. Ik ben sinds september directeur van onze "
             "werkorganisatie en wil graag lid worden.\n\nArjen Kuipers"},
    {"id": "d53-subscribe-05", "kind": "subscribe", "thread": None, "subject": "Membership",
     "sender": "Rachel Osei <r.osei@wo-amstelland-z.nl>",
     "body": "Hello,\n\nI'm the new director of Werkorganisatie Amstelland-Zuid and would like to join the "
             "network. Please sign me up with this address.\n\nThanks,\nRachel Osei"},
    {"id": "d53-subscribe-06", "kind": "subscribe", "thread": G, "quoted": AB, "quote": "apple",
     "sender": "Guus Verbruggen <g.verbruggen@wo-heerlenland.nl>",
     "body": "Hallo, ik wil toch weer meedoen. Vorige keer was het te druk, nu heb ik meer lucht. Kunnen jullie "
             "mij opnieuw aanmelden?\n\nGuus" + IPHONE},
    {"id": "d53-subscribe-07", "kind": "subscribe", "thread": None, "subject": "aanmelding",
     "sender": "wim de jong <wdejong@wo-kaag-braassem.nl>",
     "body": "graag aanmelden voor het directeurennetwerk\n\nwim de jong, directeur wo kaag en braassem"},
    {"id": "d53-subscribe-08", "kind": "subscribe", "thread": G, "quoted": AB, "quote": "outlook-lijn",
     "sender": "Saskia Meulenbelt <s.meulenbelt@wo-overbetuwe-n.nl>",
     "body": "Beste Stan,\n\nNa een half jaar sabbatical ben ik terug op mijn post. Ik meld me hierbij opnieuw aan "
             "voor het netwerk.\n\nGroet,\nSaskia Meulenbelt"},
    {"id": "d53-subscribe-09", "kind": "subscribe", "thread": None, "subject": "Graag lid worden",
     "sender": "Hans van Rijswijk <h.vanrijswijk@wo-teylingen-n.nl>",
     "body": "Geacht secretariaat,\n\nOndergetekende, algemeen directeur van de werkorganisatie HLT, verzoekt u "
             "hem als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties in te schrijven.\n\n"
             "Hoogachtend,\nH.A. van Rijswijk" + DISCLAIMER},
    {"id": "d53-subscribe-10", "kind": "subscribe", "thread": None, "subject": "Anmeldung / aanmelden",
     "sender": "Petra Hülsmann <p.hulsmann@wo-grensmaas.nl>",
     "body": "Guten Tag,\n\nich bin Direktorin der Werkorganisation Grensmaas und möchte gern Mitglied im Netzwerk "
             "werden. / Ik wil graag lid worden.\n\nMit freundlichen Grüßen\nPetra Hülsmann"},
    {"id": "d53-subscribe-11", "kind": "subscribe", "thread": G, "quoted": AB, "quote": "notes",
     "sender": "T. Wolters <t.wolters@wo-berkelland-n.nl>",
     "body": "Verzoek om heraanmelding. Sinds 1 december vervul ik de functie van directeur opnieuw en wil "
             "ik weer lid zijn van het netwerk.\n\nT. Wolters"},
    {"id": "d53-subscribe-12", "kind": "subscribe", "thread": None, "subject": "Aanmelding netwerk directeuren",
     "sender": "Lotte Brouwers <l.brouwers@wo-altenaland.nl>",
     "body": "Hoi,\n\nMag ik aansluiten bij het netwerk? Ik ben directeur van de Altena-werkorganisatie sinds "
             "deze zomer. Mijn gegevens: Lotte Brouwers, l.brouwers@wo-altenaland.nl.\n\nGroetjes Lotte" + SAMSUNG},
    {"id": "d53-subscribe-13", "kind": "subscribe", "thread": G, "quoted": AB, "quote": "groupwise",
     "sender": "Karel Drost <k.drost@wo-borger-odoorn-n.nl>",
     "body": "Aanmelden. Ben weer terug als directeur na de reorganisatie.\n\nKarel"},
    {"id": "d53-subscribe-14", "kind": "subscribe", "thread": None, "subject": "Sign me up",
     "sender": "Daan Hermans <d.hermans@wo-meierijstad-n.nl>",
     "body": "Hi there, could you sign me up for the directors' network? Dank! Daan Hermans, directeur "
             "bedrijfsvoering" + ANDROID},
    {"id": "d53-subscribe-15", "kind": "subscribe", "thread": None, "subject": "Inschrijving",
     "sender": "Gonny Sterk <g.sterk@wo-midden-groningen-n.nl>",
     "body": "Beste mensen,\n\nIk schrijf me bij dezen in als lid van het netwerk. Ik ben gemeentesecretaris en "
             "directeur van onze gezamenlijke organisatie.\n\nHartelijke groet,\nGonny Sterk"},
    {"id": "d53-subscribe-16", "kind": "subscribe", "thread": G, "quoted": AB, "quote": "outlook-en",
     "sender": "Ben Hoogland <b.hoogland@wo-texelvlieland.nl>",
     "body": "Hi, I'd like to rejoin the network after all. My new role still involves the shared services "
             "organisation.\n\nBest regards,\nBen Hoogland"},
    {"id": "d53-subscribe-17", "kind": "subscribe", "thread": None, "subject": "Aanmelden netwerk",
     "sender": "Ria Verschuren <r.verschuren@wo-gemert-laarbeek.nl>",
     "body": "Mijn naam is Ria Verschuren, sinds kort directeur van de werkorganisatie Gemert-Laarbeek. Ik "
             "ontvang graag jullie uitnodigingen en meld me daarom aan als lid.\n\nRia Verschuren"},
    {"id": "d53-subscribe-18", "kind": "subscribe", "thread": G, "quoted": AB, "quote": "apple",
     "sender": "Nico Bakker <n.bakker@wo-schagen-n.nl>",
     "body": "Weer aanmelden graag, ik heb me te snel afgemeld.\n\nNico" + IPHONE},
    {"id": "d53-subscribe-19", "kind": "subscribe", "thread": None, "subject": "Lid worden",
     "sender": "Jolien Kamphuis <j.kamphuis@wo-sallandsepoort.nl>",
     "body": "Goedemorgen,\n\nIk zou graag deel uitmaken van het netwerk van directeuren. Kunnen jullie mij "
             "inschrijven?\n\nMet vriendelijke groet,\nJolien Kamphuis\ndirecteur Werkorganisatie Sallandse "
             "Poort\n0570 - 69 34 00"},
    {"id": "d53-subscribe-20", "kind": "subscribe", "thread": G, "quoted": AB, "quote": "gmail",
     "sender": "Floor Veenstra <f.veenstra@wo-opsterland-n.nl>",
     "body": "Hoi, na het lezen van het verslag van het laatste atelier wil ik er toch weer bij. Graag opnieuw "
             "lid!\n\nFloor"},
    # -- unsubscribe -----------------------------------------------------------------------------------------------
    {"id": "d53-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": BA,
     "quote": "outlook-nl", "sender": "Marco Hendrix <m.hendrix@wo-venlo-noord.nl>",
     "body": "Ik herken deze aanmelding niet, ik heb niets ingevuld. Niet doorzetten dus.\n\nM. Hendrix"},
    {"id": "d53-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": HA,
     "quote": "gmail", "sender": "Inge Tromp <i.tromp@wo-dronten-n.nl>",
     "body": "nee, niet aangemeld, graag annuleren" + IPHONE},
    {"id": "d53-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": f"RE: {CONF_SUBJ}", "sender": "Paul Greving <p.greving@wo-veendam-n.nl>",
     "body": "Ik heb hier niet om gevraagd. Aanmelding mag vervallen.\n\nPaul Greving"},
    {"id": "d53-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": BA,
     "quote": "outlook-en", "sender": "Sarah Whitfield <s.whitfield@wo-eemland-n.nl>",
     "body": "This wasn't me - I didn't sign up. Please cancel it.\n\nSarah"},
    {"id": "d53-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": WK,
     "quote": "outlook-nl", "sender": "Leo Pennings <l.pennings@wo-someren-asten.nl>",
     "body": "Dank voor het welkom, maar bij nader inzien zie ik af van het lidmaatschap. Wilt u mij weer "
             "afmelden?\n\nMet vriendelijke groet,\nLeo Pennings"},
    {"id": "d53-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": WK,
     "quote": "apple", "sender": "Anja Mulder <a.mulder@wo-westerkwartier-n.nl>",
     "body": "Sorry, ik trek me toch terug. Graag uitschrijven." + IPHONE},
    {"id": "d53-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": WK,
     "quote": "notes-wrote", "sender": "R. Coenen <r.coenen@wo-beekdaelen-n.nl>",
     "body": "Geacht secretariaat,\n\nDaar ik per 1 februari met pensioen ga, verzoek ik u mijn lidmaatschap per "
             "direct te beëindigen.\n\nHoogachtend,\nR. Coenen"},
    {"id": "d53-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": WK,
     "quote": "outlook-lijn", "sender": "Tim de Ruiter <t.deruiter@wo-nieuwkoop-n.nl>",
     "body": "Please remove me from the network, I signed up by mistake. Thanks.\n\nTim de Ruiter" + ANDROID},
    {"id": "d53-unsubscribe-09", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
     "sender": "mr. D. Stoelinga <d.stoelinga@wo-achtkarspelen-n.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming "
             "verzoek ik u mijn lidmaatschap te beëindigen en al mijn persoonsgegevens uit uw administratie te "
             "verwijderen. Graag ontvang ik binnen de wettelijke termijn een bevestiging.\n\nHoogachtend,\n"
             "mr. D. Stoelinga" + DISCLAIMER},
    {"id": "d53-unsubscribe-10", "kind": "unsubscribe", "erase": True, "thread": C, "quoted": BA,
     "quote": "outlook-nl", "sender": "Willemijn Dorst <w.dorst@wo-rijssenholten-n.nl>",
     "body": "Ik heb mij niet aangemeld. Verwijder mijn naam en e-mailadres alstublieft volledig uit uw systeem."
             "\n\nW. Dorst"},
    {"id": "d53-unsubscribe-11", "kind": "unsubscribe", "erase": True, "thread": G, "quoted": AB,
     "quote": "gmail", "sender": "Frank Lammers <f.lammers@wo-zundert-n.nl>",
     "body": "Dank voor de bevestiging. Wilt u daarnaast al mijn gegevens wissen? Ik wil niet meer in uw "
             "bestanden voorkomen (AVG).\n\nFrank"},
    {"id": "d53-unsubscribe-12", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "GDPR erasure request", "sender": "Olivia Brandsma <o.brandsma@wo-harlingen-n.nl>",
     "body": "Dear secretariat,\n\nPlease unsubscribe me and delete all personal data you hold about me under "
             "Article 17 GDPR.\n\nRegards,\nOlivia Brandsma"},
    {"id": "d53-unsubscribe-13", "kind": "unsubscribe", "erase": True, "thread": W, "quoted": WK,
     "quote": "outlook-en", "sender": "Gert-Jan Smeets <gj.smeets@wo-echt-susteren-n.nl>",
     "body": "Ik wil toch geen lid zijn. Afmelden en mijn gegevens vernietigen s.v.p., recht op vergetelheid."
             "\n\nGJ Smeets"},
    {"id": "d53-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Opvolging directeur", "sender": "Jacqueline Roos <j.roos@wo-bodegraven-n.nl>",
     "body": "Beste secretariaat,\n\nPer 1 maart vertrek ik naar de provincie. Mijn opvolger, Erik Vlaming "
             "(e.vlaming@wo-bodegraven-n.nl), neemt mijn plek in het netwerk over. Mij mogen jullie "
             "afmelden.\n\nMet vriendelijke groet,\nJacqueline Roos"},
    {"id": "d53-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": WK,
     "quote": "groupwise", "sender": "H. Terpstra <h.terpstra@wo-sudwestkust.nl>",
     "body": "Ik ben net lid geworden maar vertrek volgende maand al. Mijn opvolger is Rianne Zwart, "
             "r.zwart@wo-sudwestkust.nl. Zij neemt het lidmaatschap van mij over.\n\nH. Terpstra"},
    {"id": "d53-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Handing over", "sender": "Mark Donovan <m.donovan@wo-haarlemmermeer-z.nl>",
     "body": "Hi,\n\nI'm leaving the organisation at the end of the month. My successor Lisa Verstegen "
             "(l.verstegen@wo-haarlemmermeer-z.nl) will take over my membership.\n\nThanks for everything,\nMark"},
    {"id": "d53-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelding i.v.m. vertrek", "sender": "Sandra Wijers <s.wijers@wo-cranendonck-n.nl>",
     "body": "Goedemiddag,\n\nIn verband met mijn vertrek kunt u mij uit het netwerk halen. Vanaf 1 april is "
             "Koen Damen (k.damen@wo-cranendonck-n.nl) mijn opvolger als directeur; hij wil graag mijn plaats "
             "innemen.\n\nGroet,\nSandra Wijers" + SAMSUNG},
    {"id": "d53-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Uitschrijven", "sender": "Bert Jansma <b.jansma@wo-ooststellingwerf-n.nl>",
     "body": "Graag mij uitschrijven uit het netwerk.\n\nBert Jansma"},
    {"id": "d53-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": HA,
     "quote": "notes", "sender": "C. van Oosten <c.vanoosten@wo-molenlanden-n.nl>",
     "body": "Niet door mij aangevraagd. Geen interesse."},
    {"id": "d53-unsubscribe-20", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": WK,
     "quote": "ongemarkeerd", "sender": "Ingrid Peeters <i.peeters@wo-valkenburg-z.nl>",
     "body": "Ik merk dat ik er geen tijd voor heb. Zet mij maar weer uit de ledenlijst, met excuses.\n\nIngrid"},
    # -- other -----------------------------------------------------------------------------------------------------
    {"id": "d53-other-01", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Maarten Zijlstra <m.zijlstra@wo-heerenveen-n.nl>",
     "body": "Ja, ik wil graag lid worden, maar kan de post ook naar mijn managementassistent gaan? Zij beheert "
             "mijn agenda.\n\nMaarten Zijlstra"},
    {"id": "d53-other-02", "kind": "other", "thread": C, "quoted": HA, "quote": "gmail",
     "sender": "Esther Verbeek <e.verbeek@wo-nederbetuwe-n.nl>",
     "body": "Ik bevestig graag, mits mijn gegevens niet aan derden of sponsors worden doorgegeven. Kunt u dat "
             "toezeggen?\n\nEsther"},
    {"id": "d53-other-03", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-en",
     "sender": "Andrew Cole <a.cole@wo-zaanstreek-n.nl>",
     "body": "Yes, happy to join - but is the network also open to deputy directors? Wondering whether my "
             "colleague should sign up too.\n\nAndrew"},
    {"id": "d53-other-04", "kind": "other", "thread": None, "subject": f"RE: {CONF_SUBJ}",
     "sender": "Rob Langeveld <r.langeveld@wo-goeree-n.nl>",
     "body": "Dat is goed, alleen: zijn er kosten aan verbonden voor onze organisatie? Dat moet ik even weten "
             "voor ik definitief ja zeg.\n\nRob Langeveld"},
    {"id": "d53-other-05", "kind": "other", "thread": C, "quoted": BA, "quote": "apple",
     "sender": "Mieke Scholten <m.scholten@wo-tubbergen-n.nl>",
     "body": "Ja prima, maar ik heb twee adressen: dit is mijn oude. Kunnen jullie de aanmelding op "
             "m.scholten@wo-dinkelland-tubbergen.nl zetten?" + IPHONE},
    {"id": "d53-other-06", "kind": "other", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Jan-Willem Brouwer <jw.brouwer@wo-lochem-n.nl>",
     "body": "Goedemiddag,\n\nIk heb mij niet aangemeld. Wie heeft dit gedaan en hoe komt u aan mijn "
             "e-mailadres?\n\nJ.W. Brouwer"},
    {"id": "d53-other-07", "kind": "other", "thread": C, "quoted": HA, "quote": "outlook-lijn",
     "sender": "Nicole Baart <n.baart@wo-hellendoorn-n.nl>",
     "body": "Ik ken dit netwerk niet en heb me niet opgegeven. Van wie kwam die aanmelding? Ik zie het adres "
             "secretariaat.directie@... niet bij ons.\n\nNicole Baart"},
    {"id": "d53-other-08", "kind": "other", "thread": None, "subject": f"Re: {REM_SUBJ}",
     "sender": "Stefan Wouters <s.wouters@wo-bladel-n.nl>",
     "body": "That wasn't me. Who registered this address, and where did you get it from?\n\nStefan Wouters"},
    {"id": "d53-other-09", "kind": "other", "thread": C, "quoted": BA, "quote": "notes",
     "sender": "A. Hazelhoff <a.hazelhoff@wo-brummen-n.nl>",
     "body": "Dit verzoek komt niet van mij. Graag hoor ik welke persoon of organisatie mijn gegevens heeft "
             "opgegeven; ik wil eerst weten wat er aan de hand is.\n\nA. Hazelhoff"},
    {"id": "d53-other-10", "kind": "other", "thread": W, "quoted": WK, "quote": "outlook-nl",
     "sender": "Vera Bosman <v.bosman@wo-hoeksewaard-n.nl>",
     "body": "Dank jullie wel voor het hartelijke welkom! Ik kijk uit naar de eerste bijeenkomst.\n\nVera"},
    {"id": "d53-other-11", "kind": "other", "thread": W, "quoted": WK, "quote": "gmail",
     "sender": "Harm Nijboer <h.nijboer@wo-tynaarlo-n.nl>",
     "body": "Top, dank!" + ANDROID},
    {"id": "d53-other-12", "kind": "other", "thread": W, "quoted": WK, "quote": "outlook-en",
     "sender": "Emily Vos <e.vos@wo-baarn-soest.nl>",
     "body": "Thanks for the warm welcome, glad to be on board.\n\nEmily Vos\nDirector, WO Baarn-Soest"},
    {"id": "d53-other-13", "kind": "other", "thread": W, "quoted": WK, "quote": "groupwise",
     "sender": "K. Wessels <k.wessels@wo-oldebroek-n.nl>",
     "body": "Ontvangen, bedankt.\n\nK. Wessels"},
    {"id": "d53-other-14", "kind": "other", "thread": G, "quoted": AB, "quote": "outlook-nl",
     "sender": "Gerard Pol <g.pol@wo-zwijndrecht-n.nl>",
     "body": "Dank voor de bevestiging en voor de mooie ateliers van de afgelopen jaren. Het ga jullie goed!"
             "\n\nGerard Pol"},
    {"id": "d53-other-15", "kind": "other", "thread": G, "quoted": AB, "quote": "apple",
     "sender": "Laura Smit <l.smit@wo-woerden-n.nl>",
     "body": "Duidelijk, dank je wel." + IPHONE},
    {"id": "d53-other-16", "kind": "other", "thread": G, "quoted": AB, "quote": "outlook-lijn",
     "sender": "Wouter Keizer <w.keizer@wo-epe-heerde.nl>",
     "body": "Ik had me helemaal niet afgemeld! Hoe kan dit? Wie heeft dit verzoek gestuurd?\n\nWouter Keizer"},
    {"id": "d53-other-17", "kind": "other", "thread": G, "quoted": AB, "quote": "gmail",
     "sender": "Yara Pinas <y.pinas@wo-almere-haven.nl>",
     "body": "Vreemd, deze afmelding komt niet van mij. Ik heb niets gestuurd. Kunnen jullie nagaan wat er is "
             "gebeurd?\n\nYara"},
    {"id": "d53-other-18", "kind": "other", "thread": None, "subject": "Inzageverzoek AVG",
     "sender": "mr. P. Dijkhuizen <p.dijkhuizen@wo-ermelo-n.nl>",
     "body": "Geacht secretariaat,\n\nGraag ontvang ik op grond van artikel 15 AVG een overzicht van de "
             "persoonsgegevens die u van mij verwerkt, met het doel en de bewaartermijn.\n\nHoogachtend,\n"
             "mr. P. Dijkhuizen" + DISCLAIMER},
    {"id": "d53-other-19", "kind": "other", "thread": None, "subject": "Which data do you hold?",
     "sender": "James Okafor <j.okafor@wo-diemen-n.nl>",
     "body": "Hi, under the GDPR I'd like to know what personal data you store about me and who can see it. "
             "I'm happy to stay a member.\n\nJames"},
    {"id": "d53-other-20", "kind": "other", "thread": W, "quoted": WK, "quote": "outlook-nl",
     "sender": "Henk Evers <h.evers@wo-montferland-n.nl>",
     "body": "Welke gegevens van mij staan er eigenlijk in jullie ledenbestand? Ik wil dat graag even zien.\n\n"
             "Henk Evers"},
    {"id": "d53-other-21", "kind": "other", "thread": None, "subject": "Wijziging e-mailadres",
     "sender": "Monique Damen <m.damen@wo-oisterwijk-n.nl>",
     "body": "Beste secretariaat,\n\nPer 1 januari wijzigt mijn e-mailadres in m.damen@wo-hartvanbrabant.nl. "
             "Wilt u dat aanpassen?\n\nMvg Monique Damen"},
    {"id": "d53-other-22", "kind": "other", "thread": None, "subject": "Correctie naam",
     "sender": "Ahmet Yilmaz <a.yilmaz@wo-tiel-n.nl>",
     "body": "Goedemorgen, in jullie mails staat mijn achternaam als Yilmas. Dat moet Yilmaz zijn. Willen jullie "
             "dat corrigeren? Dank!\n\nAhmet Yilmaz"},
    {"id": "d53-other-23", "kind": "other", "thread": W, "quoted": WK, "quote": "notes-wrote",
     "sender": "Drs. E.M. Heijnen-Kok <em.heijnen@wo-weert-n.nl>",
     "body": "Dank voor uw welkomstbericht. Mijn naam is onjuist gespeld: het is Heijnen-Kok, niet Heinen. "
             "Ook is mijn functie inmiddels gemeentesecretaris. Graag aanpassen.\n\nDrs. E.M. Heijnen-Kok"},
    {"id": "d53-other-24", "kind": "other", "thread": None, "subject": "Lidmaatschap even on hold",
     "sender": "Bas Terlouw <b.terlouw@wo-renkum-n.nl>",
     "body": "Hoi,\n\nIk ga een half jaar met ouderschapsverlof. Kan mijn lidmaatschap zolang gepauzeerd worden? "
             "In september pak ik het graag weer op.\n\nBas"},
    {"id": "d53-other-25", "kind": "other", "thread": W, "quoted": WK, "quote": "apple",
     "sender": "Charlotte Maas <c.maas@wo-katwijk-n.nl>",
     "body": "Leuk dat ik erbij ben! Ik heb wel de komende drie maanden een detachering elders; kunnen jullie de "
             "mails tot juni even stopzetten zonder dat ik lid-af ben?" + IPHONE},
    {"id": "d53-other-26", "kind": "other", "thread": None, "subject": "Ander adres voor de post",
     "sender": "Rutger Hoekman <r.hoekman@wo-gouda-n.nl>",
     "body": "Kunnen jullie de uitnodigingen voortaan naar mijn privéadres rutger.hoekman@ziggo.nl sturen? Mijn "
             "werkmail filtert veel weg.\n\nRutger"},
    {"id": "d53-other-27", "kind": "other", "thread": W, "quoted": WK, "quote": "outlook-en",
     "sender": "Priya Ramdin <p.ramdin@wo-rijswijk-n.nl>",
     "body": "Thanks! Could you send everything to directie@wo-rijswijk-n.nl instead of my personal address? "
             "That mailbox is monitored by my office.\n\nPriya"},
    {"id": "d53-other-28", "kind": "other", "thread": None, "subject": "Plaatsvervanger in cc",
     "sender": "Theo van Velzen <t.vanvelzen@wo-lisse-n.nl>",
     "body": "Beste secretariaat,\n\nWilt u mijn plaatsvervanger, Anke Rozendaal (a.rozendaal@wo-lisse-n.nl), "
             "voortaan in cc zetten bij alle berichten van het netwerk?\n\nMet vriendelijke groet,\nTheo van "
             "Velzen\nalgemeen directeur\n0252 - 43 37 00"},
    {"id": "d53-other-29", "kind": "other", "thread": W, "quoted": WK, "quote": "outlook-lijn",
     "sender": "Jeroen Boekhout <j.boekhout@wo-uithoorn-n.nl>",
     "body": "Dank voor het welkom. Kan mijn loco, Marit de Wit (m.dewit@wo-uithoorn-n.nl), een kopie krijgen "
             "van de uitnodigingen? Dan kan zij inspringen als ik niet kan.\n\nJeroen"},
    {"id": "d53-other-30", "kind": "other", "thread": C, "quoted": BA, "quote": "doorgestuurd",
     "sender": "Sander Geurts <s.geurts@wo-boxmeer-n.nl>",
     "body": "Anja, klopt het dat jij mij hebt aangemeld? Ik weet hier niets van. Laat even weten voordat ik "
             "iets bevestig.\n\nSander"},
    # -- autoreply -------------------------------------------------------------------------------------------------
    {"id": "d53-autoreply-01", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "thread": C, "subject": f"Automatisch antwoord: {CONF_SUBJ}",
     "sender": "Gijs Martens <g.martens@wo-venray-z.nl>",
     "body": "Ik ben afwezig tot en met 4 januari. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt "
             "u bellen met 0478 - 52 33 40."},
    {"id": "d53-autoreply-02", "kind": "autoreply", "headers": {"X-Autoreply": "yes"},
     "thread": C, "subject": f"Automatic reply: {REM_SUBJ}",
     "sender": "Helen Barker <h.barker@wo-amersfoort-o.nl>",
     "body": "Thank you for your email. I am currently on annual leave with no access to email, returning on "
             "Monday 11 January."},
    {"id": "d53-autoreply-03", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-generated"},
     "thread": C, "quoted": BA, "quote": "ongemarkeerd", "subject": "Ontvangstbevestiging",
     "sender": "Postbus Werkorganisatie Duo+ <postbus@wo-duoplus-n.nl>",
     "body": "Dank voor uw bericht. Het is ontvangen en geregistreerd onder nummer 2026-118734. Wij reageren "
             "binnen tien werkdagen.\n\nDit bericht is automatisch verzonden; u kunt er niet op antwoorden."},
    {"id": "d53-autoreply-04", "kind": "autoreply", "headers": {"Precedence": "auto_reply"},
     "thread": W, "subject": "Afwezig: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Anton Reinders <a.reinders@wo-neder-veluwe.nl>",
     "body": "Tot 18 december ben ik niet op kantoor. Mijn mail lees ik na terugkomst. Voor spoed: "
             "directiesecretariaat@wo-neder-veluwe.nl."},
    {"id": "d53-autoreply-05", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "thread": G, "subject": "Niet meer in dienst: Uw afmelding bij het Netwerk",
     "sender": "E. Hofman <e.hofman@wo-voorst-n.nl>",
     "body": "E. Hofman is niet meer werkzaam bij de werkorganisatie. Uw bericht wordt niet doorgestuurd. Richt "
             "uw e-mail aan info@wo-voorst-n.nl."},
    {"id": "d53-autoreply-06", "kind": "autoreply", "headers": {"X-Auto-Response-Suppress": "All",
                                                                "Auto-Submitted": "auto-replied"},
     "thread": None, "subject": f"Abwesenheitsnotiz: {CONF_SUBJ}",
     "sender": "Jürgen Kaiser <j.kaiser@wo-kerkrade-n.nl>",
     "body": "Ich bin bis zum 6. Januar nicht im Büro. / Ik ben tot 6 januari afwezig. Ihre Nachricht wird nicht "
             "weitergeleitet."},
    {"id": "d53-autoreply-07", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "thread": C, "subject": f"Out of Office: {REM_SUBJ}",
     "sender": "Mila Janssen <m.janssen@wo-sittard-n.nl>",
     "body": "Ik ben met zwangerschapsverlof tot 1 mei. Mijn taken worden waargenomen door Bart Kusters, "
             "b.kusters@wo-sittard-n.nl.\n\nI am on maternity leave until 1 May."},
    {"id": "d53-autoreply-08", "kind": "autoreply", "headers": {"Precedence": "bulk", "X-Autoreply": "yes"},
     "thread": W, "subject": "Automatisch antwoord: Welkom bij het Netwerk",
     "sender": "Ronald Visser <r.visser@wo-kampen-n.nl>",
     "body": "Bedankt voor uw e-mail. Vanwege drukte kan het enkele dagen duren voordat ik reageer."},
    {"id": "d53-autoreply-09", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "thread": None, "subject": f"Afwezigheidsbericht RE: {REM_SUBJ}",
     "sender": "Hilde Wagemaker <h.wagemaker@wo-oudewater-n.nl>",
     "body": "Tussen kerst en oud en nieuw ben ik vrij. Vanaf maandag 4 januari ben ik weer bereikbaar.\n\n"
             "Fijne feestdagen!"},
    {"id": "d53-autoreply-10", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-generated"},
     "thread": C, "subject": "Automatisch bericht: deze mailbox wordt niet gelezen",
     "sender": "Servicedesk WO Beekdal <noreply@wo-beekdal-n.nl>",
     "body": "Dit is een automatisch bericht. Deze mailbox wordt niet gelezen. Neem voor vragen contact op via "
             "het contactformulier op onze website."},
]
# fmt: on
