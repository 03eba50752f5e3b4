"""Development set 80: new mails to info@ambtelijkefusie.nl over one year, none of them a reply.

Every case is a NEW mail: no thread (``thread`` absent), no quoted mail of ours, and a subject line of the writer's
own (or none). It holds topic suggestions sent outside the call for themes ("Idee voor het atelier", "Onderwerp",
no subject), sign-ups, leaves, AVG erasures, hand-overs to a successor, RSVPs that name the atelier or its date
(spring atelier of 11 March 2027, moved to 18 March; autumn atelier of 7 October 2027), out-of-office replies whose
reply headers were lost, and ``other`` of many sorts (questions about the network, requests for the member list,
press, students, suppliers, other networks inviting our members, invitations to speak, complaints, thanks).

Conventions relied on (the secretariat's view):
- Joining, by the person themself: ``subscribe``. A request to sign up one named colleague WITH that colleague's
  e-mail address: ``subscribe`` too. Without the colleague's address, or several people at once: ``other``.
- Leaving the network and declining the atelier in one mail: ``unsubscribe``. A decline that keeps the membership:
  ``rsvp`` False. A director who cannot come but sends a substitute: ``rsvp`` False.
- A named successor taking over the seat (with their address): ``unsubscribe`` (hand-over). A colleague reporting
  that someone left: ``other``.
- An AVG erasure request anywhere: ``unsubscribe`` with ``erase`` True. A request to see one's data: ``other``.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: ``other``.
- A proposal about the form of the ateliers (day, venue, length, online) is ``other``.
- A denial that asks where we got the address: ``other``.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: ``other``.
- ``themes`` are the themes of what the writer proposes, not of words used in passing; two themes only where the
  topic clearly spans both (or where the writer proposes two topics under different themes).
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- suggestions sent outside the call
    {
        "id": "d80-sug-01", "kind": "suggestion", "themes": ["strategie"],
        "subject": "Idee voor het atelier",
        "sender": "Ingrid Koster <i.koster@werkorganisatie-lingezegen.nl>",
        "body": """
Beste Stan en Melanie,

Het is buiten de oproep om, maar het zit me al een tijdje dwars. Ik zou graag eens met collega's praten over
hoe je als directie een visie voor de lange termijn ontwikkelt die verder kijkt dan één bestuursperiode.
Wij werken nu aan "Koers 2035" en ik merk hoe lastig het is om zo'n stip op de horizon overeind te houden
als de waan van de dag regeert.

Misschien iets voor een volgend atelier?

Hartelijke groet,

Ingrid Koster
algemeen directeur
Werkorganisatie Lingezegen
""",
    },
    {
        "id": "d80-sug-02", "kind": "suggestion", "themes": ["samenwerking"],
        "subject": "Onderwerp",
        "sender": "Wouter Brinkman <w.brinkman@buhsamen.nl>",
        "body": """
Onderwerp voor het volgende atelier: wat doe je als één van de deelnemende gemeenten veel sneller wil dan de
andere twee? Verschillende ambities binnen één GR, en de directeur die er tussenin staat.

Gr. Wouter
""",
    },
    {
        "id": "d80-sug-03", "kind": "suggestion", "themes": ["organisatie"],
        "sender": "Hanneke Verbeek <hanneke.verbeek@werkorganisatie-vdh.nl>",
        "body": """
Goedemorgen,

Suggestie voor een atelier: de krapte op de arbeidsmarkt. Wij hebben ruim veertig vacatures openstaan, vooral
bij ruimtelijke ordening en ICT. Ik ben benieuwd wat collega's doen aan strategische personeelsplanning, aan
het binden en boeien van jonge medewerkers en aan de inzet van inhuur.

Met vriendelijke groet,

Hanneke Verbeek | directeur bedrijfsvoering
Werkorganisatie VDH | T 0297 - 51 22 40
""",
    },
    {
        "id": "d80-sug-04", "kind": "suggestion", "themes": ["dienstverlening"],
        "subject": "Idee voor het atelier",
        "sender": "Joost Albers <joost.albers@gemeente-dalfsenwijhe.nl>",
        "body": """
Beste secretariaat,

Een idee: dienstverlening aan ondernemers. Hoe organiseer je één ondernemersloket, accountmanagement voor
bedrijven en snelle vergunningverlening, en hoe meet je of ondernemers er ook echt tevredener van worden?
Daar zou ik graag ervaringen over uitwisselen.

Vriendelijke groet,
Joost Albers
""",
    },
    {
        "id": "d80-sug-05", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "subject": "Thema-idee: digitalisering",
        "sender": "Marco Pels <m.pels@odwerkorganisatie.nl>",
        "body": """
Hallo Stan,

Wat mij betreft komt dit een keer op de agenda: hoe richt je de digitalisering van de backoffice zo in dat
inwoners er echt iets van merken? Dus zowel het interne werkproces (zaakgericht werken, koppelingen,
automatisering) als wat het oplevert voor de dienstverlening: snellere afhandeling van aanvragen, minder
doorverwijzen aan de telefoon.

Groeten,
Marco Pels
Directeur OD Werkorganisatie

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d80-sug-06", "kind": "suggestion", "themes": ["strategie", "samenwerking"],
        "subject": "Voor het najaarsatelier",
        "sender": "drs. E.M. (Esther) van Rijn <e.vanrijn@werkorganisatie-drielanden.nl>",
        "body": """
Beste Melanie,

Een onderwerp voor het atelier in oktober: waar staat onze ambtelijke fusie over tien jaar? In de ene raad wordt
al hardop over een bestuurlijke fusie gesproken, in de andere wil men juist meer afstand tot de werkorganisatie.
Ik zou het graag hebben over een toekomstvisie op de samenwerking zelf: welke richting kies je samen met de
gemeenten, en hoe houd je die koers vast?

Met vriendelijke groet,

drs. E.M. (Esther) van Rijn
Algemeen directeur Werkorganisatie Drielanden
""",
    },
    {
        "id": "d80-sug-07", "kind": "suggestion", "themes": ["organisatie"],
        "subject": "Topic suggestion",
        "sender": "Ruud Hermans <r.hermans@sw-ict.nl>",
        "body": """
Dear Stan, dear Melanie,

A topic for one of the coming ateliers: information security and the new BIO2 requirements. With one IT
department serving three councils we are struggling to find the I&A capacity to comply, and the audits keep
piling up. I would love to hear how other directors organise this.

Best regards,

Ruud Hermans
Director of Operations
""",
    },
    {
        "id": "d80-sug-08", "kind": "suggestion", "themes": ["samenwerking"],
        "subject": "Positie in de regio",
        "sender": "Ellen de Bruin <e.debruin@werkorganisatie-kromme-rijn.nl>",
        "body": """
Dag Stan en Melanie,

Wij worden als werkorganisatie steeds vaker aangesproken door de regio: woondeal, regionale energiestrategie,
arbeidsmarktregio. Maar een eigen mandaat hebben we niet, dat ligt bij de colleges. Hoe positioneer je een
ambtelijke fusieorganisatie in al die regionale samenwerkingsverbanden? Dat lijkt me een mooi gesprek voor
een atelier.

Hartelijke groet,
Ellen de Bruin
""",
    },
    {
        "id": "d80-sug-09", "kind": "suggestion", "themes": ["dienstverlening"],
        "subject": "idee",
        "sender": "Frank Wolters <frank.wolters@gemeente-westmaas.nl>",
        "body": """
Hoi,

Monitoren van prestaties: welke indicatoren gebruiken jullie om de kwaliteit van de dienstverlening aan inwoners
zichtbaar te maken? Wij hebben alleen een jaarlijks klanttevredenheidsonderzoek en dat is echt te mager.
Graag een keer op de agenda van het atelier!

Frank
""",
    },
    {
        "id": "d80-sug-10", "kind": "suggestion", "themes": ["strategie"],
        "subject": "Suggestie gespreksonderwerp",
        "sender": "Carla Mertens <c.mertens@werkorganisatie-hoeksewaard.nl>",
        "body": """
Geachte heer Van de Laar, beste Stan,

Na de verkiezingen liggen er nieuwe coalitieakkoorden met veel ambities. Graag zou ik met collega's bespreken
hoe je daar een realistische meerjarige inhoudelijke agenda van maakt, en hoe je als directie bestuurlijke
prioriteiten helpt kiezen als niet alles tegelijk kan.

Met vriendelijke groet,

C.J. Mertens
Directeur

Aan dit bericht kunnen geen rechten worden ontleend. Dit bericht is uitsluitend bestemd voor de geadresseerde.
""",
    },
    {
        "id": "d80-sug-11", "kind": "suggestion", "themes": ["organisatie"],
        "subject": "onderwerp atelier",
        "sender": "Rob Timmer <rtimmer@gmail.com>",
        "body": """
onderwerp voor atelier: ons sturingsconcept. wij willen van afdelingen met afdelingshoofden naar
zelforganiserende teams met een paar clustermanagers. wie heeft dat al gedaan en wat ging er mis?

rob timmer, dir. werkorganisatie De Voorst

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d80-sug-12", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"],
        "subject": "Twee ideeën voor het programma",
        "sender": "Sabine Kok <s.kok@werkorganisatie-kwf.nl>",
        "body": """
Beste Stan en Melanie,

Ik heb twee ideeën voor een volgend atelier:
- gezamenlijke opgaven zoals de energietransitie: hoe verdeel je de lusten en de lasten tussen de gemeenten?
- de toekomst van het klantcontactcentrum: telefonie, chat en de openingstijden van de balie voor inwoners.

Met vriendelijke groeten,
Sabine Kok
""",
    },
    {
        "id": "d80-sug-13", "kind": "suggestion", "themes": ["organisatie"],
        "subject": "Idee: financiën werkorganisatie",
        "sender": "Gerrit Hoekstra <g.hoekstra@noardeast-wurk.nl>",
        "body": """
Goeiemiddag,

Voor een atelier stel ik voor: de financiën van de werkorganisatie onder druk. De gemeenten moeten bezuinigen en
kijken dan als eerste naar onze begroting. Hoe houd je de formatie op peil, wat schrap je wel en wat niet, en
hoe laat je zien wat de organisatie kost en oplevert?

Groet,
Gerrit Hoekstra
Directeur Noardeast-Wurk
""",
    },
    {
        "id": "d80-sug-14", "kind": "suggestion", "themes": ["dienstverlening"],
        "subject": "Suggestion for the next atelier",
        "sender": "Priya Ramdin <p.ramdin@werkorganisatie-meerlanden.nl>",
        "body": """
Hi Stan,

Sorry for writing in English, it is faster for me on the train. A suggestion: AI chatbots in citizen services.
Several of us are piloting them on the website. How do residents experience them, and do they really shorten
waiting times at the front desk? I would like to compare notes with other directors.

Kind regards,
Priya

Sent from Outlook for Android
""",
    },
    {
        "id": "d80-sug-15", "kind": "suggestion", "themes": ["samenwerking"],
        "subject": "suggestie",
        "sender": "Henk-Jan Dijkstra <hj.dijkstra@werkorganisatie-duinstreek.nl>",
        "body": """
Beste mensen,

Een lastig maar belangrijk onderwerp: wat als één van de partnergemeenten wil uittreden uit de
gemeenschappelijke regeling? Bij ons speelt dat nu. Ik zou graag horen hoe anderen de verhoudingen tussen de
gemeenten gezond houden als het vertrouwen wankelt.

Vr. gr.
Henk-Jan Dijkstra
""",
    },
    {
        "id": "d80-sug-16", "kind": "suggestion", "themes": ["organisatie"],
        "subject": "Idee voor het atelier",
        "sender": "Loes van Beek <loes.vanbeek@de-waardse-werkorganisatie.nl>",
        "body": """
Hoi Melanie,

Misschien een idee voor een keer: hybride werken en leiderschap. De helft van onze medewerkers werkt het grootste
deel van de week thuis. Hoe houden jullie de teams bij elkaar, hoe stuur je op afstand, en wat vraagt dat van
leidinggevenden?

Groetjes, Loes
""",
    },
    {
        "id": "d80-sug-17", "kind": "suggestion", "themes": ["strategie"],
        "subject": "Aandragen onderwerp Leer- en inspireer-atelier",
        "sender": "mr. W.F. (Willem) Ter Horst <w.terhorst@werkorganisatie-oostgelre.nl>",
        "body": """
Geachte heer Van de Laar,

In aanvulling op ons telefoongesprek van vorige week wil ik graag een onderwerp aandragen voor een van de komende
ateliers: de rol van de directie bij het opstellen van een strategische agenda voor de lange termijn, met
scenario's voor de grote maatschappelijke opgaven (woningbouw, vergrijzing, klimaatadaptatie) en de keuzes die
dat vraagt van bestuur en organisatie.

Hoogachtend,

mr. W.F. ter Horst
Algemeen directeur

---------------------------------------------------------------------------------------------------
De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Is dit bericht
niet voor u bestemd, verwijder het dan en meld dit aan de afzender.
""",
    },
    {
        "id": "d80-sug-18", "kind": "suggestion", "themes": ["organisatie", "samenwerking"],
        "subject": "Verdeelsleutel",
        "sender": "Annemiek Post <a.post@werkorganisatie-rijnwaarden.nl>",
        "body": """
Beste Stan,

Een onderwerp dat bij ons hoog op de agenda staat: de kostenverdeelsleutel van de werkorganisatie. Onze
financiële systematiek staat ter discussie (vaste bijdrage of afrekenen per product?) en dat zet de onderlinge
verhoudingen tussen de drie gemeenten flink onder druk. Ik ben benieuwd hoe anderen beide kanten daarvan
aanpakken: de financiën én de relatie met de gemeenten.

Groet,
Annemiek Post
""",
    },
    {
        "id": "d80-sug-19", "kind": "suggestion", "themes": ["dienstverlening"],
        "subject": "Dienstverlening in de kernen",
        "sender": "Bert Koopmans <bert.koopmans@gemeente-hofland.nl>",
        "body": """
Beste Stan en Melanie,

Sinds de fusie zijn de balies in twee dorpen dicht en inwoners klagen dat de gemeente ver weg is. Wie heeft
goede ervaringen met een mobiele balie, een servicepunt in de bibliotheek of huisbezoeken voor minder mobiele
inwoners? Dat zou ik graag in een atelier bespreken.

Met vriendelijke groet,

Bert Koopmans
Directeur Werkorganisatie Hofland
Postbus 21, 7400 AA
""",
    },
    {
        "id": "d80-sug-20", "kind": "suggestion", "themes": ["organisatie"],
        "subject": "Idee voor het atelier: één zaaksysteem",
        "sender": "Yvonne Schouten <y.schouten@werkorganisatie-bmw.nl>",
        "body": """
Goedemiddag,

Wij staan voor de vervanging van drie verschillende zaaksystemen door één. Migratie, applicatierationalisatie,
het opschonen van archieven en natuurlijk de vraag hoe je zoiets financiert. Ik vermoed dat meer collega's
hiermee worstelen: een goed onderwerp voor een atelier?

Met vriendelijke groet,

Yvonne Schouten
CIO / directeur I&A
""",
    },
    {
        "id": "d80-sug-21", "kind": "suggestion", "themes": ["strategie"],
        "sender": "Paul Vermeulen <paulvermeulen68@hotmail.com>",
        "body": """
Stan, Melanie,

idee voor een atelier: hoe maak je van de werkorganisatie meer dan een uitvoeringsmachine? ik zou het willen
hebben over de werkorganisatie als denker over de lange termijn, die de besturen meeneemt in een inhoudelijke
agenda en niet alleen uitvoert wat er in de collegeprogramma's staat.

mvg Paul Vermeulen
(dit vanaf mijn privéadres, zakelijk zit ik vol)
""",
    },
    {
        "id": "d80-sug-22", "kind": "suggestion", "themes": ["samenwerking"],
        "subject": "onderwerp",
        "sender": "Dirk-Jan Smeets <dj.smeets@werkorganisatie-peelrand.nl>",
        "body": """
Beste,

onderwerp: samenwerken met buurgemeenten die NIET in onze fusie zitten, bv op sociaal domein en inkoop. hoe
verhoudt zich dat tot de eigen gemeenschappelijke regeling en de afspraken tussen onze gemeenten? dat botst
soms behoorlijk.

gr dirk-jan
""",
    },
    {
        "id": "d80-sug-23", "kind": "suggestion", "themes": ["strategie", "organisatie"],
        "subject": "Idee voor het atelier",
        "sender": "Marloes Jacobs <m.jacobs@werkorganisatie-de-kempen.nl>",
        "body": """
Beste Stan en Melanie,

Wij schrijven op dit moment een visie op de organisatie voor 2030 en willen de organisatiestructuur daarna
ombouwen: minder afdelingen, meer programma's. Mijn vraag voor een atelier: hoe vertaal je een visie voor
de lange termijn in een nieuwe structuur en een ander sturingsmodel, zonder dat het een papieren exercitie wordt?

Hartelijke groet,

Marloes Jacobs
Algemeen directeur | Werkorganisatie De Kempen
""",
    },
    # ---------------------------------------------------------------- sign-ups
    {
        "id": "d80-sub-01", "kind": "subscribe",
        "subject": "Aanmelden",
        "sender": "Tom Veldkamp <t.veldkamp@werkorganisatie-berkelland.nl>",
        "body": """
Goedemiddag,

Graag word ik lid van het netwerk. Sinds 1 januari ben ik directeur van de Werkorganisatie Berkelland.

Met vriendelijke groet,
Tom Veldkamp
""",
    },
    {
        "id": "d80-sub-02", "kind": "subscribe",
        "subject": "Aanmelding Netwerk van directeuren",
        "sender": "Nicole Bakker-Smit <n.bakker@werkorganisatie-zuidplas-waddinx.nl>",
        "body": """
Geachte heer, mevrouw,

Via een collega-directeur werd ik gewezen op het Netwerk van directeuren van ambtelijke fusieorganisaties. Bij
dezen meld ik mij graag aan als lid.

Met vriendelijke groet,

mw. N. Bakker-Smit
directeur Werkorganisatie Zuidplas-Waddinxveen
Dit bericht is verzonden vanuit een gemeentelijk e-mailsysteem.
""",
    },
    {
        "id": "d80-sub-03", "kind": "subscribe",
        "sender": "Kees Oosterhuis <k.oosterhuis@werkorganisatie-westerkwartier-oost.nl>",
        "body": """
Hallo,

Ik hoorde op het VNG-congres over jullie netwerk. Meld me hierbij aan!

groet Kees
""",
    },
    {
        "id": "d80-sub-04", "kind": "subscribe",
        "subject": "Request to join the network",
        "sender": "Ahmed Bouzid <a.bouzid@werkorganisatie-langstraat.nl>",
        "body": """
Good afternoon,

I recently started as director of Werkorganisatie Langstraat. Please sign me up for the Network of directors of
shared civil-service organisations.

Kind regards,
Ahmed Bouzid
""",
    },
    {
        "id": "d80-sub-05", "kind": "subscribe",
        "subject": "Aanmelding collega",
        "sender": "Jeroen de Haan <j.dehaan@werkorganisatie-vijfheuvels.nl>",
        "body": """
Beste Stan,

Onze adjunct-directeur Sanne Kuipers (s.kuipers@werkorganisatie-vijfheuvels.nl) wil ook graag lid worden van het
netwerk. Wilt u haar aanmelden?

Dank en groet,
Jeroen de Haan
""",
    },
    {
        "id": "d80-sub-06", "kind": "subscribe",
        "subject": "Aanmelding dhr. R. Bosman",
        "sender": "Secretariaat directie <secretariaat.directie@werkorganisatie-salland.nl>",
        "body": """
Goedemorgen,

Namens de heer R. Bosman, algemeen directeur van Werkorganisatie Salland, meld ik hem aan voor het netwerk.
Zijn e-mailadres is r.bosman@werkorganisatie-salland.nl.

Met vriendelijke groet,

Tineke Wessels
Managementassistent directie
""",
    },
    {
        "id": "d80-sub-07", "kind": "subscribe",
        "subject": "Weer lid worden",
        "sender": "Mirjam Hoogendoorn <m.hoogendoorn@werkorganisatie-alblasserwaard.nl>",
        "body": """
Beste Stan en Melanie,

Een paar jaar geleden was ik lid, maar ik heb me afgemeld toen ik naar de provincie ging. Inmiddels ben ik terug
in het gemeentelijke: sinds deze maand ben ik directeur van de werkorganisatie Alblasserwaard. Ik meld me graag
weer aan.

Hartelijke groet,
Mirjam Hoogendoorn
""",
    },
    {
        "id": "d80-sub-08", "kind": "subscribe",
        "subject": "lid worden",
        "sender": "Jolanda Reijnders <jolanda.reijnders@werkorganisatie-maasduinen.nl>",
        "body": """
Aanmelden graag.

Groet, Jolanda Reijnders
Directeur werkorganisatie Maasduinen

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d80-sub-09", "kind": "subscribe",
        "subject": "Inschrijving netwerk",
        "sender": "Laurens Vos <l.vos@buch-werkorganisatie.nl>",
        "body": """
Beste secretariaat,

Graag schrijf ik mij in voor het netwerk en de ateliers. Ik ben per 1 september benoemd tot directeur van onze
werkorganisatie, als opvolger van Anton Meijer.

Met vriendelijke groet,

Laurens Vos

Disclaimer: dit bericht kan informatie bevatten die niet voor u is bestemd. Bent u niet de geadresseerde, dan
verzoeken wij u dit bericht te verwijderen.
""",
    },
    # ---------------------------------------------------------------- leaves, erasures, hand-overs
    {
        "id": "d80-uns-01", "kind": "unsubscribe",
        "subject": "Afmelden",
        "sender": "Arjen Kremer <a.kremer@werkorganisatie-rivierenland.nl>",
        "body": """
Gaarne afmelden voor het netwerk.

Met vriendelijke groet,
A. Kremer
""",
    },
    {
        "id": "d80-uns-02", "kind": "unsubscribe",
        "subject": "Pensioen",
        "sender": "Gerda Wijnands <g.wijnands@werkorganisatie-noordkop.nl>",
        "body": """
Beste Stan en Melanie,

Na ruim veertig jaar in het openbaar bestuur ga ik met pensioen. U kunt mij afmelden als lid van het netwerk.
Dank voor de mooie ateliers en de goede gesprekken!

Hartelijke groet,
Gerda Wijnands
""",
    },
    {
        "id": "d80-uns-03", "kind": "unsubscribe",
        "subject": "Atelier 7 oktober en lidmaatschap",
        "sender": "Martin Kuiper <m.kuiper@werkorganisatie-heuvelrug-oost.nl>",
        "body": """
Goedemorgen,

Ik kom niet naar het atelier van 7 oktober en wil eigenlijk ook geen berichten van het netwerk meer ontvangen.
Graag uitschrijven.

Martin Kuiper
""",
    },
    {
        "id": "d80-uns-04", "kind": "unsubscribe",
        "subject": "Unsubscribe",
        "sender": "Daniel Fischer <daniel.fischer@werkorganisatie-grensland.nl>",
        "body": """
Hello,

Please remove me from the network and your mailing list. I have left my position as director.

Regards,
Daniel Fischer
""",
    },
    {
        "id": "d80-uns-05", "kind": "unsubscribe", "erase": True,
        "subject": "Verzoek tot verwijdering persoonsgegevens",
        "sender": "mr. J.A. Plomp <j.plomp@werkorganisatie-lekstroom.nl>",
        "body": """
Geachte heer, mevrouw,

Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u al mijn persoonsgegevens
uit uw administratie te verwijderen en mij af te melden als lid van het netwerk. Graag ontvang ik een bevestiging
zodra dit is gebeurd.

Hoogachtend,

mr. J.A. Plomp
""",
    },
    {
        "id": "d80-uns-06", "kind": "unsubscribe", "erase": True,
        "subject": "GDPR erasure request",
        "sender": "Sophie Lambert <sophie.lambert@outlook.com>",
        "body": """
Dear secretariat,

Under the GDPR (article 17) I ask you to delete all personal data you hold about me and to take me off every
list of the network.

Thank you,
Sophie Lambert
""",
    },
    {
        "id": "d80-uns-07", "kind": "unsubscribe", "erase": True,
        "sender": "Bas Verhoef <basverhoef@ziggo.nl>",
        "body": """
haal me aub van jullie lijst en gooi al mijn gegevens weg, ik zit al een jaar niet meer bij de werkorganisatie.

bas
""",
    },
    {
        "id": "d80-uns-08", "kind": "unsubscribe",
        "subject": "Opvolging",
        "sender": "Hans Brouwer <h.brouwer@werkorganisatie-midden-delfland.nl>",
        "body": """
Beste Stan,

Per 1 maart neemt Petra Jansen (p.jansen@werkorganisatie-midden-delfland.nl) mijn functie als directeur over.
Wilt u haar in mijn plaats opnemen in het netwerk?

Met vriendelijke groet,
Hans Brouwer
""",
    },
    {
        "id": "d80-uns-09", "kind": "unsubscribe",
        "subject": "Mijn opvolger",
        "sender": "Rianne Smulders <r.smulders@werkorganisatie-baarle.nl>",
        "body": """
Dag Melanie,

Ik vertrek op 15 april bij de werkorganisatie. Mijn opvolger is Erik van Dam, e.vandam@werkorganisatie-baarle.nl.
Wil je de uitnodigingen voortaan naar hem sturen in plaats van naar mij?

Groet,
Rianne
""",
    },
    {
        "id": "d80-uns-10", "kind": "unsubscribe", "erase": True,
        "subject": "Overdracht en verwijdering gegevens",
        "sender": "Frits Lammers <f.lammers@werkorganisatie-venray-horst.nl>",
        "body": """
Beste secretariaat,

Mijn functie wordt per 1 juni overgenomen door Iris Claassen (i.claassen@werkorganisatie-venray-horst.nl).
Graag haar aanmelden in mijn plaats, en daarna mijn eigen gegevens volledig uit uw bestand verwijderen.

Met vriendelijke groet,
Frits Lammers
""",
    },
    {
        "id": "d80-uns-11", "kind": "unsubscribe",
        "sender": "Wim Hendriks <w.hendriks@werkorganisatie-land-van-cuijk.nl>",
        "body": """
graag uitscrijven, ik ben niet meer werkzaam als directeur

W. Hendriks
""",
    },
    {
        "id": "d80-uns-12", "kind": "unsubscribe",
        "subject": "Te veel mail",
        "sender": "Anouk Peeters <a.peeters@werkorganisatie-geldrop.nl>",
        "body": """
Ik krijg van alle kanten te veel mail en moet keuzes maken. Meld mij maar af bij het netwerk.

Anouk Peeters
""",
    },
    {
        "id": "d80-uns-13", "kind": "unsubscribe",
        "subject": "Einde interim-opdracht",
        "sender": "Richard Boer <richard@boer-interimmanagement.nl>",
        "body": """
Beste Stan en Melanie,

Mijn interim-opdracht als directeur bij de werkorganisatie Duiven-Westervoort zit erop. Daarom meld ik me af bij
het netwerk. Wie mij opvolgt is nog niet bekend; de gemeenten melden zich vast bij jullie als het zover is.

Dank voor de gastvrijheid!

Richard Boer
Boer Interimmanagement
""",
    },
    {
        "id": "d80-uns-14", "kind": "unsubscribe",
        "subject": "Handing over",
        "sender": "Michael Evers <m.evers@werkorganisatie-rheden.nl>",
        "body": """
Dear Stan,

I am handing over my position to my successor, Lisa de Groot (l.degroot@werkorganisatie-rheden.nl), as of
1 June. Please replace me with her in the network.

Best wishes,
Michael Evers
""",
    },
    # ---------------------------------------------------------------- RSVPs that name the atelier or its date
    {
        "id": "d80-rsvp-01", "kind": "rsvp", "attending": True,
        "subject": "Atelier 11 maart",
        "sender": "Petra de Lange <p.delange@werkorganisatie-zaanstreek.nl>",
        "body": """
Beste Stan,

Voor het atelier van 11 maart: ik kom graag.

Groet,
Petra de Lange
""",
    },
    {
        "id": "d80-rsvp-02", "kind": "rsvp", "attending": True,
        "subject": "Aanmelding atelier 7 oktober",
        "sender": "Johan Mulder <j.mulder@werkorganisatie-oldambt-pekela.nl>",
        "body": """
Goedemiddag,

Hierbij meld ik mij aan voor het Leer- en inspireer-atelier op donderdag 7 oktober.

Met vriendelijke groet,
Johan Mulder
""",
    },
    {
        "id": "d80-rsvp-03", "kind": "rsvp", "attending": False,
        "subject": "Afmelding atelier",
        "sender": "Karin Smeulders <k.smeulders@werkorganisatie-bergen-en-dal.nl>",
        "body": """
Beste Melanie,

Helaas kan ik op 11 maart niet bij het atelier zijn, er is die middag een extra raadsvergadering. De volgende
keer ben ik er graag weer bij.

Hartelijke groet,
Karin
""",
    },
    {
        "id": "d80-rsvp-04", "kind": "rsvp", "attending": False,
        "subject": "Vervanging atelier 18 maart",
        "sender": "Ton Verschuren <t.verschuren@werkorganisatie-oisterwijk-hilvarenbeek.nl>",
        "body": """
Beste Stan,

Zelf kan ik niet naar het atelier van 18 maart. Mijn collega Bart Veenstra, concerncontroller, komt in mijn
plaats: b.veenstra@werkorganisatie-oisterwijk-hilvarenbeek.nl.

Met vriendelijke groet,
Ton Verschuren
""",
    },
    {
        "id": "d80-rsvp-05", "kind": "rsvp", "attending": True,
        "subject": "7 oktober",
        "sender": "Lieke Janssen <l.janssen@werkorganisatie-peel-en-maas.nl>",
        "body": """
Hoi Stan en Melanie,

Voor het atelier op 7 oktober: ik kom, en ik neem onze HR-manager mee. Dus twee personen.

Groetjes,
Lieke
""",
    },
    {
        "id": "d80-rsvp-06", "kind": "rsvp", "attending": True,
        "subject": "Toch aanwezig op 11 maart",
        "sender": "Erwin Claes <e.claes@werkorganisatie-leudal.nl>",
        "body": """
Beste Stan,

Eerder heb ik me afgemeld voor het atelier van 11 maart, maar mijn agenda is veranderd: ik kom toch!

Groet,
Erwin Claes
""",
    },
    {
        "id": "d80-rsvp-07", "kind": "rsvp", "attending": False,
        "subject": "Atelier oktober - toch niet",
        "sender": "Marieke Sanders <marieke.sanders@werkorganisatie-enschede-oost.nl>",
        "body": """
Beste Melanie,

Vorige week meldde ik me aan voor het atelier van 7 oktober, maar ik moet helaas toch afzeggen. Er is een
bestuurlijk overleg op dezelfde middag gepland dat ik niet kan missen. Geef mijn plek gerust aan iemand anders.

Met vriendelijke groet,
Marieke Sanders
""",
    },
    {
        "id": "d80-rsvp-08", "kind": "rsvp", "attending": True,
        "subject": "Atelier 11 March",
        "sender": "Ivo Gerritsen <i.gerritsen@werkorganisatie-montferland.nl>",
        "body": """
Hi Stan,

Just to confirm that I will be attending the atelier on 11 March in Utrecht.

Cheers,
Ivo
""",
    },
    {
        "id": "d80-rsvp-09", "kind": "other",
        "subject": "Aanwezigheid mw. Dekker atelier 18 maart",
        "sender": "Managementondersteuning <mo@werkorganisatie-borne-dinkelland.nl>",
        "body": """
Geachte heer Van de Laar,

Namens mevrouw A. Dekker laat ik u weten dat zij aanwezig is bij het Leer- en inspireer-atelier van donderdag
18 maart in het Provinciehuis te Utrecht.

Met vriendelijke groet,

Sandra Meijerink
Managementondersteuning directie
""",
    },
    {
        "id": "d80-rsvp-10", "kind": "rsvp", "attending": True,
        "subject": "Geaccepteerd: Leer- en inspireer-atelier 11 maart 2027",
        "sender": "Herman Zijlstra <h.zijlstra@werkorganisatie-sudwest.nl>",
        "body": """
Ik ben erbij.
""",
    },
    {
        "id": "d80-rsvp-11", "kind": "rsvp", "attending": False,
        "subject": "Afgewezen: Leer- en inspireer-atelier 7 oktober 2027",
        "sender": "Saskia Huisman <s.huisman@werkorganisatie-westland-oost.nl>",
        "body": """
Sorry, dan zit ik in het buitenland.
""",
    },
    {
        "id": "d80-rsvp-12", "kind": "rsvp", "attending": True,
        "subject": "ateliertje",
        "sender": "Marjan Kooiman <marjankooiman@werkorganisatie-texel-den-helder.nl>",
        "body": """
Hoi Melanie, ik ben er op 7 oktober bij hoor! Zin in. groetjes Marjan
""",
    },
    {
        "id": "d80-rsvp-13", "kind": "rsvp", "attending": False,
        "subject": "Atelier 7 October",
        "sender": "Thomas van Loon <t.vanloon@werkorganisatie-dongen-loon.nl>",
        "body": """
Dear Melanie,

Unfortunately I can't make it to the atelier on 7 October. Please keep me on the list for the next one.

Best,
Thomas van Loon
""",
    },
    # ---------------------------------------------------------------- out-of-office replies without their headers
    {
        "id": "d80-auto-01", "kind": "autoreply",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken?",
        "sender": "Roel Spijkers <r.spijkers@werkorganisatie-zeeuws-west.nl>",
        "body": """
Dank voor uw bericht. Ik ben afwezig tot en met maandag 11 januari. Uw e-mail wordt niet doorgestuurd.
Voor dringende zaken kunt u contact opnemen met het secretariaat via 0115 - 45 23 00.

Met vriendelijke groet,
Roel Spijkers
""",
    },
    {
        "id": "d80-auto-02", "kind": "autoreply",
        "subject": "Afwezig",
        "sender": "Annelies Dam <a.dam@werkorganisatie-hollands-kroon.nl>",
        "body": """
Tot en met 2 augustus ben ik met vakantie en lees ik mijn mail niet. Bij spoed kunt u terecht bij mijn
plaatsvervanger, Kees Groot (k.groot@werkorganisatie-hollands-kroon.nl).
""",
    },
    {
        "id": "d80-auto-03", "kind": "autoreply",
        "subject": "Out of Office",
        "sender": "Victor Lemmens <v.lemmens@werkorganisatie-brunssum.nl>",
        "body": """
Thank you for your email. I am out of the office until 24 April with limited access to email. For urgent
matters please contact my office manager at +31 45 527 8500.
""",
    },
    {
        "id": "d80-auto-04", "kind": "autoreply",
        "subject": "Niet meer in dienst",
        "sender": "Erik Staal <e.staal@werkorganisatie-krimpenerwaard.nl>",
        "body": """
Dit e-mailadres is niet meer in gebruik. Erik Staal is niet meer werkzaam bij de Werkorganisatie
Krimpenerwaard. Uw bericht wordt niet doorgestuurd. Voor algemene vragen kunt u mailen naar
info@werkorganisatie-krimpenerwaard.nl.

Dit is een automatisch gegenereerd bericht.
""",
    },
    {
        "id": "d80-auto-05", "kind": "autoreply",
        "subject": "Ontvangstbevestiging van uw bericht",
        "sender": "Klantcontactcentrum <kcc@werkorganisatie-meierijstad-oost.nl>",
        "body": """
Geachte afzender,

Bedankt voor uw e-mail. Wij hebben uw bericht ontvangen en geregistreerd onder zaaknummer Z-2027-014233.
U ontvangt binnen vijf werkdagen een reactie. Op dit bericht kunt u niet antwoorden.

Met vriendelijke groet,
Klantcontactcentrum
""",
    },
    {
        "id": "d80-auto-06", "kind": "autoreply",
        "subject": "Afwezigheidsbericht",
        "sender": "Noor Haddou <n.haddou@werkorganisatie-cranendonck.nl>",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """
Hallo,

Ik ben met ouderschapsverlof tot 1 november en lees mijn mail niet. Je bericht wordt niet doorgestuurd. Voor
zaken over de directie kun je terecht bij Gijs Wouters, g.wouters@werkorganisatie-cranendonck.nl.

Groet, Noor
""",
    },
    {
        "id": "d80-auto-07", "kind": "autoreply",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 7 oktober 2027",
        "sender": "Bram Wouters <b.wouters@werkorganisatie-asten-someren.nl>",
        "body": """
Ik ben van 20 september tot en met 4 oktober afwezig. / I am out of office from 20 September until
4 October.
Uw e-mail wordt na mijn terugkomst gelezen. / Your message will be read upon my return.
""",
    },
    # ---------------------------------------------------------------- other: everything the secretariat handles
    {
        "id": "d80-oth-01", "kind": "other",
        "subject": "Vraag over het netwerk",
        "sender": "Linda Mos <l.mos@werkorganisatie-hardenberg-ommen.nl>",
        "body": """
Goedemiddag,

Hoe vaak organiseren jullie de ateliers precies, en wie zitten er eigenlijk in de Adviesraad? Ik kan dat niet
terugvinden op de website.

Met vriendelijke groet,
Linda Mos
""",
    },
    {
        "id": "d80-oth-02", "kind": "other",
        "subject": "Ledenlijst",
        "sender": "Pieter van Dongen <p.vandongen@werkorganisatie-altena.nl>",
        "body": """
Beste Stan,

Kun je mij een overzicht sturen van de leden van het netwerk, met hun organisatie? Ik wil graag contact zoeken
met collega's die ook een migratie naar één zaaksysteem achter de rug hebben.

Groet,
Pieter
""",
    },
    {
        "id": "d80-oth-03", "kind": "other",
        "subject": "Interviewverzoek Binnenlands Bestuur",
        "sender": "Roos Vermaat <r.vermaat@binnenlandsbestuur.nl>",
        "body": """
Beste heer Van de Laar,

Voor Binnenlands Bestuur schrijf ik een achtergrondartikel over ambtelijke fusies, tien jaar na de eerste golf.
Zou ik u of een van de leden van het netwerk kort mogen interviewen? Het gesprek duurt ongeveer een half uur.

Met vriendelijke groet,

Roos Vermaat
redacteur Binnenlands Bestuur
06 - 41 20 77 15
""",
    },
    {
        "id": "d80-oth-04", "kind": "other",
        "subject": "Enquête scriptie ambtelijke fusies",
        "sender": "Lotte Brands <lotte.brands@student.ru.nl>",
        "body": """
Beste meneer/mevrouw,

Ik ben masterstudent Bestuurskunde aan de Radboud Universiteit en schrijf mijn scriptie over sturing in ambtelijke
fusieorganisaties. Zou u mijn korte enquête (10 minuten) onder de leden van uw netwerk willen verspreiden?
Alvast heel erg bedankt!

Met vriendelijke groet,
Lotte Brands
""",
    },
    {
        "id": "d80-oth-05", "kind": "other",
        "subject": "Samenwerking workshop verandermanagement",
        "sender": "Marcel Hooft <marcel@hooft-en-partners.nl>",
        "body": """
Beste Stan en Melanie,

Hooft & Partners begeleidt al vijftien jaar ambtelijke fusies. Graag bieden wij aan om tijdens een van uw
ateliers kosteloos een workshop over verandermanagement te verzorgen. Zullen we binnenkort eens koffie drinken?

Met vriendelijke groet,

Marcel Hooft
Partner | Hooft & Partners organisatieadvies
www.hooft-en-partners.nl
""",
    },
    {
        "id": "d80-oth-06", "kind": "other",
        "subject": "Quick question about your members' document workflow",
        "sender": "Jake Morrison <jake.morrison@docuflow.io>",
        "body": """
Hi there,

I noticed your network brings together directors of merged municipal organisations. DocuFlow helps public
sector teams cut document processing time by 40%. Would you be open to a 15-minute call next week to see if
this could be relevant for your members?

Best,
Jake Morrison
Account Executive, DocuFlow
""",
    },
    {
        "id": "d80-oth-07", "kind": "other",
        "subject": "Uitnodiging voor uw leden: congres gemeentesecretarissen",
        "sender": "Bureau VGS <bureau@vgs-netwerk.nl>",
        "body": """
Geacht secretariaat,

Op 14 november organiseert de Vereniging van Gemeentesecretarissen haar jaarcongres in Amersfoort. Wij nodigen
de leden van uw netwerk van harte uit om deel te nemen. Zou u onderstaande uitnodiging willen doorsturen aan uw
leden? Aanmelden kan via onze website.

Met vriendelijke groet,
Bureau VGS
""",
    },
    {
        "id": "d80-oth-08", "kind": "other",
        "subject": "Verzoek spreker",
        "sender": "Wendy Claassen <w.claassen@provincie-gelderland.nl>",
        "body": """
Beste Stan,

Op 23 juni organiseren wij een bijeenkomst voor griffiers en gemeentesecretarissen over regionale samenwerking.
Wij zouden het heel waardevol vinden als iemand namens het netwerk een korte presentatie geeft over de
ervaringen met ambtelijke fusies. Zou jij of een van de leden daarvoor beschikbaar zijn?

Hartelijke groet,
Wendy Claassen
Provincie Gelderland
""",
    },
    {
        "id": "d80-oth-09", "kind": "other",
        "subject": "Klacht over het atelier",
        "sender": "Gert-Jan Hofman <gj.hofman@werkorganisatie-steenwijkerland.nl>",
        "body": """
Beste Stan en Melanie,

Eerlijk gezegd was ik teleurgesteld in het atelier van donderdag. We begonnen een half uur te laat, de
Teams-verbinding voor de online deelnemers viel steeds weg en van de tweede ronde is weinig terechtgekomen.
Dat kan beter.

Gert-Jan Hofman
""",
    },
    {
        "id": "d80-oth-10", "kind": "other",
        "subject": "Dubbele mails",
        "sender": "Ilse Bosch <i.bosch@werkorganisatie-beekdaelen.nl>",
        "body": """
Hoi,

Ik heb de uitnodiging nu drie keer ontvangen, op twee verschillende adressen. Kan dat worden rechtgezet? Ik wil
gewoon lid blijven, maar dan graag alleen op dit adres.

Ilse
""",
    },
    {
        "id": "d80-oth-11", "kind": "other",
        "subject": "Dank!",
        "sender": "Hendrik Visser <h.visser@werkorganisatie-oost-achterhoek.nl>",
        "body": """
Beste Stan en Melanie,

Dank voor het inspirerende atelier van gisteren. Vooral het verhaal van de collega uit Zeeland over het vertrek van
een partnergemeente zette me aan het denken. Ik neem veel mee naar huis.

Hartelijke groet,
Hendrik Visser
""",
    },
    {
        "id": "d80-oth-12", "kind": "other",
        "subject": "Wie mag lid worden?",
        "sender": "Caroline Wijers <c.wijers@gr-sociaal-domein-rivierenland.nl>",
        "body": """
Goedemorgen,

Ik ben directeur van een gemeenschappelijke regeling die alleen het sociaal domein uitvoert voor vier
gemeenten. Kom ik dan ook in aanmerking voor het lidmaatschap, of is het netwerk alleen voor directeuren van
volledige ambtelijke fusies?

Met vriendelijke groet,
Caroline Wijers
""",
    },
    {
        "id": "d80-oth-13", "kind": "other",
        "subject": "Aanmelding MT",
        "sender": "Robert Huisman <r.huisman@werkorganisatie-de-fryske-marren.nl>",
        "body": """
Beste Stan,

Wil je ons hele managementteam aanmelden? Het gaat om:
- Anke de Vries, a.devries@werkorganisatie-de-fryske-marren.nl
- Jelle Postma, j.postma@werkorganisatie-de-fryske-marren.nl
- Sietse Bouma, s.bouma@werkorganisatie-de-fryske-marren.nl

Groet,
Robert
""",
    },
    {
        "id": "d80-oth-14", "kind": "other",
        "sender": "Joyce Tan <j.tan@werkorganisatie-schouwen.nl>",
        "body": """
Hallo Melanie,

Mijn collega Fatima el Idrissi, directeur dienstverlening bij ons, zou ook graag lid worden. Kun je haar toevoegen?

Groetjes,
Joyce
""",
    },
    {
        "id": "d80-oth-15", "kind": "other",
        "subject": "Nieuw e-mailadres",
        "sender": "Arnoud Timmermans <a.timmermans@werkorganisatie-heerde-olst.nl>",
        "body": """
Beste secretariaat,

Door een naamswijziging van onze organisatie verandert mijn e-mailadres per 1 januari in
a.timmermans@werkorganisatie-sallandse-heuvels.nl. Wilt u dat in uw bestand aanpassen?

Met vriendelijke groet,
Arnoud Timmermans
""",
    },
    {
        "id": "d80-oth-16", "kind": "other",
        "subject": "Vertrek directeur",
        "sender": "Secretariaat Werkorganisatie Heusden-Vught <secretariaat@werkorganisatie-heusden-vught.nl>",
        "body": """
Geachte heer, mevrouw,

Graag laten wij u weten dat onze algemeen directeur, de heer H. Mulder, per 1 februari is vertrokken. Een
opvolger is nog niet benoemd.

Met vriendelijke groet,
Secretariaat directie
""",
    },
    {
        "id": "d80-oth-17", "kind": "other",
        "subject": "Inzageverzoek AVG",
        "sender": "Jan-Willem Roos <jw.roos@werkorganisatie-wijdemeren.nl>",
        "body": """
Geachte heer, mevrouw,

Graag ontvang ik een overzicht van alle persoonsgegevens die uw netwerk van mij verwerkt, met het doel en de
bewaartermijn (inzageverzoek op grond van artikel 15 AVG).

Met vriendelijke groet,
J.W. Roos
""",
    },
    {
        "id": "d80-oth-18", "kind": "other",
        "subject": "Adviesraad",
        "sender": "Miriam Ouwerkerk <m.ouwerkerk@werkorganisatie-goeree-overflakkee.nl>",
        "body": """
Beste Stan en Melanie,

Ik las dat er een plek vrijkomt in de Adviesraad. Ik stel mij graag beschikbaar: ik ben inmiddels zes jaar
directeur en heb veel aan het netwerk gehad. Wat is de procedure?

Hartelijke groet,
Miriam Ouwerkerk
""",
    },
    {
        "id": "d80-oth-19", "kind": "other",
        "subject": "Opzet van de ateliers",
        "sender": "Koen Lambrechts <k.lambrechts@werkorganisatie-oost-limburg.nl>",
        "body": """
Beste Stan,

Een suggestie over de vorm: zou het atelier niet beter op een vrijdagochtend kunnen, en af en toe eens in het
zuiden of oosten van het land? Voor ons is Utrecht op donderdagmiddag een hele onderneming.

Groet,
Koen Lambrechts
""",
    },
    {
        "id": "d80-oth-20", "kind": "other",
        "subject": "Atelier 7 oktober online?",
        "sender": "Femke Dijkman <f.dijkman@werkorganisatie-ameland-schiermonnikoog.nl>",
        "body": """
Hoi Melanie,

Ik kom graag naar het atelier van 7 oktober, mits ik online kan aansluiten. Vanaf het eiland is Utrecht een dag
reizen. Kan dat?

Groet, Femke
""",
    },
    {
        "id": "d80-oth-21", "kind": "other",
        "subject": "Aanmelding?",
        "sender": "Stefan Roelofs <s.roelofs@werkorganisatie-nijkerk-putten.nl>",
        "body": """
Geachte heer, mevrouw,

Ik ontving van u een mail dat ik mijn aanmelding moet bevestigen, maar ik heb mij nergens aangemeld. Hoe komt u
aan mijn e-mailadres?

S. Roelofs
""",
    },
    {
        "id": "d80-oth-22", "kind": "other",
        "subject": "Presentatie atelier",
        "sender": "Nadia Rachidi <n.rachidi@werkorganisatie-zaltbommel-maasdriel.nl>",
        "body": """
Beste Stan,

Waar kan ik de presentatie van het atelier van maart vinden? De link in het verslag werkt bij mij niet.

Groet,
Nadia
""",
    },
    {
        "id": "d80-oth-23", "kind": "other",
        "subject": "Research visit - network of directors",
        "sender": "Mette Sørensen <mette.sorensen@kl.dk>",
        "body": """
Dear colleagues,

I work for Local Government Denmark and we are studying shared administrations of municipalities in Europe.
We would very much like to learn how your network operates. Would it be possible to schedule an online meeting
with the secretariat in the coming months?

Kind regards,
Mette Sørensen
Senior Adviser, KL
""",
    },
    {
        "id": "d80-oth-24", "kind": "other",
        "subject": "Parkeren en toegankelijkheid",
        "sender": "Hugo Bakx <h.bakx@werkorganisatie-boxtel-sint-michielsgestel.nl>",
        "body": """
Beste Melanie,

Is er parkeergelegenheid bij het Provinciehuis, en is de zaal goed toegankelijk met een rolstoel? Ik loop sinds
een operatie tijdelijk slecht.

Met vriendelijke groet,
Hugo Bakx
""",
    },
    {
        "id": "d80-oth-25", "kind": "other",
        "subject": "Doorgestuurd",
        "sender": "Paula Verdonk <p.verdonk@werkorganisatie-echt-susteren.nl>",
        "body": """
Zie onderstaand.

Groet, Paula
""",
    },
    {
        "id": "d80-oth-26", "kind": "other",
        "subject": "Atelier 11 maart en verslag",
        "sender": "Evert Kamphuis <e.kamphuis@werkorganisatie-raalte-olst.nl>",
        "body": """
Beste Stan,

Op 11 maart kan ik helaas niet. Gaat het verslag van het atelier ook naar leden die er niet bij waren, of moet ik
daar apart om vragen?

Met vriendelijke groet,
Evert Kamphuis
""",
    },
    {
        "id": "d80-oth-27", "kind": "other",
        "subject": "Kosten deelname",
        "sender": "Marjolein Arts <m.arts@werkorganisatie-cuijk-grave.nl>",
        "body": """
Goedemiddag,

Onze controller vraagt of er kosten verbonden zijn aan deelname aan het atelier en zo ja, of wij een factuur
kunnen ontvangen met ons inkoopordernummer 4500123987.

Met vriendelijke groet,
Marjolein Arts
Managementassistent
""",
    },
    {
        "id": "d80-oth-28", "kind": "other",
        "subject": "Ateliers alleen nog in Utrecht?",
        "sender": "Sjoerd Hiemstra <s.hiemstra@werkorganisatie-noardwest-fryslan.nl>",
        "body": """
Beste Stan en Melanie,

Ik hoor dat de ateliers voortaan alleen nog in Utrecht zijn. Als dat klopt, meld ik me af; voor ons uit het
noorden is dat niet te doen. Klopt het?

Sjoerd Hiemstra
""",
    },
]
