"""Labelled mail for issue 17, set devset97: a spring cycle in a network of large werkorganisaties (5 to 7
municipalities).

Sign-ups (also by assistants with the director's own address, deputy directors, in English), confirmations (short,
with remarks, answered late), RSVPs to the invitation, the reminder, the change mail, the waiting-list mail and the
substitute's invitation (yes, no, substitutes with address, guests, online, late, leaving early, corrections),
topic suggestions under the call for themes, the follow-up and the thank-you for a suggestion (all four themes),
leaves, hand-overs, AVG erasure, out-of-office and other machine answers (with and without headers), and mail for
the secretariat.

Conventions relied on (from the dataset brief):
- A request to sign up one named colleague WITH that colleague's e-mail address is `subscribe`; without the address,
  or several people at once: `other`.
- A plain denial under our confirmation mail is `unsubscribe`; a denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); one that only says whether the writer comes is an `rsvp`; a proposal about the form of
  the ateliers is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting
  that someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: `other`.
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- Themes label what the writer proposes, not words used in passing; two only where the topic clearly spans both.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ subscribe
    {
        "id": "d97-sub-01",
        "kind": "subscribe",
        "sender": "Ingrid Hoekstra <i.hoekstra@rivierenzes.nl>",
        "subject": "Aanmelding netwerk",
        "body": """
Goedemorgen,

Sinds januari ben ik algemeen directeur van Werkorganisatie Rivierenzes, de ambtelijke organisatie van zes
gemeenten in het rivierengebied. Een collega uit Brabant wees mij op jullie netwerk en ik sluit graag aan.

Met vriendelijke groet,

Ingrid Hoekstra
Algemeen directeur
Werkorganisatie Rivierenzes
T 0488 - 57 12 00
""",
    },
    {
        "id": "d97-sub-02",
        "kind": "subscribe",
        "sender": "Directiesecretariaat Kempenhart <directiesecretariaat@kempenhart.nl>",
        "subject": "Aanmelding dhr. B. Verhoeckx",
        "body": """
Geachte heer, mevrouw,

Namens onze directeur, de heer Bart Verhoeckx, verzoek ik u hem in te schrijven als lid van het Netwerk van
directeuren van ambtelijke fusieorganisaties. Zijn e-mailadres is b.verhoeckx@kempenhart.nl; de bevestigingsmail
mag rechtstreeks naar hem.

Met vriendelijke groet,

Wendy Smulders
Managementassistent directie
Samenwerkingsorganisatie Kempenhart
werkorganisatie voor zeven Kempengemeenten
""",
    },
    {
        "id": "d97-sub-03",
        "kind": "subscribe",
        "sender": "Hüseyin Kaya <h.kaya@duinenpolder.nl>",
        "subject": "Membership request",
        "body": """
Dear secretariat,

I recently started as deputy director of DuinenPolder, the shared service organisation for six municipalities
along the coast. My Dutch is still work in progress, hence the English. I would very much like to become a member
of the directors' network.

Kind regards,
Hüseyin Kaya
Deputy Director | Ambtelijke organisatie DuinenPolder
""",
    },
    {
        "id": "d97-sub-04",
        "kind": "subscribe",
        "sender": "Marjolein van der Meulen <m.vandermeulen@wo-oostergo.nl>",
        "subject": "aanmelden",
        "body": """
Hallo,

Ik ben adjunct-directeur bij Werkorganisatie Oostergo (zeven gemeenten, ruim 1.100 fte) en wil me graag
aansluiten bij het netwerk. Mijn directeur is al lid en is er erg over te spreken.

Groet,
Marjolein van der Meulen
""",
    },
    {
        "id": "d97-sub-05",
        "kind": "subscribe",
        "sender": "Gert-Jan Wassink <gj.wassink@ijsselvallei-werkt.nl>",
        "subject": "Aanmelding collega",
        "body": """
Beste Stan en Melanie,

Mijn nieuwe adjunct, Priya Ramdin, wil graag ook aanhaken. Willen jullie haar inschrijven? Haar adres is
p.ramdin@ijsselvallei-werkt.nl.

Dank alvast,
Gert-Jan

Gert-Jan Wassink | directeur Werkorganisatie IJsselvallei
""",
    },
    {
        "id": "d97-sub-06",
        "kind": "subscribe",
        "sender": "Koen Dijkhuizen <koendijkhuizen68@gmail.com>",
        "subject": "Lidmaatschap",
        "body": """
Beste mensen,

Graag word ik lid van het netwerk. Ik mail vanaf mijn privéadres omdat onze nieuwe mailomgeving nog niet
helemaal werkt; sinds 1 februari ben ik gemeentesecretaris/algemeen directeur van Bedrijfsvoeringsorganisatie
Waterland-Midden. Berichten mogen voorlopig naar dit adres.

Vriendelijke groet,
Koen Dijkhuizen
""",
    },
    {
        "id": "d97-sub-07",
        "kind": "subscribe",
        "sender": "Saskia Nieuwenhuis <s.nieuwenhuis@zandstreek.nl>",
        "subject": "Graag aanmelden",
        "body": """
Geacht secretariaat,

Tijdens het VNG-congres raakte ik aan de praat met een van uw leden over de ateliers. Hierbij meld ik mij aan.

Met vriendelijke groet,

drs. S. (Saskia) Nieuwenhuis
directeur
Werkorganisatie Zandstreek

Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten. Bent u niet
de geadresseerde, verwijder dit bericht dan en stel de afzender op de hoogte. Aan dit bericht kunnen geen rechten
worden ontleend.
""",
    },
    {
        "id": "d97-sub-08",
        "kind": "subscribe",
        "sender": "Jeroen ten Bosch <j.tenbosch@noorderkust-wo.nl>",
        "subject": "Aanmelding",
        "body": """
Meld mij maar aan svp.

Jeroen ten Bosch
Directeur Noorderkust

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d97-sub-09",
        "kind": "subscribe",
        "sender": "Office of the Director <office.director@heuvellandwest.nl>",
        "subject": "Registration Ms. N. Aydın",
        "body": """
Good afternoon,

On behalf of Ms Noor Aydın, director of Uitvoeringsorganisatie Heuvelland-West, I would like to register her for
the directors' network. Please send the confirmation to her own address: n.aydin@heuvellandwest.nl.

Many thanks,
Lotte Verhagen
Executive assistant to the director
""",
    },
    {
        "id": "d97-sub-10",
        "kind": "subscribe",
        "sender": "Theo Stapelbroek <t.stapelbroek@valleizeven.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": """
Lid blijven graag! Mijn vertrek is op het laatste moment niet doorgegaan, dus ik blijf gewoon directeur van
Vallei-Zeven. Excuses voor de verwarring.

Theo Stapelbroek
""",
    },
    {
        "id": "d97-sub-11",
        "kind": "subscribe",
        "sender": "Annelies Brouwer-Tjon <a.brouwertjon@gemeente-lindeloo.nl>",
        "subject": "Aanmelden",
        "body": """
Goedendag,

Per 1 maart ben ik gestart als directeur van de werkorganisatie waarin Lindeloo en vier buurgemeenten hun
ambtelijk apparaat hebben ondergebracht. Mijn mail loopt nog via het domein van de gastheergemeente. Ik wil graag
deel uitmaken van uw netwerk.

Hartelijke groet,
Annelies Brouwer-Tjon
""",
    },
    {
        "id": "d97-sub-12",
        "kind": "subscribe",
        "sender": "Dennis Oldenkamp <dennis.oldenkamp@werkorganisatie-twentezuid.nl>",
        "subject": "inschrijven directeurennetwerk",
        "body": """
Hoi,

Via via hoorde ik over jullie directeurennetwerk. Ik zit sinds kort op de directeursstoel bij werkorganisatie
Twente-Zuid (vijf gemeenten). Zet me maar op de lijst.

Groet,
Dennis

Outlook voor Android downloaden
""",
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "d97-con-01",
        "kind": "confirm",
        "sender": "Ingrid Hoekstra <i.hoekstra@rivierenzes.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": """
Bevestigd, dank u.

Ingrid Hoekstra
""",
    },
    {
        "id": "d97-con-02",
        "kind": "confirm",
        "sender": "Bart Verhoeckx <b.verhoeckx@kempenhart.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": """
Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d97-con-03",
        "kind": "confirm",
        "sender": "Marjolein van der Meulen <m.vandermeulen@wo-oostergo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": """
Ja, dat klopt. Fijn dat het zo eenvoudig gaat; ik verheug me op het eerste atelier.

Hartelijke groet,
Marjolein
""",
    },
    {
        "id": "d97-con-04",
        "kind": "confirm",
        "sender": "Koen Dijkhuizen <koendijkhuizen68@gmail.com>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": """
Sorry voor mijn trage reactie, uw eerste bericht was tussen de nieuwsbrieven beland. Bij dezen bevestig ik alsnog.

Koen Dijkhuizen
""",
    },
    {
        "id": "d97-con-05",
        "kind": "confirm",
        "sender": "Hüseyin Kaya <h.kaya@duinenpolder.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": """
Confirmed - thank you!

Hüseyin
""",
    },
    {
        "id": "d97-con-06",
        "kind": "confirm",
        "sender": "Noor Aydın <n.aydin@heuvellandwest.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": """
Mijn secretariaat heeft mij aangemeld en dat is in orde. Hierbij bevestigd.

Met vriendelijke groet,
Noor Aydın
Directeur Uitvoeringsorganisatie Heuvelland-West
""",
    },
    {
        "id": "d97-con-07",
        "kind": "confirm",
        "sender": "Jeroen ten Bosch <j.tenbosch@noorderkust-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": """
Ja.

J. ten Bosch
""",
    },
    {
        "id": "d97-con-08",
        "kind": "confirm",
        "sender": "Dennis Oldenkamp <dennis.oldenkamp@werkorganisatie-twentezuid.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """
akkoord, bevestigd

gr Dennis Oldenkamp
""",
    },
    {
        "id": "d97-con-09",
        "kind": "confirm",
        "sender": "Priya Ramdin <p.ramdin@ijsselvallei-werkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": """
Hierbij alsnog mijn bevestiging. Het waren drukke weken met de begrotingswijzigingen van onze vijf gemeenten,
vandaar de vertraging.

Priya Ramdin
adjunct-directeur Werkorganisatie IJsselvallei

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d97-con-10",
        "kind": "confirm",
        "sender": "Saskia Nieuwenhuis <s.nieuwenhuis@zandstreek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": """
Graag bevestig ik hierbij mijn lidmaatschap.

S. Nieuwenhuis
""",
    },
    {
        "id": "d97-con-11",
        "kind": "confirm",
        "sender": "Annelies Brouwer-Tjon <a.brouwertjon@gemeente-lindeloo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": """
Bevestiging: ja, ik wil lid worden.

A. Brouwer-Tjon
""",
    },
    {
        "id": "d97-con-12",
        "kind": "confirm",
        "sender": "Esther Kuipers <esther.kuipers@lekstroom-werkt.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": """
Top, bij deze bevestigd! Ik kijk uit naar de uitwisseling met collega's die ook voor vijf of meer gemeenten werken.

Groet,
Esther Kuipers
""",
    },
    # ------------------------------------------------------------------ rsvp
    {
        "id": "d97-rsvp-01",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wilma Roerink <w.roerink@brede-venen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """
Ja, ik kom.

Mvg,
Wilma Roerink
Directeur Werkorganisatie De Brede Venen
""",
    },
    {
        "id": "d97-rsvp-02",
        "kind": "rsvp",
        "attending": True,
        "sender": "Laura Bosma <l.bosma@maasenkempen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": """
Ik ben erbij en neem onze concerncontroller, Ruud Zijlstra, mee. Dus twee personen.

Groet,
Laura Bosma
""",
    },
    {
        "id": "d97-rsvp-03",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pieter-Bas Lankhorst <pb.lankhorst@zandstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": """
Ik sluit online aan; de reis naar Utrecht past die middag niet in mijn agenda. De Teams-link heb ik.

Pieter-Bas Lankhorst
adjunct-directeur bedrijfsvoering
""",
    },
    {
        "id": "d97-rsvp-04",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mirjam Hofstede <mirjam.hofstede@kroonwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": """
Ik kom, maar ben pas rond kwart over drie binnen: tot na de lunch zit ik in het algemeen bestuur van onze
gemeenschappelijke regeling. Ik schuif aan zodra ik er ben.

Mirjam Hofstede
""",
    },
    {
        "id": "d97-rsvp-05",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ruud Zijlstra <r.zijlstra@wo-oostergo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": """
Aanwezig. Om half vijf moet ik wel weg voor een raadsinformatieavond in een van onze gemeenten.

Met vriendelijke groet,
R. Zijlstra
""",
    },
    {
        "id": "d97-rsvp-06",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hüseyin Kaya <h.kaya@duinenpolder.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": """
Count me in, looking forward to it.

Best,
Hüseyin Kaya
""",
    },
    {
        "id": "d97-rsvp-07",
        "kind": "rsvp",
        "attending": True,
        "sender": "Esther Kuipers <esther.kuipers@lekstroom-werkt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": """
De 18e komt me zelfs beter uit dan de 11e. Ik ben er.

Esther Kuipers
""",
    },
    {
        "id": "d97-rsvp-08",
        "kind": "rsvp",
        "attending": False,
        "sender": "Karin Wolters <k.wolters@wo-lekenijssel.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": """
Laat maar zitten, haal me maar van de wachtlijst af. Die middag is inmiddels volgelopen met andere afspraken.

Karin
""",
    },
    {
        "id": "d97-rsvp-09",
        "kind": "rsvp",
        "attending": True,
        "sender": "Femke Zwart <f.zwart@noorderkust-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": """
Ik ben er donderdag, tot dan!

Femke
""",
    },
    {
        "id": "d97-rsvp-10",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jeroen ten Bosch <j.tenbosch@noorderkust-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": """
Ik moet helaas afzeggen. In een van onze gemeenten heeft vannacht een grote brand gewoed en ik zit in het
crisisteam. Geeft u mijn plek maar aan iemand op de wachtlijst.

Met vriendelijke groet,
J. ten Bosch
""",
    },
    {
        "id": "d97-rsvp-11",
        "kind": "rsvp",
        "attending": True,
        "sender": "Arjen Bakker <a.bakker@kroonwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": """
Vorige week heb ik afgezegd, maar de behandeling van de kadernota is verschoven. Ik kom dus toch.

Arjen Bakker
""",
    },
    {
        "id": "d97-rsvp-12",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gert-Jan Wassink <gj.wassink@ijsselvallei-werkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": """
Correctie op mijn eerdere aanmelding: ik kan er toch niet bij zijn. Excuses voor het geschuif.

Gert-Jan
""",
    },
    {
        "id": "d97-rsvp-13",
        "kind": "rsvp",
        "attending": False,
        "sender": "Theo Stapelbroek <t.stapelbroek@valleizeven.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """
Zelf ben ik verhinderd. In mijn plaats komt onze adjunct-directeur, Youssef el Amrani (y.elamrani@valleizeven.nl).

Met vriendelijke groet,
Theo Stapelbroek
""",
    },
    {
        "id": "d97-rsvp-14",
        "kind": "rsvp",
        "attending": True,
        "sender": "Inge de Waal <directiesecretariaat@kroonwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """
Goedemiddag,

Namens mevrouw Hofstede: zij is aanwezig op 11 maart. Ik heb het in haar agenda gezet.

Met vriendelijke groet,
Inge de Waal
Directiesecretaresse Werkorganisatie Kroonwaard
""",
    },
    {
        "id": "d97-rsvp-15",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sanne Visscher <s.visscher@gemeente-beekdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": """
Dank voor de uitnodiging, ik neem graag de plaats van Dirk in. Tot de 11e!

Sanne Visscher
""",
    },
    {
        "id": "d97-rsvp-16",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bas Hulshof <b.hulshof@rivierenzes.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": """
Helaas, op 11 maart kan ik ook niet. Ik heb Dirk al laten weten dat hij iemand anders moet vragen.

Bas Hulshof
""",
    },
    {
        "id": "d97-rsvp-17",
        "kind": "rsvp",
        "attending": True,
        "sender": "Willem Jansma <w.jansma@wo-oostergo.nl>",
        "thread": "invitation",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": """
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

Ja, ik kom. Met één collega, dus twee personen.

> Graag uw antwoord vóór 2 maart 2027.

Ruim op tijd, zie ik :-)

Willem
""",
    },
    {
        "id": "d97-rsvp-18",
        "kind": "rsvp",
        "attending": True,
        "sender": "Annelies Brouwer-Tjon <a.brouwertjon@gemeente-lindeloo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": """
Een nieuw onderwerp heb ik niet, uw lijstje dekt het wel. Maar op 11 maart ben ik er zeker bij.

Annelies
""",
    },
    {
        "id": "d97-rsvp-19",
        "kind": "rsvp",
        "attending": False,
        "sender": "Koen Dijkhuizen <koendijkhuizen68@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": """
Nee, helaas. Dan zit ik met het gezin in Oostenrijk.

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d97-rsvp-20",
        "kind": "rsvp",
        "attending": False,
        "sender": "Henk Westerveld <h.westerveld@wo-oostergo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": """
Ik kan helaas niet. Op 11 maart bespreken twee van onze zeven raden de kadernota en daar moet ik bij zijn.

Groet,
Henk Westerveld
algemeen directeur Werkorganisatie Oostergo
""",
    },
    {
        "id": "d97-rsvp-21",
        "kind": "rsvp",
        "attending": False,
        "sender": "Noor Aydın <n.aydin@heuvellandwest.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": """
Unfortunately I won't be able to join this time; I'll be abroad on a study trip with our board. Hope to see you
all at the autumn edition.

Noor
""",
    },
    {
        "id": "d97-rsvp-22",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bart Verhoeckx <b.verhoeckx@kempenhart.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": """
Wij komen met drie: ikzelf, onze directeur sociaal domein en de programmamanager dienstverlening.

Bart Verhoeckx
""",
    },
    {
        "id": "d97-rsvp-23",
        "kind": "rsvp",
        "attending": False,
        "sender": "Laura Bosma <l.bosma@maasenkempen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": """
Op 11 maart zit ik op een congres in Lissabon, dus deze editie sla ik over. Succes met de voorbereiding!

Laura
""",
    },
    {
        "id": "d97-rsvp-24",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ingrid Hoekstra <i.hoekstra@rivierenzes.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": """
Ik lig met griep op bed. Mijn collega Gerda Mulder (g.mulder@rivierenzes.nl) neemt mijn plek over.

Ingrid
""",
    },
    {
        "id": "d97-rsvp-25",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rob Valkenburg <r.valkenburg@bvo-wlm.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": """
Ja, ik kom graag.

Rob Valkenburg
""",
    },
    # ------------------------------------------------------------------ suggestion
    {
        "id": "d97-sug-01",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Laura Bosma <l.bosma@maasenkempen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """
Een onderwerp dat bij ons steeds terugkomt: hoe houd je zes gemeenteraden tegelijk goed aangesloten? Elke raad
wil een eigen informatiesessie, een eigen rapportage en liefst een eigen aanspreekpunt in de werkorganisatie. Ik
hoor graag hoe collega's de verhouding met al die raden en colleges vormgeven.

Met vriendelijke groet,
Laura Bosma
directeur Werkorganisatie Maas en Kempen
""",
    },
    {
        "id": "d97-sug-02",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Arjen Bakker <a.bakker@kroonwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": """
Mijn suggestie: de kostenverdeelsleutel. Wij verdelen nu naar inwonertal, terwijl de afname van producten per
gemeente sterk verschilt. Wie heeft ervaring met afrekenen op basis van werkelijke afname, en wat doet dat met de
administratieve lasten en de planning-en-controlcyclus?

Arjen
""",
    },
    {
        "id": "d97-sug-03",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "sender": "Henk Westerveld <h.westerveld@wo-oostergo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": """
Voorstel: 'De verdeelsleutel als splijtzwam'. Bij ons ligt de discussie over de kostenverdeling al twee jaar
tussen de zeven gemeenten in, en dat tast het onderlinge vertrouwen aan. Ik zou beide kanten willen bespreken: hoe
herstel je de verhouding tussen de deelnemers, en welk financieel model houdt in de praktijk stand?

Henk Westerveld
""",
    },
    {
        "id": "d97-sug-04",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Saskia Nieuwenhuis <s.nieuwenhuis@zandstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": """
Voor maart zou ik graag de harmonisatie van het applicatielandschap agenderen. Vier jaar na de fusie draaien we
nog steeds drie zaaksystemen en twee belastingpakketten naast elkaar. Hoe hebben anderen de migratie naar één
platform aangepakt, en hoe hielden zij de bedrijfsvoering draaiende tijdens de overgang?

Saskia Nieuwenhuis
""",
    },
    {
        "id": "d97-sug-05",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Dennis Oldenkamp <dennis.oldenkamp@werkorganisatie-twentezuid.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": """
Onderwerp: de plek van de werkorganisatie in de regionale economische agenda. Vijf gemeenten, één ambtelijk
apparaat, maar aan de regiotafel zitten we met provincie, ondernemers en onderwijs. Wie voert dan namens wie het
woord, en hoe positioneer je je als werkorganisatie in de regio?

Dennis

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d97-sug-06",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Priya Ramdin <p.ramdin@ijsselvallei-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """
Beste Stan en Melanie,

Ik stel voor: klantreizen in het sociaal domein. Een inwoner met schulden, een Wmo-vraag en een kind in de
jeugdhulp loopt bij ons langs vier loketten, terwijl het één organisatie is. Hoe hebben collega's de reis vanuit
de inwoner opnieuw ontworpen, en wat merkten inwoners daarvan?

Groet,
Priya
""",
    },
    {
        "id": "d97-sug-07",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Theo Stapelbroek <t.stapelbroek@valleizeven.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": """
Mijn onderwerp: de werkorganisatie in 2035. Blijven we een uitvoeringsorganisatie die levert wat zeven colleges
vragen, of groeien we naar een partner met een eigen visie op de opgaven? Graag een gesprek over de lange termijn.

Theo Stapelbroek
directeur Werkorganisatie Vallei-Zeven
""",
    },
    {
        "id": "d97-sug-08",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Wilma Roerink <w.roerink@brede-venen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": """
Suggestie: prestaties meten per gemeente. Wij willen elke deelnemende gemeente een eigen dashboard geven met
doorlooptijden, klanttevredenheid en telefonische bereikbaarheid. Wie doet dat al, en welke indicatoren zeggen
echt iets?

W. Roerink
""",
    },
    {
        "id": "d97-sug-09",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Mirjam Hofstede <mirjam.hofstede@kroonwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": """
Krapte op de arbeidsmarkt en strategische personeelsplanning. Wij hebben zestig openstaande vacatures op ruim 900
fte. Hoe houden collega-organisaties de formatie op peil, en werkt het om mensen breder inzetbaar te maken over de
teams heen?

Mirjam Hofstede
""",
    },
    {
        "id": "d97-sug-10",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Bart Verhoeckx <b.verhoeckx@kempenhart.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": """
Onderwerp voor het atelier: hoe vertaal je zeven coalitieakkoorden naar één strategische koers voor de
organisatie? Sinds de verkiezingen hebben we een bonte verzameling bestuurlijke prioriteiten en we moeten kiezen
wat de komende jaren voorrang krijgt.

Bart
""",
    },
    {
        "id": "d97-sug-11",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Gert-Jan Wassink <gj.wassink@ijsselvallei-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """
Voorstel: het sturingsconcept. Wij werken met opdrachtgevers- en opdrachtnemerschap, maar het model knelt: de
accountmanagers worden doorgeefluiken en de lijn weet niet meer wie waarover beslist. Wie heeft het eigen
sturingsmodel herzien en wat heeft dat opgeleverd?

Gert-Jan Wassink
""",
    },
    {
        "id": "d97-sug-12",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Karin Wolters <k.wolters@wo-lekenijssel.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": """
Twee onderwerpen van onze kant:
- informatieveiligheid bij de overstap naar de cloud;
- de regionale woondeal: welke rol heeft de werkorganisatie daarin, en wie vertegenwoordigt de gemeenten?

Karin Wolters
""",
    },
    {
        "id": "d97-sug-13",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Femke Zwart <f.zwart@noorderkust-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": """
In maart ben ik erbij. Graag zou ik datagedreven werken bespreken: we hebben een datateam opgezet, maar de
vertaling naar de werkprocessen van de teams blijft achter.

Femke
""",
    },
    {
        "id": "d97-sug-14",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Esther Kuipers <esther.kuipers@lekstroom-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": """
Dank voor de fijne middag. Voor de volgende keer: wat als een deelnemende gemeente wil uittreden? In een van
onze raden is dat onlangs geopperd en ik ben benieuwd naar ervaringen met uittreding en de afspraken daarover.

Esther
""",
    },
    {
        "id": "d97-sug-15",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Priya Ramdin <p.ramdin@ijsselvallei-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": """
Nog een aanvulling op mijn eerdere suggestie: AI-assistenten in het klantcontact, aan de telefoon en in de chat.
Wij zetten daar de eerste stappen in en ik wissel graag ervaringen uit.

Priya
""",
    },
    {
        "id": "d97-sug-16",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hüseyin Kaya <h.kaya@duinenpolder.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": """
Topic suggestion: one business desk for entrepreneurs. A single point of contact for permits, events and
subsidies for businesses, instead of six different counters. Curious whether others have done this and how
entrepreneurs rated it.

Regards,
Hüseyin
""",
    },
    {
        "id": "d97-sug-17",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ruud Zijlstra <r.zijlstra@wo-oostergo.nl>",
        "thread": "call_for_themes",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """
> Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken?

Dienstverlening in de kernen. Sinds alle balies naar het centrale kantoor zijn verhuisd, is de onvrede in de
kleinste dorpen groot. Ik ben benieuwd naar mobiele servicepunten, spreekuren in de bibliotheek en dergelijke.

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

Bij deze, ruim op tijd.

Mvg, Ruud
""",
    },
    {
        "id": "d97-sug-18",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Ingrid Hoekstra <i.hoekstra@rivierenzes.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": """
Een idee voor de volgende keer: onze werkorganisatie bestaat dit jaar tien jaar en de oorspronkelijke
fusiedoelen (kwaliteit, kwetsbaarheid, kosten) zijn grotendeels gehaald. Wat is het verhaal voor de komende tien
jaar? Ik zoek collega's die hun langetermijnvisie al hebben herijkt.

Ingrid Hoekstra
""",
    },
    {
        "id": "d97-sug-19",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Koen Dijkhuizen <k.dijkhuizen@bvo-wlm.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": """
Procesautomatisering (RPA) in de backoffice: wij hebben geslaagde pilots bij belastingen en vergunningen, maar
krijgen ze niet opgeschaald naar de lijn. Wie heeft dat wel voor elkaar gekregen?

Koen Dijkhuizen
""",
    },
    {
        "id": "d97-sug-20",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Wilma Roerink <w.roerink@brede-venen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": """
Hallo Melanie,

Bij ons heeft de kleinste gemeente (9.000 inwoners) steeds vaker het gevoel dat de werkorganisatie niet meer
van haar is. Ik wil graag met collega's praten over hoe je de kleinere deelnemers echt betrokken houdt.

Hartelijke groet,
Wilma
""",
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "d97-uns-01",
        "kind": "unsubscribe",
        "sender": "Frans Leijten <f.leijten@maasenkempen.nl>",
        "subject": "Afmelding",
        "body": """
Beste Stan en Melanie,

Per 1 mei ga ik met pensioen. Willen jullie mij uit het ledenbestand halen? Het waren waardevolle jaren in het
netwerk.

Hartelijke groet,
Frans Leijten
""",
    },
    {
        "id": "d97-uns-02",
        "kind": "unsubscribe",
        "sender": "Arjen Bakker <a.bakker@kroonwaard.nl>",
        "subject": "Overdracht lidmaatschap",
        "body": """
Geacht secretariaat,

Op 1 april draag ik de directie van Werkorganisatie Kroonwaard over aan Marloes Veenstra. Wilt u mij afmelden en
haar in mijn plaats opnemen? Haar adres is m.veenstra@kroonwaard.nl.

Met vriendelijke groet,
A. Bakker
""",
    },
    {
        "id": "d97-uns-03",
        "kind": "unsubscribe",
        "sender": "Hüseyin Kaya <h.kaya@duinenpolder.nl>",
        "subject": "Change of membership",
        "body": """
Hello,

As of next month I'm moving on to a position at the province. My successor, Ilse Groeneveld
(i.groeneveld@duinenpolder.nl), will take over my seat in the network. Please take me off the list.

Best regards,
Hüseyin Kaya
""",
    },
    {
        "id": "d97-uns-04",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Marco Ruijgrok <m.ruijgrok@zandstreek.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens",
        "body": """
Geachte heer, mevrouw,

Op grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens te verwijderen en mij geen berichten meer te
sturen. Graag ontvang ik een bevestiging wanneer dit is gebeurd.

Hoogachtend,
M. Ruijgrok
""",
    },
    {
        "id": "d97-uns-05",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Bas Hulshof <b.hulshof@rivierenzes.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """
Ik kom niet, en ik wil ook van de lijst af. Verwijder a.u.b. meteen al mijn gegevens uit jullie bestanden.

Bas Hulshof
""",
    },
    {
        "id": "d97-uns-06",
        "kind": "unsubscribe",
        "sender": "Joost Mertens <j.mertens@heuvellandwest.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": """
Dit verzoek komt niet van mij.

J. Mertens
""",
    },
    {
        "id": "d97-uns-07",
        "kind": "unsubscribe",
        "sender": "Pieter-Bas Lankhorst <pb.lankhorst@zandstreek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": """
Donderdag lukt niet, en eerlijk gezegd heb ik besloten mijn lidmaatschap op te zeggen: het netwerk sluit te weinig
aan op onze situatie. Haal mij alstublieft van de ledenlijst.

Pieter-Bas
""",
    },
    {
        "id": "d97-uns-08",
        "kind": "unsubscribe",
        "sender": "Sietske de Boer <s.deboer@noorderkust-wo.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": """
Bij nader inzien zie ik toch af van het lidmaatschap; mijn agenda laat het simpelweg niet toe. Schrijft u mij
maar weer uit.

Sietske de Boer
""",
    },
    {
        "id": "d97-uns-09",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Oliver Brandt <oliver.brandt@outlook.com>",
        "subject": "Unsubscribe + GDPR",
        "body": """
Please unsubscribe me and erase whatever personal data you hold on me, in line with the GDPR.

Oliver Brandt
""",
    },
    {
        "id": "d97-uns-10",
        "kind": "unsubscribe",
        "sender": "Rob Valkenburg <r.valkenburg@bvo-wlm.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": """
afmelden graag
""",
    },
    {
        "id": "d97-uns-11",
        "kind": "unsubscribe",
        "sender": "Wilma Roerink <w.roerink@brede-venen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": """
Dit was mijn laatste atelier: per 1 juni vertrek ik bij De Brede Venen. Mijn opvolger is Jelle Hoekstra,
j.hoekstra@brede-venen.nl. Zetten jullie hem op de lijst en mij eraf?

Dank voor alles,
Wilma
""",
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "d97-auto-01",
        "kind": "autoreply",
        "sender": "Henk Westerveld <h.westerveld@wo-oostergo.nl>",
        "thread": "invitation",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """
Dank voor uw bericht. Tot en met maandag 8 maart ben ik niet op kantoor en lees ik mijn mail beperkt. Voor
dringende zaken kunt u terecht bij het bestuurssecretariaat, 0511 - 46 20 00.
""",
    },
    {
        "id": "d97-auto-02",
        "kind": "autoreply",
        "sender": "Noor Aydın <n.aydin@heuvellandwest.nl>",
        "subject": "Afwezig / Out of office",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": """
Ik ben afwezig tot 22 maart. Uw e-mail wordt niet doorgestuurd.

I am out of the office until 22 March. Your e-mail will not be forwarded.

Noor Aydın
""",
    },
    {
        "id": "d97-auto-03",
        "kind": "autoreply",
        "sender": "Mirjam Hofstede <mirjam.hofstede@kroonwaard.nl>",
        "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
        "body": """
Van 1 tot en met 12 maart ben ik met vakantie. Uw bericht wordt na mijn terugkomst gelezen. Is het dringend, bel
dan 088 - 120 45 00 en vraag naar de dienstdoende manager.
""",
    },
    {
        "id": "d97-auto-04",
        "kind": "autoreply",
        "sender": "t.derksen@valleizeven.nl",
        "subject": "Niet bezorgd bij de ontvanger: adres niet meer in gebruik",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """
Dit e-mailadres is niet langer in gebruik en wordt niet gelezen. Voor vragen aan Werkorganisatie Vallei-Zeven
kunt u mailen naar post@valleizeven.nl.
""",
    },
    {
        "id": "d97-auto-05",
        "kind": "autoreply",
        "sender": "Laura Bosma <l.bosma@maasenkempen.nl>",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: Dank voor uw themasuggestie [atelier:2027-1]",
        "headers": {"X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"},
        "body": """
Wegens zwangerschapsverlof ben ik tot half juli afwezig. Mijn taken worden waargenomen door Frans Leijten
(f.leijten@maasenkempen.nl).
""",
    },
    {
        "id": "d97-auto-06",
        "kind": "autoreply",
        "sender": "Postbus Werkorganisatie Twente-Zuid <post@werkorganisatie-twentezuid.nl>",
        "subject": "Ontvangstbevestiging Z/27/014873",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Uw e-mail is ontvangen en geregistreerd onder zaaknummer Z/27/014873. Binnen vijf werkdagen ontvangt u een
reactie. Dit bericht is automatisch verzonden; u kunt er niet op antwoorden.

Werkorganisatie Twente-Zuid
""",
    },
    {
        "id": "d97-auto-07",
        "kind": "autoreply",
        "sender": "Oliver Brandt <o.brandt@duinenpolder.nl>",
        "subject": "Out of office",
        "body": """
Thank you for your email. I'm travelling with limited access to email until Monday 15 March. For anything
urgent, please contact my office at +31 (0)71 512 30 00.
""",
    },
    {
        "id": "d97-auto-08",
        "kind": "autoreply",
        "sender": "Arend Kooistra <a.kooistra@brede-venen.nl>",
        "thread": "invitation",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Arend Kooistra is niet meer werkzaam bij Werkorganisatie De Brede Venen. Uw bericht wordt niet doorgestuurd.
Voor de directie kunt u terecht bij directie@brede-venen.nl.
""",
    },
    {
        "id": "d97-auto-09",
        "kind": "autoreply",
        "sender": "Femke Zwart <f.zwart@noorderkust-wo.nl>",
        "thread": "reminder",
        "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "DR, RN, NRN, OOF, AutoReply"},
        "body": """
Vandaag en morgen ben ik op cursus en lees ik geen mail. Vanaf woensdag ben ik weer bereikbaar.

Femke Zwart
""",
    },
    # ------------------------------------------------------------------ other
    {
        "id": "d97-oth-01",
        "kind": "other",
        "sender": "Femke Zwart <f.zwart@noorderkust-wo.nl>",
        "subject": "Parkeren Stadskantoor 11 maart",
        "body": """
Goedemiddag,

Weet u of er bij het Stadskantoor in Utrecht parkeerplaatsen voor bezoekers zijn, of kan ik beter naar P+R
Papendorp en dan de tram nemen? Ik kom uit het noorden en wil niet te laat binnenvallen.

Vriendelijke groet,
Femke Zwart
""",
    },
    {
        "id": "d97-oth-02",
        "kind": "other",
        "sender": "Catering De Zoete Inval <administratie@dezoeteinval-catering.nl>",
        "subject": "Factuur 2027-0388 - verzorging bijeenkomst 11 maart",
        "body": """
Geachte heer Van de Laar,

In de bijlage vindt u factuur 2027-0388 voor koffie, thee en borrel tijdens de bijeenkomst van donderdag 11 maart
(30 personen). Wij verzoeken u het bedrag van € 1.412,40 binnen 30 dagen over te maken onder vermelding van het
factuurnummer.

Met vriendelijke groet,
Administratie Catering De Zoete Inval
KvK 71234567
""",
    },
    {
        "id": "d97-oth-03",
        "kind": "other",
        "sender": "Hans Dekker <h.dekker@gemeente-beekdal.nl>",
        "subject": "Alles drie keer",
        "body": """
Beste secretariaat,

Sinds de laatste uitnodiging krijg ik alles drie keer binnen: op mijn eigen adres, op het algemene adres van de
directie en op een oud adres dat kennelijk nog wordt doorgestuurd. Mijn postvak is al vol genoeg. Kunnen jullie
dat rechtzetten?

Groet,
Hans Dekker
""",
    },
    {
        "id": "d97-oth-04",
        "kind": "other",
        "sender": "Jolanda Meijerink <jolanda@verdeelwijzer-advies.nl>",
        "subject": "Workshop verdeelsleutels voor uw ateliers",
        "body": """
Beste Stan en Melanie,

Via LinkedIn zag ik dat uw netwerk geregeld bijeenkomsten organiseert voor directeuren van
samenwerkingsorganisaties. Verdeelwijzer Advies heeft een interactieve workshop over eerlijke kostenverdeling
tussen deelnemende gemeenten, met een rekenmodel dat deelnemers ter plekke kunnen uitproberen. Wij verzorgen die
graag als onderdeel van een van uw ateliers. Zullen we binnenkort een halfuurtje bellen?

Hartelijke groet,
Jolanda Meijerink
Partner, Verdeelwijzer Advies
06 - 41 88 20 17
""",
    },
    {
        "id": "d97-oth-05",
        "kind": "other",
        "sender": "Karin Wolters <k.wolters@wo-lekenijssel.nl>",
        "subject": "Nieuw e-mailadres per 1 april",
        "body": """
Goedemorgen,

Onze werkorganisatie heeft een nieuwe naam gekregen en daarmee wijzigen per 1 april alle mailadressen. Mijn
nieuwe adres wordt k.wolters@lekstroom-werkt.nl (nu nog k.wolters@wo-lekenijssel.nl). Wilt u dat in uw bestand
aanpassen?

Dank en groet,
Karin Wolters
""",
    },
    {
        "id": "d97-oth-06",
        "kind": "other",
        "sender": "Irene Snel <i.snel@brede-venen.nl>",
        "subject": "Vertrek dhr. Kooistra",
        "body": """
Ter informatie: onze directeur, de heer Arend Kooistra, is per 1 februari met vervroegd pensioen gegaan. Ik zie
dat er nog steeds mail van u naar zijn oude adres komt. Een opvolger is nog niet benoemd.

Met vriendelijke groet,
Irene Snel
team Communicatie, Werkorganisatie De Brede Venen
""",
    },
    {
        "id": "d97-oth-07",
        "kind": "other",
        "sender": "Bart Verhoeckx <b.verhoeckx@kempenhart.nl>",
        "subject": "Clusterdirecteuren",
        "body": """
Beste Stan,

Kunnen onze vier clusterdirecteuren ook lid worden? Ieder heeft een portefeuille die zeven gemeenten beslaat en
ze zouden veel aan de ateliers hebben. Laat maar weten wat je van hen nodig hebt.

Groet,
Bart
""",
    },
    {
        "id": "d97-oth-08",
        "kind": "other",
        "sender": "Monique Hazeleger <bestuurssecretariaat@wo-oostergo.nl>",
        "subject": "Atelier 11 maart",
        "body": """
Goedemorgen,

Namens de heer Westerveld laat ik u weten dat hij bij het atelier van 11 maart aanwezig zal zijn. Hij neemt geen
gasten mee.

Met vriendelijke groet,
Monique Hazeleger
bestuurssecretariaat Werkorganisatie Oostergo
""",
    },
    {
        "id": "d97-oth-09",
        "kind": "other",
        "sender": "Gerda Mulder <g.mulder@rivierenzes.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """
Geen inhoudelijk onderwerp, wel een idee over de vorm: houd het atelier eens op locatie bij een van de
werkorganisaties, dan krijgen we ook een kijkje in de keuken. En overweeg een hele dag in plaats van een middag;
voor collega's uit Groningen en Zeeland weegt de reistijd zwaar.

Gerda Mulder
""",
    },
    {
        "id": "d97-oth-10",
        "kind": "other",
        "sender": "Joost Mertens <j.mertens@heuvellandwest.nl>",
        "subject": "Inzage gegevens",
        "body": """
Geacht secretariaat,

Op grond van de AVG wil ik graag weten welke persoonsgegevens u van mij verwerkt en waar u die vandaan hebt.

Met vriendelijke groet,
J. Mertens
""",
    },
    {
        "id": "d97-oth-11",
        "kind": "other",
        "sender": "Yvonne Terpstra <y.terpstra@gemeente-beekdal.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": """
Ik heb mij nergens voor aangemeld. Hoe komt u aan mijn e-mailadres, en wie heeft dit verzoek ingediend?

Y. Terpstra
""",
    },
    {
        "id": "d97-oth-12",
        "kind": "other",
        "sender": "Esther Kuipers <esther.kuipers@lekstroom-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": """
Ik kom graag, maar zou mijn strategisch adviseur willen meenemen. Zij is geen directeur; is dat een bezwaar? Als
het mag, noteer ons dan voor twee personen.

Esther
""",
    },
    {
        "id": "d97-oth-13",
        "kind": "other",
        "sender": "Gert-Jan Wassink <gj.wassink@ijsselvallei-werkt.nl>",
        "subject": "Adviesraad",
        "body": """
Beste Melanie,

In de oproep las ik dat een Adviesraad de suggesties weegt. Daar lever ik graag een bijdrage aan. Hoe word je lid
van de Adviesraad, en is er nog een plek vrij?

Groet,
Gert-Jan Wassink
""",
    },
    {
        "id": "d97-oth-14",
        "kind": "other",
        "sender": "Marieke Schouten <m.schouten@gemeente-lindeloo.nl>",
        "subject": "Vraag over lidmaatschap",
        "body": """
Goedendag,

Ik ben gemeentesecretaris van een van de vijf gemeenten die hun ambtelijk apparaat hebben ondergebracht in een
werkorganisatie. Zelf ben ik dus geen directeur van die werkorganisatie. Kan ik toch lid worden van het netwerk?

Vriendelijke groet,
Marieke Schouten
""",
    },
    {
        "id": "d97-oth-15",
        "kind": "other",
        "sender": "Mirjam Hofstede <mirjam.hofstede@kroonwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": """
Dank voor de organisatie, het was een waardevolle middag. Vooral het gesprek met de collega uit Limburg over de
dienstverleningsovereenkomsten heeft me aan het denken gezet. Het verslag lees ik dit weekend.

Mirjam
""",
    },
    {
        "id": "d97-oth-16",
        "kind": "other",
        "sender": "Youssef el Amrani <y.elamrani@valleizeven.nl>",
        "subject": "Slides sturingsmodel",
        "body": """
Hallo Stan,

Zouden jullie de slides van de presentatie over het sturingsmodel kunnen delen? Ik wil ze volgende week gebruiken
in ons MT.

Groeten,
Youssef el Amrani
adjunct-directeur Werkorganisatie Vallei-Zeven
""",
    },
    {
        "id": "d97-oth-17",
        "kind": "other",
        "sender": "Arjen Bakker <a.bakker@kroonwaard.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": """
Jammer dat het niet doorgaat. Is er al zicht op een nieuwe datum? Dan blokkeer ik die alvast, want april zit bij
ons vol met voorjaarsnota's.

Arjen
""",
    },
    {
        "id": "d97-oth-18",
        "kind": "other",
        "sender": "Esther Kuipers <esther.kuipers@lekstroom-werkt.nl>",
        "subject": "notitie DVO 2027",
        "body": """
Hoi Pieter,

Hierbij de conceptnotitie over de DVO 2027 met de aangepaste verdeelsleutel. Wil je er voor donderdag nog naar
kijken?

Gr. Esther
""",
    },
    {
        "id": "d97-oth-19",
        "kind": "other",
        "sender": "Lieven Vandenbroucke <lieven.vandenbroucke@igs-leiestreek.be>",
        "subject": "Membership question from Flanders",
        "body": """
Dear colleagues,

I lead an intergemeentelijk samenwerkingsverband of six municipalities in Flanders. Our situation resembles that
of your members in many respects. Is the network open to directors from Belgium as well?

Kind regards,
Lieven Vandenbroucke
""",
    },
    {
        "id": "d97-oth-20",
        "kind": "other",
        "sender": "Tessa Hermans <tessa.hermans@student.ru.nl>",
        "subject": "Scriptieonderzoek ambtelijke fusies",
        "body": """
Beste heer Van de Laar, beste mevrouw Huurneman,

Ik ben masterstudent Bestuurskunde en schrijf mijn scriptie over sturing in ambtelijke fusieorganisaties. Zou ik
via het netwerk een korte vragenlijst onder de leden mogen uitzetten? Het kost hooguit tien minuten.

Met vriendelijke groet,
Tessa Hermans
""",
    },
    {
        "id": "d97-oth-21",
        "kind": "other",
        "sender": "P&O Werkorganisatie Kroonwaard <po@kroonwaard.nl>",
        "subject": "Aanmelding drie directeuren",
        "body": """
Goedemiddag,

Graag melden wij de volgende directeuren aan voor het netwerk:
- Marloes Veenstra, m.veenstra@kroonwaard.nl
- Tjeerd Bouwman, t.bouwman@kroonwaard.nl
- Naima Ouali, n.ouali@kroonwaard.nl

Met vriendelijke groet,
afdeling P&O
""",
    },
    {
        "id": "d97-oth-22",
        "kind": "other",
        "sender": "Jeroen ten Bosch <j.tenbosch@noorderkust-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": """
Als alle ateliers in Utrecht blijven, heeft het lidmaatschap voor mij weinig zin: ik ben heen en terug ruim vier
uur onderweg. Komt er ooit een editie in het noorden? Zo niet, dan stop ik ermee.

Jeroen
""",
    },
    {
        "id": "d97-oth-23",
        "kind": "other",
        "sender": "Saskia Nieuwenhuis <s.nieuwenhuis@zandstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": """
Ik ben erbij. Kunt u mij vooraf laten weten welke werkorganisaties er komen? Dan kan ik gericht een collega
aanspreken over hun klantcontactcentrum.

Saskia
""",
    },
    {
        "id": "d97-oth-24",
        "kind": "other",
        "sender": "Marjolein van der Meulen <m.vandermeulen@wo-oostergo.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "notes",
        "body": """
Hoe groot is de kans dat ik nog een plek krijg? Uiterlijk vrijdag moet ik weten of ik die middag vrij moet
houden.

Marjolein
""",
    },
    {
        "id": "d97-oth-25",
        "kind": "other",
        "sender": "Priya Ramdin <priya.ramdin@kempenhart.nl>",
        "subject": "Nieuwe werkgever, zelfde netwerk",
        "body": """
Beste Stan en Melanie,

Per deze maand ben ik overgestapt van IJsselvallei naar Samenwerkingsorganisatie Kempenhart, weer als
adjunct-directeur. Ik blijf graag lid; wilt u voortaan dit adres gebruiken? Het oude adres vervalt binnenkort.

Groet,
Priya Ramdin
""",
    },
    {
        "id": "d97-oth-26",
        "kind": "other",
        "sender": "Jeroen ten Bosch <j.tenbosch@noorderkust-wo.nl>",
        "subject": "Adjunct ook lid",
        "body": """
Mijn adjunct, Sietske de Boer, wil graag ook lid worden. Kunt u haar toevoegen?

Jeroen ten Bosch

Verstuurd vanaf mijn iPhone
""",
    },
]
# fmt: on
