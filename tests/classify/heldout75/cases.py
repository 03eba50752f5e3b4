"""heldout75: a year of mail from the directors and staff of werkorganisaties around Gouda and in the Groene Hart.

The writers run (invented) shared civil-service organisations between the Hollandse IJssel, the Gouwe and the
Oude Rijn: GouweVlist, Groenhart Samen, Polderpoort, Wierickeland, Veenvenster, Goejanveen, Kagerstede, Rijnveen
Samen and others, plus their assistants, servicedesks and mail servers. The set follows one year of the mailbox:
new directors signing up and confirming, colleagues signing up a successor, people leaving or handing over their
seat, answers to the call for themes, the invitation, the change, the cancellation, the reminder and the
follow-up, questions about data and addresses, and the machines (out-of-office, tickets, bounces). Registers run
from formal letters with disclaimers to phone mails; a few writers use English.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a later mail carries the latest answer;
- under the call, the follow-up or the thank-you a proposed topic is a suggestion, also with a yes to the atelier,
  a reply that only says whether the writer comes is an rsvp, and a wish about place or time of the atelier is other;
- leaving the network and declining in one mail is unsubscribe; declining the atelier while staying a member is an
  rsvp False, and so is a decline naming a substitute or a substitute who cannot come;
- a hand-over to a named successor with an address, also under our goodbye, is unsubscribe; a hand-over for a later
  date while staying a member until then is other; a colleague reporting that someone left is other;
- an AVG erasure is unsubscribe with erase, also with a question beside it; a request to see one's data is other;
- signing up one named colleague with an address is subscribe; "lid blijven" under the goodbye is subscribe;
- a plain denial under the confirmation mail, also asking who did it, is unsubscribe; asking where we got the
  address is other;
- under the confirmation mails an empty reply or a signature alone is confirm; an assistant confirming for the
  director, a confirmation with a real question, a yes on a condition, an address change, backing someone else's
  topic, asking to present, and a "nee" that only answers the guest question are other;
- an assistant answering in reply to the invitation is an rsvp; an assistant forwarding it with a line above is other;
- calendar answers are rsvp; out-of-office, tickets and "address no longer in use" are autoreply with the thread
  their headers point to; delivery failures are bounce without a thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- sign-ups -----------------------------------------------------------------------------------------------
    {
        "id": "h75-001",
        "kind": "subscribe",
        "sender": "Thijs Boudewijns <t.boudewijns@veenvenster.nl>",
        "quote": "none",
        "subject": "Aanmelden netwerk directeuren",
        "body": _(
            """
            Goedemorgen,

            Sinds 1 februari ben ik algemeen directeur van Veenvenster, de werkorganisatie van Boskerveen en
            Waddinghem. Mijn voorganger wees me op jullie netwerk. Wil je me op dit adres als lid inschrijven?

            Groet, Thijs

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h75-002",
        "kind": "subscribe",
        "sender": "Fiona McAllister <f.mcallister@ghss.nl>",
        "quote": "none",
        "subject": "Membership request",
        "body": _(
            """
            Dear secretariat,

            I recently started as interim director of Groene Hart Shared Services, which runs the civil service
            for Stolwijkerhoek, Benschopveen and Polsbroekerwaard. A colleague in Gouda mentioned your network of
            directors, and I would very much like to become a member. Please add this address. Mail in Dutch is
            fine - I read it a good deal better than I speak it.

            Kind regards,
            Fiona McAllister
            Interim Director | GHSS
            """
        ),
    },
    {
        "id": "h75-003",
        "kind": "subscribe",
        "sender": "Evert-Jan Slingerland <ej.slingerland@wierickeland.nl>",
        "quote": "none",
        "subject": "Nieuwe collega voor het netwerk",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 april versterkt Hanneke Brouwer-Taş ons directieteam als directeur bedrijfsvoering van
            Wierickeland. Zij wil graag ook aansluiten bij het netwerk; haar adres is h.brouwertas@wierickeland.nl.
            Willen jullie haar aanmelden? Ik heb het vooraf met haar afgestemd.

            Hartelijke groet,
            Evert-Jan Slingerland
            gemeentesecretaris/algemeen directeur
            """
        ),
    },
    {
        "id": "h75-004",
        "kind": "subscribe",
        "sender": "Rachida El Idrissi <r.elidrissi@polderpoort.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Lid blijven graag! Volgens mij heeft iemand bij het opschonen van mijn nieuwsbrieven op de verkeerde
            knop gedrukt. Ik zit gewoon nog op mijn plek bij Polderpoort.

            Rachida
            """
        ),
    },
    {
        "id": "h75-005",
        "kind": "subscribe",
        "sender": "Gijsbert van Wijngaarden <g.vanwijngaarden@kagerstede.nl>",
        "quote": "none",
        "subject": "Lidmaatschap",
        "body": _(
            """
            Geachte heer Van de Laar,

            Collega Oosterbeek van Rijnveen Samen zette mij vorige week de uitnodiging voor uw atelier door. Ik ben
            directeur van de ambtelijke organisatie Kagerstede (Kagerbrug en Goejanwoude werken sinds 2023 samen),
            maar nog geen lid van het netwerk. Graag word ik dat alsnog, zodat uw berichten voortaan rechtstreeks
            bij mij binnenkomen.

            Met vriendelijke groet,
            G.J. van Wijngaarden
            """
        ),
    },
    # --- confirmations ------------------------------------------------------------------------------------------
    {
        "id": "h75-006",
        "kind": "confirm",
        "sender": "Anouk Verbeek <a.verbeek@rijnveensamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h75-007",
        "kind": "confirm",
        "sender": "Roel Kastelein <r.kastelein@groenhartsamen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            --
            Drs. Roel Kastelein MPA
            Algemeen directeur Groenhart Samen
            Raadhuisplein 4, Reeuwerbroek
            T 0182 - 64 11 90
            """
        ),
    },
    {
        "id": "h75-008",
        "kind": "confirm",
        "sender": "Daniel Okafor <d.okafor@middenveld-gr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, that's me - confirmed. Thanks for setting this up so quickly.

            Daniel
            """
        ),
    },
    {
        "id": "h75-009",
        "kind": "confirm",
        "sender": "Mirjam Hoogland <m.hoogland@zuidplasmeer-werkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            jep klopt, had me via de site opgegeven en toen vergeten te antwoorden. bij dezen alsnog!

            Mirjam

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h75-010",
        "kind": "confirm",
        "sender": "W.A. Roodenburg <wroodenburg@goejanveen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding.

            W.A. Roodenburg
            Directeur Goejanveen

            De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.
            Goejanveen aanvaardt geen aansprakelijkheid voor schade door virussen of door een vertraagde of
            onvolledige overdracht van dit bericht.
            """
        ),
    },
    # --- leaving and hand-overs ---------------------------------------------------------------------------------
    {
        "id": "h75-011",
        "kind": "unsubscribe",
        "sender": "Hennie Schouten <h.schouten@sgw-gemeenten.nl>",
        "quote": "none",
        "subject": "Afscheid",
        "body": _(
            """
            Beste secretariaat,

            Vandaag ruim ik mijn bureau op bij de SGW: na elf jaar als directeur stop ik ermee en ga ik van mijn
            pensioen genieten. Wilt u mij uit het netwerk uitschrijven? Wie mij opvolgt is nog niet bekend, het
            algemeen bestuur van de GR buigt zich daar na de zomer over.

            Het ga jullie goed, en dank voor de mooie ateliers.
            Hennie Schouten
            """
        ),
    },
    {
        "id": "h75-012",
        "kind": "unsubscribe",
        "sender": "Kees Wartena <k.wartena@vlietkant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Stan, Melanie,

            Deze uitnodiging komt een week te laat bij mij: sinds maandag werk ik bij het Rijk en heb ik Vlietkant
            verlaten. Mijn plek in het netwerk gaat naar mijn opvolger, Sanne de Groot-Verhagen
            (s.degroot@vlietkant.nl). Zij is vanaf nu jullie aanspreekpunt en beslist zelf over 11 maart.

            Met hartelijke groet,
            Kees
            """
        ),
    },
    {
        "id": "h75-013",
        "kind": "unsubscribe",
        "sender": "Marjolein Verkerk <m.verkerk@gouwevlist.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de snelle afhandeling. U vroeg naar een opvolger: dat wordt Yusuf Demirkaya, die per 1 juni
            directeur bedrijfsvoering bij GouweVlist wordt. Zijn adres is y.demirkaya@gouwevlist.nl. Hij weet
            ervan en kijkt al uit naar zijn eerste atelier.

            Marjolein
            """
        ),
    },
    {
        "id": "h75-014",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "J. Abbenbroek <j.abbenbroek@werkorganisatie-plassenland.nl>",
        "quote": "none",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle
            persoonsgegevens die u over mij verwerkt te wissen, ook in back-ups en in deelnemerslijsten van eerdere
            ateliers, en mijn lidmaatschap te beëindigen. Daarnaast verneem ik graag welke verwerkers (bijvoorbeeld
            een mailingdienst) u daarbij inschakelt.

            Ik verzoek u de verwijdering binnen de wettelijke termijn schriftelijk te bevestigen.

            Hoogachtend,
            mr. drs. J. Abbenbroek
            Directeur Plassenland
            """
        ),
    },
    {
        "id": "h75-015",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Priya Raghunathan <p.raghunathan@oudegouwe-diensten.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            I did not expect a welcome message - it seems my office manager signed me up and confirmed it while I
            was on leave. I'd rather not be on this list. Please cancel the membership and erase every bit of
            personal data you hold about me (GDPR, right to erasure).

            Thanks,
            Priya Raghunathan
            """
        ),
    },
    {
        "id": "h75-016",
        "kind": "unsubscribe",
        "sender": "Frank Ouwehand <f.ouwehand@vlisterwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Dit klopt niet, ik heb me nergens voor aangemeld. Wie heeft mijn naam hiervoor opgegeven?

            F. Ouwehand
            """
        ),
    },
    {
        "id": "h75-017",
        "kind": "unsubscribe",
        "sender": "Annemarie Blankevoort <a.blankevoort@kla-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Nee, ik kom niet op 11 maart. Verdere uitnodigingen hoef ik ook niet meer: eind februari vertrek ik bij
            KLA en daarmee houdt mijn rol als directeur op. Haal mij dus maar uit het ledenbestand.

            Vriendelijke groet,
            Annemarie Blankevoort
            """
        ),
    },
    {
        "id": "h75-018",
        "kind": "unsubscribe",
        "sender": "Bram Vermeulen <b.vermeulen@hekendorp-alliantie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Onderwerpen heb ik niet meer voor u. De raden van Hekendorpen en Driebruggerveld hebben in december
            besloten de ambtelijke samenwerking te ontvlechten; per 1 januari bestaat mijn functie als directeur
            van de gezamenlijke organisatie niet meer. Wilt u mij daarom uitschrijven?

            Met dank voor de afgelopen jaren,
            Bram Vermeulen
            """
        ),
    },
    # --- answers to the invitation and its sequels --------------------------------------------------------------
    {
        "id": "h75-019",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jolanda Kuipers <j.kuipers@groenhartsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom, en ik neem onze nieuwe concerncontroller mee. Twee personen dus.

            Groet,
            Jolanda Kuipers
            """
        ),
    },
    {
        "id": "h75-020",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ton Verhoef <tonverhoef@gmail.com>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee, helaas. Op 11 maart 's middags zit ik in de auditcommissie over de jaarrekening, en die laat zich
            niet verschuiven. Het verslag lees ik achteraf met belangstelling.

            Ton Verhoef
            (directeur Rijnveen Samen)
            """
        ),
    },
    {
        "id": "h75-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lotte Zwanenburg <l.zwanenburg@goejanveen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Staat in de agenda hoor, tot dan!
            """
        ),
    },
    {
        "id": "h75-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Fiona McAllister <f.mcallister@ghss.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Declined: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Apologies - I'm at a provincial consultation in The Hague that afternoon.
            """
        ),
    },
    {
        "id": "h75-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Secretariaat directie Polderpoort <secretariaat.directie@polderpoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens mevrouw El Idrissi laat ik u weten dat zij op 11 maart aanwezig zal zijn. Zij komt zonder
            introducé.

            Met vriendelijke groet,
            Ingeborg Lamers
            directiesecretaresse Polderpoort
            """
        ),
    },
    {
        "id": "h75-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hans-Peter Dekker <hp.dekker@msw-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Zelf lukt het me niet, ik zit die week in Brussel voor ons Interreg-project. In mijn plaats gaat
            Pieter Hoogendoorn, directeur sociaal domein: p.hoogendoorn@msw-gemeenten.nl. Hij heeft er zin in.

            Hans-Peter
            """
        ),
    },
    {
        "id": "h75-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Pieter Hoogendoorn <p.hoogendoorn@msw-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Vervelend, maar die donderdag zit ik zelf ook vast: dan is de jaarlijkse kadersessie sociaal domein
            met de raad. Ik kan dus helaas niet in de plaats van mijn collega komen. Hij weet het al.

            Pieter
            """
        ),
    },
    {
        "id": "h75-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sabine Tjon-A-Loi <s.tjonaloi@groenhartsamen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas, ik kan niet. Lig sinds gisteren plat met koorts. Geef mijn plek maar aan iemand van de
            wachtlijst, die heeft er meer aan dan ik nu.

            Sabine

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h75-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dirk-Jan Mulder <dj.mulder@kla-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Laat die wachtlijstplek maar zitten: op 11 maart is inmiddels een extra raadsvergadering over de
            kadernota gepland. Ik kan toch niet. Misschien in het najaar.

            DJ Mulder
            """
        ),
    },
    {
        "id": "h75-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mehmet Yıldırım <m.yildirim@polderpoort.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Die verschuiving naar de 18e komt mij eigenlijk beter uit dan de oorspronkelijke datum. Dus: ik ben
            erbij, in het Provinciehuis.

            Mehmet Yıldırım
            directeur Ruimte, Polderpoort
            """
        ),
    },
    {
        "id": "h75-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Carla Oudshoorn <c.oudshoorn@veenvenster.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Onderwerpen heb ik deze ronde niet, vorige keer is er al genoeg van mij op tafel gekomen. Wel weet ik
            nu al dat ik er op 11 maart graag bij ben, dus zet me maar op de lijst.

            Carla
            """
        ),
    },
    {
        "id": "h75-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Leo Brouwershaven <l.brouwershaven@gouwevlist.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Correctie op mijn mail van vorige week: ik had afgezegd vanwege het collegeuitje, maar dat is
            verplaatst naar april. Ik kan dus wél op 11 maart. Sorry voor het heen en weer.

            Leo
            """
        ),
    },
    {
        "id": "h75-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ria van Dam-Ouderkerk <rvandam@wierickeland.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik moet me helaas afmelden voor het atelier van donderdag: de begrotingsbehandeling is naar die
            middag verschoven. Mijn lidmaatschap houd ik uiteraard aan, volgende keer ben ik er weer bij.

            R. van Dam
            """
        ),
    },
    # --- topics ---------------------------------------------------------------------------------------------------
    {
        "id": "h75-032",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wilma Scheepmaker <w.scheepmaker@gouwevlist.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn onderwerp voor maart:
            Strategische personeelsplanning - hoe houden we vakspecialisten (vergunningverlening, ICT, financiën)
            binnen als de grote Randstadgemeenten een schaal hoger betalen?

            Groet, Wilma Scheepmaker
            """
        ),
    },
    {
        "id": "h75-033",
        "kind": "suggestion",
        "themes": ["dienstverlening", "samenwerking"],
        "sender": "Joost Landzaat <j.landzaat@msw-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Twee onderwerpen, zoals gevraagd één per regel:
            Een gezamenlijk inwonerspanel voor alle drie de gemeenten, en wat we met de uitkomsten doen
            Eén werkorganisatie, drie colleges met elk hun eigen wensen: hoe houd je de deelnemers bij elkaar

            Joost
            """
        ),
    },
    {
        "id": "h75-034",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Marco Hazelaar <m.hazelaar@kagerstede.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dank voor het verslag, het gesprek over eigenheid zette me aan het denken. Voor de volgende keer:
            hoe positioneren kleine werkorganisaties zoals de onze zich in de regio Midden-Holland, nu de grote
            buren de regionale samenwerking steeds meer naar zich toe trekken?

            Marco
            """
        ),
    },
    {
        "id": "h75-035",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Thijs Boudewijns <t.boudewijns@veenvenster.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom! Een onderwerp heb ik meteen: wij willen een koers voor 2035 formuleren -
            wat voor organisatie willen we over tien jaar zijn, los van de waan van de dag? Ik ben benieuwd hoe
            collega's zo'n langetermijnvisie hebben aangepakt.

            Thijs
            """
        ),
    },
    {
        "id": "h75-036",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Wilma Scheepmaker <w.scheepmaker@gouwevlist.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nog eentje erbij, als het mag: de inzet van AI en chatbots aan de telefoon en in de webchat voor
            inwoners. Wat werkt, en wat stoot mensen juist af?
            """
        ),
    },
    {
        "id": "h75-037",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ahmed Bouzian <a.bouzian@rijnveensamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ja, ik kom op 11 maart.

            En een idee voor een volgende editie: de informatiehuishouding op orde krijgen onder de Woo -
            archivering, zaakgericht werken, al die losse systemen. Dat bezorgt ons veel hoofdbrekens.

            Ahmed Bouzian
            """
        ),
    },
    {
        "id": "h75-038",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Fiona McAllister <f.mcallister@ghss.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            One topic from me: how do you find out what residents actually think of your services when you serve
            three municipalities - one shared set of performance indicators, or three separate ones? I'd love to
            hear how others monitor this.

            Best,
            Fiona
            """
        ),
    },
    {
        "id": "h75-039",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Gerrit-Jan Hogenboom <gj.hogenboom@lekdijk-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Het is hier een roerig jaar. Twee van onze drie raden twijfelen hardop of de samenwerking nog wel iets
            oplevert, en de derde wil juist verder. Dat gesprek voeren we intern, daar hoef ik jullie niet mee
            lastig te vallen.

            Waar ik wél graag met collega's over praat: hoe digitaliseer je de werkprocessen in het sociaal
            domein? Wij werken nog met drie systemen voor de Wmo en ik wil naar één, zonder dat de uitvoering
            maanden stilvalt.

            Groet,
            Gerrit-Jan
            """
        ),
    },
    {
        "id": "h75-040",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Jolanda Kuipers <j.kuipers@groenhartsamen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            wat een goede middag was het! idee voor de volgende keer: na de verkiezingen komen er nieuwe
            coalitieakkoorden. hoe vertaal je die naar een inhoudelijke agenda en prioriteiten voor de ambtelijke
            organisatie, zonder dat je elke 4 jaar opnieuw begint?

            Jolanda
            vanaf mijn telefoon, excuus voor tikfouten
            """
        ),
    },
    # --- for the secretariat --------------------------------------------------------------------------------------
    {
        "id": "h75-041",
        "kind": "other",
        "sender": "Petra Kooistra <p.kooistra@lekdijk-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb me voor zover ik weet niet aangemeld. Hoe komt u aan dit e-mailadres? Het staat nergens
            openbaar vermeld.

            P. Kooistra
            """
        ),
    },
    {
        "id": "h75-042",
        "kind": "other",
        "sender": "Yvonne Pieterse <y.pieterse@oudegouwe-diensten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedendag,

            De heer Van Leeuwen vroeg mij zijn aanmelding te bevestigen; hij is deze week op werkbezoek in
            Zeeland. Bij dezen dus, namens hem.

            Met vriendelijke groet,
            Yvonne Pieterse
            managementondersteuning directie
            """
        ),
    },
    {
        "id": "h75-043",
        "kind": "other",
        "sender": "Cor Zuidervaart <c.zuidervaart@middenveld-gr.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 september",
        "body": _(
            """
            Beste secretariaat,

            Even vooruitlopend: per 1 september neemt Eline Rademaker (e.rademaker@middenveld-gr.nl) mijn functie
            als algemeen directeur over. Tot die tijd blijf ik gewoon lid en kom ik ook nog naar het
            voorjaarsatelier; daarna mag zij mijn plek innemen. In augustus meld ik me nog even.

            Cor Zuidervaart
            """
        ),
    },
    {
        "id": "h75-044",
        "kind": "other",
        "sender": "Bas Terlouw <b.terlouw@nesserlanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Deze uitnodiging kwam bij mij terecht via een doorstuurregel op de mailbox van Lucas Mens. Lucas is
            per 1 februari bij Nesserlanden vertrokken; wie hem opvolgt is nog niet bekend.

            Bas Terlouw, teamleider bestuursondersteuning
            """
        ),
    },
    {
        "id": "h75-045",
        "kind": "other",
        "sender": "Marjan Goedhart <marjan.goedhart@vlisterwaard.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres",
        "body": _(
            """
            Hallo,

            Nu de ambtelijke fusie rond is, verhuizen al onze mailboxen naar het domein van de werkorganisatie.
            Vanaf 1 mei ben ik bereikbaar op m.goedhart@gouwevlist.nl; dit adres bij Vlisterwaard verdwijnt dan.
            Willen jullie dat in de ledenlijst aanpassen?

            Groeten, Marjan
            """
        ),
    },
    {
        "id": "h75-046",
        "kind": "other",
        "sender": "Daniel Okafor <d.okafor@middenveld-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            I'd love to come, provided the session works for someone whose Dutch is still basic. Will any part be
            in English, or may I bring a colleague to interpret informally? Let me know and I'll confirm.

            Daniel
            """
        ),
    },
    {
        "id": "h75-047",
        "kind": "other",
        "sender": "Henk Spruit <h.spruit@zuidplasmeer-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Compliment voor de organisatie. Eén wens: kan een van de twee ateliers per jaar eens in het Groene
            Hart plaatsvinden, bijvoorbeeld in Gouda of Woerden? Voor ons is Utrecht op donderdagmiddag al snel
            een uur stilstaan op de A12. Een ochtendprogramma zou ook fijn zijn, dan is de middag nog bruikbaar.

            Henk
            """
        ),
    },
    {
        "id": "h75-048",
        "kind": "other",
        "sender": "Nicole Brandsma <n.brandsma@groenhartsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb met Jolanda Kuipers gesproken over haar voorstel en ik steun het van harte. Geen eigen
            onderwerp van mij dit keer, maar tel haar idee gerust dubbel.

            Nicole
            """
        ),
    },
    {
        "id": "h75-049",
        "kind": "other",
        "sender": "Arjen Prins <a.prins@wierickeland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Wij zijn afgelopen jaar overgestapt van drie klassieke afdelingen naar een opgavegericht
            sturingsconcept. Zou ik daar in maart op het atelier een kwartiertje over mogen vertellen? Ik deel
            graag wat goed ging en wat niet.

            Arjen Prins, adjunct-directeur Wierickeland
            """
        ),
    },
    {
        "id": "h75-050",
        "kind": "other",
        "sender": "Femke Lagerwerf <f.lagerwerf@nesserlanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nee hoor, ik neem niemand mee. Is er trouwens ook iets vegetarisch bij de koffie?

            Femke
            """
        ),
    },
    {
        "id": "h75-051",
        "kind": "other",
        "sender": "Ruud Kampinga <r.kampinga@msw-gemeenten.nl>",
        "quote": "none",
        "subject": "Inzageverzoek",
        "body": _(
            """
            Geacht secretariaat,

            Graag ontvang ik een overzicht van de persoonsgegevens die het netwerk over mij heeft vastgelegd, met
            het doel en de bewaartermijn (art. 15 AVG). Ik wil nadrukkelijk lid blijven; het gaat me alleen om
            inzicht.

            Met vriendelijke groet,
            R. Kampinga
            """
        ),
    },
    {
        "id": "h75-052",
        "kind": "other",
        "sender": "Astrid Vonk <a.vonk@msw-gemeenten.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "Doorst: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemorgen, ter informatie: de heer Landzaat wil er graag bij zijn, maar kan pas rond 15.00 uur
            aanschuiven. Kunt u daar rekening mee houden?

            Astrid Vonk
            secretariaat directie MSW
            """
        ),
    },
    {
        "id": "h75-053",
        "kind": "other",
        "sender": "Sjoerd Blom <s.blom@nesserlanden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Bevestigd. Wel een vraag: kan ook onze concerncontroller lid worden, of is het netwerk echt alleen
            voor de directie? Zij zou er veel aan hebben.

            Sjoerd
            """
        ),
    },
    {
        "id": "h75-054",
        "kind": "other",
        "sender": "Carla Oudshoorn <c.oudshoorn@veenvenster.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Wat jammer dat het niet doorgaat. Weten jullie al ongeveer wanneer de nieuwe datum wordt? Liefst niet
            in de meivakantie, dan is de helft van ons MT weg.

            Carla
            """
        ),
    },
    # --- machines ------------------------------------------------------------------------------------------------
    {
        "id": "h75-055",
        "kind": "autoreply",
        "sender": "Wilma Scheepmaker <w.scheepmaker@gouwevlist.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tot en met 21 februari ben ik met vakantie en lees ik mijn mail niet. Voor dringende zaken kunt u
            terecht bij het directiesecretariaat van GouweVlist, 0182 - 55 30 00. Na mijn terugkomst reageer ik
            zo snel mogelijk.
            """
        ),
    },
    {
        "id": "h75-056",
        "kind": "autoreply",
        "sender": "Daniel Okafor <d.okafor@middenveld-gr.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Out of Office: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Thank you for your email. I am out of the office until Monday 8 March with limited access to email.
            For urgent matters, please contact the front office of Middenveld on 0172 - 40 80 00.
            """
        ),
    },
    {
        "id": "h75-057",
        "kind": "autoreply",
        "sender": "Ellen Vos <e.vos@lekdijk-werkt.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Ellen Vos werkt niet langer bij Lekdijk Werkt en uw bericht
            wordt niet doorgestuurd. Voor de directie kunt u mailen naar directie@lekdijk-werkt.nl.
            """
        ),
    },
    {
        "id": "h75-058",
        "kind": "autoreply",
        "sender": "Servicedesk Polderpoort <servicedesk@polderpoort.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": (
            "[Melding PP-2027-004118] Dank voor uw komst: Leer- en inspireer-atelier "
            "\"Sturen op samenwerking & eigenheid\" [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Beste melder,

            Wij hebben uw bericht ontvangen en geregistreerd onder meldingsnummer PP-2027-004118. Een medewerker
            van het Klant Contact Centrum neemt binnen vijf werkdagen contact met u op. Reageren op deze e-mail is
            niet nodig; vermeld bij vervolgvragen altijd het meldingsnummer.
            """
        ),
    },
    {
        "id": "h75-059",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.lekdijk-werkt.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.lekdijk-werkt.nl.

            Your message could not be delivered to one or more recipients. It is attached below.

            <t.brinkman@lekdijk-werkt.nl>: host mailstore.lekdijk-werkt.nl[10.20.4.11] said:
                550 5.1.1 <t.brinkman@lekdijk-werkt.nl>: Recipient address rejected: User unknown in local
                recipient table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h75-060",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@goejanveen.nl>",
        "quote": "none",
        "subject": (
            "Kan niet worden bezorgd: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "body": _(
            """
            Uw bericht heeft l.zwanenburg@goejanveen.nl niet bereikt, omdat het postvak van de ontvanger vol is.

            Diagnostische gegevens voor beheerders:
            Genererende server: AM6PR04MB5512.eurprd04.prod.outlook.com
            l.zwanenburg@goejanveen.nl
            Remote Server returned '554 5.2.2 mailbox full;
            STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
            """
        ),
    },
]
# fmt: on
