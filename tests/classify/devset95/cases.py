"""Devset95: "several things in one mail" (issue 17).

About a hundred messages that each carry two or three things (a leave and a decline, an erasure tucked into a
decline, a hand-over plus a decline, a topic plus a yes or no, a yes plus a question, a confirmation plus an address
change or thanks, a sign-up plus a question or a remark, an answer that changes halfway, a typed answer wrapped in an
absence notice), labelled by the conventions' priorities. New mails and replies to our mails, in several clients,
quote styles and registers, Dutch and English.

Conventions this set relies on (from the dataset brief):
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over). A colleague reporting that
  someone left: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- Under the call for themes or the follow-up: a reply that proposes a topic is a `suggestion` (also when it says
  whether the writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form
  of the ateliers (day, venue, length, online) is `other`.
- A mail that changes an earlier answer carries the latest answer. A yes or a leave on a condition the secretariat
  must answer first, or a request plus a real question to the secretariat: `other`.
- A request to sign up one named colleague WITH that colleague's e-mail address: `subscribe`.
- Applying for the Adviesraad, a supplier's pitch, a question who may join: `other`.
- An answer about the atelier for someone else in a NEW mail: `other`; in reply to our invitation: `rsvp`.

How this set reads them:
- A yes to the atelier plus a real question to the secretariat (parking, the presentations, a dietary option) is
  `other`, whether or not the yes hangs on the answer; a yes plus a remark that asks nothing ("ik kom met de trein")
  stays `rsvp` True.
- A decline plus a topic "for next time" under the invitation or the reminder (not under the call for themes or the
  follow-up) is the answer to the invitation: `rsvp` False.
- A confirmation plus thanks is `confirm`; a confirmation plus an address change is `other`. A sign-up plus a
  question about cost is `other`; a sign-up plus a remark is `subscribe`.
- A mail typed by the person that starts like an absence notice but carries a real answer is labelled by that
  answer (no auto-reply headers); only the machine's own answers are `autoreply`.
- Two topics under two themes in one suggestion carry both themes.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---- leaving the network and declining the atelier: unsubscribe -------------------------------------------
    {
        "id": "d95-leave-01", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Henk Valkenburg <h.valkenburg@werkorganisatie-dewaarden.nl>",
        "body": """\
Goedemorgen,

Op 11 maart ben ik er niet bij. Sterker nog: per 1 april ga ik met vervroegd pensioen, dus u kunt mij ook
uit het netwerk afmelden. Dank voor alle mooie bijeenkomsten de afgelopen jaren.

Met vriendelijke groet,

Henk Valkenburg
Algemeen directeur Werkorganisatie De Waarden
""",
    },
    {
        "id": "d95-leave-02", "kind": "unsubscribe", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Erik Jonkman <erik.jonkman@gmail.com>",
        "body": """\
Hoi Melanie,

Helaas, donderdag gaat niet lukken. En eerlijk gezegd kun je me ook van de ledenlijst halen: ik ben sinds
januari gemeentesecretaris in een zelfstandige gemeente en hoor dus niet meer bij jullie doelgroep.

Groet,
Erik
""",
    },
    {
        "id": "d95-leave-03", "kind": "unsubscribe",
        "subject": "Afmelding atelier en lidmaatschap",
        "sender": "A.M. Kuipers-Brand <am.kuipers@sedorganisatie.nl>",
        "body": """\
Geacht secretariaat,

Hierbij meld ik mij af voor het atelier van 11 maart en tevens als lid van het netwerk. Onze
samenwerkingsorganisatie wordt per 1 juli ontvlochten en mijn functie komt daarmee te vervallen.

Hoogachtend,

drs. A.M. (Annelies) Kuipers-Brand
directeur SED-organisatie
""",
    },
    {
        "id": "d95-leave-04", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Wim Stoker <w.stoker@kpnmail.nl>",
        "body": """\
Nee helaas. Wil ook graag van de mailinglijst af, dank!

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d95-leave-05", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Jeroen Mulder <j.mulder@werkorganisatie-lekstroom.nl>",
        "body": """\
Beste Stan,

Ik moet je teleurstellen: 11 maart lukt niet. Ik heb bovendien besloten mijn lidmaatschap van het netwerk
op te zeggen. Met de nieuwe gemeenschappelijke regeling op mijn bord heb ik er simpelweg de tijd niet meer
voor. Succes met het atelier!

Groet,
Jeroen Mulder

Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, wordt u
verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te retourneren.
""",
    },
    {
        "id": "d95-leave-06", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "groupwise",
        "sender": "R. Hoekstra <r.hoekstra@noordoostwerkt.nl>",
        "body": """\
De nieuwe datum komt mij niet uit. Gezien mijn overstap naar de provincie per 1 maart wil ik mij
bovendien uitschrijven als lid van het netwerk.

Met vriendelijke groet,
R. Hoekstra
""",
    },
    {
        "id": "d95-leave-07", "kind": "unsubscribe", "thread": "invitation",
        "sender": "Greet Bosman <g.bosman@dommelvallei-werkt.nl>",
        "body": """\
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

Nee, helaas.

> Afmelden? Antwoord op deze e-mail met 'afmelden' of stuur een e-mail naar info@ambtelijkefusie.nl.

Afmelden graag, ik stop per 1 maart.

Greet Bosman
""",
    },
    {
        "id": "d95-leave-08", "kind": "unsubscribe", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "notes",
        "sender": "Theo Lammers <t.lammers@gemeente-rijnwaarden.nl>",
        "body": """\
Door omstandigheden kan ik donderdag helaas niet aanwezig zijn. Geeft u mijn plek gerust aan iemand op de
wachtlijst.

Daarnaast wil ik mij afmelden voor het netwerk: de ambtelijke fusie is per 1 januari teruggedraaid en ik ben
geen directeur van een fusieorganisatie meer.

Met vriendelijke groet,
Theo Lammers
""",
    },
    {
        "id": "d95-leave-09", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Sarah Whitfield <s.whitfield@werkorganisatie-kempen.nl>",
        "body": """\
Hi,

Unfortunately I can't attend on 11 March. I'm also leaving the organisation at the end of this month, so
please remove me from the network's member list.

Kind regards,
Sarah Whitfield
Interim director
""",
    },
    {
        "id": "d95-leave-10", "kind": "unsubscribe",
        "subject": "niet komen + afmelden",
        "sender": "Piet de Boer <pdeboer@hotmail.com>",
        "body": """\
Ik kom niet op 11 maart en wil voortaan ook geen mails van het netwerk meer ontvangen.
Gr. Piet de Boer
""",
    },
    # ---- a decline that keeps the membership, a substitute: rsvp False ---------------------------------------
    {
        "id": "d95-keep-01", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Monique Haverkamp <m.haverkamp@werkorganisatie-bbd.nl>",
        "body": """\
Beste Stan en Melanie,

Helaas kan ik er op 11 maart niet bij zijn. Ik blijf wel graag op de hoogte van volgende ateliers, dus houd
mij vooral op de lijst.

Hartelijke groet,
Monique Haverkamp
""",
    },
    {
        "id": "d95-keep-02", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Frank Oosterhuis <f.oosterhuis@icloud.com>",
        "body": """\
Ik moet helaas afzeggen voor donderdag, griep in huis. Volgende keer beter!

Frank
""",
    },
    {
        "id": "d95-keep-03", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Karel Nieuwenhuis <k.nieuwenhuis@a2-samenwerking.nl>",
        "body": """\
Goedemiddag,

Zelf kan ik op 11 maart niet, maar mijn adjunct-directeur Eva Janssen (e.janssen@a2-samenwerking.nl) komt
in mijn plaats. Zij kijkt er erg naar uit.

Met vriendelijke groet,
Karel Nieuwenhuis
""",
    },
    # ---- an erasure request hidden in a decline: unsubscribe, erase ------------------------------------------
    {
        "id": "d95-erase-01", "kind": "unsubscribe", "erase": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "M. van Dijk <m.vandijk@werkorganisatie-hvs.nl>",
        "body": """\
Geacht secretariaat,

Ik kan helaas niet deelnemen aan het atelier van 11 maart. Omdat ik per 1 maart uit dienst ga, verzoek ik u
op grond van de AVG al mijn persoonsgegevens uit uw bestanden te verwijderen.

Met vriendelijke groet,
M. van Dijk
""",
    },
    {
        "id": "d95-erase-02", "kind": "unsubscribe", "erase": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Bas Vermeulen <basvermeulen74@gmail.com>",
        "body": """\
Hoi, ik kan donderdag niet. Nog iets: willen jullie mijn gegevens helemaal wissen? Ik zit niet meer in deze
rol en wil niet dat mijn naam en 06-nummer nog ergens in een bestand staan.

Thx, Bas
""",
    },
    {
        "id": "d95-erase-03", "kind": "unsubscribe", "erase": True,
        "subject": "Atelier 11 maart / verzoek tot verwijdering",
        "sender": "Linda Groeneveld <l.groeneveld@ferm-werkt.nl>",
        "body": """\
Beste Stan en Melanie,

Voor het atelier van 11 maart moet ik helaas bedanken. Verder wil ik u vragen mij uit te schrijven en al mijn
gegevens te verwijderen, conform artikel 17 AVG. Ik ontvang graag een korte bevestiging.

Groet,
Linda Groeneveld
""",
    },
    {
        "id": "d95-erase-04", "kind": "unsubscribe", "erase": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Martin Reeves <m.reeves@werkorganisatie-duinkust.nl>",
        "body": """\
Dear Stan,

I'm afraid I won't make it on the 11th. As I'm retiring next month, could you please also erase my personal
data from your records under the GDPR?

Best wishes,
Martin Reeves
""",
    },
    {
        "id": "d95-erase-05", "kind": "unsubscribe", "erase": True, "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "apple",
        "sender": "Joke Wessels <joke.wessels@ziggo.nl>",
        "body": """\
Jammer dat het niet doorgaat, al had ik zelf toch niet gekund. Wilt u mij van uw lijst halen en mijn
gegevens vernietigen? Ik heb de organisatie inmiddels verlaten.

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d95-erase-06", "kind": "unsubscribe", "erase": True, "thread": "reminder",
        "sender": "Hans Brouwer <h.brouwer@werkorganisatie-vijfheerenlanden.nl>",
        "body": """\
> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met "helaas, ik kan niet"; dan geven wij uw plaats aan
> iemand op de wachtlijst.

Helaas, ik kan niet. Verwijder ook maar alles wat u van mij heeft: ik ben met ingang van deze maand weg en
maak gebruik van mijn recht op vergetelheid.

H. Brouwer
""",
    },
    {
        "id": "d95-erase-07", "kind": "unsubscribe", "erase": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "J.C. de Ruiter <jc.deruiter@samenwerking-kromme-rijn.nl>",
        "body": """\
Geachte heer, mevrouw,

Op 11 maart ben ik verhinderd. Tevens verzoek ik u, nu mijn aanstelling is beëindigd, mijn naam,
e-mailadres en telefoonnummer uit uw ledenadministratie te verwijderen en deze gegevens niet langer te
bewaren.

Hoogachtend,
J.C. de Ruiter
""",
    },
    {
        "id": "d95-erase-08", "kind": "unsubscribe", "erase": True, "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Saskia Prins <s.prins@werkorganisatie-cgm.nl>",
        "body": """\
Dank voor het verslag. Bij een volgend atelier ben ik er niet meer bij: ik vertrek per 1 mei naar het
bedrijfsleven. Wilt u mij afmelden en mijn persoonsgegevens laten verwijderen?

Met vriendelijke groet,
Saskia Prins
""",
    },
    {
        "id": "d95-seedata-01", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Gerard Smeets <g.smeets@werkorganisatie-montferland.nl>",
        "body": """\
Goedemiddag,

Ik kom niet op 11 maart. Kunt u mij daarnaast laten weten welke persoonsgegevens u van mij bewaart en met
wie u die deelt? Ik wil graag een inzage.

Met vriendelijke groet,
Gerard Smeets
""",
    },
    # ---- a hand-over with the successor's address plus a decline: unsubscribe ---------------------------------
    {
        "id": "d95-hand-01", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Marga Ploeg <m.ploeg@werkorganisatie-cgm.nl>",
        "body": """\
Beste Melanie,

Ik kom niet naar het atelier; per 15 februari heb ik afscheid genomen. Mijn opvolger is Joost Verbeek,
j.verbeek@werkorganisatie-cgm.nl. Wil je hem in mijn plaats opnemen in het netwerk?

Hartelijke groet,
Marga Ploeg
""",
    },
    {
        "id": "d95-hand-02", "kind": "unsubscribe", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Ronald Kramer <ronaldkramer@gmail.com>",
        "body": """\
Ik ben er donderdag niet bij, ik ben inmiddels vertrokken. Mijn plek in het netwerk gaat naar mijn
opvolger, Fatima El Amrani (f.elamrani@debevelanden-werkt.nl). Willen jullie haar voortaan uitnodigen?

Ronald
""",
    },
    {
        "id": "d95-hand-03", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Claire Dubois <c.dubois@werkorganisatie-maasland.nl>",
        "body": """\
Thanks for the invitation. I won't be attending, as I have moved on to a new role. My successor, Daan
Hofman (d.hofman@werkorganisatie-maasland.nl), will take over my seat in the network; please add him to
your list in my place.

Regards,
Claire
""",
    },
    {
        "id": "d95-hand-04", "kind": "unsubscribe",
        "subject": "Wisseling directeur per 1 maart",
        "sender": "W. Verhoeven <w.verhoeven@sedorganisatie.nl>",
        "body": """\
Geachte heer Van de Laar,

Per 1 maart draag ik mijn functie over aan mevrouw drs. L. (Lotte) Scheepers. Haar e-mailadres is
l.scheepers@sedorganisatie.nl. Wilt u haar als lid registreren en mij afmelden? Aan het atelier van
11 maart neem ik dus niet meer deel.

Met vriendelijke groet,
W. Verhoeven
""",
    },
    {
        "id": "d95-hand-05", "kind": "unsubscribe", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "apple",
        "sender": "Ad Bakermans <ad.bakermans@drechtwerk.nl>",
        "body": """\
Dank voor de bevestiging. Mijn opvolger is Ruud Brink, r.brink@drechtwerk.nl; hij neemt mijn plek in het
netwerk over. Het atelier van maart is dus ook voor hem.

Groet, Ad
""",
    },
    {
        "id": "d95-hand-06", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-lijn",
        "sender": "Petra Koster <p.koster@hln-werkorganisatie.nl>",
        "body": """\
Op de nieuwe datum ben ik al weg. Vanaf 1 maart is Wendy Smit de nieuwe directeur; zij neemt mijn
lidmaatschap over. Haar adres: w.smit@hln-werkorganisatie.nl.

Met vriendelijke groet,
Petra Koster
""",
    },
    {
        "id": "d95-hand-07", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Bert van Leeuwen <b.vanleeuwen@bommelerwaard-werkt.nl>",
        "body": """\
Ik kan niet komen, ik ben net gestopt. Mijn plaats in het netwerk is voor Koen de Graaf, de
interim-directeur: k.degraaf@bommelerwaard-werkt.nl.

Bert van Leeuwen
""",
    },
    {
        "id": "d95-hand-08", "kind": "unsubscribe",
        "subject": "afmelden en opvolger",
        "sender": "Yvonne Dekker <y.dekker@werkorganisatie-noordkwartier.nl>",
        "body": """\
Graag mij afmelden en mijn opvolger Tim Bakker aanmelden: t.bakker@werkorganisatie-noordkwartier.nl.
Ik kom dus ook niet op 11/3.

Verzonden vanaf mijn Galaxy
""",
    },
    {
        "id": "d95-left-01", "kind": "other",
        "subject": "Uitnodiging atelier dhr. Van Os",
        "sender": "Secretariaat directie <secretariaat.directie@werkorganisatie-rivierenland.nl>",
        "body": """\
Goedemorgen,

De uitnodiging voor het atelier is gericht aan de heer Van Os. Hij is per 1 februari niet meer bij onze
organisatie werkzaam en komt dus niet. Een opvolger is nog niet benoemd.

Met vriendelijke groet,
Anouk Veenstra
Managementassistent directie
""",
    },
    # ---- a topic plus a yes or no under the call or the follow-up: suggestion ---------------------------------
    {
        "id": "d95-sugg-01", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Ingrid Pauwels <i.pauwels@werkorganisatie-bbr.nl>",
        "body": """\
Beste Stan,

Ik kom graag op 11 maart. Een onderwerp dat ik zou willen inbrengen: hoe zorg je dat de raden van drie
gemeenten zich eigenaar blijven voelen van één gezamenlijke werkorganisatie?

Groet,
Ingrid Pauwels
""",
    },
    {
        "id": "d95-sugg-02", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Mark Visscher <m.visscher@werkorganisatie-oostland.nl>",
        "body": """\
Ik ben er helaas niet bij in maart, maar geef wel een onderwerp mee: de inzet van AI en robotisering in onze
backoffice-werkprocessen. Wie heeft daar al ervaring mee?

Mark
""",
    },
    {
        "id": "d95-sugg-03", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Nicole van Rijn <nicole.vanrijn@me.com>",
        "body": """\
Mooie middag was het! De volgende keer ben ik er zeker weer bij.
Voorstel: het meten van klanttevredenheid bij het KCC. Welke indicatoren gebruiken jullie om de prestaties
richting inwoners te volgen?

Nicole
""",
    },
    {
        "id": "d95-sugg-04", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "drs. P.J. Hermans <pj.hermans@werkorganisatie-heuvelland.nl>",
        "body": """\
Geachte heer Van de Laar,

Ik zal op 11 maart aanwezig zijn. Als onderwerp stel ik voor: hoe vertaal je de bestuurlijke prioriteiten
uit de nieuwe coalitieakkoorden naar een langetermijnvisie en een inhoudelijke agenda voor de
werkorganisatie tot 2035?

Met vriendelijke groet,
P.J. Hermans
""",
    },
    {
        "id": "d95-sugg-05", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "groupwise",
        "sender": "Rob Timmerman <r.timmerman@werkorganisatie-westfriesland.nl>",
        "body": """\
Nog een aanvulling op mijn eerdere suggestie: de krapte op de arbeidsmarkt. Hoe vullen jullie vacatures in
ICT en ruimtelijke ordening, en wat doe je met de formatie als dat niet lukt?
Ik kom trouwens zeker.

Rob
""",
    },
    {
        "id": "d95-sugg-06", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes",
        "sender": "Els Vos <e.vos@peelgemeenten-werkt.nl>",
        "body": """\
Helaas kan ik op 11 maart niet. Voor de agenda wil ik wel meegeven: de positie van onze fusieorganisatie in
de regio, bijvoorbeeld richting de regiodeal en de provincie.

Met vriendelijke groet,
Els Vos
""",
    },
    {
        "id": "d95-sugg-07", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Tom Ashworth <t.ashworth@werkorganisatie-zuidplas.nl>",
        "body": """\
Hello,

I'll be there. One topic I'd like to raise: how to offer residents and local entrepreneurs a single front
door for all their permit questions, and how we track whether they actually get an answer faster.

Best,
Tom
""",
    },
    {
        "id": "d95-sugg-08", "kind": "suggestion", "themes": ["organisatie", "samenwerking"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Sanne Bosch <sannebosch@outlook.com>",
        "body": """\
Dank voor het verslag! Volgende keer zit ik op vakantie, maar een idee voor dat atelier: de verdeelsleutel.
Hoe verdeel je de kosten van de werkorganisatie eerlijk over de deelnemende gemeenten als hun wensen steeds
verder uiteenlopen?

Groetjes, Sanne
""",
    },
    {
        "id": "d95-sugg-09", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "sender": "Arjen Kok <a.kok@werkorganisatie-duoplus.nl>",
        "body": """\
Hierbij meteen mijn aanmelding voor 11 maart, en mijn onderwerp staat hieronder.

> - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;

Geen.

> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;

Hybride werken: wat doet het met onze huisvesting, de formatie en de teamcultuur?

Arjen Kok
""",
    },
    {
        "id": "d95-sugg-10", "kind": "suggestion", "themes": ["samenwerking", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Miriam Claassen <m.claassen@werkorganisatie-berkelland.nl>",
        "body": """\
Ja, ik kom. Twee onderwerpen:
- opdrachtgeverschap: hoe ga je om met vier colleges die elk iets anders van de werkorganisatie vragen?
- de dienstverlening in de wijk: hoe houd je een loket dichtbij de inwoner in elke kern?

Met vriendelijke groet,
Miriam Claassen
""",
    },
    {
        "id": "d95-sugg-11", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "sender": "Dennis Huisman <d.huisman@werkorganisatie-dekempen.nl>",
        "body": """\
Ik ben erbij. Graag aandacht voor het sturingsconcept: werken met resultaatverantwoordelijke teams in plaats
van afdelingen, en wat dat vraagt van het management.

Dennis Huisman
""",
    },
    {
        "id": "d95-sugg-12", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Carla Wijnands <c.wijnands@werkorganisatie-maasenpeel.nl>",
        "body": """\
Goedemiddag,

Bij het volgende atelier kan ik er helaas niet bij zijn vanwege een studiereis. Wel een suggestie: wat
betekent de Omgevingswet in de praktijk voor onze dienstverlening aan initiatiefnemers?

Met vriendelijke groet,
Carla Wijnands
""",
    },
    {
        "id": "d95-sugg-13", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "apple",
        "sender": "Lex Gerritsen <lex.gerritsen@icloud.com>",
        "body": """\
Ik kom! Onderwerp: waar willen we als werkorganisatie in 2035 staan, en wie bepaalt dat eigenlijk?

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d95-sugg-14", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-en",
        "sender": "Rachel Evers <r.evers@werkorganisatie-gooi.nl>",
        "body": """\
Thanks for a great afternoon. I won't be able to make the next one, but here is a topic: information
security and the move of our I&A to the cloud. How do others organise that?

Rachel
""",
    },
    # ---- only a yes or no under the call or follow-up: rsvp; a proposal about the form: other ------------------
    {
        "id": "d95-callrsvp-01", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Hanneke Roos <h.roos@werkorganisatie-heuvelland.nl>",
        "body": """\
Ik heb op dit moment geen onderwerp om aan te dragen, maar op 11 maart ben ik er graag bij.

Groet,
Hanneke Roos
""",
    },
    {
        "id": "d95-callrsvp-02", "kind": "rsvp", "attending": False, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Johan Smits <johan.smits@gmail.com>",
        "body": """\
Dank voor de oproep. Ik sla deze keer over, 11 maart zit ik op een congres in Brussel. Succes met het
samenstellen van het programma.

Johan
""",
    },
    {
        "id": "d95-form-01", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Wouter Dijkman <w.dijkman@werkorganisatie-zeeuws-vlaanderen.nl>",
        "body": """\
Ik kom in maart. Wel een voorstel: zou u het atelier een volgende keer online of in het zuiden van het land
willen organiseren? Vanuit Zeeuws-Vlaanderen ben ik voor Utrecht een halve dag onderweg.

Groet,
Wouter Dijkman
""",
    },
    # ---- a yes plus a question the secretariat must answer first: other ---------------------------------------
    {
        "id": "d95-cond-01", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Gert-Jan Hoogland <gj.hoogland@werkorganisatie-lingewaard.nl>",
        "body": """\
Beste Melanie,

Ik kom graag, mits ik om 16.00 uur weg kan voor een raadsvergadering. Is dat bezwaarlijk voor de opzet van
de middag? Dan hoor ik het graag.

Groet,
Gert-Jan
""",
    },
    {
        "id": "d95-cond-02", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Anja Brinkman <anjabrinkman@gmail.com>",
        "body": """\
Ik wil wel komen, maar ik ben rolstoelgebruiker. Is de zaal in het Stadskantoor goed toegankelijk? Zo ja,
dan meld ik me definitief aan.

Anja Brinkman
""",
    },
    {
        "id": "d95-cond-03", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Robert Zijlstra <r.zijlstra@fryslan-werkorganisatie.nl>",
        "body": """\
Ik kom, op voorwaarde dat het een besloten bijeenkomst is zonder pers of opnames. Kunt u dat bevestigen?

Robert
""",
    },
    {
        "id": "d95-cond-04", "kind": "other", "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-lijn",
        "sender": "Marjolein de Klerk <m.deklerk@werkorganisatie-walcheren.nl>",
        "body": """\
Op 18 maart kan ik in principe. Is er bij het Provinciehuis parkeergelegenheid voor bezoekers? Zonder auto
red ik het niet vanuit Zeeland, dus dat bepaalt of ik kom.

Met vriendelijke groet,
Marjolein de Klerk
""",
    },
    {
        "id": "d95-cond-05", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "James Hartley <j.hartley@werkorganisatie-westland.nl>",
        "body": """\
Hi Stan,

I'd like to attend, but only if I can join online from 15:00 – I have a board meeting until then. Would
that be acceptable?

Thanks,
James
""",
    },
    # ---- a yes plus a question that does not condition it: other (a request plus a real question) -------------
    {
        "id": "d95-ask-01", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Kees Meijer <kees.meijer@werkorganisatie-bergen.nl>",
        "body": """\
Ik kom! Is er parkeergelegenheid bij het Stadskantoor?

Kees
""",
    },
    {
        "id": "d95-ask-02", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Esther Lubbers <e.lubbers@werkorganisatie-drenthe.nl>",
        "body": """\
Ik ben erbij. Weet u of er bij de borrel na afloop ook iets vegetarisch is?

Esther
""",
    },
    {
        "id": "d95-ask-03", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "mr. F.H. Terpstra <fh.terpstra@werkorganisatie-ijsselland.nl>",
        "body": """\
Geachte heer, mevrouw,

Hierbij meld ik mij aan voor het atelier. Kunt u mij vooraf de lijst met deelnemers toesturen?

Hoogachtend,
F.H. Terpstra
""",
    },
    {
        "id": "d95-ask-04", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Irene Wolters <i.wolters@werkorganisatie-achterhoek.nl>",
        "body": """\
Ja, ik kom. Vraagje: komen de presentaties achteraf beschikbaar? Ik wil ze graag met mijn MT delen.

Irene Wolters
""",
    },
    {
        "id": "d95-ask-05", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Olivia Grant <o.grant@werkorganisatie-leiden-noord.nl>",
        "body": """\
Count me in. Quick question: is the Stadskantoor within walking distance of Utrecht Centraal, or should I
take a bus?

Olivia
""",
    },
    # ---- a yes plus a remark that asks nothing: rsvp True ------------------------------------------------------
    {
        "id": "d95-remark-01", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Michiel Schouten <m.schouten@werkorganisatie-gooise-meren.nl>",
        "body": """\
Ja, ik kom. Ik neem de trein, dus ik ben er rond kwart voor twee.

Michiel Schouten
""",
    },
    {
        "id": "d95-remark-02", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Desiree Hendriks <d.hendriks@werkorganisatie-tilburg-oost.nl>",
        "body": """\
Ik ben erbij, maar moet helaas rond vijf uur vertrekken vanwege een bestuursvergadering.

Desiree
""",
    },
    {
        "id": "d95-remark-03", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Ruben Sanders <ruben.sanders@me.com>",
        "body": """\
Ja ik kom, fijn dat het weer in Utrecht is!

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d95-remark-04", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Helen Carter <h.carter@werkorganisatie-nieuwegein.nl>",
        "body": """\
Yes, I'll be there. Looking forward to seeing everyone again.

Helen
""",
    },
    {
        "id": "d95-remark-05", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-en",
        "sender": "Peter Lindqvist <p.lindqvist@werkorganisatie-haarlemmermeer.nl>",
        "body": """\
Thanks for the reminder – I'm still coming, and my colleague will join me as planned.

Peter
""",
    },
    {
        "id": "d95-remark-06", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "sender": "Anja de Graaf <a.degraaf@werkorganisatie-woerden.nl>",
        "body": """\
Namens de heer Kok laat ik u weten dat hij graag komt. Hij neemt één collega mee.

Met vriendelijke groet,
Anja de Graaf
Secretariaat directie
""",
    },
    {
        "id": "d95-assist-01", "kind": "other",
        "subject": "Aanmelding atelier 11 maart mevrouw Jansen",
        "sender": "Secretariaat directie <directiesecretariaat@werkorganisatie-zaanstreek.nl>",
        "body": """\
Goedemiddag,

Namens mevrouw Jansen laat ik u weten dat zij op 11 maart naar het atelier komt. Zij heeft uw uitnodiging
zelf niet meer kunnen beantwoorden.

Met vriendelijke groet,
Brenda Kuiper
""",
    },
    # ---- a confirmation plus an address change: other -----------------------------------------------------------
    {
        "id": "d95-confaddr-01", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Marieke de Vries <m.devries@bbr.nl>",
        "body": """\
Hierbij bevestig ik mijn aanmelding. Wilt u voortaan mijn nieuwe adres gebruiken:
m.devries@werkorganisatie-bbr.nl? Het huidige adres vervalt per 1 maart.

Met vriendelijke groet,
Marieke de Vries
""",
    },
    {
        "id": "d95-confaddr-02", "kind": "other", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "gmail",
        "sender": "Lotte Scheepers <lotte.scheepers@gmail.com>",
        "body": """\
Bevestigd! NB: mijn werkadres wordt binnenkort l.scheepers@sedorganisatie.nl, stuur de uitnodigingen graag
daarheen in plaats van naar dit gmail-adres.

Lotte
""",
    },
    {
        "id": "d95-confaddr-03", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Joost Verbeek <j.verbeek@werkorganisatie-cgm.nl>",
        "body": """\
Ja, bevestigd. Stuur alles liever naar mijn privéadres joostverbeek@ziggo.nl, mijn werkmail loopt over.

Joost
""",
    },
    {
        "id": "d95-confaddr-04", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Daan Hofman <d.hofman@werkorganisatie-maasland.nl>",
        "body": """\
Confirmed. Please note that my e-mail address changes to daan.hofman@maasland-samen.nl from 1 April, after
our merger.

Daan Hofman
""",
    },
    {
        "id": "d95-confaddr-05", "kind": "other", "thread": "confirmation",
        "sender": "M. de Vries-Ölçer <m.devries@bbr.nl>",
        "body": """\
> Via secretariaat.directie@werkorganisatie-bbr.nl hebben wij een aanmelding ontvangen voor het Netwerk van
> directeuren van ambtelijke fusieorganisaties op dit e-mailadres (m.devries@bbr.nl).

Klopt, maar dit adres wordt per 1 april m.devries@bbr-gemeenten.nl. Graag aanpassen.

> Wilt u uw aanmelding bevestigen?

Ja, bij dezen.

Marieke
""",
    },
    # ---- a confirmation plus thanks: confirm ------------------------------------------------------------------
    {
        "id": "d95-confthanks-01", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Wendy Smit <w.smit@hln-werkorganisatie.nl>",
        "body": """\
Goedemorgen,

Hierbij bevestig ik mijn aanmelding. Dank voor de snelle verwerking en graag tot ziens op een van de
ateliers.

Met vriendelijke groet,
Wendy Smit
""",
    },
    {
        "id": "d95-confthanks-02", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "gmail",
        "sender": "Fatima El Amrani <f.elamrani@debevelanden-werkt.nl>",
        "body": """\
Sorry voor de late reactie, bij dezen bevestigd. Bedankt voor de herinnering!

Fatima
""",
    },
    {
        "id": "d95-confthanks-03", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Koen de Graaf <k.degraaf@bommelerwaard-werkt.nl>",
        "body": """\
Akkoord, bedankt!

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d95-confthanks-04", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Emma Clarke <e.clarke@werkorganisatie-rijnmond.nl>",
        "body": """\
Confirmed – many thanks for setting this up so quickly.

Emma Clarke
""",
    },
    {
        "id": "d95-confthanks-05", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "sender": "Tim Bakker <t.bakker@werkorganisatie-noordkwartier.nl>",
        "body": """\
Dank voor uw bericht. Ik bevestig graag dat ik lid wil worden van het netwerk. Ook dank aan mijn
voorgangster, die mij op het netwerk wees.

Tim Bakker
""",
    },
    {
        "id": "d95-confthanks-06", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "notes",
        "sender": "mr. drs. H.W. van Beek <hw.vanbeek@werkorganisatie-utrechtse-heuvelrug.nl>",
        "body": """\
Geachte heer, mevrouw,

Bij dezen bevestig ik mijn aanmelding. Mijn dank voor de toezending.

Hoogachtend,
H.W. van Beek
""",
    },
    {
        "id": "d95-confthanks-07", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "ongemarkeerd",
        "sender": "Sanne Visser <s.visser@werkorganisatie-duoplus.nl>",
        "body": """\
Ja graag, en dank jullie wel!
""",
    },
    {
        "id": "d95-confq-01", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "sender": "Ruud Brink <r.brink@drechtwerk.nl>",
        "body": """\
Bevestigd. Weet u al wanneer het atelier in het najaar plaatsvindt? Dan kan ik het alvast blokken.

Ruud Brink
""",
    },
    {
        "id": "d95-confdeny-01", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "J. Haring <j.haring@gemeente-oldambt.nl>",
        "body": """\
Dit was ik niet, ik heb me nergens voor aangemeld. Verder een fijne dag gewenst.

J. Haring
""",
    },
    # ---- a sign-up plus a question about cost: other; a sign-up plus a remark: subscribe --------------------
    {
        "id": "d95-subq-01", "kind": "other",
        "subject": "Aanmelding netwerk",
        "sender": "Marco Peeters <m.peeters@werkorganisatie-weert.nl>",
        "body": """\
Geacht secretariaat,

Graag meld ik mij aan als lid van het netwerk. Zijn er kosten verbonden aan het lidmaatschap of aan
deelname aan de ateliers?

Met vriendelijke groet,
Marco Peeters
""",
    },
    {
        "id": "d95-subq-02", "kind": "other",
        "subject": "Membership",
        "sender": "Laura Bennett <l.bennett@werkorganisatie-twente-west.nl>",
        "body": """\
Hello,

I'd like to join the network. Is there a membership fee, and if so, how is it invoiced?

Kind regards,
Laura Bennett
""",
    },
    {
        "id": "d95-subq-03", "kind": "other",
        "subject": "lid worden",
        "sender": "Niels Bruins <nielsbruins@hotmail.com>",
        "body": """\
Hoi, ik wil graag lid worden! Wat kost dat per jaar?

Niels
""",
    },
    {
        "id": "d95-subq-04", "kind": "other",
        "subject": "Aanmelden + bijdrage?",
        "sender": "Jolanda Evers <j.evers@werkorganisatie-alblasserwaard.nl>",
        "body": """\
Aanmelden als lid graag. Betaalt onze organisatie een bijdrage voor de ateliers, en zo ja hoeveel? Dan kan
ik dat in de begroting opnemen.

Jolanda Evers
""",
    },
    {
        "id": "d95-subq-05", "kind": "other",
        "subject": "Aanmelding",
        "sender": "Frits Kamphuis <f.kamphuis@gr-sociaaldomein-oost.nl>",
        "body": """\
Ik zou mij graag aanmelden, maar ik ben directeur van een gemeenschappelijke regeling voor het sociaal
domein, geen ambtelijke fusieorganisatie. Kan ik dan ook lid worden?

Frits Kamphuis
""",
    },
    {
        "id": "d95-sub-01", "kind": "subscribe",
        "subject": "Aanmelding lidmaatschap",
        "sender": "Daphne Willems <d.willems@werkorganisatie-peel-en-maas.nl>",
        "body": """\
Beste Stan en Melanie,

Hierbij meld ik mij aan als lid van het netwerk. Ik ben per 1 januari gestart als directeur van onze
werkorganisatie en hoor van collega's veel goede verhalen over de ateliers.

Met vriendelijke groet,
Daphne Willems
""",
    },
    {
        "id": "d95-sub-02", "kind": "subscribe",
        "subject": "aanmelden",
        "sender": "Thijs Bos <t.bos@werkorganisatie-hof-van-twente.nl>",
        "body": """\
Ik wil me graag aanmelden voor het netwerk. Mijn voorganger was er altijd enthousiast over.

Thijs Bos
""",
    },
    {
        "id": "d95-sub-03", "kind": "subscribe",
        "subject": "Sign up",
        "sender": "Hannah Price <h.price@werkorganisatie-veluwezoom.nl>",
        "body": """\
Please sign me up for the network. I've heard good things from colleagues in the region and look forward
to the next atelier.

Hannah Price
""",
    },
    {
        "id": "d95-sub-04", "kind": "subscribe",
        "subject": "Aanmelding collega",
        "sender": "Arjen Kok <a.kok@werkorganisatie-duoplus.nl>",
        "body": """\
Goedemorgen,

Onze adjunct-directeur Sanne Visser (s.visser@werkorganisatie-duoplus.nl) wil ook graag lid worden. Wilt u
haar aanmelden? Zij is vooral geïnteresseerd in het thema dienstverlening.

Groet,
Arjen Kok
""",
    },
    {
        "id": "d95-sub-05", "kind": "subscribe",
        "subject": "Aanmelden",
        "sender": "Ingrid Verschoor <i.verschoor@werkorganisatie-krimpenerwaard.nl>",
        "body": """\
Aanmelden graag. Ik lees op jullie site dat het lidmaatschap kosteloos is, dat maakt het makkelijk.

Groet, Ingrid

Ingrid Verschoor | directeur
Werkorganisatie Krimpenerwaard
Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n).
""",
    },
    {
        "id": "d95-sub-06", "kind": "subscribe",
        "subject": "Graag lid",
        "sender": "Bram Nijland <b.nijland@werkorganisatie-oost-achterhoek.nl>",
        "body": """\
Op het VNG-congres hoorde ik van jullie netwerk. Ik sluit graag aan, zet mij maar op de lijst! Mooi
initiatief trouwens.

Bram Nijland
""",
    },
    # ---- a decline plus a topic for next time under the invitation or reminder: rsvp False ------------------
    {
        "id": "d95-dectopic-01", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Jacqueline Meijers <j.meijers@werkorganisatie-waalwijk.nl>",
        "body": """\
Beste Melanie,

Helaas kan ik op 11 maart niet. Voor een volgende keer zou ik graag het onderwerp informatieveiligheid
op de agenda zien.

Met vriendelijke groet,
Jacqueline Meijers
""",
    },
    {
        "id": "d95-dectopic-02", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Sjoerd Dijkstra <sjoerd.dijkstra@gmail.com>",
        "body": """\
Nee helaas, ik zit die week in het buitenland. Tip voor een volgend atelier: de samenwerking met de
veiligheidsregio en de GGD.

Sjoerd
""",
    },
    {
        "id": "d95-dectopic-03", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Mirjam Post <mirjam.post@icloud.com>",
        "body": """\
Ik moet helaas afzeggen. Wel een idee voor de toekomst: een atelier over dienstverlening aan ondernemers.

Mirjam
""",
    },
    {
        "id": "d95-dectopic-04", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "David Moore <d.moore@werkorganisatie-wijchen.nl>",
        "body": """\
Sorry, I can't make it this time. For a future session: how do other directors handle budget cuts across
their participating municipalities?

David
""",
    },
    {
        "id": "d95-dectopic-05", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "groupwise",
        "sender": "Gerda Veldman <g.veldman@werkorganisatie-westerkwartier.nl>",
        "body": """\
De nieuwe datum past mij niet, jammer. Misschien een onderwerp voor het najaar: strategische
personeelsplanning.

Gerda Veldman
""",
    },
    # ---- an answer that changes mid-mail or changes an earlier answer: the latest answer ----------------------
    {
        "id": "d95-change-01", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Bart Koopmans <b.koopmans@werkorganisatie-montfoort.nl>",
        "body": """\
Ja, ik kom graag... nee wacht, ik zie net dat ik die donderdag in Den Haag zit voor een overleg bij BZK.
Dus helaas toch niet.

Bart
""",
    },
    {
        "id": "d95-change-02", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Lisa Hoek <lisahoek@gmail.com>",
        "body": """\
Helaas kan ik niet — oh, correctie: mijn afspraak van twee uur is net verplaatst. Ik kom dus wél!

Lisa
""",
    },
    {
        "id": "d95-change-03", "kind": "rsvp", "attending": True,
        "subject": "Correctie: toch aanwezig 11 maart",
        "sender": "Erwin Maas <e.maas@werkorganisatie-oude-ijsselstreek.nl>",
        "body": """\
Beste Stan,

Vanochtend meldde ik me af voor het atelier van 11 maart, maar mijn agenda is inmiddels vrijgekomen. Ik kom
dus toch graag.

Groet,
Erwin Maas
""",
    },
    {
        "id": "d95-change-04", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "apple",
        "sender": "Annemarie Vink <annemarie.vink@me.com>",
        "body": """\
Ik wacht de wachtlijst toch graag af... Nee, laat maar: ik heb die middag inmiddels een andere afspraak.
Haal me maar van de wachtlijst.

Annemarie
""",
    },
    {
        "id": "d95-change-05", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "sender": "Roel Gerrits <r.gerrits@werkorganisatie-land-van-cuijk.nl>",
        "body": """\
Ik had toegezegd, maar moet helaas afzeggen: de raad heeft voor donderdagmiddag een extra vergadering
ingelast.

Met vriendelijke groet,
Roel Gerrits
""",
    },
    {
        "id": "d95-change-06", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Mark Jennings <m.jennings@werkorganisatie-leidschendam.nl>",
        "body": """\
Yes, I'll attend. Actually, scratch that – I've just realised I'm on leave that week. Sorry, I won't be
able to come after all.

Mark
""",
    },
    {
        "id": "d95-change-07", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Hilde Kuijpers <h.kuijpers@werkorganisatie-baarle.nl>",
        "body": """\
Ik dacht eerst dat ik niet kon, maar na wat schuiven in de agenda ben ik er op 11 maart toch bij.

Hilde Kuijpers
""",
    },
    # ---- typed answers wrapped in an absence notice: the real answer -------------------------------------------
    {
        "id": "d95-ooo-01", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Chantal Mertens <c.mertens@werkorganisatie-heerlen-noord.nl>",
        "body": """\
Goedemiddag,

Ik ben met verlof tot en met 7 maart en lees mijn mail niet dagelijks. Ik wil u toch even laten weten dat ik
op 11 maart graag kom.

Met vriendelijke groet,
Chantal Mertens
""",
    },
    {
        "id": "d95-ooo-02", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Femke Jansma <femke.jansma@icloud.com>",
        "body": """\
Ik zit tot half april met zwangerschapsverlof, dus dit atelier gaat aan mij voorbij. Ik blijf wel graag
lid, tot de volgende keer!

Femke
""",
    },
    {
        "id": "d95-ooo-03", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Victor Claes <victor.claes@gmail.com>",
        "body": """\
Ik ben deze week afwezig in verband met een opleiding en reageer beperkt op mail. Voor donderdag: ik ben er
gewoon bij, ik kom direct vanuit de cursuslocatie.

Victor
""",
    },
    {
        "id": "d95-ooo-04", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Grace Thompson <g.thompson@werkorganisatie-delfland.nl>",
        "body": """\
I'm out of the office until 10 March with limited access to email. Regarding the atelier: yes, I'll
attend – I'm back just in time.

Grace
""",
    },
    {
        "id": "d95-ooo-05", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Petra van Gils <p.vangils@werkorganisatie-altena.nl>",
        "body": """\
Ik kom niet, helaas.

Met vriendelijke groet,
Petra van Gils
directeur werkorganisatie

Afwezig van 1 t/m 12 maart. Voor dringende zaken kunt u terecht bij het directiesecretariaat.
""",
    },
    # ---- machine answers only: autoreply ------------------------------------------------------------------------
    {
        "id": "d95-auto-01", "kind": "autoreply", "thread": "invitation",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Richard Boer <r.boer@werkorganisatie-aa-en-hunze.nl>",
        "body": """\
Ik ben afwezig tot en met 5 maart. Uw bericht wordt niet doorgestuurd. Voor dringende zaken kunt u bellen
met het directiesecretariaat, 0592 - 26 66 00.
""",
    },
    {
        "id": "d95-auto-02", "kind": "autoreply", "thread": "reminder",
        "subject": "Out of Office: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "sender": "Simon Fletcher <s.fletcher@werkorganisatie-rijssen.nl>",
        "body": """\
Thank you for your email. I am currently out of the office with no access to email, returning Monday
15 March. For urgent matters please contact my office manager.
""",
    },
    {
        "id": "d95-auto-03", "kind": "autoreply", "thread": "call_for_themes",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                   "[atelier:2027-1]",
        "sender": "Marloes Evers <m.evers@werkorganisatie-tynaarlo.nl>",
        "body": """\
Dank voor uw bericht. Ik werk op maandag, dinsdag en donderdag. Uw e-mail wordt op mijn eerstvolgende
werkdag behandeld.
""",
    },
    # ---- more English mails with two intents --------------------------------------------------------------------
    {
        "id": "d95-en-01", "kind": "unsubscribe", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-en",
        "sender": "Andrew Mills <a.mills@werkorganisatie-noordoostpolder.nl>",
        "body": """\
Hi Melanie,

I'm afraid I have to cancel for Thursday. And since my contract ends this month, please take me off the
network's list altogether.

Cheers,
Andrew
""",
    },
    {
        "id": "d95-en-02", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Rebecca Hughes <r.hughes@werkorganisatie-gouda.nl>",
        "body": """\
Yes, I'll come. Please also note that my address will change to rebecca.hughes@midden-holland.nl from
1 April, so the reminder should go there.

Rebecca
""",
    },
    {
        "id": "d95-en-03", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "gmail",
        "sender": "Jonathan Wright <jonathan.wright@gmail.com>",
        "body": """\
I won't be joining on 11 March. I've stepped down as director; my successor Ilse Kramer will take over my
membership – her address is i.kramer@werkorganisatie-schouwen.nl.

Best,
Jonathan
""",
    },
    {
        "id": "d95-en-04", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Natalie Brooks <n.brooks@werkorganisatie-vijf-dorpen.nl>",
        "body": """\
I can't attend in March, but here's a topic for the programme: how to keep five municipal councils
committed to one shared organisation when their political ambitions drift apart.

Natalie
""",
    },
    {
        "id": "d95-en-05", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Oliver Shaw <o.shaw@werkorganisatie-voorne.nl>",
        "body": """\
Unfortunately I'm not available on 11 March. My deputy, Marleen Dekker (m.dekker@werkorganisatie-voorne.nl),
will attend in my place.

Oliver
""",
    },
    {
        "id": "d95-en-06", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-en",
        "sender": "Sophie Turner <s.turner@werkorganisatie-haaglanden-oost.nl>",
        "body": """\
Apologies for the delay – I'm happy to confirm. Thank you for the reminder!

Sophie
""",
    },
    # ---- a few more Dutch combinations --------------------------------------------------------------------------
    {
        "id": "d95-mix-02", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "sender": "Yasmin Bakker <y.bakker@werkorganisatie-krimpen.nl>",
        "body": """\
Dank voor de wijziging. De nieuwe datum komt mij zelfs beter uit: op 18 maart ben ik erbij, in het
Provinciehuis.

Yasmin Bakker
""",
    },
    {
        "id": "d95-mix-03", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Leo Veenstra <l.veenstra@werkorganisatie-smallingerland.nl>",
        "body": """\
Ik kom, en ik neem een collega mee. Kunt u ons allebei op de deelnemerslijst zetten en mij laten weten of
er een factuur volgt voor de gast?

Leo Veenstra
""",
    },
    {
        "id": "d95-mix-04", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Dirk Smit <d.smit@werkorganisatie-nijkerk.nl>",
        "body": """\
Dank voor de uitnodiging. Ik kan er niet bij zijn en maak van de gelegenheid gebruik om mij af te melden
als lid: na vijf jaar vind ik het tijd voor een jongere collega. Dank voor alles!

Dirk Smit
""",
    },
    {
        "id": "d95-mix-05", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": """\
Ik wil nog iets toevoegen: hoe vertaal je als directie de bestuurlijke prioriteiten naar een meerjarige
inhoudelijke agenda, zodat we niet elk begrotingsjaar opnieuw beginnen? En ik kom op 11 maart, met een gast.

Marieke
""",
    },
    {
        "id": "d95-mix-06", "kind": "rsvp", "attending": True, "thread": "invitation",
        "sender": "Ton Willemsen <t.willemsen@werkorganisatie-overbetuwe.nl>",
        "body": """\
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

ja, ik kom

> Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

Met z'n tweeën, mijn beleidsadviseur gaat mee.

Ton
""",
    },
]
# fmt: on
