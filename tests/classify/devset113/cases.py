"""devset113: a year (2034) of mail from directors of werkorganisaties and GR's in Twente and the Achterhoek.

The calendar of the year, as the writers know it (our quoted mails are the fixed snapshot and say 2027; the writers'
own text speaks of 2034):
- all year: sign-ups and their confirmation requests and the one reminder, welcome mails, goodbyes after leaving,
  substitutes' invitations and RSVP acknowledgements (list or waiting list) sent as the answers come in;
- Mon 9 January: call for themes for atelier 2034-1, topics welcome until Fri 3 February;
- Thu 2 March: invitation to atelier 2034-1 "Wendbaar en wortelvast" (thema Organisatie), Thursday 13 April 2034,
  14.00-17.30, Kulturhus De Marke in Markeveld; answers before Mon 3 April;
- Fri 24 March: change of venue: the atelier moves to the Koetshuis of Landgoed Het Weleveld, Stokkum-Oost
  (Kulturhus De Marke is being renovated); date and time stay;
- Mon 10 April: reminder; Thu 13 April: the atelier; Thu 20 April: follow-up with the report, topics for the next;
- May to August: quiet, members come and go (retirements, successors, an AVG request, summer out-of-offices);
- Mon 4 September: call for themes for atelier 2034-2, topics until Fri 29 September;
- Thu 12 October: invitation to atelier 2034-2 "Over de grens kijken" (thema Samenwerking), Thursday 16 November
  2034, Huis van de Streek in Lochemveld; answers before Fri 3 November;
- Mon 13 November: reminder; Thu 16 November: the atelier; Thu 23 November: follow-up;
- December: new members for 2035, Christmas out-of-offices.

The writers are algemeen directeuren, gemeentesecretaris-directeuren, directeuren bedrijfsvoering and their
management assistants of invented organisations (Dinkelmarke, Berkelstroom, Slingebeek, Regge & Vecht, Esch en Marke,
IJsselkolk, Graafschapsveld, Holtermaten, Bekkenwaarde, Kuipersveld, Schipbeekdal, Grenslandgemeenten, ...), one
German-born director and an English interim manager who write English, plus the mail systems of those organisations.
About a third of the cases are hard: topics under the call that mention other themes in passing, answers typed inline
between the lines of our mail, second mails that take back an earlier answer or swap an earlier topic, declines that
look like leaving, confirmations and RSVPs with a real question beside them, and assistants writing for directors.

Conventions this set relies on (from the brief):
- The label is what the writer asks now; a later mail carries the latest answer (a "toch wel" after a "nee" is an
  RSVP yes, a swapped topic is a suggestion with the theme of the new topic).
- Under the call for themes, the follow-up or the thank-you for a suggestion: a proposed topic is a suggestion, also
  when the writer says in the same mail whether they come; a mail that only says whether the writer comes is an RSVP;
  a proposal about time, place or format of the ateliers is other.
- Themes are those of the topic proposed, not of words used in passing or of the situation told first; two only
  where one topic clearly spans both, or where two topics under different themes are proposed.
- "Afmelden voor het atelier" keeps the membership: RSVP no; a decline with a substitute (name and address) is an
  RSVP no; leaving the network and declining in one mail is an unsubscribe; bare "afmelden" under an atelier
  follow-up follows our footer and is an unsubscribe.
- A named successor with address is a hand-over (unsubscribe), also in reply to our goodbye; a colleague reporting
  that someone left is other. An AVG erasure request is an unsubscribe with erase; a request to see one's data is
  other. A change of one's own address is other (a person must update it).
- One named colleague signed up with address is a subscribe; without address, or several people, other. "Lid
  blijven" under our goodbye is a subscribe.
- A plain denial under our confirmation request is an unsubscribe; a denial asking where we got the address is other.
  A reply to the confirmation request carrying only a signature is a confirmation.
- A yes on a condition, a confirmation or RSVP with a real question beside it, and an assistant's new mail about a
  director's attendance are other; an assistant answering in reply to our invitation is an RSVP. A substitute
  answering our substitute's invitation is an RSVP.
- Calendar accept/decline replies are RSVPs; out-of-office, read receipts, ticket systems and "address no longer in
  use" are autoreplies; delivery failures are bounces; neither carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- January: call for themes 2034-1
    {
        "id": "d113-001",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Gerrit-Jan Nijhuis <gj.nijhuis@dinkelmarke.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Goedemorgen,

            Voor het atelier van april draag ik graag één onderwerp aan:
            Hoe voorkom je dat de kleinste van drie gemeenten zich structureel ondergesneeuwd voelt in het
            overleg over de dienstverleningsovereenkomst?

            Bij ons speelt dat sinds de discussie over de verdeelsleutel weer volop.

            Met groet,
            Gerrit-Jan Nijhuis
            algemeen directeur Werkorganisatie Dinkelmarke
            """
        ),
    },
    {
        "id": "d113-002",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marloes Wassink <m.wassink@berkelstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Twee onderwerpen vanuit Berkelstroom:
            - de vervanging van ons zaaksysteem: hoe krijg je drie gemeentelijke werkwijzen in één proces
            - strategische personeelsplanning nu de helft van onze vakspecialisten binnen acht jaar met pensioen gaat

            Hartelijke groet,
            Marloes Wassink
            Directeur bedrijfsvoering GR Berkelstroom
            T 0573 - 28 61 40
            """
        ),
    },
    {
        "id": "d113-003",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Bart Kamphuis <bart.kamphuis@reggeenvecht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Onderwerp van mijn kant: wat doen jullie met het KCC nu inwoners steeds vaker via whatsapp contact
            willen ipv bellen? Benieuwd hoe anderen dat ingericht hebben (en bemensen 's avonds).

            Bart

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d113-004",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Wilma Stoffers-Brinkhuis <w.stoffers@eschenmarke.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Beste secretariaat,

            De samenwerking met onze drie gemeenten loopt prima, daar hoeven we het wat mij betreft niet over te
            hebben. Wat mij bezighoudt is de lange termijn: hoe ziet onze werkorganisatie er in 2045 uit als de
            algemene uitkering structureel daalt en de raden toch nieuwe ambities blijven stapelen? Ik zou graag
            een toekomstverkenning bespreken met collega's die zoiets al eens gedaan hebben.

            Vriendelijke groet,
            Wilma Stoffers-Brinkhuis
            Algemeen directeur Werkorganisatie Esch en Marke
            """
        ),
    },
    {
        "id": "d113-005",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hennie Oude Lansink <h.oudelansink@slingebeek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Dag Melanie,

            Op 13 april ben ik er in elk geval bij, dat staat al in de agenda.

            Mijn onderwerp: de toegankelijkheid van onze digitale balie voor laaggeletterden en ouderen. We hebben
            alles online gezet en zien nu dat een groep inwoners simpelweg afhaakt. Wie heeft daar een goede
            oplossing voor gevonden?

            Groet, Hennie

            Hennie Oude Lansink | gemeentesecretaris-directeur | Werkorganisatie Slingebeek
            """
        ),
    },
    {
        "id": "d113-006",
        "kind": "other",
        "sender": "Roel Wissink <r.wissink@ijsselkolk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hallo Stan,

            Geen inhoudelijk onderwerp, wel een wens: zouden we het atelier eens in de ochtend kunnen houden, en
            dan op een locatie in de Achterhoek? Het is nu steeds in Twente en voor ons betekent dat in april
            een uur rijden heen en een uur in de file terug.

            Groeten,
            Roel Wissink
            GR IJsselkolk
            """
        ),
    },
    {
        "id": "d113-007",
        "kind": "confirm",
        "sender": "Thijs Hulshof <t.hulshof@holtermaten.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij deze bevestigd.

            T. Hulshof
            """
        ),
    },
    {
        "id": "d113-008",
        "kind": "confirm",
        "sender": "Anouk Reinders <a.reinders@slingebeek.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            Anouk Reinders
            Directeur Sociaal Domein
            Werkorganisatie Slingebeek
            T 0544 - 47 12 90 | M 06 - 41 22 87 03
            www.slingebeek.nl

            Werkdagen: ma, di, do
            """
        ),
    },
    {
        "id": "d113-009",
        "kind": "subscribe",
        "sender": "Jeroen Leferink <j.leferink@reggeenvecht.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Geacht secretariaat,

            Sinds 1 januari ben ik algemeen directeur van de Samenwerkingsorganisatie Regge & Vecht. Mijn
            voorganger was lid van uw netwerk en raadde het mij warm aan. Graag meld ik mij aan als lid.

            Met vriendelijke groet,

            Jeroen Leferink
            Algemeen directeur
            Samenwerkingsorganisatie Regge & Vecht
            """
        ),
    },
    {
        "id": "d113-010",
        "kind": "autoreply",
        "sender": "Karin Busschers <k.busschers@graafschapsveld.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",  # noqa: E501
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Dank voor uw bericht. Ik ben met wintersportvakantie tot en met vrijdag 20 januari en lees mijn mail
            niet. Voor spoedeisende zaken kunt u contact opnemen met het directiesecretariaat via
            directiesecretariaat@graafschapsveld.nl of 0575 - 76 40 00.

            Karin Busschers
            """
        ),
    },
    {
        "id": "d113-011",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Ferdi Scholten <f.scholten@bekkenwaarde.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Een onderwerp dat bij ons twee kanten heeft: de digitalisering van de vergunningverlening onder de
            Omgevingswet. Intern gaat het om werkprocessen en systemen die nog steeds per gemeente verschillen,
            extern om wat de initiatiefnemer daarvan merkt (doorlooptijden, één aanspreekpunt, digitale
            statusinformatie). Ik zou beide kanten samen willen bespreken, juist omdat ze op elkaar ingrijpen.

            Met vriendelijke groet,
            Ferdi Scholten
            directeur Werkorganisatie Bekkenwaarde
            """
        ),
    },
    {
        "id": "d113-012",
        "kind": "other",
        "sender": "Gea Tijhuis <gea.tijhuis@schipbeekdal.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi,

            Tot wanneer kan ik nog iets inbrengen? Ik zie een datum in de mail staan die volgens mij niet klopt
            (ons MT heeft pas op 6 februari overleg). En moet een onderwerp al concreet zijn, of mag het ook een
            open vraag zijn waar we zelf nog niet goed uit komen?

            Groetjes,
            Gea
            """
        ),
    },
    {
        "id": "d113-013",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Katrin Vosskamp <k.vosskamp@grenslandwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan, dear Melanie,

            Apologies for writing in English, my Dutch is fine for speaking but slow for writing.

            Topic proposal: cross-border cooperation with the Kreis on the German side. We share a labour market,
            emergency services and increasingly joint projects, but the legal frameworks differ and our three
            councils each want their own say. How do other border organisations position themselves between the
            municipalities, the province and the German partners?

            Kind regards,
            Dr. Katrin Vosskamp
            Directeur Grenslandgemeenten werkorganisatie
            """
        ),
    },
    {
        "id": "d113-014",
        "kind": "confirm",
        "sender": "Dennis te Brake <d.tebrake@kuipersveld.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Excuus, de eerste mail was onder in de stapel geraakt. Hierbij alsnog: ja, ik wil lid worden.

            Dennis te Brake
            """
        ),
    },
    {
        "id": "d113-015",
        "kind": "unsubscribe",
        "sender": "Priscilla Horstman <p.horstman@azelerveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ik heb me niet aangemeld en wil dit ook niet. Graag geen verdere berichten.

            P. Horstman
            """
        ),
    },
    {
        "id": "d113-016",
        "kind": "other",
        "sender": "Rik Geerdink <r.geerdink@broeklandwerkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Dit netwerk ken ik niet en ik heb mij nergens aangemeld. Het adres dat u noemt als afzender van de
            aanmelding herken ik ook niet. Van wie heeft u mijn e-mailadres gekregen, en sinds wanneer staat het
            bij u geregistreerd?

            R. Geerdink
            Werkorganisatie Broekland
            """
        ),
    },
    {
        "id": "d113-017",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marloes Wassink <m.wassink@berkelstroom.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Vorige week stuurde ik jullie het zaaksysteem als onderwerp. Dat is bij ons inmiddels achterhaald: de
            drie colleges hebben vorige dinsdag het besluit genomen. Willen jullie dat schrappen? In plaats
            daarvan zou ik graag bespreken hoe je als directie grip houdt op de inhuur van externen, zowel op het
            budget als op de kwaliteit. De personeelsplanning kan blijven staan.

            Groet,
            Marloes
            """
        ),
    },
    {
        "id": "d113-018",
        "kind": "confirm",
        "sender": "Manon Tiemessen <manon.tiemessen@geldersesch.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Klopt, dit adres is van mij en ik ontvang jullie berichten graag. Bevestigd!

            Manon Tiemessen
            GR Gelderse Esch
            """
        ),
    },
    {
        "id": "d113-019",
        "kind": "other",
        "sender": "Bernard Vrielink <b.vrielink@vasserveen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Hierbij bevestig ik mijn aanmelding.

            Een vraag: kan mijn plaatsvervanger, onze adjunct-directeur, ook lid worden? Of is het netwerk alleen
            bedoeld voor de eerste directeur van een organisatie? Dan weet ik of ik hem moet aanmelden.

            Met vriendelijke groet,
            Bernard Vrielink
            Algemeen directeur Werkorganisatie Vasserveen
            """
        ),
    },
    {
        "id": "d113-020",
        "kind": "subscribe",
        "sender": "Wilma Stoffers-Brinkhuis <w.stoffers@eschenmarke.nl>",
        "quote": "none",
        "subject": "Nieuw lid voor het netwerk",
        "body": _(
            """
            Beste Stan,

            Per februari versterkt Ilse Heijink ons directieteam als directeur Sociaal Domein. Zij wil graag lid
            worden van het netwerk. Haar adres is i.heijink@eschenmarke.nl. Wil je haar aanmelden?

            Dank alvast,
            Wilma
            """
        ),
    },
    {
        "id": "d113-021",
        "kind": "confirm",
        "sender": "Ilse Heijink <i.heijink@eschenmarke.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "subject": "RE: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            Wilma zei al dat deze mail zou komen. Bij dezen: akkoord, ik doe graag mee.

            Ilse Heijink
            Directeur Sociaal Domein | Werkorganisatie Esch en Marke
            """
        ),
    },
    {
        "id": "d113-022",
        "kind": "other",
        "sender": "Ruud Bosschaart <r.bosschaart@twickelerveld.nl>",
        "quote": "none",
        "subject": "Aanmelden collega's",
        "body": _(
            """
            Goedemiddag,

            Graag zou ik ook onze drie clustermanagers aanmelden: Sander Weggemans, Evelien Rensen en Gijs
            Wopereis. Zij zijn geen directeur, maar wel verantwoordelijk voor grote delen van de organisatie. Hun
            e-mailadressen stuur ik na, die moet ik even opzoeken.

            Met vriendelijke groet,
            Ruud Bosschaart
            GR Twickelerveld
            """
        ),
    },
    {
        "id": "d113-023",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Jeroen Leferink <j.leferink@reggeenvecht.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het welkom!

            Een onderwerp heb ik eigenlijk al: hoe vertaal je drie verschillende coalitieakkoorden naar één
            inhoudelijke agenda voor de werkorganisatie, met prioriteiten waar alle drie de colleges achter staan?
            Dat is mijn eerste grote klus hier.

            Hartelijke groet,
            Jeroen Leferink
            """
        ),
    },
    {
        "id": "d113-024",
        "kind": "other",
        "sender": "Dennis te Brake <d.tebrake@kuipersveld.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "gmail",
        "body": _(
            """
            Dank, leuk om erbij te horen.

            Wordt er ook een ledenlijst gedeeld? Ik zou graag weten welke collega's uit de Achterhoek al lid zijn,
            dan kan ik eens een kop koffie met ze drinken voor het atelier.

            Dennis
            """
        ),
    },
    {
        "id": "d113-025",
        "kind": "autoreply",
        "sender": "Manon Tiemessen <manon.tiemessen@geldersesch.nl>",
        "thread": "welcome",
        "quote": "none",
        "subject": "Gelezen: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Uw bericht

              Aan: Manon Tiemessen
              Onderwerp: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties
              Verzonden: dinsdag 17 januari 2034 10:12:44 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op dinsdag 17 januari 2034 11:40:02 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    {
        "id": "d113-026",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Astrid Beltman <astrid.beltman@zwilbroek.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Ik antwoord even tussen de regels door:

            > - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;

            Daar zijn we net mee klaar, geen behoefte.

            > - Dienstverlening: innovaties in dienstverlening aan inwoners, ondernemers en instellingen,
            > monitoring van prestaties.

            Ja! Proactieve dienstverlening: inwoners benaderen voordat ze zelf aankloppen, bijvoorbeeld bij
            beginnende betalingsachterstanden. Wie doet dat al en hoe regel je de privacy?

            Astrid Beltman
            Werkorganisatie Zwilbroeker Venen
            """
        ),
    },
    {
        "id": "d113-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ton Rouwhorst <t.rouwhorst@lemselo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            In april zit ik met mijn gezin in Canada; ik zal er dus niet bij zijn en laat het aandragen van
            onderwerpen deze keer aan anderen over.

            Groet,
            Ton Rouwhorst
            """
        ),
    },
    {
        "id": "d113-028",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Liesbeth Damveld <l.damveld@grenslandwerkt.nl>",
        "quote": "doorgestuurd",
        "quoted": "oproep_themas",
        "subject": "FW: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Goedemorgen,

            Namens mevrouw Vosskamp stuur ik u een tweede onderwerp door, dat zij in het MT van maandag nog
            bedacht: de samenwerking met de veiligheidsregio en de GGD bij crises, en wie dan eigenlijk de
            regie heeft als drie burgemeesters tegelijk aan de lijn hangen.

            Met vriendelijke groet,
            Liesbeth Damveld
            Managementassistent directie
            Grenslandgemeenten werkorganisatie
            """
        ),
    },
    {
        "id": "d113-029",
        "kind": "autoreply",
        "sender": "Servicedesk Kuipersveld <servicedesk@kuipersveld.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "[INC-2034-004417] Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte heer/mevrouw,

            Uw melding is geregistreerd onder nummer INC-2034-004417. Wij streven ernaar uw melding binnen
            drie werkdagen in behandeling te nemen. Reageert u alstublieft niet op dit bericht; vermeld bij
            verdere correspondentie altijd het meldingsnummer.

            Servicedesk GR Kuipersveld
            """
        ),
    },
    {
        "id": "d113-030",
        "kind": "unsubscribe",
        "sender": "Henk-Jan Olthof <hj.olthof@schipbeekdal.nl>",
        "quote": "none",
        "subject": "Uitschrijven",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 maart ga ik met pensioen. Willen jullie mij uitschrijven uit het netwerk? Wie mij opvolgt is
            nog niet bekend; de werving loopt nog.

            Dank voor de mooie jaren en de goede gesprekken.

            Henk-Jan Olthof
            """
        ),
    },
    {
        "id": "d113-031",
        "kind": "other",
        "sender": "P&O Werkorganisatie Broekland <po@broeklandwerkt.nl>",
        "quote": "none",
        "subject": "Vertrek medewerker",
        "body": _(
            """
            Geachte heer, mevrouw,

            Hierbij laten wij u weten dat de heer Niels Garritsen per 1 februari 2034 niet meer werkzaam is bij
            Werkorganisatie Broekland. Zijn mailbox wordt per 1 maart opgeheven.

            Met vriendelijke groet,
            Afdeling P&O
            Werkorganisatie Broekland
            """
        ),
    },
    # ---------------------------------------------------------------- March: invitation to atelier 2034-1
    {
        "id": "d113-032",
        "kind": "rsvp",
        "attending": True,
        "sender": "Thijs Hulshof <t.hulshof@holtermaten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom.

            Thijs
            """
        ),
    },
    {
        "id": "d113-033",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerrit-Jan Nijhuis <gj.nijhuis@dinkelmarke.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dag Melanie,

            Ik kom graag, samen met onze concerncontroller. Zet ons dus maar op twee personen.

            Gerrit-Jan
            """
        ),
    },
    {
        "id": "d113-034",
        "kind": "rsvp",
        "attending": False,
        "sender": "Evelien Rensen <e.rensen@dinkelmarke.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nee helaas, op 13 april zit ik de hele middag in de raadscommissie van Ootmerstal.

            Evelien
            """
        ),
    },
    {
        "id": "d113-035",
        "kind": "rsvp",
        "attending": False,
        "sender": "Arjen Holtkamp <a.holtkamp@holtermaten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "subject": "Antw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]",  # noqa: E501
        "body": _(
            """
            Goedemiddag,

            Zelf kan ik er op 13 april niet bij zijn. In mijn plaats komt onze directeur bedrijfsvoering, Miriam
            Assink (m.assink@holtermaten.nl).

            Met vriendelijke groet,
            A. Holtkamp
            """
        ),
    },
    {
        "id": "d113-036",
        "kind": "rsvp",
        "attending": True,
        "sender": "Koen Menkveld <k.menkveld@bekkenwaarde.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]",  # noqa: E501
        "body": _(
            """
            Staat in de agenda.
            """
        ),
    },
    {
        "id": "d113-037",
        "kind": "rsvp",
        "attending": False,
        "sender": "Chantal ter Maat <c.termaat@baaksebeek-samen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geweigerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]",  # noqa: E501
        "body": _(
            """
            Sorry, meivakantie valt bij ons vroeg dit jaar.
            """
        ),
    },
    {
        "id": "d113-038",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs Wopereis <g.wopereis@twickelerveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".

            ja, ik kom

            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.

            nee, alleen ikzelf

            Gijs
            """
        ),
    },
    {
        "id": "d113-039",
        "kind": "other",
        "sender": "Petra Hoitink <p.hoitink@aks-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Stan,

            Ik doe graag mee, maar alleen als ik volwaardig online kan aansluiten: ik heb die ochtend een
            bestuursvergadering in Zutphen en red het fysiek niet. Ik zie een Teams-link staan, maar is dat echt
            meedoen aan de tafelgesprekken of alleen meekijken met het plenaire deel? Hoor graag even of dat kan,
            dan meld ik me definitief aan.

            Hartelijke groet,
            Petra Hoitink
            Achterhoekse Kernen Samen
            """
        ),
    },
    {
        "id": "d113-040",
        "kind": "other",
        "sender": "Hanneke Brummelhuis <h.brummelhuis@lemselo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hallo,

            Ik kom. Is Kulturhus De Marke goed bereikbaar met het openbaar vervoer vanaf station Almelo? Sinds
            kort rijd ik geen auto meer en ik kan de locatie niet goed vinden in de reisplanner.

            Groet,
            Hanneke Brummelhuis
            """
        ),
    },
    {
        "id": "d113-041",
        "kind": "rsvp",
        "attending": True,
        "sender": "Yvonne Huttinga <y.huttinga@lemselo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens de heer Rouwhorst laat ik u weten dat hij toch aanwezig zal zijn: zijn reis naar Canada is
            een week opgeschoven. Hij komt alleen.

            Met vriendelijke groet,

            Yvonne Huttinga
            Managementassistent directie
            Werkorganisatie Lemselo
            """
        ),
    },
    {
        "id": "d113-042",
        "kind": "other",
        "sender": "Ingeborg Kerkhof <i.kerkhof@berkelstroom.nl>",
        "quote": "none",
        "subject": "Aanmelding atelier 13 april mevrouw Wassink",
        "body": _(
            """
            Goedemorgen,

            Graag meld ik mevrouw Marloes Wassink aan voor het Leer- en inspireer-atelier van donderdag
            13 april. Zij heeft de uitnodiging niet zelf beantwoord omdat zij met verlof was.

            Met vriendelijke groet,
            Ingeborg Kerkhof
            Secretariaat directie GR Berkelstroom
            """
        ),
    },
    {
        "id": "d113-043",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frank Roerink <f.roerink@ijsselkolk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Graag wil ik mij afmelden voor het atelier van 13 april; het valt samen met de kaderbrief. Volgende
            keer ben ik er gewoon weer bij, het netwerk blijft me dierbaar.

            Groet,
            Frank Roerink
            """
        ),
    },
    {
        "id": "d113-044",
        "kind": "unsubscribe",
        "sender": "Natasja Lammerink <n.lammerink@azelerveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Op 13 april kom ik niet, en eigenlijk wil ik ook helemaal uit het netwerk: per 1 mei word ik
            concerncontroller en dan is dit niet meer mijn tafel. Wil je mij uitschrijven?

            Dank en groet,
            Natasja Lammerink
            """
        ),
    },
    {
        "id": "d113-045",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jonathan Whitfield <j.whitfield@graafschapsveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            Count me in for 13 April. I'm interim director here until the summer and would welcome the chance to
            meet colleagues from the region.

            Best,
            Jonathan Whitfield
            Interim algemeen directeur, Werkorganisatie Graafschapsveld
            """
        ),
    },
    {
        "id": "d113-046",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joost Hoenderboom <j.hoenderboom@diepenmarke.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "subject": "Antw: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]",  # noqa: E501
        "body": _(
            """
            Geachte heer Van de Laar,

            Hierbij bevestig ik mijn aanwezigheid bij het atelier op donderdag 13 april a.s.

            Hoogachtend,

            J.W. Hoenderboom
            Algemeen directeur
            Werkorganisatie Diepenmarke

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt,
            wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
            """
        ),
    },
    # ---------------------------------------------------------------- 24 March: change of venue
    {
        "id": "d113-047",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hennie Oude Lansink <h.oudelansink@slingebeek.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes",
        "body": _(
            """
            Het Weleveld is prima, daar ben ik nog nooit geweest. Ik kom nog steeds.

            Hennie
            """
        ),
    },
    {
        "id": "d113-048",
        "kind": "rsvp",
        "attending": False,
        "sender": "Thijs Hulshof <t.hulshof@holtermaten.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Vervelend, maar met de verhuizing naar Stokkum-Oost wordt het te krap: ik heb om 12.30 nog een
            overleg in Holten en dat haal ik nooit op tijd. Ik moet helaas afhaken, ondanks mijn eerdere ja.

            Thijs
            """
        ),
    },
    {
        "id": "d113-049",
        "kind": "other",
        "sender": "Joost Hoenderboom <j.hoenderboom@diepenmarke.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar,

            Is er bij het Koetshuis voldoende parkeergelegenheid, en is het gebouw rolstoeltoegankelijk? Een van
            onze afdelingshoofden, die ik wilde meenemen, is rolstoelgebruiker.

            Hoogachtend,
            J.W. Hoenderboom
            """
        ),
    },
    {
        "id": "d113-050",
        "kind": "rsvp",
        "attending": True,
        "sender": "Evelien Rensen <e.rensen@dinkelmarke.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Vorige week zei ik nee, maar de commissievergadering is naar de avond verschoven. Dus toch: ik kom!

            Evelien
            """
        ),
    },
    {
        "id": "d113-051",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sander Weggemans <s.weggemans@haaksveld.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Laat maar zitten, ik kan toch niet. Haal me van de wachtlijst, dan heeft een ander er meer aan.

            Sander Weggemans
            """
        ),
    },
    {
        "id": "d113-052",
        "kind": "other",
        "sender": "Janine Wolters <j.wolters@vasserveen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Dag Melanie,

            Ik sta op de wachtlijst. Als er geen plek vrijkomt, mag ik dan via de Teams-link meekijken? Of is
            die alleen voor mensen met een plaats?

            Janine
            """
        ),
    },
    {
        "id": "d113-053",
        "kind": "rsvp",
        "attending": True,
        "sender": "Miriam Assink <m.assink@holtermaten.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Ik kom graag in de plaats van Arjen, en ik neem geen gast mee.

            Miriam Assink
            Directeur bedrijfsvoering Holtermaten
            """
        ),
    },
    {
        "id": "d113-054",
        "kind": "autoreply",
        "sender": "Katrin Vosskamp <k.vosskamp@grenslandwerkt.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatic reply: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Thank you for your email. I am out of the office until Monday 27 March with limited access to email.
            For urgent matters please contact Liesbeth Damveld, l.damveld@grenslandwerkt.nl.

            Vielen Dank für Ihre Nachricht. Ich bin bis zum 27. März nicht im Büro.
            """
        ),
    },
    # ---------------------------------------------------------------- April: reminder, atelier, follow-up
    {
        "id": "d113-055",
        "kind": "rsvp",
        "attending": False,
        "sender": "Koen Menkveld <k.menkveld@bekkenwaarde.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            helaas, ik kan niet. griep, lig al twee dagen plat.
            koen
            """
        ),
    },
    {
        "id": "d113-056",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jonathan Whitfield <j.whitfield@graafschapsveld.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Small correction: your reminder says I'm bringing one guest, but I'm coming on my own. Still very much
            looking forward to Thursday.

            Jonathan
            """
        ),
    },
    {
        "id": "d113-057",
        "kind": "autoreply",
        "sender": "Info GR Kuipersveld <info@gr-kuipersveld.nl>",
        "quote": "none",
        "subject": "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Wij hebben uw bericht niet gelezen.

            Stuurt u uw bericht opnieuw naar info@kuipersveld.nl. Dank voor uw begrip.
            """
        ),
    },
    {
        "id": "d113-058",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.broeklandwerkt.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.broeklandwerkt.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <n.garritsen@broeklandwerkt.nl>: host mailstore.broeklandwerkt.nl[10.20.4.11] said:
                550 5.1.1 <n.garritsen@broeklandwerkt.nl>: Recipient address rejected: User unknown
                in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "d113-059",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Dennis te Brake <d.tebrake@kuipersveld.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Mooie middag was het, mijn eerste keer en zeker niet de laatste.

            Voor november: wij moeten onze gemeenschappelijke regeling herzien en lopen aan tegen de vraag hoeveel
            zeggenschap de raden willen houden. Hoe hebben anderen de rol van de raden in hun GR geregeld zonder
            dat elk besluit drie keer door de molen moet?

            Dennis
            """
        ),
    },
    {
        "id": "d113-060",
        "kind": "other",
        "sender": "Hennie Oude Lansink <h.oudelansink@slingebeek.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Dank, het was inspirerend. Complimenten voor de gespreksleiding, en het Koetshuis bleek een schot in
            de roos.

            Hennie
            """
        ),
    },
    {
        "id": "d113-061",
        "kind": "other",
        "sender": "Gijs Wopereis <g.wopereis@twickelerveld.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Stan,

            De link naar het verslag geeft bij mij een 404. Ligt het aan onze firewall? Kun je het anders als pdf
            sturen? Ik wil het donderdag in ons MT bespreken.

            Gijs
            """
        ),
    },
    {
        "id": "d113-062",
        "kind": "other",
        "sender": "Mark Pelgrum <m.pelgrum@haaksveld.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Melanie,

            Een suggestie voor de vorm, niet voor de inhoud: volgende keer minder plenair en meer aan kleine
            tafels van vier of vijf, en graag afsluiten met een borrel. De beste gesprekken had ik nu bij de
            kapstok.

            Groet,
            Mark
            """
        ),
    },
    {
        "id": "d113-063",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Petra Hoitink <p.hoitink@aks-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank! Online meedoen ging beter dan gedacht, al kon ik maar tot vier uur blijven.

            Onderwerp voor november: informatiebeveiliging. Wij hebben drie colleges die elk verantwoordelijk zijn
            voor hun eigen gegevens, maar één IT-afdeling. Hoe organiseer je de BIO-verantwoording, en wie is bij
            jullie CISO?

            Petra
            """
        ),
    },
    {
        "id": "d113-064",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Jonathan Whitfield <j.whitfield@graafschapsveld.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for a great afternoon.

            A topic for next time: how do you set a ten-year agenda for the organisation when the councils and
            their priorities change every four years? I'd love to hear how colleagues keep a long-term course
            without ignoring the newly elected.

            Jonathan
            """
        ),
    },
    {
        "id": "d113-065",
        "kind": "rsvp",
        "attending": True,
        "sender": "Koen Menkveld <k.menkveld@bekkenwaarde.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik lag met griep op de bank dus was er niet bij, maar in november ben ik er zeker!

            Koen
            """
        ),
    },
    # ---------------------------------------------------------------- May - August: members come and go
    {
        "id": "d113-066",
        "kind": "unsubscribe",
        "sender": "Ferdi Scholten <f.scholten@bekkenwaarde.nl>",
        "quote": "none",
        "subject": "Wisseling directeur Bekkenwaarde",
        "body": _(
            """
            Beste secretariaat,

            Per 1 juni vertrek ik bij Werkorganisatie Bekkenwaarde. Mijn functie wordt overgenomen door Koen
            Menkveld, nu nog directeur bedrijfsvoering: k.menkveld@bekkenwaarde.nl. Willen jullie mij afmelden
            en hem in mijn plaats als lid opnemen?

            Met vriendelijke groet,
            Ferdi Scholten
            """
        ),
    },
    {
        "id": "d113-067",
        "kind": "unsubscribe",
        "sender": "Karin Busschers <k.busschers@graafschapsveld.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging.

            Jullie vroegen naar een opvolger: dat is Janine Wolters, j.wolters@graafschapsveld.nl. Zij komt per
            juli over van Vasserveen en neemt mijn plek in het netwerk graag over.

            Karin
            """
        ),
    },
    {
        "id": "d113-068",
        "kind": "subscribe",
        "sender": "Bram Nijenhuis <b.nijenhuis@geldersesch.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Lid blijven! Mijn secretariaat heeft per abuis een hele reeks nieuwsbrieven opgezegd en jullie zaten
            ertussen.

            Bram Nijenhuis
            """
        ),
    },
    {
        "id": "d113-069",
        "kind": "other",
        "sender": "Henk-Jan Olthof <henkjan.olthof@kpnmail.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Jammer dat het zo moest, maar zo gaat dat met pensioen. Bedankt voor alle mooie ateliers en de
            gastvrijheid van jullie beiden. Het ga jullie goed!

            Henk-Jan
            """
        ),
    },
    {
        "id": "d113-070",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Priscilla Horstman <p.horstman@azelerveld.nl>",
        "quote": "none",
        "subject": "Verzoek tot verwijdering persoonsgegevens",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle
            persoonsgegevens die u van mij verwerkt te verwijderen, inclusief eventuele gegevens over eerdere
            aanmeldingen, en mij daarna geen berichten meer te sturen.

            Met vriendelijke groet,
            P. Horstman
            """
        ),
    },
    {
        "id": "d113-071",
        "kind": "other",
        "sender": "Rik Geerdink <r.geerdink@broeklandwerkt.nl>",
        "quote": "none",
        "subject": "Inzageverzoek AVG",
        "body": _(
            """
            Goedendag,

            Naar aanleiding van mijn eerdere mail: ik wil graag weten welke gegevens jullie van mij hebben
            vastgelegd, van wie jullie die kregen en hoe lang jullie ze bewaren (artikel 15 AVG).

            R. Geerdink
            """
        ),
    },
    {
        "id": "d113-072",
        "kind": "unsubscribe",
        "sender": "Gea Tijhuis <gea.tijhuis@schipbeekdal.nl>",
        "quote": "none",
        "subject": "Van de lijst af",
        "body": _(
            """
            Hoi Stan en Melanie,

            Zetten jullie mij van de ledenlijst? Sinds deze maand werk ik bij een adviesbureau, buiten het
            openbaar bestuur, dus het netwerk is niet meer voor mij bedoeld. Dank voor alles!

            Gea Tijhuis
            """
        ),
    },
    {
        "id": "d113-073",
        "kind": "subscribe",
        "sender": "Frank Roerink <f.roerink@ijsselkolk.nl>",
        "quote": "none",
        "subject": "Nieuwe directeur IJsselkolk",
        "body": _(
            """
            Beste Stan en Melanie,

            Sinds 1 mei ben ik algemeen directeur van GR IJsselkolk (daarvoor directeur bedrijfsvoering, en als
            zodanig al bekend bij jullie). Willen jullie onze nieuwe directeur bedrijfsvoering aanmelden?
            Dat is Natasha Kaya-Olde Bijvank, n.kaya@ijsselkolk.nl.

            Groet, Frank
            """
        ),
    },
    {
        "id": "d113-074",
        "kind": "subscribe",
        "sender": "Saskia Ribbers <s.ribbers@ijsselkolk.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Goedemorgen,

            Hierbij meld ik me aan voor het netwerk. Ik ben sinds april directeur Ruimte bij GR IJsselkolk en
            kreeg jullie naam van Frank Roerink.

            Saskia Ribbers
            """
        ),
    },
    {
        "id": "d113-075",
        "kind": "other",
        "sender": "Ria Slütter <r.slutter@baaksebeek-samen.nl>",
        "quote": "none",
        "subject": "Nieuwe directeur Baakse Beek Samen",
        "body": _(
            """
            Geachte heer, mevrouw,

            Kunt u onze nieuwe directeur, mevrouw Beltman, toevoegen aan het netwerk? Zij begint per 1 augustus
            en heeft nog geen e-mailadres bij ons.

            Met vriendelijke groet,
            Ria Slütter
            Bestuurssecretariaat Baakse Beek Samen
            """
        ),
    },
    {
        "id": "d113-076",
        "kind": "confirm",
        "sender": "Natasha Kaya-Olde Bijvank <n.kaya@ijsselkolk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed.

            Natasha
            """
        ),
    },
    {
        "id": "d113-077",
        "kind": "confirm",
        "sender": "Saskia Ribbers <s.ribbers@ijsselkolk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik bevestig hierbij mijn aanmelding.

            S. Ribbers
            Directeur Ruimte | GR IJsselkolk
            """
        ),
    },
    {
        "id": "d113-078",
        "kind": "autoreply",
        "sender": "Bram Nijenhuis <b.nijenhuis@geldersesch.nl>",
        "quote": "none",
        "subject": "Afwezig / Out of office",
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Van 17 juli tot en met 6 augustus ben ik met vakantie. Uw e-mail wordt niet doorgestuurd. Voor
            dringende zaken: bel 0314 - 55 80 00 en vraag naar de dienstdoende directeur.

            I am on holiday from 17 July until 6 August. Your email will not be forwarded.
            """
        ),
    },
    {
        "id": "d113-079",
        "kind": "autoreply",
        "sender": "Secretariaat directie Holtermaten <secretariaatdirectie@holtermaten.nl>",
        "quote": "none",
        "subject": "Automatisch antwoord: Uw afmelding bij het Netwerk van directeuren van ambtelijke fusieorganisaties",  # noqa: E501
        "headers": {"Precedence": "auto_reply"},
        "body": _(
            """
            Bedankt voor uw e-mail. In de zomerperiode is het secretariaat directie beperkt bezet. Wij streven
            ernaar uw bericht binnen vijf werkdagen te beantwoorden.

            Secretariaat directie Holtermaten
            """
        ),
    },
    {
        "id": "d113-080",
        "kind": "other",
        "sender": "Anouk Reinders <anouk.reinders@slingebeek.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres",
        "body": _(
            """
            Beste Melanie,

            Per 1 juli verandert ons domein van naamgeving: mijn adres a.reinders@slingebeek.nl vervalt en wordt
            anouk.reinders@slingebeek.nl. Kunnen jullie dat in jullie bestand aanpassen? Ik blijf gewoon lid.

            Anouk
            """
        ),
    },
    {
        "id": "d113-081",
        "kind": "confirm",
        "sender": "Elske Ligtenberg <e.ligtenberg@broeklandwerkt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Graag!
            """
        ),
    },
    {
        "id": "d113-082",
        "kind": "confirm",
        "sender": "Niels Garritsen <n.garritsen@grhessenweg.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ja hoor, bij deze bevestigd. Leuk dat zo'n netwerk bestaat; ik hoorde er op mijn vorige werkplek al
            over van Roel Wissink. Sinds februari zit ik bij GR Hessenweg.

            Niels
            """
        ),
    },
    {
        "id": "d113-083",
        "kind": "other",
        "sender": "Mehmet Yıldız <m.yildiz@azelerveld.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Voordat ik bevestig: wat wordt er van leden verwacht? Ik zit als nieuwe directeur tot over mijn oren
            in de inwerkgesprekken en wil alleen iets toezeggen wat ik ook waar kan maken.

            Met vriendelijke groet,
            Mehmet Yıldız
            Werkorganisatie Azelerveld
            """
        ),
    },
    {
        "id": "d113-084",
        "kind": "unsubscribe",
        "sender": "Liesbeth Damveld <l.damveld@grenslandwerkt.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Sorry, ik bedenk me: het netwerk is bedoeld voor directeuren en ik ben managementassistent. Ik wilde
            alleen op de hoogte blijven voor mevrouw Vosskamp, maar die ontvangt alles al zelf. Graag toch weer
            afmelden.

            Liesbeth
            """
        ),
    },
    {
        "id": "d113-085",
        "kind": "confirm",
        "sender": "Jolanda Eppink <j.eppink@wolemselo.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            > Wilt u uw aanmelding bevestigen? Beantwoord deze e-mail dan; u hoeft niets te typen.

            Ja, hierbij.

            Jolanda
            """
        ),
    },
    # ---------------------------------------------------------------- September: call for themes 2034-2
    {
        "id": "d113-086",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Mehmet Yıldız <m.yildiz@azelerveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Mijn onderwerp: de positie van een kleine werkorganisatie in de regionale agenda van Twente. Hoe zorg
            je dat twee plattelandsgemeenten een stem houden naast de steden, en niet alleen meebetalen aan
            projecten waar ze zelf weinig van terugzien?

            Met vriendelijke groet,
            Mehmet Yıldız
            """
        ),
    },
    {
        "id": "d113-087",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Arjen Holtkamp <a.holtkamp@holtermaten.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "subject": "Antw: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            AI in het primaire proces. Wie heeft al een kader voor het gebruik van generatieve AI door
            medewerkers, en hoe heb je de ondernemingsraad meegenomen?

            A. Holtkamp
            """
        ),
    },
    {
        "id": "d113-088",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Chantal ter Maat <c.termaat@baaksebeek-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Bij ons verdwijnen in twee kernen de bibliotheek en het servicepunt tegelijk. Ik zou graag met
            collega's sparren over hoe je dan toch dichtbij de inwoner blijft: een bus, een loket in de
            supermarkt, huisbezoeken? Wat werkt er echt?

            Chantal
            """
        ),
    },
    {
        "id": "d113-089",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Elske Ligtenberg <e.ligtenberg@broeklandwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            In november ben ik er zelf waarschijnlijk niet bij (we verbouwen en ik moet die week thuis zijn),
            maar ik vind dit onderwerp te belangrijk om te laten liggen: het werkgeversmerk. Hoe trek je als
            werkorganisatie in de Achterhoek nog jonge professionals aan, nu de markt zo krap is en ze allemaal
            naar Arnhem of Enschede lijken te gaan?

            Groet,
            Elske Ligtenberg
            """
        ),
    },
    {
        "id": "d113-090",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Niels Garritsen <n.garritsen@grhessenweg.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Twee onderwerpen, één per regel zoals gevraagd:
            Gezamenlijke inkoop jeugdzorg met de buurregio: wie neemt de financiële risico's als één gemeente uitstapt?
            Klanttevredenheid meten per kern in plaats van per gemeente

            Niels
            """
        ),
    },
    {
        "id": "d113-091",
        "kind": "other",
        "sender": "Jolanda Eppink <j.eppink@wolemselo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Ik heb (nog) geen onderwerp, wel een vraag: wie zitten er in die Adviesraad en hoe word je daar lid
            van? Ik zou het interessant vinden om mee te denken over het programma.

            Jolanda Eppink
            """
        ),
    },
    {
        "id": "d113-092",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sander Weggemans <s.weggemans@haaksveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            > - Strategie: lange termijn visie op de organisatie, inhoudelijke agenda, bestuurlijke prioriteiten;
            n.v.t.
            > - Samenwerking: relatie tussen deelnemende gemeenten, gezamenlijke opgaven, belangen en ambities,
            > positie in de regio;
            gaat goed bij ons
            > - Organisatie: organisatiestructuur, sturingsconcept, formatie en innovatie, digitalisering,
            > werkprocessen, financiën, I&A;
            JA: de overstap van teamsturing naar resultaatgericht werken. We lopen vast op de rol van de
            teamleider.

            S.
            """
        ),
    },
    {
        "id": "d113-093",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bernard Vrielink <b.vrielink@vasserveen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Voor november moet ik passen: dan zit ik midden in de begrotingsbehandeling in drie raden. Succes met
            de voorbereiding, ik lees het verslag graag na.

            Met vriendelijke groet,
            Bernard Vrielink
            """
        ),
    },
    {
        "id": "d113-094",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Chantal ter Maat <c.termaat@baaksebeek-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Ik zie dat jullie mijn onderwerp over de bibliotheek en het servicepunt hebben genoteerd, dank. Na
            overleg met de wethouders wil ik het toch liever breder maken: niet alleen de fysieke loketten,
            maar ook hoe we de telefonische en digitale dienstverlening voor die kernen op peil houden. Wil je de
            omschrijving zo aanpassen?

            Chantal
            """
        ),
    },
    # ---------------------------------------------------------------- October: invitation to atelier 2034-2
    {
        "id": "d113-095",
        "kind": "rsvp",
        "attending": True,
        "sender": "Mehmet Yıldız <m.yildiz@azelerveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Graag! Ik kom met twee collega's uit het MT, dus in totaal met drie personen.

            Mehmet
            """
        ),
    },
    {
        "id": "d113-096",
        "kind": "rsvp",
        "attending": False,
        "sender": "Katrin Vosskamp <k.vosskamp@grenslandwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Melanie,

            What a pity: exactly the border theme I proposed, and I can't make it on 16 November. That week I'm
            in Münster with our three mayors. My colleague Wouter Kuipers (w.kuipers@grenslandwerkt.nl) will
            attend in my place.

            Best regards,
            Katrin
            """
        ),
    },
    {
        "id": "d113-097",
        "kind": "other",
        "sender": "Ilse Heijink <i.heijink@eschenmarke.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik kom.

            Wordt het atelier opgenomen? Mijn MT-leden kunnen niet mee en ik zou het plenaire deel graag met hen
            terugkijken.

            Ilse
            """
        ),
    },
    {
        "id": "d113-098",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Wassink <m.wassink@berkelstroom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            > Komt u?

            JA

            > Neemt u iemand mee

            Met z'n tweeën, ik en onze controller Harm Lubbers.

            Marloes
            """
        ),
    },
    {
        "id": "d113-099",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jeroen Leferink <j.leferink@reggeenvecht.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Correctie op mijn mail van vanochtend: ik had het atelier op de 23e in mijn hoofd. Op 16 november
            zit ik in Den Haag, dus ik kan helaas niet. Sorry voor het heen en weer.

            Jeroen
            """
        ),
    },
    {
        "id": "d113-100",
        "kind": "unsubscribe",
        "sender": "Jonathan Whitfield <j.whitfield@graafschapsveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan,

            Please take me off your list altogether: I won't be there on the 16th, nor at future ateliers. My
            interim assignment here has ended and I've started a role at the province.

            Cheers,
            Jonathan
            """
        ),
    },
    {
        "id": "d113-101",
        "kind": "rsvp",
        "attending": True,
        "sender": "Janine Wolters <j.wolters@graafschapsveld.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]",  # noqa: E501
        "body": "",
    },
    {
        "id": "d113-102",
        "kind": "other",
        "sender": "Saskia Ribbers <s.ribbers@ijsselkolk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Goedemiddag,

            Is het mogelijk om vooraf de casus of een korte notitie te ontvangen? Ik bereid me graag voor, zeker
            omdat het over grensoverschrijdende samenwerking gaat en wij daar nog weinig ervaring mee hebben.

            Saskia Ribbers
            """
        ),
    },
    {
        "id": "d113-103",
        "kind": "other",
        "sender": "Esther Borgman <e.borgman@twickelerveld.nl>",
        "quote": "none",
        "subject": "Atelier 16 november - heer Bosschaart",
        "body": _(
            """
            Goedemorgen,

            De heer Bosschaart heeft nog niet gereageerd op uw uitnodiging voor 16 november. In zijn agenda staat
            die middag ook een bestuurlijk overleg; ik kom erop terug zodra hij heeft gekozen.

            Met vriendelijke groet,
            Esther Borgman
            Managementondersteuning GR Twickelerveld
            """
        ),
    },
    {
        "id": "d113-104",
        "kind": "rsvp",
        "attending": False,
        "sender": "Esmee Hofstede <e.hofstede@geldersesch.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste heer Van de Laar,

            Mevrouw Tiemessen is op donderdag 16 november helaas verhinderd. Zij laat u vriendelijk groeten.

            Met vriendelijke groet,
            Esmee Hofstede
            Secretariaat GR Gelderse Esch
            """
        ),
    },
    {
        "id": "d113-105",
        "kind": "other",
        "sender": "Hanneke Brummelhuis <h.brummelhuis@lemselo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie,

            Ik kan zelf niet op de 16e. Mag ik in mijn plaats iemand anders sturen? Ik weet alleen nog niet wie,
            dat hangt af van wie er die week niet op vakantie is. Is dat een probleem als ik het pas later laat
            weten?

            Hanneke
            """
        ),
    },
    {
        "id": "d113-106",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter Kuipers <w.kuipers@grenslandwerkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks, happy to attend on Katrin's behalf. I'll be there at 13.45.

            Wouter Kuipers
            Grenslandgemeenten werkorganisatie
            """
        ),
    },
    {
        "id": "d113-107",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerard Koopman <g.koopman@diepenmarke.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Joost vroeg mij om in zijn plaats te gaan, maar ik zit die dag zelf ook vast in een aanbesteding.
            Ik laat het hem weten; wie weet vindt hij nog iemand anders.

            Gerard Koopman
            """
        ),
    },
    {
        "id": "d113-108",
        "kind": "other",
        "sender": "Ruud Bosschaart <r.bosschaart@twickelerveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Kunnen jullie de uitnodigingen en herinneringen voortaan ook in cc naar mijn ondersteuner sturen,
            Esther Borgman (e.borgman@twickelerveld.nl)? Dan mist zij ze niet meer in mijn agenda.

            Ruud Bosschaart
            """
        ),
    },
    {
        "id": "d113-109",
        "kind": "autoreply",
        "sender": "Gijs Wopereis <g.wopereis@twickelerveld.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]",  # noqa: E501
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tot en met dinsdag 24 oktober volg ik een leiderschapsprogramma en lees ik mijn mail niet. Uw bericht
            wordt niet doorgestuurd. Voor zaken rond de aanmelding voor bijeenkomsten kunt u terecht bij Esther
            Borgman, e.borgman@twickelerveld.nl.

            Gijs Wopereis
            """
        ),
    },
    # ---------------------------------------------------------------- November: reminder, atelier, follow-up
    {
        "id": "d113-110",
        "kind": "rsvp",
        "attending": False,
        "sender": "Mark Pelgrum <m.pelgrum@haaksveld.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Beste Melanie,

            Helaas kan ik donderdag toch niet: er is een spoeddebat in een van onze raden ingelast. Geef mijn
            plek gerust aan iemand van de wachtlijst.

            Mark
            """
        ),
    },
    {
        "id": "d113-111",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@vasserveen.nl>",
        "quote": "none",
        "subject": "Undeliverable: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Your message to b.vrielink-oud@vasserveen.nl couldn't be delivered.

            b.vrielink-oud wasn't found at vasserveen.nl.

            info        Office 365        b.vrielink-oud
            Action Required                 Recipient

            Unknown To address

            How to Fix It
            The address may be misspelled or may not exist. Try one or more of the following:
            - Retype the recipient's address, then resend the message.

            Diagnostic information for administrators:
            Generating server: AM9PR08MB1234.eurprd08.prod.outlook.com
            b.vrielink-oud@vasserveen.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    {
        "id": "d113-112",
        "kind": "autoreply",
        "sender": "Evelien Rensen <e.rensen@dinkelmarke.nl>",
        "quote": "none",
        "subject": "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Dit is een automatisch antwoord.

            Ik werk op maandag, dinsdag en donderdag. Uw bericht lees ik op mijn eerstvolgende werkdag. Is het
            dringend, bel dan het algemene nummer 0541 - 85 50 00.

            Evelien Rensen
            """
        ),
    },
    {
        "id": "d113-113",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Astrid Beltman <a.beltman@baaksebeek-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Mijn eerste atelier bij jullie, nu vanuit Baakse Beek Samen. Over samenwerking over de grens heb ik
            veel geleerd, dank daarvoor.

            Voor 2035 zou ik graag de monitoring van prestaties op de agenda zien: welke dashboards gebruiken
            collega's om aan de raden te laten zien hoe snel en goed we inwoners en ondernemers helpen?

            Hartelijke groet,
            Astrid Beltman
            """
        ),
    },
    {
        "id": "d113-114",
        "kind": "subscribe",
        "sender": "Harm Lubbers <h.lubbers@berkelstroom.nl>",
        "quote": "none",
        "subject": "Lid worden netwerk",
        "body": _(
            """
            Beste Stan en Melanie,

            Op 16 november was ik als gast van Marloes Wassink bij het atelier in Lochemveld. Per 1 januari word
            ik directeur bedrijfsvoering bij GR Berkelstroom, en dan wil ik graag zelf lid worden van het
            netwerk. Kunnen jullie mij aanmelden met dit adres?

            Met vriendelijke groet,
            Harm Lubbers
            """
        ),
    },
    {
        "id": "d113-115",
        "kind": "other",
        "sender": "Wouter Kuipers <w.kuipers@grenslandwerkt.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemorgen,

            Mag ik het verslag delen met ons MT en met de drie colleges, of is het bedoeld voor de deelnemers
            alleen? Er staan wat citaten in van collega's en ik wil niemand in verlegenheid brengen.

            Wouter
            """
        ),
    },
    {
        "id": "d113-116",
        "kind": "other",
        "sender": "Niels Garritsen <n.garritsen@grhessenweg.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de goede middag in Lochemveld.

            Zouden jullie de presentatie van de Duitse Landrat kunnen rondsturen? De kaart met de pendelstromen
            wil ik graag gebruiken in ons eigen college.

            Niels
            """
        ),
    },
    {
        "id": "d113-117",
        "kind": "unsubscribe",
        "sender": "Joost Hoenderboom <j.hoenderboom@diepenmarke.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar,

            Dit was mijn laatste atelier: per 1 januari treed ik terug. U mag mij uit het ledenbestand halen. Het
            ga u en mevrouw Huurneman goed.

            Hoogachtend,
            J.W. Hoenderboom
            """
        ),
    },
    {
        "id": "d113-118",
        "kind": "unsubscribe",
        "sender": "Dirk-Jan Heuvelink <dj.heuvelink@aks-werkt.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "ongemarkeerd",
        "body": _(
            """
            afmelden
            """
        ),
    },
    {
        "id": "d113-119",
        "kind": "other",
        "sender": "Marco Leusink <marco@leusinkadvies.nl>",
        "quote": "none",
        "subject": "Presentatie op uw atelier?",
        "body": _(
            """
            Beste organisatoren,

            Via LinkedIn zag ik dat uw netwerk twee keer per jaar een atelier houdt. Als adviseur begeleid ik
            ambtelijke fusies in Oost-Nederland en ik presenteer graag (kosteloos) onze aanpak voor
            cultuurtrajecten. Met wie kan ik hierover contact opnemen?

            Met vriendelijke groet,
            Marco Leusink
            Leusink Advies & Verandering
            """
        ),
    },
    {
        "id": "d113-120",
        "kind": "other",
        "sender": "Femke Oldenhuis <f.oldenhuis@student.utwente.nl>",
        "quote": "none",
        "subject": "Interviewverzoek masterscriptie",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Voor mijn masterscriptie Public Administration onderzoek ik hoe directeuren van ambtelijke
            fusieorganisaties omgaan met de identiteit van de deelnemende gemeenten. Zou ik via uw netwerk een
            oproep mogen doen voor interviews van ongeveer een uur?

            Met vriendelijke groet,
            Femke Oldenhuis
            """
        ),
    },
    {
        "id": "d113-121",
        "kind": "other",
        "sender": "Mark Pelgrum <m.pelgrum@haaksveld.nl>",
        "quote": "none",
        "subject": "Atelier in Haaksveld?",
        "body": _(
            """
            Beste Stan en Melanie,

            Ons nieuwe gemeentehuis is in februari klaar en heeft een mooie raadzaal met ruimte voor veertig
            mensen. Zouden we het eerste atelier van 2035 daar kunnen houden? Wij zorgen voor koffie en lunch.

            Groet,
            Mark
            """
        ),
    },
    # ---------------------------------------------------------------- December: new members for 2035
    {
        "id": "d113-122",
        "kind": "subscribe",
        "sender": "Bas Lammers <b.lammers@grhessenweg.nl>",
        "quote": "none",
        "subject": "Aanmelden",
        "body": _(
            """
            Aanmelden
            """
        ),
    },
    {
        "id": "d113-123",
        "kind": "subscribe",
        "sender": "Sophie Engbers <s.engbers@diepenmarke.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Dear secretariat,

            I'd like to join the network. From 1 January I will be the new algemeen directeur of Werkorganisatie
            Diepenmarke, succeeding Joost Hoenderboom, who spoke warmly of your ateliers.

            Kind regards,
            Sophie Engbers
            """
        ),
    },
    {
        "id": "d113-124",
        "kind": "subscribe",
        "sender": "Gea Tijhuis <gea.tijhuis@schipbeekdal.nl>",
        "quote": "none",
        "subject": "Weer lid",
        "body": _(
            """
            Beste Melanie,

            Dit voorjaar heb ik me afgemeld omdat ik naar een adviesbureau ging. Dat avontuur is voorbij: per
            december ben ik terug als directeur bedrijfsvoering bij Schipbeekdal. Graag meld ik me weer aan.

            Groet, Gea
            """
        ),
    },
    {
        "id": "d113-125",
        "kind": "subscribe",
        "sender": "Esther Borgman <e.borgman@twickelerveld.nl>",
        "quote": "none",
        "subject": "Aanmelding nieuwe directeur",
        "body": _(
            """
            Goedemiddag,

            Namens de heer Bosschaart meld ik onze nieuwe directeur Publiekszaken aan voor het netwerk: de heer
            Liam de Graaf, l.degraaf@twickelerveld.nl.

            Met vriendelijke groet,
            Esther Borgman
            """
        ),
    },
    {
        "id": "d113-126",
        "kind": "subscribe",
        "sender": "Jolanda Eppink <jolanda.eppink@haaksveld.nl>",
        "quote": "none",
        "subject": "aanmelding",
        "body": _(
            """
            hoi, wil me graag (weer) aanmelden voor jullie netwerk. ben per 1 dec directeur bedrijfsvoering bij
            Haaksveld, mijn oude adres bij Lemselo werkt niet meer

            gr Jolanda

            Verzonden vanaf Outlook voor Android
            """
        ),
    },
    {
        "id": "d113-127",
        "kind": "subscribe",
        "sender": "Evelien Rensen <e.rensen@dinkelmarke.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Oei, dat was niet de bedoeling. Ik had op 'afmelden' geklikt in de herinnering omdat ik dacht dat ik
            me daarmee voor het atelier afmeldde. Ik wil graag lid blijven.

            Evelien
            """
        ),
    },
    {
        "id": "d113-128",
        "kind": "confirm",
        "sender": "Liam de Graaf <l.degraaf@twickelerveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "subject": "Antw: Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]",
        "body": _(
            """
            ok
            """
        ),
    },
    {
        "id": "d113-129",
        "kind": "confirm",
        "sender": "Sophie Engbers <s.engbers@diepenmarke.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Yes please, I confirm. Thank you!

            Sophie
            """
        ),
    },
    {
        "id": "d113-130",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Oliver Brandt <o.brandt@grenslandwerkt.nl>",
        "quote": "none",
        "subject": "GDPR request",
        "body": _(
            """
            Hello,

            I am leaving Grenslandgemeenten at the end of the year and moving back to Osnabrück. Under the GDPR
            I ask you to delete all personal data you hold about me and to stop sending me email. A short
            confirmation would be appreciated.

            Regards,
            Oliver Brandt
            """
        ),
    },
    {
        "id": "d113-131",
        "kind": "autoreply",
        "sender": "Marloes Wassink <m.wassink@berkelstroom.nl>",
        "quote": "none",
        "subject": "Automatisch antwoord: Dank voor uw komst: Leer- en inspireer-atelier \"Sturen op samenwerking & eigenheid\" [atelier:2027-1]",  # noqa: E501
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Fijne feestdagen! Ik ben vrij van 22 december tot en met 2 januari 2035. Uw mail wordt niet
            doorgestuurd; voor dringende zaken kunt u terecht bij Ingeborg Kerkhof, i.kerkhof@berkelstroom.nl.

            Marloes Wassink
            """
        ),
    },
    {
        "id": "d113-132",
        "kind": "other",
        "sender": "Dennis te Brake <d.tebrake@kuipersveld.nl>",
        "quote": "none",
        "subject": "Datum atelier voorjaar 2035",
        "body": _(
            """
            Hoi Stan,

            Is de datum van het eerste atelier van 2035 al bekend? Onze agenda's voor het voorjaar lopen nu al
            vol en ik wil het graag alvast blokken.

            Dennis
            """
        ),
    },
]
# fmt: on
