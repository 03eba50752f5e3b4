"""heldout41: a year of the mailbox, written by directors of werkorganisaties and GR's in Zeeland and Zuid-Holland.

Invented shared civil-service organisations on the islands, in Zeeuws-Vlaanderen and along the rivers of Zuid-Holland
(Kreekrug, Walcherse Poort, Zwinland, Bevelanden Samen, Tholenwaard, Merwestroom, Drechtoevers, Gouwe-Zuid,
Kagerland, Maasmondkust, Duinvlakte, Lekdijk-West, ...) write to the mailbox through one year: sign-ups and
confirmations, answers to the welcome, topics under the call for themes and the follow-up, answers to the invitation,
the waiting list, the change and the cancellation, substitutes, the reminder, leaving and hand-overs, AVG requests,
address changes, automatic mail and bounces. Writers range from stiff gemeentesecretarissen to chatty phone mails,
an English interim director and a British-Indian one, and management assistants writing for their director. About a
third are look-alikes or mixed intents.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; a later mail carries the latest answer (a calendar decline followed by a
  yes under the change mail is a yes);
- a topic proposed under any of our mails is a suggestion, also when it comes with a yes or no, and its themes are
  those of the topic, not of the situation told before it; a topic spanning two themes gets both;
- a wish about the form of the atelier, backing another member's topic and asking whether one may present are other;
- leaving and declining in one mail is unsubscribe; declining the atelier while staying a member, or with a substitute,
  is rsvp False; a substitute answering the substitute invitation is an rsvp;
- a hand-over with the successor's address, or leaving with a successor named but no address yet, is unsubscribe; a
  hand-over for a later date while staying a member until then is other; a colleague or assistant reporting that
  someone left is other; an address change is other;
- an AVG erasure is unsubscribe with erase; a request to see one's data is other;
- signing up one named colleague with the address is subscribe, several people or no address is other; "lid blijven"
  under the goodbye is subscribe;
- a plain denial under the confirmation mails is unsubscribe, a denial asking where we got the address is other; an
  empty reply or a signature alone under the confirmation is confirm, an assistant confirming for the director is other,
  a confirmation with a real question beside it is other;
- a yes on a condition, an assistant's new mail about the director's attendance and a "nee" that only answers the
  guest question are other; an assistant answering in reply to the invitation is an rsvp;
- out-of-office, read receipts, ticket systems and "address no longer in use" are autoreply with the thread of the
  mail they answer; delivery failures are bounce without thread; replies to the follow-up use thread followup.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


UITNODIGING = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
HERINNERING = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- sign-ups -------------------------------------------------------------------------------------------------
    {
        "id": "h41-001",
        "kind": "subscribe",
        "sender": "drs. A.J. Louwerse <aj.louwerse@kreekrug.nl>",
        "quote": "none",
        "subject": "Aanmelding Netwerk directeuren ambtelijke fusieorganisaties",
        "body": _(
            """
            Geachte heer, mevrouw,

            Sinds 1 januari jl. ben ik benoemd tot algemeen directeur van Werkorganisatie Kreekrug, de ambtelijke
            organisatie van de gemeenten Kapelsluis en Westkreek. Mijn voorganger wees mij op uw netwerk. Graag meld
            ik mij hierbij aan als lid.

            Hoogachtend,

            drs. A.J. Louwerse
            algemeen directeur Werkorganisatie Kreekrug
            T 0113 - 48 20 00
            """
        ),
    },
    {
        "id": "h41-002",
        "kind": "subscribe",
        "sender": "Nadia el Amrani <n.elamrani@merwestroom.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Hoi, wil me graag aanmelden voor jullie netwerk. Ben sinds de zomer directeur bedrijfsvoering bij
            Merwestroom, collega Tjerk zei dat het echt de moeite waard is 👍
            Nadia

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h41-003",
        "kind": "subscribe",
        "sender": "Colin Whitaker <c.whitaker@drechtoevers.nl>",
        "quote": "none",
        "subject": "Membership request",
        "body": _(
            """
            Dear secretariat,

            I recently started as interim director of Servicecentrum Drechtoevers (I'm British and my Dutch is still
            a work in progress, so apologies for writing in English). I would like to join the network of directors -
            please add me to the membership list under this address.

            Kind regards,
            Colin Whitaker
            Interim Director | Servicecentrum Drechtoevers
            """
        ),
    },
    {
        "id": "h41-004",
        "kind": "subscribe",
        "sender": "Secretariaat directie GR Bevelanden Samen <secretariaatdirectie@bevelandensamen.nl>",
        "quote": "none",
        "subject": "Aanmelding dhr. Koppejan",
        "body": _(
            """
            Goedemiddag,

            Op verzoek van onze nieuwe gemeentesecretaris-directeur, de heer Maarten Koppejan, meld ik hem aan voor
            het netwerk. Zijn e-mailadres is m.koppejan@bevelandensamen.nl. Wilt u de berichten rechtstreeks naar
            hem sturen en niet naar deze functionele mailbox?

            Met vriendelijke groet,
            Inge Sinke
            managementassistent directie
            GR Bevelanden Samen
            """
        ),
    },
    {
        "id": "h41-005",
        "kind": "subscribe",
        "sender": "Lotte Vogelaar <l.vogelaar@tholenwaard.nl>",
        "quote": "none",
        "subject": "Nieuw lid voor jullie netwerk",
        "body": _(
            """
            Dag Stan,

            Leuk je vorige week gesproken te hebben in Goes. Zoals beloofd: mijn collega-directeur Bas Oudijk wil
            ook graag aansluiten, hij doet bij ons de portefeuille publieksdienstverlening en informatievoorziening.
            Zijn adres: b.oudijk@tholenwaard.nl. Ik heb hem al gewaarschuwd dat er een bevestigingsmail komt.

            Groet, Lotte
            """
        ),
    },
    # --- confirmations --------------------------------------------------------------------------------------------
    {
        "id": "h41-006",
        "kind": "confirm",
        "sender": "drs. A.J. Louwerse <aj.louwerse@kreekrug.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "h41-007",
        "kind": "confirm",
        "sender": "Colin Whitaker <c.whitaker@drechtoevers.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Colin Whitaker
            Interim Director | Servicecentrum Drechtoevers
            Spuiweg 14, Nieuw-Merwede
            +31 78 612 44 90

            This e-mail and any attachments are confidential and intended solely for the addressee. If you have
            received it in error, please notify the sender and delete it.
            """
        ),
    },
    {
        "id": "h41-008",
        "kind": "confirm",
        "sender": "Maarten Koppejan <m.koppejan@bevelandensamen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h41-009",
        "kind": "confirm",
        "sender": "Nadia el Amrani <n.elamrani@merwestroom.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Sorry, jullie eerste mail zat in de quarantainemap van onze spamfilter. Bij deze dus alsnog ✔
            Nadia
            """
        ),
    },
    {
        "id": "h41-010",
        "kind": "confirm",
        "sender": "Bas Oudijk <b.oudijk@tholenwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Klopt, dat ben ik - Lotte had me al voorbereid op deze mail.

            Bas
            """
        ),
    },
    {
        "id": "h41-011",
        "kind": "confirm",
        "sender": "Priya Raghunathan <p.raghunathan@kagerland-wo.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, I did sign up myself - happy to confirm. Sorry for the slow reply, I was on leave for two weeks.

            Priya Raghunathan
            Directeur Bedrijfsvoering, Werkorganisatie Kagerland
            """
        ),
    },
    {
        "id": "h41-012",
        "kind": "other",
        "sender": "Wendy Marijs <w.marijs@sloekust.nl>",
        "quoted": "bevestiging_aanmelding",
        "quote": "doorgestuurd",
        "subject": "FW: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Goedemorgen,

            Ik beheer de mailbox van mevrouw Dieleman. Zij heeft onderstaand bericht ontvangen en laat weten dat de
            aanmelding klopt; ze wil graag lid worden. Kunt u het hiermee verwerken?

            Vriendelijke groet,
            Wendy Marijs
            bestuurssecretariaat Werkorganisatie Sloekust
            """
        ),
    },
    {
        "id": "h41-013",
        "kind": "unsubscribe",
        "sender": "Jos Kodde <j.kodde@grveenweidezuid.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ik heb mij voor geen enkel netwerk opgegeven. Wie heeft mijn naam hiervoor doorgegeven?

            J. Kodde
            """
        ),
    },
    {
        "id": "h41-014",
        "kind": "other",
        "sender": "mr. E. van Strien <e.vanstrien@alblasdelta.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Geacht secretariaat,

            Dit is al de tweede mail over een aanmelding die ik niet heb gedaan. Ik wil graag weten hoe u aan mijn
            e-mailadres bent gekomen en van wie de aanmelding afkomstig is.

            Met vriendelijke groet,
            mr. E. van Strien
            directeur Werkorganisatie Alblasdelta
            """
        ),
    },
    {
        "id": "h41-015",
        "kind": "other",
        "sender": "Hein Geschiere <h.geschiere@zwinland-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij dezen bevestig ik mijn aanmelding.

            Wel een vraag ernaast: wij zijn een werkorganisatie in oprichting - de gemeenschappelijke regeling gaat
            pas per 1 januari 2028 formeel in. Kan ik nu al volwaardig lid zijn, of is het netwerk alleen bedoeld
            voor bestaande fusieorganisaties?

            Hein Geschiere
            kwartiermaker-directeur Zwinland
            """
        ),
    },
    {
        "id": "h41-016",
        "kind": "unsubscribe",
        "sender": "Rob Tjon-A-Fong <r.tjonafong@vlietsmonde.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dit moet een vergissing zijn: ik ben geen directeur maar teamleider Burgerzaken, en ik heb me nergens
            aangemeld.

            R. Tjon-A-Fong
            """
        ),
    },
    # --- answers to the welcome -----------------------------------------------------------------------------------
    {
        "id": "h41-017",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "drs. A.J. Louwerse <aj.louwerse@kreekrug.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het warme welkom. Een onderwerp dat bij mij bovenaan staat: hoe houd je een werkorganisatie op
            koers als twee nieuwe colleges elk hun eigen bestuurlijke prioriteiten meebrengen? Ik hoor graag hoe
            collega's hun meerjarenkoers daarop afstemmen.

            Arjen Louwerse
            """
        ),
    },
    {
        "id": "h41-018",
        "kind": "other",
        "sender": "Dorien Bosschaart <d.bosschaart@walchersepoort.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hartelijk dank! Wij hebben bij de Walcherse Poort het afgelopen jaar een nieuwe dienstverleningsvisie
            met inwonerpanels opgezet. Zou ik die op een van de ateliers mogen toelichten, of is het format daar
            niet voor bedoeld?

            Dorien
            """
        ),
    },
    {
        "id": "h41-019",
        "kind": "other",
        "sender": "Nadia el Amrani <n.elamrani@merwestroom.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Top, ik ben binnen! Mijn twee mede-directeuren (Ruud Blonk en Sevda Yilmaz) willen ook graag lid worden,
            en misschien onze concerncontroller ook. Moeten ze zich allemaal zelf aanmelden of kan ik dat voor ze
            regelen?
            """
        ),
    },
    {
        "id": "h41-020",
        "kind": "autoreply",
        "sender": "Klantcontact Haringvliet-Oost <post@hvoost.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Uw bericht is ontvangen [zaaknummer Z-2027-004512]",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte afzender,

            Wij hebben uw bericht in goede orde ontvangen en geregistreerd onder zaaknummer Z-2027-004512. U
            ontvangt binnen vijf werkdagen een inhoudelijke reactie. Vermeld bij verdere correspondentie altijd het
            zaaknummer.

            Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.

            Werkorganisatie Haringvliet-Oost
            """
        ),
    },
    # --- the call for themes --------------------------------------------------------------------------------------
    {
        "id": "h41-021",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marloes Jobse <m.jobse@oesterdam-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag Melanie,

            Voor het maart-atelier draag ik graag één onderwerp aan: strategische personeelsplanning. Wij krijgen
            vacatures voor vergunningverleners en juristen nauwelijks meer vervuld en ik ben benieuwd hoe andere
            fusieorganisaties hun formatie en werving inrichten.

            Met vriendelijke groet,
            Marloes Jobse
            directeur bedrijfsvoering Werkorganisatie Oesterdam
            """
        ),
    },
    {
        "id": "h41-022",
        "kind": "suggestion",
        "themes": ["samenwerking", "strategie"],
        "sender": "Kees Wisse <k.wisse@aosnr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi Stan & Melanie,

            Twee dingen die bij ons spelen:
            - wat doe je als een van de deelnemende gemeenten hardop twijfelt over uittreden uit de GR (bij ons dus 😬)
            - een visie op de werkorganisatie voor de komende tien jaar: blijven we een uitvoeringsclub of
              worden we meer?

            Groet, Kees
            """
        ),
    },
    {
        "id": "h41-023",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Colin Whitaker <c.whitaker@drechtoevers.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            One topic from me: benchmarking the quality of the services we deliver to residents. We have started
            tracking response times and satisfaction at our contact centre, and I'd love to compare notes on which
            indicators actually tell you something.

            Best,
            Colin
            """
        ),
    },
    {
        "id": "h41-024",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Jan-Willem Boone <jw.boone@zen-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Thema strategie: wat is nog het eindbeeld van een ambtelijke fusie als twee van onze drie raden over een
            bestuurlijke herindeling beginnen? Fusie als tussenstation of als eindstation?

            Verzonden vanaf mijn Samsung Galaxy-smartphone.
            """
        ),
    },
    {
        "id": "h41-025",
        "kind": "suggestion",
        "themes": ["strategie", "organisatie"],
        "sender": "R.M. Nieuwenhuize <r.nieuwenhuize@kagerland-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Geacht secretariaat,

            Mijn reactie staat hieronder bij de thema's.

            > - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;
            De rol van de directie bij het prioriteren van bestuurlijke ambities wanneer de middelen achterblijven.

            > - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering,
            Hybride werken en de gevolgen daarvan voor onze huisvesting in drie gemeentehuizen.

            Hoogachtend,
            R.M. Nieuwenhuize
            gemeentesecretaris-directeur Werkorganisatie Kagerland
            """
        ),
    },
    {
        "id": "h41-026",
        "kind": "other",
        "sender": "Gert-Jan Verhage <gj.verhage@tholenwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geen inhoudelijk thema van mijn kant, wel een wens over de opzet: zou het atelier eens in het zuidwesten
            kunnen plaatsvinden, bijvoorbeeld in Goes of Middelburg? Voor ons is Utrecht op donderdagmiddag een halve
            dag reizen. Een ochtendsessie zou ook al schelen.

            Gert-Jan Verhage
            """
        ),
    },
    {
        "id": "h41-027",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Fatma Yilmaz <f.yilmaz@gouwezuid.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: " + OPROEP,
        "body": _(
            """
            Goedemorgen,

            De heer De Kok is deze week op werkbezoek en vroeg mij zijn onderwerp aan u door te geven:

            Het sturingsconcept na drie jaar fusie: van afdelingen naar opgavegerichte teams, en wat dat vraagt van
            het middenmanagement.

            Met vriendelijke groet,
            Fatma Yilmaz
            directiesecretaresse Werkorganisatie Gouwe-Zuid
            """
        ),
    },
    {
        "id": "h41-028",
        "kind": "autoreply",
        "sender": "Stolk, Pieter <p.stolk@lekdijkwest.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Gelezen: " + OPROEP,
        "body": _(
            """
            Uw bericht

              Aan: Stolk, Pieter
              Onderwerp: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]
              Verzonden: maandag 4 januari 2027 09:02:11 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op maandag 4 januari 2027 10:47:36 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    {
        "id": "h41-029",
        "kind": "autoreply",
        "sender": "Priya Raghunathan <p.raghunathan@kagerland-wo.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatic reply: " + OPROEP,
        "body": _(
            """
            Thank you for your email. I am out of the office until 18 January with limited access to email. For
            urgent matters please contact the management office of Werkorganisatie Kagerland on 071 - 301 88 00.
            """
        ),
    },
    {
        "id": "h41-030",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Henk de Pagter <h.depagter@zwinland-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "groupwise",
        "body": _(
            """
            Nog één toevoeging aan mijn lijstje: een digitaal ondernemersloket, zodat een ondernemer niet drie keer
            hetzelfde formulier hoeft in te vullen voor een terrasvergunning. Benieuwd of iemand dat al draait.

            H. de Pagter
            """
        ),
    },
    {
        "id": "h41-031",
        "kind": "unsubscribe",
        "sender": "Teun Rijnberg <t.rijnberg@merwestroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Mij graag afmelden, ik stop eind deze maand bij Merwestroom en ga buiten de overheid aan de slag. Dank
            voor alles!
            Teun

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    # --- the invitation -------------------------------------------------------------------------------------------
    {
        "id": "h41-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Jobse <m.jobse@oesterdam-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ja, ik kom - samen met onze concerncontroller Hidde Sinke, dus met z'n tweeën.

            Groet,
            Marloes
            """
        ),
    },
    {
        "id": "h41-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Kees Wisse <k.wisse@aosnr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Yes, zet me er maar op! Ben benieuwd naar dat couleur locale-verhaal, dat is bij ons dagelijkse kost.
            K.
            """
        ),
    },
    {
        "id": "h41-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hein Geschiere <h.geschiere@zwinland-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas, 11 maart heb ik de raadsvergadering in Westkreek. Volgende keer hoop ik erbij te zijn.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h41-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Colin Whitaker <c.whitaker@drechtoevers.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Accepted: " + UITNODIGING,
        "body": _(
            """
            Looking forward to it, thanks.
            """
        ),
    },
    {
        "id": "h41-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sjaak Janse <s.janse@maasmondkust.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geweigerd: " + UITNODIGING,
        "body": _(
            """
            Dubbel geboekt met het algemeen bestuur van de GR, sorry.
            """
        ),
    },
    {
        "id": "h41-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bestuurssecretariaat Sloekust <directiesecretariaat@sloekust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens mevrouw Dieleman bevestig ik dat zij op 11 maart aanwezig zal zijn. Zij komt zonder gast.

            Met vriendelijke groet,
            Wendy Marijs
            bestuurssecretariaat Werkorganisatie Sloekust
            """
        ),
    },
    {
        "id": "h41-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jan-Willem Boone <jw.boone@zen-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kan zelf helaas niet (MT-heidag), maar onze directeur Publiekszaken Mirjam van Hoeve gaat in mijn
            plaats: m.vanhoeve@zen-werkt.nl.
            Jan-Willem
            """
        ),
    },
    {
        "id": "h41-039",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gert-Jan Verhage <gj.verhage@tholenwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Beste Melanie,

            Die donderdag zit ik in Brussel voor het Interreg-overleg. Mijn adjunct Joris Bakkenes komt in mijn
            plaats; zijn mailadres stuur ik morgen na, ik heb het hier onderweg niet bij de hand.

            Gert-Jan
            """
        ),
    },
    {
        "id": "h41-040",
        "kind": "unsubscribe",
        "sender": "Pieter Stolk <p.stolk@lekdijkwest.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste secretariaat,

            Ik kom niet naar het atelier, en ik wil me meteen ook helemaal afmelden voor het netwerk. De GR
            Lekdijk-West wordt per 1 juli ontvlochten en mijn functie verdwijnt; het heeft voor mij geen zin meer.

            Met groet,
            Pieter Stolk
            """
        ),
    },
    {
        "id": "h41-041",
        "kind": "other",
        "sender": "Dorien Bosschaart <d.bosschaart@walchersepoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ik kom graag, op voorwaarde dat ik mijn strategisch adviseur mag meenemen - zij is geen directeur maar
            trekt bij ons dit dossier. Kan dat, of is het atelier echt alleen voor directeuren? Dan hoor ik het graag
            voordat ik haar agenda laat blokkeren.

            Dorien Bosschaart
            """
        ),
    },
    {
        "id": "h41-042",
        "kind": "other",
        "sender": "Annelies Oosterling <a.oosterling@duinvlakte.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nee hoor, geen introducé van mijn kant. En dieetwensen heb ik ook niet, mocht u dat nog willen weten.

            A. Oosterling
            """
        ),
    },
    {
        "id": "h41-043",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Henk de Pagter <h.depagter@zwinland-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ik ben erbij.

            Voor een volgend atelier zou ik graag de positie van kleine werkorganisaties aan de landsgrens bespreken:
            hoe positioneer je je in de regio als je buren deels Vlaamse gemeenten zijn, en wie trekt dan de
            gezamenlijke grensopgaven?

            Henk
            """
        ),
    },
    {
        "id": "h41-044",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Bart van der Hooft <b.vanderhooft@vlietsmonde.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ik moet helaas verstek laten gaan. Wel een idee voor de agenda van een volgende keer: hoe organiseer je
            de financiële functie in een werkorganisatie met drie begrotingscycli, en wie is dan eigenaar van de
            financiële risico's?

            Met vriendelijke groet,
            B. van der Hooft
            """
        ),
    },
    {
        "id": "h41-045",
        "kind": "other",
        "sender": "Inge Sinke <secretariaatdirectie@bevelandensamen.nl>",
        "quote": "none",
        "subject": "Atelier 11 maart - dhr. Koppejan",
        "body": _(
            """
            Goedemorgen,

            De heer Koppejan heeft zich aangemeld voor het atelier van 11 maart, maar hij heeft die middag tot 15.00
            uur een bestuursoverleg. Hij schuift dus later aan, rond half vier. Ik wilde u dat even laten weten.

            Met vriendelijke groet,
            Inge Sinke
            managementassistent directie
            """
        ),
    },
    {
        "id": "h41-046",
        "kind": "autoreply",
        "sender": "Gerard Vink <g.vink@merwestroom.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + UITNODIGING,
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Gerard Vink is niet langer werkzaam bij Werkorganisatie
            Merwestroom en uw bericht wordt niet doorgestuurd. Voor zaken van de directie kunt u mailen naar
            directie@merwestroom.nl.
            """
        ),
    },
    {
        "id": "h41-047",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@alblasdelta.nl>",
        "quote": "none",
        "subject": "Undeliverable: " + UITNODIGING,
        "body": _(
            """
            Your message to r.bakkenes@alblasdelta.nl couldn't be delivered.

            r.bakkenes wasn't found at alblasdelta.nl.

            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    # --- waiting list, change, cancellation -----------------------------------------------------------------------
    {
        "id": "h41-048",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nadia el Amrani <n.elamrani@merwestroom.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Ah, wachtlijst. Laat dan maar zitten, er is inmiddels op die dag een inspraakavond bij ons gepland dus
            ik kan sowieso niet meer. Geef de plek gerust aan een ander 🙂
            """
        ),
    },
    {
        "id": "h41-049",
        "kind": "other",
        "sender": "Lotte Vogelaar <l.vogelaar@tholenwaard.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Jammer dat het vol is. Kan ik, als er geen plaats vrijkomt, via Teams meekijken? De link staat erbij,
            maar ik weet niet of die alleen voor de aangemelde deelnemers bedoeld is.

            Lotte
            """
        ),
    },
    {
        "id": "h41-050",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annelies Oosterling <a.oosterling@duinvlakte.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Op 18 maart zit ik met de kleinkinderen op Texel, dus deze keer moet ik helaas afhaken. Bij een volgende
            editie ben ik er graag weer bij.

            Annelies
            """
        ),
    },
    {
        "id": "h41-051",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sjaak Janse <s.janse@maasmondkust.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nu het de 18e wordt, kan ik wél - het AB valt dan niet meer samen met het atelier. Zet u mij alsnog op
            de lijst?

            S. Janse
            """
        ),
    },
    {
        "id": "h41-052",
        "kind": "other",
        "sender": "Henk de Pagter <h.depagter@zwinland-wo.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Is er bij het Provinciehuis parkeergelegenheid, of kan ik beter met de trein vanaf Vlissingen? Vorige
            keer stond ik een half uur te zoeken.

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h41-053",
        "kind": "other",
        "sender": "Yvonne Krijger <y.krijger@alblasdelta.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "apple",
        "body": _(
            """
            Wat jammer! Weten jullie al of er een nieuwe datum vóór de zomer komt? Dan houd ik vast wat ruimte vrij
            in juni.

            Yvonne
            """
        ),
    },
    # --- substitutes ----------------------------------------------------------------------------------------------
    {
        "id": "h41-054",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mirjam van Hoeve <m.vanhoeve@zen-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de plek graag over en ben er op de 11e.

            Mirjam van Hoeve
            """
        ),
    },
    {
        "id": "h41-055",
        "kind": "rsvp",
        "attending": False,
        "sender": "Joris Bakkenes <j.bakkenes@tholenwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Ik ben door mijn directeur als vervanger opgegeven, maar ik zit die middag zelf bij de provincie voor
            het omgevingsoverleg. Ik kan dus helaas ook niet; ik stem met hem af of er nog iemand anders gaat.

            Joris Bakkenes
            """
        ),
    },
    {
        "id": "h41-056",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hein Geschiere <h.geschiere@zwinland-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "RE: " + UITNODIGING,
        "body": _(
            """
            Correctie op mijn eerdere bericht: de raadsvergadering in Westkreek is verschoven naar de week erna. Ik
            kan dus toch komen!

            Hein
            """
        ),
    },
    {
        "id": "h41-057",
        "kind": "rsvp",
        "attending": True,
        "sender": "Priya Raghunathan <p.raghunathan@kagerland-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in, please - I'll bring one colleague from our finance team, so that makes two of us.

            Priya
            """
        ),
    },
    # --- the reminder ---------------------------------------------------------------------------------------------
    {
        "id": "h41-058",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Jobse <m.jobse@oesterdam-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Staat genoteerd, ik ben er donderdag. Hidde rijdt met me mee.
            """
        ),
    },
    {
        "id": "h41-059",
        "kind": "rsvp",
        "attending": False,
        "sender": "Kees Wisse <k.wisse@aosnr.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Melanie, ik moet me helaas afmelden voor donderdag - de griep heeft ons halve MT geveld, mij incluis.
            Lid blijf ik uiteraard, tot het volgende atelier!
            Kees
            """
        ),
    },
    {
        "id": "h41-060",
        "kind": "rsvp",
        "attending": False,
        "sender": "Adrie Minnaard <a.minnaard@duinvlakte.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Nou, 't is niet anders: er is een overleg met het hoogheemraadschap over de duinversterking op dezelfde
            middag en daar moet ik bij zijn. Geef mijn stoel maar aan iemand van de wachtlijst.

            Adrie
            """
        ),
    },
    {
        "id": "h41-061",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Yvonne Krijger <y.krijger@alblasdelta.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ik kom, tot donderdag! En mocht er voor het najaar nog ruimte op de agenda zijn: informatieveiligheid en
            de inrichting van onze I&A-functie na de ransomware-aanval bij een buurorganisatie. Dat heeft ons flink
            wakker geschud.

            Yvonne Krijger
            """
        ),
    },
    {
        "id": "h41-062",
        "kind": "autoreply",
        "sender": "Annelies Oosterling <a.oosterling@duinvlakte.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: " + HERINNERING,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben van 8 tot en met 19 maart afwezig en lees mijn mail niet. Voor dringende
            zaken kunt u contact opnemen met het bestuurssecretariaat van GR Duinvlakte, 070 - 511 23 40.
            """
        ),
    },
    {
        "id": "h41-063",
        "kind": "bounce",
        "sender": "Postmaster <postmaster@duinvlakte.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + HERINNERING,
        "body": _(
            """
            Uw bericht heeft enkele of alle geadresseerden niet bereikt.

                  Onderwerp: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]
                  Verzonden op: 08-03-2027 08:15

            Kan de volgende geadresseerde niet bereiken:

                  j.stolwijk@duinvlakte.nl op 08-03-2027 08:15
                        Dit postvak bestaat niet meer of is uitgeschakeld.
            """
        ),
    },
    # --- the follow-up --------------------------------------------------------------------------------------------
    {
        "id": "h41-064",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Marloes Jobse <m.jobse@oesterdam-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de fijne middag en het verslag. Bij ons is in de regio net een samenwerking op wonen gestart,
            maar wat ik de volgende keer graag zou bespreken is iets anders: hoe maak je de prestaties van je
            dienstverlening aan inwoners zichtbaar, zonder dat er een afrekencultuur ontstaat?

            Marloes
            """
        ),
    },
    {
        "id": "h41-065",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Sjaak Janse <s.janse@maasmondkust.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Goedemiddag,

            Voor het najaarsatelier stel ik de verdeelsleutel voor. Die raakt zowel de financiën van de
            werkorganisatie als de verhouding tussen onze drie gemeenten, die bij elke begrotingsronde over de
            verdeling botsen. Hoe gaan anderen daarmee om?

            Met vriendelijke groet,
            S. Janse
            algemeen directeur Werkorganisatie Maasmondkust
            """
        ),
    },
    {
        "id": "h41-066",
        "kind": "other",
        "sender": "Kees Wisse <k.wisse@aosnr.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Wat Sjaak Janse bij de borrel opperde over de verdeelsleutel: daar sluit ik me volledig bij aan, tel mijn
            stem daar maar bij. Zelf heb ik verder niks nieuws.

            Kees
            """
        ),
    },
    {
        "id": "h41-067",
        "kind": "other",
        "sender": "Mirjam van Hoeve <m.vanhoeve@zen-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging als vervanger en voor de goede organisatie. Ik heb veel opgehaald voor ons eigen
            traject en het verslag al met Jan-Willem gedeeld.

            Hartelijke groet,
            Mirjam van Hoeve
            """
        ),
    },
    {
        "id": "h41-068",
        "kind": "unsubscribe",
        "sender": "Bart van der Hooft <b.vanderhooft@vlietsmonde.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Graag mijn naam van de verzendlijst halen. Ik ben het afgelopen jaar nergens bij geweest en verwacht dat
            ook niet te gaan doen; zonde van jullie moeite.

            B. van der Hooft
            """
        ),
    },
    {
        "id": "h41-069",
        "kind": "bounce",
        "sender": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            ** Het adres is vol **

            Uw bericht aan k.wisse@aosnr.nl is niet bezorgd omdat de mailbox van de ontvanger vol is. Probeer het
            later opnieuw.

            The response was:

            552 5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to
            https://support.google.com/mail/?p=OverQuotaPerm
            """
        ),
    },
    # --- leaving, hand-overs, address changes ---------------------------------------------------------------------
    {
        "id": "h41-070",
        "kind": "unsubscribe",
        "sender": "Adrie Minnaard <a.minnaard@duinvlakte.nl>",
        "quote": "none",
        "subject": "Uitschrijven i.v.m. pensionering",
        "body": _(
            """
            Beste Stan en Melanie,

            Na ruim veertig jaar bij de overheid, waarvan de laatste zes als directeur van GR Duinvlakte, heb ik
            vrijdag mijn laatste werkdag gehad. Wilt u mij uitschrijven? Een opvolger is nog niet benoemd.

            Het ga jullie goed,
            Adrie Minnaard
            """
        ),
    },
    {
        "id": "h41-071",
        "kind": "unsubscribe",
        "sender": "Gert-Jan Verhage <gj.verhage@tholenwaard.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap netwerk",
        "body": _(
            """
            Goedemorgen,

            Ik heb per deze maand een nieuwe functie buiten Tholenwaard aanvaard. Mijn opvolger als algemeen
            directeur is Hanneke Dorst; haar mailadres is h.dorst@tholenwaard.nl. Wilt u haar in mijn plaats
            opnemen en mij afmelden?

            Met vriendelijke groet,
            Gert-Jan Verhage
            """
        ),
    },
    {
        "id": "h41-072",
        "kind": "unsubscribe",
        "sender": "Pieter Stolk <p.stolk@lekdijkwest.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. U vraagt naar een opvolger: na de ontvlechting neemt Femke de Waal de
            afwikkeling over, f.dewaal@lekdijkwest.nl. Zij heeft aangegeven graag lid te worden.

            P. Stolk
            """
        ),
    },
    {
        "id": "h41-073",
        "kind": "unsubscribe",
        "sender": "Wim Schot <w.schot@maasmondkust.nl>",
        "quote": "none",
        "subject": "Afmelding",
        "body": _(
            """
            Beste mensen,

            Mijn opdracht als interim-directeur bedrijfsvoering zit erop; vanaf volgende week neemt Leonie
            Hoogerheide het stokje over. Haar mailadres weet ik nog niet, dat krijgt ze pas bij indiensttreding.
            Mij mag u in elk geval afmelden.

            Groet,
            Wim Schot
            """
        ),
    },
    {
        "id": "h41-074",
        "kind": "other",
        "sender": "Lotte Vogelaar <l.vogelaar@tholenwaard.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 september",
        "body": _(
            """
            Dag Stan,

            Vooruitlopend: per 1 september stap ik over naar de provincie. Sanne Wielaert neemt dan mijn functie over
            (s.wielaert@tholenwaard.nl). Tot die tijd blijf ik gewoon lid en kom ik ook nog naar het voorjaarsatelier.

            Groet, Lotte
            """
        ),
    },
    {
        "id": "h41-075",
        "kind": "other",
        "sender": "Fatma Yilmaz <f.yilmaz@gouwezuid.nl>",
        "quote": "none",
        "subject": "Dhr. De Kok",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: de heer De Kok is per 1 april niet meer werkzaam bij Werkorganisatie Gouwe-Zuid. Er
            komen nog steeds berichten van het netwerk voor hem binnen in zijn mailbox, die ik voorlopig beheer.

            Met vriendelijke groet,
            Fatma Yilmaz
            """
        ),
    },
    {
        "id": "h41-076",
        "kind": "other",
        "sender": "Henk de Pagter <h.depagter@zwinland-wo.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres",
        "body": _(
            """
            Goedendag,

            Met de formele start van de GR krijgen wij een nieuw domein. Mijn adres wordt per 1 januari
            h.depagter@zwinland.nl; het oude adres vervalt dan. Wilt u dat in uw bestand aanpassen?

            Henk de Pagter
            """
        ),
    },
    {
        "id": "h41-077",
        "kind": "subscribe",
        "sender": "Yvonne Krijger <y.krijger@alblasdelta.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Huh, dit was niet de bedoeling - ik had alleen laten weten dat ik niet naar het atelier kon komen. Lid
            blijven dus, graag!
            """
        ),
    },
    {
        "id": "h41-078",
        "kind": "subscribe",
        "sender": "Wim Schot <w.schot@hvoost.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-en",
        "body": _(
            """
            Daar ben ik weer: sinds maandag interim-directeur bij Haringvliet-Oost. Ik meld me graag opnieuw aan,
            nu met dit adres.

            Wim
            """
        ),
    },
    # --- AVG ------------------------------------------------------------------------------------------------------
    {
        "id": "h41-079",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "J. Kodde <j.kodde@grveenweidezuid.nl>",
        "quote": "none",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Onder verwijzing naar artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle
            persoonsgegevens die u in verband met het netwerk van mij hebt vastgelegd te wissen, en mij te bevestigen
            wanneer dat is gebeurd.

            Hoogachtend,
            J. Kodde
            """
        ),
    },
    {
        "id": "h41-080",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Priya Raghunathan <p.raghunathan@kagerland-wo.nl>",
        "quote": "none",
        "subject": "GDPR request",
        "body": _(
            """
            Hi,

            I'm moving back to the UK at the end of the month. Please cancel my membership and delete all personal
            data you hold on me - name, address, attendance records, everything - under the GDPR right to erasure.

            Thank you,
            Priya
            """
        ),
    },
    {
        "id": "h41-081",
        "kind": "other",
        "sender": "mr. E. van Strien <e.vanstrien@alblasdelta.nl>",
        "quote": "none",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Geacht secretariaat,

            Naar aanleiding van de aanmelding die ik niet heb gedaan, verzoek ik u op grond van artikel 15 AVG om een
            overzicht van alle persoonsgegevens die u van mij verwerkt, inclusief de bron waaruit u ze hebt verkregen.

            Met vriendelijke groet,
            mr. E. van Strien
            """
        ),
    },
    {
        "id": "h41-082",
        "kind": "bounce",
        "sender": "MAILER-DAEMON <MAILER-DAEMON@mx2.kagerland-wo.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.kagerland-wo.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            <p.raghunathan@kagerland-wo.nl>: host mail.kagerland-wo.nl[10.20.4.11] said:
                550 5.1.1 <p.raghunathan@kagerland-wo.nl>: Recipient address rejected:
                User unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
