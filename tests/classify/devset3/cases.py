"""The third labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Replies to our follow-up mail (vervolg_atelier) carry the thread ``call_for_themes``, as ingest's THREAD_PURPOSES
maps it; replies to our goodbye (afmelding_bevestigd) carry ``goodbye``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

# Footers as municipal mail servers and people append them: their words ("verwijderen", "vernietigen") are not
# the writer's request.
GEMEENTE = (
    "\n\n________________________________\nDisclaimer: de informatie in dit e-mailbericht is uitsluitend bestemd "
    "voor de geadresseerde(n). Heeft u dit bericht onbedoeld ontvangen, meld dit dan aan de afzender en "
    "vernietig het bericht. De gemeente aanvaardt geen aansprakelijkheid voor schade door het gebruik van "
    "elektronische post."
)
WERKORGANISATIE = (
    "\n\nBezoekadres: Raadhuisplein 1, 6851 AS Huissen | Postadres: Postbus 100\n"
    "Ik werk op maandag, dinsdag en donderdag.\n"
    "Dit e-mailbericht is vertrouwelijk. Bent u niet de bedoelde ontvanger, verwijder het dan en stel de "
    "afzender op de hoogte. Wij verwerken persoonsgegevens volgens de AVG; zie onze privacyverklaring op de "
    "website."
)
CONFIDENTIAL = (
    "\n\nCONFIDENTIALITY NOTICE: This message may contain privileged information. If you are not the intended "
    "recipient, please delete it and inform the sender. Unsubscribing from this notice is not possible."
)
TELEFOON = "\n\nVerstuurd vanaf mijn telefoon, excuus voor de tikfouten"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- sign-ups -------------------------------------------------------------------------------------------
    {"id": "d3-sub-01", "kind": "subscribe", "subject": "Lidmaatschap netwerk",
     "body": "Geacht secretariaat,\n\nPer 1 februari ben ik gestart als algemeen directeur van de ambtelijke "
             "organisatie van de gemeenten Zeewolde en Dronten. Via mijn voorganger hoorde ik over uw netwerk. "
             "Hierbij meld ik mij graag aan als lid.\n\nMet vriendelijke groet,\n\ndrs. M.A. (Maarten) Kuipers\n"
             "Algemeen directeur\nT 0321 33 33 33" + GEMEENTE},
    {"id": "d3-sub-02", "kind": "subscribe", "subject": "Aanmelding mw. Schouten",
     "sender": "Jolanda Verhoef <j.verhoef@dw-werkorganisatie.nl>",
     "body": "Goedemorgen,\n\nNamens mevrouw drs. E. Schouten, directeur van de Werkorganisatie Druten-Wijchen, "
             "meld ik haar aan voor het netwerk. Haar e-mailadres is e.schouten@dw-werkorganisatie.nl. Wilt u de "
             "bevestiging rechtstreeks naar haar sturen?\n\nMet vriendelijke groet,\n\nJolanda Verhoef\n"
             "Managementassistente directie\n(aanwezig ma-di-do)"},
    {"id": "d3-sub-03", "kind": "subscribe", "subject": "Aanmelding netwerk directeuren",
     "body": "Aanmelding\n\nNaam:\t\tFatima el Idrissi\nFunctie:\tdirecteur publiekszaken en bedrijfsvoering\n"
             "Organisatie:\tBAR-organisatie\nE-mail:\t\tf.elidrissi@bar-organisatie.nl\nOpmerking:\tgraag ook "
             "de uitnodigingen voor de ateliers"},
    {"id": "d3-sub-04", "kind": "subscribe", "subject": "Membership network of directors",
     "body": "Dear secretariat,\n\nI am the new chief operating officer of a joint civil service organisation "
             "serving two municipalities in Limburg. A colleague recommended your network; could you please "
             "register me as a member? You can use this address.\n\nKind regards,\nSophie Laurent"
             + CONFIDENTIAL},
    {"id": "d3-sub-05", "kind": "subscribe", "subject": "aanmelden",
     "body": "graag aanmelden als lid vh netwerk" + TELEFOON},
    {"id": "d3-sub-06", "kind": "subscribe", "subject": "meedoen!",
     "body": "Hoi Stan,\n\nNa ons gesprek op de VGS-dag ben ik echt enthousiast geworden. Ik wil graag meedoen met "
             "het netwerk, mag ik aanschuiven? Ik ben per 1 maart directuer van de werkorganisatie "
             "Buren-Culemborg (interim, maar wel voor minimaal een jaar).\n\nGroetjes, Lisette"},
    {"id": "d3-sub-07", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "body": "Dat was een vergissing van mijn secretariaat, ik wil graag lid blijven!\n\nGroet, Bert"},
    {"id": "d3-sub-08", "kind": "subscribe", "subject": "Informatie over ateliers",
     "body": "Goedemorgen,\n\nWilt u mij voortaan op de hoogte houden van de activiteiten van het netwerk, zoals "
             "de ateliers? Ik ben directeur van de Dienst Dommelvallei.\n\nMvg,\nHans Verhoeven"},
    {"id": "d3-sub-09", "kind": "subscribe", "subject": "Mailing list",
     "body": "Please add me to the network. Thanks!\n\nMark de Wit\nDirector, ISD Bollenstreek"},
    {"id": "d3-sub-10", "kind": "subscribe", "subject": "Nog een lid",
     "body": "Beste Melanie,\n\nOnze adjunct-directeur Ruud Hermsen wil ook graag lid worden van het netwerk. Wil "
             "je hem toevoegen? Zijn adres: r.hermsen@werkorganisatiecgm.nl.\n\nDank je! Gr. Petra"},
    # -- confirmations -----------------------------------------------------------------------------------------
    {"id": "d3-con-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "body": "Ja, ik bevestig.\n\nMet vriendelijke groet,\n\nMaarten Kuipers\nAlgemeen directeur" + GEMEENTE},
    {"id": "d3-con-02", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "groupwise",
     "body": "Oeps, deze was ondergesneeuwd. Ja, ik word graag lid."},
    {"id": "d3-con-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "body": "Yes, that's me and I'd like to join. Thanks!"},
    {"id": "d3-con-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "doorgestuurd",
     "body": "Klopt, dat heeft Anja voor mij gedaan. Bevestigd.\n\nEvert"},
    {"id": "d3-con-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
     "body": "Bij dezen bevestigd."},
    {"id": "d3-con-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "body": "Met vriendelijke groet,\n\nA.J. Hoekstra\nDirecteur Bedrijfsvoering\nWerkorganisatie "
             "Noardeast-Fryslân" + WERKORGANISATIE},
    # -- leaving, erasure, hand-over, denial ------------------------------------------------------------------
    {"id": "d3-uns-01", "kind": "unsubscribe", "erase": False, "subject": "Beëindiging lidmaatschap",
     "body": "Geachte heer Van de Laar,\n\nMet ingang van 1 maart aanstaande vervul ik een functie buiten het "
             "gemeentelijk domein. Ik verzoek u daarom mijn lidmaatschap van het netwerk te beëindigen.\n\n"
             "Hoogachtend,\n\nF.H. Bos" + GEMEENTE},
    {"id": "d3-uns-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "body": "Geen thema's van mijn kant. Eerlijk gezegd wil ik liever uitgeschreven "
                                      "worden, ik kom er toch nooit aan toe. Sorry!"},
    {"id": "d3-uns-03", "kind": "unsubscribe", "erase": False, "subject": "Leaving",
     "body": "Hi, I'm leaving local government next month, so please take me off your list. All the best, Tom"},
    {"id": "d3-uns-04", "kind": "unsubscribe", "erase": True, "subject": "Verzoek op grond van de AVG",
     "body": "Geachte heer, mevrouw,\n\nOp grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens te "
             "verwijderen en mij niet langer te benaderen. Graag ontvang ik een bevestiging dat dit is "
             "gebeurd.\n\nMet vriendelijke groet,\nmr. J. Oosterhuis"},
    {"id": "d3-uns-05", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Ik kom niet naar het atelier en wil ook geen lid meer zijn. Wis alsjeblieft mijn "
                               "naam en adres uit jullie bestand."},
    {"id": "d3-uns-06", "kind": "unsubscribe", "subject": "Opvolging",
     "body": "Beste Stan en Melanie,\n\nPer 1 april draag ik het stokje over aan Nadia Bouzid; zij wordt de nieuwe "
             "directeur van onze werkorganisatie. Wilt u mij afmelden en haar voortaan uitnodigen? Haar adres is "
             "n.bouzid@hltsamen.nl.\n\nHet ga jullie goed!\nGerrit"},
    {"id": "d3-uns-07", "kind": "unsubscribe", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-en",
     "body": "I won't be there: I left the organisation last week. My successor is Pieter Blom "
             "(p.blom@vijfheerenlanden.nl); please invite him from now on instead of me."},
    {"id": "d3-uns-08", "kind": "unsubscribe", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "body": "Ik heb mij niet aangemeld en wil ook geen lid worden. Gebruik mijn adres alstublieft niet meer."},
    {"id": "d3-uns-09", "kind": "unsubscribe", "thread": C, "quoted": "herinnering_aanmelding", "quote": "gmail",
     "body": "I never signed up for this. Please stop emailing me."},
    {"id": "d3-uns-10", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes-wrote", "body": "Dank voor het verslag. Voor mij was dit het laatste atelier: ik zeg mijn "
                                     "lidmaatschap op, want per juni ga ik met pensioen."},
    {"id": "d3-uns-11", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom", "quote": "apple",
     "body": "Ik heb me bedacht: graag toch afmelden voor het netwerk."},
    {"id": "d3-uns-12", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "body": "Ik zal er niet bij zijn. Ik ben overgestapt naar de provincie, dus het "
                                      "netwerk is niet meer voor mij bedoeld; u kunt mij van de ledenlijst "
                                      "schrappen."},
    # -- RSVP yes ---------------------------------------------------------------------------------------------
    {"id": "d3-yes-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Daar wil ik graag bij zijn!\n\nHartelijke groet,\nIneke" + GEMEENTE},
    {"id": "d3-yes-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "body": "Ja, ik kom, met twee collega's: Hanna Lodewijks (concerncontroller) en Bram Tuin "
                               "(strategisch adviseur)."},
    {"id": "d3-yes-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Ik kom, maar wel wat later: tot half drie heb ik een bestuursoverleg. Rond 15.00 "
                               "uur ben ik er."},
    {"id": "d3-yes-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "body": "I'd be happy to attend, and I'll bring one colleague along."},
    {"id": "d3-yes-05", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Accepted: Leer- en inspireer-atelier @ Thu 11 Mar 2027 14:00 - 17:30 (CET) "
                "(info@ambtelijkefusie.nl)",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Lars Janssen has accepted this invitation.\n\nInvitation from Google Calendar"},
    {"id": "d3-yes-06", "kind": "rsvp", "attending": True, "subject": "Deelname 11 maart",
     "body": "Beste organisatie,\n\nHierbij geef ik mij op voor het Leer- en inspireer-atelier van donderdag 11 "
             "maart in het Stadskantoor in Utrecht.\n\nGroet,\nWillem Kok\nDirecteur Werkorganisatie Duo+"},
    {"id": "d3-yes-07", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "body": "Ik ben er! Tot donderdag.\n\nVerstuurd vanaf mijn iPhone"},
    {"id": "d3-yes-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "body": "Goedemorgen,\n\nMevrouw Stoffels komt graag naar het atelier op 11 maart. "
                                      "Ik heb het in haar agenda gezet.\n\nMet vriendelijke groet,\nDemi Jacobs\n"
                                      "Directiesecretaresse"},
    {"id": "d3-yes-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "notes-wrote", "body": "Mijn andere afspraak is verschoven, dus ik kan er toch bij zijn."},
    {"id": "d3-yes-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "body": "Dank voor de uitnodiging. Ik ga graag in de plaats van Dirk, en de gast komt "
                                    "ook mee."},
    {"id": "d3-yes-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "body": "Genoteerd, ik ben present."},
    {"id": "d3-yes-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail", "body": "De 18e kan ik ook. Tot dan!"},
    # -- RSVP no ----------------------------------------------------------------------------------------------
    {"id": "d3-no-01", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Helaas, op 11 maart bereid ik de voorjaarsnota voor met de drie colleges en "
                                    "kan ik niet.\n\nGroet,\nJan-Willem" + WERKORGANISATIE},
    {"id": "d3-no-02", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "Ik kan zelf niet, maar onze directeur sociaal domein Marloes Vink gaat graag in mijn "
                               "plaats: m.vink@werkorganisatie-bbr.nl"},
    {"id": "d3-no-03", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "body": "Regrettably I have to decline, I'm abroad that week."},
    {"id": "d3-no-04", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "body": "Ik moet helaas afhaken voor donderdag, er is een crisisoverleg ingepland. Geef mijn "
                               "plek maar aan iemand van de wachtlijst."},
    {"id": "d3-no-05", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Nee, ik ben helaas verhinderd."},
    {"id": "d3-no-06", "kind": "rsvp", "attending": False, "subject": "11 maart",
     "body": "Beste Melanie, ik moet me helaas afmelden voor het atelier van 11 maart, ik ben dan op werkbezoek in "
             "Brussel. Groet, Annet"},
    {"id": "d3-no-07", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "body": "Namens de heer De Groot laat ik u weten dat hij niet aanwezig kan zijn bij het "
                               "atelier.\n\nMet vriendelijke groet,\nSecretariaat directie\nGemeente Montferland"},
    {"id": "d3-no-08", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-lijn", "body": "Beste mensen, ik zou voor Dirk gaan, maar ik heb die middag zelf een MT. "
                                      "Ik kom dus niet."},
    {"id": "d3-no-09", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "body": "Nee, helaas. Andere verplichtingen."},
    # -- suggestions ------------------------------------------------------------------------------------------
    {"id": "d3-sug-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "body": "Beste Melanie,\n\nGraag breng ik in: de spanning tussen het harmoniseren van "
                                    "beleid en de couleur locale van onze drie gemeentebesturen. Hoe gaan andere "
                                    "fusieorganisaties daarmee om?\n\nGroet,\nHenk" + GEMEENTE},
    {"id": "d3-sug-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "body": "Hoe monitoren jullie de prestaties van de dienstverlening aan inwoners? Wij willen "
                               "klanttevredenheid en doorlooptijden beter in beeld krijgen."},
    {"id": "d3-sug-03", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "body": "Mijn onderwerpen:\n- een langetermijnvisie op de werkorganisatie richting 2035\n- strategische "
             "personeelsplanning en de formatie"},
    {"id": "d3-sug-04", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "body": "Topic suggestion: how do you keep the partner municipalities aligned on shared "
                                    "regional challenges such as housing and energy?"},
    {"id": "d3-sug-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise", "body": "Zaakgericht werken en de overstap naar de cloud: hoe pakken anderen de "
                                   "informatievoorziening aan?"},
    {"id": "d3-sug-06", "kind": "suggestion", "themes": ["strategie"], "subject": "Onderwerp voor het atelier",
     "body": "Beste Stan,\n\nLos van de oproep: ik zou het interessant vinden om het eens te hebben over de "
             "bestuurlijke prioriteiten na de verkiezingen, en hoe je die als directie vertaalt naar een "
             "meerjarige inhoudelijke agenda.\n\nGroet, Erik"},
    {"id": "d3-sug-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "apple",
     "body": "Wat mij betreft gaat het de volgende keer over de dienstverlening aan ondernemers: één loket voor "
             "vergunningen en subsidies."},
    {"id": "d3-sug-08", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "doorgestuurd", "body": "Stan, mijn suggestie: de begrotingscyclus van de werkorganisatie. Hoe houden "
                                      "we grip op de kosten van de bedrijfsvoering?\n\nGr. Evert"},
    {"id": "d3-sug-09", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "body": "Onze positie in de regio, nu de provincie meer regie wil op de woningbouw. "
                                      "Dienstverlening is bij ons goed geregeld, dat hoeft niet op de agenda."},
    {"id": "d3-sug-10", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met\n"
             "> collega's bespreken?\n\nHet sturingsconcept: wij willen van een directiemodel naar "
             "zelforganiserende teams.\n\n> - Dienstverlening: innovaties in dienstverlening aan inwoners, "
             "ondernemers en instellingen, monitoring van prestaties.\n\nDaar hebben we zelf geen vraag over.\n\n"
             "> Met vriendelijke groet,"},
    {"id": "d3-sug-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "body": "Dank voor het welkom. Een onderwerp dat bij ons hoog op de lijst staat: hoe "
                                    "betrek je inwoners bij de vernieuwing van het digitale loket?"},
    # -- auto-replies -----------------------------------------------------------------------------------------
    {"id": "d3-auto-01", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "body": "Beste afzender,\n\nVan 15 februari tot en met 1 maart ben ik met vakantie. Uw e-mail wordt niet "
             "doorgestuurd. Voor dringende zaken kunt u contact opnemen met het directiesecretariaat via "
             "0341 47 47 47.\n\nMet vriendelijke groet,\nAnnemarie Zwart"},
    {"id": "d3-auto-02", "kind": "autoreply", "headers": {"Precedence": "auto_reply"},
     "subject": "Afwezigheidsbericht",
     "body": "Ik ben deze week op studiereis en heb beperkt toegang tot mijn mail. Vanaf maandag 8 maart ben ik weer "
             "bereikbaar."},
    {"id": "d3-auto-03", "kind": "autoreply", "subject": "Automatic reply: Welke thema's wilt u bespreken?",
     "body": "Thank you for your email. I am on parental leave until 1 May and will not be reading email. For "
             "urgent matters please contact office@werkorganisatie-zhw.nl."},
    {"id": "d3-auto-04", "kind": "autoreply", "thread": T, "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "body": "Dit is een automatisch bericht. Ik ben tot en met 19 januari afwezig."},
    {"id": "d3-auto-05", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Per 1 januari zijn de gemeenten Heerhugowaard en Langedijk samengegaan in de gemeente Dijk en Waard. "
             "Dit mailadres wordt niet meer gelezen. U kunt uw bericht sturen naar info@dijkenwaard.nl."},
    {"id": "d3-auto-06", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-generated"},
     "subject": "Ontvangstbevestiging: uw bericht aan Gemeente Altena",
     "body": "Wij hebben uw e-mail ontvangen. Uw vraag is geregistreerd onder kenmerk 2027-0317. U krijgt binnen "
             "10 werkdagen een reactie.\n\nDit bericht is automatisch verzonden; u kunt hierop niet antwoorden."},
    # -- questions, pitches and other matters for a person ----------------------------------------------------
    {"id": "d3-oth-01", "kind": "other", "subject": "Wie mag deelnemen?",
     "body": "Goedemiddag,\n\nIs het netwerk alleen voor algemeen directeuren, of kunnen ook andere leden van het MT "
             "aansluiten? Bij ons vormen drie concerndirecteuren samen de directie.\n\nMet vriendelijke groet,\n"
             "Cor"},
    {"id": "d3-oth-02", "kind": "other", "subject": "Adviesraad",
     "body": "Beste Melanie,\n\nIk ben al een paar jaar lid en zou graag een bijdrage leveren aan de Adviesraad. "
             "Mocht er een plek vrijkomen, dan meld ik mij daarvoor aan. Wat wordt er van een lid van de "
             "Adviesraad verwacht?\n\nGroet,\nYvonne"},
    {"id": "d3-oth-03", "kind": "other", "subject": "Kennismaking / bijdrage aan uw atelier",
     "body": "Geachte heer Van de Laar,\n\nMet belangstelling volgen wij uw netwerk. Ons bedrijf ontwikkelt "
             "software voor zaakgericht werken die bij meerdere werkorganisaties in gebruik is. Graag presenteren "
             "wij in een van de komende ateliers een praktijkcasus. Zullen we hiervoor een afspraak inplannen?\n\n"
             "Met vriendelijke groet,\n\nRoel Hendriks\nAccountmanager Overheid\nDigiZaak B.V.\nwww.digizaak.nl"},
    {"id": "d3-oth-04", "kind": "other", "subject": "Research on joint municipal organisations",
     "body": "Dear Mr Van de Laar,\n\nI am a PhD researcher at Tilburg University studying shared civil service "
             "organisations in the Netherlands. Would it be possible to distribute a short survey among the "
             "members of your network, or to attend one of the ateliers as an observer?\n\nKind regards,\n"
             "Anna Kowalski"},
    {"id": "d3-oth-05", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "body": "Dank voor de inspirerende middag en het heldere verslag. Ik heb het meteen doorgestuurd naar mijn MT."},
    {"id": "d3-oth-06", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "body": "Ik weet nog niet of ik het red, dat hangt af van de begrotingsbehandeling die week. Mag ik het "
             "volgende week laten weten?"},
    {"id": "d3-oth-07", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "body": "Is de locatie goed bereikbaar met het OV? En is er een parkeergarage in de buurt?"},
    {"id": "d3-oth-08", "kind": "other", "subject": "Mevr. Jansen",
     "body": "Goedemorgen,\n\nMevrouw Jansen werkt sinds 1 december niet meer bij onze organisatie. Ik zag dat zij "
             "nog uitnodigingen van u ontvangt. Wie haar opvolger wordt is nog niet bekend.\n\nMet vriendelijke "
             "groet,\nKarin Smits\nFacilitaire zaken"},
    {"id": "d3-oth-09", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "body": "Wie heeft mij aangemeld? Ik ken dit netwerk niet. Voordat ik iets bevestig, wil ik graag weten wat "
             "jullie met mijn gegevens doen."},
    # == second half ===========================================================================================
    # -- sign-ups -------------------------------------------------------------------------------------------
    {"id": "d3-sub-11", "kind": "subscribe", "subject": "Registration",
     "body": "Name: Laura Visscher\nPosition: director\nOrganisation: Werkorganisatie Cranendonck-Heeze-Leende\n"
             "Email: l.visscher@chl-werkorganisatie.nl\n\nI would like to join the network."},
    {"id": "d3-sub-12", "kind": "subscribe", "subject": "Fwd: brochure netwerk",
     "body": "Beste secretariaat,\n\nEen collega stuurde mij uw brochure door. Ik ben sinds januari directeur van de "
             "Werkorganisatie Lingewaard-Overbetuwe en zou graag deel uitmaken van het netwerk. Alvast dank!\n\n"
             "Met vriendelijke groet,\nRoos van Beek\n\n---------- Forwarded message ---------\nVan: Joost Maas "
             "<j.maas@werkorganisatie-dw.nl>\nDate: ma 8 feb 2027 om 16:02\nSubject: brochure netwerk\nTo: Roos "
             "van Beek <r.vanbeek@lo-werkorganisatie.nl>\n\nRoos, is dit niets voor jou? Aanmelden kan gratis via "
             "info@ambtelijkefusie.nl.\n\nJoost"},
    {"id": "d3-sub-13", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd", "quote": "gmail",
     "body": "Ik heb mij helemaal niet afgemeld? Ik wil gewoon lid blijven, graag terugzetten."},
    {"id": "d3-sub-14", "kind": "subscribe", "subject": "Nieuwe directeur",
     "sender": "Sylvia de Ruiter <s.deruiter@werkorganisatie-ol.nl>",
     "body": "Geachte heer Van de Laar,\n\nMet ingang van 1 maart is de heer drs. L. (Luuk) Brands benoemd tot "
             "directeur van onze werkorganisatie. Hij ontvangt graag de uitnodigingen van het netwerk en wil zich "
             "hierbij aanmelden. Zijn e-mailadres is l.brands@werkorganisatie-ol.nl.\n\nMet vriendelijke groet,\n"
             "namens de heer Brands,\n\nSylvia de Ruiter\nBestuurssecretariaat" + WERKORGANISATIE},
    {"id": "d3-sub-15", "kind": "subscribe", "subject": "lid wroden",
     "body": "Wil graag lid worden vh netwerk directeuren ambtelijke fusies. Dnk! Gr Koen Lammers, dir. WSD"},
    {"id": "d3-sub-16", "kind": "subscribe", "subject": "Nice to meet you",
     "body": "Hello Melanie,\n\nGreat meeting you at the VNG congress last week! As promised, I'm writing to sign up "
             "for the directors' network. Looking forward to the next atelier.\n\nWarm regards,\nRachel Bosman"},
    {"id": "d3-sub-17", "kind": "subscribe", "subject": "Aanmelding",
     "body": "Goedemiddag,\n\nGraag meld ik mij aan voor het netwerk. Klopt het dat deelname kosteloos is?\n\n"
             "Met vriendelijke groet,\nGeert Hofman\nDirecteur Werkorganisatie Midden-Groningen" + GEMEENTE},
    {"id": "d3-sub-18", "kind": "subscribe", "thread": W, "quoted": "welkom", "quote": "outlook-lijn",
     "body": "Dank voor de welkomstmail! Mijn collega-directeur Anouk Peeters wil ook graag lid worden: "
             "a.peeters@werkorganisatie-bbr.nl."},
    {"id": "d3-sub-19", "kind": "subscribe", "subject": "Aanmelding netwerk",
     "body": "Graag zou ik ook uitgenodigd worden voor de bijeenkomsten van het netwerk.\n\nMet vriendelijke groet,"
             "\n\nir. D. (Dirk-Jan) Heemskerk\nDirecteur bedrijfsvoering\nServicecentrum Drechtsteden" + GEMEENTE},
    {"id": "d3-sub-20", "kind": "subscribe", "subject": "Registration Mr Vos",
     "sender": "Emily Chen <e.chen@werkorganisatie-ddl.nl>",
     "body": "Good afternoon,\n\nOn behalf of our director, Mr Henk Vos (h.vos@werkorganisatie-ddl.nl), I would like "
             "to register him for the network.\n\nKind regards,\nEmily Chen\nExecutive assistant"},
    # -- confirmations -----------------------------------------------------------------------------------------
    {"id": "d3-con-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
     "body": "Graag, bevestigd. Tot ziens bij een atelier!"},
    {"id": "d3-con-08", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "outlook-lijn",
     "body": "Namens mevrouw Schouten bevestig ik haar aanmelding.\n\nMet vriendelijke groet,\nJolanda Verhoef"},
    {"id": "d3-con-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "body": "Ok, top!\n\nVerzonden vanaf mijn iPad"},
    {"id": "d3-con-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "groupwise",
     "body": "Ja, ik ontvang uw berichten graag. Het adres klopt."},
    {"id": "d3-con-11", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "outlook-en",
     "body": "Sorry for the delay - yes, I confirm my registration."},
    {"id": "d3-con-12", "kind": "confirm", "thread": C,
     "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "> Wilt u uw aanmelding bevestigen?\n\nJazeker.\n\n> Hebt u zich niet aangemeld? Dan kunt u deze e-mail "
             "negeren\n\nIk heb me wel aangemeld :-)"},
    # -- leaving, erasure, hand-over, denial ------------------------------------------------------------------
    {"id": "d3-uns-13", "kind": "unsubscribe", "erase": False, "subject": "Afmelden",
     "body": "Gelieve mij af te melden voor het netwerk. Ik ben per 1/3 niet meer in functie.\n\nmvg,\nW. de Graaf"
             + GEMEENTE},
    {"id": "d3-uns-14", "kind": "unsubscribe", "erase": True, "subject": "GDPR request",
     "body": "Under the GDPR I ask you to erase my name and e-mail address from all your records and to stop "
             "sending me mail.\n\nRegards,\nD. Fischer"},
    {"id": "d3-uns-15", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "body": "Ik wil geen onderwerpen insturen en ook geen mail meer ontvangen. Verwijder "
                                    "mijn gegevens volledig; ik maak gebruik van mijn recht op vergetelheid."},
    {"id": "d3-uns-16", "kind": "unsubscribe", "thread": T, "quoted": "oproep_themas", "quote": "notes",
     "body": "Per 1 februari ben ik vertrokken. Mijn opvolger, mevrouw Sanne Kroon, neemt mijn taken over; wilt u "
             "haar (s.kroon@werkorganisatie-bwh.nl) in mijn plaats als lid opnemen?"},
    {"id": "d3-uns-17", "kind": "unsubscribe", "subject": "Change of director",
     "body": "Dear all,\n\nAfter six years I'm stepping down as director at the end of June. Please remove me from "
             "the network; my successor Femke Dijkman (f.dijkman@samenwerkingabg.nl) would like to take my "
             "place.\n\nBest,\nHugo"},
    {"id": "d3-uns-18", "kind": "unsubscribe", "thread": W, "quoted": "welkom", "quote": "outlook-lijn",
     "body": "Ik krijg een welkomstmail, maar ik heb me nooit aangemeld voor dit netwerk. Graag van de lijst "
             "halen."},
    {"id": "d3-uns-19", "kind": "unsubscribe", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd", "body": "Dit heb ik niet aangevraagd. Ik wil hier niet aan meedoen, dus niet "
                                      "inschrijven a.u.b.\n\nG. Mulder"},
    {"id": "d3-uns-20", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise", "body": "Donderdag kom ik niet, en ik wil me ook meteen afmelden als lid: ik ga met "
                                   "pensioen."},
    {"id": "d3-uns-21", "kind": "unsubscribe", "erase": False, "subject": "Netwerk",
     "body": "Beste Stan,\n\nIk stop ermee. Na de herindeling ben ik geen directeur van een ambtelijke fusie meer, "
             "dus het netwerk heeft voor mij geen zin meer. Haal me maar van de ledenlijst.\n\nGroet,\nOscar"},
    {"id": "d3-uns-22", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "body": "Please remove me from the network altogether - I won't be attending this or "
                                     "any future sessions."},
    {"id": "d3-uns-23", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "ongemarkeerd", "body": "Afmelden graag. Dank voor alles."},
    {"id": "d3-uns-24", "kind": "unsubscribe", "erase": True, "subject": "AVG",
     "body": "Geachte secretariaat,\n\nIk wil graag weten welke gegevens u van mij bewaart, en daarna dat u alles "
             "verwijdert. Meldt u mij ook af voor het netwerk.\n\nMet vriendelijke groet,\nC. Janssens"},
    # -- RSVP yes ---------------------------------------------------------------------------------------------
    {"id": "d3-yes-13", "kind": "rsvp", "attending": True, "subject": "Registration atelier 11 March",
     "body": "Hello,\n\nI'd like to register for the Leer- en inspireer-atelier on 11 March in Utrecht. I'll come "
             "with one colleague, Mike Peters.\n\nBest,\nJenny Hol"},
    {"id": "d3-yes-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Ik schuif graag aan."},
    {"id": "d3-yes-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "body": "Ja, zet mij er maar op. Ik neem Anja mee als gast.\n\nEvert"},
    {"id": "d3-yes-16", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "body": "I'll be there, but probably 30 minutes late because of a council meeting."},
    {"id": "d3-yes-17", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                "eigenheid [atelier:2027-1]",
     "body": "Tot dan."},
    {"id": "d3-yes-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Leuk dat het weer in Utrecht is! Ik kom zeker, en mijn collega Sander de Bruijn "
                               "(directeur bedrijfsvoering) sluit ook aan."},
    {"id": "d3-yes-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "body": "Wij komen met z'n drieën: ikzelf, Ilse Wuyts en Gert-Jan Mol."},
    {"id": "d3-yes-20", "kind": "rsvp", "attending": True, "subject": "Inschrijving Leer- en inspireer-atelier",
     "body": "Naam: Hatice Yilmaz\nOrganisatie: Werkorganisatie Oude IJsselstreek-Winterswijk\nFunctie: algemeen "
             "directeur\nAtelier: 11 maart 2027\nAantal personen: 2\nDieetwensen: vegetarisch"},
    {"id": "d3-yes-21", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes", "body": "Goedemiddag, de heer Van Wijk komt, maar hij schuift pas om 15.30 uur aan in "
                               "verband met een collegevergadering.\n\nMvg,\nSecretariaat directie"},
    {"id": "d3-yes-22", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "Wouldn't miss it!"},
    {"id": "d3-yes-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "body": "Ook op de nieuwe datum ben ik erbij, in het Provinciehuis."},
    # -- RSVP no ----------------------------------------------------------------------------------------------
    {"id": "d3-no-10", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Geachte heer Van de Laar,\n\nDank voor de uitnodiging. Tot mijn spijt ben ik "
                                    "op 11 maart verhinderd in verband met een werkbezoek van de commissaris van de "
                                    "Koning.\n\nHoogachtend,\nmr. drs. P.J. Veenstra" + GEMEENTE},
    {"id": "d3-no-11", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Unfortunately I can't make it myself, but my deputy Eva Lindqvist "
                               "(e.lindqvist@werkorganisatie-ns.nl) will attend in my place."},
    {"id": "d3-no-12", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes-wrote", "body": "Door ziekte van een collega moet ik de honneurs in huis waarnemen; ik kan "
                                     "morgen dus helaas niet."},
    {"id": "d3-no-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "groupwise", "body": "De wachtlijst hoeft niet meer, ik heb die dag inmiddels iets anders gepland."},
    {"id": "d3-no-14", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Declined: Leer- en inspireer-atelier @ Thu 11 Mar 2027 14:00 - 17:30 (CET) "
                "(info@ambtelijkefusie.nl)",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Ruben Hofman has declined this invitation.\n\nInvitation from Google Calendar"},
    {"id": "d3-no-15", "kind": "rsvp", "attending": False, "subject": "Afzegging atelier maart",
     "body": "Dag Stan,\n\nIk had me opgegeven voor 11 maart, maar de begrotingsbehandeling is naar die datum "
             "verplaatst. Ik moet dus helaas verstek laten gaan. Hopelijk de volgende keer!\n\nGroet, Mirjam"},
    {"id": "d3-no-16", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "body": "Gaat hem niet worden deze keer."},
    {"id": "d3-no-17", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Mevrouw Brink is helaas verhinderd. In haar plaats komt de heer T. Koster, "
                                    "directeur Ruimte (t.koster@gemeente-ls.nl).\n\nMet vriendelijke groet,\n"
                                    "Bestuurssecretariaat"},
    {"id": "d3-no-18", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "body": "I can't attend this time, but please do keep me on the list for future "
                                    "sessions."},
    {"id": "d3-no-19", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "body": "Ik meld me af voor donderdag, sorry. Er kwam iets tussen."},
    # -- suggestions ------------------------------------------------------------------------------------------
    {"id": "d3-sug-12", "kind": "suggestion", "themes": ["strategie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "body": "Two topics from our side:\n1. Long-term vision: what should our shared organisation look like in "
             "2035?\n2. Digital services for local businesses."},
    {"id": "d3-sug-13", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "body": "Beste Stan en Melanie,\n\nDank voor de oproep. Wat ons bezighoudt: hoe breng "
                                    "je de verschillende ambities van de drie gemeenten samen in gezamenlijke "
                                    "opgaven, zonder dat de kleinste gemeente zich ondergesneeuwd voelt?\n\n"
                                    "Hartelijke groet,\nAstrid" + WERKORGANISATIE},
    {"id": "d3-sug-14", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "body": "onderwerp: hoe houden we de vergunningverlening aan inwoners en bedrijven snel en "
                               "klantvriendelijk onder de omgevingswet? de doorlooptijden lopen bij ons op"},
    {"id": "d3-sug-15", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise", "body": "Hoe ga je om met een gemeente die taken weer zelf wil uitvoeren? Bij ons wil "
                                   "één van de partners het sociaal domein terughalen."},
    {"id": "d3-sug-16", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "doorgestuurd", "body": "Mijn onderwerp: het sturingsconcept en de rol van het MT, en hoe we de span "
                                      "of control van teamleiders beperken.\n\nEvert"},
    {"id": "d3-sug-17", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-lijn", "body": "Prima middag. Volgende keer graag iets over informatieveiligheid en de "
                                      "I&A-kosten, die rijzen bij ons de pan uit."},
    {"id": "d3-sug-18", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "apple", "body": "Wat mij bezighoudt: hoe stel je als directie een koers voor tien jaar op, als de "
                               "politieke horizon maar vier jaar is?"},
    {"id": "d3-sug-19", "kind": "suggestion", "themes": ["dienstverlening"], "subject": "Idea for the next atelier",
     "body": "Hi Melanie,\n\nAn idea for a future session: how to use feedback from residents to improve the "
             "quality of our services to them.\n\nBest,\nJoanne"},
    {"id": "d3-sug-20", "kind": "suggestion", "themes": ["samenwerking", "organisatie", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Onze suggesties:\n* de relatie tussen onze drie deelnemende gemeenten\n* digitalisering van de "
             "werkprocessen in het sociaal domein\n* betere dienstverlening aan ondernemers"},
    {"id": "d3-sug-21", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "notes", "body": "Geen strategische vragen deze keer; wel graag iets over werkdruk en verzuim, en hoe "
                               "je formatie en taken in balans houdt."},
    {"id": "d3-sug-22", "kind": "suggestion", "themes": ["samenwerking"], "thread": W, "quoted": "welkom",
     "quote": "gmail", "body": "Thanks for the warm welcome! A topic I'd like to discuss: how do other directors "
                               "deal with conflicting interests between the participating municipalities?"},
    # -- auto-replies -----------------------------------------------------------------------------------------
    {"id": "d3-auto-07", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "body": "Bedankt voor uw e-mail. Ik ben afwezig tot en met maandag 1 maart en heb geen toegang tot mijn mail. "
             "Bij spoed kunt u bellen met 0475 35 95 95." + GEMEENTE},
    {"id": "d3-auto-08", "kind": "autoreply", "headers": {"X-Autoreply": "yes"}, "subject": "Out of office",
     "body": "I'm currently out of the office, returning Monday 15 February. Your message will be read on my "
             "return."},
    {"id": "d3-auto-09", "kind": "autoreply",
     "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & "
                "eigenheid\" [atelier:2027-1]",
     "body": "Dank voor uw bericht. Tot 1 april werk ik in deeltijd vanwege verlof en lees ik mijn mail alleen op "
             "dinsdag en donderdag. Met spoed? Mail dan naar secretariaat@werkorganisatie-acm.nl."},
    {"id": "d3-auto-10", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
     "subject": "Automatisch antwoord: Welke thema's wilt u bespreken?",
     "body": "Mevrouw De Haan is niet meer werkzaam bij de gemeente Molenlanden. Uw e-mail wordt niet "
             "doorgestuurd. Voor de directie kunt u mailen naar directie@molenlanden.nl."},
    {"id": "d3-auto-11", "kind": "autoreply", "thread": R, "quoted": "herinnering_atelier", "quote": "ongemarkeerd",
     "body": "Automatic reply: I am attending a conference in Lisbon until 12 March with limited access to "
             "email."},
    {"id": "d3-auto-12", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "[Ticket#2027021510000123] Uw bericht is ontvangen",
     "body": "Geachte heer/mevrouw,\n\nDank voor uw bericht aan de servicedesk. Wij hebben uw melding in "
             "behandeling genomen onder ticketnummer 2027021510000123. Reageer op deze e-mail om informatie toe "
             "te voegen.\n\nServicedesk Werkorganisatie Ons Gelre"},
    # -- questions, pitches and other matters for a person ----------------------------------------------------
    {"id": "d3-oth-10", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "body": "Dank voor de bevestiging en voor de prettige samenwerking door de jaren heen."},
    {"id": "d3-oth-11", "kind": "other", "subject": "Gewijzigd e-mailadres",
     "body": "Beste secretariaat,\n\nSinds de fusie van onze twee werkorganisaties heb ik een nieuw mailadres: "
             "m.peeters@werkorganisatie-hnl.nl. Het oude adres vervalt per 1 april. Kunt u het aanpassen in uw "
             "ledenlijst?\n\nGroet,\nMaud Peeters"},
    {"id": "d3-oth-12", "kind": "other", "subject": "Venue for your workshops",
     "body": "Dear organisers,\n\nOur conference centre in Amersfoort offers special rates for public sector "
             "networks, and we would be delighted to host one of your ateliers. Please find our brochure "
             "attached.\n\nBest regards,\nLisa van Dongen\nSales Manager, De Eemhof Conferences"},
    {"id": "d3-oth-13", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "notes",
     "body": "Het verslag kan ik niet openen, de link geeft een foutmelding. Kunnen jullie het als pdf sturen?"},
    {"id": "d3-oth-14", "kind": "other", "subject": "Twee vragen",
     "body": "Beste Melanie,\n\nTwee dingen: kan mijn adjunct naast mij ook lid worden, en kan ik de uitnodigingen "
             "voortaan op mijn privéadres ontvangen?\n\nGroet, Frits"},
    {"id": "d3-oth-15", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "body": "Is there an online option? I'm based in Groningen and travelling to Utrecht for one afternoon is a "
             "lot."},
    {"id": "d3-oth-16", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "body": "Ik krijg nu al voor de derde keer een bevestigingsverzoek. Ik dacht dat ik al lid was?"},
    {"id": "d3-oth-17", "kind": "other", "subject": "Voordracht Adviesraad",
     "body": "Beste Stan,\n\nIk wil graag mijn collega Tamara Hoekman voordragen voor de Adviesraad. Zij heeft veel "
             "ervaring met de doorontwikkeling van onze werkorganisatie.\n\nGroet,\nLeo"},
    {"id": "d3-oth-18", "kind": "other", "subject": "Verzoek interview",
     "body": "Geachte heer, mevrouw,\n\nIk ben masterstudent Bestuurskunde aan de Universiteit Utrecht en schrijf "
             "mijn scriptie over ambtelijke fusies. Zou ik enkele leden van het netwerk mogen interviewen? Kunt u "
             "mijn verzoek aan hen doorzetten?\n\nMet vriendelijke groet,\nJesse Vermeulen"},
    {"id": "d3-oth-19", "kind": "other", "thread": W, "quoted": "welkom", "quote": "notes-wrote",
     "body": "Dank voor de hartelijke ontvangst! Is de datum van het eerstvolgende atelier al bekend?"},
]
# fmt: on
