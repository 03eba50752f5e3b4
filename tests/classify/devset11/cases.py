"""The eleventh labelled set's cases (issue 17): a month of the mailbox in realistic proportions, each labelled as
the secretariat should treat it; cases that could not be labelled with confidence were left out.
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
GALAXY = "\n\n\nVerzonden vanaf mijn Galaxy"
OUTLOOK_IOS = "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>"
OUTLOOK_ANDROID = "\n\nDownload Outlook voor Android"
DISCLAIMER_NL = (
    "\n\n-----------------------------------------------------------------------\n"
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Verstrekking aan en gebruik door anderen "
    "is niet toegestaan. De werkorganisatie sluit iedere aansprakelijkheid uit die voortvloeit uit elektronische "
    "verzending. Denk aan het milieu: print deze e-mail alleen als het echt nodig is.\n"
    "-----------------------------------------------------------------------"
)
DISCLAIMER_KORT = "\n\nAan dit bericht kunnen geen rechten worden ontleend."
WERKDAGEN = "\n\nIk werk op maandag, dinsdag en donderdag."
AUTO = {"Auto-Submitted": "auto-replied"}
AUTO_MS = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP: yes ------------------------------------------------------------------------------------------
    {"id": "d11-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Henk Wolters <h.wolters@werkorganisatie-vechtstroom.nl>",
     "body": "Ja, ik kom.\n\nHenk"},
    {"id": "d11-rsvp-02", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Ingrid Pauwels <i.pauwels@dommeldal-wo.nl>",
     "body": "Goedemorgen,\n\nDank voor de uitnodiging. Het thema spreekt mij erg aan, juist nu wij met vier "
             "colleges een nieuwe samenwerkingsagenda opstellen. Ik schrijf mij graag in voor 11 maart.\n\n"
             "Met vriendelijke groet,\n\nIngrid Pauwels\nalgemeen directeur\nWerkorganisatie Dommeldal\n"
             "T 040 - 299 18 00 | M 06 - 41 87 22 19" + DISCLAIMER_NL},
    {"id": "d11-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Bart <bart.eijkelkamp@gmail.com>",
     "body": "top, zet me er maar op" + IPHONE},
    {"id": "d11-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Secretariaat directie <directiesecretariaat@peelrand-samen.nl>",
     "body": "Beste secretariaat,\n\nNamens de heer Van Rooij, directeur van Peelrand Samen, laat ik u weten dat hij "
             "graag aanwezig is bij het atelier op 11 maart. Ik heb de afspraak in zijn agenda gezet.\n\n"
             "Met vriendelijke groet,\n\nMiranda Goossens\nmanagementassistent directie\nPeelrand Samen\n"
             "0493 - 35 87 00"},
    {"id": "d11-rsvp-05", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Carla Mulder <c.mulder@heuvelrand-oost.nl>",
     "body": "Beste Stan en Melanie,\n\nIk kom graag, en neem onze concerncontroller Youssef el Amrani mee. "
             "Wij zijn dus met z'n tweeën.\n\nHartelijke groet,\nCarla"},
    {"id": "d11-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Gerrit Hoekstra <g.hoekstra@waddenkust-wo.nl>",
     "body": "Ik bin der by. Wol wat letter, de boat fan Ameland komt om 13.15 oan yn Holwert, dus ik sil tsjin "
             "healwei trijen yn Utrecht wêze.\n\nGroetnis,\nGerrit" + IPAD},
    {"id": "d11-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "R.J. Brinkman <rj.brinkman@lingezoom.nl>",
     "body": "Geachte heer Van de Laar, geachte mevrouw Huurneman,\n\nHierbij bevestig ik mijn deelname aan het "
             "Leer- en inspireer-atelier van donderdag 11 maart aanstaande.\n\nHoogachtend,\n\ndrs. R.J. Brinkman\n"
             "gemeentesecretaris / algemeen directeur\nAmbtelijke organisatie Lingezoom"},
    {"id": "d11-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Frank Verhoeven <f.verhoeven@wo-kempenland.nl>",
     "body": "Hoi,\n\nIk kom, met 2 gasten: Els Raaijmakers (directeur sociaal domein) en Tim de Bont "
             "(strategisch adviseur). Alle drie graag op de lijst.\n\nGroet,\nFrank Verhoeven"},
    {"id": "d11-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Priya Ramdin <p.ramdin@zeeuwsekreken.nl>",
     "body": "Dear Stan, dear Melanie,\n\nThanks for the invitation - count me in for 11 March. I may join a "
             "little after two as I have a board meeting in the morning in Middelburg.\n\nKind regards,\n"
             "Priya Ramdin\nDirector, Zeeuwse Kreken shared services"},
    {"id": "d11-rsvp-10", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Wim Jansen <w.jansen@vechtstroom.nl>",
     "body": "Dank voor de herinnering, ik ben er gewoon bij. Tot donderdag!\n\nWim"},
    {"id": "d11-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Anneke Zijlstra <a.zijlstra@drechtoever.nl>",
     "body": "Goedemiddag,\n\nja ik kom. Ik kom fysiek naar Utrecht, niet via Teams.\n\nAnneke Zijlstra"},
    {"id": "d11-rsvp-12", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Koen de Groot <k.degroot@bommelerwaard-zuid.nl>",
     "body": "Dag allen,\n\nEerst dacht ik dat het niet zou lukken vanwege een raadsinformatieavond, maar die is "
             "verplaatst. Dus: ik kom op 11 maart.\n\nMet groet,\nKoen de Groot\n\n"
             "[cid:image001.png@01DB4F2A.7C3E1A90]\nGemeenten Bommelerwaard-Zuid | werkorganisatie"},
    {"id": "d11-rsvp-13", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "Loes Hermans <l.hermans@maasenpeel.nl>",
     "body": "Aanwezig.\n\nLoes Hermans\n" + "Verzonden met BlueMail"},
    {"id": "d11-rsvp-14", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart", "sender": "Sander Bosman <s.bosman@wo-ijsselvallei.nl>",
     "body": "Beste organisatie,\n\nVia een collega hoorde ik over het atelier van 11 maart in Utrecht. Ik ben al "
             "lid van het netwerk, maar kan de uitnodiging niet meer terugvinden. Bij deze meld ik me aan voor "
             "de bijeenkomst.\n\nGroeten,\nSander Bosman\ndirecteur Werkorganisatie IJsselvallei"},
    {"id": "d11-rsvp-15", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Joost Ververs <joost.ververs@ziggo.nl>",
     "body": "Ik sluit aan, maar de trein uit Zwolle rijdt die middag volgens de NS-planner niet, dus het wordt "
             "met de auto en ik ben er rond 14.30. Sorry alvast." + GALAXY},
    {"id": "d11-rsvp-16", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Marjolein van Dijk <m.vandijk@kromstroom.nl>",
     "headers": {"X-Mailer": "Microsoft Outlook 16.0"},
     "body": "Ha Melanie,\n\nLeuk, dit onderwerp! Ik ben van de partij. Ik neem Jeroen mee, onze nieuwe "
             "programmamanager bestuurlijke samenwerking. Graag dus 2 plekken.\n\nGroetjes, Marjolein"},
    {"id": "d11-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Bestuurssecretariaat <bestuurssecretariaat@hollandsmidden-wo.nl>",
     "body": "Goedemiddag,\n\nDe directeur, mevrouw drs. E. Sondorp, neemt deel aan het atelier. Ik heb het "
             "in haar agenda gezet.\n\nVriendelijke groet,\nPetra Kooiman\nbestuurssecretariaat" + DISCLAIMER_KORT},
    {"id": "d11-rsvp-18", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "Geaccepteerd: Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Tom Hendrikx <t.hendrikx@brabantsewal.nl>",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": ""},
    {"id": "d11-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Hans Rietveld <h.rietveld@werkorganisatie-gooiland.nl>",
     "body": "Graag. Dat sluit mooi aan bij de discussie die wij nu voeren. Ik kom.\n\nHR"},
    {"id": "d11-rsvp-20", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Nicole Verbruggen <n.verbruggen@zuidkempen-wo.nl>",
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\nJa, ik kom.\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.\n\nMet 1 collega, onze "
             "manager bedrijfsvoering.\n\nNicole"},
    {"id": "d11-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Rachid Bouzid <r.bouzid@wo-rivierenzoom.nl>",
     "body": "Beste secretariaat,\n\nIk heb het met Dirk afgestemd: ik neem zijn plaats graag in en ben er op "
             "11 maart.\n\nMet vriendelijke groet,\nRachid Bouzid\nadjunct-directeur"},
    {"id": "d11-rsvp-22", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Ellen Kuipers <e.kuipers@gemeentenmiddenveluwe.nl>",
     "body": "Ik had eerst afgezegd maar het overleg dat ik had is geschrapt, dus ik kom toch. Zet u mij weer op "
             "de lijst?\n\nEllen"},
    {"id": "d11-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Mark Snel <mark.snel@deltaland-wo.nl>",
     "body": "yes! 👍" + IPHONE},
    {"id": "d11-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes-wrote", "sender": "Gé Smeets <ge.smeets@heuvellandwo.nl>",
     "body": "Sjoen dat der weer e atelier is. Ich kom, mit eine collega: Mariëlle Lemmens, teamleider "
             "dienstverlening. Hoije,\nGé Smeets"},
    # -- RSVP: no -------------------------------------------------------------------------------------------
    {"id": "d11-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Peter de Wit <p.dewit@vechtstroom.nl>",
     "body": "Nee, helaas.\n\nPeter"},
    {"id": "d11-rsvp-26", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Agenda directie <agenda.directie@dommeldal-wo.nl>",
     "body": "Goedemorgen,\n\nDe heer Aarts is op 11 maart helaas verhinderd in verband met een "
             "regiobijeenkomst van de veiligheidsregio. Hij laat zich verontschuldigen.\n\nMet vriendelijke "
             "groet,\nSandra Verstegen\nsecretaresse algemeen directeur"},
    {"id": "d11-rsvp-27", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Janneke Hofman <janneke.hofman@kpnmail.nl>",
     "body": "Jammer, die week zit ik met de kinderen in Oostenrijk. Volgende keer beter!\n\nJanneke"},
    {"id": "d11-rsvp-28", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Erik Lammers <e.lammers@werkorganisatie-gooiland.nl>",
     "body": "Beste Stan,\n\nIk moet deze keer passen: de begrotingsbehandeling van een van onze gemeenten is "
             "naar 11 maart verschoven. In mijn plaats komt mijn plaatsvervanger, Hanneke Bol "
             "(h.bol@werkorganisatie-gooiland.nl).\n\nGroet,\nErik Lammers"},
    {"id": "d11-rsvp-29", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Sjoerd Veenstra <s.veenstra@waddenkust-wo.nl>",
     "body": "Helaas, ik kan niet. Griep. Geef mijn plek maar aan iemand op de wachtlijst.\n\nSjoerd" + IPHONE},
    {"id": "d11-rsvp-30", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "A. de Vos <a.devos@zeeuwsekreken.nl>",
     "body": "Geacht secretariaat,\n\nTot mijn spijt moet ik u berichten dat ik niet in de gelegenheid ben het "
             "atelier bij te wonen.\n\nHoogachtend,\nA. de Vos"},
    {"id": "d11-rsvp-31", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Lisa Chen <l.chen@rijnstreek-shared.nl>",
     "body": "Hi both,\n\nUnfortunately I can't make it on 11 March - I'll be at a conference in Ghent that week. "
             "Please keep me posted about the next one.\n\nBest,\nLisa" + OUTLOOK_IOS},
    {"id": "d11-rsvp-32", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Dirk Smit <d.smit@wo-rivierenzoom.nl>",
     "body": "Beste Melanie,\n\nIk had me aangemeld met een gast, maar we komen allebei niet: er is donderdag een "
             "extra raadsvergadering over de jeugdzorg ingelast. Balen.\n\nDirk"},
    {"id": "d11-rsvp-33", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Monique Peeters <m.peeters@maasenpeel.nl>",
     "body": "Op 11 maart had ik vrijgehouden, maar 18 maart lukt mij niet. Ik zie helaas af van deelname.\n\n"
             "Monique Peeters" + DISCLAIMER_NL},
    {"id": "d11-rsvp-34", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "Geweigerd: Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "sender": "Robert Kamphuis <r.kamphuis@twentse-poort.nl>",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Sorry, ik zit die dag in Brussel."},
    {"id": "d11-rsvp-35", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Anja Martens <a.martens@brabantsewal.nl>",
     "body": "Goedemiddag,\n\nZie hieronder het antwoord van mevrouw Brouwers.\n\nGroet, Anja Martens\n"
             "secretariaat directie\n\n"
             "Van: Yvonne Brouwers <y.brouwers@brabantsewal.nl>\nVerzonden: dinsdag 2 maart 2027 10:40\n"
             "Aan: Anja Martens <a.martens@brabantsewal.nl>\nOnderwerp: RE: FW: Uitnodiging Leer- en "
             "inspireer-atelier 11 maart 2027\n\n"
             "Anja, dat gaat niet lukken helaas, die middag heb ik het overleg met de accountant. Wil jij ze "
             "laten weten dat ik niet kom?\n\nYvonne"},
    {"id": "d11-rsvp-36", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Theo Lubbers <t.lubbers@westerkwartier-wo.nl>",
     "body": "Moi,\n\nIk kom der nait bie, veul te drok mit de reorganisatie. Mien collega Harm Dijkhuis "
             "(h.dijkhuis@westerkwartier-wo.nl) gaait in mien stee.\n\nMit groet,\nTheo"},
    {"id": "d11-rsvp-37", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Annemarie Kok <annemarie.kok@me.com>",
     "body": "Ik had ja gezegd, maar moet het toch intrekken: mijn moeder wordt die dag geopereerd. Hopelijk tot "
             "een volgende keer." + IPHONE},
    {"id": "d11-rsvp-38", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Hanneke Bol <h.bol@werkorganisatie-gooiland.nl>",
     "body": "Beste secretariaat,\n\nErik Lammers heeft mij opgegeven als vervanger, maar ik sta op 11 maart "
             "zelf ingeroosterd voor een integriteitstraining die ik niet kan verzetten. Ik kom dus niet; ik "
             "laat het Erik ook weten.\n\nMet vriendelijke groet,\nHanneke Bol"},
    {"id": "d11-rsvp-39", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-en", "sender": "Jeroen Timmer <j.timmer@kromstroom.nl>",
     "body": "Haal mij maar van de wachtlijst, ik kan inmiddels toch niet meer op die datum.\n\nJeroen Timmer"},
    {"id": "d11-rsvp-40", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "W.F.M. van Kessel <w.vankessel@dongemond-wo.nl>",
     "body": "Beste mensen,\n\nIk laat het atelier deze keer aan mij voorbijgaan. Het onderwerp is voor ons "
             "minder actueel, wij zijn net uit een herijking van de samenwerking gekomen.\n\nMet vriendelijke "
             "groet,\nWim van Kessel"},
    {"id": "d11-rsvp-41", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Managementondersteuning <mo@heuvelrand-oost.nl>",
     "body": "Goedemiddag,\n\nMevrouw Mulder en de heer El Amrani kunnen donderdag helaas allebei niet komen door "
             "een crisisoverleg. Ze melden zich af voor het atelier.\n\nMet vriendelijke groet,\nFleur "
             "Dekker\nmanagementondersteuning"},
    {"id": "d11-rsvp-42", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Kees Brand <kees.brand@xs4all.nl>",
     "body": "Ik zei eerst ja, toen nee, toen weer ja... definitief: NEE, ik kom niet. Excuus voor het "
             "gedoe.\n\nKees"},
    {"id": "d11-rsvp-43", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Oliver Baas <o.baas@lingezoom.nl>",
     "body": "Hi,\n\nI'm afraid I have to decline, we have our annual audit that week. My colleague Sanne de Ruiter "
             "(s.deruiter@lingezoom.nl) will attend instead of me.\n\nRegards,\nOliver Baas" + OUTLOOK_ANDROID},
    {"id": "d11-rsvp-44", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Guus Verheijen <g.verheijen@peelrand-samen.nl>",
     "body": "Vorige week meldde ik me af, maar het MT-uitje is verplaatst. Ik kom toch graag, zonder gast.\n\n"
             "Guus"},
    # -- sign-ups -------------------------------------------------------------------------------------------
    {"id": "d11-sub-01", "kind": "subscribe", "thread": None, "subject": "Aanmelden",
     "sender": "Jolanda Wessels <j.wessels@werkorganisatie-vechtstroom.nl>", "body": ""},
    {"id": "d11-sub-02", "kind": "subscribe", "thread": None, "subject": "Lidmaatschap netwerk",
     "sender": "Michiel Dekkers <m.dekkers@twentse-poort.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 februari ben ik benoemd tot algemeen directeur van de Twentse Poort, de "
             "ambtelijke organisatie van drie gemeenten. Mijn voorganger was lid van uw netwerk; graag word ook ik "
             "lid.\n\nMet vriendelijke groet,\n\nMichiel Dekkers\nalgemeen directeur\n074 - 255 60 00"
             + DISCLAIMER_NL},
    {"id": "d11-sub-03", "kind": "subscribe", "thread": None, "subject": "join",
     "sender": "Femke Postma <f.postma@waddenkust-wo.nl>",
     "body": "Hello,\n\nI'd like to join the network of directors. I'm the new managing director of Waddenkust "
             "werkorganisatie since January.\n\nBest regards,\nFemke Postma"},
    {"id": "d11-sub-04", "kind": "subscribe", "thread": None, "subject": "Aanmeldformulier netwerk",
     "sender": "Ronald Huisman <r.huisman@bommelerwaard-zuid.nl>",
     "body": "Naam: Ronald Huisman\nOrganisatie: Werkorganisatie Bommelerwaard-Zuid\nFunctie: directeur "
             "bedrijfsvoering / lid directieraad\nE-mail: r.huisman@bommelerwaard-zuid.nl\nTelefoon: 0418 - 67 "
             "12 00\nOpmerking: graag aanmelden als lid"},
    {"id": "d11-sub-05", "kind": "subscribe", "thread": None,
     "subject": "Nieuwe aanmelding via ambtelijkefusie.nl",
     "sender": "Formulier website <wordpress@webhosting-seinstravandelaar.nl>",
     "headers": {"Reply-To": "Noor Bakker <n.bakker@drechtoever.nl>"},
     "body": "Er is een nieuw formulier ingevuld op ambtelijkefusie.nl/aanmelden\n\n"
             "Voornaam: Noor\nAchternaam: Bakker\nE-mailadres: n.bakker@drechtoever.nl\n"
             "Organisatie: Drechtoever (ambtelijke fusie van 2 gemeenten)\nFunctie: gemeentesecretaris-directeur\n"
             "Ik wil lid worden van het netwerk: ja\n\n--\nDit bericht is automatisch verzonden door het "
             "contactformulier."},
    {"id": "d11-sub-06", "kind": "subscribe", "thread": None, "subject": "FW: Netwerk ambtelijke fusies",
     "sender": "Bram Oosterhuis <b.oosterhuis@westerkwartier-wo.nl>",
     "body": "Goedemiddag,\n\nMijn collega Theo Lubbers stuurde mij onderstaande tip door. Ik wil me graag ook "
             "aanmelden voor het netwerk.\n\nGroet,\nBram Oosterhuis\nadjunct-directeur\n\n"
             "Van: Theo Lubbers <t.lubbers@westerkwartier-wo.nl>\nVerzonden: maandag 1 maart 2027 16:02\n"
             "Aan: Bram Oosterhuis <b.oosterhuis@westerkwartier-wo.nl>\nOnderwerp: Netwerk ambtelijke fusies\n\n"
             "Bram, is dit niet wat voor jou? Aanmelden kan door een mailtje naar info@ambtelijkefusie.nl. "
             "Kost niets.\n\nTheo"},
    {"id": "d11-sub-07", "kind": "subscribe", "thread": None, "subject": "Aanmelding directeur",
     "sender": "Directiesecretariaat <directiesecretariaat@maasenpeel.nl>",
     "body": "Goedemorgen,\n\nGraag meld ik onze nieuwe directeur aan voor uw netwerk: mevrouw Saskia Driessen, "
             "s.driessen@maasenpeel.nl. Zij is per 1 maart in dienst getreden als algemeen directeur van "
             "werkorganisatie Maas en Peel.\n\nMet vriendelijke groet,\nTon Willems\ndirectiesecretaris"},
    {"id": "d11-sub-08", "kind": "subscribe", "thread": None, "subject": "aanmelding",
     "sender": "jeroen <jeroen.vos@deltaland-wo.nl>",
     "body": "wil graag lid worden van het netwerk. groet jeroen vos, directeur deltaland" + GALAXY},
    {"id": "d11-sub-09", "kind": "subscribe", "thread": None, "subject": "Netwerk directeuren",
     "sender": "Eveline Jacobs <e.jacobs@kromstroom.nl>",
     "body": "Dag Stan,\n\nWe spraken elkaar vorige week kort op het VGS-congres. Zoals afgesproken: bij deze wil "
             "ik me aansluiten bij het netwerk. Zet je me op de lijst?\n\nHartelijke groet,\nEveline Jacobs\n"
             "directeur Kromstroom"},
    {"id": "d11-sub-10", "kind": "subscribe", "thread": None, "subject": "Aanmelding namens collega",
     "sender": "Hans Rietveld <h.rietveld@werkorganisatie-gooiland.nl>",
     "body": "Beste secretariaat,\n\nOnze tweede directeur, Liesbeth Haan (l.haan@werkorganisatie-gooiland.nl), "
             "wil ook graag deelnemen aan het netwerk. Willen jullie haar aanmelden?\n\nGroet,\nHans Rietveld"},
    {"id": "d11-sub-11", "kind": "subscribe", "thread": None, "subject": "Request to join",
     "sender": "Daan van Beek <d.vanbeek@rijnstreek-shared.nl>",
     "body": "Dear secretariat,\n\nPlease sign me up for the Network of directors of merged municipal "
             "organisations. I started as director of Rijnstreek Shared Services last month.\n\n"
             "Kind regards,\nDaan van Beek\n+31 (0)30 - 634 21 00"},
    {"id": "d11-sub-12", "kind": "subscribe", "thread": None, "subject": "Graag op de mailinglijst",
     "sender": "Sevda Yilmaz <s.yilmaz@zuidkempen-wo.nl>",
     "body": "Hallo,\n\nIk ben sinds kort directeur van de werkorganisatie Zuid-Kempen en zou graag op de "
             "hoogte gehouden worden van de ateliers. Kunt u mij toevoegen als lid?\n\nVriendelijke groeten,\n"
             "Sevda Yilmaz" + IPHONE},
    {"id": "d11-sub-13", "kind": "subscribe", "thread": None, "subject": "Aanmelding",
     "sender": "P. Hoogendoorn <p.hoogendoorn@hollandsmidden-wo.nl>",
     "body": "Geachte heer, mevrouw,\n\nHierbij meld ik mij aan als lid van het Netwerk van directeuren van "
             "ambtelijke fusieorganisaties.\n\nHoogachtend,\n\nmr. P. Hoogendoorn\nalgemeen directeur "
             "Werkorganisatie Holland-Midden" + DISCLAIMER_KORT},
    {"id": "d11-sub-14", "kind": "subscribe", "thread": None, "subject": "Wij willen er ook bij!",
     "sender": "Ria Veldkamp <r.veldkamp@ijsselvallei.nl>",
     "body": "Hoi,\n\nVia LinkedIn zag ik een foto van jullie laatste atelier. Ik zou me graag aanmelden als lid. "
             "Ik ben directeur van de ambtelijke fusie IJsselvallei (Olst-Wijhe-achtig, maar dan kleiner ;-)).\n\n"
             "Groetjes,\nRia"},
    {"id": "d11-sub-15", "kind": "subscribe", "thread": None, "subject": "Aanmelding netwerk - nieuwe directeur",
     "sender": "Wim Jansen <w.jansen@vechtstroom.nl>",
     "body": "Beste Melanie,\n\nIk ga per 1 april met pensioen (daarover stuur ik apart een bericht). Mijn "
             "opvolger, Jolien Abbink, begint al per 15 maart. Wil je haar alvast aanmelden voor het netwerk? Haar "
             "adres is j.abbink@vechtstroom.nl.\n\nGroet,\nWim"},
    {"id": "d11-sub-16", "kind": "subscribe", "thread": None, "subject": "Aanmelden netwerk directeuren",
     "sender": "Aukje de Boer <a.deboer@fryske-marren-wo.nl>",
     "body": "Goeie,\n\nGraach wol ik my oanmelde foar it netwurk. Ik bin direkteur fan de wurkorganisaasje.\n\n"
             "Mei freonlike groetnis,\nAukje de Boer"},
    {"id": "d11-sub-17", "kind": "subscribe", "thread": None, "subject": "inschrijving",
     "sender": "Laurens Pijnenburg <l.pijnenburg@dongemond-wo.nl>",
     "body": "Goeiedag,\n\nIk schrijf me graag in als lid van jullie netwerk. Als directeur van Dongemond "
             "(drie gemeenten, één ambtelijk apparaat) lijkt me de uitwisseling met collega's heel waardevol.\n\n"
             "Houdoe,\nLaurens Pijnenburg"},
    {"id": "d11-sub-18", "kind": "subscribe", "thread": None, "subject": "Re: Welkom / ook aanmelden",
     "sender": "Marco Uijterwaal <m.uijterwaal@lingezoom.nl>",
     "body": "Beste secretariaat,\n\nMijn collega R.J. Brinkman is al lid. Ook ik, als directeur "
             "sociaal domein en plaatsvervangend algemeen directeur, meld mij graag aan voor het netwerk.\n\n"
             "Met vriendelijke groet,\nMarco Uijterwaal"},
    # -- confirmations --------------------------------------------------------------------------------------
    {"id": "d11-conf-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Jolanda Wessels <j.wessels@werkorganisatie-vechtstroom.nl>", "body": ""},
    {"id": "d11-conf-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "jeroen <jeroen.vos@deltaland-wo.nl>", "body": "ja"},
    {"id": "d11-conf-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Sevda Yilmaz <s.yilmaz@zuidkempen-wo.nl>", "body": IPHONE},
    {"id": "d11-conf-04", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Saskia Driessen <s.driessen@maasenpeel.nl>",
     "body": "Goedemiddag,\n\nKlopt, ons directiesecretariaat heeft mij aangemeld. Ik bevestig bij deze mijn "
             "aanmelding.\n\nMet vriendelijke groet,\nSaskia Driessen\nalgemeen directeur Maas en Peel"},
    {"id": "d11-conf-05", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "sender": "Daan van Beek <d.vanbeek@rijnstreek-shared.nl>", "body": "Confirmed, thank you.\n\nDaan"},
    {"id": "d11-conf-06", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "groupwise",
     "sender": "P. Hoogendoorn <p.hoogendoorn@hollandsmidden-wo.nl>",
     "body": "Hierbij bevestigd.\n\nmr. P. Hoogendoorn" + DISCLAIMER_KORT},
    {"id": "d11-conf-07", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl", "sender": "Michiel Dekkers <m.dekkers@twentse-poort.nl>",
     "body": "Excuses, de eerste mail is in mijn ongewenste mail beland. Bij deze alsnog bevestigd.\n\n"
             "Michiel Dekkers" + DISCLAIMER_NL},
    {"id": "d11-conf-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "sender": "Ronald Huisman <r.huisman@bommelerwaard-zuid.nl>", "body": "Akkoord.\n\nR. Huisman"},
    {"id": "d11-conf-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Liesbeth Haan <l.haan@werkorganisatie-gooiland.nl>",
     "body": "Dag,\n\nJa, Hans heeft mij aangemeld en dat is prima. Graag lid.\n\nLiesbeth Haan"},
    {"id": "d11-conf-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Femke Postma <f.postma@waddenkust-wo.nl>", "body": "Yes, that was me. Thanks!" + IPAD},
    {"id": "d11-conf-11", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "sender": "Noor Bakker <n.bakker@drechtoever.nl>", "body": "Bevestigd."},
    {"id": "d11-conf-12", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "gmail",
     "sender": "Ria Veldkamp <r.veldkamp@ijsselvallei.nl>",
     "body": "oeps vergeten! hierbij: ja ik wil lid worden :)"},
    {"id": "d11-conf-13", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Jolien Abbink <j.abbink@vechtstroom.nl>",
     "body": "Beste secretariaat,\n\nWim Jansen heeft mij als zijn opvolger aangemeld. Graag bevestig ik dat ik "
             "lid wil worden.\n\nMet vriendelijke groet,\n\nJolien Abbink\ndirecteur (per 15 maart)\n"
             "Werkorganisatie Vechtstroom"},
    {"id": "d11-conf-14", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "notes-wrote", "sender": "Aukje de Boer <a.deboer@fryske-marren-wo.nl>", "body": "Ja, graach."},
    {"id": "d11-conf-15", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Eveline Jacobs <e.jacobs@kromstroom.nl>", "body": "" + DISCLAIMER_NL},
    {"id": "d11-conf-16", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Laurens Pijnenburg <l.pijnenburg@dongemond-wo.nl>",
     "body": "Prima, bij deze bevestig ik mijn aanmelding.\n\nLaurens Pijnenburg\ndirecteur Dongemond\n"
             "T 0162 - 45 90 00"},
    {"id": "d11-conf-17", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "sender": "Marco Uijterwaal <m.uijterwaal@lingezoom.nl>", "body": "Ok" + OUTLOOK_ANDROID},
    {"id": "d11-conf-18", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding",
     "quote": "outlook-nl", "sender": "Bram Oosterhuis <b.oosterhuis@westerkwartier-wo.nl>",
     "body": "Moi, ja dat klopt, ik wil graag lid worden. Groet, Bram"},
    {"id": "d11-conf-19", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Ingeborg Tiemens <i.tiemens@heuvellandwo.nl>",
     "body": "Bevestig ik graag vanaf mijn telefoon, ik zit in de trein.\n\nIngeborg" + IPHONE},
    {"id": "d11-conf-20", "kind": "confirm", "thread": C,
     "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Kirsten Nauta <k.nauta@fryske-marren-wo.nl>",
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "Bij deze.\n\nKN"},
    # -- leaving --------------------------------------------------------------------------------------------
    {"id": "d11-unsub-01", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Afmelding i.v.m. pensioen", "sender": "Wim Jansen <w.jansen@vechtstroom.nl>",
     "body": "Beste Melanie, beste Stan,\n\nPer 1 april ga ik met pensioen. Graag meld ik mij per die datum af "
             "als lid van het netwerk. Dank voor alle mooie ateliers de afgelopen jaren!\n\nHartelijke groet,\n"
             "Wim Jansen"},
    {"id": "d11-unsub-02", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "afmelden",
     "sender": "Kees Brand <kees.brand@xs4all.nl>", "body": ""},
    {"id": "d11-unsub-03", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Nieuwe baan - graag uitschrijven",
     "sender": "Sjoerd Veenstra <s.veenstra@waddenkust-wo.nl>",
     "body": "Hoi,\n\nPer 1 mei ga ik aan de slag bij de provincie Fryslân. Ik ben dan geen directeur van een "
             "ambtelijke fusie meer, dus schrijf me maar uit.\n\nGroet,\nSjoerd"},
    {"id": "d11-unsub-04", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Opheffing werkorganisatie Dongemond",
     "sender": "W.F.M. van Kessel <w.vankessel@dongemond-wo.nl>",
     "body": "Geacht secretariaat,\n\nMet ingang van 1 januari 2027 zijn onze drie gemeenten heringedeeld tot "
             "één nieuwe gemeente. De werkorganisatie Dongemond houdt daarmee op te bestaan en ik ben niet langer "
             "directeur van een ambtelijke fusieorganisatie. Ik verzoek u mijn lidmaatschap te beëindigen.\n\n"
             "Hoogachtend,\nW.F.M. van Kessel"},
    {"id": "d11-unsub-05", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Overdracht lidmaatschap",
     "sender": "Annemarie Kok <a.kok@brabantsewal.nl>",
     "body": "Beste secretariaat,\n\nIk vertrek eind deze maand bij de Brabantse Wal. Mijn opvolger, Stijn "
             "Verhagen (s.verhagen@brabantsewal.nl), neemt mijn plaats in het netwerk over. Mij kunt u "
             "afmelden.\n\nMet vriendelijke groet,\nAnnemarie Kok"},
    {"id": "d11-unsub-06", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Verzoek verwijdering persoonsgegevens (AVG art. 17)",
     "sender": "J.P. Terpstra <jp.terpstra@fryske-marren-wo.nl>",
     "body": "Geachte heer, mevrouw,\n\nOp grond van artikel 17 van de Algemene verordening "
             "gegevensbescherming verzoek ik u al mijn persoonsgegevens uit uw bestanden te verwijderen en mij "
             "geen berichten meer te sturen. Graag ontvang ik binnen de wettelijke termijn een bevestiging.\n\n"
             "Hoogachtend,\nJ.P. Terpstra"},
    {"id": "d11-unsub-07", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Theo Lubbers <t.lubbers@westerkwartier-wo.nl>",
     "body": "Moi,\n\nIk kom niet naar het atelier, en eerlijk gezegd stop ik ook met het netwerk: per juni ga ik "
             "met vervroegd pensioen. Haal me maar van de lijst.\n\nTheo"},
    {"id": "d11-unsub-08", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Lisa Chen <l.chen@rijnstreek-shared.nl>",
     "body": "Hello,\n\nI've left Rijnstreek Shared Services. Please unsubscribe me and delete my personal data "
             "from your records (GDPR).\n\nThanks,\nLisa Chen"},
    {"id": "d11-unsub-09", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Robert Kamphuis <r.kamphuis@twentse-poort.nl>",
     "body": "Beste organisatie,\n\nGeen thema's van mijn kant: ik neem per 1 maart afscheid van de Twentse Poort. "
             "Mijn opvolger Michiel Dekkers heeft zich al zelf aangemeld. Mij graag afmelden.\n\nRobert Kamphuis"},
    {"id": "d11-unsub-10", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Uitschrijven",
     "sender": "Oliver Baas <o.baas@lingezoom.nl>",
     "body": "Please remove me from the mailing list, I'm no longer in a director's role.\n\nO. Baas"
             + OUTLOOK_IOS},
    {"id": "d11-unsub-11", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Einde interim-opdracht",
     "sender": "Gert-Jan Vermeulen <gj.vermeulen@interimdirecteur.nl>",
     "body": "Beste Stan,\n\nMijn interim-opdracht als directeur bij Drechtoever zit erop. Ik heb nu geen rol meer "
             "die past bij het netwerk, dus graag mijn aanmelding beëindigen. De vaste directeur, Noor Bakker, is "
             "al lid.\n\nMet vriendelijke groet,\nGert-Jan Vermeulen\nVermeulen Interim & Advies\n06 - 12 98 44 70"},
    {"id": "d11-unsub-12", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Joost Ververs <joost.ververs@ziggo.nl>",
     "body": "Correctie op mijn vorige mail: ik kom toch niet, en ik wil me ook helemaal afmelden voor het "
             "netwerk. Ik ben per 1 april weg bij de werkorganisatie." + GALAXY},
    {"id": "d11-unsub-13", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "Uitschrijven en gegevens wissen",
     "sender": "Hanneke Bol <h.bol@werkorganisatie-gooiland.nl>",
     "body": "Goedemiddag,\n\nWilt u mij uitschrijven en al mijn gegevens wissen? Ik wil niet meer in uw "
             "bestand staan.\n\nMet vriendelijke groet,\nHanneke Bol"},
    {"id": "d11-unsub-14", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Ronald Huisman <r.huisman@bommelerwaard-zuid.nl>",
     "body": "Beste secretariaat,\n\nBij nader inzien past het netwerk niet bij mijn functie; ik ben geen "
             "algemeen directeur. Ik trek mijn lidmaatschap in.\n\nMet vriendelijke groet,\nRonald Huisman"},
    {"id": "d11-unsub-15", "kind": "unsubscribe", "erase": False, "thread": None,
     "subject": "Vertrek en opvolging",
     "sender": "Ingrid Pauwels <i.pauwels@dommeldal-wo.nl>",
     "body": "Dag Melanie,\n\nNa zeven jaar neem ik afscheid van Dommeldal; ik word gemeentesecretaris in "
             "Eindhoven. Mijn opvolger is Ruud van Gils, bereikbaar op r.vangils@dommeldal-wo.nl. Hij neemt "
             "vanaf 1 mei mijn plek in het netwerk over.\n\nHartelijke groet en dank voor alles,\nIngrid"
             + DISCLAIMER_NL},
    {"id": "d11-unsub-16", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Erwin Schouten <e.schouten@maasenpeel.nl>",
     "body": "Ik heb mij niet aangemeld en wil hier ook niet aan meedoen.\n\nE. Schouten"},
    # -- out-of-office and other automatic replies ----------------------------------------------------------
    {"id": "d11-auto-01", "kind": "autoreply", "thread": I, "headers": AUTO_MS,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "sender": "Peter de Wit <p.dewit@vechtstroom.nl>",
     "body": "Beste afzender,\n\nIk ben afwezig tot en met maandag 8 maart. Uw e-mail wordt niet doorgestuurd. "
             "Voor dringende zaken kunt u contact opnemen met het directiesecretariaat, 0546 - 54 11 00.\n\n"
             "Met vriendelijke groet,\nPeter de Wit"},
    {"id": "d11-auto-02", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Priya Ramdin <p.ramdin@zeeuwsekreken.nl>",
     "body": "Thank you for your email. I am out of the office until 9 March with limited access to email. "
             "For urgent matters please contact my office manager at office@zeeuwsekreken.nl."},
    {"id": "d11-auto-03", "kind": "autoreply", "thread": R, "headers": {"Precedence": "auto_reply"},
     "subject": "Afwezig", "sender": "Frank Verhoeven <f.verhoeven@wo-kempenland.nl>",
     "body": "Tot en met 10 maart ben ik met vakantie. Ik lees mijn mail daarna. In dringende gevallen: bel "
             "Els Raaijmakers, 040 - 208 66 12."},
    {"id": "d11-auto-04", "kind": "autoreply", "thread": I,
     "subject": "Abwesenheitsnotiz: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Gé Smeets <ge.smeets@heuvellandwo.nl>", "headers": AUTO,
     "body": "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 5. März nicht im Büro. Ihre E-Mail "
             "wird nicht weitergeleitet.\n\nBedankt voor uw bericht. Ik ben tot en met 5 maart niet op kantoor."},
    {"id": "d11-auto-05", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                                       "samenwerking & eigenheid [atelier:2027-1]",
     "sender": "Marjolein van Dijk <m.vandijk@kromstroom.nl>",
     "body": "Ik ben vandaag niet aanwezig. Uw bericht wordt na mijn terugkeer behandeld."},
    {"id": "d11-auto-06", "kind": "autoreply", "thread": None, "headers": AUTO,
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "sender": "Postmaster Dongemond <no-reply@dongemond-wo.nl>",
     "body": "Geachte afzender,\n\nPer 1 januari 2027 zijn de gemeenten van Dongemond samengegaan. Dit "
             "e-mailadres is niet meer in gebruik en berichten worden niet doorgestuurd. U kunt de nieuwe "
             "gemeente bereiken via info@gemeente-dongemond.nl.\n\nDit is een automatisch bericht."},
    {"id": "d11-auto-07", "kind": "autoreply", "thread": None, "headers": AUTO,
     "subject": "Ontvangstbevestiging zaaknummer Z/27/004518",
     "sender": "Gemeente Heuvelrand-Oost <noreply-zaken@heuvelrand-oost.nl>",
     "body": "Geachte heer/mevrouw,\n\nWij hebben uw bericht in goede orde ontvangen en geregistreerd onder "
             "zaaknummer Z/27/004518. U ontvangt binnen 10 werkdagen een reactie.\n\nDit bericht is automatisch "
             "verzonden; u kunt hier niet op reageren."},
    {"id": "d11-auto-08", "kind": "autoreply", "thread": R, "headers": AUTO_MS,
     "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
     "sender": "Carla Mulder <c.mulder@heuvelrand-oost.nl>",
     "body": "Ik ben met zwangerschapsverlof tot 1 juni 2027. Mijn e-mail wordt in deze periode niet gelezen. "
             "Mijn taken worden waargenomen door Youssef el Amrani (y.elamrani@heuvelrand-oost.nl)."},
    {"id": "d11-auto-09", "kind": "autoreply", "thread": I, "headers": {"Precedence": "bulk"},
     "subject": "Vacation reply", "sender": "Bart <bart.eijkelkamp@gmail.com>",
     "body": "Hoi! Ik ben op wintersport tot 7 maart en lees mijn mail niet. Groet, Bart"},
    {"id": "d11-auto-10", "kind": "autoreply", "thread": I,
     "subject": "Afwezigheidsmelding", "sender": "Loes Hermans <l.hermans@maasenpeel.nl>",
     "headers": {"X-Auto-Response-Suppress": "DR, OOF, AutoReply"},
     "body": "Dank voor uw bericht.\n\nVanwege ziekte ben ik tot nader order afwezig. Uw mail wordt niet "
             "gelezen en niet doorgestuurd. Neem voor lopende zaken contact op met het KCC via 14 0493."},
    {"id": "d11-auto-11", "kind": "autoreply", "thread": T, "headers": AUTO,
     "subject": "Ik bin der net",
     "sender": "Aukje de Boer <a.deboer@fryske-marren-wo.nl>",
     "body": "Tankewol foar jo berjocht. Ik bin oant en mei 2 febrewaris net op it wurk. Jo mail wurdt net "
             "trochstjoerd.\n\nBedankt voor uw bericht. Ik ben tot en met 2 februari afwezig."},
    {"id": "d11-auto-12", "kind": "autoreply", "thread": None, "headers": AUTO,
     "subject": "Out of Office: Aanmelding",
     "sender": "Daan van Beek <d.vanbeek@rijnstreek-shared.nl>",
     "body": "I'm currently on parental leave and will be back on Monday 22 March. Your message will not be "
             "forwarded. Ik ben met ouderschapsverlof en terug op 22 maart."},
    {"id": "d11-auto-13", "kind": "autoreply", "thread": W, "headers": AUTO_MS,
     "subject": "Automatisch antwoord: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Saskia Driessen <s.driessen@maasenpeel.nl>",
     "body": "Goedendag,\n\nOp woensdag en vrijdag ben ik niet werkzaam. Uw bericht lees ik op de eerstvolgende "
             "werkdag.\n\nMet vriendelijke groet,\nSaskia Driessen"},
    {"id": "d11-auto-14", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Tom Hendrikx <t.hendrikx@brabantsewal.nl>",
     "body": "Ik ben op studiereis in Kopenhagen van 1 tot en met 5 maart en heb beperkt toegang tot mijn mail. "
             "Ik kom zo snel mogelijk bij u terug."},
    {"id": "d11-auto-15", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "subject": "AW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Robert Kamphuis <r.kamphuis@twentse-poort.nl>", "headers": AUTO_MS,
     "body": "Per 1 maart 2027 ben ik niet meer werkzaam bij de Twentse Poort. Voor zaken van de directie kunt "
             "u zich wenden tot Michiel Dekkers, m.dekkers@twentse-poort.nl.\n\nDit is een automatisch "
             "gegenereerd bericht."},
    {"id": "d11-auto-16", "kind": "autoreply", "thread": None,
     "subject": "Bedankt voor uw e-mail", "sender": "Info Kromstroom <info@kromstroom.nl>",
     "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Bedankt voor uw e-mail aan de gemeente. Wij streven ernaar uw vraag binnen vijf werkdagen te "
             "beantwoorden. Voor spoedeisende zaken kunt u bellen met 14 030.\n\nDeze e-mail is automatisch "
             "verstuurd."},
    {"id": "d11-auto-17", "kind": "autoreply", "thread": R,
     "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "sender": "Kees Brand <kees.brand@xs4all.nl>", "headers": AUTO,
     "body": "Afwezig t/m 14-03. Mail wordt niet doorgestuurd. / Away until 14 March."},
    {"id": "d11-auto-18", "kind": "autoreply", "thread": I, "headers": AUTO_MS,
     "subject": "Automatisch antwoord: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027",
     "sender": "Yvonne Brouwers <y.brouwers@brabantsewal.nl>",
     "body": "Goedendag,\n\nTot en met vrijdag 12 maart ben ik afwezig in verband met een cursus. In die periode "
             "lees ik mijn e-mail beperkt. Voor afspraken kunt u terecht bij Anja Martens, "
             "a.martens@brabantsewal.nl.\n\nVriendelijke groet,\nYvonne Brouwers" + DISCLAIMER_NL},
    {"id": "d11-auto-19", "kind": "autoreply", "thread": T, "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Sander Bosman <s.bosman@wo-ijsselvallei.nl>", "headers": {"Precedence": "auto_reply"},
     "body": "Ik ben tot 18 januari afwezig. Uw e-mail wordt niet doorgestuurd."},
    {"id": "d11-auto-20", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatische beantwoording", "sender": "Hans Rietveld <h.rietveld@werkorganisatie-gooiland.nl>",
     "body": "Beste relatie,\n\nIn verband met de voorjaarsvakantie ben ik afwezig. Vanaf maandag 1 maart ben ik "
             "weer bereikbaar. Uw mail wordt dan beantwoord.\n\nHans Rietveld"},
    {"id": "d11-auto-21", "kind": "autoreply", "thread": C, "headers": AUTO_MS,
     "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Jolien Abbink <j.abbink@vechtstroom.nl>",
     "body": "Ik ben nog niet in dienst; vanaf 15 maart ben ik bereikbaar op dit adres."},
    {"id": "d11-auto-22", "kind": "autoreply", "thread": None,
     "subject": "Ticket #48213 aangemaakt: Uitnodiging Leer- en inspireer-atelier",
     "sender": "Servicedesk Lingezoom <servicedesk@lingezoom.nl>", "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Beste melder,\n\nUw melding is aangemaakt onder ticketnummer #48213 en toegewezen aan de groep "
             "Facilitair. U kunt de status volgen in het selfserviceportaal.\n\nServicedesk Lingezoom"},
    # -- topic suggestions ----------------------------------------------------------------------------------
    {"id": "d11-sugg-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Frank Verhoeven <f.verhoeven@wo-kempenland.nl>",
     "body": "Hoi,\n\nMijn onderwerp: de vervanging van ons zaaksysteem en de I&A-architectuur daaromheen. Hoe "
             "hebben anderen dat aanbesteed en ingevoerd?\n\nFrank"},
    {"id": "d11-sugg-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Theo Lubbers <t.lubbers@westerkwartier-wo.nl>",
     "body": "Wat mij bezighoudt: de verhouding tussen onze deelnemende gemeenten als één gemeente veel sneller "
             "groeit dan de andere twee. Hoe houd je de belangen in balans?\n\nTheo"},
    {"id": "d11-sugg-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Janneke Hofman <janneke.hofman@kpnmail.nl>",
     "body": "Graag een keer over het meten van de klanttevredenheid aan balie, telefoon en website: welke "
             "prestatie-indicatoren gebruiken jullie?" + IPHONE},
    {"id": "d11-sugg-04", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "sender": "Lisa Chen <l.chen@rijnstreek-shared.nl>",
     "body": "Hi,\n\nMy suggestion: our long-term vision. Where do we want the shared organisation to be in 2035, "
             "and how do we keep that vision on the agenda of the boards?\n\nBest,\nLisa"},
    {"id": "d11-sugg-05", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": "Ingrid Pauwels <i.pauwels@dommeldal-wo.nl>",
     "body": "Dank voor het mooie verslag. Voor de volgende keer twee onderwerpen:\n"
             "- formatie en de krapte op de arbeidsmarkt: hoe vullen wij vacatures nog in?\n"
             "- één digitaal loket voor ondernemers: wat vragen zij echt van ons?\n\nIngrid"},
    {"id": "d11-sugg-06", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise", "sender": "A. de Vos <a.devos@zeeuwsekreken.nl>",
     "body": "Geacht secretariaat,\n\nIk stel voor het sturingsconcept te bespreken: wanneer kies je voor "
             "resultaatgericht sturen en hoe richt je de planning- en controlcyclus daarop in.\n\n"
             "Hoogachtend,\nA. de Vos"},
    # -- mail for a person ----------------------------------------------------------------------------------
    {"id": "d11-other-01", "kind": "other", "thread": None, "subject": "Datum najaarsatelier?",
     "sender": "Nicole Verbruggen <n.verbruggen@zuidkempen-wo.nl>",
     "body": "Hallo,\n\nIs de datum van het atelier in het najaar al bekend? Ik wil het graag vrijhouden in mijn "
             "agenda.\n\nGroet,\nNicole"},
    {"id": "d11-other-02", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Hans Rietveld <h.rietveld@werkorganisatie-gooiland.nl>",
     "body": "Beste Stan,\n\nKan ik bij het Stadskantoor parkeren, of kan ik beter met het OV komen? En is er een "
             "invalidenparkeerplaats? Ik loop sinds mijn knieoperatie nog slecht.\n\nGroet,\nHans"},
    {"id": "d11-other-03", "kind": "other", "thread": None, "subject": "Kosten deelname",
     "sender": "Michiel Dekkers <m.dekkers@twentse-poort.nl>",
     "body": "Goedemiddag,\n\nOnze controller vraagt of er kosten verbonden zijn aan deelname aan de ateliers, "
             "bijvoorbeeld voor de lunch of de zaalhuur. Moeten wij daarvoor een verplichting aanmaken?\n\n"
             "Met vriendelijke groet,\nMichiel Dekkers"},
    {"id": "d11-other-04", "kind": "other", "thread": None, "subject": "Wie kan er lid worden?",
     "sender": "Bas Kleinjan <b.kleinjan@gemeente-oudwoude.nl>",
     "body": "Geacht secretariaat,\n\nIk ben gemeentesecretaris van een zelfstandige gemeente die nauw "
             "samenwerkt met twee buurgemeenten in een gemeenschappelijke regeling, maar niet in een ambtelijke "
             "fusie. Kom ik in aanmerking voor het lidmaatschap?\n\nMet vriendelijke groet,\nBas Kleinjan"},
    {"id": "d11-other-05", "kind": "other", "thread": None, "subject": "Teveel mails",
     "sender": "Kees Brand <kees.brand@xs4all.nl>",
     "body": "Ik heb deze week drie keer dezelfde uitnodiging gekregen, op twee adressen. Kan dat niet wat "
             "zorgvuldiger? Welk adres hebben jullie eigenlijk van mij?\n\nKees Brand"},
    {"id": "d11-other-06", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "apple",
     "sender": "Gerrit Hoekstra <g.hoekstra@waddenkust-wo.nl>",
     "body": "Wat een goede middag was het. Dank aan jullie beiden en aan de sprekers! Het verslag lees ik dit "
             "weekend.\n\nGerrit" + IPAD},
    {"id": "d11-other-07", "kind": "other", "thread": None, "subject": "Aanbod catering ateliers",
     "sender": "Evelien Koster <evelien@smaakvolcatering-utrecht.nl>",
     "body": "Beste organisator,\n\nWij zijn een cateringbedrijf in Utrecht met ruime ervaring in zakelijke "
             "bijeenkomsten voor overheden. Graag verzorgen wij de lunch en borrel van uw volgende atelier. In "
             "de bijlage vindt u onze brochure en prijslijst 2027.\n\nMet smakelijke groet,\nEvelien Koster\n"
             "Smaakvol Catering Utrecht"},
    {"id": "d11-other-08", "kind": "other", "thread": None, "subject": "Presentatie op uw atelier",
     "sender": "Joris Vliegen <joris.vliegen@govtech-solutions.nl>",
     "body": "Goedendag,\n\nOns platform helpt werkorganisaties om de dienstverlening aan inwoners van meerdere "
             "gemeenten in één omgeving te bundelen. Wij presenteren graag een praktijkcase tijdens uw volgende "
             "Leer- en inspireer-atelier. Zullen we een kort kennismakingsgesprek plannen?\n\n"
             "Met vriendelijke groet,\nJoris Vliegen\nAccountmanager publieke sector"},
    {"id": "d11-other-09", "kind": "other", "thread": None, "subject": "Persvraag Binnenlands Bestuur",
     "sender": "Marloes Ketelaar <m.ketelaar@vakbladlokaalbestuur.nl>",
     "body": "Goedemiddag,\n\nIk ben journalist bij een vakblad voor lokaal bestuur en schrijf een artikel over "
             "ambtelijke fusies. Zou ik het atelier van 11 maart mogen bijwonen als toehoorder, of een van de "
             "organisatoren kort kunnen interviewen?\n\nMet vriendelijke groet,\nMarloes Ketelaar\n06 - 28 31 90 54"},
    {"id": "d11-other-10", "kind": "other", "thread": None, "subject": "Collega afmelden",
     "sender": "Frank Verhoeven <f.verhoeven@wo-kempenland.nl>",
     "body": "Hoi,\n\nEls Raaijmakers is per 1 maart bij ons vertrokken. Kunnen jullie haar uit het bestand "
             "halen?\n\nGroet,\nFrank"},
    {"id": "d11-other-11", "kind": "other", "thread": None, "subject": "Nieuw mailadres directeur",
     "sender": "Directiesecretariaat <directiesecretariaat@peelrand-samen.nl>",
     "body": "Goedemorgen,\n\nDoor de overgang naar een nieuw domein is het e-mailadres van de heer Van Rooij "
             "gewijzigd in g.vanrooij@peelrandsamen.nl. Willen jullie dit aanpassen?\n\nMet vriendelijke groet,\n"
             "Miranda Goossens"},
    {"id": "d11-other-12", "kind": "other", "thread": None, "subject": "Adviesraad",
     "sender": "R.J. Brinkman <rj.brinkman@lingezoom.nl>",
     "body": "Beste Stan,\n\nIn het verslag las ik dat er een plek vrijkomt in de Adviesraad. Ik stel mij daarvoor "
             "graag beschikbaar. Wat wordt er van een lid van de Adviesraad verwacht, in tijd?\n\n"
             "Met vriendelijke groet,\nRoelof Brinkman"},
    {"id": "d11-other-13", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Marjolein van Dijk <m.vandijk@kromstroom.nl>",
     "body": "Ha Melanie,\n\nIs er ook de mogelijkheid om online aan te sluiten als ik die dag thuiswerk? Dan "
             "weet ik of ik me aanmeld.\n\nMarjolein"},
    {"id": "d11-other-14", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Bart <bart.eijkelkamp@gmail.com>",
     "body": "Ik kom, maar mag ik mijn wethouder meenemen? Die is erg geïnteresseerd in het onderwerp. Of is het "
             "alleen voor ambtenaren?" + IPHONE},
    {"id": "d11-other-15", "kind": "other", "thread": None, "subject": "Presentaties vorige atelier",
     "sender": "Eveline Jacobs <e.jacobs@kromstroom.nl>",
     "body": "Beste secretariaat,\n\nZijn de sheets van de sprekers van het vorige atelier ergens te vinden? Ik "
             "wil ze graag delen met ons MT.\n\nDank!\nEveline"},
    {"id": "d11-other-16", "kind": "other", "thread": None, "subject": "Onderzoek ambtelijke fusies",
     "sender": "Thijs Bruggink <t.bruggink@student.uu.nl>",
     "body": "Beste heer/mevrouw,\n\nIk ben masterstudent Bestuurskunde en schrijf mijn scriptie over de "
             "sturing van ambtelijke fusieorganisaties. Zou u mijn vragenlijst onder de leden van het netwerk "
             "willen verspreiden?\n\nMet vriendelijke groet,\nThijs Bruggink"},
    {"id": "d11-other-17", "kind": "other", "thread": None, "subject": "Inzage gegevens",
     "sender": "J. Mertens <j.mertens@maasenpeel.nl>",
     "body": "Geacht secretariaat,\n\nGraag ontvang ik een overzicht van de persoonsgegevens die u van mij "
             "verwerkt en met welk doel (artikel 15 AVG).\n\nHoogachtend,\nJ. Mertens"},
    {"id": "d11-other-18", "kind": "other", "thread": None, "subject": "Deelnemerslijst",
     "sender": "Carla Mulder <c.mulder@heuvelrand-oost.nl>",
     "body": "Hoi Stan,\n\nKun je mij de deelnemerslijst van 11 maart sturen? Ik wil vooraf even weten welke "
             "collega's er zijn, dan kan ik gericht afspraken maken.\n\nCarla"},
    {"id": "d11-other-19", "kind": "other", "thread": None, "subject": "Factuur?",
     "sender": "Crediteurenadministratie <crediteuren@wo-rivierenzoom.nl>",
     "body": "Goedendag,\n\nWij hebben een factuur ontvangen met als omschrijving 'Leer- en inspireer-atelier', "
             "maar zonder inkoopnummer. Kunt u aangeven op welke opdracht deze betrekking heeft?\n\n"
             "Met vriendelijke groet,\nTeam Crediteuren"},
    {"id": "d11-other-20", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Koen de Groot <k.degroot@bommelerwaard-zuid.nl>",
     "body": "Hoi, er staat dat ik met 1 gast kom, maar ik had niemand opgegeven volgens mij. Kan je even "
             "checken wat er bij jullie staat?\n\nKoen"},
    {"id": "d11-other-21", "kind": "other", "thread": None, "subject": "Klacht over de locatie",
     "sender": "Annemarie Kok <annemarie.kok@me.com>",
     "body": "Beste organisatie,\n\nBij het vorige atelier was de zaal veel te klein en was er geen lift naar de "
             "tweede verdieping. Voor een collega in een rolstoel was dat onmogelijk. Ik hoop dat u daar deze keer "
             "rekening mee houdt. Hoe is het nu geregeld?\n\nAnnemarie Kok"},
    {"id": "d11-other-22", "kind": "other", "thread": None, "subject": "Kennismaking",
     "sender": "Fenna Brouwer <f.brouwer@vng-advies-regio.nl>",
     "body": "Beste Stan en Melanie,\n\nIk ben de nieuwe adviseur gemeentelijke samenwerking bij onze "
             "vereniging en zou graag eens kennismaken met het netwerk. Hebben jullie in maart een uurtje "
             "voor een kop koffie?\n\nHartelijke groet,\nFenna Brouwer"},
    {"id": "d11-other-23", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Wim Jansen <w.jansen@vechtstroom.nl>",
     "body": "Dank voor de bevestiging. Ik heb het erg gewaardeerd al die jaren, houd het goed!\n\nWim"},
    {"id": "d11-other-24", "kind": "other", "thread": None, "subject": "Thank you",
     "sender": "Priya Ramdin <p.ramdin@zeeuwsekreken.nl>",
     "body": "Dear Stan and Melanie,\n\nJust a quick note to say thanks for the warm welcome at my first atelier. "
             "I really enjoyed the discussion with colleagues.\n\nWarm regards,\nPriya"},
    {"id": "d11-other-25", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Stijn Verhagen <s.verhagen@brabantsewal.nl>",
     "body": "Goedemiddag,\n\nIk heb deze mail ontvangen, maar wie heeft mij aangemeld? Voordat ik bevestig wil ik "
             "graag weten wat het lidmaatschap inhoudt en hoeveel tijd het kost.\n\nStijn Verhagen"},
    {"id": "d11-other-26", "kind": "other", "thread": None, "subject": "Aanmelden - is het echt gratis?",
     "sender": "Harm Dijkhuis <h.dijkhuis@westerkwartier-wo.nl>",
     "body": "Moi,\n\nIk overweeg lid te worden. Klopt het dat er geen kosten aan verbonden zijn, en hoeveel "
             "bijeenkomsten zijn er per jaar? Dan beslis ik daarna.\n\nHarm"},
]
# fmt: on
