"""Held-out set 29: one autumn season (September to December 2028) in the mailbox info@ambtelijkefusie.nl.

Never tuned on. Written independently, in the writer's own words, to measure only.

The season. On Tuesday 5 September 2028 the call for themes goes out for the autumn atelier (topics before
Wednesday 4 October); thank-you mails for suggestions follow in September. On Thursday 12 October the invitation
goes out for the Leer- en inspireer-atelier "Dichtbij blijven op afstand" of Thursday 16 November 2028 at Het
Kloosterhof in Weert, 14.00 to 17.30 (answers before 6 November; 30 places, then a waiting list). On Tuesday
31 October a change moves it to the morning, 9.30 to 13.00 with lunch afterwards. The reminder goes out on Thursday
9 November, the follow-up (report plus the question for topics for the spring of 2029) on Thursday 23 November, and
thank-you mails for those suggestions in December. Throughout: sign-ups and confirmations, leaves, AVG erasures,
hand-overs to successors, out-of-office replies and other machine answers, and mail only the secretariat can handle
(questions, complaints, address changes, invoices, a pitch, feedback, thanks, Adviesraad applications, unclear mail).
Members are directors of werkorganisaties and ambtelijke fusieorganisaties in Noord-Brabant, Limburg and Zeeland;
all organisations, people and domains are invented.

The quoted mails are the fixed snapshot of tests/classify/quoted_mails.json (its dates are those of 2027); the
writers' own text speaks of the 2028 season. A reply that quotes nothing sets the 2028 subject itself.

Recurring writers, each keeping client, quote style, register, length and signature:
- Joost van Eijndhoven (Peelland-Oost, Brabant): warm and informal, Outlook (outlook-nl).
- Marlies Hermans (Heuvelland Samen, Limburg): short, a word of dialect, iPad (apple).
- Fiona McAllister (Walcheren-Noord, Zeeland): writes in English, English Outlook (outlook-en).
- Gerard Dielemans (Dommeldal): answers between our quoted lines ("> "), quote none.
- Ingrid Maas (Maas en Peel): management assistant writing for directors Ruud Verhoeven and Hanneke Spierings
  (notes-wrote).
- Peter-Jan Rooijakkers (Baronie Noord): says yes, then no after the change of time, then yes again (outlook-en).
- Rieke van der Sluis (De Bevelanden, Zeeland): always very long (outlook-nl).
- Mark Coenen (Roerdal-Midden, Limburg): terse, on his phone, typos (apple).
- Cor Verhage (Oosterschelde, Zeeland): GroupWise, sober.
- Anneke Brouwers (Kempenland): Lotus Notes (notes); her colleague Eline Schepers uses the same client.
- Willem van Tilburg (Langstraat): formal, with a disclaimer (outlook-lijn).
- Sanne Wijnen: interim director writing from a private Gmail address (gmail).
- Jo Hanssen (Parkstad-Zuid, Limburg): a web client that pastes our mail without marks (ongemarkeerd).
- Hatice Kaya (gemeente Roerstreek, Limburg): direct, iPhone (apple).
- Bart Smulders (gemeente Beekdonk): his secretariat forwards our mails (doorgestuurd), English Outlook otherwise.

Conventions relied on (from the dataset brief):
- Joining, by the person themself: subscribe; a request to sign up one named colleague WITH that colleague's address
  is subscribe too; without the address, or several people at once: other.
- A plain denial under our confirmation mail: unsubscribe; a denial that asks where we got the address: other.
- Under the call for themes or the follow-up: a reply that proposes a topic is a suggestion (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an rsvp; a proposal about the form
  of the ateliers (day, venue, length, online) is other.
- Leaving the network and declining the atelier in one mail: unsubscribe. A decline that keeps the membership:
  rsvp False. A director who cannot come but sends a substitute: rsvp False.
- A named successor taking over the seat (with their address): unsubscribe (hand-over). A colleague reporting that
  someone left: other.
- An AVG erasure request anywhere: unsubscribe with erase True. A request to see one's data: other.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: other.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: other.
- An answer about the atelier for someone else in a NEW mail: other; in reply to our invitation: rsvp.
- thread: what In-Reply-To finds (None for a new mail or a forward); the invitation, the change and the RSVP
  acknowledgement are "invitation"; the call for themes, the follow-up and the thank-you for a suggestion are
  "call_for_themes".
- themes: the theme(s) of what the writer proposes, two only where the topic clearly spans both (or where the
  writer proposes two topics under different themes).
"""

from __future__ import annotations

from typing import Any

CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 16 november 2028 [atelier:2028-2]"
INVITATION = "Uitnodiging Leer- en inspireer-atelier 16 november 2028: Dichtbij blijven op afstand [atelier:2028-2]"
CHANGE = "Gewijzigd: Leer- en inspireer-atelier 16 november 2028 [atelier:2028-2]"
REMINDER = "Herinnering: Leer- en inspireer-atelier donderdag 16 november 2028 [atelier:2028-2]"
FOLLOW_UP = 'Dank voor uw komst: Leer- en inspireer-atelier "Dichtbij blijven op afstand" [atelier:2028-2]'
THANKS = "Dank voor uw themasuggestie [atelier:2028-2]"
CONFIRM = "Bevestig uw aanmelding [ref:AF-R4W8N-QT6LC-9PZK2]"

JOOST = "Joost van Eijndhoven <j.vaneijndhoven@peellandoost.nl>"
JOOST_SIG = "Joost van Eijndhoven\nalgemeen directeur Werkorganisatie Peelland-Oost\n06 41 22 87 30"
MARLIES = "Marlies Hermans <m.hermans@heuvellandsamen.nl>"
FIONA = "Fiona McAllister <f.mcallister@walcherennoord.nl>"
FIONA_SIG = "Fiona McAllister\nDirector | Werkorganisatie Walcheren-Noord\nT +31 118 62 40 12"
GERARD = "Dielemans, Gerard <g.dielemans@dommeldal.nl>"
INGRID = "Ingrid Maas <directiesecretariaat@maasenpeel.nl>"
INGRID_SIG = "Ingrid Maas\nmanagementassistent directie\nWerkorganisatie Maas en Peel\nT 0485 38 60 00"
PJ = "Peter-Jan Rooijakkers <pj.rooijakkers@baronienoord.nl>"
PJ_SIG = "Peter-Jan Rooijakkers\ndirecteur Werkorganisatie Baronie Noord\nM 06 20 71 33 95"
RIEKE = "Rieke van der Sluis <r.vandersluis@debevelanden.nl>"
RIEKE_SIG = (
    "Rieke van der Sluis\ndirecteur Werkorganisatie De Bevelanden\nPostbus 218, 4460 AE Goes\n"
    "T 0113 28 17 00 | M 06 12 09 44 51\nwww.debevelanden.nl"
)
MARK = "Mark Coenen <mark.coenen@roerdalmidden.nl>"
COR = "C.J. Verhage <c.verhage@oosterschelde-wo.nl>"
COR_SIG = "C.J. Verhage\ndirecteur\nWerkorganisatie Oosterschelde"
ANNEKE = "Anneke Brouwers <a.brouwers@kempenland-wo.nl>"
ANNEKE_SIG = "Anneke Brouwers\nDirecteur Werkorganisatie Kempenland\nPostbus 35, 5520 AA Eersel"
ELINE = "Eline Schepers <e.schepers@kempenland-wo.nl>"
WILLEM = "mr. W.F. van Tilburg <w.vantilburg@langstraat.nl>"
WILLEM_SIG = (
    "mr. W.F. van Tilburg\ndirecteur Werkorganisatie Langstraat\n\n"
    "------------------------------------------------------------------\n"
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u\n"
    "verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te retourneren.\n"
    "Werkorganisatie Langstraat aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het elektronisch\n"
    "verzenden van berichten."
)
SANNE = "Sanne Wijnen <sanne.wijnen@gmail.com>"
SANNE_SIG = "--\nSanne Wijnen\ninterim-directeur Werkorganisatie Brabantse Wal Oost\n06 38 44 02 17"
JO = "Jo Hanssen <j.hanssen@parkstadzuid.nl>"
JO_SIG = "Jo Hanssen\nDirecteur Ambtelijke fusieorganisatie Parkstad-Zuid\nT 045 57 61 200"
HATICE = "Hatice Kaya <h.kaya@gemeente-roerstreek.nl>"
BART = "Bart Smulders <b.smulders@beekdonk.nl>"
BART_SIG = "Bart Smulders\ngemeentesecretaris/directeur gemeente Beekdonk"
IPHONE = "Verstuurd vanaf mijn iPhone"
IPAD = "Verstuurd vanaf mijn iPad"
AUTO = {"Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- September: the call for themes
    {
        "id": "h29-auto-01", "kind": "autoreply", "thread": "call_for_themes", "sender": JOOST,
        "subject": "Automatisch antwoord: " + CALL,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """Hoi,

Tot en met vrijdag 8 september ben ik op vakantie en lees ik mijn mail niet. Voor dringende zaken kun je terecht
bij Sandra van Hout, bereikbaar via 0492 33 18 00.

Houdoe,
Joost van Eijndhoven""",
    },
    {
        "id": "h29-auto-02", "kind": "autoreply", "thread": "call_for_themes", "sender": FIONA,
        "subject": "Automatic reply: " + CALL, "headers": AUTO,
        "body": """Thank you for your email. I am on annual leave until Monday 18 September with limited
access to email. For urgent matters please contact the directie office via directie@walcherennoord.nl
or +31 118 62 40 00.

Kind regards,
Fiona McAllister""",
    },
    {
        "id": "h29-auto-03", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Gemeente Merkeloo <info@merkeloo.nl>", "subject": "Ontvangstbevestiging: " + CALL,
        "body": """Geachte heer/mevrouw,

Hartelijk dank voor uw e-mail aan de gemeente Merkeloo. Uw bericht is geregistreerd onder zaaknummer
Z-2028-114582 en doorgestuurd naar de juiste afdeling.

U ontvangt binnen vijf werkdagen een reactie. Vermeld bij vervolgcontact altijd het zaaknummer.

Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.

Klantcontactcentrum gemeente Merkeloo
Telefoon 14 0497""",
    },
    {
        "id": "h29-auto-04", "kind": "autoreply", "sender": "Postmaster <postmaster@maasdal-werkt.nl>",
        "subject": "Onbestelbaar: " + CALL, "headers": AUTO,
        "body": """Uw bericht heeft enkele of alle geadresseerden niet bereikt.

      Onderwerp:  Welke thema's wilt u bespreken? Leer- en inspireer-atelier 16 november 2028 [atelier:2028-2]
      Verzonden:  5-9-2028 10:02

Het volgende adres kan niet worden bereikt:

      w.peeters@maasdal-werkt.nl op 5-9-2028 10:02
            Het e-mailaccount bestaat niet binnen de organisatie waaraan dit bericht is verzonden.
            Controleer het adres of neem contact op met de beheerder van het systeem van de geadresseerde.
            <mx01.maasdal-werkt.nl #5.1.1 smtp;550 5.1.1 User unknown>""",
    },
    {
        "id": "h29-sug-01", "kind": "suggestion", "themes": ["samenwerking"], "sender": JOOST,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": f"""Hoi Stan en Melanie,

Ben net terug van vakantie en zag jullie oproep, mooi dat hij er weer is! Waar ik al maanden mee rondloop: hoe
houd je drie raden aangesloten als de werkorganisatie steeds meer regionaal gaat doen? Bij ons voelt de kleinste
gemeente zich een beetje ondergesneeuwd door de twee grote, en dat merk je aan elke begrotingsronde. Ik zou heel
graag eens horen hoe collega's die verhoudingen in balans houden.

Groetjes,
Joost

{JOOST_SIG}""",
    },
    {
        "id": "h29-sug-02", "kind": "suggestion", "themes": ["organisatie"], "sender": RIEKE,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": f"""Beste Stan, beste Melanie,

Dank voor jullie oproep, die ik zoals altijd met belangstelling heb gelezen. Ik heb er een paar dagen over
nagedacht voordat ik reageer, want ik wil niet zomaar iets roepen.

Het vraagstuk dat mij en ons MT op dit moment het meest bezighoudt, is hoe wij de komende tien jaar voldoende
mensen blijven vinden en binden. De Bevelanden is een werkorganisatie voor drie gemeenten met samen ruim 90.000
inwoners, maar op de arbeidsmarkt concurreren we met de provincie, het waterschap, de haven en natuurlijk met de
Randstad, waar de salarissen voor ICT'ers en juristen simpelweg hoger liggen. Het afgelopen jaar stonden er bij ons
gemiddeld 38 vacatures open, en een derde daarvan bleef langer dan een halfjaar onvervuld. Tegelijk gaat de komende
vijf jaar bijna een kwart van onze medewerkers met pensioen.

We hebben van alles geprobeerd: een eigen traineeprogramma, een samenwerking met de HZ, strategische
personeelsplanning per cluster, en sinds kort het delen van specialisten met een buurorganisatie. Dat laatste werkt
verrassend goed, maar roept ook vragen op over aansturing en over wie de kosten draagt.

Wat ik graag met collega's zou bespreken:
- hoe zij hun strategische personeelsplanning concreet hebben ingericht, en of die werkelijk stuurt of vooral een
  document in een la is;
- welke ervaring er is met het anders organiseren van werk (taakherschikking, meer inzet van technologie) om met
  minder mensen hetzelfde te kunnen;
- hoe je intern de teamleiders meekrijgt, die nu vooral gaten aan het vullen zijn.

Onder welk thema het precies valt, laat ik aan jullie, maar zelf denk ik aan Organisatie: formatie, HR en
werkprocessen.

Hartelijke groet,

{RIEKE_SIG}""",
    },
    {
        "id": "h29-sug-03", "kind": "suggestion", "themes": ["dienstverlening"], "sender": MARLIES,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "body": f"""Hoi Melanie,

Mijn onderwerp voor november: dienstverlening in de kleine kernen. Bij ons zijn de laatste loketten in de dorpen
dicht en dat voelen vooral de ouderen. We proberen nu een spreekuur in de bieb en een gemeentebus die rondrijdt,
maar ik ben benieuwd wat anderen doen. Kump vast good als we dat samen uitpluizen.

Ajuu,
Marlies

{IPAD}""",
    },
    {
        "id": "h29-sug-04", "kind": "suggestion", "themes": ["organisatie"], "sender": FIONA,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "body": f"""Dear Stan and Melanie,

Apologies for the late reply, I have only just caught up after my leave.

One topic I would very much like to discuss with colleagues is the responsible use of generative AI in our work
processes. Several of our teams have started using Copilot on their own initiative, which is great for productivity
but raises questions about data protection, archiving and who is accountable for the output. I would be interested
to hear how other organisations have set up governance for this, and whether anyone has a policy that actually
works in practice.

Best regards,

{FIONA_SIG}""",
    },
    {
        "id": "h29-sug-05", "kind": "suggestion", "themes": ["dienstverlening"], "sender": MARK,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "body": f"""sugestie: sturen op klanttevredenheid. wat meten jullie eigenlijk en doet iemnd er ook wat mee?
gr mark

{IPHONE}""",
    },
    {
        "id": "h29-sug-06", "kind": "suggestion", "themes": ["samenwerking"], "sender": GERARD,
        "thread": "call_for_themes", "quote": "none", "subject": "RE: " + CALL,
        "body": """> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:

De herziening van de verdeelsleutel. Wij stellen in 2029 opnieuw vast hoe de kosten van de werkorganisatie over
de drie gemeenten worden verdeeld, en iedere gemeente heeft al een eigen rekensom gemaakt. Ik hoor graag hoe
collega's dat gesprek hebben begeleid zonder dat de onderlinge verhoudingen eronder leden.

> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de regio;

Hier hoort het wat mij betreft thuis.

> Eén onderwerp per regel helpt ons
> bij het tellen.

Het is er maar één.

Gerard Dielemans
Werkorganisatie Dommeldal""",
    },
    {
        "id": "h29-rsvp-01", "kind": "rsvp", "attending": True, "sender": COR,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "body": f"""Goedemiddag,

Een onderwerp heb ik op dit moment niet; de collega's zullen er vast genoeg aandragen. Wel laat ik alvast weten
dat ik er op 16 november bij ben. De datum staat in mijn agenda.

Met vriendelijke groet,

{COR_SIG}""",
    },
    {
        "id": "h29-other-01", "kind": "other", "sender": HATICE,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "body": f"""Hallo Stan,

Geen inhoudelijk onderwerp van mij, wel een wens. Zouden jullie het atelier een keer in Limburg willen
organiseren? Voor ons is het telkens anderhalf uur rijden naar Utrecht of Den Bosch. En een vrijdagochtend zou
mij ook beter uitkomen dan een donderdagmiddag, maar misschien ben ik de enige.

Groet,
Hatice Kaya
directeur bedrijfsvoering gemeente Roerstreek

{IPHONE}""",
    },
    {
        "id": "h29-sug-07", "kind": "suggestion", "themes": ["strategie"], "sender": ANNEKE,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "body": f"""Beste secretariaat,

Als onderwerp draag ik aan: de toekomstvisie van de werkorganisatie zelf. Onze gemeenten hebben elk een eigen
visie op 2040, maar de werkorganisatie heeft er geen. Wat is onze eigen stip op de horizon, en hoeveel ruimte
geven de besturen ons om die te formuleren? Ik ben benieuwd of er organisaties zijn die al een meerjarige koers
hebben vastgesteld en hoe zij die bestuurlijk hebben geland.

Met vriendelijke groet,

{ANNEKE_SIG}""",
    },
    {
        "id": "h29-sug-08", "kind": "suggestion", "themes": ["strategie"], "sender": WILLEM,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": f"""Geachte heer Van de Laar, geachte mevrouw Huurneman,

Naar aanleiding van uw oproep breng ik graag het volgende onderwerp onder uw aandacht.

Sinds de gemeenteraadsverkiezingen van 2026 bedienen wij drie colleges, elk met een eigen coalitieakkoord en een
eigen rangorde van prioriteiten. Het vergt veel van de werkorganisatie om daaruit één samenhangende en uitvoerbare
meerjarenagenda te destilleren, terwijl de neiging bestaat om alles tegelijk te willen. Ik zou gaarne met collega's
van gedachten wisselen over de wijze waarop zij hun besturen helpen prioriteren, en hoe zij een 'nee' of een
'nog niet' overbrengen.

Hoogachtend,

{WILLEM_SIG}""",
    },
    {
        "id": "h29-sug-09", "kind": "suggestion", "themes": ["organisatie", "samenwerking"],
        "sender": "Erik-Jan Donkers <ejdonkers@gmail.com>", "subject": "Onderwerpen atelier november",
        "body": """Hoi Stan en Melanie,

Twee onderwerpen van mijn kant voor november:
- informatiebeveiliging na de ransomware-aanval bij onze buren: hoe voorkom je dat een werkorganisatie die voor drie
  gemeenten de ICT doet één grote kwetsbaarheid wordt?
- de positie van fusieorganisaties in de regionale verbanden (veiligheidsregio, GGD, omgevingsdienst): wie
  vertegenwoordigt wie aan tafel, de gemeenten of wij?

Excuus voor het privéadres, onze mailserver ligt er vandaag uit.

Erik-Jan Donkers
directeur Werkorganisatie Grenskempen""",
    },
    {
        "id": "h29-sub-01", "kind": "subscribe", "sender": "Roel Vankan <r.vankan@geleenbeek.nl>",
        "subject": "Aanmelding netwerk",
        "body": """Goedemorgen,

Sinds 1 september ben ik directeur van Werkorganisatie Geleenbeek. Mijn voorganger heeft mij op jullie netwerk
gewezen en was er erg enthousiast over. Bij dezen meld ik mij graag aan.

Met vriendelijke groet,

Roel Vankan
directeur Werkorganisatie Geleenbeek
r.vankan@geleenbeek.nl""",
    },
    {
        "id": "h29-conf-01", "kind": "confirm", "sender": "Roel Vankan <r.vankan@geleenbeek.nl>",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "gmail",
        "body": """Sorry, jullie eerste mail was in mijn spamfolder beland. Bij dezen alsnog bevestigd.

Groet, Roel""",
    },
    {
        "id": "h29-sub-02", "kind": "subscribe", "sender": ANNEKE, "subject": "Aanmelding nieuwe collega",
        "body": f"""Beste Stan en Melanie,

Per 1 september is Eline Schepers bij ons gestart als directeur bedrijfsvoering. Zij wil graag lid worden van het
netwerk. Haar adres is e.schepers@kempenland-wo.nl. Willen jullie haar aanmelden?

Met vriendelijke groet,

{ANNEKE_SIG}""",
    },
    {
        "id": "h29-conf-02", "kind": "confirm", "sender": ELINE,
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "notes",
        "body": """Eline Schepers
Directeur bedrijfsvoering
Werkorganisatie Kempenland""",
    },
    {
        "id": "h29-other-02", "kind": "other", "sender": BART, "subject": "Verzendlijst",
        "body": f"""Beste mensen,

Kunnen jullie ook onze vier sectormanagers op de verzendlijst zetten? Ze vinden de onderwerpen van het atelier
interessant en willen graag meelezen. Mijn secretariaat kan de adressen aanleveren.

Met vriendelijke groet,
{BART_SIG}""",
    },
    {
        "id": "h29-other-03", "kind": "other", "sender": "Nadia el Khatib <n.elkhatib@markiezaat-wo.nl>",
        "subject": "Vraag over lidmaatschap",
        "body": """Goedendag,

Ik ben plaatsvervangend directeur van een ambtelijke fusieorganisatie in West-Brabant. Is het netwerk alleen
bedoeld voor de directeur zelf, of kan ik als plaatsvervanger ook lid worden? Ik hoor het graag voordat ik mij
aanmeld.

Met vriendelijke groet,

Nadia el Khatib
plaatsvervangend directeur Werkorganisatie Markiezaat""",
    },
    {
        "id": "h29-uns-01", "kind": "unsubscribe", "sender": "Toon Verbunt <t.verbunt@heezedael.nl>",
        "subject": "Afmelden",
        "body": """Beste Stan,

Per 1 oktober ga ik met pensioen. Wil je mij uit het netwerk afmelden? Ik heb de ateliers altijd erg gewaardeerd,
vooral de gesprekken in de wandelgangen.

Hartelijke groet,
Toon Verbunt""",
    },
    {
        "id": "h29-uns-02", "kind": "unsubscribe", "sender": "H.A. Lievense <h.lievense@scheldeoever.nl>",
        "subject": "Wisseling directeur Werkorganisatie Scheldeoever",
        "body": """Geacht secretariaat,

Met ingang van 1 oktober 2028 draag ik mijn functie als directeur van Werkorganisatie Scheldeoever over aan mijn
opvolger, mevrouw Jolanda Dekker-Zwemer. Wilt u mij afmelden en haar in mijn plaats uitnodigen? Haar e-mailadres
is j.dekker@scheldeoever.nl.

Met vriendelijke groet,

H.A. (Hans) Lievense
directeur Werkorganisatie Scheldeoever""",
    },
    {
        "id": "h29-conf-03", "kind": "confirm", "sender": "Jolanda Dekker-Zwemer <j.dekker@scheldeoever.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """Hierbij bevestig ik mijn aanmelding. Hans heeft mij al verteld over de ateliers, ik kijk ernaar uit.

Met vriendelijke groet,

Jolanda Dekker-Zwemer
directeur Werkorganisatie Scheldeoever""",
    },
    {
        "id": "h29-sug-10", "kind": "suggestion", "themes": ["dienstverlening"], "sender": RIEKE,
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "body": f"""Beste Melanie,

Dank voor je snelle bevestiging. Na ons MT-overleg van gisteren wil ik er toch nog iets aan toevoegen, als dat nog
kan.

Wij zijn dit jaar begonnen met een dashboard waarin we per gemeente de afhandeltermijnen laten zien van
vergunningen, meldingen openbare ruimte en klantcontacten. Het idee was dat de colleges daarmee beter zicht krijgen
op wat de werkorganisatie levert. In de praktijk leidt het dashboard vooral tot discussie over de cijfers zelf: de
ene gemeente telt een melding als afgehandeld zodra die is doorgezet, de andere pas wanneer de inwoner een
terugkoppeling heeft gehad. Bovendien gaat het eigenlijk alleen over snelheid en nauwelijks over kwaliteit, of over
wat inwoners er zelf van vinden.

Mijn vraag aan collega's zou zijn: hoe monitoren jullie de prestaties van de dienstverlening, welke indicatoren
blijken echt bruikbaar, en hoe voorkom je dat zo'n dashboard een afrekeninstrument wordt?

Dit valt denk ik onder Dienstverlening. Het eerdere onderwerp over de arbeidsmarkt blijft wat mij betreft gewoon
staan.

Hartelijke groet,

{RIEKE_SIG}""",
    },
    {
        "id": "h29-other-04", "kind": "other", "sender": JOOST,
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "body": f"""Top, dank jullie wel! Ben benieuwd wat er uiteindelijk uit de telling rolt.

Groetjes,
Joost

{JOOST_SIG}""",
    },
    {
        "id": "h29-other-05", "kind": "other", "sender": "Ruben Claassen <ruben@koersenkompas.nl>",
        "subject": "Werkvorm voor uw Leer- en inspireer-atelier",
        "body": """Geachte heer, mevrouw,

Graag stel ik mij voor. Ik ben Ruben Claassen van Koers & Kompas, een adviesbureau dat ambtelijke organisaties
begeleidt bij cultuurtrajecten na een fusie. Wij lazen over uw Leer- en inspireer-atelier en denken dat een
interactieve werkvorm van ons goed in het programma zou passen: een 'fusiespiegel' van negentig minuten, waarin
deelnemers ontdekken welke oude organisatieculturen nog doorwerken in hun huidige organisatie.

Zou ik u hierover eens kort mogen bellen? Ik ben bereikbaar op 06 55 81 20 36.

Met vriendelijke groet,

Ruben Claassen
Koers & Kompas organisatieadvies
www.koersenkompas.nl""",
    },
    {
        "id": "h29-sug-11", "kind": "suggestion", "themes": ["organisatie"], "sender": JO,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "body": f"""Goedemiddag Stan,

Mijn suggestie: de financiële positie van de werkorganisatie zelf. Onze deelnemers vragen een taakstelling van vier
procent op de bedrijfsvoering, terwijl de cao-stijgingen gewoon doorlopen. Hoe bezuinigen collega's op de eigen
organisatie zonder de uitvoering uit te hollen?

Groet,
{JO_SIG}""",
    },
    {
        "id": "h29-sug-12", "kind": "suggestion", "themes": ["dienstverlening"],
        "sender": "Wendy Jacobs <w.jacobs@biesbosch-oost.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """Onderwerp: hoe houden we de dienstverlening toegankelijk voor inwoners die digitaal niet meekomen, nu
steeds meer producten alleen nog online aan te vragen zijn?

Wendy Jacobs
directeur Werkorganisatie Biesbosch-Oost""",
    },
    {
        "id": "h29-sug-13", "kind": "suggestion", "themes": ["samenwerking"],
        "sender": "Frank Leijten <f.leijten@gemeente-vlierbeek.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes-wrote",
        "body": """Goedemorgen,

Eén van onze drie gemeenten onderzoekt een herindeling met een buurgemeente die buiten onze samenwerking valt.
Wat betekent dat voor een werkorganisatie, en hoe blijf je als directeur loyaal aan alle drie de gemeenten als
één ervan mogelijk vertrekt? Dat zou ik graag met collega's bespreken.

Met vriendelijke groet,

Frank Leijten
directeur Werkorganisatie Vlierbeek-Dongemond""",
    },
    {
        "id": "h29-sug-14", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "sender": "Ilse Vermeulen <i.vermeulen@dewaarden-wo.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "body": f"""Dag Stan en Melanie,

Ik stel voor: mag een werkorganisatie een eigen strategische agenda hebben naast die van de deelnemende gemeenten,
en hoe stem je die af met gemeenten die elk een andere kant op willen? Voor mij is dat zowel een strategie- als
een samenwerkingsvraag, en ik merk dat we er in ons directieoverleg steeds op terugkomen.

Hartelijke groet,
Ilse Vermeulen
directeur Werkorganisatie De Waarden

{IPHONE}""",
    },
    {
        "id": "h29-sug-15", "kind": "suggestion", "themes": ["organisatie"], "sender": SANNE,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "body": f"""Hoi Stan,

Voor het atelier: inwerken en binden van nieuwe medewerkers in een organisatie die grotendeels thuis werkt. Bij
Brabantse Wal Oost is de helft van de mensen maar één dag per week op kantoor, en nieuwe collega's vertellen me
dat ze zich na een halfjaar nog steeds geen onderdeel van de werkorganisatie voelen. Hoe pakken anderen dat aan?

Groet,
Sanne

{SANNE_SIG}""",
    },
    {
        "id": "h29-other-06", "kind": "other", "sender": "Petra de Bruijne <p.debruijne@wozvl.nl>",
        "subject": "Wijziging e-mailadres",
        "body": """Beste secretariaat,

Ons e-mailadres verandert. Vanaf 1 oktober worden alle adressen die eindigen op @wozvl.nl vervangen door
@zeeuwsvlaanderen-werkt.nl. Mijn nieuwe adres wordt dus p.debruijne@zeeuwsvlaanderen-werkt.nl. Willen jullie dat
in jullie bestand aanpassen, zodat de uitnodiging voor november goed aankomt?

Met groet,

Petra de Bruijne
directeur Werkorganisatie Zeeuws-Vlaanderen""",
    },
    {
        "id": "h29-uns-03", "kind": "unsubscribe", "erase": True,
        "sender": "M.C. Raaijmakers <mc.raaijmakers@hotmail.com>", "subject": "Verzoek verwijdering gegevens",
        "body": """Geachte heer/mevrouw,

Ik ben niet langer werkzaam als directeur en wens geen berichten van uw netwerk meer te ontvangen. Tevens verzoek
ik u, met een beroep op artikel 17 van de Algemene verordening gegevensbescherming, al mijn persoonsgegevens uit
uw bestanden te verwijderen en mij schriftelijk te bevestigen dat dit is gebeurd.

Met vriendelijke groet,

drs. M.C. Raaijmakers""",
    },
    {
        "id": "h29-uns-04", "kind": "unsubscribe", "sender": "J. Wagemakers <j.wagemakers@gemeente-halsteren-oost.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "body": """Dit was ik niet, ik heb me nergens voor aangemeld.

J. Wagemakers""",
    },
    {
        "id": "h29-other-07", "kind": "other", "sender": "Saskia Timmermans <s.timmermans@dongenbosch.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "body": """Goedendag,

Ik kreeg van u het verzoek een aanmelding te bevestigen, maar ik heb mij nergens aangemeld. Hoe komt u aan mijn
e-mailadres? Ik wil graag weten wie mij heeft opgegeven.

Met vriendelijke groet,
Saskia Timmermans""",
    },
    {
        "id": "h29-sub-03", "kind": "subscribe", "sender": "Luuk Gielen <l.gielen@maaskempen.nl>",
        "subject": "Aanmelden",
        "body": """Aanmelden graag.

Luuk Gielen
algemeen directeur Ambtelijke organisatie Maaskempen""",
    },
    {
        "id": "h29-conf-04", "kind": "confirm", "sender": "Luuk Gielen <l.gielen@maaskempen.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "body": "ok",
    },
    {
        "id": "h29-sub-04", "kind": "subscribe",
        "sender": "Thomas Ramakers <t.ramakers@maasenpeel.nl>", "subject": "Lid worden",
        "body": """Beste Stan en Melanie,

Via Ingrid Maas hoorde ik over het netwerk. Ik ben sinds deze zomer adjunct-directeur bij Werkorganisatie Maas en
Peel en zou graag lid worden. Kunnen jullie mij aanmelden op dit adres?

Vriendelijke groet,
Thomas Ramakers""",
    },
    {
        "id": "h29-conf-05", "kind": "confirm", "sender": "Thomas Ramakers <t.ramakers@maasenpeel.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
        "body": """Ja, dat klopt, dit is mijn adres. Graag lid.

Thomas Ramakers
adjunct-directeur Werkorganisatie Maas en Peel""",
    },
    {
        "id": "h29-sub-12", "kind": "subscribe", "sender": "Nadia el Khatib <n.elkhatib@markiezaat-wo.nl>",
        "subject": "RE: Vraag over lidmaatschap",
        "body": """Beste Melanie,

Dank voor uw uitleg dat ook plaatsvervangend directeuren welkom zijn. Dan meld ik mij bij dezen graag aan.

Met vriendelijke groet,

Nadia el Khatib
plaatsvervangend directeur Werkorganisatie Markiezaat""",
    },
    {
        "id": "h29-rsvp-02", "kind": "rsvp", "attending": False,
        "sender": "Stijn Hoeks <s.hoeks@gemeente-asterveld.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """Goedemiddag,

Een onderwerp heb ik niet, en op 16 november ben ik helaas niet in het land. Ik sla dit atelier dus over;
in het voorjaar hoop ik er weer bij te zijn.

Groet,
Stijn Hoeks""",
    },
    # ---------------------------------------------------------------- October: the invitation
    {
        "id": "h29-rsvp-03", "kind": "rsvp", "attending": True, "sender": JOOST,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": f"""Hoi Melanie,

Ik kom! En als het mag neem ik onze nieuwe concerncontroller Femke mee, dan zijn we met z'n tweeën. Weert is voor
ons lekker dichtbij, dat scheelt weer een uur in de auto.

Tot de 16e,
Joost

{JOOST_SIG}""",
    },
    {
        "id": "h29-rsvp-04", "kind": "rsvp", "attending": True, "sender": MARLIES,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "body": f"""Hoi Stan,

Ich kom! Fijn dat het dit keer in Weert is, voor ons Heuvellanders eindelijk eens een sjiek kort ritje.

Groetjes,
Marlies

{IPAD}""",
    },
    {
        "id": "h29-rsvp-05", "kind": "rsvp", "attending": True, "sender": FIONA,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "body": f"""Dear Melanie,

Thank you for the invitation. I would be delighted to attend on 16 November and will be coming on my own.

Kind regards,

{FIONA_SIG}""",
    },
    {
        "id": "h29-rsvp-06", "kind": "rsvp", "attending": True, "sender": GERARD,
        "thread": "invitation", "quote": "none", "subject": "RE: " + INVITATION,
        "body": """> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

Ja, ik kom.

> Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

Alleen ikzelf.

Gerard Dielemans
Werkorganisatie Dommeldal""",
    },
    {
        "id": "h29-rsvp-07", "kind": "rsvp", "attending": True, "sender": INGRID,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "body": f"""Goedemorgen,

Namens de heer Verhoeven laat ik u weten dat hij graag aanwezig is bij het atelier op 16 november. Ik heb de
afspraak in zijn agenda gezet.

Met vriendelijke groet,

{INGRID_SIG}""",
    },
    {
        "id": "h29-other-08", "kind": "other", "sender": INGRID, "subject": "Atelier 16 november - mevrouw Spierings",
        "body": f"""Goedemiddag Stan,

Mevrouw Spierings heeft mij gevraagd door te geven dat zij op 16 november helaas verhinderd is; zij zit die dag bij
een bestuurlijk overleg in Den Haag. Zij vindt het erg jammer en hoopt in het voorjaar weer van de partij te zijn.

Met vriendelijke groet,

{INGRID_SIG}""",
    },
    {
        "id": "h29-rsvp-08", "kind": "rsvp", "attending": True, "sender": PJ,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "body": f"""Melanie,

Ik ben erbij op de 16e. Mooi onderwerp ook, dat speelt bij ons volop.

Groet,
{PJ_SIG}""",
    },
    {
        "id": "h29-rsvp-09", "kind": "rsvp", "attending": True, "sender": RIEKE,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": f"""Beste Stan en Melanie,

Wat leuk om te zien dat het thema van dit atelier zo dicht ligt bij waar wij in Zeeland mee worstelen. 'Dichtbij
blijven op afstand' is precies de spanning die onze inwoners voelen sinds de werkorganisatie de balies van de drie
gemeentehuizen heeft samengevoegd in één publiekshal in Goes. Op papier is de dienstverlening er beter van geworden:
langere openingstijden, minder wachttijd, meer producten op afspraak. Toch krijgen de raadsleden uit de kleinere
kernen nog elke week klachten dat 'de gemeente' verder weg is komen te staan. Ik ben dus erg benieuwd naar de
ervaringen van anderen.

Ik kom graag. Ik rijd die ochtend eerst nog naar een overleg in Bergen op Zoom, dus het kan zijn dat ik pas rond
kwart over twee binnenkom; ik hoop dat dat geen bezwaar is. Ik kom alleen. Eigenlijk had ik onze teamleider
klantcontact willen meenemen, maar zij is die week met vakantie, en een vervanger heb ik zo snel niet gevonden.

Tot 16 november!

Hartelijke groet,

{RIEKE_SIG}""",
    },
    {
        "id": "h29-rsvp-10", "kind": "rsvp", "attending": False, "sender": MARK,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "body": f"""kan helaas niet, raadsvergadering. volgnde keer beter

{IPHONE}""",
    },
    {
        "id": "h29-other-09", "kind": "other", "sender": MARK,
        "thread": "invitation", "quote": "none", "subject": "RE: " + INVITATION,
        "body": f"""nog 1 ding: komt er n verslag voor wie er niet bij kan? wil het mt wel laten lezen

{IPHONE}""",
    },
    {
        "id": "h29-rsvp-11", "kind": "rsvp", "attending": False, "sender": ANNEKE,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes",
        "body": f"""Beste Melanie,

Op 16 november zit ik helaas op studiereis met de drie colleges. In mijn plaats komt Eline Schepers, onze
directeur bedrijfsvoering (e.schepers@kempenland-wo.nl). Zij is inmiddels zelf ook lid.

Met vriendelijke groet,

{ANNEKE_SIG}""",
    },
    {
        "id": "h29-rsvp-12", "kind": "rsvp", "attending": True, "sender": WILLEM,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": f"""Geachte mevrouw Huurneman,

Hierbij bevestig ik gaarne mijn aanwezigheid bij het atelier van 16 november aanstaande. Ik zal worden vergezeld
door de heer drs. K. Oomen, concernstrateeg, zodat wij met twee personen zullen zijn.

Hoogachtend,

{WILLEM_SIG}""",
    },
    {
        "id": "h29-rsvp-13", "kind": "rsvp", "attending": True, "sender": SANNE,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": f"""Hoi Stan,

Leuk! Ik kom, ook al zit mijn interimklus er in november bijna op. Juist dan is het fijn om nog even bij te
tanken bij collega's.

Groet,
Sanne

{SANNE_SIG}""",
    },
    {
        "id": "h29-rsvp-14", "kind": "rsvp", "attending": True, "sender": JO,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "body": f"""Stan,

Ik ben erbij.

{JO_SIG}""",
    },
    {
        "id": "h29-rsvp-15", "kind": "rsvp", "attending": False, "sender": HATICE,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "body": f"""Dag Melanie,

Jammer genoeg moet ik afzeggen: die week is de visitatie van onze organisatie en daar moet ik de hele week bij
zijn. Wel tof dat jullie voor Weert hebben gekozen, dat waardeer ik echt.

Groet,
Hatice

{IPHONE}""",
    },
    {
        "id": "h29-rsvp-16", "kind": "rsvp", "attending": True, "sender": BART,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd", "subject": "FW: " + INVITATION,
        "body": f"""Goedemiddag,

Mijn secretariaat stuurde mij onderstaande uitnodiging door. Ik kom graag naar Weert.

Met vriendelijke groet,
{BART_SIG}""",
    },
    {
        "id": "h29-rsvp-17", "kind": "rsvp", "attending": False, "sender": "Koen Aarts <k.aarts@almbiesbosch.nl>",
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd", "subject": "FW: " + INVITATION,
        "body": """Helaas, die donderdag zit ik de hele dag bij de provincie. Een volgende keer graag weer.

Koen Aarts
directeur Werkorganisatie Alm en Biesbosch""",
    },
    {
        "id": "h29-rsvp-18", "kind": "rsvp", "attending": True,
        "sender": "Yvonne Kerkhofs <y.kerkhofs@beekdaelen-wo.nl>",
        "thread": "invitation", "quote": "none", "subject": "Geaccepteerd: " + INVITATION,
        "body": "Dan zie ik jullie daar.",
    },
    {
        "id": "h29-rsvp-19", "kind": "rsvp", "attending": False, "sender": "Michiel Bosch <m.bosch@dekempengroep.nl>",
        "thread": "invitation", "quote": "none", "subject": "Geweigerd: " + INVITATION,
        "body": "Helaas niet mogelijk in verband met de begrotingsraad.",
    },
    {
        "id": "h29-uns-05", "kind": "unsubscribe", "sender": "Annemiek Pijnenburg <a.pijnenburg@meierijoost.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """Beste Stan en Melanie,

Ik kom niet naar het atelier, en eigenlijk is dit een goed moment om mij ook af te melden voor het netwerk. Per
1 januari stop ik als directeur en ga ik aan de slag bij de provincie. Dank voor alle mooie bijeenkomsten!

Hartelijke groet,
Annemiek Pijnenburg""",
    },
    {
        "id": "h29-other-10", "kind": "other", "sender": "Harm Verstappen <h.verstappen@peelrand-wo.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": """Goedendag,

Ik zou graag komen, maar ik zit sinds een paar maanden in een rolstoel. Is Het Kloosterhof goed toegankelijk, en
is er een gehandicaptenparkeerplaats bij de ingang? Als dat zo is, ben ik erbij.

Met vriendelijke groet,

Harm Verstappen
directeur Werkorganisatie Peelrand""",
    },
    {
        "id": "h29-rsvp-20", "kind": "rsvp", "attending": True,
        "sender": "Germaine Lemmens <g.lemmens@gemeente-bergerveld.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """Graag aanwezig.

Germaine Lemmens""",
    },
    {
        "id": "h29-rsvp-21", "kind": "rsvp", "attending": True,
        "sender": "Dirk-Jan Boone <dj.boone@zeeuwsezuidwest.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": """Hallo,

Ja, ik kom, en ik neem twee collega's mee: onze manager publiekszaken en de teamleider van het KCC. Dat maakt
drie personen. Juist voor hen is dit onderwerp heel interessant.

Groet,
Dirk-Jan Boone
directeur Werkorganisatie Zeeuwse Zuidwest""",
    },
    {
        "id": "h29-rsvp-22", "kind": "rsvp", "attending": False, "sender": "Wim de Kok <w.dekok@tholenland.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "body": """Nee, helaas. Op 16 november hebben wij ons jaarlijkse personeelsfeest en daar moet de directeur
natuurlijk bij zijn.

Wim de Kok""",
    },
    {
        "id": "h29-rsvp-23", "kind": "rsvp", "attending": True, "sender": "A. Boogaard <a.boogaard@walcherenzuid.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "body": """Goedemorgen,

Ik meld mij aan voor het atelier van 16 november, voor één persoon.

Met vriendelijke groet,
Adriaan Boogaard
Werkorganisatie Walcheren-Zuid""",
    },
    {
        "id": "h29-rsvp-24", "kind": "rsvp", "attending": True, "sender": ELINE,
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "notes",
        "body": """Dank voor de uitnodiging. Ik kom graag in plaats van Anneke en kijk ernaar uit om kennis te maken met
de collega's uit de andere werkorganisaties.

Eline Schepers
Directeur bedrijfsvoering
Werkorganisatie Kempenland""",
    },
    {
        "id": "h29-rsvp-25", "kind": "rsvp", "attending": False, "sender": "Nicole Daemen <n.daemen@parkstadzuid.nl>",
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "body": """Beste Stan,

Ik zie dat ik ben opgegeven als vervanger, maar op 16 november ben ik zelf op cursus. Ik kan dus helaas niet.
Ik laat het ook aan mijn directeur weten.

Groet,
Nicole Daemen
manager bedrijfsvoering Ambtelijke fusieorganisatie Parkstad-Zuid""",
    },
    {
        "id": "h29-auto-05", "kind": "autoreply", "thread": "invitation",
        "sender": "Marco Heijmans <m.heijmans@heusdenland.nl>", "subject": "Automatisch antwoord: " + INVITATION,
        "headers": AUTO,
        "body": """Beste afzender,

Ik ben afwezig tot en met maandag 23 oktober. Uw e-mail wordt niet doorgestuurd. Voor zaken die niet kunnen
wachten kunt u contact opnemen met het directiesecretariaat via 0416 28 30 00.

Met vriendelijke groet,
Marco Heijmans""",
    },
    {
        "id": "h29-auto-06", "kind": "autoreply", "thread": "invitation",
        "sender": "Ton Huijbregts <t.huijbregts@zevenmolen.nl>", "subject": "Automatisch antwoord: " + INVITATION,
        "headers": AUTO,
        "body": """Per 1 oktober 2028 ben ik niet meer werkzaam bij de gemeente Zevenmolen. Deze mailbox wordt niet meer
gelezen en uw bericht wordt niet doorgestuurd. Voor vragen over de werkorganisatie kunt u terecht bij
directie@zevenmolen.nl.""",
    },
    {
        "id": "h29-other-11", "kind": "other",
        "sender": "Crediteurenadministratie <crediteuren@gemeente-bergerveld.nl>", "subject": "Factuur atelier",
        "body": """Geachte heer/mevrouw,

Onze directeur, mevrouw Lemmens, neemt op 16 november deel aan uw atelier. Wilt u de factuur voor haar deelname
richten aan facturen@gemeente-bergerveld.nl, onder vermelding van inkoopordernummer 4500187723? Facturen zonder
ordernummer kunnen wij helaas niet in behandeling nemen.

Met vriendelijke groet,

Team Crediteurenadministratie
gemeente Bergerveld""",
    },
    {
        "id": "h29-conf-06", "kind": "confirm", "sender": "Jeroen Swinkels <j.swinkels@asten-someren-wo.nl>",
        "quoted": "bevestiging_aanmelding", "quote": "doorgestuurd", "subject": "FW: " + CONFIRM,
        "body": """Ja, dit klopt, ik heb mij vorige week aangemeld. Bij dezen bevestigd.

Jeroen Swinkels""",
    },
    {
        "id": "h29-sub-05", "kind": "subscribe", "sender": "Ellen Claes <e.claes@echt-maasgouw.nl>",
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd", "subject": "FW: " + INVITATION,
        "body": """Goedemiddag,

Een collega stuurde deze uitnodiging via ons secretariaat aan mij door. Ik ben nog geen lid van het netwerk, maar
wil dat graag worden. Wilt u mij aanmelden op dit adres?

Met vriendelijke groet,
Ellen Claes
directeur Werkorganisatie Echt-Maasgouw""",
    },
    {
        "id": "h29-conf-07", "kind": "confirm", "sender": "Ellen Claes <e.claes@echt-maasgouw.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "body": """Bevestigd!

Ellen Claes
directeur Werkorganisatie Echt-Maasgouw
T 0475 48 90 00""",
    },
    {
        "id": "h29-rsvp-26", "kind": "rsvp", "attending": False,
        "sender": "Rob van Hoof <r.vanhoof@gemeente-oisterbroek.nl>",
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "body": """Beste Melanie,

Dank voor het bericht. Haal mij maar van de wachtlijst; ik heb die middag inmiddels iets anders gepland.

Groet,
Rob van Hoof""",
    },
    # ---------------------------------------------------------------- 31 October: the time changes to the morning
    {
        "id": "h29-rsvp-27", "kind": "rsvp", "attending": False, "sender": PJ,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-en",
        "body": f"""Melanie,

Balen: de ochtend lukt me niet, dan heb ik vast stafoverleg met de burgemeesters. Ik moet me dus helaas afmelden
voor de 16e.

Groet,
{PJ_SIG}""",
    },
    {
        "id": "h29-rsvp-28", "kind": "rsvp", "attending": True, "sender": RIEKE,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "body": f"""Beste Melanie,

Dank voor het bericht over de gewijzigde tijd. Voor mij komt de ochtend eerlijk gezegd zelfs beter uit: het
overleg in Bergen op Zoom dat ik eerder noemde, is inmiddels naar de middag verplaatst, dus ik kan nu gewoon vanaf
het begin aanschuiven en hoef niet halverwege binnen te vallen. Dat scheelt mij ook een hoop gehaast over de A58.

Ik heb de bijgewerkte afspraak in mijn agenda gezet. Voor de volledigheid: mijn aanmelding blijft dus staan, nog
altijd voor één persoon.

Ik vertrek wel om kwart voor zeven uit Goes, dus als de koffie om half tien klaarstaat, zal ik die zeer waarderen.

Hartelijke groet,

{RIEKE_SIG}""",
    },
    {
        "id": "h29-rsvp-29", "kind": "rsvp", "attending": True, "sender": JOOST,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "body": f"""Hoi Melanie,

Ochtend is ook prima hoor, Femke en ik blijven gewoon komen. En een lunch erachteraan, daar zeg ik geen nee tegen.

Groetjes,
Joost

{JOOST_SIG}""",
    },
    {
        "id": "h29-other-12", "kind": "other", "sender": GERARD,
        "thread": "invitation", "quote": "none", "subject": "RE: " + CHANGE,
        "body": """> De bijgewerkte agenda-afspraak zit als bijlage bij deze e-mail.

Bij mij zat er geen bijlage bij. Kunnen jullie die nog eens sturen? Dan kan ik hem in mijn agenda bijwerken.

> Opent u die (in Outlook: "Bijwerken" of
> "Accepteren"), dan staat het atelier met de nieuwe gegevens in uw agenda.

Ik kom overigens nog steeds, ook in de ochtend.

Gerard""",
    },
    {
        "id": "h29-rsvp-30", "kind": "rsvp", "attending": True,
        "sender": "Bas Timmers <b.timmers@heuvelrug-limburg.nl>",
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-lijn",
        "body": """Goedemiddag,

Door de nieuwe tijd kan ik er toch bij! 's Middags had ik de auditcommissie, maar de ochtend is vrij. Graag
alsnog aanmelden, voor één persoon.

Met vriendelijke groet,
Bas Timmers
directeur Werkorganisatie Heuvelrug-Limburg""",
    },
    {
        "id": "h29-rsvp-31", "kind": "rsvp", "attending": False,
        "sender": "Lisette Maas <l.maas@vlijmen-heusden-wo.nl>",
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "notes",
        "body": """Jammer, in de ochtend lukt het mij niet. Op donderdagochtend heb ik altijd mijn vaste overleg met de
gemeentesecretarissen. Ik meld mij dus af voor dit atelier.

Lisette Maas""",
    },
    {
        "id": "h29-auto-07", "kind": "autoreply", "thread": "invitation",
        "sender": "Henk Bakx <h.bakx@gemeente-rijnsbeek.nl>", "subject": "Afwezig: " + CHANGE,
        "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        "body": """Ik ben met verlof tot en met vrijdag 3 november. Uw bericht wordt na mijn terugkomst behandeld.
Voor dringende zaken: bel 0413 25 70 00 en vraag naar het directiesecretariaat.""",
    },
    {
        "id": "h29-other-13", "kind": "other", "sender": "Yvonne Kerkhofs <y.kerkhofs@beekdaelen-wo.nl>",
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "body": """Hallo Stan,

Fijn dat er nu een lunch bij zit. Ik heb een notenallergie; kunnen jullie dat doorgeven aan de catering?

Groet,
Yvonne Kerkhofs
directeur Werkorganisatie Beekdaelen""",
    },
    # ---------------------------------------------------------------- 9 November: the reminder
    {
        "id": "h29-rsvp-32", "kind": "rsvp", "attending": True, "sender": COR,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "groupwise",
        "body": f"""Tot donderdag. Ik rijd vanuit Zierikzee, dus het kan een paar minuten later worden als het bij
Eindhoven weer vaststaat.

{COR_SIG}""",
    },
    {
        "id": "h29-rsvp-33", "kind": "rsvp", "attending": False, "sender": SANNE,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "gmail",
        "body": f"""Hoi Stan,

Helaas, ik kan niet. Mijn opdracht is eerder afgerond dan gepland, en per 13 november begin ik aan een klus buiten
de regio. Geef mijn plek gerust aan iemand van de wachtlijst.

Groet,
Sanne

{SANNE_SIG}""",
    },
    {
        "id": "h29-rsvp-34", "kind": "rsvp", "attending": True, "sender": PJ,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-en",
        "body": f"""Melanie,

Toch goed nieuws: het stafoverleg van de 16e is verzet naar vrijdag. Ik kan dus alsnog komen. Zet me maar weer
op de lijst, alleen ikzelf.

Groet,
{PJ_SIG}""",
    },
    {
        "id": "h29-other-14", "kind": "other", "sender": "Lotte Bemelmans <l.bemelmans@mergelland-wo.nl>",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "body": """Goedemorgen,

Kan ik bij Het Kloosterhof parkeren, of kan ik beter met de trein komen? En hoe ver is het lopen vanaf station
Weert?

Groet,
Lotte Bemelmans""",
    },
    {
        "id": "h29-auto-08", "kind": "autoreply", "thread": "reminder",
        "sender": "Dennis Vos <d.vos@goeree-zeeland.nl>", "subject": "Automatic reply: " + REMINDER,
        "headers": AUTO,
        "body": """I am currently out of the office with no access to email. I will return on Wednesday 15 November.

Ik ben momenteel afwezig en heb geen toegang tot mijn e-mail. Ik ben woensdag 15 november weer terug.

Dennis Vos""",
    },
    {
        "id": "h29-rsvp-35", "kind": "rsvp", "attending": False, "sender": FIONA,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-en",
        "body": f"""Dear Stan,

I am sorry to let you know that I can no longer attend on Thursday. One of our municipalities has called an
extraordinary council meeting that morning and I need to be there. Please give my place to someone on the
waiting list.

Best regards,

{FIONA_SIG}""",
    },
    {
        "id": "h29-rsvp-36", "kind": "rsvp", "attending": False, "sender": INGRID,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "notes-wrote",
        "body": f"""Goedemiddag,

Helaas moet de heer Verhoeven zich voor donderdag afmelden. Er is onverwacht een overleg met de provincie
ingepland waar hij niet onderuit kan. Hij betreurt het zeer.

Met vriendelijke groet,

{INGRID_SIG}""",
    },
    {
        "id": "h29-rsvp-37", "kind": "rsvp", "attending": True, "sender": MARLIES,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "apple",
        "body": f"""Hoi Stan,

Herinnering gezien, ik ben d'r bij donderdag. Ik breng een vlaai mee voor bij de koffie.

Ajuu,
Marlies

{IPAD}""",
    },
    {
        "id": "h29-auto-09", "kind": "autoreply", "sender": "Mail Delivery System <MAILER-DAEMON@mx2.oosterhout-wo.nl>",
        "subject": "Undelivered Mail Returned to Sender", "headers": AUTO,
        "body": """This is the mail system at host mx2.oosterhout-wo.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<p.vermeer@oosterhout-wo.nl>: host mailstore.oosterhout-wo.nl said:
    552 5.2.2 Mailbox full; quota exceeded (in reply to RCPT TO command)

Subject: Herinnering: Leer- en inspireer-atelier donderdag 16 november 2028 [atelier:2028-2]""",
    },
    {
        "id": "h29-rsvp-38", "kind": "rsvp", "attending": False,
        "sender": "Maarten Kuijpers <m.kuijpers@dintelwaard.nl>",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "body": """Beste Stan en Melanie,

Ik lig sinds gisteren met griep op de bank en vrees dat ik donderdag nog niet fit ben. Helaas kan ik dus niet
komen. Veel plezier en ik lees graag het verslag.

Groet,
Maarten Kuijpers""",
    },
    # ---------------------------------------------------------------- 23 November: the follow-up, topics for spring
    {
        "id": "h29-sug-16", "kind": "suggestion", "themes": ["organisatie"], "sender": JOOST,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": f"""Hoi Stan en Melanie,

Wat een fijne ochtend was het, en die lunch was dik in orde. Femke is helemaal om, die wil voortaan mee.

Voor de volgende keer heb ik wel een onderwerp: hoe krijg je je medewerkers mee in een nieuwe
organisatiestructuur? Wij gaan per 1 april van sectoren naar teams met veel meer eigen regelruimte, en ik merk nu al
dat de leidinggevenden het spannend vinden om los te laten. Hoe hebben anderen dat aangepakt?

Groetjes,
Joost

{JOOST_SIG}""",
    },
    {
        "id": "h29-sug-17", "kind": "suggestion", "themes": ["samenwerking"], "sender": MARLIES,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "body": f"""Hoi Melanie,

Nog een idee voor het voorjaar: samenwerken over de grens. Onze gemeenten hebben elk hun eigen contacten met de
Belgische en Duitse buren, maar het werk ligt bij de werkorganisatie. Wie voert dan eigenlijk het gesprek? Ik denk
dat de collega's in Zeeuws-Vlaanderen daar ook wat over kunnen vertellen.

Doeg,
Marlies

{IPAD}""",
    },
    {
        "id": "h29-sug-18", "kind": "suggestion", "themes": ["organisatie"], "sender": GERARD,
        "thread": "call_for_themes", "quote": "none", "subject": "RE: " + FOLLOW_UP,
        "body": """> Welk vraagstuk wilt u de volgende keer
> bespreken?

Het sturingsconcept. Wij werken nog met het opdrachtgever-opdrachtnemermodel uit de fusietijd: per gemeente een
accountmanager, per gemeente een eigen productenboek, per kwartaal drie rapportages. Dat is log en duur. Wie heeft
een lichter sturingsconcept gevonden dat de gemeenten toch voldoende grip geeft?

> Beantwoord deze e-mail met uw onderwerpen; wij nemen ze mee in de telling voor het volgende atelier.

Gedaan.

Gerard""",
    },
    {
        "id": "h29-sug-19", "kind": "suggestion", "themes": ["dienstverlening"], "sender": FIONA,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "body": f"""Dear Stan and Melanie,

I was sorry to miss the atelier, but the report gave me a good sense of the discussion, thank you for that.

For the spring I would like to propose proactive services: reaching residents who are entitled to support, such
as the energy allowance or debt assistance, before they have to apply for it themselves. We have started a small
pilot using data we already hold, and I would be curious whether other organisations are doing something similar
and how they measure whether it works.

Best regards,

{FIONA_SIG}""",
    },
    {
        "id": "h29-sug-20", "kind": "suggestion", "themes": ["strategie"], "sender": RIEKE,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": f"""Beste Stan en Melanie,

Allereerst dank voor een bijzonder geslaagde ochtend. De opzet in kleine tafels werkte goed, en het was prettig
dat er na afloop tijd was om bij de lunch door te praten. Ik heb er een aantal concrete ideeën aan overgehouden
die ik inmiddels met ons MT heb gedeeld, met name over de servicepunten in de bibliotheken.

Dan jullie vraag naar een onderwerp voor het voorjaar. Wat mij na het atelier is bijgebleven, is hoe vaak het
gesprek uiteindelijk ging over de vraag wie er eigenlijk bepaalt waar de werkorganisatie naartoe gaat. Onze
gemeenten staan voor grote opgaven: de energietransitie, de woningbouw, de opvang van statushouders en
asielzoekers, de zorg voor een vergrijzende bevolking. Die opgaven houden zich niet aan gemeentegrenzen en vragen
om een langjarige inzet van capaciteit en kennis. Tegelijk is de werkorganisatie formeel 'slechts' uitvoerder van
wat drie colleges willen, en die colleges hebben een horizon van vier jaar.

Mijn voorstel voor het voorjaar zou daarom zijn: hoe ontwikkel je als werkorganisatie een inhoudelijke agenda voor
de lange termijn, zonder op de stoel van het bestuur te gaan zitten? Concreet zou ik willen horen:
- of collega's een eigen meerjarige koers of strategische agenda hebben, en hoe die tot stand is gekomen;
- hoe zij die agenda verbinden met de bestuurlijke prioriteiten van de colleges;
- en wat zij doen als die twee botsen.

Ik besef dat dit onderwerp raakt aan wat Anneke Brouwers in september aandroeg over een toekomstvisie; misschien
kunnen jullie de twee combineren. Dat laat ik uiteraard aan jullie en de Adviesraad.

Hartelijke groet,

{RIEKE_SIG}""",
    },
    {
        "id": "h29-sug-21", "kind": "suggestion", "themes": ["organisatie"], "sender": MARK,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "body": f"""volgende x graag cybersecurity. hoe testen jullie je backups? wij hadden vorige mnd een incident en
dat viel tegen

{IPHONE}""",
    },
    {
        "id": "h29-sug-22", "kind": "suggestion", "themes": ["dienstverlening"], "sender": WILLEM,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "body": f"""Geachte heer Van de Laar,

Met dank voor de goed verzorgde bijeenkomst van 16 november jongstleden doe ik u hierbij een onderwerp voor het
voorjaarsatelier toekomen.

Het recente rapport van de Nationale ombudsman over de bereikbaarheid van gemeenten heeft bij ons de vraag
opgeroepen hoe wij de klachtbehandeling en de eerstelijns dienstverlening zodanig inrichten dat een inwoner met
één contact geholpen is, ongeacht voor welke van de drie gemeenten zijn vraag bestemd is. Ik verneem graag welke
voorzieningen collega's daartoe hebben getroffen.

Hoogachtend,

{WILLEM_SIG}""",
    },
    {
        "id": "h29-sug-23", "kind": "suggestion", "themes": ["samenwerking"], "sender": JO,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "ongemarkeerd",
        "body": f"""Stan,

Onderwerp voor het voorjaar: een van onze deelnemers wil weer een eigen beleidsteam in het gemeentehuis opbouwen,
los van de werkorganisatie. De andere twee kijken mee. Hoe ga je daarmee om zonder dat de samenwerking uit elkaar
valt?

Groet,
{JO_SIG}""",
    },
    {
        "id": "h29-sug-24", "kind": "suggestion", "themes": ["organisatie"],
        "sender": "Kim Verbeek <k.verbeek@bommelerwaard-zuid.nl>", "subject": "Suggestie voorjaarsatelier",
        "body": """Beste Stan en Melanie,

Ik las het verslag van het atelier met veel plezier. Een suggestie voor het voorjaar: informatiegestuurd werken in
de eigen organisatie. Wij hebben sinds een jaar een klein datateam, maar de teams weten nog nauwelijks wat ze ermee
kunnen. Hoe hebben anderen zo'n team opgebouwd en ingebed in de bedrijfsvoering?

Met vriendelijke groet,

Kim Verbeek
directeur Werkorganisatie Bommelerwaard-Zuid""",
    },
    {
        "id": "h29-sug-25", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"], "sender": ANNEKE,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes",
        "body": f"""Beste Stan en Melanie,

Eline heeft mij enthousiast verslag gedaan, dank daarvoor.

Mijn onderwerp voor het voorjaar: samen met de buurorganisaties één regionaal klantcontactcentrum opzetten. Het
levert betere bereikbaarheid op voor inwoners, maar vraagt dat vijf of zes gemeenten het eens worden over wie wat
doet en wie betaalt. Dat is zowel een samenwerkings- als een dienstverleningsvraag.

Met vriendelijke groet,

{ANNEKE_SIG}""",
    },
    {
        "id": "h29-sug-26", "kind": "suggestion", "themes": ["dienstverlening"], "sender": BART,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "body": f"""Dag Stan,

Dank voor het verslag. Een onderwerp voor het voorjaar: de dienstverlening aan ondernemers. Onze ondernemers willen
één aanspreekpunt voor vergunningen, evenementen en bedrijfsafval, en krijgen nu nog drie loketten en twee
websites. Ik hoor graag hoe anderen een ondernemersloket hebben ingericht.

Met vriendelijke groet,
{BART_SIG}""",
    },
    {
        "id": "h29-sug-27", "kind": "suggestion", "themes": ["strategie"], "sender": COR,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "groupwise",
        "body": f"""Goedemiddag,

Een onderwerp voor de volgende keer. Onze gemeenten krimpen: over vijftien jaar hebben we een derde minder mensen in
de beroepsbevolking. Welke taken kan een werkorganisatie dan nog zelf dragen, en welke keuzes moeten we nu al
voorleggen aan de besturen? Ik zou graag horen hoe anderen naar die lange termijn kijken.

Met vriendelijke groet,

{COR_SIG}""",
    },
    {
        "id": "h29-sug-28", "kind": "suggestion", "themes": ["samenwerking"], "sender": PJ,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "body": f"""Melanie,

Blij dat ik er uiteindelijk toch bij was. Onderwerp voor het voorjaar: onze positie in de regio. In West-Brabant
wordt steeds meer regionaal besloten, over wonen, economie en mobiliteit, maar als werkorganisatie zitten we nergens
aan tafel. Hoe regelen anderen dat?

Groet,
{PJ_SIG}""",
    },
    {
        "id": "h29-sug-29", "kind": "suggestion", "themes": ["strategie"], "sender": ELINE,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes",
        "body": """Dag Stan en Melanie,

Mijn eerste atelier beviel uitstekend. Voor het voorjaar zou ik het willen hebben over prioriteren: welke
bestuurlijke prioriteiten krijgen voorrang in de meerjarenbegroting als alles urgent lijkt? Woningbouw,
energie, jeugd, en dat met een krappe formatie.

Eline Schepers
Directeur bedrijfsvoering
Werkorganisatie Kempenland""",
    },
    {
        "id": "h29-other-15", "kind": "other", "sender": MARLIES,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "body": f"""Sjiek gedaan, Stan en Melanie! Dank jullie wel voor de fijne ochtend en het verslag.

Marlies

{IPAD}""",
    },
    {
        "id": "h29-other-16", "kind": "other", "sender": "Gijs Brands <g.brands@kaatsheuvel-loon.nl>",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": """Beste Stan en Melanie,

Een eerlijke reactie op het atelier: inhoudelijk was het goed, maar de tafels waren met acht mensen te groot om
echt door te praten. Bij de mijne kwamen twee mensen nauwelijks aan het woord. Misschien is het een idee om de
volgende keer met tafels van vier of vijf te werken.

Met vriendelijke groet,
Gijs Brands""",
    },
    {
        "id": "h29-other-17", "kind": "other", "sender": "Esther van Dongen <e.vandongen@baarle-alphen-wo.nl>",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "body": """Hallo Melanie,

Mag ik het verslag ook delen met ons MT en met de drie gemeentesecretarissen? Of is het alleen bedoeld voor de
deelnemers zelf?

Groet,
Esther van Dongen""",
    },
    {
        "id": "h29-other-18", "kind": "other", "sender": "Theo Peerbooms <t.peerbooms@voerenveld.nl>",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes-wrote",
        "body": """Goedemorgen,

Geen onderwerp, wel een voorstel over de vorm: zouden we het voorjaarsatelier over twee dagdelen kunnen spreiden,
met een avond en een overnachting ertussen? De informele gesprekken zijn vaak het waardevolst, en daar was nu
eigenlijk te weinig tijd voor.

Met vriendelijke groet,
Theo Peerbooms""",
    },
    {
        "id": "h29-other-19", "kind": "other", "sender": "Carla Hermus <c.hermus@gemeente-budelveld.nl>",
        "subject": "Deelnemerslijst 16 november",
        "body": """Beste secretariaat,

Ik was gewoon aangemeld voor het atelier van 16 november en had ook een bevestiging gekregen, maar bij de ingang
stond mijn naam niet op de lijst en er was geen naambadge voor mij. Dat was wat ongemakkelijk. Kunnen jullie
nagaan wat er is misgegaan, zodat het de volgende keer wel goed gaat?

Met vriendelijke groet,
Carla Hermus""",
    },
    {
        "id": "h29-other-20", "kind": "other", "sender": "R. Adriaansens <r.adriaansens@middelburgveere.nl>",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "groupwise",
        "body": """De link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Kunt u het verslag als
bijlage sturen?

R. Adriaansens""",
    },
    {
        "id": "h29-other-21", "kind": "other", "sender": RIEKE, "subject": "Aanmelding Adviesraad",
        "body": f"""Beste Stan en Melanie,

Tijdens de lunch na het atelier vertelde Stan dat er in de Adviesraad binnenkort twee plaatsen vrijkomen, omdat
Toon Verbunt met pensioen is gegaan en een ander lid de overstap naar het Rijk heeft gemaakt. Ik heb er sindsdien
over nagedacht en wil mij graag kandidaat stellen.

Waarom? Ik ben nu ruim vijf jaar lid van het netwerk en heb bijna alle ateliers bijgewoond. Ik merk dat ik er
telkens iets van meeneem dat ik in Goes direct kan gebruiken, en ik zou graag iets terugdoen. Daarnaast denk ik
dat de Adviesraad baat heeft bij een stem uit Zeeland: onze werkorganisaties zijn kleiner, liggen verder van de
Randstad en hebben te maken met vraagstukken als krimp, grensligging en een krappe arbeidsmarkt, die in het
programma soms wat onderbelicht blijven.

Over mijzelf: ik ben sinds 2022 directeur van Werkorganisatie De Bevelanden, daarvoor was ik twaalf jaar
gemeentesecretaris in een van de drie deelnemende gemeenten. Ik heb de fusie dus van beide kanten meegemaakt. Ik
ben bereid de vergaderingen bij te wonen, ook als die in Utrecht of Den Bosch zijn, en tijd vrij te maken om de
suggesties van de leden te helpen wegen.

Mochten jullie meer willen weten of eerst even willen bellen, dan hoor ik dat graag. Mijn secretariaat kan een
afspraak inplannen via 0113 28 17 00.

Hartelijke groet,

{RIEKE_SIG}""",
    },
    {
        "id": "h29-other-22", "kind": "other", "sender": "Hugo Mertens <h.mertens@maastrichtheuvelland-wo.nl>",
        "subject": "Adviesraad",
        "body": """Beste Stan,

Als er plek is in de Adviesraad, wil ik mij daarvoor graag beschikbaar stellen. Laat maar weten wat daarvoor nodig
is.

Groet,
Hugo Mertens""",
    },
    {
        "id": "h29-other-23", "kind": "other", "sender": "Joyce Oomen <j.oomen@gemeente-dorst.nl>",
        "subject": "Inzage gegevens",
        "body": """Geachte heer/mevrouw,

Op grond van de AVG verzoek ik u mij een overzicht te sturen van de persoonsgegevens die uw netwerk van mij
verwerkt, met het doel en de bewaartermijn. Ik wil graag lid blijven, maar wil weten wat er is vastgelegd.

Met vriendelijke groet,
Joyce Oomen""",
    },
    {
        "id": "h29-other-24", "kind": "other", "sender": "b.vandenheuvel@werkorganisatie-vught.nl",
        "subject": "Stukken",
        "body": """Zie bijlage.""",
    },
    {
        "id": "h29-other-25", "kind": "other", "sender": "Het Kloosterhof Weert <administratie@kloosterhofweert.nl>",
        "subject": "Factuur 2028-1187 bijeenkomst 16 november",
        "body": """Geachte heer Van de Laar,

Hartelijk dank dat u voor uw bijeenkomst van 16 november voor Het Kloosterhof hebt gekozen. In de bijlage vindt u
factuur 2028-1187 voor de zaalhuur, de koffie en thee en de lunch voor 31 personen, conform de offerte van
25 oktober en de nacalculatie van het aantal deelnemers.

Wij verzoeken u het bedrag binnen dertig dagen over te maken onder vermelding van het factuurnummer.

Met vriendelijke groet,

Administratie Het Kloosterhof
Kloosterstraat 12, Weert""",
    },
    # ---------------------------------------------------------------- December
    {
        "id": "h29-uns-06", "kind": "unsubscribe", "sender": "Toon Verbunt <t.verbunt@heezedael.nl>",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "body": """Beste Stan,

Dank voor de bevestiging. Jullie vragen naar een opvolger: dat is Marloes Wijnands, zij is per 1 december
begonnen als directeur. Haar adres is m.wijnands@heezedael.nl. Ik heb haar al verteld dat ze een mail van jullie
kan verwachten.

Hartelijke groet,
Toon Verbunt""",
    },
    {
        "id": "h29-conf-08", "kind": "confirm", "sender": "Marloes Wijnands <m.wijnands@heezedael.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """Goedemiddag,

Graag bevestig ik hierbij mijn aanmelding als opvolger van Toon Verbunt.

Met vriendelijke groet,
Marloes Wijnands
directeur Werkorganisatie Heeze-Dael""",
    },
    {
        "id": "h29-uns-07", "kind": "unsubscribe", "erase": True, "sender": SANNE,
        "subject": "Afmelden + gegevens verwijderen",
        "body": f"""Hoi Stan,

Mijn interim-opdracht bij Brabantse Wal Oost is afgerond. Per 1 december is Thijs Hendriks daar de vaste
directeur; hij neemt mijn plek in het netwerk graag over. Zijn adres is t.hendriks@brabantsewaloost.nl.

Wil je daarnaast mijn privéadres en verdere gegevens uit jullie bestand verwijderen? Ik doe dat bij alle
netwerken van mijn opdrachten, zo heet dat tegenwoordig: een AVG-verzoek.

Dank voor de fijne tijd!

Groet,
Sanne

{SANNE_SIG}""",
    },
    {
        "id": "h29-conf-09", "kind": "confirm", "sender": "Thijs Hendriks <t.hendriks@brabantsewaloost.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "apple",
        "body": f"""Klopt, bevestigd. Dank!

Thijs Hendriks

{IPHONE}""",
    },
    {
        "id": "h29-uns-08", "kind": "unsubscribe", "sender": WILLEM,
        "subject": "Beëindiging lidmaatschap en opvolging",
        "body": f"""Geachte heer Van de Laar, geachte mevrouw Huurneman,

Per 1 januari 2029 zal ik de Werkorganisatie Langstraat na ruim negen jaar verlaten in verband met het bereiken
van de pensioengerechtigde leeftijd. Ik verzoek u mijn lidmaatschap van het netwerk per die datum te beëindigen.

Mijn opvolger, mevrouw drs. A.M. (Astrid) Verschuren, zal mijn plaats gaarne innemen. Haar e-mailadres luidt
a.verschuren@langstraat.nl.

Ik dank u voor de zorgvuldige organisatie van de ateliers gedurende al die jaren.

Hoogachtend,

{WILLEM_SIG}""",
    },
    {
        "id": "h29-uns-09", "kind": "unsubscribe", "sender": "Frans Geurts <f.geurts@gemeente-meerland.nl>",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "body": """afmelden svp

Frans Geurts""",
    },
    {
        "id": "h29-uns-10", "kind": "unsubscribe", "erase": True,
        "sender": "Claire Dumont <claire.dumont@outlook.com>", "subject": "Data erasure request",
        "body": """Dear Sir or Madam,

I no longer work in local government and would like to be removed from your mailing list. Under Article 17 of the
GDPR I also request that you erase all personal data you hold about me.

Kind regards,
Claire Dumont""",
    },
    {
        "id": "h29-uns-11", "kind": "unsubscribe", "erase": True,
        "sender": "Ruud Lambregts <r.lambregts@sintmichielsland.nl>",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": """Graag uitschrijven en mijn gegevens wissen (AVG). Dank.

R. Lambregts""",
    },
    {
        "id": "h29-uns-12", "kind": "unsubscribe", "sender": "Jan-Willem Rutten <jw.rutten@echt-maasgouw.nl>",
        "subject": "Afmelding netwerk",
        "body": """Beste Stan en Melanie,

Na vier mooie jaren vertrek ik per 1 januari naar een functie bij een woningcorporatie. Daarmee ben ik geen
directeur van een werkorganisatie meer, dus wil ik mij graag afmelden voor het netwerk. Mijn collega Ellen Claes
is al lid en blijft jullie aanspreekpunt bij ons.

Groet,
Jan-Willem Rutten""",
    },
    {
        "id": "h29-uns-13", "kind": "unsubscribe", "sender": "Marga Hoogendijk <m.hoogendijk@schouwenduiveland-wo.nl>",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes",
        "body": """Beste Stan en Melanie,

Onze werkorganisatie wordt per 1 januari opgeheven; de gemeenten gaan weer ieder hun eigen weg. Daarmee vervalt
mijn functie, en meld ik mij af voor het netwerk. Het was leerzaam, dank daarvoor.

Met vriendelijke groet,
Marga Hoogendijk""",
    },
    {
        "id": "h29-uns-14", "kind": "unsubscribe", "sender": "Sjef Custers <s.custers@kempengroep-oost.nl>",
        "subject": "Nieuwe directeur Kempengroep Oost",
        "body": """Dag Stan,

Ik stop per 15 december als directeur. Mijn opvolger is Ruben van Beers (r.vanbeers@kempengroep-oost.nl); wil je
hem in mijn plaats op de lijst zetten en mij eraf halen?

Groet,
Sjef Custers""",
    },
    {
        "id": "h29-uns-15", "kind": "unsubscribe", "sender": "Lies Verhagen <l.verhagen@gemeente-goirle-oost.nl>",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "groupwise",
        "body": """Ik heb mij niet aangemeld voor dit netwerk.

L. Verhagen""",
    },
    {
        "id": "h29-sub-06", "kind": "subscribe", "sender": "Oliver Grant <o.grant@schelde-oost.nl>",
        "subject": "Membership",
        "body": """Dear Stan and Melanie,

I started as director of Werkorganisatie Schelde-Oost on 1 November, and Fiona McAllister recommended your network
to me. Could you please sign me up? I read Dutch well, but I am more comfortable writing in English.

Kind regards,
Oliver Grant""",
    },
    {
        "id": "h29-conf-10", "kind": "confirm", "sender": "Oliver Grant <o.grant@schelde-oost.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "body": """Confirmed, thank you.

Oliver Grant
Director, Werkorganisatie Schelde-Oost""",
    },
    {
        "id": "h29-sub-07", "kind": "subscribe", "sender": "Wouter Pennings <w.pennings@dommeldal.nl>",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "body": """Lid blijven. Mijn secretariaat heeft mij per abuis afgemeld; het was de bedoeling een oud-collega
af te melden.

Wouter Pennings
plaatsvervangend directeur Werkorganisatie Dommeldal""",
    },
    {
        "id": "h29-sub-08", "kind": "subscribe", "sender": INGRID, "subject": "Aanmelding nieuwe directeur",
        "body": f"""Goedemorgen,

Namens de heer Verhoeven: per 1 december is mevrouw Roos Hendrix gestart als directeur sociaal domein. Zij wil
graag lid worden van het netwerk. Haar e-mailadres is r.hendrix@maasenpeel.nl. Wilt u haar aanmelden?

Met vriendelijke groet,

{INGRID_SIG}""",
    },
    {
        "id": "h29-conf-11", "kind": "confirm", "sender": "Roos Hendrix <r.hendrix@maasenpeel.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
        "body": "",
    },
    {
        "id": "h29-sub-09", "kind": "subscribe", "sender": "Daan Wouters <daanwouters72@gmail.com>",
        "subject": "Aanmelding",
        "body": """Beste Stan en Melanie,

Per 1 januari begin ik als directeur van Werkorganisatie Weert-Nederweert Oost. Mijn werkadres heb ik nog niet,
dus ik meld mij alvast aan met mijn privéadres. Dan mis ik de oproep voor het voorjaar niet.

Met vriendelijke groet,
Daan Wouters""",
    },
    {
        "id": "h29-conf-12", "kind": "confirm", "sender": "Daan Wouters <daanwouters72@gmail.com>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "body": """Bij deze bevestig ik, dank jullie wel.

Daan""",
    },
    {
        "id": "h29-sub-10", "kind": "subscribe", "sender": "A.M. Verschuren <a.verschuren@langstraat.nl>",
        "subject": "Aanmelding Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": """Geachte heer Van de Laar,

De heer Van Tilburg heeft mij gewezen op het netwerk. Met ingang van 1 januari 2029 volg ik hem op als directeur
van de Werkorganisatie Langstraat; graag meld ik mij nu reeds aan als lid.

Met vriendelijke groet,

drs. A.M. Verschuren""",
    },
    {
        "id": "h29-sub-11", "kind": "subscribe", "sender": "Marjolein Cuijpers <m.cuijpers@gulpen-wittem-wo.nl>",
        "subject": "Weer lid worden",
        "body": """Hallo Stan,

Een paar jaar geleden was ik lid van het netwerk, toen nog als directeur in Vaals. Sinds oktober ben ik weer
directeur, nu van een werkorganisatie in het Heuvelland. Ik wil graag opnieuw lid worden.

Hartelijke groet,
Marjolein Cuijpers""",
    },
    {
        "id": "h29-other-26", "kind": "other", "sender": JO, "subject": "Nieuw e-mailadres",
        "body": f"""Stan,

Vanaf 1 januari gaan we over op een nieuw domein. Mijn adres wordt dan j.hanssen@parkstad-zuid.nl, met een
streepje. Het oude adres werkt nog tot 1 maart.

Groet,
{JO_SIG}""",
    },
    {
        "id": "h29-other-27", "kind": "other", "sender": "Directiesecretariaat Zundervelt <directie@zundervelt.nl>",
        "subject": "De heer Broeders",
        "body": """Goedemiddag,

Wij ontvangen nog steeds uw mails voor de heer Broeders. Hij is per 1 november uit dienst en werkt niet meer bij
onze organisatie. Er is nog geen opvolger benoemd.

Met vriendelijke groet,
Directiesecretariaat gemeente Zundervelt""",
    },
    {
        "id": "h29-other-28", "kind": "other", "sender": INGRID,
        "subject": "Wijziging e-mailadres de heer Verhoeven",
        "body": f"""Goedemorgen,

Wilt u er rekening mee houden dat de heer Verhoeven per 1 januari een nieuw e-mailadres krijgt:
ruud.verhoeven@maasenpeel.nl? Het huidige adres r.verhoeven@maasenpeel.nl vervalt dan.

Met vriendelijke groet,

{INGRID_SIG}""",
    },
    {
        "id": "h29-other-29", "kind": "other", "sender": MARK, "subject": "nieuw adres",
        "body": f"""nieuw mailadres per 1/1: mark.coenen@roerdal.nl. roerdalmidden.nl stopt. gr mark

{IPHONE}""",
    },
    {
        "id": "h29-other-30", "kind": "other", "sender": "Pauline Jeurissen <p.jeurissen@meerssen-valkenburg.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
        "body": """Bij dezen bevestigd, ik word graag lid. Kunt u mij ook het verslag van het atelier van november
sturen? Ik was toen nog geen lid, maar het onderwerp speelt bij ons sterk.

Pauline Jeurissen""",
    },
    {
        "id": "h29-sug-30", "kind": "suggestion", "themes": ["dienstverlening"], "sender": HATICE,
        "subject": "Onderwerp voorjaar",
        "body": f"""Hallo Melanie,

Ik heb het november-atelier gemist, maar wil wel een onderwerp voor het voorjaar aandragen: een digitale
assistent op de website voor onze drie gemeenten. Inwoners stellen vooral 's avonds vragen, en we twijfelen of een
chatbot de dienstverlening echt beter maakt of alleen goedkoper. Wie heeft er ervaring mee?

Groet,
Hatice

{IPHONE}""",
    },
    {
        "id": "h29-auto-10", "kind": "autoreply", "thread": "call_for_themes", "sender": COR,
        "subject": "Afwezig: " + THANKS, "headers": AUTO,
        "body": """Ik ben afwezig van 22 december tot en met 5 januari. Uw bericht wordt niet doorgestuurd; voor
spoedeisende zaken kunt u bellen met 0111 45 20 00.

C.J. Verhage""",
    },
    {
        "id": "h29-auto-11", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Servicedesk Werkorganisatie Roosendaal-West <servicedesk@roosendaalwest.nl>",
        "subject": "[Melding #SD-482216] RE: " + THANKS,
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "OOF"},
        "body": """Beste melder,

Wij hebben uw melding ontvangen en geregistreerd onder nummer SD-482216. Een medewerker van de servicedesk neemt
deze zo spoedig mogelijk in behandeling. Reageer op deze e-mail als u aanvullende informatie wilt geven; laat het
meldingsnummer in de onderwerpregel staan.

Servicedesk Werkorganisatie Roosendaal-West""",
    },
    {
        "id": "h29-auto-12", "kind": "autoreply", "thread": "confirmation",
        "sender": "Noor Bakker <n.bakker@tholenland.nl>", "subject": "Automatisch antwoord: " + CONFIRM,
        "headers": AUTO,
        "body": """Dank voor je bericht. Ik ben tot en met 11 december op werkbezoek en lees mijn mail beperkt. Daarna
reageer ik zo snel mogelijk.

Noor Bakker""",
    },
    {
        "id": "h29-auto-13", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Lei Schreurs <l.schreurs@gemeente-nuthagen.nl>", "subject": "Automatisch antwoord: " + THANKS,
        "body": """Bedankt voor uw e-mail. In verband met de feestdagen ben ik afwezig tot maandag 8 januari 2029.
Uw bericht wordt daarna behandeld. Voor dringende zaken kunt u terecht bij mijn collega Bianca Vluggen,
b.vluggen@gemeente-nuthagen.nl.

Fijne feestdagen en een gezond 2029!

Lei Schreurs""",
    },
]
# fmt: on
