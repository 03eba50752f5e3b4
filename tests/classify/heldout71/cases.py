"""heldout71: a year of mail from directors and staff of werkorganisaties in the Zaanstreek and Waterland.

The writers work for invented shared civil-service organisations north of the IJ: Werkorganisatie Zaanmond
(Zaanmeer, Wormerdijk), Ambtelijke organisatie Laag Waterland (Broekerkoog, Ilpenwoude, Monnickenzee), GR Purmerdijk
(Purmerkoog, Neckerwaard), Werkorganisatie De Kogen (Jispermeer, Oostknollen), Veenzaan Samen (Westveen, Assendijk),
the ZWO-werkorganisatie (Zaanwoude, Wijdewaard, Oosterveen), GR Waterlandse Wielen (Overleek, Zuiderwiel, Rijperkoog),
Werkorganisatie Markermeerkust and Samenwerkingsorganisatie Noorderveen. Over one year the mailbox gets new directors
signing up (themselves, a colleague, via an assistant, via a forwarded welcome), confirmations, retirements and
hand-overs, erasure and inspection requests, answers to the invitation, reminder, change and waiting-list mails,
topics under the call, the follow-up, the welcome and the invitation, questions about the form of the ateliers,
address changes after a renaming, an IT department whose gateway blocked the calendar file, and the machines: out of
office, a ticket system, a read receipt, a retired address and three delivery failures. Some threads run through the
year (an interim director who signs up, confirms and suggests; a director who declines and then comes after all).
Registers run from stiff to chatty; a few writers use English.

Conventions this set relies on (from the brief):
- Leaving the network while declining the atelier is `unsubscribe`; declining only the atelier ("afmelden voor het
  atelier"), with or without a substitute, is `rsvp` False; a later mail carries the latest answer.
- A hand-over with the successor's address, or a successor named without an address yet, is `unsubscribe`; a
  hand-over at a later date while staying a member until then is `other`, as is a colleague reporting a departure.
- An AVG erasure is `unsubscribe` with `erase`, also with a question beside it; asking to see one's data is `other`.
- Signing up one named colleague with an address (also by an assistant) is `subscribe`; several people are `other`;
  "lid blijven" under the goodbye is `subscribe`.
- A plain denial under the confirmation mail, also asking who did it, is `unsubscribe`; one asking where the address
  came from is `other`. An assistant confirming from their own address is `other`; a bare signature is `confirm`.
- A topic proposed under any of our mails is a `suggestion` with the themes of the topic itself (not of the story told
  before it); backing another member's topic, a proposal about the form of the ateliers, a yes on a condition and a
  "nee" that only answers the guest question are `other`. An assistant answering in reply to the invitation is
  `rsvp`; an assistant's forward with a line about the director is `other`.
- Calendar answers are `rsvp`; out-of-office, tickets, read receipts and "no longer in use" are `autoreply` with the
  thread of our mail; delivery failures are `bounce` without a thread. Replies to the follow-up use `followup`.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_INVITE = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # --- subscribe -------------------------------------------------------------------------------------------------
    {
        "id": "ho71zw-001",
        "kind": "subscribe",
        "sender": "Wendela Kaaijk <w.kaaijk@zaanmond.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Geachte heer/mevrouw,

            Per 1 februari ben ik begonnen als algemeen directeur van Werkorganisatie Zaanmond, de ambtelijke
            organisatie van Zaanmeer en Wormerdijk. Mijn voorganger wees mij op uw netwerk en ik sluit mij daar
            graag bij aan. Kunt u mij op dit adres als lid inschrijven?

            Met vriendelijke groet,

            Wendela Kaaijk
            Algemeen directeur | Werkorganisatie Zaanmond
            Postbus 140, 1520 AC Zaanmeer
            """
        ),
    },
    {
        "id": "ho71zw-002",
        "kind": "subscribe",
        "sender": "Joost Brinkhorst <joost.brinkhorst@laagwaterland.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            lid blijven graag!! Mijn nieuwe managementassistent heeft in een grote opruimactie al mijn nieuwsbrieven
            opgezegd en jullie netwerk ging per ongeluk mee in de bulk. Dat was dus echt niet de bedoeling.

            Joost
            """
        ),
    },
    {
        "id": "ho71zw-003",
        "kind": "subscribe",
        "sender": "Arnoud Sijpesteijn <a.sijpesteijn@dekogen.nl>",
        "quote": "none",
        "subject": "Nieuwe collega voor het netwerk",
        "body": _(
            """
            Beste Stan en Melanie,

            Femke Oudejans is sinds kort onze directeur bedrijfsvoering en ze heeft bij mij gezien hoeveel ik aan
            de ateliers heb. Willen jullie haar aanmelden? Haar adres is f.oudejans@dekogen.nl. Ze weet ervan en
            rekent op jullie bevestigingsmail.

            Hartelijke groet,
            Arnoud Sijpesteijn
            gemeentesecretaris-directeur Werkorganisatie De Kogen
            """
        ),
    },
    {
        "id": "ho71zw-004",
        "kind": "subscribe",
        "sender": "Niamh O'Connell <n.oconnell@noorderveen-samen.nl>",
        "quote": "none",
        "subject": "Membership of the directors' network",
        "body": _(
            """
            Hello,

            I started in January as interim director of Samenwerkingsorganisatie Noorderveen (the joint civil
            service of Noorderveen-Oost and Kaaskoog). My Dutch is improving but still slow, so forgive me for
            writing in English. I understand membership costs nothing - could you add me to the network with this
            address? Mails in Dutch are perfectly fine, I'll manage with a dictionary.

            Kind regards,
            Niamh O'Connell
            Interim Director | Samenwerkingsorganisatie Noorderveen
            """
        ),
    },
    {
        "id": "ho71zw-005",
        "kind": "subscribe",
        "sender": "Priscilla Tjon-A-Fat <secretariaat.directie@purmerdijk.nl>",
        "quote": "none",
        "subject": "Aanmelding dhr. Hoogendijk",
        "body": _(
            """
            Goedemiddag,

            In opdracht van onze nieuwe directeur, de heer M. (Marten) Hoogendijk, meld ik hem aan voor het Netwerk
            van directeuren van ambtelijke fusieorganisaties. Zijn e-mailadres is m.hoogendijk@purmerdijk.nl; de
            bevestigingsmail mag rechtstreeks naar hem.

            Met vriendelijke groet,

            Priscilla Tjon-A-Fat
            Managementondersteuning directie
            GR Purmerdijk - voor Purmerkoog en Neckerwaard
            """
        ),
    },
    {
        "id": "ho71zw-006",
        "kind": "subscribe",
        "sender": "Lotte Vermeulen-Kok <l.vermeulenkok@zwo-gemeenten.nl>",
        "quoted": "welkom",
        "quote": "doorgestuurd",
        "subject": "FW: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "body": _(
            """
            Hallo, onderstaande mail kreeg ik van mijn collega-directeur doorgestuurd. Ik ben de tweede directeur
            van de ZWO-werkorganisatie (sociaal domein en publieksdienstverlening) en word ook graag lid, op dit
            adres graag.
            Groet, Lotte Vermeulen-Kok
            """
        ),
    },
    # --- confirm ---------------------------------------------------------------------------------------------------
    {
        "id": "ho71zw-007",
        "kind": "confirm",
        "sender": "Gerbrand Tuinman <g.tuinman@markermeerkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": "",
    },
    {
        "id": "ho71zw-008",
        "kind": "confirm",
        "sender": "Coby Zonneveld <j.zonneveld@waterlandsewielen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Met vriendelijke groet,

            drs. J. (Coby) Zonneveld
            directeur-bestuurssecretaris
            GR Waterlandse Wielen
            Overleek | Zuiderwiel | Rijperkoog

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Ontvangt u dit bericht onterecht, gebruik de
            inhoud dan niet en laat het de afzender direct weten.
            """
        ),
    },
    {
        "id": "ho71zw-009",
        "kind": "confirm",
        "sender": "Bas Heijnis <b.heijnis@zaanmond.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Klopt, zet me er maar in 👍

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "ho71zw-010",
        "kind": "confirm",
        "sender": "Niamh O'Connell <n.oconnell@noorderveen-samen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Confirmed - that was indeed my own request from last week. Dank u wel!

            Niamh
            """
        ),
    },
    {
        "id": "ho71zw-011",
        "kind": "confirm",
        "sender": "Hidde Groot <hgroot@dekogen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Ja hoor, dat was ik. Jullie eerste mail was ondergesneeuwd onder de stukken voor de begrotingsraad,
            excuus voor de vertraging.
            Hidde
            """
        ),
    },
    # --- unsubscribe -----------------------------------------------------------------------------------------------
    {
        "id": "ho71zw-012",
        "kind": "unsubscribe",
        "sender": "Reinier Backer <r.backer@laagwaterland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Op 11 maart ben ik er niet bij: per 1 april ga ik met pensioen en maart staat helemaal in het teken van
            afronden en overdragen. Haal mij dan ook maar uit het ledenbestand, het heeft geen zin dat ik nog
            berichten van jullie krijg. Een opvolger is er nog niet; die werving loopt via drie colleges en dat
            gaat nog wel even duren.

            Dank voor alle goede middagen.

            Reinier Backer
            algemeen directeur Ambtelijke organisatie Laag Waterland
            """
        ),
    },
    {
        "id": "ho71zw-013",
        "kind": "unsubscribe",
        "sender": "Ellen Kuijt <e.kuijt@veenzaansamen.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Dank voor de bevestiging. U vraagt naar een opvolger: mijn functie wordt per 1 mei waargenomen door
            Tjeerd Molenkamp, t.molenkamp@veenzaansamen.nl. Hij heeft aangegeven graag in het netwerk te stappen.

            Groet, Ellen Kuijt
            """
        ),
    },
    {
        "id": "ho71zw-014",
        "kind": "unsubscribe",
        "sender": "Cor Dekker <c.dekker@zwo-gemeenten.nl>",
        "quote": "none",
        "subject": "Vertrek en opvolging",
        "body": _(
            """
            Geacht secretariaat,

            Na zeven jaar bij de ZWO-werkorganisatie stap ik over naar de provincie. Wilt u mij nu al uit het
            netwerk afmelden? De uitnodigingen voor het najaar zijn niet meer aan mij besteed. Het algemeen bestuur
            heeft Yvonne Stam aangewezen als mijn opvolger; haar mailadres is hier nog niet aangemaakt, zij meldt
            zich zelf bij u zodra ze begonnen is.

            Met vriendelijke groet,
            C.J. Dekker
            """
        ),
    },
    {
        "id": "ho71zw-015",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "mr. Paulien Rozendaal <p.rozendaal@rozendaal-advies.nl>",
        "quote": "none",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle
            persoonsgegevens die u in het kader van het Netwerk van directeuren van ambtelijke fusieorganisaties van
            mij hebt vastgelegd te wissen, inclusief presentielijsten en eventuele aantekeningen. Daarmee beëindig
            ik tevens mijn lidmaatschap.

            Graag ontvang ik binnen de wettelijke termijn schriftelijk bevestigd dat de verwijdering heeft
            plaatsgevonden.

            Hoogachtend,
            mr. P.M. Rozendaal
            voormalig directeur GR Purmerdijk
            """
        ),
    },
    {
        "id": "ho71zw-016",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Marcus Verhey <marcus.verhey@waterlandsewielen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear secretariat,

            I am leaving public service at the end of this month, so no topics from me. Please take me off the
            network and erase every piece of personal data you hold on me (GDPR, right to erasure).

            One question before I go: has my address ever been shared with third parties, for instance with the
            speakers at the ateliers?

            Best regards,
            Marcus Verhey
            """
        ),
    },
    {
        "id": "ho71zw-017",
        "kind": "unsubscribe",
        "sender": "Ton Baltus <t.baltus@markermeerkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Ik heb me nergens voor opgegeven. Wie heeft mijn naam hier doorgegeven? Niet doen dus.
            T. Baltus
            """
        ),
    },
    {
        "id": "ho71zw-018",
        "kind": "unsubscribe",
        "sender": "Sandra Mooij <s.mooij@dekogen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Sorry, onderwerpen heb ik niet meer voor jullie: sinds januari ben ik geen directeur meer maar
            teamleider vergunningen, en dan hoor ik niet meer in dit gezelschap. Wil je me eraf halen? dank

            Sandra

            Verzonden vanaf mijn iPad
            """
        ),
    },
    # --- rsvp ------------------------------------------------------------------------------------------------------
    {
        "id": "ho71zw-019",
        "kind": "rsvp",
        "attending": True,
        "sender": "Youssef el Amrani <y.elamrani@zaanmond.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie, zet me maar op de lijst voor de 11e. Ik rij zelf vanuit Zaanmeer en neem de vroege
            A8, dus ruim op tijd voor de koffie. Groet, Youssef
            """
        ),
    },
    {
        "id": "ho71zw-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Geertje Wuis <g.wuis@laagwaterland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            > Komt u? Beantwoord deze e-mail met "ja, ik kom" of "nee, helaas".
            Ja, ik kom.

            > Neemt u iemand mee, vermeld dan met hoeveel personen u komt.
            Met z'n tweeën: onze concerncontroller Henk Pos gaat met mij mee.

            Geertje Wuis
            """
        ),
    },
    {
        "id": "ho71zw-021",
        "kind": "rsvp",
        "attending": False,
        "sender": "Frits Koomen <f.koomen@waterlandsewielen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik moet me helaas afmelden voor het atelier van maart: die donderdag bespreekt de raad van Overleek de
            herijking van onze GR en daar kan ik niet wegblijven. Bij het volgende atelier hoop ik er weer bij te
            zijn.

            Vriendelijke groet,
            Frits Koomen
            """
        ),
    },
    {
        "id": "ho71zw-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Anke Tromp <anke.tromp@veenzaansamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Ik zit die week met het MT op heidag in Drenthe en moet het atelier dus laten schieten. In mijn plaats
            komt onze directeur sociaal domein, Rob Hartog (r.hartog@veenzaansamen.nl). Hij kent het
            samenwerkingsdossier van Westveen en Assendijk van binnen en van buiten.

            Anke
            """
        ),
    },
    {
        "id": "ho71zw-023",
        "kind": "rsvp",
        "attending": True,
        "sender": "Dirkje Schermer <d.schermer@zwo-gemeenten.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + _INVITE,
        "body": _(
            """
            Tot dan, de hele middag staat vrij in mijn agenda.
            """
        ),
    },
    {
        "id": "ho71zw-024",
        "kind": "rsvp",
        "attending": False,
        "sender": "Peter Lakeman <p.lakeman@markermeerkust.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Declined: " + _INVITE,
        "body": _(
            """
            Clashes with our audit committee, apologies - I'll aim for the autumn session.
            """
        ),
    },
    {
        "id": "ho71zw-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marjolein Tol <directiesecretariaat@zaanmond.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens mevrouw Kaaijk laat ik u weten dat zij op 11 maart graag aanwezig is. Ik heb de afspraak in haar
            agenda gezet.

            Met vriendelijke groet,
            Marjolein Tol
            directiesecretaresse Werkorganisatie Zaanmond
            """
        ),
    },
    {
        "id": "ho71zw-026",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bas Heijnis <b.heijnis@zaanmond.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            helaas, ik kan niet. Lig sinds gisteravond met koorts op de bank. Geef mijn plek maar aan iemand van de
            wachtlijst, die heeft er meer aan.
            Bas
            """
        ),
    },
    {
        "id": "ho71zw-027",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hidde Groot <hgroot@dekogen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "groupwise",
        "body": _(
            """
            Dank voor het bericht over de wachtlijst. Inmiddels heeft de provincie op 11 maart een bestuurlijk
            overleg over de N246 gepland, dus u kunt mij van de wachtlijst halen, ook als er alsnog een plek
            vrijkomt.
            H. Groot
            """
        ),
    },
    {
        "id": "ho71zw-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rob Hartog <r.hartog@veenzaansamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de plek van Anke met plezier over; tot de 11e in Utrecht.

            Rob Hartog
            directeur sociaal domein Veenzaan Samen
            """
        ),
    },
    {
        "id": "ho71zw-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Kees Waiboer <k.waiboer@purmerdijk.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "notes",
        "body": _(
            """
            Jammer, de 18e lukt mij niet: dan zit ik de hele dag met de accountant over de jaarrekening. Voor dit
            atelier zeg ik dus af. Mijn lidmaatschap loopt gewoon door.

            K. Waiboer
            """
        ),
    },
    {
        "id": "ho71zw-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Frits Koomen <f.koomen@waterlandsewielen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Vorige week meldde ik me af, maar de raad van Overleek heeft de behandeling van de GR-herijking een
            maand opgeschoven. Dus toch: ja, ik kom op de 11e.

            Frits
            """
        ),
    },
    # --- suggestion ------------------------------------------------------------------------------------------------
    {
        "id": "ho71zw-031",
        "kind": "suggestion",
        "themes": ["organisatie", "dienstverlening"],
        "sender": "Mirjam Sluijter <m.sluijter@waterlandsewielen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Twee onderwerpen van onze kant:
            - Hoe houden we de formatie op peil nu vacatures bij Ruimte en ICT al een jaar openstaan (strategische
              personeelsplanning, een flexpool, eigen mensen opleiden)?
            - Ons klantcontactcentrum: inwoners van drie gemeenten bellen één nummer, maar verwachten een antwoord
              van 'hun' gemeente. Hoe richten anderen die dienstverlening in?

            Met vriendelijke groet,
            Mirjam Sluijter
            directeur bedrijfsvoering GR Waterlandse Wielen
            """
        ),
    },
    {
        "id": "ho71zw-032",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Geertje Wuis <g.wuis@laagwaterland.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank voor een mooie middag, Henk en ik hebben er allebei veel aan gehad. Voor de volgende keer: de
            positie van de werkorganisatie tussen drie gemeenteraden die elk hun eigen informatievoorziening
            willen. Hoe voorkom je dat je als ambtelijke organisatie klem komt te zitten tussen de deelnemende
            gemeenten?
            Geertje
            """
        ),
    },
    {
        "id": "ho71zw-033",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Wendela Kaaijk <w.kaaijk@zaanmond.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het warme welkom. U vraagt of ik al een onderwerp heb: jazeker. Wij beginnen aan een
            organisatievisie voor 2030 en ik vraag mij af hoe collega's een koers voor de lange termijn uitzetten
            terwijl de colleges van beide gemeenten om de vier jaar van kleur verschieten. Daarover zou ik graag
            eens met anderen sparren.

            Wendela Kaaijk
            """
        ),
    },
    {
        "id": "ho71zw-034",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Sjoukje de Boer <sj.deboer@markermeerkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom! En nu ik u toch mail: voor een volgend atelier zou ik het graag hebben over AI en slimme
            automatisering in onze werkprocessen. Wij proberen een taalmodel uit bij het opstellen van
            Wmo-beschikkingen en lopen aan tegen vragen over verantwoording, informatiebeveiliging en wie er
            eigenlijk eigenaar is van zo'n proces.

            Groet, Sjoukje de Boer
            """
        ),
    },
    {
        "id": "ho71zw-035",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Niamh O'Connell <n.oconnell@noorderveen-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi both,

            One topic from me: how do other joint organisations measure the quality of their services to residents
            and local businesses? We have dashboards for everything internal, but hardly any figures on how people
            experience our front desks and the online portal. Hoe monitoren anderen dat?

            Best,
            Niamh
            """
        ),
    },
    {
        "id": "ho71zw-036",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Mirjam Sluijter <m.sluijter@waterlandsewielen.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nog een aanvulling op mijn lijstje van vorige week: de rol van een werkorganisatie in de regionale
            woningbouwafspraken met de Metropoolregio. Drie gemeenten, drie bouwambities en één ambtelijk apparaat
            aan tafel - hoe gaan anderen daarmee om?

            Mirjam
            """
        ),
    },
    {
        "id": "ho71zw-037",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Arnoud Sijpesteijn <a.sijpesteijn@dekogen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Beste Stan,

            Eerst een persoonlijke noot: het is hier een pittig jaar. De septembercirculaire viel tegen, we moeten in
            beide begrotingen flink schuiven en de ondernemingsraad is begrijpelijkerwijs onrustig over de
            taakstelling op de bedrijfsvoering. Daar heb ik mijn handen vol aan, maar dat is niet mijn onderwerp.

            Wat me echt bezighoudt: in de raad van Oostknollen gaan stemmen op om de samenwerking te evalueren, met
            ontvlechting als serieuze optie. Hoe voer je dat gesprek met een deelnemende gemeente die twijfelt,
            zonder dat de andere gemeente zich gepasseerd voelt? Ik vermoed dat meer collega's hiermee worstelen.

            Hartelijke groet,
            Arnoud
            """
        ),
    },
    {
        "id": "ho71zw-038",
        "kind": "suggestion",
        "themes": ["strategie", "organisatie"],
        "sender": "Tineke Bakker-Zeeman <t.bakker@zaanmond.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Het verslag heb ik doorgezet naar ons MT, fijn dat het er zo snel was. Voor het najaar heb ik twee
            onderwerpen:
            1. Bestuurlijke prioriteiten stellen als het geld op is: hoe help je twee colleges kiezen wat echt moet?
            2. Hybride werken en huisvesting: we hebben drie gemeentehuizen en nog maar bezetting voor anderhalf.

            Tineke Bakker-Zeeman
            directeur bedrijfsvoering Werkorganisatie Zaanmond
            """
        ),
    },
    {
        "id": "ho71zw-039",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Jelle Kramer <j.kramer@laagwaterland.nl>",
        "quote": "none",
        "subject": "Idee voor een atelieronderwerp",
        "body": _(
            """
            Dag secretariaat,

            Ik zag de oproep voor onderwerpen pas toen de termijn al verstreken was, dus ik stuur het maar los:
            wij willen in de kleine kernen (Monnickenzee, de dijkdorpen) weer dienstverlening op locatie bieden,
            een mobiel loket of een spreekuur in het dorpshuis. Doen andere werkorganisaties dat, en hoe houden ze
            het bereikbaar voor oudere inwoners zonder DigiD? Misschien iets voor het volgende atelier.

            Jelle Kramer
            directeur Publiekszaken & Dienstverlening
            """
        ),
    },
    # --- autoreply -------------------------------------------------------------------------------------------------
    {
        "id": "ho71zw-040",
        "kind": "autoreply",
        "sender": "Youssef el Amrani <y.elamrani@zaanmond.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INVITE,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Van 15 tot en met 26 februari ben ik met vakantie en lees ik mijn mail niet. Voor dringende zaken kunt
            u terecht bij het directiesecretariaat, directiesecretariaat@zaanmond.nl of 075 681 22 00.
            """
        ),
    },
    {
        "id": "ho71zw-041",
        "kind": "autoreply",
        "sender": "Marcus Verhey <marcus.verhey@waterlandsewielen.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Out of Office: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Thank you for your message. I am on leave until Monday 18 January with limited access to e-mail.
            For anything urgent, please ring the front office of GR Waterlandse Wielen on 0299 36 40 00.
            """
        ),
    },
    {
        "id": "ho71zw-042",
        "kind": "autoreply",
        "sender": "Servicedesk ZWO <servicedesk@zwo-gemeenten.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": (
            "[Melding #2027-004518] Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Dit is een automatisch bericht.

            Uw e-mail is ontvangen door de Servicedesk van de ZWO-werkorganisatie en geregistreerd onder
            meldingnummer 2027-004518. Wij nemen uw melding binnen drie werkdagen in behandeling. Reageer niet op
            dit bericht; noem bij vervolgcontact altijd het meldingnummer.

            Servicedesk ZWO | Zaanwoude - Wijdewaard - Oosterveen
            """
        ),
    },
    {
        "id": "ho71zw-043",
        "kind": "autoreply",
        "sender": "Ellen Kuijt <e.kuijt@veenzaansamen.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": (
            'RE: Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'
        ),
        "body": _(
            """
            Dit e-mailadres wordt sinds 1 mei niet meer gelezen en uw bericht is niet doorgestuurd. Voor de directie
            van Veenzaan Samen kunt u mailen naar directie@veenzaansamen.nl.
            """
        ),
    },
    {
        "id": "ho71zw-044",
        "kind": "autoreply",
        "sender": "Kees Waiboer <k.waiboer@purmerdijk.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Gelezen: " + _INVITE,
        "body": _(
            """
            Uw bericht

            Aan: Kees Waiboer
            Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid
            [atelier:2027-1]
            Verzonden: dinsdag 9 februari 2027 10:02:14 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op dinsdag 9 februari 2027 11:47:30 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    # --- bounce ----------------------------------------------------------------------------------------------------
    {
        "id": "ho71zw-045",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.purmerdijk.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.purmerdijk.nl.

            Your message could not be delivered to one or more recipients. It is attached below.

            <p.rozendaal@purmerdijk.nl>: host mailstore.purmerdijk.nl[10.20.4.11] said:
                550 5.1.1 <p.rozendaal@purmerdijk.nl>: Recipient address rejected: User unknown in local
                recipient table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "ho71zw-046",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@laagwaterland.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Uw bericht heeft deze personen niet bereikt: w.visser@laagwaterland.nl

            Het e-mailadres is niet gevonden in het adresboek van de ontvangende organisatie. Controleer het adres
            en probeer het opnieuw.

            Diagnostische gegevens voor beheerders:
            Genererende server: AM9PR07MB7155.eurprd07.prod.outlook.com
            w.visser@laagwaterland.nl
            Externe server heeft 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup geretourneerd
            """
        ),
    },
    {
        "id": "ho71zw-047",
        "kind": "bounce",
        "sender": "postmaster@markermeerkust.nl",
        "quote": "none",
        "subject": "Delivery Status Notification (Failure)",
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            g.tuinman@markermeerkust.nl
            The recipient's mailbox is full and can't accept messages now. Bezorging is opgegeven na herhaalde
            pogingen.

            Remote server returned '552 5.2.2 Mailbox quota exceeded'
            """
        ),
    },
    # --- other -----------------------------------------------------------------------------------------------------
    {
        "id": "ho71zw-048",
        "kind": "other",
        "sender": "Tineke Bakker-Zeeman <t.bakker@zaanmond.nl>",
        "quote": "none",
        "subject": "Overdracht per 1 oktober",
        "body": _(
            """
            Beste Melanie,

            Een bericht vooruit: per 1 oktober draag ik mijn functie over aan Ruben Schipper
            (r.schipper@zaanmond.nl), nu nog onze concerncontroller. Tot die tijd blijf ik gewoon lid en kom ik ook
            nog naar het atelier in juni. Willen jullie Ruben vanaf oktober de uitnodigingen sturen?

            Hartelijke groet,
            Tineke
            """
        ),
    },
    {
        "id": "ho71zw-049",
        "kind": "other",
        "sender": "Team Communicatie Markermeerkust <communicatie@markermeerkust.nl>",
        "quote": "none",
        "subject": "Vertrek de heer Lakeman",
        "body": _(
            """
            Goedendag,

            Bij ons komt nog post van uw netwerk binnen voor de heer P. Lakeman. De heer Lakeman is per 1 juni uit
            dienst getreden bij Werkorganisatie Markermeerkust; wij wilden u dat even laten weten.

            Met vriendelijke groet,
            Team Communicatie
            """
        ),
    },
    {
        "id": "ho71zw-050",
        "kind": "other",
        "sender": "Arnoud Sijpesteijn <a.sijpesteijn@kogengemeenten.nl>",
        "quote": "none",
        "subject": "Nieuw mailadres",
        "body": _(
            """
            Beste Stan en Melanie,

            Met ingang van 1 juli heet onze werkorganisatie 'Kogengemeenten' en verhuizen alle mailadressen mee.
            Mijn nieuwe adres is a.sijpesteijn@kogengemeenten.nl; het oude @dekogen.nl-adres werkt nog tot het eind
            van het jaar. Passen jullie het in de ledenlijst aan? Voor Femke geldt hetzelfde.

            Groet, Arnoud
            """
        ),
    },
    {
        "id": "ho71zw-051",
        "kind": "other",
        "sender": "Dirkje Schermer <d.schermer@zwo-gemeenten.nl>",
        "quote": "none",
        "subject": "Aanmelding twee MT-leden",
        "body": _(
            """
            Goedemorgen,

            Wij willen graag ook de andere twee directeuren van de ZWO-werkorganisatie bij het netwerk laten
            aansluiten:
            - Bram Ottevanger, directeur Ruimte (b.ottevanger@zwo-gemeenten.nl)
            - Latifa Bouzian, directeur Sociaal Domein (l.bouzian@zwo-gemeenten.nl)
            Kunnen jullie hen allebei inschrijven?

            Dirkje Schermer
            """
        ),
    },
    {
        "id": "ho71zw-052",
        "kind": "other",
        "sender": "Priscilla Tjon-A-Fat <secretariaat.directie@purmerdijk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            De heer Hoogendijk vroeg mij zijn aanmelding te bevestigen; hij is deze week op werkbezoek in Brussel en
            komt niet aan zijn mail toe. Hierbij dus namens hem: akkoord.

            Met vriendelijke groet,
            Priscilla Tjon-A-Fat
            """
        ),
    },
    {
        "id": "ho71zw-053",
        "kind": "other",
        "sender": "Maarten Bleeker <m.bleeker@veenzaansamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik wil graag komen, maar alleen als ik om 16.00 uur weg kan: om 17.30 uur begint in Westveen de
            commissie Bestuur en die mag ik niet missen. Is het bezwaarlijk als ik halverwege vertrek, of mis ik dan
            de kern van de middag? Hoor het graag even voordat ik me definitief opgeef.
            Maarten
            """
        ),
    },
    {
        "id": "ho71zw-054",
        "kind": "other",
        "sender": "Youssef el Amrani <y.elamrani@zaanmond.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank, het verslag is helder. Een suggestie voor de vorm, niet voor de inhoud: Utrecht is vanuit de
            Zaanstreek heen en terug een halve dag reizen. Kan het atelier eens per jaar in onze regio, bijvoorbeeld
            in het raadhuis van Zaanmeer? En een ochtend in plaats van een middag scheelt ook in de files.
            Youssef
            """
        ),
    },
    {
        "id": "ho71zw-055",
        "kind": "other",
        "sender": "Frits Koomen <f.koomen@waterlandsewielen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Ik begreep van Arnoud Sijpesteijn dat hij het onderwerp ontvlechting en herijking van de samenwerking
            heeft ingebracht. Daar sluit ik me van harte bij aan, in Overleek speelt precies hetzelfde. Tel mijn
            stem maar mee; zelf heb ik geen aanvullende onderwerpen.
            Frits
            """
        ),
    },
    {
        "id": "ho71zw-056",
        "kind": "other",
        "sender": "Marten Hoogendijk <m.hoogendijk@purmerdijk.nl>",
        "quote": "none",
        "subject": "Inzage vastgelegde gegevens",
        "body": _(
            """
            Geacht secretariaat,

            Mijn secretaresse heeft mij bij uw netwerk aangemeld. Voor mijn eigen administratie wil ik graag weten
            welke gegevens u van mij hebt vastgelegd en met wie u die deelt. Kunt u mij een overzicht sturen?
            Verwijderen is niet nodig, ik blijf graag lid.

            Met vriendelijke groet,
            M. Hoogendijk
            """
        ),
    },
    {
        "id": "ho71zw-057",
        "kind": "other",
        "sender": "Jelle Kramer <j.kramer@laagwaterland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Nee, geen introducé van mijn kant. En ik eet alles, mocht u daar een lijstje van bijhouden.
            J. Kramer
            """
        ),
    },
    {
        "id": "ho71zw-058",
        "kind": "other",
        "sender": "Wim Zeeman <w.zeeman@waterlandsewielen.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ik heb mij niet aangemeld voor dit netwerk. Graag hoor ik van u hoe u aan mijn e-mailadres bent gekomen
            en wie het heeft doorgegeven.

            W. Zeeman
            adjunct-directeur GR Waterlandse Wielen
            """
        ),
    },
    {
        "id": "ho71zw-059",
        "kind": "other",
        "sender": "Sander Appelman <functioneelbeheer@laagwaterland.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Onze mailgateway heeft de agendabijlage bij uw uitnodiging in quarantaine gezet: het .ics-bestand werd
            als verdacht aangemerkt. Daardoor missen meerdere directieleden de afspraak in hun agenda. Uw domein
            staat inmiddels op onze vertrouwde lijst; zou u de uitnodiging nog eens willen versturen?

            Met vriendelijke groet,
            Sander Appelman
            Functioneel beheer ICT, Ambtelijke organisatie Laag Waterland
            """
        ),
    },
    {
        "id": "ho71zw-060",
        "kind": "other",
        "sender": "Ans Mulder <a.mulder@waterlandsewielen.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + _INVITE,
        "body": _(
            """
            Ter info: onderstaande uitnodiging heb ik bij mevrouw Zonneveld neergelegd. Zij heeft die donderdag al
            een regiodag van de Zaanstreek en Waterland en kan dus helaas niet. Zou het verslag na afloop naar
            haar gestuurd kunnen worden?

            Met vriendelijke groet,
            Ans Mulder
            secretariaat directie GR Waterlandse Wielen
            """
        ),
    },
]
# fmt: on
