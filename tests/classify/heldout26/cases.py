"""Held-out set 26: one autumn season (August to December 2027) in the mailbox info@ambtelijkefusie.nl.

Never tuned on. Written independently, in the writer's own words, to measure only.

The season of a network of mid-sized werkorganisaties in Noord- and Zuid-Holland and Utrecht: the call for themes
(late August, in the summer holidays), the invitation for the autumn atelier (late September), the change of date and
time, the reminder, the follow-up mail after the atelier and the thank-you for suggestions; throughout: sign-ups and
confirmations, leaves, AVG erasures, hand-overs to successors, out-of-office and other machine answers (bounces, a
read receipt, ticket systems), and the mail only a person can handle. About fifteen recurring writers keep their
client, quote style, register, length and signature (one writes in English, one answers between our quoted lines,
one writes through a shared directiesecretariaat mailbox); the rest are one-off writers. Our quoted mails are the
fixed texts of quoted_mails.json, so writers keep their own dates vague.

Conventions relied on (the secretariat's view):
- Joining by the person themself, or one named colleague WITH that colleague's address: `subscribe`; without the
  address, or several people at once: `other`. A reply 'lid blijven' under our goodbye mail is joining again.
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
- Under the call for themes, the follow-up or the thank-you: a reply proposing a topic is a `suggestion` (also when it
  says whether the writer comes); one that only says whether the writer comes is an `rsvp`; a proposal about the
  form of the ateliers (day, venue, length, online) is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False; a director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True; a request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes on a condition the secretariat must answer
  first, or a request plus a real question to the secretariat: `other`.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: `other`.
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- Themes: the theme(s) of what the writer proposes, not of words used in passing; two only where the topic clearly
  spans both.
"""

from __future__ import annotations

from typing import Any

OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
UITNODIGING = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
WIJZIGING = "Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
HERINNERING = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
VERVOLG = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
BEDANKT = "Dank voor uw themasuggestie [atelier:2027-1]"
BEVESTIG = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
WELKOM = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"

AUTO = {"Auto-Submitted": "auto-replied"}
AUTO_MS = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# Recurring writers: fixed addresses and signatures.
ANNEKE = "Verweij, Anneke <a.verweij@werkorganisatie-vlietlanden.nl>"
ANNEKE_SIG = (
    "Met vriendelijke groet,\n\n"
    "drs. A.M. (Anneke) Verweij\n"
    "algemeen directeur | Werkorganisatie Vlietlanden\n"
    "T 070 - 315 42 00 | M 06 - 41 87 22 36\n\n"
    "Dit bericht kan informatie bevatten die niet voor u bestemd is. Bent u niet de geadresseerde of is dit bericht\n"
    "abusievelijk aan u toegezonden, meld dat dan aan de afzender en verwijder het bericht.\n"
)
PIET = "Piet Brandsma <pietbrandsma@gmail.com>"
DUINSTREEK = "Directiesecretariaat Werkorganisatie Duinstreek <directiesecretariaat@duinstreek.nl>"
YVONNE_SIG = (
    "Met vriendelijke groet,\n\n"
    "Yvonne Bakker\n"
    "Managementondersteuner directie\n"
    "Werkorganisatie Duinstreek | aanwezig op ma, di en do\n"
)
MICHAEL = "Michael Thornton <m.thornton@krommerijnoost.nl>"
MICHAEL_SIG = "Michael Thornton\nInterim Director | Werkorganisatie Kromme Rijn Oost\n+31 6 2841 9073\n"
HANS = "Kooijman, H. <h.kooijman@bollenkust.nl>"
ELLEN = "Ellen Scheepmaker <ellen.scheepmaker@lekzijde.nl>"
ELLEN_SIG = (
    "Hartelijke groet,\n"
    "Ellen Scheepmaker\n"
    "Directeur bedrijfsvoering & dienstverlening\n"
    "Werkorganisatie Lekzijde\n"
    "T 0347 - 38 20 00\n"
)
BAS = "Bas van Rijckevorsel <bvrijckevorsel@heuvelrug-zuid.nl>"
BAS_SIG = "Mvg,\nBas v. Rijckevorsel\ndir. Werkorganisatie Heuvelrug-Zuid\n"
INGRID = "Ingrid Moerman <i.moerman@waardenland.nl>"
INGRID_SIG = (
    "Hartelijke groet,\nIngrid\n\nIngrid Moerman\ndirecteur Werkorganisatie Waardenland\n\nVerzonden vanaf mijn iPad\n"
)
RUUD = "Ruud Teunissen <r.teunissen@vechtplassen.nl>"
RUUD_SIG = "Groeten,\nRuud Teunissen\nDirecteur Werkorganisatie Vechtplassen\n"
FATIMA = "Fatima El Idrissi <f.elidrissi@delfzand.nl>"
FATIMA_SIG = "Met vriendelijke groet,\n\nFatima El Idrissi (zij/haar)\ndirecteur | Werkorganisatie Delfzand\n"
JOOST = "Joost Lankhorst <j.lankhorst@eemvallei.nl>"
JOOST_SIG = (
    "Met collegiale groet,\n\n"
    "Joost Lankhorst\n"
    "algemeen directeur / gemeentesecretaris\n"
    "Ambtelijke organisatie Eemvallei\n"
)
MARJOLEIN = "Marjolein Vink <marjolein.vink@groenehartwerkt.nl>"
MARJOLEIN_SIG = "--\nMarjolein Vink | directeur\nGroene Hart Werkt\n06 - 18 33 47 20\n"
WOUTER = "Wouter de Graaf <w.degraaf@zuidplasrand.nl>"
DIRKJAN = "Stolk, Dirk-Jan <dj.stolk@merwezoom.nl>"
DIRKJAN_SIG = "Met vriendelijke groet,\n\nDirk-Jan Stolk\nDirecteur | Werkorganisatie Merwezoom\nT 078 - 620 55 00\n"
TINEKE = "Tineke Bosman <t.bosman@rijnenveen.nl>"
TINEKE_SIG = "Hartelijke groet,\n\nTineke Bosman\ndirecteur Werkorganisatie Rijn en Veen\n"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------------------------------------------------
    # Late August: the call for themes lands in the summer holidays.
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "h26-auto-01", "kind": "autoreply", "thread": "call_for_themes", "sender": ANNEKE,
        "subject": "Automatisch antwoord: " + OPROEP, "headers": AUTO_MS,
        "body": """
Geachte afzender,

Tot en met vrijdag 3 september ben ik afwezig. Uw bericht wordt na mijn terugkomst behandeld.
Voor spoedeisende zaken kunt u zich wenden tot het bestuurssecretariaat, telefoon 070 - 315 42 10.

Met vriendelijke groet,

drs. A.M. (Anneke) Verweij
algemeen directeur | Werkorganisatie Vlietlanden
""",
    },
    {
        "id": "h26-auto-02", "kind": "autoreply", "thread": "call_for_themes", "sender": PIET,
        "subject": "vakantie", "headers": AUTO,
        "body": """
ben tot 6 sept weg, mail lees ik daarna. dringend? bel de werkorganisatie 0172 - 46 80 00

piet
""",
    },
    {
        "id": "h26-auto-03", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Gemeente Hollandse Plassen <info@hollandseplassen.nl>",
        "subject": "Ontvangstbevestiging: uw e-mail is geregistreerd onder zaaknummer Z-2027-048113",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """
Geachte heer/mevrouw,

Hartelijk dank voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen en geregistreerd onder
zaaknummer Z-2027-048113. Binnen vijf werkdagen ontvangt u een inhoudelijke reactie van de afdeling
die uw bericht behandelt. Vermeld bij verdere correspondentie altijd het zaaknummer.

Dit is een automatisch gegenereerd bericht. U kunt hierop niet antwoorden.

Klantcontactcentrum gemeente Hollandse Plassen
""",
    },
    {
        "id": "h26-auto-04", "kind": "autoreply", "thread": "call_for_themes", "sender": MICHAEL,
        "subject": "Automatic reply: " + OPROEP, "headers": AUTO,
        "body": """
Thank you for your message. I am on annual leave until Monday 6 September and will not be checking e-mail.
For anything urgent, please contact the management office at bestuurszaken@krommerijnoost.nl or 030 - 634 11 00.

Michael Thornton
Interim Director | Werkorganisatie Kromme Rijn Oost
""",
    },
    {
        "id": "h26-auto-05", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Jeroen Sips <j.sips@polderpoort.nl>", "subject": "Afwezig: " + OPROEP,
        "body": """
Van maandag 16 augustus tot en met vrijdag 3 september ben ik met verlof en lees ik geen e-mail. Uw bericht
wordt niet doorgestuurd. Voor zaken die niet kunnen wachten kunt u terecht bij Hester Brink, adjunct-directeur
(h.brink@polderpoort.nl).

Jeroen Sips
Directeur Werkorganisatie Polderpoort
""",
    },
    {
        "id": "h26-auto-06", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Jolanda Roos <j.roos@amstelgouw.nl>", "subject": "Automatisch antwoord: " + OPROEP,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "DR, RN, NRN, OOF, AutoReply"},
        "body": """
Dit is een automatisch bericht.

Jolanda Roos is niet meer werkzaam bij Werkorganisatie Amstelgouw. Deze mailbox wordt niet meer gelezen en
berichten worden niet doorgestuurd. Voor de directie kunt u mailen naar directie@amstelgouw.nl.
""",
    },
    {
        "id": "h26-sugg-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl", "sender": ANNEKE,
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Naar aanleiding van uw oproep draag ik graag het volgende onderwerp aan voor het komende atelier.

De regionale woningbouwopgave legt een groot beslag op onze werkorganisatie, terwijl de drie deelnemende
gemeenten ieder hun eigen afspraken maken met de provincie en de regio. Ik zou met collega's willen verkennen
hoe een werkorganisatie zich in zo'n regionaal speelveld positioneert: als uitvoerder van drie afzonderlijke
opdrachtgevers, of als partij met een eigen stem aan de regionale tafel.

Ik zie uit naar het programma.

""" + ANNEKE_SIG,
    },
    {
        "id": "h26-sugg-02", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "apple", "sender": PIET,
        "body": """
onderwerp: arbeidsmarkt. we krijgen vacatures bij vergunningen en ict gewoon niet meer gevuld en de inhuur
vreet de begroting op. hoe doen anderen dat, eigen opleidingstraject? andere arbeidsvoorwarden?

gr piet

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h26-sugg-03", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes-wrote", "sender": JOOST,
        "body": """
Beste Stan, beste Melanie,

Dank voor de uitnodiging om mee te denken over de agenda. Na de zomer merk ik dat de vraag die mij het meest
bezighoudt van een wat fundamentelere orde is, dus ik neem de vrijheid daar iets uitgebreider over te schrijven.

Mijn voorstel voor het atelier:

1. Een organisatievisie die langer meegaat dan één bestuursperiode. Na de verkiezingen van vorig jaar zijn er
   nieuwe colleges aangetreden, en telkens dreigt de koers van de organisatie opnieuw ter discussie te komen.
   Hoe borg je een visie voor de lange termijn zonder de politiek voor de voeten te lopen?

2. Daaraan verwant: hoe kies je als directie welke bestuurlijke prioriteiten in de meerjarenplanning echt
   voorrang krijgen, als de optelsom van alle ambities eenvoudigweg niet uitvoerbaar is?

Beide vragen gaan eigenlijk over hetzelfde: richting houden. Ik ben benieuwd of collega's hier ook mee worstelen.

""" + JOOST_SIG,
    },
    {
        "id": "h26-sugg-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes", "sender": ELLEN,
        "body": """
Hallo Stan en Melanie,

Wat leuk dat jullie weer om onderwerpen vragen, ik heb er eigenlijk altijd wel een paar maar ik zal me
beperken (mijn team zegt dat ik dat nooit doe, dus bij dezen een poging).

Wat bij ons echt speelt is het klantcontact. Sinds we één telefoonnummer hebben voor de vier gemeenten krijgen
we aan de ene kant complimenten over de bereikbaarheid, maar aan de andere kant klagen inwoners uit de kleinere
kernen dat niemand aan de lijn weet waar hun straat ligt. Hoe houd je de dienstverlening persoonlijk en lokaal
als het KCC centraal zit? En hoe meet je dat eigenlijk, want onze tevredenheidscijfers zeggen daar niets over.

Ik kom trouwens zeker naar het atelier, tenzij de raadsvergadering weer op dezelfde dag valt, maar dat zie ik
tegen die tijd wel.

""" + ELLEN_SIG,
    },
    {
        "id": "h26-sugg-05", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-en", "sender": MICHAEL,
        "body": """
Dear Stan, dear Melanie,

Apologies for replying in English - my Dutch is improving, but not yet to the point where I can write about
this properly.

A topic I would very much like to discuss with colleagues: generative AI in our day-to-day work processes.
Several teams have started using chatbots to draft memos and decisions on their own initiative. I would rather
get ahead of it than chase it. What policies do others have, how do you handle data protection and information
security, and who in the organisation owns the decision?

Kind regards,

""" + MICHAEL_SIG,
    },
    {
        "id": "h26-sugg-06", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": HANS, "subject": "RE: " + OPROEP,
        "body": (
            "> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
            "> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, "
            "positie in de regio;\n"
            "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;\n"
            "\n"
            "Deze. Wij gaan over op één zaaksysteem voor de hele organisatie en de migratie loopt uit de hand:\n"
            "planning, kosten, weerstand in de teams. Hoe lang duurde dat bij anderen?\n"
            "\n"
            "> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, "
            "monitoring van prestaties.\n"
            ">\n"
            "> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel "
            "helpt ons\n"
            "> bij het tellen.\n"
            "\n"
            "HK\n"
        ),
    },
    {
        "id": "h26-sugg-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail", "sender": MARJOLEIN,
        "body": """
Hoi Stan en Melanie,

Leuk, een oproep! Mijn onderwerp: hoe weet je of de dienstverlening in de kleine kernen na de fusie niet
achteruit is gegaan? We hebben een prachtig dashboard met wachttijden en doorlooptijden, maar cijfers per kern
krijgen we er niet uit, en dat is precies wat de wethouders willen weten :)

Groetjes,
Marjolein

""" + MARJOLEIN_SIG,
    },
    {
        "id": "h26-sugg-08", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl", "sender": FATIMA,
        "body": """
Beste Stan en Melanie,

Mijn suggestie: de eigen ambities van drie colleges tegenover één gezamenlijke uitvoeringsagenda. Hoe bepaal je
samen welke opgaven gezamenlijk worden opgepakt en welke elke gemeente zelf houdt?

""" + FATIMA_SIG,
    },
    {
        "id": "h26-sugg-09", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Gerben Altena <g.altena@kaagwater.nl>",
        "body": """
Goedemiddag,

Voor het najaarsatelier zou ik graag ons sturingsconcept op tafel leggen. Wij stappen af van de klassieke
indeling in afdelingen en werken toe naar opgavegerichte teams met een programmamanager per opgave. Dat wringt
met de lijn, met de P&C-cyclus en met de mandaten. Ik ben benieuwd welke varianten anderen hebben gekozen en
waar ze op zijn vastgelopen.

Vriendelijke groet,
Gerben Altena
directeur Werkorganisatie Kaagwater
""",
    },
    {
        "id": "h26-sugg-10", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Noor Verbeek <n.verbeek@stichtselanen.nl>",
        "body": """
Dag Stan, Melanie,

Een onderwerp: onze positie in de regio. De centrumstad trekt in de regionale samenwerking steeds meer naar zich
toe (mobiliteit, woningbouw, economie) en wij als werkorganisatie van drie kleinere gemeenten schuiven aan als
toehoorder. Hoe organiseren anderen hun invloed aan de regionale tafels?

Groet,
Noor Verbeek
Werkorganisatie Stichtse Lanen
""",
    },
    {
        "id": "h26-sugg-11", "kind": "suggestion", "themes": ["dienstverlening", "organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Remco Hazenberg <r.hazenberg@venenland.nl>",
        "body": """
Beste secretariaat,

Mijn onderwerp heeft twee kanten die wat mij betreft niet los van elkaar te bespreken zijn. Wij willen één
digitaal loket voor de inwoners en ondernemers van onze drie gemeenten: één website, één formulierenstraat, één
plek voor meldingen. Maar dat loket werkt alleen als de werkprocessen en applicaties erachter eerst worden
geharmoniseerd, en daar lopen we nu op vast. Graag dus als één onderwerp: het digitale loket voor inwoners én
de harmonisatie van de processen en systemen die daarvoor nodig is.

Met vriendelijke groet,

Remco Hazenberg
Directeur Werkorganisatie Venenland
""",
    },
    {
        "id": "h26-sugg-12", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "groupwise", "sender": BAS,
        "body": """
onderwerp voor het atelier: financiele gezondheid van de werkorganisatie nu het gemeentefonds krimpt. de
deelnemers willen 5% van de bijdrage af, wij zitten qua overhead al op de bodem. waar snij je dan in, formatie?
ict? graag ervaringen van anderen.

""" + BAS_SIG,
    },
    {
        "id": "h26-sugg-13", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "ongemarkeerd", "sender": WOUTER,
        "body": """
Hallo, ik weet niet of dit is wat jullie bedoelen maar wat bij ons speelt is dat we na acht jaar als
werkorganisatie eigenlijk geen stip op de horizon meer hebben, de fusie is klaar zeg maar en nu? waar willen we
over tien jaar staan als organisatie, daar heb ik het met het MT over gehad en niemand had echt een antwoord, dus
misschien iets voor het atelier, met collega's die verder zijn of juist niet

Wouter de Graaf
Zuidplasrand
""",
    },
    {
        "id": "h26-sugg-14", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": RUUD,
        "body": """
Hoi,

Voor het atelier: hybride werken, drie jaar na dato. Ons kantoor staat op dinsdag en donderdag vol en de rest
van de week leeg; de teams zien elkaar nauwelijks nog. Wat vinden anderen een goede norm en hoe houd je daaraan
vast zonder dat het betutteling wordt?

""" + RUUD_SIG,
    },
    {
        "id": "h26-sugg-15", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "apple", "sender": INGRID,
        "body": """
Hoi Stan en Melanie,

Wat fijn dat we weer mogen meedenken. Wat mij al maanden bezighoudt is het welzijn van onze mensen. Het verzuim
zit bij ons boven de zeven procent, de werkdruk is hoog en na de fusie voelen collega's zich soms nergens meer
thuis. Ik zou heel graag van collega-directeuren horen wat zij doen aan verzuim en binding, en wat écht helpt.

""" + INGRID_SIG,
    },
    {
        "id": "h26-sugg-16", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl", "sender": TINEKE,
        "body": """
Beste Stan en Melanie,

Dit wordt waarschijnlijk een van mijn laatste bijdragen, want per 1 november ga ik met pensioen. Ik geef jullie
graag nog een onderwerp mee: de uitstroom van ervaren mensen. Over vijf jaar is bij ons een kwart van de
medewerkers met pensioen. Hoe houd je die kennis vast, en hoe pak je strategische personeelsplanning aan zonder
dat het een papieren exercitie wordt?

""" + TINEKE_SIG,
    },
    {
        "id": "h26-sugg-17", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": DUINSTREEK,
        "body": """
Goedemorgen,

Namens mevrouw De Wilde stuur ik u haar onderwerp voor het atelier:

"De rol van de werkorganisatie in de regionale samenwerking in Holland Rijnland: wie vertegenwoordigt onze
gemeenten aan de regionale tafels, de bestuurders of de ambtelijke top, en hoe stem je dat onderling af?"

""" + YVONNE_SIG,
    },
    {
        "id": "h26-sugg-18", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Marloes Brouwer <m.brouwer@lingelek.nl>",
        "body": """
Beste Stan en Melanie,

Een onderwerp op het snijvlak van strategie en samenwerking: hoe vertaal je de afspraken uit de regionale
samenwerking (de regiodeal, de woondeal) naar een eigen meerjarenstrategie van de werkorganisatie? Bij ons lopen
de regionale ambities en onze organisatievisie nu langs elkaar heen, en dat willen we in één verhaal krijgen.

Vriendelijke groet,
Marloes Brouwer
algemeen directeur Werkorganisatie Linge-Lek
""",
    },
    {
        "id": "h26-sugg-19", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl", "sender": "Arjen Wolters <a.wolters@zilverstrand.nl>",
        "body": """
Goedemorgen Stan en Melanie,

Bij het atelier ben ik er zeker weer bij. Onderwerp van mijn kant: welke prestatie-indicatoren rapporteren
jullie aan de raden over de dienstverlening? Wij rapporteren nu op telefonische bereikbaarheid en afhandeltermijnen,
maar de raad vraagt naar de beleving van inwoners en daar hebben we niets voor.

Groet,
Arjen Wolters
Ambtelijke organisatie Zilverstrand
""",
    },
    {
        "id": "h26-rsvp-01", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": "Gert Veldhuis <g.veldhuis@westerkogge.nl>",
        "body": """
Hallo,

Onderwerpen heb ik deze keer niet, de vier thema's dekken wat mij betreft alles al. Maar ik kom wel graag!

Gert Veldhuis
""",
    },
    {
        "id": "h26-rsvp-02", "kind": "rsvp", "attending": False, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail", "sender": "Hélène Dubois-Kramer <h.dubois@oostmeer.nl>",
        "body": """
Dag beiden,

Ik heb dit najaar drie maanden sabbatical, dus het atelier sla ik deze keer over. Lid blijf ik natuurlijk,
in het voorjaar ben ik er weer bij.

Hartelijke groet,
Hélène
""",
    },
    {
        "id": "h26-other-01", "kind": "other", "thread": "call_for_themes", "quoted": "oproep_themas",
        "quote": "outlook-nl", "sender": "Saskia Hoogeveen <s.hoogeveen@beemsterwaard.nl>",
        "body": """
Goedemiddag Stan en Melanie,

Geen onderwerp van mijn kant, wel een verzoek over de vorm: zou het atelier een keer op een andere dag dan
donderdag kunnen? Op donderdagmiddag hebben drie van onze vier colleges hun vaste overleg en dan kan ik als
directeur moeilijk weg. Een vrijdagochtend of een dinsdag zou voor mij een wereld van verschil maken.

Met vriendelijke groet,

Saskia Hoogeveen
directeur Werkorganisatie Beemsterwaard
""",
    },
    {
        "id": "h26-other-02", "kind": "other", "sender": "Hidde Schuurman <h.schuurman@bollenkust.nl>",
        "subject": "Adviesraad",
        "body": """
Beste Stan en Melanie,

In jullie oproep lees ik dat de Adviesraad de suggesties weegt. Ik zou graag zelf in die Adviesraad
plaatsnemen. Ik ben nu vier jaar adjunct-directeur bij Bollenkust en heb daarvoor de fusie van drie
gemeentelijke organisaties begeleid. Hoe gaat de selectie in zijn werk, en wanneer komt er een plek vrij?

Hartelijke groet,
Hidde Schuurman
""",
    },
    {
        "id": "h26-unsub-01", "kind": "unsubscribe", "thread": "call_for_themes", "quoted": "oproep_themas",
        "quote": "outlook-nl", "sender": "Erwin Kortekaas <e.kortekaas@polderpoort.nl>",
        "body": """
Beste mensen,

Onderwerpen heb ik niet meer voor jullie: sinds de zomer werk ik bij het hoogheemraadschap. Willen jullie mij
afmelden voor het netwerk? Dank voor de goede jaren.

Erwin Kortekaas
""",
    },
    # ------------------------------------------------------------------------------------------------------------
    # September: new directors after the summer, confirmations, welcome replies, second thoughts on topics.
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "h26-sugg-20", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": RUUD,
        "body": """
Hoi,

Kun je mijn vorige mail over hybride werken vergeten? Ik heb het in het MT besproken en we vinden iets anders
urgenter: de dienstverlening rond vergunningen onder de Omgevingswet. De doorlooptijden lopen per gemeente sterk
uiteen en inwoners en initiatiefnemers merken dat. Dat wil ik liever inbrengen.

""" + RUUD_SIG,
    },
    {
        "id": "h26-sub-01", "kind": "subscribe", "sender": DIRKJAN, "subject": "Aanmelding netwerk",
        "body": """
Geachte heer/mevrouw,

Per 1 september ben ik gestart als directeur van Werkorganisatie Merwezoom. Mijn voorganger wees mij op uw
netwerk. Graag meld ik mij aan als lid.

""" + DIRKJAN_SIG,
    },
    {
        "id": "h26-auto-07", "kind": "autoreply", "thread": "confirmation", "sender": DIRKJAN,
        "subject": "Automatisch antwoord: " + BEVESTIG, "headers": AUTO_MS,
        "body": """
Goedendag,

Ik volg tot en met woensdag een introductieprogramma en lees mijn e-mail beperkt. Ik reageer zo snel mogelijk.
Voor afspraken kunt u terecht bij het directiesecretariaat: 078 - 620 55 10.

Met vriendelijke groet,
Dirk-Jan Stolk
""",
    },
    {
        "id": "h26-conf-01", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl", "sender": DIRKJAN,
        "body": """
Hierbij bevestig ik mijn aanmelding.

""" + DIRKJAN_SIG,
    },
    {
        "id": "h26-sugg-21", "kind": "suggestion", "themes": ["samenwerking"], "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl", "sender": DIRKJAN,
        "body": """
Geachte heer Van de Laar, mevrouw Huurneman,

Dank voor het welkom. U vraagt of ik al een onderwerp heb: dat heb ik. Merwezoom werkt voor twee grote en één
kleine gemeente, en de kleinste deelnemer voelt zich regelmatig ondergesneeuwd. Hoe zorgen anderen ervoor dat
iedere deelnemende gemeente zich gehoord voelt, ongeacht haar omvang?

""" + DIRKJAN_SIG,
    },
    {
        "id": "h26-sub-02", "kind": "subscribe", "sender": "Klaas Dijkstra <k.dijkstra@zeekant.nl>",
        "subject": "Aanmelden",
        "body": """
Aanmelden graag.

K. Dijkstra
Gemeentesecretaris / algemeen directeur
Werkorganisatie Zeekant
""",
    },
    {
        "id": "h26-sub-03", "kind": "subscribe", "sender": "Annemiek Hooft <a.hooft@amstelgouw.nl>",
        "subject": "Aanmelding collega",
        "body": """
Beste Stan,

Sinds deze zomer hebben wij een nieuwe directeur bedrijfsvoering, Priya Ramdin. Zij wil graag lid worden van
het netwerk; haar adres is p.ramdin@amstelgouw.nl. Wil je haar aanmelden?

Dank!
Annemiek Hooft
algemeen directeur Amstelgouw
""",
    },
    {
        "id": "h26-conf-02", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "gmail", "sender": "Priya Ramdin <p.ramdin@amstelgouw.nl>",
        "body": """
Dank voor de snelle reactie; mijn aanmelding is hierbij bevestigd.

Priya Ramdin
Directeur bedrijfsvoering | Werkorganisatie Amstelgouw
""",
    },
    {
        "id": "h26-sub-04", "kind": "subscribe", "sender": "Youssef Amrani <y.amrani@kaagwater.nl>",
        "subject": "lidmaatschap netwerk",
        "body": """
Goedendag,

Ik ben sinds mei adjunct-directeur bij Werkorganisatie Kaagwater en zou graag lid worden van het netwerk.
Gerben Altena, onze directeur, is al lid en raadde het me van harte aan.

Met vriendelijke groet,
Youssef Amrani
""",
    },
    {
        "id": "h26-conf-03", "kind": "confirm", "thread": "confirmation", "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl", "sender": "Youssef Amrani <y.amrani@kaagwater.nl>",
        "body": """
Excuses, uw eerste mail was in mijn map met ongewenste e-mail beland. Ja, ik wil graag lid worden.

Youssef Amrani
""",
    },
    {
        "id": "h26-other-03", "kind": "other", "sender": "Marja Hoekman <m.hoekman@oostmeer.nl>",
        "subject": "Aanmelding directieteam Oostmeer",
        "body": """
Goedemorgen,

Wij willen graag ons voltallige directieteam aanmelden voor het netwerk:
- Linda Verhoef, l.verhoef@oostmeer.nl
- Frank de Ruiter, f.deruiter@oostmeer.nl
- Bouchra Ait Taleb, b.aittaleb@oostmeer.nl

Kunt u dat voor ons regelen?

Met vriendelijke groet,

Marja Hoekman
Bestuurssecretariaat Werkorganisatie Oostmeer
""",
    },
    {
        "id": "h26-conf-04", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl", "sender": "Verhoef, Linda <l.verhoef@oostmeer.nl>",
        "body": """
Met vriendelijke groet,

Linda Verhoef
algemeen directeur
Werkorganisatie Oostmeer
T 0297 - 51 30 00

Denk aan het milieu voordat u deze e-mail print.
""",
    },
    {
        "id": "h26-conf-05", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "apple", "sender": "Frank de Ruiter <f.deruiter@oostmeer.nl>",
        "body": """
Ok, bevestigd!

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h26-other-04", "kind": "other", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl", "sender": "Erik Dijkhuizen <e.dijkhuizen@hollandseplassen.nl>",
        "body": """
Bevestigd. Kan mijn managementassistent, Gea Lont, ook een kopie van de uitnodigingen ontvangen? Zij beheert
mijn agenda.

Erik Dijkhuizen
""",
    },
    {
        "id": "h26-unsub-02", "kind": "unsubscribe", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en", "sender": "M. Spaans <m.spaans@gemeente-oostmeer.nl>",
        "body": """
Ik heb me niet aangemeld voor dit netwerk.

M. Spaans
""",
    },
    {
        "id": "h26-other-05", "kind": "other", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "notes", "sender": "Cor Westhoff <c.westhoff@zeekant.nl>",
        "body": """
Goedemiddag,

Ik ontvang deze bevestigingsmail, maar ik heb mij nergens aangemeld. Hoe komt u aan mijn e-mailadres, en wie
zit er achter secretariaat.directie@werkorganisatie-bbr.nl? Met die organisatie heb ik niets te maken.

C. Westhoff
""",
    },
    {
        "id": "h26-unsub-03", "kind": "unsubscribe", "thread": "confirmation", "quoted": "herinnering_aanmelding",
        "quote": "gmail", "sender": "Ronald Scheffer <ronaldscheffer@ziggo.nl>",
        "body": """
Dit was ik niet. Graag geen mail meer.
""",
    },
    {
        "id": "h26-sub-05", "kind": "subscribe", "sender": "Paul Vermeulen <paul.vermeulen@lopikerwaard-werkt.nl>",
        "subject": "Opnieuw aanmelden",
        "body": """
Beste secretariaat,

Twee jaar geleden heb ik me afgemeld toen ik naar de provincie vertrok. Sinds 1 september ben ik terug in een
gemeentelijke functie, als algemeen directeur van Werkorganisatie Lopikerwaard, en ik doe graag weer mee met
het netwerk.

Groet,
Paul Vermeulen
""",
    },
    {
        "id": "h26-conf-06", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn", "sender": "Paul Vermeulen <paul.vermeulen@lopikerwaard-werkt.nl>",
        "body": """
Bij dezen, fijn om weer terug te zijn.

Paul
""",
    },
    {
        "id": "h26-sub-06", "kind": "subscribe", "sender": "Sanne Derks <sanne.derks1974@gmail.com>",
        "subject": "aanmelding",
        "body": """
Hallo,

Ik wil me graag aanmelden voor het netwerk. Per 1 oktober begin ik als directeur bij Werkorganisatie
Bommelzand; mijn werkadres heb ik nog niet, dus voorlopig graag via dit adres.

Groet,
Sanne Derks
""",
    },
    {
        "id": "h26-other-06", "kind": "other", "sender": "Lieke Janssen <l.janssen@regio-gouwe.nl>",
        "subject": "Lidmaatschap netwerk?",
        "body": """
Geachte heer, mevrouw,

Ik ben programmadirecteur van een ambtelijke samenwerking tussen twee gemeenten die (nog) niet zijn opgegaan in
één werkorganisatie; we delen alleen de bedrijfsvoering. Kom ik in aanmerking voor het lidmaatschap van uw
netwerk? Zo ja, dan meld ik me graag aan.

Met vriendelijke groet,

Lieke Janssen
Programmadirecteur Samenwerking Gouwe
""",
    },
    {
        "id": "h26-unsub-04", "kind": "unsubscribe", "erase": True, "thread": "welcome", "quoted": "welkom",
        "quote": "outlook-nl", "sender": "Jan-Willem Rietveld <jw.rietveld@venenland.nl>",
        "body": """
Beste secretariaat,

Bij nader inzien wil ik toch geen lid zijn; een collega had mij aangemeld zonder dat goed met mij af te
stemmen. Wilt u mij afmelden en ook al mijn gegevens uit uw bestanden verwijderen?

Met vriendelijke groet,
J.W. Rietveld
""",
    },
    {
        "id": "h26-auto-08", "kind": "autoreply", "thread": "welcome",
        "sender": "Priya Ramdin <p.ramdin@amstelgouw.nl>",
        "subject": "Automatisch antwoord: " + WELKOM, "headers": AUTO,
        "body": """
Dank voor uw bericht. Op woensdag ben ik niet werkzaam. Ik lees uw e-mail op donderdag.

Priya Ramdin
""",
    },
    {
        "id": "h26-other-07", "kind": "other", "sender": DIRKJAN, "subject": "Ledenlijst",
        "body": """
Geachte heer Van de Laar, mevrouw Huurneman,

Als nieuw lid wil ik graag kennismaken met een aantal collega's in de regio Drechtsteden en Alblasserwaard.
Is er een ledenlijst beschikbaar, of kunt u mij in contact brengen met directeuren uit die hoek?

""" + DIRKJAN_SIG,
    },
    {
        "id": "h26-other-08", "kind": "other", "sender": "Rob Kamphuis <r.kamphuis@zilverstrand.nl>",
        "subject": "Nieuwe collega",
        "body": """
Hoi Stan,

Onze nieuwe directeur dienstverlening begint op 1 november. Kan zij ook lid worden van het netwerk? Haar
adres geef ik door zodra haar account is aangemaakt.

Gr. Rob
""",
    },
    {
        "id": "h26-other-09", "kind": "other", "thread": "call_for_themes", "quoted": "bedankt_suggestie",
        "quote": "outlook-nl", "sender": "Noor Verbeek <n.verbeek@stichtselanen.nl>",
        "body": """
Graag gedaan, en succes met het tellen!

Noor
""",
    },
    {
        "id": "h26-sugg-22", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "apple", "sender": PIET,
        "body": """
nog 1 erbij: de p&c cyclus. drie gemeenten, drie begrotingskalenders, drie soorten rapportages. hoe krijg je
dat gelijk getrokken

gr piet

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h26-sugg-23", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "notes", "sender": ELLEN,
        "body": """
Dag Stan en Melanie,

Dank voor de bevestiging! Nu ik het lijstje zo zie schiet me toch nog iets te binnen, ik had het al gezegd,
ik ben slecht in beperken. Wij worstelen erg met de verbonden partijen: de veiligheidsregio, de GGD, de
omgevingsdienst. Elke gemeente zit er apart in, met eigen zienswijzen, terwijl wij als werkorganisatie het
werk doen. Hoe stemmen anderen de inbreng van hun gemeenten in die regionale gemeenschappelijke regelingen af?

Dat was het echt. Denk ik.

""" + ELLEN_SIG,
    },
    # ------------------------------------------------------------------------------------------------------------
    # Late September: the invitation for the atelier.
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "h26-rsvp-03", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": ANNEKE,
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Dank voor de uitnodiging. Graag bevestig ik mijn deelname aan het atelier; ik kom zonder gast.

""" + ANNEKE_SIG,
    },
    {
        "id": "h26-rsvp-04", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple", "sender": PIET,
        "body": """
ik ben erbij, zet me maar op de lijst

gr piet

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h26-rsvp-05", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn", "sender": DUINSTREEK,
        "body": """
Goedemiddag,

Mevrouw De Wilde neemt graag deel aan het atelier. Zij komt samen met haar adjunct-directeur, de heer Faber,
dus met twee personen.

""" + YVONNE_SIG,
    },
    {
        "id": "h26-other-10", "kind": "other", "thread": "invitation", "quoted": "uitnodiging_atelier",
        "quote": "outlook-en", "sender": MICHAEL,
        "body": """
Hi Stan, Melanie,

Quick question before I sign up: will the discussions be in Dutch? I can follow most of it, but I contribute
a lot better in English. If it is Dutch only, I may send my deputy instead.

Best,
Michael
""",
    },
    {
        "id": "h26-rsvp-06", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en", "sender": MICHAEL,
        "body": """
Thanks for clarifying on the phone - a mix of Dutch and English works fine for me. Count me in, just myself.

Kind regards,

""" + MICHAEL_SIG,
    },
    {
        "id": "h26-rsvp-07", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": HANS,
        "subject": "RE: " + UITNODIGING,
        "body": (
            "> Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "> Thema:   Samenwerking\n"
            "> Waar:    Stadskantoor, Vredenburg 3, Utrecht\n"
            ">\n"
            "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld "
            "dan met hoeveel\n"
            "> personen u komt.\n"
            "\n"
            "Ja, ik kom. Alleen.\n"
            "\n"
            "> Graag uw antwoord vóór 2 maart 2027.\n"
            "\n"
            "HK\n"
        ),
    },
    {
        "id": "h26-rsvp-08", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes", "sender": ELLEN,
        "body": """
Dag Stan en Melanie,

Ja, ik kom! Het thema spreekt me enorm aan, want bij ons is het precies de discussie: de ene gemeente wil
alles uniform, de andere wil juist haar eigen loket en haar eigen gezicht houden. Ik neem deze keer geen
collega mee, ons MT zit die week vol met de begroting.

Ik moet wel iets eerder weg, rond vijf uur, omdat ik 's avonds een informatieavond heb in een van onze kernen.
Dat zal vast geen bezwaar zijn.

""" + ELLEN_SIG,
    },
    {
        "id": "h26-rsvp-09", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise", "sender": BAS,
        "body": """
helaas, die middag begrotingsbehandeling in de raad. volgende keer beter.

""" + BAS_SIG,
    },
    {
        "id": "h26-rsvp-10", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple", "sender": INGRID,
        "body": """
Hoi Stan en Melanie,

Wat een mooi thema, daar ben ik graag bij! Ik neem onze concerncontroller Martijn Baas mee, dus we komen met
z'n tweeën.

""" + INGRID_SIG,
    },
    {
        "id": "h26-rsvp-11", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn", "sender": RUUD,
        "body": """
Hoi,

Ik kom. Zet me er maar op.

""" + RUUD_SIG,
    },
    {
        "id": "h26-rsvp-12", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": FATIMA,
        "body": """
Beste Stan en Melanie,

Ik ben helaas verhinderd. In mijn plaats komt mijn collega-directeur Bram Hoekstra, b.hoekstra@delfzand.nl.

""" + FATIMA_SIG,
    },
    {
        "id": "h26-rsvp-13", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-nl", "sender": "Bram Hoekstra <b.hoekstra@delfzand.nl>",
        "body": """
Goedemorgen,

Fijn, ik neem graag de plaats van mijn collega in. Tot dan.

Bram Hoekstra
directeur Werkorganisatie Delfzand
""",
    },
    {
        "id": "h26-rsvp-14", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote", "sender": JOOST,
        "body": """
Beste Stan, beste Melanie,

Met genoegen meld ik mij aan voor het atelier. Het thema raakt precies aan de spanning die wij in Eemvallei
dagelijks ervaren, en ik ben benieuwd hoe collega's de balans tussen eenheid en eigenheid vinden. Ik kom alleen.

""" + JOOST_SIG,
    },
    {
        "id": "h26-rsvp-15", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail", "sender": MARJOLEIN,
        "body": """
Yes, ik kom! Zin in :)

Groetjes,
Marjolein

""" + MARJOLEIN_SIG,
    },
    {
        "id": "h26-rsvp-16", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd", "sender": WOUTER,
        "body": """
nee helaas kan niet, die week zit ik in brussel met een delegatie van de provincie, wel jammer want dit thema
is precies waar wij mee zitten

Wouter
""",
    },
    {
        "id": "h26-rsvp-17", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": DIRKJAN,
        "body": """
Geachte heer/mevrouw,

Als nieuw lid maak ik graag kennis met de collega's: ik ben erbij.

""" + DIRKJAN_SIG,
    },
    {
        "id": "h26-rsvp-18", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": TINEKE,
        "body": """
Beste Stan en Melanie,

Dit wordt mijn laatste atelier voor mijn pensioen, dat ga ik niet missen. Ik kom graag.

""" + TINEKE_SIG,
    },
    {
        "id": "h26-rsvp-19", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": "Pim Oosterveld <p.oosterveld@amstelgouw.nl>",
        "body": """
Nee, helaas. Op die dag ben ik met de gemeenteraad op werkbezoek in het buitenland.

Pim Oosterveld
""",
    },
    {
        "id": "h26-rsvp-20", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": "Arjen Wolters <a.wolters@zilverstrand.nl>",
        "body": """
Hoi Stan en Melanie,

Wij komen met z'n tweeën: ikzelf en onze strategisch adviseur Kees Dorrestein.

Groet,
Arjen Wolters
Ambtelijke organisatie Zilverstrand
""",
    },
    {
        "id": "h26-rsvp-21", "kind": "rsvp", "attending": True, "sender": "Theo van Beek <t.vanbeek@westerkogge.nl>",
        "subject": "FW: " + UITNODIGING, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "body": """
Beste Stan en Melanie,

Mijn secretaresse stuurde me jullie uitnodiging door en heeft de middag al geblokt. Reken maar op mij.

Theo van Beek
""",
    },
    {
        "id": "h26-rsvp-22", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "none",
        "sender": "Karel Smits <k.smits@beemsterwaard.nl>", "subject": "RE: " + UITNODIGING,
        "body": """
Ik kan er helaas niet bij zijn.
K. Smits
""",
    },
    {
        "id": "h26-rsvp-23", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail", "sender": "Ilse Rutten <i.rutten@hollandseplassen.nl>",
        "body": """
Ja, met 3 personen.

Ilse Rutten
""",
    },
    {
        "id": "h26-rsvp-24", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "outlook-nl", "sender": "Anouk Timmer <a.timmer@venenland.nl>",
        "body": """
Dank voor het bericht. Inmiddels staat er op die middag een andere afspraak in mijn agenda, dus u kunt mij van
de wachtlijst halen.

Met vriendelijke groet,
Anouk Timmer
""",
    },
    {
        "id": "h26-auto-09", "kind": "autoreply", "thread": "invitation",
        "sender": "Gijs Hermans <g.hermans@zuidplasrand.nl>", "subject": "Automatisch antwoord: " + UITNODIGING,
        "headers": AUTO_MS,
        "body": """
Beste afzender,

Van 27 september tot en met 8 oktober ben ik niet op kantoor en heb ik beperkt toegang tot mijn mail.
Voor dringende zaken: bel 0180 - 45 90 00 en vraag naar het directiesecretariaat.

Gijs Hermans
""",
    },
    {
        "id": "h26-auto-10", "kind": "autoreply", "thread": "invitation",
        "sender": "Mirjam Kok <m.kok@kaagwater.nl>", "subject": "Automatisch antwoord: " + UITNODIGING,
        "headers": AUTO,
        "body": """
Op vrijdag werk ik niet. Uw e-mail lees ik maandag.

Met vriendelijke groet,
Mirjam Kok
""",
    },
    {
        "id": "h26-auto-11", "kind": "autoreply", "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "subject": "Delivery Status Notification (Failure)", "headers": AUTO,
        "body": """
** Adres niet gevonden **

Je bericht is niet bezorgd bij h.vanderzwaan@gmail.com, omdat het adres niet is gevonden of geen e-mail kan
ontvangen.

Het antwoord van de externe server is:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's
email address for typos or unnecessary spaces.
""",
    },
    {
        "id": "h26-auto-12", "kind": "autoreply",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@vechtplassen.nl>",
        "subject": "Onbestelbaar: " + UITNODIGING,
        "body": """
Kan niet bezorgen bij j.vanmaanen@vechtplassen.nl

Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en probeer
het bericht opnieuw te verzenden. Neem contact op met de helpdesk als het probleem blijft bestaan.

Diagnostische gegevens voor beheerders:

Genererende server: AM0PR07MB6210.eurprd07.prod.outlook.com

j.vanmaanen@vechtplassen.nl
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
    },
    {
        "id": "h26-auto-13", "kind": "autoreply", "sender": "Frank de Ruiter <f.deruiter@oostmeer.nl>",
        "subject": "Gelezen: " + UITNODIGING,
        "body": """
Uw bericht

    Aan: Frank de Ruiter
    Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid
    Verzonden: dinsdag 28 september 2027 10:02:14 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

is gelezen op dinsdag 28 september 2027 11:47:03 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
""",
    },
    {
        "id": "h26-auto-14", "kind": "autoreply", "thread": "invitation",
        "sender": "Sophie van Leeuwen <s.vanleeuwen@stichtselanen.nl>", "subject": "Afwezig / Out of office",
        "headers": AUTO,
        "body": """
Ik ben tot en met maandag 4 oktober afwezig en lees mijn mail niet. Dringende zaken: directie@stichtselanen.nl.

I am out of the office until Monday 4 October without access to e-mail. For urgent matters please contact
directie@stichtselanen.nl.

Sophie van Leeuwen
""",
    },
    {
        "id": "h26-auto-15", "kind": "autoreply", "thread": "invitation", "sender": DUINSTREEK,
        "subject": "Automatisch antwoord: " + UITNODIGING, "headers": AUTO_MS,
        "body": """
Dank voor uw bericht aan het directiesecretariaat van Werkorganisatie Duinstreek.

Op woensdag en vrijdag is het secretariaat niet bezet. Uw bericht wordt op de eerstvolgende werkdag in
behandeling genomen. Voor spoedeisende zaken kunt u bellen met 071 - 409 30 00.
""",
    },
    {
        "id": "h26-auto-16", "kind": "autoreply", "thread": "invitation",
        "sender": "Werkorganisatie Zeekant <post@zeekant.nl>", "subject": "RE: " + UITNODIGING,
        "body": """
Bedankt voor uw bericht aan Werkorganisatie Zeekant.

Wij streven ernaar uw e-mail binnen drie werkdagen te beantwoorden. Hebt u een vraag over uw aanvraag,
vergunning of melding? Kijk dan eerst op zeekant.nl/vragen; daar vindt u de antwoorden op de meest gestelde
vragen.

Deze e-mail is automatisch verzonden.
""",
    },
    {
        "id": "h26-unsub-05", "kind": "unsubscribe", "thread": "invitation", "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn", "sender": "Gerard Lutgens <g.lutgens@zeekant.nl>",
        "body": """
Beste Stan en Melanie,

Per 15 oktober vertrek ik naar een andere gemeente. Mijn opvolger, Mireille Ouwehand
(m.ouwehand@zeekant.nl), neemt mijn plek in het netwerk over; het atelier laat ik dus aan haar.

Het ga jullie goed,
Gerard Lutgens
""",
    },
    {
        "id": "h26-unsub-06", "kind": "unsubscribe", "thread": "invitation", "quoted": "uitnodiging_atelier",
        "quote": "gmail", "sender": "Hanneke Zwart <h.zwart@westerkogge.nl>",
        "body": """
Hallo,

Ik kom niet, en eigenlijk wil ik ook van de lijst af: ik ga per 1 december weg bij de werkorganisatie en neem
eerst een tijd vrij.

Groeten,
Hanneke Zwart
""",
    },
    {
        "id": "h26-unsub-07", "kind": "unsubscribe", "erase": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": "D. van Oord <d.vanoord@linge-lek.nl>",
        "body": """
Geacht secretariaat,

Ik ontvang nog steeds uitnodigingen van uw netwerk, terwijl ik al geruime tijd geen directeur meer ben.
Ik verzoek u mij uit te schrijven en al mijn persoonsgegevens te wissen.

D. van Oord
""",
    },
    {
        "id": "h26-other-11", "kind": "other", "thread": "invitation", "quoted": "uitnodiging_atelier",
        "quote": "gmail", "sender": MARJOLEIN,
        "body": """
Hoi!

Ik kom, en mijn nieuwe collega Joyce wil ook graag lid worden van het netwerk. Kunnen jullie haar toevoegen?
Haar mailadres stuur ik nog even door als haar account er is.

Groetjes,
Marjolein

""" + MARJOLEIN_SIG,
    },
    {
        "id": "h26-other-12", "kind": "other", "thread": "invitation", "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl", "sender": "Maarten Post <m.post@beemsterwaard.nl>",
        "body": """
Beste Stan en Melanie,

Ik kom graag, mits ik mijn wethouder bedrijfsvoering mag meenemen. Is het atelier ook toegankelijk voor
bestuurders, of is het nadrukkelijk alleen voor directeuren bedoeld?

Met vriendelijke groet,
Maarten Post
""",
    },
    {
        "id": "h26-other-13", "kind": "other", "thread": "invitation", "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn", "sender": "Ans Reijnders <a.reijnders@zeekant.nl>",
        "body": """
Goedemorgen,

Eerlijk gezegd komt de uitnodiging wel erg laat; onze agenda's zitten vier tot zes weken vooruit vol.
Wilt u de datum voortaan eerder bekendmaken, bijvoorbeeld al bij de oproep voor de thema's?

Met vriendelijke groet,
Ans Reijnders
""",
    },
    {
        "id": "h26-other-14", "kind": "other", "sender": DUINSTREEK, "subject": "Atelier - mevrouw De Wilde",
        "body": """
Goedemorgen,

Namens mevrouw De Wilde laat ik u weten dat zij helaas toch niet naar het atelier kan komen; er is een extra
raadsvergadering ingepland. De heer Faber komt wel graag, als dat nog kan.

""" + YVONNE_SIG,
    },
    {
        "id": "h26-other-15", "kind": "other", "sender": DUINSTREEK, "subject": "Verzoek cc directiesecretariaat",
        "body": """
Goedemiddag,

Zou u bij berichten voor mevrouw De Wilde voortaan het directiesecretariaat in cc willen zetten
(directiesecretariaat@duinstreek.nl)? Dan kunnen wij haar agenda tijdig bijwerken.

Alvast dank.

""" + YVONNE_SIG,
    },
    {
        "id": "h26-other-16", "kind": "other", "thread": "invitation", "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl", "sender": ANNEKE,
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Mijn adjunct-directeur, de heer Van Schie, is geen lid van het netwerk maar zou het atelier graag bijwonen.
Zijn er voor niet-leden kosten aan deelname verbonden, en mag hij zonder mij komen?

""" + ANNEKE_SIG,
    },
    {
        "id": "h26-other-17", "kind": "other", "thread": "invitation", "quoted": "uitnodiging_atelier",
        "quote": "groupwise", "sender": BAS,
        "body": """
nog even over het atelier: kan Teun Blok (t.blok@heuvelrug-zuid.nl) misschien in mijn plaats? hij is alleen
nog geen lid, is dat een probleem?

""" + BAS_SIG,
    },
    {
        "id": "h26-sub-07", "kind": "subscribe", "sender": "Teun Blok <t.blok@heuvelrug-zuid.nl>",
        "subject": "aanmelding netwerk directeuren",
        "body": """
Goedemiddag,

Op aanraden van Bas van Rijckevorsel meld ik mij aan als lid van het netwerk. Ik ben adjunct-directeur bij
Werkorganisatie Heuvelrug-Zuid.

Groet,
Teun Blok
""",
    },
    {
        "id": "h26-conf-07", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "groupwise", "sender": "Teun Blok <t.blok@heuvelrug-zuid.nl>",
        "body": """
Akkoord, aanmelding bevestigd.
Groet, Teun Blok
""",
    },
    {
        "id": "h26-other-18", "kind": "other", "sender": "dr. Tessa Langeveld <tessa@langeveldadvies.nl>",
        "subject": "Spreker voor uw Leer- en inspireer-atelier?",
        "body": """
Beste Stan en Melanie,

Via een deelnemer aan uw netwerk hoorde ik over het Leer- en inspireer-atelier. Ik promoveerde op bestuurlijke
sensitiviteit in ambtelijke fusieorganisaties en verzorg regelmatig interactieve inleidingen voor directies en
managementteams. Het thema van dit najaar sluit daar naadloos op aan.

Graag kom ik eens vrijblijvend kennismaken om te verkennen of een bijdrage van mij van waarde kan zijn.
Mijn tarieven voor netwerken zonder winstoogmerk zijn bescheiden.

Met hartelijke groet,

dr. Tessa Langeveld
Langeveld Advies & Onderzoek
06 - 55 21 90 43 | www.langeveldadvies.nl
""",
    },
    {
        "id": "h26-other-19", "kind": "other", "sender": "Wim Bos <w.bos@stichtselanen.nl>",
        "subject": "Wijziging e-mailadres",
        "body": """
Goedendag,

Per 1 november verandert mijn e-mailadres in wim.bos@stichtselanen.nl (de organisatie stapt over op een nieuwe
naamconventie). Wilt u dit in uw adressenbestand aanpassen? Het oude adres blijft nog drie maanden werken.

Vriendelijke groet,
Wim Bos
""",
    },
    # ------------------------------------------------------------------------------------------------------------
    # October: the change of date and time, hand-overs, erasures.
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "h26-rsvp-25", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-lijn", "sender": RUUD,
        "body": """
Hoi,

Baal ervan, maar op de nieuwe datum lukt het me niet: dan zit ik met de accountant om tafel over de
interim-controle. Ik moet dus afzeggen.

""" + RUUD_SIG,
    },
    {
        "id": "h26-rsvp-26", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-lijn", "sender": RUUD,
        "body": """
Hoi,

Vergeet mijn vorige mail: de accountant heeft zelf verzet, dus ik kan toch. Zet me maar weer op de lijst.

""" + RUUD_SIG,
    },
    {
        "id": "h26-rsvp-27", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": HANS,
        "subject": "RE: " + WIJZIGING,
        "body": (
            "> Er is iets veranderd aan het Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\":\n"
            "> - datum en tijd: donderdag 18 maart 2027, 14.00 tot 17.30 uur (was: donderdag 11 maart 2027, "
            "14.00 tot 17.30 uur)\n"
            "\n"
            "Past ook. Ik blijf aangemeld.\n"
            "\n"
            "> - plaats: Provinciehuis, Pythagoraslaan 101, Utrecht (was: Stadskantoor)\n"
            "\n"
            "Prima.\n"
            "\n"
            "HK\n"
        ),
    },
    {
        "id": "h26-rsvp-28", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-nl", "sender": "Pim Oosterveld <p.oosterveld@amstelgouw.nl>",
        "body": """
Op de oorspronkelijke datum zat ik in het buitenland, maar de nieuwe datum past wél. Graag alsnog aanmelden
voor mij alleen.

Pim Oosterveld
""",
    },
    {
        "id": "h26-rsvp-29", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "sender": "Sophie van Leeuwen <s.vanleeuwen@stichtselanen.nl>",
        "body": """
Beste Stan en Melanie,

Jammer! Op de nieuwe datum ben ik met mijn gezin op vakantie, dus ik kan helaas niet meer komen. Geef mijn
plek gerust aan een ander.

Groet,
Sophie
""",
    },
    {
        "id": "h26-rsvp-30", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "gmail", "sender": MARJOLEIN,
        "body": """
Nieuwe tijd en plek zijn prima, ik blijf gewoon komen :)

Marjolein

""" + MARJOLEIN_SIG,
    },
    {
        "id": "h26-other-20", "kind": "other", "thread": "invitation", "quoted": "wijziging_atelier",
        "quote": "ongemarkeerd", "sender": WOUTER,
        "body": """
ik had toch al afgezegd? of moet ik nu opnieuw iets doen, snap even niet waarom ik deze krijg

Wouter
""",
    },
    {
        "id": "h26-other-21", "kind": "other", "thread": "invitation", "quoted": "wijziging_atelier",
        "quote": "outlook-nl", "sender": "Bert Hogendoorn <b.hogendoorn@polderpoort.nl>",
        "body": """
Beste secretariaat,

Jammer dat de datum wordt verschoven; het is de tweede keer dit jaar dat een bijeenkomst van het netwerk
verplaatst wordt. Voor directeuren met volle agenda's is dat echt lastig. Ik ga kijken wat ik kan schuiven
en laat het u nog weten.

Met vriendelijke groet,
Bert Hogendoorn
""",
    },
    {
        "id": "h26-auto-17", "kind": "autoreply", "thread": "invitation",
        "sender": "Paul Vermeulen <paul.vermeulen@lopikerwaard-werkt.nl>",
        "subject": "Automatisch antwoord: " + WIJZIGING,
        "headers": AUTO_MS,
        "body": """
Ik ben tot en met vrijdag 22 oktober afwezig in verband met de herfstvakantie. Uw mail wordt niet
doorgestuurd; ik beantwoord hem na mijn terugkomst.

Paul Vermeulen
""",
    },
    {
        "id": "h26-auto-18", "kind": "autoreply", "thread": "invitation",
        "sender": "Corinne Blaauw <c.blaauw@merwezoom.nl>", "subject": "Re: " + WIJZIGING,
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": """
Hartelijk dank voor uw e-mail. Ik ben momenteel op cursus en niet bereikbaar. Vanaf dinsdag 19 oktober lees ik
mijn berichten weer.

Corinne Blaauw
""",
    },
    {
        "id": "h26-unsub-08", "kind": "unsubscribe", "sender": TINEKE, "subject": "Opvolging in het netwerk",
        "body": """
Beste Stan en Melanie,

Zoals ik al schreef ga ik per 1 november met pensioen. Mijn opvolger is Lars Heemskerk; hij begint op
1 november en is bereikbaar op l.heemskerk@rijnenveen.nl. Willen jullie hem mijn plek in het netwerk geven?
Hij heeft er zin in.

""" + TINEKE_SIG,
    },
    {
        "id": "h26-conf-08", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl", "sender": "Lars Heemskerk <l.heemskerk@rijnenveen.nl>",
        "body": """
Goedemorgen,

Bevestigd. Ik neem het stokje over van Tineke Bosman en kijk uit naar het volgende atelier.

Met vriendelijke groet,
Lars Heemskerk
directeur Werkorganisatie Rijn en Veen
""",
    },
    {
        "id": "h26-other-22", "kind": "other", "thread": "goodbye", "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl", "sender": TINEKE,
        "body": """
Beste Stan en Melanie,

Dank voor de bevestiging en vooral voor alle mooie ateliers van de afgelopen jaren. Ik heb er veel aan gehad,
en niet alleen inhoudelijk. Hartelijk dank voor jullie zorg en gastvrijheid.

""" + TINEKE_SIG,
    },
    {
        "id": "h26-unsub-09", "kind": "unsubscribe", "erase": True,
        "sender": "mr. E.A. (Esther) Hagenaars <e.hagenaars@zilverstrand.nl>",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": """
Geachte heer, mevrouw,

Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u om alle persoonsgegevens
die u van mij verwerkt te verwijderen, en mij af te melden voor alle verdere berichten van uw netwerk.
Ik verneem graag binnen de wettelijke termijn van één maand dat aan dit verzoek is voldaan.

Hoogachtend,

mr. E.A. Hagenaars
""",
    },
    {
        "id": "h26-unsub-10", "kind": "unsubscribe", "sender": "Dick Ruijgrok <d.ruijgrok@hotmail.com>",
        "subject": "afmelden",
        "body": """
Goedemiddag,

Wilt u mij afmelden voor het netwerk? Ik ben overgestapt naar de provincie en heb dus geen fusieorganisatie meer
onder mijn hoede.

Groet,
Dick Ruijgrok
""",
    },
    {
        "id": "h26-other-23", "kind": "other", "sender": "Rianne Kuiper <r.kuiper@bollenkust.nl>",
        "subject": "Welke gegevens?",
        "body": """
Goedemiddag,

Kunt u mij laten weten welke persoonsgegevens u van mij vastlegt, waarvoor u die gebruikt en met wie u ze
deelt? Ik vraag dit in het kader van de AVG. Lid blijven wil ik overigens wel.

Met vriendelijke groet,
Rianne Kuiper
""",
    },
    {
        "id": "h26-other-24", "kind": "other", "sender": "Secretariaat gemeentesecretaris <gemsec@zuidplasrand.nl>",
        "subject": "Vertrek dhr. Molenaar",
        "body": """
Geachte heer, mevrouw,

Ter informatie: de heer H. Molenaar is per 1 oktober niet meer werkzaam bij onze organisatie. Een opvolger is
nog niet benoemd.

Met vriendelijke groet,
namens het secretariaat van de gemeentesecretaris,
Ilona Perdijk
""",
    },
    {
        "id": "h26-other-25", "kind": "other", "sender": "Sven Hartog <sven@zaakflow.nl>",
        "subject": "Zaakgericht werken voor fusieorganisaties - demo voor uw leden?",
        "body": """
Beste heer Van de Laar,

Zaakflow ondersteunt inmiddels elf ambtelijke fusieorganisaties bij de overstap naar één zaaksysteem voor alle
deelnemende gemeenten. Uw leden lopen ongetwijfeld tegen dezelfde vraagstukken aan: migratie, harmonisatie van
werkprocessen en de koppeling met de landelijke voorzieningen.

Graag verzorgen wij tijdens een van uw ateliers een korte demonstratie, of sponsoren wij de lunch. Zullen we
daarover eens bellen? Ik ben bereikbaar op 06 - 38 74 11 20.

Met vriendelijke groet,

Sven Hartog
Accountmanager overheid | Zaakflow B.V.
""",
    },
    {
        "id": "h26-other-26", "kind": "other", "sender": "Femke Oudshoorn <f.oudshoorn@student.uu.nl>",
        "subject": "Verzoek medewerking masterscriptie",
        "body": """
Geachte heer Van de Laar en mevrouw Huurneman,

Ik ben masterstudent Bestuurskunde aan de Universiteit Utrecht en schrijf mijn scriptie over sturing in
ambtelijke fusieorganisaties. Zou het mogelijk zijn een korte vragenlijst (ongeveer tien minuten) onder de leden
van uw netwerk te verspreiden? Uiteraard deel ik de resultaten graag met het netwerk.

Met vriendelijke groet,
Femke Oudshoorn
""",
    },
    {
        "id": "h26-unsub-11", "kind": "unsubscribe", "thread": "goodbye", "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl", "sender": "Hanneke Zwart <h.zwart@westerkogge.nl>",
        "body": """
Hallo,

U vroeg naar een opvolger: dat wordt Sevda Kaya, s.kaya@westerkogge.nl. Zij neemt mijn plek in het netwerk in.

Groeten,
Hanneke
""",
    },
    {
        "id": "h26-sub-08", "kind": "subscribe", "thread": "goodbye", "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn", "sender": "Harm Jonker <h.jonker@stichtselanen.nl>",
        "body": """
lid blijven graag. Het afmelden was een misverstand binnen ons secretariaat.

Harm Jonker
""",
    },
    # ------------------------------------------------------------------------------------------------------------
    # Late October: the reminder.
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "h26-rsvp-31", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-en", "sender": MICHAEL,
        "body": """
Dear Stan and Melanie,

Unfortunately I have to cancel: my return flight from Dublin has been moved to Friday. Please give my seat to
someone on the waiting list.

Kind regards,

""" + MICHAEL_SIG,
    },
    {
        "id": "h26-rsvp-32", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple", "sender": INGRID,
        "body": """
Hoi Stan en Melanie,

Helaas, ik ben ziek en kan morgen niet komen. Martijn Baas, onze concerncontroller, komt wel; hij stond als mijn
gast op de lijst en komt nu dus zonder mij (m.baas@waardenland.nl).

""" + INGRID_SIG,
    },
    {
        "id": "h26-rsvp-33", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple", "sender": PIET,
        "body": """
helaas ik kan niet, griep. volgende keer

gr piet

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h26-rsvp-34", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl", "sender": "Arjen Wolters <a.wolters@zilverstrand.nl>",
        "body": """
Wij zijn er, tot donderdag!

Arjen
""",
    },
    {
        "id": "h26-rsvp-35", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-lijn", "sender": "Joke Vos <j.vos@beemsterwaard.nl>",
        "body": """
Beste Stan en Melanie,

Helaas moet ik afzeggen. Bij ons is vannacht brand geweest in het gemeentehuis en ik kan hier de komende dagen
niet weg. Misschien kan iemand van de wachtlijst mijn plaats innemen.

Joke Vos
""",
    },
    {
        "id": "h26-rsvp-36", "kind": "rsvp", "attending": False, "thread": "reminder", "quote": "none",
        "sender": "Ilse Rutten <i.rutten@hollandseplassen.nl>", "subject": "RE: " + HERINNERING,
        "body": """
Wij kunnen niet meer, sorry. Graag afmelden voor donderdag, alle drie.

Ilse
""",
    },
    {
        "id": "h26-other-27", "kind": "other", "thread": "reminder", "quoted": "herinnering_atelier",
        "quote": "notes", "sender": ELLEN,
        "body": """
Dag Stan en Melanie,

Ik kom nog steeds, daar niet van! Maar weet een van jullie of er bij het Provinciehuis geparkeerd kan worden,
of moet ik met de trein? En is er iets te eten, want ik kom rechtstreeks uit een overleg dat tot half twee
duurt en ik ken mezelf, zonder boterham ben ik om vier uur niet meer te genieten.

""" + ELLEN_SIG,
    },
    {
        "id": "h26-other-28", "kind": "other", "thread": "reminder", "quoted": "herinnering_atelier",
        "quote": "outlook-nl", "sender": "Kees Dorrestein <k.dorrestein@zilverstrand.nl>",
        "body": """
Goedemiddag,

Is het mogelijk om het eerste uur online aan te sluiten? Ik zit die ochtend in Den Haag en haal het anders niet
op tijd. Ik hoor graag of dat voor de werkvorm een probleem is.

Met vriendelijke groet,
Kees Dorrestein
""",
    },
    {
        "id": "h26-auto-19", "kind": "autoreply", "thread": "reminder",
        "sender": "Anton Zuidema <a.zuidema@lekzijde.nl>", "subject": "Automatisch antwoord: " + HERINNERING,
        "headers": AUTO,
        "body": """
Wegens ziekte ben ik voorlopig afwezig. Uw e-mail wordt niet gelezen of doorgestuurd. Voor zaken die de
directie betreffen kunt u contact opnemen met Ellen Scheepmaker (ellen.scheepmaker@lekzijde.nl).
""",
    },
    {
        "id": "h26-auto-20", "kind": "autoreply", "thread": "reminder", "quoted": "herinnering_atelier",
        "quote": "outlook-nl", "sender": "Bram Hoekstra <b.hoekstra@delfzand.nl>",
        "subject": "Automatisch antwoord: " + HERINNERING, "headers": AUTO_MS,
        "body": """
Ik ben vandaag en morgen op locatie en lees mijn e-mail 's avonds. Voor spoed: 015 - 260 88 00.

Bram Hoekstra
""",
    },
    # ------------------------------------------------------------------------------------------------------------
    # November: the follow-up mail after the atelier, the thank-you for suggestions, more leaves.
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "h26-sugg-24", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": ANNEKE,
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Dank voor de zorgvuldige organisatie van een leerzame middag. Voor het volgende atelier draag ik graag
informatieveiligheid aan: de invoering van de nieuwe baseline, de rol van de CISO in een werkorganisatie die voor
drie gemeenten werkt, en de vraag hoe je een organisatie voorbereidt op een cyberincident.

""" + ANNEKE_SIG,
    },
    {
        "id": "h26-sugg-25", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "notes-wrote", "sender": JOOST,
        "body": """
Beste Stan, beste Melanie,

Het gesprek van donderdag heeft bij mij nog lang nagewerkt. Aan een van de tafels kwam ter sprake wat er gebeurt
als een van de deelnemende gemeenten overweegt uit te treden, of zich bij een andere samenwerking wil aansluiten.
Dat is bij ons geen theoretische vraag meer. Ik stel voor om dat scenario de volgende keer centraal te zetten:
hoe voer je dat gesprek met de deelnemers, welke afspraken over uittreding zijn verstandig, en wat doet het met
het vertrouwen tussen de gemeenten die blijven?

""" + JOOST_SIG,
    },
    {
        "id": "h26-sugg-26", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "sender": HANS, "subject": "RE: " + VERVOLG,
        "body": (
            "> Het verslag staat klaar: https://ambtelijkefusie.nl/verslag/2027-1\n"
            "\n"
            "Gelezen. Goed stuk.\n"
            "\n"
            "> U bepaalt gezamenlijk de gespreksthema's van het volgende atelier. Welk vraagstuk wilt u de "
            "volgende keer\n"
            "> bespreken?\n"
            "\n"
            "Onze drie gemeenten willen ieder een eigen woonvisie, terwijl de opgave gezamenlijk is. Hoe krijg je\n"
            "de gemeenten zover dat ze dat samen oppakken?\n"
            "\n"
            "HK\n"
        ),
    },
    {
        "id": "h26-sugg-27", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-lijn", "sender": "Bouchra Ait Taleb <b.aittaleb@oostmeer.nl>",
        "body": """
Beste Stan en Melanie,

Dank voor een inspirerend eerste atelier! Een onderwerp voor de volgende keer: een chatbot of digitale
assistent voor vragen van inwoners. Wij overwegen er een voor de website, maar twijfelen of inwoners daar
beter van worden of juist gefrustreerd raken. Ik hoor graag ervaringen van gemeenten die dit al doen.

Hartelijke groet,
Bouchra Ait Taleb
directeur dienstverlening | Werkorganisatie Oostmeer
""",
    },
    {
        "id": "h26-sugg-28", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "gmail", "sender": "Willem Jan Kroeze <wj.kroeze@kaagwater.nl>",
        "body": """
Dag Stan,

Voor de volgende keer: wat schrap je uit de bestuurlijke agenda als het geld op is? Onze colleges houden vast
aan alle ambities uit het collegeprogramma, terwijl de middelen de komende jaren krimpen. Ik wil het hebben over
het gesprek met bestuurders over prioriteren en nee zeggen.

Groet,
Willem Jan
""",
    },
    {
        "id": "h26-sugg-29", "kind": "suggestion", "themes": ["strategie"], "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-nl", "sender": "Lars Heemskerk <l.heemskerk@rijnenveen.nl>",
        "body": """
Beste Stan en Melanie,

Dank voor het warme welkom. Een onderwerp heb ik al: als nieuwe directeur moet ik de komende maanden een
organisatievisie neerzetten waar Rijn en Veen de komende vijf jaar mee vooruit kan. Ik ben benieuwd hoe collega's
zo'n visie hebben opgesteld en hoe ze ervoor zorgen dat die niet in een la verdwijnt.

Met vriendelijke groet,
Lars Heemskerk
directeur Werkorganisatie Rijn en Veen
""",
    },
    {
        "id": "h26-sugg-30", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "gmail", "sender": MARJOLEIN,
        "body": """
Top dat het genoteerd is! Nog eentje: hoe meet je klanttevredenheid zonder dat inwoners gek worden van alle
enquêtes? Na elk contact een vragenlijst werkt bij ons averechts.

Marjolein

""" + MARJOLEIN_SIG,
    },
    {
        "id": "h26-other-29", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "apple", "sender": INGRID,
        "body": """
Hoi Stan en Melanie,

Wat jammer dat ik er zelf niet bij kon zijn. Martijn kwam razend enthousiast terug, vooral over het gesprek
over de couleur locale. Dank jullie wel dat hij ook zonder mij welkom was. Ik lees het verslag dit weekend.

""" + INGRID_SIG,
    },
    {
        "id": "h26-other-30", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "notes-wrote", "sender": JOOST,
        "body": """
Beste Stan, beste Melanie,

Nog een tweede reactie, dit keer over de vorm. De plenaire opening en afsluiting namen samen ruim een uur in
beslag, terwijl het gesprek in de kleine groepen juist het waardevolst was. Mijn voorstel zou zijn: korter
plenair, langer in groepjes van vijf of zes, en misschien een uur eerder beginnen zodat we niet in de spits
naar huis hoeven.

""" + JOOST_SIG,
    },
    {
        "id": "h26-other-31", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "outlook-nl", "sender": FATIMA,
        "body": """
Beste Stan en Melanie,

Bram vertelde over de presentatie van de spreker. Zouden jullie de sheets kunnen sturen? Die staan niet bij het
verslag.

""" + FATIMA_SIG,
    },
    {
        "id": "h26-other-32", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "outlook-nl", "sender": ANNEKE,
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

In het verslag word ik geciteerd met de uitspraak dat onze gemeenteraden "nauwelijks grip hebben" op de
werkorganisatie. Zo heb ik het niet gezegd en zo bedoel ik het ook niet; ik sprak over de informatievoorziening
aan de raden. Ik verzoek u het verslag op dit punt te corrigeren, nu het openbaar op de website staat.

""" + ANNEKE_SIG,
    },
    {
        "id": "h26-other-33", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "apple", "sender": PIET,
        "body": """
link naar het verslag doet het niet, krijg een foutmelding. kunnen jullie het als pdf sturen

piet

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h26-other-34", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "outlook-en", "sender": MICHAEL,
        "body": """
Dear Stan, dear Melanie,

Sorry again that I missed it in the end. I have read the report with great interest - the part on keeping
the local identity of each municipality visible is very recognisable. Thank you both for all the effort, and
for making a non-Dutch speaker feel so welcome in the network.

Kind regards,

""" + MICHAEL_SIG,
    },
    {
        "id": "h26-other-35", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "outlook-lijn", "sender": "Pim Oosterveld <p.oosterveld@amstelgouw.nl>",
        "body": """
Dank voor de inspirerende middag! Fijn om te merken dat we overal met dezelfde vragen zitten.

Pim
""",
    },
    {
        "id": "h26-other-36", "kind": "other", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "outlook-nl", "sender": "Gert Veldhuis <g.veldhuis@westerkogge.nl>",
        "body": """
Zie bijlage.

Gert Veldhuis
""",
    },
    {
        "id": "h26-unsub-12", "kind": "unsubscribe", "thread": "call_for_themes", "quoted": "vervolg_atelier",
        "quote": "gmail", "sender": "Jacqueline Meijer <j.meijer@venenland.nl>",
        "body": """
Beste Stan en Melanie,

Mooi atelier, maar het was mijn laatste: per 1 januari ga ik aan de slag bij het Rijk. Willen jullie mij
uitschrijven? Wie mij opvolgt is nog niet bekend.

Hartelijke groet,
Jacqueline Meijer
""",
    },
    {
        "id": "h26-unsub-13", "kind": "unsubscribe", "erase": True, "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": "Robbert Zegers <r.zegers@kaagwater.nl>",
        "body": """
Goedemiddag,

Ik heb afscheid genomen van de werkorganisatie en wil niets meer van het netwerk ontvangen. Verwijdert u
alstublieft ook mijn naam, adres en andere gegevens uit uw administratie.

R. Zegers
""",
    },
    {
        "id": "h26-unsub-14", "kind": "unsubscribe", "sender": MICHAEL, "subject": "Handing over my membership",
        "body": """
Dear Stan, dear Melanie,

My interim assignment at Kromme Rijn Oost ends on 30 November. My permanent successor, Judith Ploeg, starts on
1 December and would like to take over my place in the network. Her address is j.ploeg@krommerijnoost.nl.

It has been a pleasure. Kind regards,

""" + MICHAEL_SIG,
    },
    {
        "id": "h26-conf-09", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "gmail", "sender": "Judith Ploeg <j.ploeg@krommerijnoost.nl>",
        "body": """
Goedemorgen, dit adres is van mij en ik doe graag mee. Michael heeft me al veel over het netwerk verteld.

Judith Ploeg
""",
    },
    {
        "id": "h26-auto-21", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Maarten Post <m.post@beemsterwaard.nl>", "subject": "Automatisch antwoord: " + VERVOLG,
        "headers": AUTO,
        "body": """
Deze week ben ik afwezig in verband met een studiereis. Vanaf maandag 8 november ben ik weer bereikbaar.
In dringende gevallen kunt u contact opnemen met mijn secretariaat, 0299 - 45 21 00.

Maarten Post
""",
    },
    {
        "id": "h26-auto-22", "kind": "autoreply", "thread": "call_for_themes", "sender": BAS,
        "subject": "Re: " + VERVOLG, "headers": AUTO,
        "body": """
Ik ben afwezig tot 15 november. Uw bericht wordt niet doorgestuurd.

Bas van Rijckevorsel
""",
    },
    # ------------------------------------------------------------------------------------------------------------
    # December: thank-yous, the last leaves of the year, the Christmas out-of-office.
    # ------------------------------------------------------------------------------------------------------------
    {
        "id": "h26-unsub-15", "kind": "unsubscribe", "sender": PIET, "subject": "netwerk",
        "body": """
haal me maar van de lijst, ik stop per 1 februari bij de werkorganisatie. wie me opvolgt weet ik nog niet.
bedankt voor alles

gr piet

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h26-sub-09", "kind": "subscribe", "sender": "Laura Brandhorst <laura.brandhorst@outlook.com>",
        "subject": "Aanmelding netwerk directeuren",
        "body": """
Beste secretariaat,

Per 1 januari word ik directeur van Werkorganisatie Duinkant. Ik wil me alvast aanmelden voor het netwerk, zodat
ik de oproep voor het voorjaarsatelier niet mis. Voorlopig graag op dit privéadres; mijn werkadres geef ik in
januari door.

Met vriendelijke groet,
Laura Brandhorst
""",
    },
    {
        "id": "h26-conf-10", "kind": "confirm", "thread": "confirmation", "quoted": "bevestiging_aanmelding",
        "quote": "gmail", "sender": "Sanne Derks <sanne.derks1974@gmail.com>",
        "body": """
Bevestigd!

Sanne
""",
    },
    {
        "id": "h26-other-37", "kind": "other", "sender": "Sevda Kaya <s.kaya@westerkogge.nl>",
        "subject": "Volgend atelier",
        "body": """
Goedemiddag,

Ik ben sinds kort lid van het netwerk, als opvolger van Hanneke Zwart. Weten jullie al wanneer het volgende
atelier is? Dan zet ik de datum vast in mijn agenda.

Met vriendelijke groet,
Sevda Kaya
""",
    },
    {
        "id": "h26-auto-23", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Bouchra Ait Taleb <b.aittaleb@oostmeer.nl>",
        "subject": "Automatisch antwoord: " + BEDANKT, "headers": AUTO_MS,
        "body": """
Vanwege de feestdagen ben ik afwezig tot en met vrijdag 31 december. Vanaf maandag 3 januari 2028 lees ik mijn
e-mail weer. Fijne feestdagen!

Bouchra Ait Taleb
""",
    },
    {
        "id": "h26-auto-24", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Gerben Altena <g.altena@kaagwater.nl>", "subject": "Afwezig: " + VERVOLG,
        "body": """
Tot en met vrijdag 12 november ben ik met verlof. Uw bericht lees ik na terugkomst.

Gerben Altena
""",
    },
    {
        "id": "h26-other-39", "kind": "other", "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Laura Brandhorst <laura.brandhorst@outlook.com>",
        "body": """
Dank voor het welkom! Mag ik nu mijn nieuwe werkadres al doorgeven? Vanaf januari is dat
l.brandhorst@duinkant.nl. Wilt u de berichten vanaf dan daarheen sturen?

Laura Brandhorst
""",
    },
]
