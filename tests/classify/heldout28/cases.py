"""Held-out set 28: one calendar year (2028) in the mailbox info@ambtelijkefusie.nl.

Never tuned on. Written independently, in the writer's own words, to measure only.

The year, in the order the mail arrives. The network here is made of werkorganisaties and ambtelijke
fusieorganisaties in Groningen, Friesland and Drenthe (all organisation names and domains are invented).

- January: the call for themes for the spring atelier [atelier:2028-1] (sent Monday 10 January, deadline Friday
  4 February), answers with topics, thank-you mails for suggestions and answers to those; sign-ups and
  confirmations of new directors.
- February/March: the invitation (sent Monday 21 February) for "Eén organisatie, drie raden" on Thursday 23 March
  2028, Provinciehuis Drenthe, Assen; RSVPs, a substitute, the waiting list, the reminder (Monday 20 March),
  questions about parking and diet; after the atelier the follow-up mail with topics for the autumn, thanks, a
  journalist.
- April to August: a student, a supplier, an invoice, AVG requests (erasure and inspection), Adviesraad
  applications, hand-overs to successors (new job, retirement), a fusion that ends (ontvlechting), the call for
  themes for the autumn atelier [atelier:2028-2] (sent Monday 19 June, deadline Friday 1 September), holidays.
- September to November: the invitation (Tuesday 12 September) for "Wendbaar organiseren in krappe tijden" on
  Thursday 12 October 2028 in Leeuwarden; the atelier is CANCELLED on Tuesday 3 October and MOVED (change mail,
  Tuesday 10 October) to Thursday 16 November 2028, Fries Museum, Leeuwarden; answers to the cancellation and to the
  new date, the reminder (Monday 13 November), the follow-up (Tuesday 21 November).
- December: leaves, an erasure, a new werkorganisatie that starts in 2029, an invoice from the caterer, seasons
  greetings, a mailbox that is no longer in use.

Recurring writers keep their client, quote style, register and signature all year: Sjoerd Hoekstra (Frisian
greetings, Outlook), Iris Bolhuis (iPad, Apple Mail), Gerrit Mulder (answers inline between our quoted lines),
Hendrik Oosting (Lotus Notes, both Notes quote styles, disclaimer), Annemiek Dijkstra (management assistant writing
for two directors), Wouter Brink (English Outlook; changes his answer twice), Margriet Zijlstra (long stories,
Outlook with a line), Richard Okafor (interim director, writes English), Jolanda Kramer (GroupWise), Bert
Schuiling (private ziggo address), Femke van der Veen (gmail, lowercase), Klaas Wiersma (kpnmail, complains about
the amount of mail, later leaves), Anouk Postma (outlook.com), Harm Bakker (a responder that pastes our mail
without markers), Tineke Hofstra (out-of-office replies) and Marco Smit (answers above the forward of his
secretary, so the thread is unknown).

The quoted mails are the fixed snapshot of tests/classify/quoted_mails.json (their dates say 2027); the writer's
own text says 2028. Subjects of replies are our subject with "RE:" unless the client writes something else.

Conventions relied on (copied from the dataset brief):
- Joining, by the person themself: `subscribe`. A request to sign up one named colleague WITH that colleague's
  e-mail address: `subscribe` too. Without the colleague's address, or several people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`. A denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion`; a reply that only
  says whether the writer comes is an `rsvp`; a proposal about the form of the ateliers (day, venue, length,
  online) is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: `other`.
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.
- `thread` is None for a new mail, a forward, or a client that dropped the reply headers.
- Themes: the theme(s) of what the writer proposes, not of words used in passing; two only where the topic clearly
  spans both.

Readings of this set (not in the brief, applied as the secretariat would):
- The assistant who answers in reply to our reminder, sent to the director she works for, gives an `rsvp`, as she
  would under the invitation.
- "lid blijven" under our confirmation of a leave, as that mail asks, is a renewed sign-up: `subscribe`.
- Out-of-office replies, bounces, a read receipt and a ticket system's acknowledgement are all `autoreply`, with or
  without auto headers.
"""

from __future__ import annotations

from typing import Any

SJOERD = "Sjoerd Hoekstra <s.hoekstra@marrewald.frl>"
SJOERD_SIG = """Mei freonlike groetnis,

Sjoerd Hoekstra
direkteur Werkorganisaasje Marrewâld
06 - 12 44 80 17"""

IRIS = "Iris Bolhuis <i.bolhuis@hunzedal.nl>"
IPAD = "Verstuurd vanaf mijn iPad"

GERRIT = "Gerrit Mulder <g.mulder@zuidenveld.nl>"
GERRIT_SIG = """--
Gerrit Mulder
directeur Ambtelijke fusieorganisatie Zuidenveld
0528 - 37 60 00"""

HENDRIK = "Hendrik J Oosting <hendrik.oosting@ommelanderkust.nl>"
HENDRIK_SIG = """Met vriendelijke groet,

H.J. (Hendrik) Oosting
Gemeentesecretaris / algemeen directeur
Werkorganisatie Ommelander Kust
Postbus 30, 9980 AA  Uithuizen
T (0595) 43 75 00

-----------------------------------------------------------------------------
Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u
verzocht de inhoud niet te gebruiken en de afzender direct te informeren. Werkorganisatie Ommelander Kust
aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit het gebruik van e-mail.
-----------------------------------------------------------------------------"""

ANNEMIEK = "Annemiek Dijkstra <a.dijkstra@werkorganisatie-reitdiep.nl>"
ANNEMIEK_SIG = """Met vriendelijke groet,

Annemiek Dijkstra
Managementassistent directie
(namens J.W. Veenstra en S. Kuipers, directie Werkorganisatie Reitdiep)
Werkorganisatie Reitdiep | 050 - 30 21 800"""
ANNEMIEK_SIG_NEW = ANNEMIEK_SIG.replace("J.W. Veenstra", "R. Kok")

WOUTER = "Wouter Brink <w.brink@oostermoer.nl>"
WOUTER_SIG = """Groet,
Wouter Brink
Directeur Werkorganisatie Oostermoer"""

MARGRIET = "Margriet Zijlstra <m.zijlstra@lauwersland.nl>"
MARGRIET_SIG = """Hartelijke groet,

Margriet Zijlstra
Algemeen directeur Werkorganisatie Lauwersland
T 0519 - 29 11 00 | m.zijlstra@lauwersland.nl"""

RICHARD = "Richard Okafor <richard.okafor@dollardpoort.nl>"
RICHARD_SIG = """Richard Okafor
Interim Director | Werkorganisatie Dollardpoort"""

JOLANDA = "Jolanda Kramer <J.Kramer@grenswolde.nl>"
JOLANDA_SIG = """Met vriendelijke groet,

Jolanda Kramer
directeur Werkorganisatie Grenswolde
gemeente Grenswolde | Postbus 5 | 9550 AA Grenswolde
tel. 0597 - 61 75 55"""

BERT = "Bert Schuiling <bert.schuiling@ziggo.nl>"
FEMKE = "Femke van der Veen <femkevdveen@gmail.com>"
KLAAS = "K. Wiersma <k.wiersma@kpnmail.nl>"
ANOUK = "Anouk Postma <anouk.postma@outlook.com>"
ANOUK_SIG = """Hartelijke groeten,
Anouk Postma
Directeur Werkorganisatie De Drie Venen"""

HARM = "Harm Bakker <h.bakker@eeldersmeer.nl>"
HARM_SIG = """Vriendelijke groet,

Harm Bakker
directeur Werkorganisatie Eeldersmeer
gemeente Eeldersmeer | Raadhuisplein 1 | 9461 AA Eeldersmeer"""

TINEKE = "Tineke Hofstra <t.hofstra@sudwesthoek.nl>"
TINEKE_SIG = """Vriendelijke groet,
Tineke Hofstra
Directeur Bedrijfsvoering | Werkorganisatie Súdwesthoek"""

MARCO = "Marco Smit <m.smit@hondsrug-oost.nl>"
MARCO_SIG = """Marco Smit
Algemeen directeur
Werkorganisatie Hondsrug-Oost"""

CALL1 = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 23 maart 2028 [atelier:2028-1]"
INV1 = "Uitnodiging Leer- en inspireer-atelier 23 maart 2028: Eén organisatie, drie raden [atelier:2028-1]"
REM1 = "Herinnering: Leer- en inspireer-atelier donderdag 23 maart 2028 [atelier:2028-1]"
CALL2 = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 12 oktober 2028 [atelier:2028-2]"
INV2 = "Uitnodiging Leer- en inspireer-atelier 12 oktober 2028: Wendbaar organiseren in krappe tijden [atelier:2028-2]"
ANN2 = "Geannuleerd: Leer- en inspireer-atelier 12 oktober 2028 [atelier:2028-2]"
CHG2 = "Gewijzigd: Leer- en inspireer-atelier 12 oktober 2028 [atelier:2028-2]"
REM2 = "Herinnering: Leer- en inspireer-atelier donderdag 16 november 2028 [atelier:2028-2]"
THANKS2 = "Dank voor uw themasuggestie [atelier:2028-2]"

AUTO = {"Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ January: call for themes, spring atelier
    {
        "id": "h28-jan-01", "kind": "autoreply", "sender": TINEKE, "thread": "call_for_themes",
        "subject": "Automatisch antwoord: " + CALL1,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """
Dank voor uw bericht. Ik ben tot en met maandag 17 januari afwezig en lees mijn mail niet.
Voor dringende zaken kunt u bellen met het directiesecretariaat van Werkorganisatie Súdwesthoek, 0515 - 48 90 00.

Met vriendelijke groet,
Tineke Hofstra
Directeur Bedrijfsvoering | Werkorganisatie Súdwesthoek
""",
    },
    {
        "id": "h28-jan-02", "kind": "suggestion", "themes": ["samenwerking"], "sender": SJOERD,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """
Goeie Stan en Melanie,

Tige tank foar de oprop. Een onderwerp dat bij ons al maanden op tafel ligt: hoe houd je drie gemeenteraden
tegelijk aangehaakt als de werkorganisatie één koers vaart? De ene raad wil maandelijks bijgepraat worden, de andere
vindt dat wij ons nergens mee moeten bemoeien. Ik ben benieuwd hoe collega's de verhouding met de deelnemende
gemeenten onderhouden, bijvoorbeeld met een gezamenlijke raadsbijeenkomst of een vaste raadsrapporteur.

""" + SJOERD_SIG,
    },
    {
        "id": "h28-jan-03", "kind": "suggestion", "themes": ["organisatie"], "sender": MARGRIET,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """
Beste Stan, beste Melanie,

Vorige week nam ik afscheid van Thijs, een beleidsmedewerker van 27 die drie jaar geleden bij ons binnenkwam als
trainee. Hij was goed, hij was geliefd, en hij vertrok naar een adviesbureau in Zwolle dat hem een leaseauto en een
rooster bood dat wij niet kunnen evenaren. Het was de vierde jonge collega dit jaar. Op de terugweg van de
afscheidsborrel heb ik in de auto zitten tellen: van de vijftien trainees die we sinds de fusie hebben aangenomen,
werken er nog zes bij Lauwersland.

Dat brengt me bij mijn onderwerp voor het atelier: hoe houden we jong talent vast in een werkorganisatie die ver
van de Randstad ligt en die in salaris niet kan concurreren? Ik denk aan loopbaanpaden over de grenzen van de eigen
organisatie heen, aan een talentenpool met andere werkorganisaties in het Noorden, en eerlijk gezegd ook aan de
vraag of onze formatieplanning nog klopt als mensen gemiddeld maar drie jaar blijven.

Ik weet dat het geen nieuw thema is, maar ik heb het nog nooit echt met collega-directeuren uitgediept. Mijn MT zal
me dankbaar zijn als ik met een paar ideeën terugkom.

""" + MARGRIET_SIG,
    },
    {
        "id": "h28-jan-04", "kind": "suggestion", "themes": ["dienstverlening"], "sender": IRIS,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "body": """
Hoi Stan,

Mijn onderwerp: servicepunten in de dorpen. Houden we die open, of gaan we helemaal digitaal met huisbezoek voor
wie dat nodig heeft? Inwoners van Gasselte en Eext vragen er nu al naar.

Groet, Iris

""" + IPAD,
    },
    {
        "id": "h28-jan-05", "kind": "suggestion", "themes": ["organisatie"], "sender": HENDRIK,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "body": """
Geachte heer Van de Laar, beste Stan,

Graag draag ik het volgende onderwerp aan voor het atelier in maart.

Het samenvoegen van drie zaaksystemen tot één. Wij zitten midden in die migratie en lopen aan tegen de
archiefwetgeving, de koppelingen met de basisregistraties en de vraag wie eigenaar is van welk proces. Ik ben
benieuwd hoe andere fusieorganisaties dit hebben aangepakt en wat zij achteraf anders zouden doen.

""" + HENDRIK_SIG,
    },
    {
        "id": "h28-jan-06", "kind": "suggestion", "themes": ["strategie"],
        "sender": "Leo Dekker <l.dekker@kopvandrenthe.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """
Beste secretariaat,

Mijn voorstel: na de raadsverkiezingen van 2026 liggen er nieuwe coalitieakkoorden, elk met een eigen lijstje
ambities. Hoe vertaal je die naar één meerjarige organisatieagenda voor de werkorganisatie, met keuzes die je
bestuurlijk kunt uitleggen? Ik hoor graag hoe anderen hun strategische agenda daarop hebben ingericht.

Met vriendelijke groet,
Leo Dekker
Algemeen directeur
Werkorganisatie Kop van Drenthe
""",
    },
    {
        "id": "h28-jan-07", "kind": "suggestion", "themes": ["dienstverlening"], "sender": FEMKE,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "body": """
hoi stan en melanie,

idee voor maart: begrijpelijke brieven. wij sturen nog steeds beschikkingen die geen inwoner snapt, en het kcc
krijgt daar de telefoontjes van. wie heeft al een taalproject gedaan dat echt iets opleverde (minder bellers,
minder bezwaren)?

groetjes,
femke

--
Femke van der Veen
directeur Werkorganisatie Wadkust
""",
    },
    {
        "id": "h28-jan-08", "kind": "suggestion", "themes": ["organisatie"], "sender": GERRIT,
        "thread": "call_for_themes", "subject": "Re: " + CALL1,
        "body": """
Op 10-01-2028 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties:
> Beste Gerrit Mulder,
>
> Op donderdag 23 maart 2028 organiseren wij het volgende Leer- en inspireer-atelier: een
> interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie opdoet.
>
> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;
> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie in de
> regio;
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;

Deze. Concreet: hoe zetten we generatieve AI verantwoord in bij het schrijven van raadsvoorstellen, notities en
interne stukken? Medewerkers doen het al op eigen houtje, beleid hebben we nog niet.

> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van
> prestaties.
>
> Beantwoord deze e-mail met uw onderwerpen, graag vóór 4 februari 2028.

""" + GERRIT_SIG,
    },
    {
        "id": "h28-jan-09", "kind": "subscribe", "sender": "Petra Scholten <p.scholten@aa-veen.nl>",
        "subject": "Aanmelding netwerk",
        "body": """
Aanmelding Netwerk van directeuren van ambtelijke fusieorganisaties

Naam:          Petra Scholten
Functie:       algemeen directeur
Organisatie:   Werkorganisatie Aa-Veen (gemeenten Aa-Veen, Gieterveen en Annerhoek)
E-mailadres:   p.scholten@aa-veen.nl
Telefoon:      0592 - 26 70 30
Opmerking:     per 1 januari 2028 in functie; via Iris Bolhuis op het netwerk gewezen

Met vriendelijke groet,
Petra Scholten
""",
    },
    {
        "id": "h28-jan-10", "kind": "confirm", "sender": "Petra Scholten <p.scholten@aa-veen.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """
Ja, hierbij bevestigd.

Petra Scholten
""",
    },
    {
        "id": "h28-jan-11", "kind": "other", "sender": KLAAS, "thread": "call_for_themes", "quote": "none",
        "subject": "RE: " + CALL1,
        "body": """
Goedemiddag,

Sinds december kreeg ik van u een uitnodiging voor de nieuwjaarsbijeenkomst, een verslag, een nieuwsbrief en nu
weer een oproep. Voor een netwerk waar je vrijwillig lid van bent is dat wel erg veel. Kan het wat minder?
Eén bericht per kwartaal lijkt mij ruim voldoende.

K. Wiersma
""",
    },
    {
        "id": "h28-jan-12", "kind": "subscribe", "sender": RICHARD, "subject": "Joining the network",
        "body": """
Dear Sir/Madam,

As of this month I am the interim director of Werkorganisatie Dollardpoort, for a period of at least nine months.
My predecessor recommended your network to me, and I would like to become a member. My address is
richard.okafor@dollardpoort.nl.

I read Dutch reasonably well but write it slowly, so please forgive me for writing in English.

Kind regards,

""" + RICHARD_SIG,
    },
    {
        "id": "h28-jan-13", "kind": "confirm", "sender": RICHARD,
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "body": """
Confirmed - thank you.

""" + RICHARD_SIG,
    },
    {
        "id": "h28-jan-14", "kind": "suggestion", "themes": ["organisatie"], "sender": RICHARD,
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-en",
        "body": """
Thank you for the warm welcome.

Since you ask: a topic I would like to discuss is how werkorganisaties deal with interim management. Many of us
rely on interim directors and managers, and I can see how much knowledge walks out of the door when we leave. How
do you organise the handover and keep the organisation steady when the top keeps changing?

Best regards,

""" + RICHARD_SIG,
    },
    {
        "id": "h28-jan-15", "kind": "suggestion", "themes": ["organisatie"], "sender": ANOUK,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """
Hallo Stan,

Sinds corona werken onze mensen gemiddeld twee dagen thuis. De productiviteit is prima, maar de verbinding tussen
de teams uit de drie oude gemeentehuizen is nooit echt ontstaan. Ik zou graag een gesprek voeren over
organisatiecultuur en hybride werken: hoe bouw je aan één organisatie als mensen elkaar nauwelijks zien?

""" + ANOUK_SIG,
    },
    {
        "id": "h28-jan-16", "kind": "suggestion", "themes": ["samenwerking"], "sender": HARM,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "body": """
Beste Stan en Melanie,

Als onderwerp stel ik voor: de positie van de kleinere werkorganisaties in de regio Groningen-Assen. De grote
gemeenten bepalen vaak de regionale agenda, terwijl onze drie gemeenten samen net zoveel inwoners hebben als
een middelgrote stad. Hoe zorgen we ervoor dat we als samenwerkende gemeenten met één stem spreken?

""" + HARM_SIG,
    },
    {
        "id": "h28-jan-17", "kind": "rsvp", "attending": True,
        "sender": "Geertje Lanting <g.lanting@woldenreest.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "body": """
Dag Stan,

Een onderwerp heb ik op dit moment niet, maar 23 maart heb ik alvast geblokt: ik ben erbij.

Groet,
Geertje Lanting
Werkorganisatie Wolden-Reest
""",
    },
    {
        "id": "h28-jan-18", "kind": "suggestion", "themes": ["organisatie"],
        "sender": "Gea Boersma <g.boersma@noorderveld.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """
Sturen op resultaten in plaats van op uren: hoe richt je de planning- en controlcyclus van een werkorganisatie
daarop in?

Gea Boersma
Directeur | Werkorganisatie Noorderveld
""",
    },
    # ------------------------------------------------------------------ February: last topics, the invitation
    {
        "id": "h28-feb-01", "kind": "suggestion", "themes": ["dienstverlening"], "sender": JOLANDA,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "subject": "Antw: " + CALL1,
        "body": """
Goedemorgen,

Nog net voor de deadline. Wij bouwen aan een dashboard waarop de colleges elk kwartaal zien hoe het staat met de
afhandeltermijnen, de tevredenheid aan de balie en het aantal klachten. Ik zou graag met collega's bespreken
welke prestatie-indicatoren voor dienstverlening echt iets zeggen, en welke alleen papier opleveren.

""" + JOLANDA_SIG,
    },
    {
        "id": "h28-feb-02", "kind": "suggestion", "themes": ["organisatie"], "sender": SJOERD,
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "body": """
Goeie,

Noch ien ding dat ik vergat: de begroting. Na de kortingen van het Rijk moeten wij in 2029 ruim twee miljoen
structureel vinden, en de werkorganisatie is voor alle drie de gemeenten de grootste kostenpost. Hoe ga je om met
een taakstelling op de formatie zonder de organisatie kapot te bezuinigen? Graag als tweede onderwerp erbij.

""" + SJOERD_SIG,
    },
    {
        "id": "h28-feb-03", "kind": "suggestion", "themes": ["strategie"], "sender": MARCO,
        "thread": None, "quoted": "oproep_themas", "quote": "doorgestuurd",
        "subject": "RE: FW: " + CALL1,
        "body": """
Stan,

Onderwerp van mijn kant: waar staat Hondsrug-Oost over tien jaar? We zijn in 2018 begonnen als 'tussenstap', maar
niemand durft hardop te zeggen waar die stap naartoe leidt. Ik zoek collega's die een toekomstvisie voor hun
organisatie hebben opgesteld en daar hun bestuur in mee hebben gekregen.

""" + MARCO_SIG,
    },
    {
        "id": "h28-feb-04", "kind": "other", "sender": "Ruurd Kingma <r.kingma@dongeradiel.frl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """
Beste Stan en Melanie,

Geen inhoudelijk thema, wel een verzoek over de opzet. Wilt u overwegen het atelier voortaan om 13.00 uur te laten
beginnen en om 16.00 uur af te ronden? Voor wie uit het noorden van Friesland komt, betekent 17.30 uur in Assen dat
je pas tegen half acht thuis bent. Een online deel zou ook schelen.

Groet,
Ruurd Kingma
Werkorganisatie Dongeradiel
""",
    },
    {
        "id": "h28-feb-05", "kind": "other", "sender": "Hilda Nijboer <hilda.nijboer@ziggo.nl>",
        "subject": "Inzageverzoek AVG",
        "body": """
Geacht secretariaat,

Op grond van artikel 15 van de AVG verzoek ik u mij te laten weten welke persoonsgegevens u van mij verwerkt, met
welk doel, van wie u die gegevens hebt gekregen en hoe lang u ze bewaart. Tot vorig jaar was ik directeur van
Werkorganisatie Zuiderpolder en ontving ik uw uitnodigingen op mijn werkadres.

Ik zie uw antwoord binnen de wettelijke termijn van een maand graag tegemoet.

Met vriendelijke groet,
H. Nijboer
""",
    },
    {
        "id": "h28-feb-06", "kind": "subscribe", "sender": "Dirk Jan Boven <dj.boven@westerbork-midden.nl>",
        "subject": "aanmelden",
        "body": (
            "Graag aanmelden voor het directeurennetwerk, ik ben sinds 1 februari directeur van Werkorganisatie "
            "Westerbork-Midden. Dirk Jan Boven"
        ),
    },
    {
        "id": "h28-feb-07", "kind": "confirm", "sender": "Dirk Jan Boven <dj.boven@westerbork-midden.nl>",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "gmail",
        "body": """
Sorry, over het hoofd gezien. Bij dezen alsnog bevestigd.

DJ Boven
""",
    },
    {
        "id": "h28-feb-08", "kind": "rsvp", "attending": True, "sender": IRIS,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "body": """
Ik kom! Zet me er maar op.

Iris

""" + IPAD,
    },
    {
        "id": "h28-feb-09", "kind": "rsvp", "attending": True, "sender": ANNEMIEK,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Geachte heer Van de Laar,

Namens de heer J.W. Veenstra laat ik u weten dat hij graag aanwezig is bij het atelier op 23 maart. Ik heb de
afspraak in zijn agenda gezet.

""" + ANNEMIEK_SIG,
    },
    {
        "id": "h28-feb-10", "kind": "rsvp", "attending": True, "sender": WOUTER,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "body": """
Hallo Stan,

Ja, ik kom. Ik neem onze concerncontroller Erik Hazenberg mee, dus we zijn met z'n tweeën.

""" + WOUTER_SIG,
    },
    {
        "id": "h28-feb-11", "kind": "rsvp", "attending": False, "sender": HENDRIK,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "body": """
Geachte heer Van de Laar,

Tot mijn spijt moet ik mij afmelden voor het atelier van 23 maart. Die avond behandelt de raad van Ommelander Kust
de kadernota, en 's middags word ik al bij het vooroverleg met de fractievoorzitters verwacht.

""" + HENDRIK_SIG,
    },
    {
        "id": "h28-feb-12", "kind": "autoreply", "sender": "Sanne Wolters <s.wolters@zuidoosthoek.nl>",
        "thread": "invitation", "subject": "Automatic reply: " + INV1,
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": """
Thank you for your email. I am attending a conference in Lisbon and will be back in the office on Monday
28 February. I have limited access to email in the meantime.

For urgent matters please contact my office manager, Ria Boer (r.boer@zuidoosthoek.nl).

Sanne Wolters
""",
    },
    {
        "id": "h28-feb-13", "kind": "rsvp", "attending": True, "sender": GERRIT,
        "thread": "invitation", "subject": "Re: " + INV1,
        "body": """
Op 21-02-2028 om 10:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties:
> Beste Gerrit Mulder,
>
> Graag nodigen wij u uit voor het Leer- en inspireer-atelier "Eén organisatie, drie raden": een interactieve
> sessie over een gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten deelt en
> inspiratie opdoet.
>
> Wanneer: donderdag 23 maart 2028, 14.00 tot 17.30 uur
> Thema:   Samenwerking
> Waar:    Provinciehuis Drenthe, Westerbrink 1, Assen

Prima, Assen is voor mij om de hoek.

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

ja, ik kom. Alleen ikzelf.

> Met vriendelijke groet,
>
> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl
> Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl

""" + GERRIT_SIG,
    },
    {
        "id": "h28-feb-14", "kind": "rsvp", "attending": True, "sender": FEMKE,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": """
ja ik kom, tot de 23e!

f.
""",
    },
    {
        "id": "h28-feb-15", "kind": "rsvp", "attending": False, "sender": SJOERD,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Goeie Stan,

Spitich: op 23 maart zit ik bij de provincie voor het overleg over de regiodeal. In mijn plaats komt onze
adjunct-directeur Wiebe de Boer, w.deboer@marrewald.frl. Hij kijkt er nu al naar uit.

""" + SJOERD_SIG,
    },
    {
        "id": "h28-feb-16", "kind": "rsvp", "attending": False,
        "sender": "Jannie Haveman <j.haveman@demarne-wo.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Beste Stan en Melanie,

Helaas, ik kan er niet bij zijn. Die donderdag hebben we onze jaarlijkse heidag met het MT, en die staat al een
half jaar vast. Het verslag lees ik graag.

Met vriendelijke groet,
Jannie Haveman
directeur Werkorganisatie De Marne
""",
    },
    {
        "id": "h28-feb-17", "kind": "rsvp", "attending": True, "sender": TINEKE,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Beste Melanie,

Graag meld ik me aan voor 23 maart.

""" + TINEKE_SIG,
    },
    {
        "id": "h28-feb-18", "kind": "other", "sender": "Froukje Terpstra <f.terpstra@achterkwartier.frl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Beste Stan,

Ik rijd op 23 maart vanuit Dokkum naar Assen. Kan ik bij het Provinciehuis parkeren, en moet ik me dan ergens
melden voor een uitrijkaart? Of kan ik beter bij het station parkeren en het laatste stuk lopen?

Groet,
Froukje Terpstra
Werkorganisatie It Achterkwartier
""",
    },
    {
        "id": "h28-feb-19", "kind": "other", "sender": "Jeroen Smeenge <j.smeenge@noorderveld.nl>",
        "subject": "Dieetwens atelier 23 maart",
        "body": """
Goedemiddag,

Vorige week heb ik me aangemeld voor het atelier. Wilt u er bij de catering rekening mee houden dat ik glutenvrij
eet? Bij de vorige bijeenkomst bleef er voor mij alleen een appel over.

Met vriendelijke groet,
Jeroen Smeenge
adjunct-directeur Werkorganisatie Noorderveld
""",
    },
    {
        "id": "h28-feb-20", "kind": "autoreply",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.zuiderpolder.nl>",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied", "X-Failed-Recipients": "a.vos@zuiderpolder.nl"},
        "body": """
This is the mail system at host mx1.zuiderpolder.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<a.vos@zuiderpolder.nl>: host mx1.zuiderpolder.nl[private/dovecot-lmtp] said:
    550 5.1.1 <a.vos@zuiderpolder.nl> User doesn't exist: a.vos@zuiderpolder.nl
    (in reply to RCPT TO command)
""",
    },
    # ------------------------------------------------------------------ March: reminder, atelier in Assen, follow-up
    {
        "id": "h28-mar-01", "kind": "rsvp", "attending": True, "sender": MARGRIET,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": """
Beste Stan,

Natuurlijk kom ik. Het atelier van vorig jaar in Groningen zit nog steeds in mijn hoofd: het gesprek aan de
statafel met de collega uit Zuidoost-Drenthe over hun raadsrapporteurs heeft bij ons direct tot een proef geleid.
Als het onderwerp dit keer 'één organisatie, drie raden' is, dan zit ik vooraan. Ik kom alleen; mijn
plaatsvervanger houdt die middag de winkel open.

""" + MARGRIET_SIG,
    },
    {
        "id": "h28-mar-02", "kind": "rsvp", "attending": True, "sender": MARCO,
        "thread": None, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "subject": "RE: FW: " + INV1,
        "body": """
Ja, ik kom.

""" + MARCO_SIG,
    },
    {
        "id": "h28-mar-03", "kind": "rsvp", "attending": False, "sender": HARM,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "body": """
Beste Melanie,

Op 23 maart ben ik helaas verhinderd; dan zit ik met de drie burgemeesters om tafel over de regionale agenda.
Volgende keer beter!

""" + HARM_SIG,
    },
    {
        "id": "h28-mar-04", "kind": "rsvp", "attending": True, "sender": JOLANDA,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "subject": "Antw: " + INV1,
        "body": """
Beste Stan,

Ik kom graag, met één gast: mijn collega Pieter Wubs, concernstrateeg. Dus twee personen.

""" + JOLANDA_SIG,
    },
    {
        "id": "h28-mar-05", "kind": "rsvp", "attending": False, "sender": ANOUK,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": """
Hoi Melanie,

Ik moet 23 maart helaas overslaan: die middag voeren we de eindgesprekken voor een nieuwe concerncontroller.
Als mijn onderwerp over hybride werken ooit op het programma komt, ben ik er zeker bij.

Groet,
Anouk
""",
    },
    {
        "id": "h28-mar-06", "kind": "rsvp", "attending": False, "sender": "Evert Drenth <e.drenth@wovkn.nl>",
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "body": """
Dag Stan,

Laat die wachtlijst maar zitten. Inmiddels is er voor die middag een extra collegevergadering gepland, dus ook als
er een plek vrijkomt kan ik niet.

Evert Drenth
Werkorganisatie Veenkoloniën-Noord
""",
    },
    {
        "id": "h28-mar-07", "kind": "rsvp", "attending": True, "sender": "Wiebe de Boer <w.deboer@marrewald.frl>",
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "body": """
Beste Stan en Melanie,

Dank voor de uitnodiging. Ik kom graag in de plaats van Sjoerd; de afspraak staat in mijn agenda.

Met vriendelijke groet,
Wiebe de Boer
adjunkt-direkteur Werkorganisaasje Marrewâld
""",
    },
    {
        "id": "h28-mar-08", "kind": "rsvp", "attending": True, "sender": "Roelof Hummel <r.hummel@reiderland-wo.nl>",
        "thread": "invitation", "quote": "none",
        "subject": "Geaccepteerd: Leer- en inspireer-atelier 23 maart 2028 [atelier:2028-1]",
        "body": """
Ik ben erbij.

Roelof Hummel
""",
    },
    {
        "id": "h28-mar-09", "kind": "rsvp", "attending": False, "sender": WOUTER,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-en",
        "body": """
Stan,

Vervelend, maar ik moet afzeggen: ik lig sinds gisteren met griep op de bank. Erik Hazenberg komt dan ook niet,
hij ging alleen met mij mee. Geef onze twee plekken maar aan mensen op de wachtlijst.

""" + WOUTER_SIG,
    },
    {
        "id": "h28-mar-10", "kind": "autoreply", "sender": "Marloes Venema <m.venema@langeleeg.nl>",
        "thread": "reminder", "subject": "Afwezig / Out of office: " + REM1,
        "headers": AUTO,
        "body": """
Ik ben afwezig tot en met vrijdag 24 maart. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken: 0598 - 69 33 33.

I am out of the office until Friday 24 March. Your email will not be forwarded. For urgent matters: +31 598 69 33 33.

Marloes Venema
Directeur Werkorganisatie Langeleeg
""",
    },
    {
        "id": "h28-mar-11", "kind": "suggestion", "themes": ["dienstverlening"], "sender": SJOERD,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": """
Goeie Stan en Melanie,

Wiebe kwam enthousiast terug uit Assen, tige tank. Voor het najaar een onderwerp van mijn kant: hoe meten we of
inwoners tevreden zijn over onze dienstverlening, zonder ze elk halfjaar met een enquête te bestoken? We hebben nog
drie meetmethoden uit de oude gemeenten, en geen van drieën geeft een eerlijk beeld.

""" + SJOERD_SIG,
    },
    {
        "id": "h28-mar-12", "kind": "other", "sender": MARGRIET,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "body": """
Beste Stan en Melanie,

Wat een middag was dat. Ik reed naar huis met een notitieblok vol, en de volgende ochtend om acht uur zat mijn MT
al bij elkaar om het idee van de gezamenlijke raadsinformatieavond te bespreken. De collega van Kop van Drenthe
heeft me inmiddels ook zijn draaiboek gestuurd. Het verslag heb ik doorgestuurd naar onze drie griffiers, die er
net zo blij mee waren als ik.

Dank voor de organisatie, en mijn complimenten voor de gespreksleider.

""" + MARGRIET_SIG,
    },
    {
        "id": "h28-mar-13", "kind": "other", "sender": "Alwin Kloosterman <a.kloosterman@pekelder.nl>",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": """
Goedemiddag,

Compliment voor het atelier. Een idee voor de opzet: houd het volgende atelier eens op locatie bij een van de
werkorganisaties, met een rondleiding en een kijkje in de keuken. Dat zegt vaak meer dan een zaal in een
provinciehuis.

Met vriendelijke groet,
Alwin Kloosterman
directeur Werkorganisatie Pekelder
""",
    },
    {
        "id": "h28-mar-14", "kind": "suggestion", "themes": ["strategie"], "sender": HENDRIK,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes",
        "body": """
Geachte heer Van de Laar,

Hoewel ik er zelf niet bij kon zijn, heb ik het verslag met belangstelling gelezen. Voor het najaarsatelier stel
ik het volgende onderwerp voor.

Tien jaar na de fusie: welke koers kiezen we voor het volgende decennium? Ommelander Kust bestaat in 2029 tien jaar
en het bestuur vraagt om een nieuwe visie op de organisatie. Graag hoor ik hoe andere directeuren een dergelijke
koersbepaling hebben aangepakt.

""" + HENDRIK_SIG,
    },
    {
        "id": "h28-mar-15", "kind": "suggestion", "themes": ["dienstverlening"], "sender": IRIS,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "body": """
Top middag, dank jullie wel!

Voor de volgende keer: hoe houden we ondernemers op de hoogte van hun vergunningaanvraag? Ze bellen ons nu drie
keer per aanvraag, en de termijn van acht weken halen we lang niet altijd. Hoe monitoren anderen dat?

Iris

""" + IPAD,
    },
    {
        "id": "h28-mar-16", "kind": "other", "sender": "Marten Sikkema <m.sikkema@noordernieuwsblad.nl>",
        "subject": "Verzoek om interview over ambtelijke fusies",
        "body": """
Goedendag,

Ik ben verslaggever bij het Noorder Nieuwsblad en werk aan een artikel over de ambtelijke fusies in Groningen en
Drenthe, ruim tien jaar na de grote golf van samenwerkingen. Ik begreep dat uw netwerk afgelopen donderdag in Assen
bij elkaar kwam. Zou ik een van de adviseurs kort mogen spreken, en zijn er directeuren die openstaan voor een
interview? Mijn deadline is vrijdag 31 maart.

Met vriendelijke groet,
Marten Sikkema
verslaggever Noorder Nieuwsblad
06 - 41 22 09 86
""",
    },
    {
        "id": "h28-mar-17", "kind": "unsubscribe", "sender": "Gerda Prins <g.prins@boarnsterhim.frl>",
        "subject": "Afmelden i.v.m. pensioen",
        "body": """
Beste secretariaat,

Per 1 mei ga ik met pensioen. Wilt u mij per die datum afmelden als lid van het netwerk? Mijn opvolging is nog niet
rond; zodra er iemand benoemd is, wijs ik hem of haar op het netwerk.

Dank voor alle mooie bijeenkomsten van de afgelopen jaren.

Met vriendelijke groet,
Gerda Prins
directeur Werkorganisatie Boarnsterhim
""",
    },
    # ------------------------------------------------------------------ April and May
    {
        "id": "h28-apr-01", "kind": "other", "sender": "Lieke Jansma <l.jansma@student.rug.nl>",
        "subject": "Verzoek medewerking masterscriptie",
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Ik ben masterstudent Bestuurskunde aan de Rijksuniversiteit Groningen en schrijf mijn scriptie over de sturing van
ambtelijke fusieorganisaties: hoe verdelen directeuren hun loyaliteit over de verschillende colleges? Graag zou ik
via uw netwerk vijf tot acht directeuren interviewen (ongeveer een uur, online of op locatie). Zou u mijn oproep
onder de leden willen verspreiden, of mag ik een korte toelichting geven tijdens het volgende atelier?

Mijn begeleider is dr. M. Oosterhuis. Een korte onderzoeksopzet stuur ik u graag toe.

Met vriendelijke groet,
Lieke Jansma
""",
    },
    {
        "id": "h28-apr-02", "kind": "subscribe", "sender": GERRIT, "subject": "Aanmelding collega",
        "body": """
Goedemorgen Stan,

Onze adjunct-directeur Anita Lubbers wil ook graag lid worden van het netwerk. Haar adres is a.lubbers@zuidenveld.nl.
Wil je haar aanmelden?

""" + GERRIT_SIG,
    },
    {
        "id": "h28-apr-03", "kind": "confirm", "sender": "Anita Lubbers <a.lubbers@zuidenveld.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """
Goedemiddag, bij deze bevestig ik mijn aanmelding. Dank!

Anita Lubbers
adjunct-directeur | Ambtelijke fusieorganisatie Zuidenveld
""",
    },
    {
        "id": "h28-apr-04", "kind": "other", "sender": "Bas van Rijn <bas@procesmeesters.nl>",
        "subject": "Kennismaking: sneller en eenvoudiger werken na een ambtelijke fusie",
        "body": """
Beste secretariaat,

Graag stel ik Procesmeesters aan u voor. Wij begeleiden ambtelijke fusieorganisaties bij het harmoniseren van
werkprocessen na een fusie, met een beproefde aanpak van twaalf weken. In Overijssel en Gelderland werkten wij al
voor zes werkorganisaties.

Zou het mogelijk zijn om tijdens een van uw ateliers een korte presentatie te verzorgen? Of kunt u ons in contact
brengen met de leden? Ik bel u volgende week graag even.

Met vriendelijke groet,
Bas van Rijn
Partner | Procesmeesters
06 - 28 71 44 30 | www.procesmeesters.nl
""",
    },
    {
        "id": "h28-apr-05", "kind": "unsubscribe", "erase": True, "sender": "Jacob Zwiers <jacob.zwiers@outlook.com>",
        "subject": "Verwijdering persoonsgegevens",
        "body": """
Geachte heer, mevrouw,

Ik werk niet langer bij een werkorganisatie en wil geen berichten meer ontvangen. Ik verzoek u op grond van
artikel 17 AVG al mijn persoonsgegevens uit uw administratie te verwijderen, ook mijn oude werkadres
j.zwiers@aa-veen.nl, en mij te bevestigen dat dit is gebeurd.

Met vriendelijke groet,
J. Zwiers
""",
    },
    {
        "id": "h28-apr-06", "kind": "other", "sender": HARM, "subject": "Adviesraad",
        "body": """
Beste Stan en Melanie,

In het verslag van het atelier las ik dat er in de Adviesraad een plek vrijkomt. Ik stel me daarvoor graag
beschikbaar. Sinds 2021 ben ik directeur van Werkorganisatie Eeldersmeer; daarvoor was ik gemeentesecretaris in
Drenthe en heb ik de samenvoeging van drie ambtelijke organisaties van dichtbij meegemaakt. Wat ik zou willen
inbrengen, is het perspectief van de kleinere werkorganisaties, die vaak net andere vragen hebben dan de grote.

Hoeveel tijd wordt er van een lid van de Adviesraad verwacht?

""" + HARM_SIG,
    },
    {
        "id": "h28-apr-07", "kind": "other", "sender": ANNEMIEK, "subject": "Factuur atelier 23 maart?",
        "body": """
Geachte heer Van de Laar,

Onze crediteurenadministratie heeft een factuur ontvangen van het Provinciehuis Drenthe, Facilitaire Zaken, voor
'deelname bijeenkomst 23-03-2028', gericht aan de heer Veenstra. Ik had begrepen dat deelname aan het netwerk
kosteloos is. Kunt u nagaan of deze factuur terecht bij ons is beland? Ik stuur hem u graag door.

""" + ANNEMIEK_SIG,
    },
    {
        "id": "h28-apr-08", "kind": "unsubscribe", "sender": "Tjeerd Algra <t.algra@achterkwartier.frl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """
Ik heb me niet voor dit netwerk aangemeld, dit moet een vergissing zijn.

T. Algra
""",
    },
    {
        "id": "h28-apr-09", "kind": "other", "sender": "Wilma Kuiper <wilmakuiper71@gmail.com>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "body": """
Goedenavond,

Deze aanmelding komt niet van mij. Ik ben ook geen directeur, ik werk in de thuiszorg. Hoe komt u aan mijn
e-mailadres? Ik wil graag weten wie mij heeft opgegeven.

Wilma Kuiper
""",
    },
    {
        "id": "h28-may-01", "kind": "other", "sender": BERT, "subject": "Vraag over lidmaatschap",
        "body": """
Beste Stan,

Een vraag uit de praktijk. De gemeentesecretaris van onze buurgemeente Loppersum-Noord, die níet in een
fusieorganisatie zit, heeft veel belangstelling voor jullie ateliers. Mag zij lid worden, of is het netwerk echt
alleen voor directeuren van ambtelijke fusieorganisaties? En zo niet, mag ze een keer als gast mee?

Ik mail even vanaf thuis, ik ben deze week vrij.

Groet,
Bert Schuiling
(directeur Werkorganisatie Fivelboezem)
""",
    },
    {
        "id": "h28-may-02", "kind": "other", "sender": KLAAS, "subject": "Minder mail",
        "body": """
Goedemorgen,

Nog eens over de hoeveelheid mail. Kan ik instellen dat ik alleen de uitnodigingen voor de ateliers krijg? De
oproepen, herinneringen en verslagen lees ik toch niet. Lid blijf ik wel.

K. Wiersma
""",
    },
    {
        "id": "h28-may-03", "kind": "unsubscribe",
        "sender": "Jan-Willem Veenstra <jw.veenstra@werkorganisatie-reitdiep.nl>",
        "subject": "Overdracht lidmaatschap netwerk",
        "body": """
Beste Stan en Melanie,

Per 1 juni word ik programmadirecteur bij de provincie Groningen en vertrek ik bij Werkorganisatie Reitdiep. Mijn
plek in het netwerk gaat over naar mijn opvolger, Rianne Kok (r.kok@werkorganisatie-reitdiep.nl). Wilt u mij
afmelden en haar aanmelden?

Het ga jullie goed, en dank voor de inspirerende middagen.

Jan-Willem Veenstra
""",
    },
    {
        "id": "h28-may-04", "kind": "confirm", "sender": "Rianne Kok <r.kok@werkorganisatie-reitdiep.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """
Graag! Bevestigd.

Met vriendelijke groet,
Rianne Kok
directeur Werkorganisatie Reitdiep
""",
    },
    {
        "id": "h28-may-05", "kind": "unsubscribe", "erase": True, "sender": "Gerda Prins <gerda.prins@hetnet.nl>",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-lijn",
        "body": """
Dank voor de bevestiging. Wilt u dan ook al mijn gegevens uit uw bestand verwijderen? Ik heb ze niet meer nodig en
u ook niet, lijkt me.

Gerda Prins
""",
    },
    {
        "id": "h28-may-06", "kind": "subscribe", "sender": "Daan Visser <daan.visser@hunsingo.nl>",
        "subject": "sign up",
        "body": (
            "Hi, please sign me up for the directors' network - Daan Visser, director Werkorganisatie Hunsingo "
            "(daan.visser@hunsingo.nl)."
        ),
    },
    {
        "id": "h28-may-07", "kind": "confirm", "sender": "Daan Visser <daan.visser@hunsingo.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "apple",
        "body": """
Yes, confirmed.

Sent from my iPhone
""",
    },
    {
        "id": "h28-may-08", "kind": "autoreply", "sender": "Daan Visser <daan.visser@hunsingo.nl>",
        "thread": "welcome",
        "subject": "Afwezig: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": """
Goedendag,

Tot en met vrijdag 19 mei ben ik niet aanwezig. Na mijn terugkomst lees ik uw bericht. Voor zaken die niet kunnen
wachten kunt u terecht bij het secretariaat: secretariaat@hunsingo.nl.

Met vriendelijke groet,
Daan Visser
""",
    },
    {
        "id": "h28-may-09", "kind": "other", "sender": "Hanneke Stoter <h.stoter@veenhoop.frl>", "subject": "Verslag",
        "body": """
Dag Melanie,

Het verslag van 23 maart is echt bruikbaar. Ik heb het in ons MT besproken en we gaan aan de slag met de
raadsrapporteurs. Dank voor het mooie werk!

Groet,
Hanneke Stoter
""",
    },
    # ------------------------------------------------------------------ June: call for themes, autumn atelier
    {
        "id": "h28-jun-01", "kind": "suggestion", "themes": ["strategie"], "sender": SJOERD,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """
Goeie Stan en Melanie,

Voor oktober een onderwerp dat me bezighoudt. Onze drie colleges hebben elk een lange lijst ambities, maar de
begroting laat niet toe dat we die allemaal waarmaken. Hoe help je als directeur het bestuur om keuzes te maken in
de bestuurlijke prioriteiten, en wat laat je bewust liggen? Ik hoor graag hoe collega's zo'n gesprek voeren.

""" + SJOERD_SIG,
    },
    {
        "id": "h28-jun-02", "kind": "suggestion", "themes": ["organisatie"], "sender": ANOUK,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """
Hallo Stan en Melanie,

Mijn onderwerp voor het najaar: strategische personeelsplanning. Binnen vijf jaar gaat een kwart van onze
medewerkers met pensioen, vooral in de buitendienst en bij Burgerzaken. Wie heeft een generatiepact of een andere
regeling die echt werkt?

""" + ANOUK_SIG,
    },
    {
        "id": "h28-jun-03", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"], "sender": FEMKE,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "body": """
hoi,

voor oktober: één digitaal loket voor onze drie gemeenten. achter de schermen draaien we nog op drie websites en
twee klantsystemen (het i&a-verhaal), en aan de voorkant snapt de inwoner niet waarom hij in oosterend een ander
formulier invult dan in westerend. ik zou het graag over beide kanten hebben: de techniek en wat de inwoner ervan
merkt.

groetjes,
femke
""",
    },
    {
        "id": "h28-jun-04", "kind": "suggestion", "themes": ["samenwerking"], "sender": MARGRIET,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "body": """
Beste Stan, beste Melanie,

Ik leg het toch maar voor, al is het gevoelig. In een van onze drie gemeenten zit sinds kort een coalitie die hardop
twijfelt aan de werkorganisatie. In de laatste raadsvergadering zei een fractievoorzitter letterlijk dat 'we
vroeger met een eigen ambtenarenapparaat sneller waren'. Of dat klopt, laat ik even in het midden. Feit is dat er
een motie ligt om 'de voor- en nadelen van uittreding' te laten onderzoeken.

Mijn vraag aan collega's: hoe ga je om met een deelnemende gemeente die twijfelt aan de samenwerking? Wat doe je om
de andere twee niet te laten schrikken, hoe houd je de uittredingsregeling uit de gemeenschappelijke regeling
hanteerbaar, en wie heeft zoiets al eens meegemaakt en het tij zien keren? Ik praat er 's avonds vaker over met
mijn man dan me lief is.

""" + MARGRIET_SIG,
    },
    {
        "id": "h28-jun-05", "kind": "suggestion", "themes": ["organisatie"], "sender": HENDRIK,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes-wrote",
        "body": """
Geachte heer Van de Laar,

Voor het najaarsatelier draag ik twee onderwerpen aan:

1. Datagedreven sturen: hoe wordt managementinformatie uit drie administraties betrouwbaar?
2. Informatiebeveiliging onder de BIO2: de eisen stijgen sneller dan onze formatie.

""" + HENDRIK_SIG,
    },
    {
        "id": "h28-jun-06", "kind": "suggestion", "themes": ["dienstverlening"], "sender": GERRIT,
        "thread": "call_for_themes", "subject": "Re: " + CALL2,
        "body": """
Op 19-06-2028 om 09:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties:
> Beste Gerrit Mulder,
>
> Op donderdag 12 oktober 2028 organiseren wij het volgende Leer- en inspireer-atelier: een
> interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie opdoet.
>
> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken?

Inwonerpanels. We hebben er sinds vorig jaar een, 600 inwoners uit de vier kernen, en we gebruiken het vooral om
te toetsen hoe mensen onze dienstverlening ervaren. Benieuwd wie dat nog meer doet en wat het oplevert.

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 1 september 2028.

Bij dezen dus.

""" + GERRIT_SIG,
    },
    {
        "id": "h28-jun-07", "kind": "autoreply", "sender": TINEKE, "thread": "call_for_themes",
        "subject": "Automatisch antwoord: " + CALL2, "headers": AUTO,
        "body": """
Van 19 juni tot en met 7 juli ben ik met vakantie. Ik lees mijn e-mail niet; uw bericht wordt niet doorgestuurd.
Voor zaken die geen uitstel dulden: directiesecretariaat@sudwesthoek.nl.

From 19 June to 7 July I am on holiday. I will not read my email and your message will not be forwarded.
Urgent matters: directiesecretariaat@sudwesthoek.nl.

Tineke Hofstra
Directeur Bedrijfsvoering | Werkorganisatie Súdwesthoek
""",
    },
    {
        "id": "h28-jun-08", "kind": "suggestion", "themes": ["samenwerking"], "sender": MARCO,
        "thread": None, "quoted": "oproep_themas", "quote": "doorgestuurd",
        "subject": "RE: FW: " + CALL2,
        "body": """
Stan,

Voor oktober: hoe trekken onze gemeenten samen op met waterschap en provincie bij de grote ruimtelijke opgaven
(woningbouw, energie, water)? Nu zit elk van de drie gemeenten apart aan tafel, terwijl de werkorganisatie het werk
doet. Hoe regel je dat de deelnemers in de regio als één partij optreden?

""" + MARCO_SIG,
    },
    {
        "id": "h28-jun-09", "kind": "suggestion", "themes": ["samenwerking"],
        "sender": "Yvonne Brouwer <y.brouwer@drentschehoek.nl>",
        "thread": None, "quoted": "oproep_themas", "quote": "outlook-nl",
        "body": """
Onderwerp: klimaatadaptatie als gezamenlijke opgave van de deelnemende gemeenten. Wie trekt, wie betaalt, wie
beslist?

Yvonne Brouwer
Werkorganisatie Drentsche Hoek
""",
    },
    {
        "id": "h28-jun-10", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "sender": "Albert Huizing <a.huizing@fivelingo.nl>",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "body": """
Beste Stan en Melanie,

Een onderwerp dat volgens mij twee van jullie thema's raakt: welke rol kiest de werkorganisatie in de regio? Zijn
we de uitvoeringsorganisatie van drie gemeenten, of worden we zelf een speler aan de regionale tafels? Dat vraagt
om een strategische keuze voor de lange termijn, en tegelijk om heldere afspraken met de deelnemende gemeenten
over wie waar namens wie spreekt.

Met vriendelijke groet,
Albert Huizing
directeur Werkorganisatie Fivelingo
""",
    },
    {
        "id": "h28-jun-11", "kind": "suggestion", "themes": ["organisatie"], "sender": HARM,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "body": """
Beste Melanie,

Voor oktober stel ik voor: hoe houd je de meerjarenbegroting van de werkorganisatie sluitend als de bijdragen
bevroren worden en de cao-stijgingen gewoon doorlopen? Wij moeten nu kiezen tussen vacatures openlaten en taken
schrappen.

""" + HARM_SIG,
    },
    {
        "id": "h28-jun-12", "kind": "suggestion", "themes": ["dienstverlening"], "sender": IRIS,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "body": """
Hoi Melanie,

Onderwerp: wachttijden bij de Wmo-toegang. Die lopen bij ons op tot elf weken en de raad wil elk kwartaal cijfers.
Hoe houden anderen dat bij, en wat werkt om ze terug te dringen?

Iris

""" + IPAD,
    },
    {
        "id": "h28-jun-13", "kind": "subscribe", "sender": "Baukje Wijnia <b.wijnia@lytsegaast.frl>",
        "subject": "Oanmelding",
        "body": """
Goeie,

Ik wol my graach oanmelde foar it netwurk fan direkteuren. Sûnt maaie bin ik direkteur fan Werkorganisaasje
Lytse Gaast.

Groetnis,
Baukje Wijnia
""",
    },
    {
        "id": "h28-jun-14", "kind": "confirm", "sender": "Baukje Wijnia <b.wijnia@lytsegaast.frl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """
Ja, befêstige.

Baukje
""",
    },
    # ------------------------------------------------------------------ July and August
    {
        "id": "h28-jul-01", "kind": "unsubscribe", "sender": BERT, "subject": "Pensioen en opvolging",
        "body": """
Beste Stan en Melanie,

Na 41 jaar bij de overheid ga ik per 1 oktober met pensioen. Mijn opvolger bij Werkorganisatie Fivelboezem wordt
Carla Meijer, nu nog concerndirecteur bij ons. Zij neemt mijn plek in het netwerk graag over; haar adres is
c.meijer@fivelboezem.nl. Mij mogen jullie dan afmelden.

Het najaarsatelier sla ik over, dat is een mooi begin voor Carla.

Groet,
Bert Schuiling
""",
    },
    {
        "id": "h28-jul-02", "kind": "confirm", "sender": "Carla Meijer <c.meijer@fivelboezem.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "body": """
Dag Stan en Melanie,

Hierbij bevestig ik graag. Bert heeft me al veel over het netwerk verteld.

Hartelijke groet,
Carla Meijer
concerndirecteur Werkorganisatie Fivelboezem (per 1 oktober algemeen directeur)
""",
    },
    {
        "id": "h28-jul-03", "kind": "autoreply", "sender": "Albert Huizing <a.huizing@fivelingo.nl>",
        "thread": "call_for_themes", "subject": "Out of Office: " + THANKS2,
        "body": """
I am currently out of the office with limited access to email, returning on 31 July 2028.
Your message has been received and I will respond as soon as possible after my return.

Kind regards,
Albert Huizing
""",
    },
    {
        "id": "h28-jul-04", "kind": "subscribe", "sender": "Monique Veldman <m.veldman@smildeveen.nl>",
        "subject": "Aanmelding directeurennetwerk",
        "body": """
Beste secretariaat,

Hierbij mijn gegevens voor aanmelding bij het netwerk:

- naam: Monique Veldman
- functie: directeur / gemeentesecretaris
- organisatie: Werkorganisatie Smildeveen (gemeenten Smilde-Oost, Veenhuizen en Hijken)
- e-mail: m.veldman@smildeveen.nl
- mobiel: 06 - 51 90 73 12

Ik ben op 1 juli begonnen en kijk uit naar het najaarsatelier.

Met vriendelijke groet,
Monique Veldman
""",
    },
    {
        "id": "h28-jul-05", "kind": "unsubscribe", "erase": True, "sender": "Sarah Mensink <sarah.mensink@hotmail.com>",
        "subject": "Remove my data",
        "body": """
Hello,

Please remove me from your mailing list and delete all personal data you hold about me, in line with article 17
of the GDPR. I left local government last year.

Regards,
Sarah Mensink
""",
    },
    {
        "id": "h28-jul-06", "kind": "other", "sender": "Hanneke Stoter <h.stoter@veenhoop.frl>",
        "subject": "Aanmelding Adviesraad",
        "body": """
Beste Stan en Melanie,

In de nieuwsbrief zag ik dat de Adviesraad wordt uitgebreid met iemand uit Friesland. Graag meld ik me daarvoor
aan. Ik ben vijf jaar directeur van Werkorganisatie Veenhoop, zit in de kerngroep van de VGS Noord, en ik zou het
leuk vinden om mee te denken over het programma. Zal ik een korte motivatie en mijn cv sturen?

Groet,
Hanneke Stoter
""",
    },
    {
        "id": "h28-jul-07", "kind": "other", "sender": "Roelof Hummel <r.hummel@reiderland-wo.nl>",
        "subject": "Nieuw e-mailadres",
        "body": """
Goedemiddag,

Per 1 augustus verandert ons domein van reiderland-wo.nl in reiderland.nl. Wilt u mijn adres in uw lijst aanpassen
naar roelof.hummel@reiderland.nl? Het oude adres stuurt nog drie maanden door.

Met vriendelijke groet,
Roelof Hummel
""",
    },
    {
        "id": "h28-aug-01", "kind": "confirm", "sender": "Monique Veldman <m.veldman@smildeveen.nl>",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
        "body": """
Excuses, ik was op vakantie. Hierbij alsnog bevestigd.

Monique Veldman
""",
    },
    {
        "id": "h28-aug-02", "kind": "suggestion", "themes": ["strategie"], "sender": FEMKE,
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "gmail",
        "body": """
nog eentje, als het mag: wat is onze stip op de horizon voor 2035? wij hebben na de fusie nooit een echte
langetermijnvisie opgesteld en het bestuur begint erom te vragen.

f.
""",
    },
    {
        "id": "h28-aug-03", "kind": "autoreply", "sender": FEMKE, "thread": "call_for_themes",
        "subject": "Vakantie", "headers": AUTO,
        "body": """
Hoi! Ik ben tot 21 augustus op vakantie en lees mijn mail maar af en toe. Voor Werkorganisatie Wadkust kun je
terecht bij directiesecretariaat@wadkust.nl.

Femke
""",
    },
    {
        "id": "h28-aug-04", "kind": "unsubscribe", "sender": KLAAS, "subject": "Afmelding",
        "body": """
Geacht secretariaat,

De drie gemeenten van Werkorganisatie Kwelderland hebben besloten de ambtelijke fusie per 1 januari 2029 te
beëindigen; elke gemeente krijgt weer een eigen organisatie. Mijn functie vervalt daarmee. Ik verzoek u mij per
direct af te melden voor het netwerk.

K. Wiersma
""",
    },
    {
        "id": "h28-aug-05", "kind": "autoreply",
        "sender": "Microsoft Outlook <postmaster@fivelingo.nl>",
        "subject": "Onbestelbaar: " + THANKS2,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Bezorging is mislukt voor deze ontvangers of groepen:

h.kamminga@fivelingo.nl
Het postvak van de ontvanger is vol en kan momenteel geen berichten accepteren. Probeer het later opnieuw of neem
contact op met de ontvanger.

Diagnostische gegevens voor beheerders:

Genererende server: AM0PR07MB4321.eurprd07.prod.outlook.com

h.kamminga@fivelingo.nl
Externe server heeft '552 5.2.2 Mailbox full' geretourneerd
""",
    },
    # ------------------------------------------------------------------ September: invitation, autumn atelier
    {
        "id": "h28-sep-01", "kind": "rsvp", "attending": True, "sender": SJOERD,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Goeie,

Dit keer ben ik er zelf bij, en dan ook nog in eigen provincie. Ik kom graag.

Oant sjen yn Ljouwert!

""" + SJOERD_SIG,
    },
    {
        "id": "h28-sep-02", "kind": "rsvp", "attending": False, "sender": IRIS,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "body": """
Helaas, 12 oktober zitten we midden in de begrotingsbehandeling. Ik kan niet.

Iris

""" + IPAD,
    },
    {
        "id": "h28-sep-03", "kind": "rsvp", "attending": True, "sender": MARGRIET,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": """
Beste Melanie,

Ja hoor, ik kom. Leeuwarden is voor ons bijna een thuiswedstrijd: ik neem de trein en wandel vanaf het station,
al heeft mijn knie daar sinds de Elfstedenfietstocht in juni een eigen mening over. Ik kom alleen; mijn collega
van Financiën had graag mee gewild, maar zij zit die week op cursus. Wendbaar organiseren in krappe tijden spreekt
me aan, daar heb ik genoeg verhalen over uit de praktijk.

""" + MARGRIET_SIG,
    },
    {
        "id": "h28-sep-04", "kind": "rsvp", "attending": False, "sender": WOUTER,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "body": """
Stan,

Voor 12 oktober moet ik passen. Die dag heb ik het jaargesprek met de drie burgemeesters, en dat verzet je niet.

""" + WOUTER_SIG,
    },
    {
        "id": "h28-sep-05", "kind": "rsvp", "attending": True, "sender": RICHARD,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "body": """
Dear Stan and Melanie,

Yes, I will attend on 12 October. My interim assignment has been extended until the end of the year, so I'm glad
I can still take part.

Kind regards,

""" + RICHARD_SIG,
    },
    {
        "id": "h28-sep-06", "kind": "rsvp", "attending": True, "sender": HENDRIK,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes",
        "body": """
Geachte heer Van de Laar,

Hierbij meld ik mij aan voor het atelier op 12 oktober te Leeuwarden. Ik kom alleen.

""" + HENDRIK_SIG,
    },
    {
        "id": "h28-sep-07", "kind": "rsvp", "attending": False, "sender": JOLANDA,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "subject": "Antw: " + INV2,
        "body": """
Beste Melanie,

Op 12 oktober kan ik zelf niet. Mijn collega Pieter Wubs (p.wubs@grenswolde.nl) gaat in mijn plaats; hij was in
maart ook mee en vond het erg waardevol.

""" + JOLANDA_SIG,
    },
    {
        "id": "h28-sep-08", "kind": "rsvp", "attending": True, "sender": "Pieter Wubs <p.wubs@grenswolde.nl>",
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "groupwise",
        "subject": "Antw: Namens Jolanda Kramer: uitnodiging Leer- en inspireer-atelier 12 oktober 2028 "
        "[atelier:2028-2]",
        "body": """
Dank, ik ben er graag bij namens Jolanda.

Pieter Wubs
concernstrateeg gemeente Grenswolde
""",
    },
    {
        "id": "h28-sep-09", "kind": "other", "sender": ANNEMIEK,
        "subject": "Aanmelding atelier 12 oktober mevrouw Kuipers",
        "body": """
Geachte heer Van de Laar,

Namens mevrouw S. Kuipers laat ik u weten dat zij op 12 oktober graag aanwezig is bij het atelier in Leeuwarden.
De uitnodiging is bij haar vermoedelijk in de spam beland; vandaar dit aparte bericht.

""" + ANNEMIEK_SIG_NEW,
    },
    {
        "id": "h28-sep-10", "kind": "rsvp", "attending": True,
        "sender": "Rianne Kok <r.kok@werkorganisatie-reitdiep.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Dag Stan,

Als nieuwkomer sla ik dit zeker niet over: ik kom.

Met vriendelijke groet,
Rianne Kok
directeur Werkorganisatie Reitdiep
""",
    },
    {
        "id": "h28-sep-11", "kind": "rsvp", "attending": True, "sender": "Carla Meijer <c.meijer@fivelboezem.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": """
Beste Melanie,

Bert had het al aangekondigd: ik kom op 12 oktober, mijn eerste atelier. Het is dan twee weken na mijn start als
directeur, dus ik zal vooral luisteren.

Hartelijke groet,
Carla Meijer
""",
    },
    {
        "id": "h28-sep-12", "kind": "rsvp", "attending": True, "sender": ANOUK,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "body": """
Hoi Melanie,

Dit keer wel! 12 oktober staat in mijn agenda.

Groet,
Anouk
""",
    },
    {
        "id": "h28-sep-13", "kind": "autoreply", "sender": "Jeroen Smeenge <j.smeenge@noorderveld.nl>",
        "thread": "invitation", "subject": "Gelezen: " + INV2,
        "body": """
Uw bericht

  Aan: Smeenge, Jeroen
  Onderwerp: Uitnodiging Leer- en inspireer-atelier 12 oktober 2028: Wendbaar organiseren in krappe tijden
  Verzonden: dinsdag 12 september 2028 10:00:12 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

is gelezen op dinsdag 12 september 2028 10:47:55 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
""",
    },
    {
        "id": "h28-sep-14", "kind": "rsvp", "attending": False, "sender": GERRIT,
        "thread": "invitation", "subject": "Re: " + INV2,
        "body": """
Op 12-09-2028 om 10:00 schreef Netwerk van directeuren van ambtelijke fusieorganisaties:
> Beste Gerrit Mulder,
>
> Graag nodigen wij u uit voor het Leer- en inspireer-atelier "Wendbaar organiseren in krappe tijden": een
> interactieve sessie over een gezamenlijk vraagstuk, waarin u met collega-directeuren in gesprek gaat, inzichten
> deelt en inspiratie opdoet.
>
> Wanneer: donderdag 12 oktober 2028, 14.00 tot 17.30 uur
> Thema:   Organisatie
> Waar:    Provinsjehûs, Tweebaksmarkt 52, Leeuwarden

Voor ons een eind rijden, maar daar ligt het niet aan.

> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

Nee, helaas. Die week zit ik met het gezin in Zeeland.

""" + GERRIT_SIG,
    },
    {
        "id": "h28-sep-15", "kind": "rsvp", "attending": True, "sender": "Ytsje Bergsma <y.bergsma@dewalden.frl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "body": """
Hoi Stan,

Ik kom, en ik neem onze strateeg Jelle Hiemstra mee. Met z'n tweeën dus.

Groet,
Ytsje Bergsma
Werkorganisatie De Wâlden
""",
    },
    {
        "id": "h28-sep-16", "kind": "autoreply", "sender": "Werkorganisatie Oostermoer <post@oostermoer.nl>",
        "subject": "Ontvangstbevestiging [zaak Z-2028-004471]",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """
Geachte heer/mevrouw,

Wij hebben uw bericht ontvangen en geregistreerd onder zaaknummer Z-2028-004471. Wij streven ernaar uw bericht
binnen tien werkdagen te beantwoorden. Vermeld bij verdere correspondentie altijd het zaaknummer.

Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.

Met vriendelijke groet,

Werkorganisatie Oostermoer
Klantcontactcentrum
""",
    },
    {
        "id": "h28-sep-17", "kind": "other", "sender": "Evert Drenth <e.drenth@wovkn.nl>",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "body": """
Beste Stan,

Met alle respect, maar waarom weer zo ver naar het noorden? Voor ons uit de Veenkoloniën is Leeuwarden ruim
anderhalf uur rijden, en dan ben je om acht uur 's avonds thuis. Wilt u bij de keuze van de locatie ook eens aan de
zuidoosthoek denken? Of ik kom, hoort u nog.

Evert Drenth
Werkorganisatie Veenkoloniën-Noord
""",
    },
    {
        "id": "h28-sep-18", "kind": "subscribe", "sender": "Wim Tuin <wimtuin@kpnmail.nl>",
        "subject": "Aanmelding netwerk directeuren",
        "body": """
Goedemiddag,

Sinds 1 september ben ik directeur van Werkorganisatie Langeleeg, als opvolger van Marloes Venema, die naar het
Rijk is vertrokken. Zij was lid van uw netwerk en raadde me aan me ook aan te melden. Dat doe ik bij dezen. Mijn
werkmail doet het nog niet, vandaar dit privéadres; meldt u mij alstublieft aan op w.tuin@langeleeg.nl.

Met vriendelijke groet,
Wim Tuin
""",
    },
    {
        "id": "h28-sep-19", "kind": "confirm", "sender": "Wim Tuin <w.tuin@langeleeg.nl>",
        "thread": "confirmation", "quote": "none",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-P8W2D-7HJQC-K3M9V]",
        "body": """
Bevestigd, dank u wel.

Wim Tuin
directeur Werkorganisatie Langeleeg
""",
    },
    # ------------------------------------------------------------------ October: cancelled, moved to 16 November
    {
        "id": "h28-oct-01", "kind": "other", "sender": "Ytsje Bergsma <y.bergsma@dewalden.frl>",
        "thread": "invitation", "quoted": "annulering_atelier", "quote": "gmail",
        "body": """
Wat jammer! Jelle en ik hadden het al helemaal ingepland. Hopelijk valt de nieuwe datum niet in de
herfstvakantie.

Ytsje
""",
    },
    {
        "id": "h28-oct-02", "kind": "other", "sender": RICHARD,
        "thread": "invitation", "quoted": "annulering_atelier", "quote": "outlook-en",
        "body": """
Hi Stan,

That's a pity. I had already booked a non-refundable train ticket from Winschoten to Leeuwarden. Is there any
chance the network can reimburse it, or should I claim it through my own organisation?

Best,
Richard
""",
    },
    {
        "id": "h28-oct-03", "kind": "autoreply", "sender": SJOERD, "thread": "invitation",
        "subject": "Automatysk antwurd: " + ANN2,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": """
Tige tank foar jo berjocht. Ik bin oant en mei 9 oktober net oanwêzich en lês myn e-mail net.
Dank voor uw bericht. Tot en met 9 oktober ben ik afwezig en lees ik mijn e-mail niet.
Thank you for your message. I am away until 9 October and not reading email.

Foar driuwende saken / voor dringende zaken / urgent matters: sekretariaat@marrewald.frl

Sjoerd Hoekstra
""",
    },
    {
        "id": "h28-oct-04", "kind": "rsvp", "attending": False, "sender": HENDRIK,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "notes-wrote",
        "body": """
Geachte heer Van de Laar,

Helaas past de nieuwe datum mij niet: op 16 november vergadert het algemeen bestuur van onze gemeenschappelijke
regeling. Ik moet het atelier daarom aan mij voorbij laten gaan.

""" + HENDRIK_SIG,
    },
    {
        "id": "h28-oct-05", "kind": "rsvp", "attending": True, "sender": IRIS,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "apple",
        "body": """
Nu kan ik wel! Op 16 november is de begroting erdoor. Zet me er maar bij.

Iris

""" + IPAD,
    },
    {
        "id": "h28-oct-06", "kind": "rsvp", "attending": True, "sender": WOUTER,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-en",
        "body": """
Stan,

Goed nieuws voor mij: de 16e kan ik wel. Dus toch ja, ik kom (alleen).

""" + WOUTER_SIG,
    },
    {
        "id": "h28-oct-07", "kind": "rsvp", "attending": True, "sender": JOLANDA,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "groupwise",
        "subject": "Antw: " + CHG2,
        "body": """
Beste Melanie,

Door de nieuwe datum kan ik nu zelf komen. Pieter Wubs hoeft dus niet meer in mijn plaats; ik kom alleen.

""" + JOLANDA_SIG,
    },
    {
        "id": "h28-oct-08", "kind": "rsvp", "attending": False, "sender": MARGRIET,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-lijn",
        "body": """
Beste Stan,

Wat vervelend, en ik begrijp heel goed dat jullie er niets aan kunnen doen. Maar op 16 november zit ik in Brussel,
met een delegatie uit Noord-Nederland die praat over Europese middelen voor de Waddenkust. Dat staat al sinds het
voorjaar vast en het gaat om geld dat we hard nodig hebben. Het atelier moet ik dus laten lopen, hoe jammer ik dat
ook vind. Misschien kan mijn adjunct Douwe van Dam gaan; dat vraag ik hem nog, en als het zo is, hoort u het.

""" + MARGRIET_SIG,
    },
    {
        "id": "h28-oct-09", "kind": "other", "sender": "Alwin Kloosterman <a.kloosterman@pekelder.nl>",
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "body": """
Goedemorgen,

De nieuwe datum staat in de mail, maar klopt het dat het atelier nu in het Fries Museum is? Onder 'Waar' staat
nog steeds het Provinsjehûs. Waar moet ik zijn?

Alwin Kloosterman
""",
    },
    {
        "id": "h28-oct-10", "kind": "subscribe", "sender": "Katrin Lehmann <k.lehmann@tsjongerdelta.frl>",
        "subject": "Membership of the network of directors",
        "body": """
Dear members of the secretariat,

I recently started as general director of Werkorganisatie Tsjongerdelta, and several colleagues told me about
your network of directors. I would very much like to join. My contact details:

Katrin Lehmann
General Director, Werkorganisatie Tsjongerdelta
k.lehmann@tsjongerdelta.frl

My Dutch is improving, but for now I prefer to correspond in English, if that is no trouble.

With kind regards,
Katrin Lehmann
""",
    },
    {
        "id": "h28-oct-11", "kind": "confirm", "sender": "Katrin Lehmann <k.lehmann@tsjongerdelta.frl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "body": """
Dear Stan,

Yes, I hereby confirm my registration. Thank you.

Katrin Lehmann
""",
    },
    {
        "id": "h28-oct-12", "kind": "unsubscribe", "sender": FEMKE, "subject": "afmelden",
        "body": """
hoi stan en melanie,

per 1 november ga ik aan de slag bij de provincie fryslân, dus ik ben geen directeur van een werkorganisatie meer.
kunnen jullie me afmelden? mijn opvolger is nog niet bekend; als die er is, geef ik de naam door.

dank voor alles!
femke
""",
    },
    {
        "id": "h28-oct-13", "kind": "unsubscribe", "erase": True, "sender": "Sietse Bouma <sietse.bouma@outlook.com>",
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-lijn",
        "body": """
Graag uitschrijven en al mijn gegevens wissen (AVG). Ik ben sinds de zomer weg bij Werkorganisatie It
Achterkwartier en krijg deze mails alleen nog via een doorstuurregel.

S. Bouma
""",
    },
    {
        "id": "h28-oct-14", "kind": "subscribe", "sender": "Peter Hoekman <p.hoekman@eemsdollard.nl>",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "body": """
lid blijven

Dat afmelden was een misverstand: mijn secretaresse wilde alleen de herinnering wegklikken.

Peter Hoekman
Werkorganisatie Eems-Dollard
""",
    },
    {
        "id": "h28-oct-15", "kind": "unsubscribe", "sender": "Johan Hazeveld <j.hazeveld@westerwolde-zuid.nl>",
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "gmail",
        "body": """
Afmelden graag, voor het atelier én voor het netwerk. Ik ben niet meer werkzaam in deze functie.

J. Hazeveld
""",
    },
    # ------------------------------------------------------------------ November: reminder, atelier, follow-up
    {
        "id": "h28-nov-01", "kind": "rsvp", "attending": False, "sender": TINEKE,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "body": """
Beste Melanie,

Het spijt me, maar donderdag gaat het niet lukken: er is een crisisoverleg over de aanbesteding jeugdzorg
ingepland. Mijn plek mag naar iemand op de wachtlijst.

""" + TINEKE_SIG,
    },
    {
        "id": "h28-nov-02", "kind": "autoreply", "sender": "Rianne Kok <r.kok@werkorganisatie-reitdiep.nl>",
        "thread": "reminder", "subject": "Afwezig: " + REM2,
        "body": """
Beste afzender,

Van maandag 13 tot en met woensdag 15 november ben ik op cursus en beperkt bereikbaar. Uw mail lees ik op
donderdag. Voor spoedzaken kunt u contact opnemen met Annemiek Dijkstra, a.dijkstra@werkorganisatie-reitdiep.nl.

Met vriendelijke groet,
Rianne Kok
""",
    },
    {
        "id": "h28-nov-03", "kind": "autoreply", "sender": "Katrin Lehmann <k.lehmann@tsjongerdelta.frl>",
        "thread": "reminder", "subject": "Automatic reply: " + REM2,
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": """
I am out of the office until Wednesday 15 November. I will reply to your message after my return.

Ik ben afwezig tot en met woensdag 15 november. Na mijn terugkomst beantwoord ik uw bericht.

Katrin Lehmann
General Director | Werkorganisatie Tsjongerdelta
""",
    },
    {
        "id": "h28-nov-04", "kind": "rsvp", "attending": True, "sender": SJOERD,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "body": """
Goeie,

Ik bin der by op tongersdei. Tot dan!

""" + SJOERD_SIG,
    },
    {
        "id": "h28-nov-05", "kind": "rsvp", "attending": False, "sender": ANNEMIEK,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "body": """
Geachte heer Van de Laar,

Mevrouw Kuipers moet helaas afzeggen voor donderdag: er is een spoedvergadering van het dagelijks bestuur
ingelast. Zij betreurt het zeer.

""" + ANNEMIEK_SIG_NEW,
    },
    {
        "id": "h28-nov-06", "kind": "other", "sender": "Monique Veldman <m.veldman@smildeveen.nl>",
        "subject": "Parkeren bij het Fries Museum",
        "body": """
Goedemiddag,

Donderdag kom ik met de auto uit Drenthe. Is er bij het Fries Museum een parkeerplaats voor deelnemers, of moet
ik in de garage Zaailand parkeren? En zo ja, worden die kosten vergoed?

Met vriendelijke groet,
Monique Veldman
""",
    },
    {
        "id": "h28-nov-07", "kind": "other", "sender": "Carla Meijer <c.meijer@fivelboezem.nl>",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "body": """
Beste Melanie,

Nog een praktisch punt: ik heb een notenallergie. Zou u dat aan de catering willen doorgeven?

Hartelijke groet,
Carla Meijer
""",
    },
    {
        "id": "h28-nov-08", "kind": "suggestion", "themes": ["samenwerking"], "sender": HENDRIK,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes",
        "body": """
Geachte heer Van de Laar,

Ofschoon ik er wederom niet bij kon zijn, ontving ik uw verslag in goede orde. Voor het voorjaar draag ik aan:

De afspraken tussen de deelnemende gemeenten en de werkorganisatie over het opdrachtgeverschap. Onze
dienstverleningsovereenkomst dateert van 2019 en regelt niet welke gemeente opdrachtgever is bij gezamenlijke
projecten. Hoe hebben andere fusieorganisaties dat tussen de gemeenten onderling geregeld?

""" + HENDRIK_SIG,
    },
    {
        "id": "h28-nov-09", "kind": "suggestion", "themes": ["dienstverlening"], "sender": MARGRIET,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "body": """
Beste Melanie,

Douwe is uiteindelijk toch in mijn plaats gegaan, en hij heeft me uitgebreid verteld over donderdag. Vooral het
verhaal over de wijkteams die ook de balie overnemen maakte indruk op hem. Dat bracht me op een onderwerp voor het
voorjaar. Bij ons komen steeds meer inwoners die digitaal niet mee kunnen: ouderen, laaggeletterden, mensen die
net in Nederland zijn. We hebben de balies in twee dorpen gesloten, en nu krijg ik brieven van de ouderenbond die
ik eerlijk gezegd niet goed kan beantwoorden.

Hoe organiseer je dienstverlening voor inwoners die digitaal niet meekomen, zonder de oude balies terug te
draaien? Ik hoor graag wat collega's hebben gedaan met de bibliotheek, een Informatiepunt Digitale Overheid of
huisbezoeken.

""" + MARGRIET_SIG,
    },
    {
        "id": "h28-nov-10", "kind": "suggestion", "themes": ["strategie"], "sender": GERRIT,
        "thread": "call_for_themes", "subject": "Re: Dank voor uw komst: Leer- en inspireer-atelier "
        "\"Wendbaar organiseren in krappe tijden\" [atelier:2028-2]",
        "body": """
Op 21-11-2028 om 09:30 schreef Netwerk van directeuren van ambtelijke fusieorganisaties:
> Beste Gerrit Mulder,
>
> Hartelijk dank voor uw deelname aan het Leer- en inspireer-atelier "Wendbaar organiseren in krappe tijden" van
> donderdag 16 november 2028.

Door de nieuwe datum kon ik er toch bij zijn. Goede middag.

> U bepaalt gezamenlijk de gespreksthema's van het volgende atelier. Welk vraagstuk wilt u de volgende keer
> bespreken? Beantwoord deze e-mail met uw onderwerpen; wij nemen ze mee in de telling voor het volgende atelier.

De strategische agenda voor na 2030. Onze bestuurders kijken niet verder dan de raadsperiode; wie bewaakt dan de
lange lijn? Hoe maak je een meerjarenvisie die een collegewissel overleeft?

""" + GERRIT_SIG,
    },
    {
        "id": "h28-nov-11", "kind": "other", "sender": IRIS,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "body": """
Wat een goede middag weer. Dank aan jullie allebei, en aan de gastheer in het Fries Museum.

Iris

""" + IPAD,
    },
    {
        "id": "h28-nov-12", "kind": "suggestion", "themes": ["dienstverlening"], "sender": RICHARD,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "body": """
Dear Melanie,

Thank you for a very useful afternoon - my last one, as it turns out, since my assignment ends in December.

One topic for the next atelier, even if I won't be there: how do you report on service performance to three
different councils? Each council wants its own figures in its own format. I would be curious how others monitor
response times and resident satisfaction, and whether anyone has a shared dashboard that all councils accept.

Best regards,
Richard
""",
    },
    {
        "id": "h28-nov-13", "kind": "other", "sender": WOUTER,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "body": """
Stan,

Goede middag, maar één punt van kritiek: het was te kort. Net toen het gesprek op gang kwam, moesten we afronden.
Mijn voorstel: volgende keer tot 19.00 uur, met een eenvoudige maaltijd erbij, zodat je kunt doorpraten.

""" + WOUTER_SIG,
    },
    {
        "id": "h28-nov-14", "kind": "suggestion", "themes": ["dienstverlening"],
        "sender": "Sandra Wieringa <s.wieringa@veenkoloniennoord.nl>",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "body": """
Dag Stan en Melanie,

Voor het voorjaar: een chatbot op de website. Wie heeft er ervaring mee bij de vragen van inwoners over afval,
paspoorten en parkeervergunningen, en hoe tevreden zijn de inwoners erover?

Met vriendelijke groet,
Sandra Wieringa
adjunct-directeur Werkorganisatie Veenkoloniën-Noord
""",
    },
    {
        "id": "h28-nov-16", "kind": "subscribe", "sender": "Rik Bosma <rikbosma@outlook.com>", "subject": "Aanmelden",
        "body": """
Aanmelden s.v.p.

Met vriendelijke groet,
Rik Bosma
waarnemend directeur Werkorganisatie Kwelderland (tot de ontvlechting op 1 januari)
""",
    },
    {
        "id": "h28-nov-15", "kind": "unsubscribe", "sender": JOLANDA, "subject": "Afmelden netwerk",
        "body": """
Beste Stan en Melanie,

Per 1 januari 2029 vertrek ik bij de gemeente Grenswolde; ik word directeur bij een woningcorporatie. Wilt u mij
per die datum afmelden? Wie mij opvolgt, is nog niet bekend.

Dank voor de mooie ateliers; die in Leeuwarden was een waardige afsluiting.

""" + JOLANDA_SIG,
    },
    # ------------------------------------------------------------------ December
    {
        "id": "h28-dec-01", "kind": "other", "sender": BERT, "subject": "Groeten van een oud-lid",
        "body": """
Beste Stan en Melanie,

Inmiddels ben ik twee maanden met pensioen, en het bevalt me prima. Carla vertelde dat het atelier in Leeuwarden
goed was. Zouden jullie mij als oud-lid de verslagen nog willen sturen, op dit adres? Ik blijf het graag volgen.

Goede feestdagen!
Bert
""",
    },
    {
        "id": "h28-dec-02", "kind": "unsubscribe", "erase": True, "sender": KLAAS, "subject": "Verwijderen gegevens",
        "body": """
Geacht secretariaat,

In augustus ben ik afgemeld. Bij dezen verzoek ik u ook al mijn gegevens te verwijderen, conform de AVG. Graag
een korte bevestiging.

K. Wiersma
""",
    },
    {
        "id": "h28-dec-03", "kind": "other",
        "sender": "Secretariaat directie Dollardpoort <secretariaat@dollardpoort.nl>",
        "subject": "Vertrek R. Okafor",
        "body": """
Goedemiddag,

Ter informatie: de heer R. Okafor is vanaf 15 december niet meer werkzaam bij Werkorganisatie Dollardpoort. Zijn
mailbox wordt daarna opgeheven. Wie hem als directeur opvolgt, is nog niet bekend.

Met vriendelijke groet,
Ineke Smid
Secretariaat directie
""",
    },
    {
        "id": "h28-dec-04", "kind": "autoreply", "sender": RICHARD, "thread": "call_for_themes",
        "subject": "Automatisch antwoord: Dank voor uw themasuggestie [atelier:2029-1]", "headers": AUTO,
        "body": """
Dit e-mailadres is niet meer in gebruik. Uw bericht wordt niet gelezen of doorgestuurd. Voor vragen kunt u
terecht bij secretariaat@dollardpoort.nl.

This email address is no longer in use. Your message will not be read or forwarded. Please contact
secretariaat@dollardpoort.nl.
""",
    },
    {
        "id": "h28-dec-05", "kind": "autoreply", "sender": HENDRIK, "thread": "call_for_themes",
        "subject": "Hendrik J Oosting/OMK is afwezig.",
        "body": """
Ik ben vanaf 22-12-2028 afwezig en ben terug op 08-01-2029.

Ik zal uw bericht beantwoorden na mijn terugkeer. Voor dringende zaken kunt u zich wenden tot het
bestuurssecretariaat, telefoon (0595) 43 75 10.
""",
    },
    {
        "id": "h28-dec-06", "kind": "subscribe", "sender": "Gerben Talsma <g.talsma@noordkwartier.nl>",
        "subject": "Aanmelding nieuwe werkorganisatie",
        "body": """
Goedemorgen,

Per 1 januari 2029 gaan de ambtelijke organisaties van Bedum-Oost, Winsum-Zuid en Baflo samen in de nieuwe
Werkorganisatie Noordkwartier. Ik ben benoemd tot eerste directeur en meld me graag alvast aan voor uw netwerk,
op mijn nieuwe adres g.talsma@noordkwartier.nl. Van de ervaringen van collega's kan ik veel leren, denk ik.

Met vriendelijke groet,
Gerben Talsma
directeur (i.o.) Werkorganisatie Noordkwartier
""",
    },
    {
        "id": "h28-dec-07", "kind": "confirm", "sender": "Gerben Talsma <g.talsma@noordkwartier.nl>",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "apple",
        "body": """
Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "h28-dec-08", "kind": "other", "sender": "Daan Visser <daan.visser@hunsingo.nl>",
        "subject": "Ons MT ook lid?",
        "body": """
Hoi Stan,

Na het atelier waren mijn vier afdelingsmanagers zo enthousiast dat ze ook lid willen worden. Kun je ze allemaal
aanmelden? Het gaat om Sandra, Wim, Kees en Fatima; hun adressen staan op onze website, anders stuur ik ze na.

Daan
""",
    },
    {
        "id": "h28-dec-09", "kind": "other", "sender": SJOERD, "subject": "Krystwinsk",
        "body": """
Goeie Stan en Melanie,

Oan 'e ein fan it jier wol ik jimme tige betankje foar de organisaasje fan de ateliers. Het was een goed jaar voor
het netwerk, ook al moest het najaarsatelier verschoven worden.

Noflike krystdagen en in lokkich nijjier!

Sjoerd
""",
    },
    {
        "id": "h28-dec-10", "kind": "other", "sender": "Catering De Tsjerne <administratie@cateringdetsjerne.nl>",
        "subject": "Factuur 2028-1187 Leer- en inspireer-atelier 16 november",
        "body": """
Geachte heer, mevrouw,

Hierbij ontvangt u onze factuur 2028-1187 voor de catering tijdens het Leer- en inspireer-atelier van 16 november
2028 (34 personen, koffie/thee, lunch en borrel), totaal € 1.632,50 inclusief btw.

Wij verzoeken u het bedrag binnen 30 dagen over te maken onder vermelding van het factuurnummer. De factuur is als
pdf bijgevoegd.

Met vriendelijke groet,
Catering De Tsjerne
Administratie
""",
    },
]
# fmt: on
