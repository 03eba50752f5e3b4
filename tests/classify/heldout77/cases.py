"""heldout77: a year of mail from directors and staff of shared civil-service organisations in Noord-Limburg.

The writers are directors, deputies, management assistants and a few staff members of invented werkorganisaties
and GR's around Venlo and Venray (Maasbroek, Peelhorst, Venrode, Loobeekdal, Dienst Noordermaas, Schelkensveld,
De Kemp, Grensmaas-Noord, Lollebeek, Maasheggen, Heideboog, Kasteelenland). Over one year they sign up and confirm,
hand their seat over or leave when an organisation is dissolved, answer the invitation, the reminder, the waiting
list, the change and the substitute's invitation, send topics under the call, the welcome, the thank-you and the
follow-up, ask practical questions, and their machines answer with out-of-office notes, a ticket number, a read
receipt and delivery failures. Some writers return through the year (a director who retires and later names a
successor whose old address then bounces). A few write in English (an interim director, a staff member).

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a topic proposed under any of our mails (welcome, invitation, follow-up,
  thank-you) is a suggestion, also when the writer says they come as well; only saying one comes under the call
  for themes is an rsvp; a wish about the form or place of the ateliers, backing someone else's topic and asking
  whether one may present are other;
- leaving the network and declining the atelier in one mail is an unsubscribe; declining the atelier while keeping
  the membership, or with a substitute, is rsvp False; withdrawing from the waiting list is rsvp False;
- a successor named with an address (also under our goodbye), or named without an address yet, is an unsubscribe;
  a hand-over at a later date with "tot die tijd blijf ik lid" is other; a colleague telling us someone left is
  other; an address change is other;
- an AVG erasure is an unsubscribe with erase, also with a question beside it; a request to see one's data is other;
- one named colleague with address is a subscribe; several people, or a colleague without address, is other;
  "lid blijven" under our goodbye is a subscribe;
- under the confirmation mails an empty reply or a signature alone confirms; an assistant confirming for the
  director, or a confirmation with a real question, is other; a plain denial (also asking who did it) is an
  unsubscribe, a denial asking where we got the address is other;
- a yes on a condition the secretariat must answer is other; an assistant answering under our invitation is an
  rsvp, but an assistant's forward with a line above it is that assistant's new mail (other); a correction that
  only concerns the guest is other;
- calendar answers are rsvp; out-of-office, ticket systems, read receipts and "no longer in use" notes are
  autoreply (with their thread); delivery failures are bounce without thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INVITATION = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
REMINDER = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
FOLLOWUP = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- sign-ups -------------------------------------------------------------------------------------------
    {
        "id": "h77-001",
        "kind": "subscribe",
        "sender": "Geert Vullings <g.vullings@maasbroek.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemorgen,

            Sinds 1 februari ben ik gemeentesecretaris-directeur van Werkorganisatie Maasbroek (voor de gemeenten
            Broekveld en Maasloo). Mijn voorganger, Tonny Kurvers, was lid van uw netwerk en heeft het mij bij de
            overdracht warm aanbevolen.

            Graag meld ik mij daarom aan als lid. Mijn gegevens staan hieronder.

            Met vriendelijke groet,

            Geert Vullings
            gemeentesecretaris-directeur
            Werkorganisatie Maasbroek
            T 077 - 398 12 40
            """
        ),
    },
    {
        "id": "h77-002",
        "kind": "subscribe",
        "sender": "Paul Gommans <p.gommans@peelhorst.nl>",
        "quote": "none",
        "subject": "Nieuw lid: directeur bedrijfsvoering Peelhorst",
        "body": _(
            """
            Beste Stan en Melanie,

            Onze nieuwe directeur bedrijfsvoering, Hanneke Raedts, is deze maand gestart. Ze heeft zin om mee te
            doen met het netwerk; willen jullie haar aanmelden? Haar adres: h.raedts@peelhorst.nl

            Ik heb het met haar afgestemd, ze weet dat er een bevestigingsmail aankomt.

            Groet,
            Paul Gommans
            algemeen directeur GR Peelhorst
            """
        ),
    },
    {
        "id": "h77-003",
        "kind": "subscribe",
        "sender": "Marjolein Theeuwen <m.theeuwen@wo-venrode.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit is een misverstand! Mijn managementassistent heeft het afmeldverzoek voor een vertrokken
            oud-collega verstuurd, maar dan vanuit mijn mailbox. Ik wil zelf graag lid blijven.

            Marjolein Theeuwen
            Directeur Werkorganisatie Venrode
            """
        ),
    },
    {
        "id": "h77-004",
        "kind": "subscribe",
        "sender": "Alastair Brennan <a.brennan@grensmaasnoord.nl>",
        "quote": "none",
        "subject": "Joining the directors' network",
        "body": _(
            """
            Dear secretariat,

            As of September I am the interim director of Werkorganisatie Grensmaas-Noord, covering for six months
            while the vacancy is filled. My Dutch is improving but still slow, so apologies for writing in English.

            I would like to join the Netwerk van directeuren van ambtelijke fusieorganisaties, please. Colleagues
            at the province told me the ateliers are well worth the trip to Utrecht.

            Best regards,
            Alastair Brennan
            Interim Director | Werkorganisatie Grensmaas-Noord
            """
        ),
    },
    {
        "id": "h77-005",
        "kind": "subscribe",
        "sender": "Rob Heijnen <rob.heijnen@loobeekdal.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Hallo, wil me graag aanmelden voor het directeurennetwerk. Ben per 1/3 directeur bij ambtelijke
            organisatie Loobeekdal. Gr Rob

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h77-006",
        "kind": "subscribe",
        "sender": "Ellen Poels <e.poels@schelkensveld.nl>",
        "quote": "none",
        "subject": "Na het congres",
        "body": _(
            """
            Beste mevrouw Huurneman,

            Vorige week raakte ik op een congres in Venlo bij de koffie aan de praat met een van uw leden,
            Jan-Willem Rutten van Dienst Noordermaas. We hadden het over de ontvlechting van ICT bij
            fusieorganisaties, en hij zei meteen: "Daar moet je mee naar het atelier." Daar had hij gelijk in,
            denk ik.

            Ik ben sinds de zomer gemeentesecretaris en directeur van BWO Schelkensveld. Zet u mij maar op de
            ledenlijst, dan zie ik de uitnodigingen vanzelf verschijnen.

            Hartelijke groet,
            Ellen Poels
            """
        ),
    },
    # --- confirmations --------------------------------------------------------------------------------------
    {
        "id": "h77-007",
        "kind": "confirm",
        "sender": "Harrie Coenen <h.coenen@heideboog.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h77-008",
        "kind": "confirm",
        "sender": "Ans Wijnhoven <a.wijnhoven@lollebeek.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Met vriendelijke groet,

            drs. A.M.J. (Ans) Wijnhoven
            algemeen directeur
            Samenwerkingsorganisatie Lollebeek
            Postbus 1180, 5800 BD Venray
            """
        ),
    },
    {
        "id": "h77-009",
        "kind": "confirm",
        "sender": "Bart Geurts <b.geurts@grensmaasnoord.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Klopt helemaal, dat adres is van mij. Bij deze bevestigd; ik zag jullie mail pas na de vakantie.

            Bart
            """
        ),
    },
    {
        "id": "h77-010",
        "kind": "confirm",
        "sender": "Alastair Brennan <a.brennan@grensmaasnoord.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed, yes, this is my address. Thank you for the quick turnaround.

            Alastair
            """
        ),
    },
    {
        "id": "h77-011",
        "kind": "confirm",
        "sender": "Rob Heijnen <rob.heijnen@loobeekdal.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Sorry, de eerste mail was in mijn map ongewenste e-mail beland. Bij deze alsnog: ja, ik word graag lid.

            Rob Heijnen
            """
        ),
    },
    # --- leaving, hand-overs, erasure -----------------------------------------------------------------------
    {
        "id": "h77-012",
        "kind": "unsubscribe",
        "sender": "Jos Truijen <j.truijen@dienstnoordermaas.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedendag,

            Inmiddels is mijn opvolger bekend: Sandra Keijsers begint op 1 september als directeur van Dienst
            Noordermaas. Haar adres wordt s.keijsers@dienstnoordermaas.nl. Ik heb haar al over het netwerk
            verteld; zij neemt mijn plaats graag over.

            Groet,
            Jos Truijen
            """
        ),
    },
    {
        "id": "h77-013",
        "kind": "unsubscribe",
        "sender": "Wim Hoeymakers <w.hoeymakers@wodekemp.nl>",
        "quote": "none",
        "subject": "Wisseling directeur De Kemp",
        "body": _(
            """
            Beste Stan,

            Ik vertrek eind van de maand naar de provincie. Mijn taken als directeur van Werkorganisatie De Kemp
            worden overgenomen door Monique Litjens, nu nog concerncontroller bij ons. Haar mailadres als
            directeur is nog niet aangemaakt, dat regelt ICT pas na haar benoeming. Ze meldt zich zelf bij jullie
            zodra het zover is.

            Mij mogen jullie van de lijst halen.

            Bedankt voor alles,
            Wim
            """
        ),
    },
    {
        "id": "h77-014",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Ton Bongers <t.bongers@kasteelenland.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens te wissen, inclusief mijn naam en
            functie op de deelnemerslijsten van eerdere ateliers, en mij niet langer te benaderen.

            Tevens ontvang ik graag een schriftelijke bevestiging van de uitvoering, met de datum waarop de
            gegevens zijn verwijderd.

            Hoogachtend,
            T.H.M. Bongers
            directeur bedrijfsvoering Werkorganisatie Kasteelenland
            """
        ),
    },
    {
        "id": "h77-015",
        "kind": "unsubscribe",
        "sender": "Karin Stoffels <k.stoffels@peelhorst.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Ik heb mij nergens voor aangemeld. Wie heeft dit gedaan?! Ik ben ook geen directeur, ik werk bij team
            Burgerzaken.

            K. Stoffels
            """
        ),
    },
    {
        "id": "h77-016",
        "kind": "unsubscribe",
        "sender": "Frank Lenssen <f.lenssen@maasheggen-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik kom niet op 11 maart, en eigenlijk is dit een goed moment om me helemaal af te melden: de raden
            hebben besloten werkorganisatie Maasheggen per 1 januari op te heffen en ik ga zelf terug naar een
            inhoudelijke functie bij een van de gemeenten. Haal me dus maar van de ledenlijst.

            Het ga jullie goed,
            Frank Lenssen
            """
        ),
    },
    {
        "id": "h77-017",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Sinead Kavanagh <s.kavanagh@lollebeek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi,

            I have moved on from Lollebeek to a role outside local government, so these mails are no longer
            relevant to me. Please unsubscribe me and erase any personal data you hold about me (GDPR). A short
            note once it is done would be appreciated.

            Thanks,
            Sinead
            """
        ),
    },
    {
        "id": "h77-018",
        "kind": "unsubscribe",
        "sender": "Leon Claessens <l.claessens@heideboog.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Geen onderwerpen van mijn kant dit keer. Sterker nog: mijn rol als directeur van de GR Heideboog
            stopt na de reorganisatie, ik word teamleider. Dan hoor ik eigenlijk niet meer in dit gezelschap,
            dus schrap mij maar.

            Leon
            """
        ),
    },
    # --- answers to the invitation and its relatives ---------------------------------------------------------
    {
        "id": "h77-019",
        "kind": "rsvp",
        "attending": True,
        "sender": "Paul Gommans <p.gommans@peelhorst.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ja, ik kom, met 1 persoon extra: onze concerncontroller Lisette Arts wil graag mee. Zij hoeft geen
            aparte uitnodiging, ze rijdt met mij mee.

            Paul
            """
        ),
    },
    {
        "id": "h77-020",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ellen Poels <e.poels@schelkensveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik kan zelf helaas niet (MT-heidag), maar mijn plaatsvervanger Luuk Verstappen komt graag in mijn
            plaats: l.verstappen@schelkensveld.nl.

            Ellen
            """
        ),
    },
    {
        "id": "h77-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Secretariaat directie Loobeekdal <secretariaat.directie@loobeekdal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Heijnen laat ik u weten dat hij graag aanwezig is op 11 maart. Ik heb het atelier al
            in zijn agenda gezet.

            Met vriendelijke groet,
            Noortje Driessen
            managementassistent directie
            Ambtelijke organisatie Loobeekdal
            """
        ),
    },
    {
        "id": "h77-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Alastair Brennan <a.brennan@grensmaasnoord.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + INVITATION,
        "body": _(
            """
            Apologies, I am on leave in Scotland that week. Hoping to make the autumn session.
            """
        ),
    },
    {
        "id": "h77-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bart Geurts <b.geurts@grensmaasnoord.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            helaas ik kan niet, flinke griep te pakken. geef mijn plek maar aan iemand van de wachtlijst

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h77-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mieke Smeets <m.smeets@kasteelenland.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Laat mijn plek op de wachtlijst maar vervallen: inmiddels is er op dezelfde middag een bestuurlijk
            overleg gepland dat ik niet kan missen. Hopelijk lukt het een volgende keer wel.

            Met groet,
            Mieke Smeets
            """
        ),
    },
    {
        "id": "h77-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jan-Willem Rutten <jw.rutten@dienstnoordermaas.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            18 maart kan ik ook, dus ik blijf gewoon aangemeld. Het Provinciehuis is voor mij zelfs makkelijker
            bereikbaar.

            JW
            """
        ),
    },
    {
        "id": "h77-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Luuk Verstappen <l.verstappen@schelkensveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de plek graag in en kijk ernaar uit om collega's uit andere regio's
            te spreken.

            Luuk Verstappen
            plaatsvervangend directeur BWO Schelkensveld
            """
        ),
    },
    {
        "id": "h77-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wim Hoeymakers <w.hoeymakers@wodekemp.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Graag wil ik me afmelden voor het atelier in maart; er is een crisisoverleg over de tekorten in de
            jeugdzorg ingepland. Mijn lidmaatschap houd ik uiteraard aan, de volgende keer ben ik er weer.

            Wim Hoeymakers
            """
        ),
    },
    {
        "id": "h77-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hub Janssen <h.janssen@maasbroek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb zo snel geen onderwerp dat niet al eens aan bod is geweest, maar op 11 maart ben ik er in elk
            geval bij. Zet me maar vast op de lijst.

            Hub Janssen
            """
        ),
    },
    {
        "id": "h77-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Stefan Willems <s.willems@maasheggen-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            > Komt u?
            Ja.

            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.
            Nee, alleen ikzelf.

            Stefan Willems
            """
        ),
    },
    # --- topics ------------------------------------------------------------------------------------------------
    {
        "id": "h77-030",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Lotte Hermans <l.hermans@wo-venrode.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Mijn onderwerp: hoe stem je de planning-en-controlcyclus af als drie gemeenteraden elk een eigen
            ritme en eigen kaderbrieven hebben? Wij draaien nu drie voorjaarsnota's in zes weken en dat vreet
            capaciteit van onze financiële afdeling.

            Groet,
            Lotte Hermans
            directeur bedrijfsvoering Werkorganisatie Venrode
            """
        ),
    },
    {
        "id": "h77-031",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Jan-Willem Rutten <jw.rutten@dienstnoordermaas.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Twee onderwerpen, zoals gevraagd één per regel:
            - strategische personeelsplanning, nu we tot 2030 een derde van onze medewerkers zien uitstromen
            - samenwerking over de grens: wat pakken wij als werkorganisatie samen met onze Duitse buurgemeenten op

            JW Rutten
            Dienst Noordermaas
            """
        ),
    },
    {
        "id": "h77-032",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Ans Wijnhoven <a.wijnhoven@lollebeek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Voorstel: de koers van de organisatie op de lange termijn. Waar staan we in 2035, welke inhoudelijke
            agenda hoort daarbij, en hoe houd je zo'n visie levend als de waan van de dag alle aandacht opslokt?

            A. Wijnhoven
            """
        ),
    },
    {
        "id": "h77-033",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Harrie Coenen <h.coenen@heideboog.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor een sterke middag, en voor het verslag; ik heb het doorgestuurd naar ons MT.

            Voor de volgende keer: wij zijn een pilot gestart met AI-ondersteuning bij het opstellen van
            vergunningsbesluiten. Ik zou graag horen hoe anderen de digitalisering van werkprocessen aanpakken
            zonder dat elk team een eigen eilandje bouwt. In het najaar ben ik er zeker weer bij.

            Harrie
            """
        ),
    },
    {
        "id": "h77-034",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Geert Vullings <g.vullings@maasbroek.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het warme welkom. Een onderwerp heb ik al: hoe positioneer je een kleine werkorganisatie
            naast een grote centrumgemeente in de regio? Aan regionale tafels voelen wij ons vaak het kleine
            broertje, terwijl onze twee gemeenten samen best wat inbrengen.

            Geert
            """
        ),
    },
    {
        "id": "h77-035",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Noor Gerrits <n.gerrits@lollebeek.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ja, ik kom! En alvast een onderwerp voor een volgend atelier: prestatiemonitoring van onze
            dienstverlening. Wij bouwen aan een dashboard met doorlooptijden en klanttevredenheid van inwoners
            en ondernemers. Welke indicatoren gebruiken anderen, en wat doen ze met de uitkomsten?

            Noor Gerrits
            manager Publiekszaken, Samenwerkingsorganisatie Lollebeek
            """
        ),
    },
    {
        "id": "h77-036",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Lotte Hermans <l.hermans@wo-venrode.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog een aanvulling op mijn eerdere mail: hoe ga je als directie om met de uiteenlopende belangen van
            de deelnemende gemeenten, bijvoorbeeld nu bij de herijking van de verdeelsleutel? Je zit er als
            werkorganisatie altijd midden tussen. Graag ook dat onderwerp op de lijst.

            Lotte
            """
        ),
    },
    {
        "id": "h77-037",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Alastair Brennan <a.brennan@grensmaasnoord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            A topic from my side: retaining young talent. We lose many of our trainees to the bigger cities
            within two years. What are other shared service organisations doing on hybrid working, career paths
            and pay to keep them? Happy to share what we tried ourselves.

            Alastair
            """
        ),
    },
    {
        "id": "h77-038",
        "kind": "suggestion",
        "themes": ["dienstverlening", "samenwerking"],
        "sender": "Paul Gommans <p.gommans@peelhorst.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Onderwerp voor maart:
            Eén digitaal loket voor de inwoners van onze drie gemeenten, terwijl elke gemeente haar eigen
            website, huisstijl en wethouder dienstverlening wil houden. Waar leg je de grens tussen gezamenlijke
            dienstverlening en de eigenheid van elke gemeente?

            Paul Gommans
            """
        ),
    },
    {
        "id": "h77-039",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Monique Litjens <m.litjens@wodekemp.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: " + CALL,
        "body": _(
            """
            Goedemiddag,

            Als nieuwe directeur van De Kemp een onderwerp dat mij direct bezighoudt: informatieveiligheid en de
            migratie naar één gezamenlijk zaaksysteem. Hoe hebben jullie de I&A-huishouding na de fusie op orde
            gebracht?

            Monique Litjens
            """
        ),
    },
    # --- for the secretariat ------------------------------------------------------------------------------
    {
        "id": "h77-040",
        "kind": "other",
        "sender": "Hub Janssen <h.janssen@maasbroek.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 oktober",
        "body": _(
            """
            Beste secretariaat,

            Per 1 oktober draag ik mijn functie als directeur bedrijfsvoering over aan Carla Jacobs
            (c.jacobs@maasbroek.nl). Tot die tijd blijf ik gewoon lid en kom ik ook nog naar het voorjaarsatelier.
            Willen jullie haar rond die datum in mijn plaats op de lijst zetten?

            Hub
            """
        ),
    },
    {
        "id": "h77-041",
        "kind": "other",
        "sender": "Sandra Keijsers <s.keijsers@dienstnoordermaas.nl>",
        "quote": "none",
        "subject": "Aanmelding MT-leden",
        "body": _(
            """
            Beste Stan en Melanie,

            Inmiddels ben ik goed geland bij Dienst Noordermaas. Ik zou graag ook mijn twee collega-directeuren
            bij het netwerk betrekken:
            - Erik Vervoort, directeur Sociaal Domein, e.vervoort@dienstnoordermaas.nl
            - Yasmina El Khatib, directeur Ruimte, y.elkhatib@dienstnoordermaas.nl

            Kunnen jullie hen allebei aanmelden?

            Groet,
            Sandra
            """
        ),
    },
    {
        "id": "h77-042",
        "kind": "other",
        "sender": "Marjolein Theeuwen <m.theeuwen@wo-venrode.nl>",
        "quote": "none",
        "subject": "Nieuwe collega",
        "body": _(
            """
            Hoi Melanie,

            Wij hebben sinds kort een tweede directeur: Fleur Custers, portefeuille dienstverlening en
            informatievoorziening. Zou je haar ook willen aanmelden voor het netwerk? Haar mailadres weet ik zo
            niet uit mijn hoofd, dat krijg je nog van haar of van mij.

            Groet,
            Marjolein
            """
        ),
    },
    {
        "id": "h77-043",
        "kind": "other",
        "sender": "Petra Gielen <p.gielen@dienstnoordermaas.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Hierbij bevestig ik namens mevrouw Keijsers haar aanmelding. Zij is deze week op werkbezoek en heeft
            mij gevraagd dit voor haar af te handelen.

            Met vriendelijke groet,
            Petra Gielen
            managementassistent
            """
        ),
    },
    {
        "id": "h77-044",
        "kind": "other",
        "sender": "Monique Litjens <m.litjens@wodekemp.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bevestigd. Wel een vraag: ik ben formeel nog waarnemend directeur tot de raden mij in juni benoemen.
            Is het lidmaatschap nu al voor mij bedoeld, of kan ik beter wachten tot na de benoeming?

            Monique Litjens
            """
        ),
    },
    {
        "id": "h77-045",
        "kind": "other",
        "sender": "Dennis Kuipers <d.kuipers@kasteelenland.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik heb me niet aangemeld en ken dit netwerk niet. Hoe komt u aan mijn e-mailadres? Ik wil weten wie
            mij heeft opgegeven en uit welke bron u dit adres hebt.

            D. Kuipers
            adviseur informatiebeveiliging
            """
        ),
    },
    {
        "id": "h77-046",
        "kind": "other",
        "sender": "Ruud Thijssen <r.thijssen@wo-venrode.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik zou graag komen, maar alleen als ik om half vier weg kan: om vijf uur moet ik in Venray bij een
            raadscommissie zijn. Is het programma zo opgezet dat je halverwege kunt vertrekken zonder de kern te
            missen? Laat u het even weten, dan meld ik me definitief.

            Ruud Thijssen
            """
        ),
    },
    {
        "id": "h77-047",
        "kind": "other",
        "sender": "Jos Truijen <j.truijen@dienstnoordermaas.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen inhoudelijk onderwerp, wel een wens voor de vorm: zou een atelier eens in Noord-Limburg kunnen
            plaatsvinden, bijvoorbeeld in Venlo? Voor ons is Utrecht bijna een dag reizen. En misschien een
            ochtendprogramma met lunch in plaats van de middag, dan wordt de terugreis minder laat.

            Jos
            """
        ),
    },
    {
        "id": "h77-048",
        "kind": "other",
        "sender": "Mieke Smeets <m.smeets@kasteelenland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dank voor het verslag! Ik las dat Paul Gommans voorstelde om het gezamenlijke digitale loket verder
            uit te diepen. Daar sluit ik me volmondig bij aan, wij lopen tegen precies dezelfde vragen aan. Zelf
            heb ik verder geen nieuwe onderwerpen.

            Mieke
            """
        ),
    },
    {
        "id": "h77-049",
        "kind": "other",
        "sender": "Frank Lenssen <f.lenssen@maasheggen-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Wij bereiden dit jaar de ontvlechting van onze werkorganisatie voor, geen alledaags traject. Zou ik op
            het volgende atelier een kwartiertje mogen vertellen over wat we daarvan geleerd hebben? Dan hoor ik
            graag hoe ik dat bij de Adviesraad kan inbrengen.

            Frank Lenssen
            """
        ),
    },
    {
        "id": "h77-050",
        "kind": "other",
        "sender": "Paul Gommans <p.gommans@peelhorst.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Kleine correctie: ik neem toch geen gast mee, onze concerncontroller is die dag verhinderd. Dus één
            kopje koffie minder.

            Paul
            """
        ),
    },
    {
        "id": "h77-051",
        "kind": "other",
        "sender": "Ans Wijnhoven <a.wijnhoven@lollebeek.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres per 1 april",
        "body": _(
            """
            Beste secretariaat,

            Per 1 april gaat onze samenwerkingsorganisatie over op een nieuwe domeinnaam. Mijn adres wordt dan
            ans.wijnhoven@lollebeek-samen.nl; het oude blijft nog drie maanden werken. Wilt u dit in uw
            ledenlijst aanpassen?

            Met vriendelijke groet,
            Ans Wijnhoven
            """
        ),
    },
    {
        "id": "h77-052",
        "kind": "other",
        "sender": "Petra Gielen <p.gielen@dienstnoordermaas.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Keijsers heeft onderstaande uitnodiging van haar voorganger doorgekregen. Kan zij nog
            aansluiten, ook al was de uitnodiging niet aan haar gericht? Zij zou er graag bij zijn.

            Petra Gielen
            managementassistent Dienst Noordermaas
            """
        ),
    },
    {
        "id": "h77-053",
        "kind": "other",
        "sender": "Ton Bongers <t.bongers@kasteelenland.nl>",
        "quote": "none",
        "subject": "Inzageverzoek",
        "body": _(
            """
            Geacht secretariaat,

            Graag ontvang ik een overzicht van de persoonsgegevens die u van mij verwerkt, met de bron en het doel
            van de verwerking. Ik vraag dit in het kader van een interne AVG-audit bij onze werkorganisatie.

            Met vriendelijke groet,
            T.H.M. Bongers
            """
        ),
    },
    {
        "id": "h77-054",
        "kind": "other",
        "sender": "Stefan Willems <s.willems@maasheggen-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Is er bij het Stadskantoor parkeergelegenheid, of kan ik beter met de trein komen? En moet ik
            eventuele parkeerkosten bij jullie declareren of bij mijn eigen organisatie?

            Stefan
            """
        ),
    },
    # --- machines -----------------------------------------------------------------------------------------
    {
        "id": "h77-055",
        "kind": "autoreply",
        "sender": "Harrie Coenen <h.coenen@heideboog.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INVITATION,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tot en met 3 maart ben ik met vakantie en lees ik mijn mail niet. Voor dringende zaken kunt u contact
            opnemen met het directiesecretariaat van GR Heideboog, 077 - 467 30 00.

            Met vriendelijke groet,
            Harrie Coenen
            """
        ),
    },
    {
        "id": "h77-056",
        "kind": "autoreply",
        "sender": "Sinead Kavanagh <s.kavanagh@lollebeek.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Out of Office: " + REMINDER,
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Thank you for your email. I am out of the office until Monday 8 March with limited access to email.
            For urgent matters please contact the front office of Samenwerkingsorganisatie Lollebeek.

            Kind regards,
            Sinead Kavanagh
            """
        ),
    },
    {
        "id": "h77-057",
        "kind": "autoreply",
        "sender": "Servicedesk Werkorganisatie Venrode <servicedesk@wo-venrode.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "[Melding #2027-004512] RE: " + CALL,
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Beste melder,

            Uw bericht is ontvangen en geregistreerd onder meldingsnummer 2027-004512. Een medewerker van het
            Klant Contact Centrum neemt binnen vijf werkdagen contact met u op. Vermeld bij verdere
            correspondentie altijd het meldingsnummer.

            Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.
            """
        ),
    },
    {
        "id": "h77-058",
        "kind": "autoreply",
        "sender": "Leon Claessens <l.claessens@heideboog.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "Automatisch antwoord: " + FOLLOWUP,
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik en berichten worden niet doorgestuurd. Voor vragen aan de GR
            Heideboog kunt u mailen naar info@heideboog.nl.
            """
        ),
    },
    {
        "id": "h77-059",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@maasheggen-wo.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + INVITATION,
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij f.lenssen@maasheggen-wo.nl

            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de
            geadresseerde en probeer het bericht opnieuw te verzenden.

            Diagnostische gegevens voor beheerders:
            Genererende server: AM9PR02MB7710.eurprd02.prod.outlook.com
            f.lenssen@maasheggen-wo.nl
            Externe server heeft 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup geretourneerd
            """
        ),
    },
    {
        "id": "h77-060",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.dienstnoordermaas.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.dienstnoordermaas.nl.

            Your message could not be delivered to one or more recipients.

            <j.truijen@dienstnoordermaas.nl>: host mx1.dienstnoordermaas.nl[10.20.4.11] said:
                550 5.1.1 <j.truijen@dienstnoordermaas.nl>: Recipient address rejected:
                User unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
