"""Replies under the follow-up after an atelier, the thank-you for a suggestion and the call for themes (devset70).

Our mails quoted: ``vervolg_atelier`` (sent after the atelier of 11 March 2027), ``bedankt_suggestie`` and
``oproep_themas``; all three reply in the thread ``call_for_themes``. Covered: topics proposed for the next atelier
(each of the four themes, topics spanning two themes, topics phrased as a question, lists of topics, topics with a
reason, topics next to a remark about attending), answers that only say whether the writer comes to the next
atelier, feedback on the last atelier, remarks on form, venue and length, requests for slides or the report,
thanks only, leaving the network, erasure and hand-over, and out-of-office and other machine answers.

Conventions relied on (dataset brief, issue 17):
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A director who cannot come but sends a
  substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over).
- An AVG erasure request anywhere: `unsubscribe` with `erase` True.
- A mail that changes an earlier answer carries the latest answer.
- Feedback, thanks, requests for slides or the report, questions to the secretariat: `other`.
- `themes`: the theme(s) of what the writer proposes, not of words used in passing; two only where the topic clearly
  spans both (a list of topics under two themes carries both).
- `thread` is None for a forward (``doorgestuurd``) and for a client that dropped the reply headers.
"""

from __future__ import annotations

from typing import Any

S_VERVOLG = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
S_OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
S_BEDANKT = "Dank voor uw themasuggestie [atelier:2027-1]"
AUTO = {"Auto-Submitted": "auto-replied"}

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ suggestions under the follow-up
    {
        "id": "d70-sug-01", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Hanneke Bosschaart <h.bosschaart@wo-rivierenlandwest.nl>",
        "body": """
Beste Stan en Melanie,

Dank voor de inspirerende middag en het snelle verslag. Onderwerp voor de volgende keer: hoe vertaal je de
bestuurlijke prioriteiten uit de nieuwe coalitieakkoorden naar een meerjarige inhoudelijke agenda voor de
werkorganisatie? Na de verkiezingen van vorig jaar zitten wij daar middenin.

Met vriendelijke groet,

Hanneke Bosschaart
Algemeen directeur
Werkorganisatie Rivierenland-West
T 0345 - 61 22 00
""",
    },
    {
        "id": "d70-sug-02", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Joost Verhagen <joost.verhagen68@gmail.com>",
        "body": """
Hoi Melanie,

Leuk was het! Mijn onderwerp voor het volgende atelier: wat doe je als een van de deelnemende gemeenten steeds
vaker haar eigen koers wil varen? Bij ons wil de kleinste gemeente taken terughalen en dat zet de verhoudingen
tussen de drie gemeenten flink onder druk.

Groet,
Joost
""",
    },
    {
        "id": "d70-sug-03", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Ellen Brouwer <e.brouwer@dekempengroep.nl>",
        "body": """
Graag zou ik het de volgende keer hebben over de krapte op de arbeidsmarkt: hoe houden we vacatures voor
vakspecialisten (ICT, omgevingsrecht, belastingen) vervuld en hoe binden we jong talent?

Ellen

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d70-sug-04", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Pieter Harmsen <p.harmsen@devlietlanden.nl>",
        "body": """
Goedemorgen,

Voor het volgende atelier stel ik voor: het meten van de tevredenheid van inwoners en ondernemers over onze
dienstverlening. Welke indicatoren gebruiken collega's en hoe rapporteren zij daarover?

Met vriendelijke groet,

drs. P.J. (Pieter) Harmsen
Directeur Werkorganisatie De Vlietlanden

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u
verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te retourneren.
""",
    },
    {
        "id": "d70-sug-05", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes",
        "subject": "Antw: " + S_VERVOLG,
        "sender": "Annemiek Kortekaas <a.kortekaas@bghw-gemeenten.nl>",
        "body": """
Geachte heer Van de Laar,

Naar aanleiding van uw vraag: ik zou graag bespreken hoe je met vier gemeenten tot een gedeelde toekomstvisie
komt voor de werkorganisatie, terwijl iedere gemeente andere bestuurlijke prioriteiten heeft. Daar raken
strategie en samenwerking elkaar wat mij betreft precies.

Met vriendelijke groet,

mr. A.M. (Annemiek) Kortekaas
gemeentesecretaris / algemeen directeur
""",
    },
    {
        "id": "d70-sug-06", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "sender": "Ruud Wijnbergen <r.wijnbergen@hetnieuwerijk.nl>",
        "body": """
Hallo Stan,

Onderwerp: de inzet van AI in ons klantcontactcentrum. Wat betekent dat voor de dienstverlening aan inwoners
(sneller antwoord, maar blijft het persoonlijk?) en wat vraagt het van onze werkprocessen en van de formatie
aan de telefoon? Ik denk dat veel collega's hiermee worstelen.

Groet,
Ruud Wijnbergen
""",
    },
    {
        "id": "d70-sug-07", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "groupwise",
        "subject": "Re: " + S_VERVOLG,
        "sender": "F. Oudendijk <f.oudendijk@gemeente-lingedal.nl>",
        "body": """
Dank voor het verslag.

Voorstel voor het volgende atelier: de kostenverdeelsleutel. Hoe verdeel je de kosten van de werkorganisatie
eerlijk over de gemeenten als de afname van taken steeds verder uiteenloopt? Financieel een lastige puzzel en
tussen de gemeenten onderling erg gevoelig.

Met vriendelijke groet,
F. Oudendijk
""",
    },
    {
        "id": "d70-sug-08", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Marloes Tjoa <marloes.tjoa@werkorganisatie-duinstreek.nl>",
        "body": """
Beste Stan, Melanie,

Mijn onderwerpen voor de volgende keer:
- hybride werken na vier jaar: wat houden we vast, wat laten we los
- strategische personeelsplanning
- informatieveiligheid en de I&A-kosten die elk jaar stijgen

Met vriendelijke groet,
Marloes Tjoa
""",
    },
    {
        "id": "d70-sug-09", "kind": "suggestion", "themes": ["dienstverlening", "samenwerking"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Erik Doornbos <erik.doornbos@wo-noorderkwartier.nl>",
        "body": """
Hallo,

Twee onderwerpen van mijn kant:
1. Dienstverlening in de kleine kernen: hoe blijf je dicht bij de inwoner nu de loketten in de dorpen dicht zijn?
2. De positie van onze werkorganisatie in de regio (veiligheidsregio, GGD, regiodeal): wie vertegenwoordigt wie?

Groeten,
Erik Doornbos
""",
    },
    {
        "id": "d70-sug-10", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Gerda Vlasblom <g.vlasblom@deltawaard.nl>",
        "body": """
Wat mij bezighoudt: hoe houd je als directie vast aan een visie voor de lange termijn als colleges en raden elk
jaar weer nieuwe prioriteiten stellen? Lijkt me een mooie vraag voor het najaar.

Gerda

Verzonden vanaf mijn iPad
""",
    },
    {
        "id": "d70-sug-11", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Sanne Koopmans-Yilmaz <s.koopmans@wo-utrechtseheuvelrug-oost.nl>",
        "body": """
Beste Melanie,

Ik stel voor om het de volgende keer te hebben over proactieve dienstverlening: inwoners benaderen voordat ze
zelf aankloppen, bijvoorbeeld bij beginnende schulden of een aflopend rijbewijs. De reden: wij starten hier dit
jaar een pilot mee en ik ben benieuwd naar de ervaringen van anderen.

Hartelijke groet,
Sanne Koopmans-Yilmaz
""",
    },
    {
        "id": "d70-sug-12", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "ongemarkeerd",
        "sender": "Henk Zwiers <h.zwiers@sabewo.nl>",
        "body": """
Dag stan,

onderwerp voor volgende atelier: sturingsconcept. wij stappen over van opdrachtgever/opdrachtnemer naar een meer
integrale sturing en lopen tegen van alles aan. graag met colega's over praten

gr Henk

Verzonden vanaf Outlook voor iOS
""",
    },
    {
        "id": "d70-sug-13", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes-wrote",
        "subject": "Antw: " + S_VERVOLG,
        "sender": "Bert-Jan Mulderij <bj.mulderij@drechtsteden-oost.nl>",
        "body": """
Beste secretariaat,

Wellicht een idee voor het volgende atelier: gezamenlijke opgaven zoals de woningbouw en de energietransitie.
Hoe pak je die als drie gemeenten samen op als de ambities zo verschillen?

Vriendelijke groet,
Bert-Jan Mulderij
""",
    },
    {
        "id": "d70-sug-14", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Stefan Claassen <s.claassen@gemeenten-achterhoekwest.nl>",
        "body": """
Beste Stan,

Na een atelier dat helemaal over samenwerking ging, zou ik de volgende keer graag iets heel anders bespreken: de
vervanging van ons zaaksysteem en het opruimen van de wildgroei aan applicaties die we bij de fusie hebben
geerfd. Hoe hebben anderen dat aangepakt?

Groet,
Stefan Claassen
directeur bedrijfsvoering a.i.
""",
    },
    {
        "id": "d70-sug-15", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": None, "quoted": "vervolg_atelier", "quote": "doorgestuurd",
        "subject": "RE: FW: " + S_VERVOLG,
        "sender": "Wendy Schaapveld <w.schaapveld@gemeente-oostmaasland.nl>",
        "body": """
Stan, Melanie,

Anja stuurde me jullie mail door. Mijn onderwerp: hoe monitor je de prestaties van de dienstverlening
(doorlooptijden van vergunningen, bereikbaarheid van het KCC) zo dat de colleges er ook echt iets mee kunnen?

Groet,
Wendy Schaapveld
""",
    },
    {
        "id": "d70-sug-16", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Ton van Ekeren <t.vanekeren@bar-werkorganisatie.nl>",
        "body": """
Beste Melanie,

Dank voor het verslag. In het najaar ben ik er zeker weer bij. Een onderwerp dat ik graag zou agenderen: de rol
van de directie bij het opstellen van de bestuurlijke agenda. Hoe ver ga je als ambtelijke top in het meedenken
over de prioriteiten van het bestuur?

Met vriendelijke groet,
Ton van Ekeren
""",
    },
    {
        "id": "d70-sug-17", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Ria Hoogendoorn <r.hoogendoorn@werkorganisatie-waterland.nl>",
        "body": """
Ik moest na de pauze helaas weg, en in het najaar zit ik midden in de begrotingsronde, dus dan lukt het
waarschijnlijk ook niet. Toch een onderwerp: hoe krijg je de overhead van een fusieorganisatie omlaag zonder dat
de kwaliteit van de bedrijfsvoering eronder lijdt?

Ria Hoogendoorn
""",
    },
    {
        "id": "d70-sug-18", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Mark Fennema <mark.fennema@wo-eemsdelta.nl>",
        "body": """
Hi Stan,

Thanks for a great session. A topic for next time: our position in the region. The province keeps pushing
regional cooperation on housing and mobility, and we are not sure what role our shared organisation should
play there next to the individual municipalities.

Best,
Mark
""",
    },
    {
        "id": "d70-sug-19", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "sender": "Anouk Verbeek-Smith <a.verbeeksmith@dewoldenhoogeveen.nl>",
        "body": """
Dear secretariat,

Suggestion for the next atelier: cyber security and the resilience of our IT after the ransomware incidents at
several municipalities. How do other directors organise the CISO role and the budget for it?

Kind regards,
Anouk Verbeek-Smith
""",
    },
    {
        "id": "d70-sug-20", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Jeroen Kalsbeek <j.kalsbeek@hollandsmidden-wo.nl>",
        "body": """
Mooie middag, vooral het gesprek met de burgemeester was verhelderend.

Voor het najaar stel ik voor: werken met een meerjarige strategische agenda voor de organisatie, met een
jaarlijkse herijking. Wie heeft daar goede voorbeelden van?

Jeroen
""",
    },
    {
        "id": "d70-sug-21", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "C.M. Dijkhuizen <c.dijkhuizen@werkorganisatie-dalfsenraalte.nl>",
        "body": """
Geachte heer, mevrouw,

Graag stel ik als thema voor: de doorontwikkeling van onze organisatiestructuur, nu wij na vijf jaar afscheid
nemen van de clusterindeling. Reden: ik merk dat veel collega's in dezelfde fase zitten.

Hoogachtend,

C.M. Dijkhuizen
Algemeen directeur
""",
    },
    {
        "id": "d70-sug-22", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Frank Rietveld <frank.rietveld@wo-kromme-rijn.nl>",
        "body": """
Hoe gaan jullie om met het ziekteverzuim? Bij ons zit het al een jaar boven de 7 procent en de gebruikelijke
maatregelen helpen niet. Zou graag horen wat anderen doen, misschien iets voor het volgende atelier?

Frank
""",
    },
    {
        "id": "d70-sug-23", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Tom Beukema <tom.beukema@gmail.com>",
        "body": """
Topic suggestion for next time: accessibility of our services for residents, digital and on paper (plain
language letters, WCAG). Curious how others approach it.

Cheers,
Tom
""",
    },
    {
        "id": "d70-sug-24", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": None, "quoted": "vervolg_atelier", "quote": "apple",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Marjolein Ten Hove <m.tenhove@wo-sallandseheuvels.nl>",
        "body": """
Samenwerking in het sociaal domein tussen onze drie gemeenten: iedere gemeente wil haar eigen beleid, maar we
voeren het samen uit. Hoe doen anderen dat? Dat zou ik graag bespreken.

Groet Marjolein
""",
    },
    {
        "id": "d70-sug-25", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "subject": "RE: " + S_VERVOLG,
        "sender": "Bart Lensink <b.lensink@werkorganisatie-oostgelre.nl>",
        "body": """
Hoi Stan,

Antwoord staat hieronder.

> U bepaalt gezamenlijk de gespreksthema's van het volgende atelier. Welk vraagstuk wilt u de volgende keer
> bespreken?

Het opleiden van onze leidinggevenden. Het middenmanagement is de spil van de fusieorganisatie, maar we
investeren er nauwelijks in.

> Beantwoord deze e-mail met uw onderwerpen; wij nemen ze mee in de telling voor het volgende atelier.

Groet,
Bart
""",
    },
    # ------------------------------------------------------------------ suggestions under the call for themes
    {
        "id": "d70-sug-26", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "G.H. Prinsen <g.prinsen@gemeenten-maasenwaal.nl>",
        "body": """
Geachte heer, mevrouw,

Als onderwerp voor het atelier van 11 maart draag ik aan: de herijking van de strategische koers van onze
fusieorganisatie, tien jaar na de start. Wat was de bedoeling, en wat is daar nog van over?

Met vriendelijke groet,

ing. G.H. Prinsen
""",
    },
    {
        "id": "d70-sug-27", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "subject": "Re: " + S_OPROEP,
        "sender": "Yvette Ramdin <y.ramdin@wo-zaanstreek.nl>",
        "body": """
Onderwerpen:
formatie en groei: hoe verantwoord je extra fte's in de begroting
de overstap naar de cloud
inwerken en behouden van jonge medewerkers

Yvette Ramdin
""",
    },
    {
        "id": "d70-sug-28", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Kees Boerma <k.boerma@gemeenten-westfriesland-zuid.nl>",
        "body": """
Hoe ga je om met een deelnemende gemeente die overweegt uit de gemeenschappelijke regeling te stappen? Dat lijkt
mij een actueel vraagstuk voor meerdere collega's.

Met vriendelijke groet,
Kees Boerma
""",
    },
    {
        "id": "d70-sug-29", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "subject": "Re: " + S_OPROEP,
        "sender": "Lotte Verschuur <l.verschuur@wo-bommelerwaard.nl>",
        "body": """
Dienstverlening aan ondernemers: een loket voor vergunningen, subsidies en advies. Graag op de agenda!

Groet, Lotte

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d70-sug-30", "kind": "suggestion", "themes": ["strategie", "organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "subject": "Antw: " + S_OPROEP,
        "sender": "Willem Aerts <w.aerts@peelgemeenten-wo.nl>",
        "body": """
Beste Stan,

Mijn voorstel: organisatievisie 2035. Welke organisatie hebben we over tien jaar nodig, en hoe richt je de
structuur en het sturingsconcept daar nu al op in?

Met vriendelijke groet,
Willem Aerts
""",
    },
    {
        "id": "d70-sug-31", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "subject": "Re: " + S_OPROEP,
        "sender": "Secretariaat directie namens M. de Bruijn <directiesecretariaat@gemeente-hoeksewaard-noord.nl>",
        "body": """
Namens mevrouw De Bruijn:

Ons voorstel is de bereikbaarheid van de dienstverlening voor inwoners die digitaal niet meekomen. Reden: uit ons
laatste klanttevredenheidsonderzoek blijkt dat juist oudere inwoners ons slecht weten te vinden.

Met vriendelijke groet,
Petra Schouten
directiesecretaresse
""",
    },
    {
        "id": "d70-sug-32", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Hans Terpstra <h.terpstra@noardeast-fryslan-wo.nl>",
        "body": """
Thema samenwerking: de verdeling van ambities tussen de gemeenten. Wie trekt bij een gezamenlijke opgave (bijv.
de jeugdzorg) de kar, en hoe voorkom je dat de werkorganisatie tussen de gemeenten in komt te staan?

Hans Terpstra
""",
    },
    {
        "id": "d70-sug-33", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ilse Wagenaar <ilse.wagenaar@werkorganisatie-cuijkland.nl>",
        "body": """
Beste Stan,

11 maart staat in mijn agenda, ik kom graag. Onderwerp dat ik wil inbrengen: de financiele positie van de
werkorganisatie. De loonkosten stijgen harder dan onze begroting toelaat en we teren in op de reserves.

Groet,
Ilse
""",
    },
    {
        "id": "d70-sug-34", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "subject": "Re: " + S_OPROEP,
        "sender": "Roel Bakker <roel.bakker@wo-tielerwaarden.nl>",
        "body": """
Idee: gezamenlijke dienstverlening met buurgemeenten buiten onze fusie. Een klantcontactcentrum voor de hele
regio, kan dat, en wat levert het inwoners op?

Roel
""",
    },
    {
        "id": "d70-sug-35", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "sender": "Gert-Jan Hofman <gj.hofman@gemeente-berkelland-oost.nl>",
        "body": """
ons voorstel : een strategische agenda voor de komende raadsperiode, hoe stel je die op samen met het bestuur en
hoe houd je m levend

mvg Gert-Jan
""",
    },
    {
        "id": "d70-sug-36", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "subject": "Re: " + S_OPROEP,
        "sender": "Bart Hendriks <bart.hendriks@wo-heuvelland.nl>",
        "body": """
Beste Melanie,

Zie mijn antwoord tussen de regels.

Groet, Bart

> U bepaalt gezamenlijk de gespreksthema's van het Leer- en inspireer-atelier! Welk vraagstuk rond de
> (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met collega's bespreken? Denk aan:
> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;
> - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities, positie
> in de regio;
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering,
> werkprocessen, financiën, I&A;

Ja, dit! Concreet: hoe richt je een goed datateam in dat voor alle gemeenten werkt?

> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring
> van prestaties.
""",
    },
    {
        "id": "d70-sug-37", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Jacqueline Smit <j.smit@werkorganisatie-krimpenerwaard-zuid.nl>",
        "body": """
Beste heer Van de Laar,

Ik wil graag het thema samenwerking inbrengen, specifiek de dienstverleningsovereenkomsten tussen de
werkorganisatie en de gemeenten. Reden: onze DVO's zijn verouderd en elke gemeente leest ze anders, wat steeds
tot discussie leidt.

Met vriendelijke groet,
Jacqueline Smit
""",
    },
    {
        "id": "d70-sug-38", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes-wrote",
        "subject": "Antw: " + S_OPROEP,
        "sender": "Dirk Scholten <d.scholten@wo-altena-noord.nl>",
        "body": """
Onderwerp: klantcontact via alle kanalen (chat, WhatsApp, telefoon, balie) met een klantbeeld, zodat de inwoner
niet steeds opnieuw zijn verhaal hoeft te doen. Graag ervaringen uitwisselen.

D. Scholten
""",
    },
    # ------------------------------------------------------------------ suggestions under the thank-you
    {
        "id": "d70-sug-39", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Marieke de Vries <m.devries@wo-vechtstreek.nl>",
        "body": """
Beste Stan,

Nog een aanvulling: ook de samenwerking met de buurgemeenten buiten onze fusie, in de nieuwe regionale woondeal,
zou ik graag bespreken.

Groet,
Marieke
""",
    },
    {
        "id": "d70-sug-40", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "gmail",
        "subject": "Re: " + S_BEDANKT,
        "sender": "Nadia El Amrani <n.elamrani@wo-leidsebollen.nl>",
        "body": """
Hoi Melanie, kleine correctie: met 'digitalisering van werkprocessen' bedoelde ik eigenlijk de digitale
dienstverlening aan inwoners, ons nieuwe klantportaal en de app. Dus meer dienstverlening dan organisatie.

Groetjes, Nadia
""",
    },
    {
        "id": "d70-sug-41", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "apple",
        "subject": "Re: " + S_BEDANKT,
        "sender": "Paul Gerritsen <p.gerritsen@wo-montferland-zeddam.nl>",
        "body": """
Dank! Mag er nog een onderwerp bij: het formuleren van een toekomstvisie voor de organisatie voor de komende tien
jaar.

Paul

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d70-sug-42", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-en",
        "sender": "Astrid Vonk <a.vonk@gemeenten-twenterand-wo.nl>",
        "body": """
Graag nog toevoegen: informatiebeheer en de Woo. Ons archief is nog lang niet op orde en de verzoeken stapelen
zich op.

Astrid Vonk
""",
    },
    {
        "id": "d70-sug-43", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "groupwise",
        "subject": "Re: " + S_BEDANKT,
        "sender": "J. Veenstra <j.veenstra@wo-achtkarspelen.nl>",
        "body": """
Nog een vraag die ik graag op tafel leg: hoe gaan collega's om met de wachttijden voor paspoorten en rijbewijzen
nu de piek in de aanvragen eraan komt?

J. Veenstra
""",
    },
    # ------------------------------------------------------------------ rsvp
    {
        "id": "d70-rsvp-01", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Ingrid Posthuma <i.posthuma@wo-smallingerland-oost.nl>",
        "body": """
Dank voor de fijne middag. Volgende keer ben ik er weer bij!

Groet,
Ingrid
""",
    },
    {
        "id": "d70-rsvp-02", "kind": "rsvp", "attending": False,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Arjen Kuipers <arjen.kuipers@wo-ooststellingwerf.nl>",
        "body": """
In het najaar kan ik helaas niet, dan ben ik met verlof. Het voorjaar daarna hoop ik weer aan te schuiven.

Arjen
""",
    },
    {
        "id": "d70-rsvp-03", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Sabine Wolters <s.wolters@wo-hellendoorn-wierden.nl>",
        "body": """
Ik kom in het najaar zeker weer. Zet me maar vast op de lijst.

Sabine

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d70-rsvp-04", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "sender": "Laura Jansen-Whitfield <l.jansen@wo-goeree.nl>",
        "body": """
Count me in for the next one.

Best regards,
Laura
""",
    },
    {
        "id": "d70-rsvp-05", "kind": "rsvp", "attending": False,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Maarten de Goede <m.degoede@werkorganisatie-westbetuwe.nl>",
        "body": """
Beste Melanie,

Ik moet je teleurstellen voor het volgende atelier: in oktober en november zit ik midden in de
begrotingsbehandeling in drie raden, dan lukt het echt niet.

Groet,
Maarten
""",
    },
    {
        "id": "d70-rsvp-06", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "groupwise",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Wim Scheepers <w.scheepers@gemeente-voorneputten-wo.nl>",
        "body": """
Volgende keer weer van de partij.

Gr. Wim
""",
    },
    {
        "id": "d70-rsvp-07", "kind": "rsvp", "attending": False,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "ongemarkeerd",
        "sender": "Jolanda Vermeulen <j.vermeulen@wo-oisterwijk-haaren.nl>",
        "body": """
Bij het volgende atelier moet ik helaas verstek laten gaan.

Met vriendelijke groet,
Jolanda Vermeulen
""",
    },
    {
        "id": "d70-rsvp-08", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Rob Tiemens <r.tiemens@wo-westerkwartier-zuid.nl>",
        "body": """
Beste Stan,

Geen onderwerp van mijn kant, maar ik ben er op 11 maart graag bij.

Groet,
Rob Tiemens
""",
    },
    {
        "id": "d70-rsvp-09", "kind": "rsvp", "attending": False,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "subject": "Re: " + S_OPROEP,
        "sender": "Carla Stuivenberg <c.stuivenberg@wo-zuidplas-noord.nl>",
        "body": """
Ik heb geen thema's, en op 11 maart kan ik helaas niet. Een volgende keer hoop ik weer aan te sluiten.

Carla
""",
    },
    {
        "id": "d70-rsvp-10", "kind": "rsvp", "attending": False,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "subject": "Antw: " + S_OPROEP,
        "sender": "Hugo Reijnders <h.reijnders@wo-maasgouw-leudal.nl>",
        "body": """
Geacht secretariaat,

Op 11 maart ben ik op vakantie. Mijn plaatsvervanger, Karin Smeets, komt in mijn plaats.

Met vriendelijke groet,
H. Reijnders
""",
    },
    {
        "id": "d70-rsvp-11", "kind": "rsvp", "attending": True,
        "thread": None, "quoted": "vervolg_atelier", "quote": "doorgestuurd",
        "subject": "RE: FW: " + S_VERVOLG,
        "sender": "Edwin Tromp <e.tromp@gemeente-oostmaasland.nl>",
        "body": """
Dag Stan,

Via mijn secretariaat kreeg ik jullie bericht. Ik kom in het najaar graag weer.

Edwin
""",
    },
    {
        "id": "d70-rsvp-12", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Kees Lammers <k.lammers@wo-aaenhunze.nl>",
        "body": """
volgnde keer ben ik er weer bij, was een goeie middag

grt Kees
""",
    },
    {
        "id": "d70-rsvp-13", "kind": "rsvp", "attending": False,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "subject": "Re: " + S_OPROEP,
        "sender": "Mirjam Bos <mirjam.bos@wo-schagen-hollandskroon.nl>",
        "body": """
11 maart gaat mij niet lukken helaas.

Mirjam
""",
    },
    {
        "id": "d70-rsvp-14", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Frederique Lubbers <f.lubbers@wo-venray-horst.nl>",
        "body": """
Beste Melanie,

Vorige week schreef ik dat ik er in het najaar niet bij kon zijn, maar mijn verlof is verschoven. Ik kom dus
toch!

Hartelijke groet,
Frederique
""",
    },
    {
        "id": "d70-rsvp-15", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-lijn",
        "sender": "Lucas Hermsen <l.hermsen@wo-druten-wijchen.nl>",
        "body": """
Graag gedaan. Op 11 maart ben ik erbij.

Lucas Hermsen
""",
    },
    # ------------------------------------------------------------------ other: feedback, form, slides, thanks
    {
        "id": "d70-oth-01", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Anneke Roelofs <a.roelofs@wo-bergendal.nl>",
        "body": """
Beste Stan en Melanie,

Wat een goede middag! Vooral de casus van collega Van Dam over de herverdeling van taken gaf veel stof tot
nadenken. Complimenten voor de organisatie.

Hartelijke groet,
Anneke Roelofs
""",
    },
    {
        "id": "d70-oth-02", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Pim Oosterhuis <pim.oosterhuis@wo-veendam-pekela.nl>",
        "body": """
Eerlijk gezegd vond ik het programma te vol. Er bleef weinig tijd over voor het echte gesprek tussen
directeuren, en de spreker van de provincie had van mij een stuk korter gemogen.

Pim
""",
    },
    {
        "id": "d70-oth-03", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Thijs van Rossum <t.vanrossum@wo-heusden-vught.nl>",
        "body": """
Een suggestie voor de vorm: kan het atelier niet eens op een vrijdagochtend? De donderdagmiddag botst bij
veel collega's met het collegeoverleg.

Met vriendelijke groet,
Thijs van Rossum
""",
    },
    {
        "id": "d70-oth-04", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Rianne Dekker <r.dekker@wo-walcheren-zuid.nl>",
        "body": """
De locatie in Zwolle was voor ons uit Zeeland wel erg ver weg. Misschien volgende keer iets centraler, in
Utrecht of Amersfoort?

Rianne

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d70-oth-05", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes",
        "subject": "Antw: " + S_VERVOLG,
        "sender": "Gijs Vermaat <g.vermaat@wo-nuenen-geldrop.nl>",
        "body": """
Misschien een idee om er de volgende keer een hele dag van te maken, met een diner na afloop. Dan is er meer
ruimte voor informeel contact met collega's.

G. Vermaat
""",
    },
    {
        "id": "d70-oth-06", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Hester Kamminga <h.kamminga@wo-hetogeland.nl>",
        "body": """
Beste Melanie,

Zou het mogelijk zijn om voortaan ook online aan te sluiten? Vanaf de Wadden kost het mij een hele dag reizen.

Groet,
Hester Kamminga
""",
    },
    {
        "id": "d70-oth-07", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "sender": "Vincent Molenaar <v.molenaar@wo-kaagenbraassem.nl>",
        "body": """
Beste Stan,

Kunt u mij de presentatie van de gastspreker toesturen? Die zat niet bij het verslag.

Alvast dank,
Vincent Molenaar
""",
    },
    {
        "id": "d70-oth-08", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Saskia Brink <saskia.brink@wo-oldambt-midden.nl>",
        "body": """
De link naar het verslag werkt bij mij niet (ik krijg een 404). Kunnen jullie het verslag als pdf mailen?

Dank, Saskia
""",
    },
    {
        "id": "d70-oth-09", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Otto Brinkman <o.brinkman@wo-epe-heerde.nl>",
        "body": """
Mag ik het verslag delen met mijn managementteam, of is het alleen bedoeld voor de deelnemers?

Otto Brinkman
""",
    },
    {
        "id": "d70-oth-10", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "groupwise",
        "subject": "Re: " + S_VERVOLG,
        "sender": "A. Huisman <a.huisman@wo-midden-drenthe.nl>",
        "body": """
Dank voor het verslag!
""",
    },
    {
        "id": "d70-oth-11", "kind": "other",
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "gmail",
        "subject": "Re: " + S_BEDANKT,
        "sender": "Jeanine Hak <jeanine.hak@wo-hardenberg-oost.nl>",
        "body": """
Top, dank voor de bevestiging.

Jeanine
""",
    },
    {
        "id": "d70-oth-12", "kind": "other",
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Ramon Pietersen <r.pietersen@wo-barneveld-scherpenzeel.nl>",
        "body": """
Klopt helemaal, dank je wel Stan.

Ramon
""",
    },
    {
        "id": "d70-oth-13", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Liesbeth Verhoef <l.verhoef@wo-lopik-montfoort.nl>",
        "body": """
Beste Stan,

Geen inhoudelijk thema van mij, wel een wens voor de vorm: meer werken in kleine groepen aan elkaars casus en
minder plenaire presentaties.

Vriendelijke groet,
Liesbeth Verhoef
""",
    },
    {
        "id": "d70-oth-14", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "sender": "Sarah Oudshoorn <s.oudshoorn@wo-haarlemmermeer-zuid.nl>",
        "body": """
Thank you for a wonderful afternoon and for sharing the report so quickly.

Kind regards,
Sarah
""",
    },
    {
        "id": "d70-oth-15", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Dennis Groeneveld <d.groeneveld@wo-teylingen-noord.nl>",
        "body": """
Zijn er ook foto's gemaakt tijdens de middag? Die zou ik graag gebruiken voor een stukje op ons intranet.

Dennis
""",
    },
    {
        "id": "d70-oth-16", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Margreet Holtkamp <m.holtkamp@wo-borne-tubbergen.nl>",
        "body": """
Beste Stan,

In het verslag word ik aangehaald met een uitspraak die ik zo niet heb gedaan. Kunnen we die passage even
afstemmen voordat het verslag verder wordt verspreid?

Met vriendelijke groet,
Margreet Holtkamp
""",
    },
    {
        "id": "d70-oth-17", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "subject": "Re: " + S_OPROEP,
        "sender": "Youssef Benali <y.benali@wo-rijswijk-leidschendam.nl>",
        "body": """
Waar wordt het atelier op 11 maart gehouden? Dat staat niet in de mail en ik wil de reistijd inschatten.

Youssef
""",
    },
    {
        "id": "d70-oth-18", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes-wrote",
        "subject": "Antw: " + S_VERVOLG,
        "sender": "Evert Bruins <e.bruins@wo-oostgroningen.nl>",
        "body": """
Kunt u mij de deelnemerslijst sturen? Ik wil nog contact opnemen met de collega uit de Achterhoek met wie ik
aan tafel zat, maar ik ben haar naam vergeten.

E. Bruins
""",
    },
    {
        "id": "d70-oth-19", "kind": "other",
        "thread": None, "quoted": "vervolg_atelier", "quote": "doorgestuurd",
        "subject": "RE: FW: " + S_VERVOLG,
        "sender": "Monique Velthuis <m.velthuis@gemeente-oostmaasland.nl>",
        "body": """
Beste secretariaat,

Ik heb het verslag gelezen, maar de bijlage met de uitkomsten van de werkgroepen ontbreekt. Kunt u die
nasturen?

Monique Velthuis
""",
    },
    {
        "id": "d70-oth-20", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Leon Staal <l.staal@wo-ede-renswoude.nl>",
        "body": """
Dank, en een compliment voor de gespreksleider: zij wist het gesprek echt op gang te brengen. Is zij ook in te
huren voor een sessie met ons MT? Graag haar contactgegevens.

Leon Staal
""",
    },
    {
        "id": "d70-oth-21", "kind": "other",
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Nicole van Wijk <n.vanwijk@wo-zeist-bunnik.nl>",
        "body": """
Goedemiddag,

U bedankt mij voor een suggestie, maar ik heb volgens mij helemaal niets ingestuurd. Hoe kan dat?

Nicole van Wijk
""",
    },
    {
        "id": "d70-oth-22", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Jan-Willem Smeenk <jw.smeenk@wo-lochem-zutphen.nl>",
        "body": """
Heel mooie middag gehad. Dank aan jullie allen! 🙏

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d70-oth-23", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Tineke Ploeg <tineke.ploeg@wo-ommen-hardenberg.nl>",
        "body": """
Wat mij betreft mag het atelier een uur korter, na vijf uur haakten er al veel mensen af. tip voor de volgende
keer ;)

Tineke
""",
    },
    # ------------------------------------------------------------------ unsubscribe
    {
        "id": "d70-uns-01", "kind": "unsubscribe",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Gerard Plomp <g.plomp@wo-nieuwkoop-noord.nl>",
        "body": """
Beste Stan en Melanie,

Dank voor de fijne afsluiting. Per 1 mei ga ik met pensioen; wilt u mij uit het netwerk afmelden?

Met vriendelijke groet,
Gerard Plomp
""",
    },
    {
        "id": "d70-uns-02", "kind": "unsubscribe",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Bas Kroon <bas.kroon@wo-dongen-loon.nl>",
        "body": """
afmelden

Bas Kroon
Directeur
""",
    },
    {
        "id": "d70-uns-03", "kind": "unsubscribe", "erase": True,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Wilma Hoekstra <w.hoekstra@wo-tynaarlo-assen.nl>",
        "body": """
Graag mij afmelden en al mijn persoonsgegevens uit uw bestanden verwijderen (AVG, artikel 17).

W. Hoekstra
""",
    },
    {
        "id": "d70-uns-04", "kind": "unsubscribe",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "subject": "Re: " + S_OPROEP,
        "sender": "Michiel Koster <m.koster@wo-zwijndrecht-hia.nl>",
        "body": """
Onderwerpen heb ik niet meer: ik vertrek bij de werkorganisatie en meld me hierbij af voor het netwerk. Dank voor
de mooie jaren!

Michiel

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d70-uns-05", "kind": "unsubscribe",
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Hendrik Jan Bolt <hj.bolt@wo-dalfsen-staphorst.nl>",
        "body": """
Beste Melanie,

Per 1 juni neemt Yvonne Brandsma (y.brandsma@wo-dalfsen-staphorst.nl) mijn functie als directeur over. Wilt u
mijn lidmaatschap aan haar overdragen? Mijn suggestie mag gewoon blijven staan.

Met vriendelijke groet,
Hendrik Jan Bolt
""",
    },
    {
        "id": "d70-uns-06", "kind": "unsubscribe", "erase": True,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "sender": "Olivia Marsman <o.marsman@wo-texel-denhelder.nl>",
        "body": """
Please remove me from the network's mailing list and delete all personal data you hold on me, in line with the
GDPR.

Regards,
Olivia Marsman
""",
    },
    {
        "id": "d70-uns-07", "kind": "unsubscribe",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "subject": "Re: " + S_OPROEP,
        "sender": "R. Spijkerman <r.spijkerman@wo-olst-wijhe.nl>",
        "body": """
Ik wil niet langer lid zijn van het netwerk en kom dus ook niet op 11 maart. Afmelden a.u.b.

R. Spijkerman
""",
    },
    {
        "id": "d70-uns-08", "kind": "unsubscribe", "erase": True,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes",
        "subject": "Antw: " + S_VERVOLG,
        "sender": "Dorien Wessels <d.wessels@wo-winterswijk-aalten.nl>",
        "body": """
Geacht secretariaat,

Hierbij verzoek ik u mij uit te schrijven uit het netwerk en mijn gegevens te verwijderen op grond van de AVG.
Graag een bevestiging per mail.

Met vriendelijke groet,
D. Wessels
""",
    },
    {
        "id": "d70-uns-09", "kind": "unsubscribe",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Arnoud Veldkamp <a.veldkamp@wo-someren-asten.nl>",
        "body": """
Beste Stan,

Dit was mijn laatste atelier: per 1 juli neem ik afscheid. Mijn opvolger is Reinier de Graaf
(r.degraaf@wo-someren-asten.nl); wilt u hem in mijn plaats in het netwerk opnemen?

Groet,
Arnoud Veldkamp
""",
    },
    # ------------------------------------------------------------------ autoreplies
    {
        "id": "d70-auto-01", "kind": "autoreply", "headers": AUTO,
        "thread": "call_for_themes", "quote": "none",
        "subject": "Automatisch antwoord: " + S_VERVOLG,
        "sender": "Lisette Hermans <l.hermans@wo-laarbeek-gemert.nl>",
        "body": """
Dank voor uw bericht. Ik ben afwezig tot en met maandag 22 maart en heb beperkt toegang tot mijn e-mail. Voor
dringende zaken kunt u contact opnemen met het directiesecretariaat via (0492) 12 34 00.

Met vriendelijke groet,
Lisette Hermans
""",
    },
    {
        "id": "d70-auto-02", "kind": "autoreply", "headers": AUTO,
        "thread": "call_for_themes", "quote": "none",
        "subject": "Automatic reply: " + S_VERVOLG,
        "sender": "Derk Bouwman <d.bouwman@wo-krimpen-capelle.nl>",
        "body": """
I am out of the office until 6 April with no access to e-mail. Your message will not be forwarded. For urgent
matters please contact the management office at directie@wo-krimpen-capelle.nl.
""",
    },
    {
        "id": "d70-auto-03", "kind": "autoreply",
        "thread": "call_for_themes", "quote": "none",
        "subject": "Afwezig: " + S_VERVOLG,
        "sender": "Yvonne Kramer <y.kramer@wo-steenwijkerland-noord.nl>",
        "body": """
Ik ben met vakantie tot en met 3 april. Uw mail wordt niet doorgestuurd; ik lees hem na mijn terugkomst.
""",
    },
    {
        "id": "d70-auto-04", "kind": "autoreply", "headers": AUTO,
        "thread": "call_for_themes", "quote": "none",
        "subject": "Automatisch antwoord: " + S_OPROEP,
        "sender": "Ruth de Ruiter <r.deruiter@wo-woudenberg-leusden.nl>",
        "body": """
Dit e-mailadres is niet meer in gebruik. Mevrouw De Ruiter is niet langer werkzaam bij onze organisatie. Voor
vragen kunt u terecht bij info@wo-woudenberg-leusden.nl of telefonisch via 14 033.

Dit is een automatisch gegenereerd bericht.
""",
    },
    {
        "id": "d70-auto-05", "kind": "autoreply",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "thread": "call_for_themes", "quote": "none",
        "subject": "Re: " + S_VERVOLG,
        "sender": "Joris Meijer <joris.meijer@gmail.com>",
        "body": """
Hallo, ik zit deze week op een leergang en lees mijn mail pas vrijdag. Bij spoed: bel 06 - 12 34 56 78.

Joris
""",
    },
    {
        "id": "d70-auto-06", "kind": "autoreply", "headers": AUTO,
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "ongemarkeerd",
        "sender": "Klantcontactcentrum <kcc@wo-heerenveen-westfriesland.nl>",
        "body": """
Bedankt voor uw e-mail. Wij hebben uw bericht ontvangen onder zaaknummer Z-2027-004811 en streven ernaar u binnen
vijf werkdagen te antwoorden.

Met vriendelijke groet,
Klantcontactcentrum
""",
    },
    {
        "id": "d70-auto-07", "kind": "autoreply",
        "thread": "call_for_themes", "quote": "none",
        "subject": "Automatisch antwoord: " + S_VERVOLG,
        "sender": "Marcel Vos <m.vos@wo-meierijstad-oost.nl>",
        "body": """
Ik ben in de week van 15 maart afwezig in verband met een werkbezoek aan Brussel. Vanaf 22 maart ben ik weer
bereikbaar.

-----
I am away the week of 15 March on a working visit to Brussels. I will be back on 22 March.
""",
    },
    {
        "id": "d70-auto-08", "kind": "autoreply",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "thread": "call_for_themes", "quote": "none",
        "subject": "Automatisch antwoord: " + S_OPROEP,
        "sender": "Anita Wolff <a.wolff@wo-goirle-hilvarenbeek.nl>",
        "body": """
Tot en met 20 januari ben ik afwezig. Uw bericht wordt na mijn terugkomst behandeld. Voor zaken die niet kunnen
wachten: neem contact op met mijn secretariaat, secretariaat.directie@wo-goirle-hilvarenbeek.nl.
""",
    },
    {
        "id": "d70-auto-09", "kind": "autoreply", "headers": AUTO,
        "thread": "call_for_themes", "quote": "none",
        "subject": "Automatisch antwoord: " + S_BEDANKT,
        "sender": "Peter Bax <p.bax@wo-bernheze-oss.nl>",
        "body": """
Ik ben wegens ziekte afwezig. Mijn mail wordt niet gelezen. Uw bericht wordt niet automatisch doorgestuurd.
""",
    },
]
# fmt: on
