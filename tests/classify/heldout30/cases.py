"""Held-out set 30: one year (2029) of mail to info@ambtelijkefusie.nl from directors in Noord-Holland and Flevoland.

Never tuned on; it only measures. All organisations, municipalities, people and domains are invented.

The year's calendar as the writers know it:

- Spring cycle (atelier 2029-1). Monday 8 January: call for themes for the atelier of Thursday 22 March 2029,
  suggestions before 25 January; each suggestion gets our thank-you mail. Tuesday 13 February: the invitation,
  "Regie in de regio" (theme Samenwerking), Thursday 22 March 2029, 14.00 to 17.30, Cultuurhuis Het Zuiderlicht,
  Agorabaan 14, Dronterhaven, with a Teams link; answer before 8 March; 30 places, then a waiting list.
  Wednesday 28 February: the change: because of water damage at Het Zuiderlicht the atelier moves to Raadhuis
  Hemmerdam, Kerkbuurt 2, Hemmerdam, and starts half an hour earlier (13.30 to 17.00). Monday 19 March: the
  reminder. Tuesday 27 March: the follow-up (thanks, the report, which topics for the autumn).
- Autumn cycle (atelier 2029-2). Monday 3 September: call for themes for Thursday 15 November, before 20 September.
  Tuesday 9 October: the invitation, "Dichtbij en digitaal" (theme Dienstverlening), Thursday 15 November,
  14.00 to 17.30, Buitenplaats De Vennen, Dijkweg 40, Kogerland; answer before 1 November. Friday 19 October: the
  change: the date moves to Thursday 22 November (15 November clashed with the budget meetings of many councils),
  same time and place. Monday 19 November: the reminder. Tuesday 27 November: the follow-up, topics for spring 2030.
- All year: sign-ups, our confirmation request and its one reminder, the welcome, the confirmation of a leave,
  the substitute's invitation and the waiting-list acknowledgement.

The quoted mails are the fixed snapshot in ``quoted_mails.json`` (with its 2027 dates and names); the writers'
own text and most subjects follow the 2029 calendar above.

Conventions relied on (the secretariat's view, from the brief):
- Joining, by the person themself: `subscribe`; a request to sign up one named colleague WITH that colleague's
  address: `subscribe` too; without the address, or several people at once: `other`. "Lid blijven" under our
  confirmation of a leave: `subscribe`.
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up (and our thank-you for a suggestion, and the welcome): a reply that
  proposes a topic is a `suggestion` (also when it says whether the writer comes); a reply that only says whether
  the writer comes is an `rsvp`; a proposal about the form of the ateliers (day, venue, length, online) is `other`.
  A suggestion's themes are those of the topics proposed: usually one, two only where the topic clearly spans two
  or the writer proposes topics under two themes.
- Leaving and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership: `rsvp` False.
  A director who cannot come but sends a substitute: `rsvp` False. Late arrival or bringing guests: `rsvp` True.
- A named successor taking over the seat (with address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the
  secretariat must answer first, or a request plus a real question to the secretariat: `other`.
- Applying for the Adviesraad, a supplier's pitch, a question who may join, thanks and feedback: `other`.
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- Out-of-office, ticket receipts, bounces, read receipts, quarantine notices, "address no longer in use":
  `autoreply`, with or without Auto-Submitted-style headers.
- `thread` is None for a new mail, for a director answering above an assistant's forward (`doorgestuurd`), and for a
  client that dropped the reply headers.
"""

from __future__ import annotations

from typing import Any

# Subjects of our own 2029 mails, as the replies carry them.
OPROEP_1 = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 22 maart 2029 [atelier:2029-1]"
UITN_1 = "Uitnodiging Leer- en inspireer-atelier 22 maart 2029: Regie in de regio [atelier:2029-1]"
WIJZ_1 = "Gewijzigd: Leer- en inspireer-atelier 22 maart 2029 [atelier:2029-1]"
HERI_1 = "Herinnering: Leer- en inspireer-atelier donderdag 22 maart 2029 [atelier:2029-1]"
VERV_1 = 'Dank voor uw komst: Leer- en inspireer-atelier "Regie in de regio" [atelier:2029-1]'
BEDANKT_1 = "Dank voor uw themasuggestie [atelier:2029-1]"
WACHT_1 = "U staat op de wachtlijst voor het atelier van 22 maart 2029 [atelier:2029-1]"
VERVANGER_1 = "Namens Hans Pronk: uitnodiging Leer- en inspireer-atelier 22 maart 2029 [atelier:2029-1]"
OPROEP_2 = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 15 november 2029 [atelier:2029-2]"
UITN_2 = "Uitnodiging Leer- en inspireer-atelier 15 november 2029: Dichtbij en digitaal [atelier:2029-2]"
WIJZ_2 = "Gewijzigd: Leer- en inspireer-atelier 15 november 2029 [atelier:2029-2]"
HERI_2 = "Herinnering: Leer- en inspireer-atelier donderdag 22 november 2029 [atelier:2029-2]"
VERV_2 = 'Dank voor uw komst: Leer- en inspireer-atelier "Dichtbij en digitaal" [atelier:2029-2]'
BEDANKT_2 = "Dank voor uw themasuggestie [atelier:2029-2]"
VERVANGER_2 = "Namens Sandra Koning: uitnodiging Leer- en inspireer-atelier 22 november 2029 [atelier:2029-2]"
WELKOM = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
AFGEMELD = "Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ subscribe
    {
        "id": "h30-sub-01", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Erik Sijbrandij <e.sijbrandij@zuiderzeekust.nl>",
        "subject": "Aanmelding Netwerk van directeuren",
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Per 1 januari 2029 ben ik benoemd tot algemeen directeur van Werkorganisatie Zuiderzeekust, de gezamenlijke
ambtelijke organisatie van de gemeenten Kustwaard, Edammerveld en Zeevang-Oost. Mijn voorganger sprak altijd
met veel waardering over het netwerk en de ateliers.

Graag meld ik mij hierbij aan als lid.

Met vriendelijke groet,

drs. E.J. (Erik) Sijbrandij
algemeen directeur
Werkorganisatie Zuiderzeekust
Postbus 40 | 1477 ZH Kustwaard
T 0299 - 45 12 00

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u
verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te retourneren.
""",
    },
    {
        "id": "h30-sub-02", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Bas Lakeman <bas.lakeman@flevo-oost.nl>",
        "subject": "aanmelden",
        "body": """
Graag aanmelden voor het netwerk.

Gr Bas Lakeman
directeur Flevo-Oost

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h30-sub-03", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Marloes Wijnstra <m.wijnstra@amstelkant.nl>",
        "subject": "Aanmelding adjunct-directeur Amstelkant",
        "body": """
Beste Stan en Melanie,

Sinds deze maand hebben we bij Amstelkant een adjunct-directeur: Noor Hamdaoui. Ze wil graag lid worden van het
netwerk en ik heb haar beloofd het even voor haar te regelen. Haar mailadres is n.hamdaoui@amstelkant.nl.
Willen jullie haar aanmelden?

Hartelijke groet,
Marloes

Marloes Wijnstra | directeur Werkorganisatie Amstelkant
werkt voor de gemeenten Amstelkant en Gaasperhoek
""",
    },
    {
        "id": "h30-sub-04", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Rachel Thompson <r.thompson@lepelaar-dvo.nl>",
        "subject": "Joining the network",
        "body": """
Dear Sir or Madam,

As of this month I am the interim director of DVO Lepelaar, the shared service organisation of Almerwaard and
Oostvaardershoek. My Dutch is improving but still slow, so please forgive me for writing in English.

Several colleagues recommended your network to me and I would very much like to join. Mailings in Dutch are
perfectly fine - it is good practice for me.

Kind regards,

Rachel Thompson
Interim Director | DVO Lepelaar
+31 6 41 22 87 90
""",
    },
    {
        "id": "h30-sub-05", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Carla Rustenburg <c.rustenburg@lisserhoek.nl>",
        "subject": "Lidmaatschap",
        "body": """
Goedemiddag,

Via Gerda Kooistra van de KWH hoorde ik over jullie Leer- en inspireer-ateliers. Klinkt precies als wat ik zoek
nu wij als Lisserhoek een jaar onderweg zijn als gefuseerde werkorganisatie. Ik word dus graag lid.

Mijn gegevens voor de volledigheid:
Carla Rustenburg
directeur Werkorganisatie Lisserhoek
c.rustenburg@lisserhoek.nl

Groeten,
Carla
""",
    },
    {
        "id": "h30-sub-06", "kind": "subscribe", "thread": "goodbye", "quote": "outlook-nl",
        "quoted": "afmelding_bevestigd",
        "sender": "Hester Kalf <h.kalf@egmondermeer.nl>",
        "subject": "RE: " + AFGEMELD,
        "body": """
Lid blijven graag!

Dat afmelden was een misverstand: mijn managementassistent heeft namens mij op de verkeerde mail gereageerd. Ik
wil juist graag lid blijven.

Met vriendelijke groet,
Hester Kalf
Directeur Werkorganisatie Egmondermeer
""",
    },
    {
        "id": "h30-sub-07", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Fatima el Idrissi <f.elidrissi@wfk-gemeenten.nl>",
        "subject": "Aanmelding",
        "body": """
hoi, wil me graag aanmleden voor jullie netwerk van directeuren. ben sinds kort dir. bij de Westfriese Kernen
(Hargerland, Schellingerland en Kreekwijk).

gr fatima

Verzonden vanaf Outlook voor Android
""",
    },
    {
        "id": "h30-sub-08", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Yvonne Hoogland <y.hoogland@noordkop-sc.nl>",
        "subject": "Weer terug :)",
        "body": """
Beste secretariaat,

Twee jaar geleden heb ik mij afgemeld omdat ik tijdelijk programmadirecteur bij de provincie werd. Inmiddels ben ik
terug op mijn oude plek, als directeur van het Servicecentrum Noordkop. Zetten jullie mij weer op de lijst? Ik heb
de ateliers echt gemist.

Vriendelijke groet,

Yvonne Hoogland
Directeur Servicecentrum Noordkop
""",
    },
    {
        "id": "h30-sub-09", "kind": "subscribe", "thread": None, "quote": "doorgestuurd",
        "quoted": "uitnodiging_atelier",
        "sender": "Mehmet Yildiz <m.yildiz@drechterwaard.nl>",
        "subject": "FW: " + UITN_1,
        "body": """
Goedemorgen,

Onderstaande uitnodiging werd mij doorgestuurd. Ik ben zelf (nog) geen lid van het netwerk, maar dat wil ik
graag worden. Bij dezen mijn aanmelding.

Met vriendelijke groet,

Mehmet Yıldız
algemeen directeur Werkorganisatie Drechterwaard
""",
    },
    {
        "id": "h30-sub-10", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Directiesecretariaat IJsselkust <directiesecretariaat@ijsselkust.nl>",
        "subject": "Aanmelden dhr. Tesselaar",
        "body": """
Geacht secretariaat,

Namens onze directeur, de heer R. Tesselaar, wil ik hem graag aanmelden als lid van het Netwerk van directeuren
van ambtelijke fusieorganisaties. Zijn e-mailadres is r.tesselaar@ijsselkust.nl.

Met vriendelijke groet,

Petra Dijkman
Directiesecretaresse
Werkorganisatie IJsselkust | Nieuw-Urkerveld - Ketelhaven

Dit e-mailbericht is alleen bestemd voor de geadresseerde(n). Heeft u dit bericht per vergissing ontvangen, wilt
u het dan verwijderen en de afzender hiervan op de hoogte stellen?
""",
    },
    {
        "id": "h30-sub-11", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "M. Groot <m.groot@bloemendijk.nl>",
        "subject": "Aanmelden netwerk directeuren",
        "body": """
Graag.

M. Groot
Directeur Werkorganisatie Bloemendijk
""",
    },
    {
        "id": "h30-sub-12", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Niels Teerink <niels.teerink@kopvandepolder.nl>",
        "subject": "Nieuwe werkorganisatie Kop van de Polder - aanmelding",
        "body": """
Geachte heer, mevrouw,

Op 1 januari 2029 zijn de ambtelijke organisaties van Anna Weide en Wieringerhoek samengegaan in de
Werkorganisatie Kop van de Polder. Ik heb de eer de eerste directeur te zijn. We zitten nog middenin de inrichting:
de nieuwe afdelingen staan op papier, de mensen zitten nog op twee locaties en de raden zoeken nog naar hun rol
richting één organisatie.

Juist in deze fase lijkt het mij waardevol om te leren van collega's die dit al achter de rug hebben. Ik meld mij
daarom graag aan als lid van uw netwerk.

Met vriendelijke groet,

Niels Teerink
Directeur | Werkorganisatie Kop van de Polder
Stationsweg 1, 1771 AB Anna Weide
www.kopvandepolder.nl

Disclaimer: aan dit bericht kunnen geen rechten worden ontleend.
""",
    },
    {
        "id": "h30-sub-13", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Ilse van Dam <i.vandam@zijpeduin.nl>",
        "subject": "aanmelding nieuwe directeur Zijpe-Duin",
        "body": """
Dag Stan, dag Melanie,

Ik ben sinds 1 februari de opvolger van Ruud Schermerhorn als directeur van Zijpe-Duin. Ruud gaf bij zijn
afscheid als tip mee dat ik me vooral bij jullie moest aanmelden. Bij deze dus!

Groet,
Ilse van Dam
""",
    },
    {
        "id": "h30-sub-14", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Arjen Blom <arjenblom1968@gmail.com>",
        "subject": "Aanmelding netwerk",
        "body": """
Beste mensen,

Ik meld mij aan voor het netwerk, met mijn privéadres: onze gemeentelijke mailserver zet jullie berichten met een
agenda-bijlage steevast in quarantaine, en dan mis ik ze.

Arjen Blom
directeur Ambtelijke Organisatie Schermerveld
""",
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "h30-con-01", "kind": "confirm", "thread": "confirmation", "quote": "outlook-nl",
        "quoted": "bevestiging_aanmelding",
        "sender": "Hans Pronk <h.pronk@werkorganisatieveenkoog.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-2QW7H-KD9LM-0PXV3]",
        "body": """


Met vriendelijke groet,

Hans Pronk
Directeur Werkorganisatie Veenkoog
Veenkoog | Oostmeer | Purmerbroek
""",
    },
    {
        "id": "h30-con-02", "kind": "confirm", "thread": "confirmation", "quote": "gmail",
        "quoted": "bevestiging_aanmelding",
        "sender": "Arjen Blom <arjenblom1968@gmail.com>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-8RT4K-ZP1NB-6MWC2]",
        "body": """
Ja, bevestigd.
""",
    },
    {
        "id": "h30-con-03", "kind": "confirm", "thread": "confirmation", "quote": "apple",
        "quoted": "bevestiging_aanmelding",
        "sender": "Bas Lakeman <bas.lakeman@flevo-oost.nl>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-5HJ2D-QX8WE-1LKT7]",
        "body": """
Akkoord

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h30-con-04", "kind": "confirm", "thread": "confirmation", "quote": "outlook-lijn",
        "quoted": "bevestiging_aanmelding",
        "sender": "Erik Sijbrandij <e.sijbrandij@zuiderzeekust.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-3NM9P-WC4RT-7YGB1]",
        "body": """
Geachte heer Van de Laar,

Hierbij bevestig ik mijn aanmelding. Dank voor de snelle reactie.

Met vriendelijke groet,

Erik Sijbrandij
algemeen directeur Werkorganisatie Zuiderzeekust
""",
    },
    {
        "id": "h30-con-05", "kind": "confirm", "thread": "confirmation", "quote": "outlook-nl",
        "quoted": "herinnering_aanmelding",
        "sender": "Marjan Groot <m.groot@bloemendijk.nl>",
        "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-6VB3S-LK2QA-9PZN4]",
        "body": """
Excuus, uw eerste mail was in mijn map ongewenste e-mail beland. Bij deze alsnog bevestigd!

Marjan Groot
""",
    },
    {
        "id": "h30-con-06", "kind": "confirm", "thread": "confirmation", "quote": "outlook-en",
        "quoted": "bevestiging_aanmelding",
        "sender": "Rachel Thompson <r.thompson@lepelaar-dvo.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-1TR8G-MN5XC-2WQH6]",
        "body": """
Confirmed, thank you!

Rachel
""",
    },
    {
        "id": "h30-con-07", "kind": "confirm", "thread": "confirmation", "quote": "apple",
        "quoted": "bevestiging_aanmelding",
        "sender": "Noor Hamdaoui <n.hamdaoui@amstelkant.nl>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-4KD7L-PQ3ZS-8EVB5]",
        "body": """
Ja hoor, klopt! Marloes had me al gewaarschuwd dat deze mail zou komen :)

Groetjes, Noor

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "h30-con-08", "kind": "confirm", "thread": "confirmation", "quote": "notes",
        "quoted": "bevestiging_aanmelding",
        "sender": "R. Tesselaar <r.tesselaar@ijsselkust.nl>",
        "subject": "Antw: Bevestig uw aanmelding [ref:AF-9ZX2C-HB6NM-3RDT8]",
        "body": """
Bevestigd.

Met vriendelijke groet,

R. (Rob) Tesselaar
Directeur Werkorganisatie IJsselkust

-----------------------------------------------------------------------------------------------
De informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Gebruik door anderen
is niet toegestaan. Werkorganisatie IJsselkust staat niet in voor de juiste en volledige overbrenging van de inhoud
van een verzonden e-mail, noch voor tijdige ontvangst daarvan.
-----------------------------------------------------------------------------------------------
""",
    },
    {
        "id": "h30-con-09", "kind": "confirm", "thread": "confirmation", "quote": "groupwise",
        "quoted": "bevestiging_aanmelding",
        "sender": "Niels Teerink <niels.teerink@kopvandepolder.nl>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7PL4W-RT8KJ-5CXZ2]",
        "body": """
Graag bevestig ik hierbij mijn lidmaatschap van het netwerk.

N. Teerink
""",
    },
    {
        "id": "h30-con-10", "kind": "confirm", "thread": "confirmation", "quote": "outlook-nl",
        "quoted": "herinnering_aanmelding",
        "sender": "Ilse van Dam <i.vandam@zijpeduin.nl>",
        "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-2MC6B-VW9HD-4TNS1]",
        "body": """
Oei, helemaal vergeten te antwoorden. Ja, ik wil lid worden!

Ilse
""",
    },
    {
        "id": "h30-con-11", "kind": "confirm", "thread": "confirmation", "quote": "gmail",
        "quoted": "bevestiging_aanmelding",
        "sender": "Fatima el Idrissi <f.elidrissi@wfk-gemeenten.nl>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-5QS1N-JX7LP-0GWK9]",
        "body": """
bevestigd, tnx

Verzonden vanaf Outlook voor Android
""",
    },
    {
        "id": "h30-con-12", "kind": "confirm", "thread": "confirmation", "quote": "ongemarkeerd",
        "quoted": "herinnering_aanmelding",
        "sender": "Carla Rustenburg <c.rustenburg@lisserhoek.nl>",
        "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-8WK5T-ZN2CR-6HMB3]",
        "body": """
Ik wil lid worden, bij dezen.

Carla Rustenburg
Werkorganisatie Lisserhoek
""",
    },
    {
        "id": "h30-con-13", "kind": "confirm", "thread": "confirmation", "quote": "none",
        "sender": "Mehmet Yildiz <m.yildiz@drechterwaard.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-3XR9V-KP4MW-7LJD2]",
        "body": """
Prima, hierbij bevestig ik. Ik kijk uit naar de eerste bijeenkomst.

Mehmet Yıldız
""",
    },
    # ------------------------------------------------------------------ rsvp, spring
    {
        "id": "h30-rsvp-01", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Gerda Kooistra <g.kooistra@kwh-werkorganisatie.nl>",
        "subject": "RE: " + UITN_1,
        "body": """
Ja, ik kom.

Gerda Kooistra
algemeen directeur Werkorganisatie KWH
""",
    },
    {
        "id": "h30-rsvp-02", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Wouter Beemsterboer <w.beemsterboer@gooi-eemkant.nl>",
        "subject": "RE: " + UITN_1,
        "body": """
Beste Stan,

Wat een mooi onderwerp, dat speelt hier volop. Ik kom graag en neem onze concerncontroller Mirjam Helder mee,
dus we zijn met z'n tweeën.

Groet,
Wouter

Wouter Beemsterboer
Directeur Samenwerkingsverband Gooi-Eemkant
T 035 - 62 88 410 | M 06 - 51 73 20 44
""",
    },
    {
        "id": "h30-rsvp-03", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "outlook-lijn",
        "quoted": "uitnodiging_atelier",
        "sender": "Ilse van Dam <i.vandam@zijpeduin.nl>",
        "subject": "RE: " + UITN_1,
        "body": """
Helaas, op 22 maart is er een raadsvergadering in Zijpermeer waar ik bij moet zijn. Volgende keer hoop ik er wel
bij te zijn!

Groet,
Ilse van Dam
""",
    },
    {
        "id": "h30-rsvp-04", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Hans Pronk <h.pronk@werkorganisatieveenkoog.nl>",
        "subject": "RE: " + UITN_1,
        "body": """
Goedemiddag,

Zelf ben ik die middag in Den Haag. Mijn plaatsvervanger Sanne Ooms (s.ooms@werkorganisatieveenkoog.nl) komt in
mijn plaats; zij is goed ingevoerd in het onderwerp.

Met vriendelijke groet,

Hans Pronk
Directeur Werkorganisatie Veenkoog
""",
    },
    {
        "id": "h30-rsvp-05", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "gmail",
        "quoted": "uitnodiging_atelier",
        "sender": "Willemijn Terpstra <w.terpstra@wadkust.nl>",
        "subject": "Re: " + UITN_1,
        "body": """
Ik ben erbij, maar schuif rond half drie aan: ons MT op donderdagochtend loopt altijd uit en het is een stukje
rijden vanaf de kust.

Willemijn
""",
    },
    {
        "id": "h30-rsvp-06", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Secretariaat directie Noorderpolder <directie@uo-noorderpolder.nl>",
        "subject": "RE: " + UITN_1,
        "body": """
Geachte heer, mevrouw,

Namens de heer De Graaf laat ik u weten dat hij op 22 maart aanwezig zal zijn. Ik heb het atelier in zijn agenda
gezet.

Met vriendelijke groet,

Annemiek Mol
Managementondersteuning directie
Uitvoeringsorganisatie Noorderpolder
""",
    },
    {
        "id": "h30-rsvp-07", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "outlook-en",
        "quoted": "uitnodiging_atelier",
        "sender": "Rachel Thompson <r.thompson@lepelaar-dvo.nl>",
        "subject": "RE: " + UITN_1,
        "body": """
Hi both,

Count me in - looking forward to meeting everyone in person. I'll come by train, so I may be a few minutes early.

Best,
Rachel
""",
    },
    {
        "id": "h30-rsvp-08", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "none",
        "sender": "Arjen Blom <arjenblom1968@gmail.com>",
        "subject": "Re: " + UITN_1,
        "body": """
Kan helaas niet. Gr. Arjen

Verstuurd vanaf mijn Galaxy
""",
    },
    {
        "id": "h30-rsvp-09", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "wijziging_atelier",
        "sender": "Karin de Boer <k.deboer@kwh-werkorganisatie.nl>",
        "subject": "RE: " + WIJZ_1,
        "body": """
Hemmerdam is voor mij zelfs om de hoek, dus geen enkel probleem. Ik blijf aangemeld en ben er om half twee.

Karin de Boer
directeur bedrijfsvoering KWH
""",
    },
    {
        "id": "h30-rsvp-10", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "outlook-lijn",
        "quoted": "wijziging_atelier",
        "sender": "Monique Schaap <m.schaap@dijkzicht.nl>",
        "subject": "RE: " + WIJZ_1,
        "body": """
Beste Melanie,

Door de nieuwe aanvangstijd lukt het me helaas niet meer: tot half twee zit ik in het presidium van Dijkzicht en
dat kan ik niet verzetten. Ik laat deze bijeenkomst dus schieten. Jammer, want het onderwerp sprak me erg aan.

Met hartelijke groet,

Monique Schaap
Directeur Werkorganisatie Dijkzicht
""",
    },
    {
        "id": "h30-rsvp-11", "kind": "rsvp", "attending": False, "thread": "reminder", "quote": "apple",
        "quoted": "herinnering_atelier",
        "sender": "Gijs Kramer <g.kramer@meerkoog.nl>",
        "subject": "Re: " + HERI_1,
        "body": """
Helaas, ik kan niet. Lig met koorts op de bank. Geef mijn plaats maar aan iemand van de wachtlijst.

Gijs

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h30-rsvp-12", "kind": "rsvp", "attending": True, "thread": "reminder", "quote": "outlook-nl",
        "quoted": "herinnering_atelier",
        "sender": "Linda Appelman <l.appelman@bzw-werkorganisatie.nl>",
        "subject": "RE: " + HERI_1,
        "body": """
Goedemorgen,

Ik kom zeker, en ik neem er toch nog iemand bij mee: onze strategisch adviseur Joost van Wijngaarden. Hij trekt
bij ons de regionale agenda, dus het onderwerp is hem op het lijf geschreven. Dan zijn we met z'n tweeën.

Groet,
Linda Appelman
Directeur BZW-werkorganisatie
""",
    },
    {
        "id": "h30-rsvp-13", "kind": "rsvp", "attending": True, "thread": None, "quote": "none",
        "sender": "Olaf Zijp <o.zijp@oostzaanstad.nl>",
        "subject": "Toch aanwezig 22 maart",
        "body": """
Beste Stan,

Vorige week meldde ik mij af voor het atelier van 22 maart, maar de afspraak die ermee botste is verzet. Ik kom
dus toch! Ik hoop dat er nog een plekje is.

Groeten,
Olaf Zijp
Werkorganisatie Oostzaanstad
""",
    },
    {
        "id": "h30-rsvp-14", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "bevestiging_rsvp",
        "sender": "Kees Dol <k.dol@lelyland.nl>",
        "subject": "RE: " + WACHT_1,
        "body": """
Dank voor het bericht. Inmiddels kan ik op 22 maart toch niet meer, dus haal me maar van de wachtlijst, dan
schuift de volgende een plekje op.

Kees Dol
""",
    },
    {
        "id": "h30-rsvp-15", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_vervanger",
        "sender": "Sanne Ooms <s.ooms@werkorganisatieveenkoog.nl>",
        "subject": "RE: " + VERVANGER_1,
        "body": """
Dank u wel, ik neem graag de plaats van Hans in. Tot de 22e!

Hartelijke groet,
Sanne Ooms
plaatsvervangend directeur Werkorganisatie Veenkoog
""",
    },
    {
        "id": "h30-rsvp-16", "kind": "rsvp", "attending": True, "thread": "call_for_themes", "quote": "outlook-nl",
        "quoted": "oproep_themas",
        "sender": "Thijs Kaag <t.kaag@horsterwold.nl>",
        "subject": "RE: " + OPROEP_1,
        "body": """
Dag Melanie,

Ik heb op dit moment geen onderwerp dat ik wil inbrengen, maar ik ben er in maart zeker weer bij.

Groet,
Thijs
""",
    },
    {
        "id": "h30-rsvp-17", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "none",
        "sender": "Jeroen de Graaf <j.degraaf@uo-noorderpolder.nl>",
        "subject": "RE: " + UITN_1,
        "body": """
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

ja, ik kom. Alleen.

> Graag uw antwoord vóór 8 maart 2029.

Ruim op tijd dus ;-)

Jeroen
""",
    },
    {
        "id": "h30-rsvp-18", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "notes-wrote",
        "quoted": "uitnodiging_atelier",
        "sender": "Hester Kalf <h.kalf@egmondermeer.nl>",
        "subject": "Re: " + UITN_1,
        "body": """
Ik kom. Ter info: ik eet glutenvrij, mocht er bij de koffie iets te eten zijn.

Hester Kalf
""",
    },
    {
        "id": "h30-rsvp-19", "kind": "rsvp", "attending": True, "thread": None, "quote": "doorgestuurd",
        "quoted": "uitnodiging_atelier",
        "sender": "Marjan Groot <m.groot@bloemendijk.nl>",
        "subject": "FW: " + UITN_1,
        "body": """
Ja, ik kom graag naar het atelier op 22 maart. Anja, zet jij het in mijn agenda en blokkeer de reistijd?

Marjan
""",
    },
    {
        "id": "h30-rsvp-20", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "bevestiging_rsvp",
        "sender": "Olaf Zijp <o.zijp@oostzaanstad.nl>",
        "subject": "RE: " + WACHT_1,
        "body": """
Beste Stan,

Toch weer niet, vrees ik: de gemeenteraad van Oostzaanstad heeft op 22 maart een extra vergadering ingelast over
de jeugdzorgtekorten. Ik kan dus helaas niet komen, ook niet als er van de wachtlijst een plek vrijkomt. Excuus
voor het heen en weer.

Olaf
""",
    },
    # ------------------------------------------------------------------ rsvp, autumn
    {
        "id": "h30-rsvp-21", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "notes-wrote",
        "quoted": "uitnodiging_atelier",
        "sender": "R. Tesselaar <r.tesselaar@ijsselkust.nl>",
        "subject": "Re: " + UITN_2,
        "body": """
Geachte heer Van de Laar,

Graag bevestig ik mijn aanwezigheid bij het atelier op 15 november in Kogerland.

Met vriendelijke groet,

R. Tesselaar
""",
    },
    {
        "id": "h30-rsvp-22", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Erik Sijbrandij <e.sijbrandij@zuiderzeekust.nl>",
        "subject": "RE: " + UITN_2,
        "body": """
Beste Stan, beste Melanie,

15 november behandelt de raad van Kustwaard de begroting, dus ik moet helaas verstek laten gaan. Erg jammer,
want dienstverlening in de kernen is voor ons een groot thema.

Met vriendelijke groet,
Erik Sijbrandij
""",
    },
    {
        "id": "h30-rsvp-23", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "wijziging_atelier",
        "sender": "Erik Sijbrandij <e.sijbrandij@zuiderzeekust.nl>",
        "subject": "RE: " + WIJZ_2,
        "body": """
Goed nieuws: met de nieuwe datum van 22 november kan ik er wél bij. Zet u mij alsnog op de lijst?

Erik Sijbrandij
""",
    },
    {
        "id": "h30-rsvp-24", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "outlook-en",
        "quoted": "wijziging_atelier",
        "sender": "Ahmed Bouzid <a.bouzid@horsterwold.nl>",
        "subject": "RE: " + WIJZ_2,
        "body": """
Hallo Stan,

Jammer, op 22 november zit ik in Brussel voor ons Interreg-project. Op de 15e had ik gekund, maar zo moet ik
helaas afzeggen.

Ahmed Bouzid
Programmadirecteur Werkorganisatie Horsterwold
""",
    },
    {
        "id": "h30-rsvp-25", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "outlook-en",
        "quoted": "uitnodiging_atelier",
        "sender": "Emily Hartman <e.hartman@lelyland.nl>",
        "subject": "RE: " + UITN_2,
        "body": """
Dear Stan and Melanie,

Unfortunately I'll be abroad that week, on a study trip to Denmark with our mayors and aldermen. Please keep me
posted about the next one!

Kind regards,
Emily Hartman
Deputy Director | Werkorganisatie Lelyland
""",
    },
    {
        "id": "h30-rsvp-26", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "apple",
        "quoted": "uitnodiging_atelier",
        "sender": "Fatima el Idrissi <f.elidrissi@wfk-gemeenten.nl>",
        "subject": "Re: " + UITN_2,
        "body": """
Yes! Ik ben erbij 👍

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h30-rsvp-27", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "groupwise",
        "quoted": "uitnodiging_atelier",
        "sender": "N. Teerink <niels.teerink@kopvandepolder.nl>",
        "subject": "Re: " + UITN_2,
        "body": """
Geachte heer Van de Laar,

Tot mijn spijt moet ik mij afmelden voor het atelier van november. Die week draaien wij de overgang naar ons nieuwe
zaaksysteem en daar wil ik als directeur bij zijn. Ik blijf het netwerk uiteraard met belangstelling volgen.

Met vriendelijke groet,

N. Teerink
Directeur Werkorganisatie Kop van de Polder
""",
    },
    {
        "id": "h30-rsvp-28", "kind": "rsvp", "attending": True, "thread": "reminder", "quote": "outlook-nl",
        "quoted": "herinnering_atelier",
        "sender": "Carla Rustenburg <c.rustenburg@lisserhoek.nl>",
        "subject": "RE: " + HERI_2,
        "body": """
Ik kom, maar met de file op de A7 ben ik er waarschijnlijk pas tegen half drie. Begin gerust zonder mij.

Carla
""",
    },
    {
        "id": "h30-rsvp-29", "kind": "rsvp", "attending": False, "thread": "reminder", "quote": "outlook-lijn",
        "quoted": "herinnering_atelier",
        "sender": "Wouter Beemsterboer <w.beemsterboer@gooi-eemkant.nl>",
        "subject": "RE: " + HERI_2,
        "body": """
Stan, Melanie,

Ik ben geveld door de griep. Mijn collega Wendy Kroon (w.kroon@gooi-eemkant.nl), manager publiekszaken, gaat in
mijn plaats. Voor haar is het onderwerp misschien nog wel interessanter dan voor mij.

Wouter
""",
    },
    {
        "id": "h30-rsvp-30", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "ongemarkeerd",
        "quoted": "uitnodiging_atelier",
        "sender": "Saskia Verbeek <s.verbeek@schermerveld.nl>",
        "subject": "RE: " + UITN_2,
        "body": """
Aanwezig.

S. Verbeek
Adjunct-directeur Ambtelijke Organisatie Schermerveld
""",
    },
    {
        "id": "h30-rsvp-31", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Gerda Kooistra <g.kooistra@kwh-werkorganisatie.nl>",
        "subject": "RE: " + UITN_2,
        "body": """
Hoi Melanie,

Leuk dat het atelier dit keer bij ons in Kogerland is! We komen met z'n drieën: ik, Karin de Boer (directeur
bedrijfsvoering) en onze programmamanager dienstverlening, Rik Spaans.

Gerda
""",
    },
    {
        "id": "h30-rsvp-32", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "outlook-lijn",
        "quoted": "uitnodiging_atelier",
        "sender": "Lieke Dekker <l.dekker@dijkzicht.nl>",
        "subject": "RE: " + UITN_2,
        "body": """
nee helaas
""",
    },
    {
        "id": "h30-rsvp-33", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_vervanger",
        "sender": "Bart Holleman <b.holleman@lepelaar-dvo.nl>",
        "subject": "RE: " + VERVANGER_2,
        "body": """
Goedemiddag,

Dank voor de uitnodiging. Ik zit op 22 november helaas zelf ook vast, in een bestuurlijk overleg dat niet te
verzetten is. Ik heb het al met Sandra opgenomen; het wordt dit keer niemand van Lepelaar.

Met vriendelijke groet,
Bart Holleman
teammanager Dienstverlening, DVO Lepelaar
""",
    },
    {
        "id": "h30-rsvp-34", "kind": "rsvp", "attending": True, "thread": "call_for_themes", "quote": "outlook-nl",
        "quoted": "bedankt_suggestie",
        "sender": "Linda Appelman <l.appelman@bzw-werkorganisatie.nl>",
        "subject": "RE: " + BEDANKT_2,
        "body": """
Dank! Ik kom trouwens zeker op de 22e.

Linda
""",
    },
    {
        "id": "h30-rsvp-35", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "gmail",
        "quoted": "uitnodiging_atelier",
        "sender": "Thijs Kaag <t.kaag@horsterwold.nl>",
        "subject": "Re: " + UITN_2,
        "body": """
Beste beiden,

Dit keer moet ik passen: ik zit die week op Texel met ons MT voor de heisessie, en dat heeft voorrang.
Ik lees het verslag graag na.

Thijs Kaag
Directeur Werkorganisatie Horsterwold

Deze e-mail is gescand op virussen en spam.
""",
    },
    {
        "id": "h30-rsvp-36", "kind": "rsvp", "attending": True, "thread": "call_for_themes", "quote": "apple",
        "quoted": "vervolg_atelier",
        "sender": "Willemijn Terpstra <w.terpstra@wadkust.nl>",
        "subject": "Re: " + VERV_1,
        "body": """
Ik moest er in maart helaas halverwege vandoor, maar in november ben ik er weer bij, van begin tot eind.

Willemijn
""",
    },
    # ------------------------------------------------------------------ suggestion, spring call for themes
    {
        "id": "h30-sug-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quote": "outlook-nl", "quoted": "oproep_themas",
        "sender": "Gerda Kooistra <g.kooistra@kwh-werkorganisatie.nl>",
        "subject": "RE: " + OPROEP_1,
        "body": """
Beste Stan en Melanie,

Graag zou ik het willen hebben over de positie van de kleinste gemeente in een samenwerking. Waterhoek voelt zich
regelmatig ondergesneeuwd door Kogerland, dat twee keer zo groot is. Hoe houden andere werkorganisaties alle
deelnemende gemeenten aangehaakt, ook als de belangen uiteenlopen?

Groet,
Gerda
""",
    },
    {
        "id": "h30-sug-02", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quote": "gmail", "quoted": "oproep_themas",
        "sender": "Hester Kalf <h.kalf@egmondermeer.nl>",
        "subject": "Re: " + OPROEP_1,
        "body": """
Twee onderwerpen:
- strategische personeelsplanning, nu de helft van ons MT binnen vijf jaar met pensioen gaat
- de inzet van AI bij het opstellen van vergunningen en raadsvoorstellen: wat mag, wat werkt?

Hester
""",
    },
    {
        "id": "h30-sug-03", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quote": "apple", "quoted": "oproep_themas",
        "sender": "Wouter Beemsterboer <w.beemsterboer@gooi-eemkant.nl>",
        "subject": "Re: " + OPROEP_1,
        "body": """
Wat mij bezighoudt: over ruim een jaar zijn er gemeenteraadsverkiezingen. Hoe borgen we een langetermijnvisie op
onze organisatie als er straks nieuwe colleges met nieuwe prioriteiten aantreden? Ik zou graag met collega's
sparren over een meerjarige koers die een verkiezing overleeft.

Wouter

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "h30-sug-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quote": "none",
        "sender": "Jeroen de Graaf <j.degraaf@uo-noorderpolder.nl>",
        "subject": "Re: " + OPROEP_1,
        "body": """
Suggestie: klanttevredenheid meten bij het KCC. Hoe doen anderen dat, en wat doe je met de uitkomsten?

Gr Jeroen
""",
    },
    {
        "id": "h30-sug-05", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes", "quote": "outlook-nl", "quoted": "oproep_themas",
        "sender": "Linda Appelman <l.appelman@bzw-werkorganisatie.nl>",
        "subject": "RE: " + OPROEP_1,
        "body": """
Goedemorgen,

Ik heb er twee, onder verschillende thema's:

Samenwerking: de verhouding met de regio. Onze drie gemeenten zitten in twee verschillende regio's (Waterland en
Zaanstreek) en dat levert voortdurend gedoe op bij de gezamenlijke opgaven.

Organisatie: de overstap naar de cloud en wat dat vraagt van onze I&A-afdeling. We lopen achter en ik wil weten
hoe anderen de migratie hebben aangepakt.

Met vriendelijke groet,
Linda Appelman
Directeur BZW-werkorganisatie
Broekerveld | Zuiderwoude-Oost | Warderkoog
""",
    },
    {
        "id": "h30-sug-06", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quote": "none",
        "sender": "Marjan Groot <m.groot@bloemendijk.nl>",
        "subject": "RE: " + OPROEP_1,
        "body": """
> Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's
> bespreken? Denk aan:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;
> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in
> de regio;
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;

Ja, hier: hybride werken, vijf jaar na corona. Ons kantoor staat op dinsdag en donderdag vol en de rest van de
week leeg. Hoe organiseer je binding en teamgevoel als iedereen een eigen ritme heeft?

> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van
> prestaties.

Marjan Groot
""",
    },
    {
        "id": "h30-sug-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quote": "outlook-en", "quoted": "oproep_themas",
        "sender": "Rachel Thompson <r.thompson@lepelaar-dvo.nl>",
        "subject": "RE: " + OPROEP_1,
        "body": """
Dear Stan and Melanie,

One topic I would love to discuss: how do you measure and publish your performance towards residents? In the UK
we had public service dashboards for everything, with mixed results. I am curious how Dutch shared service
organisations report on waiting times, complaints and satisfaction to residents and councils.

Best regards,
Rachel Thompson
Interim Director | DVO Lepelaar
""",
    },
    {
        "id": "h30-sug-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quote": "outlook-lijn", "quoted": "oproep_themas",
        "sender": "Kees Dol <k.dol@lelyland.nl>",
        "subject": "RE: " + OPROEP_1,
        "body": """
Ik kom in maart in ieder geval. Onderwerp dat ik zou willen inbrengen: hoe positioneer je een werkorganisatie van
twee kleine gemeenten in de Flevolandse regio-agenda, naast grote spelers als de provincie en de grote steden?
Wij schuiven overal aan maar hebben weinig invloed.

Kees Dol
Directeur Werkorganisatie Lelyland
""",
    },
    {
        "id": "h30-sug-09", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quote": "groupwise", "quoted": "oproep_themas",
        "sender": "Olaf Zijp <o.zijp@oostzaanstad.nl>",
        "subject": "Re: " + OPROEP_1,
        "body": """
Beste Stan, beste Melanie,

Een onderwerp dat mij al een tijd bezighoudt is ons sturingsconcept. Bij de start van de werkorganisatie hebben
we gekozen voor integraal management met vrij grote afdelingen en een dunne laag teamleiders. Dat werkte goed
zolang de organisatie stabiel was, maar nu we met veel nieuwe, jonge medewerkers werken, merk ik dat de span of
control te groot is. Tegelijk willen we geen extra managementlaag. Ik ben benieuwd hoe andere directeuren hun
sturing hebben ingericht: zelforganiserende teams, opgavegericht werken, of juist weer meer hiërarchie?

Met vriendelijke groet,

Olaf Zijp
algemeen directeur Werkorganisatie Oostzaanstad
""",
    },
    {
        "id": "h30-sug-10", "kind": "suggestion", "themes": ["strategie"], "thread": "welcome", "quote": "outlook-nl",
        "quoted": "welkom",
        "sender": "Erik Sijbrandij <e.sijbrandij@zuiderzeekust.nl>",
        "subject": "RE: " + WELKOM,
        "body": """
Dank voor het welkom.

U vraagt of ik al een onderwerp heb: jazeker. Ik zou graag spreken over de inhoudelijke agenda van een
werkorganisatie. Hoe kom je van 'uitvoeren wat de colleges vragen' naar een organisatie die zelf meedenkt over
de bestuurlijke prioriteiten van de komende tien jaar?

Met vriendelijke groet,
Erik Sijbrandij
""",
    },
    {
        "id": "h30-sug-11", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quote": "outlook-nl", "quoted": "bedankt_suggestie",
        "sender": "Linda Appelman <l.appelman@bzw-werkorganisatie.nl>",
        "subject": "RE: " + BEDANKT_1,
        "body": """
Nog een aanvulling op mijn eerdere mail: ook informatieveiligheid zou ik graag bespreken. Na de hack bij een
buurgemeente vraagt onze auditcommissie hoe het bij ons geregeld is, en eerlijk gezegd weet ik dat niet goed.

Linda
""",
    },
    {
        "id": "h30-sug-12", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
        "quote": "doorgestuurd", "quoted": "oproep_themas",
        "sender": "Arjen Blom <a.blom@schermerveld.nl>",
        "subject": "FW: " + OPROEP_1,
        "body": """
Dag Stan, Melanie,

Voor het atelier in maart zou ik graag het onderwerp 'één digitaal loket voor ondernemers' willen agenderen.
Ondernemers moeten nu nog per vergunning uitzoeken bij welk team ze moeten zijn.

Groet, Arjen Blom
""",
    },
    # ------------------------------------------------------------------ suggestion, spring follow-up
    {
        "id": "h30-sug-13", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quote": "outlook-nl", "quoted": "vervolg_atelier",
        "sender": "Karin de Boer <k.deboer@kwh-werkorganisatie.nl>",
        "subject": "RE: " + VERV_1,
        "body": """
Mooie middag was het! Voor de volgende keer: hoe maak je van gezamenlijke opgaven, zoals de energietransitie,
ook echt een gedeelde opgave van de drie gemeenten, in plaats van drie losse wethouders met elk een eigen plan?

Karin
""",
    },
    {
        "id": "h30-sug-14", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quote": "notes", "quoted": "vervolg_atelier",
        "sender": "R. Tesselaar <r.tesselaar@ijsselkust.nl>",
        "subject": "Antw: " + VERV_1,
        "body": """
Geachte heer, mevrouw,

Graag vraag ik voor een volgend atelier aandacht voor de toegankelijkheid van onze dienstverlening voor
laaggeletterde en digitaal minder vaardige inwoners. Alles gaat via de website, maar een flink deel van onze
inwoners haakt daar af.

Met vriendelijke groet,

R. Tesselaar
Directeur Werkorganisatie IJsselkust
""",
    },
    {
        "id": "h30-sug-15", "kind": "suggestion", "themes": ["organisatie", "samenwerking"],
        "thread": "call_for_themes", "quote": "outlook-lijn", "quoted": "vervolg_atelier",
        "sender": "Monique Schaap <m.schaap@dijkzicht.nl>",
        "subject": "RE: " + VERV_1,
        "body": """
Ik had er deze keer niet bij kunnen zijn, maar heb het verslag met plezier gelezen.

Mijn voorstel voor een volgende keer: de verdeelsleutel. Hoe verdelen anderen de kosten van de werkorganisatie
over de deelnemende gemeenten, en hoe voorkom je dat elke gemeente bij elke begrotingswijziging aan een eigen knop
wil draaien? Het raakt voor mij zowel onze financiën als de verhouding tussen de gemeenten.

Monique Schaap
""",
    },
    # ------------------------------------------------------------------ suggestion, autumn call for themes
    {
        "id": "h30-sug-16", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quote": "outlook-nl", "quoted": "oproep_themas",
        "sender": "Yvonne Hoogland <y.hoogland@noordkop-sc.nl>",
        "subject": "RE: " + OPROEP_2,
        "body": """
De regionale woningbouwopgave en wie daarin de regie heeft: de regio, de gemeenten afzonderlijk of de
werkorganisatie namens hen.

Yvonne
""",
    },
    {
        "id": "h30-sug-17", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quote": "none",
        "sender": "Gijs Kramer <g.kramer@meerkoog.nl>",
        "subject": "Re: " + OPROEP_2,
        "body": """
ik zou graag praten over personeelstekort bij onze ict afdeling. we krijgen geen informatiemanagers en
ontwikkelaars meer binnen, salarisschalen zijn niet concurrerend. hoe lossen anderen dat op?

gr gijs

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h30-sug-18", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quote": "outlook-nl", "quoted": "oproep_themas",
        "sender": "Sandra Koning <s.koning@lepelaar-dvo.nl>",
        "subject": "RE: " + OPROEP_2,
        "body": """
Beste Stan en Melanie,

Een paar onderwerpen, allemaal rond dienstverlening:
1. Proactieve dienstverlening: inwoners benaderen vóórdat ze zelf iets aanvragen (bijvoorbeeld bij
   kwijtschelding of een verlopen paspoort).
2. Hoe monitoren anderen de afhandeltermijnen, en wat rapporteer je daarover aan de raden?
3. Servicepunten in de kleine kernen: houden we die open of gaan we met een bus rond?

Met vriendelijke groet,

Sandra Koning
directeur bedrijfsvoering DVO Lepelaar

DVO Lepelaar werkt voor de gemeenten Almerwaard en Oostvaardershoek.
Denk aan het milieu voordat u deze e-mail print.
""",
    },
    {
        "id": "h30-sug-19", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quote": "apple", "quoted": "oproep_themas",
        "sender": "Ahmed Bouzid <a.bouzid@horsterwold.nl>",
        "subject": "Re: " + OPROEP_2,
        "body": """
Ik kan er in november waarschijnlijk niet bij, maar geef graag een onderwerp mee: een toekomstvisie 2040 voor de
werkorganisatie. Welke rol willen we over vijftien jaar spelen, en hoe vertaal je zo'n stip op de horizon naar de
keuzes van nu?

Ahmed
""",
    },
    {
        "id": "h30-sug-20", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes", "quote": "outlook-nl", "quoted": "oproep_themas",
        "sender": "Noor Hamdaoui <n.hamdaoui@amstelkant.nl>",
        "subject": "RE: " + OPROEP_2,
        "body": """
Hallo,

Mijn onderwerp: hoe kom je tot één strategische koers voor de werkorganisatie als de deelnemende gemeenten
verschillende ambities hebben? Amstelkant wil groeien en investeren, Gaasperhoek wil vooral de lasten laag houden.
Wij zitten daar als organisatie tussenin en moeten toch een langetermijnvisie neerzetten.

Groeten,
Noor Hamdaoui
adjunct-directeur Werkorganisatie Amstelkant
""",
    },
    {
        "id": "h30-sug-21", "kind": "suggestion", "themes": ["organisatie"], "thread": None, "quote": "none",
        "sender": "Saskia Verbeek <s.verbeek@schermerveld.nl>",
        "subject": "Idee voor een atelier",
        "body": """
Beste Melanie,

Los van de oproep: ik zou in een volgend atelier graag eens spreken over bezuinigen op de bedrijfsvoering. De
gemeenten vragen ons om tien procent op de overhead te besparen. Hoe snij je in P&O, financiën en facilitaire
zaken zonder de organisatie uit te hollen?

Groet,
Saskia Verbeek
""",
    },
    # ------------------------------------------------------------------ suggestion, autumn follow-up
    {
        "id": "h30-sug-22", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quote": "gmail", "quoted": "vervolg_atelier",
        "sender": "Fatima el Idrissi <f.elidrissi@wfk-gemeenten.nl>",
        "subject": "Re: " + VERV_2,
        "body": """
Dank voor het verslag! Voor het voorjaar: AI-assistenten voor beleidsmedewerkers. Wij experimenteren ermee en ik
hoor graag hoe andere organisaties dat inrichten qua werkprocessen, privacy en opleiding.

Fatima
""",
    },
    {
        "id": "h30-sug-23", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quote": "outlook-nl", "quoted": "vervolg_atelier",
        "sender": "Carla Rustenburg <c.rustenburg@lisserhoek.nl>",
        "subject": "RE: " + VERV_2,
        "body": """
Hoi Stan,

Het atelier smaakte naar meer. Wat mij betreft gaan we in het voorjaar door op één ding dat nu bleef liggen: hoe
betrek je inwoners bij het verbeteren van je dienstverlening? Klantpanels, mystery guests, meekijken aan de balie.

Carla
""",
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "h30-uns-01", "kind": "unsubscribe", "thread": None, "quote": "none",
        "sender": "Bart Haverkamp <b.haverkamp@meerkoog.nl>",
        "subject": "afmelden",
        "body": """
Graag afmelden.

B. Haverkamp
""",
    },
    {
        "id": "h30-uns-02", "kind": "unsubscribe", "thread": None, "quote": "none",
        "sender": "Dirk-Jan Keijzer <dj.keijzer@wadkust.nl>",
        "subject": "Pensioen",
        "body": """
Beste Stan en Melanie,

Per 1 juni ga ik met pensioen. Wilt u mij van de verzendlijst van het netwerk halen? Het was me een genoegen om
de afgelopen jaren mee te doen; ik heb veel aan de ateliers gehad.

Hartelijke groet,

Dirk-Jan Keijzer
""",
    },
    {
        "id": "h30-uns-03", "kind": "unsubscribe", "thread": None, "quote": "none",
        "sender": "Anouk Bakker-Visser <a.bakker@flevo-oost.nl>",
        "subject": "Overdracht lidmaatschap netwerk",
        "body": """
Geacht secretariaat,

Per 1 april draag ik mijn functie als directeur dienstverlening van Flevo-Oost over aan Lotte Brinkman. Wilt u mij
afmelden en Lotte in mijn plaats opnemen in het netwerk? Haar e-mailadres is l.brinkman@flevo-oost.nl.

Met vriendelijke groet,

Anouk Bakker-Visser
""",
    },
    {
        "id": "h30-uns-04", "kind": "unsubscribe", "thread": "confirmation", "quote": "outlook-nl",
        "quoted": "bevestiging_aanmelding",
        "sender": "Tjeerd Bleeker <t.bleeker@schermerveld.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-6CW1M-BQ5XR-2ZKP8]",
        "body": """
Ik heb me niet aangemeld.

T. Bleeker
""",
    },
    {
        "id": "h30-uns-05", "kind": "unsubscribe", "thread": "confirmation", "quote": "outlook-en",
        "quoted": "bevestiging_aanmelding",
        "sender": "Sophie Laurent <sophie.laurent@outlook.com>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-0KN4T-HV8DL-9MWQ3]",
        "body": """
This wasn't me - I never signed up for anything like this.

Sophie
""",
    },
    {
        "id": "h30-uns-06", "kind": "unsubscribe", "erase": True, "thread": None, "quote": "none",
        "sender": "Ingrid Veldhuis <i.veldhuis@ziggo.nl>",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "body": """
Geachte heer, mevrouw,

Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u al mijn persoonsgegevens uit
uw administratie te verwijderen en mij geen e-mail meer te sturen. Ik ben sinds vorig jaar niet meer werkzaam bij
een ambtelijke fusieorganisatie.

Graag ontvang ik binnen de wettelijke termijn een bevestiging dat de verwijdering is uitgevoerd.

Met vriendelijke groet,

I. Veldhuis
""",
    },
    {
        "id": "h30-uns-07", "kind": "unsubscribe", "erase": True, "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Rob Terlouw <rob.terlouw@kpnmail.nl>",
        "subject": "RE: " + UITN_1,
        "body": """
Ik ben al ruim een jaar weg bij de werkorganisatie en krijg jullie uitnodigingen nog steeds, nu zelfs op mijn
privéadres. Haal me uit jullie bestand, en dan ook echt verwijderen graag, niet alleen 'op inactief'.

Rob Terlouw
""",
    },
    {
        "id": "h30-uns-08", "kind": "unsubscribe", "erase": True, "thread": "call_for_themes", "quote": "outlook-en",
        "quoted": "oproep_themas",
        "sender": "David O'Connor <d.oconnor@lepelaar-dvo.nl>",
        "subject": "RE: " + OPROEP_2,
        "body": """
Hello,

Please remove me from your mailing list and delete all personal data you hold about me, in line with the GDPR.
I moved to a different role and this network is no longer relevant for me.

Thanks,
David O'Connor
""",
    },
    {
        "id": "h30-uns-09", "kind": "unsubscribe", "thread": "invitation", "quote": "outlook-lijn",
        "quoted": "uitnodiging_atelier",
        "sender": "Martijn Sluis <m.sluis@egmondermeer.nl>",
        "subject": "RE: " + UITN_1,
        "body": """
Ik kom niet, en eigenlijk wil ik ook helemaal van de lijst af: ik ben sinds de reorganisatie geen directeur meer
maar programmamanager. Het netwerk is dus niet meer voor mij bedoeld.

Martijn Sluis
""",
    },
    {
        "id": "h30-uns-10", "kind": "unsubscribe", "thread": "reminder", "quote": "outlook-nl",
        "quoted": "herinnering_atelier",
        "sender": "Jeroen de Graaf <j.degraaf@uo-noorderpolder.nl>",
        "subject": "RE: " + HERI_2,
        "body": """
Beste Stan en Melanie,

Ik ben per 1 november vertrokken bij de Uitvoeringsorganisatie Noorderpolder. Mijn opvolger, Mo Aydın
(m.aydin@uo-noorderpolder.nl), neemt mijn plek in het netwerk over. Wilt u mij uitschrijven en hem voortaan de
uitnodigingen sturen?

Dank voor alle mooie bijeenkomsten.

Jeroen de Graaf
""",
    },
    {
        "id": "h30-uns-11", "kind": "unsubscribe", "thread": "call_for_themes", "quote": "apple",
        "quoted": "oproep_themas",
        "sender": "Hans Pronk <h.pronk@werkorganisatieveenkoog.nl>",
        "subject": "Re: " + OPROEP_2,
        "body": """
afmelen aub

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h30-uns-12", "kind": "unsubscribe", "thread": "call_for_themes", "quote": "outlook-nl",
        "quoted": "vervolg_atelier",
        "sender": "Dirk Roodenburg <d.roodenburg@bloemendijk.nl>",
        "subject": "RE: " + VERV_1,
        "body": """
Dank voor het verslag. Dit was mijn laatste atelier: ik stop per 1 mei als directeur en ga aan de slag bij een
woningcorporatie. Schrijft u mij maar uit.

Met vriendelijke groet,
Dirk Roodenburg
""",
    },
    {
        "id": "h30-uns-13", "kind": "unsubscribe", "erase": True, "thread": None, "quote": "none",
        "sender": "N.A. Rijpma <n.rijpma@gooi-eemkant.nl>",
        "subject": "Recht op vergetelheid",
        "body": """
Geacht secretariaat,

Ik maak gebruik van mijn recht op vergetelheid. Ik verzoek u mijn naam, e-mailadres en alle overige gegevens die
u van mij hebt vastgelegd definitief te wissen, ook uit deelnemerslijsten van eerdere ateliers.

Hoogachtend,

mr. N.A. Rijpma

Deze e-mail en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde.
Samenwerkingsverband Gooi-Eemkant aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het
gebruik van e-mail.
""",
    },
    {
        "id": "h30-uns-14", "kind": "unsubscribe", "thread": "invitation", "quote": "groupwise",
        "quoted": "uitnodiging_atelier",
        "sender": "Frank Oosterhof <f.oosterhof@drechterwaard.nl>",
        "subject": "Re: " + UITN_2,
        "body": """
Ik wil geen mails meer ontvangen van dit netwerk.

F. Oosterhof
""",
    },
    {
        "id": "h30-uns-15", "kind": "unsubscribe", "thread": None, "quote": "none",
        "sender": "Rachel Thompson <r.thompson@lepelaar-dvo.nl>",
        "subject": "Handing over my seat",
        "body": """
Dear Stan and Melanie,

My interim assignment at DVO Lepelaar ends on 30 June. My permanent successor, Koen Verhoef
(k.verhoef@lepelaar-dvo.nl), starts on 1 July and will take over my seat in the network. Could you please
unsubscribe me and add him instead?

Thank you for a warm welcome in the Dutch municipal world - the March atelier was a highlight.

All the best,
Rachel Thompson
""",
    },
    {
        "id": "h30-uns-16", "kind": "unsubscribe", "thread": "confirmation", "quote": "gmail",
        "quoted": "herinnering_aanmelding",
        "sender": "Esther Zwart <esther.zwart@gmail.com>",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-4GD8Z-NL3VP-1QRC6]",
        "body": """
Nee, dat klopt niet, ik heb nergens om gevraagd. Graag geen mail meer.
""",
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "h30-auto-01", "kind": "autoreply", "thread": "call_for_themes", "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "sender": "Thijs Kaag <t.kaag@horsterwold.nl>",
        "subject": "Automatisch antwoord: " + OPROEP_1,
        "body": """
Ik ben afwezig tot en met maandag 15 januari. Voor dringende zaken kunt u contact opnemen met het
directiesecretariaat via 0321 - 33 40 00.
""",
    },
    {
        "id": "h30-auto-02", "kind": "autoreply", "thread": "invitation", "quote": "none",
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "sender": "Rachel Thompson <r.thompson@lepelaar-dvo.nl>",
        "subject": "Automatic reply: " + UITN_1,
        "body": """
Thank you for your email. I am currently out of the office with limited access to email, returning on Monday
19 February. For urgent matters please contact Sandra Koning (s.koning@lepelaar-dvo.nl).

Rachel Thompson
""",
    },
    {
        "id": "h30-auto-03", "kind": "autoreply", "thread": None, "quote": "none",
        "sender": "Willemijn Terpstra <w.terpstra@wadkust.nl>",
        "subject": "Afwezig: " + HERI_1,
        "body": """
Bedankt voor uw bericht. Ik ben op vakantie en vanaf 26 maart weer op kantoor. Uw e-mail wordt niet doorgestuurd.

Met vriendelijke groet,
Willemijn Terpstra
""",
    },
    {
        "id": "h30-auto-04", "kind": "autoreply", "thread": None, "quote": "none",
        "headers": {"Auto-Submitted": "auto-generated"},
        "sender": "Gemeente Hemmerdam <noreply@hemmerdam.nl>",
        "subject": "Ontvangstbevestiging Z-2029-004312",
        "body": """
Geachte heer/mevrouw,

Uw e-mail is ontvangen door het Klantcontactcentrum van de gemeente Hemmerdam. Uw zaaknummer is Z-2029-004312.
Wij streven ernaar binnen vijf werkdagen inhoudelijk te reageren.

Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.

Gemeente Hemmerdam
""",
    },
    {
        "id": "h30-auto-05", "kind": "autoreply", "thread": "invitation", "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Ruud Schermerhorn <r.schermerhorn@zijpeduin.nl>",
        "subject": "Automatisch antwoord: " + UITN_1,
        "body": """
Dit e-mailadres is niet meer in gebruik. Uw bericht wordt niet gelezen of doorgestuurd.
Voor vragen aan Zijpe-Duin kunt u mailen naar info@zijpeduin.nl of bellen met 14 0224.
""",
    },
    {
        "id": "h30-auto-06", "kind": "autoreply", "thread": "reminder", "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Mehmet Yildiz <m.yildiz@drechterwaard.nl>",
        "subject": "Automatisch antwoord: " + HERI_1,
        "body": """
Goedendag, ik ben afwezig van 19 tot en met 21 maart en lees mijn mail beperkt. Bij spoed: bel 06 - 28 91 04 77.

Hello, I am away from 19 to 21 March with limited access to e-mail. For urgent matters please call
+31 6 28 91 04 77.

Mehmet Yıldız
""",
    },
    {
        "id": "h30-auto-07", "kind": "autoreply", "thread": None, "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied (failed)", "Content-Language": "nl-NL"},
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.meerkoog.nl>",
        "subject": "Onbestelbaar: " + UITN_1,
        "body": """
Uw bericht heeft sommige of alle geadresseerden niet bereikt.

Onderwerp: Uitnodiging Leer- en inspireer-atelier 22 maart 2029: Regie in de regio [atelier:2029-1]
Verzonden: 13-2-2029 09:02

Het bericht heeft de volgende geadresseerden niet bereikt:

a.vos@meerkoog.nl op 13-2-2029 09:02
    550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
""",
    },
    {
        "id": "h30-auto-08", "kind": "autoreply", "thread": "invitation", "quote": "none",
        "sender": "Kees Dol <k.dol@lelyland.nl>",
        "subject": "Gelezen: " + UITN_1,
        "body": """
Uw bericht

  Aan: Kees Dol
  Onderwerp: Uitnodiging Leer- en inspireer-atelier 22 maart 2029: Regie in de regio [atelier:2029-1]
  Verzonden: dinsdag 13 februari 2029 09:02:14 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

is gelezen op dinsdag 13 februari 2029 11:47:50 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
""",
    },
    {
        "id": "h30-auto-09", "kind": "autoreply", "thread": None, "quote": "none",
        "sender": "Noor Hamdaoui <n.hamdaoui@amstelkant.nl>",
        "subject": "Afwezig",
        "body": """
Beste afzender,

Ik ben met zwangerschapsverlof tot 1 oktober. Uw mail wordt niet automatisch doorgestuurd. Voor zaken rond de
directie kunt u terecht bij Marloes Wijnstra (m.wijnstra@amstelkant.nl).

Vriendelijke groet,
Noor Hamdaoui
""",
    },
    {
        "id": "h30-auto-10", "kind": "autoreply", "thread": "call_for_themes", "quote": "ongemarkeerd",
        "quoted": "oproep_themas",
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Petra Dijkman <p.dijkman@ijsselkust.nl>",
        "subject": "Afwezigheidsbericht: " + OPROEP_2,
        "body": """
Dank voor uw e-mail. Ik ben tot en met vrijdag 14 september afwezig. Uw bericht wordt na mijn terugkomst
behandeld. Voor zaken die niet kunnen wachten kunt u het algemene nummer bellen: 0321 - 20 20 20.

Petra Dijkman | Directiesecretaresse | Werkorganisatie IJsselkust

-------- Oorspronkelijk bericht --------
""",
    },
    {
        "id": "h30-auto-11", "kind": "autoreply", "thread": "call_for_themes", "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "sender": "Koen Verhoef <k.verhoef@lepelaar-dvo.nl>",
        "subject": "Automatic reply: " + OPROEP_2,
        "body": """
Thank you for your message. I'm on annual leave until Monday 10 September and will reply after my return.
Bedankt voor uw bericht; ik ben met verlof tot en met 9 september.

Koen Verhoef
""",
    },
    {
        "id": "h30-auto-12", "kind": "autoreply", "thread": "invitation", "quote": "none",
        "sender": "Dirk-Jan Keijzer <dj.keijzer@wadkust.nl>",
        "subject": "RE: " + UITN_2,
        "body": """
Wegens ziekte ben ik voorlopig afwezig. Uw e-mail wordt niet doorgestuurd en niet gelezen. Neem voor lopende
zaken contact op met het secretariaat van Werkorganisatie Wadkust, secretariaat@wadkust.nl.

[Dit is een automatisch antwoord]
""",
    },
    {
        "id": "h30-auto-13", "kind": "autoreply", "thread": None, "quote": "none",
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "OOF"},
        "sender": "Bestuurssecretariaat Meerkoog <bestuurssecretariaat@meerkoog.nl>",
        "subject": "Uw bericht is ontvangen",
        "body": """
Dit is een automatisch bericht.

Het bestuurssecretariaat heeft uw e-mail in goede orde ontvangen. Wij nemen deze zo spoedig mogelijk in
behandeling. Reageren op dit bericht is niet nodig.

Met vriendelijke groet,
Bestuurssecretariaat gemeente Meerkoog
""",
    },
    {
        "id": "h30-auto-14", "kind": "autoreply", "thread": None, "quote": "none",
        "headers": {"Auto-Submitted": "auto-generated"},
        "sender": "Mailbeveiliging Oostzaanstad <quarantaine@oostzaanstad.nl>",
        "subject": "Bericht in quarantaine geplaatst",
        "body": """
Een bericht van info@ambtelijkefusie.nl aan o.zijp@oostzaanstad.nl is door ons beveiligingssysteem in quarantaine
geplaatst, omdat het een agendabijlage (.ics) bevat van een onbekende afzender.

Onderwerp: Gewijzigd: Leer- en inspireer-atelier 15 november 2029 [atelier:2029-2]
Ontvangen: 19-10-2029 08:31

De ontvanger is hiervan op de hoogte gesteld. U hoeft niets te doen.
""",
    },
    {
        "id": "h30-auto-15", "kind": "autoreply", "thread": "reminder", "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Gerda Kooistra <g.kooistra@kwh-werkorganisatie.nl>",
        "subject": "Automatisch antwoord: " + HERI_2,
        "body": """
Afwezig t/m 21-11. Mail wordt na terugkomst gelezen.
""",
    },
    {
        "id": "h30-auto-16", "kind": "autoreply", "thread": "call_for_themes", "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "sender": "Arjen Blom <arjenblom1968@gmail.com>",
        "subject": "Re: " + VERV_2,
        "body": """
Hoi! Ik zit tot half december in Nieuw-Zeeland en lees mijn mail heel af en toe. Je hoort van me als ik terug
ben.

Arjen
""",
    },
    # ------------------------------------------------------------------ other
    {
        "id": "h30-oth-01", "kind": "other", "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Ingrid Veldman <i.veldman@kustwaard.nl>",
        "subject": "RE: " + UITN_1,
        "body": """
Beste Melanie,

Voordat ik mij aanmeld: is de locatie in Dronterhaven goed toegankelijk met een rolstoel? Is er een lift naar de
zaal en een invalidenparkeerplaats dichtbij de ingang?

Met vriendelijke groet,
Ingrid Veldman
directeur bedrijfsvoering Werkorganisatie Zuiderzeekust
""",
    },
    {
        "id": "h30-oth-02", "kind": "other", "thread": None, "quote": "none",
        "sender": "Joost van Wijngaarden <j.vanwijngaarden@bzw-werkorganisatie.nl>",
        "subject": "Dubbele mails",
        "body": """
Hallo,

Ik krijg jullie mails steeds drie keer: op mijn eigen adres, op het adres van de oude werkorganisatie (dat wordt
doorgestuurd) en via de directiemailbox. Kunnen jullie dat opschonen? Alleen dit adres is genoeg.

Groet,
Joost
""",
    },
    {
        "id": "h30-oth-03", "kind": "other", "thread": None, "quote": "none",
        "sender": "Willemijn Terpstra <w.terpstra@wadkust.nl>",
        "subject": "Nieuw e-mailadres",
        "body": """
Beste secretariaat,

Per 1 mei gaan wij over op een nieuw domein. Mijn e-mailadres wordt dan w.terpstra@gemeentenwadkust.nl. Willen
jullie dat in jullie bestand aanpassen? Het oude adres blijft nog drie maanden werken.

Groet,
Willemijn Terpstra
""",
    },
    {
        "id": "h30-oth-04", "kind": "other", "thread": None, "quote": "none",
        "sender": "Niels Teerink <niels.teerink@kopvandepolder.nl>",
        "subject": "Aanmelding clustermanagers",
        "body": """
Goedemiddag,

Kunt u ook onze drie clustermanagers aanmelden voor het netwerk? Het gaat om Anke Dorrestein, Bram Koopmans en
Ria Seinen, allemaal bereikbaar via voorletter.achternaam@kopvandepolder.nl.

Met vriendelijke groet,
Niels Teerink
""",
    },
    {
        "id": "h30-oth-05", "kind": "other", "thread": None, "quote": "none",
        "sender": "Michiel Hoogerwerf <michiel@zaakflow.nl>",
        "subject": "Presentatie zaakgericht werken op uw atelier?",
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

ZaakFlow helpt al meer dan veertig gemeenten en werkorganisaties met zaakgericht werken in de cloud. Graag zou ik
op een van uw Leer- en inspireer-ateliers in twintig minuten laten zien hoe werkorganisaties met ons platform
processen over gemeentegrenzen heen stroomlijnen. Uiteraard kosteloos.

Zullen we binnenkort een kennismakingsgesprek inplannen? Ik kan 12 of 14 maart.

Met vriendelijke groet,

Michiel Hoogerwerf
Accountmanager Overheid | ZaakFlow B.V.
06 - 11 48 92 30 | www.zaakflow.nl
""",
    },
    {
        "id": "h30-oth-06", "kind": "other", "thread": "call_for_themes", "quote": "outlook-nl",
        "quoted": "vervolg_atelier",
        "sender": "Hans Pronk <h.pronk@werkorganisatieveenkoog.nl>",
        "subject": "RE: " + VERV_1,
        "body": """
Complimenten voor de organisatie, ondanks de verhuizing op het laatste moment. Sanne was erg enthousiast en het
raadhuis in Hemmerdam bleek een sfeervolle plek.

Groet,
Hans
""",
    },
    {
        "id": "h30-oth-07", "kind": "other", "thread": "call_for_themes", "quote": "outlook-nl",
        "quoted": "bedankt_suggestie",
        "sender": "Kees Dol <k.dol@lelyland.nl>",
        "subject": "RE: " + BEDANKT_1,
        "body": """
Dank voor de bevestiging.

Kees
""",
    },
    {
        "id": "h30-oth-08", "kind": "other", "thread": "call_for_themes", "quote": "outlook-nl",
        "quoted": "oproep_themas",
        "sender": "Marloes Wijnstra <m.wijnstra@amstelkant.nl>",
        "subject": "RE: " + OPROEP_2,
        "body": """
Dag Stan en Melanie,

Geen onderwerp, wel een wens over de vorm: kunnen de ateliers niet eens op een vrijdagochtend, of in elk geval
met een online variant? Donderdagmiddag valt bij veel collega's samen met collegeoverleg of commissies, en voor
wie uit de kop van Noord-Holland komt is Flevoland een dagtocht.

Hartelijke groet,
Marloes
""",
    },
    {
        "id": "h30-oth-09", "kind": "other", "thread": None, "quote": "none",
        "sender": "Saskia Verbeek <s.verbeek@schermerveld.nl>",
        "subject": "Belangstelling Adviesraad",
        "body": """
Beste Stan en Melanie,

Ik las in het verslag dat er in de Adviesraad een plek vrijkomt. Ik zou daar graag zitting in nemen: ik ben nu
drie jaar lid, heb vrijwel alle ateliers bezocht en denk graag mee over het programma. Horen jullie wat de
procedure is?

Groet,
Saskia Verbeek
""",
    },
    {
        "id": "h30-oth-10", "kind": "other", "thread": None, "quote": "none",
        "sender": "Bram Koopmans <b.koopmans@grsociaalnoord.nl>",
        "subject": "Vraag over lidmaatschap",
        "body": """
Goedemorgen,

Ik ben directeur van een gemeenschappelijke regeling voor het sociaal domein waarin vijf gemeenten samenwerken.
Wij zijn geen ambtelijke fusieorganisatie in strikte zin, want de gemeenten hebben hun eigen ambtenaren
behouden. Kom ik toch in aanmerking voor het netwerk?

Met vriendelijke groet,
Bram Koopmans
GR Sociaal Noord
""",
    },
    {
        "id": "h30-oth-11", "kind": "other", "thread": "confirmation", "quote": "outlook-nl",
        "quoted": "bevestiging_aanmelding",
        "sender": "Annemiek Mol <a.mol@uo-noorderpolder.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-9LS3F-DK7PB-5RXM0]",
        "body": """
Ik heb me nergens aangemeld en ben ook geen directeur. Hoe komt u aan mijn e-mailadres, en wie heeft mij
aangemeld?

A. Mol
""",
    },
    {
        "id": "h30-oth-12", "kind": "other", "thread": "invitation", "quote": "apple",
        "quoted": "uitnodiging_atelier",
        "sender": "Bas Lakeman <bas.lakeman@flevo-oost.nl>",
        "subject": "Re: " + UITN_2,
        "body": """
Ik kom graag, maar alleen als ik mijn auto dicht bij de ingang kwijt kan; ik loop sinds mijn knieoperatie nog
met krukken. Kunnen jullie dat bij De Vennen navragen?

Bas
""",
    },
    {
        "id": "h30-oth-13", "kind": "other", "thread": None, "quote": "none",
        "sender": "Tjeerd Bleeker <t.bleeker@schermerveld.nl>",
        "subject": "Inzageverzoek",
        "body": """
Geacht secretariaat,

Op grond van de AVG verzoek ik om inzage in de persoonsgegevens die u van mij verwerkt: welke gegevens, sinds
wanneer, met welk doel en of u ze met derden deelt.

Met vriendelijke groet,
T. Bleeker
""",
    },
    {
        "id": "h30-oth-14", "kind": "other", "thread": None, "quote": "none",
        "sender": "Ilse van Dam <i.vandam@zijpeduin.nl>",
        "subject": "Ruud Schermerhorn",
        "body": """
Hallo,

Ik zag dat er nog een uitnodiging naar Ruud Schermerhorn is gegaan. Ruud is eind januari bij Zijpe-Duin
vertrokken en zijn mailbox wordt opgeheven. Misschien goed om hem uit jullie lijst te halen?

Groet,
Ilse
""",
    },
    {
        "id": "h30-oth-15", "kind": "other", "thread": None, "quote": "none",
        "sender": "Managementondersteuning Lepelaar <mo@lepelaar-dvo.nl>",
        "subject": "Afmelding atelier 22 maart - mevrouw Koning",
        "body": """
Goedemorgen,

Namens mevrouw Koning laat ik u weten dat zij helaas niet aanwezig kan zijn op het atelier van 22 maart.

Met vriendelijke groet,
Danielle Koster
Managementondersteuning DVO Lepelaar
""",
    },
    {
        "id": "h30-oth-16", "kind": "other", "thread": "call_for_themes", "quote": "gmail",
        "quoted": "vervolg_atelier",
        "sender": "Yvonne Hoogland <y.hoogland@noordkop-sc.nl>",
        "subject": "Re: " + VERV_1,
        "body": """
De link naar het verslag werkt bij mij niet, ik krijg een 404 (pagina niet gevonden). Kunnen jullie het als pdf
sturen?

Yvonne
""",
    },
    {
        "id": "h30-oth-17", "kind": "other", "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Afdeling Inkoop Drechterwaard <inkoop@drechterwaard.nl>",
        "subject": "RE: " + UITN_2,
        "body": """
Goedemiddag,

Onze directeur wil deelnemen aan het atelier. Zijn er kosten aan verbonden? Zo ja, dan hebben wij een offerte
nodig en moet op de factuur ons inkoopnummer IO-29-0417 vermeld worden.

Met vriendelijke groet,
Afdeling Inkoop
Werkorganisatie Drechterwaard
""",
    },
    {
        "id": "h30-oth-18", "kind": "other", "thread": None, "quote": "none",
        "sender": "Emma Clarke <e.clarke@uni-research.eu>",
        "subject": "Research on shared service organisations - request",
        "body": """
Dear network secretariat,

I am a PhD researcher studying shared service organisations of Dutch municipalities. Would it be possible to
attend one of your ateliers as an observer, or to circulate a short survey (15 minutes) among your members? I
would of course share the results with the network.

Kind regards,
Emma Clarke
""",
    },
    {
        "id": "h30-oth-19", "kind": "other", "thread": "invitation", "quote": "outlook-lijn",
        "quoted": "uitnodiging_atelier",
        "sender": "Olaf Zijp <o.zijp@oostzaanstad.nl>",
        "subject": "RE: " + UITN_2,
        "body": """
Komen er bij dit atelier ook wethouders of portefeuillehouders? Dan beslis ik daarna of ik kom; ik wil mijn
wethouder dienstverlening eventueel meenemen.

Olaf
""",
    },
    {
        "id": "h30-oth-20", "kind": "other", "thread": None, "quote": "none",
        "sender": "Karin de Boer <k.deboer@kwh-werkorganisatie.nl>",
        "subject": "afmelden collega",
        "body": """
Mijn collega Tom Veerman wil zich afmelden voor het netwerk, maar hij weet niet hoe. Kunnen jullie dat voor
hem regelen?

Karin
""",
    },
    {
        "id": "h30-oth-21", "kind": "other", "thread": None, "quote": "none",
        "sender": "Ahmed Bouzid <a.bouzid@horsterwold.nl>",
        "subject": "Directieteam Horsterwold",
        "body": """
Beste Stan en Melanie,

Per 1 juli gaan wij werken met een directieteam van vier personen in plaats van één algemeen directeur. Zij
willen graag allemaal lid worden. Zal ik de namen en adressen sturen, of moeten ze zich elk zelf aanmelden?

Groet,
Ahmed Bouzid
""",
    },
    {
        "id": "h30-oth-22", "kind": "other", "thread": None, "quote": "none",
        "sender": "Marjan Groot <m.groot@bloemendijk.nl>",
        "subject": "Nieuwe directeur bedrijfsvoering",
        "body": """
Goedemorgen,

Onze nieuwe directeur bedrijfsvoering, Esther Zwart, zou ook graag lid worden van het netwerk. Kunt u haar
toevoegen?

Marjan Groot
""",
    },
    {
        "id": "h30-oth-23", "kind": "other", "thread": "call_for_themes", "quote": "outlook-lijn",
        "quoted": "vervolg_atelier",
        "sender": "Gijs Kramer <g.kramer@meerkoog.nl>",
        "subject": "RE: " + VERV_2,
        "body": """
Volgende keer graag een locatie die met het OV bereikbaar is. De Vennen was vanaf het station alleen met een
taxi te doen, en die moest je een uur van tevoren bestellen.

Gijs Kramer
""",
    },
    {
        "id": "h30-oth-24", "kind": "other", "thread": None, "quote": "none",
        "sender": "Wethouder P. Vermeulen <p.vermeulen@gaasperhoek.nl>",
        "subject": "Netwerk ook voor bestuurders?",
        "body": """
Geachte heer, mevrouw,

Als portefeuillehouder bedrijfsvoering van Gaasperhoek ben ik zeer geïnteresseerd in uw ateliers. Staat het
netwerk ook open voor bestuurders, of uitsluitend voor ambtelijk directeuren?

Met vriendelijke groet,

Pim Vermeulen
Wethouder gemeente Gaasperhoek
""",
    },
    {
        "id": "h30-oth-25", "kind": "other", "thread": "welcome", "quote": "outlook-nl",
        "quoted": "welkom",
        "sender": "Ilse van Dam <i.vandam@zijpeduin.nl>",
        "subject": "RE: " + WELKOM,
        "body": """
Dank voor het hartelijke welkom! Ik kijk uit naar mijn eerste atelier.

Ilse
""",
    },
    {
        "id": "h30-oth-26", "kind": "other", "thread": "invitation", "quote": "outlook-nl",
        "quoted": "wijziging_atelier",
        "sender": "Yvonne Hoogland <y.hoogland@noordkop-sc.nl>",
        "subject": "RE: " + WIJZ_1,
        "body": """
Jammer dat de locatie zo laat gewijzigd wordt. Ik had al een treinkaartje naar Dronterhaven gekocht, dat kan ik
nu niet meer omzetten. Wordt dat vergoed?

Yvonne Hoogland
""",
    },
    {
        "id": "h30-oth-27", "kind": "other", "thread": None, "quote": "none",
        "sender": "Mehmet Yildiz <m.yildiz@drechterwaard.nl>",
        "subject": "Spelling van mijn naam",
        "body": """
Goedemiddag,

Een kleinigheid: in jullie mails staat mijn naam als 'Yildiz'. Het is Yıldız, met een i zonder puntje. Zouden
jullie dat willen aanpassen?

Vriendelijke groet,
Mehmet Yıldız
""",
    },
    {
        "id": "h30-oth-28", "kind": "other", "thread": None, "quote": "none",
        "sender": "James Whitfield <james@civicleadership.co.uk>",
        "subject": "Leadership programme for Dutch shared service directors",
        "body": """
Dear Mr Van de Laar,

We are an Anglo-Dutch consultancy running leadership programmes for public sector executives. We would love to
partner with your network and offer your members a discounted masterclass on leading across municipal
boundaries. Could we schedule a short call in the coming weeks?

Best regards,
James Whitfield
Director, Civic Leadership Partners
""",
    },
    {
        "id": "h30-oth-29", "kind": "other", "thread": "invitation", "quote": "outlook-nl",
        "quoted": "uitnodiging_atelier",
        "sender": "Monique Schaap <m.schaap@dijkzicht.nl>",
        "subject": "RE: " + UITN_2,
        "body": """
Beste Stan,

Ik kom, maar kan ik ook alleen het tweede deel bijwonen, vanaf een uur of vier? En mag ik dan een collega van de
provincie meenemen die bij ons de regionale dienstverlening coördineert?

Monique
""",
    },
    {
        "id": "h30-oth-30", "kind": "other", "thread": "call_for_themes", "quote": "outlook-nl",
        "quoted": "vervolg_atelier",
        "sender": "Linda Appelman <l.appelman@bzw-werkorganisatie.nl>",
        "subject": "RE: " + VERV_2,
        "body": """
Ik hoorde in de wandelgangen dat de ateliers voortaan alleen nog in Flevoland worden gehouden. Als dat zo is,
meld ik me af; voor ons in Waterland is dat niet te doen. Klopt het gerucht?

Linda
""",
    },
    {
        "id": "h30-oth-31", "kind": "other", "thread": "call_for_themes", "quote": "outlook-nl",
        "quoted": "oproep_themas",
        "sender": "Erik Sijbrandij <e.sijbrandij@zuiderzeekust.nl>",
        "subject": "RE: " + OPROEP_1,
        "body": """
Ik zit tot half januari in het buitenland en reageer daarna op de oproep. Ik heb al wel een paar ideeën.

Erik
""",
    },
    {
        "id": "h30-oth-32", "kind": "other", "thread": None, "quote": "none",
        "sender": "Wouter Beemsterboer <w.beemsterboer@gooi-eemkant.nl>",
        "subject": "Tip: congres regionale samenwerking",
        "body": """
Hoi Stan en Melanie,

Misschien interessant om onder de leden te verspreiden: op 4 oktober is in Zwolle het congres 'Samen sterker in
de regio', met een paar goede sprekers over werkorganisaties. Link: https://samensterkerinderegio.nl/congres

Groet,
Wouter
""",
    },
    {
        "id": "h30-oth-33", "kind": "other", "thread": "call_for_themes", "quote": "outlook-nl",
        "quoted": "oproep_themas",
        "sender": "Hanneke Bos <h.bos@dijkzicht.nl>",
        "subject": "RE: " + OPROEP_2,
        "body": """
Beste Melanie,

Een vraag voordat ik iets instuur: moet een onderwerp precies binnen één van de vier thema's vallen, of mag het
ook iets breders zijn dat er een beetje tussenin zit?

Groet,
Hanneke Bos
""",
    },
]
# fmt: on
