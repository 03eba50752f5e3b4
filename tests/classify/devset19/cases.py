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
             "dus dit is mijn nieuwe adres en mijn oude mag u vergeten.\n\nWendy Kuipers\nalgemeen directeur"},
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
     "body": "Tot donderdag! Ik neem in plaats van mijn gast van de begroting een collega van HR mee, als dat "
             "mag.\n\nMet vriendelijke groet,\nFemke Dijkstra" + DISCLAIMER_NL},
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
]
# fmt: on
