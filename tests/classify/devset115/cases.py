"""devset115: a year (2035) of mail from directors of werkorganisaties and GR's in Noord-Limburg and Oost-Brabant.

The writers are directors, assistants and a few mail systems of invented shared civil-service organisations along the
Maas and in the Peel (MaasPeelpoort, Kesselwaard, Peelkracht, Grenspeel, Nierskant, Dommelstroom, De Zandloper,
Vennenland, Maaskempen, De Raamvallei, Aadal, Beekdal-Peel, Maasland-Noord, Kempenrand-Oost, ...). Several people
write more than once in the year, and some later mails change an earlier answer. Our quoted mails are the fixed
snapshot in quoted_mails.json (its dates say 2027); what the writers type speaks of the 2035 calendar:

- January, all year: sign-ups by new directors; confirmation requests, the one reminder, welcome mails.
- Mon 8 January: call for themes for atelier 2035-1, "Een organisatie, meerdere raden" (Samenwerking), Thursday
  15 March in De Maasloods, Venlo; suggestions before Friday 26 January. Thank-yous for suggestions follow.
- Mon 12 February: invitation to 15 March, answers before Monday 5 March; RSVP acknowledgements (some on the waiting
  list) and substitutes' invitations in between.
- Tue 6 March: cancellation (the venue is unavailable). Wed 14 March: change mail with the new date, Thursday
  19 April 2035 at Kasteel Boekelrade, Horsterbroek.
- Thu 12 April: reminder. Thu 19 April: the atelier. Mon 23 April: follow-up (thanks, report, topics welcome).
- May to August: leavers, hand-overs to successors, AVG requests, leave confirmations (our goodbye) answered.
- Mon 10 September: call for themes for atelier 2035-2, "Dichtbij de inwoner" (Dienstverlening), Thursday
  8 November in Het Peelhuis, Deurnebroek; suggestions before Friday 28 September.
- Tue 9 October: invitation to 8 November, answers before Monday 29 October; acknowledgements and substitutes.
- Thu 1 November: reminder. Thu 8 November: the atelier. Tue 13 November: follow-up.

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a later mail carries the latest answer (a yes after a no is rsvp True, a
  correction to "toch niet" is rsvp False, a change in the number of guests while still coming is rsvp True).
- Under the call for themes, the follow-up or the thank-you for a suggestion: a proposed topic is a suggestion, also
  when the writer says in passing whether they come; a reply that only says whether the writer comes is an rsvp; a
  proposal about the form of the ateliers (time of day, place, length, who joins) is other.
- Themes are those of the proposed topic only, not of the story told before it or words used in passing; two only
  where one topic clearly spans both.
- Declining the atelier while keeping the membership ("afmelden voor het atelier") and declining with a named
  substitute and address are rsvp False; leaving the network (also together with a decline) is unsubscribe.
- A named successor with address taking over the seat, also in reply to our goodbye, is unsubscribe (a hand-over);
  a colleague reporting that someone left is other.
- An AVG erasure request is unsubscribe with erase True; a request to see one's data is other.
- Signing up one named colleague with the address is subscribe; several people or no address is other; "lid
  blijven" under our goodbye, and a former member joining again, is subscribe; someone who is not yet a member and
  asks to join (also under a forwarded mail) is subscribe.
- A plain denial under our confirmation mail is unsubscribe; a denial that asks where we got the address is other.
- A yes on a condition, a confirmation or an answer with a real question beside it, an assistant's new mail about the
  director's attendance, corrections to our notes and questions to the secretariat are other; an assistant answering
  in reply to our invitation is rsvp; a substitute accepting or declining our substitute's invitation is rsvp.
- Calendar accept/decline answers are rsvp; out-of-office, read receipts, ticket systems, "address no longer in use"
  (also one naming a successor) are autoreply; delivery failures are bounce; neither carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # ---- January: sign-ups, confirmations, call for themes for 15 March ----
    {
        "id": "d115-001",
        "kind": "subscribe",
        "sender": "Koen van Dinther <k.vandinther@venrode.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemorgen,

            Per 1 januari ben ik gestart als algemeen directeur van Werkorganisatie Venrode, de ambtelijke organisatie
            van Venrode, Oploorde en Heesbeek. Mijn voorganger was geen lid, maar ik hoor van collega's goede verhalen
            over de ateliers. Graag meld ik mij aan als lid.

            Met vriendelijke groet,

            Koen van Dinther
            algemeen directeur
            Werkorganisatie Venrode
            06 41 87 22 09
            """
        ),
    },
    {
        "id": "d115-002",
        "kind": "confirm",
        "sender": "Koen van Dinther <k.vandinther@venrode.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "d115-003",
        "kind": "confirm",
        "sender": "Anke Jacobs-Geurts <a.jacobs@kesselwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Bij deze bevestigd.

            Groet,
            Anke

            Anke Jacobs-Geurts | directeur bedrijfsvoering
            Werkorganisatie Kesselwaard
            T 077 398 21 40
            """
        ),
    },
    {
        "id": "d115-004",
        "kind": "autoreply",
        "sender": "Ruud Janssen <r.janssen@hrm-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 15 maart 2035 "
                   "[atelier:2035-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben tot en met vrijdag 12 januari afwezig en heb geen toegang tot mijn mail.
            Voor dringende zaken kunt u contact opnemen met het directiesecretariaat via 0478 - 55 60 00.

            Ruud Janssen
            """
        ),
    },
    {
        "id": "d115-005",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Stefan Poels <s.poels@grenspeel.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, Melanie,

            Voor 15 maart een onderwerp dat bij ons brandt: hoe ga je als werkorganisatie om met een deelnemende
            gemeente die openlijk twijfelt over uittreden uit de GR? Sinds de verkiezingen wordt daar in de raad van
            Meerlobroek hardop over gesproken en dat zet de verhouding met de andere twee gemeenten flink onder druk.

            Hartelijke groet,
            Stefan Poels
            Directeur GR Grenspeel
            """
        ),
    },
    {
        "id": "d115-006",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Huub Vergoossen <h.vergoossen@maaspeelpoort.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Mijn onderwerpen:
            - omvang en sturing van de flexibele schil (de inhuur loopt bij ons uit de hand)
            - informatiebeveiliging en de vervanging van ons verouderde zaaksysteem

            Huub Vergoossen
            Directeur Bedrijfsvoering | Werkorganisatie MaasPeelpoort
            """
        ),
    },
    {
        "id": "d115-007",
        "kind": "other",
        "sender": "Marij Lenssen <m.lenssen@nierskant.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dag Stan,

            Geen onderwerp van mijn kant, wel een wens over de vorm: zou een atelier eens op een ochtend kunnen,
            bijvoorbeeld van half tien tot een uur met een lunch na afloop? Voor wie uit de noordpunt van de provincie
            komt, betekent 17.30 uur in Venlo in de file staan tot half acht. En misschien de locatie afwisselend in
            Limburg en in Brabant.

            Groet, Marij
            """
        ),
    },
    {
        "id": "d115-008",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Mark Ellison <mark.ellison@ellison-interim.eu>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Apologies for writing in English - my Dutch is fine for reading but slow for writing.

            A topic for 15 March: how do you show residents that the merger actually improved the services they get?
            We are building a dashboard with response times and satisfaction scores per municipality, and I would love
            to compare notes on which indicators other organisations use.

            Kind regards,
            Mark Ellison
            Interim director, Werkorganisatie Beekdal-Peel
            """
        ),
    },
    {
        "id": "d115-009",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bram Verhoeven <b.verhoeven@dommelstroom-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Melanie,

            Op 15 maart zit ik met de burgemeesters in Brussel voor het Interreg-dossier, dus dit atelier sla ik over.
            Veel succes ermee!

            Bram
            """
        ),
    },
    {
        "id": "d115-010",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Gertie Hermans <g.hermans@peelkracht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Ik ben er op 15 maart zeker bij.

            Voorstel voor een gespreksonderwerp: hoe kom je als directie tot een gedragen langetermijnvisie op de
            werkorganisatie zelf? Wij willen een koers tot 2040 uitzetten, maar elke keer schuiven de bestuurlijke
            prioriteiten van de dag ervoor.

            Gertie Hermans
            Directeur GR Peelkracht
            """
        ),
    },
    {
        "id": "d115-011",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Yvonne Rutten <y.rutten@kempenrand-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "subject": "Re: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Onderwerp: welke inhoudelijke agenda kies je als directie wanneer de bestuurlijke prioriteiten in drie
            coalitieakkoorden elkaar tegenspreken?

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "d115-012",
        "kind": "other",
        "sender": "Hanneke Gerrits <h.gerrits@raamvallei.nl>",
        "quote": "none",
        "subject": "Aanmelding MT-leden",
        "body": _(
            """
            Beste secretariaat,

            Ik ben al een paar jaar lid en heb veel aan de ateliers. Twee collega-directeuren van De Raamvallei willen
            ook graag lid worden: Lieke Verstraten (directeur fysiek domein) en Sander Hoeks (directeur sociaal
            domein). Kunt u hen aanmelden? Hun mailadressen stuurt hun secretariaat nog na.

            Met vriendelijke groet,
            Hanneke Gerrits
            Algemeen directeur De Raamvallei
            """
        ),
    },
    {
        "id": "d115-013",
        "kind": "subscribe",
        "sender": "Stefan Poels <s.poels@grenspeel.nl>",
        "quote": "none",
        "subject": "Nieuwe collega aanmelden",
        "body": _(
            """
            Beste Stan,

            Deze maand is Nadia Bouzid bij ons begonnen als directeur sociaal domein. Wil je haar aanmelden voor het
            netwerk? Haar adres is n.bouzid@grenspeel.nl.

            Dank en groet,
            Stefan
            """
        ),
    },
    {
        "id": "d115-014",
        "kind": "confirm",
        "sender": "Nadia Bouzid <n.bouzid@grenspeel.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Excuses voor de late reactie, uw eerste mail was in mijn ongewenste e-mail beland. Ja, ik wil graag lid
            worden.

            Nadia Bouzid
            Directeur sociaal domein | GR Grenspeel
            """
        ),
    },
    {
        "id": "d115-015",
        "kind": "other",
        "sender": "Koen van Dinther <k.vandinther@venrode.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. Eén vraag: kan ik ergens de verslagen van eerdere ateliers teruglezen? Op de website
            vond ik alleen het programma van vorig jaar.

            Koen van Dinther
            """
        ),
    },
    {
        "id": "d115-016",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Nadia Bouzid <n.bouzid@grenspeel.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            U vraagt of ik al een onderwerp heb: ja. Onze KCC-medewerkers werken met drie verschillende verordeningen
            voor dezelfde regeling, afhankelijk van waar de inwoner woont. Ik zou graag bespreken hoe andere
            fusieorganisaties de dienstverlening aan de balie gelijktrekken terwijl de regels per gemeente blijven
            verschillen.

            Nadia
            """
        ),
    },
    {
        "id": "d115-017",
        "kind": "unsubscribe",
        "sender": "Wim van Boxtel <w.vanboxtel@zandloper-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            afmelden

            W. van Boxtel
            """
        ),
    },
    {
        "id": "d115-018",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Huub Vergoossen <h.vergoossen@maaspeelpoort.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog een aanvulling op mijn lijstje: hoe richt je de concerncontrol in als de drie gemeenten elk een eigen
            begrotingscyclus en P&C-kalender aanhouden?

            Huub
            """
        ),
    },
    {
        "id": "d115-019",
        "kind": "other",
        "sender": "Stefan Poels <s.poels@grenspeel.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            In jullie bevestiging staat bij mijn onderwerp ook Organisatie genoteerd, maar het gaat mij echt alleen om
            de verhouding tussen de gemeenten onderling, dus Samenwerking. Willen jullie dat nog aanpassen voor de
            telling op 26 januari?

            Groet, Stefan
            """
        ),
    },
    {
        "id": "d115-020",
        "kind": "autoreply",
        "sender": "Gemeente Grubbenveen <noreply@grubbenveen.nl>",
        "quote": "none",
        "subject": "Ontvangstbevestiging [Zaaknummer Z-2035-004512]",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Geachte heer/mevrouw,

            Wij hebben uw e-mail in goede orde ontvangen. Uw bericht is geregistreerd onder zaaknummer Z-2035-004512
            en wordt zo snel mogelijk in behandeling genomen. U ontvangt binnen vijf werkdagen een reactie.

            Dit is een automatisch gegenereerd bericht; u kunt hierop niet reageren.

            Klantcontactcentrum Gemeente Grubbenveen
            """
        ),
    },
    {
        "id": "d115-021",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@aadal-werkt.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 15 maart 2035 "
                   "[atelier:2035-1]",
        "body": _(
            """
            Uw bericht kan niet worden bezorgd bij de volgende ontvangers:

            p.hendriks@aadal-werkt.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en
            probeer het bericht opnieuw te verzenden.

            Diagnostische gegevens voor beheerders:

            Server genereren: AM9PR07MB1142.eurprd07.prod.outlook.com

            p.hendriks@aadal-werkt.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup'
            """
        ),
    },
    # ---- February: invitation to 15 March, acknowledgements, substitutes ----
    {
        "id": "d115-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Geert Swinkels <g.swinkels@bvo-maaskempen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ja, ik kom.

            Geert

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d115-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Chantal Wilms <c.wilms@vennenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee, helaas. Op 15 maart is bij ons de raadsinformatieavond over de kadernota en daar kan ik niet onderuit.

            Met vriendelijke groet,
            Chantal Wilms
            Algemeen directeur Werkorganisatie Vennenland
            """
        ),
    },
    {
        "id": "d115-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gertie Hermans <g.hermans@peelkracht.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            In januari schreef ik nog dat ik er op 15 maart zeker bij zou zijn, maar inmiddels is die middag het
            algemeen bestuur ingepland. Mijn collega Ramon Driessen, directeur dienstverlening
            (r.driessen@peelkracht.nl), gaat in mijn plaats.

            Met vriendelijke groet,
            Gertie Hermans
            """
        ),
    },
    {
        "id": "d115-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Leonie Smulders <l.smulders@aadal-werkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 15 maart 2035: Een organisatie, meerdere "
                   "raden [atelier:2035-1]",
        "body": "",
    },
    {
        "id": "d115-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hannah Whitfield <h.whitfield@kempenrand-oost.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: Uitnodiging Leer- en inspireer-atelier 15 maart 2035: Een organisatie, meerdere raden "
                   "[atelier:2035-1]",
        "body": "Sorry - clashes with our audit committee.",
    },
    {
        "id": "d115-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Esther Hutten <e.hutten@maaspeelpoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Peeters laat ik u weten dat hij op 15 maart graag aanwezig is. Hij komt alleen.

            Met vriendelijke groet,

            Esther Hutten
            Managementassistent directie
            Werkorganisatie MaasPeelpoort
            """
        ),
    },
    {
        "id": "d115-028",
        "kind": "other",
        "sender": "Sanne Cuppen <s.cuppen@boschenbroek.nl>",
        "quote": "none",
        "subject": "Atelier 15 maart - mevrouw Raaijmakers",
        "body": _(
            """
            Beste secretariaat,

            Mevrouw Raaijmakers heeft 15 maart in haar agenda geblokt voor het atelier, maar ze weet niet meer zeker
            of ze zich ook echt heeft aangemeld. Zou u dat willen nakijken? Als ze nog niet op de lijst staat, graag
            alsnog, want ze wil er heel graag bij zijn.

            Vriendelijke groet,
            Sanne Cuppen
            Secretariaat directie Bosch en Broek
            """
        ),
    },
    {
        "id": "d115-029",
        "kind": "other",
        "sender": "Martijn Vousten <m.vousten@beekdalpeel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom graag, op voorwaarde dat ik om 16.00 uur kan vertrekken: die avond is er een extra raadsvergadering
            in Bakelhoven. Als het programma zo in elkaar zit dat je dan het belangrijkste mist, hoor ik het liever
            vooraf. Laat u het weten?

            Martijn Vousten
            """
        ),
    },
    {
        "id": "d115-030",
        "kind": "other",
        "sender": "Ruud Janssen <r.janssen@hrm-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik ben erbij. Wel een praktische vraag: ik loop sinds een knieoperatie met krukken. Is De Maasloods
            drempelvrij en is er een lift naar de zaal?

            Groet, Ruud Janssen
            """
        ),
    },
    {
        "id": "d115-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Roel Vullings <r.vullings@kesselwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Graag afmelden voor het atelier van maart. Ik hoop in het najaar weer van de partij te zijn.

            R. Vullings
            """
        ),
    },
    {
        "id": "d115-032",
        "kind": "unsubscribe",
        "sender": "Jos Kusters <j.kusters@smn-gemeenten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Op 15 maart ben ik er niet bij, en eigenlijk kan ik me dan meteen helemaal afmelden: per 1 april ga ik met
            pensioen. Wilt u mij van de ledenlijst halen? Wie mij opvolgt is nog niet bekend.

            Dank voor alle mooie bijeenkomsten.

            Jos Kusters
            """
        ),
    },
    {
        "id": "d115-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Erik Derks <e.derks@kempenrand-oost.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Dank, maar ik kan toch niet op 15 maart. Mijn plek op de wachtlijst mag naar een ander.

            Erik
            """
        ),
    },
    {
        "id": "d115-034",
        "kind": "other",
        "sender": "Femke Manders <f.manders@hrm-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Op welke plaats van de wachtlijst sta ik inmiddels? En als er geen plek vrijkomt: kan ik dan via Teams
            meekijken, of is de online link alleen voor sprekers?

            Femke Manders
            """
        ),
    },
    {
        "id": "d115-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ramon Driessen <r.driessen@peelkracht.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de plek van mijn collega graag over en kom op 15 maart naar Venlo.

            Ramon Driessen
            Directeur dienstverlening GR Peelkracht
            """
        ),
    },
    {
        "id": "d115-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nicole Bergmans <n.bergmans@nierskant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "body": _(
            """
            Ik zie dat ik als vervanger ben opgegeven, maar ik zit die dag op een opleiding in Zwolle. Ik kan dus helaas
            ook niet. Ik heb het mijn directeur zelf ook laten weten.

            Nicole
            """
        ),
    },
    {
        "id": "d115-037",
        "kind": "other",
        "sender": "Tijn van Lieshout <t.vanlieshout@raamvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-en",
        "body": _(
            """
            Beste Stan,

            Ik ben opgegeven als vervanger, leuk. Ik ben alleen geen directeur maar concerncontroller. Is het de
            bedoeling dat ik dan gewoon aanschuif, of is het atelier echt alleen voor directeuren? Dan geef ik mijn
            plek liever aan iemand anders.

            Groet,
            Tijn
            """
        ),
    },
    {
        "id": "d115-038",
        "kind": "autoreply",
        "sender": "Eline van der Heijden <e.vanderheijden@dommelstroom-wo.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 15 maart 2035: Een organisatie, meerdere "
                   "raden [atelier:2035-1]",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Thank you for your message. I am out of the office until Monday 26 February with limited access to e-mail.
            For urgent matters please contact the management office at +31 40 289 1100.

            Eline van der Heijden
            """
        ),
    },
    {
        "id": "d115-039",
        "kind": "autoreply",
        "sender": "Harrie Claessens <h.claessens@wanssenrade.nl>",
        "quote": "none",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 15 maart 2035 [atelier:2035-1]",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik.

            Per 1 januari 2035 zijn de ambtelijke organisaties van Wanssenrade en Swolgenhoven opgegaan in
            Werkorganisatie Maasheuvel. Uw bericht is niet doorgestuurd. Wilt u de geadresseerde bereiken, kijk dan
            voor het nieuwe adres op www.maasheuvel.nl.
            """
        ),
    },
    {
        "id": "d115-040",
        "kind": "rsvp",
        "attending": True,
        "sender": "Chantal Wilms <c.wilms@vennenland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Een update op mijn bericht van vorige week: de raadsinformatieavond over de kadernota is naar april
            geschoven. Ik kan dus toch op 15 maart en kom graag.

            Chantal
            """
        ),
    },
    {
        "id": "d115-041",
        "kind": "rsvp",
        "attending": True,
        "sender": "Huub Vergoossen <h.vergoossen@maaspeelpoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Eerder gaf ik door dat ik met een collega zou komen. Die haakt af, dus het wordt alleen ikzelf.

            Huub Vergoossen
            """
        ),
    },
    # ---- March: cancellation (6 March) and new date 19 April (14 March) ----
    {
        "id": "d115-042",
        "kind": "other",
        "sender": "Geert Swinkels <g.swinkels@bvo-maaskempen.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Jammer! Is er al een idee voor een nieuwe datum? Dan blok ik die meteen, mijn agenda voor april loopt snel
            vol.
            """
        ),
    },
    {
        "id": "d115-043",
        "kind": "other",
        "sender": "Leonie Smulders <l.smulders@aadal-werkt.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het tijdig laten weten. Vervelend voor jullie, sterkte met het vinden van een andere plek.

            Hartelijke groet,
            Leonie Smulders
            """
        ),
    },
    {
        "id": "d115-044",
        "kind": "other",
        "sender": "Thijs Peeters <t.peeters@maaspeelpoort.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ter info bij het plannen van de nieuwe datum: op donderdagen in april kan ik niet, dan hebben wij vast het
            driehoeksoverleg. Een dinsdag of woensdag komt bij mij beter uit.

            Thijs Peeters
            Algemeen directeur Werkorganisatie MaasPeelpoort
            """
        ),
    },
    {
        "id": "d115-045",
        "kind": "rsvp",
        "attending": False,
        "sender": "Thijs Peeters <t.peeters@maaspeelpoort.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Zoals ik al vreesde valt de nieuwe datum op een donderdag met driehoeksoverleg. Op 19 april ben ik er dus
            helaas niet bij.

            Thijs Peeters
            """
        ),
    },
    {
        "id": "d115-046",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Janssen <r.janssen@hrm-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            19 april lukt mij niet, dan ben ik met het college op werkbezoek in Keulen. Mijn collega Femke Manders,
            f.manders@hrm-werkorganisatie.nl, gaat in mijn plaats.

            Ruud
            """
        ),
    },
    {
        "id": "d115-047",
        "kind": "other",
        "sender": "Ramon Driessen <r.driessen@peelkracht.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Is er bij Kasteel Boekelrade genoeg parkeerruimte, of kan ik beter met de trein komen? In dat geval hoor ik
            graag hoe ver het lopen is vanaf het station.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d115-048",
        "kind": "autoreply",
        "sender": "Geert Swinkels <g.swinkels@bvo-maaskempen.nl>",
        "quote": "none",
        "subject": "Gelezen: Gewijzigd: Leer- en inspireer-atelier 19 april 2035 [atelier:2035-1]",
        "body": _(
            """
            Uw bericht

                Aan: Geert Swinkels
                Onderwerp: Gewijzigd: Leer- en inspireer-atelier 19 april 2035 [atelier:2035-1]
                Verzonden: woensdag 14 maart 2035 10:02:14 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op woensdag 14 maart 2035 11:47:03 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    # ---- April: reminder (12 April), atelier (19 April), follow-up (23 April) ----
    {
        "id": "d115-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Geert Swinkels <g.swinkels@bvo-maaskempen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            helaas, ik kan niet. Griep te pakken. Geef mijn plek maar aan iemand van de wachtlijst.

            Geert
            """
        ),
    },
    {
        "id": "d115-050",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ineke Raaijmakers <i.raaijmakers@boschenbroek.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            U vraagt om met 'helaas, ik kan niet' te antwoorden als het niet lukt. Dat is bij mij gelukkig niet nodig:
            ik ben er donderdag, ruim op tijd voor de koffie.

            Ineke Raaijmakers
            """
        ),
    },
    {
        "id": "d115-051",
        "kind": "rsvp",
        "attending": False,
        "sender": "Stefan Poels <s.poels@grenspeel.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Door een bestuurlijke kwestie in Meerlobroek moet ik donderdag afhaken. Nadia Bouzid
            (n.bouzid@grenspeel.nl) neemt mijn plek in.

            Stefan
            """
        ),
    },
    {
        "id": "d115-052",
        "kind": "other",
        "sender": "Femke Manders <f.manders@hrm-werkorganisatie.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            Is de middag ook echt online te volgen? Ik zie een Teams-link staan, maar ik weet niet of de sessie hybride
            is opgezet of dat de link alleen als reserve dient.

            Femke
            """
        ),
    },
    {
        "id": "d115-053",
        "kind": "autoreply",
        "sender": "Chantal Wilms <c.wilms@vennenland.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Afwezig: Herinnering: Leer- en inspireer-atelier donderdag 19 april 2035 [atelier:2035-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Beste afzender,

            Tot en met dinsdag 17 april ben ik afwezig. Uw mail wordt niet doorgestuurd. Voor spoed kunt u het
            secretariaat bellen: 0485 - 47 20 00.

            Met vriendelijke groet,
            Chantal Wilms
            """
        ),
    },
    {
        "id": "d115-054",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Ineke Raaijmakers <i.raaijmakers@boschenbroek.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat een inspirerende middag, dank! Voor een volgende keer: hoe houd je als werkorganisatie grip op het
            opdrachtgeverschap richting de verbonden partijen in de regio, zoals de veiligheidsregio en de
            omgevingsdienst? Wij zitten daar met drie gemeenten aan tafel en spreken zelden met één mond.

            Ineke
            """
        ),
    },
    {
        "id": "d115-055",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Femke Manders <f.manders@hrm-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Onderwerp voor november: het digitale loket dat wij aan het bouwen zijn. Het is één platform voor
            inwoners, en juist de combinatie van beheer en gegevens achter de schermen en de dienstverlening aan de
            voorkant maakt het lastig. Hoe organiseer je dat zonder dat het een ICT-project wordt waar de inwoner niets
            van merkt?

            Femke Manders
            """
        ),
    },
    {
        "id": "d115-056",
        "kind": "other",
        "sender": "Ramon Driessen <r.driessen@peelkracht.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de organisatie, inhoudelijk sterk. Twee kanttekeningen voor een volgende keer: de zaal in het
            kasteel was erg warm en de lunch kwam pas om kwart over twee. Misschien iets om met de locatie op te nemen.

            Ramon
            """
        ),
    },
    {
        "id": "d115-057",
        "kind": "other",
        "sender": "Thijs Peeters <t.peeters@maaspeelpoort.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik ontvang deze bedankmail, maar ik was er op 19 april niet bij: ik had me juist afgemeld vanwege het
            driehoeksoverleg. Klopt jullie administratie wel? Niet dat iemand anders nu ten onrechte als afwezig staat.

            Thijs
            """
        ),
    },
    {
        "id": "d115-058",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Nadia Bouzid <n.bouzid@grenspeel.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Mooi verslag, en wat fijn dat ik op het laatste moment kon invallen. Mag ik voor de volgende keer
            strategische personeelsplanning inbrengen? Wij hebben ruim veertig vacatures openstaan en de formatie groeit
            harder dan we kunnen werven.

            Nadia
            """
        ),
    },
    {
        "id": "d115-059",
        "kind": "other",
        "sender": "Martijn Vousten <m.vousten@beekdalpeel.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Een idee voor de vorm van de volgende editie: nodig eens een paar burgemeesters van de deelnemende gemeenten
            uit om aan te schuiven, en maak er een hele dag van in plaats van een middag. Dan zit je niet alleen met
            directeuren onder elkaar.

            Martijn
            """
        ),
    },
    {
        "id": "d115-060",
        "kind": "rsvp",
        "attending": True,
        "sender": "Geert Swinkels <g.swinkels@bvo-maaskempen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Door de griep heb ik het gemist, maar in november ben ik er zeker bij.

            Geert
            """
        ),
    },
    # ---- May to August: leavers, hand-overs, AVG, sign-ups ----
    {
        "id": "d115-061",
        "kind": "unsubscribe",
        "sender": "Hanneke Gerrits <h.gerrits@raamvallei.nl>",
        "quote": "none",
        "subject": "Afmelden netwerk",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 juni maak ik de overstap naar de provincie. Wilt u mij afmelden voor het netwerk en de mailings? Ik
            heb er met veel plezier aan deelgenomen.

            Hartelijke groet,
            Hanneke Gerrits
            """
        ),
    },
    {
        "id": "d115-062",
        "kind": "unsubscribe",
        "sender": "Bram Verhoeven <b.verhoeven@dommelstroom-wo.nl>",
        "quote": "none",
        "subject": "Opvolging lidmaatschap",
        "body": _(
            """
            Goedemorgen,

            Met ingang van 1 juli neemt Marloes Verhagen mijn functie als algemeen directeur van Dommelstroom over. Wilt
            u mij afmelden en haar in mijn plaats als lid opnemen? Haar adres: m.verhagen@dommelstroom-wo.nl.

            Met vriendelijke groet,
            Bram Verhoeven
            """
        ),
    },
    {
        "id": "d115-063",
        "kind": "other",
        "sender": "Carla van Oorschot <c.vanoorschot@aadal-werkt.nl>",
        "quote": "none",
        "subject": "Uitdiensttreding mevrouw Smulders",
        "body": _(
            """
            Beste secretariaat,

            Ter informatie: Leonie Smulders is per 1 mei niet meer werkzaam bij Werkorganisatie Aadal. Haar mailbox
            wordt binnenkort opgeheven. Wie haar opvolgt is nog niet bekend; zodra dat rond is, laat ik het weten.

            Met vriendelijke groet,
            Carla van Oorschot
            Bestuurssecretariaat Werkorganisatie Aadal
            """
        ),
    },
    {
        "id": "d115-064",
        "kind": "unsubscribe",
        "sender": "Wim van Boxtel <w.vanboxtel@zandloper-gr.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom nog even terug op uw bevestiging van januari. U vroeg naar een opvolger: dat wordt Daan Bloemen,
            d.bloemen@zandloper-gr.nl. Hij begint op 1 september als directeur van De Zandloper en neemt mijn plek in
            het netwerk graag over.

            Wim van Boxtel
            """
        ),
    },
    {
        "id": "d115-065",
        "kind": "subscribe",
        "sender": "Roel Vullings <r.vullings@kesselwaard.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dit klopt niet: mijn secretaresse heeft bij het opschonen van de verzendlijsten per ongeluk een afmelding
            gestuurd. Ik wil graag lid blijven.

            Roel Vullings
            """
        ),
    },
    {
        "id": "d115-066",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "P.P.M. Wijnen <pp.wijnen@noorderpeeldv.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u al mijn
            persoonsgegevens uit uw bestanden te verwijderen en mij geen berichten meer te sturen. Graag ontvang ik een
            bevestiging zodra dit is gebeurd.

            Hoogachtend,

            P.P.M. Wijnen
            """
        ),
    },
    {
        "id": "d115-067",
        "kind": "other",
        "sender": "Erik Derks <e.derks@kempenrand-oost.nl>",
        "quote": "none",
        "subject": "Inzageverzoek",
        "body": _(
            """
            Goedendag,

            Kunt u mij laten weten welke gegevens u van mij hebt vastgelegd, en sinds wanneer? Ik wil dat graag voor
            mijn eigen administratie weten; afmelden hoeft niet, ik blijf graag lid.

            Groet,
            Erik Derks
            """
        ),
    },
    {
        "id": "d115-068",
        "kind": "unsubscribe",
        "sender": "Astrid Hoebergen <a.hoebergen@vennenland.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": "Ik heb me nooit aangemeld.",
    },
    {
        "id": "d115-069",
        "kind": "other",
        "sender": "Bas Kerkhofs <b.kerkhofs@kempenrand-oost.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb me nergens voor opgegeven en krijg nu al de tweede mail. Hoe komt u aan mijn adres, en wie heeft mij
            aangemeld?

            B. Kerkhofs
            """
        ),
    },
    {
        "id": "d115-070",
        "kind": "confirm",
        "sender": "Marloes Verhagen <m.verhagen@dommelstroom-wo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Klopt, Bram heeft mij aangemeld als zijn opvolger. Hierbij bevestigd!

            Marloes Verhagen
            Algemeen directeur Dommelstroom
            """
        ),
    },
    {
        "id": "d115-071",
        "kind": "other",
        "sender": "Daan Bloemen <d.bloemen@zandloper-gr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bevestigd. Kan ik daarnaast ook mijn privéadres laten registreren? Op mijn werkmail zit een streng
            spamfilter en ik wil de uitnodigingen niet missen.

            Daan
            """
        ),
    },
    {
        "id": "d115-072",
        "kind": "confirm",
        "sender": "Sevgi Yıldız <s.yildiz@beekdalpeel.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - thanks!

            Sevgi
            """
        ),
    },
    {
        "id": "d115-073",
        "kind": "confirm",
        "sender": "Jeroen Hoeymakers <j.hoeymakers@smn-gemeenten.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Ja, graag. De eerste mail had ik gemist.

            Jeroen Hoeymakers
            Samenwerking Maasland-Noord
            """
        ),
    },
    {
        "id": "d115-074",
        "kind": "subscribe",
        "sender": "Joanna Pike <j.pike@nierskant.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Hello,

            I started last month as director of operations at Werkorganisatie Nierskant, and a colleague pointed me to
            your network. I would like to join; I hope this is the right address to sign up.

            Best regards,
            Joanna Pike
            """
        ),
    },
    {
        "id": "d115-075",
        "kind": "subscribe",
        "sender": "Marc Seelen <m.seelen@smn-gemeenten.nl>",
        "quoted": "welkom",
        "quote": "doorgestuurd",
        "subject": "FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Beste secretariaat,

            Mijn collega Jeroen stuurde mij jullie welkomstmail door, en ik word er enthousiast van. Ik wil me graag ook
            aanmelden: Marc Seelen, gemeentesecretaris-directeur bij Samenwerking Maasland-Noord,
            m.seelen@smn-gemeenten.nl.

            Groet, Marc
            """
        ),
    },
    {
        "id": "d115-076",
        "kind": "subscribe",
        "sender": "Joost van Rijt <j.vanrijt@noorderpeeldv.nl>",
        "quote": "none",
        "subject": "Aanmelden",
        "body": _(
            """
            Aanmelden

            Joost van Rijt
            Directeur Noorderpeel Dienstverlening
            """
        ),
    },
    {
        "id": "d115-077",
        "kind": "subscribe",
        "sender": "Ton Verbruggen <t.verbruggen@raamvallei.nl>",
        "quote": "none",
        "subject": "Leuk jullie te spreken",
        "body": _(
            """
            Hoi Stan en Melanie,

            Wat leuk dat ik jullie vorige week op het congres in Den Bosch tegen het lijf liep! Het gesprek over
            werkorganisaties met vijf gemeenten zat de hele terugweg nog in mijn hoofd. Zoals afgesproken: zet me maar
            op de lijst voor het netwerk, dan schuif ik in november ook aan.

            Hartelijke groet,
            Ton Verbruggen
            Algemeen directeur a.i. De Raamvallei
            """
        ),
    },
    {
        "id": "d115-078",
        "kind": "subscribe",
        "sender": "Harrie Claessens <h.claessens@maasheuvel.nl>",
        "quote": "none",
        "subject": "Weer aanmelden",
        "body": _(
            """
            Goedemiddag,

            Vorig jaar heb ik me afgemeld toen mijn oude organisatie werd opgeheven. Inmiddels ben ik directeur van de
            nieuwe Werkorganisatie Maasheuvel (Wanssenrade en Swolgenhoven) en wil ik graag weer meedoen, op dit adres.

            Met vriendelijke groet,
            Harrie Claessens
            """
        ),
    },
    {
        "id": "d115-079",
        "kind": "subscribe",
        "sender": "Mark Ellison <mark.ellison@ellison-interim.eu>",
        "quote": "none",
        "subject": "New member for the network",
        "body": _(
            """
            Dear Stan,

            Could you please add our new finance director, Ilona Verstegen (i.verstegen@beekdalpeel.nl), to the
            network? She started on 1 August and is keen to meet her peers.

            Thanks,
            Mark
            """
        ),
    },
    {
        "id": "d115-080",
        "kind": "confirm",
        "sender": "Ilona Verstegen <i.verstegen@beekdalpeel.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Oké, bevestigd.

            Ilona Verstegen
            Directeur financiën | Werkorganisatie Beekdal-Peel
            Sent from Outlook for Android
            """
        ),
    },
    {
        "id": "d115-081",
        "kind": "confirm",
        "sender": "Harrie Claessens <h.claessens@maasheuvel.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Hierbij mijn bevestiging.

            H. Claessens
            """
        ),
    },
    # ---- September: call for themes for 8 November ----
    {
        "id": "d115-082",
        "kind": "autoreply",
        "sender": "Leonie Smulders <l.smulders@aadal-werkt.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 8 november 2035 "
                   "[atelier:2035-2]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Sinds 1 mei ben ik niet meer werkzaam bij Werkorganisatie Aadal. Deze mailbox wordt niet meer gelezen.
            Mijn taken zijn overgenomen door Frank Arts, f.arts@aadal-werkt.nl.
            """
        ),
    },
    {
        "id": "d115-083",
        "kind": "autoreply",
        "sender": "Sevgi Yıldız <s.yildiz@beekdalpeel.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatic reply: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 8 november 2035 "
                   "[atelier:2035-2]",
        "body": _(
            """
            Thanks for your email. I'm on parental leave until 1 December 2035 and won't be reading my mail. For
            anything urgent, please contact Martijn Vousten (m.vousten@beekdalpeel.nl).

            Sevgi
            """
        ),
    },
    {
        "id": "d115-084",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Geert Swinkels <g.swinkels@bvo-maaskempen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn onderwerp voor 8 november: hoe monitor je de prestaties van de dienstverlening per gemeente, als elke
            raad een eigen set indicatoren wil zien? Wij leveren nu drie verschillende kwartaalrapportages over
            hetzelfde KCC.

            Geert Swinkels
            """
        ),
    },
    {
        "id": "d115-085",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Marloes Verhagen <m.verhagen@dommelstroom-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Een vraag voor het atelier: hoe ziet de stip op de horizon eruit voor een werkorganisatie zelf? Niet wat elk
            college wil, maar waar wij als organisatie in 2045 willen staan, en hoe je zo'n langetermijnvisie levend
            houdt als de waan van de dag regeert.

            Marloes
            """
        ),
    },
    {
        "id": "d115-086",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jeroen Hoeymakers <j.hoeymakers@smn-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Twee onderwerpen:
            AI-toepassingen in onze eigen werkprocessen (notuleren, concepten voor raadsvoorstellen): wat mag wel?
            Huisvesting: één kantoor voor de hele werkorganisatie of verspreid blijven over drie gemeentehuizen?

            Jeroen
            """
        ),
    },
    {
        "id": "d115-087",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Chantal Wilms <c.wilms@vennenland.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            8 november ben ik helaas op vakantie, maar een onderwerp geef ik graag mee: de samenwerking in de
            arbeidsmarktregio. Onze gemeenten vallen onder verschillende regio's en dat botst steeds vaker bij
            gezamenlijke opgaven als werkgelegenheid en de huisvesting van statushouders.

            Chantal Wilms
            """
        ),
    },
    {
        "id": "d115-088",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Janssen <r.janssen@hrm-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Dank voor de oproep. Ik heb dit keer geen onderwerpen, en 8 november ben ik er niet: dan zitten we midden
            in de begrotingsbehandeling.

            Ruud
            """
        ),
    },
    {
        "id": "d115-089",
        "kind": "other",
        "sender": "Martijn Vousten <m.vousten@beekdalpeel.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Worden de suggesties met naam en toenaam gedeeld met de Adviesraad? Ik heb een onderwerp dat bij ons
            bestuurlijk gevoelig ligt en wil het alleen inbrengen als dat anoniem kan.

            Martijn
            """
        ),
    },
    {
        "id": "d115-090",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marc Seelen <m.seelen@smn-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan, Melanie,

            In juni zijn wij getroffen door een ransomware-aanval. Drie weken lang konden inwoners geen paspoort
            aanvragen, werkten collega's met pen en papier en belden we dagelijks met de drie burgemeesters. We zijn er
            grotendeels doorheen, maar het heeft me aan het denken gezet over hoe kwetsbaar een gedeelde organisatie
            is: één netwerk, één storing, drie gemeenten plat.

            Mijn voorstel voor het atelier: informatieveiligheid en de continuïteit van de bedrijfsvoering na een hack.
            Hoe hebben anderen hun uitwijk en crisisorganisatie geregeld?

            Marc Seelen
            """
        ),
    },
    {
        "id": "d115-091",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Mark Ellison <mark.ellison@ellison-interim.eu>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hi both,

            Suggestion for November: cross-border cooperation with our German neighbours. How do merged organisations
            run Euregio projects when three councils each want their own say?

            Best, Mark
            """
        ),
    },
    {
        "id": "d115-092",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sanne Cuppen <s.cuppen@boschenbroek.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Raaijmakers, die deze week op reis is, het volgende onderwerp voor het atelier van
            8 november:

            'Eén loket voor ondernemers: de klantreis van een ondernemer die met drie gemeenten en drie sets regels te
            maken heeft.'

            Met vriendelijke groet,
            Sanne Cuppen
            Secretariaat directie Bosch en Broek
            """
        ),
    },
    {
        "id": "d115-093",
        "kind": "other",
        "sender": "Femke Manders <f.manders@hrm-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik lees dat de Adviesraad alle suggesties weegt. Is daar nog plek? Ik wil me daar graag voor aanmelden; ik
            heb de tijd en zit lang genoeg in het vak.

            Femke Manders
            """
        ),
    },
    {
        "id": "d115-094",
        "kind": "unsubscribe",
        "sender": "Yvonne Rutten <y.rutten@kempenrand-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Wilt u mij van de verzendlijst halen? Per 1 oktober ben ik directeur bij het waterschap en hoor ik niet meer
            bij de doelgroep van het netwerk.

            Yvonne Rutten
            """
        ),
    },
    {
        "id": "d115-095",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Hannah Whitfield <h.whitfield@kempenrand-oost.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Please unsubscribe me and delete all personal data you hold on me, in line with the GDPR. Thanks.

            Hannah
            """
        ),
    },
    {
        "id": "d115-096",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Marc Seelen <m.seelen@smn-gemeenten.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank. Nog eentje erbij: de positie van de werkorganisatie in de regiodeal, en wie ons daar
            vertegenwoordigt, de burgemeesters of de directie.

            Marc
            """
        ),
    },
    {
        "id": "d115-097",
        "kind": "other",
        "sender": "Geert Swinkels <g.swinkels@bvo-maaskempen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Prima. Wanneer horen we welke onderwerpen het geworden zijn? Ik wil mijn collega's er graag vooraf bij
            betrekken.
            """
        ),
    },
    # ---- October: invitation to 8 November, acknowledgements, substitutes, new members ----
    {
        "id": "d115-098",
        "kind": "rsvp",
        "attending": True,
        "sender": "Daan Bloemen <d.bloemen@zandloper-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            ja ik kom hoor

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "d115-099",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Verhagen <m.verhagen@dommelstroom-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wij komen met z'n drieën: ikzelf, onze directeur sociaal domein en de concerncontroller. Fijn dat dat kan!

            Marloes
            """
        ),
    },
    {
        "id": "d115-100",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mark Ellison <mark.ellison@ellison-interim.eu>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            I can't make it on 8 November; my colleague Ilona Verstegen (i.verstegen@beekdalpeel.nl) will attend
            instead.

            Mark
            """
        ),
    },
    {
        "id": "d115-101",
        "kind": "other",
        "sender": "Ton Verbruggen <t.verbruggen@raamvallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom alleen als ik onze adviseur strategie mag meenemen, ook al is zij geen directeur: we pakken het
            onderwerp bij ons samen op. Mag dat?

            Ton Verbruggen
            """
        ),
    },
    {
        "id": "d115-102",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marc Seelen <m.seelen@smn-gemeenten.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 8 november 2035: Dichtbij de inwoner "
                   "[atelier:2035-2]",
        "body": "Tot dan!",
    },
    {
        "id": "d115-103",
        "kind": "rsvp",
        "attending": False,
        "sender": "Daan Bloemen <d.bloemen@zandloper-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Correctie op mijn mail van gisteren: ik kan toch NIET op 8 november. Het AB van de GR is naar die middag
            verzet. Sorry voor de verwarring.

            Daan
            """
        ),
    },
    {
        "id": "d115-104",
        "kind": "unsubscribe",
        "sender": "Huub Vergoossen <h.vergoossen@maaspeelpoort.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom niet op 8 november, en het is ook tijd om het stokje over te dragen: ik stop eind van het jaar en
            wil graag van de ledenlijst af.

            Huub
            """
        ),
    },
    {
        "id": "d115-105",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ramon Driessen <r.driessen@peelkracht.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Afmelden voor 8 november s.v.p. Wél graag de uitnodiging voor het voorjaar blijven ontvangen.

            R. Driessen
            """
        ),
    },
    {
        "id": "d115-106",
        "kind": "other",
        "sender": "Geert Swinkels <g.swinkels@bvo-maaskempen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            De uitnodiging noemt Dienstverlening als thema; ik had monitoring van prestaties per gemeente ingediend.
            Komt dat onderwerp op 8 november ook aan bod, of is het afgevallen?

            Geert
            """
        ),
    },
    {
        "id": "d115-107",
        "kind": "autoreply",
        "sender": "Joanna Pike <j.pike@nierskant.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatic reply: Uitnodiging Leer- en inspireer-atelier 8 november 2035: Dichtbij de inwoner "
                   "[atelier:2035-2]",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "body": _(
            """
            I'm currently on annual leave and will be back on Monday 22 October. I will reply to your message as soon
            as possible after my return.

            Joanna Pike
            """
        ),
    },
    {
        "id": "d115-108",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.peelkracht.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.peelkracht.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <g.hermans@peelkracht.nl>: host mail.peelkracht.nl[10.20.4.11] said: 550 5.1.1
                <g.hermans@peelkracht.nl>: Recipient address rejected: User unknown in virtual
                mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d115-109",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nicole Bergmans <n.bergmans@nierskant.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "notes",
        "body": _(
            """
            Ik moet helaas toch afzeggen, er is iets tussengekomen. Haal me maar van de wachtlijst.

            Nicole Bergmans
            """
        ),
    },
    {
        "id": "d115-110",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ilona Verstegen <i.verstegen@beekdalpeel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-en",
        "body": _(
            """
            Thank you - I'm happy to attend on my colleague's behalf. See you in Deurnebroek.

            Ilona
            """
        ),
    },
    {
        "id": "d115-111",
        "kind": "other",
        "sender": "Wendy Hesen <w.hesen@grenspeel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Ik krijg een uitnodiging namens iemand die ik niet ken en die ook niet bij onze organisatie werkt. Is dit
            een vergissing, of heeft iemand mijn adres verkeerd doorgegeven?

            Wendy Hesen
            """
        ),
    },
    {
        "id": "d115-112",
        "kind": "subscribe",
        "sender": "Noor El Amrani <n.elamrani@beekdalpeel.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid "
                   "[atelier:2027-1]",
        "body": _(
            """
            Beste secretariaat,

            Deze uitnodiging kreeg ik via Martijn Vousten door. Ik ben zelf nog geen lid, maar zou dat wel graag worden:
            wilt u mij aanmelden? Op 8 november red ik het waarschijnlijk niet, maar een volgende keer graag.

            Noor El Amrani
            Directeur fysiek domein, Werkorganisatie Beekdal-Peel
            """
        ),
    },
    {
        "id": "d115-113",
        "kind": "confirm",
        "sender": "Noor El Amrani <n.elamrani@beekdalpeel.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ja, dit ben ik echt :-)

            Noor
            """
        ),
    },
    {
        "id": "d115-114",
        "kind": "subscribe",
        "sender": "Luc Peters <l.peters@peelkracht.nl>",
        "quote": "none",
        "subject": "lidmaatschap",
        "body": _(
            """
            Hallo, ik wil graag lid worden van jullie netwerk. Ben sinds september directeur bedrijfsvoering bij GR
            Peelkracht.

            gr Luc
            """
        ),
    },
    {
        "id": "d115-115",
        "kind": "confirm",
        "sender": "Luc Peters <l.peters@peelkracht.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Graag bevestig ik hierbij mijn aanmelding. Wellicht tot ziens op 8 november!

            Luc Peters
            """
        ),
    },
    {
        "id": "d115-116",
        "kind": "confirm",
        "sender": "Joost van Rijt <j.vanrijt@noorderpeeldv.nl>",
        "thread": "confirmation",
        "quote": "none",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-R8N2V-6KD4P-W9QXT]",
        "body": _(
            """
            Akkoord.

            J. van Rijt
            """
        ),
    },
    {
        "id": "d115-117",
        "kind": "other",
        "sender": "Ruud Janssen <r.janssen@hrm-werkorganisatie.nl>",
        "quote": "none",
        "subject": "Nieuwe collega",
        "body": _(
            """
            Beste Melanie,

            Onze nieuwe directeur sociaal domein, Rianne Kessels, wil graag lid worden. Kunt u haar toevoegen? Ze is er
            in november al bij als ze mag.

            Groet,
            Ruud
            """
        ),
    },
    {
        "id": "d115-118",
        "kind": "confirm",
        "sender": "Rianne Kessels <r.kessels@hrm-werkorganisatie.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja hoor, graag lid.

            Groeten, Rianne
            """
        ),
    },
    {
        "id": "d115-119",
        "kind": "unsubscribe",
        "sender": "Kees Willems <k.willems@bvo-maaskempen.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn collega heeft mij aangemeld en ik heb in een reflex op de bevestiging geantwoord, maar ik werk
            inmiddels niet meer in een directiefunctie en het netwerk is dus niet voor mij. Gelieve mij af te melden.

            Met vriendelijke groet,
            Kees Willems
            """
        ),
    },
    {
        "id": "d115-120",
        "kind": "subscribe",
        "sender": "Femke Manders <f.manders@hrm-werkorganisatie.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Lid blijven, a.u.b. Ik heb zelf niets afgemeld; waarschijnlijk heeft iemand op ons secretariaat op een mail
            van jullie met 'afmelden' geantwoord zonder te beseffen wat dat deed.

            Femke
            """
        ),
    },
    # ---- November: reminder (1 Nov), atelier (8 Nov), follow-up (13 Nov) ----
    {
        "id": "d115-121",
        "kind": "rsvp",
        "attending": False,
        "sender": "Geert Swinkels <g.swinkels@bvo-maaskempen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik moet donderdag helaas afhaken. In mijn plaats komt Paul Thijssen, onze directeur bedrijfsvoering:
            p.thijssen@bvo-maaskempen.nl.

            Geert
            """
        ),
    },
    {
        "id": "d115-122",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Verhagen <m.verhagen@dommelstroom-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Kleine correctie: we komen met z'n tweeën, niet met z'n drieën. Onze concerncontroller is ziek. Ikzelf ben
            er gewoon.

            Marloes
            """
        ),
    },
    {
        "id": "d115-123",
        "kind": "autoreply",
        "sender": "Martijn Vousten <m.vousten@beekdalpeel.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 8 november 2035 "
                   "[atelier:2035-2]",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Deze weken ben ik druk met de voorbereiding van de begrotingsbehandeling en lees ik mijn mail beperkt. Ik
            reageer uiterlijk 15 november. Voor spoed: bel 0492 - 33 41 00.

            Martijn Vousten
            """
        ),
    },
    {
        "id": "d115-124",
        "kind": "other",
        "sender": "Ton Verbruggen <t.verbruggen@raamvallei.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Kunt u de deelnemerslijst vooraf rondsturen? Ik ben nieuw in de regio en wil me graag voorbereiden op wie
            ik tref.

            Ton
            """
        ),
    },
    {
        "id": "d115-125",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ilona Verstegen <i.verstegen@beekdalpeel.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Voor het voorjaar van 2036: de meerjarenbegroting van de werkorganisatie onder druk. Hoe ga je om met
            taakstellingen op overhead en formatie zonder dat het primaire proces eronder lijdt?

            Ilona Verstegen
            """
        ),
    },
    {
        "id": "d115-126",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Marloes Verhagen <m.verhagen@dommelstroom-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Hoe betrek je drie gemeenteraden bij de strategische koers van de werkorganisatie, zodat ze zich samen
            eigenaar voelen van de langetermijnvisie in plaats van elk een eigen wensenlijstje in te brengen? Dat zou
            ik graag in het voorjaar bespreken.

            Marloes
            """
        ),
    },
    {
        "id": "d115-127",
        "kind": "other",
        "sender": "Paul Thijssen <p.thijssen@bvo-maaskempen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Het linkje naar het verslag geeft bij mij een 404. Kunt u het als pdf sturen?

            Met vriendelijke groet,
            Paul Thijssen
            """
        ),
    },
    {
        "id": "d115-128",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Joanna Pike <j.pike@nierskant.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            One for next spring: the journey of new residents moving into one of our municipalities. Could we offer a
            single welcome service - registration, parking permit, waste pass - instead of three separate counters?

            Joanna
            """
        ),
    },
    {
        "id": "d115-129",
        "kind": "other",
        "sender": "Ton Verbruggen <t.verbruggen@raamvallei.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dank voor de fijne middag! Mogen we het verslag delen met ons MT en de colleges, of is het alleen bedoeld
            voor de deelnemers?

            Ton
            """
        ),
    },
    {
        "id": "d115-130",
        "kind": "unsubscribe",
        "sender": "Roel Vullings <r.vullings@kesselwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Na dit mooie atelier neem ik afscheid: per 1 januari 2036 ga ik met pensioen. Wilt u mij afmelden? Over mijn
            opvolging wordt nog besloten.

            R. Vullings
            """
        ),
    },
    {
        "id": "d115-131",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Luc Peters <l.peters@peelkracht.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom. Een onderwerp dat me bezighoudt: het sturingsconcept. Een directieraad van drie
            gelijkwaardige directeuren of één algemeen directeur met eindverantwoordelijkheid: wat werkt beter in een
            werkorganisatie?

            Luc Peters
            """
        ),
    },
    {
        "id": "d115-132",
        "kind": "other",
        "sender": "Iris Mulders <i.mulders@zandloper-gr.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik ben aangemeld door mijn voorganger, maar ik ben geen directeur: ik ben bestuurssecretaris van de GR. Is
            het netwerk ook voor mij bedoeld?

            Iris Mulders
            """
        ),
    },
]
# fmt: on
