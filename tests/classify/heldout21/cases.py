"""Held-out set 21 (issue 17): one year of mail in info@ambtelijkefusie.nl, written independently; only measures.

The mailbox over two atelier cycles (call for themes, invitation, change, reminder, follow-up), with sign-ups and
their confirmations, leaves, hand-overs, AVG requests, questions and the rest. Writers vary: directors, deputies,
management assistants, formal letters and phone mails, typos, Flemish and English now and then; clients vary
(Outlook NL/EN, Gmail, Apple Mail, GroupWise, Notes, forwards, dropped reply headers, answers written inline).

Conventions this set relies on (the secretariat's view):
- Joining, by the person themself: `subscribe`. A request to sign up one named colleague WITH that colleague's
  e-mail address: `subscribe` too. Without the colleague's address, or several people at once: `other`.
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
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- A reply 'lid blijven' under our confirmation of a leave asks to be a member again: `subscribe`.
- A topic proposed in reply to the welcome mail (which asks for topics): `suggestion`.
- Themes: the theme(s) of what the writer proposes, not of words used in passing; two only where the topic clearly
  spans both (or the writer proposes two topics of different themes).
"""

from __future__ import annotations

from typing import Any

_BEV = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
_UIT = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
_OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_HER = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
_WIJZ = "Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ subscribe
    {
        "id": "h21-subscribe-01", "kind": "subscribe", "thread": None,
        "sender": "Joost Verhagen <j.verhagen@dewaarden.nl>", "subject": "Aanmelden",
        "body": """Aanmelden

Joost Verhagen
Algemeen directeur Werkorganisatie De Waarden
""",
    },
    {
        "id": "h21-subscribe-02", "kind": "subscribe", "thread": None,
        "sender": "mr. drs. C.A. van Wijngaarden <c.vanwijngaarden@drieland.nl>",
        "subject": "Aanmelding Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

Tijdens het VNG-congres sprak ik een aantal collega's die erg te spreken waren over de Leer- en
inspireer-ateliers van uw netwerk. Sinds 1 september ben ik algemeen directeur van de Ambtelijke Organisatie
Drieland, waarin de gemeenten Ommerveld, Haarle-Zuid en Den Velde samenwerken. Graag meld ik mij hierbij aan
als lid van het netwerk.

Ik zie uit naar de kennismaking.

Met vriendelijke groet,

mr. drs. C.A. van Wijngaarden
Algemeen directeur / gemeentesecretaris
Ambtelijke Organisatie Drieland
T 0529 - 48 12 00 | www.drieland.nl

Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, wordt u
verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te retourneren.
""",
    },
    {
        "id": "h21-subscribe-03", "kind": "subscribe", "thread": None,
        "sender": "Fleur Dekker <fleur.dekker@werkorganisatie-veldkant.nl>", "subject": "netwerk",
        "body": """Hoi Stan,

Leuk je gisteren te spreken bij de kring. Zet je mij ook op de ledenlijst van het directeurennetwerk?

Groet Fleur

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h21-subscribe-04", "kind": "subscribe", "thread": None,
        "sender": "Ruud Hoogendoorn <r.hoogendoorn@dienst-tweerivieren.nl>",
        "subject": "Nieuw lid: onze adjunct-directeur",
        "body": """Goedemiddag,

Onze nieuwe adjunct-directeur, Sanne Kramer (s.kramer@dienst-tweerivieren.nl), wil graag aansluiten bij het
netwerk. Wilt u haar aanmelden? Zij is sinds januari bij ons in dienst en verantwoordelijk voor de
bedrijfsvoering.

Met vriendelijke groet,
Ruud Hoogendoorn
Directeur Dienst Twee Rivieren
""",
    },
    {
        "id": "h21-subscribe-05", "kind": "subscribe", "thread": None,
        "sender": "Pieter-Jan Vandenbroucke <pj.vandenbroucke@westzeeuwsvlaanderen.nl>",
        "subject": "Inschrijving netwerk",
        "body": """Goeiedag,

Graag had ik mij ingeschreven voor jullie netwerk van directeurs. Ik ben sinds kort algemeen directeur van de
ambtelijke samenwerking West-Zeeuws-Vlaanderen, en van verschillende collega's hoor ik dat de ateliers echt de
moeite waard zijn.

Dank bij voorbaat en met vriendelijke groeten,

Pieter-Jan Vandenbroucke
""",
    },
    {
        "id": "h21-subscribe-06", "kind": "subscribe", "thread": None,
        "sender": "Daniel Okafor <d.okafor@kustzicht.nl>", "subject": "Membership",
        "body": """Dear Stan and Melanie,

I would like to join the network of directors. I started last month as managing director of Werkorganisatie
Kustzicht, the shared organisation of four municipalities on the coast. My Dutch is improving, but not yet
enough for writing, so I hope English is fine for now.

Best regards,
Daniel Okafor
Managing Director | Werkorganisatie Kustzicht
""",
    },
    {
        "id": "h21-subscribe-07", "kind": "subscribe", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Marjan Wolters <m.wolters@lingestroom.nl>",
        "body": """lid blijven

Dat afmelden was een vergissing van mijn secretariaat, excuses voor de verwarring.

Marjan Wolters
""",
    },
    {
        "id": "h21-subscribe-08", "kind": "subscribe", "thread": None,
        "sender": "Herman Tjoelker <h.tjoelker@werkorganisatie-waddenkust.nl>", "subject": "Weer aanmelden",
        "body": """Beste secretariaat,

Twee jaar geleden heb ik mij afgemeld toen ik overstapte naar de provincie. Inmiddels ben ik terug in het
gemeentelijke veld, als directeur van Werkorganisatie Waddenkust. Ik meld mij graag opnieuw aan voor het
netwerk.

Hartelijke groet,
Herman Tjoelker
""",
    },
    {
        "id": "h21-subscribe-09", "kind": "subscribe", "thread": None,
        "sender": "Yvonne Brink <y.brink@hoekschelanen.nl>", "subject": "Lid worden",
        "body": """Goedemorgen,

Mag ik me aanmelden voor het netwerk? Per 1 februari ben ik gestart als algemeen directeur van de
werkorganisatie Hoeksche Lanen.

Alvast dank,
Yvonne Brink
""",
    },
    {
        "id": "h21-subscribe-10", "kind": "subscribe", "thread": None,
        "sender": "Secretariaat directie <secretariaatdirectie@rivierenland-oost.nl>",
        "subject": "Aanmelding dhr. R. Bakker",
        "body": """Goedemiddag,

Namens de heer Bakker, algemeen directeur van onze werkorganisatie, meld ik hem aan voor het netwerk.
Zijn e-mailadres is r.bakker@rivierenland-oost.nl; hij ontvangt dan vanzelf uw bevestigingsmail, begrijp ik.

Met vriendelijke groet,

Ilse Gerritsen
Managementassistent directie
Werkorganisatie Rivierenland-Oost
""",
    },
    {
        "id": "h21-subscribe-11", "kind": "subscribe", "thread": None,
        "sender": "Peter Smulders <psmulders1968@gmail.com>", "subject": "aanmelding",
        "body": """graag aanmleden voor het netwerk directeuren ambt. fusies. ben directeur bij werkorganisatie
Duinstreek.
gr. Peter
""",
    },
    {
        "id": "h21-subscribe-12", "kind": "subscribe", "thread": None,
        "sender": "Anouk de Ridder <a.deridder@werkorganisatie-polderland.nl>",
        "subject": "Aanmelding na de VGS-bijeenkomst",
        "body": """Beste Melanie,

Op de bijeenkomst van de Vereniging van Gemeentesecretarissen vertelde je over het netwerk. Ik wil er graag
bij, dus bij dezen meld ik mij aan.

Ik werk op maandag, dinsdag en donderdag.

Groet,
Anouk de Ridder
Directeur bedrijfsvoering | Werkorganisatie Polderland
""",
    },
    {
        "id": "h21-subscribe-13", "kind": "subscribe", "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Wim Kuipers <w.kuipers@tweestromen.nl>", "subject": f"FW: {_UIT}",
        "body": """Goedemiddag,

Deze uitnodiging kwam via een collega bij mij terecht. Ik ben nog geen lid van het netwerk, maar wil dat
graag worden. Kunt u mij aanmelden?

Wim Kuipers
Directeur Ambtelijke Organisatie Twee Stromen
""",
    },
    {
        "id": "h21-subscribe-14", "kind": "subscribe", "thread": None,
        "sender": "J.M. Baljet <jeroen.baljet@sedwest.nl>", "subject": "Aanmelden lidmaatschap",
        "body": """Geacht secretariaat,

Hierbij meld ik mij aan voor het Netwerk van directeuren van ambtelijke fusieorganisaties.

Naam: Jeroen Baljet
Functie: directeur
Organisatie: SED-West (samenwerking van drie gemeenten)
E-mail: jeroen.baljet@sedwest.nl

Met vriendelijke groet,
J.M. Baljet
""",
    },
    {
        "id": "h21-subscribe-15", "kind": "subscribe", "thread": None,
        "sender": "Lieke Janssen <lieke.janssen@dommeldal.nl>", "subject": "Ahmed ook toevoegen?",
        "body": """Hallo Melanie,

Kun je Ahmed El Idrissi ook aanmelden voor het netwerk? Hij is onze nieuwe adjunct-directeur en is erg
benieuwd naar de ateliers. Zijn adres: a.elidrissi@dommeldal.nl

Dank je!
Lieke
""",
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "h21-confirm-01", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Anouk de Ridder <a.deridder@werkorganisatie-polderland.nl>",
        "body": """Anouk de Ridder
Directeur bedrijfsvoering | Werkorganisatie Polderland
T 0320 - 27 40 00
""",
    },
    {
        "id": "h21-confirm-02", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Peter Smulders <psmulders1968@gmail.com>", "subject": f"Re: {_BEV}",
        "body": "Ja",
    },
    {
        "id": "h21-confirm-03", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Fleur Dekker <fleur.dekker@werkorganisatie-veldkant.nl>", "subject": f"Re: {_BEV}",
        "body": """Bevestigd.

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "h21-confirm-04", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-lijn",
        "sender": "Yvonne Brink <y.brink@hoekschelanen.nl>",
        "body": """Excuses voor de late reactie; uw eerste mail was in mijn map met ongewenste e-mail beland. Hierbij
alsnog mijn bevestiging.

Yvonne Brink
""",
    },
    {
        "id": "h21-confirm-05", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "sender": "Herman Tjoelker <h.tjoelker@werkorganisatie-waddenkust.nl>", "subject": f"Antw: {_BEV}",
        "body": """Ik bevestig mijn aanmelding. Dank u wel.

H. Tjoelker
""",
    },
    {
        "id": "h21-confirm-06", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Daniel Okafor <d.okafor@kustzicht.nl>",
        "body": """Confirmed - thank you.

Daniel
""",
    },
    {
        "id": "h21-confirm-07", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "notes",
        "sender": "mr. drs. C.A. van Wijngaarden <c.vanwijngaarden@drieland.nl>",
        "body": """Akkoord, hierbij bevestigd.

Met vriendelijke groet,

mr. drs. C.A. van Wijngaarden
Algemeen directeur / gemeentesecretaris
""",
    },
    {
        "id": "h21-confirm-08", "kind": "confirm", "thread": None,
        "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
        "sender": "Sanne Kramer <s.kramer@dienst-tweerivieren.nl>",
        "body": """ja graag

Sanne Kramer
""",
    },
    {
        "id": "h21-confirm-09", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Robert Bakker <r.bakker@rivierenland-oost.nl>",
        "body": """Mijn secretariaat heeft mij aangemeld; bij dezen bevestig ik dat graag.

Robert Bakker
Algemeen directeur Werkorganisatie Rivierenland-Oost

Aan dit bericht kunnen geen rechten worden ontleend. Indien u dit bericht onterecht heeft ontvangen, wordt u
verzocht het te verwijderen en de afzender te informeren.
""",
    },
    {
        "id": "h21-confirm-10", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Pieter-Jan Vandenbroucke <pj.vandenbroucke@westzeeuwsvlaanderen.nl>",
        "body": """In orde, bij deze bevestigd.

Mvg,
Pieter-Jan
""",
    },
    {
        "id": "h21-confirm-11", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "notes-wrote",
        "sender": "Ahmed El Idrissi <a.elidrissi@dommeldal.nl>",
        "body": """Ja hoor, ik bevestig bij dezen. Lieke had me al gewaarschuwd dat deze mail zou komen.

Groet,
Ahmed El Idrissi
""",
    },
    {
        "id": "h21-confirm-12", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Wim Kuipers <w.kuipers@tweestromen.nl>", "subject": f"Re: {_BEV}",
        "body": """Klopt, dat was ik. Graag lid.

Wim

Verzonden vanaf mijn iPhone
""",
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "h21-unsubscribe-01", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Bert Lammers <bert.lammers@gmail.com>", "subject": f"Re: {_UIT}",
        "body": "afmelden",
    },
    {
        "id": "h21-unsubscribe-02", "kind": "unsubscribe", "thread": None,
        "sender": "Gerard Mulder <g.mulder@werkorganisatie-veldkant.nl>", "subject": "Afscheid",
        "body": """Beste Stan en Melanie,

Per 1 mei ga ik met pensioen. U mag mij nu al uit het ledenbestand halen; naar het voorjaarsatelier kom ik
niet meer. Dank voor de mooie bijeenkomsten van de afgelopen jaren, ik heb er veel aan gehad.

Hartelijke groet,
Gerard Mulder
""",
    },
    {
        "id": "h21-unsubscribe-03", "kind": "unsubscribe", "thread": None,
        "sender": "Hans Wijnen <h.wijnen@werkorganisatie-stroomdal.nl>",
        "subject": "Overdracht lidmaatschap netwerk",
        "body": """Geachte heer Van de Laar,

Per 1 juni vertrek ik bij Werkorganisatie Stroomdal. Mijn taken als algemeen directeur worden overgenomen door
Marloes Hendriks (m.hendriks@werkorganisatie-stroomdal.nl). Wilt u mij afmelden en haar in mijn plaats op de
ledenlijst zetten? Zij is op de hoogte en kijkt uit naar de ateliers.

Met vriendelijke groet,
Hans Wijnen
""",
    },
    {
        "id": "h21-unsubscribe-04", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "A. Verbeek <a.verbeek@aodelta.nl>", "subject": "Verzoek verwijdering persoonsgegevens (AVG)",
        "body": """Geachte heer, mevrouw,

Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u al mijn
persoonsgegevens uit uw administratie te verwijderen en mij af te melden voor het netwerk. Ik verneem graag
binnen de wettelijke termijn dat dit is gebeurd.

Hoogachtend,

A. Verbeek
""",
    },
    {
        "id": "h21-unsubscribe-05", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Tamara Brouwer <t.brouwer@gemeente-oosterwold.nl>",
        "body": """Ik heb me niet aangemeld.

T. Brouwer
""",
    },
    {
        "id": "h21-unsubscribe-06", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Kees Pronk <k.pronk@bar-werkorganisatie.nl>",
        "body": """Beste mensen,

Ik kom niet naar dit atelier en wil ook geen uitnodigingen meer ontvangen: sinds januari ben ik
programmadirecteur bij het Rijk en heb ik geen rol meer in een fusieorganisatie. Haalt u mij van de lijst?

Groet,
Kees Pronk
""",
    },
    {
        "id": "h21-unsubscribe-07", "kind": "unsubscribe", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-en",
        "sender": "Sarah Mitchell <sarah.mitchell@outlook.com>",
        "body": """Please take me off your list - I left the organisation last month, so I won't be there on the 11th
either. All the best with the network.

Sarah
""",
    },
    {
        "id": "h21-unsubscribe-08", "kind": "unsubscribe", "erase": True, "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "gmail",
        "sender": "R. de Haan <rdehaan@ziggo.nl>",
        "body": """Ik heb mij nooit aangemeld. Verwijder mijn gegevens alstublieft.

R. de Haan
""",
    },
    {
        "id": "h21-unsubscribe-09", "kind": "unsubscribe", "thread": None,
        "sender": "Mark Bosman <m.bosman@duinstreek.nl>", "subject": "Uitschrijven",
        "body": """Graag uitschrijvn voor het netwerk. Dank.

Mark

Verzonden met Outlook voor Android
""",
    },
    {
        "id": "h21-unsubscribe-10", "kind": "unsubscribe", "erase": True, "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Ingrid Zwart <i.zwart@werkorganisatie-delinge.nl>",
        "body": """Beste secretariaat,

Dank voor het verslag. Voor mij was dit het laatste atelier: ik stop per 1 juli. Wilt u mij nu al afmelden
en daarna al mijn gegevens bij u wissen? Ik maak gebruik van mijn recht op verwijdering onder de AVG.

Ingrid Zwart
""",
    },
    {
        "id": "h21-unsubscribe-11", "kind": "unsubscribe", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Frank Ooms <f.ooms@heuvelrug-zuid.nl>",
        "body": """Geen thema's van mijn kant: per 1 november stop ik als directeur. Mijn opvolger, Bas Timmer
(b.timmer@heuvelrug-zuid.nl), neemt mijn plek in het netwerk graag over. Wilt u mij afmelden en hem
aanmelden?

Met vriendelijke groet,
Frank Ooms
""",
    },
    {
        "id": "h21-unsubscribe-12", "kind": "unsubscribe", "thread": None,
        "sender": "Katrien Declercq <katrien.declercq@telenet.be>", "subject": "Mailinglijst",
        "body": """Goeiemiddag,

Mag u mij van uw lijst halen aub? Ik ben niet langer in functie en de mails blijven binnenkomen op mijn
privé-adres.

Met vriendelijke groeten,
Katrien Declercq
""",
    },
    {
        "id": "h21-unsubscribe-13", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "apple",
        "sender": "Erik van Leeuwen <erik.vanleeuwen@dewaarden.nl>",
        "body": """Laat die wachtlijst maar zitten. Haal me ook maar helemaal van de lijst van het netwerk, ik krijg al
genoeg mail.

Erik

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h21-unsubscribe-14", "kind": "unsubscribe", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "notes-wrote",
        "sender": "J. Kaptein <jkaptein@servicepunt-lingestroom.nl>",
        "body": """Graag afmelden voor het netwerk; mijn rol is gewijzigd en de ateliers zijn voor mij niet meer
relevant.

J. Kaptein
""",
    },
    {
        "id": "h21-unsubscribe-15", "kind": "unsubscribe", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "Loes Hermans <l.hermans@aobrabantsewal.nl>", "subject": f"Antw: {_OPROEP}",
        "body": """Uitschrijven s.v.p.

L. Hermans
""",
    },
    # ------------------------------------------------------------------ rsvp
    {
        "id": "h21-rsvp-01", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Jeroen Baljet <jeroen.baljet@sedwest.nl>", "subject": f"Re: {_UIT}",
        "body": """ja, ik kom

Jeroen
""",
    },
    {
        "id": "h21-rsvp-02", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Marjan Wolters <m.wolters@lingestroom.nl>",
        "body": """nee, helaas

Marjan Wolters
""",
    },
    {
        "id": "h21-rsvp-03", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "mr. drs. C.A. van Wijngaarden <c.vanwijngaarden@drieland.nl>",
        "body": """Geachte heer, mevrouw,

Graag kom ik naar het atelier. Ik neem onze concerncontroller mee, dus u kunt ons noteren voor twee personen.

Met vriendelijke groet,
C.A. van Wijngaarden
""",
    },
    {
        "id": "h21-rsvp-04", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Ruud Hoogendoorn <r.hoogendoorn@dienst-tweerivieren.nl>",
        "body": """Goedemiddag,

Zelf kan ik helaas niet op 11 maart; ik zit dan bij een regionaal bestuurlijk overleg. Mijn adjunct-directeur
Sanne Kramer (s.kramer@dienst-tweerivieren.nl) komt in mijn plaats.

Met vriendelijke groet,
Ruud Hoogendoorn
""",
    },
    {
        "id": "h21-rsvp-05", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Fleur Dekker <fleur.dekker@werkorganisatie-veldkant.nl>", "subject": f"Re: {_HER}",
        "body": """Helaas, ik kan niet. Griep. Veel plezier allemaal!

Fleur

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h21-rsvp-06", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Yvonne Brink <y.brink@hoekschelanen.nl>",
        "body": """Ik kan toch niet; geef de plek van de wachtlijst maar aan iemand anders.

Groet,
Yvonne Brink
""",
    },
    {
        "id": "h21-rsvp-07", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "gmail",
        "sender": "Sanne Kramer <s.kramer@dienst-tweerivieren.nl>",
        "body": """Dank voor de uitnodiging. Ik ben er graag bij in zijn plaats.

Hartelijke groet,
Sanne Kramer
Adjunct-directeur Dienst Twee Rivieren
""",
    },
    {
        "id": "h21-rsvp-08", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-en",
        "sender": "Robert Bakker <r.bakker@rivierenland-oost.nl>",
        "body": """Op de nieuwe datum zit ik helaas in het buitenland, dus ik moet afzeggen.

Robert Bakker
""",
    },
    {
        "id": "h21-rsvp-09", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Directiesecretariaat <directiesecretariaat@maasenwaal.nl>",
        "body": """Goedemorgen,

Namens de heer Van Dijk laat ik u weten dat hij graag aanwezig is bij het atelier op 11 maart. Ik heb het in
zijn agenda gezet.

Met vriendelijke groet,
Petra Wiegman
Directiesecretaresse Werkorganisatie Maas en Waal
""",
    },
    {
        "id": "h21-rsvp-10", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Wendy Schouten <w.schouten@middenmaas.nl>", "subject": f"Re: {_UIT}",
        "body": """Antwoord tussen de regels.

Op di 2 mrt 2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

Ja, ik kom. Alleen.

> Graag uw antwoord vóór 2 maart 2027.

Net op tijd dus.

Groet,
Wendy Schouten
""",
    },
    {
        "id": "h21-rsvp-11", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Daniel Okafor <d.okafor@kustzicht.nl>",
        "body": """Count me in - see you on the 11th.

Daniel
""",
    },
    {
        "id": "h21-rsvp-12", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Henk-Jan Veenstra <hj.veenstra@werkorganisatie-waddenkust.nl>",
        "body": """Ik heb zo geen onderwerp dat ik wil inbrengen, maar ik ben er op 11 maart in ieder geval bij.

Henk-Jan Veenstra
""",
    },
    {
        "id": "h21-rsvp-13", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Nicole Sprenger <n.sprenger@werkorganisatie-polderland.nl>", "subject": f"RE: RE: {_UIT}",
        "body": """Beste Stan,

Vorige week had ik toegezegd, maar de raadsvergadering over de voorjaarsnota is verplaatst naar 11 maart. Ik
moet dus helaas toch afzeggen.

Groet,
Nicole
""",
    },
    {
        "id": "h21-rsvp-14", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Marjan Wolters <m.wolters@lingestroom.nl>", "subject": f"Re: {_UIT}",
        "body": """Goed nieuws: mijn andere afspraak is verzet, dus ik kom toch. Sorry voor het heen en weer.

Marjan
""",
    },
    {
        "id": "h21-rsvp-15", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Pieter-Jan Vandenbroucke <pj.vandenbroucke@westzeeuwsvlaanderen.nl>",
        "body": """Ik zal er graag bij zijn. Tot dan!

Pieter-Jan Vandenbroucke
""",
    },
    {
        "id": "h21-rsvp-16", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Lieke Janssen <lieke.janssen@dommeldal.nl>", "subject": f"Re: {_UIT}",
        "body": """Ben erbij

Verstuurd vanaf mijn Samsung Galaxy-smartphone.
""",
    },
    {
        "id": "h21-rsvp-17", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "drs. W.F. Tuinstra <w.tuinstra@aofriesemeren.nl>",
        "body": """Geachte heer Van de Laar, beste Stan,

Dank voor de uitnodiging voor het atelier over samenwerking en eigenheid; een onderwerp dat bij ons in
Friese Meren-Oost precies speelt. Tot mijn spijt kan ik er op 11 maart niet bij zijn, omdat ik die middag
de gezamenlijke raadsinformatiebijeenkomst over de kadernota moet leiden. Ik lees het verslag met
belangstelling en hoop bij het najaarsatelier weer van de partij te zijn.

Met vriendelijke groet,

drs. W.F. Tuinstra
Algemeen directeur
""",
    },
    {
        "id": "h21-rsvp-18", "kind": "rsvp", "attending": True, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Alexander Visscher <a.visscher@kempenrand.nl>", "subject": f"FW: {_UIT}",
        "body": """Ik kom graag. Mijn secretariaat zag deze uitnodiging eerder dan ik, vandaar dat hij via haar loopt.

Alexander Visscher
Directeur Werkorganisatie Kempenrand
""",
    },
    {
        "id": "h21-rsvp-19", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Henk-Jan Veenstra <hj.veenstra@werkorganisatie-waddenkust.nl>",
        "body": """Ik moet helaas toch afhaken: er is vanmiddag een crisisoverleg over de brand in een van onze
gemeentehuizen. Sorry voor de late afmelding.

Henk-Jan
""",
    },
    {
        "id": "h21-rsvp-20", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Gert Hoekstra <g.hoekstra@aobrabantsewal.nl>", "subject": f"Antw: {_UIT}",
        "body": """ja ik kom, met 1 gast

Gert Hoekstra
""",
    },
    {
        "id": "h21-rsvp-21", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Esther Kok <e.kok@dommeldal.nl>", "subject": "Atelier 11 maart",
        "body": """Beste Melanie,

Ik realiseer me dat ik de uitnodiging nog niet had beantwoord: ik kom graag op 11 maart. Ik ben er alleen,
zonder gast.

Groet,
Esther Kok
""",
    },
    {
        "id": "h21-rsvp-22", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Jeroen Baljet <jeroen.baljet@sedwest.nl>", "subject": f"Re: {_HER}",
        "body": """Ik ben er, tot donderdag!

J.
""",
    },
    {
        "id": "h21-rsvp-23", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Bianca Vos <b.vos@aodelta.nl>",
        "body": """Ja, ik kom. Ik moet wel om vijf uur weg voor een raadsvergadering.

Bianca Vos
Directeur Ambtelijke Organisatie Delta
Denk aan het milieu voordat u deze e-mail print.
""",
    },
    {
        "id": "h21-rsvp-24", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Martin de Boer <m.deboer@servicepunt-lingestroom.nl>", "subject": f"RE: {_UIT}",
        "body": """Zie mijn reactie in de tekst hieronder.

MdB

Van: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>
Verzonden: dinsdag 2 maart 2027 09:00
Aan: Martin de Boer
Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid

Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur
Waar:    Stadskantoor, Vredenburg 3, Utrecht

Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".
[MdB: NEE, HELAAS. Ik zit die dag in Brussel met de VNG-delegatie.]
Neemt u iemand mee, vermeld dan met hoeveel personen u komt.
""",
    },
    # ------------------------------------------------------------------ suggestion
    {
        "id": "h21-suggestion-01", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Nicole Sprenger <n.sprenger@werkorganisatie-polderland.nl>",
        "body": """Beste Stan en Melanie,

Mijn onderwerp:
- werving en behoud van personeel nu de arbeidsmarkt zo krap is (vooral ICT'ers en vergunningverleners)

Groet,
Nicole Sprenger
""",
    },
    {
        "id": "h21-suggestion-02", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Alexander Visscher <a.visscher@kempenrand.nl>", "subject": f"Re: {_OPROEP}",
        "body": """Een onderwerp voor maart: het opstellen van een meerjarige organisatievisie. Waar wil je als
werkorganisatie over tien jaar staan, en hoe krijg je daar bestuurlijk commitment voor?

Alexander
""",
    },
    {
        "id": "h21-suggestion-03", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Bianca Vos <b.vos@aodelta.nl>",
        "body": """Voorstel: de verhouding tussen de grootste en de kleinste deelnemende gemeente. Bij ons voelt de
kleinste gemeente zich regelmatig ondergesneeuwd, terwijl de grootste vindt dat zij te veel meebetaalt. Hoe
gaan anderen daarmee om?

Bianca Vos
""",
    },
    {
        "id": "h21-suggestion-04", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "sender": "Esther Kok <e.kok@dommeldal.nl>", "subject": f"Re: {_OPROEP}",
        "body": """Graag zou ik het hebben over het meten van klanttevredenheid: hoe weet je of inwoners in alle
deelnemende gemeenten even tevreden zijn over onze dienstverlening, en met welke prestatie-indicatoren
stuur je daarop?

Esther

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "h21-suggestion-05", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Wim Kuipers <w.kuipers@tweestromen.nl>",
        "body": """Twee onderwerpen:
1. Zaakgericht werken: de digitalisering van onze interne werkprocessen loopt vast op verouderde systemen.
2. Het servicepunt in de kleine kernen: hoe houd je de dienstverlening dicht bij de inwoner zonder in elke
kern een balie open te houden?

Wim Kuipers
""",
    },
    {
        "id": "h21-suggestion-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Gert Hoekstra <g.hoekstra@aobrabantsewal.nl>",
        "body": """Mooi atelier! Voor de volgende keer zou ik graag verder praten over de positie van de werkorganisatie
in de regio: hoe verhouden wij ons tot de regionale tafels rond wonen en energie, waar onze gemeenten elk
afzonderlijk aanschuiven?

Gert
""",
    },
    {
        "id": "h21-suggestion-07", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Yvonne Brink <y.brink@hoekschelanen.nl>",
        "body": """Nog een aanvulling: de financiële sturing van de werkorganisatie bij oplopende tekorten. Hoe houd
je de eigen begroting in de hand en waar zoek je de ruimte?

Yvonne
""",
    },
    {
        "id": "h21-suggestion-08", "kind": "suggestion", "themes": ["organisatie"], "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Daniel Okafor <d.okafor@kustzicht.nl>",
        "body": """Thanks for the warm welcome! One topic I'd love to discuss with colleagues: how other
organisations are introducing AI tools in their back office, and what that means for job profiles and staffing.

Kind regards,
Daniel
""",
    },
    {
        "id": "h21-suggestion-09", "kind": "suggestion", "themes": ["strategie"], "thread": None,
        "sender": "Jan-Willem Roos <jw.roos@werkorganisatie-delinge.nl>",
        "subject": "Suggestie voor het najaarsatelier",
        "body": """Beste secretariaat,

Ik heb nog geen oproep gezien voor het najaarsatelier, maar ik wil alvast een onderwerp aandragen: hoe help
je een nieuw college na de verkiezingen om echte keuzes te maken in een overvolle inhoudelijke agenda? Ons
collegeprogramma telt 86 ambities.

Met vriendelijke groet,
Jan-Willem Roos
""",
    },
    {
        "id": "h21-suggestion-10", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "sender": "Martin de Boer <m.deboer@servicepunt-lingestroom.nl>",
        "body": """Ik kom zeker. Als onderwerp stel ik voor: de prestaties van ons klantcontactcentrum. We meten van
alles (wachttijden, first time right, tevredenheid), maar sturen er nauwelijks op.

Martin de Boer
""",
    },
    {
        "id": "h21-suggestion-11", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Tom Hendricks <t.hendricks@middenmaas.nl>",
        "body": """Topic suggestion: hybrid working. Two years in, our offices are half empty on Fridays and team
cohesion is suffering. How do others organise this, and what does it mean for office space and HR policy?

Tom
""",
    },
    {
        "id": "h21-suggestion-12", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "drs. W.F. Tuinstra <w.tuinstra@aofriesemeren.nl>",
        "body": """Geachte heer, mevrouw,

Graag draag ik het volgende onderwerp aan: toekomstscenario's voor onze samenwerking. Na acht jaar
werkorganisatie vragen raadsleden in alle drie de gemeenten of een bestuurlijke fusie de logische volgende
stap is. Hoe ontwikkel je een visie voor de lange termijn als de deelnemende gemeenten daar zo verschillend
in staan?

Met vriendelijke groet,

drs. W.F. Tuinstra
""",
    },
    {
        "id": "h21-suggestion-13", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes",
        "sender": "Anouk de Ridder <a.deridder@werkorganisatie-polderland.nl>", "subject": f"RE: {_OPROEP}",
        "body": """Zie mijn input tussen de regels.

> Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:
> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van prestaties.

Het omgevingsloket sinds de Omgevingswet: hoe bieden anderen initiatiefnemers één duidelijke ingang en een
snelle eerste reactie op hun plan?

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

Net op tijd!

Anouk
""",
    },
    {
        "id": "h21-suggestion-14", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Pieter-Jan Vandenbroucke <pj.vandenbroucke@westzeeuwsvlaanderen.nl>",
        "body": """Een idee voor het atelier: hoe verhoudt een ambtelijke fusieorganisatie zich tot de regio? Bij ons
aan de grens werken we ook samen met Vlaamse gemeenten, en dat geeft een heel eigen dynamiek. Misschien boeiend
om daar ervaringen rond uit te wisselen.

Mvg,
Pieter-Jan
""",
    },
    {
        "id": "h21-suggestion-15", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Herman Tjoelker <h.tjoelker@werkorganisatie-waddenkust.nl>",
        "body": """Onderwerp: wat doe je als een van de deelnemende gemeenten overweegt uit de samenwerking te stappen?
Bij ons heeft de raad van één gemeente om een onderzoek naar uittreding gevraagd. Ik hoor graag hoe collega's
met zo'n situatie zijn omgegaan.

Herman Tjoelker
""",
    },
    {
        "id": "h21-suggestion-16", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Lieke Janssen <lieke.janssen@dommeldal.nl>",
        "body": """Voor de volgende keer: informatieveiligheid en de steeds hogere I&A-kosten. Wie heeft daar echt
grip op?

Lieke
""",
    },
    {
        "id": "h21-suggestion-17", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Robert Bakker <r.bakker@rivierenland-oost.nl>",
        "body": """Op 11 maart kan ik er helaas niet bij zijn, maar ik geef graag een onderwerp mee: hoe houd je als
directie de lange lijn vast als de waan van de dag overheerst? Ik denk aan strategische agendasetting en het
bewaken van de bestuurlijke prioriteiten over de hele raadsperiode.

Robert Bakker
""",
    },
    {
        "id": "h21-suggestion-18", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "Marleen Schepers <m.schepers@heuvelrug-zuid.nl>", "subject": f"Antw: {_OPROEP}",
        "body": """Ons vraagstuk: harmonisatie van de dienstverlening. Elke gemeente heeft een eigen serviceniveau en
eigen openingstijden, maar inwoners verwachten van één werkorganisatie hetzelfde. Hoe krijgen de colleges daar
samen één lijn in, en hoe leg je dat uit aan de inwoner?

M. Schepers
""",
    },
    {
        "id": "h21-suggestion-19", "kind": "suggestion", "themes": ["organisatie", "samenwerking"], "thread": None,
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Bas Timmer <b.timmer@heuvelrug-zuid.nl>", "subject": f"Re: {_OPROEP}",
        "body": """Mijn twee onderwerpen:
- de formatie van de werkorganisatie: structureel te krap, en tijdelijke inhuur wordt onbetaalbaar
- de gezamenlijke aanpak van de regionale energietransitie: wie trekt er, de werkorganisatie of elke gemeente
  afzonderlijk, en hoe verdelen de gemeenten de lasten?

Bas
""",
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "h21-autoreply-01", "kind": "autoreply", "thread": "invitation",
        "sender": "Nicole Sprenger <n.sprenger@werkorganisatie-polderland.nl>",
        "subject": f"Automatisch antwoord: {_UIT}",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """Dank voor uw bericht. Ik ben afwezig tot en met maandag 22 februari en heb beperkt toegang tot mijn
e-mail. Voor dringende zaken kunt u contact opnemen met het directiesecretariaat via 0320 - 27 40 10.

Met vriendelijke groet,
Nicole Sprenger
""",
    },
    {
        "id": "h21-autoreply-02", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Daniel Okafor <d.okafor@kustzicht.nl>", "subject": f"Automatic reply: {_OPROEP}",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """Thank you for your email. I am out of the office until 4 January with no access to email. For urgent
matters please contact my assistant, Ilse de Graaf (i.degraaf@kustzicht.nl).
""",
    },
    {
        "id": "h21-autoreply-03", "kind": "autoreply", "thread": "reminder",
        "sender": "Jan-Willem Roos <jw.roos@werkorganisatie-delinge.nl>", "subject": f"Afwezig: {_HER}",
        "body": """Ik ben met vakantie tot en met 14 maart. Uw e-mail wordt niet doorgestuurd; ik lees hem na
terugkomst.
""",
    },
    {
        "id": "h21-autoreply-04", "kind": "autoreply", "thread": "invitation",
        "sender": "Henk Jansen <h.jansen@maasenwaal.nl>", "subject": f"Automatisch antwoord: {_UIT}",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """Henk Jansen is niet meer werkzaam bij Werkorganisatie Maas en Waal. Deze mailbox wordt niet meer
gelezen en uw bericht wordt niet doorgestuurd. Voor zaken van de directie kunt u mailen naar
directie@maasenwaal.nl.
""",
    },
    {
        "id": "h21-autoreply-05", "kind": "autoreply", "thread": "confirmation",
        "sender": "Gemeente Oosterwold <info@gemeente-oosterwold.nl>", "subject": f"Ontvangstbevestiging: {_BEV}",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "auto_reply"},
        "body": """Geachte afzender,

Hartelijk dank voor uw e-mail. Wij hebben uw bericht ontvangen en geregistreerd onder zaaknummer
Z-2027-004128. U krijgt binnen vijf werkdagen een reactie.

Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.

Met vriendelijke groet,
Klantcontactcentrum Gemeente Oosterwold
""",
    },
    {
        "id": "h21-autoreply-06", "kind": "autoreply", "thread": "invitation",
        "sender": "Pieter-Jan Vandenbroucke <pj.vandenbroucke@westzeeuwsvlaanderen.nl>",
        "subject": f"Afwezigheidsbericht: {_WIJZ}", "headers": {"X-Autoreply": "yes"},
        "body": """Bedankt voor uw e-mail. Ik ben afwezig van maandag 1 maart tot en met vrijdag 5 maart en heb geen
toegang tot mijn mailbox. Uw bericht wordt na mijn terugkeer behandeld. Voor dringende zaken kan u terecht
bij ons onthaal via 0117 - 45 20 00.
""",
    },
    # ------------------------------------------------------------------ other
    {
        "id": "h21-other-01", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Dirk-Jan Smeets <dj.smeets@gemeente-westerlaan.nl>",
        "body": """Goedemorgen,

Ik heb mij niet aangemeld voor uw netwerk. Hoe komt u aan mijn e-mailadres, en wie heeft mij opgegeven?

D.J. Smeets
""",
    },
    {
        "id": "h21-other-02", "kind": "other", "thread": None,
        "sender": "Bianca Vos <b.vos@aodelta.nl>", "subject": "Inzageverzoek",
        "body": """Beste secretariaat,

Kunt u mij laten weten welke persoonsgegevens u van mij bewaart en met wie u die deelt? Ik vraag dit in het
kader van een interne AVG-check bij ons.

Met vriendelijke groet,
Bianca Vos
""",
    },
    {
        "id": "h21-other-03", "kind": "other", "thread": None,
        "sender": "Petra Wiegman <p.wiegman@maasenwaal.nl>", "subject": "Vertrek directeur",
        "body": """Goedemiddag,

Ter informatie: onze algemeen directeur, Henk Jansen, is per 1 januari vertrokken. Zijn opvolger is nog niet
benoemd; zodra dat bekend is, laat ik het u weten.

Met vriendelijke groet,
Petra Wiegman
Directiesecretaresse Werkorganisatie Maas en Waal
""",
    },
    {
        "id": "h21-other-04", "kind": "other", "thread": None,
        "sender": "Erik van Leeuwen <erik.vanleeuwen@dewaarden.nl>", "subject": "Kosten lidmaatschap?",
        "body": """Hallo,

Onze controller vraagt of er kosten aan het lidmaatschap verbonden zijn. Als dat zo is, wil ik me afmelden;
zo niet, dan blijf ik graag lid. Kunt u dat even laten weten?

Erik van Leeuwen
""",
    },
    {
        "id": "h21-other-05", "kind": "other", "thread": None,
        "sender": "Saskia Meijer <s.meijer@werkorganisatie-duinstreek.nl>", "subject": "Lidmaatschap bij functiewissel",
        "body": """Beste Melanie,

Per 1 april word ik interim-directeur bij een provinciale uitvoeringsdienst. Kan ik dan lid blijven van het
netwerk, of moet ik mij afmelden? Ik zou het jammer vinden om de ateliers te missen.

Groet,
Saskia
""",
    },
    {
        "id": "h21-other-06", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Tom Hendricks <t.hendricks@middenmaas.nl>",
        "body": """Ik doe graag mee, maar alleen als het ook helemaal online kan: ik zit die week thuis met een gebroken
enkel. Is online deelname volwaardig, dus ook in de groepsgesprekken?

Tom
""",
    },
    {
        "id": "h21-other-07", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Linda Mulder <l.mulder@duoplus-west.nl>", "subject": f"Re: {_UIT}",
        "body": """Ja, ik kom. Kan ik bij het stadskantoor parkeren, of kan ik beter met de trein komen?

Linda
""",
    },
    {
        "id": "h21-other-08", "kind": "other", "thread": None,
        "sender": "Directiesecretariaat <directiesecretariaat@werkorganisatie-stroomdal.nl>",
        "subject": "Atelier 11 maart - mevrouw Visser",
        "body": """Geachte heer, mevrouw,

Namens mevrouw Visser laat ik u weten dat zij op 11 maart aanwezig zal zijn bij het atelier.

Met vriendelijke groet,
Joke van Dam
Directiesecretariaat Werkorganisatie Stroomdal
""",
    },
    {
        "id": "h21-other-09", "kind": "other", "thread": None,
        "sender": "Martin de Boer <m.deboer@servicepunt-lingestroom.nl>", "subject": "Aanmelding MT",
        "body": """Goedemorgen,

Wij willen graag ons hele managementteam aanmelden voor het netwerk: naast mijzelf zijn dat de directeuren
Ruimte, Sociaal Domein en Bedrijfsvoering. Kunnen zij alle drie lid worden en ook naar de ateliers komen?

Met vriendelijke groet,
Martin de Boer
""",
    },
    {
        "id": "h21-other-10", "kind": "other", "thread": None,
        "sender": "Esther Kok <e.kok@dommeldal.nl>", "subject": "Collega aanmelden",
        "body": """Hoi Melanie,

Mijn collega-directeur Karin Bos wil ook graag lid worden. Kun jij haar aanmelden?

Groetjes,
Esther
""",
    },
    {
        "id": "h21-other-11", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "apple",
        "sender": "Jeroen Baljet <jeroen.baljet@sedwest.nl>", "subject": f"Re: {_OPROEP}",
        "body": """Geen inhoudelijk onderwerp van mij, wel een idee over de vorm: zouden jullie het atelier eens op een
vrijdagochtend kunnen houden, en dan korter? Een hele middag in Utrecht kost mij met de reistijd een volle dag.

Jeroen
""",
    },
    {
        "id": "h21-other-12", "kind": "other", "thread": None,
        "sender": "Rick Zandbergen <rick@veranderkracht-advies.nl>",
        "subject": "Workshop voor uw leden: cultuur na de fusie",
        "body": """Beste Stan en Melanie,

Veranderkracht Advies begeleidt al tien jaar ambtelijke fusies, van verkenning tot evaluatie. Graag
verzorgen wij tijdens een van uw ateliers een interactieve workshop over cultuurverschillen na een fusie,
kosteloos voor uw leden. Zullen we daar binnenkort een half uur over bellen?

Met energieke groet,

Rick Zandbergen
Partner | Veranderkracht Advies
www.veranderkracht-advies.nl | 06 - 41 88 20 13

Wilt u geen berichten meer van ons ontvangen? Laat het ons weten, dan verwijderen wij uw gegevens.
""",
    },
    {
        "id": "h21-other-13", "kind": "other", "thread": None,
        "sender": "Marleen Schepers <m.schepers@heuvelrug-zuid.nl>", "subject": "Adviesraad",
        "body": """Beste Stan,

In het verslag las ik dat de Adviesraad nieuwe leden zoekt. Ik stel mij daarvoor graag kandidaat: ik ben zes
jaar directeur van Werkorganisatie Heuvelrug-Zuid en heb eerder de fusie van twee werkorganisaties begeleid.
Wat verwachten jullie qua tijdsinvestering?

Hartelijke groet,
Marleen Schepers
""",
    },
    {
        "id": "h21-other-14", "kind": "other", "thread": None,
        "sender": "Wendy Schouten <w.schouten@middenmaas.nl>", "subject": "Nieuw e-mailadres",
        "body": """Beste secretariaat,

Door een naamswijziging van onze werkorganisatie verandert mijn e-mailadres per 1 maart in
wendy.schouten@maasdalwerkt.nl. Wilt u dat in uw bestand aanpassen? Het oude adres vervalt dan.

Met vriendelijke groet,
Wendy Schouten
""",
    },
    {
        "id": "h21-other-15", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Bas Timmer <b.timmer@heuvelrug-zuid.nl>",
        "body": """Dank voor de inspirerende middag en het heldere verslag. Voor mij als nieuwkomer was het een mooie
manier om collega's te leren kennen.

Groet,
Bas Timmer
""",
    },
    {
        "id": "h21-other-16", "kind": "other", "thread": None,
        "sender": "Koen Verstappen <k.verstappen@odzuidoost.nl>", "subject": "Lidmaatschap omgevingsdienst?",
        "body": """Goedemiddag,

Ik ben directeur van een omgevingsdienst, een gemeenschappelijke regeling van veertien gemeenten. Komen
directeuren van zulke organisaties ook in aanmerking voor het lidmaatschap, of is het netwerk alleen bedoeld
voor ambtelijke fusieorganisaties in strikte zin?

Met vriendelijke groet,
Koen Verstappen
""",
    },
    {
        "id": "h21-other-17", "kind": "other", "thread": None,
        "sender": "Laura Fischer <l.fischer@uu.nl>", "subject": "Research on shared service organisations",
        "body": """Dear Mr Van de Laar, dear Ms Huurneman,

I am a PhD researcher at Utrecht University studying how directors of shared service organisations balance
the interests of the municipalities they serve. Would it be possible for me to attend one of your ateliers as
an observer, or to interview a few of your members? I would of course be happy to share my findings.

Kind regards,
Laura Fischer
""",
    },
    {
        "id": "h21-other-18", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-en",
        "sender": "Anouk de Ridder <a.deridder@werkorganisatie-polderland.nl>",
        "body": """Is de presentatie van de gastspreker ook beschikbaar? Ik zie alleen het verslag op de site, en ik
zou de sheets graag delen met ons MT.

Anouk
""",
    },
    {
        "id": "h21-other-19", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Gert Hoekstra <g.hoekstra@aobrabantsewal.nl>",
        "body": """Ik heb deze uitnodiging nu drie keer ontvangen, op twee verschillende adressen. Kunt u nakijken
hoe ik in uw bestand sta?

G. Hoekstra
""",
    },
    {
        "id": "h21-other-20", "kind": "other", "thread": None,
        "sender": "Linda Mulder <l.mulder@duoplus-west.nl>", "subject": "Fwd: netwerk",
        "body": """Goedemorgen,

Mijn collega Annet Vos vroeg mij dit aan jullie door te geven; zie haar bericht hieronder. Zelf blijf ik
uiteraard gewoon lid.

Linda

---------- Doorgestuurd bericht ---------
Van: Annet Vos <a.vos@duoplus-west.nl>
Datum: ma 8 feb 2027 om 16:12
Onderwerp: netwerk
Aan: Linda Mulder <l.mulder@duoplus-west.nl>

Hoi Linda, kun jij aan dat directeurennetwerk doorgeven dat ik me wil afmelden? Ik heb hun adres niet bij de
hand. Dank! Annet
""",
    },
    {
        "id": "h21-other-21", "kind": "other", "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "outlook-nl",
        "sender": "Nicole Sprenger <n.sprenger@werkorganisatie-polderland.nl>",
        "body": """Jammer dat het niet doorgaat! Weten jullie al wanneer de nieuwe datum is? Dan houd ik die alvast
vrij.

Nicole
""",
    },
    {
        "id": "h21-other-22", "kind": "other", "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "gmail",
        "sender": "Herman Tjoelker <h.tjoelker@werkorganisatie-waddenkust.nl>", "subject": f"Re: {_WIJZ}",
        "body": """Geldt mijn aanmelding automatisch ook voor de nieuwe datum, of moet ik opnieuw reageren? In de
mail staat nog de oude datum onder 'Wanneer'.

Herman
""",
    },
    {
        "id": "h21-other-23", "kind": "other", "thread": None,
        "sender": "Alexander Visscher <a.visscher@kempenrand.nl>",
        "subject": "Uitnodigingen ook naar mijn secretariaat",
        "body": """Beste Melanie,

Zouden jullie de uitnodigingen voortaan ook in cc naar mijn secretariaat willen sturen
(secretariaat@kempenrand.nl)? Dan komen ze meteen goed in mijn agenda.

Dank en groet,
Alexander
""",
    },
]
# fmt: on
