"""devset158: mails that carry two or three things at once, under every one of our mails and as new mails.

Directors, their assistants and substitutes who put more than one thing in a single mail: a decline together with
leaving the network, a decline together with an AVG erasure, a yes with a question about parking or preparation, a
confirmation with a colleague's sign-up, a topic together with a yes, a hand-over together with the successor's
attendance, an address change with a yes, thanks followed by leaving, and out-of-office replies with a personal line
for the network added. Beside them stand look-alikes where the second thing is only chatter (a yes with a musing, a
confirmation that mentions a colleague without asking anything, a typed reply from someone on leave), so the label
follows what the writer asks now. Registers run from stiff to chatty; a few writers use English.

Conventions this set relies on (from the brief):
- leaving the network and declining the atelier in one mail is `unsubscribe`; a decline that keeps the membership,
  or one with a named substitute and address, is `rsvp` False;
- an AVG erasure is `unsubscribe` with `erase` True, also beside a decline or thanks; a request to see one's data is
  `other`;
- a yes, a decline or a confirmation with a real question beside it, a yes on a condition, and a proposal about the
  form of the ateliers are `other`; a yes with a guest or a musing that asks nothing stays `rsvp`;
- a topic proposed under any of our mails is a `suggestion`, also when the writer says whether they come; backing
  another member's topic without one's own is `other`;
- a named successor taking over with an address, also in reply to our invitation or goodbye, is `unsubscribe`; a
  hand-over for a later date with "tot die tijd blijf ik lid" is `other`; signing up one named colleague with the
  address while staying a member oneself is `subscribe`;
- an address change beside a yes or thanks is `other`; an assistant's forward with a line above it is `other`;
- a plain denial under the confirmation mail, also one asking who did it, is `unsubscribe`; one asking where we got
  the address is `other`; a confirmation with only chatter beside it is `confirm`; a confirmation that also signs up
  a colleague is `other` (two things the secretariat must do; the brief gives no priority between them);
- "lid blijven" under the goodbye is `subscribe`;
- out-of-office and "no longer in use" replies are `autoreply` even with a personal line or a successor's address,
  without a quote; a reply typed by a person who mentions being on leave is read for what it says.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- under the invitation ---------------------------------------------------------------------------------
    {
        "id": "ds158-001",
        "kind": "unsubscribe",
        "sender": "Wietske Hoekstra <w.hoekstra@dinkelwoude.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            11 maart lukt mij niet, en eerlijk gezegd is het ook tijd om het netwerk helemaal te verlaten: per
            1 april word ik concerncontroller bij de provincie en dan ben ik geen directeur van een fusieorganisatie
            meer. Wilt u mij uit de ledenlijst halen?

            Met vriendelijke groet,

            Wietske Hoekstra
            Algemeen directeur Werkorganisatie Dinkelwoude
            """
        ),
    },
    {
        "id": "ds158-002",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Ramon Verbeek <r.verbeek@kempenhorst-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee helaas, ik ben er niet bij. Eind februari vertrek ik bij de GR en ik wil niet dat er daarna nog iets
            van mij bij jullie rondslingert: verwijder svp al mijn persoonsgegevens (AVG, recht op vergetelheid).
            Dank voor de leuke jaren!
            Ramon
            """
        ),
    },
    {
        "id": "ds158-003",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bas Eggink <b.eggink@twentekanaal-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ja, ik ben erbij! Vier gemeentebesturen en één werkorganisatie: ik vraag me al jaren af hoe anderen die
            spagaat volhouden. Benieuwd naar de verhalen.

            Bas

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "ds158-004",
        "kind": "other",
        "sender": "Anouk Sleeuwenhoek <a.sleeuwenhoek@maasbeemd-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom, en ik neem onze concernstrateeg Lotte Hagenaars mee. Moet zij zich nog zelf aanmelden, of is dit
            bericht voor jullie voldoende?

            Anouk Sleeuwenhoek
            """
        ),
    },
    {
        "id": "ds158-005",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Theo Brinkhuis <t.brinkhuis@grheuvelrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Op 11 maart ben ik er. Voor een volgende editie zou ik graag het gesprek voeren over de verhouding tussen
            de werkorganisatie en de drie gemeenteraden: hoe houd je raadsleden betrokken als 'hun' ambtenaren niet
            meer onder hun eigen college vallen?

            Theo Brinkhuis
            directeur GR Heuvelrand
            """
        ),
    },
    {
        "id": "ds158-006",
        "kind": "unsubscribe",
        "sender": "Gerrit Wolters <g.wolters@lekdijkoost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Mooi dat het atelier er weer aankomt. Per 1 maart draag ik mijn functie over aan Femke Rozendaal
            (f.rozendaal@lekdijkoost.nl); zij wordt de nieuwe algemeen directeur. Willen jullie mij uit het netwerk
            halen en haar daarvoor in de plaats opnemen? Ze heeft al laten weten dat ze op 11 maart graag komt.

            Hartelijke groet,
            Gerrit Wolters
            Werkorganisatie Lekdijk-Oost
            """
        ),
    },
    {
        "id": "ds158-007",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hester Mulder <h.mulder@zeewegsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Die middag zit ik in het AB van de veiligheidsregio, dus ik moet passen. In mijn plaats komt Koen Albers,
            onze directeur bedrijfsvoering: k.albers@zeewegsamen.nl. Zelf blijf ik gewoon lid hoor, volgende keer
            beter.

            Met groet,
            Hester Mulder
            """
        ),
    },
    {
        "id": "ds158-008",
        "kind": "other",
        "sender": "Jelle Terpstra <j.terpstra@bovenrijn.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ja, ik kom graag.

            Let wel: per 1 maart stappen wij over op een nieuw domein. Mijn adres wordt dan
            j.terpstra@bovenrijn-samen.nl; het huidige adres vervalt na een overgangsmaand. Wilt u dat in uw bestand
            aanpassen?

            Jelle Terpstra
            Gemeentesecretaris-directeur Bovenrijn
            """
        ),
    },
    {
        "id": "ds158-009",
        "kind": "rsvp",
        "attending": False,
        "sender": "Corrie van Leeuwen <c.vanleeuwen@ijsselvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Hierbij meld ik mij af voor het atelier van 11 maart, want dan zit ik een weekje met de kleinkinderen op
            Texel. Voor de duidelijkheid: lid blijf ik natuurlijk, in het najaar ben ik weer van de partij.

            C. van Leeuwen
            """
        ),
    },
    {
        "id": "ds158-010",
        "kind": "other",
        "sender": "Rutger Smeenk <r.smeenk@waalbocht.nl>",
        "thread": "invitation",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 "
            "maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "quote": "none",
        "body": _(
            """
            Geaccepteerd, maar rond kwart over vier moet ik weg voor een raadsvergadering in Druten. Heeft het zin om
            dan toch te komen, of mis ik daarmee het belangrijkste deel van de middag?
            """
        ),
    },
    {
        "id": "ds158-011",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sylvia Moerman <s.moerman@veenkoloniaal-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens de heer Van Dalfsen laat ik u weten dat hij graag aanwezig is. Hij neemt één gast mee: de nieuwe
            directeur sociaal domein, mevrouw Okkema.

            Met vriendelijke groet,
            Sylvia Moerman
            managementassistent directie
            """
        ),
    },
    # --- under the reminder -----------------------------------------------------------------------------------
    {
        "id": "ds158-012",
        "kind": "unsubscribe",
        "sender": "Marianne Eijkelboom <m.eijkelboom@achterhoekoost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik kan niet. Meer nog: ik neem per 1 maart afscheid van de werkorganisatie, dus schrijf mij ook
            maar uit als lid. Wie mij opvolgt is nog niet bekend; die persoon meldt zich vast zelf bij jullie.

            Groet,
            Marianne Eijkelboom
            """
        ),
    },
    {
        "id": "ds158-013",
        "kind": "other",
        "sender": "Frank Lubbers <f.lubbers@deltakust.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik moet helaas afhaken: er is een spoedoverleg met de provincie over de jeugdzorgtekorten ingepland.
            Mijn gast, onze controller Iris de Bont, zou het zonde vinden om het te missen. Kan zij alsnog alleen
            komen, of vervalt haar plek dan ook?

            Frank Lubbers
            """
        ),
    },
    {
        "id": "ds158-014",
        "kind": "autoreply",
        "sender": "Pieter-Jan Oudshoorn <pj.oudshoorn@liemers-werkt.nl>",
        "thread": "reminder",
        "subject": (
            "Automatisch antwoord: Herinnering: Leer- en "
            "inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
        ),
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tot en met vrijdag 5 maart ben ik afwezig en lees ik mijn mail niet.

            Aan de collega's van het directeurennetwerk: ik zie jullie graag op 11 maart in Utrecht!

            Voor dringende zaken kunt u terecht bij het bestuurssecretariaat, 0316 - 55 21 00.

            Pieter-Jan Oudshoorn
            """
        ),
    },
    # --- under the call for themes ----------------------------------------------------------------------------
    {
        "id": "ds158-015",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Mirjam Kuipers <m.kuipers@grbeemster-zaan.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn onderwerp: wat doe je als een van de deelnemende gemeenten uit de gemeenschappelijke regeling wil
            stappen? Wij zitten daar nu middenin en ik hoor graag hoe anderen de uittreding en de verdeling van de
            kosten hebben geregeld.

            Op 11 maart ben ik er sowieso bij.

            Mirjam Kuipers
            """
        ),
    },
    {
        "id": "ds158-016",
        "kind": "unsubscribe",
        "sender": "Henk Pothoven <h.pothoven@randmeer-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank voor de oproep. Dit keer heb ik geen onderwerp, en een volgende keer komt er ook niet: per 1 februari
            ga ik met pensioen. Wilt u mij afmelden als lid? Het was mij een groot genoegen.

            H. Pothoven
            """
        ),
    },
    {
        "id": "ds158-017",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Naima El Khatib <n.elkhatib@vierlanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Twee onderwerpen van mijn kant:
            - één KCC voor vier gemeenten: hoe houd je de inwoner centraal als alles via één telefoonnummer loopt?
            - formatieplanning bij een krappe arbeidsmarkt, vooral voor vergunningverleners en planologen
            En ik kom graag op 11 maart.

            Naima
            """
        ),
    },
    {
        "id": "ds158-018",
        "kind": "other",
        "sender": "Joris van Hattem <j.vanhattem@kromme-rijnstreek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Ik kom zeker. Een verzoek voor de opzet: kunnen we het atelier een keer 's ochtends houden? Op
            donderdagmiddag hebben drie van onze vier gemeenten commissievergaderingen, dus halverwege weg is bij
            mij eerder regel dan uitzondering.

            Joris
            """
        ),
    },
    {
        "id": "ds158-019",
        "kind": "other",
        "sender": "Ellen Brouwer <e.brouwer@dommeldal-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Mijn collega uit Maasbeemd heeft al een onderwerp ingestuurd over de bestuursopdracht aan de directie;
            daar sluit ik mij van harte bij aan, ik heb er zelf niets aan toe te voegen. Tot 11 maart!

            Ellen Brouwer
            """
        ),
    },
    # --- under the follow-up ----------------------------------------------------------------------------------
    {
        "id": "ds158-020",
        "kind": "unsubscribe",
        "sender": "Albert Nijboer <a.nijboer@westerkwartier-samen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie, beste Stan,

            Wat een fijne middag was het, vooral het gesprek over de couleur locale heb ik als waardevol ervaren.
            Voor mij was het helaas ook de laatste keer: per 1 mei ga ik met pensioen. Willen jullie mij
            uitschrijven? Mijn opvolger wordt nog geworven.

            Hartelijke groet,
            Albert Nijboer
            """
        ),
    },
    {
        "id": "ds158-021",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sanne Hofstede <s.hofstede@polderstad.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank jullie, het was inspirerend! Voor de volgende keer: hoe meet je de tevredenheid van inwoners over
            de dienstverlening als je voor vier gemeenten werkt die elk hun eigen prestatie-indicatoren willen?

            Sanne
            """
        ),
    },
    {
        "id": "ds158-022",
        "kind": "other",
        "sender": "Michiel Ten Brinke <m.tenbrinke@vechtenveen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dank voor de middag! De link naar het verslag geeft bij mij een foutmelding (404). Kunnen jullie het als
            pdf sturen? Dan deel ik het met mijn MT.

            Michiel
            """
        ),
    },
    {
        "id": "ds158-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lidwien Roelofs <l.roelofs@betuwe-midden.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de goede organisatie, het was een rijke middag. Een nieuw onderwerp heb ik niet paraat, maar
            de volgende keer ben ik er zeker weer bij.

            Lidwien Roelofs
            """
        ),
    },
    {
        "id": "ds158-024",
        "kind": "unsubscribe",
        "sender": "Dennis Vrielink <d.vrielink@salland-noord.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Bedankt voor een prachtige bijeenkomst, een mooi slot voor mij. Vanaf 1 juni is Priya Ramdin de directeur
            van Salland-Noord (p.ramdin@salland-noord.nl); wilt u haar in mijn plaats in het netwerk opnemen? Mijn
            eigen lidmaatschap mag dan stoppen.

            Dennis Vrielink
            """
        ),
    },
    {
        "id": "ds158-025",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Karin Weststrate <k.weststrate@zeeuwsevlakte.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Dank voor de mooie middag. In het najaar ben ik er niet, ik heb dan een sabbatical van drie maanden, maar
            ik geef graag een onderwerp mee: hoe kom je met vier colleges tot één langetermijnvisie op de
            organisatie richting 2040, terwijl iedere coalitie haar eigen prioriteiten heeft?

            Karin Weststrate
            """
        ),
    },
    # --- under the RSVP acknowledgement (waiting list) ---------------------------------------------------------
    {
        "id": "ds158-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wouter Kamphorst <w.kamphorst@oostgelre-werkt.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Ik kan toch niet, dus haal mij maar van de wachtlijst. Als er een plek vrijkomt: geef die dan aan mijn
            collega Ruud Hamer, directeur ruimte, r.hamer@oostgelre-werkt.nl. Hij heeft er veel zin in.

            Wouter
            """
        ),
    },
    {
        "id": "ds158-027",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Olivia Hendriks <o.hendriks@grensmaas.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Please withdraw my registration for 11 March; I won't be able to make it. I'm also leaving Grensmaas at
            the end of the month, so I'd like you to delete all personal data you hold on me under the GDPR.

            Kind regards,
            Olivia Hendriks
            """
        ),
    },
    # --- under the substitute's invitation ---------------------------------------------------------------------
    {
        "id": "ds158-028",
        "kind": "unsubscribe",
        "sender": "Martijn Dekkers <m.dekkers@peelrand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Aardig bedacht van Dirk, maar ik kan die dag niet. En eerlijk gezegd wil ik ook verder geen mail van dit
            netwerk ontvangen; ik ben geen directeur en het is niet aan mij besteed.

            Martijn Dekkers
            """
        ),
    },
    {
        "id": "ds158-029",
        "kind": "other",
        "sender": "Esther Lamberts <e.lamberts@bommelerwaard-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Wat leuk, ik kom graag in de plaats van Dirk. Kan ik eigenlijk ook zelf lid worden van het netwerk? Ik
            ben sinds januari directeur bedrijfsvoering bij de Bommelerwaard.

            Esther Lamberts
            """
        ),
    },
    # --- under the cancellation -------------------------------------------------------------------------------
    {
        "id": "ds158-030",
        "kind": "unsubscribe",
        "sender": "Guus Verhagen <g.verhagen@hartvanbrabant-werkt.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Jammer. Dan maak ik er meteen een punt achter: meld mij maar af als lid, na de zomer zit ik toch niet
            meer op deze plek.

            Guus Verhagen
            """
        ),
    },
    {
        "id": "ds158-031",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ineke Zwart <i.zwart@kop-van-noord.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "apple",
        "body": _(
            """
            Wat jammer! Misschien een idee om voor de nieuwe datum een ander onderwerp te kiezen: de positie van
            onze werkorganisaties in de regio, bijvoorbeeld bij de woondeal en de regionale energiestrategie, waar
            wij steeds tussen gemeenten en provincie in staan.

            Groet, Ineke
            """
        ),
    },
    # --- under the thank-you for a suggestion -----------------------------------------------------------------
    {
        "id": "ds158-032",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Rob Janssens <r.janssens@mergelland-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog een toevoeging: hybride werken en wat dat betekent voor de huisvesting van een werkorganisatie met
            drie gemeentehuizen. En noteer mij maar als aanwezig op 11 maart.

            Rob Janssens
            """
        ),
    },
    {
        "id": "ds158-033",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Marloes Bakker-Veen <m.bakkerveen@utrechtseheuvels.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Dank! Eén correctie: het tweede punt bedoelde ik iets anders. Niet de relatie met de gemeenteraden, maar
            die met de colleges: vier wethouders bedrijfsvoering die elk iets anders van de directie verwachten.
            Ik ben er op 11 maart bij.

            Marloes
            """
        ),
    },
    {
        "id": "ds158-034",
        "kind": "other",
        "sender": "Stefan Groeneveld <s.groeneveld@gouwe-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-en",
        "body": _(
            """
            Fijn dat het genoteerd is. Wilt u mij voortaan op een ander adres mailen? Mijn secretariaatsadres wordt
            opgeheven; ik ben vanaf nu bereikbaar op stefan.groeneveld@gouwe-samen.nl.

            Stefan Groeneveld
            """
        ),
    },
    # --- under the change of the atelier ----------------------------------------------------------------------
    {
        "id": "ds158-035",
        "kind": "unsubscribe",
        "sender": "Petra Hulshof <p.hulshof@nederbetuwe-oost.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            18 maart kan ik niet, dan heb ik het algemeen bestuur. Haal mij maar van de wachtlijst, en eerlijk gezegd
            ook van de ledenlijst: met mijn nieuwe rol als programmadirecteur past het netwerk niet meer.

            Met vriendelijke groet,
            Petra Hulshof
            """
        ),
    },
    {
        "id": "ds158-036",
        "kind": "other",
        "sender": "Youssef Amrani <y.amrani@amstelgooi-werkt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            18 maart past mij ook, dus ik blijf graag op de wachtlijst staan. Is het Provinciehuis goed te bereiken
            met het OV vanaf Utrecht Centraal, of moet ik een taxi regelen?

            Y. Amrani
            """
        ),
    },
    {
        "id": "ds158-037",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Gonny Altena <g.altena@altena-werkendam.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            De nieuwe datum is prima, ik kom op 18 maart. Mag ik alvast een onderwerp voor het najaar noemen? Hoe
            blijven we inwoners bedienen die niet digitaal vaardig zijn, nu alle vier gemeenten afspraken alleen nog
            online aanbieden.

            Gonny Altena
            """
        ),
    },
    # --- under the confirmation mails -------------------------------------------------------------------------
    {
        "id": "ds158-038",
        "kind": "other",
        "sender": "Floor de Graaf <f.degraaf@langstraat-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij dezen bevestigd. Mijn collega-directeur Hans Wiegersma wil ook graag lid worden, zijn adres is
            h.wiegersma@langstraat-samen.nl.

            Floor de Graaf
            """
        ),
    },
    {
        "id": "ds158-039",
        "kind": "confirm",
        "sender": "Tjitske Bouma <t.bouma@noardeast-fryslan-wurket.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bevestigd! Mijn collega van dienstverlening zal dit ook wel willen, ik vertel haar er morgen over op het
            MT.

            Tjitske
            """
        ),
    },
    {
        "id": "ds158-040",
        "kind": "unsubscribe",
        "sender": "Laurens Ooms <l.ooms@scheldeoever.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            I never signed up for this network. Who registered me? That secretariaat address isn't one of ours as
            far as I know.

            Laurens Ooms
            """
        ),
    },
    {
        "id": "ds158-041",
        "kind": "other",
        "sender": "Annemieke Vos <a.vos@drechtsteden-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb mij nergens voor aangemeld. Hoe komt u aan mijn e-mailadres? Ik sta niet in een openbare lijst,
            voor zover ik weet.

            A. Vos
            """
        ),
    },
    {
        "id": "ds158-042",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Bert Hoogendoorn <b.hoogendoorn@alblasserwaard-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Nooit aangemeld. Verwijder mijn gegevens volledig, ook uit eventuele logbestanden en back-ups, en
            bevestig mij dat dat gebeurd is.

            B. Hoogendoorn
            """
        ),
    },
    {
        "id": "ds158-043",
        "kind": "other",
        "sender": "Noortje Claassen <n.claassen@landvancuijk-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik wil graag lid worden, sorry dat het even duurde. Kan mijn adjunct Tim Vermeulen ook lid worden?
            Zijn adres is t.vermeulen@landvancuijk-samen.nl.

            Noortje
            """
        ),
    },
    {
        "id": "ds158-044",
        "kind": "confirm",
        "sender": "Erik Wassenaar <e.wassenaar@hoeksewaard-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Excuus voor de late reactie, ik zat drie weken in Nieuw-Zeeland zonder bereik. Bij deze alsnog
            bevestigd.

            Erik Wassenaar
            """
        ),
    },
    {
        "id": "ds158-045",
        "kind": "unsubscribe",
        "sender": "Cees Vermaas <c.vermaas@voorne-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Nee dank u, ik wil geen lid worden. Ik zit al in drie andere directeurenkringen en meer avonden en
            middagen heb ik er niet voor over.

            C. Vermaas
            """
        ),
    },
    # --- under the welcome ------------------------------------------------------------------------------------
    {
        "id": "ds158-046",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hanneke Dijkstra <h.dijkstra@zuidwest-drenthe.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom! Ik heb meteen een onderwerp: hoe richt je één I&A-functie in voor drie gemeenten
            die nog op verschillende zaaksystemen draaien? Naar het volgende atelier kom ik in elk geval.

            Hanneke Dijkstra
            """
        ),
    },
    {
        "id": "ds158-047",
        "kind": "unsubscribe",
        "sender": "Arjen Post <a.post@noordveluwe-werkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het warme welkom, maar ik moet er toch op terugkomen. Mijn bestuur vindt het geen goed idee
            dat ik me nu aan nog een netwerk verbind, dus meld me maar weer af. Excuses voor de moeite.

            Arjen

            Verzonden vanaf mijn iPad
            """
        ),
    },
    # --- under the goodbye ------------------------------------------------------------------------------------
    {
        "id": "ds158-048",
        "kind": "unsubscribe",
        "sender": "Jolanda Meijer <j.meijer@oldambt-samen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Klopt helemaal, dank u. Mijn opvolger is Joost Kamphuis, j.kamphuis@oldambt-samen.nl; hij begint op
            1 april en neemt het graag van mij over.

            Jolanda Meijer
            """
        ),
    },
    {
        "id": "ds158-049",
        "kind": "subscribe",
        "sender": "Wim Rutten <w.rutten@heuvelland-zuid.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Huh? Dat was mijn secretaresse die iets te enthousiast de nieuwsbrieven aan het opruimen was. Ik wil
            graag lid blijven!

            Wim
            """
        ),
    },
    {
        "id": "ds158-050",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Daan Schipper <d.schipper@texelstroom.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Dank voor de bevestiging, and thanks for all the good sessions. Could you please also erase every
            personal detail you still keep on me? Ik wil echt helemaal uit jullie systemen.

            Daan Schipper
            """
        ),
    },
    # --- new mails --------------------------------------------------------------------------------------------
    {
        "id": "ds158-051",
        "kind": "unsubscribe",
        "sender": "Gerda Lammers <g.lammers@emmerveld-samen.nl>",
        "subject": "Atelier maart en lidmaatschap",
        "quote": "none",
        "body": _(
            """
            Goedendag,

            Op 11 maart ben ik er niet bij, en ik wil ook niet langer lid zijn van het netwerk: ik combineer mijn
            directeursfunctie sinds kort met het gemeentesecretariaat en moet keuzes maken.

            Met vriendelijke groet,
            Gerda Lammers
            """
        ),
    },
    {
        "id": "ds158-052",
        "kind": "other",
        "sender": "Ronald Kuijpers <r.kuijpers@maaskant-werkt.nl>",
        "subject": "Opvolging per 1 juli",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Per 1 juli neemt Mieke Schouten mijn functie over (m.schouten@maaskant-werkt.nl). Tot die tijd blijf ik
            lid, en op 11 maart ben ik er dus gewoon bij. Wilt u haar vanaf juli in mijn plaats zetten?

            Groet,
            Ronald Kuijpers
            """
        ),
    },
    {
        "id": "ds158-053",
        "kind": "other",
        "sender": "Linda Verschuren <l.verschuren@baronie-werkt.nl>",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: "
            "Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Ter info: de heer Bosman kan op 11 maart helaas niet, hij zit dan de hele dag in Den Haag bij het
            ministerie. Kan hij na afloop het verslag ontvangen?

            Met vriendelijke groet,
            Linda Verschuren
            secretariaat algemeen directeur
            """
        ),
    },
    {
        "id": "ds158-054",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Koos Timmerman <k.timmerman@waterland-oost.nl>",
        "subject": "Verzoek tot wissing gegevens",
        "quote": "none",
        "body": _(
            """
            Geachte heer, mevrouw,

            Aan het atelier van 11 maart neem ik niet deel. Daarnaast verzoek ik u op grond van artikel 17 AVG alle
            persoonsgegevens die u van mij verwerkt te wissen en mij daarvan binnen de wettelijke termijn op de
            hoogte te stellen.

            Hoogachtend,
            K. Timmerman
            """
        ),
    },
    {
        "id": "ds158-055",
        "kind": "other",
        "sender": "Marieke Stoffels <m.stoffels@peel-en-maas-samen.nl>",
        "subject": "Inzage gegevens",
        "quote": "none",
        "body": _(
            """
            Hallo,

            Naar het atelier in maart kom ik niet. Wel wil ik graag weten welke gegevens u eigenlijk van mij heeft
            vastgelegd en waar die vandaan komen; kunt u mij een overzicht sturen?

            Marieke Stoffels
            """
        ),
    },
    {
        "id": "ds158-056",
        "kind": "autoreply",
        "sender": "Harm Jonkman <h.jonkman@fivelingo.nl>",
        "thread": "invitation",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en "
            "inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "quote": "none",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Harm Jonkman is per 1 januari vertrokken bij Fivelingo.
            Berichten voor de algemeen directeur kunt u voortaan sturen naar zijn opvolger,
            e.wiersma@fivelingo.nl. Uw bericht wordt niet doorgestuurd.
            """
        ),
    },
    {
        "id": "ds158-057",
        "kind": "rsvp",
        "attending": True,
        "sender": "Judith Verkerk <j.verkerk@lopikerwaard-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik ben tot 20 februari met ouderschapsverlof en kijk maar af en toe in mijn mail, maar wil jullie even
            laten weten dat ik op 11 maart kom. Daar kijk ik naar uit.

            Judith
            """
        ),
    },
    {
        "id": "ds158-058",
        "kind": "autoreply",
        "sender": "Sophie van Rijswijk <s.vanrijswijk@hollandsmidden-werkt.nl>",
        "thread": "call_for_themes",
        "subject": (
            "Out of Office: Welke thema's wilt u bespreken? Leer- en "
            "inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "quote": "none",
        "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        "body": _(
            """
            Thank you for your message. I am out of the office until 25 January with limited access to e-mail.

            To my fellow directors in the network: I have a topic or two up my sleeve and will send them when I am
            back.

            For urgent matters please contact my office at +31 71 555 0190.

            Sophie van Rijswijk
            """
        ),
    },
    {
        "id": "ds158-059",
        "kind": "subscribe",
        "sender": "Ad Verhoeven <a.verhoeven@kempenland-samen.nl>",
        "subject": "Nieuwe collega voor het netwerk",
        "quote": "none",
        "body": _(
            """
            Dag Stan en Melanie,

            Per 1 maart is Nadia Bouzid bij ons gestart als tweede algemeen directeur. Zij wil graag lid worden
            van het netwerk: n.bouzid@kempenland-samen.nl. Ikzelf blijf gewoon lid, we zitten er straks dus met z'n
            tweeën in.

            Groet,
            Ad Verhoeven
            """
        ),
    },
    {
        "id": "ds158-060",
        "kind": "unsubscribe",
        "sender": "Maarten Brink <m.brink@gelderse-ijssel-werkt.nl>",
        "thread": "invitation",
        "subject": (
            "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart "
            "2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
        ),
        "quote": "none",
        "body": _(
            """
            Geweigerd. Haal mij ook maar van jullie lijst; na de reorganisatie val ik niet meer onder de doelgroep.
            """
        ),
    },
]
# fmt: on
