"""The cases of held-out set 10 (issue 17); see the package docstring for how its writing differs."""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
SAMSUNG = "\n\nVerzonden vanaf mijn Galaxy"
TEAMS_MOBILE = "\n\nOutlook voor iOS downloaden"
DICTATED = "\n\n(ingesproken via spraakherkenning, excuses voor eventuele fouten)"
DISCLAIMER = (
    "\n\nDe informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Werkorganisatie Duin- en Bollenstreek aanvaardt geen aansprakelijkheid voor schade voortvloeiend uit "
    "onvolledige of onjuiste overdracht van de inhoud. Denk aan het milieu voordat u deze e-mail print."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it. Gemeenschappelijke Regeling Kempenland."
)
WERKTIJDEN = (
    "\n\nIk werk op ma, di en do. Mijn werktijden hoeven niet de jouwe te zijn: reageer wanneer het jou uitkomt."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- SUBSCRIBE -----------------------------------------------------------------------------------------------
    {"id": "h10-subscribe-01", "kind": "subscribe", "thread": None,
     "sender": "Ilse Veenstra <i.veenstra@werkorganisatie-westerkwartier-oost.nl>",
     "subject": "Lidmaatschap netwerk",
     "body": "Geacht secretariaat,\n\nPer 1 november jl. ben ik benoemd tot algemeen directeur van de "
             "werkorganisatie Westerkwartier-Oost, de ambtelijke fusie van drie plattelandsgemeenten. Mijn "
             "voorganger heb ik helaas niet meer gesproken, maar in zijn archief trof ik uw brochure aan. Graag "
             "treed ik toe tot het netwerk.\n\nHoogachtend,\n\nmr. I.J. Veenstra\nalgemeen directeur / "
             "gemeentesecretaris"},
    {"id": "h10-subscribe-02", "kind": "subscribe", "thread": None,
     "sender": "Ruben Koster <rkoster@bsd-lingewaal.nl>", "subject": "",
     "body": "hallo ik wordt graag lid van jullie netwerk voor directeuren ik ben sinds kort directeur "
             "bedrijfsvoering en gemeentesecretaris bij de BSD Lingewaal en een collega uit de regio tipte mij "
             "dat dit de moeite waard is groet ruben koster" + DICTATED},
    {"id": "h10-subscribe-03", "kind": "subscribe", "thread": None,
     "sender": "Hester Doornbos <h.doornbos@deltawerk-zeeland.nl>", "subject": "Aanmelden",
     "body": "Naam: Hester Doornbos\nFunctie: directeur\nOrganisatie: DeltaWerk (ambtelijke fusie Borsele-Reimerswaal-"
             "Kapelle)\nE-mail: h.doornbos@deltawerk-zeeland.nl\nTelefoon: 0113 - 47 20 11\n\nVerzonden via "
             "het formulier op mijn eigen computer omdat de link op jullie site het niet deed."},
    {"id": "h10-subscribe-04", "kind": "subscribe", "thread": None,
     "sender": "Tom Achterberg <t.achterberg@hollandsmidden-samen.nl>", "subject": "Can I join?",
     "body": "Hi there,\n\nI'm the new managing director of the joint civil service of three municipalities in "
             "Holland Midden (my Dutch is still work in progress, I moved from Antwerp via London). I'd like to "
             "become a member of the network, if that's open to people in my position.\n\nKind regards,\nTom "
             "Achterberg"},
    {"id": "h10-subscribe-05", "kind": "subscribe", "thread": None,
     "sender": "Fenna Wiersma <f.wiersma@dantumadiel-achtkarspelen.frl>", "subject": "Meidwaan",
     "body": "Goeie,\n\nIk soe graach meidwaan oan jim netwurk. Mijn nederlands is beter als mijn fries op papier, "
             "dus: ik meld me aan als lid. Directeur van de gezamenlijke werkorganisatie sinds deze zomer.\n\n"
             "Mei freonlike groetnis,\nFenna Wiersma"},
    {"id": "h10-subscribe-06", "kind": "subscribe", "thread": None,
     "sender": "J. Bosman <j.bosman@kempen-werkt.nl>", "subject": "Graag op de verzendlijst + lid",
     "body": "Goedemorgen,\n\nTijdens het congres van de VGS stond ik bij de tafel van SeinstravandeLaar. Ik heb "
             "daar mijn kaartje achtergelaten maar volgens mij is er niets mee gebeurd, dus bij deze nogmaals: "
             "ik word graag lid en ontvang graag de uitnodigingen.\n\nJeroen Bosman\nDirecteur "
             "Kempen Werkt (Bergeijk, Bladel, Eersel, Reusel-De Mierden)" + DISCLAIMER_EN},
    {"id": "h10-subscribe-07", "kind": "subscribe", "thread": None,
     "sender": "Marloes Kant <m.kant@ijsselgroep-gemeenten.nl>", "subject": "Aanmelding",
     "body": "Dag,\nBen per 1/3 interim-directeur van de IJsselgroep. Interim, maar waarschijnlijk wel anderhalf "
             "jaar. Zet me er maar bij.\nMarloes" + IPHONE},
    {"id": "h10-subscribe-08", "kind": "subscribe", "thread": None,
     "sender": "Gerrit Oldenhof <g.oldenhof@noordenveld-werk.nl>", "subject": "aanmelding netwerk",
     "body": "Moi,\n\nMien collega uut Westerwolde zee dat ik mij hier aanmelden mus. Ik bin directeur van de "
             "ambtelijke organisatie en wil geern lid worden.\n\nGroeten uut Drenthe,\nGerrit Oldenhof"},
    {"id": "h10-subscribe-09", "kind": "subscribe", "thread": None,
     "sender": "A. El Khatib <a.elkhatib@werkorganisatie-bvo.nl>",
     "subject": "Verzoek tot toetreding Netwerk van directeuren",
     "body": "Geachte heer Van de Laar, geachte mevrouw Huurneman,\n\nIn het kader van mijn inwerkprogramma als "
             "nieuwe directeur van Werkorganisatie BVO heb ik een overzicht gemaakt van relevante "
             "netwerken. Het uwe springt eruit vanwege de focus op ambtelijke fusies. Ik verzoek u mij als lid "
             "in te schrijven.\n\nMet vriendelijke groet,\n\nAmira El Khatib MSc\nDirecteur\nT 0348 - 55 10 20"},
    {"id": "h10-subscribe-10", "kind": "subscribe", "thread": None,
     "sender": "Bart van Dongen <b.vandongen@baarle-alphen-werkt.nl>", "subject": "Aanhaken bij het netwerk",
     "body": "Goeiendag,\n\nIk zou graag bij jullie netwerk aanhaken. Ben directeur bij onze werkorganisatie en "
             "we zitten met dezelfde vragen als de rest denk ik. Doe mij maar een plekske op de lijst.\n\n"
             "Houdoe,\nBart"},
    {"id": "h10-subscribe-11", "kind": "subscribe", "thread": None,
     "sender": "Sandra Mulder <sandra.mulder@gr-rijnstreek.nl>", "subject": "inschrijven",
     "body": "sorry voor de korte mail, zit in de trein. Graag inschrijven als lid, ik ben de nieuwe "
             "gemeentesecretaris-directeur van GR Rijnstreek. Sandra" + SAMSUNG},
    {"id": "h10-subscribe-12", "kind": "subscribe", "thread": None,
     "sender": "Wouter Brink <w.brink@salland-samen.nl>", "subject": "Netwerk directeuren",
     "body": "Beste mensen,\n\nmijn functie is per januari gewijzigd van concerncontroller naar algemeen "
             "directeur van Salland Samen, de werkorganisatie van Olst-Wijhe en Raalte. Ik ontving tot nu toe "
             "niets van jullie maar zou dat graag willen: meldt u mij aan voor het netwerk.\n\nGroet,\n"
             "Wouter Brink"},
    {"id": "h10-subscribe-13", "kind": "subscribe", "thread": None,
     "sender": "Karin Visscher <k.visscher@werkorganisatie-duinstreek.nl>",
     "subject": "FW: brochure netwerk directeuren",
     "body": "Ik heb de brochure doorgelezen die mijn managementassistent had uitgeprint. Het spreekt me aan. "
             "Ik wil graag deelnemen aan het netwerk en de ateliers.\n\nKarin Visscher\nDirecteur "
             "Werkorganisatie Duinstreek" + DISCLAIMER},
    {"id": "h10-subscribe-14", "kind": "subscribe", "thread": None,
     "sender": "Henk Jan Meulenbelt <hj.meulenbelt@twentewerk.nl>", "subject": "Aanmelden",
     "body": "Mooi volk,\n\nAls kersverse directeur van de ambtelijke fusie Dinkelland-Tubbergen meld ik mij aan. "
             "Nog gin idee wat ik mot verwachten, mar dat hoor ik wel.\n\nHenk Jan"},
    {"id": "h10-subscribe-15", "kind": "subscribe", "thread": None,
     "sender": "Petra Lodewijks <p.lodewijks@maasgouw-echt.nl>", "subject": "graag lid",
     "body": "Hoi,\n\nIk heb van Sjef Coenen gehoord dat er een netwerk is voor mensen zoals ik. Mag ik erbij? "
             "Ik ben sinds februari directeur van de ambtelijke organisatie van twee Limburgse gemeenten.\n\n"
             "Hajje groete,\nPetra"},
    {"id": "h10-subscribe-16", "kind": "subscribe", "thread": None,
     "sender": "Niels Hofman <n.hofman@werkorganisatie-midden-delfland.nl>", "subject": "Aanmelding lid",
     "body": "goedemiddag ik meld mij graag aan als lit van het netwerk van directeuren van ambtelijke "
             "fusieorganisaties mijn naam is niels hofman en ik ben directeur van de werkorganisatie komma "
             "mijn e-mailadres is het adres waarvan ik deze mail stuur punt met vriendelijke groet" + DICTATED},
    {"id": "h10-subscribe-17", "kind": "subscribe", "thread": None,
     "sender": "Esther Baan <e.baan@wsw-zaanstreek.nl>",
     "subject": "Toetreding netwerk (ook voor mijn eigen ontwikkeling)",
     "body": "Beste secretariaat,\n\nIn mijn ontwikkelgesprek met de burgemeesters is afgesproken dat ik meer "
             "extern ga leren. Hierbij meld ik mij daarom aan voor uw netwerk. Ik ben directeur van de "
             "ambtelijke fusieorganisatie Zaanstreek-Noord.\n\nHartelijke groet,\nEsther Baan" + WERKTIJDEN},
    {"id": "h10-subscribe-18", "kind": "subscribe", "thread": None,
     "sender": "Laurens de Wit <l.dewit@hoeksche-waard-samen.nl>", "subject": "Aanmelden netwerk",
     "body": "Goedemiddag,\n\nHet lijkt mij zinvol om aan te sluiten bij het netwerk. Bij deze het verzoek mij "
             "als deelnemer op te nemen.\n\nMet vriendelijke groet,\n\nLaurens de Wit\nGemeentesecretaris/"
             "algemeen directeur\nM 06 41 22 87 03"},
    {"id": "h10-subscribe-19", "kind": "subscribe", "thread": None,
     "sender": "Annelies Vos <annelies.vos@gemeenten-altena-werkt.nl>", "subject": "aanmelding",
     "body": "Graag wil ik mij aanmelden!\n\nNaam Annelies Vos\nrol directeur dienstverlening en "
             "plaatsvervangend algemeen directeur\norg Altena Werkt"},
    {"id": "h10-subscribe-20", "kind": "subscribe", "thread": None,
     "sender": "Mark Tielen <m.tielen@werkorganisatie-peelland.nl>", "subject": "Join / aanmelden",
     "body": "Hi, I'd like to sign up for the directors' network please. Mark Tielen, directeur "
             "Werkorganisatie Peelland.\n\nSent from Outlook for iOS"},
    # -- CONFIRM -------------------------------------------------------------------------------------------------
    {"id": "h10-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "body": "Bevestigd."},
    {"id": "h10-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "body": "ja dat klopt dat ben ik" + IPHONE},
    {"id": "h10-confirm-03", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn",
     "body": "Excuus, uw eerste mail was in mijn map 'Overig' beland. Ja, ik wil lid worden.\n\nMet vriendelijke "
             "groet,\nIlse Veenstra"},
    {"id": "h10-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd",
     "body": "Akkoord, dit was mijn aanmelding. Dank Anja voor het doorsturen.\n\nR."},
    {"id": "h10-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "body": "👍"},
    {"id": "h10-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "groupwise",
     "body": "Hierbij bevestig ik mijn aanmelding.\n\nA. El Khatib"},
    {"id": "h10-confirm-07", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "outlook-en",
     "body": "Yes, confirmed - sorry for the delay, was on leave.\n\nTom"},
    {"id": "h10-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd",
     "body": "klopt helemaal ik heb me zelf aangemeld vorige week dus bij deze bevestigd" + DICTATED},
    {"id": "h10-confirm-09", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "subject": "AW: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "Goedemorgen,\n\nHierbij mijn bevestiging.\n\nMet vriendelijke groet,\nLaurens de Wit"},
    {"id": "h10-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "body": "Ja graag.\n\nGroet,\nH.J. Meulenbelt"},
    {"id": "h10-confirm-11", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "gmail",
     "body": "Jazeker! Goed dat jullie nog even herinneren, was het vergeten.\n\nPetra" + SAMSUNG},
    {"id": "h10-confirm-12", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
     "body": "Ok, is goed.\n\nMet vriendelijke groet / Kind regards\nG. Oldenhof"},
    # -- UNSUBSCRIBE ---------------------------------------------------------------------------------------------
    {"id": "h10-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Cor Janssen <c.janssen@werkorganisatie-bbr.nl>", "subject": "Afscheid",
     "body": "Beste Stan en Melanie,\n\nNa elf jaar ga ik met pensioen. Mijn laatste werkdag is 31 januari. "
             "Wilt u mij uit het netwerk halen? Een opvolger is nog niet benoemd; de raden beslissen daar in "
             "het voorjaar over.\n\nHet ga jullie goed,\nCor Janssen"},
    {"id": "h10-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Lotte Vermeer <l.vermeer@werkorganisatie-duinstreek.nl>", "subject": "overdracht",
     "body": "Goedemiddag,\n\nIk vertrek per 1 april naar de provincie. Mijn opvolger als directeur is "
             "Marco Dijkhuizen, m.dijkhuizen@werkorganisatie-duinstreek.nl. Hij neemt mijn plek in het netwerk "
             "graag over.\n\nVriendelijke groet,\nLotte Vermeer" + DISCLAIMER},
    {"id": "h10-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "P. Hoogendoorn <p.hoogendoorn@ijsselgroep-gemeenten.nl>",
     "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming "
             "verzoek ik u al mijn persoonsgegevens uit uw administratie te verwijderen, inclusief "
             "deelnamelijsten van eerdere ateliers. Ik ontvang graag binnen de wettelijke termijn een "
             "bevestiging.\n\nHoogachtend,\n\nP. Hoogendoorn"},
    {"id": "h10-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Geen thema's van mijn kant: ik stop per de zomer als directeur en ga terug naar de provincie. "
             "Haal mij maar van de lijst.\n\nGr. Jolanda"},
    {"id": "h10-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Ik kom niet en ik wil ook geen uitnodigingen meer. Mijn functie is per 1 maart opgeheven bij de "
             "reorganisatie. Graag afmelden voor alles.\n\nW. Postma"},
    {"id": "h10-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Please remove me from your mailing list and delete whatever personal data you hold on me (GDPR). "
             "I left the Netherlands last year and no longer work in local government.\n\nRegards,\nD. Nash"},
    {"id": "h10-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Arjen Tuinstra <a.tuinstra@noardeast-wurket.frl>", "subject": "stoppe",
     "body": "Hoi,\n\nIk hâld op mei it netwurk. Gewoon te drok, de ateliers passen niet in mijn agenda. Wil "
             "jullie me uitschrijven?\n\nArjen"},
    {"id": "h10-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn",
     "body": "Beste secretariaat,\n\nIk meld mij af voor donderdag én voor het netwerk als geheel. Per 1 april "
             "begin ik als directeur bij een woningcorporatie. Mijn plaatsvervanger Ingrid Smeets "
             "(i.smeets@maasgouw-echt.nl) wordt waarnemend directeur en neemt mijn lidmaatschap over.\n\n"
             "Met dank voor de mooie bijeenkomsten,\nJos Peeters"},
    {"id": "h10-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Sandra Mulder <sandra.mulder@gr-rijnstreek.nl>", "subject": "unsubscribe",
     "body": "Hi both, I'm stepping down at the end of the month to take up a role in Brussels, so please take me "
             "off the network list. It has been a pleasure.\n\nBest,\nSandra" + TEAMS_MOBILE},
    {"id": "h10-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "apple",
     "body": "Ik denk dat dit een vergissing is, ik ben geen directeur maar beleidsadviseur. Schrijf me maar uit."
             + IPHONE},
    {"id": "h10-unsubscribe-11", "kind": "unsubscribe", "erase": True, "thread": None,
     "sender": "Frits Lammers <f.lammers@kempen-werkt.nl>", "subject": "uitschrijven en gegevens wissen",
     "body": "hallo ik ben sinds december met pensioen en ik krijg nog steeds jullie mails op dit adres wat "
             "eigenlijk niet meer van mij hoort te zijn kunnen jullie mij uitschrijven en ook mijn gegevens "
             "wissen conform de avg dank u wel frits lammers" + DICTATED},
    {"id": "h10-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "groupwise",
     "body": "Dank voor het verslag. Het was mijn laatste atelier: ik stap over naar het Rijk. Wil je mij "
             "uitschrijven uit het netwerk? Mijn opvolger is nog niet bekend.\n\nHarm"},
    {"id": "h10-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Marco Dijkhuizen <m.dijkhuizen@werkorganisatie-duinstreek.nl>",
     "subject": "Wisseling van de wacht",
     "body": "Geachte heer, mevrouw,\n\nPer 15 mei neem ik afscheid van de werkorganisatie. Mijn taken, "
             "waaronder deelname aan uw netwerk, gaan over naar Saskia Biemond "
             "(s.biemond@werkorganisatie-duinstreek.nl), die vanaf dan directeur is.\n\nMet vriendelijke groet,"
             "\nMarco Dijkhuizen" + DISCLAIMER},
    {"id": "h10-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Kees van Rijn <k.vanrijn@hoeksche-waard-samen.nl>", "subject": "Afmelden",
     "body": "afmelden a.u.b.\n\nKees" + TEAMS_MOBILE},
    {"id": "h10-unsubscribe-15", "kind": "unsubscribe", "erase": True, "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "body": "Ik heb mij nergens aangemeld en weet niet hoe u aan mijn adres komt. Ik wil niet lid worden en "
             "verzoek u mijn e-mailadres en naam direct uit al uw bestanden te verwijderen.\n\nT. de Groot"},
    {"id": "h10-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Rinus Kloosterman <r.kloosterman@walcheren-werkt.nl>", "subject": "Netwerk",
     "body": "Goeiendag,\n\nIk hou d'r mee op. Nie omdat het nie goed was hoor, mar ik ga per 1 juli met de VUT "
             "zoals dat vroeger heette. Schrijf me mar uut.\n\nGroeten van 't eiland,\nRinus"},
    {"id": "h10-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Geacht secretariaat,\n\nDe gemeenteraden hebben besloten de ambtelijke fusie per 1 januari te "
             "ontvlechten. Daarmee vervalt mijn functie als directeur van de werkorganisatie en ook de reden "
             "om deel te nemen. Ik meld mij af als lid, en uiteraard ook voor het atelier.\n\nMet vriendelijke "
             "groet,\n\nG.A. Terpstra"},
    {"id": "h10-unsubscribe-18", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd",
     "body": "Graag uitschrijven en al mijn gegevens verwijderen (AVG), ik ben niet meer werkzaam bij deze "
             "organisatie. Voor donderdag dus ook niet meer rekenen op mij."},
    {"id": "h10-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl",
     "body": "Dank voor de bevestiging. Zoals u vraagt: mijn opvolger is Yusuf Demir, y.demir@bsd-lingewaal.nl. "
             "Hij start op 1 juni.\n\nMet vriendelijke groet,\nRuben Koster"},
    {"id": "h10-unsubscribe-20", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Ellen Stroeve <e.stroeve@werkorganisatie-bvo.nl>", "subject": "Geen mails meer graag",
     "body": "Hallo,\n\nIk krijg nu al een paar keer jullie uitnodigingen. Ik heb er niets aan, in onze situatie "
             "is de samenwerking een gemeenschappelijke regeling zonder directeur die op dit profiel lijkt. Wil "
             "je me van de mailinglijst halen?\n\nGroet,\nEllen"},
    # -- RSVP ----------------------------------------------------------------------------------------------------
    {"id": "h10-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nDe couleur locale is precies waar wij in het MT al maanden over steggelen. Ik schuif "
             "dus heel graag aan.\n\nMet vriendelijke groet,\nIlse Veenstra"},
    {"id": "h10-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "Gaat m niet worden, raadsvergadering verplaatst naar die middag. Volgende keer beter!" + IPHONE},
    {"id": "h10-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "ja ik kom en ik neem mijn collega mee die directeur sociaal domein is haar naam is Wendy "
             "Scholten dus we zijn met twee personen groet bart" + DICTATED},
    {"id": "h10-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Beste Stan,\n\nIk kan er zelf helaas niet bij zijn, maar ik stuur Ruud Zegers, onze directeur "
             "bedrijfsvoering (r.zegers@salland-samen.nl). Hij is erg geinteresseerd in het onderwerp.\n\n"
             "Groet,\nWouter"},
    {"id": "h10-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "Count me in. Ik kom met de trein, dus ik ben er rond kwart over twee.\n\nT. Achterberg"},
    {"id": "h10-rsvp-06", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "body": "Beste Melanie,\n\nHelaas moet ik op het laatste moment afhaken: er is een crisisoverleg met de "
             "burgemeesters belegd over de jeugdzorgtekorten. Geef mijn plek maar aan iemand van de "
             "wachtlijst.\n\nMet excuses,\nKarin Visscher"},
    {"id": "h10-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "subject": "Geaccepteerd: Uitnodiging "
     "Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]",
     "sender": "Annelies Vos <annelies.vos@gemeenten-altena-werkt.nl>",
     "body": "Annelies Vos heeft deze vergadering geaccepteerd."},
    {"id": "h10-rsvp-08", "kind": "rsvp", "attending": False, "thread": I, "subject": "Geweigerd: Uitnodiging "
     "Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]",
     "sender": "Laurens de Wit <l.dewit@hoeksche-waard-samen.nl>",
     "body": "Vakantie, sorry."},
    {"id": "h10-rsvp-09", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Invitation accepted: Leer- en inspireer-atelier [atelier:2027-1]",
     "sender": "Google Agenda <calendar-notification@google.com>",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Marloes Kant heeft deze uitnodiging geaccepteerd.\n\nLeer- en inspireer-atelier 11 maart 2027\n"
             "donderdag 11 mrt 2027 14:00 - 17:30 (CET)\n\nUitnodiging van Google Agenda"},
    {"id": "h10-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Nadia, wil je laten weten dat ik kom? En zet het meteen in mijn agenda, de bijlage werkt bij mij "
             "niet.\n\nThx, Sandra",
     "sender": "Sandra Mulder <sandra.mulder@gr-rijnstreek.nl>"},
    {"id": "h10-rsvp-11", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Geachte heer Van de Laar,\n\nTot mijn spijt zie ik mij genoodzaakt uw uitnodiging af te slaan. Op "
             "dezelfde datum vindt de jaarlijkse bestuursconferentie van onze drie colleges plaats, waaraan ik "
             "als directeur niet kan ontbreken.\n\nHoogachtend,\n\nmr. drs. W.F.M. van Gils"},
    {"id": "h10-rsvp-12", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail",
     "body": "Top, ik ben er! Wel met een andere gast dan eerst gemeld: niet Pieter maar Fatma Arslan, "
             "onze strategisch adviseur.\n\nGr Henk Jan"},
    {"id": "h10-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl",
     "body": "Wachtlijst plek 2... dan laat ik het maar aan me voorbij gaan, die middag kan ik ook goed "
             "gebruiken. Haal me er maar af.\n\nMvg, Esther"},
    {"id": "h10-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Eerst had ik mijn collega-directeur gevraagd, maar die zit in een aanbesteding. Ik kom dus toch "
             "zelf.\n\nMarco"},
    {"id": "h10-rsvp-15", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "body": "Ik had eerder 'ja' gestuurd maar het wordt toch nee. Het college heeft een extra vergadering "
             "ingepland die ik moet voorbereiden."},
    {"id": "h10-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Nou, ik had in eerste instantie afgezegd, maar de raadsvergadering is verschoven. Als er nog plek "
             "is kom ik graag alsnog.\n\nLaurens"},
    {"id": "h10-rsvp-17", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "nee helaas ik zit die week met mijn gezin in Oostenrijk want het is voorjaarsvakantie in "
             "onze regio ik hoop op de volgende" + DICTATED},
    {"id": "h10-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "body": "Jao, ik kom d'r an! Mit mien plaatsvervanger Jan Wolters d'r bie, dus twei man.\n\nGerrit"},
    {"id": "h10-rsvp-19", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Griep. Lig plat. Sorry!!" + IPHONE},
    {"id": "h10-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Hoi,\n\nDaar wil ik bij zijn. Ik doe online mee via Teams, de reis naar Utrecht is vanuit "
             "Zeeuws-Vlaanderen net te veel op een donderdagmiddag.\n\nHester"},
    {"id": "h10-rsvp-21", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nNamens de heer Brinkhorst laat ik u weten dat hij helaas verhinderd is. Zijn agenda "
             "laat het niet toe.\n\nMet vriendelijke groet,\n\nMiranda de Jong\nManagementondersteuning "
             "directie\nT 0314 - 37 75 00"},
    {"id": "h10-rsvp-22", "kind": "rsvp", "attending": True, "thread": None, "subject": "atelier 11 maart",
     "sender": "Fenna Wiersma <f.wiersma@dantumadiel-achtkarspelen.frl>",
     "body": "Hoi, ik hoorde van een collega dat er op 11 maart een atelier is over samenwerking en "
             "eigenheid. Ik ben sinds kort lid en heb geen uitnodiging gezien. Ik wil me graag aanmelden "
             "voor die middag.\n\nFenna"},
    {"id": "h10-rsvp-23", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl",
     "body": "Beste secretariaat,\n\nDirk heeft mij opgegeven, maar ik moet die middag zelf een "
             "raadsinformatiebijeenkomst leiden. Ik kan dus helaas niet in zijn plaats komen.\n\nGroet,\n"
             "Marieke"},
    {"id": "h10-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail",
     "body": "Leuk, ik neem Dirks plek graag in. Tot de 11e!"},
    {"id": "h10-rsvp-25", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Ja!\n\n\nVan: Annemarie Blok\nVerzonden: maandag 1 maart 2027 17:02\nAan: Kees van Rijn\n"
             "Onderwerp: FW: uitnodiging atelier\n\nKees, ga jij hier heen? Moet voor de 2e antwoorden.\n\nAB"},
    {"id": "h10-rsvp-26", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Unfortunately I can't make it on the 11th - I'm at a conference in Ghent that week. "
             "Please keep me posted on the next one.\n\nBest regards,\nTom Achterberg"},
    {"id": "h10-rsvp-27", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "Wij komen met z'n drieën: ikzelf, Priya Ramdin (directeur) en Olaf Hartman (manager "
             "I&A)."
             "\n\nHartelijke groet,\nAmira"},
    {"id": "h10-rsvp-28", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes",
     "body": "Geachte heer, mevrouw,\n\nIn verband met de uitvaart van een collega moet ik mijn aanwezigheid op "
             "donderdag helaas annuleren.\n\nMet vriendelijke groet,\nJ. Bosman"},
    {"id": "h10-rsvp-29", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Ik ben erbij, met dank voor de uitnodiging. Voor de lunch: ik ben glutenvrij.\n\nWim van Gils"
             + DISCLAIMER},
    {"id": "h10-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Ik kan niet, mijn loco kan ook niet. Jammer, mooi thema.\n\nPetra" + SAMSUNG},
    # -- SUGGESTION ----------------------------------------------------------------------------------------------
    {"id": "h10-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nMijn onderwerp: hoe krijg je de generatie die nu met pensioen gaat vervangen? "
             "Wij hebben over vijf jaar een derde van onze formatie zien vertrekken en de arbeidsmarkt is leeg. "
             "Strategische personeelsplanning in een werkorganisatie dus.\n\nGroet,\nIlse"},
    {"id": "h10-suggestion-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "body": "de relatie met de raden van de deelnemende gemeenten die elk hun eigen wensen hebben en soms "
             "tegen elkaar in gaan hoe ga je daar als directeur mee om zonder dat je een van de drie voor het "
             "hoofd stoot" + DICTATED},
    {"id": "h10-suggestion-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "body": "Inwoners die niet digitaal mee kunnen. Hoe organiseer je een goed loket in vier kernen met één "
             "klantcontactcentrum?" + IPHONE},
    {"id": "h10-suggestion-04", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Beste Stan en Melanie,\n\nHieronder een fragment uit onze MT-notitie van januari, omdat het precies "
             "het vraagstuk beschrijft:\n\n\"De werkorganisatie staat voor de opgave om binnen de "
             "bestaande bestuurlijke kaders en de regionale samenwerkingsafspraken de bedrijfsvoering "
             "toekomstbestendig te maken. Dienstverlening aan inwoners mag daarbij niet in het gedrang komen. "
             "Concreet gaat het om de vervanging van het zaaksysteem, de migratie naar de cloud en het "
             "informatiebeveiligingsbeleid (BIO 2.0).\"\n\nDus: de vervanging van ons zaaksysteem en de "
             "cloudmigratie. Wie heeft dat al achter de rug?\n\nMet vriendelijke groet,\nAmira El Khatib"},
    {"id": "h10-suggestion-05", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Ik zou het graag hebben over de lange termijn: waar staan wij als werkorganisatie in 2035? Er "
             "liggen drie coalitieakkoorden met verschillende prioriteiten en ik mis een gedeelde stip op de "
             "horizon.\n\nH. Doornbos"},
    {"id": "h10-suggestion-06", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "body": "Twee onderwerpen:\n1. De relatie tussen de deelnemende gemeenten: elke gemeente wil iets anders "
             "van ons.\n2. Het sturingsconcept: van teamleiders naar zelforganisatie, en terug?\n\n"
             "Jeroen"},
    {"id": "h10-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "body": "Dank voor de mooie middag. Voor de volgende keer: hoe meten we eigenlijk of inwoners tevreden "
             "zijn over wat we leveren? Wij hebben een dashboard vol KPI's maar niemand kijkt ernaar.\n\n"
             "Groet,\nWouter"},
    {"id": "h10-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "body": "Suggestion from my side: the use of AI tools (Copilot etc.) in our internal work processes. "
             "What's allowed, what works, how do you train staff?\n\nTom"},
    {"id": "h10-suggestion-09", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "body": "Geacht secretariaat,\n\nNiet zozeer de organisatie zelf, daar zijn we wel uit, maar de positie "
             "van onze werkorganisatie in de regio: de centrumgemeente trekt steeds meer naar zich toe. Hoe "
             "houden kleinere fusies hun plek aan tafel?\n\nMet vriendelijke groet,\nG.A. Terpstra"},
    {"id": "h10-suggestion-10", "kind": "suggestion", "themes": ["strategie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "body": "Mijn twee onderwerpen:\n- hoe vertaal je bestuurlijke prioriteiten naar een inhoudelijke agenda "
             "voor de werkorganisatie\n- hoe bedien je ondernemers beter, bij ons klagen ze over trage "
             "vergunningverlening\n\nbart"},
    {"id": "h10-suggestion-11", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "Idee voor atelier",
     "sender": "Petra Lodewijks <p.lodewijks@maasgouw-echt.nl>",
     "body": "Hoi,\n\nIk weet niet of het nog kan, maar een idee voor het volgende atelier: financiën. Onze "
             "werkorganisatie draait al drie jaar tekort en elke gemeente wijst naar de ander. Hoe krijg je "
             "een gezonde meerjarenbegroting voor de werkorganisatie zelf?\n\nHajje groete,\nPetra"},
    {"id": "h10-suggestion-12", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "body": "Nog een aanvulling: de Omgevingswet en de dienstverlening aan initiatiefnemers. Wij halen de "
             "termijnen niet.\n\nGroet,\nAmira"},
    {"id": "h10-suggestion-13", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Hallo,\n\nOns huidige vraagstuk gaat niet over digitalisering of de inrichting van de organisatie "
             "(daar zijn we mee klaar na de herstructurering), maar over gezamenlijke opgaven: "
             "woningbouw en energietransitie, die de gemeenten elk apart willen regelen terwijl het eigenlijk "
             "samen moet.\n\nGroeten,\nKarin"},
    {"id": "h10-suggestion-14", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "body": "Onderwerpen voor het atelier:\nToekomstvisie van de fusie: blijven we ambtelijk of gaan we "
             "bestuurlijk fuseren?\nDe verhouding tussen de drie colleges als de belangen uiteenlopen\n"
             "\nH.J. Meulenbelt"},
    {"id": "h10-suggestion-15", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "body": "Goedemorgen! Thema: data-gedreven werken. Wij hebben zes verschillende systemen en geen "
             "overzicht. Hoe krijg je je informatiehuishouding op orde?\n\nHester"},
    {"id": "h10-suggestion-16", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "body": "Volgende keer graag iets over de monitoring van onze prestaties richting inwoners. Wij meten "
             "wachttijden aan de telefoon en doorlooptijden van aanvragen maar vertalen dat nergens naar "
             "verbetering."},
    {"id": "h10-suggestion-17", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nIk heb twee vraagstukken:\n\n- hybride werken: hoeveel vierkante meter kantoor "
             "heb je nog nodig als de helft thuis werkt?\n- de bereikbaarheid van de gemeente voor inwoners "
             "na 17.00 uur en in het weekend\n\nMet vriendelijke groet,\nLaurens de Wit\nGemeentesecretaris/"
             "algemeen directeur"},
    {"id": "h10-suggestion-18", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd",
     "body": "Anja, stuur je dit door naar het netwerk? Mijn thema: hoe zorg je dat de werkorganisatie een "
             "eigen visie heeft en niet alleen uitvoert wat drie colleges vragen.\n\nFrits"},
    {"id": "h10-suggestion-19", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "body": "Moi,\n\nVeur mij: de ambities van de gemeenten lopen uut mekoar. De ain wil groeien, de aander "
             "wil dat alles blift zoas het is. Hou hol je dat bie mekoar in ain organisoatie?\n\nGerrit"},
    {"id": "h10-suggestion-20", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Geacht secretariaat,\n\nIn het licht van de discussie in ons algemeen bestuur over de strategische "
             "koers, waarin de samenwerking met de buurregio en de dienstverlening aan inwoners centraal staan, "
             "wil ik één praktisch onderwerp aandragen: de formatie. Concreet: hoe bepaal je de juiste omvang "
             "van de werkorganisatie als elke gemeente andere taken inbrengt?\n\nHoogachtend,\nW.F.M. van Gils"},
    {"id": "h10-suggestion-21", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Ik dacht eerst aan iets over onze organisatiestructuur, maar dat is te intern. Liever: "
             "dienstverlening aan instellingen als scholen en zorgaanbieders, die nu bij vier loketten moeten "
             "aankloppen.\n\nGroet, Esther"},
    {"id": "h10-suggestion-22", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "body": "cybersecurity en informatiebeveiliging na de hack bij onze buren wij willen weten wat je als "
             "directeur moet regelen voor dat het mis gaat" + DICTATED},
    {"id": "h10-suggestion-23", "kind": "suggestion", "themes": ["strategie", "organisatie", "samenwerking"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Beste mensen,\n\nDrie dingen die bij ons spelen:\n* bestuurlijke prioriteiten die elke vier jaar "
             "veranderen terwijl onze investeringen tien jaar lopen\n* digitalisering van de werkprocessen in "
             "het sociaal domein\n* de gezamenlijke opgave rond de regionale energiestrategie\n\nGroeten,\n"
             "Marco Dijkhuizen"},
    {"id": "h10-suggestion-24", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-en",
     "body": "Hi, follow-up topic: how do other shared services handle the relationship with the municipal "
             "councils - do you report to one joint committee or to each council separately?\n\nThanks, Tom"},
    {"id": "h10-suggestion-25", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Onderwerp: innovatie binnen de werkorganisatie. Hoe maak je ruimte voor experimenten als "
             "iedereen al overvol zit?" + TEAMS_MOBILE},
    # -- AUTOREPLY -----------------------------------------------------------------------------------------------
    {"id": "h10-autoreply-01", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "Dank voor je bericht. Ik ben met verlof tot en met maandag 8 maart en lees mijn mail niet. Voor "
             "dringende zaken kun je terecht bij het directiesecretariaat, 0348 - 55 10 00.\n\nAmira El Khatib"},
    {"id": "h10-autoreply-02", "kind": "autoreply", "thread": T,
     "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                "[atelier:2027-1]",
     "headers": {"Precedence": "bulk"},
     "body": "Ik ben van 20 december t/m 5 januari niet aanwezig. Vanaf 6 januari reageer ik zo snel mogelijk "
             "op uw bericht.\n\nMet vriendelijke groet,\nLaurens de Wit"},
    {"id": "h10-autoreply-03", "kind": "autoreply", "thread": I,
     "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Thank you for your email. I am out of office until March 15th with limited access to email. "
             "For urgent matters please contact my office manager at office@hollandsmidden-samen.nl.\n\n"
             "Tom Achterberg"},
    {"id": "h10-autoreply-04", "kind": "autoreply", "thread": R,
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Per 1 januari 2027 zijn de gemeenten Lingewaal-Oost en Lingewaal-West samengegaan in de "
             "werkorganisatie Lingewaal. Dit e-mailadres wordt niet meer gelezen. Uw bericht is niet "
             "doorgestuurd. Gebruik voortaan het adres info@bsd-lingewaal.nl of kijk op www.bsd-lingewaal.nl "
             "voor de nieuwe contactgegevens van onze medewerkers."},
    {"id": "h10-autoreply-05", "kind": "autoreply", "thread": None,
     "subject": "Ontvangstbevestiging uw bericht - zaaknummer Z-2027-004821",
     "sender": "Gemeente Westerkwartier-Oost <noreply@werkorganisatie-westerkwartier-oost.nl>",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Geachte afzender,\n\nWij hebben uw e-mail in goede orde ontvangen en geregistreerd onder "
             "zaaknummer Z-2027-004821. Wij streven ernaar binnen tien werkdagen te reageren. Vermeld bij "
             "verdere correspondentie altijd het zaaknummer.\n\nKlantcontactcentrum"},
    {"id": "h10-autoreply-06", "kind": "autoreply", "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "headers": {"X-Autoreply": "yes"},
     "body": "Ik ben tot 1 april met zwangerschapsverlof. Mijn taken worden waargenomen door Ruud Zegers, "
             "r.zegers@salland-samen.nl. Uw e-mail wordt niet doorgestuurd."},
    {"id": "h10-autoreply-07", "kind": "autoreply", "thread": C,
     "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Beste afzender,\n\nIk ben op dit moment op werkbezoek in het buitenland en heb beperkt toegang "
             "tot mijn e-mail. Ik ben weer bereikbaar op 14 december.\n\nHartelijke groet,\nEsther Baan"
             + WERKTIJDEN},
    {"id": "h10-autoreply-08", "kind": "autoreply", "thread": I,
     "subject": "Afwezigheidsbericht", "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Hallo, ik bin d'r eem nie. Vanaf maandag 15 maart ben ik er weer. Houdoe!\n\nBart van Dongen"},
    {"id": "h10-autoreply-09", "kind": "autoreply", "thread": R,
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
                "[atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Vanwege een verbouwing van het gemeentehuis werk ik deze week vanuit een tijdelijke locatie en "
             "lees ik mijn mail alleen 's avonds. Voor dringende zaken: bel 06 - 12 34 88 10.\n\nJ. Bosman"
             + DISCLAIMER_EN},
    {"id": "h10-autoreply-10", "kind": "autoreply", "thread": None,
     "subject": "Auto: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                "[atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben afwezig tot en met 2 april. Ik heb uw bericht ontvangen maar kan het pas daarna "
             "beantwoorden.\n\nMet vriendelijke groet,\nH.J. Meulenbelt"},
    {"id": "h10-autoreply-11", "kind": "autoreply", "thread": I,
     "subject": "Abwesenheitsnotiz: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ich bin bis zum 12.03. nicht im Büro. / Ik ben tot 12 maart niet op kantoor. / I am out of the "
             "office until 12 March.\n\nP. Lodewijks\nGrensoverschrijdende samenwerking Maasgouw-Echt"},
    {"id": "h10-autoreply-12", "kind": "autoreply", "thread": None,
     "subject": "Uw bericht aan de griffie",
     "sender": "Griffie gemeenten Kempen <griffie@kempen-werkt.nl>",
     "headers": {"Auto-Submitted": "auto-generated", "Precedence": "auto_reply"},
     "body": "Dit is een automatisch gegenereerd bericht. Uw e-mail is ontvangen door de griffie. Berichten "
             "aan de raad worden in de eerstvolgende vergadering van het presidium geagendeerd. U ontvangt "
             "geen inhoudelijke reactie op dit bericht."},
    {"id": "h10-autoreply-13", "kind": "autoreply", "thread": T,
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben met ouderschapsverlof op woensdag en vrijdag. Op andere dagen lees ik mijn mail zoals "
             "gebruikelijk.\n\nMarloes Kant"},
    {"id": "h10-autoreply-14", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Mijn dienstverband bij Werkorganisatie BBR is beëindigd. Voor zaken die de directie betreffen kunt "
             "u contact opnemen met directiesecretariaat@werkorganisatie-bbr.nl. Dit bericht wordt niet "
             "doorgestuurd.\n\nCor Janssen"},
    {"id": "h10-autoreply-15", "kind": "autoreply", "thread": I,
     "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "*** Vakantiemelding ***\n\nVan 1 t/m 19 maart ben ik op vakantie. Uw bericht wordt na mijn "
             "terugkomst gelezen. Voor zaken die niet kunnen wachten: directie@walcheren-werkt.nl.\n\n"
             "R. Kloosterman\n(dit is een automatisch bericht)"},
    # -- OTHER ---------------------------------------------------------------------------------------------------
    {"id": "h10-other-01", "kind": "other", "thread": None, "subject": "Teamleiders welkom?",
     "sender": "Ilse Veenstra <i.veenstra@werkorganisatie-westerkwartier-oost.nl>",
     "body": "Goedemorgen,\n\nOnze organisatie kent geen directeuren meer maar een platte structuur met "
             "concernmanagers. Vallen die ook onder de doelgroep van het netwerk, of is het echt alleen voor "
             "de eindverantwoordelijke?\n\nGroet,\nIlse"},
    {"id": "h10-other-02", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Ik kom graag, maar mag ik onze portefeuillehouder bedrijfsvoering meenemen? Zij is wethouder, "
             "geen ambtenaar, dus ik weet niet of dat de bedoeling is. Laat u het even weten?\n\nJeroen"},
    {"id": "h10-other-03", "kind": "other", "thread": None, "subject": "Collega uitschrijven",
     "sender": "Annemarie Blok <a.blok@hoeksche-waard-samen.nl>",
     "body": "Goedemiddag,\n\nOnze oud-directeur Kees van Rijn krijgt nog steeds uw mails op zijn adres, dat "
             "inmiddels naar mij doorstuurt. Kunt u hem uit uw bestand halen? Ik weet niet wie hem gaat "
             "opvolgen.\n\nMet vriendelijke groet,\nAnnemarie Blok\nteamleider Communicatie"},
    {"id": "h10-other-04", "kind": "other", "thread": None, "subject": "Aanmelding nieuwe directeur",
     "sender": "Directiesecretariaat <directiesecretariaat@werkorganisatie-bbr.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 maart treedt mevrouw drs. L. Oosterhuis aan als algemeen "
             "directeur van Werkorganisatie BBR. Wilt u haar alvast aanmelden voor het netwerk? Haar adres is "
             "l.oosterhuis@werkorganisatie-bbr.nl; het is nog niet actief.\n\nMet vriendelijke groet,\n"
             "Directiesecretariaat"},
    {"id": "h10-other-05", "kind": "other", "thread": None, "subject": "Kandidatuur Adviesraad",
     "sender": "Wouter Brink <w.brink@salland-samen.nl>",
     "body": "Beste Stan,\n\nIk las in het verslag dat er in de Adviesraad een plek vrijkomt. Ik stel mij "
             "graag beschikbaar. Ik ben nu twee jaar lid en heb zelf een fusietraject van begin tot eind "
             "begeleid. Wat is de procedure?\n\nHartelijke groet,\nWouter Brink"},
    {"id": "h10-other-06", "kind": "other", "thread": None,
     "subject": "Samenwerking: workshop 'Wendbare werkorganisatie'",
     "sender": "Robin Keijzer <robin@wendbaar-advies.nl>",
     "body": "Beste heer Van de Laar,\n\nWendbaar Advies begeleidt al tien jaar ambtelijke fusies bij hun "
             "doorontwikkeling. Graag verzorgen wij kosteloos een interactieve workshop tijdens een van uw "
             "ateliers. Mag ik u daarover bellen? Ik ben bereikbaar op 06 - 48 12 90 33.\n\nMet vriendelijke "
             "groet,\n\nRobin Keijzer\nPartner, Wendbaar Advies"},
    {"id": "h10-other-07", "kind": "other", "thread": None, "subject": "Vraag voor artikel over ambtelijke fusies",
     "sender": "Noor Zwart <n.zwart@gemeentelijkkompas.nl>",
     "body": "Goedemiddag,\n\nVoor vakblad Gemeentelijk Kompas schrijf ik een achtergrondstuk over tien jaar "
             "ambtelijke fusies. Zou ik een van de organisatoren of leden van uw netwerk kunnen interviewen? "
             "Mijn deadline is 20 maart.\n\nMet vriendelijke groet,\nNoor Zwart, redacteur"},
    {"id": "h10-other-08", "kind": "other", "thread": None, "subject": "Uw wachtwoord verloopt vandaag",
     "sender": "Microsoft 365 Beheer <no-reply@m365-securemail-update.com>",
     "body": "Beste gebruiker van info@ambtelijkefusie.nl,\n\nUw wachtwoord verloopt over 24 uur. Klik "
             "hieronder om uw huidige wachtwoord te behouden, anders wordt uw mailbox geblokkeerd.\n\n"
             "[WACHTWOORD BEHOUDEN] https://m365-securemail-update.com/keep?u=info\n\nMicrosoft Security Team"},
    {"id": "h10-other-09", "kind": "other", "thread": None, "subject": "paspoort aanvragen",
     "sender": "Henny <hennyvdberg62@kpnmail.nl>",
     "body": "Goedendag ik wil een afspraak maken voor een nieuw paspoort voor mij en mijn kleinzoon, wij wonen "
             "in Vianen, kan dat ook op zaterdag? Met vriendelijke groeten Henny van den Berg"},
    {"id": "h10-other-10", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "body": "Het verslag opent niet: ik krijg een foutmelding 'toegang geweigerd'. Kunt u het als pdf "
             "sturen?\n\nMet vriendelijke groet,\nKarin Visscher"},
    {"id": "h10-other-11", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "body": "Wat een goede middag was het. Vooral de casus van Walcheren is me bijgebleven. Dank aan jullie "
             "beiden voor de organisatie!\n\nHester"},
    {"id": "h10-other-12", "kind": "other", "thread": None, "subject": "Klacht: te veel mails",
     "sender": "G.A. Terpstra <ga.terpstra@gemeenten-ooststellingwerf.nl>",
     "body": "Geacht secretariaat,\n\nIn één week ontving ik van u een oproep, een herinnering en een "
             "wijziging. Dat vind ik voor een vrijwillig netwerk aan de veel kant. Kan dat niet in één bericht "
             "per atelier?\n\nMet vriendelijke groet,\nG.A. Terpstra"},
    {"id": "h10-other-13", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "body": "Goedemiddag,\n\nIs het Stadskantoor goed bereikbaar met een rolstoel, en is er een "
             "invalidenparkeerplaats? Dan kan ik beslissen of ik fysiek kom of online.\n\nMvg,\nWim van Gils"},
    {"id": "h10-other-14", "kind": "other", "thread": None, "subject": "Onderzoek masterthesis",
     "sender": "Lieke Brouwers <l.brouwers@student.ru.example.nl>",
     "body": "Beste secretariaat,\n\nIk ben masterstudent bestuurskunde en onderzoek de sturing van ambtelijke "
             "fusieorganisaties. Zou u mijn vragenlijst onder de leden van het netwerk willen verspreiden? "
             "Het kost ongeveer tien minuten.\n\nVriendelijke groet,\nLieke Brouwers"},
    {"id": "h10-other-15", "kind": "other", "thread": None, "subject": "adreswijziging collega",
     "sender": "Nadia Bouzid <n.bouzid@gr-rijnstreek.nl>",
     "body": "Hallo,\n\nHet e-mailadres van onze directeur Bert Kranenburg wijzigt per 1 mei in "
             "bert.kranenburg@rijnstreek.nl omdat we een nieuw domein krijgen. Willen jullie dat aanpassen?\n\n"
             "Groet, Nadia\nmanagementassistent"},
    {"id": "h10-other-16", "kind": "other", "thread": None, "subject": "lid en kosten?",
     "sender": "Yusuf Demir <y.demir@bsd-lingewaal.nl>",
     "body": "hoi ik wil me wel aanmelden maar moet ik dan eerst weten of er een contributie of "
             "deelnemersbijdrage is want dan moet het via de controller en de inkoopregels dus graag even "
             "uitsluitsel voordat ik me echt aanmeld groet yusuf" + DICTATED},
    {"id": "h10-other-17", "kind": "other", "thread": None, "subject": "Exchange with Flemish network",
     "sender": "Griet Van Damme <griet.vandamme@vlaamse-welzijnsassociatie.be>",
     "body": "Dear colleagues,\n\nOur Flemish network of directors of merged municipalities would like to "
             "explore an exchange visit with your network in the autumn. Who would be the right person to "
             "talk to?\n\nKind regards,\nGriet Van Damme"},
    {"id": "h10-other-18", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "body": "Kan dit ook op een andere dag? Donderdag is bij ons altijd collegedag, en dat geldt volgens mij "
             "voor veel collega's." + IPHONE},
    {"id": "h10-other-19", "kind": "other", "thread": None, "subject": "Factuur atelier?",
     "sender": "Crediteurenadministratie <crediteuren@werkorganisatie-peelland.nl>",
     "body": "Geachte heer, mevrouw,\n\nOnze directeur heeft deelgenomen aan uw atelier van 11 maart. Wij hebben "
             "nog geen factuur ontvangen. Kunt u deze sturen onder vermelding van inkoopordernummer "
             "IO-27-0311?\n\nMet vriendelijke groet,\nCrediteurenadministratie"},
    {"id": "h10-other-20", "kind": "other", "thread": None, "subject": "Spreker aangeboden",
     "sender": "Saskia Biemond <s.biemond@werkorganisatie-duinstreek.nl>",
     "body": "Beste Melanie,\n\nOnze CIO heeft een mooi verhaal over de gezamenlijke datacentra van onze drie "
             "gemeenten. Hij wil dat graag eens vertellen in een atelier. Zal ik jullie met elkaar in contact "
             "brengen?\n\nGroet,\nSaskia"},
    {"id": "h10-other-21", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "body": "Dank voor het warme welkom. Is er ergens een ledenlijst in te zien, zodat ik weet welke "
             "collega's er al lid zijn uit mijn provincie?\n\nMet vriendelijke groet,\nIlse Veenstra"},
    {"id": "h10-other-22", "kind": "other", "thread": None, "subject": "Vacature directeur werkorganisatie",
     "sender": "Jasper Goedhart <jasper@publiek-talent-search.nl>",
     "body": "Goedemiddag,\n\nIn opdracht van drie gemeenten zoeken wij een algemeen directeur voor hun "
             "ambtelijke fusieorganisatie. Zouden jullie de vacature willen delen met jullie leden? Wij betalen "
             "uiteraard een vergoeding.\n\nMet vriendelijke groet,\nJasper Goedhart\nPubliek Talent Search"},
    {"id": "h10-other-23", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "groupwise",
     "body": "Ja ik kom. Vraagje: kan ik parkeren bij het Stadskantoor of moet ik in de P+R? Hoor graag.\n\n"
             "Rinus"},
    {"id": "h10-other-24", "kind": "other", "thread": None, "subject": "Verkeerd geadresseerd?",
     "sender": "Harry Kuipers <h.kuipers@woningstichting-noordkwartier.nl>",
     "body": "Beste mensen,\n\nIk ontving via een collega jullie uitnodiging, maar ik werk bij een "
             "woningcorporatie, niet bij een gemeente. Volgens mij is er iets misgegaan in jullie lijst, of is "
             "dit doorgestuurd? Ik zie niet hoe ik hierop terecht ben gekomen.\n\nHarry"},
    {"id": "h10-other-25", "kind": "other", "thread": None, "subject": "Re: Betaling openstaande factuur",
     "sender": "Financiële administratie <finance@seinstra-vandelaar-betalingen.com>",
     "body": "Geachte relatie,\n\nIn de bijlage vindt u de openstaande factuur 2027-0442. Wij verzoeken u "
             "het bedrag van EUR 3.480,00 binnen 48 uur over te maken naar ons nieuwe rekeningnummer "
             "NL12 ABNA 0000 0000 00 om incasso te voorkomen.\n\nFinanciële administratie"},
    {"id": "h10-other-26", "kind": "other", "thread": None, "subject": "Presentatie van het atelier",
     "sender": "Laurens de Wit <l.dewit@hoeksche-waard-samen.nl>",
     "body": "Goedemorgen,\n\nIk mis de sheets van de presentatie van professor Kalkman. Worden die nog "
             "gedeeld? Ik wil ze graag in ons MT bespreken.\n\nMet vriendelijke groet,\nLaurens de Wit"},
    {"id": "h10-other-27", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "body": "Hoe kan dit? Ik heb mij helemaal niet afgemeld! Wie heeft dit verzoek gedaan? Ik wil graag "
             "weten van welk adres dat kwam.\n\nP. Hoogendoorn"},
    {"id": "h10-other-28", "kind": "other", "thread": None, "subject": "WG: atelier",
     "sender": "Mark Tielen <m.tielen@werkorganisatie-peelland.nl>",
     "body": "zit nu in overleg kan je me terugbellen over het atelier? 06 51 77 20 94\n\nSent from Outlook for "
             "iOS"},
]
# fmt: on
