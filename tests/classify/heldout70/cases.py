"""heldout70: a year of mail from directors and staff of shared organisations in the Westland and Delfland.

The writers are directors, deputy directors, management assistants, a privacy officer and a few colleagues of
invented werkorganisaties in the Westland, Delfland and Midden-Delfland: Werkorganisatie Glastuinen, Ambtelijke
organisatie Vlietoever, Samenwerkingsorganisatie Gaag & Zweth, Werkorganisatie Delftse Hoeven, GR Duinkas, Hof van
Delfland, Werkorganisatie Polderpoort, Werkorganisatie Kassengrens, Schieveen-Akkerland and the BVO Westlandse Kust.
Over one year they sign up (also a colleague), confirm, deny a sign-up, leave, hand over their seat, ask for erasure
or inspection of their data, answer the invitation, the change, the reminder and the waiting-list mail (also by
calendar and through an assistant), propose topics under the call, the thank-you, the welcome, the invitation and the
follow-up, back a colleague's topic, offer a presentation, propose another form for the atelier, and ask practical
questions; servers answer with out-of-office notes, a ticket system, a dead address and delivery failures. Registers
run from formal to phone-typed; a few writers use English.

Conventions this set relies on (from the brief):
- Leaving the network while declining the atelier is an unsubscribe; declining the atelier only, or declining with a
  substitute, is an rsvp False; a later mail that turns a decline into a yes is an rsvp True.
- A hand-over with the successor's address, or leaving with a successor named but no address yet, is an unsubscribe;
  a hand-over planned for later while the writer stays a member until then is other.
- An erasure request is an unsubscribe with erase True, also with a question beside it; a request to see one's data
  is other.
- A plain denial under the confirmation mail, also asking who did it, is an unsubscribe; a denial asking where the
  address came from is other.
- Signing up one named colleague with their address is a subscribe; several colleagues is other; "lid blijven" under
  the goodbye is a subscribe.
- Under the confirmation mail a signature alone confirms; an assistant confirming for the director, or a confirmation
  with a real question, is other.
- A topic proposed under any of our mails is a suggestion, also with a yes or no to the atelier; under the call, a
  reply that only says the writer comes is an rsvp; a proposal about the form of the atelier, backing a colleague's
  topic, and asking to present are other.
- A yes on a condition the secretariat must check first is other; a "nee" that only answers the guest count is other.
- An assistant answering in reply to the invitation is an rsvp; an assistant's forwarded mail about the director's
  attendance is other. An address change, and a colleague reporting that someone left, are other.
- Calendar answers are rsvp's; out-of-office, ticket systems and a dead address are autoreply, carrying the thread
  their subject points to; delivery failures are bounce without a thread. Replies to the follow-up use `followup`.
- Themes are those of what the writer proposes, not of the situation told before it; two themes for two topics.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


INVITATION = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
REMINDER = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
WELCOME = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- subscribe ---
    {
        "id": "h70-001",
        "kind": "subscribe",
        "sender": "Priya Ramcharan <p.ramcharan@polderpoort.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemorgen,

            Sinds 6 januari ben ik algemeen directeur van Werkorganisatie Polderpoort (de gemeenten Polderhoek en
            Naaldveen). Mijn voorganger was volgens mij geen lid, maar via een collega van Vlietoever hoorde ik over
            jullie ateliers. Ik meld mij hierbij graag aan voor het netwerk.

            Hartelijke groet,
            Priya Ramcharan
            Algemeen directeur Werkorganisatie Polderpoort
            Postbus 120, 2691 AC Polderhoek
            """
        ),
    },
    {
        "id": "h70-002",
        "kind": "subscribe",
        "sender": "Siobhan Kelleher <s.kelleher@bvo-westkust.nl>",
        "quote": "none",
        "subject": "Joining the directors' network",
        "body": _(
            """
            Hello,

            In February I started as interim director of the Bedrijfsvoeringsorganisatie Westlandse Kust, on a
            nine-month assignment. My Dutch is fine for reading, rather less so for writing, so forgive the English.
            A fellow director suggested I join your network while I'm here - could you please add me as a member?

            Kind regards,
            Siobhan Kelleher
            Interim Director | BVO Westlandse Kust
            """
        ),
    },
    {
        "id": "h70-003",
        "kind": "subscribe",
        "sender": "Rutger van Leeuwaarden <r.vanleeuwaarden@ao-vlietoever.nl>",
        "quote": "none",
        "subject": "Nieuwe collega voor het netwerk",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 maart hebben we na een lange vacature weer een directeur bedrijfsvoering: Youssef El Khatib.
            Willen jullie hem aanmelden? Zijn adres is y.elkhatib@ao-vlietoever.nl. Hij weet ervan en rekent op
            jullie bevestigingsmail.

            Groet,
            Rutger
            """
        ),
    },
    {
        "id": "h70-004",
        "kind": "subscribe",
        "sender": "Hanneke Grootscholten <h.grootscholten@gaagenzweth.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            lid blijven graag!

            Mijn managementassistent heeft bij het opschonen van mijn nieuwsbrieven kennelijk ook jullie adres
            meegenomen. Dat was niet de bedoeling, dit netwerk wil ik juist houden.

            Hanneke
            """
        ),
    },
    {
        "id": "h70-005",
        "kind": "subscribe",
        "sender": "Erik-Jan Vrolijk <ej.vrolijk@schieakker.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + INVITATION,
        "body": _(
            """
            Collega Daphne Voskamp stuurde mij onderstaande uitnodiging door. Ik sta nog niet op jullie lijst en wil
            dat graag veranderen: wilt u mij inschrijven als lid van het netwerk? Of ik op 11 maart kan, laat ik u
            later weten.

            Met vriendelijke groet,
            Erik-Jan Vrolijk
            Directeur Werkorganisatie Schieveen-Akkerland
            """
        ),
    },
    # --- confirm ---
    {
        "id": "h70-006",
        "kind": "confirm",
        "sender": "Peter Vollebregt <p.vollebregt@delftsehoeven.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Peter Vollebregt
            Gemeentesecretaris-directeur
            Werkorganisatie Delftse Hoeven | Raadhuisplein 4 | 2631 PK Hoevendijk
            T 015 - 388 12 40
            """
        ),
    },
    {
        "id": "h70-007",
        "kind": "confirm",
        "sender": "Marloes Breedijk <marloes.breedijk@grduinkas.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja, dat ben ik echt :) Excuus dat het even duurde, jullie eerste mail was tussen de ongewenste berichten
            beland.
            """
        ),
    },
    {
        "id": "h70-008",
        "kind": "confirm",
        "sender": "Siobhan Kelleher <s.kelleher@bvo-westkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - and thanks for picking up my request so quickly.

            Siobhan
            """
        ),
    },
    {
        "id": "h70-009",
        "kind": "confirm",
        "sender": "Youssef El Khatib <y.elkhatib@ao-vlietoever.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Rutger had mij al gewaarschuwd dat deze mail zou komen. Hierbij bevestig ik mijn aanmelding.

            Youssef El Khatib
            Directeur bedrijfsvoering Ambtelijke organisatie Vlietoever
            """
        ),
    },
    {
        "id": "h70-010",
        "kind": "confirm",
        "sender": "Willemijn Spaans <w.spaans@wo-glastuinen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Akkoord.

            W. Spaans
            Werkorganisatie Glastuinen

            Disclaimer: dit bericht is uitsluitend bestemd voor de geadresseerde. Werkorganisatie Glastuinen aanvaardt
            geen aansprakelijkheid voor schade die voortvloeit uit het gebruik van elektronische communicatie.
            """
        ),
    },
    # --- unsubscribe ---
    {
        "id": "h70-011",
        "kind": "unsubscribe",
        "sender": "Cornelis Hoogerwerf <c.hoogerwerf@delftsehoeven.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Op 11 maart sta ik, als alles volgens plan gaat, al met de caravan in de Ardennen: per 1 maart ga ik met
            vervroegd pensioen. Dus geen atelier meer voor mij, en het lijkt me netjes om me dan ook meteen uit het
            netwerk te laten halen. Wie mij opvolgt is nog niet bekend.

            Dank voor de mooie bijeenkomsten van de afgelopen jaren.

            Kees Hoogerwerf
            """
        ),
    },
    {
        "id": "h70-012",
        "kind": "unsubscribe",
        "sender": "Jeroen Olsthoorn <j.olsthoorn@kassengrens.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de bevestiging. Zoals jullie vragen: mijn stoel wordt vanaf 1 juni ingenomen door Noor Hensbroek,
            nu nog concerncontroller bij ons. Haar adres is n.hensbroek@kassengrens.nl. Ik heb haar al verteld dat ze
            van jullie hoort.

            Jeroen
            """
        ),
    },
    {
        "id": "h70-013",
        "kind": "unsubscribe",
        "sender": "Arend van der Kraan <a.vanderkraan@polderpoort.nl>",
        "quote": "none",
        "subject": "Vertrek en opvolging",
        "body": _(
            """
            Geacht secretariaat,

            Na ruim zes jaar verlaat ik Werkorganisatie Polderpoort; vanaf april ga ik aan de slag bij de provincie.
            Mijn portefeuille bedrijfsvoering gaat over naar Michiel Schoneveld, die nu nog bij een adviesbureau werkt
            en pas in mei begint. Een mailadres hier heeft hij dus nog niet. Wilt u mij uitschrijven? Michiel meldt
            zich zelf aan zodra hij binnen is.

            Met vriendelijke groet,
            A. van der Kraan
            """
        ),
    },
    {
        "id": "h70-014",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Machteld Zwinkels <m.zwinkels@gaagenzweth.nl>",
        "quote": "none",
        "subject": "Verzoek tot wissing persoonsgegevens",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 AVG verzoek ik u alle persoonsgegevens die u van mij verwerkt te wissen, inclusief
            mijn naam op eerdere deelnemerslijsten van de ateliers, en mij niet langer te benaderen. Graag ontvang ik
            binnen de wettelijke termijn een bevestiging dat dit is gebeurd. Kunt u mij daarbij ook laten weten of u
            mijn gegevens ooit met derden heeft gedeeld?

            Hoogachtend,
            mr. M. Zwinkels
            Samenwerkingsorganisatie Gaag & Zweth
            """
        ),
    },
    {
        "id": "h70-015",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Claire Fontaine <c.fontaine@bvo-westkust.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Hi,

            I seem to have ended up on your list by accident - I'm a project manager on secondment here, not a
            director, and I clicked reply on the wrong mail. Please take me off and erase every bit of personal data
            you hold on me (GDPR). A one-line confirmation is all I need.

            Claire Fontaine
            """
        ),
    },
    {
        "id": "h70-016",
        "kind": "unsubscribe",
        "sender": "Tessa Lelieveld <t.lelieveld@kassengrens.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dit moet een vergissing zijn, ik heb me nergens voor aangemeld. Ik ben teamleider Burgerzaken, geen
            directeur. Wie heeft mijn naam bij jullie opgegeven?

            T. Lelieveld
            """
        ),
    },
    {
        "id": "h70-017",
        "kind": "unsubscribe",
        "sender": "Leon van Adrichem <l.vanadrichem@grduinkas.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Thema's genoeg, maar jullie hebben er niets meer aan: GR Duinkas wordt per 1 januari opgeheven nu Westduin
            en Kasdorp herindelen, en ik vertrek op dezelfde dag. Wilt u mij van de ledenlijst halen?

            Groet, Leon van Adrichem
            """
        ),
    },
    {
        "id": "h70-018",
        "kind": "unsubscribe",
        "sender": "Bram Hoek <bram.hoek@wo-glastuinen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Eerlijk gezegd ga ik het donderdag niet redden, dus geef mijn plek maar aan iemand van de wachtlijst. En
            dan ben ik ook maar eerlijk: ik kom al een jaar nergens aan toe, schrap me ook als lid. Misschien later
            weer eens.

            Bram

            Verzonden vanaf mijn iPad
            """
        ),
    },
    # --- rsvp ---
    {
        "id": "h70-019",
        "kind": "rsvp",
        "attending": True,
        "sender": "Fatma Yildirim-de Bruin <f.yildirim@gaagenzweth.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan,

            Ik ben erbij op de 11e en neem onze strategisch adviseur Thomas Brinkman mee, dus reken op twee personen
            van Gaag & Zweth.

            Groetjes, Fatma
            """
        ),
    },
    {
        "id": "h70-020",
        "kind": "rsvp",
        "attending": False,
        "sender": "Dirk-Pieter Ammerlaan <dp.ammerlaan@kassengrens.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik moet mij helaas afmelden voor het atelier van 11 maart: die middag is er een extra vergadering van de
            auditcommissie van Honsbroek ingelast. Lid blijf ik uiteraard, de najaarseditie staat al met potlood in
            mijn agenda.

            Met vriendelijke groet,
            Dirk-Pieter Ammerlaan
            """
        ),
    },
    {
        "id": "h70-021",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rutger van Leeuwaarden <r.vanleeuwaarden@ao-vlietoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Zelf lukt het me niet, maar Liesbeth Koornneef, onze adjunct-directeur, gaat in mijn plaats. Haar adres:
            l.koornneef@ao-vlietoever.nl. Zij neemt het verslag voor ons mee terug.

            Rutger van Leeuwaarden
            Gemeentesecretaris-directeur Ambtelijke organisatie Vlietoever
            """
        ),
    },
    {
        "id": "h70-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sanne Poot <s.poot@kassengrens.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + INVITATION,
        "body": _(
            """
            Staat in mijn agenda hoor. Tot de 11e!
            """
        ),
    },
    {
        "id": "h70-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Siobhan Kelleher <s.kelleher@bvo-westkust.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + INVITATION,
        "body": _(
            """
            Sorry - that afternoon clashes with the BVO board meeting. Hoping to make the autumn one.
            """
        ),
    },
    {
        "id": "h70-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerda Verbaan-Kester <g.verbaan@delftsehoeven.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Kouwenhoven laat ik u weten dat hij op 11 maart aanwezig is. Ik heb het in zijn agenda
            gezet, inclusief reistijd naar Utrecht.

            Met vriendelijke groet,
            Gerda Verbaan-Kester
            Managementassistent directie Werkorganisatie Delftse Hoeven
            """
        ),
    },
    {
        "id": "h70-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Karin Tetteroo <k.tetteroo@polderpoort.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            helaas, ik kan niet. Lig sinds gisteren met koorts op de bank. Geef de plek gerust door aan de wachtlijst

            Karin
            """
        ),
    },
    {
        "id": "h70-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Olaf Bakker-Vijverberg <o.bakker@hofvandelfland.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Die verschuiving naar de 18e komt mij eigenlijk beter uit dan de oorspronkelijke datum. Mocht er op de
            wachtlijst ruimte ontstaan: ik ben er dan graag bij.

            O. Bakker-Vijverberg
            """
        ),
    },
    {
        "id": "h70-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Liesbeth Koornneef <l.koornneef@ao-vlietoever.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "notes-wrote",
        "body": _(
            """
            Dank u wel! Ik neem die plek graag in en ben er op tijd voor de ontvangst. Onze directeur had al verteld
            dat deze mail eraan kwam.

            Liesbeth Koornneef
            Adjunct-directeur
            """
        ),
    },
    {
        "id": "h70-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mark Duijvestijn <m.duijvestijn@bvo-westkust.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Een onderwerp heb ik zo niet paraat, sorry. Maar op 11 maart ben ik er gewoon bij, zet me maar op de
            lijst.

            Mark
            """
        ),
    },
    {
        "id": "h70-029",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dirk-Pieter Ammerlaan <dp.ammerlaan@kassengrens.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Vorige week meldde ik mij af, maar de extra vergadering van de auditcommissie is naar april geschoven.
            Daarmee is mijn donderdagmiddag weer vrij en kom ik dus toch naar het atelier.

            Met vriendelijke groet,
            Dirk-Pieter Ammerlaan
            """
        ),
    },
    # --- suggestion ---
    {
        "id": "h70-030",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Rutger van Leeuwaarden <r.vanleeuwaarden@ao-vlietoever.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, Melanie,

            Mijn onderwerp: hoe houd je twee gemeenteraden even goed en even tijdig geïnformeerd, terwijl hun
            vergadercycli, griffies en politieke kleur totaal verschillen? Bij ons voelt Kethelpolder zich steevast
            het kleine broertje van Vlietzande.

            Met vriendelijke groet,
            Rutger
            """
        ),
    },
    {
        "id": "h70-031",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Annelies Groenewegen-Pronk <a.groenewegen@wo-glastuinen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Twee onderwerpen van onze kant:
            - vacatures in vergunningverlening en handhaving die maar niet vervuld raken: formatie en werving in een
              krappe arbeidsmarkt
            - één aanspreekpunt voor de tuinbouwbedrijven in plaats van drie gemeentelijke loketten

            Groet,
            Annelies
            """
        ),
    },
    {
        "id": "h70-032",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Daniel Whitfield <d.whitfield@polderpoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            One topic from me: how do you chart a ten-year course for a shared organisation when the political
            horizon never reaches past the next election? We're drafting our long-term vision for 2037 right now and
            keep getting stuck on exactly that.

            Best,
            Daniel Whitfield
            Programme Director, Werkorganisatie Polderpoort
            """
        ),
    },
    {
        "id": "h70-033",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Fatma Yildirim-de Bruin <f.yildirim@gaagenzweth.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Wat een goede middag was het! Voor de volgende keer zou ik graag praten over AI in onze werkprocessen:
            wie experimenteert er al met taalmodellen bij het afhandelen van Woo-verzoeken of het opstellen van
            raadsvoorstellen, en hoe regel je dan de informatiebeveiliging?

            Fatma
            """
        ),
    },
    {
        "id": "h70-034",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Esther van Zeijl <e.vanzeijl@kassengrens.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog één aanvulling op mijn eerdere mail: ik hoor ook graag hoe anderen de tevredenheid van inwoners meten
            als je voor meerdere gemeenten werkt. Wij hebben per gemeente een eigen KCC-rapportage en kunnen daardoor
            nauwelijks vergelijken.

            Esther van Zeijl
            """
        ),
    },
    {
        "id": "h70-035",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Priya Ramcharan <p.ramcharan@polderpoort.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes",
        "body": _(
            """
            Dank voor het warme welkom. Omdat u ernaar vraagt: ik zou graag eens met collega's sparren over de positie
            van een kleine werkorganisatie in de regio. Aan regionale tafels over woningbouw en energie zitten wij met
            twee gemeenten, terwijl de grote buurgemeente alles al heeft voorgekookt.

            Priya Ramcharan
            """
        ),
    },
    {
        "id": "h70-036",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Joost Barendse-Tol <j.barendse@delftsehoeven.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja, ik kom op 11 maart.

            Los daarvan een onderwerp voor een volgende editie: grip op de inhuur van externen. Wij zitten inmiddels
            op bijna een kwart van de loonsom en de raden beginnen er terecht vragen over te stellen. Wie heeft daar
            een sturingsmodel voor dat echt werkt?

            Joost Barendse-Tol
            Directeur bedrijfsvoering
            """
        ),
    },
    {
        "id": "h70-037",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Edwin Zwanenburg <e.zwanenburg@hofvandelfland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Eerst wat context: het afgelopen jaar stond bij ons vooral in het teken van de bestuurlijke spanning
            tussen Schiedijk en Abtsveen over de verdeelsleutel, en eerlijk gezegd ben ik dat onderwerp wel even zat.
            Wat ik wél graag in het atelier zou bespreken: hoe volg je de prestaties van je dienstverlening, zoals
            wachttijden aan de telefoon, doorlooptijden van vergunningen en klachtenafhandeling, op een manier waar
            het bestuur ook echt iets mee doet?

            Met vriendelijke groet,
            Edwin Zwanenburg
            """
        ),
    },
    {
        "id": "h70-038",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Noor Hensbroek <n.hensbroek@kassengrens.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Hierbij mijn onderwerpen, zoals gevraagd één per regel:
            1. Toekomstvisie: waar staat onze werkorganisatie in 2035, en wie bepaalt dat eigenlijk?
            2. Gezamenlijke opgaven tussen de colleges, zoals de herstructurering van het oude kassengebied waar elke
            gemeente een eigen belang heeft

            Noor Hensbroek
            Concerndirecteur Werkorganisatie Kassengrens
            """
        ),
    },
    {
        "id": "h70-039",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Daphne Voskamp <d.voskamp@schieakker.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Op 11 maart zit ik op een leiderschapsprogramma en kan ik er dus niet bij zijn, maar ik draag graag een
            thema aan: het sturingsconcept. Wij willen van een klassieke lijnorganisatie met afdelingshoofden naar
            resultaatverantwoordelijke teams, en ik hoor graag hoe anderen die overgang hebben aangepakt.

            Met vriendelijke groet,
            Daphne Voskamp
            """
        ),
    },
    # --- other ---
    {
        "id": "h70-040",
        "kind": "other",
        "sender": "Marjolein Vreugdenhil <m.vreugdenhil@wo-glastuinen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Groenewegen vroeg mij haar aanmelding te bevestigen; zij zit deze week op studiereis in
            Denemarken. Bij deze dus namens haar: akkoord.

            Met vriendelijke groet,
            Marjolein Vreugdenhil
            Directiesecretariaat Werkorganisatie Glastuinen
            """
        ),
    },
    {
        "id": "h70-041",
        "kind": "other",
        "sender": "Anouk Stolk <a.stolk@gaagenzweth.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bij deze bevestigd.

            Wel een vraag: ik ben directeur Sociaal Domein, geen algemeen directeur. Is het netwerk ook voor mij
            bedoeld, of alleen voor wie de hele werkorganisatie leidt? Ik wil geen plek innemen die niet voor mij is.

            Anouk Stolk
            """
        ),
    },
    {
        "id": "h70-042",
        "kind": "other",
        "sender": "Frank de Ruijter <f.deruijter@bvo-westkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik heb mij niet aangemeld voor dit netwerk. Graag verneem ik hoe u aan mijn e-mailadres bent gekomen en
            uit welke bron u het heeft.

            F. de Ruijter
            Functionaris gegevensbescherming BVO Westlandse Kust
            """
        ),
    },
    {
        "id": "h70-043",
        "kind": "other",
        "sender": "Willemijn Spaans <w.spaans@glastuinen.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres per 1 april",
        "body": _(
            """
            Beste Stan en Melanie,

            Onze werkorganisatie stapt per 1 april over op een nieuw domein. Mijn oude adres
            w.spaans@wo-glastuinen.nl stuurt nog een half jaar door, maar wilt u het in uw bestand alvast wijzigen in
            w.spaans@glastuinen.nl? Dan mis ik de oproep voor het najaar niet.

            Hartelijke groet,
            Willemijn Spaans
            """
        ),
    },
    {
        "id": "h70-044",
        "kind": "other",
        "sender": "Tamara Verkade <t.verkade@grduinkas.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedendag,

            Deze uitnodiging kwam binnen in de gedeelde mailbox van de directie. Ter informatie: mevrouw Boekestijn
            is sinds 1 december niet meer bij GR Duinkas in dienst. Wie haar taken overneemt, is nog niet besloten.

            Met vriendelijke groet,
            Tamara Verkade
            Bestuurssecretariaat GR Duinkas
            """
        ),
    },
    {
        "id": "h70-045",
        "kind": "other",
        "sender": "Ruud Kouwenhoven <r.kouwenhoven@delftsehoeven.nl>",
        "quote": "none",
        "subject": "Opvolging per september",
        "body": _(
            """
            Beste Stan,

            Vooruitlopend: per 1 september draag ik de directie van Delftse Hoeven over aan Sophie Wassenaar
            (s.wassenaar@delftsehoeven.nl). Tot die tijd blijf ik lid en kom ik ook nog naar het voorjaarsatelier;
            daarna mag zij mijn plek innemen. Ik laat het je weten als de datum verschuift.

            Groet,
            Ruud
            """
        ),
    },
    {
        "id": "h70-046",
        "kind": "other",
        "sender": "Joost Barendse-Tol <j.barendse@delftsehoeven.nl>",
        "quote": "none",
        "subject": "Inzage gegevens",
        "body": _(
            """
            Geacht secretariaat,

            Voor een interne privacycheck wil ik graag inzien welke gegevens u van mij bewaart: naam, functie,
            aanwezigheid bij ateliers, ingediende onderwerpen? Een overzicht per mail volstaat. Verwijderen hoeft
            niet, ik blijf graag lid.

            Met vriendelijke groet,
            J. Barendse-Tol
            """
        ),
    },
    {
        "id": "h70-047",
        "kind": "other",
        "sender": "Hanneke Grootscholten <h.grootscholten@gaagenzweth.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de fijne middag en het verslag. Eén wens voor de volgende keer: zou het atelier eens buiten
            Utrecht kunnen, bijvoorbeeld bij een van de werkorganisaties hier in het westen? Een ochtend in een
            kassencomplex met rondleiding scheelt veel collega's uit de regio ook reistijd. En een eindtijd van 17.30
            uur is voor wie kinderen moet ophalen aan de late kant.

            Hanneke
            """
        ),
    },
    {
        "id": "h70-048",
        "kind": "other",
        "sender": "Gijs Varekamp <gvarekamp@hofvandelfland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik kom graag, op voorwaarde dat de zaal goed bereikbaar is met een rolstoel: sinds een ski-ongeluk in
            januari ben ik voorlopig minder mobiel. Kunt u dat bij het Stadskantoor navragen voordat ik definitief
            toezeg?

            Gijs

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h70-049",
        "kind": "other",
        "sender": "Ahmed Bouzid <a.bouzid@schieakker.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, geen gast. Ik weet niet waar die ene gast in uw mail vandaan komt, bij mijn aanmelding heb ik
            niemand opgegeven.

            Ahmed Bouzid
            """
        ),
    },
    {
        "id": "h70-050",
        "kind": "other",
        "sender": "Ineke van Geest <i.vangeest@ao-vlietoever.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Mijn collega Rutger van Leeuwaarden heeft al een onderwerp ingestuurd over het informeren van twee
            gemeenteraden. Daar sluit ik me van harte bij aan; zelf heb ik niets nieuws toe te voegen, maar dat
            onderwerp zie ik dus graag dubbel geteld.

            Ineke
            """
        ),
    },
    {
        "id": "h70-051",
        "kind": "other",
        "sender": "Peter Vollebregt <p.vollebregt@delftsehoeven.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Wij hebben het afgelopen jaar bij Delftse Hoeven een flink deel van de backoffice van belastingen en
            vergunningen geautomatiseerd met softwarerobots. Zouden wij daar op het volgende atelier een korte
            presentatie over mogen geven, een minuut of twintig? Laat maar weten of dat in het programma past.

            Peter Vollebregt
            """
        ),
    },
    {
        "id": "h70-052",
        "kind": "other",
        "sender": "Marjolein Vreugdenhil <m.vreugdenhil@wo-glastuinen.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + INVITATION,
        "body": _(
            """
            Ter info: mevrouw Spaans heeft laten weten dat ze op 11 maart graag aanwezig is. Kunt u haar op de
            deelnemerslijst zetten? Zij reist met de trein en komt waarschijnlijk een kwartiertje later binnen.

            Marjolein Vreugdenhil
            Directiesecretariaat
            """
        ),
    },
    {
        "id": "h70-053",
        "kind": "other",
        "sender": "Noor Hensbroek <n.hensbroek@kassengrens.nl>",
        "quote": "none",
        "subject": "Aanmelding directieteam Kassengrens",
        "body": _(
            """
            Beste secretariaat,

            Ons directieteam is na de reorganisatie uitgebreid. Graag meld ik mijn drie collega-directeuren ook aan
            voor het netwerk: Erwin Lugthart (Ruimte), Saskia Batenburg (Sociaal Domein) en Lotte Mostert
            (Dienstverlening). Hun adressen volgen het patroon voorletter.achternaam@kassengrens.nl. Lukt dat zo?

            Groet,
            Noor
            """
        ),
    },
    # --- autoreply ---
    {
        "id": "h70-054",
        "kind": "autoreply",
        "sender": "Wendelien Boekestijn <w.boekestijn@grduinkas.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + INVITATION,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Tot en met maandag 24 februari ben ik afwezig en lees ik mijn mail niet. Voor
            dringende zaken kunt u terecht bij het bestuurssecretariaat, telefoon 0174 - 62 88 10.

            Wendelien Boekestijn
            """
        ),
    },
    {
        "id": "h70-055",
        "kind": "autoreply",
        "sender": "Daniel Whitfield <d.whitfield@polderpoort.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatic reply: " + CALL,
        "body": _(
            """
            Thanks for your message. I'm on leave until 15 January with only occasional access to email. For anything
            that can't wait, please contact the Polderpoort front office on 0174 - 41 20 00.

            Daniel Whitfield
            """
        ),
    },
    {
        "id": "h70-056",
        "kind": "autoreply",
        "sender": "Bas Zuijderwijk <b.zuijderwijk@schieakker.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: " + REMINDER,
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Dit e-mailadres is niet langer in gebruik. Uw bericht wordt niet gelezen en niet doorgestuurd. Voor de
            directie van Werkorganisatie Schieveen-Akkerland kunt u mailen naar directie@schieakker.nl.
            """
        ),
    },
    {
        "id": "h70-057",
        "kind": "autoreply",
        "sender": "Servicedesk Werkorganisatie Polderpoort <servicedesk@polderpoort.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "[Melding #2027-004318] RE: " + WELCOME,
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Beste melder,

            Wij hebben uw melding ontvangen en geregistreerd onder nummer 2027-004318. Een medewerker van de
            Servicedesk neemt binnen drie werkdagen contact met u op. Reageert u op deze mail, laat het meldingnummer
            dan in de onderwerpregel staan.

            Dit is een automatisch gegenereerd bericht van het zaaksysteem van Polderpoort.
            """
        ),
    },
    # --- bounce ---
    {
        "id": "h70-058",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@kassengrens.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + CALL,
        "body": _(
            """
            Kan niet bezorgen bij j.olsthoorn@kassengrens.nl

            Het e-mailadres dat u hebt opgegeven, is niet gevonden. Controleer het adres van de geadresseerde en
            probeer het bericht opnieuw te verzenden.

            Diagnostische gegevens voor beheerders:
            Genererende server: AM9PR04MB7712.eurprd04.prod.outlook.com
            j.olsthoorn@kassengrens.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup'
            """
        ),
    },
    {
        "id": "h70-059",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.grduinkas.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail gateway of GR Duinkas (mx2.grduinkas.nl).

            Your message to the recipient below was rejected permanently and will not be retried:

            <l.vanadrichem@grduinkas.nl>: host mail.grduinkas.nl[10.20.4.11] said: 550 5.1.1
                mailbox l.vanadrichem disabled after dissolution of GR Duinkas - user unknown
                (in reply to RCPT TO command)

            Reporting-MTA: dns; mx2.grduinkas.nl
            Final-Recipient: rfc822; l.vanadrichem@grduinkas.nl
            Action: failed
            Status: 5.1.1
            """
        ),
    },
    {
        "id": "h70-060",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            Adres niet gevonden

            Uw bericht is niet bezorgd bij bram.hoek@wo-glastuinen.nl, omdat het adres niet is gevonden of geen
            e-mail kan ontvangen.

            Het antwoord was:
            550 5.1.1 The email account that you tried to reach does not exist at wo-glastuinen.nl (mailbox removed
            after domain move to glastuinen.nl).
            """
        ),
    },
]
# fmt: on
