"""heldout51: a year of mail from werkorganisaties in the Hoeksche Waard, Voorne-Putten and Goeree-Overflakkee.

The writers are the directors, adjuncts, directeuren bedrijfsvoering and their assistants of invented shared
civil-service organisations of villages on the Zuid-Hollandse Eilanden (Waardsamen, Spui & Kil, Hollands Diep,
Tiengemeten, Voorns Kwartier, Strand en Duin, Oude Maas Diensten, Bernissewerk, Putten-Oost, Brielse Maas, Haringvliet
Werkt, Flakkee Dorpen, Oostflakkee, Grevelingen, Goedereede-Stellendam). The set follows one year in order: the call
for themes and the thank-you in January, new directors and their confirmations, the invitation, the date change, the
reminder and the follow-up of the March atelier, then the hand-overs, departures, AVG requests, address changes,
out-of-offices and bounces of the rest of the year. Several writers return (a denial followed by an erasure, a
retirement followed by the successor's address, a departure without an address followed by the successor's own
sign-up). The register is businesslike, with long signatures and disclaimers; a few write from a phone or in English.

Conventions this set relies on (from the brief):
- a reply that only says whether the writer comes, also under the call for themes, is an rsvp; a proposal about the
  place or time of the ateliers, backing nothing of one's own, and asking whether one may present are other;
- themes are those of the topic proposed, not of the situation told before it;
- "afmelden voor het atelier" that keeps the membership is rsvp False; leaving and declining in one mail is
  unsubscribe; a hand-over with the successor's address, also under our goodbye, and leaving with a successor whose
  address is not known yet, are unsubscribe; a hand-over for a later date while staying a member until then is other;
- an assistant confirming a sign-up from her own address, an assistant's new or forwarded mail about the director's
  attendance, a yes on a condition, a confirmation with a real question and a "nee" that only answers the guest
  question are other; an assistant answering in reply to the invitation is rsvp;
- a denial under the confirmation mail that asks who signed the writer up is unsubscribe; one that asks where the
  address came from is other; an AVG erasure is unsubscribe with erase, also in English under an invitation;
- signing up one colleague with the colleague's address is subscribe; "lid blijven" under the goodbye is subscribe;
- a colleague reporting that someone left and an address change are other; out-of-offices, a ticket system and
  "this address is no longer in use" are autoreply; delivery failures are bounce, without a thread.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- januari: oproep voor thema's
    {
        "id": "h51-001",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Rieke Boerman <r.boerman@waardsamen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de oproep. Eén onderwerp van onze kant, dat hier in de Hoeksche Waard al maanden op tafel
            ligt:

            - Hoe houd je als kleine werkorganisatie de digitalisering van de werkprocessen bij met een I&A-team
              van zes fte, terwijl beide gemeenten hun eigen wensen hebben voor zaakgericht werken?

            Ik ben benieuwd hoe collega's dat inrichten: eigen shared service, inhuur of een regionale
            ICT-samenwerking.

            Met vriendelijke groet,

            drs. H.J. (Rieke) Boerman
            algemeen directeur
            Werkorganisatie Waardsamen
            uitvoeringsorganisatie voor de gemeenten Maasdam en Strijensas
            Postbus 120 | 3299 ZG Maasdam
            T 078 676 12 00 | M 06 41 28 90 53
            r.boerman@waardsamen.nl | www.waardsamen.nl

            Mijn vaste werkdagen zijn maandag, dinsdag en donderdag.
            """
        ),
    },
    {
        "id": "h51-002",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Gerard Koppenol <g.koppenol@sohollandsdiep.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Goedemiddag,

            Twee onderwerpen die ik graag inbreng, los van elkaar:

            1. Hoe positioneren wij ons als eilandgemeenten richting Rotterdam en de provincie, nu de
               Zuid-Hollandse Eilanden steeds vaker als één blok worden aangesproken?
            2. Het mobiele gemeenteloket in de kleine kernen. Wij rijden sinds vorig jaar met een bus langs
               elf dorpen; wie doet iets vergelijkbaars, en hoe meet je of inwoners er echt beter van worden?

            Hartelijke groet,

            Gerard Koppenol MPA
            Directeur
            Samenwerkingsorganisatie Hollands Diep
            werkorganisatie van de gemeenten Numansdorp, Klaaswaal en Zuid-Beijerland
            Havenstraat 9, 3281 AK Numansdorp
            088 - 645 30 00 (algemeen) | 06 - 12 77 40 38 (mobiel)
            www.sohollandsdiep.nl

            Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Ontvangt u dit bericht ten
            onrechte, meld dat dan aan de afzender en verwijder het bericht.
            """
        ),
    },
    {
        "id": "h51-003",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Marjolein Tanis <m.tanis@flakkeedorpen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Eerst wat context. Wij zitten midden in de herinrichting van onze organisatiestructuur: van drie
            sectoren naar vijf teams, een nieuw sturingsconcept en een formatie die na de bezuinigingsronde
            nog altijd niet sluit. Daar hoef ik op het atelier eerlijk gezegd niet over te praten; dat moeten
            we hier op Flakkee zelf uitzoeken.

            Wat ik wél met collega's zou willen verkennen: welke stip op de horizon zet je als werkorganisatie
            voor 2035, als je weet dat de drie besturen over tien jaar misschien heel anders denken over een
            bestuurlijke fusie? Hoe maak je een visie die overeind blijft, wat de raden ook besluiten?

            Dat is mijn onderwerp voor maart.

            Vriendelijke groet,

            Marjolein Tanis
            Algemeen directeur
            Werkorganisatie Flakkee Dorpen
            voor de gemeenten Dirksland, Herkingen en Melissant
            Bezoekadres: Raadhuisplein 2, 3247 BH Dirksland
            Telefoon: 0187 - 60 71 00
            Secretariaat: Corrie Breeman, c.breeman@flakkeedorpen.nl
            """
        ),
    },
    {
        "id": "h51-004",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wim van der Giessen <w.vandergiessen@ao-tiengemeten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Beste Stan,

            Zelf heb ik dit keer geen vraagstuk, de lijst van de collega's wordt vast lang genoeg. Maar reken
            op mij op de elfde: ik heb de middag al vrijgeroosterd.

            Groet,
            Wim

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h51-005",
        "kind": "other",
        "sender": "Annemiek Dijkhuizen <a.dijkhuizen@bsd-gs.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Geachte heer Van de Laar, beste Melanie,

            Een inhoudelijk onderwerp heb ik (nog) niet, wel een wens over de opzet. Voor ons op de eilanden is
            Utrecht op een donderdagmiddag een halve dag reizen, en de A29 staat om vijf uur vast. Zou het
            atelier eens in Rotterdam-Zuid of Dordrecht kunnen plaatsvinden, of anders als ochtendprogramma dat
            rond half een eindigt? Ik vermoed dat u dan meer collega's uit Zeeland en Zuid-Holland-Zuid trekt.

            Met vriendelijke groet,

            A.M. (Annemiek) Dijkhuizen
            Algemeen directeur / gemeentesecretaris
            Bedrijfsvoerings- en Samenwerkingsdienst Goedereede-Stellendam
            Postbus 1, 3250 AA Stellendam
            T: 0187 - 49 88 10
            E: a.dijkhuizen@bsd-gs.nl
            """
        ),
    },
    {
        "id": "h51-006",
        "kind": "autoreply",
        "sender": "Sander Mijnders <s.mijnders@haringvlietwerkt.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Tot en met vrijdag 15 januari ben ik op wintersport en lees ik mijn mail niet.
            Voor dringende zaken kunt u terecht bij het directiesecretariaat: 0181 - 48 20 00 of
            directie@haringvlietwerkt.nl.

            Met vriendelijke groet,
            Sander Mijnders
            Directeur Haringvliet Werkt
            """
        ),
    },
    {
        "id": "h51-007",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Fatma Yıldırım <f.yildirim@oudemaasdiensten.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "body": _(
            """
            Dank voor de bevestiging. Als het nog past voor de telling, voeg ik één onderwerp toe:

            - hoe meten jullie de tevredenheid van inwoners over het klantcontactcentrum, en wat doe je met die
              cijfers als ze tegenvallen?

            Hartelijke groet,

            Fatma Yıldırım
            directeur Dienstverlening
            GR Oude Maas Diensten | Heenvliet - Geervliet - Abbenbroek
            06 - 51 93 02 17
            """
        ),
    },
    # ---------------------------------------------------------------- aanmeldingen en bevestigingen
    {
        "id": "h51-008",
        "kind": "subscribe",
        "sender": "Lotte Mookhoek <l.mookhoek@spuienkil.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren fusieorganisaties",
        "body": _(
            """
            Goedemorgen,

            Op 1 februari ben ik begonnen als algemeen directeur van Werkorganisatie Spui & Kil, als opvolger
            van een interim-directeur die voor zover ik weet geen lid was. Collega's uit de Hoeksche Waard
            wezen mij op uw netwerk, en ik sluit graag aan. Wilt u mij als lid inschrijven met dit adres?

            Met vriendelijke groet,

            mr. L.C. (Lotte) Mookhoek
            algemeen directeur
            Werkorganisatie Spui & Kil
            ambtelijke organisatie van de gemeenten Westmaas en Mijnsheerenland
            Kerkstraat 14 | 3273 AP Westmaas
            T 078 - 612 44 90 | M 06 - 20 18 67 55
            l.mookhoek@spuienkil.nl

            Spui & Kil verwerkt persoonsgegevens volgens de AVG. Lees onze privacyverklaring op www.spuienkil.nl.
            """
        ),
    },
    {
        "id": "h51-009",
        "kind": "confirm",
        "sender": "Lotte Mookhoek <l.mookhoek@spuienkil.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            mr. L.C. (Lotte) Mookhoek
            algemeen directeur
            Werkorganisatie Spui & Kil
            ambtelijke organisatie van de gemeenten Westmaas en Mijnsheerenland
            Kerkstraat 14 | 3273 AP Westmaas
            T 078 - 612 44 90 | M 06 - 20 18 67 55
            l.mookhoek@spuienkil.nl

            Spui & Kil verwerkt persoonsgegevens volgens de AVG. Lees onze privacyverklaring op www.spuienkil.nl.
            """
        ),
    },
    {
        "id": "h51-010",
        "kind": "other",
        "sender": "Trudy Ouwehand <t.ouwehand@dvo-oostflakkee.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Nelis vroeg mij haar aanmelding voor het netwerk te bevestigen: zij zit deze week van 's
            ochtends vroeg tot 's avonds laat in de begrotingsgesprekken en komt niet aan haar mail toe. Bij
            dezen dus, namens haar: zij wordt graag lid.

            Met vriendelijke groet,

            Trudy Ouwehand
            Managementondersteuning directie
            Dienstverleningsorganisatie Oostflakkee
            voor Ooltgensplaat, Den Bommel en Achthuizen
            Voorstraat 31, 3255 AD Oude-Tonge
            T 0187 - 64 50 22 (ma-do)
            """
        ),
    },
    {
        "id": "h51-011",
        "kind": "subscribe",
        "sender": "Pieter-Jan Tollenaar <pj.tollenaar@strandenduin-wo.nl>",
        "quote": "none",
        "subject": "Nieuw lid: onze directeur bedrijfsvoering",
        "body": _(
            """
            Beste mensen van het secretariaat,

            Zelf ben ik al een paar jaar lid en ik haal er veel uit. Onze nieuwe directeur bedrijfsvoering,
            Mirjam Verboom, wil ik er graag ook bij betrekken; zij heeft er zin in. Willen jullie haar
            aanmelden? Haar adres is m.verboom@strandenduin-wo.nl.

            Met hartelijke groet,

            Pieter-Jan Tollenaar
            Algemeen directeur
            Werkorganisatie Strand en Duin
            Rockanje | Oostvoorne
            Duinstraat 40, 3235 AE Rockanje
            T 0181 - 40 12 12
            www.strandenduin-wo.nl
            """
        ),
    },
    {
        "id": "h51-012",
        "kind": "confirm",
        "sender": "Mirjam Verboom <m.verboom@strandenduin-wo.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Alsnog van harte ja. Uw eerste bericht was door ons spamfilter in quarantaine gezet, vandaar dat het
            even duurde.

            Mirjam Verboom
            Directeur bedrijfsvoering
            Werkorganisatie Strand en Duin
            Duinstraat 40, 3235 AE Rockanje
            M 06 - 38 55 12 09
            """
        ),
    },
    {
        "id": "h51-013",
        "kind": "unsubscribe",
        "sender": "Jan-Willem Bijl <jw.bijl@gr-puttenoost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Ik heb mij niet voor dit netwerk aangemeld en weet ook niet wie dat voor mij heeft gedaan. Was het
            iemand van ons eigen directiesecretariaat?

            J.W. Bijl
            Concerndirecteur
            Gemeenschappelijke Regeling Putten-Oost
            Hekelingen | Vriesland
            Postbus 400, 3200 AK Spijkenisse
            """
        ),
    },
    {
        "id": "h51-014",
        "kind": "other",
        "sender": "H.A. Zevenbergen <h.zevenbergen@brielsemaas-ao.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Deze aanmelding komt niet van mij. Voordat ik er iets mee doe, verneem ik graag hoe u aan mijn
            zakelijke e-mailadres bent gekomen en op welke grondslag u het verwerkt. Onze functionaris
            gegevensbescherming leest mee.

            Hoogachtend,

            H.A. Zevenbergen
            Algemeen directeur
            Ambtelijke Organisatie Brielse Maas
            ten behoeve van de gemeenten Vierpolders en Zwartewaal
            Markt 3 | 3231 AH Brielle
            T 0181 - 47 11 00

            Aan dit bericht kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "h51-015",
        "kind": "confirm",
        "sender": "Ingeborg Nelis <i.nelis@dvo-oostflakkee.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ook nog van mijzelf, want Trudy begreep dat het zo moest: ja, ik bevestig mijn aanmelding.

            Ingeborg Nelis
            Directeur DVO Oostflakkee

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h51-016",
        "kind": "confirm",
        "sender": "Mark Ellison <m.ellison@bernissewerk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Confirmed, I'd be glad to join. Forgive the English: I started here as interim director in
            December and my Dutch is better read than written.

            Kind regards,

            Mark Ellison
            Interim algemeen directeur | Interim Managing Director
            GR Bernissewerk
            serving the municipalities of Zuidland, Simonshaven and Biert
            Ring 2, 3214 AT Zuidland
            +31 (0)181 - 45 60 00 | +31 (0)6 - 83 11 92 40
            """
        ),
    },
    {
        "id": "h51-017",
        "kind": "other",
        "sender": "Bart Hameete <b.hameete@wo-grevelingen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen Melanie,

            Bij dezen bevestigd, ik word graag lid. Toch een vraag vooraf: ik ben adjunct-directeur en neem
            waar als onze algemeen directeur er niet is. Is het netwerk ook bedoeld voor adjuncten, of alleen
            voor de eerste man of vrouw van de organisatie? Ik wil niemands plek innemen.

            Groet,

            Bart Hameete
            Adjunct-directeur
            Werkorganisatie Grevelingen
            Ouddorp | Sommelsdijk
            Postbus 7, 3253 ZG Ouddorp
            T 0187 - 68 90 00 | M 06 - 47 03 88 21
            b.hameete@wo-grevelingen.nl
            """
        ),
    },
    # ---------------------------------------------------------------- februari: de uitnodiging
    {
        "id": "h51-018",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rieke Boerman <r.boerman@waardsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ja, ik kom op 11 maart en neem onze concerncontroller Freek Bouman mee, dus met z'n tweeën. Hij
            heeft bij ons de samenwerkingsafspraken tussen de twee gemeenten in de vingers; dat past mooi bij
            het thema.

            Met vriendelijke groet,

            drs. H.J. (Rieke) Boerman
            algemeen directeur
            Werkorganisatie Waardsamen
            Postbus 120 | 3299 ZG Maasdam
            T 078 676 12 00 | M 06 41 28 90 53
            """
        ),
    },
    {
        "id": "h51-019",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sander Mijnders <s.mijnders@haringvlietwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan en Melanie,

            Helaas: 11 maart vergadert ons Algemeen Bestuur over de kadernota en daar kan ik als secretaris
            niet weg. Ik lees het verslag met belangstelling.

            Sander

            --
            Sander Mijnders | Directeur
            Haringvliet Werkt - werkorganisatie Nieuwenhoorn en Oudenhoorn
            Oostkade 5, 3221 AA Hellevoetsluis | 0181 - 48 20 00
            """
        ),
    },
    {
        "id": "h51-020",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bart Hameete <b.hameete@wo-grevelingen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Zelf zit ik op 11 maart op een leergang in Zwolle. Onze algemeen directeur, Els Hoogerwerf-Knöps,
            gaat in mijn plaats; haar adres is e.hoogerwerf@wo-grevelingen.nl. Ze had het programma al zien
            langskomen en was nieuwsgierig.

            Groet,

            Bart Hameete
            Adjunct-directeur
            Werkorganisatie Grevelingen
            T 0187 - 68 90 00 | M 06 - 47 03 88 21
            """
        ),
    },
    {
        "id": "h51-021",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pieter-Jan Tollenaar <pj.tollenaar@strandenduin-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Staat in de agenda, tot in Utrecht. PJ
            """
        ),
    },
    {
        "id": "h51-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Kees Landheer <k.landheer@gr-puttenoost.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Valt samen met de raadsvergadering in Hekelingen, waar ik het jaarplan toelicht. Jammer.
            """
        ),
    },
    {
        "id": "h51-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nadia el Khatib <n.elkhatib@sohollandsdiep.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            In opdracht van de heer Koppenol laat ik u weten dat hij op 11 maart aanwezig is. Hij komt alleen;
            ik heb de middag inclusief reistijd in zijn agenda geblokt.

            Met vriendelijke groet,

            Nadia el Khatib
            Directiesecretaresse
            Samenwerkingsorganisatie Hollands Diep
            Havenstraat 9, 3281 AK Numansdorp
            T 088 - 645 30 12
            Werkdagen: maandag t/m donderdag
            """
        ),
    },
    {
        "id": "h51-024",
        "kind": "other",
        "sender": "Corrie Breeman <c.breeman@flakkeedorpen.nl>",
        "quote": "none",
        "subject": "Atelier 11 maart - mevrouw Tanis",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Tanis vroeg mij door te geven dat zij graag aansluit bij het atelier van 11 maart in
            Utrecht. Kunt u haar op de deelnemerslijst zetten? Zij gaat waarschijnlijk met de trein vanaf
            Rotterdam, maar mocht het toch de auto worden: is er bij het Stadskantoor plek om te parkeren?

            Vriendelijke groet,

            Corrie Breeman
            Secretariaat directie
            Werkorganisatie Flakkee Dorpen
            Raadhuisplein 2, 3247 BH Dirksland
            Telefoon: 0187 - 60 71 04
            """
        ),
    },
    {
        "id": "h51-025",
        "kind": "other",
        "sender": "Fatma Yıldırım <f.yildirim@oudemaasdiensten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Melanie,

            Ik wil er graag bij zijn, maar alleen als ik om kwart over vier kan vertrekken: om zes uur heb ik
            een inloopavond in Heenvliet die niet te verzetten is. Is het bezwaar als ik halverwege wegga, of
            mis ik dan het belangrijkste deel? Laat het me weten, dan meld ik me definitief.

            Fatma Yıldırım
            directeur Dienstverlening
            GR Oude Maas Diensten | Heenvliet - Geervliet - Abbenbroek
            06 - 51 93 02 17
            """
        ),
    },
    {
        "id": "h51-026",
        "kind": "other",
        "sender": "Wim van der Giessen <w.vandergiessen@ao-tiengemeten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Beste Melanie,

            Om de vraag uit de uitnodiging te beantwoorden: nee, ik neem niemand mee, ook niet van de griffie.
            En mocht u het nog willen weten: dieetwensen heb ik evenmin.

            Met vriendelijke groet,

            W. van der Giessen
            Directeur Ambtelijke Organisatie Tiengemeten
            Piershil | Nieuw-Beijerland | Goudswaard
            Dorpsstraat 60, 3265 AE Piershil
            T 0186 - 69 30 30
            """
        ),
    },
    {
        "id": "h51-027",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Lotte Mookhoek <l.mookhoek@spuienkil.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik kom graag: mijn eerste atelier!

            Nu ik toch schrijf: voor een volgende keer zou ik het graag hebben over digitale dienstverlening
            aan ondernemers. Wij draaien een proef met een chatassistent die vragen over evenementen- en
            terrasvergunningen beantwoordt, en ik ben benieuwd of collega's daar al verder mee zijn.

            mr. L.C. (Lotte) Mookhoek
            algemeen directeur
            Werkorganisatie Spui & Kil
            T 078 - 612 44 90 | M 06 - 20 18 67 55
            """
        ),
    },
    {
        "id": "h51-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mirjam Verboom <m.verboom@strandenduin-wo.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het bericht over de wachtlijst. Inmiddels heb ik op die middag een heidag met mijn MT
            gepland, dus mijn plek op de wachtlijst mag naar iemand anders. Hopelijk tot een volgende keer.

            Mirjam Verboom
            Directeur bedrijfsvoering
            Werkorganisatie Strand en Duin
            Duinstraat 40, 3235 AE Rockanje
            M 06 - 38 55 12 09
            """
        ),
    },
    {
        "id": "h51-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rieke Boerman <r.boerman@waardsamen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Beste Stan en Melanie,

            Vervelend: op 18 maart ben ik niet beschikbaar, dan is de gezamenlijke informatieavond voor beide
            raden over de begroting 2028. Ik moet daarom afzeggen, en Freek Bouman komt dan ook niet.

            Met vriendelijke groet,

            drs. H.J. (Rieke) Boerman
            algemeen directeur
            Werkorganisatie Waardsamen
            T 078 676 12 00 | M 06 41 28 90 53
            """
        ),
    },
    # ---------------------------------------------------------------- maart: herinnering, atelier, vervolg
    {
        "id": "h51-030",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerard Koppenol <g.koppenol@sohollandsdiep.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik moet mij helaas afmelden voor donderdag. Na de dijkinspectie van vorige week is er een
            bestuurlijk overleg met het waterschap ingelast waar ik bij moet zijn. Geef mijn plaats gerust aan
            iemand op de wachtlijst; lid blijf ik natuurlijk.

            Met vriendelijke groet,

            Gerard Koppenol MPA
            Directeur
            Samenwerkingsorganisatie Hollands Diep
            088 - 645 30 00 (algemeen) | 06 - 12 77 40 38 (mobiel)
            """
        ),
    },
    {
        "id": "h51-031",
        "kind": "unsubscribe",
        "sender": "Wim van der Giessen <w.vandergiessen@ao-tiengemeten.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Donderdag ben ik er niet bij, en dan kan ik u meteen vragen mij helemaal uit het netwerk te halen:
            per 1 april ga ik met pensioen en mijn opvolging is nog niet geregeld. Het was altijd een genoegen;
            dank voor de zorgvuldige organisatie door de jaren heen.

            Hartelijke groet,

            W. van der Giessen
            Directeur Ambtelijke Organisatie Tiengemeten
            Dorpsstraat 60, 3265 AE Piershil
            T 0186 - 69 30 30
            """
        ),
    },
    {
        "id": "h51-032",
        "kind": "autoreply",
        "sender": "Ruud Kapteijn <r.kapteijn@bernissewerk.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik ben afwezig van 6 tot en met 9 maart. Uw bericht wordt niet doorgestuurd. Voor zaken die niet
            kunnen wachten: bel 0181 - 45 60 00 en vraag naar de dienstdoende directeur.

            Ruud Kapteijn
            Directeur bedrijfsvoering GR Bernissewerk
            """
        ),
    },
    {
        "id": "h51-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pieter-Jan Tollenaar <pj.tollenaar@strandenduin-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ha Melanie,

            Kleine wijziging: ik ben er donderdag wél, maar zonder gast. De collega die mee zou gaan ligt met
            griep in bed. Dus één persoon in plaats van twee.

            PJ

            Pieter-Jan Tollenaar
            Algemeen directeur
            Werkorganisatie Strand en Duin
            Duinstraat 40, 3235 AE Rockanje
            T 0181 - 40 12 12
            """
        ),
    },
    {
        "id": "h51-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Kapteijn <r.kapteijn@bernissewerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Stan, Melanie,

            Hierbij afgemeld voor het atelier van maart: het is de week van onze verhuizing naar het nieuwe
            gemeentehuis in Zuidland en daar kan ik niet gemist worden. In het najaar hoop ik er weer bij te
            zijn.

            Ruud Kapteijn
            Directeur bedrijfsvoering
            GR Bernissewerk
            Ring 2, 3214 AT Zuidland
            T 0181 - 45 60 00 | M 06 - 29 74 51 36
            """
        ),
    },
    {
        "id": "h51-035",
        "kind": "other",
        "sender": "Trudy Ouwehand <t.ouwehand@dvo-oostflakkee.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
            "[atelier:2027-1]"
        ),
        "body": _(
            """
            Goedemiddag,

            Hieronder de uitnodiging die mevrouw Nelis vorige week kreeg. Zij komt graag, maar vraagt of ze
            ook via de Teams-link kan aansluiten en of dat dan als aanmelding telt. Wilt u mij laten weten hoe
            ik dit voor haar regel?

            Met vriendelijke groet,

            Trudy Ouwehand
            Managementondersteuning directie
            Dienstverleningsorganisatie Oostflakkee
            Voorstraat 31, 3255 AD Oude-Tonge
            T 0187 - 64 50 22 (ma-do)
            """
        ),
    },
    {
        "id": "h51-036",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Joost Verhagen <j.verhagen@voornskwartier.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor een goede middag en voor het vlotte verslag. Voor het najaarsatelier draag ik graag een
            onderwerp aan:

            Hoe houd je als werkorganisatie van kleine gemeenten een stevige positie in de regio, nu de
            Metropoolregio en de provincie steeds vaker op regionale schaal afspraken maken over wonen en
            bereikbaarheid, en onze gemeenten pas aan tafel komen als het meeste al vastligt?

            Met vriendelijke groet,

            Joost Verhagen
            Gemeentesecretaris / algemeen directeur
            Werkorganisatie Voorns Kwartier
            voor de gemeenten Tinte en Nieuw-Helvoet
            Stationsweg 1, 3232 AB Brielle
            T 0181 - 33 20 00
            www.voornskwartier.nl
            """
        ),
    },
    {
        "id": "h51-037",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Annemiek Dijkhuizen <a.dijkhuizen@bsd-gs.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste Melanie,

            Wat een goede middag was het, ook al kwam ik door een ongeluk op de A29 pas om half drie binnen
            (u kent mijn mening over die reis inmiddels). Het gesprek aan de tafel van collega Verhagen over
            colleges die elk hun eigen agenda willen, herkende ik volledig; bij ons wil Goedereede het ene en
            Stellendam het andere.

            Voor een volgende keer zou ik graag een andere kant op gaan: hoe rapporteer je openlijk over je
            prestaties richting inwoners? Wij werken aan een openbaar dashboard met doorlooptijden van
            vergunningen, wachttijden aan de balie en klanttevredenheid per kern. Wie heeft zoiets al, en hoe
            ga je om met cijfers die tegenvallen?

            Verder: de broodjes waren uitstekend en het Stadskantoor is mooi opgeknapt. De groeten aan Stan.

            A.M. (Annemiek) Dijkhuizen
            Algemeen directeur / gemeentesecretaris
            Bedrijfsvoerings- en Samenwerkingsdienst Goedereede-Stellendam
            Postbus 1, 3250 AA Stellendam
            T: 0187 - 49 88 10
            """
        ),
    },
    {
        "id": "h51-038",
        "kind": "other",
        "sender": "Els Hoogerwerf-Knöps <e.hoogerwerf@wo-grevelingen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik was er in plaats van Bart Hameete en heb genoten. Een vraag: zouden wij in het najaar onze
            ervaringen met de herziening van de gemeenschappelijke regeling mogen presenteren? We hebben
            anderhalf jaar met beide raden aan tafel gezeten en ik denk dat andere werkorganisaties daar iets
            aan hebben. Een kwartier zou genoeg zijn.

            Met vriendelijke groet,

            Els Hoogerwerf-Knöps
            Algemeen directeur
            Werkorganisatie Grevelingen
            Ouddorp | Sommelsdijk
            Postbus 7, 3253 ZG Ouddorp
            T 0187 - 68 90 00

            Werkorganisatie Grevelingen gaat zorgvuldig om met uw gegevens. Dit bericht kan vertrouwelijke
            informatie bevatten; bent u niet de bedoelde ontvanger, verwijder het dan.
            """
        ),
    },
    {
        "id": "h51-039",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Mark Ellison <m.ellison@bernissewerk.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for the warm welcome. Since you ask: one topic I'd like to put on the table is information
            security. We are a small shared service organisation, and getting our BIO compliance in order with
            an IT team of three is a real struggle. I'd love to hear how others handle it: a pooled CISO, a
            regional SOC, or outsourcing the lot?

            Best regards,

            Mark Ellison
            Interim algemeen directeur | Interim Managing Director
            GR Bernissewerk
            Ring 2, 3214 AT Zuidland
            +31 (0)181 - 45 60 00 | +31 (0)6 - 83 11 92 40
            """
        ),
    },
    # ---------------------------------------------------------------- voorjaar en zomer: vertrek en opvolging
    {
        "id": "h51-040",
        "kind": "unsubscribe",
        "sender": "Joost Verhagen <j.verhagen@voornskwartier.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap netwerk - Voorns Kwartier",
        "body": _(
            """
            Beste Stan en Melanie,

            Na zeven jaar Voorns Kwartier is vrijdag mijn laatste werkdag; ik ga aan de slag bij de provincie
            Zeeland. Mijn opvolger, Astrid Lemmens, is per maandag algemeen directeur en neemt mijn plaats in
            het netwerk graag over. Haar adres: a.lemmens@voornskwartier.nl. Mijn eigen lidmaatschap mag
            daarmee vervallen.

            Dank voor alle goede gesprekken.

            Met vriendelijke groet,

            Joost Verhagen
            Gemeentesecretaris / algemeen directeur
            Werkorganisatie Voorns Kwartier
            Stationsweg 1, 3232 AB Brielle
            T 0181 - 33 20 00
            """
        ),
    },
    {
        "id": "h51-041",
        "kind": "confirm",
        "sender": "Astrid Lemmens <a.lemmens@voornskwartier.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Graag! Joost had al gezegd dat dit bericht zou komen.

            Astrid Lemmens
            Algemeen directeur
            Werkorganisatie Voorns Kwartier
            Stationsweg 1, 3232 AB Brielle
            T 0181 - 33 20 00 | M 06 - 14 62 09 81
            """
        ),
    },
    {
        "id": "h51-042",
        "kind": "other",
        "sender": "Rieke Boerman <r.boerman@waardsamen.nl>",
        "quote": "none",
        "subject": "Vooraankondiging: wisseling directie Waardsamen",
        "body": _(
            """
            Beste secretariaat,

            Een vooraankondiging: per 1 november draag ik de leiding van Waardsamen over aan Hasan Demirci,
            nu nog directeur Ruimte bij ons. Zijn adres wordt h.demirci@waardsamen.nl. Tot die datum blijf ik
            gewoon lid, en het najaarsatelier wil ik nog graag meemaken; daarna neemt hij mijn plaats in.

            Met vriendelijke groet,

            drs. H.J. (Rieke) Boerman
            algemeen directeur
            Werkorganisatie Waardsamen
            uitvoeringsorganisatie voor de gemeenten Maasdam en Strijensas
            Postbus 120 | 3299 ZG Maasdam
            T 078 676 12 00 | M 06 41 28 90 53
            r.boerman@waardsamen.nl | www.waardsamen.nl
            """
        ),
    },
    {
        "id": "h51-043",
        "kind": "unsubscribe",
        "sender": "Sander Mijnders <s.mijnders@haringvlietwerkt.nl>",
        "quote": "none",
        "subject": "Afscheid Haringvliet Werkt",
        "body": _(
            """
            Goedemiddag Stan en Melanie,

            Per 1 juli stop ik bij Haringvliet Werkt; ik ga een tijd het onderwijs in. U kunt mij dus van de
            ledenlijst halen. Mijn opvolger wordt Yasmina Bouali, die nu nog in Dordrecht werkt. Haar adres bij
            ons bestaat nog niet; ik heb haar gevraagd zich zelf bij u te melden zodra ze binnen is.

            Met vriendelijke groet,

            Sander Mijnders
            Directeur
            Haringvliet Werkt - werkorganisatie Nieuwenhoorn en Oudenhoorn
            Oostkade 5, 3221 AA Hellevoetsluis
            T 0181 - 48 20 00
            """
        ),
    },
    {
        "id": "h51-044",
        "kind": "subscribe",
        "sender": "Yasmina Bouali <y.bouali@haringvlietwerkt.nl>",
        "quote": "none",
        "subject": "Aanmelding als opvolger van Sander Mijnders",
        "body": _(
            """
            Beste secretariaat,

            Sinds 1 juli ben ik directeur van Haringvliet Werkt, als opvolger van Sander Mijnders. Hij raadde
            mij uw netwerk van harte aan. Bij dezen meld ik mij aan, met dit e-mailadres.

            Met vriendelijke groet,

            Yasmina Bouali MSc
            Directeur
            Haringvliet Werkt
            werkorganisatie van de gemeenten Nieuwenhoorn en Oudenhoorn
            Oostkade 5, 3221 AA Hellevoetsluis
            T 0181 - 48 20 00 | M 06 - 57 30 46 11
            """
        ),
    },
    {
        "id": "h51-045",
        "kind": "unsubscribe",
        "sender": "Wim van der Giessen <w.vandergiessen@ao-tiengemeten.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Dank voor de bevestiging van mijn afmelding. Inmiddels is de opvolging wél rond: Dewi Sno begint
            op 15 april als directeur van de Ambtelijke Organisatie Tiengemeten en neemt mijn plaats in. U
            bereikt haar op d.sno@ao-tiengemeten.nl.

            Hartelijke groet,

            W. van der Giessen
            Directeur Ambtelijke Organisatie Tiengemeten (tot 1 april)
            """
        ),
    },
    {
        "id": "h51-046",
        "kind": "subscribe",
        "sender": "Fatma Yıldırım <f.yildirim@oudemaasdiensten.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dit klopt niet! Een collega van ons secretariaat heeft per abuis mijn naam doorgegeven toen ze haar
            eigen afmelding regelde. Ik wil graag lid blijven en in het najaar weer meedoen.

            Fatma Yıldırım
            directeur Dienstverlening
            GR Oude Maas Diensten | Heenvliet - Geervliet - Abbenbroek
            06 - 51 93 02 17
            """
        ),
    },
    {
        "id": "h51-047",
        "kind": "other",
        "sender": "Jan-Willem Bijl <jw.bijl@gr-puttenoost.nl>",
        "quote": "none",
        "subject": "Vertrek dhr. Landheer",
        "body": _(
            """
            Geacht secretariaat,

            Ter informatie: onze directeur, de heer Kees Landheer, is sinds 1 mei niet meer werkzaam bij de GR
            Putten-Oost. Zijn mailbox wordt binnenkort opgeheven. Wie hem opvolgt is nog niet bekend; de
            werving loopt.

            Met vriendelijke groet,

            J.W. Bijl
            Concerndirecteur
            Gemeenschappelijke Regeling Putten-Oost
            Hekelingen | Vriesland
            Postbus 400, 3200 AK Spijkenisse
            """
        ),
    },
    {
        "id": "h51-048",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "H.A. Zevenbergen <h.zevenbergen@brielsemaas-ao.nl>",
        "quote": "none",
        "subject": "Verzoek tot wissing persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Naar aanleiding van mijn eerdere bericht en uw toelichting: ik wens geen deel uit te maken van uw
            netwerk. Op grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens te wissen, ook uit
            verzendlijsten en eventuele archieven, en mij schriftelijk te bevestigen dat dit is gebeurd.

            Hoogachtend,

            H.A. Zevenbergen
            Algemeen directeur
            Ambtelijke Organisatie Brielse Maas
            Markt 3 | 3231 AH Brielle
            T 0181 - 47 11 00

            Aan dit bericht kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "h51-049",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Mark Ellison <m.ellison@bernissewerk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hello Stan and Melanie,

            Thanks for this, but my interim assignment at Bernissewerk ended last Friday and I'm heading back
            to the UK. Please take me off the list, and under the GDPR I'd ask you to delete everything you
            hold on me, not just the mailing entry. Ruud Kapteijn stays on as your contact here.

            Best,
            Mark

            Mark Ellison
            Interim Managing Director (until 30 September)
            GR Bernissewerk
            """
        ),
    },
    {
        "id": "h51-050",
        "kind": "unsubscribe",
        "sender": "Mirjam Verboom <m.verboom@strandenduin-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen, vanaf volgende maand werk ik bij de veiligheidsregio en dus niet meer bij een
            werkorganisatie. Wilt u mijn lidmaatschap stopzetten? Dank voor de mooie bijeenkomsten.

            Mirjam

            Verzonden vanaf mijn mobiel
            """
        ),
    },
    # ---------------------------------------------------------------- najaar: wijzigingen en automatische post
    {
        "id": "h51-051",
        "kind": "other",
        "sender": "Pieter-Jan Tollenaar <pj.tollenaar@voornekust.nl>",
        "quote": "none",
        "subject": "Nieuwe naam en nieuw mailadres",
        "body": _(
            """
            Beste Stan, Melanie,

            Onze werkorganisatie heeft per 1 september een nieuwe naam: Strand en Duin heet voortaan
            Werkorganisatie Voorne Kust. Daarmee verandert ook mijn mailadres, in pj.tollenaar@voornekust.nl.
            Het oude adres werkt nog tot het einde van het jaar. Willen jullie de ledenlijst aanpassen?

            Met hartelijke groet,

            Pieter-Jan Tollenaar
            Algemeen directeur
            Werkorganisatie Voorne Kust (voorheen Strand en Duin)
            Duinstraat 40, 3235 AE Rockanje
            T 0181 - 40 12 12
            www.voornekust.nl
            """
        ),
    },
    {
        "id": "h51-052",
        "kind": "autoreply",
        "sender": "Kees Landheer <k.landheer@gr-puttenoost.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. De heer K. Landheer is niet langer werkzaam bij de GR
            Putten-Oost en uw bericht wordt niet doorgestuurd. Voor algemene vragen kunt u mailen naar
            info@gr-puttenoost.nl.
            """
        ),
    },
    {
        "id": "h51-053",
        "kind": "autoreply",
        "sender": "Oude Maas Diensten <noreply@oudemaasdiensten.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "[OMD-2027-048812] RE: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking "
            "& eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte afzender,

            Hartelijk dank voor uw e-mail aan GR Oude Maas Diensten. Uw bericht is geregistreerd onder
            zaaknummer OMD-2027-048812. Wij streven ernaar u binnen vijf werkdagen inhoudelijk te antwoorden.

            Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.
            """
        ),
    },
    {
        "id": "h51-054",
        "kind": "autoreply",
        "sender": "Astrid Lemmens <a.lemmens@voornskwartier.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Van 19 juli tot en met 6 augustus ben ik met verlof. In die periode neemt Koen Dorrepaal,
            directeur Sociaal Domein, mijn taken waar: k.dorrepaal@voornskwartier.nl. Na mijn terugkeer
            reageer ik zo snel mogelijk.

            Astrid Lemmens
            Algemeen directeur Werkorganisatie Voorns Kwartier
            """
        ),
    },
    {
        "id": "h51-055",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@voornskwartier.nl>",
        "quote": "none",
        "subject": (
            "Undeliverable: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            j.verhagen@voornskwartier.nl
            The email address you entered couldn't be found. Please check the recipient's email address and
            try to resend the message. If the problem continues, please contact your helpdesk.

            Diagnostic information for administrators:

            Generating server: AM9PR04MB8123.eurprd04.prod.outlook.com

            j.verhagen@voornskwartier.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "h51-056",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <MAILER-DAEMON@mx1.sohollandsdiep.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: Uitnodiging Leer- en inspireer-atelier [atelier:2027-1]",
        "body": _(
            """
            Dit is het mailsysteem op mx1.sohollandsdiep.nl.

            Uw bericht kon niet worden afgeleverd bij een of meer ontvangers. Dit is een permanente fout.

            <g.koppenol@sohollandsdiep.nl>: de postbus van de ontvanger is vol
                (552 5.2.2 Mailbox quota exceeded)

            Het bericht is na vijf dagen opnieuw proberen uit de wachtrij verwijderd.
            """
        ),
    },
    {
        "id": "h51-057",
        "kind": "subscribe",
        "sender": "Hasan Demirci <h.demirci@waardsamen.nl>",
        "quote": "none",
        "subject": "Aanmelden - nieuwe algemeen directeur Waardsamen",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 november heb ik Rieke Boerman opgevolgd als algemeen directeur van Waardsamen. Zij heeft
            u daar eerder over bericht. Graag word ik lid van het netwerk; dit is mijn adres.

            Met vriendelijke groet,

            ir. H. (Hasan) Demirci
            algemeen directeur
            Werkorganisatie Waardsamen
            uitvoeringsorganisatie voor de gemeenten Maasdam en Strijensas
            Postbus 120 | 3299 ZG Maasdam
            T 078 676 12 00 | M 06 33 81 25 07
            h.demirci@waardsamen.nl | www.waardsamen.nl
            """
        ),
    },
]
# fmt: on
