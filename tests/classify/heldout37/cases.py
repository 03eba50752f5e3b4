"""heldout37: a year (2037) of mail from directors of werkorganisaties and GR's on the Veluwe and the Gelderse Vallei.

The writers are algemeen directeuren, gemeentesecretaris-directeuren, directeuren bedrijfsvoering, interim
directors, their management assistants and the mail systems of invented werkorganisaties such as Heiderand,
De Sprengen, GR Valleikracht, Zoomhoven, Randmeerkust, Stuifzand, Grift & Eem and Woudkamp. Our quoted mails are the
fixed snapshot of quoted_mails.json (whose dates say 2027); the writers' own text refers to the calendar of 2037 as
they lived it:

- ma 5 januari: call for themes for atelier 2037-1, answers asked before do 22 januari; thank-you mails for
  suggestions, confirmation requests, reminders of them and welcome mails go out all year;
- ma 9 februari: invitation for atelier 2037-1 "Eén organisatie, vele kernen" (Samenwerking), do 12 maart 2037,
  13.30 tot 17.00 uur, Buitenplaats Hulsbeek, Heidezaal, Jachtlaan 21, Ermerloo; answer before di 3 maart;
  RSVP acknowledgements and substitutes' invitations follow;
- ma 23 februari: the one change of time: atelier 2037-1 moves to 14.30 tot 18.00 uur (same day, same place);
- do 5 maart: reminder; do 12 maart: the atelier; ma 16 maart: follow-up with the report and a call for topics;
- april: leave confirmations answered (hand-overs, "lid blijven"), an AVG erasure, address changes;
- ma 18 mei: call for themes for atelier 2037-2, answers asked before do 4 juni;
- ma 7 september: invitation for atelier 2037-2 "Digitaal en dichtbij" (Dienstverlening), do 8 oktober 2037,
  13.00 tot 16.30 uur, Landgoed Groot Valleihof, schuur De Hooiberg, Postweg 88, Barnevoort; answer before
  di 29 september; the atelier fills up, so late answers get the waiting list;
- do 1 oktober: reminder; do 8 oktober: the atelier; ma 12 oktober: follow-up, topics welcome for 2038-1;
- november and december: late hand-overs, sign-ups, out-of-office replies over the holidays.

Conventions this set relies on (from the brief):
- The label is what the writer asks now, not what our quoted mail was about.
- Under the call for themes, the follow-up or the thank-you, a proposed topic is a suggestion, also when the writer
  says in the same mail whether they come; a reply there that only says whether they come is an rsvp; a proposal
  about the form of the ateliers (day, time, place, format) is other.
- Themes are those of what is proposed, not of words used in passing or of the story told before it; two themes
  only when two topics of different themes are proposed.
- Leaving the network and declining the atelier in one mail is unsubscribe; "afmelden voor het atelier" that keeps
  the membership, and a decline naming a substitute with an address, are rsvp False; a later mail carries the
  latest answer (a yes after an earlier no is rsvp True).
- A named successor with an address taking over the seat is unsubscribe (a hand-over), also under our goodbye and
  when the successor is an interim; a colleague reporting that someone left or is away is other.
- An AVG erasure request is unsubscribe with erase True; a request to see one's data is other.
- Signing up one named colleague with the colleague's address is subscribe; several people, or no address, is
  other; "lid blijven" under our goodbye is subscribe; a successor signing up himself is subscribe.
- A plain denial under our confirmation mail is unsubscribe; a denial asking where we got the address is other.
- A yes on a condition the secretariat must answer first, a confirmation or yes with a real question beside it, and
  an assistant's new mail (or forward) about the director's attendance are other; an assistant answering in reply to
  our invitation is rsvp.
- "Ik bevestig mijn komst" under the reminder is an rsvp, not a confirm; confirm is only the answer to our
  confirmation mails, empty or not.
- Calendar accept and decline answers are rsvp; out-of-office replies, read receipts, ticket systems and "address no
  longer in use" (also when it names a successor) are autoreply; delivery failures are bounce; neither carries a
  quote.
"""

from __future__ import annotations

import textwrap
from typing import Any


def _(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


_INVITATION = (
    "Uitnodiging Leer- en inspireer-atelier 11 maart 2027: Sturen op samenwerking & eigenheid [atelier:2027-1]"
)
_CALL = "Welke thema's wilt u bespreken? Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_REMINDER = "Herinnering: Leer- en inspireer-atelier donderdag 11 maart 2027 [atelier:2027-1]"
_CHANGE = "Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]"
_CONFIRM = "Bevestig uw aanmelding [ref:AF-7K3Q9-XM2PA-4RTZ8]"

# fmt: off
CASES: list[dict[str, Any]] = [
    # ---- januari: oproep thema's atelier 2037-1, bevestigingen, welkom ----
    {
        "id": "h37-001",
        "kind": "autoreply",
        "sender": "Hendrik-Jan Wolters <hj.wolters@heiderand.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _CALL,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tot en met vrijdag 9 januari 2037 ben ik afwezig. Uw bericht wordt niet doorgestuurd; ik lees het na
            mijn terugkomst.

            Voor dringende bestuurlijke zaken kunt u terecht bij het directiesecretariaat, 0577 - 48 12 00.

            Hendrik-Jan Wolters
            algemeen directeur Werkorganisatie Heiderand
            """
        ),
    },
    {
        "id": "h37-002",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Froukje Doornbos <f.doornbos@desprengen.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Voor het atelier van 12 maart draag ik graag het volgende aan.

            Onze twee gemeentebesturen willen in de regio steeds vaker een andere kant op: de een kiest voor de
            Stedendriehoek, de ander voor de Noord-Veluwe. Hoe houd je als gezamenlijke werkorganisatie de relatie
            met beide gemeenten goed als hun belangen en ambities uit elkaar gaan lopen? Wij komen als ambtelijke
            organisatie telkens tussen de bestuurders in te staan.

            Benieuwd hoe collega's daarmee omgaan.

            Met vriendelijke groet,

            Froukje Doornbos
            Algemeen directeur
            Werkorganisatie De Sprengen (Sprengenbeek en Vaassenveld)
            T 0578 - 66 20 10
            """
        ),
    },
    {
        "id": "h37-003",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Wouter Blankespoor <wouter.blankespoor@grhooilanden.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "subject": "Re: " + _CALL,
        "body": _(
            """
            Hoi allebei,

            mijn onderwerp voor maart: vacatures voor vergunningverleners en belastingmedewerkers krijgen we
            gewoon niet meer gevuld. Strategische personeelsplanning over twee gemeenten heen, met een krimpende
            arbeidsmarkt op de Veluwe: wie heeft iets wat echt werkt? Ik hoor het graag.

            groet,
            Wouter
            """
        ),
    },
    {
        "id": "h37-004",
        "kind": "suggestion",
        "themes": ["dienstverlening", "organisatie"],
        "sender": "Anouk Terpstra-Bakir <a.terpstra@valleikracht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Goedemorgen,

            Twee onderwerpen, zoals gevraagd één per regel:
            - klantdata en een KCC-dashboard gebruiken om te meten hoe inwoners onze dienstverlening ervaren
            - onze afhankelijkheid van één softwareleverancier voor vrijwel alle applicaties (I&A, exit-strategie)

            Groet,

            Anouk Terpstra-Bakir
            Directeur bedrijfsvoering | GR Valleikracht
            Barnevoort - Lunterdijk - Scherpenveen
            """
        ),
    },
    {
        "id": "h37-005",
        "kind": "other",
        "sender": "Ruud Kamphorst <r.kamphorst@zoomhoven.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "apple",
        "body": _(
            """
            Dag Melanie,

            Tot wanneer kan ik echt nog iets aanleveren? Ik wil het eerst in ons directieteam van dinsdag 27
            januari bespreken, en dat is na jullie datum van 22 januari. Telt het dan nog mee of ben ik te laat?

            Groet, Ruud

            Verstuurd vanaf mijn iPad
            """
        ),
    },
    {
        "id": "h37-006",
        "kind": "confirm",
        "sender": "Ayla Demirci <a.demirci@wvk-vallei.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Verzonden vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h37-007",
        "kind": "confirm",
        "sender": "Tijs Hogenbirk <tijs.hogenbirk@stuifzand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: " + _CONFIRM,
        "body": _(
            """
            Ja, graag.

            Tijs Hogenbirk
            """
        ),
    },
    {
        "id": "h37-008",
        "kind": "subscribe",
        "sender": "Evelien Rademaker <e.rademaker@woudkamp.nl>",
        "quote": "none",
        "subject": "Aanmelden",
        "body": _(
            """
            Goedemiddag,

            Graag meld ik mij aan voor het netwerk. Sinds 1 januari ben ik gemeentesecretaris-directeur van
            Werkorganisatie Woudkamp, de ambtelijke organisatie van Uddelhorst en Kootwijkerveld.

            Met vriendelijke groet,

            drs. Evelien Rademaker
            """
        ),
    },
    {
        "id": "h37-009",
        "kind": "unsubscribe",
        "sender": "Gerard Pluimers <g.pluimers@randmeerkust.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "subject": "Antw: " + _CONFIRM,
        "body": _(
            """
            Ik heb mij nergens voor opgegeven. Graag geen berichten meer.

            G. Pluimers
            """
        ),
    },
    {
        "id": "h37-010",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Bart Veldhuizen <b.veldhuizen@griftenem.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor het welkom!

            U vraagt of ik al een onderwerp heb: jazeker. Sinds we de balies van Griftdorp en Eemsteeg hebben
            samengevoegd, lopen de doorlooptijden van vergunningen voor ondernemers flink op. Ik zou graag horen
            hoe collega's hun dienstverlening aan ondernemers op peil houden, en hoe ze dat meten.

            Hartelijke groet,
            Bart Veldhuizen
            directeur Werkorganisatie Grift & Eem
            """
        ),
    },
    {
        "id": "h37-011",
        "kind": "other",
        "sender": "Marloes Hiemstra <m.hiemstra@wolfsheide.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-lijn",
        "body": _(
            """
            Dank u wel.

            Zou mijn managementassistent, Ilse Marskamp (i.marskamp@wolfsheide.nl), uw uitnodigingen in cc kunnen
            krijgen? Zij beheert mijn agenda. Lid worden hoeft zij niet, het gaat alleen om de afschriften.

            Met vriendelijke groet,
            Marloes Hiemstra
            Ambtelijke organisatie Wolfsheide
            """
        ),
    },
    {
        "id": "h37-012",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Jeroen Stoffelsen <j.stoffelsen@drieheuvels.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Onderwerp voor 12/3: hoe houd je 3 gemeenten bij elkaar als er 1 overweegt uit de GR te stappen.
            Helaas actueel bij ons.

            Jeroen

            Verzonden vanaf mijn Galaxy
            """
        ),
    },
    {
        "id": "h37-013",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Fiona McAllister <f.mcallister@dnvk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Stan and Melanie,

            Thank you for the call, and apologies for writing in English; my Dutch is improving but not yet good
            enough for this.

            I would like to propose a topic: how do you write a ten-year strategy for a shared organisation that
            survives the council elections, so that the long-term direction does not start from scratch every four
            years? In Scotland we worked with a "community plan"; I am curious how colleagues here approach it.

            Kind regards,

            Fiona McAllister
            Interim Director | Dienst Noord-Veluwse Kernen (DNVK)
            """
        ),
    },
    {
        "id": "h37-014",
        "kind": "other",
        "sender": "Harm-Jan Luttikhuizen <hj.luttikhuizen@debrinken.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Goedemiddag,

            Geen onderwerp van mij deze keer, wel een idee over de opzet. Kunnen we een atelier eens een hele dag
            laten duren, met 's ochtends een werkbezoek bij een van de werkorganisaties en 's middags het gesprek?
            Dan zie je ook eens hoe het er bij een ander aan toegaat. Een middag is eigenlijk te kort.

            Met vriendelijke groet,
            H.J. Luttikhuizen
            Werkorganisatie De Brinken
            """
        ),
    },
    {
        "id": "h37-015",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Kees van Essen <k.vanessen@klaverhoef.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "groupwise",
        "body": _(
            """
            Beste mensen,

            Op 12 maart ben ik er bij, dat staat al in mijn agenda. Mijn onderwerp: wij stappen over van een
            sectorenmodel naar opgavegericht werken met teams die voor beide gemeenten werken. Wat doet zo'n
            ander sturingsconcept met de rol van de teamleiders? Ik zou daar graag ervaringen over horen.

            Kees van Essen
            Samenwerkingsorganisatie Klaverhoef
            """
        ),
    },
    {
        "id": "h37-016",
        "kind": "confirm",
        "sender": "Robin Aldewereld <r.aldewereld@bvo-valleioost.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Bevestigd.

            Robin Aldewereld
            Directeur | Bedrijfsvoeringsorganisatie Vallei-Oost

            ------------------------------------------------------------------------------------------
            Dit bericht is uitsluitend bestemd voor de geadresseerde. Is het niet voor u bestemd, dan wordt u
            verzocht de afzender te informeren en het bericht te verwijderen. Aan dit bericht kunnen geen
            rechten worden ontleend. De BVO Vallei-Oost aanvaardt geen aansprakelijkheid voor schade die
            voortvloeit uit het gebruik van e-mail.
            ------------------------------------------------------------------------------------------
            """
        ),
    },
    {
        "id": "h37-017",
        "kind": "other",
        "sender": "Nadia Bouzidi <nadia.bouzidi76@gmail.com>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "subject": "Re: " + _CONFIRM,
        "body": _(
            """
            Goedenavond,

            Ik krijg een verzoek om een aanmelding te bevestigen die ik niet heb gedaan. Dit is mijn privéadres en
            dat staat nergens vermeld. Van wie hebben jullie het gekregen?

            Nadia Bouzidi
            """
        ),
    },
    {
        "id": "h37-018",
        "kind": "subscribe",
        "sender": "Gerben Schuurhuis <g.schuurhuis@drieheuvels.nl>",
        "quote": "none",
        "subject": "Aanmelding nieuwe collega",
        "body": _(
            """
            Beste secretariaat,

            Per 1 februari is Jorien Vlasblom bij ons begonnen als directeur dienstverlening. Zij wil graag lid
            worden van het netwerk; ik heb haar over de ateliers verteld. Haar adres is j.vlasblom@drieheuvels.nl.

            Met vriendelijke groet,

            Gerben Schuurhuis
            algemeen directeur Werkorganisatie Drie Heuvels
            """
        ),
    },
    {
        "id": "h37-019",
        "kind": "other",
        "sender": "Petra Olthof <p.olthof@ijsselrandt.nl>",
        "quote": "none",
        "subject": "Aanmelding directieteam IJsselrandt",
        "body": _(
            """
            Goedemorgen,

            Wilt u ons voltallige directieteam aanmelden voor het netwerk? Het gaat om:
            - Petra Olthof, p.olthof@ijsselrandt.nl
            - Sjoerd Hekkert, s.hekkert@ijsselrandt.nl
            - Linda Wassink-Arends, l.wassink@ijsselrandt.nl

            Alvast dank!

            Petra Olthof
            directeur Werkorganisatie IJsselrandt
            """
        ),
    },
    {
        "id": "h37-020",
        "kind": "autoreply",
        "sender": "Wim Dekker <w.dekker@stuifzand.nl>",
        "quote": "none",
        "subject": "Dit adres is niet meer in gebruik",
        "body": _(
            """
            Dit e-mailadres is niet meer in gebruik. Uw bericht is niet doorgestuurd en wordt niet gelezen.

            Voor algemene vragen kunt u mailen naar info@stuifzand.nl of bellen met 14 0577.
            """
        ),
    },
    {
        "id": "h37-021",
        "kind": "bounce",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx2.eikelenberg-gr.nl>",
        "quote": "none",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            This is the mail system at host mx2.eikelenberg-gr.nl.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <r.ottevanger@eikelenberg-gr.nl>: host mail.eikelenberg-gr.nl[10.4.2.17] said:
                550 5.1.1 <r.ottevanger@eikelenberg-gr.nl>: Recipient address rejected:
                User unknown in virtual mailbox table (in reply to RCPT TO command)
            """
        ),
    },
    {
        "id": "h37-022",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Mirjam Oosterveen <m.oosterveen@schaapsdrift.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog eentje erbij, als het mag: de positie van een werkorganisatie in de regio. Bij de woondeal van
            de Vallei zitten onze drie gemeenten ieder apart aan tafel, terwijl wij als werkorganisatie al het
            werk doen. Hoe krijg je een gezamenlijke stem richting regio en provincie?

            Mirjam
            """
        ),
    },
    {
        "id": "h37-023",
        "kind": "other",
        "sender": "Dirk-Jan Assink <dj.assink@beekdalveluwe.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "gmail",
        "subject": "Re: Dank voor uw themasuggestie [atelier:2027-1]",
        "body": _(
            """
            Dank voor het bericht. Wanneer hoor ik of mijn onderwerp gekozen is? En als dat zo is, wordt dan van
            mij verwacht dat ik het zelf inleid? Dan moet ik daar tijd voor vrijmaken.

            Groet,
            Dirk-Jan Assink
            Werkorganisatie Beekdal-Veluwe
            """
        ),
    },
    {
        "id": "h37-024",
        "kind": "unsubscribe",
        "sender": "Lambert Tiemens <l.tiemens@moerhoef.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes",
        "body": _(
            """
            Geacht secretariaat,

            Per 1 februari ga ik met pensioen. U kunt mij van de verzendlijst halen; een opvolger is nog niet
            benoemd. Dank voor de goede bijeenkomsten van de afgelopen jaren.

            Met vriendelijke groet,
            L. Tiemens
            """
        ),
    },
    {
        "id": "h37-025",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Yvonne Spelt <y.spelt@kempenerveld.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: " + _CALL,
        "body": _(
            """
            Goedemiddag,

            Namens de heer Brouwer stuur ik u hieronder zijn onderwerp voor het atelier:

            "Welke prestatie-indicatoren gebruiken collega's om hun dienstverlening aan inwoners te volgen
            (telefonische bereikbaarheid, afhandeltermijnen, klanttevredenheid), en wat doen ze met de uitkomsten?"

            Met vriendelijke groet,

            Yvonne Spelt
            Managementassistent directie
            Werkorganisatie Kempenerveld
            """
        ),
    },
    # ---- februari: uitnodiging atelier 2037-1 (do 12 maart, Ermerloo), tijdswijziging ----
    {
        "id": "h37-026",
        "kind": "rsvp",
        "attending": True,
        "sender": "Marjolein Westerveld <m.westerveld@heiderand.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Ja, ik kom.

            Groet,
            Marjolein
            """
        ),
    },
    {
        "id": "h37-027",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sander Bloemendaal <s.bloemendaal@zoomhoven.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Dag Stan,

            Wij komen met z'n tweeën: ikzelf en onze concerncontroller, Pieter Smeenk. Leuk dat het dit keer zo
            dichtbij is, Ermerloo is voor ons tien minuten rijden.

            Sander
            """
        ),
    },
    {
        "id": "h37-028",
        "kind": "rsvp",
        "attending": False,
        "sender": "Saskia Brinkhorst <s.brinkhorst@griftenem.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Nee, helaas. Die week zit ik met het gezin in Oostenrijk. Veel plezier allemaal!

            Saskia
            """
        ),
    },
    {
        "id": "h37-029",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ruud Kamphorst <r.kamphorst@zoomhoven.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Melanie,

            Zelf kan ik er op 12 maart niet bij zijn. In mijn plaats komt onze directeur bedrijfsvoering,
            Hamza El Idrissi (h.elidrissi@zoomhoven.nl).

            Met vriendelijke groet,
            Ruud Kamphorst
            gemeentesecretaris-directeur Zoomhoven
            """
        ),
    },
    {
        "id": "h37-030",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs Hoeflaak <g.hoeflaak@randmeerkust.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geaccepteerd: " + _INVITATION,
        "body": "",
    },
    {
        "id": "h37-031",
        "kind": "rsvp",
        "attending": False,
        "sender": "Annemieke Kolkman <a.kolkman@randmeerkust.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Geweigerd: " + _INVITATION,
        "body": _(
            """
            Valt samen met de raadsvergadering in Harderveen, sorry.
            """
        ),
    },
    {
        "id": "h37-032",
        "kind": "other",
        "sender": "Theo Rouwenhorst <t.rouwenhorst@wolfsheide.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Ik wil er graag bij zijn, maar ik kan pas rond 15.30 uur aanschuiven vanwege een vergadering van het
            algemeen bestuur. Heeft het zin om dan nog te komen, of mis ik het belangrijkste deel? Laat u het
            even weten, dan meld ik mij daarna definitief aan.

            Met vriendelijke groet,
            Theo Rouwenhorst
            """
        ),
    },
    {
        "id": "h37-033",
        "kind": "other",
        "sender": "Ineke Voskamp <i.voskamp@dnvk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Hallo,

            Is Buitenplaats Hulsbeek goed met het openbaar vervoer te bereiken? Ik heb geen auto meer en weet niet
            hoe ver het van station Ermerloo ligt. Rijdt er een bus, of kan ik beter een deelfiets nemen?

            Ineke Voskamp
            """
        ),
    },
    {
        "id": "h37-034",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sandra Wijnbergen <s.wijnbergen@wvk-vallei.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Goedemiddag,

            Namens mevrouw Demirci laat ik u weten dat zij graag aanwezig is op 12 maart. Ik heb het atelier in
            haar agenda gezet.

            Met vriendelijke groet,

            Sandra Wijnbergen
            managementassistent directie WVK
            """
        ),
    },
    {
        "id": "h37-035",
        "kind": "other",
        "sender": "Carla Oudejans <c.oudejans@beekdalveluwe.nl>",
        "quote": "none",
        "subject": "Aanwezigheid de heer Van Lohuizen 12 maart",
        "body": _(
            """
            Goedemorgen,

            De heer Van Lohuizen vroeg mij door te geven dat hij op het atelier van donderdag 12 maart in Ermerloo
            aanwezig zal zijn. Hij heeft uw uitnodiging zelf nog niet beantwoord, vandaar dit aparte bericht.

            Met vriendelijke groet,
            Carla Oudejans
            secretariaat directie Beekdal-Veluwe
            """
        ),
    },
    {
        "id": "h37-036",
        "kind": "autoreply",
        "sender": "Oliver Brandsma <o.brandsma@stuifzand.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatic reply: " + _INVITATION,
        "headers": {"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Thank you for your message. I am travelling until Monday 16 February with limited access to email.
            For urgent matters please contact my office manager, Rianne Kooistra, at r.kooistra@stuifzand.nl.

            Oliver Brandsma
            """
        ),
    },
    {
        "id": "h37-037",
        "kind": "rsvp",
        "attending": True,
        "sender": "Fiona McAllister <f.mcallister@dnvk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Count me in for the 12th of March. Looking forward to meeting everyone in person.

            Best,
            Fiona
            """
        ),
    },
    {
        "id": "h37-038",
        "kind": "rsvp",
        "attending": False,
        "sender": "Herman Bosgoed <h.bosgoed@woudkamp.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Ik wil mij graag afmelden voor het atelier van 12 maart; er is die middag een extra raadsvergadering
            over de begroting. Lid blijf ik natuurlijk gewoon, in oktober hoop ik er weer bij te zijn.

            Groet,
            Herman Bosgoed
            """
        ),
    },
    {
        "id": "h37-039",
        "kind": "unsubscribe",
        "sender": "Edwin Klaassen <e.klaassen@moerhoef.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste secretariaat,

            Naar het atelier kom ik niet, en eigenlijk kunt u mij ook helemaal uitschrijven: per 1 april ga ik
            aan de slag bij een ministerie. Dank voor de mooie jaren in het netwerk.

            Met vriendelijke groet,
            Edwin Klaassen
            """
        ),
    },
    {
        "id": "h37-040",
        "kind": "other",
        "sender": "Wendy Harskamp <w.harskamp@klaverhoef.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Ik kom! Wel een vraag: ik eet glutenvrij. Kan de locatie daar rekening mee houden, of neem ik beter
            zelf iets mee?

            Hartelijke groet,
            Wendy Harskamp
            """
        ),
    },
    {
        "id": "h37-041",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs Hoeflaak <g.hoeflaak@randmeerkust.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Geen probleem, om half drie past ook. Ik blijf komen.

            Gijs
            """
        ),
    },
    {
        "id": "h37-042",
        "kind": "rsvp",
        "attending": False,
        "sender": "Arjen Middelkoop <a.middelkoop@randmeerkust.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Met de nieuwe eindtijd van 18.00 uur red ik het niet: om 18.30 uur zit ik in de raadscommissie in
            Elburgwold. Dan moet ik helaas afzeggen.

            Arjen Middelkoop
            """
        ),
    },
    {
        "id": "h37-043",
        "kind": "other",
        "sender": "Jacqueline Ter Horst <j.terhorst@ijsselrandt.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik vind het jammer dat de tijd zo kort van tevoren nog verschuift. Mijn middag was rond het atelier
            gepland en dat moet ik nu allemaal omgooien. Waarom is dit zo laat veranderd? Wilt u voortaan
            wijzigingen eerder doorgeven?

            Met vriendelijke groet,
            Jacqueline ter Horst
            """
        ),
    },
    {
        "id": "h37-044",
        "kind": "rsvp",
        "attending": True,
        "sender": "Saskia Brinkhorst <s.brinkhorst@griftenem.nl>",
        "thread": "invitation",
        "quoted": "wijziging_atelier",
        "quote": "apple",
        "body": _(
            """
            Hoi Melanie,

            Ik had afgezegd, maar onze vakantie is een dag ingekort en met de latere tijd ben ik op tijd terug.
            Dus toch: ik kom wel!

            Saskia
            """
        ),
    },
    {
        "id": "h37-045",
        "kind": "rsvp",
        "attending": False,
        "sender": "Laurens Vrieling <l.vrieling@schaapsdrift.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Er is iets tussengekomen; ik kan op 12 maart toch niet.

            Laurens
            """
        ),
    },
    {
        "id": "h37-046",
        "kind": "autoreply",
        "sender": "Bertine Jonkers <b.jonkers@eikelenberg-gr.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Gelezen: " + _CHANGE,
        "body": _(
            """
            Uw bericht

                Aan: Bertine Jonkers
                Onderwerp: Gewijzigd: Leer- en inspireer-atelier 11 maart 2027 [atelier:2027-1]
                Verzonden: maandag 23 februari 2037 09:02:11 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome

            is gelezen op maandag 23 februari 2037 10:14:37 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome.
            """
        ),
    },
    {
        "id": "h37-047",
        "kind": "rsvp",
        "attending": True,
        "sender": "Cornelis van Ravenswaaij <c.vanravenswaaij@eikelenberg-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Geachte heer Van de Laar, geachte mevrouw Huurneman,

            Hierbij deel ik u mede dat ondergetekende op donderdag 12 maart aanstaande aanwezig zal zijn.

            Hoogachtend,

            mr. C. van Ravenswaaij
            directeur GR De Eikelenberg
            """
        ),
    },
    {
        "id": "h37-048",
        "kind": "rsvp",
        "attending": True,
        "sender": "Diederik Mulder <d.mulder@kempenerveld.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            We komen met drie mensen: ik en twee van mijn afdelingsmanagers (Sociaal Domein en Ruimte). Graag
            drie plaatsen dus.

            Diederik Mulder
            """
        ),
    },
    {
        "id": "h37-049",
        "kind": "rsvp",
        "attending": False,
        "sender": "Jos Hendriksen <j.hendriksen@debrinken.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Kan helaas niet. Gr Jos

            Outlook voor Android downloaden
            """
        ),
    },
    {
        "id": "h37-050",
        "kind": "rsvp",
        "attending": True,
        "sender": "Hamza El Idrissi <h.elidrissi@zoomhoven.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de uitnodiging. Ik neem graag de plaats van Ruud in en ben er op 12 maart.

            Met vriendelijke groet,
            Hamza El Idrissi
            directeur bedrijfsvoering Zoomhoven
            """
        ),
    },
    {
        "id": "h37-051",
        "kind": "other",
        "sender": "Lotte van Dijkhuizen <l.vandijkhuizen@debrinken.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "gmail",
        "body": _(
            """
            Hallo,

            Harm-Jan heeft mij opgegeven, maar ik ben teamleider en geen directeur. Is het atelier wel voor mij
            bedoeld, of is het alleen voor directieleden? Ik wil niet de enige 'niet-directeur' aan tafel zijn.

            Groetjes,
            Lotte van Dijkhuizen
            """
        ),
    },
    # ---- maart: herinnering, atelier 12 maart, vervolg ----
    {
        "id": "h37-052",
        "kind": "rsvp",
        "attending": False,
        "sender": "Nicole Baltus <n.baltus@wolfsheide.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Helaas, ik lig met griep op de bank en ben donderdag zeker nog niet fit. Geef mijn plek gerust aan
            iemand van de wachtlijst.

            Nicole Baltus
            """
        ),
    },
    {
        "id": "h37-053",
        "kind": "rsvp",
        "attending": True,
        "sender": "Cornelis van Ravenswaaij <c.vanravenswaaij@eikelenberg-gr.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "notes-wrote",
        "body": _(
            """
            Geachte heer, mevrouw,

            Hierbij bevestig ik nogmaals mijn komst aanstaande donderdag. Tot dan.

            Hoogachtend,
            C. van Ravenswaaij
            """
        ),
    },
    {
        "id": "h37-054",
        "kind": "other",
        "sender": "Marjolein Westerveld <m.westerveld@heiderand.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Stan,

            Kan ik bij Hulsbeek op het terrein parkeren, of moet ik aan de Jachtlaan blijven staan? En is er
            toevallig een laadpaal? Ik rijd elektrisch en kom uit Staverhout, dus dat scheelt nogal.

            Groet,
            Marjolein
            """
        ),
    },
    {
        "id": "h37-055",
        "kind": "rsvp",
        "attending": False,
        "sender": "Kees van Essen <k.vanessen@klaverhoef.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Beste mensen,

            Toch nog een kink in de kabel: ik moet donderdag naar de provincie. Margriet Hoogendijk, onze
            directeur sociaal domein, gaat in mijn plaats. Haar adres: m.hoogendijk@klaverhoef.nl.

            Kees van Essen
            """
        ),
    },
    {
        "id": "h37-056",
        "kind": "autoreply",
        "sender": "Anouk Terpstra-Bakir <a.terpstra@valleikracht.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Afwezig: " + _REMINDER,
        "headers": {"X-Autoreply": "yes"},
        "body": _(
            """
            Beste afzender,

            Van maandag 9 tot en met vrijdag 13 maart ben ik met verlof. Ik reageer na mijn terugkomst op uw
            bericht. Voor zaken die niet kunnen wachten kunt u contact opnemen met Kevin Rijkeboer, plaatsvervangend
            directeur, k.rijkeboer@valleikracht.nl.

            Met vriendelijke groet,
            Anouk Terpstra-Bakir
            """
        ),
    },
    {
        "id": "h37-057",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Theo Rouwenhorst <t.rouwenhorst@wolfsheide.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor een goede middag, ook al schoof ik wat later aan.

            Voor de volgende keer: wij hebben drie gemeentehuizen en sinds het hybride werken veel te veel
            vierkante meters. Hoe pakken anderen huisvesting en werkplekken aan na een fusie, en hoe krijg je
            medewerkers mee als er een locatie dicht moet?

            Theo
            """
        ),
    },
    {
        "id": "h37-058",
        "kind": "other",
        "sender": "Diederik Mulder <d.mulder@kempenerveld.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            De link naar het verslag geeft bij mij een foutmelding (pagina niet gevonden). Kunt u het verslag
            misschien als pdf sturen? Ik wil het in ons MT bespreken.

            Diederik Mulder
            """
        ),
    },
    {
        "id": "h37-059",
        "kind": "suggestion",
        "themes": ["samenwerking", "strategie"],
        "sender": "Froukje Doornbos <f.doornbos@desprengen.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Wat mij betreft voor het najaar:
            1. de rol van de werkorganisatie in de regionale samenwerking: wie vertegenwoordigt wie aan de
               regiotafel, de gemeenten of wij?
            2. een meerjarige organisatiestrategie naar 2040: hoe zet je een stip op de horizon en houd je die
               vast?

            Met vriendelijke groet,
            Froukje Doornbos
            """
        ),
    },
    {
        "id": "h37-060",
        "kind": "other",
        "sender": "Ineke Voskamp <i.voskamp@dnvk.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Hallo,

            Een inhoudelijk onderwerp heb ik niet, maar wel een wens: kunnen de ateliers voortaan in de ochtend
            plaatsvinden? Veel van ons hebben 's avonds raads- of commissievergaderingen en dan is een middag tot
            zes uur erg krap. En graag een plek die met de trein te doen is.

            Ineke
            """
        ),
    },
    {
        "id": "h37-061",
        "kind": "rsvp",
        "attending": True,
        "sender": "Gijs Hoeflaak <g.hoeflaak@randmeerkust.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Top georganiseerd. De volgende keer ben ik er zeker weer bij.

            Gijs
            """
        ),
    },
    {
        "id": "h37-062",
        "kind": "unsubscribe",
        "sender": "Hendrik-Jan Wolters <hj.wolters@heiderand.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan, beste Melanie,

            Dit was mijn laatste atelier: per 1 april vertrek ik bij Heiderand. Mijn opvolger, Tamara Gerritsen,
            neemt graag mijn plek in het netwerk over. Haar adres wordt t.gerritsen@heiderand.nl.

            Hartelijk dank voor alles!

            Hendrik-Jan Wolters
            """
        ),
    },
    {
        "id": "h37-063",
        "kind": "other",
        "sender": "Rianne Kooistra <r.kooistra@stuifzand.nl>",
        "quote": "none",
        "subject": "Vertrek Oliver Brandsma",
        "body": _(
            """
            Goedemiddag,

            Ter informatie: Oliver Brandsma is per 1 maart niet meer werkzaam bij Werkorganisatie Stuifzand. Wie
            hem opvolgt is nog niet bekend; de werving loopt nog.

            Met vriendelijke groet,
            Rianne Kooistra
            officemanager Stuifzand
            """
        ),
    },
    {
        "id": "h37-064",
        "kind": "confirm",
        "sender": "Tamara Gerritsen <t.gerritsen@heiderand.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes",
        "body": _(
            """
            Bij deze bevestig ik mijn aanmelding.

            Met vriendelijke groet,

            Tamara Gerritsen
            algemeen directeur a.i. Werkorganisatie Heiderand
            """
        ),
    },
    # ---- april: afmeldingen, AVG, aanmeldingen ----
    {
        "id": "h37-065",
        "kind": "unsubscribe",
        "sender": "Edwin Klaassen <e.klaassen@moerhoef.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Dank voor de bevestiging. U vroeg naar een opvolger: dat wordt Sevda Yılmaz, zij neemt per 1 april
            mijn functie over en ook mijn plaats in het netwerk. Haar mailadres is s.yilmaz@moerhoef.nl.

            Edwin
            """
        ),
    },
    {
        "id": "h37-066",
        "kind": "subscribe",
        "sender": "Maarten Scholtens <m.scholtens@beekdalveluwe.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-lijn",
        "body": _(
            """
            Oeps, dat was niet de bedoeling! Mijn secretaresse heeft per ongeluk 'afmelden' teruggestuurd toen
            ze mijn mailbox opruimde. Ik wil graag lid blijven.

            Maarten Scholtens
            """
        ),
    },
    {
        "id": "h37-067",
        "kind": "other",
        "sender": "Lambert Tiemens <l.tiemens@moerhoef.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "notes",
        "body": _(
            """
            Dank u wel voor de vriendelijke woorden. Het ga jullie goed, en succes met het netwerk.

            L. Tiemens
            """
        ),
    },
    {
        "id": "h37-068",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Frank Nijenhuis <frank.nijenhuis@kpnmail.nl>",
        "quote": "none",
        "subject": "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        "body": _(
            """
            Geachte heer, mevrouw,

            Op grond van artikel 17 van de Algemene verordening gegevensbescherming verzoek ik u alle
            persoonsgegevens die u van mij verwerkt te wissen: naam, e-mailadres, functie, aanmeldingen en
            presentielijsten. Ik ben niet langer werkzaam bij GR Hooilanden en wens geen berichten meer te
            ontvangen.

            Graag ontvang ik binnen de wettelijke termijn een bevestiging dat mijn gegevens zijn verwijderd.

            Hoogachtend,
            F. Nijenhuis
            """
        ),
    },
    {
        "id": "h37-069",
        "kind": "other",
        "sender": "Annemieke Kolkman <a.kolkman@randmeerkust.nl>",
        "quote": "none",
        "subject": "Inzage gegevens",
        "body": _(
            """
            Goedemorgen,

            Ik zou graag willen weten welke gegevens het netwerk van mij bijhoudt en waarvoor die worden gebruikt.
            Kunt u mij een overzicht sturen? Lid blijven wil ik wel, het is puur uit nieuwsgierigheid (en omdat
            wij intern net een AVG-audit hebben gehad).

            Met vriendelijke groet,
            Annemieke Kolkman
            """
        ),
    },
    {
        "id": "h37-070",
        "kind": "subscribe",
        "sender": "Daniel Okafor <d.okafor@valleikracht.nl>",
        "quote": "none",
        "subject": "Joining the network",
        "body": _(
            """
            Dear secretariat,

            I recently started as director of operations at GR Valleikracht and my colleague Anouk recommended
            your network. I would like to join. Please use this address for all correspondence.

            Kind regards,
            Daniel Okafor
            """
        ),
    },
    {
        "id": "h37-071",
        "kind": "subscribe",
        "sender": "Gertjan Zeldenrust <gertjan@zeldenrust-interim.nl>",
        "quote": "none",
        "subject": "Aanmelding netwerk (interim directeur Stuifzand)",
        "body": _(
            """
            Goedendag,

            Sinds half maart vervul ik ad interim de functie van algemeen directeur bij Werkorganisatie
            Stuifzand, naar verwachting tot het eind van het jaar. Ik meld mij graag aan voor het netwerk; u kunt
            mij op dit adres bereiken.

            Met vriendelijke groet,
            Gertjan Zeldenrust
            Zeldenrust Interim & Advies
            """
        ),
    },
    {
        "id": "h37-072",
        "kind": "confirm",
        "sender": "Sevda Yılmaz <s.yilmaz@moerhoef.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Sorry voor de late reactie, de eerste weken waren hectisch. Bij deze alsnog bevestigd.

            Sevda Yılmaz
            """
        ),
    },
    {
        "id": "h37-073",
        "kind": "other",
        "sender": "Gertjan Zeldenrust <gertjan@zeldenrust-interim.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            Bevestigd. Een vraag nog: als mijn interimopdracht eind dit jaar afloopt, gaat mijn lidmaatschap dan
            automatisch over op mijn opvolger, of moet die zich zelf aanmelden?

            Gertjan
            """
        ),
    },
    {
        "id": "h37-074",
        "kind": "other",
        "sender": "Wouter Blankespoor <wouter.blankespoor@grhooilanden.nl>",
        "quote": "none",
        "subject": "Nieuw e-mailadres per 1 mei",
        "body": _(
            """
            Hoi,

            Onze GR stapt per 1 mei over op een nieuw domein. Mijn adres wordt dan w.blankespoor@hooilanden.nl;
            het oude adres werkt nog tot de zomer. Willen jullie dat aanpassen?

            groet,
            Wouter
            """
        ),
    },
    {
        "id": "h37-075",
        "kind": "autoreply",
        "sender": "Servicedesk Drie Heuvels <servicedesk@drieheuvels.nl>",
        "quote": "none",
        "subject": "[Melding #2037-04-01184] Uw bericht is ontvangen",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": _(
            """
            Geachte heer/mevrouw,

            Wij hebben uw bericht ontvangen en geregistreerd onder meldingsnummer 2037-04-01184. Een medewerker
            neemt uw melding zo spoedig mogelijk in behandeling. Vermeld bij verdere correspondentie altijd het
            meldingsnummer in de onderwerpregel.

            Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.

            Servicedesk Werkorganisatie Drie Heuvels
            """
        ),
    },
    {
        "id": "h37-076",
        "kind": "bounce",
        "sender": "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@klaverhoef.nl>",
        "quote": "none",
        "subject": "Onbestelbaar: " + _CONFIRM,
        "body": _(
            """
            Kan niet worden bezorgd bij deze ontvangers of groepen:

            m.tenhave@klaverhoef.nl (m.tenhave@klaverhoef.nl)
            Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en
            probeer het bericht opnieuw te verzenden. Als het probleem zich blijft voordoen, neemt u contact op met
            de helpdesk.

            Diagnostische gegevens voor beheerders:

            Genererende server: AM9PR04MB7711.eurprd04.prod.outlook.com

            m.tenhave@klaverhoef.nl
            Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
            address lookup'
            """
        ),
    },
    # ---- mei: oproep thema's atelier 2037-2 (vóór 4 juni) ----
    {
        "id": "h37-077",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Margriet Hoogendijk <m.hoogendijk@klaverhoef.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Mijn onderwerp voor oktober: inwoners die digitaal niet mee kunnen. Wij hebben één klantcontactcentrum
            voor vier kernen, maar ouderen in de buitendorpen willen gewoon een fysiek loket. Hoe organiseer je
            dienstverlening dichtbij zonder in elke kern een balie open te houden?

            Hartelijke groet,
            Margriet Hoogendijk
            """
        ),
    },
    {
        "id": "h37-078",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Daniel Okafor <d.okafor@valleikracht.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hello both,

            One topic from me: the use of AI tools in our internal work processes, for example drafting decisions
            on objections or sorting freedom-of-information requests. What is allowed, what actually works, and
            how do you govern it across the organisation?

            Best regards,
            Daniel
            """
        ),
    },
    {
        "id": "h37-079",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Jacqueline Ter Horst <j.terhorst@ijsselrandt.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Voorstel: hoe bereid je als werkorganisatie de gemeenteraadsverkiezingen van 2038 voor? Welke
            inhoudelijke agenda geef je nieuwe colleges mee, en hoe help je nieuwe bestuurders om snel hun
            bestuurlijke prioriteiten te kiezen?

            Met vriendelijke groet,
            Jacqueline ter Horst
            """
        ),
    },
    {
        "id": "h37-080",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Sevda Yılmaz <s.yilmaz@moerhoef.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "gmail",
        "body": _(
            """
            Beste Stan en Melanie,

            Ik ben nu twee maanden directeur bij Moerhoef en heb een lastige start gehad: de jaarrekening liet een
            tekort zien, twee teamleiders vertrokken en de ICT-migratie liep vertraging op. Dat is allemaal
            intern en daar kom ik wel uit.

            Waar ik wel graag met collega's over zou praten: hoe voer je het gesprek met de deelnemende gemeenten
            over wat ze samen willen en wat ieder liever zelf houdt? Eén gemeente wil steeds meer maatwerk, de
            andere juist meer gezamenlijkheid. Hoe vinden collega's daar een balans in?

            Met vriendelijke groet,
            Sevda Yılmaz
            directeur Werkorganisatie Moerhoef
            """
        ),
    },
    {
        "id": "h37-081",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Herman Bosgoed <h.bosgoed@woudkamp.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Stan,

            In oktober ben ik er zeker bij, dat heb ik in maart beloofd. Mijn onderwerp: de planning-en-
            controlcyclus van een werkorganisatie. Hoe richt je die zo in dat de financiën beheersbaar blijven
            en de rapportages op tijd klaar zijn, zonder dat het hele team maandenlang vastzit in de cijfers?

            Herman
            """
        ),
    },
    {
        "id": "h37-082",
        "kind": "other",
        "sender": "Jeroen Stoffelsen <j.stoffelsen@drieheuvels.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            Geen thema, wel een verzoek: zou het najaarsatelier eens in de Gelderse Vallei kunnen, bijvoorbeeld
            in Barnevoort of Ederhoek? Voor de collega's uit de Vallei is de Noord-Veluwe steeds een flinke rit.

            Jeroen
            """
        ),
    },
    {
        "id": "h37-083",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jorien Vlasblom <j.vlasblom@drieheuvels.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "apple",
        "body": _(
            """
            Wat fijn, dank jullie wel!

            Een onderwerp heb ik meteen: het weerstandsvermogen van een werkorganisatie. Wij hebben nauwelijks
            reserves en elke tegenvaller moet bij de gemeenten worden opgehaald. Hoe regelen anderen hun
            financiële buffer?

            Jorien
            """
        ),
    },
    {
        "id": "h37-084",
        "kind": "confirm",
        "sender": "Jorien Vlasblom <j.vlasblom@drieheuvels.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "gmail",
        "body": _(
            """
            ja graag, bevestigd!
            """
        ),
    },
    {
        "id": "h37-085",
        "kind": "confirm",
        "sender": "Daniel Okafor <d.okafor@valleikracht.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            OK

            Sent from Outlook for iOS
            """
        ),
    },
    {
        "id": "h37-086",
        "kind": "unsubscribe",
        "sender": "Bertine Jonkers <b.jonkers@eikelenberg-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Afmelden
            """
        ),
    },
    {
        "id": "h37-087",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Fiona McAllister <f.mcallister@dnvk.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-en",
        "body": _(
            """
            Hi Stan and Melanie,

            Topic suggestion for October: serving residents who do not (yet) speak Dutch, such as status holders
            and the many labour migrants in our villages. Translation tools, multilingual counters, plain
            language: what have colleagues tried, and how do they know it works?

            Fiona
            """
        ),
    },
    {
        "id": "h37-088",
        "kind": "autoreply",
        "sender": "Sander Bloemendaal <s.bloemendaal@zoomhoven.nl>",
        "thread": "call_for_themes",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _CALL,
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "body": _(
            """
            Rond Hemelvaart ben ik afwezig, tot en met maandag 18 mei. Daarna beantwoord ik uw e-mail zo snel
            mogelijk.

            Met vriendelijke groet,
            Sander Bloemendaal
            """
        ),
    },
    {
        "id": "h37-089",
        "kind": "other",
        "sender": "Joost Valkenier <joost@valkenier-organisatieadvies.nl>",
        "quote": "none",
        "subject": "Samenwerking bij uw ateliers?",
        "body": _(
            """
            Beste organisatoren,

            Via LinkedIn zag ik dat uw netwerk ateliers organiseert voor directeuren van ambtelijke fusies. Ons
            bureau begeleidt al vijftien jaar fusietrajecten op de Veluwe. Graag bieden wij aan om kosteloos een
            workshop te verzorgen over cultuurverandering na een fusie. Zullen we eens bellen?

            Met vriendelijke groet,
            Joost Valkenier
            Valkenier Organisatieadvies
            06 - 41 77 20 93
            """
        ),
    },
    {
        "id": "h37-090",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Margriet Hoogendijk <m.hoogendijk@klaverhoef.nl>",
        "thread": "call_for_themes",
        "quoted": "bedankt_suggestie",
        "quote": "outlook-nl",
        "body": _(
            """
            Nog een aanvulling op mijn eerdere suggestie: ook de dienstverlening aan ondernemers op de
            bedrijventerreinen verdient aandacht. Eén ondernemersloket voor meerdere gemeenten, wie heeft dat
            goed werkend gekregen?

            Margriet
            """
        ),
    },
    {
        "id": "h37-091",
        "kind": "suggestion",
        "themes": ["samenwerking"],
        "sender": "Cornelis van Ravenswaaij <c.vanravenswaaij@eikelenberg-gr.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "notes-wrote",
        "body": _(
            """
            Geachte heer Van de Laar, mevrouw Huurneman, (ingesproken bericht, excuses voor eventuele fouten)

            als onderwerp stel ik voor de verhouding tussen de GR en de deelnemende gemeenten punt nieuwe zin
            Hoe zorg je dat de raden zich eigenaar voelen van de gezamenlijke opgaven in plaats van klant van
            de gr punt. Dat speelt bij ons al jaren en ik hoor graag hoe collega's dat doen punt

            Hoogachtend C. van Ravenswaaij
            """
        ),
    },
    {
        "id": "h37-092",
        "kind": "suggestion",
        "themes": ["organisatie"],
        "sender": "Jos Hendriksen <j.hendriksen@debrinken.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-lijn",
        "body": _(
            """
            hoi, mijn onderwrep: digitaliseirng van de interne werkprocesen, wij werken nog met 3 zaaksystemen
            naast elkaar (1 per gemeente + 1 gezamelijk). hoe krijg je dat naar 1 zonder dat alles stil valt?

            gr jos
            """
        ),
    },
    {
        "id": "h37-093",
        "kind": "other",
        "sender": "Nicole Baltus <n.baltus@wolfsheide.nl>",
        "thread": "call_for_themes",
        "quoted": "oproep_themas",
        "quote": "outlook-nl",
        "body": _(
            """
            Hoi Melanie,

            Ik wil graag iets insturen, maar ik twijfel onder welk thema het valt. Wat is voor jullie eigenlijk
            het verschil tussen Strategie en Organisatie? Bij ons gaat het over allebei tegelijk. Mag ik je even
            bellen om het af te stemmen?

            Nicole
            """
        ),
    },
    {
        "id": "h37-094",
        "kind": "subscribe",
        "sender": "Bas Wisselink <b.wisselink@ijsselrandt.nl>",
        "quote": "none",
        "subject": "aanmelding",
        "body": _(
            """
            Graag aanmelden voor het netwerk.

            Bas Wisselink, directeur bedrijfsvoering Werkorganisatie IJsselrandt
            """
        ),
    },
    {
        "id": "h37-095",
        "kind": "subscribe",
        "sender": "Rutger Hofstede <r.hofstede@schaapsdrift.nl>",
        "quoted": "oproep_themas",
        "quote": "doorgestuurd",
        "subject": "FW: " + _CALL,
        "body": _(
            """
            Goedemiddag,

            Mijn collega Mirjam Oosterveen stuurde mij onderstaande oproep door. Ik ben sinds kort directeur
            bedrijfsvoering bij Schaapsdrift en zou zelf ook graag lid worden van het netwerk. Wilt u mij op dit
            adres aanmelden?

            Met vriendelijke groet,
            Rutger Hofstede
            """
        ),
    },
    # ---- juni t/m augustus ----
    {
        "id": "h37-096",
        "kind": "confirm",
        "sender": "Rutger Hofstede <r.hofstede@schaapsdrift.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, confirmed. Thanks!

            Rutger Hofstede | Directeur bedrijfsvoering | Werkorganisatie Schaapsdrift
            """
        ),
    },
    {
        "id": "h37-097",
        "kind": "confirm",
        "sender": "Bas Wisselink <b.wisselink@ijsselrandt.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "apple",
        "body": _(
            """
            Bevestigd 👍

            Verstuurd vanaf mijn iPhone
            """
        ),
    },
    {
        "id": "h37-098",
        "kind": "unsubscribe",
        "sender": "Oliver Brandsma <oliver.brandsma@outlook.com>",
        "quote": "none",
        "subject": "Unsubscribe",
        "body": _(
            """
            Hi,

            I left Stuifzand in March and no longer work in local government. Please take me off your list; my
            old work address should be removed as well (o.brandsma@stuifzand.nl).

            Thanks,
            Oliver
            """
        ),
    },
    {
        "id": "h37-099",
        "kind": "unsubscribe",
        "sender": "Petra Olthof <p.olthof@ijsselrandt.nl>",
        "quote": "none",
        "subject": "Overdracht lidmaatschap netwerk",
        "body": _(
            """
            Beste Stan en Melanie,

            Per 1 juli neem ik afscheid van IJsselrandt. Mijn opvolger als algemeen directeur, Koen Dijkstra,
            neemt mijn plaats in het netwerk over. Zijn adres: k.dijkstra@ijsselrandt.nl. Wilt u mij per die
            datum afmelden?

            Het was me een genoegen.

            Petra Olthof
            """
        ),
    },
    {
        "id": "h37-100",
        "kind": "autoreply",
        "sender": "Froukje Doornbos <f.doornbos@desprengen.nl>",
        "quote": "none",
        "subject": "Automatisch antwoord: Dank voor uw themasuggestie [atelier:2027-1]",
        "thread": "call_for_themes",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Dank voor uw bericht.

            Ik ben met zomerverlof van maandag 20 juli tot en met vrijdag 7 augustus en lees mijn mail in die
            periode niet. Uw bericht wordt niet automatisch doorgestuurd.

            Voor bestuurlijke zaken: Wilma Koerts, bestuursadviseur, w.koerts@desprengen.nl
            Voor bedrijfsvoering: Arnoud Tempelman, a.tempelman@desprengen.nl
            Voor persvragen: communicatie@desprengen.nl of 0578 - 66 20 00

            Met vriendelijke groet,
            Froukje Doornbos
            """
        ),
    },
    {
        "id": "h37-101",
        "kind": "autoreply",
        "sender": "Bart Veldhuizen <b.veldhuizen@griftenem.nl>",
        "quote": "none",
        "subject": "Afwezigheidsmelding",
        "body": _(
            """
            Ik ben tot 17 augustus afwezig.
            """
        ),
    },
    {
        "id": "h37-102",
        "kind": "other",
        "sender": "Carla Oudejans <c.oudejans@beekdalveluwe.nl>",
        "quote": "none",
        "subject": "Dirk-Jan Assink",
        "body": _(
            """
            Goedemorgen,

            Dirk-Jan Assink is voor langere tijd uitgevallen. Hij blijft lid, maar hij zal de komende maanden
            niet reageren op uw berichten. Ik laat het u weten als hij weer aan het werk is.

            Met vriendelijke groet,
            Carla Oudejans
            """
        ),
    },
    {
        "id": "h37-103",
        "kind": "subscribe",
        "sender": "Lidewij Stokvis <l.stokvis@eikelenberg-gr.nl>",
        "quote": "none",
        "subject": "Weer lid worden",
        "body": _(
            """
            Beste secretariaat,

            Tot vorig jaar was ik lid via mijn vorige werkgever in Zeeland. Sinds deze zomer ben ik directeur
            dienstverlening bij GR De Eikelenberg, dus ik wil me graag opnieuw aanmelden, nu met dit adres.

            Met vriendelijke groet,
            Lidewij Stokvis
            """
        ),
    },
    {
        "id": "h37-104",
        "kind": "subscribe",
        "sender": "Henriëtte Nap <h.nap@woudkamp.nl>",
        "quote": "none",
        "subject": "Aanmelding mevrouw Rademaker",
        "body": _(
            """
            Geachte heer, mevrouw,

            Namens mevrouw E. Rademaker, gemeentesecretaris-directeur van Werkorganisatie Woudkamp, meld ik haar
            aan voor uw netwerk. Haar e-mailadres is e.rademaker@woudkamp.nl. Zij had zich in januari zelf
            aangemeld, maar heeft de bevestiging toen gemist.

            Met vriendelijke groet,
            Henriëtte Nap
            directiesecretaresse Woudkamp
            """
        ),
    },
    {
        "id": "h37-105",
        "kind": "subscribe",
        "sender": "Koen Dijkstra <k.dijkstra@ijsselrandt.nl>",
        "quote": "none",
        "subject": "Aanmelden als nieuwe directeur IJsselrandt",
        "body": _(
            """
            Goedendag,

            Sinds 1 juli ben ik algemeen directeur van Werkorganisatie IJsselrandt, als opvolger van Petra
            Olthof. Ik begreep van haar dat ik me zelf nog moet aanmelden, dus bij dezen: graag zou ik lid worden.

            Hartelijke groet,
            Koen Dijkstra
            """
        ),
    },
    # ---- september: uitnodiging atelier 2037-2 (do 8 oktober, Barnevoort), wachtlijst ----
    {
        "id": "h37-106",
        "kind": "rsvp",
        "attending": True,
        "sender": "Margriet Hoogendijk <m.hoogendijk@klaverhoef.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Graag! Ik ben er op 8 oktober in Barnevoort. Leuk dat het loket-onderwerp erin zit.

            Margriet
            """
        ),
    },
    {
        "id": "h37-107",
        "kind": "rsvp",
        "attending": True,
        "sender": "Jeroen Stoffelsen <j.stoffelsen@drieheuvels.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "subject": "Re: " + _INVITATION,
        "body": _(
            """
            Kijk, in de Vallei, dank voor het luisteren :-) Ik kom, en ik neem onze nieuwe directeur
            dienstverlening Jorien mee, dus twee personen.

            Jeroen
            """
        ),
    },
    {
        "id": "h37-108",
        "kind": "rsvp",
        "attending": False,
        "sender": "Cornelis van Ravenswaaij <c.vanravenswaaij@eikelenberg-gr.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "notes",
        "body": _(
            """
            Geachte heer Van de Laar,

            Tot mijn spijt ben ik op 8 oktober verhinderd.

            Hoogachtend,
            C. van Ravenswaaij
            """
        ),
    },
    {
        "id": "h37-109",
        "kind": "rsvp",
        "attending": False,
        "sender": "Fiona McAllister <f.mcallister@dnvk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Dear Melanie,

            Sadly I will be at a conference in Glasgow that week. Ineke Voskamp, our head of customer services,
            will go in my place: i.voskamp@dnvk.nl. She knows the topic far better than I do anyway.

            Kind regards,
            Fiona
            """
        ),
    },
    {
        "id": "h37-110",
        "kind": "rsvp",
        "attending": True,
        "sender": "Daniel Okafor <d.okafor@valleikracht.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Accepted: " + _INVITATION,
        "body": "",
    },
    {
        "id": "h37-111",
        "kind": "rsvp",
        "attending": False,
        "sender": "Tamara Gerritsen <t.gerritsen@heiderand.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "outlook-nl",
        "body": _(
            """
            Inmiddels staat er op 8 oktober een bestuursconferentie in mijn agenda, dus ik kan toch niet. Haalt u
            mij maar van de wachtlijst, dan komt er een plek vrij voor een ander.

            Tamara Gerritsen
            """
        ),
    },
    {
        "id": "h37-112",
        "kind": "other",
        "sender": "Lidewij Stokvis <l.stokvis@eikelenberg-gr.nl>",
        "thread": "invitation",
        "quoted": "bevestiging_rsvp",
        "quote": "gmail",
        "body": _(
            """
            Dank voor het bericht. Hoe groot is de kans dat er nog een plaats vrijkomt? Ik moet voor die middag
            een overleg verzetten en doe dat alleen als het zin heeft. Wanneer weet ik het uiterlijk?

            Lidewij
            """
        ),
    },
    {
        "id": "h37-113",
        "kind": "rsvp",
        "attending": False,
        "sender": "Ineke Voskamp <i.voskamp@dnvk.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_vervanger",
        "quote": "groupwise",
        "body": _(
            """
            Hallo,

            Fiona heeft mij opgegeven, maar 8 oktober is bij ons de dag van de verhuizing van het KCC. Ik kan
            dus helaas ook niet. Wilt u het met Fiona opnemen?

            Ineke Voskamp
            """
        ),
    },
    {
        "id": "h37-114",
        "kind": "rsvp",
        "attending": True,
        "sender": "Fenna Roelofsen <f.roelofsen@grhooilanden.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Geachte heer, mevrouw,

            De heer Blankespoor laat weten dat hij op 8 oktober graag komt. Ik heb de afspraak in zijn agenda
            gezet.

            Met vriendelijke groet,
            Fenna Roelofsen
            secretariaat directie GR Hooilanden
            """
        ),
    },
    {
        "id": "h37-115",
        "kind": "other",
        "sender": "Koen Dijkstra <k.dijkstra@ijsselrandt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Mijn portefeuillehouder bedrijfsvoering is erg geïnteresseerd in het onderwerp. Mag ik haar meenemen,
            of is het atelier nadrukkelijk alleen voor ambtelijk directeuren? Als een wethouder niet kan, kom ik
            alleen.

            Groet,
            Koen Dijkstra
            """
        ),
    },
    {
        "id": "h37-116",
        "kind": "rsvp",
        "attending": False,
        "sender": "Bas Wisselink <b.wisselink@ijsselrandt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Graag afmelden voor 8 oktober, ik zit die week in Brussel. Volgende keer beter!

            Bas
            """
        ),
    },
    {
        "id": "h37-117",
        "kind": "unsubscribe",
        "sender": "Robin Aldewereld <r.aldewereld@bvo-valleioost.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Beste secretariaat,

            Na de reorganisatie ben ik geen directeur meer maar programmamanager, en de ateliers passen niet meer
            bij mijn rol. Haalt u mij uit het netwerk? Het ga jullie goed.

            Robin Aldewereld
            """
        ),
    },
    {
        "id": "h37-118",
        "kind": "rsvp",
        "attending": True,
        "sender": "Rutger Hofstede <r.hofstede@schaapsdrift.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Yes, I'll be there, together with one colleague (our information manager). So two seats please.

            Rutger
            """
        ),
    },
    {
        "id": "h37-119",
        "kind": "rsvp",
        "attending": False,
        "sender": "Herman Bosgoed <h.bosgoed@woudkamp.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Stan,

            Vorige week liet ik weten dat ik kwam, maar de raad van Uddelhorst heeft een extra vergadering op 8
            oktober gezet. Dus helaas, ik moet je teleurstellen: ik kan toch niet. Twee keer op rij, ik weet het.

            Herman
            """
        ),
    },
    {
        "id": "h37-120",
        "kind": "rsvp",
        "attending": True,
        "sender": "Sevda Yılmaz <s.yilmaz@moerhoef.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi Melanie, ik doe mee, maar dan online via Teams: Barnevoort is vanuit Moerhoef net te ver met een
            afspraak om 17.00 uur. Tot de 8e!

            Sevda
            """
        ),
    },
    {
        "id": "h37-121",
        "kind": "autoreply",
        "sender": "Kevin Rijkeboer <k.rijkeboer@valleikracht.nl>",
        "thread": "invitation",
        "quote": "none",
        "subject": "Automatisch antwoord: " + _INVITATION,
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Goedendag,

            Ik ben tot en met 11 september op vakantie. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt
            u bellen met het algemene nummer van GR Valleikracht, 0342 - 71 50 00.

            Kevin Rijkeboer
            """
        ),
    },
    {
        "id": "h37-122",
        "kind": "bounce",
        "sender": "Mail Delivery System <Mailer-Daemon@smtp.dnvk.nl>",
        "quote": "none",
        "subject": "Mail delivery failed: returning message to sender",
        "body": _(
            """
            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              a.kampman@dnvk.nl
                mailbox is full: retry timeout exceeded

            ------ This is a copy of the message, including all the headers. ------
            """
        ),
    },
    {
        "id": "h37-123",
        "kind": "other",
        "sender": "Koen Dijkstra <k.dijkstra@ijsselrandt.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan,

            Mijn wethouder kan niet, dus ik kom alleen. Nog één vraag: ik kom die ochtend uit Zwolle en wil de
            avond ervoor in de buurt overnachten. Kunnen jullie een hotel in de omgeving van Barnevoort aanraden,
            of is er bij het landgoed zelf iets?

            Groet,
            Koen
            """
        ),
    },
    {
        "id": "h37-124",
        "kind": "other",
        "sender": "Sandra Wijnbergen <s.wijnbergen@wvk-vallei.nl>",
        "quoted": "uitnodiging_atelier",
        "quote": "doorgestuurd",
        "subject": "FW: " + _INVITATION,
        "body": _(
            """
            Goedemorgen,

            Ter informatie stuur ik u de uitnodiging hieronder door: mevrouw Demirci kan op 8 oktober helaas niet
            aanwezig zijn in verband met een werkbezoek van de commissaris van de Koning.

            Met vriendelijke groet,
            Sandra Wijnbergen
            managementassistent directie WVK
            """
        ),
    },
    {
        "id": "h37-125",
        "kind": "rsvp",
        "attending": False,
        "sender": "Gerben Schuurhuis <g.schuurhuis@drieheuvels.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-lijn",
        "body": _(
            """
            Nee, helaas.
            """
        ),
    },
    {
        "id": "h37-126",
        "kind": "confirm",
        "sender": "Willemijn Boshuizen <w.boshuizen@beekdalveluwe.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "outlook-nl",
        "subject": "Antw: " + _CONFIRM,
        "body": _(
            """
            Goedemiddag,

            Hierbij bevestig ik mijn aanmelding voor het netwerk. Als waarnemend directeur van Beekdal-Veluwe
            (zolang Dirk-Jan afwezig is) kom ik graag in contact met collega's.

            Met vriendelijke groet,

            Willemijn Boshuizen
            directeur a.i. Werkorganisatie Beekdal-Veluwe
            Postbus 140, 6960 AC Vaassenveld

            Disclaimer: de informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de
            geadresseerde(n). Werkorganisatie Beekdal-Veluwe is niet aansprakelijk voor de juiste en volledige
            overbrenging van de inhoud van een verzonden e-mail.
            """
        ),
    },
    {
        "id": "h37-127",
        "kind": "confirm",
        "sender": "Arnoud Tempelman <a.tempelman@desprengen.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste mevrouw Huurneman (ingesproken via de telefoon),

            Bij dezen bevestig ik graag mijn aanmelding komma excuses dat het zo lang heeft geduurd.

            Met vriendelijke groet,
            Arnoud Tempelman
            directeur bedrijfsvoering De Sprengen
            """
        ),
    },
    {
        "id": "h37-128",
        "kind": "unsubscribe",
        "erase": True,
        "sender": "Annemieke Kolkman <a.kolkman@randmeerkust.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Eerder dit jaar vroeg ik om inzage; inmiddels heb ik besloten te stoppen met het netwerk. Ik wil
            niet alleen worden afgemeld, maar ook dat al mijn gegevens bij u worden gewist, inclusief de
            aanmeldingen en presentielijsten van eerdere ateliers.

            Met vriendelijke groet,
            Annemieke Kolkman
            """
        ),
    },
    {
        "id": "h37-129",
        "kind": "other",
        "sender": "Evelien Rademaker <e.rademaker@woudkamp.nl>",
        "thread": "invitation",
        "quoted": "uitnodiging_atelier",
        "quote": "apple",
        "body": _(
            """
            Dag Stan en Melanie,

            Los van het atelier van 8 oktober een ander punt: ons nieuwe gemeentehuis in Uddelhorst is in
            het voorjaar klaar. We bieden het graag aan als locatie voor een atelier in 2038, inclusief lunch.
            Zullen we daar eens over bellen?

            Evelien
            """
        ),
    },
    # ---- oktober: herinnering, atelier 8 oktober, vervolg ----
    {
        "id": "h37-130",
        "kind": "rsvp",
        "attending": False,
        "sender": "Daniel Okafor <d.okafor@valleikracht.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-en",
        "body": _(
            """
            Unfortunately I can't make it on Thursday after all; our board meeting was moved to that afternoon.
            Please give my seat to someone on the waiting list.

            Daniel
            """
        ),
    },
    {
        "id": "h37-131",
        "kind": "other",
        "sender": "Rutger Hofstede <r.hofstede@schaapsdrift.nl>",
        "thread": "reminder",
        "quoted": "herinnering_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Hallo,

            Mijn informatiemanager kan donderdag toch niet mee. Mag ik in plaats van haar onze teamleider
            KCC meenemen, of gaat die plek dan naar de wachtlijst?

            Rutger
            """
        ),
    },
    {
        "id": "h37-132",
        "kind": "autoreply",
        "sender": "Gijs Hoeflaak <g.hoeflaak@randmeerkust.nl>",
        "thread": "reminder",
        "quote": "none",
        "subject": "Out of Office: " + _REMINDER,
        "headers": {"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        "body": _(
            """
            Ik ben op cursus en lees mijn mail beperkt. Donderdag 8 oktober ben ik weer bereikbaar.

            I'm attending a course with limited access to email. I will be back on Thursday 8 October.

            Gijs Hoeflaak
            """
        ),
    },
    {
        "id": "h37-133",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Jacqueline Ter Horst <j.terhorst@ijsselrandt.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Beste Stan en Melanie,

            Een inspirerende middag in Barnevoort, dank! Voor het voorjaar van 2038 zou ik willen praten over
            scenario-denken: welke grote ontwikkelingen komen op ons af (vergrijzing, krimp in de kleine kernen,
            klimaat) en hoe vertaal je die naar een koers voor de organisatie op de lange termijn?

            Jacqueline ter Horst
            """
        ),
    },
    {
        "id": "h37-134",
        "kind": "suggestion",
        "themes": ["samenwerking", "organisatie"],
        "sender": "Margriet Hoogendijk <m.hoogendijk@klaverhoef.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "outlook-nl",
        "body": _(
            """
            Voor de volgende keer twee onderwerpen:
            - gezamenlijke opgaven van onze gemeenten met de buurregio, zoals de energietransitie: wie trekt?
            - formatie en innovatie: hoe maak je ruimte voor vernieuwing als de formatie al jaren krap is?

            Margriet
            """
        ),
    },
    {
        "id": "h37-135",
        "kind": "other",
        "sender": "Jeroen Stoffelsen <j.stoffelsen@drieheuvels.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Mooie middag, en wat een plek, die Hooiberg. Dank!

            Zouden jullie de presentatie van de spreker uit Ederhoek kunnen delen? In het verslag staat alleen een
            samenvatting en ik wil zijn plaatjes graag aan mijn MT laten zien.

            Jeroen
            """
        ),
    },
    {
        "id": "h37-136",
        "kind": "suggestion",
        "themes": ["dienstverlening"],
        "sender": "Wouter Blankespoor <w.blankespoor@hooilanden.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "gmail",
        "body": _(
            """
            Hoi,

            Volgende keer ben ik er weer bij. Onderwerp: proactieve dienstverlening, dus inwoners zelf benaderen
            als ze ergens recht op hebben (toeslagen, minimaregelingen) in plaats van te wachten op een aanvraag.

            groet,
            Wouter
            """
        ),
    },
    {
        "id": "h37-137",
        "kind": "unsubscribe",
        "sender": "Diederik Mulder <d.mulder@kempenerveld.nl>",
        "thread": "call_for_themes",
        "quoted": "vervolg_atelier",
        "quote": "groupwise",
        "body": _(
            """
            Het was mijn laatste atelier: eind november ga ik met pensioen. Wilt u mij per 1 december afmelden?
            Mijn opvolging is nog niet rond. Dank voor alle mooie bijeenkomsten.

            Diederik Mulder
            """
        ),
    },
    {
        "id": "h37-138",
        "kind": "unsubscribe",
        "sender": "Willemijn Boshuizen <w.boshuizen@beekdalveluwe.nl>",
        "thread": "welcome",
        "quoted": "welkom",
        "quote": "outlook-nl",
        "body": _(
            """
            Goedemiddag,

            Mijn waarneming bij Beekdal-Veluwe stopt per 1 november. Tot er een vaste directeur is, neemt
            interim-directeur Roel Haverkate het over, ook in het netwerk: r.haverkate@beekdalveluwe.nl. Mij mag u
            dan afmelden.

            Met vriendelijke groet,
            Willemijn Boshuizen
            """
        ),
    },
    {
        "id": "h37-139",
        "kind": "confirm",
        "sender": "Roel Haverkate <r.haverkate@beekdalveluwe.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "groupwise",
        "body": _(
            """
            akkoord
            """
        ),
    },
    {
        "id": "h37-140",
        "kind": "subscribe",
        "sender": "Herman Bosgoed <h.bosgoed@woudkamp.nl>",
        "thread": "goodbye",
        "quoted": "afmelding_bevestigd",
        "quote": "outlook-nl",
        "body": _(
            """
            Stan,

            Dit is een misverstand: ik schreef dat ik in oktober niet kon, niet dat ik uit het netwerk wilde.
            Lid blijven dus graag!

            Herman
            """
        ),
    },
    # ---- november en december ----
    {
        "id": "h37-141",
        "kind": "other",
        "sender": "Margriet Hoogendijk <m.hoogendijk@klaverhoef.nl>",
        "quote": "none",
        "subject": "Bewijs van deelname ateliers 2037",
        "body": _(
            """
            Beste Melanie,

            Voor mijn persoonlijk opleidingsdossier heb ik een bewijs van deelname nodig aan de twee ateliers
            van dit jaar. Kunnen jullie zoiets opstellen, met datum en duur? Dank je wel!

            Margriet
            """
        ),
    },
    {
        "id": "h37-142",
        "kind": "subscribe",
        "sender": "Priya Raghoebarsing <p.raghoebarsing@kempenerveld.nl>",
        "quote": "none",
        "subject": "Membership / lidmaatschap",
        "body": _(
            """
            Dear secretariat, beste secretariaat,

            As of 1 December I succeed Diederik Mulder as general director of Werkorganisatie Kempenerveld. I
            would be glad to join the network with this address. Mijn Nederlands is prima, dus schrijf gerust in
            het Nederlands.

            Kind regards / met vriendelijke groet,
            Priya Raghoebarsing
            """
        ),
    },
    {
        "id": "h37-143",
        "kind": "unsubscribe",
        "sender": "Thijs Kroeze <t.kroeze@randmeerkust.nl>",
        "thread": "confirmation",
        "quoted": "herinnering_aanmelding",
        "quote": "outlook-lijn",
        "body": _(
            """
            Niet door mij aangevraagd. Graag geen aanmelding.
            """
        ),
    },
    {
        "id": "h37-144",
        "kind": "autoreply",
        "sender": "Koen Dijkstra <k.dijkstra@ijsselrandt.nl>",
        "quote": "none",
        "subject": "Automatisch antwoord: Welkom bij het Netwerk van directeuren van ambtelijke fusieorganisaties",
        "thread": "welcome",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": _(
            """
            Tussen kerst en oud en nieuw ben ik vrij. Vanaf maandag 4 januari 2038 ben ik weer aan het werk.
            Fijne feestdagen!

            Koen Dijkstra
            """
        ),
    },
    {
        "id": "h37-145",
        "kind": "suggestion",
        "themes": ["strategie"],
        "sender": "Tamara Gerritsen <t.gerritsen@heiderand.nl>",
        "quote": "none",
        "subject": "Alvast een onderwerp voor het eerste atelier van 2038",
        "body": _(
            """
            Beste Stan en Melanie,

            Voordat ik het vergeet in de drukte rond de jaarwisseling: voor het eerste atelier van 2038 stel ik
            voor te praten over de lange termijn visie op onze organisaties. Waar staat een werkorganisatie als
            Heiderand over tien jaar, en wie bepaalt die koers: de directie of de besturen?

            Met vriendelijke groet,
            Tamara Gerritsen
            """
        ),
    },
    {
        "id": "h37-146",
        "kind": "autoreply",
        "sender": "Diederik Mulder <d.mulder@kempenerveld.nl>",
        "quote": "none",
        "subject": "Automatisch antwoord: Welke thema's wilt u bespreken?",
        "body": _(
            """
            Ik ben niet meer werkzaam bij Werkorganisatie Kempenerveld. Mijn opvolger is mevrouw P. Raghoebarsing,
            p.raghoebarsing@kempenerveld.nl. Dit bericht wordt niet doorgestuurd.
            """
        ),
    },
    {
        "id": "h37-147",
        "kind": "confirm",
        "sender": "Priya Raghoebarsing <p.raghoebarsing@kempenerveld.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "ongemarkeerd",
        "body": _(
            """
            Hierbij bevestigd, dank u wel.

            P. Raghoebarsing
            """
        ),
    },
    {
        "id": "h37-148",
        "kind": "confirm",
        "sender": "Lidewij Stokvis <l.stokvis@eikelenberg-gr.nl>",
        "thread": "confirmation",
        "quoted": "bevestiging_aanmelding",
        "quote": "notes-wrote",
        "body": _(
            """
            Ja, dat klopt, dit adres is van mij en ik wil de berichten ontvangen.

            Lidewij Stokvis
            GR De Eikelenberg | directeur dienstverlening
            """
        ),
    },
    {
        "id": "h37-149",
        "kind": "subscribe",
        "sender": "Anton Lammers <a.lammers@kempenerveld.nl>",
        "quote": "none",
        "subject": "Aanmelden netwerk",
        "body": _(
            """
            Geachte heer, mevrouw, (gedicteerd en niet nagelezen)

            Graag meld ik mij aan als lid van het netwerk van directeuren van ambtelijke fusie organisaties punt
            ik ben sinds november directeur bedrijfsvoering bij werkorganisatie kempenerveld punt

            Met vriendelijke groet Anton Lammers
            """
        ),
    },
    {
        "id": "h37-150",
        "kind": "subscribe",
        "sender": "Ellen Voortman <ellen.voortman@hotmail.com>",
        "quote": "none",
        "subject": "Graag lid worden",
        "body": _(
            """
            Goedenavond,

            Per 1 januari 2038 word ik directeur van GR Hooilanden; mijn werkadres heb ik nog niet. Zou u mij
            voorlopig op dit privéadres willen aanmelden voor het netwerk? Dan mis ik de oproep voor het
            voorjaarsatelier niet.

            Vriendelijke groet,
            Ellen Voortman
            """
        ),
    },
]
# fmt: on
