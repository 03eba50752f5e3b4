"""Labelled set devset101: registers at both ends.

About 125 messages to info@ambtelijkefusie.nl of every kind, written in registers the service rarely meets: very
formal, old-fashioned civil-service Dutch ("Hierbij deel ik u mede dat ondergetekende ...", "Gaarne verneem ik",
"Onder dankzegging"), Flemish/Belgian turns ("gelieve mij uit te schrijven", "ik zal present zijn", "graag had ik"),
bureaucratic passives and long nominalisations, and at the other end jovial and slangy mail, mail dictated by speech
recognition ("punt" and "komma" written out, homophone errors such as "mei" for "mij") and mail with emoji. For each
act there are look-alikes in the same register that must go to a person (kind `other`) or are not what they seem
(a Flemish "ik meld mij af voor donderdag" is a declined atelier, not a leave).

Conventions relied on (from the dataset brief):
- Joining, by the person themself: `subscribe`; signing up one named colleague WITH that colleague's address:
  `subscribe`; without the address, or several people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
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
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- Themes: the theme(s) of what the writer proposes, not of words used in passing; two themes only where the topic
  clearly spans both (or where the writer proposes two topics under two themes).
- Forwarded quotes (`doorgestuurd`) have no thread; a reply whose client dropped our text has a thread and no quote.
"""

from __future__ import annotations

from typing import Any

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ subscribe
    {
        "id": "d101-sub-01", "kind": "subscribe", "thread": None,
        "sender": "mr. W.F. van Heemskerck <w.vanheemskerck@werkorganisatie-beekdal.nl>",
        "subject": "Verzoek tot toetreding",
        "body": """
Geachte heer, mevrouw,

Hierbij deel ik u mede dat ondergetekende, sedert 1 januari jl. belast met de algemene leiding van de
Werkorganisatie Beekdal, de wens koestert als lid tot uw netwerk toe te treden. Ik verzoek u mij als zodanig
in te schrijven en zie uw bevestiging gaarne tegemoet.

Hoogachtend,

mr. W.F. van Heemskerck
algemeen directeur Werkorganisatie Beekdal
""",
    },
    {
        "id": "d101-sub-02", "kind": "subscribe", "thread": None,
        "sender": "Bart Vermeulen <bart.vermeulen@fusiegemeente-kempenland.be>",
        "subject": "inschrijving netwerk",
        "body": """
Goeiedag,

Graag had ik mij ingeschreven in jullie netwerk van directeuren. Sinds de fusie van onze drie gemeenten
ben ik algemeen directeur van de gezamenlijke administratie en ik volg jullie werking al een tijdje.

Alvast bedankt voor de opvolging.

Met vriendelijke groeten,
Bart Vermeulen
Algemeen directeur
Fusiegemeente Kempenland

Denk aan het milieu voor u deze e-mail afdrukt.
""",
    },
    {
        "id": "d101-sub-03", "kind": "subscribe", "thread": None,
        "sender": "Joost Brinkhorst <joostbrinkhorst@gmail.com>",
        "subject": "zet me erop",
        "body": """
Yo Stan!

Gisteren op de borrel in Zwolle had je het over dat directeurennetwerk van jullie. Zet me d'r maar op,
klinkt als mijn soort clubje. Dit is mijn privéadres, werkt prima.

Later!
Joost (directeur De Vechtstreek Werkt)
""",
    },
    {
        "id": "d101-sub-04", "kind": "subscribe", "thread": None,
        "sender": "H. Bos <h.bos@werkorganisatie-noordkwartier.nl>",
        "subject": "aanmelding",
        "body": """
goedemorgen komma ik wil mei graag aan melden als lid van het netwerk van directeuren van ambtelijke fusie
organisaties punt mijn naam is henk bos en ik ben directeur van de werk organisatie noordkwartier punt
met vriendelijke groet henk bos

Ingesproken met spraakherkenning, excuses voor eventuele vreemde woorden.
""",
    },
    {
        "id": "d101-sub-05", "kind": "subscribe", "thread": None,
        "sender": "Sanne Oudejans <s.oudejans@dewaardenwerkt.nl>",
        "subject": "Aanmelden 😊",
        "body": """
Hoi! 👋

Via een collega hoorde ik over jullie netwerk en de ateliers. Ik wil heel graag lid worden 🙌

Groetjes,
Sanne Oudejans
directeur De Waarden Werkt
""",
    },
    {
        "id": "d101-sub-06", "kind": "subscribe", "thread": None,
        "sender": "Directiesecretariaat GR Lekoevers <directie@gr-lekoevers.nl>",
        "subject": "Aanmelding plaatsvervangend directeur",
        "body": """
Geachte heer Van de Laar,

Gaarne verzoek ik u onze plaatsvervangend directeur, mevrouw ir. A.M. Koster, als lid van het netwerk aan
te melden. Haar e-mailadres luidt a.koster@gr-lekoevers.nl. Zij is van dit verzoek op de hoogte.

Met de meeste hoogachting,

drs. C.J. Roodenburg
directeur Gemeenschappelijke Regeling Lekoevers
""",
    },
    {
        "id": "d101-sub-07", "kind": "subscribe", "thread": None,
        "sender": "P.A.M. Smulders <pam.smulders@odbrabantsewal.nl>",
        "subject": "Verzoek opname in ledenbestand",
        "body": """
Geacht secretariaat,

Naar aanleiding van de besluitvorming in het dagelijks bestuur van de Werkorganisatie Brabantse Wal d.d.
14 januari 2027 inzake deelname aan kennisnetwerken wordt door ondergetekende hierbij verzocht om opname in
het ledenbestand van het Netwerk van directeuren van ambtelijke fusieorganisaties.

Met vriendelijke groet,

P.A.M. Smulders
directeur Werkorganisatie Brabantse Wal
""",
    },
    {
        "id": "d101-sub-08", "kind": "subscribe", "thread": None,
        "sender": "Luc De Smedt <luc.desmedt@netelandenvoorkempen.be>",
        "subject": "Inschrijving adjunct",
        "body": """
Beste,

Ook onze adjunct-algemeen directeur, Els Peeters, wenst zich in te schrijven op jullie netwerk.
Gelieve haar toe te voegen; haar adres is els.peeters@netelandenvoorkempen.be.

Met vriendelijke groeten,
Luc De Smedt
""",
    },
    {
        "id": "d101-sub-09", "kind": "subscribe", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "drs. E.M. Landman <e.landman@werkorganisatie-hollandsmidden.nl>",
        "body": """
Geacht secretariaat,

Na ampele overweging ben ik op mijn besluit teruggekomen. Ik wens mij derhalve opnieuw als lid aan te melden.

Met vriendelijke groet,
drs. E.M. Landman
""",
    },
    # ------------------------------------------------------------------ subscribe look-alikes (other)
    {
        "id": "d101-sub-other-01", "kind": "other", "thread": None,
        "sender": "mw. mr. J.H. Kwakernaak <jh.kwakernaak@gemeente-ruwaard.nl>",
        "subject": "Lidmaatschap gemeentesecretaris",
        "body": """
Geachte heer, mevrouw,

Ondergetekende vervult de functie van gemeentesecretaris van een der deelnemende gemeenten in een ambtelijke
fusieorganisatie, doch is zelf geen directeur van die organisatie. Gaarne verneem ik of het lidmaatschap van
uw netwerk ook voor functionarissen in die positie openstaat.

Hoogachtend,
mw. mr. J.H. Kwakernaak
""",
    },
    {
        "id": "d101-sub-other-02", "kind": "other", "thread": None,
        "sender": "Directie Werkorganisatie Zeeuwse Delta <directie@wozeeuwsedelta.nl>",
        "subject": "Aanmelding directieteam",
        "body": """
Geacht secretariaat,

Bij dezen meld ik ons voltallige directieteam aan als lid van het netwerk: de heren G. Minderhoud en
T. Sinke, mevrouw D. Kodde en ondergetekende.

Met vriendelijke groet,
A. Verburg
algemeen directeur
""",
    },
    {
        "id": "d101-sub-other-03", "kind": "other", "thread": None,
        "sender": "Frits <frits.oosterbeek@gmail.com>",
        "subject": "nieuwe collega",
        "body": """
Hey Stan,

Onze nieuwe directeur Bedrijfsvoering wil ook wel aanhaken bij jullie clubje. Zet je haar er even bij?
Heet Marloes, mailadres weet ik zo even niet uit m'n hoofd.

Thx!
Frits
""",
    },
    {
        "id": "d101-sub-other-04", "kind": "other", "thread": None,
        "sender": "dr. ir. F.L. Hogendoorn <fl.hogendoorn@werkorganisatie-groenehart.nl>",
        "subject": "Kandidaatstelling Adviesraad",
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Hierbij stelt ondergetekende zich, onder verwijzing naar de oproep in uw laatste verslag, gaarne beschikbaar
voor het lidmaatschap van de Adviesraad van het netwerk. Een beknopt curriculum vitae doe ik u desgewenst
separaat toekomen.

Onder dankzegging voor uw moeite,
dr. ir. F.L. Hogendoorn
""",
    },
    {
        "id": "d101-sub-other-05", "kind": "other", "thread": None,
        "sender": "Koen Pijnappel <k.pijnappel@werkorganisatie-peelrand.nl>",
        "subject": "aanmelden",
        "body": """
hallo ik wil me misschien wel aan melden maar eerst wil ik weten hoeveel tijd het kost per jaar en of er
verplichtingen aan zitten vraagteken dan beslis ik daarna punt groet koen pijnappel

Verzonden vanaf mijn Samsung Galaxy
""",
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "d101-unsub-01", "kind": "unsubscribe", "erase": False, "thread": None,
        "sender": "Hilde Janssens <hilde.janssens@skynet.be>",
        "subject": "uitschrijving",
        "body": """
Goeiemiddag,

Gelieve mij uit te schrijven uit uw verzendlijst. Dank bij voorbaat.

Met vriendelijke groeten,
Hilde Janssens
""",
    },
    {
        "id": "d101-unsub-02", "kind": "unsubscribe", "erase": False, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "mr. drs. H.J.M. Terlouw <h.terlouw@werkorganisatie-vijfheerenlanden-oost.nl>",
        "body": """
Geachte heer, mevrouw,

In antwoord op uw schrijven deel ik u mede dat ondergetekende met ingang van heden geen prijs meer stelt op
het lidmaatschap van uw netwerk. Ik verzoek u derhalve mijn naam van de ledenlijst af te voeren.

Hoogachtend,
mr. drs. H.J.M. Terlouw
""",
    },
    {
        "id": "d101-unsub-03", "kind": "unsubscribe", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail", "subject": "Re: Herinnering: Leer- en inspireer-atelier "
        "donderdag 11 maart 2027 [atelier:2027-1]",
        "sender": "Gijs <gijs.kamphuis@gmail.com>",
        "body": """
Haha, ik kap ermee hoor. Haal me maar van de lijst, dus dat atelier laat ik ook lekker schieten.
Was gezellig al die jaren! 🍻

Gijs
""",
    },
    {
        "id": "d101-unsub-04", "kind": "unsubscribe", "erase": False, "thread": None,
        "sender": "A. Dijkstra <a.dijkstra@werkorganisatie-sudwest.nl>",
        "subject": "afmelden netwerk",
        "body": """
graag wil ik mij afmelden voor alle berichten van het netwerk punt ik ga per 1 mei met pensioen en heb er
dan geen rol meer in punt bedankt voor de fijne bijeenkomsten uitroepteken
groeten anne dijkstra

Verstuurd vanaf mijn iPhone (gedicteerd)
""",
    },
    {
        "id": "d101-unsub-05", "kind": "unsubscribe", "thread": None,
        "sender": "Merel Hakvoort <merel@hakvoort-directie.nl>",
        "subject": "📭 uitschrijven",
        "body": """
Uitschrijven graag 🙏 Even veel te veel mail op m'n bord.

Merel
""",
    },
    {
        "id": "d101-unsub-06", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "mr. C.A. Boogaerdt <c.boogaerdt@werkorganisatie-duinstreek.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": """
Geachte heer, mevrouw,

Onder verwijzing naar artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u mijn lidmaatschap
te beëindigen en alle persoonsgegevens die uw secretariaat van ondergetekende onder zich heeft, te wissen.
Gelieve mij de verwijdering schriftelijk te bevestigen.

Hoogachtend,
mr. C.A. Boogaerdt
""",
    },
    {
        "id": "d101-unsub-07", "kind": "unsubscribe", "erase": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Wim Van Landeghem <wim.vanlandeghem@ocmw-scheldeland.be>",
        "body": """
Beste,

Gelieve mij uit te schrijven en al mijn gegevens te wissen conform de GDPR. Ik wens niet langer
uitnodigingen te ontvangen.

Met vriendelijke groeten,
Wim Van Landeghem

Dit e-mailbericht en eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde.
""",
    },
    {
        "id": "d101-unsub-08", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "Roel <roelvandijk1971@hotmail.com>",
        "subject": "weg ermee",
        "body": """
Yo secretariaat,

Haal me uit dat bestand en gooi m'n gegevens ook maar in de prullenbak, AVG en zo 😄 Ik doe niet meer mee.

Groet, Roel
""",
    },
    {
        "id": "d101-unsub-09", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "T. Hoekman <t.hoekman@werkorganisatie-langstraat.nl>",
        "subject": "verwijderen gegevens",
        "body": """
goedemiddag komma ik wil graag dat u mij afmeldt en al mijn persoons gegevens verwijdert volgens de a v g
punt kunt u dat ook doen voor de gegevens in de deelnemerslijsten van de ateliers punt
met vriendelijke groet thea hoekman
""",
    },
    {
        "id": "d101-unsub-10", "kind": "unsubscribe", "erase": False, "thread": None,
        "sender": "drs. J.G. Verhoeven <jg.verhoeven@werkorganisatie-maasenwaal.nl>",
        "subject": "Overdracht lidmaatschap",
        "body": """
Geachte heer Van de Laar,

Hierbij deel ik u mede dat ondergetekende per 1 april a.s. de dienst verlaat. Mijn taken als algemeen directeur
worden met ingang van die datum overgenomen door de heer mr. R.J. Dekker (r.dekker@werkorganisatie-maasenwaal.nl),
aan wie ik u verzoek mijn plaats in het netwerk toe te kennen.

Hoogachtend,
drs. J.G. Verhoeven
""",
    },
    {
        "id": "d101-unsub-11", "kind": "unsubscribe", "thread": "welcome",
        "quoted": "welkom", "quote": "apple", "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke "
        "fusieorganisaties",
        "sender": "Dirk Goossens <dirk.goossens@welzijnsregio-demer.be>",
        "body": """
Dag Stan, dag Melanie,

Bedankt voor het welkom, maar de rollen zijn intussen herverdeeld. Mijn opvolgster, Katrien Claes
(katrien.claes@welzijnsregio-demer.be), neemt vanaf 1 juni mijn plaats in. Gelieve haar in te schrijven en mij
uit te schrijven.

Met vriendelijke groeten,
Dirk
""",
    },
    {
        "id": "d101-unsub-12", "kind": "unsubscribe", "erase": False, "thread": None,
        "sender": "Maarten <maarten.zijlstra@werkorganisatie-fryslanzuid.nl>",
        "subject": "stokje over 🏁",
        "body": """
Hoi allebei!

Ik stop ermee bij de werkorganisatie, Pieter Visser neemt het stokje over 🏃‍♂️➡️🏃 Zet je hem op mijn plek?
pieter.visser@werkorganisatie-fryslanzuid.nl

Doe hem de groeten en bedankt voor alles! 🙌
Maarten
""",
    },
    {
        "id": "d101-unsub-13", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail", "subject": "Re: Bevestig uw aanmelding "
        "[ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "Lotte Brouwer <lotte.brouwer@gmail.com>",
        "body": """
Huh, dit was ik niet hoor 🤷‍♀️
""",
    },
    {
        "id": "d101-unsub-14", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
        "sender": "ing. G.H. Bussink <gh.bussink@gemeente-hofvanberkel.nl>",
        "body": """
Geachte heer, mevrouw,

Ondergetekende heeft zich op generlei wijze voor uw netwerk aangemeld. Kennelijk berust een en ander op een
vergissing.

Met vriendelijke groet,
ing. G.H. Bussink
""",
    },
    {
        "id": "d101-unsub-15", "kind": "unsubscribe", "erase": False, "thread": None,
        "sender": "Directie Werkorganisatie Oostrand <directie@werkorganisatie-oostrand.nl>",
        "subject": "Beëindiging lidmaatschap",
        "body": """
Geacht secretariaat,

In het kader van de herinrichting van de directiestructuur van de Werkorganisatie Oostrand, waarbij de functie
van ondergetekende per 1 juli a.s. komt te vervallen, wordt u verzocht het lidmaatschap van ondergetekende per
die datum te beëindigen.

Met vriendelijke groet,
M.C. Lamers-Tijhuis
""",
    },
    {
        "id": "d101-unsub-16", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Annelies Claeys <annelies.claeys@stad-leiezoom.be>",
        "body": """
Beste,

Ik zal niet present zijn op 11 maart, en eerlijk gezegd wens ik ook niet langer lid te blijven: ons bestuur
heeft andere prioriteiten gelegd. Gelieve mij af te voeren van de lijst.

Met vriendelijke groeten,
Annelies Claeys
""",
    },
    {
        "id": "d101-unsub-17", "kind": "unsubscribe", "thread": "welcome",
        "sender": "Bram <bram@kuijpers-werkt.nl>",
        "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": """
> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.

afmelden, toch niet zo mijn ding sorry

Bram
""",
    },
    # ------------------------------------------------------------------ unsubscribe look-alikes (other)
    {
        "id": "d101-unsub-other-01", "kind": "other", "thread": None,
        "sender": "mr. L.P. Haverkamp <lp.haverkamp@werkorganisatie-twentekanaal.nl>",
        "subject": "Verzoek om inzage (art. 15 AVG)",
        "body": """
Geachte heer, mevrouw,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u mij een overzicht te
verstrekken van de persoonsgegevens die uw secretariaat van ondergetekende verwerkt, alsmede van de doeleinden
waarvoor zulks geschiedt. Mijn lidmaatschap wens ik overigens te continueren.

Hoogachtend,
mr. L.P. Haverkamp
""",
    },
    {
        "id": "d101-unsub-other-02", "kind": "other", "thread": None,
        "sender": "Personeelsdienst Stad Nethezoom <personeel@stad-nethezoom.be>",
        "subject": "uit dienst",
        "body": """
Goeiedag,

Mevrouw Greet Wuyts is sinds 1 februari niet langer in dienst bij onze stad. Gelieve uw bestand aan te passen.

Met vriendelijke groeten,
Personeelsdienst Stad Nethezoom
""",
    },
    {
        "id": "d101-unsub-other-03", "kind": "other", "thread": None,
        "sender": "Youssef El Amrani <y.elamrani@werkorganisatie-rijnstreek.nl>",
        "subject": "nieuw mailadres hè",
        "body": """
Hee Stan,

Nieuw mailadres hè! Per volgende week gaan we over op een nieuw domein, dus stuur alles voortaan naar
youssef.elamrani@rijnstreekwerkt.nl. Het oude adres kap ik eind maart.

Grtz, Youssef
""",
    },
    {
        "id": "d101-unsub-other-04", "kind": "other", "thread": None,
        "sender": "drs. B. van Oordt <b.vanoordt@werkorganisatie-veluwezoom.nl>",
        "subject": "Lidmaatschap en verslagen",
        "body": """
Geachte mevrouw Huurneman,

Ondergetekende overweegt het lidmaatschap op te zeggen, nu de ateliers zich doorgaans op voor mij ongunstige
dagen voordoen. Gaarne verneem ik evenwel of ik na opzegging de verslagen van de ateliers zou blijven
ontvangen; van uw antwoord laat ik mijn besluit afhangen.

Met vriendelijke groet,
drs. B. van Oordt
""",
    },
    {
        "id": "d101-unsub-other-05", "kind": "other", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "groupwise",
        "subject": "Antw: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "sender": "J. Wessels <j.wessels@werkorganisatie-achterhoekoost.nl>",
        "body": """
Dank voor de keurige afhandeling. Het ga u en het netwerk goed.

J. Wessels
""",
    },
    {
        "id": "d101-unsub-other-06", "kind": "other", "thread": None,
        "sender": "R. Meijerink <r.meijerink@werkorganisatie-berkelland.nl>",
        "subject": "collega met pensioen",
        "body": """
hallo melanie mijn collega jan de wit is met pensioen gegaan punt kunt u hem van de lijst halen want zijn mail
wordt niet meer gelezen punt groet rob meijerink

Dit bericht is ingesproken.
""",
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "d101-conf-01", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "mr. A.F. de Bruijn-Kerstens <af.debruijn@werkorganisatie-alblasserwaard.nl>",
        "body": """
Geachte heer, mevrouw,

In antwoord op uw schrijven van heden bevestig ik gaarne mijn aanmelding als lid van het netwerk.

Hoogachtend,
mr. A.F. de Bruijn-Kerstens
""",
    },
    {
        "id": "d101-conf-02", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "Sofie Vandenberghe <sofie.vandenberghe@gemeentebestuur-leievallei.be>",
        "body": """
Bij deze bevestig ik mijn inschrijving.

Met vriendelijke groeten,
Sofie Vandenberghe

Verzonden vanaf mijn iPad
""",
    },
    {
        "id": "d101-conf-03", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "Tim Brandsma <tim.brandsma@gmail.com>",
        "body": """
Yes! Bevestigd 👍
""",
    },
    {
        "id": "d101-conf-04", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-lijn",
        "sender": "C. van Wijngaarden <c.vanwijngaarden@werkorganisatie-hoekschewaard-west.nl>",
        "body": """
ja ik bevestig mijn aan melding punt sorry dat het zo lang duurde punt groet carla van wijngaarden

Verzonden met spraakinvoer
""",
    },
    {
        "id": "d101-conf-05", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "J. Hoekstra <j.hoekstra@werkorganisatie-waadkant.nl>",
        "body": """
Met vriendelijke groet,

J. Hoekstra
Directeur Werkorganisatie Waadkant
T 0519 - 29 81 00
""",
    },
    {
        "id": "d101-conf-06", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "groupwise",
        "subject": "Antw: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "drs. M.H. Ploeger <mh.ploeger@werkorganisatie-zuidplas-oost.nl>",
        "body": """
Geacht secretariaat,

Excuses voor de vertraagde reactie; hierbij alsnog mijn bevestiging.

Met vriendelijke groet,
M.H. Ploeger
""",
    },
    {
        "id": "d101-conf-07", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "notes",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "F.J. Kloosterboer <fj.kloosterboer@werkorganisatie-kromme-rijn.nl>",
        "body": """
Geacht secretariaat,

Ter bevestiging van de door het directiesecretariaat namens ondergetekende gedane aanmelding wordt uw bericht
hierbij geretourneerd.

F.J. Kloosterboer
directeur
""",
    },
    {
        "id": "d101-conf-08", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "Ilse Kremer <ilse.kremer@icloud.com>",
        "body": """
✅

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d101-conf-09", "kind": "confirm", "thread": "confirmation",
        "sender": "Hans Rietveld <h.rietveld@werkorganisatie-dommelvallei.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """
> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.

Ja, graag.

Hans Rietveld
""",
    },
    {
        "id": "d101-conf-10", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "Kees <kees.hamers@werkorganisatie-heuvelland.nl>",
        "body": """
Doe maar, ik wil erbij! 😎

Kees
""",
    },
    {
        "id": "d101-conf-11", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Geert Maes <geert.maes@intercommunale-zuidwest.be>",
        "body": """
Akkoord, ik bevestig. Dank u voor de snelle opvolging.

Met vriendelijke groeten,
Geert Maes
""",
    },
    # ------------------------------------------------------------------ confirm look-alikes (other)
    {
        "id": "d101-conf-other-01", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "mr. S.A. Duivenvoorden <sa.duivenvoorden@werkorganisatie-rijnland-zuid.nl>",
        "body": """
Geachte heer, mevrouw,

Ondergetekende heeft zich niet bij uw netwerk aangemeld. Gaarne verneem ik op welke wijze u de beschikking
over mijn e-mailadres hebt verkregen.

Hoogachtend,
mr. S.A. Duivenvoorden
""",
    },
    {
        "id": "d101-conf-other-02", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "Wouter <wouter.bakels@werkorganisatie-krimpenerwaard-noord.nl>",
        "body": """
Ja prima, maar stuur het voortaan naar m'n privé: wouterbakels@ziggo.nl. Op m'n werkmail verzuip ik 🫠

W.
""",
    },
    {
        "id": "d101-conf-other-03", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "drs. H.W. van Rossum <hw.vanrossum@werkorganisatie-utrechtseheuvelrug-zuid.nl>",
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Onder dankzegging voor uw hartelijke woorden van welkom. Ik zie uit naar de samenwerking.

Hoogachtend,
drs. H.W. van Rossum
""",
    },
    {
        "id": "d101-conf-other-04", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "mw. drs. G.J. Oudshoorn <gj.oudshoorn@werkorganisatie-drechtoevers.nl>",
        "body": """
Geacht secretariaat,

Alvorens mijn aanmelding te bevestigen, verneem ik gaarne welke collega's reeds lid zijn en of de ledenlijst
buiten het netwerk wordt verspreid.

Met vriendelijke groet,
mw. drs. G.J. Oudshoorn
""",
    },
    {
        "id": "d101-conf-other-05", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "L. Hazenberg <l.hazenberg@werkorganisatie-westfriesland-oost.nl>",
        "body": """
het adres secretariaat punt directie apenstaartje werk organisatie b b r punt nl ken ik niet vraagteken
wie heeft mij aangemeld en waarom vraagteken

Verzonden vanaf mijn iPhone
""",
    },
    # ------------------------------------------------------------------ rsvp: yes
    {
        "id": "d101-rsvp-yes-01", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Jan Peeters <jan.peeters@welzijnsvereniging-kempen.be>",
        "body": """
Beste Stan,

Ik zal present zijn. Tot dan!

Met vriendelijke groeten,
Jan Peeters
""",
    },
    {
        "id": "d101-rsvp-yes-02", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
        "[atelier:2027-1]",
        "sender": "mr. D.C. van Gennep <dc.vangennep@werkorganisatie-gooistreek.nl>",
        "body": """
Geachte heer, mevrouw,

Onder dankzegging voor uw uitnodiging deel ik u mede dat ondergetekende het atelier van 11 maart gaarne zal
bijwonen.

Hoogachtend,
mr. D.C. van Gennep
""",
    },
    {
        "id": "d101-rsvp-yes-03", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
        "[atelier:2027-1]",
        "sender": "Robin <robin.schouten@werkorganisatie-ijsselvallei.nl>",
        "body": """
tuurlijk ben ik erbij! 🙌
""",
    },
    {
        "id": "d101-rsvp-yes-04", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Erik Lammers <e.lammers@werkorganisatie-bommelerland.nl>",
        "body": """
Hoi Melanie,

Doe mij maar een plekje! Ik sleep m'n collega van Financiën mee, dus zet ons op 2 personen.

Groet,
Erik
""",
    },
    {
        "id": "d101-rsvp-yes-05", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "M. Scholten <m.scholten@werkorganisatie-salland-zuid.nl>",
        "body": """
ja ik kom graag naar het leren inspireer atelier op 11 maart komma ik neem een collega mee punt
groet marjolein scholten

Dit bericht is ingesproken via spraakherkenning.
""",
    },
    {
        "id": "d101-rsvp-yes-06", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Bestuurssecretariaat <bestuurssecretariaat@werkorganisatie-amstelland-zuid.nl>",
        "body": """
Geacht secretariaat,

Namens de heer drs. P. de Graaf deel ik u mede dat hij het atelier van 11 maart aanstaande zal bijwonen.

Met vriendelijke groet,
Yvonne Kerkhof
managementassistent van drs. P. de Graaf
""",
    },
    {
        "id": "d101-rsvp-yes-07", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "sender": "Paul Hendrickx <paul.hendrickx@stad-maaskant.be>",
        "body": """
Beste,

De gewijzigde datum komt mij zelfs beter uit. Graag had ik mijn deelname bevestigd: ik zal er de 18e bij zijn.

Met vriendelijke groeten,
Paul Hendrickx
""",
    },
    {
        "id": "d101-rsvp-yes-08", "kind": "rsvp", "attending": True, "thread": "invitation",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
        "[atelier:2027-1]",
        "sender": "Katleen Verbruggen <katleen.verbruggen@gemeentebestuur-netevallei.be>",
        "body": """
Goeiedag,

Ik schrijf mij in voor het atelier.

Vriendelijke groeten,
Katleen Verbruggen
""",
    },
    {
        "id": "d101-rsvp-yes-09", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
        "[atelier:2027-1]",
        "sender": "ir. T.M. Blankenstein <tm.blankenstein@werkorganisatie-zaanstreek-noord.nl>",
        "body": """
Geacht secretariaat,

Eerder deelde ik u mede dat ondergetekende verhinderd zou zijn. Inmiddels is de bewuste vergadering verplaatst,
zodat ik het atelier alsnog zal bijwonen.

Met vriendelijke groet,
ir. T.M. Blankenstein
""",
    },
    {
        "id": "d101-rsvp-yes-10", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Ferdi Kuipers <f.kuipers@werkorganisatie-oldambt-west.nl>",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
        "[atelier:2027-1]",
        "body": """
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

Ja, ik kom. Alleen.

> Graag uw antwoord vóór 2 maart 2027.

Op tijd, zie ik ;-)

Ferdi
""",
    },
    {
        "id": "d101-rsvp-yes-11", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "drs. K.L. Pronk <kl.pronk@werkorganisatie-westland-noord.nl>",
        "body": """
Geachte heer, mevrouw,

Van mijn zijde geen onderwerpen ditmaal; ik laat de keuze gaarne aan de collega's. Wel deel ik u mede dat ik
op 11 maart zeker aanwezig zal zijn.

Met vriendelijke groet,
drs. K.L. Pronk
""",
    },
    {
        "id": "d101-rsvp-yes-12", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "subject": "Antw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
        "[atelier:2027-1]",
        "sender": "J.A. Wolters <ja.wolters@werkorganisatie-vechtdal.nl>",
        "body": """
Geacht secretariaat,

Van de zijde van de directie van de Werkorganisatie Vechtdal zal aan het atelier van 11 maart worden
deelgenomen door ondergetekende.

J.A. Wolters
""",
    },
    {
        "id": "d101-rsvp-yes-13", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
        "[atelier:2027-1]",
        "sender": "Femke <femke.dehaan@werkorganisatie-texelstroom.nl>",
        "body": """
Sorry voor de late reactie, zat een weekje op Texel zonder bereik 🏖️ Maar ik kom graag! 🎉

Femke

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d101-rsvp-yes-14", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "sender": "mr. N. Akkermans <n.akkermans@werkorganisatie-dijkenwaard-noord.nl>",
        "body": """
Geachte heer Van de Laar,

Gaarne neem ik de plaats van de heer Smit in; u kunt op mijn aanwezigheid rekenen.

Met vriendelijke groet,
mr. N. Akkermans
""",
    },
    {
        "id": "d101-rsvp-yes-15", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Stijn Vos <stijn.vos@werkorganisatie-heerlen-oost.nl>",
        "body": """
Hoi Stan,

Ik moet er om half vier alweer vandoor vanwege een raadscommissie, maar tot die tijd ben ik erbij!

Stijn
""",
    },
    {
        "id": "d101-rsvp-yes-16", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "sender": "Wilco Jansma <w.jansma@werkorganisatie-opsterland-zuid.nl>",
        "body": """
ja hoor ik ben van de partij 👍 groet wilco

Verzonden met spraakinvoer
""",
    },
    # ------------------------------------------------------------------ rsvp: no
    {
        "id": "d101-rsvp-no-01", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "mr. R.H.J. Ten Brinke <rhj.tenbrinke@werkorganisatie-lochem-oost.nl>",
        "body": """
Geachte heer, mevrouw,

Tot mijn leedwezen moet ik u berichten dat ondergetekende wegens andere ambtsverplichtingen op 11 maart
verhinderd is. Gaarne wens ik u een vruchtbare bijeenkomst toe.

Hoogachtend,
mr. R.H.J. Ten Brinke
""",
    },
    {
        "id": "d101-rsvp-no-02", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Marleen Dewulf <marleen.dewulf@gemeentebestuur-ijzerland.be>",
        "body": """
Beste Melanie,

Helaas zal ik niet present kunnen zijn, want die dag zit ik in de gemeenteraad. Gelieve mij te verontschuldigen.

Met vriendelijke groeten,
Marleen Dewulf
""",
    },
    {
        "id": "d101-rsvp-no-03", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
        "[atelier:2027-1]",
        "sender": "Thijs <thijs.mulderij@werkorganisatie-lingewaard-west.nl>",
        "body": """
Ai, lukt me echt niet deze keer 😩 Balen! Volgende keer beter.

Thijs
""",
    },
    {
        "id": "d101-rsvp-no-04", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "sender": "G. Smeets <g.smeets@werkorganisatie-maasvallei.nl>",
        "body": """
helaas kan ik toch niet komen donderdag punt mijn plek mag naar iemand op de wacht lijst punt
groet gerard smeets

Verzonden vanaf mijn Samsung Galaxy
""",
    },
    {
        "id": "d101-rsvp-no-05", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "drs. W.J. Haasnoot <wj.haasnoot@werkorganisatie-duin-en-bollen.nl>",
        "body": """
Geachte heer Van de Laar,

Ondergetekende is op 11 maart verhinderd. In mijn plaats zal de heer R. Hendriks, directeur Bedrijfsvoering
(r.hendriks@werkorganisatie-duin-en-bollen.nl), het atelier bijwonen.

Met vriendelijke groet,
drs. W.J. Haasnoot
""",
    },
    {
        "id": "d101-rsvp-no-06", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "sender": "Kristof Lambrechts <kristof.lambrechts@stad-dijlebeemd.be>",
        "body": """
Dag Stan,

Ik meld mij af voor donderdag; er is een crisisoverleg tussengekomen. Tot de volgende keer!

Groeten,
Kristof
""",
    },
    {
        "id": "d101-rsvp-no-07", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Petra Wiersma <p.wiersma@werkorganisatie-noardeast.nl>",
        "body": """
Beste Melanie,

U mag mij van de wachtlijst halen; ik kan op 11 maart toch niet.

Groet,
Petra Wiersma
""",
    },
    {
        "id": "d101-rsvp-no-08", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
        "[atelier:2027-1]",
        "sender": "Ingrid Mertens <ingrid.mertens@werkorganisatie-peel-en-maas-zuid.nl>",
        "body": """
Beste Stan,

Ik zit sinds vorige week thuis met ziekteverlof en ga het atelier dus helaas moeten missen. Ik lees het verslag
graag na.

Hartelijke groet,
Ingrid
""",
    },
    {
        "id": "d101-rsvp-no-09", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
        "[atelier:2027-1]",
        "sender": "Lars Bakker <lars.bakker@werkorganisatie-zeevang.nl>",
        "body": """
❌ kan niet, zit dan in Lissabon voor een congres ✈️ Succes ermee!
""",
    },
    {
        "id": "d101-rsvp-no-10", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-lijn",
        "sender": "Ans Jonkers <a.jonkers@werkorganisatie-dijkenwaard-zuid.nl>",
        "body": """
Beste heer Van de Laar,

Vriendelijk van Dirk om aan mij te denken, maar helaas kan ook ik op die datum niet.

Met vriendelijke groet,
Ans Jonkers
""",
    },
    {
        "id": "d101-rsvp-no-11", "kind": "rsvp", "attending": False, "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-en",
        "subject": "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
        "[atelier:2027-1]",
        "sender": "H. Vrielink <h.vrielink@werkorganisatie-twenterand-oost.nl>",
        "body": """
Goedemiddag,

Ik heb geen onderwerpen in te brengen, en bij het volgende atelier zal ik er helaas niet bij zijn vanwege de
begrotingsbehandeling. Ik blijf wel graag lid.

Groet,
Henk Vrielink
""",
    },
    {
        "id": "d101-rsvp-no-12", "kind": "rsvp", "attending": False, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "drs. E.G.M. Steenbergen <egm.steenbergen@werkorganisatie-altena-noord.nl>",
        "body": """
Geacht secretariaat,

Door ondergetekende zal in verband met samenvallende bestuurlijke verplichtingen geen gevolg kunnen worden
gegeven aan de uitnodiging voor het atelier van 11 maart.

Met vriendelijke groet,
drs. E.G.M. Steenbergen
""",
    },
    # ------------------------------------------------------------------ rsvp look-alikes (other)
    {
        "id": "d101-rsvp-other-01", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "mr. P.J. Valkenburg <pj.valkenburg@werkorganisatie-heusden-west.nl>",
        "body": """
Geachte heer, mevrouw,

Gaarne zal ondergetekende het atelier bijwonen, mits het is toegestaan mijn beleidsadviseur mede te nemen, die
zelf geen lid van het netwerk is. Gaarne verneem ik of zulks mogelijk is.

Hoogachtend,
mr. P.J. Valkenburg
""",
    },
    {
        "id": "d101-rsvp-other-02", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "sender": "Dennis <dennis.vanleeuwen@werkorganisatie-nieuwkoop-oost.nl>",
        "body": """
Yo! Kun je ergens pakeren bij dat Stadskantoor of moet ik met de trein? 🚗🚆

Dennis
""",
    },
    {
        "id": "d101-rsvp-other-03", "kind": "other", "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "outlook-nl",
        "sender": "drs. A.W. Kruithof <aw.kruithof@werkorganisatie-eemland-noord.nl>",
        "body": """
Geachte mevrouw Huurneman,

Met spijt nam ik kennis van de annulering. Is er reeds uitzicht op een nieuwe datum?

Met vriendelijke groet,
drs. A.W. Kruithof
""",
    },
    {
        "id": "d101-rsvp-other-04", "kind": "other", "thread": None,
        "sender": "Directiesecretariaat <directiesecretariaat@werkorganisatie-hart-van-brabant-west.nl>",
        "subject": "Atelier 11 maart",
        "body": """
Geacht secretariaat,

Namens mevrouw ir. L.C. Bosman laat ik u weten dat zij het atelier van 11 maart zal bijwonen.

Met vriendelijke groet,
Dorien Maas
directiesecretaresse
""",
    },
    {
        "id": "d101-rsvp-other-05", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "N. Doornbos <n.doornbos@werkorganisatie-hogeland-west.nl>",
        "body": """
kunt u de agenda uitnodiging nog een keer sturen want ik kan hem niet terug vinden in mijn mail punt
dank u wel punt nina doornbos

Gedicteerd, excuses voor de typfouten.
""",
    },
    {
        "id": "d101-rsvp-other-06", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
        "[atelier:2027-1]",
        "sender": "Bert Jacobs <bert.jacobs@stad-kanaalzone.be>",
        "body": """
Dag Melanie,

Graag had ik geweten of de presentaties achteraf gedeeld worden met de deelnemers. Dan kan ik ze ook aan
mijn managementteam doorsturen.

Met vriendelijke groeten,
Bert
""",
    },
    {
        "id": "d101-rsvp-other-07", "kind": "other", "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "gmail",
        "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "sender": "Mirjam <mirjam.koopmans@werkorganisatie-vijfheuvels.nl>",
        "body": """
Plek 2 op de wachtlijst 🤔 Hoe groot is de kans dat ik er nog in kom? Dan plan ik m'n middag erop of juist niet.

Mirjam
""",
    },
    # ------------------------------------------------------------------ suggestion
    {
        "id": "d101-sugg-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "mr. G.A. Overdijk <ga.overdijk@werkorganisatie-krimpenerwaard-zuid.nl>",
        "body": """
Geachte heer, mevrouw,

In antwoord op uw schrijven breng ik gaarne onder uw aandacht het vraagstuk van de borging van de eigenheid van
de deelnemende gemeenten bij een voortgaande schaalvergroting van de ambtelijke organisatie.

Hoogachtend,
mr. G.A. Overdijk
""",
    },
    {
        "id": "d101-sugg-02", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "ir. J.P.M. Cuijpers <jpm.cuijpers@werkorganisatie-meierij-noord.nl>",
        "body": """
Geacht secretariaat,

Ter bespreking wordt voorgedragen: de doorontwikkeling van het sturingsconcept in relatie tot de invoering van
resultaatgericht werken en de daarmee samenhangende herinrichting van de formatie.

ir. J.P.M. Cuijpers
""",
    },
    {
        "id": "d101-sugg-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Veerle Desmet <veerle.desmet@gemeentebestuur-schelde-rupel.be>",
        "body": """
Beste,

Graag had ik het thema "één loket voor ondernemers: van aanvraag tot vergunning zonder van kastje naar muur"
voorgesteld. Bij ons lopen zelfstandigen nog te vaak verloren tussen de diensten.

Met vriendelijke groeten,
Veerle Desmet
""",
    },
    {
        "id": "d101-sugg-04", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Sjoerd <sjoerd.hiemstra@werkorganisatie-smallingerland-oost.nl>",
        "body": """
Yo Stan,

Idee voor het atelier: hoe hou je goeie mensen binnenboord als iedereen ze bij je wegkaapt? De arbeidsmarkt
is echt bizar, we verliezen elke maand wel een paar toppers.

Sjoerd
""",
    },
    {
        "id": "d101-sugg-05", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "W. Kamerbeek <w.kamerbeek@werkorganisatie-montferland-zuid.nl>",
        "body": """
mijn suggestie voor het atelier is de lange termijn visie op de werk organisatie na 2030 komma dus waar willen
wij over tien jaar staan en hoe houden wij dat vast als de colleges wisselen punt
groet willem kamerbeek

Ingesproken, excuses voor eventuele fouten.
""",
    },
    {
        "id": "d101-sugg-06", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Noor Verkerk <noor.verkerk@werkorganisatie-kaag-en-braassem-noord.nl>",
        "body": """
💡 Onderwerp: hoe meten we écht hoe tevreden inwoners zijn over de balie en de telefoon? 📞📊

Noor

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d101-sugg-07", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "drs. M.J. Hooijmans <mj.hooijmans@werkorganisatie-lopikerwaard-oost.nl>",
        "body": """
Geachte heer Van de Laar,

Als onderwerp draag ik voor: hoe komen vier colleges met elk een eigen coalitieakkoord tot één gedeelde
langetermijnvisie voor de gezamenlijke werkorganisatie?

Met vriendelijke groet,
drs. M.J. Hooijmans
""",
    },
    {
        "id": "d101-sugg-08", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Daan Verbeek <daan.verbeek@werkorganisatie-utrechtse-waarden.nl>",
        "body": """
Hoi Melanie,

Mijn onderwerp: de inzet van AI, zowel intern in onze werkprocessen (verslaglegging, dossiervorming) als aan de
voorkant richting inwoners, met een chatbot op de website. Wie durft, wie heeft er al ervaring mee?

Groet,
Daan
""",
    },
    {
        "id": "d101-sugg-09", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "J. Hofstede <j.hofstede@werkorganisatie-drentsche-aa-west.nl>",
        "body": """
Beste Stan en Melanie,

Voor de volgende keer: de positie van onze werkorganisatie in de regio, nu de provincie steeds meer stuurt op
regionale woondeals en wij als kleine gemeenten aan tafel moeten blijven.

Groet,
Jolanda Hofstede
""",
    },
    {
        "id": "d101-sugg-10", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "outlook-en",
        "sender": "ing. R.W. Schuurman <rw.schuurman@werkorganisatie-de-liemers-noord.nl>",
        "body": """
Geacht secretariaat,

Gaarne voeg ik aan mijn eerdere suggestie nog toe: de informatiebeveiliging en de inrichting van de
I&A-huishouding na de overgang naar de cloud.

Met vriendelijke groet,
ing. R.W. Schuurman
""",
    },
    {
        "id": "d101-sugg-11", "kind": "suggestion", "themes": ["strategie"], "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "mw. drs. I.M. Gorter <im.gorter@werkorganisatie-aa-en-hunze-noord.nl>",
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Dank voor uw welkomstbericht. Een onderwerp dat mij thans bezighoudt: de vertaling van de bestuurlijke
prioriteiten uit het nieuwe coalitieakkoord naar een inhoudelijke meerjarenagenda voor de organisatie.

Met vriendelijke groet,
mw. drs. I.M. Gorter
""",
    },
    {
        "id": "d101-sugg-12", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Rik <rik.vandenheuvel@werkorganisatie-maas-en-dal.nl>",
        "body": """
Ik ben er sowieso bij! 🎉 En als onderwerp: hoe ga je om met een deelnemende gemeente die eigenlijk wil
uittreden uit de GR? Bij ons speelt dat nu vol, ik hoor graag hoe anderen dat hebben gedaan.

Rik
""",
    },
    {
        "id": "d101-sugg-13", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ann Vercammen <ann.vercammen@welzijnsregio-zennevallei.be>",
        "body": """
Beste Stan,

Graag had ik twee onderwerpen voorgesteld:
- hybride werken en wat dat vraagt van huisvesting en leidinggevenden;
- de klantreis van een inwoner die verhuist: hoeveel loketten passeert die vandaag nog?

Met vriendelijke groeten,
Ann Vercammen
""",
    },
    {
        "id": "d101-sugg-14", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "P. Derksen <p.derksen@werkorganisatie-berg-en-dal-oost.nl>",
        "body": """
ik zou graag willen praten over hoe wij de prestaties van onze dienst verlening aan inwoners kunnen monitoren
met dash boards komma bijvoorbeeld wacht tijden aan de telefoon en doorlooptijden van aanvragen punt
groet patrick derksen
""",
    },
    {
        "id": "d101-sugg-15", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "drs. H.A. Bolhuis <ha.bolhuis@werkorganisatie-eemsdelta-west.nl>",
        "body": """
Geacht secretariaat,

Voorgesteld wordt om tijdens het atelier aandacht te besteden aan de verhouding tussen de gemeenteraden van
de deelnemende gemeenten en de werkorganisatie, meer in het bijzonder aan de wijze waarop de raden in
gelijke mate in positie worden gebracht.

drs. H.A. Bolhuis
""",
    },
    {
        "id": "d101-sugg-16", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "apple",
        "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
        "[atelier:2027-1]",
        "sender": "Johan Van Hoof <johan.vanhoof@stad-netewoud.be>",
        "body": """
Dag Melanie,

Graag had ik het de volgende keer gehad over hoe wij als administratie een meerjarenvisie uitbouwen die de
legislatuur overstijgt.

Vriendelijke groeten,
Johan
""",
    },
    {
        "id": "d101-sugg-17", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes-wrote",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Tessa Vink <tessa.vink@werkorganisatie-zwartewaterland-oost.nl>",
        "body": """
Thema-idee 🤓: de migratie naar een nieuw zaaksysteem. Hoe hebben anderen dat aangepakt zonder dat de boel
maandenlang plat ligt? 🖥️🔧

Tessa
""",
    },
    {
        "id": "d101-sugg-18", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "mr. K.E. Rijnders <ke.rijnders@werkorganisatie-hof-van-twente-zuid.nl>",
        "body": """
Geachte heer, mevrouw,

Ondergetekende zou gaarne zien dat het onderwerp "toekomstbestendige dienstverlening in de kleine kernen, nu
het fysieke loket daar verdwijnt" op de agenda van het atelier wordt geplaatst.

Hoogachtend,
mr. K.E. Rijnders
""",
    },
    {
        "id": "d101-sugg-19", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "gmail",
        "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
        "[atelier:2027-1]",
        "sender": "Guus <guus.lemmens@werkorganisatie-land-van-cuijk-noord.nl>",
        "body": """
Toffe middag was het! Voor de volgende keer wat mij betreft: waar staan we over tien jaar als fusieorganisatie,
en wat is dan nog onze bestaansreden? Lekker filosofisch 😎

Guus
""",
    },
    {
        "id": "d101-sugg-20", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
        "quoted": "oproep_themas", "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "drs. L.M. Kranenburg <lm.kranenburg@werkorganisatie-oosterschelde-noord.nl>",
        "body": """
Geacht secretariaat,

Mijn secretariaat deed mij uw oproep toekomen. Als onderwerp draag ik voor: de meerjarige financiële
houdbaarheid van de werkorganisatie bij een krimpende algemene uitkering uit het gemeentefonds, en de
consequenties daarvan voor de begroting en de formatie.

Met vriendelijke groet,
drs. L.M. Kranenburg
""",
    },
    # ------------------------------------------------------------------ suggestion look-alikes (other)
    {
        "id": "d101-sugg-other-01", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Koenraad Peeters <koenraad.peeters@gemeentebestuur-demerland.be>",
        "body": """
Beste,

Gelieve het volgende atelier op een vrijdag te organiseren: de donderdag is bij ons vaste raadsdag, en zo
kunnen meer collega's present zijn.

Met vriendelijke groeten,
Koenraad Peeters
""",
    },
    {
        "id": "d101-sugg-other-02", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "gmail",
        "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
        "[atelier:2027-1]",
        "sender": "Mo <mo.benali@werkorganisatie-waterland-noord.nl>",
        "body": """
Mag het volgende keer gewoon online? Scheelt mij twee uur in de file richting Utrecht 😅🚗

Mo
""",
    },
    {
        "id": "d101-sugg-other-03", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "drs. A.C. Wijnbergen <ac.wijnbergen@werkorganisatie-wijchen-west.nl>",
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Onder dankzegging voor de zeer geslaagde middag en het heldere verslag. Het was mij een genoegen.

Met vriendelijke groet,
drs. A.C. Wijnbergen
""",
    },
    {
        "id": "d101-sugg-other-04", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "mr. F.G. Tiemens <fg.tiemens@werkorganisatie-zuidwest-drenthe.nl>",
        "body": """
Geacht secretariaat,

Alvorens een onderwerp aan te dragen, verneem ik gaarne wie zitting hebben in de Adviesraad die de suggesties
weegt, en volgens welke criteria zulks geschiedt.

Hoogachtend,
mr. F.G. Tiemens
""",
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "d101-auto-01", "kind": "autoreply", "thread": "invitation", "headers": AUTO,
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
        "samenwerking & eigenheid [atelier:2027-1]",
        "sender": "mr. J.W. Ravensbergen <jw.ravensbergen@werkorganisatie-delfland-noord.nl>",
        "body": """
Geachte afzender,

Ondergetekende is tot en met vrijdag 12 maart afwezig. Uw bericht wordt na terugkomst in behandeling genomen.
Voor dringende aangelegenheden gelieve u zich te wenden tot het directiesecretariaat, telefoon 015 - 219 40 00.

Hoogachtend,
mr. J.W. Ravensbergen
""",
    },
    {
        "id": "d101-auto-02", "kind": "autoreply", "thread": "call_for_themes", "headers": AUTO,
        "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Sarah Michiels <sarah.michiels@stad-rupelstreek.be>",
        "body": """
Beste,

Ik ben met verlof tot en met 8 maart. Voor dringende zaken kan u terecht bij mijn collega Tom Geerts
(tom.geerts@stad-rupelstreek.be). Uw e-mail wordt niet doorgestuurd.

Met vriendelijke groeten,
Sarah Michiels
""",
    },
    {
        "id": "d101-auto-03", "kind": "autoreply", "thread": "reminder",
        "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
        "[atelier:2027-1]",
        "sender": "Jeroen Smit <jeroen.smit@werkorganisatie-flevostrand.nl>",
        "body": """
Hoi! Ik sta tot en met 7 maart op de piste ⛷️🏔️ en lees geen mail. Echt dringend? Bel Karin: 06 - 12 34 56 78.
Anders spreken we elkaar daarna!

Jeroen
""",
    },
    {
        "id": "d101-auto-04", "kind": "autoreply", "thread": None,
        "headers": {"Auto-Submitted": "auto-generated"},
        "subject": "Ontvangstbevestiging van uw bericht [zaaknummer Z-2027-004512]",
        "sender": "Digitaal Postcentrum <noreply@werkorganisatie-hollands-kroon-zuid.nl>",
        "body": """
Dit is een automatisch gegenereerd bericht.

Uw e-mail aan de Werkorganisatie Hollands Kroon Zuid is in goede orde ontvangen en geregistreerd onder
zaaknummer Z-2027-004512. Gelieve dit nummer bij verdere correspondentie te vermelden. U ontvangt binnen
acht weken een inhoudelijke reactie.

Op deze e-mail kunt u niet reageren.
""",
    },
    {
        "id": "d101-auto-05", "kind": "autoreply", "thread": "welcome", "headers": AUTO,
        "subject": "Automatisch antwoord: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "sender": "L. Zwart <l.zwart@werkorganisatie-midden-groningen-west.nl>",
        "body": """
Dit e-mailadres is niet langer in gebruik. Mevrouw L. Zwart is per 1 februari 2027 uit dienst getreden.
Uw bericht is niet doorgestuurd. Voor algemene vragen kunt u zich wenden tot info@midden-groningen-west.nl.
""",
    },
    {
        "id": "d101-auto-06", "kind": "autoreply", "thread": "invitation", "headers": AUTO,
        "subject": "Out of office / Afwezig / Absent: Uitnodiging Leer- en inspireer-atelier 11 maart 2027 "
        "[atelier:2027-1]",
        "sender": "Pieter-Jan Claes <pj.claes@intercommunale-grensland.be>",
        "body": """
Ik ben afwezig tot en met 15 maart en heb beperkt toegang tot mijn mails.
Je suis absent jusqu'au 15 mars inclus, avec un accès limité à mes e-mails.
I am out of office until 15 March with limited access to e-mail.

Pieter-Jan Claes
""",
    },
    {
        "id": "d101-auto-07", "kind": "autoreply", "thread": "call_for_themes",
        "headers": {"Auto-Submitted": "auto-replied"},
        "subject": "Automatisch antwoord: Dank voor uw themasuggestie [atelier:2027-1]",
        "sender": "Directie Werkorganisatie Bollenstreek-Zuid <directie@werkorganisatie-bollenstreek-zuid.nl>",
        "body": """
Wegens verlof van de directeur wordt uw bericht tot 22 maart niet behandeld noch doorgestuurd.
Correspondentie die geen uitstel gedoogt, gelieve te richten aan de plaatsvervangend directeur,
mevrouw drs. E. van Vliet.
""",
    },
    {
        "id": "d101-auto-08", "kind": "autoreply", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "sender": "A. Reitsma <a.reitsma@werkorganisatie-noordoostpolder-west.nl>",
        "body": """
Bedankt voor je bericht! Ik ben met ouderschapsverlof 👶 en vanaf 1 april weer aan het werk. Je mail wordt
niet gelezen; neem voor spoed contact op met ons secretariaat.
""",
    },
    # ------------------------------------------------------------------ other: more
    {
        "id": "d101-other-01", "kind": "other", "thread": None,
        "sender": "drs. R.P. Oosterwijk <rp.oosterwijk@bestuursadvies-oosterwijk.nl>",
        "subject": "Aanbod: begeleiding harmonisatie rechtspositie na ambtelijke fusie",
        "body": """
Geachte heer Van de Laar,

Ons bureau verzorgt reeds geruime tijd de begeleiding van ambtelijke fusieorganisaties bij de harmonisatie van
arbeidsvoorwaarden en de implementatie van gezamenlijke sturingsconcepten. Gaarne zou ik de mogelijkheden
verkennen om tijdens een van de komende ateliers een inleiding te verzorgen.

In afwachting van uw reactie verblijf ik,

hoogachtend,
drs. R.P. Oosterwijk
""",
    },
    {
        "id": "d101-other-02", "kind": "other", "thread": None,
        "sender": "Marco <marco.dehoog@werkorganisatie-gaasterland.nl>",
        "subject": "ff bellen?",
        "body": """
Yo Stan, hoe is 't? Bel je me even als je een gaatje hebt? Heb een vraagje over dat verhaal van vorige week
met die wethouder 😬

Marco
""",
    },
    {
        "id": "d101-other-03", "kind": "other", "thread": None,
        "sender": "Iris Terpstra <iris.terpstra@werkorganisatie-harlingerland.nl>",
        "subject": "👏👏👏",
        "body": """
Wat een top middag gisteren! 👏 Echt veel aan gehad, dank jullie wel Stan en Melanie 🙏💐

Iris
""",
    },
    {
        "id": "d101-other-04", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "mr. O.J. Gerritsen <oj.gerritsen@werkorganisatie-neder-veluwe-noord.nl>",
        "body": """
Geacht secretariaat,

Tot mijn bevreemding ontving ondergetekende onderhavige uitnodiging driemaal, telkens aan een ander adres.
Gelieve uw administratie dienovereenkomstig te corrigeren; correspondentie kan uitsluitend worden gericht aan
het adres waarvandaan dit bericht wordt verzonden.

Hoogachtend,
mr. O.J. Gerritsen
""",
    },
    {
        "id": "d101-other-07", "kind": "other", "thread": None,
        "sender": "mw. E.J. Braakman <ej.braakman@werkorganisatie-stichtse-vecht-noord.nl>",
        "subject": "Declaratie reiskosten atelier",
        "body": """
Geacht secretariaat,

Ten behoeve van de afhandeling van de reiskostendeclaratie van ondergetekende verneem ik gaarne of de
reiskosten in verband met het bijwonen van het atelier voor vergoeding door het netwerk in aanmerking komen,
dan wel ten laste van de eigen organisatie dienen te worden gebracht.

Met vriendelijke groet,
mw. E.J. Braakman
""",
    },
    {
        "id": "d101-other-08", "kind": "other", "thread": None,
        "sender": "Annemiek Post <annemiek.post@werkorganisatie-olst-wijhe-oost.nl>",
        "subject": "tot eind maart weg",
        "body": """
Hoi Stan,

Even persoonlijk van mij, geen automatisch berichtje: ik ben tot eind maart met sabbatical 🌍 Wil je mijn
post voor het netwerk tot die tijd naar mijn plaatsvervanger Hugo sturen? Zijn adres heb ik niet bij de hand,
Hugo mailt je zelf.

Liefs, Annemiek
""",
    },
]
