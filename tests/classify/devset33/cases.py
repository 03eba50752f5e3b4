"""The thirty-third labelled set's cases (issue 17): answers to the atelier invitation and reminder and the mail
around them, written without reading the classifier; see ``__init__`` for how the writing differs and how the
cases are labelled.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"

INV = "uitnodiging_atelier"
HER = "herinnering_atelier"
WACHT = "bevestiging_rsvp"
VERV = "uitnodiging_vervanger"
WIJZ = "wijziging_atelier"
ANN = "annulering_atelier"
RE_INV = "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
RE_HER = "Antw: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"

EVENT = "Leer- en inspireer-atelier: Sturen op samenwerking & eigenheid"
GOOGLE_NL = " @ do 11 mrt 2027 14:00 - 17:30 (CET) (info@ambtelijkefusie.nl)"
GOOGLE_EN = " @ Thu Mar 11, 2027 2pm - 5:30pm (CET) (info@ambtelijkefusie.nl)"
GOOGLE_FOOT = (
    "\n\nUitnodiging van Google Agenda\n\nU ontvangt deze e-mail omdat u de organisator bent van dit evenement. "
    "Meer informatie over Google Agenda: https://calendar.google.com/"
)
GOOGLE_FOOT_EN = (
    "\n\nInvitation from Google Calendar\n\nYou are receiving this email because you are the organiser of this "
    "event. Learn more about Google Calendar: https://calendar.google.com/"
)
IPHONE = "\n\nVerstuurd vanaf mijn iPhone"
IPAD_EN = "\n\nSent from my iPad"
SAMSUNG = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
OUTLOOK_IOS = "\n\nDownload Outlook voor iOS"
DISCLAIMER = (
    "\n\n--\nDe informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Werkorganisatie Duinzoom aanvaardt geen aansprakelijkheid voor schade door het gebruik van e-mail. "
    "Denk aan het milieu voordat u dit bericht print."
)
DISCLAIMER_MH = (
    "\n\n________________________________\nGemeenten Maasheuvel en Roerbeek werken samen in de Werkorganisatie "
    "Maasheuvel-Roerbeek. Dit e-mailbericht is alleen bestemd voor de geadresseerde(n). Heeft u dit bericht per "
    "abuis ontvangen, wilt u dan de afzender informeren en het bericht verwijderen."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP yes, to the invitation --------------------------------------------------------------------------
    {"id": "d33-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Hester Kooiman <h.kooiman@duinzoom.nl>",
     "body": "Prima, zet me maar op de lijst.\n\nHester" + DISCLAIMER},
    {"id": "d33-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-lijn",
     "sender": "W.F. van Beusekom <wf.vanbeusekom@wo-ellerdam.nl>",
     "body": "Geacht secretariaat,\n\nGaarne bevestig ik mijn aanwezigheid bij het Leer- en inspireer-atelier "
             "van donderdag 11 maart aanstaande in Utrecht.\n\nHoogachtend,\n\nmr. drs. W.F. van Beusekom\n"
             "algemeen directeur Werkorganisatie Ellerdam-Hattingen\nT 0570 - 69 31 00"},
    {"id": "d33-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "apple",
     "sender": "Bart Overmars <b.overmars@grenslandwerkt.nl>",
     "body": "top, ben erbij" + IPHONE},
    {"id": "d33-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "gmail",
     "sender": "Marloes Timmer <marloes.timmer@werkorganisatie-vlietland.nl>",
     "body": "Ja: Marloes Timmer"},
    {"id": "d33-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Jo Coenen <j.coenen@maasheuvel-roerbeek.nl>",
     "body": "Ich kom gaer!\n\nHaije groete,\nJo Coenen\ndirecteur Werkorganisatie Maasheuvel-Roerbeek"
             + DISCLAIMER_MH},
    {"id": "d33-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Wytske Dijkstra <w.dijkstra@gemeenten-waadkant.nl>",
     "body": "Goeie,\n\nIk kom graach nei Utrecht, dêr sjoch ik nei út.\n\nMei freonlike groetnis,\nWytske Dijkstra\n"
             "direkteur Gemeenten Waadkant en Lytsewâld"},
    {"id": "d33-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-en",
     "sender": "Harrie van de Ven <h.vandeven@kempenpoort.nl>",
     "body": "Dag allemaal,\n\nIk kom d'r gewoon aan hoor, 11 maart staat al in de agenda.\n\nHoudoe,\nHarrie"},
    {"id": "d33-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "groupwise",
     "sender": "Gerrit Nijhof <g.nijhof@dinkelstreek.nl>",
     "body": "Ik bin d'r bie.\n\nGroetn,\nGerrit Nijhof\nalg. directeur Dinkelstreek"},
    {"id": "d33-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "gmail",
     "sender": "Sanne Visser <sanne.visser@deltawerk-zuid.nl>",
     "body": "Count me in - looking forward to it.\n\nSanne Visser\nDirector, Deltawerk Zuid (shared services for "
             "three municipalities)"},
    {"id": "d33-rsvp-10", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Ruben Alkema <r.alkema@wo-eemsdelta-oost.nl>",
     "body": "Moi,\n\nDaar kom ik geern op of. Mooi onderwerp ook, dat speult bij ons ook volop.\n\nGroutjes,\nRuben"},
    {"id": "d33-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Pieternel Dekker <p.dekker@scheldeland.nl>",
     "body": "'k Komme, tot de 11e.\n\nPieternel Dekker\nScheldeland werkorganisatie"},
    {"id": "d33-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "notes",
     "sender": "A.J. Hofstede <aj.hofstede@oostgelre-werkt.nl>",
     "body": "Hierbij meld ik mij aan voor het atelier op 11-03.\n\nMet vriendelijke groet,\n\nA.J. (Anton) Hofstede\n"
             "Directeur / secretaris\nOostgelre Werkt\n\nPostbus 140, 7130 AC Lichtendam"},
    {"id": "d33-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Linda Buitelaar <l.buitelaar@duinzoom.nl>",
     "body": "Hoi Stan en Melanie,\n\nLeuk dat het dit keer over couleur locale gaat, daar worstelen wij elke "
             "week mee. Ik kom zeker. Wel graag vegetarisch als er iets te eten is.\n\nGroet,\nLinda"},
    {"id": "d33-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "apple",
     "sender": "Koen Wessels <koen.wessels@hollandsmidden-werkorganisatie.nl>",
     "body": "Ja hoor. Ik kom met de trein en ben er waarschijnlijk pas om kwart over twee, begin maar zonder mij."
             + IPHONE},
    {"id": "d33-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Femke Rutgers <f.rutgers@ambtelijkeorganisatie-lingestroom.nl>",
     "body": "Beste secretariaat,\n\nWij komen met z'n tweeën: ikzelf en onze concerncontroller Ahmed el Idrissi "
             "(a.elidrissi@ambtelijkeorganisatie-lingestroom.nl), die de kostenverdeling tussen onze drie "
             "gemeenten trekt.\n\nMet vriendelijke groet,\n\nFemke Rutgers\ngemeentesecretaris/directeur"},
    {"id": "d33-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-en",
     "sender": "Dirk-Jan Mulder <dj.mulder@werkorganisatie-vechtstreek.nl>",
     "body": "2 personen (ik + 1)\n\nDJ Mulder"},
    {"id": "d33-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Ingrid Stoelinga <i.stoelinga@wo-ellerdam.nl>",
     "body": "Goedemorgen,\n\nIk kom, tenzij ons MT die ochtend uitloopt; in dat geval schuif ik iets later aan. "
             "Reken in elk geval op mij.\n\nIngrid Stoelinga"},
    {"id": "d33-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-lijn",
     "sender": "Secretariaat directie Grenslandwerkt <secretariaat.directie@grenslandwerkt.nl>",
     "body": "Geachte heer Van de Laar,\n\nNamens de heer Overmars bevestig ik dat hij graag aanwezig is bij het "
             "atelier van 11 maart. Ik heb de afspraak in zijn agenda gezet.\n\nMet vriendelijke groet,\n\n"
             "Joke Haverkamp\nmanagementassistent directie\nGrenslandwerkt"},
    {"id": "d33-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "gmail",
     "sender": "theo brink <theo.brink@werkorganisatie-vechtstreek.nl>",
     "body": "jazeker, ik schuif aan. had vorig jaar de 1e gemist dus nu zeker\n\ntheo" + SAMSUNG},
    {"id": "d33-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "doorgestuurd",
     "sender": "Hans Tuinstra <h.tuinstra@gemeenten-waadkant.nl>",
     "body": "Ik zie dat Anja het al had doorgestuurd: ik ben er graag bij op de 11e.\n\nHans Tuinstra"},
    {"id": "d33-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Nadia Bouzid <n.bouzid@deltawerk-zuid.nl>",
     "body": "Dat ga ik niet missen! Ik heb wel een lactose-intolerantie, graag bij de koffie iets zonder melk."
             "\n\nHartelijke groet,\nNadia Bouzid\nadjunct-directeur Deltawerk Zuid\n06 41 27 88 05"},
    {"id": "d33-rsvp-22", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "notes-wrote",
     "sender": "Roel Jansma <r.jansma@oostgelre-werkt.nl>",
     "body": "Aanwezig.\n\nR. Jansma"},
    {"id": "d33-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "ongemarkeerd",
     "sender": "Evelien Smeets <e.smeets@heuvelland-samen.nl>",
     "body": "Beste Stan,\n\nIk was eerst van plan af te zeggen vanwege een begrotingsoverleg, maar dat is "
             "verzet. Dus: ja, ik kom naar Utrecht.\n\nGroeten,\nEvelien"},
    {"id": "d33-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Kees Bloemendaal <k.bloemendaal@bollenstreekwerkt.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 - aanmelding Bloemendaal",
     "body": "Graag één plek voor mij.\n\nKees Bloemendaal | Directeur | Bollenstreek Werkt\n"
             "071 - 409 22 30 | www.bollenstreekwerkt.nl"},
    {"id": "d33-rsvp-25", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-en",
     "sender": "Charlotte Rijkens <c.rijkens@werkorganisatie-vlietland.nl>",
     "body": "Hi,\n\nYes please, I'd love to join. I'm still learning Dutch, so I may switch to English now and "
             "then - I hope that's ok.\n\nBest,\nCharlotte Rijkens\nDeputy director Werkorganisatie Vlietland"},
    {"id": "d33-rsvp-26", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "gmail",
     "sender": "Bas Kroeze <bas.kroeze@dinkelstreek.nl>",
     "body": "Ik kom en neem mijn nieuwe manager bedrijfsvoering mee, Lotte Hamers. Dus 2 plekken graag.\n\nBas"},
    {"id": "d33-rsvp-27", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Mariska Oosterhuis <m.oosterhuis@kempenpoort.nl>",
     "body": "Is genoteerd in mijn agenda, ik ben van de partij.\n\nm.vr.gr.\nMariska Oosterhuis" + OUTLOOK_IOS},
    {"id": "d33-rsvp-28", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "groupwise",
     "sender": "Jan Willem Brouwer <jw.brouwer@scheldeland.nl>",
     "body": "Nee hoor, ik sla er geen een over. Ik kom.\n\nJW"},
    {"id": "d33-rsvp-29", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Paul Everts <p.everts@heuvelland-samen.nl>",
     "body": "Goedemiddag,\n\nMijn eerdere afmelding kunt u vergeten: de raadsvergadering is verplaatst naar de "
             "week erna. Ik kom dus alsnog.\n\nMet vriendelijke groet,\nPaul Everts"},
    {"id": "d33-rsvp-30", "kind": "rsvp", "attending": True, "thread": None, "quoted": INV, "quote": "outlook-nl",
     "sender": "Gonnie ter Horst <g.terhorst@oostgelre-werkt.nl>",
     "subject": "atelier 11 maart",
     "body": "Hallo, ik wil graag komen naar het atelier van 11 maart in Utrecht. Groet, Gonnie ter Horst"},
    {"id": "d33-rsvp-31", "kind": "rsvp", "attending": True, "thread": None,
     "sender": "Maarten de Kok <m.dekok@bollenstreekwerkt.nl>",
     "subject": "Aanmelding atelier Sturen op samenwerking & eigenheid",
     "body": "Beste Stan, beste Melanie,\n\nDe uitnodiging is bij mij in de spam beland, vandaar deze losse mail: "
             "ik kom graag op 11 maart.\n\nMet vriendelijke groet,\nMaarten de Kok\ndirecteur Bollenstreek Werkt"},
    {"id": "d33-rsvp-32", "kind": "rsvp", "attending": True, "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Yvonne Kamphuis <y.kamphuis@wo-eemsdelta-oost.nl>",
     "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Ik antwoord maar even op deze mail want de uitnodiging kan ik niet meer vinden: ik ben er op "
             "11 maart bij.\n\nYvonne Kamphuis"},
    {"id": "d33-rsvp-33", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Rachid Ammari <r.ammari@hollandsmidden-werkorganisatie.nl>",
     "body": "Hallo,\n\nIk meld me aan, samen met twee mensen uit mijn MT: Joyce Verhoef (sociaal domein) en Tim "
             "Sikkema (bedrijfsvoering). In totaal dus 3.\n\nGr. Rachid"},
    {"id": "d33-rsvp-34", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Henk Pasman <h.pasman@werkorganisatie-vechtstreek.nl>",
     "subject": RE_INV,
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nJa.\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nNee, alleen.\n\n"
             "> Graag uw antwoord vóór 2 maart 2027.\n\nBij deze :-)\n\nHenk Pasman"},
    {"id": "d33-rsvp-35", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Trees Oudejans <t.oudejans@duinzoom.nl>",
     "body": "Goedendag,\n\nIk heb net ook via Outlook geaccepteerd maar weet niet of dat goed is aangekomen, "
             "dus voor de zekerheid: ik kom.\n\nTrees"},
    {"id": "d33-rsvp-36", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "apple",
     "sender": "Joost Lamers <joost.lamers@maasheuvel-roerbeek.nl>",
     "body": "Jao, ich bin d'r bij. Dat Stadskantoor vin ich wel, ich kom mit de trein." + IPHONE},
    {"id": "d33-rsvp-37", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Ellen Groeneveld <e.groeneveld@lingestroom.nl>",
     "body": "Daar ben ik bij, met de aantekening dat ik om 16.45 uur weg moet voor een raadsinformatieavond.\n\n"
             "Ellen Groeneveld"},
    {"id": "d33-rsvp-38", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Frits Zandbergen <f.zandbergen@grenslandwerkt.nl>",
     "body": "JA\n\nFrits Zandbergen" + DISCLAIMER},

    # -- RSVP no, to the invitation ---------------------------------------------------------------------------
    {"id": "d33-rsvp-39", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Wim Hagedoorn <w.hagedoorn@kempenpoort.nl>",
     "body": "Dag Melanie,\n\nDeze keer lukt het me niet: op 11 maart hebben we de bestuurlijke heidag met de "
             "drie colleges. Volgende keer beter.\n\nHartelijke groet,\nWim"},
    {"id": "d33-rsvp-40", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Jo Pluijmers <j.pluijmers@heuvelland-samen.nl>",
     "body": "Ich kin neet, sorry. Tot de volgende kier!\n\nHaije groete,\nJo"},
    {"id": "d33-rsvp-41", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Sjoerd Hiemstra <s.hiemstra@gemeenten-waadkant.nl>",
     "body": "Ik kin der spitigernôch net by wêze, ik sit dy middei yn 'e ried.\n\nSjoerd Hiemstra"},
    {"id": "d33-rsvp-42", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "gmail",
     "sender": "Rien van Gastel <r.vangastel@kempenpoort.nl>",
     "body": "Gaat 'm nie worden jongens, zit die week op wintersport met 't gezin. Houdoe!\n\nRien"},
    {"id": "d33-rsvp-43", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "groupwise",
     "sender": "Hennie Olthof <h.olthof@dinkelstreek.nl>",
     "body": "Kan nich, wa'k jammer vind. Groetn Hennie"},
    {"id": "d33-rsvp-44", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-en",
     "sender": "Derk Wubbels <d.wubbels@wo-eemsdelta-oost.nl>",
     "body": "Kin nait, mot noar de raad in Delfzicht-Oost. Groet, Derk"},
    {"id": "d33-rsvp-45", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-en",
     "sender": "Olivia Brandt <o.brandt@deltawerk-zuid.nl>",
     "body": "Dear Stan and Melanie,\n\nI'm afraid I can't make it on the 11th - I'll be at a conference in "
             "Copenhagen that week. Please keep me posted on the next one.\n\nKind regards,\nOlivia Brandt"},
    {"id": "d33-rsvp-46", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-lijn",
     "sender": "J.H.M. Verstappen <jhm.verstappen@maasheuvel-roerbeek.nl>",
     "body": "Geacht secretariaat,\n\nTot mijn spijt moet ik u berichten dat ik wegens andere verplichtingen niet "
             "in de gelegenheid ben het atelier bij te wonen.\n\nHoogachtend,\n\nJ.H.M. Verstappen\n"
             "algemeen directeur" + DISCLAIMER_MH},
    {"id": "d33-rsvp-47", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "apple",
     "sender": "Marco Snel <marco.snel@werkorganisatie-vlietland.nl>",
     "body": "nee sorry" + IPHONE},
    {"id": "d33-rsvp-48", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Secretariaat Directie Scheldeland <directiesecretariaat@scheldeland.nl>",
     "body": "Goedemiddag,\n\nMevrouw Dekker heeft mij gevraagd u te laten weten dat zij op 11 maart helaas "
             "verhinderd is.\n\nMet vriendelijke groet,\n\nMonique Lokerse\ndirectiesecretaresse Scheldeland"},
    {"id": "d33-rsvp-49", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Lodewijk Stam <l.stam@bollenstreekwerkt.nl>",
     "body": "Beste mensen,\n\nHet onderwerp spreekt me erg aan, maar de datum valt samen met de "
             "voorjaarsnota-behandeling. Ik moet dus passen.\n\nLodewijk Stam"},
    {"id": "d33-rsvp-50", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "notes",
     "sender": "E. Vos-Bakker <e.vosbakker@oostgelre-werkt.nl>",
     "body": "Helaas verhinderd.\n\nE. Vos-Bakker"},
    {"id": "d33-rsvp-51", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Annelies Molenaar <a.molenaar@lingestroom.nl>",
     "body": "Hoi,\n\nIk had al ja gezegd, maar er is een crisisoverleg over de jeugdzorg ingepland dat ik niet kan "
             "overdragen. Streep mij maar door, sorry!\n\nAnnelies"},
    {"id": "d33-rsvp-52", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "gmail",
     "sender": "Frank Heeringa <f.heeringa@wo-ellerdam.nl>",
     "body": "Moet ik aan me voorbij laten gaan, ben dan met verlof.\n\nFrank" + SAMSUNG},
    {"id": "d33-rsvp-53", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Carla Wijnands <c.wijnands@heuvelland-samen.nl>",
     "body": "Beste Stan,\n\nWeer op een donderdag... bij ons is dat standaard raadsavond, dus ik kan er weer niet "
             "bij zijn. Jammer.\n\nCarla"},
    {"id": "d33-rsvp-54", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Ria Scholten <r.scholten@hollandsmidden-werkorganisatie.nl>",
     "subject": RE_INV,
     "body": "Beste secretariaat,\n\n> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\n"
             "Nee, helaas niet dit keer.\n\n> Er zijn 30 plaatsen; wie zich aanmeldt als het atelier vol is, komt "
             "op de wachtlijst.\n\nGeef mijn plek maar aan een ander.\n\nRia Scholten"},
    {"id": "d33-rsvp-55", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-en",
     "sender": "Sebastiaan Korver <s.korver@duinzoom.nl>",
     "body": "Ik ga dit niet redden, staat een week vakantie in Oostenrijk gepland.\n\nSebastiaan" + DISCLAIMER},
    {"id": "d33-rsvp-56", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Joyce Mertens <j.mertens@grenslandwerkt.nl>",
     "body": "Eerst dacht ik dat het zou lukken, toen toch niet, toen weer wel... Definitief: nee, ik kom niet. "
             "Excuses voor het gedoe.\n\nJoyce"},
    {"id": "d33-rsvp-57", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "ongemarkeerd",
     "sender": "Ton Roozendaal <t.roozendaal@werkorganisatie-vechtstreek.nl>",
     "body": "Ik meld me af voor 11 maart.\n\nTon Roozendaal"},

    # -- substitutes named by the director ----------------------------------------------------------------------
    {"id": "d33-rsvp-58", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Trudy Mol <t.mol@duinzoom.nl>",
     "body": "Ja, er komt iemand van Duinzoom: Kees Langerak (k.langerak@duinzoom.nl). Zelf zit ik die week in "
             "het buitenland.\n\nTrudy Mol"},
    {"id": "d33-rsvp-59", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Gert-Jan Boersma <gj.boersma@wo-eemsdelta-oost.nl>",
     "body": "Zelf verhinderd.\nVervanger:\nAnouk Dijkhuis\na.dijkhuis@wo-eemsdelta-oost.nl\n\nGJ Boersma"},
    {"id": "d33-rsvp-60", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "gmail",
     "sender": "Petra Hulshof <p.hulshof@kempenpoort.nl>",
     "body": "Mijn collega Ruud Verhagen gaat in mijn plaats, ik heb die middag een sollicitatiecommissie. Zijn "
             "mailadres: r.verhagen@kempenpoort.nl\n\nPetra"},
    {"id": "d33-rsvp-61", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-lijn",
     "sender": "Martijn Oskam <m.oskam@bollenstreekwerkt.nl>",
     "body": "Beste Melanie,\n\nIk kan er niet zelf bij zijn, maar stuur onze loco-secretaris, Sandra Pronk. "
             "Zij is goed ingevoerd in het dossier couleur locale.\ns.pronk@bollenstreekwerkt.nl\n\n"
             "Groet,\nMartijn Oskam"},
    {"id": "d33-rsvp-62", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-en",
     "sender": "Louise Vermeulen <l.vermeulen@deltawerk-zuid.nl>",
     "body": "I won't be able to attend myself; my deputy Niels Aarts (n.aarts@deltawerk-zuid.nl) will take my "
             "place.\n\nRegards,\nLouise"},
    {"id": "d33-rsvp-63", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Directiesecretariaat Lingestroom <directie@lingestroom.nl>",
     "body": "Goedemorgen,\n\nDe heer Groeneveld is op 11 maart verhinderd. Namens hem komt de manager "
             "Publiekszaken, mevrouw Iris Boom (i.boom@lingestroom.nl).\n\nMet vriendelijke groet,\n"
             "Saskia Wolters, directiesecretaresse"},
    {"id": "d33-rsvp-64", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Dick Vreugdenhil <d.vreugdenhil@scheldeland.nl>",
     "subject": RE_INV,
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nik niet\n\n"
             "> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.\n\n"
             "Lisette Kodde, l.kodde@scheldeland.nl\n\nDick"},
    {"id": "d33-rsvp-65", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "apple",
     "sender": "Ger Kuipers <g.kuipers@oostgelre-werkt.nl>",
     "body": "Ik stuur Yasmina Haddou, teamleider strategie. Ik ben zelf op werkbezoek in Brussel.\n"
             "y.haddou@oostgelre-werkt.nl" + IPHONE},

    # -- substitutes answering our mail to them --------------------------------------------------------------
    {"id": "d33-rsvp-66", "kind": "rsvp", "attending": True, "thread": I, "quoted": VERV, "quote": "outlook-nl",
     "sender": "Kees Langerak <k.langerak@duinzoom.nl>",
     "body": "Dank voor de uitnodiging. Ik neem de plek van Trudy graag over en ben er op de 11e.\n\n"
             "Kees Langerak\nmanager Ruimte"},
    {"id": "d33-rsvp-67", "kind": "rsvp", "attending": False, "thread": I, "quoted": VERV, "quote": "outlook-nl",
     "sender": "Anouk Dijkhuis <a.dijkhuis@wo-eemsdelta-oost.nl>",
     "body": "Beste secretariaat,\n\nGert-Jan had mij opgegeven, maar ik blijk die middag zelf ook vast te zitten "
             "aan een aanbesteding. Ik kan dus helaas niet.\n\nAnouk Dijkhuis"},
    {"id": "d33-rsvp-68", "kind": "rsvp", "attending": True, "thread": I, "quoted": VERV, "quote": "gmail",
     "sender": "Niels Aarts <n.aarts@deltawerk-zuid.nl>",
     "body": "Thanks - confirmed, I'll be there in Louise's place."},
    {"id": "d33-rsvp-69", "kind": "rsvp", "attending": True, "thread": I, "quoted": VERV, "quote": "outlook-lijn",
     "sender": "Sandra Pronk <s.pronk@bollenstreekwerkt.nl>",
     "body": "Goedemiddag,\n\nFijn, ik kom. De gast die genoemd wordt is mijn collega Wouter, die rijdt met mij "
             "mee.\n\nMet vriendelijke groet,\nSandra Pronk\nloco-gemeentesecretaris"},

    # -- calendar replies -------------------------------------------------------------------------------------
    {"id": "d33-rsvp-70", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Hester Kooiman <h.kooiman@duinzoom.nl>",
     "subject": f"Geaccepteerd: {EVENT}",
     "body": ""},
    {"id": "d33-rsvp-71", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Frank Jonkers <f.jonkers@grenslandwerkt.nl>",
     "subject": f"Geaccepteerd: {EVENT}",
     "body": "Tot dan!"},
    {"id": "d33-rsvp-72", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Olivia Brandt <o.brandt@deltawerk-zuid.nl>",
     "subject": f"Accepted: {EVENT}",
     "body": ""},
    {"id": "d33-rsvp-73", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Wim Hagedoorn <w.hagedoorn@kempenpoort.nl>",
     "subject": f"Geweigerd: {EVENT}",
     "body": ""},
    {"id": "d33-rsvp-74", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Marga Postma <m.postma@gemeenten-waadkant.nl>",
     "subject": f"Geweigerd: {EVENT}",
     "body": "Sorry, dubbel geboekt met de regioconferentie."},
    {"id": "d33-rsvp-75", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Bas Kroeze <bas.kroeze@dinkelstreek.nl>",
     "subject": f"Uitnodiging geaccepteerd: {EVENT}{GOOGLE_NL}",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": f"Bas Kroeze heeft deze uitnodiging geaccepteerd.\n\n{EVENT}\ndonderdag 11 mrt 2027 14:00 - 17:30 "
             f"(Midden-Europese standaardtijd - Amsterdam)\nStadskantoor, Vredenburg 3, Utrecht{GOOGLE_FOOT}"},
    {"id": "d33-rsvp-76", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Charlotte Rijkens <charlotte.rijkens@gmail.com>",
     "subject": f"Declined: {EVENT}{GOOGLE_EN}",
     "body": f"Charlotte Rijkens has declined this invitation.\n\n{EVENT}\nThursday Mar 11, 2027 2pm - 5:30pm "
             f"(Central European Time - Amsterdam)\nStadskantoor, Vredenburg 3, Utrecht{GOOGLE_FOOT_EN}"},
    {"id": "d33-rsvp-77", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Ingrid Stoelinga <i.stoelinga@wo-ellerdam.nl>",
     "subject": f"Uitnodiging geaccepteerd: {EVENT}{GOOGLE_NL}",
     "body": f"Ingrid Stoelinga heeft deze uitnodiging geaccepteerd en een notitie toegevoegd:\n\n"
             f"\"Ik kom met de auto vanuit Ellerdam.\"\n\n{EVENT}\ndonderdag 11 mrt 2027 14:00 - 17:30{GOOGLE_FOOT}"},
    {"id": "d33-rsvp-78", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Koen Wessels <koen.wessels@hollandsmidden-werkorganisatie.nl>",
     "subject": f"Voorlopig: {EVENT}",
     "body": "Zet mij maar als deelnemer neer. Voorlopig omdat de raadsagenda nog niet rond is; lukt het niet, "
             "dan zeg ik tijdig af."},
    {"id": "d33-rsvp-79", "kind": "rsvp", "attending": False, "thread": I,
     "sender": "Roel Jansma <r.jansma@oostgelre-werkt.nl>",
     "subject": f"Geaccepteerd: {EVENT}",
     "body": "Excuus, verkeerde knop. Ik kan NIET op 11 maart, graag afmelden voor deze bijeenkomst."},
    {"id": "d33-rsvp-80", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Evelien Smeets <e.smeets@heuvelland-samen.nl>",
     "subject": "Uitnodiging geaccepteerd: Leer- en inspireer-atelier 11 maart 2027",
     "body": "Evelien Smeets heeft je uitnodiging voor het evenement \"" + EVENT + "\" op 11 mrt. 2027 "
             "geaccepteerd.\n\nVerstuurd vanuit Agenda op de iPad"},
    {"id": "d33-rsvp-81", "kind": "rsvp", "attending": True, "thread": I, "quoted": WIJZ, "quote": "outlook-nl",
     "sender": "Yvonne Kamphuis <y.kamphuis@wo-eemsdelta-oost.nl>",
     "subject": f"Geaccepteerd: Gewijzigd: {EVENT}",
     "body": "Nieuwe datum en plek passen ook, ik blijf erbij."},

    # -- answers to the reminder ------------------------------------------------------------------------------
    {"id": "d33-rsvp-82", "kind": "rsvp", "attending": False, "thread": R, "quoted": HER, "quote": "outlook-nl",
     "sender": "Hester Kooiman <h.kooiman@duinzoom.nl>",
     "body": "Balen: ik lig met griep op de bank. Geef mijn plaats maar aan iemand van de wachtlijst.\n\nHester"},
    {"id": "d33-rsvp-83", "kind": "rsvp", "attending": True, "thread": R, "quoted": HER, "quote": "apple",
     "sender": "Bart Overmars <b.overmars@grenslandwerkt.nl>",
     "body": "Mijn gast moet helaas afhaken, maar ik kom gewoon. Dus 1 persoon i.p.v. 2." + IPHONE},
    {"id": "d33-rsvp-84", "kind": "rsvp", "attending": True, "thread": R, "quoted": HER, "quote": "outlook-nl",
     "sender": "Nadia Bouzid <n.bouzid@deltawerk-zuid.nl>",
     "body": "Dank voor de herinnering! Ik ben er, wel pas rond half vier want ik kom uit een bestuurlijk "
             "overleg in Gouda.\n\nNadia"},
    {"id": "d33-rsvp-85", "kind": "rsvp", "attending": False, "thread": R, "quoted": HER, "quote": "gmail",
     "sender": "theo brink <theo.brink@werkorganisatie-vechtstreek.nl>",
     "body": "toch niet, er is een calamiteit bij de brandweer waar ik bij moet zijn. sorry\n\ntheo"},
    {"id": "d33-rsvp-86", "kind": "rsvp", "attending": True, "thread": R, "quoted": HER, "quote": "outlook-en",
     "sender": "Sanne Visser <sanne.visser@deltawerk-zuid.nl>",
     "body": "Still on - see you Thursday!\n\nSanne"},
    {"id": "d33-rsvp-87", "kind": "rsvp", "attending": False, "thread": R, "quoted": HER, "quote": "outlook-nl",
     "sender": "Ingrid Stoelinga <i.stoelinga@wo-ellerdam.nl>",
     "body": "Goedemiddag,\n\nHet MT waar ik het over had loopt inderdaad uit, en wel de hele middag: er ligt een "
             "reorganisatiebesluit op tafel. Ik moet dus afzeggen.\n\nIngrid"},
    {"id": "d33-rsvp-88", "kind": "rsvp", "attending": False, "thread": R, "quoted": HER, "quote": "outlook-nl",
     "sender": "Femke Rutgers <f.rutgers@ambtelijkeorganisatie-lingestroom.nl>",
     "body": "Beste secretariaat,\n\nIk kan zelf niet meer, maar Ahmed (die al als gast stond) komt wel en neemt "
             "mijn plek in. Graag zijn naam op de deelnemerslijst.\n\nFemke"},
    {"id": "d33-rsvp-89", "kind": "rsvp", "attending": True, "thread": R, "quoted": HER, "quote": "groupwise",
     "sender": "Gerrit Nijhof <g.nijhof@dinkelstreek.nl>",
     "body": "Komp goed. Tot donderdag.\n\nGerrit"},
    {"id": "d33-rsvp-90", "kind": "rsvp", "attending": False, "thread": R,
     "sender": "Jan Willem Brouwer <jw.brouwer@scheldeland.nl>",
     "subject": RE_HER,
     "body": "> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met \"helaas, ik kan niet\"; dan geven wij "
             "uw plaats aan\n> iemand op de wachtlijst.\n\nKlopt, ik kan toch niet. Ik moet naar een uitvaart.\n\nJW"},
    {"id": "d33-rsvp-91", "kind": "rsvp", "attending": True, "thread": R, "quoted": HER, "quote": "notes-wrote",
     "sender": "A.J. Hofstede <aj.hofstede@oostgelre-werkt.nl>",
     "body": "Ontvangen. Ik blijf aangemeld; de gast waarover u schrijft komt ook.\n\nA.J. Hofstede"},
    {"id": "d33-rsvp-92", "kind": "rsvp", "attending": False, "thread": R, "quoted": HER, "quote": "outlook-nl",
     "sender": "Lisette Kodde <l.kodde@scheldeland.nl>",
     "body": "Ik zou namens Dick komen, maar mijn kind is ziek en ik blijf thuis. Excuses.\n\nLisette Kodde"},
    {"id": "d33-rsvp-93", "kind": "rsvp", "attending": True, "thread": R, "quoted": HER, "quote": "outlook-nl",
     "sender": "Mariska Oosterhuis <m.oosterhuis@kempenpoort.nl>",
     "body": "Ik wist eerlijk gezegd niet meer of ik me had opgegeven, maar voor de zekerheid: ik kom!\n\nMariska"
             + OUTLOOK_IOS},
    {"id": "d33-rsvp-94", "kind": "rsvp", "attending": False, "thread": R, "quoted": HER, "quote": "ongemarkeerd",
     "sender": "Pieternel Dekker <p.dekker@scheldeland.nl>",
     "body": "'t Gaet nie deur bie mi, 'k mò toch naar de raad. Sorry.\n\nPieternel"},

    # -- changes of mind on the wait list and after a change --------------------------------------------------
    {"id": "d33-rsvp-95", "kind": "rsvp", "attending": False, "thread": I, "quoted": WACHT, "quote": "outlook-nl",
     "sender": "Rachid Ammari <r.ammari@hollandsmidden-werkorganisatie.nl>",
     "body": "Dan laat ik het voor deze keer zitten, haal me maar van de wachtlijst. Volgende keer ben ik er "
             "sneller bij.\n\nRachid"},
    {"id": "d33-rsvp-96", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "gmail",
     "sender": "Wilco Hengeveld <w.hengeveld@oostgelre-werkt.nl>",
     "body": "Ik kom d'r an. Mooi dat 't weer in Utrecht is, dan kan ik met de trein.\n\nGroet'n, Wilco"},
    {"id": "d33-rsvp-97", "kind": "rsvp", "attending": False, "thread": I, "quoted": WIJZ, "quote": "outlook-nl",
     "sender": "Paul Everts <p.everts@heuvelland-samen.nl>",
     "body": "Vervelend: op 18 maart heb ik al een gemeenschappelijke raadsvergadering staan. Op de nieuwe "
             "datum kan ik dus niet.\n\nPaul Everts"},
    {"id": "d33-rsvp-98", "kind": "rsvp", "attending": True, "thread": I, "quoted": WIJZ, "quote": "outlook-lijn",
     "sender": "Carla Wijnands <c.wijnands@heuvelland-samen.nl>",
     "body": "Goed nieuws voor mij: de 18e is geen raadsavond. Dan kom ik wel!\n\nCarla"},
    {"id": "d33-rsvp-99", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Wim Hagedoorn <w.hagedoorn@kempenpoort.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 - toch wel",
     "body": "Dag Melanie,\n\nDe heidag is verschoven, dus vergeet mijn afzegging van vorige week: ik kom "
             "toch.\n\nWim"},
    {"id": "d33-rsvp-100", "kind": "rsvp", "attending": False, "thread": I, "quoted": INV, "quote": "outlook-en",
     "sender": "Dirk-Jan Mulder <dj.mulder@werkorganisatie-vechtstreek.nl>",
     "body": "Correctie op mijn vorige mail: we komen niet met z'n tweeën maar helemaal niet. De wethouder heeft "
             "ons die middag nodig.\n\nDJ"},
    {"id": "d33-rsvp-101", "kind": "rsvp", "attending": True, "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Tamara de Wit <t.dewit@hollandsmidden-werkorganisatie.nl>",
     "body": "Nee - wacht, ik haalde twee donderdagen door elkaar. Ja dus, ik kom!\n\nTamara"},
    {"id": "d33-rsvp-102", "kind": "rsvp", "attending": False, "thread": None,
     "sender": "Marga Postma <m.postma@gemeenten-waadkant.nl>",
     "subject": "Afmelding atelier 11 maart",
     "body": "Goedemorgen,\n\nVia deze weg meld ik mij af voor het atelier van 11 maart; ik was aangemeld maar "
             "ben die dag in Brussel. Mijn lidmaatschap van het netwerk blijft gewoon staan.\n\nMarga Postma"},

    # -- look-alikes in the same threads: other --------------------------------------------------------------
    {"id": "d33-other-01", "kind": "other", "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Frits Zandbergen <f.zandbergen@grenslandwerkt.nl>",
     "body": "Ik kom. Kan ik bij het Stadskantoor parkeren of is het beter de trein te nemen?\n\nFrits"},
    {"id": "d33-other-02", "kind": "other", "thread": I, "quoted": INV, "quote": "gmail",
     "sender": "Maaike Tromp <m.tromp@werkorganisatie-vlietland.nl>",
     "body": "Leuk! Ik zou graag meedoen, maar kan dat ook online via die Teams-link? Ik woon in Terschelling-"
             "Oost en de reis is lang.\n\nMaaike"},
    {"id": "d33-other-03", "kind": "other", "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Ellen Groeneveld <e.groeneveld@lingestroom.nl>",
     "body": "Mag ik ook onze gemeentesecretaris van Heukelom meenemen? Hij is geen lid van het netwerk maar zit "
             "wel middenin dit vraagstuk.\n\nEllen"},
    {"id": "d33-other-04", "kind": "other", "thread": I,
     "sender": "Lodewijk Stam <l.stam@bollenstreekwerkt.nl>",
     "subject": f"Voorlopig: {EVENT}",
     "body": ""},
    {"id": "d33-other-05", "kind": "other", "thread": I,
     "sender": "Bas Kroeze <bas.kroeze@gmail.com>",
     "subject": f"Uitnodiging voorlopig geaccepteerd: {EVENT}{GOOGLE_NL}",
     "body": f"Bas Kroeze heeft deze uitnodiging voorlopig geaccepteerd.\n\n{EVENT}\ndonderdag 11 mrt 2027 "
             f"14:00 - 17:30{GOOGLE_FOOT}"},
    {"id": "d33-other-06", "kind": "other", "thread": I,
     "sender": "J.H.M. Verstappen <jhm.verstappen@maasheuvel-roerbeek.nl>",
     "subject": f"Nieuwe tijd voorgesteld: {EVENT}",
     "body": "Zou het atelier ook op de ochtend van 11 maart kunnen? 's Middags heb ik een raadscommissie."},
    {"id": "d33-other-07", "kind": "other", "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Ton Roozendaal <t.roozendaal@werkorganisatie-vechtstreek.nl>",
     "body": "Hallo,\n\nIk weet het nog niet: het hangt af van de datum van de extra raadsvergadering over de "
             "begroting, en die hoor ik pas maandag. Mag ik het na 2 maart laten weten?\n\nTon"},
    {"id": "d33-other-08", "kind": "other", "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Carla Wijnands <c.wijnands@heuvelland-samen.nl>",
     "body": "Ik kan niet, maar wordt er een verslag gemaakt en krijgen de afwezigen dat ook? Dat zou ik graag "
             "lezen.\n\nCarla"},
    {"id": "d33-other-09", "kind": "other", "thread": I, "quoted": INV, "quote": "outlook-lijn",
     "sender": "Nadia Bouzid <n.bouzid@deltawerk-zuid.nl>",
     "body": "Ja, ik kom. Ik heb een notenallergie (ernstig): kunnen jullie bij de catering navragen of dat goed "
             "te regelen is?\n\nNadia"},
    {"id": "d33-other-10", "kind": "other", "thread": R, "quoted": HER, "quote": "outlook-nl",
     "sender": "Koen Wessels <koen.wessels@hollandsmidden-werkorganisatie.nl>",
     "body": "Is het Stadskantoor goed bereikbaar met de rolstoel? Mijn gast zit sinds kort in een rolstoel.\n\n"
             "Koen"},
    {"id": "d33-other-11", "kind": "other", "thread": R, "quoted": HER, "quote": "gmail",
     "sender": "Joost Lamers <joost.lamers@maasheuvel-roerbeek.nl>",
     "body": "Hoe laat begint het nu precies, 13.45 of 14.00? En is er een garderobe?"},
    {"id": "d33-other-12", "kind": "other", "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Gijs Heemskerk <gijs@heemskerkfacilitatie.nl>",
     "body": "Beste Stan,\n\nVia een relatie kreeg ik jullie uitnodiging onder ogen. Wij begeleiden regelmatig "
             "sessies over couleur locale met visual harvesting; ik kom graag vrijblijvend kennismaken om te kijken "
             "of we op 11 maart iets kunnen betekenen.\n\nGijs Heemskerk\nHeemskerk Facilitatie | 06-22 81 47 16"},
    {"id": "d33-other-13", "kind": "other", "thread": None,
     "sender": "Eva Koster <e.koster@binnenlandsbestuurmagazine.nl>",
     "subject": "Verzoek om aanwezigheid pers bij atelier 11 maart",
     "body": "Geachte heer Van de Laar,\n\nIk werk aan een achtergrondstuk over ambtelijke fusies en zou het "
             "atelier van 11 maart graag als toehoorder bijwonen. Is dat mogelijk, eventueel onder voorwaarden?\n\n"
             "Met vriendelijke groet,\nEva Koster, redacteur"},
    {"id": "d33-other-14", "kind": "other", "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Saskia Wolters <directie@lingestroom.nl>",
     "body": "Goedemorgen,\n\nDe uitnodiging is gericht aan de heer Van Dongen, maar hij is sinds 1 januari niet "
             "meer bij ons werkzaam. Wie zijn functie overneemt is nog niet bekend.\n\nMet vriendelijke groet,\n"
             "Saskia Wolters, directiesecretaresse"},
    {"id": "d33-other-15", "kind": "other", "thread": I, "quoted": INV, "quote": "outlook-en",
     "sender": "Harrie van de Ven <h.vandeven@kempenpoort.nl>",
     "body": "Ik had me al aangemeld, maar krijg nu via Outlook nog een keer dezelfde uitnodiging. Sta ik er nou "
             "twee keer op?\n\nHarrie"},
    {"id": "d33-other-16", "kind": "other", "thread": I, "quoted": ANN, "quote": "outlook-nl",
     "sender": "Gonnie ter Horst <g.terhorst@oostgelre-werkt.nl>",
     "body": "Jammer! Weten jullie al wanneer de nieuwe datum ongeveer wordt? Dan kan ik die alvast blokken.\n\n"
             "Gonnie"},
    {"id": "d33-other-17", "kind": "other", "thread": R, "quoted": HER, "quote": "outlook-nl",
     "sender": "Maarten de Kok <m.dekok@bollenstreekwerkt.nl>",
     "body": "Beste Stan,\n\nIn de herinnering staat dat ik een gast meeneem, maar dat klopt niet: ik had me alleen "
             "aangemeld. Of is er iets misgegaan bij mijn aanmelding?\n\nMaarten"},
    {"id": "d33-other-18", "kind": "other", "thread": I, "quoted": INV, "quote": "gmail",
     "sender": "Tamara de Wit <t.dewit@hollandsmidden-werkorganisatie.nl>",
     "body": "Hoi, mijn collega-directeur Bram Hoekstra (b.hoekstra@hollandsmidden-werkorganisatie.nl) wil ook "
             "graag komen, maar hij krijgt jullie mails niet. Kunnen jullie hem ook aanmelden?\n\nTamara"},
    {"id": "d33-other-19", "kind": "other", "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Ruben Alkema <r.alkema@wo-eemsdelta-oost.nl>",
     "body": "Mooi initiatief. Ik heb een case over de positie van de kleinste gemeente in onze fusie die ik wel "
             "zou willen inbrengen op 11 maart; hoe gaat dat, moet ik iets voorbereiden of aanleveren?\n\nRuben"},
    {"id": "d33-other-20", "kind": "other", "thread": I, "quoted": WIJZ, "quote": "outlook-nl",
     "sender": "Annelies Molenaar <a.molenaar@lingestroom.nl>",
     "body": "Ik krijg nu een wijziging, maar ik had toch afgezegd? Graag even checken of ik niet alsnog op de "
             "lijst sta.\n\nAnnelies"},

    # -- look-alikes: auto-replies ----------------------------------------------------------------------------
    {"id": "d33-autoreply-01", "kind": "autoreply", "thread": I, "quoted": INV, "quote": "outlook-nl",
     "sender": "Wim Hagedoorn <w.hagedoorn@kempenpoort.nl>",
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": "Tot en met vrijdag 26 februari ben ik niet aanwezig. Uw mail wordt niet doorgestuurd. Voor dringende "
             "zaken kunt u contact opnemen met het directiesecretariaat, 0499 - 38 22 00."},
    {"id": "d33-autoreply-02", "kind": "autoreply", "thread": R,
     "sender": "Olivia Brandt <o.brandt@deltawerk-zuid.nl>",
     "subject": "Out of Office: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "headers": {"Precedence": "bulk"},
     "body": "I am out of the office until March 8 with limited access to email. For urgent matters please "
             "contact my office manager, Tess Dingemans."},
    {"id": "d33-autoreply-03", "kind": "autoreply", "thread": I, "quoted": INV, "quote": "ongemarkeerd",
     "sender": "Gert-Jan Boersma <gj.boersma@wo-eemsdelta-oost.nl>",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Bedankt voor uw bericht. Ik ben met vakantie tot 1 maart en lees mijn mail daarna. Ik kom er dan zo "
             "snel mogelijk op terug.\n\nGert-Jan Boersma"},
    {"id": "d33-autoreply-04", "kind": "autoreply", "thread": I,
     "sender": "Postbus Werkorganisatie Duinzoom <postbus@duinzoom.nl>",
     "subject": "Uw bericht is ontvangen - zaaknummer Z/27/004512",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Geachte heer/mevrouw,\n\nUw e-mail is geregistreerd onder zaaknummer Z/27/004512. Wij behandelen uw "
             "bericht binnen 10 werkdagen. Vermeld bij verdere correspondentie altijd het zaaknummer.\n\n"
             "Werkorganisatie Duinzoom, team Informatiebeheer"},
    {"id": "d33-autoreply-05", "kind": "autoreply", "thread": I,
     "sender": "Jeroen Slot <j.slot@gemeente-hattingen.nl>",
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "headers": {"Auto-Submitted": "auto-replied"},
     "body": "Per 1 januari 2027 zijn de gemeenten Hattingen en Ellerdam ambtelijk samengegaan in de "
             "Werkorganisatie Ellerdam-Hattingen. Dit e-mailadres wordt niet meer gelezen. Stuur uw bericht "
             "opnieuw naar info@wo-ellerdam.nl."},
    {"id": "d33-autoreply-06", "kind": "autoreply", "thread": R,
     "sender": "Petra Hulshof <p.hulshof@kempenpoort.nl>",
     "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "body": "Ik ben afwezig van 8 tot en met 12 maart. Mijn mail lees ik niet. In dringende gevallen: bel "
             "06 - 19 55 20 71 (secretariaat)."},

    # -- look-alikes: leaving, erasure, hand-over -------------------------------------------------------------
    {"id": "d33-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": INV,
     "quote": "outlook-nl",
     "sender": "Hans Tuinstra <h.tuinstra@gemeenten-waadkant.nl>",
     "body": "Beste secretariaat,\n\nIk kom niet op 11 maart, en eigenlijk ook niet meer daarna: per 1 april ga ik "
             "met pensioen. Haal me dus maar van de ledenlijst.\n\nHet ga jullie goed,\nHans Tuinstra"},
    {"id": "d33-unsubscribe-02", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": HER,
     "quote": "outlook-lijn",
     "sender": "E. Vos-Bakker <e.vosbakker@oostgelre-werkt.nl>",
     "body": "Geacht secretariaat,\n\nIk verzoek u mij uit het netwerk te verwijderen en al mijn "
             "persoonsgegevens te wissen, overeenkomstig artikel 17 AVG. Ik neem uiteraard ook niet deel aan het "
             "atelier.\n\nE. Vos-Bakker"},
    {"id": "d33-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": INV,
     "quote": "outlook-nl",
     "sender": "Sjoerd Hiemstra <s.hiemstra@gemeenten-waadkant.nl>",
     "body": "Beste Stan en Melanie,\n\nPer 1 maart vertrek ik naar de provincie. Mijn opvolger als directeur is "
             "Aukje Terpstra (a.terpstra@gemeenten-waadkant.nl); zij neemt mijn plek in het netwerk over en "
             "beslist zelf over het atelier.\n\nMei freonlike groetnis,\nSjoerd"},
    {"id": "d33-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": INV,
     "quote": "gmail",
     "sender": "Marco Snel <marco.snel@werkorganisatie-vlietland.nl>",
     "body": "Ik mis de tijd voor dit soort bijeenkomsten, dus niet voor 11 maart en ook niet voor de toekomst. "
             "Schrijf me alsjeblieft uit.\n\nMarco"},
    {"id": "d33-unsubscribe-05", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": INV,
     "quote": "outlook-en",
     "sender": "Louise Vermeulen <l.vermeulen@deltawerk-zuid.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier - please remove me",
     "body": "Hello,\n\nPlease take me off your mailing list altogether; I've moved to a role outside local "
             "government. Thanks for the invitations over the years.\n\nLouise Vermeulen"},

    # -- look-alikes: topics, sign-up, confirmation -----------------------------------------------------------
    {"id": "d33-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": I, "quoted": INV,
     "quote": "outlook-nl",
     "sender": "Linda Buitelaar <l.buitelaar@duinzoom.nl>",
     "body": "Los van mijn aanmelding, die al binnen is: een onderwerp voor een volgend atelier. Ik zou het graag "
             "hebben over de inzet van AI in onze werkprocessen en wat dat vraagt van de formatie.\n\nLinda"},
    {"id": "d33-suggestion-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Nadia Bouzid <n.bouzid@deltawerk-zuid.nl>",
     "body": "Dank voor de fijne middag! Voor de volgende keer: hoe meet je de tevredenheid van inwoners en "
             "ondernemers over het KCC, en wat doe je daarna met die cijfers?\n\nNadia"},
    {"id": "d33-subscribe-01", "kind": "subscribe", "thread": None, "quoted": INV, "quote": "doorgestuurd",
     "sender": "Reinier Boekhout <r.boekhout@werkorganisatie-zuiderlaan.nl>",
     "subject": "FW: Uitnodiging Leer- en inspireer-atelier - graag lid worden",
     "body": "Goedemiddag,\n\nDeze uitnodiging kreeg ik van een collega doorgestuurd. Ik ben sinds januari "
             "directeur van Werkorganisatie Zuiderlaan en wil zelf graag lid worden van het netwerk.\n\n"
             "Met vriendelijke groet,\nReinier Boekhout"},
    {"id": "d33-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl",
     "sender": "Aukje Terpstra <a.terpstra@gemeenten-waadkant.nl>",
     "body": "Bij dezen bevestigd.\n\nAukje Terpstra"},
]
# fmt: on
