"""Held-out set 19 (issue 17): an ordinary two months of info@ambtelijkefusie.nl around the atelier of 11 March 2027.

Written independently of the classifier, its training data and the other labelled sets; only measured, never tuned on.
It covers sign-ups, confirmations, leaves, AVG erasures, hand-overs, RSVPs (yes and no; as replies, inline answers
and new mails), topic suggestions under all four themes, out-of-office and other machine answers, and a large share
of mail for the secretariat (questions, address changes, pitches, complaints, thanks). Mail clients, quote styles
and registers vary; some writers make typos, a few write in English.

Conventions relied on (the secretariat's view):
- Signing up one named colleague WITH that colleague's address: `subscribe`; without the address, or several
  people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a reply proposing a topic is a `suggestion` (also when it says whether
  the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form of the
  ateliers (day, venue, length, online) is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership, and
  a director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting
  that someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question: `other`.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: `other`.
- Themes: the theme(s) of what the writer proposes; two only where the topic (or the topics together) clearly span
  both.
"""

from __future__ import annotations

from typing import Any

INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
CONF = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ subscribe
    {
        "id": "h19-sub-01", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Gerrit-Jan Wessels <gj.wessels@werkorganisatie-rijnvallei.nl>",
        "subject": "Aanmelding netwerk directeuren",
        "body": """
Geachte heer, mevrouw,

Sinds 1 januari jl. ben ik algemeen directeur van Werkorganisatie Rijnvallei, de ambtelijke organisatie van de
gemeenten Amerongen-Lek, Overlangbroek en Wijkerbroek. Graag meld ik mij aan als lid van het Netwerk van
directeuren van ambtelijke fusieorganisaties.

Met vriendelijke groet,

drs. G.J. Wessels
Algemeen directeur
Werkorganisatie Rijnvallei
T 0343 - 55 12 00
""",
    },
    {
        "id": "h19-sub-02", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Pieter Bos <p.bos@duinstreek-samen.nl>",
        "subject": "aanmelden",
        "body": """
Graag aanmelden voor het netwerk.

Gr Pieter Bos
directeur Duinstreek Samen
""",
    },
    {
        "id": "h19-sub-03", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Rachel Whitfield <r.whitfield@werkorganisatie-vlietland.nl>",
        "subject": "Joining the network",
        "body": """
Dear secretariat,

I recently took up the post of managing director at Werkorganisatie Vlietland (I moved here from a shared
services partnership in the UK, so apologies for writing in English - my Dutch is still a work in progress).
A colleague pointed me to your network and I would very much like to join.

Kind regards,
Rachel Whitfield
Managing Director | Werkorganisatie Vlietland
""",
    },
    {
        "id": "h19-sub-04", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Hanneke Stroeve <h.stroeve@odz-gemeenten.nl>",
        "subject": "Aanmelding nieuwe directeur",
        "body": """
Goedemiddag,

Onze nieuwe directeur bedrijfsvoering, Ahmed el Idrissi, wil graag ook lid worden van het netwerk. Zijn
e-mailadres is a.elidrissi@odz-gemeenten.nl. Wilt u hem aanmelden? Hij is op de hoogte.

Hartelijke groet,
Hanneke Stroeve
Directiesecretaris ODZ-gemeenten
""",
    },
    {
        "id": "h19-sub-05", "kind": "subscribe", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Liesbeth Kramer <l.kramer@hoeksewaardsamen.nl>",
        "body": """
Lid blijven!

Mijn secretariaat heeft per abuis de afmelding doorgegeven, dat was niet de bedoeling. Excuses voor de moeite.

Liesbeth Kramer
""",
    },
    {
        "id": "h19-sub-06", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Tjeerd Hoekstra <t.hoekstra@gemeentenfriesekust.nl>",
        "subject": "aanmleding",
        "body": """
Hallo,

Via mijn collega Sjoukje de Jong (jullie kennen haar vast) hoorde ik van dit netwerk en de ateliers. Ik meld me
hierbij graag aan als lid. Ik ben sinds dit najaar directeur van de ambtelijke organisatie Friese Kust.

Groeten,
Tjeerd Hoekstra
""",
    },
    {
        "id": "h19-sub-07", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Secretariaat directie <directiesecretariaat@bergenzwaag.nl>",
        "subject": "Aanmelding mevrouw drs. J. Hendriks",
        "body": """
Geachte secretariaat,

Namens mevrouw drs. J. (Joke) Hendriks, algemeen directeur van de ambtelijke organisatie Bergen-Zwaag, meld ik haar
aan voor het netwerk. Haar e-mailadres is j.hendriks@bergenzwaag.nl.

Met vriendelijke groet,

Annemarie Vis
Managementassistent directie
Ambtelijke organisatie Bergen-Zwaag
""",
    },
    {
        "id": "h19-sub-08", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Marco Dekkers <marco.dekkers@sedadewaard.nl>",
        "subject": "Lidmaatschap",
        "body": """
Graag wil ik lid worden van jullie netwerk.

Marco Dekkers
Directeur SeDa de Waard

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h19-sub-09", "kind": "subscribe", "thread": None, "quote": "none",
        "sender": "Y. Bakker-Oosterhof <y.bakker@ijsseldeltaorganisatie.nl>",
        "subject": "Deelname netwerk",
        "body": """
Beste Stan en Melanie,

Ik las via LinkedIn het verslag van jullie laatste atelier en herkende veel van de dilemma's. Bij dezen meld ik
me aan voor het netwerk; ik hoop in maart al aan te kunnen schuiven.

Hartelijke groet,
Yvonne Bakker-Oosterhof
directeur ambtelijke organisatie IJsseldelta
""",
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "h19-conf-01", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Joke Hendriks <j.hendriks@bergenzwaag.nl>",
        "body": "",
    },
    {
        "id": "h19-conf-02", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Tjeerd Hoekstra <t.hoekstra@gemeentenfriesekust.nl>",
        "body": "Bevestigd.",
    },
    {
        "id": "h19-conf-03", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Marco Dekkers <marco.dekkers@sedadewaard.nl>",
        "body": """
Ja dat klopt, ik wil graag lid worden.

Marco

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "h19-conf-04", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "sender": "Wim Roelofsen <w.roelofsen@achterhoek-oost.nl>",
        "body": "Akkoord. W. Roelofsen",
    },
    {
        "id": "h19-conf-05", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-lijn",
        "sender": "Yvonne Bakker <y.bakker@ijsseldeltaorganisatie.nl>",
        "body": """
Sorry, de eerste mail was in mijn ongewenste e-mail beland. Bij deze alsnog bevestigd!

Groet, Yvonne
""",
    },
    {
        "id": "h19-conf-06", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Rachel Whitfield <r.whitfield@werkorganisatie-vlietland.nl>",
        "body": """
Confirmed - thank you!

Rachel
""",
    },
    {
        "id": "h19-conf-07", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "notes",
        "sender": "Ahmed el Idrissi <a.elidrissi@odz-gemeenten.nl>",
        "body": """
Hierbij bevestig ik mijn aanmelding voor het netwerk.

Met vriendelijke groet,
A. el Idrissi
Directeur bedrijfsvoering ODZ-gemeenten
""",
    },
    {
        "id": "h19-conf-08", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "G.J. Wessels <gj.wessels@werkorganisatie-rijnvallei.nl>",
        "body": """
Ja.

Met vriendelijke groet,

drs. G.J. Wessels
Algemeen directeur
Werkorganisatie Rijnvallei

Dit bericht is uitsluitend bestemd voor de geadresseerde. Het kan vertrouwelijke informatie bevatten. Als u
dit bericht ten onrechte hebt ontvangen, wordt u verzocht de afzender te informeren en het bericht te
verwijderen. Werkorganisatie Rijnvallei aanvaardt geen aansprakelijkheid voor schade als gevolg van het gebruik
van elektronische berichten.
""",
    },
    {
        "id": "h19-conf-09", "kind": "confirm", "thread": None,
        "quoted": "bevestiging_aanmelding", "quote": "doorgestuurd",
        "subject": "RE: FW: " + CONF,
        "sender": "Hans Verbeek <h.verbeek@kempenplus.nl>",
        "body": """
Bevestig hierbij mijn aanmelding, dank voor het doorsturen Anja.

Hans Verbeek
""",
    },
    {
        "id": "h19-conf-10", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "gmail",
        "sender": "Pieter Bos <p.bos@duinstreek-samen.nl>",
        "body": "ja graag, vergeten te antwoorden",
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "h19-uns-01", "kind": "unsubscribe", "thread": None, "quote": "none",
        "sender": "M. Jansen <m.jansen@werkorganisatie-zuidwest.nl>",
        "subject": "Afmelden",
        "body": """
Graag mij afmelden voor de mailinglijst van het netwerk.

M. Jansen
""",
    },
    {
        "id": "h19-uns-02", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Frans Luijten <f.luijten@maasdalgemeenten.nl>",
        "body": """
Beste Stan, Melanie,

Per 1 april ga ik met pensioen. Het atelier van maart sla ik daarom over, en wilt u mij meteen uit het netwerk
afmelden? Een opvolger is nog niet benoemd; die meldt zich te zijner tijd vast zelf.

Het ga jullie goed, het waren mooie jaren.

Frans Luijten
""",
    },
    {
        "id": "h19-uns-03", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Karin Smeets <k.smeets@gemeente-heuvelrand-zuid.nl>",
        "body": """
Ik heb me niet aangemeld voor dit netwerk.

K. Smeets
""",
    },
    {
        "id": "h19-uns-04", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "gmail",
        "sender": "Dennis Vos <dennisvos71@gmail.com>",
        "body": "Dit was ik niet.",
    },
    {
        "id": "h19-uns-05", "kind": "unsubscribe", "erase": True, "thread": None, "quote": "none",
        "sender": "mr. C.A. van Leeuwen <ca.vanleeuwen@werkorganisatie-lingewaal.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": """
Geachte heer, mevrouw,

Hierbij verzoek ik u, op grond van artikel 17 van de Algemene verordening gegevensbescherming, al mijn
persoonsgegevens die u in het kader van het Netwerk van directeuren van ambtelijke fusieorganisaties verwerkt te
verwijderen en mij af te melden als lid. Graag ontvang ik een bevestiging zodra dit is gebeurd.

Hoogachtend,

mr. C.A. van Leeuwen
""",
    },
    {
        "id": "h19-uns-06", "kind": "unsubscribe", "erase": True, "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "apple",
        "sender": "Marjolein Tuinstra <m.tuinstra@kpnmail.nl>",
        "body": """
Dank. Willen jullie ook al mijn gegevens volledig uit jullie bestanden wissen? Ik wil niet dat er nog iets van mij
bewaard blijft.

Marjolein
""",
    },
    {
        "id": "h19-uns-07", "kind": "unsubscribe", "erase": True, "thread": None, "quote": "none",
        "sender": "Thomas Reid <thomas.reid82@outlook.com>",
        "subject": "Remove me",
        "body": """
Hello,

Please remove me from your mailing list and delete all personal data you hold on me, in line with the GDPR.

Thanks,
Thomas Reid
""",
    },
    {
        "id": "h19-uns-08", "kind": "unsubscribe", "thread": None, "quote": "none",
        "sender": "Bert Schouten <b.schouten@werkorganisatie-alblas.nl>",
        "subject": "Opvolging lidmaatschap netwerk",
        "body": """
Beste secretariaat,

Per 1 maart neem ik afscheid als directeur van de Werkorganisatie Alblas. Mijn opvolger is Ruud Verhoeven
(r.verhoeven@werkorganisatie-alblas.nl). Wilt u hem in mijn plaats als lid opnemen en mij afmelden?

Met dank voor de prettige contacten,
Bert Schouten
""",
    },
    {
        "id": "h19-uns-09", "kind": "unsubscribe", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Arie van Dam <a.vandam@drechtstedenwest.nl>",
        "body": """
Goedemorgen,

Geen thema van mij deze keer: per 1 februari vertrek ik bij Drechtsteden West. Mijn taken worden overgenomen
door Fatima Bouzid, f.bouzid@drechtstedenwest.nl; zij neemt mijn plek in het netwerk graag over. Wilt u mij
afmelden en de berichten voortaan aan haar sturen?

Met vriendelijke groet,
Arie van Dam
""",
    },
    {
        "id": "h19-uns-10", "kind": "unsubscribe", "thread": None, "quote": "none",
        "sender": "Bert Hazelaar <bert.hazelaar@kbs-gemeenten.nl>",
        "subject": "nieuwe directeur",
        "body": """
Nieuwe directeur per 1/2 is Kees Dijkman, k.dijkman@kbs-gemeenten.nl. Mij graag van de lijst halen, hij neemt het
over.
Gr Bert
""",
    },
    {
        "id": "h19-uns-11", "kind": "unsubscribe", "thread": None, "quote": "none",
        "sender": "Ellen Groenewegen <e.groenewegen@gr-lekstroom.nl>",
        "subject": "Beëindiging lidmaatschap",
        "body": """
Geacht secretariaat,

Door de ontvlechting van de gemeenschappelijke regeling Lekstroom houdt mijn functie als directeur per 1 februari
op te bestaan. Ik verzoek u daarom mijn lidmaatschap van het netwerk te beëindigen.

Met vriendelijke groet,
Ellen Groenewegen
""",
    },
    {
        "id": "h19-uns-12", "kind": "unsubscribe", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Rob Timmers <r.timmers@peelgemeenten-oost.nl>",
        "body": """
Kan niet komen en wil eigenlijk ook geen mails meer ontvangen. Afmelden aub.

Rob Timmers
""",
    },
    {
        "id": "h19-uns-13", "kind": "unsubscribe", "thread": None, "quote": "none",
        "sender": "Jolanda Veenstra <jveenstra@ziggo.nl>",
        "subject": "uitschrijven",
        "body": """
uitschrijven svp

Verzonden vanaf mijn Samsung Galaxy-smartphone.
""",
    },
    {
        "id": "h19-uns-14", "kind": "unsubscribe", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-en",
        "sender": "Peter Visscher <p.visscher@gemeente-oostermeer.nl>",
        "body": """
Ik heb mij nergens voor opgegeven. Graag van deze lijst af.

Peter Visscher
""",
    },
    # ------------------------------------------------------------------ rsvp yes
    {
        "id": "h19-rsvp-01", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Joke Hendriks <j.hendriks@bergenzwaag.nl>",
        "body": """
Ja, ik kom.

Met vriendelijke groet,
Joke Hendriks
""",
    },
    {
        "id": "h19-rsvp-02", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Tjeerd Hoekstra <t.hoekstra@gemeentenfriesekust.nl>",
        "body": "Leuk, ik ben erbij!",
    },
    {
        "id": "h19-rsvp-03", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Wim Roelofsen <w.roelofsen@achterhoek-oost.nl>",
        "body": """
Beste Stan,

Ik kom graag en neem mijn adjunct-directeur Mirjam Hulshof mee, dus wij komen met z'n tweeën.

Groet,
Wim
""",
    },
    {
        "id": "h19-rsvp-04", "kind": "rsvp", "attending": True, "thread": None, "quote": "none",
        "sender": "Liesbeth Kramer <l.kramer@hoeksewaardsamen.nl>",
        "subject": "Aanmelding atelier 11 maart",
        "body": """
Goedemiddag,

Hierbij meld ik mij aan voor het Leer- en inspireer-atelier van donderdag 11 maart in Utrecht.

Met vriendelijke groet,
Liesbeth Kramer
Directeur Hoeksewaard Samen
""",
    },
    {
        "id": "h19-rsvp-05", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Rachel Whitfield <r.whitfield@werkorganisatie-vlietland.nl>",
        "body": """
Count me in for the 11th - looking forward to meeting everyone.

Best,
Rachel
""",
    },
    {
        "id": "h19-rsvp-06", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "apple",
        "sender": "Yvonne Bakker <y.bakker@ijsseldeltaorganisatie.nl>",
        "body": """
De 18e komt me ook goed uit, ik blijf dus gewoon aangemeld. Mocht er een plek vrijkomen: graag!

Yvonne
""",
    },
    {
        "id": "h19-rsvp-07", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Hans Verbeek <h.verbeek@kempenplus.nl>",
        "body": """
Beste Melanie,

Vorige week heb ik afgezegd, maar het overleg met de provincie is verschoven. Ik kom dus toch op de 11e!

Hans Verbeek
""",
    },
    {
        "id": "h19-rsvp-08", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Pieter Bos <p.bos@duinstreek-samen.nl>",
        "body": """
Geen onderwerp van mijn kant deze keer, maar 11 maart ben ik er zeker bij.

Pieter
""",
    },
    {
        "id": "h19-rsvp-09", "kind": "rsvp", "attending": True, "thread": "invitation",
        "subject": "RE: " + INV,
        "sender": "Gerrit-Jan Wessels <gj.wessels@werkorganisatie-rijnvallei.nl>",
        "body": """
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

ja, ik kom. Alleen.

> Graag uw antwoord vóór 2 maart 2027.

Ruim op tijd dus ;-)

GJ
""",
    },
    {
        "id": "h19-rsvp-10", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "sender": "Marieke Schrama <m.schrama@achterhoek-oost.nl>",
        "body": """
Dank voor de uitnodiging. Ik kom graag in plaats van Dirk, en neem zoals afgesproken een collega mee.

Met vriendelijke groet,
Marieke Schrama
Concerncontroller
""",
    },
    {
        "id": "h19-rsvp-11", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Henk Zwart <h.zwart@tweestromenland.nl>",
        "body": """
Ik kom, maar moet om half vijf weer weg voor een raadsvergadering.

H. Zwart
""",
    },
    # ------------------------------------------------------------------ rsvp no
    {
        "id": "h19-rsvp-12", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Karin Mulder <k.mulder@werkorganisatie-vijfheuvels.nl>",
        "body": """
Nee, helaas. Die middag is er een extra raadsvergadering over de kadernota.

Groet, Karin Mulder
""",
    },
    {
        "id": "h19-rsvp-13", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Tjeerd Hoekstra <t.hoekstra@gemeentenfriesekust.nl>",
        "body": """
Helaas, ik kan niet. Griep te pakken. Geef mijn plek maar aan iemand van de wachtlijst.

Tjeerd

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h19-rsvp-14", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Jeroen Albers <j.albers@gemeentenlandvanheusden.nl>",
        "body": """
Goedemiddag,

Zelf kan ik op 11 maart helaas niet, maar mijn collega Eva Brouwer (e.brouwer@gemeentenlandvanheusden.nl),
directeur Dienstverlening, komt graag in mijn plaats.

Met vriendelijke groet,
Jeroen Albers
""",
    },
    {
        "id": "h19-rsvp-15", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Daniel Okafor <d.okafor@werkorganisatie-delfland.nl>",
        "body": """
Hi both,

Unfortunately I won't be able to attend on March 11 - I'm abroad that week. Hope to join next time.

Regards,
Daniel
""",
    },
    {
        "id": "h19-rsvp-16", "kind": "rsvp", "attending": False, "thread": None, "quote": "none",
        "sender": "Hennie Lubbers <h.lubbers@dinkelland-tubbergen-samen.nl>",
        "subject": "Afmelding atelier 11 maart",
        "body": """
Beste Stan,

Hierbij meld ik mij af voor het atelier van donderdag de 11e; er is die dag een bestuurlijk overleg dat ik niet
kan missen. Lid van het netwerk blijf ik uiteraard graag.

Groet,
Hennie Lubbers
""",
    },
    {
        "id": "h19-rsvp-17", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Sanne de Ridder <s.deridder@werkorganisatie-voorne.nl>",
        "body": """
Haal me maar van de wachtlijst, ik heb inmiddels iets anders ingepland op die middag.

Sanne
""",
    },
    {
        "id": "h19-rsvp-18", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Wim Roelofsen <w.roelofsen@achterhoek-oost.nl>",
        "body": """
Ik had ja gezegd maar moet toch afzeggen, er is een crisisoverleg over de jeugdzorg ingepland. Mirjam komt dan
ook niet. Excuses!

W. Roelofsen
""",
    },
    {
        "id": "h19-rsvp-19", "kind": "rsvp", "attending": False, "thread": "reminder",
        "subject": "RE: " + REM,
        "sender": "Liesbeth Kramer <l.kramer@hoeksewaardsamen.nl>",
        "body": """
>Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met "helaas, ik kan niet"; dan geven wij uw plaats aan
>iemand op de wachtlijst.

Helaas, ik kan niet. Mijn wethouder heeft mij op het laatste moment nodig voor een gesprek met de minister.

Liesbeth
""",
    },
    {
        "id": "h19-rsvp-20", "kind": "rsvp", "attending": False, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes",
        "sender": "Gerard Peters <g.peters@bommelerwaard-odc.nl>",
        "body": """
Ik heb geen onderwerp en kan er op 11 maart ook niet bij zijn, helaas. Succes met de voorbereiding.

Gerard Peters
""",
    },
    {
        "id": "h19-rsvp-21", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "ria de boer <riadeboer.wb@gmail.com>",
        "body": "kan hleaas niet, zit dan in Portugal. volgende keer beter!",
    },
    # ------------------------------------------------------------------ suggestion
    {
        "id": "h19-sug-01", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Gerrit-Jan Wessels <gj.wessels@werkorganisatie-rijnvallei.nl>",
        "body": """
Beste Stan en Melanie,

Een onderwerp dat mij bezighoudt: hoe houd je een organisatievisie voor de lange termijn levend als de
werkorganisatie vooral bezig is met de waan van de dag? Onze visie 2030 staat op papier, maar stuurt weinig.

Met vriendelijke groet,
Gerrit-Jan Wessels
""",
    },
    {
        "id": "h19-sug-02", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Hennie Lubbers <h.lubbers@dinkelland-tubbergen-samen.nl>",
        "body": """
Suggestie: de nieuwe coalitieakkoorden na de verkiezingen van vorig jaar. Hoe vertaal je die bestuurlijke
prioriteiten naar één ambtelijke agenda en wat laat je dan bewust liggen?

Hennie
""",
    },
    {
        "id": "h19-sug-03", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Frans Luijten <f.luijten@maasdalgemeenten.nl>",
        "body": """
Mijn onderwerp: de positie van een fusieorganisatie van drie kleine gemeenten naast een grote centrumgemeente in
de regio. Hoe zorgen we dat we aan tafel zitten bij de regiodeal en niet alleen mogen meebetalen?

Frans Luijten
""",
    },
    {
        "id": "h19-sug-04", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "apple",
        "sender": "Sanne de Ridder <s.deridder@werkorganisatie-voorne.nl>",
        "body": """
Wat doe je als een van de deelnemende gemeenten hardop overweegt uit te treden? Bij ons speelt dat nu, en ik
ben benieuwd hoe collega's het gesprek tussen de colleges daarover hebben gevoerd.

Sanne
""",
    },
    {
        "id": "h19-sug-05", "kind": "suggestion", "themes": ["samenwerking"], "thread": None, "quote": "none",
        "sender": "Jeroen Albers <j.albers@gemeentenlandvanheusden.nl>",
        "subject": "Suggestie voor het atelier",
        "body": """
Beste secretariaat,

Als onderwerp voor het volgende atelier stel ik voor: uiteenlopende ambities van de deelnemende gemeenten. De
ene gemeente wil groeien en bouwen, de andere krimpt en wil vooral voorzieningen behouden. Hoe bedien je die
verschillende opdrachtgevers met één organisatie zonder dat een van hen zich tekortgedaan voelt?

Met vriendelijke groet,
Jeroen Albers
""",
    },
    {
        "id": "h19-sug-06", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Karin Mulder <k.mulder@werkorganisatie-vijfheuvels.nl>",
        "body": """
Graag agenderen:
- de krapte op de arbeidsmarkt: we krijgen vacatures voor vergunningverleners en ICT'ers niet meer gevuld
- strategische personeelsplanning: wat doen collega's met de vergrijzing in hun formatie?

Groet, Karin
""",
    },
    {
        "id": "h19-sug-07", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "Henk Zwart <h.zwart@tweestromenland.nl>",
        "body": """
Onderwerp: informatiebeveiliging en de overstap naar de cloud. Wij moeten als werkorganisatie voor drie
gemeenten tegelijk de BIO op orde brengen en ons I&A-budget is krap. Hoe pakken anderen dat aan?

Henk Zwart
""",
    },
    {
        "id": "h19-sug-08", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Joke Hendriks <j.hendriks@bergenzwaag.nl>",
        "body": """
Dank voor de inspirerende middag. Voor de volgende keer zou ik graag spreken over de inzet van generatieve AI
in onze werkprocessen: wat mag wel, wat niet, en wie in de organisatie beslist daarover?

Joke Hendriks
""",
    },
    {
        "id": "h19-sug-09", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Rachel Whitfield <r.whitfield@werkorganisatie-vlietland.nl>",
        "body": """
A topic I'd like to put forward: how do you attract and keep young talent in a shared service organisation,
when staff feel they work for "nobody's municipality"? Happy to share what we tried in the UK.

Rachel
""",
    },
    {
        "id": "h19-sug-10", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Eva Brouwer <e.brouwer@gemeentenlandvanheusden.nl>",
        "body": """
Beste Melanie,

Mijn suggestie: één klantcontactcentrum voor de inwoners van drie gemeenten. Hoe zorg je dat inwoners zich toch
gezien voelen door 'hun' gemeente, en dat de kwaliteit aan de telefoon en de balie overal gelijk is?

Hartelijke groet,
Eva Brouwer
""",
    },
    {
        "id": "h19-sug-11", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes-wrote",
        "sender": "Gerard Peters <g.peters@bommelerwaard-odc.nl>",
        "body": """
Ik zou het graag hebben over het meten van onze prestaties richting inwoners en bedrijven. Welke KPI's voor
dienstverlening gebruiken collega's, en hoe rapporteren ze die aan de raden?

En ja, ik kom op de 11e.

G. Peters
""",
    },
    {
        "id": "h19-sug-12", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "welcome",
        "quoted": "welkom", "quote": "gmail",
        "sender": "Marco Dekkers <marco.dekkers@sedadewaard.nl>",
        "body": """
Dank voor het welkom! Een onderwerp dat mij na aan het hart ligt: dienstverlening aan ondernemers. Bij ons
klagen ondernemers dat ze voor een vergunning of een evenement van loket naar loket moeten. Hoe richten anderen
een echt ondernemersloket in?

Marco
""",
    },
    {
        "id": "h19-sug-13", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Sander Kok <s.kok@werkorganisatie-zuidwest.nl>",
        "body": """
Voorstel: een AI-chatbot voor vragen van inwoners. Wat levert het op voor de inwoner, en wat betekent het voor
de werkprocessen en de formatie van ons KCC?

Groet,
Sander Kok
""",
    },
    {
        "id": "h19-sug-14", "kind": "suggestion", "themes": ["organisatie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Marloes van Wijk <m.vanwijk@werkorganisatie-lopikerwaard.nl>",
        "body": """
Geacht secretariaat,

Ik stel voor om het sturingsmodel te bespreken: hoe is het opdrachtgever-opdrachtnemerschap tussen de
deelnemende gemeenten en de werkorganisatie ingericht, en hoe voorkom je dat elke gemeente apart aan de
werkorganisatie trekt?

Met vriendelijke groet,
Marloes van Wijk
""",
    },
    {
        "id": "h19-sug-15", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "sender": "Bert Hazelaar <bert.hazelaar@kbs-gemeenten.nl>",
        "body": """
twee onderwerpen:
1. gezamenlijke opgaven met de buurgemeenten in de regio, met name de energietransitie
2. digitale dienstverlening: mijn-omgeving voor inwoners, hoe ver zijn anderen?

Bert
""",
    },
    {
        "id": "h19-sug-16", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Karin Mulder <k.mulder@werkorganisatie-vijfheuvels.nl>",
        "body": """
Nog een aanvulling op mijn eerdere suggesties: hybride werken. Hoe houd je de organisatie bij elkaar als de helft
thuis werkt en de vestigingen in drie dorpen staan?

Karin
""",
    },
    {
        "id": "h19-sug-17", "kind": "suggestion", "themes": ["strategie"], "thread": None, "quote": "none",
        "sender": "Wim Roelofsen <w.roelofsen@achterhoek-oost.nl>",
        "subject": "thema voor maart",
        "body": """
Hoi Stan,

Ik weet niet of ik te laat ben, maar ik heb nog een thema: de inhoudelijke agenda voor de komende tien jaar. Wat
zijn de grote opgaven waar een ambtelijke fusieorganisatie zich nu al op moet voorbereiden (vergrijzing,
woningbouw, klimaat) en hoe zet je daar als directeur de koers op uit?

Groet Wim
""",
    },
    {
        "id": "h19-sug-18", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "subject": "RE: " + CALL,
        "sender": "Yvonne Bakker <y.bakker@ijsseldeltaorganisatie.nl>",
        "body": """
> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt ons
> bij het tellen.

- proactieve dienstverlening: inwoners benaderen vóórdat ze een aanvraag doen (bijv. bij schulden)
- wachttijden bij de Wmo-loketten terugdringen

> De Adviesraad weegt alle suggesties en adviseert over het programma

Succes met de telling!
Yvonne
""",
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "h19-auto-01", "kind": "autoreply", "thread": "invitation", "quote": "none",
        "sender": "Jeroen Albers <j.albers@gemeentenlandvanheusden.nl>",
        "subject": "Automatisch antwoord: " + INV,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """
Dank voor uw bericht. Ik ben afwezig tot en met maandag 15 februari en heb beperkt toegang tot mijn e-mail.
Voor dringende zaken kunt u contact opnemen met het directiesecretariaat via 0416 - 28 40 00.

Met vriendelijke groet,
Jeroen Albers
""",
    },
    {
        "id": "h19-auto-02", "kind": "autoreply", "thread": "call_for_themes", "quote": "none",
        "sender": "Daniel Okafor <d.okafor@werkorganisatie-delfland.nl>",
        "subject": "Out of Office: " + CALL,
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": """
Thank you for your email. I am out of the office until 25 January with limited access to email. For urgent
matters please contact my office manager, Linda Jacobs (l.jacobs@werkorganisatie-delfland.nl).

Kind regards,
Daniel Okafor
""",
    },
    {
        "id": "h19-auto-03", "kind": "autoreply", "thread": None, "quote": "none",
        "sender": "Hennie Lubbers <h.lubbers@dinkelland-tubbergen-samen.nl>",
        "subject": "Afwezig: " + REM,
        "body": """
Tot en met 8 maart ben ik met verlof. Uw mail wordt niet doorgestuurd. Voor dringende zaken kunt u terecht bij
mijn plaatsvervanger Arjan Nijhuis, a.nijhuis@dinkelland-tubbergen-samen.nl.

Hennie Lubbers
""",
    },
    {
        "id": "h19-auto-04", "kind": "autoreply", "thread": "invitation", "quote": "none",
        "sender": "Postmaster <noreply@gr-lekstroom.nl>",
        "subject": "Niet meer in gebruik: " + INV,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Dit e-mailadres is niet meer in gebruik. Uw bericht is niet gelezen en wordt niet doorgestuurd.

Voor vragen over de voormalige gemeenschappelijke regeling Lekstroom kunt u mailen naar info@lekstroomgemeenten.nl.

Dit is een automatisch gegenereerd bericht.
""",
    },
    {
        "id": "h19-auto-05", "kind": "autoreply", "thread": None, "quote": "none",
        "sender": "Gemeente Noorderzand <noreply@noorderzand.nl>",
        "subject": "Ontvangstbevestiging: " + CALL,
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "auto_reply"},
        "body": """
Geachte heer/mevrouw,

Wij hebben uw e-mail in goede orde ontvangen. Uw bericht is geregistreerd onder zaaknummer Z-2027-004183 en
wordt zo spoedig mogelijk in behandeling genomen. Binnen vijf werkdagen ontvangt u een reactie.

Met vriendelijke groet,
Klantcontactcentrum gemeente Noorderzand

Dit is een automatisch verzonden bericht; u kunt hierop niet reageren.
""",
    },
    {
        "id": "h19-auto-06", "kind": "autoreply", "thread": "reminder", "quote": "none",
        "sender": "Marieke Schrama <m.schrama@achterhoek-oost.nl>",
        "subject": "Afwezigheidsbericht",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Ik ben afwezig van 1 tot en met 12 maart.
Ik lees mijn e-mail na terugkomst. In dringende gevallen: bel 0544 - 39 35 35.

Marieke Schrama
""",
    },
    {
        "id": "h19-auto-07", "kind": "autoreply", "thread": "invitation", "quote": "none",
        "sender": "Sanne de Ridder <s.deridder@werkorganisatie-voorne.nl>",
        "subject": "Automatisch antwoord: " + INV,
        "body": """
Ik ben met zwangerschapsverlof tot en met 1 mei 2027. Mijn e-mail wordt in die periode niet gelezen.
Voor zaken rond de directie kunt u contact opnemen met Tom Bakker, t.bakker@werkorganisatie-voorne.nl.
""",
    },
    {
        "id": "h19-auto-08", "kind": "autoreply", "thread": "confirmation", "quote": "none",
        "sender": "Karin Smeets <k.smeets@gemeente-heuvelrand-zuid.nl>",
        "subject": "Automatic reply: " + CONF,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
I am currently out of the office on a study trip to Denmark and will return on 3 February.
Ik ben op studiereis in Denemarken en ben vanaf 3 februari weer bereikbaar.
""",
    },
    # ------------------------------------------------------------------ other
    {
        "id": "h19-oth-01", "kind": "other", "thread": None, "quote": "none",
        "sender": "Hans Verbeek <hans.verbeek@kempenplus.nl>",
        "subject": "Nieuw e-mailadres",
        "body": """
Beste secretariaat,

Per 1 februari wijzigt ons domein. Mijn nieuwe e-mailadres wordt hans.verbeek@kempenplus.nl (was
h.verbeek@kempenplus.nl). Wilt u dat in uw bestand aanpassen?

Hans Verbeek
""",
    },
    {
        "id": "h19-oth-02", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Liesbeth Kramer <l.kramer@hoeksewaardsamen.nl>",
        "body": """
Goedemorgen,

Is het atelier ook toegankelijk voor adjunct-directeuren? Mijn adjunct zou er veel aan hebben, ook als ik er zelf
bij ben.

Groet,
Liesbeth
""",
    },
    {
        "id": "h19-oth-03", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Henk Zwart <h.zwart@tweestromenland.nl>",
        "body": """
Waar kan ik het beste parkeren bij het Stadskantoor? Ik kom met de auto uit de Betuwe.

Henk
""",
    },
    {
        "id": "h19-oth-04", "kind": "other", "thread": None, "quote": "none",
        "sender": "Roel Hofstede <roel.hofstede@publiekwaardeadvies.nl>",
        "subject": "Kennismaking: verandertrajecten voor ambtelijke fusieorganisaties",
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Publiek Waarde Advies begeleidt al ruim vijftien jaar ambtelijke fusies en herindelingen. Graag verzorgen wij
kosteloos een inspiratiesessie tijdens een van uw ateliers over 'cultuur na de fusie'. Mag ik u bellen om
kennis te maken? U kunt ook direct een afspraak inplannen via onze website.

Met vriendelijke groet,

Roel Hofstede
Partner | Publiek Waarde Advies
06 - 41 22 87 90
""",
    },
    {
        "id": "h19-oth-05", "kind": "other", "thread": None, "quote": "none",
        "sender": "Gerard Peters <g.peters@bommelerwaard-odc.nl>",
        "subject": "Dubbele mails",
        "body": """
Ik ontvang al jullie berichten drie keer: op mijn oude adres, mijn nieuwe adres en via het algemene postvak van
de directie. Wilt u dat oplossen? Het wordt een beetje veel zo.

G. Peters
""",
    },
    {
        "id": "h19-oth-06", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Gerrit-Jan Wessels <gj.wessels@werkorganisatie-rijnvallei.nl>",
        "body": """
Dank voor de mooie middag en het heldere verslag! Ik heb er in ons MT al uit geciteerd.

GJ Wessels
""",
    },
    {
        "id": "h19-oth-07", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Jan-Willem Ter Horst <jw.terhorst@twentekanaalsamen.nl>",
        "body": """
Beste Stan,

Geen thema, wel een verzoek: zou het atelier een keer in het oosten van het land kunnen plaatsvinden, bijvoorbeeld
in Zwolle of Deventer? Utrecht is voor ons op een donderdagmiddag anderhalf uur rijden, en dan vervalt vaak de
halve middag.

Groet,
Jan-Willem
""",
    },
    {
        "id": "h19-oth-08", "kind": "other", "thread": None, "quote": "none",
        "sender": "Wouter Haring <w.haring@werkorganisatie-wadden.nl>",
        "subject": "Inzage gegevens",
        "body": """
Geacht secretariaat,

Kunt u mij laten weten welke persoonsgegevens u van mij hebt vastgelegd, en met wie u die deelt? Ik wil dat graag
weten voordat ik besluit of ik lid blijf.

Met vriendelijke groet,
W. Haring
""",
    },
    {
        "id": "h19-oth-09", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Nicole Brands <n.brands@werkorganisatie-zuidwest.nl>",
        "body": """
Goedemiddag,

Mevrouw M. Jansen is per 1 januari uit dienst getreden bij onze werkorganisatie. Uw mails aan haar komen nu bij mij
binnen op het algemene adres. Ter informatie.

Met vriendelijke groet,
Nicole Brands
Bestuurssecretariaat
""",
    },
    {
        "id": "h19-oth-10", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Arjen Dijkstra <a.dijkstra@gemeente-noorderzand.nl>",
        "body": """
Ik heb mij niet aangemeld. Hoe komt u aan mijn e-mailadres en wie heeft mij opgegeven?

A. Dijkstra
""",
    },
    {
        "id": "h19-oth-11", "kind": "other", "thread": None, "quote": "none",
        "sender": "Joke Hendriks <j.hendriks@bergenzwaag.nl>",
        "subject": "Aanmelding clustermanagers",
        "body": """
Beste Stan en Melanie,

Ik wil graag onze drie clustermanagers aanmelden voor het netwerk:
- Bas Kuiper, b.kuiper@bergenzwaag.nl
- Miranda Zeeman, m.zeeman@bergenzwaag.nl
- Orhan Yilmaz, o.yilmaz@bergenzwaag.nl

Dank alvast!
Joke
""",
    },
    {
        "id": "h19-oth-12", "kind": "other", "thread": None, "quote": "none",
        "sender": "Sander Kok <s.kok@werkorganisatie-zuidwest.nl>",
        "subject": "collega aanmelden",
        "body": """
Kunnen jullie mijn collega Marloes Peeters ook aanmelden? Ze is onze nieuwe directeur Sociaal Domein.

Sander
""",
    },
    {
        "id": "h19-oth-13", "kind": "other", "thread": None, "quote": "none",
        "sender": "Eva Brouwer <e.brouwer@gemeentenlandvanheusden.nl>",
        "subject": "Belangstelling Adviesraad",
        "body": """
Beste Melanie,

In het verslag las ik dat er een plek vrijkomt in de Adviesraad. Ik wil mij daar graag voor kandidaat stellen.
Ik heb ruim tien jaar ervaring als directeur in een fusieorganisatie en denk graag mee over het programma.

Hartelijke groet,
Eva Brouwer
""",
    },
    {
        "id": "h19-oth-14", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Arnold Kuipers <a.kuipers@werkorganisatie-duinstreek.nl>",
        "body": """
Ik kom graag, mits ik mijn burgemeester mag meenemen; zij is erg geïnteresseerd in dit thema. Kan dat?

Arnold Kuipers
""",
    },
    {
        "id": "h19-oth-15", "kind": "other", "thread": None, "quote": "none",
        "sender": "Pim Rutten <pim.rutten@hotmail.com>",
        "subject": "kosten?",
        "body": """
Goedendag, zijn er kosten verbonden aan deelname aan het netwerk of de ateliers? Ik wil het even weten voor ik me
aanmeld, want dan moet het via onze inkoop.

Pim Rutten
""",
    },
    {
        "id": "h19-oth-16", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Marieke Schrama <m.schrama@achterhoek-oost.nl>",
        "body": """
De Teams-link in de uitnodiging werkt bij mij niet ("vergadering niet gevonden"). Kunt u een nieuwe link sturen?
Ik sluit morgen online aan.

Marieke
""",
    },
    {
        "id": "h19-oth-17", "kind": "other", "thread": None, "quote": "none",
        "sender": "Lotte Verhagen <lotte.verhagen@student.uu.nl>",
        "subject": "Verzoek medewerking onderzoek ambtelijke fusies",
        "body": """
Geachte heer, mevrouw,

Ik ben masterstudent Bestuurskunde aan de Universiteit Utrecht en schrijf mijn scriptie over sturing in ambtelijke
fusieorganisaties. Zou u een korte vragenlijst (10 minuten) onder de leden van uw netwerk willen verspreiden? Ik
stuur u graag de vragenlijst en een toelichting van mijn begeleider.

Met vriendelijke groet,
Lotte Verhagen
""",
    },
    {
        "id": "h19-oth-18", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Jeroen Albers <j.albers@gemeentenlandvanheusden.nl>",
        "body": """
Kunt u ook de presentatie van de gastspreker delen? De link naar het verslag geeft bij mij een foutmelding
(404).

Jeroen
""",
    },
    {
        "id": "h19-oth-19", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Frank Meijer <fmeijer@planet.nl>",
        "body": "Wat is dit?",
    },
    {
        "id": "h19-oth-20", "kind": "other", "thread": None, "quote": "none",
        "sender": "Henk Zwart <h.zwart@tweestromenland.nl>",
        "subject": "Lidmaatschap na reorganisatie",
        "body": """
Beste Stan,

Per 1 juli wordt onze werkorganisatie opgesplitst en word ik programmadirecteur voor de ontvlechting, geen
algemeen directeur meer. Moet ik me dan afmelden, of kan ik lid blijven? Als het niet kan, hoor ik het graag.

Groet,
Henk
""",
    },
    {
        "id": "h19-oth-21", "kind": "other", "thread": None, "quote": "none",
        "sender": "Koen Vermeulen <koen.vermeulen@dienstverleningscentrum-kempen.be>",
        "subject": "Membership for Belgian organisations?",
        "body": """
Dear Sir or Madam,

I am the director of a shared service centre for four municipalities in the Kempen region of Flanders. Could
you tell me whether Belgian organisations are eligible to join your network? We face many of the same questions.

With kind regards,
Koen Vermeulen
""",
    },
    {
        "id": "h19-oth-22", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Marco Dekkers <marco.dekkers@sedadewaard.nl>",
        "body": """
Beste Stan en Melanie,

Wij zouden graag een keer gastheer zijn van het atelier in ons nieuwe gemeentehuis in Zaltbommel-Oost: mooie
zalen, goed bereikbaar met de trein. Als dat interessant is, schakel ik graag over een datum.

Groet,
Marco
""",
    },
    {
        "id": "h19-oth-23", "kind": "other", "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "outlook-nl",
        "sender": "Karin Mulder <k.mulder@werkorganisatie-vijfheuvels.nl>",
        "body": """
Jammer! Weet u al wanneer de nieuwe datum bekend wordt? Dan kan ik die alvast vrijhouden.

Karin
""",
    },
    {
        "id": "h19-oth-24", "kind": "other", "thread": None, "quote": "none",
        "sender": "Bert Hazelaar <bert.hazelaar@kbs-gemeenten.nl>",
        "subject": "deelnemerslijst",
        "body": """
Hoi,
kunnen jullie mij de deelnemerslijst van 11 maart sturen? Ik wil vooraf met een paar collega's uit de regio
afspreken om samen te reizen.
Bert
""",
    },
    {
        "id": "h19-oth-25", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Ahmed el Idrissi <a.elidrissi@odz-gemeenten.nl>",
        "body": """
Dank voor het warme welkom. Ik kijk ernaar uit collega's te ontmoeten.

Met vriendelijke groet,
Ahmed el Idrissi
""",
    },
    {
        "id": "h19-oth-26", "kind": "other", "thread": None, "quote": "none",
        "sender": "Debiteurenadministratie De Zilveren Lepel <facturen@dezilverenlepel-catering.nl>",
        "subject": "Factuur 2027-0143 catering atelier 11 maart",
        "body": """
Geachte relatie,

In de bijlage vindt u factuur 2027-0143 voor de verzorgde koffie, thee en borrel tijdens het atelier van
11 maart 2027 in het Stadskantoor Utrecht. Wij verzoeken u het bedrag binnen 30 dagen over te maken.

Met vriendelijke groet,
Debiteurenadministratie
De Zilveren Lepel Catering
""",
    },
    {
        "id": "h19-oth-27", "kind": "other", "thread": None, "quote": "none",
        "sender": "Stefan Oudejans <s.oudejans@werkorganisatie-rijnvallei.nl>",
        "subject": "offerte traject MT",
        "body": """
Hoi Stan,

Zoals gisteren besproken hierbij de stukken voor het MT-traject bij Rijnvallei. Kun je de offerte nog deze week
sturen? Dan kan het mee in de vergadering van het directieoverleg.

Groet,
Stefan
""",
    },
    {
        "id": "h19-oth-28", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Hennie Lubbers <h.lubbers@dinkelland-tubbergen-samen.nl>",
        "body": """
Beste Melanie,

Jammer dat het atelier op dezelfde dag valt als het jaarcongres van de VGS. Ik vermoed dat meer collega's daarmee
zitten. Kunnen jullie daar bij het plannen van het najaarsatelier rekening mee houden?

Groet,
Hennie
""",
    },
]
