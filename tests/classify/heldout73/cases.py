"""heldout73: a year of mail from werkorganisaties in the Noordoostpolder, Urk and the Kop van Overijssel.

The writers are directors, management assistants and secretariats of invented shared civil-service organisations in
the north of Flevoland and the Kop van Overijssel (Polderwijs, Polderpoort, Schokkerhaven, Urkerland Werkt, Kop-Noord,
Noordmeer, Weerribben Werkt, DGZ Werkorganisatie, Zwartewater & Vecht Samen, ML Werkt). The set follows one year of
the mailbox: the call for themes in January, sign-ups and confirmations of new directors, the spring atelier with its
invitation, change, reminder and follow-up, leaves and hand-overs, a seconded interim director writing in English,
questions about data and practical matters, and the machines (out-of-office replies, a ticket system, bounces).
Several people recur, so later mails answer earlier ones (a no that becomes a yes, a leaver and the successor).

Conventions this set relies on (from the brief):
- a later mail carries the writer's latest answer; a substitute who cannot come either declines (rsvp False);
- taking oneself off the waiting list is a decline, not leaving the network; leaving and declining at once is
  unsubscribe, as is leaving with or without a named successor, and a hand-over with the successor's address;
- a hand-over for a later date while staying a member until then, a colleague confirming for someone else, a
  confirmation with a real question, a yes on a condition, a question beside a yes, an address change, a request to
  see one's data, a denial that asks where we got the address, an assistant's forward about attendance: other;
- a denial of a sign-up (also asking who did it) under the confirmation mail withdraws it: unsubscribe;
- an AVG erasure request with a question beside it is unsubscribe with erase;
- a proposed topic is a suggestion under any of our mails, also with a yes or a no beside it; backing someone
  else's topic, asking to present, and proposals about the form (place, time) of the atelier are other;
- correcting the guest count without saying whether one comes is other;
- themes are those of the proposed topic, not of the story told before it;
- out-of-office, "address no longer in use" and ticket systems are autoreply without quote; delivery failures are
  bounce without thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- aanmeldingen -------------------------------------------------------------------------------------------
    {
        "id": "h73-001",
        "kind": "subscribe",
        "sender": "Jurjen Tiemersma <j.tiemersma@polderwijs.nl>",
        "quote": "none",
        "subject": "Aanmelding directeurennetwerk",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 februari ben ik algemeen directeur van Werkorganisatie Polderwijs, de ambtelijke organisatie
            van Noordoostpolder en Urk. Mijn voorganger Anton Kroes wees mij bij de overdracht op uw netwerk en
            sprak er met veel waardering over. Ik meld mij hierbij dan ook graag aan als lid.

            Met vriendelijke groet,

            Jurjen Tiemersma
            Algemeen directeur | Werkorganisatie Polderwijs
            Harm Smeengestraat 2, Emmeloord
            T 0527 - 63 34 10
            """
        ),
    },
    {
        "id": "h73-002",
        "kind": "subscribe",
        "sender": "Margreet Nijboer <m.nijboer@kopnoord.nl>",
        "quote": "none",
        "subject": "Nieuw lid voor het netwerk: Wietske Bouma",
        "body": _(
            """
            Beste Stan en Melanie,

            Wij hebben sinds deze maand een nieuwe directeur bedrijfsvoering: Wietske Bouma. Ze komt van de
            provincie en kent jullie netwerk nog niet, maar ik weet zeker dat ze er veel aan heeft, juist nu we
            de bedrijfsvoering van Steenwijk en Vollenhove in elkaar schuiven. Willen jullie haar inschrijven?
            Haar adres is w.bouma@kopnoord.nl.

            Dank alvast!
            Margreet

            Margreet Nijboer
            gemeentesecretaris-directeur
            Werkorganisatie Kop-Noord
            """
        ),
    },
    {
        "id": "h73-003",
        "kind": "subscribe",
        "sender": "Dorien Kuipers <d.kuipers@schokkerhaven.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Hè, dat was niet de bedoeling. Mijn managementassistent heeft bij het opruimen van mijn inbox op een
            stapel nieuwsbrieven 'afmelden' geantwoord, en deze zat er per ongeluk tussen. Ik hoor juist graag bij
            het netwerk, dus zet me er alsjeblieft weer op.

            Groet,
            Dorien Kuipers
            directeur Ambtelijke organisatie Schokkerhaven
            """
        ),
    },
    {
        "id": "h73-004",
        "kind": "subscribe",
        "sender": "Siobhan Kearney <s.kearney@weerribbenwerkt.nl>",
        "quote": "none",
        "subject": "Membership request",
        "body": _(
            """
            Hello,

            I joined Weerribben Werkt in April as interim director, on secondment from a local authority in
            Dublin, so apologies for writing in English - my Dutch is improving, but slowly. Several colleagues
            in the Kop van Overijssel mentioned your network of directors and the ateliers. I would like to
            join, please; this address is fine for all correspondence.

            Kind regards,
            Siobhan Kearney
            Interim Director, Weerribben Werkt
            """
        ),
    },
    {
        "id": "h73-005",
        "kind": "subscribe",
        "sender": "Roel van der Veen <roel.vanderveen@dgz-wo.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Hoi, wil me graag aanmelden voor het netwerk vd directeuren. Ben sinds deze week dir. bij DGZ
            (Genemuiden/Hasselt/Zwartsluis). Thx, Roel

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h73-006",
        "kind": "subscribe",
        "sender": "Tineke Bakker <t.bakker@mlwerkt.nl>",
        "quote": "none",
        "subject": "Weer terug van weggeweest",
        "body": _(
            """
            Dag secretariaat,

            Vorig jaar heb ik mij afgemeld omdat ik een half jaar sabbatical nam (een fietstocht naar Santiago,
            voor wie het wil weten). Sinds deze maand zit ik weer op mijn plek als directeur van ML Werkt in
            Marknesse en ik merk dat ik de ateliers eigenlijk mis. Willen jullie mij opnieuw als lid opnemen, op
            hetzelfde adres als toen?

            Hartelijke groet,
            Tineke Bakker
            """
        ),
    },
    # --- bevestigingen ------------------------------------------------------------------------------------------
    {
        "id": "h73-007",
        "kind": "confirm",
        "sender": "Gerrit-Jan Mulder <gj.mulder@polderpoort-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h73-008",
        "kind": "confirm",
        "sender": "Yvonne Tuinstra <y.tuinstra@urkerlandwerkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Met vriendelijke groet,

            Yvonne Tuinstra
            Directeur Dienstverlening
            Urkerland Werkt | Wijk 2-19, Urk

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten
            worden ontleend.
            """
        ),
    },
    {
        "id": "h73-009",
        "kind": "confirm",
        "sender": "Hendrikje Schuurman <h.schuurman@schokkerhaven.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Bij deze bevestigd - goed dat er zo'n netwerk bestaat voor ons soort clubs.
            Hendrikje

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h73-010",
        "kind": "confirm",
        "sender": "Siobhan Kearney <s.kearney@weerribbenwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - thank you, and I look forward to meeting the other directors.

            Siobhan
            """
        ),
    },
    {
        "id": "h73-011",
        "kind": "confirm",
        "sender": "Roel van der Veen <roel.vanderveen@dgz-wo.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ja, klopt, dat ben ik. Sorry voor de late reactie, de eerste mail was bij de ongewenste post beland.
            Roel
            """
        ),
    },
    # --- afmeldingen en overdrachten ----------------------------------------------------------------------------
    {
        "id": "h73-012",
        "kind": "unsubscribe",
        "sender": "Ruth Adebayo-Visser <r.adebayo@noordmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Next month I am moving to a policy role at the Province of Flevoland, so I will no longer be a
            director of a shared organisation. Could you please take me off your list? Thank you for all the
            inspiring sessions over the past years.

            Best wishes,
            Ruth Adebayo-Visser
            """
        ),
    },
    {
        "id": "h73-013",
        "kind": "unsubscribe",
        "sender": "Anton Kroes <a.kroes@polderwijs.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Dank voor de snelle afhandeling. U vroeg naar een opvolger: dat is Jurjen Tiemersma, hij begint op
            1 februari en is bereikbaar via j.tiemersma@polderwijs.nl. Ik heb hem al verteld dat hij van u hoort.

            Anton Kroes
            """
        ),
    },
    {
        "id": "h73-014",
        "kind": "unsubscribe",
        "sender": "Koos ten Napel <k.tennapel@zwvsamen.nl>",
        "quote": "none",
        "subject": "Afscheid en opvolging",
        "body": _(
            """
            Beste mensen,

            Na elf jaar Zwartewater & Vecht Samen neem ik deze vrijdag afscheid. Mijn opvolger wordt Eline
            Brink; zij is nog niet in dienst en heeft dus nog geen mailadres bij ons. Wilt u mij nu al uit het
            ledenbestand halen? Eline meldt zich vast zelf bij u zodra ze is begonnen.

            Met vriendelijke groet,
            Koos ten Napel
            """
        ),
    },
    {
        "id": "h73-015",
        "kind": "unsubscribe",
        "sender": "Bart Oosterhuis <b.oosterhuis@mlwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Hier heb ik mij niet voor opgegeven. Ik ben ook geen directeur maar teamleider Belastingen. Wie heeft
            mijn naam bij u doorgegeven?

            B. Oosterhuis
            """
        ),
    },
    {
        "id": "h73-016",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Henk-Jan Leusink <hj.leusink@kopnoord.nl>",
        "quote": "none",
        "subject": "Verzoek tot wissen persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van artikel 17 van de AVG verzoek ik u alle persoonsgegevens die u in het kader van het
            netwerk over mij verwerkt te wissen, ook op eventuele deelnemerslijsten van eerdere ateliers.
            Graag ontvang ik een bevestiging zodra dit is gebeurd. Daarbij een vraag: hebt u mijn gegevens ooit
            gedeeld met derden, bijvoorbeeld met de locatie waar een atelier werd gehouden?

            Hoogachtend,

            H.J. Leusink
            """
        ),
    },
    {
        "id": "h73-017",
        "kind": "unsubscribe",
        "sender": "Saskia Holtland <s.holtland@dgz-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan en Melanie,

            Op 11 maart ben ik er niet bij, en eerlijk gezegd daarna ook niet meer: per 1 maart word ik
            gemeentesecretaris van een gemeente die nergens mee samenwerkt. Het netwerk past dan niet meer bij
            mij, dus schrijf me maar uit. Het ga jullie goed, ik heb veel aan de ateliers gehad.

            Saskia
            """
        ),
    },
    {
        "id": "h73-018",
        "kind": "unsubscribe",
        "sender": "Marco Geertsema <m.geertsema@schokkerhaven.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Wat een mooie middag was het weer. Vooral het gesprek met de collega uit Zeeland over raadswerkgroepen
            heb ik meegenomen naar ons MT, en het verslag lees ik morgen in de trein.

            Het was wel mijn laatste atelier. Ik stop eind april en er komt voorlopig geen nieuwe directeur: de
            colleges willen de organisatie eerst herijken. Haal mij na deze mail dus maar uit het bestand. Dank
            voor alles wat jullie de afgelopen jaren hebben neergezet.

            Marco
            """
        ),
    },
    {
        "id": "h73-019",
        "kind": "unsubscribe",
        "sender": "Rudmer Kingma <r.kingma@weerribbenwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Geen thema's van mijn kant dit keer: per 1 april vertrek ik naar een functie in Friesland. Schrap mij
            dus maar uit de ledenlijst. Wie mij als (interim-)directeur opvolgt, is nog niet bekend.

            Rudmer Kingma
            """
        ),
    },
    # --- aanmeldingen voor het atelier --------------------------------------------------------------------------
    {
        "id": "h73-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Annelot Broekema <a.broekema@mlwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja hoor, 11 maart staat al in mijn agenda. Ik kom met de trein uit Kampen, dus ik ben er rond kwart
            voor twee.

            Groet, Annelot
            """
        ),
    },
    {
        "id": "h73-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jeroen Keizer <j.keizer@urkerlandwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom, en ik neem onze concerncontroller Lisa Post mee, dus we zijn met z'n tweeën. Het thema
            raakt precies aan waar we op Urk en in de polder mee worstelen.

            Jeroen Keizer
            directeur Urkerland Werkt
            """
        ),
    },
    {
        "id": "h73-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wietske Bouma <w.bouma@kopnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee, helaas. Die donderdag is de begrotingsbehandeling in Steenwijk en daar kan ik als nieuwe
            directeur bedrijfsvoering echt niet onderuit. Een volgende keer hoop ik er wel bij te zijn.

            Wietske Bouma
            """
        ),
    },
    {
        "id": "h73-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tjeerd Hoogeveen <t.hoogeveen@polderpoort-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Zelf ben ik die week met de drie colleges op werkbezoek in Vlaanderen. In mijn plaats gaat onze
            directeur Sociaal Domein, Nadia El Khatib (n.elkhatib@polderpoort-wo.nl). Zij heeft er zin in.

            Tjeerd
            """
        ),
    },
    {
        "id": "h73-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Willemijn Koffeman <w.koffeman@schokkerhaven.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Ik sluit online aan via Teams; Utrecht is voor een middag net te ver vanuit Ens.
            """
        ),
    },
    {
        "id": "h73-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Siobhan Kearney <s.kearney@weerribbenwerkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Declined: Uitnodiging Leer- en inspireer-atelier 7 oktober 2027: "
            "Regie op de regio [atelier:2027-2]"
        ),
        "body": _(
            """
            Sorry - this clashes with our audit committee. I hope to make the spring session.
            """
        ),
    },
    {
        "id": "h73-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ronald Scholten <r.scholten@zwvsamen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas kan ik niet, ik lig met koorts op de bank. Geef mijn plek maar aan iemand van de wachtlijst.
            Baal ervan!

            Ronald
            """
        ),
    },
    {
        "id": "h73-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Pieter Jelsma <p.jelsma@schokkerhaven.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Inmiddels heb ik op die middag een andere verplichting, dus u kunt mij van de wachtlijst halen. Dan
            schuift de volgende een plaatsje op.

            Met vriendelijke groet,
            Pieter Jelsma
            """
        ),
    },
    {
        "id": "h73-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Secretariaat directie Polderwijs <secretariaatdirectie@polderwijs.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Tiemersma laat ik u weten dat hij aanwezig zal zijn. De afspraak staat in zijn agenda.

            Met vriendelijke groet,

            Janny Woord
            Managementassistent directie | Werkorganisatie Polderwijs
            """
        ),
    },
    {
        "id": "h73-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sjoerd Kappert <s.kappert@kopnoord.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Met de nieuwe datum kan ik wél. Ik kom dus, en het Provinciehuis is voor mij ook nog makkelijker te
            bereiken dan het Stadskantoor.

            Sjoerd Kappert
            """
        ),
    },
    {
        "id": "h73-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nadia El Khatib <n.elkhatib@polderpoort-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Tjeerd vroeg me om in zijn plaats te gaan, maar nu blijkt dat ik die middag zelf een regionaal
            overleg in Zwolle voorzit. Ik moet het dus helaas laten schieten. Tjeerd weet ervan.

            Groet, Nadia
            """
        ),
    },
    {
        "id": "h73-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wietske Bouma <w.bouma@kopnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Kleine kentering: de begrotingsbehandeling is een week opgeschoven, dus ik kan op 11 maart toch.
            Mijn eerdere nee mag u doorstrepen. Ik kom alleen, zonder introducé.

            Wietske
            """
        ),
    },
    # --- onderwerpen ---------------------------------------------------------------------------------------------
    {
        "id": "h73-032",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ilse Ruiterkamp <i.ruiterkamp@urkerlandwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ons onderwerp voor maart:
            - hoe houd je jonge medewerkers vast als Zwolle en Lelystad beter betalen en wij op Urk niet de
              eerste keus zijn (binding, formatie, ruimte voor hybride werken)

            Groet, Ilse
            """
        ),
    },
    {
        "id": "h73-033",
        "kind": "suggestion",
        "themes": ["strategie", "dienstverlening"],
        "sender": "Henk Romkes <h.romkes@polderpoort-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Twee onderwerpen van onze kant:
            Scenario's voor 2035: welke taken doet een werkorganisatie als de onze dan nog zelf, en welke niet meer?
            Hoe meet je of inwoners van de kleine kernen net zo goed geholpen worden als die in de hoofdplaats?

            Henk Romkes
            Polderpoort
            """
        ),
    },
    {
        "id": "h73-034",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jeroen Keizer <j.keizer@urkerlandwerkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dank voor het verslag. Voor de volgende keer zou ik de verhouding met de gemeenteraden willen
            agenderen. Op Urk en in de polder kijken de raden heel verschillend naar 'hun' werkorganisatie en wij
            zitten er middenin. Hoe gaan anderen om met raden die elkaar niet vertrouwen?

            Jeroen

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h73-035",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Gerrit-Jan Mulder <gj.mulder@polderpoort-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik ben erbij. En als er een volgende keer ruimte is: ik praat graag eens over servicepunten in de
            dorpen. Wij sluiten er twee en de weerstand is groot. Hoe houden anderen de dienstverlening dicht bij
            de inwoner zonder in elk dorp een loket open te houden?

            Gerrit-Jan
            """
        ),
    },
    {
        "id": "h73-036",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Siobhan Kearney <s.kearney@weerribbenwerkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Thank you for the warm welcome! One topic I would love to discuss with colleagues: running a single
            information security and cloud policy across municipalities whose IT was never really merged. We
            still operate three separate networks and two document systems.

            Siobhan
            """
        ),
    },
    {
        "id": "h73-037",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Henk Romkes <h.romkes@polderpoort-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog eentje erbij, als het mag: hoe zet je als werkorganisatie een meerjarige koers uit als de drie
            colleges elk een ander coalitieakkoord hebben en andere prioriteiten stellen? Dat gaat over onze
            eigen strategie, maar net zo goed over hoe de gemeenten zich tot elkaar verhouden.

            Henk
            """
        ),
    },
    {
        "id": "h73-038",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jonas Albrecht <j.albrecht@noordmeer.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Dear secretariat,

            A topic suggestion: performance monitoring of our services to residents and businesses. We publish
            response times for permits and complaints every quarter, but nobody seems to read them. Has anyone
            found a way to make service performance figures meaningful for residents and for the councils?

            Best regards,
            Jonas Albrecht
            Head of Customer Services (acting director), Noordmeer
            """
        ),
    },
    {
        "id": "h73-039",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hendrikje Schuurman <h.schuurman@schokkerhaven.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo Stan,

            Ik had beloofd nog te reageren. Het is hier een roerige maand geweest: ons zaaksysteem lag drie dagen
            plat en eerlijk gezegd heeft de samenwerking met de buurgemeenten ons toen gered, want hun KCC nam
            de telefoon over. Financieel zitten we ook krap, maar dat terzijde.

            Wat ik graag eens zou bespreken: hoe blijf je bereikbaar en behulpzaam voor inwoners als systemen of
            telefonie uitvallen? Wat doen anderen dan aan de balie, aan de telefoon en bij de uitkeringen?

            Hartelijke groet,
            Hendrikje
            """
        ),
    },
    {
        "id": "h73-040",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ronald Scholten <r.scholten@zwvsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            In maart ben ik er zelf niet bij (dan zit ik in Portugal), maar ik geef wel een onderwerp mee: onze
            plek in de regio. Wij staan met één been in Regio Zwolle en met het andere richting de polder. Hoe
            kies je als werkorganisatie van kleine gemeenten positie tussen twee regio's zonder overal maar half
            bij te zijn?

            R. Scholten
            """
        ),
    },
    {
        "id": "h73-041",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Annelot Broekema <a.broekema@mlwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Onderwerp: AI in onze werkprocessen. Wat mag wel/niet, wie durft al? Wij proberen een taalmodel uit
            bij de behandeling van bezwaarschriften en ik ben benieuwd hoe anderen dat aanpakken.
            Groet Annelot

            Verstuurd vanuit Outlook voor Android
            """
        ),
    },
    # --- automatische antwoorden ------------------------------------------------------------------------------
    {
        "id": "h73-042",
        "kind": "autoreply",
        "sender": "Tjeerd Hoogeveen <t.hoogeveen@polderpoort-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Tot en met 24 februari ben ik afwezig en lees ik mijn mail niet. Voor dringende
            zaken kunt u het directiesecretariaat van Polderpoort bellen: 0527 - 25 81 00.
            """
        ),
    },
    {
        "id": "h73-043",
        "kind": "autoreply",
        "sender": "Jonas Albrecht <j.albrecht@noordmeer.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatic reply: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            I am out of the office until Monday 11 January with limited access to e-mail. For anything urgent,
            please call the Noordmeer front office on 0521 - 36 20 00.
            """
        ),
    },
    {
        "id": "h73-044",
        "kind": "autoreply",
        "sender": "Wim Pasterkamp <w.pasterkamp@mlwerkt.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Wim Pasterkamp werkt niet meer bij ML Werkt en uw bericht
            wordt niet doorgestuurd. Voor de directie kunt u mailen naar directie@mlwerkt.nl.
            """
        ),
    },
    {
        "id": "h73-045",
        "kind": "autoreply",
        "sender": "Klantcontact Polderpoort <info@polderpoort-wo.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": (
            "[Zaak ZK-27-004417] RE: Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Bedankt voor uw e-mail aan Polderpoort. Uw bericht is geregistreerd onder zaaknummer ZK-27-004417.
            Binnen vijf werkdagen ontvangt u een reactie van de behandelend medewerker.

            Dit is een automatisch verstuurd bericht; antwoorden hierop worden niet gelezen.
            """
        ),
    },
    # --- onbestelbaar ----------------------------------------------------------------------------------------------
    {
        "id": "h73-046",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.schokkerhaven.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.schokkerhaven.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

                               The mail system

            <p.jelsma@schokkerhaven.nl>: host mail.schokkerhaven.nl[10.20.4.7] said: 550
                5.1.1 <p.jelsma@schokkerhaven.nl>: Recipient address rejected: User unknown
                in local recipient table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h73-047",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@urkerlandwerkt.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: Gewijzigd: Leer- en inspireer-atelier 18 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Kan niet worden bezorgd bij deze ontvangers of groepen:

            j.keizer@urkerlandwerkt.nl
            Het postvak van de ontvanger is vol en kan op dit moment geen berichten aannemen. Probeer het later
            opnieuw of neem op een andere manier contact op met de ontvanger.

            Diagnostische gegevens voor beheerders:
            Genererende server: EX02.urkerlandwerkt.local
            Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
            """
        ),
    },
    # --- voor het secretariaat ---------------------------------------------------------------------------------
    {
        "id": "h73-048",
        "kind": "other",
        "sender": "Grietje Brouwer <g.brouwer@noordmeer.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemiddag,

            Mevrouw Wijnholds wil graag naar dit atelier, maar heeft die ochtend een bestuursvergadering die vaak
            uitloopt. Zij verwacht pas rond half vier binnen te zijn. Is het bezwaarlijk als zij halverwege
            aanschuift, of kan zij dan beter online meedoen?

            Met vriendelijke groet,
            Grietje Brouwer
            secretaresse directie Noordmeer
            """
        ),
    },
    {
        "id": "h73-049",
        "kind": "other",
        "sender": "Ilse Ruiterkamp <i.ruiterkamp@urkerlandwerkt.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres per 1 mei",
        "body": _(
            """
            Beste secretariaat,

            Per 1 mei stappen wij over op een nieuw domein, urkerland.nl. Mijn adres wordt dan
            ilse.ruiterkamp@urkerland.nl. Willen jullie dat in het ledenbestand aanpassen? Het oude adres blijft
            nog tot de zomer werken, maar daarna niet meer.

            Ilse Ruiterkamp
            """
        ),
    },
    {
        "id": "h73-050",
        "kind": "other",
        "sender": "Lotte Hoekman <l.hoekman@polderwijs.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik ken dit netwerk niet en heb mij nergens aangemeld. Graag hoor ik waar u mijn e-mailadres vandaan
            hebt.

            L. Hoekman
            """
        ),
    },
    {
        "id": "h73-051",
        "kind": "other",
        "sender": "Bert Mussche <b.mussche@weerribbenwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik wil graag komen, maar alleen als mijn strategisch adviseur mee mag; zij is geen directeur. Past dat
            binnen jullie opzet? Zo ja, dan meld ik ons allebei aan.

            Bert
            """
        ),
    },
    {
        "id": "h73-052",
        "kind": "other",
        "sender": "Gea Loosman <g.loosman@mlwerkt.nl>",
        "quote": "none",
        "subject": "Inzage in mijn gegevens",
        "body": _(
            """
            Geacht secretariaat,

            Graag ontvang ik een overzicht van de persoonsgegevens die u van mij hebt vastgelegd, en voor welke
            doelen u die gebruikt. Ik wil alleen weten wat er bewaard wordt; opzeggen is niet de bedoeling.

            Met vriendelijke groet,
            G. Loosman
            """
        ),
    },
    {
        "id": "h73-053",
        "kind": "other",
        "sender": "Tineke Bakker <t.bakker@mlwerkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            In het verslag las ik het voorstel van de collega van Zwartewater & Vecht Samen over de positie tussen
            twee regio's. Dat onderschrijf ik van harte, daar lopen wij in Marknesse precies zo tegenaan. Tel mij
            maar mee als medestander.

            Tineke
            """
        ),
    },
    {
        "id": "h73-054",
        "kind": "other",
        "sender": "Margreet Nijboer <m.nijboer@kopnoord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Stan,

            Wij hebben het afgelopen jaar voor beide gemeenten één dienstverleningsconcept ingevoerd, met een
            digitaal loket en een bus die langs de dorpen rijdt. Ik zou dat in maart graag als praktijkvoorbeeld
            presenteren. Is daar ruimte voor, en hoeveel tijd zou ik dan krijgen?

            Margreet
            """
        ),
    },
    {
        "id": "h73-055",
        "kind": "other",
        "sender": "Roel van der Veen <roel.vanderveen@dgz-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Een idee over de opzet, geen onderwerp: kunnen jullie het atelier eens in het noorden houden,
            bijvoorbeeld in Emmeloord of Steenwijk? Voor ons is Utrecht heen en terug bijna vier uur rijden. En
            misschien een ochtendprogramma in plaats van de middag, dan zijn we op tijd terug voor de
            avondvergaderingen.

            Roel
            """
        ),
    },
    {
        "id": "h73-056",
        "kind": "other",
        "sender": "Jonas Albrecht <j.albrecht@noordmeer.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Quick practical question: our network blocks Teams meetings hosted outside our own tenant, and the
            link in your mail only gives me a sign-in error. Is there an alternative, such as a dial-in number or
            a Zoom link? I will be joining remotely.

            Jonas
            """
        ),
    },
    {
        "id": "h73-057",
        "kind": "other",
        "sender": "Annelot Broekema <a.broekema@mlwerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Die gast klopt niet: ik heb niemand opgegeven. Wilt u dat even rechtzetten, zodat er geen stoel leeg
            blijft?

            Annelot Broekema
            """
        ),
    },
    {
        "id": "h73-058",
        "kind": "other",
        "sender": "Secretariaat Weerribben Werkt <secretariaat@weerribbenwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Namens de heer Mussche bevestig ik hierbij zijn aanmelding. Hij zit deze week in het buitenland en
            vroeg mij dit voor hem te regelen.

            Met vriendelijke groet,
            Fenna Visser
            managementondersteuning Weerribben Werkt
            """
        ),
    },
    {
        "id": "h73-059",
        "kind": "other",
        "sender": "Femke Wijnholds <f.wijnholds@noordmeer.nl>",
        "quote": "none",
        "subject": "Opvolging directie Noordmeer per september",
        "body": _(
            """
            Beste Stan,

            Per 1 september draag ik de directie van Noordmeer over aan Tjalling de Boer
            (t.deboer@noordmeer.nl). Tot die tijd blijf ik gewoon lid, en naar het voorjaarsatelier kom ik ook
            nog. Zouden jullie hem vanaf september de uitnodigingen willen sturen en mij dan uitschrijven?

            Hartelijke groet,
            Femke Wijnholds
            """
        ),
    },
    {
        "id": "h73-060",
        "kind": "other",
        "sender": "Tjalling de Boer <t.deboer@noordmeer.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Bevestigd. Wel een vraag: mijn voorgangster Femke Wijnholds stond al ingeschreven voor het
            najaarsatelier. Kan ik haar plek overnemen, of moet ik mij zelf opnieuw aanmelden?

            Tjalling de Boer
            """
        ),
    },
]
# fmt: on
