"""Development set devset66 (issue 17): about a hundred messages as they reach info@ambtelijkefusie.nl in an ordinary
spring month (March 2027: the invitation, the reminder and the follow-up of the atelier of 11 March, confirmations of
new members, and the usual questions).

Mix: RSVPs (yes and no, a substitute, a changed answer, an assistant answering from the director's mailbox),
topic suggestions under the call for themes, the follow-up, the welcome and the thank-you for a suggestion (and one
new mail), sign-ups (own, for one named colleague with address, 'lid blijven' under our goodbye), leaves (with AVG
erasure, hand-overs to a named successor, a plain denial under our confirmation mail), confirmations, machine answers
and mail for the secretariat. Dutch and a few English writers; phone replies and formal letters; every quote style;
inline answers hold our quoted lines in the body.

Conventions relied on (from the dataset brief):
- A request to sign up one named colleague WITH that colleague's e-mail address: `subscribe`. Without the address,
  or several people at once: `other`.
- A plain denial under our confirmation mail: `unsubscribe`. A denial that asks where we got the address: `other`.
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
- Themes: the theme(s) of what the writer proposes, not of words used in passing; two only where the writer proposes
  two topics under different themes or one topic clearly spans both.
"""

from __future__ import annotations

from typing import Any

INVITATION = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REMINDER = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
FOLLOW_UP = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
CONFIRMATION = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"
WELCOME = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ rsvp
    {
        "id": "d66-rsvp-01", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Harm Jonkers <h.jonkers@wo-kempenland.nl>",
        "body": """\
Beste Stan en Melanie,

Ja, ik kom graag op 11 maart. Ik neem mijn adjunct mee, dus reken op twee personen.

Met vriendelijke groet,

Harm Jonkers
Algemeen directeur
Werkorganisatie Kempenland
T 0497 - 55 12 30
""",
    },
    {
        "id": "d66-rsvp-02", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "apple",
        "subject": "Re: " + INVITATION,
        "sender": "Ria Dekkers <r.dekkers@gemeenten-aadal.nl>",
        "body": """\
Ja ik kom

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d66-rsvp-03", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "subject": "Re: " + INVITATION,
        "sender": "Ellen Brinkman <ellen.brinkman.dir@gmail.com>",
        "body": """\
Hallo Stan,

Helaas, op 11 maart is bij ons de begrotingsbehandeling in de raad en daar moet ik bij zijn. Ik kan dus niet.
Bij het najaarsatelier ben ik er graag weer bij!

Groet,
Ellen
""",
    },
    {
        "id": "d66-rsvp-04", "kind": "rsvp", "attending": False,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "sender": "Rob Vermeulen <rob.vermeulen@lingewerk.nl>",
        "body": """\
Helaas, ik kan niet. Er is vanmiddag een spoedoverleg met de drie burgemeesters ingepland.
Geeft u mijn plek maar aan iemand van de wachtlijst.

Mvg Rob Vermeulen
""",
    },
    {
        "id": "d66-rsvp-05", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "subject": "Re: " + INVITATION,
        "sender": "Gerard Hulshof <g.hulshof@dinkelstreek.nl>",
        "body": """\
Goedemorgen,

Zelf ben ik die dag op vakantie, maar mijn collega Fatima el Idrissi (f.elidrissi@dinkelstreek.nl), directeur
bedrijfsvoering, komt graag in mijn plaats.

Groeten,
Gerard Hulshof
Directeur Werkorganisatie Dinkelstreek
""",
    },
    {
        "id": "d66-rsvp-06", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes",
        "subject": "Antw: " + INVITATION,
        "sender": "W.P. Gerritsen <wp.gerritsen@bommelerwaard-werkt.nl>",
        "body": """\
Geachte heer Van de Laar,

Graag ben ik aanwezig bij het atelier.

Met vriendelijke groet,

ir. W.P. (Wim) Gerritsen
adjunct-directeur / concerncontroller
Ambtelijke organisatie Bommelerwaard
""",
    },
    {
        "id": "d66-rsvp-07", "kind": "rsvp", "attending": True,
        "thread": "invitation",
        "subject": "RE: " + INVITATION,
        "sender": "Jolanda Verschuren <j.verschuren@peelgemeenten.nl>",
        "body": """\
> Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas". Neemt u iemand mee, vermeld dan met hoeveel
> personen u komt.

Ja, ik kom.

> Kunt u zelf niet, maar komt een collega in uw plaats? Noem dan zijn of haar naam en e-mailadres.

Niet van toepassing, ik kom alleen.

Jolanda
""",
    },
    {
        "id": "d66-rsvp-08", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Siobhan Kelly <s.kelly@werkorganisatie-duinstreek.nl>",
        "body": """\
Dear Stan and Melanie,

Thank you for the invitation. I will be there on 11 March, and I am looking forward to the session.

Kind regards,

Siobhan Kelly
Deputy Director | Werkorganisatie Duinstreek
""",
    },
    {
        "id": "d66-rsvp-09", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Marcel Timmer <m.timmer@gemeente-oldambtzee.nl>",
        "body": """\
Beste secretariaat,

Ik kan toch niet. Haalt u mij maar van de wachtlijst, dan heeft een ander meer kans.

Met vriendelijke groet,
Marcel Timmer
""",
    },
    {
        "id": "d66-rsvp-10", "kind": "rsvp", "attending": False,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "gmail",
        "subject": "Re: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Anouk Roelofs <anoukroelofs@gmail.com>",
        "body": """\
Jammer, op 18 maart zit ik de hele dag op de provinciale regiodag. Dan lukt het me helaas niet.

Anouk Roelofs
directeur Werkorganisatie Vallei-Oost
""",
    },
    {
        "id": "d66-rsvp-11", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "sender": "Theo Bosman <t.bosman@hofvanland.nl>",
        "body": """\
Goedemiddag,

De nieuwe datum komt mij eigenlijk beter uit. Ik kom op 18 maart naar het Provinciehuis.

Groet, Theo Bosman
""",
    },
    {
        "id": "d66-rsvp-12", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "sender": "Marieke Lammers <m.lammers@waterlandwerkt.nl>",
        "body": """\
Beste Melanie,

Dank voor de uitnodiging. Ik neem de plaats van Dirk graag in en ben er op 11 maart.

Hartelijke groet,

Marieke Lammers
Manager Bedrijfsvoering
""",
    },
    {
        "id": "d66-rsvp-13", "kind": "rsvp", "attending": True,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "subject": "Re: " + CALL,
        "sender": "Pieter-Jan Hofstede <pj.hofstede@drechtwerk.nl>",
        "body": """\
Geen onderwerp van mijn kant deze keer, maar ik ben er zeker bij op 11 maart.

Pieter-Jan

Verzonden vanaf mijn iPad
""",
    },
    {
        "id": "d66-rsvp-14", "kind": "rsvp", "attending": True,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "subject": "FW: " + INVITATION,
        "sender": "Peter van Dam <p.vandam@gemeente-bergeijkerveld.nl>",
        "body": """\
Beste heer/mevrouw,

Mijn secretariaat stuurde mij uw uitnodiging door. Hierbij laat ik weten dat ik er graag bij ben op 11 maart.

Met vriendelijke groet,
Peter van Dam
""",
    },
    {
        "id": "d66-rsvp-15", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "subject": "Antw: " + INVITATION,
        "sender": "Hennie Wolbers <h.wolbers@twentewerkt.nl>",
        "body": """\
Beste Stan,

Vorige week heb ik mij afgemeld voor het atelier, maar mijn agenda is inmiddels vrijgekomen. Ik kom dus toch!

Groet,
Hennie Wolbers
""",
    },
    {
        "id": "d66-rsvp-16", "kind": "rsvp", "attending": False,
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "ongemarkeerd",
        "sender": "Sandra Kluivers <s.kluivers@krimpenerland.nl>",
        "body": """\
Beste Melanie,

Eerder gaf ik aan te komen, maar ik moet me helaas toch afmelden voor donderdag in verband met ziekte in de
familie. Veel succes met het atelier.

Sandra
""",
    },
    {
        "id": "d66-rsvp-17", "kind": "rsvp", "attending": True,
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "J. Bakker <j.bakker@zuidplasseneiland.nl>",
        "body": """\
Geachte heer, mevrouw,

Namens de heer Bakker laat ik u weten dat hij graag aanwezig is bij het atelier op 11 maart. Ik heb de afspraak in
zijn agenda gezet.

Met vriendelijke groet,

Sandra Kooistra
Managementondersteuner directie
""",
    },
    {
        "id": "d66-rsvp-18", "kind": "rsvp", "attending": False,
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "subject": "Re: " + CALL,
        "sender": "Karin Smeets <karin.smeets@maasland-samen.nl>",
        "body": """\
Beste Stan en Melanie,

Ik heb geen nieuwe onderwerpen en ben er op 11 maart helaas niet bij, ik zit dan in Brussel.

Vriendelijke groet,
Karin Smeets
""",
    },
    # ------------------------------------------------------------ suggestion
    {
        "id": "d66-sugg-01", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Monique Verbruggen <m.verbruggen@baarle-werkt.nl>",
        "body": """\
Beste Stan en Melanie,

Wij worstelen met de krapte op de arbeidsmarkt, vooral bij ICT en de juristen. Hoe binden en boeien andere
werkorganisaties hun medewerkers? Dat lijkt me een mooi onderwerp.

Met vriendelijke groet,

Monique Verbruggen
Directeur Werkorganisatie Baarle
""",
    },
    {
        "id": "d66-sugg-02", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "gmail",
        "subject": "Re: " + CALL,
        "sender": "Hans Oude Wolbers <hansoudewolbers@gmail.com>",
        "body": """\
Onderwerp: onze positie in de regio nu de grote centrumgemeente steeds meer naar zich toe trekt.
Hoe blijf je als fusieorganisatie van kleine gemeenten een serieuze partner aan tafel?

Groet Hans
""",
    },
    {
        "id": "d66-sugg-03", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "subject": "Antw: " + CALL,
        "sender": "Gertjan Mulder <gj.mulder@westfriesewerkorganisatie.nl>",
        "body": """\
Geacht secretariaat,

Mijn voorstel: een toekomstvisie voor de werkorganisatie voor 2030-2040. Waar willen wij als organisatie over
vijftien jaar staan, en hoe vertaal je dat naar een meerjarige koers waar het bestuur zich aan verbindt?

Met vriendelijke groet,

G.J. Mulder
algemeen directeur
""",
    },
    {
        "id": "d66-sugg-04", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes",
        "subject": "RE: " + CALL,
        "sender": "Lotte Janssen <l.janssen@hartvanbrabant-werkt.nl>",
        "body": """\
Hoi Melanie,

Mijn ideeën staan tussen de regels:

> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;

De inzet van AI bij het opstellen van raads- en collegevoorstellen. Wie heeft daar al ervaring mee?

> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van
> prestaties.

Proactieve dienstverlening: inwoners benaderen voordat ze zelf een aanvraag moeten doen.

Groetjes, Lotte
""",
    },
    {
        "id": "d66-sugg-05", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Frank de Groot <f.degroot@lekstroom-werkt.nl>",
        "body": """\
Dank voor de mooie middag in Utrecht!

Voor de volgende keer: wat doe je als een van de deelnemende gemeenten wil uittreden? Bij ons speelt dat nu en ik
ben benieuwd hoe anderen met zo'n partner omgaan die eruit wil.

Frank de Groot
""",
    },
    {
        "id": "d66-sugg-06", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "apple",
        "subject": "Re: " + FOLLOW_UP,
        "sender": "Marco Pijnenburg <m.pijnenburg@dongewerk.nl>",
        "body": """\
Volgende keer graag iets over het meten van klanttevredenheid en sturen op prestatie-indicatoren bij de
dienstverlening aan inwoners.

Groet Marco

Verzonden vanaf mijn iPad
""",
    },
    {
        "id": "d66-sugg-07", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Rianne Koopman <r.koopman@deltawerk.nl>",
        "body": """\
Beste Stan,

Ik wil nog een onderwerp toevoegen: informatieveiligheid. Na de hack bij een buurgemeente vragen wij ons af hoe je
de I&A-functie en de CISO het beste inricht voor drie gemeenten tegelijk.

Groet,
Rianne Koopman
""",
    },
    {
        "id": "d66-sugg-08", "kind": "suggestion", "themes": ["strategie"],
        "thread": "welcome", "quoted": "welkom", "quote": "gmail",
        "subject": "Re: " + WELCOME,
        "sender": "Bert Wijnands <bert.wijnands@heuvelland-werkt.nl>",
        "body": """\
Dank voor het welkom. U vraagt naar een onderwerp: mij houdt bezig hoe je het bestuur helpt keuzes te maken in de
inhoudelijke agenda als er veel meer ambities zijn dan de organisatie aankan. Prioriteren dus, op de lange termijn.

Bert Wijnands
""",
    },
    {
        "id": "d66-sugg-09", "kind": "suggestion", "themes": ["dienstverlening"],
        "subject": "Suggestie voor het najaarsatelier",
        "sender": "Yvonne Claassen <y.claassen@gemeenten-rijnwaarden.nl>",
        "body": """\
Beste Stan en Melanie,

Een suggestie voor het volgende atelier: één digitaal loket voor ondernemers, waar ze vergunningen, subsidies en
meldingen voor alle deelnemende gemeenten op één plek kunnen regelen. Wij zijn ermee gestart en lopen tegen van
alles aan; ik hoor graag hoe collega's dit aanpakken.

Met vriendelijke groet,

Yvonne Claassen
directeur
""",
    },
    {
        "id": "d66-sugg-10", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "sender": "Cor Hendriksen <c.hendriksen@alblasserwaard-samen.nl>",
        "body": """\
Financien: hoe vangen we de tekorten uit het ravijnjaar op in de begroting van de werkorganisatie zonder dat het
ten koste gaat van de formatie?

Cor Hendriksen
""",
    },
    {
        "id": "d66-sugg-11", "kind": "suggestion", "themes": ["samenwerking"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Astrid Vonk <a.vonk@ijsselvallei.nl>",
        "body": """\
Beste Melanie,

Ik kom zeker op 11 maart. Als onderwerp stel ik voor: de gezamenlijke woningbouwopgave met de buurgemeenten en wat
de werkorganisatie daarin kan trekken.

Hartelijke groet,
Astrid Vonk
""",
    },
    {
        "id": "d66-sugg-12", "kind": "suggestion", "themes": ["dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Daniel Brooks <d.brooks@werkorganisatie-eemgaard.nl>",
        "body": """\
Hi Stan,

One topic from my side: monitoring the performance of our services to residents. We are building dashboards on
response times and complaints and would love to compare notes with other directors.

Best regards,
Daniel Brooks
""",
    },
    {
        "id": "d66-sugg-13", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "groupwise",
        "subject": "Re: " + CALL,
        "sender": "Wilma Kamphuis <w.kamphuis@achterhoek-oost.nl>",
        "body": """\
mijn sugestie: hybride werken en wat dat betekent voor huisvesting en formatie. we hebben drie kantoren maar op
vrijdag is er bijna niemand

gr Wilma
""",
    },
    {
        "id": "d66-sugg-14", "kind": "suggestion", "themes": ["samenwerking", "organisatie"],
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "notes-wrote",
        "subject": "Antw: " + FOLLOW_UP,
        "sender": "Erik Zandbergen <e.zandbergen@gooiwerk.nl>",
        "body": """\
Twee onderwerpen voor de volgende keer:
- hoe zet je samen met de buurregio's één regionale koers uit (samenwerking)
- de formatie en de afhankelijkheid van inhuur (organisatie)

Erik Zandbergen
""",
    },
    {
        "id": "d66-sugg-15", "kind": "suggestion", "themes": ["dienstverlening"],
        "quoted": "oproep_themas", "quote": "doorgestuurd",
        "subject": "FW: " + CALL,
        "sender": "Joost Verhoef <j.verhoef@kromme-rijn-werkt.nl>",
        "body": """\
Beste Stan,

Mijn onderwerp voor het atelier: de toekomst van het klantcontactcentrum. Wat blijft er over van het telefonisch
contact als inwoners alles digitaal kunnen regelen, en hoe houd je de minder digivaardige inwoner in beeld?

Met vriendelijke groet,
Joost Verhoef
""",
    },
    {
        "id": "d66-sugg-16", "kind": "suggestion", "themes": ["strategie"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Annemiek van Rossum <am.vanrossum@werkorganisatie-noordkwartier.nl>",
        "body": """\
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Hartelijk dank voor uw uitnodiging om onderwerpen aan te dragen voor het Leer- en inspireer-atelier.

Graag breng ik het volgende onder uw aandacht. In de dagelijkse praktijk merk ik, en met mij vele collega's, dat
de waan van de dag het denken over de lange termijn verdringt. Het bestuur vraagt terecht om een heldere koers,
maar de ruimte om als directie strategisch vooruit te kijken wordt steeds kleiner. Ik zou daarom graag met
collega-directeuren spreken over de rol van de directeur als strateeg: hoe maakt u ruimte voor een
langetermijnvisie, en hoe houdt u die visie levend in de organisatie?

Ik zie uit naar het programma.

Hoogachtend,

mr. drs. A.M. van Rossum
Algemeen directeur
Werkorganisatie Noordkwartier
Postbus 120, 1740 AC Schagen

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht
de inhoud niet te gebruiken en de afzender direct te informeren.
""",
    },
    {
        "id": "d66-sugg-17", "kind": "suggestion", "themes": ["samenwerking"],
        "subject": "Onderwerp voor het volgende atelier",
        "sender": "Ruud Eijkelenboom <r.eijkelenboom@vijfheerenlanden-werkt.nl>",
        "body": """\
Beste Melanie,

Zoals beloofd bij de koffie: mijn onderwerp voor de volgende keer is de verhouding tussen de werkorganisatie en de
gemeenteraden van de deelnemende gemeenten. Raadsleden voelen de werkorganisatie als iets op afstand, en elke
gemeente wil haar eigen gezicht houden.

Groet,
Ruud
""",
    },
    {
        "id": "d66-sugg-18", "kind": "suggestion", "themes": ["organisatie"],
        "thread": "welcome", "quoted": "welkom", "quote": "apple",
        "subject": "Re: " + WELCOME,
        "sender": "Nadia Bouzid <n.bouzid@zaanstreek-oost.nl>",
        "body": """\
Top, dank! Meteen een onderwerp: robotisering van administratieve processen, bijvoorbeeld bij belastingen en de
salarisadministratie. Wie heeft daar al ervaring mee?

Nadia

Verstuurd vanaf mijn iPhone
""",
    },
    # ------------------------------------------------------------- subscribe
    {
        "id": "d66-sub-01", "kind": "subscribe",
        "subject": "Aanmelding netwerk",
        "sender": "Tom Verheijen <t.verheijen@werkorganisatie-maasenwaal.nl>",
        "body": """\
Beste Stan en Melanie,

Sinds januari ben ik directeur van de Werkorganisatie Maas en Waal. Graag meld ik mij aan als lid van het
netwerk.

Met vriendelijke groet,

Tom Verheijen
""",
    },
    {
        "id": "d66-sub-02", "kind": "subscribe",
        "subject": "Aanmelding mevrouw Postma",
        "sender": "Secretariaat directie <secretariaat.directie@berkelland-werkt.nl>",
        "body": """\
Goedemiddag,

Graag meld ik onze directeur, mevrouw drs. H. (Hanneke) Postma, aan voor het Netwerk van directeuren van
ambtelijke fusieorganisaties. Haar e-mailadres is h.postma@berkelland-werkt.nl.

Met vriendelijke groet,

Ingrid ter Horst
Directiesecretaresse
""",
    },
    {
        "id": "d66-sub-03", "kind": "subscribe",
        "subject": "Aanmelden adjunct",
        "sender": "Michiel Kroes <m.kroes@oostland-werkt.nl>",
        "body": """\
Hallo Melanie,

Mijn adjunct-directeur Bas Hoekstra (b.hoekstra@oostland-werkt.nl) wil ook graag lid worden van het netwerk. Kun
je hem aanmelden?

Groet,
Michiel
""",
    },
    {
        "id": "d66-sub-04", "kind": "subscribe",
        "subject": "Joining the network",
        "sender": "Claire Morgan <c.morgan@werkorganisatie-rivierenland-west.nl>",
        "body": """\
Hello,

I am the newly appointed director of Werkorganisatie Rivierenland-West and a colleague told me about your network.
I would like to join. My Dutch is still improving, so I hope English is fine.

Kind regards,
Claire Morgan
""",
    },
    {
        "id": "d66-sub-05", "kind": "subscribe",
        "subject": "Aanmelden",
        "sender": "Gijs Tromp <g.tromp@werkorganisatie-lopikerwaard.nl>",
        "body": """\
aanmelden graag

Verzonden vanaf mijn Galaxy
""",
    },
    {
        "id": "d66-sub-06", "kind": "subscribe",
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Liesbeth Kramer <l.kramer@midden-delfland-werkt.nl>",
        "body": """\
Lid blijven graag! Die afmelding was een vergissing van ons secretariaat.

Liesbeth Kramer
""",
    },
    {
        "id": "d66-sub-07", "kind": "subscribe",
        "subject": "Lid worden",
        "sender": "Arjen Veldkamp <a.veldkamp@salland-samen.nl>",
        "body": """\
Goedemorgen,

Een collega-directeur wees mij op uw netwerk. Ik ben directeur van de ambtelijke organisatie van Salland-Samen en
wil graag lid worden.

Met vriendelijke groet,
Arjen Veldkamp
""",
    },
    {
        "id": "d66-sub-08", "kind": "subscribe",
        "subject": "Weer aanmelden",
        "sender": "Dorien Hazelaar <d.hazelaar@werkorganisatie-vechtdal.nl>",
        "body": """\
Beste Stan,

Twee jaar geleden heb ik mij afgemeld, omdat ik tijdelijk een andere functie had. Inmiddels ben ik weer
directeur, nu bij de Werkorganisatie Vechtdal. Ik meld mij graag opnieuw aan.

Hartelijke groet,
Dorien Hazelaar
""",
    },
    {
        "id": "d66-sub-09", "kind": "subscribe",
        "subject": "Aanmelding via website",
        "sender": "Kees van Beek <kees.vanbeek@schouwen-werkt.nl>",
        "body": """\
Geacht secretariaat,

Via de website kwam ik bij uw netwerk terecht. Als gemeentesecretaris en algemeen directeur van de
werkorganisatie Schouwen-Tholen meld ik mij hierbij aan.

Met vriendelijke groet,

K. van Beek
""",
    },
    {
        "id": "d66-sub-10", "kind": "subscribe",
        "subject": "aanmelding",
        "sender": "Joop Hendrix <joop.hendrix@peelenmaas-werkt.nl>",
        "body": """\
Graag wil ik me aanmleden voor het netwerk van directeurn.

gr. Joop
""",
    },
    {
        "id": "d66-sub-11", "kind": "subscribe",
        "subject": "Verzoek aanmelding de heer R. Yilmaz",
        "sender": "Bestuurssecretariaat <bestuurssecretariaat@werkorganisatie-zuidrand.nl>",
        "body": """\
Geachte heer, mevrouw,

Namens de heer R. Yilmaz, directeur van de Werkorganisatie Zuidrand, verzoek ik u hem aan te melden voor het
netwerk. Zijn e-mailadres is r.yilmaz@werkorganisatie-zuidrand.nl.

Met vriendelijke groet,

Team Bestuurssecretariaat
Werkorganisatie Zuidrand
""",
    },
    {
        "id": "d66-sub-12", "kind": "subscribe",
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "subject": "FW: " + INVITATION,
        "sender": "Esther Brouwers <e.brouwers@werkorganisatie-land-van-cuijk.nl>",
        "body": """\
Goedendag,

Deze uitnodiging kwam via het secretariaat van mijn voorganger bij mij terecht. Ik ben zelf nog geen lid van het
netwerk, maar wil dat graag worden. Wilt u mij aanmelden?

Met vriendelijke groet,
Esther Brouwers
directeur
""",
    },
    {
        "id": "d66-sub-13", "kind": "subscribe",
        "subject": "Aanmelding adjunct-directeur",
        "sender": "Niels Bergsma <n.bergsma@fryslan-noordwest.nl>",
        "body": """\
Beste mensen,

Ik ben adjunct-directeur bij de ambtelijke organisatie Noordwest-Fryslân en meld mij graag aan voor het netwerk.
Mijn directeur is al lid en raadde het mij aan.

Groeten,
Niels Bergsma
""",
    },
    {
        "id": "d66-sub-14", "kind": "subscribe",
        "subject": "Inschrijving",
        "sender": "Ward Peeters <ward.peeters@grensstreek-werkt.nl>",
        "body": """\
Goeiedag,

Ik zou mij graag inschrijven als lid van het netwerk. Ik ben sinds kort directeur van de werkorganisatie
Grensstreek, voordien werkte ik bij een intergemeentelijke organisatie in Vlaanderen.

Met vriendelijke groeten,
Ward Peeters
""",
    },
    # ----------------------------------------------------------- unsubscribe
    {
        "id": "d66-unsub-01", "kind": "unsubscribe",
        "subject": "Afmelden",
        "sender": "Henk Zijlstra <h.zijlstra@werkorganisatie-dongeradeel.nl>",
        "body": """\
Beste Stan en Melanie,

Graag afmelden. Per 1 april ga ik met pensioen. Dank voor de mooie jaren en de goede gesprekken!

Henk Zijlstra
""",
    },
    {
        "id": "d66-unsub-02", "kind": "unsubscribe",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Carla Boersma <c.boersma@friese-meren-werkt.nl>",
        "body": """\
Beste secretariaat,

Sinds kort ben ik geen directeur meer, ik ben overgestapt naar de provincie. Wilt u mij uit het netwerk halen? Aan
het atelier doe ik dan ook niet meer mee.

Met vriendelijke groet,
Carla Boersma
""",
    },
    {
        "id": "d66-unsub-03", "kind": "unsubscribe",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "subject": "Re: " + CONFIRMATION,
        "sender": "Marieke de Vries <m.devries@bbr.nl>",
        "body": """\
Ik heb me niet aangemeld.
""",
    },
    {
        "id": "d66-unsub-04", "kind": "unsubscribe", "erase": True,
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "sender": "drs. L.J. Hoogendoorn <lj.hoogendoorn@werkorganisatie-holland-rijnland.nl>",
        "body": """\
Geachte heer, mevrouw,

Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u mij af te melden voor het
netwerk en al mijn persoonsgegevens uit uw bestanden te verwijderen. Ik verneem graag binnen de wettelijke termijn
dat dit is gebeurd.

Hoogachtend,

drs. L.J. Hoogendoorn
""",
    },
    {
        "id": "d66-unsub-05", "kind": "unsubscribe", "erase": True,
        "subject": "Unsubscribe and data deletion",
        "sender": "Mark Stevens <mark.stevens@outlook.com>",
        "body": """\
Hello,

Please unsubscribe me from your mailing list and delete all personal data you hold about me, in line with the
GDPR. I left my position at the municipality last year.

Thanks,
Mark Stevens
""",
    },
    {
        "id": "d66-unsub-06", "kind": "unsubscribe", "erase": True,
        "thread": "goodbye", "quoted": "afmelding_bevestigd", "quote": "outlook-lijn",
        "sender": "Hilde Postema <h.postema@werkorganisatie-oostergo.nl>",
        "body": """\
Prima, dank u. Wilt u dan ook mijn gegevens helemaal verwijderen? Ik wil niet meer in uw bestand staan.

Hilde Postema
""",
    },
    {
        "id": "d66-unsub-07", "kind": "unsubscribe",
        "subject": "Overdracht lidmaatschap",
        "sender": "Jan-Willem Dijkhuis <jw.dijkhuis@werkorganisatie-veluwezoom.nl>",
        "body": """\
Beste Stan,

Per 1 april draag ik het stokje over: Ingrid Wolters volgt mij op als directeur van de Werkorganisatie Veluwezoom.
Wilt u mij afmelden en haar in mijn plaats aanmelden? Haar adres is i.wolters@werkorganisatie-veluwezoom.nl.

Hartelijke groet en tot ziens,
Jan-Willem Dijkhuis
""",
    },
    {
        "id": "d66-unsub-08", "kind": "unsubscribe",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Paula Vermaat <p.vermaat@zeeuwse-eilanden-werkt.nl>",
        "body": """\
Beste Melanie,

Eind deze maand vertrek ik bij de werkorganisatie. Mijn opvolger Kees Brouwer (k.brouwer@zeeuwse-eilanden-werkt.nl)
neemt mijn plek in het netwerk over; u kunt mij van de lijst halen.

Met vriendelijke groet,
Paula Vermaat
""",
    },
    {
        "id": "d66-unsub-09", "kind": "unsubscribe",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "apple",
        "subject": "Re: " + CALL,
        "sender": "Hugo Lindeman <hugo.lindeman@icloud.com>",
        "body": """\
uitschrijven aub

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d66-unsub-10", "kind": "unsubscribe",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-en",
        "sender": "Robert Vos <r.vos@werkorganisatie-wadden.nl>",
        "body": """\
Unsubscribe please.

Robert Vos
""",
    },
    {
        "id": "d66-unsub-11", "kind": "unsubscribe",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "subject": "Re: " + INVITATION,
        "sender": "Gerda Wessels <g.wessels@noordoostpolder-urk.nl>",
        "body": """\
Afmelden. Ik ontvang liever geen berichten meer van het netwerk.

G. Wessels
""",
    },
    {
        "id": "d66-unsub-12", "kind": "unsubscribe",
        "subject": "Van de lijst",
        "sender": "Ad Swinkels <ad.swinkels@ziggo.nl>",
        "body": """\
Ik krijg nog steeds uw mails terwijl ik allang geen directeur meer ben. Haal mij alstublieft van de lijst.

A. Swinkels
""",
    },
    # --------------------------------------------------------------- confirm
    {
        "id": "d66-conf-01", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Marieke de Vries-Ölçer <m.devries@bbr.nl>",
        "body": """\
Bevestigd.
""",
    },
    {
        "id": "d66-conf-02", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "apple",
        "subject": "Re: " + CONFIRMATION,
        "sender": "Hanneke Postma <h.postma@berkelland-werkt.nl>",
        "body": """\
Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d66-conf-03", "kind": "confirm",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "gmail",
        "subject": "Re: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "Bas Hoekstra <b.hoekstra@oostland-werkt.nl>",
        "body": """\
Excuses, uw eerste mail was in mijn ongewenste e-mail beland. Bij deze alsnog bevestigd.

Bas
""",
    },
    {
        "id": "d66-conf-04", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "notes",
        "subject": "Antw: " + CONFIRMATION,
        "sender": "R. Yilmaz <r.yilmaz@werkorganisatie-zuidrand.nl>",
        "body": """\
Akkoord, hierbij bevestig ik mijn aanmelding.

Met vriendelijke groet,

R. Yilmaz
Directeur Werkorganisatie Zuidrand
""",
    },
    {
        "id": "d66-conf-05", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "Claire Morgan <c.morgan@werkorganisatie-rivierenland-west.nl>",
        "body": """\
Confirmed, thank you. Looking forward to being part of the network.

Claire
""",
    },
    {
        "id": "d66-conf-06", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "subject": "Re: " + CONFIRMATION,
        "sender": "Arjen Veldkamp <a.veldkamp@salland-samen.nl>",
        "body": """\
Ja, dat was ik. Bij deze bevestigd!
""",
    },
    {
        "id": "d66-conf-07", "kind": "confirm",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
        "sender": "Ingrid Wolters <i.wolters@werkorganisatie-veluwezoom.nl>",
        "body": """\
Goedemorgen,

Hierbij bevestig ik de aanmelding die mijn voorganger Jan-Willem Dijkhuis voor mij heeft gedaan.

Met vriendelijke groet,
Ingrid Wolters
""",
    },
    {
        "id": "d66-conf-08", "kind": "confirm",
        "thread": "confirmation", "quoted": "herinnering_aanmelding", "quote": "outlook-lijn",
        "sender": "Henk Drost <h.drost@werkorganisatie-hardenberg-ommen.nl>",
        "body": """\
ok

Groet, Henk
""",
    },
    # ------------------------------------------------------------- autoreply
    {
        "id": "d66-auto-01", "kind": "autoreply",
        "thread": "invitation",
        "subject": "Automatisch antwoord: " + INVITATION,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "sender": "Monique Verbruggen <m.verbruggen@baarle-werkt.nl>",
        "body": """\
Dank voor uw bericht. Ik ben tot en met vrijdag 5 maart afwezig en lees mijn mail niet. Voor dringende zaken kunt
u contact opnemen met het directiesecretariaat, telefoon 013 - 507 88 00.

Met vriendelijke groet,
Monique Verbruggen
""",
    },
    {
        "id": "d66-auto-02", "kind": "autoreply",
        "thread": "reminder",
        "subject": "Automatic reply: " + REMINDER,
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Siobhan Kelly <s.kelly@werkorganisatie-duinstreek.nl>",
        "body": """\
Ik ben afwezig tot 10 maart. Uw e-mail wordt niet doorgestuurd.

I am out of the office until 10 March. Your e-mail will not be forwarded.
""",
    },
    {
        "id": "d66-auto-03", "kind": "autoreply",
        "thread": "invitation",
        "subject": "Afwezig: " + INVITATION,
        "sender": "W.P. Gerritsen <wp.gerritsen@bommelerwaard-werkt.nl>",
        "body": """\
Ik ben afwezig vanaf 01-03-2027 en ben terug op 08-03-2027.

Ik zal uw bericht na mijn terugkomst beantwoorden. Voor dringende zaken kunt u contact opnemen met mevrouw
A. de Wit via a.dewit@bommelerwaard-werkt.nl.
""",
    },
    {
        "id": "d66-auto-04", "kind": "autoreply",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: " + CALL,
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Frits Oosterhuis <f.oosterhuis@werkorganisatie-drentsche-aa.nl>",
        "body": """\
Dit e-mailadres is niet meer in gebruik. Frits Oosterhuis is niet langer werkzaam bij de Werkorganisatie
Drentsche Aa. Uw bericht wordt niet doorgestuurd.

Voor algemene vragen kunt u mailen naar info@werkorganisatie-drentsche-aa.nl.
""",
    },
    {
        "id": "d66-auto-05", "kind": "autoreply",
        "thread": "invitation",
        "subject": "Ontvangstbevestiging: " + INVITATION,
        "headers": {"Auto-Submitted": "auto-generated"},
        "sender": "Gemeente Dalfsen-Vecht <info@dalfsen-vecht.nl>",
        "body": """\
Geachte heer, mevrouw,

Wij hebben uw e-mail in goede orde ontvangen. Uw bericht is geregistreerd onder zaaknummer Z-2027-004512.
Wij streven ernaar u binnen vijf werkdagen een inhoudelijke reactie te geven.

Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.

Met vriendelijke groet,
Klantcontactcentrum Gemeente Dalfsen-Vecht
""",
    },
    {
        "id": "d66-auto-06", "kind": "autoreply",
        "thread": "invitation",
        "subject": "Automatisch antwoord: " + INVITATION,
        "headers": {"Precedence": "auto_reply"},
        "sender": "Eva Smulders <e.smulders@werkorganisatie-oisterwijk-hilvarenbeek.nl>",
        "body": """\
Hallo,

Ik ben met zwangerschapsverlof tot 1 juni 2027. Mijn mail wordt in deze periode niet gelezen. Neem voor zaken
rond de directie contact op met mijn collega Tim Vos (t.vos@werkorganisatie-oisterwijk-hilvarenbeek.nl).

Groet, Eva
""",
    },
    {
        "id": "d66-auto-07", "kind": "autoreply",
        "thread": "call_for_themes",
        "subject": "Afwezigheidsbericht: " + FOLLOW_UP,
        "headers": {"X-Autoreply": "yes"},
        "sender": "Hans Oude Wolbers <hansoudewolbers@gmail.com>",
        "body": """\
Ik ben op werkbezoek in Denemarken tot en met 19 maart en heb beperkt toegang tot mijn e-mail.
Na mijn terugkomst neem ik zo snel mogelijk contact met u op.
""",
    },
    {
        "id": "d66-auto-08", "kind": "autoreply",
        "thread": "welcome",
        "subject": "Automatic reply: " + WELCOME,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "DR, RN, NRN, OOF, AutoReply"},
        "sender": "Daniel Brooks <d.brooks@werkorganisatie-eemgaard.nl>",
        "body": """\
Thank you for your email. I am currently out of the office with limited access to email and will return on
Monday 15 March. For urgent matters please contact the management office at 033 - 469 50 00.

Best regards,
Daniel Brooks
""",
    },
    # ----------------------------------------------------------------- other
    {
        "id": "d66-other-01", "kind": "other",
        "thread": "reminder", "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Harm Jonkers <h.jonkers@wo-kempenland.nl>",
        "body": """\
Beste Stan,

Is er parkeergelegenheid bij het Stadskantoor, of kan ik beter met de trein komen? Ik heb geen idee hoe druk het
daar op donderdagmiddag is.

Groet, Harm
""",
    },
    {
        "id": "d66-other-02", "kind": "other",
        "subject": "Wijziging e-mailadres",
        "sender": "Theo Bosman <t.bosman@hofvanland.nl>",
        "body": """\
Goedemiddag,

Per 1 april gaat onze organisatie over op een nieuw domein. Mijn e-mailadres wordt dan
t.bosman@werkorganisatie-hofvanland.nl. Wilt u dat in uw administratie aanpassen, zodat ik de uitnodigingen blijf
ontvangen?

Met vriendelijke groet,
Theo Bosman
""",
    },
    {
        "id": "d66-other-03", "kind": "other",
        "subject": "Collega aanmelden",
        "sender": "Astrid Vonk <a.vonk@ijsselvallei.nl>",
        "body": """\
Beste Melanie,

Wilt u ook mijn collega Mirjam de Haan aanmelden voor het netwerk? Zij is directeur bedrijfsvoering bij ons en was
erg enthousiast over wat ik over het atelier vertelde.

Groet,
Astrid
""",
    },
    {
        "id": "d66-other-04", "kind": "other",
        "subject": "Aanmelding MT-leden",
        "sender": "Secretariaat MT <mt-secretariaat@werkorganisatie-noordoost-twente.nl>",
        "body": """\
Geachte heer, mevrouw,

Graag melden wij de leden van ons managementteam aan voor het netwerk:
- Rolf Scholten, r.scholten@werkorganisatie-noordoost-twente.nl
- Anja Nijhuis, a.nijhuis@werkorganisatie-noordoost-twente.nl
- Bart ter Braak, b.terbraak@werkorganisatie-noordoost-twente.nl

Met vriendelijke groet,
Secretariaat MT
""",
    },
    {
        "id": "d66-other-05", "kind": "other",
        "subject": "Samenwerking rond uw Leer- en inspireer-ateliers",
        "sender": "Daan Koster <daan.koster@fusiekompas-advies.nl>",
        "body": """\
Beste Stan en Melanie,

Met belangstelling volg ik uw netwerk. Fusiekompas Advies begeleidt al ruim tien jaar ambtelijke fusies en heeft
een beproefde methode voor cultuurtrajecten na een fusie. Graag verzorgen wij een keer een interactieve sessie
tijdens een van uw ateliers, kosteloos voor de deelnemers. Zullen we binnenkort eens bellen?

Met vriendelijke groet,

Daan Koster
Partner | Fusiekompas Advies
06 - 41 22 87 30
""",
    },
    {
        "id": "d66-other-06", "kind": "other",
        "subject": "Kandidaatstelling Adviesraad",
        "sender": "Yvonne Claassen <y.claassen@gemeenten-rijnwaarden.nl>",
        "body": """\
Beste Stan en Melanie,

In de oproep las ik dat de Adviesraad meedenkt over het programma van de ateliers. Ik zou daar graag een bijdrage
aan leveren. Is er ruimte voor een nieuw lid, en zo ja, hoe stel ik mij kandidaat?

Met vriendelijke groet,
Yvonne Claassen
""",
    },
    {
        "id": "d66-other-07", "kind": "other",
        "subject": "Vraag over lidmaatschap",
        "sender": "Wouter Bleeker <w.bleeker@gemeente-westerwolde-oost.nl>",
        "body": """\
Goedendag,

Ik ben concernsecretaris van een gemeente die een ambtelijke fusie voorbereidt, maar ik ben (nog) geen directeur
van een fusieorganisatie. Kan ik toch lid worden van het netwerk?

Met vriendelijke groet,
Wouter Bleeker
""",
    },
    {
        "id": "d66-other-08", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "gmail",
        "subject": "Re: " + INVITATION,
        "sender": "Cor Hendriksen <c.hendriksen@alblasserwaard-samen.nl>",
        "body": """\
Ik heb deze uitnodiging nu drie keer ontvangen, op twee verschillende adressen. Kunt u uw lijst even nakijken?

Cor
""",
    },
    {
        "id": "d66-other-09", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "sender": "Monique Verbruggen <m.verbruggen@baarle-werkt.nl>",
        "body": """\
Beste Stan en Melanie,

Dank voor de goede middag en het snelle verslag. Een groot compliment voor de gespreksleiding: iedereen kwam aan
het woord en het bleef concreet.

Hartelijke groet,
Monique
""",
    },
    {
        "id": "d66-other-10", "kind": "other",
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Sjoerd Hoekstra <s.hoekstra@waddenkust-werkt.nl>",
        "body": """\
Beste Stan,

Geen inhoudelijk onderwerp, wel een wens: zou het atelier eens in het noorden kunnen, bijvoorbeeld in Zwolle of
Leeuwarden? Utrecht is voor ons steeds tweeënhalf uur reizen. En een start met een lunch zou het de moeite extra
waard maken.

Groet,
Sjoerd Hoekstra
""",
    },
    {
        "id": "d66-other-11", "kind": "other",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "outlook-nl",
        "sender": "Willemijn Ruiter <w.ruiter@gemeente-utrechtse-heuvelrug-zuid.nl>",
        "body": """\
Ik heb mij niet aangemeld voor dit netwerk. Hoe komt u aan mijn e-mailadres?

W. Ruiter
""",
    },
    {
        "id": "d66-other-12", "kind": "other",
        "subject": "Inzageverzoek AVG",
        "sender": "Leo Stam <l.stam@werkorganisatie-kaag-braassem.nl>",
        "body": """\
Geachte heer, mevrouw,

Graag ontvang ik een overzicht van de persoonsgegevens die u van mij hebt vastgelegd, met het doel waarvoor u ze
gebruikt (inzage op grond van artikel 15 AVG). Mijn lidmaatschap wil ik overigens gewoon voortzetten.

Met vriendelijke groet,
L. Stam
""",
    },
    {
        "id": "d66-other-13", "kind": "other",
        "subject": "Vertrek directeur",
        "sender": "Directiesecretariaat <directiesecretariaat@werkorganisatie-duinkant.nl>",
        "body": """\
Goedemorgen,

Ter informatie: onze directeur, mevrouw A. Kuipers, is per 1 maart vertrokken. Wie haar opvolgt is nog niet
bekend; zodra dat zo is, laten wij het u weten.

Met vriendelijke groet,
Femke Dijkstra
Directiesecretariaat
""",
    },
    {
        "id": "d66-other-14", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "sender": "Gertjan Mulder <gj.mulder@westfriesewerkorganisatie.nl>",
        "body": """\
Geacht secretariaat,

Ik wil graag komen, mits ik alleen het eerste deel kan bijwonen: om half vier moet ik weg voor een raadsvergadering.
Kunt u laten weten of dat bezwaarlijk is voor de opzet van de middag?

Met vriendelijke groet,
G.J. Mulder
""",
    },
    {
        "id": "d66-other-15", "kind": "other",
        "thread": "confirmation", "quoted": "bevestiging_aanmelding", "quote": "apple",
        "subject": "Re: " + CONFIRMATION,
        "sender": "Tom Verheijen <t.verheijen@werkorganisatie-maasenwaal.nl>",
        "body": """\
Bevestigd. Vraag: kunnen mijn twee adjuncten ook lid worden, of is het netwerk alleen voor de eerste directeur?

Tom
""",
    },
    {
        "id": "d66-other-16", "kind": "other",
        "subject": "Research request: intermunicipal cooperation",
        "sender": "Laura Fischer <l.fischer@uni-muenster.de>",
        "body": """\
Dear Sir or Madam,

I am a PhD researcher at the University of Münster studying shared civil-service organisations in the
Netherlands. Would it be possible to attend one of your ateliers as an observer, or to interview a few of your
members? I would of course treat all information confidentially.

Kind regards,
Laura Fischer
""",
    },
    {
        "id": "d66-other-17", "kind": "other",
        "thread": "call_for_themes", "quoted": "vervolg_atelier", "quote": "groupwise",
        "subject": "Re: " + FOLLOW_UP,
        "sender": "Gerard Hulshof <g.hulshof@dinkelstreek.nl>",
        "body": """\
De link naar het verslag werkt bij mij niet (pagina niet gevonden). Kunt u het verslag als pdf sturen?

Gerard
""",
    },
    {
        "id": "d66-other-18", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "notes",
        "subject": "Antw: " + INVITATION,
        "sender": "Bert Wijnands <bert.wijnands@heuvelland-werkt.nl>",
        "body": """\
Wat wordt er bij dit atelier van mij verwacht? Moet ik iets voorbereiden of een casus meenemen?

Bert Wijnands
""",
    },
    {
        "id": "d66-other-19", "kind": "other",
        "subject": "Kosten deelname atelier",
        "sender": "Inkoop en contractbeheer <inkoop@werkorganisatie-montferland.nl>",
        "body": """\
Goedemiddag,

Onze directeur wil deelnemen aan het atelier van 11 maart. Zijn daar kosten aan verbonden? In dat geval moeten wij
vooraf een inkooporder aanmaken en ontvangen wij graag de gegevens voor de factuur.

Met vriendelijke groet,
Afdeling Inkoop
""",
    },
    {
        "id": "d66-other-20", "kind": "other",
        "thread": "welcome", "quoted": "welkom", "quote": "outlook-nl",
        "sender": "Ward Peeters <ward.peeters@grensstreek-werkt.nl>",
        "body": """\
Dank u voor het warme welkom in het netwerk. Ik kijk ernaar uit de collega's te leren kennen.

Met vriendelijke groeten,
Ward Peeters
""",
    },
    {
        "id": "d66-other-21", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Nadia Bouzid <n.bouzid@zaanstreek-oost.nl>",
        "body": """\
Hoi,

De agenda-bijlage kan ik niet openen, wij werken met Google Agenda. Kunnen jullie de afspraak ook als link sturen?

Nadia
""",
    },
    {
        "id": "d66-other-22", "kind": "other",
        "thread": "invitation", "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Claire Morgan <c.morgan@werkorganisatie-rivierenland-west.nl>",
        "body": """\
Hi Stan,

Thanks for the invitation. Will the session be held in Dutch? My Dutch is still limited, and I would like to know
before I sign up whether I can follow the discussion.

Best,
Claire
""",
    },
]
# fmt: on
