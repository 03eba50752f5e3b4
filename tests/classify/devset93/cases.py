"""Labelled mail, devset93: "a winter in the mailbox, from small municipalities' werkorganisaties" (issue 17).

About 110 messages from December to March, written as directors of small shared civil-service organisations,
their assistants, suppliers and their mail servers write them: sign-ups (also by an assistant or a director with
the named colleague's address, one after a colleague forwarded our invitation, one in English), confirmations,
RSVPs to the invitation, the reminder, the change mail, the waiting-list mail and the substitute's invitation,
topic suggestions under the call for themes, the follow-up, the thank-you and the welcome, leaves, hand-overs, AVG
erasure, out-of-office replies and mail for the secretariat. The organisations and municipalities are invented.

Conventions this set relies on (dataset brief, issue 17):
- A request to sign up one named colleague WITH that colleague's e-mail address: `subscribe`. Without the address,
  or several people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a reply proposing a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the
  form of the ateliers is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting
  that someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: `other`.
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- Themes: the theme(s) of what the writer proposes, not of words used in passing; two only where the topic (or
  the writer's two topics) clearly spans both.
- `thread` is None for new mails, for forwards and for a reply to an assistant's forward of our mail.
"""

from __future__ import annotations

from typing import Any

AUTO = {"Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ subscribe
    {
        "id": "d93-sub-01",
        "kind": "subscribe",
        "sender": "Gerdien Hofstra <g.hofstra@dewaddenzoom.nl>",
        "subject": "Aanmelding netwerk directeuren",
        "thread": None,
        "body": """\
Geachte heer, mevrouw,

Sinds 1 december ben ik algemeen directeur van Werkorganisatie De Waddenzoom, de gezamenlijke ambtelijke
organisatie van de gemeenten Noorderzijl en Wadhuizen. Graag sluit ik mij aan bij uw netwerk.

Met vriendelijke groet,

drs. Gerdien Hofstra
algemeen directeur / gemeentesecretaris
Werkorganisatie De Waddenzoom
T 0519 - 29 44 10 | M 06 - 41 27 83 56
www.dewaddenzoom.nl
""",
    },
    {
        "id": "d93-sub-02",
        "kind": "subscribe",
        "sender": "Secretariaat directie Maasdal <secretariaat.directie@maasdal.nl>",
        "subject": "Aanmelden dhr. T. Wessels",
        "thread": None,
        "body": """\
Goedemorgen,

Onze algemeen directeur, de heer Teun Wessels, wil graag deelnemen aan het netwerk van directeuren. Wilt u hem
aanmelden op zijn eigen e-mailadres: t.wessels@maasdal.nl? Uw bevestigingsmail handelt hij dan zelf af.

Alvast hartelijk dank.

Met vriendelijke groet,

Ilse van Rijswijk
managementassistent directie
Werkorganisatie Maasdal | Markt 4 | 5851 AB Maasdal
Aanwezig op maandag, dinsdag en donderdag

Werkorganisatie Maasdal verwerkt persoonsgegevens volgens haar privacyverklaring (www.maasdal.nl/privacy).
Is dit bericht niet voor u bedoeld? Laat het ons dan weten en wis het bericht.
""",
    },
    {
        "id": "d93-sub-03",
        "kind": "subscribe",
        "sender": "Hanneke Tromp <h.tromp@kempenzoom.nl>",
        "subject": "Aansluiten bij het netwerk (via een collega)",
        "thread": None,
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """\
Goedemiddag,

Een collega uit Drielanden stuurde mij onderstaande uitnodiging door. Ik kende het netwerk nog niet, maar het
spreekt me zeer aan. Kunt u mij (h.tromp@kempenzoom.nl) als lid inschrijven?

Met groet,
Hanneke Tromp
directeur Werkorganisatie Kempenzoom

---------- Doorgestuurd bericht ---------
Van: Ruud Alberts <r.alberts@werkorganisatie-drielanden.nl>
Date: ma 11 jan 2027 om 16:02
Subject: FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid
To: Hanneke Tromp <h.tromp@kempenzoom.nl>

Hanneke, is dit niet iets voor jou? Wij halen er elke keer wel iets uit.

Ruud
""",
    },
    {
        "id": "d93-sub-04",
        "kind": "subscribe",
        "sender": "Aidan Brennan <a.brennan@heuvelrugwest.nl>",
        "subject": "Membership request",
        "thread": None,
        "body": """\
Dear secretariat,

Last month I started as interim director of Werkorganisatie Heuvelrug-West. My Dutch is still a work in
progress, so please forgive the English. A fellow director pointed me to your network and I would very much
like to become a member.

Kind regards,

Aidan Brennan
Interim Director | Werkorganisatie Heuvelrug-West
+31 6 38 11 20 74
""",
    },
    {
        "id": "d93-sub-05",
        "kind": "subscribe",
        "sender": "Jelle Postma <j.postma@wo-blt.nl>",
        "subject": "aanmelden",
        "thread": None,
        "body": """\
hoi, graag aanmelden voor het directeurennetwerk. ben sinds kort dirceteur bij wo blt (beekvliet lindenhorst
tolhuizen). grt jelle postma

Verzonden vanaf mijn Galaxy
""",
    },
    {
        "id": "d93-sub-06",
        "kind": "subscribe",
        "sender": "Petra Kuipers <p.kuipers@duinenveen.nl>",
        "subject": "Nieuwe deelnemer voor jullie netwerk",
        "thread": None,
        "body": """\
Hallo Stan en Melanie,

Marleen Dijkhuis (m.dijkhuis@duinenveen.nl) begint in januari als onze nieuwe directeur en zou graag lid
worden. Zij vroeg mij om dat vast voor haar in gang te zetten. Willen jullie haar inschrijven?

Hartelijke groet,
Petra Kuipers
Bestuurssecretariaat Duinen-Veen
""",
    },
    {
        "id": "d93-sub-07",
        "kind": "subscribe",
        "sender": "Frank Leenders <f.leenders@wo-rivierenland-oost.nl>",
        "subject": "Ook mijn adjunct graag op de lijst",
        "thread": None,
        "body": """\
Beste secretariaat,

Mijn adjunct-directeur, Sevda Yildiz, wil ook graag aansluiten bij het netwerk. Haar adres is
s.yildiz@wo-rivierenland-oost.nl. Zij ontvangt dan vast jullie bevestigingsmail.

Groet,
Frank Leenders
Werkorganisatie Rivierenland-Oost
""",
    },
    {
        "id": "d93-sub-08",
        "kind": "subscribe",
        "sender": "Roel Zandbergen <roel.zandbergen@gemeente-tolhuizen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": """\
lid blijven

In de decemberdrukte heb ik het verkeerde bericht beantwoord, excuus. Ik wil er juist graag bij blijven.

Roel
""",
    },
    {
        "id": "d93-sub-09",
        "kind": "subscribe",
        "sender": "Bas van Wijk <basvanwijk1971@gmail.com>",
        "subject": "Aanmelden",
        "thread": None,
        "body": """\
Aanmelden graag. Directeur WO Drielanden, mail liever hier naartoe dan naar mijn werkadres.
Bas
""",
    },
    {
        "id": "d93-sub-10",
        "kind": "subscribe",
        "sender": "Wendelien Oosterhuis <w.oosterhuis@gemeente-oostervoorde.nl>",
        "subject": "Lidmaatschap netwerk",
        "thread": None,
        "body": """\
Beste mensen van het secretariaat,

Op de nieuwjaarsreceptie van onze regio hoorde ik twee collega's enthousiast vertellen over de ateliers. Ik
leid sinds vorig voorjaar de ambtelijke organisatie van Oostervoorde en Zandwijk en meld mij hierbij graag als
lid aan.

Een goed en gezond 2027 gewenst!

Wendelien Oosterhuis
Directeur bedrijfsvoering en dienstverlening
Ambtelijke organisatie Oostervoorde-Zandwijk
Raadhuisplein 1, 7711 CC Oostervoorde
Telefoon 14 0524

Ik werk op maandag en vrijdag vanuit huis; bellen kan altijd.

Op dit bericht is de disclaimer van toepassing die u vindt op www.oostervoorde.nl/disclaimer.
Denk aan het milieu voordat u deze e-mail afdrukt.
""",
    },
    {
        "id": "d93-sub-11",
        "kind": "subscribe",
        "sender": "Annemiek Roos <a.roos@servicepunt-driedorpen.nl>",
        "subject": "Weer aanmelden",
        "thread": None,
        "body": """\
Hallo,

Vorig jaar heb ik me afgemeld toen ik tijdelijk een andere klus deed. Inmiddels zit ik weer op mijn oude
plek als directeur van Servicepunt Drie Dorpen. Willen jullie mij opnieuw aanmelden?

Groeten,
Annemiek Roos

Verzonden vanuit Outlook voor Android
""",
    },
    {
        "id": "d93-sub-12",
        "kind": "subscribe",
        "sender": "M.J. Verbeek <mj.verbeek@wo-duinstreek.nl>",
        "subject": "netwerk",
        "thread": None,
        "body": """\
Goedendag, ik wil graag lid worden van het netwerk van directeuren. Mvg, Marc-Jan Verbeek, directeur
Werkorganisatie Duinstreek

Verzonden met BlackBerry Work
(www.blackberry.com)
""",
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "d93-conf-01",
        "kind": "confirm",
        "sender": "Teun Wessels <t.wessels@maasdal.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "d93-conf-02",
        "kind": "confirm",
        "sender": "Gerdien Hofstra <g.hofstra@dewaddenzoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": """\
Bevestigd.

drs. Gerdien Hofstra
algemeen directeur / gemeentesecretaris
Werkorganisatie De Waddenzoom
""",
    },
    {
        "id": "d93-conf-03",
        "kind": "confirm",
        "sender": "Marleen Dijkhuis <m.dijkhuis@duinenveen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": """\
Ja, graag. Dank u wel!

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d93-conf-04",
        "kind": "confirm",
        "sender": "Sevda Yildiz <s.yildiz@wo-rivierenland-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": """\
Hierbij bevestig ik mijn aanmelding. Fijn dat er een plek is waar directeuren van organisaties zoals de onze
elkaar treffen.

Sevda Yildiz
""",
    },
    {
        "id": "d93-conf-05",
        "kind": "confirm",
        "sender": "Jelle Postma <j.postma@wo-blt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": """\
ok

Get Outlook for iOS
""",
    },
    {
        "id": "d93-conf-06",
        "kind": "confirm",
        "sender": "Herman Stegeman <h.stegeman@werkorganisatie-drielanden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": """\
Dat klopt, mijn secretaresse heeft dit voor mij gedaan. Bij dezen dus bevestigd.

Met vriendelijke groet,
Herman Stegeman
""",
    },
    {
        "id": "d93-conf-07",
        "kind": "confirm",
        "sender": "Wendelien Oosterhuis <w.oosterhuis@gemeente-oostervoorde.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": """\
Excuus, tussen kerst en oud en nieuw is uw eerste bericht blijven liggen. Ik bevestig graag alsnog.

Wendelien Oosterhuis
Directeur bedrijfsvoering en dienstverlening
Ambtelijke organisatie Oostervoorde-Zandwijk
""",
    },
    {
        "id": "d93-conf-08",
        "kind": "confirm",
        "sender": "Aidan Brennan <a.brennan@heuvelrugwest.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": """\
Confirmed - thank you.

Aidan
""",
    },
    {
        "id": "d93-conf-09",
        "kind": "confirm",
        "sender": "Bas van Wijk <basvanwijk1971@gmail.com>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": "ja bevestigd dank",
    },
    {
        "id": "d93-conf-10",
        "kind": "confirm",
        "sender": "Yvonne Lammers <y.lammers@kempenzoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": """\
Akkoord.

Met vriendelijke groet,

Yvonne Lammers
Directeur | Werkorganisatie Kempenzoom
Postbus 120 | 5530 AC Kempenzoom
M 06 - 52 90 13 47

------------------------------------------------------------------------------------------
Deze e-mail is verzonden door Werkorganisatie Kempenzoom en kan vertrouwelijke informatie bevatten. Hebt u
dit bericht per vergissing ontvangen, stel de afzender dan op de hoogte en verwijder het bericht. Kempenzoom
aanvaardt geen aansprakelijkheid voor schade door het gebruik van elektronische communicatie.
------------------------------------------------------------------------------------------
""",
    },
    {
        "id": "d93-conf-11",
        "kind": "confirm",
        "sender": "J.A. Kolkman <ja.kolkman@gemeente-zandwijk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": """\
Geachte heer Van de Laar, mevrouw Huurneman,

Graag bevestig ik hierbij mijn lidmaatschap van het netwerk.

Hoogachtend,
J.A. Kolkman
""",
    },
    {
        "id": "d93-conf-12",
        "kind": "confirm",
        "sender": "Gijs Wolters <gijs.wolters@wo-duinstreek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": """\
Bevestiging van mijn aanmelding, met dank voor de vlotte reactie.

Gijs Wolters
Directeur Werkorganisatie Duinstreek
""",
    },
    {
        "id": "d93-conf-13",
        "kind": "confirm",
        "sender": "Lieke Hazeveld <l.hazeveld@dewaddenzoom.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": """\
Jazeker, dat ben ik en ik wil graag lid worden. Groet uit het besneeuwde noorden!

Lieke

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d93-conf-14",
        "kind": "confirm",
        "sender": "Annemiek Roos <a.roos@servicepunt-driedorpen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "ongemarkeerd",
        "body": """\
Bevestigd. Sorry voor de vertraging: uw eerste bericht was in de quarantainemap van onze spamfilter beland.

Annemiek Roos
""",
    },
    # ------------------------------------------------------------------ rsvp
    {
        "id": "d93-rsvp-01",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hans Mulderij <h.mulderij@maasdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """\
Ja, ik kom.

Hans
""",
    },
    {
        "id": "d93-rsvp-02",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yvonne Lammers <y.lammers@kempenzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": """\
Hallo Melanie,

Ik ben er graag bij en neem onze concerncontroller, Dewi Sastro, mee. Reken dus op twee personen uit
Kempenzoom.

Groet,
Yvonne
""",
    },
    {
        "id": "d93-rsvp-03",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs Wolters <gijs.wolters@wo-duinstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": """\
Ik ben erbij, al wordt het waarschijnlijk half drie: die ochtend heb ik een AB-vergadering in Zwolle en de
A28 is in maart ook niet altijd vriendelijk.

Gijs

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d93-rsvp-04",
        "kind": "rsvp",
        "attending": True,
        "sender": "Carla Brinkhuis <c.brinkhuis@heuvelrugwest.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": """\
Aanwezig, maar om kwart over vier moet ik weg voor een raadscommissie. Het eerste deel pak ik graag mee.

Vriendelijke groet,

Carla Brinkhuis
Gemeentesecretaris / algemeen directeur
Werkorganisatie Heuvelrug-West
""",
    },
    {
        "id": "d93-rsvp-05",
        "kind": "rsvp",
        "attending": True,
        "sender": "Herman Stegeman <h.stegeman@werkorganisatie-drielanden.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": """\
Staat in mijn agenda, ik ben er. Tot donderdag!

H. Stegeman
""",
    },
    {
        "id": "d93-rsvp-06",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ineke Holtrop <ineke.holtrop@gemeente-oostervoorde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """\
Beste Stan,

Op 11 maart stond al een regionaal overleg over het sociaal domein in mijn agenda, dus ik wilde je eigenlijk
laten weten dat het niet ging lukken. Terwijl ik dit typ, komt er een bericht binnen dat dat overleg naar april
verschuift. Dan wordt het dus toch: ik kom!

Groet,
Ineke Holtrop
""",
    },
    {
        "id": "d93-rsvp-07",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Alberts <r.alberts@werkorganisatie-drielanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": """\
Ja, ik kom graag.

Ruud

PS Ik zie net dat ons college die middag een extra sessie over de voorjaarsnota heeft gepland. Mijn ja moet
dus een nee worden, helaas. Sorry voor de verwarring.
""",
    },
    {
        "id": "d93-rsvp-08",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sjoerd Bakker <s.bakker@dewaddenzoom.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": """\
Dank voor het bericht. Inmiddels is mijn agenda die dag toch volgelopen, dus u kunt mij van de wachtlijst
halen. Een ander heeft er vast meer aan.

Met vriendelijke groet,
Sjoerd Bakker
""",
    },
    {
        "id": "d93-rsvp-09",
        "kind": "rsvp",
        "attending": False,
        "sender": "Karin Meulenbelt <k.meulenbelt@wo-blt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": """\
Beste Melanie,

Jammer, 18 maart kan ik niet: dan ben ik met ons MT op de heidag. Wil je mij van de deelnemerslijst van het
atelier halen? Lid van het netwerk blijf ik uiteraard.

Hartelijke groet,
Karin Meulenbelt
Werkorganisatie BLT

Op deze e-mail is de disclaimer van toepassing die u vindt op www.wo-blt.nl/disclaimer
""",
    },
    {
        "id": "d93-rsvp-10",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dirk-Jan Smeenk <dj.smeenk@wo-rivierenland-oost.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": """\
Het Provinciehuis ligt voor mij zelfs gunstiger dan het Stadskantoor. Ik blijf gewoon aangemeld, ook op de
nieuwe datum.

DJ
""",
    },
    {
        "id": "d93-rsvp-11",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marc-Jan Verbeek <mj.verbeek@wo-duinstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": """\
Goedemiddag,

Zelf ben ik die dag in Den Haag, maar onze adjunct-directeur Lotte Evers gaat in mijn plaats. Haar adres is
l.evers@wo-duinstreek.nl.

Met vriendelijke groet,

Marc-Jan Verbeek
directeur Werkorganisatie Duinstreek
""",
    },
    {
        "id": "d93-rsvp-12",
        "kind": "rsvp",
        "attending": False,
        "sender": "Aidan Brennan <a.brennan@heuvelrugwest.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": """\
Hi Stan,

Unfortunately I won't be able to make it on 11 March - I'll be abroad that whole week. Hope to join the
autumn edition.

Best,
Aidan
""",
    },
    {
        "id": "d93-rsvp-13",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wim Hoekstra <w.hoekstra@gemeente-zandwijk.nl>",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "thread": "invitation",
        "quote": "none",
        "body": """\
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

ja, ik kom. Met zijn tweeën: ik neem mijn beleidsadviseur mee.

> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.

n.v.t.

Gr. Wim
""",
    },
    {
        "id": "d93-rsvp-14",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lieke Hazeveld <l.hazeveld@dewaddenzoom.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": """\
Helaas, ik kan niet: de griep heeft mij deze week goed te pakken. Geef mijn plek maar aan iemand van de
wachtlijst.

Lieke

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d93-rsvp-15",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tjeerd Wiersma <t.wiersma@dewaddenzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": """\
ik doe mee via teams, vanuit het hoge noorden is utrecht in de winter net een stap te ver
groet tjeerd
""",
    },
    {
        "id": "d93-rsvp-16",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sandra Pot <s.pot@gemeente-tolhuizen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": "Nee, helaas. Dan is onze begrotingsheidag.",
    },
    {
        "id": "d93-rsvp-17",
        "kind": "rsvp",
        "attending": True,
        "sender": "Femke Dorrestein <f.dorrestein@maasdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": """\
Beste secretariaat,

Dank voor de uitnodiging. Ik neem met plezier de plaats van Dirk in en kom samen met één collega van het
team strategie.

Met vriendelijke groet,
Femke Dorrestein
adjunct-directeur Werkorganisatie Maasdal
""",
    },
    {
        "id": "d93-rsvp-18",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lotte Evers <l.evers@wo-duinstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": """\
Helaas, ook ik kan die middag niet. Ik laat het Marc-Jan zelf even weten.

Lotte Evers
""",
    },
    {
        "id": "d93-rsvp-19",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bert Nijhof <b.nijhof@servicepunt-driedorpen.nl>",
        "thread": None,
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": """\
Graag aanmelden, ik kom. Anja, zet jij het in mijn agenda? Dank.

Bert
""",
    },
    {
        "id": "d93-rsvp-20",
        "kind": "rsvp",
        "attending": False,
        "sender": "Secretariaat directie Kempenzoom <directiesecretariaat@kempenzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """\
Geachte heer Van de Laar,

Namens de heer Brouwer laat ik u weten dat hij op 11 maart op werkbezoek in Brussel is en helaas niet aanwezig
kan zijn.

Met vriendelijke groet,

Marjolein Smit
directiesecretaris
""",
    },
    {
        "id": "d93-rsvp-21",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ineke Holtrop <ineke.holtrop@gemeente-oostervoorde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """\
Zelf heb ik niets aan te dragen, daarvoor laat ik me graag verrassen. Maar in maart ben ik er zeker bij.

Ineke
""",
    },
    {
        "id": "d93-rsvp-22",
        "kind": "rsvp",
        "attending": False,
        "sender": "Carla Brinkhuis <c.brinkhuis@heuvelrugwest.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": """\
Dank voor het verslag. Het volgende atelier sla ik over: van september tot december ben ik met sabbatical.

Carla
""",
    },
    {
        "id": "d93-rsvp-23",
        "kind": "rsvp",
        "attending": False,
        "sender": "A. Meijerink <a.meijerink@wo-rivierenland-oost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": """\
Ik moet helaas afzeggen. Door de aanhoudende ijzel draait onze buitendienst overuren en zit ik die week in
het crisisteam.

Met vriendelijke groet,
A. Meijerink
""",
    },
    {
        "id": "d93-rsvp-24",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nadia El Amrani <n.elamrani@werkorganisatie-drielanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": """\
Count me in, looking forward to it.

Nadia El Amrani
Director Operations | Werkorganisatie Drielanden
""",
    },
    {
        "id": "d93-rsvp-25",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerrit Jan Lubbers <gj.lubbers@gemeente-zandwijk.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "subject": "Antw: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": """\
Ik kom met de trein. Als het weer gaat vriezen kan het iets later worden, maar ik ben er.
GJ Lubbers
""",
    },
    {
        "id": "d93-rsvp-26",
        "kind": "rsvp",
        "attending": False,
        "sender": "Pieter Boonstra <p.boonstra@wo-blt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": """\
Nee

Verzonden met BlackBerry Work
(www.blackberry.com)
""",
    },
    {
        "id": "d93-rsvp-27",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hans Mulderij <h.mulderij@maasdal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": """\
Beste Stan en Melanie,

Er is iets tussengekomen waardoor ik toch verhinderd ben. Jorien Smits, onze manager publiekszaken, komt in
mijn plaats: j.smits@maasdal.nl.

Groet,
Hans
""",
    },
    {
        "id": "d93-rsvp-28",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marieke Oude Elferink <marieke.oe@hotmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": """\
ja hoor ik ben er bij!! groetjes marieke

Verstuurd vanaf mijn iPhone
""",
    },
    # ------------------------------------------------------------------ suggestion
    {
        "id": "d93-sug-01",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Teun Wessels <t.wessels@maasdal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """\
Beste Stan,

Mijn suggestie: de stip op de horizon. Hoe formuleer je een meerjarige visie op de werkorganisatie die ook na
een bestuurswissel overeind blijft?

Groet,
Teun Wessels
""",
    },
    {
        "id": "d93-sug-02",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Sjoerd Bakker <s.bakker@dewaddenzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": """\
Wat doe je als een van de gemeenten steeds vaker haar eigen koers wil varen, terwijl de andere juist meer
samen willen doen? Dat speelt bij ons nu volop.

Sjoerd
""",
    },
    {
        "id": "d93-sug-03",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Karin Meulenbelt <k.meulenbelt@wo-blt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": """\
Hallo,

Een onderwerp: de krapte op de arbeidsmarkt. Vacatures bij belastingen en vergunningen staan bij ons soms een
half jaar open. Hoe houden anderen hun formatie gevuld?

Karin
""",
    },
    {
        "id": "d93-sug-04",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Bert Nijhof <b.nijhof@servicepunt-driedorpen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": """\
Hoe helpen we inwoners die niet met DigiD en online formulieren overweg kunnen? Veel ouderen in onze dorpen
bellen of komen liever langs, en dat loket gaat steeds vaker dicht.

Bert

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d93-sug-05",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "J.A. Kolkman <ja.kolkman@gemeente-zandwijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """\
Voorstel: Common Ground, de I-visie en het uitfaseren van ons verouderde zaaksysteem. Wie heeft de migratie
al achter de rug?

J.A. Kolkman
""",
    },
    {
        "id": "d93-sug-06",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Ruud Alberts <r.alberts@werkorganisatie-drielanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """\
Beste secretariaat,

Twee van onze drie gemeenten onderzoeken een herindeling; de derde wil zelfstandig blijven. Wat betekent dat
voor de toekomst van een werkorganisatie, en hoe houd je de drie besturen intussen bij elkaar? Dat zou ik
graag met collega's bespreken.

Met vriendelijke groet,
Ruud Alberts
directeur Werkorganisatie Drielanden
""",
    },
    {
        "id": "d93-sug-07",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Gerrit Jan Lubbers <gj.lubbers@gemeente-zandwijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": """\
Twee onderwerpen van mijn kant:
- de herijking van onze gemeenschappelijke regeling, nu de gemeenten verschillend denken over wat ze samen
  willen doen;
- een rijdend gemeenteloket voor de kleine kernen, zodat inwoners niet meer naar het stadskantoor hoeven.

GJ Lubbers
""",
    },
    {
        "id": "d93-sug-08",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Nadia El Amrani <n.elamrani@werkorganisatie-drielanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": """\
Suggestie: de positie van kleine werkorganisaties in de regio. Bij de Regio Deal en de regionale
energiestrategie zitten de grote steden aan tafel en wij schuiven aan. Hoe zorgen we dat onze gemeenten
gehoord worden?

Nadia
""",
    },
    {
        "id": "d93-sug-09",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Carla Brinkhuis <c.brinkhuis@heuvelrugwest.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": """\
Bestuurlijke prioritering. Onze colleges hebben samen ruim veertig speerpunten; hoe breng je als directie
het gesprek op gang over wat er echt toe doet en wat kan wachten?

Carla Brinkhuis
Gemeentesecretaris / algemeen directeur
Werkorganisatie Heuvelrug-West
""",
    },
    {
        "id": "d93-sug-10",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Dirk-Jan Smeenk <dj.smeenk@wo-rivierenland-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": """\
Hybride werken, vijf jaar later: halflege kantoren op dinsdag, overvolle op donderdag, en teams die elkaar
nauwelijks nog zien. Hoe organiseren anderen dat?

DJ
""",
    },
    {
        "id": "d93-sug-11",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Femke Dorrestein <f.dorrestein@maasdal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """\
Graag op de agenda: KPI's voor het KCC. Hoe houden jullie zicht op de afhandeltermijnen van meldingen
openbare ruimte, en rapporteren jullie die ook aan de raden?

Femke Dorrestein
adjunct-directeur Werkorganisatie Maasdal
""",
    },
    {
        "id": "d93-sug-12",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Tjeerd Wiersma <t.wiersma@dewaddenzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": """\
In maart kom ik zeker. Voor de agenda: het inzetten van AI en taalmodellen in onze werkprocessen, en hoe je
dat verantwoord doet zonder dat iedereen zijn eigen tooltje gaat gebruiken.

Tjeerd

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d93-sug-13",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Sandra Pot <s.pot@gemeente-tolhuizen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": """\
Ik ben er in maart niet bij, maar geef toch een onderwerp mee: de ongelijke ambities van onze drie gemeenten
bij de energietransitie. De een wil voorop lopen, de ander wacht af. En wie betaalt dan wat?

Sandra Pot
""",
    },
    {
        "id": "d93-sug-14",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "pieter boonstra <p.boonstra@wo-blt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": "sturingsconcept. wij zitten vast tussen integraal management en opgavegericht werken "
                "en komen er niet uit",
    },
    {
        "id": "d93-sug-15",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Aidan Brennan <a.brennan@heuvelrugwest.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": """\
A topic suggestion: one front desk for local entrepreneurs, so a business owner has a single point of contact
for permits, events and questions instead of being passed from department to department.

Aidan
""",
    },
    {
        "id": "d93-sug-16",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Yvonne Lammers <y.lammers@kempenzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": """\
Volgende keer zou ik het graag hebben over servicenormen voor inwoners: wat beloven we over reactietijden, en
hoe meten we of we dat ook waarmaken?

Yvonne
""",
    },
    {
        "id": "d93-sug-17",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Teun Wessels <t.wessels@maasdal.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": """\
Nog één aanvulling op mijn lijstje: de financiële sturing binnen de werkorganisatie, met name het
budgethouderschap bij teamleiders.

Teun
""",
    },
    {
        "id": "d93-sug-18",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Herman Stegeman <h.stegeman@werkorganisatie-drielanden.nl>",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "thread": "call_for_themes",
        "quote": "none",
        "body": """\
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;

Ja, hier zou ik graag iets over informatiebeveiliging aan toevoegen. Na de phishingaanval bij een buurgemeente
vraagt ons bestuur wat wij anders doen. Hoe hebben jullie dat geregeld?

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

Bij dezen!

Herman
""",
    },
    {
        "id": "d93-sug-19",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Lieke Hazeveld <l.hazeveld@dewaddenzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": """\
Seizoensgebonden, maar toch: elke winter krijgen we boze inwoners omdat hun straat niet gestrooid is. Hoe
informeren anderen hun inwoners over strooiroutes en wat ze wel en niet van de gemeente kunnen verwachten?

Lieke
""",
    },
    {
        "id": "d93-sug-20",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bert Nijhof <b.nijhof@servicepunt-driedorpen.nl>",
        "thread": None,
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "body": """\
Mijn onderwerp: hoe maak je van drie gemeentelijke culturen één organisatiecultuur? Vier jaar na de fusie
hoor ik nog steeds "wij van Lindenhorst" en "zij van Beekvliet".

Bert Nijhof
""",
    },
    {
        "id": "d93-sug-21",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Marleen Dijkhuis <m.dijkhuis@duinenveen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": """\
Dank voor het welkom! U vraagt of ik al een onderwerp heb: jazeker. Waar wil een werkorganisatie als de
onze over tien jaar staan, en hoe vertaal je zo'n langetermijnvisie naar de keuzes van vandaag?

Marleen Dijkhuis
""",
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "d93-uns-01",
        "kind": "unsubscribe",
        "sender": "Henk Scholten <h.scholten@gemeente-oostervoorde.nl>",
        "subject": "Uitschrijven",
        "thread": None,
        "body": """\
Beste Stan en Melanie,

Na ruim veertig jaar bij de overheid ga ik per 1 februari met pensioen. Wilt u mij uitschrijven? Ik heb
altijd met plezier aan de ateliers deelgenomen.

Hartelijke groet,
Henk Scholten
""",
    },
    {
        "id": "d93-uns-02",
        "kind": "unsubscribe",
        "sender": "Rianne de Groot <r.degroot@heuvelrugwest.nl>",
        "subject": "Afmelden netwerk",
        "thread": None,
        "body": """\
Goedemiddag,

Per 1 januari word ik bestuurder van een woningcorporatie. Het netwerk is dan niet meer voor mij bedoeld;
graag afmelden.

Met vriendelijke groet,
Rianne de Groot
""",
    },
    {
        "id": "d93-uns-03",
        "kind": "unsubscribe",
        "sender": "kees vermeulen <kees.vermeulen@ziggo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": "haal me aub van jullie lijst ik krijg al meer mail dan ik kan lezen",
    },
    {
        "id": "d93-uns-04",
        "kind": "unsubscribe",
        "sender": "Jan Willem Terpstra <jw.terpstra@gemeente-tolhuizen.nl>",
        "subject": "Overdracht lidmaatschap",
        "thread": None,
        "body": """\
Geacht secretariaat,

Per 1 maart neemt Karin de Boer mijn functie over als directeur. Zij wil graag ook mijn plaats in het netwerk
innemen; haar e-mailadres is k.deboer@gemeente-tolhuizen.nl. Mij kunt u van de lijst halen.

Met vriendelijke groet,
Jan Willem Terpstra
""",
    },
    {
        "id": "d93-uns-05",
        "kind": "unsubscribe",
        "sender": "Gijs Wolters <gijs.wolters@wo-duinstreek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": """\
Hallo Melanie,

Ik vertrek eind februari bij Duinstreek. Rob Hendriks (r.hendriks@wo-duinstreek.nl) volgt mij op en neemt
ook het lidmaatschap van het netwerk over.

Gijs
""",
    },
    {
        "id": "d93-uns-06",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "mr. E.M. van der Velde <e.vandervelde@wo-rivierenland-oost.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens",
        "thread": None,
        "body": """\
Geachte heer, mevrouw,

Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle persoonsgegevens die
u van mij verwerkt te verwijderen en mij geen berichten meer te sturen. Graag ontvang ik een bevestiging.

Hoogachtend,

mr. E.M. van der Velde
""",
    },
    {
        "id": "d93-uns-07",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Aidan Brennan <aidan.brennan@outlook.com>",
        "subject": "Please remove me",
        "thread": None,
        "body": """\
Hello,

My interim assignment at Heuvelrug-West has ended. Please take me off your list and delete any personal data
you hold about me (GDPR).

Thanks,
Aidan Brennan
""",
    },
    {
        "id": "d93-uns-08",
        "kind": "unsubscribe",
        "sender": "Jos Kamphuis <j.kamphuis@kempenzoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": """\
Ik heb mij hier niet voor aangemeld.

J. Kamphuis
""",
    },
    {
        "id": "d93-uns-09",
        "kind": "unsubscribe",
        "sender": "Martijn Leferink <m.leferink@werkorganisatie-drielanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": """\
Ik kom niet naar het atelier, en eerlijk gezegd wil ik ook van de verzendlijst af. Mijn rol is veranderd en
het netwerk past er niet meer bij.

Martijn
""",
    },
    {
        "id": "d93-uns-10",
        "kind": "unsubscribe",
        "sender": "R. Hazenberg <r.hazenberg@gemeente-zandwijk.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes-wrote",
        "body": "afmelden",
    },
    {
        "id": "d93-uns-11",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "thea ruiter <thea.ruiter@kpnmail.nl>",
        "subject": "uitschrijven",
        "thread": None,
        "body": """\
graag uitschrijven en al mijn gegevens wissen, ik ben sinds 1 januari weg bij de gemeente en wil niks meer
ontvangen
thea ruiter
""",
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "d93-auto-01",
        "kind": "autoreply",
        "sender": "Ruud Alberts <r.alberts@werkorganisatie-drielanden.nl>",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                   "[atelier:2027-1]",
        "thread": "call_for_themes",
        "headers": AUTO,
        "body": """\
Tot en met maandag 4 januari 2027 ben ik niet op kantoor. Uw e-mail wordt niet doorgestuurd.
Voor dringende zaken kunt u bellen met het directiesecretariaat, 0475 - 38 22 10.

Fijne feestdagen!
Ruud Alberts
""",
    },
    {
        "id": "d93-auto-02",
        "kind": "autoreply",
        "sender": "Karin Meulenbelt <k.meulenbelt@wo-blt.nl>",
        "subject": "Afwezig: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "thread": "invitation",
        "body": """\
Beste afzender,

Ik ben op wintersport en vanaf maandag 22 februari weer aan het werk. Met spoed? Mail dan naar mijn collega
Patrick Hulshof, p.hulshof@wo-blt.nl.

Groet, Karin Meulenbelt
""",
    },
    {
        "id": "d93-auto-03",
        "kind": "autoreply",
        "sender": "Nadia El Amrani <n.elamrani@werkorganisatie-drielanden.nl>",
        "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "thread": "reminder",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """\
Thank you for your message. I am out of the office until 8 March with limited access to e-mail.
For urgent matters please contact Bram Visser (b.visser@werkorganisatie-drielanden.nl).
""",
    },
    {
        "id": "d93-auto-04",
        "kind": "autoreply",
        "sender": "Postmaster Gemeente Zandwijk <noreply@gemeente-zandwijk.nl>",
        "subject": "Dit adres is niet meer in gebruik",
        "thread": "reminder",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """\
Dit is een automatisch bericht.

Het e-mailadres waarnaar u schreef is niet langer in gebruik. Uw bericht is niet gelezen en wordt niet
doorgestuurd. Voor algemene vragen kunt u terecht bij info@gemeente-zandwijk.nl of 14 0524.
""",
    },
    {
        "id": "d93-auto-05",
        "kind": "autoreply",
        "sender": "Femke Dorrestein <f.dorrestein@maasdal.nl>",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "thread": "invitation",
        "headers": {"X-Autoreply": "yes"},
        "body": """\
Op vrijdag werk ik niet. Uw bericht lees ik maandag. Met een dringende vraag kunt u terecht bij het
secretariaat van de directie via 0413 - 49 10 00.
""",
    },
    {
        "id": "d93-auto-06",
        "kind": "autoreply",
        "sender": "Sjoerd Bakker <s.bakker@dewaddenzoom.nl>",
        "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "thread": "confirmation",
        "body": """\
Wegens ziekte ben ik voorlopig afwezig. Uw bericht wordt niet automatisch doorgestuurd. Neemt u voor
dringende zaken contact op met Lieke Hazeveld, l.hazeveld@dewaddenzoom.nl.
""",
    },
    {
        "id": "d93-auto-07",
        "kind": "autoreply",
        "sender": "Klantcontactcentrum Duinen-Veen <kcc@duinenveen.nl>",
        "subject": "Ontvangstbevestiging Z-2027-004183",
        "thread": "welcome",
        "headers": AUTO,
        "body": """\
Geachte heer/mevrouw,

Wij hebben uw e-mail in goede orde ontvangen en geregistreerd onder zaaknummer Z-2027-004183. U ontvangt
binnen vijf werkdagen een reactie. Vermeld bij vervolgcontact altijd het zaaknummer.

Dit bericht is automatisch verzonden; u kunt er niet op antwoorden.

Gemeente Duinen-Veen | Klantcontactcentrum
""",
    },
    {
        "id": "d93-auto-08",
        "kind": "autoreply",
        "sender": "Hans Mulderij <h.mulderij@maasdal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "ongemarkeerd",
        "body": """\
Van 1 tot en met 12 maart ben ik met verlof. Uw mail lees ik na terugkomst. Voor zaken die niet kunnen
wachten: Femke Dorrestein, f.dorrestein@maasdal.nl.
""",
    },
    {
        "id": "d93-auto-09",
        "kind": "autoreply",
        "sender": "Carla Brinkhuis <c.brinkhuis@heuvelrugwest.nl>",
        "subject": "Afwezigheidsmelding / Out of office",
        "thread": "call_for_themes",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": """\
Ik ben afwezig tot en met 15 januari. Uw e-mail wordt na mijn terugkeer behandeld.

I am away until 15 January. Your e-mail will be dealt with upon my return.

Carla Brinkhuis
Werkorganisatie Heuvelrug-West
""",
    },
    {
        "id": "d93-auto-10",
        "kind": "autoreply",
        "sender": "Wim Hoekstra <w.hoekstra@gemeente-zandwijk.nl>",
        "subject": "Afwezig",
        "thread": "invitation",
        "headers": AUTO,
        "body": """\
Bedankt voor uw bericht. In verband met de kerstsluiting van het gemeentehuis ben ik tot 4 januari niet
bereikbaar.
""",
    },
    # ------------------------------------------------------------------ other
    {
        "id": "d93-oth-01",
        "kind": "other",
        "sender": "Ineke Holtrop <ineke.holtrop@gemeente-oostervoorde.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": """\
Beste Stan,

Kun je bij het Provinciehuis parkeren, of kan ik beter de trein nemen? En moet ik mijn agenda-afspraak
zelf verwijderen of gaat dat vanzelf?

Groet,
Ineke
""",
    },
    {
        "id": "d93-oth-02",
        "kind": "other",
        "sender": "Debiteurenadministratie De Koffiekamer <facturen@dekoffiekamer-utrecht.nl>",
        "subject": "Factuur 2027-0031 - verzorging bijeenkomst 11 maart",
        "thread": None,
        "body": """\
Geachte relatie,

In de bijlage vindt u factuur 2027-0031 voor de verzorging van koffie, thee en borrel tijdens uw bijeenkomst.
Wij verzoeken u het bedrag van EUR 1.184,50 binnen 30 dagen over te maken onder vermelding van het
factuurnummer.

Met vriendelijke groet,

De Koffiekamer Catering
KvK 61234987 | IBAN NL12 RABO 0345 6789 01
""",
    },
    {
        "id": "d93-oth-03",
        "kind": "other",
        "sender": "Dirk-Jan Smeenk <dj.smeenk@wo-rivierenland-oost.nl>",
        "subject": "Alles komt dubbel binnen",
        "thread": None,
        "body": """\
Hoi,

Sinds december krijg ik al jullie berichten twee keer: een keer op dit adres en een keer op mijn oude adres
bij de gemeente. Vervelend, zeker als er ook nog een herinnering achteraan komt. Kunnen jullie dat rechtzetten?

DJ
""",
    },
    {
        "id": "d93-oth-04",
        "kind": "other",
        "sender": "Femke Dorrestein <f.dorrestein@maasdal.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": """\
Wat een goede middag. Vooral het gesprek aan mijn tafel over de rol van de directeur tussen vier
burgemeesters gaf stof tot nadenken. Het verslag is helder; dank aan jullie allebei.

Femke
""",
    },
    {
        "id": "d93-oth-05",
        "kind": "other",
        "sender": "Lucas Meyer <lucas.meyer@civicflow.io>",
        "subject": "Partnership: AI assistant for municipal service desks",
        "thread": None,
        "body": """\
Dear network team,

CivicFlow helps shared service organisations of smaller municipalities answer resident questions around the
clock with an AI assistant trained on local regulations. We would love to present a short case study at one of
your ateliers, free of charge.

Would you be open to a 20-minute call next week?

Best regards,
Lucas Meyer
Head of Partnerships, CivicFlow
Amsterdam | Berlin
""",
    },
    {
        "id": "d93-oth-06",
        "kind": "other",
        "sender": "Wendelien Oosterhuis <w.oosterhuis@oostervoorde-zandwijk.nl>",
        "subject": "Nieuw e-mailadres",
        "thread": None,
        "body": """\
Beste secretariaat,

Met ingang van 1 januari zijn de websites en mailadressen van onze twee gemeenten samengevoegd. Mijn oude
adres (w.oosterhuis@gemeente-oostervoorde.nl) vervalt; wilt u voortaan dit adres gebruiken?

Met vriendelijke groet,
Wendelien Oosterhuis
""",
    },
    {
        "id": "d93-oth-07",
        "kind": "other",
        "sender": "Carla Brinkhuis <c.brinkhuis@heuvelrugwest.nl>",
        "subject": "Collega toevoegen",
        "thread": None,
        "body": """\
Hallo Melanie,

Onze nieuwe directeur bedrijfsvoering, Marco Visser, wil graag ook de uitnodigingen ontvangen. Kun je hem
toevoegen? Hij begint volgende week.

Groet,
Carla
""",
    },
    {
        "id": "d93-oth-08",
        "kind": "other",
        "sender": "Secretariaat Werkorganisatie Kempenzoom <directiesecretariaat@kempenzoom.nl>",
        "subject": "Overlijden van de heer G. Brouwer",
        "thread": None,
        "body": """\
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Met groot verdriet laat ik u weten dat onze directeur, de heer Gerard Brouwer, op 3 februari plotseling is
overleden. Hij was lid van uw netwerk en sprak altijd met veel waardering over de ateliers.

Wij stellen het op prijs als u hiermee rekening houdt in uw berichtgeving.

Met vriendelijke groet,
Marjolein Smit
directiesecretaris Werkorganisatie Kempenzoom
""",
    },
    {
        "id": "d93-oth-09",
        "kind": "other",
        "sender": "Patrick Hulshof <p.hulshof@wo-blt.nl>",
        "subject": "Jan Peters",
        "thread": None,
        "body": """\
Goedemiddag,

Ter info: Jan Peters werkt sinds 1 december niet meer bij Werkorganisatie BLT. Ik zag dat hij nog op de
verzendlijst stond voor het atelier.

Met vriendelijke groet,
Patrick Hulshof
HR-adviseur
""",
    },
    {
        "id": "d93-oth-10",
        "kind": "other",
        "sender": "Mirjam Schuurman <m.schuurman@gemeente-tolhuizen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": """\
Ik heb mij nergens aangemeld. Hoe bent u aan mijn e-mailadres gekomen, en wie heeft mij opgegeven?

M. Schuurman
""",
    },
    {
        "id": "d93-oth-11",
        "kind": "other",
        "sender": "Robbert Zijlstra <r.zijlstra@bedrijfsvoering-noordkwartier.nl>",
        "subject": "Lid worden?",
        "thread": None,
        "body": """\
Goedendag,

Ik ben directeur van een gemeenschappelijke regeling die alleen de bedrijfsvoering (ICT, HR, financiën) voor
vier gemeenten doet. Is het netwerk ook voor ons bedoeld? Zo ja, dan meld ik me graag aan.

Met vriendelijke groet,
Robbert Zijlstra
""",
    },
    {
        "id": "d93-oth-12",
        "kind": "other",
        "sender": "Gerrit Jan Lubbers <gj.lubbers@gemeente-zandwijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027",
        "body": """\
Sinds mijn knieoperatie loop ik slecht. Als er een invalidenparkeerplaats dicht bij de ingang is, kom ik
graag. Kunt u dat nagaan?
GJ Lubbers
""",
    },
    {
        "id": "d93-oth-13",
        "kind": "other",
        "sender": "Bestuurssecretariaat Duinen-Veen <bestuurssecretariaat@duinenveen.nl>",
        "subject": "Atelier 11 maart - mevrouw Dijkhuis",
        "thread": None,
        "body": """\
Goedemorgen,

Namens mevrouw Dijkhuis laat ik u weten dat zij op 11 maart aanwezig zal zijn.

Met vriendelijke groet,
Petra Kuipers
""",
    },
    {
        "id": "d93-oth-14",
        "kind": "other",
        "sender": "Tjeerd Wiersma <t.wiersma@dewaddenzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """\
Geen onderwerp, wel een wens: kan het atelier een keer in het noorden plaatsvinden? Utrecht is voor ons
tweeënhalf uur rijden, en in de winter soms meer.

Tjeerd
""",
    },
    {
        "id": "d93-oth-15",
        "kind": "other",
        "sender": "Ineke Holtrop <ineke.holtrop@gemeente-oostervoorde.nl>",
        "subject": "Belangstelling Adviesraad",
        "thread": None,
        "body": """\
Beste Stan en Melanie,

Ik hoorde dat er in de Adviesraad een plek vrijkomt. Ik wil daar graag aan bijdragen: ik ben al drie jaar lid
en heb bij twee ateliers een tafel begeleid. Wat is de procedure?

Hartelijke groet,
Ineke Holtrop
""",
    },
    {
        "id": "d93-oth-16",
        "kind": "other",
        "sender": "Sandra Pot <s.pot@gemeente-tolhuizen.nl>",
        "subject": "Inzage gegevens",
        "thread": None,
        "body": """\
Geacht secretariaat,

Graag ontvang ik een overzicht van de persoonsgegevens die u van mij hebt vastgelegd en waarvoor u die
gebruikt.

Met vriendelijke groet,
Sandra Pot
""",
    },
    {
        "id": "d93-oth-17",
        "kind": "other",
        "sender": "Yvonne Lammers <y.lammers@kempenzoom.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": """\
Wat jammer! Is er al zicht op een nieuwe datum? Dan houd ik die alvast vrij.

Yvonne
""",
    },
    {
        "id": "d93-oth-18",
        "kind": "other",
        "sender": "Teun Wessels <t.wessels@maasdal.nl>",
        "subject": "Drie MT-leden aanmelden",
        "thread": None,
        "body": """\
Beste secretariaat,

Ons MT wil graag meedoen met het netwerk. Kunt u de volgende collega's aanmelden?
- Femke Dorrestein, f.dorrestein@maasdal.nl
- Hans Mulderij, h.mulderij@maasdal.nl
- Orlando Pinas, o.pinas@maasdal.nl

Dank!
Teun Wessels
""",
    },
    {
        "id": "d93-oth-19",
        "kind": "other",
        "sender": "A. Meijerink <a.meijerink@wo-rivierenland-oost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": """\
Het KNMI verwacht donderdag code oranje voor ijzel. Gaat het atelier dan gewoon door, of schuift het naar
online?

A. Meijerink
""",
    },
    {
        "id": "d93-oth-20",
        "kind": "other",
        "sender": "Jelle Postma <j.postma@wo-blt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes-wrote",
        "body": """\
thx voor het warme welkom, ik zie uit naar de eerste bijeenkomst
jelle
""",
    },
]
# fmt: on
