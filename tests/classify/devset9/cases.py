"""The ninth labelled set's cases (issue 17): written without reading the classifier, each labelled as the
secretariat should treat it; cases that could not be labelled with confidence were left out.

Inline and bottom-posted answers carry our quoted lines (trimmed, as people trim them) in ``body`` and no
``quoted``; their subject and thread are set by hand. Forwarded chains hold the director's own Outlook header and
words inside ``body``, with our mail quoted below them.
"""

from __future__ import annotations

from typing import Any

I = "invitation"  # noqa: E741
R = "reminder"
T = "call_for_themes"
C = "confirmation"
W = "welcome"
G = "goodbye"

S_INV = "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
S_REM = "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
S_CALL = "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
S_CONF = "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
S_WELCOME = "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"

GMAIL_HDR = (
    "Op di 2 mrt 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
    "info@ambtelijkefusie.nl>:\n"
)
GMAIL_HDR_EN = (
    "On Tue, Mar 2, 2027 at 9:00 AM Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
    "info@ambtelijkefusie.nl> wrote:\n"
)

DISCLAIMER_NL = (
    "\n\n------------------------------------------------------------------------\n"
    "DISCLAIMER: Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke "
    "informatie bevatten. Indien u dit bericht ten onrechte heeft ontvangen, wordt u verzocht de afzender "
    "onmiddellijk op de hoogte te stellen en het bericht te verwijderen. Het is niet toegestaan dit bericht te "
    "kopiëren, door te sturen of de inhoud ervan aan derden bekend te maken. Aan dit bericht kunnen geen rechten "
    "worden ontleend. De werkorganisatie aanvaardt geen aansprakelijkheid voor schade als gevolg van onvolledige "
    "of onjuiste overbrenging van de inhoud van dit bericht, noch voor vertraging in de ontvangst ervan. "
    "Persoonsgegevens worden verwerkt conform de Algemene verordening gegevensbescherming (AVG); lees onze "
    "privacyverklaring op www.werkorganisatie-example.nl/privacy. Wilt u niet langer e-mail van ons ontvangen, "
    "neem dan contact op met de afzender.\n"
    "------------------------------------------------------------------------"
)
DISCLAIMER_EN = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the use of the "
    "addressee(s) and may contain confidential or privileged information. If you are not the intended recipient, "
    "you are hereby notified that any disclosure, copying, distribution or use of this e-mail is strictly "
    "prohibited. If you have received this e-mail in error, please notify the sender immediately and delete it "
    "from your system. E-mail transmission cannot be guaranteed to be secure or error-free. The sender therefore "
    "does not accept liability for any errors or omissions in the contents of this message. Personal data are "
    "processed in accordance with the General Data Protection Regulation (GDPR)."
)
GREEN = "\n\nDenk aan het milieu voordat u deze e-mail print."
IPHONE_NL = "\n\nVerstuurd vanaf mijn iPhone"
IPHONE_EN = "\n\nSent from my iPhone"
OUTLOOK_IOS = "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>"
SAMSUNG = "\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone."
IPAD = "\n\nVerstuurd vanaf mijn iPad"

SIG_KEMPEN = (
    "\n\nMet vriendelijke groet,\n\nDrs. W.J.M. (Wim) van der Heijden MPA\nalgemeen directeur\n"
    "Werkorganisatie De Kempenrand | gemeenten Bladelwijk, Eersterzand en Reusel-Oost\n"
    "Bezoekadres: Markt 1, 5531 AA Bladelwijk\nPostadres: Postbus 10, 5530 AA Bladelwijk\n"
    "T 0497 36 12 00 | M 06 41 22 87 03\nw.vanderheijden@kempenrand.nl | www.kempenrand.nl\n"
    "Ik werk op maandag, dinsdag en donderdag.\n"
    "[cid:image001.png@01DB6A2F.3C1E9A40]\n"
    "Volg ons op LinkedIn <https://www.linkedin.com/company/kempenrand>"
)
SIG_DELTA = (
    "\n\nHartelijke groet,\n\nmr. Fenna Postma\nDirecteur-bestuurder\nServicepunt Deltaland (gemeenten Goedereede-"
    "Noord, Westvoorne-Haven en Hellevoet-Zuid)\n\nT: 0187 - 48 33 00\nM: 06 - 12 91 45 60\nE: "
    "f.postma@servicepunt-deltaland.nl<mailto:f.postma@servicepunt-deltaland.nl>\n\n"
    "Servicepunt Deltaland is een samenwerkingsverband op grond van de Wet gemeenschappelijke regelingen.\n"
    "KvK 24356789"
)
SIG_EN = (
    "\n\nKind regards,\n\nDr. Helen Morrow\nInterim Managing Director\nWerkorganisatie Rivierenland-West\n"
    "Office +31 (0)345 61 20 00 | Mobile +31 (0)6 28 44 19 71\nh.morrow@rivierenland-west.nl\n"
    "Pronouns: she/her | Working hours: Mon-Thu"
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP -----------------------------------------------------------------------------------------------
    {"id": "d9-rsvp-01", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Wim van der Heijden <w.vanderheijden@kempenrand.nl>",
     "body": "Beste Stan en Melanie,\n\nDank voor de uitnodiging. Het staat inmiddels in mijn agenda: op de 11e "
             "schuif ik aan in Utrecht." + SIG_KEMPEN + DISCLAIMER_NL},
    {"id": "d9-rsvp-02", "kind": "rsvp", "attending": False, "thread": I, "subject": S_INV,
     "sender": "Gerrit Smeenk <g.smeenk@werkorganisatie-achterhoekzuid.nl>",
     "body": "Hallo secretariaat, antwoorden hieronder tussen de regels.\n\n"
             "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n\n"
             "Dat valt precies op de avond van de zienswijzebehandeling in de drie raden.\n\n"
             "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\n"
             "Nee, helaas.\n\n"
             "> Neemt u iemand mee, vermeld dan met hoeveel\n> personen u komt.\n\n"
             "N.v.t.\n\nGroet,\nGerrit Smeenk"},
    {"id": "d9-rsvp-03", "kind": "rsvp", "attending": True, "thread": I, "subject": S_INV,
     "sender": "Marloes Bakker <m.bakker@bghw.nl>",
     "body": GMAIL_HDR + "\n> Graag nodigen wij u uit voor het Leer- en inspireer-atelier \"Sturen op samenwerking & "
             "eigenheid\"\n> ...\n> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u "
             "iemand mee, vermeld dan met hoeveel\n> personen u komt.\n\n"
             "Ja hoor, ik kom. Met z'n tweeën: Freek Dijkstra (strategisch adviseur) gaat mee.\n\nMarloes"},
    {"id": "d9-rsvp-04", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Helen Morrow <h.morrow@rivierenland-west.nl>",
     "body": "Dear Stan, dear Melanie,\n\nThank you for the kind invitation. I am pleased to accept and will "
             "join you in person in Utrecht on 11 March. My Dutch is still a work in progress, so I may ask "
             "a colleague to whisper along." + SIG_EN + DISCLAIMER_EN},
    {"id": "d9-rsvp-05", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Pieter Alders <p.alders@dewolden-hoogeveen.nl>",
     "body": "Hi both,\n\nUnfortunately I won't be able to make it on the 11th: it's our budget week and the "
             "councils need me in the building. Sorry to miss this one.\n\nBest,\nPieter"},
    {"id": "d9-rsvp-06", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "subject": "FW: " + S_INV,
     "sender": "Petra Kool <p.kool@servicepunt-deltaland.nl>",
     "body": "Goedemorgen,\n\nHieronder de reactie van onze directeur, mevrouw Postma, op uw uitnodiging.\n\n"
             "Met vriendelijke groet,\nPetra Kool\nmanagementassistent directie\n\n"
             "Van: Postma, Fenna <f.postma@servicepunt-deltaland.nl>\nVerzonden: maandag 1 maart 2027 17:42\n"
             "Aan: Kool, Petra <p.kool@servicepunt-deltaland.nl>\nOnderwerp: RE: " + S_INV[4:] + "\n\n"
             "Petra, laat je het netwerk weten dat ik erbij ben? Dit wil ik niet missen." + SIG_DELTA
     + DISCLAIMER_NL},
    {"id": "d9-rsvp-07", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Koen Verhoef <k.verhoef@hlt-samen.nl>",
     "body": "Geacht secretariaat,\n\nZelf ben ik op 11 maart niet beschikbaar. Wel komt namens onze organisatie "
             "de adjunct-directeur, Joost Evers (j.evers@hlt-samen.nl), in mijn plaats.\n\n"
             "Hoogachtend,\n\nK.L. Verhoef\ndirecteur HLT Samen" + DISCLAIMER_NL},
    {"id": "d9-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "A. Oosterhuis <a.oosterhuis@oldambtkwartier.nl>",
     "body": "Ik ben van de partij.\n\nAlbert Oosterhuis"},
    {"id": "d9-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Ria Jongbloed <ria.jongbloed@werkorganisatie-duo.nl>",
     "body": "Goedemiddag,\n\nNoteert u mij voor 11 maart? Ik neem twee MT-leden mee, dus wij komen met drie "
             "personen.\n\nVriendelijke groeten,\nRia Jongbloed\nalgemeen directeur Werkorganisatie DUO"},
    {"id": "d9-rsvp-10", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Sander Mulders <s.mulders@peelgemeenten.nl>",
     "body": "Het gaat toch niet lukken, sorry. De raad heeft juist die middag een extra vergadering ingelast. "
             "Geef mijn plek maar aan iemand van de wachtlijst." + IPHONE_NL},
    {"id": "d9-rsvp-11", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-nl", "sender": "Hanneke Dekkers <h.dekkers@gemeenten-maasenwaal.nl>",
     "body": "Dag Melanie,\n\nDe nieuwe datum, 18 maart, past mij ook prima. Ik blijf dus gewoon aangemeld en zie "
             "jullie in het Provinciehuis.\n\nGroet, Hanneke"},
    {"id": "d9-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn", "sender": "Bart Rensink <b.rensink@noaberwerk.nl>",
     "body": "Jammer, op 18 maart zit ik met het gezin in Oostenrijk. Streept u mij voor dit atelier maar door."
             "\n\nBart Rensink" + GREEN},
    {"id": "d9-rsvp-13", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes-wrote", "sender": "Julia Westbroek <j.westbroek@lingewaal-werkt.nl>",
     "body": "Still on for Thursday, see you there!\n\nJulia"},
    {"id": "d9-rsvp-14", "kind": "rsvp", "attending": True, "subject": "Aanmelding atelier 11 maart",
     "sender": "Erik Hoogland <e.hoogland@werkorganisatie-vijfheerenlanden-oost.nl>",
     "body": "Geacht secretariaat,\n\nVia een collega hoorde ik van het Leer- en inspireer-atelier van 11 maart in "
             "Utrecht. Ik ben lid van het netwerk maar heb de uitnodiging kennelijk gemist. Graag schrijf ik mij "
             "hierbij in voor die middag.\n\nMet vriendelijke groet,\n\nE.F. Hoogland\ndirecteur"},
    {"id": "d9-rsvp-15", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Ilse Kramer <ilse.kramer@bmwe-werkt.nl>",
     "body": "Vorige week meldde ik nog dat ik niet kon, maar de raadsvergadering is verschoven naar april. "
             "Dus ik kom alsnog!\n\nIlse" + IPAD},
    {"id": "d9-rsvp-16", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-en", "sender": "David Kuipers <d.kuipers@drechtstedenwerk.nl>",
     "body": "Change of plans, I'm afraid. I said yes earlier, but the minister's visit to our region has been "
             "moved to Thursday afternoon and I have to be there. Please give my seat to someone else.\n\nDavid"},
    {"id": "d9-rsvp-17", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Melissa Haverkamp <m.haverkamp@werkorganisatie-bbr.nl>",
     "body": "Beste Melanie,&nbsp;<br><br>Ik ben erbij op 11 maart.&nbsp;Wel online via Teams, want ik kan die dag "
             "niet naar Utrecht reizen.<br><br>Met vriendelijke groet,<br><b>Melissa Haverkamp</b><br>"
             "directeur<br>[cid:image002.jpg@01DB6B11.0F2E7C90]"},
    {"id": "d9-rsvp-18", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Mark Terpstra <mark.terpstra@sudwestfryslan-werk.nl>",
     "body": "Count me in! Ik neem Sanne Vos mee, onze CIO, dus twee personen.\n\nCheers, Mark"},
    {"id": "d9-rsvp-19", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "ongemarkeerd", "sender": "J. van Bommel <j.vanbommel@a2-gemeenten.nl>",
     "body": "Nee helaas, ik ben die donderdag verhinderd."},
    {"id": "d9-rsvp-20", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Directeur <directeur@gemeente.nl>",
     "body": "Beste secretariaat,\n\nMijn secretariaat stuurde mij uw uitnodiging door. Daar kom ik graag naartoe."
             "\n\nMet vriendelijke groet,\nHenk Brinkman"},
    {"id": "d9-rsvp-21", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Sarah de Wit <s.dewit@werkorganisatie-wbw.nl>",
     "body": "Hello,\n\nI can't attend myself, but my deputy Laura Bennett (l.bennett@werkorganisatie-wbw.nl) will "
             "come in my place.\n\nThanks,\nSarah" + OUTLOOK_IOS},
    {"id": "d9-rsvp-22", "kind": "rsvp", "attending": True, "thread": I, "subject": S_INV,
     "sender": "Ahmed El Idrissi <a.elidrissi@gooise-werkorganisatie.nl>",
     "body": GMAIL_HDR_EN + "\n> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\".\n\n"
             "Yes, I'll be there.\n\n> Neemt u iemand mee, vermeld dan met hoeveel\n> personen u komt.\n\n"
             "No, just me.\n\n> Graag uw antwoord vóór 2 maart 2027.\n\nSorry it's a day late!\n\nAhmed"},
    {"id": "d9-rsvp-23", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Lotte Veenstra <lotte.veenstra@noordoostpolder-urk.nl>",
     "body": "lukt me niet op 11/3 helaas. volgende keer beter!" + IPHONE_NL},
    {"id": "d9-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Beste secretariaat,\n\nDank u wel. Ik neem de plaats van Dirk graag in en kom op 11 maart, samen met "
             "één collega.\n\nMet vriendelijke groet,\nMarieke de Vries"},
    {"id": "d9-rsvp-25", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "gmail", "sender": "Tim Schouten <t.schouten@hollandsmidden-werkt.nl>",
     "body": "Hallo,\n\nHelaas kan ik toch niet in de plaats van Dirk gaan; ik zit die week op een leergang in "
             "Nyenrode. Excuses voor het heen en weer.\n\nTim"},
    {"id": "d9-rsvp-26", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "subject": "FW: " + S_INV,
     "sender": "Emma Clarke <e.clarke@rivierenland-west.nl>",
     "body": "Good morning,\n\nPlease find below Dr Morrow's answer to your invitation.\n\nKind regards,\n"
             "Emma Clarke\nExecutive Assistant\n\n"
             "From: Morrow, Helen <h.morrow@rivierenland-west.nl>\nSent: Monday, March 1, 2027 6:05 PM\n"
             "To: Clarke, Emma <e.clarke@rivierenland-west.nl>\nSubject: RE: " + S_INV[4:] + "\n\n"
             "Emma - yes please, put me down for this one. I'll attend.\n\nH."},
    # -- subscribe ------------------------------------------------------------------------------------------
    {"id": "d9-sub-01", "kind": "subscribe", "subject": "Lidmaatschap netwerk",
     "sender": "Wim van der Heijden <w.vanderheijden@kempenrand.nl>",
     "body": "Geacht secretariaat,\n\nSinds 1 januari ben ik algemeen directeur van Werkorganisatie De Kempenrand. "
             "Graag word ik lid van het Netwerk van directeuren van ambtelijke fusieorganisaties." + SIG_KEMPEN
             + DISCLAIMER_NL},
    {"id": "d9-sub-02", "kind": "subscribe", "subject": "Membership request",
     "sender": "Helen Morrow <h.morrow@rivierenland-west.nl>",
     "body": "Dear colleagues,\n\nI recently started as interim managing director of a shared civil-service "
             "organisation for three municipalities, and I would very much like to join your network." + SIG_EN
             + DISCLAIMER_EN},
    {"id": "d9-sub-03", "kind": "subscribe", "subject": "Aanmeldformulier",
     "sender": "Yvonne Timmer <y.timmer@werkorganisatie-duo.nl>",
     "body": "Naam: Yvonne Timmer\nFunctie: directeur bedrijfsvoering / plv. algemeen directeur\n"
             "Organisatie: Werkorganisatie DUO\nE-mail: y.timmer@werkorganisatie-duo.nl\n"
             "Telefoon: 0561 69 12 34\nVerzoek: aanmelding als lid van het netwerk"},
    {"id": "d9-sub-04", "kind": "subscribe", "subject": "Aanmelding",
     "sender": "Ruben Claassen <r.claassen@zuidoostzeeland.nl>",
     "body": "<p>Beste secretariaat,</p><p>Hierbij meld ik mij aan voor het Netwerk van directeuren van "
             "ambtelijke fusieorganisaties.</p><p>&nbsp;</p><p>Met vriendelijke groet,<br>Ruben Claassen<br>"
             "directeur Zuidoost-Zeeland</p>"},
    {"id": "d9-sub-05", "kind": "subscribe", "subject": "ateliers",
     "sender": "bas <b.hofstra@waddenwerk.nl>",
     "body": "hoi, ik wil ook graag op jullie lijst voor de ateliers en de rest van het netwerk. ben directeur "
             "bij waddenwerk sinds de zomer.\n\ngr bas"},
    {"id": "d9-sub-06", "kind": "subscribe", "subject": "Join",
     "sender": "Olivia Grant <o.grant@werkorganisatie-lekstroom.nl>",
     "body": "Please sign me up for the directors' network. Thanks!\n\nOlivia" + IPHONE_EN},
    {"id": "d9-sub-07", "kind": "subscribe", "subject": "Brochure netwerk directeuren",
     "sender": "Joke Wiersma <j.wiersma@werkorganisatie-tytsjerk.nl>",
     "body": "Goedendag,\n\nVia een collega-directeur kreeg ik uw brochure onder ogen. Het netwerk spreekt mij aan; "
             "ik meld mij dan ook graag aan als lid.\n\nMei freonlike groetnis,\nJoke Wiersma" + GREEN},
    {"id": "d9-sub-08", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Gerrit Smeenk <g.smeenk@werkorganisatie-achterhoekzuid.nl>",
     "body": "Dat was niet de bedoeling! Mijn secretariaat heeft bij het opruimen van mijn mailbox per ongeluk "
             "op uw footer gereageerd. Ik wil graag lid blijven.\n\nGerrit"},
    {"id": "d9-sub-09", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd", "quote": "gmail",
     "sender": "Pieter Alders <p.alders@dewolden-hoogeveen.nl>",
     "body": "Hm, that was a mistake on my side - I'd like to stay a member, please.\n\nPieter"},
    {"id": "d9-sub-10", "kind": "subscribe", "subject": "Aanmelding netwerk (nu van mijzelf)",
     "sender": "Sietse Bouma <s.bouma@fryske-marren-werk.nl>",
     "body": "Geacht secretariaat,\n\nMijn managementassistent heeft u vorige week al over mij gemaild. Om het "
             "formeel te maken: ik wil graag zelf lid worden van het netwerk, op dit adres.\n\nMet vriendelijke "
             "groet,\nSietse Bouma\ndirecteur"},
    {"id": "d9-sub-11", "kind": "subscribe", "subject": "aanmelding directors network",
     "sender": "Mark Pauwels <m.pauwels@baarle-alphen-werk.nl>",
     "body": "Hi, graag aanmelden voor het directors network. I'm the new director at our werkorganisatie sinds "
             "februari.\n\nThx, Mark"},
    {"id": "d9-sub-12", "kind": "subscribe", "subject": "Graag op de hoogte blijven",
     "sender": "Anouk Lammers <a.lammers@hof-van-twente-werkt.nl>",
     "body": "Beste mensen,\n\nWilt u mij voortaan de uitnodigingen voor de ateliers en de andere berichten van het "
             "netwerk sturen? Ik ben directeur van een ambtelijke fusieorganisatie en hoor graag wat er speelt."
             "\n\nGroet,\nAnouk Lammers"},
    {"id": "d9-sub-13", "kind": "subscribe", "subject": "Opnieuw aanmelden",
     "sender": "Frank Geerts <f.geerts@landvanheusden-werkt.nl>",
     "body": "Beste Stan,\n\nTwee jaar geleden heb ik mij afgemeld, toen ik naar de provincie vertrok. Inmiddels "
             "ben ik terug als directeur van een werkorganisatie, en ik meld mij graag opnieuw aan voor het "
             "netwerk.\n\nHartelijke groet,\nFrank Geerts"},
    {"id": "d9-sub-14", "kind": "subscribe", "subject": "Network of directors",
     "sender": "Ravi Mahabier <r.mahabier@werkorganisatie-vijfheerenlanden-oost.nl>",
     "body": "Good afternoon,\n\nI'd like to become a member of the Network of directors of ambtelijke "
             "fusieorganisaties. I am director of operations at our shared organisation.\n\nBest regards,\n"
             "Ravi Mahabier" + DISCLAIMER_EN + DISCLAIMER_NL},
    {"id": "d9-sub-15", "kind": "subscribe", "subject": "Aanmelding lidmaatschap Netwerk directeuren",
     "sender": "Carla Driessen <c.driessen@beekdaelen-werk.nl>",
     "body": "Met vriendelijke groet,\n\nCarla Driessen\nalgemeen directeur\nWerkorganisatie Beekdaelen-West\n"
             "T 046 45 75 100" + DISCLAIMER_NL},
    # -- unsubscribe ----------------------------------------------------------------------------------------
    {"id": "d9-uns-01", "kind": "unsubscribe", "erase": False, "subject": "Pensioen",
     "sender": "Ad Verschuren <a.verschuren@kempenrand.nl>",
     "body": "Beste Stan en Melanie,\n\nPer 1 april ga ik met pensioen. Wilt u mij afmelden als lid van het "
             "netwerk? Het was me een genoegen.\n\nHartelijke groet,\nAd Verschuren" + DISCLAIMER_NL},
    {"id": "d9-uns-02", "kind": "unsubscribe", "erase": False, "subject": "Mailing list",
     "sender": "Olivia Grant <o.grant@werkorganisatie-lekstroom.nl>",
     "body": "Hi,\n\nI've moved to a policy role and no longer lead the organisation, so please take me off the "
             "network's mailing list.\n\nThanks,\nOlivia"},
    {"id": "d9-uns-03", "kind": "unsubscribe", "erase": True, "subject": "Verzoek tot verwijdering (art. 17 AVG)",
     "sender": "mr. J.H. Kortenhorst <j.kortenhorst@werkorganisatie-ijsselland.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 17 van de Algemene verordening gegevensbescherming "
             "verzoek ik u mij af te melden en al mijn persoonsgegevens uit uw bestanden te verwijderen. Graag "
             "ontvang ik binnen de wettelijke termijn een bevestiging.\n\nHoogachtend,\n\nmr. J.H. Kortenhorst"},
    {"id": "d9-uns-04", "kind": "unsubscribe", "erase": True, "subject": "GDPR erasure request",
     "sender": "Julia Westbroek <j.westbroek@lingewaal-werkt.nl>",
     "body": "Dear secretariat,\n\nUnder the GDPR I request the erasure of my personal data. Please delete "
             "everything you hold on me and stop sending me mail.\n\nRegards,\nJulia Westbroek" + DISCLAIMER_EN},
    {"id": "d9-uns-05", "kind": "unsubscribe", "erase": False, "subject": "Overdracht lidmaatschap",
     "sender": "Koen Verhoef <k.verhoef@hlt-samen.nl>",
     "body": "Geacht secretariaat,\n\nPer 1 maart draag ik het stokje over aan mijn opvolger, Karin Wolters "
             "(k.wolters@hlt-samen.nl). Zij neemt mijn plaats in het netwerk over.\n\nMet vriendelijke groet,\n"
             "K.L. Verhoef" + DISCLAIMER_NL},
    {"id": "d9-uns-06", "kind": "unsubscribe", "erase": False, "subject": "Leaving - successor",
     "sender": "David Kuipers <d.kuipers@drechtstedenwerk.nl>",
     "body": "Hi Stan,\n\nI'm leaving Drechtsteden at the end of this month. My successor, Tom Visser "
             "(t.visser@drechtstedenwerk.nl), will take over my membership of the network.\n\nAll the best,\nDavid"},
    {"id": "d9-uns-07", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Bert Nijland <b.nijland@samenwerking-ks.nl>",
     "body": "Beste secretariaat,\n\nIk kom niet naar het atelier. Sterker nog: ons samenwerkingsverband wordt per 1 "
             "juli opgeheven, dus ik wil ook helemaal van de ledenlijst af.\n\nMet groet,\nBert Nijland"},
    {"id": "d9-uns-08", "kind": "unsubscribe", "erase": False, "thread": W, "subject": S_WELCOME,
     "sender": "Yvonne Timmer <y.timmer@werkorganisatie-duo.nl>",
     "body": "> Hartelijk welkom! Uw aanmelding is bevestigd: u bent nu lid van het Netwerk van directeuren van "
             "ambtelijke fusieorganisaties.\n\nIk heb me vergist: ik dacht dat ik me inschreef voor een eenmalig "
             "verslag, niet voor een netwerk.\n\n"
             "> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl."
             "\n\nafmelden\n\nYvonne"},
    {"id": "d9-uns-09", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "notes", "sender": "Hans Lubbers <h.lubbers@werkorganisatie-ijsselland.nl>",
     "body": "Geen thema's van mijn kant, ik stop namelijk met het netwerk. Wilt u mij uitschrijven?\n\nH. Lubbers"},
    {"id": "d9-uns-10", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Nicole Peters <n.peters@werkorganisatie-maasduinen.nl>",
     "body": "Geacht secretariaat,\n\nIk kom niet. Verwijdert u bovendien, conform de AVG, al mijn gegevens uit "
             "uw bestanden; ik wil geen lid meer zijn.\n\nN. Peters" + DISCLAIMER_NL},
    {"id": "d9-uns-11", "kind": "unsubscribe", "erase": False, "subject": "afmelden",
     "sender": "r.kok@bbr.nl",
     "body": "afmelden aub" + SAMSUNG},
    {"id": "d9-uns-12", "kind": "unsubscribe", "erase": False, "subject": "Unsubscribe",
     "sender": "Tom Reeves <t.reeves@werkorganisatie-lekstroom.nl>",
     "body": "Please take me off this list. Thank you." + IPHONE_EN},
    {"id": "d9-uns-13", "kind": "unsubscribe", "erase": False, "subject": "Lidmaatschap",
     "sender": "Ingrid Sluiter <i.sluiter@gemeenten-maasenwaal.nl>",
     "body": "<div>Goedemiddag,</div><div><br></div><div>Ik wil mij graag afmelden als lid van het netwerk, "
             "ik heb een andere functie aanvaard.</div><div><br></div><div>Groet,&nbsp;Ingrid</div>"},
    {"id": "d9-uns-14", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "groupwise", "sender": "A. Oosterhuis <a.oosterhuis@oldambtkwartier.nl>",
     "body": "Na de reorganisatie is mijn functie komen te vervallen. Meldt u mij dus af voor het atelier en voor "
             "het netwerk.\n\nAlbert Oosterhuis"},
    {"id": "d9-uns-15", "kind": "unsubscribe", "erase": True, "subject": "Beëindiging deelname",
     "sender": "Ria Jongbloed <ria.jongbloed@werkorganisatie-duo.nl>",
     "body": "Met ingang van heden beëindig ik mijn deelname aan het netwerk. Tevens verzoek ik u, met een beroep "
             "op de AVG, mijn gegevens te wissen.\n\nR. Jongbloed"},
    {"id": "d9-uns-16", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "sender": "Sarah de Wit <s.dewit@werkorganisatie-wbw.nl>",
     "body": "No topics from me this round - I'm stepping down next month, so please unsubscribe me from the "
             "network.\n\nSarah"},
    {"id": "d9-uns-17", "kind": "unsubscribe", "erase": False, "subject": "Re: netwerk",
     "sender": "Lotte Veenstra <lotte.veenstra@noordoostpolder-urk.nl>",
     "body": "Hi, ik ben vertrokken bij de werkorganisatie, dus please remove me van jullie lijst. Thx!\n\nLotte"},
    {"id": "d9-uns-18", "kind": "unsubscribe", "erase": True, "thread": W, "quoted": "welkom", "quote": "apple",
     "sender": "Bram Koster <b.koster@zaanstreek-werkt.nl>",
     "body": "Ik heb me bedacht en wil toch geen lid zijn. Verwijder conform de AVG ook mijn naam en mailadres uit "
             "uw administratie.\n\nBram Koster" + IPHONE_NL},
    {"id": "d9-uns-19", "kind": "unsubscribe", "erase": False, "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Ik heb mij niet aangemeld en wil ook geen berichten van dit netwerk ontvangen.\n\nM. de Vries"},
    {"id": "d9-uns-20", "kind": "unsubscribe", "erase": False, "subject": "Mijn lidmaatschap",
     "sender": "Gijs Hermans <g.hermans@werkorganisatie-bergenland.nl>",
     "body": "Goedemorgen,\n\nOnze fusieorganisatie gaat op in de nieuwe heringedeelde gemeente, en daarmee "
             "verdwijnt mijn rol. Ik wil daarom mijn lidmaatschap van het netwerk opzeggen.\n\nMet vriendelijke "
             "groet,\n\nGijs Hermans\nDirecteur\nWerkorganisatie Bergenland (gemeenten Bergen-Noord, Egmond-"
             "Binnen en Schoorl-Duin)\nT: 072 - 58 88 100\nM: 06 - 38 20 71 55\nE: "
             "g.hermans@werkorganisatie-bergenland.nl<mailto:g.hermans@werkorganisatie-bergenland.nl>\n\n"
             "Werkorganisatie Bergenland is een gemeenschappelijke regeling op grond van de Wgr.\nKvK 63912288"
             + DISCLAIMER_NL},
    # -- confirm --------------------------------------------------------------------------------------------
    {"id": "d9-con-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Met vriendelijke groet,\n\nMarieke de Vries-Ölçer\ndirecteur\nWerkorganisatie BBR" + DISCLAIMER_NL},
    {"id": "d9-con-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Ruben Claassen <r.claassen@zuidoostzeeland.nl>",
     "body": "Bevestigd, dank!\n\nRuben"},
    {"id": "d9-con-03", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "sender": "Helen Morrow <h.morrow@rivierenland-west.nl>",
     "body": "Confirmed. Looking forward to meeting the other directors." + SIG_EN},
    {"id": "d9-con-04", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "groupwise",
     "sender": "Joke Wiersma <j.wiersma@werkorganisatie-tytsjerk.nl>",
     "body": "Excuus, vergeten. Bij dezen alsnog bevestigd.\n\nJ. Wiersma"},
    {"id": "d9-con-05", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "sender": "Olivia Grant <o.grant@werkorganisatie-lekstroom.nl>",
     "body": "Yes, I do want to become a member - thanks for the reminder!" + IPHONE_EN},
    {"id": "d9-con-06", "kind": "confirm", "thread": C, "subject": S_CONF,
     "sender": "Anouk Lammers <a.lammers@hof-van-twente-werkt.nl>",
     "body": "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.\n\n"
             "Ja, bij deze.\n\n> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren\n\n"
             "Jawel, dat heb ik zelf gedaan.\n\nAnouk"},
    {"id": "d9-con-07", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes",
     "sender": "Carla Driessen <c.driessen@beekdaelen-werk.nl>",
     "body": "Ja&nbsp;graag<br><br>Carla Driessen<br>[cid:logo_beekdaelen.png]"},
    {"id": "d9-con-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
     "sender": "Ravi Mahabier <r.mahabier@werkorganisatie-vijfheerenlanden-oost.nl>",
     "body": "Akkoord." + DISCLAIMER_EN + DISCLAIMER_NL},
    {"id": "d9-con-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "doorgestuurd",
     "sender": "Directeur <directeur@gemeente.nl>",
     "body": "Geacht secretariaat,\n\nMijn secretariaat heeft mij bij u aangemeld en stuurde mij uw bericht door. "
             "Hierbij bevestig ik mijn aanmelding.\n\nMet vriendelijke groet,\nR. Bosman"},
    {"id": "d9-con-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
     "sender": "Tom Reeves <t.reeves@werkorganisatie-lekstroom.nl>",
     "body": "yes confirm" + IPHONE_EN},
    # -- suggestion -----------------------------------------------------------------------------------------
    {"id": "d9-sug-01", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Wim van der Heijden <w.vanderheijden@kempenrand.nl>",
     "body": "Beste Stan,\n\nGraag agenderen: de vervanging van ons zaaksysteem en de digitalisering van de "
             "werkprocessen die daaraan hangen. Wij staan daar nu middenin en ik ben benieuwd hoe anderen het "
             "aanpakken." + SIG_KEMPEN + DISCLAIMER_NL},
    {"id": "d9-sug-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "sender": "Pieter Alders <p.alders@dewolden-hoogeveen.nl>",
     "body": "A topic I'd like to propose: how do you keep all partner municipalities equally committed to the "
             "shared agenda when one of them is openly flirting with leaving the arrangement?\n\nPieter"},
    {"id": "d9-sug-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "subject": S_CALL,
     "sender": "Ilse Kramer <ilse.kramer@bmwe-werkt.nl>",
     "body": "Mijn antwoorden staan tussen de regels.\n\n"
             "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;"
             "\n\nHebben we vorig jaar uitgebreid besproken, hoeft van mij niet opnieuw.\n\n"
             "> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, "
             "monitoring van prestaties.\n\nJa! Hoe meet je de tevredenheid van inwoners over het "
             "klantcontactcentrum, en wat doe je vervolgens met die uitkomsten?\n\nIlse"},
    {"id": "d9-sug-04", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes-wrote",
     "sender": "Ria Jongbloed <ria.jongbloed@werkorganisatie-duo.nl>",
     "body": "Twee onderwerpen:\n1. Langetermijnvisie: waar staat onze fusieorganisatie in 2035?\n"
             "2. Formatie in een krappe arbeidsmarkt: hoe houden we de vacatures gevuld?\n\nRia"},
    {"id": "d9-sug-05", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "vervolg_atelier",
     "quote": "apple", "sender": "Hanneke Dekkers <h.dekkers@gemeenten-maasenwaal.nl>",
     "body": "Dank voor de mooie middag! Voor de volgende keer: de positie van onze werkorganisatie in de regio, "
             "bijvoorbeeld bij de regiodeal en de verstedelijkingsafspraken." + IPAD},
    {"id": "d9-sug-06", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-en", "sender": "Olivia Grant <o.grant@werkorganisatie-lekstroom.nl>",
     "body": "Suggestion for the next atelier: digital services for local entrepreneurs, e.g. a single portal "
             "where a business can apply for every permit at once.\n\nOlivia"},
    {"id": "d9-sug-07", "kind": "suggestion", "themes": ["organisatie"], "subject": "Suggestie voor een atelier",
     "sender": "Frank Geerts <f.geerts@landvanheusden-werkt.nl>",
     "body": "Beste Melanie,\n\nAls onderwerp voor een volgend atelier stel ik voor: financiële sturing binnen de "
             "werkorganisatie, en de rol van de concerncontroller daarin.\n\nHartelijke groet,\nFrank"},
    {"id": "d9-sug-08", "kind": "suggestion", "themes": ["strategie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Bert Nijland <b.nijland@samenwerking-ks.nl>",
     "body": "De samenwerking tussen onze gemeenten is na twaalf jaar wel uitgekristalliseerd; daarover hoeven we "
             "het wat mij betreft niet te hebben. Wat ik wil bespreken: de bestuurlijke prioriteiten na de "
             "verkiezingen van 2026 en hoe je die vertaalt in een meerjarige inhoudelijke agenda.\n\nBert"},
    {"id": "d9-sug-09", "kind": "suggestion", "themes": ["dienstverlening"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Emma Clarke <e.clarke@rivierenland-west.nl>",
     "body": "<b>Topic proposal</b><br><br>How to use data dashboards to monitor the performance of our services "
             "to residents.&nbsp;<br><br>Emma Clarke, on behalf of Dr Helen Morrow<br>"
             "[cid:image003.png@01DB6C20.1A2B3C40]"},
    {"id": "d9-sug-10", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "groupwise", "sender": "Gerrit Smeenk <g.smeenk@werkorganisatie-achterhoekzuid.nl>",
     "body": "Ons voorstel: het sturingsconcept. Wij werken met opdrachtgeverschap en opdrachtnemerschap en lopen "
             "aan tegen de rolverdeling tussen directie en managers. Graag ervaringen uitwisselen.\n\nG. Smeenk"},
    {"id": "d9-sug-11", "kind": "suggestion", "themes": ["dienstverlening", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "notes", "sender": "Ruben Claassen <r.claassen@zuidoostzeeland.nl>",
     "body": "Ik zou graag twee dingen bespreken:\n- innovatie in de dienstverlening aan ondernemers, zoals één "
             "ondernemersloket;\n- de verhouding tussen onze drie gemeenten onderling, nu hun ambities steeds "
             "verder uiteenlopen.\n\nRuben Claassen"},
    {"id": "d9-sug-12", "kind": "suggestion", "themes": ["strategie"], "thread": W, "quoted": "welkom",
     "quote": "gmail", "sender": "Ahmed El Idrissi <a.elidrissi@gooise-werkorganisatie.nl>",
     "body": "Thanks for the warm welcome! One topic straight away: our long-term vision - what should our "
             "organisation look like ten years from now?\n\nAhmed"},
    {"id": "d9-sug-13", "kind": "suggestion", "themes": ["organisatie"], "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "subject": "FW: " + S_CALL,
     "sender": "Petra Kool <p.kool@servicepunt-deltaland.nl>",
     "body": "Goedemiddag,\n\nNamens mevrouw Postma stuur ik haar onderwerpen door, zie hieronder.\n\n"
             "Met vriendelijke groet,\nPetra Kool\n\n"
             "Van: Postma, Fenna <f.postma@servicepunt-deltaland.nl>\nVerzonden: woensdag 13 januari 2027 08:12\n"
             "Aan: Kool, Petra <p.kool@servicepunt-deltaland.nl>\nOnderwerp: RE: " + S_CALL[4:] + "\n\n"
             "Petra, wil je deze doorsturen:\n- wendbaarheid van de formatie\n- robotisering van werkprocessen in "
             "de backoffice\n\nF."},
    {"id": "d9-sug-14", "kind": "suggestion", "themes": ["samenwerking"], "thread": T, "quoted": "bedankt_suggestie",
     "quote": "outlook-lijn", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Nog een aanvulling: ik zou ook graag bespreken hoe je de belangen van de kleinste deelnemende "
             "gemeente geborgd houdt als de twee grote partners de koers bepalen.\n\nMarieke"},
    {"id": "d9-sug-15", "kind": "suggestion", "themes": ["strategie", "organisatie"], "thread": T, "subject": S_CALL,
     "sender": "Tom Reeves <t.reeves@werkorganisatie-lekstroom.nl>",
     "body": GMAIL_HDR_EN + "\n> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! "
             "Welk vraagstuk rond de\n> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\n"
             "Two from me:\n- the boards' strategic priorities versus what the organisation can actually deliver\n"
             "- digitalisation of our internal workflows\n\nTom"},
    # -- auto-replies ---------------------------------------------------------------------------------------
    {"id": "d9-auto-01", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]",
     "sender": "Wim van der Heijden <w.vanderheijden@kempenrand.nl>",
     "body": "Ik ben afwezig tot en met 15 maart. Voor dringende zaken kunt u contact opnemen met het "
             "directiesecretariaat, 0497 36 12 10." + SIG_KEMPEN},
    {"id": "d9-auto-02", "kind": "autoreply", "headers": {"X-Auto-Response-Suppress": "All"},
     "subject": "Automatic reply: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                "[atelier:2027-1]",
     "sender": "Helen Morrow <h.morrow@rivierenland-west.nl>",
     "body": "Thank you for your email. I am out of the office until Monday 8 March with limited access to email. "
             "For urgent matters please contact Emma Clarke (e.clarke@rivierenland-west.nl)."},
    {"id": "d9-auto-03", "kind": "autoreply", "subject": "Afwezig",
     "sender": "Anouk Lammers <a.lammers@hof-van-twente-werkt.nl>",
     "body": "Beste afzender,\n\nIk ben met zwangerschapsverlof tot 1 juni 2027. Uw bericht wordt niet "
             "doorgestuurd. Voor zaken die niet kunnen wachten kunt u terecht bij Bas Meijer, "
             "b.meijer@hof-van-twente-werkt.nl."},
    {"id": "d9-auto-04", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-generated"},
     "subject": "Dit e-mailadres is niet meer in gebruik",
     "sender": "Postmaster Gemeente Haaksbergen-Oost <noreply@haaksbergen-oost.nl>",
     "body": "Geachte afzender,\n\nPer 1 januari 2027 zijn de gemeenten Haaksbergen-Oost en Neede-Borculo "
             "gefuseerd tot de gemeente Berkelland-Zuid. Dit e-mailadres is niet meer in gebruik en wordt niet "
             "gelezen. Stuurt u uw bericht opnieuw naar info@berkelland-zuid.nl.\n\nDit is een automatisch "
             "gegenereerd bericht."},
    {"id": "d9-auto-05", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Uw bericht is ontvangen [Zaaknummer Z-2027-004512]",
     "sender": "Klantcontactcentrum <kcc@werkorganisatie-maasduinen.nl>",
     "body": "Geachte heer/mevrouw,\n\nHartelijk dank voor uw e-mail. Uw bericht is geregistreerd onder "
             "zaaknummer Z-2027-004512. Wij nemen binnen vijf werkdagen contact met u op. Vermeld bij verdere "
             "correspondentie altijd dit zaaknummer.\n\nMet vriendelijke groet,\nKlantcontactcentrum "
             "Werkorganisatie Maasduinen" + DISCLAIMER_NL},
    {"id": "d9-auto-06", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "[Request received] #48213 Re: Welkom bij het Netwerk van directeuren van ambtelijke "
                "fusieorganisaties",
     "sender": "IT Service Desk <servicedesk@rivierenland-west.nl>",
     "body": "Hello,\n\nThank you for contacting the Service Desk. Your request (#48213) has been received and "
             "will be reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n"
             "This is an automated message."},
    {"id": "d9-auto-07", "kind": "autoreply", "headers": {"X-Autoreply": "yes"}, "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "sender": "Sander Mulders <s.mulders@peelgemeenten.nl>",
     "body": "Ik ben vandaag niet bereikbaar. Uw e-mail lees ik morgen."},
    {"id": "d9-auto-08", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "sender": "David Kuipers <d.kuipers@drechtstedenwerk.nl>",
     "body": "I'm on annual leave and will be back on 22 March. For urgent matters please contact my PA, Sophie "
             "Lint, on +31 78 770 44 00." + DISCLAIMER_EN},
    {"id": "d9-auto-09", "kind": "autoreply", "headers": {"Precedence": "auto_reply"},
     "subject": "Afwezigheidsbericht",
     "sender": "Koen Verhoef <k.verhoef@hlt-samen.nl>",
     "body": "Dank voor uw bericht. Van 1 tot en met 12 maart ben ik niet op kantoor en lees ik mijn e-mail niet. "
             "Uw bericht wordt niet automatisch doorgestuurd." + DISCLAIMER_NL + GREEN},
    {"id": "d9-auto-10", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & "
                "eigenheid\" [atelier:2027-1]",
     "sender": "Melissa Haverkamp <m.haverkamp@werkorganisatie-bbr.nl>",
     "body": "Ik ben afwezig&nbsp;t/m 5 april.<br>Uw e-mail wordt niet doorgestuurd.<br><br>Melissa Haverkamp"},
    {"id": "d9-auto-11", "kind": "autoreply", "headers": {"X-Autoreply": "yes"},
     "subject": "Out of Office: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Ravi Mahabier <r.mahabier@werkorganisatie-vijfheerenlanden-oost.nl>",
     "body": "I am currently out of the office and will respond to your message on my return."},
    {"id": "d9-auto-12", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatische reactie",
     "sender": "Info Werkorganisatie DUO <info@werkorganisatie-duo.nl>",
     "body": "Bedankt voor uw e-mail. Wij streven ernaar binnen twee werkdagen te reageren. Heeft u een "
             "spoedeisende vraag? Bel dan 14 0561.\n\nWerkorganisatie DUO"},
    {"id": "d9-auto-13", "kind": "autoreply", "thread": I, "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
     "sender": "Bram Koster <b.koster@zaanstreek-werkt.nl>",
     "body": "Vanwege een sabbatical ben ik tot 1 september niet aanwezig. Mijn mail wordt in die periode niet "
             "gelezen; voor lopende zaken kunt u terecht bij het secretariaat directie."},
    {"id": "d9-auto-14", "kind": "autoreply", "headers": {"Auto-Submitted": "auto-replied"},
     "subject": "Automatic reply: " + S_INV[4:],
     "sender": "Julia Westbroek <j.westbroek@lingewaal-werkt.nl>",
     "body": "I'm currently travelling with intermittent access to email and will respond when I'm back on "
             "12 March."},
    {"id": "d9-auto-15", "kind": "autoreply", "headers": {"Precedence": "auto_reply"},
     "subject": "Afwezig / Out of office",
     "sender": "Mark Terpstra <mark.terpstra@sudwestfryslan-werk.nl>",
     "body": "Ik ben afwezig tot en met vrijdag 19 maart. / I am away until Friday 19 March.\n\nVoor dringende "
             "zaken / for urgent matters: 0515 48 90 00."},
    # -- other ----------------------------------------------------------------------------------------------
    {"id": "d9-oth-01", "kind": "other", "subject": "Vertrek directeur",
     "sender": "Petra Kool <p.kool@servicepunt-deltaland.nl>",
     "body": "Goedemorgen,\n\nOnze directeur, mevrouw Postma, is per 1 maart vertrokken. Wilt u haar uit uw "
             "bestand verwijderen en de uitnodigingen voortaan niet meer sturen?\n\nMet vriendelijke groet,\n"
             "Petra Kool\nmanagementassistent"},
    {"id": "d9-oth-02", "kind": "other", "subject": "AVG-verzoek namens collega",
     "sender": "Hans Lubbers <h.lubbers@werkorganisatie-ijsselland.nl>",
     "body": "Geacht secretariaat,\n\nNamens mijn collega Ellen Post verzoek ik u op grond van de AVG al haar "
             "persoonsgegevens te verwijderen en haar af te melden voor het netwerk. Zij is op dit moment "
             "langdurig afwezig en kan dit zelf niet doen.\n\nMet vriendelijke groet,\nH. Lubbers"},
    {"id": "d9-oth-03", "kind": "other", "subject": "Wijziging e-mailadres mevrouw Ruiters",
     "sender": "Secretariaat Directie <secretariaat.directie@werkorganisatie-bergenland.nl>",
     "body": "Goedemiddag,\n\nIk ben de managementassistent van mevrouw J. Ruiters. Haar werkadres wordt binnenkort "
             "opgeheven. Wilt u in uw bestand haar e-mailadres wijzigen naar ruiters.j@gmail.com en alle "
             "toekomstige uitnodigingen daarheen sturen? Een bevestiging is niet nodig.\n\nAlvast dank,\n"
             "Secretariaat Directie"},
    {"id": "d9-oth-04", "kind": "other", "subject": "Verzendlijst",
     "sender": "Directiesecretariaat <directie@werkorganisatie-maasduinen.nl>",
     "body": "Beste mensen,\n\nIk spreek namens het voltallige managementteam: haal ons alle vijf van uw "
             "verzendlijst. Wij ontvangen uw berichten liever niet meer.\n\nGroet,\nNicole Peters"},
    {"id": "d9-oth-05", "kind": "other", "subject": "Remove our domain",
     "sender": "ICT Beheer <ict@werkorganisatie-lekstroom.nl>",
     "body": "Hello,\n\nPlease remove everyone at @werkorganisatie-lekstroom.nl from your mailing list with "
             "immediate effect. We are cleaning up external subscriptions.\n\nRegards,\nICT Beheer"},
    {"id": "d9-oth-06", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Bram Koster <b.koster@zaanstreek-werkt.nl>",
     "body": "Goedemorgen,\n\nWat kost het lidmaatschap precies, en wie krijgt mijn gegevens te zien? Dat wil ik "
             "graag weten voordat ik iets bevestig.\n\nBram Koster"},
    {"id": "d9-oth-07", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Frank Geerts <f.geerts@landvanheusden-werkt.nl>",
     "body": "Ik twijfel nog even. Ik overleg eerst met mijn collega-directeur en kom er later op terug." + IPHONE_NL},
    {"id": "d9-oth-08", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
     "sender": "Emma Clarke <e.clarke@rivierenland-west.nl>",
     "body": "Hi,\n\nWho signed this address up, and how did you get it? I'd like to know that before anything is "
             "confirmed.\n\nEmma"},
    {"id": "d9-oth-09", "kind": "other", "subject": "Presentatie digitale transformatie op uw atelier",
     "sender": "Jeroen Blom <jeroen@transitiepartners-advies.nl>",
     "body": "Beste organisatie van het netwerk,\n\nWij zijn een bureau voor organisatieontwikkeling en hebben veel "
             "ervaring met digitalisering van werkprocessen bij ambtelijke fusieorganisaties. Graag verzorgen wij "
             "een presentatie op uw volgende atelier. Zullen we volgende week even bellen?\n\nMet vriendelijke "
             "groet,\nJeroen Blom\nTransitiepartners Advies\n06 18 27 36 45\nwww.transitiepartners-advies.nl"},
    {"id": "d9-oth-10", "kind": "other", "subject": "Interim director roles - shared service organisations",
     "sender": "Chloe Bennett <chloe.bennett@publicleadership-search.nl>",
     "body": "Dear network team,\n\nI'm a recruiter at Public Leadership Search. We are looking for experienced "
             "interim directors for a shared-service organisation in the east of the country. Could you share "
             "the attached vacancy with your members? Happy to discuss a referral fee.\n\nBest,\nChloe Bennett"},
    {"id": "d9-oth-11", "kind": "other", "subject": "Bevestig uw account voor 5 maart",
     "sender": "Microsoft 365 Beheer <beheer@m365-verificatie-portal.nl>",
     "body": "Beste gebruiker van info@ambtelijkefusie.nl,\n\nUw mailbox is bijna vol (98%). Bevestig uw "
             "account binnen 24 uur om te voorkomen dat inkomende berichten worden geweigerd:\n\n"
             "http://m365-verificatie-portal.nl/bevestig?u=info\n\nMet vriendelijke groet,\nMicrosoft 365 Team"},
    {"id": "d9-oth-12", "kind": "other", "subject": "Overdue invoice #2027-118",
     "sender": "Accounts Receivable <billing@venue-services-utrecht.nl>",
     "body": "Dear customer,\n\nOur records show that invoice #2027-118 for the room booking of 11 March is "
             "overdue. Please confirm your payment details by replying to this email with your bank account "
             "number, or open the secure link below.\n\nhttps://venue-services-utrecht.nl/pay/2027-118"
             "\n\nKind regards,\nAccounts"},
    {"id": "d9-oth-13", "kind": "other", "subject": "Inzageverzoek AVG",
     "sender": "mr. J.H. Kortenhorst <j.kortenhorst@werkorganisatie-ijsselland.nl>",
     "body": "Geacht secretariaat,\n\nOp grond van artikel 15 AVG verzoek ik u om inzage in de persoonsgegevens "
             "die u van mij verwerkt, met daarbij de doeleinden, de bron en de bewaartermijn.\n\nHoogachtend,"
             "\n\nmr. J.H. Kortenhorst"},
    {"id": "d9-oth-14", "kind": "other", "subject": "Subject access request",
     "sender": "Julia Westbroek <j.westbroek@lingewaal-werkt.nl>",
     "body": "Hello,\n\nUnder Article 15 of the GDPR, please tell me what personal data you hold about me and "
             "where you obtained it. I am not asking you to delete anything at this stage.\n\nThanks,\nJulia"},
    {"id": "d9-oth-15", "kind": "other", "subject": "Nieuwsbrief Kring Gemeentesecretarissen Oost | maart 2027",
     "headers": {"List-Unsubscribe": "<https://kring-oost.nl/afmelden?id=77812>", "Precedence": "bulk"},
     "sender": "Kring Gemeentesecretarissen Oost <nieuwsbrief@kring-oost.nl>",
     "body": "Bekijk deze nieuwsbrief in uw browser <https://kring-oost.nl/nb/2027-03>\n\n"
             "*NIEUWSBRIEF MAART 2027*\n\n"
             "Voorjaarsbijeenkomst 25 maart - meld u nu aan!\nOp 25 maart komen we samen in Deventer over "
             "strategische personeelsplanning. Aanmelden kan tot 18 maart via de website.\n\n"
             "Uit de regio\nDe gemeenten in de Achterhoek versterken de samenwerking op het gebied van "
             "dienstverlening.\n\n"
             "U ontvangt deze nieuwsbrief omdat u zich daarvoor heeft aangemeld. Afmelden voor deze nieuwsbrief "
             "<https://kring-oost.nl/afmelden?id=77812> | Gegevens wijzigen"},
    {"id": "d9-oth-16", "kind": "other", "subject": "Public Sector Digital Weekly: AI in local government",
     "headers": {"List-Unsubscribe": "<mailto:unsubscribe@psdweekly.eu>", "Precedence": "list"},
     "sender": "Public Sector Digital Weekly <news@psdweekly.eu>",
     "body": "View in browser\n\nTHIS WEEK\n- How municipalities use AI for citizen services\n- Register now: "
             "webinar on shared service centres, 18 March\n- Join 4,000 public-sector leaders at our summit\n\n"
             "You are receiving this email because you subscribed to Public Sector Digital Weekly.\n"
             "Unsubscribe | Manage preferences | Privacy policy"},
    {"id": "d9-oth-17", "kind": "other", "subject": "Vraag over lidmaatschap",
     "sender": "Willemijn Aarts <w.aarts@gemeente-lochemveld.nl>",
     "body": "Goedemiddag,\n\nKunnen ook gemeentesecretarissen lid worden die geen directeur van een fusieorganisatie "
             "zijn? Onze gemeente werkt wel nauw samen met twee buren, maar niet in één werkorganisatie.\n\n"
             "Groet,\nWillemijn Aarts"},
    {"id": "d9-oth-18", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Ahmed El Idrissi <a.elidrissi@gooise-werkorganisatie.nl>",
     "body": "Quick question: is the atelier also open to deputy directors? And is there a fee?\n\nAhmed"},
    {"id": "d9-oth-19", "kind": "other", "subject": "Dubbele mails",
     "sender": "Gijs Hermans <g.hermans@werkorganisatie-bergenland.nl>",
     "body": "Hallo,\n\nIk krijg uw berichten nu al drie keer dubbel, op twee verschillende adressen. Kunt u dat "
             "oplossen? Het werkadres is het goede.\n\nGijs"},
    {"id": "d9-oth-20", "kind": "other", "subject": "Interviewverzoek Binnenlands Bestuur",
     "sender": "Lisa Vermeer <l.vermeer@journalistiek-freelance.nl>",
     "body": "Beste secretariaat,\n\nIk ben freelance journalist en schrijf voor een vakblad een artikel over tien "
             "jaar ambtelijke fusies. Mag ik iemand van het netwerk interviewen, en mag ik het volgende atelier "
             "bijwonen als toehoorder?\n\nMet vriendelijke groet,\nLisa Vermeer\n06 55 43 21 09"},
    {"id": "d9-oth-21", "kind": "other", "subject": "Kandidatuur Adviesraad",
     "sender": "Ria Jongbloed <ria.jongbloed@werkorganisatie-duo.nl>",
     "body": "Geacht secretariaat,\n\nIn uw brochure las ik over de Adviesraad. Graag stel ik mij kandidaat om "
             "mee te denken over de thema's. Ik ben al drie jaar lid van het netwerk.\n\nMet vriendelijke groet,\n"
             "Ria Jongbloed"},
    {"id": "d9-oth-22", "kind": "other", "subject": "Advisory council",
     "sender": "Helen Morrow <h.morrow@rivierenland-west.nl>",
     "body": "Dear Stan,\n\nI would like to put myself forward for the Adviesraad. I have chaired a similar "
             "advisory board in the UK and would be glad to contribute." + SIG_EN},
    {"id": "d9-oth-23", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-lijn",
     "sender": "Carla Driessen <c.driessen@beekdaelen-werk.nl>",
     "body": "Dank voor het warme welkom, ik kijk uit naar de eerste bijeenkomst!\n\nCarla" + DISCLAIMER_NL},
    {"id": "d9-oth-24", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "notes",
     "sender": "Hanneke Dekkers <h.dekkers@gemeenten-maasenwaal.nl>",
     "body": "Goedemorgen,\n\nIs er parkeergelegenheid bij het Stadskantoor, of kan ik beter met de trein? En "
             "worden de presentaties achteraf gedeeld?\n\nHanneke"},
    {"id": "d9-oth-25", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Sander Mulders <s.mulders@peelgemeenten.nl>",
     "body": "Ik kom waarschijnlijk, maar dat hangt af van de raadsagenda die nog niet rond is. Kan ik het u "
             "volgende week definitief laten weten, of is dat te laat?\n\nSander"},
    {"id": "d9-oth-26", "kind": "other", "subject": "Aanmelding collega",
     "sender": "Bert Nijland <b.nijland@samenwerking-ks.nl>",
     "body": "Beste Melanie,\n\nGraag meld ik mijn collega Roel Jacobs (r.jacobs@samenwerking-ks.nl) aan voor het "
             "netwerk. Hij is sinds kort directeur bedrijfsvoering bij ons.\n\nGroet,\nBert"},
    {"id": "d9-oth-27", "kind": "other", "subject": "New director",
     "sender": "Tom Reeves <t.reeves@werkorganisatie-lekstroom.nl>",
     "body": "Hi there,\n\nCould you add our new director, Priya Raman (p.raman@werkorganisatie-lekstroom.nl), to "
             "your members list? She starts on Monday.\n\nCheers,\nTom"},
    {"id": "d9-oth-28", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "subject": "FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "sender": "Joke Wiersma <j.wiersma@werkorganisatie-tytsjerk.nl>",
     "body": "Goedemorgen,\n\nMijn directeur vraagt wat dit netwerk precies inhoudt; zij kent het niet. Kunt u "
             "wat meer informatie sturen?\n\nMet vriendelijke groet,\nJoke Wiersma\nsecretaresse\n\n"
             "Van: Zwart, Anneke <a.zwart@werkorganisatie-tytsjerk.nl>\nVerzonden: maandag 1 maart 2027 16:20\n"
             "Aan: Wiersma, Joke <j.wiersma@werkorganisatie-tytsjerk.nl>\nOnderwerp: FW: Welkom bij het Netwerk "
             "van directeuren van ambtelijke fusieorganisaties\n\nJoke, wat is dit? Ken ik niet. Zoek jij even "
             "uit?\n\nA."},
    {"id": "d9-oth-29", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "groupwise",
     "sender": "Gerrit Smeenk <g.smeenk@werkorganisatie-achterhoekzuid.nl>",
     "body": "Is dit een legitiem bericht? Onze ICT-afdeling heeft het als verdacht gemarkeerd en ik wil niet "
             "zomaar op iets antwoorden.\n\nG. Smeenk"},
    {"id": "d9-oth-30", "kind": "other", "subject": "Updated contact details for Ms Van Hulst",
     "sender": "Office of the Director <office.director@vanhulst-pa.nl>",
     "body": "Dear secretariat,\n\nI am the personal assistant of Ms Ingrid van Hulst, director of Servicepunt "
             "Deltaland. She has a new address: ingrid.vanhulst@outlook.com. Please update your records and send "
             "all future invitations there. No need to write to her old address.\n\nKind regards,\nOffice of the "
             "Director"},
    {"id": "d9-oth-31", "kind": "other", "subject": "Nieuwe leden voor het netwerk",
     "sender": "Erik Hoogland <e.hoogland@werkorganisatie-vijfheerenlanden-oost.nl>",
     "body": "Beste secretariaat,\n\nZet u de directeuren uit onze regio maar allemaal op de lijst, dat scheelt "
             "hun werk:\nm.smit@lekenlinge.nl\nt.degroot@alblasserwaard-werkt.nl\nh.kaya@molenlanden-oost.nl\n\n"
             "Groet, Erik"},
    {"id": "d9-oth-32", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "gmail",
     "sender": "David Kuipers <d.kuipers@drechtstedenwerk.nl>",
     "body": "Thanks for confirming. All the best to the team, and thanks for the good ateliers over the years."
             "\n\nDavid"},
    {"id": "d9-oth-33", "kind": "other", "subject": "Uitnodiging Congres Samenwerkende Gemeenten 2027",
     "sender": "Congresbureau Overheid <events@congresbureau-overheid.nl>",
     "body": "Geachte directeur,\n\nOp 14 april vindt het Congres Samenwerkende Gemeenten 2027 plaats in de "
             "Jaarbeurs. Met sprekers over regionale samenwerking, strategie en dienstverlening. Meld u vóór 1 "
             "april aan via de website en ontvang 20% korting.\n\nKlik hier om u af te melden voor onze "
             "mailings."},
    {"id": "d9-oth-34", "kind": "other", "subject": "Overlijden van onze directeur",
     "sender": "Secretariaat Directie <secretariaat@oldambtkwartier.nl>",
     "body": "Geacht secretariaat,\n\nMet grote verslagenheid laten wij u weten dat onze directeur, mevrouw "
             "Marga Dijkhuis, onverwacht is overleden. Wilt u haar uit uw bestand halen, zodat er geen "
             "uitnodigingen meer op haar naam binnenkomen?\n\nMet vriendelijke groet,\nnamens de "
             "directie, Roelie Pot"},
    {"id": "d9-oth-35", "kind": "other", "subject": "Ledenlijst",
     "sender": "Ilse Kramer <ilse.kramer@bmwe-werkt.nl>",
     "body": "Hoi,\n\nKunnen jullie mij de ledenlijst met e-mailadressen sturen? Ik wil een paar collega's "
             "benaderen over een gezamenlijke aanbesteding.\n\nIlse"},
    {"id": "d9-oth-36", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-en",
     "sender": "Olivia Grant <o.grant@werkorganisatie-lekstroom.nl>",
     "body": "Thanks for a great session! Could you send me the slides of the case presentation? The report link "
             "gives me a 404.\n\nOlivia"},
    {"id": "d9-oth-37", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "apple",
     "sender": "Lotte Veenstra <lotte.veenstra@noordoostpolder-urk.nl>",
     "body": "Moeten de onderwerpen binnen één van de vier thema's vallen, of mag het ook iets heel anders zijn?"
             + IPHONE_NL},
    {"id": "d9-oth-38", "kind": "other", "thread": T, "subject": S_CALL,
     "sender": "Jeroen Blom <jeroen@transitiepartners-advies.nl>",
     "body": "> Welk vraagstuk rond de\n> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nGoed dat u dit vraagt. Wij verzorgen graag een expertsessie over "
             "digitalisering en werkprocessen op uw volgende atelier; tarief op aanvraag. Zie onze website voor "
             "referenties.\n\nJeroen Blom\nTransitiepartners Advies"},
    {"id": "d9-oth-39", "kind": "other", "subject": "Nieuw e-mailadres",
     "sender": "Nicole Peters <nicole.peters@maasduinen-werkt.nl>",
     "body": "Beste secretariaat,\n\nOnze werkorganisatie heeft een nieuwe naam gekregen. Mijn e-mailadres "
             "verandert per 1 april van n.peters@werkorganisatie-maasduinen.nl in dit adres. Wilt u dat aanpassen?"
             "\n\nGroet,\nNicole Peters"},
    {"id": "d9-oth-40", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-en",
     "sender": "Noah Jansen <noah.jansen@student.bestuurskunde-uni.nl>",
     "body": "Hello,\n\nI got this email but I'm not quite sure what it is. I don't work for a municipality - I'm "
             "a master's student researching shared civil-service organisations. Would I be allowed to attend?"
             "\n\nNoah"},
    {"id": "d9-oth-41", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "notes-wrote",
     "sender": "Ruben Claassen <r.claassen@zuidoostzeeland.nl>",
     "body": "Welke datum was het ook alweer? Ik dacht dat het verplaatst was naar 18 maart?\n\nRuben"},
]
# fmt: on
