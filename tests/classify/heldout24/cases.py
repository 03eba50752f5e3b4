"""heldout24: one year in the mailbox info@ambtelijkefusie.nl, written as the mail would arrive (issue 17).

HELD-OUT set. Never tuned on. It only measures, and was written independently of the classifier, its training
data and every other labelled set.

The year runs from January to December over two atelier cycles. Spring: the call for themes (January), the
invitation (February), the reminder and the follow-up mail (March). Autumn: the call for themes (late August), the
invitation and a change of date (October), the reminder and the follow-up (November). Sign-ups with their
confirmations, leaves, AVG erasures, hand-overs to successors, machine answers and the mail only a person can handle
come in between. Our quoted mails are the fixed snapshot in ``quoted_mails.json``, so the autumn replies quote the
March texts; the writers' own words speak of the autumn.

About fifteen recurring writers keep their habits across the year (client and quote style, register, length,
signature, typos; Jonathan Price writes in English), next to one-off writers. Answers typed between our quoted
lines carry those quoted lines in ``body`` and have no ``quoted``. A reply from a client that dropped the reply
headers, a forward and a new mail have no ``thread``.

Conventions relied on (from the brief):
- A request to sign up one named colleague with that colleague's e-mail address: `subscribe`; without the address,
  or several people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up (and the welcome mail, which also asks for topics): a reply that
  proposes a topic is a `suggestion` (also when it says whether the writer comes); a reply that only says whether
  the writer comes is an `rsvp`; a proposal about the form of the ateliers is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting
  that someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: `other`.
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- Themes: the theme(s) of what the writer proposes, not of words used in passing; two only where the proposal
  clearly spans both (or where the writer proposes two topics under two themes).
"""

from __future__ import annotations

from typing import Any

# Recurring writers.
HENK = "Henk Oosterveld <h.oosterveld@wo-noorderkwartier.nl>"
SANNE = "Sanne Dijkhuizen <s.dijkhuizen@lekstroom-wo.nl>"
RUUD = "Ruud van Amerongen <r.vanamerongen@heidekempen.nl>"
FATIMA = "Fatima el Idrissi <fatima.elidrissi@gmail.com>"
GERARD = "G.J. Lammers <G.J.Lammers@dewaarden-wo.nl>"
INGRID = "Ingrid Hofstede-Bakker <i.hofstede@veenlanden.nl>"
PETRA = "Petra Kooiman <p.kooiman@veenlanden.nl>"
JONATHAN = "Jonathan Price <j.price@rijnvliet.nl>"
MARLOES = "Marloes Kuipers <marloes.kuipers@bommelerwaard-wo.nl>"
MARLOES_NEW = "Marloes Kuipers <marloes.kuipers@wo-maasenwaal.nl>"
BERT = "Bert Hoekstra <b.hoekstra@wo-waddenkust.nl>"
ANNEMIEK = "Annemiek Zwart <a.zwart@langstraat-oost.nl>"
WIM = "Wim de Groot <w.degroot@amstelgooisamen.nl>"
KARIN = "Karin Smeets <karin.smeets@heuvelland-maas.nl>"
PAUL = '"Jacobs, P.A.M." <p.jacobs@hollandsewaard.nl>'
YVONNE = "Yvonne Brink <yvonne.brink@dommeldal-wo.nl>"
ERIK = "Erik Mulder <erik.mulder@grensstreek.nl>"
LOTTE = "Lotte Vermeulen <l.vermeulen@wo-vechtenplas.nl>"
KOEN = "Koen Tijssen <k.tijssen@baarn-eemland-wo.nl>"
TINEKE = "Tineke Bos <t.bos@heidekempen.nl>"

AUTO = {"Auto-Submitted": "auto-replied"}
AUTO_MS = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

HENK_SIG = """Met vriendelijke groet,

Henk Oosterveld
algemeen directeur
Werkorganisatie Noorderkwartier
T 0229 - 25 81 00 | M 06 - 41 27 83 90
www.wo-noorderkwartier.nl

Dit bericht is uitsluitend bestemd voor de geadresseerde. Hebt u het per vergissing ontvangen, verwijder het dan
en stel de afzender op de hoogte. Aan dit bericht kunnen geen rechten worden ontleend."""

PAUL_SIG = """Hoogachtend,

mr. P.A.M. Jacobs
algemeen directeur
Werkorganisatie Hollandse Waard
Postbus 120 | 0180 - 33 44 00"""

GERARD_SIG = """Met vriendelijke groet,

G.J. (Gerard) Lammers
gemeentesecretaris / algemeen directeur
Werkorganisatie De Waarden
tel. 0345 - 63 20 00"""

MARLOES_SIG = """Groet, Marloes

Marloes Kuipers | directeur | Werkorganisatie Bommelerwaard
06 - 12 87 45 03 | werkdagen ma t/m do"""

MARLOES_SIG_NEW = """Groet, Marloes

Marloes Kuipers | algemeen directeur | Werkorganisatie Maas en Waal
06 - 12 87 45 03 | werkdagen ma t/m do"""

JONATHAN_SIG = """Kind regards,

Jonathan Price
Interim Director | Werkorganisatie Rijnvliet
+31 6 2841 7730"""

YVONNE_SIG = """Yvonne Brink
directeur Werkorganisatie Dommeldal
Mijn werkdagen zijn maandag, dinsdag en donderdag."""

FATIMA_SIG = """Hartelijke groet,
Fatima el Idrissi
directeur Servicepunt Maasoever"""

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ January: a new member, the spring call
    {
        "id": "h24-sub-01", "kind": "subscribe", "sender": JONATHAN, "subject": "Membership request",
        "body": """Hello,

I started last month as interim director of Werkorganisatie Rijnvliet and will be here for at least six months.
A colleague from a neighbouring region pointed me to your network of directors. I would like to join; please add
me to your mailing list.

""" + JONATHAN_SIG,
    },
    {
        "id": "h24-conf-01", "kind": "confirm", "sender": JONATHAN, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "body": "Confirmed - thanks for the quick reply.\n\nJonathan",
    },
    {
        "id": "h24-sugg-01", "kind": "suggestion", "themes": ["strategie"], "sender": HENK,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """Geachte heer Van de Laar, beste Stan,

Dank voor de oproep. Graag draag ik één onderwerp aan voor het atelier in maart.

Onze werkorganisatie bestaat dit jaar tien jaar en het algemeen bestuur vraagt ons een toekomstbeeld voor de
komende tien jaar. Ik zou met collega's willen verkennen hoe zij een visie opstellen die verder reikt dan één
collegeperiode. Werken zij met scenario's, wie schrijft er mee, en hoe houd je zo'n koers overeind wanneer de
bestuurlijke prioriteiten na verkiezingen verschuiven?

""" + HENK_SIG,
    },
    {
        "id": "h24-sugg-02", "kind": "suggestion", "themes": ["organisatie"], "sender": SANNE,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """hoi, mijn onderwerp: hoe houden jullie je mensen vast nu de arbeidsmarkt zo krap is? wij
verliezen veel jonge beleidsmedewerkers aan provincie en rijk. benieuwd naar ervaringen met binden en boeien,
opleidingsbudget, thuiswerkafspraken enz

gr sanne

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h24-sugg-03", "kind": "suggestion", "themes": ["samenwerking"], "sender": RUUD,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "body": """Geacht secretariaat,

Een onderwerp dat bij ons hoog op de agenda staat: een van onze drie gemeenten overweegt uit de
gemeenschappelijke regeling te treden. Hoe voer je dat gesprek, wat doet het met het vertrouwen tussen de partners
die blijven, en heeft iemand ervaring met een uittredingsregeling? Ik vermoed dat meer collega's hier in stilte mee
worstelen.

Ruud van Amerongen
directeur Werkorganisatie Heidekempen""",
    },
    {
        "id": "h24-sugg-04", "kind": "suggestion", "themes": ["samenwerking", "organisatie"], "sender": MARLOES,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """Hoi Stan en Melanie,

Leuk dat we weer mogen meedenken! Twee onderwerpen van mijn kant:
- onze plek in de regio: we zitten steeds vaker namens de drie gemeenten aan tafel bij de regiodeal, maar wiens
  belang vertegenwoordigen we daar eigenlijk?
- sturen met data: we bouwen een MT-dashboard met formatie, verzuim en doorlooptijden van werkprocessen en lopen
  aan tegen datakwaliteit en de vraag wat je wel en niet wilt meten

""" + MARLOES_SIG,
    },
    {
        "id": "h24-sugg-05", "kind": "suggestion", "themes": ["dienstverlening"], "sender": FATIMA,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """Hoi allebei,

Mijn voorstel: het ondernemersloket. Een ondernemer in onze vier gemeenten moet voor een vergunning, een
terrasaanvraag en een subsidie nu nog bij drie verschillende balies langs. Wij willen naar één digitaal loket met
een vaste contactpersoon. Wie heeft dat al gedaan, en hoe meet je of ondernemers er echt beter van worden?

""" + FATIMA_SIG,
    },
    {
        "id": "h24-sugg-06", "kind": "suggestion", "themes": ["organisatie"], "sender": WIM,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "body": """Hallo Stan,

Goed initiatief weer!! Wij gaan dit jaar over op een nieuw zaaksysteem voor alle drie de gemeentes en ik zou
heel graag horen hoe anderen zo'n implementatie hebben aangepakt, vooral de koppelingen met de oude
applicaties en hoe je de medewerkers meekrijgt. Daar gaat het bij ons in het MT nu bijna elke week over.

O ja, in maart ben ik er sowieso bij hoor.

groeten,
Wim de Groot
Amstelgooi Samen""",
    },
    {
        "id": "h24-sugg-07", "kind": "suggestion", "themes": ["organisatie"], "sender": JONATHAN,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "body": """Dear Stan and Melanie,

A suggestion for March, if I may: generative AI in the hands of our own staff. People already use chatbots to
draft council memos and we have no policy for it yet. I would like to hear which rules others have set, how they
handle privacy, and whether anyone has trained their employees.

Apologies for writing in English; my Dutch is fine for reading but slow for writing.

""" + JONATHAN_SIG,
    },
    {
        "id": "h24-sugg-08", "kind": "suggestion", "themes": ["dienstverlening"], "sender": ANNEMIEK,
        "thread": "call_for_themes",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """Beste Stan en Melanie,

Mijn antwoord staat tussen de regels.

Op 12-01-2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties:
> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén
> onderwerp per regel helpt ons bij het tellen.

Monitoring van prestaties: welke indicatoren gebruiken jullie om de kwaliteit van de dienstverlening aan
inwoners te volgen (wachttijd aan de telefoon, klanttevredenheid, first time right) en wat doen jullie met de
uitkomsten?

> De Adviesraad weegt alle suggesties en adviseert over het programma;
> daarna ontvangt u de uitnodiging.

Prima, ik zie de uitnodiging tegemoet.

Groet,
Annemiek Zwart
directeur Werkorganisatie Langstraat-Oost""",
    },
    {
        "id": "h24-rsvp-01", "kind": "rsvp", "attending": True, "sender": GERARD,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "body": """Geacht secretariaat,

Een onderwerp heb ik op dit moment niet. Wel laat ik u alvast weten dat ik op 11 maart aanwezig zal zijn.

""" + GERARD_SIG,
    },
    {
        "id": "h24-rsvp-02", "kind": "rsvp", "attending": False, "sender": KARIN,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """Hoi, geen onderwerp van mijn kant, en 11 maart ben ik er niet: dan zit ik in Brussel voor de
Euregio. Volgende keer beter!
Gr. Karin

Verzonden vanaf mijn Galaxy""",
    },
    {
        "id": "h24-oth-01", "kind": "other", "sender": PAUL,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

Dank voor uw verzoek om onderwerpen aan te dragen. Een inhoudelijk onderwerp heb ik niet, wel een voorstel over de
vorm. De donderdagmiddag is voor veel collega's lastig vanwege collegevergaderingen en raadscommissies. Zou u
willen overwegen het atelier voortaan op een vrijdagochtend te beleggen, eventueel afwisselend fysiek en online?

""" + PAUL_SIG,
    },
    {
        "id": "h24-auto-01", "kind": "autoreply", "sender": YVONNE, "thread": "call_for_themes", "headers": AUTO_MS,
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                   "[atelier:2027-1]",
        "body": """Dank voor uw bericht. Ik ben tot en met maandag 18 januari afwezig en lees in die periode geen
e-mail. Voor dringende zaken kunt u contact opnemen met het directiesecretariaat, 040 - 208 44 10.

Yvonne Brink""",
    },
    {
        "id": "h24-sugg-09", "kind": "suggestion", "themes": ["dienstverlening"], "sender": ERIK,
        "subject": "ONDERWERP ATELIER MAART",
        "body": """Stan, Melanie,

Voor het atelier: ik wil graag iets doen met de vraag hoe je inwoners die niet digitaal vaardig zijn goed blijft
helpen nu bijna alles online gaat. Bij ons loopt de balie leeg maar staat de telefoon roodgloeiend.

Erik""",
    },
    {
        "id": "h24-oth-02", "kind": "other", "sender": "Daphne Verkerk <daphne@koersenkracht-advies.nl>",
        "subject": "Samenwerking rond uw ateliers?",
        "body": """Goedemiddag,

Via LinkedIn zag ik dat uw netwerk twee keer per jaar een Leer- en inspireer-atelier organiseert. Koers & Kracht
begeleidt al vijftien jaar ambtelijke fusies. Wij verzorgen graag kosteloos een werkvorm of keynote over
cultuurverandering na een fusie. Mag ik u volgende week bellen om de mogelijkheden te verkennen?

Met hartelijke groet,

Daphne Verkerk
partner | Koers & Kracht organisatieadvies
06 - 52 19 70 33""",
    },
    {
        "id": "h24-sugg-10", "kind": "suggestion", "themes": ["dienstverlening"], "sender": FATIMA,
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "gmail",
        "subject": "Re: Dank voor uw themasuggestie [atelier:2027-1]",
        "body": """Nog eentje vergeten: we willen een inwonerspanel oprichten dat onze dienstverlening elk
kwartaal beoordeelt. Misschien kan dat bij het ondernemersloket aansluiten, of als apart onderwerp.

Fatima""",
    },
    {
        "id": "h24-unsub-01", "kind": "unsubscribe", "sender": "K. van Wijk <k.vanwijk@wo-ijsselvliet.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "body": """Gelieve mij per direct van uw verzendlijst af te halen. Ik ben sinds het najaar niet langer
werkzaam als directeur.

K. van Wijk""",
    },
    # ------------------------------------------------------------------ February: new directors, the invitation
    {
        "id": "h24-sub-02", "kind": "subscribe", "sender": LOTTE, "subject": "Aanmelding netwerk",
        "body": """Goedemorgen,

Per 1 februari ben ik gestart als directeur van Werkorganisatie Vechtenplas. Mijn voorganger raadde het
netwerk van harte aan, dus bij dezen meld ik mij aan als lid.

Met vriendelijke groet,

Lotte Vermeulen
directeur Werkorganisatie Vechtenplas""",
    },
    {
        "id": "h24-conf-02", "kind": "confirm", "sender": LOTTE, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": "Bij dezen bevestigd.\n\nLotte Vermeulen",
    },
    {
        "id": "h24-sugg-11", "kind": "suggestion", "themes": ["samenwerking"], "sender": LOTTE,
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "body": """Beste Stan en Melanie,

Dank voor het welkom. Er is inderdaad meteen iets dat mij bezighoudt: onze twee gemeenten hebben heel verschillende
ambities op de woningbouw en de energietransitie, en de werkorganisatie moet ze allebei bedienen. Hoe gaan
collega's om met gemeenten die elk een andere kant op willen? Dat lijkt me een mooi gesprek voor een atelier.

Met vriendelijke groet,

Lotte Vermeulen
directeur Werkorganisatie Vechtenplas""",
    },
    {
        "id": "h24-sub-03", "kind": "subscribe", "sender": "Monique Staal <m.staal@baarn-eemland-wo.nl>",
        "subject": "Aanmelding nieuwe directeur",
        "body": """Goedemiddag,

Onze nieuwe algemeen directeur, de heer Koen Tijssen, wil graag lid worden van uw netwerk. Zijn e-mailadres is
k.tijssen@baarn-eemland-wo.nl. Wilt u hem aanmelden?

Met vriendelijke groet,

Monique Staal
managementassistent directie
Werkorganisatie Baarn-Eemland""",
    },
    {
        "id": "h24-conf-03", "kind": "confirm", "sender": KOEN, "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "apple",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """Excuus, deze was ondergesneeuwd. Hierbij alsnog bevestigd.

Koen Tijssen

Verstuurd vanaf mijn iPad""",
    },
    {
        "id": "h24-conf-04", "kind": "confirm", "sender": "Hanneke Rutgers <h.rutgers@wo-zeeuwsewaarden.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h24-unsub-02", "kind": "unsubscribe", "sender": "F. Dekker <f.dekker@rivierenland-dienst.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "body": """Ik heb mij niet bij u aangemeld en wil hier ook niet aan deelnemen.

F. Dekker""",
    },
    {
        "id": "h24-oth-03", "kind": "other", "sender": "Saskia Koster <saskia.koster@outlook.com>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """Goedendag,

Ik ken uw netwerk niet en heb me nergens aangemeld. Hoe komt u aan dit privéadres, en wie heeft mij opgegeven?
Ik hoor het graag.

Saskia Koster""",
    },
    {
        "id": "h24-oth-04", "kind": "other", "sender": "Mustafa Yilmaz <m.yilmaz@wo-lingeoever.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """Goedemiddag,

Hierbij bevestig ik. Mag ik meteen iets vragen: kan mijn adjunct-directeur ook lid worden, of is het netwerk
alleen bedoeld voor de eerste directeur van een werkorganisatie?

Met vriendelijke groet,
Mustafa Yilmaz
directeur Werkorganisatie Lingeoever""",
    },
    {
        "id": "h24-rsvp-03", "kind": "rsvp", "attending": True, "sender": HENK,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """Beste Stan,

Ik kom graag. Mijn plaatsvervanger, Judith Kramer, sluit ook aan; reken dus op twee personen uit
Noorderkwartier.

""" + HENK_SIG,
    },
    {
        "id": "h24-rsvp-04", "kind": "rsvp", "attending": True, "sender": SANNE,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": "ja ik kom 👍\n\nVerstuurd vanaf mijn iPhone",
    },
    {
        "id": "h24-rsvp-05", "kind": "rsvp", "attending": False, "sender": RUUD,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "body": """Geacht secretariaat,

Op 11 maart ben ik met vakantie in Oostenrijk; ik moet deze keer dus verstek laten gaan. Ik wens u een goede
bijeenkomst.

Ruud van Amerongen""",
    },
    {
        "id": "h24-rsvp-06", "kind": "rsvp", "attending": True, "sender": FATIMA,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": """Ik kom! Wel een halfuurtje later, want tot half drie zit ik in een AB-vergadering in Venlo.
Ik schuif zo snel mogelijk aan :)

Fatima""",
    },
    {
        "id": "h24-rsvp-07", "kind": "rsvp", "attending": False, "sender": GERARD,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes",
        "body": """Geacht secretariaat,

Anders dan ik in januari meldde, ben ik op 11 maart toch verhinderd. In mijn plaats neemt onze concerncontroller,
mevrouw H. de Wit (h.dewit@dewaarden-wo.nl), deel.

""" + GERARD_SIG,
    },
    {
        "id": "h24-rsvp-08", "kind": "rsvp", "attending": True, "sender": "Hanna de Wit <h.dewit@dewaarden-wo.nl>",
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "body": """Goedemiddag,

Dank voor de uitnodiging. Ik neem graag de plaats van de heer Lammers in en zie uit naar de middag.

Met vriendelijke groet,
Hanna de Wit
concerncontroller Werkorganisatie De Waarden""",
    },
    {
        "id": "h24-rsvp-09", "kind": "rsvp", "attending": True, "sender": JONATHAN,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "body": "Count me in for the 11th. Just me, no guests.\n\nJonathan",
    },
    {
        "id": "h24-rsvp-11", "kind": "rsvp", "attending": True, "sender": ANNEMIEK, "thread": "invitation",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": """Op 09-02-2027 om 10:02 schreef Netwerk van directeuren van ambtelijke fusieorganisaties:
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u
> iemand mee, vermeld dan met hoeveel personen u komt.

Ja, ik kom, zonder gezelschap.

> Graag uw antwoord vóór 2 maart 2027.

Bij dezen ruim op tijd :-)

Annemiek""",
    },
    {
        "id": "h24-rsvp-12", "kind": "rsvp", "attending": False, "sender": PAUL,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

Tot mijn spijt moet ik u berichten dat ik op donderdag 11 maart niet in de gelegenheid ben het atelier bij te
wonen, aangezien voor die middag een extra raadsvergadering is uitgeschreven.

""" + PAUL_SIG,
    },
    {
        "id": "h24-oth-05", "kind": "other", "sender": KARIN,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": """Kan ik ook via Teams het tweede deel volgen? Ik ben die dag in Brussel maar heb na vieren
wel tijd. Laat maar even weten of dat handig is.
Gr. Karin

Verzonden vanaf mijn Galaxy""",
    },
    {
        "id": "h24-rsvp-13", "kind": "rsvp", "attending": True, "sender": YVONNE,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": """Goedemorgen,

Mijn secretariaat stuurde mij uw uitnodiging door. Ik ben erbij op 11 maart.

""" + YVONNE_SIG,
    },
    {
        "id": "h24-rsvp-14", "kind": "rsvp", "attending": False, "sender": PETRA,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """Goedemorgen,

Namens mevrouw Hofstede-Bakker laat ik u weten dat zij helaas niet bij het atelier van 11 maart kan zijn; zij
heeft die middag een bestuurlijk overleg met de provincie.

Met vriendelijke groet,

Petra Kooiman
managementondersteuning directie
Werkorganisatie Veenlanden""",
    },
    {
        "id": "h24-rsvp-15", "kind": "rsvp", "attending": True, "sender": BERT,
        "thread": "invitation", "quote": "none",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": "Ja, kom.\n\nGr Bert",
    },
    {
        "id": "h24-rsvp-16", "kind": "rsvp", "attending": False, "sender": ERIK,
        "subject": "afmelding atelier 11 maart",
        "body": """Stan/Melanie, voor het atelier in maart moet ik helaas verstek laten gaan: er staat een
bestuurlijk overleg met de provincie dat niet te verzetten is. Lid blijf ik natuurlijk gewoon.

Erik""",
    },
    {
        "id": "h24-rsvp-18", "kind": "rsvp", "attending": True, "sender": MARLOES,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": """Hoi! Ja, ik kom, en ik neem onze strateeg Bas mee, dus twee personen.

""" + MARLOES_SIG,
    },
    {
        "id": "h24-oth-06", "kind": "other", "sender": "Theo Brouwer <t.brouwer@wo-duinzoom.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": """Beste organisatoren,

Ik kom graag, maar alleen als ik om vijf uur weg kan: om half zes begint bij ons de raad. Is het bezwaarlijk als
ik het laatste half uur mis? Dan meld ik me definitief aan.

Met vriendelijke groet,
Theo Brouwer
directeur Werkorganisatie Duinzoom""",
    },
    {
        "id": "h24-unsub-03", "kind": "unsubscribe", "sender": "Martin Brouwers <m.brouwers@wo-kroonpolder.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """Goedemiddag,

Ik kom niet naar het atelier, en eigenlijk hoef ik ook geen uitnodigingen meer: sinds januari ben ik geen
directeur meer maar programmamanager. Wilt u mij afmelden voor het netwerk?

Met vriendelijke groet,
Martin Brouwers""",
    },
    {
        "id": "h24-auto-02", "kind": "autoreply", "sender": BERT, "thread": "invitation", "headers": AUTO,
        "subject": "Bert Hoekstra is afwezig.",
        "body": """Ik ben afwezig van 15-02-2027 tot 19-02-2027.

Ik zal uw bericht na mijn terugkeer beantwoorden. In dringende gevallen kunt u contact opnemen met het
bestuurssecretariaat via 0519 - 29 88 00.""",
    },
    {
        "id": "h24-auto-03", "kind": "autoreply", "sender": PAUL, "thread": "invitation",
        "subject": "Gelezen: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": """Uw bericht

  Aan: Jacobs, P.A.M.
  Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid
  Verzonden: dinsdag 9 februari 2027 10:02:13 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

is gelezen op dinsdag 9 februari 2027 11:40:55 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.""",
    },
    {
        "id": "h24-rsvp-19", "kind": "rsvp", "attending": False, "sender": KOEN,
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "apple",
        "subject": "Re: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "body": """Begrijpelijk dat het vol is. Eerlijk gezegd kan ik die middag inmiddels toch niet meer, dus
haal mij maar van de wachtlijst; dan heeft een ander de kans.

Koen Tijssen

Verstuurd vanaf mijn iPad""",
    },
    {
        "id": "h24-oth-07", "kind": "other", "sender": "Mirjam de Haan <m.dehaan@gemeentenieuws-magazine.nl>",
        "subject": "Verzoek: verslaglegging atelier 11 maart",
        "body": """Geachte heer, mevrouw,

Voor Gemeentenieuws Magazine schrijf ik een achtergrondartikel over tien jaar ambtelijke fusies. Zou ik het
atelier van 11 maart als toehoorder mogen bijwonen? En is een van de adviseurs van het secretariaat bereid tot een
kort telefonisch interview?

Met vriendelijke groet,

Mirjam de Haan
redacteur Gemeentenieuws Magazine
06 - 18 22 47 60""",
    },
    # ------------------------------------------------------------------ March: reminder, atelier, follow-up
    {
        "id": "h24-rsvp-20", "kind": "rsvp", "attending": False, "sender": MARLOES,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "body": """Hoi Stan en Melanie,

Baal ervan, maar ik moet afzeggen: er is een crisisoverleg over de aanbesteding jeugdzorg dat niet te verzetten
is. Bas komt wel gewoon, dus er komt maar één plek vrij in plaats van twee.

""" + MARLOES_SIG,
    },
    {
        "id": "h24-rsvp-21", "kind": "rsvp", "attending": True, "sender": SANNE,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "apple",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": """ik kom wel maar sta vast op de a12, wordt kwart over 2 denk ik. sorry!!

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h24-oth-08", "kind": "other", "sender": WIM,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "ongemarkeerd",
        "body": """Hoi, even praktisch: kan je bij het stadskantoor parkeren of kan ik beter met de trein?
En krijgen we de stukken vooraf, dan lees ik me in.

groet Wim""",
    },
    {
        "id": "h24-auto-04", "kind": "autoreply", "sender": JONATHAN, "thread": "reminder", "headers": AUTO_MS,
        "subject": "Automatic reply: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": """Thank you for your message. I am out of the office until Monday 15 March with limited access
to e-mail. For urgent matters please contact the management office at +31 30 602 81 00.

Jonathan Price""",
    },
    {
        "id": "h24-sugg-12", "kind": "suggestion", "themes": ["samenwerking"], "sender": HENK,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": """Beste Stan en Melanie,

Dank voor een geslaagde middag. Voor de volgende keer stel ik voor te spreken over onze positie in de regio.
De provincie deelt de regionale samenwerkingsverbanden opnieuw in, en het is nog onduidelijk of wij als
werkorganisatie namens onze gemeenten aan tafel zitten of dat elke gemeente dat zelf doet. Ik ben benieuwd hoe
collega's zich daartoe verhouden.

""" + HENK_SIG,
    },
    {
        "id": "h24-oth-09", "kind": "other", "sender": JONATHAN,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "body": """Stan, Melanie,

Thank you both for a very good afternoon. The round tables worked well; the plenary at the end ran a little
long. By the way, the link to the report gives me a "page not found".

""" + JONATHAN_SIG,
    },
    {
        "id": "h24-oth-10", "kind": "other", "sender": RUUD,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "groupwise",
        "body": """Geacht secretariaat,

Ik ontvang een bedankje voor mijn komst, maar ik had mij juist afgemeld en was er niet. Klopt uw
deelnemerslijst wel? Ik wil niet dat iemand anders daardoor zijn plaats is misgelopen.

Ruud van Amerongen""",
    },
    {
        "id": "h24-sugg-14", "kind": "suggestion", "themes": ["organisatie"], "sender": ANNEMIEK,
        "thread": "call_for_themes",
        "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                   "[atelier:2027-1]",
        "body": """Op 12-03-2027 om 16:20 schreef Netwerk van directeuren van ambtelijke fusieorganisaties:
> Hartelijk dank voor uw deelname aan het Leer- en inspireer-atelier "Sturen op
> samenwerking & eigenheid" van donderdag 11 maart 2027.

Graag gedaan, het was de reis waard.

> Welk vraagstuk wilt u de volgende keer bespreken?

Strategische personeelsplanning: welke functies hebben we over vijf jaar nodig, hoeveel fte, en hoe leiden we
onze huidige mensen daarvoor op?

Annemiek""",
    },
    {
        "id": "h24-sugg-15", "kind": "suggestion", "themes": ["strategie"], "sender": BERT,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes-wrote",
        "body": """Goede middag was het. Volgende keer graag: hoe kom je tot een inhoudelijke meerjarenagenda als
de colleges veel meer willen dan er kan. Wat laat je vallen en wie beslist dat.

Gr Bert""",
    },
    {
        "id": "h24-oth-11", "kind": "other", "sender": LOTTE,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": """Beste Stan en Melanie,

Dank voor een inspirerende eerste kennismaking. Ik heb veel opgehaald en een paar nuttige contacten opgedaan.

Met vriendelijke groet,
Lotte Vermeulen""",
    },
    {
        "id": "h24-unsub-04", "kind": "unsubscribe", "sender": "R. Hendriks <r.hendriks@wo-bergenland.nl>",
        "thread": "call_for_themes",
        "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                   "[atelier:2027-1]",
        "body": """> --
> U ontvangt deze e-mail als lid van het Netwerk van directeuren van
> ambtelijke fusieorganisaties.
> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar
> info@ambtelijkefusie.nl.

afmelden

R. Hendriks""",
    },
    {
        "id": "h24-sub-04", "kind": "subscribe", "sender": "R. Hendriks <r.hendriks@wo-bergenland.nl>",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "body": """lid blijven

Ik heb mij vergist: ik dacht dat ik mij alleen afmeldde voor de verslagen, niet voor het hele netwerk.

R. Hendriks""",
    },
    # ------------------------------------------------------------------ April - July: comings and goings
    {
        "id": "h24-unsub-05", "kind": "unsubscribe", "sender": "Jolanda Veenstra <j.veenstra@wo-friesemeren.nl>",
        "subject": "Afmelden netwerk",
        "body": """Beste Stan en Melanie,

Per 1 mei ga ik met pensioen. Willen jullie mij afmelden voor het netwerk? Het was mij een genoegen om al die
jaren mee te doen.

Hartelijke groet,
Jolanda Veenstra""",
    },
    {
        "id": "h24-oth-12", "kind": "other", "sender": "Jolanda Veenstra <j.veenstra@wo-friesemeren.nl>",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "body": """Dank voor de snelle afhandeling en voor al die goede middagen. Het ga jullie goed!

Jolanda""",
    },
    {
        "id": "h24-unsub-06", "kind": "unsubscribe", "sender": RUUD, "subject": "Opvolging",
        "body": """Geacht secretariaat,

Per 1 juni neem ik afscheid van Werkorganisatie Heidekempen. Mijn opvolger, mevrouw Tineke Bos
(t.bos@heidekempen.nl), neemt mijn plaats in het netwerk graag over. Wilt u mij afmelden en haar in mijn plaats
opnemen?

Met dank voor de prettige jaren,

Ruud van Amerongen
directeur Werkorganisatie Heidekempen""",
    },
    {
        "id": "h24-conf-05", "kind": "confirm", "sender": TINEKE, "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "body": """Graag bevestig ik mijn aanmelding.

Tineke Bos
directeur Werkorganisatie Heidekempen""",
    },
    {
        "id": "h24-unsub-07", "kind": "unsubscribe", "erase": True, "sender": "Ben Schouten <benschouten61@gmail.com>",
        "subject": "verwijderen gegevens",
        "body": """Goedendag,

Ik ben al twee jaar geen directeur meer, maar jullie mails komen nog steeds binnen op mijn privéadres. Verwijder
al mijn persoonsgegevens uit jullie bestanden, graag met een korte bevestiging.

Ben Schouten""",
    },
    {
        "id": "h24-oth-13", "kind": "other", "sender": PAUL, "subject": "Verzoek om inzage persoonsgegevens",
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u mij inzage te geven in de
persoonsgegevens die het secretariaat van het netwerk van mij verwerkt, het doel daarvan en de partijen met wie
deze worden gedeeld.

""" + PAUL_SIG,
    },
    {
        "id": "h24-oth-14", "kind": "other", "sender": "Hanna de Wit <h.dewit@dewaarden-wo.nl>",
        "subject": "Vertrek de heer Lammers",
        "body": """Goedemiddag,

Ter informatie: de heer Lammers heeft per 1 juli afscheid genomen van Werkorganisatie De Waarden. Zijn
opvolger wordt na de zomer benoemd. Ik neem aan dat u uw administratie hierop aanpast.

Met vriendelijke groet,
Hanna de Wit
concerncontroller""",
    },
    {
        "id": "h24-unsub-08", "kind": "unsubscribe", "sender": JONATHAN, "subject": "Handing over my membership",
        "body": """Dear Stan and Melanie,

My interim assignment at Rijnvliet ends on 30 June. My permanent successor, Ms Esther Vink, starts on 1 July;
her address is e.vink@rijnvliet.nl. Could you remove me from your list and pass my place in the network on to
her? It has been a pleasure to take part.

""" + JONATHAN_SIG,
    },
    {
        "id": "h24-conf-06", "kind": "confirm", "sender": "Esther Vink <e.vink@rijnvliet.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """Goedemorgen,

Ik bevestig graag mijn lidmaatschap.

Met vriendelijke groet,
Esther Vink
algemeen directeur Werkorganisatie Rijnvliet""",
    },
    {
        "id": "h24-oth-15", "kind": "other", "sender": "Esther Vink <e.vink@rijnvliet.nl>",
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "body": """Dank voor het welkom! Weet u al wanneer het najaarsatelier is? Dan blokkeer ik de middag vast.

Esther Vink""",
    },
    {
        "id": "h24-oth-16", "kind": "other", "sender": MARLOES, "subject": "Nieuw mailadres per 1 juli",
        "body": """Hoi Stan en Melanie,

Per 1 juli gaan we op in Werkorganisatie Maas en Waal en verandert ons domein. Mijn nieuwe adres wordt
marloes.kuipers@wo-maasenwaal.nl. Willen jullie dat in je lijst aanpassen? Het oude adres blijft nog een paar
maanden doorsturen.

""" + MARLOES_SIG,
    },
    {
        "id": "h24-oth-17", "kind": "other", "sender": ANNEMIEK, "subject": "Belangstelling Adviesraad",
        "body": """Beste Stan en Melanie,

Tijdens het atelier hoorde ik dat er in de Adviesraad een plek vrijkomt. Ik stel mij graag beschikbaar. Ik ben
zes jaar directeur van Langstraat-Oost en heb eerder de fusie van twee werkorganisaties begeleid. Wat is de
procedure, en hoeveel tijd vraagt het per jaar?

Groet,
Annemiek Zwart""",
    },
    {
        "id": "h24-oth-18", "kind": "other", "sender": ERIK, "subject": "collega ook op de lijst?",
        "body": """Kunnen jullie onze directeur bedrijfsvoering, Jeroen van Dam, ook uitnodigen voor het
netwerk? Hij is er erg in geïnteresseerd.

Erik""",
    },
    {
        "id": "h24-oth-19", "kind": "other", "sender": "Directiesecretariaat <directiesecretariaat@wo-oostgaarde.nl>",
        "subject": "Aanmelding clustermanagers",
        "body": """Goedemorgen,

Graag melden wij ook onze drie clustermanagers aan voor het netwerk:
- Anouk Peters, a.peters@wo-oostgaarde.nl
- Ron Vos, r.vos@wo-oostgaarde.nl
- Ilse de Boer, i.deboer@wo-oostgaarde.nl

Met vriendelijke groet,
Directiesecretariaat Werkorganisatie Oostgaarde""",
    },
    {
        "id": "h24-sub-05", "kind": "subscribe", "sender": "Johan Brinkman <j.brinkman@wo-vliestroom.nl>",
        "subject": "Aanmelden",
        "body": """Graag aanmelden voor het directeurennetwerk.

Met vriendelijke groet,
Johan Brinkman
algemeen directeur Werkorganisatie Vliestroom""",
    },
    {
        "id": "h24-conf-07", "kind": "confirm", "sender": "Johan Brinkman <j.brinkman@wo-vliestroom.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "body": "Akkoord.\n\nJ. Brinkman",
    },
    {
        "id": "h24-sub-06", "kind": "subscribe", "sender": "Nadia Bouzid <n.bouzid@wo-westerkogge.nl>",
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": """Goedemiddag,

Ons directiesecretariaat liet mij onderstaande uitnodiging zien, die nog naar mijn voorganger was gestuurd. Ik
ben nog geen lid van uw netwerk maar zou dat graag worden. Wilt u mij aanmelden?

Met vriendelijke groet,
Nadia Bouzid
directeur Werkorganisatie Westerkogge""",
    },
    {
        "id": "h24-conf-08", "kind": "confirm", "sender": "Nadia Bouzid <n.bouzid@wo-westerkogge.nl>",
        "thread": "confirmation",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """Netwerk van directeuren van ambtelijke fusieorganisaties schreef op 5-7-2027 09:14:
> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets
> te typen.

Ja, bij deze.

Nadia""",
    },
    # ------------------------------------------------------------------ late August: the autumn call, the holidays
    {
        "id": "h24-auto-05", "kind": "autoreply", "sender": SANNE, "thread": "call_for_themes", "headers": AUTO_MS,
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier [atelier:2027-2]",
        "body": """hoi! ik ben op vakantie tot en met 30 augustus en mijn mail wordt niet doorgestuurd. voor spoed:
bel het bestuurssecretariaat, 030 - 634 52 00.

Sanne Dijkhuizen""",
    },
    {
        "id": "h24-auto-06", "kind": "autoreply", "sender": GERARD, "thread": "call_for_themes", "headers": AUTO,
        "subject": "Afwezigheidsbericht",
        "body": """Dit e-mailadres is niet meer in gebruik. De heer Lammers is niet langer werkzaam bij
Werkorganisatie De Waarden. Uw bericht wordt niet doorgestuurd. Voor algemene vragen kunt u mailen naar
info@dewaarden-wo.nl.""",
    },
    {
        "id": "h24-auto-07", "kind": "autoreply", "sender": WIM, "thread": "call_for_themes",
        "subject": "Afwezig",
        "body": """Ben er ff niet! Terug op 2 september. Voor dringende zaken kun je mijn secretaresse Ria
bellen, 035 - 699 12 40. Ik lees je mail als ik terug ben!

Wim""",
    },
    {
        "id": "h24-auto-08", "kind": "autoreply", "sender": "Gemeente Lekstroom <info@lekstroom-wo.nl>",
        "thread": "call_for_themes", "headers": AUTO,
        "subject": "Ontvangstbevestiging van uw bericht (registratienummer 2027-0826-3321)",
        "body": """Geachte afzender,

Hartelijk dank voor uw e-mail. Wij hebben uw bericht ontvangen en geregistreerd onder nummer 2027-0826-3321.
U ontvangt binnen vijf werkdagen een inhoudelijke reactie. Noem dit nummer als u contact met ons opneemt.

Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.

Gemeente Lekstroom""",
    },
    {
        "id": "h24-auto-09", "kind": "autoreply", "sender": KARIN, "thread": "call_for_themes",
        "subject": "Afwezig: Welke thema's wilt u bespreken?",
        "body": """Vanwege verlof ben ik tot 1 oktober niet bereikbaar. Uw e-mail wordt niet doorgestuurd en
na mijn terugkeer verwijderd. Voor zaken van de directie kunt u terecht bij Luc Janssen,
l.janssen@heuvelland-maas.nl.

Karin Smeets""",
    },
    {
        "id": "h24-sugg-16", "kind": "suggestion", "themes": ["organisatie"], "sender": MARLOES_NEW,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """Hoi Stan en Melanie,

Sinds 1 juli zijn we één organisatie met Maas en Waal. Mijn onderwerp voor het najaar ligt dus voor de hand:
- hoe bouw je na een fusie één organisatie uit twee culturen, en hoe richt je de nieuwe structuur in met minder
  managementlagen?

""" + MARLOES_SIG_NEW,
    },
    {
        "id": "h24-sugg-17", "kind": "suggestion", "themes": ["dienstverlening"], "sender": SANNE,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier [atelier:2027-2]",
        "body": """terug van vakantie :) onderwerp: proactieve dienstverlening, dus inwoners benaderen voordat ze
zelf bij ons aankloppen, bv bij beginnende schulden of als iemand recht heeft op een toeslag maar die niet
aanvraagt. wie doet dat al?

gr sanne

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h24-sugg-18", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "sender": YVONNE,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "body": """Goedemiddag,

Een onderwerp voor het najaarsatelier. Onze drie gemeenten willen elk hun eigen servicenormen houden voor
het klantcontact, terwijl de werkorganisatie één klantcontactcentrum voor alle inwoners draait. Hoe komen
collega's tot gezamenlijke afspraken over de dienstverlening die alle gemeenten willen dragen, en hoe meet je
daarna of je ze waarmaakt?

""" + YVONNE_SIG,
    },
    {
        "id": "h24-sugg-19", "kind": "suggestion", "themes": ["strategie"], "sender": TINEKE,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """Beste Stan en Melanie,

Als nieuwe directeur zou ik graag met collega's spreken over het uitzetten van een koers voor de lange termijn:
hoe kom je tot een visie op de organisatie voor de komende tien jaar die het bestuur ook echt omarmt, en welke
bestuurlijke prioriteiten laat je daarin voorgaan?

Met vriendelijke groet,

Tineke Bos
directeur Werkorganisatie Heidekempen""",
    },
    {
        "id": "h24-sugg-20", "kind": "suggestion", "themes": ["organisatie"], "sender": ERIK,
        "quoted": "oproep_themas", "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier [atelier:2027-2]",
        "body": """Onderwerp: informatiebeveiliging. Met de nieuwe cyberwet moeten we de CISO-rol en de
incidentrespons opnieuw inrichten. Hoe hebben anderen dat georganiseerd, zelf of ingehuurd?

Erik""",
    },
    {
        "id": "h24-sugg-21", "kind": "suggestion", "themes": ["samenwerking"], "sender": WIM,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "body": """Hallo allemaal,

Weer terug en meteen een idee: de verhouding met de drie gemeenteraden. De raadsleden voelen ons als
werkorganisatie vaak als ver weg en "van niemand". Hoe zorgen anderen dat de raden van alle deelnemende
gemeenten zich eigenaar blijven voelen?? Lijkt me een goed gesprek.

groeten,
Wim""",
    },
    {
        "id": "h24-sugg-22", "kind": "suggestion", "themes": ["organisatie"], "sender": HENK,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """Beste Stan,

Voor het najaar draag ik het financiële perspectief van de werkorganisatie aan. Onze loonkosten stijgen harder
dan de begroting toestaat en wij staan voor een taakstelling op de eigen formatie. Ik hoor graag hoe collega's
zo'n bezuiniging op de organisatie hebben doorgevoerd zonder de uitvoering stil te leggen.

""" + HENK_SIG,
    },
    {
        "id": "h24-sugg-23", "kind": "suggestion", "themes": ["dienstverlening"], "sender": FATIMA,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier [atelier:2027-2]",
        "body": """Hoi Stan en Melanie,

In november kan ik er helaas niet bij zijn, maar ik geef wel een onderwerp mee: de digitale toegankelijkheid van
onze website en e-formulieren voor inwoners met een beperking. We scoren slecht bij de laatste toets.

""" + FATIMA_SIG,
    },
    {
        "id": "h24-sugg-24", "kind": "suggestion", "themes": ["organisatie"], "sender": ANNEMIEK,
        "thread": "call_for_themes",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier [atelier:2027-2]",
        "body": """Op 24-08-2027 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda,
> bestuurlijke prioriteiten;
> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven,
> belangen en ambities, positie in de regio;
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie,
> digitalisering, werkprocessen, financiën, I&A;

Hier heb ik er een: wij willen naar een netwerkorganisatie zonder afdelingshoofden, met zelforganiserende
teams. Ik hoor graag van wie dat al gedaan heeft en wat er misging.

> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en
> instellingen, monitoring van prestaties.

Annemiek""",
    },
    {
        "id": "h24-oth-20", "kind": "other", "sender": BERT,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes-wrote",
        "body": "Geen onderwerp deze keer.\n\nGr Bert",
    },
    # ------------------------------------------------------------------ October: the autumn invitation and a new date
    {
        "id": "h24-rsvp-23", "kind": "rsvp", "attending": True, "sender": HENK,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """Beste Stan en Melanie,

Ook dit najaar ben ik van de partij, deze keer alleen.

""" + HENK_SIG,
    },
    {
        "id": "h24-rsvp-24", "kind": "rsvp", "attending": False, "sender": SANNE,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier [atelier:2027-2]",
        "body": """kan niet helaas, zit die week in londen met de studiereis van de vng

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h24-rsvp-26", "kind": "rsvp", "attending": False, "sender": YVONNE,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "body": """Helaas, nee: ik ben dan met herfstvakantie.

""" + YVONNE_SIG,
    },
    {
        "id": "h24-oth-21", "kind": "other", "sender": PETRA, "subject": "Atelier november - mevrouw Hofstede",
        "body": """Goedemorgen,

Namens mevrouw Hofstede-Bakker laat ik u weten dat zij graag aanwezig is bij het atelier in november.

Met vriendelijke groet,

Petra Kooiman
managementondersteuning directie
Werkorganisatie Veenlanden""",
    },
    {
        "id": "h24-rsvp-27", "kind": "rsvp", "attending": False, "sender": KARIN,
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "gmail",
        "subject": "Re: U staat op de wachtlijst voor het atelier [atelier:2027-2]",
        "body": """Laat maar zitten, dan kom ik de volgende keer. Geef de plek maar aan een ander.
Gr. Karin

Verzonden vanaf mijn Galaxy""",
    },
    {
        "id": "h24-rsvp-28", "kind": "rsvp", "attending": False, "sender": ANNEMIEK, "thread": "invitation",
        "subject": "Re: Uitnodiging Leer- en inspireer-atelier [atelier:2027-2]",
        "body": """Op 05-10-2027 om 10:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties:
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

Nee, helaas: die dag hebben wij een heidag met het college.

> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar
> naam en e-mailadres.

Er komt niemand in mijn plaats.

Annemiek""",
    },
    {
        "id": "h24-unsub-09", "kind": "unsubscribe", "erase": True, "sender": PAUL,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

Met ingang van 1 november beëindig ik mijn lidmaatschap van het netwerk; aan het atelier zal ik derhalve niet
deelnemen. Tevens verzoek ik u, op grond van artikel 17 van de AVG, al mijn persoonsgegevens uit uw
administratie te verwijderen en mij dit schriftelijk te bevestigen.

""" + PAUL_SIG,
    },
    {
        "id": "h24-rsvp-29", "kind": "rsvp", "attending": False, "sender": LOTTE,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "body": """Beste Stan en Melanie,

Jammer, de nieuwe datum kan ik niet. In mijn plaats komt mijn collega Pieter Groen, manager bedrijfsvoering
(p.groen@wo-vechtenplas.nl).

Met vriendelijke groet,
Lotte Vermeulen""",
    },
    {
        "id": "h24-rsvp-30", "kind": "rsvp", "attending": True, "sender": "Pieter Groen <p.groen@wo-vechtenplas.nl>",
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-lijn",
        "body": """Dank u, ik ben erbij namens Lotte.

Pieter Groen
manager bedrijfsvoering Werkorganisatie Vechtenplas""",
    },
    {
        "id": "h24-rsvp-32", "kind": "rsvp", "attending": True, "sender": SANNE,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "apple",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier [atelier:2027-2]",
        "body": """oh leuk, op de nieuwe datum ben ik gewoon terug uit londen. dus ik kan nu wel! zet me er maar bij

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h24-rsvp-33", "kind": "rsvp", "attending": False, "sender": INGRID,
        "quoted": "wijziging_atelier", "quote": "doorgestuurd",
        "subject": "FW: Gewijzigd: Leer- en inspireer-atelier [atelier:2027-2]",
        "body": """Op de nieuwe datum kan ik helaas niet.

Ingrid Hofstede""",
    },
    {
        "id": "h24-oth-22", "kind": "other", "sender": "Gert-Jan Mol <g.mol@wo-schelderand.nl>",
        "thread": "invitation", "quoted": "annulering_atelier", "quote": "outlook-nl",
        "body": """Goedemorgen,

Ik kreeg een annulering van het atelier, maar collega's zeggen dat het alleen verschoven is. Wat klopt er? Ik wil
mijn agenda niet voor niets leegmaken.

Gert-Jan Mol""",
    },
    {
        "id": "h24-unsub-10", "kind": "unsubscribe", "sender": "Hans Timmer <h.timmer@wo-eemdelta.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes",
        "body": """Geacht secretariaat,

Wilt u mij uit het netwerk uitschrijven? Ik heb geen belangstelling meer voor uw berichten.

H. Timmer""",
    },
    # ------------------------------------------------------------------ November: the reminder, the follow-up
    {
        "id": "h24-rsvp-34", "kind": "rsvp", "attending": False, "sender": HENK,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "body": """Beste Stan,

Helaas moet ik mij op het laatste moment afmelden: ik ben sinds gisteren ziek en het ziet er niet naar uit dat ik
donderdag weer op de been ben. Geef mijn plaats gerust aan iemand van de wachtlijst.

""" + HENK_SIG,
    },
    {
        "id": "h24-auto-10", "kind": "autoreply", "sender": TINEKE, "thread": "reminder", "headers": AUTO_MS,
        "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier [atelier:2027-2]",
        "body": """Goedendag,

Van maandag 8 tot en met woensdag 10 november ben ik op werkbezoek en beperkt bereikbaar. Uw e-mail wordt na
mijn terugkomst behandeld. Voor spoedeisende zaken: bestuurssecretariaat@heidekempen.nl.

Met vriendelijke groet,
Tineke Bos""",
    },
    {
        "id": "h24-sugg-25", "kind": "suggestion", "themes": ["samenwerking"], "sender": KARIN,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier [atelier:2027-2]",
        "body": """Ik was er dit keer niet, maar heb het verslag gelezen. Voor volgend jaar: samenwerken over de
grens. Onze gemeenten trekken steeds meer op met Belgische en Duitse buurgemeenten. Wie heeft daar ervaring mee?
Gr. Karin

Verzonden vanaf mijn Galaxy""",
    },
    {
        "id": "h24-sugg-26", "kind": "suggestion", "themes": ["organisatie"], "sender": KOEN,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier [atelier:2027-2]",
        "body": """Mooie middag, dank. Idee voor het voorjaar: een flexpool, dus medewerkers die je over teams
heen kunt inzetten bij pieken. Hoe regel je dat in de formatie en met de OR?

Koen

Verstuurd vanaf mijn iPad""",
    },
    {
        "id": "h24-oth-24", "kind": "other", "sender": "a.devries@wo-hunzedal.nl", "subject": "",
        "body": """Zie bijlage.

Verzonden vanuit Outlook voor Android""",
    },
    # ------------------------------------------------------------------ December: the year closes
    {
        "id": "h24-unsub-11", "kind": "unsubscribe", "sender": SANNE,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier [atelier:2027-2]",
        "body": """hoi stan en melanie, ik stop per 1 januari bij lekstroom en ga naar het rijk. haal me maar van
de lijst, was altijd leuk!

gr sanne

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h24-unsub-12", "kind": "unsubscribe", "erase": True, "sender": YVONNE, "subject": "Afmelding",
        "body": """Beste Stan en Melanie,

Per 1 januari ga ik met pensioen. Willen jullie mij afmelden en daarna mijn gegevens wissen? Een opvolger is nog
niet benoemd; die meldt zich te zijner tijd zelf.

Dank voor alle mooie ateliers.

""" + YVONNE_SIG,
    },
    {
        "id": "h24-oth-25", "kind": "other", "sender": HENK, "subject": "Vooraankondiging vertrek",
        "body": """Beste Stan en Melanie,

Een vooraankondiging: per 1 maart vertrek ik naar een functie bij het Rijk. Wie mij opvolgt is nog niet bekend.
Tegen die tijd meld ik mij zelf af en geef ik de gegevens van mijn opvolger door; tot dan blijf ik gewoon lid.

""" + HENK_SIG,
    },
    {
        "id": "h24-auto-11", "kind": "autoreply", "sender": HENK, "headers": AUTO_MS,
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier [atelier:2028-1]",
        "body": """Dank voor uw bericht. Van 23 december tot en met 3 januari ben ik met verlof. Uw bericht wordt
niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met het bestuurssecretariaat, 0229 - 25 81 10.

Henk Oosterveld""",
    },
]
