"""heldout69: a year of mail from directors of shared organisations around Leiden and the Duin- en Bollenstreek.

The writers are directors, deputy directors, management assistants and a few colleagues of invented werkorganisaties
around Leiden and the bulb district (Bollenkust, Duinrand Samen, Tulpenrand, Kagerland, Zijlwetering, Oude Vaart,
Servicepunt Oude Rijn, De Geestgronden, Mient & Meer, Sleutelregio and others). Over one year they sign up (new
directors, a returning one, an assistant for a new colleague), confirm, leave (retirement, a hand-over, a move to a
waterschap or the province, an AVG erasure, a denial), answer the invitation, the reminder, the change and the
waiting-list mail, suggest topics under the call, the follow-up, the welcome and the thank-you, and write the
secretariat about practical matters. Voices range from stiff letters to phone mails; a few write in English.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a topic under any of our mails is a suggestion, also with a "ja, ik kom";
  under the call a reply that only says whether the writer comes is an rsvp;
- a proposal about the form of the atelier (place, time), backing another member's topic, asking to present,
  a conditional yes, several people signed up at once, an address change, a colleague reporting that someone left,
  an assistant confirming for a director, a "nee" that only answers a side question, a denial that asks where we
  got the address, a hand-over at a later date with "tot die tijd blijf ik lid": other;
- leaving the network and declining the atelier in one mail, a hand-over with the successor's address, leaving with
  a successor named but no address yet, a plain denial under our confirmation (also asking who did it) and an AVG
  erasure (with a question beside it): unsubscribe;
- declining the atelier while staying a member, or with a substitute: rsvp False; a later mail carries the latest
  answer; an assistant answering under the invitation: rsvp;
- "lid blijven" under our goodbye: subscribe; an empty reply or a signature or disclaimer alone under the
  confirmation: confirm; one colleague signed up with their address: subscribe;
- out-of-office, "no longer in use" and ticket replies are autoreply with the thread their headers point to;
  delivery failures are bounce without a thread; a forward by an assistant carries no thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- sign-ups -------------------------------------------------------------------------------------------------
    {
        "id": "ho69-001",
        "kind": "subscribe",
        "sender": "Anneloes Bakkenes <a.bakkenes@tulpenrand.nl>",
        "subject": "Aanmelding netwerk directeuren",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 februari ben ik algemeen directeur van Werkorganisatie Tulpenrand, de ambtelijke organisatie van
            Zandhoeve, Bollendam en Duinwijck. Mijn voorganger sprak altijd lovend over jullie ateliers, dus ik meld
            me hierbij graag aan als lid van het netwerk.

            Met vriendelijke groet,

            Anneloes Bakkenes
            Algemeen directeur Werkorganisatie Tulpenrand
            T 0252 - 41 77 30
            """
        ),
    },
    {
        "id": "ho69-002",
        "kind": "subscribe",
        "sender": "Michael O'Brien <m.obrien@geestgronden.nl>",
        "subject": "Joining the directors' network",
        "quote": "none",
        "body": _(
            """
            Hello,

            I started in January as director of operations (directeur bedrijfsvoering) at De Geestgronden, the shared
            organisation for Warmoeshout and Oostduin. My Dutch is improving but I'm still more comfortable writing in
            English. A colleague pointed me to your network - could you sign me up with this address?

            Kind regards,
            Michael O'Brien
            """
        ),
    },
    {
        "id": "ho69-003",
        "kind": "subscribe",
        "sender": "Wilma Kerkvliet <secretariaat.directie@zijlwetering.nl>",
        "subject": "Aanmelding nieuwe directeur Zijlwetering",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Per 1 maart is Ramon Ouwehand gestart als gemeentesecretaris/directeur van Werkorganisatie Zijlwetering.
            Zou u hem willen aanmelden voor het netwerk? Zijn e-mailadres is r.ouwehand@zijlwetering.nl.

            Alvast bedankt!

            Wilma Kerkvliet
            managementondersteuning directie
            """
        ),
    },
    {
        "id": "ho69-004",
        "kind": "subscribe",
        "sender": "Gerben Hoogeveen <g.hoogeveen@duinrandsamen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit was een vergissing van onze kant: mijn managementassistent heeft bij het opschonen van mijn
            nieuwsbrieven ook deze afmelding verstuurd. Graag lid blijven!

            Gerben Hoogeveen
            Directeur Duinrand Samen
            """
        ),
    },
    {
        "id": "ho69-005",
        "kind": "subscribe",
        "sender": "Marjolein Craanen <m.craanen@kagerland-wo.nl>",
        "subject": "Weer aansluiten",
        "quote": "none",
        "body": _(
            """
            Beste Stan en Melanie,

            Misschien kennen jullie mij nog: tot 2025 zat ik namens Servicepunt Oude Rijn in het netwerk. Na twee
            jaar bij de provincie ben ik terug in de gemeentelijke wereld, sinds deze maand als directeur van
            Werkorganisatie Kagerland. Ik sluit graag weer aan, dan wel op dit nieuwe adres.

            Hartelijke groet,
            Marjolein Craanen
            """
        ),
    },
    {
        "id": "ho69-006",
        "kind": "subscribe",
        "sender": "Kees Duindam <k.duindam@zilkenzand.nl>",
        "subject": "aanmelding",
        "quote": "none",
        "body": _(
            """
            Hoi, via Jos van Tol van Mient & Meer over jullie gehoord. Zet me maar op de ledenlijst van het
            directeurennetwerk. Gr Kees (Zilk & Zand)

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "ho69-007",
        "kind": "subscribe",
        "sender": "Fenna Ruigrok <f.ruigrok@vlietoevers.nl>",
        "subject": "Lidmaatschap",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Mijn collega-directeur stuurde mij jullie uitnodiging voor het atelier van 11 maart door. Daar kan ik
            zelf helaas niet bij zijn, maar ik word wel graag lid van het netwerk, zodat de volgende uitnodiging
            rechtstreeks bij mij terechtkomt.

            Met vriendelijke groet,
            Fenna Ruigrok
            directeur Sociaal Domein, Servicecentrum Vlietoevers
            """
        ),
    },
    # --- confirmations --------------------------------------------------------------------------------------------
    {
        "id": "ho69-008",
        "kind": "confirm",
        "sender": "Samira El Khatib <s.elkhatib@servicepuntouderijn.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Samira El Khatib
            Directeur Dienstverlening | Servicepunt Oude Rijn
            Postbus 415 | 2410 AK Rijnoever
            """
        ),
    },
    {
        "id": "ho69-009",
        "kind": "confirm",
        "sender": "Thijs van Rhijn <t.vanrhijn@oudevaart-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Ja, dat was ik zelf, via het formulier op jullie site. Bij dezen bevestigd.
            Groet, Thijs
            """
        ),
    },
    {
        "id": "ho69-010",
        "kind": "confirm",
        "sender": "Hanneke Ouweneel <h.ouweneel@bollenkust.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Excuus, uw eerste mail was tussen de kerstpost ondergesneeuwd. Alsnog: ja, graag.

            Hanneke Ouweneel
            """
        ),
    },
    {
        "id": "ho69-011",
        "kind": "confirm",
        "sender": "Priya Ramdin <p.ramdin@sleutelregio.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed, this is my address alright. Looking forward to my first atelier.

            Cheers,
            Priya
            """
        ),
    },
    {
        "id": "ho69-012",
        "kind": "confirm",
        "sender": "Erik-Jan Stolwijk <ej.stolwijk@mientenmeer.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            E.J. Stolwijk

            ----------------------------------------------------------------
            Dit bericht is uitsluitend bestemd voor de geadresseerde. Is het niet voor u bestemd, verwijder het dan
            en stel de afzender op de hoogte. Aan dit bericht kunnen geen rechten worden ontleend.
            Werkorganisatie Mient & Meer - werkt voor Hoefmeer en Mient
            """
        ),
    },
    {
        "id": "ho69-013",
        "kind": "confirm",
        "sender": "Ruud Ketelaar <r.ketelaar@wo-lrn.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Dat klopt, Nicole van ons directiesecretariaat heeft dat op mijn verzoek gedaan. Akkoord.

            R. Ketelaar
            Werkorganisatie Leidse Ring Noord
            """
        ),
    },
    # --- leaving --------------------------------------------------------------------------------------------------
    {
        "id": "ho69-014",
        "kind": "unsubscribe",
        "sender": "Ton Hogenes <t.hogenes@leidseveenpolders.nl>",
        "subject": "Uitschrijven i.v.m. pensioen",
        "quote": "none",
        "body": _(
            """
            Geachte heer Van de Laar, mevrouw Huurneman,

            Na ruim veertig jaar openbaar bestuur, waarvan de laatste acht als directeur van de Leidse Veenpolders,
            was afgelopen vrijdag mijn laatste werkdag. Wilt u mij uit het ledenbestand halen? Over een opvolger is
            nog niets bekend; het algemeen bestuur begint pas na de zomer met de werving.

            Ik heb de ateliers altijd zeer gewaardeerd.

            Met vriendelijke groet,
            T.J. Hogenes
            """
        ),
    },
    {
        "id": "ho69-015",
        "kind": "unsubscribe",
        "sender": "Iris Kromhout <i.kromhout@trekvaartgemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Voor 11 maart moet ik passen, en eigenlijk ook voor alles daarna: ik stap over naar het
            Hoogheemraadschap, en daar past dit netwerk niet meer bij. Haal me dus maar van de lijst.
            Het ga jullie goed!

            Iris
            """
        ),
    },
    {
        "id": "ho69-016",
        "kind": "unsubscribe",
        "sender": "Bart Zwanenburg <b.zwanenburg@bollenkust.nl>",
        "subject": "Wisseling directeur Bollenkust",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Vandaag is mijn laatste dag bij Bollenkust. Mijn opvolger als algemeen directeur is Lotte Segaar
            (l.segaar@bollenkust.nl); zij neemt mijn plek in het netwerk graag over. Willen jullie mij uitschrijven
            en haar op de lijst zetten?

            Dank voor alles en groet,
            Bart
            """
        ),
    },
    {
        "id": "ho69-017",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Dennis Overdevest <d.overdevest@rbbedrijfsvoering.nl>",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "quote": "none",
        "body": _(
            """
            Geachte secretariaat,

            Hierbij verzoek ik u, met een beroep op artikel 17 AVG, al mijn persoonsgegevens uit uw bestanden te
            verwijderen, inclusief mijn naam op eerdere deelnemerslijsten en eventuele foto's van het atelier van
            oktober. Ik ben niet langer werkzaam bij RB Bedrijfsvoering.

            Kunt u mij daarnaast laten weten of mijn gegevens ooit met derden zijn gedeeld, bijvoorbeeld met de
            locatie of de cateraar?

            Met vriendelijke groet,
            D. Overdevest
            """
        ),
    },
    {
        "id": "ho69-018",
        "kind": "unsubscribe",
        "sender": "Mirjam Heemskerk <m.heemskerk@wo-lrn.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij nergens aangemeld. Wie heeft dit namens mij ingevuld? Ik ben overigens geen directeur maar
            teamleider Burgerzaken.

            M. Heemskerk
            """
        ),
    },
    {
        "id": "ho69-019",
        "kind": "unsubscribe",
        "sender": "Alexander Reeuwijk <a.reeuwijk@hrso.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            No themes from me this round, I'm afraid - last month I moved to the Province's programme office and
            this mailbox will be closed soon. Please take me off the list. Thanks for all the good sessions.

            Alexander
            """
        ),
    },
    {
        "id": "ho69-020",
        "kind": "unsubscribe",
        "sender": "Koen Hazelhoff <k.hazelhoff@mientenmeer.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik kan er niet bij zijn en ben vorige week ook vertrokken bij Mient & Meer, dus schrap me maar
            helemaal. Mijn plek kan naar iemand op de wachtlijst.

            Koen

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "ho69-021",
        "kind": "unsubscribe",
        "sender": "Ellen van der Plas <e.vanderplas@sleutelregio.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de snelle afhandeling. Mijn stoel wordt vanaf juni ingenomen door Hugo Westgeest; zijn
            mailadres heb ik nog niet, dat krijgt hij pas bij indiensttreding. Hij meldt zich dan zelf bij jullie.

            Groet, Ellen
            """
        ),
    },
    # --- rsvp -----------------------------------------------------------------------------------------------------
    {
        "id": "ho69-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Karin van Egmond <k.vanegmond@duinrandsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Helaas, op 11 maart vergadert de raad van Duinwijck over de kadernota en daar moet ik bij zijn.
            Volgende keer beter!

            Karin
            """
        ),
    },
    {
        "id": "ho69-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pieter-Jan Verduijn <pj.verduijn@zijlwetering.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Dag Stan en Melanie, ik kom graag en neem onze concerncontroller Nadia Boukhari mee, dus wij zijn met
            z'n tweeën.

            Groet, Pieter-Jan
            """
        ),
    },
    {
        "id": "ho69-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yvonne Hogewoning <y.hogewoning@tulpenrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Zelf zit ik die week in Brussel voor een werkbezoek met de provincie. In mijn plaats komt Arjen
            Lindhout, directeur Ruimte, a.lindhout@tulpenrand.nl. Hij is op de hoogte en heeft het al in zijn agenda.

            Vriendelijke groet,
            Yvonne Hogewoning
            """
        ),
    },
    {
        "id": "ho69-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Chantal Bouwmeester <c.bouwmeester@geestgronden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens de heer Spaargaren, algemeen directeur, bericht ik u dat hij op 11 maart graag aanwezig is. Hij
            komt alleen.

            Met vriendelijke groet,

            Chantal Bouwmeester
            Bestuurssecretariaat De Geestgronden
            """
        ),
    },
    {
        "id": "ho69-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs Warmenhoven <g.warmenhoven@kagerland-wo.nl>",
        "thread": "invitation",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "quote": "none",
        "body": _(
            """
            Prima, staat genoteerd. Tot de 11e in Utrecht.
            """
        ),
    },
    {
        "id": "ho69-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sophie Blankenzee <s.blankenzee@bollenkust.nl>",
        "thread": "invitation",
        "subject": (
            "Declined: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "quote": "none",
        "body": _(
            """
            Sorry - I'm on leave that week (a ski trip booked ages ago). Hope to join you in the autumn.
            """
        ),
    },
    {
        "id": "ho69-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Remco Bol <r.bol@wo-lrn.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            helaas, lig met koorts op de bank, morgen gaat hem niet worden. geef mijn plek maar weg
            remco
            """
        ),
    },
    {
        "id": "ho69-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Richard Pennings <r.pennings@vlietoevers.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for putting me on the waiting list, but my diary for that Thursday has filled up in the meantime.
            Please strike me off for this one and give the spot to someone else.

            Richard
            """
        ),
    },
    {
        "id": "ho69-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Annemiek van Haaster <a.vanhaaster@trekvaartgemeenten.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Beste Melanie,

            Voor de 11e had ik me afgemeld vanwege het regio-overleg, maar 18 maart in het Provinciehuis kan ik wel.
            Zet u mij weer op de lijst?

            Annemiek van Haaster
            """
        ),
    },
    {
        "id": "ho69-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hester van Vliet <h.vanvliet@leidseveenpolders.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Wil je mij afmelden voor het atelier? Lid blijf ik natuurlijk gewoon, maar maart is bij ons de maand van
            de jaarrekening en dan zit ik muurvast.

            Hester
            """
        ),
    },
    {
        "id": "ho69-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jolanda Vink <j.vink@zilkenzand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Dag Stan, een onderwerp heb ik even niet paraat - mijn hoofd zit vol met de voorjaarsnota - maar op
            11 maart ben ik er in elk geval bij.

            Groet, Jolanda
            """
        ),
    },
    # --- suggestions ----------------------------------------------------------------------------------------------
    {
        "id": "ho69-033",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Wim Zandvliet <w.zandvliet@duinrandsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Mijn onderwerp: hoe houd je de dienstverlening in de kleine kernen op peil als het loket in het
            dorpshuis dichtgaat? Wij sluiten dit jaar twee van de vier servicepunten en zoeken naar alternatieven
            (huisbezoek, de bibliotheek, een mobiel loket).

            Met vriendelijke groet,
            Wim Zandvliet
            directeur Publiekszaken
            """
        ),
    },
    {
        "id": "ho69-034",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Lieke Warnaar <l.warnaar@hrso.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Twee onderwerpen van onze kant:
            - krapte op de arbeidsmarkt: hoe houden we jonge beleidsmedewerkers vast nu de grote steden in de buurt
              beter betalen?
            - onze positie als werkorganisatie in de regio: wie zit namens wie aan welke tafel?

            Groet,
            Lieke Warnaar
            """
        ),
    },
    {
        "id": "ho69-035",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Niels van Dam <n.vandam@mientenmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Hallo Stan en Melanie,

            Ik zou het graag eens hebben over een toekomstvisie voor de werkorganisatie richting 2035: waar willen
            we dan staan, welke opgaven komen op ons af en welke rol kiezen we zelf, los van wat er in de
            collegeprogramma's staat?

            Niels
            """
        ),
    },
    {
        "id": "ho69-036",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Stephanie Cromwijk <s.cromwijk@sleutelregio.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan, dear Melanie,

            A topic I'd love to discuss with peers: how do you measure resident satisfaction consistently when three
            municipalities each run their own front desk and their own survey? We'd like one dashboard with
            comparable KPIs, but every council insists on its own questions.

            Best regards,
            Stephanie Cromwijk
            Director Public Services, Sleutelregio
            """
        ),
    },
    {
        "id": "ho69-037",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Esther Pronk <e.pronk@rbbedrijfsvoering.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het verslag, mooi samengevat. Voor de volgende keer zou ik graag de I&A-kosten op tafel
            leggen: onze licentiekosten zijn in drie jaar verdubbeld en informatieveiligheid vraagt steeds meer
            capaciteit. Hoe gaan anderen daarmee om?

            Esther Pronk
            """
        ),
    },
    {
        "id": "ho69-038",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Maarten Slootweg <m.slootweg@geestgronden.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Aanvulling op mijn eerdere lijstje: de gezamenlijke inkoop van jeugdzorg met buurgemeenten buiten onze
            GR. Hoe maak je goede afspraken met gemeenten waarmee je geen ambtelijke organisatie deelt?

            Maarten
            """
        ),
    },
    {
        "id": "ho69-039",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Floor Noordermeer <f.noordermeer@tulpenrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom!

            En alvast een idee voor het najaar: grip op formatie en inhuur. Wij zitten op 23% externe inhuur en de
            raden willen dat omlaag; ik ben benieuwd hoe collega's dat aanpakken.

            Floor
            """
        ),
    },
    {
        "id": "ho69-040",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jelle Verbeek <j.verbeek@bollenkust.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Bedankt voor het warme welkom. Een onderwerp dat bij ons speelt: één ondernemersloket voor de
            bollen- en sierteeltbedrijven, zodat een kweker niet drie keer hetzelfde verhaal hoeft te vertellen over
            vergunningen en huisvesting van seizoenskrachten. Benieuwd of anderen dat al hebben.

            Jelle Verbeek
            """
        ),
    },
    {
        "id": "ho69-041",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Corine Bloemendaal <c.bloemendaal@zijlwetering.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            De samenwerking tussen onze drie gemeenten loopt eerlijk gezegd prima, daar hoeven we het wat mij betreft
            niet over te hebben. Wat mij bezighoudt is iets anders: hoe stel je als directie een strategische
            meerjarenagenda op die boven drie coalitieakkoorden uitstijgt? En welke bestuurlijke prioriteiten kies je
            als die akkoorden elkaar tegenspreken?

            Corine Bloemendaal
            """
        ),
    },
    {
        "id": "ho69-042",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Ingeborg Tetteroo <i.tetteroo@servicepuntouderijn.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Onderwerp voor het atelier:
            één digitaal klantportaal voor drie gemeenten. Wat betekent de overstap voor inwoners die gewend zijn aan
            de site van hun eigen gemeente, en wat vraagt het van onze werkprocessen en de backoffice erachter?

            Met vriendelijke groet,
            I. Tetteroo
            Servicepunt Oude Rijn
            """
        ),
    },
    {
        "id": "ho69-043",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Renée Taal <r.taal@oudevaart-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Ik ben er op 11 maart bij. Als onderwerp stel ik voor: het verschil in ambitie tussen de grote en de
            kleine gemeente binnen één GR. Hoe voorkom je dat de kleinste partner zich ondergesneeuwd voelt en
            telkens aan de bel trekt bij het AB?

            Renée Taal
            directeur Bedrijfsvoering, Werkorganisatie Oude Vaart
            """
        ),
    },
    # --- other ----------------------------------------------------------------------------------------------------
    {
        "id": "ho69-044",
        "kind": "other",
        "sender": "Mariska Turk <m.turk@kagerland-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Geen inhoudelijk thema, wel een wens: kan het atelier een keer in onze regio plaatsvinden? Voor ons uit
            de Bollenstreek is Utrecht op donderdagmiddag een halve dag reizen, met de file op de A4. Een ochtend in
            Leiden of aan de kust, desnoods met lunch, zou de drempel flink verlagen.

            Groet,
            Mariska Turk
            """
        ),
    },
    {
        "id": "ho69-045",
        "kind": "other",
        "sender": "Tanja van Leeuwen <t.vanleeuwen@wo-lrn.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan,

            Ik kom graag, maar om half vijf moet ik weg voor een AB-vergadering in Oostduin. Is het zinvol om dan
            toch te komen, of mis ik het belangrijkste deel? Laat het even weten, dan geef ik me definitief op.

            Tanja
            """
        ),
    },
    {
        "id": "ho69-046",
        "kind": "other",
        "sender": "Ria Duivenvoorden <r.duivenvoorden@duinenbol.nl>",
        "subject": "Nieuw e-mailadres",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Onze werkorganisatie heeft per 1 januari een nieuwe naam gekregen, en daarmee ook een nieuw domein. Mijn
            oude adres r.duivenvoorden@zandhoevesamen.nl vervalt eind deze maand. Wilt u voortaan dit adres gebruiken?

            Groet,
            Ria Duivenvoorden
            Duin & Bol Werkt
            """
        ),
    },
    {
        "id": "ho69-047",
        "kind": "other",
        "sender": "Dirk-Jan Knijnenburg <dj.knijnenburg@vlietoevers.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Deze uitnodiging aan Harm Koppenol is via een doorstuurregel bij mij beland. Harm is per 1 januari
            vertrokken bij Vlietoevers en zijn functie is nog vacant. Ik ben zelf programmamanager, geen
            directeur, dus ik laat het verder aan jullie.

            Dirk-Jan Knijnenburg
            """
        ),
    },
    {
        "id": "ho69-048",
        "kind": "other",
        "sender": "Anouk Dijkhuizen <a.dijkhuizen@leidseveenpolders.nl>",
        "subject": "Aanmelden directieteam",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Ons directieteam bestaat sinds de reorganisatie uit drie directeuren. Kunnen zij alle drie lid worden?
            - Bas Buitenhuis, b.buitenhuis@leidseveenpolders.nl
            - Sandra Kortekaas, s.kortekaas@leidseveenpolders.nl
            - Hester van Vliet (volgens mij is zij al lid)

            Groet,
            Anouk Dijkhuizen, bestuursadviseur
            """
        ),
    },
    {
        "id": "ho69-049",
        "kind": "other",
        "sender": "Fleur Dekkers-Amrani <f.dekkers@zilkenzand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Op het regio-overleg vertelde Lieke Warnaar dat zij de krapte op de arbeidsmarkt heeft aangedragen.
            Daar sluit ik me van harte bij aan, wij lopen precies tegen hetzelfde aan. Zelf heb ik er niets aan
            toe te voegen.

            Fleur
            """
        ),
    },
    {
        "id": "ho69-050",
        "kind": "other",
        "sender": "Daniel Kuipers <d.kuipers@geestgronden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            Great theme. Over the past year we've built a 'local desk' model in which each of our two councils has
            a dedicated liaison inside the shared organisation - it's exactly about keeping the couleur locale.
            Would there be room for us to present it for 10-15 minutes at the atelier? Happy to send a one-pager
            first.

            Daniel Kuipers
            Deputy Director, De Geestgronden
            """
        ),
    },
    {
        "id": "ho69-051",
        "kind": "other",
        "sender": "Petra Sloof <managementassistent@mientenmeer.nl>",
        "subject": "FW: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemiddag, mevrouw Bakker-Noordhoek heeft mij gevraagd haar aanmelding te bevestigen; zij is deze week
            met vakantie en kan zelf niet bij haar mail. Bij dezen dus.

            Met vriendelijke groet,
            Petra Sloof, managementassistent
            """
        ),
    },
    {
        "id": "ho69-052",
        "kind": "other",
        "sender": "Hans Verweij <h.verweij@duinenbol.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nee hoor, ik neem niemand mee. Kan ik wel dicht bij de ingang parkeren? Ik loop sinds mijn
            knieoperatie nog wat moeizaam.

            Hans
            """
        ),
    },
    {
        "id": "ho69-053",
        "kind": "other",
        "sender": "Alwin Hoek <a.hoek@oudevaart-wo.nl>",
        "subject": "Opvolging per 1 september",
        "quote": "none",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 september ga ik aan de slag bij de Veiligheidsregio. Mijn opvolger, Chris Mooijman, begint op die
            datum als algemeen directeur van Oude Vaart (c.mooijman@oudevaart-wo.nl). Tot die tijd blijf ik gewoon
            lid en kom ik ook nog graag naar het najaarsatelier. Kunnen jullie de overdracht per 1 september regelen?

            Met hartelijke groet,
            Alwin Hoek
            """
        ),
    },
    {
        "id": "ho69-054",
        "kind": "other",
        "sender": "Sjoerd Mulder <s.mulder@kagerland-wo.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Nu al voor de tweede keer een mail om een aanmelding te bevestigen die ik niet heb gedaan. Hoe komt u
            aan mijn e-mailadres? Ik wil graag weten wie mijn gegevens aan u heeft doorgegeven.

            S. Mulder
            hoofd Juridische Zaken
            """
        ),
    },
    # --- automatic mail -------------------------------------------------------------------------------------------
    {
        "id": "ho69-055",
        "kind": "autoreply",
        "sender": "Gerard Spaargaren <g.spaargaren@geestgronden.nl>",
        "thread": "invitation",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart "
            "2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "quote": "none",
        "body": _(
            """
            Dank voor uw bericht. Ik ben tot en met 24 februari afwezig. Voor dringende zaken kunt u contact opnemen
            met het bestuurssecretariaat via 071 - 408 22 10 of bestuurssecretariaat@geestgronden.nl. Uw e-mail
            wordt niet doorgestuurd.
            """
        ),
    },
    {
        "id": "ho69-056",
        "kind": "autoreply",
        "sender": "Michael O'Brien <m.obrien@geestgronden.nl>",
        "thread": "call_for_themes",
        "subject": (
            "Automatic reply: Welke thema's wilt u bespreken? Leer- en "
            "inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "quote": "none",
        "body": _(
            """
            Thank you for your email. I'm at the VNG congress until Friday 15 January with limited access to email.
            For urgent matters please contact my office manager, Evi Zonneveld (e.zonneveld@geestgronden.nl).
            """
        ),
    },
    {
        "id": "ho69-057",
        "kind": "autoreply",
        "sender": "Jos van Tol <j.vantol@mientenmeer.nl>",
        "thread": "reminder",
        "subject": (
            "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier "
            "donderdag 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        "quote": "none",
        "body": _(
            """
            Jos van Tol is niet meer werkzaam bij Werkorganisatie Mient & Meer. Dit e-mailadres wordt niet meer
            gelezen en uw bericht is niet doorgestuurd. Voor vragen kunt u terecht bij info@mientenmeer.nl of
            0252 - 53 80 00.
            """
        ),
    },
    {
        "id": "ho69-058",
        "kind": "autoreply",
        "sender": "Bestuurssecretariaat Duinrand Samen <bestuurssecretariaat@duinrandsamen.nl>",
        "thread": "welcome",
        "subject": (
            "[Z-2027-004812] Ontvangstbevestiging: Welkom bij het Netwerk van "
            "directeuren van ambtelijke fusieorganisaties"
        ),
        "headers": {"Auto-Submitted": "auto-generated"},
        "quote": "none",
        "body": _(
            """
            Uw bericht is ontvangen en geregistreerd onder zaaknummer Z-2027-004812. Wij streven ernaar uw bericht
            binnen vijf werkdagen te behandelen. Dit is een automatisch gegenereerd bericht; reageren is niet mogelijk.

            Bestuurssecretariaat Duinrand Samen
            """
        ),
    },
    {
        "id": "ho69-059",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@zandhoevesamen.nl>",
        "subject": (
            "Onbestelbaar: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "quote": "none",
        "body": _(
            """
            Kan niet worden bezorgd bij deze geadresseerden of groepen:

            r.duivenvoorden@zandhoevesamen.nl
            Het e-mailadres dat u hebt opgegeven, kan niet worden gevonden. Controleer het e-mailadres van de
            geadresseerde en probeer het bericht opnieuw te verzenden.

            Diagnostische gegevens voor beheerders:

            Genererende server: AM9PR04MB7731.eurprd04.prod.outlook.com

            r.duivenvoorden@zandhoevesamen.nl
            Externe server heeft '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' geretourneerd
            """
        ),
    },
    {
        "id": "ho69-060",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mail.seinstravandelaar.nl>",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "quote": "none",
        "body": _(
            """
            This is the mail system at host mail.seinstravandelaar.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

                               The mail system

            <k.hazelhoff@mientenmeer.nl>: host mx1.mientenmeer.nl[145.12.8.40] said: 550
                5.1.1 <k.hazelhoff@mientenmeer.nl>: Recipient address rejected: User unknown
                in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
