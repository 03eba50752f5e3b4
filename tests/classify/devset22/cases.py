"""The twenty-second labelled set's cases (issue 17): the atelier's life cycle seen from the members' side.

Written without reading the classifier; each case is labelled as the secretariat should treat it, and cases that
could not be labelled with confidence were left out. Replies to our follow-up mail (vervolg_atelier) and to the
thank-you for a suggestion carry the thread ``call_for_themes``; replies to the RSVP confirmation, the change, the
cancellation and the substitute's invitation carry ``invitation``, as ingest maps them. A director who cannot come
but sends a colleague is an RSVP with ``attending`` False; a reply that changes an earlier answer gets the latest
answer; a yes with a question a person must answer is ``other``; a thank-you for a cancellation is ``other``;
leaving the network and declining the atelier in one mail is ``unsubscribe``. Inline answers carry our quoted lines
in ``body`` themselves and no ``quoted``; ``thread`` None with a ``quoted`` mail is a client that dropped the
In-Reply-To lookup's match (the service cannot find the thread).
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"

ATELIER_SUBJECT = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)

IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
IPAD = "\n\nVerzonden vanaf mijn iPad"
GALAXY = "\n\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
OUTLOOK_IOS = "\n\nOutlook voor iOS downloaden<https://aka.ms/o0ukef>"
OUTLOOK_ANDROID = "\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>"
BLACKBERRY = "\n\nVerstuurd vanaf BlackBerry Work"
DISCLAIMER = (
    "\n\n-------------------------------------------------------------------------\n"
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Verstrekking aan en gebruik door anderen is "
    "niet toegestaan. De werkorganisatie sluit iedere aansprakelijkheid uit die voortvloeit uit elektronische "
    "verzending. Denk aan het milieu voordat u deze e-mail print."
)
DISCLAIMER_EN = (
    "\n\nThis message may contain confidential information. If you are not the intended recipient, please delete "
    "it and notify the sender. The municipality accepts no liability for damage caused by e-mail."
)
SIG_VEENWOUDEN = (
    "\n\nMet vriendelijke groet,\n\ndrs. Hendrik-Jan Koopmans\nalgemeen directeur\nWerkorganisatie Veenwouden-Aa\n"
    "T 0592 - 37 41 00 | M 06 - 41 88 20 73\nwww.werkorganisatie-veenwoudenaa.nl"
)
SIG_MAASHEUVEL = (
    "\n\nMet vriendelijke groeten,\n\nIr. Petra Lemmens-Joosten\nGemeentesecretaris / algemeen directeur\n"
    "Ambtelijke organisatie Maasheuvel\n(gemeenten Heuvelrade, Maasdorp en Sint-Oedenhoven)\n"
    "Tel. 043 - 820 19 00"
)
FRIES = "\n\nMei freonlike groetnis,\n\nJelmer Dijkstra\nDirekteur Wurkorganisaasje Wâldmar"
LIMBURG = "\n\nGroete oet 't zuuje,\nRoel Craemers\ndirecteur werkorganisatie Geuldal-Noord"
BRABANT = "\n\nHoudoe,\nMarjolein van Gestel\ndirecteur Dienst Kempenland-Oost"

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP yes: short, indirect, emoji, single word -------------------------------------------------------
    {"id": "d22-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Bram Oosterhuis <b.oosterhuis@werkorganisatie-drielanden.nl>",
     "body": "👍" + IPHONE},
    {"id": "d22-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Ellen Verhoef <e.verhoef@tweestromenland.nl>",
     "body": "Ja."},
    {"id": "d22-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "G. Blaauw <g.blaauw@hoogeveld.nl>",
     "body": "Present!\n\nGerrit"},
    {"id": "d22-rsvp-04", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Geaccepteerd: " + ATELIER_SUBJECT,
     "sender": "Sanne Wijnberg <s.wijnberg@werkorganisatie-liniedal.nl>",
     "body": "Staat in mijn agenda. Leuk dat het dit keer in Utrecht is, tot de elfde!\n\nSanne"},
    {"id": "d22-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Hendrik-Jan Koopmans <hj.koopmans@werkorganisatie-veenwoudenaa.nl>",
     "body": "Beste Stan, beste Melanie,\n\nDie donderdagmiddag heb ik voor jullie vrijgehouden." + SIG_VEENWOUDEN
             + DISCLAIMER},
    {"id": "d22-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Petra Lemmens <p.lemmens@maasheuvel.nl>",
     "body": "Geacht secretariaat,\n\nMijn managementassistent heeft de bijeenkomst reeds in mijn agenda "
             "opgenomen. Ik zie u graag op 11 maart in het Stadskantoor." + SIG_MAASHEUVEL},
    {"id": "d22-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Wouter Brinkman <wouterbrinkman@werkorganisatie-noorderzand.nl>",
     "body": "Zou het niet willen missen.\n\nW."},
    {"id": "d22-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Ilse Tromp <i.tromp@zandmeren.nl>",
     "body": "Uiteraard!"},
    {"id": "d22-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "kees.verbrugge@ambtelijkeorganisatie-lekvliet.nl",
     "body": "jep"},
    {"id": "d22-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Naima El Idrissi <n.elidrissi@werkorganisatie-drielanden.nl>",
     "body": "✅ aanwezig" + OUTLOOK_ANDROID},
    # -- RSVP yes with something incidental that needs no answer ------------------------------------------
    {"id": "d22-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Arjen de Lange <a.delange@hoogeveld.nl>",
     "body": "Goedemorgen,\n\nIk kom. Ik rijd zelf en zet de auto in de garage bij Hoog Catharijne, dus voor "
             "mij hoeft er geen parkeerplek geregeld te worden.\n\nGroet,\nArjen de Lange\nalgemeen directeur "
             "Werkorganisatie Hoogeveld"},
    {"id": "d22-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Miriam Schaap <m.schaap@tweestromenland.nl>",
     "body": "Graag aanwezig. Ter info: ik eet glutenvrij, maar ik neem zelf iets mee, dus maak er geen werk "
             "van.\n\nMiriam Schaap" + DISCLAIMER},
    {"id": "d22-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Jeroen Valk <j.valk@werkorganisatie-liniedal.nl>",
     "body": "Ik schuif aan! Wordt wel een uur of half drie, de raadscommissie Middelen loopt tot 14.00 in "
             "Zaltbommel-Oost en dan nog de A2 op.\n\nJeroen" + IPHONE},
    {"id": "d22-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "Jelmer Dijkstra <j.dijkstra@waldmar.nl>",
     "body": "Ik bin der graach by. Moat wol om kwart foar fiven fuort foar de trein nei Ljouwert, dus ik mis "
             "it lêste stikje." + FRIES},
    {"id": "d22-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Ruben Aalders <r.aalders@noorderzand.nl>",
     "body": "Hoi,\n\nWe komen met z'n tweeën: ikzelf en onze concerncontroller, Femke Bakx.\n\nGr Ruben"},
    {"id": "d22-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Daniel Hofstede <d.hofstede@zandmeren.nl>",
     "body": "Count me in - I'll join online via the Teams link, as I'm at a conference in Maastricht that "
             "week.\n\nBest,\nDaniel Hofstede\nDirector, Samenwerking Zandmeren" + DISCLAIMER_EN},
    {"id": "d22-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Marjolein van Gestel <m.vangestel@kempenland-oost.nl>",
     "body": "Ik kom met de fiets vanaf Utrecht Centraal, parkeren is voor mij dus geen punt. Tot dan!" + BRABANT},
    {"id": "d22-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Theo Rijkens <t.rijkens@gemeente-ommelanderwold.nl>",
     "body": "Ja, ik kom. Anja heeft hem al in de agenda gezet, hij staat er dus al in.\n\nTheo Rijkens"},
    {"id": "d22-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Loes Hartog <l.hartog@werkorganisatie-drielanden.nl>",
     "body": "Nee, ik neem niemand mee. Maar zelf ben ik er wel hoor!\n\nLoes"},
    {"id": "d22-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Frank Meijering <f.meijering@hoogeveld.nl>",
     "body": "Ja, ik kom. En ja, de evaluatie-enquête over het vorige atelier heb ik vorige week ook "
             "ingevuld.\n\nMet vriendelijke groet,\nFrank Meijering"},
    {"id": "d22-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Chantal Wever <c.wever@lekvliet.nl>",
     "body": "ik kom graag, tot dna" + GALAXY},
    {"id": "d22-rsvp-22", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Roel Craemers <r.craemers@geuldal-noord.nl>",
     "body": "Bèste luuj,\n\nIch kom. Ich neem ôs casus euver de regionale belastingsamewerking mèt as "
             "veurbeeld veur de middag." + LIMBURG},
    # -- RSVP yes: inline, calendar-like subjects, reminder ---------------------------------------------------
    {"id": "d22-rsvp-23", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Hanna de Bruijn <h.debruijn@tweestromenland.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nJazeker.\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nNee, alleen ikzelf.\n\n"
             "> Graag uw antwoord vóór 2 maart 2027.\n\nBij deze :)\n\nHanna"},
    {"id": "d22-rsvp-24", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Accepted: " + ATELIER_SUBJECT,
     "sender": "Pieter Zwanenburg <p.zwanenburg@werkorganisatie-liniedal.nl>",
     "body": "See you there. I may have to slip out around five, apologies in advance.\n\nPieter"},
    {"id": "d22-rsvp-25", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Yvonne Kramer <y.kramer@noorderzand.nl>",
     "body": "Tot donderdag!" + IPHONE},
    {"id": "d22-rsvp-26", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Bart Kuipers <b.kuipers@hoogeveld.nl>",
     "body": "Dank voor de herinnering. Ik ben er, al wordt het iets later: mijn overleg in Amersfoort loopt tot "
             "14.00 uur.\n\nBart Kuipers" + DISCLAIMER},
    {"id": "d22-rsvp-27", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "Sophie Lindeman <s.lindeman@zandmeren.nl>",
     "body": "Still on - see you Thursday. My guest has had to drop out, so it's just me."},
    {"id": "d22-rsvp-28", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise", "sender": "A. van Rossum <a.vanrossum@drielanden.nl>",
     "body": "Gaat door wat mij betreft. Neem de trein van 13.12 uit Zwolle."},
    # -- RSVP yes: the substitute, changes of mind, the changed date -----------------------------------------
    {"id": "d22-rsvp-29", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Beste Stan en Melanie,\n\nDank voor de uitnodiging; ik neem de plaats van Dirk graag in.\n\n"
             "Hartelijke groet,\nMarieke de Vries\nadjunct-directeur"},
    {"id": "d22-rsvp-30", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-lijn", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Prima, ik kom. Wel zonder gast: de collega die Dirk had opgegeven gaat niet mee.\n\nMarieke"
             + OUTLOOK_IOS},
    {"id": "d22-rsvp-31", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Joost Wagemans <j.wagemans@kempenland-oost.nl>",
     "body": "Beste secretariaat,\n\nHelaas, ik kan niet: die middag vergadert de raad over de kadernota.\n\n"
             "... en terwijl ik dit typ komt het bericht binnen dat de raad naar 10 maart is verschoven. Dan "
             "kan ik dus toch! Noteer mij maar als aanwezig.\n\nJoost Wagemans"},
    {"id": "d22-rsvp-32", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Karin Smulders <k.smulders@maasheuvel.nl>",
     "subject": "RE: atelier 11 maart - correctie",
     "body": "Goedemiddag,\n\nMijn eerdere afmelding vervalt: de dienstreis naar Brussel is geannuleerd, dus ik "
             "ben er op 11 maart gewoon bij.\n\nVriendelijke groet,\nKarin Smulders"},
    {"id": "d22-rsvp-33", "kind": "rsvp", "attending": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail", "sender": "Thijs Nauta <thijs.nauta@waldmar.nl>",
     "body": "Vergeet mijn mailtje van gisteren maar, ik kan toch wel. Als er een plek vrijkomt: graag!"},
    {"id": "d22-rsvp-34", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Ellen Verhoef <e.verhoef@tweestromenland.nl>",
     "body": "18 maart past ook, ik kom.\n\nEllen"},
    {"id": "d22-rsvp-35", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "apple", "sender": "Jeroen Valk <j.valk@werkorganisatie-liniedal.nl>",
     "body": "Nieuwe datum genoteerd, ben erbij in het Provinciehuis." + IPAD},
    {"id": "d22-rsvp-36", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-en", "sender": "Daniel Hofstede <d.hofstede@zandmeren.nl>",
     "body": "The new date works for me, see you on the 18th.\n\nDaniel"},
    # -- RSVP yes: new mails and clients that dropped the thread ---------------------------------------------
    {"id": "d22-rsvp-37", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart", "sender": "Gert-Jan Hoekstra <gj.hoekstra@lekvliet.nl>",
     "body": "Goedemorgen,\n\nHierbij meld ik mij aan voor het Leer- en inspireer-atelier van donderdag 11 maart "
             "in Utrecht.\n\nMet vriendelijke groet,\n\nGert-Jan Hoekstra\nalgemeen directeur Ambtelijke "
             "organisatie Lekvliet\n06 - 12 77 40 91"},
    {"id": "d22-rsvp-38", "kind": "rsvp", "attending": True, "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Willemien Post <w.post@drielanden.nl>",
     "body": "Ja hoor, ik kom.\n\nWillemien" + DISCLAIMER},
    {"id": "d22-rsvp-39", "kind": "rsvp", "attending": True, "thread": None, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "H. Mulderij <h.mulderij@werkorganisatie-ommelanderwold.nl>",
     "body": "Akkoord, ik ben van de partij.\n\nMet vriendelijke groet,\nH. Mulderij"},
    {"id": "d22-rsvp-40", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "atelier sturen op samenwerking", "sender": "rik.dewaard@noorderzand.nl",
     "body": "hoi, ik had de uitnodiging per ongeluk verwijderd maar wil wel graag komen op 11/3. kunnen jullie "
             "me noteren? gr rik" + BLACKBERRY},
    {"id": "d22-rsvp-41", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Attending the atelier on 11 March",
     "sender": "Anouk Visser <a.visser@werkorganisatie-hoogeveld.nl>",
     "body": "Dear secretariat,\n\nI would like to register for the Leer- en inspireer-atelier on 11 March in "
             "Utrecht. I will come alone.\n\nKind regards,\nAnouk Visser\nDeputy director, Werkorganisatie "
             "Hoogeveld"},
    # -- RSVP no: short, indirect, emoji, calendar-like ------------------------------------------------------
    {"id": "d22-rsvp-42", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Rik de Waard <rik.dewaard@noorderzand.nl>",
     "body": "Helaas pindakaas, die dag zit ik op de Veluwe met het college." + IPHONE},
    {"id": "d22-rsvp-43", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Ilse Tromp <i.tromp@zandmeren.nl>",
     "body": "Gaat me niet lukken deze keer.\n\nIlse"},
    {"id": "d22-rsvp-44", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Naima El Idrissi <n.elidrissi@werkorganisatie-drielanden.nl>",
     "body": "Kan niet 😕" + IPHONE},
    {"id": "d22-rsvp-45", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Geweigerd: " + ATELIER_SUBJECT,
     "sender": "Chantal Wever <c.wever@lekvliet.nl>",
     "body": "Zit die week met het gezin op Texel. Volgende keer beter!"},
    {"id": "d22-rsvp-46", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Declined: " + ATELIER_SUBJECT,
     "sender": "Sophie Lindeman <s.lindeman@zandmeren.nl>",
     "body": "Apologies, I'm on leave that week.\n\nSophie"},
    {"id": "d22-rsvp-47", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Petra Lemmens <p.lemmens@maasheuvel.nl>",
     "body": "Geacht secretariaat,\n\nOp donderdag 11 maart ben ik met het voltallige college op werkbezoek in "
             "Brussel. Tot mijn spijt zal ik deze bijeenkomst daarom aan mij voorbij moeten laten gaan."
             + SIG_MAASHEUVEL},
    {"id": "d22-rsvp-48", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Bram Oosterhuis <b.oosterhuis@werkorganisatie-drielanden.nl>",
     "body": "Mijn agenda laat het deze keer helaas niet toe.\n\nBram"},
    {"id": "d22-rsvp-49", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Pieter Zwanenburg <p.zwanenburg@werkorganisatie-liniedal.nl>",
     "body": "Can't make it, sorry. Budget council meeting that evening.\n\nP." + OUTLOOK_IOS},
    {"id": "d22-rsvp-50", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "G. Blaauw <g.blaauw@hoogeveld.nl>",
     "body": "❌ helaas\n\nGerrit"},
    {"id": "d22-rsvp-51", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Wouter Brinkman <wouterbrinkman@werkorganisatie-noorderzand.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nHelaas niet, dan is "
             "er raadsvergadering.\n\n> Kunt u zelf niet, maar komt een collega in uw plaats?\n\nNee, we slaan "
             "deze keer over.\n\nWouter"},
    # -- RSVP no: "afmelden" for the atelier, other events, the yes to something else ------------------------
    {"id": "d22-rsvp-52", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Anton Scheepers <a.scheepers@tweestromenland.nl>",
     "body": "Goedendag,\n\nGraag wil ik mij afmelden voor het atelier van 11 maart, in verband met vakantie.\n\n"
             "Met vriendelijke groet,\nAnton Scheepers\ndirecteur bedrijfsvoering" + DISCLAIMER},
    {"id": "d22-rsvp-53", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Lotte Groeneveld <l.groeneveld@liniedal.nl>",
     "body": "Ik meld me af voor 11 maart, maar blijf uiteraard lid van het netwerk en kom de volgende keer "
             "graag weer.\n\nLotte Groeneveld"},
    {"id": "d22-rsvp-54", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "afmelding atelier 11/3", "sender": "Karin Smulders <k.smulders@maasheuvel.nl>",
     "body": "Beste mensen,\n\nIk moet helaas afzeggen voor donderdag de elfde, er is een extra "
             "raadsvergadering uitgeschreven.\n\nGroet, Karin"},
    {"id": "d22-rsvp-55", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Frank Meijering <f.meijering@hoogeveld.nl>",
     "body": "Ik kan er niet bij zijn: ik ben die dag al aangemeld voor het jaarcongres van de Vereniging van "
             "Gemeentesecretarissen in Den Bosch, en dat valt precies samen.\n\nFrank"},
    {"id": "d22-rsvp-56", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Mirjam Tuinstra <m.tuinstra@waldmar.nl>",
     "body": "Ja, ik heb in januari een onderwerp ingestuurd en leuk dat het samenwerking is geworden! Maar "
             "aan het atelier zelf kan ik helaas niet deelnemen, ik heb dan een heidag met het MT."},
    {"id": "d22-rsvp-57", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Arjen de Lange <a.delange@hoogeveld.nl>",
     "body": "Ja, de vragenlijst over jullie nieuwe website heb ik ingevuld. Voor het atelier moet ik helaas "
             "passen.\n\nArjen"},
    # -- RSVP no: a colleague instead, the substitute who cannot ---------------------------------------------
    {"id": "d22-rsvp-58", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Hendrik-Jan Koopmans <hj.koopmans@werkorganisatie-veenwoudenaa.nl>",
     "body": "Beste Stan,\n\nZelf ben ik verhinderd. Mijn adjunct, Karin Bos (k.bos@werkorganisatie-"
             "veenwoudenaa.nl), gaat in mijn plaats; zij trekt bij ons het dossier eigenheid van de kernen."
             + SIG_VEENWOUDEN},
    {"id": "d22-rsvp-59", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Daniel Hofstede <d.hofstede@zandmeren.nl>",
     "body": "Unfortunately I can't attend myself. My deputy, Tom Veldkamp (t.veldkamp@zandmeren.nl), will "
             "come instead.\n\nRegards,\nDaniel" + DISCLAIMER_EN},
    {"id": "d22-rsvp-60", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Theo Rijkens <t.rijkens@gemeente-ommelanderwold.nl>",
     "body": "Ik kan zelf niet. Wouter van Dam, onze manager Publiekszaken (w.vandam@gemeente-ommelanderwold.nl), "
             "gaat namens ons.\n\nTheo"},
    {"id": "d22-rsvp-61", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Beste secretariaat,\n\nDirk heeft mij opgegeven, maar ik kan helaas niet in zijn plaats komen: "
             "ik heb die middag een heidag met mijn afdeling.\n\nMet vriendelijke groet,\nMarieke de Vries"},
    {"id": "d22-rsvp-62", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail", "sender": "Sven Bakker <s.bakker@noorderzand.nl>",
     "body": "sorry, ik ben dan met verlof, dus ik kan niet in de plaats van Dirk. Fijne middag gewenst!"},
    # -- RSVP no: changes of mind, the reminder, the waiting list, the new date ------------------------------
    {"id": "d22-rsvp-63", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Loes Hartog <l.hartog@werkorganisatie-drielanden.nl>",
     "body": "Ja, ik kom!\n\nPS Net in de agenda gekeken: het valt samen met de begrotingsraad. Dus helaas toch "
             "niet, sorry voor de verwarring.\n\nLoes" + IPHONE},
    {"id": "d22-rsvp-64", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Ruben Aalders <r.aalders@noorderzand.nl>",
     "body": "Helaas toch niet. Mijn aanmelding van vorige week mag u schrappen.\n\nRuben Aalders"},
    {"id": "d22-rsvp-65", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "notes", "sender": "A. van Rossum <a.vanrossum@drielanden.nl>",
     "body": "Haal mij maar van de wachtlijst, ik heb die middag inmiddels iets anders gepland."},
    {"id": "d22-rsvp-66", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-lijn", "sender": "Miriam Schaap <m.schaap@tweestromenland.nl>",
     "body": "Helaas, ik kan niet. Geef mijn plek gerust aan iemand van de wachtlijst.\n\nMiriam"},
    {"id": "d22-rsvp-67", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Bart Kuipers <b.kuipers@hoogeveld.nl>",
     "body": "Lig met griep op de bank, donderdag moet ik verstek laten gaan. Veel plezier!" + GALAXY},
    {"id": "d22-rsvp-68", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes-wrote", "sender": "Yvonne Kramer <y.kramer@noorderzand.nl>",
     "body": "Dear Stan, I'm afraid something urgent came up at the town hall; I won't be able to come on "
             "Thursday after all.\n\nYvonne"},
    {"id": "d22-rsvp-69", "kind": "rsvp", "attending": False, "thread": None, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Joost Wagemans <j.wagemans@kempenland-oost.nl>",
     "body": "Ik moet me helaas afmelden voor morgen: er is een calamiteit in een van onze kernen en ik moet "
             "hier blijven.\n\nJoost" + BLACKBERRY},
    {"id": "d22-rsvp-70", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Willemien Post <w.post@drielanden.nl>",
     "body": "Beste Melanie,\n\nDe nieuwe datum komt mij helaas niet uit: op 18 maart heb ik het AB van onze "
             "GR.\n\nHartelijke groet,\nWillemien Post" + DISCLAIMER},
    {"id": "d22-rsvp-71", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-en", "sender": "Anouk Visser <a.visser@werkorganisatie-hoogeveld.nl>",
     "body": "Unfortunately the 18th doesn't work for me, so please count me out for this one.\n\nAnouk"},
    {"id": "d22-rsvp-72", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "groupwise", "sender": "Roel Craemers <r.craemers@geuldal-noord.nl>",
     "body": "18 maart kan ich neet. Sjaad!" + LIMBURG},
    {"id": "d22-rsvp-73", "kind": "rsvp", "attending": False, "thread": None, "quoted": "wijziging_atelier",
     "quote": "apple", "sender": "Thijs Nauta <thijs.nauta@waldmar.nl>",
     "body": "Door de verschuiving valt het op mijn vrije dag, dus ik haak af." + IPAD},
    {"id": "d22-rsvp-74", "kind": "rsvp", "attending": True, "thread": I, "quoted": "annulering_atelier",
     "quote": "outlook-nl", "sender": "Gert-Jan Hoekstra <gj.hoekstra@lekvliet.nl>",
     "subject": "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "body": "Excuus, ik reageer op de verkeerde mail, maar het gaat om de nieuwe datum: 18 maart kan ik ook, "
             "dus ik blijf aangemeld.\n\nGert-Jan"},
    # -- other: thanks for a cancellation or change, yes with a real question --------------------------------
    {"id": "d22-other-01", "kind": "other", "thread": I, "quoted": "annulering_atelier",
     "quote": "outlook-nl", "sender": "Anton Scheepers <a.scheepers@tweestromenland.nl>",
     "body": "Dank voor het bericht, jammer. Ik hoor graag wanneer de nieuwe datum is.\n\nAnton" + DISCLAIMER},
    {"id": "d22-other-02", "kind": "other", "thread": I, "quoted": "annulering_atelier",
     "quote": "outlook-en", "sender": "Sophie Lindeman <s.lindeman@zandmeren.nl>",
     "body": "Thanks for letting us know. Pity!"},
    {"id": "d22-other-03", "kind": "other", "thread": I, "quoted": "annulering_atelier",
     "quote": "apple", "sender": "Jeroen Valk <j.valk@werkorganisatie-liniedal.nl>",
     "body": "Begrepen, uit de agenda gehaald 👍" + IPHONE},
    {"id": "d22-other-04", "kind": "other", "thread": I, "quoted": "annulering_atelier",
     "quote": "groupwise", "sender": "G. Blaauw <g.blaauw@hoogeveld.nl>",
     "body": "Jammer! Weten jullie al ongeveer wanneer het wordt ingehaald? Dan kan ik alvast iets blokken in "
             "mijn agenda."},
    {"id": "d22-other-05", "kind": "other", "thread": I, "quoted": "wijziging_atelier",
     "quote": "notes", "sender": "Petra Lemmens <p.lemmens@maasheuvel.nl>",
     "body": "Dank voor de update." + SIG_MAASHEUVEL},
    {"id": "d22-other-06", "kind": "other", "thread": I, "quoted": "wijziging_atelier",
     "quote": "gmail", "sender": "Rik de Waard <rik.dewaard@noorderzand.nl>",
     "body": "Is het Provinciehuis goed met het OV bereikbaar vanaf Utrecht Centraal, of kan ik beter met de auto? "
             "En is daar parkeerruimte?"},
    {"id": "d22-other-07", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Wouter Brinkman <wouterbrinkman@werkorganisatie-noorderzand.nl>",
     "body": "Ik kom graag. Is er parkeergelegenheid bij het Stadskantoor zelf, of moet ik in een openbare "
             "garage gaan staan? Dat bepaalt of ik de auto of de trein neem.\n\nWouter"},
    {"id": "d22-other-08", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Ellen Verhoef <e.verhoef@tweestromenland.nl>",
     "body": "Ik ben er graag bij. Mag ik ook onze strategisch beleidsadviseur meenemen, of is het atelier "
             "alleen bedoeld voor directeuren?\n\nEllen Verhoef"},
    {"id": "d22-other-09", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Lotte Groeneveld <l.groeneveld@liniedal.nl>",
     "body": "Ik wil graag komen, maar ik zit in een rolstoel. Is het Stadskantoor goed toegankelijk en is er "
             "een invalidenparkeerplaats?\n\nLotte"},
    {"id": "d22-other-10", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Daniel Hofstede <d.hofstede@zandmeren.nl>",
     "body": "I'd love to come, but could you tell me whether there is a fee? Our organisation only joined "
             "last month and I need to know before I can commit.\n\nDaniel"},
    {"id": "d22-other-11", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Naima El Idrissi <n.elidrissi@werkorganisatie-drielanden.nl>",
     "body": "Ik ben erbij. Is er halal eten, of kan ik beter zelf iets meenemen?\n\nNaima"},
    {"id": "d22-other-12", "kind": "other", "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Bart Kuipers <b.kuipers@hoogeveld.nl>",
     "body": "Is de Teams-link dezelfde als in de uitnodiging? Ik wil graag online meedoen in plaats van op "
             "locatie, kan dat nog?\n\nBart"},
    {"id": "d22-other-13", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Mirjam Tuinstra <m.tuinstra@waldmar.nl>",
     "body": "Ik kan er op 11 maart niet live bij zijn. Wordt de sessie opgenomen? Dan zou ik hem graag "
             "terugkijken."},
    {"id": "d22-other-14", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Joost Wagemans <j.wagemans@kempenland-oost.nl>",
     "body": "Ik kan helaas niet, maar mag mijn collega-directeur van de Dienst Peelrand dan komen? Zij is nog "
             "geen lid van het netwerk. Laat maar weten of dat kan.\n\nJoost"},
    {"id": "d22-other-15", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "H. Mulderij <h.mulderij@werkorganisatie-ommelanderwold.nl>",
     "body": "Waarom wordt het atelier toch steeds op een donderdag gepland? Dat is bij vrijwel alle "
             "fusieorganisaties de vaste dag voor raadscommissies. Misschien iets om mee te nemen bij de "
             "planning.\n\nH. Mulderij"},
    {"id": "d22-other-16", "kind": "other", "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-lijn", "sender": "Fleur Jansma <f.jansma@werkorganisatie-drielanden.nl>",
     "body": "Goedemiddag,\n\nIk ken geen Dirk Smit en weet ook niet wat dit netwerk is. Is deze uitnodiging "
             "wel voor mij bedoeld?\n\nFleur Jansma\nteamleider Burgerzaken"},
    {"id": "d22-other-17", "kind": "other", "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "apple", "sender": "Thijs Nauta <thijs.nauta@waldmar.nl>",
     "body": "Dank, ik wacht het af." + IPHONE},
    # -- other: RSVPs for other organisations' events --------------------------------------------------------
    {"id": "d22-other-18", "kind": "other", "thread": None,
     "subject": "Aanmelding Regiodag Gelderse Vallei 14 maart",
     "sender": "Chantal Wever <c.wever@lekvliet.nl>",
     "body": "Beste organisatie,\n\nGraag meld ik mij aan voor de Regiodag van 14 maart, met twee collega's van "
             "de afdeling Economische Zaken.\n\nMet vriendelijke groet,\nChantal Wever"},
    {"id": "d22-other-19", "kind": "other", "thread": None,
     "subject": "Geaccepteerd: VNG Jaarcongres 2027 - workshop Regionale samenwerking",
     "sender": "Frank Meijering <f.meijering@hoogeveld.nl>",
     "body": "Tot dan!\n\nFrank"},
    {"id": "d22-other-20", "kind": "other", "thread": None,
     "subject": "RE: Uitnodiging kennissessie Omgevingswet provincie",
     "sender": "Ilse Tromp <i.tromp@zandmeren.nl>",
     "body": "Hallo,\n\nHelaas kan ik niet bij de kennissessie van de provincie zijn. Ik stuur dit naar jullie "
             "omdat ik denk dat jullie die mede organiseren?\n\nIlse"},
    # -- other: replies to the follow-up that thank or speak of the next atelier -----------------------------
    {"id": "d22-other-21", "kind": "other", "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-nl", "sender": "Hanna de Bruijn <h.debruijn@tweestromenland.nl>",
     "body": "Dank voor het verslag, het was een mooie en leerzame middag.\n\nHanna"},
    {"id": "d22-other-22", "kind": "other", "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-en", "sender": "Pieter Zwanenburg <p.zwanenburg@werkorganisatie-liniedal.nl>",
     "body": "Thanks, great session! Compliments to the speakers."},
    {"id": "d22-other-23", "kind": "rsvp", "attending": True, "thread": T, "quoted": "vervolg_atelier",
     "quote": "gmail", "sender": "Loes Hartog <l.hartog@werkorganisatie-drielanden.nl>",
     "body": "Dank jullie wel! De volgende keer ben ik er zeker weer bij." + IPHONE},
    {"id": "d22-other-24", "kind": "other", "thread": T, "quoted": "vervolg_atelier",
     "quote": "groupwise", "sender": "A. van Rossum <a.vanrossum@drielanden.nl>",
     "body": "Ik was er helaas niet bij. Kunnen jullie de presentatie van de gastspreker ook los sturen? Die "
             "staat niet bij het verslag."},
    {"id": "d22-other-25", "kind": "other", "thread": T, "quoted": "vervolg_atelier",
     "quote": "outlook-lijn", "sender": "Arjen de Lange <a.delange@hoogeveld.nl>",
     "body": "De link naar het verslag geeft bij mij een foutmelding (404). Kunnen jullie het als pdf "
             "mailen?\n\nArjen" + DISCLAIMER},
    {"id": "d22-other-26", "kind": "other", "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes", "sender": "Petra Lemmens <p.lemmens@maasheuvel.nl>",
     "body": "Geacht secretariaat,\n\nMet belangstelling heb ik het verslag gelezen. Ik stel het op prijs als "
             "u mij laat weten of er ook een evaluatieformulier komt; dat vul ik dan graag in." + SIG_MAASHEUVEL},
    {"id": "d22-other-27", "kind": "rsvp", "attending": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "apple", "sender": "Thijs Nauta <thijs.nauta@waldmar.nl>",
     "body": "Mooi verslag. Het volgende atelier in september moet ik helaas al overslaan, dan zit ik in de "
             "bestuursopdracht herindeling. Daarna weer graag!" + IPAD},
    {"id": "d22-other-28", "kind": "other", "thread": T, "quoted": "vervolg_atelier",
     "quote": "ongemarkeerd", "sender": "Sanne Wijnberg <s.wijnberg@werkorganisatie-liniedal.nl>",
     "body": "Leuk dat jullie een evaluatie willen doen. Ja, ik werk graag mee aan een interview daarover; "
             "bel me maar even om een moment te prikken: 06 - 48 21 90 33.\n\nSanne"},
    # -- suggestions: replies to the follow-up, the call for themes, the thank-you ---------------------------
    {"id": "d22-sugg-01", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Miriam Schaap <m.schaap@tweestromenland.nl>",
     "body": "Dank voor de fijne middag. Suggestie voor de volgende keer: monitoring van de prestaties van het "
             "klantcontactcentrum. Welke kpi's hanteren anderen richting inwoners, en hoe publiceer je die?"
             "\n\nMiriam Schaap"},
    {"id": "d22-sugg-02", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "gmail",
     "sender": "Ruben Aalders <r.aalders@noorderzand.nl>",
     "body": "Dank voor het verslag! Als onderwerp voor het volgende atelier: de financiën van de "
             "werkorganisatie. Hoe houden we de overhead beheersbaar nu de taken blijven groeien?"},
    {"id": "d22-sugg-03", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn",
     "sender": "Jelmer Dijkstra <j.dijkstra@waldmar.nl>",
     "body": "Foar it folgjende atelier: de posysje fan ús fúzjeorganisaasje yn de regio, tsjinoer de "
             "sintrumgemeente. Ik bin der dan wis wer by." + FRIES},
    {"id": "d22-sugg-04", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-en",
     "sender": "Daniel Hofstede <d.hofstede@zandmeren.nl>",
     "body": "Topic for next time: long-term vision. Where do we want our shared organisation to be in 2035, "
             "and who owns that vision - the directors or the three councils?\n\nDaniel"},
    {"id": "d22-sugg-05", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl",
     "sender": "Joost Wagemans <j.wagemans@kempenland-oost.nl>",
     "body": "Ja hoor! Twee onderwerpen:\n- ons sturingsconcept en de rol van het MT daarin\n- de relatie tussen "
             "de deelnemende gemeenten nu we de DVO opnieuw moeten vaststellen\n\nJoost" + DISCLAIMER},
    {"id": "d22-sugg-06", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes",
     "sender": "Petra Lemmens <p.lemmens@maasheuvel.nl>",
     "body": "Geacht secretariaat,\n\nGaarne draag ik het volgende onderwerp aan: het bepalen van bestuurlijke "
             "prioriteiten na de gemeenteraadsverkiezingen van 2026, nu drie nieuwe colleges elk hun eigen "
             "coalitieakkoord hebben." + SIG_MAASHEUVEL},
    {"id": "d22-sugg-07", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple",
     "sender": "Bram Oosterhuis <b.oosterhuis@werkorganisatie-drielanden.nl>",
     "body": "Niet wéér samenwerking alsjeblieft, dat hebben we de laatste keren vaak genoeg gehad. Liever iets "
             "over digitalisering en I&A: hoe pakken anderen de vervanging van hun zaaksysteem aan?" + IPHONE},
    {"id": "d22-sugg-08", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Anouk Visser <a.visser@werkorganisatie-hoogeveld.nl>",
     "body": "Suggestion: innovation in how we serve local entrepreneurs - one digital front desk for "
             "businesses instead of a counter per town hall.\n\nAnouk"},
    {"id": "d22-sugg-09", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
     "subject": "Onderwerp voor het atelier",
     "sender": "Lotte Groeneveld <l.groeneveld@liniedal.nl>",
     "body": "Beste Stan en Melanie,\n\nIk wil graag een onderwerp voorstellen: formatie en innovatie. Hoe "
             "werven en behouden wij jong talent in een krappe arbeidsmarkt?\n\nGroet,\nLotte Groeneveld"},
    {"id": "d22-sugg-10", "kind": "suggestion", "themes": ["strategie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Nog een aanvulling: de inhoudelijke agenda van de werkorganisatie voor de komende tien jaar.\n\n"
             "Marieke"},
    {"id": "d22-sugg-11", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise",
     "sender": "G. Blaauw <g.blaauw@hoogeveld.nl>",
     "body": "Of ik er op 11 maart bij kan zijn weet ik nog niet, maar een onderwerp heb ik wel: gezamenlijke "
             "opgaven van de drie gemeenten in het sociaal domein, waar ieder eigen ambities heeft."},
    {"id": "d22-sugg-12", "kind": "suggestion", "themes": ["dienstverlening", "strategie"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "notes-wrote",
     "sender": "Willemien Post <w.post@drielanden.nl>",
     "body": "Mooi verslag. Voor de volgende keer twee onderwerpen:\n1. monitoring van de prestaties van onze "
             "dienstverlening (wachttijden, doorlooptijden van vergunningen)\n2. een lange termijn visie: "
             "waar staat de werkorganisatie over tien jaar?\n\nWillemien"},
    {"id": "d22-sugg-13", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail",
     "sender": "rik.dewaard@noorderzand.nl",
     "body": "digitalisering" + BLACKBERRY},
    {"id": "d22-sugg-14", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "sender": "Roel Craemers <r.craemers@geuldal-noord.nl>",
     "body": "👍 Ós oonderwerp: de positie van de werkorganisatie in de regio Zuid-Limburg, en hoe we ons "
             "verhouden tot de buurregio's." + LIMBURG},
    {"id": "d22-sugg-15", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "quoted": "vervolg_atelier", "quote": "doorgestuurd",
     "sender": "Theo Rijkens <t.rijkens@gemeente-ommelanderwold.nl>",
     "body": "Voor het volgende atelier stel ik voor: innovaties in de dienstverlening aan instellingen, zoals "
             "scholen en zorgaanbieders, die nu per gemeente een ander loket hebben.\n\nTheo"},
    # -- unsubscribe: leaving the network (with or without declining the atelier) ----------------------------
    {"id": "d22-unsub-01", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Anton Scheepers <a.scheepers@tweestromenland.nl>",
     "body": "Beste Stan,\n\nOp 11 maart ben ik er niet bij, en per 1 april ga ik met pensioen. U mag mij dus "
             "ook uit het netwerk uitschrijven; uitnodigingen hoef ik niet meer te ontvangen.\n\nHet ga jullie "
             "goed,\nAnton Scheepers" + DISCLAIMER},
    {"id": "d22-unsub-02", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Sven Bakker <s.bakker@noorderzand.nl>",
     "body": "Graag afmelden, ik ben sinds januari geen directeur meer bij de werkorganisatie en deze mails "
             "zijn niet meer voor mij bedoeld."},
    {"id": "d22-unsub-03", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "H. Mulderij <h.mulderij@werkorganisatie-ommelanderwold.nl>",
     "body": "Geacht secretariaat,\n\nIk verzoek u op grond van artikel 17 AVG al mijn persoonsgegevens uit uw "
             "bestanden te verwijderen. Vanzelfsprekend zal ik het atelier dan ook niet bijwonen.\n\n"
             "Hoogachtend,\nH. Mulderij"},
    {"id": "d22-unsub-04", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Hendrik-Jan Koopmans <hj.koopmans@werkorganisatie-veenwoudenaa.nl>",
     "body": "Beste Stan en Melanie,\n\nPer 1 maart vertrek ik bij Veenwouden-Aa. Mijn opvolger, Ingrid "
             "Mulder (i.mulder@werkorganisatie-veenwoudenaa.nl), neemt ook mijn plek in het netwerk over. Het "
             "atelier van 11 maart laat ik dus aan haar." + SIG_VEENWOUDEN},
    {"id": "d22-unsub-05", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Sophie Lindeman <s.lindeman@zandmeren.nl>",
     "body": "Please unsubscribe me from the network - I've moved to a post at the province. I won't be "
             "attending on the 11th either.\n\nAll the best,\nSophie" + DISCLAIMER_EN},
    {"id": "d22-unsub-06", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "apple", "sender": "Gert-Jan Hoekstra <gj.hoekstra@lekvliet.nl>",
     "body": "Dank voor alles, dit was mijn laatste atelier. Haal mij maar van de ledenlijst." + IPHONE},
    {"id": "d22-unsub-07", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "groupwise", "sender": "Karin Smulders <k.smulders@maasheuvel.nl>",
     "body": "De nieuwe datum kan ik niet, en eerlijk gezegd wil ik helemaal stoppen met het netwerk. Graag "
             "uitschrijven.\n\nKarin"},
    {"id": "d22-unsub-08", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "annulering_atelier",
     "quote": "notes-wrote", "sender": "Mirjam Tuinstra <m.tuinstra@waldmar.nl>",
     "body": "Prima. Schrijf mij meteen ook maar uit, het netwerk past niet meer bij mijn huidige rol."},
    {"id": "d22-unsub-09", "kind": "unsubscribe", "erase": True, "thread": None, "quoted": "herinnering_atelier",
     "quote": "doorgestuurd", "sender": "Fleur Jansma <f.jansma@werkorganisatie-drielanden.nl>",
     "body": "Ik ben geen lid en wil dat ook niet worden. Verwijder mijn e-mailadres en andere gegevens "
             "a.u.b. volledig uit jullie systeem (AVG).\n\nF. Jansma"},
    # -- autoreplies to atelier mails -------------------------------------------------------------------------
    {"id": "d22-auto-01", "kind": "autoreply", "thread": I, "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: " + ATELIER_SUBJECT,
     "sender": "Ellen Verhoef <e.verhoef@tweestromenland.nl>",
     "body": "Dank voor uw bericht. Ik ben afwezig tot en met maandag 8 maart en lees mijn mail daarna. Voor "
             "dringende zaken kunt u contact opnemen met het directiesecretariaat, 0499 - 46 20 00."},
    {"id": "d22-auto-02", "kind": "autoreply", "thread": R, "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
                "[atelier:2027-1]",
     "sender": "Daniel Hofstede <d.hofstede@zandmeren.nl>",
     "body": "I am out of the office until 15 March with limited access to e-mail. For urgent matters please "
             "contact my office manager at office@zandmeren.nl."},
    {"id": "d22-auto-03", "kind": "autoreply", "thread": I, "headers": {"Auto-Submitted": "auto-generated"},
     "subject": "Ontvangstbevestiging: " + ATELIER_SUBJECT + " (zaaknummer Z-2027-004127)",
     "sender": "Postbus Werkorganisatie Hoogeveld <post@hoogeveld.nl>",
     "body": "Geachte afzender,\n\nUw bericht is in goede orde ontvangen en geregistreerd onder zaaknummer "
             "Z-2027-004127. Wij streven ernaar u binnen tien werkdagen te antwoorden.\n\nDit is een "
             "automatisch gegenereerd bericht; u kunt hierop niet reageren."},
    {"id": "d22-auto-04", "kind": "autoreply", "thread": T, "headers": {"Precedence": "auto_reply"},
     "subject": "Afwezig: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & "
                "eigenheid\" [atelier:2027-1]",
     "sender": "Lotte Groeneveld <l.groeneveld@liniedal.nl>",
     "body": "Ik ben met zwangerschapsverlof tot 1 juli. Uw e-mail wordt niet doorgestuurd. Voor zaken die "
             "niet kunnen wachten kunt u terecht bij mijn collega Jeroen Valk."},
    {"id": "d22-auto-05", "kind": "autoreply", "thread": I, "headers": {"X-Autoreply": "yes"},
     "subject": "RE: " + ATELIER_SUBJECT,
     "sender": "Arjen de Lange <a.delange@hoogeveld.nl>",
     "body": "Vanwege een verbouwing van het gemeentehuis ben ik tot en met 19 maart beperkt bereikbaar. Ik "
             "reageer zo snel mogelijk op uw bericht."},
    # -- subscribe and confirm around the atelier -------------------------------------------------------------
    {"id": "d22-sub-01", "kind": "subscribe", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Femke Bakx <f.bakx@noorderzand.nl>",
     "body": "Goedemiddag,\n\nIk was als gast mee met Ruben Aalders en sinds deze maand ben ik zelf directeur "
             "bedrijfsvoering. Graag meld ik mij aan als lid van het netwerk.\n\nMet vriendelijke groet,\n"
             "Femke Bakx"},
    {"id": "d22-sub-02", "kind": "subscribe", "thread": None, "subject": "Aanmelden netwerk",
     "sender": "Koen Terpstra <k.terpstra@werkorganisatie-wadkust.nl>",
     "body": "Beste secretariaat,\n\nVia een collega hoorde ik over jullie ateliers. Ik ben algemeen directeur "
             "van de Werkorganisatie Wadkust en wil mij graag aanmelden voor het netwerk.\n\nMet "
             "vriendelijke groet,\nKoen Terpstra" + OUTLOOK_IOS},
    {"id": "d22-sub-03", "kind": "subscribe", "thread": None, "subject": "Join the network",
     "sender": "Vera Dekkers <v.dekkers@bedrijfsvoering-rivierduin.nl>",
     "body": "Hello,\n\nI'm the new director of the shared services organisation Rivierduin and would like "
             "to become a member of your network, so that I receive the invitations for the ateliers.\n\n"
             "Kind regards,\nVera Dekkers"},
    {"id": "d22-conf-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Koen Terpstra <k.terpstra@werkorganisatie-wadkust.nl>",
     "body": "Bevestigd. Ik kijk uit naar het eerste atelier.\n\nKoen"},
    {"id": "d22-conf-02", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "gmail", "sender": "Vera Dekkers <v.dekkers@bedrijfsvoering-rivierduin.nl>",
     "body": "Yes, I confirm - sorry for the delay." + OUTLOOK_ANDROID},
]
# fmt: on
