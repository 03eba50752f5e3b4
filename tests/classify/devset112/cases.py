"""devset112: one spring season (January to June 2027) in info@ambtelijkefusie.nl, written for issue 17.

The members lead werkorganisaties in Limburg, Brabant and Zeeland; a few lead a merged municipality just across the
border in Flanders. The season runs from the call for themes (January) through the invitation (February), the
reminder and the atelier of 11 March, the follow-up mail and the thank-you for suggestions (March/April), to the
leaves, hand-overs and holiday auto-replies of May and June. Twelve recurring writers keep fixed habits:

- Jos Hermans (Heuvelland): notarial formality, "Hoogachtend", a disclaimer, Outlook (nl).
- Hub Vliegen (Parkstad Zuid): carnival-season cheer and Limburg turns of phrase, iPhone.
- Toon van den Heuvel (Peelkempen): Brabant "ge/gij", "houdoe", Gmail.
- Griet Vanderstraeten (Grensmaas, Flanders): Flemish register ("gelieve", "alleszins"), Outlook with a line.
- Hannah Whitfield (Oosterschelde): writes in English, Gmail.
- Ruud Coenen (Markdal): dictates to his phone and leaves the dictation errors ("stand" for Stan, "punt").
- Marloes Verbeek (Bevelanden Samen): sends every mail twice, the second one a correction.
- Anja Schoenmakers, assistant of Frank Lenders (Maas-Roer): answers on his behalf.
- Cor Dieleman (Kanaalzone, Zeeuws-Vlaanderen): terse, GroupWise.
- Ingrid Verhoeven (GR Peelrand): numbered lists, long disclaimer.
- Bart Maas (Maasduinen): lowercase one-liners from Outlook for Android.
- Fatima El Khadiri (Zoom): a new director who joins in January.

Conventions relied on (the secretariat's view):
- A request to sign up one named colleague WITH that colleague's e-mail address: `subscribe`; without the address,
  or several people at once: `other`.
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
- A forward by an assistant that the director answers above: no thread (the reply headers point at the forward).
- Themes label what the writer proposes, not words used in passing; two themes only where the topic (or the two
  topics proposed) clearly span both.
"""

from __future__ import annotations

from typing import Any

HERMANS = "mr. J.H.M. Hermans <j.hermans@wo-heuvelland.nl>"
HERMANS_SIG = """Hoogachtend,

mr. J.H.M. (Jos) Hermans
algemeen directeur
Werkorganisatie Heuvelland

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht
de inhoud niet te gebruiken en de afzender onverwijld te informeren."""

HUB = "Hub Vliegen <hub.vliegen@parkstadzuid.nl>"
TOON = "Toon van den Heuvel <t.vandenheuvel@peelkempen.nl>"
TOON_SIG = """Houdoe,
Toon van den Heuvel
directeur Werkorganisatie Peelkempen"""

GRIET = "Griet Vanderstraeten <griet.vanderstraeten@grensmaas.be>"
GRIET_SIG = """Met vriendelijke groeten,

Griet Vanderstraeten
algemeen directeur
Gemeente en OCMW Grensmaas
T +32 89 71 40 12"""

HANNAH = "Hannah Whitfield <hannah.whitfield@oosterschelde-werkorganisatie.nl>"
HANNAH_SIG = """Hannah Whitfield
Director, Werkorganisatie Oosterschelde"""

RUUD = "Ruud Coenen <r.coenen@markdal.nl>"
RUUD_SIG = """Ingesproken via Siri, excuses voor de rare woorden"""

MARLOES = "Marloes Verbeek <m.verbeek@bevelanden-samen.nl>"
MARLOES_SIG = """Met vriendelijke groet,

Marloes Verbeek
directeur Bevelanden Samen
06 - 41 22 87 30"""

ANJA = "Anja Schoenmakers <a.schoenmakers@maas-roer.nl>"
ANJA_SIG = """Met vriendelijke groet,

Anja Schoenmakers
managementassistent directie
Werkorganisatie Maas-Roer"""

COR = "C. Dieleman <c.dieleman@kanaalzone.nl>"
COR_SIG = """Groet,
Cor Dieleman
Werkorganisatie Kanaalzone"""

INGRID = "Ingrid Verhoeven <i.verhoeven@gr-peelrand.nl>"
INGRID_SIG = """Met vriendelijke groet,

drs. Ingrid Verhoeven MPM
algemeen directeur GR Peelrand
T 0493 - 35 20 00 | www.gr-peelrand.nl

Op deze e-mail is een disclaimer van toepassing: www.gr-peelrand.nl/disclaimer"""

BART = "Bart Maas <bart.maas@maasduinen.nl>"
BART_SIG = """bart

Outlook voor Android downloaden"""

FATIMA = "Fatima El Khadiri <f.elkhadiri@werkorganisatie-zoom.nl>"

INVITATION_SUBJECT = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
AUTO = {"Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ January: sign-ups and the call for themes
    {
        "id": "d112-subscribe-01",
        "kind": "subscribe",
        "sender": FATIMA,
        "subject": "Aanmelding netwerk directeuren",
        "body": """Beste Stan en Melanie,

Per 1 januari ben ik gestart als directeur van Werkorganisatie Zoom, de ambtelijke organisatie van twee gemeenten
aan de Brabantse Wal. Mijn voorganger was lid van uw netwerk en raadde het mij van harte aan. Graag meld ik mij
daarom aan als lid.

Hartelijke groet,

Fatima El Khadiri
directeur Werkorganisatie Zoom""",
    },
    {
        "id": "d112-confirm-01",
        "kind": "confirm",
        "sender": FATIMA,
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """Beste Stan en Melanie,

Hierbij bevestig ik graag mijn aanmelding. Dank voor de snelle reactie!

Hartelijke groet,
Fatima""",
    },
    {
        "id": "d112-suggestion-01",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": FATIMA,
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "subject": "Re: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": """Beste Stan,

Dank voor het warme welkom. U vraagt of ik al een onderwerp heb: jazeker. Als nieuwe directeur merk ik hoe
verschillend de twee colleges naar de werkorganisatie kijken. De ene gemeente ziet ons als uitvoerder, de andere
als strategisch partner. Hoe gaan collega's om met zulke uiteenlopende verwachtingen van de deelnemende gemeenten?

Hartelijke groet,
Fatima El Khadiri""",
    },
    {
        "id": "d112-subscribe-02",
        "kind": "subscribe",
        "sender": "Noor Hamers <n.hamers@werkorganisatie-geleenbeek.nl>",
        "subject": "Aanmelden",
        "body": """Aanmelden

Noor Hamers
directeur Werkorganisatie Geleenbeek""",
    },
    {
        "id": "d112-confirm-02",
        "kind": "confirm",
        "sender": "Noor Hamers <n.hamers@werkorganisatie-geleenbeek.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": """Sorry voor de late reactie, uw eerste mail zat in mijn map Ongewenste e-mail.
Hierbij alsnog bevestigd.

Noor Hamers""",
    },
    {
        "id": "d112-subscribe-03",
        "kind": "subscribe",
        "sender": "Anton Kodde <a.kodde@walcheren-oost.nl>",
        "subject": "Lidmaatschap netwerk",
        "body": """Geachte heer Van de Laar, mevrouw Huurneman,

Sinds 1 december ben ik directeur van de ambtelijke organisatie Walcheren-Oost, waarin twee Zeeuwse gemeenten hun
uitvoering hebben ondergebracht. In mijn vorige functie in Rotterdam had ik weinig te maken met wat hier speelt:
een toeristisch seizoen dat de bevolking verdubbelt, dorpen die vergrijzen, en een provincie die veel verwacht van
de regio. Collega's uit Brabant wezen mij op uw netwerk. Ik word graag lid.

Met vriendelijke groet,

Anton Kodde
directeur Walcheren-Oost""",
    },
    {
        "id": "d112-confirm-03",
        "kind": "confirm",
        "sender": "Anton Kodde <a.kodde@walcheren-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """Akkoord.

A. Kodde
directeur Walcheren-Oost

Aan dit bericht kunnen geen rechten worden ontleend. Walcheren-Oost aanvaardt geen aansprakelijkheid voor schade
door het gebruik van elektronische post.""",
    },
    {
        "id": "d112-suggestion-02",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": HERMANS,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": f"""Geachte heer Van de Laar, geachte mevrouw Huurneman,

In antwoord op uw oproep van jongstleden doe ik u hierbij, onder het thema Samenwerking, het volgende onderwerp
toekomen:

Grensoverschrijdende samenwerking met de Duitse en Belgische buurgemeenten: hoe geeft een werkorganisatie vorm aan
gezamenlijke opgaven (brandweerzorg, toerisme, grensarbeid) wanneer de deelnemende gemeenten elk hun eigen
convenanten met de buren hebben gesloten?

Ik vertrouw erop u hiermee van dienst te zijn.

{HERMANS_SIG}""",
    },
    {
        "id": "d112-suggestion-03",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": HUB,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": """Hoi Stan en Melanie!

Beste wensen nog! Mijn onderwerp voor maart, daar hoef ik niet lang over na te denken:

Personeelstekort. We krijgen de vacatures voor vergunningverleners en toezichthouders gewoon niet meer gevuld. De
Duitsers en de Belgen betalen beter en de jonge gasten trekken naar de Randstad. Hoe houden jullie de tent draaiende?

Sjoen gegroet uit Parkstad,
Hub

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d112-suggestion-04",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": TOON,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": f"""Hoi Stan,

Efkes snel tussen twee overleggen door. Mijn onderwerp: de Regio Deal. Wij zitten er met vijf gemeenten in, maar
elke wethouder wil dat 'zijn' project eruit betaald wordt. Hoe zorgden gij, of de collega's, ervoor dat zo'n deal
een gezamenlijke opgave van de regio blijft en nie versnippert?

{TOON_SIG}""",
    },
    {
        "id": "d112-suggestion-05",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": GRIET,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": f"""Beste Stan, beste Melanie,

Dank voor jullie oproep. Zoals jullie weten, zijn wij op 1 januari 2025 gefusioneerd. Twee jaar later merken we dat
de twee personeelsbestanden nog altijd naast elkaar werken: andere gewoonten, weddeschalen die we nog moeten
harmoniseren, en een organogram dat op papier klopt maar in de praktijk niet. Ik zou het alleszins boeiend vinden om
met Nederlandse collega's te bekijken hoe zij de integratie van medewerkers na een ambtelijke fusie hebben aangepakt.

Thema: Organisatie, lijkt mij.

{GRIET_SIG}""",
    },
    {
        "id": "d112-suggestion-06",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": GRIET,
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": f"""Beste Stan,

Dank voor de bevestiging. Mag ik er nog een onderwerp aan toevoegen? Bij ons is het digitaal loket met itsme goed
ingeburgerd, maar inwoners die in Nederland werken of wonen vallen telkens tussen twee systemen. Een uitwisseling
over de dienstverlening aan grensbewoners, met DigiD én itsme, lijkt me nuttig.

{GRIET_SIG}""",
    },
    {
        "id": "d112-suggestion-07",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": HANNAH,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": f"""Hi Stan and Melanie,

Apologies for writing in English - my Dutch is fine for meetings but slow for e-mail.

A topic I'd love to discuss in March: how do we keep young professionals in Zeeland? We train graduates in finance
and IT, and after two years they leave for Rotterdam or Antwerp. I'm curious what others do on career paths,
housing support and hybrid work to hold on to people.

Theme: Organisatie, I think.

Best,
Hannah

{HANNAH_SIG}""",
    },
    {
        "id": "d112-suggestion-08",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": RUUD,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": f"""Hoi stand en Melanie komma

mijn onderwerp voor het a telier is de regio diel punt wij hebben met de gemeenten in de Baronie een regio diel
afgesloten met het rijk maar de uitvoering ligt bij drie werk organisaties en niemand voelt zich eigenaar punt hoe
regel je dat samen nieuwe alinea

groet Ruud

{RUUD_SIG}""",
    },
    {
        "id": "d112-suggestion-09",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": MARLOES,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": f"""Beste Stan en Melanie,

Graag draag ik een onderwerp aan voor 11 maart: de dienstverlening in onze kleinste kernen. Sinds we de loketten in
drie dorpen hebben gesloten, krijgen we veel signalen dat ouderen hun paspoort of rijbewijs niet meer kunnen
aanvragen zonder hulp van familie.

{MARLOES_SIG}""",
    },
    {
        "id": "d112-suggestion-10",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": MARLOES,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": f"""Beste Stan en Melanie,

Correctie op mijn mail van vanochtend, die te vroeg de deur uit ging. Het onderwerp dat ik bedoelde is breder: hoe
brengen we onze dienstverlening terug naar de kleine kernen, met een mobiel loket of een spreekuur in het dorpshuis,
en hoe richten we de bezetting van ons KCC daarop in? Het raakt dus zowel Dienstverlening als Organisatie.

{MARLOES_SIG}""",
    },
    {
        "id": "d112-suggestion-11",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Frank Lenders <f.lenders@maas-roer.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "RE: FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """Stan, Melanie,

Zie de oproep hieronder, die Anja mij doorstuurde. Mijn onderwerp: informatieveiligheid. Na de ransomware-aanval
bij een van onze leveranciers vorig jaar weten we hoe kwetsbaar we zijn. Hoe organiseren collega's hun CISO-functie
en de crisisoefeningen als één werkorganisatie voor meerdere gemeenten?

Frank Lenders
directeur Werkorganisatie Maas-Roer""",
    },
    {
        "id": "d112-suggestion-12",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": COR,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": f"""Stan,

Onderwerp voor maart: samenwerking over de grens met de Vlaamse buren. Onze inwoners werken in Gent en Antwerpen,
de brandweer rijdt over en weer en de bus stopt bij de grens, maar de afspraken tussen de gemeenten aan weerszijden
hangen aan los zand. Hoe leggen andere grensregio's dat vast?

{COR_SIG}""",
    },
    {
        "id": "d112-suggestion-13",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": INGRID,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": f"""Beste Stan en Melanie,

Hierbij twee onderwerpen voor het atelier, in volgorde van prioriteit:

1. Sturingsconcept: wij werken sinds 2024 met een opdrachtgever-opdrachtnemermodel, maar het MT stuurt nog steeds
   op uren in plaats van op resultaten. Hoe hebben anderen de stap naar resultaatgerichte sturing gemaakt?
2. Prestatiemonitoring: welke indicatoren gebruiken collega's om de kwaliteit van de dienstverlening per
   deelnemende gemeente zichtbaar te maken?

Beide hebben wat ons betreft gelijk gewicht.

{INGRID_SIG}""",
    },
    {
        "id": "d112-suggestion-14",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": BART,
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": f"""arbeidsmarkt. vacatures ict en financien staan al een half jaar open. graag ervaringen delen.

{BART_SIG}""",
    },
    {
        "id": "d112-suggestion-15",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": BART,
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": f"""nog eentje: duitse grensarbeiders die hier komen wonen. inschrijving, toeslagen en zorgverzekering
lopen bij onze balie steeds vast. hoe helpen anderen die mensen?

{BART_SIG}""",
    },
    {
        "id": "d112-suggestion-16",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Koen De Smet <koen.desmet@waasland-noord.be>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": """Geachte heer Van de Laar,

Als algemeen directeur van een gemeente aan de Schelde, op een boogscheut van Zeeuws-Vlaanderen, volg ik uw netwerk
met veel interesse. Een onderwerp dat wij graag zouden bespreken: de positie van grensgemeenten in de havenregio.
De uitbreiding van de haven raakt gemeenten aan beide kanten van de grens, maar de overlegtafels zijn strikt Vlaams
of strikt Nederlands. Hoe kunnen gemeenten daar samen hun belangen verdedigen?

Met vriendelijke groeten,

Koen De Smet
algemeen directeur
Gemeente Waasland-Noord""",
    },
    {
        "id": "d112-suggestion-17",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Els Wetzels <e.wetzels@geuldal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """Beste secretariaat,

Ons onderwerp: de toekomst van de kleine kernen. De bevolkingsprognose voor 2040 laat bij ons een daling van bijna
15% zien, met een sterke vergrijzing. Ik zou graag met collega's verkennen hoe je als directie een langetermijnvisie
op krimp ontwikkelt en die bij drie colleges op de bestuurlijke agenda krijgt.

Groet,
Els Wetzels
directeur Werkorganisatie Geuldal""",
    },
    {
        "id": "d112-suggestion-18",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jacqueline Hoogerheide <j.hoogerheide@schouwen-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": """Beste Stan,

Graag zet ik digitale dienstverlening voor ouderen op de lijst. Bij ons is een kwart van de inwoners 70-plus, en aan
de balie zien we steeds vaker mensen die na het sluiten van de bankfilialen ook bij de gemeente digitaal niet meer
verder kunnen. Wat doen anderen: hulp aan huis, een Digicafé, een telefonische terugbelservice?

Vriendelijke groet,
Jacqueline Hoogerheide

Verstuurd vanaf mijn iPad""",
    },
    {
        "id": "d112-suggestion-19",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Mark Wouters <mark.wouters@werkorganisatie-dehoeve.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """Goedemorgen,

Een onderwerp voor maart dat op twee thema's tegelijk leunt: hoe nemen wij de opgaven uit de Regio Deal op in de
meerjarige strategische koers van onze werkorganisatie, en hoe verdelen we de trekkersrollen tussen de drie
gemeenten? Strategie en Samenwerking dus.

Met vriendelijke groet,
Mark Wouters
directeur Werkorganisatie De Hoeve""",
    },
    {
        "id": "d112-suggestion-20",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Dennis Kuijpers <dennis.kuijpers@gmail.com>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """Hoi Stan,

Voorstel: AI in de werkprocessen. We experimenteren met Copilot voor het opstellen van raadsvoorstellen en
beschikkingen, maar de vragen over privacy, archivering en wat het met de rol van onze beleidsmedewerkers doet,
stapelen zich op. Ik hoor graag hoe ver collega's zijn.

Groet, Dennis
(stuur ik even vanaf privé, mijn werkmail ligt eruit)""",
    },
    {
        "id": "d112-suggestion-21",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "H.P.M. van Gils <h.vangils@baarle-dongen-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": """Geacht secretariaat,

Als onderwerp stel ik voor: ongelijke wensen van de deelnemers. Een van onze drie gemeenten vraagt steeds vaker om
maatwerk en een eigen aanspreekpunt, terwijl de andere twee juist op standaardisatie aansturen. Hoe bewaar je het
evenwicht zonder dat de werkorganisatie uit elkaar groeit?

Met vriendelijke groet,
H.P.M. van Gils""",
    },
    {
        "id": "d112-suggestion-22",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sandra Pijnenburg <s.pijnenburg@werkorganisatie-aaenmaas.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": """Dag Stan en Melanie,

Voor het atelier: de dienstverlening aan ondernemers onder de Omgevingswet. Onze doorlooptijden voor
omgevingsvergunningen lopen op, en ondernemers in de grensstreek vergelijken ons met de Belgische kant, waar het
sneller lijkt te gaan. Hoe houden collega's de termijnen bij en hoe rapporteren ze daarover?

Groeten,
Sandra Pijnenburg""",
    },
    {
        "id": "d112-suggestion-23",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Rob Claassen <rob.claassen@werkorganisatie-maaskant.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": """Beste mensen,

Het ravijnjaar 2026 is achter de rug, maar de uitkering uit het gemeentefonds blijft onder druk. Bij ons leidt dat
tot discussie over de kostenverdeelsleutel: welke gemeente betaalt welk deel van de overhead? Ik stel voor de
financiering van de werkorganisatie en de verdeling tussen de deelnemers samen te bespreken, want dat gaat over
Organisatie (financiën) én Samenwerking.

Rob Claassen""",
    },
    {
        "id": "d112-suggestion-24",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Peter Rutten <p.rutten@werkorganisatie-tholen-bergen.nl>",
        "subject": "Onderwerp voor het atelier",
        "body": """Beste Stan,

Jullie oproep is bij mij in de spam beland, vandaar dat ik los reageer. Mijn onderwerp: de overgang naar één
gezamenlijk zaaksysteem en één datawarehouse. We lopen vast op de migratie van oude dossiers en op de vraag wie
eigenaar is van de data.

Met vriendelijke groet,
Peter Rutten""",
    },
    {
        "id": "d112-suggestion-25",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Niels Smeets <niels.smeets@horst-venray.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": """Beste Melanie,

Dank voor de bevestiging. Nog een aanvulling op mijn lijstje: de inschrijving van arbeidsmigranten in de BRP. Onze
balie loopt op maandag vol met uitzendbureaus die tien mensen tegelijk komen inschrijven; de afspraken en
wachttijden voor onze eigen inwoners lijden daaronder.

Met groet,
Niels Smeets""",
    },
    {
        "id": "d112-suggestion-26",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Yvonne Lamers <y.lamers@werkorganisatie-oss-uden.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": """Beste Stan en Melanie,

Wat fijn dat het gelukt is. Dan meteen maar een onderwerp, zoals u voorstelt. Energietransitie, woningbouw,
zorg: onze colleges willen het allemaal tegelijk. Ik zou graag met collega's bespreken hoe je als werkorganisatie
kiest welke grote opgaven de komende tien jaar voorrang krijgen, en hoe je dat als inhoudelijke agenda vastlegt.

Groet,
Yvonne Lamers""",
    },
    {
        "id": "d112-rsvp-01",
        "kind": "rsvp",
        "attending": True,
        "sender": "Stijn Martens <stijn.martens@etten-halderberge-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """Beste Stan,

Een onderwerp heb ik niet direct, de lijst van de collega's zal ongetwijfeld lang genoeg zijn. Maar 11 maart staat
in mijn agenda: ik ben erbij.

Groet,
Stijn Martens""",
    },
    {
        "id": "d112-autoreply-01",
        "kind": "autoreply",
        "sender": "Lies Vandamme <lies.vandamme@grensmaas.be>",
        "thread": "call_for_themes",
        "subject": "Afwezig: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "headers": AUTO,
        "body": """Beste,

Ik ben afwezig van 18 tot en met 22 januari. Uw mail wordt niet automatisch doorgestuurd. Voor dringende zaken kan
u terecht bij het secretariaat van de algemeen directeur (secretariaat@grensmaas.be of 089 71 40 00).

Met vriendelijke groeten,
Lies Vandamme""",
    },
    {
        "id": "d112-other-01",
        "kind": "other",
        "sender": "Guido Pluijmen <g.pluijmen@wo-eijsdenheuvel.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": """Beste Stan,

Geen onderwerp, wel een wens voor de vorm: zou het atelier ook volledig online kunnen, in twee blokken van een uur?
Voor ons uit het uiterste zuiden kost een middag Utrecht eigenlijk een hele werkdag.

Groet,
Guido Pluijmen""",
    },
    {
        "id": "d112-other-02",
        "kind": "other",
        "sender": "Renée Bouwens <r.bouwens@werkorganisatie-beekdal.nl>",
        "subject": "Nieuwe collega uitnodigen",
        "body": """Dag Melanie,

Kunt u onze nieuwe directeur bedrijfsvoering, Hans Peeters, ook uitnodigen voor het netwerk? Hij begint op
1 februari en ik denk dat de ateliers hem helpen om snel zijn weg te vinden.

Met vriendelijke groet,
Renée Bouwens""",
    },
    {
        "id": "d112-confirm-04",
        "kind": "confirm",
        "sender": "Bram Nelissen <b.nelissen@stein-beek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": "",
    },
    {
        "id": "d112-unsubscribe-01",
        "kind": "unsubscribe",
        "sender": "Saskia Vroemen <s.vroemen@gemeente-valkenburgaandegeul.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": """Dit moet een vergissing zijn: ik heb mij niet aangemeld en wil ook geen lid worden.

S. Vroemen""",
    },
    {
        "id": "d112-other-03",
        "kind": "other",
        "sender": "Anouk Smulders <anouk.smulders@hotmail.com>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": """Goedemiddag,

Ik heb mij niet aangemeld voor dit netwerk en ken het secretariaat dat u noemt niet. Hoe komt u aan mijn
privéadres?

Anouk Smulders""",
    },
    {
        "id": "d112-subscribe-04",
        "kind": "subscribe",
        "sender": "Sofie Wuyts <sofie.wuyts@jekerdal.be>",
        "subject": "Inschrijving netwerk",
        "body": """Beste Stan, beste Melanie,

Via mijn collega van Grensmaas hoorde ik over jullie netwerk en de ateliers. Ik zou mij graag inschrijven als lid.
Ik ben sinds de fusie van 2025 algemeen directeur van de gemeente Jekerdal, vlak bij de grens met Maastricht.

Met vriendelijke groeten,
Sofie Wuyts
algemeen directeur gemeente Jekerdal""",
    },
    {
        "id": "d112-confirm-05",
        "kind": "confirm",
        "sender": "Sofie Wuyts <sofie.wuyts@jekerdal.be>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": """Hierbij bevestig ik mijn inschrijving.

Met vriendelijke groeten,
Sofie Wuyts""",
    },
    # ------------------------------------------------------------------ February: the invitation, carnival
    {
        "id": "d112-autoreply-02",
        "kind": "autoreply",
        "sender": BART,
        "thread": "invitation",
        "subject": f"Automatisch antwoord: {INVITATION_SUBJECT} [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """Ik ben met vakantie tot en met 14 februari en lees mijn mail niet. Dringende zaken via het
directiesecretariaat, 077 - 306 50 00.

Bart Maas""",
    },
    {
        "id": "d112-autoreply-03",
        "kind": "autoreply",
        "sender": HUB,
        "thread": "invitation",
        "subject": f"Automatisch antwoord: {INVITATION_SUBJECT} [atelier:2027-1]",
        "headers": AUTO,
        "body": """Alaaf!

Van zaterdag 6 t/m dinsdag 9 februari vier ik vastelaovend en lees ik geen mail. Vanaf woensdag (met een kater en
een askruisje) ben ik weer bereikbaar. Voor dringende zaken: bel het bestuurssecretariaat, 045 - 570 12 00.

Hub Vliegen
algemeen directeur Werkorganisatie Parkstad Zuid""",
    },
    {
        "id": "d112-autoreply-04",
        "kind": "autoreply",
        "sender": "Klantcontact Werkorganisatie De Hoeve <info@werkorganisatie-dehoeve.nl>",
        "thread": "invitation",
        "subject": f"Automatisch antwoord: {INVITATION_SUBJECT} [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """Beste afzender,

In verband met carnaval is ons gemeentehuis op maandag 8 en dinsdag 9 februari gesloten. Uw bericht nemen we na
het carnavalsweekend in behandeling. Alaaf en houdoe!

Team Klantcontact""",
    },
    {
        "id": "d112-autoreply-05",
        "kind": "autoreply",
        "sender": "Ellen Brouwers <e.brouwers@werkorganisatie-gilze-rijen.nl>",
        "thread": "invitation",
        "subject": f"Gelezen: {INVITATION_SUBJECT} [atelier:2027-1]",
        "body": """Uw bericht

  Aan: Ellen Brouwers
  Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid
  Verzonden: dinsdag 2 februari 2027 09:00:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

is gelezen op dinsdag 2 februari 2027 10:42:13 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.""",
    },
    {
        "id": "d112-autoreply-06",
        "kind": "autoreply",
        "sender": "Tom Verheyen <tom.verheyen@lanaken-maasland.be>",
        "thread": "invitation",
        "subject": f"Out of Office: {INVITATION_SUBJECT} [atelier:2027-1]",
        "body": """I am out of the office until Monday 1 March with no access to e-mail. For urgent matters, please
contact my office at directie@lanaken-maasland.be.

Tom Verheyen""",
    },
    {
        "id": "d112-rsvp-02",
        "kind": "rsvp",
        "attending": True,
        "sender": HERMANS,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": f"""Geachte heer, mevrouw,

Gaarne bevestig ik hierbij mijn aanwezigheid bij het Leer- en inspireer-atelier op donderdag 11 maart aanstaande.
Ik kom alleen; een gast zal mij niet vergezellen.

Met dank voor de uitnodiging verblijf ik,

{HERMANS_SIG}""",
    },
    {
        "id": "d112-rsvp-03",
        "kind": "rsvp",
        "attending": True,
        "sender": HUB,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": """Hoi allebei,

Ja, ik kom! En ik neem onze teamleider HR mee, dus zet ons maar op 2 personen. Na de vastelaovend kan ik wel een
middagje Utrecht gebruiken ;-)

Hub

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d112-rsvp-04",
        "kind": "rsvp",
        "attending": True,
        "sender": TOON,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": f"Re: {INVITATION_SUBJECT} [atelier:2027-1]",
        "body": """Stan, Melanie,

Da's een mooi onderwerp, daar ben ik bij. Ik kom met de trein, dus ge hoeft geen parkeerplek voor me te regelen.
Gewoon één persoon.

Houdoe, Toon""",
    },
    {
        "id": "d112-rsvp-05",
        "kind": "rsvp",
        "attending": False,
        "sender": GRIET,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": f"""Geachte,

Tot mijn spijt kan ik zelf niet aanwezig zijn op 11 maart: die avond is er gemeenteraad en de namiddag gaat op aan
de voorbereiding. Ik zal vervangen worden door onze adjunct-algemeen directeur, de heer Pieter Claes
(pieter.claes@grensmaas.be). Gelieve hem de praktische informatie te bezorgen.

{GRIET_SIG}""",
    },
    {
        "id": "d112-rsvp-06",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pieter Claes <pieter.claes@grensmaas.be>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": """Beste Stan, beste Melanie,

Bedankt voor de uitnodiging. Ik zal op 11 maart aanwezig zijn in de plaats van mevrouw Vanderstraeten. Tot dan!

Met vriendelijke groeten,
Pieter Claes
adjunct-algemeen directeur
Gemeente en OCMW Grensmaas""",
    },
    {
        "id": "d112-rsvp-07",
        "kind": "rsvp",
        "attending": True,
        "sender": HANNAH,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": f"Re: {INVITATION_SUBJECT} [atelier:2027-1]",
        "body": f"""Hi both,

Count me in for 11 March - just me, no guest. Looking forward to it!

Best,
Hannah

{HANNAH_SIG}""",
    },
    {
        "id": "d112-rsvp-08",
        "kind": "rsvp",
        "attending": True,
        "sender": RUUD,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": f"""ja ik kom punt met z'n tweeën want mijn concern contra roller gaat mee uitroepteken

groet Ruud

{RUUD_SIG}""",
    },
    {
        "id": "d112-rsvp-09",
        "kind": "rsvp",
        "attending": True,
        "sender": MARLOES,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": f"""Beste Melanie,

Ja, ik kom graag op 11 maart, met één gast: onze manager publiekszaken.

{MARLOES_SIG}""",
    },
    {
        "id": "d112-rsvp-10",
        "kind": "rsvp",
        "attending": False,
        "sender": MARLOES,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": f"""Beste Melanie,

Correctie op mijn aanmelding van gisteren: ik zie nu pas dat de commissie Bestuur op 11 maart 's middags vergadert
en daar moet ik bij zijn. Ik kan dus helaas niet komen, en mijn manager publiekszaken ook niet. Excuses voor de
verwarring.

{MARLOES_SIG}""",
    },
    {
        "id": "d112-rsvp-11",
        "kind": "rsvp",
        "attending": True,
        "sender": ANJA,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": f"""Geachte heer Van de Laar,

Namens de heer Lenders laat ik u weten dat hij graag aanwezig is bij het atelier van 11 maart. Hij komt zonder
gast. De afspraak staat inmiddels in zijn agenda.

{ANJA_SIG}""",
    },
    {
        "id": "d112-rsvp-12",
        "kind": "rsvp",
        "attending": False,
        "sender": COR,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": f"Re: {INVITATION_SUBJECT} [atelier:2027-1]",
        "body": """Stan,

Ik sla deze over. Utrecht is voor ons ruim twee uur rijden heen en twee terug, dat krijg ik op een donderdag niet
ingepast.

Groet, Cor""",
    },
    {
        "id": "d112-rsvp-13",
        "kind": "rsvp",
        "attending": True,
        "sender": INGRID,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": f"""Beste Melanie,

Graag meld ik mij aan voor het atelier van 11 maart. Ik neem één gast mee: onze concerncontroller, Wim Gerrits.
In totaal dus twee personen.

{INGRID_SIG}""",
    },
    {
        "id": "d112-rsvp-14",
        "kind": "rsvp",
        "attending": True,
        "sender": BART,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": f"""kom. 1 persoon.

{BART_SIG}""",
    },
    {
        "id": "d112-rsvp-15",
        "kind": "rsvp",
        "attending": True,
        "sender": FATIMA,
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": f"Re: {INVITATION_SUBJECT} [atelier:2027-1]",
        "body": """Beste Melanie,

Ja, ik kom! Het wordt mijn eerste atelier, dus ik kijk er erg naar uit. Ik kom alleen.

Hartelijke groet,
Fatima""",
    },
    {
        "id": "d112-rsvp-16",
        "kind": "rsvp",
        "attending": True,
        "sender": "Roel Schreurs <r.schreurs@geleenbeek-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": """Ja, ik kom.

Roel Schreurs
directeur bedrijfsvoering en dienstverlening""",
    },
    {
        "id": "d112-rsvp-17",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ans Hoebens <a.hoebens@brunssum-landgraaf-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": """Geachte heer/mevrouw,

Ik kom graag en neem mijn plaatsvervanger mee, dus twee personen.

Met vriendelijke groet,
Ans Hoebens""",
    },
    {
        "id": "d112-rsvp-18",
        "kind": "rsvp",
        "attending": True,
        "sender": "Maurice Gielen <maurice.gielen@wo-nederweert-weert.nl>",
        "thread": "invitation",
        "subject": f"RE: {INVITATION_SUBJECT} [atelier:2027-1]",
        "body": """> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee,
> vermeld dan met hoeveel personen u komt.

Ja, ik kom. Met z'n tweeën: ik neem onze nieuwe manager Dienstverlening mee.

> Graag uw antwoord vóór 2 maart 2027.

Ruim op tijd dus :-)

Maurice""",
    },
    {
        "id": "d112-rsvp-19",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frans Daemen <f.daemen@westelijke-mijnstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": f"Re: {INVITATION_SUBJECT} [atelier:2027-1]",
        "body": """Nee, helaas. Op 11 maart is er een extra raadsvergadering over de gebiedsvisie en ik moet in Sittard
blijven.

Met vriendelijke groet,
Frans Daemen""",
    },
    {
        "id": "d112-rsvp-20",
        "kind": "rsvp",
        "attending": True,
        "sender": "Michel Hendrix <m.hendrix@peel-en-maas-wo.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": f"RE: FW: {INVITATION_SUBJECT} [atelier:2027-1]",
        "body": """Beste Stan,

Mijn secretariaat stuurde me jullie uitnodiging door. Zet me maar op de lijst voor 11 maart, ik kom alleen.

Michel Hendrix""",
    },
    {
        "id": "d112-rsvp-21",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ilse Janssen <i.janssen@werkorganisatie-roerdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """Goedemiddag,

Mevrouw Van Rooij heeft mij gevraagd te laten weten dat zij op 11 maart helaas verhinderd is.

Met vriendelijke groet,
Ilse Janssen
secretariaat directie""",
    },
    {
        "id": "d112-rsvp-22",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Driessen <w.driessen@goirle-hilvarenbeek-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Geaccepteerd: {INVITATION_SUBJECT}",
        "body": "Ik kom graag.",
    },
    {
        "id": "d112-rsvp-23",
        "kind": "rsvp",
        "attending": False,
        "sender": "Chantal Verstappen <c.verstappen@echt-susteren-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": f"Afgewezen: {INVITATION_SUBJECT}",
        "body": "Helaas verhinderd wegens vakantie.",
    },
    {
        "id": "d112-rsvp-24",
        "kind": "rsvp",
        "attending": False,
        "sender": "Karin de Kort <k.dekort@werkorganisatie-woensdrecht.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": """Beste Melanie,

Dank voor het bericht. Inmiddels is mijn agenda voor die donderdag volgelopen, dus haal mij maar van de wachtlijst
af; dan kan iemand anders mijn plek krijgen.

Groet,
Karin de Kort""",
    },
    {
        "id": "d112-rsvp-25",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lotte van Dijk <lotte.vandijk@heusden-vught.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "body": """Beste Stan,

Dirk vroeg of ik in zijn plaats wilde gaan, maar ik zit die week op een congres in Lissabon. Helaas dus ook niet;
ik laat het hem zelf ook weten.

Groet, Lotte

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d112-other-04",
        "kind": "other",
        "sender": "Theo Wijnen <t.wijnen@werkorganisatie-bergeijk-eersel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": """Beste Melanie,

Ik kom graag, mits ik met mijn rolstoel het Stadskantoor goed in kan en er een gehandicaptenparkeerplaats vrij is.
Kunt u dat voor mij nagaan?

Met vriendelijke groet,
Theo Wijnen""",
    },
    {
        "id": "d112-unsubscribe-02",
        "kind": "unsubscribe",
        "sender": "Jan-Willem de Jong <jw.dejong@werkorganisatie-sluis-oost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": """Beste Stan,

Ik kom niet, en eerlijk gezegd wil ik ook geen berichten meer ontvangen: onze werkorganisatie wordt per 1 januari
2028 opgeheven en mijn tijd gaat nu helemaal op aan de ontvlechting. Graag afmelden voor het netwerk.

Jan-Willem de Jong""",
    },
    {
        "id": "d112-unsubscribe-03",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Kees Boogaard <keesboogaard@ziggo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": f"Re: {INVITATION_SUBJECT} [atelier:2027-1]",
        "body": """Hoi Stan,

Haal me maar van de lijst en gooi m'n gegevens ook weg graag. Eind deze maand ga ik met pensioen.

Kees""",
    },
    {
        "id": "d112-other-05",
        "kind": "other",
        "sender": "Sabine Cox <s.cox@werkorganisatie-roerdal.nl>",
        "subject": "Aanmelding atelier 11 maart",
        "body": """Goedemorgen,

Namens mevrouw drs. E. Kersten, directeur van Werkorganisatie Roerdal, laat ik u weten dat zij op 11 maart
aanwezig zal zijn bij het atelier, zonder gast.

Met vriendelijke groet,
Sabine Cox
bestuurssecretariaat""",
    },
    {
        "id": "d112-other-06",
        "kind": "other",
        "sender": "Eric Vos <eric.vos@werkorganisatie-altena-west.nl>",
        "subject": "Aanmelding MT",
        "body": """Beste Stan en Melanie,

Ik ben al een tijdje lid en wil nu ook mijn MT laten aansluiten. Wilt u de volgende collega's aanmelden?

- Marieke Bos, m.bos@werkorganisatie-altena-west.nl
- Sander Kamp, s.kamp@werkorganisatie-altena-west.nl
- Hatice Yilmaz, h.yilmaz@werkorganisatie-altena-west.nl

Dank alvast,
Eric Vos""",
    },
    {
        "id": "d112-subscribe-05",
        "kind": "subscribe",
        "sender": "Wim Hoeks <w.hoeks@dongen-loon-wo.nl>",
        "subject": "Aanmelding plaatsvervanger",
        "body": """Dag Stan,

Mijn plaatsvervanger, Joost Lenssen (j.lenssen@dongen-loon-wo.nl), wil graag ook lid worden van het netwerk.
Willen jullie hem aanmelden?

Groet,
Wim Hoeks""",
    },
    {
        "id": "d112-confirm-06",
        "kind": "confirm",
        "sender": "Joost Lenssen <j.lenssen@dongen-loon-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": """Klopt, Wim heeft mij aangemeld. Bij deze bevestigd.

Joost Lenssen""",
    },
    {
        "id": "d112-other-07",
        "kind": "other",
        "sender": "Rick van Beek <rick.vanbeek@klantkompas.nl>",
        "subject": "Presentatie AI-assistent voor werkorganisaties",
        "body": """Geachte heer Van de Laar,

Met KlantKompas helpen wij werkorganisaties hun klantcontact te stroomlijnen met een AI-assistent die dag en nacht
vragen van inwoners beantwoordt. Graag verzorgen wij op uw volgende atelier een korte presentatie voor de
aangesloten directeuren. Mag ik u volgende week bellen om de mogelijkheden te bespreken?

Met vriendelijke groet,

Rick van Beek
Accountmanager Publieke Sector
KlantKompas B.V.""",
    },
    {
        "id": "d112-other-08",
        "kind": "other",
        "sender": "Dirk-Jan Ossewaarde <dj.ossewaarde@zeeuwse-belastingen.nl>",
        "subject": "Lidmaatschap mogelijk?",
        "body": """Beste secretariaat,

Ik ben directeur van de gemeenschappelijke regeling voor belastingen en WOZ van zes Zeeuwse gemeenten. Strikt
genomen geen ambtelijke fusieorganisatie, maar de vraagstukken lijken sterk op elkaar. Kom ik in aanmerking voor
het lidmaatschap?

Met vriendelijke groet,
Dirk-Jan Ossewaarde""",
    },
    {
        "id": "d112-subscribe-06",
        "kind": "subscribe",
        "sender": "Jeroen Aerts <jeroen.aerts@kempenland-zuid.nl>",
        "subject": "Aanmelden netwerk",
        "body": """Graag aanmelden voor het netwerk.

Groet, Jeroen Aerts
directeur Werkorganisatie Kempenland-Zuid

Verstuurd vanaf mijn Galaxy""",
    },
    {
        "id": "d112-confirm-07",
        "kind": "confirm",
        "sender": "Jeroen Aerts <jeroen.aerts@kempenland-zuid.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """ja

Verstuurd vanaf mijn Galaxy""",
    },
    # ------------------------------------------------------------------ March: the reminder, the atelier
    {
        "id": "d112-rsvp-26",
        "kind": "rsvp",
        "attending": False,
        "sender": HUB,
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": """Hoi Melanie,

Balen: knie verdraaid tijdens de skivakantie, ik zit de komende weken met mijn been omhoog. Ik moet dus afhaken voor
donderdag. Geef onze twee plekken maar aan de mensen op de wachtlijst.

Hub

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d112-other-09",
        "kind": "other",
        "sender": HANNAH,
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "subject": "Re: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": f"""Hi Melanie,

Quick practical question before Thursday: will the slides and the report be available in English as well? Two of
my managers who don't read Dutch would like to use them in our own MT session afterwards.

Thanks,
Hannah

{HANNAH_SIG}""",
    },
    {
        "id": "d112-rsvp-27",
        "kind": "rsvp",
        "attending": True,
        "sender": INGRID,
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": f"""Beste Melanie,

Een kleine wijziging: Wim Gerrits is verhinderd, in zijn plaats gaat onze strategisch adviseur Lotte Hendriks met
mij mee. Het blijft dus bij twee personen; ikzelf ben er gewoon bij.

{INGRID_SIG}""",
    },
    {
        "id": "d112-rsvp-28",
        "kind": "rsvp",
        "attending": False,
        "sender": BART,
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": f"""gaat niet lukken donderdag, sorry.

{BART_SIG}""",
    },
    {
        "id": "d112-rsvp-29",
        "kind": "rsvp",
        "attending": True,
        "sender": "Patrick Loontjens <p.loontjens@meerssen-valkenburg-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": """Ik ben er, tot donderdag!

Patrick""",
    },
    {
        "id": "d112-rsvp-30",
        "kind": "rsvp",
        "attending": False,
        "sender": "Esther Coolen <e.coolen@bladel-reusel-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": """Beste Stan en Melanie,

Helaas, ik kan niet. Het college heeft voor donderdagmiddag een extra vergadering uitgeschreven over de
jeugdzorgbegroting en daar kan ik niet onderuit. Mijn plaats kan naar een collega op de wachtlijst.

Met vriendelijke groet,
Esther Coolen""",
    },
    {
        "id": "d112-rsvp-31",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerard Linssen <g.linssen@simpelveld-voerendaal-wo.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": """Beste Stan,

18 maart komt mij eigenlijk beter uit dan de 11e. Ik ben er dus bij, op de nieuwe locatie.

Gerard Linssen""",
    },
    {
        "id": "d112-rsvp-32",
        "kind": "rsvp",
        "attending": False,
        "sender": "Miriam Sanders <miriam.sanders@gmail.com>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": """Hallo Melanie,

Jammer, op 18 maart heb ik de jaarlijkse heidag met het college. Voor de nieuwe datum moet ik daarom afzeggen.

Groetjes,
Miriam Sanders""",
    },
    {
        "id": "d112-other-10",
        "kind": "other",
        "sender": ANJA,
        "subject": "Atelier 11 maart - dhr. Lenders",
        "body": f"""Geachte heer, mevrouw,

Helaas moet de heer Lenders zijn deelname aan het atelier van donderdag afzeggen; er is een spoedoverleg met de
burgemeesters ingepland. Wilt u zijn plaats vrijgeven?

{ANJA_SIG}""",
    },
    {
        "id": "d112-other-11",
        "kind": "other",
        "sender": FATIMA,
        "subject": "Vraag over online deelname",
        "body": """Beste Stan,

Een vraag vooraf: ik zie dat er ook een Teams-link in de uitnodiging staat. Mag een van mijn afdelingsmanagers
online meekijken, of is het atelier alleen bedoeld voor directeuren zelf? Ik wil niet ongevraagd iemand meenemen.

Hartelijke groet,
Fatima El Khadiri""",
    },
    {
        "id": "d112-autoreply-07",
        "kind": "autoreply",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.werkorganisatie-strijpdal.nl>",
        "subject": "Onbestelbaar: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """Uw bericht heeft sommige of alle geadresseerden niet bereikt.

Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
Verzonden: 4-3-2027 09:00

Het bericht kan niet worden bezorgd bij de volgende geadresseerde:

r.vermeulen@werkorganisatie-strijpdal.nl
Fout: 550 5.1.1 <r.vermeulen@werkorganisatie-strijpdal.nl>: Recipient address rejected: User unknown""",
    },
    {
        "id": "d112-autoreply-08",
        "kind": "autoreply",
        "sender": "A. Vermeulen <a.vermeulen@zundert-rucphen-wo.nl>",
        "thread": "reminder",
        "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
                   "[atelier:2027-1]",
        "headers": AUTO,
        "body": """Deze mailbox wordt niet meer gelezen. Dhr. A. Vermeulen is sinds 1 maart niet meer in dienst. Voor
zaken rond de directie kunt u mailen naar directie@zundert-rucphen-wo.nl.""",
    },
    {
        "id": "d112-autoreply-09",
        "kind": "autoreply",
        "sender": "Henriëtte Brands <h.brands@werkorganisatie-oisterwijk.nl>",
        "thread": "reminder",
        "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
                   "[atelier:2027-1]",
        "body": """Mijn werkdagen zijn maandag, dinsdag en donderdag. Op de overige dagen lees ik mijn mail niet; ik
reageer zo snel mogelijk op mijn eerstvolgende werkdag.

Henriëtte Brands""",
    },
    # ------------------------------------------------------------------ March/April: the follow-up, new topics
    {
        "id": "d112-other-12",
        "kind": "other",
        "sender": HERMANS,
        "subject": "Verslag atelier 11 maart 2027 - vermelding van mijn naam",
        "body": f"""Geachte heer Van de Laar,

Met belangstelling heb ik kennisgenomen van het verslag van het atelier van 11 maart jl. Het is mij echter
opgevallen dat ik daarin met naam en functie word aangehaald bij een uitspraak over de bestuurlijke verhoudingen in
ons gebied. Die uitspraak is gedaan in beslotenheid, en ik stel er prijs op dat zij niet aan mij wordt
toegeschreven.

Ik verzoek u derhalve het verslag op dit punt aan te passen en mij te berichten wanneer dat is geschied.

{HERMANS_SIG}""",
    },
    {
        "id": "d112-suggestion-27",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": HERMANS,
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": f"""Geachte heer, mevrouw,

Naar aanleiding van uw bericht van 15 maart jl. draag ik voor het najaarsatelier het volgende onderwerp aan:

De vertaling van drie afzonderlijke coalitieakkoorden in één meerjarige koers voor de werkorganisatie: welke
bestuurlijke prioriteiten krijgen voorrang wanneer de colleges verschillende accenten leggen, en wie stelt die
volgorde vast?

Mijn voorkeur gaat uit naar behandeling onder het thema Strategie.

{HERMANS_SIG}""",
    },
    {
        "id": "d112-other-13",
        "kind": "other",
        "sender": TOON,
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                   "[atelier:2027-1]",
        "body": f"""Hoi Melanie,

Fijne middag gehad, dank daarvoor. Eén ding wil ik wel kwijt: de helft van de deelnemers komt uit het zuiden en we
zitten elke keer in Utrecht. Kunnen we het najaarsatelier nie eens in Den Bosch of Eindhoven doen? En misschien
een uurtje korter, die file terug is geen pretje.

{TOON_SIG}""",
    },
    {
        "id": "d112-suggestion-28",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": TOON,
        "subject": "Nog een idee voor het najaar",
        "body": f"""Hoi Stan,

Onder m'n mail over Den Bosch wou ik nog iets zetten maar da ben ik vergeten. Voor het najaar zou ik graag praten
over de huisvesting van arbeidsmigranten. Elke gemeente voert daar bij ons haar eigen beleid, terwijl de mensen
gewoon over de gemeentegrens pendelen. Samen optrekken of nie?

{TOON_SIG}""",
    },
    {
        "id": "d112-suggestion-29",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": HUB,
        "subject": "Idee voor het najaar",
        "body": """Hoi Stan,

Jammer dat ik er niet bij was, het verslag las ik met plezier. Voor het najaar een onderwerp dat bij ons hoog op
de lijst staat: hoe helpen we onze oudere inwoners die niet mee kunnen met DigiD en de digitale formulieren? In
sommige wijken is een derde van de inwoners boven de 75 en de bieb kan de drukte bij het Digisterker-uur niet meer
aan.

Groetjes, Hub

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d112-other-14",
        "kind": "other",
        "sender": GRIET,
        "subject": "Attest van deelname atelier 11 maart",
        "body": f"""Beste Melanie,

Onze adjunct-algemeen directeur heeft op 11 maart in mijn plaats deelgenomen aan het atelier. Voor ons dossier
permanente vorming hebben wij een attest van deelname nodig. Is het mogelijk om dat op zijn naam op te maken en aan
mij te bezorgen? Alleszins bedankt voor de moeite.

{GRIET_SIG}""",
    },
    {
        "id": "d112-suggestion-30",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": HANNAH,
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                   "[atelier:2027-1]",
        "body": f"""Hi Stan,

Thanks for a great afternoon and for the report. For the autumn: services for our international residents. We now
have several thousand seasonal workers and expats registering every year, and our front desk, website and letters
are Dutch-only. How do other organisations handle multilingual service, and do you measure whether it actually
works?

Best,
Hannah

{HANNAH_SIG}""",
    },
    {
        "id": "d112-suggestion-31",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": RUUD,
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": f"""Hoi Melanie

dank voor het verslag komma was een goede middag punt voor het najaar wil ik graag praten over personeel stekort
bij de backoffice van het sociaal domein punt we hebben nu twintig vacatures open en de inhuur kost een vermogen
hoe lossen anderen dat op vraagteken

groet Ruud

{RUUD_SIG}""",
    },
    {
        "id": "d112-suggestion-32",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": COR,
        "subject": "Onderwerp najaarsatelier",
        "body": f"""Stan,

Via Marloes hoorde ik dat jullie weer onderwerpen verzamelen. Ik heb er een: krimp. Onze kernen lopen leeg, de
school sluit, de bus rijdt nog twee keer per dag. Wat is over vijftien jaar nog onze rol als gemeente in zo'n dorp,
en welke keuzes moet een directie daar nu al voor voorbereiden?

{COR_SIG}""",
    },
    {
        "id": "d112-other-15",
        "kind": "other",
        "sender": INGRID,
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": f"""Beste Stan en Melanie,

Dank voor het verslag. Enkele punten van feedback, bedoeld om het volgende atelier nog beter te maken:

1. Het eerste uur was sterk: de casus uit Noord-Limburg gaf veel herkenning.
2. De werkvorm na de pauze was te open; een strakkere vraagstelling had meer opgeleverd.
3. Het verslag is uitgebreid, maar een samenvatting van één pagina kan ik in ons MT beter gebruiken.

Een onderwerp heb ik op dit moment niet; dat volgt wellicht later.

{INGRID_SIG}""",
    },
    {
        "id": "d112-suggestion-33",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jolanda Mertens <j.mertens@werkorganisatie-cuijk-boxmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": """Beste Stan, beste Melanie,

Dank voor een inspirerende middag! Wat mij betreft staat in het najaar strategische personeelsplanning op de
agenda. Binnen vijf jaar gaat een derde van onze medewerkers met pensioen; hoe brengen collega's die uitstroom in
beeld, en welke keuzes maken ze in werving en opleiding?

Ik ben er in het najaar graag weer bij.

Hartelijke groet,
Jolanda Mertens""",
    },
    {
        "id": "d112-suggestion-34",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Lieve Moens <lieve.moens@jekervallei.be>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": """Beste Stan en Melanie,

Hartelijk dank voor de fijne namiddag in Utrecht. Voor het volgende atelier zou ik graag een thema voorstellen dat
bij ons na de fusie erg leeft: hoe blijven we in de deelgemeenten dicht bij de burger? Wij hebben de vroegere
gemeentehuizen omgevormd tot dienstpunten met zitdagen, maar het bezoek daalt en de burgers voelen zich minder
gehoord. Graag wissel ik ervaringen uit over dienstverlening in de kleinere kernen.

Met vriendelijke groeten,
Lieve Moens
algemeen directeur gemeente Jekervallei (B)""",
    },
    {
        "id": "d112-other-16",
        "kind": "other",
        "sender": "Hanneke Thijssen <h.thijssen@werkorganisatie-land-van-heusden.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": """Dank jullie wel, het was een waardevolle middag. Ik heb het verslag meteen doorgestuurd naar ons MT.

Hanneke

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d112-other-17",
        "kind": "other",
        "sender": "Ramon Bosch <ramon.bosch@oirschot-best-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                   "[atelier:2027-1]",
        "body": """Hoi Melanie,

De link naar het verslag geeft bij mij een foutmelding (404). Kun je het verslag als pdf sturen?

Groet, Ramon""",
    },
    {
        "id": "d112-other-18",
        "kind": "other",
        "sender": "Joost Aarts <joost.aarts@werkorganisatie-moerdijk-halderberge.nl>",
        "subject": "Kandidatuur Adviesraad",
        "body": """Beste Stan en Melanie,

In het verslag las ik dat er twee plekken in de Adviesraad vrijkomen. Ik stel mij graag kandidaat: ik ben sinds
zes jaar directeur van een werkorganisatie voor vier gemeenten in West-Brabant en denk graag mee over het programma.

Met vriendelijke groet,
Joost Aarts""",
    },
    {
        "id": "d112-other-19",
        "kind": "other",
        "sender": ANJA,
        "subject": "Verzoek: uitnodigingen ook in cc",
        "body": f"""Beste Melanie,

Zou u de uitnodigingen en herinneringen voor de heer Lenders voortaan ook in cc aan mij willen sturen? Dan kan ik
zijn agenda tijdig blokkeren. Mijn adres is a.schoenmakers@maas-roer.nl.

Alvast dank!

{ANJA_SIG}""",
    },
    {
        "id": "d112-other-20",
        "kind": "other",
        "sender": "Nicole Lemmens <n.lemmens@werkorganisatie-beekdaelen-noord.nl>",
        "subject": "Lid netwerk niet meer in dienst",
        "body": """Goedendag,

De heer W. Bongers, die bij u als lid geregistreerd staat, is per 1 april niet meer werkzaam bij onze organisatie.
Mails aan hem komen nu bij mij terecht. Een opvolger is nog niet benoemd.

Met vriendelijke groet,
Nicole Lemmens
HR-adviseur""",
    },
    {
        "id": "d112-other-21",
        "kind": "other",
        "sender": "Monique Leenders <m.leenders@gemert-laarbeek-wo.nl>",
        "subject": "Inzageverzoek AVG",
        "body": """Geachte heer, mevrouw,

Op grond van artikel 15 AVG verzoek ik u mij een overzicht te sturen van alle persoonsgegevens die u over mij
verwerkt, met daarbij het doel van de verwerking en de bewaartermijn.

Met vriendelijke groet,
M. Leenders""",
    },
    {
        "id": "d112-autoreply-10",
        "kind": "autoreply",
        "sender": "Gemeente Reimerswaal-Kapelle <info@reimerswaal-kapelle.nl>",
        "subject": "Ontvangstbevestiging: uw bericht is geregistreerd (zaaknummer Z-2027-004512)",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Geachte afzender,

Hartelijk dank voor uw bericht. Het is geregistreerd onder zaaknummer Z-2027-004512. Wij nemen uw bericht zo snel
mogelijk in behandeling; u ontvangt binnen tien werkdagen een reactie. Vermeld bij verdere correspondentie altijd
het zaaknummer.

Dit is een automatisch verzonden bericht; u kunt hierop niet antwoorden.""",
    },
    {
        "id": "d112-autoreply-11",
        "kind": "autoreply",
        "sender": "Jolanda Mertens <j.mertens@werkorganisatie-cuijk-boxmeer.nl>",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: Dank voor uw themasuggestie [atelier:2027-1]",
        "headers": AUTO,
        "body": """Ik ben met meivakantie tot en met vrijdag 7 mei en lees mijn mail daarna. Uw bericht wordt niet
doorgestuurd. Voor spoedzaken: bel 0485 - 57 90 00 en vraag naar de dienstdoende directeur.

Jolanda Mertens""",
    },
    # ------------------------------------------------------------------ May/June: leaves, hand-overs, erasures
    {
        "id": "d112-autoreply-12",
        "kind": "autoreply",
        "sender": HANNAH,
        "thread": "call_for_themes",
        "subject": "Automatic reply: Dank voor uw themasuggestie [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """Thank you for your e-mail. I am on leave until Monday 17 May with limited access to e-mail. For
urgent matters please contact the management office at managementondersteuning@oosterschelde-werkorganisatie.nl.

Kind regards,
Hannah Whitfield""",
    },
    {
        "id": "d112-other-22",
        "kind": "other",
        "sender": RUUD,
        "subject": "nieuw mail adres",
        "body": f"""Hoi stand

vanaf 1 juni heet onze werk organisatie niet meer Markdal maar werk organisatie Baronie Zuid punt mijn nieuwe
adres wordt r.coenen at baroniezuid punt nl wil je dat aanpassen in jullie lijst vraagteken

groet Ruud

{RUUD_SIG}""",
    },
    {
        "id": "d112-other-23",
        "kind": "other",
        "sender": "Ingeborg Wolters <i.wolters@werkorganisatie-hulst-terneuzen.nl>",
        "subject": "Berichten komen dubbel binnen",
        "body": """Hallo,

Sinds januari krijg ik al jullie berichten twee keer: een keer op mijn oude adres bij de gemeente en een keer op
mijn adres bij de werkorganisatie. Kunnen jullie het oude adres (i.wolters@hulst-gemeente.nl) uit de lijst halen?
Op dit adres blijf ik graag alles ontvangen.

Groet,
Ingeborg Wolters""",
    },
    {
        "id": "d112-subscribe-07",
        "kind": "subscribe",
        "sender": TOON,
        "subject": "Aanmelding collega",
        "body": f"""Hoi Melanie,

Onze nieuwe adjunct-directeur, Sanne Verhagen, wil ook graag lid worden van het netwerk. Haar adres is
s.verhagen@peelkempen.nl. Wilde gij haar aanmelden? Dan bevestigt ze het zelf.

{TOON_SIG}""",
    },
    {
        "id": "d112-confirm-08",
        "kind": "confirm",
        "sender": "Sanne Verhagen <s.verhagen@peelkempen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": """Ja graag!

Sanne""",
    },
    {
        "id": "d112-subscribe-08",
        "kind": "subscribe",
        "sender": "Marjan Tielemans <m.tielemans@werkorganisatie-drimmelen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": """Lid blijven graag! De afmelding was een misverstand: mijn secretaresse dacht dat ik vertrok, maar dat
is pas volgend jaar.

Marjan Tielemans

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d112-confirm-09",
        "kind": "confirm",
        "sender": "Marjan Tielemans <m.tielemans@werkorganisatie-drimmelen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": """Nogmaals excuses voor de verwarring. Hierbij bevestig ik dat ik lid wil blijven.

Marjan

Verstuurd vanaf mijn iPhone""",
    },
    {
        "id": "d112-subscribe-09",
        "kind": "subscribe",
        "sender": "Vincent Raaijmakers <v.raaijmakers@veldhoven-waalre-wo.nl>",
        "subject": "Weer aanmelden",
        "body": """Beste Stan,

Vorig jaar heb ik mij afgemeld omdat ik tijdelijk een projectfunctie bij de provincie had. Sinds 1 mei ben ik terug
als directeur van de werkorganisatie, en ik doe graag weer mee met het netwerk.

Met vriendelijke groet,
Vincent Raaijmakers""",
    },
    {
        "id": "d112-other-24",
        "kind": "other",
        "sender": "Leo Franssen <leo.franssen@kpnmail.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": """Beste Stan en Melanie,

Dank voor de snelle afhandeling en voor de mooie jaren in het netwerk. Het ga jullie goed!

Leo Franssen""",
    },
    {
        "id": "d112-unsubscribe-04",
        "kind": "unsubscribe",
        "sender": "Henk Stevens <h.stevens@werkorganisatie-mook-gennep.nl>",
        "subject": "afmelden",
        "body": """Wilt u mij afmelden voor het netwerk? Ik heb een functie buiten het openbaar bestuur aanvaard.

Henk Stevens""",
    },
    {
        "id": "d112-unsubscribe-05",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "P. Bruijnzeels <p.bruijnzeels@gemeente-vaals-gulpen.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": """Geachte heer, mevrouw,

Onder verwijzing naar artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u mijn lidmaatschap te
beëindigen en alle persoonsgegevens die u van mij verwerkt, waaronder naam, functie en e-mailadres, te wissen. Ik
verneem graag binnen de wettelijke termijn dat aan dit verzoek is voldaan.

Met vriendelijke groet,
mr. drs. P. Bruijnzeels""",
    },
    {
        "id": "d112-unsubscribe-06",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Dirk Goossens <dirk.goossens@maaseik-kinrooi.be>",
        "subject": "Uitschrijving",
        "body": """Geachte,

Gelieve mij uit te schrijven uit het netwerk en mijn persoonsgegevens uit jullie bestanden te schrappen. Ik neem
in september een andere opdracht op.

Met vriendelijke groeten,
Dirk Goossens""",
    },
    {
        "id": "d112-unsubscribe-07",
        "kind": "unsubscribe",
        "sender": "Frits Reijnders <f.reijnders@werkorganisatie-bernheze.nl>",
        "subject": "Opvolging in het netwerk",
        "body": """Beste Stan en Melanie,

Per 1 juli ga ik met pensioen. Mijn opvolger, mevrouw Eline Cremers, neemt vanaf die datum mijn plek in het
netwerk over; haar adres is e.cremers@werkorganisatie-bernheze.nl.

Hartelijke groet en dank voor alles,
Frits Reijnders""",
    },
    {
        "id": "d112-unsubscribe-08",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Marianne Kusters <m.kusters@werkorganisatie-land-van-cuijk-noord.nl>",
        "subject": "Overdracht en verwijderen gegevens",
        "body": """Beste Melanie,

Eind juni vertrek ik. Mijn opvolger is Tim Bollen (t.bollen@werkorganisatie-land-van-cuijk-noord.nl); hij neemt
mijn plaats in het netwerk graag over. Wilt u daarna al mijn gegevens uit jullie administratie verwijderen?

Met vriendelijke groet,
Marianne Kusters""",
    },
    {
        "id": "d112-unsubscribe-09",
        "kind": "unsubscribe",
        "sender": "Ramona Dekkers <r.dekkers@werkorganisatie-boekel-uden.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": """Beste Stan,

Het was niet de bedoeling lid te worden; mijn secretariaat heeft mij bij het verkeerde netwerk aangemeld. Wilt u
mij uitschrijven?

Groet,
Ramona Dekkers""",
    },
    {
        "id": "d112-unsubscribe-10",
        "kind": "unsubscribe",
        "sender": MARLOES,
        "subject": "Afmelden",
        "body": f"""Beste Stan,

Per 1 juli vertrek ik bij Bevelanden Samen. Wilt u mij afmelden voor het netwerk?

{MARLOES_SIG}""",
    },
    {
        "id": "d112-unsubscribe-11",
        "kind": "unsubscribe",
        "sender": MARLOES,
        "subject": "Correctie: afmelden",
        "body": f"""Beste Stan,

Correctie op mijn mail van zojuist: mijn plaats in het netwerk gaat over naar mijn opvolger, Jeroen Sinke, die per
1 juli directeur wordt. Zijn adres is j.sinke@bevelanden-samen.nl. Mij kunt u dus afmelden en hem aanmelden.

{MARLOES_SIG}""",
    },
    {
        "id": "d112-confirm-10",
        "kind": "confirm",
        "sender": "Jeroen Sinke <j.sinke@bevelanden-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": """Dag Stan en Melanie,

Prima zo, bij deze bevestigd. Ik kijk uit naar het najaarsatelier.

Jeroen Sinke
directeur Bevelanden Samen (per 1 juli)""",
    },
    {
        "id": "d112-unsubscribe-12",
        "kind": "unsubscribe",
        "sender": HERMANS,
        "subject": "Overdracht lidmaatschap netwerk",
        "body": f"""Geachte heer, mevrouw,

Bij dezen deel ik u mede dat ik per 1 juli 2027 mijn functie van algemeen directeur van Werkorganisatie Heuvelland
neerleg in verband met het bereiken van de pensioengerechtigde leeftijd.

Mijn opvolger, mevrouw drs. A.M.C. (Anne) Bemelmans, zal mijn plaats in het netwerk innemen. Zij is bereikbaar via
a.bemelmans@wo-heuvelland.nl. Ik verzoek u mijn lidmaatschap per genoemde datum te beëindigen en haar als lid in te
schrijven.

Voor de collegiale samenwerking in de afgelopen jaren ben ik u zeer erkentelijk.

{HERMANS_SIG}""",
    },
    {
        "id": "d112-confirm-11",
        "kind": "confirm",
        "sender": "Anne Bemelmans <a.bemelmans@wo-heuvelland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": """Geachte heer Van de Laar,

Hierbij bevestig ik mijn aanmelding als opvolger van de heer Hermans.

Met vriendelijke groet,
drs. A.M.C. Bemelmans""",
    },
    {
        "id": "d112-other-25",
        "kind": "other",
        "sender": COR,
        "subject": "Zomer",
        "body": f"""Stan,

Is er dit jaar nog een zomerbijeenkomst of borrel? Vorig jaar zag ik iets voorbij komen over Vlissingen, maar ik
kan het niet meer terugvinden.

{COR_SIG}""",
    },
    {
        "id": "d112-autoreply-13",
        "kind": "autoreply",
        "sender": "Frits Reijnders <f.reijnders@werkorganisatie-bernheze.nl>",
        "thread": "goodbye",
        "subject": "Automatisch antwoord: Uw afmelding bij het Netwerk van directeuren van ambtelijke "
                   "fusieorganisaties",
        "headers": AUTO,
        "body": """Tot en met maandag 28 juni ben ik met vakantie; daarna ben ik nog twee dagen op kantoor tot mijn
pensioen. Voor zaken die niet kunnen wachten: mevrouw Eline Cremers, e.cremers@werkorganisatie-bernheze.nl.

Frits Reijnders""",
    },
]
# fmt: on
