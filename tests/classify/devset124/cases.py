"""devset124: answers to our confirmation mails (bevestiging_aanmelding and herinnering_aanmelding).

Directors, assistants, colleagues and mail servers answer the double opt-in mail or its single reminder. About a
third are plain confirmations in every register (a bare "ja", "klopt", a reference number, English, a signature
with a disclaimer, phone mails, an empty reply, a dot, a confirmation with a thank-you or a harmless remark), a
sixth are denials or withdrawals, and the rest are look-alikes the secretariat must read: a yes with a real question
or a condition beside it, an assistant or colleague confirming for someone else, a yes to another line of the mail,
a writer who does not know the network or is unsure whether they signed up, a request to use another address,
complaints about the extra step, a colleague reporting the addressee left, a forward meant for a colleague, and
out-of-office and ticket replies.

Conventions this set relies on (from the brief):
- The label is what the writer asks now. Our confirmation mail says "u hoeft niets te typen", so an empty reply, a
  lone dot or a reply holding only the writer's signature is a `confirm`.
- A plain denial under the confirmation mail ("ik heb me niet aangemeld"), also one that asks who did it, and a
  withdrawal of one's own sign-up are `unsubscribe`; a denial that asks where we got the address is `other`; an
  erasure request under the AVG is `unsubscribe` with `erase` True.
- A yes on a condition the secretariat must answer first, a confirmation with a real question or a request beside
  it, a confirmation sent by someone else (assistant, colleague) from their own address, and a hand-over for a later
  date with "tot die tijd blijf ik lid" are `other`. A colleague reporting that the addressee left is `other`.
- Out-of-office, "address no longer in use" and ticket acknowledgements are `autoreply` and carry no quote.
- Harmless remarks beside a confirmation (a thank-you, where they heard of us, a greeting) keep it a `confirm`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


REF = "[ref:AF-7K3Q9-XM2PA-4RTZ8]"

# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "d124-001",
        "kind": "confirm",
        "sender": "Hendrik-Jan Stoffels <hj.stoffels@werkorganisatie-lingewoud.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, klopt. Mijn secretariaat heeft mij vorige week voor dit netwerk opgegeven, op mijn verzoek.

            Met vriendelijke groet,
            Hendrik-Jan Stoffels
            algemeen directeur Werkorganisatie Lingewoud
            """
        ),
    },
    {
        "id": "d124-002",
        "kind": "other",
        "sender": "Femke Ophorst <femke.ophorst@maasheuvel-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Hallo, bij deze bevestigd hoor. Weet u al wanneer het eerstvolgende atelier is? Ik wil het graag vroeg
            in mijn agenda blokken, want mijn voorjaar zit nu al bijna vol.

            Groet, Femke Ophorst
            """
        ),
    },
    {
        "id": "d124-003",
        "kind": "unsubscribe",
        "sender": "C.A.M. Dullaert <c.dullaert@ao-dijkerveld-oostmarle.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar, mevrouw Huurneman,

            Ik heb mij niet aangemeld voor dit netwerk en heb er ook geen behoefte aan. Wilt u mij verder geen
            berichten meer sturen.

            Hoogachtend,
            mr. C.A.M. (Cees) Dullaert
            gemeentesecretaris-directeur
            Ambtelijke organisatie Dijkerveld-Oostmarle
            """
        ),
    },
    {
        "id": "d124-004",
        "kind": "confirm",
        "sender": "Ruth Oyelaran-Bakker <r.oyelaran@gr-rijnmonde.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Yes, that's me - confirmed. Looking forward to meeting peers from other shared-service organisations.

            Best,
            Ruth Oyelaran-Bakker
            Director of Operations | GR Rijnmonde Bedrijfsvoering

            Sent from my iPad
            """
        ),
    },
    {
        "id": "d124-005",
        "kind": "autoreply",
        "sender": "Joost Harkema <j.harkema@werkorganisatie-waaldonk.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": f"Automatisch antwoord: Bevestig uw aanmelding {REF}",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben van maandag 12 tot en met vrijdag 23 oktober afwezig en lees mijn mail
            niet. Voor dringende zaken kunt u contact opnemen met het bestuurssecretariaat via 0488 - 45 12 00.

            Met vriendelijke groet,
            Joost Harkema
            """
        ),
    },
    {
        "id": "d124-006",
        "kind": "other",
        "sender": "Secretariaat directie Peelzoom <secretariaat.directie@peelzoom-samen.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "subject": f"Doorst: Bevestig uw aanmelding {REF}",
        "body": _(
            """
            Goedemorgen,

            Onderstaande mail kwam binnen in de mailbox van onze directeur, de heer Verhagen. Hij is de komende
            twee weken op werkbezoek in het buitenland. Hij had mij gevraagd dit voor hem te regelen, dus namens
            hem bevestig ik graag de aanmelding.

            Met vriendelijke groet,
            Anouk Timmers
            directiesecretaresse Peelzoom Samen
            """
        ),
    },
    {
        "id": "d124-007",
        "kind": "confirm",
        "sender": "Bert Oosterhuis <b.oosterhuis@eemsloo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja bevestig ik bij deze

            Verstuurd vanaf mijn Samsung Galaxy-smartphone
            """
        ),
    },
    {
        "id": "d124-008",
        "kind": "unsubscribe",
        "sender": "Gerrit Nijenhuis <g.nijenhuis@dinkelmark.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Wie heeft mij hiervoor aangemeld? Ik in elk geval niet. Ik wil geen lid worden, dus laat u het hier
            maar bij.

            Groet,
            Gerrit Nijenhuis
            """
        ),
    },
    {
        "id": "d124-009",
        "kind": "other",
        "sender": "Pieter-Bas Vermeulen <pb.vermeulen@kempenveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Sir or Madam,

            I never registered for any network. Could you tell me how you obtained my e-mail address, and who
            submitted it to you?

            Regards,
            Pieter-Bas Vermeulen
            """
        ),
    },
    {
        "id": "d124-010",
        "kind": "confirm",
        "sender": "Mieke Scholten-Kraaij <m.scholten@dinkelmark.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd.

            Met vriendelijke groet,

            drs. Wilhelmina (Mieke) Scholten-Kraaij
            Directeur Bedrijfsvoering
            Werkorganisatie Dinkelmark | Postbus 140 | 7590 AC Dinkelmark
            T 0541 - 78 22 10 | M 06 - 14 88 20 37
            www.dinkelmark.nl

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Als dit bericht niet voor u bestemd is, wordt
            u verzocht de afzender hiervan op de hoogte te stellen door het bericht te retourneren en de inhoud
            niet te gebruiken. Aan dit bericht kunnen geen rechten worden ontleend.
            """
        ),
    },
    {
        "id": "d124-011",
        "kind": "other",
        "sender": "Bram Kuipers <bram.kuipers@werkorganisatie-alblaskant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Ik wil best lid worden, op voorwaarde dat mijn gegevens niet worden gedeeld met adviesbureaus of andere
            commerciele partijen. Uw secretariaat is immers zelf een adviesbureau. Kunt u mij dat eerst toezeggen?
            Dan bevestig ik daarna.

            Met vriendelijke groet,
            Bram Kuipers
            """
        ),
    },
    {
        "id": "d124-012",
        "kind": "confirm",
        "sender": "Jolanda Brouwer <jolanda.brouwer@heuvelrand-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Klopt helemaal, dit is mijn adres. Groet Jolanda
            """
        ),
    },
    {
        "id": "d124-013",
        "kind": "other",
        "sender": "Sevda Karaca <s.karaca@bommelerhof.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik krijg deze mail, maar ik kan het Netwerk van directeuren van ambtelijke fusieorganisaties nergens
            plaatsen. Wie zit erachter, wie zijn de leden en wat wordt er van mij verwacht? Ik wil eerst wat meer
            weten voordat ik ergens ja tegen zeg.

            Met vriendelijke groet,
            Sevda Karaca
            directeur Werkorganisatie Bommelerhof
            """
        ),
    },
    {
        "id": "d124-014",
        "kind": "confirm",
        "sender": "Ton van Wijngaarden <t.vanwijngaarden@gr-vechtplassen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": "",
    },
    {
        "id": "d124-015",
        "kind": "confirm",
        "sender": "Carolien Jager <c.jager@marnewerk.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Excuus, de eerste mail was ondergesneeuwd. Alsnog: ja, ik word graag lid.

            Carolien Jager
            """
        ),
    },
    {
        "id": "d124-016",
        "kind": "unsubscribe",
        "sender": "Henk Zwiers <h.zwiers@geulvliet.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Beste mensen,

            Ik heb mij inderdaad aangemeld, maar bij nader inzien trek ik dat in. Over vier maanden ga ik met
            pensioen en het heeft weinig zin om nu nog aan te haken. Wie mij opvolgt, meldt zich te zijner tijd
            vast zelf.

            Hartelijke groet,
            Henk Zwiers
            """
        ),
    },
    {
        "id": "d124-017",
        "kind": "other",
        "sender": "Griffie en directie Marnewerk <directie@marnewerk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ja, ik wil lid worden, maar liever niet op dit adres: dit is een gedeelde postbus die door meerdere
            mensen wordt gelezen. Kunnen jullie mij inschrijven op r.boukema@marnewerk.nl?

            Dank en groet,
            Rients Boukema
            """
        ),
    },
    {
        "id": "d124-018",
        "kind": "autoreply",
        "sender": "Annelies Duijvestein <a.duijvestein@gr-rijnmonde.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": f"Automatic reply: Bevestig uw aanmelding {REF}",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Thank you for your e-mail. I am out of the office with limited access to e-mail and will be back on
            Monday 2 November. For urgent matters, please contact my office manager, Lotte van Rijswijk
            (l.vanrijswijk@gr-rijnmonde.nl).
            """
        ),
    },
    {
        "id": "d124-019",
        "kind": "confirm",
        "sender": "Marjolein Veenstra <m.veenstra@lauwersstad.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Bevestigd! Goed dat er zo'n netwerk is, daar heb ik bij de start van onze fusie echt naar gezocht.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d124-020",
        "kind": "other",
        "sender": "Marloes Terpstra <m.terpstra@werkorganisatie-lingewoud.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Hoi,

            Ik weet eerlijk gezegd niet meer zeker of ik me hiervoor heb opgegeven. Het zou kunnen dat het tijdens
            het VNG-congres via een intekenlijst is gegaan, maar ik herinner het me niet. Kunt u zien hoe de
            aanmelding is binnengekomen?

            Groet,
            Marloes Terpstra
            """
        ),
    },
    {
        "id": "d124-021",
        "kind": "confirm",
        "sender": "Anton Wiersma <a.wiersma@eemsloo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            > Wilt u uw aanmelding bevestigen?

            Ja, bij dezen.

            Anton Wiersma
            """
        ),
    },
    {
        "id": "d124-022",
        "kind": "unsubscribe",
        "sender": "Daniel Hurst <d.hurst@peelzoom-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Hello,

            I don't recognise this registration at all. I'm an interim programme manager here until spring, not a
            director, so please don't enrol me.

            Thanks,
            Daniel Hurst
            """
        ),
    },
    {
        "id": "d124-023",
        "kind": "other",
        "sender": "Theo Brinkhorst <t.brinkhorst@werkorganisatie-waaldonk.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb me twee weken geleden via uw website aangemeld en kreeg toen ook al een mail, die ik heb
            beantwoord. Nu krijg ik een 'herinnering' dat het nog niet bevestigd zou zijn. Wat is er misgegaan?
            Dit soort dubbele stappen werkt bij ons in de organisatie ook altijd averechts.

            Met vriendelijke groet,
            Theo Brinkhorst
            """
        ),
    },
    {
        "id": "d124-024",
        "kind": "other",
        "sender": "Yvonne Scheepstra <y.scheepstra@geulvliet.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Mevrouw Van Asperen, aan wie deze mail is gericht, is per 1 september vertrokken naar de provincie. Ik
            lees haar mailbox nog tijdelijk mee. Ik weet niet wie haar heeft aangemeld, maar zij zal dit niet meer
            bevestigen. Een opvolger is nog niet benoemd.

            Met vriendelijke groet,
            Yvonne Scheepstra
            managementassistent Werkorganisatie Geulvliet
            """
        ),
    },
    {
        "id": "d124-025",
        "kind": "confirm",
        "sender": "Johan Krikke <j.krikke@eemsloo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Johan Krikke
            Directeur | Werkorganisatie Eemsloo
            06 - 51 09 33 72
            """
        ),
    },
    {
        "id": "d124-026",
        "kind": "other",
        "sender": "Wouter Dekkers <w.dekkers@heuvelrand-werkt.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "subject": f"FW: Bevestig uw aanmelding {REF}",
        "body": _(
            """
            Hoi Ellen,

            Is dit dat netwerk waar je het in het MT over had? Ik heb geen idee wie mij heeft aangemeld. Zoek jij
            even uit of dit iets voor ons is, dan beslis ik daarna of ik bevestig.

            Groet,
            Wouter
            """
        ),
    },
    {
        "id": "d124-027",
        "kind": "confirm",
        "sender": "Ingeborg Smeenk <i.smeenk@kempenveld.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja

            Verstuurd vanaf Outlook voor Android
            """
        ),
    },
    {
        "id": "d124-028",
        "kind": "unsubscribe",
        "sender": "Ilse Hoogendoorn-Bos <i.hoogendoorn@alblaskant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geacht secretariaat,

            Mijn managementondersteuning heeft mij met de beste bedoelingen opgegeven, maar ik zit al in meer
            netwerken dan me lief is en wil hier niet aan deelnemen. Beschouwt u de aanmelding als ingetrokken.

            Met vriendelijke groet,
            Ilse Hoogendoorn-Bos
            """
        ),
    },
    {
        "id": "d124-029",
        "kind": "other",
        "sender": "Nienke Bosgra <n.bosgra@lauwersstad.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd, dank u. Mijn adjunct-directeur, Karim El Idrissi, zou graag ook meedoen. Is het netwerk ook
            open voor adjuncten, of alleen voor de eerste directeur?

            Groet, Nienke Bosgra
            """
        ),
    },
    {
        "id": "d124-030",
        "kind": "confirm",
        "sender": "Marco Lindqvist-de Boer <m.lindqvist@werkorganisatie-waaldonk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - thanks for the quick follow-up. / Bij deze bevestigd, dank voor de snelle reactie.

            Kind regards / Met vriendelijke groet,
            Marco Lindqvist-de Boer
            Algemeen directeur, Werkorganisatie Waaldonk
            """
        ),
    },
    {
        "id": "d124-031",
        "kind": "other",
        "sender": "Gijs Hoekstra <g.hoekstra@werkorganisatie-bbr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja, het adres secretariaat.directie@werkorganisatie-bbr.nl is inderdaad van ons directiesecretariaat.
            Maar ik had hun alleen gevraagd informatie over jullie netwerk op te vragen, niet om mij meteen in te
            schrijven. Kunnen jullie mij eerst wat achtergrond sturen?

            Gijs Hoekstra
            """
        ),
    },
    {
        "id": "d124-032",
        "kind": "confirm",
        "sender": "Sietske Dijkstra <s.dijkstra@lauwersstad.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Klopt, wil graag lid worden. Was een paar dagen weg van kantoor.
            Gr. Sietske
            """
        ),
    },
    {
        "id": "d124-033",
        "kind": "autoreply",
        "sender": "Postmaster Kempenhof <noreply@kempenhof.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": f"RE: Bevestig uw aanmelding {REF}",
        "body": _(
            """
            Dit e-mailadres is sinds 1 juli niet meer in gebruik. Door de samenvoeging van de gemeenten Kempenhof
            en Veldhorst hebben alle medewerkers een nieuw adres gekregen (voornaam.achternaam@kempenveld.nl). Uw
            bericht wordt niet doorgestuurd.

            Dit is een automatisch gegenereerd bericht.
            """
        ),
    },
    {
        "id": "d124-034",
        "kind": "other",
        "sender": "Wim Roelofsen <wim.roelofsen@veldhorst-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja, als de ateliers niet op vrijdag vallen. Vrijdag is bij ons de vaste dag voor het bestuurlijk
            overleg. Hoe zit dat, zijn de ateliers altijd op een vaste weekdag?

            Wim
            """
        ),
    },
    {
        "id": "d124-035",
        "kind": "confirm",
        "sender": "Lieke Hamersma <l.hamersma@alblaskant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Referentie AF-7K3Q9-XM2PA-4RTZ8: hierbij bevestig ik mijn aanmelding.

            L. (Lieke) Hamersma
            Directeur Sociaal Domein en Bedrijfsvoering, Werkorganisatie Alblaskant
            """
        ),
    },
    {
        "id": "d124-036",
        "kind": "unsubscribe",
        "sender": "Frank Beumer <f.beumer@maasheuvel-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee, dank u. Wij nemen al deel aan de regionale directeurenkring en ik houd het liever bij een netwerk.
            U hoeft mij niet verder te herinneren.

            F. Beumer
            """
        ),
    },
    {
        "id": "d124-037",
        "kind": "other",
        "sender": "Erik Zandbergen <e.zandbergen@gr-vechtplassen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Voordat ik iets bevestig: via welk kanaal is mijn adres bij u terechtgekomen? In uw mail staat een
            afzender van een werkorganisatie waar ik nooit heb gewerkt.

            M.vr.gr.
            Erik Zandbergen
            """
        ),
    },
    {
        "id": "d124-038",
        "kind": "confirm",
        "sender": "Paulien Groot Wassink <p.grootwassink@dinkelmark.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja hoor, doe maar. Mooi dat het kosteloos is, dat scheelt weer een inkooptraject ;-)

            Groet,
            Paulien
            """
        ),
    },
    {
        "id": "d124-039",
        "kind": "other",
        "sender": "Mette Sorensen <m.sorensen@gr-rijnmonde.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Happy to join, although I should mention my Dutch is still a work in progress (I moved here from
            Aarhus last year). Would it be possible to receive the invitations and documents in English as well?
            If not, I'll manage, but I'd like to know before I confirm.

            Best regards,
            Mette Sorensen
            """
        ),
    },
    {
        "id": "d124-040",
        "kind": "confirm",
        "sender": "G.J. Oldenkamp <gj.oldenkamp@gr-vechtplassen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Hierbij bevestigd.

            met vriendelijke groet,
            G.J. Oldenkamp
            algemeen directeur GR Vechtplassen-Oost
            """
        ),
    },
    {
        "id": "d124-041",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "H.P. Wolthuis <hp.wolthuis@bommelerhof.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geacht secretariaat,

            Ik heb mij niet voor uw netwerk aangemeld. Ik verzoek u op grond van artikel 17 AVG alle
            persoonsgegevens die u naar aanleiding van deze aanmelding over mij hebt vastgelegd te wissen, en mij
            te laten weten wanneer dat is gebeurd.

            Met vriendelijke groet,
            mr. drs. H.P. Wolthuis
            """
        ),
    },
    {
        "id": "d124-042",
        "kind": "other",
        "sender": "Esther Mulder <e.mulder@werkorganisatie-alblaskant.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik beheer tijdelijk de mail van de heer Schut. Hij is langdurig afwezig en het is onzeker wanneer hij
            terugkomt. Ik kan niet voor hem beslissen of hij lid wil worden. Zou u het over een paar maanden nog
            eens willen proberen, of de aanmelding zo lang willen aanhouden?

            Vriendelijke groet,
            Esther Mulder
            bestuursondersteuning
            """
        ),
    },
    {
        "id": "d124-043",
        "kind": "confirm",
        "sender": "Hannie Visscher <hannie.visscher@geulvliet.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Akkoord, ik bevestig mijn aanmelding voor het netwerk.
            Hannie Visscher
            """
        ),
    },
    {
        "id": "d124-044",
        "kind": "other",
        "sender": "Roel Tichelaar <r.tichelaar@heuvelrand-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Volgens mij ben ik al jaren lid; ik zat vorig voorjaar nog aan tafel bij het atelier over
            informatieveiligheid. Waarom moet ik me nu opnieuw aanmelden? Staat er iets niet goed in jullie lijst?

            Roel Tichelaar
            """
        ),
    },
    {
        "id": "d124-045",
        "kind": "confirm",
        "sender": "Ayse Demirci <a.demirci@kempenveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Top, bevestigd \N{THUMBS UP SIGN}

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d124-046",
        "kind": "other",
        "sender": "Joke van der Heijden <j.vanderheijden@maasheuvel-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, bevestigd. Wel een verzoek: mijn achternaam is Van der Heijden met 'ij'. Op het aanmeldformulier
            heeft mijn secretariaat er een 'y' van gemaakt. Kunt u dat in uw bestand aanpassen? Anders komt het in
            alle volgende mails verkeerd terug.

            Joke van der Heijden
            """
        ),
    },
    {
        "id": "d124-047",
        "kind": "unsubscribe",
        "sender": "Rob Kamphuis <r.kamphuis@werkorganisatie-lingewoud.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Niet door mij aangevraagd. Graag niet inschrijven, dank.

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d124-048",
        "kind": "other",
        "sender": "Lotte Baijens <l.baijens@peelzoom-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Waarom moet ik per se via een antwoord op deze mail bevestigen? Bij ons staat antwoorden op mails van
            onbekende afzenders onder verscherpt toezicht van informatiebeveiliging; een link naar een formulier
            zou veel prettiger zijn. Kan het ook op een andere manier?

            Lotte Baijens
            Directeur Bedrijfsvoering Peelzoom Samen
            """
        ),
    },
    {
        "id": "d124-049",
        "kind": "confirm",
        "sender": "Douwe Kingma <d.kingma@marnewerk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            ja dat ben ik, meld me maar aan
            """
        ),
    },
    {
        "id": "d124-050",
        "kind": "confirm",
        "sender": "Astrid Meulenbelt <a.meulenbelt@veldhorst-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Graag bevestig ik hierbij mijn aanmelding. Ik ken het netwerk via mijn voorganger, die er lovend over
            was.

            Met hartelijke groet,
            Astrid Meulenbelt
            """
        ),
    },
    {
        "id": "d124-051",
        "kind": "autoreply",
        "sender": "Klantcontactcentrum Lauwersstad <kcc@lauwersstad.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": f"[Z-2026-118734] Ontvangstbevestiging: Bevestig uw aanmelding {REF}",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "body": _(
            """
            Uw e-mail is ontvangen door het Klantcontactcentrum van Werkorganisatie Lauwersstad en geregistreerd
            onder zaaknummer Z-2026-118734. Wij streven ernaar uw bericht binnen vijf werkdagen te beantwoorden.

            Reageer niet op deze e-mail; deze mailbox wordt niet gelezen.
            """
        ),
    },
    {
        "id": "d124-052",
        "kind": "unsubscribe",
        "sender": "Jeroen Smallenbroek <j.smallenbroek@eemsloo.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Dag Stan, Melanie,

            Bij nader inzien zie ik af van het lidmaatschap. Mijn burgemeester raadde het me aan, maar midden in de
            reorganisatie heb ik er simpelweg geen ruimte voor. Misschien volgend jaar.

            Jeroen
            """
        ),
    },
    {
        "id": "d124-053",
        "kind": "other",
        "sender": "Sanne Vos <s.vos@bommelerhof.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Ik ben de managementassistent van mevrouw Dekker. Zij heeft mij gevraagd namens haar te laten weten dat
            zij graag lid wordt. Kunnen de uitnodigingen voortaan ook in cc naar mij, zodat ik haar agenda kan
            bijhouden?

            Met vriendelijke groet,
            Sanne Vos
            """
        ),
    },
    {
        "id": "d124-054",
        "kind": "confirm",
        "sender": "Kees Harmsen <k.harmsen@werkorganisatie-waaldonk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Prima, hierbij bevestigd. Fijn dat dit nu eindelijk van de grond komt.

            Kees Harmsen
            """
        ),
    },
    {
        "id": "d124-055",
        "kind": "other",
        "sender": "Tjitske Hoekema <t.hoekema@lauwersstad.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bevestigd. Zijn de ateliers altijd in het midden van het land, of ook weleens in het noorden? Vanuit
            Lauwersstad is het een flinke reis, dus dat weeg ik wel mee.

            Tjitske
            """
        ),
    },
    {
        "id": "d124-056",
        "kind": "unsubscribe",
        "sender": "Olivia Brandsma <o.brandsma@gr-rijnmonde.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Please cancel my registration. I filled in the form on behalf of our organisation, but we've decided
            that our new director will join herself once she starts in January.

            Kind regards,
            Olivia Brandsma
            """
        ),
    },
    {
        "id": "d124-057",
        "kind": "confirm",
        "sender": "Michiel Tromp <m.tromp@alblaskant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Klopt, de aanmelding komt van mij. Bedankt voor het snelle bericht!

            Michiel
            """
        ),
    },
    {
        "id": "d124-058",
        "kind": "other",
        "sender": "Peter Lankhorst <p.lankhorst@gr-ictbelastingen-veldhorst.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Is dit netwerk ook bedoeld voor een GR die alleen de ICT en de belastingen voor drie gemeenten doet?
            Wij zijn geen volledige ambtelijke fusie. Als dat geen bezwaar is, bevestig ik graag.

            Peter Lankhorst
            directeur GR ICT & Belastingen
            """
        ),
    },
    {
        "id": "d124-059",
        "kind": "confirm",
        "sender": "Naomi Achterberg <n.achterberg@heuvelrand-werkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Yes please, confirming my membership.

            Sent from my Galaxy
            """
        ),
    },
    {
        "id": "d124-060",
        "kind": "unsubscribe",
        "sender": "Arjen Bultsma <a.bultsma@marnewerk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Afmelden graag. Deze aanmelding is door een stagiair zonder mijn medeweten gedaan.

            A. Bultsma
            """
        ),
    },
    {
        "id": "d124-061",
        "kind": "other",
        "sender": "Irene Koopmans <i.koopmans@maasheuvel-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de herinnering. Wij hebben een duo-directie en ik wil dit eerst met mijn collega-directeur
            afstemmen; mogelijk gaat zij namens ons deelnemen in plaats van ik. Ik laat het u voor 13 december
            weten.

            Irene Koopmans
            """
        ),
    },
    {
        "id": "d124-062",
        "kind": "confirm",
        "sender": "A.W. Noordegraaf <aw.noordegraaf@ao-dijkerveld-oostmarle.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Hierbij bevestig ik dat ik mij heb aangemeld voor het Netwerk en dat dit e-mailadres het mijne is.

            Hoogachtend,

            A.W. Noordegraaf
            directeur Ambtelijke organisatie Dijkerveld-Oostmarle
            """
        ),
    },
    {
        "id": "d124-063",
        "kind": "other",
        "sender": "Bas Ravenstein <b.ravenstein@geulvliet.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja, bevestigd. Voor de zekerheid: kan ik me later gewoon weer afmelden als het me te veel wordt, of zit
            ik dan ergens aan vast voor een bepaalde periode?

            Bas
            """
        ),
    },
    {
        "id": "d124-064",
        "kind": "autoreply",
        "sender": "Linda Peeters <l.peeters@kempenveld.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": f"Afwezigheidsbericht: Bevestig uw aanmelding {REF}",
        "body": _(
            """
            Ik ben met verlof tot en met woensdag 6 januari. Uw mail wordt niet doorgestuurd. Voor zaken die niet
            kunnen wachten: bel 088 - 310 40 00 en vraag naar de dienstdoende directeur.
            """
        ),
    },
    {
        "id": "d124-065",
        "kind": "unsubscribe",
        "sender": "Hugo Verbeek <h.verbeek@veldhorst-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb hiervoor geen aanmelding gedaan. Wellicht heeft iemand zich in een adres vergist. Hoe dan ook:
            niet inschrijven alstublieft.

            Hugo Verbeek
            """
        ),
    },
    {
        "id": "d124-066",
        "kind": "confirm",
        "sender": "Gerdien Wassenaar <g.wassenaar@werkorganisatie-lingewoud.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Jazeker wil ik lid worden. Sorry voor de trage reactie, de begrotingsweken slokken alles op.

            Gerdien Wassenaar
            """
        ),
    },
    {
        "id": "d124-067",
        "kind": "other",
        "sender": "Maarten Hofstede <m.hofstede@werkorganisatie-waaldonk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd. Ik heb via hetzelfde formulier ook mijn twee collega-directeuren opgegeven, Ahmed Yilmaz en
            Carla Post. Krijgen zij ook zo'n mail, of moet ik dat voor hen regelen?

            Maarten Hofstede
            """
        ),
    },
    {
        "id": "d124-068",
        "kind": "other",
        "sender": "Corine Lammers <c.lammers@dinkelmark.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Voordat ik bevestig wil ik graag weten welke gegevens u van mij vastlegt, wie daar toegang toe heeft en
            hoe lang u ze bewaart. Is er een privacyverklaring die ik kan inzien?

            Met vriendelijke groet,
            Corine Lammers
            functionaris gegevensbescherming a.i. en directeur Bedrijfsvoering
            """
        ),
    },
    {
        "id": "d124-069",
        "kind": "confirm",
        "sender": "R. Hazenberg <r.hazenberg@bommelerhof.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            OK, is goed. Bevestigd.

            R. Hazenberg
            """
        ),
    },
    {
        "id": "d124-070",
        "kind": "unsubscribe",
        "sender": "Dirkjan Oudshoorn <d.oudshoorn@gr-vechtplassen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Mijn aanmelding graag laten vervallen. Ik heb me vorige maand opgegeven, maar inmiddels hebben de
            raden besloten dat onze werkorganisatie per 2027 wordt ontvlochten. Dan ben ik geen directeur van een
            fusieorganisatie meer.

            Dirkjan Oudshoorn
            """
        ),
    },
    {
        "id": "d124-071",
        "kind": "other",
        "sender": "Marianne Kuiper <m.kuiper@peelzoom-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik bevestig. Wel vast ter informatie: per 1 mei draag ik het stokje over aan een opvolger van wie
            de naam nog niet bekend is; tot die tijd blijf ik graag lid. Hoe gaat het dan straks met het
            lidmaatschap, gaat dat vanzelf over?

            Marianne Kuiper
            """
        ),
    },
    {
        "id": "d124-072",
        "kind": "confirm",
        "sender": "Douwe Feenstra <d.feenstra@lauwersstad.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan, ja hoor, bevestigd. Leuk je via deze weg weer tegen te komen na onze tijd bij de provincie.
            De groeten aan Melanie!

            Douwe
            """
        ),
    },
    {
        "id": "d124-073",
        "kind": "other",
        "sender": "Eva Steenbergen <e.steenbergen@alblaskant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            ??

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d124-074",
        "kind": "unsubscribe",
        "sender": "Youssef Amrani <y.amrani@werkorganisatie-lingewoud.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee hoor. Ik zit hier nog geen maand en wil eerst mijn eigen organisatie leren kennen voordat ik me bij
            netwerken aansluit.

            Youssef Amrani
            """
        ),
    },
    {
        "id": "d124-075",
        "kind": "confirm",
        "sender": "Petra Wolters <p.wolters@veldhorst-oost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd, graag.

            Met vriendelijke groet,
            Petra Wolters
            Gemeentesecretaris-directeur Werkorganisatie Veldhorst-Oost

            --
            Deze e-mail kan vertrouwelijke informatie bevatten. Bent u niet de beoogde ontvanger, verwijder het
            bericht dan en meld dit aan de afzender. Op deze e-mail is de disclaimer van toepassing:
            www.veldhorst-oost.nl/disclaimer
            Please consider the environment before printing this e-mail.
            """
        ),
    },
    {
        "id": "d124-076",
        "kind": "other",
        "sender": "Ria Bolhuis <r.bolhuis@eemsloo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Goedemiddag, mijn collega-directeur Frans Geerdink zit deze weken op een leergang en heeft me gevraagd
            zijn mail in de gaten te houden. Hij wil zeker lid worden, dus bij dezen namens hem: ja.

            Ria Bolhuis
            """
        ),
    },
    {
        "id": "d124-077",
        "kind": "confirm",
        "sender": "Karin Hulshof <k.hulshof@heuvelrand-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bevestigd. Ik heb me aangemeld na het stuk in Binnenlands Bestuur over jullie ateliers; mooi
            initiatief.

            Karin Hulshof
            """
        ),
    },
    {
        "id": "d124-078",
        "kind": "other",
        "sender": "Stefan Dekkers <s.dekkers@maasheuvel-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik reageer pas nu; ik lees dat de referentie tot 13 december geldig was en die datum is inmiddels
            voorbij. Kan ik nog lid worden met dit antwoord, of moet ik me opnieuw aanmelden?

            Stefan Dekkers
            """
        ),
    },
    {
        "id": "d124-079",
        "kind": "unsubscribe",
        "sender": "Wendy Kroon <w.kroon@geulvliet.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik heb bewust niet bevestigd: ik wil geen lid worden. Verdere herinneringen zijn niet nodig.

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "d124-080",
        "kind": "confirm",
        "sender": "Koos Timmerman <k.timmerman@ao-dijkerveld-oostmarle.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Bij dezen: ik bevestig. Dit adres is correct en mag voor alle berichten van het netwerk worden
            gebruikt.

            K. Timmerman
            """
        ),
    },
    {
        "id": "d124-081",
        "kind": "other",
        "sender": "Receptie Werkorganisatie Bommelerhof <info@bommelerhof.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Deze mail kwam binnen in onze algemene inbox. Ik ben van de receptie, niet de directeur. Zal ik hem
            doorsturen naar onze directeur, mevrouw Lamberts, of kunt u hem beter zelf naar haar sturen?

            Met vriendelijke groet,
            Noor, receptie
            """
        ),
    },
    {
        "id": "d124-082",
        "kind": "confirm",
        "sender": "Marit Holwerda <m.holwerda@marnewerk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            I confirm.
            Marit

            Get Outlook for iOS
            """
        ),
    },
    {
        "id": "d124-083",
        "kind": "other",
        "sender": "Johannes Brink <j.brink@gr-vechtplassen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja, maar dan liever met mijn privéadres, johannesbrink@ziggomail.example. In maart wissel ik van baan
            (blijf wel in het fusiedomein) en ik wil het netwerk blijven volgen zonder gedoe met adressen.

            Johannes Brink
            """
        ),
    },
    {
        "id": "d124-084",
        "kind": "confirm",
        "sender": "Ellen Vreugdenhil <e.vreugdenhil@werkorganisatie-waaldonk.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": ".",
    },
    {
        "id": "d124-085",
        "kind": "unsubscribe",
        "sender": "Sander Wijnberg <s.wijnberg@ingenieursbureau-deltaplan.example>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Deze aanmelding klopt niet. Ik ben per 1 oktober vertrokken bij Werkorganisatie Kempenveld en werk nu
            bij een ingenieursbureau; ik hoor niet in dit netwerk thuis. Graag geen lidmaatschap.

            Sander Wijnberg
            """
        ),
    },
    {
        "id": "d124-086",
        "kind": "other",
        "sender": "Gertjan Bloemendaal <g.bloemendaal@alblaskant.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik snap niet waarom ik nog iets moet bevestigen als ik het formulier zelf heb ingevuld. Is dit wel een
            echte mail van jullie, of is het phishing? Onze IT waarschuwt juist voor dit soort berichten met een
            referentiecode.

            G. Bloemendaal
            """
        ),
    },
    {
        "id": "d124-087",
        "kind": "confirm",
        "sender": "Monique Rutgers <m.rutgers@peelzoom-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja, bevestig mijn aanmelding. Per 1 januari word ik ook voorzitter van onze regionale kring van
            gemeentesecretarissen, dus wellicht zien we elkaar vaker.

            Monique Rutgers
            """
        ),
    },
    {
        "id": "d124-088",
        "kind": "confirm",
        "sender": "Thijs van Leeuwen <t.vanleeuwen@kempenveld.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Bevestigd vanaf het perron, trein heeft weer eens vertraging. Tot ziens bij een atelier!

            Thijs
            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d124-089",
        "kind": "other",
        "sender": "Lisanne Evers <l.evers@heuvelrand-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik heb toch iets getypt :-) Maar serieus: ik bevestig pas als ik weet of mijn naam op een ledenlijst
            komt die met de andere deelnemers wordt gedeeld. Hoe gaat u daarmee om?

            Lisanne Evers
            """
        ),
    },
    {
        "id": "d124-090",
        "kind": "confirm",
        "sender": "Roelof Scholtens <r.scholtens@geulvliet.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Gezien, en ja: graag lid. Was vergeten op de eerste mail te antwoorden.

            Roelof
            """
        ),
    },
]
# fmt: on
