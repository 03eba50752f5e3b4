"""devset88: the clutter around the writer's words in mail from government organisations (issue 17).

Every case carries some of what municipal and shared-service mail servers and signatures wrap around a few words:
"[EXTERN]" or "LET OP: deze e-mail komt van buiten de organisatie" banners at the top, long bilingual disclaimers
(some with "verwijderen", "afmelden", "bevestigen", "vertrouwelijk"), signatures with job titles, addresses, phone
numbers and social media links, "Ik werk niet op vrijdag", "Denk aan het milieu voordat u deze mail print", a quote
of the day, a banner about a new office address, a classification label, forwarded chains with several header blocks
(Van/Verzonden/Aan/Onderwerp) where the request is in the newest part, and replies whose own text is one line above
all of that. Look-alikes: the only action words are in the clutter (a disclaimer "gelieve dit bericht te
verwijderen", a signature "afwezig op woensdag", a banner "bevestig uw account", a newsletter footer "afmelden",
a privacy footer about "verwijdering") while the writer's text asks something else (`other`) or answers something
(labelled by that answer).

Conventions relied on (from the brief for issue 17):
- `body` is the writer's own text including greeting, signature, client footers and disclaimers; for a forwarded
  chain the internal header blocks and messages are part of the body, our own mail (if any) is `quoted`.
- `thread` is None for a new mail or a forward (FW:) sent to info@, also when our mail is quoted under it.
- Joining by the person themself: `subscribe`; signing up one named colleague WITH that colleague's address:
  `subscribe`; without the address, or several people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
- Leaving and declining the atelier in one mail: `unsubscribe`; a decline that keeps the membership: `rsvp` False;
  a director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with address): `unsubscribe` (hand-over); a colleague reporting that
  someone left: `other`. An AVG erasure request anywhere: `unsubscribe` with `erase` True; a request to see one's
  data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes on a condition the secretariat must answer
  first, or a request plus a real question to the secretariat: `other`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); one that only says whether the writer comes is an `rsvp`; a proposal about the form of
  the ateliers is `other`.
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- Themes: the theme(s) of what the writer proposes, not of words used in passing; two only where the topic clearly
  spans both.
"""

from __future__ import annotations

from typing import Any

S_CONF = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
S_INV = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
S_REM = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
S_CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
S_WELKOM = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"

ZUIDRAND_DISC = """\
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Hebt u het ten onrechte ontvangen, stel dan
de afzender op de hoogte en verwijder het bericht. Gebruik, openbaarmaking of vermenigvuldiging van de inhoud
door anderen is niet toegestaan. Werkorganisatie De Zuidrand is niet aansprakelijk voor schade die voortvloeit
uit het elektronisch verzenden van berichten.

This e-mail is intended only for the addressee(s). If you have received it in error, please notify the sender
and delete the message. Any use, disclosure or copying of its contents by others is prohibited. Werkorganisatie
De Zuidrand accepts no liability for damage resulting from the electronic transmission of messages."""

KEMPENPOORT_DISC = """\
VERTROUWELIJK - Dit bericht kan vertrouwelijke informatie of persoonsgegevens bevatten en is alleen bedoeld voor
de geadresseerde. Bent u niet de bedoelde ontvanger, gelieve dit bericht dan te verwijderen en ons te informeren.
Aan de inhoud kunnen geen rechten worden ontleend; toezeggingen zijn pas bindend nadat een bevoegd functionaris
ze schriftelijk heeft bevestigd.
CONFIDENTIAL - This message may contain confidential information or personal data and is meant for the addressee
only. If you are not the intended recipient, please delete it and let us know. No rights can be derived from its
contents; commitments are binding only once confirmed in writing by an authorised official."""

HEUVELLAND_FOOT = """\
Nieuwsgierig naar wat er speelt in Heuvelland Samen? Abonneer u op onze digitale nieuwsbrief via
www.heuvellandsamen.nl/nieuwsbrief. Afmelden kan altijd, met één klik onderaan elke editie.
Wij gaan zorgvuldig om met uw persoonsgegevens. In onze privacyverklaring leest u hoe u om inzage, correctie of
verwijdering van uw gegevens vraagt: www.heuvellandsamen.nl/privacy"""

VECHT_DISC = """\
Disclaimer: dit bericht is alleen bestemd voor de geadresseerde. Per vergissing ontvangen? Laat het ons weten en
vernietig het bericht. | This message is for the addressee only. Received it by mistake? Please tell us and
destroy the message."""

TRIADE_DISC = """\
De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Openbaarmaking,
vermenigvuldiging of verspreiding door anderen is niet toegestaan. Triade Gemeenten staat niet in voor de juiste
en volledige overbrenging van de inhoud van een verzonden e-mail, noch voor tijdige ontvangst daarvan.
The information in this e-mail is confidential and intended solely for the addressee. Disclosure, copying or
distribution by others is not permitted. Triade Gemeenten does not guarantee the correct and complete
transmission of the contents of an e-mail, nor its timely receipt.
Denk aan het milieu voordat u deze e-mail print."""

MAASPEEL_IT = """\
IT-MEDEDELING | Overstap naar de nieuwe digitale werkplek: bevestig uw account vóór 15 maart via
mijn.maasenpeel.nl/account. Zonder bevestiging vervalt na die datum uw toegang."""

NOORDOEVER_MOVE = """\
>>> NIEUW ADRES <<< Vanaf 1 maart 2027 werken wij vanuit het vernieuwde Stadshuis, Havenkade 2, 8861 AB Oeverdam.
Ons postadres (Postbus 1000, 8860 AA Oeverdam) blijft hetzelfde."""

LET_OP = (
    "LET OP: deze e-mail komt van buiten de organisatie. Klik niet op links en open geen bijlagen, tenzij u de "
    "afzender kent en weet dat de inhoud veilig is."
)

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ subscribe
    {
        "id": "d88-subscribe-01",
        "kind": "subscribe",
        "sender": "Peter Wouters <p.wouters@werkorganisatie-zuidrand.nl>",
        "subject": "Aanmelding netwerk",
        "body": f"""\
Geachte heer, mevrouw,

Via een collega-directeur hoorde ik over uw netwerk. Graag meld ik mij aan als lid.

Met vriendelijke groet,

Peter Wouters
algemeen directeur | Werkorganisatie De Zuidrand
Postbus 210, 4700 AE Zuidrand
T 14 0165 | M 06 41 27 83 09
Ik werk niet op vrijdag.

Volg ons op LinkedIn: linkedin.com/company/werkorganisatie-de-zuidrand
X: @wo_zuidrand | Instagram: @dezuidrand

Denk aan het milieu voordat u deze e-mail print.

{ZUIDRAND_DISC}
""",
    },
    {
        "id": "d88-subscribe-02",
        "kind": "subscribe",
        "sender": "Hanneke Smeets <h.smeets@kempenpoort.nl>",
        "subject": "[EXTERN] aanmelden",
        "body": f"""\
[EXTERN]

Aanmelden graag.

Groet,
Hanneke Smeets
Directeur Ambtelijke organisatie Kempenpoort
Raadhuisplein 4 | 5531 BA Kempenhout
06 - 22 91 04 67 | h.smeets@kempenpoort.nl
www.kempenpoort.nl

{KEMPENPOORT_DISC}
""",
    },
    {
        "id": "d88-subscribe-03",
        "kind": "subscribe",
        "sender": "Ruud Kolenbrander <r.kolenbrander@noordoever.nl>",
        "subject": f"FW: {S_WELKOM}",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": f"""\
Goedemiddag,

Marieke stuurde mij onderstaande door. Ik wil mij ook graag aanmelden voor het netwerk.

Vriendelijke groet,

Ruud Kolenbrander
Directeur Werkorganisatie Noordoever
T (0517) 38 20 00
{NOORDOEVER_MOVE}

Van: Marieke de Vries-Ölçer <m.devries@bbr.nl>
Verzonden: dinsdag 2 maart 2027 09:40
Aan: Ruud Kolenbrander <r.kolenbrander@noordoever.nl>
Onderwerp: FW: {S_WELKOM}

{LET_OP}

Hoi Ruud,

Dit is het netwerk waar ik het op de provinciedag over had. Echt een aanrader, je kunt je gewoon per mail
aanmelden bij info@ambtelijkefusie.nl.

Groet,
Marieke

Marieke de Vries-Ölçer | directeur Werkorganisatie BBR
Ik werk op maandag, dinsdag en donderdag.
""",
    },
    {
        "id": "d88-subscribe-04",
        "kind": "subscribe",
        "sender": "Wim Habets <w.habets@heuvellandsamen.nl>",
        "subject": "Nieuw lid voor het netwerk",
        "body": f"""\
Classificatie: Intern

Beste Stan en Melanie,

Per 1 februari is Esra Yilmaz onze nieuwe directeur Bedrijfsvoering. Zij wil graag lid worden van het netwerk;
haar e-mailadres is e.yilmaz@heuvellandsamen.nl. Willen jullie haar aanmelden?

Hartelijke groet,

Wim Habets
algemeen directeur
Heuvelland Samen - ambtelijke organisatie van Gulpenrade, Vaalsberg en Eijsden-Heuvel
Bezoekadres: Markt 15, 6271 BD Gulpenrade
Telefoon 14 043 | Mobiel 06 53 18 27 40
Facebook | LinkedIn | Instagram: @heuvellandsamen

{HEUVELLAND_FOOT}
""",
    },
    {
        "id": "d88-subscribe-05",
        "kind": "subscribe",
        "sender": "Jeroen Alblas <j.alblas@vechtstreek-oost.nl>",
        "subject": "Inschrijving directeurennetwerk",
        "body": f"""\
Beste secretariaat,

Sinds deze maand ben ik gemeentesecretaris/algemeen directeur van de werkorganisatie Vechtstreek-Oost. Ik neem
graag deel aan het netwerk van directeuren; willen jullie mij inschrijven?

Hartelijke groet,
Jeroen Alblas

------------------------------------------
Spreuk van de dag: "Alleen ga je sneller, samen kom je verder."
------------------------------------------
Jeroen Alblas | gemeentesecretaris / algemeen directeur
Werkorganisatie Vechtstreek-Oost
Bezoekadres: Stationsweg 12, 3621 LK Vechtmond
Postadres: Postbus 40, 3620 AA Vechtmond
(0346) 25 40 00 | www.vechtstreek-oost.nl
Facebook | LinkedIn | YouTube

{VECHT_DISC}
""",
    },
    {
        "id": "d88-subscribe-06",
        "kind": "subscribe",
        "sender": "Marco Timmermans <marco.timmermans@maasenpeel.nl>",
        "subject": "lid worden",
        "body": f"""\
Hoi,

Zoals besproken bij de lunch op het congres: graag word ik lid van het netwerk.

Groet, Marco

Verzonden vanuit Outlook voor iOS

{MAASPEEL_IT}
""",
    },
    {
        "id": "d88-subscribe-07",
        "kind": "subscribe",
        "sender": "Ingrid Post <i.post@noordoever.nl>",
        "subject": "Aanmelding",
        "body": f"""\
{NOORDOEVER_MOVE}

Goedemorgen,

Mijn voorganger was lid van uw netwerk. Ik zet die rol graag voort en meld mij hierbij aan.

Met vriendelijke groet,

Ingrid Post
directeur Dienstverlening & Bedrijfsvoering
Werkorganisatie Noordoever
T (0517) 38 20 00 | M 06 27 70 31 55
Afwezig op woensdag.
""",
    },
    {
        "id": "d88-subscribe-08",
        "kind": "subscribe",
        "sender": "Bas Oudejans <b.oudejans@triadegemeenten.nl>",
        "subject": "Graag lid",
        "body": f"""\
Beste heer Van de Laar,

Ik wil graag lid worden van het Netwerk van directeuren van ambtelijke fusieorganisaties.

Met vriendelijke groet,

drs. B.J. (Bas) Oudejans MPA
Algemeen directeur Triade Gemeenten
Werkorganisatie voor de gemeenten Driebergen-Oost, Leusveld en Amerhoven
Kerkplein 1, 3941 EJ Driebergen-Oost
T 14 0343 | www.triadegemeenten.nl

{TRIADE_DISC}
""",
    },
    {
        "id": "d88-subscribe-09",
        "kind": "subscribe",
        "sender": "Fatima el Amrani <f.elamrani@beekdal.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": """\
lid blijven

Het afmeldverzoek kwam van een oud-collega die mijn mailbox beheerde, niet van mij.

Fatima el Amrani
directeur Ambtelijke organisatie Beekdal
afwezig op woensdag
Molenstraat 3, 7241 CM Beekdal | 06 19 44 02 81
""",
    },
    {
        "id": "d88-subscribe-10",
        "kind": "subscribe",
        "sender": "Geert Hofstede <g.hofstede@werkorganisatie-zuidrand.nl>",
        "subject": "FW: netwerk directeuren fusieorganisaties",
        "body": f"""\
Goedemiddag,

Zie hieronder de aanleiding: ik sluit mij graag aan bij het netwerk. Kunt u mij als lid registreren?

Met groet,
Geert Hofstede
adjunct-directeur | Werkorganisatie De Zuidrand
M 06 50 83 12 96

Van: Peter Wouters <p.wouters@werkorganisatie-zuidrand.nl>
Verzonden: woensdag 24 februari 2027 08:12
Aan: Geert Hofstede <g.hofstede@werkorganisatie-zuidrand.nl>
Onderwerp: FW: netwerk directeuren fusieorganisaties

Geert, ik ben er sinds kort lid van; iets voor jou als adjunct? Aanmelden gaat via info@ambtelijkefusie.nl.
Peter

Van: Karin Dekkers <k.dekkers@gemeentewest.nl>
Verzonden: dinsdag 23 februari 2027 17:30
Aan: Peter Wouters <p.wouters@werkorganisatie-zuidrand.nl>
Onderwerp: netwerk directeuren fusieorganisaties

[EXTERN] Deze e-mail is afkomstig van een externe afzender. Wees voorzichtig met links en bijlagen.

Beste Peter,

Naar aanleiding van ons gesprek: het netwerk heet "Netwerk van directeuren van ambtelijke fusieorganisaties"
en organiseert twee keer per jaar een atelier. Zeker de moeite waard.

Groet,
Karin

{ZUIDRAND_DISC}
""",
    },
    {
        "id": "d88-subscribe-11",
        "kind": "subscribe",
        "sender": "Secretariaat directie Beekdal <secretariaat.directie@beekdal.nl>",
        "subject": "Aanmelding de heer M. van Dijk",
        "body": """\
Geachte heer, mevrouw,

Namens de heer Van Dijk, sinds 1 maart algemeen directeur van Ambtelijke organisatie Beekdal, meld ik hem aan
voor het netwerk. Zijn e-mailadres is m.vandijk@beekdal.nl.

Met vriendelijke groet,

Loes Bruggink
managementassistent directie
Ambtelijke organisatie Beekdal | Molenstraat 3 | 7241 CM Beekdal
T 0573 - 29 88 00
Mijn werkdagen zijn maandag t/m donderdag.

Wij zijn trots op onze dienstverlening! Volg ons op LinkedIn en Facebook.
Heeft u deze e-mail per abuis ontvangen? Gelieve de afzender te informeren en de e-mail te verwijderen.
""",
    },
    # ------------------------------------------------------------------ confirm
    {
        "id": "d88-confirm-01",
        "kind": "confirm",
        "sender": "Anouk Verbeek <a.verbeek@noordoever.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": f"""\
Met vriendelijke groet,

ir. A.M. (Anouk) Verbeek
Directeur
Werkorganisatie Noordoever
Havenkade 2 | 8861 AB Oeverdam
T (0517) 38 20 00 | M 06 11 93 46 28
www.noordoever.nl | LinkedIn | Instagram

{NOORDOEVER_MOVE}

Dit bericht is uitsluitend bestemd voor de geadresseerde. Mocht u het onbedoeld hebben ontvangen, wilt u het dan
verwijderen en de afzender inlichten? / This message is intended solely for the addressee. If you received it
unintentionally, please delete it and inform the sender.
""",
    },
    {
        "id": "d88-confirm-02",
        "kind": "confirm",
        "sender": "Tom Verhagen <t.verhagen@triadegemeenten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": f"""\
Bevestigd.

Tom Verhagen
directeur Bedrijfsvoering | Triade Gemeenten
T 14 0343 | M 06 38 02 71 14

{TRIADE_DISC}
""",
    },
    {
        "id": "d88-confirm-03",
        "kind": "confirm",
        "sender": "Lotte Brinkman <l.brinkman@vechtstreek-oost.nl>",
        "thread": "confirmation",
        "subject": f"RE: [EXTERN] {S_CONF}",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": f"""\
Ja, dat klopt.

Lotte Brinkman
directeur Ruimte | Werkorganisatie Vechtstreek-Oost
Stationsweg 12, 3621 LK Vechtmond
Volg ons: facebook.com/vechtstreekoost | x.com/vechtstreekoost | linkedin.com/company/vechtstreek-oost

{VECHT_DISC}
""",
    },
    {
        "id": "d88-confirm-04",
        "kind": "confirm",
        "sender": "Joris Lammers <j.lammers@kempenpoort.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": f"""\
Excuses voor de late reactie, het was een drukke week. Hierbij bevestig ik alsnog.

Joris Lammers
directeur Sociaal Domein, Ambtelijke organisatie Kempenpoort
Ik werk niet op vrijdag.
06 - 47 15 30 22

{KEMPENPOORT_DISC}
""",
    },
    {
        "id": "d88-confirm-05",
        "kind": "confirm",
        "sender": "Harm Jonker <h.jonker@noordoever.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": f"""\
Akkoord.

H. Jonker
Directeur Werkorganisatie Noordoever

Classificatie: Intern
{NOORDOEVER_MOVE}
""",
    },
    {
        "id": "d88-confirm-06",
        "kind": "confirm",
        "sender": "Sanne de Groot <s.degroot@heuvellandsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": f"""\
{LET_OP}

Geacht secretariaat,

Graag bevestig ik mijn aanmelding voor het netwerk.

Met vriendelijke groet,
Sanne de Groot
directeur Publiekszaken, Heuvelland Samen

{HEUVELLAND_FOOT}
""",
    },
    {
        "id": "d88-confirm-07",
        "kind": "confirm",
        "sender": "Esra Yilmaz <e.yilmaz@heuvellandsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": f"""\
Ja, graag!

Esra Yilmaz | directeur Bedrijfsvoering | Heuvelland Samen
Markt 15, 6271 BD Gulpenrade | 06 24 81 96 03

{HEUVELLAND_FOOT}
""",
    },
    {
        "id": "d88-confirm-08",
        "kind": "confirm",
        "sender": "Marco Timmermans <marco.timmermans@maasenpeel.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": f"""\
Ik bevestig.

Verzonden vanuit Outlook voor iOS

{MAASPEEL_IT}
""",
    },
    {
        "id": "d88-confirm-09",
        "kind": "confirm",
        "sender": "Dirkjan Meulenbelt <d.meulenbelt@leeuwenborgh.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes-wrote",
        "body": """\
Classificatie: Openbaar

Met vriendelijke groet,

D.J. Meulenbelt
gemeentesecretaris / algemeen directeur Werkorganisatie Leeuwenborgh
Burgemeester Pieckplein 1, 6121 GA Leeuwenborgh
(046) 477 30 00 | d.meulenbelt@leeuwenborgh.nl

Gedachte van de dag: "Wie de weg vraagt, verdwaalt niet."
""",
    },
    {
        "id": "d88-confirm-10",
        "kind": "confirm",
        "sender": "Hanneke Smeets <h.smeets@kempenpoort.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": f"""\
Klopt, mijn secretariaat had me al aangemeld. Bij deze bevestigd.

Groet,
Hanneke Smeets
Directeur Ambtelijke organisatie Kempenpoort
Raadhuisplein 4 | 5531 BA Kempenhout

{KEMPENPOORT_DISC}
""",
    },
    {
        "id": "d88-confirm-11",
        "kind": "confirm",
        "sender": "Yvonne Claassen <y.claassen@maasenpeel.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": f"""\
OK

Yvonne Claassen
Directeur Werkorganisatie Maas en Peel
Afwezig op woensdag
Postbus 450, 5800 AL Peelmonde | T 14 0478
LinkedIn: linkedin.com/in/yvonneclaassen | X: @maasenpeel | Instagram: @werkorganisatiemaasenpeel

{MAASPEEL_IT}
""",
    },
    {
        "id": "d88-confirm-12",
        "kind": "confirm",
        "sender": "Bas Oudejans <b.oudejans@triadegemeenten.nl>",
        "subject": f"FW: {S_CONF}",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "body": f"""\
Hierbij bevestigd, dank u.

Bas Oudejans
Algemeen directeur Triade Gemeenten

{TRIADE_DISC}
""",
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "d88-unsubscribe-01",
        "kind": "unsubscribe",
        "sender": "Jan-Willem Koster <jw.koster@kempenpoort.nl>",
        "subject": "[EXTERN] Afmelden netwerk",
        "body": f"""\
[EXTERN] Dit bericht komt van een externe afzender. Controleer het adres voordat u op links klikt.

Beste Stan,

Per 1 juni ga ik met pensioen. Wilt u mij afmelden als lid van het netwerk?

Dank voor de mooie bijeenkomsten van de afgelopen jaren.

Jan-Willem Koster
Directeur Ruimte en Omgeving | Ambtelijke organisatie Kempenpoort
06 - 51 02 84 73

{KEMPENPOORT_DISC}
""",
    },
    {
        "id": "d88-unsubscribe-02",
        "kind": "unsubscribe",
        "sender": "Thea Wijnands <t.wijnands@leeuwenborgh.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """\
Ik kom niet, en ik wil ook geen uitnodigingen meer ontvangen: meld mij alstublieft af als lid.

Met vriendelijke groet,

Thea Wijnands
directeur Werkorganisatie Leeuwenborgh
Burgemeester Pieckplein 1 | 6121 GA Leeuwenborgh
T (046) 477 30 00

Volg ons op Facebook, LinkedIn en Instagram: @leeuwenborgh
Denk aan het milieu voordat u deze mail print.

Dit bericht is vertrouwelijk. Bent u niet de geadresseerde, verwijder het dan en meld het aan de afzender.
This message is confidential. If you are not the addressee, please delete it and notify the sender.
""",
    },
    {
        "id": "d88-unsubscribe-03",
        "kind": "unsubscribe",
        "sender": "Rob Scheepers <r.scheepers@triadegemeenten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": f"""\
Ik heb mij niet aangemeld.

R. Scheepers
Manager Financiën, Triade Gemeenten

{TRIADE_DISC}
""",
    },
    {
        "id": "d88-unsubscribe-04",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Corine Blom <c.blom@vechtstreek-oost.nl>",
        "subject": "Uitschrijving en verwijdering gegevens",
        "body": f"""\
Classificatie: Intern

Geacht secretariaat,

Graag schrijf ik mij uit voor het Netwerk van directeuren van ambtelijke fusieorganisaties. Verwijder daarbij
ook al mijn persoonsgegevens uit uw administratie, op grond van artikel 17 AVG.

Met vriendelijke groet,

Corine Blom
directeur Samenleving | Werkorganisatie Vechtstreek-Oost
Stationsweg 12, 3621 LK Vechtmond | (0346) 25 40 00
Ik werk niet op vrijdag.

{VECHT_DISC}
""",
    },
    {
        "id": "d88-unsubscribe-05",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Frank Muller <f.muller@maasenpeel.nl>",
        "subject": "FW: Uitschrijven",
        "body": f"""\
Goedemorgen,

Mijn verzoek hieronder van drie weken geleden heb ik nog niet bevestigd gezien. Nogmaals: schrijf mij uit en wis
al mijn gegevens uit uw bestanden.

Frank Muller
directeur Werkorganisatie Maas en Peel
T 14 0478

{MAASPEEL_IT}

Van: Frank Muller <f.muller@maasenpeel.nl>
Verzonden: donderdag 4 februari 2027 11:03
Aan: info@ambtelijkefusie.nl
Onderwerp: Uitschrijven

Beste mensen,

Ik verlaat de gemeentelijke sector en wil geen berichten meer van het netwerk. Wilt u mij uitschrijven?

Frank Muller
directeur Werkorganisatie Maas en Peel

{MAASPEEL_IT}
""",
    },
    {
        "id": "d88-unsubscribe-06",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Gerda Hulshof <g.hulshof@beekdal.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": """\
Dit is een vergissing; schrijf mij uit en verwijder al mijn gegevens.

Gerda Hulshof
Manager Klantcontact | Ambtelijke organisatie Beekdal
Molenstraat 3, 7241 CM Beekdal
Ik werk niet op vrijdag

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d88-unsubscribe-07",
        "kind": "unsubscribe",
        "sender": "Henk Boersma <h.boersma@noordoever.nl>",
        "subject": "Opvolging lidmaatschap netwerk",
        "body": f"""\
{NOORDOEVER_MOVE}

Beste Melanie,

Per 1 april vertrek ik bij de werkorganisatie. Mijn opvolger, Sandra Kuipers (s.kuipers@noordoever.nl), neemt
vanaf dan mijn plaats in het netwerk in. Wilt u het lidmaatschap op haar naam zetten?

Met vriendelijke groet,

Henk Boersma
algemeen directeur Werkorganisatie Noordoever
T (0517) 38 20 00 | M 06 30 18 64 72
LinkedIn | X | Facebook
""",
    },
    {
        "id": "d88-unsubscribe-08",
        "kind": "unsubscribe",
        "sender": "Marloes Vink <m.vink@heuvellandsamen.nl>",
        "subject": "FW: Benoeming nieuwe algemeen directeur",
        "body": f"""\
Stan,

Zie hieronder: Rik Hendriks volgt mij per 1 april op. Graag mijn lidmaatschap van het netwerk overzetten naar
hem, r.hendriks@heuvellandsamen.nl.

Marloes Vink
algemeen directeur Heuvelland Samen

{HEUVELLAND_FOOT}

Van: Afdeling HR Heuvelland Samen <hr@heuvellandsamen.nl>
Verzonden: vrijdag 19 februari 2027 09:00
Aan: Alle medewerkers <allen@heuvellandsamen.nl>
Onderwerp: Benoeming nieuwe algemeen directeur

Classificatie: Intern

Beste collega's,

Met genoegen maken wij bekend dat Rik Hendriks per 1 april 2027 de nieuwe algemeen directeur van Heuvelland
Samen wordt. Hij volgt Marloes Vink op, die na acht jaar afscheid neemt. Over het afscheid volgt later bericht.

Met vriendelijke groet,
Team HR

Van: Rik Hendriks <r.hendriks@heuvellandsamen.nl>
Verzonden: donderdag 18 februari 2027 15:20
Aan: Afdeling HR Heuvelland Samen <hr@heuvellandsamen.nl>
Onderwerp: RE: tekst aankondiging

Prima zo, van mijn kant akkoord met de tekst.
Rik

{HEUVELLAND_FOOT}
""",
    },
    {
        "id": "d88-unsubscribe-09",
        "kind": "unsubscribe",
        "sender": "Arjen Dijkstra <a.dijkstra@leeuwenborgh.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": """\
Dank u. Mijn opvolger is Bart Veenstra (b.veenstra@leeuwenborgh.nl); hij neemt mijn plek per 1 april over.

Arjen Dijkstra
Werkorganisatie Leeuwenborgh
Rubricering: Openbaar
""",
    },
    {
        "id": "d88-unsubscribe-10",
        "kind": "unsubscribe",
        "sender": "Paul Verstegen <p.verstegen@werkorganisatie-zuidrand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": f"""\
afmelden

Paul Verstegen
directeur Bedrijfsvoering | Werkorganisatie De Zuidrand
Postbus 210, 4700 AE Zuidrand
T 14 0165 | M 06 14 58 30 27
Volg ons op LinkedIn: linkedin.com/company/werkorganisatie-de-zuidrand

Denk aan het milieu voordat u deze e-mail print.

{ZUIDRAND_DISC}
""",
    },
    {
        "id": "d88-unsubscribe-11",
        "kind": "unsubscribe",
        "sender": "Ellen Kramer <e.kramer@beekdal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes-wrote",
        "body": """\
Beste Melanie,

De ambtelijke samenwerking wordt per 1 januari ontbonden en mijn functie vervalt. Ik kom dus niet op 11 maart
en meld me ook af als lid van het netwerk.

Hartelijke groet,
Ellen Kramer
directeur Ambtelijke organisatie Beekdal

Ambtelijke organisatie Beekdal | Molenstraat 3 | 7241 CM Beekdal | 0573 - 29 88 00
Bezoek ons op afspraak. Volg ons op LinkedIn.
""",
    },
    {
        "id": "d88-unsubscribe-12",
        "kind": "unsubscribe",
        "sender": "Mustafa Aydin <m.aydin@kempenpoort.nl>",
        "subject": "Uitschrijven",
        "body": f"""\
Goedendag,

Uitschrijven s.v.p.: ik heb een functie buiten het openbaar bestuur aanvaard.

Mustafa Aydin
Directeur Dienstverlening | Ambtelijke organisatie Kempenpoort
Ik werk niet op vrijdag.

{KEMPENPOORT_DISC}
""",
    },
    {
        "id": "d88-unsubscribe-13",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Wouter Segers <wouter.segers@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": """\
Haal mij van uw lijst en verwijder wat u van mij bewaart, ik ben geen directeur meer.

Wouter

--
"Het leven is wat je gebeurt terwijl je andere plannen maakt."
""",
    },
    {
        "id": "d88-unsubscribe-14",
        "kind": "unsubscribe",
        "sender": "Nicole Aarts <n.aarts@vechtstreek-oost.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": f"""\
Dit was ik niet.

Nicole Aarts | teamleider Burgerzaken
Werkorganisatie Vechtstreek-Oost

{VECHT_DISC}
""",
    },
    # ------------------------------------------------------------------ rsvp, yes
    {
        "id": "d88-rsvp-01",
        "kind": "rsvp",
        "attending": True,
        "sender": "Peter Wouters <p.wouters@werkorganisatie-zuidrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": f"""\
Ja, ik kom.

Met vriendelijke groet,

Peter Wouters
algemeen directeur | Werkorganisatie De Zuidrand
Postbus 210, 4700 AE Zuidrand
T 14 0165 | M 06 41 27 83 09
Ik werk niet op vrijdag.

Volg ons op LinkedIn: linkedin.com/company/werkorganisatie-de-zuidrand
X: @wo_zuidrand | Instagram: @dezuidrand

Denk aan het milieu voordat u deze e-mail print.

{ZUIDRAND_DISC}
""",
    },
    {
        "id": "d88-rsvp-02",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ingrid Post <i.post@noordoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": f"""\
Ik ben erbij op de 11e.

Ingrid Post
directeur Dienstverlening & Bedrijfsvoering
Werkorganisatie Noordoever
T (0517) 38 20 00 | M 06 27 70 31 55
Afwezig op woensdag.

{NOORDOEVER_MOVE}
""",
    },
    {
        "id": "d88-rsvp-03",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sanne de Groot <s.degroot@heuvellandsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": f"""\
{LET_OP}

Leuk! Ik kom, samen met mijn collega van Publiekszaken: dus met twee personen.

Sanne

Sanne de Groot
directeur Publiekszaken, Heuvelland Samen

{HEUVELLAND_FOOT}
""",
    },
    {
        "id": "d88-rsvp-04",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joris Lammers <j.lammers@kempenpoort.nl>",
        "subject": f"FW: {S_INV}",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": f"""\
Goedemiddag,

Mijn secretariaat stuurde mij de uitnodiging door. Ik ben er graag bij op 11 maart.

Joris Lammers
directeur Sociaal Domein, Ambtelijke organisatie Kempenpoort
Ik werk niet op vrijdag.

{KEMPENPOORT_DISC}
""",
    },
    {
        "id": "d88-rsvp-05",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dirkjan Meulenbelt <d.meulenbelt@leeuwenborgh.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-en",
        "body": """\
De nieuwe datum past ook in mijn agenda; ik blijf aangemeld.

Classificatie: Openbaar

D.J. Meulenbelt
gemeentesecretaris / algemeen directeur Werkorganisatie Leeuwenborgh
(046) 477 30 00

Gedachte van de dag: "Een goed begin is het halve werk."
""",
    },
    {
        "id": "d88-rsvp-06",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mustafa Aydin <m.aydin@kempenpoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": f"""\
Ja, ik kom graag.

Mustafa Aydin
Directeur Dienstverlening | Ambtelijke organisatie Kempenpoort

{KEMPENPOORT_DISC}
""",
    },
    {
        "id": "d88-rsvp-07",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sandra Kuipers <s.kuipers@noordoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-en",
        "body": f"""\
Dank voor de uitnodiging, ik kom graag in plaats van Dirk.

Sandra Kuipers
adjunct-directeur Werkorganisatie Noordoever
M 06 58 04 37 19

{NOORDOEVER_MOVE}

Dit bericht is uitsluitend bestemd voor de geadresseerde. Onbedoeld ontvangen? Verwijder het en laat het de
afzender weten. / Intended for the addressee only. Received unintentionally? Delete it and tell the sender.
""",
    },
    {
        "id": "d88-rsvp-08",
        "kind": "rsvp",
        "attending": True,
        "sender": "Karin Dekkers <karin.dekkers@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": """\
Vorige week schreef ik dat ik niet kon, maar mijn afspraak is verzet: ik kom toch.

Karin Dekkers
directeur Gemeente West - werkorganisatie
(privéadres, mijn werkmail ligt eruit)

Verstuurd vanaf mijn Samsung Galaxy-smartphone.
""",
    },
    {
        "id": "d88-rsvp-09",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yvonne Claassen <y.claassen@maasenpeel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": f"""\
Graag aanwezig.

Classificatie: Intern

Yvonne Claassen
Directeur Werkorganisatie Maas en Peel
Afwezig op woensdag
Postbus 450, 5800 AL Peelmonde | T 14 0478

"Verandering is de enige constante." - quote van de dag

{MAASPEEL_IT}
""",
    },
    # ------------------------------------------------------------------ rsvp, no
    {
        "id": "d88-rsvp-10",
        "kind": "rsvp",
        "attending": False,
        "sender": "Geert Hofstede <g.hofstede@werkorganisatie-zuidrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": f"""\
Helaas, ik kan die donderdag niet.

Met groet,
Geert Hofstede
adjunct-directeur | Werkorganisatie De Zuidrand
M 06 50 83 12 96
Ik werk niet op vrijdag.

{ZUIDRAND_DISC}
""",
    },
    {
        "id": "d88-rsvp-11",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wim Habets <w.habets@heuvellandsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": f"""\
Classificatie: Intern

Beste Stan,

Zelf zit ik op 11 maart in een raadsvergadering. In mijn plaats komt Esra Yilmaz, directeur Bedrijfsvoering
(e.yilmaz@heuvellandsamen.nl).

Hartelijke groet,
Wim Habets
algemeen directeur Heuvelland Samen
Telefoon 14 043 | Mobiel 06 53 18 27 40

{HEUVELLAND_FOOT}
""",
    },
    {
        "id": "d88-rsvp-12",
        "kind": "rsvp",
        "attending": False,
        "sender": "Thea Wijnands <t.wijnands@leeuwenborgh.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": """\
helaas, ik kan niet

Thea Wijnands
directeur Werkorganisatie Leeuwenborgh

Dit bericht is vertrouwelijk. Hebt u het per abuis ontvangen, gelieve dit bericht te verwijderen en de afzender
te informeren. This message is confidential; if you received it in error, please delete it and inform the sender.
""",
    },
    {
        "id": "d88-rsvp-13",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frank Muller <f.muller@maasenpeel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": f"""\
{MAASPEEL_IT}

Goedemorgen,

Op 11 maart heb ik een bestuurlijk overleg in de regio, dus ik moet helaas verstek laten gaan.

Frank Muller
directeur Werkorganisatie Maas en Peel
""",
    },
    {
        "id": "d88-rsvp-14",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lotte Brinkman <l.brinkman@vechtstreek-oost.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": f"""\
Ik kan toch niet, u mag mij van de wachtlijst afhalen.

Lotte Brinkman
directeur Ruimte | Werkorganisatie Vechtstreek-Oost
Volg ons: facebook.com/vechtstreekoost | x.com/vechtstreekoost

{VECHT_DISC}
""",
    },
    {
        "id": "d88-rsvp-15",
        "kind": "rsvp",
        "attending": False,
        "sender": "Secretariaat directie Triade <secretariaat.directie@triadegemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": f"""\
Geachte heer Van de Laar,

Namens mevrouw Jansen laat ik u weten dat zij helaas verhinderd is op 11 maart.

Met vriendelijke groet,

Petra Smulders
Directiesecretaresse Triade Gemeenten
Kerkplein 1, 3941 EJ Driebergen-Oost | T 14 0343
Aanwezig: ma, di, do

{TRIADE_DISC}
""",
    },
    {
        "id": "d88-rsvp-16",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Kolenbrander <ruud.kolenbrander@hotmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": """\
Ik kan er helaas niet bij zijn, ik zit die week in het buitenland.

Groet, Ruud

~~~
"De beste manier om de toekomst te voorspellen is haar te creëren."
Ruud Kolenbrander | directeur Werkorganisatie Noordoever
LinkedIn: linkedin.com/in/ruudkolenbrander | X: @ruudkolenbrander
""",
    },
    {
        "id": "d88-rsvp-17",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerrit Zwart <g.zwart@beekdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": """\
Op 11 maart lukt het me niet, maar ik blijf graag lid en kom de volgende keer weer.

Gerrit Zwart
algemeen directeur Ambtelijke organisatie Beekdal
Molenstraat 3, 7241 CM Beekdal | 0573 - 29 88 00

Heeft u deze e-mail per abuis ontvangen? Gelieve de afzender te informeren en de e-mail te verwijderen.
""",
    },
    {
        "id": "d88-rsvp-18",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tom Verhagen <t.verhagen@triadegemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": f"""\
Geen onderwerp van mijn kant, en op 11 maart ben ik er helaas niet bij.

Tom Verhagen
directeur Bedrijfsvoering | Triade Gemeenten

{TRIADE_DISC}
""",
    },
    # ------------------------------------------------------------------ suggestion
    {
        "id": "d88-suggestion-01",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Paul Verstegen <p.verstegen@werkorganisatie-zuidrand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": f"""\
Mijn onderwerp: strategische personeelsplanning. Hoe houden we onze formatie gevuld nu vakspecialisten
nauwelijks te vinden zijn?

Paul Verstegen
directeur Bedrijfsvoering | Werkorganisatie De Zuidrand
T 14 0165 | M 06 14 58 30 27
Ik werk niet op vrijdag.

{ZUIDRAND_DISC}
""",
    },
    {
        "id": "d88-suggestion-02",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sanne de Groot <s.degroot@heuvellandsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": f"""\
Ik zou graag praten over één ondernemersloket voor alle deelnemende gemeenten: hoe bieden we ondernemers één
aanspreekpunt voor vergunningen, subsidies en vragen?

Sanne de Groot
directeur Publiekszaken, Heuvelland Samen

{HEUVELLAND_FOOT}
""",
    },
    {
        "id": "d88-suggestion-03",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hanneke Smeets <h.smeets@kempenpoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": f"""\
Beste Stan en Melanie,

Actueel bij ons: één van de drie gemeenten overweegt uit de gemeenschappelijke regeling te stappen. Ik wil graag
met collega's bespreken hoe je de verhouding tussen de deelnemende gemeenten goed houdt als een partner twijfelt.

Groet,
Hanneke Smeets
Directeur Ambtelijke organisatie Kempenpoort

{KEMPENPOORT_DISC}
""",
    },
    {
        "id": "d88-suggestion-04",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Jeroen Alblas <j.alblas@vechtstreek-oost.nl>",
        "thread": "call_for_themes",
        "subject": f"RE: [EXTERN] {S_CALL}",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": f"""\
Voorstel: een langetermijnvisie op de werkorganisatie richting 2035. Waar willen we als organisatie staan, en
welke inhoudelijke agenda hoort daarbij?

Jeroen Alblas | gemeentesecretaris / algemeen directeur
Werkorganisatie Vechtstreek-Oost
Spreuk van de dag: "Wie niet weet waar hij heen wil, komt nooit aan."

{VECHT_DISC}
""",
    },
    {
        "id": "d88-suggestion-05",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Yvonne Claassen <y.claassen@maasenpeel.nl>",
        "subject": f"FW: {S_CALL}",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": f"""\
Beste Melanie,

Ik heb de oproep in ons MT besproken (zie hieronder). Ons onderwerp: de overstap van drie zaaksystemen naar één
gezamenlijk systeem. Hoe hebben anderen de migratie en de nieuwe werkprocessen aangepakt?

Yvonne Claassen
Directeur Werkorganisatie Maas en Peel
Afwezig op woensdag

{MAASPEEL_IT}

Van: Bram Pijnenburg <b.pijnenburg@maasenpeel.nl>
Verzonden: maandag 11 januari 2027 14:05
Aan: Yvonne Claassen <y.claassen@maasenpeel.nl>
Onderwerp: RE: {S_CALL}

Yvonne, het zaaksysteem lijkt me het meest urgent. Informatieveiligheid kan ook, maar dat ligt bij ons goed.
Bram

Bram Pijnenburg | manager I&A | Werkorganisatie Maas en Peel

Van: Yvonne Claassen <y.claassen@maasenpeel.nl>
Verzonden: maandag 11 januari 2027 09:47
Aan: MT Maas en Peel <mt@maasenpeel.nl>
Onderwerp: FW: {S_CALL}

Collega's, hebben jullie een idee voor het atelier? Graag voor vrijdag.
Yvonne
""",
    },
    {
        "id": "d88-suggestion-06",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "H. Jonker <h.jonker@noordoever.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": f"""\
Ik kom zeker. Onderwerp: hoe monitoren jullie de prestaties van het klantcontactcentrum? Wij zoeken goede
indicatoren voor wachttijd en klanttevredenheid die we per gemeente kunnen laten zien.

H. Jonker
Directeur Werkorganisatie Noordoever

Classificatie: Intern
{NOORDOEVER_MOVE}
""",
    },
    {
        "id": "d88-suggestion-07",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Bas Oudejans <b.oudejans@triadegemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": f"""\
Geacht secretariaat,

Mijn suggestie: hoe bundel je de bestuurlijke prioriteiten van drie colleges met elk een eigen coalitieakkoord
tot één strategische meerjarenagenda voor de werkorganisatie, zonder dat één gemeente zich tekortgedaan voelt?

Met vriendelijke groet,

drs. B.J. (Bas) Oudejans MPA
Algemeen directeur Triade Gemeenten
Kerkplein 1, 3941 EJ Driebergen-Oost

{TRIADE_DISC}
""",
    },
    {
        "id": "d88-suggestion-08",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ellen Kramer <e.kramer@beekdal.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": """\
Dank voor het verslag. Voor de volgende keer: de positie van een fusieorganisatie van kleine gemeenten naast de
centrumgemeente in de regio. Hoe zorg je dat je aan tafel zit bij de regionale deals?

Ellen Kramer
directeur Ambtelijke organisatie Beekdal
Molenstraat 3 | 7241 CM Beekdal | 0573 - 29 88 00
Ik werk niet op vrijdag.

Heeft u deze e-mail per abuis ontvangen? Gelieve de afzender te informeren en de e-mail te verwijderen.
""",
    },
    {
        "id": "d88-suggestion-09",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Esra Yilmaz <e.yilmaz@heuvellandsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": f"""\
Nog een aanvulling: informatiebeveiliging en cyberweerbaarheid van de werkorganisatie, na de hack bij een
buurgemeente vorig jaar.

Esra Yilmaz | directeur Bedrijfsvoering | Heuvelland Samen

{HEUVELLAND_FOOT}
""",
    },
    {
        "id": "d88-suggestion-10",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sandra Kuipers <s.kuipers@noordoever.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": f"""\
Dank voor het welkom! Een onderwerp heb ik al: hoe meten jullie of inwoners in alle gemeenten even tevreden zijn
over de dienstverlening aan de balie en online?

Sandra Kuipers
adjunct-directeur Werkorganisatie Noordoever

{NOORDOEVER_MOVE}
""",
    },
    {
        "id": "d88-suggestion-11",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Tom Verhagen <t.verhagen@triadegemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": f"""\
Grip op de stijgende kosten van ICT-licenties en clouddiensten in de begroting.

Tom Verhagen
directeur Bedrijfsvoering | Triade Gemeenten
T 14 0343 | M 06 38 02 71 14

LET OP: WIJ VERHUIZEN! Vanaf 15 maart zit Triade Gemeenten in het nieuwe Gemeentehuis, Brinklaan 7,
3941 KL Driebergen-Oost. Telefoonnummers en e-mailadressen blijven gelijk.

{TRIADE_DISC}
""",
    },
    {
        "id": "d88-suggestion-12",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Gerda Hulshof <g.hulshof@beekdal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": """\
Voorstel: de inzet van een AI-chatbot bij het klantcontact. Wat levert het inwoners op, en wat betekent het voor
onze werkprocessen en de formatie van het KCC?

Gerda Hulshof
Manager Klantcontact | Ambtelijke organisatie Beekdal
Ik werk niet op vrijdag
""",
    },
    {
        "id": "d88-suggestion-13",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Ingrid Post <i.post@noordoever.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": f"""\
Hoe houd je als werkorganisatie een eigen koers voor de lange termijn vast, als de besturen elke vier jaar
wisselen en de prioriteiten telkens verschuiven?

Ingrid Post
directeur Dienstverlening & Bedrijfsvoering
Afwezig op woensdag.
Quote van de dag: "Koers houden is iets anders dan stilstaan."

{NOORDOEVER_MOVE}
""",
    },
    {
        "id": "d88-suggestion-14",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Corine Blom <c.blom@vechtstreek-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": f"""\
{LET_OP}

Goedemiddag,

Onderwerp voor het atelier: de gezamenlijke regionale opgaven (woningbouw, energie). Hoe verdelen we de rollen
tussen de deelnemende gemeenten, de werkorganisatie en de regio?

Corine Blom
directeur Samenleving | Werkorganisatie Vechtstreek-Oost

{VECHT_DISC}
""",
    },
    # ------------------------------------------------------------------ autoreply
    {
        "id": "d88-autoreply-01",
        "kind": "autoreply",
        "sender": "Peter Wouters <p.wouters@werkorganisatie-zuidrand.nl>",
        "thread": "invitation",
        "subject": f"Automatisch antwoord: {S_INV}",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": f"""\
Dank voor uw bericht. Ik ben afwezig tot en met maandag 8 maart en lees mijn e-mail niet. Uw bericht wordt niet
doorgestuurd. Voor dringende zaken kunt u contact opnemen met het directiesecretariaat via 14 0165.

Met vriendelijke groet,

Peter Wouters
algemeen directeur | Werkorganisatie De Zuidrand

Denk aan het milieu voordat u deze e-mail print.

{ZUIDRAND_DISC}
""",
    },
    {
        "id": "d88-autoreply-02",
        "kind": "autoreply",
        "sender": "Wim Habets <w.habets@heuvellandsamen.nl>",
        "thread": "call_for_themes",
        "subject": f"Automatisch antwoord: {S_CALL}",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": f"""\
Classificatie: Intern

Ik ben met vakantie tot 25 januari. Uw e-mail lees ik na terugkomst.
I am on holiday until 25 January. I will read your e-mail when I return.

Wim Habets
algemeen directeur Heuvelland Samen

{HEUVELLAND_FOOT}
""",
    },
    {
        "id": "d88-autoreply-03",
        "kind": "autoreply",
        "sender": "Thea Wijnands <t.wijnands@leeuwenborgh.nl>",
        "thread": "reminder",
        "subject": f"Afwezig: {S_REM}",
        "body": """\
Beste afzender,

Tot en met 12 maart ben ik niet op kantoor. Voor zaken die niet kunnen wachten kunt u terecht bij mijn
managementassistent, Ilse Hermans (i.hermans@leeuwenborgh.nl).

Thea Wijnands
directeur Werkorganisatie Leeuwenborgh

Gedachte van de dag: "Rust roest niet."
""",
    },
    {
        "id": "d88-autoreply-04",
        "kind": "autoreply",
        "sender": "Joris Lammers <j.lammers@kempenpoort.nl>",
        "thread": "confirmation",
        "subject": f"Automatisch antwoord: {S_CONF}",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": f"""\
Op vrijdag ben ik niet werkzaam. Uw e-mail lees ik op maandag. Bij spoed kunt u bellen met 06 - 47 15 30 22.

Joris Lammers
directeur Sociaal Domein, Ambtelijke organisatie Kempenpoort

{KEMPENPOORT_DISC}
""",
    },
    {
        "id": "d88-autoreply-05",
        "kind": "autoreply",
        "sender": "Gemeente Noordoever <info@noordoever.nl>",
        "thread": "invitation",
        "subject": f"Ontvangstbevestiging: {S_INV}",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": f"""\
Geachte heer/mevrouw,

Hartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en streven ernaar u binnen vijf
werkdagen te antwoorden. Deze bevestiging is automatisch verzonden; u kunt er niet op reageren.

Met vriendelijke groet,
Klantcontactcentrum Werkorganisatie Noordoever

{NOORDOEVER_MOVE}
""",
    },
    {
        "id": "d88-autoreply-06",
        "kind": "autoreply",
        "sender": "Frank Muller <f.muller@maasenpeel.nl>",
        "thread": "invitation",
        "subject": f"Automatisch antwoord: {S_INV}",
        "body": f"""\
Dit e-mailadres is niet meer in gebruik. Frank Muller is niet langer werkzaam bij Werkorganisatie Maas en Peel.
Uw bericht is niet doorgestuurd. Voor vragen kunt u mailen naar directie@maasenpeel.nl.

{MAASPEEL_IT}
""",
    },
    {
        "id": "d88-autoreply-07",
        "kind": "autoreply",
        "sender": "Corine Blom <c.blom@vechtstreek-oost.nl>",
        "thread": "call_for_themes",
        "subject": f"Automatisch antwoord: [EXTERN] {S_CALL}",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": f"""\
Ik ben afwezig van 11 tot en met 22 januari en heb beperkt toegang tot mijn e-mail. Uw bericht wordt niet
automatisch doorgestuurd.

Corine Blom
directeur Samenleving | Werkorganisatie Vechtstreek-Oost
Ik werk niet op vrijdag.

{VECHT_DISC}
""",
    },
    {
        "id": "d88-autoreply-08",
        "kind": "autoreply",
        "sender": "Ingrid Post <i.post@noordoever.nl>",
        "thread": "reminder",
        "subject": f"Out of Office: {S_REM}",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """\
Op woensdag werk ik niet. Ik beantwoord uw bericht zo snel mogelijk op donderdag.
I do not work on Wednesdays. I will reply to your message on Thursday.

Ingrid Post
directeur Dienstverlening & Bedrijfsvoering, Werkorganisatie Noordoever

Dit bericht is uitsluitend bestemd voor de geadresseerde. Onbedoeld ontvangen? Verwijder het dan.
""",
    },
    {
        "id": "d88-autoreply-09",
        "kind": "autoreply",
        "sender": "Secretariaat directie Beekdal <secretariaat.directie@beekdal.nl>",
        "thread": "confirmation",
        "subject": f"Uw bericht is ontvangen (zaaknummer Z-2027-01873): {S_CONF}",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """\
Dit is een automatische bevestiging van ontvangst. Uw e-mail is geregistreerd onder zaaknummer Z-2027-01873 en
doorgezet naar de behandelend medewerker. Vermeld dit zaaknummer bij verdere correspondentie.

Ambtelijke organisatie Beekdal | Molenstraat 3 | 7241 CM Beekdal | 0573 - 29 88 00
Heeft u deze e-mail per abuis ontvangen? Gelieve de afzender te informeren en de e-mail te verwijderen.
""",
    },
    {
        "id": "d88-autoreply-10",
        "kind": "autoreply",
        "sender": "Lotte Brinkman <l.brinkman@vechtstreek-oost.nl>",
        "thread": "invitation",
        "subject": f"Automatisch antwoord: {S_INV}",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": f"""\
Ik ben met zwangerschapsverlof tot 1 juni 2027. Mijn taken worden waargenomen door Joost Meijer
(j.meijer@vechtstreek-oost.nl). Uw e-mail wordt niet doorgestuurd en na mijn verlof niet gelezen.

Lotte Brinkman
directeur Ruimte | Werkorganisatie Vechtstreek-Oost

{VECHT_DISC}
""",
    },
    # ------------------------------------------------------------------ other
    {
        "id": "d88-other-01",
        "kind": "other",
        "sender": "Gerrit Zwart <g.zwart@beekdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """\
Is er parkeergelegenheid bij het Stadskantoor, of kan ik beter met de trein komen?

Gerrit Zwart
algemeen directeur Ambtelijke organisatie Beekdal

Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Hebt u het ten onrechte ontvangen,
gelieve dit bericht te verwijderen en de afzender te verwittigen. This message is confidential; if received in
error, please delete it and notify the sender.
""",
    },
    {
        "id": "d88-other-02",
        "kind": "other",
        "sender": "Yvonne Claassen <y.claassen@maasenpeel.nl>",
        "subject": "Nieuw e-mailadres",
        "body": f"""\
{MAASPEEL_IT}

Beste Stan,

Met de overstap naar de nieuwe werkplek verandert per 1 april mijn e-mailadres in
yvonne.claassen@werkorganisatiemaasenpeel.nl. Wilt u uw bestand aanpassen?

Yvonne Claassen
Directeur Werkorganisatie Maas en Peel
""",
    },
    {
        "id": "d88-other-03",
        "kind": "other",
        "sender": "Fatima el Amrani <f.elamrani@beekdal.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": """\
Kunnen jullie mij de presentatie van de tweede spreker toesturen? Die wil ik graag met mijn MT delen.

Fatima el Amrani
directeur Ambtelijke organisatie Beekdal
afwezig op woensdag
""",
    },
    {
        "id": "d88-other-04",
        "kind": "other",
        "sender": "Marloes Vink <m.vink@heuvellandsamen.nl>",
        "subject": "Vraag over lidmaatschap",
        "body": f"""\
Beste Melanie,

Mag onze adjunct-directeur ook lid worden, of is het netwerk alleen bedoeld voor de eindverantwoordelijke
directeur?

Hartelijke groet,
Marloes Vink
algemeen directeur Heuvelland Samen

{HEUVELLAND_FOOT}
""",
    },
    {
        "id": "d88-other-05",
        "kind": "other",
        "sender": "Wim Habets <w.habets@heuvellandsamen.nl>",
        "subject": "Inzage gegevens",
        "body": f"""\
Geacht secretariaat,

Welke gegevens over mij bewaart u in het kader van het netwerk, en met wie worden die gedeeld? Ik ontvang graag
een overzicht.

Met vriendelijke groet,
Wim Habets

{HEUVELLAND_FOOT}
""",
    },
    {
        "id": "d88-other-06",
        "kind": "other",
        "sender": "Henk Boersma <h.boersma@noordoever.nl>",
        "subject": "Aanmelding MT-leden",
        "body": f"""\
{LET_OP}

Goedemorgen,

Wilt u ons hele managementteam aanmelden voor het netwerk? Het gaat om:
- Ingrid Post, i.post@noordoever.nl
- Harm Jonker, h.jonker@noordoever.nl
- Anouk Verbeek, a.verbeek@noordoever.nl

Henk Boersma
algemeen directeur Werkorganisatie Noordoever
{NOORDOEVER_MOVE}
""",
    },
    {
        "id": "d88-other-07",
        "kind": "other",
        "sender": "Petra Smulders <secretariaat.directie@triadegemeenten.nl>",
        "subject": "FW: afscheid K. de Boer",
        "body": f"""\
Geachte heer, mevrouw,

Ter informatie: de heer K. de Boer is per 1 februari uit dienst getreden, zie het bericht hieronder. Zijn
mailbox wordt eind maart opgeheven.

Met vriendelijke groet,
Petra Smulders
Directiesecretaresse Triade Gemeenten

Van: Koen de Boer <k.deboer@triadegemeenten.nl>
Verzonden: vrijdag 29 januari 2027 16:55
Aan: Alle medewerkers <allen@triadegemeenten.nl>
Onderwerp: afscheid K. de Boer

Classificatie: Intern

Lieve collega's,

Vandaag is mijn laatste werkdag. Dank voor alle jaren samenwerking!

Koen

{TRIADE_DISC}
""",
    },
    {
        "id": "d88-other-08",
        "kind": "other",
        "sender": "Nadia Ouali <n.ouali@publiekpartners.nl>",
        "subject": "Samenwerkingsvoorstel: ondersteuning bij ambtelijke fusies",
        "body": """\
Geachte leden van het netwerk,

PubliekPartners begeleidt sinds 2012 gemeenten bij ambtelijke fusies en de doorontwikkeling van
werkorganisaties. Graag verzorgen wij kosteloos een workshop tijdens een van uw ateliers. Mag ik u daarover
eens bellen?

Met vriendelijke groet,

Nadia Ouali
Senior adviseur | PubliekPartners B.V.
Stationsplein 45, 3511 ED Utrecht | T 030 - 799 12 00
www.publiekpartners.nl | LinkedIn | X

Wilt u geen berichten meer van PubliekPartners ontvangen? Afmelden kan via www.publiekpartners.nl/afmelden.
Dit bericht is vertrouwelijk; bent u niet de geadresseerde, verwijder het dan.
""",
    },
    {
        "id": "d88-other-09",
        "kind": "other",
        "sender": "Arjen Dijkstra <a.dijkstra@leeuwenborgh.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": """\
Wat een inspirerende middag was het. Dank aan jullie allebei voor de organisatie!

Arjen

Arjen Dijkstra
directeur Werkorganisatie Leeuwenborgh
Spreuk van de dag: "Goed voorbeeld doet goed volgen."
Rubricering: Openbaar
""",
    },
    {
        "id": "d88-other-10",
        "kind": "other",
        "sender": "Jeroen Alblas <j.alblas@vechtstreek-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": f"""\
Geen onderwerp, wel een idee: houd het atelier eens bij een van de leden op locatie, en maak er dan een hele
dag van met een werkbezoek in de ochtend.

Jeroen Alblas | gemeentesecretaris / algemeen directeur
Werkorganisatie Vechtstreek-Oost

{VECHT_DISC}
""",
    },
    {
        "id": "d88-other-11",
        "kind": "other",
        "sender": "Anouk Verbeek <a.verbeek@noordoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": f"""\
Ik kom graag, mits ik om 16.00 uur weg kan. Mis ik dan het belangrijkste deel van het programma?

ir. A.M. (Anouk) Verbeek
Directeur Werkorganisatie Noordoever
{NOORDOEVER_MOVE}

Dit bericht is uitsluitend bestemd voor de geadresseerde. Mocht u het onbedoeld hebben ontvangen, wilt u het dan
verwijderen en de afzender inlichten?
""",
    },
    {
        "id": "d88-other-12",
        "kind": "other",
        "sender": "Loes Bruggink <secretariaat.directie@beekdal.nl>",
        "subject": "Atelier 11 maart",
        "body": """\
Classificatie: Intern

Geachte heer, mevrouw,

Namens de heer Van Dijk laat ik u weten dat hij aanwezig zal zijn bij het atelier van 11 maart.

Met vriendelijke groet,

Loes Bruggink
managementassistent directie
Ambtelijke organisatie Beekdal | Molenstraat 3 | 7241 CM Beekdal
T 0573 - 29 88 00
Mijn werkdagen zijn maandag t/m donderdag.

Heeft u deze e-mail per abuis ontvangen? Gelieve de afzender te informeren en de e-mail te verwijderen.
""",
    },
    {
        "id": "d88-other-13",
        "kind": "other",
        "sender": "Mustafa Aydin <m.aydin@kempenpoort.nl>",
        "subject": "Kandidaat Adviesraad",
        "body": f"""\
Beste Stan en Melanie,

Ik heb gelezen dat de Adviesraad nieuwe leden zoekt. Graag stel ik mij kandidaat; mijn cv stuur ik mee.

Mustafa Aydin
Directeur Dienstverlening | Ambtelijke organisatie Kempenpoort
Ik werk niet op vrijdag.

{KEMPENPOORT_DISC}
""",
    },
    {
        "id": "d88-other-14",
        "kind": "other",
        "sender": "Bram Pijnenburg <b.pijnenburg@maasenpeel.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": f"""\
Ik heb mij nergens aangemeld. Hoe komt u aan mijn e-mailadres?

Bram Pijnenburg | manager I&A | Werkorganisatie Maas en Peel

{MAASPEEL_IT}
""",
    },
    {
        "id": "d88-other-15",
        "kind": "other",
        "sender": "Hanneke Smeets <h.smeets@kempenpoort.nl>",
        "subject": "Collega wil ook lid worden",
        "body": f"""\
[EXTERN]

Hoi Melanie,

Mijn collega Thijs Bakker, directeur Sociaal Domein bij onze buurorganisatie, wil ook graag lid worden. Kun je
hem aanmelden?

Groet,
Hanneke Smeets
Directeur Ambtelijke organisatie Kempenpoort

{KEMPENPOORT_DISC}
""",
    },
    {
        "id": "d88-other-16",
        "kind": "other",
        "sender": "Ruud Kolenbrander <r.kolenbrander@noordoever.nl>",
        "subject": "FW: vraag wethouder over atelier",
        "body": f"""\
Stan,

Kunnen jullie onderstaande vraag van onze wethouder beantwoorden? Ik weet het zelf niet precies.

Ruud Kolenbrander
Directeur Werkorganisatie Noordoever
{NOORDOEVER_MOVE}

Van: Ruud Kolenbrander <r.kolenbrander@noordoever.nl>
Verzonden: dinsdag 2 maart 2027 08:30
Aan: Wethouder Van Leeuwen <wethouder.vanleeuwen@noordoever.nl>
Onderwerp: RE: vraag wethouder over atelier

Goede vraag, ik leg hem bij het secretariaat neer.

Van: Wethouder Van Leeuwen <wethouder.vanleeuwen@noordoever.nl>
Verzonden: maandag 1 maart 2027 21:14
Aan: Ruud Kolenbrander <r.kolenbrander@noordoever.nl>
Onderwerp: vraag wethouder over atelier

Ruud, worden de verslagen van die ateliers ook met de colleges gedeeld, of blijven ze binnen het netwerk?

Verzonden vanaf mijn iPhone
""",
    },
    {
        "id": "d88-other-17",
        "kind": "other",
        "sender": "Dirkjan Meulenbelt <d.meulenbelt@leeuwenborgh.nl>",
        "thread": "invitation",
        "subject": f"RE: [EXTERN] {S_INV}",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": """\
Ik heb deze uitnodiging nu drie keer ontvangen, op drie verschillende adressen. Kan dat worden rechtgezet?

D.J. Meulenbelt
gemeentesecretaris / algemeen directeur Werkorganisatie Leeuwenborgh

Dit bericht kan vertrouwelijke informatie bevatten. Indien u niet de geadresseerde bent, gelieve dit bericht te
verwijderen en de afzender te waarschuwen.
""",
    },
    {
        "id": "d88-other-18",
        "kind": "other",
        "sender": "Geert Hofstede <g.hofstede@werkorganisatie-zuidrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": f"""\
Ik kom. Krijg ik na afloop een bewijs van deelname? Dat heb ik nodig voor mijn opleidingsdossier.

Geert Hofstede
adjunct-directeur | Werkorganisatie De Zuidrand

Denk aan het milieu voordat u deze e-mail print.

{ZUIDRAND_DISC}
""",
    },
]
# fmt: on
