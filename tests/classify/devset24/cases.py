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
]
# fmt: on
