"""devset78: mail written by or through someone other than the director (issue 17).

Management assistants, directiesecretaresses, shared mailboxes ("secretariaat directie"), deputies, colleagues who
forward, HR reporting a departure, a director writing from a private address, and directors writing about their
assistant (copy the assistant on invitations, the assistant who signed them up). Written without looking at the
classifier or the other sets.

Conventions relied on (from the dataset brief):
- Joining, by the person themself: `subscribe`. A request to sign up one named colleague WITH that colleague's
  e-mail address: `subscribe` too (the colleague confirms by mail). Without the colleague's address, or several
  people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`. A denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: `other`.

Set-specific reading of those conventions:
- An assistant who forwards the director's own answer ("zie hieronder het antwoord van ...", the director's text
  below it): labelled by what the director wrote.
- An assistant writing "namens" the director from the director's own mailbox, or from the shared secretariat mailbox
  in reply to our mail, answering about attending: `rsvp`.
- Erasure asked for someone else (HR, an assistant): `other`. Asking us to copy an assistant: `other`.
- Substitutes answering our substitute's invitation: `rsvp` for themselves.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ subscribe
    {
        "id": "d78-sub-01",
        "kind": "subscribe",
        "sender": "Secretariaat Directie <secretariaat.directie@werkorganisatie-lvz.nl>",
        "subject": "Aanmelding netwerk directeuren",
        "body": """
Goedemorgen,

Namens onze algemeen directeur, de heer Joost Verbeek, wil ik hem graag aanmelden voor het Netwerk van directeuren
van ambtelijke fusieorganisaties. Zijn e-mailadres is j.verbeek@werkorganisatie-lvz.nl.

Alvast dank!

Met vriendelijke groet,

Secretariaat directie
Werkorganisatie LVZ
T 0345 - 63 12 00
""",
    },
    {
        "id": "d78-sub-02",
        "kind": "subscribe",
        "sender": "Yvonne Brink <y.brink@wo-gooioost.nl>",
        "subject": "aanmelding mw. Hofstede",
        "body": """
Hoi,

Mijn directeur Carla Hofstede heeft via een collega over jullie netwerk gehoord en wil graag lid worden. Kunnen
jullie haar aanmelden? Haar mailadres is c.hofstede@wo-gooioost.nl

Groetjes,
Yvonne Brink
Managementondersteuning directie | Werkorganisatie Gooi-Oost
""",
    },
    {
        "id": "d78-sub-03",
        "kind": "subscribe",
        "sender": "Frank Leenders <f.leenders@dommelvallei-samen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": """
Dank voor het hartelijke welkom.

Mijn plaatsvervanger, Ilse Vermeulen, wil ook graag aansluiten. Wilt u haar aanmelden? Haar adres is
i.vermeulen@dommelvallei-samen.nl. Ze weet ervan en kijkt uit naar uw bevestigingsmail.

Frank
""",
    },
    {
        "id": "d78-sub-04",
        "kind": "subscribe",
        "sender": "Anouk Terpstra <a.terpstra@werkorganisatie-nwf.nl>",
        "subject": "FW: netwerk directeuren",
        "body": """
Goedemiddag,

Zie hieronder het antwoord van de heer Dijkstra op mijn vraag of hij lid wil worden van uw netwerk.

Met vriendelijke groet,

Anouk Terpstra
Directiesecretaresse

Van: Hendrik Dijkstra <h.dijkstra@werkorganisatie-nwf.nl>
Verzonden: donderdag 14 januari 2027 17:02
Aan: Anouk Terpstra <a.terpstra@werkorganisatie-nwf.nl>
Onderwerp: RE: netwerk directeuren

Anouk, ja graag, meld mij maar aan. Klinkt als een nuttig netwerk.
Hendrik
""",
    },
    {
        "id": "d78-sub-05",
        "kind": "subscribe",
        "sender": "Marloes Veenstra <m.veenstra@sed-samen.nl>",
        "subject": "Nieuw lid?",
        "body": """
Beste Stan en Melanie,

Gisteren sprak ik mijn collega Bart Wolters, sinds kort directeur van de werkorganisatie Bergen-Uitgeest. Hij wil
graag meedoen met het netwerk en vroeg of ik hem wilde aanmelden: b.wolters@wo-bergenuitgeest.nl.

Hartelijke groet,
Marloes Veenstra
directeur SED-organisatie
""",
    },
    {
        "id": "d78-sub-06",
        "kind": "subscribe",
        "sender": "Team HR <hr@wo-twentezuid.nl>",
        "subject": "Aanmelding interim-directeur",
        "body": """
Geachte heer, mevrouw,

Per 1 februari is mevrouw drs. Nadia El Amrani als interim-directeur bij onze werkorganisatie gestart. Zij heeft
ons gevraagd haar bij u aan te melden voor het netwerk. Haar e-mailadres is n.elamrani@wo-twentezuid.nl.

Met vriendelijke groet,

Team HR
Werkorganisatie Twente-Zuid
""",
    },
    {
        "id": "d78-sub-07",
        "kind": "subscribe",
        "sender": "Rob Aalbers <robaalbers62@gmail.com>",
        "subject": "Aanmelden",
        "body": """
Goedenavond,

Graag meld ik mij aan voor het netwerk. Ik ben per 1 maart directeur van de ambtelijke organisatie
Druten-Wijchen. Ik stuur dit even vanaf mijn privéadres omdat mijn werkmail nog niet is ingericht; wilt u de
berichten naar r.aalbers@druten-wijchen.nl sturen?

Groet, Rob Aalbers

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d78-sub-08",
        "kind": "subscribe",
        "sender": "Directiesecretariaat CTL <directiesecretariaat@werkorganisatie-ctl.nl>",
        "subject": "Aanmelding",
        "body": """
Graag aanmelden: dhr. ir. P. (Pieter) Kramer, directeur werkorganisatie CTL, p.kramer@werkorganisatie-ctl.nl.

Met dank,
Directiesecretariaat CTL
""",
    },
    {
        "id": "d78-sub-09",
        "kind": "subscribe",
        "sender": "Sevda Yilmaz <s.yilmaz@buch-werkorganisatie.nl>",
        "subject": "Aanmelding adjunct-directeur",
        "body": """
Beste secretariaat,

Onze directeur, Wim Kok, is al een tijd lid van uw netwerk en raadde het mij aan. Ik ben adjunct-directeur bij
de werkorganisatie en meld mij hierbij graag ook aan.

Vriendelijke groet,
Sevda Yilmaz
Adjunct-directeur
""",
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "d78-con-01",
        "kind": "confirm",
        "sender": "Marieke de Vries <m.devries@bbr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": """
Bevestigd. Ons secretariaat had mij inderdaad aangemeld.

Marieke de Vries
""",
    },
    {
        "id": "d78-con-02",
        "kind": "confirm",
        "sender": "Jeroen Haverkamp <j.haverkamp@wo-achterhoekoost.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "subject": "FW: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """
Akkoord, hierbij bevestig ik mijn aanmelding.

J. Haverkamp
""",
    },
    {
        "id": "d78-con-03",
        "kind": "confirm",
        "sender": "M. de Vries-Ölçer <m.devries@bbr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": """
Geachte heer Van de Laar, mevrouw Huurneman,

Namens mevrouw De Vries bevestig ik hierbij haar aanmelding voor het netwerk.

Met vriendelijke groet,

Els Bosman
managementassistent van mw. M. de Vries-Ölçer
""",
    },
    {
        "id": "d78-con-04",
        "kind": "confirm",
        "sender": "Gerard Mulder <g.mulder@werkorganisatie-dbk.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": """
Excuus, mijn assistent had de eerste mail over het hoofd gezien. Bij dezen alsnog bevestigd.

Met vriendelijke groet,
Gerard Mulder
Directeur Werkorganisatie DBK
""",
    },
    {
        "id": "d78-con-05",
        "kind": "confirm",
        "sender": "Hanneke Post <hanneke.post@wo-vijfheerenlanden-west.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": """
Klopt, dat ging via ons secretariaat. Ja, ik word graag lid!

Hanneke

Verzonden vanaf mijn iPad
""",
    },
    {
        "id": "d78-con-06",
        "kind": "confirm",
        "sender": "Tom Schuurman <t.schuurman@odkempen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": """
Ik bevestig mijn aanmelding. Met dank aan Sandra van ons directiesecretariaat voor het regelen.

Tom Schuurman
""",
    },
    {
        "id": "d78-con-07",
        "kind": "confirm",
        "sender": "Linda Mulder <l.mulder@duoplus.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": """
Goedemorgen,

Mijn directeur vertelde al dat hij mij had opgegeven. Graag bevestig ik mijn aanmelding.

Met vriendelijke groet,
Linda Mulder
adjunct-directeur Dienstverlening
""",
    },
    # ------------------------------------------------------------------ unsubscribe (leave, hand-over, erasure)
    {
        "id": "d78-uns-01",
        "kind": "unsubscribe",
        "sender": "Managementassistentie Directie <ma.directie@werkorganisatie-hlt.nl>",
        "subject": "Wijziging deelnemer netwerk",
        "body": """
Geachte heer Van de Laar,

De heer Ruud Pieters vertrekt per 1 april als directeur van onze werkorganisatie. Zijn opvolger, mevrouw Astrid
Kuipers, neemt zijn plaats in het netwerk graag over. Haar e-mailadres is a.kuipers@werkorganisatie-hlt.nl.
Wilt u de heer Pieters afmelden en mevrouw Kuipers voortaan uitnodigen?

Met vriendelijke groet,

namens de heer R. Pieters,
Joke van Eck
Managementassistent directie
""",
    },
    {
        "id": "d78-uns-02",
        "kind": "unsubscribe",
        "sender": "Henk Bosch <h.bosch@werkorganisatie-dfr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """
Beste Stan,

Ik kom niet meer: per 1 maart ga ik met pensioen. Mijn opvolger Dennis Smeets (d.smeets@werkorganisatie-dfr.nl)
neemt mijn plek in het netwerk graag over. Mijn secretaresse heeft hem al over het atelier verteld.

Het ga jullie goed,
Henk
""",
    },
    {
        "id": "d78-uns-03",
        "kind": "unsubscribe",
        "sender": "Ellen Kamphuis <ellenkamphuis@hotmail.com>",
        "subject": "Mijn plek in het netwerk",
        "body": """
Beste Melanie,

Sinds 1 februari werk ik niet meer bij de werkorganisatie Montferland-Zevenaar, dus ik mail je vanaf mijn
privéadres. Mijn opvolger is Maaike Terhorst, m.terhorst@wo-montzev.nl. Wil je haar voortaan uitnodigen en mij
afmelden?

Dank voor de mooie ateliers!
Ellen
""",
    },
    {
        "id": "d78-uns-04",
        "kind": "unsubscribe",
        "sender": "Wendy Hermans <w.hermans@werkorganisatie-bbr.nl>",
        "subject": "FW: atelier maart",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """
Goedemorgen,

Zie hieronder het antwoord van onze directeur.

Met vriendelijke groet,
Wendy Hermans
Secretariaat directie

Van: Paul Vos <p.vos@werkorganisatie-bbr.nl>
Verzonden: vrijdag 26 februari 2027 08:12
Aan: Wendy Hermans <w.hermans@werkorganisatie-bbr.nl>
Onderwerp: RE: atelier maart

Wendy, ik stop eind maart. Meld mij maar af bij dat netwerk en zet Karin Lammers (k.lammers@werkorganisatie-bbr.nl)
er voor in de plaats, zij wordt mijn opvolger.
Paul
""",
    },
    {
        "id": "d78-uns-05",
        "kind": "unsubscribe",
        "sender": "J. Dekker <jan.dekker1959@ziggo.nl>",
        "subject": "afmelden",
        "body": """
Geachte secretariaat,

Wilt u mij afmelden voor het netwerk? Ik ga met pensioen en mijn werkadres (j.dekker@wo-krimpenerwaard.nl) wordt
per 1 mei opgeheven.

Met vriendelijke groet,
Jan Dekker
""",
    },
    {
        "id": "d78-uns-06",
        "kind": "unsubscribe",
        "sender": "Roel Jansen <r.jansen@ambtelijkeorganisatie-ma.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "body": """
Ik stop ermee, haal mij maar van de lijst. Dank voor alles.

Roel Jansen
""",
    },
    {
        "id": "d78-uns-07",
        "kind": "unsubscribe",
        "sender": "Petra Hoekstra <p.hoekstra@wo-westbetuwe.nl>",
        "subject": "FW: netwerk",
        "body": """
Beste secretariaat,

Zie hieronder het antwoord van de heer Van Leeuwen.

Groet,
Petra Hoekstra

-----Oorspronkelijk bericht-----
Van: Maarten van Leeuwen
Verzonden: dinsdag 2 maart 2027 18:45
Aan: Petra Hoekstra
Onderwerp: RE: netwerk

Meld me maar af, ik kom er toch nooit aan toe.
M.
""",
    },
    {
        "id": "d78-uns-08",
        "kind": "unsubscribe",
        "sender": "Sandra Wouters <s.wouters@wo-oostgelre.nl>",
        "subject": "Afmelding mw. S. Wouters",
        "body": """
Geachte heer, mevrouw,

Namens mevrouw Wouters laat ik u weten dat zij zich wil afmelden voor het Netwerk van directeuren van ambtelijke
fusieorganisaties. Zij ontvangt graag geen uitnodigingen meer.

Met vriendelijke groet,

Ingrid Lubbers
Managementassistent van mevrouw S. Wouters
""",
    },
    {
        "id": "d78-uns-09",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Ad Smulders <adsmulders@kpnmail.nl>",
        "subject": "Verzoek verwijdering gegevens",
        "body": """
Geacht secretariaat,

Tot vorig jaar was ik directeur van de werkorganisatie Peel-Oost en lid van uw netwerk. Ik verzoek u op grond van
de AVG al mijn persoonsgegevens uit uw bestanden te verwijderen, zowel mijn oude werkadres als dit privéadres.

Met vriendelijke groet,
A.J.M. Smulders
""",
    },
    {
        "id": "d78-uns-10",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Karel de Boer <k.deboer@werkorganisatie-smallingerland.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": """
Dank voor de bevestiging. Mijn secretaresse had de afmelding al doorgegeven, maar ik wil ook graag dat u al mijn
gegevens wist. Kunt u dat regelen?

Karel de Boer
""",
    },
    {
        "id": "d78-uns-11",
        "kind": "unsubscribe",
        "sender": "Bert van Dam <b.vandam@wo-lingewaal.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": """
Ik heb mij niet aangemeld.

B. van Dam
""",
    },
    {
        "id": "d78-uns-12",
        "kind": "unsubscribe",
        "sender": "Stefan Claassen <s.claassen@werkorganisatie-rhz.nl>",
        "subject": "Graag afmelden",
        "body": """
Goedemiddag,

Als plaatsvervangend directeur ontving ik de laatste tijd uw uitnodigingen. Onze directeur is zelf al lid en
gaat er ook heen, dus ik meld mij graag af.

Met vriendelijke groet,
Stefan Claassen
""",
    },
    {
        "id": "d78-uns-13",
        "kind": "unsubscribe",
        "sender": "Lidewij Hoogland <l.hoogland@wo-dewolden-hoogeveen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": """
Ik kom niet op 11 maart en wil ook geen lid meer zijn van het netwerk. Mijn assistent zet het atelier uit mijn
agenda.

Lidewij Hoogland
""",
    },
    {
        "id": "d78-uns-14",
        "kind": "unsubscribe",
        "sender": "Secretariaat directie <secretariaatdirectie@odwestland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": """
Goedendag,

Mevrouw Van Rijn kan niet aanwezig zijn op 11 maart: zij vertrekt eind februari bij onze organisatie. Haar
opvolger, de heer Koen Smit, neemt haar plaats in het netwerk over. Wilt u de uitnodigingen voortaan naar hem
sturen? k.smit@odwestland.nl

Met vriendelijke groet,
Secretariaat directie
""",
    },
    {
        "id": "d78-uns-15",
        "kind": "unsubscribe",
        "sender": "drs. G.H. Timmermans <g.timmermans@werkorganisatie-ahw.nl>",
        "subject": "Overdracht lidmaatschap",
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Per 1 mei a.s. draag ik mijn functie als directeur over aan mevrouw Jolanda Verhoef. Ik verzoek u mij per die
datum af te melden en haar in mijn plaats als lid in te schrijven: j.verhoef@werkorganisatie-ahw.nl.

Ik dank u voor de prettige samenwerking in de afgelopen jaren.

Hoogachtend,

drs. G.H. Timmermans
Directeur Werkorganisatie AHW
""",
    },
    {
        "id": "d78-uns-16",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Michiel Boersma <m.boersma@wo-oldambt-pekela.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": """
Mijn secretariaat heeft mij zonder overleg aangemeld. Ik wil geen lid worden en verzoek u op grond van de AVG
mijn gegevens te verwijderen.

M. Boersma
""",
    },
    # ------------------------------------------------------------------ rsvp
    {
        "id": "d78-rsv-01",
        "kind": "rsvp",
        "attending": True,
        "sender": "Johan Bakker <j.bakker@werkorganisatie-duo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """
Goedemorgen,

Namens de heer Bakker laat ik u weten dat hij graag aanwezig is bij het atelier op 11 maart.

Met vriendelijke groet,

Mirjam Schouten
Managementassistent directie
""",
    },
    {
        "id": "d78-rsv-02",
        "kind": "rsvp",
        "attending": False,
        "sender": "Secretariaat Directie <secretariaat.directie@wo-heuvelland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """
Geachte heer, mevrouw,

Mevrouw Smits is op 11 maart helaas verhinderd. Zij wenst u een goede bijeenkomst.

Met vriendelijke groet,
Secretariaat directie
Werkorganisatie Heuvelland
""",
    },
    {
        "id": "d78-rsv-03",
        "kind": "rsvp",
        "attending": True,
        "sender": "Arjen Wiersma <a.wiersma@wo-sudwestfryslan.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "RE: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "body": """
Ik kom graag.

Arjen
""",
    },
    {
        "id": "d78-rsv-04",
        "kind": "rsvp",
        "attending": False,
        "sender": "Monique Aarts <m.aarts@werkorganisatie-bmw.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "RE: FW: Uitnodiging atelier",
        "body": """
Beste organisatoren,

Mijn secretariaat stuurde mij uw uitnodiging door. Op 11 maart heb ik helaas een raadsvergadering, dus ik moet
deze keer verstek laten gaan. Ik hoop de volgende keer wel aan te schuiven.

Groet,
Monique Aarts
""",
    },
    {
        "id": "d78-rsv-05",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dianne Visser <d.visser@wo-altena.nl>",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """
Beste Stan en Melanie,

Zie hieronder het antwoord van mevrouw Van der Heijden.

Hartelijke groet,
Dianne Visser
Directieassistent

Van: Ingrid van der Heijden <i.vanderheijden@wo-altena.nl>
Verzonden: maandag 1 maart 2027 16:40
Aan: Dianne Visser <d.visser@wo-altena.nl>
Onderwerp: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027

Ja, zet maar in mijn agenda, ik ga erheen.
Ingrid
""",
    },
    {
        "id": "d78-rsv-06",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ria Smeenk <r.smeenk@wo-berkelland.nl>",
        "subject": "FW: uitnodiging atelier 11 maart",
        "body": """
Goedemiddag,

Zie hieronder het antwoord van de heer Ter Horst.

Met vriendelijke groeten,
Ria Smeenk

Van: Wouter ter Horst
Verzonden: dinsdag 23 februari 2027 21:07
Aan: Ria Smeenk
Onderwerp: RE: uitnodiging atelier 11 maart

Kan niet, dan zit ik in het AB van de veiligheidsregio. Graag afzeggen.
W.
""",
    },
    {
        "id": "d78-rsv-07",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nicole Peters <n.peters@werkorganisatie-cgm.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """
Goedemorgen,

De heer De Graaf kan zelf helaas niet bij het atelier zijn. In zijn plaats komt onze adjunct-directeur, mevrouw
Fleur Hendriks (f.hendriks@werkorganisatie-cgm.nl).

Met vriendelijke groet,
Nicole Peters
Managementassistent directeur
""",
    },
    {
        "id": "d78-rsv-08",
        "kind": "rsvp",
        "attending": False,
        "sender": "Erik Schipper <e.schipper@wo-zeeland-west.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": """
Hoi Stan,

Ik red het zelf niet op de 11e. Mijn plaatsvervanger Anke Roos gaat in mijn plaats, a.roos@wo-zeeland-west.nl.
Mijn assistent stuurt haar de stukken door.

Groet,
Erik
""",
    },
    {
        "id": "d78-rsv-09",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gert Meijer <g.meijer@wo-hollandskroon.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """
Geachte secretariaat,

Namens de heer Meijer meld ik hem aan voor het atelier van 11 maart. Hij neemt zijn adjunct-directeur mee, dus
graag twee personen noteren.

Met vriendelijke groet,
Tineke Zwart
Secretaresse directie
""",
    },
    {
        "id": "d78-rsv-10",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rianne Kolk <r.kolk@werkorganisatie-ubh.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": """
Beste Melanie,

Vorige week heb ik de heer Brouwer voor het atelier aangemeld, maar hij moet helaas toch afzeggen. Er is iets
tussen gekomen in de gemeenteraad.

Groet,
Rianne Kolk
Managementassistent
""",
    },
    {
        "id": "d78-rsv-11",
        "kind": "rsvp",
        "attending": False,
        "sender": "Directiesecretariaat <directiesecretariaat@wo-bommelerwaard.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": """
Goedemorgen,

Helaas moet mevrouw Van Beek zich afmelden voor donderdag, zij is ziek. Haar plaats kan naar iemand op de
wachtlijst.

Met vriendelijke groet,
Directiesecretariaat
""",
    },
    {
        "id": "d78-rsv-12",
        "kind": "rsvp",
        "attending": True,
        "sender": "Esther Lam <e.lam@werkorganisatie-wsw.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """
Goedemiddag,

Mevrouw Lam heeft geen onderwerpen aan te dragen, maar zij komt zeker naar het atelier op 11 maart.

Met vriendelijke groet,
Anita Vermeer
namens mw. E. Lam
""",
    },
    {
        "id": "d78-rsv-13",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marieke de Vries <m.devries@bbr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": """
Beste Stan en Melanie,

Dank voor de uitnodiging. Dirk had mij al gevraagd, en ik kom graag in zijn plaats.

Groet,
Marieke
""",
    },
    {
        "id": "d78-rsv-14",
        "kind": "rsvp",
        "attending": False,
        "sender": "Joost Hamers <j.hamers@wo-horstaandemaas.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "body": """
Helaas kan ik die middag toch niet, ik heb het Dirk al laten weten.

Joost

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d78-rsv-15",
        "kind": "rsvp",
        "attending": True,
        "sender": "Harm Kloosterman <harmkloosterman@gmail.com>",
        "subject": "Atelier 11 maart",
        "body": """
Beste Stan,

Ik mail even vanaf mijn privéadres, want onze werkmail ligt er sinds gisteren uit. Ik kom op 11 maart naar het
atelier in Utrecht.

Groet,
Harm Kloosterman
directeur werkorganisatie Midden-Groningen Oost
""",
    },
    {
        "id": "d78-rsv-17",
        "kind": "rsvp",
        "attending": False,
        "sender": "Vincent Mol <v.mol@werkorganisatie-ghm.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": """
Helaas, ik kan niet op 11 maart. Mijn secretaresse had de uitnodiging per abuis in Outlook geaccepteerd;
excuus voor de verwarring.

Vincent Mol
""",
    },
    {
        "id": "d78-rsv-18",
        "kind": "rsvp",
        "attending": False,
        "sender": "Secretariaat directie <secretariaat@wo-noordoostpolder-urk.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": """
Goedemiddag,

De heer Postma komt toch niet. U kunt zijn plek op de wachtlijst vrijgeven.

Met vriendelijke groet,
Secretariaat directie
""",
    },
    {
        "id": "d78-rsv-19",
        "kind": "rsvp",
        "attending": True,
        "sender": "Astrid Mertens <a.mertens@wo-landvancuijk.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": """
Beste secretariaat,

Op 18 maart kan mevrouw Mertens ook. Zij blijft aangemeld.

Met vriendelijke groet,
Loes Verhagen
Managementassistent
""",
    },
    {
        "id": "d78-rsv-20",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bas Romijn <b.romijn@wo-molenlanden.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": """
Ik ben er donderdag bij. Mijn secretaresse had dat geloof ik nog niet doorgegeven.

Bas Romijn
""",
    },
    {
        "id": "d78-rsv-21",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dir.secr. Van Wijk <dirsecr@wo-zaltbommel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": """
Dhr. Van Wijk neemt deel aan het atelier van 11 maart, op locatie in Utrecht.

m.vr.gr.
Directiesecretariaat
""",
    },
    # ------------------------------------------------------------------ suggestion
    {
        "id": "d78-sug-01",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Karin Blom <k.blom@wo-drechtsteden-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """
Goedemorgen,

Namens de heer Van Houten het volgende onderwerp voor het atelier:
- hoe houden we de vier colleges betrokken bij één werkorganisatie, nu de gemeenten steeds meer hun eigen koers
  willen varen?

Met vriendelijke groet,
Karin Blom
Managementassistent directie
""",
    },
    {
        "id": "d78-sug-02",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marjolein Dekkers <m.dekkers@wo-oss-bernheze.nl>",
        "subject": "FW: thema's atelier",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """
Beste Stan en Melanie,

Zie hieronder het antwoord van mevrouw Verbruggen op uw oproep.

Groet,
Marjolein Dekkers

Van: Annelies Verbruggen <a.verbruggen@wo-oss-bernheze.nl>
Verzonden: woensdag 13 januari 2027 07:55
Aan: Marjolein Dekkers <m.dekkers@wo-oss-bernheze.nl>
Onderwerp: RE: thema's atelier

Marjolein, ik zou graag praten over het vasthouden van personeel: hoe blijven we als werkorganisatie een
aantrekkelijke werkgever nu iedereen hybride werkt en de arbeidsmarkt zo krap is?
Annelies
""",
    },
    {
        "id": "d78-sug-03",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ruben Hartman <r.hartman@werkorganisatie-kop.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "RE: FW: Welke thema's wilt u bespreken?",
        "body": """
Mijn onderwerp: hoe meten we de tevredenheid van inwoners over ons klantcontactcentrum, en wat doen we met die
cijfers?

Ruben Hartman
""",
    },
    {
        "id": "d78-sug-04",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ans Verwey <a.verwey@wo-teylingen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """
Beste secretariaat,

Een onderwerp dat mij bezighoudt: de positie van het directiesecretariaat en de managementondersteuning na de
fusie. Onze assistenten werkten eerst voor één gemeente en nu voor drie besturen tegelijk; hoe organiseren
anderen dat?

Hartelijke groet,
Ans Verwey
""",
    },
    {
        "id": "d78-sug-05",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Mark Wessels <m.wessels@wo-rijssen-holten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": """
Beste Stan en Melanie,

Namens onze directeur, die deze weken met verlof is, en mijzelf als adjunct: wij zouden graag spreken over de
langetermijnvisie. Waar staat een ambtelijke fusieorganisatie over tien jaar, en hoe vertaal je die stip op de
horizon naar de bestuurlijke prioriteiten van nu?

Groet,
Mark Wessels
adjunct-directeur
""",
    },
    {
        "id": "d78-sug-06",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Priscilla Ramdin <p.ramdin@wo-zuidplas.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """
Goedemiddag,

Mevrouw Van Dongen komt graag naar het atelier en wil het volgende onderwerp inbrengen: digitale dienstverlening
en de inwoner die niet digitaal mee kan. Hoe zorgen we dat niemand buiten de boot valt?

Met vriendelijke groet,
Priscilla Ramdin
Managementassistent
""",
    },
    {
        "id": "d78-sug-07",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hugo Evers <h.evers@wo-beekdaelen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": """
Dank voor het verslag, mijn assistent stuurt het door naar het MT.

Voor de volgende keer: onze positie in de regio. Hoe verhoudt een fusieorganisatie van drie kleine gemeenten zich
tot de centrumstad en de regionale samenwerkingsverbanden?

Hugo Evers
""",
    },
    {
        "id": "d78-sug-08",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "sender": "Secretariaat directie <secretariaat.directie@wo-kaag-oegstgeest.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": """
Goedemorgen,

De heer Van der Meer wil nog een onderwerp toevoegen: de kostenverdeling tussen de deelnemende gemeenten. Hoe
voorkom je dat de discussie over de verdeelsleutel van de begroting de samenwerking onder druk zet?

Met vriendelijke groet,
Secretariaat directie
""",
    },
    {
        "id": "d78-sug-09",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Femke Brandsma <femke.brandsma@icloud.com>",
        "subject": "Onderwerp voor het atelier",
        "body": """
Hoi Melanie,

Via mijn privémail omdat ik op vakantie ben, maar ik wilde de deadline niet missen. Mijn onderwerp:
informatieveiligheid en I&A na de fusie, nu we drie sets systemen moeten samenvoegen.

Groet, Femke Brandsma
(directeur werkorganisatie Harlingen-Waadhoeke)
""",
    },
    {
        "id": "d78-sug-10",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Peter Groen <p.groen@wo-buren-culemborg.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": """
Suggestie: sturen op prestaties. Welke kengetallen over onze dienstverlening aan inwoners en ondernemers
rapporteren jullie aan de colleges, en hoe vaak?

Peter Groen
""",
    },
    {
        "id": "d78-sug-11",
        "kind": "suggestion",
        "themes": ["strategie", "organisatie"],
        "sender": "Nathalie Smit <n.smit@wo-eemsdelta.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": """
Goedemiddag,

Onderwerpen van mevrouw De Haan voor het atelier:
1. De inhoudelijke agenda op lange termijn: wat is onze stip op de horizon voor 2035?
2. Formatie en digitalisering: hoeveel mensen hebben we straks nog nodig als werkprocessen geautomatiseerd zijn?

Met vriendelijke groet,
Nathalie Smit
Managementassistent mw. De Haan
""",
    },
    {
        "id": "d78-sug-12",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Coby Wijnands <c.wijnands@wo-voorne-putten.nl>",
        "subject": "FW: oproep thema's",
        "body": """
Beste secretariaat,

Zie hieronder het antwoord van de heer Brinkman.

Groet,
Coby

-----Oorspronkelijk bericht-----
Van: Theo Brinkman
Verzonden: maandag 11 januari 2027 22:14
Aan: Coby Wijnands
Onderwerp: RE: oproep thema's

Zet er maar op: de verhouding tussen onze werkorganisatie en de gemeenten die er niet aan meedoen maar wel taken
bij ons willen onderbrengen. Wie bepaalt dan de koers?
Theo
""",
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "d78-aut-01",
        "kind": "autoreply",
        "sender": "Laura Franssen <l.franssen@wo-sittard-geleen-oost.nl>",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "thread": "invitation",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """
Ik ben afwezig tot en met 8 maart en lees mijn mail niet. Voor afspraken en dringende zaken kunt u contact
opnemen met mijn managementassistent, Roos Kessels, via r.kessels@wo-sittard-geleen-oost.nl of 046 - 477 12 34.

Met vriendelijke groet,
Laura Franssen
""",
    },
    {
        "id": "d78-aut-02",
        "kind": "autoreply",
        "sender": "Secretariaat Directie <secretariaat.directie@wo-lochem-zutphen.nl>",
        "subject": "Ontvangstbevestiging: Welke thema's wilt u bespreken?",
        "thread": "call_for_themes",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Dit is een automatisch bericht.

Uw e-mail is ontvangen door het secretariaat van de directie. Wij streven ernaar uw bericht binnen drie
werkdagen te beantwoorden.

Secretariaat directie
""",
    },
    {
        "id": "d78-aut-03",
        "kind": "autoreply",
        "sender": "Hans Peeters <h.peeters@wo-venray-oost.nl>",
        "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
        "thread": "reminder",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """
Hans Peeters is niet meer werkzaam bij onze organisatie. Uw e-mail wordt niet doorgestuurd.
Voor zaken die de directie betreffen kunt u terecht bij het directiesecretariaat: directie@wo-venray-oost.nl.
""",
    },
    {
        "id": "d78-aut-04",
        "kind": "autoreply",
        "sender": "Bram Cools <b.cools@wo-maasgouw.nl>",
        "subject": "Afwezig: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "body": """
Ik ben tot 15 maart met vakantie. Mijn mail wordt in die periode gelezen door mijn secretaresse.

I am on holiday until March 15th. My e-mail is monitored by my assistant.

Bram Cools
""",
    },
    {
        "id": "d78-aut-05",
        "kind": "autoreply",
        "sender": "Directiesecretariaat <directiesecretariaat@wo-dinkelland-tubbergen.nl>",
        "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027",
        "thread": "reminder",
        "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        "body": """
Goedendag,

Vandaag ben ik niet aanwezig. Voor de agenda van de directeur kunt u terecht bij mijn collega Mieke via
m.kroeze@wo-dinkelland-tubbergen.nl.

Met vriendelijke groet,
Annet
Directiesecretariaat
""",
    },
    {
        "id": "d78-aut-07",
        "kind": "autoreply",
        "sender": "Directeur Werkorganisatie <directeur@wo-schagen-noord.nl>",
        "subject": "Re: Dank voor uw komst",
        "thread": "call_for_themes",
        "headers": {"Precedence": "auto_reply"},
        "body": """
Deze mailbox wordt beheerd door het directiesecretariaat. Uw bericht is goed ontvangen; wij nemen zo spoedig
mogelijk contact met u op als dat nodig is.

Dit bericht is automatisch verzonden.
""",
    },
    # ------------------------------------------------------------------ other
    {
        "id": "d78-oth-01",
        "kind": "other",
        "sender": "Inge Willems <i.willems@wo-nuenen-geldrop.nl>",
        "subject": "Aanmelding directeur",
        "body": """
Beste secretariaat,

Kunt u onze nieuwe directeur, mevrouw Lisa Brouwer, aanmelden voor het netwerk? Zij is vorige maand bij ons
begonnen.

Met vriendelijke groet,
Inge Willems
Secretaresse directie
""",
    },
    {
        "id": "d78-oth-02",
        "kind": "other",
        "sender": "Secretariaat directieteam <secretariaat.dt@wo-heerenveen-oost.nl>",
        "subject": "Aanmelding directieteam",
        "body": """
Goedemorgen,

Wij willen graag ons hele directieteam aanmelden voor het netwerk:
- Peter Zijlstra, algemeen directeur, p.zijlstra@wo-heerenveen-oost.nl
- Gerda Nauta, directeur bedrijfsvoering, g.nauta@wo-heerenveen-oost.nl
- Sjoerd Kooistra, directeur dienstverlening, s.kooistra@wo-heerenveen-oost.nl

Met vriendelijke groet,
Secretariaat directieteam
""",
    },
    {
        "id": "d78-oth-03",
        "kind": "other",
        "sender": "Frans Hulshof <f.hulshof@wo-hengelo-borne.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": """
Dank u wel. Mijn twee adjuncten, Marjan en Ruud, willen ook graag lid worden. Kunt u hen ook toevoegen?

Frans Hulshof
""",
    },
    {
        "id": "d78-oth-04",
        "kind": "other",
        "sender": "Anja Koster <a.koster@wo-hoekschewaard.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": """
Dank voor de bevestiging. Zou u de uitnodigingen voor de ateliers ook in cc willen sturen aan mijn
managementassistent, Ilse van den Berg (i.vandenberg@wo-hoekschewaard.nl)? Zij beheert mijn agenda.

Anja Koster
""",
    },
    {
        "id": "d78-oth-05",
        "kind": "other",
        "sender": "Leo Kuijpers <l.kuijpers@wo-bergeijk-eersel.nl>",
        "subject": "Uitnodigingen ook naar secretariaat",
        "body": """
Beste Stan,

Een praktisch verzoek: wil je de uitnodigingen en herinneringen voortaan ook naar ons secretariaat sturen,
secretariaat@wo-bergeijk-eersel.nl? Dan komen ze meteen in mijn agenda en mis ik niets.

Dank je wel,
Leo
""",
    },
    {
        "id": "d78-oth-06",
        "kind": "other",
        "sender": "Hilde Vermaat <h.vermaat@wo-medemblik-opmeer.nl>",
        "subject": "Nieuwe managementassistent",
        "body": """
Goedemiddag,

Mijn managementassistent Carolien de Jong is met pensioen gegaan. Haar opvolger is Ayla Demir
(a.demir@wo-medemblik-opmeer.nl). Wilt u voortaan Ayla in cc zetten in plaats van Carolien?

Met vriendelijke groet,
Hilde Vermaat
""",
    },
    {
        "id": "d78-oth-07",
        "kind": "other",
        "sender": "Nadine Hoebers <n.hoebers@wo-stein-beek.nl>",
        "subject": "Verzendlijst",
        "body": """
Goedemorgen,

Ik ben managementassistent van de heer Rutten, die lid is van uw netwerk. Kan ik zelf ook op de verzendlijst
voor de uitnodigingen? Dan kan ik de ateliers direct inplannen.

Met vriendelijke groet,
Nadine Hoebers
""",
    },
    {
        "id": "d78-oth-08",
        "kind": "other",
        "sender": "P&O Werkorganisatie <po@wo-ridderkerk-barendrecht.nl>",
        "subject": "Vertrek dhr. Van Dijk",
        "body": """
Geachte heer, mevrouw,

Hierbij laten wij u weten dat de heer M. van Dijk per 1 maart 2027 niet meer in dienst is van onze organisatie.
Zijn opvolging is nog niet bekend.

Met vriendelijke groet,
Afdeling P&O
""",
    },
    {
        "id": "d78-oth-09",
        "kind": "other",
        "sender": "Gonny Mertens <g.mertens@wo-tiel-neder.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """
Goedemiddag,

Uw uitnodiging aan de heer Van Ooijen kwam bij mij terecht, omdat zijn mail naar mij wordt doorgestuurd. Hij werkt
sinds januari niet meer bij ons.

Met vriendelijke groet,
Gonny Mertens
Directiesecretariaat
""",
    },
    {
        "id": "d78-oth-10",
        "kind": "other",
        "sender": "HR-servicedesk <hr-servicedesk@wo-zeist-oost.nl>",
        "subject": "Verwijderen gegevens oud-medewerker",
        "body": """
Geachte heer, mevrouw,

Mevrouw R. Kleinjan is uit dienst getreden. Wij verzoeken u, in het kader van de AVG, haar persoonsgegevens uit
uw bestand te verwijderen.

Met vriendelijke groet,
HR-servicedesk
""",
    },
    {
        "id": "d78-oth-11",
        "kind": "other",
        "sender": "Brenda Oosterhuis <b.oosterhuis@wo-westerkwartier.nl>",
        "subject": "Gegevens dhr. Van der Veen",
        "body": """
Beste Stan en Melanie,

De heer Van der Veen heeft mij gevraagd u te verzoeken al zijn gegevens te wissen. Kunt u mij laten weten
wanneer dat gebeurd is?

Groeten,
Brenda Oosterhuis
Managementassistent
""",
    },
    {
        "id": "d78-oth-12",
        "kind": "other",
        "sender": "Sanne Bouwman <s.bouwman@wo-rheden-rozendaal.nl>",
        "subject": "Inzage gegevens",
        "body": """
Geachte heer, mevrouw,

Namens mevrouw Hakkert, directeur van onze werkorganisatie, wil ik graag weten welke gegevens u van haar hebt
vastgelegd en waar u die voor gebruikt.

Met vriendelijke groet,
Sanne Bouwman
""",
    },
    {
        "id": "d78-oth-13",
        "kind": "other",
        "sender": "Koos Hiemstra <koos.hiemstra@xs4all.nl>",
        "subject": "Ander mailadres",
        "body": """
Beste Melanie,

Wil je mijn mailadres in het netwerk wijzigen? Ik heb liever dat de berichten naar dit privéadres komen, mijn
secretaresse filtert mijn werkmail nogal streng.

Groet,
Koos Hiemstra
""",
    },
    {
        "id": "d78-oth-14",
        "kind": "other",
        "sender": "Wilma Stoop <wilmastoop@gmail.com>",
        "subject": "Lid blijven na pensioen?",
        "body": """
Beste Stan,

Per 1 juni ga ik met pensioen. Ik heb het netwerk altijd erg gewaardeerd: mag ik als oud-directeur lid blijven
op dit privéadres, of is het lidmaatschap echt aan de functie gebonden?

Hartelijke groet,
Wilma Stoop
""",
    },
    {
        "id": "d78-oth-15",
        "kind": "other",
        "sender": "Youssef Bakkali <y.bakkali@wo-leidschendam-oost.nl>",
        "subject": "Lidmaatschap voor adjuncten?",
        "body": """
Goedemiddag,

Ik ben adjunct-directeur en vervang mijn directeur regelmatig. Is het netwerk ook toegankelijk voor
adjunct-directeuren, of alleen voor de directeuren zelf?

Met vriendelijke groet,
Youssef Bakkali
""",
    },
    {
        "id": "d78-oth-16",
        "kind": "other",
        "sender": "Carla Jongbloed <c.jongbloed@wo-ede-oost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": """
Goedemorgen,

De heer Schreurs komt donderdag met de auto en loopt slecht. Is er een invalidenparkeerplaats dicht bij de
ingang, en kunt u die voor hem reserveren?

Met vriendelijke groet,
Carla Jongbloed
Secretaresse directie
""",
    },
    {
        "id": "d78-oth-17",
        "kind": "other",
        "sender": "Secretariaat directie <secretariaat@wo-waalwijk-loon.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """
Goedemiddag,

Mevrouw Van Gils wil graag komen, mits zij om 16.00 uur weg kan voor een raadsvergadering. Is dat een probleem
voor het programma? Laat u het even weten, dan melden wij haar definitief aan.

Met vriendelijke groet,
Secretariaat directie
""",
    },
    {
        "id": "d78-oth-18",
        "kind": "other",
        "sender": "Mieke Prins <m.prins@wo-hardenberg-ommen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": """
Beste Stan en Melanie,

Namens de heer Wolters: hij vraagt of het volgende atelier op een vrijdagochtend kan in plaats van op donderdag.
Op donderdagmiddag heeft hij bijna altijd bestuurlijk overleg.

Met vriendelijke groet,
Mieke Prins
""",
    },
    {
        "id": "d78-oth-19",
        "kind": "other",
        "sender": "Joyce Kroon <j.kroon@wo-aa-en-hunze.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """
Goedemorgen,

Ik heb uw uitnodiging doorgezet naar mevrouw Dekker. Zodra ik van haar hoor, laat ik u weten of zij komt.

Met vriendelijke groet,
Joyce Kroon
""",
    },
    {
        "id": "d78-oth-20",
        "kind": "other",
        "sender": "Thijs Verhoeven <t.verhoeven@wo-meierijstad-zuid.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": """
Ik heb mij niet aangemeld. Wie heeft dit namens mij gedaan, en hoe komt u aan mijn e-mailadres?

T. Verhoeven
""",
    },
    {
        "id": "d78-oth-22",
        "kind": "other",
        "sender": "Tamara de Wit <t.dewit@wo-gemert-laarbeek.nl>",
        "subject": "FW: netwerk directeuren",
        "body": """
Goedemiddag,

Zie hieronder de vraag van de heer Van Rooij; kunt u mij daar antwoord op geven?

Met vriendelijke groet,
Tamara de Wit

Van: Jos van Rooij <j.vanrooij@wo-gemert-laarbeek.nl>
Verzonden: dinsdag 2 maart 2027 09:31
Aan: Tamara de Wit <t.dewit@wo-gemert-laarbeek.nl>
Onderwerp: netwerk directeuren

Tamara, wat kost dat lidmaatschap eigenlijk, en wie zit er nog meer in? Vraag jij dat even na?
Jos
""",
    },
    {
        "id": "d78-oth-23",
        "kind": "other",
        "sender": "Crediteurenadministratie <crediteuren@wo-alphen-kaag.nl>",
        "subject": "Factuur atelier dhr. Sterk",
        "body": """
Geachte heer, mevrouw,

De heer Sterk neemt deel aan het Leer- en inspireer-atelier. Wij ontvangen daarvoor graag een factuur, onder
vermelding van kostenplaats 4120 en inkoopordernummer PO-27-0318.

Met vriendelijke groet,
Crediteurenadministratie
""",
    },
    {
        "id": "d78-oth-24",
        "kind": "other",
        "sender": "Pieter Mulders <p.mulders@gemeente-woensdrecht-zuid.nl>",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier",
        "body": """
Goedendag,

Een collega-directeur stuurde mij uw uitnodiging door. Ik ben gemeentesecretaris van een gemeente die niet in een
fusieorganisatie zit. Is het netwerk ook voor mij bedoeld, of alleen voor directeuren van fusieorganisaties?

Met vriendelijke groet,
Pieter Mulders
""",
    },
    {
        "id": "d78-oth-25",
        "kind": "other",
        "sender": "Secretariaat Directie <secretariaat.directie@wo-gooise-meren-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": """
Goedemorgen,

De agenda-bijlage is bij ons niet goed doorgekomen. Kunt u de afspraak met de Teams-link opnieuw sturen, graag
rechtstreeks naar dit secretariaat? Wij zetten hem dan in de agenda van de heer Dolman.

Met vriendelijke groet,
Secretariaat directie
""",
    },
    {
        "id": "d78-oth-26",
        "kind": "other",
        "sender": "Rutger Valk <r.valk@wo-barneveld-oost.nl>",
        "subject": "Aanmelding via mijn secretaresse",
        "body": """
Beste secretariaat,

Mijn secretaresse heeft mij onlangs bij u aangemeld, maar ik heb de bevestigingsmail nooit ontvangen. Kunt u
nagaan op welk adres die is verstuurd?

Met vriendelijke groet,
Rutger Valk
""",
    },
]
# fmt: on
