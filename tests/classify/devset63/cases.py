"""devset63's cases (issue 17): replies to our welcome mail and our goodbye mail, labelled as the secretariat
should treat them; cases that could not be labelled with confidence were left out.

The thread sets a default (a welcome reply is mostly thanks, a goodbye reply mostly acceptance) that the words
overrule: a new member who did not want this leaves, a leaver who calls it a mistake stays. A leaver who only keeps
or gives up an atelier seat is an RSVP (the leave itself was already done); a hand-over to a named successor is a
leave; a question about one's own data, an address change, a complaint or a denial that asks who signed the writer
up is ``other``. Inline answers carry our quoted lines in ``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

W = "welcome"
G = "goodbye"
WK = "welkom"
AF = "afmelding_bevestigd"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
SAMSUNG = "\n\nVerzonden vanaf mijn Galaxy"
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
DISCLAIMER = (
    "\n\n--\nDe informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Gebruik door anderen is niet toegestaan. Aan dit bericht kunnen geen rechten worden ontleend."
)
AUTO = {"Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP: new members who sign up for the coming atelier, leavers who keep or give up their seat ----------
    {"id": "d63-rsvp-01", "kind": "rsvp", "attending": True, "thread": W, "quoted": WK, "quote": "outlook-nl",
     "sender": "Hanneke Stoop <h.stoop@werkorganisatie-kroonwijde.nl>",
     "body": "Beste Stan en Melanie,\n\nDank voor het warme welkom. Ik zag op de site dat het volgende atelier "
             "op donderdag 9 april in Amersfoort is; zet u mij daar alvast op de deelnemerslijst? Ik kom graag."
             "\n\nHartelijke groet,\nHanneke Stoop\nalgemeen directeur Werkorganisatie Kroonwijde"},
    {"id": "d63-rsvp-02", "kind": "rsvp", "attending": True, "thread": W, "quoted": WK, "quote": "gmail",
     "body": "top, dank! schrijf me meteen in voor 9 april aub" + IPHONE},
    {"id": "d63-rsvp-03", "kind": "rsvp", "attending": True, "thread": W, "quoted": WK, "quote": "apple",
     "sender": "Ruben Faber <r.faber@duinvliet.nl>",
     "body": "Moi,\n\nNet lid en dan gelijk een atelier in Zwolle, mooi getimed. Ik ben er bij op de 16e.\n\n"
             "Ruben" + IPHONE},
    {"id": "d63-rsvp-04", "kind": "rsvp", "attending": True, "thread": W, "quoted": WK, "quote": "notes",
     "subject": "RE: Welkom - aanmelding atelier 9 april",
     "body": "Geacht secretariaat,\n\nHierbij meld ik mij aan voor het eerstvolgende Leer- en inspireer-atelier. "
             "Graag ontvang ik te zijner tijd de uitnodiging met de praktische gegevens.\n\nHoogachtend,\n\n"
             "drs. W.J.M. van Kempen\ngemeentesecretaris / algemeen directeur\nGemeenten Esscherveld en Maasheuvel"
             "\nT 0413 - 28 44 10"},
    {"id": "d63-rsvp-05", "kind": "rsvp", "attending": True, "thread": W, "quoted": WK, "quote": "outlook-en",
     "sender": "Joyce Amrani <j.amrani@veenhorst-werkt.nl>",
     "body": "Thanks for the welcome! I'd like to attend the atelier in Utrecht in April, my Dutch is fine for "
             "the sessions. Please count me in.\n\nBest,\nJoyce Amrani\nDirector, Werkorganisatie Veenhorst"},
    {"id": "d63-rsvp-06", "kind": "rsvp", "attending": True, "thread": W, "quoted": WK, "quote": "groupwise",
     "body": "Dank u. Voor het atelier op 9 april mag u mij noteren, ik neem mijn concerncontroller niet mee.\n\n"
             "Groet,\nP. Oosterhof"},
    {"id": "d63-rsvp-07", "kind": "rsvp", "attending": True, "thread": W, "quote": "ongemarkeerd", "quoted": WK,
     "body": "Bedankt voor de bevestiging. Ik heb gehoord dat er binnenkort een atelier in Deventer is, daar wil "
             "ik graag bij zijn; beschouw deze mail maar als mijn aanmelding.\n\n"
             "mvg Gerrit Lubbers"},
    {"id": "d63-rsvp-08", "kind": "rsvp", "attending": True, "thread": None, "quoted": WK, "quote": "outlook-lijn",
     "subject": "Aanmelding atelier",
     "body": "Goedemorgen,\n\nIk ben sinds vorige week lid. Graag schrijf ik me in voor het atelier van 9 april."
             "\n\nMet vriendelijke groet,\nLinda Scholten-Bakker\nDirecteur Werkorganisatie Berkeldal\n"
             "06 4812 3390" + DISCLAIMER},
    {"id": "d63-rsvp-09", "kind": "rsvp", "attending": False, "thread": W, "quoted": WK, "quote": "outlook-nl",
     "body": "Dank voor het welkom. Het atelier van april kan ik helaas niet bijwonen, dat valt in de week van de "
             "voorjaarsnota. Het najaar hoop ik er wel bij te zijn.\n\nMet groet,\nKarin Vos"},
    {"id": "d63-rsvp-10", "kind": "rsvp", "attending": False, "thread": W, "quoted": WK, "quote": "doorgestuurd",
     "body": "Anja, wil je aan het netwerk doorgeven dat ik op 9 april niet kan? Dan gaat Bas (adjunct) in mijn "
             "plaats.\n\nF."},
    {"id": "d63-rsvp-11", "kind": "rsvp", "attending": True, "thread": G, "quoted": AF, "quote": "outlook-nl",
     "sender": "Marco Bleeker <m.bleeker@linge-oost.nl>",
     "body": "Beste secretariaat,\n\nDe afmelding klopt, ik ga per 1 mei met pensioen. Het atelier op 9 april "
             "had ik al toegezegd en daar kom ik nog graag; houdt u mijn plek dus aan.\n\nMet vriendelijke groet,"
             "\nMarco Bleeker"},
    {"id": "d63-rsvp-12", "kind": "rsvp", "attending": True, "thread": G, "quoted": AF, "quote": "gmail",
     "body": "ok prima, maar ik kom nog wel naar amersfort he, dat staat al in mijn agenda" + SAMSUNG},
    {"id": "d63-rsvp-13", "kind": "rsvp", "attending": True, "thread": G, "quoted": AF, "quote": "notes-wrote",
     "body": "Afmelding is goed. Als afscheid wil ik het atelier in Zwolle nog graag meemaken, ik was al "
             "ingeschreven.\n\nvr.gr. Ton Remmers"},
    {"id": "d63-rsvp-14", "kind": "rsvp", "attending": False, "thread": G, "quoted": AF, "quote": "outlook-en",
     "body": "Dank voor de bevestiging. Dan vervalt ook mijn plek op het atelier van 9 april, geeft u die "
             "gerust aan een ander.\n\nGroet, Ellen"},
    {"id": "d63-rsvp-15", "kind": "rsvp", "attending": False, "thread": G, "quoted": AF, "quote": "apple",
     "body": "Klopt, dank. Schrap me ook maar van de lijst voor Deventer, ik kom niet meer." + IPHONE},
    {"id": "d63-rsvp-16", "kind": "rsvp", "attending": False, "thread": G, "quoted": AF, "quote": "groupwise",
     "body": "Geachte heer Van de Laar,\n\nMijn afmelding als lid is juist verwerkt. Voor de goede orde: ik had "
             "mij ook voor het atelier van 16 april aangemeld. Die aanmelding trek ik hierbij in.\n\n"
             "Met vriendelijke groet,\nmr. J.A. Dekkers"},
    {"id": "d63-rsvp-17", "kind": "rsvp", "attending": False, "thread": G,
     "body": "> Wij hebben u afgemeld, zoals u vroeg.\n\nDat klopt.\n\n> U bent geen lid meer van het Netwerk van "
             "directeuren van ambtelijke fusieorganisaties en ontvangt geen uitnodigingen en berichten meer van "
             "ons.\n\nHelder. Mijn aanmelding voor het atelier in Amersfoort mag dan ook vervallen.\n\nRoel"},
    {"id": "d63-rsvp-18", "kind": "rsvp", "attending": True, "thread": W,
     "body": "> Twee keer per jaar organiseren wij een Leer- en inspireer-atelier\n\nDe volgende is op 9 april "
             "las ik: daar kom ik, zet me er maar op.\n\n> Hebt u nu al een onderwerp dat u graag "
             "met collega's wilt bespreken?\n\nNog niet.\n\nSaskia"},
    {"id": "d63-rsvp-19", "kind": "rsvp", "attending": True, "thread": None, "quoted": WK, "quote": "notes",
     "subject": "Deelname 9 april",
     "body": "Geacht secretariaat,\n\nNaar aanleiding van uw welkomstbericht bevestig ik mijn deelname aan het "
             "atelier van donderdag 9 april.\n\nHoogachtend,\nA. Koolhoven"},
    {"id": "d63-rsvp-20", "kind": "rsvp", "attending": False, "thread": G, "quoted": AF, "quote": "outlook-lijn",
     "body": "Jammer dat het zo moet, maar ik heb er geen tijd meer voor. Dan kom ik uiteraard ook niet naar "
             "het atelier van 9 april; "
             "wilt u mijn naam van de deelnemerslijst halen?\n\nMet vriendelijke groet,\nIngrid Mulder" +
             OUTLOOK_IOS},

    # -- Subscribe: a leaver who stays after all, a colleague with her own address --------------------------
    {"id": "d63-subscribe-01", "kind": "subscribe", "thread": G, "quoted": AF, "quote": "outlook-nl",
     "sender": "Erik Timmer <e.timmer@werkorganisatie-waldbrink.nl>",
     "body": "Beste Stan,\n\nDit was een vergissing: ik wilde een collega afmelden, niet mezelf. Ik wil graag lid "
             "blijven.\n\nMet vriendelijke groet,\nErik Timmer"},
    {"id": "d63-subscribe-02", "kind": "subscribe", "thread": G, "quoted": AF, "quote": "gmail",
     "body": "lid blijven" + IPHONE},
    {"id": "d63-subscribe-03", "kind": "subscribe", "thread": G, "quoted": AF, "quote": "apple",
     "body": "Huh? Ik heb me helemaal niet afgemeld. Graag gewoon lid blijven!\n\nMieke" + IPHONE},
    {"id": "d63-subscribe-04", "kind": "subscribe", "thread": G, "quoted": AF, "quote": "notes",
     "body": "Geacht secretariaat,\n\nDe afmelding berust op een misverstand binnen ons secretariaat. Ik verzoek u "
             "mijn lidmaatschap te handhaven.\n\nHoogachtend,\n\nir. H.G. Voskuilen\nalgemeen directeur\n"
             "Werkorganisatie Duinvliet\nT 071 - 530 22 18"},
    {"id": "d63-subscribe-05", "kind": "subscribe", "thread": G,
     "body": "> Was dit niet uw bedoeling, of kwam het verzoek niet van u? Beantwoord dan deze e-mail met 'lid "
             "blijven'\n\nNiet mijn bedoeling nee, per ongeluk op de link in de voettekst gedrukt. Lid blijven "
             "dus.\n\nGr Sander"},
    {"id": "d63-subscribe-06", "kind": "subscribe", "thread": G, "quoted": AF, "quote": "outlook-en",
     "body": "Sorry, my mistake - I replied 'afmelden' to the wrong mail. Please keep me as a member.\n\n"
             "Kind regards,\nTheo Wassink"},
    {"id": "d63-subscribe-07", "kind": "subscribe", "thread": None, "quoted": AF, "quote": "outlook-lijn",
     "subject": "Toch lid blijven",
     "body": "Goedemiddag,\n\nIk heb me vorige week afgemeld maar heb me bedacht: de functie-overdracht gaat "
             "niet door en ik blijf directeur. Graag mijn lidmaatschap terug.\n\nMet vriendelijke groet,\n"
             "Anouk Jansen-Riedijk" + DISCLAIMER},
    {"id": "d63-subscribe-08", "kind": "subscribe", "thread": G, "quoted": AF, "quote": "groupwise",
     "body": "dit klopt neit, ik wil lid blijven. groet jos"},
    {"id": "d63-subscribe-09", "kind": "subscribe", "thread": W, "quoted": WK, "quote": "outlook-nl",
     "sender": "Petra de Boer <p.deboer@werkorganisatie-kroonwijde.nl>",
     "body": "Beste secretariaat,\n\nDank voor het welkom. Mijn collega-directeur Yvonne Smeets wil ook graag lid "
             "worden; haar adres is y.smeets@werkorganisatie-kroonwijde.nl. Zij weet ervan.\n\n"
             "Met vriendelijke groet,\nPetra de Boer"},
    {"id": "d63-subscribe-10", "kind": "subscribe", "thread": W, "quoted": WK, "quote": "gmail",
     "body": "leuk! mijn collega Dirk (d.hoving@esscherveld.nl) wil ook graag meedoen, kunnen jullie hem "
             "aanmelden?" + SAMSUNG},
    {"id": "d63-subscribe-11", "kind": "subscribe", "thread": W, "quoted": WK, "quote": "notes-wrote",
     "body": "Goedemorgen,\n\nWilt u ook onze tweede directeur, mevrouw N. El Idrissi, inschrijven als lid? "
             "Zij heeft daar zelf om gevraagd. E-mail: n.elidrissi@gemeenten-lindemaas.nl\n\nMet vriendelijke "
             "groet,\nR. Hofstede"},
    {"id": "d63-subscribe-12", "kind": "subscribe", "thread": None, "quoted": WK, "quote": "doorgestuurd",
     "subject": "FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Dit lijkt me ook wat voor mij. Meld mij ook maar aan als lid.\n\nMartijn Kok\ndirecteur bedrijfsvoering"
             "\nWerkorganisatie Berkeldal"},
    {"id": "d63-subscribe-13", "kind": "subscribe", "thread": G, "quoted": AF, "quote": "ongemarkeerd",
     "body": "Dat was niet de bedoeling. Ik had op 'afmelden' gereageerd bij het atelier, niet bij het netwerk. "
             "Ik blijf graag lid.\n\nMet vriendelijke groet,\nBert Kuiper"},
    {"id": "d63-subscribe-14", "kind": "subscribe", "thread": W, "quoted": WK, "quote": "outlook-en",
     "body": "Welcome noted, thanks. Please also sign up my colleague Sophie Leclercq, co-director here: "
             "s.leclercq@wo-vlietland.nl - she asked me to pass it on.\n\nRegards,\nMaarten"},

    # -- Unsubscribe: a new member who did not want this, erasure, hand-overs --------------------------------
    {"id": "d63-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": WK,
     "quote": "outlook-nl",
     "body": "Dank voor uw bericht, maar haal me er maar af. Ik heb geen tijd voor nog een netwerk.\n\n"
             "Met vriendelijke groet,\nJ. Hazelaar"},
    {"id": "d63-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": WK, "quote": "gmail",
     "body": "afmelden" + IPHONE},
    {"id": "d63-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": WK, "quote": "apple",
     "body": "Dit heb ik niet aangevraagd en het is ook niet mijn bedoeling. Graag uitschrijven.\n\nFemke"},
    {"id": "d63-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": WK,
     "quote": "outlook-en",
     "body": "I think someone registered me by mistake - I'm not a director. Please remove me from the list.\n\n"
             "Thanks,\nDaan Verhoef\nbeleidsadviseur"},
    {"id": "d63-unsubscribe-05", "kind": "unsubscribe", "erase": True, "thread": W, "quoted": WK, "quote": "notes",
     "body": "Geacht secretariaat,\n\nIk heb geen lidmaatschap gewenst. Ik verzoek u mij uit te schrijven en op "
             "grond van artikel 17 AVG al mijn persoonsgegevens te verwijderen.\n\nHoogachtend,\nmr. C.P. Roelofs"},
    {"id": "d63-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": G, "quoted": AF,
     "quote": "outlook-nl",
     "body": "Beste secretariaat,\n\nDank voor de bevestiging. Wilt u mijn gegevens ook helemaal uit uw bestanden "
             "verwijderen? Ik wil niet dat ze bewaard blijven.\n\nMet vriendelijke groet,\nWillemijn Achterberg"},
    {"id": "d63-unsubscribe-07", "kind": "unsubscribe", "erase": True, "thread": G, "quoted": AF, "quote": "gmail",
     "body": "prima. en graag ook mijn gegevens wissen (avg)" + SAMSUNG},
    {"id": "d63-unsubscribe-08", "kind": "unsubscribe", "erase": True, "thread": G, "quoted": AF,
     "quote": "outlook-en",
     "body": "Thank you. Please also delete all personal data you hold on me, in line with the GDPR.\n\n"
             "Regards,\nHenk Lammers"},
    {"id": "d63-unsubscribe-09", "kind": "unsubscribe", "erase": True, "thread": None, "quoted": AF,
     "quote": "outlook-lijn", "subject": "Verwijderen persoonsgegevens",
     "body": "Goedemiddag,\n\nNa mijn afmelding verzoek ik u mijn naam, e-mailadres en functie te verwijderen uit "
             "de ledenadministratie en eventuele deelnemerslijsten.\n\nMet vriendelijke groet,\nS. Bouwmeester"
             + DISCLAIMER},
    {"id": "d63-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": G, "quoted": AF,
     "quote": "outlook-nl", "sender": "Gert-Jan Wolters <gj.wolters@maasheuvel.nl>",
     "body": "Beste Melanie,\n\nDank je. Mijn opvolger is Rianne Post, zij begint op 1 april als algemeen "
             "directeur: r.post@maasheuvel.nl.\n\nGroet,\nGert-Jan"},
    {"id": "d63-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": G, "quoted": AF,
     "quote": "notes-wrote",
     "body": "Geacht secretariaat,\n\nMijn functie wordt per 1 juni overgenomen door de heer K. Brandsma "
             "(k.brandsma@gemeenten-lindemaas.nl). Graag ontvangt hij voortaan de berichten van het netwerk.\n\n"
             "Met vriendelijke groet,\nA. de Wit"},
    {"id": "d63-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": G,
     "body": "> Neemt iemand anders uw functie over? Dan horen wij graag de naam en het e-mailadres van uw "
             "opvolger.\n\nJa: Lotte Hermans, l.hermans@veenhorst-werkt.nl, vanaf half maart.\n\nMvg Peter"},
    {"id": "d63-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": WK,
     "quote": "groupwise",
     "body": "Bedankt, maar dit is niet aan mij besteed. Schrijft u mij maar weer uit.\n\nmvg H. Nijboer"},
    {"id": "d63-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": W,
     "body": "> Afmelden? Antwoord op deze e-mail met 'afmelden'\n\nafmelden graag, ben per abuis aangemled.\n\n"
             "Wendy"},

    # -- Suggestion: a new member with a topic ---------------------------------------------------------------
    {"id": "d63-suggestion-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": W, "quoted": WK,
     "quote": "outlook-nl",
     "body": "Beste Stan en Melanie,\n\nU vraagt naar een onderwerp: bij ons speelt hoe je als werkorganisatie "
             "omgaat met drie colleges die elk hun eigen koers willen. Hoe houden andere directeuren de "
             "deelnemende gemeenten bij elkaar? Dat zou ik graag eens bespreken.\n\nMet vriendelijke groet,\n"
             "Hanneke Stoop"},
    {"id": "d63-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": W, "quoted": WK,
     "quote": "gmail",
     "body": "dank! onderwerp: hoe krijg je je formatie rond met deze arbeidsmarkt, vacatures staan bij ons "
             "maanden open" + IPHONE},
    {"id": "d63-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": W, "quoted": WK,
     "quote": "apple",
     "body": "Leuk om erbij te zijn. Wat ik zou willen agenderen: het klantcontactcentrum voor twee gemeenten "
             "tegelijk. Inwoners van de ene gemeente willen niet als inwoner van de andere te woord gestaan "
             "worden. Hoe regelen anderen de balie en de telefoon?\n\nRuben"},
    {"id": "d63-suggestion-04", "kind": "suggestion", "themes": ["strategie"], "thread": W, "quoted": WK,
     "quote": "notes",
     "body": "Geacht secretariaat,\n\nGaarne draag ik een onderwerp aan: de langetermijnvisie van de "
             "werkorganisatie in een periode waarin de gemeenteraden hun bestuurlijke prioriteiten steeds "
             "verschuiven. Hoe bepaalt men dan een koers voor tien jaar?\n\nHoogachtend,\nW.J.M. van Kempen"},
    {"id": "d63-suggestion-05", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": W,
     "quoted": WK, "quote": "outlook-lijn",
     "body": "Goedemiddag,\n\nEen voorstel voor een gespreksonderwerp: de kostenverdeelsleutel tussen de "
             "gemeenten. Hoe verdeel je de kosten eerlijk, en hoe voorkom je dat de discussie daarover de "
             "verhouding tussen de gemeenten gaat beheersen?\n\nMet vriendelijke groet,\nLinda Scholten-Bakker"},
    {"id": "d63-suggestion-06", "kind": "suggestion", "themes": ["organisatie"], "thread": W,
     "body": "> Hebt u nu al een onderwerp dat u graag met collega's wilt bespreken? Beantwoord deze e-mail "
             "gerust.\n\nJa: de migratie naar één zaaksysteem en één set werkprocessen. Bij ons draaien nog "
             "twee applicatielandschappen naast elkaar.\n\nGr, Wouter"},
    {"id": "d63-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"], "thread": W,
     "quoted": WK, "quote": "outlook-en",
     "body": "Thanks for having me. A topic I'd like to put forward: digitalising our services to residents "
             "(online permits, chat) and what that asks of the internal IT organisation.\n\nBest,\nJoyce Amrani"},
    {"id": "d63-suggestion-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": W, "quoted": WK,
     "quote": "groupwise",
     "body": "Onderwerp voor het atelier: de positie van een fusieorganisatie in de regio, tegenover de grote "
             "centrumgemeente en de veiligheidsregio. Wij worden vaak overgeslagen.\n\nP. Oosterhof"},
    {"id": "d63-suggestion-09", "kind": "suggestion", "themes": ["strategie"], "thread": None, "quoted": WK,
     "quote": "notes-wrote", "subject": "Idee voor atelier",
     "body": "Beste mensen,\n\nNieuw lid hier. Ik zou het graag hebben over de inhoudelijke agenda van de "
             "werkorganisatie: wie bepaalt die eigenlijk, de colleges of de directie? Het sturingsmodel zelf "
             "laat ik graag buiten beschouwing, het gaat mij om de koers.\n\nmvg Gerrit Lubbers"},
    {"id": "d63-suggestion-10", "kind": "suggestion", "themes": ["organisatie"], "thread": W, "quoted": WK,
     "quote": "doorgestuurd",
     "body": "Anja, stuur je dit even terug aan het netwerk? Mijn onderwerp: het sturingsconcept van de "
             "werkorganisatie, wij twijfelen tussen integraal management en een opdrachtgever-opdrachtnemer"
             "model.\n\nF."},

    # -- Autoreply ------------------------------------------------------------------------------------------
    {"id": "d63-autoreply-01", "kind": "autoreply", "thread": W, "headers": AUTO,
     "subject": "Automatisch antwoord: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Ik ben afwezig tot en met 13 maart. Uw bericht wordt niet doorgestuurd. Voor dringende zaken "
             "kunt u contact opnemen met het directiesecretariaat, 0413 - 28 44 00."},
    {"id": "d63-autoreply-02", "kind": "autoreply", "thread": W,
     "subject": "Afwezig: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Dank voor uw e-mail. Ik ben met vakantie en vanaf maandag 9 maart weer bereikbaar.\n\n"
             "Met vriendelijke groet,\nKarin Vos"},
    {"id": "d63-autoreply-03", "kind": "autoreply", "thread": W, "headers": AUTO,
     "subject": "Automatic reply: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "I am out of the office until 16 March with limited access to e-mail. For urgent matters please "
             "contact my office manager at office@wo-vlietland.nl.\n\nJoyce Amrani"},
    {"id": "d63-autoreply-04", "kind": "autoreply", "thread": G, "headers": AUTO,
     "subject": "Automatisch antwoord: Uw afmelding bij het Netwerk van directeuren van ambtelijke "
                "fusieorganisaties",
     "body": "Per 1 maart ben ik niet meer werkzaam bij Werkorganisatie Duinvliet. Uw e-mail wordt niet "
             "gelezen. Voor de directie kunt u terecht bij directie@duinvliet.nl."},
    {"id": "d63-autoreply-05", "kind": "autoreply", "thread": G, "headers": {"X-Autoreply": "yes"},
     "subject": "Re: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Dit is een automatisch bericht. Ik ben tot 20 maart met verlof. Uw mail wordt na terugkomst "
             "behandeld."},
    {"id": "d63-autoreply-06", "kind": "autoreply", "thread": None, "headers": AUTO,
     "subject": "Afwezigheidsmelding",
     "body": "Goedendag,\n\nIk ben vandaag en morgen op cursus en lees mijn mail beperkt. Bij spoed: bel "
             "06 2218 4477.\n\nHartelijke groet,\nGert-Jan Wolters"},

    # -- Other: thanks, small talk, questions, own data, address change, complaints, denials that ask ----------
    {"id": "d63-other-01", "kind": "other", "thread": W, "quoted": WK, "quote": "gmail",
     "body": "dank, leuk!" + IPHONE},
    {"id": "d63-other-02", "kind": "other", "thread": W, "quoted": WK, "quote": "outlook-nl",
     "body": "Beste Stan en Melanie,\n\nHartelijk dank voor de snelle bevestiging. Ik kijk uit naar de "
             "contacten met collega's.\n\nMet vriendelijke groet,\nLinda Scholten-Bakker\nDirecteur "
             "Werkorganisatie Berkeldal\n06 4812 3390" + DISCLAIMER},
    {"id": "d63-other-03", "kind": "other", "thread": G, "quoted": AF, "quote": "outlook-nl",
     "body": "Beste Stan,\n\nJammer, maar begrijpelijk nu ik stop. Dank voor de mooie ateliers van de "
             "afgelopen jaren, ik heb er veel aan gehad.\n\nHartelijke groet,\nMarco Bleeker"},
    {"id": "d63-other-04", "kind": "other", "thread": G, "quoted": AF, "quote": "apple",
     "body": "Helder, dank jullie wel en het ga jullie goed! Houdoe" + IPHONE},
    {"id": "d63-other-05", "kind": "other", "thread": W, "quoted": WK, "quote": "notes",
     "body": "Geacht secretariaat,\n\nIk ontving uw welkomstbericht, maar kan mij niet herinneren dat ik mij "
             "heb aangemeld. Kunt u mij laten weten wie mij heeft aangemeld en hoe u aan mijn e-mailadres "
             "komt?\n\nHoogachtend,\nmr. B. Schuurman"},
    {"id": "d63-other-06", "kind": "other", "thread": W, "quoted": WK, "quote": "gmail",
     "body": "wie heeft mij hiervoor opgegven?? ik weet van niks af" + SAMSUNG},
    {"id": "d63-other-07", "kind": "other", "thread": W, "quoted": WK, "quote": "outlook-en",
     "body": "Thanks! Quick question: how many members does the network have, and is there a list of the "
             "participating organisations?\n\nBest,\nMaarten"},
    {"id": "d63-other-08", "kind": "other", "thread": W, "quoted": WK, "quote": "outlook-lijn",
     "body": "Goedemorgen,\n\nIs het netwerk alleen voor algemeen directeuren, of mag ook een directeur "
             "bedrijfsvoering aansluiten? Bij ons is de directie tweehoofdig.\n\nMet vriendelijke groet,\n"
             "Erik Timmer"},
    {"id": "d63-other-09", "kind": "other", "thread": W, "quoted": WK, "quote": "groupwise",
     "body": "Welke gegevens van mij heeft u precies vastgelegd? Ik zie graag een overzicht.\n\nH. Nijboer"},
    {"id": "d63-other-10", "kind": "other", "thread": G, "quoted": AF, "quote": "outlook-nl",
     "body": "Beste secretariaat,\n\nKunt u mij laten weten hoe lang u mijn gegevens na de afmelding nog "
             "bewaart?\n\nMet vriendelijke groet,\nWillemijn Achterberg"},
    {"id": "d63-other-11", "kind": "other", "thread": W, "quoted": WK, "quote": "notes-wrote",
     "subject": "RE: Welkom - ander e-mailadres",
     "body": "Goedemiddag,\n\nDank voor het welkom. Per 1 april wijzigt ons domein; mijn nieuwe adres wordt "
             "a.koolhoven@werkorganisatie-vliethorst.nl. Wilt u dat aanpassen?\n\nMet vriendelijke groet,\n"
             "A. Koolhoven"},
    {"id": "d63-other-12", "kind": "other", "thread": None, "quoted": WK, "quote": "outlook-nl",
     "subject": "Adreswijziging",
     "body": "Graag de berichten voortaan naar mijn persoonlijke werkadres sturen: s.bakker@berkeldal.nl in "
             "plaats van het algemene directie-adres.\n\nGroet,\nLinda"},
    {"id": "d63-other-13", "kind": "other", "thread": W, "quoted": WK, "quote": "apple",
     "body": "Kreeg dit bericht nu drie keer binnen. Graag even naar kijken, het is een beetje veel zo.\n\n"
             "Femke" + IPHONE},
    {"id": "d63-other-14", "kind": "other", "thread": G, "quoted": AF, "quote": "outlook-lijn",
     "body": "Goedemiddag,\n\nIk vind het wat vreemd dat mijn afmelding zonder enige navraag is verwerkt, na tien "
             "jaar lidmaatschap. Een telefoontje was netter geweest.\n\nMet vriendelijke groet,\nTon Remmers"},
    {"id": "d63-other-15", "kind": "other", "thread": W, "quoted": WK, "quote": "doorgestuurd",
     "body": "Anja, wat is dit eigenlijk? Heb jij mij hiervoor aangemeld? Graag even uitzoeken wie dit gedaan "
             "heeft.\n\nF."},
    {"id": "d63-other-16", "kind": "other", "thread": W, "quoted": WK, "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nNamens mijn directeur, de heer Van Dalen, vraag ik of hij ook lid kan worden. Hij is "
             "op dit moment op vakantie.\n\nMet vriendelijke groet,\nAnja Verschoor\nmanagementassistent"},
    {"id": "d63-other-17", "kind": "other", "thread": W, "quoted": WK, "quote": "gmail",
     "body": "Leuk! Mijn collega Bram wil vast ook, zal ik hem vragen zich aan te melden?"},
    {"id": "d63-other-18", "kind": "other", "thread": G, "quoted": AF, "quote": "notes",
     "body": "Geacht secretariaat,\n\nKrijg ik het verslag van het laatste atelier nog toegestuurd, ook nu ik "
             "geen lid meer ben?\n\nMet vriendelijke groet,\nmr. J.A. Dekkers"},
    {"id": "d63-other-19", "kind": "other", "thread": G, "quoted": AF, "quote": "gmail",
     "body": "ik heb me afgemeld maar mijn opvolger is nog niet bekend, raad loopt nog. laat ik jullie weten "
             "zodra er iemand is" + IPHONE},
    {"id": "d63-other-20", "kind": "other", "thread": W, "quoted": WK, "quote": "ongemarkeerd",
     "body": "Dank u wel. Is er ook een besloten LinkedIn-groep of iets dergelijks waar leden elkaar kunnen "
             "vinden?\n\nmvg Gerrit Lubbers"},
    {"id": "d63-other-21", "kind": "other", "thread": W,
     "body": "> Het lidmaatschap is kosteloos.\n\nFijn! Geldt dat ook voor de ateliers zelf, of zijn daar "
             "kosten aan verbonden?\n\nSaskia"},
    {"id": "d63-other-22", "kind": "other", "thread": G,
     "body": "> Wilt u later weer meedoen? Stuur dan een e-mail met 'Aanmelden' naar info@ambtelijkefusie.nl."
             "\n\nGoed om te weten, misschien na mijn sabbatical. Dank voor alles.\n\nRoel"},
    {"id": "d63-other-23", "kind": "other", "thread": G, "quoted": AF, "quote": "outlook-en",
     "body": "Thanks, all clear. It was a pleasure being part of the network. Best of luck with the next "
             "atelier!\n\nTheo"},
    {"id": "d63-other-24", "kind": "other", "thread": W, "quoted": WK, "quote": "outlook-lijn",
     "body": "Hoi Melanie,\n\nLeuk je hier weer tegen te komen, we zaten samen bij de VNG-leergang in 2019 "
             "geloof ik. Hoe is het met je?\n\nGroet,\nIngrid" + OUTLOOK_IOS},
    {"id": "d63-other-25", "kind": "other", "thread": G, "quoted": AF, "quote": "notes-wrote",
     "body": "Goedemiddag,\n\nKunt u ook mijn collega Hans Wevers afmelden? Hij is vorige maand vertrokken "
             "en zijn mailbox wordt niet meer gelezen.\n\nMet vriendelijke groet,\nA. de Wit"},
    {"id": "d63-other-26", "kind": "other", "thread": W, "quoted": WK, "quote": "apple",
     "body": "Bedankt! Ik zag de naam Marieke de Vries-Ölçer bovenaan, maar zo heet ik niet. Staat mijn naam "
             "goed in uw administratie? Het is Mieke de Vries.\n\nMieke" + IPHONE},
]
# fmt: on
