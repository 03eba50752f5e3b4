"""The cases of devset19 (issue 17): mostly mail that looks like a leave of the network and is not.

Conventions as in the other sets: replies to our follow-up mail carry the thread ``call_for_themes``; a director
who "meldt zich af" for the atelier is an RSVP with ``attending`` False; a new job, retirement or sabbatical
announced without asking to leave, a wish for fewer mails, a "stop" said to one kind of mail, a question about
personal data or an access request, and a change of one's own address are ``other``. A hand-over to a named
successor is ``unsubscribe``; an AVG erasure request is ``unsubscribe`` with ``erase`` True.
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
SAMSUNG = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
DISCLAIMER_NL = (
    "\n\n---\nDe informatie in dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht "
    "ten onrechte ontvangen, verwijder het dan en stel de afzender op de hoogte. Aan dit bericht kunnen geen "
    "rechten worden ontleend."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail may contain confidential information. If you are not the intended recipient, please notify "
    "the sender and remove this message from your system."
)
GROUP_FOOTER = (
    "\n\n--\nJe hebt dit bericht ontvangen omdat je bent geabonneerd op de Google Groep 'regio-directeuren-oost'.\n"
    "Als je je wilt afmelden bij deze groep en er geen e-mails meer van wilt ontvangen, stuur je een e-mail naar "
    "regio-directeuren-oost+unsubscribe@googlegroups.com."
)
LISTSERV_FOOTER = (
    "\n\n_______________________________________________\nKennisnet-Bedrijfsvoering mailing list\n"
    "To unsubscribe, send a message with 'unsubscribe' to kennisnet-bv-request@lists.vng-kennis.nl"
)
FOOTER_QUOTE = (
    "> --\n> U ontvangt deze e-mail als lid van het Netwerk van directeuren van ambtelijke fusieorganisaties.\n"
    "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- Replies to the confirmation request ---------------------------------------------------------------
    {"id": "d19-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Wendy Kuipers <w.kuipers@werkorganisatie-duinstreek.nl>",
     "body": "Bevestigd. Ter info: ik ben per 1 februari overgestapt van Hollands Midden naar de Duinstreek, "
             "vandaar dit nieuwe adres.\n\nWendy Kuipers\nalgemeen directeur"},
    {"id": "d19-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "body": "ja hoor, graag. ik zat al op de lijst van mijn voorganger maar die is vertrokken, dus nu op eigen "
             "naam." + IPHONE},
    {"id": "d19-autoreply-01", "kind": "autoreply", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Dank voor uw bericht. Ik ben tot en met 14 januari afwezig en lees mijn mail niet. Voor dringende "
             "zaken kunt u terecht bij het bestuurssecretariaat, 0299 - 45 12 00.\n\nJeroen Bakels" + DISCLAIMER_NL},
    {"id": "d19-confirm-03", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "body": "Excuses, deze was ondergesneeuwd. Bij dezen bevestigd!\n\nMet groet,\nHarm Oosterveld"
             + DISCLAIMER_EN},
    {"id": "d19-other-01", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
     "body": "Goedemorgen,\n\nVoordat ik bevestig: wat doen jullie precies met mijn gegevens? Worden die gedeeld met "
             "het ministerie of met de VNG? Ik heb daar in mijn organisatie wat vragen over gekregen.\n\n"
             "Met vriendelijke groet,\nDrs. Paula Ten Cate\ndirecteur Werkorganisatie Twente-Noord"},
    {"id": "d19-other-02", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "body": "Hallo,\n\nKleine correctie: mijn naam is Marike, zonder 'e' na de 'a'. Verder klopt alles, maar ik "
             "wacht even met bevestigen tot de naam is aangepast, anders staat het straks verkeerd op de "
             "deelnemerslijst.\n\nGroet, Marike"},

    # -- Replies to the welcome ----------------------------------------------------------------------------
    {"id": "d19-other-03", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "body": "Dank voor het welkom. Eén verzoek: kunt u mij alleen de uitnodigingen voor de ateliers sturen en "
             "niet de overige berichten? Mijn inbox loopt over.\n\nHartelijke groet,\nSander Mulders"},
    {"id": "d19-other-04", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "body": "Nee hoor, ik blijf! Ik las de regel 'afmelden' onderaan en dacht even dat ik al was afgemeld, maar "
             "gelukkig is het een welkom. Tot in maart.\n\nLinda"},
    {"id": "d19-other-05", "kind": "other", "thread": W, "quoted": "welkom", "quote": "notes",
     "body": "Geachte heer Van de Laar,\n\nIn uw welkomstmail staat mijn functie als 'gemeentesecretaris'. Dat "
             "klopt niet meer: sinds de fusie ben ik algemeen directeur van de werkorganisatie. Wilt u dat "
             "aanpassen?\n\nHoogachtend,\nmr. G.J. (Gerrit) Schaafsma"},
    {"id": "d19-autoreply-02", "kind": "autoreply", "thread": W, "quoted": "welkom", "quote": "ongemarkeerd",
     "subject": "Out of Office: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
     "body": "I am currently on leave until 3 April with limited access to e-mail. For urgent matters please "
             "contact my office manager, Ilse Verwoerd (i.verwoerd@gr-bergenduin.nl).\n\nKind regards,\n"
             "Thomas Brink\n\nTo unsubscribe from our newsletter, reply with REMOVE in the subject line."},
    {"id": "d19-other-06", "kind": "other", "thread": W, "quoted": "welkom", "quote": "apple",
     "body": "Dank! Ik ga overigens per 1 juni met zwangerschapsverlof, tot ongeveer oktober. Moet ik dan iets "
             "doen of blijf ik gewoon lid?" + IPHONE},

    # -- Call for themes -----------------------------------------------------------------------------------
    {"id": "d19-suggestion-01", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Beste Stan,\n\nDit is mijn laatste oproep voor ik in de zomer met pensioen ga, maar ik blijf tot "
             "die tijd gewoon lid. Mijn suggestie: hoe houden we de dienstverlening aan inwoners op peil als "
             "het klantcontactcentrum van drie gemeenten wordt samengevoegd?\n\nGroet,\nAnton Veenstra"},
    {"id": "d19-suggestion-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "body": "Wat mij bezighoudt: de verwijdering van de oude afdelingsstructuur en wat dat doet met de "
             "teamleiders. Organisatieontwikkeling dus, niet zozeer de strategie.\n\nJ. Timmer"},
    {"id": "d19-other-07", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Hoi,\n\nStop alsjeblieft met het sturen van de papieren versie van het programmaboekje naar ons "
             "oude postadres, die komt hier op de stapel retourpost. Digitaal is prima.\n\nMvg\nErik Dam"},
    {"id": "d19-autoreply-03", "kind": "autoreply", "thread": T, "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "subject": "Afwezig: Welke thema's wilt u bespreken?",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben met sabbatical tot 1 september. Uw mail wordt niet doorgestuurd. Voor zaken van de directie "
             "kunt u terecht bij Kees Rutgers, k.rutgers@ozl-werkt.nl.\n\nWilt u geen berichten meer van de "
             "gemeente ontvangen? Meld u af via www.ozl-werkt.nl/afmelden."},
    {"id": "d19-other-08", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "apple",
     "body": "Ik heb geen thema, ik ga vanaf volgende maand een half jaar op sabbatical. Kunnen jullie de mail "
             "tot januari even op pauze zetten? Daarna wil ik gewoon weer meedoen.\n\nEsther"},
    {"id": "d19-suggestion-03", "kind": "suggestion", "themes": ["samenwerking", "strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "body": "Dank voor het verslag. Voor de volgende keer: de koers van de samenwerking op lange termijn. Wat "
             "als één van de drie gemeenten eruit wil stappen? Daar willen wij graag met collega's over "
             "sparren.\n\nMet vriendelijke groet,\nHenk-Jan Smeets\ndirecteur BAR-Zuid"},
    {"id": "d19-other-09", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "groupwise",
     "body": "In het verslag staat dat ik van 'gemeente Oostervliet' ben, maar dat moet Werkorganisatie "
             "Oostervliet-Zeeburg zijn. Wilt u dat nog corrigeren voordat het verder gaat?\n\nR. Valk"},

    # -- Invitation ----------------------------------------------------------------------------------------
    {"id": "d19-rsvp-01", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "subject": "Afmelding MT voor donderdag 11 maart",
     "body": "Beste secretariaat,\n\nWij melden ons als voltallig MT af voor donderdag; er is die middag een "
             "extra raadsvergadering over de begroting. Volgende keer hopelijk weer.\n\nNamens het MT,\n"
             "Ingrid Post, algemeen directeur"},
    {"id": "d19-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Goedemiddag,\n\nNamens onze directeur, de heer Van Rijswijk, meld ik hem af voor het atelier. Hij is "
             "die week met vakantie. Lid blijft hij uiteraard.\n\nMet vriendelijke groet,\nAnja Mol\n"
             "managementassistent"},
    {"id": "d19-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "> Afmelden? Antwoord op deze e-mail met 'afmelden'\n\nHaha nee, geen afmelding! Ik kom juist graag. "
             "Zet me maar op de lijst.\n\nGr Bart"},
    {"id": "d19-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Corinne Vd Berg <c.vdberg@werkorg-waterland.nl>",
     "body": "Ik ben er bij.\n\nCorinne" + GROUP_FOOTER},
    {"id": "d19-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Hi, I'm afraid I'll have to pass this time, I start my new job at the province that same week. "
             "But I'll stay on the list: the province works closely with fusieorganisaties.\n\nBest, Saskia"},
    {"id": "d19-other-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "body": "Ik ga per 1 mei met pensioen. Kan ik het atelier van maart nog bijwonen, of is het netwerk alleen "
             "voor zittende directeuren? Ik laat het graag aan jullie over." + IPHONE},
    {"id": "d19-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "body": "Aanmelden voor het atelier: ja.\n\nH. de Groot" + LISTSERV_FOOTER},
    {"id": "d19-other-11", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "body": "Beste mensen,\n\nKunnen jullie stoppen met de agenda-bijlage in de uitnodigingen? Ons systeem zet "
             "die automatisch als 'geaccepteerd' in mijn agenda terwijl ik nog niet weet of ik kan. De "
             "uitnodigingen zelf wil ik wel blijven ontvangen.\n\nMet vriendelijke groet,\nMaarten Wolters"},
    {"id": "d19-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "subject": "RE: uitnodiging - graag uitschrijven",
     "body": "Goedemiddag,\n\nIk kom niet, en ik wil ook van de ledenlijst af: na twaalf jaar fusieorganisatie "
             "ga ik terug naar het onderwijs. Dank voor alle mooie ateliers.\n\nHartelijke groet,\nMonique Bosch"},
    {"id": "d19-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "Per 1 maart draag ik het stokje over aan Yvonne Hazelaar, onze nieuwe algemeen directeur "
             "(y.hazelaar@dewolden-hoogeveen.nl). Wilt u haar voortaan uitnodigen in plaats van mij?\n\n"
             "Met vriendelijke groet,\nKlaas Hulshof"},

    # -- Reminder ------------------------------------------------------------------------------------------
    {"id": "d19-other-12", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "body": "Hoi, die herinneringen mogen voor mij voortaan achterwege blijven, ik zet het zelf in mijn agenda. "
             "Ik kom gewoon, hoor.\n\nGroet, Peter"},
    {"id": "d19-rsvp-07", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Helaas, ik moet me toch afmelden voor donderdag. Ziek thuis. Mijn gast komt dan ook niet." + IPHONE},
    {"id": "d19-autoreply-04", "kind": "autoreply", "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd", "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Thank you for your message. I no longer work at Werkorganisatie Lingewaal. Your e-mail has not "
             "been forwarded. Please remove this address from your mailing lists and contact "
             "info@werkorganisatie-lingewaal.nl instead."},
    {"id": "d19-rsvp-08", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn",
     "body": "Tot donderdag! Ik ben er, samen met mijn gast.\n\nMet vriendelijke groet,\nFemke Dijkstra"
             + DISCLAIMER_NL},
    {"id": "d19-other-13", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "gmail",
     "body": "Ik kreeg deze herinnering nu drie keer, op drie verschillende adressen. Kan het bij één blijven? "
             "Graag alleen nog op dit adres.\n\nthx, Roel"},

    # -- Waiting list and other invitation-thread notices --------------------------------------------------
    {"id": "d19-rsvp-09", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl",
     "body": "Haal me maar van de wachtlijst af, ik heb die middag inmiddels iets anders gepland. Volgende "
             "keer beter!\n\nGroet,\nLotte"},
    {"id": "d19-other-14", "kind": "other", "thread": I, "quoted": "bevestiging_rsvp", "quote": "gmail",
     "body": "Plaats 2 op de wachtlijst, hoe groot is de kans dat ik er nog in kom? Ik moet het weten voor "
             "de planning van mijn team.\n\nMvg Dennis"},
    {"id": "d19-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl",
     "body": "De nieuwe datum komt mij zelfs beter uit. Ik blijf aangemeld.\n\nW. Snijders"},
    {"id": "d19-rsvp-11", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-en",
     "body": "Op 18 maart kan ik helaas niet, dus ik trek mijn aanmelding voor het atelier in. Lid blijf ik "
             "natuurlijk wel.\n\nGr, Jolanda"},

    # -- Goodbye -------------------------------------------------------------------------------------------
    {"id": "d19-other-15", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "body": "Prima, dank voor de bevestiging en voor de fijne jaren. Het ga jullie goed!\n\nHans"},
    {"id": "d19-unsubscribe-03", "kind": "unsubscribe", "erase": True, "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "gmail",
     "body": "Klopt, dat was de bedoeling. Willen jullie dan ook mijn naam, adres en de rest uit jullie "
             "bestanden verwijderen? Op grond van de AVG wil ik dat er niets van mij achterblijft.\n\nAstrid"},

    # -- New mail: jobs, retirement, leave -----------------------------------------------------------------
    {"id": "d19-other-16", "kind": "other", "thread": None, "subject": "Nieuwe functie",
     "body": "Beste netwerk,\n\nVanaf 1 april ben ik algemeen directeur van de werkorganisatie Midden-Delfland/"
             "Westland-Noord. Mijn e-mailadres blijft voorlopig hetzelfde. Ik zie jullie graag bij het "
             "volgende atelier.\n\nHartelijke groet,\nNadia el Amrani"},
    {"id": "d19-other-17", "kind": "other", "thread": None, "subject": "Pensioen - en nu?",
     "body": "Geacht secretariaat,\n\nPer 1 juli ga ik met pensioen. Mag ik als oud-directeur lid blijven van het "
             "netwerk, of gaat dat automatisch over op mijn opvolger, die nog niet bekend is? Ik hoor graag "
             "hoe dat werkt.\n\nHoogachtend,\nJ.W. (Jan-Willem) Vos"},
    {"id": "d19-other-18", "kind": "other", "thread": None, "subject": "Verhuizing",
     "sender": "Bram Hoekman <b.hoekman@gr-kromme-rijn.nl>",
     "body": "Goedemorgen,\n\nOns kantoor verhuist: het nieuwe bezoekadres is Stationsplein 4, Houten. Mijn mail "
             "verandert ook: vanaf 1 maart b.hoekman@kromme-rijn-werkt.nl. Wilt u dat doorvoeren?\n\n"
             "Met vriendelijke groet,\nBram Hoekman"},
    {"id": "d19-other-19", "kind": "other", "thread": None, "subject": "Inzageverzoek AVG",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 15 AVG verzoek ik u mij een overzicht te sturen van de "
             "persoonsgegevens die u van mij verwerkt, het doel daarvan en met wie u ze deelt.\n\n"
             "Met vriendelijke groet,\nmr. drs. E.M. Kok\ndirecteur Werkorganisatie Hof van Twente-Rijssen"},
    {"id": "d19-other-20", "kind": "other", "thread": None, "subject": "vraag over gegevens",
     "body": "hoi, wat gebeurt er eigenlijk met mijn gegevens als ik ooit zou stoppen? blijven die dan bij "
             "jullie staan? ik vraag het voor ons privacybeleid, ik ga niet weg hoor\n\nsanne" + SAMSUNG},
    {"id": "d19-other-21", "kind": "other", "thread": None, "subject": "Minder mail graag",
     "body": "Beste secretariaat,\n\nIk waardeer het netwerk zeer, maar ontvang wel erg veel berichten. Is het "
             "mogelijk alleen de uitnodigingen te krijgen, en de oproepen en herinneringen niet?\n\n"
             "Vriendelijke groet,\nTineke Brouwers"},
    {"id": "d19-other-22", "kind": "other", "thread": None, "subject": "Sabbatical",
     "body": "Beste Melanie,\n\nVan september tot en met februari ben ik met onbetaald verlof om te schrijven aan "
             "een boek over regionale samenwerking. Zou je in die periode geen mail naar mij willen sturen? "
             "Mijn lidmaatschap wil ik graag houden.\n\nGroet,\nFloris Verhagen"},
    {"id": "d19-other-23", "kind": "other", "thread": None, "subject": "Re: afmelden?",
     "body": "> Afmelden? Antwoord op deze e-mail met 'afmelden'\n\nNee hoor, ik blijf. Mijn collega vroeg of ik "
             "eruit wilde omdat ik van functie wissel, maar ik blijf directeur van dezelfde werkorganisatie.\n\n"
             "Ruben"},
    {"id": "d19-other-24", "kind": "other", "thread": None, "subject": "New role",
     "sender": "Emma Schouten <e.schouten@wo-zuidkennemerland.nl>",
     "body": "Dear secretariat,\n\nJust a short note that I have moved into the role of interim director for "
             "another six months. Please keep me on the network, nothing needs to change.\n\nKind regards,\n"
             "Emma Schouten"},
    {"id": "d19-other-25", "kind": "other", "thread": None, "subject": "Verkeerde naam in aanhef",
     "body": "Beste secretariaat,\n\nIn alle mails staat 'Beste Marieke de Vries-Ölçer', maar ik ben Marieke "
             "de Vries. Mijn meisjesnaam mag eraf. Verder is alles prima.\n\nGroet, Marieke"},
    {"id": "d19-autoreply-05", "kind": "autoreply", "thread": None, "subject": "Afwezigheidsbericht",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Beste afzender,\n\nIk ben met verlof tot maandag 12 mei. Uw bericht wordt na mijn terugkomst "
             "gelezen.\n\nWilt u onze nieuwsbrief niet meer ontvangen? Klik dan op 'afmelden' onderaan de "
             "nieuwsbrief.\n\nMarjolein de Wit" + DISCLAIMER_NL},
    # -- More look-alikes: digest, other lists, footers, MT --------------------------------------------------
    {"id": "d19-other-26", "kind": "other", "thread": None, "subject": "RE: Weekoverzicht netwerk",
     "body": "Stop maar met dat weekoverzicht, ik lees het toch niet. De uitnodigingen wil ik wel houden.\n\n"
             "Gr. Michiel" + IPHONE},
    {"id": "d19-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "body": "Thema-idee: de balie. Hoe organiseer je één loket voor inwoners als elke gemeente haar eigen "
             "openingstijden wil houden?\n\nMarco" + LISTSERV_FOOTER},
    {"id": "d19-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Geacht secretariaat,\n\nDe directie van de Werkorganisatie Westerkwartier-Zuid meldt zich af voor "
             "het atelier van 11 maart. Beide directeuren zijn die dag bij de provincie.\n\nHoogachtend,\n"
             "namens de directie,\nC. Wierenga, bestuurssecretaris"},
    {"id": "d19-rsvp-13", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nMijn plaatsvervanger, Jeroen Hofstede, gaat in mijn plaats. Ik moet mij helaas "
             "terugtrekken vanwege een crisisoverleg.\n\nMet vriendelijke groet,\nAnnelies van Vliet"},
    {"id": "d19-other-27", "kind": "other", "thread": None, "subject": "FW: afmelden",
     "body": "Ik kreeg onderstaande mail van een collega-lijst en wist niet zeker of het om jullie ging. Ik wil "
             "daar wel af, maar bij jullie graag blijven. Klopt het dat dit niet van jullie komt?\n\n"
             "Karin\n\n---------- Doorgestuurd bericht ----------\nVan: Platform Bedrijfsvoering "
             "<nieuws@platform-bv.nl>\nOnderwerp: Wilt u zich afmelden?\n\nU ontvangt deze nieuwsbrief als "
             "abonnee. Afmelden kan via de link onderaan."},
    {"id": "d19-other-28", "kind": "other", "thread": None, "subject": "Verlof",
     "sender": "Daan Ruiter <d.ruiter@werkorganisatie-vijfheerenlanden-oost.nl>",
     "body": "Dag secretariaat,\n\nIk ben vanaf half mei drie maanden met ouderschapsverlof. Mijn "
             "loco-directeur neemt dan waar. Ik blijf lid; willen jullie de uitnodiging voor het najaar dan "
             "ook naar haar sturen, Mirjam de Jager (m.dejager@werkorganisatie-vijfheerenlanden-oost.nl)?\n\n"
             "Groeten, Daan"},
    {"id": "d19-other-29", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-lijn",
     "body": "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
             "\n\nNee, juist niet :) Maar mag mijn secretaresse ook de mails krijgen? Zij beheert mijn agenda."
             "\n\nGroet, Wim"},
    {"id": "d19-autoreply-06", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Vanaf 1 januari ben ik niet meer werkzaam bij de gemeente. Mail voor de directie kunt u sturen "
             "naar directie@wo-altena.nl. Dit bericht wordt niet doorgestuurd en binnenkort verwijderd."},
    {"id": "d19-autoreply-07", "kind": "autoreply", "thread": R, "quoted": "herinnering_atelier",
     "quote": "ongemarkeerd", "subject": "Automatisch antwoord: Herinnering",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Hallo,\n\nIk ben op cursus en lees mijn mail beperkt.\n\nGroet,\nPieter Blom\n\n"
             "Gemeente Noordoost-Polder werkt samen | Ontvangt u liever geen berichten van ons? Antwoord met "
             "'uitschrijven'."},
    {"id": "d19-other-30", "kind": "other", "thread": None, "subject": "Afmelden lunch",
     "body": "Beste Melanie,\n\nVoor de lunch bij het atelier hoef ik niet te worden meegeteld, ik kom pas om "
             "14.00 uur. Vanaf dan ben ik er gewoon.\n\nGr, Hilde"},
    {"id": "d19-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "Meld mij maar aan, de afmelding van vorige week trek ik in: het raadsdebat is verplaatst." + IPHONE},
    {"id": "d19-other-31", "kind": "other", "thread": None, "subject": "Postadres",
     "body": "Geacht secretariaat,\n\nWilt u de papieren uitnodigingen voortaan sturen naar Postbus 210, 8530 AE "
             "Lemmer? Het oude adres vervalt.\n\nMet vriendelijke groet,\nS. Visser"},
    {"id": "d19-other-32", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "body": "Mooi verslag. Eén ding: mijn naam staat er als 'Van Dijck' in, dat is Van Dijk. En ik ga wel "
             "weg bij de gemeente, maar naar de buren; ik blijf dus directeur van een fusieorganisatie en "
             "lid.\n\nLeon"},
    {"id": "d19-other-33", "kind": "other", "thread": C, "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
     "body": "Ik heb mij niet aangemeld. Wie heeft dit gedaan? Voordat ik iets bevestig wil ik dat graag weten."
             "\n\nMet vriendelijke groet,\nA. Jansen-Oudshoorn"},
    {"id": "d19-rsvp-15", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "subject": "Afmelding atelier 11/3",
     "body": "Hierbij meld ik mij af voor 11 maart.\n\nJ. Pranger\ndirecteur\nT 0345 - 62 18 00"},
    {"id": "d19-other-34", "kind": "other", "thread": None, "subject": "stop",
     "body": "stop met bellen aub, ik heb al drie keer een voicemail van jullie gehad over de enquête. mail "
             "is prima.\n\nrob"},
    {"id": "d19-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-lijn",
     "body": "Nog een aanvulling: de uitstroom van ervaren medewerkers door vergrijzing. Ik ga zelf volgend "
             "jaar met pensioen, dus ik weet waarover ik praat.\n\nGerda"},
    {"id": "d19-other-35", "kind": "other", "thread": None, "subject": "Uitschrijven andere lijst",
     "body": "Hallo, ik moet mij uitschrijven voor de nieuwsbrief van de VDP, maar weet niet hoe. Jullie zijn "
             "toch van hetzelfde bureau? Bij jullie netwerk blijf ik liever.\n\nGroet, Jaap"},
    {"id": "d19-other-36", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
     "body": "Kunnen jullie mij i.p.v. de wethouder in de cc zetten? Die krijgt nu alles mee en wil ervan af. "
             "Zelf blijf ik natuurlijk.\n\nMvg Joost"},

    # -- Real leaves -----------------------------------------------------------------------------------------
    {"id": "d19-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Graag uitschrijven",
     "body": "Beste secretariaat,\n\nMet ingang van volgende maand werk ik niet meer voor een gemeente. Wilt u "
             "mij uit het netwerk halen?\n\nDank en groet,\nMarijke Heemskerk"},
    {"id": "d19-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "afmelden\n\n(voor het netwerk, niet alleen voor het atelier; ik ben per 1/4 weg bij de gemeente)"},
    {"id": "d19-unsubscribe-06", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek tot verwijdering persoonsgegevens",
     "body": "Geacht secretariaat,\n\nHierbij beëindig ik mijn lidmaatschap van het netwerk. Tevens verzoek ik "
             "u, op grond van artikel 17 AVG, alle persoonsgegevens die u van mij bewaart te wissen.\n\n"
             "Hoogachtend,\nir. L.P. Mertens"},
    {"id": "d19-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Opvolging",
     "sender": "Gijs Bouwman <g.bouwman@werkorganisatie-beemster-purmer.nl>",
     "body": "Beste Stan en Melanie,\n\nIk vertrek per 1 mei. Mijn opvolger is Fatima Ouali; zij neemt mijn "
             "plek in het netwerk over en is te bereiken via f.ouali@werkorganisatie-beemster-purmer.nl.\n\n"
             "Dank voor de prettige samenwerking,\nGijs"},
    {"id": "d19-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Please remove me", "sender": "Oliver Reinders <o.reinders@wo-heuvelrug.nl>",
     "body": "Hello,\n\nI have accepted a position abroad and will leave the organisation next week. Please take "
             "me off the network's mailing list.\n\nThank you for everything,\nOliver"},
    {"id": "d19-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en",
     "body": "Ik kom niet meer, en voortaan helemaal niet: ik stop met het netwerk. Haal me van de lijst.\n\nEdwin"},
    {"id": "d19-unsubscribe-10", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Geen thema's van mijn kant. Ik ben gestopt als directeur en wil niet langer in uw bestand staan. "
             "Wist u mijn gegevens volledig?\n\nMet vriendelijke groet,\nB. Kramer" + DISCLAIMER_NL},
    {"id": "d19-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "apple",
     "body": "Oei, dit was een vergissing: ik ben geen directeur maar beleidsmedewerker. Schrijf me maar weer "
             "uit." + IPHONE},
    {"id": "d19-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Afmelden netwerk",
     "body": "Hallo,\n\nWillen jullie mij afmelden voor het netwerk? Ik ga met pensioen en heb mijn laatste "
             "werkdag achter de rug.\n\nHet ga jullie goed,\nTruus Wagenaar"},
    {"id": "d19-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Beste secretariaat,\n\nDe fusie van onze gemeenten is teruggedraaid; er is geen werkorganisatie meer "
             "en dus ook geen rol voor mij in dit netwerk. Ik zeg mijn lidmaatschap op, en kom dus ook niet "
             "naar het atelier.\n\nMet vriendelijke groet,\nHenriëtte Doorn"},
    {"id": "d19-unsubscribe-14", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap",
     "body": "Goedemiddag,\n\nVanaf 15 juni is Ruud Hermans (r.hermans@gemeenten-lochem-zutphen.nl) de nieuwe "
             "directeur. Hij vervangt mij in het netwerk; mijn naam mag van de lijst.\n\nVriendelijke groet,\n"
             "Carla Meijerink"},
    {"id": "d19-unsubscribe-15", "kind": "unsubscribe", "erase": True, "thread": None, "subject": "GDPR",
     "sender": "Nina Faber <n.faber@wo-rijnwaarden.nl>",
     "body": "Dear secretariat,\n\nPlease end my membership and erase all personal data you hold on me, in line "
             "with the GDPR (right to erasure).\n\nRegards,\nNina Faber" + DISCLAIMER_EN},
    {"id": "d19-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise",
     "body": "GRAAG MIJN LIDMAATSCHAP BEEINDIGEN. IK BEN NIET MEER IN FUNCTIE.\n\nT. BOS"},
    {"id": "d19-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "body": "Goedemorgen,\n\nIk bevestig dit niet: ik ben van baan veranderd en het netwerk is niet meer voor mij. "
             "Wilt u mij uit uw lijst halen?\n\nMet vriendelijke groet,\nK. Dekker"},
    {"id": "d19-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "uit het netwerk",
     "body": "hoi, ik wil uit het netwerk. te weinig tijd, te veel andere overleggen. geen kwaad bloed hoor\n\n"
             "greetz, bas" + SAMSUNG},
    {"id": "d19-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-nl",
     "body": "Bedankt voor het verslag. Dit was voor mij het laatste atelier: ik verlaat de werkorganisatie en "
             "geef mijn plaats in het netwerk door aan mijn opvolger, Niels Verbrugge "
             "(n.verbrugge@werkorganisatie-bommelerwaard.nl).\n\nHartelijke groet,\nAnneke Scholten"},
    {"id": "d19-unsubscribe-20", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Afmelden en gegevens wissen",
     "body": "Beste mensen,\n\nGraag afmelden, en gooi meteen alles weg wat jullie van mij hebben (naam, "
             "adres, telefoonnummer, deelnamelijsten). Ik beroep mij op de AVG.\n\nGroet,\nFrits Lammers"},
    {"id": "d19-unsubscribe-21", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Lidmaatschap opzeggen",
     "body": "Geacht secretariaat,\n\nNa rijp beraad heb ik besloten mijn lidmaatschap van het netwerk op te "
             "zeggen. De ateliers passen niet meer bij de fase waarin onze organisatie zit.\n\nHoogachtend,\n"
             "drs. W.A. Hoogendoorn\nalgemeen directeur"},
    {"id": "d19-unsubscribe-22", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Beste,\n\nIk ben sinds januari gemeentesecretaris van een zelfstandige gemeente en zit dus niet meer "
             "in een fusieorganisatie. Ik meld me af voor het netwerk.\n\nGroet,\nY. Kuiper"},
    {"id": "d19-unsubscribe-23", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Unsubscribe - leaving", "sender": "Ravi Mahabier <r.mahabier@wo-hollandsekroon.nl>",
     "body": "Hi both,\n\nI'm retiring at the end of the month, so please unsubscribe me from the network. My "
             "successor hasn't been appointed yet; HR will be in touch.\n\nAll the best,\nRavi"},
    {"id": "d19-unsubscribe-24", "kind": "unsubscribe", "erase": True, "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-lijn",
     "body": "Dank voor de bevestiging. Ik verzoek u daarnaast mijn persoonsgegevens te verwijderen (AVG art. 17)."
             "\n\nMet vriendelijke groet,\nD. van Oosten"},
    {"id": "d19-unsubscribe-25", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Vertrek",
     "body": "Beste Stan,\n\nMijn laatste dag als directeur is vrijdag. Mijn collega Ellen de Ruyter "
             "(e.deruyter@samenwerkingkempen.nl) neemt het over, ook in het netwerk. Zet haar maar op de lijst "
             "in mijn plaats.\n\nGroet,\nPaul Swinkels"},
    {"id": "d19-unsubscribe-26", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-en",
     "body": "Thanks, but on reflection I'd rather not be a member. Please cancel my membership.\n\nJane van Houten"},
    {"id": "d19-unsubscribe-27", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Remove from directors network", "sender": "Tom Hendrix <t.hendrix@wo-peelland.nl>",
     "body": "Kindly remove me from the directors' network, I've left local government for a job at a bank.\n\n"
             "Cheers,\nTom"},
    {"id": "d19-unsubscribe-28", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Einde lidmaatschap",
     "body": "Moi,\n\nIk hou ermee op. Na dertig jaar bij de gemeente ga ik genieten van mijn pensioen. "
             "Schrijf mij uit, alsjeblieft.\n\nGroetjes út Grins,\nAlbert Zuidema"},
    {"id": "d19-unsubscribe-29", "kind": "unsubscribe", "erase": True, "thread": None, "subject": "AVG",
     "body": "Beëindig mijn lidmaatschap en verwijder mijn gegevens uit al uw systemen, graag met een "
             "bevestiging dat dit gebeurd is.\n\nM. Aarts" + SAMSUNG},
    {"id": "d19-unsubscribe-30", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes-wrote",
     "body": "Ik ben er niet bij en wil ook geen uitnodigingen meer; haal mij uit het ledenbestand.\n\n"
             "L. Groenewegen" + DISCLAIMER_NL},
    {"id": "d19-unsubscribe-31", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelding netwerk directeuren",
     "body": "Beste secretariaat,\n\nIk neem per 1 september afscheid van de werkorganisatie en daarmee ook van "
             "het netwerk. Graag uitschrijven.\n\nHartelijke groet,\nSuzanne Wijnands" + GROUP_FOOTER},
    {"id": "d19-unsubscribe-32", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "apple",
     "body": "Geen thema's meer van mij: ik zeg het lidmaatschap op. Succes met de ateliers!" + IPHONE},
    {"id": "d19-unsubscribe-33", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Opvolger netwerk", "sender": "Hanneke Bruins <h.bruins@werkorganisatie-cranendonck.nl>",
     "body": "Geachte heer Van de Laar,\n\nPer 1 oktober word ik opgevolgd door de heer Koen Lemmens "
             "(k.lemmens@werkorganisatie-cranendonck.nl). Graag draag ik mijn lidmaatschap aan hem over.\n\n"
             "Met vriendelijke groet,\nHanneke Bruins"},
    {"id": "d19-unsubscribe-34", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelden s.v.p.",
     "body": "> Afmelden? Antwoord op deze e-mail met 'afmelden'\n\nJa, afmelden graag. Ik ga met sabbatical "
             "en kom daarna niet terug in deze functie.\n\nMirjam"},
    # -- Late additions: more look-alikes ------------------------------------------------------------------
    {"id": "d19-autoreply-08", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Ik ben niet meer in dienst van de Werkorganisatie Zaanstreek-Noord. Verwijder dit adres a.u.b. uit "
             "uw verzendlijst; uw bericht is niet doorgestuurd."},
    {"id": "d19-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn",
     "body": "Bij dezen bevestigd. (De afmeldregel onder mijn mail komt van een andere lijst, die kunt u "
             "negeren.)\n\nMvg,\nJudith Smit" + LISTSERV_FOOTER},
    {"id": "d19-rsvp-16", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nDirk vroeg mij te gaan, maar ik kan op 11 maart ook niet. Ik meld mij dus af.\n\n"
             "Met vriendelijke groet,\nMarieke"},
    {"id": "d19-other-37", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "gmail",
     "body": "Jammer! Laat het weten als er een nieuwe datum is, ik blijf graag op de hoogte.\n\nGr Ilona"},
    {"id": "d19-other-38", "kind": "other", "thread": None, "subject": "Afscheid en nieuwe start",
     "body": "Beste collega's van het netwerk,\n\nNa zes jaar neem ik afscheid van de Werkorganisatie De Kempen. "
             "Per 1 juni start ik als directeur bij de Werkorganisatie Maas en Waal, dus ik blijf jullie "
             "tegenkomen. Mijn nieuwe adres: l.peters@maasenwaal-werkt.nl.\n\nHartelijke groet,\nLieke Peters"},
    {"id": "d19-other-39", "kind": "other", "thread": None, "subject": "Typo in my title",
     "sender": "Mark de Boer <m.deboer@wo-aaenhunze.nl>",
     "body": "Hi, small thing: the attendee list says 'Directer' under my name. Could you fix that? Otherwise "
             "all good.\n\nMark"},
    {"id": "d19-other-40", "kind": "other", "thread": None, "subject": "Enquête",
     "body": "Wij melden ons af voor de enquête over de ateliers: ons MT heeft er geen tijd voor. Aan het "
             "netwerk doen we natuurlijk gewoon mee.\n\nNamens de directie,\nW. Hazeleger"},
    {"id": "d19-other-41", "kind": "other", "thread": None, "subject": "Langdurig afwezig",
     "body": "Geacht secretariaat,\n\nIk ben voor langere tijd uitgeschakeld door ziekte. Mijn waarnemer, "
             "mevrouw Tjeerdsma, zou de uitnodigingen graag ontvangen zolang ik afwezig ben. Kan dat?\n\n"
             "Met vriendelijke groet,\nR.J. Terpstra"},
    {"id": "d19-suggestion-06", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Schrap wat mij betreft de samenwerking als thema, die hebben we vaak genoeg gehad. Mijn voorstel: "
             "de strategische positie van de werkorganisatie tegenover provincie en regio in de komende "
             "tien jaar.\n\nGroet,\nSjoerd Hettema"},
    {"id": "d19-rsvp-17", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn",
     "body": "Mijn gast kan niet mee, dus die mag eraf. Zelf kom ik wel.\n\nMvg Jorien"},
    {"id": "d19-other-42", "kind": "other", "thread": None, "subject": "RE: Maandoverzicht ateliers",
     "body": "Dit overzicht hoeft niet meer naar mijn privéadres, alleen nog naar mijn werkadres graag. Bedankt!"
             "\n\nHenk" + IPHONE},
]
# fmt: on
