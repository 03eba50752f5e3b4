"""heldout36: a year (2036) of mail from directors in Midden-Holland, the Alblasserwaard and the Krimpenerwaard.

The writers are directors, assistants and mail systems of invented werkorganisaties and GR's in three regions:
Werkorganisatie Lekvliet, Polderstroom, GR Veenrijk and Zwanendam-Kortveen in the Krimpenerwaard; GR Waardenhart,
Servicecentrum Waard & Weide, Werkorganisatie Dijkhoven and GR Hoogwaard in the Alblasserwaard; Hollandse IJsselzoom,
Tiendwegen, Slingedael, Groenhartsamen and Reewaard in Midden-Holland. The quoted mails are the fixed snapshot of
quoted_mails.json (its dates say 2027); what the writers type themselves speaks of this calendar of 2036:

- atelier 2036-1, "Wendbaar organiseren in krappe tijden", donderdag 13 maart 2036, 14.00-17.30 uur:
  call for themes dinsdag 8 januari (suggestions before woensdag 30 januari), thank-yous for suggestions in January;
  invitation dinsdag 12 februari for Buitenplaats Het Weipad, Weipadsedijk 14, Graafsloot (RSVP before 3 maart);
  change of venue vrijdag 22 februari: water damage at Het Weipad, the atelier moves to Het Zuivelpakhuis,
  Lekkade 7, Oudewaard (same date and time); full on 4 maart, later answers get the waiting list;
  reminder maandag 10 maart; follow-up with the report dinsdag 18 maart;
- in between (April to June): confirmation requests and their single reminder, welcome mails, leave confirmations
  after the spring reorganisations, substitutes' invitations;
- atelier 2036-2, "De inwoner voorbij de gemeentegrens", donderdag 9 oktober 2036, 14.00-17.30 uur:
  call for themes dinsdag 24 juni (suggestions before vrijdag 29 augustus); invitation dinsdag 9 september for
  Veerhuis De Overhaal, Veerweg 3, Streefkade (RSVP before woensdag 1 oktober), RSVP acknowledgements and the waiting
  list in September; reminder maandag 6 oktober; follow-up dinsdag 14 oktober;
- November and December: new directors signing up for 2037, hand-overs, erasures, season's greetings.

Conventions this set relies on (from the brief):
- The label is what the writer asks now, not what our mail was about; a later mail carries the latest answer.
- Under the call for themes, the follow-up or the thank-you, a proposed topic is a suggestion, also when the writer
  also says whether they come; a reply there that only says whether they come is an rsvp; a proposal about time,
  place or format is other. Themes are those of the proposed topic, not of the story told before it; two themes
  for two topics, or for one topic the writer explicitly places under both.
- Declining the atelier ("afmelden voor het atelier") keeps the membership: rsvp False; a decline naming a
  substitute is rsvp False; leaving the network and declining in one mail is unsubscribe.
- A leaver naming a successor with the successor's address is an unsubscribe (hand-over), also under our goodbye; a
  colleague reporting that someone left is other. An AVG erasure is unsubscribe with erase True; a request to see
  one's data is other.
- Signing up one named colleague with the address is subscribe; without the address, or several people, other.
  "Lid blijven" under our goodbye is subscribe.
- A plain denial under the confirmation mail is unsubscribe; a denial asking where we got the address is other.
- A yes on a condition, a confirmation or yes with a real question beside it, and an assistant's new mail about the
  director's attendance are other; an assistant answering in reply to our invitation is an rsvp.
- Calendar accepts and declines are rsvp's; out-of-office, read receipts, ticket systems and "address no longer in
  use" are autoreply (with or without headers); delivery failures are bounce. Neither carries a quote.
- Forwards by an assistant (doorgestuurd) and new mails carry no thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


S_OPROEP1 = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 13 maart 2036 [atelier:2036-1]"
S_UITN1 = "Uitnodiging Leer- en inspireer-atelier 13 maart 2036: Wendbaar organiseren in krappe tijden [atelier:2036-1]"
S_HERI1 = "Herinnering: Leer- en inspireer-atelier donderdag 13 maart 2036 [atelier:2036-1]"
S_OPROEP2 = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 9 oktober 2036 [atelier:2036-2]"
S_UITN2 = "Uitnodiging Leer- en inspireer-atelier 9 oktober 2036: De inwoner voorbij de gemeentegrens [atelier:2036-2]"
S_HERI2 = "Herinnering: Leer- en inspireer-atelier donderdag 9 oktober 2036 [atelier:2036-2]"
S_VERV2 = 'Dank voor uw komst: Leer- en inspireer-atelier "De inwoner voorbij de gemeentegrens" [atelier:2036-2]'
S_WELKOM = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"

AUTO = {"Auto-Submitted": "auto-replied"}


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- januari: oproep thema's atelier 2036-1, bevestigingen, welkom ---
    {
        "id": "h36-001",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Harmen Slootweg <h.slootweg@lekvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Voor 13 maart draag ik graag het volgende aan:

            Generatieve AI in onze interne werkprocessen (P&O, inkoop, postregistratie): wat levert het op, wie is
            eigenaar en hoe borgen we de kwaliteit?

            Wij experimenteren er sinds het najaar mee en lopen tegen veel praktische vragen aan. Ik ben benieuwd
            hoe collega's dat aanpakken.

            Met vriendelijke groet,

            Harmen Slootweg
            algemeen directeur | Werkorganisatie Lekvliet
            voor de gemeenten Lekkerveen, Vlietmonde en Graafsloot
            T 0182 - 44 71 00
            """
        ),
    },
    {
        "id": "h36-002",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Noor el Idrissi <n.elidrissi@ijsselzoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi beiden,

            Twee onderwerpen van mijn kant:
            - onze positie in de regio Midden-Holland bij de woningbouwopgave: trekken we met de buurgemeenten
              samen op of gaat ieder voor zich?
            - klanttevredenheid bij het KCC meten zonder dat inwoners enquêtemoe worden

            Groet,
            Noor

            --
            Noor el Idrissi
            directeur Werkorganisatie Hollandse IJsselzoom
            """
        ),
    },
    {
        "id": "h36-003",
        "kind": "autoreply",
        "sender": "Gerrit-Jan Boogaard <gj.boogaard@polderstroom.nl>",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: " + S_OPROEP1,
        "quote": "none",
        "headers": AUTO,
        "body": _(
            """
            Dank voor uw bericht. Ik ben tot en met maandag 13 januari 2036 afwezig en lees mijn mail niet.
            Voor dringende zaken kunt u terecht bij het directiesecretariaat, 0180 - 33 20 20.

            Thank you for your message. I am out of the office until Monday 13 January.
            """
        ),
    },
    {
        "id": "h36-004",
        "kind": "confirm",
        "sender": "Yvette Brandsma <y.brandsma@waardenweide.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd.

            Yvette Brandsma
            Directeur bedrijfsvoering Servicecentrum Waard & Weide
            """
        ),
    },
    {
        "id": "h36-005",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dirk-Jan Verhey <dj.verhey@veenrijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Een onderwerp heb ik niet paraat, maar 13 maart staat geblokt in mijn agenda: ik ben er sowieso bij.

            Groet,
            Dirk-Jan Verhey
            GR Veenrijk
            """
        ),
    },
    {
        "id": "h36-006",
        "kind": "other",
        "sender": "Marjolein Hoefnagel <m.hoefnagel@waardenhart.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Dag secretariaat,

            Geen inhoudelijk onderwerp van mij, wel een wens over de vorm. De ateliers vallen steeds op
            donderdagmiddag, en dat botst hier elke keer met het wekelijkse overleg met de drie
            portefeuillehouders. Zou het eens op een dinsdagochtend kunnen? En wat mij betreft mag het ook wat
            korter, drie uur is lang als je daarna nog terug moet naar de Alblasserwaard.

            Hartelijke groet,
            Marjolein Hoefnagel
            directeur GR Waardenhart
            """
        ),
    },
    {
        "id": "h36-007",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ruud Kamsteeg <r.kamsteeg@tiendwegen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Suggestie voor maart: dienstverlening aan laaggeletterde inwoners. Hoe krijgen we brieven en website
            echt begrijpelijk

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h36-008",
        "kind": "subscribe",
        "sender": "Fatma Yıldız-de Boer <f.yildiz@zwanendam-kortveen.nl>",
        "subject": "Aanmelden",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Graag meld ik mij aan als lid van het netwerk. Sinds 1 januari ben ik algemeen directeur van de
            ambtelijke organisatie Zwanendam-Kortveen.

            Met vriendelijke groet,
            Fatma Yıldız-de Boer
            """
        ),
    },
    {
        "id": "h36-009",
        "kind": "confirm",
        "sender": "Rob Stigter <rob.stigter@reewaard.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            ja, alsnog bevestigd. Excuus, de eerste mail was in mijn ongewenste mail beland.

            Rob
            """
        ),
    },
    {
        "id": "h36-010",
        "kind": "other",
        "sender": "Anke Rijsdijk <a.rijsdijk@gr-hoogwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik heb mij nergens voor aangemeld. Het secretariaat dat u noemt ken ik niet; via wie bent u aan mijn
            e-mailadres gekomen?

            Met vriendelijke groet,
            A.M. (Anke) Rijsdijk
            teamleider Financiën, GR Hoogwaard
            """
        ),
    },
    {
        "id": "h36-011",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Bart Verkerk <b.verkerk@polderstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie, beste Stan,

            Dank voor de oproep. Wij zitten midden in de evaluatie van vijf jaar Polderstroom en daar komt één ding
            steeds terug, dus dat leg ik graag aan de collega's voor:

            Hoe ga je om met grote verschillen in ambitie tussen de deelnemende gemeenten? Ammerkerk wil koploper
            zijn in de energietransitie, Bergsluis wil vooral dat de basis op orde is. De werkorganisatie zit er
            middenin en moet beide bedienen.

            Ik hoor graag of dit op de agenda kan.

            Vriendelijke groeten,

            Bart Verkerk
            gemeentesecretaris Ammerkerk en Bergsluis | directeur Werkorganisatie Polderstroom
            """
        ),
    },
    {
        "id": "h36-012",
        "kind": "unsubscribe",
        "sender": "Cor van Wijngaarden <c.vanwijngaarden@dijkhoven-wo.nl>",
        "subject": "Afmelding netwerk",
        "quote": "none",
        "body": _(
            """
            Geacht secretariaat,

            Per 1 februari 2036 ga ik met pensioen. Ik verzoek u mij daarom af te melden als lid van het netwerk.
            Wie mij opvolgt is nog niet bekend; de nieuwe directeur neemt daar te zijner tijd zelf contact over op.

            Dank voor de waardevolle bijeenkomsten van de afgelopen jaren.

            Met vriendelijke groet,
            C. van Wijngaarden
            """
        ),
    },
    {
        "id": "h36-013",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Oliver Pennington <o.pennington@slingedael.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Apologies for writing in English - my Dutch is still a work in progress.

            A topic I would like to put forward: long-term vision. What should a shared service organisation like
            ours look like in 2045, with an ageing population and shrinking villages, and which choices do we
            need to make now to get there?

            Best regards,
            Oliver Pennington
            Interim Director | Werkorganisatie Slingedael
            """
        ),
    },
    {
        "id": "h36-014",
        "kind": "other",
        "sender": "Hester Mulderij <h.mulderij@groenhartsamen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het hartelijke welkom!

            Is er ergens een archief met de verslagen van eerdere ateliers? Dan lees ik me alvast in voor maart.

            Groet, Hester Mulderij
            """
        ),
    },
    {
        "id": "h36-015",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Wouter Versluis <w.versluis@dijkhoven-wo.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Dank voor de welkomstmail. U vraagt of ik al een onderwerp heb: jazeker. Hoe meet je de prestaties van
            je dienstverlening zo dat inwoners ze zelf kunnen volgen? Wij denken aan een openbaar dashboard met
            doorlooptijden van aanvragen en meldingen, maar twijfelen over wat je wel en niet laat zien.

            Met vriendelijke groet,

            Wouter Versluis
            algemeen directeur a.i. Werkorganisatie Dijkhoven
            """
        ),
    },
    {
        "id": "h36-016",
        "kind": "confirm",
        "sender": "J.H. Spruijt <jh.spruijt@groenhartsamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding.

            Met vriendelijke groet,

            J.H. Spruijt
            Gemeentesecretaris / algemeen directeur
            Groenhartsamen
            """
        ),
    },
    {
        "id": "h36-017",
        "kind": "autoreply",
        "sender": "Gerdien Wolters <g.wolters@tiendwegen.nl>",
        "thread": "call_for_themes",
        "subject": "Gelezen: " + S_OPROEP1,
        "quote": "none",
        "body": _(
            """
            Uw bericht

                Aan: Wolters, Gerdien
                Onderwerp: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 13 maart 2036
                Verzonden: dinsdag 8 januari 2036 09:02:11 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            werd gelezen op dinsdag 8 januari 2036 10:14:36 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "h36-018",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Lisette Groeneveld <l.groeneveld@reewaard.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog een aanvulling op wat ik vorige week stuurde:

            De toekomst van onze ICT-infrastructuur: naar de cloud, de eigen serverruimte afbouwen en afscheid
            nemen van verouderde applicaties. Wie heeft dat al achter de rug?

            Lisette Groeneveld
            Werkorganisatie Reewaard
            """
        ),
    },
    {
        "id": "h36-019",
        "kind": "other",
        "sender": "Pieter-Bas Noordam <pb.noordam@veenrijk.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "groupwise",
        "body": _(
            """
            Dank voor de bevestiging. Ik zie dat u mijn onderwerp onder Samenwerking hebt geschaard, maar ik had
            het eigenlijk als Strategie bedoeld. Kunt u dat nog aanpassen voordat er geteld wordt?

            PB Noordam
            """
        ),
    },
    {
        "id": "h36-020",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Jolien Schouten <j.schouten@waardenweide.nl>",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "quote": "none",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u mij uit te
            schrijven als lid van het netwerk en al mijn persoonsgegevens uit uw administratie te verwijderen,
            inclusief eventuele aanmeldgegevens en deelnemerslijsten.

            Graag ontvang ik een bevestiging zodra dit is gebeurd.

            Hoogachtend,

            mr. J.C. Schouten
            Servicecentrum Waard & Weide
            """
        ),
    },
    {
        "id": "h36-021",
        "kind": "subscribe",
        "sender": "Secretariaat directie Tiendwegen <directiesecretariaat@tiendwegen.nl>",
        "subject": "Aanmelding nieuwe algemeen directeur",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Per 1 februari treedt de heer Koen Vermaat aan als algemeen directeur van Werkorganisatie Tiendwegen.
            Graag melden wij hem aan als lid van uw netwerk. Zijn e-mailadres is k.vermaat@tiendwegen.nl.

            Met vriendelijke groet,

            Ingeborg Lanser
            directiesecretaresse
            Werkorganisatie Tiendwegen
            """
        ),
    },
    # --- februari: uitnodiging atelier 2036-1 (Het Weipad, Graafsloot), wijziging naar Oudewaard ---
    {
        "id": "h36-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Harmen Slootweg <h.slootweg@lekvliet.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja hoor, ik ben van de partij op 13 maart. Mooi dat het dit keer bij ons in Graafsloot is!

            Harmen
            """
        ),
    },
    {
        "id": "h36-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Noor el Idrissi <n.elidrissi@ijsselzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik kom, en neem onze concerncontroller Erik Hoogstraten mee. Dus twee personen.

            Groet, Noor
            """
        ),
    },
    {
        "id": "h36-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bart Verkerk <b.verkerk@polderstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Nee helaas. Op 13 maart is de raadsvergadering in Bergsluis over de kadernota en daar moet ik bij zijn.
            Jammer, juist dit onderwerp had ik graag meegemaakt.

            Bart
            """
        ),
    },
    {
        "id": "h36-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerrit-Jan Boogaard <gj.boogaard@polderstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Zelf kan ik er niet bij. In mijn plaats komt mijn collega Annelies Brouwer-Takens, directeur Sociaal
            Domein (a.brouwer@polderstroom.nl). Zij is goed ingevoerd in het onderwerp.

            Groet,
            Gerrit-Jan Boogaard
            """
        ),
    },
    {
        "id": "h36-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Fatma Yıldız-de Boer <f.yildiz@zwanendam-kortveen.nl>",
        "thread": "invitation",
        "subject": "Geaccepteerd: " + S_UITN1,
        "quote": "none",
        "body": "",
    },
    {
        "id": "h36-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Kamsteeg <r.kamsteeg@tiendwegen.nl>",
        "thread": "invitation",
        "subject": "Geweigerd: " + S_UITN1,
        "quote": "none",
        "body": _(
            """
            Dubbel geboekt, sorry. Volgende keer beter.
            """
        ),
    },
    {
        "id": "h36-028",
        "kind": "other",
        "sender": "Theo Kraaijeveld <t.kraaijeveld@gr-hoogwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Ik wil graag komen, op voorwaarde dat ik om half vijf kan vertrekken: er is die avond een
            raadsinformatiebijeenkomst in Molenzijl die ik voorzit. Is het voor de opzet van de middag bezwaarlijk
            als ik het laatste uur mis? Laat u het even weten, dan meld ik me definitief aan.

            Met vriendelijke groet,
            Theo Kraaijeveld
            directeur GR Hoogwaard Bedrijfsvoering
            """
        ),
    },
    {
        "id": "h36-029",
        "kind": "other",
        "sender": "Saskia Dubbeldam <s.dubbeldam@slingedael.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom, samen met mijn adjunct. Hij zit in een rolstoel: is Het Weipad goed toegankelijk, en is er
            een invalidenparkeerplaats dicht bij de ingang?

            Saskia Dubbeldam
            """
        ),
    },
    {
        "id": "h36-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bestuurssecretariaat Reewaard <bestuurssecretariaat@reewaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens mevrouw Groeneveld laat ik u weten dat zij op 13 maart aanwezig zal zijn. De afspraak staat in
            haar agenda.

            Met vriendelijke groet,

            Petra Hooijmans
            bestuurssecretariaat Werkorganisatie Reewaard
            """
        ),
    },
    {
        "id": "h36-031",
        "kind": "other",
        "sender": "Marleen Stam <m.stam@ijsselzoom.nl>",
        "subject": "Aanwezigheid dhr. Van Rooijen 13 maart",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Graag wil ik u laten weten dat de heer Van Rooijen, directeur bedrijfsvoering, op 13 maart het
            atelier in Graafsloot bijwoont.

            Met vriendelijke groet,
            Marleen Stam
            managementassistent Werkorganisatie Hollandse IJsselzoom
            """
        ),
    },
    {
        "id": "h36-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Oliver Pennington <o.pennington@slingedael.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Happy to join on 13 March - looking forward to meeting colleagues from the region.

            Kind regards,
            Oliver
            """
        ),
    },
    {
        "id": "h36-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hester Mulderij <h.mulderij@groenhartsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik wil me graag afmelden voor het atelier van 13 maart, ik zit dan in een begrotingsoverleg met de
            provincie. Hopelijk in oktober wel!

            Hester

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h36-034",
        "kind": "unsubscribe",
        "sender": "Arjen Velthuis <a.velthuis@gr-hoogwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Ik kom niet op 13 maart, en eigenlijk kunt u mij ook van de ledenlijst halen. Na de ontvlechting van
            de GR ben ik per 1 maart geen directeur meer maar adviseur, dus het netwerk is niet langer voor mij
            bedoeld.

            Dank en succes,
            Arjen Velthuis
            """
        ),
    },
    {
        "id": "h36-035",
        "kind": "autoreply",
        "sender": "Claire Hofstede <c.hofstede@lekvliet.nl>",
        "thread": "invitation",
        "subject": "Out of Office: " + S_UITN1,
        "quote": "none",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            I am on holiday (krokusvakantie) until Monday 24 February with limited access to e-mail.
            For urgent matters please contact the front office of Werkorganisatie Lekvliet: 0182 - 44 71 00.

            Ik ben met vakantie tot en met maandag 24 februari.
            """
        ),
    },
    {
        "id": "h36-036",
        "kind": "bounce",
        "sender": "Mail Delivery System <postmaster@waardenweide.nl>",
        "subject": "Onbestelbaar: " + S_UITN1,
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            De levering aan deze geadresseerden of groepen is mislukt:

            h.pronk@waardenweide.nl
            Het e-mailadres dat u hebt ingevoerd, kan niet worden gevonden. Controleer het e-mailadres van de
            geadresseerde en probeer het bericht opnieuw te verzenden.

            Diagnostische informatie voor beheerders:

            Genererende server: MX02.waardenweide.nl
            h.pronk@waardenweide.nl
            Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
            """
        ),
    },
    {
        "id": "h36-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dirk-Jan Verhey <dj.verhey@veenrijk.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Het Zuivelpakhuis is voor mij zelfs een kwartier dichterbij. Ik blijf dus gewoon komen.

            DJ
            """
        ),
    },
    {
        "id": "h36-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Saskia Dubbeldam <s.dubbeldam@slingedael.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer van de waterschade. Met de verhuizing naar Oudewaard red ik het helaas niet meer na mijn
            ochtendprogramma in Goudkade, dus ik moet afzeggen, voor mijzelf en voor mijn adjunct.

            Saskia Dubbeldam
            """
        ),
    },
    {
        "id": "h36-039",
        "kind": "other",
        "sender": "Kees-Willem Baars <kw.baars@waardenhart.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Is er bij het Zuivelpakhuis genoeg parkeerruimte, of kan ik beter de waterbus nemen? En blijft de
            Teams-link hetzelfde voor mijn collega die online meekijkt?

            KW Baars
            """
        ),
    },
    {
        "id": "h36-040",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Versluis <w.versluis@dijkhoven-wo.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de update. Ik had nog niet gereageerd op de uitnodiging, maar zet mij maar op de lijst: ik
            kom naar Oudewaard.

            Met vriendelijke groet,
            Wouter Versluis
            """
        ),
    },
    {
        "id": "h36-041",
        "kind": "other",
        "sender": "Harmen Slootweg <h.slootweg@lekvliet.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Stan, nog een vraag: de nieuwe directeur van de omgevingsdienst hier in de Krimpenerwaard zou graag
            een keer meekijken. Ze is geen directeur van een fusieorganisatie en dus geen lid. Mag ze op 13 maart
            als gast mee, los van mijn eigen aanmelding?

            Harmen
            """
        ),
    },
    {
        "id": "h36-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Pieter-Bas Noordam <pb.noordam@veenrijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik zit die week voor de VNG in Brussel. Wilt u mijn plaatsvervanger uitnodigen? Dat is Jeroen
            Haverkamp, jeroen.haverkamp@veenrijk.nl.

            Groeten, Pieter-Bas
            """
        ),
    },
    {
        "id": "h36-043",
        "kind": "autoreply",
        "sender": "Servicedesk GR Hoogwaard <servicedesk@gr-hoogwaard.nl>",
        "subject": "[INC-2036-04417] RE: " + S_UITN1,
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Beste melder,

            Uw e-mail is bij de Servicedesk van GR Hoogwaard geregistreerd onder nummer INC-2036-04417.
            Wij behandelen uw melding binnen drie werkdagen. Vermeld bij vervolgcontact altijd het
            meldingsnummer in de onderwerpregel.

            Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.
            """
        ),
    },
    {
        "id": "h36-044",
        "kind": "confirm",
        "sender": "Koen Vermaat <k.vermaat@tiendwegen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja, bevestigd!

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h36-045",
        "kind": "subscribe",
        "sender": "Yvette Brandsma <y.brandsma@waardenweide.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dit klopt niet: ik wil graag lid blijven. Ik vermoed dat de afmelding bedoeld was voor mijn collega
            Jolien, die vertrokken is.

            Yvette Brandsma
            """
        ),
    },
    {
        "id": "h36-046",
        "kind": "unsubscribe",
        "sender": "Cor van Wijngaarden <c.vanwijngaarden@dijkhoven-wo.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. U vroeg naar een opvolger: inmiddels is bekend dat mevrouw drs. Femke
            Lagerwerf mijn plaats overneemt, f.lagerwerf@dijkhoven-wo.nl. Zij wil graag in het netwerk.

            Cor van Wijngaarden
            """
        ),
    },
    # --- maart: wachtlijst, herinnering, vervangers, atelier 13 maart, vervolg 18 maart ---
    {
        "id": "h36-047",
        "kind": "rsvp",
        "attending": False,
        "sender": "Theo Kraaijeveld <t.kraaijeveld@gr-hoogwaard.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Haalt u mij maar van de wachtlijst. Die middag zit inmiddels vol met andere afspraken, dus ook als er
            een plek vrijkomt kan ik niet.

            Theo Kraaijeveld
            """
        ),
    },
    {
        "id": "h36-048",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ruud Kamsteeg <r.kamsteeg@tiendwegen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Mijn weigering van vorige week kunt u vergeten: het overleg waarvoor ik dubbel stond is geschrapt.
            Ik kom dus toch.

            Ruud
            """
        ),
    },
    {
        "id": "h36-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Kees-Willem Baars <kw.baars@waardenhart.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            helaas ik kan niet, griep. geef mijn plek maar aan iemand van de wachtlijst

            Sent from my iPhone
            """
        ),
    },
    {
        "id": "h36-050",
        "kind": "rsvp",
        "attending": False,
        "sender": "Noor el Idrissi <n.elidrissi@ijsselzoom.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik ben sinds gisteren ziek thuis. Bas Oudshoorn, directeur Publiekszaken (b.oudshoorn@ijsselzoom.nl),
            neemt mijn plek in; Erik Hoogstraten komt gewoon als tweede persoon mee.

            Groet, Noor
            """
        ),
    },
    {
        "id": "h36-051",
        "kind": "other",
        "sender": "Lisette Groeneveld <l.groeneveld@reewaard.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Even checken: het atelier is nu toch in het Zuivelpakhuis in Oudewaard? In deze herinnering zie ik
            nog een ander adres staan en ik wil niet voor een dichte deur staan.

            Lisette
            """
        ),
    },
    {
        "id": "h36-052",
        "kind": "rsvp",
        "attending": True,
        "sender": "Fatma Yıldız-de Boer <f.yildiz@zwanendam-kortveen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Dank voor de herinnering, ik ben er donderdag. Tot dan!

            Fatma
            """
        ),
    },
    {
        "id": "h36-053",
        "kind": "rsvp",
        "attending": True,
        "sender": "Annelies Brouwer-Takens <a.brouwer@polderstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank u wel. Ik kom graag in de plaats van Gerrit-Jan en heb het in mijn agenda gezet.

            Met vriendelijke groet,
            Annelies Brouwer-Takens
            directeur Sociaal Domein, Werkorganisatie Polderstroom
            """
        ),
    },
    {
        "id": "h36-054",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jeroen Haverkamp <jeroen.haverkamp@veenrijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": _(
            """
            Helaas kan ik op 13 maart ook niet; ik heb dat inmiddels met Pieter-Bas afgestemd. Misschien vraagt hij
            nog iemand anders van ons MT.

            Jeroen Haverkamp
            """
        ),
    },
    {
        "id": "h36-055",
        "kind": "other",
        "sender": "Bas Oudshoorn <b.oudshoorn@ijsselzoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik ben zelf geen lid van het netwerk. Moet ik me eerst aanmelden om donderdag te kunnen komen, en krijg
            ik dan voortaan ook alle uitnodigingen? Dat laatste is niet per se de bedoeling, Noor blijft ons
            vaste lid.

            Bas Oudshoorn
            """
        ),
    },
    {
        "id": "h36-056",
        "kind": "autoreply",
        "sender": "Ilse Verweij <i.verweij@veenrijk.nl>",
        "thread": "reminder",
        "subject": "Automatisch antwoord: " + S_HERI1,
        "quote": "none",
        "body": _(
            """
            Beste afzender,

            Van maandag 10 tot en met vrijdag 14 maart ben ik op werkbezoek en beperkt bereikbaar. Uw mail wordt
            niet doorgestuurd. Voor spoedeisende zaken kunt u bellen met het secretariaat van GR Veenrijk,
            0182 - 58 12 00.

            Met vriendelijke groet,
            Ilse Verweij
            """
        ),
    },
    {
        "id": "h36-057",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Dirk-Jan Verhey <dj.verhey@veenrijk.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Mooie middag, dank daarvoor.

            Wat mij betreft volgende keer: strategische personeelsplanning bij aanhoudende krapte. Hoe houden we
            vakmensen (vergunningen, ICT, financiën) binnen als de markt ze weglokt, en wat doe je met je formatie
            als vacatures structureel open blijven?

            DJ Verhey
            """
        ),
    },
    {
        "id": "h36-058",
        "kind": "other",
        "sender": "Annelies Brouwer-Takens <a.brouwer@polderstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het verslag! Alleen: de link geeft bij mij een foutmelding (404 - pagina niet gevonden). Kunt
            u het verslag als bijlage sturen? Ik wil het delen met Gerrit-Jan.

            Annelies
            """
        ),
    },
    {
        "id": "h36-059",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Koen Vermaat <k.vermaat@tiendwegen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Was mijn eerste atelier en zeker niet mijn laatste, in oktober ben ik er weer bij.

            Onderwerp voor dan: dienstverlening aan ondernemers. Eén loket voor een ondernemer die in twee van onze
            gemeenten vestigingen heeft, in plaats van twee keer dezelfde vragen.

            Koen
            """
        ),
    },
    {
        "id": "h36-060",
        "kind": "other",
        "sender": "Harmen Slootweg <h.slootweg@lekvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Idee voor de vorm: zouden we het volgende atelier kunnen combineren met een werkbezoek bij een van de
            leden? Een uur rondkijken in elkaars keuken zegt soms meer dan een middag praten. Lekvliet wil best
            een keer gastheer zijn.

            Harmen
            """
        ),
    },
    {
        "id": "h36-061",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Oliver Pennington <o.pennington@slingedael.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for a great afternoon in Oudewaard.

            For next time: how do you build a multi-year organisational vision when the colleges change every four
            years and political priorities shift each time? I would love to hear how others keep a steady course.

            Oliver
            """
        ),
    },
    {
        "id": "h36-062",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@mx.slingedael.nl>",
        "subject": "Delivery Status Notification (Failure)",
        "quote": "none",
        "body": _(
            """
            ** Address not found **

            Your message wasn't delivered to r.vandam@slingedael.nl because the address couldn't be found, or is
            unable to receive mail.

            The response from the remote server was:
            550 5.1.1 <r.vandam@slingedael.nl>: Recipient address rejected: User unknown in virtual mailbox table
            """
        ),
    },
    # --- april en mei: wisselingen na de reorganisaties, bevestigingen, welkom, afmeldingen ---
    {
        "id": "h36-063",
        "kind": "subscribe",
        "sender": "Rachel Okafor <r.okafor@slingedael.nl>",
        "subject": "Joining the network",
        "quote": "none",
        "body": _(
            """
            Hello,

            I have just started as director of operations at Werkorganisatie Slingedael, taking over from Oliver
            Pennington's interim team. Colleagues told me about your network and I would very much like to join.
            Could you please register me with this address?

            Many thanks,
            Rachel Okafor
            """
        ),
    },
    {
        "id": "h36-064",
        "kind": "subscribe",
        "sender": "Dirk-Jan Verhey <dj.verhey@veenrijk.nl>",
        "subject": "Nieuw lid voor het netwerk",
        "quote": "none",
        "body": _(
            """
            Hallo Stan en Melanie,

            Mijn collega Wilma Terpstra is per april directeur bedrijfsvoering bij GR Veenrijk geworden en wil ook
            graag lid worden. Haar adres: w.terpstra@veenrijk.nl. Wilt u haar aanmelden?

            Groet,
            Dirk-Jan
            """
        ),
    },
    {
        "id": "h36-065",
        "kind": "other",
        "sender": "Wouter Versluis <w.versluis@dijkhoven-wo.nl>",
        "subject": "Aanmelding MT Dijkhoven",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Het netwerk bevalt goed, dus ik wil graag ons hele managementteam laten aansluiten:
            - Femke Lagerwerf, f.lagerwerf@dijkhoven-wo.nl
            - Hasan Aydın, h.aydin@dijkhoven-wo.nl
            - Trudy Bouwman, t.bouwman@dijkhoven-wo.nl
            - Sjoerd de Kluiver, s.dekluiver@dijkhoven-wo.nl

            Kunt u hen alle vier aanmelden?

            Met vriendelijke groet,
            Wouter Versluis
            """
        ),
    },
    {
        "id": "h36-066",
        "kind": "other",
        "sender": "Marjolein Hoefnagel <m.hoefnagel@waardenhart.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank voor de welkomstmail. Zet u onze nieuwe directeur Sociaal Domein, Maarten Zoutendijk, ook op de
            lijst? Hij vindt dit soort bijeenkomsten waardevol.

            Marjolein
            """
        ),
    },
    {
        "id": "h36-067",
        "kind": "other",
        "sender": "Kees-Willem Baars <kw.baars@waardenhart.nl>",
        "subject": "Ronald Klapwijk",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: Ronald Klapwijk is per 1 april vertrokken bij GR Waardenhart. Zijn mailbox wordt naar
            mij doorgestuurd, vandaar dat ik uw berichten aan hem nu ontvang.

            Met vriendelijke groet,
            Kees-Willem Baars
            """
        ),
    },
    {
        "id": "h36-068",
        "kind": "unsubscribe",
        "sender": "Lisette Groeneveld <l.groeneveld@reewaard.nl>",
        "subject": "Overdracht lidmaatschap",
        "quote": "none",
        "body": _(
            """
            Beste Melanie en Stan,

            Per 1 mei vertrek ik naar de provincie Zuid-Holland. Mijn opvolger als directeur van Reewaard, Sanne
            Roodbeen (s.roodbeen@reewaard.nl), neemt mijn plek in het netwerk graag over. Wilt u mij afmelden en
            haar aanmelden?

            Het ga jullie goed!
            Lisette Groeneveld
            """
        ),
    },
    {
        "id": "h36-069",
        "kind": "unsubscribe",
        "sender": "Hans Pronk <hans.pronk@planetpost.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Graag uitschrijven voor deze mailinglijst. Ik ben niet meer werkzaam bij een werkorganisatie.

            H. Pronk
            """
        ),
    },
    {
        "id": "h36-070",
        "kind": "other",
        "sender": "Gerdien Wolters <g.wolters@tiendwegen.nl>",
        "subject": "Inzageverzoek AVG",
        "quote": "none",
        "body": _(
            """
            Geachte secretariaat,

            Op grond van artikel 15 AVG verzoek ik om inzage in de persoonsgegevens die u van mij verwerkt: welke
            gegevens, met welk doel, hoe lang u ze bewaart en met wie u ze deelt.

            Met vriendelijke groet,
            G. Wolters
            """
        ),
    },
    {
        "id": "h36-071",
        "kind": "unsubscribe",
        "sender": "Oliver Pennington <o.pennington@slingedael.nl>",
        "subject": "Unsubscribe",
        "quote": "none",
        "body": _(
            """
            Dear secretariat,

            My interim assignment in Slingedael has ended, so please take me off your list of members. Rachel
            Okafor is already signed up for Slingedael.

            Thank you for having me, it was a pleasure.
            Oliver Pennington
            """
        ),
    },
    {
        "id": "h36-072",
        "kind": "confirm",
        "sender": "Rachel Okafor <r.okafor@slingedael.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed, thank you!

            Rachel
            """
        ),
    },
    {
        "id": "h36-073",
        "kind": "confirm",
        "sender": "Wilma Terpstra <w.terpstra@veenrijk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Akkoord.

            W. Terpstra
            """
        ),
    },
    {
        "id": "h36-074",
        "kind": "other",
        "sender": "Sanne Roodbeen <s.roodbeen@reewaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij deze bevestigd. Wel een vraag: kan mijn plaatsvervanger, onze directeur Ruimte, ook een kopie van
            de uitnodigingen krijgen? Dan kan hij inspringen als ik verhinderd ben.

            Sanne Roodbeen
            """
        ),
    },
    {
        "id": "h36-075",
        "kind": "unsubscribe",
        "sender": "Hasan Aydın <h.aydin@dijkhoven-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb me niet aangemeld en wil ook geen lid worden.

            H. Aydın
            """
        ),
    },
    {
        "id": "h36-076",
        "kind": "autoreply",
        "sender": "Ronald Klapwijk <r.klapwijk@waardenhart.nl>",
        "thread": "invitation",
        "subject": "Automatisch antwoord: " + S_UITN1,
        "quote": "none",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Uw bericht wordt niet gelezen en niet doorgestuurd.
            Richt uw bericht aan info@waardenhart.nl.
            """
        ),
    },
    {
        "id": "h36-077",
        "kind": "confirm",
        "sender": "Femke Lagerwerf <f.lagerwerf@dijkhoven-wo.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja graag!

            Femke
            """
        ),
    },
    {
        "id": "h36-078",
        "kind": "subscribe",
        "sender": "Claire Hofstede <c.hofstede@lekvliet.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            lid blijven

            (dat was een vergissing van mijn secretaresse, zij heeft de verkeerde mail beantwoord)
            """
        ),
    },
    {
        "id": "h36-079",
        "kind": "other",
        "sender": "Bart Verkerk <b.verkerk@polderstroom.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik krijg sinds kort alles dubbel: op mijn oude adres bij Ammerkerk (b.verkerk@ammerkerk.nl) en op dit
            adres. Kunt u het oude adres uit het bestand halen? Lid blijven wil ik uiteraard wel, via dit adres.

            Bart Verkerk
            """
        ),
    },
    {
        "id": "h36-080",
        "kind": "subscribe",
        "sender": "Eva Landskroon <e.landskroon@zwanendam-kortveen.nl>",
        "subject": "Lidmaatschap netwerk directeuren",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Via Fatma Yıldız kreeg ik jullie uitnodiging voor maart doorgestuurd; helaas te laat om nog te komen.
            Als directeur dienstverlening van Zwanendam-Kortveen wil ik graag zelf lid worden, zodat ik de
            volgende uitnodiging rechtstreeks ontvang.

            Vriendelijke groet,
            Eva Landskroon
            """
        ),
    },
    {
        "id": "h36-081",
        "kind": "other",
        "sender": "Martijn Bleeker <martijn@bleeker-verandert.nl>",
        "subject": "Samenwerking Leer- en inspireer-atelier",
        "quote": "none",
        "body": _(
            """
            Beste organisatoren,

            Bleeker Verandert begeleidt al tien jaar ambtelijke fusies in het Groene Hart. Graag verzorgen wij
            bij een volgend atelier een interactieve workshop over cultuurverschillen na een fusie, kosteloos
            voor uw leden. Zullen we hierover eens bellen?

            Met energieke groet,
            Martijn Bleeker
            Bleeker Verandert | 06 - 41 88 20 17
            """
        ),
    },
    {
        "id": "h36-082",
        "kind": "confirm",
        "sender": "Trudy Bouwman <t.bouwman@dijkhoven-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Bevestigd, dank u.

            Trudy Bouwman
            directeur Bedrijfsvoering | Werkorganisatie Dijkhoven
            Postbus 120 | 3370 AC Dijkhoven

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, wordt u
            verzocht de inhoud niet te gebruiken en de afzender direct te informeren door het bericht te
            retourneren. Werkorganisatie Dijkhoven aanvaardt geen aansprakelijkheid voor schade die voortvloeit uit
            het gebruik van elektronisch verzonden informatie.
            """
        ),
    },
    {
        "id": "h36-083",
        "kind": "confirm",
        "sender": "Maarten Zoutendijk <m.zoutendijk@waardenhart.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Maarten Zoutendijk
            Directeur Sociaal Domein
            GR Waardenhart | Oudewaard - Molenzijl - Streefkade
            m.zoutendijk@waardenhart.nl | 0184 - 69 30 00
            """
        ),
    },
    # --- juni: oproep thema's atelier 2036-2 (9 oktober) ---
    {
        "id": "h36-084",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wilma Terpstra <w.terpstra@veenrijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Mijn onderwerp voor 9 oktober: datagedreven werken. Hoe bouw je een klein datateam op dat alle drie de
            gemeenten bedient, waar beleg je het in de organisatie en hoe voorkom je dat het een speeltje van de
            ICT-afdeling wordt?

            Met vriendelijke groet,
            Wilma Terpstra
            """
        ),
    },
    {
        "id": "h36-085",
        "kind": "suggestion",
        "themes": ["dienstverlening", "samenwerking"],
        "sender": "Sanne Roodbeen <s.roodbeen@reewaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Twee onderwerpen, één per regel zoals gevraagd:
            Wachttijden bij de Wmo-toegang terugdringen, zodat inwoners binnen twee weken iemand aan tafel hebben
            Onze rol als werkorganisatie in de regionale energiestrategie naast de regiogemeenten

            Sanne
            """
        ),
    },
    {
        "id": "h36-086",
        "kind": "autoreply",
        "sender": "Marjolein Hoefnagel <m.hoefnagel@waardenhart.nl>",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: " + S_OPROEP2,
        "quote": "none",
        "headers": AUTO,
        "body": _(
            """
            Goedendag,

            Ik geniet van mijn zomervakantie en ben vanaf maandag 11 augustus weer op kantoor. Uw e-mail lees ik
            na terugkomst. Heeft uw vraag haast, neem dan contact op met:
            - bestuurlijke zaken: Kees-Willem Baars, kw.baars@waardenhart.nl
            - bedrijfsvoering: het secretariaat, 0184 - 69 30 00

            Met zonnige groet,
            Marjolein Hoefnagel
            """
        ),
    },
    {
        "id": "h36-087",
        "kind": "other",
        "sender": "Theo Kraaijeveld <t.kraaijeveld@gr-hoogwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geen thema, wel een opmerking over de datum: begin oktober zitten alle colleges midden in de
            begrotingsbehandeling. Kan het atelier niet beter half september, of anders in november? Dan verwacht
            ik dat er meer collega's kunnen.

            Theo Kraaijeveld
            """
        ),
    },
    {
        "id": "h36-088",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "J.H. Spruijt <jh.spruijt@groenhartsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Geacht secretariaat,

            Ondergetekende stelt voor het volgende onderwerp te agenderen: de koers van de werkorganisatie op
            langere termijn. Waar staan wij in 2040, en welke bestuurlijke keuzes vraagt dat van de colleges na de
            verkiezingen van 2038?

            Hoogachtend,

            J.H. Spruijt
            """
        ),
    },
    {
        "id": "h36-089",
        "kind": "rsvp",
        "attending": False,
        "sender": "Koen Vermaat <k.vermaat@tiendwegen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Een onderwerp heb ik deze keer niet. En helaas: 9 oktober zit ik met het gezin in Portugal, dus dit
            atelier sla ik over.

            Koen
            """
        ),
    },
    {
        "id": "h36-090",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Rachel Okafor <r.okafor@slingedael.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Topic idea: how do you keep customer service consistent when two town halls each have their own front
            desk, opening hours and habits? Residents of Slingerhoek and Goudkade get a different experience for
            the same question.

            Best,
            Rachel
            """
        ),
    },
    {
        "id": "h36-091",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Erwin Kalkman <e.kalkman@lekvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            ondewerp: hybride werken en de binding met de organisatie , hoe hou je je mensen betrokken als de helft
            thuis zit en het kantoor in Vlietmonde halfleeg is

            gr Erwin

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h36-092",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Directiesecretariaat IJsselzoom <directie@ijsselzoom.nl>",
        "subject": "FW: " + S_OPROEP2,
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw El Idrissi stuur ik u het volgende onderwerp voor het atelier van 9 oktober:

            De samenwerking met de veiligheidsregio en de GGD bij crises: wie doet wat tussen de gemeenten, de
            werkorganisatie en de regionale partners?

            Met vriendelijke groet,
            Marleen Stam
            managementassistent
            """
        ),
    },
    {
        "id": "h36-093",
        "kind": "other",
        "sender": "Pieter-Bas Noordam <pb.noordam@veenrijk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Tellen de suggesties die in januari niet gekozen zijn automatisch weer mee, of moet ik mijn onderwerp
            opnieuw insturen?

            PB
            """
        ),
    },
    {
        "id": "h36-094",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Eva Landskroon <e.landskroon@zwanendam-kortveen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Op 9 oktober ben ik er graag bij, mijn eerste atelier!

            Als onderwerp stel ik voor: wat leren we van klachten van inwoners? Wij behandelen klachten netjes
            binnen de termijn, maar doen er daarna weinig mee om de dienstverlening echt te verbeteren.

            Hartelijke groet,
            Eva Landskroon
            directeur Dienstverlening, Zwanendam-Kortveen
            """
        ),
    },
    {
        "id": "h36-095",
        "kind": "unsubscribe",
        "sender": "Gerrit-Jan Boogaard <gj.boogaard@polderstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Per 1 juli stap ik over naar het ministerie van BZK, dus thema's aandragen zit er niet meer in. Haal
            mij maar van de lijst. Een opvolger is er voorlopig niet; Annelies neemt waar.

            Gerrit-Jan
            """
        ),
    },
    {
        "id": "h36-096",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Bart Verkerk <b.verkerk@polderstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag beiden,

            Bij ons is in het voorjaar de migratie naar het nieuwe zaaksysteem vastgelopen: twee maanden
            achterstand, een boze raad en een leverancier die naar ons wijst. Daar zijn we intussen wel uit.

            Waar ik het in oktober over wil hebben is iets anders, en eigenlijk de les van dat hele verhaal: de
            rolverdeling tussen de gemeenten onderling. Wie is trekker van welke gezamenlijke opgave, en wie mag
            er bij een gezamenlijk project uiteindelijk de knoop doorhakken als Ammerkerk en Bergsluis het oneens
            zijn?

            Groet,
            Bart
            """
        ),
    },
    # --- juli en augustus: zomer, bedankjes voor suggesties, overdrachten ---
    {
        "id": "h36-097",
        "kind": "autoreply",
        "sender": "Rachel Okafor <r.okafor@slingedael.nl>",
        "thread": "call_for_themes",
        "subject": "Automatic reply: Dank voor uw themasuggestie [atelier:2036-2]",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        "body": _(
            """
            Thank you for your email. I am on annual leave until Monday 18 August and will not be checking my
            messages. For anything urgent, please contact the secretariat of Werkorganisatie Slingedael at
            secretariaat@slingedael.nl.
            """
        ),
    },
    {
        "id": "h36-098",
        "kind": "other",
        "sender": "Wilma Terpstra <w.terpstra@veenrijk.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. Krijgen we na de telling ook te zien welke onderwerpen het geworden zijn en
            hoeveel stemmen ze kregen? Ik ben benieuwd of datagedreven werken vaker is genoemd.

            Wilma
            """
        ),
    },
    {
        "id": "h36-099",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Rachel Okafor <r.okafor@slingedael.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-en",
        "body": _(
            """
            One more addition, if it is not too late: should we offer our services to residents through one shared
            app for both municipalities, or is that a step too far? Happy to share our first experiences.

            Rachel
            """
        ),
    },
    {
        "id": "h36-100",
        "kind": "unsubscribe",
        "sender": "Dirk-Jan Verhey <dj.verhey@veenrijk.nl>",
        "subject": "Handing over my membership",
        "quote": "none",
        "body": _(
            """
            Dear Stan and Melanie,

            Our new colleague from Manchester is in cc, hence the English. Per 1 September I am leaving GR
            Veenrijk. My successor as general director, Ilse Verweij (i.verweij@veenrijk.nl), will
            take over my seat in the network. Please take me off the list.

            Thanks for all the good afternoons,
            Dirk-Jan Verhey
            """
        ),
    },
    {
        "id": "h36-101",
        "kind": "subscribe",
        "sender": "P. de Gelder <p.degelder@gr-hoogwaard.nl>",
        "subject": "Aanmelding",
        "quote": "none",
        "body": _(
            """
            Graag aanmelden voor het netwerk.

            Met vriendelijke groet,

            ir. P. (Pieter) de Gelder
            algemeen directeur GR Hoogwaard Bedrijfsvoering
            """
        ),
    },
    {
        "id": "h36-102",
        "kind": "confirm",
        "sender": "P. de Gelder <p.degelder@gr-hoogwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            bevestigd
            """
        ),
    },
    # --- september: uitnodiging atelier 2036-2 (Veerhuis De Overhaal, Streefkade), wachtlijst ---
    {
        "id": "h36-103",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sanne Roodbeen <s.roodbeen@reewaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Graag! Ik kom met z'n tweeën: ikzelf en onze strateeg Lotte Heemskerk.

            Sanne
            """
        ),
    },
    {
        "id": "h36-104",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wilma Terpstra <w.terpstra@veenrijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Aanwezig.
            """
        ),
    },
    {
        "id": "h36-105",
        "kind": "rsvp",
        "attending": False,
        "sender": "Femke Lagerwerf <f.lagerwerf@dijkhoven-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik moet helaas verstek laten gaan: op 9 oktober houden wij onze jaarlijkse personeelsdag en daar kan
            ik als directeur moeilijk ontbreken. Veel succes in Streefkade.

            Vriendelijke groet,
            Femke Lagerwerf
            """
        ),
    },
    {
        "id": "h36-106",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rachel Okafor <r.okafor@slingedael.nl>",
        "thread": "invitation",
        "subject": "Accepted: " + S_UITN2,
        "quote": "none",
        "body": _(
            """
            See you there.
            """
        ),
    },
    {
        "id": "h36-107",
        "kind": "other",
        "sender": "Ruud Kamsteeg <r.kamsteeg@tiendwegen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Als de treinen vanaf Tiendorp weer rijden (er wordt die week aan het spoor gewerkt) ben ik erbij.
            Lukt dat niet, mag ik dan online aanschuiven en telt dat ook als deelname? Hoor graag even.

            Ruud
            """
        ),
    },
    {
        "id": "h36-108",
        "kind": "other",
        "sender": "Hester Mulderij <h.mulderij@groenhartsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik kom! Vraagje: is er vooraf een lunch, of moet ik zelf iets regelen onderweg? Ik kom direct uit een
            ochtendsessie in Zuidplasmonde.

            Hester
            """
        ),
    },
    {
        "id": "h36-109",
        "kind": "rsvp",
        "attending": False,
        "sender": "Fatma Yıldız-de Boer <f.yildiz@zwanendam-kortveen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Verhinderd.
            Vervanging: mw. C. (Claudia) Verbeek, directeur Ruimte, c.verbeek@zwanendam-kortveen.nl

            F. Yıldız-de Boer
            """
        ),
    },
    {
        "id": "h36-110",
        "kind": "rsvp",
        "attending": True,
        "sender": "Oscar Meulenbelt <o.meulenbelt@groenhartsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, ik kom! Looking forward to it, vooral het onderwerp spreekt me aan.

            Oscar
            """
        ),
    },
    {
        "id": "h36-111",
        "kind": "rsvp",
        "attending": True,
        "sender": "Theo Kraaijeveld <t.kraaijeveld@gr-hoogwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Vorige week meldde ik me af vanwege de begroting, maar de commissievergadering is verplaatst naar de
            week erna. Ik kom dus tóch, alleen.

            Theo Kraaijeveld
            """
        ),
    },
    {
        "id": "h36-112",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sanne Roodbeen <s.roodbeen@reewaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Stan, Melanie,

            Ik had ja gezegd voor mezelf en Lotte, maar er is een bestuurlijk spoedoverleg over de GR-begroting
            op precies die middag. We moeten allebei helaas toch afzeggen.

            Sanne
            """
        ),
    },
    {
        "id": "h36-113",
        "kind": "unsubscribe",
        "sender": "Erwin Kalkman <e.kalkman@lekvliet.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Niet op 9 oktober, en eigenlijk wil ik ook van de verzendlijst af: mijn functie als adjunct-directeur
            vervalt per 1 november en daarna zit ik niet meer in dit vak.

            groet, Erwin
            """
        ),
    },
    {
        "id": "h36-114",
        "kind": "rsvp",
        "attending": False,
        "sender": "Eduard Pels <e.pels@waardenweide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Graag afmelden voor 9/10. Groet Ed

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h36-115",
        "kind": "rsvp",
        "attending": True,
        "sender": "Secretariaat directie Veenrijk <secretariaat@veenrijk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Verweij komt graag naar het atelier en neemt haar plaatsvervanger mee, dus u kunt twee
            personen noteren.

            Met vriendelijke groet,
            Astrid Hoogendijk
            secretariaat directie GR Veenrijk
            """
        ),
    },
    {
        "id": "h36-116",
        "kind": "other",
        "sender": "Ingrid Sprenger <i.sprenger@slingedael.nl>",
        "subject": "Atelier 9 oktober - mevrouw Okafor",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Wilt u noteren dat mevrouw Okafor op 9 oktober het atelier in Streefkade bijwoont? Zij heeft de
            uitnodiging geaccepteerd, maar wij zien in haar agenda nog geen bevestiging van u.

            Met vriendelijke groet,
            Ingrid Sprenger
            managementondersteuning Werkorganisatie Slingedael
            """
        ),
    },
    {
        "id": "h36-117",
        "kind": "autoreply",
        "sender": "Gerrit-Jan Boogaard <gj.boogaard@polderstroom.nl>",
        "thread": "invitation",
        "subject": "Automatisch antwoord: " + S_UITN2,
        "quote": "none",
        "headers": {"Precedence": "auto_reply"},
        "body": _(
            """
            Ik werk niet meer bij Werkorganisatie Polderstroom. Uw e-mail wordt niet doorgestuurd.
            Voor lopende zaken kunt u contact opnemen met Annelies Brouwer-Takens, a.brouwer@polderstroom.nl.
            """
        ),
    },
    {
        "id": "h36-118",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@reewaard.nl>",
        "subject": "Undeliverable: " + S_UITN2,
        "quote": "none",
        "body": _(
            """
            Your message to l.groeneveld@reewaard.nl couldn't be delivered.

            l.groeneveld wasn't found at reewaard.nl.

            info          Office 365          l.groeneveld
            Action Required                   Recipient

            Unknown To address

            How to Fix It
            The address may be misspelled or may not exist. Try one or more of the following:
            - Retype the recipient's address, then resend the message.
            - Remove the recipient from your contact list and add them back.

            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup'
            """
        ),
    },
    {
        "id": "h36-119",
        "kind": "other",
        "sender": "Directiesecretariaat Waard & Weide <directie@waardenweide.nl>",
        "subject": "FW: U staat op de wachtlijst voor het atelier van 9 oktober 2036 [atelier:2036-2]",
        "quoted": "bevestiging_rsvp",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Brandsma kreeg onderstaand bericht. Kunt u aangeven op welke plaats zij nu op de wachtlijst
            staat en wanneer zij uiterlijk uitsluitsel krijgt? Zij wil die middag anders vrijgeven voor een
            ander overleg.

            Met vriendelijke groet,
            Moniek de Ruijter
            directiesecretariaat
            """
        ),
    },
    # --- begin oktober: herinnering, vervangers, late suggesties, laatste bevestigingen ---
    {
        "id": "h36-120",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rachel Okafor <r.okafor@slingedael.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Unfortunately I can't make it after all - our council has called an extra meeting on Thursday.
            Please give my seat to someone on the waiting list.

            Rachel
            """
        ),
    },
    {
        "id": "h36-121",
        "kind": "rsvp",
        "attending": False,
        "sender": "Kees-Willem Baars <kw.baars@waardenhart.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik kan niet, Jolanda Wubben gaat in mijn plaats: j.wubben@waardenhart.nl. Ze weet ervan.

            KW
            """
        ),
    },
    {
        "id": "h36-122",
        "kind": "rsvp",
        "attending": True,
        "sender": "Claudia Verbeek <c.verbeek@zwanendam-kortveen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Bedankt voor de uitnodiging namens Fatma. Ik ben er op 9 oktober, en neem onze adviseur
            dienstverlening mee als gast.

            Met vriendelijke groet,
            Claudia Verbeek
            directeur Ruimte
            """
        ),
    },
    {
        "id": "h36-123",
        "kind": "autoreply",
        "sender": "Hester Mulderij <h.mulderij@groenhartsamen.nl>",
        "thread": "reminder",
        "subject": "Afwezig: " + S_HERI2,
        "quote": "none",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Tot en met woensdag 8 oktober ben ik afwezig. Ik lees uw bericht daarna.
            Met spoed? Bel 0182 - 30 41 00 en vraag naar het bestuurssecretariaat.
            """
        ),
    },
    {
        "id": "h36-124",
        "kind": "confirm",
        "sender": "Jolanda Wubben <j.wubben@waardenhart.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Hiermee bevestigd.

            M.vr.gr.
            Jolanda Wubben
            """
        ),
    },
    {
        "id": "h36-125",
        "kind": "confirm",
        "sender": "Oscar Meulenbelt <o.meulenbelt@groenhartsamen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik wil lid worden. Had de eerste mail gemist door de zomer.

            Oscar Meulenbelt
            """
        ),
    },
    {
        "id": "h36-126",
        "kind": "confirm",
        "sender": "Ilse Verweij <i.verweij@veenrijk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja 👍

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h36-127",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Wouter Versluis <w.versluis@dijkhoven-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik weet dat ik ruim te laat ben, maar mocht het nog passen, nu of in het voorjaar: hoe meet je wat
            onze wijkteams voor inwoners opleveren? Aantallen gesprekken zeggen weinig, we willen weten of mensen
            echt geholpen zijn.

            Wouter
            """
        ),
    },
    # --- oktober: vervolg 14 oktober, afmeldingen en overdrachten ---
    {
        "id": "h36-128",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "sender": "Ilse Verweij <i.verweij@veenrijk.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Een onderwerp voor het voorjaar: het herijken van de verdeelsleutel van de GR-bijdrage. Het is een
            financieel vraagstuk voor de werkorganisatie én een bestuurlijk vraagstuk tussen de gemeenten, want
            als één deelnemer in de financiële problemen komt, voelen de andere twee dat direct. Wie heeft de
            sleutel recent aangepast en hoe kreeg je alle raden mee?

            Met vriendelijke groet,
            Ilse Verweij
            algemeen directeur GR Veenrijk
            """
        ),
    },
    {
        "id": "h36-129",
        "kind": "other",
        "sender": "Claudia Verbeek <c.verbeek@zwanendam-kortveen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de inspirerende middag in Streefkade. Kunnen de sheets van de twee inleiders gedeeld worden?
            In het verslag staan alleen de hoofdlijnen en ik wil de cijfers over de klantreizen intern gebruiken.

            Claudia
            """
        ),
    },
    {
        "id": "h36-130",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Oscar Meulenbelt <o.meulenbelt@groenhartsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            For next spring: the balance between digital and in-person service channels for our elderly
            residents. Many of them still want a face at the counter, while we keep pushing everything online.

            Oscar
            """
        ),
    },
    {
        "id": "h36-131",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Femke Lagerwerf <f.lagerwerf@dijkhoven-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik was er deze keer niet bij, maar las het verslag met plezier. Voor het volgende atelier:
            het sturingsconcept. Wij willen van vaste afdelingen naar opgavegericht werken met flexibele teams.
            Wie heeft die stap al gezet en wat zou je de tweede keer anders doen?

            Femke
            """
        ),
    },
    {
        "id": "h36-132",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Eva Landskroon <e.landskroon@zwanendam-kortveen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat een mooi eerste atelier! Ik kom in het voorjaar zeker terug.

            Voortbouwend op de middag zou ik graag dieper ingaan op klantreizen: wat kunnen we leren van de
            ervaring van inwoners die een geboorte, verhuizing of overlijden melden, en hoe maken we die momenten
            eenvoudiger?

            Eva
            """
        ),
    },
    {
        "id": "h36-133",
        "kind": "other",
        "sender": "Lotte Heemskerk <l.heemskerk@reewaard.nl>",
        "subject": "Interviewverzoek masterscriptie ambtelijke fusies",
        "quote": "none",
        "body": _(
            """
            Geachte secretariaat,

            Naast mijn werk als strateeg bij Reewaard rond ik een masteropleiding Bestuurskunde af. Mijn scriptie
            gaat over sturing in ambtelijke fusieorganisaties. Zou ik via het netwerk een oproep mogen doen aan
            directeuren die bereid zijn tot een interview van een uur? Ik lever uiteraard een samenvatting aan
            voor de leden.

            Met vriendelijke groet,
            Lotte Heemskerk
            """
        ),
    },
    {
        "id": "h36-134",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Eduard Pels <e.pels@waardenweide.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Graag mij afmelden en al mijn gegevens bij jullie wissen, ook uit de deelnemerslijsten van eerdere
            ateliers (recht op vergetelheid). Ik vertrek eind dit jaar uit het openbaar bestuur.

            Ed Pels
            """
        ),
    },
    {
        "id": "h36-135",
        "kind": "unsubscribe",
        "sender": "Annelies Brouwer-Takens <a.brouwer@polderstroom.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank u voor de bevestiging. Per 1 november neemt Thijs Bakhuizen mijn taken over als directeur van
            Polderstroom; zijn adres is t.bakhuizen@polderstroom.nl. Hij wil de ateliers graag voortzetten namens
            ons.

            Annelies Brouwer-Takens
            """
        ),
    },
    {
        "id": "h36-136",
        "kind": "other",
        "sender": "Erwin Kalkman <e.kalkman@lekvliet.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Helder, dank jullie. Een opvolger is er niet: mijn functie wordt opgeheven en de taken gaan naar
            Harmen, die al lid is. Bedankt voor de goede gesprekken de afgelopen jaren!

            Erwin
            """
        ),
    },
    {
        "id": "h36-137",
        "kind": "autoreply",
        "sender": "Sanne Roodbeen <s.roodbeen@reewaard.nl>",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: " + S_VERV2,
        "quote": "none",
        "headers": AUTO,
        "body": _(
            """
            Vanaf 13 oktober ben ik met zwangerschapsverlof. Ik verwacht in februari 2037 terug te zijn.
            Tijdens mijn afwezigheid neemt Lotte Heemskerk (l.heemskerk@reewaard.nl) mijn taken waar.
            Uw e-mail wordt niet automatisch doorgestuurd.
            """
        ),
    },
    {
        "id": "h36-138",
        "kind": "autoreply",
        "sender": "Oscar Meulenbelt <o.meulenbelt@groenhartsamen.nl>",
        "thread": "call_for_themes",
        "subject": "Read: " + S_VERV2,
        "quote": "none",
        "body": _(
            """
            Your message

              To: Meulenbelt, Oscar
              Subject: Dank voor uw komst: Leer- en inspireer-atelier "De inwoner voorbij de gemeentegrens"
              Sent: Tuesday, 14 October 2036 11:30:04 (UTC+01:00) Amsterdam, Berlin, Bern, Rome

            was read on Tuesday, 14 October 2036 13:47:52 (UTC+01:00) Amsterdam, Berlin, Bern, Rome.
            """
        ),
    },
    # --- november en december: nieuwe leden voor 2037, overdrachten, feestdagen ---
    {
        "id": "h36-139",
        "kind": "subscribe",
        "sender": "Marco Vinkenoog <m.vinkenoog@ijsselzoom.nl>",
        "subject": "Aanmelding voor de ateliers van 2037",
        "quote": "none",
        "body": _(
            """
            Beste Stan en Melanie,

            Noor el Idrissi gaat ons per december verlaten en ik volg haar op als directeur van Hollandse
            IJsselzoom. Zij heeft zichzelf al afgemeld; ik wil nu graag zelf lid worden, zodat ik volgend jaar de
            oproep en de uitnodigingen ontvang.

            Met vriendelijke groet,
            Marco Vinkenoog
            """
        ),
    },
    {
        "id": "h36-140",
        "kind": "subscribe",
        "sender": "Joyce Sardjoe <j.sardjoe@tiendwegen.nl>",
        "subject": "aanmelden",
        "quote": "none",
        "body": _(
            """
            hallo, graag aanmeldn voor t netwerk. ben sinds 1 nov gemeentesecretaris/directeur bij tiendwegen
            (tiendorp en reeuwijkerveen). dank!

            Joyce

            Verzonden met mijn Galaxy
            """
        ),
    },
    {
        "id": "h36-141",
        "kind": "subscribe",
        "sender": "Harmen Slootweg <h.slootweg@lekvliet.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Stan, nog los van de inhoud: mijn nieuwe collega-directeur Yvonne Hakkenberg wil graag lid worden van
            het netwerk. Haar adres is y.hakkenberg@lekvliet.nl. Zou je haar willen aanmelden?

            Harmen
            """
        ),
    },
    {
        "id": "h36-142",
        "kind": "subscribe",
        "sender": "Trudy Bouwman <t.bouwman@dijkhoven-wo.nl>",
        "subject": "Please add a colleague",
        "quote": "none",
        "body": _(
            """
            Hi Stan,

            Writing in English as my colleague is copied and she does not read Dutch yet. Please add Hanna
            Kowalski, our new director of operations, to the network: h.kowalski@dijkhoven-wo.nl.

            Thanks a lot,
            Trudy
            """
        ),
    },
    {
        "id": "h36-143",
        "kind": "subscribe",
        "sender": "Arjen Velthuis <arjenvelthuis@planetpost.nl>",
        "subject": "Opnieuw aanmelden",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            In februari heb ik me afgemeld omdat ik na de ontvlechting adviseur werd. Inmiddels ben ik per
            1 december weer directeur, nu van de bedrijfsvoeringsorganisatie van Hoogwaard. Graag meld ik me
            daarom opnieuw aan.

            Met vriendelijke groet,
            Arjen Velthuis
            """
        ),
    },
    {
        "id": "h36-144",
        "kind": "subscribe",
        "sender": "Laurens ten Hove <l.tenhove@waardenweide.nl>",
        "subject": "Aanmelding Netwerk van directeuren van ambtelijke fusieorganisaties",
        "quote": "none",
        "body": _(
            """
            Geacht secretariaat,

            Als algemeen directeur a.i. van Servicecentrum Waard & Weide meld ik mij graag aan als lid van het
            netwerk.

            Met vriendelijke groet,

            drs. L.A. (Laurens) ten Hove
            algemeen directeur a.i.
            Servicecentrum Waard & Weide | Bleskenmeer - Wijdewaard
            T 0183 - 52 90 00

            ------------------------------------------------------------------
            Aan dit bericht kunnen geen rechten worden ontleend. Servicecentrum Waard & Weide verwerkt
            persoonsgegevens volgens de privacyverklaring op waardenweide.nl/privacy.
            ------------------------------------------------------------------
            """
        ),
    },
    {
        "id": "h36-145",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Joyce Sardjoe <j.sardjoe@tiendwegen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom! U vraagt naar een onderwerp. Wat mij bezighoudt: hoe help je de colleges om
            uit een lange lijst ambities een paar echte bestuurlijke prioriteiten te kiezen, en daar een
            meerjarige koers voor de organisatie aan te verbinden?

            Joyce Sardjoe
            """
        ),
    },
    {
        "id": "h36-146",
        "kind": "unsubscribe",
        "sender": "Yvonne Hakkenberg <y.hakkenberg@lekvliet.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Toch maar niet, excuus: graag uitschrijven. Harmen vertegenwoordigt ons al en twee leden van
            Lekvliet is wat veel.

            Yvonne Hakkenberg
            """
        ),
    },
    {
        "id": "h36-147",
        "kind": "confirm",
        "sender": "Marco Vinkenoog <m.vinkenoog@ijsselzoom.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Hierbij bevestig ik graag.

            Marco Vinkenoog
            directeur | Werkorganisatie Hollandse IJsselzoom
            Zuidplasmonde - Haastervliet - Bloemkade

            De informatie in dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is
            niet toegestaan. Werkorganisatie Hollandse IJsselzoom staat niet in voor de juiste en volledige
            overbrenging van de inhoud van een verzonden e-mail. Denk aan het milieu voordat u dit bericht print.
            """
        ),
    },
    {
        "id": "h36-148",
        "kind": "other",
        "sender": "Arjen Velthuis <arjenvelthuis@planetpost.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het welkom terug. Ik heb mij per ongeluk aangemeld met dit privéadres. Kunt u alles
            voortaan naar mijn werkadres a.velthuis@gr-hoogwaard.nl sturen en dit adres weghalen?

            Arjen
            """
        ),
    },
    {
        "id": "h36-149",
        "kind": "autoreply",
        "sender": "Marco Vinkenoog <m.vinkenoog@ijsselzoom.nl>",
        "thread": "welcome",
        "subject": "Automatisch antwoord: " + S_WELKOM,
        "quote": "none",
        "headers": AUTO,
        "body": _(
            """
            Van 22 december 2036 tot en met 4 januari 2037 is Werkorganisatie Hollandse IJsselzoom gesloten.
            Uw bericht wordt na de feestdagen behandeld. Fijne feestdagen en een goed 2037!
            """
        ),
    },
    {
        "id": "h36-150",
        "kind": "other",
        "sender": "Ilse Verweij <i.verweij@veenrijk.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Beste Stan en Melanie,

            Na mijn eerste maanden als directeur wil ik jullie bedanken voor twee mooie ateliers en de goede
            organisatie, ook toen het Weipad in maart onder water stond. Fijne feestdagen en tot in 2037!

            Ilse
            """
        ),
    },
]
# fmt: on
