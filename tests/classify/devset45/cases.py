"""The forty-fifth labelled set's cases (issue 17): negation and its look-alikes across every kind.

Written without reading the classifier, each case labelled as the secretariat should treat it; cases that could not
be labelled with confidence were left out. Replies to our follow-up mail (vervolg_atelier) and to the thank-you for a
suggestion carry the thread ``call_for_themes``; replies to the waiting-list notice, the change notice and the
substitute's invitation carry ``invitation``. A director who cannot come but sends a substitute is an RSVP with
``attending`` False; a reply that changes an earlier answer is labelled with the latest answer; a "maybe" that
defers the answer, a yes that hinges on a question, an address change and a sign-up of someone else are ``other``.
Inline answers carry our quoted lines in ``body`` themselves and no ``quoted``.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

INVITE_SUBJECT = (
    "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
THEMES_SUBJECT = "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
IPAD = "\n\nVerzonden vanaf mijn iPad"
SAMSUNG = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
OUTLOOK_IOS = "\n\nDownload Outlook voor iOS"
DISCLAIMER = (
    "\n\nDe informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Bent u "
    "niet de geadresseerde, gebruik de inhoud dan niet, stel de afzender op de hoogte en verwijder het bericht. Aan "
    "dit bericht kunnen geen rechten worden ontleend."
)
DISCLAIMER_EN = (
    "\n\nThis e-mail is intended only for the addressee. If you are not the intended recipient, please do not use, "
    "copy or disclose it; notify the sender and delete it. No rights can be derived from this message."
)
GRONINGS = "\n\nMoi,\nHarm Wubbels\ndirecteur Werkorganisatie Eemsdelta-Oost"
BRABANTS = "\n\nHoudoe,\nToon van Kessel\nalgemeen directeur Werkorganisatie De Baronie-Noord"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP, yes -------------------------------------------------------------------------------------------
    {"id": "d45-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Ingrid Koopmans <i.koopmans@duivenwaard.nl>",
     "body": "Goedemorgen,\n\nDat laat ik me niet ontgaan: zet u mij maar op de lijst voor 11 maart.\n\n"
             "Met vriendelijke groet,\n\nIngrid Koopmans\nalgemeen directeur Werkorganisatie Duivenwaard\n"
             "T 071 - 409 32 18" + DISCLAIMER},
    {"id": "d45-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "ik zal er niet ontbreken!\n\ngr. Bas" + SAMSUNG},
    {"id": "d45-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "Geen probleem, ik kom. Wel graag een plek bij de deur: ik moet om vijf uur weg." + IPHONE},
    {"id": "d45-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn",
     "body": "Nee hoor, geen bezwaar tegen de nieuwe datum en plaats, ik ben er gewoon bij." + GRONINGS},
    {"id": "d45-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise",
     "body": "Niets houdt me nog tegen: de raadscommissie is naar de week erna geschoven. Reken dus op mij.\n\n"
             "G. Hoogendoorn\ngemeentesecretaris/algemeen directeur\nWerkorganisatie De Kempenpoort"},
    {"id": "d45-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Paul Verhoeven <p.verhoeven@rijnvallei.nl>",
     "body": "Wouldn't miss it. See you in Utrecht.\n\nKind regards,\nPaul Verhoeven\nDirector, Werkorganisatie "
             "Rijnvallei" + DISCLAIMER_EN},
    {"id": "d45-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Geacht secretariaat,\n\nHet is niet mijn gewoonte zo laat te reageren, maar uw uitnodiging was in "
             "een verkeerde map beland. Ik neem graag deel aan het atelier.\n\nHoogachtend,\n\n"
             "mr. H.J.M. van Ooijen\ndirecteur Ambtelijke Organisatie Maas en Peelland"},
    {"id": "d45-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Hoi Melanie,\n\nVorige week mailde ik dat ik niet kon. Dat klopt niet meer: het college heeft de "
             "heidag verzet, dus ik kom alsnog.\n\nGroet,\nMarloes Timmer"},
    {"id": "d45-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Dit laat ik niet aan me voorbijgaan. Ja, ik kom; Anja zet het in mijn agenda.\n\nJeroen Kamphuis"},
    {"id": "d45-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Beste Stan,\n\nIk kan niet de hele middag blijven (om half vijf heb ik een bestuurlijk overleg in "
             "Amersfoort), maar het eerste deel wil ik niet missen. Ik kom dus, tot ongeveer 16.15 uur.\n\n"
             "Groet,\nWillemijn Smeets"},
    {"id": "d45-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "body": "Ik kan niet anders dan ja zeggen op zo'n vraagstuk, bij ons spelen precies die spanningen tussen "
             "drie raden. Ik kom met 1 collega: Rob Faber, concerncontroller.\n\nvriendelijke groet\nA. Doornbos"},
    {"id": "d45-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "body": "I don't see why not - count me in.\n\nSent from my iPhone"},
    {"id": "d45-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "body": "Geen enkele reden om weg te blijven. Tot de 11e!" + IPAD},
    {"id": "d45-rsvp-14", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl",
     "body": "Geen zorgen, ik ben het niet vergeten: ik ben er, met mijn gast. We rijden samen vanuit Zutphen.\n\n"
             "Mvg,\nErik Lansink"},
    {"id": "d45-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "subject": INVITE_SUBJECT,
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\n"
             "Niet \"nee, helaas\" dus, maar: ja, ik kom.\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel\n> personen u komt.\n\n"
             "Nee, ik kom alleen.\n\n"
             "> Graag uw antwoord vóór 2 maart 2027.\n\n"
             "Bij deze, ruim op tijd.\n\nHenk Brouwer\nWerkorganisatie Vijfheerenlanden-Noord"},
    {"id": "d45-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-lijn",
     "body": "Geen probleem, ik neem de plaats van Dirk graag in. Tot donderdag 11 maart.\n\n"
             "Met vriendelijke groet,\nSaskia Mulder\nloco-directeur"},
    {"id": "d45-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail",
     "body": "Nieuwe datum? Geen punt, die komt me zelfs beter uit. Ik blijf gewoon aangemeld." + OUTLOOK_IOS},
    {"id": "d45-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Hi,\n\nNo way I'm missing this one, the 'couleur locale' question is exactly what we're struggling "
             "with. Please register me.\n\nBest,\nDaan Visser"},
    {"id": "d45-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "subject": "RE: aanmelding atelier 11 maart",
     "body": "Hierbij meld ik mij NIET af maar AAN voor het atelier van 11 maart. Mijn secretaresse had per "
             "abuis een afmelding gestuurd; die kunt u negeren.\n\nm.vr.gr.\nL. Kuijpers"},
    {"id": "d45-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "body": "Nee, ik heb geen dieetwensen. En ja, ik kom.\n\nTheo"},
    {"id": "d45-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Fatima El Amrani <f.elamrani@hartvandevallei.nl>",
     "body": "Beste secretariaat,\n\nOndanks een overvolle agenda wil ik deze bijeenkomst niet overslaan. U kunt "
             "op mij rekenen.\n\nHartelijke groet,\nFatima El Amrani\ndirecteur Werkorganisatie Hart van de "
             "Vallei\n06 - 41 27 83 90" + DISCLAIMER},
    {"id": "d45-rsvp-22", "kind": "rsvp", "attending": True, "thread": None, "subject": "Aanmelding atelier 11 maart",
     "body": "Goedemiddag,\n\nDe uitnodiging heb ik zelf niet ontvangen (die is volgens mij nog naar mijn "
             "voorganger gegaan), maar via een collega hoorde ik van het atelier op 11 maart. Ik wil er graag bij "
             "zijn.\n\nMet vriendelijke groet,\nRamon de Graaf\nalgemeen directeur ODR-werkorganisatie"},
    {"id": "d45-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "Can't wait! Zie jullie daar.\n\nLotte"},
    # -- RSVP, no --------------------------------------------------------------------------------------------
    {"id": "d45-rsvp-24", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Goedemiddag,\n\nIk kan er helaas niet bij zijn: op 11 maart heb ik de jaarlijkse heisessie met de "
             "drie colleges.\n\nMet vriendelijke groet,\nGeert Jan Schuurman"},
    {"id": "d45-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Niet dat ik niet wil, maar het lukt niet. Die middag zit ik bij de accountant.\n\nGroetjes, Hester"},
    {"id": "d45-rsvp-26", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Geacht secretariaat,\n\nIk zie geen mogelijkheid om op 11 maart aanwezig te zijn. Ik wens u een "
             "inspirerende bijeenkomst.\n\nHoogachtend,\ndrs. P.A. Tersteeg\nalgemeen directeur Werkorganisatie "
             "Lingewaal-Betuwe"},
    {"id": "d45-rsvp-27", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "Kan niet anders dan afzeggen, helaas. De begrotingsraad is naar die donderdag verplaatst.\n\n"
             "Gr, Wouter"},
    {"id": "d45-rsvp-28", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Nadia Bouzid <n.bouzid@werkorganisatie-kromme-rijn.nl>",
     "body": "Hi Stan,\n\nI'm afraid I can't make it on the 11th, I'll be in Brussels for a cohesion policy "
             "meeting.\n\nBest regards,\nNadia Bouzid"},
    {"id": "d45-rsvp-29", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple",
     "body": "Ik ga het niet redden, vrees ik. Geeft u mijn plaats maar aan iemand op de wachtlijst; mijn gast "
             "komt dan ook niet." + IPHONE},
    {"id": "d45-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "body": "nee, deze keer niet. volgende keer beter!\n\nkees"},
    {"id": "d45-rsvp-31", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd",
     "body": "Het zit er voor mij niet in. Jammer, want het onderwerp spreekt me erg aan.\n\nMvg,\nMirjam"},
    {"id": "d45-rsvp-32", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Beste Stan en Melanie,\n\nZelf kan ik er niet bij zijn. Niet getreurd: onze concerncontroller, "
             "Jelle Boersma (j.boersma@werkorganisatie-noordkwartier.nl), komt in mijn plaats.\n\nGroet,\n"
             "Anne-Marie Stolk"},
    {"id": "d45-rsvp-33", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote",
     "body": "Vorige week schreef ik nog dat ik er zeker bij zou zijn. Dat gaat helaas niet door: ik moet die "
             "middag in het provinciehuis zijn. Wilt u mijn aanmelding intrekken?\n\nGroet,\nRuud"},
    {"id": "d45-rsvp-34", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "body": "sadly won't be able to attend, double booked. sorry!\n\nsent from my phone"},
    {"id": "d45-rsvp-35", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Ik wil het niet missen, maar het moet toch: de raad heeft een extra vergadering ingelast. Ik moet "
             "helaas afzeggen.\n\nMet vriendelijke groet,\nDirk-Jan Hofman\nT 0341 - 25 88 10" + DISCLAIMER},
    {"id": "d45-rsvp-36", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "apple", "body": "Op 18 maart kan ik helaas niet. Op de 11e had ik wel gekund, jammer!" + IPHONE},
    {"id": "d45-rsvp-37", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-lijn",
     "body": "Ik vind het jammer, maar ik kan de plaats van Dirk niet innemen: ik ben die week met verlof.\n\n"
             "Met vriendelijke groet,\nEsther Claassen"},
    {"id": "d45-rsvp-38", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail",
     "body": "Dank voor het bericht. U hoeft mij niet langer op de wachtlijst te houden; ik heb die middag "
             "inmiddels iets anders gepland.\n\nGroet, Fleur"},
    {"id": "d45-rsvp-39", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd",
     "body": "Dit gaat 'm niet worden, de 11e is de dag van onze fusie-evaluatie. Ik kom dus niet.\n\nGijs"},
    {"id": "d45-rsvp-40", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl",
     "body": "Hoi,\n\nUnfortunately I can't join. Het verslag lees ik graag, dat deel ik dan met ons MT.\n\n"
             "Groeten,\nSven"},
    {"id": "d45-rsvp-41", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes",
     "body": "Geacht secretariaat,\n\nTot mijn spijt ben ik niet in de gelegenheid aan het atelier deel te "
             "nemen.\n\nHoogachtend,\n\nmr. C.W. Hazelaar-Dekker"},
    {"id": "d45-rsvp-42", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn",
     "body": "geen tijd helaas, zit die hele week vast in de begrotingsvoorbereiding\n\nMarc" + SAMSUNG},
    {"id": "d45-rsvp-43", "kind": "rsvp", "attending": False, "thread": I, "subject": INVITE_SUBJECT,
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\n"
             "Nee, helaas niet. Ik ben dan in Zweden op studiereis.\n\n"
             "> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.\n\n"
             "Nee, er komt niemand in mijn plaats.\n\nmvg Jan-Willem Bos" + BRABANTS},
    {"id": "d45-rsvp-44", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple",
     "body": "Ik moet je teleurstellen, Stan: dit keer niet. Ik ben die dag op werkbezoek in Vlaanderen." + IPAD},
    {"id": "d45-rsvp-45", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Thanks for the invite. Not this time, I'm afraid: our council meets that afternoon. Hope to join "
             "the next one.\n\nCheers,\nNoor"},
    # -- unsubscribe -----------------------------------------------------------------------------------------
    {"id": "d45-unsub-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Geen mail meer graag",
     "body": "Ik wil geen berichten van het netwerk meer ontvangen. Wilt u mij uitschrijven?\n\nmvg\nJ. Vermeulen"},
    {"id": "d45-unsub-02", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl",
     "body": "Geen thema's van mijn kant: ik ben niet langer directeur (sinds 1 februari ben ik griffier) en "
             "meld me daarom af voor het netwerk.\n\nHartelijke groet,\nYvonne Brink"},
    {"id": "d45-unsub-03", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail",
     "body": "Ik kom niet op 11 maart, en ook niet meer naar volgende ateliers: ik stop per april als directeur. "
             "Haal me maar van de lijst.\n\nGr, Hans"},
    {"id": "d45-unsub-04", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek tot verwijdering persoonsgegevens",
     "body": "Geacht secretariaat,\n\nIk wens niet langer deel uit te maken van het netwerk. Tevens verzoek ik u "
             "op grond van artikel 17 AVG al mijn persoonsgegevens te wissen en mij te berichten wanneer dat is "
             "gebeurd.\n\nHoogachtend,\n\nir. M.F. Roelofs"},
    {"id": "d45-unsub-05", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en",
     "body": "Please don't send me any more invitations. I no longer work in local government and don't need to "
             "be on this list.\n\nRegards,\nMark Dijkstra"},
    {"id": "d45-unsub-06", "kind": "unsubscribe", "erase": True, "thread": W, "quoted": "welkom",
     "quote": "apple",
     "body": "Dit had ik niet goed ingeschat: het netwerk is niet voor mij bedoeld, ik ben geen directeur maar "
             "beleidsadviseur. Meld me maar weer af en verwijder mijn gegevens ook.\n\nGroet, Ilse" + IPHONE},
    {"id": "d45-unsub-07", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap",
     "body": "Beste Melanie,\n\nPer 1 mei ben ik niet meer werkzaam bij Werkorganisatie Vechtstreek-Oost. Mijn "
             "opvolger, Karin Jansen (k.jansen@vechtstreek-oost.nl), neemt mijn plaats in het netwerk over; zij "
             "is ervan op de hoogte.\n\nDank voor de mooie jaren!\nFrits Veldman"},
    {"id": "d45-unsub-08", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes",
     "body": "Dank voor het verslag. Suggesties heb ik niet meer: na de ontvlechting van onze werkorganisatie is "
             "er voor mij geen plek meer in dit netwerk. Wilt u mij afmelden?\n\nMet vriendelijke groet,\n"
             "E. Bakker"},
    {"id": "d45-unsub-09", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "uitschrijven",
     "body": "hoi, ik wil niet meer op de mailinglijst. graag uitschrijven. dank\n\nwim" + SAMSUNG},
    {"id": "d45-unsub-10", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail",
     "body": "Ik zal er niet zijn, en ik wil ook geen herinneringen of uitnodigingen meer. Verwijder mijn naam en "
             "e-mailadres alstublieft volledig uit uw bestanden (AVG).\n\nR. Lammers"},
    {"id": "d45-unsub-11", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Unsubscribe",
     "body": "Hello,\n\nI no longer wish to receive e-mails from this network. Please take me off your "
             "mailing list.\n\nThank you,\nAnouk Peeters"},
    # -- confirm ---------------------------------------------------------------------------------------------
    {"id": "d45-conf-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "body": "Ik heb er geen bezwaar tegen dat u dit adres gebruikt. Bij dezen bevestigd.\n\nMvg,\nRob Hermsen"},
    {"id": "d45-conf-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "body": "niets op tegen, bevestigd"},
    {"id": "d45-conf-03", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "body": "Sorry, was er nog niet aan toegekomen. Ja, ik wil lid worden, de aanmelding kwam van mij." + IPHONE},
    {"id": "d45-conf-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "body": "Geacht secretariaat,\n\nJazeker, de aanmelding kwam van mij (via mijn managementassistent) en niet "
             "van een ander. Ik bevestig deze hierbij.\n\nHoogachtend,\nmr. B. Zijlstra"},
    {"id": "d45-conf-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en",
     "body": "Confirmed, no objection at all. My assistant sent the sign-up, but yes, this is me and I do want "
             "to join.\n\nBest,\nHugo Lammerts"},
    {"id": "d45-conf-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "body": "Geen twijfel: dit klopt.\n\nW. Oosterhuis"},
    {"id": "d45-conf-07", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-lijn", "body": "Excuses dat ik niet eerder heb bevestigd. Bij deze alsnog!\n\nAnnelies"},
    {"id": "d45-conf-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "body": "ja hoor, dat was niemand anders dan ik 🙂"},
    {"id": "d45-conf-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd",
     "body": "Klopt. Ik begrijp dat ik niets hoef te typen, maar voor de duidelijkheid: ik bevestig mijn "
             "aanmelding.\n\nGroet,\nMaarten"},
    {"id": "d45-conf-10", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "body": "Niet laten vervallen a.u.b.! Bevestigd.\n\nGroet, Joost" + IPAD},
    {"id": "d45-conf-11", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "body": "Ik heb me wel degelijk zelf aangemeld, dus negeren is niet nodig ;-) Graag bevestig ik mijn "
             "aanmelding.\n\nMet vriendelijke groet,\nDesirée Wolters" + DISCLAIMER},
    # -- suggestion ------------------------------------------------------------------------------------------
    {"id": "d45-sugg-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Niet de digitalisering, maar de relatie tussen de deelnemende gemeenten onderling verdient "
             "aandacht: hoe voorkom je dat de grootste gemeente alles bepaalt?\n\nMet vriendelijke groet,\n"
             "Jos Verbruggen"},
    {"id": "d45-sugg-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "body": "Wat mij betreft geen strategiesessie meer, die hebben we genoeg gehad. Liever iets praktisch over "
             "werkprocessen en de inzet van I&A.\n\nGr Petra"},
    {"id": "d45-sugg-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "body": "Geacht secretariaat,\n\nIk stel voor het deze keer niet over de interne organisatie te hebben, "
             "maar over de dienstverlening aan inwoners en ondernemers: hoe monitoren we of onze prestaties na de "
             "fusie beter zijn geworden?\n\nHoogachtend,\ndrs. K. van der Meulen"},
    {"id": "d45-sugg-04", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "body": "Not another session on structure and staffing, please. What I'd like to discuss is the long-term "
             "vision: where do we want our shared organisation to be in 2035?\n\nRegards,\nPieter-Jan"},
    {"id": "d45-sugg-05", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "apple",
     "body": "Niet vergeten: de positie van onze werkorganisaties in de regio. Dat verdient een eigen atelier."
             + IPHONE},
    {"id": "d45-sugg-06", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "body": "Geen nieuw onderwerp, wel een verdieping: de financiële sturing binnen de werkorganisatie "
             "(planning & control, begrotingscyclus, weerstandsvermogen).\n\nL. Brinkman"},
    {"id": "d45-sugg-07", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-lijn",
     "body": "Nog een aanvulling, en dan niet over digitalisering (die staat er al in): de inhoudelijke agenda "
             "van de werkorganisatie voor de komende raadsperiode.\n\nGroet,\nMarieke"},
    {"id": "d45-sugg-08", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "notes-wrote",
     "body": "Niet zozeer de techniek achter de digitalisering, wel de vraag hoe inwoners en ondernemers er iets "
             "van merken aan de balie en online. Innovatie in de dienstverlening dus.\n\nvriendelijke groet,\n"
             "Anton"},
    {"id": "d45-sugg-09", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "body": "Twee onderwerpen, en geen van beide gaat over fusie-evaluaties:\n"
             "1. gezamenlijke opgaven van de deelnemende gemeenten, zoals de energietransitie;\n"
             "2. formatie en innovatie: hoe blijven we als werkorganisatie een aantrekkelijke werkgever?\n\n"
             "Met vriendelijke groet,\nEvelien Prins"},
    {"id": "d45-sugg-10", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "body": "Suggestie: not strategy this time, maar de belangen en ambities van de afzonderlijke gemeenten "
             "binnen de samenwerking. Hoe houd je die allemaal in beeld?\n\nthx, Roel"},
    {"id": "d45-sugg-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "subject": THEMES_SUBJECT,
     "body": "> Welk vraagstuk rond de\n> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\n"
             "Het organisatiestructuurverhaal hebben we nu wel gehad. Ik zou het willen hebben over het monitoren "
             "van prestaties richting inwoners: welke indicatoren gebruiken jullie?\n\n"
             "> Eén onderwerp per regel helpt ons\n> bij het tellen.\n\nIs maar één onderwerp, dus dat lukt.\n\n"
             "Bart"},
    {"id": "d45-sugg-12", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "ongemarkeerd",
     "body": "Mijn suggestie voor de volgende keer: de rol van de directeur bij de lange termijn visie, niet de "
             "dagelijkse bedrijfsvoering.\n\nRenée"},
    {"id": "d45-sugg-13", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "doorgestuurd",
     "body": "Voorstel vanuit ons MT: niet opnieuw de samenwerking met de regio, maar het sturingsconcept en de "
             "werkprocessen binnen onze eigen organisatie.\n\nFrank Wijers"},
    {"id": "d45-sugg-14", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "body": "Liever geen thema over dienstverlening dit keer, dat doen we al in de VNG-kring. Wél: hoe bouw je "
             "een inhoudelijke agenda voor de lange termijn als de bestuurlijke prioriteiten elke vier jaar "
             "wisselen?" + IPAD},
    # -- subscribe -------------------------------------------------------------------------------------------
    {"id": "d45-sub-01", "kind": "subscribe", "thread": None, "subject": "Aanmelding",
     "sender": "Nicole Bosman <n.bosman@westerkwartier-zuid.nl>",
     "body": "Goedemiddag,\n\nIk ben nog geen lid, maar wil graag lid worden van het netwerk.\n\n"
             "Met vriendelijke groet,\nNicole Bosman\ndirecteur Werkorganisatie Westerkwartier-Zuid\n"
             "06 - 12 94 33 07"},
    {"id": "d45-sub-02", "kind": "subscribe", "thread": None, "subject": "Joining the network",
     "body": "Hello,\n\nI'm not a member yet but would like to join the network. I was appointed director of "
             "the Noorderkempen shared service organisation last month.\n\nKind regards,\nJasper Claes"},
    {"id": "d45-sub-03", "kind": "subscribe", "thread": None, "subject": "lidmaatschap",
     "body": "Beste secretariaat,\n\nIk ontving tot nu toe geen uitnodigingen, omdat ik niet op uw lijst sta. "
             "Graag meld ik me aan als lid.\n\nGroet,\nMohamed Ouali\nalgemeen directeur Werkorganisatie "
             "Lekstroom-West"},
    {"id": "d45-sub-04", "kind": "subscribe", "thread": None, "subject": "Aanmelden netwerk",
     "body": "Niet namens mijn organisatie maar persoonlijk, als directeur: graag meld ik mij aan voor het "
             "netwerk.\n\nmvg,\nCarla Vos"},
    {"id": "d45-sub-05", "kind": "subscribe", "thread": None, "subject": "Aanmelding nieuwe directeur",
     "body": "Goedemorgen,\n\nMijn voorganger was lid, ik (nog) niet. Dat wil ik graag veranderen: wilt u mij "
             "als lid aanmelden?\n\nMet vriendelijke groet,\nSander Kuiper\ndirecteur Werkorganisatie "
             "Duin- en Bollenstreek-Noord" + DISCLAIMER},
    {"id": "d45-sub-06", "kind": "subscribe", "thread": None, "subject": "Aanmeldformulier",
     "sender": "Femke Hoekstra <f.hoekstra@sudwest-waadkust.nl>",
     "body": "Naam: drs. Femke Hoekstra\nOrganisatie: Werkorganisatie Súdwest-Waadkust\n"
             "Functie: algemeen directeur\nE-mail: f.hoekstra@sudwest-waadkust.nl\n"
             "Al lid: nee, nog niet\nVerzoek: aanmelden als lid"},
    {"id": "d45-sub-07", "kind": "subscribe", "thread": None, "subject": "lijst",
     "body": "hoi, sta nog niet op jullie lijst, wil er graag op. mvg ton" + SAMSUNG},
    {"id": "d45-sub-08", "kind": "subscribe", "thread": None, "subject": "Aanmelding lidmaatschap netwerk",
     "body": "Geacht secretariaat,\n\nHet is mij niet ontgaan dat uw netwerk kosteloos is en zich richt op "
             "directeuren van ambtelijke fusieorganisaties. Als directeur van de Werkorganisatie Hollands "
             "Kroonland wens ik mij hierbij als lid aan te melden.\n\nHoogachtend,\n\nmr. drs. W.A. Groeneveld"},
    {"id": "d45-sub-09", "kind": "subscribe", "thread": None, "subject": "Sign up",
     "body": "Couldn't find a sign-up form on the website, so by e-mail: please add me as a member of the "
             "network.\n\nThanks,\nEmma de Wit\nDirector, Werkorganisatie Zeeuwse Delta" + DISCLAIMER_EN},
    {"id": "d45-sub-10", "kind": "subscribe", "thread": None, "subject": "Graag aanmelden",
     "body": "Ik had me nooit aangemeld, maar na de enthousiaste verhalen van een collega wil ik er ook bij. "
             "Graag aanmelden als lid.\n\nGroeten,\nIrma Schouten" + OUTLOOK_IOS},
    {"id": "d45-sub-11", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "subject": "Aanmelden",
     "body": "Goedemiddag,\n\nVorig jaar heb ik me afgemeld, maar ik ben niet meer gedetacheerd en weer aan de "
             "slag als directeur. Ik wil me graag opnieuw aanmelden.\n\nMet vriendelijke groet,\nArjen Mol"},
    {"id": "d45-sub-12", "kind": "subscribe", "thread": None, "subject": "Lid worden",
     "body": "Ik wil geen atelier meer missen: meld me aan als lid van het netwerk.\n\nGroet,\nNiels Pauwels\n"
             "directeur Werkorganisatie Heuvelland-Zuid"},
    # -- autoreply -------------------------------------------------------------------------------------------
    {"id": "d45-auto-01", "kind": "autoreply", "thread": I,
     "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Ik ben niet aanwezig tot en met 15 maart. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken "
             "kunt u contact opnemen met het bestuurssecretariaat, 0313 - 48 22 10."},
    {"id": "d45-auto-02", "kind": "autoreply", "thread": None, "subject": "Afwezig",
     "body": "Dank voor uw bericht. Ik ben tot en met 2 maart niet bereikbaar en lees mijn e-mail niet."},
    {"id": "d45-auto-03", "kind": "autoreply", "thread": I,
     "headers": {"Auto-Submitted": "auto-generated"},
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier",
     "body": "Dit e-mailadres is niet meer in gebruik. Sinds 1 januari zijn de gemeenten Oostervoort en "
             "Haarsteeg samen de Werkorganisatie Maasmeander. Uw bericht is niet doorgestuurd; stuur het opnieuw "
             "naar info@maasmeander.nl."},
    {"id": "d45-auto-04", "kind": "autoreply", "thread": T, "headers": {"X-Autoreply": "yes"},
     "subject": "Out of office",
     "body": "I am currently out of the office and will not be checking e-mail until 8 March. Your message will "
             "not be forwarded."},
    {"id": "d45-auto-05", "kind": "autoreply", "thread": None, "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Ontvangstbevestiging zaaknummer Z-2027-004512",
     "body": "Uw bericht is ontvangen onder zaaknummer Z-2027-004512. U hoeft niet opnieuw te mailen; wij nemen "
             "binnen vijf werkdagen contact met u op.\n\nGemeente Oostervoort, Klantcontactcentrum"},
    {"id": "d45-auto-06", "kind": "autoreply", "thread": I,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "Let op: ik werk niet op woensdag. Uw bericht lees ik op donderdag.\n\nMet vriendelijke groet,\n"
             "Gerda Smit"},
    {"id": "d45-auto-07", "kind": "autoreply", "thread": T, "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "subject": THEMES_SUBJECT,
     "body": "Ik ben niet op kantoor tot maandag 8 maart. Mail wordt in de tussentijd niet gelezen."},
    {"id": "d45-auto-08", "kind": "autoreply", "thread": None, "headers": {"Precedence": "auto_reply"},
     "subject": "Afwezigheidsbericht",
     "body": "Geen reactie nodig: dit is een automatisch bericht. Mevrouw Van Dalen is met verlof tot 1 juni. "
             "Voor zaken die niet kunnen wachten kunt u terecht bij haar plaatsvervanger, "
             "h.demir@werkorganisatie-maasmeander.nl."},
    # -- other: refusals of a sign-up ------------------------------------------------------------------------
    {"id": "d45-oth-01", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "body": "Ik heb me niet aangemeld voor dit netwerk en weet niet wie dat namens mij gedaan heeft. Graag hoor "
             "ik hoe u aan mijn adres komt.\n\nMet vriendelijke groet,\nT. Jacobs"},
    {"id": "d45-oth-02", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "body": "dit was ik niet"},
    {"id": "d45-oth-03", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "herinnering_aanmelding", "quote": "apple",
     "body": "Ik heb niets aangevraagd en ik ben ook geen directeur. Volgens mij is hier een vergissing gemaakt."
             + IPHONE},
    {"id": "d45-oth-04", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "body": "I did not sign up for this. Not interested, thanks."},
    # -- other: negated look-alikes of a leave ---------------------------------------------------------------
    {"id": "d45-oth-05", "kind": "other", "thread": None, "subject": "vreemde mail ontvangen",
     "body": "Goedemorgen,\n\nIk wil me NIET afmelden, maar kreeg vanochtend een vreemde mail dat mijn afmelding "
             "verwerkt zou zijn. Klopt dat? Ik wil gewoon lid blijven.\n\nGroet,\nPetra Heijnen"},
    {"id": "d45-oth-06", "kind": "other", "thread": None, "subject": "Nieuw e-mailadres",
     "body": "Ik hoef niet van de lijst, maar mijn e-mailadres verandert per 1 maart in "
             "t.devries@werkorganisatie-amstelgouw.nl. Wilt u dat aanpassen?\n\nTineke de Vries"},
    {"id": "d45-oth-07", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-lijn",
     "body": "Geen afmelding maar een adreswijziging: vanaf volgende maand ben ik bereikbaar op "
             "w.bakker@werkorganisatie-noordkwartier.nl. Thema's volgen nog.\n\nWim Bakker"},
    {"id": "d45-oth-08", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
     "body": "Niet afmelden hoor, ik weet alleen nog niet of ik kan. Na het MT van dinsdag laat ik het "
             "weten.\n\nDoris"},
    {"id": "d45-oth-09", "kind": "other", "thread": W, "quoted": "welkom", "quote": "notes",
     "body": "Dank voor het welkom. Ik wil zeker niet van de lijst af, maar ontvang de mails liever op mijn eigen "
             "werkadres in plaats van het algemene secretariaatsadres. Kan dat?\n\nGroet,\nHenriëtte Pool"},
    {"id": "d45-oth-10", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "gmail",
     "body": "Dank, helder. Niets meer aan doen.\n\nGr. Koen"},
    {"id": "d45-oth-11", "kind": "other", "thread": None, "subject": "Not receiving invitations",
     "body": "Hi,\n\nI don't want to unsubscribe, I'm just not receiving the invitations anymore. Could you "
             "check which address you have for me?\n\nThanks,\nRachel Brouwers"},
    # -- other: look-alikes of a sign-up ---------------------------------------------------------------------
    {"id": "d45-oth-12", "kind": "other", "thread": None, "subject": "Nieuwe functie, nieuw adres",
     "body": "Beste secretariaat,\n\nIk ben niet meer bij de werkorganisatie Berg en Dal-Oost, maar als directeur "
             "van de Uitvoeringsorganisatie Rivierenland-West wil ik wel lid blijven. Mijn nieuwe adres is "
             "m.verhagen@rivierenland-west.nl.\n\nMet vriendelijke groet,\nMaaike Verhagen"},
    {"id": "d45-oth-13", "kind": "subscribe", "thread": None, "subject": "Aanmelding collega",
     "body": "Mijn collega Jeanine Smulders is nog geen lid, maar wil dat graag worden. Kunt u haar aanmelden? "
             "Haar adres: j.smulders@werkorganisatie-peelkanaal.nl\n\nGroet,\nBert Hurkmans"},
    {"id": "d45-oth-14", "kind": "other", "thread": None, "subject": "Vraag over lidmaatschap",
     "body": "Is het lidmaatschap niet alleen voor directeuren? Onze gemeentesecretaris, die geen directeur van "
             "de werkorganisatie is, vraagt of hij ook lid kan worden.\n\nMet vriendelijke groet,\nLinda Kok"},
    # -- other: questions, acknowledgements, press -----------------------------------------------------------
    {"id": "d45-oth-15", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "body": "Ik heb geen nieuwe onderwerpen, het vorige atelier was al heel compleet. Dank voor de "
             "organisatie!\n\nGroet,\nSimone"},
    {"id": "d45-oth-16", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "apple",
     "body": "Jammer dat het niet doorgaat. Ik hoor graag de nieuwe datum." + IPHONE},
    {"id": "d45-oth-17", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "body": "Is het niet mogelijk om online aan te sluiten? Dan doe ik zeker mee; naar Utrecht komen lukt "
             "die dag niet.\n\nMvg,\nOlaf"},
    {"id": "d45-oth-18", "kind": "other", "thread": None, "subject": "Verzoek om het atelier bij te wonen",
     "body": "Goedendag,\n\nIk ben geen lid, maar schrijf voor een vakblad over het openbaar bestuur een artikel "
             "over ambtelijke fusies. Mag ik het atelier van 11 maart als toehoorder bijwonen?\n\n"
             "Met vriendelijke groet,\nSophie Laarman, journalist"},
    {"id": "d45-oth-19", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "notes-wrote",
     "body": "Ik kom zeker, maar weet niet of mijn gast nog meekomt. Mag ik dat volgende week laten weten, of "
             "moet ik haar nu al afmelden?\n\nGroet,\nCor"},
]
# fmt: on
