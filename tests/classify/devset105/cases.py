"""devset105: a year (2031) of mail from directors of werkorganisaties and GR's in Friesland, Groningen and Drenthe.

The writers are algemeen directeuren, gemeentesecretaris-directeuren, directeuren bedrijfsvoering and their assistants
at invented werkorganisaties and GR's in the north (Lytse Marren, Drie Terpen, Eemsgouw, Fivelboog, Ommelander
Diensten, Venekoten-Aa, De Vennen, Kanaalstreek, ...). They answer whatever mail of ours is at hand during 2031; the
quoted mails are the fixed snapshot (its dates say 2027), while the writers' own text follows this calendar:

- di 6 januari 2031: oproep thema's for the spring atelier, topics before wo 22 januari.
- di 4 februari: uitnodiging for do 20 maart 2031, 14.00-17.30, Het Tichelhûs in Leeuwarden, theme Samenwerking
  ("Grip op de gemeenschappelijke regeling"); answer before 10 maart.
- di 25 februari: wijziging: same date, now Het Posthûs in Heerenveen, 13.00-16.30.
- ma 17 maart: herinnering; do 20 maart: the atelier; di 25 maart: vervolg (thanks, verslag, topics welcome).
- di 10 juni: oproep thema's for the autumn atelier of do 6 november, topics before vr 29 augustus.
- di 16 september: uitnodiging for do 6 november, Zalencentrum De Esch in Assen, theme Dienstverlening
  ("Dichtbij blijven in een krimpregio"); answer before 24 oktober.
- di 14 oktober: annulering of 6 november (the venue fell through).
- di 21 oktober: new uitnodiging for do 27 november, 14.00-17.30, Het Brinkhuus in Assen; answer before 17 november.
- ma 24 november: herinnering; do 27 november: the atelier; di 2 december: vervolg, topics for spring 2032.
- In between, all year: confirmation requests and their reminder, welcome mails, RSVP acknowledgements (also the
  waiting list), substitutes' invitations, thanks for a suggestion and leave confirmations, each answered now and
  then. Some people recur through the year (a director who joins in January, leaves in October, returns in
  December; a retiring director and the successor he names).

Conventions this set relies on (from the brief):
- The label is what the writer asks now, not what our quoted mail was about; a later mail carries the latest answer.
- Under the call for themes, the follow-up, the thank-you for a suggestion and the welcome mail, a proposed topic is a
  suggestion, also beside a word on coming or not; a proposal about form or place of the ateliers is other.
- Themes are those of the proposed topic, not of background told before it; two themes only for a topic that
  clearly spans both, or for two topics of different themes.
- Leaving and declining in one mail is unsubscribe; declining the atelier while staying a member, or with a named
  substitute, is rsvp False. A named successor with an address is an unsubscribe (hand-over); a colleague reporting
  that someone left is other.
- An AVG erasure request is unsubscribe with erase; a request to see one's data is other.
- Signing up one named colleague with an address is subscribe; without an address, or several people, other.
  Under our goodbye "lid blijven" (or plainly joining again) is subscribe; asking who unsubscribed them is other.
- A plain denial under the confirmation mail is unsubscribe; a denial asking where we got the address is other.
- A yes on a condition, a request with a real question beside it, thanks only, complaints and an assistant's new
  mail about the director's attendance are other; an assistant answering in reply to our invitation is rsvp.
- Calendar accept/decline is rsvp; out-of-office, bounces, delay notices, read receipts, ticket systems and "address
  no longer in use" are autoreply, also when they name a colleague or successor, and carry no quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d105-001",
        "kind": "subscribe",
        "sender": "Wiebren Hettinga <w.hettinga@lytsemarren.frl>",
        "subject": "Aanmelding netwerk directeuren",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Per 1 januari ben ik gestart als algemeen directeur van Werkorganisatie Lytse Marren (de gemeenten
            Heechsein en Ketelwâld). Mijn voorganger wees mij op jullie netwerk. Ik meld me hierbij graag aan
            als lid.

            Met vriendelijke groet,

            Wiebren Hettinga
            algemeen directeur
            Werkorganisatie Lytse Marren
            T 0513 - 74 20 11
            """
        ),
    },
    {
        "id": "d105-002",
        "kind": "confirm",
        "sender": "Wiebren Hettinga <w.hettinga@lytsemarren.frl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd, dank jullie wel.

            Wiebren Hettinga
            """
        ),
    },
    {
        "id": "d105-003",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Aukje Terpstra <a.terpstra@drieterpen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Beste Stan en Melanie,

            Een onderwerp voor 20 maart: hoe houd je drie gemeenteraden betrokken bij één werkorganisatie,
            zonder dat elke raad zijn eigen informatieprotocol gaat eisen? Bij ons lopen de verwachtingen
            van de raden steeds verder uit elkaar.

            Hartelijke groet,
            Aukje Terpstra
            gemeentesecretaris-directeur Drie Terpen
            """
        ),
    },
    {
        "id": "d105-004",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Harm Boelens <h.boelens@eemsgouw.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Twee onderwerpen van onze kant:
            - krapte op de arbeidsmarkt: hoe komen we aan ICT'ers en vergunningverleners aan de rand van de provincie
            - de balie in de dorpen: wat doe je als het gemeentehuis in Warffumerland dichtgaat en inwoners toch
              iemand willen spreken

            Groeten, Harm Boelens
            Directeur Eemsgouw
            """
        ),
    },
    {
        "id": "d105-005",
        "kind": "autoreply",
        "sender": "Jelmer Kooistra <j.kooistra@munewei.frl>",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "thread": "call_for_themes",
        "quote": "none",
        "body": _(
            """
            Ik ben tot en met maandag 13 januari afwezig en lees mijn mail daarna. Voor dringende zaken kunt u
            contact opnemen met het bestuurssecretariaat, 0515 - 48 90 00.
            """
        ),
    },
    {
        "id": "d105-006",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Gerrit Jan Smeenge <gj.smeenge@brinkenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dag Stan,

            Voor het atelier zou ik graag met collega's praten over de koers op lange termijn. Onze drie
            colleges hebben elk een eigen coalitieakkoord met eigen accenten. Hoe maak je daar een meerjarige
            visie op de organisatie van die langer meegaat dan één bestuursperiode?

            Met groet,
            Gerrit Jan Smeenge
            Ambtelijke organisatie Brinkenland
            """
        ),
    },
    {
        "id": "d105-007",
        "kind": "other",
        "sender": "Roelie Mulder <r.mulder@wohunzedal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Geen onderwerp van mij, wel een wens over de opzet: zouden jullie het atelier een keer op een
            ochtend willen houden, met een lunch erbij, in plaats van 's middags? Met de terugreis naar Emmen
            ben ik na zo'n middag pas tegen achten thuis.

            Groet, Roelie
            """
        ),
    },
    {
        "id": "d105-008",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sjoukje Wijbenga <s.wijbenga@aldfean.frl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Onderwerp: generatieve AI in onze werkprocessen. Wie heeft al afspraken gemaakt over het gebruik
            door medewerkers en hoe hou je dat bij

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d105-009",
        "kind": "subscribe",
        "sender": "Femke Oldenhuis <femke.oldenhuis@kwelderland.nl>",
        "subject": "aanmelden",
        "quote": "none",
        "body": _(
            """
            Graag wil ik lid worden van het netwerk van directeuren. Ik ben directeur van GR Kwelderland.

            Femke Oldenhuis
            """
        ),
    },
    {
        "id": "d105-010",
        "kind": "confirm",
        "sender": "Tjeerd Bouwma <t.bouwma@sanwalden.frl>",
        "subject": "Antw: Herinnering: bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Excuses, deze was ondergesneeuwd in de kerstdrukte. Bij dezen bevestigd.

            Tjeerd Bouwma
            """
        ),
    },
    {
        "id": "d105-011",
        "kind": "confirm",
        "sender": "Femke Oldenhuis <femke.oldenhuis@kwelderland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja hoor, dat was ik. Een collega uit Leeuwarden tipte me, en ik vind het prachtig dat er zo'n
            netwerk bestaat voor mensen in deze rare tussenpositie tussen drie colleges. Bij dezen bevestigd!

            Femke
            """
        ),
    },
    {
        "id": "d105-012",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hylkje Sikkema <h.sikkema@trijedoarpen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goeiemoarn,

            In ús gemeenten praat in grut part fan de ynwenners Frysk. Ons onderwerp: hoe bied je
            dienstverlening echt tweetalig aan, van brieven en website tot het gesprek aan de balie en de
            telefoon? Nu hangt het ervan af wie er toevallig dienst heeft.

            Mei freonlike groetnis,
            Hylkje Sikkema
            algemien direkteur / algemeen directeur
            Werkorganisatie Trije Doarpen
            """
        ),
    },
    {
        "id": "d105-013",
        "kind": "subscribe",
        "sender": "Ineke Huizinga <i.huizinga@fivelboog.nl>",
        "subject": "Aanmelding nieuwe directeur Fivelboog",
        "quote": "none",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op 15 januari is mevrouw Grietje Snijder begonnen als algemeen directeur van Werkorganisatie
            Fivelboog. Zij wil graag lid worden van uw netwerk. Haar e-mailadres is g.snijder@fivelboog.nl.

            Met vriendelijke groet,

            Ineke Huizinga
            managementassistent directie
            Werkorganisatie Fivelboog
            """
        ),
    },
    {
        "id": "d105-014",
        "kind": "confirm",
        "sender": "Grietje Snijder <g.snijder@fivelboog.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja, klopt!
            Groet, Grietje Snijder
            """
        ),
    },
    {
        "id": "d105-015",
        "kind": "other",
        "sender": "Femke Oldenhuis <femke.oldenhuis@kwelderland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Wat een hartelijk welkom, dank jullie wel! Ik kijk ernaar uit om collega's uit het hele land
            te ontmoeten.

            Femke
            """
        ),
    },
    {
        "id": "d105-016",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Douwe Postma <d.postma@dykshoeke.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. U vraagt of ik al een onderwerp heb: jazeker. Wij zitten midden in de
            overstap naar één zaaksysteem voor vier gemeenten en dat loopt stroef. Ik hoor graag hoe collega's
            de migratie van hun werkprocessen hebben aangepakt.

            Douwe Postma
            directeur bedrijfsvoering Werkorganisatie Dykshoeke
            """
        ),
    },
    {
        "id": "d105-017",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Klaas Wierenga <k.wierenga@noorderzijlsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Zie mijn antwoord tussen de regels.

            > Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met
            > collega's bespreken?

            Huisvesting na jaren hybride werken. We hebben drie gemeentehuizen en kantoren die op vrijdag
            half leeg staan. Concentreren of spreiden?

            > Eén onderwerp per regel helpt ons bij het tellen.

            Dan is het er één :)

            Klaas Wierenga
            GR Noorderzijl Samen
            """
        ),
    },
    {
        "id": "d105-018",
        "kind": "other",
        "sender": "Pieter Nijdam <p.nijdam@westerstreek-bv.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb me nergens voor aangemeld. Wie heeft mijn adres aan u doorgegeven? Het secretariaatsadres
            dat in uw mail staat ken ik niet.

            P. Nijdam
            """
        ),
    },
    {
        "id": "d105-019",
        "kind": "unsubscribe",
        "sender": "Lammert Dijkhuis <l.dijkhuis@kanaalstreek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Ik heb mij niet aangemeld.

            L. Dijkhuis
            Werkorganisatie Kanaalstreek
            """
        ),
    },
    {
        "id": "d105-020",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Anneke Kuipers <anneke.kuipers@ommelanderdiensten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Op 20 maart zit ik met de accountant om tafel, dus ik zal er zelf niet bij zijn. Toch een
            onderwerp: de planning-en-controlcyclus van een GR waarvan de vier deelnemers elk een andere
            begrotingskalender hanteren. Hoe krijgen anderen hun begroting en jaarrekening op tijd rond?

            Met vriendelijke groet,

            Anneke Kuipers
            directeur bedrijfsvoering GR Ommelander Diensten
            """
        ),
    },
    {
        "id": "d105-021",
        "kind": "autoreply",
        "sender": "KCC gemeente Brinkveen <kcc@brinkveen.nl>",
        "subject": "Uw bericht is ontvangen [zaaknummer Z-2031-000318]",
        "headers": {"Auto-Submitted": "auto-generated"},
        "thread": "call_for_themes",
        "quote": "none",
        "body": _(
            """
            Geachte afzender,

            Hartelijk dank voor uw bericht aan de gemeente Brinkveen. Uw e-mail is geregistreerd onder
            zaaknummer Z-2031-000318. Wij streven ernaar uw bericht binnen vijf werkdagen te beantwoorden.

            Dit is een automatisch gegenereerd bericht. U kunt hierop niet reageren.
            """
        ),
    },
    {
        "id": "d105-022",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jan Harm Lubbers <jh.lubbers@dollardkwartier.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Positie in de regio: wat betekent de nieuwe regiodeal voor kleine werkorganisaties als de onze, wie
            zit waar aan tafel namens wie. Graag agenderen
            JH

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d105-023",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Aukje Terpstra <a.terpstra@drieterpen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de bevestiging. Ik wil er toch nog iets aan toevoegen:
            - de prestaties van onze dienstverlening zichtbaar maken, met een dashboard per gemeente

            Aukje
            """
        ),
    },
    {
        "id": "d105-024",
        "kind": "other",
        "sender": "Harm Boelens <h.boelens@eemsgouw.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Graag gedaan. Krijgen wij als leden ook te zien hoe de telling is uitgevallen, of alleen het
            programma dat eruit komt?

            Harm
            """
        ),
    },
    {
        "id": "d105-025",
        "kind": "other",
        "sender": "Marjan Hoekstra <m.hoekstra@wadkustdiensten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Uw mail was gericht aan de heer Sietse Jongsma. Hij is per 1 december met pensioen gegaan en
            werkt niet meer bij Wadkust Diensten. Wie hem opvolgt is nog niet bekend; de werving loopt.

            Met vriendelijke groet,
            Marjan Hoekstra
            secretariaat directie GR Wadkust Diensten
            """
        ),
    },
    {
        "id": "d105-026",
        "kind": "subscribe",
        "sender": "Ruth Alders <r.alders@lauwersrand.nl>",
        "subject": "Membership network",
        "quote": "none",
        "body": _(
            """
            Dear secretariat,

            I recently joined Werkorganisatie Lauwersrand as director of operations (I moved here from a
            shared service centre in Ghent, so my Dutch is still a work in progress). A colleague told me
            about your network and I would like to sign up as a member, using this address.

            Kind regards,
            Ruth Alders
            Director of Operations | Werkorganisatie Lauwersrand
            """
        ),
    },
    {
        "id": "d105-027",
        "kind": "confirm",
        "sender": "Ruth Alders <r.alders@lauwersrand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed, thank you!

            Ruth
            """
        ),
    },
    {
        "id": "d105-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bauke Zijlstra <b.zijlstra@marenfean.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik kom. Tot 20 maart in Leeuwarden.

            Bauke
            """
        ),
    },
    {
        "id": "d105-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Tjitske Dijkstra <t.dijkstra@terpenhof.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik kom graag en neem onze directeur bedrijfsvoering, Wouter Anema, mee. Wij zijn dus met
            z'n tweeën.

            Met vriendelijke groet,
            Tjitske Dijkstra
            algemeen directeur Werkorganisatie Terpenhof
            """
        ),
    },
    {
        "id": "d105-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Henk Scheltens <h.scheltens@vkd-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Helaas, op 20 maart vergadert ons algemeen bestuur. Volgende keer beter.

            Henk Scheltens
            Directeur Veenkoloniaal Dienstencentrum
            """
        ),
    },
    {
        "id": "d105-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Truus Veldman <t.veldman@esdorp-zuidveen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Geacht secretariaat,

            Op 20 maart ben ik met vakantie. In mijn plaats komt onze concerncontroller, Erwin Bakker
            (e.bakker@esdorp-zuidveen.nl). Hij heeft de middag al vrijgehouden.

            Met vriendelijke groet,

            drs. G.H. Veldman
            gemeentesecretaris/algemeen directeur
            Werkorganisatie Esdorp-Zuidveen
            """
        ),
    },
    {
        "id": "d105-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Oane Hiemstra <o.hiemstra@sanwalden.frl>",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &"
            " eigenheid [atelier:2027-1]"
        ),
        "thread": "invitation",
        "quote": "none",
        "body": "",
    },
    {
        "id": "d105-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marten de Haan <m.dehaan@reitdiepland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom. Mooi thema trouwens: bij ons speelt precies dat gedoe met een GR die er steeds meer
            taken bij krijgt zonder dat de raden het doorhebben. Daar praat ik graag over mee.

            Marten
            """
        ),
    },
    {
        "id": "d105-034",
        "kind": "other",
        "sender": "Lieke Brouwer <l.brouwer@zbwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik wil graag komen, maar ik moet uiterlijk om 16.00 weg voor een raadsvergadering in Zandhorst.
            Is het zinvol om dan toch te komen, of mis ik dan het belangrijkste deel? Laat maar even weten,
            dan meld ik me definitief aan.

            Lieke
            """
        ),
    },
    {
        "id": "d105-035",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wilma Koster <w.koster@reitdiepland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Roelof Eising laat ik u weten dat hij op 20 maart helaas verhinderd is, in verband
            met een werkbezoek van de commissaris van de Koning.

            Met vriendelijke groet,
            Wilma Koster
            directiesecretaresse Ambtelijke organisatie Reitdiepland
            """
        ),
    },
    {
        "id": "d105-036",
        "kind": "other",
        "sender": "Bea Smit <b.smit@lytsemarren.frl>",
        "subject": "Atelier 20 maart - dhr. Hettinga",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Dhr. Hettinga komt graag naar het atelier van 20 maart in Leeuwarden. Wilt u hem op de
            deelnemerslijst zetten? Hij neemt geen gast mee.

            Met vriendelijke groet,
            Bea Smit
            secretariaat directie Lytse Marren
            """
        ),
    },
    {
        "id": "d105-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sjoerd Haitsma <s.haitsma@aldfean.frl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ik kom graach! Oant sjen op 20 maart.

            Sjoerd Haitsma
            Aldfean
            """
        ),
    },
    {
        "id": "d105-038",
        "kind": "autoreply",
        "sender": "Johan Veenstra <j.veenstra@marenfean.nl>",
        "subject": (
            "Gelezen: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "thread": "invitation",
        "quote": "none",
        "body": _(
            """
            Uw bericht

                Aan: Johan Veenstra
                Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &
                eigenheid [atelier:2027-1]
                Verzonden: dinsdag 4 februari 2031 09:12:44 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is gelezen op dinsdag 4 februari 2031 10:03:17 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "d105-039",
        "kind": "autoreply",
        "sender": "Alida Mensinga <a.mensinga@sdg-drenthe.nl>",
        "subject": (
            "Afwezig: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "thread": "invitation",
        "quote": "none",
        "body": _(
            """
            Van 3 tot en met 14 februari ben ik met verlof. Uw mail wordt niet doorgestuurd.
            Voor spoed: 0592 - 36 55 00.

            From 3 to 14 February I am on leave. Your e-mail will not be forwarded.
            """
        ),
    },
    {
        "id": "d105-040",
        "kind": "other",
        "sender": "Jacob Venema <j.venema@kwelderland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Melanie,

            Is er bij het Tichelhûs plek om te parkeren, of kan ik beter met de trein? En is er iets te eten?
            Ik kom die dag rechtstreeks uit een overleg in Groningen.

            Groet,
            Jacob Venema
            """
        ),
    },
    {
        "id": "d105-041",
        "kind": "unsubscribe",
        "sender": "Geert Wolthuis <g.wolthuis@devennen-so.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Op 1 april ga ik met pensioen, dus 20 maart sla ik over. Dat is meteen een goed moment om mij uit
            het netwerk uit te schrijven. Ik heb er met veel plezier aan meegedaan.

            Hartelijke groet,
            Geert Wolthuis
            algemeen directeur Samenwerkingsorganisatie De Vennen
            """
        ),
    },
    {
        "id": "d105-042",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nynke Bosma <n.bosma@trijedoarpen.nl>",
        "subject": (
            "Accepted: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "thread": "invitation",
        "quote": "none",
        "body": "",
    },
    {
        "id": "d105-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frans Oosterhuis <f.oosterhuis@fivelboog.nl>",
        "subject": (
            "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &"
            " eigenheid [atelier:2027-1]"
        ),
        "thread": "invitation",
        "quote": "none",
        "body": _(
            """
            Helaas dubbel geboekt met de regiegroep.
            """
        ),
    },
    {
        "id": "d105-044",
        "kind": "rsvp",
        "attending": False,
        "sender": "Alie Nijboer <a.nijboer@kanaalstreek.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer, met de nieuwe begintijd van 13.00 uur red ik het niet: ik zit die ochtend tot half een in
            de stuurgroep in Emmen. Ik meld me dus af voor het atelier. Hopelijk tot een volgende keer!

            Alie Nijboer
            """
        ),
    },
    {
        "id": "d105-045",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rindert Visser <r.visser@munewei.frl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Heerenveen is voor mij zelfs dichterbij, dus ik blijf aangemeld.

            Rindert
            """
        ),
    },
    {
        "id": "d105-046",
        "kind": "other",
        "sender": "Hennie Wubs <h.wubs@noorderzijlsamen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik vind het eerlijk gezegd nogal laat om drie weken van tevoren zowel de locatie als de tijd om te
            gooien. Ik had mijn dag rond Leeuwarden gepland, met nog twee afspraken in de buurt. Ik kom nog
            wel, maar wil dit toch even kwijt: graag een volgende keer eerder duidelijkheid.

            Met groet,
            Hennie Wubs
            """
        ),
    },
    {
        "id": "d105-047",
        "kind": "autoreply",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.wadkustdiensten.nl>",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "quote": "none",
        "body": _(
            """
            This is the mail system at host mx2.wadkustdiensten.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <s.jongsma@wadkustdiensten.nl>: host mail.wadkustdiensten.nl[10.2.4.7] said:
                550 5.1.1 <s.jongsma@wadkustdiensten.nl>: Recipient address rejected: User
                unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d105-048",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hendrik Lanting <h.lanting@norgerhout.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja kom. Gr Hendrik

            Verzonden vanaf mijn Samsung Galaxy-smartphone.
            """
        ),
    },
    {
        "id": "d105-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "A.P. Swierstra <a.swierstra@ommelanderdiensten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar, beste Stan,

            Dank voor de uitnodiging voor het atelier op 20 maart aanstaande. Het thema spreekt mij zeer aan,
            zeker nu bij ons in het algemeen bestuur de discussie loopt over uitbreiding van het takenpakket.
            Tot mijn spijt moet ik echter verstek laten gaan: op diezelfde middag is de jaarlijkse
            bestuursconferentie van onze deelnemers, en daar kan ik als directeur moeilijk ontbreken.

            Ik hoop bij een volgende editie wel van de partij te zijn.

            Met vriendelijke groet,

            mr. drs. A.P. Swierstra
            algemeen directeur GR Ommelander Diensten

            -----
            Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt,
            wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht
            te retourneren. GR Ommelander Diensten aanvaardt geen aansprakelijkheid voor schade die voortvloeit
            uit elektronische verzending.
            """
        ),
    },
    {
        "id": "d105-050",
        "kind": "rsvp",
        "attending": False,
        "sender": "Froukje Hoogland <f.hoogland@drieterpen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas, ik kan niet. Lig met griep op bed 🤒

            Froukje
            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d105-051",
        "kind": "other",
        "sender": "Jeltje de Wit <j.dewit@wohunzedal.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik had me toch afgemeld voor donderdag? Waarom krijg ik dan een herinnering met "fijn dat u erbij
            bent"? Graag even checken wat er bij jullie op de lijst staat.

            Jeltje de Wit
            """
        ),
    },
    {
        "id": "d105-052",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frans Oosterhuis <f.oosterhuis@fivelboog.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Eerder heb ik de uitnodiging in mijn agenda afgeslagen, maar het overleg van die middag is
            verschoven. Ik kom dus toch graag op 20 maart.

            Met vriendelijke groet,
            Frans Oosterhuis
            directeur bedrijfsvoering Fivelboog
            """
        ),
    },
    {
        "id": "d105-053",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bauke Zijlstra <b.zijlstra@marenfean.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi,

            Ik had me aangemeld, maar donderdag is er een extra raadsvergadering over de begroting van de GR
            uitgeschreven. Ik moet er helaas vanaf.

            Bauke
            """
        ),
    },
    {
        "id": "d105-054",
        "kind": "rsvp",
        "attending": False,
        "sender": "Margriet Oosting <m.oosting@westerstreek-bv.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-en",
        "body": _(
            """
            Haal mij maar van de wachtlijst, het lukt toch niet meer die middag.

            Margriet Oosting
            GR Westerstreek Bedrijfsvoering
            """
        ),
    },
    {
        "id": "d105-055",
        "kind": "rsvp",
        "attending": True,
        "sender": "Erwin Bakker <e.bakker@esdorp-zuidveen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank voor de uitnodiging, ik ben er op de 20e namens Truus Veldman.

            Erwin Bakker
            concerncontroller
            """
        ),
    },
    {
        "id": "d105-056",
        "kind": "other",
        "sender": "Tjitske Dijkstra <t.dijkstra@terpenhof.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging, helemaal goed zo.

            Tjitske
            """
        ),
    },
    {
        "id": "d105-057",
        "kind": "autoreply",
        "sender": "Durk van der Meer <d.vandermeer@sanwalden.frl>",
        "subject": (
            "Automatysk antwurd: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "thread": "reminder",
        "quote": "none",
        "body": _(
            """
            Ik bin oant en mei 24 maart net op it kantoar. Jo e-mail wurdt net trochstjoerd.
            Ik ben tot en met 24 maart niet op kantoor. Uw e-mail wordt niet doorgestuurd.

            Durk van der Meer
            Werkorganisatie Sânwâlden
            """
        ),
    },
    {
        "id": "d105-058",
        "kind": "unsubscribe",
        "sender": "Anne Zandstra <a.zandstra@lauwersrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 april vertrek ik naar de provincie. Mijn opvolger als algemeen directeur van Lauwersrand is
            Jorrit Kloosterman, j.kloosterman@lauwersrand.nl. Willen jullie mij afmelden en hem in mijn plaats
            lid maken? Het atelier van 20 maart laat ik dan ook aan hem.

            Groet, Anne
            """
        ),
    },
    {
        "id": "d105-059",
        "kind": "confirm",
        "sender": "Jorrit Kloosterman <j.kloosterman@lauwersrand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Klopt, ik volg Anne Zandstra op. Hierbij bevestigd.

            Met vriendelijke groet,
            Jorrit Kloosterman
            """
        ),
    },
    {
        "id": "d105-060",
        "kind": "other",
        "sender": "Anne Zandstra <a.zandstra@lauwersrand.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank jullie wel, het was een mooie tijd. Het ga jullie goed!

            Anne
            """
        ),
    },
    {
        "id": "d105-061",
        "kind": "other",
        "sender": "Nynke Bosma <n.bosma@trijedoarpen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat een goede middag was het in Heerenveen. Dank voor de organisatie en voor het snelle verslag!

            Nynke Bosma
            """
        ),
    },
    {
        "id": "d105-062",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Marten de Haan <m.dehaan@reitdiepland.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de mooie middag. In het najaar ben ik er zeker weer bij. Een onderwerp dat ik dan graag
            zou bespreken: bestuurlijke prioriteiten stellen. Wat laat je vallen als de capaciteit niet genoeg
            is voor alle ambities uit de coalitieakkoorden, en wie hakt die knoop door?

            Marten
            """
        ),
    },
    {
        "id": "d105-063",
        "kind": "other",
        "sender": "Wouter Anema <w.anema@terpenhof.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hallo,

            De link naar het verslag geeft bij mij een foutmelding (404 Not Found). Kunnen jullie het
            verslag als pdf sturen?

            Wouter Anema
            directeur bedrijfsvoering Terpenhof
            """
        ),
    },
    {
        "id": "d105-064",
        "kind": "other",
        "sender": "Sietske Rozema <s.rozema@marenfean.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Mooi verslag! Mag ik het delen met ons MT en met de drie colleges, of is het alleen voor leden
            bedoeld?

            Sietske

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d105-065",
        "kind": "suggestion",
        "themes": ["strategie", "organisatie"],
        "sender": "Egbert Tuinman <e.tuinman@sdg-drenthe.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Naar aanleiding van de discussie op 20 maart: ik zou in het najaar graag doorpraten over hoe je de
            bestuurlijke prioriteiten van vijf deelnemers vertaalt naar het sturingsconcept van je organisatie.
            Daar bleven we nu op steken.

            Egbert Tuinman
            Servicecentrum Drentse Gemeenten
            """
        ),
    },
    {
        "id": "d105-066",
        "kind": "unsubscribe",
        "sender": "Jelmer Kooistra <j.kooistra@munewei.frl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            afmelden
            """
        ),
    },
    {
        "id": "d105-067",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Hanneke Vos <hanneke.vos@reitdiepland.nl>",
        "subject": "Verzoek verwijdering persoonsgegevens",
        "quote": "none",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de AVG verzoek ik u al mijn persoonsgegevens te verwijderen uit uw
            administratie en verzendlijsten, inclusief de deelnemerslijsten van eerdere bijeenkomsten. Graag
            ontvang ik een bevestiging zodra dit is gebeurd.

            Met vriendelijke groet,

            H. Vos
            """
        ),
    },
    {
        "id": "d105-068",
        "kind": "other",
        "sender": "Bert Kamminga <b.kamminga@eemsgouw.nl>",
        "subject": "Inzageverzoek AVG",
        "quote": "none",
        "body": _(
            """
            Goedendag,

            Welke persoonsgegevens hebben jullie van mij vastgelegd, en van wie hebben jullie die gekregen?
            Ik ontvang graag een overzicht, conform mijn recht op inzage onder de AVG.

            Bert Kamminga
            Werkorganisatie Eemsgouw
            """
        ),
    },
    {
        "id": "d105-069",
        "kind": "unsubscribe",
        "sender": "Geert Wolthuis <g.wolthuis@devennen-so.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de snelle afhandeling. U vraagt naar mijn opvolger: dat wordt per 1 april Marleen
            Drenth, m.drenth@devennen-so.nl. Zij weet ervan en verwacht uw bericht.

            Geert
            """
        ),
    },
    {
        "id": "d105-070",
        "kind": "confirm",
        "sender": "Marleen Drenth <m.drenth@devennen-so.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw Drenth, die deze week nog op vakantie is, bevestig ik haar aanmelding.

            Met vriendelijke groet,
            Dieuwke Bos
            managementondersteuning De Vennen
            """
        ),
    },
    {
        "id": "d105-071",
        "kind": "subscribe",
        "sender": "Hiske Reitsma <h.reitsma@dykshoeke.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dit klopt niet: ik wilde me alleen afmelden voor het atelier van 20 maart, niet voor het netwerk.
            Lid blijven dus, graag.

            Hiske Reitsma
            """
        ),
    },
    {
        "id": "d105-072",
        "kind": "other",
        "sender": "Jurjen Bergsma <j.bergsma@aldfean.frl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb nooit gevraagd om afgemeld te worden. Van wie kwam dit verzoek? Ik wil eerst weten wat hier
            is gebeurd voordat ik verder iets doe.

            J. Bergsma
            """
        ),
    },
    {
        "id": "d105-073",
        "kind": "subscribe",
        "sender": "Bart Hofman <b.hofman@wierdenland.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom! Mijn collega Ingeborg Smeding, directeur bedrijfsvoering bij Wierdenland,
            wil ook graag lid worden. Haar adres is i.smeding@wierdenland.nl.

            Bart Hofman
            """
        ),
    },
    {
        "id": "d105-074",
        "kind": "confirm",
        "sender": "Ingeborg Smeding <i.smeding@wierdenland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding.

            Met vriendelijke groet,

            Ingeborg Smeding
            Directeur Bedrijfsvoering
            Werkorganisatie Wierdenland | Postbus 44 | 9950 AA Eemsterhoorn
            www.wierdenland.nl

            Aan dit bericht kunnen geen rechten worden ontleend. Werkorganisatie Wierdenland werkt voor de
            gemeenten Eemsterhoorn en Dollardzijl.
            """
        ),
    },
    {
        "id": "d105-075",
        "kind": "other",
        "sender": "Tineke Prins <t.prins@marenfean.nl>",
        "subject": "Aanmelden clustermanagers",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Graag meld ik ook de drie clustermanagers van onze werkorganisatie aan voor het netwerk: Jelle Post,
            Ans Kampen en Ruben Sikkema. Zij zijn formeel geen directeur, maar maken wel deel uit van ons
            directieteam.

            Met vriendelijke groet,
            Tineke Prins
            gemeentesecretaris-directeur Mar en Fean
            """
        ),
    },
    {
        "id": "d105-076",
        "kind": "other",
        "sender": "Gretha Brouwer <g.brouwer@kanaalstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "subject": (
            "Antw: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\""
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            Kunt u onze nieuwe gemeentesecretaris, mevrouw Hilde Zwart, ook op de lijst zetten? Zij begint op
            1 juni en ik denk dat dit netwerk haar goed van pas komt.

            Gretha Brouwer
            """
        ),
    },
    {
        "id": "d105-077",
        "kind": "unsubscribe",
        "sender": "Evert Middel <e.middel@brinkenland.nl>",
        "subject": "uitschrijven",
        "quote": "none",
        "body": _(
            """
            Wil mij graag uitschrijven aub. Gr. Evert

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d105-078",
        "kind": "subscribe",
        "sender": "Marco Kalsbeek <m.kalsbeek@zbwerkt.nl>",
        "subject": "Aanmelden",
        "quote": "none",
        "body": _(
            """
            Hallo, graag aanmelden voor het directeurennetwerk. Ik ben sinds mei algemeen directeur van
            ZB Werkt (Zandhorst-Beilerveld).

            Marco

            Outlook voor Android downloaden
            """
        ),
    },
    {
        "id": "d105-079",
        "kind": "confirm",
        "sender": "Marco Kalsbeek <m.kalsbeek@zbwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja 👍
            """
        ),
    },
    {
        "id": "d105-080",
        "kind": "subscribe",
        "sender": "Reinder Sloot <r.sloot@wadkustdiensten.nl>",
        "subject": "Aanmelding lidmaatschap",
        "quote": "none",
        "body": _(
            """
            Geacht secretariaat,

            Sinds 1 mei ben ik algemeen directeur van GR Wadkust Diensten, als opvolger van Sietse Jongsma.
            Ik meld mij graag aan als lid van het netwerk.

            Met vriendelijke groet,

            Reinder Sloot
            algemeen directeur
            GR Wadkust Diensten
            Havenweg 12, Lytsebuorren
            T 0519 - 33 10 40

            DISCLAIMER: De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de
            geadresseerde. Gebruik door anderen is niet toegestaan.
            """
        ),
    },
    {
        "id": "d105-081",
        "kind": "confirm",
        "sender": "Reinder Sloot <r.sloot@wadkustdiensten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            ja
            """
        ),
    },
    {
        "id": "d105-082",
        "kind": "other",
        "sender": "Klaas Wierenga <k.wierenga@noorderzijlsamen.nl>",
        "subject": "Wijziging e-mailadres",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Per 1 juli gaan GR Noorderzijl Samen en GR Kwelderland samen verder onder de naam Noorderkwelder.
            Mijn mailadres wordt dan k.wierenga@noorderkwelder.nl. Wilt u dat in uw administratie aanpassen?
            Het oude adres blijft nog een half jaar werken.

            Met vriendelijke groet,
            Klaas Wierenga
            """
        ),
    },
    {
        "id": "d105-083",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Reinder Sloot <r.sloot@wadkustdiensten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie, beste Stan,

            Voor 6 november: klantcontact via WhatsApp en chat. Inwoners van de eilanden verwachten binnen een
            uur antwoord. Hoe meten collega's de kwaliteit van die kanalen, en wie is er eigenaar van?

            Met vriendelijke groet,
            Reinder Sloot
            """
        ),
    },
    {
        "id": "d105-084",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Wolter Boerema <w.boerema@westerstreek-bv.nl>",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Onderwerp: wat doe je als één van de deelnemende gemeenten uit de GR wil stappen? Bij ons heeft
            een raad vorige maand een motie aangenomen om uittreding te onderzoeken. Ik ben benieuwd hoe
            anderen zo'n traject met de andere partners hebben doorlopen.

            Wolter Boerema
            directeur GR Westerstreek Bedrijfsvoering
            """
        ),
    },
    {
        "id": "d105-085",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ruth Alders <r.alders@lauwersrand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan and Melanie,

            A topic for November: information security after a ransomware attack. One of our partner
            municipalities was hit last year and we are still rebuilding. I would like to hear how other
            shared service organisations set up their CISO role and incident response across several
            municipalities.

            Best, Ruth
            """
        ),
    },
    {
        "id": "d105-086",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Bea Smit <b.smit@lytsemarren.frl>",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "body": _(
            """
            Beste secretariaat,

            Hierbij namens Wiebren Hettinga een onderwerp voor het atelier van 6 november: de toekomst van
            onze werkorganisatie op de lange termijn. Hoe ziet een ambtelijke fusie er over tien jaar uit, als
            het inwonertal blijft dalen en het Rijk steeds meer taken bij gemeenten neerlegt?

            Met vriendelijke groet,
            Bea Smit
            secretariaat directie Lytse Marren
            """
        ),
    },
    {
        "id": "d105-087",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Annemieke Jonker <a.jonker@venekotenaa.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Eerst wat achtergrond. Wij zijn dit voorjaar begonnen met een forse reorganisatie: van vier
            sectoren naar een netwerkorganisatie met zes domeinen, een nieuw sturingsconcept en minder
            leidinggevenden. Dat vraagt veel van iedereen en we zijn er nog lang niet.

            Waar ik in het najaar graag met collega's over zou praten, is iets anders: hoe meten wij wat
            inwoners van onze dienstverlening merken? We hebben KPI's op doorlooptijden, maar geen idee of
            inwoners van Aaldermoer zich nu beter geholpen voelen dan drie jaar geleden.

            Hartelijke groet,
            Annemieke Jonker
            directeur bedrijfsvoering Werkorganisatie Venekoten-Aa
            """
        ),
    },
    {
        "id": "d105-088",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Reinder Sloot <r.sloot@wadkustdiensten.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-en",
        "body": _(
            """
            Vergeten in mijn vorige mail, nog een tweede:
            - de verhouding tussen onze GR en de veiligheidsregio en de GGD: wie vertegenwoordigt de
              gemeenten waar, en hoe voorkom je dat wij als werkorganisatie ertussen komen te zitten?

            Reinder
            """
        ),
    },
    {
        "id": "d105-089",
        "kind": "autoreply",
        "sender": "Grietje Snijder <g.snijder@fivelboog.nl>",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
        "thread": "call_for_themes",
        "quote": "none",
        "body": _(
            """
            Dank voor uw bericht. Ik ben met verlof van 9 tot en met 27 juni 2031 en lees in die periode mijn
            mail niet.

            Voor zaken die niet kunnen wachten:
            - bestuurlijke zaken: Frans Oosterhuis, f.oosterhuis@fivelboog.nl
            - agenda en secretariaat: Ineke Huizinga, 0596 - 25 70 00

            Met vriendelijke groet,
            Grietje Snijder
            """
        ),
    },
    {
        "id": "d105-090",
        "kind": "autoreply",
        "sender": "A.P. Swierstra <a.swierstra@ommelanderdiensten.nl>",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027"
            " [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "thread": "call_for_themes",
        "quote": "none",
        "body": _(
            """
            Per 1 juni 2031 ben ik met pensioen. Deze mailbox wordt niet meer gelezen.

            Voor GR Ommelander Diensten kunt u terecht bij mijn opvolger, Anneke Kuipers
            (anneke.kuipers@ommelanderdiensten.nl), of bij het algemene adres info@ommelanderdiensten.nl.
            """
        ),
    },
    {
        "id": "d105-091",
        "kind": "unsubscribe",
        "sender": "Daniel Hoekman <d.hoekman@dollardkwartier.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            Please unsubscribe me from this mailing list. As of 1 July I will no longer be with Dollardkwartier;
            I am moving to a job in Hamburg.

            Regards,
            Daniel Hoekman
            """
        ),
    },
    {
        "id": "d105-092",
        "kind": "unsubscribe",
        "sender": "Sybren Kingma <s.kingma@trijedoarpen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dit is alweer de zoveelste mail van jullie. Haal me van de lijst, ik heb geen tijd voor dit soort
            netwerken.

            S. Kingma
            """
        ),
    },
    {
        "id": "d105-093",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Henk Scheltens <h.scheltens@vkd-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Ik weet dat de termijn al voorbij is (vakantie...), maar mocht er nog ruimte zijn: de gezamenlijke
            inkoop van jeugdzorg en Wmo met de buurgemeenten in de regio. Wie trekt, wie betaalt, en hoe houd je
            de kleine gemeenten aan boord?

            Henk
            """
        ),
    },
    {
        "id": "d105-094",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Johan Veenstra <j.veenstra@marenfean.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi beiden,

            Mijn onderwerp: uitvoerder of strategisch partner? Ik wil het hebben over de lange termijn visie
            op onze rol: blijven we vooral de uitvoeringsorganisatie van twee colleges, of groeien we naar een
            organisatie die zelf de inhoudelijke agenda mee bepaalt?

            groet Johan
            """
        ),
    },
    {
        "id": "d105-095",
        "kind": "other",
        "sender": "Gerrit Jan Smeenge <gj.smeenge@brinkenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dag Stan,

            Geen thema, wel een aanbod: wij openen in september ons verbouwde gemeentehuis in Brinkveen en
            zouden het atelier van 6 november graag daar ontvangen. Zaal voor 40 personen, goed bereikbaar
            vanaf de A28. Bel me gerust als jullie dat zien zitten.

            Gerrit Jan
            """
        ),
    },
    {
        "id": "d105-096",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wolter Boerema <w.boerema@westerstreek-bv.nl>",
        "subject": (
            "Antw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Helaas. Op 6 november is de begrotingsbehandeling in Warffumerland.

            Wolter Boerema
            """
        ),
    },
    {
        "id": "d105-097",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ineke Huizinga <i.huizinga@fivelboog.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Snijder komt graag naar het atelier in Assen, zonder gast. Ik heb het in haar agenda gezet.

            Met vriendelijke groet,
            Ineke Huizinga
            managementassistent directie Fivelboog
            """
        ),
    },
    {
        "id": "d105-098",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ruth Alders <r.alders@lauwersrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, I'll be there on 6 November, and I'm bringing one guest: our new CISO, Tom Bakker.

            Ruth
            """
        ),
    },
    {
        "id": "d105-099",
        "kind": "rsvp",
        "attending": False,
        "sender": "Kees van Dalen-Morris <k.vandalen@kwelderland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan,

            Unfortunately I won't be able to make it on the 6th; I'll be at a conference in Copenhagen that
            week. Hope to join next time.

            Best regards,
            Kees van Dalen-Morris
            """
        ),
    },
    {
        "id": "d105-100",
        "kind": "unsubscribe",
        "sender": "Egbert Tuinman <e.tuinman@sdg-drenthe.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Na zeven jaar SDG stop ik per 1 november. Het atelier van 6 november valt dus buiten mijn
            diensttijd, en het netwerk heeft voor mij daarna geen zin meer. Wil je mij uitschrijven? Wie mij
            opvolgt is nog niet bekend.

            Groet, Egbert
            """
        ),
    },
    {
        "id": "d105-101",
        "kind": "other",
        "sender": "Anke Meijering <a.meijering@kanaalstreek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Beste secretariaat,

            Ik kom graag, op voorwaarde dat ik onze regiocoördinator van de GGD mag meenemen. Zij is geen
            directeur van een werkorganisatie, maar het thema gaat haar wel aan. Kan dat?

            Anke Meijering
            """
        ),
    },
    {
        "id": "d105-102",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jeltje de Wit <j.dewit@wohunzedal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Graag afmelden voor het atelier van 6 november. Lid blijf ik uiteraard, maar die dag lukt niet.

            Jeltje de Wit
            Werkorganisatie Hunzedal
            """
        ),
    },
    {
        "id": "d105-103",
        "kind": "other",
        "sender": "Harm Boelens <h.boelens@eemsgouw.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo Stan en Melanie,

            Per 1 oktober ben ik geen directeur meer bij Eemsgouw; ik word bestuursadviseur bij de provincie.
            Mag ik als oud-lid nog naar het atelier van 6 november komen? Het thema ligt dicht bij mijn nieuwe
            werk.

            Groet, Harm
            """
        ),
    },
    {
        "id": "d105-104",
        "kind": "other",
        "sender": "Sjoerd Haitsma <s.haitsma@aldfean.frl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "apple",
        "body": _(
            """
            Spitich! Is er al een nieuwe datum? Dan blok ik hem meteen.

            Sjoerd
            """
        ),
    },
    {
        "id": "d105-105",
        "kind": "unsubscribe",
        "sender": "Tjeerd Bouwma <t.bouwma@sanwalden.frl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Jammer dat het niet doorgaat. Eerlijk gezegd is dit voor mij het moment om te stoppen: ik meld mij
            af als lid van het netwerk. Dank voor de goede bijeenkomsten.

            Tjeerd
            """
        ),
    },
    {
        "id": "d105-106",
        "kind": "autoreply",
        "sender": "Harm Boelens <h.boelens@eemsgouw.nl>",
        "subject": "Automatisch antwoord: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "thread": "invitation",
        "quote": "none",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Uw bericht is niet doorgestuurd.
            Voor Werkorganisatie Eemsgouw kunt u mailen naar info@eemsgouw.nl.
            """
        ),
    },
    {
        "id": "d105-107",
        "kind": "other",
        "sender": "Marleen Drenth <m.drenth@devennen-so.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik had mijn agenda voor 6 november al vrijgemaakt en daarvoor een afspraak met een externe partij
            verzet. Wat is de reden van de annulering? Drie weken van tevoren afzeggen met één zin uitleg vind
            ik wat mager.

            Met vriendelijke groet,
            Marleen Drenth
            algemeen directeur De Vennen
            """
        ),
    },
    {
        "id": "d105-108",
        "kind": "rsvp",
        "attending": False,
        "sender": "Reinder Sloot <r.sloot@wadkustdiensten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Op 6 november had ik gekund, op 27 november helaas niet: dan zit ik de hele dag in Den Haag
            voor het Waddenoverleg. Ik moet deze dus aan mij voorbij laten gaan.

            Reinder Sloot
            """
        ),
    },
    {
        "id": "d105-109",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wolter Boerema <w.boerema@westerstreek-bv.nl>",
        "subject": (
            "Antw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Voor 6 november moest ik afzeggen, maar op 27 november kan ik wel. Zet u mij op de lijst?

            Wolter
            """
        ),
    },
    {
        "id": "d105-110",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jorrit Kloosterman <j.kloosterman@lauwersrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik ben zelf verhinderd, maar onze directeur bedrijfsvoering, Geesje Pol (g.pol@lauwersrand.nl),
            komt graag in mijn plaats.

            Jorrit Kloosterman
            """
        ),
    },
    {
        "id": "d105-111",
        "kind": "rsvp",
        "attending": True,
        "sender": "Geesje Pol <g.pol@lauwersrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-en",
        "body": _(
            """
            Leuk, ik ben erbij!

            Met vriendelijke groet,
            Geesje Pol
            """
        ),
    },
    {
        "id": "d105-112",
        "kind": "autoreply",
        "sender": "Jan Harm Lubbers <jh.lubbers@dollardkwartier.nl>",
        "subject": "Afwezig",
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "thread": "invitation",
        "quote": "none",
        "body": _(
            """
            Ik ben afwezig tot en met 31 oktober. Uw mail lees ik daarna.
            """
        ),
    },
    {
        "id": "d105-113",
        "kind": "autoreply",
        "sender": "Microsoft Outlook <postmaster@vkd-gr.nl>",
        "subject": (
            "Vertraagd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-generated"},
        "quote": "none",
        "body": _(
            """
            Bezorging vertraagd voor deze ontvangers of groepen:

            Henk Scheltens (h.scheltens@vkd-gr.nl)

            Dit bericht is nog niet bezorgd. We proberen het opnieuw. U hoeft niets te doen.

            De server heeft het bericht tot nu toe 23 uur en 15 minuten lang niet kunnen bezorgen. Bezorging
            wordt nog 24 uur geprobeerd.
            """
        ),
    },
    {
        "id": "d105-114",
        "kind": "autoreply",
        "sender": "Servicedesk Kanaalstreek <servicedesk@kanaalstreek.nl>",
        "subject": (
            "[#INC-88213] RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &"
            " eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "thread": "invitation",
        "quote": "none",
        "body": _(
            """
            Beste melder,

            Uw verzoek is ontvangen door de servicedesk van Werkorganisatie Kanaalstreek en geregistreerd onder
            referentie INC-88213. Een medewerker neemt zo snel mogelijk contact met u op.

            Wilt u iets toevoegen? Antwoord dan op deze e-mail en laat het referentienummer in het onderwerp
            staan.

            Servicedesk Kanaalstreek
            """
        ),
    },
    {
        "id": "d105-115",
        "kind": "subscribe",
        "sender": "Cor Mellema <c.mellema@sdg-drenthe.nl>",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemiddag,

            Ons secretariaat stuurde mij deze uitnodiging door; die was nog aan mijn voorganger Egbert Tuinman
            gericht. Sinds 1 november ben ik directeur van het Servicecentrum Drentse Gemeenten. Ik word graag
            lid van het netwerk, op dit adres.

            Met vriendelijke groet,
            Cor Mellema
            """
        ),
    },
    {
        "id": "d105-116",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bart Hofman <b.hofman@wierdenland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik kom donderdag, en ik neem onze nieuwe strateeg mee. Dus met 1 gast.

            Bart
            """
        ),
    },
    {
        "id": "d105-117",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annemarie Bolt <a.bolt@esdorp-zuidveen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank voor de uitnodiging, maar ik kan helaas ook niet op 27 november. Ik heb het Truus al laten
            weten.

            Annemarie Bolt
            """
        ),
    },
    {
        "id": "d105-118",
        "kind": "other",
        "sender": "Gretha Brouwer <g.brouwer@kanaalstreek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "subject": "Antw: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Is Het Brinkhuus goed toegankelijk met een rolstoel? Ik kom samen met een collega die in een
            rolstoel zit en wil voorkomen dat we bij de ingang vastlopen.

            Gretha Brouwer
            """
        ),
    },
    {
        "id": "d105-119",
        "kind": "other",
        "sender": "Kees van Dalen-Morris <k.vandalen@kwelderland.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-en",
        "body": _(
            """
            Hi,

            I see I'm second on the waiting list for the 27th. How likely is it that a place opens up? If the
            chances are slim I'd rather plan something else that afternoon.

            Kees
            """
        ),
    },
    {
        "id": "d105-120",
        "kind": "other",
        "sender": "Roelof Eising <r.eising@reitdiepland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Stan, kun je me even bellen over donderdag? 06 - 48 21 93 07. Roelof

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d105-121",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marleen Drenth <m.drenth@devennen-so.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de fijne middag in Assen, het was de reis waard.

            Voor het voorjaar zou ik graag de inhuur willen agenderen: onze flexibele schil is in drie jaar
            verdubbeld en kost inmiddels meer dan de vaste formatie van twee afdelingen. Hoe krijgen collega's
            dat weer in de hand?

            Marleen
            """
        ),
    },
    {
        "id": "d105-122",
        "kind": "other",
        "sender": "Sietske Rozema <s.rozema@marenfean.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Een tip voor de volgende keer, over de vorm: meer tijd voor intervisie in kleine groepjes en minder
            plenair. Juist in die tafelgesprekken haalde ik het meeste op.

            Sietske
            """
        ),
    },
    {
        "id": "d105-123",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Froukje Hoogland <f.hoogland@drieterpen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            In het voorjaar ben ik er niet bij (sabbatical, eindelijk!), maar agendeer alsjeblieft dit
            onderwerp: dienstverlening aan laaggeletterde inwoners. Onze brieven zijn nog steeds te moeilijk,
            en het digitale loket helpt deze groep eerder weg dan vooruit.

            Groetjes, Froukje
            """
        ),
    },
    {
        "id": "d105-124",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Bert Kamminga <b.kamminga@eemsgouw.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Per 1 januari ga ik weg bij Eemsgouw. Wilt u dan al mijn gegevens verwijderen, ook mijn naam uit
            het verslag en van de deelnemerslijsten? Ik wil na mijn vertrek niet meer benaderd worden.

            Met vriendelijke groet,
            Bert Kamminga
            """
        ),
    },
    {
        "id": "d105-125",
        "kind": "other",
        "sender": "Sjoukje Wijbenga <s.wijbenga@aldfean.frl>",
        "subject": "Verlof en uitnodigingen",
        "quote": "none",
        "body": _(
            """
            Beste Stan en Melanie,

            Vanaf half december ben ik met zwangerschapsverlof, tot 1 mei 2032. Mijn collega Janneke Sterk
            (j.sterk@aldfean.frl) neemt in die periode mijn taken waar. Willen jullie de uitnodigingen tot
            mijn terugkomst naar haar sturen? Daarna graag weer naar mij.

            Hartelijke groet,
            Sjoukje Wijbenga
            """
        ),
    },
    {
        "id": "d105-126",
        "kind": "subscribe",
        "sender": "Jitske Hoogeveen <j.hoogeveen@dykshoeke.nl>",
        "subject": "Oanmelding / aanmelding",
        "quote": "none",
        "body": _(
            """
            Goeie,

            Ik wol my graach oanmelde foar it netwurk fan direkteuren. Ik bin sûnt novimber adjunkt-direkteur
            by Werkorganisatie Dykshoeke.
            (Kortom: graag aanmelden als lid.)

            Groetnis,
            Jitske Hoogeveen
            """
        ),
    },
    {
        "id": "d105-127",
        "kind": "confirm",
        "sender": "Jitske Hoogeveen <j.hoogeveen@dykshoeke.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, befêstige. Tige tank!

            Jitske
            """
        ),
    },
    {
        "id": "d105-128",
        "kind": "subscribe",
        "sender": "Tjeerd Bouwma <t.bouwma@sanwalden.frl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo Stan en Melanie,

            Na een paar weken merk ik dat ik het netwerk toch mis, vooral de gesprekken met collega's. Mag ik
            weer meedoen? Meld me maar weer aan.

            Tjeerd
            """
        ),
    },
    {
        "id": "d105-129",
        "kind": "subscribe",
        "sender": "Hessel Dijkema <hesseldijkema@gmail.com>",
        "subject": "Lid worden",
        "quote": "none",
        "body": _(
            """
            Goedenavond,

            Graag meld ik mij aan voor het netwerk, maar dan op mijn werkadres h.dijkema@kwelderland.nl en
            niet op dit privéadres. Ik ben sinds kort directeur dienstverlening bij GR Kwelderland.

            Hessel Dijkema
            """
        ),
    },
    {
        "id": "d105-130",
        "kind": "confirm",
        "sender": "Hessel Dijkema <h.dijkema@kwelderland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
]
# fmt: on
