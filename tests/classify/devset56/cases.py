"""The fifty-sixth labelled set's cases (issue 17): acts with consequences in ordinary wordings, written without
reading the classifier; cases that could not be labelled with confidence were left out.

Replies to the confirmation request and its reminder carry the thread ``confirmation``; where the client lost the
thread the subject still carries the ``[ref:...]`` token. Replies to the follow-up mail carry ``call_for_themes``,
replies to our RSVP or waiting-list confirmation ``invitation``. Leaving and declining in one mail is
``unsubscribe``; a named successor makes a hand-over (``unsubscribe``); a substitute makes an RSVP with
``attending`` False. An act mixed with a question a person must answer, and any act for someone else without that
person's own address, is ``other``. Inline answers carry our quoted lines in ``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

BA = "bevestiging_aanmelding"
HA = "herinnering_aanmelding"
UA = "uitnodiging_atelier"
HR = "herinnering_atelier"
OT = "oproep_themas"
VA = "vervolg_atelier"
BR = "bevestiging_rsvp"
WK = "welkom"
AB = "afmelding_bevestigd"

REF = "[ref:AF-7K3Q9-XM2PA-4RTZ8]"
CONF_SUBJ = f"Bevestig uw aanmelding {REF}"
INV_SUBJ = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
IPHONE_EN = "\n\nSent from my iPhone"
ANDROID = "\n\nOutlook voor Android downloaden"
GALAXY = "\n\nVerzonden vanaf mijn Galaxy"
DISCLAIMER = (
    "\n\n------------------------------------------------------------\n"
    "Dit bericht kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de geadresseerde. "
    "Bent u niet de geadresseerde, stel dan de afzender op de hoogte en verwijder het bericht. Aan dit bericht "
    "kunnen geen rechten worden ontleend."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
    "received it in error, please notify the sender and delete it."
)
PRINT = "\n\nDenkt u aan het milieu voordat u deze mail print?"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- subscribe: joining in words other than "aanmelden" -----------------------------------------------------
    {"id": "d56-subscribe-01", "kind": "subscribe", "subject": "directeurennetwerk",
     "sender": "Bas Meulenbelt <b.meulenbelt@werkorganisatie-heuvelzoom.nl>",
     "body": "Hallo,\n\nEen collega uit de regio wees me op jullie netwerk. Noteer mij maar als deelnemer, "
             "ik doe graag mee.\n\nGr,\nBas Meulenbelt\nDirecteur Werkorganisatie Heuvelzoom"},
    {"id": "d56-subscribe-02", "kind": "subscribe", "subject": "lid worden?",
     "sender": "Ingrid Vos-Bakker <i.vosbakker@ambtelijkeorganisatie-linderveen.nl>",
     "body": "Goedemorgen,\n\nHoe kan ik mij bij het netwerk aansluiten? Ik zou dat namelijk heel graag willen, "
             "juist nu wij midden in de harmonisatie van drie gemeenten zitten.\n\nMet vriendelijke groet,\n\n"
             "Ingrid Vos-Bakker\nalgemeen directeur | Ambtelijke organisatie Linderveen\nT 0341 27 80 12"},
    {"id": "d56-subscribe-03", "kind": "subscribe", "subject": "Aanmeldformulier netwerk directeuren",
     "sender": "P.J. Landman <p.landman@vechtdal-noord.nl>",
     "body": "AANMELDFORMULIER\n\nNaam: drs. P.J. (Pieter) Landman\nFunctie: algemeen directeur\n"
             "Organisatie: Ambtelijke organisatie Vechtdal-Noord (gemeenten Ommerveen, Hardenbrug)\n"
             "E-mailadres: p.landman@vechtdal-noord.nl\nTelefoon: 0529 48 11 90\nOpmerkingen: geen"
             + DISCLAIMER},
    {"id": "d56-subscribe-04", "kind": "subscribe", "subject": "Deelname Netwerk van directeuren",
     "sender": "mr. H.A. Terpstra <h.terpstra@werkorganisatie-eemvallei.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 februari jl. ben ik aangetreden als eerste directeur van de "
             "Werkorganisatie Eemvallei, de ambtelijke fusieorganisatie die sinds dit jaar voor de gemeenten "
             "Eemdijk-Oost en Leusveld werkt. Graag sluit ik mij aan bij uw netwerk, om ervaringen te delen met "
             "collega's die deze weg al langer gaan.\n\nHoogachtend,\n\nmr. H.A. (Hendrik) Terpstra\n"
             "directeur Werkorganisatie Eemvallei\n033 299 40 00"},
    {"id": "d56-subscribe-05", "kind": "subscribe", "subject": "Membership of the directors' network",
     "sender": "Claire Oosterbaan <c.oosterbaan@gr-polderwaard.nl>",
     "body": "Dear secretariat,\n\nI recently took up the post of managing director at the joint civil service "
             "organisation of Polderwaard, which serves two municipalities. I would very much like to become a "
             "member of your network.\n\nKind regards,\nClaire Oosterbaan" + DISCLAIMER_EN},
    {"id": "d56-subscribe-06", "kind": "subscribe", "subject": "",
     "sender": "Tom Zwiers <t.zwiers@werkorganisatie-peelzoom.nl>",
     "body": "tel mij maar mee voor het netwerk, lijkt me nuttig. groet tom zwiers (peelzoom)" + IPHONE},
    {"id": "d56-subscribe-07", "kind": "subscribe", "thread": G, "quoted": AB, "quote": "gmail",
     "sender": "Marjolein Haak <m.haak@werkorganisatie-duinrand.nl>",
     "body": "Beste Stan en Melanie,\n\nVorig jaar heb ik mij afgemeld toen ik tussen twee functies zat. Sinds deze "
             "maand ben ik directeur van Werkorganisatie Duinrand en wil ik er graag weer bij.\n\nHartelijke "
             "groet,\nMarjolein Haak"},
    {"id": "d56-subscribe-08", "kind": "subscribe", "subject": "network",
     "sender": "Lotte Everaars <l.everaars@bwr-organisatie.nl>",
     "body": "Hi all, ik ben sinds kort interim-directeur bij de BWR-organisatie and I'd love to join the network. "
             "Graag aanmelden op dit adres!\n\nThanks, Lotte"},
    {"id": "d56-subscribe-09", "kind": "subscribe", "subject": "Aanmelding collega",
     "sender": "Gerard Pool <g.pool@werkorganisatie-duinrand.nl>",
     "body": "Goedemiddag,\n\nMijn nieuwe collega-directeur Femke Rouwenhorst wil ook graag deelnemen aan het "
             "netwerk. Haar adres is f.rouwenhorst@werkorganisatie-duinrand.nl; zij verwacht uw bericht.\n\n"
             "Met vriendelijke groet,\nGerard Pool"},
    {"id": "d56-subscribe-10", "kind": "subscribe", "subject": "graag op de hoogte blijven",
     "sender": "Rianne Koopmans <r.koopmans@samenwerkingsorganisatie-kroondal.nl>",
     "body": "Beste mensen,\n\nIk heb de brochure van het netwerk gelezen. Wilt u mij voortaan op de hoogte houden "
             "van de ateliers en wat er verder in het netwerk gebeurt?\n\nGroet,\nRianne Koopmans\n"
             "Directeur Samenwerkingsorganisatie Kroondal" + PRINT},
    {"id": "d56-subscribe-11", "kind": "subscribe", "subject": "Sign-up form",
     "sender": "Dirk Jan Mulder <dj.mulder@maaskant-oost.nl>",
     "body": "Name: Dirk Jan Mulder\nPosition: Director\nOrganisation: Dienst Maaskant-Oost (shared civil service "
             "of 3 municipalities)\nEmail: dj.mulder@maaskant-oost.nl\nRequest: membership of the network\n\n"
             "Regards,\nDJ"},
    {"id": "d56-subscribe-12", "kind": "subscribe", "subject": "aanmelden",
     "sender": "Hans Wijnbergen <h.wijnbergen@ambtelijkefusie-haarveen.nl>",
     "body": "goedemidag, graag wil ik mij aanmelen voor het netwerk van directuren. ben sinds januari "
             "directeur bij ambtenlijke fusie haarveen-linde.\nmvg hans wijnbergen" + GALAXY},
    {"id": "d56-subscribe-13", "kind": "subscribe", "thread": I, "quoted": UA, "quote": "doorgestuurd",
     "subject": f"RE: FW: {INV_SUBJ}",
     "sender": "Wouter Brandsma <w.brandsma@werkorganisatie-wadlo.nl>",
     "body": "Goedemorgen,\n\nDeze uitnodiging kreeg ik via ons secretariaat, dat hem weer van een collega had. Ik "
             "ben zelf nog geen lid van het netwerk, maar dat wil ik wel graag worden. Kunt u mij toevoegen?\n\n"
             "Met vriendelijke groet,\nWouter Brandsma\ndirecteur Werkorganisatie Wadlo"},
    {"id": "d56-subscribe-14", "kind": "subscribe", "subject": "Meedoen",
     "sender": "Saskia Oudejans <s.oudejans@werkorganisatie-rietveen.nl>",
     "body": "Ik doe graag mee aan het netwerk.\n\nSaskia Oudejans\ndirecteur bedrijfsvoering en dienstverlening\n"
             "Werkorganisatie Rietveen\n06 41 20 77 35"},
    {"id": "d56-subscribe-15", "kind": "subscribe", "subject": "Netwerk directeuren",
     "sender": "Jildou Hiemstra <j.hiemstra@werkorganisaasje-waadhoeke-east.nl>",
     "body": "Goeie,\n\nAls nije direkteur fan ús wurkorganisaasje wol ik graach by it netwurk. Oftewel: ik wil er "
             "graag bij horen en kom graag eens kijken bij zo'n atelier.\n\nMei freonlike groetnis,\n"
             "Jildou Hiemstra"},
    {"id": "d56-subscribe-16", "kind": "subscribe", "subject": "mailing list",
     "sender": "Mark de Groot <m.degroot@werkorganisatie-eemvallei.nl>",
     "body": "Please add me to the list of the directors' network. Thanks!\n\nMark" + IPHONE_EN},
    {"id": "d56-subscribe-17", "kind": "subscribe", "subject": "Deel uitmaken van het netwerk",
     "sender": "Annelies Schuurman <a.schuurman@gemeenten-brakelrietveen.nl>",
     "body": "Beste secretariaat,\n\nIn een vakblad las ik over uw netwerk en de ateliers. Daar maak ik graag deel "
             "van uit. Ik ben algemeen directeur van de ambtelijke organisatie van Brakel en Rietveen.\n\n"
             "Vriendelijke groet,\n\nAnnelies Schuurman" + DISCLAIMER},
    {"id": "d56-subscribe-18", "kind": "subscribe", "subject": "Nog plek voor een nieuwe directeur?",
     "sender": "Youri Kamphuis <y.kamphuis@werkorganisatie-peelzoom.nl>",
     "body": "Kan ik ook nog lid worden van het netwerk? Dan graag!\n\nYouri Kamphuis\nwnd. directeur "
             "Werkorganisatie Peelzoom"},

    # -- unsubscribe: leaving, erasure, hand-over, leave + decline ----------------------------------------------
    {"id": "d56-unsubscribe-01", "kind": "unsubscribe", "erase": False, "subject": "Afscheid",
     "sender": "drs. J.W. van Ommeren <jw.vanommeren@werkorganisatie-kroondal.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 mei aanstaande ga ik met pensioen. Na ruim veertig jaar in het "
             "openbaar bestuur is het mooi geweest. U kunt mijn naam dan ook van de ledenlijst van het netwerk "
             "halen. Ik dank u voor de inspirerende bijeenkomsten van de afgelopen jaren.\n\nHoogachtend,\n\n"
             "drs. J.W. van Ommeren\nalgemeen directeur"},
    {"id": "d56-unsubscribe-02", "kind": "unsubscribe", "erase": False, "subject": "Nieuwe baan",
     "sender": "Karin Schepers <k.schepers@ambtelijkeorganisatie-linderveen.nl>",
     "body": "Hoi Melanie,\n\nVanaf volgende maand werk ik bij een netbeheerder, dus buiten het openbaar bestuur. "
             "Het lidmaatschap heeft voor mij dan geen zin meer en ik stop ermee. Bedankt voor de mooie "
             "ateliers!\n\nGroetjes,\nKarin" + ANDROID},
    {"id": "d56-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": UA,
     "quote": "outlook-lijn", "subject": f"Antw: {INV_SUBJ}",
     "sender": "R. Hofman <r.hofman@gr-polderwaard.nl>",
     "body": "schrap me maar van jullie lijst, dank"},
    {"id": "d56-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": T,
     "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Evert Bosman <e.bosman@werkorganisatie-wadlo.nl>",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met\n"
             "> collega's bespreken?\n\nEerlijk gezegd kom ik er niet meer aan toe. Mijn agenda zit vol en jullie "
             "mails blijven ongelezen liggen. Ik stop dus maar met het netwerk.\n\n> Beantwoord deze e-mail met "
             "uw onderwerpen, graag vóór 21 januari 2027.\n\nEvert" + IPHONE},
    {"id": "d56-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": WK,
     "quote": "outlook-en", "sender": "Sanne Veldkamp <s.veldkamp@maaskant-oost.nl>",
     "body": "Hello,\n\nSince our organisation was split back into two separate municipal services, the network "
             "no longer applies to me. Please take me off.\n\nBest,\nSanne Veldkamp"},
    {"id": "d56-unsubscribe-06", "kind": "unsubscribe", "erase": True, "subject": "Verzoek tot verwijdering AVG",
     "sender": "mr. drs. A.C. Dijkhuizen <ac.dijkhuizen@werkorganisatie-eemvallei.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming "
             "verzoek ik u al mijn persoonsgegevens uit uw bestanden te verwijderen en mij geen berichten meer te "
             "sturen. Graag ontvang ik binnen de wettelijke termijn een bevestiging.\n\nHoogachtend,\n\n"
             "mr. drs. A.C. Dijkhuizen" + DISCLAIMER},
    {"id": "d56-unsubscribe-07", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": HR, "quote": "gmail",
     "sender": "joost <joost.lammers@ambtelijkefusie-haarveen.nl>",
     "body": "wil niks meer ontvangen en ook graag dat jullie mn gegevens wissen. thx"},
    {"id": "d56-unsubscribe-08", "kind": "unsubscribe", "erase": True, "subject": "Data removal",
     "sender": "Nadia El Idrissi <n.elidrissi@bwr-organisatie.nl>",
     "body": "Hi,\n\nPlease remove me from all your lists and delete whatever personal data you hold on me "
             "(GDPR).\n\nRegards,\nNadia El Idrissi"},
    {"id": "d56-unsubscribe-09", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": UA, "quote": "notes",
     "sender": "Frank Heijmans <f.heijmans@werkorganisatie-rietveen.nl>",
     "body": "Ik kom niet. Bovendien wil ik niet langer in uw bestand staan: vernietig alstublieft alle gegevens "
             "die u van mij hebt.\n\nF. Heijmans"},
    {"id": "d56-unsubscribe-10", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": OT,
     "quote": "notes-wrote", "sender": "Marleen Aarts <m.aarts@werkorganisatie-heuvelzoom.nl>",
     "body": "Geen onderwerpen van mijn kant. Ik vertrek op 1 juli bij de werkorganisatie en wil dat u daarna "
             "niets meer van mij bewaart, dus wis mijn gegevens maar.\n\nMarleen Aarts"},
    {"id": "d56-unsubscribe-11", "kind": "unsubscribe", "erase": False, "subject": "Overdracht lidmaatschap",
     "sender": "Gijs Wolters <g.wolters@samenwerkingsorganisatie-kroondal.nl>",
     "body": "Beste Stan,\n\nMet ingang van 1 april draag ik het stokje over aan Marloes Tjepkema "
             "(m.tjepkema@samenwerkingsorganisatie-kroondal.nl), die mij opvolgt als algemeen directeur. Wil je "
             "haar voortaan uitnodigen in plaats van mij?\n\nHartelijke groet,\nGijs"},
    {"id": "d56-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": HR,
     "quote": "outlook-en", "sender": "Peter Vermeulen <p.vermeulen@gr-polderwaard.nl>",
     "body": "Dear Stan,\n\nI am leaving Polderwaard at the end of this month. My successor, Rutger Abbink "
             "(r.abbink@gr-polderwaard.nl), will take my place in the network from then on.\n\nKind regards,\n"
             "Peter Vermeulen"},
    {"id": "d56-unsubscribe-13", "kind": "unsubscribe", "erase": False, "subject": "opvolging",
     "sender": "Erik Jansma <e.jansma@werkorganisatie-wadlo.nl>",
     "body": "Mijn opvolger wordt Anouk Brinkman, a.brinkman@werkorganisatie-wadlo.nl. Zij neemt vanaf maandag "
             "mijn plek in, ik ben dan weg.\n\nGr Erik" + GALAXY},
    {"id": "d56-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": UA,
     "quote": "outlook-nl", "sender": "Monique Laarman <m.laarman@ambtelijkeorganisatie-linderveen.nl>",
     "body": "Goedemiddag,\n\nOp 11 maart kan ik helaas niet. Daarnaast vertrek ik binnenkort bij de organisatie, "
             "dus u kunt mij ook van de ledenlijst afvoeren.\n\nMet vriendelijke groet,\nMonique Laarman\n"
             "directeur" + DISCLAIMER},
    {"id": "d56-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": HR,
     "quote": "apple", "sender": "Hugo Vink <h.vink@maaskant-oost.nl>",
     "body": "Won't make it on the 11th, and to be honest the network isn't for me anymore. Please take me off "
             "the list.\n\nHugo" + IPHONE_EN},
    {"id": "d56-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": BA,
     "quote": "groupwise", "subject": f"Re: {CONF_SUBJ}",
     "sender": "L. Kramer <l.kramer@werkorganisatie-rietveen.nl>",
     "body": "Deze aanmelding komt niet van mij."},
    {"id": "d56-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": VA,
     "quote": "outlook-nl", "sender": "Bert Nijhuis <b.nijhuis@vechtdal-noord.nl>",
     "body": "Hallo,\n\nGeen onderwerp van mij voor de volgende keer. Sinds de ontvlechting werk ik niet meer in "
             "een fusieorganisatie, dus mijn lidmaatschap mag stoppen.\n\nGroet,\nBert Nijhuis"},
    {"id": "d56-unsubscribe-18", "kind": "unsubscribe", "erase": False, "subject": "Uitschrijven a.u.b.",
     "sender": "C.M. de Bruijn <cm.debruijn@werkorganisatie-duinrand.nl>",
     "body": "Beste secretariaat,\n\nIk heb de ateliers altijd gewaardeerd, maar in mijn nieuwe functie bij de "
             "provincie past het netwerk niet meer. Wilt u mijn lidmaatschap beëindigen?\n\nVriendelijke groet,"
             "\nCarla de Bruijn"},

    # -- confirm: answers to our confirmation request ---------------------------------------------------------
    {"id": "d56-confirm-01", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Bas Meulenbelt <b.meulenbelt@werkorganisatie-heuvelzoom.nl>",
     "body": "Klopt helemaal.\n\nBas"},
    {"id": "d56-confirm-02", "kind": "confirm", "thread": C, "quoted": BA, "quote": "apple",
     "subject": f"Re: {CONF_SUBJ}", "sender": "Tom Zwiers <t.zwiers@werkorganisatie-peelzoom.nl>",
     "body": "ja dat ben ik inderdaad" + IPHONE},
    {"id": "d56-confirm-03", "kind": "confirm", "thread": C, "quoted": BA, "quote": "groupwise",
     "subject": f"Re: {CONF_SUBJ}", "sender": "P.J. Landman <p.landman@vechtdal-noord.nl>",
     "body": "Bij deze bevestigd.\n\nP.J. Landman"},
    {"id": "d56-confirm-04", "kind": "confirm", "thread": C, "quoted": BA, "quote": "notes",
     "subject": f"Antwoord: {CONF_SUBJ}", "sender": "M. Zijlstra <m.zijlstra@werkorganisatie-wadlo.nl>",
     "body": "Akkoord.\n\nM. Zijlstra"},
    {"id": "d56-confirm-05", "kind": "confirm", "thread": C, "quoted": BA, "quote": "gmail",
     "subject": f"Re: {CONF_SUBJ}", "sender": "Lotte Everaars <l.everaars@bwr-organisatie.nl>",
     "body": "prima!"},
    {"id": "d56-confirm-06", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-lijn",
     "sender": "Youri Kamphuis <y.kamphuis@werkorganisatie-peelzoom.nl>",
     "body": "👍" + ANDROID},
    {"id": "d56-confirm-07", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Wim Hofstede <w.hofstede@samenwerkingsorganisatie-kroondal.nl>",
     "body": "\n\nMet vriendelijke groet,\n\nDrs. W. (Wim) Hofstede\nAlgemeen directeur\n"
             "Samenwerkingsorganisatie Kroondal\nT 0314 36 20 00 | M 06 52 18 44 03" + DISCLAIMER},
    {"id": "d56-confirm-08", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-nl",
     "sender": "Annelies Schuurman <a.schuurman@gemeenten-brakelrietveen.nl>",
     "body": "Beste Stan en Melanie,\n\nJa hoor, dat was ik. Dank voor de snelle reactie! Op het congres in "
             "november hoorde ik enthousiaste verhalen over de ateliers, dus ik kijk er echt naar uit. En wat een "
             "weer vandaag, hè.\n\nHartelijke groet,\nAnnelies"},
    {"id": "d56-confirm-09", "kind": "confirm", "thread": C, "quoted": BA, "quote": "outlook-en",
     "sender": "Claire Oosterbaan <c.oosterbaan@gr-polderwaard.nl>",
     "body": "Yes, that's me - confirmed. Looking forward to it.\n\nClaire" + DISCLAIMER_EN},
    {"id": "d56-confirm-10", "kind": "confirm", "quoted": BA, "quote": "ongemarkeerd",
     "subject": f"Re: {CONF_SUBJ}", "sender": "Hans Wijnbergen <h.wijnbergen@ambtelijkefusie-haarveen.nl>",
     "body": "Dat is correct, de aanmelding is van mij afkomstig.\n\nHans Wijnbergen"},
    {"id": "d56-confirm-11", "kind": "confirm", "thread": C, "subject": f"RE: {CONF_SUBJ}",
     "sender": "Saskia Oudejans <s.oudejans@werkorganisatie-rietveen.nl>",
     "body": "> Beste Saskia Oudejans,\n>\n> Via s.oudejans@werkorganisatie-rietveen.nl hebben wij een aanmelding "
             "ontvangen voor het Netwerk van directeuren van ambtelijke fusieorganisaties op dit e-mailadres.\n>\n"
             "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "Ja, graag.\n\n> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8.\n\nSaskia"},
    {"id": "d56-confirm-12", "kind": "confirm", "thread": C, "quoted": HA, "quote": "notes-wrote",
     "sender": "Dirk Jan Mulder <dj.mulder@maaskant-oost.nl>",
     "body": "Sorry, die eerste mail was ondergesneeuwd. Ja, ik wil graag lid worden.\n\nDirk Jan"},
    {"id": "d56-confirm-13", "kind": "confirm", "thread": C, "quoted": BA, "quote": "doorgestuurd",
     "subject": f"RE: FW: {CONF_SUBJ}", "sender": "Wouter Brandsma <w.brandsma@werkorganisatie-wadlo.nl>",
     "body": "Klopt, dit heeft ons secretariaat voor mij geregeld. Bij deze ook van mijzelf een ja.\n\n"
             "Wouter Brandsma"},
    {"id": "d56-confirm-14", "kind": "confirm", "thread": C, "quoted": HA, "quote": "gmail",
     "subject": f"Re: Herinnering: bevestig uw aanmelding {REF}",
     "sender": "Youssef Amrani <y.amrani@werkorganisatie-duinrand.nl>",
     "body": "Yes klopt, thanks! Groet, Youssef"},
    {"id": "d56-confirm-15", "kind": "confirm", "thread": C, "quote": "none", "subject": f"Re: {CONF_SUBJ}",
     "sender": "Rianne Koopmans <r.koopmans@samenwerkingsorganisatie-kroondal.nl>",
     "body": "In orde.\n\nRianne Koopmans" + PRINT},
    {"id": "d56-confirm-16", "kind": "confirm", "subject": f"Antw: {REF}",
     "sender": "Jildou Hiemstra <j.hiemstra@werkorganisaasje-waadhoeke-east.nl>",
     "body": "jep, dat was ik. bevstigd, dank u\n\nJildou" + GALAXY},

    # -- rsvp: coming or not, with reasons, conditions and times -----------------------------------------------
    {"id": "d56-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": UA, "quote": "outlook-nl",
     "sender": "Ingrid Vos-Bakker <i.vosbakker@ambtelijkeorganisatie-linderveen.nl>",
     "body": "Beste Stan,\n\nIk ben er, maar schuif wat later aan: rond half drie, na een stuurgroepoverleg in "
             "Amersfoort.\n\nGroet,\nIngrid"},
    {"id": "d56-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": UA, "quote": "outlook-lijn",
     "sender": "drs. J.W. van Ommeren <jw.vanommeren@werkorganisatie-kroondal.nl>",
     "body": "Geachte heer Van de Laar,\n\nOp 11 maart heb ik het gesprek met de accountant over de jaarrekening. "
             "Tot mijn spijt kan ik daarom niet bij het atelier zijn.\n\nMet vriendelijke groet,\n"
             "J.W. van Ommeren" + DISCLAIMER},
    {"id": "d56-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": UA, "quote": "gmail",
     "sender": "Marjolein Haak <m.haak@werkorganisatie-duinrand.nl>",
     "body": "Tenzij er die middag onverwacht een extra raadscommissie wordt ingelast ben ik erbij. Ga daar maar "
             "van uit.\n\nMarjolein"},
    {"id": "d56-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": UA, "quote": "apple",
     "sender": "Gerard Pool <g.pool@werkorganisatie-duinrand.nl>",
     "body": "Graag! Ik moet wel om half vijf weg voor de raadsvergadering in Duinrand." + IPHONE},
    {"id": "d56-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": UA, "quote": "outlook-en",
     "sender": "Claire Oosterbaan <c.oosterbaan@gr-polderwaard.nl>",
     "body": "Unfortunately I'm on holiday that week, so I'll have to miss this one. Hope to be there next "
             "time.\n\nClaire"},
    {"id": "d56-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": UA, "quote": "outlook-nl",
     "sender": "Hendrik Terpstra <h.terpstra@werkorganisatie-eemvallei.nl>",
     "body": "Goedemorgen,\n\nZelf lukt het mij niet. Mijn plaatsvervanger Gerrit Haverkamp "
             "(g.haverkamp@werkorganisatie-eemvallei.nl) neemt mijn plek in.\n\nMet vriendelijke groet,\n"
             "Hendrik Terpstra"},
    {"id": "d56-rsvp-07", "kind": "rsvp", "attending": False, "thread": I, "quoted": BR, "quote": "outlook-nl",
     "sender": "Rianne Koopmans <r.koopmans@samenwerkingsorganisatie-kroondal.nl>",
     "body": "Beste Melanie,\n\nIk moet mijn inschrijving helaas intrekken; er is precies die middag een "
             "crisisoverleg gepland. Geef mijn plek op de wachtlijst maar aan een ander.\n\nGroet,\nRianne"},
    {"id": "d56-rsvp-08", "kind": "rsvp", "attending": True, "thread": T, "quoted": OT, "quote": "groupwise",
     "sender": "Saskia Oudejans <s.oudejans@werkorganisatie-rietveen.nl>",
     "body": "Ik heb nog geen onderwerp paraat, maar op 11 maart ben ik er zeker bij.\n\nSaskia"},
    {"id": "d56-rsvp-09", "kind": "rsvp", "attending": True, "subject": "atelier 11 maart",
     "sender": "Bas Meulenbelt <b.meulenbelt@werkorganisatie-heuvelzoom.nl>",
     "body": "Hallo,\n\nGraag schrijf ik me in voor het atelier van 11 maart in Utrecht, samen met onze "
             "concerncontroller Eva Smeets.\n\nGr,\nBas Meulenbelt"},
    {"id": "d56-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "subject": f"RE: {INV_SUBJ}",
     "sender": "Karin Schepers <k.schepers@ambtelijkeorganisatie-linderveen.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nJazeker.\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nNee, alleen.\n\nKarin"},
    {"id": "d56-rsvp-11", "kind": "rsvp", "attending": False, "thread": R, "quoted": HR, "quote": "apple",
     "sender": "Tom Zwiers <t.zwiers@werkorganisatie-peelzoom.nl>",
     "body": "moet toch afzeggen, griep. sorry!" + IPHONE},
    {"id": "d56-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": UA, "quote": "gmail",
     "sender": "Mark de Groot <m.degroot@werkorganisatie-eemvallei.nl>",
     "body": "Count me in, plus one colleague (our head of finance, Jeroen Pals).\n\nMark"},
    {"id": "d56-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": UA, "quote": "outlook-en",
     "sender": "Lotte Everaars <l.everaars@bwr-organisatie.nl>",
     "body": "Ja ik doe mee, but only online via Teams - ik zit die week in Brussel.\n\nLotte"},
    {"id": "d56-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": UA, "quote": "groupwise",
     "sender": "mr. H.A. Dekker <ha.dekker@vechtdal-noord.nl>",
     "body": "Geachte heer Van de Laar,\n\nHierbij bevestig ik mijn aanwezigheid bij het atelier van donderdag 11 "
             "maart aanstaande.\n\nHoogachtend,\n\nmr. H.A. Dekker\ngemeentesecretaris/directeur"},
    {"id": "d56-rsvp-15", "kind": "rsvp", "attending": False, "thread": I, "quoted": UA, "quote": "notes",
     "sender": "Evert Bosman <e.bosman@werkorganisatie-wadlo.nl>",
     "body": "Die donderdag heb ik de jaarlijkse sessie met de drie colleges van B&W. Helaas dus.\n\nE. Bosman"},
    {"id": "d56-rsvp-16", "kind": "rsvp", "attending": False, "thread": I, "quoted": UA, "quote": "ongemarkeerd",
     "subject": f"Re: {INV_SUBJ}", "sender": "joost <joost.lammers@ambtelijkefusie-haarveen.nl>",
     "body": "nee sorry, gaat m deze keer niet worden"},

    # -- autoreply --------------------------------------------------------------------------------------------
    {"id": "d56-autoreply-01", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": f"Automatisch antwoord: {INV_SUBJ}",
     "sender": "Monique Laarman <m.laarman@ambtelijkeorganisatie-linderveen.nl>",
     "body": "Dank voor uw bericht. Van 1 tot en met 12 maart ben ik niet op kantoor. Voor dringende zaken kunt u "
             "contact opnemen met het directiesecretariaat via 0341 27 80 00."},
    {"id": "d56-autoreply-02", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatic reply: Bevestig uw aanmelding", "sender": "Hugo Vink <h.vink@maaskant-oost.nl>",
     "body": "Thank you for your message. I am away on leave until 8 March with limited access to e-mail. Your "
             "message will not be forwarded."},
    {"id": "d56-autoreply-03", "kind": "autoreply", "headers": {"Precedence": "auto_reply"},
     "subject": "Afwezig / Out of office", "sender": "Nadia El Idrissi <n.elidrissi@bwr-organisatie.nl>",
     "body": "Ik ben afwezig tot maandag 15 maart. I am out of the office until Monday 15 March."},
    {"id": "d56-autoreply-04", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-generated"},
     "subject": "[Melding 2027-004512] Uw bericht is ontvangen",
     "sender": "Klantcontact Werkorganisatie Rietveen <noreply@werkorganisatie-rietveen.nl>",
     "body": "Geachte heer/mevrouw,\n\nUw bericht is geregistreerd onder nummer 2027-004512. U ontvangt binnen vijf "
             "werkdagen een reactie van de behandelaar.\n\nDit is een automatisch verzonden bericht; u kunt hier "
             "niet op antwoorden."},
    {"id": "d56-autoreply-05", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Dit adres is niet meer in gebruik", "sender": "directie@gemeente-ommerveen.nl",
     "body": "Sinds de vorming van de Ambtelijke organisatie Vechtdal-Noord wordt dit e-mailadres niet meer "
             "gelezen. Stuurt u uw bericht opnieuw naar info@vechtdal-noord.nl."},
    {"id": "d56-autoreply-06", "kind": "autoreply", "thread": T, "quoted": OT, "quote": "ongemarkeerd",
     "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Erik Jansma <e.jansma@werkorganisatie-wadlo.nl>",
     "body": "Bedankt voor uw e-mail. Tot en met 3 maart ben ik afwezig en lees ik mijn mail beperkt. Uw bericht "
             "wordt na mijn terugkomst behandeld."},

    # -- other: the near misses beside each act ---------------------------------------------------------------
    {"id": "d56-other-01", "kind": "other", "thread": C, "subject": f"RE: {CONF_SUBJ}",
     "sender": "Gijs Wolters <g.wolters@samenwerkingsorganisatie-kroondal.nl>",
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "Ja, dat klopt.\n\n> Zo weten we zeker dat dit e-mailadres van u is en dat u onze berichten wilt\n"
             "> ontvangen.\n\nKan ik de uitnodigingen ook op een tweede adres laten binnenkomen, dat van mijn "
             "secretaresse?\n\nGijs Wolters"},
    {"id": "d56-other-02", "kind": "other", "subject": "Vertrek directeur",
     "sender": "Anja Mensink <a.mensink@werkorganisatie-heuvelzoom.nl>",
     "body": "Goedemiddag,\n\nOnze directeur, de heer Harm Kloosterboer, is per 1 maart vertrokken. Kunt u hem van "
             "uw lijst halen?\n\nMet vriendelijke groet,\nAnja Mensink\nmanagementassistent"},
    {"id": "d56-other-03", "kind": "other", "subject": "Wie kan lid worden?",
     "sender": "Bram Hulshof <b.hulshof@werkorganisatie-peelzoom.nl>",
     "body": "Hallo,\n\nIs het netwerk ook open voor adjunct-directeuren, of alleen voor de eindverantwoordelijke "
             "directeur?\n\nGroet,\nBram Hulshof"},
    {"id": "d56-other-04", "kind": "other", "thread": R, "quoted": HR, "quote": "outlook-lijn",
     "sender": "Peter Vermeulen <p.vermeulen@gr-polderwaard.nl>",
     "body": "Beste mensen,\n\nIk krijg de laatste tijd wel erg veel mail van jullie: oproep, uitnodiging, "
             "herinnering, vervolg. Kan dat niet wat gebundeld worden? Versta me goed: ik blijf graag lid, maar "
             "mijn inbox loopt over.\n\nPeter"},
    {"id": "d56-other-05", "kind": "other", "subject": "Aanmelding namens directeur",
     "sender": "Secretariaat directie <secretariaat@werkorganisatie-eemvallei.nl>",
     "body": "Goedemorgen,\n\nNamens mevrouw Ter Horst, onze nieuwe directeur, wil ik haar graag aanmelden voor "
             "het netwerk.\n\nMet vriendelijke groet,\nPetra\nsecretariaat directie"},
    {"id": "d56-other-06", "kind": "other", "thread": C, "quoted": BA, "quote": "gmail",
     "sender": "Carla de Bruijn <cm.debruijn@werkorganisatie-duinrand.nl>",
     "body": "Ik heb mij nergens aangemeld. Hoe komt u eigenlijk aan mijn adres?\n\nC. de Bruijn"},
    {"id": "d56-other-07", "kind": "other", "subject": "Kandidatuur Adviesraad",
     "sender": "Ingrid Vos-Bakker <i.vosbakker@ambtelijkeorganisatie-linderveen.nl>",
     "body": "Beste Stan en Melanie,\n\nIk zou graag een plek in de Adviesraad innemen. Ik heb ervaring met de "
             "harmonisatie van drie gemeenten en wil die graag inzetten bij de keuze van de thema's.\n\n"
             "Met vriendelijke groet,\nIngrid Vos-Bakker"},
    {"id": "d56-other-08", "kind": "other", "subject": "Bijdrage aan uw atelier",
     "sender": "Roel Verbunt <roel@verbunt-advies.nl>",
     "body": "Geachte heer, mevrouw,\n\nVerbunt Advies begeleidt gemeenten bij ambtelijke samenwerking. Graag "
             "verzorgen wij op een van uw ateliers een interactieve sessie over sturing in fusieorganisaties. "
             "Zullen we binnenkort eens bellen?\n\nMet vriendelijke groet,\nRoel Verbunt\nVerbunt Advies BV"},
    {"id": "d56-other-09", "kind": "other", "subject": "Verzoek interview",
     "sender": "Iris Goudsmit <redactie@gemeentekrant-vakblad.nl>",
     "body": "Goedemiddag,\n\nVoor een artikel over ambtelijke fusies zoek ik een directeur die wil vertellen wat "
             "het netwerk oplevert. Kunt u mij in contact brengen met iemand?\n\nIris Goudsmit, redacteur"},
    {"id": "d56-other-10", "kind": "other", "thread": W, "quoted": WK, "quote": "apple",
     "sender": "Annelies Schuurman <a.schuurman@gemeenten-brakelrietveen.nl>",
     "body": "Dank voor het warme welkom! Fijn om erbij te horen.\n\nAnnelies" + IPHONE},
    {"id": "d56-other-11", "kind": "other", "thread": I, "quoted": UA, "quote": "notes-wrote",
     "sender": "Wim Hofstede <w.hofstede@samenwerkingsorganisatie-kroondal.nl>",
     "body": "Ik kom graag, maar mag ik ook onze portefeuillehouder bedrijfsvoering meenemen? Hij is "
             "wethouder, geen ambtenaar.\n\nWim"},
    {"id": "d56-other-12", "kind": "other", "subject": "vraag over pensioen en lidmaatschap",
     "sender": "drs. J.W. van Ommeren <jw.vanommeren@werkorganisatie-kroondal.nl>",
     "body": "Als ik volgend jaar met pensioen ga, moet ik me dan zelf afmelden of vervalt het lidmaatschap "
             "vanzelf?\n\nJ.W. van Ommeren"},
    {"id": "d56-other-13", "kind": "other", "subject": "adreswijziging collega",
     "sender": "Gerard Pool <g.pool@werkorganisatie-duinrand.nl>",
     "body": "Hoi,\n\nHet mailadres van mijn collega-directeur Jolanda Wessels is veranderd: ze zit nu op "
             "j.wessels@duinrand.nl. Kunnen jullie dat aanpassen?\n\nGerard"},
    {"id": "d56-other-14", "kind": "other", "thread": G, "quoted": AB, "quote": "outlook-nl",
     "sender": "Karin Schepers <k.schepers@ambtelijkeorganisatie-linderveen.nl>",
     "body": "Dank voor de bevestiging en voor al het goede werk. Het ga jullie goed!\n\nKarin"},
    {"id": "d56-other-15", "kind": "other", "thread": T, "quoted": VA, "quote": "outlook-lijn",
     "sender": "Hendrik Terpstra <h.terpstra@werkorganisatie-eemvallei.nl>",
     "body": "De link naar het verslag werkt bij mij niet. Kunnen jullie het als pdf sturen?\n\nHendrik"},
    {"id": "d56-other-16", "kind": "other", "subject": "question before joining",
     "sender": "Sanne Veldkamp <s.veldkamp@maaskant-oost.nl>",
     "body": "Hi,\n\nQuick question before I decide: is there a fee, and are members expected to attend every "
             "atelier?\n\nBest,\nSanne"},
]
# fmt: on
