"""heldout55: a year of mail from directors of werkorganisaties in Noordoost-Friesland and on the Waddeneilanden.

The writers run shared civil-service organisations of small mainland municipalities around the Lauwersmeer and the
Dongeradeel coast and of two island municipalities that depend on the ferry. Over one year they sign up and confirm,
answer the call for themes, the invitation, the change, the reminder and the follow-up, leave or hand over their seat,
ask about their data, go on holiday and change domains; a few assistants write for their director. Some write one
line from the boat, some a page; a few write partly in Frisian or in English. About a third are look-alikes.

Conventions this set relies on (from the brief):
- a topic proposed under any of our mails (call, thank-you, follow-up, welcome, invitation) is a suggestion, also when
  the writer says they come; the themes are those of the proposal, not of the story around it;
- an idea about the place, time or format of the ateliers, backing a colleague's topic and asking to present: other;
- leaving and declining in one mail: unsubscribe; declining with a substitute: rsvp False; a later mail (under the
  change or the waiting-list note) carries the new answer;
- a successor with an address, also under our goodbye: unsubscribe; a hand-over at a later date with "tot die tijd
  blijf ik lid", a colleague reporting a departure, an address change: other;
- an erasure request: unsubscribe with erase; a request to see one's data: other;
- a bare denial under the confirmation mail, also asking who did it: unsubscribe; asking where we got the address:
  other;
- a signature alone under a confirmation mail: confirm; an assistant confirming from their own address: other;
- an assistant answering under the invitation: rsvp; an assistant's forward with a line above it: other;
- a yes on a condition we must answer first, and a "nee" that only answers the side question about a guest: other;
- "lid blijven" under our goodbye: subscribe; one colleague with an address: subscribe;
- out-of-office, ticket, read-receipt and "no longer in use" replies: autoreply with the thread of the mail they
  answer; delivery failures: bounce without a thread; neither carries a quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_INVITE = "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
_CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_REMIND = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
_FOLLOW = 'Dank voor uw komst: Leer- en inspireer-atelier "Sturen op samenwerking & eigenheid" [atelier:2027-1]'


# fmt: off
CASES: list[dict[str, Any]] = [
    # --- winter: sign-ups and the call for themes ---------------------------------------------------------------
    {
        "id": "h55-001",
        "kind": "subscribe",
        "sender": "Sjoerd Hoekstra <s.hoekstra@trijemienskippen.frl>",
        "quote": "none",
        "subject": "Aanmelding netwerk directeuren",
        "body": _(
            """
            Goedemiddag,

            Op het regio-overleg in Dokkum vorige week vertelde een collega enthousiast over jullie ateliers.
            Sinds september ben ik algemeen directeur van Werkorganisatie Trije Mienskippen (de gemeenten
            Eastermar-Noord, Wâldsein en Readtsjerk-Oost). Ik meld mij hierbij graag aan als lid van het netwerk.

            Met vriendelijke groet,
            Sjoerd Hoekstra
            algemeen directeur | Werkorganisatie Trije Mienskippen
            """
        ),
    },
    {
        "id": "h55-002",
        "kind": "confirm",
        "sender": "Sjoerd Hoekstra <s.hoekstra@trijemienskippen.frl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Bij dezen bevestigd, dank voor de snelle verwerking.
            Sjoerd
            """
        ),
    },
    {
        "id": "h55-003",
        "kind": "confirm",
        "sender": "Tjitske de Boer <t.deboer@lauwersdelta.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Met vriendelijke groet,

            mr. T. (Tjitske) de Boer
            gemeentesecretaris-directeur
            Werkorganisatie Lauwersdelta | Postbus 14, 9290 AA Lauwersterp
            T 0511 42 17 00 | www.lauwersdelta.nl
            """
        ),
    },
    {
        "id": "h55-004",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Wietse Dijkstra <w.dijkstra@eilandenwerknoord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Dank voor de oproep. Ik zit hier op de boot terug naar het vaste land, dus een goed moment om er even
            voor te gaan zitten. Bij Eilandenwerk Noord werken we voor twee eilandgemeenten, Riffelân en
            Sânplaat, samen nog geen 9.000 inwoners, maar in de zomer vertienvoudigt dat. Ons gemeentehuis op
            Sânplaat is twee ochtenden per week open, meer kunnen we met de bezetting niet aan.

            Het onderwerp dat ik zou willen inbrengen: hoe organiseer je een goede, persoonlijke dienstverlening
            aan inwoners en ondernemers als het fysieke loket bijna dicht is? Wij experimenteren met
            videobellen met de burgerzakenmedewerker en met een bus die eens per maand langs de dorpen gaat,
            maar ik ben heel benieuwd hoe collega's in dunbevolkte gebieden dat doen, en hoe zij meten of
            inwoners er tevreden over zijn.

            Hartelijke groet,
            Wietse Dijkstra
            directeur Eilandenwerk Noord
            """
        ),
    },
    {
        "id": "h55-005",
        "kind": "suggestion",
        "themes": ["organisatie", "samenwerking"],
        "sender": "Baukje Terpstra <b.terpstra@kollumerkust.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Twee van mij:
            - vacatures vervullen in een krimpregio: formatie op peil houden als niemand meer naar Kollum wil verhuizen
            - de regiodeal Noordoost: hoe trek je als drie kleine gemeenten samen op richting provincie

            Baukje Terpstra
            GR Kollumer Kust
            """
        ),
    },
    {
        "id": "h55-006",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Romke van der Meer <romke.vandermeer@dongemar-samen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer Van de Laar, beste Melanie,

            Onze samenwerking tussen Dongemar en Holwerderhoek bestaat dit jaar tien jaar. De samenwerking zelf
            loopt prima, daar maak ik me geen zorgen over; de colleges weten elkaar te vinden en de
            dienstverleningsovereenkomst is net herzien.

            Waar ik wel mee worstel, en wat ik graag met collega's zou bespreken: hoe maak je een visie op de
            werkorganisatie voor de komende tien à vijftien jaar, die verder reikt dan één collegeperiode en
            niet bij elke verkiezing opnieuw ter discussie staat? Welke bestuurlijke prioriteiten leg je vast en
            welke laat je bewust open?

            Met vriendelijke groet,
            R.J. van der Meer
            directeur Samenwerking Dongemar
            """
        ),
    },
    {
        "id": "h55-007",
        "kind": "other",
        "sender": "Lolke Veenstra <l.veenstra@noardhoeke.frl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dag Stan,

            Geen onderwerp van mij dit keer, wel een wens. Het atelier is steeds in Utrecht; voor ons uit de
            Noardhoeke is dat bijna vier uur reizen heen en terug, en de collega's van de eilanden moeten er
            zelfs een overnachting bij nemen. Zou het een keer in Leeuwarden of Zwolle kunnen? Of anders pas om
            half drie beginnen, dan haal je het met de eerste trein en de boot van zeven uur nog.

            Groet,
            Lolke Veenstra
            """
        ),
    },
    {
        "id": "h55-008",
        "kind": "other",
        "sender": "Hylke Visser <hylke.visser@wrwerkorganisatie.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Hoi beiden,

            Ik sprak gisteren Baukje Terpstra van Kollumer Kust; zij heeft bij jullie het vacatureprobleem in
            krimpgebieden ingediend. Dat speelt bij ons in de Wâldrân precies zo. Ik heb er zelf niets aan toe
            te voegen, maar tel mijn stem maar mee voor haar onderwerp: als het op de agenda komt, ben ik blij.

            Hylke
            """
        ),
    },
    {
        "id": "h55-009",
        "kind": "autoreply",
        "sender": "Anneke Postma <a.postma@lauwersdelta.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _CALL,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Ik bin oant en mei freed 15 jannewaris mei fakânsje.
            Ik ben tot en met vrijdag 15 januari met vakantie en lees mijn mail daarna.
            Voor dringende zaken: secretariaat directie, 0511 42 17 05.
            """
        ),
    },
    {
        "id": "h55-010",
        "kind": "bounce",
        "sender": "Microsoft Outlook <postmaster@dongemar-samen.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + _CALL,
        "body": _(
            """
            Kan niet worden bezorgd bij deze geadresseerden of groepen:

            g.kuipers@dongemar-samen.nl
            Het opgegeven e-mailadres is niet gevonden. Controleer het adres van de ontvanger en probeer het
            bericht opnieuw te verzenden.

            Diagnostische gegevens voor beheerders:
            Genererende server: AM9PR04MB8127.eurprd04.prod.outlook.com
            g.kuipers@dongemar-samen.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP'
            """
        ),
    },
    {
        "id": "h55-011",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Baukje Terpstra <b.terpstra@kollumerkust.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "body": _(
            """
            Schoot me onder de douche nog te binnen, dus toch een derde:
            klanttevredenheid meten bij het KCC terwijl onze inwoners vooral bellen en nauwelijks een enquête invullen.
            B.
            """
        ),
    },
    {
        "id": "h55-012",
        "kind": "other",
        "sender": "Douwe Faber <d.faber@wwvlieter.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Wij hebben het afgelopen jaar bij de Wadden Werkorganisatie Vlieter het sturingsconcept helemaal
            omgegooid: van afdelingen naar vier opgaveteams met integraal verantwoordelijke teamleiders. Er
            ging veel goed en ook het nodige mis. Zou ik dat in maart in een kwartier mogen toelichten, als
            opstap voor het gesprek? Laat maar weten of daar in het programma ruimte voor is.

            Vriendelijke groet,
            Douwe Faber
            """
        ),
    },
    {
        "id": "h55-013",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Oliver Grant <o.grant@interim-noord.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan, dear Melanie,

            Apologies for writing in English, my Dutch is fine for meetings but slow on paper. I am interim
            director at Noardhoeke until the summer.

            One topic I would love to discuss: keeping a shared IT landscape manageable when every partner
            municipality insists on its own applications for permits, social services and so on. We now run
            three of nearly everything and the licence bill shows it.

            Kind regards,
            Oliver Grant
            """
        ),
    },
    {
        "id": "h55-014",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Marten Bosma <m.bosma@lauwersdelta.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Dank voor het warme welkom. Een onderwerp dat mij nu bezighoudt: informatiebeveiliging volgens de BIO
            op orde krijgen met een ICT-team van tweeënhalve fte. Hoe doen andere kleine werkorganisaties dat?

            Marten Bosma
            directeur bedrijfsvoering Lauwersdelta

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    # --- the invitation, the change and the reminder -------------------------------------------------------------
    {
        "id": "h55-015",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sytske Hiemstra <s.hiemstra@trijemienskippen.frl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Ja, ik kom, en ik neem onze concerncontroller Aukje Rinsma mee. Dus met z'n tweeën.

            Sytske

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h55-016",
        "kind": "rsvp",
        "attending": False,
        "sender": "Wietse Dijkstra <w.dijkstra@eilandenwerknoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Jammer genoeg valt het atelier precies op de avond dat de raad van Sânplaat de kadernota bespreekt,
            en dan moet ik 's middags al op het eiland zijn. Dit keer dus zonder mij.

            Groet,
            Wietse
            """
        ),
    },
    {
        "id": "h55-017",
        "kind": "rsvp",
        "attending": True,
        "sender": "Romke van der Meer <romke.vandermeer@dongemar-samen.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + _INVITE,
        "body": _(
            """
            Staat in mijn agenda. Ik rij met Lolke mee vanuit Dokkum.
            """
        ),
    },
    {
        "id": "h55-018",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jelle Wiersma <j.wiersma@kollumerkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Goedemorgen,

            Zelf zit ik die week met het MT op de hei, maar het onderwerp is te mooi om te laten schieten. Mijn
            plaatsvervanger Harmen Bouma gaat in mijn plaats: h.bouma@kollumerkust.nl.

            Met groet,
            Jelle Wiersma
            """
        ),
    },
    {
        "id": "h55-019",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Eelco Schaap <e.schaap@wwvlieter.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik ben erbij. Het thema sluit mooi aan op iets wat ik graag eens op tafel zou leggen, misschien nu of
            anders bij een volgende gelegenheid: de verhouding tussen een eilandgemeente en de grotere
            vastewalgemeente in één GR. Hoe voorkom je dat het eiland zich ondergesneeuwd voelt, en hoe geef je
            de eilandbelangen een eerlijke plek bij de gezamenlijke keuzes?

            Eelco Schaap
            """
        ),
    },
    {
        "id": "h55-020",
        "kind": "other",
        "sender": "Trijntje Bakker <t.bakker@eilandenwerknoord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            In principe kom ik graag, maar ik ben afhankelijk van de veerdienst: de laatste boot naar Riffelân
            gaat om 19.15 uur. Als het programma echt om 17.30 uur afgelopen is, red ik dat net. Kunt u mij
            bevestigen dat er geen borrel of uitloop aan vastzit? Dan meld ik mij definitief aan.

            Met vriendelijke groet,
            Trijntje Bakker
            gemeentesecretaris Riffelân / Eilandenwerk Noord
            """
        ),
    },
    {
        "id": "h55-021",
        "kind": "other",
        "sender": "Harmen Bouma <h.bouma@kollumerkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Nee, ik neem geen introducé mee, en dieetwensen heb ik ook niet. Wel graag een vegetarische optie als
            die er is, maar dat is geen must.

            Harmen Bouma
            """
        ),
    },
    {
        "id": "h55-022",
        "kind": "rsvp",
        "attending": True,
        "sender": "Nynke Jongsma <n.jongsma@noardhoeke.frl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geachte heer Van de Laar,

            Namens de heer Veenstra laat ik u weten dat hij op 11 maart aanwezig zal zijn. Ik heb het in zijn
            agenda gezet.

            Met vriendelijke groet,
            Nynke Jongsma
            managementassistent directie | Ambtelijke Unie Noardhoeke
            """
        ),
    },
    {
        "id": "h55-023",
        "kind": "other",
        "sender": "Ytje Zijlstra <secretariaat@trijemienskippen.frl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + _INVITE,
        "body": _(
            """
            Goedemiddag,

            Mevrouw Hiemstra heeft mij gevraagd u door te geven dat ook onze directeur bedrijfsvoering, de heer
            Gerben Hettinga, graag bij dit atelier aanwezig wil zijn. Kunt u hem op de lijst zetten?

            Met vriendelijke groet,
            Ytje Zijlstra
            secretariaat directie Trije Mienskippen
            """
        ),
    },
    {
        "id": "h55-024",
        "kind": "rsvp",
        "attending": True,
        "sender": "Oliver Grant <o.grant@interim-noord.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in, just me. I'll take the early train from Leeuwarden, so I should be in Utrecht well in time.

            Oliver
            """
        ),
    },
    {
        "id": "h55-025",
        "kind": "rsvp",
        "attending": True,
        "sender": "Pier Westra <p.westra@wrwerkorganisatie.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Moai dat der wer in atelier is. Ik bin der by, allinnich, sûnder gast.

            Pier Westra
            direkteur Wâldrân
            """
        ),
    },
    {
        "id": "h55-026",
        "kind": "unsubscribe",
        "sender": "Griet Kuipers <griet.kuipers@dongemar-samen.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Op 11 maart ben ik er niet bij. Sterker nog: per 1 april ga ik na 38 jaar gemeentedienst met
            pensioen, dus u kunt mij ook meteen uit het netwerk halen. Wie mij opvolgt is nog niet bekend.
            Het was me een genoegen.

            Hartelijke groet,
            Griet Kuipers
            """
        ),
    },
    {
        "id": "h55-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Wietse Dijkstra <w.dijkstra@eilandenwerknoord.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goed nieuws voor mij: op 18 maart heb ik geen raad. Ik had eerder afgezegd, maar met deze nieuwe
            datum kan ik er wel bij. Zet u mij weer op de lijst, of op de wachtlijst als het al vol is.

            Wietse
            """
        ),
    },
    {
        "id": "h55-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Douwe Faber <d.faber@wwvlieter.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "groupwise",
        "body": _(
            """
            Haal mij maar van de wachtlijst af. Intussen heb ik die middag een overleg met Rijkswaterstaat over
            de vaargeul toegezegd, dus ook als er een plek vrijkomt kan ik niet.

            D. Faber
            """
        ),
    },
    {
        "id": "h55-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Eelco Schaap <e.schaap@wwvlieter.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes",
        "body": _(
            """
            KNMI geeft code oranje voor morgen en de rederij heeft de afvaarten van de ochtend al geschrapt. Ik
            kom dus helaas niet van het eiland af. Geef mijn plek gerust aan iemand op de wachtlijst.

            Eelco
            """
        ),
    },
    {
        "id": "h55-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sytske Hiemstra <s.hiemstra@trijemienskippen.frl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "apple",
        "body": _(
            """
            Ik ben er gewoon, met Aukje erbij zoals gemeld. Tot donderdag!

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h55-031",
        "kind": "autoreply",
        "sender": "Froukje Attema <f.attema@noardhoeke.frl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Afwezig / Out of office: " + _REMIND,
        "headers": {"X-Autoreply": "yes", "Precedence": "auto_reply"},
        "body": _(
            """
            Tot en met 12 maart ben ik niet op kantoor en beperkt bereikbaar.
            I am out of the office until 12 March with limited access to e-mail.
            Uw bericht wordt niet doorgestuurd. Voor spoed: 0519 29 88 10.
            """
        ),
    },
    {
        "id": "h55-032",
        "kind": "autoreply",
        "sender": "Postbus DIV Kollumer Kust <post@kollumerkust.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Ontvangstbevestiging [Z-2027-01442]: " + _INVITE,
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": _(
            """
            Geachte afzender,

            Uw bericht is in goede orde ontvangen en geregistreerd onder zaaknummer Z-2027-01442. Het wordt
            doorgezet naar de behandelend afdeling. Binnen vijf werkdagen ontvangt u een inhoudelijke reactie.

            Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.
            Team Documentaire Informatievoorziening, GR Kollumer Kust
            """
        ),
    },
    {
        "id": "h55-033",
        "kind": "autoreply",
        "sender": "Lolke Veenstra <l.veenstra@noardhoeke.frl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Gelezen: " + _INVITE,
        "body": _(
            """
            Uw bericht

              Aan: Lolke Veenstra
              Onderwerp: Uitnodiging Leer- en inspireer-atelier 11 maart 2027
              Verzonden: dinsdag 2 februari 2027 09:02:11 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen

            is gelezen op dinsdag 2 februari 2027 10:47:53 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
            """
        ),
    },
    {
        "id": "h55-034",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.wwvlieter.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "body": _(
            """
            This is the mail system at host mx1.wwvlieter.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            <e.dijkman@wwvlieter.nl>: host mail.wwvlieter.nl[10.20.4.7] said: 550 5.1.1
                <e.dijkman@wwvlieter.nl>: Recipient address rejected: User unknown in
                virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h55-035",
        "kind": "other",
        "sender": "Jelle Wiersma <j.wiersma@kollumerkust.nl>",
        "thread": "invitation",
        "quoted": "annulering_atelier",
        "quote": "gmail",
        "body": _(
            """
            Dat is een tegenvaller, ik had Harmen er al voor vrijgeroosterd. Is er al zicht op een nieuwe datum?
            En blijft zijn aanmelding dan staan of moet hij zich opnieuw opgeven?

            Jelle
            """
        ),
    },
    # --- spring: the follow-up -----------------------------------------------------------------------------------
    {
        "id": "h55-036",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Eelco Schaap <e.schaap@wwvlieter.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Ik heb het verslag met plezier gelezen, al was ik er door de storm niet bij.

            Voor het volgende atelier: de energietransitie op de eilanden als gezamenlijke opgave. Gemeenten,
            Wetterskip, netbeheerder en de werkorganisatie lopen elkaar nu voor de voeten; hoe kom je tot één
            gedeelde aanpak waarin ieder zijn rol kent?

            Eelco Schaap
            """
        ),
    },
    {
        "id": "h55-037",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Tjitske de Boer <t.deboer@lauwersdelta.nl>",
        "thread": "followup",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Wat een goede middag was het; vooral het gesprek over de couleur locale van de gemeenteraden heeft me
            aan het denken gezet, daar ga ik met onze burgemeesters mee verder.

            Een onderwerp voor de volgende keer: we willen het vergunningenloket voor ondernemers helemaal
            digitaal maken, met een antwoord binnen twee weken. Dat vraagt niet alleen een nieuw portaal maar ook
            een andere inrichting van onze werkprocessen achter de schermen: wie pakt de aanvraag op, waar zit de
            regie. Ik hoor graag hoe anderen die twee kanten tegelijk hebben aangepakt.

            Met hartelijke groet,
            Tjitske de Boer
            """
        ),
    },
    {
        "id": "h55-038",
        "kind": "autoreply",
        "sender": "Griet Kuipers <griet.kuipers@dongemar-samen.nl>",
        "thread": "followup",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _FOLLOW,
        "body": _(
            """
            Dit e-mailadres is sinds 1 april niet meer in gebruik. Uw bericht wordt niet gelezen of doorgestuurd.
            Voor vragen aan Samenwerking Dongemar kunt u mailen naar info@dongemar-samen.nl.
            """
        ),
    },
    # --- leaving, hand-overs and data -----------------------------------------------------------------------------
    {
        "id": "h55-039",
        "kind": "unsubscribe",
        "sender": "Lolke Veenstra <l.veenstra@noardhoeke.frl>",
        "quote": "none",
        "subject": "Wisseling van de wacht bij Noardhoeke",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 juni ga ik aan de slag bij de provincie Fryslân. Mijn opvolger als directeur van de Ambtelijke
            Unie Noardhoeke is Froukje Attema; zij is bereikbaar op f.attema@noardhoeke.frl. Wilt u haar in mijn
            plaats in het netwerk opnemen en mij uitschrijven? Ik heb haar al verteld hoe waardevol de ateliers zijn.

            Dank voor alles,
            Lolke
            """
        ),
    },
    {
        "id": "h55-040",
        "kind": "unsubscribe",
        "sender": "Jelle Wiersma <j.wiersma@kollumerkust.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "gmail",
        "body": _(
            """
            Dank voor de bevestiging. U vroeg naar een opvolger: dat wordt Harmen Bouma, die u al kent van het
            voorjaarsatelier. Hij neemt mijn stoel over, zijn adres is h.bouma@kollumerkust.nl.

            Jelle
            """
        ),
    },
    {
        "id": "h55-041",
        "kind": "other",
        "sender": "Romke van der Meer <romke.vandermeer@dongemar-samen.nl>",
        "quote": "none",
        "subject": "Opvolging per 1 oktober",
        "body": _(
            """
            Geachte heer Van de Laar,

            Even een vooraankondiging: met ingang van 1 oktober draag ik de directie van Samenwerking Dongemar
            over aan Durk Kingma (d.kingma@dongemar-samen.nl). Tot die tijd blijf ik lid en ik hoop het
            najaarsatelier nog mee te maken. Wilt u Durk vanaf oktober de uitnodigingen sturen?

            Met vriendelijke groet,
            Romke van der Meer
            """
        ),
    },
    {
        "id": "h55-042",
        "kind": "other",
        "sender": "Anneke Postma <a.postma@lauwersdelta.nl>",
        "quote": "none",
        "subject": "Vertrek Marten Bosma",
        "body": _(
            """
            Goedemorgen,

            Ter informatie: onze directeur bedrijfsvoering Marten Bosma heeft per 1 mei afscheid genomen van
            Lauwersdelta. Zijn mailbox wordt nog een maand bewaard en daarna opgeheven. Wie zijn taken overneemt
            is nog niet besloten.

            Met vriendelijke groet,
            Anneke Postma
            HR-adviseur Werkorganisatie Lauwersdelta
            """
        ),
    },
    {
        "id": "h55-043",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Klaas Cupido <klaas.cupido@gmail.com>",
        "quote": "none",
        "subject": "Verzoek verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geacht secretariaat,

            Tot voor kort was ik directeur bij Eilandenwerk Noord; ik ben inmiddels uit dienst. Op grond van
            artikel 17 van de AVG verzoek ik u alle persoonsgegevens die u van mij bewaart, onder welk
            e-mailadres dan ook (ook k.cupido@eilandenwerknoord.nl), te wissen en mij daarvan een bevestiging te sturen.

            Hoogachtend,
            K. Cupido
            """
        ),
    },
    {
        "id": "h55-044",
        "kind": "other",
        "sender": "Durk Kingma <d.kingma@dongemar-samen.nl>",
        "quote": "none",
        "subject": "Inzage gegevens",
        "body": _(
            """
            Beste mensen,

            Onze FG vraagt alle teams in kaart te brengen waar externe partijen gegevens van ons hebben. Kunt u
            mij laten weten welke persoonsgegevens het netwerk van mij vastlegt, waar die staan en hoe lang u ze
            bewaart? Lid blijven wil ik zeker, het gaat puur om het overzicht.

            Groet,
            Durk Kingma
            """
        ),
    },
    {
        "id": "h55-045",
        "kind": "unsubscribe",
        "sender": "Ruben Stellingwerf <r.stellingwerf@wrwerkorganisatie.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Hm, hier ben ik per ongeluk in beland: ik ben teamleider Burgerzaken, geen directeur. Ik dacht dat
            ik me voor de nieuwsbrief van de VNG opgaf. Haalt u me er maar weer af.

            R. Stellingwerf
            """
        ),
    },
    {
        "id": "h55-046",
        "kind": "unsubscribe",
        "sender": "Aukje Rinsma <a.rinsma@trijemienskippen.frl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Ik heb mij nergens voor opgegeven. Wie heeft dit in mijn naam gedaan?
            """
        ),
    },
    {
        "id": "h55-047",
        "kind": "other",
        "sender": "Marijke Zorgdrager <m.zorgdrager@eilandenwerknoord.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            Goedendag,

            Ik krijg nu al voor de tweede keer een mail dat ik me zou hebben aangemeld, maar dat heb ik niet
            gedaan. Hoe komt u eigenlijk aan dit adres, en van wie heeft u het gekregen?

            M. Zorgdrager
            """
        ),
    },
    {
        "id": "h55-048",
        "kind": "other",
        "sender": "Ytje Zijlstra <secretariaat@trijemienskippen.frl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Geachte heer, mevrouw,

            Hierbij bevestig ik namens mevrouw Hiemstra haar aanmelding; zij is deze week met verlof en heeft mij
            gevraagd haar mail bij te houden. Ik hoop dat het zo ook goed is.

            Met vriendelijke groet,
            Ytje Zijlstra
            secretariaat directie
            """
        ),
    },
    # --- summer and autumn: joining, returning, changes ------------------------------------------------------------
    {
        "id": "h55-049",
        "kind": "subscribe",
        "sender": "Froukje Attema <f.attema@noardhoeke.frl>",
        "quote": "none",
        "subject": "Nieuw lid: collega directeur bedrijfsvoering",
        "body": _(
            """
            Beste Stan,

            Sinds deze maand hebben we weer een directeur bedrijfsvoering, Nynke Jongsma, voorheen onze
            managementassistent. Wilt u haar aanmelden voor het netwerk? Haar adres: n.jongsma@noardhoeke.frl.

            Groet,
            Froukje Attema
            """
        ),
    },
    {
        "id": "h55-050",
        "kind": "subscribe",
        "sender": "Jelle Wiersma <j.wiersma@kollumerkust.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Ho, wacht even. Mijn overstap naar Leeuwarden gaat toch niet door en ik blijf hier directeur. Ik wil
            dus lid blijven: schrapt u mij alstublieft niet.

            Jelle Wiersma
            """
        ),
    },
    {
        "id": "h55-051",
        "kind": "other",
        "sender": "Sjoerd Hoekstra <s.hoekstra@trijemienskippen.frl>",
        "quote": "none",
        "subject": "Nieuw mailadres per 1 januari",
        "body": _(
            """
            Goedemiddag,

            Trije Mienskippen stapt per 1 januari over op een nieuw domein. Mijn huidige adres blijft nog drie
            maanden werken, maar wilt u de berichten voor het netwerk daarna sturen naar
            sjoerd.hoekstra@trijemienskippen.nl?

            Sjoerd Hoekstra
            """
        ),
    },
    {
        "id": "h55-052",
        "kind": "subscribe",
        "sender": "Hanna Kowalczyk <h.kowalczyk@wwvlieter.nl>",
        "quote": "none",
        "subject": "aanmelden",
        "body": _(
            """
            Hallo, via LinkedIn zag ik het verslag van het voorjaarsatelier voorbijkomen. Als kersverse directeur
            dienstverlening van de Wadden Werkorganisatie Vlieter wil ik me graag aanmelden.

            Hanna Kowalczyk
            """
        ),
    },
    {
        "id": "h55-053",
        "kind": "confirm",
        "sender": "Hanna Kowalczyk <h.kowalczyk@wwvlieter.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Klopt, dat was ik. Graag lid!
            """
        ),
    },
    {
        "id": "h55-054",
        "kind": "confirm",
        "sender": "Durk Kingma <d.kingma@dongemar-samen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Excuus voor de late reactie, de jaarrekening slokte alles op. Maar ja: ik word graag lid.

            Durk Kingma
            directeur Samenwerking Dongemar
            """
        ),
    },
    {
        "id": "h55-055",
        "kind": "bounce",
        "sender": "Postmaster <postmaster@eilandenwerknoord.nl>",
        "quote": "none",
        "subject": "Niet bezorgd: " + _INVITE,
        "body": _(
            """
            Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:

                t.bakker@eilandenwerknoord.nl

            Reden: het postvak van de ontvanger is vol (552 5.2.2 Mailbox quota exceeded).
            Het bericht is na 48 uur opnieuw proberen teruggestuurd.
            """
        ),
    },
]
# fmt: on
