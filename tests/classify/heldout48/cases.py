"""heldout48: a year in Twente and the Veluwe, the mail of directors of werkorganisaties in that region.

The writers are directors (algemeen directeur, gemeentesecretaris-directeur, directeur bedrijfsvoering, directeur
sociaal domein) of invented shared civil-service organisations in Twente and on the Veluwe, with their assistants,
postbus and mail servers. Over one year they sign up and confirm, answer the call for themes, the invitation, the
change of date, the reminder, the waiting list and the follow-up, leave the network or hand their seat over, ask for
erasure, change address, and send the secretariat questions and look-alikes. A few directors (one born in Germany,
one in Scotland, two of Indian descent) write in English. Out-of-offices, a ticket system, a closed mailbox and two
delivery failures complete the year.

Conventions this set relies on (from the brief):
- the label is what the writer asks now; under the call, the follow-up, the welcome or the invitation a proposed
  topic is a suggestion, also when the writer also says they come; a reply that only says they come is an rsvp;
- a proposal about the place or time of the ateliers, backing another member's topic and asking to present are
  other; thanks without a topic are other;
- leaving and declining in one mail is unsubscribe; a named successor with or without an address yet is
  unsubscribe; a hand-over for a later date with "tot die tijd blijf ik lid" is other; a colleague reporting that
  someone left is other;
- AVG erasure is unsubscribe with erase; asking to see one's data is other;
- one named colleague with an address is subscribe; "lid blijven" under our goodbye is subscribe;
- a plain denial under the confirmation mail, also asking who did it, is unsubscribe; asking where we got the
  address is other;
- a yes on a condition or a question before deciding is other; an assistant answering under the invitation is an
  rsvp, an assistant's new mail about attendance or an assistant confirming a sign-up from their own address is
  other; a decline with a substitute and leaving the waiting list are rsvp False;
- a signature alone under the confirmation mail is confirm; an address change is other;
- out-of-offices, a closed mailbox and a ticket system are autoreply with the thread they answer, without a quote;
  delivery failures are bounce without a thread; replies to the follow-up use the thread followup.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    {
        "id": "h48-001",
        "kind": "subscribe",
        "sender": "Hendrik-Jan Velthuis <hj.velthuis@reggeholterberg.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Sinds 1 januari ben ik algemeen directeur van de werkorganisatie Regge-Holterberg, waarin Hulsterwolde
            en Rekkendal vorig jaar hun ambtelijke apparaat hebben samengevoegd. Een collega uit de Achterhoek wees
            mij op uw netwerk en was er erg over te spreken. Ik meld mij hierbij dan ook graag aan als lid.

            Met vriendelijke groet,

            Hendrik-Jan Velthuis
            Algemeen directeur
            Werkorganisatie Regge-Holterberg
            T 0548 - 71 22 40
            """
        ),
    },
    {
        "id": "h48-002",
        "kind": "subscribe",
        "sender": "Fiona McAllister <f.mcallister@veluwerand.nl>",
        "quote": "none",
        "subject": "Membership request",
        "body": _(
            """
            Hello,

            In February I started as director of operations (directeur bedrijfsvoering) at Werkorganisatie
            Noord-Veluwerand, the shared organisation serving Garderloo and Nunspeetwold. My Dutch is improving but
            I still write faster in English, I hope that's all right. A fellow director mentioned your network
            over lunch at the provincial meeting in Zwolle - could you add me as a member?

            Kind regards,
            Fiona McAllister
            Directeur Bedrijfsvoering | Werkorganisatie Noord-Veluwerand
            """
        ),
    },
    {
        "id": "h48-003",
        "kind": "subscribe",
        "sender": "Bart Lansink <b.lansink@tankenberg-wo.nl>",
        "quote": "none",
        "subject": "Nieuwe collega-directeur voor het netwerk",
        "body": _(
            """
            Beste Stan en Melanie,

            Vanaf deze maand hebben we bij Tankenberg een tweede directeur: Nicole Assink, directeur Sociaal Domein
            en Dienstverlening. Ze zat hiervoor bij een jeugdzorgregio en kent het netwerk nog niet, maar wil graag
            meedoen. Kunnen jullie haar aanmelden? Haar adres is n.assink@tankenberg-wo.nl.

            Groet,
            Bart Lansink
            gemeentesecretaris/algemeen directeur Werkorganisatie Tankenberg
            """
        ),
    },
    {
        "id": "h48-004",
        "kind": "subscribe",
        "sender": "Gert Hazeleger <g.hazeleger@hesp-werkorganisatie.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Oei, dat klopt niet. Onze postkamer heeft bij het opschonen van nieuwsbrieven en abonnementen ook jullie
            netwerk meegenomen, zonder het mij te vragen. Ik wil er juist graag bij blijven, dus zet me maar weer
            terug op de lijst.

            Gert Hazeleger
            Directeur | Werkorganisatie Heerderhout-Speulderbroek
            """
        ),
    },
    {
        "id": "h48-005",
        "kind": "subscribe",
        "sender": "Wim Schuurman <w.schuurman@kootwijkerveld.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & "
            "eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Goedendag,

            Onderstaande uitnodiging kreeg ik doorgestuurd van een collega van de Heidezoom. Ik wist niet dat dit
            netwerk bestond, maar als directeur van Werkorganisatie Kootwijkerveld (Kootwijkerhof en Assel-Noord)
            hoor ik er eigenlijk bij. Kunt u mij als lid inschrijven? Dan krijg ik de stukken voortaan zelf.

            Vriendelijke groet,
            Wim Schuurman
            """
        ),
    },
    {
        "id": "h48-006",
        "kind": "confirm",
        "sender": "Marloes ten Dam <m.tendam@twentsemarke.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Met vriendelijke groet,

            drs. Marloes ten Dam
            Algemeen directeur
            Werkorganisatie Twentse Marke
            Postbus 140, 7490 AC Hulsterwolde

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden
            ontleend.
            """
        ),
    },
    {
        "id": "h48-007",
        "kind": "confirm",
        "sender": "Erik Oude Luttikhuis <erik.oudeluttikhuis@hulsbeekdinkel.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Sorry, die eerste mail was in mijn map met ongewenste berichten beland. Hierbij alsnog bevestigd, ik
            word graag lid.

            Erik
            """
        ),
    },
    {
        "id": "h48-008",
        "kind": "confirm",
        "sender": "Jens Hartwig <j.hartwig@dinkelveen-werkt.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, that's my address and I did sign up myself - happy to confirm.

            Best regards,
            Jens Hartwig
            Director, Werkorganisatie Dinkelveen
            """
        ),
    },
    {
        "id": "h48-009",
        "kind": "confirm",
        "sender": "Annemiek Haverkate <a.haverkate@noaberwerk.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Dat klopt, onze directiesecretaresse heeft mij op mijn verzoek aangemeld vanaf het secretariaatsadres.
            Dit is mijn eigen mailbox en ik bevestig het dus graag zelf.

            A. Haverkate
            directeur Noaberwerk Esveld-Lindenholt
            """
        ),
    },
    {
        "id": "h48-010",
        "kind": "unsubscribe",
        "sender": "Johan Kamphuis <j.kamphuis@ao-elud.nl>",
        "quote": "none",
        "subject": "Afmelding netwerk i.v.m. pensioen",
        "body": _(
            """
            Beste secretariaat,

            Na ruim elf jaar als directeur van de ambtelijke organisatie Elsbergen-Uddelveen heb ik vorige week mijn
            laatste werkdag gehad. Wilt u mij uit het ledenbestand halen? Er is nog geen opvolger; de burgemeesters
            beraden zich over de werving en die persoon meldt zich te zijner tijd zelf bij u.

            Dank voor de mooie bijeenkomsten door de jaren heen, vooral die in Deventer over de evaluatie van onze GR.

            Hartelijke groet,
            Johan Kamphuis
            """
        ),
    },
    {
        "id": "h48-011",
        "kind": "unsubscribe",
        "sender": "Ria Mensink <r.mensink@heidezoom.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes",
        "body": _(
            """
            Goedemorgen,

            U vraagt naar een opvolger: dat is Tjeerd Bronkhorst, die per 1 juni de directie van Werkorganisatie
            Heidezoom van mij overneemt. Zijn adres is t.bronkhorst@heidezoom.nl. Hij weet ervan en wil graag in
            het netwerk blijven meepraten namens ons.

            Met vriendelijke groet,
            Ria Mensink
            """
        ),
    },
    {
        "id": "h48-012",
        "kind": "unsubscribe",
        "sender": "Bernard Wolters <b.wolters@bwogarderloo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Op 11 maart ben ik er niet bij, en dat blijft zo: per 1 april word ik directeur bij de omgevingsdienst en
            dan past dit netwerk niet meer bij mijn functie. Mijn lidmaatschap mag dus stoppen. Mijn opvolger bij de
            BWO Garderloo is Henny Pierik, nu nog plaatsvervangend directeur. Haar nieuwe mailadres wordt pas
            aangemaakt als ze officieel begint; dat geef ik dan door, of ze meldt zich zelf.

            Het ga jullie goed,
            Bernard Wolters
            """
        ),
    },
    {
        "id": "h48-013",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Dirk-Jan Scholten <dj.scholten@lemelerberg-wo.nl>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Hierbij verzoek ik u op grond van artikel 17 AVG al mijn persoonsgegevens uit uw bestanden te
            verwijderen en mij geen berichten meer te sturen. Aan deelname heb ik geen behoefte meer. Een korte
            bevestiging dat de verwijdering is uitgevoerd stel ik op prijs.

            Hoogachtend,

            D.J. Scholten
            Directeur bedrijfsvoering Werkorganisatie Lemelerberg
            """
        ),
    },
    {
        "id": "h48-014",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Arjun Mehta <a.mehta@veluwezoomoost.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Hi,

            I won't make it on Thursday, and frankly the network isn't for me any more: our organisation will be
            dissolved at the end of the year and I'm only here as interim. Please take me off your list and erase
            whatever personal data you hold on me under the GDPR.

            Thanks,
            Arjun Mehta
            Interim director, Veluwezoom-Oost
            """
        ),
    },
    {
        "id": "h48-015",
        "kind": "unsubscribe",
        "sender": "Sandra Brouwer <s.brouwer@boekelerveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Ik heb me nergens voor aangemeld hoor. Wie heeft dit namens mij gedaan??

            Verzonden vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h48-016",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerrit Nijhuis <g.nijhuis@dinkelveen-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom. Ik reis met de trein uit Almelo, dus reken op mij rond kwart voor twee.

            Groet,
            Gerrit Nijhuis
            Directeur bedrijfsvoering | Werkorganisatie Dinkelveen
            """
        ),
    },
    {
        "id": "h48-017",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yvonne van 't Foort <yvonne.vantfoort@hesp-werkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nee, helaas. Die avond hebben we een gezamenlijke raadsinformatiebijeenkomst over de
            herindelingsverkenning en de middag ervoor zit ik vast aan de voorbereiding. Een volgende keer hoop ik er
            weer bij te zijn.

            Hartelijke groet, Yvonne
            """
        ),
    },
    {
        "id": "h48-018",
        "kind": "rsvp",
        "attending": True,
        "sender": "Herman Tijhuis <h.tijhuis@twentsemarke.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Graag aanmelden voor 11 maart, met z'n tweeen: ik neem onze concerncontroller Karin Olthof mee, die bij
            ons de financiele kant van de GR-evaluatie trekt.

            H. Tijhuis
            Gemeentesecretaris/directeur
            """
        ),
    },
    {
        "id": "h48-019",
        "kind": "rsvp",
        "attending": False,
        "sender": "Anton Brinkhuis <a.brinkhuis@hulsbeekdinkel.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Stan, Melanie,

            Zelf moet ik op 11 maart naar het provinciehuis in Zwolle voor het bestuurlijk overleg over de
            regionale wegen. In mijn plaats komt Lieke Wessels, onze directeur Samenleving:
            l.wessels@hulsbeekdinkel.nl. Ze heeft de middag al vrijgehouden.

            Met groet,
            Anton Brinkhuis
            """
        ),
    },
    {
        "id": "h48-020",
        "kind": "rsvp",
        "attending": True,
        "sender": "Martijn Dijkhuizen <m.dijkhuizen@ao-elud.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Geaccepteerd: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
            "samenwerking & eigenheid [atelier:2027-1]"
        ),
        "body": _(
            """
            Tot de 11e in Utrecht dan.
            """
        ),
    },
    {
        "id": "h48-021",
        "kind": "rsvp",
        "attending": False,
        "sender": "Peter van den Brink <p.vandenbrink@kootwijkerveld.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Helaas, ik kan niet. Lig sinds gisteren met koorts op de bank, geef mijn plek maar aan iemand van de
            wachtlijst.
            Peter

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h48-022",
        "kind": "rsvp",
        "attending": False,
        "sender": "Linda Olthof <linda.olthof@reggeholterberg.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het bericht. Eerlijk gezegd wordt het me te onzeker om op een vrijgekomen plekje te wachten;
            haal mij maar van de wachtlijst, dan plan ik die middag iets anders in. Volgende keer ben ik er eerder
            bij.

            Linda
            """
        ),
    },
    {
        "id": "h48-023",
        "kind": "rsvp",
        "attending": False,
        "sender": "Harm Egberink <h.egberink@noaberwerk.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Jammer, 18 maart gaat bij mij niet: dan vergaderen de raden van Esveld en Lindenholt gezamenlijk over de
            kadernota en daar moet ik bij zijn. Ik moet me dus afmelden voor het atelier.

            Met vriendelijke groet,
            Harm Egberink
            """
        ),
    },
    {
        "id": "h48-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Secretariaat directie <secretariaat.directie@lemelerberg-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw G. van Ommeren, algemeen directeur, laat ik u weten dat zij op 11 maart aanwezig zal zijn.
            Zij komt zonder gast.

            Met vriendelijke groet,
            Ineke Bosman
            Directiesecretariaat Werkorganisatie Lemelerberg
            """
        ),
    },
    {
        "id": "h48-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sietske Hop <s.hop@ao-elud.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem de plek van Dirk graag over en ben er de 11e; mijn gast wordt collega
            Joost van de Kamp van team Strategie.

            Sietske Hop
            """
        ),
    },
    {
        "id": "h48-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jeroen Bloemendaal <j.bloemendaal@heidezoom.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Dag Stan,

            Dit keer heb ik geen onderwerp om in te brengen, ik laat me graag verrassen door wat de anderen
            aandragen. Op 11 maart ben ik er in elk geval bij.

            Groet, Jeroen
            """
        ),
    },
    {
        "id": "h48-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jens Hartwig <j.hartwig@dinkelveen-werkt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in. I'll come to Utrecht in person rather than join on Teams - it's a long drive from the
            German border, but the conversations over coffee are half the value.

            Jens
            """
        ),
    },
    {
        "id": "h48-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gerda Lubbers <g.lubbers@tankenberg-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Begin deze week mailde ik nog dat het me niet lukte, maar de stuurgroep Vitaal Buitengebied is naar april
            geschoven. Zet mij dus toch maar op de deelnemerslijst, ik kom wel.

            Gerda Lubbers
            """
        ),
    },
    {
        "id": "h48-029",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marloes ten Dam <m.tendam@twentsemarke.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Mijn onderwerp voor maart:
            - huisvesting en hybride werken, nu we vanuit twee gemeentehuizen werken en er een willen afstoten

            Met vriendelijke groet,
            Marloes ten Dam
            """
        ),
    },
    {
        "id": "h48-030",
        "kind": "suggestion",
        "themes": ["samenwerking", "dienstverlening"],
        "sender": "Bart Lansink <b.lansink@tankenberg-wo.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Twee onderwerpen van onze kant:
            Samenwerking: hoe positioneer je een werkorganisatie van twee kleine gemeenten naast de grote steden in
            de regio Twente?
            Dienstverlening: ondernemers in het buitengebied goed bedienen nu het fysieke loket in de dorpen dichtgaat

            Bart
            """
        ),
    },
    {
        "id": "h48-031",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Fiona McAllister <f.mcallister@veluwerand.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            One topic from me: how do you keep a long-term vision for the organisation alive when the administrative
            priorities shift after every election? We are drafting our strategy towards 2032 and the new coalition
            programmes have already pulled it in three directions.

            Best,
            Fiona
            """
        ),
    },
    {
        "id": "h48-032",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Gerrit Nijhuis <g.nijhuis@dinkelveen-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het verslag! Voor de volgende keer zou ik het graag hebben over het meten van de prestaties
            van onze dienstverlening: hoe richten anderen hun klanttevredenheidsmonitor voor het KCC in, en welke
            cijfers laten ze aan inwoners zien?

            Gerrit
            """
        ),
    },
    {
        "id": "h48-033",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Herman Tijhuis <h.tijhuis@twentsemarke.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Wat een goede middag was het. Vooral het gesprek aan onze tafel over de eigenheid van de kernen heeft
            intern al tot twee nieuwe afspraken geleid, en Karin was ook enthousiast.

            Een onderwerp voor het najaar: strategische personeelsplanning. Vacatures in het ruimtelijk domein
            krijgen wij nauwelijks nog vervuld, en we concurreren met de grote steden om dezelfde mensen.

            Hartelijke groet,
            Herman Tijhuis
            """
        ),
    },
    {
        "id": "h48-034",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Ria Mensink <r.mensink@heidezoom.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Ja, ik kom.

            Los daarvan een idee voor een volgend atelier: de inzet van AI in onze werkprocessen, bijvoorbeeld bij
            het afhandelen van vergunningaanvragen en Woo-verzoeken. Iedereen is ermee bezig en niemand weet precies
            hoe je het verantwoord organiseert.

            Ria Mensink
            """
        ),
    },
    {
        "id": "h48-035",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Annemiek Haverkate <a.haverkate@noaberwerk.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nog een aanvulling op mijn eerdere suggestie: de energieopgave en netcongestie. Esveld wil vol inzetten
            op zonnevelden, Lindenholt remt af, en de netbeheerder kijkt naar de regio als geheel. Hoe breng je als
            werkorganisatie de belangen van je gemeenten bij zo'n gezamenlijke opgave bij elkaar?

            Annemiek
            """
        ),
    },
    {
        "id": "h48-036",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Hendrik-Jan Velthuis <hj.velthuis@reggeholterberg.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het hartelijke welkom. Ik heb er meteen een: we twijfelen over ons sturingsconcept. Na de fusie
            zijn we met zelforganiserende teams begonnen, maar het college mist vaste aanspreekpunten. Terug naar
            afdelingsmanagers of doorontwikkelen? Daar praat ik graag met collega's over.

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h48-037",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Wim Schuurman <w.schuurman@kootwijkerveld.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Als onderwerp stel ik voor: een digitaal loket voor twee gemeenten. Voor inwoners moet het voelen als hun
            eigen gemeente, terwijl wij aan de achterkant een zaaksysteem en een set werkprocessen willen. Hoe hebben
            anderen die voorkant en die achterkant samen ingericht?

            W. Schuurman
            """
        ),
    },
    {
        "id": "h48-038",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Gert Hazeleger <g.hazeleger@hesp-werkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Hoi Melanie, lang niet gesproken! Hier op de Veluwe is het een drukke winter geweest, eerst de storm in
            december met al die omgewaaide bomen en daarna de voorbereiding van de verkiezingen. Onze jongste is
            inmiddels ook het huis uit dus ik heb eindelijk tijd om jullie mail rustig te lezen haha. Misschien
            iets voor maart: hoe krijg je oudere inwoners in de kleine kernen mee in de digitale dienstverlening?
            Bij ons haakt een flinke groep af sinds de balie nog maar twee ochtenden open is. Enfin, hoop je snel
            weer te zien.
            Gert
            """
        ),
    },
    {
        "id": "h48-039",
        "kind": "other",
        "sender": "Jolanda Kroeze <j.kroeze@boekelerveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemorgen,

            Voordat ik me aanmeld: mag ik ook ons MT-lid Bedrijfsvoering meenemen? Zij is geen directeur, maar trekt
            bij ons wel het dossier met de nieuwe samenwerkingsafspraken. Als dat niet de bedoeling is, begrijp ik
            dat natuurlijk.

            Groet,
            Jolanda Kroeze
            """
        ),
    },
    {
        "id": "h48-040",
        "kind": "other",
        "sender": "Theo Ruiterkamp <t.ruiterkamp@reggeholterberg.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Ik kom graag, mits ik dicht bij het Stadskantoor kan parkeren; sinds een knieoperatie loop ik slecht en
            het OV vanaf Rekkendal is geen optie. Is er een gehandicaptenparkeerplaats of kan ik in de garage
            terecht? Laat u het even weten, dan zet ik het definitief in mijn agenda.

            Theo Ruiterkamp
            """
        ),
    },
    {
        "id": "h48-041",
        "kind": "other",
        "sender": "Gerrit Nijhuis <g.nijhuis@dinkeldal.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres",
        "body": _(
            """
            Beste Stan en Melanie,

            Onze werkorganisatie heet sinds 1 juli officieel Dinkeldal, en daarmee is ook ons maildomein veranderd.
            Mijn nieuwe adres is g.nijhuis@dinkeldal.nl; het oude adres stuurt nog tot het eind van het jaar door.
            Willen jullie het in het ledenbestand aanpassen?

            Groet,
            Gerrit Nijhuis
            """
        ),
    },
    {
        "id": "h48-042",
        "kind": "other",
        "sender": "Gert Hazeleger <g.hazeleger@hesp-werkorganisatie.nl>",
        "quote": "none",
        "subject": "Vertrek collega Van 't Foort",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: mijn collega-directeur Yvonne van 't Foort heeft onze werkorganisatie per 1 september
            verlaten, ze is gemeentesecretaris geworden in Friesland. Haar mailbox wordt binnenkort opgeheven. Wie
            haar plek in het netwerk inneemt, is nog niet besloten.

            Groet,
            Gert Hazeleger
            """
        ),
    },
    {
        "id": "h48-043",
        "kind": "other",
        "sender": "Lieke Wessels <l.wessels@hulsbeekdinkel.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemorgen,

            Op de regiodag in Hengelo hoorde ik dat Bart Lansink van Tankenberg de positie van kleine
            werkorganisaties in de regio Twente heeft ingebracht. Daar sluit ik me van harte bij aan; kunt u mijn
            stem daarbij optellen? Zelf heb ik geen ander onderwerp.

            Lieke Wessels
            """
        ),
    },
    {
        "id": "h48-044",
        "kind": "other",
        "sender": "Harm Egberink <h.egberink@noaberwerk.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dag Melanie,

            Het afgelopen jaar hebben we met Esveld en Lindenholt een gezamenlijke uitvoeringsagenda Wonen gemaakt,
            met een projectteam voor beide gemeenten. Zou ik die op het volgende atelier mogen presenteren, als casus
            voor de anderen? Een kwartier is genoeg. Ik hoor graag of daar ruimte voor is.

            Harm
            """
        ),
    },
    {
        "id": "h48-045",
        "kind": "other",
        "sender": "Sietske Hop <s.hop@ao-elud.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Geen inhoudelijk onderwerp van mij, wel een verzoek over de opzet: kan het atelier een keer in het oosten
            van het land? Vanaf de Veluwe of uit Twente sta je op donderdagmiddag al gauw anderhalf uur in de file
            naar Utrecht. Apeldoorn of Deventer zou voor veel leden schelen. En misschien een uur eerder beginnen.

            Sietske
            """
        ),
    },
    {
        "id": "h48-046",
        "kind": "other",
        "sender": "Priya Raman <p.raman@lemelerberg-wo.nl>",
        "quote": "none",
        "subject": "Data you hold on me",
        "body": _(
            """
            Hello,

            Our data protection officer asked all directors to check which external mailing lists hold their
            details. Could you send me an overview of the personal data you keep about me and where it came from?
            I'd like to stay a member, this is just housekeeping.

            Kind regards,
            Priya Raman
            Director Social Domain, Werkorganisatie Lemelerberg
            """
        ),
    },
    {
        "id": "h48-047",
        "kind": "other",
        "sender": "Jan-Willem Pierik <jw.pierik@veluwerand.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Ik krijg nu al voor de tweede keer een verzoek om een aanmelding te bevestigen die ik nooit heb gedaan.
            Hoe bent u aan mijn e-mailadres gekomen? Dat wil ik graag weten voordat ik er iets mee doe.

            Met vriendelijke groet,
            J.W. Pierik
            """
        ),
    },
    {
        "id": "h48-048",
        "kind": "other",
        "sender": "Joke Brinkman <j.brinkman@twentsemarke.nl>",
        "quote": "none",
        "subject": "Atelier 11 maart, deelname mevrouw Ten Dam",
        "body": _(
            """
            Goedemorgen,

            Mevrouw Ten Dam vroeg mij door te geven dat zij op 11 maart graag bij het atelier is. Ze zag de
            uitnodiging wel voorbijkomen maar kwam er niet aan toe om te antwoorden. Kunt u haar op de
            deelnemerslijst zetten?

            Met vriendelijke groet,
            Joke Brinkman
            Managementassistent directie Werkorganisatie Twentse Marke
            """
        ),
    },
    {
        "id": "h48-049",
        "kind": "other",
        "sender": "Secretariaat Directie <secretariaat.directie@boekelerveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Hierbij bevestig ik de aanmelding van onze directeur, de heer R. Dijkman. Hij vroeg mij hem aan te
            melden en leest deze week zijn mail niet. Mocht u nog iets van hem nodig hebben, dan hoor ik het graag.

            Vriendelijke groet,
            Mirjam ter Haar
            Secretariaat directie Boekelerveld
            """
        ),
    },
    {
        "id": "h48-050",
        "kind": "other",
        "sender": "Bart Lansink <b.lansink@tankenberg-wo.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 januari",
        "body": _(
            """
            Beste Stan,

            Vooruitlopend: per 1 januari stop ik als algemeen directeur van Tankenberg. Mijn opvolger is al benoemd,
            Femke Ruiterkamp (f.ruiterkamp@tankenberg-wo.nl). Tot die tijd blijf ik lid; daarna neemt Femke het
            stokje over. Ik meld me in december nog even.

            Groet,
            Bart
            """
        ),
    },
    {
        "id": "h48-051",
        "kind": "other",
        "sender": "Jens Hartwig <j.hartwig@dinkelveen-werkt.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for the write-up, it captures the discussion at our table very well. I've shared the link with
            our management team. No new topics from me for now.

            Jens
            """
        ),
    },
    {
        "id": "h48-052",
        "kind": "autoreply",
        "sender": "Harm Egberink <h.egberink@noaberwerk.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op "
            "samenwerking & eigenheid [atelier:2027-1]"
        ),
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht. Tot en met maandag 22 februari ben ik met wintersportvakantie; daarna lees ik mijn
            mail weer. Voor dringende zaken kunt u contact opnemen met het directiesecretariaat, 0541 - 28 40 00.
            """
        ),
    },
    {
        "id": "h48-053",
        "kind": "autoreply",
        "sender": "Fiona McAllister <f.mcallister@veluwerand.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": (
            "Automatic reply: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "body": _(
            """
            Thank you for your email. I am on leave until 4 January with limited access to email. For urgent matters
            please contact the board office at bestuurssecretariaat@veluwerand.nl.

            Fiona McAllister
            """
        ),
    },
    {
        "id": "h48-054",
        "kind": "autoreply",
        "sender": "Johan Kamphuis <j.kamphuis@ao-elud.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": (
            "Automatisch antwoord: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Johan Kamphuis is niet langer werkzaam bij de ambtelijke
            organisatie Elsbergen-Uddelveen; uw bericht wordt niet doorgestuurd. Voor algemene vragen kunt u
            mailen naar info@ao-elud.nl.
            """
        ),
    },
    {
        "id": "h48-055",
        "kind": "autoreply",
        "sender": "Postbus Twentse Marke <postbus@twentsemarke.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": (
            '[Melding #2027-004812] Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & '
            'eigenheid" [atelier:2027-1]'
        ),
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte afzender,

            Uw bericht is ontvangen en geregistreerd onder meldingsnummer 2027-004812. Wij streven ernaar binnen
            vijf werkdagen te reageren. Vermeld bij verdere correspondentie altijd dit meldingsnummer.

            Team Documentaire Informatievoorziening
            Werkorganisatie Twentse Marke
            """
        ),
    },
    {
        "id": "h48-056",
        "kind": "autoreply",
        "sender": "Ria Mensink <r.mensink@heidezoom.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Afwezig: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "body": _(
            """
            Beste afzender,

            Van 8 tot en met 19 maart ben ik afwezig; uw mail wordt niet doorgestuurd. Voor lopende zaken kunt u
            terecht bij mijn plaatsvervanger Tjeerd Bronkhorst (t.bronkhorst@heidezoom.nl, 0577 - 45 61 00). Ik kom
            na terugkomst zo snel mogelijk bij u terug.

            Ria Mensink
            """
        ),
    },
    {
        "id": "h48-057",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hulsbeekdinkel.nl>",
        "quote": "none",
        "subject": (
            "Onbestelbaar: Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 "
            "[atelier:2027-1]"
        ),
        "body": _(
            """
            Kan niet bezorgen bij deze ontvangers of groepen:

            a.brinkhuis@hulsbeekdinkel.nl
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en
            probeer het bericht opnieuw te verzenden. Neem contact op met de helpdesk als het probleem blijft
            bestaan.

            Diagnostische informatie voor beheerders:

            Genererende server: AM8PR09MB5512.eurprd09.prod.outlook.com

            a.brinkhuis@hulsbeekdinkel.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address
            lookup'
            """
        ),
    },
    {
        "id": "h48-058",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.veluwezoomoost.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx2.veluwezoomoost.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

                               The mail system

            <r.schuiling@veluwezoomoost.nl>: host mail.veluwezoomoost.nl[10.20.4.11] said:
                550 5.1.1 <r.schuiling@veluwezoomoost.nl>: Recipient address rejected: User
                unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
]
# fmt: on
