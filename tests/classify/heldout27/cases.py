"""Held-out set 27: one winter-and-spring season (December 2027 to June 2028) in info@ambtelijkefusie.nl.

Never tuned on. Written independently, in the writer's own words, to measure only.

The season, as the mail arrives: early December 2027 a handful of new directors join (sign-up, confirmation,
welcome); on Monday 6 December the call for themes goes out for the spring Leer- en inspireer-atelier of
Thursday 16 March 2028 (suggestions until 19 January 2028), and each suggestion gets our thank-you. On Tuesday
1 February the invitation follows ("Eén organisatie, drie besturen", first planned at De Pakhuizen, Deventer);
on 14 February a change mail moves it to Het Lindeboomhuis, Zutphen; on 13 March the reminder; on 20 March the
follow-up with the report, which again asks for topics. Throughout: sign-ups and confirmations, leaves, AVG
erasures, hand-overs to successors, out-of-office replies and other machine answers (a ticket receipt, a read
receipt, a bounce, a "this address is no longer in use"), and mail only the secretariat (Stan and Melanie) can
handle. The writers are directors of invented werkorganisaties and ambtelijke fusieorganisaties in Gelderland and
Overijssel; about fifteen of them write several times and keep their client, quote style, register and signature
(a terse iPhone writer, a long formal one with a disclaimer, one in English, one answering between our quoted
lines, a shared secretariaat mailbox, one with frequent typos, one who changes her answer twice, a Notes user, an
old GroupWise client, a private gmail user in Achterhoek speech, an auto-responder that pastes our mail unmarked,
and so on). The quoted mails are the fixed snapshot in quoted_mails.json (their dates say 2027); the writers'
own words speak of the 2028 season.

Conventions relied on (from the brief for issue 17):
- Joining, by the person themself: `subscribe`. A request to sign up one named colleague WITH that colleague's
  e-mail address: `subscribe` too. Without the colleague's address, or several people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`. A denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the
  form of the ateliers (day, venue, length, online) is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting
  that someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the
  secretariat must answer first, or a request plus a real question to the secretariat: `other`.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: `other`.
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- `thread` is what In-Reply-To gives: None for a new mail, a forward (`doorgestuurd`) or a client that dropped
  the headers; an inline answer holds our quoted lines in its own body and has no `quoted`.
- Themes: the theme(s) of what the writer proposes, not of words used in passing; two only where the topic (or
  the writer's two topics) clearly span both.
"""

from __future__ import annotations

from typing import Any

CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 16 maart 2028 [atelier:2028-1]"
INV = "Uitnodiging Leer- en inspireer-atelier 16 maart 2028: Eén organisatie, drie besturen [atelier:2028-1]"
CHANGE = "Gewijzigd: Leer- en inspireer-atelier 16 maart 2028 [atelier:2028-1]"
REMIND = "Herinnering: Leer- en inspireer-atelier donderdag 16 maart 2028 [atelier:2028-1]"
FOLLOW = 'Dank voor uw komst: Leer- en inspireer-atelier "Eén organisatie, drie besturen" [atelier:2028-1]'
THANKS = "Dank voor uw themasuggestie [atelier:2028-1]"
AUTO = {"Auto-Submitted": "auto-replied"}

# Recurring writers.
RUUD = "Ruud Hendriks <r.hendriks@berkelstroom.nl>"
JOHANNA = "Van Lier-Brouwer, Johanna <j.vanlier@aovechtdalzuid.nl>"
PETER = "Peter Donnelly <p.donnelly@wo-twentekanaal.nl>"
GERDA = "Gerda Wessels <g.wessels@wo-oostveluwe.nl>"
SECR = "Secretariaat Directie Rijn en IJssel <secretariaat.directie@rijnenijssel.nl>"
HENK = "Henk ter Horst <h.terhorst@bvo-haaksveld.nl>"
ILSE = "Ilse Brinkman <i.brinkman@reggeendinkel.nl>"
JOS = "J.H. Olthof <j.olthof@sc-sallandseheuvelrug.nl>"
WILMA = "Wilma Kampman <w.kampman@ijsselvallei.nl>"
BART = "Bart Nijenhuis <bartnijenhuis68@gmail.com>"
ANNEMIEK = "Annemiek Roelofs <a.roelofs@lingestroom.nl>"
FRANK = "Meulenbelt, Frank <f.meulenbelt@gbnot.nl>"
SANDRA = "Sandra Ekkelenkamp <s.ekkelenkamp@hotmail.com>"
THEO = "Theo Rouwenhorst <t.rouwenhorst@wo-maaswaaloost.nl>"
MIRJAM = "Mirjam de Kruijf <m.dekruijf@liemersnoord.nl>"

JOHANNA_SIG = """Met vriendelijke groet,

mr. drs. J.M. (Johanna) van Lier-Brouwer
algemeen directeur
Ambtelijke Organisatie Vechtdal-Zuid
Postbus 120, 7730 AC Ommerdijk
T 0523 - 70 12 00 | www.aovechtdalzuid.nl

Disclaimer: De informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik
van deze informatie door anderen dan de geadresseerde is niet toegestaan. Indien u dit bericht ten onrechte
ontvangt, wordt u verzocht de inhoud niet te gebruiken, de afzender direct te informeren en het bericht te
vernietigen. Ambtelijke Organisatie Vechtdal-Zuid staat niet in voor de juiste en volledige overbrenging van de
inhoud van een verzonden e-mail, noch voor tijdige ontvangst daarvan."""

PETER_SIG = """Peter Donnelly
Interim General Director | Werkorganisatie Twentekanaal
M +31 6 41 27 80 93"""

GERDA_SIG = """--
Gerda Wessels
directeur Werkorganisatie Oost-Veluwe"""

SECR_SIG = """Met vriendelijke groet,

Ingrid Peters
managementassistent directie
Werkorganisatie Rijn en IJssel
secretariaat.directie@rijnenijssel.nl | 0316 - 29 55 10"""

HENK_SIG = """Gr Henk ter Horst
Directeur BVO Haaksveld-Lintelo"""

JOS_SIG = """Hoogachtend,

J.H. Olthof
directeur Servicecentrum Sallandse Heuvelrug"""

ANNEMIEK_SIG = """Annemiek Roelofs
directeur Werkorganisatie Lingestroom | 0345 - 61 88 20 | a.roelofs@lingestroom.nl"""

THEO_SIG = """Met hartelijke groet,

Theo Rouwenhorst
algemeen directeur Werkorganisatie Maas en Waal-Oost"""

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- December 2027: new members, call for themes
    {
        "id": "h27-sub-01", "kind": "subscribe", "thread": None, "sender": PETER,
        "subject": "Joining the network of directors",
        "body": """Dear Sir, Madam,

As of 1 November I am the interim general director of Werkorganisatie Twentekanaal, the shared civil service
of three municipalities in Twente. My predecessor spoke highly of your network and I would very much like to
join it.

Apologies for writing in English: my Dutch is improving, but slowly. I read it well enough, so please feel free
to answer in Dutch.

Kind regards,

""" + PETER_SIG,
    },
    {
        "id": "h27-con-01", "kind": "confirm", "thread": "confirmation", "sender": PETER,
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "body": """Confirmed - and thank you for the swift reply.

Peter

""" + PETER_SIG,
    },
    {
        "id": "h27-sub-02", "kind": "subscribe", "thread": None,
        "sender": "Esther Wijnbergen <e.wijnbergen@uo-veluwerand.nl>", "subject": "aanmelden",
        "body": """Graag aanmelden voor het directeurennetwerk.

Met vriendelijke groet,
Esther Wijnbergen
Directeur Uitvoeringsorganisatie Veluwerand""",
    },
    {
        "id": "h27-con-02", "kind": "confirm", "thread": "confirmation",
        "sender": "Esther Wijnbergen <e.wijnbergen@uo-veluwerand.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """Met vriendelijke groet,
Esther Wijnbergen
Directeur Uitvoeringsorganisatie Veluwerand""",
    },
    {
        "id": "h27-sug-01", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "welcome",
        "sender": "Esther Wijnbergen <e.wijnbergen@uo-veluwerand.nl>",
        "quoted": "welkom", "quote": "outlook-nl",
        "body": """Beste Stan en Melanie,

Dank voor het warme welkom. U vraagt of ik al een onderwerp heb: jazeker. Wij willen inwoners via WhatsApp en
een chat op de website te woord staan, naast telefoon en balie. Ik ben benieuwd welke werkorganisaties dat al
doen, hoe zij het bemensen en of de inwoner er werkelijk sneller mee geholpen is.

Met vriendelijke groet,
Esther Wijnbergen
Directeur Uitvoeringsorganisatie Veluwerand""",
    },
    {
        "id": "h27-sub-03", "kind": "subscribe", "thread": None, "sender": THEO,
        "subject": "Aanmelding Remco Vos",
        "body": """Goedemiddag Melanie,

Onze adjunct-directeur bedrijfsvoering, Remco Vos, wordt per 1 januari ook gebiedsdirecteur voor een van onze
gemeenten en wil graag lid worden van het netwerk. Zijn adres is r.vos@wo-maaswaaloost.nl. Willen jullie hem
aanmelden? Hij weet ervan.

""" + THEO_SIG,
    },
    {
        "id": "h27-con-03", "kind": "confirm", "thread": "confirmation",
        "sender": "Remco Vos <r.vos@wo-maaswaaloost.nl>", "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "body": """Dank, bevestigd!

Remco""",
    },
    {
        "id": "h27-auto-01", "kind": "autoreply", "thread": "call_for_themes", "sender": FRANK, "quote": "none",
        "subject": "Automatisch antwoord: " + CALL, "headers": AUTO,
        "body": """Dank voor uw bericht. Van 4 december 2027 tot en met maandag 3 januari 2028 ben ik niet op kantoor en
lees ik mijn mail niet. Uw bericht wordt niet doorgestuurd.

Voor zaken die niet kunnen wachten: bel het secretariaat van de directie, 0546 - 82 14 00.

Frank Meulenbelt
Directeur Gemeenschappelijke Bedrijfsvoering Noordoost-Twente""",
    },
    {
        "id": "h27-sug-02", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": RUUD, "quoted": "oproep_themas", "quote": "apple",
        "body": """AI in de backoffice. wie doet al wat?

Ruud

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h27-sug-03", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": JOHANNA, "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """Geachte heer Van de Laar, beste Stan,

Graag maak ik gebruik van de gelegenheid om een onderwerp aan te dragen voor het atelier van maart.

Sinds de gemeenteraadsverkiezingen van 2026 zien wij de ambities van onze drie deelnemende gemeenten steeds
verder uiteenlopen. De ene gemeente zet vol in op woningbouw en wil daarvoor extra capaciteit bij ons afnemen;
de tweede kiest nadrukkelijk voor een sobere begroting; de derde heeft in het coalitieakkoord laten opnemen dat
zij haar eigen identiteit beter zichtbaar wil maken, wat zich onder meer vertaalt in de wens om een eigen loket
en een eigen communicatieadviseur te hebben.

Voor de werkorganisatie leidt dit tot de vraag hoe wij drie opdrachtgevers recht doen zonder dat de
gemeenschappelijke regeling uit elkaar wordt getrokken. Ik ben zeer benieuwd hoe collega-directeuren omgaan met
het verschil in tempo en ambitie tussen de deelnemers, en welke afspraken over maatwerk en meerwerk in de
praktijk houdbaar blijken.

Ik zou dit onderwerp graag onder het thema Samenwerking geagendeerd zien.

""" + JOHANNA_SIG,
    },
    {
        "id": "h27-sug-04", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": GERDA, "quote": "none",
        "body": """Hoi Stan,

Ik zet mijn antwoorden er even tussen, dat leest makkelijker.

Op ma 6 dec 2027 om 10:02 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;

Hebben we net vastgesteld, voor mij nu even niet.

> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities,
> positie in de regio;

Loopt bij ons eigenlijk prima.

> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering,
> werkprocessen, financiën, I&A;

Ja! Wij raken onze jonge beleidsmedewerkers na twee, drie jaar kwijt aan het Rijk en de provincie, die beter
betalen en thuiswerken makkelijker maken. Hoe binden en boeien anderen hun talent?

> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring
> van prestaties.

Misschien een volgende keer.

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 19 januari 2028.

Bij deze dus :-)

Gerda

""" + GERDA_SIG,
    },
    {
        "id": "h27-sug-05", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": HENK, "quoted": "oproep_themas", "quote": "groupwise",
        "body": """Hallo Stan en Melanie,

Onderwerp van mijn kant: informatie beveiliging. Met de BIO2 en de nieuwe cyberbeveilgingswet komt er heel
veel op ons af en wij hebben maar 1,5 fte voor CISO en privacy samen, voor twee gemeentes. Hoe regelen
andere organisaties dat, inhuren of zelf mensen opleiden? Wij lopen er eerlijk gezegd wat achteran.

""" + HENK_SIG,
    },
    {
        "id": "h27-sug-06", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "sender": BART, "quoted": "oproep_themas", "quote": "gmail",
        "body": """Moi Stan,

Wat mij bezig houdt: de kleine kernen. Bij ons is in drie dorpen het gemeentehuis al jaren dicht, nu gaat ook
de bieb eruit en de bus rijdt er nog twee keer per dag. De mensen daar willen toch een gezicht zien als ze een
paspoort of een uitkering regelen. We doen een proef met een spreekuur in het dorpshuis en een rijdend loket,
maar dat kost handen.

Hoe doen de andere werkorganisaties dat, dienstverlening dicht bij de mensen zonder dat het onbetaalbaar
wordt? Lijkt me mooi voor maart.

Groet,
Bart

--
Bart Nijenhuis
De Graafschap Samen""",
    },
    {
        "id": "h27-sug-07", "kind": "suggestion", "themes": ["samenwerking", "strategie"],
        "thread": "call_for_themes", "sender": ANNEMIEK, "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "body": """Beste Stan, beste Melanie,

Twee onderwerpen, zoals gevraagd één per regel:

Hoe ga je om met een verdeelsleutel die door de groei van één deelnemende gemeente niet meer klopt
Wat is ons verhaal over de werkorganisatie in 2035: waar staan we dan en waarom

Het eerste speelt bij ons nu heel concreet. Aan het tweede ben ik met de drie colleges nog niet toegekomen,
en ik denk dat het hoog tijd wordt.

Met een hartelijke groet,

""" + ANNEMIEK_SIG,
    },
    {
        "id": "h27-rsvp-01", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "sender": "Wouter Hofstede <w.hofstede@vechtvliet.nl>", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """Beste Melanie,

Ik heb dit keer geen onderwerp, de vorige ronde heb ik er al drie ingestuurd. Maar de middag in maart heb
ik al geblokt, ik ben er graag weer bij.

Groet,
Wouter Hofstede
Werkorganisatie Vechtvliet""",
    },
    {
        "id": "h27-rsvp-02", "kind": "rsvp", "attending": False, "thread": "call_for_themes",
        "sender": SANDRA, "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """Hallo,
Geen thema's van mijn kant. Half maart zit ik met het gezin in Oostenrijk, dus dit atelier sla ik over.
Vriendelijke groet,
Sandra Ekkelenkamp""",
    },
    {
        "id": "h27-oth-01", "kind": "other", "thread": "call_for_themes",
        "sender": "Erik-Jan Post <ejpost@gmail.com>", "quoted": "oproep_themas", "quote": "gmail",
        "body": """Dag Stan,

Geen inhoudelijk onderwerp, wel een wens over de vorm: zou het atelier eens online en korter kunnen, bijvoorbeeld
een ochtend van negen tot elf? Voor ons uit de kop van Overijssel is een middag plus reistijd al snel een hele
dag kwijt.

Groeten,
Erik-Jan Post""",
    },
    {
        "id": "h27-sug-08", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "sender": PETER, "quoted": "oproep_themas", "quote": "outlook-en",
        "body": """Dear Stan and Melanie,

One topic I would like to put forward: performance monitoring of our customer contact centre. We serve three
municipalities from one KCC, and each council asks for different figures (waiting times, first-contact
resolution, satisfaction scores). I would love to hear how colleagues report on the performance of their
services to residents in a way that three councils accept.

Kind regards,

""" + PETER_SIG,
    },
    {
        "id": "h27-sug-09", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": JOS, "quoted": "oproep_themas", "quote": "notes",
        "body": """Geachte heer, mevrouw,

Gaarne draag ik het volgende onderwerp aan: de positie van de werkorganisatie in de regio. Er zijn inmiddels
meer regionale overlegtafels (wonen, energie, arbeidsmarkt, zorg) dan onze gemeenten met hun bestuurders en wij
met onze mensen kunnen bezetten. Welke tafels laat men bewust schieten, en hoe verdeelt men de
vertegenwoordiging met de buurgemeenten?

""" + JOS_SIG,
    },
    {
        "id": "h27-sug-10", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "sender": MIRJAM, "quoted": "oproep_themas", "quote": "apple",
        "body": """Beste Stan,

Mijn onderwerp: hoe maak je één werkprogramma voor de organisatie als drie colleges elk hun eigen
coalitieakkoord hebben, met deels tegenstrijdige prioriteiten? Wij hebben nu een 'bestuurlijke
prioriteitenmatrix' die eerlijk gezegd vooral laat zien dat alles prioriteit heeft.

Ik hoor graag hoe collega's hun bestuurders keuzes durven voorleggen, en wat er dan gebeurt.

Hartelijke groet,
Mirjam de Kruijf
directeur Werkorganisatie Liemers-Noord

Verzonden vanaf mijn iPad""",
    },
    {
        "id": "h27-sug-11", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": SECR, "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """Goedemiddag,

Namens de heer Bosman stuur ik u zijn onderwerp voor het voorjaarsatelier: huisvesting en hybride werken.
Onze drie gemeentehuizen staan doordeweeks grotendeels leeg en er ligt een voorstel om één kantoor af te
stoten. Hoe richten anderen de werkplekken in, en hoe houden zij teams bij elkaar als de helft thuis werkt?

""" + SECR_SIG,
    },
    {
        "id": "h27-auto-02", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Gemeente Ommerdijk <info@ommerdijk.nl>", "subject": "Ontvangstbevestiging: " + CALL,
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Geachte afzender,

Hartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en geregistreerd onder
zaaknummer Z-2027-118204.

Wij streven ernaar u binnen vijf werkdagen inhoudelijk te antwoorden. Hebt u vragen, dan kunt u ons bellen via
14 0523, op werkdagen van 8.30 tot 17.00 uur.

Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.

Gemeente Ommerdijk""",
    },
    {
        "id": "h27-uns-01", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "Rob Wijers <robwijers@ziggo.nl>", "subject": "Verzoek verwijdering persoonsgegevens",
        "body": """Geachte heer/mevrouw,

Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle persoonsgegevens die
u van mij verwerkt te verwijderen, en mij te bevestigen dat dit is gebeurd. Ik ben sinds 1 december niet
langer werkzaam als directeur en wil geen berichten van het netwerk meer ontvangen.

Met vriendelijke groet,
drs. R.A. (Rob) Wijers""",
    },
    {
        "id": "h27-oth-02", "kind": "other", "thread": None,
        "sender": "Lotte Baanders <lotte@verbindkracht.nl>",
        "subject": "Leiderschap in fusieorganisaties - kennismaken?",
        "body": """Beste Stan en Melanie,

Via LinkedIn zag ik dat jullie het Netwerk van directeuren van ambtelijke fusieorganisaties begeleiden. Mooi
initiatief! Wij zijn Verbindkracht, een klein bureau dat leiderschapstrajecten verzorgt voor MT's van
werkorganisaties, met een eigen methode rond 'dienend leiderschap voor meerdere besturen'.

Zouden wij in een van de ateliers een korte inleiding mogen verzorgen? Of anders eens vrijblijvend kennis
komen maken; ik kom graag langs waar het jullie uitkomt.

Hartelijke groet,
Lotte Baanders
Verbindkracht | organisatieadvies & leiderschap
06 - 18 44 20 97 | www.verbindkracht.nl""",
    },
    {
        "id": "h27-oth-03", "kind": "other", "thread": None, "sender": HENK, "subject": "nieuw mail adres",
        "body": """Beste mensen,

Per 1 januari gaan wij over op een nieuw domein, mijn adres word dan h.terhorst@haaksveld-lintelo.nl. Het oude
adres blijft nog een half jaartje werken maar willen jullie het alvast aanpasen in jullie lijst?

""" + HENK_SIG,
    },
    {
        "id": "h27-sug-12", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "Marloes van Dijk <m.vandijk@heuvelland-oost.nl>", "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": """Beste Stan,

Ik heb een onderwerp dat mij al maanden bezighoudt. Wij gaan per 1 juli van een directie met vijf
afdelingshoofden naar een klein directieteam met zelforganiserende teams. Op papier klopt het; in de praktijk
merk ik nu al dat teamleiders niet weten waar hun mandaat ophoudt, en dat P&C en inkoop nog helemaal op de
oude lijnen zijn ingericht.

Ik zou graag met collega's die zo'n omslag in het sturingsconcept al achter de rug hebben, bespreken wat zij
achteraf anders zouden doen. Wat mij betreft valt het onder Organisatie.

Groet,
Marloes van Dijk
directeur Werkorganisatie Heuvelland-Oost""",
    },
    {
        "id": "h27-con-04", "kind": "confirm", "thread": "confirmation",
        "sender": "Guido Hermsen <g.hermsen@wo-lingebroek.nl>", "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": """Excuus, uw eerste mail was in mijn ongewenste e-mail beland. Bij deze alsnog bevestigd.

Met vriendelijke groet,
Guido Hermsen
Werkorganisatie Lingebroek""",
    },
    {
        "id": "h27-uns-02", "kind": "unsubscribe", "thread": "confirmation",
        "sender": "Tamara Kuipers <t.kuipers@bibliotheekwestachterhoek.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "body": """Ik heb me nergens voor aangemeld hoor. Ik ben geen directeur, ik werk bij de bibliotheek.

Groet, Tamara""",
    },
    {
        "id": "h27-oth-04", "kind": "other", "thread": "confirmation",
        "sender": "A. Kocabas <a.kocabas@dinxwolde.nl>", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """Goedemorgen,

Deze aanmelding komt niet van mij. Kunt u mij laten weten wie mijn e-mailadres bij u heeft opgegeven? Ik wil
graag begrijpen hoe mijn gegevens bij u terecht zijn gekomen.

Met vriendelijke groet,
A. Kocabaş
adviseur informatiebeheer, gemeente Dinxwolde""",
    },
    {
        "id": "h27-oth-05", "kind": "other", "thread": None, "sender": BART, "subject": "dubbel",
        "body": """Moi,

Ik krijg alles van jullie dubbel binnen, op mijn werkmail en hier op de gmail. Kan die van het werk eruit? Dan
lees ik het op één plek, ik zit toch meer op de telefoon.

Bart""",
    },
    {
        "id": "h27-auto-03", "kind": "autoreply", "thread": "call_for_themes", "sender": JOHANNA,
        "subject": "Automatisch antwoord: " + THANKS, "headers": AUTO,
        "body": """Geachte afzender,

Van 23 december 2027 tot en met 7 januari 2028 ben ik met verlof. Uw e-mail wordt niet automatisch
doorgestuurd. Voor dringende aangelegenheden kunt u zich wenden tot mijn managementondersteuning, mevrouw D.
Hulsegge, via 0523 - 70 12 00.

""" + JOHANNA_SIG,
    },
    {
        "id": "h27-uns-03", "kind": "unsubscribe", "thread": None,
        "sender": "G.J. Tijhuis <g.tijhuis@wo-sallandsepoort.nl>", "subject": "verzendlijst",
        "body": """Geachte heer, mevrouw,

Gaarne mijn naam van uw verzendlijst halen. Vanaf 1 januari ben ik werkzaam bij de provincie Overijssel en
maak ik geen deel meer uit van de directie.

Met vriendelijke groet,
G.J. Tijhuis""",
    },
    {
        "id": "h27-oth-06", "kind": "other", "thread": "call_for_themes",
        "sender": "Petra Scholten <p.scholten@wo-vechtvliet.nl>", "quoted": "bedankt_suggestie", "quote": "gmail",
        "body": """Graag gedaan! Succes met tellen en fijne feestdagen alvast.

Petra""",
    },
    {
        "id": "h27-sug-13", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": MIRJAM, "quoted": "bedankt_suggestie", "quote": "apple",
        "body": """Dag Stan,

Mag ik nog iets toevoegen? Ik merk dat de drie gemeenteraden de werkorganisatie heel verschillend bekijken:
de ene raad voelt zich eigenaar, de andere ziet ons als een externe leverancier. Hoe zorgen collega's dat
alle deelnemende gemeenten zich evenveel betrokken voelen bij de gezamenlijke organisatie?

Mirjam

Verzonden vanaf mijn iPad""",
    },
    {
        "id": "h27-sub-04", "kind": "subscribe", "thread": None, "sender": SECR,
        "subject": "Aanmelding nieuwe adjunct-directeur",
        "body": """Goedemorgen,

Per 1 januari is mevrouw Yvonne Lammers in dienst getreden als adjunct-directeur van onze werkorganisatie. De
heer Bosman vraagt of u haar wilt aanmelden voor het netwerk; haar e-mailadres is y.lammers@rijnenijssel.nl.

""" + SECR_SIG,
    },
    {
        "id": "h27-con-05", "kind": "confirm", "thread": "confirmation",
        "sender": "Yvonne Lammers <y.lammers@rijnenijssel.nl>", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": """Graag!

Yvonne Lammers
adjunct-directeur Werkorganisatie Rijn en IJssel""",
    },
    # ---------------------------------------------------------------- January 2028: more topics before 19 January
    {
        "id": "h27-sug-14", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": JOS, "quoted": "bedankt_suggestie", "quote": "notes",
        "body": """Geachte heer Van de Laar,

In aanvulling op mijn eerdere bericht: gaarne zou ik ook de informatievoorziening geagendeerd zien, in het
bijzonder de overgang naar de cloud en het afscheid van onze eigen serverruimte. De kosten lopen op en de
leverancier dwingt ons feitelijk tot een keuze voor 2029.

""" + JOS_SIG,
    },
    {
        "id": "h27-sug-15", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "sender": "Koen Derksen <k.derksen@wo-maasenwaal.nl>",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """Dag Stan, dag Melanie,

Mijn voorstel: datagedreven werken met één zaaksysteem voor drie gemeenten, en dan vooral wat dat oplevert
voor ondernemers. Een ondernemer die in twee van onze gemeenten een vestiging heeft, krijgt nu nog twee
dossiers, twee contactpersonen en twee keer dezelfde vragen. Wij willen de werkprocessen zo inrichten dat hij
één digitaal dossier heeft, en ik ben benieuwd wie dat al voor elkaar heeft.

Met vriendelijke groet,

Koen Derksen
algemeen directeur
Werkorganisatie Maas en Waal""",
    },
    {
        "id": "h27-sug-16", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "Nicole Slagman <nicoleslagman@gmail.com>", "quoted": "oproep_themas", "quote": "gmail",
        "body": """Hoi Melanie,

Strategische personeelsplanning! Binnen vijf jaar gaat een kwart van onze mensen met pensioen, vooral bij
belastingen, burgerzaken en de buitendienst. Wie heeft een aanpak die werkt, en hoe hebben jullie de formatie
daarop aangepast?

Groetjes,
Nicole Slagman (werkorganisatie Twee Rivieren, stuur ik even via privé)""",
    },
    {
        "id": "h27-sug-17", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "Van den Brink, Maarten <m.vandenbrink@liemersnoord.nl>", "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": """Beste Stan,

Voorstel voor het atelier: hoe richt je een innovatiebudget in binnen een werkorganisatie? Wij hebben
€ 150.000 per jaar gereserveerd om te experimenteren (slimme planning in de buitendienst, robotisering van
de facturenstroom), maar niemand durft er een aanvraag voor te doen omdat er geen criteria zijn. Benieuwd hoe
anderen dat organiseren.

Met vriendelijke groet,
Maarten van den Brink
adjunct-directeur bedrijfsvoering""",
    },
    {
        "id": "h27-sug-18", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "sender": WILMA, "quoted": "oproep_themas", "quote": "notes-wrote",
        "body": """Beste Stan en Melanie,

Voor maart stel ik voor: de doorlooptijden van vergunningen onder de Omgevingswet, en hoe je die zichtbaar
maakt voor de aanvrager. Inwoners en bouwers bellen ons nu drie keer per aanvraag om te vragen waar het
staat. Een soort pakketvolger voor vergunningen, heeft iemand dat al?

Groet,
Wilma Kampman""",
    },
    {
        "id": "h27-sug-19", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": "Dennis Hagedoorn <d_hagedoorn@hotmail.com>", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """Beste secretariaat,

Een onderwerp uit de praktijk. Onze werkorganisatie werkt voor twee gemeenten die elk jaar verder uit elkaar
groeien: de ene krijgt er door nieuwbouw duizenden inwoners bij, de andere krimpt en vergrijst. De grote
gemeente vindt dat zij te veel betaalt voor wat de kleine krijgt, de kleine voelt zich overvleugeld.

Ik ben op zoek naar collega's die dit kennen. Hoe houd je twee partners met zulke verschillende belangen bij
elkaar, zonder dat elke begrotingsronde een onderhandeling wordt?

Vriendelijke groet,
Dennis Hagedoorn
directeur Werkorganisatie Veluwezoom-Noord
(via mijn privémail, op het werk zit ik in een migratie)""",
    },
    {
        "id": "h27-sug-20", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "sender": ILSE, "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """Hoi Stan,

Mijn onderwerp: de inhoudelijke agenda voor de komende tien jaar. Wonen, energie, zorg en de
arbeidsmarkt vragen allemaal om iets van ons, maar we hebben nooit met de colleges vastgesteld wat we écht
willen bereiken. Hoe kom je tot zo'n lange-termijnvisie met meerdere besturen?

Hartelijke groet, Ilse

Ilse Brinkman | directeur Werkorganisatie Regge en Dinkel""",
    },
    {
        "id": "h27-sug-21", "kind": "suggestion", "themes": ["strategie", "organisatie"],
        "thread": "call_for_themes", "sender": "Sjoerd Bakker <s.bakker@wo-ijsseldelta.nl>",
        "quoted": "oproep_themas", "quote": "apple",
        "body": """Beste Stan en Melanie,

Onderwerp: een taakstelling van 8% op de formatie naast een onveranderd ambitieus bestuursprogramma. Welke
bestuurlijke prioriteiten laat je vallen, hoe leg je die keuze voor, en hoe vertaal je dat daarna naar de
formatie en de teams? Wij staan daar dit voorjaar middenin.

Groet, Sjoerd

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h27-sug-22", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
        "sender": "Arjen Vlietstra <a.vlietstra@berkelland-west.nl>", "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "body": """Stan, Melanie,

Mijn secretaresse stuurde me jullie oproep door, hier mijn onderwerp: één ondernemersloket voor onze drie
gemeenten. Ondernemers weten nu niet bij welke gemeente ze moeten zijn voor een evenement of een
terrasvergunning; ik wil één ingang en één accountmanager per bedrijf.

Arjen Vlietstra
directeur Werkorganisatie Berkelland-West""",
    },
    {
        "id": "h27-sug-23", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": "Hilde Snijders <h.snijders@wo-veluwezuid.nl>", "quoted": "oproep_themas", "quote": "outlook-en",
        "body": """Beste Stan,

Wat ik graag eens zou bespreken: samenwerken tussen werkorganisaties onderling. Wij zijn met de buren in
gesprek over een gezamenlijk team voor inkoop en aanbesteding, maar de vraag is hoe je zo'n samenwerking van
twee samenwerkingsverbanden bestuurlijk verankert. Wie heeft die 'samenwerking in het kwadraat' al?

Groet,
Hilde Snijders
directeur Werkorganisatie Veluwe-Zuid""",
    },
    {
        "id": "h27-sug-24", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "sender": "Mark Oude Wesselink <m.oudewesselink@gbnot.nl>", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """Hallo Melanie,

Ik ben er in maart sowieso bij. Onderwerp dat ik wil inbrengen: leren van klachten. Wij krijgen per jaar zo'n
400 klachten van inwoners en behandelen ze netjes, maar we doen er niets mee om de dienstverlening zelf te
verbeteren.

Mvg,
Mark Oude Wesselink""",
    },
    {
        "id": "h27-sug-25", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": FRANK, "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """Beste Stan,

Terug van vakantie, dus nog net op tijd: ik wil graag de financiële sturing van de werkorganisatie bespreken.
De loonkosten stijgen harder dan de gemeenten in hun begroting kunnen opvangen en elke gemeente wil een
andere bezuinigingsvariant doorrekenen. Hoe houden anderen de P&C-cyclus beheersbaar?

Groet,

Frank Meulenbelt
Directeur Gemeenschappelijke Bedrijfsvoering Noordoost-Twente
T 0546 - 82 14 00""",
    },
    {
        "id": "h27-sug-26", "kind": "suggestion", "themes": ["strategie", "samenwerking"], "thread": None,
        "sender": "Hans Schuurman <h.schuurman@wo-ijsseldelta-noord.nl>",
        "subject": "Suggestie thema voorjaarsatelier (iets te laat)",
        "body": """Beste secretariaat,

Ik las de oproep pas na de sluitingsdatum, maar misschien kan het nog mee: ik zou het graag hebben over de
vraag of een ambtelijke fusie een eindstation is of een tussenstation op weg naar herindeling. Bij ons wordt
die vraag in alle drie de raden gesteld. Het antwoord bepaalt hoe wij de organisatie voor de komende tien jaar
neerzetten, en hoe de gemeenten zich tot elkaar verhouden.

Met vriendelijke groet,
Hans Schuurman
algemeen directeur, Werkorganisatie IJsseldelta-Noord""",
    },
    {
        "id": "h27-sug-27", "kind": "suggestion", "themes": ["dienstverlening"], "thread": None,
        "sender": "Jolanda ter Beek <jolanda.terbeek@outlook.com>", "subject": "onderwerp voor maart",
        "body": """Hoi Melanie,

Onderwerp voor maart: sturen op de prestaties van onze dienstverlening. Wij hebben een mooi dashboard met
wachttijden, doorlooptijden en klanttevredenheid per gemeente, maar de wethouders kijken er niet naar. Hoe
maken anderen zulke cijfers bruikbaar?

Gr,
Jolanda
(privéadres, mijn werkmail doet raar sinds de migratie)""",
    },
    {
        "id": "h27-oth-07", "kind": "other", "thread": None,
        "sender": "Saskia Weenink <s.weenink@wo-degraafschap.nl>", "subject": "Aanmelden MT",
        "body": """Goedemiddag,

Ik ben sinds kort lid en erg enthousiast over het netwerk. Zou ik mijn hele managementteam kunnen aanmelden?
Het gaat om vier mensen: Ron Arink, Miriam Gosselink, Bas ter Maat en Loes Heijink. Als jullie de
mailadressen nodig hebben, stuur ik die na.

Groet,
Saskia Weenink""",
    },
    {
        "id": "h27-oth-08", "kind": "other", "thread": None,
        "sender": "Karel Wissink <k.wissink@lochemveld.nl>", "subject": "Lidmaatschap?",
        "body": """Geachte heer Van de Laar,

Ik ben gemeentesecretaris-directeur van de gemeente Lochemveld. Wij zijn geen fusieorganisatie, maar werken
wel voor een groot deel samen met twee buurgemeenten via een gemeenschappelijke bedrijfsvoering. Kom ik in
aanmerking voor het lidmaatschap van uw netwerk?

Met vriendelijke groet,
K. Wissink""",
    },
    {
        "id": "h27-oth-09", "kind": "other", "thread": None, "sender": MIRJAM, "subject": "Adviesraad",
        "body": """Beste Stan en Melanie,

In het laatste verslag las ik dat er in de Adviesraad twee plekken vrijkomen. Ik stel me graag beschikbaar. Ik
ben nu vier jaar directeur van Liemers-Noord en daarvoor was ik gemeentesecretaris in een middelgrote
gemeente; ik denk dat ik vooral kan helpen de onderwerpen scherp te krijgen en de bestuurlijke kant in te
brengen.

Laat maar weten of jullie een motivatie op papier willen of liever even bellen.

Hartelijke groet,
Mirjam de Kruijf
directeur Werkorganisatie Liemers-Noord

Verzonden vanaf mijn iPad""",
    },
    {
        "id": "h27-sub-05", "kind": "subscribe", "thread": None,
        "sender": "Marieke Zwiers <marieke.zwiers@gmail.com>", "subject": "Lid worden netwerk",
        "body": """Dag Stan,

We spraken elkaar kort na afloop van het VNG-congres. Zoals beloofd: ik wil graag lid worden van het netwerk.
Ik ben sinds 1 januari directeur van de Werkorganisatie Achterhoek-Midden; mijn werkmail is nog niet
geregeld, dus gebruik voorlopig dit adres maar.

Groeten,
Marieke Zwiers""",
    },
    {
        "id": "h27-con-06", "kind": "confirm", "thread": "confirmation",
        "sender": "Marieke Zwiers <marieke.zwiers@gmail.com>", "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "body": """Ja, dat was ik. Graag lid!""",
    },
    {
        "id": "h27-auto-04", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Linda Mulder <l.mulder@wo-lingebroek.nl>", "subject": "Afwezig: " + THANKS,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """Ik ben met zwangerschapsverlof tot en met 30 april 2028. Uw mail wordt niet gelezen en niet
doorgestuurd.

Voor directiezaken kunt u terecht bij Guido Hermsen (g.hermsen@wo-lingebroek.nl).

Linda Mulder""",
    },
    {
        "id": "h27-sub-06", "kind": "subscribe", "thread": None,
        "sender": "Yusuf Demir <y.demir@wo-twentekanaal.nl>", "subject": "Aanmelding",
        "body": """Goedendag,

Peter Donnelly wees mij op uw netwerk. Ik ben gebiedsdirecteur bij de Werkorganisatie Twentekanaal en meld
mij hierbij aan als lid.

Met vriendelijke groet,

Yusuf Demir
gebiedsdirecteur Werkorganisatie Twentekanaal""",
    },
    {
        "id": "h27-con-07", "kind": "confirm", "thread": "confirmation",
        "sender": "Yusuf Demir <y.demir@wo-twentekanaal.nl>", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h27-oth-10", "kind": "other", "thread": None,
        "sender": "info@dashwerk.nl", "subject": "Grip op uw gemeenschappelijke regeling in één dashboard",
        "body": """Geachte directeur,

Werkt u voor meerdere gemeenten tegelijk? Dan weet u hoe lastig het is om elke opdrachtgever zijn eigen
rapportage te geven. Met DashWerk koppelt u uw zaaksysteem, financiële administratie en HR-systeem aan één
dashboard, met per gemeente een eigen weergave.

Graag demonstreren wij DashWerk tijdens een van uw netwerkbijeenkomsten. Kunnen wij een afspraak inplannen?
Reageer op deze mail of bel ons op 085 - 303 42 10.

Met vriendelijke groet,
Team DashWerk

U ontvangt deze e-mail omdat uw adres openbaar vermeld staat. Geen interesse? Klik hier om u af te melden.""",
    },
    {
        "id": "h27-uns-04", "kind": "unsubscribe", "thread": "welcome",
        "sender": "Frits Grotenhuis <f.grotenhuis@uo-veluwerand.nl>", "quoted": "welkom", "quote": "outlook-lijn",
        "body": """Goedemorgen,

Vriendelijk welkom, maar bij nader inzien past het netwerk niet bij mijn rol: ik ben manager
bedrijfsvoering, geen directeur. Meldt u mij maar weer af.

Frits Grotenhuis""",
    },
    {
        "id": "h27-con-08", "kind": "confirm", "thread": "confirmation",
        "sender": "Dirk Jan Wolters <dj.wolters@wo-oostveluwe.nl>", "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": """Akkoord.

D.J. Wolters""",
    },
    # ---------------------------------------------------------------- February 2028: the invitation
    {
        "id": "h27-rsvp-03", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": RUUD,
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "body": """ja

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h27-rsvp-04", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": JOHANNA,
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

Hartelijk dank voor de uitnodiging. Het verheugt mij dat het onderwerp dat ik in december aandroeg een plaats
heeft gekregen in het programma. Ik zal uiteraard aanwezig zijn; ik kom alleen.

""" + JOHANNA_SIG,
    },
    {
        "id": "h27-rsvp-05", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": PETER,
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "body": """Hi Melanie,

Count me in. I will bring Yusuf Demir, our area director, so that makes two of us.

Best,
Peter

""" + PETER_SIG,
    },
    {
        "id": "h27-rsvp-06", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": GERDA,
        "quote": "none",
        "body": """Dag Melanie,

Op di 1 feb 2028 om 09:30 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> Wanneer: donderdag 16 maart 2028, 14.00 tot 17.30 uur

Staat in mijn agenda.

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met
> hoeveel personen u komt.

Ja, ik kom. Onze concerncontroller Joost gaat mee, dus we zijn met z'n tweeën.

Gerda

""" + GERDA_SIG,
    },
    {
        "id": "h27-rsvp-07", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": SECR,
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": """Geachte heer, mevrouw,

Namens de heer Bosman bevestig ik dat hij graag aanwezig is bij het atelier. Ik heb de afspraak in zijn
agenda gezet.

""" + SECR_SIG,
    },
    {
        "id": "h27-rsvp-08", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": HENK,
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "body": """Hoi,

Ik kom graag, mooi dat de informatie beveilging ook een plekje heeft gekregen. Ik kom alleen.

""" + HENK_SIG,
    },
    {
        "id": "h27-rsvp-09", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": ILSE,
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": """Ja, ik kom!

Hartelijke groet, Ilse

Ilse Brinkman | directeur Werkorganisatie Regge en Dinkel""",
    },
    {
        "id": "h27-rsvp-10", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": JOS,
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "body": """Geachte heer, mevrouw,

Hierbij deel ik u mede dat ik aanwezig zal zijn.

""" + JOS_SIG,
    },
    {
        "id": "h27-rsvp-11", "kind": "rsvp", "attending": False, "thread": "invitation", "sender": WILMA,
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "body": """Beste Stan en Melanie,

Jammer, maar die week zit ik met een delegatie van de provincie in Brussel. Ik kan er dus niet bij zijn. Veel
succes en ik lees het verslag graag.

Groet,
Wilma Kampman""",
    },
    {
        "id": "h27-rsvp-12", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": BART,
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": """Ik bin d'r bie! Met één man, mien eigen.

Bart""",
    },
    {
        "id": "h27-rsvp-13", "kind": "rsvp", "attending": False, "thread": "invitation", "sender": ANNEMIEK,
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "body": """Beste Melanie,

Helaas, ik kan er niet bij zijn: ik ben in die periode met verlof. Ik had me er juist zo op verheugd, want de
verdeelsleutel staat op het programma. Houd me alsjeblieft op de hoogte.

Met een hartelijke groet,

""" + ANNEMIEK_SIG,
    },
    {
        "id": "h27-rsvp-14", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": THEO,
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """Beste Stan en Melanie,

Ik ben er graag bij. Het wordt waarschijnlijk mijn laatste atelier, want ik ga dit voorjaar met pensioen; daarover
later meer. Ik kom alleen, Remco heeft zich vast zelf al gemeld.

""" + THEO_SIG,
    },
    {
        "id": "h27-rsvp-15", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": MIRJAM,
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "body": """Dag Stan,

Graag. Ik neem mijn collega-directeur Pim Verheul mee, dus twee personen.

Mirjam

Verzonden vanaf mijn iPad""",
    },
    {
        "id": "h27-rsvp-16", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Femke Arends <f.arends@liemersnoord.nl>", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """Beste Stan,

Ik kan op de 16e helaas niet, er staat een extra AB-vergadering. In mijn plaats komt Joris Teunissen,
hoofd bedrijfsvoering (j.teunissen@liemersnoord.nl). Hij heeft het al in zijn agenda staan.

Groeten,
Femke Arends""",
    },
    {
        "id": "h27-rsvp-17", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "none",
        "sender": "Ronald Stegeman <r.stegeman@wo-degraafschap.nl>", "subject": "Geaccepteerd: " + INV,
        "body": "",
    },
    {
        "id": "h27-rsvp-18", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "none",
        "sender": "Karin Heersink <k.heersink@wo-regge.nl>", "subject": "Geweigerd: " + INV,
        "body": """Sorry, gelijktijdig met onze MT-heidag. Volgende keer beter!""",
    },
    {
        "id": "h27-rsvp-19", "kind": "rsvp", "attending": True, "thread": None,
        "sender": "Arjen Vlietstra <a.vlietstra@berkelland-west.nl>", "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": """Melanie, ik kom. Zonder gast.

Arjen""",
    },
    {
        "id": "h27-rsvp-20", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Bettina Roerdink <b.roerdink@twentsepoort.nl>", "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": """Goedemiddag,

Ik meld me aan voor het atelier en neem één gast mee: onze concerncontroller, Wim Huisman.

Met vriendelijke groet,
Bettina Roerdink
algemeen directeur Werkorganisatie Twentse Poort""",
    },
    {
        "id": "h27-rsvp-21", "kind": "rsvp", "attending": True, "thread": "invitation", "quote": "none",
        "sender": "Evert Lubbers <e.lubbers@wo-vechtvliet.nl>", "subject": "RE: " + INV,
        "body": """Ik kom. Gr. Evert""",
    },
    {
        "id": "h27-auto-05", "kind": "autoreply", "thread": "invitation", "sender": PETER,
        "subject": "Automatic reply: " + INV, "headers": AUTO,
        "body": """Thank you for your message. I am on leave until Monday 14 February with limited access to e-mail.
For urgent matters, please contact the management secretariat at secretariaat@wo-twentekanaal.nl.

Dank voor uw bericht. Ik ben tot en met maandag 14 februari met verlof. Voor dringende zaken kunt u contact
opnemen met het directiesecretariaat.

""" + PETER_SIG,
    },
    {
        "id": "h27-auto-06", "kind": "autoreply", "thread": "invitation", "quote": "none",
        "sender": "Ronald Stegeman <r.stegeman@wo-degraafschap.nl>", "subject": "Gelezen: " + INV,
        "body": """Uw bericht

  Aan: Ronald Stegeman
  Onderwerp: Uitnodiging Leer- en inspireer-atelier 16 maart 2028: Eén organisatie, drie besturen
  Verzonden: dinsdag 1 februari 2028 09:30:12 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm

is gelezen op dinsdag 1 februari 2028 11:47:03 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm.""",
    },
    {
        "id": "h27-auto-07", "kind": "autoreply", "thread": "invitation",
        "sender": "Bert Scholten <b.scholten@dinxwolde.nl>", "subject": "Automatisch antwoord: " + INV,
        "body": """Goedendag,

Dit e-mailadres is sinds 1 januari 2028 niet meer in gebruik. Bert Scholten is niet langer werkzaam bij de
gemeente Dinxwolde. Uw bericht is niet doorgestuurd.

Voor vragen kunt u terecht bij info@dinxwolde.nl of via telefoonnummer 14 0544.""",
    },
    {
        "id": "h27-oth-11", "kind": "other", "thread": "invitation", "sender": JOHANNA,
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """Geachte heer Van de Laar,

Onze afdeling financiën verzoekt mij na te gaan of aan de deelname aan het atelier kosten verbonden zijn.
Indien dat het geval is, verneem ik graag of u de factuur wilt richten aan Ambtelijke Organisatie
Vechtdal-Zuid, t.a.v. crediteurenadministratie, onder vermelding van inkoopordernummer 2028-00417. Zonder
inkoopordernummer kan de factuur helaas niet in behandeling worden genomen.

""" + JOHANNA_SIG,
    },
    {
        "id": "h27-oth-12", "kind": "other", "thread": "invitation", "sender": PETER,
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "body": """Hi Melanie,

A practical question before the 16th: will the atelier be entirely in Dutch? I follow a conversation well, but
if there are small-group discussions I might need someone to switch to English now and then. Would that be a
problem for the others?

Best,
Peter

""" + PETER_SIG,
    },
    {
        "id": "h27-oth-13", "kind": "other", "thread": "invitation",
        "sender": "Joyce Haverkamp <j.haverkamp@wo-berkelstroom.nl>", "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": """Hallo Stan,

Ik wil wel komen, maar alleen als ik onze beleidsadviseur strategie mag meenemen. Zij is geen directeur maar
trekt bij ons het hele dossier over de raden. Kan dat?

Groet, Joyce""",
    },
    {
        "id": "h27-oth-14", "kind": "other", "thread": None, "sender": SECR,
        "subject": "Atelier 16 maart - de heer Bosman",
        "body": """Goedemiddag,

Namens de heer Bosman laat ik u weten dat hij helaas toch niet aanwezig kan zijn op 16 maart. Er is op die
middag een extra raadsvergadering uitgeschreven. Hij betreurt dit zeer.

""" + SECR_SIG,
    },
    {
        "id": "h27-rsvp-22", "kind": "rsvp", "attending": False, "thread": "invitation", "sender": ILSE,
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": """Hoi Melanie,

Balen: de raad heeft zijn vergadering naar die donderdag verplaatst. Ik moet mijn aanmelding dus helaas
intrekken.

Hartelijke groet, Ilse

Ilse Brinkman | directeur Werkorganisatie Regge en Dinkel""",
    },
    {
        "id": "h27-uns-05", "kind": "unsubscribe", "thread": "invitation",
        "sender": "Jan Willem Dijkhuis <jw.dijkhuis@wo-sallandsepoort.nl>", "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """Beste Stan,

Ik kom niet, en eigenlijk kun je me ook van de lijst halen: per 1 april stop ik als directeur en ga ik terug
naar de inhoud, als programmamanager. Dank voor alle mooie middagen.

Jan Willem""",
    },
    {
        "id": "h27-uns-06", "kind": "unsubscribe", "thread": "invitation",
        "sender": "Niels Koster <n.koster@wo-lingestroom-oost.nl>", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": """Beste secretariaat,

Deze uitnodiging kwam binnen bij mijn voorganger, Harry Bosch, die sinds februari met pensioen is. Ik heb zijn
functie overgenomen en wil graag zijn plaats in het netwerk innemen: n.koster@wo-lingestroom-oost.nl. Harry
kan van de lijst.

Met vriendelijke groet,
Niels Koster
directeur a.i. Werkorganisatie Lingestroom-Oost""",
    },
    {
        "id": "h27-uns-07", "kind": "unsubscribe", "erase": True, "thread": "invitation",
        "sender": "Gerrit Klein Nijenhuis <gkleinnijenhuis@kpnmail.nl>", "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """Geachte mensen,

Ik kom niet meer: ik ben sinds de jaarwisseling met pensioen. Wilt u al mijn gegevens uit uw bestanden
verwijderen? Dat lijkt me voor de AVG ook wel zo netjes.

Gegroet,
Gerrit Klein Nijenhuis""",
    },
    # ---------------------------------------------------------------- 14 February: the venue moves to Zutphen
    {
        "id": "h27-rsvp-23", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": ILSE,
        "quoted": "wijziging_atelier", "quote": "outlook-lijn",
        "body": """Hoi Melanie,

Nu gaat het toch weer anders: de raad is terug naar de woensdag én de nieuwe plek ligt voor mij gunstiger. Ik kan
dus wél komen, zet me er maar weer op. Sorry voor het heen en weer!

Hartelijke groet, Ilse

Ilse Brinkman | directeur Werkorganisatie Regge en Dinkel""",
    },
    {
        "id": "h27-rsvp-24", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": GERDA,
        "quote": "none",
        "body": """Op ma 14 feb 2028 om 16:12 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> Er is iets veranderd aan het Leer- en inspireer-atelier "Eén organisatie, drie besturen":
> - plaats: Het Lindeboomhuis, Zutphen (was: De Pakhuizen, Deventer)

Zutphen ligt voor ons zelfs nog dichterbij. Ik blijf aangemeld, met Joost erbij.

Gerda

""" + GERDA_SIG,
    },
    {
        "id": "h27-rsvp-25", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Hilde Snijders <h.snijders@wo-veluwezuid.nl>", "quoted": "wijziging_atelier", "quote": "outlook-en",
        "body": """Beste Stan,

Door de verhuizing naar Zutphen red ik het niet meer: ik heb 's ochtends een overleg in Nijmegen en zou
Deventer net gehaald hebben, maar Zutphen met het openbaar vervoer niet. Ik meld me dus af voor het atelier.

Groet,
Hilde Snijders
directeur Werkorganisatie Veluwe-Zuid""",
    },
    {
        "id": "h27-rsvp-26", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Koen Derksen <k.derksen@wo-maasenwaal.nl>", "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "body": """Dank voor het bericht. Nieuwe locatie is voor mij geen probleem, ik blijf gewoon aangemeld.

Met vriendelijke groet,

Koen Derksen
algemeen directeur
Werkorganisatie Maas en Waal""",
    },
    {
        "id": "h27-oth-15", "kind": "other", "thread": "invitation",
        "sender": "Wouter Hofstede <w.hofstede@vechtvliet.nl>", "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "body": """Beste Melanie,

Is er bij het Lindeboomhuis parkeergelegenheid, of kan ik beter bij het station parkeren? Ik kom met de auto
vanuit Hardenberg en heb geen zin om een half uur rondjes te rijden.

Groet,
Wouter Hofstede
Werkorganisatie Vechtvliet""",
    },
    {
        "id": "h27-auto-08", "kind": "autoreply", "thread": "invitation", "sender": JOS,
        "subject": "Afwezigheidsmelding: " + CHANGE,
        "body": """Ik ben afwezig van 14-02-2028 tot en met 25-02-2028.

Ik zal uw bericht na mijn terugkeer beantwoorden. In dringende gevallen kunt u zich wenden tot het
secretariaat van de directie, telefoon 0548 - 36 71 00.

J.H. Olthof""",
    },
    {
        "id": "h27-oth-16", "kind": "other", "thread": "invitation", "sender": FRANK,
        "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "body": """Hoi Stan,

De bijgewerkte agenda-afspraak gaat bij mij niet open: Outlook zegt dat het bestand beschadigd is, en in mijn
agenda staat nog Deventer. Kun je hem nog eens sturen, of moet ik het handmatig aanpassen?

Groet,

Frank Meulenbelt
Directeur Gemeenschappelijke Bedrijfsvoering Noordoost-Twente
T 0546 - 82 14 00""",
    },
    {
        "id": "h27-rsvp-27", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": FRANK,
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """Ja hoor, ik kom. Vergeten te antwoorden, excuus.

Frank Meulenbelt
Directeur Gemeenschappelijke Bedrijfsvoering Noordoost-Twente
T 0546 - 82 14 00""",
    },
    {
        "id": "h27-rsvp-28", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Anouk Ten Brinke <a.tenbrinke@wo-twentsepoort.nl>", "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": """Goedemorgen,

Op de wachtlijst hoef ik niet te blijven staan: ik heb inmiddels iets anders ingepland op die middag. Geef de
plek gerust aan een ander.

Groet,
Anouk ten Brinke""",
    },
    {
        "id": "h27-rsvp-29", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Joris Teunissen <j.teunissen@liemersnoord.nl>", "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": """Beste Stan en Melanie,

Dank u wel, ik neem de plaats van Femke graag in. Tot in Zutphen.

Met vriendelijke groet,
Joris Teunissen
hoofd bedrijfsvoering Werkorganisatie Liemers-Noord""",
    },
    {
        "id": "h27-rsvp-30", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Lisette Oosterhof <l.oosterhof@wo-heuvelland-oost.nl>", "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": """Hallo,

Lief dat Harm aan mij dacht, maar ik kan die dag ook niet. Harm weet het al, hij zoekt iemand anders.

Lisette""",
    },
    # ---------------------------------------------------------------- March 2028: the reminder, the atelier
    {
        "id": "h27-rsvp-31", "kind": "rsvp", "attending": False, "thread": "reminder", "sender": RUUD,
        "quoted": "herinnering_atelier", "quote": "apple",
        "body": """kan toch niet. sorry

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h27-rsvp-32", "kind": "rsvp", "attending": False, "thread": "reminder",
        "sender": "Roel Hakkert <r.hakkert@wo-achterhoekmidden.nl>", "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": """Beste Melanie,

Helaas, ik kan niet. Ik lig sinds gisteren met griep op de bank en dat wordt voor donderdag niks meer. Geef
mijn plaats maar aan iemand van de wachtlijst.

Groet,
Roel Hakkert""",
    },
    {
        "id": "h27-rsvp-33", "kind": "rsvp", "attending": True, "thread": "reminder", "sender": JOS,
        "quoted": "herinnering_atelier", "quote": "notes",
        "body": """Geachte heer Van de Laar,

Dank voor de herinnering. Ik ben donderdag present.

""" + JOS_SIG,
    },
    {
        "id": "h27-rsvp-34", "kind": "rsvp", "attending": False, "thread": "reminder", "sender": HENK,
        "quoted": "herinnering_atelier", "quote": "groupwise",
        "body": """Hoi Melanie,

Moet helaas afzegen, ik moet donderdag met de burgemeester naar het ministerie. Balen want ik had er zin in.

""" + HENK_SIG,
    },
    {
        "id": "h27-rsvp-35", "kind": "rsvp", "attending": False, "thread": "reminder", "sender": PETER,
        "quoted": "herinnering_atelier", "quote": "outlook-en",
        "body": """Dear Melanie,

Unfortunately something urgent has come up at one of our municipalities and I cannot make it on Thursday.
Yusuf will still come. My apologies for the late notice.

Peter

""" + PETER_SIG,
    },
    {
        "id": "h27-rsvp-36", "kind": "rsvp", "attending": True, "thread": "reminder",
        "sender": "Marloes van Dijk <m.vandijk@heuvelland-oost.nl>", "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": """Hoi Stan,

Ik ben er, alleen een kwartiertje later: tot twee uur zit ik nog in een overleg in Doetinchem. Begin vooral
zonder mij.

Groet,
Marloes""",
    },
    {
        "id": "h27-rsvp-37", "kind": "rsvp", "attending": True, "thread": "reminder",
        "sender": "Hester Bouwhuis <h.bouwhuis@wo-ijsselvallei.nl>", "quoted": "herinnering_atelier",
        "quote": "notes-wrote",
        "body": """Tot donderdag! Ik ben erbij.

Hester Bouwhuis
gebiedsdirecteur Werkorganisatie IJsselvallei""",
    },
    {
        "id": "h27-rsvp-38", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Tim Baltus <t.baltus@wo-graafschapsamen.nl>", "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": """nee, helaas. Volgende keer weer.

Tim Baltus""",
    },
    {
        "id": "h27-oth-17", "kind": "other", "thread": "reminder",
        "sender": "Wendy Brouwer <w.brouwer@wo-lingestroom-oost.nl>", "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": """Beste Melanie,

Ik ben behoorlijk verkouden en wil niemand aansteken, maar het atelier wil ik ook niet missen. Kan ik via
Teams aansluiten, en moet ik dat ergens doorgeven? Is dat bij de groepsgesprekken ook te volgen?

Groet,
Wendy Brouwer""",
    },
    {
        "id": "h27-oth-18", "kind": "other", "thread": "reminder",
        "sender": "Gert-Jan Zwiep <gj.zwiep@wo-veluwerand.nl>", "quoted": "herinnering_atelier", "quote": "apple",
        "body": """Stan, bel me even als je tijd hebt. 06 - 52 18 30 77

GJ

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h27-auto-09", "kind": "autoreply", "thread": "reminder",
        "sender": "Miriam Gosselink <m.gosselink@wo-degraafschap.nl>", "subject": "Out of Office: " + REMIND,
        "headers": AUTO,
        "body": """Ik ben tot en met 17 maart op een congres in Lissabon en lees beperkt mijn mail.
I am attending a conference until 17 March and have limited access to my e-mail.

Met vriendelijke groet / Kind regards,
Miriam Gosselink""",
    },
    {
        "id": "h27-auto-10", "kind": "autoreply", "thread": None,
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.wo-veluwezuid.nl>", "subject": "Onbestelbaar: " + REMIND,
        "headers": AUTO,
        "body": """Uw bericht heeft sommige of alle geadresseerden niet bereikt.

Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 16 maart 2028 [atelier:2028-1]
Verzonden op: 13-3-2028 08:00

Het bericht kan niet worden bezorgd bij de volgende geadresseerde:

'j.pasman@wo-veluwezuid.nl' op 13-3-2028 08:00
    550 5.1.1 RESOLVER.ADR.RecipNotFound; Het e-mailadres dat u hebt ingevoerd, is niet gevonden.""",
    },
    # ---------------------------------------------------------------- 20 March: the follow-up with the report
    {
        "id": "h27-sug-28", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": RUUD, "quoted": "vervolg_atelier", "quote": "apple",
        "body": """volgende keer: wat als een gemeente wil uittreden? bij ons hangt het in de lucht

R.

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h27-sug-29", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": HENK, "quoted": "vervolg_atelier", "quote": "groupwise",
        "body": """Hallo,

Ik was er zelf niet maar hoorde van collega's dat het goed was. Voor de volgende keer stel ik voor: verzuim en
werkdruk. Bij ons is het verzuim 7,8% en vooral bij het klantcontact en de uitvoering Jeugd loopt het op. Wat
doen andere werkorganisatie's daar aan?

""" + HENK_SIG,
    },
    {
        "id": "h27-sug-30", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": PETER, "quoted": "vervolg_atelier", "quote": "outlook-en",
        "body": """Dear Stan and Melanie,

Sorry again that I had to miss it; Yusuf told me it was a very good afternoon.

A topic for next time: joint regional tasks such as the energy transition and the housing targets. Our three
municipalities each have their own ambitions, yet the province and the region want one answer from us. How do
other shared organisations bring their municipalities together on such shared challenges?

Kind regards,

""" + PETER_SIG,
    },
    {
        "id": "h27-sug-31", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "sender": "Rianne Wolbers <r.wolbers@wo-twentsepoort.nl>", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": """Beste Stan en Melanie,

Wat een goede middag was het, dank daarvoor. Onderweg naar huis bleef één gesprek bij mij hangen, en dat wil
ik graag als onderwerp voor het najaar aandragen.

Wij hebben sinds januari een AI-assistent op onze website die vragen over afval, paspoorten en
parkeervergunningen beantwoordt. De cijfers zien er goed uit: een derde minder telefoontjes. Maar bij het KCC
horen we ook dat vooral ouderen en mensen die moeite hebben met lezen de chatbot juist links laten liggen en
nog vaker bellen, en dan gefrustreerd.

Mijn vraag aan collega's: hoe zorg je dat digitale dienstverlening voor de meeste inwoners beter wordt, zonder
dat de groep die het niet redt achterop raakt? En hoe meet je dat eerlijk?

Met vriendelijke groet,

Rianne Wolbers
directeur dienstverlening
Werkorganisatie Twentse Poort""",
    },
    {
        "id": "h27-oth-19", "kind": "other", "thread": "call_for_themes",
        "sender": "Bettina Roerdink <b.roerdink@twentsepoort.nl>", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "body": """Beste Stan en Melanie,

Even een compliment: het was een bijzonder inspirerende middag, en het verslag is helder en snel. Wim was ook
erg te spreken over de tafel over de verdeelsleutels. Dank voor de organisatie!

Met vriendelijke groet,
Bettina Roerdink
algemeen directeur Werkorganisatie Twentse Poort""",
    },
    {
        "id": "h27-oth-20", "kind": "other", "thread": "call_for_themes",
        "sender": "Evert Lubbers <e.lubbers@wo-vechtvliet.nl>", "quoted": "vervolg_atelier", "quote": "gmail",
        "body": """De link naar het verslag geeft bij mij een foutmelding (404). Ligt het aan mij?

Evert""",
    },
    {
        "id": "h27-oth-21", "kind": "other", "thread": "call_for_themes", "sender": WILMA,
        "quoted": "vervolg_atelier", "quote": "notes-wrote",
        "body": """Beste Melanie,

Ik was er zelf niet bij, maar collega's vertelden over de presentatie van de spreker over sturen met drie
besturen. Kunnen jullie mij die slides sturen? Ze staan niet bij het verslag.

Groet,
Wilma Kampman""",
    },
    {
        "id": "h27-oth-22", "kind": "other", "thread": "call_for_themes",
        "sender": "Harm Bruggink <h.bruggink@wo-heuvelland-oost.nl>", "quoted": "vervolg_atelier", "quote": "apple",
        "body": """Hoi Stan,

Geen onderwerp, wel een verzoek: kunnen jullie het najaarsatelier eens in Twente of de Achterhoek houden?
We zitten nu toch vaak aan de westkant en voor de collega's uit Enschede en Winterswijk is het dan een halve
dag rijden.

Harm

Verzonden vanaf mijn iPhone""",
    },
    {
        "id": "h27-oth-23", "kind": "other", "thread": "call_for_themes", "sender": JOHANNA,
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": """Geachte heer Van de Laar,

Met belangstelling heb ik het verslag gelezen. Tot mijn verrassing wordt mij daarin bij naam een uitspraak
toegeschreven over de 'onwerkbaarheid' van onze gemeenschappelijke regeling. Zo heb ik het niet gezegd, en in
deze vorm kan het bestuurlijk gevoelig liggen. Ik verzoek u vriendelijk de passage aan te passen of te
anonimiseren.

""" + JOHANNA_SIG,
    },
    {
        "id": "h27-auto-11", "kind": "autoreply", "thread": "call_for_themes", "sender": FRANK,
        "subject": "Automatisch antwoord: " + FOLLOW, "headers": AUTO, "quote": "none",
        "body": """Ik ben met voorjaarsvakantie en weer aanwezig op maandag 3 april. Uw mail lees ik daarna.

Frank Meulenbelt
Directeur Gemeenschappelijke Bedrijfsvoering Noordoost-Twente""",
    },
    {
        "id": "h27-uns-08", "kind": "unsubscribe", "thread": "call_for_themes",
        "sender": "Martijn Overbeek <m.overbeek@wo-ijsseldelta-noord.nl>", "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": """afmelden

Martijn Overbeek""",
    },
    # ---------------------------------------------------------------- April to June 2028
    {
        "id": "h27-uns-09", "kind": "unsubscribe", "thread": None, "sender": THEO,
        "subject": "Afscheid en opvolging",
        "body": """Beste Stan en Melanie,

Zoals ik in februari al aankondigde: per 1 mei ga ik met pensioen. Na ruim twaalf jaar als directeur van de
werkorganisatie is het mooi geweest. Ik heb altijd veel gehad aan de gesprekken met collega's in het netwerk,
en aan jullie begeleiding.

Mijn opvolger is Karin Lubbers, nu nog gemeentesecretaris in een van onze gemeenten. Wilt u haar in mijn
plaats als lid opnemen? Haar adres is k.lubbers@wo-maaswaaloost.nl. Mij kunt u dan van de lijst halen.

""" + THEO_SIG,
    },
    {
        "id": "h27-con-09", "kind": "confirm", "thread": "confirmation",
        "sender": "Karin Lubbers <k.lubbers@wo-maaswaaloost.nl>", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": """Beste Stan en Melanie,

Theo had het al aangekondigd. Bij deze bevestig ik graag mijn lidmaatschap; ik kijk uit naar het najaar.

Met vriendelijke groet,
Karin Lubbers
algemeen directeur Werkorganisatie Maas en Waal-Oost (per 1 mei)""",
    },
    {
        "id": "h27-uns-10", "kind": "unsubscribe", "thread": None, "sender": BART, "subject": "stoppen",
        "body": """Moi Stan en Melanie,

Per 1 juni stop ik ermee bij De Graafschap Samen, ik ga het wat rustiger aan doen. Mijn opvolger wordt Gijs
Wolters, g.wolters@graafschapsamen.nl. Zet hem er maar op in mijn plek, mij mag je eraf halen.

Het ga jullie goed, en bedankt veur alles.

Bart""",
    },
    {
        "id": "h27-uns-11", "kind": "unsubscribe", "thread": "call_for_themes",
        "sender": "Hendrik Jan Vinkenborg <hj.vinkenborg@wo-sallandsepoort.nl>", "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": """Beste Melanie,

Ik vertrek per 1 mei naar het waterschap. Mijn taken als directeur worden overgenomen door Anja Wigger
(a.wigger@wo-sallandsepoort.nl); zij neemt ook graag mijn plaats in het netwerk over. Wilt u mij afmelden en
haar in mijn plaats opnemen?

Met vriendelijke groet,
Hendrik Jan Vinkenborg""",
    },
    {
        "id": "h27-uns-12", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "Ingrid Westerveld <ingridwesterveld@hotmail.com>", "subject": "Uitschrijven",
        "body": """Hallo,

Haal me alsjeblieft uit jullie bestand en gooi al mijn gegevens weg. Ik werk niet meer bij de overheid en wil
ook niet dat mijn naam en telefoonnummer nog ergens bewaard blijven.

Groetjes,
Ingrid Westerveld""",
    },
    {
        "id": "h27-uns-13", "kind": "unsubscribe", "erase": True, "thread": "goodbye",
        "sender": "Martijn Overbeek <m.overbeek@wo-ijsseldelta-noord.nl>", "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": """Dank. Wilt u ook al mijn persoonsgegevens wissen, zoals de AVG mij toestaat?

Martijn Overbeek""",
    },
    {
        "id": "h27-uns-14", "kind": "unsubscribe", "thread": None, "sender": SANDRA, "subject": "Afmelden",
        "body": """Goedemiddag,
Wilt u mij afmelden voor het netwerk? Ik begin per juli aan een nieuwe baan buiten de gemeentewereld.
Bedankt voor de mooie bijeenkomsten!
Vriendelijke groet,
Sandra Ekkelenkamp""",
    },
    {
        "id": "h27-uns-15", "kind": "unsubscribe", "thread": None,
        "sender": "Paul Mensink <p.mensink@wo-dinxwolde-lintelo.nl>", "subject": "Opheffing werkorganisatie",
        "body": """Beste Stan,

Met de herindeling van Dinxwolde en Lintelo per 1 januari 2029 houdt onze werkorganisatie op te bestaan; ik
word geen directeur in de nieuwe gemeente. Meld mij daarom maar af voor het netwerk.

Groet,
Paul Mensink""",
    },
    {
        "id": "h27-sub-07", "kind": "subscribe", "thread": "goodbye",
        "sender": "Dirk Jan Wolters <dj.wolters@wo-oostveluwe.nl>", "quoted": "afmelding_bevestigd",
        "quote": "notes-wrote",
        "body": """Lid blijven. Ik wilde alleen het atelier afzeggen, niet het lidmaatschap.

D.J. Wolters""",
    },
    {
        "id": "h27-sub-08", "kind": "subscribe", "thread": None,
        "sender": "Marco Ruiter <m.ruiter@wo-achterhoekmidden.nl>", "subject": "Aanmelden netwerk",
        "body": """Beste Stan en Melanie,

Op het congres van de Vereniging van Gemeentesecretarissen hoorde ik Roel Hakkert enthousiast vertellen over
jullie ateliers. Ik ben sinds maart adjunct-directeur bij de Werkorganisatie Achterhoek-Midden en wil me graag
aanmelden als lid.

Met vriendelijke groet,
Marco Ruiter""",
    },
    {
        "id": "h27-sub-09", "kind": "subscribe", "thread": None,
        "sender": "Sevda Yilmaz <s.yilmaz@wo-lingebroek.nl>", "subject": "Graag aanmelden",
        "body": """Graag aanmelden voor het netwerk. Nieuw als directeur sinds april.

Sevda Yilmaz

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h27-sub-10", "kind": "subscribe", "thread": None,
        "sender": "Gijs Wolters <g.wolters@graafschapsamen.nl>", "subject": "mailinglijst netwerk directeuren",
        "body": """Hoi,

Kunnen jullie mij toevoegen aan de mailinglijst van het directeurennetwerk? Ik ben per juni directeur
van De Graafschap Samen.

Gr, Gijs Wolters""",
    },
    {
        "id": "h27-sub-11", "kind": "subscribe", "thread": None,
        "sender": "Rik Nijland <r.nijland@wo-twentsepoort.nl>", "subject": "Meedoen",
        "body": """Hoi Melanie,

Ik wil ook graag meedoen met jullie netwerk. Rianne Wolbers zegt dat ik het niet moet laten, dus bij
dezen: aanmelden als lid graag. Ik ben directeur bedrijfsvoering bij Twentse Poort.

Groetjes,
Rik""",
    },
    {
        "id": "h27-con-10", "kind": "confirm", "thread": "confirmation",
        "sender": "Marco Ruiter <m.ruiter@wo-achterhoekmidden.nl>", "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": """ja""",
    },
    {
        "id": "h27-con-11", "kind": "confirm", "thread": "confirmation",
        "sender": "Anja Wigger <a.wigger@wo-sallandsepoort.nl>", "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": """Hierbij bevestig ik mijn aanmelding.

Anja Wigger
directeur Werkorganisatie Sallandse Poort""",
    },
    {
        "id": "h27-con-12", "kind": "confirm", "thread": None,
        "sender": "Sevda Yilmaz <s.yilmaz@wo-lingebroek.nl>", "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "body": """Bevestigd, dank!

Sevda

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "h27-con-13", "kind": "confirm", "thread": "confirmation",
        "sender": "Rik Nijland <r.nijland@wo-twentsepoort.nl>", "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": """OK

Verzonden vanuit Outlook voor Android""",
    },
    {
        "id": "h27-con-14", "kind": "confirm", "thread": "confirmation", "quote": "none",
        "sender": "Gijs Wolters <g.wolters@graafschapsamen.nl>",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-9PW2D-LQ7HN-3CVB6]",
        "body": """Ik bevestig, graag lid.

Gijs""",
    },
    {
        "id": "h27-oth-24", "kind": "other", "thread": None,
        "sender": "Hanneke Visscher <h.visscher@wo-veluwerand.nl>", "subject": "Inzage gegevens",
        "body": """Geachte heer, mevrouw,

Graag ontvang ik een overzicht van de persoonsgegevens die het netwerk van mij bewaart, en van wie u die
heeft gekregen. Ik wil graag blijven, maar ik wil weten wat er over mij is vastgelegd.

Met vriendelijke groet,
Hanneke Visscher""",
    },
    {
        "id": "h27-oth-25", "kind": "other", "thread": None,
        "sender": "Marjon Slot <m.slot@wo-ijsselvallei.nl>", "subject": "Vertrek Wilma Kampman",
        "body": """Beste Stan en Melanie,

Ik wil jullie laten weten dat Wilma Kampman per 1 juni onze organisatie heeft verlaten. Wie haar opvolgt is
nog niet bekend; de werving loopt. Zodra er iemand is, laat ik het weten.

Vriendelijke groet,
Marjon Slot
bestuurssecretariaat Werkorganisatie IJsselvallei""",
    },
    {
        "id": "h27-oth-26", "kind": "other", "thread": "call_for_themes",
        "sender": "Kees Reinders <k.reinders@wo-regge.nl>", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": """Beste Stan,

Per september word ik directeur bij de provincie, dus strikt genomen geen fusieorganisatie meer. Als dat
betekent dat ik niet meer welkom ben, meld me dan maar af. Maar mag ik blijven? Ik houd de contacten graag
warm, en de provincie heeft veel met jullie leden te maken.

Groet,
Kees Reinders""",
    },
    {
        "id": "h27-oth-27", "kind": "other", "thread": None,
        "sender": "Jeroen Wagenvoort <jwagenvoort@gmail.com>", "subject": "zie bijlage",
        "body": """zie bijlage

Verzonden vanaf mijn Samsung Galaxy-smartphone""",
    },
    {
        "id": "h27-oth-28", "kind": "other", "thread": None,
        "sender": "Floor de Boer <f.deboer@student.ru.nl>", "subject": "Onderzoek ambtelijke fusies - verzoek",
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

Ik ben masterstudent Bestuurskunde aan de Radboud Universiteit en schrijf mijn scriptie over sturing in
ambtelijke fusieorganisaties. Zou het mogelijk zijn om via uw netwerk een korte vragenlijst (10 minuten) onder
de directeuren te verspreiden? Uiteraard deel ik de resultaten graag met het netwerk.

Met vriendelijke groet,
Floor de Boer""",
    },
    {
        "id": "h27-oth-29", "kind": "other", "thread": None,
        "sender": "Redactie Lokaal Bestuur <redactie@lokaalbestuur-online.nl>", "subject": "Vraag over uw netwerk",
        "body": """Goedemiddag,

Voor een artikel over de toekomst van ambtelijke fusies zoeken wij directeuren die willen vertellen over hun
ervaringen. Zou u ons in contact kunnen brengen met een of twee leden van het netwerk, of zelf iets willen
vertellen over wat er in de ateliers besproken wordt? Onze deadline is eind mei.

Met vriendelijke groet,
Thijs Brandsma
redacteur""",
    },
    {
        "id": "h27-oth-30", "kind": "other", "thread": None,
        "sender": "Het Lindeboomhuis <administratie@lindeboomhuis-zutphen.nl>", "subject": "Factuur 2028-0311",
        "body": """Geachte relatie,

In de bijlage treft u factuur 2028-0311 aan voor de zaalhuur, catering en techniek van donderdag 16 maart
2028. Wij verzoeken u het bedrag van € 2.184,50 binnen 30 dagen over te maken onder vermelding van het
factuurnummer.

Wij danken u voor uw komst en hopen u opnieuw te mogen ontvangen.

Met vriendelijke groet,
Administratie Het Lindeboomhuis""",
    },
    {
        "id": "h27-oth-31", "kind": "other", "thread": None, "sender": ANNEMIEK, "subject": "Adviesraad",
        "body": """Beste Stan, beste Melanie,

Een vraag uit nieuwsgierigheid: wie zitten er eigenlijk in de Adviesraad, en hoe worden die mensen gekozen?
Ik hoor er soms over, maar ik heb nooit een overzicht gezien.

Met een hartelijke groet,

""" + ANNEMIEK_SIG,
    },
    {
        "id": "h27-oth-32", "kind": "other", "thread": None, "sender": SANDRA, "subject": "najaarsatelier",
        "body": """Hallo Melanie,
Is de datum van het najaarsatelier al bekend? Dan kan ik hem vast blokken.
Vriendelijke groet,
Sandra Ekkelenkamp""",
    },
    {
        "id": "h27-auto-12", "kind": "autoreply", "thread": "welcome",
        "sender": "Marieke Zwiers <marieke.zwiers@gmail.com>", "subject": "Re: Welkom bij het Netwerk van directeuren",
        "headers": {"Precedence": "auto_reply"},
        "body": """Hoi! Ik ben op vakantie en weer terug op dinsdag 6 juni. Tot dan lees ik geen mail.

Marieke""",
    },
    {
        "id": "h27-auto-13", "kind": "autoreply", "thread": "confirmation",
        "sender": "Anja Wigger <a.wigger@wo-sallandsepoort.nl>",
        "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-4HN8T-RX2KM-9WZQ5]",
        "body": """Goedendag,

Op maandag en woensdag ben ik niet werkzaam. Uw bericht lees ik op de eerstvolgende werkdag. Voor dringende
zaken kunt u terecht bij het secretariaat: secretariaat@wo-sallandsepoort.nl.

Met vriendelijke groet,
Anja Wigger""",
    },
]
# fmt: on
