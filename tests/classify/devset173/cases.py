"""devset173: the atelier's whole cycle as members, substitutes and assistants answer it over several weeks.

The writers are directors of werkorganisaties and their assistants, answering our mails one after another as the
atelier of 11 maart 2027 takes shape: a yes, then a no after a reminder, then a substitute; replies to the
waiting-list acknowledgement and to the change mail (18 maart, Provinciehuis); replies to the cancellation;
substitutes answering the invitation sent in their name; management assistants answering for a director, in
reply and in new or forwarded mail; and a good share of mails that refer back to an earlier answer ("zoals ik
eerder schreef", "mijn vorige mail klopt niet"), which carry the writer's latest answer. Around the atelier sit
the confirmation, the thank-you for a suggestion, the follow-up and the goodbye, plus bounces and auto-replies.

Conventions this set relies on (from the brief):
- A later mail carries the latest answer: a mail that takes back an earlier yes is an rsvp False, one that takes
  back an earlier no is an rsvp True, also when it only restates what an earlier mail said.
- A decline naming a substitute (with address) is an rsvp False; so is a substitute who cannot come after all.
- Replies to the waiting-list acknowledgement, the change and the cancellation are in the `invitation` thread;
  questions there (a place on the list, parking, online attendance) are `other`, and so is a yes on a condition.
- Leaving the network while declining is an `unsubscribe`; taking oneself off the waiting list only is an rsvp
  False. An AVG erasure is an `unsubscribe` with `erase`. "Lid blijven" under the goodbye is a `subscribe`, and
  so is signing up one named colleague with an address.
- An assistant answering in reply to our invitation, change or reminder gives an rsvp; an assistant's new mail,
  a forward with a line above it, or a confirmation sent for someone else is `other`.
- A topic proposed under any of our mails (the substitute's invitation and the cancellation too) is a
  `suggestion`, with the themes of what is proposed; a proposal about the form of the atelier is `other`; a reply
  to the follow-up that only says one will come next time is an rsvp.
- A signature alone, or a re-confirmation without a question, under the confirmation mails is `confirm`.
- Auto-replies carry the thread of the mail they answer; bounces carry none; neither carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- one director: yes, then no after the reminder, then a substitute ---------------------------------
    {
        "id": "d173-001",
        "kind": "rsvp",
        "attending": True,
        "sender": "Joost Ravenstein <j.ravenstein@lingestroom-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag Stan en Melanie,

            11 maart heb ik net vrij kunnen houden. Ik ben erbij, zonder gast, en ik kom met de trein naar het
            Stadskantoor.

            Met vriendelijke groet,
            Joost Ravenstein
            Algemeen directeur | Werkorganisatie Lingestroom
            """
        ),
    },
    {
        "id": "d173-002",
        "kind": "rsvp",
        "attending": False,
        "sender": "Joost Ravenstein <j.ravenstein@lingestroom-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Vervelend, maar mijn toezegging van vorige maand moet ik intrekken. Het algemeen bestuur van de GR is
            op het laatste moment verplaatst naar de middag van de 11e en daar moet ik bij zijn. Geef mijn stoel
            gerust aan de eerste op de wachtlijst.

            Met vriendelijke groet,
            Joost Ravenstein
            Algemeen directeur | Werkorganisatie Lingestroom
            """
        ),
    },
    {
        "id": "d173-003",
        "kind": "rsvp",
        "attending": False,
        "sender": "Joost Ravenstein <j.ravenstein@lingestroom-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog een aanvulling op mijn afzegging van gisteren: onze concerncontroller Femke Aldering gaat in mijn
            plaats, f.aldering@lingestroom-wo.nl. Ze heeft de middag al geblokt. Ikzelf blijf dus afwezig.

            Joost
            """
        ),
    },
    {
        "id": "d173-004",
        "kind": "rsvp",
        "attending": True,
        "sender": "Femke Aldering <f.aldering@lingestroom-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedendag,

            Dank voor de uitnodiging, ik neem de plek graag over en ben er op 11 maart. Eén correctie: de gast
            die in uw mail staat komt niet mee, dat is bij het doorgeven misgegaan. Het is dus alleen ik.

            Hartelijke groet,
            Femke Aldering
            Concerncontroller
            """
        ),
    },
    # --- changing one's mind, and correcting an earlier mail ------------------------------------------------
    {
        "id": "d173-005",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sanne Oosterbaan <s.oosterbaan@kroonduin.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Eerder liet ik weten dat ik niet kon, maar de werkreis naar Brussel is geschrapt. Als er nog plek is
            kom ik alsnog, en anders zet u me maar achteraan in de rij.

            Groet, Sanne

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "d173-006",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ger Wijnbergen <g.wijnbergen@peelhorst.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Mijn vorige mail klopt niet. Ik had de agenda van vorig jaar voor me en zag een lege donderdag, maar op
            11 maart zit ik met het gezin in Oostenrijk. Dus geen ja maar een nee, excuus voor de verwarring.

            Ger Wijnbergen
            directeur bedrijfsvoering Peelhorst
            """
        ),
    },
    {
        "id": "d173-007",
        "kind": "rsvp",
        "attending": True,
        "sender": "Margriet Tjalsma <margriet.tjalsma@heerderveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Oeps, die 'nee' van vanochtend was te snel getypt: ik dacht dat het atelier op woensdag viel. Donderdag
            kan ik prima. Zet me alsjeblieft weer op de lijst van aanwezigen.

            Margriet
            """
        ),
    },
    # --- the waiting list ----------------------------------------------------------------------------------
    {
        "id": "d173-008",
        "kind": "rsvp",
        "attending": False,
        "sender": "Hüseyin Kaya <h.kaya@maasbocht.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het bericht. Die wachtlijstplek mag u aan een ander geven: ik heb de middag inmiddels
            gevuld met een sessie met onze ondernemingsraad, en die ga ik niet meer verzetten.

            Vriendelijke groet,
            Hüseyin Kaya
            """
        ),
    },
    {
        "id": "d173-009",
        "kind": "other",
        "sender": "Anouk Verhagen-Dam <a.verhagen@zeevangdijkmeer.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste secretariaat,

            Plaats 2, dat klinkt hoopvol. Hoe groot is in de praktijk de kans dat er nog iets vrijkomt? Ik moet
            uiterlijk volgende week besluiten of ik ons MT-overleg van die middag verschuif, en dat doe ik liever
            niet voor niets.

            Met vriendelijke groet,
            Anouk Verhagen-Dam
            Gemeentesecretaris-directeur Zeevang-Dijkmeer
            """
        ),
    },
    {
        "id": "d173-010",
        "kind": "rsvp",
        "attending": True,
        "sender": "Bram Everts <bram.everts@twentewestsamen.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Helder. Ik houd de 11e gewoon vrij; valt er iemand af, dan kom ik zeker. U hoeft mij niet eerst te
            bellen, een mailtje is genoeg.

            Bram Everts
            """
        ),
    },
    {
        "id": "d173-011",
        "kind": "other",
        "sender": "Ilse Hoogendam <i.hoogendam@vechtnoord.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "groupwise",
        "body": _(
            """
            Goedemorgen,

            Nu de zaal vol zit: kan ik dan via de Teams-link aansluiten? Dan hoeft u voor mij geen stoel te
            regelen en blijft de wachtlijst voor wie er fysiek bij wil zijn.

            Ilse Hoogendam
            """
        ),
    },
    {
        "id": "d173-012",
        "kind": "rsvp",
        "attending": False,
        "sender": "Aidan Mulder <a.mulder@ijsselkant.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-en",
        "body": _(
            """
            Thanks for putting me on the waiting list. On reflection, please take me off it: I'll be at a
            conference in Lisbon that whole week, which I'd forgotten about. Sorry for the extra admin!

            Best,
            Aidan Mulder
            Director of Operations, Werkorganisatie IJsselkant
            """
        ),
    },
    {
        "id": "d173-013",
        "kind": "unsubscribe",
        "sender": "Henk Roozendaal <h.roozendaal@dommeldal-gr.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "notes",
        "body": _(
            """
            Haalt u mij niet alleen van de wachtlijst maar meteen uit het netwerk. Per 1 april ga ik met pensioen
            en wie mij opvolgt is nog niet bekend. Dank voor de mooie ateliers van de afgelopen jaren.

            H. Roozendaal
            """
        ),
    },
    # --- the change mail (18 maart, Provinciehuis) ---------------------------------------------------------
    {
        "id": "d173-014",
        "kind": "rsvp",
        "attending": False,
        "sender": "Carolien Brouwer <c.brouwer@bredemarke.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Beste Melanie,

            Op de oude datum had ik gekund, op de nieuwe helaas niet: 18 maart behandelt onze raad de
            voorjaarsnota en dan moet ik in de buurt zijn. Ik trek mijn aanmelding daarom in.

            Groet,
            Carolien Brouwer
            """
        ),
    },
    {
        "id": "d173-015",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wouter van Dijck <w.vandijck@schouwenlanden.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Een week later komt mij eigenlijk beter uit. Ik blijf aangemeld en zie jullie in het Provinciehuis.

            w.
            """
        ),
    },
    {
        "id": "d173-016",
        "kind": "other",
        "sender": "Evelien de Kok <e.dekok@veenhovenstroe.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo,

            Is er bij het Provinciehuis een parkeerplaats te krijgen, of kan ik beter de trein nemen? Ik kom
            vanuit Zeeuws-Vlaanderen en wil niet een half uur rondjes rijden.

            Evelien de Kok
            """
        ),
    },
    {
        "id": "d173-017",
        "kind": "rsvp",
        "attending": False,
        "sender": "Rutger Hoefnagels <r.hoefnagels@oostgouw.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Door de nieuwe datum hoeft die plek op de wachtlijst voor mij niet meer. Op 18 maart zit ik de hele
            dag op het ministerie in Den Haag.

            Rutger
            """
        ),
    },
    {
        "id": "d173-018",
        "kind": "other",
        "sender": "Noor Lagerwey <n.lagerwey@kempenveldsamen.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            De 18e kan ik, maar alleen tot 16.00 uur: om half vijf heb ik een raadsinformatieavond in Kempenveld.
            Heeft het zin om dan te komen, of mis ik het belangrijkste deel? Laat het me even weten voordat ik het
            definitief in mijn agenda zet.

            Hartelijke groet,
            Noor Lagerwey
            """
        ),
    },
    {
        "id": "d173-019",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hanneke Stoop <h.stoop@waddenzuid-wo.nl>",
        "thread": "invitation",
        "subject": "Geaccepteerd: Gewijzigd: Leer- en inspireer-atelier 18 maart 2027 [atelier:2027-1]",
        "quote": "none",
        "body": _(
            """
            Bijgewerkt in mijn agenda en geaccepteerd.
            """
        ),
    },
    {
        "id": "d173-020",
        "kind": "autoreply",
        "sender": "Jeroen Prins <j.prins@lingestroom-wo.nl>",
        "thread": "invitation",
        "subject": "Automatisch antwoord: Gewijzigd: Leer- en inspireer-atelier 18 maart 2027 [atelier:2027-1]",
        "quote": "none",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tot en met 22 februari ben ik met ouderschapsverlof en lees ik mijn mail niet. Voor dringende zaken kunt
            u terecht bij het directiesecretariaat, 0344 - 61 20 00.
            """
        ),
    },
    # --- the cancellation ------------------------------------------------------------------------------------
    {
        "id": "d173-021",
        "kind": "other",
        "sender": "Marjolein Sprenger <m.sprenger@heerderveld.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Wat jammer, ik had er echt naar uitgekeken na het vorige atelier. Is er al een nieuwe datum in beeld?
            Dan blokkeer ik die alvast, want mijn voorjaar loopt snel vol.

            Marjolein Sprenger
            """
        ),
    },
    {
        "id": "d173-022",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Pieter-Bas Lommerse <pb.lommerse@zeevangdijkmeer.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Nu het niet doorgaat, een idee voor de herkansing: hoe houd je de dienstverlening aan de balie op peil
            als twee van de drie gemeentehuizen dichtgaan en inwoners voortaan naar één loket moeten? Dat speelt
            bij ons nu heel acuut en ik vermoed dat we niet de enigen zijn.

            Pieter-Bas
            """
        ),
    },
    {
        "id": "d173-023",
        "kind": "unsubscribe",
        "sender": "Wilma Kerkhof <w.kerkhof@maasbocht.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dan is dit voor mij een natuurlijk moment om te stoppen. Bij de reorganisatie per 1 mei vervalt mijn
            functie; wilt u mijn lidmaatschap van het netwerk beëindigen? Het ga jullie goed.

            Wilma Kerkhof
            """
        ),
    },
    {
        "id": "d173-024",
        "kind": "other",
        "sender": "Frank Oudejans <f.oudejans@peelhorst.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Kleine kanttekening: ik krijg deze annulering, maar ik had me nooit voor dit atelier aangemeld en ook
            geen uitnodiging gezien. Sta ik ergens verkeerd geregistreerd, of onder een ander adres?

            F. Oudejans
            """
        ),
    },
    {
        "id": "d173-025",
        "kind": "other",
        "sender": "Lisette Kroeze <l.kroeze@twentewestsamen.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik had vorige week Mark Hulshof van ons team als vervanger doorgegeven. Krijgt hij deze annulering
            ook, of moet ik hem zelf even inlichten? Ik wil niet dat hij voor niets naar Utrecht rijdt.

            Lisette
            """
        ),
    },
    {
        "id": "d173-026",
        "kind": "autoreply",
        "sender": "Servicedesk Oostgouw <servicedesk@oostgouw.nl>",
        "thread": "invitation",
        "subject": "[INC-2027-004418] RE: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "quote": "none",
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Uw bericht is ontvangen en geregistreerd onder meldingsnummer INC-2027-004418.
            Een medewerker van de servicedesk neemt uw melding binnen drie werkdagen in behandeling.
            Reageert u op dit bericht, laat het meldingsnummer dan in de onderwerpregel staan.
            """
        ),
    },
    {
        "id": "d173-027",
        "kind": "subscribe",
        "sender": "Gijs Bontekoe <g.bontekoe@vechtnoord.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Jammer van de annulering. Wel heb ik goed nieuws: onze nieuwe directeur dienstverlening, Yara Bennani,
            wil graag lid worden. Haar adres is y.bennani@vechtnoord.nl. Wilt u haar aanmelden, dan krijgt zij de
            nieuwe datum meteen ook.

            Gijs Bontekoe
            """
        ),
    },
    # --- substitutes answering the invitation sent in their name -------------------------------------------
    {
        "id": "d173-028",
        "kind": "rsvp",
        "attending": True,
        "sender": "Ties Veldhuis <t.veldhuis@dommeldal-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "apple",
        "body": _(
            """
            Top, ik val graag in. Staat genoteerd, tot dan

            Ties
            (vanaf mijn telefoon, sorry voor de korte mail)
            """
        ),
    },
    {
        "id": "d173-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ayla Demir <a.demir@kroonduin.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik ben gevraagd om in te vallen, maar op die middag zit ik zelf vast in de gunningsbeslissing van een
            grote aanbesteding. Ik kan dus niet. Stemt u het verder af met mijn directeur, zoals u in uw mail
            voorstelt?

            Met vriendelijke groet,
            Ayla Demir
            Manager Inkoop en Contractbeheer
            """
        ),
    },
    {
        "id": "d173-030",
        "kind": "other",
        "sender": "Rob Zandbergen <rob.zandbergen@ijsselkant.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik ken deze meneer Smit niet en werk ook niet bij dezelfde organisatie. Hoe komt u aan mijn naam en
            mijn adres? Voordat ik ergens naartoe ga wil ik eerst weten wat dit precies is.

            R. Zandbergen
            """
        ),
    },
    {
        "id": "d173-031",
        "kind": "rsvp",
        "attending": True,
        "sender": "Naomi Jansen-Achterberg <n.jansen@schouwenlanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-en",
        "body": _(
            """
            Happy to step in for my director. I'll be there in person on the 11th; no guest though, just me.

            Kind regards,
            Naomi Jansen-Achterberg
            """
        ),
    },
    {
        "id": "d173-032",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Koen Smulders <k.smulders@kempenveldsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de uitnodiging, ik ben er. Misschien iets voor een volgende editie: hoe positioneer je een
            werkorganisatie tegenover de veiligheidsregio en de GGD, als die met hun eigen regio-indeling
            dwars door jouw gemeenten heen snijden? Daar lopen wij steeds tegenaan.

            Koen Smulders
            """
        ),
    },
    {
        "id": "d173-033",
        "kind": "rsvp",
        "attending": False,
        "sender": "Sjoerd Pasveer <s.pasveer@waddenzuid-wo.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik val toch niet in: mijn directeur heeft zijn eigen afspraak kunnen verzetten en gaat zelf. Hij laat
            het u nog weten. Mijn plaats kunt u dus schrappen.

            Groet, Sjoerd
            """
        ),
    },
    {
        "id": "d173-034",
        "kind": "other",
        "sender": "Esther Lindeboom <e.lindeboom@bredemarke.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Leuk dat ik mag komen. Mag ik in plaats van de genoemde gast onze strategisch adviseur Timo Baas
            meenemen? Hij werkt het dossier regionale samenwerking uit en heeft er meer aan dan de oorspronkelijke
            gast.

            Esther Lindeboom
            """
        ),
    },
    # --- assistants answering for a director -----------------------------------------------------------------
    {
        "id": "d173-035",
        "kind": "rsvp",
        "attending": True,
        "sender": "Lotte Brinkman <secretariaat.directie@heerderveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens mevrouw Koekoek laat ik u weten dat zij op 11 maart aanwezig is. Ik heb de afspraak in haar
            agenda gezet.

            Met vriendelijke groet,
            Lotte Brinkman
            Managementassistent directie Werkorganisatie Heerderveld
            """
        ),
    },
    {
        "id": "d173-036",
        "kind": "rsvp",
        "attending": False,
        "sender": "Secretariaat Directie Kroonduin <directiesecretariaat@kroonduin.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Dhr. Van Olffen is sinds maandag ziek en zal donderdag helaas niet aanwezig zijn. Hij laat u
            vriendelijk groeten.

            m.vr.gr.
            Directiesecretariaat Kroonduin
            """
        ),
    },
    {
        "id": "d173-037",
        "kind": "other",
        "sender": "Petra Hofland <p.hofland@maasbocht.nl>",
        "subject": "Aanwezigheid dhr. Bakels atelier maart",
        "quote": "none",
        "body": _(
            """
            Goedemorgen,

            Graag meld ik de heer Bakels, algemeen directeur van de Werkorganisatie Maasbocht, aan voor het atelier
            van 11 maart. Hij komt zonder introducé. Kunt u de bevestiging naar mij sturen? Ik beheer zijn agenda.

            Met vriendelijke groet,
            Petra Hofland
            Directiesecretaresse
            """
        ),
    },
    {
        "id": "d173-038",
        "kind": "other",
        "sender": "Annelies Bos <a.bos@oostgouw.nl>",
        "subject": (
            "FW: Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid"
            " [atelier:2027-1]"
        ),
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "body": _(
            """
            Hierbij laat ik namens onze directeur, mevrouw De Wilde, weten dat zij graag komt. Zij leest deze
            mailbox zelf niet; wilt u verdere berichten over het atelier ook aan mij richten?

            Annelies Bos, office manager
            """
        ),
    },
    {
        "id": "d173-039",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marloes Tuinstra <m.tuinstra@veenhovenstroe.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb de gewijzigde afspraak in de agenda van de heer Tjoa verwerkt. Hij komt op 18 maart naar het
            Provinciehuis.

            Marloes Tuinstra
            Bestuurssecretariaat Veenhoven-Stroe
            """
        ),
    },
    {
        "id": "d173-040",
        "kind": "other",
        "sender": "Karin Dekkers <k.dekkers@zeevangdijkmeer.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Namens mevrouw Ouwerkerk bevestig ik hierbij haar aanmelding. Zij is deze week op werkbezoek en heeft
            mij gevraagd dit voor haar af te handelen.

            Karin Dekkers
            """
        ),
    },
    {
        "id": "d173-041",
        "kind": "rsvp",
        "attending": False,
        "sender": "Directiesecretariaat Twente-West <directie@twentewestsamen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Mevrouw Dijkhuis moet het atelier helaas aan zich voorbij laten gaan. In haar plaats komt Ruben
            Hofstee, programmamanager dienstverlening: r.hofstee@twentewestsamen.nl.

            Met vriendelijke groet,
            namens A. Dijkhuis,
            Directiesecretariaat
            """
        ),
    },
    {
        "id": "d173-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Yvonne Raats <y.raats@lingestroom-wo.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Zoals ik u vorige week al schreef namens de heer Veldkamp: hij komt niet. Vandaag kreeg hij toch deze
            herinnering, dus voor de zekerheid nogmaals: de heer Veldkamp is donderdag afwezig.

            Yvonne Raats
            """
        ),
    },
    # --- mails that refer back to an earlier one ---------------------------------------------------------------
    {
        "id": "d173-043",
        "kind": "unsubscribe",
        "sender": "Theo Groeneveld <t.groeneveld@dommeldal-gr.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Zoals ik in januari al schreef: ik ben per 1 januari weg bij Dommeldal. Toch blijven uw mails binnenkomen
            op dit adres, dat ik alleen nog voor de overdracht gebruik. Haal mij alstublieft definitief uit uw
            bestand.

            Theo Groeneveld
            """
        ),
    },
    {
        "id": "d173-044",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Mieke Sterrenburg <mieke.sterrenburg@ijsselkant.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank, maar mijn vorige verzoek was ruimer dan dit. Ik wil niet alleen geen mail meer ontvangen: ik
            verzoek u op grond van artikel 17 AVG al mijn persoonsgegevens te wissen, ook uit de deelnemerslijsten
            van eerdere ateliers. Graag een bevestiging zodra dat is gebeurd.

            M. Sterrenburg
            """
        ),
    },
    {
        "id": "d173-045",
        "kind": "subscribe",
        "sender": "Bas Terpstra <b.terpstra@waddenzuid-wo.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "apple",
        "body": _(
            """
            Dit was niet de bedoeling! Met 'afmelden' in mijn vorige mail bedoelde ik alleen het atelier van 11
            maart, niet het netwerk. Ik blijf dus graag lid.

            Bas
            """
        ),
    },
    {
        "id": "d173-046",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Hilde Vermeulen <h.vermeulen@kroonduin.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Mijn vorige mail was niet helemaal duidelijk, zie ik aan uw samenvatting. Ik bedoelde niet de
            digitalisering van onze interne werkprocessen, maar de inzet van AI bij vergunningaanvragen van
            inwoners en ondernemers: sneller antwoord, maar wel uitlegbaar. Dat hoort eerder bij dienstverlening
            dan bij organisatie.

            Hilde Vermeulen
            """
        ),
    },
    {
        "id": "d173-047",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Jan-Willem Roest <jw.roest@bredemarke.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Nog één aanvulling op mijn lijstje: de financiële verdeelsleutel tussen de deelnemende gemeenten. Bij
            ons levert die elk begrotingsjaar opnieuw gedoe op tussen de colleges, en ik ben benieuwd hoe anderen
            de kosten verdelen zonder dat een gemeente zich tekortgedaan voelt.

            JW
            """
        ),
    },
    {
        "id": "d173-048",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Dewi Hartman <d.hartman@heerderveld.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "notes-wrote",
        "body": _(
            """
            In mijn eerste mail stonden twee onderwerpen, maar u noteerde er maar één. Het tweede was de regionale
            woningbouwopgave: hoe trek je als werkorganisatie op met drie gemeenten die elk een andere woonvisie
            hebben? Neemt u die ook mee in de telling?

            Dewi Hartman
            """
        ),
    },
    {
        "id": "d173-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Olav Brinkhuis <o.brinkhuis@peelhorst.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Zoals ik bij de eerste uitnodiging al liet weten, kan ik er niet bij zijn, en dat geldt ook voor de
            nieuwe datum. Voor de volledigheid dus nog maar eens.

            Olav Brinkhuis
            """
        ),
    },
    {
        "id": "d173-050",
        "kind": "other",
        "sender": "Reinier Vos <r.vos@oostgouw.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Begin januari heb ik op deze oproep al een onderwerp ingestuurd, maar ik heb nooit een bedankje of
            bevestiging gekregen. Is mijn mail wel aangekomen? Anders stuur ik hem opnieuw.

            Groet,
            Reinier Vos
            """
        ),
    },
    {
        "id": "d173-051",
        "kind": "confirm",
        "sender": "Wim Harkema <w.harkema@twentewestsamen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik dacht dat ik dit vorige week al had gedaan, maar bij dezen dan nogmaals. Groet, Wim
            """
        ),
    },
    {
        "id": "d173-052",
        "kind": "confirm",
        "sender": "Rixt Talsma <r.talsma@schouwenlanden.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Met vriendelijke groet,

            mr. R. (Rixt) Talsma
            Gemeentesecretaris-directeur
            Werkorganisatie Schouwenlanden
            T 0111 - 44 72 10

            Dit bericht is uitsluitend bestemd voor de geadresseerde. Ontvangt u dit bericht ten onrechte, verwijder
            het dan en meld het aan de afzender.
            """
        ),
    },
    # --- after the atelier: the follow-up ---------------------------------------------------------------------
    {
        "id": "d173-053",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Thijs Mertens <t.mertens@maasbocht.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Mooie middag, dank voor de organisatie. Voor de volgende keer zou ik graag bespreken hoe je als directeur
            de strategische koers van de werkorganisatie bewaakt wanneer de colleges na de verkiezingen ieder hun
            eigen prioriteiten kiezen. In mijn tafelgroep kwam dat maar half aan bod.

            Thijs Mertens
            """
        ),
    },
    {
        "id": "d173-054",
        "kind": "other",
        "sender": "Gerda Noordhoek <g.noordhoek@vechtnoord.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            De link naar het verslag geeft bij mij een foutmelding (404). Kunt u het als pdf meesturen? Ik wil het
            graag in ons MT bespreken.

            Gerda
            """
        ),
    },
    {
        "id": "d173-055",
        "kind": "rsvp",
        "attending": True,
        "sender": "Femke Aldering <f.aldering@lingestroom-wo.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik was er als invaller voor Joost, maar het beviel me zo goed dat ik de volgende keer ook van de partij
            ben. Reken maar op mij.

            Femke
            """
        ),
    },
    {
        "id": "d173-056",
        "kind": "other",
        "sender": "Arjen Scholtens <a.scholtens@kempenveldsamen.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "apple",
        "body": _(
            """
            Een voorstel voor de vorm: houd de volgende eens in de ochtend en ergens in het oosten van het land,
            Zwolle of Deventer. Voor de collega's uit Twente en de Achterhoek scheelt dat een halve dag reizen.

            Arjen
            """
        ),
    },
    # --- undeliverable and automatic mail ----------------------------------------------------------------------
    {
        "id": "d173-057",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.kroonduin.nl>",
        "subject": "Onbestelbaar: Gewijzigd: Leer- en inspireer-atelier 18 maart 2027 [atelier:2027-1]",
        "quote": "none",
        "body": _(
            """
            Dit is een automatisch bericht van het mailsysteem van kroonduin.nl.

            Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:

              p.vanolffen@kroonduin.nl
                550 5.1.1 <p.vanolffen@kroonduin.nl>: Recipient address rejected: User unknown in virtual
                mailbox table

            Neem contact op met de beheerder van uw mailsysteem als dit probleem blijft bestaan.
            """
        ),
    },
    {
        "id": "d173-058",
        "kind": "bounce",
        "sender": "postmaster@heerderveld.nl",
        "subject": "Undeliverable: Geannuleerd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]",
        "quote": "none",
        "body": _(
            """
            Delivery has failed to these recipients or groups:

            d.koekoek@heerderveld.nl
            The recipient's mailbox is full and can't accept messages now. Please try resending this message later,
            or contact the recipient directly.

            Diagnostic information for administrators:
            Generating server: EXCH02.heerderveld.local
            Remote Server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
            """
        ),
    },
    {
        "id": "d173-059",
        "kind": "autoreply",
        "sender": "Hans Everwijn <h.everwijn@bredemarke.nl>",
        "thread": "reminder",
        "subject": "RE: Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]",
        "quote": "none",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Hans Everwijn is niet langer werkzaam bij de Werkorganisatie
            De Brede Marke. Uw bericht wordt niet doorgestuurd; voor algemene vragen kunt u mailen naar
            info@bredemarke.nl.
            """
        ),
    },
]
# fmt: on
