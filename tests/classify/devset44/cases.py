"""The forty-fourth set's cases (issue 17): short replies written without reading the classifier, each labelled as
the secretariat should treat it in its thread; cases a person could not decide were left out.

Replies to our follow-up mail (vervolg_atelier) and to the thank-you for a suggestion carry the thread
``call_for_themes``; replies to the waiting-list notice, the substitute's invitation and the change notice carry
``invitation`` (as ingest maps them). A director who cannot come but names a substitute is an RSVP with
``attending`` False. A short acknowledgement under a mail that asks nothing is ``other``; a "maybe" that defers the
answer is ``other`` too. Inline answers carry our quoted lines in ``body`` and no ``quoted``.
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
IPAD = "\n\nVerzonden vanaf mijn iPad"
GALAXY = "\n\n\nVerzonden vanaf mijn Samsung Galaxy smartphone."
OUTLOOK_IOS = "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>"
OUTLOOK_ANDROID = "\n\nOutlook voor Android downloaden<https://aka.ms/AAb9ysg>"
WORKSPACE = "\n\n-- \nVerzonden met Workspace ONE Boxer"
DISCLAIMER = (
    "\n\n------------------------------------------------------------------------\n"
    "De informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is "
    "niet toegestaan. De werkorganisatie staat niet in voor de juiste en volledige overbrenging van de inhoud."
)
GREEN = "\n\nDenk aan het milieu voordat u deze e-mail print."
TEAMS_SIG = (
    "\n\nMet vriendelijke groet,\n\nHarm Wiersema\nGemeentesecretaris / algemeen directeur\n"
    "Werkorganisatie Westerkwartier-Zuid\nT 0594 - 77 12 40 | M 06 - 41 22 80 19\nBereikbaar ma t/m do"
)
BRABANT = "\n\nGroetjes,\nRiek van Gestel\nalgemeen directeur Dommeldal Samenwerking"
TWENTE = "\n\nGr. Gerrit Lansink\nDirecteur Werkorganisatie Dinkelland-Oost"
FRIES = "\n\nGroetnis,\nWytse Dijkstra\nsteedsekretaris / direkteur Mienskip Wurkorganisaasje"
LIMBURG = "\n\nGroete,\nMaud Hermans-Coenen\ndirecteur Werkorganisatie Geuldal"
GRONINGEN = "\n\nMvg,\nBenno Smid\ndirecteur Werkorganisatie Oldambt-Noord"

AUTO = {"Auto-Submitted": "auto-replied"}
AUTO_MS = {"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-generated"}
BULK = {"Precedence": "auto_reply"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP: yes --------------------------------------------------------------------------------------------
    {"id": "d44-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "Ja ik kim" + IPHONE},
    {"id": "d44-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Jawel, tot dan." + TEAMS_SIG},
    {"id": "d44-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Ik bin der by!" + FRIES},
    {"id": "d44-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "body": "Ich kom, mèt ein collega (2 pers.)" + LIMBURG},
    {"id": "d44-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "body": "Count me in." + OUTLOOK_IOS,
     "sender": "Nadia el Khatib <n.elkhatib@werkorganisatie-rijnvallei.nl>"},
    {"id": "d44-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "ja ik kom samen met onze concerncontroller groet henk" + IPHONE},
    {"id": "d44-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "body": "Ik koom. Mooi onderwerp." + TWENTE},
    {"id": "d44-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "body": "Kom ik zeker naartoe.\n\nBerend"},
    {"id": "d44-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "jep, komen we aan met z'n tweeën" + BRABANT},
    {"id": "d44-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Will attend, in person.\n\nKind regards,\nThijs Verhoeven" + DISCLAIMER},
    {"id": "d44-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "Ja hoor 👍" + IPAD},
    {"id": "d44-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "body": "Ik bin der bie" + GRONINGEN},
    {"id": "d44-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "body": "Aanwezig.\nG. Tuinstra"},
    {"id": "d44-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": None,
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nja, ik kom\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nnee, alleen\n\nEls"},
    {"id": "d44-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "body": "Ja, ik ga. Marjon zet het in mijn agenda.\n\nRoel" + GALAXY},
    {"id": "d44-rsvp-16", "kind": "rsvp", "attending": True, "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Doe ik mee, wel online via Teams" + OUTLOOK_ANDROID},
    {"id": "d44-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "body": "Gaat lukken! Graag tot de 11e." + WORKSPACE},
    {"id": "d44-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "body": "Hierbij meld ik me aan voor 11/3.\n\nmvg\nIr. P.J. Kamphuis MBA"},
    {"id": "d44-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Yes! See you in Utrecht" + IPHONE},
    {"id": "d44-rsvp-20", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Toch wel, raadsvergadering is verzet. Ik kom, zonder gast." + IPHONE},
    {"id": "d44-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "body": "ik kom toch, als er plek is natuurlijk" + OUTLOOK_ANDROID},
    {"id": "d44-rsvp-22", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail", "body": "Top, neem ik graag over van Dirk. Ik ben er." + DISCLAIMER},
    {"id": "d44-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn", "body": "18 maart past me ook. Blijf erbij." + TEAMS_SIG},
    {"id": "d44-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "body": "JA GRAAG MET 1 GAST\nW. BOSMAN"},
    {"id": "d44-rsvp-25", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Ben d'r bij hoor, houdoe" + BRABANT},

    # -- RSVP: no ---------------------------------------------------------------------------------------------
    {"id": "d44-rsvp-26", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "Nee helaas" + IPHONE},
    {"id": "d44-rsvp-27", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Moet passen, zit die middag bij GS.\n\nFemke" + DISCLAIMER},
    {"id": "d44-rsvp-28", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "body": "Regrets, I'm in Brussels that week." + OUTLOOK_IOS,
     "sender": "Joost Meijerink <j.meijerink@zuidkust-werkt.nl>"},
    {"id": "d44-rsvp-29", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Kin neet, dao is raod." + LIMBURG},
    {"id": "d44-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "nee helaas ik zit die middag bij de provincie groeten van ellen" + IPHONE},
    {"id": "d44-rsvp-31", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "body": "Dit keer niet. Volgende keer graag.\n\nA. Stoffels"},
    {"id": "d44-rsvp-32", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "body": "helaas, ik kan niet. griep." + GALAXY},
    {"id": "d44-rsvp-33", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Kan toch niet. Inge Bos (i.bos@werkorganisatie-rijnvallei.nl) gaat in mijn plaats." + IPHONE},
    {"id": "d44-rsvp-34", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "body": "Can't make it, sorry.\n\nMarco" + WORKSPACE},
    {"id": "d44-rsvp-35", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "body": "Verhinderd.\n\nJ.H. Zwiers\nSecretaris-directeur"},
    {"id": "d44-rsvp-36", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail", "body": "Haal me maar van de wachtlijst, ik kan inmiddels niet meer op de 11e."},
    {"id": "d44-rsvp-37", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "body": "Gaat mij helaas niet lukken, ik laat het Dirk zelf ook weten."
                                    + OUTLOOK_ANDROID},
    {"id": "d44-rsvp-38", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "apple", "body": "18 maart kan ik niet, dan vervalt mijn aanmelding maar" + IPHONE},
    {"id": "d44-rsvp-39", "kind": "rsvp", "attending": False, "thread": None, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "subject": "RE: Herinnering",
     "body": "Sorry, moet afzeggen. Crisisoverleg." + TWENTE},
    {"id": "d44-rsvp-40", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "body": "Nee, helaas.\n\nRieks"},
    {"id": "d44-rsvp-41", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "body": "Ik kan niet, onze loco Sanne Veltman komt (s.veltman@dommeldal.nl)."
                                    + BRABANT},
    {"id": "d44-rsvp-42", "kind": "rsvp", "attending": False, "thread": I, "quoted": None,
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\nnee helaas\n\n"
             "Gerda" + IPHONE},
    {"id": "d44-rsvp-43", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "Ik kom nie, ben op vakansie" + IPHONE},

    # -- confirm ----------------------------------------------------------------------------------------------
    {"id": "d44-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "body": "ok" + IPHONE},
    {"id": "d44-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "body": "Akkoord.\n\nJ. Brinkman\nDirecteur Werkorganisatie Kromme Rijn" + DISCLAIMER},
    {"id": "d44-confirm-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "gmail", "body": "👍"},
    {"id": "d44-confirm-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "body": "Prima!" + OUTLOOK_ANDROID},
    {"id": "d44-confirm-05", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "apple", "body": "Ja graag" + IPHONE},
    {"id": "d44-confirm-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "body": "Confirmed, thanks." + OUTLOOK_IOS},
    {"id": "d44-confirm-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes", "body": "Klopt, dat ben ik.\n\nH. Oosterhuis"},
    {"id": "d44-confirm-08", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl", "body": "ja dat klopt ik wil graag lid worden dank je wel" + GALAXY},
    {"id": "d44-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "body": "Bevestigd."},
    {"id": "d44-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "body": "✅" + IPAD},
    {"id": "d44-confirm-11", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "gmail", "body": "Oeps, vergeten. Bij deze: ja!" + FRIES},
    {"id": "d44-confirm-12", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "body": "Jazeker, mijn secretaresse heeft me aangemeld en dat is goed zo." + TEAMS_SIG},
    {"id": "d44-confirm-13", "kind": "confirm", "thread": None, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "body": "yes please" + WORKSPACE},
    {"id": "d44-confirm-14", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "notes-wrote", "body": "Is goed.\n\nB. Smid" + GREEN},
    {"id": "d44-confirm-15", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "apple", "body": "Prima zo" + IPHONE},

    {"id": "d44-confirm-16", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "body": "ja hierbij bevestig ik mijn aanmelding groet tjalling" + OUTLOOK_ANDROID},

    # -- unsubscribe ------------------------------------------------------------------------------------------
    {"id": "d44-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "apple", "body": "stop" + IPHONE},
    {"id": "d44-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "body": "Uit." + DISCLAIMER},
    {"id": "d44-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "gmail", "body": "weg ermee, ik lees dit toch niet" + OUTLOOK_ANDROID},
    {"id": "d44-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "body": "afmwlden" + GALAXY},
    {"id": "d44-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "subject": "afmelden", "body": "Graag afmelden voor dit netwerk.\n\nL. Veenstra" + IPHONE},
    {"id": "d44-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "body": "unsubscribe" + OUTLOOK_IOS},
    {"id": "d44-unsubscribe-07", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "Ben per 1 maart met pensioen. Haal me eraf, dank voor alles!" + IPHONE},
    {"id": "d44-unsubscribe-08", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "body": "Uitschrijven en al mijn gegevens wissen svp (AVG)." + DISCLAIMER},
    {"id": "d44-unsubscribe-09", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Kom niet en wil ook geen mail meer. Verwijder mijn gegevens uit jullie bestand aub" + BRABANT},
    {"id": "d44-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "apple",
     "body": "Per 1/4 neemt Jeroen Vos het over (j.vos@werkorganisatie-geuldal.nl). Mij graag afmelden." + IPAD},
    {"id": "d44-unsubscribe-11", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "groupwise", "body": "NIET MEER STUREN\nA.J. POSTMA"},
    {"id": "d44-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": None, "quoted": None,
     "subject": "Remove me", "body": "Please remove me from your mailing list.\n\nR. Dekker" + OUTLOOK_IOS},
    {"id": "d44-unsubscribe-13", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "body": "Geen interesse meer in het netwerk, schrap mij maar." + TWENTE},
    {"id": "d44-unsubscribe-14", "kind": "unsubscribe", "erase": True, "thread": None, "quoted": None,
     "subject": "AVG",
     "body": "Verzoek om verwijdering van al mijn persoonsgegevens, art. 17 AVG. En uitschrijven.\n\nmr. D. Hofstede"},
    {"id": "d44-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "apple", "body": "Afmelden aub ik ben weg bij de gemeente" + IPHONE},

    {"id": "d44-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-nl", "body": "uitschrjven a.u.b." + GALAXY},

    # -- subscribe --------------------------------------------------------------------------------------------
    {"id": "d44-subscribe-01", "kind": "subscribe", "thread": None, "quoted": None, "subject": "Aanmelden",
     "body": "Graag aanmekden voor het netwerk.\n\nTjitske Bouma\ndirecteur Werkorganisatie Friese Wouden"
             + IPHONE},
    {"id": "d44-subscribe-02", "kind": "subscribe", "thread": None, "quoted": None, "subject": "aanmelden",
     "body": "Aanmelden\n\nmvg Sjoerd Wijnstra\nalgemeen directeur" + GALAXY},
    {"id": "d44-subscribe-03", "kind": "subscribe", "thread": None, "quoted": None, "subject": "lid worden",
     "body": "Ik wil ook graag lid worden. Ben sinds januari directeur van Werkorganisatie Maasoevers." + DISCLAIMER},
    {"id": "d44-subscribe-04", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "body": "lid blijven, was niet de bedoeling!" + OUTLOOK_ANDROID},
    {"id": "d44-subscribe-05", "kind": "subscribe", "thread": None, "quoted": None,
     "subject": "Join the network",
     "body": "Please add me to the network. I'm the new director of Werkorganisatie Lingezegen.\n\nBest, Ayla Demir"},
    {"id": "d44-subscribe-06", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "apple", "body": "Nee joh, ik wil lid blijven. Per ongeluk gedaan." + IPHONE},
    {"id": "d44-subscribe-07", "kind": "subscribe", "thread": None, "quoted": None, "subject": "",
     "body": "zet mij ook maar op de lijst van het directeurennetwerk groet karin de wit directeur werkorganisatie "
             "hollands kroon oost"},

    # -- suggestion -------------------------------------------------------------------------------------------
    {"id": "d44-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "body": "AI in de backoffice" + IPHONE},
    {"id": "d44-suggestion-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Het KCC: van telefoon naar WhatsApp, wat werkt voor inwoners?" + TEAMS_SIG},
    {"id": "d44-suggestion-03", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "body": "Visie 2035 voor de werkorganisatie" + LIMBURG},
    {"id": "d44-suggestion-04", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Wat als één gemeente eruit wil stappen?" + OUTLOOK_ANDROID},
    {"id": "d44-suggestion-05", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "body": "Krapte arbeidsmarkt, hoe houden we mensen binnen"
                                                           + IPHONE},
    {"id": "d44-suggestion-06", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "- inhuur terugdringen\n- klanttevredenheid meten\n\nGr, Ellen" + DISCLAIMER},
    {"id": "d44-suggestion-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "body": "Inwoners die niet digitaal mee kunnen\nM. Kuiper"},
    {"id": "d44-suggestion-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "body": "Goed verslag. Volgende keer graag onze rol in de regionale energiestrategie." + FRIES},
    {"id": "d44-suggestion-09", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "body": "informatiebeveiliging / BIO\n\nvr gr Jan-Willem"},
    {"id": "d44-suggestion-10", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "body": "bestuurlijke prioriteiten vertalen naar een meerjarige koers" + IPHONE},
    {"id": "d44-suggestion-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "body": "Doorlooptijden vergunningen Omgevingswet."
                                                                 + WORKSPACE},
    {"id": "d44-suggestion-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "body": "Hybride werken, 3 jaar later" + BRABANT},
    {"id": "d44-suggestion-13", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "apple",
     "body": "volgende keer de positie tov de centrumgemeente in de regio" + IPHONE},
    {"id": "d44-suggestion-14", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "body": "Topic: sturen op de begroting van de werkorganisatie"
                                                           + OUTLOOK_IOS},
    {"id": "d44-suggestion-15", "kind": "suggestion", "themes": ["dienstverlening"], "thread": W,
     "quoted": "welkom", "quote": "outlook-nl",
     "body": "Meteen een onderwerp: prestaties van de dienstverlening meten en zichtbaar maken." + TEAMS_SIG},
    {"id": "d44-suggestion-16", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "bestuurlijke agenda na de raadsverkiezingen: waar leggen we de koers" + GALAXY},
    {"id": "d44-suggestion-17", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "apple", "body": "En nog: zaakgericht werken" + IPHONE},
    {"id": "d44-suggestion-18", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "1. gezamenlijke opgaven jeugdzorg met de buurgemeenten\n2. wachttijden Wmo-loket\n\nRiemer"},
    {"id": "d44-suggestion-19", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": None,
     "body": "> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nDe nieuwe organisatiestructuur na de reorganisatie, met teamleiders of zonder."
             + IPHONE},
    {"id": "d44-suggestion-20", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-en",
     "body": "Next time: ondernemersloket, one front door for business." + OUTLOOK_IOS},
    {"id": "d44-suggestion-21", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "body": "Relatie met de gemeenten die niet in de GR zitten maar wel diensten afnemen"},
    {"id": "d44-suggestion-22", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "body": "digitalisering werkprocessen" + IPHONE},

    # -- other ------------------------------------------------------------------------------------------------
    {"id": "d44-other-01", "kind": "other", "thread": W, "quoted": "welkom", "quote": "apple",
     "body": "thx" + IPHONE},
    {"id": "d44-other-02", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "outlook-nl",
     "body": "Gezien." + DISCLAIMER},
    {"id": "d44-other-03", "kind": "other", "thread": T, "quoted": "bedankt_suggestie", "quote": "gmail",
     "body": "👍"},
    {"id": "d44-other-04", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-lijn",
     "body": "Nee dank u." + OUTLOOK_ANDROID},
    {"id": "d44-other-05", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "apple",
     "body": "Dank, het ga jullie goed!" + IPHONE},
    {"id": "d44-other-06", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "apple",
     "body": "Weet ik nog niet, laat ik volgende week weten" + IPHONE},
    {"id": "d44-other-07", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "body": "Kan ik er parkeren?" + GALAXY},
    {"id": "d44-other-08", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "body": "Ik kom, mag mijn collega van de buurgemeente ook mee? Die is geen lid." + TWENTE},
    {"id": "d44-other-09", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "body": "Wie heeft mij aangemeld??" + OUTLOOK_IOS},
    {"id": "d44-other-10", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "apple",
     "body": "Jammer! Wanneer wordt de nieuwe datum?" + IPHONE},
    {"id": "d44-other-11", "kind": "other", "thread": I, "quoted": "wijziging_atelier", "quote": "outlook-nl",
     "body": "ok" + OUTLOOK_ANDROID},
    {"id": "d44-other-12", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "apple",
     "body": "Even geen onderwerp van mijn kant" + IPHONE},
    {"id": "d44-other-13", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "body": "Misschien, hangt van de raad af. Hoor je nog." + LIMBURG},
    {"id": "d44-other-14", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "gmail",
     "body": "Mooie middag was het, dank!" + BRABANT},
    {"id": "d44-other-15", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "body": "Ontvangen, dank u.\n\nSecretariaat directie Werkorganisatie Kromme Rijn"},

    {"id": "d44-other-16", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "gmail",
     "body": "👍" + OUTLOOK_IOS},

    # -- autoreply --------------------------------------------------------------------------------------------
    {"id": "d44-autoreply-01", "kind": "autoreply", "thread": I, "quoted": None, "headers": AUTO,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "body": "Ik ben afwezig t/m 1 maart. Uw mail wordt niet doorgestuurd."},
    {"id": "d44-autoreply-02", "kind": "autoreply", "thread": T, "quoted": None, "headers": AUTO_MS,
     "subject": "Out of Office: Welke thema's wilt u bespreken?",
     "body": "Out of office until 12 January. For urgent matters: 14 0318."},
    {"id": "d44-autoreply-03", "kind": "autoreply", "thread": None, "quoted": None, "headers": BULK,
     "subject": "Afwezig",
     "body": "Afwezig wegens ouderschapsverlof. Voor spoed: directiesecretariaat, 0594 - 77 12 00."},
    {"id": "d44-autoreply-04", "kind": "autoreply", "thread": R, "quoted": None, "headers": AUTO,
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Vakantie tot 8/3. Groet, Femke"},
    {"id": "d44-autoreply-05", "kind": "autoreply", "thread": I, "quoted": None, "headers": {},
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Bedankt voor uw e-mail. Ik ben tot en met vrijdag 26 februari niet aanwezig en lees mijn mail "
             "daarna. Voor dringende zaken kunt u terecht bij mijn managementassistent Yvonne Kramer, "
             "y.kramer@werkorganisatie-geuldal.nl."},
    {"id": "d44-autoreply-06", "kind": "autoreply", "thread": C, "quoted": None, "headers": AUTO,
     "subject": "Uw bericht is ontvangen",
     "body": "Uw bericht is ontvangen en geregistreerd onder zaaknummer Z-2027-004113. U hoort binnen vijf "
             "werkdagen van ons.\n\nDit is een automatisch bericht, u kunt hier niet op reageren."},
    {"id": "d44-autoreply-07", "kind": "autoreply", "thread": T, "quoted": None, "headers": AUTO,
     "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Dit adres wordt niet meer gelezen. Mail voortaan naar directie@mienskip-wurkorganisaasje.nl."},
    {"id": "d44-autoreply-08", "kind": "autoreply", "thread": W, "quoted": None, "headers": AUTO_MS,
     "subject": "Automatic reply: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "I'm on leave and have limited access to e-mail. Back on Monday 4 January."},
    {"id": "d44-autoreply-09", "kind": "autoreply", "thread": I, "quoted": None, "headers": BULK,
     "subject": "Afwezigheidsbericht",
     "body": "Tot 2 maart ben ik met verlof.\n\nHarm Wiersema"},
    {"id": "d44-autoreply-10", "kind": "autoreply", "thread": R, "quoted": None, "headers": AUTO,
     "subject": "AUTO: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "body": "Ik ben afwezig en kom terug op 15-03-2027.\n\nU kunt contact opnemen met het KCC via 14 0594."},
    {"id": "d44-autoreply-11", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "headers": AUTO,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "body": "Afwezig tot 1 maart, geen toegang tot mail."},
]
# fmt: on
