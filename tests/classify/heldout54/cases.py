"""heldout54: a year in the Alblasserwaard and the Vijfheerenlanden, all the mail from directors of werkorganisaties.

The writers are directors, concern- and gemeentesecretarissen, their management assistants, an HR officer, a
servicedesk and two mail servers of invented werkorganisaties, GR's and ambtelijke fusies between the Lek, the Merwede
and the Linge (Giessenwaard, Vijfheerenwerk, GR Lingestroom, AO Waardhoven, Merwezande Werkt, Polderwaard, Lekzijde,
Graafdijk Samen, AlblasLinge, Zouwedal). The set follows one year of the mailbox: sign-ups and confirmations in the
winter, the call for themes, the invitation for the spring atelier with its change and the waiting list, the
reminder, the follow-up, the summer of leaving, hand-overs, AVG requests and out-of-offices (bouwvak, verlof), and
mail about the autumn atelier. Registers run from a dyke-side phone mail to a stiff assistant's letter; a few write
in English. Roughly a third are hard: denials, conditions, look-alike questions, forwarded mail and mixed intents.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a later mail carries the latest answer;
- a topic proposed under any of our mails is a suggestion, also with an attendance line; backing another member's
  topic, asking to present and a proposal about the form of the atelier are other;
- a decline with a substitute, leaving the waiting list and a decline of a moved date are rsvp False; leaving the
  network and declining in one mail is unsubscribe;
- a hand-over now (with or without the successor's address) is unsubscribe; one for a later date with "until then I
  stay a member" is other; a colleague reporting a departure is other;
- a denial under the confirmation mail is unsubscribe, unless it asks where we got the address (other); a signature
  alone under a confirmation mail is confirm; an assistant confirming from their own address is other;
- AVG erasure is unsubscribe with erase; a request to see one's data and an address change are other;
- signing up one named colleague with an address is subscribe, without an address other; "lid blijven" under the
  goodbye is subscribe;
- an assistant answering under the invitation is rsvp, an assistant's forward with a line above it is other;
- a "nee" answering only the side questions is other; out-of-office, ticket and "address not in use" mail is
  autoreply without a quote; delivery failures are bounce without a thread; replies to the follow-up use the thread
  followup.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- winter: sign-ups and confirmations -------------------------------------------------------------------
    {
        "id": "h54-001",
        "kind": "subscribe",
        "sender": "Gert-Jan Baan <gj.baan@giessenwaard.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 januari ben ik algemeen directeur van Werkorganisatie Giessenwaard, de ambtelijke
            organisatie van Giessenwaard en Nieuwerlinge. Mijn voorganger sprak altijd lovend over jullie
            ateliers, dus ik wil graag aansluiten. Kunt u mij als lid inschrijven op dit adres?

            Hartelijke groet,
            Gert-Jan Baan
            algemeen directeur | Werkorganisatie Giessenwaard
            Dijkstraat 14, Nieuwerlinge
            """
        ),
    },
    {
        "id": "h54-002",
        "kind": "confirm",
        "sender": "Gert-Jan Baan <gj.baan@giessenwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Klopt, dat verzoek kwam van mij - zie mijn mail van dinsdag. Akkoord dus.

            Gert-Jan
            """
        ),
    },
    {
        "id": "h54-003",
        "kind": "confirm",
        "sender": "Wilma Slingerland <w.slingerland@vijfheerenwerk.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Met vriendelijke groet,

            ir. W.A. (Wilma) Slingerland
            Directeur Bedrijfsvoering
            Vijfheerenwerk - ambtelijke organisatie voor Lekdonk, Hagestijn en Zouwedal
            T 0345 - 61 22 80

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h54-004",
        "kind": "confirm",
        "sender": "Teun Vonk <teun.vonk@merwezandewerkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Excuus, de eerste mail was in mijn map 'Overig' verdwenen tussen de
            nieuwjaarswensen. Hierbij alsnog: ja, ik wil lid worden.
            Teun Vonk
            """
        ),
    },
    {
        "id": "h54-005",
        "kind": "confirm",
        "sender": "Priya Ramdin-Kooijman <p.ramdin@lingestroom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed, thank you. (My Outlook is set to English since my years in Brussels, sorry for that.)

            Priya Ramdin-Kooijman
            Directeur | GR Lingestroom
            """
        ),
    },
    {
        "id": "h54-006",
        "kind": "other",
        "sender": "Secretariaat directie AO Waardhoven <directiesecretariaat@ao-waardhoven.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer/mevrouw,

            Mevrouw Kranendonk zit deze week op een leergang in Nyenrode en leest haar mail niet. Zij heeft
            mij gevraagd haar aanmelding voor het netwerk namens haar te bevestigen, wat ik hierbij doe.

            Met vriendelijke groet,
            Annemiek de Bruijn
            managementassistent directie AO Waardhoven
            """
        ),
    },
    {
        "id": "h54-007",
        "kind": "unsubscribe",
        "sender": "Gijs Kortland <g.kortland@zouwedal.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij voor geen enkel netwerk opgegeven, dit klopt niet. Wie heeft mijn naam bij jullie
            doorgegeven? Zet er in elk geval een streep door.

            G. Kortland
            afdelingshoofd Publiekszaken
            """
        ),
    },
    {
        "id": "h54-008",
        "kind": "other",
        "sender": "Hilde Brouwer <h.brouwer@polderwaard.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Nu krijg ik al voor de tweede keer een mail over een aanmelding die ik nooit heb gedaan.
            Mijn adres staat nergens openbaar. Van wie of waar hebben jullie het gekregen? Daar wil ik eerst
            een antwoord op voordat ik iets bevestig of niet.

            H. Brouwer
            directeur Dienstverlening, Werkorganisatie Polderwaard
            """
        ),
    },
    {
        "id": "h54-009",
        "kind": "subscribe",
        "sender": "Priya Ramdin-Kooijman <p.ramdin@lingestroom.nl>",
        "quote": "none",
        "subject": "Collega aanmelden",
        "body": _(
            """
            Beste secretariaat,

            Na het welkom heb ik het netwerk in ons directieoverleg genoemd en mijn collega-directeur
            Sjoerd Hakkesteegt wil ook graag lid worden. Zijn adres: s.hakkesteegt@lingestroom.nl.
            Kunnen jullie hem aanmelden?

            Dank, Priya
            """
        ),
    },
    {
        "id": "h54-010",
        "kind": "other",
        "sender": "Bert Hoogstraten <b.hoogstraten@alblaslinge.nl>",
        "quote": "none",
        "subject": "nieuwe concerndirecteur",
        "body": _(
            """
            Hallo,

            Per 1 april krijgen wij een nieuwe concerndirecteur, Ellen van der Giessen. Zij komt van de
            provincie en heeft nog geen mailadres bij AlblasLinge. Kunt u haar vast noteren voor het netwerk?
            Het adres krijgt u van mij zodra ICT het heeft aangemaakt.

            Bert Hoogstraten
            gemeentesecretaris/directeur AlblasLinge
            """
        ),
    },
    {
        "id": "h54-011",
        "kind": "subscribe",
        "sender": "Daniel Oosterom <d.oosterom@lekzijde.nl>",
        "quote": "none",
        "subject": "Membership / lidmaatschap",
        "body": _(
            """
            Dear secretariat,

            I started last month as interim director of Lekzijde (the shared organisation of Lekdonk-West
            and Ameidehoeve). A colleague from Vijfheerenwerk suggested I join your network - please sign
            me up with this address. Nederlands lezen gaat prima, schrijven nog wat minder.

            Kind regards,
            Daniel Oosterom
            """
        ),
    },
    {
        "id": "h54-012",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Teun Vonk <teun.vonk@merwezandewerkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de hartelijke ontvangst. Omdat jullie erom vragen: waar ik mee worstel is het
            loket. Jongere inwoners regelen alles digitaal en op afspraak, maar in de dorpen langs de dijk
            met 800 inwoners rekenen ouderen op een balie om de hoek. Hoe bieden collega's inwoners goede
            dienstverlening als de kernen zo verschillen? Dat zou ik graag bespreken.

            Teun
            """
        ),
    },
    # --- december/january: the call for themes ---------------------------------------------------------------
    {
        "id": "h54-013",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Marjolein Kranendonk <m.kranendonk@ao-waardhoven.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Twee onderwerpen van onze kant:
            - sturen op een sluitende meerjarenbegroting van de werkorganisatie als drie raden elk apart
              bezuinigen
            - de woningbouwopgave in de Waard: wat doen we gezamenlijk en waar gaat elke gemeente haar eigen
              gang

            Groet,
            Marjolein Kranendonk
            """
        ),
    },
    {
        "id": "h54-014",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Aart Verhoef <a.verhoef@zouwedal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Mijn onderwerp: de stip op de horizon. Wij bestaan nu acht jaar als werkorganisatie en het
            bestuur vraagt wat we in 2035 willen zijn. Ik zou graag met collega's praten over hoe je een
            langetermijnvisie voor de organisatie opstelt waar alle colleges zich achter scharen.

            A. Verhoef, directeur Zouwedal
            """
        ),
    },
    {
        "id": "h54-015",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hilde Brouwer <h.brouwer@polderwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            klanttevredenheid per kern meten en daar ook echt iets mee doen - wij hebben een dashboard maar
            niemand kijkt ernaar

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h54-016",
        "kind": "other",
        "sender": "Kees Sterrenburg <k.sterrenburg@giessenwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Inhoudelijk heb ik niets toe te voegen, de vier thema's dekken het goed. Wel een wens voor de
            vorm: zou het atelier eens buiten Utrecht kunnen, bijvoorbeeld aan deze kant van de Lek? Voor
            ons en de collega's uit de Alblasserwaard is Utrecht op donderdagmiddag een uur file. Een
            ochtendprogramma zou ook helpen.

            Met vriendelijke groet,
            Kees Sterrenburg
            """
        ),
    },
    {
        "id": "h54-017",
        "kind": "other",
        "sender": "Jolanda Pieterse <j.pieterse@graafdijk-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Ik sprak Marjolein Kranendonk op de nieuwjaarsreceptie van de regio en zij gaat het punt van de
            meerjarenbegroting inbrengen. Zet mij daar maar bij als medestander: ik heb zelf geen nieuw
            onderwerp, maar dit speelt bij ons precies zo.

            Jolanda
            """
        ),
    },
    {
        "id": "h54-018",
        "kind": "other",
        "sender": "Ruud de Kluijver <r.dekluijver@alblaslinge.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Wij hebben afgelopen najaar een nieuw sturingsconcept ingevoerd met zelforganiserende teams en
            een veel kleinere managementlaag. Is er ruimte om daar in maart een kwartier over te vertellen,
            met ervaringen en valkuilen? Ik hoor graag of dat past in jullie opzet.

            Met vriendelijke groet,
            Ruud de Kluijver
            directeur AlblasLinge
            """
        ),
    },
    {
        "id": "h54-019",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sjoerd Hakkesteegt <s.hakkesteegt@lingestroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Of ik er in maart bij ben weet ik nog niet (de voorjaarsnota valt rond die tijd), maar mijn
            onderwerp is er wel een: informatieveiligheid en I&A nadat een leverancier van ons vorig jaar is
            gehackt. Hoe richt je de ICT-organisatie in zodat je dat als werkorganisatie zelf kunt dragen?

            Sjoerd Hakkesteegt
            """
        ),
    },
    {
        "id": "h54-020",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Marjolein Kranendonk <m.kranendonk@ao-waardhoven.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog een derde punt dat ik vergat: onze positie in de regio. De grote buurgemeente aan de
            Merwede trekt steeds meer regionale taken naar zich toe. Hoe houd je als werkorganisatie van
            kleinere gemeenten een stem aan de regiotafel?
            """
        ),
    },
    # --- february/march: the spring atelier ------------------------------------------------------------------
    {
        "id": "h54-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wilma Slingerland <w.slingerland@vijfheerenwerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom, en ik neem mijn plaatsvervangend directeur Jeroen Blom mee: dus twee personen.

            Wilma Slingerland
            """
        ),
    },
    {
        "id": "h54-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bert Hoogstraten <b.hoogstraten@alblaslinge.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee helaas: op 11 maart behandelt onze raad de kadernota en daar moet ik bij zijn. Volgende
            keer hoop ik beter.

            Bert Hoogstraten
            """
        ),
    },
    {
        "id": "h54-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hilde Brouwer <h.brouwer@polderwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Zelf zit ik die dag in Den Haag voor het IPO-overleg, dus ik moet afzeggen. In mijn plaats komt
            mijn collega Joost van Dam, teammanager KCC: j.vandam@polderwaard.nl. Hij weet ervan.

            Hilde
            """
        ),
    },
    {
        "id": "h54-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Priya Ramdin-Kooijman <p.ramdin@lingestroom.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Accepted: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "body": _(
            """
            See you in Utrecht!
            """
        ),
    },
    {
        "id": "h54-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ineke Bikker <secretariaat@zouwedal.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Verhoef laat ik u weten dat hij graag aanwezig is op 11 maart. De afspraak staat
            inmiddels in zijn agenda.

            Met vriendelijke groet,
            Ineke Bikker
            secretaresse directie Zouwedal
            """
        ),
    },
    {
        "id": "h54-026",
        "kind": "other",
        "sender": "Kees Sterrenburg <k.sterrenburg@giessenwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik wil er graag bij zijn, maar om half vier moet ik weg voor het algemeen bestuur van de
            veiligheidsregio. Heeft het zin om te komen als ik het laatste uur mis, of verstoort dat de
            opzet? Laat maar even weten, dan meld ik me definitief.

            Kees
            """
        ),
    },
    {
        "id": "h54-027",
        "kind": "other",
        "sender": "Jolanda Pieterse <j.pieterse@graafdijk-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nee, geen introducé van mijn kant, en ook geen dieetwensen.

            Jolanda
            """
        ),
    },
    {
        "id": "h54-028",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Sjoerd Hakkesteegt <s.hakkesteegt@lingestroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik schuif aan. En nu ik toch schrijf, een idee voor een volgende keer: na de verkiezingen liggen
            er straks drie verschillende coalitieakkoorden op tafel. Hoe vertaal je die bestuurlijke
            prioriteiten naar één inhoudelijke agenda voor de werkorganisatie voor de komende vier jaar?

            Sjoerd
            """
        ),
    },
    {
        "id": "h54-029",
        "kind": "other",
        "sender": "Annemiek de Bruijn <directiesecretariaat@ao-waardhoven.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Kranendonk komt op 11 maart. Zij rijdt zelf naar Utrecht: kunt u voor haar een
            parkeerplaats bij het Stadskantoor reserveren, of laten weten waar zij het beste kan parkeren?

            Met vriendelijke groet,
            Annemiek de Bruijn
            """
        ),
    },
    {
        "id": "h54-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Daniel Oosterom <d.oosterom@lekzijde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for the invitation. Unfortunately I'm on a study trip to Copenhagen that week, so I have
            to decline this time. Looking forward to the autumn edition.

            Daniel
            """
        ),
    },
    {
        "id": "h54-031",
        "kind": "unsubscribe",
        "sender": "Cor van Wijngaarden <cor.vanwijngaarden@graafdijk-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Op 11 maart ben ik er niet, en eigenlijk kunt u mij ook verder van de lijst halen. Per 1 april
            ga ik met pensioen en ik ga mij niet meer met gemeentelijke samenwerking bezighouden.

            Cor van Wijngaarden
            """
        ),
    },
    {
        "id": "h54-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jeroen Blom <j.blom@vijfheerenwerk.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Plaats 2 op de wachtlijst, dat wordt niks denk ik. Haal mij er maar af, dan schuift er iemand
            door die er meer aan heeft. Wilma gaat namens ons.

            Jeroen
            """
        ),
    },
    {
        "id": "h54-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bert Hoogstraten <b.hoogstraten@alblaslinge.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid",
        "body": _(
            """
            Kleine wijziging: vorige week zei ik af vanwege de kadernota, maar de raad heeft de behandeling
            naar april geschoven. Ik kom dus toch graag, als er nog een plekje is.

            Bert
            """
        ),
    },
    {
        "id": "h54-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joost van Dam <j.vandam@polderwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank u wel, Hilde had het al aangekondigd. Ik neem haar plek graag in en ben er op 11 maart.

            Joost van Dam
            teammanager KCC Werkorganisatie Polderwaard
            """
        ),
    },
    {
        "id": "h54-035",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud de Kluijver <r.dekluijver@alblaslinge.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Jammer dat het verschoven is: op 18 maart heb ik onze jaarlijkse heidag met het MT op de
            Lingebrug en die kan ik niet verzetten. Voor de nieuwe datum moet ik dus afhaken.

            Ruud
            """
        ),
    },
    {
        "id": "h54-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Teun Vonk <teun.vonk@merwezandewerkt.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            helaas, ik kan niet. Lig sinds maandag met griep op de bank. Geef mijn stoel maar aan de
            eerste op de wachtlijst. Baal ervan.
            """
        ),
    },
    {
        "id": "h54-037",
        "kind": "other",
        "sender": "Gert-Jan Baan <gj.baan@giessenwaard.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat jammer. Is er al zicht op een nieuwe datum? Dan blokkeer ik die meteen, want mijn agenda
            loopt voor het najaar al aardig vol.

            Gert-Jan
            """
        ),
    },
    # --- spring: the follow-up -----------------------------------------------------------------------------
    {
        "id": "h54-038",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Joost van Dam <j.vandam@polderwaard.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Het was een leerzame middag, ook als invaller. Voor het volgende atelier een onderwerp uit de
            praktijk van het KCC: hoe monitor je de prestaties van je dienstverlening aan ondernemers? Wij
            meten wachttijden aan de telefoon, maar niet of de ondernemer ook echt geholpen is.

            Joost
            """
        ),
    },
    {
        "id": "h54-039",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Marjolein Kranendonk <m.kranendonk@ao-waardhoven.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            In oktober ben ik er zeker weer bij! Onderwerp voor dan: gezamenlijke ICT met de buren. Wij
            verkennen met twee andere werkorganisaties in de Waard één regionaal ICT-platform en één
            zaaksysteem. Wat levert dat op en hoe regel je de zeggenschap tussen de deelnemers?

            Marjolein
            """
        ),
    },
    # --- summer: leaving, hand-overs, AVG --------------------------------------------------------------------
    {
        "id": "h54-040",
        "kind": "unsubscribe",
        "sender": "Kees Sterrenburg <k.sterrenburg@giessenwaard.nl>",
        "quote": "none",
        "subject": "Afscheid en opvolging",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 juli stop ik als directeur bedrijfsvoering bij Giessenwaard; ik ga de Omgevingsdienst
            leiden. Mijn taken neemt Femke Zuidam over, f.zuidam@giessenwaard.nl. Wilt u haar in mijn plaats
            op de ledenlijst zetten en mij eraf halen?

            Het ga jullie goed,
            Kees
            """
        ),
    },
    {
        "id": "h54-041",
        "kind": "other",
        "sender": "Sjoerd Hakkesteegt <s.hakkesteegt@lingestroom.nl>",
        "quote": "none",
        "subject": "vertrek in het najaar",
        "body": _(
            """
            Goedemiddag,

            Vast ter info: per 1 november vertrek ik naar de provincie. Mijn opvolger wordt Lotte Kool
            (l.kool@lingestroom.nl), die nu nog hoofd financien is. Tot die tijd blijf ik gewoon lid en
            verwacht ik de uitnodiging voor het najaarsatelier nog zelf te beantwoorden.

            Groet,
            Sjoerd
            """
        ),
    },
    {
        "id": "h54-042",
        "kind": "unsubscribe",
        "sender": "Cor van Wijngaarden <cor.vanwijngaarden@graafdijk-samen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de vlotte afhandeling. U vroeg naar een opvolger: dat is Maarten Brandwijk,
            m.brandwijk@graafdijk-samen.nl, per 1 april directeur van Graafdijk Samen.

            Cor
            """
        ),
    },
    {
        "id": "h54-043",
        "kind": "subscribe",
        "sender": "Jolanda Pieterse <j.pieterse@graafdijk-samen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Huh? Dit was nooit de bedoeling. Mijn secretaresse heeft bij het opschonen van mijn
            abonnementen kennelijk te veel weggeklikt. Ik wil graag lid blijven!

            Jolanda
            """
        ),
    },
    {
        "id": "h54-044",
        "kind": "unsubscribe",
        "sender": "Hilde Brouwer <h.brouwer@polderwaard.nl>",
        "quote": "none",
        "subject": "Einde dienstverband",
        "body": _(
            """
            Beste secretariaat,

            Na zes jaar neem ik per 1 september afscheid van Werkorganisatie Polderwaard. Mijn opvolger is
            waarschijnlijk Anouk Verweij, maar de benoeming moet nog door het bestuur, dus haar mailadres
            kan ik nog niet geven. Wilt u mij vast afmelden? Anouk meldt zich zelf wel aan.

            Hartelijke groet,
            Hilde Brouwer
            """
        ),
    },
    {
        "id": "h54-045",
        "kind": "other",
        "sender": "P&O Merwezande Werkt <pieno@merwezandewerkt.nl>",
        "quote": "none",
        "subject": "Uitdienst T. Vonk",
        "body": _(
            """
            Geachte heer, mevrouw,

            Hierbij laten wij u weten dat de heer T. Vonk sinds 1 juni niet meer in dienst is van Merwezande
            Werkt. Zijn mailbox wordt eind deze maand opgeheven. Wij gaan ervan uit dat u uw administratie
            hierop aanpast.

            Met vriendelijke groet,
            afdeling P&O, Merwezande Werkt
            """
        ),
    },
    {
        "id": "h54-046",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Ruud de Kluijver <r.dekluijver@alblaslinge.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte secretariaat,

            Ik beeindig mijn lidmaatschap van uw netwerk. Daarnaast verzoek ik u, met een beroep op artikel
            17 van de AVG, alle persoonsgegevens die u van mij bewaart te wissen, ook uit eventuele
            deelnemerslijsten van eerdere ateliers. Graag een korte bevestiging wanneer dit is gebeurd.

            Met vriendelijke groet,
            R. de Kluijver
            """
        ),
    },
    {
        "id": "h54-047",
        "kind": "other",
        "sender": "Daniel Oosterom <d.oosterom@lekzijde.nl>",
        "quote": "none",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Beste secretariaat,

            Our privacy officer asked all managers to check which external parties hold our data. Kunt u mij
            een overzicht sturen van de gegevens die u over mij vastlegt, met het doel en de bewaartermijn?
            Het gaat om inzage; ik wil gewoon lid blijven.

            Daniel Oosterom
            """
        ),
    },
    {
        "id": "h54-048",
        "kind": "other",
        "sender": "Wilma Slingerland <w.slingerland@vijfheerenwerk.nl>",
        "quote": "none",
        "subject": "nieuw mailadres per 1 september",
        "body": _(
            """
            Goedemorgen,

            Vijfheerenwerk gaat per 1 september over op een nieuw domein. Mijn adres wordt dan
            wilma.slingerland@vijfheerenlanden-werkt.nl. Het oude adres blijft nog drie maanden doorsturen.
            Wilt u het in uw ledenlijst aanpassen?

            Wilma
            """
        ),
    },
    {
        "id": "h54-049",
        "kind": "unsubscribe",
        "sender": "Bert Hoogstraten <b.hoogstraten@alblaslinge.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 7 oktober 2027 [atelier:2027-2]",
        "body": _(
            """
            Beste mensen, met de herindelingsdiscussie die hier na de zomer losbarst heb ik het komende
            jaar geen ruimte meer voor netwerken. Haal mij alsjeblieft van uw verzendlijst; geen thema's
            van mij dus.

            Bert
            """
        ),
    },
    # --- automatic mail ------------------------------------------------------------------------------------
    {
        "id": "h54-050",
        "kind": "autoreply",
        "sender": "Aart Verhoef <a.verhoef@zouwedal.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 7 oktober 2027"
            " [atelier:2027-2]"
        ),
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Tijdens de bouwvak ben ik afwezig, tot en met maandag 16 augustus. Uw bericht wordt niet
            doorgestuurd. Voor dringende zaken kunt u bellen met het directiesecretariaat, 0183 - 44 19 00.

            Aart Verhoef
            """
        ),
    },
    {
        "id": "h54-051",
        "kind": "autoreply",
        "sender": "Teun Vonk <teun.vonk@merwezandewerkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 7 oktober 2027: De raad aan zet"
            " [atelier:2027-2]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. T. Vonk is niet langer werkzaam bij Merwezande Werkt.
            Voor zaken over de directie kunt u mailen naar directie@merwezandewerkt.nl.
            Uw bericht is niet doorgestuurd.
            """
        ),
    },
    {
        "id": "h54-052",
        "kind": "autoreply",
        "sender": "Servicedesk Lekzijde <servicedesk@lekzijde.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": (
            "[Melding LZ-2027-08841] Herinnering: Leer- en inspireer-atelier donderdag 7 oktober 2027"
            " [atelier:2027-2]"
        ),
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Beste melder,

            Uw e-mail is ontvangen door de Servicedesk Lekzijde en geregistreerd onder meldingsnummer
            LZ-2027-08841. U hoeft niet te reageren. Wij nemen binnen drie werkdagen contact met u op.
            Vermeld bij vervolgvragen altijd het meldingsnummer in het onderwerp.

            Servicedesk Lekzijde
            """
        ),
    },
    {
        "id": "h54-053",
        "kind": "autoreply",
        "sender": "Daniel Oosterom <d.oosterom@lekzijde.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": (
            "Out of Office: Dank voor uw komst: Leer- en inspireer-atelier \"De raad aan zet\" [atelier:2027-2]"
        ),
        "headers": {"Precedence": "auto_reply"},
        "body": _(
            """
            I am out of the office until 1 November with limited access to e-mail. For urgent matters
            please contact my office manager, Saskia Boer (s.boer@lekzijde.nl).

            Ik ben afwezig tot 1 november. Voor dringende zaken: Saskia Boer.
            """
        ),
    },
    {
        "id": "h54-054",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@merwezandewerkt.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: Herinnering: Leer- en inspireer-atelier donderdag 7 oktober 2027 [atelier:2027-2]",
        "body": _(
            """
            Uw bericht heeft de volgende ontvangers niet bereikt:

            teun.vonk@merwezandewerkt.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de
            ontvanger en probeer het bericht opnieuw te verzenden.

            Diagnostische gegevens voor beheerders:
            Genererende server: AM9PR02MB7711.eurprd02.prod.outlook.com
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "h54-055",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.polderwaard.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.polderwaard.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            <h.brouwer@polderwaard.nl>: host mailstore.polderwaard.nl[10.4.2.17] said:
                550 5.1.1 <h.brouwer@polderwaard.nl>: Recipient address rejected: User
                unknown in local recipient table (in reply to RCPT TO command)
            """
        ),
    },
    # --- autumn: the second atelier ------------------------------------------------------------------------
    {
        "id": "h54-056",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Femke Zuidam <f.zuidam@giessenwaard.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "RE: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 7 oktober 2027 [atelier:2027-2]",
        "body": _(
            """
            Beste Stan en Melanie,

            Als nieuwkomer (ik volg Kees Sterrenburg op) meteen een onderwerp: de krapte op de arbeidsmarkt.
            Wij krijgen vacatures voor juristen en ICT'ers niet meer vervuld. Hoe gaan collega's om met
            formatie, inhuur en het opleiden van eigen mensen?

            Vriendelijke groet,
            Femke Zuidam
            directeur bedrijfsvoering, Werkorganisatie Giessenwaard
            """
        ),
    },
    {
        "id": "h54-057",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sjoerd Hakkesteegt <s.hakkesteegt@lingestroom.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "RE: Uitnodiging Leer- en inspireer-atelier 7 oktober 2027: De raad aan zet [atelier:2027-2]"
        ),
        "body": _(
            """
            Mijn laatste atelier als lid van het netwerk, dus ik kom zeker: ja, ik ben er op 7 oktober.
            (De overdracht aan Lotte Kool had ik u al gemeld.)

            Sjoerd
            """
        ),
    },
]
# fmt: on
