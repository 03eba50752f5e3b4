"""The thirty-eighth labelled set's cases (issue 17): written without reading the classifier or the other sets,
each labelled as the secretariat should treat it; cases that could not be labelled with confidence were left out.

The thread and the words often disagree here: a leave under the welcome, a topic under the reminder, an RSVP under
the call for themes, a sign-up under someone else's forwarded invitation, a confirmation sent as a new mail with the
reference in the subject, an old thread reused months later for a new request. Where a mail carries two intents the
written priority decides: leaving the network beats an RSVP, an erasure request is never lost, an act together with a
question a person must answer (or a request about someone else) is ``other``. Minimal answers ("ok", "doe maar",
"nee dank je", "prima") are labelled as a person reads them in their thread; bare answers a person could not place
(a lone "nee" under the reminder, "ok" under the change notice) were left out.
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
GALAXY = "\n\nVerzonden vanaf mijn Galaxy"
OUTLOOK_IOS = "\n\nGet Outlook for iOS"
DISCLAIMER = (
    "\n\n------------------------------------------------------------------------\n"
    "Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt u "
    "vriendelijk verzocht dit aan de afzender te melden. De werkorganisatie staat niet in voor de juiste en volledige "
    "overbrenging van de inhoud van een verzonden e-mailbericht."
)
SIG_LINDESTROOM = (
    "\n\nMet vriendelijke groet,\n\nGeertje Zandstra\nalgemeen directeur | Werkorganisatie Lindestroom\n"
    "T 0513 48 22 10 | M 06 41 70 23 58\nwww.lindestroom.nl"
)
AUTO = {"Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # -- RSVP: yeses and noes, many of them under a mail with another purpose -------------------------------------
    {"id": "d38-rsvp-01", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Geertje Zandstra <g.zandstra@lindestroom.nl>",
     "body": "Goedemorgen Stan en Melanie,\n\nEen thema heb ik (nog) niet, maar zet me alvast op de lijst voor "
             "11 maart: die middag heb ik al vrijgehouden in mijn agenda." + SIG_LINDESTROOM},
    {"id": "d38-rsvp-02", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "gmail", "sender": "Bart Oosting <bart.oosting@werkorganisatie-kempenveld.nl>",
     "body": "Hoi,\n\nWij komen op 11 maart met z'n tweeën: ikzelf en onze concerncontroller Marloes Veen. "
             "Onderwerpen volgen nog, daar moet ik eerst het MT over spreken.\n\nBart"},
    {"id": "d38-rsvp-03", "kind": "rsvp", "attending": True, "thread": T, "quoted": "oproep_themas",
     "quote": "notes", "sender": "H.J. Temmink <HJ.Temmink@dijkland.nl>",
     "body": "Ik kom vooral om te luisteren, dus van mijn kant geen onderwerpen. Noteer mij wel als deelnemer "
             "voor de bijeenkomst.\n\nH.J. Temmink\nDirecteur Werkorganisatie Dijkland"},
    {"id": "d38-rsvp-04", "kind": "rsvp", "attending": True, "thread": T, "quoted": "bedankt_suggestie",
     "quote": "apple", "sender": "Saskia Mertens <s.mertens@peelrand.nl>",
     "body": "Fijn dat het genoteerd is. Ik ben er op 11 maart in elk geval bij, dus schrijf me maar vast in."
             + IPHONE},
    {"id": "d38-rsvp-05", "kind": "rsvp", "attending": True, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Ruben Klaassen <r.klaassen@werkorganisatie-vechtplassen.nl>",
     "body": "Beste secretariaat,\n\nDank voor het hartelijke welkom. Ik zag bij een collega dat er op 11 maart "
             "een atelier in Utrecht is. Daar wil ik graag bij zijn, als nieuw lid meteen maar in het diepe.\n\n"
             "Groet,\nRuben Klaassen\ndirecteur Werkorganisatie Vechtplassen" + DISCLAIMER},
    {"id": "d38-rsvp-06", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Wim Hagedoorn <w.hagedoorn@eemsduin.nl>",
     "body": "nee dank je" + IPHONE},
    {"id": "d38-rsvp-07", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Jorien Altena <jorien.altena@hunzevenen.nl>",
     "body": "ja hoor 👍"},
    {"id": "d38-rsvp-08", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Hans Vroegindeweij <h.vroegindeweij@drechtoever.nl>",
     "body": "Ja.\n\nMvg,\nHans Vroegindeweij\nAlgemeen directeur\nWerkorganisatie Drechtoever\n078 - 720 44 00"},
    {"id": "d38-rsvp-09", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "groupwise", "sender": "Wendy Rozendaal <w.rozendaal@maasdal-oost.nl>",
     "body": "Prima!\n\nGr. Wendy"},
    {"id": "d38-rsvp-10", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_vervanger",
     "quote": "outlook-nl", "sender": "Mirjam Smulders <m.smulders@kempenveld.nl>",
     "body": "Beste Stan,\n\nDank voor het bericht. Dirk had dit helaas niet met mij afgestemd: ik zit die middag "
             "in de raadscommissie Bestuur. Ik kan dus niet in zijn plaats komen, sorry.\n\nHartelijke groet,\n"
             "Mirjam Smulders\nadjunct-directeur"},
    {"id": "d38-rsvp-11", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Evert-Jan Postma <ej.postma@veldhoeve.nl>",
     "body": "Dag Melanie,\n\nLaat die plek op de wachtlijst maar zitten en geef hem aan een ander. Die week is "
             "het bij ons alle hens aan dek met de voorjaarsnota.\n\nEvert-Jan"},
    {"id": "d38-rsvp-12", "kind": "rsvp", "attending": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "gmail", "sender": "Lotte Brinkman <l.brinkman@zuidwold.nl>",
     "body": "Jammer dat het vol is. Dan laat ik het deze keer aan me voorbij gaan, op de wachtlijst hoef ik niet."},
    {"id": "d38-rsvp-13", "kind": "rsvp", "attending": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-lijn", "sender": "Anton Wijnberg <a.wijnberg@lindestroom.nl>",
     "body": "Door de verschuiving naar de 18e lukt het mij niet meer: dan heb ik het AB van onze GR. Haal me "
             "dus maar van de wachtlijst.\n\nAnton Wijnberg" + DISCLAIMER},
    {"id": "d38-rsvp-14", "kind": "rsvp", "attending": True, "thread": I, "quoted": "wijziging_atelier",
     "quote": "outlook-en", "sender": "Femke de Boer-Talsma <f.deboer@noordwaarden.nl>",
     "body": "De 18e komt mij eerlijk gezegd beter uit dan de 11e. Ik blijf dus graag op de wachtlijst staan en "
             "kom zeker als er een plaats vrijkomt.\n\nFemke"},
    {"id": "d38-rsvp-15", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Sander Brink <sander.brink@eemsduin.nl>",
     "body": "Top, tot donderdag!"},
    {"id": "d38-rsvp-16", "kind": "rsvp", "attending": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "outlook-nl", "sender": "Femke Hoornstra <f.hoornstra@dijkland.nl>",
     "body": "Beste Melanie,\n\nBaal ervan, maar er is een extra raadsvergadering ingelast over de jaarrekening "
             "van de GR en daar moet ik bij zijn. Mijn plek mag naar de wachtlijst; mijn gast (Evert) komt dan "
             "ook niet.\n\nGroet,\nFemke"},
    {"id": "d38-rsvp-17", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "notes-wrote", "sender": "R.P. van Kampen <RP.vanKampen@maasdonk-oost.nl>",
     "body": "Kleine wijziging: ik neem geen gast mee, ik kom alleen.\n\nR.P. van Kampen"},
    {"id": "d38-rsvp-18", "kind": "rsvp", "attending": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Ilona Verhage <i.verhage@werkorganisatie-zeeveld.nl>",
     "body": "Ik kom wel, alleen mijn gast niet. Rond kwart voor twee sta ik bij de ingang." + IPHONE},
    {"id": "d38-rsvp-19", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Pieter-Jan Wouters <pj.wouters@kempenveld.nl>",
     "body": "Dear secretariat,\n\nThanks for the invitation. I'd be delighted to join on 11 March, in person "
             "rather than online.\n\nKind regards,\nPieter-Jan Wouters\nDirector, Werkorganisatie Kempenveld"},
    {"id": "d38-rsvp-20", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-en", "sender": "Naomi Fernandes <n.fernandes@vechtplassen.nl>",
     "body": "Unfortunately I can't make it on the 11th, I'll be abroad on a twinning visit with our mayor. "
             "Hope to be there next time.\n\nNaomi" + OUTLOOK_IOS},
    {"id": "d38-rsvp-21", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Koen Lammers <k.lammers@werkorganisatie-veldhoeve.nl>",
     "body": "Anja, zet maar in mijn agenda en laat ze weten dat ik kom. Ik rij zelf.\n\nKoen"},
    {"id": "d38-rsvp-22", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Secretariaat directie <secretariaatdirectie@werkorganisatie-dijkland.nl>",
     "body": "Geacht secretariaat,\n\nNamens mevrouw Kuipers laat ik u weten dat zij op 11 maart verhinderd is. "
             "In haar plaats komt de heer Remco Dijkstra, concernmanager (r.dijkstra@werkorganisatie-dijkland.nl)."
             "\n\nMet vriendelijke groet,\nPetra Zwart\nmanagementondersteuning directie"},
    {"id": "d38-rsvp-23", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "apple", "sender": "Jeroen Staal <j.staal@drechtoever.nl>",
     "body": "Ik had eerder afgezegd, maar de collegevergadering is verzet naar woensdag. Dus toch: ja, ik ben er."
             + IPHONE},
    {"id": "d38-rsvp-24", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Marga Loonstra <M.Loonstra@hunzevenen.nl>",
     "body": "Ik kom, maar pas rond half vier. Ik schuif aan na mijn overleg met de provincie in Assen.\n\n"
             "Marga Loonstra"},
    {"id": "d38-rsvp-25", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "Tom Heijmans <t.heijmans@peelrand.nl>",
     "body": "Ik had per ongeluk op 'Weigeren' geklikt in Outlook, dat moest 'Accepteren' zijn. Ik kom graag!\n\n"
             "Tom"},
    {"id": "d38-rsvp-26", "kind": "rsvp", "attending": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "groupwise", "sender": "G. MULDER <G.MULDER@ZUIDWOLD.NL>",
     "body": "GEEN TIJD DIE DAG, VOLGENDE KEER GRAAG. MVG G. MULDER"},
    {"id": "d38-rsvp-27", "kind": "rsvp", "attending": True, "thread": I,
     "sender": "Tjeerd Bakker <t.bakker@werkorganisatie-noordwaarden.nl>",
     "body": "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, "
             "vermeld dan met hoeveel\n> personen u komt.\n\nJa, met 1 persoon: Anouk Verschuren, "
             "programmamanager.\n\n> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar "
             "naam en e-mailadres.\n\nN.v.t.\n\nGr, Tjeerd"},
    {"id": "d38-rsvp-28", "kind": "rsvp", "attending": True, "thread": None,
     "subject": "Aanmelding atelier 11 maart", "sender": "Lieke Hofstede <l.hofstede@zuidwold.nl>",
     "body": "Naam: drs. L.M. (Lieke) Hofstede\nOrganisatie: Werkorganisatie Zuidwold\n"
             "Functie: gemeentesecretaris / algemeen directeur\nDeelname atelier 11 maart: ja, op locatie\n"
             "Dieetwensen: geen"},
    {"id": "d38-rsvp-29", "kind": "rsvp", "attending": False, "thread": None,
     "subject": "11/3", "sender": "Jorrit Dijkhuis <jorrit.dijkhuis@eemsduin.nl>",
     "body": "hoi, 11 maart zit ik met het gezin in Oostenrijk dus het atelier moet ik laten schieten. "
             "volgende keer beter!\n\ngroet jorrit"},
    {"id": "d38-rsvp-30", "kind": "rsvp", "attending": False, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]", "sender": "Wim Bosschaart <w.bosschaart@maasdal-oost.nl>",
     "body": "Helaas niet, ik heb dan de regionale bestuurdersdag.\n\nGroet, Wim" + GALAXY},
    {"id": "d38-rsvp-31", "kind": "rsvp", "attending": True, "thread": I,
     "subject": "RE: Uitnodiging Leer- en inspireer-atelier 14 oktober 2026: De raad aan zet [atelier:2026-2]",
     "sender": "Annelies Rutgers <a.rutgers@lindestroom.nl>",
     "body": "Ik gebruik maar even deze oude mail, de nieuwe uitnodiging is bij mij in de spam beland. Voor het "
             "atelier van 11 maart meld ik me graag aan.\n\nVriendelijke groet,\nAnnelies Rutgers"},
    {"id": "d38-rsvp-32", "kind": "rsvp", "attending": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Patricia Nijenhuis <p.nijenhuis@veldhoeve.nl>",
     "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                "eigenheid [atelier:2027-1]", "headers": {"Auto-Submitted": "auto-generated"},
     "body": "Patricia Nijenhuis heeft deze vergadering geaccepteerd."},

    # -- Leaving the network: under the welcome, the invitation, the call, the follow-up, old threads ------------
    {"id": "d38-unsubscribe-01", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Kees Hoogendoorn <k.hoogendoorn@maasdonk-oost.nl>",
     "body": "Beste Stan,\n\nDit lidmaatschap is blijkbaar via mijn secretariaat geregeld, terwijl ik over een half "
             "jaar met pensioen ga. Voor mij heeft het weinig zin meer; schrijf me alsjeblieft weer uit.\n\n"
             "Met groet,\nKees Hoogendoorn"},
    {"id": "d38-unsubscribe-02", "kind": "unsubscribe", "erase": False, "thread": W, "quoted": "welkom",
     "quote": "gmail", "sender": "Olivia Brandsma <o.brandsma@zeeveld.nl>",
     "body": "Thanks, but on second thought I'd rather not be a member. Please take me off the list again.\n\n"
             "Olivia"},
    {"id": "d38-unsubscribe-03", "kind": "unsubscribe", "erase": False, "thread": W,
     "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties", "quoted": "welkom",
     "quote": "outlook-lijn", "sender": "Gerard Lubbers <g.lubbers@hunzevenen.nl>",
     "body": "Beste secretariaat,\n\nRuim een jaar na dit welkom neem ik afscheid: per 1 april ga ik met vervroegd "
             "pensioen. Mijn taken gaan naar Yvonne Mulder (y.mulder@hunzevenen.nl), die ook mijn plek in het "
             "netwerk overneemt.\n\nHet ga jullie goed,\nGerard Lubbers" + DISCLAIMER},
    {"id": "d38-unsubscribe-04", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "notes", "sender": "Diederik Schoemaker <D.Schoemaker@werkorganisatie-zeeveld.nl>",
     "body": "Ik kom niet naar het atelier, en ik wil verder ook geen berichten meer van het netwerk: sinds 1 "
             "februari ben ik geen directeur meer maar zit ik bij de provincie.\n\nD. Schoemaker"},
    {"id": "d38-unsubscribe-05", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-nl", "sender": "Carla Wijers <c.wijers@noordwaarden.nl>",
     "body": "Geacht secretariaat,\n\nOp 11 maart ben ik niet aanwezig. Sterker nog: ik verzoek u mij uit uw "
             "bestand te verwijderen en al mijn persoonsgegevens te wissen, op grond van artikel 17 AVG. Graag "
             "ontvang ik daarvan een bevestiging.\n\nMet vriendelijke groet,\nC. Wijers"},
    {"id": "d38-unsubscribe-06", "kind": "unsubscribe", "erase": False, "thread": R, "quoted": "herinnering_atelier",
     "quote": "apple", "sender": "Frank Oldenkamp <f.oldenkamp@hunzevenen.nl>",
     "body": "Ik ben er donderdag niet bij, en bij volgende ateliers ook niet meer: per 1 maart vertrek ik naar "
             "het Rijk. Mijn opvolger Joost Terpstra (j.terpstra@hunzevenen.nl) neemt het stokje over, ook in dit "
             "netwerk." + IPHONE},
    {"id": "d38-unsubscribe-07", "kind": "unsubscribe", "erase": True, "thread": R, "quoted": "herinnering_atelier",
     "quote": "gmail", "sender": "Ingrid Sterk <ingrid.sterk@eemsduin.nl>",
     "body": "Ik kom niet. En ik wil dat u mijn naam, functie en mailadres uit uw administratie wist, ik heb daar "
             "nooit toestemming voor gegeven. Beschouw dit als verzoek op grond van de AVG."},
    {"id": "d38-unsubscribe-08", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-lijn", "sender": "Mark Tuinstra <m.tuinstra@werkorganisatie-dijkland.nl>",
     "body": "Thema's heb ik niet meer. Ik wil eigenlijk uit het netwerk: onze organisatie is per 1 januari "
             "opgegaan in een herindeling, dus ik ben geen directeur van een ambtelijke fusie meer.\n\nMark"},
    {"id": "d38-unsubscribe-09", "kind": "unsubscribe", "erase": False, "thread": T,
     "sender": "Bernadette Kooistra <b.kooistra@zuidwold.nl>",
     "body": "> Welk vraagstuk rond de\n> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met "
             "collega's bespreken?\n\nGeen. Ik ben vanaf februari weg bij de werkorganisatie, dus schrap me maar "
             "als lid.\n\nB. Kooistra"},
    {"id": "d38-unsubscribe-10", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "vervolg_atelier",
     "quote": "gmail", "sender": "Hugo Prins <hugo.prins@peelrand.nl>",
     "body": "Dank voor het verslag, mooi gedaan. Dit was mijn laatste atelier: ik trek me terug uit het netwerk. "
             "Succes allemaal!\n\nHugo"},
    {"id": "d38-unsubscribe-11", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "vervolg_atelier",
     "quote": "notes", "sender": "Josien Harmsen <J.Harmsen@kempenveld.nl>",
     "body": "Het was een waardevolle middag, maar ik ga het netwerk verlaten. Wilt u daarbij ook mijn gegevens "
             "verwijderen, conform de AVG?\n\nJosien Harmsen"},
    {"id": "d38-unsubscribe-12", "kind": "unsubscribe", "erase": False, "thread": T, "quoted": "bedankt_suggestie",
     "quote": "groupwise", "sender": "Ad van Opstal <a.vanopstal@maasdonk-oost.nl>",
     "body": "Ik zie dat u mijn suggestie genoteerd hebt, dank. Inmiddels ben ik echter vertrokken bij de "
             "werkorganisatie. U kunt mij uitschrijven.\n\nA. van Opstal"},
    {"id": "d38-unsubscribe-13", "kind": "unsubscribe", "erase": True, "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Ik heb mij niet aangemeld en wil niet dat mijn adres ergens bij u bewaard blijft. Verwijder het per "
             "direct, met een beroep op de AVG.\n\nM. de Vries"},
    {"id": "d38-unsubscribe-14", "kind": "unsubscribe", "erase": True, "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-nl", "sender": "Rob Tiemersma <r.tiemersma@werkorganisatie-vechtplassen.nl>",
     "subject": "RE: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Beste mensen,\n\nVorig jaar ben ik afgemeld, toch kreeg ik deze week weer een uitnodiging. Ik wil nu "
             "dat al mijn gegevens uit uw systemen worden verwijderd. Dat is mijn recht onder de AVG.\n\n"
             "Rob Tiemersma"},
    {"id": "d38-unsubscribe-15", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Michiel Aerts <m.aerts@drechtoever.nl>",
     "body": "Anja, het atelier sla ik over. En meld me eigenlijk ook maar helemaal af bij dit netwerk, ik kom er "
             "toch nooit aan toe.\n\nM."},
    {"id": "d38-unsubscribe-16", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "outlook-nl", "sender": "Harm Zijlstra <h.zijlstra@noordwaarden.nl>",
     "body": "Laat die wachtlijst maar. Ik wil eerlijk gezegd helemaal geen mails meer van dit netwerk, graag "
             "mijn lidmaatschap stopzetten.\n\nHarm Zijlstra"},
    {"id": "d38-unsubscribe-17", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "wijziging_atelier",
     "quote": "notes-wrote", "sender": "Yolanda Kuiper <Y.Kuiper@veldhoeve.nl>",
     "body": "Weer een wijziging. Ik merk dat ik er de tijd niet voor heb: haal mij maar uit het netwerk.\n\n"
             "Yolanda Kuiper"},
    {"id": "d38-unsubscribe-18", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "annulering_atelier",
     "quote": "apple", "sender": "Stefan Reijnders <s.reijnders@peelrand.nl>",
     "body": "Geeft niks. Maar reken voor de nieuwe datum niet op mij, ik zeg mijn lidmaatschap op." + IPHONE},
    {"id": "d38-unsubscribe-19", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "outlook-lijn", "sender": "mr. J.H.M. Verbruggen <j.verbruggen@werkorganisatie-lindestroom.nl>",
     "body": "Geacht secretariaat,\n\nMet ingang van 1 mei a.s. beëindig ik mijn lidmaatschap van het netwerk. "
             "Ook voor het atelier van 11 maart moet ik u derhalve teleurstellen.\n\nHoogachtend,\n\n"
             "mr. J.H.M. Verbruggen\nalgemeen directeur"},
    {"id": "d38-unsubscribe-20", "kind": "unsubscribe", "erase": False, "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "gmail", "sender": "Daan Verhoef <daan.verhoef@zeeveld.nl>",
     "body": "Sorry, not coming. And honestly it's too much mail for me – please unsubscribe me from the network "
             "altogether.\n\nDaan"},
    {"id": "d38-unsubscribe-21", "kind": "unsubscribe", "erase": False, "thread": None, "subject": "Uitschrijven",
     "sender": "Anneke Wolters <a.wolters@maasdal-oost.nl>",
     "body": "Graag mijn adres van jullie verzendlijst halen, ik ben geen lid meer van het MT. Dank!\n\nAnneke"},
    {"id": "d38-unsubscribe-22", "kind": "unsubscribe", "erase": True, "thread": None,
     "subject": "GDPR request - erasure of personal data", "sender": "Liam de Jong <l.dejong@vechtplassen.nl>",
     "body": "Dear Sir or Madam,\n\nUnder Article 17 GDPR I request the erasure of all personal data you hold "
             "about me, and the end of my membership of your network. Please confirm within one month.\n\n"
             "Regards,\nLiam de Jong"},
    {"id": "d38-unsubscribe-23", "kind": "unsubscribe", "erase": False, "thread": C,
     "quoted": "herinnering_aanmelding", "quote": "outlook-en",
     "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
     "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Ik ben inmiddels al lid en wil er juist vanaf. Meld me alstublieft af.\n\nMarieke"},

    {"id": "d38-unsubscribe-24", "kind": "unsubscribe", "erase": True, "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Gerda Nauta <g.nauta@werkorganisatie-kempenveld.nl>",
     "body": "Beste Melanie,\n\nNog één onderwerp van mijn kant, voor de telling: de positie van onze "
             "werkorganisatie in de regio. Daarna houdt het op: ik vertrek per 1 februari en verzoek u mijn "
             "gegevens dan uit al uw bestanden te verwijderen (AVG).\n\nGroet,\nGerda Nauta"},
    {"id": "d38-unsubscribe-25", "kind": "unsubscribe", "erase": True, "thread": W, "quoted": "welkom",
     "quote": "outlook-en", "sender": "Cor Roeleveld <c.roeleveld@maasdal-oost.nl>",
     "body": "Ik heb me vorige week aangemeld, maar bij nader inzien zie ik af van het lidmaatschap. Wilt u mijn "
             "naam en e-mailadres ook uit uw administratie wissen? Ik wil niet dat er gegevens van mij bewaard "
             "blijven.\n\nC. Roeleveld"},
    {"id": "d38-unsubscribe-26", "kind": "unsubscribe", "erase": True, "thread": I, "quoted": "bevestiging_rsvp",
     "quote": "notes-wrote", "sender": "Lidewij Dorrestein <L.Dorrestein@zuidwold.nl>",
     "body": "Die wachtlijstplek hoeft niet meer. Ik ben per 1 maart weg bij Zuidwold; verwijder mij als lid en "
             "wis mijn persoonsgegevens, met een beroep op artikel 17 van de AVG.\n\nL. Dorrestein"},

    # -- Joining: under forwarded invitations and calls, under the goodbye, as new mails -------------------------
    {"id": "d38-subscribe-01", "kind": "subscribe", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Niels Hartman <n.hartman@werkorganisatie-veldhoeve.nl>",
     "subject": "RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                "[atelier:2027-1]",
     "body": "Goedemiddag,\n\nAnja stuurde mij deze uitnodiging door. Ik ben sinds kort directeur van "
             "Werkorganisatie Veldhoeve en wil graag zelf lid worden van het netwerk.\n\nMet vriendelijke groet,\n"
             "Niels Hartman"},
    {"id": "d38-subscribe-02", "kind": "subscribe", "thread": I, "quoted": "uitnodiging_atelier",
     "quote": "doorgestuurd", "sender": "Renate Oude Luttikhuis <r.oudeluttikhuis@kempenveld.nl>",
     "body": "Ik ben per 1 februari de nieuwe directeur hier en ken het netwerk nog niet, maar het klinkt als iets "
             "voor mij. Bij dezen meld ik me aan als lid.\n\nRenate Oude Luttikhuis\nalgemeen directeur "
             "Werkorganisatie Kempenveld" + DISCLAIMER},
    {"id": "d38-subscribe-03", "kind": "subscribe", "thread": T, "quoted": "oproep_themas",
     "quote": "outlook-nl", "sender": "Joris Meijerink <j.meijerink@hunzevenen.nl>",
     "body": "Hallo,\n\nDeze oproep kreeg ik doorgestuurd van mijn voorganger. Ik zou zelf ook graag als lid op de "
             "lijst komen, op dit adres.\n\nJoris Meijerink\ndirecteur Werkorganisatie Hunzevenen"},
    {"id": "d38-subscribe-04", "kind": "subscribe", "thread": T, "quoted": "vervolg_atelier",
     "quote": "doorgestuurd", "sender": "Charlotte Visscher <c.visscher@noordwaarden.nl>",
     "body": "Via mijn collega-directeur kreeg ik dit verslag te zien. Interessant! Ik wil graag ook aansluiten bij "
             "jullie netwerk.\n\nCharlotte Visscher"},
    {"id": "d38-subscribe-05", "kind": "subscribe", "thread": I, "quoted": "annulering_atelier",
     "quote": "doorgestuurd", "sender": "Erik Dolfing <e.dolfing@eemsduin.nl>",
     "body": "Jammer dat het niet doorgaat. Ik wil me wel aanmelden als lid, dan hoor ik de nieuwe datum ook "
             "rechtstreeks.\n\nErik Dolfing, directeur"},
    {"id": "d38-subscribe-06", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "gmail", "sender": "Sanne Westra <s.westra@zeeveld.nl>",
     "body": "Oeps, dat was niet de bedoeling. Lid blijven graag!\n\nSanne"},
    {"id": "d38-subscribe-07", "kind": "subscribe", "thread": G, "quoted": "afmelding_bevestigd",
     "quote": "outlook-lijn", "sender": "Thijs van Dongen <t.vandongen@peelrand.nl>",
     "subject": "RE: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
     "body": "Beste Stan, beste Melanie,\n\nVorig jaar heb ik me afgemeld toen ik van baan wisselde. Inmiddels ben "
             "ik directeur bij Werkorganisatie Peelrand, en dan wil ik graag weer meedoen.\n\nHartelijke groet,\n"
             "Thijs van Dongen"},
    {"id": "d38-subscribe-08", "kind": "subscribe", "thread": None, "subject": "Joining the network",
     "sender": "Emma Hendriksen <e.hendriksen@vechtplassen.nl>",
     "body": "Hi,\n\nI'm the new managing director of Werkorganisatie Vechtplassen, the shared service of three "
             "municipalities. Could you add me to the network? Thanks!\n\nEmma Hendriksen"},
    {"id": "d38-subscribe-09", "kind": "subscribe", "thread": None, "subject": "Aanmeldformulier netwerk",
     "sender": "Ilse van Rijswijk <i.vanrijswijk@drechtoever.nl>",
     "body": "Naam: Ilse van Rijswijk\nFunctie: algemeen directeur\nOrganisatie: Werkorganisatie Drechtoever\n"
             "E-mail: i.vanrijswijk@drechtoever.nl\nLid worden: ja"},
    {"id": "d38-subscribe-10", "kind": "subscribe", "thread": None, "subject": "aanmelden",
     "sender": "B. Koster <b.koster@eemsduin.nl>",
     "body": "aanmelden graag\n\n--\nB. Koster\ndirecteur Werkorganisatie Eemsduin"},
    {"id": "d38-subscribe-11", "kind": "subscribe", "thread": None, "subject": "Lidmaatschap",
     "sender": "drs. W.F. Scheepstra <w.scheepstra@maasdonk-oost.nl>",
     "body": "Geachte heer Van de Laar,\n\nVan een collega vernam ik het bestaan van uw netwerk. Gaarne meld ik mij "
             "aan als lid.\n\nHoogachtend,\n\ndrs. W.F. Scheepstra\ndirecteur Ambtelijke Organisatie Maasdonk-Oost"},
    {"id": "d38-subscribe-12", "kind": "subscribe", "thread": W, "quoted": "welkom", "quote": "doorgestuurd",
     "sender": "Lars Bouwman <l.bouwman@zuidwold.nl>",
     "body": "Mijn collega kreeg dit welkom; ik ben de tweede directeur van onze werkorganisatie en wil ook graag "
             "lid worden.\n\nLars Bouwman" + OUTLOOK_IOS},

    # -- Confirming: minimal answers, a new mail with the reference, the reminder -------------------------------
    {"id": "d38-confirm-01", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "gmail",
     "sender": "Marieke de Vries <m.devries@bbr.nl>", "body": "ok"},
    {"id": "d38-confirm-02", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Marieke de Vries <m.devries@bbr.nl>", "body": "doe maar"},
    {"id": "d38-confirm-03", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "apple",
     "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Ja graag, excuus voor de late reactie." + IPHONE},
    {"id": "d38-confirm-04", "kind": "confirm", "thread": C, "quoted": "herinnering_aanmelding", "quote": "notes",
     "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Ik dacht dat ik dit al gedaan had. Bij deze dan alsnog: akkoord."},
    {"id": "d38-confirm-05", "kind": "confirm", "thread": None, "subject": "Bevestiging [ref:AF-9PLM2-QW4RT-8XYZ3]",
     "sender": "Roel Aukema <r.aukema@hunzevenen.nl>",
     "body": "Hierbij bevestig ik mijn aanmelding.\n\nmvg Roel"},
    {"id": "d38-confirm-06", "kind": "confirm", "thread": None, "subject": "AF-3HJ7K-LM9NP-2QRS6",
     "sender": "Nicole Smit <n.smit@werkorganisatie-dijkland.nl>", "body": "Bevestigd."},
    {"id": "d38-confirm-07", "kind": "confirm", "thread": None, "subject": "Aanmelding bevestigen",
     "sender": "Gijs Evers <g.evers@peelrand.nl>",
     "body": "Goedemiddag,\n\nMijn mailprogramma laat me niet op uw bericht antwoorden, daarom zo: ik bevestig mijn "
             "aanmelding met referentie AF-6TNB4-KD8WE-1ZXC5.\n\nGijs Evers"},
    {"id": "d38-confirm-08", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Dorien Smeets <d.smeets@maasdal-oost.nl>",
     "body": "\n\nMet vriendelijke groet,\n\nDorien Smeets\nalgemeen directeur\nWerkorganisatie Maasdal-Oost\n"
             "T 043 - 555 12 34" + DISCLAIMER},
    {"id": "d38-confirm-09", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "groupwise", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Klopt, dat ben ik. Graag lid."},
    {"id": "d38-confirm-10", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-en", "sender": "Marieke de Vries <m.devries@bbr.nl>", "body": "Confirmed, thanks."},
    {"id": "d38-confirm-11", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "doorgestuurd", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Ja, dat klopt, Anja heeft mij aangemeld. Akkoord wat mij betreft.\n\nMarieke"},
    {"id": "d38-confirm-12", "kind": "confirm", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "outlook-nl", "sender": "Marieke de Vries <m.devries@bbr.nl>", "body": "👍" + GALAXY},
    {"id": "d38-confirm-13", "kind": "confirm", "thread": None,
     "subject": "Re: Bevestig uw aanmelding AF-4WQ8Z-RT6YU-9PLK2", "sender": "Marco Veenstra <m.veenstra@zuidwold.nl>",
     "body": "Ja, ik wil lid worden.\n\nMarco Veenstra\ndirecteur\n\nVerzonden vanaf mijn Android-telefoon"},

    # -- Topics: under the reminder, the invitation, the welcome, the cancellation, old threads ------------------
    {"id": "d38-suggestion-01", "kind": "suggestion", "themes": ["dienstverlening"], "thread": R,
     "quoted": "herinnering_atelier", "quote": "outlook-nl", "sender": "Anouk Pronk <a.pronk@veldhoeve.nl>",
     "body": "Alvast een idee voor een volgend atelier: hoe meet je of inwoners na de fusie echt sneller en beter "
             "geholpen worden aan de balie en aan de telefoon? Wij hebben daar nog geen bruikbare indicatoren "
             "voor.\n\nAnouk Pronk"},
    {"id": "d38-suggestion-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": R,
     "quoted": "herinnering_atelier", "quote": "apple", "sender": "Klaas Venema <k.venema@hunzevenen.nl>",
     "body": "Voor de keer daarna: hoe ga je om met een gemeente die hardop overweegt uit de samenwerking te "
             "stappen?" + IPHONE},
    {"id": "d38-suggestion-03", "kind": "suggestion", "themes": ["strategie", "dienstverlening"], "thread": R,
     "quoted": "herinnering_atelier", "quote": "notes-wrote", "sender": "Truus Bosma <T.Bosma@noordwaarden.nl>",
     "body": "Twee onderwerpen voor de lijst van een volgend atelier:\n1. De inhoudelijke agenda van de "
             "werkorganisatie voor de komende vier jaar\n2. Eén ondernemersloket: hoe verbeter je de "
             "dienstverlening aan ondernemers\n\nT. Bosma"},
    {"id": "d38-suggestion-04", "kind": "suggestion", "themes": ["organisatie"], "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "gmail", "sender": "Dennis Wolff <d.wolff@kempenveld.nl>",
     "body": "Over de datum moet ik nog even puzzelen, daar kom ik op terug. Wel alvast een suggestie voor een "
             "volgende keer: de inzet van AI en data in de backoffice. Wie heeft daar al ervaring mee?\n\nDennis"},
    {"id": "d38-suggestion-05", "kind": "suggestion", "themes": ["dienstverlening"], "thread": I,
     "quoted": "uitnodiging_atelier", "quote": "outlook-en", "sender": "Priya Ramdin <p.ramdin@drechtoever.nl>",
     "body": "Not sure yet whether I can attend, but a topic for the list: how do we keep our online services "
             "accessible for residents with low digital literacy?\n\nBest,\nPriya"},
    {"id": "d38-suggestion-06", "kind": "suggestion", "themes": ["dienstverlening"], "thread": I,
     "quoted": "uitnodiging_vervanger", "quote": "outlook-lijn", "sender": "Hester Lenting <h.lenting@eemsduin.nl>",
     "body": "Dank voor de uitnodiging. Graag geef ik via deze weg een onderwerp mee voor een volgend atelier: hoe "
             "blijf je dichtbij de inwoner in de kleine kernen als het gemeentehuis daar dichtgaat?\n\n"
             "Hester Lenting"},
    {"id": "d38-suggestion-07", "kind": "suggestion", "themes": ["organisatie"], "thread": I,
     "quoted": "annulering_atelier", "quote": "outlook-en", "sender": "Wouter Kroes <w.kroes@maasdonk-oost.nl>",
     "body": "Jammer! Als er een nieuwe datum komt, zou ik graag financiën agenderen: de druk op de begroting van de "
             "werkorganisatie door de opschalingskorting en hoe je daarmee omgaat.\n\nWouter"},
    {"id": "d38-suggestion-08", "kind": "suggestion", "themes": ["strategie"], "thread": W, "quoted": "welkom",
     "quote": "notes", "sender": "Marjolein Groeneveld <M.Groeneveld@zeeveld.nl>",
     "body": "U vroeg of ik al een onderwerp heb: jazeker. Hoe ontwikkel je als werkorganisatie een "
             "langetermijnvisie die verder reikt dan één collegeperiode?\n\nMarjolein Groeneveld"},
    {"id": "d38-suggestion-09", "kind": "suggestion", "themes": ["dienstverlening"], "thread": W,
     "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties", "quoted": "welkom",
     "quote": "outlook-nl", "sender": "Bram Hoekstra <b.hoekstra@lindestroom.nl>",
     "body": "Dit welkom kreeg ik vorig voorjaar, ik reageer er nu pas op met een onderwerp: het monitoren van "
             "onze prestaties. Welke dashboards over doorlooptijden en klanttevredenheid werken bij anderen?\n\n"
             "Bram Hoekstra" + DISCLAIMER},
    {"id": "d38-suggestion-10", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "sender": "Rianne Kok <r.kok@werkorganisatie-vechtplassen.nl>",
     "body": "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;"
             "\n\nNiets.\n\n> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen "
             "en ambities, positie in de regio;\n\nNiets specifieks.\n\n> - Organisatie: organisatiestructuur, "
             "sturingsconcept, formatie en innovatie, digitalisering, werkprocessen, financiën, I&A;\n\nHybride "
             "werken en huisvesting: we hebben drie gemeentehuizen en steeds minder mensen op kantoor. Hoe kies "
             "je?\n\n> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, "
             "monitoring van prestaties.\n\nIdem, niets.\n\nRianne"},
    {"id": "d38-suggestion-11", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "vervolg_atelier", "quote": "outlook-lijn", "sender": "Paul Hesselink <p.hesselink@kempenveld.nl>",
     "body": "Voor het volgende atelier: de rol van de werkorganisatie in de regionale woondeal, en hoe wij ons als "
             "fusie positioneren richting provincie en buurregio's.\n\nPaul"},
    {"id": "d38-suggestion-12", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "bedankt_suggestie", "quote": "gmail", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Nog een aanvulling: krapte op de arbeidsmarkt en onze formatie. Hoe houd je vacatures vervuld zonder "
             "dat de personeelsbegroting ontspoort?"},
    {"id": "d38-suggestion-13", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Henk-Jan Dekker <hj.dekker@peelrand.nl>",
     "body": "Beste Stan,\n\nSamenwerking hebben we de vorige keer volgens mij wel uitgeput. Ik zou dit keer willen "
             "praten over sturing: werkt het sturingsconcept met opdrachtgeverschap en opdrachtnemerschap in de "
             "praktijk, of is het vooral papier?\n\nGroet,\nHenk-Jan"},
    {"id": "d38-suggestion-14", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "gmail", "sender": "Sophie Lindeman <s.lindeman@noordwaarden.nl>",
     "body": "Topic: the long-term vision of a shared service organisation when one partner municipality is "
             "considering a merger with a neighbour. And how that affects the relationship between the partner "
             "municipalities.\n\nSophie"},
    {"id": "d38-suggestion-15", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "groupwise", "sender": "jan willem ros <jw.ros@zuidwold.nl>",
     "body": "onderwerp: werkprocessen harmoniseren na de fusie, wij werken na 4 jaar nog steeds met 3 "
             "verschillende zaaksystemen\n\njw"},
    {"id": "d38-suggestion-16", "kind": "suggestion", "themes": ["strategie", "organisatie", "dienstverlening"],
     "thread": T, "quoted": "oproep_themas", "quote": "notes",
     "sender": "Lucas Timmer <L.Timmer@werkorganisatie-dijkland.nl>",
     "body": "Mijn drie punten:\n1) bestuurlijke prioriteiten stellen als elk college zijn eigen wensenlijst heeft\n"
             "2) één applicatielandschap voor de hele werkorganisatie (I&A)\n3) monitoring van de prestaties van "
             "het klantcontactcentrum\n\nLucas Timmer"},
    {"id": "d38-suggestion-17", "kind": "suggestion", "themes": ["organisatie"], "thread": T,
     "quoted": "oproep_themas", "quote": "apple", "sender": "Annemarie Valk <a.valk@eemsduin.nl>",
     "body": "Niet zozeer dienstverlening, dat loopt bij ons prima. Wel: hoe organiseer je innovatie in een "
             "organisatie die vooral bezig is met de waan van de dag?" + IPHONE},
    {"id": "d38-suggestion-18", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
     "subject": "Onderwerp voor het atelier", "sender": "Gerben Faber <g.faber@hunzevenen.nl>",
     "body": "Dag secretariaat,\n\nAls onderwerp voor 11 maart zou ik willen voorstellen: hoe betrek je inwoners en "
             "instellingen bij het verbeteren van onze dienstverlening, bijvoorbeeld met klantreizen?\n\n"
             "Gerben Faber"},
    {"id": "d38-suggestion-19", "kind": "suggestion", "themes": ["samenwerking"], "thread": T,
     "quoted": "oproep_themas", "quote": "outlook-en", "sender": "Jacqueline Mos <j.mos@maasdal-oost.nl>",
     "body": "Hoe houd je drie colleges op één lijn als hun ambities steeds verder uit elkaar gaan lopen? Dat lijkt "
             "me een mooie vraag voor de middag.\n\nJacqueline Mos\ndirecteur"},
    {"id": "d38-suggestion-20", "kind": "suggestion", "themes": ["organisatie"], "thread": W, "quoted": "welkom",
     "quote": "gmail", "sender": "Tim Oostveen <t.oostveen@veldhoeve.nl>",
     "body": "Dank! Meteen een onderwerp dan: informatiebeveiliging en de BIO in een organisatie die voor vier "
             "gemeenten werkt. Hoe richt je dat in?"},

    # -- Automatic replies, some of them looking like a request ------------------------------------------------
    {"id": "d38-autoreply-01", "kind": "autoreply", "thread": T, "quoted": "oproep_themas", "quote": "ongemarkeerd",
     "headers": AUTO, "sender": "Margriet Sloot <m.sloot@zeeveld.nl>",
     "body": "Dank voor uw e-mail. Ik ben tot en met 8 januari afwezig. Voor vragen over dienstverlening en "
             "organisatie kunt u terecht bij mijn collega Ed Boom, e.boom@zeeveld.nl."},
    {"id": "d38-autoreply-02", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                "samenwerking & eigenheid [atelier:2027-1]", "sender": "Harry Kamps <h.kamps@dijkland.nl>",
     "body": "Ik ben afwezig tot en met 5 maart. Uw bericht wordt niet doorgestuurd; ik lees het na terugkomst."},
    {"id": "d38-autoreply-03", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Niet meer in gebruik: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "postbus <secretaris@gemeente-oudvenen.nl>",
     "body": "Dit e-mailadres is per 1 januari 2027 niet meer in gebruik in verband met de ambtelijke fusie. Uw "
             "bericht is niet doorgestuurd. Stuur uw e-mail voortaan naar info@werkorganisatie-veenvaart.nl."},
    {"id": "d38-autoreply-04", "kind": "autoreply", "thread": T,
     "headers": {"Auto-Submitted": "auto-generated"},
     "subject": "Uw bericht is ontvangen (zaaknummer Z-2027-004512)",
     "sender": "Werkorganisatie Lindestroom <noreply@lindestroom.nl>",
     "body": "Geachte heer/mevrouw,\n\nWij hebben uw bericht ontvangen en geregistreerd onder zaaknummer "
             "Z-2027-004512. U ontvangt binnen vijf werkdagen een inhoudelijke reactie.\n\nDit is een automatisch "
             "gegenereerd bericht, u kunt hier niet op antwoorden."},
    {"id": "d38-autoreply-05", "kind": "autoreply", "thread": R, "headers": {"Precedence": "bulk"},
     "subject": "Out of Office: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
     "sender": "Oscar Bergsma <o.bergsma@vechtplassen.nl>",
     "body": "I am out of the office until Monday 15 March with limited access to email. For urgent matters "
             "please contact the management secretariat, 0320 - 28 55 00."},
    {"id": "d38-autoreply-06", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Arjan Kleine <a.kleine@lindestroom.nl>",
     "body": "Per 1 februari ben ik niet meer werkzaam bij Werkorganisatie Lindestroom. Mijn opvolger is Anton de "
             "Groot (a.degroot@lindestroom.nl). Deze mailbox wordt niet meer gelezen."},
    {"id": "d38-autoreply-07", "kind": "autoreply", "thread": W, "headers": {"Precedence": "auto_reply"},
     "subject": "Afwezig", "sender": "Petra van Beek <p.vanbeek@peelrand.nl>",
     "body": "Ik ben op vakantie tot en met 3 januari. Bij spoed kunt u bellen met 06 - 12 77 48 30."},
    {"id": "d38-autoreply-08", "kind": "autoreply", "thread": C, "quoted": "bevestiging_aanmelding",
     "quote": "ongemarkeerd", "headers": AUTO, "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Bedankt voor uw e-mail. Ik werk op dinsdag, woensdag en donderdag en beantwoord uw bericht dan zo "
             "snel mogelijk."},
    {"id": "d38-autoreply-09", "kind": "autoreply", "thread": T, "headers": {"X-Autoreply": "yes"},
     "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                "[atelier:2027-1]", "sender": "Joost Lagerwey <j.lagerwey@noordwaarden.nl>",
     "body": "Bedankt voor uw bericht / Thank you for your message.\n\nIk ben met ouderschapsverlof tot 1 april. "
             "I am on parental leave until 1 April. Uw mail wordt niet doorgestuurd."},
    {"id": "d38-autoreply-10", "kind": "autoreply", "thread": I, "headers": AUTO,
     "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
     "sender": "Secretariaat directie <secretariaat.directie@eemsduin.nl>",
     "body": "Dit is een automatisch bericht. Het secretariaat van de directie is op vrijdag gesloten. Wij nemen "
             "uw bericht maandag in behandeling.\n\nSecretariaat directie Werkorganisatie Eemsduin"},

    # -- For a person: an act with a question, requests about someone else, questions, pitches, bare thanks -----
    {"id": "d38-other-01", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Nathalie Bruins <n.bruins@maasdonk-oost.nl>",
     "body": "Ik kom graag. Mag ik een van mijn teammanagers meenemen, of is het atelier echt alleen voor "
             "directeuren?\n\nNathalie"},
    {"id": "d38-other-02", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "gmail",
     "sender": "Ferdinand Claassen <f.claassen@hunzevenen.nl>",
     "body": "Ik ben erbij. Kunt u trouwens mijn oud-collega Frits Aalbers van uw lijst halen? Hij is vorig jaar "
             "vertrokken en zijn mail komt nu bij mij terecht.\n\nFerdinand"},
    {"id": "d38-other-03", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
     "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Ja, bevestigd. Ontvangt mijn managementassistent de uitnodigingen ook, of moet ik die zelf "
             "doorsturen?\n\nMarieke"},
    {"id": "d38-other-04", "kind": "other", "thread": C, "quoted": "bevestiging_aanmelding", "quote": "apple",
     "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Wat houdt dit lidmaatschap precies in? Moet ik namens de werkorganisatie ergens voor tekenen?"
             + IPHONE},
    {"id": "d38-other-05", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
     "sender": "Jasper Haverkamp <j.haverkamp@zeeveld.nl>",
     "body": "Ik kan helaas niet. Komt er een opname of een verslag van de middag, en hoe kom ik daar dan aan?\n\n"
             "Jasper"},
    {"id": "d38-other-06", "kind": "other", "thread": W, "quoted": "welkom", "quote": "outlook-nl",
     "sender": "Joke Bakker <joke.bakker@gmail.com>",
     "body": "Goedemorgen,\n\nWilt u de berichten voortaan naar mijn werkadres sturen, "
             "j.bakker@werkorganisatie-lindestroom.nl? Dit privéadres lees ik zelden.\n\nJoke Bakker"},
    {"id": "d38-other-07", "kind": "other", "thread": W, "quoted": "welkom", "quote": "doorgestuurd",
     "sender": "Secretariaat Directie <secretariaat@drechtoever.nl>",
     "body": "Kunt u ook onze directeur bedrijfsvoering, Mark Ouwehand (m.ouwehand@drechtoever.nl), aanmelden? "
             "Hij heeft er veel belangstelling voor.\n\nGroet, Anja"},
    {"id": "d38-other-08", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Secretariaat <secretariaat@werkorganisatie-zeeveld.nl>",
     "body": "Geachte heer, mevrouw,\n\nMevrouw Dekker is sinds 1 januari niet meer in dienst bij onze organisatie. "
             "Een opvolger is nog niet benoemd.\n\nMet vriendelijke groet,\nSecretariaat Werkorganisatie Zeeveld"},
    {"id": "d38-other-09", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "outlook-en",
     "sender": "Rick Zonneveld <rick@procesvernieuwers.nl>",
     "body": "Beste secretariaat,\n\nWij zijn een adviesbureau gespecialiseerd in de digitalisering van "
             "werkprocessen bij ambtelijke fusies. Graag verzorgen wij tijdens het atelier een inspirerende "
             "presentatie over onze aanpak, uiteraard kosteloos.\n\nMet vriendelijke groet,\nRick Zonneveld\n"
             "ProcesVernieuwers B.V."},
    {"id": "d38-other-10", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "notes",
     "sender": "Albert Nijland <A.Nijland@noordwaarden.nl>",
     "body": "Onderwerpen heb ik niet direct, maar ik stel mij graag beschikbaar voor de Adviesraad. Ik heb tien "
             "jaar ervaring als directeur van een ambtelijke fusie.\n\nA. Nijland"},
    {"id": "d38-other-11", "kind": "other", "thread": T, "quoted": "oproep_themas", "quote": "gmail",
     "sender": "Hanneke Vos <h.vos@zuidwold.nl>",
     "body": "Wij willen het atelier graag een keer bij ons in Zuidwold ontvangen. Kan dat, en bij wie moet ik "
             "daarvoor zijn?"},
    {"id": "d38-other-12", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "outlook-nl",
     "sender": "Vincent Broekhuis <v.broekhuis@kempenveld.nl>",
     "body": "Wanneer wordt de nieuwe datum bekend? Ik wil die graag op tijd vrijhouden.\n\nVincent"},
    {"id": "d38-other-13", "kind": "other", "thread": I, "quoted": "annulering_atelier", "quote": "gmail",
     "sender": "Marleen Hofman <m.hofman@eemsduin.nl>", "body": "ok"},
    {"id": "d38-other-14", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "apple",
     "sender": "Erwin Smits <e.smits@werkorganisatie-vechtplassen.nl>", "body": "ok" + IPHONE},
    {"id": "d38-other-15", "kind": "other", "thread": G, "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
     "sender": "Monique Jansen <m.jansen@veldhoeve.nl>",
     "body": "Ik heb me helemaal niet afgemeld! Wie heeft dat gedaan, en hoe kan dit?\n\nMonique Jansen"},
    {"id": "d38-other-16", "kind": "other", "thread": I, "quoted": "bevestiging_rsvp", "quote": "outlook-lijn",
     "sender": "Dirk-Jan Kwakman <dj.kwakman@maasdal-oost.nl>",
     "body": "Dank. Als er voor mij geen plek komt, kan mijn collega-directeur Sander Brink dan in mijn plaats op de "
             "wachtlijst?\n\nDirk-Jan"},
    {"id": "d38-other-17", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "outlook-nl",
     "sender": "Roos Wieringa <r.wieringa@peelrand.nl>",
     "body": "Waarom staat er in de herinnering dat ik met 1 gast kom? Ik had me alleen voor mezelf aangemeld.\n\n"
             "Roos"},
    {"id": "d38-other-18", "kind": "other", "thread": R, "quoted": "herinnering_atelier", "quote": "groupwise",
     "sender": "Theo Luiten <t.luiten@dijkland.nl>",
     "body": "Is er parkeergelegenheid bij het Stadskantoor of kan ik beter met de trein komen?"},
    {"id": "d38-other-19", "kind": "other", "thread": T, "quoted": "vervolg_atelier", "quote": "outlook-nl",
     "sender": "Wilma Pieterse <w.pieterse@hunzevenen.nl>",
     "body": "De link naar het verslag geeft bij mij een foutmelding (404). Kunt u het als pdf sturen?\n\nWilma"},
    {"id": "d38-other-20", "kind": "other", "thread": T, "quoted": "bedankt_suggestie", "quote": "outlook-nl",
     "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "In uw bevestiging staat 'de relatie met de gemeenteraden', maar ik bedoelde de relatie met de colleges. "
             "Kunt u dat nog aanpassen?"},
    {"id": "d38-other-21", "kind": "other", "thread": I, "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
     "sender": "Kim Verbeek <k.verbeek@zeeveld.nl>",
     "body": "Ik ben gevraagd als vervanger, maar ik ben zelf geen directeur, ik ben concerncontroller. Is dat een "
             "probleem?\n\nKim Verbeek"},
    {"id": "d38-other-22", "kind": "other", "thread": I, "quoted": "wijziging_atelier", "quote": "gmail",
     "sender": "Bas Mulders <b.mulders@drechtoever.nl>",
     "body": "De bijlage opent niet in mijn agenda (ik gebruik Google Agenda). Kunt u de nieuwe gegevens los "
             "sturen?"},
    {"id": "d38-other-23", "kind": "other", "thread": I, "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
     "sender": "Esther Kamerling <redactie@gemeentenieuwsoost.nl>",
     "body": "Goedemiddag,\n\nIk ben verslaggever bij Gemeentenieuws Oost en schrijf over ambtelijke fusies. Zou ik "
             "het atelier van 11 maart als toehoorder mogen bijwonen?\n\nEsther Kamerling"},
    {"id": "d38-other-24", "kind": "other", "thread": None, "subject": "Vraag over het netwerk",
     "sender": "Willem Hiemstra <w.hiemstra@odnoordveld.nl>",
     "body": "Is het netwerk ook toegankelijk voor directeuren van een gemeenschappelijke regeling die geen ambtelijke "
             "fusie is, zoals een omgevingsdienst?\n\nWillem Hiemstra"},
    {"id": "d38-other-25", "kind": "other", "thread": W, "quoted": "welkom", "quote": "gmail",
     "sender": "Ronald Stam <r.stam@noordwaarden.nl>",
     "body": "Ik wil me afmelden, maar wordt mijn opvolger dan automatisch lid, of moet die zich zelf aanmelden? "
             "Ik weet nog niet wie het wordt."},
    {"id": "d38-other-26", "kind": "other", "thread": C,
     "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]", "quoted": "bevestiging_aanmelding",
     "quote": "outlook-lijn", "sender": "Marieke de Vries <m.devries@bbr.nl>",
     "body": "Een half jaar geleden kreeg ik dit bericht. Ik ben toen lid geworden, maar ik heb sindsdien niets meer "
             "van jullie gehoord. Klopt dat wel?\n\nMarieke de Vries"},
    {"id": "d38-other-27", "kind": "other", "thread": T, "quoted": "bedankt_suggestie", "quote": "apple",
     "sender": "Marieke de Vries <m.devries@bbr.nl>", "body": "Graag gedaan!" + IPHONE},
]
# fmt: on
