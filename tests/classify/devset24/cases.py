"""The cases of devset24 (issue 17): joining the network, the real acts and their look-alikes.

Written without reading the classifier; each case is labelled as the secretariat should treat it, and cases that
could not be labelled with confidence were left out. Replies to our confirmation request and its reminder carry the
thread ``confirmation``; a mail forwarded to us (a colleague's welcome or invitation sent on) carries no thread.
A sign-up is ``subscribe`` only when the writer asks to join the network themself; signing up someone else, a
sign-up on a condition or with a question that needs an answer, a confirmation for someone else, "that was not me"
and an application for the Adviesraad are ``other``. A successor who asks to join himself is ``subscribe``; a
director who hands over to a named successor is ``unsubscribe``.
"""

from __future__ import annotations

from typing import Any

C = "confirmation"
W = "welcome"
G = "goodbye"
I = "invitation"  # noqa: E741

REF = "[ref:AF-7K3Q9-XM2PA-4RTZ8]"
CONFIRM_SUBJECT = "RE: Bevestig uw aanmelding " + REF
IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
ANDROID = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
DISCLAIMER = (
    "\n\n---------------------------------------------------------------------------\n"
    "Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde. "
    "Bent u niet de geadresseerde, dan wordt u verzocht de afzender te informeren en het bericht te "
    "verwijderen. Aan dit bericht kunnen geen rechten worden ontleend.\n"
    "---------------------------------------------------------------------------"
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- subscribe: the writer asks to join, for themself ---------------------------------------------------
    {"id": "d24-subscribe-01", "kind": "subscribe", "thread": None,
     "sender": "H.J. Brugman <hj.brugman@werkorganisatie-dalenheuvel.nl>", "subject": "Kennismaking",
     "body": "Geacht secretariaat,\n\nPer 1 november ben ik begonnen als algemeen directeur van de Werkorganisatie "
             "Dal en Heuvel, de ambtelijke organisatie van de gemeenten Eikendaal, Beekhuizen en Molenveld. "
             "Daarvoor werkte ik twaalf jaar bij de provincie, de laatste jaren als afdelingshoofd ruimte.\n\n"
             "In mijn eerste gesprekken met de drie burgemeesters kwam uw netwerk al twee keer ter sprake. Ik "
             "zou dan ook graag deel uitmaken van het Netwerk van directeuren van ambtelijke fusieorganisaties. "
             "De komende maanden staan vooral in het teken van kennismaken met de drie raden en het opnieuw "
             "vaststellen van de dienstverleningsovereenkomsten; juist dan lijkt de uitwisseling met collega's "
             "die dit al langer doen mij bijzonder waardevol.\n\nHoogachtend,\n\ndrs. H.J. Brugman\n"
             "algemeen directeur\nWerkorganisatie Dal en Heuvel\nT 0570 - 68 12 00" + DISCLAIMER},
    {"id": "d24-subscribe-02", "kind": "subscribe", "thread": None,
     "sender": "koen vermaat <k.vermaat@ow-noorderzand.nl>", "subject": "aanmelding netwerk directeuren",
     "body": "zet me maar op de ledenlijst\n\nkoen"},
    {"id": "d24-subscribe-03", "kind": "subscribe", "thread": None,
     "sender": "Olivia Marsman <o.marsman@werkorganisatie-kromrijn.nl>", "subject": "Membership",
     "body": "Dear secretariat,\n\nI was recently appointed managing director of Werkorganisatie Kromme Rijn, "
             "the shared civil service of three municipalities south of Utrecht. A colleague pointed me to your "
             "network and I would very much like to become a member.\n\nKind regards,\n\nOlivia Marsman\n"
             "Managing Director | Werkorganisatie Kromme Rijn\n+31 30 799 41 00" + DISCLAIMER_EN},
    {"id": "d24-subscribe-04", "kind": "subscribe", "thread": None,
     "sender": "Wouter Tjeenk <w.tjeenk@zuidoever.nl>", "subject": "Aanmeldformulier",
     "body": "AANMELDFORMULIER NETWERK DIRECTEUREN\n\nNaam:           ir. W.G. (Wouter) Tjeenk\n"
             "Functie:        gemeentesecretaris / algemeen directeur\n"
             "Organisatie:    Werkorganisatie Zuidoever (gemeenten Lekdijk en Nieuw-Ammers)\n"
             "E-mail:         w.tjeenk@zuidoever.nl\nTelefoon:       0182 - 55 10 20\n"
             "Lid worden:     ja\n"},
    {"id": "d24-subscribe-05", "kind": "subscribe", "thread": None,
     "sender": "Fatma Yildiz <f.yildiz@grenswerk.nl>", "subject": "opgave",
     "body": "[x] Ik meld mij aan als lid van het netwerk\n[ ] Ik wil alleen het verslag van het atelier ontvangen\n\n"
             "naam: Fatma Yildiz\norganisatie: GrensWerk, werkorganisatie van Dinxelo en Hupsel-Oost\n"
             "functie: directeur\nmail: f.yildiz@grenswerk.nl"},
    {"id": "d24-subscribe-06", "kind": "subscribe", "thread": None, "quoted": "welkom", "quote": "doorgestuurd",
     "sender": "Maarten Dijkhuis <m.dijkhuis@werkorganisatie-vechtstreek.nl>",
     "subject": "FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Goedemiddag,\n\nMijn management-assistent stuurde mij onderstaand welkomstbericht door; een collega "
             "uit de regio had het met haar gedeeld. Dit wil ik ook: wilt u mij inschrijven als lid? Ik ben "
             "directeur van de Werkorganisatie Vechtstreek.\n\nMet vriendelijke groet,\nMaarten Dijkhuis"},
    {"id": "d24-subscribe-07", "kind": "subscribe", "thread": None, "quoted": "welkom", "quote": "outlook-en",
     "sender": "Sanne de Ruiter <s.deruiter@tielerwaard-lingewijde.nl>",
     "subject": "FW: FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Hi,\n\nMy colleague Bart forwarded the message below. Count me in as well, please - I run the joint "
             "organisation for Tielerwaard and Lingewijde.\n\nBest,\nSanne de Ruiter\n\n"
             "-----Original Message-----\nFrom: Bart Hoogland <b.hoogland@werkorganisatie-rivierenland-oost.nl>\n"
             "Sent: Thursday, December 3, 2026 4:40 PM\nTo: Sanne de Ruiter <s.deruiter@tielerwaard-lingewijde.nl>\n"
             "Subject: FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties\n\n"
             "Sanne, dit lijkt me echt iets voor jou. Gewoon mailen naar info@ambtelijkefusie.nl.\n\nBart"},
    {"id": "d24-subscribe-08", "kind": "subscribe", "thread": None,
     "sender": "Peter Luttikhuis <p.luttikhuis@dewerkorganisatie.nl>", "subject": "Netwerk",
     "body": "Graag aanmelden voor het netwerk.\nGr, Peter" + IPHONE},
    {"id": "d24-subscribe-09", "kind": "subscribe", "thread": None,
     "sender": "Ria Bosveld <r.bosveld@gr-oostflank.nl>", "subject": "aanmleding",
     "body": "Goedemorgen, ik wil me graag aanmleden als lid van jullie netwerkk. ben sinds kort directuer bij de "
             "GR werkorganisatie Oostflank (3 gemeenten). alvast bedankt!\n\nmvg Ria Bosveld"},
    {"id": "d24-subscribe-10", "kind": "subscribe", "thread": None,
     "sender": "J. Oosterhuis <j.oosterhuis@hunzedal.nl>",
     "subject": "Aanmelding lidmaatschap netwerk directeuren - J. Oosterhuis",
     "body": "Met vriendelijke groet,\n\nJ. (Jelle) Oosterhuis\nalgemeen directeur\nWerkorganisatie Hunzedal\n"
             "Postbus 40, 9500 AA Stadskanaal-Noord\nT 0599 - 63 14 00" + DISCLAIMER},
    {"id": "d24-subscribe-11", "kind": "subscribe", "thread": None,
     "sender": "Ingrid Wolters <i.wolters@werkorganisatie-maasenpeel.nl>", "subject": "Weer lid worden",
     "body": "Beste Stan en Melanie,\n\nTwee jaar geleden heb ik me afgemeld toen ik naar een ministerie "
             "vertrok. Inmiddels ben ik terug in gemeenteland, als directeur van de Werkorganisatie Maas en Peel. "
             "Ik wil graag weer lid worden van het netwerk.\n\nHartelijke groet,\nIngrid Wolters"},
    {"id": "d24-subscribe-12", "kind": "subscribe", "thread": None,
     "sender": "Thijs Verhagen <t.verhagen@amstelvenen.nl>", "subject": "Opvolging Ellen Bos",
     "body": "Goedemiddag,\n\nMijn voorgangster Ellen Bos gaat per 1 maart met pensioen; zij heeft afscheid van u "
             "genomen, begreep ik. Ik volg haar op als algemeen directeur van de werkorganisatie Amstel en Venen "
             "en wil graag zelf lid worden van het netwerk.\n\nMet vriendelijke groet,\n\nThijs Verhagen\n"
             "algemeen directeur a.i. per 1 maart"},
    {"id": "d24-subscribe-13", "kind": "subscribe", "thread": None,
     "sender": "Rob Meulenbelt <rob.meulenbelt@werkorganisatie-heuvelrug-zuid.nl>",
     "subject": "Taking over from Mark Jansen",
     "body": "Hello,\n\nAs of January I'm taking over from Mark Jansen as director of Werkorganisatie Heuvelrug-Zuid. "
             "Mark told me the network was worth his time, so I'd like to join it myself.\n\nThanks,\nRob Meulenbelt"},
    {"id": "d24-subscribe-14", "kind": "subscribe", "thread": None,
     "sender": "Bas Kuipers <bas.kuipers@ow-westhoek.nl>", "subject": "joinen",
     "body": "Hoi, ik wil graag joinen. Heard good things van collega's in de regio over jullie ateliers.\n\n"
             "Cheers, Bas\nDirecteur Werkorganisatie Westhoek"},
    {"id": "d24-subscribe-15", "kind": "subscribe", "thread": None,
     "sender": "Sjoukje Dijkstra <s.dijkstra@werkorganisaasje-waldwiken.nl>", "subject": "Oanmelding / aanmelding",
     "body": "Goeie,\n\nGraag meld ik mij aan als lid van het netwerk. Ik ben sinds deze zomer direkteur van de "
             "werkorganisatie van de gemeenten Waldwiken en Easterlân.\n\nMei freonlike groetnis,\n\n"
             "Sjoukje Dijkstra"},
    {"id": "d24-subscribe-16", "kind": "subscribe", "thread": None,
     "sender": "Jo Hermans <j.hermans@mergellandwerkt.nl>", "subject": "Aansluiten",
     "body": "Hallo,\n\nGraag wil ik mij aansluiten bij het netwerk van directeuren. Onze werkorganisatie voor "
             "Gulpendal, Eijsden-West en Vaalsbroek bestaat sinds 2024.\n\nHaije groete,\nJo Hermans"},
    {"id": "d24-subscribe-17", "kind": "subscribe", "thread": None,
     "sender": "Carla Smit <c.smit@werkorganisatie-duinenkust.nl>",
     "subject": "Re: directeurennetwerk",
     "body": "Gerrit, dank voor de tip!\n\nSecretariaat (in cc): graag meld ik mij aan als lid van het netwerk.\n\n"
             "Groet,\nCarla Smit\ndirecteur Werkorganisatie Duinen en Kust\n\n"
             "Op wo 25 nov 2026 om 16:12 schreef Gerrit Zwart <g.zwart@bollenstreekwerkt.nl>:\n\n"
             "> Carla, je moet je echt aanmelden bij dat directeurennetwerk waar ik het over had. Gewoon een\n"
             "> mailtje naar info@ambtelijkefusie.nl, het is gratis.\n>\n> Gerrit"},
    {"id": "d24-subscribe-18", "kind": "subscribe", "thread": None,
     "sender": "A.C. van Beek <ac.vanbeek@gemeenten-lingemond.nl>", "subject": "Verzoek tot inschrijving",
     "body": "Geacht secretariaat,\n\nHierbij wordt verzocht ondergetekende, algemeen directeur van de ambtelijke "
             "organisatie Lingemond, in te schrijven als lid van het Netwerk van directeuren van ambtelijke "
             "fusieorganisaties.\n\nHoogachtend,\n\nmr. A.C. van Beek"},
    {"id": "d24-subscribe-19", "kind": "subscribe", "thread": None,
     "sender": "Director Werkorganisatie Oostermeer <director@oostermeer-werkt.nl>", "subject": "sign up",
     "body": "Please sign me up.\n\nNiels Brandsma\nDirector, Werkorganisatie Oostermeer" + OUTLOOK_IOS},
    {"id": "d24-subscribe-20", "kind": "subscribe", "thread": None,
     "sender": "Hanneke Prins <h.prins@werkorganisatie-venenland.nl>", "subject": "Berichten netwerk",
     "body": "Beste mensen,\n\nWilt u mij voortaan ook de berichten en uitnodigingen van het netwerk sturen? "
             "Ik ben algemeen directeur van de Werkorganisatie Venenland en wil graag aanhaken.\n\n"
             "Vriendelijke groet,\nHanneke Prins"},
    {"id": "d24-subscribe-21", "kind": "subscribe", "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Erik Nijhof <e.nijhof@werkorganisatie-ijsselvallei.nl>",
     "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "body": "Goedendag,\n\nDeze uitnodiging kreeg ik via mijn management-assistent, die hem weer van een "
             "collega-organisatie had. Ik ben nog geen lid, maar wil dat graag worden. Dan ontvang ik de "
             "berichten voortaan zelf.\n\nMet vriendelijke groet,\n\nErik Nijhof\ndirecteur Werkorganisatie "
             "IJsselvallei"},
    {"id": "d24-subscribe-22", "kind": "subscribe", "thread": None,
     "sender": "H. KOOPMAN <H.KOOPMAN@WERKORGANISATIE-DELTAPOORT.NL>", "subject": "LIDMAATSCHAP",
     "body": "GRAAG AANMELDEN ALS LID.\n\nM.VR.GR.\nH. KOOPMAN\nDIRECTEUR WERKORGANISATIE DELTAPOORT"},
    {"id": "d24-subscribe-23", "kind": "subscribe", "thread": None,
     "sender": "Lars van Wijk <l.vanwijk@bommelerkant.nl>", "subject": "Ja, ik wil lid worden",
     "body": ANDROID.strip("\n")},
    {"id": "d24-subscribe-24", "kind": "subscribe", "thread": None,
     "sender": "Yvonne Teunissen <y.teunissen@werkorganisatie-achterveld.nl>",
     "subject": "Brochure VNG-congres",
     "body": "Goedemiddag,\n\nOp het VNG-congres lag uw brochure bij de stand van SeinstravandeLaar. Ons "
             "fusietraject (vier gemeenten, één werkorganisatie sinds 1 januari) roept precies de vragen op die "
             "daarin staan: de relatie met de raden, de eigenheid van de kernen, de sturing. Ik meld me dan ook "
             "graag aan als lid. Verder ben ik benieuwd naar de ervaringen van collega's met het harmoniseren van "
             "de belastingen, maar dat komt vast ter sprake.\n\nGroet,\n\nYvonne Teunissen\n"
             "algemeen directeur / gemeentesecretaris\n06 - 41 22 90 17"},
    {"id": "d24-subscribe-25", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "lid blijven\n\nDit ging mis: mijn secretariaat heeft de verkeerde mail beantwoord."},
    {"id": "d24-subscribe-26", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd", "quote": "gmail",
     "sender": "Tom Everaerts <t.everaerts@kempenwerk.nl>",
     "body": "That was a mistake on our side - I'd like to stay a member, please.\n\nTom"},
    {"id": "d24-subscribe-27", "kind": "subscribe", "thread": None,
     "sender": "Dirk-Jan Mulder <dj.mulder@werkorganisatie-zeeuwsebanken.nl>", "subject": "Lidmaatschap",
     "body": "Bij deze wil ik mij opgeven voor het netwerk.\n\nDirk-Jan Mulder, directeur Werkorganisatie "
             "Zeeuwse Banken, dj.mulder@werkorganisatie-zeeuwsebanken.nl, 0113 - 24 90 00"},
    {"id": "d24-subscribe-28", "kind": "subscribe", "thread": None,
     "sender": "Peter-Paul Gerritsen <pp.gerritsen@werkorganisatie-horstland.nl>", "subject": "Aanmelding",
     "body": "Beste secretariaat,\n\nSinds 1 september ben ik interim-directeur van de Werkorganisatie Horstland, "
             "tot de vacature is vervuld. In de tussentijd neem ik graag deel aan het netwerk; meldt u mij "
             "alstublieft aan.\n\nMet vriendelijke groet,\nPeter-Paul Gerritsen\ninterim algemeen directeur"},
    {"id": "d24-subscribe-29", "kind": "subscribe", "thread": None,
     "sender": "Geert Bakker <g.bakker@werkorganisatie-oldambtkwartier.nl>", "subject": "Lid worden",
     "body": "Moi,\n\nIk wil groag lid worden van t netwerk. Directeur van de werkorganisatie Oldambt Kwartier.\n\n"
             "Groet'n,\nGeert"},
    {"id": "d24-subscribe-30", "kind": "subscribe", "thread": None,
     "sender": "Annelies Vroom <annelies.vroom@werkorganisatie-waterlandzuid.nl>",
     "subject": "Registration - network of directors",
     "body": "To whom it may concern,\n\nKindly register me as a member of the network of directors of shared "
             "municipal organisations. I am the director of Werkorganisatie Waterland-Zuid.\n\nYours faithfully,\n"
             "Annelies Vroom"},
    {"id": "d24-subscribe-31", "kind": "subscribe", "thread": None, "quoted": "oproep_themas",
     "quote": "doorgestuurd", "sender": "Michiel Scholten <m.scholten@werkorganisatie-bergenveld.nl>",
     "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Ik ben (nog) geen lid; meld mij aan, dan kan ik voortaan zelf meedenken over de thema's.\n\n"
             "Michiel Scholten\ndirecteur Werkorganisatie Bergenveld"},
    {"id": "d24-subscribe-32", "kind": "subscribe", "thread": None,
     "sender": "Judith Kamphuis <j.kamphuis@werkorganisatie-regge.nl>", "subject": "Introductie en aanmelding",
     "body": "Beste Melanie,\n\nWe spraken elkaar kort na afloop van de bijeenkomst van de provincie over "
             "regionale samenwerking. Zoals beloofd: hierbij mijn aanmelding voor het netwerk.\n\n"
             "Ter achtergrond: de Werkorganisatie Regge voert sinds 2021 de taken uit voor Hellendoorn-Noord en "
             "Rijssen-West. We zitten midden in een herijking van de dienstverleningsovereenkomst en de "
             "kostenverdeling; ik kijk ernaar uit om daarover met collega's te sparren.\n\n"
             "Hartelijke groet,\n\nJudith Kamphuis\nalgemeen directeur\n06 - 12 48 77 30" + DISCLAIMER},
    {"id": "d24-subscribe-33", "kind": "subscribe", "thread": None,
     "sender": "Marco Lammers <marco.lammers@alblasdelta.nl>", "subject": "",
     "body": "Goedemorgen, kunt u mij toevoegen als lid van het netwerk? Ik ben de nieuwe directeur van de "
             "werkorganisatie AlblasDelta.\n\nMarco Lammers" + IPHONE},
    {"id": "d24-subscribe-34", "kind": "subscribe", "thread": None,
     "sender": "Saskia Huisman <s.huisman@werkorganisatie-kop.nl>", "subject": "Deelname netwerk",
     "body": "Beste secretariaat,\n\nNa acht jaar als concerncontroller ben ik per 1 december benoemd tot "
             "algemeen directeur van de Werkorganisatie Kop van Noord. Ik meld mij graag aan voor het netwerk "
             "van directeuren.\n\nMet vriendelijke groet,\nSaskia Huisman"},
    {"id": "d24-subscribe-35", "kind": "subscribe", "thread": None,
     "sender": "Wim de Graaf <w.degraaf@werkorganisatie-krimpenwaard-oost.nl>", "subject": "Inschrijving",
     "body": "Dag,\n\nIk zou het op prijs stellen als u mij inschrijft voor het netwerk. Met twee collega's uit "
             "de regio heb ik al eens een atelier bezocht als gast, dat beviel goed.\n\nWim de Graaf\n"
             "directeur werkorganisatie Krimpenwaard-Oost"},
    # -- confirm: a reply to our confirmation request or its reminder, by the person signed up -----------------
    {"id": "d24-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Ja"},
    {"id": "d24-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Henk Stoffels <h.stoffels@werkorganisatie-veluwerand.nl>",
     "body": "klopt" + IPHONE},
    {"id": "d24-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Gerda Veenstra <g.veenstra@ow-lauwersland.nl>",
     "body": "Akkoord.\n\nGerda Veenstra\ndirecteur Werkorganisatie Lauwersland" + DISCLAIMER},
    {"id": "d24-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "ruud ter horst <r.terhorst@werkorganisatie-dinkeldal.nl>",
     "body": "ja dat was ik"},
    {"id": "d24-confirm-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Olivia Marsman <o.marsman@werkorganisatie-kromrijn.nl>",
     "body": "Yes, that was me. Thanks!\n\nOlivia" + DISCLAIMER_EN},
    {"id": "d24-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Bevestigd:\n\nMarieke de Vries-Ölçer\nalgemeen directeur Werkorganisatie BBR\nm.devries@bbr.nl\n"
             "T 0416 - 28 70 00"},
    {"id": "d24-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "sender": "Bernard Wijnen <b.wijnen@werkorganisatie-peelrand.nl>",
     "body": "Ja, mijn secretariaat heeft mij aangemeld, dat klopt. Graag zelfs.\n\nBernard Wijnen"},
    {"id": "d24-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Nora El Idrissi <n.elidrissi@werkorganisatie-hofstad-oost.nl>",
     "body": "\U0001F44D" + IPHONE},
    {"id": "d24-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "J. Vos <j.vos@werkorganisatie-schouwen-noord.nl>",
     "body": "Met vriendelijke groet,\n\nJ. Vos\nalgemeen directeur\nWerkorganisatie Schouwen-Noord" + DISCLAIMER},
    {"id": "d24-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Niels Brandsma <director@oostermeer-werkt.nl>",
     "body": "Confirmed, please go ahead.\n\nNiels"},
    {"id": "d24-confirm-11", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote", "sender": "A.C. van Beek <ac.vanbeek@gemeenten-lingemond.nl>",
     "body": "Geacht secretariaat,\n\nHierbij bevestig ik mijn aanmelding.\n\nHoogachtend,\nmr. A.C. van Beek"},
    {"id": "d24-confirm-12", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Lars van Wijk <l.vanwijk@bommelerkant.nl>",
     "body": "Ja hoor, graag!" + ANDROID},
    {"id": "d24-confirm-13", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "gmail",
     "sender": "Ria Bosveld <r.bosveld@gr-oostflank.nl>",
     "body": "sorry, was vergeten te reageren. ja ik wil lid worden\n\nRia"},
    {"id": "d24-confirm-14", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-en", "sender": "Rob Meulenbelt <rob.meulenbelt@werkorganisatie-heuvelrug-zuid.nl>",
     "body": "Apologies for the delay - yes, I'd like to join.\n\nRob"},
    {"id": "d24-confirm-15", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Thijs Verhagen <t.verhagen@amstelvenen.nl>",
     "body": "Dat was ik inderdaad.\n\nGroet, Thijs"},
    {"id": "d24-confirm-16", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "sender": "Gijs Tempelman <g.tempelman@werkorganisatie-eemvallei.nl>",
     "body": "Akkoord, dank u.\n\nG. Tempelman" + DISCLAIMER},
    {"id": "d24-confirm-17", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "sender": "Yvonne Teunissen <y.teunissen@werkorganisatie-achterveld.nl>",
     "body": "Klopt helemaal, dit is mijn adres.\n\nYvonne"},
    {"id": "d24-confirm-18", "kind": "confirm", "thread": C, "subject": CONFIRM_SUBJECT,
     "sender": "Wouter Tjeenk <w.tjeenk@zuidoever.nl>",
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen. Zo weten we "
             "zeker dat dit\n> e-mailadres van u is en dat u onze berichten wilt ontvangen.\n\nJa, bij deze.\n\n"
             "> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8. Deze is geldig tot en met 13 december 2026.\n\n"
             "Prima.\n\n> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan "
             "niet langer dan nodig.\n\nWouter"},
    {"id": "d24-confirm-19", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "sender": "Koen Vermaat <k.vermaat@ow-noorderzand.nl>",
     "body": "ja graag\n"},
    {"id": "d24-confirm-20", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "groupwise", "sender": "fatma yildiz <f.yildiz@grenswerk.nl>",
     "body": "ok"},
    {"id": "d24-confirm-21", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Jo Hermans <j.hermans@mergellandwerkt.nl>",
     "body": "Bevestigd.\n\nJo Hermans"},
    {"id": "d24-confirm-22", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Sjoukje Dijkstra <s.dijkstra@werkorganisaasje-waldwiken.nl>",
     "body": "Ja, ik wil graag lid worden. Ik sjoch út nei it earste atelier!\n\nSjoukje"},
    {"id": "d24-confirm-23", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Saskia Huisman <s.huisman@werkorganisatie-kop.nl>",
     "body": "Goedemiddag,\n\nDe gegevens kloppen:\nNaam: Saskia Huisman\nFunctie: algemeen directeur\n"
             "Organisatie: Werkorganisatie Kop van Noord\nE-mail: s.huisman@werkorganisatie-kop.nl\n\n"
             "Met vriendelijke groet,\nSaskia Huisman"},
    {"id": "d24-confirm-24", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-en", "sender": "Dirk-Jan Mulder <dj.mulder@werkorganisatie-zeeuwsebanken.nl>",
     "body": "Prima\n\nDJ"},
    {"id": "d24-confirm-25", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "subject": "FW: Bevestig uw aanmelding " + REF,
     "body": "Goedemorgen,\n\nAnja zette dit voor mij klaar; zij had mij aangemeld. Ja, ik bevestig.\n\n"
             "Marieke de Vries-Ölçer"},
    {"id": "d24-confirm-26", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "sender": "Annelies Vroom <annelies.vroom@werkorganisatie-waterlandzuid.nl>",
     "body": "Yes please" + OUTLOOK_IOS},
    {"id": "d24-confirm-27", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote", "sender": "Judith Kamphuis <j.kamphuis@werkorganisatie-regge.nl>",
     "body": "Ja, dat was ik - mijn collega Gerrit wees mij op het netwerk. Fijn dat het zo snel gaat.\n\nJudith"},
    {"id": "d24-confirm-28", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl", "sender": "Peter Luttikhuis <p.luttikhuis@dewerkorganisatie.nl>",
     "body": "Helemaal goed zo, ik doe mee." + IPHONE},
    # -- other: questions about joining ---------------------------------------------------------------------
    {"id": "d24-other-01", "kind": "other", "thread": None,
     "sender": "Evelien Brink <e.brink@grsociaaldomein-drechtoever.nl>", "subject": "Wie kan er lid worden?",
     "body": "Goedemiddag,\n\nIk ben directeur van een gemeenschappelijke regeling voor het sociaal domein, geen "
             "ambtelijke fusie in de strikte zin. Kan ik toch lid worden van het netwerk, of is het echt alleen "
             "bedoeld voor directeuren van werkorganisaties?\n\nGroet,\nEvelien Brink"},
    {"id": "d24-other-02", "kind": "other", "thread": None,
     "sender": "Arjan Post <a.post@werkorganisatie-zwinland.nl>", "subject": "kosten lidmaatschap",
     "body": "Wat kost het lidmaatschap per jaar? Moet ik daar een inkoopnummer voor aanvragen?\n\nArjan Post"},
    {"id": "d24-other-03", "kind": "other", "thread": None,
     "sender": "Liesbeth Hoekman <l.hoekman@werkorganisatie-duivenwaard.nl>", "subject": "Tijdsinvestering",
     "body": "Beste Stan,\n\nVoordat ik mij aanmeld: hoeveel tijd kost het lidmaatschap ongeveer? Ik wil niets "
             "toezeggen wat ik met een volle agenda niet kan waarmaken. Zijn er naast de twee ateliers nog andere "
             "verplichtingen?\n\nHartelijke groet,\nLiesbeth"},
    {"id": "d24-other-04", "kind": "other", "thread": None,
     "sender": "Daniel Okafor <d.okafor@werkorganisatie-ommeland.nl>", "subject": "Question about membership",
     "body": "Hi there,\n\nWhat does membership involve exactly? Are there any obligations, like hosting an atelier "
             "or contributing a case?\n\nRegards,\nDaniel Okafor"},
    {"id": "d24-other-05", "kind": "other", "thread": None,
     "sender": "Rianne Vos <r.vos@werkorganisatie-langstraat.nl>", "subject": "Teamleiders",
     "body": "Hallo, is het netwerk alleen voor de algemeen directeur of mogen onze concernmanagers ook lid "
             "worden? We hebben er drie.\n\nRianne"},
    {"id": "d24-other-06", "kind": "other", "thread": None,
     "sender": "Stefan Rademaker <s.rademaker@werkorganisatie-berkelstroom.nl>", "subject": "Hoe aanmelden?",
     "body": "Hoe meld ik me eigenlijk aan? Op de website zie ik nergens een formulier.\n\nStefan" + IPHONE},
    {"id": "d24-other-07", "kind": "other", "thread": None,
     "sender": "Mirjam Tuinstra <m.tuinstra@werkorganisatie-wadkust.nl>", "subject": "Welke organisaties doen mee",
     "body": "Goedemorgen,\n\nWelke werkorganisaties zijn al lid? Voordat ik me aanmeld wil ik weten of onze "
             "buurorganisaties in Noord-Friesland ook meedoen.\n\nMet vriendelijke groet,\nMirjam Tuinstra"},
    {"id": "d24-other-08", "kind": "other", "thread": None,
     "sender": "Joost van Dalen <j.vandalen@gemeente-hoogwoud.nl>", "subject": "Aansluiten bij netwerk?",
     "body": "Geacht secretariaat,\n\nIk ben gemeentesecretaris van een zelfstandige gemeente. Wij verkennen "
             "op dit moment een ambtelijke fusie met twee buurgemeenten, die op zijn vroegst in 2028 ingaat. "
             "Kan ik in deze fase al aansluiten bij het netwerk?\n\nHoogachtend,\nJ. van Dalen"},
    {"id": "d24-other-09", "kind": "other", "thread": None,
     "sender": "Marloes Derksen <m.derksen@werkorganisatie-ooijpolder.nl>", "subject": "wachtlijst?",
     "body": "Is er een wachtlijst voor het netwerk, of kan iedere directeur zomaar lid worden?\n\nMarloes"},
    # -- other: signing up someone else ---------------------------------------------------------------------
    {"id": "d24-other-10", "kind": "other", "thread": None,
     "sender": "Secretariaat directie <secretariaatdirectie@werkorganisatie-vijfheerenland.nl>",
     "subject": "Aanmelding dhr. R. Kampstra",
     "body": "Goedemiddag,\n\nNamens onze algemeen directeur, de heer R. Kampstra, wil ik hem graag aanmelden als lid "
             "van het netwerk. Zijn e-mailadres is r.kampstra@werkorganisatie-vijfheerenland.nl.\n\n"
             "Met vriendelijke groet,\n\nAnnemarie Blom\nmanagementassistent directie"},
    {"id": "d24-other-11", "kind": "other", "thread": None,
     "sender": "Karin Wessels <k.wessels@werkorganisatie-rijnwaarden.nl>", "subject": "Registration for our director",
     "body": "Dear Sir/Madam,\n\nOn behalf of our director, Mr Hans Achterberg, I would like to register him for "
             "your network. Please use h.achterberg@werkorganisatie-rijnwaarden.nl.\n\nKind regards,\n"
             "Karin Wessels | Executive Assistant"},
    {"id": "d24-other-12", "kind": "other", "thread": None,
     "sender": "Frank Hulshof <f.hulshof@werkorganisatie-grensmaas.nl>", "subject": "Nieuw lid",
     "body": "Beste Melanie,\n\nMijn collega-directeur Anouk Smeets (a.smeets@werkorganisatie-grensmaas.nl) "
             "zou graag lid worden. Wil je haar toevoegen? Ze heeft het druk, vandaar dat ik even mail.\n\n"
             "Groet,\nFrank"},
    {"id": "d24-other-13", "kind": "other", "thread": None,
     "sender": "Gerard Timmer <g.timmer@werkorganisatie-linge.nl>", "subject": "Aanmelding MT",
     "body": "Goedemorgen,\n\nGraag meld ik ons voltallige MT aan voor het netwerk:\n"
             "- Gerard Timmer, algemeen directeur (g.timmer@werkorganisatie-linge.nl)\n"
             "- Petra Zandvliet, directeur sociaal domein (p.zandvliet@werkorganisatie-linge.nl)\n"
             "- Omar Bakkali, directeur bedrijfsvoering (o.bakkali@werkorganisatie-linge.nl)\n"
             "- Linda Jaspers, directeur ruimte (l.jaspers@werkorganisatie-linge.nl)\n\n"
             "Met vriendelijke groet,\nGerard Timmer"},
    {"id": "d24-other-14", "kind": "other", "thread": None,
     "sender": "Hans Weijers <h.weijers@werkorganisatie-schipperskwartier.nl>", "subject": "aanmelden",
     "body": "Meld mij en mijn adjunct-directeur Bram Lubbers (b.lubbers@werkorganisatie-schipperskwartier.nl) "
             "maar aan.\n\nHans" + ANDROID},
    {"id": "d24-other-15", "kind": "other", "thread": None, "quoted": "welkom", "quote": "doorgestuurd",
     "sender": "Anja Kramer <secretariaat@werkorganisatie-lekstroom.nl>",
     "subject": "FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Goedemiddag,\n\nDe directeur van onze buurorganisatie stuurde ons dit welkomstbericht. Wilt u onze "
             "directeur, mevrouw E. Haverkamp, ook als lid inschrijven? Zij heeft hier zelf om gevraagd.\n\n"
             "Vriendelijke groet,\nAnja Kramer\nsecretariaat directie"},
    # -- other: a condition, or a sign-up with a question that needs an answer -----------------------------
    {"id": "d24-other-16", "kind": "other", "thread": None,
     "sender": "Pieter Meinders <p.meinders@werkorganisatie-drentsaa.nl>", "subject": "Aanmelding",
     "body": "Als er geen kosten aan verbonden zijn, meld mij dan aan. Wij hebben dit jaar geen budget meer voor "
             "lidmaatschappen.\n\nPieter Meinders"},
    {"id": "d24-other-17", "kind": "other", "thread": None,
     "sender": "Claire Dubois <c.dubois@werkorganisatie-voorne-west.nl>", "subject": "Network",
     "body": "Hello,\n\nIf the network is also open to deputy directors, please sign me up - I'm the deputy "
             "director of Werkorganisatie Voorne-West.\n\nBest regards,\nClaire Dubois"},
    {"id": "d24-other-18", "kind": "other", "thread": None,
     "sender": "Bert Lenferink <b.lenferink@werkorganisatie-achterhoek-oost.nl>", "subject": "lidmaatschap",
     "body": "Beste secretariaat,\n\nMocht het atelier niet altijd in Utrecht zijn, dan word ik graag lid. Vanuit "
             "de Achterhoek is dat steeds een halve dag reizen.\n\nGroet,\nBert Lenferink"},
    {"id": "d24-other-19", "kind": "other", "thread": None,
     "sender": "Loes Verbruggen <l.verbruggen@werkorganisatie-baronie.nl>", "subject": "Aanmelding + vraag",
     "body": "Goedemiddag,\n\nIk meld me graag aan als lid. Is het ook mogelijk de verslagen van de eerdere "
             "ateliers te ontvangen? Dan kan ik me een beetje inlezen.\n\nMet vriendelijke groet,\nLoes Verbruggen"},
    {"id": "d24-other-20", "kind": "other", "thread": None,
     "sender": "Ronald Hofman <r.hofman@werkorganisatie-hollandsmidden.nl>", "subject": "Lid worden",
     "body": "Ik wil graag lid worden. Kan mijn plaatsvervanger ook mee naar de ateliers als ik verhinderd ben, of "
             "moet hij dan zelf lid zijn?\n\nRonald Hofman"},
    {"id": "d24-other-21", "kind": "other", "thread": None,
     "sender": "Kees Vogelaar <k.vogelaar@werkorganisatie-altena-west.nl>", "subject": "Aanmelden en kennismaken",
     "body": "Beste Stan,\n\nIk meld me aan voor het netwerk en zou graag eens kennismaken, bijvoorbeeld bij ons op "
             "het stadhuis. Wanneer schikt het jou?\n\nGroet,\nKees Vogelaar"},
    {"id": "d24-other-22", "kind": "other", "thread": None,
     "sender": "Emma Kowalski <e.kowalski@werkorganisatie-noordkop.nl>", "subject": "Sign-up",
     "body": "Please add me to the network. Also, could you tell me where the ateliers are usually held and "
             "whether they are in Dutch only? My Dutch is fine for reading but slower in discussion.\n\n"
             "Thanks, Emma"},
    # -- other: already a member ----------------------------------------------------------------------------
    {"id": "d24-other-23", "kind": "other", "thread": None,
     "sender": "Jan-Willem Peters <jw.peters@werkorganisatie-eilandenrijk.nl>", "subject": "Sta ik op de lijst?",
     "body": "Goedemiddag,\n\nIk dacht dat ik al lid was, maar ik heb dit jaar geen enkele uitnodiging gehad. Kunt u "
             "nakijken of ik op de lijst sta, en mij anders opnieuw aanmelden?\n\nJan-Willem Peters"},
    {"id": "d24-other-24", "kind": "other", "thread": None,
     "sender": "Jolanda Bakker <j.bakker@werkorganisatie-deltawaard.nl>", "subject": "Nieuw adres",
     "body": "Beste secretariaat,\n\nIk ben al lid via j.bakker@gemeente-oudewaard.nl. Na de fusie is dat adres "
             "vervallen; wilt u mij voortaan op dit nieuwe adres aanmelden?\n\nMet vriendelijke groet,\n"
             "Jolanda Bakker"},
    {"id": "d24-other-25", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "sender": "Henk Stoffels <h.stoffels@werkorganisatie-veluwerand.nl>",
     "body": "Dank! Maar ik kreeg vorig jaar ook al zo'n welkomstmail. Sta ik nu twee keer op de lijst?\n\nHenk"},
    # -- other: under our confirmation request, not a confirmation by the person signed up ------------------
    # (labelled unsubscribe in stop 29, as the project's labelled inbound mail 133 and 219 have it: a denial with the
    # question who did it withdraws the pending sign-up, issue 19 item 3; the id keeps its first label)
    {"id": "d24-other-26", "kind": "unsubscribe", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "body": "Ik heb me helemaal niet aangemeld. Wie heeft dit gedaan?\n\nM. de Vries"},
    {"id": "d24-other-27", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Paul Janssens <p.janssens@werkorganisatie-kempenland.nl>",
     "body": "That was not me. Please check who registered this address; I don't recognise the sender you "
             "mention.\n\nPaul Janssens" + DISCLAIMER_EN},
    {"id": "d24-other-28", "kind": "other", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "sender": "Wendy Kok <w.kok@werkorganisatie-zaanoever.nl>",
     "body": "dit was ik niet hoor. ik ken geen netwerk van directeuren en ben ook geen directeur\n\nWendy" + IPHONE},
    {"id": "d24-other-29", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Secretariaat directie <secretariaat.directie@werkorganisatie-bbr.nl>",
     "body": "Goedemorgen,\n\nNamens mevrouw De Vries-Ölçer bevestig ik haar aanmelding; zij is deze week met "
             "vakantie.\n\nMet vriendelijke groet,\nAnja de Wit\nmanagementondersteuning"},
    {"id": "d24-other-30", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Karin Wessels <k.wessels@werkorganisatie-rijnwaarden.nl>",
     "body": "I'm confirming this on behalf of my director, Mr Achterberg, who is travelling.\n\nKarin Wessels"},
    {"id": "d24-other-31", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Lotte Brouwer <l.brouwer@werkorganisatie-gooiseweide.nl>",
     "body": "Moet ik hiervoor nog ergens iets invullen?"},
    {"id": "d24-other-32", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "sender": "Hugo Smeets <h.smeets@werkorganisatie-roerdal.nl>",
     "body": "Wat gebeurt er met mijn gegevens als ik bevestig? Worden ze gedeeld met andere leden?\n\nH. Smeets"},
    {"id": "d24-other-33", "kind": "other", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl", "sender": "Mariska Vinke <m.vinke@werkorganisatie-reimerswaal-oost.nl>",
     "body": "Ik kan me niet herinneren dat ik dit heb aangevraagd. Wat houdt het netwerk precies in?\n\nMariska"},
    {"id": "d24-other-34", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "Ton Hilhorst <t.hilhorst@werkorganisatie-binnenveld.nl>",
     "body": "Ja, en wilt u mijn collega Sandra Mol (s.mol@werkorganisatie-binnenveld.nl) ook aanmelden?\n\nTon"},
    {"id": "d24-other-35", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Lieke Janssen <l.janssen@werkorganisatie-maasduinen.nl>",
     "body": "Ja, maar stuur alles voortaan liever naar mijn andere adres, lieke.janssen.dir@gmail.com. Deze "
             "mailbox lees ik weinig.\n\nLieke"},
    {"id": "d24-other-36", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Secretariaat directie <secretariaat.directie@werkorganisatie-bbr.nl>",
     "body": "Goedemiddag,\n\nMevrouw De Vries-Ölçer is met verlof tot en met 4 januari. Ik leg uw bericht bij haar "
             "neer zodra ze terug is.\n\nMet vriendelijke groet,\nAnja de Wit"},
    {"id": "d24-other-37", "kind": "other", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "sender": "Erik Nijhof <e.nijhof@werkorganisatie-ijsselvallei.nl>",
     "body": "Ja graag. Wanneer is het volgende atelier eigenlijk, en kan ik daar als nieuw lid nog bij?\n\nErik"},
    # -- other: the Adviesraad ------------------------------------------------------------------------------
    {"id": "d24-other-38", "kind": "other", "thread": None,
     "sender": "Ellen Hofstede <e.hofstede@werkorganisatie-westfriesland-noord.nl>",
     "subject": "Kandidaatstelling Adviesraad",
     "body": "Geacht secretariaat,\n\nGraag stel ik mij kandidaat voor de Adviesraad van het netwerk. Ik ben sinds "
             "2019 lid en heb drie ateliers bijgewoond; ik denk graag mee over de thema's.\n\nHoogachtend,\n"
             "E. Hofstede"},
    {"id": "d24-other-39", "kind": "other", "thread": None,
     "sender": "Tom Everaerts <t.everaerts@kempenwerk.nl>", "subject": "Advisory board",
     "body": "Hi Stan,\n\nI'd like to join the Adviesraad if there is a seat available. Happy to discuss.\n\nTom"},
    {"id": "d24-other-40", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Judith Kamphuis <j.kamphuis@werkorganisatie-regge.nl>",
     "body": "Dank voor het warme welkom. Ik zou ook graag in de Adviesraad plaatsnemen, als daar ruimte voor is.\n\n"
             "Judith"},
    # -- other: not a director, or not this network ---------------------------------------------------------
    {"id": "d24-other-41", "kind": "other", "thread": None,
     "sender": "Sophie van Leeuwen <s.vanleeuwen@student.uvt-bestuur.nl>", "subject": "Lid worden als student",
     "body": "Beste heer/mevrouw,\n\nIk ben masterstudent bestuurskunde en schrijf mijn scriptie over ambtelijke "
             "fusies en de rol van de directeur daarin. Graag word ik lid van het netwerk, zodat ik de ateliers "
             "kan bijwonen.\n\nMet vriendelijke groet,\nSophie van Leeuwen"},
    {"id": "d24-other-42", "kind": "other", "thread": None,
     "sender": "Ruben Sanders <ruben@sandersbestuursadvies.nl>", "subject": "Aansluiten bij het netwerk",
     "body": "Goedemiddag,\n\nAls zelfstandig adviseur begeleid ik al jaren fusietrajecten van gemeenten. Ik zou "
             "graag aansluiten bij uw netwerk om op de hoogte te blijven van wat directeuren bezighoudt.\n\n"
             "Met vriendelijke groet,\nRuben Sanders\nSanders Bestuursadvies\n06 - 55 18 40 02"},
    {"id": "d24-other-43", "kind": "other", "thread": None,
     "sender": "Anna Lindqvist <a.lindqvist@phd.bestuursacademie.nl>", "subject": "Joining the network",
     "body": "Dear secretariat,\n\nI am a PhD candidate studying shared service arrangements between Dutch "
             "municipalities. I would like to join your network as an observer.\n\nBest regards,\nAnna Lindqvist"},
    {"id": "d24-other-44", "kind": "other", "thread": None,
     "sender": "Gert-Jan Hoving <gj.hoving@raad-twentekanaal.nl>", "subject": "aanmelding",
     "body": "Als raadslid in een van de deelnemende gemeenten ben ik zeer geinteresseerd in uw ateliers. Graag "
             "aanmelden als lid.\n\nGert-Jan Hoving\nfractievoorzitter"},
    {"id": "d24-other-45", "kind": "other", "thread": None,
     "sender": "Joyce Hermsen <j.hermsen@werkorganisatie-lingeland.nl>", "subject": "LinkedIn-groep",
     "body": "Hoi, hoe word ik lid van de LinkedIn-groep van het netwerk? Ik kan hem niet vinden.\n\nJoyce"},
    {"id": "d24-other-46", "kind": "other", "thread": None,
     "sender": "Martijn Brouns <m.brouns@werkorganisatie-heerlerheide.nl>", "subject": "LinkedIn",
     "body": "Graag wil ik toegevoegd worden aan de LinkedIn-groep 'Directeuren ambtelijke fusies'. Mijn "
             "profiel staat onder Martijn Brouns.\n\nMartijn"},
    {"id": "d24-other-47", "kind": "other", "thread": None,
     "sender": "Ilse Bremer <i.bremer@werkorganisatie-vlietstad.nl>", "subject": "Aanmelding VGS",
     "body": "Goedemiddag,\n\nHierbij wil ik mij aanmelden voor de regionale kring van de Vereniging van "
             "Gemeentesecretarissen. Kunt u dit doorzetten?\n\nMet vriendelijke groet,\nIlse Bremer"},
    {"id": "d24-other-48", "kind": "other", "thread": None,
     "sender": "Victor Ramdin <v.ramdin@werkorganisatie-delflandzuid.nl>", "subject": "Community sign-up",
     "body": "Hello, I'd like to sign up for the Common Ground community of practice for municipal IT leads. "
             "I understood you coordinate the member list?\n\nVictor"},
    {"id": "d24-other-49", "kind": "other", "thread": None,
     "sender": "Nathalie de Groot <n.degroot@leiderschapsacademie-waal.nl>", "subject": "Partnerschap netwerk",
     "body": "Geachte heer Van de Laar,\n\nWij verzorgen leiderschapsprogramma's voor directeuren van "
             "fusieorganisaties. Graag sluiten wij als partner aan bij uw netwerk, bijvoorbeeld met een "
             "masterclass tijdens een van de ateliers. Mag ik u bellen voor een kennismaking?\n\n"
             "Met vriendelijke groet,\nNathalie de Groot\nLeiderschapsacademie Waal"},
    {"id": "d24-other-50", "kind": "other", "thread": None,
     "sender": "Bart Hendrikx <b.hendrikx@binnenlandsbestuur-redactie.nl>", "subject": "Verzoek: aanschuiven",
     "body": "Goedendag,\n\nIk werk aan een artikel over ambtelijke fusies. Zou ik als journalist mogen aanschuiven "
             "bij het volgende atelier, of lid worden van het netwerk om de ontwikkelingen te volgen?\n\n"
             "Groet,\nBart Hendrikx"},
    {"id": "d24-other-51", "kind": "other", "thread": None,
     "sender": "Mark Jansen <m.jansen@werkorganisatie-heuvelrug-zuid.nl>", "subject": "Plaatsvervanger",
     "body": "Beste secretariaat,\n\nZelf heb ik weinig tijd, maar mijn plaatsvervanger wil graag lid worden. "
             "Kan dat, terwijl ik ook lid blijf?\n\nMark Jansen"},
    {"id": "d24-other-52", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-lijn",
     "sender": "Wim de Graaf <w.degraaf@werkorganisatie-krimpenwaard-oost.nl>",
     "body": "Dank u wel. Kunt u mij laten weten wanneer de oproep voor thema's komt? Dan houd ik er in de "
             "planning rekening mee.\n\nWim"},
    {"id": "d24-other-53", "kind": "other", "thread": None,
     "sender": "Harm Koster <h.koster@werkorganisatie-veenkolonien.nl>", "subject": "Netwerk + eigen netwerk",
     "body": "Beste Stan,\n\nWij hebben in Noordoost-Nederland een eigen kring van directeuren van "
             "werkorganisaties. Zouden we als groep kunnen aansluiten bij jullie netwerk, of is het handiger om "
             "elkaar eens te treffen?\n\nHarm Koster"},
    # -- autoreply: under our confirmation request or welcome, no person wrote it --------------------------
    {"id": "d24-autoreply-01", "kind": "autoreply", "thread": C,
     "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
     "subject": "Automatisch antwoord: Bevestig uw aanmelding " + REF,
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "Ik ben afwezig tot en met maandag 4 januari en lees mijn mail niet. Voor dringende zaken kunt u "
             "contact opnemen met het secretariaat directie, 0416 - 28 70 01.\n\nMet vriendelijke groet,\n"
             "Marieke de Vries-Ölçer"},
    {"id": "d24-autoreply-02", "kind": "autoreply", "thread": C,
     "sender": "Olivia Marsman <o.marsman@werkorganisatie-kromrijn.nl>",
     "subject": "Automatic reply: Herinnering: bevestig uw aanmelding " + REF,
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Thank you for your email. I am out of the office until 11 January with limited access to email. "
             "For urgent matters please contact my office at +31 30 799 41 01.\n\nOlivia Marsman"},
    {"id": "d24-autoreply-03", "kind": "autoreply", "thread": W,
     "sender": "Henk Stoffels <h.stoffels@werkorganisatie-veluwerand.nl>",
     "subject": "Afwezig: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "headers": {"Precedence": "auto_reply"},
     "body": "Beste afzender,\n\nTot en met 18 december ben ik met verlof. Uw bericht wordt niet doorgestuurd. "
             "Wilt u in dringende gevallen bellen met 0578 - 69 10 00?\n\nHenk Stoffels"},
    {"id": "d24-autoreply-04", "kind": "autoreply", "thread": C,
     "sender": "Klantcontact Werkorganisatie Dinkeldal <info@werkorganisatie-dinkeldal.nl>",
     "subject": "Ontvangstbevestiging: RE: Bevestig uw aanmelding " + REF,
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Geachte heer/mevrouw,\n\nUw bericht is ontvangen en geregistreerd onder zaaknummer Z-2026-118734. "
             "Wij streven ernaar u binnen vijf werkdagen te antwoorden.\n\nDit is een automatisch gegenereerd "
             "bericht; u kunt hierop niet reageren.\n\nWerkorganisatie Dinkeldal"},
    {"id": "d24-autoreply-05", "kind": "autoreply", "thread": C,
     "sender": "j.bakker@gemeente-oudewaard.nl",
     "subject": "RE: Herinnering: bevestig uw aanmelding " + REF,
     "body": "Dit is een automatisch bericht.\n\nDit e-mailadres is sinds 1 januari 2026 niet meer in gebruik. "
             "Gemeente Oudewaard is opgegaan in de gemeente Deltawaard. Stuur uw bericht opnieuw naar "
             "info@deltawaard.nl; uw e-mail is niet doorgestuurd."},
    # -- rsvp: registering for the atelier, not for the network ---------------------------------------------
    {"id": "d24-rsvp-01", "kind": "rsvp", "attending": True, "thread": None,
     "sender": "Ingrid Wolters <i.wolters@werkorganisatie-maasenpeel.nl>", "subject": "Aanmelding atelier 11 maart",
     "body": "Goedemiddag,\n\nGraag meld ik mij aan voor het Leer- en inspireer-atelier van donderdag 11 maart in "
             "Utrecht.\n\nMet vriendelijke groet,\nIngrid Wolters"},
    {"id": "d24-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Gerda Veenstra <g.veenstra@ow-lauwersland.nl>",
     "body": "Ik meld me aan, met één collega: Tjeerd Hoekstra, directeur bedrijfsvoering.\n\nGerda"},
    {"id": "d24-rsvp-03", "kind": "rsvp", "attending": True, "thread": None,
     "sender": "Olivia Marsman <o.marsman@werkorganisatie-kromrijn.nl>", "subject": "Atelier 11 March",
     "body": "Hello,\n\nI'd like to register for the atelier on 11 March, 'Sturen op samenwerking & eigenheid'. "
             "I'll be there in person.\n\nOlivia"},
    {"id": "d24-rsvp-04", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Bernard Wijnen <b.wijnen@werkorganisatie-peelrand.nl>",
     "body": "Voor deze keer kan ik mij helaas niet aanmelden: die middag vergadert ons algemeen bestuur.\n\n"
             "Bernard Wijnen"},
    # -- unsubscribe: a hand-over to a named successor --------------------------------------------------------
    {"id": "d24-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Ellen Bos <e.bos@amstelvenen.nl>", "subject": "Opvolging",
     "body": "Beste Stan en Melanie,\n\nPer 1 maart ga ik met pensioen. Mijn opvolger, Thijs Verhagen "
             "(t.verhagen@amstelvenen.nl), neemt mijn plaats in het netwerk over; wilt u hem in mijn plaats "
             "aanmelden?\n\nDank voor alle mooie ateliers.\n\nEllen Bos"},
    {"id": "d24-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": None,
     "sender": "Mark Jansen <m.jansen@werkorganisatie-heuvelrug-zuid.nl>", "subject": "Leaving - successor",
     "body": "Dear Stan,\n\nI'm leaving Werkorganisatie Heuvelrug-Zuid at the end of December. My successor, Rob "
             "Meulenbelt (rob.meulenbelt@werkorganisatie-heuvelrug-zuid.nl), takes over from me; please put him "
             "on the list instead of me.\n\nAll the best,\nMark"},
    {"id": "d24-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Paul Janssens <p.janssens@werkorganisatie-kempenland.nl>",
     "body": "Ik heb mij niet aangemeld en wil op grond van de AVG dat u mijn gegevens per direct verwijdert.\n\n"
             "P. Janssens"},
    # -- suggestion: a topic in reply to our welcome ----------------------------------------------------------
    {"id": "d24-suggestion-01", "kind": "suggestion", "themes": ["dienstverlening"], "thread": W,
     "quoted": "welkom", "quote": "apple", "sender": "Sjoukje Dijkstra <s.dijkstra@werkorganisaasje-waldwiken.nl>",
     "body": "Dank foar it wolkom! Een onderwerp dat mij bezighoudt: hoe houd je de dienstverlening aan inwoners "
             "in de kleine dorpen op peil nu het loket in elk dorp verdwijnt?\n\nSjoukje"},
    {"id": "d24-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": W,
     "quoted": "welkom", "quote": "outlook-lijn", "sender": "Saskia Huisman <s.huisman@werkorganisatie-kop.nl>",
     "body": "Dank voor het welkom. Ik heb meteen een onderwerp: hoe richt je het sturingsconcept in als de "
             "formatie de komende jaren krimpt?\n\nSaskia"},
]
# fmt: on
