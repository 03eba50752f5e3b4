"""devset109: one autumn season (September to December 2026) in info@ambtelijkefusie.nl.

The season: the call for themes (early September) for the atelier of Thursday 26 November 2026 ("Koers houden na de
verkiezingen", atelier 2026-2), the invitation (early October), a change of venue (Stadskantoor to Provinciehuis
Utrecht, late October), the reminder (mid November), the follow-up mail after the atelier (early December, whose
suggestions count for atelier 2027-1), and throughout: sign-ups and confirmations, leaves, AVG erasures, hand-overs,
machine answers and mail only a person can handle. Quoted mails are the fixed snapshot of our templates (their dates
are those of the snapshot); inline answers quote our autumn mails in the body itself.

About fifteen recurring writers with fixed habits: Van Wijngaarden (very formal, Outlook, disclaimer), Oudejans
(chummy, iPhone), Holloway (English, Outlook in English), Brouwers (always answers between our quoted lines),
Schouten-Verbeek (terse, "Gr. MS"), Hageman (long, GroupWise, buries the point), De Bruijn-Lammers (changes her mind
in a second mail), Veldkamp (Lotus Notes), El Amrani (numbered lists), Mulders (lowercase, Gmail, typos), Zwart
(question and request in one mail), Hoogendijk (a client that pastes our mail without marks), Vonk-Timmer (long
disclaimer), Terpstra (Frisian touches, Apple Mail), and Hofstede, who writes for her director Tammeling.

Conventions relied on (from the brief):
- A request to sign up one named colleague WITH that colleague's address: `subscribe`; several people or no
  address: `other`. Replying 'lid blijven' under our leave confirmation: `subscribe`.
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a topic is a `suggestion` (also when it says whether the writer
  comes); only whether the writer comes is an `rsvp`; a proposal about the form of the ateliers is `other`.
- Leaving and declining the atelier in one mail: `unsubscribe`. A decline with a substitute: `rsvp` False.
- A named successor taking over the seat (with address): `unsubscribe`. A colleague reporting a departure: `other`.
- An AVG erasure request: `unsubscribe` with `erase` True; a request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer; a yes on a condition, or a request plus a real
  question to the secretariat: `other`.
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our mail: `rsvp`.
- Themes: those of what the writer proposes, not of words used in passing; two only where the topic (or the two
  topics of one mail) clearly span both.
"""

from __future__ import annotations

from typing import Any

VW_SIG = """mr. drs. H.J. (Hendrik-Jan) van Wijngaarden
Algemeen directeur / secretaris
Werkorganisatie Vechtstreek-Zuid
Postbus 1120, 3600 BC Maarssen
T 0346 - 25 44 00

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u
verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te retourneren."""

LV_SIG = """Met hartelijke groet,
Liesbeth

Liesbeth Vonk-Timmer
algemeen directeur Werkorganisatie Lingewaarden

-----------------------------------------------------------------------------------------------------------
Werkorganisatie Lingewaarden voert de taken uit voor de gemeenten Bemmerwaard, Gendtstede, Oosterhout-Angeren,
Doornwaard, Haalderveld en Loo-Ressen. Dit e-mailbericht is alleen bestemd voor de geadresseerde(n). Heeft u dit
bericht onbedoeld ontvangen, verwijder het dan en laat het de afzender weten. Aan dit bericht kunnen geen rechten
worden ontleend.
-----------------------------------------------------------------------------------------------------------"""

FE_SIG = """drs. Fatima El Amrani
Algemeen directeur
Werkorganisatie Gouwe-Oost
T 0182 - 59 80 00 | f.elamrani@gouweoost.nl"""

RV_SIG = """Ruud Veldkamp
Directeur DGU Salland-Oost
Postbus 200, 8100 AE Salland
tel. 0572 - 34 56 00"""

IH_SIG = """Ingrid Hofstede
Managementondersteuner directie
namens R.A. Tammeling, algemeen directeur
Werkorganisatie Alblas-Merwede
T 078 - 69 11 400"""

VW = "H.J. van Wijngaarden <h.vanwijngaarden@vechtstreekzuid.nl>"
SO = "Sanne Oudejans <s.oudejans@peelrand.nl>"
JH = "James Holloway <j.holloway@maasenwaal.nl>"
WB = "Wim Brouwers <w.brouwers@kopvanhetland.nl>"
MS = "Schouten-Verbeek, M. <m.schouten@grdewaarden.nl>"
TH = "Ton Hageman <T.Hageman@noordveluwerand.nl>"
KB = "Karin de Bruijn-Lammers <k.debruijn@wkrw.nl>"
RV = "Ruud Veldkamp <r.veldkamp@dgu-sallandoost.nl>"
FE = "Fatima El Amrani <f.elamrani@gouweoost.nl>"
JM = "jeroen mulders <jeroenmulders72@gmail.com>"
AZ = "Annemiek Zwart <a.zwart@demeierijsamen.nl>"
BH = "Bart Hoogendijk <b.hoogendijk@zeeuwsestromen.nl>"
LV = "Liesbeth Vonk-Timmer <l.vonk@lingewaarden.nl>"
GT = "Gijs Terpstra <g.terpstra@waadkust.nl>"
IH = "Hofstede, Ingrid <i.hofstede@alblasmerwede.nl>"

OOF = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

SUBJ_CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 26 november 2026 [atelier:2026-2]"
SUBJ_INV = "Uitnodiging Leer- en inspireer-atelier 26 november 2026: Koers houden na de verkiezingen [atelier:2026-2]"
SUBJ_CHANGE = "Gewijzigd: Leer- en inspireer-atelier 26 november 2026 [atelier:2026-2]"
SUBJ_REM = "Herinnering: Leer- en inspireer-atelier donderdag 26 november 2026 [atelier:2026-2]"
SUBJ_FOLLOW = 'Dank voor uw komst: Leer- en inspireer-atelier "Koers houden na de verkiezingen" [atelier:2026-2]'
SUBJ_THANKS = "Dank voor uw themasuggestie [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ September: the call for themes
    {
        "id": "d109-auto-01", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Rianne Bosman <r.bosman@oudeijssel.nl>",
        "subject": "Automatisch antwoord: " + SUBJ_CALL, "headers": OOF,
        "body": """Dank voor uw bericht. Ik ben met vakantie tot en met vrijdag 11 september en lees mijn mail niet.
Voor dringende zaken kunt u contact opnemen met het directiesecretariaat via 0314 - 37 26 00 of
directiesecretariaat@oudeijssel.nl.

Met vriendelijke groet,
Rianne Bosman
Algemeen directeur Werkorganisatie Oude IJssel""",
    },
    {
        "id": "d109-sugg-01", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl", "sender": VW,
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

Hartelijk dank voor uw oproep van 3 september jl. Graag maak ik van de gelegenheid gebruik om een onderwerp aan
te dragen voor het eerstvolgende atelier.

Na de gemeenteraadsverkiezingen van maart jl. zijn in alle zes deelnemende gemeenten nieuwe coalitieakkoorden
gesloten. Voor onze werkorganisatie betekent dit zes bestuurlijke agenda's met elk eigen prioriteiten, terwijl
wij slechts over één capaciteit beschikken om die waar te maken. Ik zou gaarne met collega's van gedachten
wisselen over de vraag hoe een directie daaruit een meerjarige koers voor de organisatie destilleert: welke
prioriteiten stelt men, wie beslist daarover, en hoe houdt men die koers vast gedurende de raadsperiode?

Ik vertrouw erop u hiermee van dienst te zijn.

Hoogachtend,

""" + VW_SIG,
    },
    {
        "id": "d109-sugg-02", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "apple", "sender": SO,
        "body": """Hoi Stan en Melanie,

Leuk, de oproep is er weer! Wat mij betreft moet het nu echt een keer over de arbeidsmarkt gaan. Wij hebben op dit
moment ruim 40 vacatures open staan, vooral bij VTH en ICT, en ik krijg ze gewoon niet gevuld. Hoe doen de andren
dat? Traineeships, zij-instromers, eigen mensen omscholen... Ik ben echt benieuwd hoe anderen hun formatie op peil
houden.

Groetjes en tot snel,
Sanne

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d109-sugg-03", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": WB, "subject": "Re: " + SUBJ_CALL,
        "body": """Op do 3 sep 2026 om 10:02 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;

Hier heb ik dit keer niets.

> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in
> de regio;

Idem.

> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;

Ja. Generatieve AI op de werkvloer. De helft van onze collega's gebruikt al ChatGPT of Copilot, zonder dat er
beleid voor is. Wie stelt in een werkorganisatie van zes gemeenten de kaders, en hoe regel je dat met de CISO?

> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van
> prestaties.

Volgend jaar misschien.

Wim""",
    },
    {
        "id": "d109-sub-01", "kind": "subscribe", "sender": "Marloes Kuipers <m.kuipers@eemlandzuid.nl>",
        "subject": "Aanmelding netwerk",
        "body": """Goedemorgen,

Sinds 1 september ben ik algemeen directeur van Werkorganisatie Eemland-Zuid, de ambtelijke organisatie van vijf
gemeenten ten zuiden van Amersfoort. Mijn voorganger sprak altijd met veel enthousiasme over uw netwerk. Graag meld
ik mij daarom aan als lid.

Met vriendelijke groet,

Marloes Kuipers
algemeen directeur
Werkorganisatie Eemland-Zuid
m.kuipers@eemlandzuid.nl | 033 - 750 12 00""",
    },
    {
        "id": "d109-conf-01", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl", "sender": "Marloes Kuipers <m.kuipers@eemlandzuid.nl>",
        "body": """Hierbij bevestig ik mijn aanmelding.

Marloes Kuipers
Werkorganisatie Eemland-Zuid""",
    },
    {
        "id": "d109-sugg-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-en", "sender": JH,
        "body": """Dear Stan, dear Melanie,

Thanks for the call for topics. Apologies for replying in English - my Dutch reading is fine, my writing less so.

One topic I'd like to put forward: how do you monitor service performance across five municipalities when each
council asks for its own set of indicators? We report on waiting times at the front desk, response times on
e-mail and the time it takes to handle permit applications, but every council wants a different dashboard.
I'd be keen to hear how others measure and report what residents actually experience.

Best regards,

James Holloway
General Director | Werkorganisatie Maas & Waal
+31 (0)24 750 30 10""",
    },
    {
        "id": "d109-rsvp-01", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": MS,
        "body": """Geen onderwerp van mijn kant dit keer. Naar het atelier kom ik wel.

Gr. MS

Marjolein Schouten-Verbeek
Directeur GR De Waarden""",
    },
    {
        "id": "d109-sugg-05", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "groupwise", "sender": TH,
        "body": """Beste Stan,

Allereerst: excuus dat het even duurde voor ik reageer, ik ben net terug van drie weken Noorwegen (aanrader, al
heeft het er vrijwel elke dag geregend) en de inbox was navenant. Bij ons is het sowieso een roerig najaar: we
zitten midden in de herinrichting van het sociaal domein, de nieuwe concerncontroller is begonnen en de verhuizing
naar het nieuwe kantoor schuift weer een half jaar op. Je kent het.

Maar goed, je oproep. Ik heb eens nagedacht over wat mij de laatste tijd echt bezighoudt, en dat is toch wel dat
een van onze vijf gemeenten hardop nadenkt over uittreden uit de GR. Er ligt een motie van de raad om de
mogelijkheden te onderzoeken. Ik zou het heel waardevol vinden om met collega's te praten over hoe je omgaat met
een deelnemer die twijfelt: wat doet dat met de verhoudingen tussen de gemeenten, hoe voer je dat gesprek, en wie
heeft het al eens meegemaakt?

Verder alles goed hier. Groet ook aan Melanie.

Ton Hageman
directeur Werkorganisatie Noord-Veluwerand""",
    },
    {
        "id": "d109-auto-02", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Eveline Marchand <e.marchand@delflanden.nl>",
        "subject": "Automatic reply: " + SUBJ_CALL, "headers": {"Auto-Submitted": "auto-replied"},
        "body": """\
Thank you for your e-mail. I am attending a conference abroad until 14 September with limited access to my
mailbox. Your message will not be forwarded. For urgent matters please contact my office at directie@delflanden.nl.

Kind regards,
Eveline Marchand""",
    },
    {
        "id": "d109-sugg-06", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail", "sender": KB,
        "body": """Hallo Stan en Melanie,

Mijn voorstel voor het atelier: wij gaan volgend jaar van vijf gemeentelijke websites naar één digitaal loket voor
alle inwoners en ondernemers, met per gemeente een eigen ingang. Ik hoor graag hoe anderen dat hebben aangepakt,
wat inwoners ervan vonden en welke fouten we kunnen voorkomen.

Hartelijke groet,
Karin de Bruijn-Lammers
directeur Werkorganisatie Kromme Rijn-West""",
    },
    {
        "id": "d109-sugg-07", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "gmail", "sender": KB,
        "body": """Hallo allebei,

In jullie bevestiging zie ik mijn onderwerp over het digitale loket staan. Na ons MT van gisteren wil ik dat toch
omwisselen: dat loket is bij ons al zo ver gevorderd dat er weinig meer te kiezen valt. Wat ons nu veel meer
bezighoudt is informatiebeveiliging, sinds de cyberaanval bij een buurgemeente. Hoe beleg je de CISO-rol en de
beveiliging van de systemen voor vijf gemeenten en één organisatie? Willen jullie het loket dus schrappen en dit
ervoor in de plaats zetten?

Dank je wel!
Karin""",
    },
    {
        "id": "d109-other-01", "kind": "other", "thread": "call_for_themes", "quoted": "oproep_themas",
        "quote": "outlook-nl", "sender": AZ,
        "body": """Beste Stan,

Dank voor de oproep. Twee dingen:
Is al bekend waar het atelier dit keer wordt gehouden? Ik moet in november veel reizen en wil het graag op tijd
inplannen. En zou je de oproep ook aan mijn collega-directeur bedrijfsvoering willen sturen? Zij is nieuw bij ons
en staat volgens mij nog niet op jullie lijst.

Met vriendelijke groet,

Annemiek Zwart | algemeen directeur | De Meierij Samen
06 - 41 28 77 30""",
    },
    {
        "id": "d109-sub-02", "kind": "subscribe", "sender": LV, "subject": "Aanmelding collega",
        "body": """Beste Melanie,

Sinds deze maand hebben wij naast mij een tweede directeur: Erik-Jan Wolters, verantwoordelijk voor het fysieke en
het sociale domein. Hij wil graag ook lid worden van het netwerk. Zijn mailadres is e.wolters@lingewaarden.nl.
Wil je hem aanmelden?

""" + LV_SIG,
    },
    {
        "id": "d109-other-02", "kind": "other", "sender": "Robbert-Jan Sikkema <rj.sikkema@koersvast-advies.nl>",
        "subject": "Samenwerking rond uw Leer- en inspireer-atelier?",
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

Via LinkedIn zag ik dat u dit najaar weer een Leer- en inspireer-atelier organiseert voor directeuren van
ambtelijke fusieorganisaties. Bureau Koersvast begeleidt al vijftien jaar gemeentelijke samenwerkingsverbanden bij
herindeling, fusie en doorontwikkeling. Wij verzorgen graag kosteloos een interactieve workshop van een uur over
'de menselijke kant van de fusie', als opmaat naar een verdere kennismaking.

Zullen we binnenkort een half uur bellen? Ik ben volgende week dinsdag en donderdag goed bereikbaar.

Met vriendelijke groet,

Robbert-Jan Sikkema
Partner | Bureau Koersvast
www.koersvast-advies.nl | 06 - 18 44 09 27""",
    },
    {
        "id": "d109-conf-02", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn", "sender": "Wolters, Erik-Jan <e.wolters@lingewaarden.nl>",
        "body": """Met vriendelijke groet,

ing. E.J. Wolters
directeur Fysiek en Sociaal Domein
Werkorganisatie Lingewaarden""",
    },
    {
        "id": "d109-sugg-08", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "apple", "sender": GT,
        "body": """Goeie Melanie,

Bij ons aan de Waadkust speelt vooral: hoe houd je de dienstverlening dichtbij als alles digitaal wordt? Vijf
gemeenten, tientallen dorpen, veel ouderen, en het gemeentehuis is voor sommigen een uur met de bus. We proberen
nu een balie in de dorpshuizen op vaste dagen. Zou mooi zijn om te horen hoe anderen de bereikbaarheid voor
inwoners regelen.

Groetnis,
Gijs

Gijs Terpstra
directeur Werkorganisatie Waadkust""",
    },
    {
        "id": "d109-sugg-09", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl", "sender": FE,
        "body": """Beste Stan, beste Melanie,

Naar aanleiding van uw oproep draag ik twee onderwerpen aan:

1. Financiële weerbaarheid van de werkorganisatie. Door het ravijnjaar vragen alle vijf gemeenten ons om een
   taakstelling; hoe verdeel je die zonder de uitvoering uit te hollen?
2. Binding van medewerkers bij hybride werken: het verloop is bij ons in twee jaar verdubbeld.

Hebt u er meer toelichting bij nodig, dan hoor ik het graag.

Met vriendelijke groet,

""" + FE_SIG,
    },
    {
        "id": "d109-sugg-10", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl", "sender": IH,
        "body": """Geachte heer Van de Laar,

Namens de heer Tammeling stuur ik u zijn bijdrage voor het komende atelier. Hij zou graag spreken over de positie
van de werkorganisatie in de regio: de zeven gemeenten van Alblas-Merwede worden steeds vaker aangesproken als één
partner in regionale opgaven zoals woningbouw en de energietransitie, terwijl ze onderling verschillende belangen
hebben. Hoe bepaal je als samenwerking een gezamenlijke positie tegenover provincie en regio?

Met vriendelijke groet,

""" + IH_SIG,
    },
    {
        "id": "d109-sugg-11", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail", "sender": JM,
        "body": """hé stan,

goeie oproep weer. mijn ding voor november: de eeuwige spagaat tussen de eigenheid van elke gemeente en de
efficency van 1 organisatie. wij hebben 6 burgemeesters die allemaal vinden dat hun dorp anders is (klopt ook)
maar ik kan niet 6x alles anders doen. hoe houden anderen de balans tussen de belangen van de deelnemers?

groet jeroen

Verzonden vanaf Gmail voor mobiel""",
    },
    {
        "id": "d109-sugg-12", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "ongemarkeerd", "sender": BH,
        "body": """Onderwerp voor het atelier:

De doorlooptijden van vergunningen onder de Omgevingswet. Ondernemers klagen bij ons steen en been, en we halen de
wettelijke termijnen niet altijd. Hoe meten anderen hun prestaties op dit vlak en wat hebben ze gedaan om de
dienstverlening aan aanvragers te verbeteren?

Bart Hoogendijk
Werkorganisatie Zeeuwse Stromen""",
    },
    {
        "id": "d109-sugg-13", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Pieter-Bas Rozendaal <pb.rozendaal@lekstroomoost.nl>",
        "body": """Beste secretariaat,

Mijn suggestie: de inzet van AI in het klantcontact. Wij willen volgend jaar een digitale assistent op de websites
van onze vijf gemeenten zetten. Ik zou dat graag van twee kanten bespreken: wat merkt de inwoner ervan (sneller
antwoord, of juist frustratie als de chatbot het niet snapt), en wat vraagt het van onze eigen werkprocessen, van de
medewerkers van het KCC en van de informatievoorziening erachter?

Groet,
Pieter-Bas Rozendaal
directeur Werkorganisatie Lekstroom-Oost""",
    },
    {
        "id": "d109-other-03", "kind": "other", "thread": "call_for_themes", "quoted": "oproep_themas",
        "quote": "outlook-nl", "sender": "Yvonne Scheepers <y.scheepers@bergenbos.nl>",
        "body": """Beste Stan en Melanie,

Een inhoudelijk onderwerp heb ik niet, wel een wens over de vorm. Kan het atelier een keer op een ochtend, of met
een online deelname die echt werkt? Voor wie uit het oosten van het land komt, is een middag in Utrecht al snel een
hele dag kwijt, en in november vergaderen de raden bijna elke avond over de begroting.

Met vriendelijke groet,
Yvonne Scheepers
Werkorganisatie Berg en Bos""",
    },
    {
        "id": "d109-unsub-01", "kind": "unsubscribe", "thread": "call_for_themes", "quoted": "oproep_themas",
        "quote": "outlook-lijn", "sender": "Lievense, H. <h.lievense@hoekschedelta.nl>",
        "body": """\
Wilt u mij uit het bestand halen? Ik kom er toch nooit aan toe om deel te nemen en wil de mailtjes niet meer
ontvangen.

H. Lievense""",
    },
    {
        "id": "d109-auto-03", "kind": "autoreply", "sender": "Gemeente Zederikdal <info@zederikdal.nl>",
        "subject": "Ontvangstbevestiging: " + SUBJ_CALL, "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Geachte heer/mevrouw,

Hartelijk dank voor uw e-mail. Uw bericht is ontvangen en geregistreerd onder zaaknummer Z-2026-0914-4471.
Wij streven ernaar u binnen vijf werkdagen een inhoudelijke reactie te geven. Heeft u een vraag over uw zaak?
Vermeld dan altijd het zaaknummer.

Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.

Gemeente Zederikdal
Klantcontactcentrum""",
    },
    {
        "id": "d109-conf-03", "kind": "confirm", "thread": "confirmation", "quoted": "herinnering_aanmelding",
        "quote": "apple", "sender": "Tessa Vermeulen <t.vermeulen@noordhollandsduin.nl>",
        "body": """Oei, deze was ik vergeten. Bij dezen alsnog bevestigd!

Tessa

Verstuurd vanaf mijn iPad""",
    },
    {
        "id": "d109-sugg-14", "kind": "suggestion", "themes": ["organisatie"], "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl", "sender": "Marloes Kuipers <m.kuipers@eemlandzuid.nl>",
        "body": """Beste Stan en Melanie,

Dank voor het hartelijke welkom. U vraagt naar een onderwerp, en ik heb er meteen een: het sturingsconcept. Bij ons
sturen vijf gemeenten als opdrachtgever op één werkorganisatie, elk met een eigen dienstverleningsovereenkomst, en
de directie zit daartussen. Hoe hebben andere werkorganisaties hun sturing ingericht: met een
opdrachtgeversoverleg, een directieraad, of nog anders?

Met vriendelijke groet,
Marloes Kuipers""",
    },
    {
        "id": "d109-other-04", "kind": "other", "sender": VW, "subject": "Vraag inzake lidmaatschap",
        "body": """Geachte heer Van de Laar,

Met genoegen ben ik sinds enige jaren lid van uw netwerk. Binnen onze werkorganisatie is de vraag gerezen of ook
de gemeentesecretarissen van de afzonderlijke deelnemende gemeenten, voor zover die functie niet bij de algemeen
directeur is belegd, voor het lidmaatschap in aanmerking komen. Twee van hen hebben daarnaar bij mij geïnformeerd.

Ik zie uw antwoord met belangstelling tegemoet.

Hoogachtend,

""" + VW_SIG,
    },
    {
        "id": "d109-unsub-02", "kind": "unsubscribe", "erase": True,
        "sender": "A.C. Feenstra <arnoud.feenstra@gmail.com>", "subject": "Verzoek verwijdering persoonsgegevens",
        "body": """Geachte heer, mevrouw,

Per 1 augustus ben ik niet langer werkzaam als directeur van Werkorganisatie Westfriese Kust. Ik stel vast dat uw
berichten mij via een doorstuurregel nog steeds bereiken.

Op grond van artikel 17 van de Algemene Verordening Gegevensbescherming verzoek ik u al mijn persoonsgegevens uit
uw administratie te verwijderen.

Met vriendelijke groet,
A.C. Feenstra""",
    },
    {
        "id": "d109-rsvp-02", "kind": "rsvp", "attending": False, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Sietske Haverkamp <s.haverkamp@ijsseldeltanoord.nl>",
        "body": """Beste Melanie,

Een onderwerp heb ik niet paraat. En het atelier zelf gaat me dit keer niet lukken: eind november zit ik midden in
de begrotingsbehandelingen van onze zeven raden. Volgende keer hopelijk weer.

Hartelijke groet,
Sietske Haverkamp""",
    },
    {
        "id": "d109-unsub-03", "kind": "unsubscribe", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en", "sender": "Frank Opdam <f.opdam@oosterhoutstad.nl>",
        "body": """Ik heb me niet aangemeld voor dit netwerk; dit moet een vergissing zijn.

Frank Opdam""",
    },
    {
        "id": "d109-other-05", "kind": "other", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "gmail", "sender": "Mirjam Lodewijks <mirjam.lodewijks@kempenveld.nl>",
        "body": """Goedemiddag,

Ik ontvang deze mail, maar ik heb mij nergens aangemeld. Het adres waarvandaan de aanmelding kwam ken ik ook niet.
Hoe bent u aan mijn e-mailadres gekomen?

Mirjam Lodewijks""",
    },
    {
        "id": "d109-auto-04", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Directie Utrechtse Vallei <directie@utrechtsevallei.nl>",
        "subject": "Automatisch antwoord: " + SUBJ_CALL,
        "body": """\
Dit e-mailadres is per 1 september 2026 niet meer in gebruik. Uw bericht wordt niet doorgestuurd of gelezen.
Stuurt u uw bericht opnieuw naar bestuurssecretariaat@utrechtsevallei.nl.

Dit is een automatisch antwoord.""",
    },
    {
        "id": "d109-sugg-15", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "outlook-nl", "sender": FE,
        "body": """Beste Melanie,

Dank voor de bevestiging. Bij nader inzien voeg ik er nog een derde onderwerp aan toe:

3. Klanttevredenheid per gemeente meten. Wij meten nu voor de werkorganisatie als geheel, maar de raden willen
   cijfers per kern. Welke methode gebruiken anderen om hun dienstverlening te monitoren?

Met vriendelijke groet,

""" + FE_SIG,
    },
    {
        "id": "d109-other-06", "kind": "other", "thread": "call_for_themes", "quoted": "oproep_themas",
        "quote": "outlook-nl", "sender": "Niels van Gastel <n.vangastel@liemerswest.nl>",
        "body": """Beste Stan,

In de oproep lees ik dat de Adviesraad de suggesties weegt. Is daar nog plek? Ik ben nu drie jaar directeur van
Werkorganisatie De Liemers-West en lever graag een bijdrage aan het programma van het netwerk. Laat je me weten wat
daarvoor nodig is?

Groet,
Niels van Gastel""",
    },
    {
        "id": "d109-sugg-16", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes", "sender": RV,
        "body": """Beste Stan,

Voor het atelier wil ik graag het volgende inbrengen. In Salland-Oost leeft steeds sterker de vraag of de
samenwerking van zeven gemeenten in een GR op lange termijn houdbaar is, of dat een herindeling onvermijdelijk
wordt. Ik zou met collega's willen verkennen hoe je als directie een toekomstvisie voor 2035 ontwikkelt waarin de
verhouding tussen de gemeenten zelf ter discussie staat.

Met vriendelijke groeten,

""" + RV_SIG,
    },
    {
        "id": "d109-sugg-17", "kind": "suggestion", "themes": ["strategie"],
        "sender": "Anouk Verschuren <a.verschuren@zederikdal.nl>", "subject": "Onderwerp voor het najaarsatelier",
        "body": """Dag Stan en Melanie,

De oproep kwam in mijn andere mailbox terecht, vandaar dat ik los reageer. Wij schrijven dit najaar aan 'Koers
2030', de visie op onze werkorganisatie voor de komende jaren. Het lastige is verder te kijken dan één
raadsperiode. Ik zou graag met collega's delen hoe zij een langetermijnvisie opstellen en die bestuurlijk
verankeren.

Groet,
Anouk Verschuren
directeur Werkorganisatie Zederikdal""",
    },
    {
        "id": "d109-conf-04", "kind": "confirm", "thread": "confirmation",
        "sender": "Lotte Brinkman <l.brinkman@hartvandebetuwe.nl>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-2M8TQ-KD4WN-9PXL3]",
        "body": """Op 17 sep. 2026 om 08:41 heeft Netwerk van directeuren van ambtelijke fusieorganisaties
<info@ambtelijkefusie.nl> het volgende geschreven:

> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.

Bij deze.

Lotte""",
    },
    # ------------------------------------------------------------------ October: the invitation
    {
        "id": "d109-rsvp-03", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": VW,
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

Gaarne bevestig ik dat ik aan het Leer- en inspireer-atelier zal deelnemen. Het stemt mij tot genoegen dat het door
mij aangedragen onderwerp een plaats in het programma heeft gekregen.

Hoogachtend,

""" + VW_SIG,
    },
    {
        "id": "d109-rsvp-04", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple", "sender": SO,
        "body": """Jaaa, ik kom! En ik neem onze concerncontroller Ruben mee, dus we zijn met z'n tweetjes.

Groetjes,
Sanne

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d109-rsvp-05", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en", "sender": JH,
        "body": """Hi both,

Count me in - I'll be there, on my own this time.

Best,
James

James Holloway
General Director | Werkorganisatie Maas & Waal""",
    },
    {
        "id": "d109-rsvp-06", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": WB,
        "subject": "Re: " + SUBJ_INV,
        "body": """Op di 6 okt 2026 om 09:30 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> Wanneer: donderdag 26 november 2026, 14.00 tot 17.30 uur
> Thema:   Strategie
> Waar:    Stadskantoor, Stadsplateau 1, Utrecht

Staat in de agenda.

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

Ja, ik kom. Zonder aanhang.

Wim""",
    },
    {
        "id": "d109-rsvp-07", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn", "sender": MS,
        "body": """Kan niet, zit die middag bij de accountant.

Gr. MS""",
    },
    {
        "id": "d109-rsvp-08", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise", "sender": TH,
        "body": """Hoi Stan,

Wat een mooie titel hebben jullie er weer aan gegeven. Ik moest wel even lachen, want 'koers houden' is bij ons op
dit moment een hele opgave: de uittredingsdiscussie waar ik je over schreef is inmiddels in de raad geweest en het
onderzoek is gegund aan een extern bureau, dus dat gaat de komende maanden de toon zetten. Daarnaast hebben we de
nieuwe begrotingssystematiek ingevoerd, die gelukkig redelijk landt, al blijft het wennen voor de budgethouders.
En onze OR heeft een nieuwe voorzitter, een prettige man overigens.

Om kort te gaan: ik heb de middag vrijgehouden en ik zal er zijn.

Hartelijke groet, ook aan Melanie,
Ton""",
    },
    {
        "id": "d109-rsvp-09", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail", "sender": KB,
        "body": """Hallo Stan,

Leuk! Ik ben van de partij.

Groet,
Karin""",
    },
    {
        "id": "d109-rsvp-10", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote", "sender": RV,
        "body": """Beste Stan, beste Melanie,

Dank voor de uitnodiging. Ik meld me aan voor het atelier en kom alleen.

Met vriendelijke groeten,

""" + RV_SIG,
    },
    {
        "id": "d109-rsvp-11", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": FE,
        "body": """Beste Stan,

Die middag ben ik helaas verhinderd: dan heb ik het jaarlijkse overleg met de vijf burgemeesters. Mijn collega
Jorrit Alkema, directeur Publiekszaken, neemt mijn plaats graag in. Zijn adres is j.alkema@gouweoost.nl.

Met vriendelijke groet,

""" + FE_SIG,
    },
    {
        "id": "d109-rsvp-12", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": IH,
        "body": """Geachte heer Van de Laar,

Hierbij laat ik u namens de heer Tammeling weten dat hij graag aanwezig is bij het atelier. De afspraak staat
inmiddels in zijn agenda.

Met vriendelijke groet,

""" + IH_SIG,
    },
    {
        "id": "d109-rsvp-13", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail", "sender": JM,
        "body": """yes! ik ben erbij, en mijn adjunct gaat mee. dus 2 plekken graag

jeroen""",
    },
    {
        "id": "d109-other-07", "kind": "other", "thread": "invitation", "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl", "sender": AZ,
        "body": """Beste Stan,

Ik wil er graag bij zijn, maar die ochtend heb ik een AB-vergadering die kan uitlopen. Als ik pas rond half vier
binnenkom, heeft het dan nog zin, of kan ik beter online aansluiten? Zet je mij in elk geval alvast op de lijst?

Met vriendelijke groet,

Annemiek Zwart | algemeen directeur | De Meierij Samen""",
    },
    {
        "id": "d109-rsvp-14", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd", "sender": BH,
        "body": """Helaas, op die datum vergadert bij ons de begrotingsraad. Ik moet verstek laten gaan.

Bart Hoogendijk""",
    },
    {
        "id": "d109-rsvp-15", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": LV,
        "body": """Beste Stan en Melanie,

Wat een goed gekozen onderwerp. Ik kom graag.

""" + LV_SIG,
    },
    {
        "id": "d109-rsvp-16", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple", "sender": GT,
        "body": """Goeie Stan,

Ik bin der by, zoals we hier zeggen: ik kom dus. Mooi onderwerp!

Groetnis,
Gijs""",
    },
    {
        "id": "d109-rsvp-17", "kind": "rsvp", "attending": True, "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd", "sender": "Coen Wijffels <c.wijffels@oostachterhoek.nl>",
        "body": """Stan,

Mijn secretariaat stuurde me jullie uitnodiging door. Zet me maar op de lijst, ik kom.

Coen Wijffels
directeur Werkorganisatie Oost-Achterhoek""",
    },
    {
        "id": "d109-auto-05", "kind": "autoreply", "thread": "invitation",
        "sender": "Hanneke Roodbeen <h.roodbeen@groenehartmidden.nl>",
        "subject": "Automatisch antwoord: " + SUBJ_INV, "headers": OOF,
        "body": """Goedendag,

In verband met de herfstvakantie ben ik afwezig tot en met 25 oktober. Uw e-mail wordt niet automatisch
doorgestuurd. Voor zaken die niet kunnen wachten kunt u terecht bij Joost Meijering, j.meijering@groenehartmidden.nl.

Met vriendelijke groet,
Hanneke Roodbeen""",
    },
    {
        "id": "d109-auto-06", "kind": "autoreply", "thread": "invitation",
        "sender": "Gerard Lammertink <g.lammertink@twentsezoom.nl>", "subject": "Afwezig: " + SUBJ_INV,
        "body": """Ik ben afwezig van 12 t/m 16 oktober. Ik lees mijn mail na terugkomst.""",
    },
    {
        "id": "d109-unsub-04", "kind": "unsubscribe", "thread": "invitation", "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl", "sender": "Paul Ridderhof <p.ridderhof@heuvellandzuid.nl>",
        "body": """Beste Stan en Melanie,

Dank voor de uitnodiging, maar ik zal er niet bij zijn. Per 1 december neem ik afscheid van Werkorganisatie
Heuvelland Zuid en stop ik als directeur. Wilt u mij dan ook afmelden als lid van het netwerk? Wie mij opvolgt,
is nog niet bekend.

Het ga jullie goed,
Paul Ridderhof""",
    },
    {
        "id": "d109-rsvp-18", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Laura Hendriksen <l.hendriksen@rijnlandduin.nl>",
        "body": """Beste Melanie,

Ik moet helaas passen: die week ben ik met een VNG-delegatie in Brussel.

Vriendelijke groet,
Laura Hendriksen
algemeen directeur Werkorganisatie Rijnland-Duin""",
    },
    {
        "id": "d109-other-08", "kind": "other", "thread": "invitation", "quoted": "uitnodiging_atelier",
        "quote": "gmail", "sender": "Maarten Brinkhorst <m.brinkhorst@valleioost.nl>",
        "body": """Dag Stan,

Voordat ik besluit: kun je me laten weten wie zich tot nu toe hebben aangemeld? Ik wil vooral weten of er
collega's uit de noordelijke provincies komen, want met hen wil ik juist eens praten.

Met groet,
Maarten Brinkhorst""",
    },
    {
        "id": "d109-rsvp-19", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Dewi Kartosen <d.kartosen@waterlandoost.nl>",
        "body": """Goedemiddag,

In Outlook heb ik de uitnodiging al geaccepteerd, maar voor de zekerheid ook nog even per mail: ik kom.

Dewi Kartosen
Werkorganisatie Waterland-Oost""",
    },
    {
        "id": "d109-rsvp-20", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Wolters, Erik-Jan <e.wolters@lingewaarden.nl>",
        "body": """Ja, ik kom ook. Mijn eerste atelier, ik ben benieuwd.

ing. E.J. Wolters
Werkorganisatie Lingewaarden""",
    },
    {
        "id": "d109-sub-03", "kind": "subscribe", "sender": "Hester Oldenkamp <h.oldenkamp@westerkwartieroost.nl>",
        "subject": "Lid worden",
        "body": """Beste mensen,

Van mijn collega Gijs Terpstra hoorde ik over jullie ateliers. Ik ben sinds dit voorjaar directeur van de
Uitvoeringsorganisatie Westerkwartier-Oost, waarin zes gemeenten samenwerken, en ik zou graag aansluiten. Kunnen
jullie mij inschrijven?

Hartelijke groet,
Hester Oldenkamp""",
    },
    {
        "id": "d109-conf-05", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "gmail", "sender": "Hester Oldenkamp <h.oldenkamp@westerkwartieroost.nl>",
        "body": """Ja, dat was ik. Bevestigd!

Hester""",
    },
    {
        "id": "d109-other-09", "kind": "other", "sender": "Hester Oldenkamp <h.oldenkamp@westerkwartieroost.nl>",
        "subject": "Atelier 26 november",
        "body": """Hoi Stan en Melanie,

Nu ik lid ben: kan ik nog mee naar het atelier van 26 november? De uitnodiging heb ik niet ontvangen, want die ging
de deur uit voordat ik me had aangemeld. Als er nog een plek is, hoor ik het graag.

Groet,
Hester""",
    },
    {
        "id": "d109-other-10", "kind": "other", "sender": JH, "subject": "Language at the atelier",
        "body": """Hi Stan,

Quick question ahead of the atelier: will the sessions be held entirely in Dutch? I follow discussions fine, but
I'd like to know whether it's acceptable if I occasionally contribute in English. Also, is there a reading list or
any preparatory material we should look at?

Cheers,
James""",
    },
    {
        "id": "d109-other-11", "kind": "other", "sender": RV, "subject": "Wijziging e-mailadres",
        "body": """Beste Stan, beste Melanie,

Per 1 november gaat DGU Salland-Oost verder onder de naam Werkorganisatie Salland. Mijn e-mailadres wordt daarmee
r.veldkamp@werkorganisatiesalland.nl. Het oude adres blijft nog drie maanden werken. Willen jullie dit in jullie
administratie aanpassen?

Met vriendelijke groeten,

""" + RV_SIG,
    },
    {
        "id": "d109-sub-04", "kind": "subscribe", "sender": "K. Brandsma <k.brandsma@noorderzijl.nl>",
        "subject": "aanmelden",
        "body": """Graag aanmelden voor het netwerk. Ik ben sinds kort directeur van Werkorganisatie Noorderzijl (acht
gemeenten).

K. Brandsma""",
    },
    {
        "id": "d109-conf-06", "kind": "confirm", "thread": "confirmation", "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl", "sender": "K. Brandsma <k.brandsma@noorderzijl.nl>",
        "body": """Bevestigd, en dank voor de herinnering.

K. Brandsma
Werkorganisatie Noorderzijl""",
    },
    {
        "id": "d109-sub-05", "kind": "subscribe", "sender": "Martijn Gerritsen <m.gerritsen@hartvandebetuwe.nl>",
        "subject": "Aanmelden a.u.b.",
        "body": """Hallo,

Mijn collega Lotte Brinkman is onlangs lid geworden en raadde het mij aan. Ik ben directeur bedrijfsvoering bij
Werkorganisatie Hart van de Betuwe en wil me ook aanmelden.

Gr Martijn

Verstuurd vanaf mijn Samsung Galaxy-smartphone.""",
    },
    {
        "id": "d109-conf-07", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "apple", "sender": "Martijn Gerritsen <m.gerritsen@hartvandebetuwe.nl>",
        "body": """Ja graag

Verstuurd vanaf mijn Samsung Galaxy-smartphone.""",
    },
    {
        "id": "d109-auto-07", "kind": "autoreply", "thread": "invitation",
        "sender": "Olaf Rienstra <o.rienstra@noordoostpolderland.nl>", "subject": "Out of Office: " + SUBJ_INV,
        "headers": OOF,
        "body": """I am on sabbatical leave until 1 December 2026 and will not be reading e-mail during this period.
Ik ben met sabbatical tot 1 december 2026 en lees in die periode geen e-mail.

For matters concerning the werkorganisatie, please contact / Voor zaken rond de werkorganisatie:
Marit Zijlstra, m.zijlstra@noordoostpolderland.nl""",
    },
    # ------------------------------------------------------------------ late October: change of venue
    {
        "id": "d109-rsvp-21", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "sender": "Harm Jan Wessels <hj.wessels@drentseaazuid.nl>",
        "body": """Beste Stan,

Met de nieuwe locatie wordt het voor mij te krap: ik heb die ochtend een overleg in Assen en het Provinciehuis is
vanaf het station een stuk lastiger bereikbaar dan het stadskantoor. Ik meld me daarom af voor het atelier.

Groet,
Harm Jan Wessels""",
    },
    {
        "id": "d109-rsvp-22", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": WB,
        "subject": "Re: " + SUBJ_CHANGE,
        "body": """Op wo 21 okt 2026 om 14:11 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> Er is iets veranderd aan het Leer- en inspireer-atelier "Koers houden na de verkiezingen":
> - plaats: Provinciehuis, Archimedeslaan 6, Utrecht (was: Stadskantoor)

Geen probleem, ik blijf erbij.

> De bijgewerkte agenda-afspraak zit als bijlage bij deze e-mail.

Bijgewerkt.

Wim""",
    },
    {
        "id": "d109-other-12", "kind": "other", "thread": "invitation", "quoted": "wijziging_atelier",
        "quote": "outlook-lijn", "sender": "Janneke Vos <j.vos@utrechtsevallei.nl>",
        "body": """Beste Melanie,

Eerlijk gezegd vind ik het jammer dat de locatie vijf weken van tevoren nog verandert. Ik had al een
vergaderruimte in het stadskantoor geregeld voor een voorgesprek met twee collega's, en dat kan ik nu annuleren.
Wat is de reden van de verhuizing? Ik hoop dat dit een uitzondering blijft.

Met vriendelijke groet,
Janneke Vos""",
    },
    {
        "id": "d109-rsvp-23", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "apple", "sender": SO,
        "body": """\
Geen punt hoor, het Provinciehuis is voor mij zelfs makkelijker te bereiken. Ik blijf gewoon komen, Ruben
ook :)

Sanne

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d109-auto-08", "kind": "autoreply", "thread": "invitation",
        "sender": "Rob Tijssen <r.tijssen@kempenveld.nl>", "subject": "Gelezen: " + SUBJ_CHANGE,
        "body": """Uw bericht

  Aan: r.tijssen@kempenveld.nl
  Onderwerp: Gewijzigd: Leer- en inspireer-atelier 26 november 2026 [atelier:2026-2]
  Verzonden: woensdag 21 oktober 2026 14:11:08 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

is gelezen op woensdag 21 oktober 2026 16:40:52 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.""",
    },
    {
        "id": "d109-rsvp-24", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "apple", "sender": "Olga Dijkhuizen <o.dijkhuizen@maasoevers.nl>",
        "body": """Prima, dan zien we elkaar in het Provinciehuis. Mijn aanmelding blijft staan.

Olga""",
    },
    {
        "id": "d109-other-13", "kind": "other", "sender": MS, "subject": "cc uitnodigingen",
        "body": """\
Graag voortaan mijn secretaresse in cc bij uitnodigingen en wijzigingen: a.devos@grdewaarden.nl. Zij beheert
mijn agenda.

Gr. MS""",
    },
    # ------------------------------------------------------------------ November: reminder and late answers
    {
        "id": "d109-rsvp-25", "kind": "rsvp", "attending": True, "sender": "Frits Aalbers <f.aalbers@zuidplasdelta.nl>",
        "subject": "atelier 26 november",
        "body": """Beste Stan,

Ik realiseer me net dat ik nooit op de uitnodiging voor het atelier van 26 november heb gereageerd. Bij dezen
alsnog: ik kom graag.

Groet,
Frits Aalbers
directeur Werkorganisatie Zuidplas-Delta""",
    },
    {
        "id": "d109-rsvp-26", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "gmail", "sender": KB,
        "body": """Hoi Stan,

Vervelend, maar ik moet mijn aanmelding intrekken. Een van onze raden heeft die middag een extra vergadering over
de tekorten in de jeugdzorg gepland en daar moet ik bij zijn. Ik kan dus toch niet.

Sorry!
Karin""",
    },
    {
        "id": "d109-rsvp-27", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd", "sender": BH,
        "body": """\
Goed nieuws: de begrotingsraad is een week verschoven. Mijn eerdere afmelding vervalt, ik kan er dus toch bij
zijn.

Bart Hoogendijk""",
    },
    {
        "id": "d109-rsvp-28", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple", "sender": SO,
        "body": """\
Baaaalen, ik lig met griep op de bank en dat wordt voor donderdag echt niks meer. Helaas, ik kan niet. Ruben
komt ook niet, die gaat zonder mij niet alleen.

Beterschapswensen welkom ;)
Sanne

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d109-rsvp-29", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl", "sender": IH,
        "body": """Geachte heer Van de Laar,

Tot onze spijt moet de heer Tammeling donderdag verstek laten gaan. Er is een spoedoverleg met de provincie
ingepland waar hij niet onderuit kan. Zou u zijn plaats aan een ander willen geven?

Met vriendelijke groet,

""" + IH_SIG,
    },
    {
        "id": "d109-other-14", "kind": "other", "sender": IH, "subject": "Atelier donderdag - de heer Tammeling",
        "body": """Geachte heer Van de Laar,

Gisteren meldde ik de heer Tammeling af voor het atelier van aanstaande donderdag. Het overleg met de provincie is
inmiddels verzet, zodat hij toch kan komen. Is zijn plaats nog beschikbaar?

Met vriendelijke groet,

Ingrid Hofstede
Managementondersteuner directie
Werkorganisatie Alblas-Merwede""",
    },
    {
        "id": "d109-rsvp-30", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl", "sender": VW,
        "body": """Geachte heer Van de Laar,

Tot mijn spijt dien ik u te berichten dat ik donderdag niet aanwezig kan zijn. Een onvoorziene bestuurlijke
aangelegenheid vergt mijn aanwezigheid in Maarssen. Gaarne verneem ik te zijner tijd de uitkomsten van het
gesprek over het door mij ingebrachte onderwerp.

Hoogachtend,

""" + VW_SIG,
    },
    {
        "id": "d109-rsvp-31", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail", "sender": JM,
        "body": """top, tot donderdag. we komen met z'n 2en zoals gezegd

j.""",
    },
    {
        "id": "d109-other-15", "kind": "other", "thread": "reminder", "quoted": "herinnering_atelier",
        "quote": "outlook-nl", "sender": "Ellen Span <e.span@kanaalzone.nl>",
        "body": """Goedemorgen,

Kunt u mij vertellen of er bij het Provinciehuis parkeerplaatsen voor bezoekers zijn, en zo ja, of ik mijn kenteken
vooraf moet doorgeven?

Met vriendelijke groet,
Ellen Span
directeur Werkorganisatie Kanaalzone""",
    },
    {
        "id": "d109-auto-09", "kind": "autoreply", "thread": "reminder",
        "sender": "Roel Meerdink <r.meerdink@ijsselvallei.nl>", "subject": "Automatisch antwoord: " + SUBJ_REM,
        "headers": OOF,
        "body": """Ik ben tot en met maandag 23 november afwezig en heb beperkt toegang tot mijn e-mail.
I am out of office until Monday 23 November with limited access to e-mail.

Roel Meerdink""",
    },
    {
        "id": "d109-rsvp-32", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple", "sender": GT,
        "body": """Tot donderdag! Ik neem de trein van 10.02 uit Leeuwarden, dus ik ben er ruim op tijd.

Gijs""",
    },
    {
        "id": "d109-rsvp-33", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Dirk-Jan Schoemaker <dj.schoemaker@graafschapzuid.nl>",
        "body": """\
Dank voor het bericht. Als het vol is, hoeft die plek op de wachtlijst van mij niet; ik zie het verslag wel
tegemoet. U kunt mij van de wachtlijst halen.

Dirk-Jan Schoemaker""",
    },
    {
        "id": "d109-auto-10", "kind": "autoreply", "sender": "Wendy Smits-Olthof <w.smits@bommelerwaardoost.nl>",
        "subject": "Out of Office: " + SUBJ_REM,
        "body": """\
Bedankt voor uw bericht. Ik ben op dit moment niet op kantoor. Vanaf woensdag 25 november ben ik weer bereikbaar.
Met spoed? Bel dan 0418 - 67 12 00.

Wendy Smits-Olthof""",
    },
    {
        "id": "d109-rsvp-34", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-en", "sender": JH,
        "body": """See you on Thursday. I'll be coming straight from The Hague, so I may walk in five minutes late.

James""",
    },
    {
        "id": "d109-rsvp-35", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Tessa Vermeulen <t.vermeulen@noordhollandsduin.nl>",
        "body": """\
Helaas moet ik afhaken, de herindelingsstukken moeten die dag naar het college. Geef mijn plek maar aan
iemand van de wachtlijst.

Tessa

Verstuurd vanaf mijn iPad""",
    },
    # ------------------------------------------------------------------ December: the follow-up mail
    {
        "id": "d109-sugg-18", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": WB, "subject": "Re: " + SUBJ_FOLLOW,
        "body": """Op di 1 dec 2026 om 11:20 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <
info@ambtelijkefusie.nl>:

> Het verslag staat klaar: https://ambtelijkefusie.nl/verslag/2026-2

Gelezen, goed verslag.

> U bepaalt gezamenlijk de gespreksthema's van het volgende atelier. Welk vraagstuk wilt u de volgende keer
> bespreken?

De jeugdzorg. Niet de inhoud, maar hoe je als zes gemeenten samen de tekorten draagt als de ene gemeente veel meer
zorgvragers heeft dan de andere. Solidariteit binnen de GR, zeg maar.

Wim""",
    },
    {
        "id": "d109-other-16", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "outlook-nl", "sender": LV,
        "body": """Beste Stan en Melanie,

Wat een inspirerende middag was het. Vooral het gesprek aan tafel over de zes coalitieakkoorden heeft me aan het
denken gezet; ik heb ons MT er maandag meteen over bijgepraat. Dank voor de goede organisatie!

""" + LV_SIG,
    },
    {
        "id": "d109-sugg-19", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-en", "sender": JH,
        "body": """Dear Stan, dear Melanie,

Thank you for a very worthwhile afternoon - and for the report, which captured the discussion well.

For next time I'd suggest a session on legacy IT. We still run three different case management systems inherited
from before the merger, and the migration to a single platform is eating up budget and people. I'd like to learn
how others have approached that kind of consolidation.

Kind regards,
James""",
    },
    {
        "id": "d109-other-17", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "outlook-lijn", "sender": MS,
        "body": """Link naar het verslag geeft een 404. Kunt u die nakijken?

Gr. MS""",
    },
    {
        "id": "d109-sugg-20", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "apple", "sender": GT,
        "body": """Goeie Stan,

Tankewol foar de middei, het was de reis waard. Voor de volgende keer: wij doen mee aan een Regio Deal met Rijk en
provincie, en het is zoeken hoe vijf gemeenten daarin samen optrekken zonder dat de grootste alles bepaalt. De
positie van onze samenwerking in de regio dus. Misschien herkennen anderen dat.

Groetnis,
Gijs""",
    },
    {
        "id": "d109-sugg-21", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "gmail", "sender": JM,
        "body": """hoi melanie,

was een top middag, veel van opgestoken. idee voor de volgende: waar willen we over tien jaar staan als
werkorganisatie? nu zijn we vooral uitvoerder, maar de colleges vragen steeds meer om meedenken. van
uitvoeringsmachine naar strategisch partner, dat soort visievragen

jeroen""",
    },
    {
        "id": "d109-other-18", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "outlook-nl", "sender": "Sjoerd Bakema <s.bakema@hunzedal.nl>",
        "body": """Beste Melanie,

Dank voor het verslag. Eén kritische noot, als u mij toestaat: het plenaire deel na de pauze duurde met drie
kwartier erg lang, en in de zaal was het koud. Juist de gesprekken aan tafel waren waardevol; ik zou daar de
volgende keer meer tijd voor nemen.

Met vriendelijke groet,
Sjoerd Bakema""",
    },
    {
        "id": "d109-sugg-22", "kind": "suggestion", "themes": ["dienstverlening", "strategie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": FE,
        "body": """Beste Stan,

Zelf was ik er niet bij, maar Jorrit Alkema heeft mij uitgebreid verslag gedaan. Voor het volgende atelier twee
onderwerpen:

1. Monitoring van de dienstverlening met één dashboard voor alle gemeenten: welke prestatie-indicatoren werken?
2. Bestuurlijke prioriteiten bij schaarste: hoe kiezen de colleges samen met de directie wat we níet meer doen?

Met vriendelijke groet,

""" + FE_SIG,
    },
    {
        "id": "d109-other-19", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "gmail", "sender": "Ellen Span <e.span@kanaalzone.nl>",
        "body": """Hallo Stan,

Het verslag heb ik gelezen, dank. Zouden jullie ook de presentatie van de gastspreker kunnen delen? Ik wil de plaat
met de drie sturingsmodellen graag gebruiken in ons MT.

Groet,
Ellen""",
    },
    {
        "id": "d109-sugg-23", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-en", "sender": "Rachid Bouzid <r.bouzid@amstelrand.nl>",
        "body": """Beste Melanie,

Voor het volgende atelier stel ik voor: dienstverlening aan inwoners die niet digitaal mee kunnen. Bij ons is
ongeveer een op de zeven volwassenen laaggeletterd, en met elke nieuwe digitale voorziening raken we er een paar
kwijt. Hoe zorgen anderen ervoor dat hun dienstverlening toegankelijk blijft?

Hartelijke groet,
Rachid Bouzid
directeur Werkorganisatie Amstelrand""",
    },
    {
        "id": "d109-sugg-24", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "ongemarkeerd", "sender": BH,
        "body": """\
Voor de volgende keer: strategische personeelsplanning. Binnen vijf jaar gaat een kwart van onze mensen met
pensioen. Hoe brengen anderen hun toekomstige formatie in beeld?

Bart""",
    },
    {
        "id": "d109-other-20", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "apple", "sender": SO,
        "body": """Hoi Mel,

Jammer dat ik er door die griep niet bij was, het verslag leest als een trein! Vraagje: mag ik het doorsturen naar
onze zeven gemeentesecretarissen? Er staan namen van deelnemers in, dus ik check het even voor de AVG.

Groetjes,
Sanne

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d109-auto-11", "kind": "autoreply", "thread": "call_for_themes", "sender": LV,
        "subject": "Automatisch antwoord: " + SUBJ_FOLLOW, "headers": OOF,
        "body": """\
Dank voor uw bericht. Van 30 november tot en met 4 december ben ik op studiereis in Kopenhagen. Uw mail lees
ik na terugkomst. Voor spoedzaken: bestuurssecretariaat@lingewaarden.nl.

""" + LV_SIG,
    },
    {
        "id": "d109-auto-12", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Rianne Bosman <r.bosman@oudeijssel.nl>", "subject": "Automatisch antwoord: " + SUBJ_FOLLOW,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """Per 1 december 2026 ben ik niet meer werkzaam bij Werkorganisatie Oude IJssel. Dit bericht wordt niet
doorgestuurd. Voor zaken kunt u terecht bij het directiesecretariaat: directiesecretariaat@oudeijssel.nl.

Rianne Bosman

Dit bericht is automatisch verzonden.""",
    },
    {
        "id": "d109-unsub-05", "kind": "unsubscribe", "erase": True, "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": "Henk Mollema <h.mollema@vechtdalnoord.nl>",
        "body": """Goedemorgen,

Ik heb een nieuwe functie buiten het gemeentelijke domein en hoef deze berichten niet meer te ontvangen. Graag
afmelden, en wist u mijn naam, adres en overige gegevens volledig uit uw bestanden, zoals de AVG mij toestaat?

Henk Mollema""",
    },
    {
        "id": "d109-unsub-06", "kind": "unsubscribe", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "apple", "sender": "Tessa Vermeulen <t.vermeulen@noordhollandsduin.nl>",
        "body": """Hoi Stan,

Graag uitschrijven. Onze vier gemeenten gaan per 1 januari op in één nieuwe gemeente, dus een fusieorganisatie
leid ik straks niet meer. Het was kort maar leuk!

Tessa

Verstuurd vanaf mijn iPad""",
    },
    # ------------------------------------------------------------------ December: leaves, hand-overs, end of year
    {
        "id": "d109-unsub-07", "kind": "unsubscribe", "sender": TH, "subject": "Afscheid en opvolging",
        "body": """Beste Stan, beste Melanie,

Het is tijd om het te zeggen: per 1 januari ga ik met vervroegd pensioen. Na eenendertig jaar in het openbaar
bestuur, waarvan de laatste negen bij de werkorganisatie, vind ik het mooi geweest. Ik kijk met veel plezier terug
op de ateliers, en eerlijk gezegd ook op de borrels erna. Het gesprek over uittreding heeft me nog erg geholpen;
het onderzoeksbureau komt in februari met zijn rapport, maar dat is dan niet meer mijn zorg.

Mijn plek in het netwerk gaat over op mijn opvolger, Nathalie Brugman. Zij begint op 4 januari en haar adres is
n.brugman@noordveluwerand.nl. Mij mogen jullie van de lijst halen.

Het ga jullie goed, en dank voor alles.

Ton Hageman""",
    },
    {
        "id": "d109-unsub-08", "kind": "unsubscribe", "sender": JH, "subject": "Leaving Maas & Waal",
        "body": """Dear Stan and Melanie,

I wanted to let you know that I'll be leaving Werkorganisatie Maas & Waal at the end of January to take up a post
at the Ministry of the Interior. My successor, Ingeborg Verhoeff, starts on 1 February and would be glad to take
over my place in the network. Her address is i.verhoeff@maasenwaal.nl. Please take me off the list.

Thank you for the warm welcome over the past three years.

Best wishes,
James Holloway""",
    },
    {
        "id": "d109-unsub-09", "kind": "unsubscribe", "thread": "goodbye", "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl", "sender": "Paul Ridderhof <p.ridderhof@heuvellandzuid.nl>",
        "body": """Beste Stan,

Dank voor de bevestiging. Inmiddels is bekend wie mij opvolgt: Marieke Stoffels, tot nu toe concerncontroller bij
ons. Haar mailadres is m.stoffels@heuvellandzuid.nl. Zij neemt mijn plaats in het netwerk graag over.

Groet,
Paul Ridderhof""",
    },
    {
        "id": "d109-conf-08", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl", "sender": "Marieke Stoffels <m.stoffels@heuvellandzuid.nl>",
        "body": """Goedemiddag,

Ja, ik bevestig graag mijn lidmaatschap. Ik kijk uit naar het voorjaarsatelier.

Met vriendelijke groet,
Marieke Stoffels
Werkorganisatie Heuvelland Zuid""",
    },
    {
        "id": "d109-other-21", "kind": "other", "sender": "Joost ter Horst <j.terhorst@oudeijssel.nl>",
        "subject": "Vertrek algemeen directeur",
        "body": """Goedemiddag,

Ter informatie: onze algemeen directeur, Rianne Bosman, is per 1 december vertrokken naar de provincie. Haar
mailbox wordt eind van het jaar opgeheven. Over haar opvolging besluit het bestuur in januari.

Met vriendelijke groet,
Joost ter Horst
bestuursadviseur Werkorganisatie Oude IJssel""",
    },
    {
        "id": "d109-unsub-10", "kind": "unsubscribe", "erase": True, "sender": JM, "subject": "uitschrijven",
        "body": """hoi stan,

vreemde mail na zo'n leuke middag, maar: ik ga per 1 januari aan de slag bij de veiligheidsregio. kun je me van
de lijst halen en alles wat jullie van me hebben wissen (avg en zo)? mijn adjunct meldt zich zelf wel als ze lid
wil worden.

jeroen""",
    },
    {
        "id": "d109-other-22", "kind": "other", "sender": "mw. drs. C. Hoogstraten <c.hoogstraten@rivierenlandwest.nl>",
        "subject": "Inzageverzoek AVG",
        "body": """Geachte heer, mevrouw,

Op grond van artikel 15 van de AVG verzoek ik u mij een overzicht te sturen van alle persoonsgegevens die u van mij
verwerkt, het doel waarvoor u dat doet en met wie u deze gegevens deelt.

Hoogachtend,
mw. drs. C. Hoogstraten""",
    },
    {
        "id": "d109-sub-06", "kind": "subscribe", "thread": "goodbye", "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn", "sender": "Arjen Postma <a.postma@drechtoever.nl>",
        "body": """lid blijven

Ik heb vanaf mijn telefoon per ongeluk op afmelden geantwoord. Dat was niet de bedoeling.

Arjen Postma""",
    },
    {
        "id": "d109-sub-07", "kind": "subscribe", "sender": "Nathalie Brugman <n.brugman@noordveluwerand.nl>",
        "subject": "Aanmelding als opvolger van Ton Hageman",
        "body": """Beste Stan en Melanie,

Per 4 januari volg ik Ton Hageman op als directeur van Werkorganisatie Noord-Veluwerand. Ton heeft mij
enthousiast gemaakt voor het netwerk, dus ik meld mij graag alvast aan.

Met vriendelijke groet,
Nathalie Brugman
n.brugman@noordveluwerand.nl""",
    },
    {
        "id": "d109-conf-09", "kind": "confirm", "thread": "confirmation", "quoted": "herinnering_aanmelding",
        "quote": "gmail", "sender": "Ingeborg Verhoeff <i.verhoeff@maasenwaal.nl>",
        "body": """Akkoord.

Ingeborg Verhoeff""",
    },
    {
        "id": "d109-other-23", "kind": "other", "sender": "Wendy Smits-Olthof <w.smits@bommelerwaardoost.nl>",
        "subject": "Aanmelding directieteam",
        "body": """Beste Melanie,

Na het enthousiaste verhaal van een collega willen wij met ons hele directieteam aansluiten bij het netwerk:
naast mijzelf zijn dat Hugo Baarsma, Sandra Kool en Thijs van Loon. Kunt u ons alle vier aanmelden? Of moet
ieder dat zelf doen?

Vriendelijke groet,
Wendy Smits-Olthof""",
    },
    {
        "id": "d109-other-24", "kind": "other", "sender": VW, "subject": "Dank en goede wensen",
        "body": """Geachte heer Van de Laar, geachte mevrouw Huurneman,

Nu het jaar ten einde loopt, wil ik u danken voor de zorgvuldige wijze waarop u het netwerk ook dit jaar heeft
ondersteund. Dat ik het atelier van november op het laatste moment moest missen, betreur ik nog steeds; het
verslag heb ik met grote belangstelling gelezen.

Ik wens u beiden goede feestdagen en een voorspoedig 2027.

Hoogachtend,

""" + VW_SIG,
    },
    {
        "id": "d109-unsub-11", "kind": "unsubscribe", "erase": True, "sender": MS, "subject": "uitschrijven",
        "body": """Per 1-1 weg bij de GR. Uitschrijven en mijn gegevens verwijderen aub.

Gr. MS""",
    },
    {
        "id": "d109-sub-08", "kind": "subscribe", "sender": "Ilse Wiersma <i.wiersma@friesemeren.nl>",
        "subject": "Graag lid",
        "body": """Beste secretariaat,

Een collega stuurde mij het verslag van jullie atelier van november door, en ik heb het met veel herkenning
gelezen. Ik ben directeur van Werkorganisatie Friese Meren-Zuid, die voor zes gemeenten werkt, en zou graag lid
worden van het netwerk.

Vriendelijke groet,
Ilse Wiersma""",
    },
    {
        "id": "d109-conf-10", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl", "sender": "Ilse Wiersma <i.wiersma@friesemeren.nl>",
        "body": """Bij dezen bevestig ik.

Ilse""",
    },
    {
        "id": "d109-auto-13", "kind": "autoreply", "thread": "call_for_themes", "sender": GT,
        "subject": "Automatysk antwurd: " + SUBJ_THANKS, "headers": {"X-Autoreply": "yes"},
        "body": """Tot en met 3 januari ben ik vrij. Mail wordt niet gelezen. Noflike feestdagen!

Gijs Terpstra""",
    },
    {
        "id": "d109-auto-14", "kind": "autoreply", "sender": "Werkorganisatie Hunzedal <info@hunzedal.nl>",
        "subject": "Re: " + SUBJ_THANKS, "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """\
Tussen 24 december en 4 januari is onze organisatie gesloten. Uw e-mail wordt na 4 januari in behandeling
genomen. Voor acute zaken is de storingsdienst bereikbaar via 0598 - 12 34 56.

Werkorganisatie Hunzedal""",
    },
    {
        "id": "d109-auto-15", "kind": "autoreply", "sender": RV, "subject": "Ruud Veldkamp is afwezig.",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """Ik ben afwezig vanaf 21-12-2026 en ben terug op 04-01-2027.

Ik zal uw bericht beantwoorden bij mijn terugkeer.""",
    },
    {
        "id": "d109-auto-16", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Rachid Bouzid <r.bouzid@amstelrand.nl>", "subject": "Automatisch antwoord: " + SUBJ_THANKS,
        "headers": OOF,
        "body": """Beste afzender,

Van 21 december tot en met 1 januari ben ik met verlof. Uw bericht wordt na mijn terugkomst gelezen. Hebt u een
vraag die niet kan wachten? Mail dan naar directiesecretariaat@amstelrand.nl.

Fijne feestdagen,
Rachid Bouzid""",
    },
    # ------------------------------------------------------------------ other mail through the season
    {
        "id": "d109-other-25", "kind": "other", "sender": "Femke Dorrestijn <f.dorrestijn@student.uu.nl>",
        "subject": "Verzoek medewerking masteronderzoek",
        "body": """Beste heer Van de Laar en mevrouw Huurneman,

Ik ben masterstudent Bestuurskunde aan de Universiteit Utrecht en schrijf mijn scriptie over de sturing van
ambtelijke fusieorganisaties. Zou u mijn vragenlijst onder de leden van uw netwerk willen verspreiden? Het invullen
kost ongeveer tien minuten; de resultaten worden anoniem verwerkt.

Alvast hartelijk dank!

Met vriendelijke groet,
Femke Dorrestijn""",
    },
    {
        "id": "d109-other-26", "kind": "other", "sender": "Redactie Binnenlands Bestuur <redactie@bb-media.nl>",
        "subject": "Interviewverzoek over ambtelijke samenwerking",
        "body": """Goedendag,

Voor een achtergrondverhaal over ambtelijke fusies na de verkiezingen zoeken wij twee directeuren die willen
vertellen over hun ervaringen. Zou het secretariaat ons in contact kunnen brengen met leden van het netwerk, of
een oproep willen doen? Ons verhaal verschijnt half december.

Met vriendelijke groet,
Mark Oosterveld
verslaggever""",
    },
    {
        "id": "d109-other-27", "kind": "other", "sender": AZ, "subject": "Nieuw adres + vraag",
        "body": """Beste Melanie,

Kun je in jullie bestand mijn adres aanpassen? Vanaf volgende week gebruik ik a.zwart@meierijsamen.nl; de oude
domeinnaam verdwijnt. En nu ik toch mail: is de datum voor het voorjaarsatelier al bekend? Dan blokkeer ik hem
meteen.

Met vriendelijke groet,

Annemiek Zwart | algemeen directeur | De Meierij Samen""",
    },
    {
        "id": "d109-other-28", "kind": "other", "sender": "Guus Hermsen <g.hermsen@zeeuwsestromen.nl>",
        "subject": "Kosten atelier?",
        "body": """Goedemorgen,

Onze controller vraagt of er kosten verbonden zijn aan deelname aan het atelier, en zo ja, op welk budget ze
moeten worden geboekt. Kunt u mij dat laten weten?

Met vriendelijke groet,
Guus Hermsen
adjunct-directeur Werkorganisatie Zeeuwse Stromen""",
    },
    {
        "id": "d109-other-29", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "outlook-nl", "sender": "Coen Wijffels <c.wijffels@oostachterhoek.nl>",
        "body": """Stan,

Ik zit erover te denken me af te melden, de agenda is gewoon te vol. Maar als ik dan ook de verslagen niet meer
krijg, blijf ik liever toch lid. Hoe zit dat?

Coen""",
    },
    {
        "id": "d109-other-30", "kind": "other",
        "sender": "Sales Landgoed De Wildenborch <events@landgoed-wildenborch.nl>",
        "subject": "Uw volgende atelier op Landgoed De Wildenborch?",
        "body": """Beste organisator,

Bent u op zoek naar een inspirerende plek voor uw bijeenkomsten? Landgoed De Wildenborch biedt sfeervolle zalen
voor 10 tot 80 personen, midden in de natuur en op tien minuten van de A1. Voor netwerkorganisaties in de publieke
sector geven wij in 2027 vijftien procent korting op onze dagarrangementen.

Graag nodigen wij u uit voor een vrijblijvende rondleiding.

Met gastvrije groet,
Team Events Landgoed De Wildenborch""",
    },
    {
        "id": "d109-other-31", "kind": "other", "sender": "Sanne Oudejans <sanne.oudejans@gmail.com>",
        "subject": "Fwd: verslag",
        "body": """Zie bijlage

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d109-other-32", "kind": "other", "sender": "Monique Averink <m.averink@twentsezoom.nl>",
        "subject": "Oud-directeur nog op uw lijst",
        "body": """Beste heer, mevrouw,

Onze vorige directeur, Herman Kloeze, is deze zomer met pensioen gegaan, maar uw uitnodigingen komen nog
steeds op zijn oude adres binnen. Wilt u hem uit uw bestand halen? Wie hem opvolgt, wordt pas in het voorjaar
bekend.

Met vriendelijke groet,
Monique Averink
directiesecretaresse Werkorganisatie Twentse Zoom""",
    },
    {
        "id": "d109-unsub-12", "kind": "unsubscribe", "thread": "confirmation", "quoted": "herinnering_aanmelding",
        "quote": "notes-wrote", "sender": "Bram Kolkman <b.kolkman@maasoevers.nl>",
        "body": """Dit was ik niet.

B. Kolkman""",
    },
    {
        "id": "d109-other-33", "kind": "other", "thread": "welcome", "quoted": "welkom", "quote": "gmail",
        "sender": "Hester Oldenkamp <h.oldenkamp@westerkwartieroost.nl>",
        "body": """\
Dank voor het welkom! Eén ding: jullie schrijven dat er een bijlage bij de uitnodiging zit om het atelier in
mijn agenda te zetten, maar ik werk met Google Agenda. Werkt dat daar ook, of kunnen jullie me de gegevens los
sturen?

Hester""",
    },
]
