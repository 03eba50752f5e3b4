"""heldout80: a year of mail from the directors and staff of invented werkorganisaties in the Foodvalley.

The writers work for shared civil-service organisations around Ede, Wageningen, Barneveld, Renswoude, Scherpenzeel
and Rhenen (all organisations, people and domains invented): algemeen directeuren, directeuren bedrijfsvoering,
management assistants, a British interim director and a few staff members who got our mail by mistake. The set
follows the mailbox through a year: sign-ups and confirmations in the autumn, topic suggestions on the call for themes
in December and January, answers to the invitation, the change of date and the reminder in spring, the follow-up,
leaves and hand-overs in the summer, and the machines (out-of-office, a ticket system, a read receipt, bounces).
Registers run from stiff to chatty, with phone mails, disclaimers, inline answers and some English.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a later mail carries the latest answer about coming;
- under the call, the follow-up, the thank-you, the welcome or the invitation a proposed topic is a suggestion,
  with the themes of what is proposed only; backing someone else's topic, asking to present, and ideas about the
  form of the atelier are other;
- a decline that keeps the membership, or one with a substitute, is rsvp False; leaving and declining in one mail is
  unsubscribe; an assistant answering in reply to the invitation is rsvp, an assistant forwarding it with a line
  above it writes a new mail, which is other;
- a successor with or without an address is an unsubscribe (hand-over); a hand-over at a later date while staying a
  member until then, a colleague reporting that someone left, and an address change are other;
- a plain denial under the confirmation mail is unsubscribe, a denial asking where we got the address is other; an
  empty reply or a signature alone under the confirmation is confirm, an assistant confirming for someone else or a
  confirmation with a real question beside it is other;
- one colleague with address is subscribe; several people, or a colleague without address, is other; "lid blijven"
  under the goodbye is subscribe;
- an AVG erasure is unsubscribe with erase, also with a question beside it; a request to see one's data is other;
- a "nee" that only answers the side questions is other; a yes on a condition is other;
- calendar answers are rsvp; out-of-office, "no longer in use", tickets and read receipts are autoreply with the
  thread of our mail; delivery failures are bounce without a thread; the follow-up has its own thread, followup.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- autumn: sign-ups -------------------------------------------------------------------------------------
    {
        "id": "fv80-001",
        "kind": "subscribe",
        "sender": "Jolanda ter Haar <j.terhaar@valleikracht.nl>",
        "quote": "none",
        "subject": "Lidmaatschap directeurennetwerk",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 september ben ik directeur bedrijfsvoering bij Werkorganisatie Valleikracht, de ambtelijke
            organisatie van Barneveld en Scherpenzeel. Een collega uit Rhenen wees mij op jullie netwerk en de
            ateliers. Ik sluit me daar graag bij aan, op dit adres.

            Hartelijke groet,
            Jolanda ter Haar
            Directeur Bedrijfsvoering | Werkorganisatie Valleikracht
            Raadhuisplein 2, Barneveld
            """
        ),
    },
    {
        "id": "fv80-002",
        "kind": "subscribe",
        "sender": "Bert Wolswinkel <b.wolswinkel@binnenveldsamen.nl>",
        "quote": "none",
        "subject": "Nieuwe collega-directeur aanmelden",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 november krijgt Binnenveld Samen er een tweede directeur bij: Hanneke Zwart-Bosma, die de
            portefeuille dienstverlening en sociaal domein oppakt. Ze heeft me gevraagd haar alvast bij jullie op
            te geven; haar adres is h.zwart@binnenveldsamen.nl. Ze verheugt zich op het voorjaarsatelier.

            Groet uit Wageningen,
            Bert
            """
        ),
    },
    {
        "id": "fv80-003",
        "kind": "subscribe",
        "sender": "Owen Maddox <o.maddox@grebberijnwerkt.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Hello,

            I have just started as interim director of Grebbe-Rijn Werkt (the joint organisation of Rhenen and
            Renswoude) for the coming eighteen months. My Dutch is improving but still slow, so forgive the English.
            My predecessor spoke highly of your ateliers, and I would very much like to become a member myself.
            Please use this address.

            Kind regards,
            Owen Maddox
            Interim Director, Grebbe-Rijn Werkt
            """
        ),
    },
    {
        "id": "fv80-004",
        "kind": "subscribe",
        "sender": "Selma Kaya-Ruitenberg <s.kaya@ederheide.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Oei, dit klopt niet. Mijn secretariaat heeft bij het opschonen van mijn abonnementen te ruim
            gestreept. Lid blijven dus, graag! Ik wil het najaarsatelier niet missen.

            Selma Kaya-Ruitenberg
            gemeentesecretaris-directeur Eder Heide
            """
        ),
    },
    {
        "id": "fv80-005",
        "kind": "subscribe",
        "sender": "Gerrit-Jan Hazeleger <gj.hazeleger@gvnoord.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Zet u mij op de lijst? GJ Hazeleger, algemeen directeur WO Gelderse Vallei Noord (Nijkerk/Barneveld-
            noord). Tikt wat lastig op de trein.

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    # --- confirmations ------------------------------------------------------------------------------------------
    {
        "id": "fv80-006",
        "kind": "confirm",
        "sender": "Annemiek Hoogendoorn-Top <a.hoogendoorn@dienstvoedselvallei.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            drs. A.M. (Annemiek) Hoogendoorn-Top
            Directeur | Dienst Voedselvallei
            T 0317 - 48 12 90 | werkdagen ma t/m do

            Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, meld dit dan aan de
            afzender en verwijder het bericht. Dienst Voedselvallei aanvaardt geen aansprakelijkheid voor schade
            door het elektronisch verzenden van berichten.
            """
        ),
    },
    {
        "id": "fv80-007",
        "kind": "confirm",
        "sender": "Wim Schuurman <w.schuurman@valleikracht.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja hoor, bij dezen. Vorige week was het een gekkenhuis met de begroting, daardoor bleef die eerste
            mail liggen.
            Wim
            """
        ),
    },
    {
        "id": "fv80-008",
        "kind": "confirm",
        "sender": "Priya Raghunathan <p.raghunathan@binnenveldsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Yes, that was me - happy to confirm. Looking forward to meeting the other directors in the region.

            Priya
            """
        ),
    },
    {
        "id": "fv80-009",
        "kind": "confirm",
        "sender": "Ria Veldhuizen <r.veldhuizen@ederheide.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen, uw eerste bericht was bij ons in de quarantaine van de spamfilter beland; ICT heeft het
            er vandaag uitgevist. Ik bevestig hierbij alsnog mijn aanmelding.

            Met vriendelijke groet,
            Ria Veldhuizen
            """
        ),
    },
    {
        "id": "fv80-010",
        "kind": "confirm",
        "sender": "Teun Heijkoop <t.heijkoop@gvnoord.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Akkoord.
            T. Heijkoop
            """
        ),
    },
    {
        "id": "fv80-011",
        "kind": "other",
        "sender": "Mirjam van den Bosch <m.vandenbosch@grebberijnwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar,

            Mevrouw Kamphuis is tot en met 14 oktober met verlof en heeft mij gevraagd haar post bij te houden.
            Ik weet dat zij zich bij uw netwerk wilde aansluiten, dus hierbij bevestig ik die aanmelding namens
            haar.

            Met vriendelijke groet,
            Mirjam van den Bosch
            Managementondersteuning directie Grebbe-Rijn Werkt
            """
        ),
    },
    {
        "id": "fv80-012",
        "kind": "unsubscribe",
        "sender": "Arjen Pluimers <a.pluimers@valleikracht.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij nergens voor aangemeld. Ik ben teamleider vergunningverlening, geen directeur, dus dit is
            vast een vergissing. Wie heeft mijn naam hiervoor doorgegeven?

            Arjen Pluimers
            """
        ),
    },
    {
        "id": "fv80-013",
        "kind": "other",
        "sender": "Khadija El Ouali <k.elouali@dienstvoedselvallei.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Beste secretariaat,

            Nu krijg ik al een herinnering voor iets waar ik nooit om heb gevraagd. Ik werk op de afdeling
            Financien en ken dit netwerk niet. Kunt u mij uitleggen via welke weg mijn werkadres bij u terecht is
            gekomen?

            Khadija El Ouali
            """
        ),
    },
    {
        "id": "fv80-014",
        "kind": "other",
        "sender": "Maarten Top <m.top@hrvallei.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan,

            Bij dezen bevestigd. Wel een vraag vooraf: wij zijn formeel geen fusieorganisatie, Heuvelrug-Vallei
            werkt met een dienstverleningsovereenkomst waarbij Rhenen diensten afneemt van Veenendaal. Valt dat
            nog binnen jullie doelgroep, of zit ik hier eigenlijk verkeerd?

            Groet,
            Maarten Top
            """
        ),
    },
    # --- December / January: call for themes ------------------------------------------------------------------
    {
        "id": "fv80-015",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jolanda ter Haar <j.terhaar@valleikracht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Mijn onderwerp: van twee applicatielandschappen naar een. Barneveld en Scherpenzeel draaien nog
            steeds elk op hun eigen zaaksysteem en hun eigen financiele pakket, met dubbele licenties en twee
            beheerteams. Hoe hebben andere werkorganisaties de I&A-harmonisatie aangepakt, in welke volgorde, en
            hoe hield je het beheer overeind tijdens de migratie?

            Groet, Jolanda
            """
        ),
    },
    {
        "id": "fv80-016",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Bert Wolswinkel <b.wolswinkel@binnenveldsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            > Welk vraagstuk rond de (door)ontwikkeling van uw ambtelijke fusieorganisatie wilt u graag met
            > collega's bespreken?

            Twee dingen, zoals gevraagd een per regel:
            Strategische personeelsplanning: we verliezen jonge planologen en ICT'ers aan de WUR en aan de markt.
            Onze rol in de woondeal Foodvalley: wie spreekt namens wie, en houden Wageningen en Renswoude elk een stem?

            Bert Wolswinkel
            """
        ),
    },
    {
        "id": "fv80-017",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ria Veldhuizen <r.veldhuizen@ederheide.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Dag Stan en Melanie,

            Bij ons staat het ondernemersloket op de agenda. De agrofoodbedrijven rond Ede en Lunteren willen een
            aanspreekpunt en niet vijf afdelingen. Wie heeft ervaring met accountmanagement voor ondernemers of een
            digitaal ondernemersportaal, en hoe meet je of ondernemers er echt beter van worden?

            Ria
            """
        ),
    },
    {
        "id": "fv80-018",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Gerrit-Jan Hazeleger <gj.hazeleger@gvnoord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Voorstel: een meerjarige koers voor de werkorganisatie maken en die ook volhouden. Hoe vertaal je een
            visie op 2030 naar de jaarplannen als de bestuurlijke prioriteiten na elke verkiezing omgooien?
            GJ

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "fv80-019",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Owen Maddox <o.maddox@grebberijnwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear both,

            A topic I would love to put forward: responsible use of generative AI in the back office. Our staff
            are already pasting council documents into public chatbots, and we have no policy, no approved tool
            and no idea how many staff hours it would really save. How are other organisations handling this?

            Best,
            Owen
            """
        ),
    },
    {
        "id": "fv80-020",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Annemiek Hoogendoorn-Top <a.hoogendoorn@dienstvoedselvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste mensen,

            Even wat achtergrond, anders is mijn vraag niet te volgen. Dienst Voedselvallei bestaat nu vier jaar.
            De verhouding met de twee colleges is goed, de raden zijn tevreden over de dienstverlening, en over de
            verdeelsleutel hebben we dit jaar eindelijk overeenstemming bereikt. Dat is allemaal niet het probleem.

            Wat knelt, is intern. We zijn gestart met een klassieke lijnstructuur met afdelingshoofden en zijn
            twee jaar geleden overgestapt op zelforganiserende teams met een kleine directie erboven. De teams
            varen wel, maar niemand voelt zich nog eigenaar van de dwarsverbanden en de managementinformatie
            komt nergens meer samen.

            Dat zou ik graag met collega's bespreken: welk sturingsconcept past bij een werkorganisatie van onze
            omvang (ca. 450 fte), en hoe richt je de rol van de directie in als er geen middenmanagement meer is?

            Hartelijke groet,
            Annemiek Hoogendoorn
            """
        ),
    },
    {
        "id": "fv80-021",
        "kind": "other",
        "sender": "Teun Heijkoop <t.heijkoop@gvnoord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Ik heb gezien dat Barneveld de arbeidsmarkt als onderwerp heeft ingebracht. Daar sluit ik me graag bij
            aan, wij lopen tegen precies hetzelfde aan. Tel mij maar als extra stem voor dat voorstel.

            Teun
            """
        ),
    },
    {
        "id": "fv80-022",
        "kind": "unsubscribe",
        "sender": "Henk Roseboom <h.roseboom@hrvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Geen thema's van mijn kant dit keer: per 1 maart stop ik bij Heuvelrug-Vallei en ga ik naar de
            provincie. Wilt u mij van de ledenlijst halen? Mijn opvolger wordt Ilse Brouwer; zij begint pas in
            april en haar mailadres is nog niet aangemaakt.

            Met vriendelijke groet,
            Henk Roseboom
            """
        ),
    },
    {
        "id": "fv80-023",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bert Wolswinkel <b.wolswinkel@binnenveldsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "notes-wrote",
        "body": _(
            """
            Nog een aanvulling: hybride werken en huisvesting. We hebben twee gemeentehuizen en een
            servicecentrum, op vrijdag zit er in alle drie bijna niemand. Afstoten, delen met de
            woningcorporatie, of juist investeren in ontmoetingsplekken?

            B.
            """
        ),
    },
    {
        "id": "fv80-024",
        "kind": "other",
        "sender": "Selma Kaya-Ruitenberg <s.kaya@ederheide.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan,

            Inhoudelijk heb ik geen nieuw onderwerp, maar wel een wens voor de opzet: zou een atelier eens in de
            regio kunnen in plaats van in Utrecht? Bijvoorbeeld op de campus in Wageningen of in de Reehorst in
            Ede, en dan liever in de ochtend, zodat we 's middags terug op kantoor zijn.

            Selma
            """
        ),
    },
    # --- February / March: invitation, change, reminder -------------------------------------------------------
    {
        "id": "fv80-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jolanda ter Haar <j.terhaar@valleikracht.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom! Het thema is precies waar Barneveld en Scherpenzeel nu mee worstelen.

            Jolanda
            """
        ),
    },
    {
        "id": "fv80-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ria Veldhuizen <r.veldhuizen@ederheide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas, 11 maart vergadert de raad van Renswoude over de kadernota en daar moet ik bij zijn. Volgende
            keer beter.

            Ria
            """
        ),
    },
    {
        "id": "fv80-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bert Wolswinkel <b.wolswinkel@binnenveldsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan,

            Zelf zit ik die week in Brussel. In mijn plaats gaat onze concerncontroller Wendy Schoonderbeek,
            w.schoonderbeek@binnenveldsamen.nl; zij heeft de samenwerkingsagenda met Renswoude getrokken en kan er
            veel over vertellen.

            Groet, Bert
            """
        ),
    },
    {
        "id": "fv80-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Priya Raghunathan <p.raghunathan@binnenveldsamen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027"
            ": Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": "",
    },
    {
        "id": "fv80-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Owen Maddox <o.maddox@grebberijnwerkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Declined: Uitnodiging Leer- en inspireer-atelier 11 maart 2027"
            ": Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Sorry - I am back in the UK for a family matter that week.
            """
        ),
    },
    {
        "id": "fv80-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Astrid Bouwhuis-Meijer <a.bouwhuis@dienstvoedselvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens de heer Van Essen, directeur bedrijfsvoering, laat ik u weten dat hij op 11 maart aanwezig zal
            zijn. Ik heb het in zijn agenda gezet.

            Met vriendelijke groet,
            Astrid Bouwhuis-Meijer
            Directiesecretaresse Dienst Voedselvallei
            """
        ),
    },
    {
        "id": "fv80-031",
        "kind": "other",
        "sender": "Margreet Doornbos <m.doornbos@valleikracht.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027"
            ": Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemiddag,

            Hieronder uw uitnodiging. Wim Schuurman wil er graag bij zijn, maar hij schuift pas rond half drie aan
            omdat hij 's ochtends in Scherpenzeel een overleg met de burgemeester heeft. Kunt u hem noteren?

            Margreet Doornbos
            secretariaat directie Valleikracht
            """
        ),
    },
    {
        "id": "fv80-032",
        "kind": "other",
        "sender": "Gerrit-Jan Hazeleger <gj.hazeleger@gvnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik wil er graag bij zijn, op voorwaarde dat ik het eerste uur via Teams kan volgen en pas na de pauze
            in Utrecht aanschuif. Lukt dat met de werkvormen, of is het alles of niets? Hoor het graag voordat ik
            mijn plek claim.

            GJ
            """
        ),
    },
    {
        "id": "fv80-033",
        "kind": "other",
        "sender": "Teun Heijkoop <t.heijkoop@gvnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Nee, ik neem geen collega mee, en qua eten heb ik geen bijzondere wensen.
            T.H.
            """
        ),
    },
    {
        "id": "fv80-034",
        "kind": "other",
        "sender": "Maarten Top <m.top@hrvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Deze uitnodiging ging ook naar Jos van Ravenhorst. Jos is sinds oktober met pensioen en zijn mailbox
            wordt niet meer gelezen; ik dacht, laat ik het even melden.

            Maarten
            """
        ),
    },
    {
        "id": "fv80-035",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Selma Kaya-Ruitenberg <s.kaya@ederheide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Los van dit atelier, een onderwerp voor het najaar: na de raadsverkiezingen liggen er in Ede en
            Renswoude straks twee nieuwe coalitieakkoorden. Hoe maak je daar als directie een inhoudelijke agenda
            voor de hele raadsperiode van, met heldere bestuurlijke prioriteiten in plaats van twee
            boodschappenlijstjes?

            Selma
            """
        ),
    },
    {
        "id": "fv80-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Khadija El Ouali <k.elouali@dienstvoedselvallei.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Goed nieuws voor mij: de 18e kan ik wel, de 11e niet. Dan kom ik dus alsnog, zet u mij maar op de
            lijst voor de nieuwe datum.

            Khadija El Ouali
            plv. directeur Dienst Voedselvallei
            """
        ),
    },
    {
        "id": "fv80-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wim Schuurman <w.schuurman@valleikracht.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Haal me maar van de wachtlijst, dan maakt u iemand anders blij. Ik heb die middag inmiddels een
            raadsinformatieavond in te plannen.
            Wim
            """
        ),
    },
    {
        "id": "fv80-038",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ria Veldhuizen <r.veldhuizen@ederheide.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "RE: RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027"
            ": Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Kleine kentering: de behandeling van de kadernota in Renswoude is een week opgeschoven. Vergeet dus
            mijn afzegging van vorige week, ik ben er op 11 maart toch bij.

            Ria
            """
        ),
    },
    {
        "id": "fv80-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annemiek Hoogendoorn-Top <a.hoogendoorn@dienstvoedselvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Voor dit atelier moet ik me helaas afmelden, de datum valt samen met onze eigen
            organisatiedag. Blijf mij vooral uitnodigen, het najaar staat al in mijn agenda.

            Annemiek
            """
        ),
    },
    {
        "id": "fv80-040",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wendy Schoonderbeek <w.schoonderbeek@binnenveldsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de plek van Bert graag in; de middag staat inmiddels in mijn
            agenda.

            Wendy Schoonderbeek
            Concerncontroller Binnenveld Samen
            """
        ),
    },
    {
        "id": "fv80-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jolanda ter Haar <j.terhaar@valleikracht.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Balen: ik lig sinds gisteren met koorts op de bank en dat wordt niks voor donderdag. Geef mijn plek
            gerust aan iemand op de wachtlijst.

            Jolanda
            """
        ),
    },
    {
        "id": "fv80-042",
        "kind": "unsubscribe",
        "sender": "Derk Lubbers <d.lubbers@scherpenveldwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik kom niet op 11 maart, en eerlijk gezegd kunt u mij ook van de mailinglijst halen. Onze GR wordt per
            1 juli opgeheven en de taken gaan terug naar de gemeenten; er is dan geen werkorganisatie meer om
            directeur van te zijn.

            Derk Lubbers
            """
        ),
    },
    # --- spring: follow-up -----------------------------------------------------------------------------------
    {
        "id": "fv80-043",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Khadija El Ouali <k.elouali@dienstvoedselvallei.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor een boeiende middag, in oktober ben ik er zeker weer. Voor de volgende keer: hoe monitoren
            jullie de prestaties van de dienstverlening aan inwoners? Wij meten wachttijden en klanttevredenheid
            per gemeente, maar niemand kijkt ernaar. Ik ben benieuwd welke indicatoren anderen echt gebruiken.

            Khadija
            """
        ),
    },
    {
        "id": "fv80-044",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Teun Heijkoop <t.heijkoop@gvnoord.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dag beiden,

            Idee voor het najaar: een gezamenlijk werkgeversservicepunt voor de hele Foodvalley. Nu belt een
            ondernemer in Nijkerk met ons, en een in Ede met weer een ander loket, terwijl ze dezelfde mensen
            zoeken. Hoe organiseer je dat met zes gemeenten zonder dat een van hen de baas speelt, en hoe merkt
            de werkgever er iets van?

            Teun
            """
        ),
    },
    {
        "id": "fv80-045",
        "kind": "other",
        "sender": "Wendy Schoonderbeek <w.schoonderbeek@binnenveldsamen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Wat een fijne middag was het. In de wandelgangen bleek dat veel mensen nieuwsgierig zijn naar onze
            ervaringen met de ontvlechting van de belastingtaken. Zou ik daar in het najaar een korte
            presentatie over mogen houden? Een kwartier is genoeg.

            Wendy
            """
        ),
    },
    {
        "id": "fv80-046",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Hanneke Zwart-Bosma <h.zwart@binnenveldsamen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor het welkom! U vraagt of ik al een onderwerp heb: ja. Een van onze deelnemende gemeenten
            laat onderzoeken of ze uit de samenwerking kan stappen. Hoe houd je de relatie met zo'n gemeente goed
            terwijl de andere gemeente juist verder wil? Ik hoor graag hoe collega's zo'n uittredingsdiscussie
            hebben doorstaan.

            Hanneke Zwart-Bosma
            """
        ),
    },
    {
        "id": "fv80-047",
        "kind": "other",
        "sender": "Jolanda ter Haar <j.terhaar@valleikracht.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de warme ontvangst in het netwerk. Mijn plaatsvervanger, Ruud Looman, wil graag ook lid
            worden; hij vervangt mij regelmatig in het regionaal directeurenoverleg. Kunt u hem toevoegen?

            Jolanda
            """
        ),
    },
    {
        "id": "fv80-048",
        "kind": "other",
        "sender": "Derk Lubbers <d.lubbers@scherpenveldwerkt.nl>",
        "quote": "none",
        "subject": "Opgave programmamanagers Scherpenveld",
        "body": _(
            """
            Goedemorgen,

            In de overgangsfase na opheffing van onze GR wil ik de drie programmamanagers toch graag laten
            aansluiten bij uw netwerk, zodat ze de ateliers kunnen volgen:
            - Jeroen Hulshof, j.hulshof@scherpenveldwerkt.nl
            - Naima Bouzid, n.bouzid@scherpenveldwerkt.nl
            - Evert van Roekel, e.vanroekel@scherpenveldwerkt.nl

            Met vriendelijke groet,
            Derk Lubbers
            """
        ),
    },
    # --- summer: leaves, hand-overs, data -----------------------------------------------------------------------
    {
        "id": "fv80-049",
        "kind": "unsubscribe",
        "sender": "Teun Heijkoop <t.heijkoop@gvnoord.nl>",
        "quote": "none",
        "subject": "Uitschrijving na pensionering",
        "body": _(
            """
            Beste Stan en Melanie,

            Na ruim elf jaar bij Gelderse Vallei Noord ben ik sinds vorige week met vervroegd pensioen. Wilt u
            mij uitschrijven? Dank voor de goede gesprekken in Utrecht, ik heb er veel aan gehad.

            Teun Heijkoop
            """
        ),
    },
    {
        "id": "fv80-050",
        "kind": "unsubscribe",
        "sender": "Gerrit-Jan Hazeleger <gj.hazeleger@gvnoord.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. U vraagt naar een opvolger: mijn taken als algemeen directeur gaan naar
            Lisanne Verhoef, l.verhoef@gvnoord.nl. Zij neemt mijn plaats in het netwerk graag over.

            GJ Hazeleger
            """
        ),
    },
    {
        "id": "fv80-051",
        "kind": "other",
        "sender": "Owen Maddox <o.maddox@grebberijnwerkt.nl>",
        "quote": "none",
        "subject": "Handover in September",
        "body": _(
            """
            Dear Stan,

            Quick heads-up: my interim assignment ends on 30 September and Ferdi Oosterveld
            (f.oosterveld@grebberijnwerkt.nl) takes over as permanent director from 1 October. Until then I stay
            on as a member and will still come to the autumn atelier if there is one before that date. Could you
            make sure Ferdi gets the invitations after that?

            Owen
            """
        ),
    },
    {
        "id": "fv80-052",
        "kind": "other",
        "sender": "Priya Raghunathan <p.raghunathan@binnenveldsamen.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres / new address",
        "body": _(
            """
            Beste secretariaat,

            Vanaf 1 juli heet Binnenveld Samen officieel Werkorganisatie Binnenveld en verandert ons domein. Mijn
            nieuwe adres wordt p.raghunathan@werkorganisatiebinnenveld.nl. Het oude adres blijft nog drie maanden
            doorsturen. / From 1 July my address changes to the one above.

            Priya
            """
        ),
    },
    {
        "id": "fv80-053",
        "kind": "other",
        "sender": "Arjen Pluimers <a.pluimers@valleikracht.nl>",
        "quote": "none",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Geacht secretariaat,

            Naar aanleiding van de onterechte aanmelding van vorig jaar wil ik graag weten welke
            persoonsgegevens u op dit moment van mij verwerkt, met welk doel en van wie u ze hebt gekregen. Ik
            verzoek u mij een overzicht te sturen conform artikel 15 AVG.

            Met vriendelijke groet,
            A. Pluimers
            """
        ),
    },
    {
        "id": "fv80-054",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Lotte van Kooten <l.vankooten@ederheide.nl>",
        "quote": "none",
        "subject": "Verwijderen van al mijn gegevens",
        "body": _(
            """
            Beste Stan van de Laar,

            Ik ben per juni uit dienst bij Eder Heide en wil dat u al mijn gegevens uit uw systemen verwijdert,
            inclusief de aanmeldingen voor de ateliers en eventuele foto's. Kunt u daarnaast aangeven hoe lang de
            verslagen met mijn naam nog online blijven staan?

            Groet,
            Lotte van Kooten
            """
        ),
    },
    # --- the machines ------------------------------------------------------------------------------------------
    {
        "id": "fv80-055",
        "kind": "autoreply",
        "sender": "Bert Wolswinkel <b.wolswinkel@binnenveldsamen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027"
            ": Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Tot en met 23 februari ben ik op wintersport en lees ik mijn mail niet. Voor dringende zaken kunt u
            terecht bij het directiesecretariaat van Binnenveld Samen, 0317 - 47 22 10.
            """
        ),
    },
    {
        "id": "fv80-056",
        "kind": "autoreply",
        "sender": "Jos van Ravenhorst <j.vanravenhorst@hrvallei.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dit e-mailadres wordt niet langer gebruikt. Berichten aan dit adres worden niet gelezen of
            doorgestuurd. Voor de directie van Heuvelrug-Vallei kunt u mailen naar directie@hrvallei.nl.
            """
        ),
    },
    {
        "id": "fv80-057",
        "kind": "autoreply",
        "sender": "Servicedesk Valleikracht <servicedesk@valleikracht.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "[VK-2027-004812] Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Uw bericht is ontvangen door de Servicedesk van Werkorganisatie Valleikracht en geregistreerd onder
            meldingsnummer VK-2027-004812. Wij streven ernaar binnen drie werkdagen te reageren. Vermeld dit
            nummer bij verdere correspondentie.
            """
        ),
    },
    {
        "id": "fv80-058",
        "kind": "autoreply",
        "sender": "Maarten Top <m.top@hrvallei.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Gelezen: Uitnodiging Leer- en inspireer-atelier 11 maart 2027"
            ": Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht

              Aan: Maarten Top
              Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking &
                eigenheid [atelier:2027-1]
              Verzonden: maandag 8 februari 2027 09:02:14 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome,
                Stockholm, Wenen

            is gelezen op maandag 8 februari 2027 11:47:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome,
            Stockholm, Wenen.
            """
        ),
    },
    {
        "id": "fv80-059",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.scherpenveldwerkt.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.scherpenveldwerkt.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

                               The mail system

            <d.lubbers@scherpenveldwerkt.nl>: host mail.scherpenveldwerkt.nl[10.20.4.11]
                said: 550 5.1.1 <d.lubbers@scherpenveldwerkt.nl>: Recipient address
                rejected: User unknown in virtual mailbox table
            """
        ),
    },
    {
        "id": "fv80-060",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@ederheide.nl>",
        "quote": "none",
        "subject": (
            "Onbestelbaar: Dank voor uw komst: Leer- en inspireer-atelier"
            ' "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
        ),
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij l.vankooten@ederheide.nl

            Het postvak van de ontvanger bestaat niet (meer) bij Eder Heide. Neem contact op met de ontvanger via
            een ander kanaal.

            Diagnostische gegevens voor beheerders:
            Genererende server: AM9PR03MB7741.eurprd03.prod.outlook.com
            l.vankooten@ederheide.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
]
# fmt: on
