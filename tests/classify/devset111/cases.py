"""Replies to every one of our own mails (issue 17), roughly ten under each of the thirteen in quoted_mails.json.

Under each mail: the expected answer in several forms (one word, one sentence, a paragraph, a formal letter),
answers about something else than the mail asks, thanks with nothing else, questions, out-of-office answers with
and without automatic headers, and forwards (to a colleague with us in cc, or from an assistant to the director who
answers above it). Quote styles are spread over outlook-nl, outlook-en, outlook-lijn, gmail, apple, groupwise,
notes, notes-wrote, doorgestuurd, ongemarkeerd, and answers typed between our quoted lines (quote "none", the quoted
lines in the body).

Conventions relied on (the secretariat's view):
- A plain denial under our confirmation mail: `unsubscribe`; a denial that asks where we got the address: `other`.
- Under the call for themes or the follow-up: a proposed topic is a `suggestion` (also when it says whether the
  writer comes); a reply that only says whether the writer comes is an `rsvp`; a proposal about the form of the
  ateliers (day, venue, length) is `other`.
- Leaving the network and declining the atelier in one mail: `unsubscribe`. A decline that keeps the membership:
  `rsvp` False. A director who cannot come but sends a substitute: `rsvp` False.
- A named successor taking over the seat (with their address): `unsubscribe` (hand-over); a successor without an
  address: `other`.
- An AVG erasure request anywhere: `unsubscribe` with `erase` True. A request to see one's data: `other`.
- A request to sign up one named colleague with that colleague's address: `subscribe`.
- A yes with a real question or a condition the secretariat must answer first: `other`.
- Thanks with nothing else, questions, corrections, forwards to a colleague that reach us by cc: `other`.
- "lid blijven" or "it was a mistake" under our goodbye: `subscribe`.
- An answer about the atelier in reply to our invitation, also by an assistant: `rsvp`.
- A reply that arrives as a forward (the assistant's forward answered by the director) has no thread.
"""

from __future__ import annotations

from typing import Any

# fmt: off
CASES: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ bevestiging_aanmelding (confirmation)
    {
        "id": "d111-bev-02", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "gmail",
        "sender": "Jeroen Baas <jeroen.baas.directie@gmail.com>",
        "body": """
Hierbij bevestig ik graag mijn aanmelding voor het netwerk.

Groet,
Jeroen Baas
""",
    },
    {
        "id": "d111-bev-03", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "groupwise",
        "sender": "H.J.M. Verbeek <h.verbeek@werkorganisatie-bbr.nl>",
        "body": """
Geachte heer Van de Laar, geachte mevrouw Huurneman,

Naar aanleiding van uw bericht bevestig ik hierbij dat ik lid wil worden van het Netwerk van directeuren van
ambtelijke fusieorganisaties. De aanmelding is op mijn verzoek gedaan door ons directiesecretariaat.

Ik zie uit naar de kennismaking met de collega's.

Hoogachtend,

drs. H.J.M. (Hendrik) Verbeek
Algemeen directeur Werkorganisatie BBR
Postbus 200
""",
    },
    {
        "id": "d111-bev-04", "kind": "confirm", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "notes",
        "sender": "Caroline Wessels <c.wessels@oost-veluwezoom.nl>",
        "body": """
Met vriendelijke groet,

ir. Caroline Wessels
directeur
Samenwerkingsorganisatie Oost-Veluwezoom
T 0313 - 48 12 00
""",
    },
    {
        "id": "d111-bev-05", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-en",
        "sender": "P. Hoekstra <p.hoekstra@gemeente-friesemeren.nl>",
        "body": """
Goedemorgen,

Ik heb mij niet voor dit netwerk aangemeld.

Vriendelijke groet,
P. Hoekstra
""",
    },
    {
        "id": "d111-bev-06", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "apple",
        "sender": "Lotte Brinkman <lotte.brinkman@icloud.com>",
        "body": """
Dit was ik niet. Hoe komen jullie eigenlijk aan mijn e-mailadres? Dat secretariaat ken ik niet eens.

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d111-bev-07", "kind": "autoreply", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "outlook-lijn",
        "subject": "Automatisch antwoord: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "sender": "Anouk Peeters <a.peeters@werkorganisatie-baarle.nl>",
        "body": """
Dank voor uw bericht. Ik ben tot en met 4 januari afwezig en lees in die periode mijn e-mail niet. Voor dringende
zaken kunt u contact opnemen met het directiesecretariaat via 013 - 507 88 00.

Met vriendelijke groet,
Anouk Peeters
""",
    },
    {
        "id": "d111-bev-08", "kind": "confirm", "thread": None,
        "quoted": "bevestiging_aanmelding", "quote": "doorgestuurd",
        "subject": "FW: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "Gerrit Jan Scholten <gj.scholten@gemeente.nl>",
        "body": """
Klopt, Anja heeft mij op mijn verzoek aangemeld. Bij deze bevestig ik dat.

Gerrit Jan Scholten
""",
    },
    {
        "id": "d111-bev-09", "kind": "other", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "notes-wrote",
        "sender": "Mw. drs. E. (Els) Koopmans <e.koopmans@dvo-samen.nl>",
        "body": """
Bij dezen bevestigd.

Een vraag: kan mijn managementassistent de uitnodigingen ook ontvangen, zodat zij mijn agenda kan bijhouden?
Haar naam heeft u al, zij deed de aanmelding.

Els Koopmans
""",
    },
    {
        "id": "d111-bev-10", "kind": "unsubscribe", "erase": True, "thread": "confirmation",
        "quote": "none",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "R. Demir <r.demir@gemeente-waterland-oost.nl>",
        "body": """
> Hebt u zich niet aangemeld? Dan kunt u deze e-mail negeren; wij bewaren uw adres dan niet langer dan
> nodig.

Ik heb me inderdaad niet aangemeld. Ik wil dat u mijn adres nu direct verwijdert en niet pas wanneer het 'niet
langer nodig' is. Beschouw dit als een verzoek tot verwijdering op grond van artikel 17 AVG.

R. Demir
""",
    },
    {
        "id": "d111-bev-11", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "bevestiging_aanmelding", "quote": "ongemarkeerd",
        "sender": "Bas Rijkens <b.rijkens@kempenstreek.nl>",
        "body": """
Beste mensen,

Bij nader inzien zie ik toch af van het lidmaatschap. Ik heb er op dit moment simpelweg de tijd niet voor.

Bas
""",
    },
    # ------------------------------------------------------------------ herinnering_aanmelding (confirmation)
    {
        "id": "d111-hra-01", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-nl",
        "sender": "Ton Aerts <t.aerts@peelland-samen.nl>",
        "body": """
akkoord
""",
    },
    {
        "id": "d111-hra-02", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "gmail",
        "sender": "Saskia Verhulst <saskia.verhulst@gmail.com>",
        "body": """
Excuus, de eerste mail was in mijn ongewenste e-mail beland. Ik word graag lid!

Hartelijke groet,
Saskia
""",
    },
    {
        "id": "d111-hra-03", "kind": "unsubscribe", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "notes-wrote",
        "sender": "R. Oosterhuis <r.oosterhuis@eemsdelta-werkt.nl>",
        "body": """
Geen interesse, dank u.

R. Oosterhuis
""",
    },
    {
        "id": "d111-hra-04", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "apple",
        "sender": "Monique Tjon <m.tjon@werkorganisatie-dal.nl>",
        "body": """
Ik dacht dat ik dit al gedaan had, maar voor de zekerheid: ja, ik bevestig.

Verstuurd vanaf mijn iPad
""",
    },
    {
        "id": "d111-hra-05", "kind": "other", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "outlook-en",
        "sender": "Frank de Bruijn <f.debruijn@gemeenten-maasland.nl>",
        "body": """
Beste Stan,

Voordat ik bevestig: wat wordt er van leden verwacht? Moet ik bij elk atelier aanwezig zijn, en hoe vaak wordt
er een inbreng gevraagd? Ik wil niet toezeggen wat ik niet kan waarmaken.

Groet,
Frank de Bruijn
directeur Maasland Werkt
""",
    },
    {
        "id": "d111-hra-06", "kind": "autoreply", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "ongemarkeerd",
        "subject": "Afwezig: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "Ellen Zwart <e.zwart@hollandsmidden-samen.nl>",
        "body": """
Afwezigheidsmelding

Ik ben met vakantie tot en met maandag 11 januari. Uw e-mail wordt niet doorgestuurd en na mijn terugkomst
gelezen.

Ellen Zwart
""",
    },
    {
        "id": "d111-hra-07", "kind": "confirm", "thread": "confirmation",
        "quote": "none",
        "subject": "RE: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "Dennis Vermeulen <d.vermeulen@gemeente-rivierenland.nl>",
        "body": """
> Wilt u lid worden? Beantwoord deze e-mail dan; u hoeft niets te typen.

Ja, graag.

> Uw referentie is AF-7K3Q9-XM2PA-4RTZ8, geldig tot en
> met 13 december 2026. Het lidmaatschap is kosteloos.
""",
    },
    {
        "id": "d111-hra-08", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "groupwise",
        "sender": "W.F. Boersma <w.boersma@werkorganisatie-duinstreek.nl>",
        "body": """
Geachte heer, mevrouw,

Als waarnemend directeur van de Werkorganisatie Duinstreek bevestig ik de aanmelding van mijn e-mailadres voor
het netwerk. Ik neem de functie waar totdat een nieuwe directeur is benoemd.

Met vriendelijke groet,

W.F. (Wim) Boersma
wnd. directeur Werkorganisatie Duinstreek
""",
    },
    {
        "id": "d111-hra-09", "kind": "unsubscribe", "thread": None,
        "quoted": "herinnering_aanmelding", "quote": "doorgestuurd",
        "subject": "FW: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "sender": "J. van Dam <j.vandam@gemeente.nl>",
        "body": """
Dit hoeft niet. Ik heb mij niet aangemeld; laat u deze aanmelding maar vervallen.

J. van Dam
""",
    },
    {
        "id": "d111-hra-10", "kind": "confirm", "thread": "confirmation",
        "quoted": "herinnering_aanmelding", "quote": "notes",
        "sender": "Kees Hopman <k.hopman@westfriesland-samen.nl>",
        "body": """
ja ik wil lid worden, had de eerst mail gemist

grt Kees
""",
    },
    # ------------------------------------------------------------------ welkom (welcome)
    {
        "id": "d111-wel-01", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-lijn",
        "sender": "Nicole Smeets <n.smeets@werkorganisatie-zuidlimburg.nl>",
        "body": """
Dank u wel voor het warme welkom!

Nicole Smeets
""",
    },
    {
        "id": "d111-wel-02", "kind": "suggestion", "themes": ["organisatie"], "thread": "welcome",
        "quoted": "welkom", "quote": "gmail",
        "sender": "Maarten Kuipers <m.kuipers@drechtsteden-uitvoering.nl>",
        "body": """
Dank voor de bevestiging. Een onderwerp dat bij ons hoog op de agenda staat: informatiebeveiliging nu wij voor
drie gemeenten één ICT-omgeving beheren. Hoe organiseren anderen dat? Denk aan de rol van de CISO, de
BIO-audits en de afhandeling van incidenten.

Maarten Kuipers
""",
    },
    {
        "id": "d111-wel-03", "kind": "suggestion", "themes": ["samenwerking"], "thread": "welcome",
        "quoted": "welkom", "quote": "apple",
        "sender": "Yvonne Lammers <y.lammers@bel-samen.nl>",
        "body": """
Leuk om erbij te zijn. Als onderwerp draag ik graag aan: hoe ga je als werkorganisatie om met een deelnemende
gemeente die steeds vaker eigen wensen heeft en de gezamenlijke lijn loslaat? Bij ons overweegt een van de drie
gemeenten uit te treden.

Yvonne

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d111-wel-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "welcome",
        "quoted": "welkom", "quote": "notes",
        "sender": "Hans Wiersma <h.wiersma@noordoostpolder-urk.nl>",
        "body": """
Hierbij alvast een idee voor een atelier: hoe meten jullie de tevredenheid van inwoners over de dienstverlening,
en hoe vertaal je die cijfers naar verbeteringen aan de balie en online?

Met vriendelijke groet,
Hans Wiersma
""",
    },
    {
        "id": "d111-wel-05", "kind": "other", "thread": "welcome",
        "quoted": "welkom", "quote": "outlook-en",
        "sender": "Inge Bakker <i.bakker@samenwerkingsverband-hbl.nl>",
        "body": """
Wanneer is het eerstvolgende atelier? Ik wil de datum graag tijdig in mijn agenda blokken.

Inge Bakker
""",
    },
    {
        "id": "d111-wel-06", "kind": "autoreply", "thread": "welcome",
        "quoted": "welkom", "quote": "ongemarkeerd",
        "subject": "Automatisch antwoord: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Thijs Veenstra <t.veenstra@achterhoek-oost.nl>",
        "body": """
Ik ben afwezig tot en met 18 januari en lees mijn mail daarna.
""",
    },
    {
        "id": "d111-wel-08", "kind": "subscribe", "thread": "welcome",
        "quoted": "welkom", "quote": "notes-wrote",
        "sender": "Pieter Hofman <p.hofman@werkorganisatie-hlv.nl>",
        "body": """
Dank voor het welkom. Mijn collega Fatima el Amrani, directeur bedrijfsvoering, wil ook graag lid worden. Haar
adres is f.elamrani@werkorganisatie-hlv.nl. Kunt u haar aanmelden?

Pieter Hofman
""",
    },
    {
        "id": "d111-wel-09", "kind": "other", "thread": None,
        "quoted": "welkom", "quote": "outlook-nl",
        "subject": "FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "sender": "Lieke Vos <l.vos@werkorganisatie-zuid.nl>",
        "body": """
Hoi Bart,

Ik ben lid geworden van onderstaand netwerk. Volgens mij is het ook iets voor jou, nu je de werkorganisatie Noord
gaat leiden. Aanmelden kan met een mailtje aan info@ambtelijkefusie.nl; ik heb ze in de cc gezet.

Groet,
Lieke
""",
    },
    {
        "id": "d111-wel-10", "kind": "suggestion", "themes": ["organisatie"], "thread": "welcome",
        "quote": "none",
        "subject": "RE: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "sender": "Arjen Koster <a.koster@gemeente-bergdalen.nl>",
        "body": """
> Hebt u nu al een onderwerp dat u graag met collega's wilt bespreken? Beantwoord deze e-mail gerust.

Zeker: strategische personeelsplanning. Vacatures voor vergunningverleners en belastingspecialisten krijgen wij
niet meer vervuld. Hoe lossen anderen dat op?

> Met vriendelijke groet,
>
> Stan van de Laar, adviseur, 06 - 30 37 29 97, s.vandelaar@seinstravandelaar.nl
""",
    },
    {
        "id": "d111-wel-11", "kind": "suggestion", "themes": ["strategie"], "thread": None,
        "quoted": "welkom", "quote": "doorgestuurd",
        "subject": "FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "sender": "Marco Jansen <m.jansen@gemeente.nl>",
        "body": """
Mooi dat het rond is. Als onderwerp stel ik voor: de toekomstvisie. Waar willen we als werkorganisatie over tien
jaar staan, en hoe voorkom je dat die visie bij elke verkiezing opnieuw ter discussie staat?

Marco Jansen
""",
    },
    # ------------------------------------------------------------------ uitnodiging_atelier (invitation)
    {
        "id": "d111-uit-03", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-en",
        "sender": "Rob Mulder <r.mulder@gemeenten-altena-samen.nl>",
        "body": """
Ik kom, samen met onze directeur Sociaal Domein. Dus twee personen.

Met vriendelijke groet,
R. (Rob) Mulder
Gemeentesecretaris / algemeen directeur
""",
    },
    {
        "id": "d111-uit-04", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes",
        "sender": "Gerda Postma <g.postma@werkorganisatie-dvm.nl>",
        "body": """
Zelf ben ik verhinderd. Mijn plaatsvervanger, Henk Bos (h.bos@werkorganisatie-dvm.nl), komt in mijn plaats.

Gerda Postma
""",
    },
    {
        "id": "d111-uit-05", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "outlook-lijn",
        "sender": "Nathalie Verhoef <n.verhoef@gemeente-lekstroom.nl>",
        "body": """
Goedemiddag,

Namens de heer Jansen laat ik u weten dat hij graag aanwezig is bij het atelier op 11 maart. Ik heb het in zijn
agenda gezet.

Met vriendelijke groet,
Nathalie Verhoef
managementassistent directie
""",
    },
    {
        "id": "d111-uit-06", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "apple",
        "sender": "Wouter Smit <w.smit@gemeente-krimpenerwaard-samen.nl>",
        "body": """
Is er bij het Stadskantoor parkeergelegenheid, of kan ik beter met de trein komen?

Wouter

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d111-uit-07", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "groupwise",
        "sender": "Carla Dekker <c.dekker@werkorganisatie-schagen.nl>",
        "body": """
Ik wil graag komen, maar ik moet om half vijf weg voor een bestuurlijk overleg. Is het een probleem als ik
halverwege vertrek?

Carla Dekker
""",
    },
    {
        "id": "d111-uit-08", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "notes-wrote",
        "sender": "Johan Pieters <j.pieters@gemeente-beekdal.nl>",
        "body": """
Ik kom niet. Sterker nog: ik vertrek per 1 april bij de gemeente en wil dan ook uit het netwerk. Wilt u mij
afmelden?

Johan Pieters
""",
    },
    {
        "id": "d111-uit-09", "kind": "autoreply", "thread": "invitation",
        "quoted": "uitnodiging_atelier", "quote": "ongemarkeerd",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
                   "samenwerking & eigenheid [atelier:2027-1]",
        "sender": "Femke Huisman <f.huisman@werkorganisatie-montferland.nl>",
        "body": """
Tot en met vrijdag 26 februari ben ik niet op kantoor en heb ik beperkt toegang tot mijn e-mail. Uw bericht
lees ik na mijn terugkomst. Voor spoedzaken: bel het secretariaat, 0316 - 29 12 00.
""",
    },
    {
        "id": "d111-uit-10", "kind": "rsvp", "attending": True, "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "doorgestuurd",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "sender": "A.C. de Groot-Wijnen <a.degroot@gemeente.nl>",
        "body": """
Geachte heer Van de Laar,

Mijn secretariaat stuurde mij uw uitnodiging door. Graag neem ik deel aan het atelier op 11 maart; het thema sluit
naadloos aan bij waar wij nu mee bezig zijn.

Hoogachtend,

mr. A.C. (Anna) de Groot-Wijnen
algemeen directeur
""",
    },
    {
        "id": "d111-uit-11", "kind": "other", "thread": None,
        "quoted": "uitnodiging_atelier", "quote": "outlook-nl",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "sender": "Hanneke Roos <h.roos@werkorganisatie-oostland.nl>",
        "body": """
Sanne,

Dit lijkt me echt iets voor ons allebei. Zullen we samen gaan? Als jij ja zegt, meld ik ons aan.
(Het secretariaat van het netwerk staat ter info in de cc.)

Hanneke
""",
    },
    {
        "id": "d111-uit-12", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
                   "eigenheid [atelier:2027-1]",
        "sender": "Stefan Hendriks <s.hendriks@gemeenten-heuvelland.nl>",
        "body": """
Tot dan!
""",
    },
    # ------------------------------------------------------------------ herinnering_atelier (reminder)
    {
        "id": "d111-hat-01", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-lijn",
        "sender": "Marloes Visser <m.visser@werkorganisatie-kustgemeenten.nl>",
        "body": """
helaas, ik kan niet. Crisisoverleg in verband met de storm van afgelopen nacht.

Marloes
""",
    },
    {
        "id": "d111-hat-02", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "gmail",
        "sender": "Erwin Bosman <erwin.bosman@gmail.com>",
        "body": """
Ik ben er! Tot donderdag.
""",
    },
    {
        "id": "d111-hat-03", "kind": "rsvp", "attending": True, "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "apple",
        "sender": "Kim van Rijn <k.vanrijn@gemeente-utrechtse-heuvelrug-samen.nl>",
        "body": """
Ik kom wel, maar mijn gast haakt af. Dus alleen ikzelf.

Verzonden vanaf mijn iPhone
""",
    },
    {
        "id": "d111-hat-04", "kind": "unsubscribe", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-nl",
        "sender": "Erik Brouwer <e.brouwer@werkorganisatie-zuidwest.nl>",
        "body": """
Beste Stan en Melanie,

Het atelier moet ik laten schieten: per 1 maart vertrek ik naar de provincie. Daarmee hoor ik ook niet meer in dit
netwerk thuis; wilt u mij als lid afmelden?

Het was me een genoegen.

Hartelijke groet,
Erik
""",
    },
    {
        "id": "d111-hat-05", "kind": "unsubscribe", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "groupwise",
        "sender": "Harm Dijkhuis <h.dijkhuis@westerkwartier-samen.nl>",
        "body": """
Goedemorgen,

Per 1 maart draag ik de directie over aan Ruud Kramer. Hij neemt ook mijn plek in het netwerk over; zijn adres
is r.kramer@westerkwartier-samen.nl.

Met groet,
Harm Dijkhuis
""",
    },
    {
        "id": "d111-hat-07", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "outlook-en",
        "sender": "Richard Claassen <r.claassen@werkorganisatie-rijnwaarden.nl>",
        "body": """
Kan mijn gast de sessie via de Teams-link volgen in plaats van in Utrecht? Zij zit die dag in Groningen.

Richard Claassen
""",
    },
    {
        "id": "d111-hat-08", "kind": "autoreply", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "ongemarkeerd",
        "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
                   "[atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Bert Timmermans <b.timmermans@werkorganisatie-lopik.nl>",
        "body": """
Ik ben op dit moment afwezig. Voor zaken die de werkorganisatie betreffen kunt u terecht bij het
bestuurssecretariaat, telefoon 0348 - 55 99 00.
""",
    },
    {
        "id": "d111-hat-09", "kind": "rsvp", "attending": False, "thread": "reminder",
        "quote": "none",
        "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "sender": "Jacqueline Maas <j.maas@gemeente-lochemstad.nl>",
        "body": """
> Kunt u onverhoopt toch niet? Beantwoord deze e-mail dan met "helaas, ik kan niet"; dan geven wij uw plaats aan
> iemand op de wachtlijst.

Ik kan niet, maar geef mijn plek liever niet weg: mijn collega Ilse de Vos (i.devos@gemeente-lochemstad.nl)
komt in mijn plaats.

Jacqueline
""",
    },
    {
        "id": "d111-hat-10", "kind": "other", "thread": "reminder",
        "quoted": "herinnering_atelier", "quote": "notes-wrote",
        "sender": "Olaf Brandsma <o.brandsma@sudwestfryslan-samen.nl>",
        "body": """
Dank voor de herinnering.

O. Brandsma
""",
    },
    {
        "id": "d111-hat-11", "kind": "rsvp", "attending": False, "thread": None,
        "quoted": "herinnering_atelier", "quote": "doorgestuurd",
        "subject": "FW: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "sender": "Michiel de Wit <m.dewit@gemeente.nl>",
        "body": """
Anja meldt me net dat ik donderdag dubbel geboekt sta met de auditcommissie. Ik moet dus helaas afzeggen.

Michiel de Wit
""",
    },
    # ------------------------------------------------------------------ oproep_themas (call for themes)
    {
        "id": "d111-opr-01", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-nl",
        "sender": "Joost Verschuren <j.verschuren@werkorganisatie-gooi.nl>",
        "body": """
Hybride werken: hoe houd je de organisatiecultuur vast als de helft van de medewerkers thuis werkt?

Joost
""",
    },
    {
        "id": "d111-opr-02", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "gmail",
        "sender": "Renate Hoogland <renate.hoogland@outlook.com>",
        "body": """
Onze positie in de regio. Hoe voorkom je dat de centrumstad alle regionale dossiers naar zich toe trekt, terwijl
onze drie gemeenten samen groter zijn?

Renate Hoogland
directeur Werkorganisatie Lingegebied
""",
    },
    {
        "id": "d111-opr-03", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-lijn",
        "sender": "Dirk-Jan Wolters <dj.wolters@gemeenten-voorne.nl>",
        "body": """
Ik stel voor: de lange termijn. Welke koers zet je uit voor je werkorganisatie tot 2035, en hoe leg je die vast
in een meerjarige strategische agenda?

Met vriendelijke groet,
Dirk-Jan Wolters
""",
    },
    {
        "id": "d111-opr-04", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "apple",
        "sender": "Petra Evers <p.evers@werkorganisatie-nijmegen-ommeland.nl>",
        "body": """
Eén digitaal loket voor ondernemers. Vergunningen, meldingen, subsidies: nu zoekt een ondernemer zich een
ongeluk op onze websites.

Petra
""",
    },
    {
        "id": "d111-opr-05", "kind": "suggestion", "themes": ["organisatie", "dienstverlening"],
        "thread": "call_for_themes", "quoted": "oproep_themas", "quote": "notes",
        "sender": "Vincent Lambregts <v.lambregts@baarle-alphen-samen.nl>",
        "body": """
Twee onderwerpen:
- data en dashboards in de interne sturing van de werkorganisatie
- het monitoren van onze prestaties richting inwoners (wachttijden klantcontactcentrum, doorlooptijden)

Vincent Lambregts
""",
    },
    {
        "id": "d111-opr-06", "kind": "other", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "groupwise",
        "sender": "Aukje Hettinga <a.hettinga@werkorganisatie-noordfriesland.nl>",
        "body": """
Geen onderwerp, wel een wens: kunnen de ateliers voortaan op wisselende locaties bij de leden zelf plaatsvinden?
Utrecht is voor ons in het noorden steeds een halve dag reizen.

Aukje Hettinga
""",
    },
    {
        "id": "d111-opr-07", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "outlook-en",
        "sender": "Martijn Schouten <m.schouten@gemeente-zaanstreek-samen.nl>",
        "body": """
Een onderwerp heb ik niet direct, maar op 11 maart ben ik er zeker bij.

Martijn
""",
    },
    {
        "id": "d111-opr-08", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "notes-wrote",
        "sender": "Linda Verbruggen <l.verbruggen@werkorganisatie-kempen.nl>",
        "body": """
Ik kom op 11 maart. Onderwerp: de inzet van AI en automatisering in onze werkprocessen, en wat dat vraagt van
de medewerkers die ermee moeten werken.

Linda Verbruggen
""",
    },
    {
        "id": "d111-opr-09", "kind": "autoreply", "thread": "call_for_themes",
        "quoted": "oproep_themas", "quote": "ongemarkeerd",
        "subject": "Out of Office: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
                   "[atelier:2027-1]",
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "sender": "Gijs Mertens <g.mertens@werkorganisatie-heerlen-noord.nl>",
        "body": """
Dank voor uw e-mail. Tot 15 januari ben ik met verlof. In dringende gevallen kunt u contact opnemen met mijn
collega Paula Smeets (p.smeets@werkorganisatie-heerlen-noord.nl).

Thank you for your message. I am on leave until 15 January.
""",
    },
    {
        "id": "d111-opr-10", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Sophie Willems <s.willems@gemeente-weert-samen.nl>",
        "body": """
> - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering, werkprocessen,
> financiën, I&A;
> - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen, monitoring van
> prestaties.

Hier zou ik graag over praten: kanaalsturing. Hoe krijg je inwoners naar de digitale kanalen zonder de minder
digitaal vaardigen kwijt te raken?

> Beantwoord deze e-mail met uw onderwerpen, graag vóór 21 januari 2027.

Sophie Willems
""",
    },
    {
        "id": "d111-opr-11", "kind": "rsvp", "attending": False, "thread": None,
        "quoted": "oproep_themas", "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Bram Hermsen <b.hermsen@gemeente.nl>",
        "body": """
Op 11 maart zit ik in het buitenland. Een onderwerp aandragen laat ik daarom aan de collega's die er wel zijn.

Bram Hermsen
""",
    },
    # ------------------------------------------------------------------ vervolg_atelier (call for themes)
    {
        "id": "d111-vrv-01", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-lijn",
        "sender": "Gert-Jan Kok <gj.kok@werkorganisatie-veluwerand.nl>",
        "body": """
Dank jullie wel, het was een inspirerende middag. Complimenten voor de organisatie!

Gert-Jan
""",
    },
    {
        "id": "d111-vrv-02", "kind": "suggestion", "themes": ["organisatie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "gmail",
        "sender": "Mirjam Aalbers <mirjam.aalbers@gmail.com>",
        "body": """
Volgende keer graag: behoud van personeel. Hoe houden we jonge professionals vast nu iedereen elkaar overbiedt
op de arbeidsmarkt?

Mirjam
""",
    },
    {
        "id": "d111-vrv-03", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "apple",
        "sender": "Hugo Staal <h.staal@gemeenten-alblasserwaard.nl>",
        "body": """
Voor een volgende keer: hoe vertaal je de bestuurlijke prioriteiten uit een nieuw coalitieakkoord naar de
inhoudelijke agenda van de werkorganisatie voor de komende vier jaar?

Hugo Staal
""",
    },
    {
        "id": "d111-vrv-04", "kind": "suggestion", "themes": ["samenwerking"], "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "notes",
        "sender": "Annemarie Jacobs <a.jacobs@werkorganisatie-berkelland.nl>",
        "body": """
Wat mij betreft gaan we door op het thema van vandaag, maar dan concreet: gezamenlijke opgaven als woningbouw
en de energietransitie, waarin de gemeenten elk andere ambities hebben. Hoe vind je dan één lijn?

Annemarie Jacobs
""",
    },
    {
        "id": "d111-vrv-06", "kind": "other", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "outlook-en",
        "sender": "Charlotte Ruiter <c.ruiter@gemeente-midden-delfland-samen.nl>",
        "body": """
De link naar het verslag geeft bij mij een foutmelding (404). Kunt u het verslag als pdf sturen?

Charlotte Ruiter
""",
    },
    {
        "id": "d111-vrv-07", "kind": "autoreply", "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "ongemarkeerd",
        "subject": "Afwezig: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                   "[atelier:2027-1]",
        "sender": "Roel Zijlstra <r.zijlstra@werkorganisatie-smallingerland.nl>",
        "body": """
Bedankt voor uw e-mail. Ik ben met ouderschapsverlof tot 1 mei. Uw e-mail wordt niet automatisch doorgestuurd;
neem voor lopende zaken contact op met het directiesecretariaat.
""",
    },
    {
        "id": "d111-vrv-08", "kind": "unsubscribe", "erase": True, "thread": "call_for_themes",
        "quoted": "vervolg_atelier", "quote": "notes-wrote",
        "sender": "J.H. (Jan) Bakker <jh.bakker@werkorganisatie-ijsselland.nl>",
        "body": """
Dit was mijn laatste atelier; per 1 april ga ik met pensioen. Wilt u mij afmelden en op grond van de AVG al mijn
persoonsgegevens uit uw bestanden verwijderen?

Met vriendelijke groet,
J.H. Bakker
""",
    },
    {
        "id": "d111-vrv-09", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                   "[atelier:2027-1]",
        "sender": "Natasja Brink <n.brink@gemeente-aalten-samen.nl>",
        "body": """
> U bepaalt gezamenlijk de gespreksthema's van het volgende atelier. Welk vraagstuk wilt u de volgende keer
> bespreken?

Ik was er zelf helaas niet bij, maar een onderwerp heb ik wel: klachtafhandeling. Hoe gaan jullie om met
klachten van inwoners en ondernemers, en hoe maak je de afhandeling sneller en persoonlijker?

> Beantwoord deze e-mail met uw onderwerpen; wij nemen ze mee in de telling voor het volgende atelier.
""",
    },
    {
        "id": "d111-vrv-10", "kind": "other", "thread": None,
        "quoted": "vervolg_atelier", "quote": "outlook-nl",
        "subject": "FW: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                   "[atelier:2027-1]",
        "sender": "Frits Overmars <f.overmars@werkorganisatie-rijssen.nl>",
        "body": """
Karin,

Hierbij het verslag van het atelier van donderdag. Goed om in het MT te bespreken, vooral het deel over de
informatievoorziening aan de raden.

cc: secretariaat netwerk

Frits
""",
    },
    {
        "id": "d111-vrv-11", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
        "quoted": "vervolg_atelier", "quote": "doorgestuurd",
        "subject": "FW: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" "
                   "[atelier:2027-1]",
        "sender": "Eveline Wouters <e.wouters@gemeente.nl>",
        "body": """
Mijn onderwerp voor de volgende keer: financiën. Hoe bouw je weerstandsvermogen op in een werkorganisatie die
geen eigen reserves mag aanhouden?

Eveline Wouters
""",
    },
    # ------------------------------------------------------------------ bevestiging_rsvp (invitation, waiting list)
    {
        "id": "d111-wtl-01", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "outlook-nl",
        "sender": "Lisette Dam <l.dam@werkorganisatie-ridderkerk-oost.nl>",
        "body": """
ik kan toch niet. U kunt mij van de wachtlijst halen.

Lisette
""",
    },
    {
        "id": "d111-wtl-02", "kind": "other", "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "gmail",
        "sender": "Ruben Kroon <rubenkroon@hotmail.com>",
        "body": """
Ok, helder. Ik hoor het wel.

R.
""",
    },
    {
        "id": "d111-wtl-03", "kind": "other", "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "apple",
        "sender": "Manon Verweij <m.verweij@gemeente-goeree-samen.nl>",
        "body": """
Als ik geen plek krijg, kan ik dan via Teams meedoen? De link staat erbij, maar ik weet niet of die ook bedoeld
is voor mensen op de wachtlijst.

Manon
""",
    },
    {
        "id": "d111-wtl-04", "kind": "other", "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "groupwise",
        "sender": "Peter-Paul Reinders <pp.reinders@werkorganisatie-oss-maasland.nl>",
        "body": """
Jammer. Kan ik niet alsnog een plaats krijgen als ik mijn gast thuislaat? Dan komt er toch een stoel vrij.

P.P. Reinders
""",
    },
    {
        "id": "d111-wtl-06", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "outlook-en",
        "sender": "Arno Gerritsen <a.gerritsen@gemeenten-liemers.nl>",
        "body": """
Zet me maar van de wachtlijst en van de ledenlijst. Ik stop per 1 maart als directeur en ga iets heel anders
doen.

Arno
""",
    },
    {
        "id": "d111-wtl-07", "kind": "other", "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "notes-wrote",
        "sender": "Corine Wagenaar <c.wagenaar@werkorganisatie-hardenberg.nl>",
        "body": """
Dank u voor het bericht en de snelle reactie.

Corine Wagenaar
""",
    },
    {
        "id": "d111-wtl-08", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quote": "none",
        "subject": "RE: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "sender": "Youssef Bakkali <y.bakkali@gemeente-zaandam-noord.nl>",
        "body": """
> Verandert er iets? Beantwoord deze e-mail gewoon, bijvoorbeeld met "ik kom toch" of "ik kan toch niet".

Ik kan toch niet: het college heeft die middag een extra vergadering ingelast.

Y. Bakkali
""",
    },
    {
        "id": "d111-wtl-09", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "outlook-lijn",
        "sender": "Dewi Pranoto <d.pranoto@werkorganisatie-capelle-samen.nl>",
        "body": """
Goedendag,

Mevrouw Kok heeft op 11 maart inmiddels een andere verplichting. U mag haar van de wachtlijst afhalen; zo komt er
een plek vrij voor een ander.

Met vriendelijke groet,
Dewi Pranoto
secretaresse gemeentesecretaris
""",
    },
    {
        "id": "d111-wtl-10", "kind": "rsvp", "attending": False, "thread": None,
        "quoted": "bevestiging_rsvp", "quote": "doorgestuurd",
        "subject": "FW: U staat op de wachtlijst voor het atelier van 11 maart 2027 [atelier:2027-1]",
        "sender": "Koen Lenders <k.lenders@gemeente.nl>",
        "body": """
Ik zie dat ik op de wachtlijst sta. Laat maar zitten; ik ben die week op werkbezoek in Brussel.

Koen Lenders
""",
    },
    {
        "id": "d111-wtl-11", "kind": "autoreply", "thread": "invitation",
        "quoted": "bevestiging_rsvp", "quote": "ongemarkeerd",
        "subject": "Automatisch antwoord: U staat op de wachtlijst voor het atelier van 11 maart 2027 "
                   "[atelier:2027-1]",
        "headers": {"Precedence": "auto_reply"},
        "sender": "Jolanda Hoeve <j.hoeve@werkorganisatie-zeewolde-samen.nl>",
        "body": """
Ik ben tot en met 8 maart niet aanwezig. Uw mail wordt na mijn terugkeer beantwoord.
""",
    },
    # ------------------------------------------------------------------ uitnodiging_vervanger (invitation)
    {
        "id": "d111-vvg-01", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-nl",
        "sender": "Sander Broekhuis <s.broekhuis@werkorganisatie-dvm.nl>",
        "body": """
Ja, ik kom in plaats van Dirk. Dank voor de uitnodiging!

Sander
""",
    },
    {
        "id": "d111-vvg-02", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "gmail",
        "sender": "Ilona Groen <ilona.groen@kpnmail.nl>",
        "body": """
Dirk heeft mij opgegeven, maar ik kan op 11 maart helaas ook niet. Ik laat het hem zelf ook weten.

Ilona Groen
""",
    },
    {
        "id": "d111-vvg-03", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "apple",
        "sender": "Tim Veldkamp <t.veldkamp@gemeente-oldambt-samen.nl>",
        "body": """
Ik kom, maar zonder gast.

Tim
Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d111-vvg-04", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "groupwise",
        "sender": "Marjolein Stam <m.stam@werkorganisatie-zederik.nl>",
        "body": """
Ik ben zelf geen lid van het netwerk. Moet ik me eerst aanmelden om te kunnen deelnemen, of kan ik gewoon komen?

Marjolein Stam
""",
    },
    {
        "id": "d111-vvg-05", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "notes",
        "sender": "Laurens Hazeleger <l.hazeleger@werkorganisatie-ede-oost.nl>",
        "body": """
Dank, ik zorg dat ik er ben. Dirk heeft mij al bijgepraat over het thema.

L. Hazeleger
""",
    },
    {
        "id": "d111-vvg-06", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-en",
        "sender": "Nadia Boukhari <n.boukhari@adviesbureau-lindeboom.nl>",
        "body": """
Ik ken geen Dirk Smit en werk ook niet bij een fusieorganisatie. Volgens mij is deze uitnodiging bij de
verkeerde persoon terechtgekomen.

Nadia Boukhari
""",
    },
    {
        "id": "d111-vvg-07", "kind": "autoreply", "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "groupwise",
        "subject": "Afwezig: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 "
                   "[atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Rick Vos <r.vos@werkorganisatie-tholen-samen.nl>",
        "body": """
Ik ben vandaag en morgen op cursus en lees mijn e-mail daarna.
""",
    },
    {
        "id": "d111-vvg-08", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "notes-wrote",
        "sender": "Freek Albers <f.albers@werkorganisatie-cgm.nl>",
        "body": """
Ook ik ben die dag verhinderd. Joyce Hermans, onze manager bedrijfsvoering, kan wel en gaat in mijn plaats:
j.hermans@werkorganisatie-cgm.nl.

Freek Albers
""",
    },
    {
        "id": "d111-vvg-09", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quote": "none",
        "subject": "RE: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Greet Harmsen <g.harmsen@werkorganisatie-dvm.nl>",
        "body": """
> Dirk Smit kan zelf niet naar het Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" komen en
> heeft u opgegeven om in zijn of haar plaats deel te nemen, met 1 gast. U bent van harte welkom.

Dank u. Ik neem zijn plaats graag in; mijn gast is onze beleidsadviseur Yusuf Kaya.

> De agenda-afspraak zit als bijlage bij deze e-mail.

Greet Harmsen
""",
    },
    {
        "id": "d111-vvg-10", "kind": "other", "thread": "invitation",
        "quoted": "uitnodiging_vervanger", "quote": "outlook-lijn",
        "sender": "Bastiaan Moerman <b.moerman@werkorganisatie-borsele-samen.nl>",
        "body": """
Bedankt voor de informatie.

Met vriendelijke groet,
Bastiaan Moerman
""",
    },
    {
        "id": "d111-vvg-11", "kind": "other", "thread": None,
        "quoted": "uitnodiging_vervanger", "quote": "doorgestuurd",
        "subject": "FW: Namens Dirk Smit: uitnodiging Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Wendy Pauw <w.pauw@gemeente.nl>",
        "body": """
Dirk vroeg mij al of ik wilde gaan, maar ik twijfel nog. Mag ik het uiterlijk vrijdag laten weten?

Wendy Pauw
""",
    },
    # ------------------------------------------------------------------ annulering_atelier (invitation)
    {
        "id": "d111-ann-01", "kind": "other", "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "outlook-nl",
        "sender": "Loes Timmer <l.timmer@werkorganisatie-castricum-samen.nl>",
        "body": """
Jammer! Dank voor het bericht.

Loes
""",
    },
    {
        "id": "d111-ann-02", "kind": "other", "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "gmail",
        "sender": "Marcel Jonker <marcel.jonker@gmail.com>",
        "body": """
Houdt u mij op de hoogte van de nieuwe datum? Ik wil er dan graag weer bij zijn.

Marcel Jonker
""",
    },
    {
        "id": "d111-ann-03", "kind": "other", "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "outlook-lijn",
        "sender": "Heleen Dijkman <h.dijkman@werkorganisatie-dalfsen-samen.nl>",
        "body": """
Mag ik vragen waarom het atelier niet doorgaat? Te weinig aanmeldingen?

Heleen Dijkman
""",
    },
    {
        "id": "d111-ann-04", "kind": "autoreply", "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "ongemarkeerd",
        "subject": "Automatisch antwoord: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "DR, RN, OOF"},
        "sender": "Jeroen Hulst <j.hulst@werkorganisatie-steenwijk.nl>",
        "body": """
Beste afzender,

Ik ben afwezig tot en met 12 maart en heb geen toegang tot mijn e-mail. Uw bericht wordt niet doorgestuurd.

Met vriendelijke groet,
Jeroen Hulst
""",
    },
    {
        "id": "d111-ann-05", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "apple",
        "sender": "Tineke Schuurman <t.schuurman@werkorganisatie-midden-drenthe.nl>",
        "body": """
Prima. Dan maak ik meteen van de gelegenheid gebruik om mij af te melden voor het netwerk; het past niet meer in
mijn agenda.

Tineke
""",
    },
    {
        "id": "d111-ann-06", "kind": "other", "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "groupwise",
        "sender": "Willem Kuijpers <w.kuijpers@werkorganisatie-bernheze.nl>",
        "body": """
Misschien is donderdag 25 maart een goede nieuwe datum? Dan is er geen vakantie en geen begrotingsbehandeling.

W. Kuijpers
""",
    },
    {
        "id": "d111-ann-07", "kind": "suggestion", "themes": ["samenwerking"], "thread": "invitation",
        "quoted": "annulering_atelier", "quote": "notes",
        "sender": "Rianne Bosch <r.bosch@werkorganisatie-tiel-samen.nl>",
        "body": """
Nu het atelier toch opnieuw gepland wordt, een onderwerp: de rol van de werkorganisatie in regionale
verbanden zoals de veiligheidsregio en de GGD. Wie vertegenwoordigt daar welke gemeente?

Rianne Bosch
""",
    },
    {
        "id": "d111-ann-08", "kind": "other", "thread": None,
        "quoted": "annulering_atelier", "quote": "outlook-en",
        "subject": "FW: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Jeanine Vogel <j.vogel@werkorganisatie-brielle.nl>",
        "body": """
Marco,

Het atelier van 11 maart gaat niet door; je hoeft je treinkaartje niet te boeken. Het secretariaat staat in de cc
zodat ze weten dat jij als mijn gast mee zou gaan.

Jeanine
""",
    },
    {
        "id": "d111-ann-09", "kind": "other", "thread": "invitation",
        "quote": "none",
        "subject": "RE: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Gerben Hoekstra <g.hoekstra@gemeente-harlingen-samen.nl>",
        "body": """
> Had u de uitnodiging in uw agenda gezet? Met de bijlage bij deze e-mail verdwijnt de afspraak uit uw agenda
> (in Outlook: "Verwijderen uit agenda"). Zodra er een nieuwe datum is, hoort u van ons.

Graag, maar houdt u bij het plannen rekening met de meivakantie?

Gerben
""",
    },
    # ------------------------------------------------------------------ bedankt_suggestie (call for themes)
    {
        "id": "d111-bds-01", "kind": "other", "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "outlook-nl",
        "sender": "Gijsbert Lagerwey <g.lagerwey@werkorganisatie-zuidplas.nl>",
        "body": """
Graag gedaan, en dank voor de bevestiging.

Gijsbert
""",
    },
    {
        "id": "d111-bds-02", "kind": "suggestion", "themes": ["dienstverlening"], "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "gmail",
        "sender": "Susan Mol <susan.mol@werkorganisatie-montfoort.nl>",
        "body": """
Ja, nog één: inwoners laten meedenken over onze digitale diensten. Laat ze formulieren en apps testen voordat we
ze lanceren.

Susan
""",
    },
    {
        "id": "d111-bds-03", "kind": "other", "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "apple",
        "sender": "Oscar Dekkers <o.dekkers@werkorganisatie-veenendaal-oost.nl>",
        "body": """
U hebt bij mij Samenwerking genoteerd, maar mijn punt over de gemeenteraden was eigenlijk een organisatievraag:
hoe richt je de ambtelijke ondersteuning van drie raden in? Kunt u dat aanpassen?

Oscar
""",
    },
    {
        "id": "d111-bds-04", "kind": "other", "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "groupwise",
        "sender": "Mieke Evertse <m.evertse@werkorganisatie-walcheren.nl>",
        "body": """
Het onderwerp over de relatie met de gemeenteraden mag van de lijst; dat hebben we intussen intern opgelost.

Mieke Evertse
""",
    },
    {
        "id": "d111-bds-05", "kind": "rsvp", "attending": True, "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "notes",
        "sender": "Ruud Schipper <r.schipper@werkorganisatie-waterland.nl>",
        "body": """
Op 11 maart kom ik overigens zeker.

Ruud Schipper
""",
    },
    {
        "id": "d111-bds-06", "kind": "autoreply", "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "notes",
        "subject": "Afwezigheidsbericht: Dank voor uw themasuggestie [atelier:2027-1]",
        "sender": "Cees van Veen <c.vanveen@werkorganisatie-hoeksche-waard.nl>",
        "body": """
Ik ben afwezig van 11 januari tot en met 22 januari.

Berichten worden in die periode niet gelezen of doorgestuurd.
""",
    },
    {
        "id": "d111-bds-08", "kind": "other", "thread": "call_for_themes",
        "quoted": "bedankt_suggestie", "quote": "notes-wrote",
        "sender": "Henri Lutgens <h.lutgens@werkorganisatie-beekdaelen.nl>",
        "body": """
Ik las dat de Adviesraad alle suggesties weegt. Ik zou graag zitting nemen in die Adviesraad. Hoe gaat dat in
zijn werk?

Henri Lutgens
""",
    },
    {
        "id": "d111-bds-09", "kind": "suggestion", "themes": ["strategie"], "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: Dank voor uw themasuggestie [atelier:2027-1]",
        "sender": "Anke Roelofs <a.roelofs@werkorganisatie-epe-samen.nl>",
        "body": """
> Wilt u nog iets toevoegen? Beantwoord deze e-mail gewoon.

Ja: keuzes maken. Hoe bepaal je welke bestuurlijke prioriteiten de werkorganisatie de komende jaren echt gaat
trekken, als niet alle wensen tegelijk waar te maken zijn?

Anke
""",
    },
    {
        "id": "d111-bds-10", "kind": "suggestion", "themes": ["organisatie"], "thread": None,
        "quoted": "bedankt_suggestie", "quote": "doorgestuurd",
        "subject": "FW: Dank voor uw themasuggestie [atelier:2027-1]",
        "sender": "Lambert Oude Kotte <l.oudekotte@gemeente.nl>",
        "body": """
Naast wat ik eerder stuurde nog een onderwerp: de vervanging van ons zaaksysteem, en de keuze tussen een nieuw
pakket of aansluiten bij Common Ground.

Lambert Oude Kotte
""",
    },
    {
        "id": "d111-bds-11", "kind": "other", "thread": None,
        "quoted": "bedankt_suggestie", "quote": "outlook-lijn",
        "subject": "FW: Dank voor uw themasuggestie [atelier:2027-1]",
        "sender": "Rens Mulders <r.mulders@werkorganisatie-meierij.nl>",
        "body": """
Jolanda,

Onze twee onderwerpen zijn binnen bij het netwerk, zie hieronder. Zet jij ze op de agenda van het MT van
maandag? Ik heb het secretariaat van het netwerk in de cc gezet.

Rens
""",
    },
    # ------------------------------------------------------------------ wijziging_atelier (invitation)
    {
        "id": "d111-wzg-01", "kind": "other", "thread": None,
        "quoted": "wijziging_atelier", "quote": "outlook-nl",
        "subject": "FW: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Wilma Grootens <w.grootens@werkorganisatie-land-van-cuijk.nl>",
        "body": """
Gert,

Het atelier is verschoven naar 18 maart in het Provinciehuis. Rijden we samen? Het secretariaat staat in de cc.

Wilma
""",
    },
    {
        "id": "d111-wzg-02", "kind": "rsvp", "attending": True, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "gmail",
        "sender": "Joris Ploeg <joris.ploeg@werkorganisatie-noordenveld.nl>",
        "body": """
18 maart past ook in mijn agenda; ik blijf graag op de wachtlijst staan.

Joris
""",
    },
    {
        "id": "d111-wzg-04", "kind": "other", "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-en",
        "sender": "Quirijn Baars <q.baars@werkorganisatie-de-ronde-venen.nl>",
        "body": """
Waarom is het atelier verplaatst? Ik had er in mijn planning juist rekening mee gehouden.

Q. Baars
""",
    },
    {
        "id": "d111-wzg-05", "kind": "autoreply", "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "ongemarkeerd",
        "subject": "Automatisch antwoord: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "sender": "Priscilla Nijland <p.nijland@werkorganisatie-emmen-oost.nl>",
        "body": """
Goedendag, ik ben afwezig wegens ziekte. Uw e-mail wordt niet gelezen. Neemt u voor vragen contact op met
het algemene nummer 14 0591.
""",
    },
    {
        "id": "d111-wzg-06", "kind": "other", "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "groupwise",
        "sender": "Bernadette Custers <b.custers@werkorganisatie-horst.nl>",
        "body": """
Dank voor het doorgeven.

B. Custers
""",
    },
    {
        "id": "d111-wzg-07", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "notes",
        "sender": "Albert Zuidema <a.zuidema@ommelanden-werkt.nl>",
        "body": """
Op 18 maart zit ik in Den Haag. Mijn collega Gert Dijkstra (g.dijkstra@ommelanden-werkt.nl) neemt mijn plek op de
wachtlijst over.

Albert Zuidema
""",
    },
    {
        "id": "d111-wzg-08", "kind": "unsubscribe", "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "notes-wrote",
        "sender": "Jos Heijnen <j.heijnen@werkorganisatie-bladel.nl>",
        "body": """
Per 15 maart vertrek ik bij de werkorganisatie. U kunt mij van de wachtlijst en uit het netwerk schrappen.

Jos Heijnen
""",
    },
    {
        "id": "d111-wzg-09", "kind": "rsvp", "attending": False, "thread": "invitation",
        "quote": "none",
        "subject": "RE: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Marianne Wolf <m.wolf@werkorganisatie-twenterand.nl>",
        "body": """
> Er is iets veranderd aan het Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid":
> - datum en tijd: donderdag 18 maart 2027, 14.00 tot 17.30 uur (was: donderdag 11 maart 2027, 14.00 tot
> 17.30 uur)

Dan heb ik raadsvergadering. Ik kom dus niet.

> - plaats: Provinciehuis, Pythagoraslaan 101, Utrecht (was: Stadskantoor)

Marianne Wolf
""",
    },
    {
        "id": "d111-wzg-10", "kind": "other", "thread": "invitation",
        "quoted": "wijziging_atelier", "quote": "outlook-lijn",
        "sender": "Stijn Verkerk <s.verkerk@werkorganisatie-molenlanden.nl>",
        "body": """
In uw mail staat onder 'Wanneer' nog 11 maart in het Stadskantoor, maar bovenaan 18 maart in het Provinciehuis.
Wat klopt er nu?

Stijn Verkerk
""",
    },
    {
        "id": "d111-wzg-11", "kind": "rsvp", "attending": False, "thread": None,
        "quoted": "wijziging_atelier", "quote": "doorgestuurd",
        "subject": "FW: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "sender": "Hester Vlug <h.vlug@gemeente.nl>",
        "body": """
Door de verschuiving lukt het me niet meer: op 18 maart heb ik de regiegroep. Haalt u mij maar van de
wachtlijst.

Hester Vlug
""",
    },
    # ------------------------------------------------------------------ afmelding_bevestigd (goodbye)
    {
        "id": "d111-afm-01", "kind": "subscribe", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-nl",
        "sender": "Carolien Buijs <c.buijs@werkorganisatie-hof-van-twente.nl>",
        "body": """
lid blijven
""",
    },
    {
        "id": "d111-afm-02", "kind": "subscribe", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "gmail",
        "sender": "Daan Verstegen <daan.verstegen@gmail.com>",
        "body": """
Oeps, dit was een vergissing. Ik wilde alleen het atelier van maart afzeggen, niet mijn lidmaatschap opzeggen.
Ik blijf graag lid!

Daan
""",
    },
    {
        "id": "d111-afm-03", "kind": "other", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "apple",
        "sender": "Hennie Wolterink <h.wolterink@werkorganisatie-oost-achterhoek.nl>",
        "body": """
Dank voor alles en het ga jullie goed. Ik heb veel aan het netwerk gehad.

Hennie

Verstuurd vanaf mijn iPhone
""",
    },
    {
        "id": "d111-afm-04", "kind": "unsubscribe", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "groupwise",
        "sender": "Kees Verhoeven <k.verhoeven@werkorganisatie-dvm.nl>",
        "body": """
Mijn opvolger als directeur is Annelies Vos. Zij begint op 1 mei en neemt graag mijn plek in het netwerk over:
a.vos@werkorganisatie-dvm.nl.

Kees Verhoeven
""",
    },
    {
        "id": "d111-afm-05", "kind": "other", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "notes",
        "sender": "Yolande Peters <y.peters@werkorganisatie-maas-en-waal.nl>",
        "body": """
Mijn opvolger begint in mei. Ik heb haar uw adres gegeven; zij meldt zich zelf wel bij u.

Yolande Peters
""",
    },
    {
        "id": "d111-afm-06", "kind": "unsubscribe", "erase": True, "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-en",
        "sender": "mr. drs. F.A. Hendrikse <f.hendrikse@werkorganisatie-schouwen.nl>",
        "body": """
Geachte heer, mevrouw,

Graag verwijdert u ook al mijn persoonsgegevens uit uw administratie, zoals bedoeld in artikel 17 van de
Algemene verordening gegevensbescherming. Ik ontvang graag een bevestiging zodra dat is gebeurd.

Hoogachtend,
mr. drs. F.A. Hendrikse
""",
    },
    {
        "id": "d111-afm-07", "kind": "other", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "notes-wrote",
        "sender": "Ronald Weijers <r.weijers@werkorganisatie-sittard-oost.nl>",
        "body": """
Welke gegevens bewaren jullie nu nog van mij? Graag een overzicht.

Ronald Weijers
""",
    },
    {
        "id": "d111-afm-08", "kind": "autoreply", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "ongemarkeerd",
        "subject": "Afwezig: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "sender": "Marja Kloosterman <m.kloosterman@werkorganisatie-ooststellingwerf.nl>",
        "body": """
Ik ben met verlof tot en met 3 juni. Uw e-mail wordt na mijn terugkomst behandeld. Voor dringende zaken kunt u
bellen met 0516 - 56 60 00.
""",
    },
    {
        "id": "d111-afm-09", "kind": "other", "thread": "goodbye",
        "quoted": "afmelding_bevestigd", "quote": "outlook-lijn",
        "sender": "Sjoerd Faber <s.faber@werkorganisatie-opsterland.nl>",
        "body": """
Ik heb mij helemaal niet afgemeld! Wie heeft dat verzoek ingediend?

Sjoerd Faber
""",
    },
    {
        "id": "d111-afm-10", "kind": "subscribe", "thread": "goodbye",
        "quote": "none",
        "subject": "RE: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "sender": "Tamara Ensing <t.ensing@werkorganisatie-tynaarlo.nl>",
        "body": """
> Was dit niet uw bedoeling, of kwam het verzoek niet van u? Beantwoord dan deze e-mail met 'lid blijven'; u
> krijgt dan een bericht om uw lidmaatschap met één antwoord te bevestigen.

Lid blijven graag. Dat verzoek kwam niet van mij.

Tamara Ensing
""",
    },
    {
        "id": "d111-afm-11", "kind": "other", "thread": None,
        "quoted": "afmelding_bevestigd", "quote": "doorgestuurd",
        "subject": "FW: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "sender": "Dolf Ramaker <d.ramaker@gemeente.nl>",
        "body": """
Anja wees me op deze bevestiging. Klopt, ik stop ermee. Dank voor de fijne jaren in het netwerk.

Dolf Ramaker
""",
    },
]
