"""heldout34: a year (2034) of mail from directors of werkorganisaties and GR's in Friesland and the Kop van N-H.

The writers refer to this calendar of the network's year 2034. Atelier 2034-1, "Vier raden, één koers" (theme
Strategie): the call for themes goes out on Monday 9 January (topics welcome until Friday 27 January); the invitation
follows on Tuesday 7 February for Thursday 16 March 2034, 13.30-17.00, at Vergaderboerderij De Reidhoeke in
Heerenveen (answers before Monday 6 March). On Monday 27 February the one change of the year goes out: the atelier
keeps its place but moves to 14.30-18.00. The reminder follows on Monday 13 March, the follow-up with the report on
Tuesday 21 March. Atelier 2034-2, "Dichtbij de inwoner" (theme Dienstverlening): the call for themes on Monday
4 September (until Friday 22 September), the invitation on Monday 9 October for Thursday 9 November 2034,
14.00-17.30, at Zeilmakerij De Kaap, Havenkade 12, Den Helder (answers before Monday 30 October), the reminder on
Monday 6 November and the follow-up on Tuesday 14 November. In between, all year, the secretariat sends confirmation
requests and their single reminder, welcome mails, RSVP acknowledgements (some with a place on the waiting list),
substitutes' invitations, thank-yous for suggestions and leave confirmations, and people answer those too. Our
quoted mails are the fixed snapshot (its dates say 2027); the writers' own text speaks of the 2034 calendar.

The writers are algemeen directeuren, gemeentesecretaris-directeuren, directeuren bedrijfsvoering and sociaal
domein, their assistants and the odd substitute or guest from invented werkorganisaties and GR's in Friesland
(Noarderpoel, Skieppewâld, Wadkust-Fryslân, Trijemar, Meerwâlden, De Lege Fennen, It Fean, Greidhoeke-Súd,
Kleilân, Fjildwei, Sudergoa, Dongerwâld, Wâldsicht, Lytsewâld) and the Kop van Noord-Holland (Polderkaap,
Duinrand-Noord, Kaagwaard, Noorderschor, Helderduin, Zandkaap): people who retire, hand over their seat, come and
go, an interim director who writes English, writers with Frisian in their Dutch, phone mails, assistants, mail
systems. Some writers come back later in the year with a new answer.

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a later mail carries the latest answer (a no after a yes is an rsvp
  False, a "toch wel" after a decline an rsvp True).
- Under the call for themes, the follow-up, the thank-you or the welcome, a proposed topic is a suggestion, also
  with a yes or no beside it; a reply there that only says whether the writer comes is an rsvp; a proposal about
  the form (place, time of day, hybrid, table talks) is other.
- Themes are those of the proposed topic, not of the context told before it; two only where one topic clearly
  spans both (or two topics are proposed, one per line).
- Leaving the network and declining the atelier in one mail is an unsubscribe; "afmelden voor het atelier" that
  keeps the membership, and a decline with a substitute's name and address, are rsvp False.
- A named successor with an address taking over the seat (also under our goodbye) is an unsubscribe; a colleague
  reporting that someone left, or a successor without an address, is other.
- An AVG erasure is an unsubscribe with erase True; a request to see one's data is other.
- Signing up one named colleague with an address is a subscribe; several people or no address is other;
  "lid blijven" under our goodbye is a subscribe; a plain "ik heb me niet aangemeld" under the confirmation mail is
  an unsubscribe, one that asks where we got the address is other.
- A yes on a condition, a confirmation or yes with a real question or request beside it, thanks, complaints and an
  assistant's new mail about the director's attendance are other; an assistant answering our invitation is rsvp.
- Calendar accepts and declines are rsvp. Out-of-office, read receipts, ticket systems and "no longer in use"
  (also when they name a successor or a stand-in) are autoreply; delivery failures are bounce; neither quotes.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_OPROEP = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_UITNODIGING = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
_HERINNERING = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
_WIJZIGING = "Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_WELKOM = "Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties"
_VERVOLG = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
_BEVESTIGING = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- January: confirmations, the call for themes of atelier 2034-1 ---
    {
        "id": "h34-001",
        "kind": "confirm",
        "sender": "Hylke Postma <h.postma@noarderpoel.frl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding.

            Met vriendelijke groet,

            Hylke Postma
            Directeur bedrijfsvoering
            Werkorganisatie Noarderpoel
            T 0519 - 28 44 10

            Dit e-mailbericht is alleen bedoeld voor de geadresseerde(n). Hebt u dit bericht ten onrechte ontvangen,
            meld dit dan aan de afzender en verwijder het bericht. Werkorganisatie Noarderpoel aanvaardt geen
            aansprakelijkheid voor schade door het gebruik van elektronische communicatie.
            """
        ),
    },
    {
        "id": "h34-002",
        "kind": "subscribe",
        "sender": "Geartsje Rienstra <g.rienstra@skieppewald.nl>",
        "subject": "Aanmelding netwerk directeuren",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Per 2 januari ben ik gestart als algemeen directeur van GR Skieppewâld, de werkorganisatie van de
            gemeenten Hegewerd en Lytsebuorren. Mijn voorganger was lid van uw netwerk en ik meld me graag zelf
            ook aan.

            Hartelijke groet,
            Geartsje Rienstra
            """
        ),
    },
    {
        "id": "h34-003",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Tjeerd Wiersma <t.wiersma@wadkustfryslan.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Mijn onderwerp voor 16 maart:
            De positie van een kleine werkorganisatie in de regio, nu provincie en de grote buren steeds vaker de
            regiotafel bepalen. Hoe zorg je dat de gezamenlijke opgaven van onze drie gemeenten daar niet
            ondersneeuwen?

            Groet, Tjeerd Wiersma
            Algemeen directeur Wadkust-Fryslân
            """
        ),
    },
    {
        "id": "h34-004",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Aukje Hettinga <aukje.hettinga@trijemar.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Twee onderwerpen, zoals gevraagd één per regel:
            - een digitaal ondernemersloket dat ook werkt voor de agrariër zonder vaste computer op kantoor
            - de meerjarenraming van de GR, nu alle drie de gemeenten tegelijk moeten bezuinigen

            Aukje
            """
        ),
    },
    {
        "id": "h34-005",
        "kind": "autoreply",
        "sender": "Jelle Brouwer <j.brouwer@meerwalden.nl>",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: " + _OPROEP,
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Tot en met 19 januari ben ik afwezig (wintersport) en lees ik mijn mail niet. Voor dringende zaken kunt
            u contact opnemen met het directiesecretariaat, 0513 - 61 20 00.

            Jelle Brouwer
            """
        ),
    },
    {
        "id": "h34-006",
        "kind": "rsvp",
        "attending": True,
        "sender": "Froukje Tolsma <f.tolsma@lege-fennen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo,

            Zelf heb ik geen onderwerp in te brengen, de vorige keer vond ik het programma al prima zo. Maar
            16 maart houd ik vrij: ik kom.

            Froukje
            """
        ),
    },
    {
        "id": "h34-007",
        "kind": "other",
        "sender": "Kees Tesselaar <k.tesselaar@polderkaap.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste secretariaat,

            Geen inhoudelijk thema, wel een verzoek over de opzet. Vanuit de Kop is Heerenveen ruim anderhalf uur
            rijden. Zou u de ateliers kunnen laten afwisselen tussen Friesland en Noord-Holland, of een goede
            hybride variant aanbieden? Dan haken hier vast meer collega's aan.

            Vriendelijke groet,
            Kees Tesselaar
            Directeur Werkorganisatie Polderkaap
            """
        ),
    },
    {
        "id": "h34-008",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Fiona McAllister <f.mcallister@duinrandnoord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan, dear Melanie,

            Apologies for writing in English - my Dutch is improving but not yet up to this. A topic I would very
            much like to discuss: how do you build a long-term vision for a shared organisation when each of the
            councils works with a different time horizon and different political priorities? We are drafting our
            2040 strategy and I would value hearing how others approached it.

            Kind regards,
            Fiona McAllister
            Interim Director | GR Duinrand-Noord
            """
        ),
    },
    {
        "id": "h34-009",
        "kind": "confirm",
        "sender": "Sybren Hoogeveen <s.hoogeveen@itfean.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ja graag

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h34-010",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Wytske Sijtsma <w.sijtsma@sudergoa.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Melanie,

            Mijn eerste onderwerp is goed overgekomen, zie ik. Ik voeg er graag nog een toe: hoe meet je of de
            dienstverlening aan inwoners na de fusie echt beter is geworden? Wij hebben tevredenheidscijfers van vóór
            2030 en van nu, maar ze zijn niet met elkaar te vergelijken.

            Groet,
            Wytske
            """
        ),
    },
    {
        "id": "h34-011",
        "kind": "other",
        "sender": "Durk Kooistra <d.kooistra@dongerwald.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            In uw mail staat dat de Adviesraad alle suggesties weegt. Wie zitten er in die Adviesraad, en kan een
            directeur uit het noorden zich daarvoor beschikbaar stellen? Ik zou dat graag doen.

            Met vriendelijke groet,
            Durk Kooistra
            Gemeentesecretaris-directeur Werkorganisatie Dongerwâld
            """
        ),
    },
    {
        "id": "h34-012",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Rients Faber <r.faber@greidhoeke-sud.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goeie,

            Myn ûnderwerp foar it atelier: formatie en krapte. Wy krije de vacatures voor vergunningverleners en
            toezichthouders niet meer gevuld, en de buurgemeenten vissen in dezelfde vijver. Hoe lossen jullie dat
            op: eigen opleidingen, een flexpool, interne doorstroom?

            Groetnis,
            Rients Faber
            Directeur Werkorganisatie Greidhoeke-Súd
            """
        ),
    },
    {
        "id": "h34-013",
        "kind": "confirm",
        "sender": "Maarten Olij <m.olij@kaagwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - thank you.

            Maarten Olij
            Director Business Operations
            Werkorganisatie Kaagwaard
            """
        ),
    },
    {
        "id": "h34-014",
        "kind": "unsubscribe",
        "sender": "Pier Bergsma <p.bergsma@fjildwei.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mensen,

            Op 1 februari ga ik met pensioen, dus een onderwerp voor maart heb ik niet meer. Wilt u mij van de
            ledenlijst halen? Wie mij opvolgt is nog niet bekend; die meldt zich vast zelf wel.

            Het ga jullie goed,
            Pier Bergsma
            """
        ),
    },
    {
        "id": "h34-015",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Marten Zijlstra <m.zijlstra@kleilan.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Ik kom sowieso op 16 maart. Onderwerp: waar staat onze werkorganisatie in 2040? We willen een visie
            maken die verder reikt dan deze collegeperiode en zoeken voorbeelden van collega's.

            Gr Marten

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h34-016",
        "kind": "other",
        "sender": "Tsjitske Algra <t.algra@trijemar.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom. In de mail mis ik een datum: wanneer is het eerstvolgende atelier, en waar? Dan
            kan ik het alvast blokkeren.

            Tsjitske Algra
            Directeur Sociaal Domein, Werkorganisatie Trijemar
            """
        ),
    },
    {
        "id": "h34-017",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Anneke Wijbenga <a.wijbenga@waldsicht.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Goedendag,

            U vraagt of ik al een onderwerp heb. Jazeker: informatiebeheer na de fusie. Wij zitten met drie
            archieven, twee zaaksystemen en één team dat het allemaal moet bijhouden. Ik ben benieuwd hoe anderen
            hun I&A na de samenvoeging hebben ingericht.

            Met vriendelijke groet,
            Anneke Wijbenga
            Directeur Werkorganisatie Wâldsicht
            """
        ),
    },
    {
        "id": "h34-018",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.noorderschor.nl>",
        "subject": "Undelivered Mail Returned to Sender",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx1.noorderschor.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <c.vos@noorderschor.nl>: host mail.noorderschor.nl[10.12.4.20] said: 550 5.1.1
                <c.vos@noorderschor.nl>: Recipient address rejected: User unknown in virtual
                mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h34-019",
        "kind": "other",
        "sender": "Jeroen Blokker <j.blokker@helderduin.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij nergens voor aangemeld. Wie heeft dit adres aan u doorgegeven? Er staat een
            secretariaatsadres in uw mail, maar daar weten ze bij ons van niets.

            J. Blokker
            """
        ),
    },
    {
        "id": "h34-020",
        "kind": "unsubscribe",
        "sender": "Ineke Wit <i.wit@zandkaap.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Deze aanmelding komt niet van mij, ik heb me nergens opgegeven. Graag geen mails meer.

            Ineke Wit
            """
        ),
    },
    {
        "id": "h34-021",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Tamara Bijlsma <t.bijlsma@lege-fennen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            > - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;

            Daar laat ik het bestuur over.

            > - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen,

            Ja! Chatbots in het klantcontact: wie heeft er ervaring mee, en wat vinden inwoners er eigenlijk van?

            Tamara Bijlsma
            """
        ),
    },
    # --- February: the invitation for 16 March in Heerenveen ---
    {
        "id": "h34-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Douwe Hiemstra <d.hiemstra@noarderpoel.frl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom. We zijn met z'n tweeën: ik neem onze concerncontroller mee, Jildou Visser.

            Groet,
            Douwe Hiemstra
            Gemeentesecretaris-directeur
            """
        ),
    },
    {
        "id": "h34-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Minke Dijkstra <minke.dijkstra@lytsewald.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee, helaas. Op 16 maart heb ik algemeen bestuur van de veiligheidsregio en daar kan ik niet onderuit.

            Minke
            """
        ),
    },
    {
        "id": "h34-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bas Groot <b.groot@kaagwaard.nl>",
        "thread": "invitation",
        "subject": "Geaccepteerd: " + _UITNODIGING,
        "quote": "none",
        "body": "",
    },
    {
        "id": "h34-025",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yvonne Keijzer <y.keijzer@noorderschor.nl>",
        "thread": "invitation",
        "subject": "Geweigerd: " + _UITNODIGING,
        "quote": "none",
        "body": _(
            """
            Helaas, een dubbele afspraak.
            """
        ),
    },
    {
        "id": "h34-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Klaas Spoelstra <k.spoelstra@fjildwei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Zelf zit ik die donderdag in Den Haag. In mijn plaats komt Wietske Bosma, onze directeur sociaal
            domein: w.bosma@fjildwei.nl. Zij heeft de middag al vrijgehouden.

            Groet, Klaas
            """
        ),
    },
    {
        "id": "h34-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sjoukje Terpstra | Directiesecretariaat <secretariaat.directie@itfean.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Namens de heer Hoogeveen laat ik u weten dat hij graag komt. Ik heb de middag in zijn agenda gezet.

            Met vriendelijke groet,
            Sjoukje Terpstra
            Directiesecretaresse Werkorganisatie It Fean
            """
        ),
    },
    {
        "id": "h34-028",
        "kind": "other",
        "sender": "Hinke Zwart <h.zwart@trijemar.nl>",
        "subject": "Atelier 16 maart - mw. Algra",
        "quote": "none",
        "body": _(
            """
            Geacht secretariaat,

            Ter informatie: mevrouw Algra zal bij het atelier van 16 maart aanwezig zijn. Zij heeft die ochtend een
            overleg in Leeuwarden en schuift rond kwart over twee aan.

            Vriendelijke groeten,
            Hinke Zwart
            Managementassistent directie Trijemar
            """
        ),
    },
    {
        "id": "h34-029",
        "kind": "other",
        "sender": "Wim Roskam <w.roskam@helderduin.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Graag aanwezig, op voorwaarde dat ik om half vier weg kan: dan begint onze raadscommissie in Den Helder.
            Is dat een probleem voor de opzet van de middag, of kan ik beter een collega sturen?

            Wim Roskam
            """
        ),
    },
    {
        "id": "h34-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Fiona McAllister <f.mcallister@duinrandnoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, count me in. Looking forward to meeting colleagues from further north.

            Best,
            Fiona
            """
        ),
    },
    {
        "id": "h34-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rinse Jongsma <r.jongsma@kleilan.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Helaas, die week zit ik in Brussel voor het Comité van de Regio's. Volgende keer beter!

            Rinse Jongsma
            Werkorganisatie Kleilân
            """
        ),
    },
    {
        "id": "h34-032",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marco Bakker <m.bakker@zandkaap.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het bericht. Ik sta op de wachtlijst, zie ik, maar inmiddels heb ik die middag iets anders
            gepland. Haal me er dus maar af, dan kan iemand anders de plek krijgen als die vrijkomt.

            Marco Bakker
            """
        ),
    },
    {
        "id": "h34-033",
        "kind": "other",
        "sender": "Petra Kaan <p.kaan@polderkaap.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Plaats 2 op de wachtlijst: hoe groot is de kans dat er nog iets vrijkomt? Ik moet deze week beslissen of
            ik een andere afspraak op de 16e verzet.

            Groet, Petra Kaan
            """
        ),
    },
    {
        "id": "h34-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wietske Bosma <w.bosma@fjildwei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "body": _(
            """
            Dank jullie wel, ik kom graag namens Klaas.

            Wietske

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h34-035",
        "kind": "rsvp",
        "attending": False,
        "sender": "Harmen Feenstra <h.feenstra@meerwalden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Jelle vroeg of ik in zijn plaats wilde gaan, maar op 16 maart zit ik zelf in een training. Ik heb het
            hem al laten weten; misschien vindt hij nog iemand anders.

            Met vriendelijke groet,
            Harmen Feenstra
            Manager Publiekszaken
            """
        ),
    },
    {
        "id": "h34-036",
        "kind": "unsubscribe",
        "sender": "Jan Schoorl <j.schoorl@helderduin.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom niet, en eerlijk gezegd kunt u mij ook van de lijst halen: per 1 april vertrek ik bij Helderduin
            naar het bedrijfsleven.

            Jan Schoorl
            """
        ),
    },
    {
        "id": "h34-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Lieuwe Kuipers <l.kuipers@lytsewald.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Hierbij meld ik me af voor het atelier van 16 maart. In november ben ik er graag weer bij.

            Lieuwe Kuipers
            """
        ),
    },
    {
        "id": "h34-038",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sjoerd Yntema <s.yntema@greidhoeke-sud.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Ja, ik kom! Oant sjen yn It Hearrenfean.

            Sjoerd
            """
        ),
    },
    {
        "id": "h34-039",
        "kind": "subscribe",
        "sender": "Marten Zijlstra <m.zijlstra@kleilan.nl>",
        "subject": "Nieuw lid",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Mijn collega Femke Tuinstra, sinds kort directeur Sociaal Domein bij onze werkorganisatie, wil ook graag
            lid worden van het netwerk. Haar adres is f.tuinstra@kleilan.nl.

            Groet, Marten Zijlstra
            """
        ),
    },
    {
        "id": "h34-040",
        "kind": "other",
        "sender": "Tjeerd Wiersma <t.wiersma@wadkustfryslan.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Mooi programma. Kunt u ook onze drie clustermanagers als lid inschrijven? Dan krijgen zij voortaan
            zelf de uitnodigingen. Hun namen:
            - Anke Boonstra
            - Evert Zandstra
            - Nynke Dam

            Tjeerd
            """
        ),
    },
    {
        "id": "h34-041",
        "kind": "rsvp",
        "attending": True,
        "sender": "Reinder Hoekstra <r.hoekstra@waldsicht.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ja ik kom, met 2 collega's. gr Reinder

            Verzonden vanuit Outlook voor Android
            """
        ),
    },
    {
        "id": "h34-042",
        "kind": "autoreply",
        "sender": "Emma Dalton <e.dalton@kaagwaard.nl>",
        "thread": "invitation",
        "subject": "Automatic reply: " + _UITNODIGING,
        "quote": "none",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Thank you for your email. I am away from the office until Monday 20 February with limited access to
            email. For urgent matters please contact Bas Groot (b.groot@kaagwaard.nl).

            Emma Dalton
            """
        ),
    },
    {
        "id": "h34-043",
        "kind": "autoreply",
        "sender": "Anke de Haan <a.dehaan@zandkaap.nl>",
        "subject": "Dit adres is niet meer in gebruik",
        "quote": "none",
        "body": _(
            """
            Dit e-mailadres wordt niet meer gelezen en uw bericht is niet doorgestuurd. Voor vragen aan de
            Werkorganisatie Zandkaap kunt u mailen naar info@zandkaap.nl of bellen met 0224 - 21 30 00.
            """
        ),
    },
    {
        "id": "h34-044",
        "kind": "confirm",
        "sender": "Gerrit Boersma <gerrit.boersma@sudergoa.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            OK

            Met vriendelijke groet,
            G. Boersma
            Directeur bedrijfsvoering GR Sudergoa

            -------------------------------------------------------
            Disclaimer: aan dit bericht kunnen geen rechten worden ontleend. Dit bericht is uitsluitend bestemd voor
            de geadresseerde. Is dit bericht niet voor u bedoeld, stel de afzender dan op de hoogte en verwijder het.
            """
        ),
    },
    {
        "id": "h34-045",
        "kind": "other",
        "sender": "Femke Tuinstra <f.tuinstra@kleilan.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Wat een warm welkom, dank jullie wel! Ik kijk uit naar mijn eerste keer.

            Femke
            """
        ),
    },
    # --- 27 February: the change of time (14.30-18.00) ---
    {
        "id": "h34-046",
        "kind": "rsvp",
        "attending": False,
        "sender": "Douwe Hiemstra <d.hiemstra@noarderpoel.frl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Vervelend: met een eindtijd van 18.00 uur red ik het niet, ik moet om half zes de kinderen ophalen. Dan
            moet ik me helaas toch afmelden, en Jildou komt dan ook niet.

            Douwe
            """
        ),
    },
    {
        "id": "h34-047",
        "kind": "other",
        "sender": "Reinder Hoekstra <r.hoekstra@waldsicht.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            In de wijziging zie ik twee verschillende locaties staan. Klopt het dat alleen de tijd verschuift en dat
            we gewoon naar De Reidhoeke gaan? Ik moet het busje voor mijn collega's regelen.

            Groet, Reinder Hoekstra
            """
        ),
    },
    {
        "id": "h34-048",
        "kind": "rsvp",
        "attending": True,
        "sender": "Petra Kaan <p.kaan@polderkaap.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Als ik nog op de wachtlijst sta: met de latere tijd kan ik juist wel, mijn andere afspraak is om 13.00
            uur afgelopen. Ik kom graag zodra er plek is.

            Petra
            """
        ),
    },
    {
        "id": "h34-049",
        "kind": "autoreply",
        "sender": "Gerrit Boersma <gerrit.boersma@sudergoa.nl>",
        "thread": "invitation",
        "subject": "Gelezen: " + _WIJZIGING,
        "quote": "none",
        "body": _(
            """
            Uw bericht

                Aan: Boersma, Gerrit
                Onderwerp: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]
                Verzonden: maandag 27 februari 2034 10:02:11 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is gelezen op dinsdag 28 februari 2034 08:47:35 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    # --- March: the reminder, the atelier, the follow-up ---
    {
        "id": "h34-050",
        "kind": "rsvp",
        "attending": False,
        "sender": "Marten Zijlstra <m.zijlstra@kleilan.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            helaas kan ik niet, griep te pakken. sorry voor de late afmelding

            Marten

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h34-051",
        "kind": "other",
        "sender": "Aukje Hettinga <aukje.hettinga@trijemar.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Is er bij De Reidhoeke genoeg parkeerruimte, en zit er een laadpaal? Ik kom elektrisch vanuit
            Trijemar en red het niet heen en terug op een lading.

            Aukje
            """
        ),
    },
    {
        "id": "h34-052",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tjeerd Wiersma <t.wiersma@wadkustfryslan.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Ik lig plat met een hernia. Gerbrich Kingma (g.kingma@wadkustfryslan.nl), ons hoofd Strategie, gaat in
            mijn plaats. Ze weet ervan.

            Tjeerd
            """
        ),
    },
    {
        "id": "h34-053",
        "kind": "rsvp",
        "attending": True,
        "sender": "Froukje Tolsma <f.tolsma@lege-fennen.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Dank voor de herinnering. Ik ben er donderdag, tot dan!

            Froukje
            """
        ),
    },
    {
        "id": "h34-054",
        "kind": "other",
        "sender": "Bas Groot <b.groot@kaagwaard.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Ik kom. Mag ik als gast onze wethouder bedrijfsvoering meenemen? Zij is geen directeur, maar het thema
            raakt haar portefeuille direct.

            Bas Groot
            """
        ),
    },
    {
        "id": "h34-055",
        "kind": "autoreply",
        "sender": "Nynke Bouwhuis <n.bouwhuis@dongerwald.nl>",
        "thread": "reminder",
        "subject": "Afwezig: " + _HERINNERING,
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Goedendag,

            Van 13 tot en met 20 maart ben ik afwezig. Uw e-mail wordt na mijn terugkomst behandeld. Bij spoed kunt
            u bellen met 0519 - 24 88 00 en vragen naar de dienstdoende directeur.

            Met vriendelijke groet,
            Nynke Bouwhuis
            """
        ),
    },
    {
        "id": "h34-056",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Sybren Hoogeveen <s.hoogeveen@itfean.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat mij betreft voor de volgende keer: hoe bied je inwoners één gezicht, aan de balie, aan de telefoon
            en online, als je backoffice nog uit drie culturen bestaat? De inwoner merkt nog te vaak uit welke
            gemeente de medewerker komt.

            Groet,
            Sybren Hoogeveen
            """
        ),
    },
    {
        "id": "h34-057",
        "kind": "other",
        "sender": "Sjoerd Yntema <s.yntema@greidhoeke-sud.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank voor een inspirerende middag. Alleen geeft de link naar het verslag bij mij 'pagina niet
            gevonden'. Kunt u het verslag als pdf sturen?

            Sjoerd
            """
        ),
    },
    {
        "id": "h34-058",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Fiona McAllister <f.mcallister@duinrandnoord.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thank you for a great afternoon. For next time I would suggest benchmarking: how do our permit
            turnaround times and resident satisfaction scores compare with those of similar shared organisations?
            We have the data but no reference group.

            Fiona
            """
        ),
    },
    {
        "id": "h34-059",
        "kind": "other",
        "sender": "Bas Groot <b.groot@kaagwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Compliment voor de organisatie. Een suggestie voor de vorm: minder plenair en meer tafelgesprekken van
            zes, zeven mensen. En probeer eens een ochtend, dan zijn de collega's uit de Kop voor het donker thuis.

            Bas Groot
            """
        ),
    },
    {
        "id": "h34-060",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Aukje Hettinga <aukje.hettinga@trijemar.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Twee onderwerpen voor november:
            - verzuim en vitaliteit: ons verzuim zit al twee jaar boven de 7 procent
            - strategische personeelsplanning: welke formatie en welke functies hebben we in 2040 nodig?

            Aukje Hettinga
            Directeur Werkorganisatie Trijemar
            """
        ),
    },
    {
        "id": "h34-061",
        "kind": "other",
        "sender": "Geesje Veenstra <g.veenstra@fjildwei.nl>",
        "subject": "FW: " + _VERVOLG,
        "quoted": "vervolg_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemiddag,

            Onderstaand bericht was gericht aan de heer Spoelstra. Hij gaat per 1 april uit dienst bij GR Fjildwei;
            een opvolger is nog niet benoemd. Wij laten het u weten zodra dat zo is.

            Met vriendelijke groet,
            Geesje Veenstra
            Directiesecretaris GR Fjildwei
            """
        ),
    },
    # --- April to August: people come and go ---
    {
        "id": "h34-062",
        "kind": "unsubscribe",
        "sender": "Yvonne Keijzer <y.keijzer@noorderschor.nl>",
        "subject": "Wisseling directeur Noorderschor",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            Per 1 mei neemt Ruud Zeeman mijn functie bij GR Noorderschor over; ik ga naar de provincie. Wilt u mij
            afmelden en Ruud in mijn plaats op de lijst zetten? Zijn adres: r.zeeman@noorderschor.nl.

            Dank en groet,
            Yvonne Keijzer
            """
        ),
    },
    {
        "id": "h34-063",
        "kind": "unsubscribe",
        "sender": "Jan Schoorl <j.schoorl@helderduin.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Inmiddels is bekend wie mij opvolgt: Annet Visser-Dekker, a.visserdekker@helderduin.nl. Zij neemt mijn
            plek in het netwerk graag over.

            Jan
            """
        ),
    },
    {
        "id": "h34-064",
        "kind": "subscribe",
        "sender": "Rinse Jongsma <r.jongsma@kleilan.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Lid blijven graag! Die afmelding was een misverstand: mijn secretariaat dacht dat ik vertrok, maar ik
            wissel alleen van portefeuille.

            Rinse
            """
        ),
    },
    {
        "id": "h34-065",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Minke Dijkstra <minke.dijkstra@lytsewald.nl>",
        "subject": "Verzoek verwijdering persoonsgegevens (AVG)",
        "quote": "none",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens uit uw administratie te verwijderen
            en mij uit te schrijven als lid van het netwerk. Graag ontvang ik een bevestiging zodra dit is gebeurd.

            Met vriendelijke groet,
            Minke Dijkstra
            """
        ),
    },
    {
        "id": "h34-066",
        "kind": "other",
        "sender": "Maarten Olij <m.olij@kaagwaard.nl>",
        "subject": "Inzage gegevens",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Ik zou graag weten welke persoonsgegevens u van mij bewaart en waarvoor u die gebruikt (art. 15 AVG).
            Wilt u mij een overzicht sturen? Lid blijven wil ik overigens wel.

            Maarten Olij
            """
        ),
    },
    {
        "id": "h34-067",
        "kind": "subscribe",
        "sender": "Oliver Brandt <o.brandt@kaagwaard.nl>",
        "subject": "Membership",
        "quote": "none",
        "body": _(
            """
            Hello,

            I started as director of operations at Werkorganisatie Kaagwaard in April, and a colleague pointed me
            to your network. I would like to join - please add me with this address.

            Best regards,
            Oliver Brandt
            """
        ),
    },
    {
        "id": "h34-068",
        "kind": "autoreply",
        "sender": "Jelle Brouwer <j.brouwer@meerwalden.nl>",
        "thread": "call_for_themes",
        "subject": "Automatisch antwoord: " + _VERVOLG,
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik ben niet meer werkzaam bij Werkorganisatie Meerwâlden. Uw e-mail wordt niet doorgestuurd. Voor
            lopende zaken kunt u terecht bij mijn opvolger, Lolkje Reitsma: l.reitsma@meerwalden.nl.
            """
        ),
    },
    {
        "id": "h34-069",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae@greidhoeke-sud.nl>",
        "subject": "Undeliverable: " + _BEVESTIGING,
        "quote": "none",
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            a.bakker@greidhoeke-sud.nl
            The email address you entered couldn't be found. Please check the recipient's email address and try to
            resend the message. If the problem continues, please contact your helpdesk.

            Diagnostic information for administrators:

            Generating server: EXCH02.greidhoeke-sud.local

            a.bakker@greidhoeke-sud.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup'
            """
        ),
    },
    {
        "id": "h34-070",
        "kind": "confirm",
        "sender": "Ruud Zeeman <r.zeeman@noorderschor.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Excuses voor de late reactie, het was druk met de overdracht. Bij dezen alsnog bevestigd.

            Ruud Zeeman
            Algemeen directeur GR Noorderschor
            """
        ),
    },
    {
        "id": "h34-071",
        "kind": "confirm",
        "sender": "Annet Visser-Dekker <a.visserdekker@helderduin.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": "",
    },
    {
        "id": "h34-072",
        "kind": "subscribe",
        "sender": "Directiesecretariaat Trijemar <directiesecretariaat@trijemar.nl>",
        "subject": "Aanmelding nieuwe algemeen directeur",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Graag melden wij onze nieuwe algemeen directeur, mevrouw Ytsje de Boer, aan voor het netwerk. Zij is
            bereikbaar via y.deboer@trijemar.nl.

            Met vriendelijke groet,
            Hinke Zwart
            Directiesecretariaat
            """
        ),
    },
    {
        "id": "h34-073",
        "kind": "other",
        "sender": "Geesje Veenstra <g.veenstra@fjildwei.nl>",
        "subject": "Doorst: " + _WELKOM,
        "quoted": "welkom",
        "quote": "doorgestuurd",
        "body": _(
            """
            Beste secretariaat,

            Hierbij de welkomstmail die de heer Spoelstra destijds van u kreeg. Per 1 juni start Jan-Willem Kaan
            als zijn opvolger. Kunt u hem aanmelden? Zijn mailadres is nog niet aangemaakt; dat volgt.

            Groet, Geesje Veenstra
            """
        ),
    },
    {
        "id": "h34-074",
        "kind": "unsubscribe",
        "sender": "Nynke Bouwhuis <n.bouwhuis@dongerwald.nl>",
        "subject": "afmelden",
        "quote": "none",
        "body": _(
            """
            afmelden

            N. Bouwhuis
            """
        ),
    },
    {
        "id": "h34-075",
        "kind": "unsubscribe",
        "sender": "Fiona McAllister <f.mcallister@duinrandnoord.nl>",
        "subject": "Unsubscribe",
        "quote": "none",
        "body": _(
            """
            Hi both,

            My interim assignment at Duinrand-Noord ends this month, so please take me off the mailing list. It has
            been a pleasure - thank you for the warm welcome to a foreigner in the Kop.

            Fiona
            """
        ),
    },
    {
        "id": "h34-076",
        "kind": "autoreply",
        "sender": "Ytsje de Boer <y.deboer@trijemar.nl>",
        "thread": "welcome",
        "subject": "Automatysk antwurd: " + _WELKOM,
        "quote": "none",
        "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        "body": _(
            """
            Ik bin mei fakânsje oant en mei 4 augustus.
            Ik ben met vakantie tot en met 4 augustus en lees mijn mail niet. Voor dringende zaken:
            directiesecretariaat@trijemar.nl.

            Ytsje de Boer
            """
        ),
    },
    {
        "id": "h34-077",
        "kind": "confirm",
        "sender": "Oliver Brandt <o.brandt@kaagwaard.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Bevestigd 👍

            Sent from my iPhone
            """
        ),
    },
    {
        "id": "h34-078",
        "kind": "other",
        "sender": "Lolkje Reitsma <l.reitsma@meerwalden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij deze bevestig ik. Een vraag: kunnen de berichten ook naar ons directiesecretariaat, zodat zij de
            ateliers in mijn agenda kunnen zetten?

            Lolkje Reitsma
            """
        ),
    },
    {
        "id": "h34-079",
        "kind": "unsubscribe",
        "sender": "Harmen Feenstra <h.feenstra@meerwalden.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik zie dat ik nu lid ben, maar dat was niet de bedoeling: ik ben manager, geen directeur. Meld me maar
            weer af.

            Harmen Feenstra
            """
        ),
    },
    {
        "id": "h34-080",
        "kind": "confirm",
        "sender": "Tamara Bijlsma <t.bijlsma@lege-fennen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Bevestigd. Leuk dat dit netwerk bestaat; Wybren Hofstra had me er al enthousiast over verteld.

            Tamara Bijlsma
            Directeur Dienstverlening De Lege Fennen
            """
        ),
    },
    {
        "id": "h34-081",
        "kind": "subscribe",
        "sender": "Ymkje Sikkema <y.sikkema@noarderpoel.frl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Lid blijven. Verkeerde knop 🙈

            Ymkje
            """
        ),
    },
    {
        "id": "h34-082",
        "kind": "autoreply",
        "sender": "KCC GR Sudergoa <klantcontact@sudergoa.nl>",
        "thread": "call_for_themes",
        "subject": "[Z-2034-014872] Ontvangstbevestiging: " + _OPROEP,
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte afzender,

            Wij hebben uw bericht in goede orde ontvangen en geregistreerd onder zaaknummer Z-2034-014872. U
            ontvangt binnen vijf werkdagen een reactie. Vermeld bij verdere correspondentie altijd het zaaknummer.

            Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.

            Klantcontactcentrum GR Sudergoa
            """
        ),
    },
    # --- September: the call for themes of atelier 2034-2 ---
    {
        "id": "h34-083",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Lolkje Reitsma <l.reitsma@meerwalden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Mijn onderwerp voor november: de inzet van AI in de werkprocessen van Vergunningen en Belastingen. Wie
            heeft al een pilot gedraaid, wat waren de valkuilen, en hoe hebben jullie de medewerkers meegenomen?

            Met vriendelijke groet,
            Lolkje Reitsma
            Directeur Werkorganisatie Meerwâlden
            """
        ),
    },
    {
        "id": "h34-084",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Rients Faber <r.faber@greidhoeke-sud.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Goeie,

            Ûnderwerp: hoe bedienen we inwoners die liever in het Fries schrijven? Ons digitale loket en onze
            brieven zijn alleen Nederlands, terwijl we een Friese taalverordening hebben. Hoe doen anderen dat?

            Rients
            """
        ),
    },
    {
        "id": "h34-085",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Wybren Hofstra <w.hofstra@lege-fennen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Eerst wat context. De Lege Fennen is in 2029 ontstaan uit de ambtelijke organisaties van drie
            gemeenten. De eerste jaren gingen op aan de organisatie zelf: één formatieplan, één huisvesting, één
            zaaksysteem. Dat staat inmiddels. Maar sinds de verkiezingen heeft de raad van de kleinste gemeente een
            motie aangenomen om 'de mogelijkheden van uittreding te verkennen'.

            Mijn vraag voor het atelier: hoe houd je de gezamenlijke ambities en opgaven overeind als een van de
            deelnemende gemeenten twijfelt aan de samenwerking?

            Ik ben benieuwd of collega's dit hebben meegemaakt.

            Hartelijke groet,
            Wybren Hofstra
            Algemeen directeur De Lege Fennen
            """
        ),
    },
    {
        "id": "h34-086",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Oliver Brandt <o.brandt@kaagwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi,

            A suggestion: how do you set the administrative priorities of the organisation for a new council term
            when three coalition agreements point in different directions? Who decides what comes first?

            Oliver
            """
        ),
    },
    {
        "id": "h34-087",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lieuwe Kuipers <l.kuipers@lytsewald.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geen thema's van mijn kant. Wel alvast: 9 november staat in mijn agenda, ik ben erbij.

            Lieuwe
            """
        ),
    },
    {
        "id": "h34-088",
        "kind": "suggestion",
        "themes": ["strategie", "samenwerking"],
        "sender": "Kees Tesselaar <k.tesselaar@polderkaap.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste secretariaat,

            Mijn onderwerp raakt aan twee thema's tegelijk: welke langetermijnkoers kiest een werkorganisatie in de
            Kop van Noord-Holland, nu de regio met de regiodeal en de woondeal steeds meer samen bepaalt? Het is
            strategie en positie in de regio in één: wat leggen we zelf vast en wat laten we aan de regio?

            Kees Tesselaar
            """
        ),
    },
    {
        "id": "h34-089",
        "kind": "other",
        "sender": "Wytske Sijtsma <w.sijtsma@sudergoa.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoeveel onderwerpen mag je eigenlijk insturen? En tellen de suggesties die ik in januari stuurde nog
            mee, of moet ik ze opnieuw indienen?

            Wytske
            """
        ),
    },
    {
        "id": "h34-090",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Rients Faber <r.faber@greidhoeke-sud.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "apple",
        "body": _(
            """
            Noch ien ding: ook graag iets over hoe we de tevredenheid van inwoners over het KCC meten. Wij doen dat
            nu alleen met een smiley na het gesprek.

            Rients
            """
        ),
    },
    {
        "id": "h34-091",
        "kind": "other",
        "sender": "Lolkje Reitsma <l.reitsma@meerwalden.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. U hebt mijn onderwerp bij Organisatie gezet, maar ik dacht zelf eerder aan
            Dienstverlening, omdat de AI-pilot vooral om snellere vergunningen voor inwoners gaat. Kunt u dat
            aanpassen, of bepaalt de Adviesraad dat?
            """
        ),
    },
    {
        "id": "h34-092",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ruud Zeeman <r.zeeman@noorderschor.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Onderwerp voor 9 november:
            Hybride werken en huisvesting. Wij hebben drie gemeentehuizen en een bezetting van 40 procent. Wat doen
            we met het derde gebouw?

            Ruud
            """
        ),
    },
    {
        "id": "h34-093",
        "kind": "unsubscribe",
        "sender": "Reinder Hoekstra <r.hoekstra@waldsicht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Haal mij maar van de lijst. Ik zit sinds deze zomer niet meer in de directie maar ben programmamanager
            geworden, dus het netwerk is niet meer voor mij.

            Reinder
            """
        ),
    },
    {
        "id": "h34-094",
        "kind": "autoreply",
        "sender": "Oliver Brandt <o.brandt@kaagwaard.nl>",
        "thread": "call_for_themes",
        "subject": "Automatic reply: " + _OPROEP,
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            I'm on leave until 18 September. Your email will not be forwarded. For anything urgent, please call the
            Kaagwaard front desk on 0224 - 57 11 00.

            Oliver
            """
        ),
    },
    {
        "id": "h34-095",
        "kind": "other",
        "sender": "Lisanne Hoefnagel <lisanne@brugwachter-advies.nl>",
        "subject": "Spreker voor uw atelier?",
        "quote": "none",
        "body": _(
            """
            Beste organisatoren,

            Via LinkedIn zag ik dat u in november weer een atelier organiseert. Bureau Brugwachter begeleidt al
            tien jaar ambtelijke fusies en onze partner Koen Veldkamp spreekt graag kosteloos over cultuur na de
            fusie: hoe maak je van drie ambtelijke culturen één organisatie? Zullen we eens bellen?

            Met vriendelijke groet,
            Lisanne Hoefnagel
            Brugwachter Advies | Sneek
            """
        ),
    },
    {
        "id": "h34-096",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Ytsje de Boer <y.deboer@trijemar.nl>",
        "subject": "Onderwerp najaarsatelier",
        "quote": "none",
        "body": _(
            """
            Beste secretariaat,

            De oproep kon ik niet meer terugvinden, daarom zo: graag zou ik in november praten over
            dienstverlening in de kleine kernen. Veel ouderen komen liever naar de balie, maar die gaat in twee
            dorpen dicht. Hoe houden we de dienstverlening daar toegankelijk?

            Ytsje de Boer
            """
        ),
    },
    {
        "id": "h34-097",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marrit Jansma <m.jansma@sudergoa.nl>",
        "subject": "FW: " + _OPROEP,
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw Sijtsma stuur ik u haar onderwerp voor het atelier: de financiële positie van de GR na
            de herijking van het gemeentefonds. Zij is benieuwd hoe andere werkorganisaties hun begroting sluitend
            krijgen zonder in de formatie te snijden.

            Met vriendelijke groet,
            Marrit Jansma
            Secretariaat directie GR Sudergoa
            """
        ),
    },
    {
        "id": "h34-098",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Anneke Wijbenga <a.wijbenga@waldsicht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            In november kan ik er helaas niet bij zijn, maar ik draag wel graag een onderwerp aan: samenwerken met
            gemeenten buiten onze GR aan gezamenlijke opgaven, zoals de energietransitie langs de Waddenkust. Hoe
            geef je zo'n samenwerking vorm zonder er weer een nieuwe GR bij te maken?

            Anneke
            """
        ),
    },
    {
        "id": "h34-099",
        "kind": "confirm",
        "sender": "Grytsje Boonstra <g.boonstra@lytsewald.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Jawis, ik wol graach lid wurde. Sorry dat it wat lang duorre.

            Grytsje Boonstra
            """
        ),
    },
    {
        "id": "h34-100",
        "kind": "subscribe",
        "sender": "Jetse Bouma <j.bouma@dongerwald.nl>",
        "subject": "Oanmelding",
        "quote": "none",
        "body": _(
            """
            Goeiemoarn,

            Graach wol ik my oanmelde foar it netwurk fan direkteuren. Ik bin sûnt 1 septimber direkteur fan
            Werkorganisatie Dongerwâld.

            Tankewol en groetnis,
            Jetse Bouma
            """
        ),
    },
    {
        "id": "h34-101",
        "kind": "subscribe",
        "sender": "Klaas Spoelstra <k.spoelstra@lytsewald.nl>",
        "subject": "Weer aanmelden",
        "quote": "none",
        "body": _(
            """
            Beste Stan en Melanie,

            Na een half jaar ertussenuit ben ik weer aan de slag, nu als interim-directeur bij Werkorganisatie
            Lytsewâld. Graag meld ik me opnieuw aan voor het netwerk, op dit adres.

            Groet, Klaas Spoelstra
            """
        ),
    },
    {
        "id": "h34-102",
        "kind": "confirm",
        "sender": "Hidde Wouda <h.wouda@waldsicht.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Oeps, over het hoofd gezien. Ja hoor, ik doe mee.

            Hidde Wouda
            Directeur Werkorganisatie Wâldsicht
            """
        ),
    },
    # --- October: the invitation for 9 November in Den Helder ---
    {
        "id": "h34-103",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rients Faber <r.faber@greidhoeke-sud.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom. Met de boot vanaf Harlingen? Nee hoor, gewoon over de Afsluitdijk. Tot de 9e.

            Rients
            """
        ),
    },
    {
        "id": "h34-104",
        "kind": "rsvp",
        "attending": False,
        "sender": "Aukje Hettinga <aukje.hettinga@trijemar.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nee helaas, begrotingsraad die dag.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h34-105",
        "kind": "rsvp",
        "attending": True,
        "sender": "Oliver Brandt <o.brandt@kaagwaard.nl>",
        "thread": "invitation",
        "subject": "Accepted: " + _UITNODIGING,
        "quote": "none",
        "body": _(
            """
            Looking forward to it.
            """
        ),
    },
    {
        "id": "h34-106",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ruud Zeeman <r.zeeman@noorderschor.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Wij komen met z'n drieën: ikzelf, onze directeur Dienstverlening en de teamleider van het KCC. Het thema
            past precies bij waar we nu mee bezig zijn.

            Ruud
            """
        ),
    },
    {
        "id": "h34-107",
        "kind": "rsvp",
        "attending": False,
        "sender": "Emma Dalton <e.dalton@kaagwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Unfortunately I can't make it on the 9th. My deputy, Marloes Kuiper (m.kuiper@kaagwaard.nl), will
            attend in my place.

            Emma Dalton
            """
        ),
    },
    {
        "id": "h34-108",
        "kind": "other",
        "sender": "Wybren Hofstra <w.hofstra@lege-fennen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom graag, maar dan online: Den Helder is voor mij een dag heen en weer. Is de Teams-link voor de
            hele middag bedoeld, of alleen voor een deel van het programma?

            Wybren
            """
        ),
    },
    {
        "id": "h34-109",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerrit Boersma <gerrit.boersma@sudergoa.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".
            ja, ik kom

            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.
            Nee, alleen.

            G. Boersma
            GR Sudergoa
            """
        ),
    },
    {
        "id": "h34-110",
        "kind": "rsvp",
        "attending": True,
        "sender": "Anouk Dekker <a.dekker@polderkaap.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Dhr. Tesselaar komt graag naar Den Helder; ik heb het atelier in zijn agenda gezet.

            Met vriendelijke groet,
            Anouk Dekker
            Bestuurssecretariaat Werkorganisatie Polderkaap
            """
        ),
    },
    {
        "id": "h34-111",
        "kind": "unsubscribe",
        "sender": "Wim Roskam <w.roskam@helderduin.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik kom niet meer naar de ateliers en wil ook geen berichten meer ontvangen. Graag afmelden als lid.
            Dank voor de afgelopen jaren.

            Wim Roskam
            """
        ),
    },
    {
        "id": "h34-112",
        "kind": "rsvp",
        "attending": False,
        "sender": "Durk Kooistra <d.kooistra@dongerwald.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wilt u mij afmelden voor het atelier van 9 november? Lid blijf ik uiteraard, maar die dag heb ik een
            heidag met het MT.

            Durk Kooistra
            """
        ),
    },
    {
        "id": "h34-113",
        "kind": "other",
        "sender": "Geartsje Rienstra <g.rienstra@skieppewald.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Is Zeilmakerij De Kaap goed te bereiken met het ov? Ik wil vanuit Leeuwarden met de trein, maar ik zie
            niet hoe ver de locatie van station Den Helder ligt.

            Geartsje
            """
        ),
    },
    {
        "id": "h34-114",
        "kind": "rsvp",
        "attending": True,
        "sender": "Aukje Hettinga <aukje.hettinga@trijemar.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Vorige week schreef ik dat ik niet kon, maar de begrotingsraad is verschoven naar 14 november. Ik kom
            dus toch!

            Aukje
            """
        ),
    },
    {
        "id": "h34-115",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jetse Bouma <j.bouma@dongerwald.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas moet ik me toch afmelden voor 9 november; er is een extra raadsvergadering ingelast. Lid blijf
            ik natuurlijk wel.

            Jetse
            """
        ),
    },
    {
        "id": "h34-116",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Kuiper <m.kuiper@kaagwaard.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-en",
        "body": _(
            """
            Happy to attend on Emma's behalf. See you in Den Helder.

            Marloes Kuiper
            """
        ),
    },
    {
        "id": "h34-117",
        "kind": "other",
        "sender": "Evert Zandstra <e.zandstra@wadkustfryslan.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Tjeerd heeft mij opgegeven om in zijn plaats te gaan, maar ik ben clustermanager en geen directeur. Is
            het wel de bedoeling dat ik aanschuif, of is het atelier alleen voor directeuren?

            Evert Zandstra
            """
        ),
    },
    {
        "id": "h34-118",
        "kind": "rsvp",
        "attending": True,
        "sender": "Durk Kooistra <d.kooistra@dongerwald.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Mijn heidag is verzet, dus ik kan toch. Zet me maar weer op de lijst voor 9 november.

            Durk

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h34-119",
        "kind": "autoreply",
        "sender": "Marten Zijlstra <m.zijlstra@kleilan.nl>",
        "thread": "invitation",
        "subject": "Automatisch antwoord: " + _UITNODIGING,
        "quote": "none",
        "body": _(
            """
            Ik ben met ouderschapsverlof tot 1 december en lees in die periode geen mail. Voor zaken die niet kunnen
            wachten: Femke Tuinstra, f.tuinstra@kleilan.nl.
            """
        ),
    },
    {
        "id": "h34-120",
        "kind": "bounce",
        "sender": "Postmaster <postmaster@zandkaap.nl>",
        "subject": "Onbestelbaar: " + _UITNODIGING,
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Kan niet worden bezorgd bij de volgende geadresseerden of groepen:

            m.bakker@zandkaap.nl
            Het ingevoerde e-mailadres is niet gevonden. Controleer het e-mailadres van de geadresseerde en probeer
            het bericht opnieuw te verzenden. Neem contact op met de helpdesk als het probleem zich blijft voordoen.

            Diagnostische gegevens voor beheerders:

            Genererende server: MX03.zandkaap.local

            m.bakker@zandkaap.nl
            Externe server heeft '550 5.1.1 User unknown' geretourneerd
            """
        ),
    },
    {
        "id": "h34-121",
        "kind": "other",
        "sender": "Sybren Hoogeveen <s.hoogeveen@itfean.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik kom graag. Tegelijk een verzoek: per 1 november wordt mijn adres sybren.hoogeveen@itfean.frl, omdat
            we overgaan op het .frl-domein. Wilt u dat in uw administratie aanpassen?

            Sybren
            """
        ),
    },
    {
        "id": "h34-122",
        "kind": "subscribe",
        "sender": "Jan-Willem Kaan <jw.kaan@fjildwei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Deze uitnodiging kreeg ik doorgestuurd van mijn voorganger. Zelf sta ik nog niet op uw lijst; ik word
            graag lid van het netwerk, met dit adres.

            Jan-Willem Kaan
            Algemeen directeur GR Fjildwei
            """
        ),
    },
    {
        "id": "h34-123",
        "kind": "confirm",
        "sender": "Jan-Willem Kaan <jw.kaan@fjildwei.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ja, bevestigd.

            J.W. Kaan
            """
        ),
    },
    {
        "id": "h34-124",
        "kind": "subscribe",
        "sender": "Pieter Stam <p.stam@duinrandnoord.nl>",
        "subject": "Aanmelden",
        "quote": "none",
        "body": _(
            """
            Aanmelden graag.

            Pieter Stam
            Directeur GR Duinrand-Noord
            """
        ),
    },
    {
        "id": "h34-125",
        "kind": "subscribe",
        "sender": "Anne-Marie Kalsbeek <am.kalsbeek@belastingennoard.nl>",
        "subject": "Inschrijving netwerk",
        "quote": "none",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Sinds de zomer ben ik directeur van GR Belastingen Noard, de belastingsamenwerking van vijf Friese
            gemeenten. Een collega uit Trijemar raadde uw netwerk aan. Wilt u mij inschrijven als lid?

            Met vriendelijke groet,
            Anne-Marie Kalsbeek
            """
        ),
    },
    # --- November: the reminder, the atelier, the follow-up ---
    {
        "id": "h34-126",
        "kind": "rsvp",
        "attending": False,
        "sender": "Kees Tesselaar <k.tesselaar@polderkaap.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Toch nog een kink in de kabel: ik moet donderdag bij de provincie zijn. Ik kan dus helaas niet komen.
            Geef mijn plek maar aan iemand van de wachtlijst.

            Kees
            """
        ),
    },
    {
        "id": "h34-127",
        "kind": "other",
        "sender": "Gerrit Boersma <gerrit.boersma@sudergoa.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Is er na afloop nog een borrel of een hapje? Dan plan ik de terugreis naar Sudergoa daarop.

            Gerrit
            """
        ),
    },
    {
        "id": "h34-128",
        "kind": "autoreply",
        "sender": "Charlotte Meijer <c.meijer@noorderschor.nl>",
        "thread": "reminder",
        "subject": "Automatic reply: " + _HERINNERING,
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "body": _(
            """
            Thank you for your message. I am attending a conference abroad from 6 to 10 November and will respond on
            my return.

            Dank voor uw bericht. Tot en met 10 november ben ik afwezig; daarna neem ik contact met u op.
            """
        ),
    },
    {
        "id": "h34-129",
        "kind": "rsvp",
        "attending": False,
        "sender": "Geartsje Rienstra <g.rienstra@skieppewald.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas moet ik verstek laten gaan. Sietske Elzinga (s.elzinga@skieppewald.nl), onze directeur
            bedrijfsvoering, gaat in mijn plaats.

            Geartsje
            """
        ),
    },
    {
        "id": "h34-130",
        "kind": "autoreply",
        "sender": "Pieter Stam <p.stam@duinrandnoord.nl>",
        "thread": "reminder",
        "subject": "Niet aanwezig: " + _HERINNERING,
        "quote": "none",
        "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        "body": _(
            """
            Ik ben tot en met woensdag 8 november afwezig. Op donderdag 9 november ben ik op het Leer- en
            inspireer-atelier in Den Helder en daarna weer gewoon op kantoor.

            Pieter Stam
            """
        ),
    },
    {
        "id": "h34-131",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Wybren Hofstra <w.hofstra@lege-fennen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ook al kon ik er alleen online bij zijn: dank. Voor het voorjaar een voorstel: welke maatschappelijke
            opgaven zet je als werkorganisatie bovenaan de inhoudelijke agenda voor de komende tien jaar, als elk
            college zijn eigen prioriteiten heeft?

            Wybren
            """
        ),
    },
    {
        "id": "h34-132",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Pieter Stam <p.stam@duinrandnoord.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Onderwerp voor de volgende keer: informatieveiligheid en de migratie naar de cloud. Wij moeten kiezen
            tussen de oplossing van onze ICT-samenwerking en een eigen leverancier.

            Pieter
            """
        ),
    },
    {
        "id": "h34-133",
        "kind": "other",
        "sender": "Marloes Kuiper <m.kuiper@kaagwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Dank voor de goede middag, en wat een mooie plek in die oude zeilmakerij. Complimenten aan Stan en
            Melanie!

            Marloes
            """
        ),
    },
    {
        "id": "h34-134",
        "kind": "other",
        "sender": "Annet Visser-Dekker <a.visserdekker@helderduin.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Kunnen de sheets van de presentatie over de nieuwe huisvesting gedeeld worden? Ik zag ze niet bij het
            verslag staan.

            Annet Visser-Dekker
            """
        ),
    },
    {
        "id": "h34-135",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Lolkje Reitsma <l.reitsma@meerwalden.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Volgende x graag: de wachttijden in de Wmo en hoe we die eerlijk aan inwoners uitleggen.

            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h34-136",
        "kind": "unsubscribe",
        "sender": "Gerrit Boersma <gerrit.boersma@sudergoa.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Dit was mijn laatste atelier: per 1 december stop ik bij Sudergoa. Wilt u mij uitschrijven? Mijn
            opvolger is nog niet bekend.

            Gerrit Boersma
            """
        ),
    },
    {
        "id": "h34-137",
        "kind": "unsubscribe",
        "sender": "Geartsje Rienstra <g.rienstra@skieppewald.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Per 1 januari 2035 neemt Baukje van der Meulen het stokje van mij over als directeur van GR
            Skieppewâld. Wilt u mij uitschrijven en haar in mijn plaats aanmelden? Haar adres:
            b.vandermeulen@skieppewald.nl.

            Geartsje
            """
        ),
    },
    {
        "id": "h34-138",
        "kind": "subscribe",
        "sender": "Margriet Sluis <m.sluis@noorderschor.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ruud stuurde mij uw bedankmail door; ik was als zijn gast mee naar Den Helder. Sinds 1 november ben ik
            directeur Dienstverlening bij Noorderschor en ik word graag zelf lid van het netwerk.

            Margriet Sluis
            """
        ),
    },
    {
        "id": "h34-139",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Oliver Brandt <o.brandt@kaagwaard.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Since you asked: I would love to discuss how to restructure the management layer. We are moving from
            three layers to two and I'd like to hear how other shared organisations set up their structure and
            span of control.

            Oliver
            """
        ),
    },
    # --- December ---
    {
        "id": "h34-140",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Emma Dalton <e.dalton@kaagwaard.nl>",
        "subject": "GDPR erasure request",
        "quote": "none",
        "body": _(
            """
            Dear secretariat,

            I left Kaagwaard at the end of November. Under Article 17 GDPR I request that you erase all personal
            data you hold about me and remove me from all your lists. Please confirm once this has been done.

            Regards,
            Emma Dalton
            """
        ),
    },
    {
        "id": "h34-141",
        "kind": "confirm",
        "sender": "Baukje van der Meulen <b.vandermeulen@skieppewald.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Akkoord.

            Baukje van der Meulen
            Algemeen directeur GR Skieppewâld (per 1-1-2035)
            """
        ),
    },
    {
        "id": "h34-142",
        "kind": "confirm",
        "sender": "Sanne Kok <s.kok@polderkaap.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja, ik wil graag lid worden.

            Sanne Kok
            """
        ),
    },
    {
        "id": "h34-143",
        "kind": "subscribe",
        "sender": "Hendrik Jan Mulder <hj.mulder@helderduin.nl>",
        "subject": "Lid worden",
        "quote": "none",
        "body": _(
            """
            Goedemiddag,

            Mijn collega Annet Visser-Dekker wees mij op jullie netwerk. Ik ben sinds oktober directeur Sociaal
            Domein bij Helderduin en meld me graag aan.

            Met vriendelijke groet,
            Hendrik Jan Mulder
            """
        ),
    },
    {
        "id": "h34-144",
        "kind": "other",
        "sender": "Tsjitske Algra <t.algra@trijemar.nl>",
        "subject": "Dubbele mails",
        "quote": "none",
        "body": _(
            """
            Hallo,

            Ik krijg al uw berichten twee keer: op dit adres en op mijn oude adres bij de gemeente, dat nog wordt
            doorgestuurd. Kunt u dat oude adres verwijderen? Welk adres het precies was weet ik helaas niet meer.

            Tsjitske
            """
        ),
    },
    {
        "id": "h34-145",
        "kind": "autoreply",
        "sender": "Jetse Bouma <j.bouma@dongerwald.nl>",
        "subject": "Automatysk antwurd: Fijne feestdagen",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Fan 22 desimber oant en mei 2 jannewaris bin ik der net.
            Van 22 december tot en met 2 januari ben ik afwezig. Fijne feestdagen en een goed 2035!

            Jetse Bouma
            """
        ),
    },
    {
        "id": "h34-146",
        "kind": "other",
        "sender": "Hendrik Jan Mulder <hj.mulder@helderduin.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de welkomstmail. Kan ik het verslag van het atelier in Den Helder nog ergens teruglezen? Ik
            was toen nog geen lid, maar hoorde er goede verhalen over.

            Hendrik Jan
            """
        ),
    },
    {
        "id": "h34-147",
        "kind": "confirm",
        "sender": "Ymkje Sikkema <y.sikkema@noarderpoel.frl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Klopt, dat was ik. Graag aangemeld.

            Ymkje Sikkema
            Directeur Dienstverlening
            Werkorganisatie Noarderpoel | Postbus 40 | 9100 AA Noarderpoel

            Disclaimer: de informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.
            Gebruik, openbaarmaking of verspreiding door anderen is niet toegestaan. Aan dit bericht kunnen geen
            rechten worden ontleend.
            """
        ),
    },
    {
        "id": "h34-148",
        "kind": "other",
        "sender": "Jorien Siebenga <jorien.siebenga@student.fryskehegeskoalle.nl>",
        "subject": "Verzoek interview afstudeeronderzoek",
        "quote": "none",
        "body": _(
            """
            Geachte heer, mevrouw,

            Voor mijn master Bestuurskunde doe ik onderzoek naar de sturing van ambtelijke fusieorganisaties in
            Noord-Nederland. Zou u mijn oproep voor interviews onder de leden van uw netwerk willen verspreiden, of
            mij in contact willen brengen met een paar directeuren? Een gesprek duurt ongeveer een uur.

            Met vriendelijke groet,
            Jorien Siebenga
            """
        ),
    },
    {
        "id": "h34-149",
        "kind": "other",
        "sender": "Sjoerd Yntema <s.yntema@greidhoeke-sud.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Ik heb wel een onderwerp, maar dat ligt bestuurlijk gevoelig en zet ik liever niet zomaar op de mail.
            Kan een van jullie mij deze week even bellen? 06 - 41 27 80 93.

            Sjoerd
            """
        ),
    },
    {
        "id": "h34-150",
        "kind": "subscribe",
        "sender": "Thijs Molenaar <t.molenaar@kaagwaard.nl>",
        "subject": "netwerk",
        "quote": "none",
        "body": _(
            """
            Graag aanmelden voor het directeurennetwerk, ben sinds deze maand directeur Ruimte bij
            Kaagwaard. Gr, Thijs

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
]
# fmt: on
