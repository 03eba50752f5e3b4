"""Held-out set 25: one spring season (January to June 2027) in a network of small rural werkorganisaties.

Never tuned on. Written independently, in the writer's own words, to measure only.

The season: the call for themes in early January (deadline 21 January), the invitation for the atelier of 11 March,
the change of date and venue (18 March, Provinciehuis), the reminder, the follow-up after the atelier, and then the
quieter months with leaves, hand-overs, AVG erasures, new directors and their confirmations. The werkorganisaties
serve two or three villages each; directors often write from a phone, some through a shared municipal mailbox
(the KCC of the municipality forwards or answers), one through his assistant.

Recurring writers and their habits: Gerrit Oosterhof (iPhone, lower case, terse, Apple quote), Hendrika
Bosscher-van Dam (formal, long, disclaimer, Outlook NL), Joost Kramer (Gmail, informal, typos), Annelies van Wijk
(writes through the shared mailbox of Ommerveld, GroupWise), Marco de Bruijn (Lotus Notes), Piet Hulshof (answers
above the mail his assistant Anja forwarded; Anja also writes herself), Sanne Dijkstra (Outlook in English, answers
between our quoted lines, marked [SD]), Wim Hazelaar (Outlook with the line, exclamation marks; retires and hands
over to Nadia Verbeek), Fatima El Amrani (brief, Outlook NL), Klaas-Jan Veldhuis (lists, Frisian greeting), Bert
Lammers (Android Gmail app, no capitals, typos), Ellen Post (out-of-office replies; her assistant answers once).

Conventions relied on (the secretariat's view, from the dataset brief):
- Joining by the person themself, or one named colleague WITH that colleague's address: `subscribe`; several people
  or no address: `other`. Answering 'lid blijven' under our goodbye: `subscribe`.
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a topic is a `suggestion` (also when the writer says whether they come);
  only whether they come is an `rsvp`; a proposal about the form of the ateliers (venue, online, time) is `other`.
- Leaving and declining the atelier in one mail: `unsubscribe`. A decline that sends a substitute: `rsvp` False.
- A named successor with address taking over the seat: `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`. An AVG erasure request anywhere: `unsubscribe`, erase True; a request to see data: `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question: `other`.
- An assistant's answer for the director in a NEW mail: `other`; in reply to our invitation or reminder: `rsvp`.
- A director answering above the invitation his assistant forwarded: thread None (a forward), labelled by content.
- Themes: those of what the writer proposes; two only where the proposal clearly spans both (or two topics).
"""

from __future__ import annotations

from typing import Any

OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
UITNODIGING = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
HERINNERING = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
VERVOLG = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'

HENDRIKA = "Hendrika Bosscher-van Dam <h.bosscher@drie-marken.nl>"
HENDRIKA_SIG = (
    "Met vriendelijke groet,\n\n"
    "mw. drs. H.J. Bosscher-van Dam\n"
    "algemeen directeur\n"
    "Werkorganisatie De Drie Marken (gemeenten Aldeveen, Hoornwolde en Sint-Jansdijk)\n"
    "T 0523 - 28 19 00 | M 06 - 41 27 83 55\n"
    "www.drie-marken.nl\n\n"
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Ontvangt u dit bericht ten onrechte, dan wordt u "
    "verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te retourneren.\n"
)
GERRIT = "Gerrit Oosterhof <g.oosterhof@hunzedal.nl>"
JOOST = "Joost Kramer <joostkramer.wo@gmail.com>"
OMMERVELD = "Gemeente Ommerveld <info@ommerveld.nl>"
MARCO = "Marco de Bruijn <m.debruijn@maasheggen-wo.nl>"
MARCO_SIG = (
    "Met vriendelijke groet,\n\n"
    "M. (Marco) de Bruijn\n"
    "Directeur Werkorganisatie Maasheggen\n"
    "Postbus 44\n"
    "5446 ZH Heeswijk aan de Maas\n"
)
PIET = "Piet Hulshof <p.hulshof@lingebroek.nl>"
SANNE = "Sanne Dijkstra <s.dijkstra@zuidoevers.nl>"
WIM = "Wim Hazelaar <w.hazelaar@dijkenpolder.nl>"
FATIMA = "Fatima El Amrani <f.elamrani@heuvelrand-oost.nl>"
KJ = "Klaas-Jan Veldhuis <kj.veldhuis@sudwald.frl>"
BERT = "Bert Lammers <b.lammers@kempenhoek.nl>"
ELLEN = "Ellen Post <e.post@beekdal.nl>"
NADIA = "Nadia Verbeek <n.verbeek@dijkenpolder.nl>"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ January: call for themes, new members
    {
        "id": "h25-jan-01", "kind": "autoreply", "thread": "call_for_themes", "sender": ELLEN,
        "subject": "Automatisch antwoord: " + OPROEP,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": (
            "Dank voor uw bericht. Tot en met vrijdag 8 januari ben ik met vakantie; daarna lees ik mijn mail weer.\n\n"
            "Voor dringende zaken kunt u terecht bij het directiesecretariaat, 0573 - 46 20 00.\n\n"
            "Ellen Post\n"
            "directeur Werkorganisatie Beekdal\n"
        ),
    },
    {
        "id": "h25-jan-02", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple", "sender": GERRIT,
        "subject": "Re: " + OPROEP,
        "body": (
            "personeel. we hebben al een half jaar 3 vacatures openstaan bij vergunningen en er reageert niemand. hoe "
            "komen jullie aan mensen, zelf opleiden? traineeship? hogere schaal?\n\n"
            "Gr Gerrit\n\n"
            "Verstuurd vanaf mijn iPhone\n"
        ),
    },
    {
        "id": "h25-jan-03", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl", "sender": HENDRIKA,
        "body": (
            "Geachte heer Van de Laar, geachte mevrouw Huurneman,\n\n"
            "Gaarne maak ik gebruik van uw uitnodiging om een gespreksonderwerp aan te dragen.\n\n"
            "Onze werkorganisatie bestaat dit jaar acht jaar. De doelen waarmee wij destijds zijn gestart, te weten "
            "kwaliteit, minder kwetsbaarheid en beheersing van de kosten, zijn in hoofdlijnen gerealiseerd. Wat "
            "ontbreekt, is een gedeeld beeld van de volgende fase: waar staat De Drie Marken in 2035, en welke "
            "inhoudelijke agenda hoort daarbij?\n\n"
            "Ik zou met collega's willen verkennen hoe zij na de opbouwfase tot een langetermijnvisie op hun "
            "organisatie zijn gekomen, en wie daarbij het voortouw nam.\n\n"
            + HENDRIKA_SIG
        ),
    },
    {
        "id": "h25-jan-04", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail", "sender": JOOST,
        "body": (
            "Hoi Stan en Melanie,\n\n"
            "Twee dingen waar ik nu mee worstel:\n"
            "- we stappen over op zaakgericht werkne met een nieuw systeem en dat loopt voor geen meter. hoe hebben "
            "anderen die migratie aangepakt?\n"
            "- het gemeentehuis in Oudeschans gaat dicht. hoe houden we de dienstverlening in dat dorp op peil, "
            "mobiel loket? iets in de bieb?\n\n"
            "groet Joost\n"
        ),
    },
    {
        "id": "h25-jan-05", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail", "sender": BERT,
        "body": (
            "geen onderwerp van mijn kant, maar 11 maart ben ik erbij. staat al in de agenda\n\n"
            "Bert\n\n"
            "Verzonden vanaf mijn Galaxy\n"
        ),
    },
    {
        "id": "h25-jan-06", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise", "sender": OMMERVELD,
        "body": (
            "T.a.v. het secretariaat van het Netwerk van directeuren\n\n"
            "Beste Stan en Melanie,\n\n"
            "(Ik lees jullie berichten via de algemene postbus van Ommerveld, vandaar dit afzendadres.)\n\n"
            "Een onderwerp voor maart: de verhouding tussen onze twee gemeenten. Vaartdijk is de kleinste van de twee "
            "en voelt zich steeds vaker tekortgedaan als we de capaciteit verdelen. Hoe voorkom je dat één gemeente "
            "zich het kleine broertje voelt?\n\n"
            "Annelies van Wijk\n"
            "directeur Werkorganisatie Veld en Vaart\n"
        ),
    },
    {
        "id": "h25-jan-07", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl", "sender": KJ,
        "body": (
            "Goeie Stan en Melanie,\n\n"
            "Fijn dat we weer mogen meedenken. Mijn onderwerpen, één per regel zoals jullie vragen:\n\n"
            "- AI en automatisering in de backoffice inzetten zonder dat ons kleine I&A-team omvalt\n"
            "- een vast aanspreekpunt per dorp voor inwoners en verenigingen: wie heeft ervaring met "
            "dorpscontactpersonen?\n"
            "- meten wat inwoners van onze dienstverlening vinden, zonder een duur onderzoeksbureau in te huren\n\n"
            "Hartelijke groet,\n\n"
            "Klaas-Jan Veldhuis\n"
            "directeur\n"
            "Werkorganisatie Súdwâld\n"
            "T 0513 - 71 90 20\n"
        ),
    },
    {
        "id": "h25-jan-08", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes", "sender": SANNE, "subject": "RE: " + OPROEP,
        "body": (
            "Hoi Stan en Melanie,\n\n"
            "Ik heb mijn punten hieronder tussen jullie tekst gezet (SD).\n\n"
            "Groet, Sanne\n\n"
            "-----Original Message-----\n"
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Monday, January 4, 2027 9:02 AM\n"
            "To: Sanne Dijkstra <s.dijkstra@zuidoevers.nl>\n"
            "Subject: " + OPROEP + "\n\n"
            "Beste Sanne Dijkstra,\n\n"
            "Op donderdag 11 maart 2027 organiseren wij het volgende Leer- en inspireer-atelier: een\n"
            "interactieve sessie waarin u met collega-directeuren in gesprek gaat, inzichten deelt en inspiratie "
            "opdoet.\n\n"
            "U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de\n"
            "(door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "- Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "- Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, "
            "positie in de regio;\n"
            "[SD] De regio wil dat wij taken overhevelen naar de centrumgemeente. Hoe bepaal je als kleine "
            "werkorganisatie je eigen positie in de regio?\n"
            "- Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;\n"
            "[SD] Hybride werken: hoe houd je een organisatie van zestig mensen bij elkaar als de helft thuiswerkt?\n"
            "- Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring "
            "van prestaties.\n\n"
            "Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027. Eén onderwerp per regel helpt "
            "ons\n"
            "bij het tellen. De Adviesraad weegt alle suggesties en adviseert over het programma; daarna ontvangt u "
            "de uitnodiging.\n\n"
            "Met vriendelijke groet,\n\n"
            "Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl\n"
            "Melanie Huurneman, adviseur, 06 - 23 50 94 48, m.huurneman@seinstravandelaar.nl\n"
            "Secretariaat Netwerk van directeuren van ambtelijke fusieorganisaties (SeinstravandeLaar)\n"
            "info@ambtelijkefusie.nl\n"
        ),
    },
    {
        "id": "h25-jan-09", "kind": "subscribe", "thread": None,
        "sender": "Rutger Hofstee <r.hofstee@waardenburg-ooijen.nl>", "subject": "Aanmelding netwerk directeuren",
        "body": (
            "Goedemiddag,\n\n"
            "Sinds 1 januari ben ik directeur van de werkorganisatie van de gemeenten Waardenburg en Ooijen. Mijn "
            "voorganger wees me op uw netwerk; ik word graag lid.\n\n"
            "Met vriendelijke groet,\n\n"
            "Rutger Hofstee\n"
            "directeur Werkorganisatie Waardenburg-Ooijen\n"
        ),
    },
    {
        "id": "h25-jan-10", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Rutger Hofstee <r.hofstee@waardenburg-ooijen.nl>",
        "body": "Bij dezen bevestigd.\n\nRutger Hofstee\n",
    },
    {
        "id": "h25-jan-11", "kind": "other",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Mariëlle Groen <m.groen@gemeente-sintjansdijk.nl>",
        "body": (
            "Goedemorgen,\n\n"
            "Ik heb mij nergens aangemeld en ken dit netwerk niet. Hoe komt u aan mijn e-mailadres, en wie heeft mij "
            "opgegeven?\n\n"
            "M. Groen\n"
        ),
    },
    {
        "id": "h25-jan-12", "kind": "unsubscribe",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "outlook-lijn",
        "sender": "Tjitske Hoekstra <t.hoekstra@sudwald.frl>",
        "body": (
            "Dit berust op een vergissing, ik heb geen aanmelding gedaan.\n\n"
            "Mvg,\n"
            "Tjitske Hoekstra\n"
            "teamleider Publiekszaken\n"
        ),
    },
    {
        "id": "h25-jan-13", "kind": "autoreply",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "sender": "Gemeente Vaartdijk <post@vaartdijk.nl>", "headers": {"Auto-Submitted": "auto-generated"},
        "body": (
            "Geachte afzender,\n\n"
            "Hartelijk dank voor uw e-mail aan de gemeente Vaartdijk. Wij hebben uw bericht in goede orde ontvangen "
            "en geregistreerd. Binnen vijf werkdagen ontvangt u een reactie of een ontvangstbevestiging met "
            "zaaknummer.\n\n"
            "Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.\n\n"
            "Gemeente Vaartdijk\n"
            "Dorpsstraat 1, Vaartdijk\n"
        ),
    },
    {
        "id": "h25-jan-14", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes", "sender": MARCO,
        "body": (
            "Goedemorgen Stan, Melanie,\n\n"
            "Voor het atelier in maart draag ik graag informatieveiligheid aan. Na de hack bij een buurgemeente vraagt "
            "ons bestuur hoe wij met een I&A-team van vier fte aan de BIO voldoen. Wie heeft dat slim georganiseerd: "
            "uitbesteden, een CISO delen, of iets anders?\n\n"
            + MARCO_SIG
        ),
    },
    {
        "id": "h25-jan-15", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl", "sender": FATIMA,
        "body": (
            "Beste Stan en Melanie,\n\n"
            "Mijn suggestie: het monitoren van onze prestaties richting inwoners. We rapporteren per gemeente over "
            "doorlooptijden van vergunningen en meldingen openbare ruimte, maar niemand leest het. Hoe maken anderen "
            "een dashboard dat inwoners en raadsleden wel gebruiken?\n\n"
            "Met vriendelijke groet,\n\n"
            "Fatima El Amrani\n"
            "Directeur | Werkorganisatie Heuvelrand-Oost\n"
        ),
    },
    {
        "id": "h25-jan-16", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn", "sender": WIM,
        "body": (
            "Beste mensen!\n\n"
            "Geen thema van mijn kant, wel een verzoek: kan het atelier eens ergens anders dan in Utrecht? Voor ons "
            "vanuit de kop van de provincie is dat ruim twee uur rijden, enkele reis. Een keer in het noorden, of "
            "anders helemaal online, zou ik zeer waarderen!!\n\n"
            "Groet,\n"
            "Wim Hazelaar\n"
            "Directeur Werkorganisatie Dijk en Polder\n"
        ),
    },
    {
        "id": "h25-jan-17", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Harm Wolters <h.wolters@trisveld.nl>",
        "body": (
            "Beste secretariaat,\n\n"
            "Voorstel voor een gespreksonderwerp: een gezamenlijke toekomstvisie van werkorganisatie én gemeenten. "
            "Waar willen we over tien jaar staan, en hoe krijg je drie gemeenteraden met elk een eigen koers "
            "daarachter? Bij ons dreigt de visie te stranden omdat één gemeente liever met de stad in de regio "
            "optrekt.\n\n"
            "Groet,\n"
            "Harm Wolters\n"
            "algemeen directeur Werkorganisatie Trisveld\n"
        ),
    },
    {
        "id": "h25-jan-18", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl", "sender": ELLEN,
        "body": (
            "Beste Stan en Melanie,\n\n"
            "Terug van vakantie, en meteen een onderwerp: duurzame inzetbaarheid. Bijna een derde van onze "
            "medewerkers gaat binnen acht jaar met pensioen. Hoe houden we die mensen gezond aan het werk, en hoe "
            "borgen we hun kennis voordat ze vertrekken?\n\n"
            "Op 11 maart ben ik er in elk geval bij.\n\n"
            "Groet,\n\n"
            "Ellen Post\n"
            "directeur Werkorganisatie Beekdal\n"
        ),
    },
    {
        "id": "h25-jan-19", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "apple", "sender": GERRIT,
        "body": (
            "nog eentje. in de kleine kernen mailen mensen niet, ze lopen gewoon binnen. hoe regelen jullie "
            "spreekuren in de dorpen nu er geen gemeentehuis meer staat?\n\n"
            "Gr Gerrit\n\n"
            "Verstuurd vanaf mijn iPhone\n"
        ),
    },
    {
        "id": "h25-jan-20", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl", "sender": KJ,
        "body": (
            "Goeie Stan,\n\n"
            "In jullie oproep lees ik dat de Adviesraad de suggesties weegt. Zoeken jullie daar nog mensen voor? Ik "
            "denk graag mee over het programma, zeker omdat het noorden er nu niet in vertegenwoordigd is.\n\n"
            "Hartelijke groet,\n"
            "Klaas-Jan\n"
        ),
    },
    {
        "id": "h25-jan-21", "kind": "subscribe", "thread": None, "sender": SANNE, "subject": "Aanmelding collega",
        "body": (
            "Hi Stan,\n\n"
            "Onze nieuwe adjunct-directeur, Youssef Bakkali, wil ook graag lid worden van het netwerk. Zijn adres is "
            "y.bakkali@zuidoevers.nl. Willen jullie hem aanmelden?\n\n"
            "Thanks!\n"
            "Sanne\n\n"
            "Sanne Dijkstra | directeur Werkorganisatie Zuidoevers | 06 - 18 44 20 71\n"
        ),
    },
    {
        "id": "h25-jan-22", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Youssef Bakkali <y.bakkali@zuidoevers.nl>",
        "body": "Klopt, dat was mijn collega namens mij. Akkoord!\n\nYoussef\n\nOutlook voor iOS downloaden\n",
    },
    {
        "id": "h25-jan-23", "kind": "other", "thread": None,
        "sender": "Gemeente Haarle aan de Dijk <gemeente@haarleaandedijk.nl>", "subject": "Verzendlijst bijeenkomsten",
        "body": (
            "Goedendag,\n\n"
            "Onze gemeentesecretaris en de twee afdelingshoofden van de werkorganisatie willen graag op de hoogte "
            "blijven van uw bijeenkomsten. Kunt u hen toevoegen aan uw verzendlijst?\n\n"
            "Met vriendelijke groet,\n\n"
            "Klantcontactcentrum gemeente Haarle aan de Dijk\n"
            "Postbus 3, 8255 ZG Haarle aan de Dijk\n"
        ),
    },
    {
        "id": "h25-jan-24", "kind": "other", "thread": None,
        "sender": "Johan Ruiterkamp <j.ruiterkamp@hoornwolde.nl>", "subject": "Lidmaatschap",
        "body": (
            "Geacht secretariaat,\n\n"
            "Ik ben geen directeur van een werkorganisatie, maar gemeentesecretaris van Hoornwolde, een van de drie "
            "gemeenten achter De Drie Marken. Is het netwerk ook voor mij toegankelijk, of alleen voor de directeuren "
            "zelf?\n\n"
            "Met vriendelijke groet,\n"
            "Johan Ruiterkamp\n"
        ),
    },
    {
        "id": "h25-jan-25", "kind": "unsubscribe",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes-wrote",
        "sender": "Theo Brink <t.brink@berkelstroom.nl>",
        "body": (
            "Graag uitschrijven. Per 1 februari stop ik als directeur, en een opvolger is nog niet "
            "benoemd.\n\n"
            "Theo Brink\n"
        ),
    },
    {
        "id": "h25-jan-26", "kind": "rsvp", "attending": False,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Anouk Zwart <a.zwart@werkorganisatie-ijsselkant.nl>",
        "body": (
            "Dag Stan en Melanie,\n\n"
            "In maart ben ik er helaas niet bij; die hele week zit ik in het buitenland. Het aandragen van "
            "onderwerpen laat ik deze keer dus aan anderen over.\n\n"
            "Groet,\n"
            "Anouk Zwart\n"
        ),
    },
    {
        "id": "h25-jan-27", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "sender": "Roel Kuiper <r.kuiper@wo-noorderkwartier.nl>",
        "subject": "Re: " + OPROEP,
        "body": (
            "Op ma 4 jan 2027 om 09:02 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl>:\n\n"
            "> Welk vraagstuk rond de\n"
            "> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:\n"
            "> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;\n"
            "> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, "
            "positie in de regio;\n"
            "> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, "
            "werkprocessen, financiën, I&A;\n"
            "> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, "
            "monitoring van prestaties.\n\n"
            "Deze. Onze agrarische ondernemers moeten voor een nieuwe stal bij vijf loketten langs. Wie heeft al één "
            "digitaal ondernemersloket waar ze alle vergunningen en meldingen in één keer kwijt kunnen?\n\n"
            "> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.\n\n"
            "Roel Kuiper\n"
        ),
    },
    {
        "id": "h25-jan-28", "kind": "suggestion", "themes": ["organisatie"],
        "thread": None, "quoted": "oproep_themas", "quote": "doorgestuurd", "sender": PIET,
        "subject": "RE: FW: " + OPROEP,
        "body": (
            "Stan, Melanie,\n\n"
            "Anja zette jullie oproep door. Mijn onderwerp: de bedrijfsvoering weer op orde na een rommelige "
            "overstap naar de cloud. Licenties, kosten, beheer, het hangt allemaal aan een paar mensen.\n\n"
            "PH\n"
        ),
    },
    {
        "id": "h25-jan-29", "kind": "other",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Wendy Alberts <w.alberts@wo-groenlanden.nl>",
        "body": (
            "Bevestigd. Mag mijn plaatsvervanger ook lid worden, of is het lidmaatschap één persoon per "
            "werkorganisatie?\n\n"
            "Wendy Alberts\n"
        ),
    },
    {
        "id": "h25-jan-30", "kind": "other", "thread": None,
        "sender": "Frank Koster <frank.koster@wo-lindevallei.nl>", "subject": "lid worden?",
        "body": (
            "Hallo,\n\n"
            "Ik zou graag lid worden van het netwerk, maar zie nergens wat het kost. Is daar een bijdrage voor "
            "verschuldigd, en zo ja, hoeveel?\n\n"
            "Frank Koster\n"
            "directeur Werkorganisatie Lindevallei\n"
        ),
    },
    {
        "id": "h25-jan-31", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Rutger Hofstee <r.hofstee@waardenburg-ooijen.nl>",
        "body": (
            "Dank voor het welkom. Een onderwerp heb ik al: het harmoniseren van de arbeidsvoorwaarden. Onze "
            "medewerkers komen uit twee gemeenten met elk hun eigen regelingen, en dat schuurt nog steeds.\n\n"
            "Rutger Hofstee\n"
        ),
    },
    # ------------------------------------------------------------------ February: invitation and answers
    {
        "id": "h25-feb-01", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple", "sender": GERRIT,
        "subject": "Re: " + UITNODIGING,
        "body": "ja, ik kom\n\nVerstuurd vanaf mijn iPhone\n",
    },
    {
        "id": "h25-feb-02", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": HENDRIKA,
        "body": (
            "Geachte heer Van de Laar, geachte mevrouw Huurneman,\n\n"
            "Gaarne bevestig ik mijn aanwezigheid bij het atelier van 11 maart aanstaande. Ik word vergezeld door "
            "onze concerncontroller, de heer R. Bakker; wij komen derhalve met twee personen.\n\n"
            + HENDRIKA_SIG
        ),
    },
    {
        "id": "h25-feb-03", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": JOOST,
        "subject": "Re: " + UITNODIGING,
        "body": (
            "Op ma 1 feb 2027 om 08:30 schreef Netwerk van directeuren van ambtelijke fusieorganisaties <\n"
            "info@ambtelijkefusie.nl>:\n\n"
            "> Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld "
            "dan met hoeveel\n"
            "> personen u komt.\n\n"
            "ja ik kom, in mijn eentje\n\n"
            "> Graag uw antwoord vóór 2 maart 2027.\n\n"
            "ruim op tijd dus ;)\n\n"
            "Joost\n"
        ),
    },
    {
        "id": "h25-feb-04", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise", "sender": OMMERVELD,
        "body": (
            "T.a.v. secretariaat netwerk directeuren\n\n"
            "Helaas kan ik op 11 maart niet. Die middag is er een gezamenlijke raadsinformatiebijeenkomst van beide "
            "gemeenten, en die is niet te verzetten.\n\n"
            "Annelies van Wijk\n"
            "Werkorganisatie Veld en Vaart\n"
        ),
    },
    {
        "id": "h25-feb-05", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes", "sender": MARCO,
        "body": "Stan, Melanie,\n\nOp 11 maart ben ik aanwezig.\n\n" + MARCO_SIG,
    },
    {
        "id": "h25-feb-06", "kind": "rsvp", "attending": True,
        "thread": None, "quoted": "uitnodiging_atelier", "quote": "doorgestuurd", "sender": PIET,
        "subject": "RE: FW: " + UITNODIGING,
        "body": (
            "Hallo secretariaat,\n\n"
            "Mijn assistente stuurde me jullie uitnodiging door. Ik kom graag op de 11e.\n\n"
            "Groet,\n"
            "Piet Hulshof\n"
            "algemeen directeur Werkorganisatie Lingebroek\n"
        ),
    },
    {
        "id": "h25-feb-07", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": FATIMA,
        "body": (
            "Beste Stan en Melanie,\n\n"
            "Op 11 maart ben ik met verlof. In mijn plaats komt onze manager bedrijfsvoering, Jeroen Smits "
            "(j.smits@heuvelrand-oost.nl).\n\n"
            "Met vriendelijke groet,\n\n"
            "Fatima El Amrani\n"
            "Directeur | Werkorganisatie Heuvelrand-Oost\n"
        ),
    },
    {
        "id": "h25-feb-08", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail", "sender": BERT,
        "body": (
            "kom wel maar heb s ochtends commissie en daarna nog een overleg, dus ik schuif rond half 4 aan\n\n"
            "Bert\n\n"
            "Verzonden vanaf mijn Galaxy\n"
        ),
    },
    {
        "id": "h25-feb-09", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": KJ,
        "body": (
            "Goeie Stan en Melanie,\n\n"
            "Ik kom, samen met een van onze teamleiders, Sjoukje Hiemstra. Dus met z'n tweeën.\n\n"
            "Hartelijke groet,\n"
            "Klaas-Jan\n"
        ),
    },
    {
        "id": "h25-feb-10", "kind": "rsvp", "attending": True, "thread": "invitation", "sender": SANNE,
        "subject": "RE: " + UITNODIGING,
        "body": (
            "Zie hieronder (SD).\n\n"
            "-----Original Message-----\n"
            "From: Netwerk van directeuren van ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Sent: Monday, February 1, 2027 8:30 AM\n"
            "To: Sanne Dijkstra <s.dijkstra@zuidoevers.nl>\n"
            "Subject: " + UITNODIGING + "\n\n"
            "Beste Sanne Dijkstra,\n\n"
            "Wanneer: donderdag 11 maart 2027, 14.00 tot 17.30 uur\n"
            "Thema:   Samenwerking\n"
            "Waar:    Stadskantoor, Vredenburg 3, Utrecht\n\n"
            "Komt u? Beantwoord deze e-mail met \"ja, ik kom\" of \"nee, helaas\". Neemt u iemand mee, vermeld dan "
            "met hoeveel\n"
            "personen u komt.\n"
            "[SD] Ja, ik ben er. Zonder gast.\n"
            "Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.\n"
            "In Outlook kunt u ook de uitnodiging in de bijlage accepteren: dat telt als aanmelding.\n"
            "[SD] Bijlage kwam bij mij niet door, vandaar zo.\n"
        ),
    },
    {
        "id": "h25-feb-11", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn", "sender": WIM,
        "body": (
            "Ik ben er bij!! Mooi thema ook, daar kunnen wij in de polder over meepraten.\n\n"
            "Groet,\n"
            "Wim\n"
        ),
    },
    {
        "id": "h25-feb-12", "kind": "autoreply", "thread": "invitation", "sender": ELLEN,
        "subject": "Automatisch antwoord: " + UITNODIGING,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": (
            "Ik ben afwezig tot en met 19 februari. Uw bericht wordt niet doorgestuurd. Voor zaken die niet kunnen "
            "wachten: directiesecretariaat Beekdal, 0573 - 46 20 00.\n\n"
            "I am out of the office until February 19th and will not have access to my e-mail.\n"
        ),
    },
    {
        "id": "h25-feb-13", "kind": "other", "thread": None,
        "sender": "Marjan Koops <m.koops@rivierenhoek.nl>", "subject": "Atelier 11 maart - dhr. Oosterbaan",
        "body": (
            "Goedemiddag,\n\n"
            "Namens de heer Oosterbaan, directeur van Werkorganisatie Rivierenhoek, laat ik u weten dat hij graag "
            "aanwezig is bij het atelier op 11 maart.\n\n"
            "Met vriendelijke groet,\n"
            "Marjan Koops\n"
            "directiesecretaresse\n"
        ),
    },
    {
        "id": "h25-feb-14", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Dorien Lamberts <d.lamberts@beekdal.nl>",
        "body": (
            "Goedemorgen,\n\n"
            "Namens mevrouw Post laat ik weten dat zij graag komt op 11 maart. Zij is deze week afwezig, vandaar "
            "dat ik reageer.\n\n"
            "Met vriendelijke groet,\n"
            "Dorien Lamberts\n"
            "secretariaat directie Werkorganisatie Beekdal\n"
        ),
    },
    {
        "id": "h25-feb-15", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail", "sender": JOOST,
        "body": (
            "Kom graag, maar alleen als ik mijn auto kwijt kan bij het stadskantoor, met de trein red ik 14.00 "
            "niet vanuit Oudeschans. Is er parkeerplek?\n\n"
            "Joost\n"
        ),
    },
    {
        "id": "h25-feb-16", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl", "sender": HENDRIKA,
        "body": (
            "Geachte heer Van de Laar,\n\n"
            "Mag ik u vragen of de locatie van het atelier rolstoeltoegankelijk is? De heer Bakker, die mij vergezelt, "
            "maakt gebruik van een rolstoel. Ik verneem graag of er voorzieningen zijn getroffen.\n\n"
            + HENDRIKA_SIG
        ),
    },
    {
        "id": "h25-feb-17", "kind": "rsvp", "attending": False, "thread": "invitation", "quote": "none",
        "sender": "Hanneke Jonkman <h.jonkman@oldeveld.nl>",
        "body": (
            "Beste Stan en Melanie,\n\n"
            "Op 11 maart heeft een van onze gemeenten een extra raadsvergadering ingelast, dus ik moet helaas "
            "verstek laten gaan. Succes met het atelier!\n\n"
            "Hanneke Jonkman\n"
        ),
    },
    {
        "id": "h25-feb-18", "kind": "other", "thread": None,
        "sender": "Koen Verhagen <koen@bureaubinnenwerk.nl>",
        "subject": "Samenwerking tijdens uw Leer- en inspireer-atelier?",
        "body": (
            "Geachte heer, mevrouw,\n\n"
            "Bureau Binnenwerk begeleidt al vijftien jaar kleine gemeenten en werkorganisaties bij "
            "organisatieontwikkeling. Graag verzorgen wij kosteloos een interactieve workshop tijdens een van uw "
            "ateliers, bijvoorbeeld over cultuurverschillen na een ambtelijke fusie.\n\n"
            "Mag ik u volgende week bellen om de mogelijkheden te bespreken?\n\n"
            "Met hartelijke groet,\n"
            "Koen Verhagen\n"
            "Bureau Binnenwerk | 06 - 52 18 90 33 | www.bureaubinnenwerk.nl\n"
        ),
    },
    {
        "id": "h25-feb-19", "kind": "autoreply", "thread": "invitation",
        "sender": "Henk Vos <h.vos@ommerveld.nl>", "subject": "Automatisch antwoord: " + UITNODIGING,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": (
            "Dit e-mailadres wordt niet meer gelezen. Uw bericht is niet doorgestuurd.\n\n"
            "Voor algemene vragen kunt u mailen naar info@ommerveld.nl of bellen met 14 0591.\n"
        ),
    },
    {
        "id": "h25-feb-20", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple", "sender": GERRIT,
        "subject": "Re: " + UITNODIGING,
        "body": (
            "moet toch afzeggen voor de 11e. college heeft juist die middag een heisessie gepland. sorry\n\n"
            "Gr Gerrit\n\n"
            "Verstuurd vanaf mijn iPhone\n"
        ),
    },
    {
        "id": "h25-feb-21", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise", "sender": OMMERVELD,
        "body": (
            "T.a.v. secretariaat\n\n"
            "Beste Stan en Melanie,\n\n"
            "Jullie berichten komen binnen op de algemene postbus van Ommerveld en worden dan door het KCC naar mij "
            "doorgestuurd, soms dagen later. Kunnen jullie ze voortaan rechtstreeks sturen naar "
            "a.vanwijk@veldenvaart.nl?\n\n"
            "Annelies van Wijk\n"
        ),
    },
    {
        "id": "h25-feb-22", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Jolanda Meijerink <j.meijerink@wo-slingeland.nl>",
        "body": (
            "Jammer. Haal me dan maar van de wachtlijst, ik plan die middag iets anders in.\n\n"
            "Jolanda\n"
        ),
    },
    {
        "id": "h25-feb-23", "kind": "unsubscribe",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Renske van Dalen <r.vandalen@wo-egmondkust.nl>",
        "body": (
            "Ik kom niet, en eerlijk gezegd wil ik ook van de lijst af: ik kom er te weinig aan toe en lees de "
            "berichten toch niet. Dank voor de moeite.\n\n"
            "Renske van Dalen\n"
        ),
    },
    {
        "id": "h25-feb-24", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "sender": "Jeroen Smits <j.smits@heuvelrand-oost.nl>",
        "body": (
            "Dank voor de uitnodiging; ik kom graag in de plaats van Fatima.\n\n"
            "Met vriendelijke groet,\n"
            "Jeroen Smits\n"
            "manager bedrijfsvoering Werkorganisatie Heuvelrand-Oost\n"
        ),
    },
    {
        "id": "h25-feb-25", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Henk Zijlstra <h.zijlstra@wo-deltaeilanden.nl>", "subject": "Geaccepteerd: " + UITNODIGING,
        "body": "Tot de 11e!\n",
    },
    {
        "id": "h25-feb-26", "kind": "rsvp", "attending": False, "thread": "invitation",
        "sender": "Ria Smeenk <r.smeenk@achterveld-wo.nl>", "subject": "Geweigerd: " + UITNODIGING,
        "body": "Helaas, andere verplichtingen die dag.\n",
    },
    {
        "id": "h25-feb-27", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-en",
        "sender": "Mohamed Ouali <m.ouali@wo-brabantsewal.nl>",
        "body": (
            "Goedemiddag,\n\n"
            "Ik ben op die datum zelf ook verhinderd, dus ik moet helaas bedanken. Dirk weet ervan.\n\n"
            "Groet,\n"
            "Mohamed Ouali\n"
        ),
    },
    # ------------------------------------------------------------------ March: change of date, reminder, follow-up
    {
        "id": "h25-mar-01", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "apple", "sender": GERRIT,
        "body": "18 maart kan ik wel. dan kom ik dus toch\n\nVerstuurd vanaf mijn iPhone\n",
    },
    {
        "id": "h25-mar-02", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "notes-wrote", "sender": MARCO,
        "body": (
            "Door de verschuiving naar 18 maart kan ik helaas niet meer; die dag heb ik een regionaal DB-overleg. "
            "Wilt u mijn aanmelding intrekken?\n\n"
            + MARCO_SIG
        ),
    },
    {
        "id": "h25-mar-03", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-lijn", "sender": WIM,
        "body": (
            "Balen!! Op 18 maart zit ik de hele dag in Den Haag. Mijn adjunct Nadia Verbeek "
            "(n.verbeek@dijkenpolder.nl) gaat in mijn plaats.\n\n"
            "Groet,\n"
            "Wim\n"
        ),
    },
    {
        "id": "h25-mar-04", "kind": "other",
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "gmail", "sender": BERT,
        "body": (
            "blijft de teams link hetzelfde? misschien schuif ik online aan, scheelt me een halve dag rijden\n\n"
            "Bert\n\n"
            "Verzonden vanaf mijn Galaxy\n"
        ),
    },
    {
        "id": "h25-mar-05", "kind": "autoreply", "thread": "invitation", "sender": MARCO,
        "subject": "Marco de Bruijn is niet op kantoor.",
        "body": (
            "Ik ben afwezig vanaf 26-02-2027 en ben terug op 08-03-2027.\n\n"
            "Ik zal uw bericht na terugkomst beantwoorden. Voor dringende zaken kunt u contact opnemen met het "
            "secretariaat van de Werkorganisatie Maasheggen, telefoon 0412 - 63 70 00.\n"
        ),
    },
    {
        "id": "h25-mar-06", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-lijn", "sender": NADIA,
        "body": (
            "Goedemiddag,\n\n"
            "Dank voor de uitnodiging. Ik ben er op 18 maart, in het Provinciehuis begrijp ik.\n\n"
            "Met vriendelijke groet,\n"
            "Nadia Verbeek\n"
            "adjunct-directeur Werkorganisatie Dijk en Polder\n"
        ),
    },
    {
        "id": "h25-mar-07", "kind": "rsvp", "attending": False,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl", "sender": HENDRIKA,
        "body": (
            "Geachte heer Van de Laar, geachte mevrouw Huurneman,\n\n"
            "Tot mijn spijt moet ik mij afmelden voor het atelier van aanstaande donderdag. In verband met een "
            "calamiteit in een van onze gemeenten ben ik die dag niet te missen. Ook de heer Bakker zal niet "
            "komen.\n\n"
            + HENDRIKA_SIG
        ),
    },
    {
        "id": "h25-mar-08", "kind": "rsvp", "attending": False,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "gmail", "sender": BERT,
        "body": "helaas ik kan niet, griep te pakken\n\nBert\n",
    },
    {
        "id": "h25-mar-09", "kind": "autoreply", "thread": "reminder",
        "sender": "Thomas Veenstra <t.veenstra@wo-lauwerskust.nl>", "subject": "Automatisch antwoord: " + HERINNERING,
        "body": (
            "Beste afzender,\n\n"
            "Tot 1 april ben ik met ouderschapsverlof en lees ik mijn mail niet. Voor zaken rond de werkorganisatie "
            "kunt u terecht bij mijn collega Ruud Meijer (r.meijer@wo-lauwerskust.nl).\n\n"
            "Thomas Veenstra\n"
        ),
    },
    {
        "id": "h25-mar-10", "kind": "rsvp", "attending": True,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl", "sender": KJ,
        "body": (
            "Ik kom, maar de trein vanuit Ljouwert is er pas om 14.20 uur. Ik schuif dus wat later aan; begin "
            "gerust zonder mij.\n\n"
            "Klaas-Jan\n"
        ),
    },
    {
        "id": "h25-mar-11", "kind": "rsvp", "attending": True,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "gmail", "sender": BERT,
        "body": "griep valt mee, ik kom toch gewoon. tot donderdag\n\nVerzonden vanaf mijn Galaxy\n",
    },
    {
        "id": "h25-mar-12", "kind": "autoreply", "thread": "reminder", "sender": SANNE,
        "subject": "Automatic reply: " + HERINNERING,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": (
            "Thanks for your message. Dank voor je bericht! Ik zit tot en met woensdag 17 maart op een congres en "
            "lees maar beperkt mail. Dringend? Bel 06 - 18 44 20 71.\n\n"
            "Sanne Dijkstra\n"
        ),
    },
    {
        "id": "h25-mar-13", "kind": "other",
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "sender": "Jan-Willem Brouwer <jw.brouwer@wo-graafschapzuid.nl>",
        "body": (
            "Beste Stan en Melanie,\n\n"
            "Een datumwijziging zo kort van tevoren is voor ons lastig: ik had 11 maart vrijgehouden en daarvoor al "
            "een overleg met twee burgemeesters verzet. Ik hoop dat dit een uitzondering blijft.\n\n"
            "Met vriendelijke groet,\n"
            "Jan-Willem Brouwer\n"
        ),
    },
    {
        "id": "h25-mar-14", "kind": "other",
        "thread": "invitation", "quoted": "annulering_atelier", "quote": "outlook-nl",
        "sender": "Esther Kamphuis <e.kamphuis@wo-vechtstreek.nl>",
        "body": (
            "Hallo,\n\n"
            "Vanochtend ontving ik een annulering van het atelier, terwijl ik gisteren nog de wijziging naar 18 maart "
            "kreeg. Gaat het nu wel of niet door?\n\n"
            "Groet,\n"
            "Esther Kamphuis\n"
        ),
    },
    {
        "id": "h25-mar-15", "kind": "rsvp", "attending": False,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Anja Roelofs <a.roelofs@lingebroek.nl>",
        "body": (
            "Goedemorgen,\n\n"
            "De heer Hulshof is ziek en kan donderdag helaas niet komen. Zijn plaats mag naar iemand op de "
            "wachtlijst.\n\n"
            "Met vriendelijke groet,\n"
            "Anja Roelofs\n"
            "managementondersteuning directie | Werkorganisatie Lingebroek\n"
        ),
    },
    {
        "id": "h25-mar-16", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn", "sender": NADIA,
        "body": (
            "Beste Stan en Melanie,\n\n"
            "Dank voor de fijne middag. Als invaller voelde ik me meteen welkom, en het verslag is helder.\n\n"
            "Met vriendelijke groet,\n"
            "Nadia Verbeek\n"
        ),
    },
    {
        "id": "h25-mar-17", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail", "sender": JOOST,
        "body": (
            "leuk atelier! voor de volgende keer: lean werken in de backoffice. we hebben net een pilot gedaan bij "
            "belastingen en het scheelt echt, ben benieuwd hoe anderen hun werkprocesen stroomlijnen\n\n"
            "Joost\n"
        ),
    },
    {
        "id": "h25-mar-18", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": KJ,
        "body": (
            "Goeie Stan en Melanie,\n\n"
            "Dank voor de inspirerende middag. Voor het volgende atelier stel ik voor door te praten over onze positie "
            "in de regio. De provincie wil dat we aansluiten bij een regiodeal rond de stad, maar onze dorpen hebben "
            "heel andere belangen. Hoe houden anderen als kleine werkorganisatie hun stem in de regio?\n\n"
            "Hartelijke groet,\n"
            "Klaas-Jan\n"
        ),
    },
    {
        "id": "h25-mar-19", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple", "sender": GERRIT,
        "body": (
            "goede middag was het. wel te weinig tijd voor de tweede ronde, die werd afgeraffeld\n\n"
            "Gr Gerrit\n\n"
            "Verstuurd vanaf mijn iPhone\n"
        ),
    },
    {
        "id": "h25-mar-20", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": HENDRIKA,
        "body": (
            "Geachte heer Van de Laar, geachte mevrouw Huurneman,\n\n"
            "Hoewel ik op 18 maart helaas verhinderd was, draag ik graag een onderwerp aan voor het najaar: hoe "
            "vertaalt men de bestuurlijke prioriteiten uit de nieuwe collegeprogramma's naar een inhoudelijke "
            "meerjarenagenda voor de werkorganisatie, en hoe houdt men die agenda vervolgens overeind?\n\n"
            + HENDRIKA_SIG
        ),
    },
    {
        "id": "h25-mar-21", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl", "sender": FATIMA,
        "body": (
            "Beste Stan en Melanie,\n\n"
            "Jeroen Smits was er namens mij en kwam enthousiast terug. Kunnen jullie de presentatie van de inleider "
            "ook delen? In het verslag staat alleen een samenvatting.\n\n"
            "Met vriendelijke groet,\n\n"
            "Fatima El Amrani\n"
            "Directeur | Werkorganisatie Heuvelrand-Oost\n"
        ),
    },
    {
        "id": "h25-mar-22", "kind": "suggestion", "themes": ["organisatie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes", "sender": MARCO,
        "body": (
            "Goedemiddag,\n\n"
            "Ik was er deze keer niet bij, maar heb wel een onderwerp voor het najaar. De kosten van onze "
            "werkorganisatie lopen op en de deelnemende gemeenten twisten over de verdeelsleutel. Hoe houd je de "
            "financiën beheersbaar en de gemeenten tegelijk tevreden over wat ze bijdragen?\n\n"
            + MARCO_SIG
        ),
    },
    {
        "id": "h25-mar-23", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Paul Wessels <p.wessels@wo-peelrand.nl>",
        "body": "Kun je dit even in mijn agenda zetten voor volgende week? Thx\n\nVerstuurd vanaf mijn iPad\n",
    },
    {
        "id": "h25-mar-24", "kind": "autoreply", "thread": "call_for_themes", "sender": KJ,
        "subject": "Automatysk antwurd: " + VERVOLG, "headers": {"Auto-Submitted": "auto-replied"},
        "body": (
            "Ik bin oant en mei 2 april mei fakânsje.\n"
            "Ik ben tot en met 2 april met vakantie en lees mijn mail daarna. Voor dringende zaken: secretariaat "
            "Werkorganisatie Súdwâld, 0513 - 71 90 00.\n"
        ),
    },
    {
        "id": "h25-mar-25", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "ongemarkeerd",
        "sender": "Liesbeth Haverkamp <l.haverkamp@wo-twentekanaal.nl>",
        "body": (
            "Volgende keer graag verder met de cijfers van het klantcontactcentrum: hoe meten jullie de tevredenheid "
            "van inwoners per dorp, en wat doen jullie met de uitkomsten?\n\n"
            "Liesbeth Haverkamp\n"
        ),
    },
    # ------------------------------------------------------------------ April: hand-overs, erasures, newcomers
    {
        "id": "h25-apr-01", "kind": "unsubscribe", "thread": None, "sender": WIM, "subject": "Afscheid en opvolging",
        "body": (
            "Beste Stan en Melanie!\n\n"
            "Per 1 mei ga ik met pensioen. Mijn opvolger wordt Nadia Verbeek, die jullie al kennen van het atelier. "
            "Willen jullie mij afmelden en haar op de lijst zetten? Haar adres: n.verbeek@dijkenpolder.nl.\n\n"
            "Het ga jullie goed!!\n"
            "Wim\n"
        ),
    },
    {
        "id": "h25-apr-02", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn", "sender": NADIA,
        "body": "Ja, graag.\n\nNadia Verbeek\n",
    },
    {
        "id": "h25-apr-03", "kind": "other",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-lijn", "sender": WIM,
        "body": (
            "Dank voor alles, ik heb veel aan het netwerk gehad. Nadia is een prima opvolger!\n\n"
            "Wim\n"
        ),
    },
    {
        "id": "h25-apr-04", "kind": "unsubscribe", "erase": True, "thread": None,
        "sender": "C.M. Visscher <c.visscher@wo-zeeuwsehoek.nl>", "subject": "Verzoek tot verwijdering (art. 17 AVG)",
        "body": (
            "Geachte heer, mevrouw,\n\n"
            "Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u al mijn "
            "persoonsgegevens uit uw bestanden te verwijderen en mij schriftelijk te bevestigen dat dit is "
            "gebeurd.\n\n"
            "Hoogachtend,\n\n"
            "mr. drs. C.M. Visscher\n"
        ),
    },
    {
        "id": "h25-apr-05", "kind": "other", "thread": None, "sender": FATIMA, "subject": "Inzage gegevens",
        "body": (
            "Beste Stan en Melanie,\n\n"
            "Welke gegevens hebben jullie eigenlijk van mij vastgelegd? Ik ontvang graag een overzicht.\n\n"
            "Met vriendelijke groet,\n\n"
            "Fatima El Amrani\n"
        ),
    },
    {
        "id": "h25-apr-06", "kind": "subscribe", "thread": None,
        "sender": "Gemeente Haarle aan de Dijk <gemeente@haarleaandedijk.nl>", "subject": "Aanmelding nieuwe directeur",
        "body": (
            "Goedendag,\n\n"
            "Naar aanleiding van ons eerdere bericht: alleen onze nieuwe directeur van de werkorganisatie, de heer "
            "Sander Groot (s.groot@haarleaandedijk.nl), wil lid worden van het netwerk. Wilt u hem aanmelden?\n\n"
            "Met vriendelijke groet,\n\n"
            "Klantcontactcentrum gemeente Haarle aan de Dijk\n"
        ),
    },
    {
        "id": "h25-apr-07", "kind": "confirm",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "apple",
        "sender": "Sander Groot <s.groot@haarleaandedijk.nl>",
        "body": "Verstuurd vanaf mijn iPhone\n",
    },
    {
        "id": "h25-apr-08", "kind": "other", "thread": None, "sender": OMMERVELD, "subject": "De heer H. Vos",
        "body": (
            "Goedendag,\n\n"
            "Wij ontvangen nog regelmatig berichten van u voor de heer H. Vos. De heer Vos is sinds 1 maart niet "
            "meer in dienst van de werkorganisatie.\n\n"
            "Met vriendelijke groet,\n\n"
            "Klantcontactcentrum Ommerveld\n"
        ),
    },
    {
        "id": "h25-apr-09", "kind": "subscribe",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "gmail",
        "sender": "Mirjam de Haan <m.dehaan@wo-langstraat.nl>",
        "body": (
            "lid blijven\n\n"
            "Ik had per ongeluk op jullie mail geantwoord in plaats van hem door te sturen naar mijn collega. "
            "Excuus!\n\n"
            "Grt, Mirjam\n"
        ),
    },
    {
        "id": "h25-apr-10", "kind": "other", "thread": None,
        "sender": "Bas Kuijpers <b.kuijpers@wo-graafschapzuid.nl>", "subject": "Factuur SeinstravandeLaar",
        "body": (
            "Goedemiddag,\n\n"
            "Wij ontvingen een factuur van SeinstravandeLaar voor deelname van onze directeur aan het atelier van "
            "18 maart. Ik had begrepen dat het lidmaatschap kosteloos is. Kunt u toelichten waar deze factuur op "
            "ziet?\n\n"
            "Met vriendelijke groet,\n"
            "Bas Kuijpers\n"
            "concerncontroller\n"
        ),
    },
    {
        "id": "h25-apr-11", "kind": "other", "thread": None,
        "sender": "Emma van Rooijen <e.vanrooijen@student.utwente.nl>", "subject": "Enquête ambtelijke fusies",
        "body": (
            "Beste heer Van de Laar en mevrouw Huurneman,\n\n"
            "Voor mijn masterscriptie Bestuurskunde onderzoek ik hoe directeuren van ambtelijke fusieorganisaties "
            "sturen tussen meerdere gemeentebesturen. Zou ik een korte vragenlijst (tien minuten) onder de leden van "
            "uw netwerk mogen verspreiden?\n\n"
            "Met vriendelijke groet,\n"
            "Emma van Rooijen\n"
        ),
    },
    {
        "id": "h25-apr-12", "kind": "unsubscribe", "erase": True,
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-en",
        "sender": "Pieter Hendriks <p.hendriks@wo-maaskant.nl>",
        "body": "Prima. Wilt u dan ook al mijn gegevens volledig uit uw administratie verwijderen?\n\nP. Hendriks\n",
    },
    {
        "id": "h25-apr-13", "kind": "unsubscribe",
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Corine Westra <c.westra@wo-friesewouden.nl>",
        "body": (
            "Oei, dit was niet de bedoeling: mijn secretariaat heeft mij aangemeld zonder te overleggen. Haal mij "
            "maar weer van de lijst.\n\n"
            "Corine Westra\n"
        ),
    },
    {
        "id": "h25-apr-14", "kind": "subscribe", "thread": None,
        "sender": "Henk-Jan Oude Luttikhuis <hjoudeluttikhuis@gmail.com>", "subject": "aanmelden",
        "body": (
            "Goedendag,\n\n"
            "Per 1 april ben ik interim-directeur van Werkorganisatie Dinkelvenn. Mijn werkmail is nog niet "
            "geregeld, dus meld mij voorlopig graag aan op dit adres.\n\n"
            "Vr. groet,\n"
            "Henk-Jan Oude Luttikhuis\n"
        ),
    },
    {
        "id": "h25-apr-15", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Henk-Jan Oude Luttikhuis <hjoudeluttikhuis@gmail.com>",
        "body": "",
    },
    {
        "id": "h25-apr-16", "kind": "confirm", "thread": "confirmation",
        "sender": "Saskia Verhoef <s.verhoef@wo-alblasserwaard-oost.nl>",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-P4D7N-KW9HC-2LMV6]",
        "body": (
            "Op 12 apr. 2027 om 14:41 heeft Netwerk van directeuren van ambtelijke fusieorganisaties "
            "<info@ambtelijkefusie.nl> het volgende geschreven:\n\n"
            "> Beste Saskia Verhoef,\n"
            ">\n"
            "> Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen. Zo weten we zeker "
            "dat dit e-mailadres van u is en dat u onze berichten wilt ontvangen.\n\n"
            "Ja hoor, bij deze.\n\n"
            "> Uw referentie is AF-P4D7N-KW9HC-2LMV6. Deze is geldig tot en met 26 april 2027.\n"
        ),
    },
    {
        "id": "h25-apr-17", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Lotte Wiersma <l.wiersma@wo-kropswolde.nl>",
        "body": "Akkoord, hierbij bevestigd.\n\nMet vriendelijke groet,\nLotte Wiersma\n",
    },
    {
        "id": "h25-apr-18", "kind": "other", "thread": None, "sender": JOOST, "subject": "nieuw mailadres",
        "body": (
            "Hoi,\n\n"
            "Vanaf 1 mei gebruik ik alleen nog mijn werkadres j.kramer@tweekernen.nl, deze gmail gaat eruit. "
            "Kunnen jullie dat aanpassen?\n\n"
            "groet Joost\n"
        ),
    },
    # ------------------------------------------------------------------ May and June
    {
        "id": "h25-may-01", "kind": "unsubscribe", "erase": True, "thread": None, "sender": ELLEN,
        "subject": "Afmelden + gegevens",
        "body": (
            "Beste Stan en Melanie,\n\n"
            "Per 1 juni verlaat ik Beekdal en ga ik buiten het openbaar bestuur aan de slag. Willen jullie mij "
            "afmelden en mijn gegevens verwijderen? Een opvolger is nog niet bekend.\n\n"
            "Dank voor de mooie bijeenkomsten.\n\n"
            "Ellen Post\n"
        ),
    },
    {
        "id": "h25-may-02", "kind": "unsubscribe", "thread": None, "sender": BERT, "subject": "afmelden",
        "body": (
            "afmelden graag. ben per 1 juni weg bij kempenhoek, ga naar de provincie. bedankt voor alles\n\n"
            "Bert\n\n"
            "Verzonden vanaf mijn Galaxy\n"
        ),
    },
    {
        "id": "h25-may-03", "kind": "subscribe", "thread": None, "sender": OMMERVELD,
        "subject": "Aanmelding adjunct Veld en Vaart",
        "body": (
            "T.a.v. Stan en Melanie\n\n"
            "Willen jullie mijn adjunct Ilse Kuipers ook aanmelden voor het netwerk? Haar adres is "
            "i.kuipers@veldenvaart.nl.\n\n"
            "(Sorry, toch weer via de algemene postbus, ik zit thuis zonder laptop.)\n\n"
            "Annelies van Wijk\n"
        ),
    },
    {
        "id": "h25-may-04", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "sender": "Ilse Kuipers <i.kuipers@veldenvaart.nl>",
        "body": "Ja, ik wil graag lid worden.\n\nIlse Kuipers\nadjunct-directeur Werkorganisatie Veld en Vaart\n",
    },
    {
        "id": "h25-may-05", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Dick Hoogland <d.hoogland@wo-achterhoek-oost.nl>",
        "body": (
            "Beste secretariaat,\n\n"
            "Ik overweeg mij af te melden, omdat de ateliers steeds in Utrecht zijn en de reis voor ons uit het "
            "oosten te lang is. Komt er binnenkort een editie bij ons in de buurt? Zo niet, dan meld ik mij af.\n\n"
            "Dick Hoogland\n"
        ),
    },
    {
        "id": "h25-may-06", "kind": "other", "thread": None,
        "sender": "Ans Bulthuis <a.bulthuis@wo-westerkwartier-zuid.nl>", "subject": "Alleen de verslagen",
        "body": (
            "Goedemorgen,\n\n"
            "Ik kom zelden naar de ateliers en hoef de uitnodigingen niet meer te ontvangen. De verslagen lees ik "
            "wel graag. Kan ik alleen die blijven krijgen?\n\n"
            "Met vriendelijke groet,\n"
            "Ans Bulthuis\n"
        ),
    },
    {
        "id": "h25-may-07", "kind": "unsubscribe", "erase": True,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes",
        "sender": "Gerard Teunissen <g.teunissen@wo-rijnwaarden.nl>",
        "body": (
            "Verwijder mij alstublieft uit uw systemen, met al mijn gegevens. Ik werk niet langer in het openbaar "
            "bestuur.\n\n"
            "G. Teunissen\n"
        ),
    },
    {
        "id": "h25-may-08", "kind": "autoreply", "thread": "call_for_themes",
        "sender": "Martijn Kok <m.kok@wo-bommelerwaard-west.nl>", "subject": "Automatic reply: " + VERVOLG,
        "headers": {"Precedence": "auto_reply", "X-Autoreply": "yes"},
        "body": (
            "I am currently out of the office with limited access to e-mail. I will return on Monday 10 May. For "
            "urgent matters please contact the management office at +31 418 67 22 00.\n"
        ),
    },
    {
        "id": "h25-may-09", "kind": "unsubscribe",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Sietske Bakker <s.bakker@wo-eemsmond.nl>",
        "body": (
            "Dank voor de bevestiging. Mijn opvolger, Mark Timmerman, begint op 1 juni en neemt mijn plek in het "
            "netwerk graag over: m.timmerman@wo-eemsmond.nl.\n\n"
            "Hartelijke groet,\n"
            "Sietske Bakker\n"
        ),
    },
    {
        "id": "h25-may-10", "kind": "suggestion", "themes": ["samenwerking"], "thread": None, "sender": OMMERVELD,
        "subject": "Onderwerp voor het najaarsatelier",
        "body": (
            "T.a.v. secretariaat netwerk\n\n"
            "Alvast voor het najaarsatelier: hoe ga je om met een deelnemende gemeente die hardop overweegt uit de "
            "werkorganisatie te stappen? Bij ons is dat sinds kort een serieuze discussie in de raad van Vaartdijk.\n\n"
            "Annelies van Wijk\n"
        ),
    },
    {
        "id": "h25-jun-01", "kind": "unsubscribe", "thread": None, "sender": HENDRIKA,
        "subject": "Beëindiging lidmaatschap en opvolging",
        "body": (
            "Geachte heer Van de Laar, geachte mevrouw Huurneman,\n\n"
            "Per 1 juli aanvaard ik elders een functie als gemeentesecretaris. Mijn opvolger ad interim, de heer "
            "mr. P.A. van Leeuwen (p.vanleeuwen@drie-marken.nl), neemt mijn plaats in het netwerk graag over. Ik "
            "verzoek u derhalve mijn lidmaatschap te beëindigen en de heer Van Leeuwen als lid in te schrijven.\n\n"
            "Ik dank u voor de waardevolle bijeenkomsten van de afgelopen jaren.\n\n"
            + HENDRIKA_SIG
        ),
    },
    {
        "id": "h25-jun-02", "kind": "other", "thread": None, "sender": SANNE, "subject": "Idee voor de ateliers",
        "body": (
            "Hi Stan en Melanie,\n\n"
            "Een idee: zouden jullie een atelier eens als ochtendprogramma willen doen, van 9 tot 12? Voor wie uit de "
            "randen van het land komt, is een middag tot half zes plus de terugreis een lange dag.\n\n"
            "Thanks,\n"
            "Sanne\n"
        ),
    },
    {
        "id": "h25-jun-03", "kind": "autoreply", "thread": None,
        "sender": "Mail Delivery System <MAILER-DAEMON@mx.kempenhoek.nl>",
        "subject": "Undelivered Mail Returned to Sender", "headers": {"Auto-Submitted": "auto-replied"},
        "body": (
            "This is the mail system at host mx.kempenhoek.nl.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients.\n\n"
            "<b.lammers@kempenhoek.nl>: host mail.kempenhoek.nl[10.2.0.14] said: 550 5.1.1\n"
            "    <b.lammers@kempenhoek.nl>: Recipient address rejected: User unknown in virtual\n"
            "    mailbox table (in reply to RCPT TO command)\n"
        ),
    },
    {
        "id": "h25-jun-04", "kind": "suggestion", "themes": ["organisatie"], "thread": None, "sender": GERRIT,
        "subject": "idee najaar",
        "body": (
            "idee voor het najaar: wat doet AI met onze formatie? hebben we over 5 jaar minder mensen nodig in de "
            "backoffice, en moeten we daar nu al op gaan werven of juist niet\n\n"
            "Gr Gerrit\n\n"
            "Verstuurd vanaf mijn iPhone\n"
        ),
    },
]
# fmt: on
